"""Sentence analysis: tokens, cues and the names of missions, strategies and initiatives.

The vocabulary gazetteer names the entities it knows; naming patterns add the ones it
does not (capitalised runs, French and Arabic head-first names, titles in apposition).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from ..langs import Token, ar_prefix, strip_accents, tokenize
from ..model import Document, Evidence
from ..vocab import Entry, Lexicon, Match
from . import words

ENTITY_KINDS = ("mission", "strategy", "initiative")
PARTNER_KINDS = ("partner", "capital")

@dataclass
class Sent:
    start: int
    end: int
    text: str
    tokens: list[Token]
    ents: list[Match] = field(default_factory=list)
    cues: dict[str, list[Match]] = field(default_factory=lambda: defaultdict(list))
    aliases: dict[int, list[str]] = field(default_factory=dict)  # ent index -> acronyms
    quiet: list[tuple[int, int]] = field(default_factory=list)  # spans whose cues do not count
    inner: dict[int, list[str]] = field(default_factory=dict)  # ent index -> line-of-effort cues in its name
    denied: frozenset[int] = frozenset()  # tokens a denial stands before in their clause (``_denied``)
    # where a new verb of the same subject begins after "and" (``_new_verbs``): it ends a
    # denial's reach and a praised partner's part
    new_verbs: frozenset[int] = frozenset()
    names: list[tuple[int, int]] = field(default_factory=list)  # the names' token spans (no cue counts inside)
    loaded: set[str] = field(default_factory=set)  # the groups of cues matched on demand (``more_cues``)
    # partners a relative clause after a mission names as its subject, with where it names
    # them ("NATO Mission Iraq, to which the UK contributes 100 trainers"): their counts there
    relatives: dict[str, int] | None = None  # made where one is found (most sentences have none)

    def evidence(self, doc: Document, m_start: int, m_end: int) -> Evidence:
        return Evidence(doc.id, doc.lang, self.start, self.end, self.text, m_start, m_end)

    def has(self, prefix: str) -> bool:
        return any(k.startswith(prefix) and v for k, v in self.cues.items())


def slugify(text: str) -> str:
    s = strip_accents(text).lower().replace("'s ", " ").replace("’s ", " ")
    s = re.sub(r"[^\w]+", "-", s, flags=re.UNICODE).strip("-")
    return s[:80] or "unnamed"


# --- sentence analysis -----------------------------------------------------------


def _gap(text: str, a: Token, b: Token, offset: int) -> str:
    return text[a.end - offset : b.start - offset]


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
    blockers = {k for m in sent.cues.get("initiative:not", []) for k in range(m.i, m.j)}
    scopes = {k for c in ("scope:national", "scope:regional", "scope:international") for m in sent.cues.get(c, [])
              for k in range(m.i, m.j)}
    covered = {k for m in known if m.entry.kind not in ("partner", "adjective", "capital", "foreign") for k in range(m.i, m.j)}
    runs = _capitalised_runs(sent, lex) if lex.lang != "ar" else []
    # "The ADF's Air Task Group", "the Bundeswehr's Counter Daesh Task Force": a name starts
    # after an owner that is no partner's name (a partner's own, "Australia's Counter-Terrorism
    # Strategy", keeps it: its name is the partner's)
    partners = {m.i for m in known if m.entry.kind in ("partner", "adjective")}
    runs = [(next((k + 1 for k in range(j - 2, i - 1, -1) if toks[k].text.endswith(_POSSESSIVE) and k not in partners), i), j)
            for i, j in runs]
    if lex.lang == "en":
        runs = _lower_head_after(sent, runs, heads, known)
    if lex.lang in ("fr", "ar"):
        runs += _head_first_runs(sent, lex, heads)
    runs += _named_after_head(sent, lex, heads, runs)
    appositions = _appositions(sent, lex, heads, covered)
    runs += list(appositions)
    out = []
    used: set[int] = set()
    for i, j in sorted(runs, key=lambda r: (r[0], -r[1])):
        if any(k in used for k in range(i, j)):
            continue
        kinds = [heads[k] for k in range(i, j) if k in heads]
        if not kinds and (i, j) in appositions:
            kinds = [appositions[(i, j)]]
        if not kinds:
            continue
        kind = kinds[0]
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
        if kind == "initiative" and any(k in blockers for k in range(i, j)):
            continue
        if any(i <= m.i and m.j < j and m.entry.kind in ("partner", "capital") and toks[m.j].key in words.AND_SIGN for m in known):
            continue  # a headline in title case ("United States and Iraq Hold Joint … Dialogue"), not "Australia's … Strategy"
        if kind == "mission" and (not sent.has("mission:military") or sent.has("mission:not")):
            continue
        if j - i < 2 and kind != "mission" and (i, j) not in appositions or all(k in heads or k in scopes for k in range(i, j)):
            continue  # "- Mission: Operation …", "une nouvelle stratégie nationale": a head word alone names nothing
        # "l'opération « Aube des jurds »": the name without the article elided onto its head, nor quotation marks
        surface = _QUOTES_IN_NAME.sub(" ", _ELIDED_ARTICLE.sub("", sent.text[toks[i].start - sent.start : toks[j - 1].end - sent.start]))
        surface = " ".join(surface.split())
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
    return out


_ELIDED_ARTICLE = re.compile(r"^(?:l|d|qu)['’]", re.I)
_QUOTES_IN_NAME = re.compile(r"[«»“”„\"]")
QUOTED_NAME = 8  # words at most of a name in quotes after its head ("l'opération « Aube des jurds »")


def _named_after_head(sent: Sent, lex: Lexicon, heads: dict[int, str], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A mission's head word in lower case, then its name: in quotes ("l'opération « Aube des
    jurds »", 'operation "Dawn of the Jurds"', 'عملية "فجر الجرود"'), or a capitalised run
    right after it ("l'opération Aube des Jurds"): head and name, one name."""
    toks, out = sent.tokens, []
    starts = dict(runs)
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
        elif not gap and k + 1 in starts:
            end = starts[k + 1]
            # "Aube des Jurds": a connector between capitalised words stays in the name
            while end + 1 < len(toks) and toks[end].key in lex.connectors and end + 1 in starts and toks[end + 1].text[:1].isalpha() \
                    and not _gap(sent.text, toks[end - 1], toks[end], sent.start).strip() \
                    and not _gap(sent.text, toks[end], toks[end + 1], sent.start).strip():
                end = starts[end + 1]
            out.append((first, end))
    return out


