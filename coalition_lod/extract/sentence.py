"""A sentence as the rules read it: its tokens, its cues, the entities named in it
(``analysis.analyse`` makes it), and the small readings every rule shares: the text
between two tokens, the cues matched on demand (``more_cues``), whether two spans stay in
one clause.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..langs import Token, normalise_ar, strip_accents
from ..model import Document, Evidence
from ..vocab import Lexicon, Match
from . import words

ENTITY_KINDS = ("mission", "strategy", "initiative")
PARTNER_KINDS = ("partner", "capital")
POSSESSIVE_ENDS = ("'s", "’s")  # an English possessive, kept inside its word's token


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


PIPE_CELLS = 2  # bars on one line that make it a row of a table drawn in plain text
CSV_CELLS = 3  # semicolons at least on one line that make it a row of values ("2015;militaire;…;120 militaires;Jordanie")


def cell_separator(text: str) -> str | None:
    """What cuts a table's row (a sentence on one line) into cells: a tab (``ingest`` writes
    an HTML or Markdown table's rows so, and a text may be tab-separated values), a
    semicolon where the line has several, as semicolon-separated values have, or a bar where
    it has two or more (a table drawn in a plain text); None for prose."""
    if "\t" in text:
        return "\t"
    if text.count(";") >= CSV_CELLS and "\n" not in text.strip():
        return ";"
    if text.count("|") >= PIPE_CELLS and "\n" not in text.strip():
        return "|"  # a plain text's table drawn with bars ("3 July | Ambassador of Iraq | Courtesy call")
    return None


def _gap(text: str, a: Token, b: Token, offset: int) -> str:
    return text[a.end - offset : b.start - offset]


QUOTE_PAIRS = {"“": "”", "«": "»", '"': '"', "‘": "’"}  # an opening quotation mark, the mark that closes it
_OPEN_QUOTES = "".join(QUOTE_PAIRS)
_CLOSE_QUOTES = "".join(QUOTE_PAIRS.values())


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


def cues_at(sent: Sent, lex: Lexicon, group: str, positions: Iterable[int]) -> list[Match]:
    """The cues of an on-demand group that start at the given words only, not kept on the
    sentence: for a reading that needs them in one place (an author's line's first words, the
    words before a group of nobody's), where matching the whole sentence would cost every
    document the time of a group read everywhere."""
    gazetteer = lex.extra.get(group)
    if gazetteer is None:
        return []
    found = [m for i in sorted(set(positions)) if 0 <= i < len(sent.tokens) for m in gazetteer.matches_at(sent.tokens, i)]
    found = _as_elided(sent, found) if lex.lang == "fr" else found
    return [m for m in found if not any(a <= m.i and m.j <= b for a, b in sent.names)]


def _one_clause(sent: Sent, lo: int, hi: int, breaks: set[int]) -> bool:
    """Whether the words from token ``lo`` up to token ``hi`` (those between two spans)
    stay in one clause: no comma, semicolon or clause break between."""
    gap = sent.text[sent.tokens[lo - 1].end - sent.start : sent.tokens[hi].start - sent.start] if lo > 0 else ""
    return not any(ch in gap for ch in ",;،؛") and not any(lo <= b < hi for b in breaks)


def kin(tok: Token) -> bool:
    """A kin noun, one person named by kin ("son", "fils", "ابننا" with its pronoun on it)."""
    return not words.KIN_NOUNS.isdisjoint(tok.keys)


def possessive(tok: Token) -> bool:
    """A possessive before a noun ("our", "my", "notre", "mon"), a third person's or the writer's own."""
    return tok.key in words.POSSESSIVES or tok.key in words.OWN_POSSESSIVES


def arabic_conj(tok: Token) -> bool:
    """An Arabic word that carries "و" (and) before it ("والقوات", "وحكومة"): the next item of a list."""
    return normalise_ar(tok.text).startswith("و") and len(tok.keys) > 1 and tok.keys[0] != tok.keys[-1]

