"""serve: loopback by default, read-only unless asked, queries stopped at the timeout and
results at the size limit, and a bounded load test with zero errors."""

import json
import time
import urllib.parse

import pytest

from coalition_lod.serve import make_server, serve_in_thread

from .test_roundtrip import fetch

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"  # 10^12 rows to count


@pytest.fixture()
def server(release):
    made = []

    def start(**options) -> str:
        srv, thread = serve_in_thread(release, **options)
        made.append((srv, thread))
        host, port = srv.server_address[:2]
        return f"http://{host}:{port}"

    yield start
    for srv, thread in made:
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=10)


def query(base: str, text: str, accept: str = "application/sparql-results+json"):
    return fetch(base + "/sparql", accept, urllib.parse.urlencode({"query": text}).encode(), "application/x-www-form-urlencoded")


def test_loopback_by_default(release):
    srv = make_server(release, port=0, quiet=True, workers=1)
    try:
        assert srv.server_address[0] == "127.0.0.1"
    finally:
        srv.server_close()


def test_a_runaway_query_is_stopped_and_the_server_goes_on(server):
    base = server(timeout=1.0, workers=1)
    t0 = time.perf_counter()
    status, _h, body = query(base, HEAVY)
    assert status == 503 and b"longer than 1 s" in body
    assert time.perf_counter() - t0 < 10
    status, _h, body = query(base, "ASK { ?s ?p ?o }")  # a fresh worker took over
    assert status == 200 and json.loads(body)["boolean"] is True


def test_results_past_the_size_limit_are_refused(server):
    base = server(max_bytes=200_000)
    status, _h, body = query(base, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 413 and b"LIMIT" in body
    status, _h, _b = query(base, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")
    assert status == 200


def test_read_only_unless_asked(server):
    update = urllib.parse.urlencode({"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}).encode()
    ro = server()
    status, _h, body = fetch(ro + "/sparql", None, update, "application/x-www-form-urlencoded")
    assert status == 403 and b"read-only" in body
    rw = server(writable=True)
    status, _h, _b = fetch(rw + "/sparql", None, update, "application/x-www-form-urlencoded")
    assert status == 204
    for _ in range(4):  # every worker answers from the updated data
        status, _h, body = query(rw, "ASK { <urn:a> <urn:b> <urn:c> }")
        assert json.loads(body)["boolean"] is True
    status, _h, body = query(ro, "ASK { <urn:a> <urn:b> <urn:c> }")
    assert json.loads(body)["boolean"] is False


def test_bounded_load_has_no_errors(server, release):
    from bench.load import run

    base = server()
    result = run(base, release, clients=20, total=2000)
    assert result.errors == [], result.errors[:3]
    assert len(result.latencies) == 2000
    print("\n" + result.summary())
