"""A build on a Dask cluster gives the local build's release, byte for byte: on a
LocalCluster of two worker processes, and on a real ``dask scheduler`` with two ``dask
worker`` processes on 127.0.0.1; a worker killed mid-build is survived or fails in one
line with the previous release untouched; inputs come from anywhere fsspec reads."""

from __future__ import annotations

import itertools
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from coalition_lod import api
from coalition_lod.cluster import ClusterFailed, partition
from coalition_lod.ingest import collect

from .conftest import ROOT
from .servers import DaskCluster, free_port
from .test_scale import CORPUS, CURATION

pytest.importorskip("distributed")

GENRES = ROOT / "tests" / "genres" / "texts"


def same_release(a: Path, b: Path) -> None:
    """Every file of the two releases, the checksums first (they cover the rest)."""
    assert (a / "SHA256SUMS").read_text() == (b / "SHA256SUMS").read_text()
    assert sorted(p.relative_to(a) for p in a.rglob("*")) == sorted(p.relative_to(b) for p in b.rglob("*"))


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> tuple[list[Path], Path]:
    """2,000 generated profiles with the repository's own texts, and their local release."""
    from bench.generate import Generator

    corpus = tmp_path_factory.mktemp("generated")
    Generator(seed=11).write(corpus, 2000)
    inputs = [corpus, *CORPUS]
    out = tmp_path_factory.mktemp("local") / "release"
    api.build(inputs, out, curation=CURATION, workers=2, use_cache=False)
    return inputs, out


def test_a_local_cluster_gives_the_local_release(tmp_path):
    inputs = [*CORPUS, GENRES]
    local = api.build(inputs, tmp_path / "local", curation=CURATION, workers=2, use_cache=False)
    said: list[str] = []
    on = api.build(inputs, tmp_path / "cluster", curation=CURATION, workers=2, use_cache=False, scheduler="local",
                   progress=said.append)
    same_release(tmp_path / "local", tmp_path / "cluster")
    assert on.summary == local.summary and on.triples == local.triples
    assert "curation:" in on.summary and "added cooperation" in on.summary  # the curation ran on the cluster
    assert on.knowledge is None  # no one process holds it
    assert any(m.startswith("cluster: 2 workers") for m in said), said


def test_a_scheduler_and_two_worker_processes_give_the_local_release(big, tmp_path):
    inputs, local = big
    cluster = DaskCluster(workers=2)
    try:
        said: list[str] = []
        result = api.build(inputs, tmp_path / "release", curation=CURATION, use_cache=False,
                           scheduler=cluster.address, progress=said.append)
        with cluster.client() as c:  # both workers did part of the work
            assert len(c.scheduler_info()["workers"]) == 2
    finally:
        cluster.stop()
    same_release(local, tmp_path / "release")
    assert result.documents > 2000
    line = next(m for m in said if m.startswith("cluster:"))
    parts = int(line.split(" in ")[1].split()[0])
    assert parts >= 2, line  # the inputs were cut into partitions
    assert result.extracted == result.documents - 1  # every text extracted afresh; the curation file is not a text


def test_a_worker_killed_mid_build_is_survived_or_fails_in_one_line(big, tmp_path):
    inputs, local = big
    out = tmp_path / "release"
    api.build(CORPUS, out, curation=CURATION, workers=1, use_cache=False, pages=False)  # the previous release
    before = (out / "SHA256SUMS").read_text()
    cluster = DaskCluster(workers=2)
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = api.build(inputs, out, curation=CURATION, use_cache=False, pages=False,
                                          scheduler=cluster.address)
        except ClusterFailed as e:
            outcome["error"] = e

    try:
        builder = threading.Thread(target=run)
        builder.start()
        killed = None
        with cluster.client() as c:
            deadline = time.monotonic() + 60
            while killed is None and time.monotonic() < deadline and builder.is_alive():
                busy = [w for w, tasks in c.processing().items() if tasks]
                names = {w: info["name"] for w, info in c.scheduler_info()["workers"].items()}
                if busy and any("extract_part" in str(k) for k in c.processing()[busy[0]]):
                    victim = cluster.workers[int(str(names[busy[0]])[1:])]
                    os.kill(victim.pid, signal.SIGKILL)
                    killed = victim
                time.sleep(0.05)
        assert killed is not None, "no worker was busy extracting"
        builder.join(300)
        assert not builder.is_alive()
    finally:
        cluster.stop()
    assert killed.wait(5) == -signal.SIGKILL
    if "error" in outcome:  # the build failed: one line, and the previous release as it was
        assert "\n" not in str(outcome["error"])
        assert (out / "SHA256SUMS").read_text() == before
    else:  # Dask ran the lost tasks again on the other worker: the same data
        for name in ("dataset.nt", "dataset.trig", "dataset.jsonld"):
            assert (out / name).read_bytes() == (local / name).read_bytes(), name


