"""Map reconciled knowledge to RDF quads (as N-Triples text), and read/write RDF files.

Every fact is a node of a ``clod:Fact`` subclass carrying its partner, its object and
its attributes; its evidence is a Web Annotation whose target selects the sentence
(and, refined, the mention) in the source document by character offsets. No blank
nodes: every node has a deterministic IRI, so two builds give identical bytes.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import operator
import pickle
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox

from .forked import Forked, can_fork
from .model import Evidence, InputError, read_bytes
from .namespaces import (
    BASE,
    CLOD,
    COALITION,
    CONCEPT,
    DCT,
    FACT_CLASSES,
    OA,
    ONTOLOGY,
    OWL,
    PROV,
    RDF,
    SCHEMA,
    SKOS,
    VOCABULARY_GRAPH,
    WD,
    XSD,
    concept,
    digest,
    document_graph,
    document_iri,
)
from .reconcile import Knowledge

RDF_TYPE = RDF + "type"

KIND_CLASSES = {"mission": "Mission", "strategy": "Strategy", "initiative": "Initiative", "resolution": "Resolution"}


# A quad as the N-Triples texts of its terms: (graph, subject, predicate, object). The
# build moves millions of them; strings are several times cheaper than term objects,
# and pyoxigraph parses them back wherever terms are needed.
Line = tuple[str, str, str, str]


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # but tab, line feed, return: each its own
_CONTROL_ESCAPES = {"\b": "\\b", "\f": "\\f"}


def _control(m: re.Match) -> str:
    c = m.group()
    return _CONTROL_ESCAPES.get(c) or f"\\u{ord(c):04X}"


def _escaped(text: str) -> str:
    """``text`` escaped for N-Triples exactly as pyoxigraph writes it, so that the
    dataset's N-Triples are the lines' own text (``formats``): by ``str.replace`` where a
    character to escape is present (a C search), as ``str.translate`` looks every
    character of a document's whole text up in a table (a quarter of the mapping's time)."""
    if "\\" in text:
        text = text.replace("\\", "\\\\")
    if '"' in text:
        text = text.replace('"', '\\"')
    if "\n" in text:
        text = text.replace("\n", "\\n")
    if "\r" in text:
        text = text.replace("\r", "\\r")
    if "\t" in text:
        text = text.replace("\t", "\\t")
    if _CONTROL.search(text) is not None:
        text = _CONTROL.sub(_control, text)
    return text


def lit(value: object, lang: str | None = None, dtype: str | None = None) -> str:
    """A literal in N-Triples syntax."""
    text = '"' + _escaped(str(value)) + '"'
    if lang:
        return f"{text}@{lang.lower()}"
    if dtype:
        return f"{text}^^<{dtype}>"
    return text


_UNESCAPE = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))')
_CHARS = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f"}


def _unescape(m: re.Match) -> str:
    code = m.group(1) or m.group(2)
    return chr(int(code, 16)) if code else _CHARS.get(m.group(3), m.group(3))


def read_term(text: str) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A term of the release's own lines (what ``lit`` and ``iri`` write, or pyoxigraph's
    N-Triples) without a parser: the pages read hundreds of thousands of them, and
    ``parse_term``, which checks any text, parses a whole line for each."""
    if text[0] == "<":
        return ox.NamedNode(text[1:-1])
    if text[0] == "_":
        return ox.BlankNode(text[2:])
    end = text.rindex('"')
    value = text[1:end]
    if "\\" in value:
        value = _UNESCAPE.sub(_unescape, value)
    rest = text[end + 1:]
    if rest.startswith("@"):
        return ox.Literal(value, language=rest[1:])
    if rest.startswith("^^"):
        return ox.Literal(value, datatype=ox.NamedNode(rest[3:-1]))
    return ox.Literal(value)


def term_value(text: str) -> str:
    """A term's value (an IRI, a literal's lexical form) from its N-Triples text, as
    ``read_term(text).value`` gives it, without making the term."""
    if text[0] == "<":
        return text[1:-1]
    if text[0] == "_":
        return text[2:]
    value = text[1:text.rindex('"')]
    return _UNESCAPE.sub(_unescape, value) if "\\" in value else value


