"""The ontology's page, in the way pyLODE and Widoco present an ontology."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from ..config import ReleaseConfig
from ..namespaces import CLOD, DCT, OWL, PREFIXES, RDFS, SKOS
from . import LANGS, Index, _anchor, _env


def render_ontology(triples: Iterable[ox.Triple], cfg: ReleaseConfig) -> str:
    """One page in the way pyLODE and Widoco present an ontology: metadata, namespaces,
    classes, properties and concept schemes, each with its labels in three languages."""
    ix = Index.of_triples(triples)
    onto = next((s for s in ix.out if OWL + "Ontology" in ix.classes(s)), "")

    def term(s: str) -> dict:
        labels = ix.literals(s, RDFS + "label") or ix.literals(s, SKOS + "prefLabel")
        defs = ix.literals(s, SKOS + "definition") or ix.literals(s, RDFS + "comment")
        return {"iri": s, "anchor": _anchor(s), "curie": _curie(s), "labels": labels, "definitions": defs,
                "notation": ix.one(s, SKOS + "notation"),
                "subclass_of": [_ref(o.value) for o in ix.values(s, RDFS + "subClassOf")],
                "subproperty_of": [_ref(o.value) for o in ix.values(s, RDFS + "subPropertyOf")],
                "domain": [_ref(o.value) for o in ix.values(s, RDFS + "domain")],
                "range": [_ref(o.value) for o in ix.values(s, RDFS + "range")],
                "subclasses": [_ref(x) for x in sorted(ix.into.get(s, {}).get(RDFS + "subClassOf", []))],
                "in_domain_of": [_ref(x) for x in sorted(ix.into.get(s, {}).get(RDFS + "domain", []))],
                "in_range_of": [_ref(x) for x in sorted(ix.into.get(s, {}).get(RDFS + "range", []))]}

    def of_type(cls: str) -> list[dict]:
        return [term(s) for s in sorted(ix.out) if cls in ix.classes(s)]

    schemes = []
    for scheme in of_type(SKOS + "ConceptScheme"):
        members = sorted(s for s in ix.into.get(scheme["iri"], {}).get(SKOS + "inScheme", []))
        schemes.append((scheme, [term(c) for c in members]))
    return _env.get_template("ontology.html").render(
        onto={"iri": onto, "title": ix.literals(onto, DCT + "title"), "description": ix.literals(onto, DCT + "description"),
              "version": ix.one(onto, OWL + "versionInfo"), "license": ix.one(onto, DCT + "license"),
              "imports": [o.value for o in ix.values(onto, OWL + "imports")]},
        classes=of_type(OWL + "Class"), object_props=of_type(OWL + "ObjectProperty"),
        data_props=of_type(OWL + "DatatypeProperty"), schemes=schemes, prefixes=sorted(PREFIXES.items()),
        langs=LANGS, root=".", title=cfg.title)


def _curie(iri: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and "/" not in iri[len(ns):]:
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _ref(iri: str) -> dict:
    local = iri.startswith(CLOD)
    return {"curie": _curie(iri), "href": "#" + _anchor(iri) if local else iri}