def _meetings_of_others(ents: list[Match], sent: Sent) -> list[Match]:
    """An initiative named as another's part drops out: "the ministerial meeting of the Africa
    Focus Group", "الاجتماع الوزاري لمجموعة التركيز على أفريقيا" is that group's meeting, not
    the Coalition's ministerial that its bare label also names."""
    toks = sent.tokens
    drop = set()
    for n, m in enumerate(ents[:-1]):
        nxt = ents[n + 1]
        if m.entry.kind != "initiative" or nxt.entry.kind != "initiative" or nxt.entry.id == m.entry.id:
            continue
        gap = sent.text[m.end - sent.start : nxt.start - sent.start]
        if any(not (ch.isalpha() or ch.isspace() or ch in "'’") for ch in gap):
            continue  # a comma, a bracket: two names, not one's part
        between = range(m.j, nxt.i)
        if nxt.i == m.j and ar_prefix(toks[nxt.i], nxt.entry.phrase)[1] in ("ل", "لل") \
                or between and all(toks[k].key in words.OF or toks[k].key in words.DETERMINERS for k in between):
            drop.add(n)
    return [m for n, m in enumerate(ents) if n not in drop] if drop else ents


# the first word of an apposition that says what the title before it is
_POSSESSIVE = ("'s", "’s")
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


