"""Extraction: a Document becomes the facts it states about its partner.

The same mechanism serves every language: sentences are tokenised, the vocabulary
gazetteer names the entities it knows, naming patterns add the ones it does not,
and cue vocabularies from ``data/lang/<lang>.yaml`` decide statuses, relations,
scopes, cooperation and lines of effort. Nothing here names a partner, a mission
or a sentence; all of that is data.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..langs import Token, sentences
from ..model import Document, Extraction, Fact, Mention
from ..vocab import Lexicon, Match, Vocabulary, vocabulary
from .numbers import _YEAR, parse_number, personnel_counts
from .sentence import ENTITY_KINDS, PARTNER_KINDS, Sent, _gap, analyse, slugify

STATUS_RANK = {"ended": 3, "planned": 2, "ongoing": 1}
RESOLUTION_RANK = {"cosponsors": 3, "implements": 2, "supports": 1}


# --- subject ---------------------------------------------------------------------


def find_subject(sents: list[Sent]) -> str | None:
    """The partner the profile is about: most named, its first sentence counting more."""
    score: Counter[str] = Counter()
    first: dict[str, int] = {}
    for n, s in enumerate(sents):
        for m in s.ents:
            if m.entry.kind == "partner":
                score[m.entry.id] += 3 if n == 0 else 1
                first.setdefault(m.entry.id, n * 10000 + m.i)
    if not score:
        for n, s in enumerate(sents):
            for m in s.ents:
                if m.entry.kind == "adjective":
                    score[m.entry.id] += 1
                    first.setdefault(m.entry.id, n * 10000 + m.i)
    if not score:
        return None
    return min(score, key=lambda p: (-score[p], first[p]))


# --- numbers ---------------------------------------------------------------------


# --- facts -----------------------------------------------------------------------


class _Builder:
    def __init__(self, doc: Document, partner: str, vocab: Vocabulary, lex: Lexicon) -> None:
        self.doc, self.partner, self.vocab, self.lex = doc, partner, vocab, lex
        self.facts: dict[tuple, Fact] = {}
        self.current: set[tuple] = set()  # missions a sentence says are active today

    def add(self, kind: str, obj: object, sent: Sent, start: int, end: int, **attrs: object) -> Fact:
        fact = Fact(kind, self.partner, obj)
        key = fact.key()
        if key in self.facts:
            fact = self.facts[key]
        else:
            self.facts[key] = fact
        ev = sent.evidence(self.doc, start, end)
        if ev not in fact.evidence:
            fact.evidence.append(ev)
        for k, v in attrs.items():
            if v is None:
                continue
            old = fact.attrs.get(k)
            if old is None or _better(k, v, old):
                fact.attrs[k] = v
        return fact


def _better(attr: str, new: object, old: object) -> bool:
    if attr == "status":
        return STATUS_RANK[str(new)] > STATUS_RANK[str(old)]
    if attr == "relation" and new in RESOLUTION_RANK and old in RESOLUTION_RANK:
        return RESOLUTION_RANK[str(new)] > RESOLUTION_RANK[str(old)]
    return False


def _nearest(sent: Sent, prefix: str, i: int, j: int, before_only: bool = False) -> str | None:
    """The category (after the prefix) of the cue nearest to tokens i..j, preferring before."""
    best = None
    for cat, ms in sent.cues.items():
        if not cat.startswith(prefix):
            continue
        for m in ms:
            if m.j <= i:
                d = i - m.j
            elif m.i >= j and not before_only:
                d = m.i - j + 3
            else:
                continue
            if best is None or d < best[0]:
                best = (d, cat[len(prefix):])
    return best[1] if best else None


def _status(sent: Sent, m: Match, statuses: list[str]) -> str:
    """Of several statuses in a sentence, the one told of this mission.

    "Twelve soldiers are currently assigned to NMI, and it will send trainers to EUTM":
    the cues in the mission's own clause (no comma, semicolon or clause break
    between) decide, the strongest first ("prévoit de déployer" is planned); with
    none there, the strongest in the sentence.
    """
    breaks = {c.i for c in sent.cues.get("clause_break", [])}
    inside = []
    for status in statuses:
        for c in sent.cues.get(f"status:{status}", []):
            lo, hi = (c.j, m.i) if c.j <= m.i else (m.j, c.i) if c.i >= m.j else (None, None)
            if lo is None:
                continue
            gap = sent.text[sent.tokens[lo - 1].end - sent.start : sent.tokens[hi].start - sent.start] if lo > 0 else ""
            if not any(ch in gap for ch in ",;،؛") and not any(lo <= b < hi for b in breaks):
                inside.append(status)
    return max(inside or statuses, key=lambda x: STATUS_RANK[x])


def _mention(m: Match, sent: Sent, vocab: Vocabulary, partner: str) -> Mention:
    entry = m.entry
    key = entry.id
    known = vocab.known.get((entry.kind, key))
    if known and known.owner == "partner":
        key = f"{partner}/{key}"
    surface = sent.text[m.start - sent.start : m.end - sent.start]
    first = sent.tokens[m.i]
    if entry.lang == "ar" and first.text[:1] in "وف" and len(first.keys) > 1 and first.keys[0] != first.keys[1]:
        surface = surface[1:]  # the conjunction is not part of the name
    mention = Mention(entry.kind, key, surface, entry.lang)
    mention.scope = known.scope if known else None
    return mention


def _strategy_scope(m: Match, sent: Sent, vocab: Vocabulary, partner: str) -> str:
    known = vocab.known.get(("strategy", m.entry.id))
    if known and known.scope:
        return known.scope
    for scope in ("international", "regional", "national"):
        if any(m.i <= c.i < m.j for c in sent.cues.get(f"scope:{scope}", [])):
            return scope
    return "national" if vocab.partners[partner].kind == "state" else "regional"


def _is_military(m: Match, vocab: Vocabulary) -> bool:
    known = vocab.known.get(("mission", m.entry.id))
    return known.military if known else True


_DETERMINERS = frozenset({"the", "both", "les", "la", "le", "l", "de", "du", "des", "d"})


def _walk_left(sent: Sent, i: int, lex: Lexicon, partner: str) -> list[int]:
    """Where the phrase governing a name may end: before its determiners, and before
    the coordination it closes (", Italy and Saudi Arabia", "UNDP and Japan", "واليابان")."""
    toks = sent.tokens
    ent_end = {m.j: m for m in sent.ents}
    k = i
    ends = [k]
    while k > 0:
        k2 = k
        while k2 > 0 and toks[k2 - 1].key in _DETERMINERS:
            k2 -= 1
        if k2 != k:
            ends.append(k2)
        gap = _gap(sent.text, toks[k2 - 1], toks[k2], sent.start) if k2 > 0 else ""
        e = None
        if k2 > 0 and toks[k2 - 1].key in ("and", "et"):
            e = ent_end.get(k2 - 1)
        elif gap.strip() == "," or lex.lang == "ar" and _arabic_conj(toks[k2]):
            e = ent_end.get(k2)
        if e and e.entry.kind in PARTNER_KINDS + ("body",) and e.entry.id != partner:
            k = e.i
            ends.append(k)
            continue
        break
    return ends


def _arabic_conj(tok: Token) -> bool:
    from ..langs import normalise_ar

    w = normalise_ar(tok.text)
    return w.startswith("و") and len(tok.keys) > 1 and tok.keys[0] != tok.keys[-1]


def _cooperation(sent: Sent, lex: Lexicon, partner: str, build: _Builder) -> None:
    toks = sent.tokens
    cue_end = defaultdict(set)
    for cat in ("coop:governor", "coop:strong", "coop:location", "coop:border"):
        for m in sent.cues.get(cat, []):
            cue_end[m.j].add(cat)
    has_cue = bool(sent.cues.get("coop:cue")) or bool(sent.cues.get("coop:strong"))
    ent_end = {m.j: m for m in sent.ents}
    for m in sent.ents:
        if m.entry.kind not in PARTNER_KINDS or m.entry.id == partner:
            continue
        ends = _walk_left(sent, m.i, lex, partner)
        start = ends[-1]
        peer = False
        cats = set().union(*(cue_end.get(e, set()) for e in ends))
        if "coop:strong" in cats:
            peer = True
        elif "coop:governor" in cats and has_cue:
            gov = next(c for c in sent.cues["coop:governor"] if c.j in ends)
            peer = not any(b.j in (gov.i, gov.i - 1, gov.i - 2) for b in sent.cues.get("coop:border", []))
        elif "coop:location" in cats or "coop:border" in cats:
            peer = False
        elif has_cue:
            # Subject coordination: "Jordan and Norway have co-chaired ..."
            prev = ent_end.get(start - 1) if start > 0 and toks[start - 1].key in ("and", "et") else None
            if lex.lang == "ar" and _arabic_conj(toks[start]):
                prev = ent_end.get(start)
            if prev is not None and prev.entry.id == partner:
                peer = True
        if peer:
            build.add("cooperation", m.entry.id, sent, m.start, m.end)


def _quiet_relative_clauses(sent: Sent) -> None:
    """A clause describing a resolution ("which calls on states to ...") is not the partner's act."""
    breaks = sorted(m.i for m in sent.cues.get("clause_break", []))
    for m in sent.cues.get("res:trigger", []):
        b = next((x for x in breaks if m.j <= x <= m.j + 12), None)
        if b is None:
            continue
        start = sent.tokens[b].start
        rest = sent.text[start - sent.start :]
        stop = re.search(r"[;؛]", rest)
        sent.quiet.append((start, start + (stop.start() if stop else len(rest))))


