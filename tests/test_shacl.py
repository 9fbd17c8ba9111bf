"""The compiled validator finds exactly what pyshacl (the reference) finds: the same focus
nodes, paths, constraint components, severities and values, on every broken example of
the shapes tests and on releases damaged at random (triples dropped, values replaced,
literals in the wrong language or datatype)."""

import random

import pyoxigraph as ox
import pytest
import rdflib
from pyshacl import validate as pyshacl_validate

from coalition_lod.rdf import parse_file
from coalition_lod.shacl import Shapes, Unsupported, triples_of
from coalition_lod.validate import shapes_path, to_rdflib, validate_lines

from . import test_shapes as ts
from .conftest import EN_SEED

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


def reference(triples: list[ox.Triple]) -> set:
    shapes = to_rdflib(parse_file(shapes_path()))
    _conforms, g, _text = pyshacl_validate(to_rdflib(triples), shacl_graph=shapes, allow_warnings=True, advanced=True,
                                           inference="none")
    out = set()
    for r in g.objects(None, SH.result):  # top-level results; nested ones hang off sh:detail
        path = g.value(r, SH.resultPath)
        if isinstance(path, rdflib.BNode):
            path = "^" + g.value(path, SH.inversePath).n3()
        elif path is not None:
            path = path.n3()
        value = g.value(r, SH.value)
        out.add((g.value(r, SH.focusNode).n3(), path, str(g.value(r, SH.sourceConstraintComponent)).rsplit("#")[-1],
                 str(g.value(r, SH.resultSeverity)).rsplit("#")[-1], value.n3() if value is not None else None))
    return out


def compiled(triples: list[ox.Triple]) -> set:
    return {(r.focus, r.path, r.component, r.severity, r.value) for r in Shapes.load(shapes_path()).validate(triples_of(triples))}


@pytest.mark.parametrize("case", sorted(ts.BROKEN))
def test_each_broken_example_gives_the_same_results(case):
    drop, add = ts.BROKEN[case]
    triples = ts.graph(ts.base_graph(), drop, add)
    ours = compiled(triples)
    assert ours, case
    assert ours == reference(triples), case


def test_the_valid_example_passes_both():
    triples = ts.graph(ts.base_graph())
    assert compiled(triples) == reference(triples) == set()


def test_a_french_only_mission_is_the_same_warning_in_both():
    triples = ts.graph(ts.base_graph(), [(ts.MIS, ts.SKOS + "prefLabel")], [(ts.MIS, ts.SKOS + "prefLabel", ts.lit("Mission", "fr"))])
    ours = compiled(triples)
    assert ours == reference(triples)
    assert {r[3] for r in ours} == {"Warning"}
    report = validate_lines(triples_of(triples))
    assert report.conforms and report.warnings == 1


def damaged(triples: list[ox.Triple], rng: random.Random, n: int) -> list[ox.Triple]:
    t = list(triples)
    for _ in range(n):
        i = rng.randrange(len(t))
        x = t[i]
        kind = rng.random()
        if kind < 0.4:
            del t[i]
        elif kind < 0.6:
            t.append(ox.Triple(x.subject, x.predicate, ox.Literal("zz", language="de")))
        elif kind < 0.8:
            t.append(ox.Triple(x.subject, x.predicate, t[rng.randrange(len(t))].object))
        else:
            t[i] = ox.Triple(x.subject, x.predicate, ox.Literal("-3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")))
    return t


def test_randomly_damaged_releases_give_the_same_results(seed_release):
    triples = parse_file(seed_release(EN_SEED) / "dataset.nt")
    rng = random.Random(20261125)
    found = 0
    for _ in range(12):
        t = damaged(triples, rng, rng.randint(1, 6))
        ours = compiled(t)
        assert ours == reference(t)
        found += bool(ours)
    assert found >= 8  # the damage is seen, not only agreed on


def test_shapes_beyond_the_supported_set_are_refused_not_guessed():
    ttl = """@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
    ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:sparql [ sh:select "SELECT $this WHERE { }" ] ."""
    with pytest.raises(Unsupported):
        Shapes.compile([q.triple for q in ox.parse(ttl.encode(), format=ox.RdfFormat.TURTLE)])
