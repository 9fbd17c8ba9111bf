"""A compiled SHACL Core validator for the shapes this project uses, over N-Triples terms.

pyshacl is the reference, and stays so: it validates small inputs, and the tests hold
this validator to pyshacl's results (same focus nodes, paths, components and
severities) on every broken example and on randomly damaged releases. pyshacl checks
roughly a few thousand triples a second; a release of 10,000 profiles has millions,
so the build compiles the shapes once into plain checks over an index of the triples
in their N-Triples form. Shapes that use a feature outside the supported set raise
:class:`Unsupported`, and the build then falls back to pyshacl rather than guessing.

Supported: sh:targetClass (with rdfs:subClassOf from the data), predicate and inverse
paths, sh:minCount, sh:maxCount, sh:datatype, sh:class, sh:in, sh:languageIn,
sh:uniqueLang, sh:pattern (with sh:flags), sh:minLength, sh:minInclusive, sh:lessThan,
sh:node, sh:qualifiedValueShape with sh:qualifiedMinCount, sh:severity, sh:message.

By concern: ``literals`` (N-Triples literals and their value checks), ``shapes`` (the
shapes compiled, the results), ``run`` (the rows indexed and each focus node checked).
"""

from __future__ import annotations

from .literals import Literal, parse_literal
from .run import _Run
from .shapes import KNOWN, RDF_TYPE, SH, SUBCLASS, NodeShape, PropertyShape, Result, Shapes, Unsupported, ordered, triples_of

__all__ = ["KNOWN", "RDF_TYPE", "SH", "SUBCLASS", "Literal", "NodeShape", "PropertyShape", "Result", "Shapes", "Unsupported",
           "_Run", "ordered", "parse_literal", "triples_of"]
