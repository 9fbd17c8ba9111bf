"""Names the vocabulary does not know: missions, strategies and initiatives found by how
they are written — capitalised runs ("Operation Shader", "Building Resilience Against
Terrorism"), French and Arabic head-first names ("la stratégie nationale de lutte contre
…", "عملية …"), titles in apposition to a generic head ("its strategy, Building …", "خطة
بعنوان «…»") and an acronym in brackets after a name. A name needs a head word of its kind
(``strategy:head``, ``mission:head``, ``initiative:head`` in the language files).
"""

from __future__ import annotations

import re
from functools import cache

from ..langs import Token, phrase_key
from ..vocab import Entry, Lexicon, Match
from . import words
from .clauses import _in_quotes
from .sentence import _CLOSE_QUOTES, _OPEN_QUOTES, POSSESSIVE_ENDS, QUOTE_PAIRS, Sent, _gap, slugify


def _pattern_names(sent: Sent, lex: Lexicon, known: list[Match]) -> list[tuple[Match, list[str]]]:
    """Names of missions, strategies and initiatives that the vocabulary lacks."""
    toks = sent.tokens
    if _shouted(sent, lex):
        return []  # "AGENDA PRÉVISIONNEL DE LA MINISTRE …": in capitals every word looks like a name's
    idioms = {k for m in sent.cues.get("name:not", []) for k in range(m.i, m.j)}
    heads: dict[int, str] = {}
    for cat in ("strategy:head", "initiative:head", "mission:head"):
        for m in sent.cues.get(cat, []):
            for k in range(m.i, m.j):
                if k not in idioms:
                    heads.setdefault(k, cat.split(":")[0])
    quoted = {m.i for m in sent.cues.get("mission:quoted_head", [])} - set(heads)
    if not heads and not quoted:
        return []  # every name found below needs a head word of its kind, or an apposition to one
    blockers = {k for m in sent.cues.get("initiative:not", []) for k in range(m.i, m.j)}
    scopes = {k for c in ("scope:national", "scope:regional", "scope:international") for m in sent.cues.get(c, [])
              for k in range(m.i, m.j)}
    places = {k for m in sent.cues.get("scope:regional", []) if m.j - m.i > 1 and lex.lang != "ar" for k in range(m.i, m.j)}
    covered = {k for m in known if m.entry.kind not in ("partner", "adjective", "capital", "foreign") for k in range(m.i, m.j)}
    runs = _capitalised_runs(sent, lex) if lex.lang != "ar" else []
    # "The ADF's Air Task Group", "the Bundeswehr's Counter Daesh Task Force": a name starts
    # after an owner that is no partner's name (a partner's own, "Australia's Counter-Terrorism
    # Strategy", keeps it: its name is the partner's), or after a partner's before a mission's head ("Denmark's Special
    # Operations Task Group": the partner's part, not its name)
    partners = {m.i for m in known if m.entry.kind in ("partner", "adjective")}
    runs = [(next((k + 1 for k in range(j - 2, i - 1, -1) if toks[k].text.endswith(POSSESSIVE_ENDS)
                   and (k not in partners or any(heads.get(x) == "mission" for x in range(k + 1, j)))), i), j)
            for i, j in runs]
    if lex.lang == "en":
        runs = _lower_head_after(sent, runs, heads, known)
    if lex.lang == "fr":
        runs = [(_fr_name_start(sent, lex, i, j, heads), j) for i, j in runs]
    if lex.lang in ("fr", "ar"):
        owners = {m.i: m.j for m in known if m.entry.kind == "partner"}
        runs += _head_first_runs(sent, lex, heads, owners, known)
    if lex.lang == "ar":
        runs += _quoted_from_head(sent, heads)
    if lex.lang == "fr":
        runs = [(i, _fr_mission_end(sent, lex, i, j, heads, owners)) for i, j in runs]
    named_after = _named_after_head(sent, lex, {**heads, **dict.fromkeys(quoted, "mission")}, runs, quoted)
    if lex.lang == "fr":  # "la mission EUCAP Sahel Niger de l'Union européenne": the name ends before its owner
        named_after = [(i, _fr_mission_end(sent, lex, i, j, heads, owners)) for i, j in named_after]
    heads.update((i, "mission") for i, _j in named_after if i in quoted)
    runs += named_after
    appositions = _appositions(sent, lex, heads, covered)
    runs += list(appositions)
    out = []
    used: set[int] = set()
    # a partner's institution the vocabulary names in full ("the Kuwait Fund for Arab Economic Development"): its seat
    seats = {(m.i, m.j) for m in known if m.entry.kind == "capital"}
    for i, j in sorted(runs, key=lambda r: (r[0], -r[1])):
        if any(k in used for k in range(i, j)) or (i, j) in seats:
            continue
        kinds = [heads[k] for k in range(i, j) if k in heads]
        if not kinds and (i, j) in appositions:
            kinds = [appositions[(i, j)]]
        if not kinds:
            continue
        kind = kinds[0]
        if kind == "mission":
            j = _before_foe(sent, i, j)
        if lex.lang == "en" and kind == "initiative" and [k for k in range(i, j) if k in heads] == [i] and j - i > 1 \
                and toks[i].is_capitalised() and toks[i + 1].key not in lex.connectors:
            continue  # "CLUB NEWS", "Forum Speakers": an English name ends on its head or goes on with "of", "for"
        body_at = next((m for m in known if i < m.i < j and m.entry.kind == "body"), None)
        if body_at is not None and not any(k in covered for k in range(i, body_at.i)):
            # "Groupe de concentration sur l'Afrique de la Coalition mondiale": the name ends
            # before the body it belongs to
            j = body_at.i
            while j > i + 1 and toks[j - 1].key in lex.connectors | lex.leading_drop:
                j -= 1
        if any(k in covered for k in range(i, j)):
            # A longer name around a known one ("Policy Framework and National Action
            # Plan ...") is that entity, named in full.
            inner = [m for m in known if i <= m.i and m.j <= j and m.entry.kind == kind]
            outside = [k for k in range(i, j) if k in heads and not any(m.i <= k < m.j for m in inner)]
            spill = [k for k in range(i, j) if k in covered and not any(m.i <= k < m.j for m in inner)]
            if len(inner) == 1 and outside and not spill:
                surface = sent.text[toks[i].start - sent.start : toks[j - 1].end - sent.start]
                used.update(range(i, j))
                out.append((Match(inner[0].entry, i, j, toks[i].start, toks[j - 1].end), _acronym_after(sent, j)))
            continue
        if kind == "initiative" and (any(k in blockers for k in range(i, j)) or not _topical(sent, known)):
            continue
        if kind == "initiative" and any(toks[k].key in words.OWN_FUND_HEADS for k in range(i, j) if k in heads) \
                and _states_own(sent, i, known):
            continue  # "through its Conflict, Stability and Security Fund": a state's own fund or programme, no initiative
        if kind == "strategy" and j - 1 in blockers:
            continue  # a body's name that ends with its noun: "the Strategy and Security Institute"
        if any(i <= m.i and m.j < j and m.entry.kind in ("partner", "capital") and toks[m.j].key in words.AND_SIGN for m in known):
            continue  # a headline in title case ("United States and Iraq Hold Joint … Dialogue"), not "Australia's … Strategy"
        if any(i < m.i and m.j <= j and m.entry.kind in ("partner", "capital") and any(toks[k].key in words.BETWEEN for k in range(i, m.i))
               for m in known):
            continue  # "المبادرة المشتركة بين الإمارات والولايات المتحدة", "the joint initiative between …": its parties, no name
        if kind == "mission" and (not sent.has("mission:military") or sent.has("mission:not")):
            continue
        if all(k in heads or toks[k].text.replace(".", "").isdigit() for k in range(i, j)):
            continue  # "3.1 Strategy": a section's number and its heading, no name
        if j - i < 2 and kind != "mission" and (i, j) not in appositions \
                or all(k in heads or k in scopes for k in range(i, j)) and not any(k in places for k in range(i, j)):
            # "- Mission: Operation …", "une nouvelle stratégie nationale": a head word alone names
            # nothing; "its Middle East Strategy" does (a region's name of two words or more)
            continue
        owner = next((m for m in known if m.j == j and m.entry.kind == "partner" and m.i > i + 2), None) if kind == "mission" else None
        if owner is not None and toks[owner.i - 1].key in words.OF and toks[owner.i - 2].is_capitalised() and owner.i - 2 not in heads:
            j = owner.i - 1  # "la mission Aigle de l'OTAN": the name ends with its proper word, before its owner
        # "l'opération « Aube des jurds »": the name without the article elided onto its head, nor quotation marks
        surface = _QUOTES_IN_NAME.sub(" ", _ELIDED_ARTICLE.sub("", _surface(sent, i, j, kind)))
        surface = " ".join(surface.split())
        if lex.lang == "ar":
            surface = _ar_definite_start(_ar_bare_head(sent, i, kind, surface))
        aliases = _acronym_after(sent, j)
        used.update(range(i, j))
        spelled = next((m for m in known if aliases and m.i == j and m.j == j + 1 and m.entry.kind == kind), None)
        if spelled is not None:
            # "Fonds mondial pour l'engagement et la résilience communautaires (GCERF)": a
            # wording the vocabulary lacks, of the entity its acronym names
            out.append((Match(spelled.entry, i, j, toks[i].start, toks[j - 1].end), aliases))
            continue
        entry = Entry(kind, "new:" + slugify(surface), lex.lang, surface)
        out.append((Match(entry, i, j, toks[i].start, toks[j - 1].end), aliases))
    return _known_as(sent, out)


