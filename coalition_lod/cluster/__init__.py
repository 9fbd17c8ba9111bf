"""Convert on a Dask cluster: the same quads as the local build, from work that divides.

    coalition-lod build texts/ --scheduler tcp://10.0.0.5:8786    # or COALITION_LOD_SCHEDULER
    coalition-lod build texts/ --scheduler local                  # a LocalCluster on this machine

The inputs are listed and cut into partitions of about equal size in bytes (not in
count: one web archive may hold more than a thousand profiles). Each partition is read
and extracted on a worker, which keeps its extractions. The English names of new
entities, which French and Arabic names are aligned with, are merged by a tree of
small tasks. Every partition then routes its facts by entity to reconciliation buckets;
each bucket's pieces are joined by a tree of tasks (fan-in ``FAN_IN``) and reconciled
on their own, since a bucket holds every mention of its entities. No task holds every
extraction. A curation file is applied to the few entities it names, brought together
from the buckets, and its changes sent back. Buckets and partitions map their share to
sorted quads, which are merged here; validation, the formats and the pages follow as
in a local build (see ``publish``), so the release is the same, byte for byte.

Dask is an optional dependency: ``pip install 'coalition-lod[dask]'``.
"""

from __future__ import annotations

import copy
import heapq
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .. import curate
from ..cache import ExtractionCache
from ..convert import SHOWN, Outline, Timings, one_graph_per_triple, ontology_quads
from ..ingest import Item, collect
from ..ingest.remote import RemoteFile
from ..ingest.warc import Record
from ..model import InputError
from ..namespaces import VOCABULARY_GRAPH
from ..rdf import Line, iri, quad_lines, rebase, to_lines
from ..reconcile import Knowledge
from . import tasks
from .tasks import Settings

ENV = "COALITION_LOD_SCHEDULER"
FAN_IN = 8  # inputs of one step of a tree reduction
PARTS_PER_WORKER = 4  # partitions per worker thread: enough to balance, few enough to stay cheap
MIN_PART = 1 << 20  # bytes of input per partition: at least ...
MAX_PART = 64 << 20  # ... and at most, whatever the corpus


class ClusterFailed(InputError):
    """The cluster could not be reached or lost the build; told in one line, like bad input."""


def scheduler_from(given: str | None) -> str | None:
    """The scheduler named on the command line, else in ``COALITION_LOD_SCHEDULER``."""
    return given or os.environ.get(ENV) or None


@contextmanager
def connect(scheduler: str, workers: int) -> Iterator[object]:
    """A client of the scheduler at ``scheduler``, or of a ``LocalCluster`` of ``workers``
    processes on 127.0.0.1 for "local"; closed (and the local cluster stopped) after."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--scheduler needs Dask: pip install 'coalition-lod[dask]'") from None
    if scheduler == "local":
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, silence_logs=logging.ERROR) as lc, Client(lc) as client:
            yield client
        return
    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError, ValueError) as e:
        raise ClusterFailed(f"{scheduler}: cannot reach the Dask scheduler ({str(e).splitlines()[0]})") from None
    with client:
        yield client


def sizes(items: Sequence[Item]) -> list[int]:
    """Bytes of each input: a file's size, a capture's span in its archive."""
    out = []
    for n, (item, _root) in enumerate(items):
        if isinstance(item, Record):
            nxt = items[n + 1][0] if n + 1 < len(items) else None
            same = isinstance(nxt, Record) and (nxt.archive, nxt.member) == (item.archive, item.member)
            out.append(nxt.offset - item.offset if same else 16_384)  # type: ignore[union-attr]
        elif isinstance(item, RemoteFile):
            out.append(item.size)
        else:
            out.append(item.stat().st_size)
    return out


def partition(items: Sequence[Item], threads: int, smallest: int = MIN_PART) -> list[tuple[int, list[Item]]]:
    """Consecutive runs of the inputs of about equal bytes, with the index of each run's
    first input: about ``PARTS_PER_WORKER`` per worker thread, each within
    [``smallest``, ``MAX_PART``] bytes (but for the last)."""
    weights = sizes(items)
    total = sum(weights)
    target = max(smallest, min(MAX_PART, total // max(1, threads * PARTS_PER_WORKER)))
    parts: list[tuple[int, list[Item]]] = []
    start, acc = 0, 0
    for n, w in enumerate(weights):
        acc += w
        if acc >= target:
            parts.append((start, list(items[start:n + 1])))
            start, acc = n + 1, 0
    if start < len(items):
        parts.append((start, list(items[start:])))
    return parts


def tree(client, fn: Callable, futures: list, *args, fan_in: int = FAN_IN) -> tuple[object, int]:
    """Reduce futures in order, ``fan_in`` at a time, level by level: the result's future
    and the tree's depth. ``fn`` takes the inputs of one step (then ``args``)."""
    depth = 0
    while len(futures) > 1:
        futures = [client.submit(fn, *futures[i:i + fan_in], *args) for i in range(0, len(futures), fan_in)]
        depth += 1
    return futures[0], depth


