"""The map's last step, ``one_graph_per_triple``: the quads sorted, each once, a triple
of the small graphs (vocabulary, provenance) in the first of them that states it. The
map writes the rows almost in order and the step takes a shortcut where no row repeats:
the result must be what the rule says whatever order and repeats it is given."""

import random
from pathlib import Path

import pytest

from coalition_lod.convert import convert_lines, one_graph_per_triple
from coalition_lod.describe import Stats
from coalition_lod.rdf import is_document_graph
from coalition_lod.revalidate import Revalidation
from coalition_lod.validate import _compiled

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def quads():
    _ex, _k, lines = convert_lines([HERE / "profiles" / "texts", HERE / "genres" / "texts"], provenance=True)
    return lines


def by_the_rule(lines):
    """The rule, written plainly: each quad once; a triple of a small graph kept only
    in the first small graph (in graph order) that states it."""
    first = {}
    for g, s, p, o in sorted(set(lines)):
        if not is_document_graph(g):
            first.setdefault((s, p, o), g)
    return [q for q in sorted(set(lines)) if is_document_graph(q[0]) or first[q[1:]] == q[0]]


def test_the_maps_quads_are_already_as_the_rule_says(quads):
    assert quads == by_the_rule(quads)
    shuffled = random.Random(3).sample(quads, len(quads))
    one_graph_per_triple(shuffled)
    assert shuffled == quads


def test_repeats_in_document_graphs_and_across_small_graphs_are_dropped(quads):
    rng = random.Random(7)
    doc_rows = [q for q in quads if is_document_graph(q[0])]
    vocab_rows = [q for q in quads if q[0].endswith("/graph/vocabulary>")]
    prov = next(q[0] for q in quads if q[0].endswith("/graph/provenance>"))
    assert doc_rows and vocab_rows
    edited = quads + rng.sample(doc_rows, 5) + [(prov, s, p, o) for _g, s, p, o in rng.sample(vocab_rows, 5)]
    rng.shuffle(edited)
    expected = by_the_rule(edited)
    one_graph_per_triple(edited)
    assert edited == expected
    # the repeated document rows gone; the vocabulary's triples now in the provenance graph, which sorts first
    assert len(edited) == len(quads) and edited != quads


def test_statistics_from_the_validators_index_are_those_counted_from_the_quads(quads):
    """The validator's index gives the subjects, the classes' instances and the graphs'
    rows; it is read after the checks. A class with no instance, as a lookup in its
    dictionary of lists would leave, is not counted."""
    r = Revalidation(_compiled(None), quads)
    r.results()
    assert not r.run.instances["<urn:x:a-class-with-no-instance>"]
    assert Stats.of(quads, len(r.run.ranges), r.run.instances, r.graphs.ranges) == Stats.of(quads)