def _head_first_runs(sent: Sent, lex: Lexicon, heads: dict[int, str]) -> list[tuple[int, int]]:
    """French and Arabic names start with their head noun and run to a clause break."""
    toks = sent.tokens
    stops = set()
    for cat, ms in sent.cues.items():
        if cat.startswith(("strel:", "status:", "resrel:")) or cat == "clause_break":
            for m in ms:
                stops.add(m.i)
    withs = {m.i for c in ("coop:governor", "coop:strong") for m in sent.cues.get(c, [])}
    runs = []
    for i, kind in sorted(heads.items()):
        if i > 0 and heads.get(i - 1) == kind:
            continue
        tok = toks[i]
        scoped = any(m.i in (i + 1, i + 2) for c in ("scope:national", "scope:regional", "scope:international")
                     for m in sent.cues.get(c, []))
        if lex.lang == "fr" and not (tok.is_capitalised() or scoped):
            continue
        if lex.lang == "fr" and kind == "initiative" and not scoped:
            nxt = toks[i + 1 : i + 8]
            if not any(t.is_capitalised() for t in nxt):
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
            if j in withs:
                if j - i <= 2:
                    j = i  # "المبادرة المشتركة مع الولايات المتحدة": an initiative described by its peer, not named
                break  # "خطة وطنية لمنع التطرف العنيف بالتعاون مع …": the name ends before its partner
            j += 1
        while j > i + 1 and toks[j - 1].key in lex.connectors:
            j -= 1
        if j - i >= 2:
            runs.append((i, j))
    return runs


QUOTE_PAIRS = {"“": "”", "«": "»", '"': '"', "‘": "’"}  # an opening quotation mark, the mark that closes it
_OPEN_QUOTES = "".join(QUOTE_PAIRS)
_CLOSE_QUOTES = "".join(QUOTE_PAIRS.values())


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
            quoted = any(q in gap for q in _OPEN_QUOTES)
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
            if title_like and closed and j - k >= 2 and not any(x in covered for x in range(k, j)):
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
        if toks[comma].key not in words.APPOSITION_OPENERS and not toks[comma].text.endswith(_POSSESSIVE):
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


def _with_possessors(known: list[Match], sent: Sent, lex: Lexicon) -> list[Match]:
    """Known names with an owner's name inside them ("استراتيجية ألبانيا المشتركة ...").

    After a head noun, a partner's name is the possessor; the name matches as if it
    were not there.
    """
    toks = sent.tokens
    heads = {m.i for c in ("strategy:head", "initiative:head", "mission:head") for m in sent.cues.get(c, [])}
    for p in [m for m in known if m.entry.kind in ("partner", "adjective")]:
        h = p.i - 1
        if h not in heads:
            continue
        virtual = toks[: p.i] + toks[p.j :]
        ms = [m for m in lex.entities.matches_at(virtual, h) if m.entry.kind in ENTITY_KINDS and m.j > p.i]
        if not ms:
            continue
        best = max(ms, key=lambda m: m.j)
        j = best.j + (p.j - p.i)
        merged = Match(best.entry, h, j, toks[h].start, toks[j - 1].end)
        known = [m for m in known if m.j <= h or m.i >= j] + [merged]
    return sorted(known, key=lambda m: m.i)


_GROUP_GAP = re.compile(r"[\s\"'«»“”‘’\-‐‑–]*")  # what may stand between a described group's words: no comma, no stop
_OPENING = {close: open_ for open_, close in QUOTE_PAIRS.items()} | {"'": "'"}  # a closing mark, its opening one
_CLOSING = re.compile(r"[ \u00a0\u202f]*([" + re.escape("".join(_OPENING)) + "])")
_GROUP_REACH = 8  # words between a group's head and its topic, at most


