"""Convert: texts to the release's quads, in one process and its local workers.

Ingest and extraction run per document in worker processes (or on a Dask cluster,
see ``cluster``); reconciliation, curation and mapping follow here. The quads are kept as
N-Triples text, (graph, subject, predicate, object), several times cheaper than term
objects at millions of quads.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing as mp
import operator
import os
import pickle
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from . import curate, describe
from .cache import ExtractionCache
from .extract import extract
from .ingest import Item, check_unique_ids, collect, date_for, read_document
from .mapped import Kept as MappedKept
from .mapped import assemble
from .model import Extraction
from .namespaces import VOCABULARY_GRAPH
from .rdf import Line, graph_ranges, iri, is_document_graph, parse_lines, quad_lines, rebase, to_lines
from .reconcile import Knowledge, reconcile
from .resources import ontology_path
from .vocab import vocabulary


@dataclass
class Timings:
    """Seconds per stage, in the order the stages ran (for progress and the benchmark)."""

    stages: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        t0 = time.perf_counter()
        try:
            yield
        finally:
            self.stages[name] = self.stages.get(name, 0.0) + time.perf_counter() - t0


@dataclass
class Outline:
    """What the build report says about a conversion: counts, the first documents'
    rows, and what archives, curation and disagreeing documents gave. Made from the
    whole knowledge here, and from small per-part summaries on a cluster."""

    documents: int
    facts: int
    kinds: Counter[str]
    per_document: list[str]  # the first SHOWN documents, in the inputs' order
    inputs: list[str] = field(default_factory=list)
    curation: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)
    extracted: int = 0  # texts extracted in this build (the others came from the cache)
    texts: int = 0  # texts read from the inputs


SHOWN = 200  # documents listed by name in the build report


def document_rows(extractions: Iterable[Extraction]) -> list[str]:
    """A document's line in the build report: the partners acting in it, most facts
    first: "report.en.txt (en): 14 facts, partners CA 12, IQ 2"."""
    codes = {slug: p.code for slug, p in vocabulary().partners.items()}
    rows = []
    for ex in extractions:
        per = Counter(f.partner for f in ex.facts)
        credited = ", ".join(f"{codes.get(p, p)} {n}" for p, n in sorted(per.items(), key=lambda x: (-x[1], codes.get(x[0], x[0]))))
        rows.append(f"  {ex.doc.source} ({ex.doc.lang}): {len(ex.facts)} facts, partners {credited or '(none found)'}")
    return rows


def outline(k: Knowledge, extractions: list[Extraction], extracted: int) -> Outline:
    return Outline(len(k.documents), len(k.facts), Counter(f.kind for f in k.facts.values()),
                   document_rows(extractions[:SHOWN]), k.inputs, k.curation, k.disagreements, extracted, len(extractions))


# --- extraction across processes ----------------------------------------------------

def default_workers() -> int:
    return max(1, min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 8))


def _extract_file(item: Item) -> tuple[Extraction, float, float]:
    """One file read and extracted, with the seconds each step took (for the benchmark)."""
    path, root = item
    t0 = time.perf_counter()
    doc = read_document(path, root)
    t1 = time.perf_counter()
    ex = extract(doc)
    return ex, t1 - t0, time.perf_counter() - t1


def _extract_pickled(item: Item) -> tuple[bytes, float, float]:
    """In a worker: one file extracted, pickled once, for the process that forked it and
    for the cache (the process taking the results shares the cores with the workers, and
    pickling each extraction again there cost it a fifth of the workers' time)."""
    ex, read, took = _extract_file(item)
    return pickle.dumps(ex, protocol=pickle.HIGHEST_PROTOCOL), read, took


def extract_files(files: list[Item], workers: int = 1, tick: Callable[[int, int], None] | None = None,
                  timings: Timings | None = None, cache: ExtractionCache | None = None) -> list[Extraction]:
    """Read and extract every file, in the files' order, across ``workers`` processes;
    with a cache, only the files it does not hold (and it keeps the new ones: with
    workers, written by a process forked once they are done, which ``cache.wait`` ends).

    The vocabulary and the three languages' matchers are built before the workers
    fork, so every worker shares them instead of building its own; where this process
    extracts the few files the cache does not hold (a rebuild), only their languages'
    are built, when first needed (the three took a third of a second of a one-document
    rebuild at 10,000 profiles)."""
    tick = tick or (lambda _done, _total: None)
    found: dict[int, Extraction] = {}
    keys: dict[int, str] = {}
    if cache is not None:
        for n, key in enumerate(cache.keys(files)):
            keys[n] = key
            hit = cache.get(key)
            if hit is not None:
                found[n] = hit
        cache.hits, cache.misses = len(found), len(files) - len(found)
    todo = [(n, f) for n, f in enumerate(files) if n not in found]
    cpu = [0.0, 0.0]
    done = [len(found)]

    def take(n: int, result: tuple[Extraction, float, float], kept: bool = False) -> None:
        found[n] = result[0]
        if cache is not None and not kept:
            cache.put(keys[n], result[0])
        cpu[0] += result[1]
        cpu[1] += result[2]
        done[0] += 1
        tick(done[0], len(files))

    if workers <= 1 or len(todo) < 64 or "fork" not in mp.get_all_start_methods():
        vocabulary()  # before the first file's clock starts
        for n, f in todo:
            take(n, _extract_file(f))
    else:
        vocab = vocabulary()
        for lang in ("en", "fr", "ar"):
            vocab.lexicon(lang)
        with mp.get_context("fork").Pool(workers) as pool:
            chunk = max(1, min(64, len(todo) // (workers * 8)))
            for (n, _f), (data, read, took) in zip(todo, pool.imap(_extract_pickled, [f for _n, f in todo],
                                                                  chunksize=chunk), strict=True):
                take(n, (pickle.loads(data), read, took), kept=True)  # noqa: S301 - pickled by our own worker
                if cache is not None:
                    cache.keep(keys[n], data)
        if cache is not None:
            cache.flush(beside=True)
    if timings is not None:
        timings.stages["ingest (cpu)"] = cpu[0]
        timings.stages["extract (cpu)"] = cpu[1]
    return [found[n] for n in range(len(files))]


def add_dates(extractions: list[Extraction], files: list[Item], dates: dict[Path, str] | None) -> None:
    """The project's dates for files (its ``[dates]`` table); a capture keeps its own."""
    for ex, (item, _root) in zip(extractions, files, strict=True) if dates else ():
        if ex.doc.date is None and isinstance(item, Path) and (when := date_for(item, dates)):
            ex.doc = replace(ex.doc, date=when)


# --- the pipeline -----------------------------------------------------------------

@contextmanager
def no_gc() -> Iterator[None]:
    """Python's cycle collector off while millions of small objects are made: it would
    walk them again and again, and they hold no cycles. They are frozen when it is turned
    back on, or its first collection would walk them all (a second and more after the
    map); forked workers unfreeze them (``forked``), into the oldest generation, which
    is walked only once far more objects have joined it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.freeze()
            gc.enable()


def convert_lines(inputs: Iterable[Path], curation: Path | None = None, workers: int = 1,
                  timings: Timings | None = None,
                  tick: Callable[[int, int], None] | None = None, base: str | None = None,
                  provenance: bool = False, cache: ExtractionCache | None = None,
                  dates: dict[Path, str] | None = None,
                  mapped: MappedKept | None = None) -> tuple[list[Extraction], Knowledge, list[Line]]:
    """Ingest, extract, reconcile, curate and map: the release's quads as N-Triples
    text, (graph, subject, predicate, object), sorted, one graph per document and the
    entities and ontology in the vocabulary graph (and the provenance graph if asked).
    ``mapped``: the document graphs of the previous build, read back where they would be
    mapped alike (``base`` is theirs)."""
    timings = timings or Timings()
    cur = curate.load(curation) if curation else None  # a bad curation file fails before any work
    notes: list[str] = []
    files = collect(inputs, notes)
    with timings("ingest+extract"), no_gc():  # the cached extractions read back: a million objects
        extractions = extract_files(files, workers, tick, timings, cache)
        add_dates(extractions, files, dates)
        check_unique_ids(ex.doc for ex in extractions)
    with timings("reconcile"), no_gc():
        k = reconcile(extractions)
        k.inputs = notes
        if cur is not None:
            k.curation = [f"{curation}: {len(cur.entries)} entries"] + curate.apply(k, cur)
    with timings("map"), no_gc():
        skip, kept = mapped.load(k) if mapped is not None else (frozenset(), [])
        lines = to_lines(k, skip) + ontology_lines()
        if provenance:
            lines += quad_lines(describe.provenance(k.documents))
        if base:
            lines = rebase(lines, base)
        one_graph_per_triple(lines)
        if kept:  # the graphs read back are each in order and alone with their rows already
            lines = assemble(lines, kept)
    return extractions, k, lines


def ontology_quads() -> list[ox.Quad]:
    from .rdf import parse_file

    return [ox.Quad(t.subject, t.predicate, t.object) for t in parse_file(ontology_path())]


@cache
def ontology_lines(base: str | None = None) -> list[Line]:
    """The ontology's quads in the vocabulary graph, sorted (as every release holds them)."""
    vocab = iri(VOCABULARY_GRAPH)
    lines = [(vocab, s, p, o) for _g, s, p, o in quad_lines(ontology_quads())]
    return sorted(rebase(lines, base) if base else lines)


def one_graph_per_triple(lines: list[Line]) -> None:
    """Sort the quads by graph and triple, in place, each triple once, in the first
    graph that states it: a store querying the union of the graphs sees each statement
    once. Document graphs hold no triple in common by construction (their nodes' IRIs
    carry the document); only the small vocabulary and provenance graphs can repeat a
    triple of another graph. ``to_lines`` writes each graph's rows almost in order, so
    the sort finds long runs; and where no row follows an equal one (checked in one pass
    in C), only the small graphs' rows are walked here."""
    lines.sort()
    ranges = graph_ranges(lines)
    first: dict[tuple[str, str, str], str] = {}
    for g, a, b in ranges:
        if not is_document_graph(g):
            for _g, s, p, o in lines[a:b]:
                first.setdefault((s, p, o), g)
    repeats = any(map(operator.eq, lines, itertools.islice(lines, 1, None)))
    keep, prev = 0, None
    for g, a, b in ranges:
        if not repeats and is_document_graph(g):  # no row of it to drop: moved down whole
            if keep != a:
                lines[keep:keep + b - a] = lines[a:b]
            keep += b - a
            prev = None
            continue
        small = not is_document_graph(g)
        for q in lines[a:b]:
            if q == prev or (small and first[q[1:]] != g):
                continue
            lines[keep] = prev = q
            keep += 1
    del lines[keep:]


def convert_quads(inputs: Iterable[Path], curation: Path | None = None) -> tuple[list[Extraction], Knowledge, list[ox.Quad]]:
    """As :func:`convert_lines`, as pyoxigraph quads (for small inputs: tests, evaluate)."""
    extractions, k, lines = convert_lines(inputs, curation)
    return extractions, k, parse_lines(lines)


def convert(inputs: Iterable[Path], curation: Path | None = None) -> tuple[list[Extraction], Knowledge, list[ox.Triple]]:
    """As :func:`convert_quads`, with the graphs merged: what the default graph holds."""
    extractions, k, quads = convert_quads(inputs, curation)
    return extractions, k, sorted({q.triple for q in quads}, key=str)
