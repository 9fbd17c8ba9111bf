"""A build killed (SIGKILL, workers and all) at random moments leaves the previous release
intact, and the next build removes what the killed one left."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from .test_release import digests

CLI = [sys.executable, "-m", "coalition_lod.cli"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from bench.generate import Generator

    out = tmp_path_factory.mktemp("corpus")
    Generator(seed=11).write(out, 200)
    return out


def start_build(corpus, out):
    return subprocess.Popen(CLI + ["build", str(corpus), "--out", str(out), "--workers", "2", "-q"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)


def test_killed_builds_leave_the_previous_release_and_are_cleaned_up(corpus, tmp_path):
    out = tmp_path / "dist"
    t0 = time.perf_counter()
    first = start_build(corpus, out)
    assert first.wait(timeout=300) == 0, first.stderr.read()
    duration = time.perf_counter() - t0
    before = digests(out)
    rng = random.Random(7)
    moments = sorted(rng.uniform(0.05, duration * 1.1) for _ in range(8))
    for moment in moments:
        proc = start_build(corpus, out)
        time.sleep(moment)
        os.killpg(proc.pid, signal.SIGKILL)  # the build and its workers
        proc.wait(timeout=30)
        assert out.is_dir(), f"no release after a kill at {moment:.2f} s"
        r = subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=out, capture_output=True, text=True)
        assert r.returncode == 0, f"kill at {moment:.2f} s: {r.stdout}{r.stderr}"
        assert digests(out) == before  # the same input: a completed rebuild is byte-identical too
    last = start_build(corpus, out)
    assert last.wait(timeout=300) == 0
    assert digests(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist"]  # nothing left beside it
