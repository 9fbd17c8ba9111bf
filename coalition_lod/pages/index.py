"""The pages' index of the release: a subject's triples, and the subjects pointing to an
object by the predicates the pages follow backwards."""

from __future__ import annotations

import hashlib
import itertools
import operator
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..namespaces import DCT, RDF, RDFS, SKOS
from ..rdf import read_term, term_value
from .reuse import Recorder

LANGS = ("en", "fr", "ar")
_LABEL_PREDICATES = (f"<{SKOS}prefLabel>", f"<{RDFS}label>")

Row = tuple[str, str, str]  # a triple's terms in N-Triples syntax, as the release's lines hold them
_VERSION = 1  # of the index kept between builds


@dataclass
class Kept:
    """The previous build's index (``Index.kept_state``) and what it takes to bring it up
    to date: the graphs read back from that build unchanged (``mapped.Kept.read_back``)
    and the rows, in the previous release, of all the others (``mapped.Kept.before``)."""

    index: dict
    read_back: frozenset[str]
    before: dict[str, list] | None


def _key(text: str) -> str:
    return sys.intern(text[1:-1] if text[0] == "<" else text)


def _text(key: str) -> str:
    """A node's N-Triples text from its index key (the rows are sorted by it)."""
    return key if key.startswith("_:") else "<" + key + ">"


def node_key(text: str | None) -> str:
    """The index's key of a node from its N-Triples text ("" for none)."""
    return "" if text is None else _key(text)


