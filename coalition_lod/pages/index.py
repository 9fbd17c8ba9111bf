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
                 typed: Iterable[str] = ()) -> None:
        """``typed``: classes whose instances are listed in ``self.typed`` (subject -> its
        class of these, the last if several), found in the same pass over the rows."""
        self.rows, self.first = rows, first
        self.rec = Recorder()  # what the page being drawn reads, when the pages are kept (pages.reuse)
        self.out: dict[str, tuple[int, ...]] = {}
        self.into: dict[str, dict[str, list[str]]] = {}
        self.typed: dict[str, str] = {}
        # the predicates indexed backwards, as N-Triples text (None: all)
        self.follow = follow = None if backwards is None else {"<" + p + ">" for p in backwards}
        wanted, a_type = {"<" + c + ">" for c in typed}, "<" + RDF + "type>"
        out, into, names = self.out, self.into, {}
        s_at, p_at, o_at = first, first + 1, first + 2
        start, n = 0, 0
        for s, group in itertools.groupby(rows, key=operator.itemgetter(s_at)):
            subject = _key(s)
            start = n
            for row in group:
                n += 1
                o = row[o_at]
                if o[0] == "<" and (follow is None or row[p_at] in follow):
                    p = row[p_at]
                    pred = names.get(p)
                    if pred is None:
                        pred = names[p] = _key(p)
                    into.setdefault(_key(o), {}).setdefault(pred, []).append(subject)
                if o in wanted and row[p_at] == a_type:
                    self.typed[subject] = o[1:-1]
            out[subject] = out.get(subject, ()) + (start, n)

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
