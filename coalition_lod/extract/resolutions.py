"""UN resolutions a sentence names, with the relation its words give them, and the ones it
refers back to ("it", "the resolution")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..vocab import Lexicon
from . import words
from .builder import _nearest
from .mentions import _cue_right_before
from .numbers import _YEAR
from .sentence import Sent, _gap

if TYPE_CHECKING:
    from .clauses import Actors

UNSC_LAST = 2999  # past the Security Council's numbers (some 2,800 by 2026): another body's ("القرار رقم: 8912" of the Arab League's council)
RES_PARTICIPLE = 3  # words from a resolution's number to a participle of sponsoring and its agent ("(2017), tabled by")


def _resolutions(sent: Sent, lex: Lexicon) -> list[tuple[str, str, int, int, str]]:
    """The resolutions a sentence names: (body, number, first token, last token + 1, relation)."""
    toks = sent.tokens
    found = []
    counted = {m.i for m in sent.cues.get("personnel", [])}  # "قرار الدنمارك إرسال 100 مدرب": a count, no resolution
    for trig in sent.cues.get("res:trigger", []):
        k = trig.j
        # a trigger like "S/RES" is followed by its number; "resolution" may have the body between
        while k < len(toks) and k - trig.j <= 5 and not toks[k].key.isdigit():
            k += 1
        while k < len(toks) and toks[k].key.isdigit():
            num = toks[k].key
            body = None
            nxt = k + 1
            gap = _gap(sent.text, toks[k], toks[nxt], sent.start) if nxt < len(toks) else ""
            if gap == "/" and nxt < len(toks) and toks[nxt].key.isdigit():
                num = f"{num}/{toks[nxt].key}"
                body = "UNGA"
                nxt += 1
            elif not (3 <= len(num) <= 4) or nxt in counted or int(num) > UNSC_LAST:
                break
            if body is None:
                body = "UNGA" if sent.cues.get("res:UNGA") else "UNSC"
            found.append((body, num, trig.i, nxt))
            # a year in brackets, then "and" / "," and another number
            k = nxt
            if k < len(toks) and _gap(sent.text, toks[k - 1], toks[k], sent.start).strip() == "(" and _YEAR.match(toks[k].key):
                k += 1
            # "1267 و1989 و2253": the Arabic "and" written onto the number is a word of its own
            joins = words.AND | ({"و"} if lex.lang == "ar" else set())
            if k < len(toks) and (toks[k].key in joins or _gap(sent.text, toks[k - 1], toks[k], sent.start).strip().startswith((",", "،"))):
                if toks[k].key in joins:
                    k += 1
                if k < len(toks) and toks[k].key in words.RESOLUTION_LIST_ENDS:
                    break
                continue
            if k < len(toks) and lex.lang == "ar" and toks[k].text.startswith("و") and toks[k].text[1:].isdigit():
                continue
            break
    out = []
    seen = set()
    cited = sent.cues.get("res:cited", [])
    naming = sent.cues.get("res:naming", [])
    councils = {k for e in sent.ents if e.entry.kind == "body" for k in range(e.i, e.j)}  # "Having regard to UN Security Council resolution …"
    for body, num, i, j in found:
        if (body, num) in seen:
            continue
        if cited and _cue_right_before(sent, cited, i, lex, councils):
            continue  # "vu la résolution 2396 …", "Having regard to resolution 2396": a recital cites it, no relation
        if naming and _cue_right_before(sent, naming, i, lex, councils) and not any(cat.startswith("loe:") for cat in sent.cues):
            # "… to the Committee established pursuant to resolution 1373": the committee's name, no act on it
            # (not "froze the assets of those the Committee established pursuant to resolution 1267 lists")
            continue
        seen.add((body, num))
        relation = _nearest(sent, "resrel:", i, j, before_only=True) or _nearest(sent, "resrel:", i, j) or "supports"
        nxt = min((t.i for t in sent.cues.get("res:trigger", []) if t.i >= j), default=len(sent.tokens))
        after = [c for c in sent.cues.get("resrel:cosponsors", []) if j <= c.i < nxt]
        if after and any(j <= c.i < nxt for c in sent.cues.get("clause_break", [])):
            relation = "cosponsors"  # "voted for resolution 2686, which it had co-drafted"
        elif any(c.i <= j + RES_PARTICIPLE and any(a.i == c.i for a in sent.cues.get("actor:agent", [])) for c in after):
            relation = "cosponsors"  # "a adopté la résolution 2396, déposée par les États-Unis": its sponsor's
        out.append((body, num, i, j, relation))
    return out


def co_sponsors(sent: Sent, actors: Actors, j: int) -> list[str]:
    """The agents of a passive of sponsoring after a resolution, past another agent its clause named first ("The draft was
    put forward by the United States and co-sponsored by France and the United Kingdom"): co-sponsors too, whose segment
    starts after the resolution's mention."""
    cosponsoring = {k for c in sent.cues.get("resrel:cosponsors", []) for k in range(c.i, c.j)}
    breaks = {c.i for c in sent.cues.get("clause_break", [])}
    out: list[str] = []
    for seg in actors.segments:
        if not (seg.agent and seg.group) or seg.start <= j or any(j <= b < seg.start for b in breaks):
            continue
        cue = next((c for c in sent.cues.get("actor:agent", []) if c.j <= seg.group[0].i <= c.j + 1), None)
        if cue is not None and cosponsoring.intersection(range(cue.i, cue.j)):
            out += [p for p in seg.actors if p not in out]
    return out


RESOLUTION_ANAPHOR_BACK = 3  # sentences back where "the resolution", "the text" finds the one named


def _resolution_anaphor(sent: Sent, named: list[tuple[str, str, int, int, str]],
                        before: list[tuple[str, str, int, int, str]]) -> list[tuple[str, str, int, int, str]]:
    """"The Security Council adopted resolution 2396. The text was co-sponsored by Jordan …":
    "the text", "la résolution", "القرار", "voted for it", "en sa faveur", "لصالحه" is the
    (first) resolution the sentence before named, or this one before it ("… resolution
    2396, drafted by the UK; Egypt voted for it"), where the sentence tells a partner's
    relation to it (a word of sponsoring, voting, implementing). Each such word is read
    where it stands, so that the actor of its own clause is credited ("The United Kingdom
    drafted the text, while Egypt voted for it")."""
    if not sent.cues.get("res:anaphor") or not any(cat.startswith("resrel:") for cat in sent.cues):
        return []
    out: list[tuple[str, str, int, int, str]] = []
    end = -1
    for at in sorted(sent.cues.get("res:anaphor", []), key=lambda m: (m.i, -m.j)):
        told = [r for r in named if r[3] <= at.i]
        referent = told[0] if told else None if named else (before[0] if before else None)
        if referent is None or at.i < end or any(r[2] < at.j and at.i < r[3] for r in named):
            continue
        end = at.j
        # a word of the relation in the anaphor ("implemented it", "ستنفذه"), or ending in it
        # ("voted for it"), is its own
        inside = [(m.j - m.i, cat) for cat, ms in sent.cues.items() if cat.startswith("resrel:")
                  for m in ms if m.i < at.j and at.i < m.j]
        relation = max(inside)[1][len("resrel:"):] if inside else _nearest(sent, "resrel:", at.i, at.j) or "supports"
        out.append((referent[0], referent[1], at.i, at.j, relation))
    return out
