"""The dataset's files — N-Triples, Turtle, TriG, JSON-LD — written by worker processes
from the quads in memory, chunk by chunk, and the chunks that did not change kept from
the previous release.

pyoxigraph writes each format as a stream: a graph's or a subject's statements are
grouped while they follow each other, and nothing else carries over. So the quads cut
where a graph and its last subject end give pieces whose serialisations, put end to
end (without the repeated prefixes; for JSON-LD, joined into one array), are the bytes
of the whole file (tests/test_formats.py holds this). The cuts fall after the graphs
whose names hash to a multiple of ``EVERY``, and around the small graphs: they depend on
the names alone, so one document changed changes its chunk (and the provenance's) and the
others keep their cuts.

Each chunk's digest is the hash of its graphs' digests (``rdf.Graphs``, which the build
computes once for the pages and the checks it keeps too). A rebuild into the same release folder
copies the chunks whose digest is unchanged from that release's files, where the state
kept in the cache folder says they are (checked against the release's SHA256SUMS and
the files' sizes and times), and writes only the others.

A chunk's N-Triples are its quads' own terms, joined; its Turtle and TriG are what
pyoxigraph writes as it parses the chunk's text, one quad at a time (parsing is most
of their cost, and a list of parsed quads as much again). JSON-LD is written from the
N-Triples with its IRIs compact (``jsonld``), so it is parsed on its own: compacting
pyoxigraph's expanded output instead costs more than the parse it saves.

The workers are forked processes (``forked.Forked``) sharing the quads.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from . import jsonld
from .cache import load_state, save_state, state_file
from .convert import Timings, no_gc
from .describe import known_sha256
from .forked import BESIDE, Forked, can_fork
from .namespaces import PREFIXES
from .rdf import Graphs, Line, graph_ranges, is_document_graph, nquads_text, ntriples_text

EVERY = 16  # a chunk ends after about one graph in this many: some 5,500 quads at 10,000 profiles (a
# rebuild writes again the chunks of the graphs that changed: smaller chunks, less to write)
FORMATS = ("nt", "ttl", "trig", "jsonld")  # dataset.<format>, each written by chunks
STATE_VERSION = 4

_LINES: list[Line] = []  # the release's quads, shared with the forked writers
_RDF = {"nt": ox.RdfFormat.N_TRIPLES, "ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG}
_PREFIXES = dict(PREFIXES)


def chunks(lines: list[Line], graphs: list[tuple[str, int, int]] | None = None) -> list[tuple[int, int]]:
    """The quads' chunks as (start, end) ranges: a cut after each document graph whose
    name hashes to a multiple of EVERY, and before and after each other graph (the
    vocabulary, the provenance: large, and changed by any rebuild), where the next graph
    starts with another subject (``graphs``: ``graph_ranges(lines)``, where the caller has
    them). The hash is SHA-256's: CRC-32, being linear, cut the names of a corpus's
    numbered documents in runs (chunks of 1,000 to 65,000 quads at 10,000 profiles)."""
    ranges = graph_ranges(lines) if graphs is None else graphs
    cuts = [0]
    for (g, _start, end), (after, _a, _b) in zip(ranges, ranges[1:], strict=False):
        if lines[end][1] != lines[end - 1][1] and (not is_document_graph(g) or not is_document_graph(after)
                                                   or _cut_after(g)):
            cuts.append(end)
    return [(a, b) for a, b in zip(cuts, [*cuts[1:], len(lines)], strict=True) if b > a]


def _cut_after(graph: str) -> bool:
    return int.from_bytes(hashlib.sha256(graph.encode("utf-8")).digest()[:4], "big") % EVERY == 0


def chunk_digests(ranges: list[tuple[int, int]], graphs: Graphs) -> list[bytes]:
    """Each chunk's digest: the hash of its graphs' digests (a chunk ends where a graph
    does, so each graph is in one chunk)."""
    out, i = [], 0
    for _a, b in ranges:
        names = []
        while i < len(graphs.ranges) and graphs.ranges[i][1] < b:
            names.append(graphs.ranges[i][0])
            i += 1
        out.append(hashlib.sha256(b"".join(graphs.digests[g] for g in names)).digest()[:16])
    return out


@cache
def _header(fmt: str) -> bytes:
    """What pyoxigraph writes before the first statement (the prefixes; none in N-Triples)."""
    if fmt == "nt":
        return b""
    rdf = ox.RdfFormat.TURTLE if fmt == "ttl" else ox.RdfFormat.TRIG
    one = ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.NamedNode("urn:x:o"),
                  ox.NamedNode("urn:x:g") if fmt == "trig" else ox.DefaultGraph())
    written = ox.serialize([one], format=rdf, prefixes=_PREFIXES) or b""
    return b"".join(line for line in written.splitlines(keepends=True) if line.startswith(b"@prefix "))


def _jsonld_body(part: list[Line]) -> bytes:
    """A chunk in JSON-LD, without the array's brackets (written once for the file)."""
    return jsonld.array_of_quads(part)[1:-1]


