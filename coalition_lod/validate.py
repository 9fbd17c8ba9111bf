"""Validate: SHACL (pyshacl, the reference implementation) over a release's data."""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib

from .model import InputError
from .namespaces import CLOD, RDF, XSD
from .rdf import ntriples_text, parse_file, parse_term, serialize
from .resources import ontology_path, shapes_path


@dataclass
class Report:
    conforms: bool
    violations: int
    warnings: int
    text: str
    graph_ttl: bytes


def to_rdflib(triples: list[ox.Triple]) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=serialize(triples, ox.RdfFormat.N_TRIPLES), format="nt")
    return g


def validate_triples(triples: list[ox.Triple], shapes: Path | None = None) -> Report:
    from pyshacl import validate as shacl

    shapes = shapes or shapes_path()
    sg = to_rdflib(parse_file(shapes))
    conforms, results_graph, text = shacl(to_rdflib(triples), shacl_graph=sg, allow_warnings=True,
                                          advanced=True, inference="none")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    severities = [results_graph.value(r, sh.resultSeverity) for r in results_graph.objects(None, sh.result)]
    violations = sum(1 for s in severities if s == sh.Violation)
    warnings = sum(1 for s in severities if s == sh.Warning)
    ttl = _sorted_turtle(results_graph)
    return Report(bool(conforms) and violations == 0, violations, warnings, text, ttl)


_SHAPES: dict[Path, object] = {}


def validate_lines(triples: Iterable[tuple[str, str, str]], shapes: Path | None = None) -> Report:
    """Validate triples in N-Triples term form with the compiled validator (see shacl.py),
    or with pyshacl when the shapes use something it does not implement."""
    rows = list(triples)
    compiled = _compiled(shapes)
    if compiled is None:
        return _pyshacl_on_rows(rows, shapes)
    return report_of(compiled.validate(rows))


def validate_quads(rows: list[tuple[str, str, str, str]], shapes: Path | None = None, reference: bool = False) -> Report:
    """As validate_lines, on the build's quads (graph, subject, predicate, object), sorted;
    ``reference`` asks for pyshacl whatever the shapes use."""
    compiled = None if reference else _compiled(shapes)
    if compiled is None:
        return _pyshacl_on_rows([r[1:] for r in rows], shapes)
    return report_of(compiled.validate_quads(rows))


DOCUMENT = f"<{CLOD}Document>"
_ELSEWHERE = f"<{CLOD}heldElsewhere>"  # the graph of the stand-ins; never written


def validate_part(rows: list[tuple[str, str, str, str]], absent: Iterable[str] = ()) -> tuple[list, set[str]]:
    """The compiled validator's results on one part of a release (sorted quads, with the
    ontology), and the documents the part cites but does not hold.

    A part of a cluster's build holds every node it names but the documents, which are
    in their own partitions: a cited document stands in as a ``clod:Document`` here, and
    the build checks, by joining the cited with the held, that each one is (``absent``:
    the cited found nowhere, validated as missing). A part that names any other node it
    does not hold fails as the whole release would, never the other way round."""
    shapes = _compiled(None)
    if shapes is None:
        raise InputError("the shapes use SHACL the compiled validator lacks; validate on one machine (leave out --scheduler)")
    paths = shapes.paths_to(DOCUMENT)
    held = {r[1] for r in rows}
    cited = {r[3] for r in rows if r[2] in paths and r[3][0] == "<" and r[3] not in held}
    gone = set(absent)
    stand_ins = [(_ELSEWHERE, d, f"<{RDF}type>", DOCUMENT) for d in sorted(cited - gone)]
    results = shapes.validate_quads(list(heapq.merge(rows, stand_ins)))
    return [r for r in results if r.focus not in cited], cited  # a document is checked in its own part


def _compiled(shapes: Path | None):
    from . import shacl

    shapes = shapes or shapes_path()
    try:
        if shapes not in _SHAPES:
            _SHAPES[shapes] = shacl.Shapes.load(shapes)
        return _SHAPES[shapes]
    except shacl.Unsupported:
        return None


def _pyshacl_on_rows(rows: list, shapes: Path | None) -> Report:
    data = ntriples_text(rows).encode("utf-8")
    return validate_triples([q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)], shapes)