def _known_as(sent: Sent, names: list[tuple[Match, list[str]]]) -> list[tuple[Match, list[str]]]:
    """A name right after another of the same kind and "better known as", "plus connu sous le nom de", "المعروفة باسم"
    ("le Plan d'action Radicalisme, plus connu sous le nom de Plan R") is the first one's other name: one entity, the
    second an alias of the first."""
    joins = sent.cues.get("name:known_as", [])
    if not joins or len(names) < 2:
        return names
    out: list[tuple[Match, list[str]]] = []
    for m, aliases in sorted(names, key=lambda x: x[0].i):
        if out and out[-1][0].entry.kind == m.entry.kind and any(c.i == out[-1][0].j and c.j == m.i for c in joins):
            first, kept = out[-1]
            out[-1] = (first, [*kept, m.entry.phrase, *aliases])
            continue
        out.append((m, aliases))
    return out


OWN_NAME_BACK = 4  # a name's capitalised words and commas before its run, back to its owner ("Conflict, Stability and …")


def _states_own(sent: Sent, i: int, known: list[Match]) -> bool:
    """A new name at word ``i`` after a partner's possessive, past the name's own capitalised words before it ("the
    United Kingdom's Conflict, Stability and Security Fund"), or after "its", "son" whose owner, the nearest name before,
    is a partner ("the United Kingdom through its …"; not "the Coalition and its …", a body's)."""
    toks = sent.tokens
    k = i - 1
    while k >= 0 and i - 1 - k < OWN_NAME_BACK and toks[k].is_capitalised() and not any(m.i <= k < m.j for m in known):
        k -= 1
    if k < 0:
        return False
    owner = next((m for m in known if m.j == k + 1), None)
    if owner is not None and toks[k].text.endswith(POSSESSIVE_ENDS):
        return owner.entry.kind in ("partner", "capital")
    before = [m for m in known if m.j <= k and m.entry.kind in ("partner", "adjective", "capital", "body")]
    return toks[k].key in words.POSSESSIVES and bool(before) and before[-1].entry.kind != "body"