def _term_bodies(formats: list[str], part: list[Line], checked: bool = False) -> dict[str, bytes]:
    """A chunk in each of ``formats`` (N-Triples, Turtle, TriG), without the prefixes
    (written once for the file). The N-Triples are the quads' own terms, which are
    written as pyoxigraph writes them (``rdf.lit``); Turtle and TriG are parsed from
    text straight into pyoxigraph's writer, as a stream: a list of a chunk's parsed quads,
    and each quad's triple taken from it, cost twice the parse. One parse checks every
    term strictly (the build's only check of the IRIs); the other trusts it. ``checked``:
    the terms are checked by another writer's parse (N-Triples alone are not parsed)."""
    needs_nt = "nt" in formats or "ttl" in formats or "trig" not in formats  # TriG alone reads the N-Quads
    nt = ntriples_text(line[1:] for line in part).encode("utf-8") if needs_nt else b""
    out = {"nt": nt} if "nt" in formats else {}
    if "ttl" in formats:
        out["ttl"] = _written("ttl", ox.parse(nt, format=ox.RdfFormat.N_TRIPLES, lenient=checked))
        checked = True
    if "trig" in formats:
        nq = nquads_text(part).encode("utf-8")
        out["trig"] = _written("trig", ox.parse(nq, format=ox.RdfFormat.N_QUADS, lenient=checked))
        checked = True
    if not checked:  # N-Triples alone: still parsed once, for the check
        for _quad in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES):
            pass
    return out


def _written(fmt: str, quads: ox.QuadParser) -> bytes:
    written = ox.serialize(quads, format=_RDF[fmt], prefixes=_PREFIXES) or b""
    head = _header(fmt)
    assert written.startswith(head)
    return written[len(head):]