class Index:
    """Triples by subject and by object, the only access the pages need, kept small as
    the release's millions of lines are in memory already: a subject's triples are the
    runs of those lines it starts (they are sorted, so a subject's rows in a graph are
    together), each kept as (graph, start, end) counted from the graph's first row, and
    an object's subjects are kept for the predicates the pages follow backwards only.
    Terms stay N-Triples text, made terms only when a page reads them.

    Counted from their graph's first row, the runs of a graph that a rebuild reads back
    unchanged stay true wherever the graph now starts: a rebuild takes the previous
    build's index (``kept``) and indexes again only the graphs it mapped again.

    ``rows``: sequences whose items ``first``, ``first + 1`` and ``first + 2`` are the
    subject, predicate and object (the release's quads have the graph first)."""

    def __init__(self, rows: Sequence[Sequence[str]], first: int = 0, backwards: Iterable[str] | None = None,
                 typed: Iterable[str] = (), graphs: Iterable[tuple[str, int, int]] | None = None,
                 kept: Kept | None = None) -> None:
        """``typed``: classes whose instances are listed in ``self.typed`` (subject -> its
        class of these, the last if several), found in the same pass over the rows.
        ``graphs``: each graph's run of the rows (graph, start, end); none: one run of
        them all. ``kept``: the previous build's index, to bring up to date."""
        self.rows, self.first = rows, first
        self.rec = Recorder()  # what the page being drawn reads, when the pages are kept (pages.reuse)
        self.graphs = list(graphs) if graphs is not None else [("", 0, len(rows))]
        self.starts = {g: a for g, a, _b in self.graphs}
        # the predicates indexed backwards, as N-Triples text (None: all)
        self.follow = None if backwards is None else {"<" + p + ">" for p in backwards}
        self.wanted, self.a_type = {"<" + c + ">" for c in typed}, "<" + RDF + "type>"
        self.context = hashlib.sha256(repr((_VERSION, sorted(self.follow or ()), sorted(self.wanted))).encode()
                                      + Path(__file__).read_bytes()).hexdigest()
        self.patched = kept is not None and self._patch(kept)
        if not self.patched:
            self.out: dict[str, tuple] = {}
            self.into: dict[str, dict[str, list[str]]] = {}
            self.typed: dict[str, str] = {}
            for g, a, b in self.graphs:
                self._index(g, a, b)

    def _index(self, graph: str, a: int, b: int) -> set[str]:
        """The rows of one graph added to the index; the subjects they have."""
        out, into, names, typed = self.out, self.into, {}, self.typed
        follow, wanted, a_type = self.follow, self.wanted, self.a_type
        s_at, p_at, o_at = self.first, self.first + 1, self.first + 2
        n, subjects = 0, set()
        for s, group in itertools.groupby(self.rows[a:b], key=operator.itemgetter(s_at)):
            subject = _key(s)
            subjects.add(subject)
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
                    typed[subject] = o[1:-1]
            out[subject] = out.get(subject, ()) + (graph, start, n)
        return subjects

    def _patch(self, kept: Kept) -> bool:
        """The previous build's index brought up to date: what the graphs not read back
        said (``kept.before``: their rows in the previous release) taken out, what they
        say now put in, in row order. False if the index kept is not the one to patch."""
        old = kept.index
        if old.get("context") != self.context or kept.before is None or not kept.read_back.isdisjoint(kept.before):
            return False
        out, into, typed = old["out"], old["into"], old["typed"]
        follow, s_at, p_at, o_at = self.follow, self.first, self.first + 1, self.first + 2
        # a graph mapped again with the rows it had (the vocabulary, most often) changes nothing
        now = {g: (a, b) for g, a, b in self.graphs if g not in kept.read_back}
        before = {g: rows for g, rows in kept.before.items()
                  if g not in now or rows != self.rows[now[g][0]:now[g][1]]}
        gone, touched, lists = set(before), set(), set()
        try:
            for rows in before.values():
                for row in rows:
                    subject = _key(row[s_at])
                    touched.add(subject)
                    o = row[o_at]
                    if o[0] == "<" and (follow is None or row[p_at] in follow):
                        by = into[_key(o)]
                        pred = _key(row[p_at])
                        by[pred].remove(subject)
                        if not by[pred]:
                            del by[pred]
                            if not by:
                                del into[_key(o)]
        except (KeyError, ValueError):
            return False  # the index kept does not hold what the previous release's rows say
        for subject in touched:
            runs = out.pop(subject, ())
            left = tuple(x for i in range(0, len(runs), 3) if runs[i] not in gone for x in runs[i:i + 3])
            if left:
                out[subject] = left
        self.out, self.into, self.typed = out, into, typed
        fresh = [(g, a, b) for g, a, b in self.graphs if g in now and (g in before or g not in kept.before)]
        for g, a, b in fresh:
            touched |= self._index(g, a, b)
            lists.update((_key(row[o_at]), _key(row[p_at])) for row in self.rows[a:b]
                         if row[o_at][0] == "<" and (follow is None or row[p_at] in follow))
        # the runs and the backward lists put back in row order: by graph, then subject
        for subject in touched:
            runs = out.get(subject, ())
            if len(runs) > 3:
                out[subject] = tuple(x for run in sorted(zip(runs[::3], runs[1::3], runs[2::3], strict=True))
                                     for x in run)
            typed.pop(subject, None)
            for row in self._span(subject):
                if row[o_at] in self.wanted and row[p_at] == self.a_type:
                    typed[subject] = row[o_at][1:-1]
        for o, pred in lists:
            subjects = into.get(o, {}).get(pred)
            if subjects and len(subjects) > 1:
                subjects.sort(key=lambda s, o=o, pred=pred: (self._graph_of(s, pred, o), _text(s)))
        return True

    def _graph_of(self, s: str, p: str, o: str) -> str:
        """The graph holding the row (s, p, o) (each triple is in one graph)."""
        runs = self.out.get(s, ())
        if len(runs) == 3:
            return runs[0]
        p_text, o_text, at = "<" + p + ">", "<" + o + ">", self.first
        for i in range(0, len(runs), 3):
            base = self.starts[runs[i]]
            if any(row[at + 1] == p_text and row[at + 2] == o_text for row in self.rows[base + runs[i + 1]:base + runs[i + 2]]):
                return runs[i]
        return ""

    def kept_state(self) -> dict:
        """What the next build needs to bring this index up to date (``Kept``)."""
        return {"context": self.context, "out": self.out, "into": self.into, "typed": self.typed}

    @classmethod
    def of_triples(cls, triples: Iterable[ox.Triple]) -> Index:
        return cls([(str(t.subject), str(t.predicate), str(t.object)) for t in triples])

    def _rows(self, s: str) -> Sequence[Sequence[str]]:
        if self.rec.reads is not None:
            self.rec.reads.subjects.add(s)
        return self._span(s)

    def _span(self, s: str) -> Sequence[Sequence[str]]:
        """The subject's rows, unrecorded."""
        runs = self.out.get(s, ())
        if len(runs) == 3:  # a subject described in one graph: most
            base = self.starts[runs[0]]
            return self.rows[base + runs[1]:base + runs[2]]
        starts, rows = self.starts, self.rows
        return [row for i in range(0, len(runs), 3)
                for row in rows[starts[runs[i]] + runs[i + 1]:starts[runs[i]] + runs[i + 2]]]

    def counted(self, o: str, p: str) -> list[str]:
        """As ``inbound``, for a caller that shows how many there are and no more: noted as
        that count (a fact's row shows how many sentences it has; which they are, its own
        pages). Whoever reads the subjects themselves notes it (``read_first``, ``inbound``)."""
        if self.rec.reads is not None:
            self.rec.reads.counts.add((o, p))
        return self.into.get(o, {}).get(p, [])

    def read_first(self, o: str, p: str) -> None:
        """Note that the first (smallest) of the subjects ``inbound`` gives was read."""
        if self.rec.reads is not None:
            self.rec.reads.firsts.add((o, p))

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
        another read stands for (an evidence sentence's, noted as its annotation: ``Site.evidence_view``)."""
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
        """(label, language): English first, as the contract's label columns do. Read from
        the rows' text in one pass (every link on every page asks for one), as
        ``literals`` would give them."""
        rows, a = self._rows(s), self.first
        for p in _LABEL_PREDICATES:
            first: dict[str, str] = {}  # language -> the first literal's text
            for row in rows:
                if row[a + 1] == p and (o := row[a + 2])[0] == '"':
                    end = o.rindex('"')
                    first.setdefault(o[end + 2:].lower() if o.startswith("@", end + 1) else "", o)
            for lang in (*LANGS, ""):
                if lang in first:
                    return term_value(first[lang]), lang or "en"
        name = self.one(s, DCT + "source") or self.one(s, SKOS + "notation")
        return (name or s.rsplit("/", 1)[-1]), "en"

    def classes(self, s: str) -> list[str]:
        return [o[1:-1] for o in self.raw(s, RDF + "type")]
