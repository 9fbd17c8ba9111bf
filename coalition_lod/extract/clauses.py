"""Clauses and their actors as plain data (``Segment``, ``Clause``, ``Actors``), and the
token helpers the actor finder's readings share: where a comma breaks a phrase, whose cue a
word is, where a phrase starts before a mention, which spans are quoted. The actor finder
(``actors``) and how it reads where a mention stands (``roles``) both build on these; the
stages after it (cooperation, takers, personnel) read the ``Actors`` it gives. Which segment a
sentence carries into the next (``_carrying``), and the clauses whose subject is a thing
(``_things_act_alone``), are read from those ``Actors`` here too."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from ..langs import tokenize
from ..vocab import Lexicon, Match, Vocabulary
from . import words
from .sentence import ENTITY_KINDS, PARTNER_KINDS, QUOTE_PAIRS, Sent, arabic_conj, more_cues

ACTOR_KINDS = ("partner", "adjective", "capital", "foreign")
AGENT_LIST_REACH = 8  # words between "by" and "including" before the partners it names ("by more than 100 member states,")
OBJECT_REACH = 6  # words after a verb's subject where its object may start ("… أكثر من 10 آلاف من أفراد الشرطة")
OFFICIAL_NAME = 4  # words of a person's name between an official's title and "of" its partner
OFFICE_NAME = 3  # capitalised words of an office's name before its noun ("the Counter-Terrorism Directorate of …")
PRAISE_REACH_AR = 6  # words before an Arabic praised act where its verb may stand
REPORTED_AFTER = 6  # words between a verb of speech and its "that": its object, a time ("told the committee on Tuesday that")
_BREAK = re.compile(r"[,:\u2013\u2014()\[\]،\t|]|\s-\s")  # a tab or a bar: between two cells of a table's row
_HARD_BREAK = re.compile(r"[;؛]")
_BLANK_LINE = re.compile(r"\n\s*\n")  # a paragraph ends; the lines of a list do not
RELATIVE_ENDS = re.compile(r"[,;،؛:()]")  # a relative's clause ends at its comma ("…, which the UAE launched, …")
_POST_NUMBER = re.compile(r"\s*\(?\d+/\d*\)?\s")  # a thread's post number: "2/", "3/5", "(٣/٥)"
APPOSITION_TAIL = 3  # words after the partner an apposition names, before its closing comma ("a NATO partner,")
_NUMBER = re.compile(r"^\d[\d,.\u00a0\u202f\u066c]*$")
_ANY_QUOTE = re.compile("[“«\"‘]")
_ELIDED = re.compile(r"^(\w+)['’]\w")  # "qu'apporte": a word elided onto the next


@dataclass(frozen=True, slots=True)
class Segment:
    """From token ``start`` on, the sentence's facts are credited to ``actors``."""

    start: int
    actors: tuple[str, ...]
    group: tuple[Match, ...] = ()  # the mentions that named them, if named here
    plural: Match | None = None  # "both countries", where they are the last list of actors named
    backers: bool = False  # named by their support ("… continued with support from Norway and Denmark"): no peers
    agent: bool = False  # named as a passive's agent ("the meeting co-chaired by Italy and the United States")
    funder: bool = False  # … a funding's ("ويأتي البرنامج بتمويل من مملكة هولندا"): the next sentence does not carry it
    provider: bool = False  # an object relative's subject: what its antecedent names, it gives ("the teams that Japan funds")
    filed: bool = False  # the dateline's partner, its clause naming none other
    relative: bool = False  # named before a relative that describes it ("… with Australia, which provided …")
    inner: bool = False  # named past the start of a clause whose subject is carried ("… الانتصار الذي حققته القوات العراقية")


@dataclass(slots=True)
class Clause:
    """A clause of a sentence and the partners named as its actors (before any carrying)."""

    start: int
    named: list[tuple[tuple[Match, ...], int]] = field(default_factory=list)  # (mentions, first token credited)
    agents: set[int] = field(default_factory=set)  # which of ``named`` are a passive's agents
    funders: set[int] = field(default_factory=set)  # … of which a funding's ("بتمويل من هولندا"): the text goes on without them
    providers: set[int] = field(default_factory=set)  # which of ``named`` are an object relative's subjects
    filed: tuple[Match, ...] = ()  # a dateline's capital: the actor if none is named
    quoted: list[tuple[Match, ...]] = field(default_factory=list)  # subjects inside a quotation
    said: bool = False  # ``quoted`` holds the official who speaks the quotation, not a subject inside it
    # (token, named entry) where an earlier actor acts again after a praised partner's part:
    # "thanked Germany for its support and pledged ..." (entry -1: the actor carried into the clause)
    resumed: list[tuple[int, int]] = field(default_factory=list)
    plural: Match | None = None  # "both countries": the last list of actors
    nobody: bool = False  # "Ministers stressed ...": no partner's act
    supported: tuple[Match, ...] = ()  # "Demining continued with support from Norway": the supporters act
    supported_back: bool = False  # … but the clause refers back ("Its programme …"): the carried partner's, if any
    kingdom: bool = False  # "The Kingdom also provided ...": the kingdom among the actors carried
    singular: bool = False  # "The Ministry … has pledged", after "the two countries": one of them, the document's
    relative: bool = False  # its actor is the partner before its relative ("Kenya, which hosts …"), named there
    behalf: tuple[Match, ...] = ()  # "au nom de la France": whose act it is where nothing is named or carried


