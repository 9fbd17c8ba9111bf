"""The scale-out paths give the same data as the plain one: workers give the same bytes as
one process (a cluster's build: test_cluster.py)."""

from pathlib import Path

import pytest

from coalition_lod.publish import build

from .conftest import PROFILES, ROOT

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
