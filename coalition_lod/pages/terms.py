"""What every page module reads: the classes and folders with pages, the predicates the
pages follow, the templates' environment, and the ids of terms on their pages."""

from __future__ import annotations

import jinja2

from ..namespaces import CLOD, CONCEPT, FACT_CLASSES, OA, PROV, RDF
from .views import direction, evidence_items, fact_rows

LANG_NAMES = {"en": "English", "fr": "Français", "ar": "العربية"}
ENTITY_CLASSES = {  # class local name -> (section title, order on the index)
    "State": "States", "Organisation": "Organisations", "Mission": "Missions", "Resolution": "UN resolutions",
    "Strategy": "Strategies", "Initiative": "Initiatives", "Document": "Source documents",
}
FOLDERS = ("document", "initiative", "mission", "partner", "resolution", "strategy")  # IRI paths with pages
OBJECT_PROPS = {CLOD + prop for _cls, prop in FACT_CLASSES.values()}
# the predicates the pages follow from object to subject: a fact's evidence, a document's
# facts and evidence, an entity's facts
BACKWARDS = (OA + "hasBody", OA + "hasTarget", OA + "hasSource", PROV + "wasDerivedFrom", CLOD + "partner", *OBJECT_PROPS)
_DERIVED = "<" + PROV + "wasDerivedFrom>"
_TYPE, _CLOD_OPEN, _PARTNER = "<" + RDF + "type>", "<" + CLOD, "<" + CLOD + "partner>"
_OBJECT_PREDS = frozenset("<" + p + ">" for p in OBJECT_PROPS)
_ATTRIBUTES = (("<" + CLOD + "personnel>", "personnel"), ("<" + CLOD + "status>", "status"),
               ("<" + CLOD + "relation>", "relation"))
_TARGET = ("<" + OA + "hasTarget>",)
_SOURCE_SELECTOR = ("<" + OA + "hasSource>", "<" + OA + "hasSelector>")
_EXACT_START_REFINED = ("<" + OA + "exact>", "<" + OA + "start>", "<" + OA + "refinedBy>")
_START_END = ("<" + OA + "start>", "<" + OA + "end>")
EVIDENCE_PER_PAGE = 50  # sentences on one page of a fact's evidence

_env = jinja2.Environment(loader=jinja2.PackageLoader("coalition_lod", "templates"), autoescape=True,
                          trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
_env.filters["dir"] = direction
_env.globals.update(fact_rows=fact_rows, evidence_items=evidence_items)


def _node(text: str | None) -> str:
    """As ``index.node_key``, for a lookup alone: not interned (a million a build)."""
    return "" if text is None else text[1:-1] if text[0] == "<" else text


def _anchor(iri: str) -> str:
    """The id of a term on its page: the fragment of a hash IRI, concept-<scheme>-<notation>
    for a concept, <kind>-<id> for a fact."""
    if "#" in iri:
        return iri.rsplit("#", 1)[1]
    if iri.startswith(CONCEPT):
        return "concept-" + iri[len(CONCEPT):].replace("/", "-")
    return "-".join(iri.rstrip("/").rsplit("/", 2)[-2:])