def _described_groups(known: list[Match], sent: Sent, lex: Lexicon) -> list[Match]:
    """A Coalition group that a text describes rather than names: "the Coalition's working
    group on foreign terrorist fighters", "le groupe de travail de la Coalition consacré à la
    stabilisation", "مجموعة التحالف المعنية بالاستقرار". A head ("working group"), then only
    linking words (articles, prepositions, "dedicated to", the Coalition's name), then a
    known group's topic (``topics`` in the vocabulary) make one mention of that group.

    A bare "group" is the Coalition's only with the Coalition named beside it; a head after
    a word such as "joint" or "a" is some other group ("a joint working group on foreign
    fighters" of two states), and any other word between head and topic ends the
    description ("groupe de travail conjoint sur ...", "مجموعة عمل مشتركة ...")."""
    cues = sent.cues
    heads = [(m, False) for m in cues.get("group:heads", [])] + [(m, True) for m in cues.get("group:weak_heads", [])]
    if not heads:
        return known
    more_cues(sent, lex, "groups")
    if not cues.get("group:topic"):
        return known
    toks, text = sent.tokens, sent.text
    owner_at = {m.i: m for m in cues.get("group:owner", [])}
    owner_ends = {m.j for m in cues.get("group:owner", [])}
    link_at: dict[int, int] = {}
    for m in [*cues.get("group:links", []), *owner_at.values()]:
        link_at[m.i] = max(link_at.get(m.i, m.j), m.j)
    topic_at: dict[int, Match] = {}
    for m in cues.get("group:topic", []):
        if m.i not in topic_at or m.j > topic_at[m.i].j:
            topic_at[m.i] = m
    not_before = {m.j for m in cues.get("group:not_before", [])}
    if (lex.conf["initiative"].get("groups") or {}).get("owner_before"):  # English names the owner first
        not_before |= {m.j for m in known}  # another's group: "the GCTF working group", "Italy's working group"
        not_before |= {k + 1 for k, t in enumerate(toks) if t.text.endswith(("'s", "’s"))}  # "the forum's working group"
    narrowing = {m.i for m in cues.get("group:narrowing", [])}
    places = {m.i for m in known if m.entry.kind in ("partner", "capital", "foreign")}
    taken = [(m.i, m.j) for m in known if m.entry.kind in ENTITY_KINDS]  # a name the vocabulary knows stays
    found = []
    for head, weak in sorted(heads, key=lambda h: (h[0].i, -h[0].j)):
        if head.i in not_before - owner_ends or any(a <= head.i < b for a, b in taken):
            continue
        owned = head.i in owner_ends
        k = head.j
        while k < len(toks) and k - head.j <= _GROUP_REACH:
            if not _GROUP_GAP.fullmatch(text[toks[k - 1].end - sent.start:toks[k].start - sent.start]):
                break
            topic = topic_at.get(k)
            if topic is not None and topic.j in narrowing and any(
                    topic.j < n <= topic.j + 5 and not any(topic.j < o < n for o in owner_at) for n in places):
                # a group of one place: "on stabilisation of the south of Syria" (not "… sur l'Afrique de
                # la Coalition avec l'Italie", the Coalition's group and a partner after it)
                break
            if topic is not None and weak and not owned:  # the owner after: « groupe « Stabilisation » de la Coalition »
                n = topic.j
                while n < len(toks) and n - topic.j <= 3 and n not in owner_at and n in link_at:
                    n = link_at[n]
                owned = n in owner_at
            if topic is not None and (owned or not weak):
                end = topic.end
                if (q := _CLOSING.match(text, end - sent.start)) and _OPENING[q.group(1)] in text[head.start - sent.start:end - sent.start]:
                    end = sent.start + q.end()  # the topic in quotes: « Stabilisation »
                start = head.start  # after an Arabic proclitic: "لمجموعة عمل ..." names "مجموعة عمل ..."
                if lex.lang == "ar":
                    start += sum(map(len, ar_prefix(toks[head.i], head.entry.phrase)))
                entry = Entry("initiative", topic.entry.value, lex.lang, text[start - sent.start:end - sent.start])
                found.append(Match(entry, head.i, topic.j, start, end))
                taken.append((head.i, topic.j))
                break
            if k not in link_at:
                break
            owned = owned or k in owner_at
            k = link_at[k]
    if not found:
        return known
    spans = [(m.i, m.j) for m in found]
    return sorted([m for m in known if not any(a < m.j and m.i < b for a, b in spans)] + found, key=lambda m: m.i)


