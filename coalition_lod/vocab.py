"""Vocabulary: partners, missions, strategies, initiatives, cues and number words.

Everything here is read from the data files in ``data/`` (and CLDR, through babel,
for state names), once per process. The extraction only ever asks a compiled
``Gazetteer`` which vocabulary phrases occur in a list of tokens.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

from .langs import LANGS, Token, phrase_key, phrase_tokens, phrase_words
from .model import InputError


def data_dir() -> Path:
    """The vocabulary folder: $COALITION_LOD_DATA, or the one the package carries."""
    from .resources import data_path

    return data_path()


class _Yaml12Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML 1.2 booleans: only true/false, so the words "on", "no", "yes" stay words.
    LibYAML's parser where PyYAML has it: the word files are read ten times faster
    (0.28 → 0.03 s at each start), and resolved by the same rules."""


_Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


def load_yaml(path: Path) -> Any:
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=_Yaml12Loader)  # noqa: S506 - a SafeLoader subclass


@dataclass(frozen=True, slots=True)
class Partner:
    code: str
    slug: str
    kind: str  # state | organisation
    member: bool
    wikidata: str | None
    names: dict[str, tuple[str, ...]]
    adjectives: dict[str, tuple[str, ...]]
    capitals: dict[str, tuple[str, ...]]

    def label(self, lang: str) -> str | None:
        names = self.names.get(lang)
        return names[0] if names else None


@dataclass(frozen=True, slots=True)
class Known:
    """A known mission, strategy, initiative or body."""

    kind: str
    id: str
    labels: dict[str, tuple[str, ...]]
    scope: str | None = None
    owner: str | None = None  # "partner": one entity per owning partner
    military: bool = True
    wikidata: str | None = None
    loe: tuple[str, ...] = ()
    topics: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a Coalition group's subject, by language
    hosts: tuple[str, ...] = ()  # the codes of the states a mission works in (they take no part in it)
    nation: str | None = None  # the partner (its slug, from a code) whose national operation it is: no other takes part
    # names made of common words ("Small Group"): matched only where the words the name
    # capitalises are capitalised in the text ("a small group of officers" is none)
    capitalised: bool = False


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # partner | adjective | capital | foreign | mission | strategy | initiative | body | cue | number
    id: str
    lang: str
    phrase: str
    value: Any = None


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    i: int  # first token index
    j: int  # one past the last token index
    start: int
    end: int


# CLDR territory codes that are no state: groupings, unknown, pseudo-locales, and the
# dependencies of other states (whose names are also words: "la réunion", "Jersey")
_NOT_STATES = frozenset({
    "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ", "BV", "HM", "UM", "IC", "EA", "DG", "CP", "TA", "AC",
    "RE", "GP", "MQ", "GF", "YT", "PM", "BL", "MF", "NC", "PF", "WF", "TF", "GL", "FO", "AX", "SJ", "BM", "KY", "VG",
    "VI", "PR", "GU", "AS", "MP", "AI", "MS", "TC", "FK", "GS", "SH", "IO", "PN", "CK", "NU", "TK", "NF", "CX", "CC",
    "HK", "MO", "GI", "JE", "GG", "IM", "AW", "CW", "SX", "BQ"})

_KIND_RANK = {"mission": 0, "strategy": 0, "initiative": 0, "body": 1, "partner": 2,
              "capital": 3, "adjective": 4}


TITLE = "title"  # a phrase's word that must start with a capital (``Gazetteer.add``), beside True: all capitals