def _topical(sent: Sent, known: list[Match]) -> bool:
    """A new initiative is named where the sentence touches the fight against Daesh: a word of it or of a line of effort,
    or a partner named ("The bells were recast with a grant from the National Lottery Heritage Fund", in a parish's order
    of service, names no initiative). Read only where an initiative's name is met."""
    return any(cat == "topic" or cat.startswith(("loe:", "loeweak:")) for cat, ms in sent.cues.items() if ms) \
        or any(m.entry.kind in ("partner", "adjective", "capital", "body") for m in known)


_ELIDED_ARTICLE = re.compile(r"^(?:l|d|qu)['’]", re.I)
_QUOTES_IN_NAME = re.compile(r"[«»“”„\"]")
QUOTED_NAME = 8  # words at most of a name in quotes after its head ("l'opération « Aube des jurds »")


def _fr_name_start(sent: Sent, lex: Lexicon, i: int, j: int, heads: dict[int, str]) -> int:
    """A French name starts with its head: "les canons CAESAR de la Task Force Wagram" name the task force, the
    capitalised words before "de la" are the thing it has."""
    head = next((h for h in range(i, j) if h in heads), i)
    return head if any(sent.tokens[k].key in lex.connectors for k in range(i, head)) else i


QUOTED_NAME_WORDS = 10  # words at most of a name in quotation marks that opens with its head


def _quoted_from_head(sent: Sent, heads: dict[int, str]) -> list[tuple[int, int]]:
    """An Arabic name in quotation marks that opens with an initiative's or a mission's head noun («حوار الدوحة حول منع
    التطرف العنيف»): the whole quotation, as capitals bound a Latin name (Arabic has none to end it)."""
    toks, out = sent.tokens, []
    for a, b in _in_quotes(sent):
        inside = [k for k, t in enumerate(toks) if a < t.start and t.end <= b]
        if inside and heads.get(inside[0]) in ("initiative", "mission") and len(inside) <= QUOTED_NAME_WORDS \
                and not (inside[0] > 0 and words.TITLED.intersection((*toks[inside[0] - 1].keys, toks[inside[0] - 1].text))):
            out.append((inside[0], inside[-1] + 1))  # (not a course's or a book's title: "بعنوان «الإطار القانوني …»")
    return out