# what follows a dateline's city: a date ("CANBERRA, 9 July —", "الرياض 5 كانون الأول (واس) -",
# "COPENHAGEN, March 3 (Reuters) -"), an agency, then a dash; or the agency between slashes
# ("أبوظبي في 8 نيسان / وام /"); "AMMAN (Petra) – ..."
DATELINE_TAIL = re.compile(r"\s*,?\s*(?:(?:\w{1,3}\s+)?(?:\d{1,2}\s+\w+(?:\s+\w+)?|\w+\s+\d{1,2})(?:,?\s*\d{4})?\s*)?"
                           r"(?:(?:\([^()]{1,30}\)\s*)?[\u2013\u2014-]\s|/\s*[^/\d]{1,20}/)")


def _dateline_city(known: list[Match], sent: Sent, lex: Lexicon) -> None:
    """A dateline names a city: where a story's first word is both a partner's name and a
    capital ("عمان" is Oman and Amman), before a dash, it is the capital."""
    if not known or known[0].i != 0 or known[0].entry.kind != "partner":
        return
    if not DATELINE_TAIL.match(sent.text[known[0].end - sent.start:]):
        return
    city = next((m for m in lex.entities.matches_at(sent.tokens, 0) if m.entry.kind == "capital" and m.j == known[0].j), None)
    if city is not None:
        known[0] = city




def _with_formal_names(known: list[Match], sent: Sent, lang: str) -> list[Match]:
    """A partner's name with the words of its formal name before it ("the Republic of
    Iraq", "le Royaume du Maroc", "دولة قطر"): one mention, so that a list of formal names
    is still a list and "Republic" is no other word before the partner. In Arabic the
    formal word is in construct, without the article, and the name carries no proclitic:
    "المملكة والولايات المتحدة" is "the Kingdom [Saudi Arabia] and the United States".

    A formal noun with the partner's adjective is the partner too, as most states' formal
    names are written in French and Arabic: "la République tunisienne", "المملكة المغربية"
    (both words with the article), "the Italian Republic" (English puts the adjective first)."""
    cues = sent.cues.get("actor:formal", [])
    ends: dict[int, Match] = {}
    for c in cues:  # the longest formal words that end where the name starts: "the Arab Republic of"
        if c.j not in ends or c.i < ends[c.j].i:
            ends[c.j] = c
    nouns = [c for c in cues if sent.tokens[c.j - 1].key not in words.NAME_LINKS]
    noun_at = {c.i: c for c in nouns} if lang == "en" else {c.j: c for c in nouns}
    arabic = lang == "ar"
    out = []
    for m in known:
        if m.entry.kind == "adjective":
            c = noun_at.get(m.j if lang == "en" else m.i)
            if c is not None and arabic and not (sent.tokens[c.i].text.startswith(("ال", "وال"))
                                                 and sent.tokens[m.i].text.startswith("ال")):
                c = None
            if c is not None:
                partner = Entry("partner", m.entry.id, m.entry.lang, f"{c.entry.phrase} {m.entry.phrase}")
                first, last = (m, c) if lang == "en" else (c, m)
                m = Match(partner, first.i, last.j, first.start, last.end)
            out.append(m)
            continue
        c = ends.get(m.i) if m.entry.kind == "partner" else None
        if c is not None and arabic and (sent.tokens[c.i].text.startswith(("ال", "وال"))
                                         or any(ar_prefix(sent.tokens[m.i], m.entry.phrase))):
            c = None
        out.append(m if c is None else Match(m.entry, c.i, m.j, c.start, m.end))
    if arabic:  # the adjective that ends a formal name: "جمهورية مصر العربية", "المملكة الأردنية الهاشمية"
        after = {c.i: c for c in sent.cues.get("actor:formal_after", []) if sent.tokens[c.i].text.startswith("ال")}
        formal = {c.i for c in cues}
        for n, m in enumerate(out):
            if m.entry.kind != "partner" or m.i not in formal:
                continue
            while (c := after.get(m.j)) is not None:  # one or more: "دولة الإمارات العربية المتحدة"
                m = out[n] = Match(m.entry, m.i, c.j, m.start, c.end)
    return out


def _participle_of(tok: Token, m: Match) -> bool:
    """A French past participle matched by a present-tense cue only as accents are folded
    ("contribué", "participé" for "contribue", "participe")."""
    return (m.j - m.i == 1 and tok.text.lower().endswith(("é", "ée", "és", "ées"))
            and not m.entry.phrase.lower().rstrip("*").endswith(("é", "ée", "és", "ées")))


