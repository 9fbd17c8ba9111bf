"""Literals in N-Triples form, and the value-space checks pyshacl makes of them (a
datatype's lexical form, numbers, "less than")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..namespaces import RDF, XSD

# Value-space checks for the datatypes whose lexical forms pyshacl checks.
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")
_LEXICAL = {
    "integer": lambda v: bool(_INTEGER.match(v)),
    "nonNegativeInteger": lambda v: bool(_INTEGER.match(v)) and int(v) >= 0,
    "positiveInteger": lambda v: bool(_INTEGER.match(v)) and int(v) > 0,
    "boolean": lambda v: v in ("true", "false", "1", "0"),
    "date": lambda v: bool(re.match(r"-?\d{4,}-\d{2}-\d{2}(Z|[+-]\d{2}:\d{2})?\Z", v)),
    "decimal": lambda v: bool(re.match(r"[+-]?(\d+(\.\d*)?|\.\d+)\Z", v)),
}
_NUMERIC = {"integer", "nonNegativeInteger", "positiveInteger", "decimal", "double", "float", "int", "long",
            "short", "byte", "unsignedInt", "unsignedLong", "nonPositiveInteger", "negativeInteger"}

_UNESCAPE = re.compile(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)')
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


@dataclass(frozen=True, slots=True)
class Literal:
    lexical: str
    lang: str | None
    datatype: str  # without angle brackets


@lru_cache(maxsize=1 << 16)
def parse_literal(term: str) -> Literal | None:
    """A literal in N-Triples syntax; None for an IRI or a blank node."""
    if not term.startswith('"'):
        return None
    end = term.rindex('"')
    raw = term[1:end]
    lexical = _UNESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), "") or chr(int(m.group(1)[1:], 16)), raw) if "\\" in raw else raw
    rest = term[end + 1:]
    if rest.startswith("@"):
        return Literal(lexical, rest[1:].lower(), RDF + "langString")
    if rest.startswith("^^<"):
        return Literal(lexical, None, rest[3:-1])
    return Literal(lexical, None, XSD + "string")


def _datatype_ok(lit: Literal | None, datatype: str) -> bool:
    if lit is None or lit.datatype != datatype:
        return False
    if datatype.startswith(XSD):
        check = _LEXICAL.get(datatype[len(XSD):])
        return check(lit.lexical) if check else True
    return True


def _number(lit: Literal | None) -> Decimal | None:
    if lit is None or not lit.datatype.startswith(XSD) or lit.datatype[len(XSD):] not in _NUMERIC:
        return None
    try:
        return Decimal(lit.lexical)
    except InvalidOperation:
        return None


def _less(a: Literal | None, b: Literal | None) -> bool:
    na, nb = _number(a), _number(b)
    if na is not None and nb is not None:
        return na < nb
    if a is not None and b is not None and a.datatype == b.datatype and a.lang == b.lang and na is None and nb is None:
        return a.lexical < b.lexical
    return False