def _before_foe(sent: Sent, i: int, j: int) -> int:
    """A mission's name ends before what it fights: "Operation Shujaa against the ADF", "l'opération Shujaa contre Daech"
    name Operation Shujaa (a head and one word of a name at least before it)."""
    toks = sent.tokens
    return next((k for k in range(i + 2, j) if toks[k].key in words.AGAINST and not toks[k].is_capitalised()), j)


def _surface(sent: Sent, i: int, j: int, kind: str) -> str:
    """A name's words as written, but for an adjective of a mission's head in lower case between the head and the
    name ("l'opération conjointe Shujaa" names "opération Shujaa")."""
    toks = sent.tokens
    text = sent.text[toks[i].start - sent.start : toks[j - 1].end - sent.start]
    if kind == "mission" and j - i > 2 and any(m.i == i + 1 for m in sent.cues.get("mission:head_adjective", [])) \
            and not toks[i].is_capitalised() and not toks[i + 1].is_capitalised():
        text = sent.text[toks[i].start - sent.start : toks[i].end - sent.start] + " " + \
            sent.text[toks[i + 2].start - sent.start : toks[j - 1].end - sent.start]
    return text


def _fr_mission_end(sent: Sent, lex: Lexicon, i: int, j: int, heads: dict[int, str], owners: dict[int, int]) -> int:
    """A French mission's name ends at a linking word before Daesh or a partner, after its proper word: "la Task
    Force Ardenne contre Daech en Irak" is the task force, what it fights and where follow its name."""
    toks = sent.tokens
    if not any(heads.get(h) == "mission" for h in range(i, j)):
        return j
    named = set(owners) | {m.i for m in sent.cues.get("topic", [])}
    for k in range(i + 2, j - 1):
        if toks[k].key in lex.connectors and k + 1 in named and toks[k - 1].is_capitalised() and k - 1 not in heads \
                and any(heads.get(h) == "mission" for h in range(i, k - 1)):
            return k
    return j


def _named_after_head(sent: Sent, lex: Lexicon, heads: dict[int, str], runs: list[tuple[int, int]],
                      quoted: set[int] = frozenset()) -> list[tuple[int, int]]:
    """A mission's head word in lower case, then its name: in quotes ("l'opération « Aube des
    jurds »", 'operation "Dawn of the Jurds"', 'عملية "فجر الجرود"'), or a capitalised run
    right after it ("l'opération Aube des Jurds") or after one adjective of the head's ("l'opération
    conjointe Shujaa", the name without it: ``_surface``): head and name, one name. The heads of
    ``quoted`` (a plural: "عمليات «إرادة النصر»") name one only before quotation marks."""
    toks, out = sent.tokens, []
    starts = dict(runs)
    adjectives = {m.i for m in sent.cues.get("mission:head_adjective", [])}
    for k, kind in heads.items():
        if kind != "mission" or k + 1 >= len(toks) or heads.get(k + 1) == kind:
            continue
        first = k  # the head's first word ("plan d'action")
        while heads.get(first - 1) == kind:
            first -= 1
        if toks[first].is_capitalised():
            continue
        gap = _gap(sent.text, toks[k], toks[k + 1], sent.start).strip()
        if gap in QUOTE_PAIRS:  # the name runs to the quotation mark that closes it
            close = QUOTE_PAIRS[gap]
            end = next((x for x in range(k + 2, min(len(toks), k + 2 + QUOTED_NAME))
                        if _gap(sent.text, toks[x - 1], toks[x], sent.start).strip().startswith(close)), None)
            if end is None and sent.text[toks[-1].end - sent.start:].strip().startswith(close) and len(toks) <= k + 1 + QUOTED_NAME:
                end = len(toks)
            if end is not None and (toks[k + 1].is_capitalised() or not toks[k + 1].text[:1].isascii()):
                out.append((first, end))  # (Arabic has no capitals: the quotation marks make it a name)
        elif not gap and (k + 1 in starts or k + 1 in adjectives and k + 2 in starts
                          and not _gap(sent.text, toks[k + 1], toks[k + 2], sent.start).strip()) and k not in quoted:
            end = starts[k + 1] if k + 1 in starts else starts[k + 2]  # ("l'opération conjointe Shujaa")
            # "Aube des Jurds": a connector between capitalised words stays in the name
            while end + 1 < len(toks) and toks[end].key in lex.connectors and end + 1 in starts and toks[end + 1].text[:1].isalpha() \
                    and not _gap(sent.text, toks[end - 1], toks[end], sent.start).strip() \
                    and not _gap(sent.text, toks[end], toks[end + 1], sent.start).strip():
                end = starts[end + 1]
            out.append((first, end))
    return out