def graph_ranges(lines: Sequence[Line]) -> list[tuple[str, int, int]]:
    """Each graph's run of the release's quads, which are sorted graph by graph:
    (graph, start, end)."""
    out, n = [], 0
    for g, group in itertools.groupby(lines, key=operator.itemgetter(0)):
        start = n
        n += sum(1 for _ in group)
        out.append((g, start, n))
    return out


def graph_digest(rows: Sequence[Line]) -> bytes:
    """A graph's quads hashed, as a rebuild compares them with the previous build's: a
    format chunk (``formats``) and a page reading a document's evidence (``pages.reuse``)
    are kept where their graphs' digests are unchanged. The rows are hashed as pickled
    (a third faster than written out as text: strings go out as UTF-8 in C): rows that
    differ never pickle alike. A string met twice is pickled once and then referred to,
    so rows made alike by another route may hash apart; the build's rows come from the
    same code each time, and a false difference only draws a page again."""
    return hashlib.sha256(pickle.dumps(rows if type(rows) is list else list(rows), protocol=5)).digest()[:16]


def value_digest(value: object) -> bytes:
    """A value hashed by what it holds alone, as ``graph_digest`` does not: pickled with
    no memo, every string is written out whichever object it is (a fifth slower)."""
    buf = io.BytesIO()
    pickler = pickle.Pickler(buf, protocol=5)
    pickler.fast = True
    pickler.dump(value)
    return hashlib.sha256(buf.getbuffer()).digest()[:16]


def is_document_graph(graph: str) -> bool:
    """Whether a graph (its IRI, bare or in N-Triples) is a document's, not one of the
    small graphs every document refers to (the vocabulary, the provenance)."""
    return "/graph/document/" in graph


@dataclass
class Graphs:
    """The release's graphs: each one's run of the sorted quads (``graph_ranges``) and its
    ``graph_digest``, what a rebuild compares with the previous build's for the format
    chunks, the pages and the checks it keeps."""

    ranges: list[tuple[str, int, int]]
    digests: dict[str, bytes]

    @classmethod
    def of(cls, lines: Sequence[Line], workers: int = 1, known: dict[str, bytes] | None = None) -> Graphs:
        """``known``: digests of graphs the build has already (kept with their rows:
        ``mapped``), not hashed again."""
        ranges = graph_ranges(lines)
        if not known:
            return cls(ranges, graph_digests(lines, ranges, workers))
        todo = [r for r in ranges if r[0] not in known]
        digests = graph_digests(lines, todo, workers if sum(b - a for _g, a, b in todo) >= 200_000 else 1)
        return cls(ranges, {g: digests[g] if g in digests else known[g] for g, _a, _b in ranges})

    @cached_property
    def spans(self) -> dict[str, tuple[int, int]]:
        """Each graph's (start, end) in the quads."""
        return {g: (a, b) for g, a, b in self.ranges}


def graph_digests(lines: Sequence[Line], ranges: list[tuple[str, int, int]], workers: int = 1) -> dict[str, bytes]:
    """Every graph's ``graph_digest``, by graph (``ranges``: ``graph_ranges(lines)``).
    With ``workers`` > 1 the graphs are shared out, by rows, between this process and
    forked ones reading the lines as they were at the fork: the build waits for these
    digests with its other core idle."""
    if workers <= 1 or len(lines) < 200_000 or not can_fork():
        return _digests_of(lines, ranges)
    shares: list[list[tuple[str, int, int]]] = [[] for _ in range(workers)]
    for g, a, b in ranges:
        shares[min(workers - 1, a * workers // len(lines))].append((g, a, b))
    others = [Forked(_digests_of, lines, share) for share in shares[1:]]
    try:
        out = _digests_of(lines, shares[0])
        for other in others:
            out.update(other.result())
    finally:
        for other in others:
            other.close()
    return out


def _digests_of(lines: Sequence[Line], ranges: Iterable[tuple[str, int, int]]) -> dict[str, bytes]:
    return {g: graph_digest(lines[a:b]) for g, a, b in ranges}


def iri(value: str) -> str:
    return "<" + value + ">"


def nquads_text(lines: Iterable[Line]) -> str:
    return "".join(f"{s} {p} {o} {g} .\n" for g, s, p, o in lines)


def ntriples_text(rows: Iterable[tuple[str, str, str]]) -> str:
    return "".join(f"{s} {p} {o} .\n" for s, p, o in rows)


def parse_term(text: str) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """One term in N-Triples syntax as a pyoxigraph term; SyntaxError or ValueError if it
    is not exactly one term."""
    quads = list(ox.parse(f"<urn:x:s> <urn:x:p> {text} .".encode(), format=ox.RdfFormat.N_TRIPLES))
    if len(quads) != 1:
        raise ValueError("not one RDF term")
    return quads[0].object


def to_quads(k: Knowledge) -> list[ox.Quad]:
    return parse_lines(to_lines(k))


def parse_lines(lines: Iterable[Line]) -> list[ox.Quad]:
    return list(ox.parse(nquads_text(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS))


def quad_lines(quads: Iterable[ox.Quad]) -> list[Line]:
    return [(str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)) for q in quads]


P_TYPE, P_MOTIVATED, P_BODY, P_TARGET = iri(RDF_TYPE), iri(OA + "motivatedBy"), iri(OA + "hasBody"), iri(OA + "hasTarget")
P_SOURCE, P_SELECTOR, P_START, P_END = iri(OA + "hasSource"), iri(OA + "hasSelector"), iri(OA + "start"), iri(OA + "end")
P_EXACT, P_REFINED = iri(OA + "exact"), iri(OA + "refinedBy")
O_ANNOTATION, O_IDENTIFYING = iri(OA + "Annotation"), iri(OA + "identifying")
O_SPECIFIC, O_SELECTOR = iri(OA + "SpecificResource"), iri(OA + "TextPositionSelector")
T_NNI = iri(XSD + "nonNegativeInteger")


def to_lines(k: Knowledge, skip: frozenset[str] = frozenset()) -> list[Line]:
    """The knowledge as quads: the coalition and the entities in the vocabulary graph;
    each document, the facts first read in it and all evidence quoted from it in that
    document's graph. Every triple lives in exactly one graph, so the union of the
    graphs (what a store with a union default graph queries) has no duplicate rows; a
    fact read in several documents is stated once, in the first document's graph, and
    each document's graph says that the fact was derived from it.

    ``skip``: documents whose graphs are left out (a rebuild has them from the previous
    build: ``mapped``); the other graphs are as they would be without it."""
    out: list[Line] = []
    graph: str | None = iri(VOCABULARY_GRAPH)
    terms: dict[str, str] = {}  # one string object per IRI: millions of quads share few terms

    def term(value: str) -> str:
        t = terms.get(value)
        if t is None:
            t = terms[value] = "<" + value + ">"
        return t

    buckets: dict[str, list[Line]] = {}
    quoted: dict[str, list[tuple[str, str, Evidence]]] = {}  # per document graph: the spans quoted from it

    def t(s: str, p: str, o: str) -> None:
        """o is an IRI, or a literal already in N-Triples syntax (from lit); nothing where
        the graph is a skipped document's (None)."""
        if graph is None:
            return
        bucket = buckets.get(graph)
        if bucket is None:
            bucket = buckets[graph] = []
        bucket.append((graph, term(s), term(p), o if o[0] == '"' else term(o)))

    t(COALITION, RDF_TYPE, SCHEMA + "Organization")
    t(COALITION, RDF_TYPE, CLOD + "Coalition")
    for lang, name in (("en", "Global Coalition against Daesh"), ("fr", "Coalition mondiale contre Daech"),
                       ("ar", "التحالف الدولي ضد داعش")):
        t(COALITION, SKOS + "prefLabel", lit(name, lang))

    for doc in k.documents:
        if doc.id in skip:
            continue
        graph = term(document_graph(doc.id))
        d = document_iri(doc.id)
        t(d, RDF_TYPE, CLOD + "Document")
        t(d, DCT + "identifier", lit(doc.id))
        t(d, DCT + "source", lit(doc.source))
        t(d, DCT + "language", lit(doc.lang))
        t(d, DCT + "format", lit(doc.media_type))
        t(d, SCHEMA + "text", lit(doc.text))
        if doc.date:  # when the text was captured or published: what its evidence was seen at
            t(d, PROV + "generatedAtTime", lit(doc.date, dtype=XSD + "dateTime"))
        if doc.uri:
            t(d, SCHEMA + "url", lit(doc.uri, dtype=XSD + "anyURI"))

    graph = term(VOCABULARY_GRAPH)
    for e in k.entities.values():
        if e.kind == "partner":
            pk = e.props["partner_kind"]
            t(e.iri, RDF_TYPE, CLOD + ("State" if pk == "state" else "Organisation"))
            t(e.iri, DCT + "identifier", lit(e.props["code"]))
            if e.props.get("wikidata"):
                t(e.iri, OWL + "sameAs", WD + str(e.props["wikidata"]))
        else:
            t(e.iri, RDF_TYPE, CLOD + KIND_CLASSES[e.kind])
        for lang, labels in e.labels.items():
            for label in labels[:1]:
                t(e.iri, SKOS + "prefLabel", lit(label, lang))
        for lang, labels in e.alt.items():
            for label in labels:
                t(e.iri, SKOS + "altLabel", lit(label, lang))
        for label in e.hidden:
            t(e.iri, SKOS + "hiddenLabel", lit(label, "en"))
        if "scope" in e.props:
            t(e.iri, CLOD + "scope", concept("scope", str(e.props["scope"])))
        if "owner" in e.props:
            t(e.iri, CLOD + "owner", str(e.props["owner"]))
        if e.kind == "mission":
            t(e.iri, CLOD + "military", lit("true" if e.props.get("military", True) else "false", dtype=XSD + "boolean"))
        if e.kind == "resolution":
            t(e.iri, CLOD + "body", concept("body", str(e.props["body"])))
            t(e.iri, CLOD + "resolutionNumber", lit(e.props["number"]))
        if e.kind != "partner" and e.props.get("wikidata"):
            t(e.iri, OWL + "sameAs", WD + str(e.props["wikidata"]))

    for f in k.facts.values():
        cls, prop = FACT_CLASSES[f.kind]
        sources = sorted(set(f.documents) | {ev.doc_id for ev in f.evidence})
        for doc_id in sources:
            if doc_id not in skip:
                graph = term(document_graph(doc_id))
                t(f.iri, PROV + "wasDerivedFrom", document_iri(doc_id))
        # the fact's own rows are in its first document's graph: none, where that one is skipped
        graph = None if sources and sources[0] in skip else term(document_graph(sources[0]) if sources else VOCABULARY_GRAPH)
        t(f.iri, RDF_TYPE, CLOD + cls)
        t(f.iri, CLOD + "partner", f.partner)
        t(f.iri, CLOD + prop, f.obj)
        a = f.attrs
        if "personnel" in a:
            t(f.iri, CLOD + "personnel", lit(a["personnel"], dtype=XSD + "nonNegativeInteger"))
        if "status" in a:
            t(f.iri, CLOD + "status", concept("status", str(a["status"])))
        if "relation" in a:
            scheme = "resolution_relation" if f.kind == "resolution" else "strategy_relation"
            t(f.iri, CLOD + "relation", concept(scheme, str(a["relation"])))
        if f.first_seen and f.last_seen:
            t(f.iri, CLOD + "firstSeen", lit(f.first_seen, dtype=XSD + "dateTime"))
            t(f.iri, CLOD + "lastSeen", lit(f.last_seen, dtype=XSD + "dateTime"))
        for status, first, last in f.status_history:  # each status it had, and when it was read
            node = f"{f.iri}#status-{status}"
            t(f.iri, CLOD + "statusHistory", node)
            t(node, RDF_TYPE, CLOD + "StatusObservation")
            t(node, CLOD + "status", concept("status", status))
            t(node, CLOD + "firstSeen", lit(first, dtype=XSD + "dateTime"))
            t(node, CLOD + "lastSeen", lit(last, dtype=XSD + "dateTime"))
        evidence_base = f.iri.replace("/fact/", "/evidence/")
        fact_term = term(f.iri)
        for ev in f.evidence:
            if ev.doc_id in skip:
                continue
            g = term(document_graph(ev.doc_id))
            said = quoted.get(g)
            if said is None:
                said = quoted[g] = []
            said.append((f"{evidence_base}-{digest(ev.doc_id, ev.start, ev.end, ev.mention_start)}", fact_term, ev))
    for g, said in quoted.items():
        # the bulk of every release (16 quads a quoted span), written out directly, each
        # graph's spans in the order of their IRIs and each span's quads in sorted order:
        # the sort below then finds a graph's rows almost in order, in a few long runs
        said.sort(key=operator.itemgetter(0))
        bucket = buckets.get(g)
        if bucket is None:
            bucket = buckets[g] = []
        add = bucket.append
        source = term(document_iri(said[0][2].doc_id))  # a document graph quotes its own document alone
        for ann, fact_term, ev in said:
            a_, t_, s_, m_ = "<" + ann + ">", "<" + ann + "#target>", "<" + ann + "#sentence>", "<" + ann + "#mention>"
            add((g, m_, P_TYPE, O_SELECTOR))
            add((g, m_, P_END, f'"{ev.mention_end}"^^{T_NNI}'))
            add((g, m_, P_START, f'"{ev.mention_start}"^^{T_NNI}'))
            add((g, s_, P_TYPE, O_SELECTOR))
            add((g, s_, P_END, f'"{ev.end}"^^{T_NNI}'))
            add((g, s_, P_EXACT, lit(ev.text, ev.lang)))
            add((g, s_, P_REFINED, m_))
            add((g, s_, P_START, f'"{ev.start}"^^{T_NNI}'))
            add((g, t_, P_TYPE, O_SPECIFIC))
            add((g, t_, P_SELECTOR, s_))
            add((g, t_, P_SOURCE, source))
            add((g, a_, P_TYPE, O_ANNOTATION))
            add((g, a_, P_BODY, fact_term))
            add((g, a_, P_TARGET, t_))
            add((g, a_, P_MOTIVATED, O_IDENTIFYING))
    for g in sorted(buckets):  # sorted graph by graph: many short sorts instead of one long one
        out.extend(sorted(buckets[g]))
    return out


def rebase(lines: Iterable[Line], base: str) -> list[Line]:
    """The same quads with the instance IRIs (partners, missions, documents, facts,
    graphs...) moved from the default base to ``base``. The ontology and its concept
    schemes keep their IRIs: they are a vocabulary, and the example queries name them."""
    if base == BASE:
        return list(lines)
    old = re.compile("<" + re.escape(BASE) + "(?!" + "|".join(re.escape(x[len(BASE):]) for x in (CLOD, CONCEPT, ONTOLOGY + ">")) + ")")
    new = "<" + base

    def move(term: str) -> str:
        return old.sub(new, term, count=1) if term.startswith("<") else term

    return [(move(g), move(s), p, move(o)) for g, s, p, o in lines]


# --- files -----------------------------------------------------------------------

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


def parse_file(path: Path) -> list[ox.Triple]:
    """Triples of an RDF file; a syntax error names the file and line."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format {path.suffix or '(none)'}")
    data = read_bytes(path)
    try:
        quads = list(ox.parse(data, format=fmt, base_iri=path.resolve().as_uri()))
    except SyntaxError as e:
        raise InputError(f"{path}: {' '.join(str(e).split())}") from e
    except ValueError as e:
        raise InputError(f"{path}: {' '.join(str(e).split())}") from e
    return [ox.Triple(q.subject, q.predicate, q.object) for q in quads]


def serialize(triples: Iterable[ox.Triple], fmt: ox.RdfFormat, prefixes: dict[str, str] | None = None) -> bytes:
    data = ox.serialize(sorted(triples, key=str), format=fmt, prefixes=prefixes or None)
    return data if isinstance(data, bytes) else bytes(data or b"")