def convert_on_cluster(inputs: Iterable[Path | str], scheduler: str, curation: Path | None, base: str | None,
                       cache: ExtractionCache | None, dates: dict[Path, str] | None, workers: int,
                       timings: Timings, tick: Callable[[int, int], None] | None = None,
                       say: Callable[[str], None] | None = None) -> tuple[list[Line], Outline]:
    """The release's sorted quads and the build report's outline, made on the cluster."""
    from .. import vocab

    say = say or (lambda _m: None)
    cur = curate.load(curation) if curation else None  # a bad curation file fails before any work
    notes: list[str] = []
    items = collect(inputs, notes)
    settings = Settings(tuple(p for p, *_ in vocab._EXTRA), str(cache.folder) if cache else None, dates,
                        base if base else None)
    try:
        with connect(scheduler, workers) as client:
            return _run(client, items, notes, cur, settings, timings, tick, say)
    except InputError:
        raise
    except Exception as e:  # the cluster's own failures: a lost worker, a lost scheduler
        if type(e).__name__ in ("KilledWorker", "CommClosedError", "FutureCancelledError", "CancelledError") \
                or isinstance(e, OSError | TimeoutError):
            raise ClusterFailed(f"{scheduler}: the cluster lost the build ({type(e).__name__}: "
                                f"{str(e).splitlines()[0] if str(e) else 'no detail'}); the previous release is untouched") from None
        raise


