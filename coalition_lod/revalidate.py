"""Validation kept from the previous build: a rebuild checks again only the focus nodes
whose data may have changed, and takes the others' results from the previous build.

The compiled validator (``shacl``) checks each focus node against its shapes by reading
rows: the node's own, its values' (their types, the shapes they must conform to), and
the subjects found by an inverse path. What it read is recorded (``_Run.reads``); the
results of a check follow from the rows of those nodes alone, with the class hierarchy.

The rows are kept track of in **parts**: a document's graph is one part (its digest is
``rdf.graph_digest``, which the build has for the pages and the format chunks); in the
small graphs that every document refers to (the vocabulary, the provenance), each
subject's rows are a part of their own, so that one new label does not make every fact
that names a partner look changed. Focus nodes are checked in groups, by the part that
holds their first rows; a group's entry keeps the parts its checks read, the nodes they
read that had no rows at all, a digest of its (shape, node) list and its results.

A rebuild finds the parts that changed (another digest, new, gone) and the nodes they
now say something about: as subject, or as the object of a predicate some shape follows
backwards. A group is kept when its list of checks is the same, none of the parts it
read changed, no part that now holds rows of those nodes changed (a node read may have
gained rows elsewhere), and no node it found absent is now stated. Any other group is
checked again. ``tests/test_revalidate.py`` holds the results equal to a whole
validation's on edits made to cross those lines.
"""

from __future__ import annotations

import hashlib
import itertools
import operator
import time
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import load_state, save_state, state_file
from .convert import Timings, no_gc
from .describe import Stats
from .forked import BESIDE, Forked, can_fork
from .rdf import Graphs, Line, graph_digest, is_document_graph
from .resources import shapes_path
from .shacl import NodeShape, Result, Shapes, _Run, ordered
from .validate import Report, _compiled, report_of, validate_quads

if TYPE_CHECKING:
    from .ahead import Ahead

VERSION = 1  # of the state's layout


class Revalidation:
    """One validation of a release's quads (sorted by graph and subject), keeping what a
    rebuild needs (``state``) and using the previous build's (``old``: a ``state``, or
    None). ``graphs``: the quads' graphs and their digests, where the build has them."""

    def __init__(self, shapes: Shapes, rows: list[tuple[str, str, str, str]], graphs: Graphs | None = None,
                 old: dict | None = None, run: _Run | None = None) -> None:
        """``run``: the validator's index of the rows, where it is made already (``ahead``)."""
        self.run = run = run or _Run(shapes, rows, col=1)
        self.rows = rows
        self.graphs = graphs or Graphs.of(rows)
        self._keys: dict[str, tuple[str, ...]] = {}
        self.parts = self._parts()
        # what the validation depends on besides the rows: the class hierarchy
        hierarchy = "\n".join(f"{c} {' '.join(sorted(subs))}" for c, subs in sorted(run.sub.items()))
        self.context = hashlib.sha256(f"{VERSION}\0{hierarchy}".encode()).digest()
        if old is not None and (old.get("version") != VERSION or old.get("context") != self.context):
            old = None
        self.old = old
        self.checked = self.kept = 0  # groups
        self.groups: dict[str, tuple[bytes, frozenset[str], frozenset[str], tuple[Result, ...]]] = {}

    # --- parts --------------------------------------------------------------------

    def _parts(self) -> dict[str, bytes]:
        """Every part's digest: a document graph's, each subject's rows in another graph."""
        parts: dict[str, bytes] = {}
        rows = self.rows
        for g, a, b in self.graphs.ranges:
            if is_document_graph(g):
                parts[g] = self.graphs.digests[g]
                continue
            for s, part in itertools.groupby(rows[a:b], key=operator.itemgetter(1)):
                parts[g + "\x01" + s] = graph_digest(list(part))
        return parts

    def keys_of(self, node: str) -> tuple[str, ...]:
        """The parts that hold the node's rows (none: the node is not stated)."""
        found = self._keys.get(node)
        if found is None:
            keys = []
            for code in self.run.codes(node):
                g = self.rows[code >> 32][0]
                keys.append(g if is_document_graph(g) else g + "\x01" + node)
            found = self._keys[node] = tuple(dict.fromkeys(keys))
        return found

    def _changed(self) -> tuple[set[str], set[str]]:
        """The parts to distrust (changed, new, gone; and those holding rows of the nodes
        the changed parts now speak of), and those nodes."""
        old = self.old["parts"] if self.old else {}
        changed = {k for k, d in self.parts.items() if old.get(k) != d} | (old.keys() - self.parts.keys())
        nodes: set[str] = set()
        inverse = self.run.inverse_preds
        for k in changed:
            if k not in self.parts:
                continue
            g, _, subject = k.partition("\x01")
            for code in self._codes(g, subject):
                for i in range(code >> 32, code & 0xFFFFFFFF):
                    _g, s, p, o = self.rows[i]
                    nodes.add(s)
                    if p in inverse:
                        nodes.add(o)
        distrusted = set(changed)
        for n in nodes:
            distrusted.update(self.keys_of(n))
        return distrusted, nodes

    def _codes(self, graph: str, subject: str) -> Iterable[int]:
        """The row ranges of a part, as the validator's index codes them."""
        if subject:
            return [c for c in self.run.codes(subject) if self.rows[c >> 32][0] == graph]
        a, b = self.graphs.spans[graph]
        return [a << 32 | b]

    # --- checking -----------------------------------------------------------------

    def results(self, grouped: Grouped | None = None) -> list[Result]:
        """``grouped``: the checks grouped already (``Grouped.of(self.run)``, or brought up
        to date since)."""
        grouped = grouped or Grouped.of(self.run)
        groups = grouped.groups
        distrusted, spoken_of = self._changed() if self.old else (set(), set())
        before = self.old["groups"] if self.old else {}
        out: list[Result] = []
        run = self.run
        for home, checks in groups.items():
            listed = grouped.listed.get(home) or _listed(checks)
            prev = before.get(home)
            if prev is not None and prev[0] == listed and prev[1].isdisjoint(distrusted) and prev[2].isdisjoint(spoken_of):
                self.groups[home] = prev
                out.extend(prev[3])
                self.kept += 1
                continue
            found, reads = run.recorded(checks)
            parts, absent = set(), set()
            for n in reads:
                keys = self.keys_of(n)
                if keys:
                    parts.update(keys)
                else:
                    absent.add(n)
            self.groups[home] = (listed, frozenset(parts), frozenset(absent), tuple(found))
            out.extend(found)
            self.checked += 1
        return ordered(out)

    def state(self) -> dict:
        """What the next build needs to keep these results (after ``results``)."""
        return {"version": VERSION, "context": self.context, "parts": self.parts, "groups": self.groups}


