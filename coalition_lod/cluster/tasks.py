"""The work a cluster's workers do: plain functions of plain data, no client in sight.

A partition of the inputs is read and extracted where it is (``extract_part``); its
facts are routed to reconciliation buckets by entity (``route``); a bucket's pieces,
brought together by a tree of ``combine`` tasks, are reconciled apart from the others
(``reconcile_bucket``) and mapped to sorted quads (``bucket_lines``); the documents'
own quads come from their partition (``document_lines``). Each function's result is
what one pass over the whole corpus gives for its share, so the merged quads are the
local build's, byte for byte.
"""

from __future__ import annotations

import heapq
import resource
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import describe
from ..cache import ExtractionCache
from ..convert import SHOWN, add_dates, document_rows, extract_files, no_gc, ontology_lines
from ..ingest import Item, check_unique_ids
from ..model import Document, Extraction
from ..rdf import Line, quad_lines, rebase, to_lines
from ..reconcile import Entity, Knowledge, MergedFact, Router, bucket_of, english_names_read, reconcile
from ..shacl import RDF_TYPE, Result
from ..validate import DOCUMENT, validate_part
from ..vocab import use_extra


@dataclass(frozen=True)
class Settings:
    """What every task needs to see the vocabulary and the cache as the build does."""

    vocabulary: tuple[str, ...] = ()  # the project's vocabulary files (paths the workers can read)
    cache: str | None = None  # the extraction cache folder, when the workers can reach it
    dates: dict[Path, str] | None = None
    base: str | None = None


def _setup(settings: Settings) -> None:
    from .. import vocab

    if tuple(p for p, *_ in vocab.extra_files()) != settings.vocabulary:
        use_extra([Path(p) for p in settings.vocabulary])


@dataclass
class Part:
    """A partition's extractions, kept on the worker that made them."""

    extractions: list[Extraction]
    first: int  # the index of its first text among all inputs
    extracted: int  # texts extracted (not read from the cache)
    seconds: float
    peak_rss: int  # of the worker process so far, bytes


def extract_part(items: list[Item], first: int, settings: Settings) -> Part:
    _setup(settings)
    t0 = time.perf_counter()
    cache = ExtractionCache(Path(settings.cache)) if settings.cache else None
    with no_gc():
        extractions = extract_files(items, 1, cache=cache)
    add_dates(extractions, items, settings.dates)
    return Part(extractions, first, cache.misses if cache else len(extractions), time.perf_counter() - t0, peak_rss())


def peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def names_read(part: Part) -> dict[tuple[str, str], str]:
    return english_names_read(part.extractions)


@dataclass
class Summary:
    """What the build report lists of a partition: small, whatever its size."""

    documents: int
    rows: list[str]  # its first documents' report lines
    extracted: int
    seconds: float
    peak_rss: int


def summary(part: Part) -> Summary:
    return Summary(len(part.extractions), document_rows(part.extractions[:SHOWN]), part.extracted, part.seconds,
                   part.peak_rss)


@dataclass
class Pieces:
    """A bucket's share of one or more partitions: their facts of its entities, each
    with a copy of its document without the text; and, for the check that no two
    texts share a document name, the (input index, id, source) of the documents whose
    id hashes to the bucket."""

    extractions: list[Extraction] = field(default_factory=list)
    ids: list[tuple[int, str, str]] = field(default_factory=list)


def route(part: Part, names: dict[tuple[str, str], str], buckets: int, settings: Settings) -> list[Pieces]:
    _setup(settings)
    router = Router(names, buckets)
    out = [Pieces() for _ in range(buckets)]
    for n, ex in enumerate(part.extractions):
        out[bucket_of(ex.doc.id, buckets)].ids.append((part.first + n, ex.doc.id, ex.doc.source))
        by_bucket: dict[int, list] = {}
        for f in ex.facts:
            by_bucket.setdefault(router.bucket(f), []).append(f)
        if by_bucket:
            light = replace(ex.doc, text="")
            for b, facts in by_bucket.items():
                out[b].extractions.append(Extraction(light, ex.partner, facts))
    return out


def combine(*parts: Pieces) -> Pieces:
    """Pieces of consecutive partitions, in their order: one step of the tree."""
    return Pieces([ex for p in parts for ex in p.extractions], [i for p in parts for i in p.ids])


