"""Serve: a release as a read-only SPARQL endpoint, with its pages and content negotiation.

``/sparql`` speaks the SPARQL 1.1 Protocol (GET ``?query=``, POST form or
``application/sparql-query``) over the release's TriG loaded into an in-memory
pyoxigraph store, the named graphs seen as one default graph, as the example queries
expect. Updates are refused. Every other path is a file of the release; a path with no
extension is an IRI under the base (``/partner/al``) and is answered in the
representation the Accept header prefers: HTML, Turtle or JSON-LD.
"""

from __future__ import annotations

import io
import mimetypes
import multiprocessing as mp
import queue
import threading
import urllib.parse
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from .describe import about
from .model import InputError

MEDIA = {".html": "text/html; charset=utf-8", ".ttl": "text/turtle; charset=utf-8", ".jsonld": "application/ld+json",
         ".nt": "application/n-triples", ".trig": "application/trig", ".txt": "text/plain; charset=utf-8",
         ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".md": "text/markdown; charset=utf-8",
         ".svg": "image/svg+xml", ".rq": "application/sparql-query", ".htaccess": "text/plain; charset=utf-8"}
# Representations of an IRI, in the server's order of preference for equal q-values.
ALTERNATES = (("text/html", ".html"), ("application/xhtml+xml", ".html"), ("text/turtle", ".ttl"),
              ("application/ld+json", ".jsonld"), ("application/n-triples", ".nt"), ("application/trig", ".trig"))
# Documents that stand for the IRIs that are not entities.
SPECIAL = {"": "index", "dataset": "index", "ontology": "ontology"}
SPECIAL_RDF = {"dataset": {".ttl": "void.ttl", ".nt": "dataset.nt", ".trig": "dataset.trig", ".jsonld": "dataset.jsonld"}}
RESULTS = (("application/sparql-results+json", ox.QueryResultsFormat.JSON), ("application/json", ox.QueryResultsFormat.JSON),
           ("application/sparql-results+xml", ox.QueryResultsFormat.XML), ("text/csv", ox.QueryResultsFormat.CSV),
           ("text/tab-separated-values", ox.QueryResultsFormat.TSV))