def home(run: _Run, node: str) -> str:
    """The part that holds the node's rows in the first of their graphs by name ("":
    none), which groups its checks: in the build's quads, sorted by graph, the part of
    its first rows, whatever order the index has them in (``ahead``)."""
    r = run.ranges.get(node)
    if r is None:
        return ""
    rows = run.rows
    g = rows[r >> 32][0] if isinstance(r, int) else min(rows[c >> 32][0] for c in r)
    return g if is_document_graph(g) else g + "\x01" + node


def _listed(checks: list[tuple[NodeShape, str]]) -> bytes:
    """A group's list of checks, hashed: a group is kept only with the same list."""
    return hashlib.sha256("\n".join(f"{shape.id} {node}" for shape, node in checks).encode()).digest()[:16]


class Grouped:
    """The (shape, focus node) checks by the part that groups them (``home``), each group
    in the order of ``_Run.focus``, and the groups' ``_listed`` digests where known."""

    def __init__(self, groups: dict[str, list[tuple[NodeShape, str]]], homes: dict[str, str] | None = None) -> None:
        self.groups, self.homes = groups, homes
        self.listed: dict[str, bytes] = {}

    @classmethod
    def of(cls, run: _Run, ahead: bool = False) -> Grouped:
        """Every check grouped; ``ahead``: with each node's group and each group's digest,
        to be brought up to date (``update``) once the index has changed."""
        groups: dict[str, list[tuple[NodeShape, str]]] = {}
        for check in run.focus():
            groups.setdefault(home(run, check[1]), []).append(check)
        if not ahead:
            return cls(groups)
        g = cls(groups, {node: h for h, checks in groups.items() for _shape, node in checks})
        g.listed = {h: _listed(checks) for h, checks in groups.items()}
        return g

    def update(self, run: _Run, nodes: set[str]) -> None:
        """After ``nodes`` gained or lost rows in ``run`` (and no class hierarchy changed):
        their checks taken out and made again, as ``of`` would make them now. The checks
        of every other node are what they were: the same types, the same graphs."""
        assert self.homes is not None
        shapes = list(run.shapes.shapes.values())
        order = {shape.id: i for i, shape in enumerate(shapes)}
        touched: dict[str, set[str]] = {}  # group -> its nodes taken out
        for n in nodes:
            h = self.homes.pop(n, None)
            if h is not None:
                touched.setdefault(h, set()).add(n)
        for h, gone in touched.items():
            self.groups[h] = [c for c in self.groups[h] if c[1] not in gone]
        for n in nodes:
            types = run._types(n)
            h = None
            for shape in shapes:
                if any(t in run.subclasses(target) for target in shape.targets for t in types):
                    h = h or home(run, n)
                    self.groups.setdefault(h, []).append((shape, n))
                    touched.setdefault(h, set())
            if h is not None:
                self.homes[n] = h
        for h in touched:
            checks = self.groups[h]
            if not checks:
                del self.groups[h]
                self.listed.pop(h, None)
                continue
            checks.sort(key=lambda c: (order[c[0].id], c[1]))
            self.listed[h] = _listed(checks)


