"""Pages for people: a static site inside the release, read from the release's own triples.

The release folder is the web root: the page of ``<base>partner/al`` is
``partner/al.html`` beside ``partner/al.ttl`` and ``partner/al.jsonld``, so the same
path serves every representation (``serve`` and the redirect rules rely on it). The
pages are generated from the triples, not from the extraction, so what a reader sees
is what a SPARQL user gets. Arabic text carries ``lang="ar" dir="rtl"``.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import multiprocessing as mp
import os
import posixpath
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cached_property
from pathlib import Path
from typing import Any

import jinja2
import pyoxigraph as ox

from .. import jsonld
from ..config import ReleaseConfig
from ..namespaces import CLOD, CONCEPT, DCT, FACT_CLASSES, OA, OWL, PREFIXES, PROV, RDF, SCHEMA, SKOS
from ..rdf import graph_ranges, ntriples_text, term_value
from .index import LANGS, Index, Kept, Row, node_key
from .reuse import Reads, Reuse
from .views import EvidenceView, FactView, Link, direction, evidence_items, fact_rows

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


class Site:
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

    def fact_view(self, fact: str, here: str) -> FactView:
        """A fact as a table row; made once per folder depth, as a fact shows on its
        partner's, its object's and its documents' pages with the same links."""
        return self._shared(self._views, (fact, here.count("/")), lambda: self._fact_view(fact, here))

    def _fact_view(self, fact: str, here: str) -> FactView:
        """A fact's row without its evidence: a row shows the first sentence
        (``first_evidence``; a document's page its own, ``evidence_in``), the fact's pages
        all of them (``evidence``), so no view reads every sentence of a fact cited a
        thousand times. The fact's rows are read in one pass: a fact read in a hundred
        documents has rows in a hundred graphs, gathered anew at each read."""
        ix, a = self.ix, self.ix.first
        cls, obj, partner = "Fact", "", ""
        found: dict[str, str] = {}  # predicate -> its first object's text
        for row in ix._rows(fact):
            p = row[a + 1]
            if p not in found:
                found[p] = row[a + 2]
            if p == _TYPE and cls == "Fact" and row[a + 2].startswith(_CLOD_OPEN):
                cls = row[a + 2][len(_CLOD_OPEN):-1]
            elif not obj and p in _OBJECT_PREDS:
                obj = term_value(row[a + 2])
        if (o := found.get(_PARTNER)) is not None:
            partner = term_value(o)
        attrs = []
        for p, name in _ATTRIBUTES:
            if (o := found.get(p)) is not None:
                v = term_value(o)
                attrs.append((name, ix.one(v, SKOS + "notation") or v))
        annotations = sorted(ix.counted(fact, OA + "hasBody"))  # shown as their count: which, where read
        return FactView(fact, _anchor(fact), ix.label(CLOD + cls)[0], self.link(partner, here), self.link(obj, here), attrs,
                        annotations, total=len(annotations))

    def first_evidence(self, view: FactView, here: str) -> list[EvidenceView]:
        """The first sentence of a fact's evidence (none if it has none), made once per
        folder depth."""
        def first() -> list[EvidenceView]:
            for n, a in enumerate(view.annotations):
                if (e := self.evidence_view(a, here)) is not None:
                    if n == 0:
                        self.ix.read_first(view.iri, OA + "hasBody")
                    else:  # the ones before it had none: it depends on them all
                        self.ix.inbound(view.iri, OA + "hasBody")
                    return [e]
            self.ix.inbound(view.iri, OA + "hasBody")
            return []

        return self._shared(self._firsts, (view.iri, here.count("/")), first)

    def evidence_view(self, ann: str, here: str) -> EvidenceView | None:
        """One sentence of evidence with its mention marked; None where the annotation has
        no quoted sentence (a release that conforms has one for each). Read node by node
        in one pass each (a document's and its facts' pages show a million of them)."""
        ix = self.ix
        if ix.rec.reads is not None:  # its target, sentence and mention are written beside it: read as it alone
            ix.rec.reads.subjects.add(ann)
        (target,) = ix.firsts(ann, _TARGET)  # ``firsts`` notes no read
        source, sel = ix.firsts(_node(target), _SOURCE_SELECTOR)
        exact, start_at, mention = ix.firsts(_node(sel), _EXACT_START_REFINED)
        if exact is None or exact[0] != '"':
            return None
        m_start, m_end = ix.firsts(_node(mention), _START_END)
        text, end = term_value(exact), exact.rindex('"')
        lang = exact[end + 2:] if exact.startswith("@", end + 1) else "en"
        start = int(term_value(start_at)) if start_at else 0
        ms = (int(term_value(m_start)) if m_start else start) - start
        me = (int(term_value(m_end)) if m_end else start) - start
        ms, me = max(0, min(ms, len(text))), max(0, min(me, len(text)))
        source_iri = node_key(source)
        return EvidenceView(lang, text[:ms], text[ms:me], text[me:], self.link(source_iri, here), source_iri)

    def evidence(self, view: FactView, here: str) -> list[EvidenceView]:
        """All of a fact's evidence, in the order of its annotations."""
        self.ix.inbound(view.iri, OA + "hasBody")
        return [e for a in view.annotations if (e := self.evidence_view(a, here)) is not None]

    def evidence_in(self, doc: str, here: str) -> dict[str, list[EvidenceView]]:
        """The evidence read in one document, by fact: found from the document's own
        targets, so a document's page costs its own sentences, not its facts' in every
        other document."""
        ix = self.ix
        anns: dict[str, list[str]] = {}
        for target in ix.inbound(doc, OA + "hasSource"):
            for ann in ix.inbound(target, OA + "hasTarget"):
                for fact in ix.raw(ann, OA + "hasBody"):
                    anns.setdefault(fact[1:-1], []).append(ann)
        return {f: [e for a in sorted(found) if (e := self.evidence_view(a, here)) is not None]
                for f, found in anns.items()}

    def related_facts(self, iri: str) -> tuple[list[str], list[str]]:
        """Facts where the entity is the partner (for a document: the facts read in it),
        and facts where it is the other end."""
        ix = self.ix
        key = PROV + "wasDerivedFrom" if self.entities.get(iri) == "Document" else CLOD + "partner"
        own = set(ix.inbound(iri, key))
        other = {f for p in OBJECT_PROPS for f in ix.inbound(iri, p)} - own
        return sorted(own), sorted(other)

    def facts_of(self, iri: str, here: str) -> tuple[list[FactView], list[FactView]]:
        """The rows of an entity's page. A document's rows show the evidence read in it; any
        other entity's the first evidence of each fact and how many there are, the rest on
        the fact's own pages: so no page grows with the number of documents per entity."""
        own, other = self.related_facts(iri)
        document = self.entities.get(iri) == "Document"
        read_here = self.evidence_in(iri, here) if document else {}

        def row(f: str) -> FactView:
            v = self.fact_view(f, here)
            evidence = read_here.get(f, []) if document else self.first_evidence(v, here)
            more = None
            if v.total > len(evidence):  # then v.total > 1, and write() gives the fact its pages
                more = "../" * here.count("/") + self.fact_path(f)
            return replace(v, evidence=evidence, more=more)

        def views(facts: list[str]) -> list[FactView]:
            return sorted((row(f) for f in facts), key=lambda v: (v.kind, v.obj.label.casefold(), v.partner.label))

        return views(own), views(other)

    def fact_path(self, fact: str, page: int = 1) -> str:
        """The path of a fact's page of evidence: fact/<hash>.html, then fact/<hash>-2.html …"""
        rel = fact[len(self.base):] if fact.startswith(self.base) else "fact/" + _anchor(fact)
        return rel + ("" if page == 1 else f"-{page}") + ".html"

    def render_fact_pages(self, fact: str) -> list[tuple[str, str]]:
        """A fact's evidence, EVIDENCE_PER_PAGE sentences a page: (path, html) pairs."""
        here = self.fact_path(fact)
        v = self.fact_view(fact, here)
        evidence = self.evidence(v, here)
        chunks = [evidence[i : i + EVIDENCE_PER_PAGE] for i in range(0, len(evidence), EVIDENCE_PER_PAGE)] or [[]]
        out = []
        for n, chunk in enumerate(chunks, 1):
            path = self.fact_path(fact, n)
            nav = {"prev": posixpath.basename(self.fact_path(fact, n - 1)) if n > 1 else None,
                   "next": posixpath.basename(self.fact_path(fact, n + 1)) if n < len(chunks) else None,
                   "page": n, "pages": len(chunks)}
            label = f"{v.kind}: {v.partner.label} — {v.obj.label}"
            out.append((path, _env.get_template("fact.html").render(
                site=self, f=v, evidence=chunk, nav=nav, label=label, first=(n - 1) * EVIDENCE_PER_PAGE + 1,
                root=posixpath.relpath(".", posixpath.dirname(path)), title=self.cfg.title)))
        return out

    def labels_view(self, iri: str) -> list[dict]:
        pref = self.ix.literals(iri, SKOS + "prefLabel")
        alt = self.ix.literals(iri, SKOS + "altLabel")
        return [{"lang": lang, "name": LANG_NAMES[lang], "pref": pref.get(lang, []), "alt": alt.get(lang, [])}
                for lang in LANGS if pref.get(lang) or alt.get(lang)]

    def description_of(self, iri: str) -> list[Row]:
        """What the entity's own Turtle and JSON-LD hold: its triples and those of the facts
        it takes part in; for a document also the evidence read in it (the rest of a fact's
        evidence is in the dataset), so that no file grows with the documents per entity."""
        ix = self.ix
        own, other = self.related_facts(iri)
        if self.entities.get(iri) != "Document":
            return [t for n in sorted({iri, *own, *other}) for t in ix.rows_of(n)]
        # a document's facts say they were read in it, not in every other document too
        here = "<" + iri + ">"
        rows = [t for t in ix.rows_of(iri) if t[1] != _DERIVED or t[2] == here]
        mine = set(own)
        for f in sorted(mine.union(other)):
            rows += self._fact_core(f)
            if f in mine:
                rows.append(("<" + f + ">", _DERIVED, here))
        return rows + [t for t in self._evidence_rows(iri) if t[1] != _DERIVED or t[2] == here]

    def _fact_core(self, fact: str) -> list[Row]:
        """A fact's triples but the documents it was read in: made once, as a fact cited by
        a hundred documents shows on each one's description (its read noted each time)."""
        found = self._cores.get(fact)
        if found is None:
            found = self._cores[fact] = [t for t in self.ix.rows_of(fact) if t[1] != _DERIVED]
        elif self.ix.rec.reads is not None:
            self.ix.rec.reads.subjects.add(fact)
        return found

    def _evidence_rows(self, doc: str) -> list[Row]:
        """The evidence read in a document (annotations, targets, sentences, mentions): the
        evidence nodes of its graph, where they alone are written. Found from its targets
        where the graph is not there (the release's triples, without their graphs)."""
        ix, a = self.ix, self.ix.first
        graph = "<" + self.base + "graph/" + doc[len(self.base):] + ">" if doc.startswith(self.base) else ""
        where = self.graphs.get(graph)
        if where is None:
            nodes: set[str] = set()
            for target in ix.inbound(doc, OA + "hasSource"):
                sel = ix.one(target, OA + "hasSelector") or ""
                nodes |= {target, sel, ix.one(sel, OA + "refinedBy") or ""}
                nodes.update(ix.inbound(target, OA + "hasTarget"))
            return [t for n in sorted(nodes) for t in ix.rows_of(n)]
        if ix.rec.reads is not None:
            ix.rec.reads.graphs.add(graph)
        evidence = "<" + self.base + "evidence/"
        return [(r[a], r[a + 1], r[a + 2]) for r in ix.rows[where[0]:where[1]] if r[a].startswith(evidence)]

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

    def write(self, release: Path, workers: int = 1, reuse: Reuse | None = None) -> list[str]:
        """Every page and per-entity RDF file; returns the entities' paths. Each file
        depends on the index only, so ``workers`` forked processes share the work (and
        the index, built once before they fork) and write the same bytes as one.
        The overview pages and the index page are drawn too (``overview.write``).

        With ``reuse``, a page whose reads give what they gave in the previous build is
        linked from the previous release instead of drawn, and every page drawn notes
        what it read for the next build (``pages.reuse``)."""
        entities = sorted(self.entities)
        # a fact with more than one sentence of evidence: every page shows fewer, and links to its pages
        body = OA + "hasBody"
        facts = sorted(f for f, preds in self.ix.into.items() if len(preds.get(body, ())) > 1)
        for folder in {iri[len(self.base):].rsplit("/", 1)[0] for iri in entities} | {"fact"}:
            (release / folder).mkdir(parents=True, exist_ok=True)
        # the overview first: it draws the most charts, and so no worker is left with it at the end
        jobs = [("overview", ""), *(("entity", iri) for iri in entities), *(("fact", f) for f in facts)]
        _ = self.overview, self.graphs  # read once, before the page workers fork, as the index is
        if reuse is not None:
            self.reuse, self.ix.rec.on = reuse, True
            # which pages are kept is decided here, before the workers fork: every page's
            # digest reads the same graphs, hashed once in this process rather than in each worker
            jobs = reuse.keep_all(jobs, release)

        def take(one: Drawn) -> None:
            job, keys, files = one
            self.sums.update(files)
            if reuse is not None:  # the digest of what it read: here, while the workers draw the others
                reuse.drawn(job, keys, tuple(rel for rel, _sum in files))

        if workers <= 1 or len(jobs) < POOL_FROM or "fork" not in mp.get_all_start_methods():
            for job in jobs:
                take(self._write_job(job, release))
        else:
            if any(kind == "entity" and self.entities[iri] in ("State", "Organisation") for kind, iri in jobs):
                from .charts import warm

                warm()  # once, before the workers fork (drawing alone, the first chart not cached loads it)
            global _FORKED
            _FORKED = (self, release)
            gc.freeze()  # the index is shared with the workers, and their collector leaves it alone
            try:
                with mp.get_context("fork").Pool(workers, initializer=_page_worker) as pool:
                    chunk = max(1, min(64, len(jobs) // (workers * 8)))
                    for one in pool.imap_unordered(_write_forked, jobs, chunksize=chunk):
                        take(one)
            finally:
                _FORKED = None
                gc.unfreeze()
        self.ix.rec.on = False
        return [iri[len(self.base):] for iri in entities]

    def _write_job(self, job: tuple[str, str], release: Path) -> Drawn:
        """Draw one page (an entity's, with its Turtle and JSON-LD, or a fact's pages of
        evidence): the job, what it read (when pages are kept: the keys of its reads,
        whose digest the main process works out) and the files it wrote."""
        if job[0] == "overview":  # what it reads is all in "o" (``overview_spec``)
            from .overview import write as overview_pages

            index = _put(release, "index.html", self.render_index({"triples": len(self.ix.rows)}).encode("utf-8"))
            files = (*overview_pages(self, release), index)
            return job, ("o",) if self.reuse is not None and self.ix.rec.on else (), files
        with self.ix.rec.recording() as reads:
            files = self._draw(job, release)
        if reads is None or self.reuse is None:
            return job, (), files
        return job, self.reuse.keys(reads), files

    def _draw(self, job: tuple[str, str], release: Path) -> tuple[tuple[str, str], ...]:
        """The job's files written: each one's path and SHA-256, taken here from the bytes
        in hand, in the page workers, rather than read back for SHA256SUMS."""
        kind, iri = job
        if kind == "fact":
            return tuple(_put(release, path, html.encode("utf-8")) for path, html in self.render_fact_pages(iri))
        rel = iri[len(self.base):]
        html = _put(release, rel + ".html", self.render_entity(iri).encode("utf-8"))
        rows = sorted(self.description_of(iri), key=" ".join)  # the order rdf.serialize gives triples
        nt = ntriples_text(rows).encode("utf-8")
        ttl = ox.serialize(jsonld.parse_own(nt), format=ox.RdfFormat.TURTLE, prefixes=self.prefixes)
        return (html, _put(release, rel + ".ttl", ttl or b""),
                _put(release, rel + ".jsonld", jsonld.dumps_rows(rows, prefixes=self.prefixes, compactor=self.compactor)))

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


Drawn = tuple[tuple[str, str], tuple[str, ...], tuple[tuple[str, str], ...]]  # job, the keys of its reads, files


def _put(release: Path, rel: str, data: bytes) -> tuple[str, str]:
    """A page's file written: its path in the release and its SHA-256 (by the system's
    calls: 47,000 files at 10,000 profiles, where Python's file objects cost a second)."""
    fd = os.open(os.path.join(release, rel), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)
    return rel, hashlib.sha256(data).hexdigest()


_FORKED: tuple[Site, Path] | None = None  # the site a forked page worker writes from
POOL_FROM = 200  # pages to draw from which workers are forked
PAGE_NICENESS = 10  # below the format writers and the validator (forked.BESIDE), which run meanwhile


def _page_worker() -> None:
    """A page worker yields to the dataset's writers and the validator: they are done
    while pages are still drawn, instead of after the pages with cores idle (the pages
    are the longer work)."""
    gc.enable()
    with contextlib.suppress(OSError):
        os.nice(PAGE_NICENESS)


def _write_forked(job: tuple[str, str]) -> Drawn:
    assert _FORKED is not None
    site, release = _FORKED
    return site._write_job(job, release)


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