def analyse(doc: Document, start: int, end: int, lex: Lexicon) -> Sent:
    text = doc.text[start:end]
    sent = Sent(start, end, text, tokenize(text, doc.lang, start))
    for m in lex.cues.all(sent.tokens):
        if lex.lang == "fr" and m.entry.id.startswith("status:") and _participle_of(sent.tokens[m.i], m):
            continue  # "a contribué" is no "contribue": accents folded, the tense differs
        sent.cues[m.entry.id].append(m)
    known = _with_formal_names(_with_possessors(lex.entities.longest(sent.tokens), sent, lex), sent, lex.lang)
    known = _described_groups(known, sent, lex)
    _dateline_city(known, sent, lex)
    patterns = _pattern_names(sent, lex, known)
    inside = [(m.i, m.j) for m, _ in patterns]
    ents = [m for m in known if not any(a <= m.i and m.j <= b for a, b in inside)]
    ents += [m for m, _ in patterns]
    ents.sort(key=lambda m: m.i)
    sent.ents = ents = _meetings_of_others(ents, sent)
    for idx, m in enumerate(ents):
        al = next((a for p, a in patterns if p is m), None)
        sent.aliases[idx] = al if al is not None else _acronym_after(sent, m.j)
    # Cue words inside a name ("Joint" in a task force's name) are not cues.
    names = [(m.i, m.j) for m in ents if m.entry.kind not in PARTNER_KINDS + ("adjective", "foreign")]
    for idx, m in enumerate(ents):
        if m.entry.kind == "strategy":
            sent.inner[idx] = sorted({cat[4:] for cat, ms in sent.cues.items() if cat.startswith("loe:")
                                      for c in ms if m.i <= c.i and c.j <= m.j})
    for cat, ms in sent.cues.items():
        sent.cues[cat] = [c for c in ms if not any(a <= c.i and c.j <= b for a, b in names)]
    sent.names = names
    if lex.lang == "fr":
        for cat, ms in sent.cues.items():
            sent.cues[cat] = _as_elided(sent, ms)
    if sent.cues.get("actor:reporting") and (among := sent.cues.get("actor:especially")):
        # "من بينها" (among them) holds "بين", no verb of saying
        sent.cues["actor:reporting"] = [c for c in sent.cues["actor:reporting"]
                                        if not any(a.i <= c.i and c.j <= a.j for a in among)]
    for cat in [c for c in sent.cues if c.startswith("loenot:")]:  # "the rehabilitation of schools": no line's cue there
        spans, loe = sent.cues.pop(cat), f"loe:{cat.split(':', 1)[1]}"
        if loe in sent.cues:
            sent.cues[loe] = [c for c in sent.cues[loe] if not any(n.i <= c.i and c.j <= n.j for n in spans)]
    for cat in [c for c in sent.cues if c.startswith("loeweak:")]:  # a weak cue counts beside its context
        weak, concept = sent.cues.pop(cat), cat.split(":", 1)[1]
        if weak:
            more_cues(sent, lex, "loe-context")
        if weak and sent.cues.get(f"loectx:{concept}"):
            sent.cues[f"loe:{concept}"] = sorted([*sent.cues.get(f"loe:{concept}", []), *weak], key=lambda c: c.i)
    sent.new_verbs = _new_verbs(sent)
    sent.denied = _denied(sent)
    return sent


_ELIDED_PHRASE = re.compile(r"^\w['’]")  # a phrase that starts with an elided word ("c'est")
_APOSTROPHES = frozenset("'’")


def _as_elided(sent: Sent, ms: list[Match]) -> list[Match]:
    """The cues a French text writes with the elided word their phrase starts with: "c'est"
    and "l'a dirigée" are keyed "est" and "a dirigée", as "l'Irak" is "irak", but neither
    "est" alone nor "qu'il a dirigée" is one."""
    if not any(m.entry.phrase[1:2] in _APOSTROPHES for m in ms):  # most lists hold none
        return ms
    return [m for m in ms if m.entry.phrase[1:2] not in _APOSTROPHES or _elision(sent.tokens[m.i].text) == _elision(m.entry.phrase)]


