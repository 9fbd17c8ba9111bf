"""Numbers in digits or words, and which of them count a partner's own people."""

from __future__ import annotations

import re

from ..langs import Token
from ..vocab import Lexicon, Match
from . import words
from .sentence import PARTNER_KINDS, Sent, _gap, _one_clause, cell_separator, cues_at, more_cues

_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def parse_number(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """A count starting at token i, in digits or words: (value, index after it)."""
    if not lex.numbers.may_start(tokens[i]) and not any(ch.isdigit() for ch in tokens[i].key):
        return None  # no number's word, no digit: most words (every word of a sentence is tried)
    j = i
    while True:
        ms = [m for m in lex.numbers.matches_at(tokens, j) if m.entry.id == "approximate"]
        if not ms:
            break
        j = max(m.j for m in ms)
        if j >= len(tokens):
            return None
    if j >= len(tokens):
        return None
    if any(m.entry.id == "indefinite" and m.j == j for k in range(max(0, j - 3), j) for m in lex.numbers.matches_at(tokens, k)):
        return None  # "several hundred troops", "عدة مئات": no count
    tok = tokens[j]
    if any(m.entry.id == "vague" for m in lex.numbers.matches_at(tokens, j)) and not (
            j + 1 < len(tokens) and lex.numbers.matches_at(tokens, j + 1)):
        return None  # "thousands of troops", "آلاف الجنود": no count
    digits = re.sub(r"[ ,.\u00a0\u202f\u066c]", "", tok.key)  # the key of "1\u202f200" has a plain space
    if digits.isdigit():
        return int(digits), j + 1
    if lex.lang == "ar" and words.DEFINITE.match(tok.text):
        return None  # a number's word with the article is none of a count: "يوم الاثنين" (Monday), "الدول الثلاث"
    total = current = 0
    seen = False
    while j < len(tokens):
        ms = [m for m in lex.numbers.matches_at(tokens, j) if m.entry.id in ("units", "tens", "hundreds", "scales", "joiner")]
        if not ms:
            break
        m = max(ms, key=lambda m: m.j - m.i)
        kind, value = m.entry.id, m.entry.value
        if kind == "joiner":
            if not seen:
                break
            nxt = [x for x in lex.numbers.matches_at(tokens, m.j) if x.entry.id in ("units", "tens")]
            if not nxt:
                break
        elif kind in ("units", "tens"):
            current += value
        elif kind == "hundreds":
            current = (current or 1) * value if value == 100 else current + value
        else:
            total += (current or 1) * value
            current = 0
        seen = seen or kind != "joiner"
        j = m.j
    if not seen or _partitive(tokens, j, lex):
        return None
    return total + current, j


def _partitive(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """One among others after a count in words ("one of the largest contributors", "deux des
    principaux"): no headcount; but for our own people ("une cinquantaine des nôtres")."""
    ms = lex.numbers.matches_at(tokens, j) if j < len(tokens) else []
    return any(m.entry.id == "partitive" for m in ms) and not any(m.entry.id == "own_partitive" for m in ms)


_GROUPED = re.compile(r"\d[,.\s\u00a0\u202f\u066c]\d")


def _slashed(sent: Sent, i: int, j: int) -> bool:
    """A number with a slash and a number beside it ("2/4", "12/03"), or a slash right after
    it ("2/ Austrian experts …"): a post's place in a thread, a date or a fraction, no
    headcount ("2/4 Nos militaires de l'opération …")."""
    toks = sent.tokens

    def gap(a: int, b: int) -> str:
        return sent.text[toks[a].end - sent.start : toks[b].start - sent.start].strip()

    end = toks[j - 1].end - sent.start
    return (sent.text[end : end + 1] == "/"
            or j < len(toks) and gap(j - 1, j) == "/" and toks[j].key[:1].isdigit()
            or i > 0 and gap(i - 1, i) == "/" and toks[i - 1].key[:1].isdigit())


_MODEL_NUMBER = re.compile(r"^\d+[a-z]?s?$")  # "16", "35a", "16s"


def _model(sent: Sent, k: int) -> bool:
    """An aircraft's or a vehicle's model: capitals, a hyphen, a number ("F-16", "MQ-9", "C-130",
    "F-35A", "F-16s"); in Arabic its letters' names ("إف-16", "سي-130")."""
    toks = sent.tokens
    t = toks[k]
    # (the hyphen first: asked of every word of a subject's phrase, few are a model's letters)
    if k + 1 >= len(toks) or len(t.text) > 3 or sent.text[t.end - sent.start : toks[k + 1].start - sent.start] != "-":
        return False
    letters = t.is_upper() or not t.text.isascii() and t.text.isalpha()
    return letters and _MODEL_NUMBER.match(toks[k + 1].key) is not None


LOCAL_AFTER = 3  # words from a count to the place its people come from ("two soldiers from our town")
TOTAL_REACH = 6  # words from "bringing its" to the count, its noun between ("… contingent to nearly 1,900")


def _demonym(sent: Sent, m: Match) -> bool:
    """A partner's adjective written as the plural noun for its people ("Australians",
    "Danes", "Canadiens"): capitalised, one word, ending in s (a count before it counts them)."""
    text = sent.text[m.start - sent.start : m.end - sent.start]
    return m.entry.kind == "adjective" and m.j - m.i == 1 and text[:1].isupper() and text.endswith("s") \
        and not text.isupper()


MEMBERS_OF_REACH = 4  # words after "members of (the)" where the partner or its adjective stands ("… the Hungarian Defence Forces")


FROM_TO_REACH = 2  # words from "to" to the count it changes to ("à environ 600", "to about 600")


def changed_to(s: Sent, lex: Lexicon, first: int, i: int, loose: bool = False) -> bool:
    """The count at token ``first`` follows "from" and the one at ``i`` "to", an adverb of
    approximation between: a change of a headcount, whose second count is the latest, its noun
    said with the first ("ont été ramenés de 1 100 militaires en 2017 à environ 600 en 2019",
    "rose from 200 soldiers to 350", "من 200 جندي إلى 350"). ``loose``: an adverb between "from"
    and the first too ("from around 500 to up to 4,000")."""
    more_cues(s, lex, "dates")
    return any(first - (FROM_TO_REACH if loose else 0) <= c.j <= first for c in s.cues.get("range:starts", [])) \
        and any(first < c.i and i - FROM_TO_REACH <= c.j <= i for c in s.cues.get("range:joins", []))


FROM_NOUN_REACH = 6  # words from people's noun to the "from" of their count's change ("troops in NATO Mission Iraq from")


def _noun_before_from(s: Sent, lex: Lexicon, nouns: dict[int, int], i: int) -> bool:
    """The count at token ``i`` follows "from" (an adverb between), people's noun a few words
    before it and no count between: the first of a change whose second is their headcount
    ("increased its troops in NATO Mission Iraq from 280 to 650", "increasing the number of
    personnel from around 500 to up to 4,000", "رفعت عدد جنودها من 300 إلى 500")."""
    more_cues(s, lex, "dates")
    start = next((c for c in s.cues.get("range:starts", []) if i - FROM_TO_REACH <= c.j <= i), None)
    if start is None or any(c.j == i for c in s.cues.get("range:joins", [])):
        return False
    named = {k for e in s.ents for k in range(e.i + 1, e.j)}  # a name counts as one word
    return any(end <= start.i and len(set(range(end, start.i)) - named) <= FROM_NOUN_REACH
               and not any(parse_number(s.tokens, x, lex) for x in range(end, start.i)) for end in nouns.values())


def _item_number(sent: Sent, i: int, j: int, nouns: dict[int, int], ent_at: dict[int, Match]) -> bool:
    """A number that opens its line before a capitalised word that is no name and no noun of people ("9 Where New
    Zealand soldiers trained Iraqi troops …", a crossword's clue; "3. Training the police"): the item's number, no
    count (not "300 Australian soldiers", "150 Troops Head Home")."""
    toks = sent.tokens
    line = sent.text[: toks[i].start - sent.start]
    return j < len(toks) and not line[line.rfind("\n") + 1 :].strip() and toks[j].is_capitalised() \
        and j not in nouns and j not in ent_at


def personnel_counts(sent: Sent, lex: Lexicon, partner: str) -> list[tuple[int, int, int]]:
    """Counts of the partner's people in a sentence: (value, first token, last token)."""
    toks = sent.tokens
    # a noun that modifies another through a hyphen is no noun ("four troop-contributing countries")
    nouns = {m.i: m.j for m in sent.cues.get("personnel", [])
             if sent.text[toks[m.j - 1].end - sent.start:toks[m.j - 1].end - sent.start + 1] not in ("-", "‑")}
    # "350 CAF members", "200 ADF members": members of a force named by its acronym, before
    # or after them ("300 members of the CAF", "300 membres des FAC")
    for m in sent.cues.get("personnel:after_acronym", []):
        if m.i > 0 and toks[m.i - 1].is_upper() and len(toks[m.i - 1].text) >= 2:
            nouns.setdefault(m.i - 1, m.j)
        elif m.j + 1 < len(toks) and toks[m.j].key in words.OF:
            k = m.j + 1
            while k + 1 < len(toks) and toks[k].key in words.DETERMINERS:
                k += 1
            if toks[k].is_upper() and len(toks[k].text) >= 2 and toks[k].text[:1].isalpha():
                nouns.setdefault(m.i, k + 1)
            elif (owner := next((e for e in sent.ents if k <= e.i < k + MEMBERS_OF_REACH
                                 and e.entry.kind in ("partner", "adjective")), None)) is not None \
                    and not any(ch in sent.text[toks[k].start - sent.start : owner.start - sent.start] for ch in ",;:"):
                nouns.setdefault(m.i, m.j)  # "120 members of the Hungarian Defence Forces", "membres des forces armées belges"
    ellipsis = {m.i for m in sent.cues.get("personnel:ellipsis", [])}
    states = {m.i for m in sent.cues.get("actor:participants", [])}  # "nations", "pays", "دول"
    strong = {m.i for m in sent.cues.get("personnel:strong", [])}  # "then some 650 strong"
    more_cues(sent, lex, "personnel_ellipsis_in")
    ellipsis_in = {m.i for m in sent.cues.get("personnel:ellipsis_in", [])}
    ent_at = {m.i: m for m in sent.ents}
    # "trained more than 45,000 soldiers", "hosts thousands of troops": people it did
    # something to, not its own
    # (not "training" naming a mission: "the Alliance's training mission, with about 250 …",
    # "mission de formation de l'Alliance, avec …", "مهمة التدريب التابعة للحلف، بنحو …")
    heads = [(h.i, h.j) for h in sent.cues.get("mission:head", [])]
    not_own = {m.j for m in sent.cues.get("personnel:not", []) if not any(
        a <= m.i and m.j < b or m.i == b or m.i == b + 1 and toks[b].key in words.OF for a, b in heads)}
    # … but a host's guests that a partner's adjective names are that partner's own ("Al Asad hosts some 900 U.S. troops")
    hosting = {m.j for m in sent.cues.get("personnel:not", []) if toks[m.i].key in words.HOSTING}
    partners_at = {e.i for e in sent.ents if e.entry.kind in ("adjective", *PARTNER_KINDS)}
    # "toutes deux", "the two countries", "كلتاهما": the partners named before, not a count
    pairs = {k for m in sent.cues.get("actor:plural", []) for k in range(m.i, m.j)}
    going = {m.i for m in sent.cues.get("status:ongoing", [])}  # a count right before "remain", "serve"
    # "…, bringing its contingent to nearly 1,900", "portant son contingent à 1 900 hommes",
    # "ليصل عدد قواتها إلى 1900": the headcount, where the count before it is what was added
    totals = [m for m in sent.cues.get("personnel:total", [])
              if any(m.j <= x.i and x.j - m.j <= TOTAL_REACH for x in sent.cues.get("personnel:total_noun", []))]
    total_at: set[int] = set()
    sized = _sized(sent)
    column = {m.i for m in sent.cues.get("personnel:column", [])}  # a table's headcount cell (``read_tables``)
    # "Le sergent-chef Thomas, 34 ans, est instructeur …": an age or a duration, no count of people
    durations = {m.i for m in sent.cues.get("personnel:duration", [])}
    # a table row's cells (``read_tables``: cut at tabs): a count's noun is in its own cell ("2019 | Staff
    # officers … are assigned": a date, then the row's text)
    sep = cell_separator(sent.text)
    cells = {k for k in range(1, len(toks)) if sep in sent.text[toks[k - 1].end - sent.start:toks[k].start - sent.start]} \
        if sep else set()
    # a number written onto a mission's name, a space between: the name's ("« Desert Falcon 2 »", a sequel's)
    # (a name's own last word, capitalised: not an anaphor's "y maintient" before "une trentaine de militaires")
    named_on = {e.j for e in sent.ents if e.entry.kind == "mission" and e.j < len(toks) and toks[e.j - 1].is_capitalised()
                and not sent.text[toks[e.j - 1].end - sent.start:toks[e.j].start - sent.start].strip()}
    out = []
    changed: int | None = None  # a count after its noun and "from" (``_noun_before_from``), the change's first
    i = 0
    while i < len(toks):
        parsed = parse_number(toks, i, lex)
        if not parsed:
            i += 1
            continue
        value, j = parsed
        # a year is never written with a separator of thousands ("1,900", "1 900")
        year = _YEAR.match(str(value)) and not _GROUPED.search(sent.text[toks[i].start - sent.start:toks[j - 1].end - sent.start])
        guests = j in partners_at or j + 1 in partners_at  # "900 U.S. troops", "900 جندي أمريكي"
        if year and (j not in nouns or j in cells) or any(e in not_own and not (e in hosting and guests) for e in range(max(0, i - 3), i + 1)) \
                or _slashed(sent, i, j) \
                or i in pairs or i > 0 and _model(sent, i - 1) \
                or i in named_on and j not in nouns and i not in column \
                or _item_number(sent, i, j, nouns, ent_at):  # "a detachment of F-16": the model's number;
            # "« Desert Falcon 2 »" (not "… Operation Desert Falcon 120 soldiers"); "9 Where New Zealand soldiers …"
            i = j
            continue
        if j in durations or cues_at(sent, lex, "personnel_local", range(j, j + LOCAL_AFTER)):
            # "deux militaires du quartier qui servent … au sein de l'opération Chammal": a few people named by where they
            # come from, no headcount of the partner's part
            i = j
            continue
        if i in column or i in sized and _bare_count_ends(sent, lex, j) \
                or j in strong and any(m.j <= i or m.i == j + 1 for m in sent.cues.get("personnel:total_noun", [])):
            # "the Italian contingent …, then some 650 strong", "its 130-strong contingent": a force's size
            out.append((value, i, j - 1))
            i = j
            continue
        ok = False
        if any(0 <= i - m.j <= TOTAL_REACH for m in totals) and not any(
                parse_number(toks, x, lex) for m in totals if m.j <= i for x in range(m.j, i)):
            ok = True  # its noun before it ("bringing its contingent to 1,900")
            total_at.add(i)
        if j in ellipsis_in and any(n < i for n in nouns) and any(
                (e := ent_at.get(x)) is not None and e.entry.kind == "mission" for x in (j + 1, j + 2)):
            out.append((value, i, j))  # "80 soldiers in … and some 20 in NATO Mission Iraq": the noun said once
            i = j
            continue
        if out and changed_to(sent, lex, out[-1][1], i):
            out.append((value, i, j - 1))  # "ramenés de 1 100 militaires … à environ 600": the noun said with the first
            i = j
            continue
        if changed is not None and changed_to(sent, lex, changed, i, loose=True):
            out.append((value, i, j - 1))  # "its troops … from 280 to 650": the count it changed to
            changed = None
            i = j
            continue
        if _noun_before_from(sent, lex, nouns, i):
            changed = i  # "increased its troops in NATO Mission Iraq from 280 to 650": the first, before the change
            i = j
            continue
        own_first = j in ent_at and ent_at[j].entry.id == partner
        if own_first and _demonym(sent, ent_at[j]) and ent_at[j].j not in nouns:
            out.append((value, i, j))  # "some 110 Australians serve in …", "quelque 300 Canadiens": its people
            i = j
            continue
        if i in nouns and nouns[i] == j:  # an Arabic dual, its own noun: "أرسلت الدنمارك ضابطين …"
            out.append((value, i, j - 1))
            i = j
            continue
        k = j
        # "three hundred Australian and one hundred New Zealand personnel": the partner's
        # own adjective right after the count makes the noun further away still its own
        while k < len(toks) and k - j <= (8 if own_first else 4) and k not in cells:
            if k in nouns:
                ok = True
                break
            if k in states:
                break  # "the courses of six partner nations there, among them …": a count of states, not of people
            if k in ellipsis and nouns:
                ok = True
                break
            if k > j and parse_number(toks, k, lex) and not own_first:
                break
            e = ent_at.get(k)
            if e and e.entry.kind in ("partner", "adjective", "capital", "foreign") and e.entry.id != partner and not own_first:
                break
            k = e.j if e else k + 1
        if not ok and own_first and ent_at[j].entry.kind == "adjective" and any(
                n < i and (e := ent_at.get(end)) is not None and e.entry.kind == "adjective" for n, end in nouns.items()):
            # "300 militaires australiens et 100 néo-zélandais", "120 مدرباً هولندياً و80 بلجيكياً": the noun said
            # once, with the first count and its partner's adjective
            ok, k = True, ent_at[j].j - 1
        if not ok and any(n < i for n in nouns) and j in going:
            ok, k = True, j - 1  # "… some 1,400 personnel; today around 1,000 remain deployed": the noun said before
        after = ent_at.get(nouns.get(k, -1))  # "500 soldats allemands", "500 جندي ألماني": another's people
        if after is not None and after.entry.kind == "adjective" and after.entry.id != partner:
            ok = False
        if ok and (owner := _owner_after(sent, nouns.get(k, -1))) is not None and owner != partner:
            ok = False  # "a course for 60 members of the Jordanian Armed Forces", "لستين عنصراً من القوات المسلحة الأردنية"
        if ok and value > 0:
            out.append((value, i, k))
        i = j
    # the total first, then today's ("At its peak … some 1,400 personnel; today around 1,000
    # remain"): the first is the one credited
    return sorted(out, key=lambda c: (c[1] not in total_at, not cue_before(sent, "status:current", c[1])))


def _owner_after(sent: Sent, end: int) -> str | None:
    """The partner whose people a count's noun (ending at token ``end``) names after "of", "de", "من"
    ("60 members of the Jordanian Armed Forces"): the first partner or adjective a few words on, no
    comma between; None where none stands there."""
    toks = sent.tokens
    if not 0 < end < len(toks) or not any(c.i == end and c.j == end + 1 for c in sent.cues.get("actor:owner", [])):
        return None
    for e in sent.ents:
        if end < e.i <= end + MEMBERS_OF_REACH and e.entry.kind in ("partner", "adjective"):
            # from the noun on: "environ 600 militaires, des Rafale basés en Jordanie" names no owner of them
            between = sent.text[toks[end - 1].end - sent.start:e.start - sent.start]
            return None if any(ch in between for ch in ",;:،؛") else e.entry.id
    return None


def _sized(sent: Sent) -> set[int]:
    """Where a count may start right after a contingent's noun and "of" ("the Swedish
    contingent of 220", "un détachement d'environ 40"): the count is its size, no noun
    after it. One word may stand between ("of about 220")."""
    toks = sent.tokens
    adjective_end = {e.i: e.j for e in sent.ents if e.entry.kind == "adjective"}  # "le contingent belge de 250"
    out: set[int] = set()
    for m in sent.cues.get("personnel:total_noun", []):
        k = adjective_end.get(m.j, m.j)
        if k < len(toks) and toks[k].key in words.COUNT_OF:
            out.update((k + 1, k + 2))
    return out


def _bare_count_ends(sent: Sent, lex: Lexicon, j: int) -> bool:
    """A count with no noun ends its phrase at token ``j``: the sentence ends, a mark follows,
    or a verb, its auxiliary or a preposition ("of 220 was withdrawn", "of 220 joined", "of 220
    in MINUSMA"), not a noun of other things ("a presence of two ships")."""
    toks = sent.tokens
    if j >= len(toks) or _gap(sent.text, toks[j - 1], toks[j], sent.start).strip():
        return True
    return toks[j].key in lex.leading_drop or any(
        c.i == j for cat in ("actor:auxiliary", "actor:verb", "status:ongoing", "status:ended", "status:planned")
        for c in sent.cues.get(cat, []))


CUE_REACH = 6  # words from a cue to the count it tells of ("today around 1,000", "has since been cut to about 110")


def cue_before(sent: Sent, cat: str, i: int) -> bool:
    """A cue of ``cat`` shortly before the count at token ``i``, in its clause: a word of the
    present that dates it ("today", "حاليا"), a verb of reduction whose result it is ("cut to")."""
    return any(c.j <= i and i - c.j <= CUE_REACH and _one_clause(sent, c.j, i, set()) for c in sent.cues.get(cat, []))
