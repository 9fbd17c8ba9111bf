"""JSON-LD: pyoxigraph writes it (fast, in Rust) in expanded form; we compact its IRIs.

The release's context defines only prefixes, so compacting against it means writing
each property, ``@id`` and ``@type`` IRI that starts with a prefix's namespace as
``prefix:local``, which a JSON-LD processor expands back to the same IRI. That rewrite
is all this module does; the serialisation itself (structure, escaping) is
pyoxigraph's. In expanded JSON-LD every value is an object, so an IRI key can only
follow ``{"`` or ``,"``, and an IRI value only ``"@id":"`` or ``"@type":"``; inside a
JSON string every quote is escaped, so those sequences never occur in data. The tests
parse the result with two processors and compare it with the N-Triples.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from .namespaces import PREFIXES

CHUNK = 1 << 24  # characters of expanded JSON-LD rewritten at a time


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


def write(nt: Path, out: Path) -> None:
    """The N-Triples file ``nt`` as compact JSON-LD in ``out``, streaming: expanded by
    pyoxigraph into a temporary file, then rewritten chunk by chunk, each chunk cut
    before a node object so that no rewrite straddles two chunks."""
    expanded = out.with_name(out.name + ".expanded")
    ox.serialize(ox.parse(path=str(nt), format=ox.RdfFormat.N_TRIPLES), str(expanded), format=ox.RdfFormat.JSON_LD)
    ctx = json.dumps(context()["@context"], ensure_ascii=False, sort_keys=True)
    with open(expanded, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        dst.write('{"@context":' + ctx + ',"@graph":')
        carry = ""
        while True:
            block = src.read(CHUNK)
            text = carry + block
            if not block:
                dst.write(compact_text(text) if text else "[]")
                break
            cut = text.rfind('{"@id":')
            if cut <= 0:
                carry = text
                continue
            dst.write(compact_text(text[:cut]))
            carry = text[cut:]
        dst.write("}\n")
    expanded.unlink()