def _resolutions(sent: Sent, lex: Lexicon, build: _Builder) -> list[tuple[str, str, int, int]]:
    toks = sent.tokens
    found = []
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
            elif not (3 <= len(num) <= 4):
                break
            if body is None:
                body = "UNGA" if sent.cues.get("res:UNGA") else "UNSC"
            found.append((body, num, trig.i, nxt))
            # a year in brackets, then "and" / "," and another number
            k = nxt
            if k < len(toks) and _gap(sent.text, toks[k - 1], toks[k], sent.start).strip() == "(" and _YEAR.match(toks[k].key):
                k += 1
            if k < len(toks) and (toks[k].key in ("and", "et") or _gap(sent.text, toks[k - 1], toks[k], sent.start).strip().startswith(",")):
                if toks[k].key in ("and", "et"):
                    k += 1
                if k < len(toks) and toks[k].key in ("for", "resolution", "resolutions"):
                    break
                continue
            if k < len(toks) and lex.lang == "ar" and toks[k].text.startswith("و") and toks[k].text[1:].isdigit():
                continue
            break
    out = []
    seen = set()
    for body, num, i, j in found:
        if (body, num) in seen:
            continue
        seen.add((body, num))
        relation = _nearest(sent, "resrel:", i, j, before_only=True) or _nearest(sent, "resrel:", i, j) or "supports"
        nxt = min((t.i for t in sent.cues.get("res:trigger", []) if t.i >= j), default=len(sent.tokens))
        if any(j <= c.i < nxt for c in sent.cues.get("resrel:cosponsors", [])) and \
                any(j <= c.i < nxt for c in sent.cues.get("clause_break", [])):
            relation = "cosponsors"  # "voted for resolution 2686, which it had co-drafted"
        first, last = sent.tokens[i], sent.tokens[j - 1]
        build.add("resolution", (body, num), sent, first.start, last.end, relation=relation)
        out.append((body, num, first.start, last.end))
    return out


