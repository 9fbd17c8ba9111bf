"""The pages' index of the release: a subject's triples, and the subjects pointing to an
object by the predicates the pages follow backwards."""

from __future__ import annotations

import itertools
import operator
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence

import pyoxigraph as ox

from ..namespaces import DCT, RDF, RDFS, SKOS
from ..rdf import read_term, term_value
from .reuse import Recorder

LANGS = ("en", "fr", "ar")

Row = tuple[str, str, str]  # a triple's terms in N-Triples syntax, as the release's lines hold them
# what a run of rows adds to the index (``Index._fragment``), flat: (subject, start, end)…
# with positions in the run, (object, predicate, subject)… for the predicates followed
# backwards, (subject, class)… for the classes listed
Fragment = tuple[tuple, tuple, tuple]


def _key(text: str) -> str:
    return sys.intern(text[1:-1] if text[0] == "<" else text)


def node_key(text: str | None) -> str:
    """The index's key of a node from its N-Triples text ("" for none)."""
    return "" if text is None else _key(text)


class Index:
    """Triples by subject and by object, the only access the pages need, kept small as
    the release's millions of lines are in memory already: a subject's triples are the
    range of those lines it starts (they are sorted, so a subject's rows are together;
    a subject described in two graphs has two ranges), and an object's subjects are kept
    for the predicates the pages follow backwards only. Terms stay N-Triples text, made
    terms only when a page reads them.

    ``rows``: sequences whose items ``first``, ``first + 1`` and ``first + 2`` are the
    subject, predicate and object (the release's quads have the graph first)."""

    def __init__(self, rows: Sequence[Sequence[str]], first: int = 0, backwards: Iterable[str] | None = None,
                 typed: Iterable[str] = (), graphs: Iterable[tuple[str, int, int]] | None = None,
                 parts: dict[str, Fragment] | None = None) -> None:
        """``typed``: classes whose instances are listed in ``self.typed`` (subject -> its
        class of these, the last if several), found in the same pass over the rows.
        ``graphs``: the quads' graphs, (graph, start, end) in row order; ``parts``: the
        fragments (``fragment``) of graphs whose rows are as when the fragment was made
        (kept with them between builds: ``mapped``). The fragments made here, of the
        other graphs, are in ``self.fragments``."""
        self.rows, self.first = rows, first
        self.rec = Recorder()  # what the page being drawn reads, when the pages are kept (pages.reuse)
        self.out: dict[str, tuple[int, ...]] = {}
        self.into: dict[str, dict[str, list[str]]] = {}
        self.typed: dict[str, str] = {}
        self.fragments: dict[str, Fragment] = {}
        self._follow = None if backwards is None else frozenset("<" + p + ">" for p in backwards)
        self._wanted = frozenset("<" + c + ">" for c in typed)
        if graphs is None:
            self._merge(self._fragment(0, len(rows)), 0)
            return
        parts = parts or {}
        for g, a, b in graphs:
            part = parts.get(g)
            if part is None:
                part = self.fragments[g] = self._fragment(a, b)
            self._merge(part, a)

    def _fragment(self, a: int, b: int) -> Fragment:
        """What rows ``a`` to ``b`` add to the index, their positions counted from ``a``:
        a graph's share, the same wherever the graph's rows stand in the release."""
        follow, wanted, a_type = self._follow, self._wanted, "<" + RDF + "type>"
        s_at, p_at, o_at = self.first, self.first + 1, self.first + 2
        subjects: list = []
        into: list = []
        typed: list = []
        names: dict[str, str] = {}
        n = 0
        for s, group in itertools.groupby(self.rows[a:b], key=operator.itemgetter(s_at)):
            start = n
            subject = _key(s)
            for row in group:
                n += 1
                o = row[o_at]
                if o[0] == "<" and (follow is None or row[p_at] in follow):
                    p = row[p_at]
                    pred = names.get(p)
                    if pred is None:
                        pred = names[p] = _key(p)
                    into += (_key(o), pred, subject)
                if o in wanted and row[p_at] == a_type:
                    typed += (subject, o[1:-1])
            subjects += (subject, start, n)
        return tuple(subjects), tuple(into), tuple(typed)

    def _merge(self, part: Fragment, at: int) -> None:
        """A fragment added, its rows starting at ``at``: in row order, so that the
        backward lists are in the order of one pass over all the rows."""
        out, into, typed = self.out, self.into, self.typed
        subjects, backward, classes = part
        it = iter(subjects)
        for s, a, b in zip(it, it, it, strict=True):
            out[s] = out.get(s, ()) + (a + at, b + at)
        it = iter(backward)
        for o, p, s in zip(it, it, it, strict=True):
            into.setdefault(o, {}).setdefault(p, []).append(s)
        it = iter(classes)
        for s, c in zip(it, it, strict=True):
            typed[s] = c

    def subject_rows(self, rows: Sequence[Sequence[str]], part: Fragment) -> dict[str, Sequence]:
        """Each subject's rows in a run of rows laid out as this index's, from the run's
        fragment."""
        it = iter(part[0])
        return {s: rows[a:b] for s, a, b in zip(it, it, it, strict=True)}

    @classmethod
    def of_triples(cls, triples: Iterable[ox.Triple]) -> Index:
        return cls([(str(t.subject), str(t.predicate), str(t.object)) for t in triples])

    def _rows(self, s: str) -> Sequence[Sequence[str]]:
        if self.rec.reads is not None:
            self.rec.reads.subjects.add(s)
        return self._span(s)

    def _span(self, s: str) -> Sequence[Sequence[str]]:
        """The subject's rows, unrecorded."""
        ranges = self.out.get(s, ())
        if len(ranges) == 2:  # a subject described in one graph: most
            return self.rows[ranges[0]:ranges[1]]
        return [row for i in range(0, len(ranges), 2) for row in self.rows[ranges[i]:ranges[i + 1]]]

    def inbound(self, o: str, p: str) -> list[str]:
        """The subjects that have ``o`` as object of ``p`` (one of the predicates indexed
        backwards)."""
        if self.rec.reads is not None:
            self.rec.reads.inbound.add((o, p))
        return self.into.get(o, {}).get(p, [])

    def rows_of(self, s: str) -> list[Row]:
        """The subject's triples as N-Triples rows."""
        a = self.first
        return [(row[a], row[a + 1], row[a + 2]) for row in self._rows(s)]

    def raw(self, s: str, p: str) -> list[str]:
        """The objects' N-Triples text."""
        pred, a = "<" + p + ">", self.first
        return [row[a + 2] for row in self._rows(s) if row[a + 1] == pred]

    def firsts(self, s: str, preds: tuple[str, ...]) -> list[str | None]:
        """The N-Triples text of the subject's first object for each of ``preds`` (each
        given as "<iri>"), in one pass over its rows and unrecorded: for nodes that
        another read stands for (``Recorder.only``)."""
        found: list[str | None] = [None] * len(preds)
        a = self.first
        for row in self._span(s):
            p = row[a + 1]
            if p in preds:
                i = preds.index(p)
                if found[i] is None:
                    found[i] = row[a + 2]
        return found

    def values(self, s: str, p: str) -> list:
        return [read_term(o) for o in self.raw(s, p)]

    def one(self, s: str, p: str) -> str | None:
        """The value of the subject's first object for ``p`` (the pages' commonest read)."""
        pred, a = "<" + p + ">", self.first
        for row in self._rows(s):
            if row[a + 1] == pred:
                return term_value(row[a + 2])
        return None

    def literals(self, s: str, p: str) -> dict[str, list[str]]:
        by: dict[str, list[str]] = defaultdict(list)
        for o in self.values(s, p):
            if isinstance(o, ox.Literal):
                by[o.language or ""].append(o.value)
        return by

    def label(self, s: str) -> tuple[str, str]:
        """(label, language): English first, as the contract's label columns do."""
        for p in (SKOS + "prefLabel", RDFS + "label"):
            labels = self.literals(s, p)
            for lang in (*LANGS, ""):
                if labels.get(lang):
                    return labels[lang][0], lang or "en"
        name = self.one(s, DCT + "source") or self.one(s, SKOS + "notation")
        return (name or s.rsplit("/", 1)[-1]), "en"

    def classes(self, s: str) -> list[str]:
        return [o[1:-1] for o in self.raw(s, RDF + "type")]