class Gazetteer:
    """Token-sequence matcher over normalised keys.

    Patterns are indexed by their first key; a trailing ``*`` in a phrase matches any
    ending of its last word. Acronyms (all-capital words) match only in capitals, so
    "RAN" is not "ran" and "US" is not "us".
    """

    def __init__(self) -> None:
        self._first: dict[str, list[tuple[tuple[tuple[str, bool], ...], bool, Entry]]] = defaultdict(list)
        self._prefix_lengths: set[int] = set()
        self._by_keys: dict[tuple[str, ...], list] = {}  # a word's keys -> its candidates

    def add(self, phrase: str, lang: str, entry: Entry, capitalised: bool = False) -> None:
        """``capitalised``: the words the phrase capitalises must be capitalised in the text."""
        self._by_keys.clear()
        prefix = phrase.endswith("*")
        toks = phrase_tokens(phrase.rstrip("*"), lang)
        if capitalised:
            words = phrase_words(phrase.rstrip("*"))
            if len(words) == len(toks):
                toks = tuple((k, case or (TITLE if w[:1].isupper() else False)) for (k, case), w in zip(toks, words, strict=True))
        if not toks or not toks[0][0]:
            return
        if prefix and len(toks) == 1:
            self._prefix_lengths.add(len(toks[0][0]))
        self._first[toks[0][0]].append((toks, prefix, entry))

    def _candidates(self, tok: Token) -> tuple[list, dict[str, list]]:
        """The patterns that may start at this word, computed once per distinct word: those
        to try whatever follows, and those of several words by the key their second word
        must have (a word as common as "the" or "les" starts fifty phrases)."""
        found = self._by_keys.get(tok.keys)
        if found is not None:
            return found
        cands, seen = [], set()
        for k in tok.keys:
            if k in self._first and k not in seen:
                seen.add(k)
                cands.extend(self._first[k])
            for n in self._prefix_lengths:
                p = k[:n]
                if n < len(k) and p in self._first and p not in seen:
                    seen.add(p)
                    cands.extend(self._first[p])
        rest: list = []
        by_second: dict[str, list] = {}
        for c in cands:
            toks, prefix = c[0], c[1]
            if len(toks) >= 2 and not (prefix and len(toks) == 2):
                by_second.setdefault(toks[1][0], []).append(c)
            else:
                rest.append(c)
        found = self._by_keys[tok.keys] = (rest, by_second)
        return found

    def matches_at(self, tokens: list[Token], i: int, end: int | None = None) -> list[Match]:
        rest, by_second = self._candidates(tokens[i])
        if not rest and not by_second:
            return []
        end = len(tokens) if end is None else end
        candidates = rest
        if by_second and i + 1 < end:
            seconds = [c for k in dict.fromkeys(tokens[i + 1].keys) for c in by_second.get(k, ())]
            if seconds:
                candidates = rest + seconds if rest else seconds
        if not candidates:
            return []
        out = []
        for toks, prefix, entry in candidates:  # every word of every text: kept inline
            n = len(toks)
            if i + n > end:
                continue
            at = i
            for key, case in toks:
                tok = tokens[at]
                if case and not (tok.text[:1].isupper() if case is TITLE else tok.is_upper()):
                    break
                if prefix and at == i + n - 1:
                    if not any(k.startswith(key) for k in tok.keys):
                        break
                elif key not in tok.keys:
                    break
                at += 1
            else:
                out.append(Match(entry, i, i + n, tokens[i].start, tokens[i + n - 1].end))
        return out

    def all(self, tokens: list[Token], start: int = 0, end: int | None = None) -> list[Match]:
        """Every match, overlapping ones included (for cues)."""
        end = len(tokens) if end is None else end
        out = []
        for i in range(start, end):
            out.extend(self.matches_at(tokens, i, end))
        return out

    def longest(self, tokens: list[Token], start: int = 0, end: int | None = None) -> list[Match]:
        """Leftmost-longest non-overlapping matches (for entity mentions)."""
        end = len(tokens) if end is None else end
        out = []
        i = start
        while i < end:
            ms = self.matches_at(tokens, i, end)
            if ms:
                best = min(ms, key=lambda m: (-(m.j - m.i), _KIND_RANK.get(m.entry.kind, 5), m.entry.id))
                out.append(best)
                i = best.j
            else:
                i += 1
        return out


def _fr_adjective_forms(base: str) -> list[str]:
    if base.endswith(("ien", "éen")):
        return [base, base + "s", base + "ne", base + "nes"]
    if base.endswith(("s", "x")):
        return [base, base + "e", base + "es"]
    if base.endswith("e"):
        return [base, base + "s"]
    return [base, base + "s", base + "e", base + "es"]


def _ar_adjective_forms(base: str) -> list[str]:
    # "جنديا سويديا" (a count's noun and its adjective in the accusative, the tanween's alif),
    # "قوات سويدية", "جنود سويديون", "مجندات سويديات"
    return [base, base + "ة", base + "ين", base + "ون", base + "ا", base + "ات"]