@dataclass(slots=True)
class Actors:
    """The actors of one sentence, by token position."""

    segments: list[Segment] = field(default_factory=list)
    group: tuple[str, ...] = ()  # the last list of several actors named, for "both countries" after it

    def at(self, i: int) -> tuple[str, ...]:
        seg = self.segment(i)
        return seg.actors if seg is not None else ()

    def segment(self, i: int) -> Segment | None:
        found = None
        for seg in self.segments:
            if seg.start > i:
                break
            found = seg
        return found

    def named(self) -> list[Segment]:
        return [s for s in self.segments if s.group]

    def referred(self) -> list[Segment]:
        """The segments whose actors "both countries" refers to, named in an earlier clause."""
        return [s for s in self.segments if s.plural is not None and len(s.actors) > 1]


def _cut_at(group: list[Match], cuts: set[int]) -> list[list[Match]]:
    """A list of mentions cut before the first that starts at one of ``cuts`` (not its first)."""
    n = next((n for n, m in enumerate(group) if n and m.i in cuts), None)
    return [group] if n is None else [group[:n], group[n:]]


def after_between(sent: Sent, i: int) -> bool:
    """Word ``i`` follows "between", "entre", "بين", past an article: a list of an agreement's parties ("under a bilateral
    agreement between the Czech Republic and Kuwait"), who do the agreement, not the act it frames."""
    toks = sent.tokens
    k = i - 1
    while k >= 0 and toks[k].key in words.DETERMINERS:
        k -= 1
    return k >= 0 and toks[k].key in words.BETWEEN


PROVIDED_REACH = 4  # words from a "with" to the provider's cue after what it provides ("with surveillance flights provided by")


def provided_with(sent: Sent, lex: Lexicon) -> list[tuple[Match, Match]]:
    """Each "with" of a clause's actor before the means a partner provides ("…, with surveillance flights provided by the
    United States", "avec des drones fournis par les États-Unis", "مع طائرات مراقبة مقدمة من …"), with that partner's
    mention: only the nouns of what is provided between the "with" and the provider's cue, no one named there."""
    if not sent.cues.get("coop:governor"):
        return []  # most sentences have no "with": the provider's cues not read for them
    more_cues(sent, lex, "provided")
    out = []
    for c in sent.cues.get("coop:provided", []):
        gov = next((g for g in sent.cues.get("coop:governor", []) if 0 < c.i - g.j <= PROVIDED_REACH
                    and not any(g.j <= m.i < c.i for m in sent.ents)), None)
        after = next((m for m in sent.ents if c.j <= m.i <= c.j + 1 and m.entry.kind in PARTNER_KINDS), None)
        if gov is not None and after is not None and gov.i not in sent.denied:
            out.append((gov, after))
    return out


def bodies(sent: Sent, vocab: Vocabulary) -> set[int]:
    """Where a body that is no partner's own starts ("the Coalition", "the Security
    Council", "UNDP"): as a clause's subject, it acts for no partner."""
    known = vocab.known
    return {m.i for m in sent.ents if m.entry.kind == "body" and known[("body", m.entry.id)].scope != "national"}


def relative_subject_at(sent: Sent, r: Match, lang: str) -> int:
    """Where a relative's subject stands: right after its pronoun, past an article ("which
    the UN runs"); in Arabic after the relative's verb, which comes first ("الذي يديره …")."""
    k = r.j + (1 if lang == "ar" else 0)
    if lang != "ar" and k < len(sent.tokens) and sent.tokens[k].key in words.DETERMINERS:
        k += 1
    return k