def _elision(text: str) -> str:
    """The elided word a word starts with ("c'" of "C’est"), or ""."""
    m = _ELIDED_PHRASE.match(text)
    return m.group(0).lower().replace("’", "'") if m else ""


def add_ents(sent: Sent, added: list[Match]) -> None:
    """More mentions in the sentence (an anaphor's antecedent, a table heading's mission),
    the acronyms of its names kept by mention."""
    aliases = {id(m): sent.aliases.get(k, []) for k, m in enumerate(sent.ents)}
    sent.ents = sorted([*sent.ents, *added], key=lambda m: m.i)
    sent.aliases = {k: aliases.get(id(m), []) for k, m in enumerate(sent.ents)}


def more_cues(sent: Sent, lex: Lexicon, group: str) -> None:
    """The cues of a group that only some readings need (``Lexicon.extra``: words as common
    as "the", "de", "في", which would cost every sentence), matched once a reading of this
    sentence needs them; as the others, none inside a name."""
    if group in sent.loaded:
        return
    sent.loaded.add(group)
    gazetteer = lex.extra.get(group)
    found = gazetteer.all(sent.tokens) if gazetteer is not None else ()
    for m in _as_elided(sent, found) if lex.lang == "fr" else found:
        if not any(a <= m.i and m.j <= b for a, b in sent.names):
            sent.cues[m.entry.id].append(m)


def _one_clause(sent: Sent, lo: int, hi: int, breaks: set[int]) -> bool:
    """Whether the words from token ``lo`` up to token ``hi`` (those between two spans)
    stay in one clause: no comma, semicolon or clause break between."""
    gap = sent.text[sent.tokens[lo - 1].end - sent.start : sent.tokens[hi].start - sent.start] if lo > 0 else ""
    return not any(ch in gap for ch in ",;،؛") and not any(lo <= b < hi for b in breaks)


DENIAL_REACH = 15  # words after a denial it may cover, to its clause's end
# Cues that are verbs of their own clause: after "and", a new verb of the same subject
# ("Austria has not deployed troops ... and has joined ...", "Iraq thanked Germany ... and
# pledged ...")
_VERBS = ("actor:reporting", "actor:governor", "status:planned", "status:ongoing", "status:ended", "status:future",
          "status:until_roles")  # "… from 2014 to 2016 and commanded NATO Mission Iraq in 2021"


def _new_verbs(sent: Sent) -> frozenset[int]:
    """The coordinators ("and", "et") that a verb of its own follows, fillers allowed
    between: a verb the cues know ("and pledged", "and also announced"), or an
    auxiliary before a word that is no determiner, name or elided article ("and has
    joined", "et a rejoint"; not "et à l'opération"). Not a gerund, which goes on with
    what came before ("for leading and continuing ...")."""
    coordinators = [m.i for m in sent.cues.get("coordinator", [])]
    verbs = {m.i for cat in _VERBS for m in sent.cues.get(cat, [])}
    # Arabic writes "and" on the verb ("وأعلنت"): there the verb is its own coordinator (no
    # verb of these lists has و as its first root letter, as وقّع or وافق have)
    joined = {k for k in verbs if k and sent.tokens[k].text.startswith("و") and len(sent.tokens[k].text) > 3}
    # the verbs of the subject's own acts ("signed", "وقّع") name their conjunction: "ووقع"
    own = [m for m in sent.cues.get("actor:verb", []) if m.j == m.i + 1]
    verbs.update(m.i for m in own)
    joined.update(m.i for m in own if m.i and sent.tokens[m.i].text.startswith("و")
                  and ar_prefix(sent.tokens[m.i], m.entry.phrase)[0] == "و")
    if not coordinators:
        return frozenset(joined)
    auxiliaries = {m.i for m in sent.cues.get("actor:auxiliary", []) if m.j == m.i + 1}
    fillers = {k for m in sent.cues.get("actor:filler", []) for k in range(m.i, m.j)}
    toks, out = sent.tokens, set()
    for k in coordinators:
        j, end = k + 1, min(len(toks), k + 4)
        while j < end and j not in verbs and j not in auxiliaries and j in fillers:
            j += 1
        if j >= end:
            continue
        if j in verbs and not toks[j].key.endswith("ing"):
            out.add(k)
        elif j in auxiliaries and j + 1 < len(toks):
            nxt = toks[j + 1]
            if j + 1 not in fillers and not nxt.is_capitalised() and "'" not in nxt.text and "’" not in nxt.text:
                out.add(k)
    return frozenset(out | joined)


