"""JSON-LD: pyoxigraph writes it (fast, in Rust) in expanded form; we compact its IRIs.

The release's context defines only prefixes, so compacting against it means writing
each property, ``@id`` and ``@type`` IRI that starts with a prefix's namespace as
``prefix:local``, which a JSON-LD processor expands back to the same IRI. That rewrite
is all this module does; the serialisation itself (structure, escaping) is
pyoxigraph's. The dataset's IRIs are rewritten in the N-Triples before pyoxigraph sees
them (a compact IRI is itself a valid absolute IRI); a small graph's are rewritten in
the JSON: in expanded JSON-LD every value is an object, so an IRI key can only follow
``{"`` or ``,"``, and an IRI value only ``"@id":"`` or ``"@type":"``; inside a JSON
string every quote is escaped, so those sequences never occur in data. The tests parse
the result with two processors and compare it with the N-Triples.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .namespaces import PREFIXES

CHUNK = 1 << 24  # characters copied at a time


def context() -> dict:
    return {"@context": dict(sorted(PREFIXES.items()))}


def _compactor():
    by_ns = {ns: prefix for prefix, ns in PREFIXES.items()}
    alternation = "|".join(re.escape(ns) for ns in sorted(by_ns, key=len, reverse=True))
    pattern = re.compile(r'(\{"|,"|"@id":"|"@type":")(' + alternation + r')(?!//)')
    return pattern, by_ns


_PATTERN, _BY_NS = _compactor()


def compact_text(expanded: str) -> str:
    return _PATTERN.sub(lambda m: m.group(1) + _BY_NS[m.group(2)] + ":", expanded)


def _document(body: str, pretty: bool) -> str:
    ctx = json.dumps(context()["@context"], ensure_ascii=False, sort_keys=True, indent=1 if pretty else None)
    return '{"@context":' + ctx + ',"@graph":' + body + "}\n"


def dumps(triples: Iterable[ox.Triple], pretty: bool = False) -> bytes:
    """A small graph (an entity's description, the ontology) as compact JSON-LD."""
    expanded = ox.serialize(list(triples), format=ox.RdfFormat.JSON_LD) or b"[]"
    body = compact_text(expanded.decode("utf-8"))
    if pretty:
        body = json.dumps(json.loads(body), ensure_ascii=False, indent=1, sort_keys=True)
    return _document(body, pretty).encode("utf-8")


def _curie_of(by_ns: dict[str, str]):
    """N-Triples IRI text -> the same IRI written as a compact IRI (``<skos:prefLabel>``)
    where a prefix's namespace starts it: a compact IRI is itself a valid absolute IRI,
    so pyoxigraph writes it as it stands, and the context expands it back."""
    namespaces = sorted(by_ns, key=len, reverse=True)
    cache: dict[str, str] = {}

    def curie(term: str) -> str:
        hit = cache.get(term)
        if hit is not None:
            return hit
        out = term
        for ns in namespaces:
            if term.startswith("<" + ns) and not term[len(ns) + 1:].startswith("//") and len(term) > len(ns) + 2:
                out = "<" + by_ns[ns] + ":" + term[len(ns) + 1:]
                break
        if len(cache) < 100_000:  # predicates, classes, concepts and datatypes repeat; instances mostly not
            cache[term] = out
        return out

    return curie


def write_from_nquads(nq: Path, out: Path) -> None:
    """The dataset's quads as compact JSON-LD of their triples, streaming: one pass over
    the N-Quads drops the graph and writes predicate, class and datatype IRIs compact;
    pyoxigraph then writes the JSON-LD, already compact, into the document's @graph."""
    curie = _curie_of(_BY_NS)
    source = out.with_name(out.name + ".nt")
    with open(nq, encoding="utf-8") as src, open(source, "w", encoding="utf-8") as dst:
        while block := src.readlines(1 << 22):
            lines = []
            for line in block:
                s, p, rest = line.split(" ", 2)
                o = rest[:rest.rindex(" <")]  # the object, without the graph and the dot
                if o[0] == "<":
                    o = curie(o)
                elif o.endswith(">") and "^^<" in o:
                    k = o.rindex("^^<")
                    o = o[:k + 2] + curie(o[k + 2:])
                lines.append(f"{s} {curie(p)} {o} .\n")
            dst.write("".join(lines))
    expanded = out.with_name(out.name + ".expanded")
    ox.serialize(ox.parse(path=str(source), format=ox.RdfFormat.N_TRIPLES), str(expanded), format=ox.RdfFormat.JSON_LD)
    source.unlink()
    ctx = json.dumps(context()["@context"], ensure_ascii=False, sort_keys=True)
    with open(expanded, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        dst.write('{"@context":' + ctx + ',"@graph":')
        while block := src.read(CHUNK):
            dst.write(block)
        dst.write("}\n")
    expanded.unlink()