LOWER_HEAD_RUN = 3  # words at most of a name before a strategy's head in lower case


def _lower_head_after(sent: Sent, runs: list[tuple[int, int]], heads: dict[int, str],
                      known: list[Match]) -> list[tuple[int, int]]:
    """"its updated CONTEST strategy", "the Prevent strategy": a short capitalised name right
    before a strategy's head in lower case names that strategy with it. Not a partner's or the
    Coalition's name ("the US strategy", "the Coalition strategy"), nor a sentence's first word
    capitalised as such ("Counter-terrorism strategy …")."""
    toks = sent.tokens
    named = {k for m in known for k in range(m.i, m.j)}
    out = []
    for i, j in runs:
        if j < len(toks) and heads.get(j) == "strategy" and not toks[j].is_capitalised() and j - i <= LOWER_HEAD_RUN \
                and _gap(sent.text, toks[j - 1], toks[j], sent.start) == " " and named.isdisjoint(range(i, j)) \
                and (i > 0 or toks[i].is_upper()):
            j += 1
        out.append((i, j))
    return out


SHOUTED_FROM = 3  # words in capitals from which a line is written all in capitals


def _shouted(sent: Sent, lex: Lexicon) -> bool:
    """A line written all in capitals (a title, a banner): where a name ends cannot be told."""
    if lex.lang == "ar":
        return False
    words_ = [t.text for t in sent.tokens if any(c.isalpha() for c in t.text)]
    return len(words_) >= SHOUTED_FROM and all(w.isupper() for w in words_)


def _capitalised_runs(sent: Sent, lex: Lexicon) -> list[tuple[int, int]]:
    toks = sent.tokens
    runs = []
    i = 0
    while i < len(toks):
        if not toks[i].is_capitalised():
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            gap = _gap(sent.text, toks[j - 1], toks[j], sent.start)
            if gap.strip() not in ("", "-", "–", "/", "'", "’") or "\n" in gap or "\t" in gap:
                break  # a name ends with its line, or its table cell
            if gap.strip() in ("-", "–") and gap != gap.strip():
                break  # "Institut français d'Irak – Agenda culturel": a title's parts, no name across the dash
            if _amount(toks, j):
                break  # "… to the Facility to USD 25 million": a sum, no word of a name
            if toks[j].text[:1].isdigit() and toks[j - 1].key in lex.connectors:
                break  # "… Northern Shield to 800", "… of 2019": a count or a year, no word of the name ("Task Force 55" is)
            if toks[j].is_capitalised():
                j += 1
                continue
            if toks[j].key in lex.connectors:
                if toks[j].key in lex.leading_drop and toks[j - 1].key not in lex.connectors and \
                        toks[j].key not in words.NAME_JOINERS:
                    break
                j += 1
                continue
            # a lower-case word after a hyphen belongs to the word before (Haram-affected)
            if gap == "-":
                j += 1
                continue
            break
        while j > i and toks[j - 1].key in lex.connectors:
            j -= 1
        while i < j and toks[i].key in lex.leading_drop:
            i += 1
        if j - i >= 1:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


@cache
def _currencies() -> frozenset[str]:
    """ISO 4217's codes (Babel's list)."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _amount(toks: list[Token], k: int) -> bool:
    """Token ``k`` is a currency's code before a number ("USD 25", "EUR 10"); "CVE summit" is no sum."""
    return toks[k].text in _currencies() and k + 1 < len(toks) and toks[k + 1].text[:1].isdigit()


_AR_DEFINITE = ("ال", "وال", "بال", "فال", "كال", "لل", "ولل")


def _ar_bare_head(sent: Sent, i: int, kind: str, surface: str) -> str:
    """A name whose indefinite head has a preposition or a conjunction written onto it:
    "لعملية «فجر الجرود»" (of the operation "Fajr al-Joroud") names "عملية فجر الجرود". The
    head's letters are those of the head noun the cue matched, the ones before it the clitic's."""
    tok = sent.tokens[i]
    for m in sent.cues.get(f"{kind}:head", []):
        if m.i == i:
            head = phrase_key(m.entry.phrase.split()[0], "ar")
            clitics = tok.text[: len(tok.text) - len(head)]
            # "لل", "ولل": a preposition written onto the article, whose name keeps it (``_ar_definite_start``)
            if head in tok.keys[1:] and clitics and set(clitics) <= set("وفبلك") and not clitics.endswith("لل"):
                first, _, rest = surface.partition(" ")
                if first == tok.text:
                    bare = tok.text[len(clitics):]
                    return f"{bare} {rest}" if rest else bare
    return surface