def reconcile_bucket(pieces: Pieces, names: dict[tuple[str, str], str], settings: Settings) -> Knowledge:
    _setup(settings)
    check_unique_ids(Document(doc_id, source, "", "", "") for _n, doc_id, source in sorted(pieces.ids))
    with no_gc():
        k = reconcile(pieces.extractions, names=names)
    k.documents = []  # the documents' quads come from their partitions
    return k


def facts_named(k: Knowledge, iris: set[str]) -> dict[str, MergedFact]:
    return {i: k.facts[i] for i in iris if i in k.facts}


def patch(k: Knowledge, entities: dict[str, Entity], facts: dict[str, MergedFact], removed: set[str],
          added: Knowledge) -> Knowledge:
    """The bucket with a curation's changes to what it holds, and the facts it added
    that go with this bucket's entities (with the entities they name)."""
    ents = {i: entities.get(i, e) for i, e in k.entities.items()}
    for i, e in added.entities.items():
        ents.setdefault(i, e)
    kept = {i: facts.get(i, f) for i, f in k.facts.items() if i not in removed}
    kept.update(added.facts)
    return replace(k, entities=ents, facts=kept)


@dataclass
class Mapped:
    """A part's quads (sorted), what validating them found, and what the report counts.
    ``cited``/``held``: documents the part cites without holding them, and documents it
    holds, each by document bucket, for the join that checks every cited one is held."""

    lines: list[Line]
    results: list[Result]
    cited: list[list[str]]
    held: list[list[str]]
    facts: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    disagreements: list[str] = field(default_factory=list)
    seconds: float = 0.0
    peak_rss: int = 0


def _by_bucket(iris: Iterable[str], buckets: int) -> list[list[str]]:
    out: list[list[str]] = [[] for _ in range(buckets)]
    for i in sorted(iris):
        out[bucket_of(i, buckets)].append(i)
    return out


def _validated(lines: list[Line], settings: Settings, buckets: int, absent: set[str]) -> Mapped:
    """The part's quads with the ontology (which every part validates against) checked."""
    rows = list(heapq.merge(lines, ontology_lines(settings.base)))
    results, cited = validate_part(rows, absent)
    return Mapped(lines, results, _by_bucket(cited, buckets), [[] for _ in range(buckets)])


def bucket_lines(k: Knowledge, settings: Settings, buckets: int, absent: set[str] = frozenset()) -> Mapped:
    t0 = time.perf_counter()
    with no_gc():
        lines = sorted(rebase(to_lines(k), settings.base)) if settings.base else to_lines(k)
        m = _validated(lines, settings, buckets, absent)
    return replace(m, facts=len(k.facts), kinds=Counter(f.kind for f in k.facts.values()), disagreements=k.disagreements,
                   seconds=time.perf_counter() - t0, peak_rss=peak_rss())


def document_lines(docs: list[Document], settings: Settings, buckets: int) -> Mapped:
    """Documents: each one's graph, and their provenance."""
    t0 = time.perf_counter()
    docs = sorted(docs, key=lambda d: d.id)
    with no_gc():
        lines = to_lines(Knowledge(docs, {}, {}, [])) + quad_lines(describe.provenance(docs))
        if settings.base:
            lines = rebase(lines, settings.base)
        lines.sort()
        m = _validated(lines, settings, buckets, set())
    held = {s for _g, s, p, o in lines if p == RDF_TYPE and o == DOCUMENT}
    return replace(m, held=_by_bucket(held, buckets), seconds=time.perf_counter() - t0, peak_rss=peak_rss())


def partition_documents(part: Part, settings: Settings, buckets: int) -> Mapped:
    return document_lines([ex.doc for ex in part.extractions], settings, buckets)


def refs(m: Mapped, bucket: int) -> tuple[list[str], list[str]]:
    """A part's share of one document bucket: the documents it cites, and holds."""
    return m.cited[bucket], m.held[bucket]


def cited_nowhere(shares: list[tuple[list[str], list[str]]]) -> list[str]:
    """The documents of one document bucket that some part cites and no part holds."""
    cited = {i for c, _h in shares for i in c}
    return sorted(cited - {i for _c, h in shares for i in h})
