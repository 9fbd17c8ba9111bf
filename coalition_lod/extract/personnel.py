"""Headcounts credited to the missions of a sentence: each count to the nearest mission
of its actor, in the partners' order where a sentence says "respectively", or to the one
mission a sentence before spoke of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Document, Fact
from ..vocab import Entry, Lexicon, Match
from . import words
from .clauses import _BLANK_LINE, Actors
from .numbers import _GROUPED, _YEAR, changed_to, cue_before, parse_number, personnel_counts
from .sentence import ENTITY_KINDS, PARTNER_KINDS, Sent, _gap, _one_clause, add_ents, arabic_conj, cell_separator, more_cues

if TYPE_CHECKING:
    from .builder import _Builder



def read_tables(doc: Document, sents: list[Sent], lex: Lexicon) -> None:
    """What a table's columns say, by their headings. A headcount column: a cell that is a number alone, under a heading that
    names people ("Personnel", "Effectifs", "عدد الجنود"), is a headcount of its row's
    partner ("Denmark⇥NATO Mission Iraq⇥120"), as "120 personnel" would be; noted as a
    ``personnel:column`` cue on the number. A table is a run of rows (``ingest``: a row is
    a line, its cells apart by tabs) with nothing but blank space between; its first row
    is its heading. A row may have fewer cells than its heading: empty cells at its end
    leave no tab in the text ("Austria⇥Funding Facility for Stabilization").

    Under a line that names one mission and no partner ("NATO Mission Iraq: contributors"),
    a row that names none is that mission's ("Spain⇥300"): the mission stands at its count;
    so it is where the text before the table, since the last table, names that mission alone
    and no other (a page's title "Contributors to NATO Mission Iraq", its paragraph, "The
    table below lists …").

    A column of whom the row's actor met, under a heading that says so ("Meeting with",
    "Interlocuteurs", "لقاء مع"; a minister's diary): a partner named in it was met, no actor
    of its row (``table:met`` cues, where ``roles`` reads a partner as a place is read).

    A column of places, under a heading that says so ("Zone", "Location", "المنطقة"): a
    partner named in it is where its row's operation is ("Opération Desert Falcon⇥Jordanie⇥
    terminée"), not who takes part; dropped from its row's names, so the row is the actor's the
    text is about (a ministry's table of its own operations)."""
    header: list[bool] | None = None
    owner: str | None = None  # the partner whose contributions the table's title lists
    places: list[bool] = []  # which of the heading's cells head a column of places
    statuses: list[bool] = []  # which head a column of statuses ("Status", "Statut", "الحالة")
    counterparts: list[bool] = []  # which head a column of whom the row's actor met ("Meeting with", "Interlocuteur")
    heading: Match | None = None
    last_end = -1
    before: Sent | None = None  # the last line outside a table
    told: Match | None = None  # the mission the text before the table names alone last
    named: set[str] = set()  # the missions the text before the table names
    for s in sents:
        if cell_separator(s.text) is None:
            if header is not None:
                told, named = None, set()  # a new stretch of text after a table
            header = None
            before = s
            named |= {e.entry.id for e in s.ents if e.entry.kind == "mission"}
            if any(e.entry.kind in ("mission", *PARTNER_KINDS, "adjective") for e in s.ents):
                told = _heading_mission(s)
            continue
        cells = _cells(s)
        if header is None or doc.text[last_end:s.start].strip() or len(cells) > len(header):
            heads = {c.i for cat in ("personnel", "personnel:header") for c in s.cues.get(cat, [])}
            header = [any(k in heads for k in range(a, b)) for a, b in cells]
            more_cues(s, lex, "table_places")
            where = {c.i for c in s.cues.get("table:place", [])}
            places = [any(k in where for k in range(a, b)) for a, b in cells]
            more_cues(s, lex, "table_counterparts")
            met_at = {c.i for c in s.cues.get("table:counterpart", [])}
            counterparts = [any(k in met_at for k in range(a, b)) for a, b in cells]
            more_cues(s, lex, "table_statuses")
            told_at = {c.i for c in s.cues.get("table:status", [])}
            statuses = [any(k in told_at for k in range(a, b)) for a, b in cells]
            titled = before is not None and not doc.text[before.end:s.start].strip()
            heading = _heading_mission(before) if titled else None
            heading = heading or (told if len(named) == 1 else None)
            owner = _contributions_of(before) if titled else None
        else:
            for (a, b), people in zip(cells, header, strict=False):
                parsed = parse_number(s.tokens, a, lex) if people and b > a else None
                # (a zero is none deployed, no headcount: "Opération Desert Falcon⇥0⇥terminée")
                if parsed and parsed[1] == b and parsed[0] > 0 and not _YEAR.match(str(parsed[0])):
                    _headcount_at(s, a, b, lex)
                    if heading is not None and not any(e.entry.kind == "mission" for e in s.ents):
                        add_ents(s, [Match(heading.entry, a, b, s.tokens[a].start, s.tokens[b - 1].end)])
            told_cells = [(a, b) for (a, b), status in zip(cells, statuses, strict=False) if status and b > a]
            if heading is not None and told_cells and not any(e.entry.kind == "mission" for e in s.ents):
                # a row with a status and no mission, under a text that names the one its table is about ("… air
                # contributions to Operation Inherent Resolve" / "Belgium⇥F-16⇥Jordan⇥Ended 2022"): its part in that one
                a, b = told_cells[0]
                add_ents(s, [Match(heading.entry, a, b, s.tokens[a].start, s.tokens[b - 1].end)])
            if any(statuses):
                _statuses_in(s, [cell for cell, status in zip(cells, statuses, strict=False) if status], lex)
            for (a, b), met in zip(cells, counterparts, strict=False):
                if met and b > a:  # "Meeting with": whom the row's actor met, no actor of the row
                    s.cues["table:met"].append(Match(Entry("cue", "table:met", lex.lang, ""), a, b, s.tokens[a].start, s.tokens[b - 1].end))
            if spans := [(a, b) for (a, b), place in zip(cells, places, strict=False) if place]:
                s.ents = [e for e in s.ents if not (e.entry.kind in (*PARTNER_KINDS, "capital")
                                                    and any(a <= e.i and e.j <= b for a, b in spans))]
            if owner is not None:
                # under "Contributions de la Belgique …": the partners its rows name host, receive or
                # are where ("…;120 militaires;Jordanie"); the rows are the title's partner's
                s.ents = [e for e in s.ents if e.entry.kind not in (*PARTNER_KINDS, "adjective") or e.entry.id == owner]
        last_end = s.end
        before = None


def _statuses_in(s: Sent, cells: list[tuple[int, int]], lex: Lexicon) -> None:
    """A row's cells under a heading of statuses: the word a cell says one with ("active", "en cours", "جارية") is a
    status cue of its row's mission, as "is ongoing" would be ("Netherlands⇥Operation Inherent Resolve⇥2016⇥150⇥active");
    not where the cell says it with a status cue already ("ended")."""
    more_cues(s, lex, "table_status_words")
    for cat in [c for c in s.cues if c.startswith("tstatus:")]:
        status = "status:" + cat.split(":", 1)[1]
        said = s.cues.get(status, [])
        more = [Match(Entry("cue", status, lex.lang, c.entry.phrase), c.i, c.j, c.start, c.end) for c in s.cues[cat]
                if any(a <= c.i < b for a, b in cells) and not any(a <= x.i < b for a, b in cells for x in said)]
        if more:
            s.cues[status] = sorted([*said, *more], key=lambda c: c.i)


def _contributions_of(s: Sent) -> str | None:
    """The one partner a table's title names with a noun of its acts ("Contributions de la
    Belgique à la lutte contre Daech", "Denmark's contribution", "مساهمات دولة الكويت"): the
    table lists its acts. None where the title names no partner, or several ("Contributions to
    the FFS" lists its donors, each its row's actor)."""
    named = {e.entry.id for e in s.ents if e.entry.kind in (*PARTNER_KINDS, "adjective")}
    return next(iter(named)) if len(named) == 1 and s.cues.get("actor:act") else None


def _heading_mission(s: Sent) -> Match | None:
    """The one mission a line names, where it names no partner: a table's heading (a partner's adjective may qualify what
    the mission works with: "NATO Mission Iraq advises Iraqi security institutions at the request of the Iraqi
    government", the paragraph before the table)."""
    missions = [e for e in s.ents if e.entry.kind == "mission"]
    if len({e.entry.id for e in missions}) != 1 or any(e.entry.kind in PARTNER_KINDS for e in s.ents):
        return None
    return missions[0]


def label_headcounts(sents: list[Sent], lex: Lexicon) -> None:
    """A fact sheet's line "Personnel: about 1,100 (Operation Prima Parthica)", "Effectifs :
    environ 250", "عدد الجنود: نحو 500": a count right after a label that names people and
    its colon is a headcount, as the same count under a table's heading of people is
    (noted as a ``personnel:column`` cue on the number)."""
    for s in sents:
        toks = s.tokens
        label = max((c for cat in ("personnel", "personnel:header") for c in s.cues.get(cat, []) if c.i == 0),
                    key=lambda c: c.j, default=None)
        if label is None or label.j >= len(toks) or ":" not in s.text[toks[label.j - 1].end - s.start : toks[label.j].start - s.start]:
            continue
        parsed = parse_number(toks, label.j, lex)
        if parsed and not _YEAR.match(str(parsed[0])):
            _headcount_at(s, label.j, parsed[1], lex)


def _headcount_at(s: Sent, a: int, b: int, lex: Lexicon) -> None:
    """Tokens ``a`` to ``b`` of ``s`` are a headcount by where they stand (a table's cell, a
    label's value): a ``personnel:column`` cue, which ``personnel_counts`` reads as a count
    with its noun."""
    toks = s.tokens
    s.cues["personnel:column"].append(Match(Entry("cue", "personnel:column", lex.lang, s.text[
        toks[a].start - s.start : toks[b - 1].end - s.start]), a, b, toks[a].start, toks[b - 1].end))


def _cut_before(s: Sent, lex: Lexicon, i: int) -> bool:
    """A verb of reduction shortly before the count at token ``i``: the count is what a
    contingent was cut to, the latest."""
    more_cues(s, lex, "dates")
    return cue_before(s, "range:reductions", i)


def bracketed_counts(s: Sent, lex: Lexicon) -> dict[str, int]:
    """"Troop contributions to NATO Mission Iraq: Denmark (120), Norway (60) and Finland (40)",
    "الدنمارك (120)": a count in brackets right after a partner's name, in a sentence that counts
    people, is that partner's headcount (not a year: "Denmark (2014)")."""
    if not s.cues.get("personnel"):
        return {}
    toks = s.tokens
    nouns = {c.i: c.j for c in s.cues.get("personnel", [])}
    out: dict[str, int] = {}
    for e in s.ents:
        if e.entry.kind != "partner" or e.j >= len(toks) or _gap(s.text, toks[e.j - 1], toks[e.j], s.start).strip() != "(":
            continue
        parsed = parse_number(toks, e.j, lex)
        if not parsed or _YEAR.match(str(parsed[0])):
            continue
        value, j = parsed
        j = nouns.get(j, j)  # "Denmark (120 troops)"
        if s.text[toks[j - 1].end - s.start:].lstrip().startswith(")"):
            out.setdefault(e.entry.id, value)
    return out


def _status_at(s: Sent, i: int, statuses: list[str]) -> str | None:
    """The status a count at token ``i`` is told with, for a mission named before: the cue
    nearest before it in its clause ("Depuis, elle a retiré ses avions mais garde environ 150
    soldats": the count's "garde", not the "retiré" before "mais"), else the sentence's first."""
    breaks = {c.i for c in s.cues.get("clause_break", [])}
    before = [(c.j, status) for status in statuses for c in s.cues.get(f"status:{status}", [])
              if c.j <= i and _one_clause(s, c.j, i, breaks)]
    if before:
        return max(before)[1]
    return statuses[0] if statuses else None


def _cells(s: Sent) -> list[tuple[int, int]]:
    """A row's cells as runs of its tokens, cut at its tabs (or its semicolons: ``cell_separator``)."""
    sep = cell_separator(s.text)
    cuts = [s.start + k for k, ch in enumerate(s.text) if ch == sep]
    out, k = [], 0
    for end in [*cuts, s.end]:
        a = k
        while k < len(s.tokens) and s.tokens[k].start < end:
            k += 1
        out.append((a, k))
    return out


def _count_to_mission(sent: Sent, i: int, k: int, m: Match, breaks: set[int]) -> tuple[bool, int, bool]:
    """How far a count (tokens ``i`` to ``k``) stands from a mission: outside its clause
    (a comma, a clause break or a word joining two clauses between) first, then the words
    between, then whether the mission comes first ("… في عملية العزم الصلب ونحو 20 في بعثة
    الناتو": the count's own "و" joins it, and the mission after it is as near). "… in
    Operation Inherent Resolve, and contributes about 200 personnel to NATO Mission Iraq":
    the 200 are NATO Mission Iraq's."""
    if m.j < i and any(c.i == m.j for c in sent.cues.get("actor:subject_relative", [])) \
            and _one_clause(sent, m.j + 1, i, breaks - {m.j}):
        return False, 0, True  # "L'opération, qui compte encore 150 militaires, …": its relative's count
    if m.j <= i:  # the mission before the count
        lo, hi = m.j, i
    elif m.i > k:  # after it
        lo, hi = k + 1, m.i
    else:
        return False, 0, False
    # "… Resolve et fournit 200 militaires à …"; not the "et" of a list of places ("servent en Irak et au Koweït
    # dans le cadre de …"), which joins two names, no clauses
    ends = {e.j for e in sent.ents}
    starts = {e.i for e in sent.ents}
    joined = any(lo <= c.i < hi and not (c.i in ends and (c.j in starts or c.j + 1 in starts))
                 for c in sent.cues.get("coordinator", []))
    return joined or not _one_clause(sent, lo, hi, breaks), hi - lo, m.j <= i


def _named_people(sent: Sent, partner: str, i: int, k: int) -> bool:
    """The count from token ``i`` to its people's noun at ``k`` is of the partner's own people, its name or adjective
    between or right after ("Al Asad hosts some 900 U.S. troops who advise …", "900 militaires américains qui …"): its,
    where it acts elsewhere in the sentence (a relative about them)."""
    return any(e.entry.id == partner and e.entry.kind in (*PARTNER_KINDS, "adjective") and i < e.i <= k + 1 for e in sent.ents)


def _own_people_before(sent: Sent, k: int, m: Match, breaks: set[int]) -> bool:
    """The mission after a count (ending at token ``k``) outside its clause, and its own
    clause names people of its own before it, with no count ("…, and Hungarian officers work
    in NATO Mission Iraq"): those are the mission's, the count before is others'."""
    if m.i <= k:
        return False
    return any(k < c.i < m.i and _one_clause(sent, c.j, m.i, breaks) and not _one_clause(sent, k + 1, c.i, breaks)
               for c in sent.cues.get("personnel", []))


def _respectively(s: Sent, lex: Lexicon, missions: list[tuple[Match, Fact]]) -> bool:
    """"Belgium and the Netherlands contribute 120 and 150 soldiers respectively to …",
    "respectivement", "على التوالي": as many counts as partners, in their order. Whether the
    sentence was read so."""
    if not s.cues.get("respectively") or not s.cues.get("personnel"):
        return False
    credited = {f.partner for _, f in missions}
    order = list(dict.fromkeys(m.entry.id for m in s.ents if m.entry.kind in (*PARTNER_KINDS, "adjective")
                               and m.entry.id in credited))
    values, i = [], 0
    while i < len(s.tokens):
        parsed = parse_number(s.tokens, i, lex)
        if parsed and not _YEAR.match(str(parsed[0])):
            values.append(parsed[0])
        i = parsed[1] if parsed else i + 1
    if len(order) < 2 or len(values) != len(order):
        return False
    for partner, value in zip(order, values, strict=True):
        for _m, fact in missions:
            if fact.partner == partner and "personnel" not in fact.attrs:
                fact.attrs["personnel"] = value
    return True


APPOSITION_WORDS = 6  # words of an apposition before the mission it names


def _coordinated(s: Sent, m: Match, missions: list[Match]) -> bool:
    """Another of the partner's missions joined to ``m`` by "and" ("as part of NATO Mission Iraq and Operation Inherent
    Resolve", "… et de l'opération …", "… وعملية …"): a count before them is of both together, no headcount of either."""
    toks = s.tokens
    for x in missions:
        if x.entry.id == m.entry.id:
            continue
        a, b = (m, x) if m.j <= x.i else (x, m)
        between = range(a.j, b.i)
        if all(toks[k].key in words.AND or toks[k].key in words.DETERMINERS or toks[k].key in words.OF for k in between) \
                and (any(toks[k].key in words.AND for k in between) or arabic_conj(toks[b.i])):
            return True
    return False


def _apposed(s: Sent, a: Match, b: Match) -> bool:
    """Mission ``b`` stands in apposition to mission ``a``: a comma after ``a``, a few words,
    ``b``, then a comma or the sentence's end."""
    before = s.text[a.end - s.start : b.start - s.start]
    after = s.text[b.end - s.start :].lstrip()
    return (before.lstrip().startswith(",") and before.count(",") == 1 and not any(ch in before for ch in ";:")
            and b.i - a.j <= APPOSITION_WORDS and after[:1] in (",", "،"))


Unplaced = tuple[str, int, Sent, int, int]  # a count no mission took: partner, value, its sentence and tokens


def _gapped(s: Sent, lex: Lexicon, actors: Actors, missions: list[tuple[Match, Fact]], build: _Builder) -> None:
    """A clause that "while" opens, whose partner names a count and nothing else ("Finland
    has 80 soldiers in NATO Mission Iraq, while Sweden has around 70", "tandis que la Suède en
    compte environ 70", "بينما لدى السويد نحو 70"): its verb, noun and mission are the clause
    before's, said once; the partner takes part in that one mission with its own count."""
    counted = [(m, f) for m, f in missions if "personnel" in f.attrs]
    if len(counted) != 1:
        return
    starts = {c.j for c in s.cues.get("actor:clause_start", [])}
    m, fact = counted[0]
    segs = actors.segments
    for n, seg in enumerate(segs):
        if not seg.group or seg.agent or len(seg.actors) != 1 or seg.actors[0] == fact.partner or seg.start <= m.i:
            continue
        # "…, while Sweden has around 70"; or no verb at all after a comma: "…, Norway about 60",
        # "…, la Norvège une soixantaine", "…، والنرويج نحو 60"
        verbless = seg.start > 0 and any(c in _gap(s.text, s.tokens[seg.start - 1], s.tokens[seg.start], s.start) for c in ",،") \
            and (count := parse_number(s.tokens, seg.group[-1].j, lex)) is not None and count[1] == len(s.tokens)
        if not (verbless or any(seg.start <= k <= seg.group[0].i for k in starts)):
            continue
        end = segs[n + 1].start if n + 1 < len(segs) else len(s.tokens)
        if any(seg.start <= e.i < end for e in s.ents if e.entry.kind in ENTITY_KINDS):
            continue  # a mission of its own: no gap to fill
        k = seg.group[-1].j
        while k < end and not (parsed := parse_number(s.tokens, k, lex)):
            k += 1
        # the count ends the clause, or its people's noun right after it does ("while Portugal
        # contributes some 30 trainers"); not "while Sweden has around 70 trainers there", nor
        # people the clause names elsewhere
        if k >= end or parsed is None:
            continue
        nouns = [c for c in s.cues.get("personnel", []) if seg.start <= c.i < end]
        of = parsed[1] < end and s.tokens[parsed[1]].key in words.COUNT_OF  # "une trentaine de formateurs"
        bare = parsed[1] == end and not nouns
        with_noun = not verbless and len(nouns) == 1 and nouns[0].i == parsed[1] + of and nouns[0].j == end
        if not (bare or with_noun):
            continue
        if bare and _YEAR.match(str(parsed[0])) and not _GROUPED.search(s.text[s.tokens[k].start - s.start:s.tokens[parsed[1] - 1].end - s.start]):
            continue  # "فيما تتولى إيطاليا قيادتها منذ عام 2022": a year, no count (as ``personnel_counts`` reads one)
        partner, a, b = seg.actors[0], s.tokens[k].start, s.tokens[end - 1].end
        build.add("mission", partner, fact.obj, s, a, b, personnel=parsed[0], status=fact.attrs.get("status"))
        if ("line_of_effort", fact.partner, "military") in build.facts:
            build.add("line_of_effort", partner, "military", s, a, b)


def _whole_before(s: Sent, doc: Document, previous: list[tuple[Fact, int]], partner: str, here: set) -> Fact | None:
    """The one mission of ``partner`` the sentence before named, in the same paragraph, not one this sentence names: what a
    total whose part serves in another is the headcount of; None where there is none or more than one."""
    mine = [(f, e) for f, e in previous if f.partner == partner and f.obj.key not in here]
    if len(mine) != 1 or _BLANK_LINE.search(doc.text[mine[0][1] : s.start]):
        return None
    return mine[0][0]


def credit_personnel(s: Sent, lex: Lexicon, actors: Actors, missions: list[tuple[Match, Fact]], previous: list[tuple[Fact, int]],
                     doc: Document, build: _Builder, statuses: list[str], current: bool,
                     unplaced: list[Unplaced]) -> list[Unplaced]:
    """Headcounts: each count in a sentence goes to the nearest mission of the same actor;
    a sentence naming no mission may go on about the one mission of the sentence before
    it in the same paragraph ("... porte le nom d'opération Chammal. Quelque six cents
    militaires y sont aujourd'hui déployés"), or in the paragraph before where the
    sentence names that actor again ("Ottawa will keep about 300 soldiers"); and a sentence
    that names one mission of a partner and its people without a count may go on about the
    count the sentence before gave no mission ("Up to 200 Hungarian troops serve in Erbil.
    Hungary's contingent is part of Operation Inherent Resolve"). Returns this sentence's
    counts that no mission took, for the next."""
    if missions and _respectively(s, lex, missions):
        return []
    if len(previous) > 1 and (any(c.i == 0 for c in s.cues.get("actor:pronoun", []))
                              or any(t.key in words.THERE for t in s.tokens[1:])):
        # "L'opération Chammal constitue le volet français de l'opération Inherent Resolve.
        # Elle mobilise environ 600 militaires", "… 600 militaires y sont engagés": the pronoun
        # is the subject before, named first
        previous = previous[:1]
    if len(previous) > 1:
        # "continued Operation IMPACT, Canada's contribution to the Coalition and to NATO Mission
        # Iraq. About 300 CAF members were deployed …": the one national operation among them holds them all
        national = [(f, e) for f, e in previous if (k := build.vocab.known.get(("mission", f.obj.key))) is not None
                    and k.nation == f.partner]
        if len(national) == 1 and len({f.partner for f, _ in previous}) == 1:
            previous = national
    if missions:
        breaks = {c.i for c in s.cues.get("clause_break", [])}
        for partner in {f.partner for _, f in missions}:
            mine = [(m, f) for m, f in missions if f.partner == partner]
            # "l'opération Chammal, volet français de l'opération Inherent Resolve, mobilise 600
            # militaires": the mission in apposition describes the one before it, the subject
            mine = [x for n, x in enumerate(mine) if not (n and _apposed(s, mine[n - 1][0], x[0]))] or mine
            since = (s.relatives or {}).get(partner, len(s.tokens))  # a relative clause's subject, where it is named
            acting = any(partner in seg.actors for seg in actors.segments)
            counts = [c for c in personnel_counts(s, lex, partner) if partner in actors.at(c[1])
                      or since < c[1] and _one_clause(s, since, c[1], breaks) or acting and _named_people(s, partner, c[1], c[2])]
            # the missions this sentence gave a count from outside their clause, not one of today's,
            # with where that count stands
            apart: dict[int, int] = {}
            taken: dict[int, int] = {}  # where the count this sentence gave each mission stands
            for value, i, k in counts:
                m, fact = min(mine, key=lambda x, i=i, k=k: _count_to_mission(s, i, k, x[0], breaks))
                if m.i > k and _coordinated(s, m, [x for x, _f in mine]):
                    continue  # "120 Dutch personnel … as part of NATO Mission Iraq and Operation Inherent Resolve": both's, neither's
                if m.i > k and any(k < c.i < m.i for c in s.cues.get("personnel:part", [])):
                    # "about 300 … to the Middle East, including personnel serving with NATO Mission Iraq": a total; the
                    # one mission of the sentence before, in its paragraph, holds it ("Operation OKRA is Australia's
                    # contribution … It sustains around 110 ADF personnel, most of them assigned to …")
                    whole = _whole_before(s, doc, previous, partner, {f.obj.key for _m, f in mine})
                    if whole is not None and "personnel" not in whole.attrs:
                        build.add(whole.kind, partner, whole.obj, s, s.tokens[i].start, s.tokens[k].end, personnel=value,
                                  status=_status_at(s, i, statuses))
                    continue
                outside = _count_to_mission(s, i, k, m, breaks)[0] and not cue_before(s, "status:current", i)
                if outside and _own_people_before(s, k, m, breaks):
                    continue  # "about 130 Hungarian soldiers serve in the Kurdistan Region, …, and Hungarian officers work in NMI"
                # a count a contingent was cut to, after the one given before ("The contingent has
                # since been cut to about 110 personnel"); one in the mission's own clause, after one
                # from another before it ("will withdraw 400 soldiers from Iraq, but keep 100 trainers
                # in …"; not "sent 300 more to MINUSMA, bringing its contingent to 1,250")
                if "personnel" not in fact.attrs or m.entry.kind == "mission" and fact.evidence[0].start < s.start \
                        and _cut_before(s, lex, i) or apart.get(id(fact), i) < i and not outside \
                        or id(fact) in taken and changed_to(s, lex, taken[id(fact)], i):
                    fact.attrs["personnel"] = value
                    taken[id(fact)] = i
                    if outside:
                        apart[id(fact)] = i
            told = [u for u in unplaced if u[0] == partner]
            # "Une quarantaine de militaires … ont quitté le quartier mercredi. Pendant quatre mois, ils
            # formeront … dans le cadre de l'opération Chammal": people no partner was named for, the
            # next sentence's subject pronoun and its one mission
            told = told or [u for u in unplaced if u[0] == "" and any(c.i < 4 for c in s.cues.get("actor:pronoun", []))]
            if not counts and len(mine) == 1 and len(told) == 1 and (s.cues.get("personnel") or s.cues.get("personnel:total_noun")
                                                                      or told[0][0] == "") \
                    and not _BLANK_LINE.search(doc.text[told[0][2].end : s.start]):
                _p, value, before, i, k = told[0]
                fact = mine[0][1]
                if "personnel" not in fact.attrs:
                    build.add(fact.kind, partner, fact.obj, before, before.tokens[i].start, before.tokens[k].end,
                              personnel=value)
        _gapped(s, lex, actors, missions, build)
        return []
    if len(previous) == 1 and not any(e.entry.kind in ENTITY_KINDS for e in s.ents) and (
            not _BLANK_LINE.search(doc.text[previous[0][1] : s.start])
            or any(previous[0][0].partner in seg.actors for seg in actors.named())
            or any(e.entry.id == previous[0][0].partner and e.entry.kind in (*PARTNER_KINDS, "adjective") for e in s.ents)):
        # across a paragraph only where the sentence names the same actor again ("Ottawa will keep about 300 soldiers";
        # "The incoming contingent, of 120 members of the Hungarian Defence Forces, will continue …")
        fact, _ = previous[0]
        counts = [c for c in personnel_counts(s, lex, fact.partner) if fact.partner in actors.at(c[1])]
        if counts and ("personnel" not in fact.attrs or _cut_before(s, lex, counts[0][1])):
            value, i, k = counts[0]
            # "Depuis, le dispositif a été réduit à environ 600 militaires": the count it was cut to
            fact.attrs.pop("personnel", None)
            build.add(fact.kind, fact.partner, fact.obj, s, s.tokens[i].start, s.tokens[k].end,
                      personnel=value, status=_status_at(s, i, statuses))
            if current:
                build.current.add(fact.key())
        return []
    if not s.cues.get("personnel") or any(e.entry.kind in ENTITY_KINDS for e in s.ents):
        return []
    out: list[Unplaced] = []
    # the partners named as the clause's subject, or named in it where the clause is theirs ("The
    # strength of the Finnish contingent is around 80 soldiers": the adjective after "of")
    own_named = {e.entry.id for e in s.ents if e.entry.kind in (*PARTNER_KINDS, "adjective")}
    for seg in actors.segments:
        for partner in seg.actors if seg.group else [p for p in seg.actors if p in own_named]:
            counts = [c for c in personnel_counts(s, lex, partner) if partner in actors.at(c[1])]
            if not counts:
                continue
            value, i, k = counts[0]
            own = [f for f in build.facts.values() if f.kind == "mission" and f.partner == partner]
            if len(own) == 1 and "personnel" not in own[0].attrs:
                # "Niger's defence ministry said 1,200 of its soldiers were involved": an actor named
                # here with one mission in the whole text so far; "Around 1,000 British personnel
                # remain deployed": what the sentence says of them, the mission's
                build.add("mission", partner, own[0].obj, s, s.tokens[i].start, s.tokens[k].end, personnel=value,
                          status=_status_at(s, i, statuses))
                if current:
                    build.current.add(own[0].key())
            elif not own:
                out.append((partner, value, s, i, k))
    if not actors.named() and not any(seg.actors for seg in actors.segments) and (counts := personnel_counts(s, lex, "")):
        value, i, k = counts[0]
        out.append(("", value, s, i, k))  # people of no partner named: the next sentence's, if it names their mission
    return out
