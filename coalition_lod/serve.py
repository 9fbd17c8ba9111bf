"""Serve: a release as a read-only SPARQL endpoint, with its pages and content negotiation.

``/sparql`` speaks the SPARQL 1.1 Protocol (GET ``?query=``, POST form or
``application/sparql-query``) over the release's TriG loaded into an in-memory
pyoxigraph store, the named graphs seen as one default graph, as the example queries
expect. Updates are refused. Every other path is a file of the release; a path with no
extension is an IRI under the base (``/partner/al``) and is answered in the
representation the Accept header prefers: HTML, Turtle or JSON-LD.
"""

from __future__ import annotations

import mimetypes
import threading
import urllib.parse
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pyoxigraph as ox

from .model import InputError

MEDIA = {".html": "text/html; charset=utf-8", ".ttl": "text/turtle; charset=utf-8", ".jsonld": "application/ld+json",
         ".nt": "application/n-triples", ".trig": "application/trig", ".txt": "text/plain; charset=utf-8",
         ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".rq": "application/sparql-query", ".htaccess": "text/plain; charset=utf-8"}
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
    root: Path
    store: ox.Store
    triples: int

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
        return cls(root.resolve(), store, len(store))


class Handler(BaseHTTPRequestHandler):
    server_version = "coalition-lod"
    release: Release  # set on the subclass made by make_server
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
                return self.error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
            if "query" not in params:
                return self.send(200, SERVICE_DESCRIPTION, "text/turtle; charset=utf-8")
            return self.sparql(params["query"][0])
        return self.file(urllib.parse.unquote(url.path))

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
            return self.error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
        if kind == "application/sparql-query":
            return self.sparql(body)
        if kind == "application/x-www-form-urlencoded":
            params = urllib.parse.parse_qs(body)
            if "update" in params:
                return self.error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
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
        try:
            result = self.release.store.query(text, use_default_graph_as_union=True)
        except SyntaxError as e:
            return self.error(HTTPStatus.BAD_REQUEST, f"malformed query: {' '.join(str(e).split())}")
        except OSError as e:
            return self.error(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {e}")
        accept = self.headers.get("Accept")
        if isinstance(result, ox.QueryTriples):
            media = choose(accept, [m for m, _f in GRAPHS]) or GRAPHS[0][0]
            fmt = dict(GRAPHS)[media]
            body = result.serialize(format=fmt)
        else:
            media = choose(accept, [m for m, _f in RESULTS]) or RESULTS[0][0]
            body = result.serialize(format=dict(RESULTS)[media])
        self.send(200, body or b"", media + ("; charset=utf-8" if media.startswith("text/") else ""))

    # --- files and IRIs --------------------------------------------------------

    def file(self, path: str) -> None:
        rel = path.lstrip("/")
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


def make_server(root: Path, host: str = "127.0.0.1", port: int = 8000, quiet: bool = False) -> ThreadingHTTPServer:
    release = Release.load(root)
    handler = type("ReleaseHandler", (Handler,), {"release": release, "quiet": quiet})
    try:
        server = ThreadingHTTPServer((host, port), handler)
    except OSError as e:
        raise InputError(f"{host}:{port}: cannot listen: {e.strerror or e}") from None
    server.daemon_threads = True
    server.release = release  # type: ignore[attr-defined]
    return server


def serve_in_thread(root: Path, port: int = 0) -> tuple[ThreadingHTTPServer, threading.Thread]:
    """A server on a free port of 127.0.0.1 in a background thread (for tests and tools)."""
    server = make_server(root, port=port, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread
