"""The curation file: applied on every build, checked, and its effect reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from coalition_lod import curate
from coalition_lod.model import InputError
from coalition_lod.publish import build
from coalition_lod.sparql import run_on_release

from .conftest import EN_SEED, QUERIES, ROOT

CURATION = """\
add:
  - {partner: AL, cooperation: IT, why: "a curator's reading"}
  - {partner: AL, mission: EU Training Mission in Somalia, personnel: 3, status: planned}
remove:
  - {partner: AL, line_of_effort: counter_messaging}
correct:
  - {partner: AL, resolution: 2178, relation: supports}
  - {partner: AL, mission: Operation Nowhere, status: ended}
labels:
  - {partner: AL, lang: fr, label: République d'Albanie, preferred: true}
"""


def _rows(out: Path, name: str) -> list[tuple]:
    return [tuple(r) for r in run_on_release(out, (QUERIES / f"{name}.rq").read_text(encoding="utf-8"), name).rows]


@pytest.fixture(scope="module")
def curated(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("curated")
    (tmp / "curation.yaml").write_text(CURATION, encoding="utf-8")
    plain = build([EN_SEED], tmp / "plain")
    cur = build([EN_SEED], tmp / "curated", curation=tmp / "curation.yaml")
    return plain, cur


def test_curation_adds_removes_and_corrects(curated):
    plain, cur = curated
    assert ("AL", "IT") not in _rows(plain.out, "cooperation")
    assert ("AL", "IT") in _rows(cur.out, "cooperation")
    assert ("AL", "counter_messaging") in _rows(plain.out, "lines-of-effort")
    assert ("AL", "counter_messaging") not in _rows(cur.out, "lines-of-effort")
    res = {r[2]: r[4] for r in _rows(cur.out, "resolutions")}
    assert res["2178"] == "supports"
    missions = {r[2]: (r[3], r[4]) for r in _rows(cur.out, "missions")}
    assert missions["EU Training Mission in Somalia"] == ("3", "planned")


def test_curated_fact_cites_the_curation_entry_as_evidence(curated):
    _plain, cur = curated
    ev = [r for r in _rows(cur.out, "evidence") if str(r[5]).endswith("curation.yaml")]
    assert len(ev) == 2
    assert any("cooperation: IT" in r[2] for r in ev)


def test_build_report_lists_every_entry(curated):
    _plain, cur = curated
    report = (cur.out / "build-report.txt").read_text(encoding="utf-8")
    assert "added cooperation IT of AL" in report
    assert "removed line_of_effort counter_messaging of AL" in report
    assert "corrected resolution 2178 of AL: relation cosponsors -> supports" in report
    assert "not applied: no mission Operation Nowhere of AL" in report
    assert "label fr \"République d'Albanie\"" in report
    labels = {(r[1], r[2]) for r in _rows(cur.out, "labels") if r[0].endswith("/partner/al")}
    assert ("fr", "République d'Albanie") in labels


@pytest.mark.parametrize(("text", "problem"), [
    ("add:\n  - {partner: ZZ, cooperation: IT}\n", ":2: unknown partner 'ZZ'"),
    ("add:\n  - {partner: AL}\n", ":2: an entry needs exactly one of"),
    ("correct:\n  - {partner: AL, mission: X, status: paused}\n", ":2: status 'paused'"),
    ("remove:\n  - {partner: AU, cooperation: IT}\n", "code AU is shared by"),
    ("rename:\n  - {partner: AL}\n", ":1: unknown section 'rename'"),
    ("add:\n  - {partner: AL, cooperation: [IT\n", ": not valid YAML"),
])
def test_bad_curation_names_file_and_line(tmp_path, text, problem):
    path = tmp_path / "curation.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as e:
        curate.load(path)
    assert str(e.value).startswith(str(path)) and problem in str(e.value)
    assert "\n" not in str(e.value)


def test_bundled_curation_is_valid_and_applies():
    cur = curate.load(ROOT / "data" / "curation.yaml")
    assert cur.entries