def _ar_definite_start(surface: str) -> str:
    """A name's first word without the conjunction and preposition written onto its article:
    "تنفيذاً للاستراتيجية الوطنية لتعزيز الوسطية" names "الاستراتيجية الوطنية …" (li + al- is
    written "لل"), "وبالخطة الوطنية" names "الخطة الوطنية"; an indefinite head keeps its letters
    ("بعثة" is no "ب" + "عثة")."""
    first, _, rest = surface.partition(" ")
    for conj in ("و", "ف", ""):
        if not first.startswith(conj):
            continue
        word = first[len(conj):]
        if word.startswith("لل") and len(word) > 4:
            bare = "ال" + word[2:]
        elif word[:1] in ("ب", "ك", "ل") and word[1:3] == "ال" and len(word) > 4:
            bare = word[1:]
        elif conj and word.startswith("ال"):
            bare = word
        else:
            continue
        return f"{bare} {rest}" if rest else bare
    return surface


def _head_first_runs(sent: Sent, lex: Lexicon, heads: dict[int, str], owners: dict[int, int],
                     known: list[Match] = ()) -> list[tuple[int, int]]:
    """French and Arabic names start with their head noun and run to a clause break; a
    strategy named by its owner and region, its head in lower case, ends with the region
    ("la stratégie du Canada au Moyen-Orient, renouvelée …", "استراتيجية كندا في الشرق الأوسط")."""
    toks = sent.tokens
    stops = set()
    for cat, ms in sent.cues.items():
        if cat.startswith(("strel:", "status:", "resrel:")) or cat in ("clause_break", "actor:agent"):  # "… بمبادرة من المغرب"
            for m in ms:
                stops.add(m.i)
    withs = {m.i for c in ("coop:governor", "coop:strong") for m in sent.cues.get(c, [])}
    # the words that open an act ("forment", "déploie", "finance"): after a proper word, a name's end
    acting = {m.i for cat, ms in sent.cues.items() if cat in ("actor:verb", "coop:cue", "actor:recipient") or cat.startswith("loe:")
              for m in ms} if lex.lang == "fr" else set()
    runs = []
    adjectives = {k for e in known if e.entry.kind == "adjective" for k in range(e.i, e.j)}  # the partners' (``known``)
    # an Arabic name's scope is its adjective, never a word of a partner's name ("العربية" of "المملكة العربية السعودية")
    named_partners = {k for e in known if e.entry.kind == "partner" and lex.lang == "ar" for k in range(e.i, e.j)}
    for i, kind in sorted(heads.items()):
        if i > 0 and heads.get(i - 1) == kind:
            continue
        tok = toks[i]
        scoped = any(m.i in (i + 1, i + 2) and m.i not in named_partners
                     for c in ("scope:national", "scope:regional", "scope:international") for m in sent.cues.get(c, []))
        region_end = _owner_region_end(sent, lex, i, owners) if kind == "strategy" else None
        if region_end is not None and not tok.is_capitalised():
            runs.append((i, region_end))
            continue
        if lex.lang == "fr" and not (tok.is_capitalised() or scoped):
            continue
        if lex.lang == "ar" and not scoped:
            continue
        if lex.lang == "ar" and kind == "initiative" and not any(
                m.i in (i + 1, i + 2) and toks[m.i].text.startswith(_AR_DEFINITE)
                for c in ("scope:national", "scope:regional", "scope:international") for m in sent.cues.get(c, [])):
            continue  # "مبادرة مشتركة لتدريب الأئمة" (a joint initiative to train imams) describes; a name's adjective is definite
        j = i + 1
        while j < len(toks) and j - i < 18:
            gap = _gap(sent.text, toks[j - 1], toks[j], sent.start)
            if any(c in gap for c in ",;:.()«»،؛\"\t") or j in stops or toks[j].key.isdigit() or toks[j].key in lex.months:
                break
            if lex.lang == "fr" and toks[j].text.lower() in words.AUXILIARIES:
                break  # "Le Groupe … contre Daech s'est réuni à Rome": the name ends at its verb
            if lex.lang == "fr" and (j in acting or kind == "mission" and toks[j].key not in lex.connectors) \
                    and not toks[j].is_capitalised() and toks[j - 1].is_capitalised() and j - 1 != i and j - 1 not in heads:
                # "la Task Force Monsabert forment aujourd'hui …": a verb after the name's last proper word; an
                # operation's name ends there whatever follows ("la Task Force Wagram appuient l'offensive …")
                break
            if lex.lang == "fr" and kind == "mission" and j - 1 in heads and j - 1 > i and not toks[j].is_capitalised() \
                    and toks[j].key not in lex.connectors and not toks[j].key[:1].isdigit():
                break  # "des anciens de la Task Force pendant leur mission": a head of two words, then no name
            if j in withs:
                if j - i <= 2:
                    j = i  # "المبادرة المشتركة مع الولايات المتحدة": an initiative described by its peer, not named
                break  # "خطة وطنية لمنع التطرف العنيف بالتعاون مع …": the name ends before its partner
            j += 1
        while j > i + 1 and toks[j - 1].key in lex.connectors:
            j -= 1
        if j < len(toks) and toks[j].key[:1].isdigit():
            # "… contre l'extrémisme et le terrorisme pour la période 2025-2029": the words that open the dates belong
            # to them, not to the name
            k = j
            while k > i + 1 and (toks[k - 1].key in lex.connectors or toks[k - 1].key in words.DETERMINERS
                                 or words.holds(words.PERIOD_NOUNS, toks[k - 1])):
                k -= 1
            if any(words.holds(words.PERIOD_NOUNS, t) for t in toks[k:j]):
                j = k
        if lex.lang == "fr" and kind == "mission":
            # a linking word and only lower-case words after the name's last proper word are the sentence's, no name's:
            # "a quitté la Task Force Monsabert à l'été 2020", "… au printemps", "… à la fin de l'année"
            proper = [k for k in range(i + 1, j) if k not in heads and (toks[k].is_capitalised() or toks[k].key[:1].isdigit())]
            if proper and proper[-1] + 1 < j and toks[proper[-1] + 1].key in lex.connectors:
                j = proper[-1] + 1
        if lex.lang == "fr" and kind == "initiative" and not scoped and not any(t.is_capitalised() for t in toks[i + 1 : min(j, i + 8)]):
            continue  # a French initiative's name has a proper word of its own: "Conférence publique : « … »" names none
        if lex.lang == "fr" and kind == "mission" and not scoped \
                and not any(toks[k].is_capitalised() or toks[k].key[:1].isdigit() for k in range(i + 1, j) if k not in heads):
            continue  # … and a mission's, beyond its head: "la Task Force pendant l'écriture" names none
        if lex.lang == "ar" and kind == "mission" and all(
                k in adjectives or any(m.i <= k < m.j for c in ("scope:national", "scope:regional", "scope:international")
                                       for m in sent.cues.get(c, [])) for k in range(i + 1, j)):
            continue  # "البعثة المشتركة الإستونية والتشيكية": a mission described by its partners' adjectives, no name
        if j - i >= 2:
            runs.append((i, j))
    return runs


