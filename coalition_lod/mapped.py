"""Document graphs kept between builds: a rebuild maps again only the documents whose
graph would come out otherwise.

A document's graph (its text's description, the facts first read in it, each fact's
derivation from it, the evidence quoted from it: ``rdf.to_lines``) follows from what
the reconciled knowledge says of that document alone. Its **key** hashes exactly that
(``graph_keys``), with the code and the base IRI. The graphs are kept in the cache folder
in chunks, the documents spread over them by their identifiers' hash; a chunk's file is
named by its documents' keys and holds each graph's rows and digest
(``rdf.graph_digest``). A rebuild reads the chunks whose names it computes again, maps
the documents of the others (the vocabulary and provenance graphs are always mapped),
and hashes only their graphs. A chunk that cannot be read is mapped again; the same
input gives the same quads either way (``tests/test_mapped.py``).

What a rebuild maps again is also all that may differ from the release in the folder,
and the pages kept need to know no more (``pages.reuse``): a build leaves a manifest of
its chunks (and the small graphs' rows), marked as its release's (``cache.save_state``),
and the next build reads the previous rows of the graphs it does not read back from the
chunks' previous files (``before``), which are removed only once it saves its own.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import operator
import os
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache, cached_property
from pathlib import Path

from .cache import load_state, save_state, state_file, write_whole
from .model import Evidence
from .namespaces import BASE, document_graph
from .rdf import Graphs, Line, graph_ranges, iri, rebase, value_digest
from .reconcile import Knowledge

VERSION = 1  # of the chunks' layout and keys
CHUNKS = 256  # a one-document rebuild reads them all and writes one again
BEFORE_AT_MOST = 32  # chunks mapped again whose previous files are read for ``before``; more: the pages check all
_EVIDENCE = operator.attrgetter(*Evidence.__slots__)


@cache
def _code() -> bytes:
    """The package's code and version, and Python's (marshal's format may change between
    Python versions): any change maps every document again."""
    from . import __version__

    h = hashlib.sha256(f"{VERSION}\0{__version__}\0{sys.version}\0".encode())
    for f in sorted(Path(__file__).resolve().parent.rglob("*.py")):
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.digest()


def graph_keys(k: Knowledge) -> dict[str, bytes]:
    """Each document's key: what its graph is made from, hashed."""
    per: dict[str, list] = defaultdict(list)
    for doc in k.documents:
        per[doc.id].append((doc.id, doc.source, doc.lang, doc.media_type, doc.text, doc.date, doc.uri))
    for f in k.facts.values():
        evs = f.evidence
        docs = {ev.doc_id for ev in evs}
        sources = sorted(set(f.documents) | docs)
        if sources:  # the fact's own rows are in its first document's graph
            per[sources[0]].append((f.iri, f.kind, f.partner, f.obj, sorted(f.attrs.items()), f.first_seen,
                                    f.last_seen, f.status_history))
        for d in sources:  # each document's graph says the fact was derived from it
            per[d].append(f.iri)
        if len(docs) == 1:  # most facts: all their evidence at once, in C
            per[next(iter(docs))].append((f.iri, list(map(_EVIDENCE, evs))))
        else:
            for ev in evs:  # the evidence quoted from each document, in its graph
                per[ev.doc_id].append((f.iri, _EVIDENCE(ev)))
    return {d: value_digest(v) for d, v in per.items()}  # by value: cached extractions are other objects


def _chunk_of(doc_id: str) -> int:
    return int.from_bytes(hashlib.sha256(doc_id.encode()).digest()[:4], "big") % CHUNKS


