"""The shapes compiled: node and property shapes with their constraints, from the shapes
graph, and the results a check gives."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox

from ..model import InputError, read_bytes
from ..namespaces import PREFIXES, RDF, RDFS

SH = PREFIXES["sh"]
RDF_TYPE = f"<{RDF}type>"
SUBCLASS = f"<{RDFS}subClassOf>"


class Unsupported(Exception):
    """The shapes use a SHACL feature this validator does not implement."""


# --- shapes ------------------------------------------------------------------------

@dataclass
class Constraints:
    """What a value node must satisfy; shared by node shapes (the focus node is the value)
    and property shapes (each value of the path)."""

    datatype: str | None = None
    classes: list[str] = field(default_factory=list)
    in_: frozenset[str] | None = None
    language_in: tuple[str, ...] | None = None
    pattern: re.Pattern | None = None
    min_length: int | None = None
    min_inclusive: Decimal | None = None
    nodes: list[str] = field(default_factory=list)  # shape ids

    @cached_property
    def reads_literals(self) -> bool:
        """Whether a value's lexical form, language or datatype is checked (else it is not
        parsed: most values are IRIs checked for their class or shape)."""
        return (self.datatype is not None or self.language_in is not None or self.pattern is not None
                or self.min_length is not None or self.min_inclusive is not None)

    @cached_property
    def empty(self) -> bool:
        return (self.datatype is None and not self.classes and self.in_ is None and self.language_in is None
                and self.pattern is None and self.min_length is None and self.min_inclusive is None and not self.nodes)


@dataclass
class PropertyShape:
    id: str
    path: str
    inverse: bool
    severity: str
    message: str | None
    values: Constraints
    min_count: int | None = None
    max_count: int | None = None
    unique_lang: bool = False
    less_than: str | None = None
    qualified: tuple[str, int] | None = None  # (shape id, qualifiedMinCount)


@dataclass
class NodeShape:
    id: str
    targets: list[str]
    severity: str
    message: str | None
    values: Constraints
    properties: list[PropertyShape]


@dataclass(frozen=True, slots=True)
class Result:
    focus: str
    path: str | None  # "<iri>" or "^<iri>"
    component: str  # local name, e.g. MinCountConstraintComponent
    severity: str  # Violation | Warning | Info
    value: str | None
    message: str | None
    shape: str


KNOWN = {SH + p for p in (
    "targetClass", "property", "path", "inversePath", "minCount", "maxCount", "datatype", "class", "in", "languageIn",
    "uniqueLang", "pattern", "flags", "minLength", "minInclusive", "lessThan", "node", "qualifiedValueShape",
    "qualifiedMinCount", "severity", "message", "name", "description", "order", "group", "deactivated")}


class Shapes:
    def __init__(self, shapes: dict[str, NodeShape]) -> None:
        self.shapes = shapes

    @classmethod
    def load(cls, path: Path) -> Shapes:
        try:
            quads = list(ox.parse(read_bytes(path), format=ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri()))
        except SyntaxError as e:
            raise InputError(f"{path}: {' '.join(str(e).split())}") from e
        # the shapes' blank nodes named in the order the file gives them, not as each parse
        # draws them: shape ids, and the results naming them, are the same in every process
        names: dict[str, ox.BlankNode] = {}

        def stable(t):
            return names.setdefault(t.value, ox.BlankNode(f"shape{len(names)}")) if isinstance(t, ox.BlankNode) else t

        return cls.compile([ox.Triple(stable(q.subject), q.predicate, stable(q.object)) for q in quads])

    @classmethod
    def compile(cls, triples: Iterable[ox.Triple]) -> Shapes:
        out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for t in triples:
            out[str(t.subject)][t.predicate.value].append(t.object)
        for node, props in out.items():
            for p in props:
                if p.startswith(SH) and p not in KNOWN:
                    raise Unsupported(f"{p[len(SH):]} (on {node})")

        def one(node: str, p: str):
            v = out.get(node, {}).get(SH + p, [])
            return v[0] if v else None

        def rdf_list(node) -> list:
            items, cur = [], node
            while cur is not None and str(cur) != f"<{RDF}nil>":
                first = out[str(cur)].get(RDF + "first", [])
                if not first:
                    raise Unsupported(f"malformed RDF list at {cur}")
                items.append(first[0])
                rest = out[str(cur)].get(RDF + "rest", [])
                cur = rest[0] if rest else None
            return items

        def constraints(node: str) -> Constraints:
            c = Constraints()
            if (d := one(node, "datatype")) is not None:
                c.datatype = d.value
            c.classes = [str(x) for x in out[node].get(SH + "class", [])]
            if (lst := one(node, "in")) is not None:
                c.in_ = frozenset(str(x) for x in rdf_list(lst))
            if (lst := one(node, "languageIn")) is not None:
                c.language_in = tuple(x.value.lower() for x in rdf_list(lst))
            if (pat := one(node, "pattern")) is not None:
                flags = one(node, "flags")
                f = 0
                for ch in (flags.value if flags is not None else ""):
                    f |= {"i": re.I, "m": re.M, "s": re.S, "x": re.X}.get(ch, 0)
                c.pattern = re.compile(pat.value, f)
            if (n := one(node, "minLength")) is not None:
                c.min_length = int(n.value)
            if (n := one(node, "minInclusive")) is not None:
                c.min_inclusive = Decimal(n.value)
            c.nodes = [str(x) for x in out[node].get(SH + "node", [])]
            return c

        def severity(node: str) -> str:
            s = one(node, "severity")
            return s.value[len(SH):] if s is not None else "Violation"

        def message(node: str) -> str | None:
            m = one(node, "message")
            return m.value if m is not None else None

        node_ids = set()
        for node, props in out.items():
            if SH + "targetClass" in props or SH + "property" in props or any(
                    str(o) == f"<{SH}NodeShape>" for o in props.get(RDF + "type", [])):
                node_ids.add(node)
        for props in list(out.values()):
            for key in ("node", "qualifiedValueShape"):
                node_ids.update(str(x) for x in props.get(SH + key, []))

        shapes: dict[str, NodeShape] = {}
        for node in sorted(node_ids):
            props = []
            for pnode in out[node].get(SH + "property", []):
                pid = str(pnode)
                path = one(pid, "path")
                if path is None:
                    raise Unsupported(f"a property shape without sh:path ({pid})")
                inverse = False
                if isinstance(path, ox.BlankNode):
                    inv = one(str(path), "inversePath")
                    if inv is None or not isinstance(inv, ox.NamedNode) or len(out[str(path)]) != 1:
                        raise Unsupported(f"only predicate and inverse paths ({pid})")
                    path, inverse = inv, True
                ps = PropertyShape(pid, f"<{path.value}>", inverse, severity(pid), message(pid), constraints(pid))
                if (n := one(pid, "minCount")) is not None:
                    ps.min_count = int(n.value)
                if (n := one(pid, "maxCount")) is not None:
                    ps.max_count = int(n.value)
                if (u := one(pid, "uniqueLang")) is not None:
                    ps.unique_lang = u.value == "true"
                if (lt := one(pid, "lessThan")) is not None:
                    ps.less_than = f"<{lt.value}>"
                if (q := one(pid, "qualifiedValueShape")) is not None:
                    n = one(pid, "qualifiedMinCount")
                    ps.qualified = (str(q), int(n.value) if n is not None else 0)
                props.append(ps)
            targets = [f"<{c.value}>" for c in out[node].get(SH + "targetClass", [])]
            shapes[node] = NodeShape(node, targets, severity(node), message(node), constraints(node), props)
        return cls(shapes)

    # --- validation ----------------------------------------------------------------

    def validate(self, triples: Iterable[tuple[str, str, str]]) -> list[Result]:
        from .run import _Run  # the run reads the shapes: imported when one is made

        return _Run(self, sorted(triples)).results()

    def paths_to(self, cls: str) -> set[str]:
        """The predicates whose values the shapes require to be instances of ``cls``."""
        return {ps.path for s in self.shapes.values() for ps in s.properties if not ps.inverse and cls in ps.values.classes}

    def validate_quads(self, rows: list[tuple[str, str, str, str]]) -> list[Result]:
        """Quads (graph, subject, predicate, object), sorted by graph and subject."""
        from .run import _Run

        return _Run(self, rows, col=1).results()


def ordered(results: Iterable[Result]) -> list[Result]:
    """Results once each, in the report's order: the same whether one run found them
    or several runs over parts of the data (which can find the same one)."""
    return sorted(set(results), key=lambda r: (r.focus, r.path or "", r.component, r.value or "", r.shape))


def triples_of(terms: Iterable[ox.Triple]) -> list[tuple[str, str, str]]:
    """pyoxigraph triples as the N-Triples term texts the validator reads."""
    return [(str(t.subject), str(t.predicate), str(t.object)) for t in terms]
