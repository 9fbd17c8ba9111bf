"""Evaluate: precision, recall and F1 of the extraction against gold annotations.

Scored the way the contract describes, through the contract queries: each text is
built on its own, the queries' rows are read back, and names are matched against any
label of the extracted entity (in any language), ignoring case, punctuation and accents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .ingest import collect
from .langs import name_key, sentences
from .model import Document, InputError
from .publish import convert
from .reconcile import Knowledge
from .sparql import Table, run_on_store
from .vocab import _Yaml12Loader, vocabulary

ENTITY_TYPES = ("mission", "resolution", "strategy", "initiative", "cooperation", "line_of_effort")
ATTRIBUTES = ("personnel", "status", "relation", "scope")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Evaluation:
    scores: dict[tuple[str, str], Score] = field(default_factory=lambda: defaultdict(Score))  # (lang, type)
    errors: list[str] = field(default_factory=list)

    def add(self, lang: str, kind: str, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        for key in ((lang, kind), (lang, "entities" if kind in ENTITY_TYPES else "attributes")):
            s = self.scores[key]
            s.tp, s.fp, s.fn = s.tp + tp, s.fp + fp, s.fn + fn

    def score(self, lang: str, kind: str) -> Score:
        return self.scores.get((lang, kind), Score())

    def languages(self) -> list[str]:
        return sorted({lang for lang, _ in self.scores})

    def table(self) -> str:
        kinds = ["entities", "attributes", *ENTITY_TYPES, *ATTRIBUTES]
        lines = [f"{'lang':14} {'type':18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
        for lang in self.languages():
            for k in kinds:
                if (lang, k) not in self.scores:
                    continue
                s = self.scores[(lang, k)]
                lines.append(f"{lang:14} {k:18} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4} {s.fp:4} {s.fn:4}")
        return "\n".join(lines) + "\n"


def _queries_dir() -> Path:
    from .resources import queries_path

    return queries_path()


def _rows(store, name: str) -> Table:
    path = _queries_dir() / f"{name}.rq"
    return run_on_store(store, path.read_text(encoding="utf-8"), str(path))


def _labels(store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for entity, _lang, label in _rows(store, "labels").rows:
        out[str(entity)].add(name_key(label))
    return out


def _match_named(gold: list[dict], rows: list[dict], labels: dict[str, set[str]], iri_col: str) -> tuple[list, list, list]:
    """Pair gold items with extracted rows by name; (pairs, unmatched gold, unmatched rows)."""
    pairs, left = [], list(rows)
    missed = []
    for g in gold:
        names = {name_key(g.get("name") or g.get("mission"))} | {name_key(a) for a in g.get("aliases", []) or []}
        hit = next((r for r in left if labels.get(r[iri_col], set()) & names), None)
        if hit is None:
            missed.append(g)
        else:
            pairs.append((g, hit))
            left.remove(hit)
    return pairs, missed, left


GENRES = ("news", "statement", "ministry", "report")


def by_genre(path: Path, lang: str) -> str:
    """"<lang>/<genre>": the genre is a word of the file name (``news-ottawa.en.txt``,
    ``denmark-news.en.txt``), a profile where none is."""
    words = set(path.name.split(".", 1)[0].split("-"))
    return f"{lang}/{next((g for g in GENRES if g in words), 'profile')}"


def load_gold(path: Path) -> list[dict]:
    """The gold blocks of one text: one per acting partner (YAML documents separated by ``---``)."""
    try:
        with open(path, encoding="utf-8") as f:
            blocks = [b for b in yaml.load_all(f, Loader=_Yaml12Loader) if b]  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise InputError(f"{where}: not valid YAML: {getattr(e, 'problem', None) or e}") from e
    for b in blocks:
        if not isinstance(b, dict) or not isinstance(b.get("partner"), dict) or "code" not in b["partner"]:
            raise InputError(f"{path}: every gold block needs partner: {{code: ...}}")
        _check_facts(path, b.get("facts"))
    return blocks


# the facts a gold block lists by name (CONTRACT.md), and the key each item names itself by
_NAMED_FACTS = {"missions": ("mission", "name"), "strategies": ("name",), "initiatives": ("name",), "resolutions": ("number",)}


def _check_facts(path: Path, facts: object) -> None:
    """A gold block's facts in the contract's shape, or one line naming the file and what is wrong
    ("initiatives: [Terrorist Financing Targeting Center]" for "- {name: …}" would otherwise stop the
    scoring halfway with a traceback)."""
    if facts is None:
        return
    if not isinstance(facts, dict):
        raise InputError(f"{path}: facts must be a mapping")
    for key, items in facts.items():
        if key == "member_of":
            if not isinstance(items, bool):
                raise InputError(f"{path}: facts: member_of must be true or false")
            continue
        if items is None:
            continue  # "initiatives:" with nothing after it: none stated
        if not isinstance(items, list):
            raise InputError(f"{path}: facts: {key} must be a list")
        names = _NAMED_FACTS.get(key)
        for item in items:
            if names and not (isinstance(item, dict) and any(n in item for n in names)):
                raise InputError(f"{path}: facts: {key}: each item is a mapping with {' or '.join(names)}, not {item!r}")
            if not names and not isinstance(item, str | int):
                raise InputError(f"{path}: facts: {key}: each item is a code or a name, not {item!r}")


def evaluate(gold_dir: Path, inputs: list[Path], by: Callable[[Path, str], str] | None = None) -> Evaluation:
    """Score every input text that has a gold file of the same stem.

    ``by`` names the group a text is scored in (default: its language); the README's
    per-genre table passes one that reads the genre from the file's folder.
    """
    import pyoxigraph as ox

    ev = Evaluation()
    files = collect(inputs)
    if not files:
        raise InputError("no input texts to evaluate")
    for path, _root in files:
        stem = path.name.rsplit(".", 1)[0]
        gold_path = gold_dir / f"{stem}.yaml"
        if not gold_path.exists():
            continue
        blocks = load_gold(gold_path)
        extractions, k, triples = convert([path])
        lang = blocks[0].get("lang") or extractions[0].doc.lang
        group = by(path, lang) if by else lang
        quote = _Quoter(k, extractions[0].doc)
        store = ox.Store()
        store.extend([ox.Quad(t.subject, t.predicate, t.object) for t in triples])
        labels = _labels(store)
        codes = {str(b["partner"]["code"]) for b in blocks}
        members = [r[0] for r in _rows(store, "members").rows]
        for block in blocks:
            _score_block(ev, group, block, store, labels, members, quote, path.name)
        _score_uncredited(ev, group, codes, store, quote, path.name)
    return ev


_TABLES = (  # query, kind, object column
    ("missions", "mission", "mission"), ("strategies", "strategy", "strategy"), ("initiatives", "initiative", "initiative"),
    ("resolutions", "resolution", "resolution"), ("cooperation", "cooperation", "otherCode"),
    ("lines-of-effort", "line_of_effort", "concept"),
)


def _score_uncredited(ev: Evaluation, group: str, codes: set[str], store, quote: _Quoter, where: str) -> None:
    """Facts credited to a partner no gold block names: each a false positive."""
    for query, kind, col in _TABLES:
        t = _rows(store, query)
        for r in t.rows:
            row = dict(zip(t.columns, r, strict=True))
            if row["code"] in codes:
                continue
            ev.add(group, kind, fp=1)
            ev.errors.append(f"{where}: false {kind} {row[col]} credited to {row['code']}, which no gold block names"
                             f"{quote.fact(row[col], kind)}")


def _score_block(ev: Evaluation, lang: str, gold: dict, store, labels: dict[str, set[str]], members: list[str],
                 quote: _Quoter, where: str) -> None:
    facts = gold.get("facts") or {}
    code = str(gold["partner"]["code"])

    def table(name: str) -> list[dict]:
        t = _rows(store, name)
        return [dict(zip(t.columns, r, strict=True)) for r in t.rows if r[0] == code]

    if code not in members:
        ev.errors.append(f"{where}: partner {code} not found (got {sorted(set(members))})")
    # missions, strategies, initiatives: by name, then attributes
    for kind, query, key, col, attrs in (
        ("mission", "missions", "missions", "mission", ("personnel", "status")),
        ("strategy", "strategies", "strategies", "strategy", ("relation", "scope")),
        ("initiative", "initiatives", "initiatives", "initiative", ()),
    ):
        gold_items = facts.get(key) or []
        rows = table(query)
        pairs, missed, extra = _match_named(gold_items, rows, labels, col)
        ev.add(lang, kind, tp=len(pairs), fp=len(extra), fn=len(missed))
        for g in missed:
            name = g.get("name") or g.get("mission")
            ev.errors.append(f"{where}: {code}: missed {kind} {name}{quote.named([name, *(g.get('aliases') or [])])}")
        for r in extra:
            ev.errors.append(f"{where}: {code}: false {kind} {r.get(col + 'Label') or r[col]}{quote.fact(r[col])}")
        for g, r in pairs:
            name = g.get("name") or g.get("mission")
            for a in attrs:
                _attr(ev, lang, a, g.get(a), r.get(a), f"{where}: {code}", name, quote.fact(r[col]))
    # resolutions: by body and number
    got = {(r["body"], str(r["number"])): r for r in table("resolutions")}
    for g in facts.get("resolutions") or []:
        key = (g["body"], str(g["number"]))
        if key in got:
            ev.add(lang, "resolution", tp=1)
            row = got.pop(key)
            _attr(ev, lang, "relation", g.get("relation"), row["relation"], f"{where}: {code}", f"resolution {key[1]}",
                  quote.fact(row["resolution"]))
        else:
            ev.add(lang, "resolution", fn=1)
            ev.errors.append(f"{where}: {code}: missed resolution {key[0]} {key[1]}{quote.named([key[1]])}")
    for key, row in got.items():
        ev.add(lang, "resolution", fp=1)
        ev.errors.append(f"{where}: {code}: false resolution {key[0]} {key[1]}{quote.fact(row['resolution'])}")
    for kind, query, col, gold_key in (("cooperation", "cooperation", "otherCode", "cooperates_with"),
                                       ("line_of_effort", "lines-of-effort", "concept", "lines_of_effort")):
        want = {str(x) for x in facts.get(gold_key) or []}
        have = {r[col] for r in table(query)}
        ev.add(lang, kind, tp=len(want & have), fp=len(have - want), fn=len(want - have))
        for x in sorted(want - have):
            ev.errors.append(f"{where}: {code}: missed {kind} {x}")
        for x in sorted(have - want):
            ev.errors.append(f"{where}: {code}: false {kind} {x}{quote.fact(x, kind, code)}")


class _Quoter:
    """The sentences behind an error: the evidence of a fact, or where the text names a missed one."""

    def __init__(self, k: Knowledge, doc: Document) -> None:
        self.k = k
        lex = vocabulary().lexicon(doc.lang)
        self.sents = [doc.text[a:b] for a, b in sentences(doc.text, lex.abbreviations)]

    @staticmethod
    def _fmt(text: str) -> str:
        text = " ".join(text.split())
        return "\n    « " + (text if len(text) <= 240 else text[:237] + "...") + " »"

    def fact(self, value: str, kind: str | None = None, code: str | None = None) -> str:
        """Evidence of the fact whose object is the IRI, partner code or concept (of that partner, if given)."""
        for f in sorted(self.k.facts.values(), key=lambda f: f.iri):
            if code is not None and self.k.entities[f.partner].props.get("code") != code:
                continue
            obj = self.k.entities.get(f.obj)
            if f.obj == value or kind == f.kind and (
                    obj is not None and obj.props.get("code") == value or f.obj.rsplit("/", 1)[-1] == value.replace("_", "-")):
                return "".join(self._fmt(e.text) for e in f.evidence[:2])
        return ""

    def named(self, names: list[str]) -> str:
        keys = [name_key(n) for n in names if name_key(n)]
        for sent in self.sents:
            if any(key in name_key(sent) for key in keys):
                return self._fmt(sent)
        return "\n    (no sentence names it as written)"


def _attr(ev: Evaluation, lang: str, attr: str, want: object, got: object, where: str, what: object, said: str = "") -> None:
    if want is None and got in (None, ""):
        return
    if want is None:
        ev.add(lang, attr, fp=1)
        ev.errors.append(f"{where}: {what}: {attr} {got} not in gold{said}")
    elif got in (None, ""):
        ev.add(lang, attr, fn=1)
        ev.errors.append(f"{where}: {what}: {attr} missing (gold {want}){said}")
    elif str(want) == str(got):
        ev.add(lang, attr, tp=1)
    else:
        ev.add(lang, attr, fp=1, fn=1)
        ev.errors.append(f"{where}: {what}: {attr} {got}, gold {want}{said}")
