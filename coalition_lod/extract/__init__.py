"""Extraction: a Document becomes the facts it states about its partner.

The same mechanism serves every language: sentences are tokenised, the vocabulary
gazetteer names the entities it knows, naming patterns add the ones it does not,
and cue vocabularies from ``data/lang/<lang>.yaml`` decide statuses, relations,
scopes, cooperation and lines of effort. Nothing here names a partner, a mission
or a sentence; all of that is data.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import replace

from ..langs import ar_prefix, sentences
from ..model import Document, Extraction, Fact, Mention
from ..vocab import Known, Lexicon, Match, Vocabulary, vocabulary
from . import words
from .actors import ActorFinder, dominant_actor, lists_subject, only_actor, sole_actor_counts
from .anaphora import _group_anaphora, _joint_partners, _joint_title, _short_names, _speaker_is_we
from .clauses import _HARD_BREAK, Actors, Segment, _broken
from .cooperation import cooperation
from .numbers import _YEAR, parse_number
from .personnel import Unplaced, bracketed_counts, credit_personnel, label_headcounts, table_headcounts
from .sentence import ENTITY_KINDS, PARTNER_KINDS, Sent, _gap, analyse, more_cues, slugify
from .status import STATUS_RANK, mission_status, read_dates, revised_after
from .takers import (
    _apposed_members,
    _co_leaders,
    _command_heir,
    _command_predecessor,
    _led_by,
    _naming,
    _next_clause,
    _participants,
    _relative_subject,
)

RESOLUTION_RANK = {"cosponsors": 3, "implements": 2, "supports": 1}
RES_PARTICIPLE = 3  # words from a resolution's number to a participle of sponsoring and its agent ("(2017), tabled by")


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
    def __init__(self, doc: Document, vocab: Vocabulary, lex: Lexicon) -> None:
        self.doc, self.vocab, self.lex = doc, vocab, lex
        self.facts: dict[tuple, Fact] = {}
        self.current: set[tuple] = set()  # missions a sentence says are active today

    def add(self, kind: str, partner: str, obj: object, sent: Sent, start: int, end: int, **attrs: object) -> Fact:
        fact = Fact(kind, partner, obj)
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
    """The category (after the prefix) of the cue nearest to tokens i..j, preferring before,
    and of two as near the longer ("s'inscrit dans le cadre de" over "dans le cadre de")."""
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
            if best is None or (d, m.i - m.j) < best[0]:
                best = ((d, m.i - m.j), cat[len(prefix):])
    return best[1] if best else None


def _mention(m: Match, sent: Sent, vocab: Vocabulary, partner: str) -> Mention:
    entry = m.entry
    key = entry.id
    known = vocab.known.get((entry.kind, key))
    if known and known.owner == "partner":
        key = f"{partner}/{key}"
    # a name found by its pattern as it was read (without an article elided onto its head, nor quotation marks)
    surface = entry.phrase if key.startswith("new:") else sent.text[m.start - sent.start : m.end - sent.start]
    first = sent.tokens[m.i]
    # the conjunction is not part of the name; a known name says whether its first letter
    # is one ("فريق عمل الاتصالات" starts with a root letter)
    if (entry.lang == "ar" and m.start == first.start and first.text[:1] in "وف" and len(first.keys) > 1
            and first.keys[0] != first.keys[1] and (known is None or ar_prefix(first, entry.phrase)[0])):
        surface = surface[1:]
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


def _speech_speaker(sents: list[Sent], vocab: Vocabulary, finder: ActorFinder) -> Match | None:
    """The partner a speech's title names ("Remarks by the Minister of Foreign Affairs of
    Greece at ...", "Allocution du ministre grec ...", "كلمة وزير خارجية اليونان ..."): the
    title's first words say it is a speech, and it names one partner of the Coalition, a
    place it names aside ("Entretien avec l'ambassadeur du Canada en Irak")."""
    if not sents or not any(m.i <= 1 for m in sents[0].cues.get("actor:speech", [])):
        return None
    named = [m for m in sents[0].ents if m.entry.kind in ("partner", "adjective") and m.entry.id in vocab.partners
             and vocab.partners[m.entry.id].member and not (m.entry.kind == "partner" and finder.is_place(sents[0], m))]
    return named[0] if len({m.entry.id for m in named}) == 1 else None



PAIR_BACK = 3  # sentences back where "the two countries" finds the two partners named
DATELINE_WITHIN = 3  # sentences a story's dateline may come after (its headline, a subtitle)
CHAIRS_WITHIN = 4  # lines of minutes before their chairs' (``_chair_line``): a title, a date, a place


def _named(sent: Sent, vocab: Vocabulary, upto: int, places: bool = False) -> list[str]:
    """The partners of the Coalition named before token ``upto``, by name, adjective or
    capital: whom "the two sides" (or "the three countries") may refer to where no list of
    actors came before ("the Jordanian minister received his Canadian counterpart; the two
    sides discussed ..."). A partner after "with" is a peer, never one of them, as it is
    never an actor ("Brussels alternates with the Netherlands, the two countries ...")."""
    partners = vocab.partners
    # a partner after "with" is a peer; with ``places``, one after "in" a place too ("instructors in Iraq")
    cats = ("coop:governor", "coop:strong", "coop:location") if places else ("coop:governor", "coop:strong")
    peers = {m.j for cat in cats for m in sent.cues.get(cat, [])}
    toks = sent.tokens

    def after_with(i: int) -> bool:
        while i > 0 and toks[i - 1].key in words.DETERMINERS:
            i -= 1
        return i in peers

    return list(dict.fromkeys(m.entry.id for m in sent.ents if m.i < upto and m.entry.kind in PARTNER_KINDS + ("adjective",)
                              and m.entry.id in partners and partners[m.entry.id].member and not after_with(m.i)))


def _group_of(sent: Sent, vocab: Vocabulary, plural: int, before: list[Sent]) -> tuple[str, ...]:
    """Whom a plural subject at token ``plural`` refers to: "the two sides", the two partners
    named in its sentence or in one of the sentences before; "the three countries", the three
    named there, or in those sentences together ("Estonia will ... Latvia has ... Lithuania
    continues ... The three Baltic states will work together")."""
    n = 3 if any(m.i == plural for m in sent.cues.get("actor:plural_three", [])) else 2
    three = n == 3  # "the three countries" after "… instructors in Iraq": the place is none of them
    named = [_named(sent, vocab, plural, three), *(_named(b, vocab, len(b.tokens), three) for b in before)]
    found = next((tuple(ps) for ps in named if len(ps) == n), ())
    if found:
        return found
    # the sentences before, each naming one or two partners, together ("Le Président de la
    # République s'est entretenu avec le Premier ministre de la République d'Irak. Il a rappelé
    # l'engagement de la France … Les deux dirigeants …")
    together = list(dict.fromkeys(p for ps in named[:0:-1] if len(ps) <= 2 for p in ps))
    return tuple(together) if len(together) == n else ()


def _praised(sent: Sent, m: Match, lex: Lexicon) -> bool:
    """A mission or initiative that a word of praise or thanks takes as its object
    ("its gratitude to the Coalition and to NATO Mission Iraq", "welcomed the Africa Focus
    Group"): what the actor praises, not what it takes part in. Only determiners, words
    joining a list and other such names between; a partner between is the one praised,
    and acts ("thanked Morocco for the Africa Focus Group")."""
    ends = [g.j for g in sent.cues.get("actor:governor", []) if g.j <= m.i]
    if not ends:
        return False
    names = {x for e in sent.ents if e.entry.kind not in PARTNER_KINDS + ("adjective",) for x in range(e.i, e.j)}
    joins = {c.i for c in sent.cues.get("coordinator", [])}
    # and its act or work, owned by what follows ("welcomes the work of the Africa Focus Group",
    # "salue le travail du …", "يرحب بجهود …"): praised too, no part taken
    acts = {x for cat in ("actor:act", "actor:owner") for c in sent.cues.get(cat, []) for x in range(c.i, c.j)}
    start = max(ends)
    if lex.lang == "ar":  # the verb first, then its subject: "رحبت السويد بمجموعة …" (Sweden welcomed …)
        start = next((e.j for e in sent.ents if e.i == start and e.entry.kind in PARTNER_KINDS), start)
    toks = sent.tokens
    return all(x in names or x in joins or x in acts or toks[x].key in lex.leading_drop for x in range(start, m.i))


HOSTED_REACH = 3  # words between a verb of hosting and the headquarters it hosts: its subject, "على أراضيها"


def _received(sent: Sent, m: Match, lex: Lexicon) -> bool:
    """A mission the actor receives support from ("Somalia receives support from ATMIS",
    "bénéficie de l'appui de la mission", "تتلقى دعما من بعثة ..."): what helps it, not what
    it takes part in. Only determiners between; its acronym after it goes with it."""
    toks = sent.tokens
    more_cues(sent, lex, "hosted")
    cues = sent.cues.get("mission:received", [])
    verbs = sent.cues.get("mission:host_verb", [])
    if verbs:  # "تستضيف قطر على أراضيها مقر قيادة عملية …": the verb, its subject, then what it hosts
        cues = cues + [c for c in sent.cues.get("mission:hosted_head", []) if any(0 <= c.i - v.j <= HOSTED_REACH for v in verbs)]
    # the mention itself, or its name right before its acronym; not another mention of the
    # mission later ("Chad, which hosts the force's headquarters, and Cameroon keep their contingents")
    return any(c.j <= e.i and all(toks[x].key in lex.leading_drop for x in range(c.j, e.i))
               for c in cues for e in sent.ents if e.entry.id == m.entry.id and e.i <= m.i and m.i - e.j <= 1)


MET_REACH = 8  # words from a verb of meeting to the mission whose official was met


def _met(sent: Sent, m: Match, lex: Lexicon) -> bool:
    """A mission whose official the actor met or received ("received the commander of
    Operation Inherent Resolve", "a reçu le commandant de l'opération …", "استقبل وزير الدفاع
    الكويتي قائد عملية العزم الصلب", the verb's subject between in Arabic): someone else's part,
    not the actor's. Between the verb and the mission, only an office, the words that join it
    and, in Arabic, the subject (institutions and partners)."""
    more_cues(sent, lex, "met")
    verbs = sent.cues.get("mission:met")
    offices = {k for c in sent.cues.get("mission:met_office", []) for k in range(c.i, c.j)}
    if not verbs or not offices:
        return False
    toks = sent.tokens
    inst = {k for c in sent.cues.get("actor:institution", []) for k in range(c.i, c.j)}
    partners = {k for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective") for k in range(e.i, e.j)}
    for v in verbs:
        if not 0 < m.i - v.j <= MET_REACH or not any(v.j <= k < m.i for k in offices):
            continue
        if all(k in offices or toks[k].key in lex.leading_drop or toks[k].key in words.OF or k in inst or k in partners
               for k in range(v.j, m.i)):
            return True
    return False


def _takers(sent: Sent, m: Match, actors: Actors, known: Known | None) -> tuple[str, ...]:
    """Who takes part in a mission: the clause's actors; but a partner's national operation
    (``nation`` in missions.yaml) whose clause names no actor is its nation's where the
    sentence names it: "L'opération IMPACT est la contribution des Forces armées
    canadiennes …", after a sentence on Latvia, is Canada's, not Latvia's."""
    seg = actors.segment(m.i)
    if seg is None or known is None or known.nation is None or seg.group or seg.filed or seg.actors == (known.nation,):
        return actors.at(m.i)
    return (known.nation,) if any(e.entry.id == known.nation for e in sent.ents) else seg.actors


def _joined(sent: Sent, actors: Actors, joined: dict[str, tuple[Sent, Match]], unsaid: bool) -> None:
    """The partners named as actors where a word of membership stands ("joined", "membre
    de", "انضمت"): members of the Coalition the sentence names; or, ``unsaid``, of the one
    the sentence before named, where nothing else is joined ("Ghana and Togo joined in
    2022", "l'ont rejointe en 2022"; not "joined the fight")."""
    after = {c.i for c in sent.cues.get("actor:membership_after", [])}
    starts = {m.i for m in sent.ents if m.entry.kind in PARTNER_KINDS}
    for cue in sent.cues["actor:membership"]:
        if unsaid and cue.j < len(sent.tokens) and not (
                cue.j in after or cue.j in starts or sent.tokens[cue.j].key[:1].isdigit()
                or _gap(sent.text, sent.tokens[cue.j - 1], sent.tokens[cue.j], sent.start).strip()):
            continue
        if cue.i in sent.denied:
            continue  # "Ukraine is not a member of the Coalition"
        seg = actors.segment(cue.i)
        if seg is None or seg.backers:
            continue
        for m in seg.group:
            if m.entry.id in seg.actors and m.entry.id not in joined:
                joined[m.entry.id] = (sent, m)


def _not_member(sent: Sent, actors: Actors, lex: Lexicon) -> set[str]:
    """The actors of a word of membership that a denial stands before ("is not a member of
    the Coalition", "n'est pas membre", "ليست عضوا")."""
    more_cues(sent, lex, "membership")
    return {p for cue in sent.cues.get("actor:membership", []) if cue.i in sent.denied
            and (seg := actors.segment(cue.i)) is not None for p in seg.actors}


def _question(sent: Sent) -> bool:
    """A sentence that asks, all of it (an interview's or a FAQ's question); not one that
    states something before a question it raises ("…; il est devenu une référence sur une
    question difficile : que faire des ressortissants … ?")."""
    text = _SPEAKER_LABEL.sub("", sent.text.rstrip(), count=1)  # "Q : …", "Question: …", "س: …"
    return text[-1:] in ("?", "؟") and not any(ch in text for ch in ":;؛")


# "Q :", "Question:", "س:", and a speaker's name in a transcript ("M. Peeters (N-VA) :", "Senator WONG:")
_SPEAKER_LABEL = re.compile(r"^\W*(?:\w{1,12}\W{0,2}|[^:：;؛?؟\n]{1,40}?)\s*[:：]\s*")


def _carrying(actors: Actors) -> Segment | None:
    """The segment whose actors the next sentence carries: the last, but for partners
    named by their support, and a passive's agents or a relative's antecedent after a
    clause's own subject ("Canada took part in the meeting co-chaired by Italy and the US.
    The country pledged …"; "Manille coopère avec l'Australie et les États-Unis, qui ont
    fourni … Le pays a adopté …")."""
    subject = False
    found = None
    for seg in actors.segments:
        if seg.backers or (seg.agent or seg.relative) and subject:
            continue
        found = seg
        subject = subject or bool((seg.group or seg.filed) and seg.actors and not seg.agent)
    return found


DATELINE_WORDS = 6  # words of a dateline on its own line ("Bruxelles, le 27 octobre 2025")


def _dateline_alone(sent: Sent, actors: Actors) -> bool:
    """A dateline on a line of its own ("Bruxelles, le 27 octobre 2025", then the story): where
    the story was filed, which the sentences after it do not carry as their actor (a Council's
    release from Brussels is no act of Belgium's)."""
    return any(seg.filed for seg in actors.segments) and not any(seg.group or seg.plural is not None for seg in actors.segments) \
        and len(sent.tokens) <= DATELINE_WORDS and not any(m.entry.kind in ENTITY_KINDS for m in sent.ents)


def _quiet_relative_clauses(sent: Sent) -> None:
    """A clause describing a resolution ("which calls on states to ...") or an initiative
    ("the Foreign Terrorist Fighters Working Group, which focused on the repatriation and
    prosecution of fighters") is not the partner's act: its lines of effort are the
    resolution's or the initiative's own (``resolution_loe``, ``loe`` in the vocabulary)."""
    breaks = sorted(m.i for m in sent.cues.get("clause_break", []))
    described = [(m, 12) for m in sent.cues.get("res:trigger", [])]
    described += [(m, 1) for m in sent.ents if m.entry.kind == "initiative"]  # right after its name
    # a verb between the name and the break opens the verb's complement, not a description:
    # "the Counter ISIS Finance Group noted that Bahrain and Qatar had strengthened …"
    verbs = {m.i for cat in ("actor:reporting", "actor:verb", "actor:auxiliary") for m in sent.cues.get(cat, [])}
    for m, reach in described:
        b = next((x for x in breaks if m.j <= x <= m.j + reach), None)
        if b is None or m.entry.kind == "initiative" and not verbs.isdisjoint(range(m.j, b)):
            continue
        start = sent.tokens[b].start
        rest = sent.text[start - sent.start :]
        stop = re.search(r"[;؛]", rest)
        end = start + (stop.start() if stop else len(rest))
        # to the next clause's break: "…, which was held in Rome, where its delegation …" tells the partner's act
        end = min([end, *(sent.tokens[x].start for x in breaks if x > b)])
        sent.quiet.append((start, end))


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
            elif not (3 <= len(num) <= 4) or nxt in counted:
                break
            if body is None:
                body = "UNGA" if sent.cues.get("res:UNGA") else "UNSC"
            found.append((body, num, trig.i, nxt))
            # a year in brackets, then "and" / "," and another number
            k = nxt
            if k < len(toks) and _gap(sent.text, toks[k - 1], toks[k], sent.start).strip() == "(" and _YEAR.match(toks[k].key):
                k += 1
            if k < len(toks) and (toks[k].key in words.AND or _gap(sent.text, toks[k - 1], toks[k], sent.start).strip().startswith(",")):
                if toks[k].key in words.AND:
                    k += 1
                if k < len(toks) and toks[k].key in words.RESOLUTION_LIST_ENDS:
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
        after = [c for c in sent.cues.get("resrel:cosponsors", []) if j <= c.i < nxt]
        if after and any(j <= c.i < nxt for c in sent.cues.get("clause_break", [])):
            relation = "cosponsors"  # "voted for resolution 2686, which it had co-drafted"
        elif any(c.i <= j + RES_PARTICIPLE and any(a.i == c.i for a in sent.cues.get("actor:agent", [])) for c in after):
            relation = "cosponsors"  # "a adopté la résolution 2396, déposée par les États-Unis": its sponsor's
        out.append((body, num, i, j, relation))
    return out


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


HEADING_WORDS = 6  # at most, in a heading that names a line of effort
SECTION_HEADING_WORDS = 8  # at most, in a section's heading ("B. La force Takuba", "2. Operation Inherent Resolve")


def _things_act_alone(sent: Sent, actors: Actors, carried: tuple[str, ...], determiners: frozenset[str],
                      missions_only: bool = False) -> None:
    """A clause whose subject is a mission, strategy or initiative and names no partner
    ("The Africa Focus Group was attended by 30 partners in 2023") says nothing of the
    partner of the sentence before; outside a profile about one partner (``carried`` not
    the dominant actor), that partner takes no part in it. ``missions_only`` (a profile's
    sentence with a count): a mission as the subject of a clause that names no partner,
    not even by its adjective ("MINUSMA has 12,000 peacekeepers")."""
    # not "The contingent has since been cut to …", an anaphor for the partner's part in it
    parts = {c.i for c in sent.cues.get("personnel:total_noun", [])}
    starts = {m.i for m in sent.ents if (m.entry.kind == "mission" or not missions_only and m.entry.kind in ENTITY_KINDS)
              and not any(m.i <= k < m.j for k in parts)}
    ends = [seg.start for seg in actors.segments[1:]] + [len(sent.tokens)]
    for n, seg in enumerate(actors.segments):
        if seg.group or seg.filed or seg.backers or seg.actors != carried or not seg.actors:
            continue
        if missions_only and any(seg.start <= m.i < ends[n] and (m.entry.kind in PARTNER_KINDS or m.entry.kind == "adjective")
                                 for m in sent.ents):
            continue  # "Operation Inherent Resolve involves 80 Albanian troops": a partner's part of it
        k = seg.start  # its first word, or after a determiner ("The Africa Focus Group", "La mission de l'OTAN")
        while k < len(sent.tokens) and k not in starts and sent.tokens[k].key in determiners and k - seg.start < 2:
            k += 1
        if k in starts:
            actors.segments[n] = replace(seg, actors=())


def _section_heading(sent: Sent) -> bool:
    """A section's heading that names a mission, strategy or initiative and no partner:
    a few words with no full stop at their end. Outside a profile about one partner, what
    it names is the section's subject, no act of the partner named last."""
    text = sent.text.rstrip()
    return (len(sent.tokens) <= SECTION_HEADING_WORDS and text[-1:] not in ".!?؟;:؛…" and '"' not in text
            and not any(m.entry.kind in PARTNER_KINDS or m.entry.kind == "adjective" for m in sent.ents))


def _title(sent: Sent) -> bool:
    """A title or heading: a line with no full stop at its end (a story's headline, a page's
    title "Operation IMPACT (Iraq)")."""
    return sent.text.rstrip()[-1:] not in ".!?؟…" and len(sent.tokens) <= TITLE_WORDS


TITLE_WORDS = 24


def _chair_line(sent: Sent, before: list[Sent], vocab: Vocabulary) -> tuple[Match, Sent, list[Match]] | None:
    """A line of minutes or of an agenda that says who chairs ("Co-chairs: Italy, Saudi
    Arabia, United States", "Présidence : Allemagne, Émirats arabes unis, États-Unis"): a
    label and a colon open it, partners alone follow. Its initiative is the one a title
    before it names (the minutes' "Stabilisation Working Group – minutes of …"); the
    initiative, its title's sentence and the chairs, or None."""
    toks = sent.tokens
    label = max((c for c in sent.cues.get("initiative:chair_label", []) if c.i == 0), key=lambda c: c.j, default=None)
    if label is None or label.j >= len(toks) or ":" not in _gap(sent.text, toks[label.j - 1], toks[label.j], sent.start):
        return None
    chairs = [m for m in sent.ents if m.i >= label.j]
    if not chairs or any(m.entry.kind != "partner" or m.entry.id not in vocab.partners for m in chairs):
        return None
    covered = {k for m in chairs for k in range(m.i, m.j)}
    if sum(k not in covered for k in range(label.j, len(toks))) > len(chairs):  # "and", "les": a list, no clause
        return None
    for title in before:
        if _title(title) and (named := next((m for m in title.ents if m.entry.kind == "initiative"), None)):
            return named, title, chairs
    return None
AGENT_REACH = 6  # words before a passive's "funded by" whose act its agent does too


def _agents_of_what_precedes(sent: Sent, actors: Actors) -> dict[tuple[int, int], tuple[str, ...]]:
    """The words right before a passive's agents that those agents do ("Iraq launched demining
    projects funded by Germany", "des projets de déminage financés par l'Allemagne", "مشاريع
    لإزالة الألغام بتمويل من ألمانيا", "أسلحة مقدمة من إيطاليا"): (from, to) token spans, up to
    AGENT_REACH words back and no comma or stop between, with the agents' partners."""
    out: dict[tuple[int, int], tuple[str, ...]] = {}
    for seg in actors.segments:
        if not (seg.agent and seg.actors and seg.group):
            continue
        head = seg.group[0]
        cue = next((c for c in sent.cues.get("actor:agent", []) if c.j <= head.i <= c.j + 2), None)
        if cue is None:
            continue
        a = cue.i
        while a > 0 and cue.i - a < AGENT_REACH and not _broken(sent, a) and not _HARD_BREAK.search(
                _gap(sent.text, sent.tokens[a - 1], sent.tokens[a], sent.start)):
            a -= 1
        out[(a, cue.i)] = seg.actors
    return out


def _lines_of_effort(sent: Sent, actors: Actors, build: _Builder) -> None:
    """Each line of effort once per actor and sentence, at its first cue in the actor's
    clauses. A heading names a line of effort and no actor ("Stabilisation.", "Foreign
    terrorist fighters."): a few words opening with the cue, no name; the actor carried
    from the sentence before it did not act on it."""
    if len(sent.tokens) <= HEADING_WORDS and not sent.ents and any(
            c.i == 0 for cat, cs in sent.cues.items() if cat.startswith("loe:") for c in cs):
        return
    negs = [m for m in sent.cues.get("negation", [])]
    agents = _agents_of_what_precedes(sent, actors)
    for cat, ms in sent.cues.items():
        if not cat.startswith("loe:"):
            continue
        done: set[str] = set()
        for m in ms:
            if any(a <= m.start < b for a, b in sent.quiet):
                continue
            if any(n.j in (m.i, m.i - 1) for n in negs) or m.i in sent.denied or _committee_name(sent, m) \
                    or cat == "loe:military" and _foreign(sent, m):
                continue
            for partner in (*actors.at(m.i), *(p for (a, b), ps in agents.items() if a <= m.i < b for p in ps)):
                if partner not in done:
                    done.add(partner)
                    build.add("line_of_effort", partner, cat[4:], sent, m.start, m.end)


def _foreign(sent: Sent, m: Match) -> bool:
    """Forces the text calls foreign ("foreign combat forces", "des forces étrangères", "قوات
    قتالية أجنبية"): not the forces of the partner whose clause it is, no act of its on the
    military line. The word before the cue or one of the two after it."""
    toks = sent.tokens
    near = [m.i - 1, m.j, m.j + 1]
    return any(0 <= k < len(toks) and toks[k].key in words.FOREIGN for k in near)


COMMITTEE_REACH = 3  # words from a committee's noun to a word of its name after it ("commission de la Justice")


def _committee_name(sent: Sent, m: Match) -> bool:
    """A line of effort's word in a committee's name ("the Senate … Trade Legislation
    Committee", "la commission de la Justice", "لجنة الشؤون القانونية"): the committee's, no act."""
    toks = sent.tokens
    if m.j < len(toks) and toks[m.j].key in words.COMMITTEE and toks[m.i].is_capitalised() and m.i > 0:
        return True  # English: the name's words before the noun, in capitals
    return any(toks[k].key in words.COMMITTEE and all(toks[x].key in words.DETERMINERS or toks[x].key in words.OF
                                                   for x in range(k + 1, m.i))
               for k in range(max(0, m.i - COMMITTEE_REACH), m.i))


TOPIC_FROM = 3  # sentences from which a text that names nothing of the subject is about another one


def _on_topic(sents: list[Sent]) -> bool:
    """Whether a text is about what partners do against Daesh at all: it names the Coalition,
    Daesh or terrorism (the language files' ``topic``), a mission, strategy, initiative or
    resolution, or a line of effort. A ministry's page on anything else (a climate
    agreement, a trade fair), as a web archive of its site holds, states no fact: its
    agreements are no cooperation against Daesh, its partners no members. Asked only of a
    text of TOPIC_FROM sentences or more: one or two ("Tunisia and Morocco cooperate on
    border surveillance") are too few to tell what they are part of."""
    for s in sents:
        if any(m.entry.kind in ENTITY_KINDS or m.entry.id == "global-coalition" for m in s.ents):
            return True
        if any(ms and (cat.startswith("loe:") or cat in ("topic", "res:trigger")) for cat, ms in s.cues.items()):
            return True
    return False


def _operations_nation(sents: list[Sent], vocab: Vocabulary) -> str | None:
    """The partner whose national operations a text names, where no partner acts in it by
    name: a hearing of "ADF personnel in Iraq … supporting Operation Okra", a ministry's post
    on "nos militaires de l'opération Chammal". None where it names operations of two nations."""
    nations = {k.nation for s in sents for m in s.ents if m.entry.kind == "mission"
               and (k := vocab.known.get(("mission", m.entry.id))) is not None and k.nation}
    return nations.pop() if len(nations) == 1 else None


def _alongside_the_speaker(sent: Sent, actors: Actors, speaker: str | None, build: _Builder) -> None:
    """"Our British and French allies remain alongside us", "à nos côtés", "إلى جانبنا": the
    partners the clause names work with the partner the text's "we" is (its speaker, or
    the one partner the clause's first person stands for)."""
    for c in sent.cues.get("coop:with_us", []):
        if c.i in sent.denied:
            continue
        # the partners its subject names ("our British … allies"), or the clause's actors
        start = next((seg.start for seg in reversed(actors.segments) if seg.start <= c.i), 0)
        named = [m for m in sent.ents if start <= m.i and m.j <= c.i and m.entry.kind in PARTNER_KINDS + ("adjective",)]
        here = actors.at(c.i)
        we = speaker or (here[0] if len(here) == 1 else None)
        if we is None:
            continue
        for partner in dict.fromkeys((*here, *(m.entry.id for m in named))):
            if partner != we:
                m = next((m for m in named if m.entry.id == partner), None)
                build.add("cooperation", we, partner, sent, *((m.start, m.end) if m else (c.start, c.end)))


def _mutual_cooperation(build: _Builder) -> None:
    """Working together goes both ways: a partner another is said to cooperate with also
    cooperates with it, where the text has it act in its own right too (a dispatch's host
    that a US envoy thanks "for the cooperation with Kuwait in hosting the troops"). A
    partner that only receives the other's cooperation, and acts nowhere, is credited
    nothing: the text tells of no act of its."""
    acting = {f.partner for f in build.facts.values() if f.kind != "cooperation"}
    for fact in [f for f in build.facts.values() if f.kind == "cooperation"]:
        other = str(fact.obj)
        if other in acting and other != fact.partner:
            mirror = Fact("cooperation", other, fact.partner, dict(fact.attrs), list(fact.evidence))
            build.facts.setdefault(mirror.key(), mirror)


def extract(doc: Document, vocab: Vocabulary | None = None) -> Extraction:
    """The facts a document states, each credited to the partner acting in its clause.

    ``Extraction.partner`` is the document's dominant actor (a profile's subject), or
    the partner with the most facts where several act."""
    vocab = vocab or vocabulary()
    lex = vocab.lexicon(doc.lang)
    sents = [analyse(doc, s, e, lex) for s, e in sentences(doc.text, lex.abbreviations)]
    read_dates(sents, lex)
    table_headcounts(doc, sents, lex)
    label_headcounts(sents, lex)
    _short_names(sents, vocab, lex)
    _group_anaphora(sents, lex)
    subject = find_subject(sents)
    if len(sents) >= TOPIC_FROM and not _on_topic(sents):
        return Extraction(doc, subject, [])
    finder = ActorFinder(lex, vocab)
    prepared = [finder.prepare(s) for s in sents]
    alone = sole_actor_counts(vocab, prepared)
    dominant = dominant_actor(alone) or (_operations_nation(sents, vocab) if not alone else None)
    build = _Builder(doc, vocab, lex)
    first_named: dict[str, tuple[Sent, Match]] = {}
    if dominant is not None:
        for s in sents:
            m = next((m for m in s.ents if m.entry.kind == "partner" and m.entry.id == dominant), None)
            if m:
                first_named[dominant] = (s, m)
                break
    previous: list[tuple[Fact, int]] = []
    unplaced: list[Unplaced] = []  # the counts of the sentence before that went to no mission (``credit_personnel``)
    # the dominant partner is carried from where the text first names it, in any form, and
    # into the headings before (a ministry page's title "Operation IMPACT (Iraq)"): an op-ed's
    # "When people think of the Coalition, they picture airstrikes over Raqqa", before the
    # partner it is about is named, is nobody's act
    # (its national operation names it too: "Opération Chammal : l'armée de l'Air a conduit …")
    opening = next((n for n, s in enumerate(sents) if any(
        m.entry.id == dominant and m.entry.kind in (*PARTNER_KINDS, "adjective")
        or dominant and m.entry.kind == "mission" and (k := vocab.known.get(("mission", m.entry.id))) is not None
        and k.nation == dominant for m in s.ents)), 0)
    carried: tuple[str, ...] = (dominant,) if dominant and not opening else ()
    group: tuple[str, ...] = ()
    before: list[Sent] = []  # the sentences whose two partners "the two sides" may be, nearest first
    # a news story (a dateline opens it, after its headline if it has one): each list's partners act
    filed = any(cl.filed for clauses in prepared[:DATELINE_WITHIN] for cl in clauses)
    lists_by = lists_subject(alone, dominant)
    # "we": the partner a speech's or interview's title names, else, outside a news story,
    # the one partner named alone in the document ("We co-lead the Coalition's Communications
    # Working Group" in a ministry's answer about the United Kingdom), or the one it is about
    # where the sentence before was about it too (a minister's statement to parliament that
    # names its allies as well); never in a joint statement, whose "we" is all its partners
    joint = any(s.cues.get("actor:joint") for s in sents[:DATELINE_WITHIN])
    voice = only_actor(alone) if not (filed or joint) else None
    titled = _speech_speaker(sents, vocab, finder)  # an interview's answers are quoted, and its "we" the speaker's
    # a partner the text names only by its adjective ("the Portuguese presence", "Portuguese
    # military personnel" in an ambassador's post written as "we") speaks as that adjective
    adjective = next((m for s in sents for m in s.ents if m.entry.kind == "adjective" and m.entry.id == dominant),
                     None) if dominant is not None and dominant not in first_named else None
    speaker = titled or (first_named[voice][1] if voice in first_named else adjective if voice == dominant else None)
    about = (first_named[dominant][1] if dominant in first_named else adjective) if not (filed or joint) else None
    said_before: list[tuple[str, str, int, int, str]] = []  # the resolutions the sentence before named
    maybe_joined: list[tuple[Sent, Actors, bool]] = []  # sentences that may say partners joined the Coalition
    named_coalition = False  # the sentence before names the Coalition
    joint_members = _joint_partners(sents, vocab) if joint else ()
    for n, (s, clauses) in enumerate(zip(sents, prepared, strict=True)):
        if dominant and n <= opening and carried in ((), (dominant,)):
            carried = (dominant,) if n == opening or _title(s) else ()
        if len(joint_members) > 1 and n:
            more_cues(s, lex, "joint_subjects")
            _speaker_is_we(s, clauses, joint_members, "actor:joint_subject")
        elif speaker is not None:
            _speaker_is_we(s, clauses, (speaker,), quoted=titled is not None)
        elif about is not None and carried == (dominant,):
            _speaker_is_we(s, clauses, (about,))
        plural = min((m.i for m in s.cues.get("actor:plural", [])), default=None)
        # "the three countries" after a list of two: the three named last, not that list
        if plural is not None and (not group or len(group) == 2 and any(m.i == plural for m in s.cues.get("actor:plural_three", []))):
            group = _group_of(s, vocab, plural, before) or group
        actors = finder.sentence(clauses, carried, None if filed else lists_by, group, dominant)
        heading = False
        if carried != (dominant,):
            if heading := _section_heading(s):
                actors = Actors([Segment(0, ())], group)  # "B. La force Takuba" in a report: the section's, not the last partner's
            else:
                _things_act_alone(s, actors, carried, finder.determiners)
        elif s.cues.get("personnel"):  # "MINUSMA has 12,000 peacekeepers": the mission's own count, even in a profile
            _things_act_alone(s, actors, carried, finder.determiners, missions_only=True)
        group = actors.group
        before = [s, *before[:PAIR_BACK - 1]]
        if heading:
            # "Training and advising": a new section, whose sentences are
            # not the previous section's last partner's (the document's, if it is about one)
            carried = (dominant,) if dominant else ()
        elif (last := _carrying(actors)) and not _dateline_alone(s, actors):
            carried = last.actors or carried
        if n < CHAIRS_WITHIN and (chaired := _chair_line(s, sents[:n], vocab)) is not None:
            named, title, chairs = chaired
            known = vocab.known.get(("initiative", named.entry.id))
            ids = list(dict.fromkeys(m.entry.id for m in chairs))
            for m in chairs:
                build.add("initiative", m.entry.id, _mention(named, title, vocab, m.entry.id), s, m.start, m.end)
                for loe in known.loe if known else ():
                    build.add("line_of_effort", m.entry.id, loe, s, m.start, m.end)
                for other in ids:
                    if other != m.entry.id:  # co-chairs: each other's peers
                        build.add("cooperation", m.entry.id, other, s, m.start, m.end)
        if _question(s):
            continue  # "Does New Zealand still have troops in Iraq?" states nothing: its answer may
        for seg in actors.named():
            for m in seg.group:
                if m.entry.id in seg.actors and m.entry.id not in first_named:
                    first_named[m.entry.id] = (s, m)
        coalition = any(m.entry.id == "global-coalition" for m in s.ents)
        if (coalition or named_coalition) and actors.named():
            maybe_joined.append((s, actors, coalition))  # read once the facts are known (``_joined``)
        named_coalition = coalition
        _quiet_relative_clauses(s)
        statuses = [c for c in ("ended", "planned", "ongoing") if s.cues.get(f"status:{c}")]
        # "150 personnel will accompany the jets": a future, and no other cue, for the missions named here
        # (not a role to come: "Spain will hand over command of the mission to Denmark")
        roles = {r.i for r in s.cues.get("status:planned_roles", [])}
        future = not statuses and any(c.j not in roles and c.j + 1 not in roles for c in s.cues.get("status:future", []))
        current = bool(s.cues.get("status:current")) and statuses[:1] not in (["ended"], ["planned"])
        # "Belgium commanded EUTM Mali … before handing over to Portugal, which now leads the
        # mission": "now" tells of the partners of its clause
        now_acting = {p for c in s.cues.get("status:current", []) for p in actors.at(c.i)} if current else set()
        missions: list[tuple[Match, Fact]] = []
        # "Contributions to NATO Mission Iraq: Denmark (120), Norway (60) …": each partner with its count
        bracketed = bracketed_counts(s, lex) if sum(e.entry.kind == "mission" for e in s.ents) == 1 else {}
        for idx, m in enumerate(s.ents):
            kind = m.entry.kind
            if (kind not in ENTITY_KINDS or m.i in s.denied or kind in ("mission", "initiative") and _praised(s, m, lex)
                    or kind == "mission" and (_received(s, m, lex) or _met(s, m, lex))):
                continue
            known = vocab.known.get((kind, m.entry.id))
            hosts = known.hosts if known else ()
            takers = _apposed_members(s, m, vocab) or _takers(s, m, actors, known)
            if relative := _relative_subject(s, m, vocab, functools.partial(finder.is_place, s), lex.lang):
                # "Qatar takes part in the Counter ISIS Finance Group, which Italy … co-lead":
                # both; a partner carried from before ("Training continues through NATO
                # Mission Iraq, which Portugal now leads") only where the clause names it
                # ("The two ministers agreed to work within the … Group, which Jordan co-leads":
                # "the two ministers" names them as well)
                seg = actors.segment(m.i)
                last = _naming(actors, seg, m.i)
                named = last is not None and not seg.filed \
                    and not _next_clause(s.text[last.end - s.start : m.start - s.start])
                takers = (*(takers if named else ()), *(p for p in relative if not named or p not in takers))
                _co_leaders(s, m, relative, build)
            takers += tuple(p for p in _participants(s, m, actors, finder.determiners, vocab, lex) if p not in takers)
            # the partner its command passes to, or (outside a profile, whose subject alone acts) is
            # taken over from: its part, of unknown status
            heirs = (*_command_heir(s, m, lex, vocab), *(_command_predecessor(s, m, lex, vocab) if lists_by is None else ())) \
                if kind == "mission" else ()
            takers += tuple(p for p in heirs if p not in takers)
            if kind == "mission":
                takers += tuple(p for p in bracketed if p not in takers)
            if kind == "initiative":  # "the meeting co-chaired by Italy and the US": theirs too
                led = _led_by(s, m, actors)
                at = actors.segment(m.i)
                if led and at is not None and not at.group and at.actors \
                        and set(at.actors) <= {p for seg in actors.segments if seg.filed for p in seg.actors} \
                        and not any(at.start <= c.i < m.i for c in s.cues.get("actor:institution", [])):
                    # "بروكسل - عقدت مجموعة عمل … برئاسة مشتركة بين الكويت …": the dateline's city is where the story
                    # was filed, not a chair ("Athens — Greece took part in the meeting co-chaired by …" is, and so is
                    # "الرياض (واس) - شارك … وزير الخارجية في الاجتماع … برئاسة مشتركة بين …": its minister took part)
                    takers = ()
                takers += tuple(p for p in led if p not in takers)
            for partner in takers:
                if vocab.partners[partner].code in hosts:
                    continue  # "Iraq hosts NATO Mission Iraq": the state a mission works in takes no part in it
                mention = _mention(m, s, vocab, partner)
                mention.aliases = s.aliases.get(idx, [])
                if kind == "mission":
                    status = (mission_status(s, m, statuses, actors)
                              if statuses or s.cues.get("status:range") or s.cues.get("status:left")
                              else "planned" if future else None)
                    if partner in heirs and partner not in actors.at(m.i):
                        status = None  # "handed over command of … to Spain": what ended is the giver's command
                    fact = build.add("mission", partner, mention, s, m.start, m.end, status=status)
                    if partner in bracketed and "personnel" not in fact.attrs:
                        fact.attrs["personnel"] = bracketed[partner]
                    missions.append((m, fact))
                    if current and (partner in now_acting or not now_acting):
                        build.current.add(fact.key())
                    if _is_military(m, vocab):
                        build.add("line_of_effort", partner, "military", s, m.start, m.end)
                elif kind == "strategy":
                    mention.scope = _strategy_scope(m, s, vocab, partner)
                    rel = _nearest(s, "strel:", m.i, m.j, before_only=True) or _nearest(s, "strel:", m.i, m.j)
                    if rel == "adopts" and revised_after(s, m):
                        rel = "updates"  # "adopted a National Action Plan …, updated in 2019": its latest act
                    if rel is None:
                        rel = "supports" if mention.scope == "international" else "adopts"
                    build.add("strategy", partner, mention, s, m.start, m.end, relation=rel, scope=mention.scope)
                    if mention.scope == "national" and rel in ("adopts", "updates"):
                        # its own plan "to prevent extremism" is an action on that line of effort
                        for loe in s.inner.get(idx, ()):
                            build.add("line_of_effort", partner, loe, s, m.start, m.end)
                else:
                    build.add("initiative", partner, mention, s, m.start, m.end)
                    for loe in known.loe if known else ():
                        build.add("line_of_effort", partner, loe, s, m.start, m.end)
        unplaced = credit_personnel(s, lex, actors, missions, previous, doc, build, statuses, current, unplaced)
        previous = [(f, s.end) for _, f in missions]
        named = _resolutions(s, lex)
        told = named + _resolution_anaphor(s, named, said_before)
        said_before = named
        for body, num, i, j, relation in told:
            if i in s.denied:  # "did not co-sponsor resolution 2178"
                continue
            first, last = s.tokens[i], s.tokens[j - 1]
            for partner in actors.at(i):
                build.add("resolution", partner, (body, num), s, first.start, last.end, relation=relation)
                for loe in vocab.resolution_loe.get((body, num), ()):
                    build.add("line_of_effort", partner, loe, s, first.start, last.end)
        cooperation(s, lex, actors, build)
        if s.cues.get("coop:with_us"):
            _alongside_the_speaker(s, actors, speaker.entry.id if speaker is not None else None, build)
        _lines_of_effort(s, actors, build)
    _joint_title(sents, joint_members, build)
    for key in build.current:
        fact = build.facts[key]
        if fact.attrs.get("status") in ("ended", None):
            fact.attrs["status"] = "ongoing"  # what it does today, after what it did before, or alone ("still has")
    if filed:
        # a news story tells what partners do now: a part it gives no status of goes on ("AMMAN –
        # Jordanian jets carried out strikes on Thursday …, within Operation Inherent Resolve")
        for fact in build.facts.values():
            if fact.kind == "mission" and "status" not in fact.attrs:
                fact.attrs["status"] = "ongoing"
    _mutual_cooperation(build)
    facts = list(build.facts.values())
    credited = Counter(f.partner for f in facts)
    # membership: of the dominant actor as today; of any other actor a fact is credited to;
    # never of a state outside the Coalition, even one a text is about ("Senegal sent 300
    # more troops to MINUSMA"); a partner credited where no clause has it as its subject
    # ("la mission, dont le Canada a assuré le commandement") where the text first names it
    for partner in sorted(credited.keys() - first_named.keys()):
        # by its name, else by its adjective ("received his French counterpart; the two ministers
        # discussed cooperation": France is credited, and a member)
        for kinds in (PARTNER_KINDS, ("adjective",)):
            if (at := next(((s, m) for s in sents for m in s.ents
                            if m.entry.id == partner and m.entry.kind in kinds), None)) is not None:
                first_named[partner] = at
                break
    # "ليبيا ليست عضوا في التحالف، لكن الحكومة الليبية تعاونت مع …": a partner the text says is
    # no member is none, whatever else it does
    denied = {p for s, actors, _c in maybe_joined if s.denied for p in _not_member(s, actors, lex)}
    for partner, (s, m) in first_named.items():
        if (partner == dominant or credited[partner]) and vocab.partners[partner].member and partner not in denied:
            facts.insert(0, Fact("member", partner, "global-coalition", evidence=[s.evidence(doc, m.start, m.end)]))
    joined: dict[str, tuple[Sent, Match]] = {}  # partners the text says are members, with where it names them
    for s, actors, coalition in maybe_joined:  # only for partners no fact made members already
        if any(m.entry.id != dominant and not credited[m.entry.id] for seg in actors.named() for m in seg.group):
            more_cues(s, lex, "membership")
            if s.cues.get("actor:membership"):
                _joined(s, actors, joined, unsaid=not coalition)
    for partner, (s, m) in joined.items():  # "Ghana and Togo joined in 2022", no other fact of theirs
        if not (partner == dominant or credited[partner]) and vocab.partners[partner].member:
            facts.insert(0, Fact("member", partner, "global-coalition", evidence=[s.evidence(doc, m.start, m.end)]))
    main = dominant or (min(credited, key=lambda p: (-credited[p], p)) if credited else subject)
    return Extraction(doc, main, facts)


__all__ = ["ENTITY_KINDS", "extract", "find_subject", "parse_number", "slugify"]
