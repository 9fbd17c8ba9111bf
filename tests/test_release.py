"""The release: formats parse back to the same graph, builds are reproducible and atomic, the CLI behaves."""

import hashlib
import subprocess
import sys

import rdflib
from rdflib.compare import isomorphic

from coalition_lod.publish import build
from coalition_lod.query import run_on_release

from .conftest import EN_SEED, PROFILES, QUERIES
from .test_seeds import COLUMNS

CLI = [sys.executable, "-m", "coalition_lod.cli"]


def test_turtle_jsonld_and_ntriples_are_isomorphic(release):
    graphs = {fmt: rdflib.Graph().parse(release / f"dataset.{ext}", format=fmt)
              for fmt, ext in (("turtle", "ttl"), ("nt", "nt"), ("json-ld", "jsonld"))}
    assert len(graphs["nt"]) > 1000
    assert isomorphic(graphs["turtle"], graphs["nt"])
    assert isomorphic(graphs["json-ld"], graphs["nt"])


def test_release_contents(release):
    names = {p.name for p in release.iterdir()}
    assert {"dataset.ttl", "dataset.nt", "dataset.jsonld", "context.jsonld", "ontology.ttl", "shapes.ttl",
            "validation-report.ttl", "build-report.txt"} <= names


def test_every_contract_query_has_the_contract_columns(release):
    for name, cols in COLUMNS.items():
        t = run_on_release(release, (QUERIES / f"{name}.rq").read_text(encoding="utf-8"), name)
        assert t.columns == cols, name
        assert t.rows, name


def digests(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build([PROFILES], a)
    build([PROFILES], b)
    assert digests(a) == digests(b)


def test_a_failed_build_leaves_the_previous_release_untouched(tmp_path):
    out = tmp_path / "dist"
    build([EN_SEED], out)
    before = digests(out)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe broken")
    r = subprocess.run(CLI + ["build", str(bad), "--out", str(out)], capture_output=True, text=True)
    assert r.returncode == 2
    assert str(bad) in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert digests(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dist")]


def test_cli_query_csv_and_validate(release):
    r = subprocess.run(CLI + ["query", str(QUERIES / "members.rq"), "--data", str(release), "--format", "csv"],
                       capture_output=True, text=True, check=True)
    lines = r.stdout.splitlines()
    assert lines[0] == "code,partner,label"
    assert "AL,https://w3id.org/coalition-lod/partner/al,Albania" in lines
    r = subprocess.run(CLI + ["validate", str(release)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_validate_exit_codes(tmp_path, release):
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix clod: <https://w3id.org/coalition-lod/ontology#> .\n"
                      "<https://w3id.org/coalition-lod/partner/x> a clod:State .\n", encoding="utf-8")
    r = subprocess.run(CLI + ["validate", str(broken)], capture_output=True, text=True)
    assert r.returncode == 1
    malformed = tmp_path / "malformed.ttl"
    malformed.write_text("<a> <b> .\n", encoding="utf-8")
    r = subprocess.run(CLI + ["validate", str(malformed)], capture_output=True, text=True)
    assert r.returncode == 2 and str(malformed) in r.stderr and "Traceback" not in r.stderr


def test_malformed_query_is_one_clear_line(release):
    r = subprocess.run(CLI + ["query", "SELECT ?x WHERE { ?x", "--data", str(release)], capture_output=True, text=True)
    assert r.returncode == 2 and "malformed SPARQL" in r.stderr and "Traceback" not in r.stderr