@cache
def fingerprint() -> str:
    """What the kept results depend on besides the rows: the shapes and this code."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256(f"{VERSION}\0".encode())
    for f in (shapes_path(), *sorted((here / "shacl").glob("*.py")), here / "revalidate.py"):
        h.update(f.read_bytes() + b"\0")
    return h.hexdigest()


class Kept:
    """The previous build's checks for the release in ``out``, kept in the cache folder
    (``load``, in the validating process), and this build's, saved with the release."""

    def __init__(self, folder: Path, out: Path) -> None:
        self.out = out.resolve()
        self.path = state_file(folder, "validation", self.out)
        self.new: dict | None = None

    def load(self) -> dict | None:
        state = load_state(self.path, self.out)
        return state if state is not None and state.get("fingerprint") == fingerprint() else None

    def save(self, release: Path) -> None:
        if self.new is not None:
            save_state(self.path, release, {**self.new, "fingerprint": fingerprint()})


# --- in a build -------------------------------------------------------------------

def _validate(lines: list[Line], validator: str, checked: Report | None, kept: Kept | None,
              graphs: Graphs | None) -> tuple[Report, Stats, float, dict | None, tuple[int, int], float]:
    """The report, the dataset's statistics, the CPU seconds they took (in a forked
    process sharing two cores with the rest, its wall time would say little), the state
    for the next build, (groups checked, groups kept), and the seconds of them spent
    before the map (none here: ``ahead``)."""
    t0 = time.process_time()
    state, counts = None, (0, 0)
    with no_gc():
        compiled = _compiled(None) if checked is None and validator != "pyshacl" and kept is not None else None
        if compiled is not None:
            run = Revalidation(compiled, lines, graphs, kept.load())
            report = report_of(run.results())
            state, counts = run.state(), (run.checked, run.kept)
            # the validator's index has counted the subjects, the classes' instances and the graphs' rows
            stats = Stats.of(lines, len(run.run.ranges), run.run.instances, run.graphs.ranges)
        else:
            report = checked or validate_quads(lines, reference=validator == "pyshacl")
            stats = Stats.of(lines)
    return report, stats, time.process_time() - t0, state, counts, 0.0


class Validation:
    """The release validated (unless the cluster has: ``checked``) in a forked process
    while this one draws the pages: a release that does not conform is then thrown away
    with its temporary folder, pages and all. With ``kept``, only what may have changed
    since the previous build is checked again; with ``ahead`` (``ahead.Ahead``), the
    validation begun before the map is given these quads, where it can take them."""

    def __init__(self, lines: list[Line], validator: str, workers: int, checked: Report | None = None,
                 kept: Kept | None = None, graphs: Graphs | None = None, ahead: Ahead | None = None) -> None:
        self.proc, self.done, self.kept, self.ahead = None, None, kept, False
        self.counts = (0, 0)  # groups of focus nodes checked, kept (``result``)
        self.redo = lambda: _validate(lines, validator, checked, kept, graphs)
        if (checked is None and validator != "pyshacl" and kept is not None and graphs is not None
                and ahead is not None and ahead.send(lines, graphs)):
            self.proc, self.ahead = ahead.proc, True
        elif checked is None and workers > 1 and can_fork():
            self.proc = Forked(_validate, lines, validator, None, kept, graphs, niceness=BESIDE)
        else:
            self.done = _validate(lines, validator, checked, kept, graphs)

    def result(self, timings: Timings) -> tuple[Report, Stats]:
        if self.done is None:
            with timings("waiting for the validation"):
                try:
                    self.done = self.proc.result()
                except Exception:
                    if not self.ahead:
                        raise
                    # begun ahead, it failed (its own copy of the quads, killed short of
                    # memory): it was only a head start, and the build validates itself
                    self.done = None
            if self.done is None:  # the validation begun ahead could not take this build's quads
                self.done = self.redo()
        report, stats, seconds, state, self.counts, before = self.done
        timings.stages["validate"] = seconds
        if before:
            timings.stages["validate: begun before the map (cpu)"] = before
        if self.kept is not None:
            self.kept.new = state
        return report, stats

    def kept_said(self) -> str:
        """For the progress line: how many groups of focus nodes were checked again."""
        checked, kept = self.counts
        groups = "group" if checked == 1 else "groups"
        return f" ({checked:,} {groups} of focus nodes checked, {kept:,} kept from the previous build)" if kept else ""

    def close(self) -> None:
        if self.proc is not None:
            self.proc.close()
