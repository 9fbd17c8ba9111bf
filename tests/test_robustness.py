"""Bad input gives a correct build or one clear error line with a non-zero exit: never a
traceback, never a hang, memory bounded. Property tests (hypothesis) over ingest and the
whole build, and a table of the inputs people actually get wrong."""

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coalition_lod.ingest import read_document
from coalition_lod.model import InputError
from coalition_lod.publish import build
from coalition_lod.resources import data_path

from .conftest import EN_SEED, ROOT

CLI = [sys.executable, "-m", "coalition_lod.cli"]
LIMIT_BYTES = 2 * 1024**3  # address space a build may use in these tests


def run_cli(args: list[str], env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    def bounded() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))

    return subprocess.run(CLI + args, capture_output=True, text=True, timeout=timeout, preexec_fn=bounded,
                          env={**os.environ, **(env or {})})


def assert_clean_failure(r: subprocess.CompletedProcess, name: str) -> None:
    assert r.returncode == 2, (r.returncode, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert name in lines[0] and "Traceback" not in r.stderr


# --- the inputs people get wrong -------------------------------------------------------

ALBANIA = "Albania joined the Global Coalition against Daesh in 2014 and sent six trainers to NATO Mission Iraq."

CASES = {
    "empty.txt": (b"", "no text"),
    "blank.txt": (b" \n\t\n  ", "no text"),
    "utf16.en.txt": (ALBANIA.encode("utf-16"), "UTF-16"),
    "latin1.fr.txt": ("L'Albanie a rejoint la Coalition mondiale contre Daech en 2014, élan.".encode("latin-1"), "not UTF-8"),
    "random.txt": (bytes(range(256)) * 40, "not UTF-8"),
    "nul.txt": (b"Albania\x00joined the Coalition", "binary"),
    "controls.txt": (b"Albania \x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x11 joined", "binary"),
    "nested.html": (b"<div>" * 100_000 + ALBANIA.encode() + b"</div>" * 100_000, "nested"),
    "quotes.md": (b"# Albania\n\n" + b"> " * 2000 + ALBANIA.encode() + b"\n", "nested"),
    "image.html": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "not UTF-8"),
    "huge.en.txt": (None, "too large"),  # 50 MB, made by the test
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_files_are_one_clear_line(tmp_path, name):
    data, message = CASES[name]
    path = tmp_path / name
    if data is None:
        with open(path, "wb") as f:
            f.write((ALBANIA + "\n").encode() * (50 * 1024 * 1024 // (len(ALBANIA) + 1)))
    else:
        path.write_bytes(data)
    out = tmp_path / "dist"
    r = run_cli(["build", str(path), "--out", str(out), "--no-pages", "-q"], timeout=60)
    assert_clean_failure(r, str(path))
    assert message in r.stderr
    assert not out.exists()


GOOD = {
    "broken.html": "<html><body><p>" + ALBANIA + "<p>It also <b>trains <table><tr><td>police</body>",
    "bidi.en.txt": "\u202eAlbania\u202c joined the Global Coalition against Daesh in 2014. \u2067Albania\u2069 sent six"
                   " \u200fpersonnel to NATO Mission Iraq.\n",
    "mixed.txt": ALBANIA + " انضمت ألبانيا إلى التحالف الدولي ضد داعش. L'Albanie a rejoint la Coalition mondiale.\n",
    "quotes.md": "# Albania\n\n" + "> " * 40 + ALBANIA + "\n",
    "crlf.en.txt": ALBANIA.replace(" and ", "\r\n\r\nAlbania ") + "\r\n",
}


@pytest.mark.parametrize("name", sorted(GOOD))
def test_odd_but_readable_files_build(tmp_path, name):
    path = tmp_path / name
    path.write_text(GOOD[name], encoding="utf-8")
    out = tmp_path / "dist"
    r = run_cli(["build", str(path), "--out", str(out), "--no-pages", "-q"], timeout=60)
    assert r.returncode == 0, r.stderr
    nt = (out / "dataset.nt").read_text(encoding="utf-8")
    assert "\u202e" not in nt and "\u2067" not in nt
    if name != "mixed.txt":  # three languages in one text: one is chosen, the build is what must hold
        assert "/partner/al>" in nt


def broken_checkout(tmp_path: Path, relative: str, text: str) -> dict:
    """A copy of the data folder (vocabulary, ontology, shapes, release settings) and of
    the demo's curation, with one file replaced."""
    shutil.copytree(data_path(), tmp_path / "data")
    shutil.copyfile(ROOT / "data" / "curation.yaml", tmp_path / "data" / "curation.yaml")
    (tmp_path / relative).write_text(text, encoding="utf-8")
    return {"COALITION_LOD_DATA": str(tmp_path / "data")}


@pytest.mark.parametrize(("relative", "text"), [
    ("data/ontology/coalition.ttl", "@prefix clod: <https://w3id.org/coalition-lod/ontology#> .\nclod:A a clod:B .\nclod:C clod:D \"open .\n"),
    ("data/shapes/coalition-shapes.ttl", "@prefix sh: <http://www.w3.org/ns/shacl#> .\n\n<urn:s> a sh:NodeShape ; sh:path .\n"),
    ("data/curation.yaml", "add:\n  - partner: AL\n    kind: [mission\n"),
    ("data/release.yaml", "base: https://w3id.org/coalition-lod/\nissued: [\n"),
    ("data/lang/fr.yaml", "lang: fr\nfunction_words:\n  and: [et\n"),
    ("data/lang/en.yaml", "lang: en\nword_patterns:\n  list_gap: \"^(?:and\"\n"),
])
def test_a_malformed_project_file_names_file_and_line(tmp_path, relative, text):
    env = broken_checkout(tmp_path, relative, text)
    out = tmp_path / "dist"
    args = ["build", str(EN_SEED), "--out", str(out), "--no-pages", "-q"]
    if relative.endswith("curation.yaml"):
        args += ["--curation", str(tmp_path / relative)]
    if relative.endswith("release.yaml"):
        args += ["--config", str(tmp_path / relative)]
    r = run_cli(args, env=env)
    assert_clean_failure(r, str(tmp_path / relative))
    assert "line" in r.stderr or f"{relative.rsplit('/', 1)[-1]}:" in r.stderr
    assert not out.exists()


def test_malformed_sparql_is_one_line_with_its_position(tmp_path, release):
    q = tmp_path / "bad.rq"
    q.write_text("SELECT ?x\nWHERE {\n  ?x ?y\n}\n", encoding="utf-8")
    r = run_cli(["query", str(q), "--data", str(release)])
    assert_clean_failure(r, str(q))
    assert "malformed SPARQL" in r.stderr and "5:1" in r.stderr


# --- property tests -------------------------------------------------------------------

SUFFIXES = st.sampled_from([".txt", ".md", ".html", ".en.txt", ".fr.txt", ".ar.txt"])
TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)
WORDS = st.lists(st.sampled_from([
    "Albania", "joined", "the", "Global", "Coalition", "against", "Daesh", "in", "2014", "sent", "six", "٦", "trainers",
    "to", "NATO", "Mission", "Iraq", "ألبانيا", "انضمت", "إلى", "التحالف", "L'Albanie", "a", "rejoint", "résolution", "2178",
    "<p>", "</p>", "<div>", "<b>", "&amp;", "\u202e", "\u200f", "\n", "\n\n", ".", "«", "»", "—", "# ", "> ", "*",
]), max_size=80).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=600), TEXT.map(str.encode), WORDS.map(str.encode)), suffix=SUFFIXES)
def test_ingest_reads_a_document_or_says_why(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path, tmp_path)
    except InputError as e:
        assert str(e).startswith(str(path)) and "\n" not in str(e)
        return
    assert doc.text.strip() and doc.lang in ("en", "fr", "ar")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.one_of(WORDS, TEXT), suffix=SUFFIXES)
def test_the_whole_build_conforms_or_says_why(tmp_path, text, suffix):
    folder = tmp_path / "in"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / f"fuzz{suffix}").write_text(text, encoding="utf-8")
    shutil.copy(EN_SEED, folder / "seed.en.txt")
    out = tmp_path / "dist"
    try:
        result = build([folder], out, workers=1, with_pages=False)
    except InputError as e:
        assert "\n" not in str(e)
        return
    assert result.report.conforms and (out / "SHA256SUMS").exists()
