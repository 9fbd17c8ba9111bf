"""The pages written: every entity's page and files, and the facts' pages of evidence, by
forked workers that share the index; each file's SHA-256 taken from the bytes in hand. A
mixin of ``Site``."""

from __future__ import annotations

import contextlib
import gc
import hashlib
import multiprocessing as mp
import os
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from .. import jsonld
from ..namespaces import OA
from ..rdf import ntriples_text
from .reuse import Reuse

if TYPE_CHECKING:
    from . import Site

Drawn = tuple[tuple[str, str], tuple[str, ...], tuple[tuple[str, str], ...]]  # job, the keys of its reads, files


class Writing:
    """The pages written (mixed into ``Site``)."""

    def write(self, release: Path, workers: int = 1, reuse: Reuse | None = None) -> list[str]:
        """Every page and per-entity RDF file; returns the entities' paths. Each file
        depends on the index only, so ``workers`` forked processes share the work (and
        the index, built once before they fork) and write the same bytes as one.
        The overview pages and the index page are drawn too (``overview.write``).

        With ``reuse``, a page whose reads give what they gave in the previous build is
        linked from the previous release instead of drawn, and every page drawn notes
        what it read for the next build (``pages.reuse``)."""
        entities = sorted(self.entities)
        # a fact with more than one sentence of evidence: every page shows fewer, and links to its pages
        body = OA + "hasBody"
        facts = sorted(f for f, preds in self.ix.into.items() if len(preds.get(body, ())) > 1)
        for folder in {iri[len(self.base):].rsplit("/", 1)[0] for iri in entities} | {"fact"}:
            (release / folder).mkdir(parents=True, exist_ok=True)
        # the overview first: it draws the most charts, and so no worker is left with it at the end
        jobs = [("overview", ""), *(("entity", iri) for iri in entities), *(("fact", f) for f in facts)]
        _ = self.overview, self.graphs  # read once, before the page workers fork, as the index is
        if reuse is not None:
            self.reuse, self.ix.rec.on = reuse, True
            # which pages are kept is decided here, before the workers fork: every page's
            # digest reads the same graphs, hashed once in this process rather than in each worker
            jobs = reuse.keep_all(jobs, release)

        def take(one: Drawn) -> None:
            job, keys, files = one
            self.sums.update(files)
            if reuse is not None:  # the digest of what it read: here, while the workers draw the others
                reuse.drawn(job, keys, tuple(rel for rel, _sum in files))

        if workers <= 1 or len(jobs) < POOL_FROM or "fork" not in mp.get_all_start_methods():
            for job in jobs:
                take(self._write_job(job, release))
        else:
            if any(kind == "entity" and self.entities[iri] in ("State", "Organisation") for kind, iri in jobs):
                from .charts import warm

                warm()  # once, before the workers fork (drawing alone, the first chart not cached loads it)
            global _FORKED
            _FORKED = (self, release)
            gc.freeze()  # the index is shared with the workers, and their collector leaves it alone
            try:
                with mp.get_context("fork").Pool(workers, initializer=_page_worker) as pool:
                    chunk = max(1, min(64, len(jobs) // (workers * 8)))
                    for one in pool.imap_unordered(_write_forked, jobs, chunksize=chunk):
                        take(one)
            finally:
                _FORKED = None
                gc.unfreeze()
        self.ix.rec.on = False
        return [iri[len(self.base):] for iri in entities]

    def _write_job(self, job: tuple[str, str], release: Path) -> Drawn:
        """Draw one page (an entity's, with its Turtle and JSON-LD, or a fact's pages of
        evidence): the job, what it read (when pages are kept: the keys of its reads,
        whose digest the main process works out) and the files it wrote."""
        if job[0] == "overview":  # what it reads is all in "o" (``overview_spec``)
            from .overview import write as overview_pages

            index = _put(release, "index.html", self.render_index({"triples": len(self.ix.rows)}).encode("utf-8"))
            files = (*overview_pages(self, release), index)
            return job, ("o",) if self.reuse is not None and self.ix.rec.on else (), files
        with self.ix.rec.recording() as reads:
            files = self._draw(job, release)
        if reads is None or self.reuse is None:
            return job, (), files
        return job, self.reuse.keys(reads), files

    def _draw(self, job: tuple[str, str], release: Path) -> tuple[tuple[str, str], ...]:
        """The job's files written: each one's path and SHA-256, taken here from the bytes
        in hand, in the page workers, rather than read back for SHA256SUMS."""
        kind, iri = job
        if kind == "fact":
            return tuple(_put(release, path, html.encode("utf-8")) for path, html in self.render_fact_pages(iri))
        rel = iri[len(self.base):]
        html = _put(release, rel + ".html", self.render_entity(iri).encode("utf-8"))
        rows = sorted(self.description_of(iri), key=" ".join)  # the order rdf.serialize gives triples
        nt = ntriples_text(rows).encode("utf-8")
        ttl = ox.serialize(jsonld.parse_own(nt), format=ox.RdfFormat.TURTLE, prefixes=self.prefixes)
        return (html, _put(release, rel + ".ttl", ttl or b""),
                _put(release, rel + ".jsonld", jsonld.dumps_rows(rows, prefixes=self.prefixes, compactor=self.compactor)))


def _put(release: Path, rel: str, data: bytes) -> tuple[str, str]:
    """A page's file written: its path in the release and its SHA-256 (by the system's
    calls: 47,000 files at 10,000 profiles, where Python's file objects cost a second)."""
    fd = os.open(os.path.join(release, rel), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)
    return rel, hashlib.sha256(data).hexdigest()


_FORKED: tuple[Site, Path] | None = None  # the site a forked page worker writes from
POOL_FROM = 200  # pages to draw from which workers are forked
PAGE_NICENESS = 10  # below the format writers and the validator (forked.BESIDE), which run meanwhile


def _page_worker() -> None:
    """A page worker yields to the dataset's writers and the validator: they are done
    while pages are still drawn, instead of after the pages with cores idle (the pages
    are the longer work)."""
    gc.enable()
    with contextlib.suppress(OSError):
        os.nice(PAGE_NICENESS)


def _write_forked(job: tuple[str, str]) -> Drawn:
    assert _FORKED is not None
    site, release = _FORKED
    return site._write_job(job, release)
