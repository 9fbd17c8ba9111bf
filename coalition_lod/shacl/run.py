"""A validation run: the rows indexed by node (added and dropped by ranges, as a rebuild
needs), and the shapes' checks of each focus node over that index."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .literals import _datatype_ok, _less, _number, parse_literal
from .shapes import RDF_TYPE, SUBCLASS, Constraints, NodeShape, PropertyShape, Result, Shapes, ordered


class _Run:
    """One validation over rows of N-Triples terms, each subject's rows contiguous (the
    build's quads are sorted by graph and subject). The index is where each subject's
    rows start and end, not a copy of them: on millions of quads a dictionary of every
    (subject, predicate) costs more memory than the quads themselves."""

    def __init__(self, shapes: Shapes, rows: list[tuple[str, ...]], col: int = 0, index: bool = True) -> None:
        """``index=False``: the rows are indexed later, a run of them at a time (``add``)."""
        self.shapes = shapes
        self.rows, self.cs, self.cp, self.co = rows, col, col + 1, col + 2
        self.inverse_preds = {p.path for s in shapes.shapes.values() for p in s.properties if p.inverse}
        self.ranges: dict[str, int | list[int]] = {}  # subject -> start << 32 | end, or several
        self.inc: dict[tuple[str, str], list[str]] = {}
        self.instances: dict[str, list[str]] = defaultdict(list)
        self._stated_sub: Counter[tuple[str, str]] = Counter()  # (class, subclass) -> the rows saying so
        self._forget()
        # the nodes whose rows the checks read, while a caller records them (``revalidate``):
        # a check's results follow from those rows alone (and the class hierarchy)
        self.reads: set[str] | None = None
        if index:
            self.add(0, len(rows))

    def _forget(self) -> None:
        """What the checks kept of the index, forgotten as it changes (``add``, ``drop``);
        the class hierarchy made again from the rows stating it."""
        self.sub: dict[str, set[str]] = defaultdict(set)
        for cls, subclass in self._stated_sub:
            self.sub[cls].add(subclass)
        self._subclasses: dict[str, set[str]] = {}
        self._conforms: dict[tuple[str, str], bool] = {}
        self._instances: dict[tuple[str, str], bool] = {}
        self._props: tuple[str, dict[str, list[str]]] = ("", {})

    def add(self, a: int, b: int) -> None:
        """Index the rows ``a`` to ``b``, each subject's rows in them contiguous (a subject
        whose rows are in several such runs has a range in each)."""
        ranges, inc, instances, stated_sub, inverse_preds = self.ranges, self.inc, self.instances, self._stated_sub, self.inverse_preds
        cs, cp, co = self.cs, self.cp, self.co
        start, prev = a, None
        whole = a == 0 and b == len(self.rows)
        for i, row in enumerate(self.rows if whole else self.rows[a:b], a):  # (islice would walk the first a rows)
            s, p = row[cs], row[cp]
            if s is not prev and s != prev:
                if prev is not None:
                    _add_range(ranges, prev, start, i)
                prev, start = s, i
            if p == RDF_TYPE:
                instances[row[co]].append(s)
            elif p == SUBCLASS:
                stated_sub[row[co], s] += 1
            if p in inverse_preds:
                inc.setdefault((row[co], p), []).append(s)
        if prev is not None:
            _add_range(ranges, prev, start, b)
        self._forget()

    def drop(self, a: int, b: int) -> None:
        """Take the rows ``a`` to ``b`` (a run ``add`` indexed) out of the index, as if
        they had never been there: a rebuild's validation begun on the previous build's
        graphs drops those mapped again."""
        rows, cs, cp, co = self.rows, self.cs, self.cp, self.co
        # the subjects to take out of each list of instances and of inverse values, counted
        gone: dict[int, tuple[list[str], Counter[str]]] = {}
        prev = None
        for row in rows[a:b]:
            s, p, o = row[cs], row[cp], row[co]
            if p == SUBCLASS:
                self._stated_sub[o, s] -= 1
            for lst in (self.instances[o] if p == RDF_TYPE else None,
                        self.inc[(o, p)] if p in self.inverse_preds else None):
                if lst is not None:
                    gone.setdefault(id(lst), (lst, Counter()))[1][s] += 1
            if s == prev:
                continue  # its runs here are out already
            prev = s
            r = self.ranges.get(s)
            if r is None:
                continue
            kept = [c for c in (r if isinstance(r, list) else (r,)) if not a <= c >> 32 < b]
            if not kept:
                del self.ranges[s]
            else:
                self.ranges[s] = kept[0] if len(kept) == 1 else kept
        for lst, counts in gone.values():
            left = [s for s in lst if s not in counts]
            if len(lst) - len(left) != counts.total():  # a subject listed more often than here: count
                left = []
                for s in lst:
                    n = counts.get(s)
                    if n:
                        counts[s] = n - 1
                    else:
                        left.append(s)
            lst[:] = left
        for key in [k for k, v in self.inc.items() if not v]:
            del self.inc[key]
        for key in [k for k, v in self.instances.items() if not v]:
            del self.instances[key]
        self._stated_sub = +self._stated_sub  # the statements of a subclass no row makes any more, gone
        self._forget()

    def codes(self, node: str) -> list[int] | tuple[int, ...]:
        """Where the node's rows are: start << 32 | end, one per run (none if not stated)."""
        r = self.ranges.get(node)
        return () if r is None else r if isinstance(r, list) else (r,)

    def props(self, node: str) -> dict[str, list[str]]:
        """The node's predicates and objects, gathered from its rows (the last one kept:
        a node's shapes are checked one after the other)."""
        if self.reads is not None:
            self.reads.add(node)
        if self._props[0] == node:
            return self._props[1]
        out: dict[str, list[str]] = {}
        rows, cp, co = self.rows, self.cp, self.co
        for code in self.codes(node):
            for i in range(code >> 32, code & 0xFFFFFFFF):
                row = rows[i]
                v = out.get(row[cp])
                if v is None:
                    out[row[cp]] = [row[co]]
                else:
                    v.append(row[co])
        self._props = (node, out)
        return out

    def subclasses(self, cls: str) -> set[str]:
        """The class and every class below it (rdfs:subClassOf in the data)."""
        if cls not in self._subclasses:
            seen, todo = {cls}, [cls]
            while todo:
                for c in self.sub.get(todo.pop(), ()):
                    if c not in seen:
                        seen.add(c)
                        todo.append(c)
            self._subclasses[cls] = seen
        return self._subclasses[cls]

    def is_instance(self, node: str, cls: str) -> bool:
        """Kept for the nodes checked again and again (the partners, missions and
        documents that hundreds of thousands of facts and annotations point to)."""
        key = (node, cls)
        found = self._instances.get(key)
        if self.reads is not None:
            self.reads.add(node)
        if found is None:
            types = self.props(node).get(RDF_TYPE, ()) if self._props[0] == node else self._types(node)
            found = any(t in self.subclasses(cls) for t in types)
            if len(self._instances) > 1 << 18:
                self._instances.clear()
            self._instances[key] = found
        return found

    def _types(self, node: str) -> list[str]:
        """The node's types, without disturbing the focus node's gathered properties."""
        if self.reads is not None:
            self.reads.add(node)
        rows, cp, co = self.rows, self.cp, self.co
        return [rows[i][co] for code in self.codes(node) for i in range(code >> 32, code & 0xFFFFFFFF)
                if rows[i][cp] == RDF_TYPE]

    def results(self) -> list[Result]:
        out: list[Result] = []
        for shape, node in self.focus():
            out.extend(self.check(shape, node))
        return ordered(out)

    def recorded(self, checks: Iterable[tuple[NodeShape, str]]) -> tuple[list[Result], set[str]]:
        """The results of (shape, node) checks, and the nodes whose rows they read (a
        shape conformance kept from other checks would hide what these read: none is)."""
        self.reads, self._conforms = set(), {}
        try:
            return [r for shape, node in checks for r in self.check(shape, node)], self.reads
        finally:
            self.reads = None

    def focus(self) -> list[tuple[NodeShape, str]]:
        """Every (shape, focus node) to check, shape by shape, each shape's nodes sorted."""
        return [(shape, node) for shape in self.shapes.shapes.values()
                for node in sorted({n for t in shape.targets for c in self.subclasses(t) for n in self.instances.get(c, [])})]

    def conforms(self, shape_id: str, node: str) -> bool:
        key = (shape_id, node)
        if key not in self._conforms:
            self._conforms[key] = True  # a cycle conforms while it is being checked
            self._conforms[key] = not any(True for _ in self.check(self.shapes.shapes[shape_id], node))
        return self._conforms[key]

    def check(self, shape: NodeShape, node: str) -> list[Result]:
        out = [] if shape.values.empty else [Result(node, None, comp, shape.severity, value, shape.message, shape.id)
                                              for comp, value in self.values(shape.values, [node])]
        props = self.props(node)  # held here: checking a value's own shape gathers that node's
        for ps in shape.properties:
            out.extend(self.check_property(ps, node, props))
        return out

    def values(self, c: Constraints, values: list[str]) -> list[tuple[str, str]]:
        """(component, value) for each value that breaks one of the constraints."""
        bad: list[tuple[str, str]] = []
        reads = c.reads_literals
        for v in values:
            lit = parse_literal(v) if reads else None
            if c.datatype is not None and not _datatype_ok(lit, c.datatype):
                bad.append(("DatatypeConstraintComponent", v))
            for cls in c.classes:
                if v[0] == '"' or not self.is_instance(v, cls):
                    bad.append(("ClassConstraintComponent", v))
            if c.in_ is not None and v not in c.in_:
                bad.append(("InConstraintComponent", v))
            if c.language_in is not None and not (lit is not None and lit.lang and any(
                    lit.lang == r or lit.lang.startswith(r + "-") or r == "*" for r in c.language_in)):
                bad.append(("LanguageInConstraintComponent", v))
            if c.pattern is not None and (v.startswith("_:") or not c.pattern.search(lit.lexical if lit else v[1:-1])):
                bad.append(("PatternConstraintComponent", v))
            if c.min_length is not None and (v.startswith("_:") or len(lit.lexical if lit else v[1:-1]) < c.min_length):
                bad.append(("MinLengthConstraintComponent", v))
            if c.min_inclusive is not None:
                n = _number(lit)
                if n is None or n < c.min_inclusive:
                    bad.append(("MinInclusiveConstraintComponent", v))
            for sid in c.nodes:
                if not self.conforms(sid, v):
                    bad.append(("NodeConstraintComponent", v))
        return bad

    def check_property(self, ps: PropertyShape, node: str, props: dict[str, list[str]] | None = None) -> list[Result]:
        """``props``: the node's, when the caller has them."""
        if props is None:
            props = self.props(node)
        values = self.inc.get((node, ps.path), []) if ps.inverse else props.get(ps.path, [])
        if ps.inverse and self.reads is not None:  # the subjects found: their rows hold the statements
            self.reads.update(values)
        path = ("^" if ps.inverse else "") + ps.path

        def r(comp: str, value: str | None = None) -> Result:
            return Result(node, path, comp, ps.severity, value, ps.message, ps.id)

        out = [] if ps.values.empty else [r(comp, v) for comp, v in self.values(ps.values, values)]
        distinct = set(values)
        if ps.min_count is not None and len(distinct) < ps.min_count:
            out.append(r("MinCountConstraintComponent"))
        if ps.max_count is not None and len(distinct) > ps.max_count:
            out.append(r("MaxCountConstraintComponent"))
        if ps.unique_lang:
            langs: dict[str, int] = defaultdict(int)
            for v in distinct:
                lit = parse_literal(v)
                if lit is not None and lit.lang:
                    langs[lit.lang] += 1
            out.extend(r("UniqueLangConstraintComponent") for lang, n in sorted(langs.items()) if n > 1)
        if ps.less_than is not None:
            others = props.get(ps.less_than, [])
            for v in sorted(distinct):
                for o in others:
                    if not _less(parse_literal(v), parse_literal(o)):
                        out.append(r("LessThanConstraintComponent", v))
        if ps.qualified is not None:
            sid, minimum = ps.qualified
            if sum(1 for v in distinct if self.conforms(sid, v)) < minimum:
                out.append(r("QualifiedMinCountConstraintComponent"))
        return out


def _add_range(ranges: dict[str, int | list[int]], node: str, start: int, end: int) -> None:
    code = start << 32 | end
    have = ranges.get(node)
    if have is None:
        ranges[node] = code
    elif isinstance(have, list):
        have.append(code)
    else:
        ranges[node] = [have, code]
