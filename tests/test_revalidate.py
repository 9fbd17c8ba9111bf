"""A rebuild's validation, which checks again only the groups of focus nodes whose data
may have changed, finds exactly what a whole validation finds: on edits made to cross
from one graph into another (a document's type, a partner's in the vocabulary graph, a
statement about a fact added in another document's graph, one more value of an inverse
path, a node that was missing and is now stated) and on random edits. Each edit is made
to the real quads of a build, and the rebuild must have kept groups (it is not checking
everything again) and checked those the edit touched."""

import random
from pathlib import Path

import pytest

from coalition_lod.convert import convert_lines
from coalition_lod.namespaces import CLOD, OA, PROV, RDF
from coalition_lod.revalidate import Revalidation
from coalition_lod.shacl import _Run, ordered
from coalition_lod.validate import _compiled

HERE = Path(__file__).parent
TYPE, PARTNER, DERIVED = f"<{RDF}type>", f"<{CLOD}partner>", f"<{PROV}wasDerivedFrom>"
BODY, DOCUMENT = f"<{OA}hasBody>", f"<{CLOD}Document>"


@pytest.fixture(scope="module")
def quads():
    _ex, _k, lines = convert_lines([HERE / "profiles" / "texts", HERE / "genres" / "texts"], provenance=True)
    return lines


@pytest.fixture(scope="module")
def before(quads):
    r = Revalidation(_compiled(None), quads)
    found = r.results()
    assert found == whole(quads) and not any(x.severity == "Violation" for x in found)
    return r.state()


def whole(lines):
    return ordered(_Run(_compiled(None), lines, col=1).results())


def rebuild(lines, state):
    """The incremental results on the edited quads, checked against a whole validation."""
    lines = sorted(lines)
    r = Revalidation(_compiled(None), lines, old=state)
    found = r.results()
    assert found == whole(lines)
    assert r.kept > 0, "nothing kept: the rebuild checked everything again"
    return found, r


def graph_of(lines, subject, predicate):
    return next(g for g, s, p, _o in lines if s == subject and p == predicate)


def test_unchanged_keeps_everything(quads, before):
    _found, r = rebuild(quads, before)
    assert r.checked == 0


def test_document_loses_its_type(quads, before):
    # a fact cited by two documents: its first document's graph is its group's; the other
    # document's type, in that document's own graph, is read by the fact's check
    cited: dict[str, set[str]] = {}
    for _g, s, p, o in quads:
        if p == DERIVED:
            cited.setdefault(s, set()).add(o)
    fact, docs = next((f, sorted(d)) for f, d in sorted(cited.items()) if len(d) > 1)
    home = graph_of(quads, fact, TYPE)
    other = next(d for d in docs if graph_of(quads, d, TYPE) != home)
    edited = [q for q in quads if not (q[1] == other and q[2] == TYPE)]
    found, r = rebuild(edited, before)
    assert any(x.focus == fact and x.component == "ClassConstraintComponent" for x in found)


def test_partner_changes_class_in_the_vocabulary_graph(quads, before):
    partner = next(o for _g, _s, p, o in quads if p == PARTNER)
    edited = [q if not (q[1] == partner and q[2] == TYPE) else (q[0], q[1], q[2], f"<{CLOD}Mission>") for q in quads]
    found, r = rebuild(edited, before)
    assert any(x.value == partner and x.component == "ClassConstraintComponent" for x in found)


def unrelated(quads, fact, home):
    """A document graph after the fact's own (so that its group stays where it is) that
    the fact's check reads nothing of: none of its documents."""
    sources = {o for _g, s, p, o in quads if s == fact and p == DERIVED}
    graphs = {g: s for g, s, p, o in quads if p == TYPE and o == DOCUMENT}
    return next((g, d) for g, d in sorted(graphs.items()) if g > home and d not in sources)


def test_fact_gains_a_partner_in_another_graph(quads, before):
    fact, home = next((s, g) for g, s, p, _o in quads if p == PARTNER)
    other, _doc = unrelated(quads, fact, home)
    current = next(o for _g, s, p, o in quads if s == fact and p == PARTNER)
    second = next(o for _g, _s, p, o in quads if p == PARTNER and o != current)
    found, r = rebuild([*quads, (other, fact, PARTNER, second)], before)
    assert any(x.focus == fact and x.component == "MaxCountConstraintComponent" for x in found)
    assert r.checked < len(r.groups)


def test_inverse_path_gains_a_value_in_another_graph(quads, before):
    # whatever has a fact as its body must be an annotation (sh:inversePath oa:hasBody):
    # a document's graph now says a document has one, and the fact's graph is unchanged
    fact, home = next((s, g) for g, s, p, _o in quads if p == PARTNER)
    other, doc = unrelated(quads, fact, home)
    found, r = rebuild([*quads, (other, doc, BODY, fact)], before)
    assert any(x.focus == fact and x.path == "^" + BODY and x.value == doc for x in found)


def test_fact_loses_its_evidence_in_another_graph(quads, before):
    # a fact whose annotations are in other graphs than its own: they go, and it has none
    fact = next(s for _g, s, p, _o in quads if p == PARTNER)
    anns = {s for _g, s, p, o in quads if p == BODY and o == fact}
    home = graph_of(quads, fact, TYPE)
    moved = [(q[0], q[1], q[2], q[3]) for q in quads if q[1] in anns]
    other = next(g for g, _s, _p, _o in quads if "/graph/document/" in g and g != home)
    staged = sorted([q for q in quads if q[1] not in anns] + [(other, *q[1:]) for q in moved])
    r = Revalidation(_compiled(None), staged)  # the annotations held in another graph
    assert r.results() == whole(staged)
    found, r2 = rebuild([q for q in staged if q[1] not in anns], r.state())
    assert any(x.focus == fact and x.path == "^" + BODY for x in found)


def test_missing_node_then_stated(quads, before):
    fact, home = next((s, g) for g, s, p, _o in quads if p == PARTNER)
    ghost = "<https://w3id.org/coalition-lod/partner/nowhere>"
    broken = sorted((g, s, p, ghost) if (s == fact and p == PARTNER) else (g, s, p, o) for g, s, p, o in quads)
    r = Revalidation(_compiled(None), broken)
    assert any(x.focus == fact for x in r.results())
    vocab = graph_of(quads, next(o for _g, _s, p, o in quads if p == PARTNER), TYPE)
    found, r2 = rebuild([*broken, (vocab, ghost, TYPE, f"<{CLOD}State>")], r.state())
    assert not any(x.focus == fact for x in found)


def test_random_edits(quads, before):
    rng = random.Random(7)
    graphs = sorted({g for g, *_ in quads})
    objects = sorted({o for *_x, o in quads})
    for _ in range(12):
        edited = list(quads)
        for _edit in range(rng.randint(1, 4)):
            i = rng.randrange(len(edited))
            g, s, p, o = edited[i]
            kind = rng.choice(["drop", "object", "elsewhere"])
            if kind == "drop":
                del edited[i]
            elif kind == "object":
                edited[i] = (g, s, p, rng.choice(objects))
            else:  # the same statement moved into another graph
                edited[i] = (rng.choice(graphs), s, p, o)
        rebuild(edited, before)
