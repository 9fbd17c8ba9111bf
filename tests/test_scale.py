"""The scale-out paths give the same data as the plain one: workers give the same bytes as
one process, shards merged (or pushed together into a store) give the single build."""

from pathlib import Path

import pytest

from coalition_lod.publish import build, convert_lines
from coalition_lod.push import push
from coalition_lod.sparql import run_on_endpoint, run_on_release

from .conftest import PROFILES, QUERIES, ROOT
from .test_seeds import COLUMNS

CORPUS = [PROFILES, ROOT / "tests" / "profiles" / "texts", ROOT / "tests" / "heldout" / "texts"]
CURATION = ROOT / "data" / "curation.yaml"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> Path:
    from bench.generate import Generator

    out = tmp_path_factory.mktemp("synthetic")
    Generator(seed=3).write(out, 150)
    return out


def test_the_generator_is_deterministic(tmp_path):
    from bench.generate import Generator

    a, b = Generator(seed=5).write(tmp_path / "a", 40), Generator(seed=5).write(tmp_path / "b", 40)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert {p.name.split(".")[1] for p in a} == {"en", "fr", "ar"}
    assert any(p.suffix == ".html" for p in a) and any(p.suffix == ".txt" for p in a)


def test_workers_give_the_bytes_of_one_process(synthetic, tmp_path):
    one = build([synthetic], tmp_path / "one", workers=1, with_pages=False)
    two = build([synthetic], tmp_path / "two", workers=2, with_pages=False)
    assert one.documents == 150 and one.facts > 500
    assert (tmp_path / "one" / "SHA256SUMS").read_text() == (tmp_path / "two" / "SHA256SUMS").read_text()
    assert two.timings.stages["ingest+extract"] > 0


def test_merged_shards_equal_the_single_build():
    _ex, _k, single = convert_lines(CORPUS, CURATION)
    merged: set = set()
    sizes = []
    for i in (1, 2, 3):
        _ex, _k, lines = convert_lines(CORPUS, CURATION, shard=(i, 3))
        sizes.append(len(lines))
        merged |= set(lines)
    assert all(sizes) and max(sizes) < len(single)  # each shard is a real slice
    assert merged == set(single)


def test_shards_pushed_together_answer_as_the_single_build(tmp_path, oxigraph):
    whole = tmp_path / "whole"
    build(CORPUS, whole, curation=CURATION, with_pages=False)
    shards = []
    for i in (1, 2):
        shards.append(tmp_path / f"shard-{i}")
        build(CORPUS, shards[-1], curation=CURATION, shard=(i, 2), with_pages=False)
    push(shards, oxigraph.store)
    for name in COLUMNS:
        text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
        local = sorted(map(tuple, run_on_release(whole, text, name).rows))
        remote = sorted(map(tuple, run_on_endpoint(oxigraph.query, text, name).rows))
        assert remote == local, name