OWNER_TO_REGION = 2  # words between a strategy's owner and its region ("du Canada pour le Sahel")


def _owner_region_end(sent: Sent, lex: Lexicon, i: int, owners: dict[int, int]) -> int | None:
    """Where a strategy's name ends that its head, its owner (a partner) and a region make:
    "stratégie du Canada au Moyen-Orient", "stratégie de la France pour le Sahel",
    "استراتيجية كندا في الشرق الأوسط"; None where the head is not followed so."""
    toks = sent.tokens
    k = i + 1
    while k < len(toks) and k not in owners and k <= i + 2 and toks[k].key in words.DETERMINERS | words.OF:
        k += 1
    j = owners.get(k)
    if j is None:
        return None
    for r in sent.cues.get("scope:regional", []):
        if j <= r.i <= j + OWNER_TO_REGION and all(t.key in words.REGION_LINKS for t in toks[j:r.i]) \
                and (lex.lang == "ar" or toks[r.i].is_capitalised()):
            return r.j
    return None


def _appositions(sent: Sent, lex: Lexicon, heads: dict[int, str], covered: set[int]) -> dict[tuple[int, int], str]:
    """Titles given to a generic head: "its counter-terrorism strategy, Building Resilience
    Against Terrorism," / "sa stratégie, Renforcer la résilience ..." / "خطة بعنوان «...»".

    The title names the strategy or initiative the head word speaks of even though it
    holds no head word itself.
    """
    toks = sent.tokens
    out: dict[tuple[int, int], str] = {}
    for h, kind in heads.items():
        if kind == "mission" or h + 1 >= len(toks) or toks[h].is_capitalised() and lex.lang != "fr":
            continue
        # the head may be followed by a word or two of its own ("strategy on terrorism")
        for k in range(h + 1, min(h + 4, len(toks))):
            gap = _gap(sent.text, toks[k - 1], toks[k], sent.start)
            # a mark that both opens and closes ('"') opens only right before the word: '…with Jordan," a CENTCOM
            # spokesman said' closes a quotation, no title after it
            quoted = any(q in gap and (q not in _CLOSE_QUOTES or gap.endswith(q)) for q in _OPEN_QUOTES)
            if not ("," in gap or ":" in gap or quoted):
                if any(c in gap for c in ".;()") or k in covered:
                    break
                continue
            if k in covered or k in heads:
                break
            j = k
            while j < len(toks) and j - k < 14:
                g = _gap(sent.text, toks[j - 1], toks[j], sent.start) if j > k else ""
                if j > k and (any(c in g for c in ",;:.()،؛") or any(q in g for q in _CLOSE_QUOTES)):
                    break
                if not quoted and j > k and lex.lang == "en" and not (toks[j].is_capitalised() or toks[j].key in lex.connectors):
                    break
                j += 1
            while j > k + 1 and toks[j - 1].key in lex.connectors:
                j -= 1
            end_gap = _gap(sent.text, toks[j - 1], toks[j], sent.start) if j < len(toks) else "."
            title_like = quoted or toks[k].is_capitalised() and (lex.lang != "en" or all(
                toks[x].is_capitalised() or toks[x].key in lex.connectors for x in range(k, j)))
            closed = any(c in end_gap for c in ",;:.()،؛") or any(q in end_gap for q in _CLOSE_QUOTES) or j == len(toks)
            dated = any(toks[x].key in lex.months for x in range(k, j))  # "the weekly meeting, Tuesday 14 October 2025"
            if title_like and closed and j - k >= 2 and not dated and not any(x in covered for x in range(k, j)):
                out[(k, j)] = kind
            break
    if lex.lang != "ar":
        out.update(_titles_before(sent, lex, heads, covered))
    return out


