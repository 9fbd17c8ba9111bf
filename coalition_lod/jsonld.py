"""JSON-LD: written by pyoxigraph (fast, in Rust) from triples whose IRIs we first write compact.

The release's context defines only prefixes, so compacting against it means writing
each IRI that starts with a prefix's namespace as ``prefix:local``, which a JSON-LD
processor expands back to the same IRI. A compact IRI is itself a valid absolute IRI,
so we write the triples' IRIs compact in N-Triples (``<skos:prefLabel>``) and pyoxigraph
serialises them as they stand: its output is then already compact. That rewrite is all
this module does; structure and escaping are pyoxigraph's. The tests parse the result
with two processors and compare it with the N-Triples.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cache

import pyoxigraph as ox

from .namespaces import PREFIXES


def context() -> dict:
    return {"@context": dict(sorted(PREFIXES.items()))}


def _document_start(pretty: bool = False, prefixes: dict[str, str] | None = None) -> str:
    ctx = json.dumps(dict(sorted((prefixes or PREFIXES).items())), ensure_ascii=False, sort_keys=True, indent=1 if pretty else None)
    return '{"@context":' + ctx + ',"@graph":'


class Compactor:
    """N-Triples terms with their IRIs written compact where a prefix's namespace starts
    them; datatype IRIs of literals too. Every namespace ends with ``/`` or ``#``, so an
    IRI's candidate namespace is found by one cut at its last such character: a lookup
    per term, not a scan of the prefixes (this runs for every quad of the dataset)."""

    def __init__(self, prefixes: dict[str, str] | None = None) -> None:
        self.prefix = {ns: prefix for prefix, ns in (prefixes or PREFIXES).items()}
        self.slash = prefixes is not None  # "evidence:3f2a…#mention": a '#' after a '/' namespace
        self.cache: dict[str, str] = {}  # predicates, classes, datatypes and a subject's next rows repeat

    def iri(self, term: str) -> str:
        hit = self.cache.get(term)
        if hit is not None:
            return hit
        cut = max(term.rfind("/"), term.rfind("#")) + 1
        prefix = self.prefix.get(term[1:cut])
        if prefix is None and self.slash:
            cut = term.rfind("/") + 1
            prefix = self.prefix.get(term[1:cut])
        out = term if prefix is None or cut >= len(term) - 1 else "<" + prefix + ":" + term[cut:]
        if len(self.cache) > 100_000:
            self.cache.clear()
        self.cache[term] = out
        return out

    def text(self, rows: Iterable[tuple[str, str, str]]) -> str:
        """The rows as N-Triples with their IRIs compact, datatypes' too (this runs for
        every quad of the dataset and of the pages: the cache is looked up inline)."""
        get, iri = self.cache.get, self.iri
        out = []
        for s, p, o in rows:
            cs = get(s) or (iri(s) if s[0] == "<" else s)
            cp = get(p) or iri(p)
            if o[0] == "<":
                o = get(o) or iri(o)
            elif o[-1] == ">" and "^^<" in o:
                k = o.rindex("^^<")
                o = o[:k + 2] + iri(o[k + 2:])
            out.append(f"{cs} {cp} {o} .\n")
        return "".join(out)


def dumps(triples: Iterable[ox.Triple], pretty: bool = False, prefixes: dict[str, str] | None = None) -> bytes:
    """A small graph (an entity's description, the ontology) as compact JSON-LD; with
    ``prefixes``, against those (the release's, and its own folders under the base)."""
    return dumps_rows(((str(t.subject), str(t.predicate), str(t.object)) for t in triples), pretty, prefixes)


def dumps_rows(rows: Iterable[tuple[str, str, str]], pretty: bool = False, prefixes: dict[str, str] | None = None,
               compactor: Compactor | None = None) -> bytes:
    """As :func:`dumps`, from the triples' N-Triples terms (the pages keep the release's
    lines); a ``compactor`` made for the same prefixes is reused across files."""
    c = compactor or Compactor(prefixes)
    nt = c.text(rows).encode("utf-8")
    body = (ox.serialize(parse_own(nt), format=ox.RdfFormat.JSON_LD) or b"[]").decode("utf-8")
    if pretty:
        body = json.dumps(json.loads(body), ensure_ascii=False, indent=1, sort_keys=True)
    return (_document_start(pretty, prefixes) + body + "}\n").encode("utf-8")


def document_start() -> bytes:
    """The dataset's JSON-LD up to its @graph array: the context of the release's prefixes."""
    return _document_start().encode("utf-8")


def array_of_quads(quads: Sequence[tuple[str, str, str, str]]) -> bytes:
    """Quads (graph, subject, predicate, object as N-Triples terms) as a JSON-LD array of
    their triples' node objects, compact: written as N-Triples with predicate, class and
    datatype IRIs compact, which pyoxigraph writes as they stand."""
    nt = _dataset_compactor().text([(s, p, o) for _g, s, p, o in quads]).encode("utf-8")
    return ox.serialize(parse_own(nt), format=ox.RdfFormat.JSON_LD) or b"[]"


def parse_own(nt: bytes) -> ox.QuadParser:
    """N-Triples this package wrote from terms already parsed strictly, read without
    checking each IRI again (a third of the parse). The release's quads are all parsed
    strictly where the dataset's N-Triples, Turtle and TriG are written (``formats``), so
    a bad IRI still stops the build there; a compact IRI ("evidence:3f2a…") is checked
    as the full one it stands for."""
    return ox.parse(nt, format=ox.RdfFormat.N_TRIPLES, lenient=True)


@cache
def _dataset_compactor() -> Compactor:
    """One per process, for its cache: the chunks of the dataset share their terms."""
    return Compactor()
