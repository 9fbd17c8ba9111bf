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

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import config, describe, diff, jsonld, pages, revalidate
from .ahead import Ahead
from .cache import ExtractionCache
from .cache import default_folder as default_cache_folder
from .config import ReleaseConfig
from .convert import Outline, Timings, convert, convert_lines, convert_quads, default_workers, no_gc, ontology_quads, outline
from .formats import FormatWriters
from .formats import Kept as formats_kept
from .mapped import Kept as MappedKept
from .pages import charts
from .pages.kept import KeptIndex
from .pages.ontology import render_ontology
from .pages.reuse import Reuse
from .rdf import Graphs, Line
from .reconcile import Knowledge
from .resources import ontology_path, shapes_path
from .validate import Report
from .validate import summary as validation_summary

__all__ = ["BuildFailed", "BuildResult", "Timings", "build", "convert", "convert_lines", "convert_quads"]


class BuildFailed(Exception):
    def __init__(self, report: Report, out: Path) -> None:
        super().__init__(f"the dataset does not conform to the shapes ({report.violations} violations)")
        self.report, self.out = report, out


@dataclass
class BuildResult:
    out: Path
    documents: int
    facts: int
    triples: int
    report: Report
    knowledge: Knowledge | None  # None from a cluster build: no one process holds it all
    summary: str
    timings: Timings = field(default_factory=Timings)
    extracted: int = 0  # documents extracted in this build (the others came from the cache)
    pages_kept: int = 0  # pages linked from the previous release, their data unchanged
    pages_drawn: int = 0  # pages drawn in this build (when the pages are kept for the next)
    checks: tuple[int, int] = (0, 0)  # groups of focus nodes validated, and kept from the previous build
    graphs_kept: int = 0  # documents' graphs read back from the previous build, not mapped again


def summarise(o: Outline, report: Report) -> str:
    lines = [f"documents: {o.documents}", *o.per_document]
    if o.documents > len(o.per_document):
        lines.append(f"  ... and {o.documents - len(o.per_document)} more")
    lines.append("facts: " + ", ".join(f"{kind} {n}" for kind, n in sorted(o.kinds.items())))
    lines.append(f"validation: {'conforms' if report.conforms else 'does not conform'}"
                 f" ({report.violations} violations, {report.warnings} warnings)")
    for title, said in (("web archives", o.inputs), ("curation", o.curation),
                        ("disagreements between documents", o.disagreements)):
        if said:
            lines.append(f"{title}:")
            lines += [f"  {n}" for n in said]
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


def _swap_into_place(tmp: Path, out: Path) -> Path | None:
    """The new release in place of the old at once: a build killed at any moment leaves
    either the old release or the new one at ``out``, never neither. Where the previous
    release now is, for the caller to remove (None: there was none)."""
    if not out.exists():
        tmp.rename(out)
        return None
    if _exchange(tmp, out):
        return tmp  # tmp now holds the previous release
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    old.rmdir()
    out.rename(old)
    tmp.rename(out)
    return old