APPOSED_HEAD = 5  # words from the comma to the head word of an apposition after a title ("the UK's counter-terrorism strategy")


def _titles_before(sent: Sent, lex: Lexicon, heads: dict[int, str], covered: set[int]) -> dict[tuple[int, int], str]:
    """A title before the apposition that says what it is: "Building Resilience Against
    Terrorism, Canada's counter-terrorism strategy, was released …", "… published CONTEST,
    the UK's counter-terrorism strategy, …". In English, a run of capitalised words (a word
    in capitals alone too: an acronym) right before the comma; in French, an acronym alone."""
    toks = sent.tokens
    out: dict[tuple[int, int], str] = {}

    def broken(x: int, marks: str) -> bool:  # one of ``marks`` before word ``x``
        return any(c in _gap(sent.text, toks[x - 1], toks[x], sent.start) for c in marks)

    for h, kind in heads.items():
        if kind == "mission" or toks[h].is_capitalised():
            continue
        comma = next((c for c in range(h, max(0, h - APPOSED_HEAD), -1) if broken(c, ",")), None)
        if comma is None or comma < 1 or any(broken(x, ",;:.()") for x in range(comma + 1, h + 1)):
            continue
        if toks[comma].key not in words.APPOSITION_OPENERS and not toks[comma].text.endswith(POSSESSIVE_ENDS):
            continue  # "…, its strategy", "…, the UK's strategy", "…, son plan": not "…, after the group's defeat"
        # the apposition closes after its head and a few words of its own ("…, Canada's counter-terrorism
        # strategy, was …", "…, son plan d'action contre le terrorisme.")
        if not any(x == len(toks) or broken(x, ",;.()") for x in range(h + 1, min(h + APPOSED_HEAD, len(toks)) + 1)):
            continue
        j = comma
        i = j
        while i > 0 and (toks[i - 1].is_capitalised() or i < j and toks[i - 1].key in lex.connectors) \
                and (i == j or not broken(i, ",;:.()")):
            i -= 1
        while i < j and toks[i].key in lex.connectors:
            i += 1
        acronym = j - i == 1 and toks[i].is_upper() and len(toks[i].text) >= 3
        if lex.lang != "en" and not acronym or j - i < 2 and not acronym or any(x in covered for x in range(i, j)) \
                or any(toks[x].key[:1].isdigit() or toks[x].key in lex.months for x in range(i, j)):
            continue  # not a date ("adopted in January 2018, after …")
        if i == 0 and not acronym and j - i < 3:
            continue  # a sentence's first words are capitalised anyway
        out[(i, j)] = kind
    return out


def _acronym_after(sent: Sent, j: int) -> list[str]:
    toks = sent.tokens
    if j < len(toks):
        gap = _gap(sent.text, toks[j - 1], toks[j], sent.start)
        after = sent.text[toks[j].end - sent.start : toks[j].end - sent.start + 1]
        if gap.strip() == "(" and after == ")" and toks[j].is_upper() and len(toks[j].text) >= 2:
            return [toks[j].text]
    return []