def _en_adjective_forms(base: str) -> list[str]:
    return [base] + ([base + "s"] if base[-1:].isalpha() and not base.endswith(("ese", "ish", "ch", "s")) else [])


ADJECTIVE_FORMS = {"en": _en_adjective_forms, "fr": _fr_adjective_forms, "ar": _ar_adjective_forms}

LOE_CONCEPTS = (
    "military", "stabilization", "counter_financing", "counter_messaging",
    "foreign_terrorist_fighters", "prevention_cve", "rehabilitation_reintegration", "legislation",
)
STATUSES = ("planned", "ongoing", "ended")
RESOLUTION_RELATIONS = ("cosponsors", "supports", "implements")
STRATEGY_RELATIONS = ("adopts", "updates", "aligns_with", "supports")
SCOPES = ("national", "regional", "international")
BODIES = ("UNSC", "UNGA")


@dataclass
class Vocabulary:
    partners: dict[str, Partner]  # by slug: codes are not unique (AU)
    known: dict[tuple[str, str], Known]  # (kind, id)
    resolution_loe: dict[tuple[str, str], tuple[str, ...]]
    resolution_labels: dict[str, dict[str, str]]
    numbers: dict[str, dict[str, Any]]
    lang_conf: dict[str, dict[str, Any]]
    lexicons: dict[str, Lexicon] = field(default_factory=dict)
    kingdoms: frozenset[str] = frozenset()  # partners' codes: whom "the Kingdom" may be
    # an organisation's short names by language, which name it once a text has named it in full
    short_names: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)

    def lexicon(self, lang: str) -> Lexicon:
        if lang not in self.lexicons:
            self.lexicons[lang] = Lexicon.build(self, lang)
        return self.lexicons[lang]


def _labels(raw: dict[str, list[str]] | None) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(str(x) for x in (raw or {}).get(lang, []) or []) for lang in LANGS}


def _dedupe(xs) -> tuple[str, ...]:
    return tuple(dict.fromkeys(x for x in xs if x))


def _seats(entry: dict) -> dict[str, tuple[str, ...]]:
    """A state's capital and its seats (institutions known by their own names): both
    stand for the state where a clause names them as its subject, and are places
    after a preposition ("at the Pentagon", "in Berlin")."""
    capital, seats = _labels(entry.get("capital")), _labels(entry.get("seats"))
    return {lang: capital[lang] + seats[lang] for lang in LANGS}


def _load_partners(vdir: Path) -> list[Partner]:
    raw = load_yaml(vdir / "partners.yaml")
    cldr = {lang: Locale(lang).territories for lang in LANGS}
    out = []
    for s in raw["states"]:
        code = str(s["code"])
        extra = _labels(s.get("names"))
        names = {lang: _dedupe([cldr[lang].get(code, "")] + list(extra[lang])) for lang in LANGS}
        out.append(Partner(code, code.lower(), "state", bool(s.get("member")), s.get("wd"),
                           names, _labels(s.get("adj")), _seats(s)))
    for o in raw["organisations"]:
        out.append(Partner(str(o["code"]), o["slug"], "organisation", bool(o.get("member")), o.get("wd"),
                           _labels(o.get("names")), _labels(o.get("adj")), _labels(None)))
    return out


def _lang_file(path: Path) -> dict[str, Any]:
    """A language file, checked where a mistake would otherwise surface deep in a rule:
    its YAML, and its function words and word patterns (``extract/words.py``), each
    role a list of words or a regular expression. A problem is one line naming the file."""
    try:
        conf = load_yaml(path) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise InputError(f"{path}:{mark.line + 1 if mark else 1}: not valid YAML: {getattr(e, 'problem', e)}") from None
    if not isinstance(conf, dict):
        raise InputError(f"{path}: expected a mapping")
    for role, listed in (conf.get("function_words") or {}).items():
        if not isinstance(listed, list) or not all(isinstance(w, str) for w in listed):
            raise InputError(f"{path}: function_words: {role} must be a list of words")
    for role, rx in (conf.get("word_patterns") or {}).items():
        try:
            re.compile(str(rx))
        except re.error as e:
            raise InputError(f"{path}: word_patterns: {role} is not a regular expression: {e}") from None
    return conf


