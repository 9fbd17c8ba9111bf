"""A fact on the pages: its row, its evidence (the first sentence on an entity's page, all
of it on the fact's own numbered pages), and what an entity's Turtle and JSON-LD hold of
its facts. A mixin of ``Site``."""

from __future__ import annotations

import posixpath
from dataclasses import replace

from ..namespaces import CLOD, OA, PROV, SKOS
from ..rdf import term_value
from .index import Row, node_key
from .terms import (
    _ATTRIBUTES,
    _CLOD_OPEN,
    _DERIVED,
    _EXACT_START_REFINED,
    _OBJECT_PREDS,
    _PARTNER,
    _SOURCE_SELECTOR,
    _START_END,
    _TARGET,
    _TYPE,
    EVIDENCE_PER_PAGE,
    OBJECT_PROPS,
    _anchor,
    _env,
    _node,
)
from .views import EvidenceView, FactView


class FactPages:
    """Facts and their evidence on the pages (mixed into ``Site``)."""

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