class _Removal:
    """A previous release removed, by ``rm`` in a process of its own where there is one,
    while the build writes its states (``wait``: then done). Its tens of thousands of
    files unlinked by ``shutil.rmtree`` on a thread held the interpreter's lock against
    the states being written: the build waited half a second more (10,000 profiles)."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.proc = folder, None
        rm = shutil.which("rm")
        if rm is not None:
            with contextlib.suppress(OSError):
                self.proc = subprocess.Popen([rm, "-rf", "--", str(folder)], stdin=subprocess.DEVNULL,
                                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def wait(self) -> None:
        if self.proc is not None:
            self.proc.wait()
        shutil.rmtree(self.folder, ignore_errors=True)  # what it left, or all of it


def release_config(path: Path | None) -> ReleaseConfig:
    if path is None:
        path = config.default_path()
        if not path.exists():
            return ReleaseConfig()
    return config.load(path)


def build(inputs: Iterable[Path], out: Path, progress: Callable[[str], None] | None = None,
          curation: Path | None = None, config: Path | ReleaseConfig | None = None, workers: int | None = None,
          with_pages: bool = True, validator: str = "compiled",
          tick: Callable[[int, int], None] | None = None, cache_dir: Path | None = None, use_cache: bool = True,
          dates: dict[Path, str] | None = None, previous: Path | None = None, scheduler: str | None = None) -> BuildResult:
    """``cache_dir``: where per-document extractions are kept between builds (default
    ``cache.default_folder()``); ``use_cache=False`` extracts everything afresh and keeps
    nothing. ``dates``: the project's publication dates by file or folder. ``previous``:
    the release this one revises; its changes are written to ``changes.trig`` and
    ``changes.txt`` and ``void.ttl`` names it as the previous version. ``scheduler``: a Dask
    scheduler's address, or "local" for a ``LocalCluster``, to convert on (see ``cluster``);
    the release is the same, byte for byte."""
    say = progress or (lambda _msg: None)
    if previous is not None:
        describe.require_release(previous)  # before any work
    timings = Timings()
    cfg = config if isinstance(config, ReleaseConfig) else release_config(config)  # a bad one fails before any work
    workers = default_workers() if workers is None else workers
    cache = ExtractionCache(cache_dir or default_cache_folder()) if use_cache else None
    knowledge, checked, mapped, ahead = None, None, None, None
    checks_kept = revalidate.Kept(cache.folder, out) if cache is not None else None
    try:  # until the release's folder exists: the validation begun ahead is ended on failure
        if scheduler:
            from .cluster import convert_on_cluster

            lines, checked, o = convert_on_cluster(inputs, scheduler, curation, cfg.base, cache, dates, workers, timings,
                                                   tick, say)
            if validator == "pyshacl":  # the reference validates the whole release, here
                checked = None
        else:
            mapped = MappedKept(cache.folder, out, cfg.base) if cache is not None else None
            if mapped is not None and checks_kept is not None and validator == "compiled":
                ahead = Ahead(mapped, checks_kept, workers)  # the previous build's graphs indexed meanwhile
            extractions, knowledge, lines = convert_lines(inputs, curation, workers, timings, tick, cfg.base,
                                                          provenance=True, cache=cache, dates=dates, mapped=mapped)
            o = outline(knowledge, extractions, cache.misses if cache else len(extractions))
        if cache is not None:
            say(f"extracted {o.extracted} of {o.texts} documents; the others from the cache ({cache.folder})")
        n_triples = len(lines)
        n = mapped.kept if mapped is not None else 0
        whose = "documents' graphs" if n > 1 else "document's graph"
        kept = f" ({n} {whose} kept from the previous build)" if n else ""
        say(f"mapped {o.documents} documents, {o.facts} facts to {n_triples} triples{kept}")
        out = out.resolve()
        out.parent.mkdir(parents=True, exist_ok=True)
        _clean_leftovers(out)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    except BaseException:
        if ahead is not None:
            ahead.close()
        if cache is not None:
            cache.wait()
        raise
    formats = validation = remover = kept_index = None
    chunks_kept = formats_kept(cache.folder, out) if cache is not None else None
    charts.use_cache(cache.folder if cache is not None else None)
    try:
        graphs = None
        if cache is not None:  # each graph hashed once: what the formats, pages and checks kept are compared by
            with timings("graph digests"):
                graphs = Graphs.of(lines, workers, mapped.digests if mapped is not None else None)
        # the formats, the validation and the pages need only the quads: all three at once,
        # the pages' index before the format writers fork (made beside them, it ran twice as long)
        validation = revalidate.Validation(lines, validator, workers, checked, checks_kept, graphs, ahead)
        kept_index = KeptIndex(cache.folder, out) if mapped is not None and with_pages else None
        site = index_pages(cfg, lines, timings, graphs, kept_index, mapped) if with_pages else None
        if kept_index is not None:  # written beside the pages, for the next build
            kept_index.start(site.ix, workers)
        formats = FormatWriters(tmp, lines, workers, chunks_kept, graphs)
        reuse = (draw_pages(tmp, site, workers, timings, say, cache.folder if cache is not None else None, out, mapped)
                 if site is not None else None)
        if reuse is not None:
            with timings("pages: what the next build reads"), no_gc():  # while the validation and the writers finish
                reuse.prepare(tmp)
        report, stats = validation.result(timings)
        say(f"validated: {'conforms' if report.conforms else 'does not conform'}{validation.kept_said()}")
        if not report.conforms:
            raise BuildFailed(report, out)
        summary = summarise(o, report)
        write_rest(tmp, cfg, stats, report, summary, say, timings, site, reuse, previous, formats)
        # in place, then what the next build may keep (marked as this release's): the
        # previous release is removed meanwhile, its tens of thousands of files unlinked
        # by another process while this one writes the states
        old = _swap_into_place(tmp, out)
        if old is not None:
            remover = _Removal(old)
        with timings("kept for the next build"):  # what its pages read, where its format chunks are
            for state in (reuse, chunks_kept, checks_kept, kept_index):
                if state is not None:
                    state.save(out)
            if mapped is not None and graphs is not None:
                mapped.save(lines, graphs, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)  # the new release, or the previous one once swapped
        raise
    finally:
        if remover is not None:
            remover.wait()
        if cache is not None:  # the extractions it writes beside the build (``extract_files``)
            with timings("waiting for the cache"):
                cache.wait()
        for running in (formats, validation, kept_index, ahead):
            if running is not None:
                running.close()
        charts.use_cache(None)
    say(f"wrote {out}")
    return BuildResult(out, o.documents, o.facts, n_triples, report, knowledge, summary, timings, extracted=o.extracted,
                       pages_kept=reuse.kept if reuse else 0, pages_drawn=reuse.drawn_count if reuse else 0,
                       checks=validation.counts, graphs_kept=mapped.kept if mapped is not None else 0)


# --- writing ------------------------------------------------------------------------

def index_pages(cfg: ReleaseConfig, lines: list[Line], timings: Timings, graphs: Graphs | None = None,
                kept: KeptIndex | None = None, mapped: MappedKept | None = None) -> pages.Site:
    """The pages' index of the release's quads, with what every page shows (the
    overview's figures, the graphs' ranges: ``graphs``, where the build has them with
    their digests). ``kept`` and ``mapped``: the previous build's index, brought up to
    date where the graphs mapped again are known."""
    with timings("pages"), timings("pages: index"), no_gc():
        previous = kept.previous(mapped) if kept is not None and mapped is not None else None
        site = pages.Site(lines, cfg, first=1, graphs=graphs.ranges if graphs is not None else None, kept=previous)
        if graphs is not None:
            site.graphs, site.graph_digests = graphs.spans, graphs.digests
        _ = site.overview, site.graphs
    return site


def draw_pages(tmp: Path, site: pages.Site, workers: int, timings: Timings, say: Callable[[str], None],
               cache: Path | None = None, out: Path | None = None, mapped: MappedKept | None = None) -> Reuse | None:
    """The entity and fact pages (``index_pages``). ``cache``: where what each page read
    is kept, so that a rebuild into ``out`` draws again only the pages whose data
    changed (``pages.reuse``; ``mapped``: the graphs kept from the previous build, and
    the previous rows of the others)."""
    reuse = None
    with timings("pages"), no_gc():
        if cache is not None and out is not None:
            with timings("pages: what the previous build read"):
                reuse = Reuse(cache, out, site, mapped)
        written = site.write(tmp, workers, reuse)
    kept = (f"; of its {reuse.kept + reuse.drawn_count:,} pages (entities', facts', the overview), {reuse.kept:,} kept from the previous"
            f" build, {reuse.drawn_count:,} drawn" if reuse is not None else "")
    say(f"wrote {len(written)} entity pages{kept}")
    return reuse


def write_rest(tmp: Path, cfg: ReleaseConfig, stats: describe.Stats, report: Report, summary: str,
               say: Callable[[str], None], timings: Timings, site: pages.Site | None = None, reuse: Reuse | None = None,
               previous: Path | None = None, formats: FormatWriters | None = None) -> None:
    """The files besides the dataset and the pages (``draw_pages``, which draws the
    overview and the index page too; ``site`` None: no pages, and a bare index page);
    the description and checksums last, as they describe the rest. ``formats``: the
    dataset's files being written meanwhile, waited for before the changes and the
    description, which read them. ``reuse``: the pages kept from the previous release,
    whose checksums it lists already."""
    with timings("write the rest"):
        (tmp / "context.jsonld").write_text(json.dumps(jsonld.context(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        ontology = [q.triple for q in ontology_quads()]
        shutil.copyfile(ontology_path(), tmp / "ontology.ttl")
        (tmp / "ontology.jsonld").write_bytes(jsonld.dumps(sorted(ontology, key=str), pretty=True))
        (tmp / "ontology.html").write_text(render_ontology(ontology, cfg), encoding="utf-8")
        shutil.copyfile(shapes_path(), tmp / "shapes.ttl")
        (tmp / "validation-report.ttl").write_bytes(report.graph_ttl)
        (tmp / "validation-report.txt").write_text(validation_summary(report), encoding="utf-8")
        (tmp / "build-report.txt").write_text(summary, encoding="utf-8")
        pages.write_static(tmp, cfg)
        (tmp / "w3id.htaccess").write_text(pages.redirect_rules(cfg, pages.FOLDERS), encoding="utf-8")
    if site is None:
        (tmp / "index.html").write_text(pages.Site([], cfg).render_index({"triples": stats.triples}), encoding="utf-8")
    if formats is not None:  # written by their own processes meanwhile
        with timings("waiting for the formats"):
            formats.wait(timings)
    revises = None
    if previous is not None:
        with timings("changes"):
            changes = diff.compare(previous, tmp)
            revises = diff.release_iri(previous, cfg.base)
            said = diff.summary(changes)
            (tmp / "changes.txt").write_text(said.replace(str(tmp), "this release").replace(str(previous), previous.name),
                                             encoding="utf-8")
            (tmp / "changes.trig").write_bytes(diff.changeset(changes, cfg.base, revises, f"{cfg.issued}T00:00:00Z"))
        say(said.splitlines()[1].strip())
    with timings("describe+checksums"):
        (tmp / "void.ttl").write_bytes(describe.serialise(describe.description(cfg, tmp, stats, revises)))
        known = (site.sums if site is not None else {}) | (reuse.known_sums() if reuse is not None else {})
        (tmp / "SHA256SUMS").write_text(describe.sha256sums(tmp, known), encoding="utf-8")

