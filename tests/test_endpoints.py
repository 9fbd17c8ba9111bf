"""Failing endpoints, for push and remote query: a real Oxigraph server behind a small
misbehaving one on 127.0.0.1 (down, 500, flaky, slow, 401). Retries are bounded, errors
are one clear line, and a push that failed half-way converges when run again."""

import subprocess
import sys
import time

import pytest

from coalition_lod import remote
from coalition_lod.model import InputError
from coalition_lod.push import graphs_of, push
from coalition_lod.sparql import run_on_endpoint, run_on_release

from .conftest import QUERIES
from .servers import Misbehaving, free_port
from .test_seeds import COLUMNS

CLI = [sys.executable, "-m", "coalition_lod.cli"]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


@pytest.fixture()
def fast_retries(monkeypatch):
    """Retries as in production, with shorter waits, so the tests stay quick."""
    monkeypatch.setattr(remote, "BACKOFF", 0.05)


@pytest.fixture()
def misbehaving():
    made = []

    def make(*args, **kwargs) -> Misbehaving:
        made.append(Misbehaving(*args, **kwargs))
        return made[-1]

    yield make
    for m in made:
        m.stop()


def quads(endpoint: str) -> int:
    return int(run_on_endpoint(endpoint, COUNT).rows[0][0])


def test_a_flaky_store_is_tried_again_and_the_push_completes(release, oxigraph, misbehaving, fast_retries):
    flaky = misbehaving("flaky", oxigraph.url, n=2)
    done = push(release, flaky.url + "/store")
    assert len(done) == len(graphs_of(release))
    assert flaky.requests == len(done) + 2
    assert quads(oxigraph.query) == sum(len(t) for t in graphs_of(release).values())


def test_a_store_that_always_fails_gives_up_after_bounded_attempts(release, misbehaving, fast_retries):
    broken = misbehaving("500")
    t0 = time.perf_counter()
    with pytest.raises(InputError) as e:
        push(release, broken.url + "/store")
    assert time.perf_counter() - t0 < 10
    assert broken.requests == remote.ATTEMPTS
    msg = str(e.value)
    assert msg.startswith(broken.url) and "HTTP 500" in msg and f"{remote.ATTEMPTS} attempts" in msg and "\n" not in msg


def test_401_is_reported_at_once_with_what_to_do(release, misbehaving):
    guarded = misbehaving("401")
    r = subprocess.run(CLI + ["push", str(release), "--endpoint", guarded.url + "/store"], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "HTTP 401" in r.stderr and "COALITION_LOD_USER" in r.stderr
    assert guarded.requests == 1


def test_a_slow_store_times_out(release, oxigraph, misbehaving, fast_retries, monkeypatch):
    monkeypatch.setenv("COALITION_LOD_TIMEOUT", "0.5")
    slow = misbehaving("slow", oxigraph.url, delay=2.0)
    t0 = time.perf_counter()
    with pytest.raises(InputError, match="no answer within 0.5 s"):
        push(release, slow.url + "/store")
    assert time.perf_counter() - t0 < remote.ATTEMPTS * 0.5 + 3


def test_a_store_that_is_down_is_one_line(release, fast_retries):
    url = f"http://127.0.0.1:{free_port()}/store"
    r = subprocess.run(CLI + ["push", str(release), "--endpoint", url], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "cannot reach" in r.stderr and "Traceback" not in r.stderr


def test_a_push_cut_half_way_converges_when_run_again(release, oxigraph, misbehaving, fast_retries):
    clean = sum(len(t) for t in graphs_of(release).values())
    cut = misbehaving("fail-after", oxigraph.url, n=3)
    with pytest.raises(InputError):
        push(release, cut.url + "/store")
    assert 0 < quads(oxigraph.query) < clean  # three whole graphs in, the rest not
    push(release, oxigraph.store)
    assert quads(oxigraph.query) == clean
    push(release, oxigraph.store)
    assert quads(oxigraph.query) == clean
    for name in COLUMNS:
        text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
        assert sorted(map(tuple, run_on_endpoint(oxigraph.query, text, name).rows)) == \
            sorted(map(tuple, run_on_release(release, text, name).rows)), name


def test_remote_query_retries_and_reports(release, oxigraph, misbehaving, fast_retries):
    push(release, oxigraph.store)
    flaky = misbehaving("flaky", oxigraph.url, n=2)
    text = (QUERIES / "members.rq").read_text(encoding="utf-8")
    assert run_on_endpoint(flaky.url + "/query", text).rows == run_on_endpoint(oxigraph.query, text).rows
    broken = misbehaving("500")
    with pytest.raises(InputError, match="HTTP 500"):
        run_on_endpoint(broken.url + "/query", text)
    guarded = misbehaving("401")
    r = subprocess.run(CLI + ["query", str(QUERIES / "members.rq"), "--endpoint", guarded.url + "/query"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "HTTP 401" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_a_slow_endpoint_times_out_for_queries_too(release, oxigraph, misbehaving, fast_retries, monkeypatch):
    push(release, oxigraph.store)
    monkeypatch.setenv("COALITION_LOD_TIMEOUT", "1")
    slow = misbehaving("slow", oxigraph.url, delay=3.0)
    t0 = time.perf_counter()
    with pytest.raises(InputError) as e:
        run_on_endpoint(slow.url + "/query", "ASK { ?s ?p ?o }")
    assert time.perf_counter() - t0 < remote.ATTEMPTS * 1 + 3
    assert slow.url in str(e.value) and f"{remote.ATTEMPTS} attempts" in str(e.value)