# A project's vocabulary files, added to the bundled vocabulary (see ``use_extra``), with
# their modification time and size, so that an edited file is read again.
_EXTRA: tuple[tuple[str, int, int], ...] = ()
KNOWN_FILES = (("mission", "missions"), ("strategy", "strategies"), ("initiative", "initiatives"), ("body", "bodies"))


def use_extra(paths: Iterable[Path]) -> None:
    """Add a project's vocabulary files to the bundled vocabulary for every later
    ``vocabulary()`` in this process (and the workers it forks). Each file may list
    ``partners`` (by code: extra names, adjectives, capitals), and ``missions``,
    ``strategies``, ``initiatives``, ``bodies`` (by id: more labels for a bundled one, or
    a new one), in the bundled files' format."""
    global _EXTRA
    extra = tuple((str(p), *_stamp(Path(p))) for p in paths)
    _vocabulary(None, extra)  # a bad file fails here, before any work, in one line
    _EXTRA = extra


def _stamp(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (0, 0)  # reported as not found when read
    return (st.st_mtime_ns, st.st_size)


def vocabulary(root: str | None = None) -> Vocabulary:
    return _vocabulary(root, _EXTRA)


def _known(kind: str, k: dict) -> Known:
    return Known(kind, k["id"], _labels(k.get("labels")), k.get("scope"), k.get("owner"),
                 bool(k.get("military", True)), k.get("wd"), tuple(k.get("loe", ())), _labels(k.get("topics")),
                 tuple(str(c) for c in k.get("hosts", ())), str(k["nation"]) if k.get("nation") else None,
                 bool(k.get("capitalised", False)))


def _check_extra(path: Path) -> dict:
    """A project's vocabulary file, checked: a problem is one line naming the file."""
    if not path.is_file():
        raise InputError(f"{path}: vocabulary file not found")
    try:
        data = load_yaml(path) or {}
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise InputError(f"{path}:{mark.line + 1 if mark else 1}: not valid YAML: {getattr(e, 'problem', e)}") from None
    allowed = {"partners"} | {f for _k, f in KNOWN_FILES}
    if not isinstance(data, dict) or set(data) - allowed:
        raise InputError(f"{path}: expected a mapping with keys {', '.join(sorted(allowed))}")
    for key, items in data.items():
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise InputError(f"{path}: {key} must be a list of entries")
        need = "code" if key == "partners" else "id"
        for i in items:
            if need not in i:
                raise InputError(f"{path}: every entry of {key} needs its {need}: {i}")
    return data


def _merge_labels(a: dict[str, tuple[str, ...]], b: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    return {lang: _dedupe([*a.get(lang, ()), *b.get(lang, ())]) for lang in LANGS}


def _add_extra(partners: list[Partner], known: dict[tuple[str, str], Known], path: Path) -> list[Partner]:
    data = _check_extra(path)
    # partners by slug: two share a code (AU: Australia and the African Union), and a code
    # in the file names the Coalition's member among them
    by_slug = {p.slug: p for p in partners}
    by_code = _slugs_by_code(partners)
    for e in data.get("partners") or []:
        code = str(e["code"])
        if code not in by_code:
            raise InputError(f"{path}: unknown partner code {code!r}")
        p = by_slug[by_code[code]]
        by_slug[p.slug] = replace(p, names=_merge_labels(p.names, _labels(e.get("names"))),
                                  adjectives=_merge_labels(p.adjectives, _labels(e.get("adj"))),
                                  capitals=_merge_labels(p.capitals, _seats(e)))
    for kind, key in KNOWN_FILES:
        for e in data.get(key) or []:
            if e.get("nation") is not None and str(e["nation"]) not in by_code:
                raise InputError(f"{path}: unknown partner code {e['nation']!r} as the nation of {e['id']!r}")
            old = known.get((kind, e["id"]))
            new = _known(kind, e)
            known[(kind, e["id"])] = (replace(old, labels=_merge_labels(old.labels, new.labels),
                                                  topics=_merge_labels(old.topics, new.topics)) if old else new)
    return [by_slug[p.slug] for p in partners]


def _slugs_by_code(partners: list[Partner]) -> dict[str, str]:
    """Each code's partner, as its slug: a code two partners share (AU: Australia and the
    African Union) is the Coalition member's."""
    by_code: dict[str, str] = {}
    for p in sorted(partners, key=lambda p: not p.member):
        by_code.setdefault(p.code, p.slug)
    return by_code


def _nations(partners: list[Partner], known: dict[tuple[str, str], Known]) -> None:
    """A national operation's nation, given by code, as the partner's slug."""
    by_code = _slugs_by_code(partners)
    for key, k in known.items():
        if k.nation is not None:
            if k.nation not in by_code:
                raise ValueError(f"{k.kind} {k.id}: unknown partner code {k.nation!r} as its nation")
            known[key] = replace(k, nation=by_code[k.nation])


@cache
def _vocabulary(root: str | None, extra: tuple[tuple[str, int, int], ...]) -> Vocabulary:
    base = Path(root) if root else data_dir()
    vdir = base / "vocab"
    partners = _load_partners(vdir)
    known: dict[tuple[str, str], Known] = {}
    for kind, fname in KNOWN_FILES:
        for k in load_yaml(vdir / f"{fname}.yaml"):
            known[(kind, k["id"])] = _known(kind, k)
    for path, _mtime, _size in extra:
        partners = _add_extra(partners, known, Path(path))
    _nations(partners, known)
    listed = load_yaml(vdir / "partners.yaml")  # the kingdoms and short names beside the partners
    res = load_yaml(vdir / "resolutions.yaml")
    res_loe = {(body, str(num)): tuple(loe or ()) for body in BODIES for num, loe in (res.get(body) or {}).items()}
    return Vocabulary(
        partners={p.slug: p for p in partners},
        known=known,
        resolution_loe=res_loe,
        resolution_labels=res["labels"],
        numbers=load_yaml(vdir / "numbers.yaml"),
        lang_conf={lang: _lang_file(base / "lang" / f"{lang}.yaml") for lang in LANGS},
        kingdoms=frozenset(str(c) for c in listed.get("kingdoms") or ()),
        short_names={str(slug): _labels(names) for slug, names in (listed.get("short_names") or {}).items()},
    )


def _with_inserted(phrases: Iterable[str], inserted: dict[str, list[str]]) -> list[str]:
    """Status phrases with an adverb after their auxiliary too ("has seconded" -> "has also
    seconded", "a déployé" -> "a également déployé"): the language file lists the auxiliaries
    (``inserted.after``) and the adverbs (``inserted.words``), not every phrase twice."""
    after, adverbs = set(inserted.get("after") or ()), inserted.get("words") or ()
    out = [str(ph) for ph in phrases or ()]
    for ph in list(out):
        first, _, rest = ph.partition(" ")
        if rest and first in after:
            out.extend(f"{first} {adverb} {rest}" for adverb in adverbs)
    return out


@dataclass
class Lexicon:
    """The compiled matchers of one language."""

    lang: str
    conf: dict[str, Any]
    entities: Gazetteer
    cues: Gazetteer
    numbers: Gazetteer
    glossary: Gazetteer  # value: English renderings, for names the vocabulary lacks
    abbreviations: frozenset[str]
    connectors: frozenset[str]
    months: frozenset[str]  # month names (CLDR) end a name: "... sur la paix en Irak en septembre 2014"
    leading_drop: frozenset[str]
    extra: dict[str, Gazetteer] = field(default_factory=dict)  # cues matched on demand, by group
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # one-word cues looked up by key, by category

    @classmethod
    def build(cls, vocab: Vocabulary, lang: str) -> Lexicon:
        conf = vocab.lang_conf[lang]
        ents = Gazetteer()
        # the glossary renders a partner's name or adjective inside another name in English
        gloss = Gazetteer()
        for phrase, options in (conf.get("name_glossary") or {}).items():
            gloss.add(str(phrase), lang, Entry("gloss", str(phrase), lang, str(phrase), tuple(str(o) for o in options)))
        # forms of a partner's adjective that are common words of the language ("مالية",
        # financial, is also "Malian"): never read as the adjective
        not_adjectives = set(conf.get("not_adjectives") or ())
        for p in vocab.partners.values():
            for name in p.names[lang]:
                ents.add(name, lang, Entry("partner", p.slug, lang, name))
                gloss.add(name, lang, Entry("gloss", name, lang, name, p.names["en"][:1]))
            for adj in p.adjectives[lang]:
                for form in (f for f in ADJECTIVE_FORMS[lang](adj) if f not in not_adjectives):
                    ents.add(form, lang, Entry("adjective", p.slug, lang, form))
                    gloss.add(form, lang, Entry("gloss", form, lang, form, p.adjectives["en"][:1]))
            for cap in p.capitals[lang]:
                ents.add(cap, lang, Entry("capital", p.slug, lang, cap))
            if lang != "en":  # an English name or acronym is often kept as is
                for name in p.names["en"]:
                    if p.kind == "organisation" or name.isupper():
                        ents.add(name, lang, Entry("partner", p.slug, lang, name))
        # Every other state by its CLDR name, so that a clause whose subject is a state
        # outside the Coalition ("Kazakhstan brought home ...") is credited to nobody.
        codes = {p.code for p in vocab.partners.values()}
        for code, name in sorted(Locale(lang).territories.items()):
            if len(code) == 2 and code.isalpha() and code not in codes and code not in _NOT_STATES:
                ents.add(name, lang, Entry("foreign", code, lang, name))
        # "EU Training Mission in Mali" is written "European Union Training Mission in Mali" too
        expansions = [(re.compile(rf"(?<!\w){re.escape(str(short))}(?!\w)"), str(long))
                      for short, long in (conf.get("name_expansions") or {}).items()]
        for k in vocab.known.values():
            phrases = set(k.labels[lang])
            # Acronyms and English names are often kept untranslated.
            phrases |= {x for x in k.labels["en"] if lang != "ar" or x.isupper()}
            phrases |= {pattern.sub(long, ph) for ph in phrases for pattern, long in expansions}
            for ph in sorted(phrases):
                ents.add(ph, lang, Entry(k.kind, k.id, lang, ph), capitalised=k.capitalised)
        cues = Gazetteer()

        def add_cues(name: str, phrases) -> None:
            for ph in phrases or ():
                cues.add(str(ph), lang, Entry("cue", name, lang, str(ph)))

        # cues of common words that only some readings need ("the", "de", "في"): matched in a
        # sentence once a reading needs them (``sentence.more_cues``), not in every sentence
        extra: dict[str, Gazetteer] = {}

        def add_extra(group: str, name: str, phrases) -> None:
            for ph in phrases or ():
                extra.setdefault(group, Gazetteer()).add(str(ph), lang, Entry("cue", name, lang, str(ph)))

        add_cues("personnel", conf["personnel_nouns"])
        add_cues("name:not", conf.get("not_names"))
        add_cues("clause_break", conf.get("clause_breaks"))
        add_cues("coordinator", conf.get("coordinators"))
        add_cues("deny", conf.get("denials"))
        add_cues("deny", conf.get("exhortations"))
        add_cues("exhort", conf.get("exhortations"))  # which denials ask another to act (``analysis._denied``)
        add_cues("deny:not", conf.get("denials_not"))
        add_cues("negation", conf.get("negation"))
        add_cues("holding", conf.get("holding"))  # "has 40 soldiers in …": ongoing, with a count after
        add_cues("working", conf.get("working"))  # "60 Norwegian personnel advise …": ongoing, after its people
        for key, phrases in (conf.get("year_range") or {}).items():
            add_extra("dates", f"range:{key}", phrases)
        month_names = sorted({str(name) for ctx in ("format", "stand-alone") for width in ("wide", "abbreviated")
                              for name in Locale(lang).months[ctx][width].values()})
        add_extra("dates", "range:fillers", month_names)  # "from November 2020 to May 2022"
        inserted = conf["status"].get("inserted") or {}
        for status, phrases in conf["status"].items():
            if status != "inserted":
                add_cues(f"status:{status}", _with_inserted(phrases, inserted))
        r = conf["resolution"]
        add_cues("res:trigger", r["trigger"])
        add_cues("res:UNSC", r["unsc"])
        add_cues("res:UNGA", r["unga"])
        add_cues("res:anaphor", r.get("anaphora"))
        add_cues("res:cited", r.get("cited"))
        for rel, phrases in r["relation"].items():
            add_cues(f"resrel:{rel}", phrases)
        s = conf["strategy"]
        add_cues("strategy:head", s["heads"])
        add_cues("strategy:updated_it", s.get("updated_it"))
        for rel, phrases in s["relation"].items():
            add_cues(f"strel:{rel}", phrases)
        for scope, phrases in s["scope"].items():
            add_cues(f"scope:{scope}", phrases)
        add_cues("initiative:head", conf["initiative"]["heads"])
        add_cues("initiative:not", conf["initiative"].get("not_heads"))
        add_cues("initiative:chair_label", conf["initiative"].get("chair_labels"))
        groups = conf["initiative"].get("groups") or {}
        for key in ("heads", "weak_heads"):
            add_cues(f"group:{key}", groups.get(key))
        for key in ("owner", "links", "not_before", "narrowing"):
            add_extra("groups", f"group:{key}", groups.get(key))
        for k in vocab.known.values():
            for ph in k.topics.get(lang, ()):
                extra.setdefault("groups", Gazetteer()).add(ph, lang, Entry("cue", "group:topic", lang, ph, k.id))
        add_cues("personnel:ellipsis", conf.get("personnel_ellipsis"))
        add_extra("personnel_ellipsis_in", "personnel:ellipsis_in", conf.get("personnel_ellipsis_in"))  # "in", "في"
        m = conf["mission"]
        add_cues("mission:head", m["heads"])
        add_cues("mission:military", m["military_context"])
        add_cues("mission:not", m["not_mission_context"])
        add_cues("mission:received", m.get("received"))
        add_cues("mission:funded", m.get("funded"))
        add_extra("includes", "mission:includes", m.get("includes"))  # read where a noun of troops follows a mission
        # matched only where a mission is read: what its mention's words say of the actor's part
        add_extra("hosted", "mission:host_verb", (m.get("hosted") or {}).get("verbs"))
        add_extra("hosted", "mission:hosted_head", (m.get("hosted") or {}).get("heads"))
        add_extra("met", "mission:met", (m.get("met") or {}).get("verbs"))
        add_extra("met", "mission:met_office", (m.get("met") or {}).get("offices"))
        transfer = m.get("command_transfer") or {}
        add_cues("mission:command_nouns", transfer.get("nouns"))  # its verbs and "to" only where a noun is
        for key in ("verbs", "to", "take_verbs", "from"):
            add_extra("command", f"mission:command_{key}", transfer.get(key))
        c = conf["cooperation"]
        add_cues("coop:governor", c["governors"])
        add_cues("coop:strong", c["strong_governors"])
        add_cues("coop:cue", c["cues"])
        add_cues("coop:location", c["location"])
        add_cues("coop:border", c["border_nouns"])
        add_cues("coop:peer_noun", c.get("peer_nouns"))
        add_cues("coop:peers_in", c.get("peers_in"))
        add_cues("coop:pronoun", c.get("pronouns"))
        add_cues("coop:with_us", c.get("with_us"))
        add_cues("coop:solidarity", c.get("solidarity"))
        a = conf.get("actors") or {}
        for key, cat in (("institutions", "institution"), ("acts", "act"), ("fillers", "filler"), ("governors", "governor"),
                         ("agents", "agent"), ("recipients", "recipient"), ("recipient_verbs", "recipient_verb"),
                         ("places", "place"), ("regions", "region"),
                         ("formal", "formal"), ("formal_after", "formal_after"), ("relatives", "relative"), ("owners", "owner"),
                         ("clause_starts", "clause_start"), ("reporting", "reporting"), ("complements", "complement"),
                         ("nobody", "nobody"), ("plural", "plural"), ("first_person", "first_person"),
                         ("auxiliaries", "auxiliary"), ("verbs", "verb"), ("speech_heads", "speech"),
                         ("kingdom", "kingdom"), ("singular", "singular"), ("joint_heads", "joint"), ("group_anaphora", "group_anaphor"),
                         ("subject_pronouns", "pronoun"), ("possessors", "possessor"),
                         ("subject_relatives", "subject_relative"), ("participant_nouns", "participants"),
                         ("trained_passive", "trained_passive"), ("serving", "serving")):
            add_cues(f"actor:{cat}", a.get(key))
        add_extra("reasons", "actor:reason", a.get("reasons"))
        add_cues("actor:supporter", a.get("supporters"))
        add_cues("actor:especially", a.get("especially"))
        add_cues("actor:each_of", a.get("each_of"))
        add_cues("actor:condemns", a.get("condemnations"))
        add_extra("between", "actor:between", a.get("between"))
        add_extra("bare_councils", "actor:bare_council", a.get("bare_councils"))
        add_extra("between", "actor:between_head", (a.get("between_far") or {}).get("heads"))
        add_extra("between", "actor:between_word", (a.get("between_far") or {}).get("words"))
        add_extra("by_people", "actor:by_people", a.get("by_people"))
        add_extra("likewise", "actor:likewise", a.get("likewise"))
        add_cues("actor:list_subject", a.get("list_subjects"))
        after_verb = a.get("list_subjects_after_verb") or {}
        add_cues("actor:list_subject_head", after_verb.get("heads"))
        add_extra("list_subjects", "actor:list_subject_verb", after_verb.get("verbs"))  # "are", "sont", "هي"
        # matched only where a reading needs them: near a mission named, in or after a sentence naming the Coalition
        add_extra("mission_anaphora", "actor:mission_anaphor", a.get("mission_anaphora"))
        add_extra("mission_anaphora", "actor:mission_anaphor_after", a.get("mission_anaphora_after_subject"))
        add_extra("membership", "actor:membership", a.get("membership"))
        add_extra("membership", "actor:membership_after", a.get("membership_after"))
        add_extra("possessives", "actor:possessive", a.get("possessives"))
        add_extra("home", "actor:home", a.get("home_institutions"))  # after a place fronted: "In Tunisia, parliament …"
        add_extra("joint_subjects", "actor:joint_subject", a.get("joint_subjects"))
        add_cues("actor:plural", a.get("plural_three"))  # a plural subject, of three partners
        add_cues("actor:plural_three", a.get("plural_three"))
        add_cues("personnel:not", conf.get("personnel_not"))
        add_cues("personnel:total", conf.get("personnel_total"))
        add_cues("personnel:total_noun", conf.get("personnel_total_nouns"))
        add_cues("respectively", conf.get("respectively"))
        add_cues("personnel:after_acronym", conf.get("personnel_after_acronym"))
        add_cues("personnel:header", conf.get("personnel_headers"))
        add_cues("topic", conf.get("topic"))
        for concept, phrases in conf["lines_of_effort"].items():
            add_cues(f"loe:{concept}", phrases)
        for concept, phrases in (conf.get("lines_of_effort_weak") or {}).items():
            add_cues(f"loeweak:{concept}", phrases)
        for concept, phrases in (conf.get("lines_of_effort_not") or {}).items():
            add_cues(f"loenot:{concept}", phrases)
        for concept, phrases in (conf.get("lines_of_effort_context") or {}).items():
            add_extra("loe-context", f"loectx:{concept}", phrases)
        nums = Gazetteer()
        nconf = vocab.numbers[lang]
        for kind in ("units", "tens", "hundreds", "scales"):
            for word, value in nconf[kind].items():
                nums.add(str(word), lang, Entry("number", kind, lang, str(word), int(value)))
        for word in nconf.get("approximate", ()):
            nums.add(str(word), lang, Entry("number", "approximate", lang, str(word)))
        for word in nconf.get("vague", ()):
            nums.add(str(word), lang, Entry("number", "vague", lang, str(word)))
        for word in nconf.get("indefinite", ()):
            nums.add(str(word), lang, Entry("number", "indefinite", lang, str(word)))
        for word in nconf.get("joiners", ()):
            nums.add(str(word), lang, Entry("number", "joiner", lang, str(word)))
        for word in nconf.get("partitives", ()):
            nums.add(str(word), lang, Entry("number", "partitive", lang, str(word)))
        return cls(
            lang=lang, conf=conf, entities=ents, cues=cues, numbers=nums, glossary=gloss, extra=extra,
            abbreviations=frozenset(conf.get("abbreviations") or ()),
            connectors=frozenset(phrase_key(str(w), lang) for w in conf.get("name_connectors") or ()),
            months=frozenset(phrase_key(name, lang) for name in month_names),
            leading_drop=frozenset(phrase_key(str(w), lang) for w in conf.get("name_leading_drop") or ()),
            # one-word cues of an Arabic subject's position, looked up by key in the sentences
            # that have partners (``ActorFinder._cue_sets``)
            words={cat: frozenset(phrase_key(str(w), lang) for w in a.get(key) or ())
                   for key, cat in (("particles", "particle"), ("institution_owners", "institution_owner"), ("time_fronts", "time"))},
        )
