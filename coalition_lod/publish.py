"""Publish: run the pipeline and write a release folder, whole or not at all.

The release is written into a temporary folder beside the target and renamed into
place only once it validates, so a failed or interrupted build leaves the previous
release untouched; leftovers of an interrupted build are removed by the next one.

Built for thousands of profiles: texts are read and extracted in worker processes;
the knowledge is mapped to quads as N-Triples text (cheaper than term objects by
several times), validated by the compiled SHACL validator, and written by pyoxigraph,
the formats in parallel processes, each streaming from the sorted N-Triples.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import json
import multiprocessing as mp
import operator
import os
import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from . import config, curate, describe, diff, jsonld, pages
from .cache import ExtractionCache
from .cache import default_folder as default_cache_folder
from .config import ReleaseConfig
from .extract import extract
from .ingest import check_unique_ids, collect, date_for, read_document
from .model import Extraction, InputError
from .namespaces import PREFIXES, VOCABULARY_GRAPH, partner_iri
from .rdf import Line, Slice, iri, nquads_text, parse_lines, quad_lines, rebase, to_lines
from .reconcile import Knowledge, reconcile
from .resources import ontology_path, shapes_path
from .validate import Report, validate_quads
from .validate import summary as validation_summary
from .vocab import vocabulary


class BuildFailed(Exception):
    def __init__(self, report: Report, out: Path) -> None:
        super().__init__(f"the dataset does not conform to the shapes ({report.violations} violations)")
        self.report, self.out = report, out


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
class BuildResult:
    out: Path
    documents: int
    facts: int
    triples: int
    report: Report
    knowledge: Knowledge
    summary: str
    timings: Timings = field(default_factory=Timings)
    extracted: int = 0  # documents extracted in this build (the others came from the cache)


def summarise(k: Knowledge, extractions: list[Extraction], report: Report, limit: int = 200) -> str:
    kinds = Counter(f.kind for f in k.facts.values())
    lines = [f"documents: {len(k.documents)}"]
    codes = {slug: p.code for slug, p in vocabulary().partners.items()}
    for ex in extractions[:limit]:
        # the partners acting in the document, most facts first: "partners CA 12, IQ 2"
        per = Counter(f.partner for f in ex.facts)
        credited = ", ".join(f"{codes.get(p, p)} {n}" for p, n in sorted(per.items(), key=lambda x: (-x[1], codes.get(x[0], x[0]))))
        lines.append(f"  {ex.doc.source} ({ex.doc.lang}): {len(ex.facts)} facts, partners {credited or '(none found)'}")
    if len(extractions) > limit:
        lines.append(f"  ... and {len(extractions) - limit} more")
    lines.append("facts: " + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())))
    lines.append(f"validation: {'conforms' if report.conforms else 'does not conform'}"
                 f" ({report.violations} violations, {report.warnings} warnings)")
    if k.inputs:
        lines.append("web archives:")
        lines += [f"  {n}" for n in k.inputs]
    if k.curation:
        lines.append("curation:")
        lines += [f"  {c}" for c in k.curation]
    if k.disagreements:
        lines.append("disagreements between documents:")
        lines += [f"  {d}" for d in k.disagreements]
    return "\n".join(lines) + "\n"


def _clean_leftovers(out: Path) -> None:
    """Remove what an interrupted build left beside the release. Where the fallback swap
    (two renames) was cut between its renames, the previous release is put back first."""
    olds = sorted(out.parent.glob(f".{out.name}.old-*"), key=lambda p: p.stat().st_mtime)
    if not out.exists() and olds and (olds[-1] / "SHA256SUMS").exists():
        olds.pop().rename(out)
    for p in [*out.parent.glob(f".{out.name}.tmp-*"), *olds]:
        shutil.rmtree(p, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux renameat2 RENAME_EXCHANGE); False where the
    system or file system cannot."""
    import ctypes
    import ctypes.util

    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def _swap_into_place(tmp: Path, out: Path) -> None:
    """The new release in place of the old at once: a build killed at any moment leaves
    either the old release or the new one at ``out``, never neither."""
    if not out.exists():
        tmp.rename(out)
    elif _exchange(tmp, out):
        shutil.rmtree(tmp, ignore_errors=True)  # tmp now holds the previous release
    else:
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        old.rmdir()
        out.rename(old)
        tmp.rename(out)
        shutil.rmtree(old, ignore_errors=True)


