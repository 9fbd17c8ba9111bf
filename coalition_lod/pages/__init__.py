"""Pages for people: a static site inside the release, read from the release's own triples.

The release folder is the web root: the page of ``<base>partner/al`` is
``partner/al.html`` beside ``partner/al.ttl`` and ``partner/al.jsonld``, so the same
path serves every representation (``serve`` and the redirect rules rely on it). The
pages are generated from the triples, not from the extraction, so what a reader sees
is what a SPARQL user gets. Arabic text carries ``lang="ar" dir="rtl"``.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .. import jsonld
from ..config import ReleaseConfig
from ..namespaces import CLOD, CONCEPT, DCT, OA, OWL, PREFIXES, SCHEMA, SKOS
from ..rdf import graph_ranges
from .facts import FactPages
from .index import LANGS, Index, Kept, Row
from .reuse import Reads, Reuse
from .terms import (
    _ATTRIBUTES,
    _DERIVED,
    BACKWARDS,
    ENTITY_CLASSES,
    EVIDENCE_PER_PAGE,
    FOLDERS,
    LANG_NAMES,
    OBJECT_PROPS,
    _anchor,
    _env,
    _node,
)
from .views import EvidenceView, FactView, Link
from .writing import PAGE_NICENESS, POOL_FROM, Drawn, Writing, _put

__all__ = ["BACKWARDS", "ENTITY_CLASSES", "EVIDENCE_PER_PAGE", "FOLDERS", "LANGS", "LANG_NAMES", "OA", "OBJECT_PROPS",
           "PAGE_NICENESS", "POOL_FROM", "Drawn", "Row", "Site", "_ATTRIBUTES", "_DERIVED", "_anchor", "_env", "_node", "_put",
           "redirect_rules", "write_static"]


class Site(FactPages, Writing):
    """The release's pages, drawn from an index of its quads (``index``): the entities'
    pages and files, the facts' pages of evidence (``facts``), the overview, all written
    by ``write`` (``writing``)."""

    def __init__(self, rows: Sequence[Sequence[str]], cfg: ReleaseConfig, first: int = 0,
                 graphs: Iterable[tuple[str, int, int]] | None = None, kept: Kept | None = None) -> None:
        """``rows``: the release's triples, or its quads with ``first=1`` (``graphs``: their
        graphs' runs, if known); ``kept``: the previous build's index (``Index``)."""
        if first == 1 and graphs is None:
            graphs = graph_ranges(rows)
        self.ix = Index(rows, first, BACKWARDS, typed=[CLOD + cls for cls in ENTITY_CLASSES], graphs=graphs, kept=kept)
        self.cfg = cfg
        self.base = cfg.base
        self.entities: dict[str, str] = {}  # iri -> class local name
        # views and links made once and shown on many pages, with what making them read
        self._views: dict[tuple[str, int], tuple[FactView, Reads | None]] = {}
        self._firsts: dict[tuple[str, int], tuple[list[EvidenceView], Reads | None]] = {}
        self._links: dict[tuple[str, int], tuple[Link, Reads | None]] = {}
        self.reuse: Reuse | None = None
        self._cores: dict[str, list[Row]] = {}  # a fact's triples but its wasDerivedFrom (``_fact_core``)
        self.sums: dict[str, str] = {}  # the SHA-256 of the pages drawn (``write``), by path in the release
        self.graph_digests: dict[str, bytes] = {}  # each graph's ``rdf.graph_digest``, where the build has them
        self._overviews: dict[tuple[str, str], dict] = {}
        # the entity files write the release's own IRIs compact too ("evidence:3f2a…"): most
        # of a document's description is its evidence
        own = {folder: f"{self.base}{folder}/" for folder in (*FOLDERS, "fact", "evidence")}
        self.prefixes = dict(PREFIXES) | {k: v for k, v in own.items() if k not in PREFIXES}
        self.compactor = jsonld.Compactor(self.prefixes)  # its cache serves every entity file
        for s, cls in sorted(self.ix.typed.items()):  # not in the index's order, which a rebuild's may not keep
            if s.startswith(self.base):
                self.entities[s] = cls[len(CLOD):]

    # --- paths -------------------------------------------------------------

    def path(self, iri: str) -> str | None:
        """The page's path in the release for an IRI that has one, else None."""
        if iri in self.entities:
            return iri[len(self.base):] + ".html"
        if iri.startswith((CLOD, CONCEPT)):
            return "ontology.html#" + _anchor(iri)
        return None

    def _shared(self, memo: dict, key: tuple[str, int], make: Callable[[], Any]) -> Any:
        """What ``make`` gives, made once per key and shown on many pages: what making it
        read is kept with it and added to the reads of every page that shows it."""
        found = memo.get(key)
        if found is None:
            with self.ix.rec.recording() as reads:
                made = make()
            found = memo[key] = (made, reads)
        self.ix.rec.note(found[1])
        return found[0]

    def link(self, iri: str, here: str) -> Link:
        """A link to the IRI's page from the page at ``here``; made once per folder depth,
        as the same partners, missions and documents are linked from thousands of rows:
        from a page one folder deep every link goes up to the root and down again
        (``../mission/x.html``, even from ``mission/``), so all those pages share it."""
        depth = here.count("/")
        return self._shared(self._links, (iri, depth), lambda: self._link(iri, depth))

    def _link(self, iri: str, depth: int) -> Link:
        label, lang = self.ix.label(iri)
        target = self.path(iri)
        href = None
        if target:
            href = "../" * depth + target
        elif iri.startswith(("http://", "https://")):
            href = iri
        return Link(href, label, lang)

    # --- views -------------------------------------------------------------

    def labels_view(self, iri: str) -> list[dict]:
        pref = self.ix.literals(iri, SKOS + "prefLabel")
        alt = self.ix.literals(iri, SKOS + "altLabel")
        return [{"lang": lang, "name": LANG_NAMES[lang], "pref": pref.get(lang, []), "alt": alt.get(lang, [])}
                for lang in LANGS if pref.get(lang) or alt.get(lang)]

    @cached_property
    def graphs(self) -> dict[str, tuple[int, int]]:
        """Each graph's run of the release's quads (none for triples)."""
        return {g: (a, b) for g, a, b in self.ix.graphs} if self.ix.first == 1 else {}

    # --- rendering -----------------------------------------------------------

    def render_entity(self, iri: str) -> str:
        here = self.path(iri) or "index.html"
        cls = self.entities[iri]
        ix = self.ix
        own, other = self.facts_of(iri, here)
        label, lang = ix.label(iri)
        props: list[tuple[str, Link]] = []
        if code := ix.one(iri, DCT + "identifier"):
            props.append(("code" if cls in ("State", "Organisation") else "identifier", Link(None, code)))
        for same in ix.values(iri, OWL + "sameAs"):
            props.append(("same as", Link(same.value, same.value.rsplit("/", 1)[-1])))
        for p, name in ((CLOD + "scope", "scope"), (CLOD + "body", "UN body"), (CLOD + "resolutionNumber", "number"),
                        (CLOD + "owner", "owner"), (DCT + "source", "source file"), (DCT + "language", "language"),
                        (DCT + "format", "media type")):
            for o in ix.values(iri, p):
                if isinstance(o, ox.NamedNode):
                    notation = ix.one(o.value, SKOS + "notation")
                    props.append((name, self.link(o.value, here) if not notation else Link(self.link(o.value, here).href, notation)))
                else:
                    props.append((name, Link(None, o.value)))
        text = ix.values(iri, SCHEMA + "text")
        doc_lang = ix.one(iri, DCT + "language") or "en"
        stem = posixpath.basename(iri)
        charts = []
        if cls in ("State", "Organisation"):
            from . import charts as drawing

            charts = drawing.partner_charts(self.overview, "en", iri)
            if ix.rec.reads is not None:
                ix.rec.reads.charts.add(iri)
        return _env.get_template("entity.html").render(
            site=self, iri=iri, cls=cls, cls_label=self.link(CLOD + cls, here), label=label, lang=lang, charts=charts,
            labels=self.labels_view(iri), props=props, own=own, other=other,
            text=text[0].value if text else None, doc_lang=doc_lang, ttl=stem + ".ttl", jsonld=stem + ".jsonld",
            root=posixpath.relpath(".", posixpath.dirname(here)), title=self.cfg.title)

    # --- the overview: map, charts, network ---------------------------------------

    @cached_property
    def overview(self):
        from .overview import collect

        return collect(self)

    def render_index(self, counts: dict[str, int]) -> str:
        sections = []
        for cls, title in ENTITY_CLASSES.items():
            items = sorted((self.link(i, "index.html") for i, c in self.entities.items() if c == cls),
                           key=lambda link: link.label.casefold())
            if items:
                sections.append((title, items))
        from .overview import context

        overview = context(self, "en", ".") if self.entities else None
        return _env.get_template("index.html").render(site=self, cfg=self.cfg, sections=sections, counts=counts,
                                                      root=".", title=self.cfg.title, overview=overview)

    def overview_spec(self) -> str:
        """What the overview pages and the index page are drawn from, as text: the
        overview's figures and names, each entity's class, label and path, the count of
        triples (the settings and the code are in every page's digest)."""
        entities = [(iri, cls, self.ix.label(iri), self.path(iri)) for iri, cls in sorted(self.entities.items())]
        return f"{self.overview!r}\n{entities!r}\n{len(self.ix.rows)}"

    def chart_spec(self, partner: str) -> str:
        """What the charts on a partner's page are drawn from, as text."""
        from .charts import partner_spec

        return partner_spec(self.overview, "en", partner)


def write_static(release: Path, cfg: ReleaseConfig) -> None:
    """The style, the icon, and the query page with YASGUI's files (``query``)."""
    from . import query

    for name in ("style.css", "favicon.svg"):
        (release / name).write_text(_env.get_template(name).render(), encoding="utf-8")
    query.copy_assets(release)
    (release / "query.html").write_text(query.render(cfg.sparql_endpoint, ".", cfg.title), encoding="utf-8")


# --- redirect rules ----------------------------------------------------------------

def redirect_rules(cfg: ReleaseConfig, folders: Iterable[str]) -> str:
    """Apache rewrite rules, the form w3id.org takes, sending each IRI under the base to
    its representation in the published release by the Accept header (303 See Other)."""
    target = cfg.download_url or cfg.base
    alt = "|".join(sorted(set(folders)))
    return _env.get_template("w3id.htaccess").render(base=cfg.base, target=target, folders=alt)
