"""The SPARQL round trip: push a release into a real Oxigraph server over the Graph Store
Protocol, query it through SPARQLWrapper, and get exactly the embedded store's rows;
our own serve answers the same, and negotiates representations of entity IRIs."""

import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from coalition_lod.model import InputError
from coalition_lod.push import graphs_of, push
from coalition_lod.remote import auth_header
from coalition_lod.sparql import run_on_endpoint, run_on_release

from .conftest import QUERIES
from .servers import free_port
from .test_seeds import COLUMNS

CLI = [sys.executable, "-m", "coalition_lod.cli"]


def contract_rows(run) -> dict[str, list]:
    out = {}
    for name in COLUMNS:
        t = run((QUERIES / f"{name}.rq").read_text(encoding="utf-8"), name)
        assert t.columns == COLUMNS[name], name
        out[name] = sorted(tuple(r) for r in t.rows)
    return out


def count_quads(endpoint: str) -> int:
    t = run_on_endpoint(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(t.rows[0][0])


def test_push_then_every_contract_query_equals_the_embedded_store(release, oxigraph):
    done = push(release, oxigraph.store)
    graphs = graphs_of(release)
    assert [d.graph for d in done] == list(graphs)
    assert any(g.endswith("graph/vocabulary") for g in graphs) and any(g.endswith("graph/provenance") for g in graphs)
    assert sum(1 for g in graphs if "/graph/document/" in g) >= 10
    embedded = contract_rows(lambda text, name: run_on_release(release, text, name))
    remote = contract_rows(lambda text, name: run_on_endpoint(oxigraph.query, text, name))
    for name in COLUMNS:
        assert embedded[name], name
        assert remote[name] == embedded[name], name


def test_a_second_push_replaces_rather_than_duplicates(release, oxigraph):
    push(release, oxigraph.store)
    first = count_quads(oxigraph.query)
    assert first == sum(len(ts) for ts in graphs_of(release).values())
    r = subprocess.run(CLI + ["push", str(release), "--endpoint", oxigraph.store], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "pushed" in r.stdout
    assert count_quads(oxigraph.query) == first


def test_push_into_one_graph(release, oxigraph):
    g = "https://example.org/graph/all"
    push(release, oxigraph.store, graph=g)
    n = run_on_endpoint(oxigraph.query, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").rows[0][0]
    nt = list(ox.parse((release / "dataset.nt").read_bytes(), format=ox.RdfFormat.N_TRIPLES))
    assert int(n) == len(nt)
    assert count_quads(oxigraph.query) == len(nt)


def test_push_errors_are_one_line_and_never_show_credentials(release, tmp_path):
    port = free_port()  # nothing listens there
    env = {"COALITION_LOD_USER": "archivist", "COALITION_LOD_PASSWORD": "s3cret-pw", "PATH": "/usr/bin:/bin"}
    url = f"http://archivist:s3cret-pw@127.0.0.1:{port}/store"
    r = subprocess.run(CLI + ["push", str(release), "--endpoint", url], capture_output=True, text=True, env=env)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert f"127.0.0.1:{port}" in r.stderr
    assert "s3cret" not in r.stderr + r.stdout and "Traceback" not in r.stderr
    r = subprocess.run(CLI + ["push", str(tmp_path), "--endpoint", "http://127.0.0.1:1/store"], capture_output=True, text=True)
    assert r.returncode == 2 and "not a release" in r.stderr


def test_credentials_come_from_the_environment():
    assert auth_header({}) == {}
    assert auth_header({"COALITION_LOD_USER": "a", "COALITION_LOD_PASSWORD": "b"}) == {"Authorization": "Basic YTpi"}
    assert auth_header({"COALITION_LOD_TOKEN": "t"}) == {"Authorization": "Bearer t"}


def test_push_refuses_what_is_not_http(release):
    with pytest.raises(InputError, match="not an http"):
        push(release, "file:///etc/passwd")


def test_cli_query_on_the_endpoint_prints_what_it_prints_on_the_release(release, oxigraph):
    push(release, oxigraph.store)
    q = str(QUERIES / "members.rq")
    local = subprocess.run(CLI + ["query", q, "--data", str(release), "--format", "csv"], capture_output=True, text=True, check=True)
    remote = subprocess.run(CLI + ["query", q, "--endpoint", oxigraph.query, "--format", "csv"], capture_output=True, text=True,
                            check=True)
    assert remote.stdout == local.stdout


# --- our own serve ---------------------------------------------------------------

def fetch(url: str, accept: str | None = None, data: bytes | None = None, ctype: str | None = None):
    req = urllib.request.Request(url, data=data, headers={k: v for k, v in (("Accept", accept), ("Content-Type", ctype)) if v})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def test_serve_answers_every_contract_query_as_the_embedded_store(release, served):
    embedded = contract_rows(lambda text, name: run_on_release(release, text, name))
    remote = contract_rows(lambda text, name: run_on_endpoint(served + "/sparql", text, name))
    assert remote == embedded


def test_serve_speaks_the_protocol_and_is_read_only(served):
    q = "SELECT ?code WHERE { ?p <http://purl.org/dc/terms/identifier> ?code } ORDER BY ?code LIMIT 1"
    status, headers, body = fetch(served + "/sparql?" + urllib.parse.urlencode({"query": q}), "text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv") and body.splitlines()[0] == b"code"
    status, headers, body = fetch(served + "/sparql", "application/sparql-results+json", q.encode(), "application/sparql-query")
    assert status == 200 and json.loads(body)["head"]["vars"] == ["code"]
    status, _h, body = fetch(served + "/sparql", None, b"update=" + urllib.parse.quote("INSERT DATA { <a:b> <a:b> <a:c> }").encode(),
                             "application/x-www-form-urlencoded")
    assert status == 403
    status, _h, _b = fetch(served + "/sparql", None, b"INSERT DATA { <a:b> <a:b> <a:c> }", "application/sparql-update")
    assert status == 403
    status, _h, body = fetch(served + "/sparql?" + urllib.parse.urlencode({"query": "SELECT WHERE {"}))
    assert status == 400 and b"malformed" in body
    status, _h, _b = fetch(served + "/%2e%2e/%2e%2e/etc/passwd")
    assert status == 404


def test_serve_negotiates_entity_iris(served):
    status, headers, body = fetch(served + "/partner/al", "text/html")
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"Albania" in body
    assert headers["Vary"] == "Accept"
    status, headers, body = fetch(served + "/partner/al", "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert len(list(ox.parse(body, format=ox.RdfFormat.TURTLE))) > 5
    status, headers, body = fetch(served + "/partner/al", "application/ld+json;q=0.9, text/turtle;q=0.5")
    assert status == 200 and headers["Content-Type"] == "application/ld+json"
    assert len(list(ox.parse(body, format=ox.RdfFormat.JSON_LD))) > 5
    status, _h, _b = fetch(served + "/partner/al", "image/png")
    assert status == 406
    status, headers, _b = fetch(served + "/dataset", "text/turtle")
    assert status == 200 and headers["Content-Location"] == "/void.ttl"
    status, _h, _b = fetch(served + "/partner/no-such-partner", "text/html")
    assert status == 404