# --- extraction across processes ----------------------------------------------------

def default_workers() -> int:
    return max(1, min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1, 8))


def _extract_file(item: tuple[Path, Path]) -> tuple[Extraction, float, float]:
    """One file read and extracted, with the seconds each step took (for the benchmark)."""
    path, root = item
    t0 = time.perf_counter()
    doc = read_document(path, root)
    t1 = time.perf_counter()
    ex = extract(doc)
    return ex, t1 - t0, time.perf_counter() - t1


def extract_files(files: list[tuple[Path, Path]], workers: int = 1, tick: Callable[[int, int], None] | None = None,
                  timings: Timings | None = None, cache: ExtractionCache | None = None) -> list[Extraction]:
    """Read and extract every file, in the files' order, across ``workers`` processes;
    with a cache, only the files it does not hold (and it keeps the new ones).

    The vocabulary and the three languages' matchers are built before the workers
    fork, so every worker shares them instead of building its own."""
    vocab = vocabulary()
    for lang in ("en", "fr", "ar"):
        vocab.lexicon(lang)
    tick = tick or (lambda _done, _total: None)
    found: dict[int, Extraction] = {}
    keys: dict[int, str] = {}
    if cache is not None:
        for n, (path, root) in enumerate(files):
            keys[n] = key = cache.key(path, root)
            hit = cache.get(key)
            if hit is not None:
                found[n] = hit
        cache.hits, cache.misses = len(found), len(files) - len(found)
    todo = [(n, f) for n, f in enumerate(files) if n not in found]
    cpu = [0.0, 0.0]
    done = [len(found)]

    def take(n: int, result: tuple[Extraction, float, float]) -> None:
        found[n] = result[0]
        if cache is not None:
            cache.put(keys[n], result[0])
        cpu[0] += result[1]
        cpu[1] += result[2]
        done[0] += 1
        tick(done[0], len(files))

    if workers <= 1 or len(todo) < 64 or "fork" not in mp.get_all_start_methods():
        for n, f in todo:
            take(n, _extract_file(f))
    else:
        with mp.get_context("fork").Pool(workers) as pool:
            chunk = max(1, min(64, len(todo) // (workers * 8)))
            for (n, _f), result in zip(todo, pool.imap(_extract_file, [f for _n, f in todo], chunksize=chunk), strict=True):
                take(n, result)
    if timings is not None:
        timings.stages["ingest (cpu)"] = cpu[0]
        timings.stages["extract (cpu)"] = cpu[1]
    return [found[n] for n in range(len(files))]


def shard_slice(k: Knowledge, extractions: list[Extraction], shard: tuple[int, int]) -> Slice:
    """Shard I of N: the partners whose IRI hashes to I, their facts and the documents
    about them. Every shard reads and reconciles all the texts, so each writes exactly
    what the single build writes for its partners, and the shards merged (or pushed
    together) are the single build."""
    i, n = shard
    if not 1 <= i <= n:
        raise InputError(f"shard {i}/{n}: I must be between 1 and N")

    def mine(key: str) -> bool:
        return int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % n == i - 1

    partners = frozenset(iri for iri, e in k.entities.items() if e.kind == "partner" and mine(iri))
    docs = {ex.doc.id for ex in extractions if mine(partner_iri(ex.partner) if ex.partner else ex.doc.id)}
    docs |= {d.id for d in k.documents if d.id == curate.CURATION_DOC_ID}  # its entries concern every shard
    return Slice(partners, frozenset(docs))


# --- the pipeline -----------------------------------------------------------------

@contextmanager
def no_gc() -> Iterator[None]:
    """Python's cycle collector off while millions of small objects are made: it would
    walk them again and again, and they hold no cycles."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def convert_lines(inputs: Iterable[Path], curation: Path | None = None, workers: int = 1,
                  shard: tuple[int, int] | None = None, timings: Timings | None = None,
                  tick: Callable[[int, int], None] | None = None, base: str | None = None,
                  provenance: bool = False, cache: ExtractionCache | None = None,
                  dates: dict[Path, str] | None = None) -> tuple[list[Extraction], Knowledge, list[Line]]:
    """Ingest, extract, reconcile, curate and map: the release's quads as N-Triples
    text, (graph, subject, predicate, object), sorted, one graph per document and the
    entities and ontology in the vocabulary graph (and the provenance graph if asked)."""
    timings = timings or Timings()
    cur = curate.load(curation) if curation else None  # a bad curation file fails before any work
    notes: list[str] = []
    files = collect(inputs, notes)
    with timings("ingest+extract"):
        extractions = extract_files(files, workers, tick, timings, cache)
        if dates:  # the project's dates for files; a capture keeps its own
            for ex, (item, _root) in zip(extractions, files, strict=True):
                if ex.doc.date is None and isinstance(item, Path) and (when := date_for(item, dates)):
                    ex.doc = replace(ex.doc, date=when)
        check_unique_ids(ex.doc for ex in extractions)
    with timings("reconcile"), no_gc():
        k = reconcile(extractions)
        k.inputs = notes
        if cur is not None:
            k.curation = [f"{curation}: {len(cur.entries)} entries"] + curate.apply(k, cur)
    with timings("map"), no_gc():
        vocab = iri(VOCABULARY_GRAPH)
        part = shard_slice(k, extractions, shard) if shard else None
        lines = to_lines(k, part)
        lines += [(vocab, s, p, o) for _g, s, p, o in quad_lines(_ontology_quads())]
        if provenance:
            lines += quad_lines(describe.provenance([d for d in k.documents if part is None or d.id in part.documents]))
        if base:
            lines = rebase(lines, base)
        one_graph_per_triple(lines)
    return extractions, k, lines


def _ontology_quads() -> list[ox.Quad]:
    from .rdf import parse_file

    return [ox.Quad(t.subject, t.predicate, t.object) for t in parse_file(ontology_path())]


def one_graph_per_triple(lines: list[Line]) -> None:
    """Sort the quads by graph and triple, in place, each triple once, in the first
    graph that states it: a store querying the union of the graphs sees each statement
    once. Document graphs hold no triple in common by construction (their nodes' IRIs
    carry the document); only the small vocabulary and provenance graphs can repeat a
    triple of another graph."""
    lines.sort()
    blocks = [(g, len(list(quads))) for g, quads in itertools.groupby(lines, key=operator.itemgetter(0))]
    first: dict[tuple[str, str, str], str] = {}
    start = 0
    for g, n in blocks:
        if "/graph/document/" not in g:
            for _g, s, p, o in lines[start:start + n]:
                first.setdefault((s, p, o), g)
        start += n
    keep, prev, start = 0, None, 0
    for g, n in blocks:
        small = "/graph/document/" not in g
        for q in lines[start:start + n]:
            if q == prev or (small and first[q[1:]] != g):
                continue
            lines[keep] = prev = q
            keep += 1
        start += n
    del lines[keep:]


def convert_quads(inputs: Iterable[Path], curation: Path | None = None) -> tuple[list[Extraction], Knowledge, list[ox.Quad]]:
    """As :func:`convert_lines`, as pyoxigraph quads (for small inputs: tests, evaluate)."""
    extractions, k, lines = convert_lines(inputs, curation)
    return extractions, k, parse_lines(lines)


def convert(inputs: Iterable[Path], curation: Path | None = None) -> tuple[list[Extraction], Knowledge, list[ox.Triple]]:
    """As :func:`convert_quads`, with the graphs merged: what the default graph holds."""
    extractions, k, quads = convert_quads(inputs, curation)
    return extractions, k, sorted({q.triple for q in quads}, key=str)


def release_config(path: Path | None) -> ReleaseConfig:
    if path is None:
        path = config.default_path()
        if not path.exists():
            return ReleaseConfig()
    return config.load(path)


def build(inputs: Iterable[Path], out: Path, progress: Callable[[str], None] | None = None,
          curation: Path | None = None, config: Path | ReleaseConfig | None = None, workers: int | None = None,
          shard: tuple[int, int] | None = None, with_pages: bool = True, validator: str = "compiled",
          tick: Callable[[int, int], None] | None = None, cache_dir: Path | None = None, use_cache: bool = True,
          dates: dict[Path, str] | None = None, previous: Path | None = None) -> BuildResult:
    """``cache_dir``: where per-document extractions are kept between builds (default
    ``cache.default_folder()``); ``use_cache=False`` extracts everything afresh and keeps
    nothing. ``dates``: the project's publication dates by file or folder. ``previous``:
    the release this one revises; its changes are written to ``changes.trig`` and
    ``changes.txt`` and ``void.ttl`` names it as the previous version."""
    say = progress or (lambda _msg: None)
    if previous is not None:
        describe.require_release(previous)  # before any work
    timings = Timings()
    cfg = config if isinstance(config, ReleaseConfig) else release_config(config)  # a bad one fails before any work
    workers = default_workers() if workers is None else workers
    cache = ExtractionCache(cache_dir or default_cache_folder()) if use_cache else None
    extractions, k, lines = convert_lines(inputs, curation, workers, shard, timings, tick, cfg.base, provenance=True,
                                          cache=cache, dates=dates)
    if cache is not None:
        say(f"extracted {cache.misses} of {cache.misses + cache.hits} documents; the others from the cache ({cache.folder})")
    n_triples = len(lines)
    say(f"mapped {len(k.documents)} documents, {len(k.facts)} facts to {n_triples} triples")
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    _clean_leftovers(out)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        with timings("write N-Quads"):
            nq = tmp / ".dataset.nq"
            _write_nquads(nq, lines)
        report, stats = _validate_while_writing(tmp, lines, validator, workers, timings)
        say(f"validated: {'conforms' if report.conforms else 'does not conform'}")
        if not report.conforms:
            raise BuildFailed(report, out)
        summary = summarise(k, extractions, report)
        write_rest(tmp, cfg, stats, report, summary, say, timings, lines if with_pages else None, workers, previous)
        _swap_into_place(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    say(f"wrote {out}")
    return BuildResult(out, len(k.documents), len(k.facts), n_triples, report, k, summary, timings,
                       extracted=cache.misses if cache else len(extractions))


# --- writing ------------------------------------------------------------------------

def _write_nquads(path: Path, lines: list[Line]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(0, len(lines), 100_000):
            f.write(nquads_text(lines[i:i + 100_000]))


def _nquads_to_ntriples(nq: Path, nt: Path) -> None:
    """Drop the graph term of each line: the release's quads are each triple once."""
    with open(nq, encoding="utf-8") as src, open(nt, "w", encoding="utf-8") as dst:
        while block := src.readlines(1 << 22):
            dst.write("".join(line[:line.rindex(" <")] + " .\n" for line in block))


def _serialise(task: tuple[str, str, str]) -> tuple[str, float]:
    """One format of the dataset from the N-Quads file (run in a worker process)."""
    fmt, src, dst = task
    t0 = time.perf_counter()
    nt = str(Path(dst).with_name("dataset.nt"))
    if fmt == "nt+ttl":
        _nquads_to_ntriples(Path(src), Path(nt))
        ox.serialize(ox.parse(path=nt, format=ox.RdfFormat.N_TRIPLES), dst, format=ox.RdfFormat.TURTLE,
                     prefixes=dict(PREFIXES))
    elif fmt == "jsonld":
        jsonld.write_from_nquads(Path(src), Path(dst))
    elif fmt == "trig":
        ox.serialize(ox.parse(path=src, format=ox.RdfFormat.N_QUADS), dst, format=ox.RdfFormat.TRIG, prefixes=dict(PREFIXES))
    return fmt, time.perf_counter() - t0


def _validate_while_writing(tmp: Path, lines: list[Line], validator: str, workers: int,
                            timings: Timings) -> tuple[Report, describe.Stats]:
    """Validate (here) while worker processes write the formats from the N-Quads file.

    The workers fork after the cycle collector has frozen the quads, and read only the
    file, so the quads' memory stays shared, not copied. A release that does not
    conform is thrown away with its temporary folder."""
    nq = tmp / ".dataset.nq"
    tasks = [("jsonld", str(nq), str(tmp / "dataset.jsonld")), ("nt+ttl", str(nq), str(tmp / "dataset.ttl")),
             ("trig", str(nq), str(tmp / "dataset.trig"))]
    t0 = time.perf_counter()
    parallel = workers > 1 and "fork" in mp.get_all_start_methods()
    pool = None
    if parallel:
        gc.collect()
        gc.freeze()
        pool = mp.get_context("fork").Pool(min(workers, len(tasks)))
        pending = pool.map_async(_serialise, tasks, chunksize=1)
    try:
        with timings("validate"), no_gc():
            report = validate_quads(lines, reference=validator == "pyshacl")
            stats = describe.Stats.of(lines)
        done = pending.get() if pool else [_serialise(t) for t in tasks]
    finally:
        if pool:
            pool.terminate()
            pool.join()
            gc.unfreeze()
    for fmt, seconds in done:
        timings.stages[f"write {fmt} (cpu)"] = seconds
    timings.stages["validate and write formats (wall)"] = time.perf_counter() - t0
    nq.unlink()
    return report, stats


def write_rest(tmp: Path, cfg: ReleaseConfig, stats: describe.Stats, report: Report, summary: str,
               say: Callable[[str], None], timings: Timings, lines: list[Line] | None = None, workers: int = 1,
               previous: Path | None = None) -> None:
    """The files besides the dataset; the description and checksums last, as they
    describe the rest. The pages are read from the release's ``lines`` (none: no pages)."""
    with timings("write the rest"):
        (tmp / "context.jsonld").write_text(json.dumps(jsonld.context(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        ontology = [q.triple for q in _ontology_quads()]
        shutil.copyfile(ontology_path(), tmp / "ontology.ttl")
        (tmp / "ontology.jsonld").write_bytes(jsonld.dumps(sorted(ontology, key=str), pretty=True))
        (tmp / "ontology.html").write_text(pages.render_ontology(ontology, cfg), encoding="utf-8")
        shutil.copyfile(shapes_path(), tmp / "shapes.ttl")
        (tmp / "validation-report.ttl").write_bytes(report.graph_ttl)
        (tmp / "validation-report.txt").write_text(validation_summary(report), encoding="utf-8")
        (tmp / "build-report.txt").write_text(summary, encoding="utf-8")
        pages.write_static(tmp)
        (tmp / "w3id.htaccess").write_text(pages.redirect_rules(cfg, pages.FOLDERS), encoding="utf-8")
    if lines is not None:
        with timings("pages"), no_gc():
            with timings("pages: index"):
                site = pages.Site(lines, cfg, first=1)
            written = site.write(tmp, workers)
            (tmp / "index.html").write_text(site.render_index({"triples": stats.triples}), encoding="utf-8")
        say(f"wrote {len(written)} entity pages")
    else:
        (tmp / "index.html").write_text(pages.Site([], cfg).render_index({"triples": stats.triples}), encoding="utf-8")
    revises = None
    if previous is not None:
        with timings("changes"):
            changes = diff.compare(previous, tmp)
            revises = diff.release_iri(previous, cfg.base)
            said = diff.summary(changes).replace(str(tmp), "this release").replace(str(previous), previous.name)
            (tmp / "changes.txt").write_text(said, encoding="utf-8")
            (tmp / "changes.trig").write_bytes(diff.changeset(changes, cfg.base, revises, f"{cfg.issued}T00:00:00Z"))
        say(diff.summary(changes).splitlines()[1].strip())
    with timings("describe+checksums"):
        (tmp / "void.ttl").write_bytes(describe.serialise(describe.description(cfg, tmp, stats, revises)))
        (tmp / "SHA256SUMS").write_text(describe.sha256sums(tmp), encoding="utf-8")
