"""The one place for IRIs: the base, the ontology namespace, reused vocabularies, slugs.

IRI rules (stable across builds; documented in the README):
  partner/<iso-code lower case> for states, partner/<name-slug> for organisations;
  mission/<id>, initiative/<id>, strategy/<id> or strategy/<partner>/<id> for a
  partner's own national strategy; resolution/<body>-<number>; document/<file-stem>;
  fact/<hash of kind, partner and object>; evidence/<hash of fact, document, offsets>;
  graph/vocabulary, graph/provenance and graph/document/<file-stem> name the TriG graphs.
The base is configurable (data/release.yaml); the ontology and concept IRIs are not.
"""

from __future__ import annotations

import hashlib

BASE = "https://w3id.org/coalition-lod/"
CLOD = BASE + "ontology#"
CONCEPT = BASE + "concept/"

PREFIXES = {
    "clod": CLOD,
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "oa": "http://www.w3.org/ns/oa#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
    "wd": "http://www.wikidata.org/entity/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "void": "http://rdfs.org/ns/void#",
}

SKOS = PREFIXES["skos"]
PROV = PREFIXES["prov"]
DCT = PREFIXES["dcterms"]
SCHEMA = PREFIXES["schema"]
OA = PREFIXES["oa"]
OWL = PREFIXES["owl"]
RDFS = PREFIXES["rdfs"]
RDF = PREFIXES["rdf"]
XSD = PREFIXES["xsd"]
WD = PREFIXES["wd"]

# Concept schemes of the ontology: scheme name -> IRI path segment.
SCHEMES = {
    "line_of_effort": "line-of-effort",
    "status": "status",
    "resolution_relation": "resolution-relation",
    "strategy_relation": "strategy-relation",
    "scope": "scope",
    "body": "body",
}

# Fact kind -> (fact class, property naming the object).
FACT_CLASSES = {
    "member": ("Membership", "coalition"),
    "mission": ("MissionContribution", "mission"),
    "resolution": ("ResolutionStance", "resolution"),
    "strategy": ("StrategyStance", "strategy"),
    "initiative": ("InitiativeParticipation", "initiative"),
    "cooperation": ("Cooperation", "otherPartner"),
    "line_of_effort": ("LineOfEffortEngagement", "lineOfEffort"),
}


def concept(scheme: str, notation: str) -> str:
    return f"{CONCEPT}{SCHEMES[scheme]}/{notation.replace('_', '-').lower()}"


def partner_iri(slug: str) -> str:
    return f"{BASE}partner/{slug}"


def entity_iri(kind: str, key: str) -> str:
    return f"{BASE}{kind}/{key}"


def resolution_iri(body: str, number: str) -> str:
    return f"{BASE}resolution/{body.lower()}-{number.replace('/', '-')}"


def document_iri(doc_id: str) -> str:
    return f"{BASE}document/{doc_id}"


def digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]


def document_graph(doc_id: str) -> str:
    return f"{BASE}graph/document/{doc_id}"


COALITION = BASE + "coalition"
DATASET = BASE + "dataset"
ONTOLOGY = BASE + "ontology"
VOCABULARY_GRAPH = BASE + "graph/vocabulary"
PROVENANCE_GRAPH = BASE + "graph/provenance"