def _lines_of_effort(sent: Sent, build: _Builder) -> None:
    negs = [m for m in sent.cues.get("negation", [])]
    for cat, ms in sent.cues.items():
        if not cat.startswith("loe:"):
            continue
        for m in ms:
            if any(a <= m.start < b for a, b in sent.quiet):
                continue
            if any(n.j in (m.i, m.i - 1) for n in negs):
                continue
            build.add("line_of_effort", cat[4:], sent, m.start, m.end)
            break


def extract(doc: Document, vocab: Vocabulary | None = None) -> Extraction:
    vocab = vocab or vocabulary()
    lex = vocab.lexicon(doc.lang)
    sents = [analyse(doc, s, e, lex) for s, e in sentences(doc.text, lex.abbreviations)]
    partner = find_subject(sents)
    if partner is None:
        return Extraction(doc, None, [])
    build = _Builder(doc, partner, vocab, lex)
    for s in sents:
        m = next((m for m in s.ents if m.entry.kind == "partner" and m.entry.id == partner), None)
        if m:
            build.add("member", "global-coalition", s, m.start, m.end)
            break
    previous: list[tuple[Fact, int]] = []
    for s in sents:
        _quiet_relative_clauses(s)
        statuses = [c for c in ("ended", "planned", "ongoing") if s.cues.get(f"status:{c}")]
        current = bool(s.cues.get("status:current")) and statuses[:1] not in (["ended"], ["planned"])
        missions = []
        for idx, m in enumerate(s.ents):
            kind = m.entry.kind
            if kind not in ENTITY_KINDS:
                continue
            mention = _mention(m, s, vocab, partner)
            mention.aliases = s.aliases.get(idx, [])
            if kind == "mission":
                status = _status(s, m, statuses) if statuses else None
                fact = build.add("mission", mention, s, m.start, m.end, status=status)
                missions.append((m, fact))
                if current:
                    build.current.add(fact.key())
                if _is_military(m, vocab):
                    build.add("line_of_effort", "military", s, m.start, m.end)
            elif kind == "strategy":
                mention.scope = _strategy_scope(m, s, vocab, partner)
                rel = _nearest(s, "strel:", m.i, m.j, before_only=True) or _nearest(s, "strel:", m.i, m.j)
                if rel is None:
                    rel = "supports" if mention.scope == "international" else "adopts"
                build.add("strategy", mention, s, m.start, m.end, relation=rel, scope=mention.scope)
                if mention.scope == "national" and rel in ("adopts", "updates"):
                    # its own plan "to prevent extremism" is an action on that line of effort
                    for loe in s.inner.get(idx, ()):
                        build.add("line_of_effort", loe, s, m.start, m.end)
            else:
                build.add("initiative", mention, s, m.start, m.end)
                known = vocab.known.get(("initiative", m.entry.id))
                for loe in known.loe if known else ():
                    build.add("line_of_effort", loe, s, m.start, m.end)
        if missions:
            for value, i, k in personnel_counts(s, lex, partner):
                m, fact = min(missions, key=lambda x: min(abs(x[0].i - k), abs(i - x[0].j)))
                if "personnel" not in fact.attrs:
                    fact.attrs["personnel"] = value
        elif len(previous) == 1 and not any(e.entry.kind in ENTITY_KINDS for e in s.ents) and \
                "\n" not in doc.text[previous[0][1] : s.start]:
            # "... porte le nom d'opération Chammal. Quelque six cents militaires y sont
            # aujourd'hui déployés": the next sentence of the paragraph goes on about it.
            fact, _ = previous[0]
            counts = personnel_counts(s, lex, partner)
            if counts and "personnel" not in fact.attrs:
                value, i, k = counts[0]
                build.add(fact.kind, fact.obj, s, s.tokens[i].start, s.tokens[k].end,
                          personnel=value, status=statuses[0] if statuses else None)
                if current:
                    build.current.add(fact.key())
        previous = [(f, s.end) for _, f in missions]
        for body, num, start, end in _resolutions(s, lex, build):
            for loe in vocab.resolution_loe.get((body, num), ()):
                build.add("line_of_effort", loe, s, start, end)
        _cooperation(s, lex, partner, build)
        _lines_of_effort(s, build)
    for key in build.current:
        fact = build.facts[key]
        if fact.attrs.get("status") == "ended":
            fact.attrs["status"] = "ongoing"  # what it does today, after what it did before
    return Extraction(doc, partner, list(build.facts.values()))


__all__ = ["ENTITY_KINDS", "extract", "find_subject", "parse_number", "slugify"]
