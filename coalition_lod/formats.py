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

import hashlib
import os
import shutil
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from . import jsonld
from .cache import load_state, save_state, state_file
from .convert import Timings, no_gc
from .describe import file_sha256
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


def _term_bodies(formats: list[str], part: list[Line]) -> dict[str, bytes]:
    """A chunk in each of ``formats`` (N-Triples, Turtle, TriG), without the prefixes
    (written once for the file). The N-Triples are the quads' own terms, which are
    written as pyoxigraph writes them (``rdf.lit``); Turtle and TriG are parsed from
    text straight into pyoxigraph's writer, as a stream: a list of a chunk's parsed quads,
    and each quad's triple taken from it, cost twice the parse. One parse checks every
    term strictly (the build's only check of the IRIs); the other trusts it."""
    needs_nt = "nt" in formats or "ttl" in formats or "trig" not in formats  # TriG alone reads the N-Quads
    nt = ntriples_text(line[1:] for line in part).encode("utf-8") if needs_nt else b""
    out = {"nt": nt} if "nt" in formats else {}
    checked = False
    if "ttl" in formats:
        out["ttl"] = _written("ttl", ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))
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


def _work(k: int, n: int, ranges: list[tuple[int, int]], tmp: str, old: dict, digests: list[bytes] | None) -> dict:
    """Worker ``k`` of ``n``: chunks k, k + n, …: for each format, the chunk kept from the
    previous release (by its digest, in ``digests`` where chunks are kept) or written to
    a part file. Returns where each chunk comes from and the CPU seconds each step took."""
    folder = Path(tmp) / ".parts"
    took: dict[str, float] = {}
    parts: dict[tuple[str, int], int | None] = {}

    def tick(key: str, since: float) -> float:
        now = time.process_time()
        took[key] = took.get(key, 0.0) + now - since
        return now

    def put(fmt: str, c: int, body: bytes) -> None:
        (folder / f"{fmt}-{c}").write_bytes(body)
        parts[fmt, c] = len(body)

    with no_gc():  # the lines are shared with the process this one forked from: nothing to collect
        for c in range(k, len(ranges), n):
            a, b = ranges[c]
            part = _LINES[a:b]
            todo = [fmt for fmt in FORMATS if digests is None or digests[c] not in old.get(fmt, {})]
            parts.update(((fmt, c), None) for fmt in FORMATS if fmt not in todo)  # the previous release has them
            t = time.process_time()
            if "jsonld" in todo:
                put("jsonld", c, _jsonld_body(part))
                t = tick("formats: JSON-LD (cpu)", t)
            terms = [fmt for fmt in todo if fmt != "jsonld"]
            if terms:
                for fmt, body in _term_bodies(terms, part).items():
                    put(fmt, c, body)
                tick("formats: parsed once a chunk (cpu)", t)
    return {"parts": parts, "took": took}


def _copy(src: int, dst: int, offset: int, length: int) -> None:
    """``length`` bytes of file ``src`` from ``offset`` to where file ``dst`` stands, in
    the kernel where it can."""
    while length > 0:
        try:
            done = os.copy_file_range(src, dst, length, offset)
        except (AttributeError, OSError):
            block = os.pread(src, min(length, 1 << 22), offset)
            done = os.write(dst, block) if block else 0
        if done <= 0:
            raise OSError("the previous release's file is shorter than the state kept for it")
        offset += done
        length -= done