def _denied(sent: Sent) -> frozenset[int]:
    """The tokens that a denial ("does not", "ne ... pas", "لم") stands before in their
    clause, up to a comma, a semicolon, a clause break or a new clause ("but"): a name
    there is not the actor's ("Japan does not take part in Operation Inherent Resolve").
    Words with a denial that deny nothing ("not only", "لا تزال") are no denial."""
    not_denials = [(c.i, c.j) for c in sent.cues.get("deny:not", [])]
    stops = {c.i for cat in ("clause_break", "actor:clause_start") for c in sent.cues.get(cat, [])}
    stops |= sent.new_verbs  # "has not deployed troops to ... and has joined ...": the second is not denied
    out: set[int] = set()
    asks = {(c.i, c.j) for c in sent.cues.get("exhort", [])}
    for d in sent.cues.get("deny", []):
        if any(a <= d.i < b for a, b in not_denials):
            continue
        k, end, past = d.j, min(len(sent.tokens), d.j + DENIAL_REACH), d.j
        asked = (d.i, d.j) in asks
        while k < end:
            # the gap before each word in turn: the ones before were looked at already; a colon
            # opens what explains the denial ("has not withdrawn: it still commands …")
            if k in stops and asked and (to := _asked_to(sent, k, end)) is not None:
                # "calls on states that have nationals in the camp to repatriate and prosecute
                # them": past the addressee's relative, what it is asked to do is no act either
                asked, k, past = False, to, to
                continue
            if k in stops or k > past and ":" in _gap(sent.text, sent.tokens[k - 1], sent.tokens[k], sent.start):
                break
            if k > past and not _one_clause(sent, k, k, stops):
                after = _aside_after_subject(sent, k, stops)
                if after is None:
                    break
                end, k, past = min(len(sent.tokens), end + after - k), after, after
                continue
            out.add(k)
            k += 1
    return frozenset(out)


def _asked_to(sent: Sent, k: int, end: int) -> int | None:
    """Where what an exhortation asks of its addressee begins, after a relative that
    describes the addressee and starts at ``k`` ("… the states that have nationals there
    to repatriate them", "… الدول التي لها رعايا في المخيم إلى إعادتهم"), within the
    clause; None where no such mark follows."""
    toks = sent.tokens
    for t in range(k + 1, end):
        if _gap(sent.text, toks[t - 1], toks[t], sent.start).strip():
            return None  # a comma or a dash: the clause ends before any
        if toks[t].key in words.ASKED_TO:
            return t
    return None


ASIDE_WORDS = 5  # words of an aside between commas after a subject ("، بوصفها دولة محايدة،")


def _aside_after_subject(sent: Sent, k: int, stops: set[int]) -> int | None:
    """Where the clause goes on after an aside set off by commas right after its subject
    ("لا تشارك النمسا، بوصفها دولة محايدة، في العمليات العسكرية": the verb before its subject,
    the denial reaching past the aside), or None: the comma before word ``k`` ends the clause."""
    toks = sent.tokens
    if _gap(sent.text, toks[k - 1], toks[k], sent.start).strip() not in (",", "،") \
            or not any(e.j == k and e.entry.kind in PARTNER_KINDS for e in sent.ents):
        return None
    for c in range(k + 1, min(len(toks), k + ASIDE_WORDS + 1)):
        if c in stops:
            return None
        gap = _gap(sent.text, toks[c - 1], toks[c], sent.start).strip()
        if gap in (",", "،"):
            return c
        if gap:
            return None
    return None
