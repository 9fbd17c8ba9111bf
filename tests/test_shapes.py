"""Each shape rejects a broken example; the unbroken example conforms."""

import pyoxigraph as ox
import pytest

from coalition_lod.namespaces import BASE, CLOD, DCT, OA, PROV, RDF, SKOS, XSD, concept
from coalition_lod.rdf import parse_file
from coalition_lod.validate import ontology_path, validate_triples

N = ox.NamedNode
A = RDF + "type"
AL = BASE + "partner/al"
DOC = BASE + "document/d"
FACT = BASE + "fact/f"
MIS = BASE + "mission/m"


def lit(v, lang=None, dtype=None):
    return ox.Literal(str(v), language=lang) if lang else ox.Literal(str(v), datatype=N(dtype) if dtype else None)


def base_graph():
    t = [
        (AL, A, N(CLOD + "State")), (AL, DCT + "identifier", lit("AL")), (AL, SKOS + "prefLabel", lit("Albania", "en")),
        (DOC, A, N(CLOD + "Document")), (DOC, DCT + "language", lit("en")), (DOC, DCT + "source", lit("d.txt")),
        (DOC, "https://schema.org/text", lit("Albania sends six.")),
        (MIS, A, N(CLOD + "Mission")), (MIS, SKOS + "prefLabel", lit("NATO Mission Iraq", "en")),
        (FACT, A, N(CLOD + "MissionContribution")), (FACT, CLOD + "partner", N(AL)), (FACT, CLOD + "mission", N(MIS)),
        (FACT, CLOD + "personnel", lit(6, dtype=XSD + "nonNegativeInteger")),
        (FACT, CLOD + "status", N(concept("status", "planned"))),
        (FACT, PROV + "wasDerivedFrom", N(DOC)),
        (FACT + "e", A, N(OA + "Annotation")), (FACT + "e", OA + "hasBody", N(FACT)),
        (FACT + "e", OA + "hasTarget", N(FACT + "t")), (FACT + "t", OA + "hasSource", N(DOC)),
        (FACT + "t", OA + "hasSelector", N(FACT + "s")),
        (FACT + "s", OA + "start", lit(0, dtype=XSD + "nonNegativeInteger")),
        (FACT + "s", OA + "end", lit(18, dtype=XSD + "nonNegativeInteger")),
        (FACT + "s", OA + "exact", lit("Albania sends six.", "en")),
    ]
    return [(s, p, o if isinstance(o, ox.Literal | ox.NamedNode) else N(o)) for s, p, o in t]


def graph(triples, drop=(), add=()):
    dropped = [x for x in triples if (x[0], x[1]) not in drop]
    full = dropped + list(add)
    return [ox.Triple(N(s), N(p), o) for s, p, o in full] + parse_file(ontology_path())


def test_the_example_conforms():
    assert validate_triples(graph(base_graph())).conforms


BROKEN = {
    "negative personnel": ([(FACT, CLOD + "personnel")], [(FACT, CLOD + "personnel", lit(-1, dtype=XSD + "integer"))]),
    "status not in list": ([(FACT, CLOD + "status")], [(FACT, CLOD + "status", N(BASE + "concept/status/paused"))]),
    "lower-case state code": ([(AL, DCT + "identifier")], [(AL, DCT + "identifier", lit("al"))]),
    "no label": ([(AL, SKOS + "prefLabel")], []),
    "label in another language": ([], [(AL, SKOS + "prefLabel", lit("Albanien", "de"))]),
    "fact without evidence": ([(FACT + "e", OA + "hasBody")], []),
    "fact without partner": ([(FACT, CLOD + "partner")], []),
    "fact without source document": ([(FACT, PROV + "wasDerivedFrom")], []),
    "evidence span backwards": ([(FACT + "s", OA + "end")], [(FACT + "s", OA + "end", lit(0, dtype=XSD + "nonNegativeInteger"))]),
    "document in another language": ([(DOC, DCT + "language")], [(DOC, DCT + "language", lit("de"))]),
    "mission contribution without mission": ([(FACT, CLOD + "mission")], []),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_example_is_rejected(case):
    drop, add = BROKEN[case]
    report = validate_triples(graph(base_graph(), drop, add))
    assert not report.conforms and report.violations >= 1


R = BASE + "resolution/unsc-2178"
S = BASE + "strategy/s"
F2 = BASE + "fact/g"


def stance(kind, obj, rel):
    return [(F2, A, N(CLOD + kind)), (F2, CLOD + "partner", N(AL)), (F2, CLOD + ("resolution" if kind == "ResolutionStance" else "strategy"), N(obj)),
            (F2, CLOD + "relation", N(rel)), (F2, PROV + "wasDerivedFrom", N(DOC)), (FACT + "e", OA + "hasBody", N(F2))]


def resolution(body="unsc", number="2178"):
    return [(R, A, N(CLOD + "Resolution")), (R, SKOS + "prefLabel", lit("UNSC Resolution 2178", "en")),
            (R, CLOD + "body", N(BASE + f"concept/body/{body}")), (R, CLOD + "resolutionNumber", lit(number))]


def strategy(scope="national"):
    return [(S, A, N(CLOD + "Strategy")), (S, SKOS + "prefLabel", lit("National Security Strategy", "en")),
            (S, CLOD + "scope", N(BASE + f"concept/scope/{scope}"))]


def test_resolution_and_strategy_examples_conform():
    ok = graph(base_graph(), [(FACT + "e", OA + "hasBody")],
               resolution() + stance("ResolutionStance", R, concept("resolution_relation", "cosponsors"))
               + [(FACT + "e", OA + "hasBody", N(FACT))])
    # one annotation with two bodies breaks maxCount: give the stance its own annotation
    ok = [t for t in ok if not (t.subject.value == FACT + "e" and t.predicate.value == OA + "hasBody"
                                and t.object.value == F2)]
    ok += [ox.Triple(N(F2 + "e"), N(A), N(OA + "Annotation")), ox.Triple(N(F2 + "e"), N(OA + "hasBody"), N(F2)),
           ox.Triple(N(F2 + "e"), N(OA + "hasTarget"), N(FACT + "t"))]
    assert validate_triples(ok).conforms


@pytest.mark.parametrize(("case", "extra"), [
    ("resolution body not UN", lambda: resolution(body="nato")),
    ("resolution number not a number", lambda: resolution(number="twenty")),
    ("strategy scope not in list", lambda: strategy(scope="global")),
    ("resolution relation not in list", lambda: resolution() + stance("ResolutionStance", R, concept("strategy_relation", "adopts"))),
    ("strategy relation not in list", lambda: strategy() + stance("StrategyStance", S, concept("resolution_relation", "cosponsors"))),
    ("line of effort not in list", lambda: [(F2, A, N(CLOD + "LineOfEffortEngagement")), (F2, CLOD + "partner", N(AL)),
                                            (F2, CLOD + "lineOfEffort", N(BASE + "concept/line-of-effort/space"))]),
])
def test_other_broken_examples_are_rejected(case, extra):
    report = validate_triples(graph(base_graph(), add=extra()))
    assert not report.conforms and report.violations >= 1