class FormatWriters:
    """The dataset's files, written by worker processes while this one validates and
    then writes the pages: the two are independent, so neither waits on the other.
    ``wait`` puts each file together before the release is described; ``close`` ends
    the workers whatever happened."""

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
        (tmp / ".parts").mkdir()
        self.procs: list[Forked] = []
        self.done = False
        self.assembly: tuple[ThreadPoolExecutor, list, float] | None = None  # the files being put together
        self.old = kept.old if kept is not None else {}
        _LINES = lines
        if workers > 1 and can_fork():
            n = min(workers, 3)
            self.procs = [Forked(_work, k, n, self.ranges, str(tmp), self.old, self.digests, niceness=BESIDE)
                          for k in range(n)]

    def put_together_when_ready(self, timings: Timings) -> Callable[[], None]:
        """A call to make now and then while other work goes on, once this process forks
        no more: at the first call after the workers are done, the files start being put
        together on threads (``wait`` joins them), rather than after that other work."""

        def poll() -> None:
            if self.assembly is None and not self.done and self.procs and self.ready():
                self._put_together(timings)

        return poll

    def ready(self) -> bool:
        """Whether every worker is done, so that ``wait`` would not wait for them."""
        return self.done or all(proc.ready() for proc in self.procs)

    def _put_together(self, timings: Timings) -> None:
        """The workers' results, and each file put together from its chunks, written now
        or copied from the previous release's file, and hashed: the four files at once,
        on threads that copying and hashing leave free to run beside this one (they
        happen in the kernel and in OpenSSL, outside the interpreter's lock)."""
        local = [_work(0, 1, self.ranges, str(self.tmp), self.old, self.digests)] if not self.procs else []
        results = [proc.result() for proc in self.procs] + local
        parts = {}
        for r in results:
            parts.update(r["parts"])
            for key, seconds in r["took"].items():
                timings.stages[key] = timings.stages.get(key, 0.0) + seconds
        pool = ThreadPoolExecutor(len(FORMATS))
        self.assembly = (pool, [pool.submit(self._assemble_one, fmt, parts) for fmt in FORMATS],
                         time.perf_counter())

    def wait(self, timings: Timings) -> None:
        if self.done:
            return
        if self.assembly is None:
            self._put_together(timings)
        pool, running, t0 = self.assembly
        with timings("formats: waiting to be put together"):
            copied = sum(f.result() for f in running)
        timings.stages["formats: put together (wall, beside the rest)"] = time.perf_counter() - t0
        pool.shutdown()
        if self.kept is not None:
            self.kept.copied += copied
        shutil.rmtree(self.tmp / ".parts", ignore_errors=True)
        self.done = True
        timings.stages["formats written (wall, from the start of validation)"] = time.perf_counter() - self.t0

    def _assemble_one(self, fmt: str, parts: dict[tuple[str, int], int | None]) -> int:
        """One file put together and hashed; how many chunks it copied."""
        where: dict[bytes, tuple[int, int]] = {}
        old = self.old.get(fmt, {})
        with open(self.tmp / f"dataset.{fmt}", "wb", buffering=0) as out, \
                open(self.kept.out / f"dataset.{fmt}", "rb", buffering=0) if old else nullcontext() as previous:
            out.write(jsonld.document_start() + b"[" if fmt == "jsonld" else _header(fmt))
            copied = 0
            for c in range(len(self.ranges)):
                if fmt == "jsonld" and c:
                    out.write(b",")
                start = out.tell()
                length = parts[fmt, c]
                if length is None:
                    offset, length = old[self.digests[c]]
                    _copy(previous.fileno(), out.fileno(), offset, length)
                    copied += 1
                else:
                    with open(self.tmp / ".parts" / f"{fmt}-{c}", "rb", buffering=0) as src:
                        _copy(src.fileno(), out.fileno(), 0, length)
                if self.digests is not None:
                    where[self.digests[c]] = (start, out.tell() - start)
            if fmt == "jsonld":
                out.write(b"]}\n")
        if self.kept is not None:
            self.kept.new[fmt] = where
        file_sha256(self.tmp / f"dataset.{fmt}")  # kept for the description and SHA256SUMS
        return copied

    def close(self) -> None:
        global _LINES
        _LINES = []
        if self.assembly is not None:  # what the threads write is in the folder about to be removed
            self.assembly[0].shutdown(cancel_futures=True)
        for proc in self.procs:
            proc.close()
        self.procs = []