GRAPHS = (("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
          ("application/ld+json", ox.RdfFormat.JSON_LD), ("application/rdf+xml", ox.RdfFormat.RDF_XML))
MAX_QUERY = 100_000  # characters


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """Media ranges by preference (q-value, then specificity), as RFC 9110 orders them."""
    out = []
    for i, part in enumerate((header or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        out.append((fields[0].lower(), q, -fields[0].count("*"), -i))
    out.sort(key=lambda x: (x[1], x[2], x[3]), reverse=True)
    return [(m, q) for m, q, _s, _i in out if q > 0]


def choose(accept: str | None, offers: list[str]) -> str | None:
    """The first offer the Accept header admits at its highest q-value; None if none."""
    best, best_q = None, 0.0
    ranges = parse_accept(accept)
    for offer in offers:
        for media, q in ranges:
            if media in (offer, "*/*") or (media.endswith("/*") and offer.startswith(media[:-1])):
                if q > best_q:
                    best, best_q = offer, q
                break
    return best


@dataclass
class Release:
    """The release being served; its store lives in the query workers."""

    root: Path
    triples: int
    title: dict[str, str] = field(default_factory=lambda: {"en": "coalition-lod"})

    @classmethod
    def load(cls, root: Path) -> Release:
        trig = root / "dataset.trig"
        if not trig.is_file():
            raise InputError(f"{root}: not a release (no dataset.trig); build one with 'coalition-lod build'")
        store = ox.Store()
        try:
            store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
        except SyntaxError as e:
            raise InputError(f"{trig}: {' '.join(str(e).split())}") from e
        title = about(root).get("title", "coalition-lod") if (root / "void.ttl").is_file() else "coalition-lod"
        return cls(root.resolve(), len(store), {"en": title})


# --- queries in worker processes ------------------------------------------------------

class _Capped(io.RawIOBase):
    """A buffer that refuses to grow past the result-size limit (pyoxigraph writes into
    it while it evaluates, so a huge result stops early instead of filling memory)."""

    def __init__(self, limit: int) -> None:
        self.buf = bytearray()
        self.limit = limit

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        self.buf += b
        if len(self.buf) > self.limit:
            raise OverflowError("result too large")
        return len(b)


def _worker(conn, trig: str, max_bytes: int) -> None:
    """One query process: loads the release, answers (kind, text, accept) requests."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    store = ox.Store()
    store.bulk_load(path=trig, format=ox.RdfFormat.TRIG)
    conn.send(("ready",))
    while True:
        try:
            kind, text, accept = conn.recv()
        except EOFError:
            return
        conn.send(_answer(store, kind, text, accept, max_bytes))


def _answer(store: ox.Store, kind: str, text: str, accept: str | None, max_bytes: int) -> tuple:
    try:
        if kind == "update":
            store.update(text)
            return ("ok", 204, "text/plain; charset=utf-8", b"")
        result = store.query(text, use_default_graph_as_union=True)
        out = _Capped(max_bytes)
        if isinstance(result, ox.QueryTriples):
            media = choose(accept, [m for m, _f in GRAPHS]) or GRAPHS[0][0]
            result.serialize(out, format=dict(GRAPHS)[media])
        else:
            media = choose(accept, [m for m, _f in RESULTS]) or RESULTS[0][0]
            result.serialize(out, format=dict(RESULTS)[media])
        return ("ok", 200, media + ("; charset=utf-8" if media.startswith("text/") else ""), bytes(out.buf))
    except SyntaxError as e:
        return ("error", 400, f"malformed {'update' if kind == 'update' else 'query'}: {' '.join(str(e).split())}")
    except OverflowError:
        return ("error", 413, f"the result is larger than {max_bytes // 1048576} MB; narrow the query or add a LIMIT")
    except (OSError, RuntimeError, ValueError) as e:
        return ("error", 500, f"query failed: {' '.join(str(e).split())[:300]}")


class QueryPool:
    """Worker processes that each hold the release in a store. A query that runs past
    the timeout has its worker killed (pyoxigraph cannot cancel a query) and replaced;
    a query that finds no free worker within the timeout is told the server is busy."""

    def __init__(self, trig: Path, workers: int = 2, timeout: float = 30.0, max_bytes: int = 64 * 1048576) -> None:
        self.trig, self.timeout, self.max_bytes = str(trig), timeout, max_bytes
        self.ctx = mp.get_context("spawn")
        self.idle: queue.Queue = queue.Queue()
        self.size = workers
        self.lock = threading.Lock()  # updates hold every worker
        for _ in range(workers):
            self.idle.put(self._start())

    def _start(self):
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(child, self.trig, self.max_bytes), daemon=True)
        proc.start()
        child.close()
        if not parent.poll(600) or parent.recv() != ("ready",):
            proc.kill()
            raise InputError(f"{self.trig}: the query worker did not start")
        return proc, parent

    def _replace(self, worker) -> None:
        proc, conn = worker
        proc.kill()
        proc.join(5)
        conn.close()
        threading.Thread(target=lambda: self.idle.put(self._start()), daemon=True).start()

    def run(self, kind: str, text: str, accept: str | None) -> tuple:
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            return ("error", 503, "the server is busy; try again")
        proc, conn = worker
        try:
            conn.send((kind, text, accept))
            if not conn.poll(self.timeout):
                self._replace(worker)
                return ("error", 503, f"the query ran longer than {self.timeout:g} s and was stopped")
            answer = conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            return ("error", 500, "the query worker failed; try again")
        self.idle.put(worker)
        return answer

    def update_all(self, text: str) -> tuple:
        """An update applied in every worker, so that all answer from the same data."""
        with self.lock:
            held = [self.idle.get() for _ in range(self.size)]
            answers = []
            try:
                for _proc, conn in held:
                    conn.send(("update", text, None))
                    answers.append(conn.recv() if conn.poll(self.timeout) else ("error", 503, "update timed out"))
            finally:
                for w in held:
                    self.idle.put(w)
            bad = [a for a in answers if a[0] != "ok"]
            return bad[0] if bad else answers[0]

    def close(self) -> None:
        while True:
            try:
                proc, conn = self.idle.get_nowait()
            except queue.Empty:
                return
            proc.kill()
            conn.close()


class Handler(BaseHTTPRequestHandler):
    server_version = "coalition-lod"
    release: Release  # set on the subclass made by make_server
    pool: QueryPool
    writable = False
    quiet = False

    # --- plumbing ------------------------------------------------------------

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        if not self.quiet:
            super().log_message(format, *args)

    def send(self, status: int, body: bytes, media: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def error(self, status: HTTPStatus, message: str) -> None:
        self.send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

    # --- methods -------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/sparql":
            params = urllib.parse.parse_qs(url.query)
            if "update" in params:
                return self.error(HTTPStatus.METHOD_NOT_ALLOWED, "updates are sent with POST")
            if "query" not in params:  # a browser gets the query page, a client the service description
                if choose(self.headers.get("Accept"), ["text/turtle", "text/html"]) == "text/html":
                    return self.query_page()
                return self.send(200, SERVICE_DESCRIPTION, "text/turtle; charset=utf-8")
            return self.sparql(params["query"][0])
        if url.path == "/query.html":  # the release's copy points at the public endpoint; here, at this one
            return self.query_page()
        return self.file(urllib.parse.unquote(url.path))

    def query_page(self) -> None:
        from .pages import query

        body = query.render(query.SERVED_ENDPOINT, "", self.release.title).encode("utf-8")
        self.send(200, body, "text/html; charset=utf-8", {"Vary": "Accept"})

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/sparql":
            return self.error(HTTPStatus.METHOD_NOT_ALLOWED, "POST only to /sparql")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_QUERY * 4:
            return self.error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too long")
        body = self.rfile.read(length).decode("utf-8", "replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind == "application/sparql-update":
            return self.sparql_update(body)
        if kind == "application/sparql-query":
            return self.sparql(body)
        if kind == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qs(body)
            if "update" in params:
                return self.sparql_update(params["update"][0])
            if "query" in params:
                return self.sparql(params["query"][0])
            return self.error(HTTPStatus.BAD_REQUEST, "no query parameter")
        return self.error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported Content-Type {kind!r}")

    def do_PUT(self) -> None:  # noqa: N802
        self.error(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only")

    do_DELETE = do_PATCH = do_PUT

    # --- SPARQL ---------------------------------------------------------------

    def sparql(self, text: str) -> None:
        if len(text) > MAX_QUERY:
            return self.error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too long")
        self.reply(self.pool.run("query", text, self.headers.get("Accept")))

    def sparql_update(self, text: str) -> None:
        if not self.writable:
            return self.error(HTTPStatus.FORBIDDEN, "this endpoint is read-only (serve --writable allows updates)")
        if len(text) > MAX_QUERY:
            return self.error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "update too long")
        self.reply(self.pool.update_all(text))

    def reply(self, answer: tuple) -> None:
        if answer[0] == "ok":
            _ok, status, media, body = answer
            return self.send(status, body, media)
        _err, status, message = answer
        self.error(HTTPStatus(status), message)

    # --- files and IRIs --------------------------------------------------------

    def file(self, path: str) -> None:
        rel = path.lstrip("/")
        if rel.startswith("static/yasgui/") and not self._exists(rel):  # a release older than its query page
            from .resources import package_path

            shipped = package_path("static", "yasgui")
            target = (shipped / rel[len("static/yasgui/"):]).resolve()
            if target.parent == shipped.resolve() and target.is_file():
                return self.send(200, target.read_bytes(), MEDIA.get(target.suffix, "application/octet-stream"))
        if rel in SPECIAL or not self._exists(rel):
            return self.negotiate(rel)  # an IRI: /partner/al, /document/jordan.ar, /dataset
        target = (self.release.root / rel).resolve()
        media = MEDIA.get(target.suffix) or MEDIA.get(target.name[target.name.find("."):]) or \
            (mimetypes.guess_type(target.name)[0] or "application/octet-stream")
        self.send(200, target.read_bytes(), media)

    def negotiate(self, rel: str) -> None:
        stem = SPECIAL.get(rel, rel)
        files = {ext: (SPECIAL_RDF.get(rel, {}).get(ext) or f"{stem}{ext}") for _m, ext in ALTERNATES}
        offers = [m for m, ext in ALTERNATES if self._exists(files[ext])]
        if not offers:
            return self.error(HTTPStatus.NOT_FOUND, f"not found: /{rel}")
        media = choose(self.headers.get("Accept"), offers)
        if media is None:
            return self.error(HTTPStatus.NOT_ACCEPTABLE, "available: " + ", ".join(offers))
        ext = dict(ALTERNATES)[media]
        body = (self.release.root / files[ext]).read_bytes()
        self.send(200, body, MEDIA[ext], {"Vary": "Accept", "Content-Location": "/" + files[ext]})

    def _exists(self, rel: str) -> bool:
        p = (self.release.root / rel).resolve()
        return p.is_relative_to(self.release.root) and p.is_file()


SERVICE_DESCRIPTION = b"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
[] a sd:Service ;
    sd:endpoint <> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON> , <http://www.w3.org/ns/formats/SPARQL_Results_XML> ,
        <http://www.w3.org/ns/formats/SPARQL_Results_CSV> , <http://www.w3.org/ns/formats/SPARQL_Results_TSV> ,
        <http://www.w3.org/ns/formats/Turtle> , <http://www.w3.org/ns/formats/N-Triples> .
"""


class ReleaseServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 resets connections when 20 clients arrive at once
    release: Release
    pool: QueryPool

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def make_server(root: Path, host: str = "127.0.0.1", port: int = 8000, quiet: bool = False, workers: int = 2,
                timeout: float = 30.0, max_bytes: int = 64 * 1048576, writable: bool = False) -> ReleaseServer:
    release = Release.load(root)
    pool = QueryPool(release.root / "dataset.trig", workers, timeout, max_bytes)
    handler = type("ReleaseHandler", (Handler,), {"release": release, "quiet": quiet, "pool": pool, "writable": writable})
    try:
        server = ReleaseServer((host, port), handler)
    except OSError as e:
        pool.close()
        raise InputError(f"{host}:{port}: cannot listen: {e.strerror or e}") from None
    server.release, server.pool = release, pool
    return server


def serve_in_thread(root: Path, port: int = 0, **options) -> tuple[ReleaseServer, threading.Thread]:
    """A server on a free port of 127.0.0.1 in a background thread (for tests and tools)."""
    server = make_server(root, port=port, quiet=True, **options)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread
