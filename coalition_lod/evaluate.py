"""Evaluate: precision, recall and F1 of the extraction against gold annotations.

Scored the way the contract describes, through the contract queries: each text is
built on its own, the queries' rows are read back, and names are matched against any
label of the extracted entity (in any language), ignoring case, punctuation and accents.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .ingest import collect
from .langs import name_key, sentences
from .model import Document, InputError
from .publish import convert
from .query import Table, run_on_store
from .reconcile import Knowledge
from .vocab import load_yaml, vocabulary

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
        lines = [f"{'lang':4} {'type':28} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4}"]
        for lang in self.languages():
            for k in kinds:
                if (lang, k) not in self.scores:
                    continue
                s = self.scores[(lang, k)]
                lines.append(f"{lang:4} {k:28} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:4} {s.fp:4} {s.fn:4}")
        return "\n".join(lines) + "\n"


def _queries_dir() -> Path:
    from .vocab import data_dir

    return data_dir().parent / "queries"


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


def evaluate(gold_dir: Path, inputs: list[Path]) -> Evaluation:
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
        gold = load_yaml(gold_path)
        facts = gold.get("facts") or {}
        code = str(gold["partner"]["code"])
        extractions, k, triples = convert([path])
        lang = gold.get("lang") or extractions[0].doc.lang
        quote = _Quoter(k, extractions[0].doc)
        store = ox.Store()
        store.extend([ox.Quad(t.subject, t.predicate, t.object) for t in triples])
        labels = _labels(store)
        where = path.name

        def table(name: str, store=store, code=code) -> list[dict]:
            t = _rows(store, name)
            return [dict(zip(t.columns, r, strict=True)) for r in t.rows if r[0] == code]

        members = [r for r in _rows(store, "members").rows]
        if not any(r[0] == code for r in members):
            ev.errors.append(f"{where}: partner {code} not found (got {[r[0] for r in members]})")
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
                ev.errors.append(f"{where}: missed {kind} {name}{quote.named([name, *(g.get('aliases') or [])])}")
            for r in extra:
                ev.errors.append(f"{where}: false {kind} {r.get(col + 'Label') or r[col]}{quote.fact(r[col])}")
            for g, r in pairs:
                for a in attrs:
                    _attr(ev, lang, a, g.get(a), r.get(a), where, g.get("name") or g.get("mission"), quote.fact(r[col]))
        # resolutions: by body and number
        rows = table("resolutions")
        got = {(r["body"], str(r["number"])): r for r in rows}
        for g in facts.get("resolutions") or []:
            k = (g["body"], str(g["number"]))
            if k in got:
                ev.add(lang, "resolution", tp=1)
                row = got.pop(k)
                _attr(ev, lang, "relation", g.get("relation"), row["relation"], where, f"resolution {k[1]}", quote.fact(row["resolution"]))
            else:
                ev.add(lang, "resolution", fn=1)
                ev.errors.append(f"{where}: missed resolution {k[0]} {k[1]}{quote.named([k[1]])}")
        for key, row in got.items():
            ev.add(lang, "resolution", fp=1)
            ev.errors.append(f"{where}: false resolution {key[0]} {key[1]}{quote.fact(row['resolution'])}")
        for kind, query, col, gold_key in (("cooperation", "cooperation", "otherCode", "cooperates_with"),
                                           ("line_of_effort", "lines-of-effort", "concept", "lines_of_effort")):
            want = {str(x) for x in facts.get(gold_key) or []}
            have = {r[col] for r in table(query)}
            ev.add(lang, kind, tp=len(want & have), fp=len(have - want), fn=len(want - have))
            for x in sorted(want - have):
                ev.errors.append(f"{where}: missed {kind} {x}")
            for x in sorted(have - want):
                ev.errors.append(f"{where}: false {kind} {x}{quote.fact(x, kind)}")
    return ev


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

    def fact(self, value: str, kind: str | None = None) -> str:
        """Evidence of the fact whose object is the IRI, partner code or concept."""
        for f in sorted(self.k.facts.values(), key=lambda f: f.iri):
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