def test_a_cluster_left_without_workers_fails_in_one_line(big, tmp_path, monkeypatch):
    import coalition_lod.cluster

    monkeypatch.setattr(coalition_lod.cluster, "NO_WORKERS", 3.0)  # instead of a minute
    inputs, _local = big
    out = tmp_path / "release"
    api.build(CORPUS, out, curation=CURATION, workers=1, use_cache=False, pages=False)
    before = (out / "SHA256SUMS").read_text()
    cluster = DaskCluster(workers=2)
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            api.build(inputs, out, use_cache=False, pages=False, scheduler=cluster.address)
        except ClusterFailed as e:
            outcome["error"] = e

    try:
        builder = threading.Thread(target=run)
        builder.start()
        with cluster.client() as c:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and not any(c.processing().values()):
                time.sleep(0.05)
        for w in cluster.workers:  # every worker gone mid-build
            os.kill(w.pid, signal.SIGKILL)
        builder.join(120)
        assert not builder.is_alive()
    finally:
        cluster.stop()
    message = str(outcome["error"])
    assert "\n" not in message and "no worker left" in message and cluster.address in message
    assert (out / "SHA256SUMS").read_text() == before


def test_texts_from_an_fsspec_url_on_a_cluster(tmp_path):
    import fsspec
    from distributed import LocalCluster

    fs = fsspec.filesystem("memory")
    disk = tmp_path / "texts"
    disk.mkdir()
    for folder in CORPUS[:2]:
        for f in sorted(folder.glob("*.txt"))[:6]:
            fs.pipe(f"/corpus/{f.name}", f.read_bytes())
            (disk / f.name).write_bytes(f.read_bytes())
    fs.pipe("/corpus/notes.json", b"{}")  # not a text: left out, as in a folder
    api.build([disk], tmp_path / "disk", no_curation=True, workers=1, use_cache=False)
    # memory:// lives in this process: a cluster of threads here (inproc://, no socket) reads it
    with LocalCluster(n_workers=2, processes=False, threads_per_worker=1, dashboard_address=None) as lc:
        api.build(["memory://corpus"], tmp_path / "memory", no_curation=True, use_cache=False, scheduler=lc.scheduler_address)
    same_release(tmp_path / "disk", tmp_path / "memory")
    api.build(["memory://corpus/*.en.txt"], tmp_path / "glob", no_curation=True, workers=1, use_cache=False)
    docs = (tmp_path / "glob" / "build-report.txt").read_text()
    assert ".en.txt (en)" in docs and ".fr.txt" not in docs and ".ar.txt" not in docs
    fs.rm("/corpus", recursive=True)


