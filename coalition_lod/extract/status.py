"""The status of a contribution (planned, ongoing, ended) and a strategy's latest act, as
a sentence tells them: cues in the mission's own clause, closed spans of years, "until"
a year read by the document's own time, a revision told after a strategy's name.

Read after the sentences are analysed (``analysis.analyse``), as an "until" needs the
whole document's years."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from ..langs import Token
from ..vocab import Entry, Lexicon, Match
from . import words
from .clauses import _BLANK_LINE, _HARD_BREAK
from .sentence import PARTNER_KINDS, Sent, _gap, _one_clause, more_cues
from .speech import _SPEAKER_LABEL

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ..model import Fact
    from .builder import _Builder
    from .clauses import Actors

STATUS_RANK = {"ended": 3, "planned": 2, "ongoing": 1}
WHOLE_END_AFTER = 20  # words from a mission to its own end told by its pronoun ("…, which trained … before it ended")
CONTINUED_AFTER = 5  # words from a future act of funding to what it keeps going ("will provide $46.2 million to sustain")
PARTIAL_AFTER = 1  # words between a verb of ending and the share it withdraws ("withdrew only some of its …")
ROLE_SPAN_AFTER = 10  # words from a role's verb to its span ("commanded NATO Mission Iraq for a year")
SPAN_UNIT_AFTER = 2  # words from a span's preposition to its unit of time ("for a year", "pendant six mois")
ROLE_PERSON_BEFORE = 6  # words before a role's verb where a person's rank makes the role his ("le général Jean Dupont, qui a …")


def _planned_roles(sent: Sent) -> set[int]:
    """Where a role to come is told ("command", "hand over command"): ``status.planned_roles``."""
    return {r.i for r in sent.cues.get("status:planned_roles", [])}


def _before_role(c: Match, roles: set[int]) -> bool:
    """The cue stands right before a role's verb: "which a Danish general is set to command",
    "Spain will hand over command …": the role is to come, not the part."""
    return c.j in roles or c.j + 1 in roles


def future_of_part(sent: Sent, roles: set[int] | None = None) -> list[Match]:
    """The sentence's cues of the future ("will", "is to") that tell of a part, not of a role
    to come (``roles``: ``_planned_roles(sent)``, where the caller has them)."""
    roles = _planned_roles(sent) if roles is None else roles
    return [c for c in sent.cues.get("status:future", []) if not _before_role(c, roles)]


PART_OF_WHOLE_WITHIN = 8  # words between a partner's operation and the mission it is a part of ("is the Canadian Armed Forces' contribution to")


def parts_of_wholes(sent: Sent, lex: Lexicon) -> list[tuple[str, str]]:
    """(its part, the whole) for each mission set apart as a partner's part of the next one
    named: "Operation IMPACT, Canada's contribution to Operation Inherent Resolve", "l'opération
    Chammal, volet français de l'opération Inherent Resolve", "… la mission de l'OTAN en Irak,
    dans le cadre de l'opération IMPACT": the partner's part in the whole is as its part's,
    whatever sentence tells that (``share_status``)."""
    missions = [m for m in sent.ents if m.entry.kind == "mission"]
    if len(missions) < 2:
        return []
    more_cues(sent, lex, "part_of_whole")
    cues = {c.i for c in sent.cues.get("mission:part_of_whole", [])}
    breaks = {c.i for c in sent.cues.get("clause_break", [])}
    copulas = {str(w).lower() for w in (lex.conf.get("actors") or {}).get("copulas") or ()}
    out = []
    for a, b in itertools.pairwise(missions):
        gap = range(a.j, b.i)
        if not (0 < len(gap) <= PART_OF_WHOLE_WITHIN and any(k in cues for k in gap)) or any(k in breaks for k in gap):
            continue
        # set apart by a comma, or by a copula: "Operation Okra is Australia's contribution to …",
        # not "… Operation Impact and its part in NATO Mission Iraq"
        if "," in _gap(sent.text, sent.tokens[a.j - 1], sent.tokens[a.j], sent.start) \
                or sent.tokens[a.j].text.lower() in copulas:
            out.append((a.entry.id, b.entry.id))
    return out


def share_status(facts: Iterable[Fact], parts: list[tuple[str, str]]) -> None:
    """A partner's part in a whole mission the text gives no status of is as the status of
    its part there (``parts_of_wholes``)."""
    by = {(f.partner, f.obj.key.rsplit("/", 1)[-1]): f for f in facts if f.kind == "mission"}
    for part, whole in parts:
        for (partner, key), f in by.items():
            if key == part and (w := by.get((partner, whole))) is not None and "status" not in w.attrs \
                    and (status := f.attrs.get("status")):
                w.attrs["status"] = status


def mission_status(sent: Sent, m: Match, statuses: list[str], actors: Actors, partner: str | None = None,
                   aside: bool = False) -> str | None:
    """Of several statuses in a sentence, the one told of this mission.

    "Twelve soldiers are currently assigned to NMI, and it will send trainers to EUTM":
    the cues in the mission's own clause (no comma, semicolon or clause break
    between) decide, the strongest first ("prévoit de déployer" is planned); with
    none there, the strongest of those whose clause has the mission's actors: "France
    continued Operation Chammal, while Australia ended its air operations" tells nothing
    of Chammal by "ended". None where no cue is the actors'. ``aside``: the mission is no part of its own clause's
    actors, only of the partner a relative after it names ("Neither decision affects NATO Mission Iraq, which Spain will
    continue to support"): that partner's cues tell.
    """
    mine = (partner,) if aside and partner else actors.at(m.i)
    told = _mission_status(sent, m, statuses, actors, mine)
    if told is None and not mine and partner:
        # the mission's own words name nobody: its cues of the partner it is credited to ("Note: Operation Shader, the
        # United Kingdom's contribution to the Coalition, continues" after a label)
        told = _mission_status(sent, m, statuses, actors, (partner,))
    return told


def _mission_status(sent: Sent, m: Match, statuses: list[str], actors: Actors, mine: tuple[str, ...]) -> str | None:
    """``mission_status`` with the actors whose cues tell of the mission: ``mine``."""
    # a new verb of the same subject after "and" ends a clause too: "Latvia has ended its
    # participation in OIR and will instead send ten instructors to NATO Mission Iraq"
    breaks = {c.i for c in sent.cues.get("clause_break", [])} | sent.new_verbs
    inside, same = [], []

    def between(a: Match, b: Match) -> tuple[int, int] | None:
        """The words between two spans, in the order of the text; None where they overlap."""
        return (a.j, b.i) if a.j <= b.i else (b.j, a.i) if b.j <= a.i else None

    def near(c: Match) -> bool:
        if (gap := between(c, m)) is None:
            return False
        if _one_clause(sent, *gap, breaks):
            return True
        # "…, avant de les rapatrier en 2021": what the same actor did next to them, past a comma
        toks = sent.tokens
        then = c.entry.phrase.split()[0] in words.BEFORE or c.i > 0 and toks[c.i - 1].key in words.BEFORE \
            or c.i > 1 and toks[c.i - 1].key in words.TO_VERB and toks[c.i - 2].key in words.BEFORE  # "avant de", "قبل أن"
        return then and c.i >= m.j and not any(gap[0] <= b < gap[1] for b in breaks) and actors.at(c.i) == mine

    planned_roles = _planned_roles(sent)
    # "retire une partie de ses soldats", "withdrew some of its troops": a reduction, the part goes on
    partial = {p.i for p in sent.cues.get("status:partial", [])}
    # "has withdrawn its detachment but keeps 150 soldiers …, training … under NATO Mission
    # Iraq": of the actors' own cues, those after a "but" before the mission tell of it
    # (not an adverb of contrast right after the verb it qualifies: "La Belgique maintient toutefois douze militaires …")
    verbs_end = {c.j for status in statuses for c in sent.cues.get(f"status:{status}", [])}
    turn = max((c.j for c in sent.cues.get("status:contrast", []) if c.j <= m.i and c.i not in verbs_end), default=0)
    for status in statuses:
        for c in sent.cues.get(f"status:{status}", []):
            if c.i in sent.denied:
                continue  # "Canada has not withdrawn: it still commands …": a denied cue tells nothing
            if status == "planned" and _before_role(c, planned_roles):
                continue  # "which a Danish general is set to command": a role to come, not the part planned
            if status == "planned" and any(c.j <= k.i <= c.j + CONTINUED_AFTER and _one_clause(sent, c.j, k.i, breaks)
                                           for k in sent.cues.get("status:continued_by", [])):
                continue  # "will provide $46.2 million to sustain around 110 ADF personnel": what is funded goes on
            told = "ongoing" if status == "ended" and any(c.j <= k <= c.j + PARTIAL_AFTER for k in partial) else status
            if near(c) or c.i == 0 and c.entry.id == "status:until":  # "Until 2016, …" dates its whole sentence
                inside.append(told)
            # an "until" ends what its own clause tells ("still train …, and our F-16s flew … until 2017")
            if actors.at(c.i) == mine and c.entry.id != "status:until" and c.i >= turn:
                same.append(told)
    missions = [e for e in sent.ents if e.entry.kind == "mission"]

    def apart(e: Match, r: Match) -> int:
        """Words between a mission and a span of years; a clause between puts it far."""
        if (gap := between(e, r)) is None:
            return len(sent.tokens)
        return gap[1] - gap[0] + (0 if _one_clause(sent, *gap, breaks) else len(sent.tokens))

    def colon_between(e: Match, r: Match) -> bool:
        """A colon right before the span, after the mission ("… au sein de l'opération Chammal : de 2016 à 2017,
        les canons de la Task Force Wagram …"): the span opens what the colon goes on to tell."""
        return r.i > 0 and e.j <= r.i and ":" in _gap(sent.text, sent.tokens[r.i - 1], sent.tokens[r.i], sent.start)

    def dated(r: Match) -> Match:
        """The mission a span of years dates: in its own clause first, there the one it follows
        ("cut its part in A between 2019 and 2022 and moved its trainers to B"), then the nearest."""
        def rank(e: Match) -> tuple[bool, bool, bool, int]:
            colon = colon_between(e, r)
            return apart(e, r) >= len(sent.tokens) or colon, colon, e.i > r.i, apart(e, r)

        return min(missions, key=rank)

    cut = [c for c in sent.cues.get("range:reductions", []) if near(c)]  # "cut … from 180 to 40 between 2019 and 2022"
    roles = sent.cues.get("status:until_roles", [])  # "commanded", "led": a role's verb
    role_ended = False
    for r in sent.cues.get("status:range", []) if not cut else ():  # "from 2018 to 2019": the mission nearest the span has ended
        # "From 2015 to 2020, ..." dates its whole sentence (after a speaker's label too: "Assistant: From
        # 2015 to 2020 …"); "… in B, from 2015 to 2019." ends it
        if any(c.i >= m.j and _one_clause(sent, m.j, c.i, breaks) for c in sent.cues.get("status:range_part", [])):
            continue  # "Between 2016 and 2018 the contingent also included an air unit …": the unit's span, not the whole's
        if not (dated(r).i == m.i and (near(r) or _opens(sent, r) or _trailing(sent, r, m, breaks)
                                       or len({e.entry.id for e in missions}) == 1 and _aside(sent, r)
                                       or _framed_after(sent, r, m) or _where_after(sent, r, m))):
            continue
        if any(c.j <= r.i and _one_clause(sent, c.j, r.i, breaks) for c in roles):
            # "led NATO Mission Iraq from 2020 to 2021": the command's span ends the part, unless
            # the sentence goes on to tell it continues ("… and continues to contribute …")
            role_ended = role_ended or not any(c.i >= r.j and actors.at(c.i) == mine
                                               for st in ("ongoing", "planned") for c in sent.cues.get(f"status:{st}", []))
        else:
            inside.append("ended")
    if not role_ended and missions and _role_held_for_a_span(sent, m, roles, missions):
        # "Denmark commanded NATO Mission Iraq for a year", "qu'il a exercé pendant un an", "قادت … لمدة عام": a command
        # told in the past with its length has ended, as one with its years has, unless the sentence goes on
        role_ended = not any(actors.at(c.i) == mine and c.i > m.j for st in ("ongoing", "planned")
                             for c in sent.cues.get(f"status:{st}", []) if c.i not in sent.denied)
    # "…, where they trained Kurdish units until the Finnish contingent was withdrawn": the
    # end an "until" dates the actors' part to, after the mission, theirs whatever the commas
    if any(c.i >= m.j and actors.at(c.i) == mine for c in sent.cues.get("status:until_event", [])):
        inside.append("ended")
    if _left_right_before(sent, m):
        inside.append("ended")
    if any(m.j <= c.i <= m.j + WHOLE_END_AFTER
           and not any(e.entry.kind == "mission" and e.entry.id != m.entry.id and m.j <= e.i < c.i for e in sent.ents)
           and not _HARD_BREAK.search(sent.text[m.end - sent.start : c.start - sent.start]) and c.i not in sent.denied
           for c in sent.cues.get("status:whole_ended", [])):
        # "Task Group Taji, the joint … mission that trained … before it ended in 2020": the mission's own end
        inside.append("ended")
    if role_ended and not inside:
        inside.append("ended")
    if not inside and any(c.j <= m.i and near(c) for c in future_of_part(sent, planned_roles)):
        # "will instead send": a future of its own clause, with no other cue there (not a role to
        # come: "Spain will hand over command of the mission to Denmark", whose part goes on till then)
        return "planned"
    if inside and set(inside) == {"ongoing"}:
        # "la Belgique renverra … quatre F-16 en Jordanie, pour une rotation de six mois dans le cadre
        # de l'opération …": the actors' verb before the mission, past commas, tells its status
        told = next((st for st in ("ended", "planned") if _told_before(sent, m, breaks, turn, actors, st)), None)
        if told is not None:
            return told
    found = inside or same
    return max(found, key=lambda x: STATUS_RANK[x]) if found else None


def _role_held_for_a_span(sent: Sent, m: Match, roles: list[Match], missions: list[Match]) -> bool:
    """A role's verb in the past ("commanded", "a dirigé", "قادت"; not after a perfect: "has led … for a year" goes on),
    its span's preposition a few words after it and a unit of time right after that ("for a year", "pendant six mois",
    "لمدة عام"), mission ``m`` the one nearest the verb."""
    toks = sent.tokens
    units = {c.i for c in sent.cues.get("personnel:duration", [])}
    for c in roles:
        if c.i in sent.denied or c.i > 0 and any(p.j == c.i for p in sent.cues.get("status:role_perfect", [])):
            continue
        if min(missions, key=lambda e, c=c: min(abs(e.i - c.j), abs(c.i - e.j))).i != m.i:
            continue
        if any(words.holds(words.PERSON_TITLES, toks[k]) for k in range(max(0, c.i - ROLE_PERSON_BEFORE), c.i)):
            continue  # "au général Jean Dupont, qui a commandé la task force pendant un an": a person's tour
        for p in sent.cues.get("status:role_spans", []):
            if c.j <= p.i <= c.j + ROLE_SPAN_AFTER and any(p.j <= u <= p.j + SPAN_UNIT_AFTER for u in units) \
                    and not any(_gap(sent.text, toks[k - 1], toks[k], sent.start).strip(" ,") for k in range(c.j, p.i + 1)):
                return True
    return False


def _told_before(sent: Sent, m: Match, breaks: set[int], turn: int, actors: Actors, status: str) -> bool:
    """The actors' verb of ending (or planning: ``status``) governs the mission from before it,
    past commas but no clause: "La Belgique a mis fin en 2022 à la dernière rotation de ses F-16,
    déployés depuis 2014 dans le cadre de l'opération Inherent Resolve" — the "since" and
    "deployed" between tell of what it ended, not of now; "la Belgique renverra … quatre F-16,
    pour une rotation de six mois dans le cadre de …" — the rotation is the one to come."""
    mine = actors.at(m.i)
    toks = sent.tokens
    ongoing = [c.i for c in sent.cues.get("status:ongoing", [])]
    # what may stand between and tell only of the thing ended: its noun ("rotation"), a participle
    # of deploying ("déployés", "flown"), a "since" and its year
    describing = {k for cat in ("actor:act", "mission:military") for c in sent.cues.get(cat, []) for k in range(c.i, c.j)}
    describing |= {c.i for c in sent.cues.get("status:ongoing", []) if c.j < len(toks) and _YEAR.fullmatch(toks[c.j].key)}
    partial = {p.i for p in sent.cues.get("status:partial", [])}
    # the complement of a verb of saying ("rapporte que la Belgique renverra …") is the sentence's tale, no relative
    said = {c.j for c in sent.cues.get("actor:reporting", [])} & {c.i for c in sent.cues.get("actor:complement", [])}
    roles = _planned_roles(sent) if status == "planned" else set()
    for e in sent.cues.get(f"status:{status}", []):
        if e.j > m.i or e.i < turn or e.i in sent.denied or actors.at(e.i) != mine or _before_role(e, roles) \
                or any(e.j <= k <= e.j + PARTIAL_AFTER for k in partial):  # "retire une partie de ses soldats"
            continue
        if any(e.j <= b < m.i for b in breaks) or any(e.i > o for o in ongoing if o < m.i and o not in range(e.i, e.j)) \
                or any(e.j <= o < m.i and o not in describing for o in ongoing):
            continue  # "أعلنت ليتوانيا انتهاء مهمة مدربيها …، مع بقاء نحو 10 ضباط …": a part kept
        between = sent.text[sent.tokens[e.j - 1].end - sent.start : m.start - sent.start]
        if any(ch in between for ch in ";؛:.") or any(e.j <= c.i < m.i for c in sent.cues.get("actor:pronoun", [])) \
                or any(e.j <= c.i < m.i for c in sent.cues.get("status:current", [])):
            continue  # "withdrew its F-16s in 2022; it has served in NATO Mission Iraq since 2018", "… still keeps …"
        opened = [b for b in breaks if b < e.i and b not in said]
        if opened and not any(ch in sent.text[sent.tokens[max(opened)].end - sent.start : e.start - sent.start] for ch in ",،"):
            continue  # "Australia, which ended its air operations in 2017, …": the relative's end, not the mission's
        return True
    return False


LEFT_SUBJECT_WORDS = 3  # an Arabic subject's words between a verb of leaving and the mission ("القوات الهولندية")


def _left_right_before(sent: Sent, m: Match) -> bool:
    """"The last Dutch trainers leave Operation Inherent Resolve": a verb of leaving right
    before the mission (in Arabic its subject between: "تغادر القوات الهولندية عملية العزم
    الصلب"), not an end to come ("will leave", "plans to leave")."""
    cues = [c for c in sent.cues.get("status:left", []) if c.j <= m.i and c.i not in sent.denied]
    if not cues:
        return False
    toks = sent.tokens
    subject = {k for e in sent.ents if e.entry.kind in ("partner", "adjective") for k in range(e.i, e.j)}
    to_come = [c.j for cat in ("status:future", "status:planned") for c in sent.cues.get(cat, [])]

    def right_before(c: Match) -> bool:
        between = range(c.j, m.i)
        if all(toks[x].key in words.DETERMINERS for x in between):
            return True
        return bool(subject.intersection(between)) and len(between) <= LEFT_SUBJECT_WORDS and not toks[c.i].text.isascii()

    return any(right_before(c) and not any(c.i - LEFT_SUBJECT_WORDS <= k <= c.i for k in to_come) for c in cues)


def _trailing(sent: Sent, r: Match, m: Match, breaks: set[int]) -> bool:
    """A span of years after a comma that ends the sentence, the mission the last thing
    named before it in one clause: "… dans le cadre de la Task Force Narvik, de 2015 à 2019."."""
    rest = sent.text[sent.tokens[r.j - 1].end - sent.start:]
    before = sent.text[sent.tokens[r.i - 1].end - sent.start : sent.tokens[r.i].start - sent.start] if r.i else ""
    return (m.j <= r.i and not any(ch.isalnum() for ch in rest) and before.strip() in (",", "،")
            and _one_clause(sent, m.j, r.i - 1, breaks) and not any(e.i > m.i and e.j <= r.i for e in sent.ents))


UPDATED_AFTER = 6  # words after a strategy's name where its revision may follow


def revised_after(s: Sent, m: Match) -> bool:
    """A revision told right after a strategy's name, in a phrase of its own (", updated in
    2019", "published in 2020 and revised in 2023", ", mise à jour en 2021"), or of it later
    in the sentence ("and updated it in 2021"): the strategy's latest act, over the adoption
    before or after it."""
    names = [e.i for e in s.ents if e.entry.kind == "strategy" and e.i >= m.j]
    end = min([m.j + UPDATED_AFTER, *names])
    if s.text[m.end - s.start:].lstrip()[:1] in (",", "،") and any(
            m.j <= c.i < end and not words.REPLACES.match(c.entry.phrase) for c in s.cues.get("strel:updates", [])):
        return True
    # "… and updated it in 2021", "… puis l'a actualisée", "… وقامت بتحديثها": a revision of it,
    # before any other strategy is named
    return any(m.j <= c.i < min(names, default=len(s.tokens)) and c.i not in s.denied
               for c in s.cues.get("strategy:updated_it", []))


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year, in a word (fullmatch) or in a text
_DASH = re.compile(r"\s*[-‐‑–—]\s*")


def _aside(sent: Sent, r: Match) -> bool:
    """A span of years set off by commas in its clause ("qui, de 2014 à 2022, ont mené …", "flew,
    from 2014 to 2022, strike missions …"): it dates the sentence's one mission however far its
    clause's commas put it."""
    toks = sent.tokens
    if r.i == 0 or r.j >= len(toks):
        return False
    return _gap(sent.text, toks[r.i - 1], toks[r.i], sent.start).strip() in (",", "،") \
        and _gap(sent.text, toks[r.j - 1], toks[r.j], sent.start).strip() in (",", "،")


FRAMED_REACH = 2  # words from "dans le cadre de", "as part of" to the operation ("dans le cadre de l'opération …")


def _framed_after(sent: Sent, r: Match, m: Match) -> bool:
    """A span of years, a comma, then the operation the act was done within ("qui ont mené de 2016 à 2017, dans le
    cadre de l'opération Desert Falcon, des missions …", "flew from 2016 to 2017, as part of Operation Desert Falcon,
    strike missions …"): the span dates that operation, past the comma."""
    toks = sent.tokens
    if r.j >= len(toks) or _gap(sent.text, toks[r.j - 1], toks[r.j], sent.start).strip() not in (",", "،"):
        return False
    return any(c.i == r.j and 0 <= m.i - c.j <= FRAMED_REACH for c in sent.cues.get("actor:part_of", []))


WHERE_AFTER = 4  # words from a span of years to the comma and "where" of what happened there ("de 2016 à 2018 en Irak, où")


def _where_after(sent: Sent, r: Match, m: Match) -> bool:
    """A span of years, a place maybe, then a comma and "where", whose clause names the operation ("… engagés de 2016
    à 2018 en Irak, où ils ont appuyé les forces irakiennes contre Daech dans le cadre de l'opération Chammal", "deployed
    from 2016 to 2018 in Iraq, where they supported … under Operation Shader"): the span dates what was done there."""
    toks = sent.tokens
    k = next((x for x in range(r.j, min(len(toks), r.j + WHERE_AFTER)) if toks[x].text.lower() in words.WHERE
              and _gap(sent.text, toks[x - 1], toks[x], sent.start).strip() in (",", "،")), None)
    return k is not None and m.i > k and not any(ch in sent.text[toks[k].end - sent.start : m.start - sent.start] for ch in ";.") \
        and not any(e.entry.kind == "mission" and k < e.i < m.i for e in sent.ents)


def year_ranges(sent: Sent, lex: Lexicon) -> list[Match]:
    """Closed spans of years, "from 2018 to 2019", "de 2015 à 2020", "من عام 2018 إلى عام
    2019", "2015–2020": what they date has ended (``mission_status`` gives the end to the mission
    nearest the span). A year after its start word, then a joining word, then a later year
    (a year word may stand before each, as in Arabic)."""
    if len(_YEAR.findall(sent.text)) < 2:  # most sentences: told at once, in C
        return []
    toks, cues = sent.tokens, sent.cues
    years = [k for k, t in enumerate(toks) if t.text[:1].isdigit() and _YEAR.fullmatch(t.key)]
    if len(years) < 2:
        return []
    more_cues(sent, lex, "dates")
    starts = {c.j: c for c in cues.get("range:starts", [])}
    joins = {c.i: c.j for c in cues.get("range:joins", [])}
    fillers: dict[int, int] = {}
    for c in cues.get("range:fillers", []):  # the longest at each word ("كانون الثاني", not its "كانون")
        fillers[c.i] = max(fillers.get(c.i, c.j), c.j)

    def skip(k: int) -> int:
        return fillers.get(k, k)

    out = []
    for a in years:
        start = next((starts[k] for k in (a, a - 1, a - 2) if k in starts and skip(k) == a), None)  # (a month of two words)
        gap = sent.text[toks[a].end - sent.start:toks[a + 1].start - sent.start] if a + 1 < len(toks) else ""
        if a + 1 < len(toks) and _DASH.fullmatch(gap) and a + 1 in years:
            b, i = a + 1, a  # "2015–2020"
        elif start is not None and a + 1 in joins:
            b, i = skip(joins[a + 1]), start.i
        else:
            continue
        if b < len(toks) and b in years and int(toks[b].key) > int(toks[a].key) and not _post_years(sent, i, b + 1) \
                and not _persons_years(sent, i):
            out.append(Match(Entry("cue", "status:range", "", "range"), i, b + 1, toks[i].start, toks[b].end))
    return out


def _post_years(sent: Sent, i: int, j: int) -> bool:
    """A span of years opening its line before a colon or a dash, then a person's post ("2015-2016 :
    commandante du détachement air français …", "2020–2021: deputy chief of staff of …"): a CV's or
    a biography's line, whose years are the person's, not the partner's part's."""
    toks = sent.tokens
    if i > 0 or j >= len(toks) or not _LABEL_END.fullmatch(sent.text[toks[j - 1].end - sent.start:toks[j].start - sent.start]):
        return False
    return any(c.i == j for c in sent.cues.get("range:posts", []))


def _persons_years(sent: Sent, i: int) -> bool:
    """A span of years at token ``i`` in the clause of a person's relative after a name and its
    comma ("Air Marshal Sir John Hartley, who commanded the UK's air contribution to Operation
    Shader from 2016 to 2018"): the person's years in a post, not the partner's part's end."""
    toks = sent.tokens
    return any(c.i > 0 and c.j <= i and toks[c.i - 1].is_capitalised() and "," in _gap(sent.text, toks[c.i - 1], toks[c.i], sent.start)
               and not any(ch in sent.text[toks[c.j - 1].end - sent.start : toks[i].start - sent.start] for ch in ",;:")
               for c in sent.cues.get("range:persons", []))


_LABEL_END = re.compile(r"\s*[:：–—-]\s*")


UNTIL_REACH = 3  # words between "until" and its year: "until the end of 2025", "حتى نهاية عام 2025"


def until_years(sent: Sent) -> list[tuple[Match, int, int]]:
    """Each "until" of the sentence with the year it reaches and where ("until March 2022",
    "jusqu'en 2022", "حتى عام 2019"); an "until" without a year nearby ("until further
    notice", "jusqu'à 300 soldats") is none."""
    toks, out = sent.tokens, []
    for u in sent.cues.get("status:until", []):
        for k in range(u.j, min(len(toks), u.j + UNTIL_REACH + 1)):
            if not _one_clause(sent, k, k, set()):
                break
            if _YEAR.fullmatch(toks[k].key):
                out.append((u, int(toks[k].key), k))
                break
            if any(ch.isdigit() for ch in toks[k].key):
                break
    return out


def resolve_until(sents: list[Sent]) -> None:
    """An "until" with its year ends what its clause tells where the clause says nothing of
    now or later ("شاركت ... حتى عام 2019", "contributed ... until 2022", but "ستواصل ... حتى
    عام 2027"), and also, whatever its verb, where the year has passed by the document's own
    time, the latest year it names elsewhere ("deployed ... until 2022" in a text that
    speaks of 2024), unless the clause speaks of later or of now ("will extend ... until
    2025", "still ... until"). A role's end is not the participation's ("commanded NATO
    Mission Iraq ... until November 2020": status.until_roles)."""
    for s in sents:
        came, to_come = _until_events(s)
        if came:
            s.cues["status:until_event"] = came
        if to_come:  # no end yet: taken out of the sentence's ends
            s.cues["status:ended"] = [c for c in s.cues["status:ended"] if c not in to_come]
    found = [until_years(s) for s in sents]
    if not any(found):
        for s in sents:
            s.cues.pop("status:until", None)
        return
    reached = {(id(s), k) for s, us in zip(sents, found, strict=True) for _u, _y, k in us}
    others = [int(t.key) for s in sents for k, t in enumerate(s.tokens)
              if t.text[:1].isdigit() and _YEAR.fullmatch(t.key) and (id(s), k) not in reached]
    now = max(others, default=None)
    for s, us in zip(sents, found, strict=True):
        s.cues.pop("status:until", None)
        ended = [u for u, year, _k in us if _says_nothing_of_now(s, u, ("until_roles",)) and (
                 _says_nothing_of_now(s, u, ("ongoing", "planned", "future"))
                 or now is not None and year < now and _says_nothing_of_now(s, u, ("planned", "future", "current")))]
        if ended:
            s.cues["status:ended"] = sorted([*s.cues.get("status:ended", []), *ended], key=lambda c: c.i)


UNTIL_EVENT_REACH = 6  # words from "until" to the verb or noun of the end it dates to ("until the Finnish training contingent was withdrawn")


def _until_events(sent: Sent) -> tuple[list[Match], list[Match]]:
    """The ends an "until" dates what comes before it to, in the clause it opens: "…, where
    they trained Kurdish units until the contingent was withdrawn in 2022", "jusqu'au retrait
    du contingent en 2022". Such an end is the end of the part the sentence told before,
    past the commas between (``mission_status``), where the "until"'s clause tells nothing
    of later, and of now only if the end has its year. The others are an end to come, which
    ends nothing yet ("… continue to work until the mission is ended"): both returned."""
    ended = sent.cues.get("status:ended", [])
    if not ended:
        return [], []
    toks = sent.tokens

    def dated(c: Match) -> bool:  # "… was withdrawn in 2022": an end that has a year is one that came
        return any(_YEAR.fullmatch(toks[k].key) for k in range(c.j, min(len(toks), c.j + UNTIL_REACH + 1))
                   if _one_clause(sent, c.j, k, set()))

    came, to_come = [], []
    for u in sent.cues.get("status:until", []):
        for c in ended:
            if u.j <= c.i <= u.j + UNTIL_EVENT_REACH and c.i not in sent.denied and _one_clause(sent, u.j, c.i, set()):
                # not "will go on until it is ended", "continue to train until the mission is ended"
                if _says_nothing_of_now(sent, u, ("planned", "future")) \
                        and (dated(c) or _says_nothing_of_now(sent, u, ("ongoing",))):
                    came.append(c)
                else:
                    to_come.append(c)
    return came, to_come


def _says_nothing_of_now(sent: Sent, u: Match, kinds: tuple[str, ...]) -> bool:
    """No cue of these statuses in the clause of ``u``."""
    breaks = {c.i for c in sent.cues.get("clause_break", [])}
    now = [c for s in kinds for c in sent.cues.get(f"status:{s}", [])]
    return not any(c.j <= u.i and _one_clause(sent, c.j, u.i, breaks) or u.j <= c.i and _one_clause(sent, u.j, c.i, breaks)
                   for c in now)


def _opens(sent: Sent, r: Match) -> bool:
    """A cue at the sentence's start, or right after its speaker's label ("A: From 2015 to 2020 …") or a colon
    ("… l'opération Chammal : de 2016 à 2017, les canons …")."""
    if r.i == 0 or ":" in _gap(sent.text, sent.tokens[r.i - 1], sent.tokens[r.i], sent.start):
        return True
    label = _SPEAKER_LABEL.match(sent.text)
    return label is not None and sent.tokens[r.i].start - sent.start <= label.end()


def read_dates(sents: list[Sent], lex: Lexicon) -> None:
    """The cues of dates a document's sentences carry: closed spans of years ("status:range")
    and each "until" read by the document's own time (``resolve_until``)."""
    now = _document_now(sents)  # read once, for all: the document's own time
    for n, s in enumerate(sents):
        ranges = year_ranges(s, lex)
        if persons := [r for r in ranges if _persons_span(sents, n, r, lex)]:
            ranges = [r for r in ranges if r not in persons]
            # (its verbs in the present tell those years: "De 2015 à 2016, il commande le détachement belge de
            # l'opération Desert Falcon …" in a biography that goes on to 2023)
            if now is not None and all(int(s.tokens[r.j - 1].key) <= now for r in persons):
                s.cues["status:ongoing"] = []
        if ranges:
            s.cues["status:range"] = ranges
    resolve_until(sents)
    if now is not None:
        historical_present(sents, now)
        dated_participles(sents, now)
        dated_deployments(sents, now, lex.words.get("person", frozenset()))
    departures(sents)


TITLED_BACK = 2  # sentences back where the person a French "il", "elle" stands for may be named by a title


def _persons_span(sents: list[Sent], n: int, r: Match, lex: Lexicon) -> bool:
    """A span of years opening sentence ``n``, then a person's pronoun as its subject ("From 2017 to 2019, he led in
    Baghdad the Belgian instructors of Operation Valiant Phoenix", a speaker's introduction): the person's years in a
    post, no end of the partner's part. French "il", "elle" may stand for a state ("La France … De 2014 à 2016, elle a
    déployé …"): a person's only after a sentence naming one by a title and no partner ("Par le colonel e.r. Marc
    Dewinter.")."""
    s = sents[n]
    toks = s.tokens
    if r.j < len(toks) and _opens(s, r):
        p = r.j
    else:  # or the pronoun first, its verb, then the span: "Pilote de chasse, il a commandé de 2015 à 2016 le détachement"
        p = _fronted_subject(s, lex)
        if p is None or not p < r.i <= p + PERSON_SPAN_AFTER:
            return False
    if toks[p].key in lex.words.get("person", ()):
        return True
    if toks[p].key not in words.PERSON_PRONOUNS:
        return False
    for before in sents[max(0, n - TITLED_BACK):n][::-1]:
        if any(e.entry.kind in (*PARTNER_KINDS, "adjective") for e in before.ents):
            return False
        if any(t.key in words.PERSON_TITLES for t in before.tokens):
            return True
    return False


PERSON_SPAN_AFTER = 4  # words from a person's pronoun to the span of its post ("il a commandé de 2015 à 2016")
FRONTED_APPOSITION = 5  # words of an apposition before a sentence's subject ("A fighter pilot, he …", "Pilote de chasse, il …")


def _fronted_subject(s: Sent, lex: Lexicon) -> int | None:
    """The word that opens the sentence's subject: its first, or the first after an apposition fronted before a comma
    ("Pilote de chasse, il …") that names no entity."""
    toks = s.tokens
    if not toks:
        return None
    comma = next((k for k in range(1, min(len(toks), FRONTED_APPOSITION + 1))
                  if "," in _gap(s.text, toks[k - 1], toks[k], s.start)), None)
    if comma is not None and not any(e.i < comma for e in s.ents) \
            and (toks[comma].key in words.PERSON_PRONOUNS or toks[comma].key in lex.words.get("person", ())):
        return comma
    return 0


def _document_now(sents: list[Sent]) -> int | None:
    """The document's own time, the latest year it names; None where it names fewer than two years (no past to tell
    from its present)."""
    years = [int(t.key) for s in sents for t in s.tokens if t.text[:1].isdigit() and _YEAR.fullmatch(t.key)]
    return max(years) if len(set(years)) >= 2 else None


_PARTICIPLE_ENDS = ("ed", "é", "ée", "és", "ées")  # a past participle's, English or French ("Deployed", "déployé")
PARTICIPLE_YEAR = 6  # words from a sentence's opening participle to the past year that dates it ("Deployed to Iraq in 2017")


def dated_participles(sents: list[Sent], now: int) -> None:
    """A sentence that opens with a past participle and no subject, then a year before the document's own time
    ("Deployed to Iraq in 2017 on Operation Shader, where his troop … helped British instructors train Iraqi
    infantry", a player's profile; "Déployé au Levant en 2017 avec l'opération Chammal, il a formé …"): a line of a
    life told in the past, whose verbs in the present ("train") tell no part going on now; not where it says so
    ("still", "today"). ``now``: the document's own time (``_document_now``)."""
    for s in sents:
        toks = s.tokens
        if not s.cues.get("status:ongoing") or s.cues.get("status:current") or len(toks) < 2 \
                or not toks[0].text[:1].isupper() or not toks[0].text.lower().endswith(_PARTICIPLE_ENDS):
            continue
        if any(t.text[:1].isdigit() and _YEAR.fullmatch(t.key) and int(t.key) < now for t in toks[1 : PARTICIPLE_YEAR + 1]):
            s.cues["status:ongoing"] = []


DEPARTURE_WORDS = 6  # words from a verb of leaving to the purpose of leaving ("a quitté lundi le port de Zeebrugge pour")


def departures(sents: list[Sent]) -> None:
    """A verb of leaving whose object is a place, then the purpose of leaving it ("La frégate … a quitté Halifax
    aujourd'hui pour se joindre … à la Force opérationnelle combinée 150", "HMS Diamond left Portsmouth on Monday to
    join …"): a departure, which ends nothing."""
    for s in sents:
        ended, left = s.cues.get("status:ended"), s.cues.get("status:left")
        if not ended or not left:
            continue
        s.cues["status:ended"] = [c for c in ended if not _departure(s, c, left)]


def _departure(s: Sent, c: Match, left: list[Match]) -> bool:
    toks = s.tokens
    if not any(c.i <= lft.i < c.j for lft in left):
        return False
    purpose = next((k for k in range(c.j + 1, min(len(toks), c.j + 1 + DEPARTURE_WORDS)) if words.holds(words.DEPARTURE_PURPOSES, toks[k])),
                   None)
    if purpose is None:
        return False
    # the place left, named by no entity of the vocabulary's (a mission, the Coalition, a state: "a quitté l'Irak pour …"
    # ends a part), a port's or a city's proper name among the words ("a quitté lundi le port de Zeebrugge pour …")
    named = {k for e in s.ents for k in range(e.i, e.j)}
    return not named.intersection(range(c.j, purpose)) and any(toks[k].is_capitalised() for k in range(c.j, purpose))


DEPLOYED_YEAR = 3  # words from a participle of deploying to the past year that dates it ("deployed in 2019 to Baghdad")


def dated_deployments(sents: list[Sent], now: int, persons: frozenset[str] = frozenset()) -> None:
    """A participle of deploying dated by a past year right after it ("his brother Thomas, a corporal deployed in 2019 to
    Baghdad within Task Force Monsabert", "déployé en 2019 à Bagdad"): one person's deployment then, no part going on
    now; not "deployed since 2019". ``now``: the document's own time (``_document_now``); ``persons``: the pronouns that
    are a person's ("he", "she"), whose past deployment a year the sentence opens with dates too ("In the winter of
    2014–15 he deployed to Kuwait with Operation IMPACT", an obituary)."""
    for s in sents:
        if s.cues.get("status:ongoing"):
            s.cues["status:ongoing"] = [c for c in s.cues["status:ongoing"] if not _dated_deployment(s, c, now, persons)]


def _dated_deployment(s: Sent, c: Match, now: int, persons: frozenset[str] = frozenset()) -> bool:
    """Cue ``c`` a past participle that a year before ``now`` dates right after it (``dated_deployments``), or in the time
    its sentence opens with, the participle passive ("En 2017, il a été déployé six mois en Irak au sein de la Task Force
    Wagram")."""
    toks = s.tokens
    if not toks[c.j - 1].text.lower().endswith(_PARTICIPLE_ENDS):
        return False
    if c.i and (toks[c.i - 1].key in words.BEING_AUX or toks[c.i - 1].key in persons) \
            and (opened := _opening_year(s, c.i)) is not None:
        return opened < now  # a passive, or a person's (not "In October 2017, the EU deployed a mission", its own act)
    year = _year_among(toks, range(c.j, min(len(toks), c.j + DEPLOYED_YEAR)))
    return year is not None and year < now


OPENING_TIME = 4  # words of a time a sentence opens with, up to its year ("In March 2017", "Au printemps 2017")


def _opening_year(s: Sent, before: int) -> int | None:
    """The year of the time a sentence opens with, before word ``before`` ("In 2017 he …", "En mars 2017, …"); None
    where there is none or it runs to now ("Since 2017", "Depuis 2017")."""
    return _year_among(s.tokens, range(min(before, OPENING_TIME + 1)))


def _year_among(toks: list[Token], ks: range) -> int | None:
    """The first year among words ``ks``; None where there is none, or "since", "depuis" comes first (a time that runs
    to now)."""
    for k in ks:
        if toks[k].key in words.SINCE_OR_FROM:
            return None
        if toks[k].text[:1].isdigit() and _YEAR.fullmatch(toks[k].key):
            return int(toks[k].key)
    return None


def historical_present(sents: list[Sent], now: int) -> None:
    """A chronology's entry: a line headed by a year before the document's own time, the latest year it names, and a
    colon or a dash ("2016 : … le groupe aérien embarqué mène des frappes … dans le cadre de l'opération Chammal", in a
    frigate's history that goes on to 2021): its verbs in the present tell that year, no part going on now. Not a
    sentence that opens with a time ("In October 2017, the EU deployed …", "Since 2014, …"), nor a span of years.
    ``now``: the document's own time (``_document_now``)."""
    for s in sents:
        toks = s.tokens
        if not s.cues.get("status:ongoing") or len(toks) < 2 or not (toks[0].text[:1].isdigit() and _YEAR.fullmatch(toks[0].key)) \
                or int(toks[0].key) >= now or _YEAR.fullmatch(toks[1].key):
            continue
        if _gap(s.text, toks[0], toks[1], s.start).strip()[:1] in (":", "：", "-", "–", "—"):
            s.cues["status:ongoing"] = []




def status_after(s: Sent, text: str, previous: list[tuple[Fact, int]], statuses: list[str], actors: Actors, build: _Builder) -> None:
    """The part going on that a sentence naming no mission tells, of the one mission it can be about: the mission of
    the sentence before, in the same paragraph, where it speaks of the partner's people or contribution ("… sent a
    tanker and an imagery analysis team to Operation Inherent Resolve. Since 2020 the SAF has kept a smaller
    contribution of staff officers at the coalition's headquarters"); or the partner's one mission in the text so
    far, where the sentence names the partner itself as remaining engaged ("La France reste engagée au sein de la
    coalition : d'autres équipages ont déjà pris votre relève", after the squadron's part in Opération Chammal).
    Only a mission that has no status yet, by a word that says it goes on ("since", "still", "has kept", "reste"),
    not a verb in the present, which a lesson tells history in ("Des militaires français forment aussi …"), nor
    where the sentence tells an end or a plan."""
    if not statuses or "ended" in statuses or "planned" in statuses \
            or any(e.entry.kind in ("mission", "initiative", "strategy") for e in s.ents):
        return
    verbs = {c.i for c in s.cues.get("actor:verb", [])}
    ongoing = [c for c in s.cues.get("status:ongoing", []) if c.i not in verbs]
    if not ongoing:
        return
    if len(previous) == 1 and not _BLANK_LINE.search(text[previous[0][1]:s.start]) \
            and any(s.cues.get(cat) for cat in ("personnel", "mission:military")):
        candidates = [previous[0][0]]  # of its people or its contribution, not of anything else the partner does
    elif (any(e.entry.id == "global-coalition" for e in s.ents) or s.cues.get("personnel") or s.cues.get("mission:military")) \
            and not any(ms for cat, ms in s.cues.items() if cat.startswith("loe:") and cat != "loe:military"):
        # the partner named right before the cue, engaged in the Coalition or with its forces, nothing else told:
        # "La France reste engagée au sein de la coalition" (not "La France continuera de soutenir la stabilisation")
        named = {e.entry.id for e in s.ents if e.entry.kind in PARTNER_KINDS and any(e.j == c.i for c in ongoing)}
        candidates = [f for p in named if len(mine := [f for f in build.facts.values() if f.kind == "mission" and f.partner == p]) == 1
                      for f in mine]
    else:
        return
    for fact in candidates:
        if fact.kind != "mission" or "status" in fact.attrs:
            continue
        cue = next((c for c in ongoing if fact.partner in actors.at(c.i)), None)
        if cue is not None:
            build.add(fact.kind, fact.partner, fact.obj, s, s.tokens[cue.i].start, s.tokens[cue.j - 1].end, status="ongoing")


PART_NOUN_AFTER = 3  # words from an end's cue to the noun of the partner's own part ("ses opérations", "its air operations")


def own_part_ended(s: Sent, actors: Actors, build: _Builder) -> None:
    """"La Belgique a mis fin à ses opérations aériennes contre Daech en 2022", "Belgium ended its air operations against
    Daesh in 2022", "أنهت بلجيكا عملياتها الجوية": a partner that ends its own operations, contribution or part, in a
    sentence naming no mission, ends its part in the one mission the text has credited it with so far, where that has
    no status yet (``own_part_nouns``: the noun after its possessive; in Arabic the noun with its pronoun)."""
    ended = s.cues.get("status:ended")
    if not ended or any(e.entry.kind == "mission" for e in s.ents):
        return
    toks = s.tokens
    for c in ended:
        own = next((x for x in range(c.j, min(len(toks), c.j + PART_NOUN_AFTER + 1)) if toks[x].key in words.OWN_PART_NOUNS
                    and (toks[x - 1].key in words.POSSESSIVES or x - 1 >= c.j and toks[x - 2].key in words.POSSESSIVES
                         or toks[x].key.endswith(_PRONOUN_ENDS))), None)
        if own is None:
            continue
        for partner in actors.at(c.i):
            mine = [f for f in build.facts.values() if f.kind == "mission" and f.partner == partner]
            if len(mine) == 1 and "status" not in mine[0].attrs:
                build.add("mission", partner, mine[0].obj, s, toks[c.i].start, toks[own].end, status="ended")


_PRONOUN_ENDS = ("ها", "ه", "هم")  # an Arabic noun's "its", "his", "their"