def _run(client, items: list[Item], notes: list[str], cur: curate.Curation | None, settings: Settings,
         timings: Timings, tick: Callable[[int, int], None] | None, say: Callable[[str], None]) -> tuple[list[Line], Outline]:
    from distributed import as_completed

    threads = max(1, sum(client.nthreads().values()))
    parts = partition(items, threads)
    buckets = max(threads, len(parts))
    say(f"cluster: {len(client.nthreads())} workers, {threads} threads; {len(items)} texts in {len(parts)} partitions, "
        f"{buckets} reconciliation buckets")
    stats: dict[str, object] = {"partitions": len(parts), "buckets": buckets, "workers": len(client.nthreads())}
    with timings("ingest+extract"):
        extracted = [client.submit(tasks.extract_part, chunk, first, settings, pure=False) for first, chunk in parts]
        summaries = [client.submit(tasks.summary, p) for p in extracted]
        done = 0
        for fut in as_completed(summaries):
            done += fut.result().documents
            if tick:
                tick(done, len(items))
        told = client.gather(summaries)
    with timings("reconcile"):
        names, depth = tree(client, tasks.merge_names, [client.submit(tasks.names_read, p) for p in extracted])
        routed = [client.submit(tasks.route, p, names, buckets, settings) for p in extracted]
        reconciled = []
        for b in range(buckets):
            pieces, depth_b = tree(client, tasks.combine, [client.submit(tasks.pick, r, b) for r in routed])
            depth = max(depth, depth_b)
            reconciled.append(client.submit(tasks.reconcile_bucket, pieces, names, settings))
        client.gather(reconciled)  # a duplicate document name fails here, before the mapping
        stats["tree depth"] = depth
    own = Knowledge([], {}, {}, [])  # what the curation adds that no bucket holds
    curation_said: list[str] = []
    if cur is not None:
        with timings("curate"):
            reconciled, own, curation_said = _curate(client, reconciled, cur)
    with timings("map"):
        mapped = [client.submit(tasks.bucket_lines, k, settings) for k in reconciled]
        documents = [client.submit(tasks.document_lines, p, settings) for p in extracted]
        results = client.gather(mapped)
        doc_parts = client.gather(documents)
        vocab_graph = iri(VOCABULARY_GRAPH)
        local = [(vocab_graph, s, p, o) for _g, s, p, o in quad_lines(ontology_quads())]
        if own.documents or own.facts or own.entities:
            from ..describe import provenance

            local += to_lines(own) + quad_lines(provenance(own.documents))
        if settings.base:
            local = rebase(local, settings.base)
        local.sort()
        lines = list(heapq.merge(*(r.lines for r in results), *doc_parts, local))
        one_graph_per_triple(lines)
    per_part = [(s.seconds, s.peak_rss) for s in told]
    timings.stages["ingest (cpu)"] = 0.0
    timings.stages["extract (cpu)"] = sum(s for s, _ in per_part)
    stats["partition seconds (max)"] = max((s for s, _ in per_part), default=0.0)
    stats["worker peak RSS (max)"] = max([m for _, m in per_part] + [r.peak_rss for r in results], default=0)
    CLUSTER_STATS.clear()
    CLUSTER_STATS.update(stats)
    kinds: Counter[str] = Counter()
    for r in results:
        kinds.update(r.kinds)
    kinds.update(f.kind for f in own.facts.values())
    rows = [row for s in told for row in s.rows][:SHOWN]
    documents_n = len(items) + len(own.documents)
    return lines, Outline(documents_n, sum(r.facts for r in results) + len(own.facts), kinds, rows, notes,
                          curation_said, sorted(d for r in results for d in r.disagreements),
                          sum(s.extracted for s in told), len(items))


CLUSTER_STATS: dict[str, object] = {}  # the last cluster build's partitions, depth and peaks (for the benchmark)


def _curate(client, reconciled: list, cur: curate.Curation) -> tuple[list, Knowledge, list[str]]:
    """Apply the curation to the entities it names and the facts it touches, brought
    together from the buckets; send each bucket its changes. Returns the patched
    buckets, what the curation made that no bucket holds, and the report's lines."""
    names, iris = curate.wanted(cur)
    found: dict[str, object] = {}
    held: set[str] = set()
    for part in client.gather([client.submit(tasks.partners_and_named, k, names, iris) for k in reconciled]):
        held |= part.keys()
        for i, e in part.items():
            found.setdefault(i, e)
    touched: set[str] = set()
    dry = Knowledge([], copy.deepcopy(dict(sorted(found.items()))), {}, [])
    curate.apply(dry, cur, touched=touched)
    facts: dict[str, object] = {}
    for part in client.gather([client.submit(tasks.facts_named, k, touched) for k in reconciled]):
        facts.update(part)
    k = Knowledge([], dict(sorted(found.items())), dict(facts), [])
    said = [f"{cur.path}: {len(cur.entries)} entries", *curate.apply(k, cur)]
    removed = set(facts) - set(k.facts)
    patched = [client.submit(tasks.patch, b, {i: e for i, e in k.entities.items() if i in held},
                             {i: f for i, f in k.facts.items() if i in facts}, removed) for b in reconciled]
    own = Knowledge(k.documents, {i: e for i, e in k.entities.items() if i not in held},
                    {i: f for i, f in k.facts.items() if i not in facts}, [])
    return patched, own, said


__all__ = ["CLUSTER_STATS", "ClusterFailed", "connect", "convert_on_cluster", "partition", "scheduler_from"]