def report_of(results: list) -> Report:
    """A SHACL validation report (graph, counts, text) from the compiled validator's results."""
    import hashlib

    sh = "http://www.w3.org/ns/shacl#"
    n = ox.NamedNode
    report = ox.BlankNode("report")
    violations = sum(1 for r in results if r.severity == "Violation")
    warnings = sum(1 for r in results if r.severity == "Warning")
    conforms = violations == 0  # warnings do not fail a release (pyshacl's allow_warnings)
    out = [ox.Triple(report, n(RDF + "type"), n(sh + "ValidationReport")),
           ox.Triple(report, n(sh + "conforms"), ox.Literal("true" if conforms else "false", datatype=n(XSD + "boolean")))]
    lines = ["Validation Report", f"Conforms: {conforms}", f"Results ({len(results)}):"]
    seen: dict[tuple, int] = {}
    for r in results:
        # named by what it says, not by the shape's blank node, whose label each parse of
        # the shapes draws afresh: the same data gives the same report, byte for byte
        said = (r.focus, r.path, r.value, r.component, r.severity, r.message, r.shape if r.shape.startswith("<") else "")
        seen[said] = seen.get(said, 0) + 1  # two shapes can say the same of a node
        node = ox.BlankNode("r" + hashlib.sha1(repr((said, seen[said])).encode()).hexdigest()[:16])
        out += [ox.Triple(report, n(sh + "result"), node), ox.Triple(node, n(RDF + "type"), n(sh + "ValidationResult")),
                ox.Triple(node, n(sh + "focusNode"), parse_term(r.focus)),
                ox.Triple(node, n(sh + "resultSeverity"), n(sh + r.severity)),
                ox.Triple(node, n(sh + "sourceConstraintComponent"), n(sh + r.component))]
        if r.path:
            if r.path.startswith("^"):
                inv = ox.BlankNode(node.value + "p")
                out += [ox.Triple(node, n(sh + "resultPath"), inv), ox.Triple(inv, n(sh + "inversePath"), parse_term(r.path[1:]))]
            else:
                out.append(ox.Triple(node, n(sh + "resultPath"), parse_term(r.path)))
        if r.value is not None:
            out.append(ox.Triple(node, n(sh + "value"), parse_term(r.value)))
        if r.message:
            out.append(ox.Triple(node, n(sh + "resultMessage"), ox.Literal(r.message)))
        if r.shape.startswith("<"):
            out.append(ox.Triple(node, n(sh + "sourceShape"), parse_term(r.shape)))
        lines.append(f"{r.severity}: {r.component} on {r.focus}" + (f" path {r.path}" if r.path else "")
                     + (f" value {r.value}" if r.value else "") + (f": {r.message}" if r.message else ""))
    ttl = serialize(out, ox.RdfFormat.TURTLE, {"sh": sh})
    return Report(conforms, violations, warnings, "\n".join(lines) + "\n", ttl)


def _sorted_turtle(g: rdflib.Graph) -> bytes:
    """The report in Turtle with blank nodes named by their content, so that the
    same report is written with the same bytes (colour refinement over the nodes)."""
    import hashlib

    triples = list(ox.parse(g.serialize(format="nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    blanks = {t.value for q in triples for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)}
    colour = dict.fromkeys(blanks, "")

    def show(t: object) -> str:
        return "_:" + colour[t.value] if isinstance(t, ox.BlankNode) else str(t)

    for _ in range(4):
        sig: dict[str, list[str]] = {b: [] for b in blanks}
        for q in triples:
            if isinstance(q.subject, ox.BlankNode):
                sig[q.subject.value].append(f"> {q.predicate} {show(q.object)}")
            if isinstance(q.object, ox.BlankNode):
                sig[q.object.value].append(f"< {show(q.subject)} {q.predicate}")
        colour = {b: hashlib.sha1("\n".join(sorted(v)).encode()).hexdigest()[:16] for b, v in sig.items()}

    def fix(t):
        return ox.BlankNode("r" + colour[t.value]) if isinstance(t, ox.BlankNode) else t

    fixed = {ox.Triple(fix(q.subject), q.predicate, fix(q.object)) for q in triples}
    return serialize(fixed, ox.RdfFormat.TURTLE, {"sh": "http://www.w3.org/ns/shacl#"})


def validate_path(path: Path) -> Report:
    """A release folder (its dataset.ttl) or a single RDF file."""
    if path.is_dir():
        target = path / "dataset.ttl"
        if not target.exists():
            raise InputError(f"{path}: not a release (no dataset.ttl)")
    else:
        target = path
    if not target.exists():
        raise InputError(f"{path}: no such file or folder")
    triples = parse_file(target)
    if path.is_dir() is False and target.suffix in (".ttl", ".nt", ".jsonld"):
        # a lone data file is checked together with the ontology's concept schemes
        triples = triples + parse_file(ontology_path())
    from .shacl import triples_of

    return validate_lines(triples_of(triples))


def summary(report: Report, shapes: str = "shapes.ttl") -> str:
    """The report for people: the verdict, then each distinct problem once with how often
    it occurs and a few of the nodes it concerns (the Turtle report has every result)."""
    from collections import defaultdict

    sh = "http://www.w3.org/ns/shacl#"
    triples = list(ox.parse(report.graph_ttl, format=ox.RdfFormat.TURTLE))
    by: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for t in triples:
        by[str(t.subject)][t.predicate.value].append(t.object.value)
    groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for node, props in by.items():
        if sh + "resultSeverity" not in props:
            continue
        severity = props[sh + "resultSeverity"][0].rsplit("#", 1)[-1]
        path = (props.get(sh + "resultPath") or [""])[0]
        message = (props.get(sh + "resultMessage") or [""])[0]
        groups[(severity, path, " ".join(message.split()))].append((props.get(sh + "focusNode") or [node])[0])
    lines = [f"SHACL validation against {shapes}: {'conforms' if report.conforms else 'does not conform'}",
             f"violations: {report.violations}, warnings: {report.warnings}"]
    for (severity, path, message), nodes in sorted(groups.items()):
        lines.append(f"\n{severity}: {message} ({len(nodes)} nodes)" + (f"\n  path: {path}" if path else ""))
        for n in sorted(nodes)[:5]:
            lines.append(f"  - {n}")
        if len(nodes) > 5:
            lines.append(f"  - ... and {len(nodes) - 5} more")
    return "\n".join(lines) + "\n"