class Kept:
    """The document graphs of the previous builds into one release folder: ``load`` what
    this build's knowledge would map alike, ``save`` the chunks it mapped."""

    def __init__(self, folder: Path, out: Path, base: str) -> None:
        self.folder = folder / "mapped" / hashlib.sha256(str(out.resolve()).encode()).hexdigest()[:32]
        self.manifest = state_file(folder, "mapped", out)
        self.out, self.base = out, base
        self.context = hashlib.sha256(_code() + base.encode()).digest()
        self.names: dict[int, str] = {}  # chunk -> its file's name, for this build
        self.loaded: set[int] = set()
        self.graphs: dict[int, list[str]] = {}  # chunk -> its documents' graph IRIs (as in the quads)
        self.digests: dict[str, bytes] = {}  # of the graphs read back
        self.kept = 0  # documents whose graphs were read back

    def _graph(self, doc_id: str) -> str:
        g = iri(document_graph(doc_id))
        return g if self.base == BASE else rebase([(g, g, g, g)], self.base)[0][0]

    def load(self, k: Knowledge) -> tuple[frozenset[str], list[tuple[str, list[Line]]]]:
        """The documents whose graphs were read back, and those graphs' rows."""
        keys = graph_keys(k)
        chunks: dict[int, list[str]] = defaultdict(list)
        for d in sorted(keys):
            chunks[_chunk_of(d)].append(d)
        skip: set[str] = set()
        rows: list[tuple[str, list[Line]]] = []
        for c, docs in sorted(chunks.items()):
            h = hashlib.sha256(self.context)
            for d in docs:
                h.update(d.encode() + b"\0" + keys[d])
            self.names[c] = name = h.hexdigest()[:32]
            self.graphs[c] = [self._graph(d) for d in docs]
            found = self._read(name, self.graphs[c])
            if found is None:
                continue
            self.loaded.add(c)
            skip.update(docs)
            self.kept += len(docs)
            for g, digest, graph_rows in found:
                self.digests[g] = digest
                rows.append((g, graph_rows))
        return frozenset(skip), rows

    def _read(self, name: str, graphs: list[str] | None) -> list | None:
        """The chunk's (graph, digest, rows), if it holds those graphs (any, for None);
        None if it is missing or damaged."""
        try:
            found = marshal.loads((self.folder / f"{name}.marshal").read_bytes())
            if graphs is None:
                return found if all(len(entry) == 3 for entry in found) else None
            return found if [g for g, _digest, _rows in found] == graphs else None
        except (OSError, EOFError, ValueError, TypeError):
            return None

    @cached_property
    def previous(self) -> dict | None:
        """The manifest of the release in the folder, if this code and base made it."""
        state = load_state(self.manifest, self.out)
        if state is None or state.get("version") != VERSION or state.get("context") != self.context:
            return None
        return state

    def previous_chunks(self) -> Iterator[tuple[str, list]]:
        """The previous build's chunks (as ``_read`` gives them), by name, in the order of
        its manifest; none that cannot be read."""
        state = self.previous
        if state is None:
            return
        names: dict[int, str] = state["names"]
        for c in sorted(set(state["complete"]) & names.keys()):
            found = self._read(names[c], None)
            if found is not None:
                yield names[c], found

    @property
    def read_back_names(self) -> frozenset[str]:
        """After ``load``: the names of the chunks read back."""
        return frozenset(self.names[c] for c in self.loaded)

    @cached_property
    def before(self) -> dict[str, list[Line]] | None:
        """After ``load``, and before ``save`` removes the previous files: the rows of the
        graphs this build does not read back, as the release in the folder has them (none:
        it had no such graph), from the previous build's files of the chunks mapped again
        (and of the chunks gone) and its manifest for the small graphs; None if not known.
        Read only by the pages: a build without them reads nothing of it."""
        state = self.previous
        if state is None:
            return None
        names: dict[int, str] = state["names"]
        again = [c for c in sorted(names) if c not in self.loaded]
        if len(again) > BEFORE_AT_MOST or set(state["complete"]) != set(names):
            return None
        if any(names.get(c) != self.names[c] for c in self.loaded):
            return None  # a chunk read back is not the one that release had
        before = dict(state["small"])
        for c in again:
            found = self._read(names[c], None)
            if found is None:
                return None
            before.update((g, graph_rows) for g, _d, graph_rows in found)
        return before

    @cached_property
    def read_back(self) -> frozenset[str]:
        """The graphs read back from the previous build: the rows of all others (mapped in
        this build) may differ from the release in the folder's."""
        return frozenset(g for c in self.loaded for g in self.graphs[c])

    def save(self, lines: list[Line], graphs: Graphs, release: Path) -> None:
        """After the release's SHA256SUMS is written: the chunks mapped in this build, and
        no others of this folder's; and the manifest of them, marked as ``release``'s."""
        spans = graphs.spans
        complete = set(self.loaded)
        for c, name in self.names.items():
            if c in self.loaded:
                continue
            found = [(g, graphs.digests[g], lines[spans[g][0]:spans[g][1]]) for g in self.graphs[c] if g in spans]
            if len(found) == len(self.graphs[c]):
                write_whole(self.folder / f"{name}.marshal", marshal.dumps(found))
                complete.add(c)
        in_chunks = {g for gs in self.graphs.values() for g in gs}
        small = {g: lines[a:b] for g, (a, b) in spans.items() if g not in in_chunks}
        save_state(self.manifest, release, {"version": VERSION, "context": self.context, "names": self.names,
                                            "complete": sorted(complete), "small": small})
        keep = {f"{name}.marshal" for name in self.names.values()}
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.folder):
                if entry.name not in keep and entry.name.endswith(".marshal"):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)


def assemble(new: list[Line], kept: Iterable[tuple[str, list[Line]]]) -> list[Line]:
    """The quads in graph order: those mapped in this build (sorted, each triple once:
    ``convert.one_graph_per_triple``) and the graphs read back. Only the small graphs
    can share a triple with another graph, and they are always mapped afresh, so the
    whole is as ``one_graph_per_triple`` would make it of all the quads."""
    by = {g: new[a:b] for g, a, b in graph_ranges(new)}
    for g, rows in kept:
        by[g] = rows
    out: list[Line] = []
    for g in sorted(by):
        out.extend(by[g])
    return out
