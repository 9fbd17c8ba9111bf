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
sorted quads and validate it on the worker (see ``validate.validate_part``); the quads
are merged here, and the formats and pages follow as in a local build (see
``publish``), so the release is the same, byte for byte.

Dask is an optional dependency: ``pip install 'coalition-lod[dask]'``.
"""

from __future__ import annotations

import copy
import heapq
import logging
import operator
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .. import curate
from ..cache import ExtractionCache
from ..convert import SHOWN, Outline, Timings, one_graph_per_triple, ontology_lines
from ..ingest import Item, collect
from ..ingest.remote import RemoteFile
from ..ingest.warc import Record
from ..model import InputError
from ..rdf import Line
from ..reconcile import Knowledge, merge_names
from ..shacl import ordered
from ..validate import Report, report_of
from . import tasks
from .tasks import Settings

ENV = "COALITION_LOD_SCHEDULER"
FAN_IN = 8  # inputs of one step of a tree reduction
PARTS_PER_WORKER = 4  # partitions per worker thread: enough to balance, few enough to stay cheap
MIN_PART = 1 << 20  # bytes of input per partition: at least ...
MAX_PART = 16 << 20  # ... and at most, whatever the corpus: one partition is under a minute of work


class ClusterFailed(InputError):
    """The cluster could not be reached or lost the build; told in one line, like bad input."""


NO_WORKERS = 60.0  # seconds a build waits for a cluster that has no worker left


def gather(client, futures: list, each: Callable | None = None) -> list:
    """The futures' results (``each`` called with each one's as it comes); a cluster left
    without workers for ``NO_WORKERS`` seconds fails the build instead of waiting for
    ever, as Dask would, for new workers."""
    from distributed import wait

    pending, alone_since = list(futures), None
    while pending:
        try:
            done, not_done = wait(pending, timeout=2, return_when="FIRST_COMPLETED")
        except TimeoutError:
            if client.scheduler_info().get("workers"):
                alone_since = None
            elif alone_since is None:
                alone_since = time.monotonic()
            elif time.monotonic() - alone_since > NO_WORKERS:
                raise ClusterFailed(f"{client.scheduler.address}: no worker left for {NO_WORKERS:.0f} s; "
                                    "the previous release is untouched") from None
            continue
        pending = list(not_done)
        for fut in done if each else ():
            each(fut.result())
    return client.gather(futures)


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
                          dashboard_address=None, silence_logs=logging.CRITICAL) as lc, Client(lc) as client:
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
                       say: Callable[[str], None] | None = None) -> tuple[list[Line], Report, Outline]:
    """The release's sorted quads, their validation report and the build report's
    outline, made on the cluster."""
    from .. import vocab

    say = say or (lambda _m: None)
    cur = curate.load(curation) if curation else None  # a bad curation file fails before any work
    notes: list[str] = []
    items = collect(inputs, notes)
    settings = Settings(tuple(p for p, *_ in vocab.extra_files()), str(cache.folder) if cache else None, dates,
                        base if base else None)
    with connect(scheduler, workers) as client:
        from distributed import KilledWorker
        from distributed.client import FutureCancelledError, FuturesCancelledError
        from distributed.comm.core import CommClosedError

        try:
            return _run(client, items, notes, cur, settings, timings, tick, say)
        except (KilledWorker, FutureCancelledError, FuturesCancelledError, CommClosedError, OSError,
                TimeoutError) as e:  # the cluster's own failures
            said = str(e).splitlines()[0] if str(e) else "no detail"
            raise ClusterFailed(f"{scheduler}: the cluster lost the build ({type(e).__name__}: {said}); "
                                "the previous release is untouched") from None


def _run(client, items: list[Item], notes: list[str], cur: curate.Curation | None, settings: Settings,
         timings: Timings, tick: Callable[[int, int], None] | None, say: Callable[[str], None]) -> tuple[list[Line], Report, Outline]:
    threads = max(1, sum(client.nthreads().values()))
    parts = partition(items, threads)
    buckets = max(threads, len(parts))
    say(f"cluster: {len(client.nthreads())} workers, {threads} threads; {len(items)} texts in {len(parts)} partitions, "
        f"{buckets} reconciliation buckets")
    stats: dict[str, object] = {"partitions": len(parts), "buckets": buckets, "workers": len(client.nthreads()),
                                "worker RSS at start": max(client.run(tasks.peak_rss).values(), default=0)}
    with timings("ingest+extract"):
        extracted = [client.submit(tasks.extract_part, chunk, first, settings, pure=False) for first, chunk in parts]
        summaries = [client.submit(tasks.summary, p) for p in extracted]
        done = [0]

        def read(s: tasks.Summary) -> None:
            done[0] += s.documents
            if tick:
                tick(done[0], len(items))

        told = gather(client, summaries, read)
    with timings("reconcile"):
        names, depth = tree(client, merge_names, [client.submit(tasks.names_read, p) for p in extracted])
        routed = [client.submit(tasks.route, p, names, buckets, settings) for p in extracted]
        reconciled = []
        for b in range(buckets):
            pieces, depth_b = tree(client, tasks.combine, [client.submit(operator.getitem, r, b) for r in routed])
            depth = max(depth, depth_b)
            reconciled.append(client.submit(tasks.reconcile_bucket, pieces, names, settings))
        gather(client, reconciled)  # a duplicate document name fails here, before the mapping
        stats["tree depth"] = depth
    own: list = []  # the curation file, when an entry used it: a document of this build
    curation_said: list[str] = []
    if cur is not None:
        with timings("curate"):
            reconciled, own, curation_said = _curate(client, reconciled, cur)
    with timings("map+validate"):
        checks = min(buckets, FAN_IN)  # document buckets of the join of cited and held documents
        doc_parts = [client.submit(tasks.partition_documents, p, settings, checks) for p in extracted]
        own_part = tasks.document_lines(own, settings, checks) if own else None
        mapped = [client.submit(tasks.bucket_lines, k, settings, checks) for k in reconciled]
        missing = _cited_nowhere(client, mapped + doc_parts, own_part, checks)
        if missing:  # validated again without their stand-ins: the report names what cites them
            mapped = [client.submit(tasks.bucket_lines, k, settings, checks, missing) for k in reconciled]
        results = gather(client, mapped)
        documents = gather(client, doc_parts) + ([own_part] if own_part else [])
        report = report_of(ordered(r for m in results + documents for r in m.results))
    with timings("merge"):
        local = list(ontology_lines(settings.base))
        lines = list(heapq.merge(*(m.lines for m in results), *(d.lines for d in documents), local))
        one_graph_per_triple(lines)
    stats["partition seconds (max)"] = max((s.seconds for s in told), default=0.0)
    stats["bucket seconds (max)"] = max((m.seconds for m in results), default=0.0)
    stats["worker peak RSS (max)"] = max([s.peak_rss for s in told] + [m.peak_rss for m in results + documents], default=0)
    timings.stages["ingest (cpu)"] = 0.0  # read with the extraction, on the workers
    timings.stages["extract (cpu)"] = sum(s.seconds for s in told)
    CLUSTER_STATS.clear()
    CLUSTER_STATS.update(stats)
    kinds: Counter[str] = Counter()
    for m in results:
        kinds.update(m.kinds)
    rows = [row for s in told for row in s.rows][:SHOWN]
    return lines, report, Outline(len(items) + len(own), sum(m.facts for m in results), kinds, rows, notes, curation_said,
                                  sorted(d for m in results for d in m.disagreements), sum(s.extracted for s in told),
                                  len(items))


def _cited_nowhere(client, parts: list, own: tasks.Mapped | None, checks: int) -> set[str]:
    """The documents some part cites and no part holds (a join by document bucket, on
    the workers: each part sends each bucket its share). Empty, by construction; were
    it not, the build would say which facts cite them."""
    found = gather(client, [client.submit(tasks.cited_nowhere, [client.submit(tasks.refs, p, j) for p in parts]
                                         + ([tasks.refs(own, j)] if own else [])) for j in range(checks)])
    return {i for part in found for i in part}


CLUSTER_STATS: dict[str, object] = {}  # the last cluster build's partitions, depth and peaks (for the benchmark)


def _curate(client, reconciled: list, cur: curate.Curation) -> tuple[list, list, list[str]]:
    """Apply the curation to the entities it names and the facts it touches, brought
    together from the buckets; send each bucket its changes, and each fact it adds to
    the bucket of the entity it names. Returns the patched buckets, the curation file
    as a document when an entry used it, and the report's lines."""
    names, iris = curate.wanted(cur)
    found: dict[str, object] = {}
    holder: dict[str, int] = {}  # an entity's (first) bucket
    for b, part in enumerate(gather(client, [client.submit(curate.relevant, k, names, iris) for k in reconciled])):
        for i, e in part.items():
            found.setdefault(i, e)
            holder.setdefault(i, b)
    touched: set[str] = set()
    dry = Knowledge([], copy.deepcopy(dict(sorted(found.items()))), {}, [])
    curate.apply(dry, cur, touched=touched)
    facts: dict[str, object] = {}
    for part in gather(client, [client.submit(tasks.facts_named, k, touched) for k in reconciled]):
        facts.update(part)
    k = Knowledge([], dict(sorted(found.items())), dict(facts), [])
    said = [f"{cur.path}: {len(cur.entries)} entries", *curate.apply(k, cur)]
    removed = set(facts) - set(k.facts)
    added = [Knowledge([], {}, {}, []) for _ in reconciled]
    for i, f in k.facts.items():
        if i not in facts:  # new: with the entity it names, else with its partner
            to = added[holder.get(f.obj, holder.get(f.partner, 0))]
            to.facts[i] = f
            to.entities.update({e: k.entities[e] for e in (f.partner, f.obj) if e in k.entities})
    placed = {e for a in added for e in a.entities}
    added[0].entities.update({i: e for i, e in k.entities.items() if i not in holder and i not in placed})
    changed = {i: e for i, e in k.entities.items() if i in holder}
    kept = {i: f for i, f in k.facts.items() if i in facts}
    patched = [client.submit(tasks.patch, b, changed, kept, removed, added[n]) for n, b in enumerate(reconciled)]
    return patched, k.documents, said


__all__ = ["CLUSTER_STATS", "ClusterFailed", "connect", "convert_on_cluster", "partition", "scheduler_from"]