@cache
def fingerprint() -> str:
    """What the files depend on besides the quads: this code, the JSON-LD compaction,
    the prefixes and pyoxigraph's version."""
    from importlib.metadata import version

    here = Path(__file__).resolve().parent
    h = hashlib.sha256(f"{STATE_VERSION}\0{version('pyoxigraph')}\0{sorted(PREFIXES.items())}\0".encode())
    for name in ("formats.py", "jsonld.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()


class Kept:
    """Where the previous release's chunks are: per format, digest -> (offset, length)
    in that release's file; and this build's, saved for the next (``save``)."""

    def __init__(self, folder: Path, out: Path) -> None:
        self.out = out.resolve()
        self.path = state_file(folder, "formats", self.out)
        self.old: dict[str, dict[bytes, tuple[int, int]]] = {}
        state = load_state(self.path, self.out)
        if state is not None and state.get("fingerprint") == fingerprint():
            try:
                for fmt, (size, mtime, where) in state["files"].items():
                    st = (self.out / f"dataset.{fmt}").stat()
                    if (st.st_size, st.st_mtime_ns) == (size, mtime):
                        self.old[fmt] = where
            except (OSError, KeyError, TypeError, ValueError):
                self.old = {}
        self.new: dict[str, dict[bytes, tuple[int, int]]] = {}
        self.copied = 0

    def save(self, release: Path) -> None:
        """After SHA256SUMS is written: where this release's chunks are."""
        files = {}
        for fmt, where in self.new.items():
            st = (release / f"dataset.{fmt}").stat()
            files[fmt] = (st.st_size, st.st_mtime_ns, where)
        save_state(self.path, release, {"fingerprint": fingerprint(), "files": files})


# The formats by writer: N-Triples (the quads' own text, no parse) with JSON-LD (parsed
# from its compact text), and Turtle with TriG (parsed, the first strictly: the build's
# check of every IRI); about as much work each.
WRITERS = (("nt", "jsonld"), ("ttl", "trig"))


def _work(formats: tuple[str, ...], ranges: list[tuple[int, int]], tmp: str, old: dict,
          digests: list[bytes] | None, previous: str | None) -> dict:
    """A writer of ``formats``: each file written whole, chunk after chunk, each chunk kept
    from the previous release (``previous``'s file, where ``old`` says, by its digest in
    ``digests``) or serialised, and hashed as it is written. Returns, by format, the
    file's SHA-256, its size and where its chunks are; the chunks copied; the CPU
    seconds each step took."""
    took: dict[str, float] = {}
    files: dict[str, tuple[str, int, dict[bytes, tuple[int, int]]]] = {}
    copied = 0
    with contextlib.ExitStack() as stack:
        out = {fmt: stack.enter_context(open(Path(tmp) / f"dataset.{fmt}", "wb", buffering=0)) for fmt in formats}
        before = {fmt: stack.enter_context(open(Path(previous) / f"dataset.{fmt}", "rb", buffering=0))
                  for fmt in formats if previous and old.get(fmt)}
        hashes = {fmt: hashlib.sha256() for fmt in formats}
        size = dict.fromkeys(formats, 0)
        where: dict[str, dict[bytes, tuple[int, int]]] = {fmt: {} for fmt in formats}

        def put(fmt: str, data: bytes) -> None:
            view = memoryview(data)
            while view:
                view = view[out[fmt].write(view):]
            hashes[fmt].update(data)
            size[fmt] += len(data)

        for fmt in formats:
            put(fmt, jsonld.document_start() + b"[" if fmt == "jsonld" else _header(fmt))
        with no_gc():  # the lines are shared with the process this one forked from: nothing to collect
            for c, (a, b) in enumerate(ranges):
                part = _LINES[a:b]
                todo = [fmt for fmt in formats if digests is None or digests[c] not in old.get(fmt, {})]
                t = time.process_time()
                bodies = {}
                if "jsonld" in todo:
                    bodies["jsonld"] = _jsonld_body(part)
                    t = _tick(took, "formats: JSON-LD (cpu)", t)
                terms = [fmt for fmt in todo if fmt != "jsonld"]
                if terms:
                    bodies.update(_term_bodies(terms, part, checked="ttl" not in formats))
                    _tick(took, "formats: parsed once a chunk (cpu)", t)
                for fmt in formats:
                    if fmt == "jsonld" and c:
                        put(fmt, b",")
                    start = size[fmt]
                    if fmt in bodies:
                        put(fmt, bodies[fmt])
                    else:  # the previous release has it
                        offset, length = old[fmt][digests[c]]
                        data = os.pread(before[fmt].fileno(), length, offset)
                        if len(data) != length:
                            raise OSError("the previous release's file is shorter than the state kept for it")
                        put(fmt, data)
                        copied += 1
                    if digests is not None:
                        where[fmt][digests[c]] = (start, size[fmt] - start)
        for fmt in formats:
            if fmt == "jsonld":
                put(fmt, b"]}\n")
            files[fmt] = (hashes[fmt].hexdigest(), size[fmt], where[fmt])
    return {"files": files, "took": took, "copied": copied, "end": time.perf_counter()}


def _tick(took: dict[str, float], key: str, since: float) -> float:
    now = time.process_time()
    took[key] = took.get(key, 0.0) + now - since
    return now


class FormatWriters:
    """The dataset's files, written by worker processes while this one validates and
    then writes the pages: the two are independent, so neither waits on the other.
    ``wait`` collects the files' digests before the release is described; ``close``
    ends the workers whatever happened."""

    def __init__(self, tmp: Path, lines: list[Line], workers: int, kept: Kept | None = None,
                 graphs: Graphs | None = None) -> None:
        """``kept``: where the previous release's chunks are, and this one's will be (its
        chunks are compared by their graphs' digests: ``graphs``, made here if not given)."""
        global _LINES
        self.t0 = time.perf_counter()
        self.tmp, self.kept = tmp, kept
        if kept is not None and graphs is None:
            graphs = Graphs.of(lines)
        self.ranges = chunks(lines, graphs.ranges if graphs else None)
        self.digests = chunk_digests(self.ranges, graphs) if kept is not None else None
        self.procs: list[Forked] = []
        self.done = False
        self.old = kept.old if kept is not None else {}
        self.previous = str(kept.out) if kept is not None and self.old else None
        # a rebuild copies most chunks, and hashing them is the work: a writer for each format
        self.groups = WRITERS if not self.old else tuple((fmt,) for fmt in FORMATS)
        _LINES = lines
        if workers > 1 and can_fork():
            self.procs = [Forked(_work, fmts, self.ranges, str(tmp), self.old, self.digests, self.previous,
                                 niceness=BESIDE) for fmts in self.groups]

    def ready(self) -> bool:
        """Whether every worker is done, so that ``wait`` would not wait for them."""
        return self.done or all(proc.ready() for proc in self.procs)

    def wait(self, timings: Timings) -> None:
        """The workers' results: each file's digest, kept for the description and
        SHA256SUMS, and where its chunks are, for the next build."""
        if self.done:
            return
        with timings("formats: waiting for the writers"):
            if self.procs:
                results = [proc.result() for proc in self.procs]
            else:
                results = [_work(fmts, self.ranges, str(self.tmp), self.old, self.digests, self.previous)
                           for fmts in self.groups]
        copied = 0
        for r in results:
            copied += r["copied"]
            for key, seconds in r["took"].items():
                timings.stages[key] = timings.stages.get(key, 0.0) + seconds
            for fmt, (digest, size, where) in r["files"].items():
                path = self.tmp / f"dataset.{fmt}"
                if path.stat().st_size != size:
                    raise OSError(f"{path}: {path.stat().st_size} bytes written of {size}")
                known_sha256(path, digest)
                if self.kept is not None:
                    self.kept.new[fmt] = where
        if self.kept is not None:
            self.kept.copied += copied
        self.done = True
        # when the last writer was done (the monotonic clock is the same in every process)
        timings.stages["formats written (wall, from the start of validation)"] = max(r["end"] for r in results) - self.t0

    def close(self) -> None:
        global _LINES
        _LINES = []
        for proc in self.procs:
            proc.close()
        self.procs = []
