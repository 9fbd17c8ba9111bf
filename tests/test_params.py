"""Values passed to queries are bound as RDF terms, never pasted into the query's text:
injection strings match nothing and change nothing, on the embedded store and on a real
remote endpoint alike."""

import subprocess
import sys

import pytest

from coalition_lod.model import InputError
from coalition_lod.push import push
from coalition_lod.sparql import parse_params, run_on_endpoint, run_on_release

from .conftest import QUERIES

CLI = [sys.executable, "-m", "coalition_lod.cli"]
MISSIONS = (QUERIES / "missions.rq").read_text(encoding="utf-8")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"

INJECTIONS = [
    'AL" } ; DROP ALL ; #',
    'AL" . ?x ?y ?z } UNION { ?fact ?p ?o',
    "AL\" }\nINSERT DATA { <urn:evil> <urn:evil> <urn:evil> }\n#",
    "AL' } #",
    "AL\\\" } #",
    "} } } { { {",
    "AL\u0000",
    "<https://w3id.org/coalition-lod/partner/al> } UNION { ?fact ?p ?o",
    "?code",
    "AL\" ) } VALUES ?code { \"JO",
]


def rows(table):
    return sorted(map(tuple, table.rows))


def bound(value):
    """The value as a parameter, or None where it is refused as no RDF term (also safe)."""
    try:
        return parse_params([f"code={value}"], MISSIONS)
    except InputError as e:
        assert value.startswith(("<", '"')) and "RDF term" in str(e)
        return None


def test_a_bound_value_selects_as_a_filter_would(release):
    everything = run_on_release(release, MISSIONS)
    albania = run_on_release(release, MISSIONS, params=parse_params(["code=AL"], MISSIONS))
    assert albania.rows and rows(albania) == sorted(tuple(r) for r in everything.rows if r[0] == "AL")


@pytest.mark.parametrize("value", INJECTIONS)
def test_injection_strings_match_nothing_on_the_embedded_store(release, value):
    before = run_on_release(release, COUNT).rows
    params = bound(value)
    if params is not None:
        assert run_on_release(release, MISSIONS, params=params).rows == []
    assert run_on_release(release, COUNT).rows == before


def test_injection_strings_match_nothing_on_a_remote_endpoint(release, oxigraph):
    push(release, oxigraph.store)
    before = run_on_endpoint(oxigraph.query, COUNT).rows
    assert rows(run_on_endpoint(oxigraph.query, MISSIONS, params=parse_params(["code=AL"], MISSIONS))) == \
        rows(run_on_release(release, MISSIONS, params=parse_params(["code=AL"], MISSIONS)))
    tried = 0
    for value in INJECTIONS:
        params = bound(value)
        if params is not None:
            tried += 1
            assert run_on_endpoint(oxigraph.query, MISSIONS, params=params).rows == [], value
    assert tried >= len(INJECTIONS) - 1
    assert run_on_endpoint(oxigraph.query, COUNT).rows == before


def test_terms_other_than_strings(release):
    q = "SELECT ?code WHERE { ?partner <http://purl.org/dc/terms/identifier> ?code }"
    t = run_on_release(release, q, params=parse_params(["partner=<https://w3id.org/coalition-lod/partner/jo>"], q))
    assert t.rows == [["JO"]]
    with pytest.raises(InputError, match="not an RDF term"):
        parse_params(['partner=<not an iri'], q)
    with pytest.raises(InputError, match="not one RDF term|not an RDF term"):
        parse_params(['partner="a" . <urn:a> <urn:b> "c"'], q)
    with pytest.raises(InputError, match="no variable"):
        parse_params(["nothing=1"], q)
    with pytest.raises(InputError, match="NAME=VALUE"):
        parse_params(["1bad=1"], q)


def test_cli_param(release):
    r = subprocess.run(CLI + ["query", str(QUERIES / "members.rq"), "--data", str(release), "--format", "csv",
                              "--param", "code=JO"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.splitlines()[1:] == ["JO,https://w3id.org/coalition-lod/partner/jo,Jordan"]
