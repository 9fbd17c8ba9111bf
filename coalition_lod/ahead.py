"""A rebuild's validation begun before the map, on the core that would wait.

A one-document rebuild spends its first seconds in one process (the cached extractions
read back, the reconciliation, the map) while the second core idles; the validation,
forked after the map, then indexed every quad again (most of its work) beside the
pages and the format writers, and the build waited for it. Nearly all of a rebuild's
quads are the previous build's document graphs, which the map reads back from their
chunks (``mapped``). So a process forked at the start of the build reads the previous
build's chunks itself and indexes them for the validator meanwhile.

Once the map is done, the build sends it the names of the chunks it read back and the
rows of every other graph (those mapped again, the vocabulary, the provenance). It takes
the chunks not read back out of its index, adds the rows sent, brings the groups of
checks up to date for the nodes whose rows differ (``moved``), and validates as
``revalidate`` does: its rows are the build's quads in another order, which neither the
results nor the state kept for the next build depend on (each graph's rows are together,
and a node's checks are grouped by the first of its graphs by name either way).

Where it cannot (no manifest of the release in the folder, a chunk read back that it
did not read, a chunk to take out that states a class hierarchy), it says so and the
build validates its quads itself, as it would have.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing as mp
import operator
import threading
import time
from collections import Counter
from collections.abc import Iterable
from multiprocessing.connection import Connection

from .convert import no_gc
from .describe import Stats
from .forked import BESIDE, Forked, can_fork
from .mapped import Kept as MappedKept
from .rdf import Graphs, Line
from .revalidate import Grouped, Kept, Revalidation
from .shacl import _Run
from .validate import _compiled, report_of

Delta = list[tuple[str, bytes, list[Line]]]  # the graphs not read back: (graph, digest, rows)


class Ahead:
    """The validation of the build into ``mapped``'s release folder, begun before the map
    (``proc`` None: not begun; ``send`` then says False)."""

    def __init__(self, mapped: MappedKept, kept: Kept, workers: int) -> None:
        self.mapped, self.proc = mapped, None
        if workers > 1 and can_fork() and mapped.previous is not None:
            theirs, self.orders = mp.get_context("fork").Pipe(duplex=False)
            self.proc = Forked(_validate_ahead, mapped, kept, theirs, self.orders, niceness=BESIDE)
            theirs.close()

    def send(self, lines: list[Line], graphs: Graphs) -> bool:
        """After the map: what the validation needs of this build's quads, sent from a
        thread (the validator takes it once done with the chunks). False where it has
        given up already."""
        if self.proc is None or self.proc.ready():
            return False
        read_back = self.mapped.read_back
        delta: Delta = [(g, graphs.digests[g], lines[a:b]) for g, a, b in graphs.ranges if g not in read_back]
        threading.Thread(target=self._send, args=((self.mapped.read_back_names, delta),), daemon=True).start()
        return True

    def _send(self, said: tuple[frozenset[str], Delta]) -> None:
        with contextlib.suppress(OSError):  # it has ended: the build hears why from its result
            self.orders.send(said)

    def close(self) -> None:
        if self.proc is not None:
            self.proc.close()
            self.orders.close()


def _validate_ahead(mapped: MappedKept, kept: Kept, orders: Connection, theirs: Connection) -> tuple | None:
    """In the forked process: ``revalidate._validate``'s result, with the CPU seconds
    spent before the build's rows came; None where it cannot."""
    theirs.close()  # the build's end: a build gone is then heard as the end of the pipe
    t0 = time.process_time()
    with no_gc():
        compiled = _compiled(None)
        previous = mapped.previous
        if compiled is None or previous is None:
            return None
        rows: list[Line] = []
        run = _Run(compiled, rows, col=1, index=False)
        # the previous release, chunk by chunk, and its small graphs as a chunk named "": what
        # the build does not read back is taken out again, the small graphs always
        chunks: dict[str, tuple[int, int, list[str]]] = {}  # name -> its rows' run, its graphs
        spans: dict[str, tuple[int, int]] = {}
        digests: dict[str, bytes] = {}
        for name, found in [*mapped.previous_chunks(), ("", [(g, b"", r) for g, r in previous["small"].items()])]:
            a = len(rows)
            for g, digest, graph_rows in found:
                spans[g] = (len(rows), len(rows) + len(graph_rows))
                digests[g] = digest
                rows.extend(graph_rows)
            run.add(a, len(rows))
            chunks[name] = (a, len(rows), [g for g, _d, _r in found])
        hierarchy = _hierarchy(run)
        grouped = Grouped.of(run, ahead=True)
        objects, properties = Counter(map(_O, rows)), Counter(map(_P, rows))
        old = kept.load()
        before = time.process_time() - t0
        try:
            read_back, delta = orders.recv()
        except EOFError:
            return None
        if not read_back <= chunks.keys():
            return None
        taken: list[list[Line]] = []  # the rows taken out, and those added (``delta``)
        for name, (a, b, graphs) in chunks.items():
            if name not in read_back:
                taken.append(rows[a:b])
                objects.subtract(map(_O, rows[a:b]))
                properties.subtract(map(_P, rows[a:b]))
                run.drop(a, b)
                for g in graphs:
                    del spans[g]
        for g, digest, graph_rows in delta:
            a = len(rows)
            rows.extend(graph_rows)
            run.add(a, len(rows))
            spans[g] = (a, len(rows))
            digests[g] = digest
            objects.update(map(_O, graph_rows))
            properties.update(map(_P, graph_rows))
        if _hierarchy(run) == hierarchy:
            grouped.update(run, moved(taken, [graph_rows for _g, _d, graph_rows in delta]))
        else:  # another class hierarchy: every node's checks may be others
            grouped = Grouped.of(run)
        ranges = sorted((g, a, b) for g, (a, b) in spans.items())
        r = Revalidation(compiled, rows, Graphs(ranges, {g: digests[g] for g, _a, _b in ranges}), old, run=run)
        report = report_of(r.results(grouped))
        stats = Stats.of([], len(run.ranges), run.instances, ranges, distinct_objects=_counted(objects),
                         distinct_properties=_counted(properties), triples=sum(b - a for _g, a, b in ranges))
    return report, stats, time.process_time() - t0, r.state(), (r.checked, r.kept), before


_P, _O = operator.itemgetter(2), operator.itemgetter(3)


def moved(taken: Iterable[Iterable[Line]], added: Iterable[Iterable[Line]]) -> set[str]:
    """The subjects whose rows differ between those taken out of the index and those put
    back: no other node's checks can be grouped otherwise (its types and graphs are the
    same). The small graphs are taken out and put back at every rebuild, nearly all their
    rows as they were; bringing the groups of all their subjects up to date (16,600 at
    10,000 profiles, for one document changed) was most of the validation's work after the map."""
    before, now = Counter(itertools.chain.from_iterable(taken)), Counter(itertools.chain.from_iterable(added))
    differ = before.keys() ^ now.keys()
    differ.update(row for row in before.keys() & now.keys() if before[row] != now[row])
    return {row[1] for row in differ}


def _hierarchy(run: _Run) -> dict[str, frozenset[str]]:
    return {c: frozenset(subs) for c, subs in run.sub.items()}


def _counted(counts: Counter[str]) -> int:
    """How many values are counted more than zero times (taken out as often as put in: gone)."""
    return sum(1 for n in counts.values() if n > 0)