def _agency(sent: Sent, k: int) -> bool:
    """An acronym no name of the vocabulary holds ("DGST", "CTS", "BCIJ"): an agency's."""
    text = sent.tokens[k].text
    return 2 <= len(text) <= 6 and text.isupper() and text.isalpha() and not any(e.i <= k < e.j for e in sent.ents)


# cues of a verb: what a headline's words after its "Country:" go on to say of their own subject
OTHER_AFTER = 6  # words after a headline's colon where another partner's thing names what it tells
_NUMBER_WORD = re.compile(r"^\d")
VERB_SUBJECT = 2  # words from an Arabic verb to its subject's partner word ("وقّع الصندوق الكويتي")
_HEADLINE_VERBS = ("actor:verb", "actor:reporting", "actor:governor", "status:ongoing", "status:planned", "status:ended",
                   "mission:funded")


def topic_label(sent: Sent) -> bool:
    """A headline that opens with a partner and a colon, then a subject of its own and its verb
    ("Iraq: Council extends EU Advisory Mission until 2026", "Irak : le Conseil prolonge …",
    "العراق: الاتحاد الأوروبي يمدد …"): the partner is what the story is about, no actor. Not a
    roster's line, whose words after the colon are the partner's ("Jordan: 600 personnel",
    "Italy: leads the Counter ISIS Finance Group"). A bulletin's item on two partners, a sentence
    too, where its own subject is named after the colon, after its verb in Arabic ("الكويت والعراق:
    وقّع الصندوق الكويتي … مع وزارة المالية العراقية …"): both are its topic."""
    toks = sent.tokens
    first = next(iter(sent.ents), None)
    if first is None or first.i != 0 or first.entry.kind not in PARTNER_KINDS or first.j + 1 >= len(toks):
        return False
    pair = next((e for e in sent.ents if e.entry.kind in PARTNER_KINDS and (
        e.i == first.j + 1 and toks[first.j].key in words.AND or e.i == first.j and arabic_conj(toks[e.i]))), None)
    last = pair or first
    if last.j + 1 >= len(toks) or ":" not in sent.text[toks[last.j - 1].end - sent.start:toks[last.j].start - sent.start]:
        return False
    stated = sent.text.rstrip()[-1:] in ".!?؟"
    if stated and pair is None:
        return False
    verbs = {k for cat in _HEADLINE_VERBS for m in sent.cues.get(cat, []) for k in range(m.i, m.j)}
    k = last.j
    while k < len(toks) and toks[k].key in words.DETERMINERS:
        k += 1
    named = next((e for e in sent.ents if e.i == k), None)
    subject_end = named.j if named is not None else k + 1
    # (an auxiliary right after the colon opens the partner's own predicate: a note's "Maroc : a coprésidé le GCTF …")
    auxiliaries = {m.i for m in sent.cues.get("actor:auxiliary", [])}
    if k >= len(toks) or k in auxiliaries:
        return False
    # an Arabic verb first, its subject's name (or adjective) right after it
    verb_first = k in verbs and any(k < e.i <= k + VERB_SUBJECT for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective"))
    if stated:
        return verb_first or named is not None and subject_end < len(toks) and subject_end in verbs
    # a headline whose words after the colon name another partner's thing, no verb ("Irak : atterrissage d'urgence d'un
    # hélicoptère français"): the story is about the first, the other's the act
    other = any(e.entry.kind in (*PARTNER_KINDS, "adjective") and e.entry.id != first.entry.id and k < e.i <= k + OTHER_AFTER
                for e in sent.ents)
    return k not in verbs and (subject_end < len(toks) and subject_end in verbs
                               or other and named is None and not _NUMBER_WORD.match(toks[k].text))


def _broken(sent: Sent, k: int) -> bool:
    """A comma, colon, dash or bracket between token ``k`` and the one before it."""
    toks = sent.tokens
    return bool(_BREAK.search(sent.text[toks[k - 1].end - sent.start : toks[k].start - sent.start]))


RECEIVED_REACH = 20  # words from a verb of receiving to the "from" of its giver ("received 3,200 … and 1,150 from …")
GIVER_FROM = 5  # words from that "from" to the giver's name ("من وحدة مكافحة الإرهاب البريطانية")


def received_from(sent: Sent, head: int) -> int | None:
    """Where the "from" stands, up to GIVER_FROM words before token ``head``, that follows a verb of receiving in
    its clause, whose receiver no partner's name before it is ("We received 3,200 referrals … from the United
    Kingdom's …", "تلقينا … من وحدة … البريطانية"); None where none does. A partner that receives ("أعلنت وزارة الداخلية
    العراقية … تسلمها سبعة مطلوبين … من السلطات التركية") acts itself: its clause stays its own."""
    toks = sent.tokens
    p = next((k for k in range(head - 1, max(0, head - GIVER_FROM) - 1, -1) if toks[k].key in words.FROM_GIVER), None)
    if p is None:
        return None
    for v in range(p - 1, max(0, p - RECEIVED_REACH) - 1, -1):
        if _broken(sent, v + 1):
            return None  # (a comma between words, not one inside a count: "received 3,200 referrals")
        if words.RECEIVE_VERBS.intersection(toks[v].keys):
            named = any(e.i < v and e.entry.kind in (*PARTNER_KINDS, "adjective") for e in sent.ents)
            return None if named else p
    return None


@cache
def _last_words(lang: str, phrases: tuple[str, ...]) -> frozenset[str]:
    """The keys of the phrases' last words."""
    return frozenset(k for w in phrases for k in tokenize(w, lang, 0)[-1].keys)


def _inside(sent: Sent, cat: str, k: int) -> bool:
    """Token ``k`` is a word of a cue of ``cat``."""
    return any(m.i <= k < m.j for m in sent.cues.get(cat, ()))


def _cue_tokens(sent: Sent, cat: str) -> set[int]:
    return {k for m in sent.cues.get(cat, []) for k in range(m.i, m.j)}


def after_with(sent: Sent) -> set[int]:
    """The words right after a peer's "with" and the one after them ("with the Netherlands",
    "مع هولندا"): where a peer stands, an article allowed before it."""
    return {c.j + d for cat in ("coop:governor", "coop:strong") for c in sent.cues.get(cat, []) for d in (0, 1)}


def _not_inside_institutions(sent: Sent) -> set[int]:
    """The words of nobody's subjects but those a longer name of a state's institution
    takes in ("le conseil" in "le conseil de gouvernement"), unless that name is nobody's
    too ("le secrétaire général" in "le secrétaire général adjoint")."""
    nobody, inst = sent.cues.get("actor:nobody", []), sent.cues.get("actor:institution", [])
    longer = [i for i in inst if not any(n.i <= i.i and i.j <= n.j for n in nobody)]
    return {k for m in nobody if not any(m.i < i.j and i.i < m.j < i.j for i in longer) for k in range(m.i, m.j)}


def _walk_back(k: int, walk: set[int], sent: Sent | None = None) -> int:
    """The first token of the phrase ending before token ``k`` that is all ``walk``
    words (determiners, regions, institutions): where a mention's or an act's phrase starts.
    With ``sent``, not across a comma ("Outside the force, Ghana and Togo have launched …":
    the force is another phrase's)."""
    while k > 0 and (k - 1) in walk:
        if sent is not None and _broken(sent, k):
            break
        k -= 1
    return k


def _walk_on(k: int, walk: set[int]) -> int:
    """The first token from ``k`` on that is not a ``walk`` word: where the phrase of ``_walk_back``'s words ends
    ("the Royal Jordanian Air Force pilots …": past the institution's words after the adjective)."""
    while k in walk:
        k += 1
    return k


def _in_quotes(sent: Sent) -> list[tuple[int, int]]:
    """Character spans of the sentence inside quotation marks."""
    if not _ANY_QUOTE.search(sent.text):
        return []
    spans, text, i = [], sent.text, 0
    while i < len(text):
        close = QUOTE_PAIRS.get(text[i])
        if close:
            j = text.find(close, i + 1)
            if j == -1:
                spans.append((sent.start + i, sent.end))
                break
            spans.append((sent.start + i, sent.start + j))
            i = j + 1
        else:
            i += 1
    return spans


def _carrying(actors: Actors, sent: Sent) -> Segment | None:
    """The segment whose actors the next sentence carries: the last, but for partners
    named by their support, and a passive's agents, a relative's antecedent or a
    relative's own subject after a clause's own subject ("Canada took part in the meeting
    co-chaired by Italy and the US. The country pledged …"; "Manille coopère avec
    l'Australie et les États-Unis, qui ont fourni … Le pays a adopté …"; "يشارك الأردن في
    التحالف الإسلامي العسكري الذي تتخذ الرياض مقراً له. ويتعاون سلاح الجو الملكي …": the
    sentence is the main clause's subject's, and so is the next)."""
    relatives = {m.i for m in sent.cues.get("actor:relative", [])}
    subject = False
    found = None
    for seg in actors.segments:
        if seg.backers or seg.inner or seg.funder or (seg.agent or seg.relative or seg.start in relatives) and subject:
            continue
        found = seg
        subject = subject or bool((seg.group or seg.filed) and seg.actors and not seg.agent)
    return found


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