def test_an_unreachable_scheduler_is_one_line_and_nothing_is_written(tmp_path):
    address = f"tcp://127.0.0.1:{free_port()}"
    env = {**os.environ, "COALITION_LOD_SCHEDULER": address}
    run = subprocess.run([sys.executable, "-m", "coalition_lod", "build", str(CORPUS[0]), "--out", str(tmp_path / "out"),
                          "--no-cache", "-q"], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode != 0
    assert run.stderr.strip().count("\n") == 0 and address in run.stderr and "Dask scheduler" in run.stderr, run.stderr
    assert not (tmp_path / "out").exists()


def test_partitions_are_cut_by_size_not_count(tmp_path):
    for n in range(40):  # ten large texts among thirty small ones
        (tmp_path / f"t{n:02}.en.txt").write_text(("Spain. " * (40_000 if n % 4 == 0 else 100)) + "\n")
    items = collect([tmp_path])
    parts = partition(items, threads=2, smallest=1)
    sizes = [sum(Path(p).stat().st_size for p, _ in chunk) for _first, chunk in parts]
    assert [p for _first, chunk in parts for p, _root in chunk] == [p for p, _root in items]  # each once, in order
    assert [first for first, _ in parts] == [0, *itertools.accumulate(len(chunk) for _, chunk in parts[:-1])]
    target = sum(sizes) // 8  # 2 threads, 4 partitions each
    assert len(parts) >= 4 and all(target <= s < target + 280_100 for s in sizes[:-1])  # even in bytes
    assert len({len(chunk) for _, chunk in parts}) > 1  # not in count


def test_validating_the_parts_finds_what_validating_the_whole_finds():
    """The cluster's tasks, run here on the repository's texts; parts damaged as a bug
    would damage them (an evidence link gone, a document's language gone, a whole
    document gone); the parts' results, with the join of cited and held documents, are
    the whole release's results."""
    import heapq

    from coalition_lod.cluster import tasks
    from coalition_lod.convert import ontology_lines
    from coalition_lod.reconcile import merge_names
    from coalition_lod.shacl import ordered
    from coalition_lod.validate import _compiled, validate_part

    settings = tasks.Settings()
    chunks = partition(collect(CORPUS), threads=2, smallest=1)
    parts = [tasks.extract_part(chunk, first, settings) for first, chunk in chunks]
    names = merge_names(*(tasks.names_read(p) for p in parts))
    routed = [tasks.route(p, names, 3, settings) for p in parts]
    buckets = [tasks.reconcile_bucket(tasks.combine(*(r[b] for r in routed)), names, settings) for b in range(3)]
    bucket_parts = [tasks.bucket_lines(k, settings, 2).lines for k in buckets]
    doc_parts = [tasks.partition_documents(p, settings, 2).lines for p in parts]
    assert len(parts) > 1 and all(bucket_parts) and all(doc_parts)

    has_body = "<http://www.w3.org/ns/oa#hasBody>"
    language = "<http://purl.org/dc/terms/language>"
    dropped = next(s for _g, s, p, _o in doc_parts[0] if p == language)
    gone = next(s for _g, s, p, _o in doc_parts[-1] if p == language and s != dropped)
    bucket_parts[0] = [q for q in bucket_parts[0] if q[2] != has_body]  # facts without evidence
    doc_parts[0] = [q for q in doc_parts[0] if not (q[1] == dropped and q[2] == language)]
    doc_parts[-1] = [q for q in doc_parts[-1] if q[1] != gone and q[3] != gone]  # a document cited but not there

    def rows(lines):
        return list(heapq.merge(lines, ontology_lines()))

    checked = [validate_part(rows(lines)) for lines in bucket_parts + doc_parts]
    held = {q[1] for lines in doc_parts for q in lines if q[3] == "<https://w3id.org/coalition-lod/ontology#Document>"}
    absent = {d for _r, cited in checked for d in cited} - held
    assert absent == {gone}
    again = [validate_part(rows(lines), absent)[0] for lines in bucket_parts] + [r for r, _c in checked[len(bucket_parts):]]
    whole = _compiled(None).validate_quads(rows(sorted({q for lines in bucket_parts + doc_parts for q in lines})))
    assert ordered(r for rs in again for r in rs) == ordered(whole)
    components = {(r.component, r.path) for r in whole}
    assert ("MinCountConstraintComponent", f"^{has_body}") in components
    assert ("MinCountConstraintComponent", language) in components
    assert ("ClassConstraintComponent", "<http://www.w3.org/ns/prov#wasDerivedFrom>") in components


def test_bad_input_on_a_cluster_is_one_line_naming_the_file(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    for f in sorted(CORPUS[0].glob("*.txt"))[:3]:
        (texts / f.name).write_bytes(f.read_bytes())
    (texts / "zz-bad.en.txt").write_bytes(b"\xff\xfeb\x00a\x00d\x00")
    run = subprocess.run([sys.executable, "-m", "coalition_lod", "build", str(texts), "--out", str(tmp_path / "out"),
                          "--scheduler", "local", "--workers", "2", "--no-cache", "-q"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 2
    assert run.stderr.strip().splitlines() == [f"coalition-lod: {texts / 'zz-bad.en.txt'}: UTF-16 text (it starts with a "
                                               "byte-order mark); save it as UTF-8"], run.stderr
    assert not (tmp_path / "out").exists()


def test_the_workers_share_the_extraction_cache(tmp_path):
    inputs = CORPUS[:1]
    first = api.build(inputs, tmp_path / "a", no_curation=True, cache_dir=tmp_path / "cache", scheduler="local",
                      workers=2, pages=False)
    again = api.build(inputs, tmp_path / "b", no_curation=True, cache_dir=tmp_path / "cache", scheduler="local",
                      workers=2, pages=False)
    assert first.extracted == first.documents > 0 and again.extracted == 0
    assert (tmp_path / "a" / "SHA256SUMS").read_text() == (tmp_path / "b" / "SHA256SUMS").read_text()
