"""The tool as a user installs it: a wheel (and an sdist) built from this tree, installed
into a fresh virtual environment outside the repository, run from an empty folder on a
project of its own. Then the project mechanics: settings from the command line over the
project's file over the defaults, curation only when given or named, vocabulary added
by a project, queries by name, the Python API and ``python -m``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

import coalition_lod
from coalition_lod import project as projects
from coalition_lod.extract import extract
from coalition_lod.model import Document, InputError

from .conftest import AR_SEED, EN_SEED, ROOT

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
CLI = [sys.executable, "-m", "coalition_lod"]


@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> Path:
    """A wheel and an sdist of this tree (python -m build, without network: the build
    backend is the one this environment has)."""
    out = tmp_path_factory.mktemp("dists")
    src = tmp_path_factory.mktemp("src") / "coalition-lod"
    # a clean copy of the tree as git would ship it, so no build leftovers leak in
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.split(b"\0")
    for f in filter(None, files):
        p = ROOT / f.decode()
        if p.is_symlink() or p.is_file():
            (src / f.decode()).parent.mkdir(parents=True, exist_ok=True)
            if p.is_symlink():
                os.symlink(os.readlink(p), src / f.decode())
            else:
                shutil.copyfile(p, src / f.decode())
    r = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--wheel", "--sdist", "--outdir", str(out), str(src)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    return out


@pytest.fixture(scope="module")
def installed(dists, tmp_path_factory) -> Path:
    """A fresh virtual environment with only the wheel installed into it. Its
    dependencies are this environment's (a .pth line to our site-packages, which holds
    them; the editable install's finder there is not loaded from a .pth line), so the
    test needs no network."""
    venv = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    site = next((venv / "lib").glob("python3*/site-packages"))
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    wheel = next(dists.glob("*.whl"))
    r = subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--no-deps",
                        "--no-index", "-q", str(wheel)], capture_output=True, text=True, timeout=300)
    if r.returncode != 0:  # an older pip without --python: unpack the wheel into the venv by hand
        with zipfile.ZipFile(wheel) as z:
            z.extractall(site)
        (venv / "bin" / "coalition-lod").write_text(
            f"#!{venv / 'bin' / 'python'}\nfrom coalition_lod.cli import main\nmain()\n", encoding="utf-8")
        (venv / "bin" / "coalition-lod").chmod(0o755)
    return venv


def test_the_wheel_and_the_sdist_carry_everything_the_tool_reads(dists):
    wheel = zipfile.ZipFile(next(dists.glob("*.whl"))).namelist()
    for name in ("coalition_lod/py.typed", "coalition_lod/extract/actors.py", "coalition_lod/queries/members.rq",
                 "coalition_lod/data/vocab/partners.yaml", "coalition_lod/data/lang/ar.yaml",
                 "coalition_lod/data/release.yaml", "coalition_lod/data/ontology/coalition.ttl",
                 "coalition_lod/data/shapes/coalition-shapes.ttl", "coalition_lod/templates/entity.html",
                 "coalition_lod/pages/query.py", "coalition_lod/templates/query.html",
                 "coalition_lod/static/yasgui/yasgui.min.js", "coalition_lod/static/yasgui/yasgui.min.css",
                 "coalition_lod/static/yasgui/LICENSE.md", "coalition_lod/data/world/countries-50m.json",
                 "coalition_lod/data/world/LICENSE"):
        assert name in wheel, name
    assert not [n for n in wheel if n.startswith(("tests/", "data/profiles"))]
    # the code's licence by its SPDX expression, its text in the wheel (an archive's packages
    # and a user's pip both read it there)
    with zipfile.ZipFile(next(dists.glob("*.whl"))) as z:
        meta = z.read(next(n for n in wheel if n.endswith(".dist-info/METADATA"))).decode("utf-8")
    assert "License-Expression: Apache-2.0" in meta.splitlines()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in wheel)
    with tarfile.open(next(dists.glob("*.tar.gz"))) as t:
        sdist = t.getnames()
    assert any(n.endswith("coalition_lod/data/vocab/partners.yaml") for n in sdist)
    assert next(dists.glob("*.whl")).name.startswith(f"coalition_lod-{VERSION}-")


def test_a_project_from_an_empty_folder_with_only_the_wheel(installed, tmp_path):
    """init, copy texts in, build, query by name: the release holds only facts read
    from those texts (no curation the user did not write, nothing of the demo corpus)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "COALITION_LOD_DATA")}
    exe = str(installed / "bin" / "coalition-lod")
    work = tmp_path / "empty"
    work.mkdir()

    def run(*args: str, cwd: Path = work) -> subprocess.CompletedProcess:
        r = subprocess.run([exe, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stdout + r.stderr
        return r

    assert run("--version").stdout.strip().endswith(VERSION)
    assert run("init", "proj").stdout.splitlines()[-1].endswith("then: cd proj && coalition-lod build")
    proj = work / "proj"
    assert {p.name for p in proj.iterdir()} >= {"coalition-lod.toml", "curation.yaml", "vocabulary.yaml", "texts"}
    shutil.copyfile(EN_SEED, proj / "texts" / EN_SEED.name)
    shutil.copyfile(AR_SEED, proj / "texts" / AR_SEED.name)
    run("build", "-q", cwd=proj)
    members = run("query", "members", "--data", "dist", "--format", "csv", cwd=proj).stdout
    assert members.splitlines()[1:] and all(line.startswith("AL,") for line in members.splitlines()[1:]), members
    # every fact's evidence is one of the two texts: nothing from a curation file or another corpus
    sources = run("query", "evidence", "--data", "dist", "--format", "csv", cwd=proj).stdout
    docs = {line.rsplit(",", 1)[-1] for line in sources.splitlines()[1:]}
    assert docs and all(d.rsplit("/", 1)[-1] in (EN_SEED.name, AR_SEED.name, EN_SEED.stem, AR_SEED.stem) for d in docs), docs
    cooperation = run("query", "cooperation", "--data", "dist", "--format", "csv", cwd=proj).stdout
    assert "JP" not in cooperation
    # the package files were read from the installed wheel, not from this checkout
    where = subprocess.run([str(installed / "bin" / "python"), "-c", "import coalition_lod.resources as r; print(r.data_path())"],
                           cwd=work, env=env, capture_output=True, text=True, check=True).stdout
    assert str(installed) in where and str(ROOT) not in where


def test_init_refuses_an_existing_project(tmp_path):
    projects.init(tmp_path / "p", "2026-01-01")
    with pytest.raises(InputError, match="already a project"):
        projects.init(tmp_path / "p", "2026-01-01")


def test_settings_come_from_options_then_the_project_then_the_defaults(tmp_path, monkeypatch):
    from coalition_lod.api import settings

    projects.init(tmp_path / "p", "2026-01-01")
    (tmp_path / "p" / "coalition-lod.toml").write_text(
        'inputs = ["texts"]\noutput = "out"\ncuration = "curation.yaml"\n[release]\nversion = "2.0.0"\n'
        'base = "https://example.org/p/"\n', encoding="utf-8")
    s = settings(project=tmp_path / "p")
    assert s.inputs == (tmp_path / "p" / "texts",) and s.out == tmp_path / "p" / "out"
    assert s.curation == tmp_path / "p" / "curation.yaml"
    assert s.release.version == "2.0.0" and s.release.base == "https://example.org/p/"
    assert s.release.title["en"]  # the bundled default where the project says nothing
    s = settings([EN_SEED], tmp_path / "elsewhere", project=tmp_path / "p", no_curation=True)
    assert s.inputs == (EN_SEED,) and s.out == tmp_path / "elsewhere" and s.curation is None
    monkeypatch.chdir(tmp_path / "p")  # the current folder's project when none is named
    assert settings().out == tmp_path / "p" / "out"
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match="no input texts"):
        settings()


def test_a_bad_project_file_is_one_line_naming_it(tmp_path):
    (tmp_path / "coalition-lod.toml").write_text('inputs = ["texts"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"coalition-lod.toml:\d+: not valid TOML"):
        projects.load(tmp_path)
    (tmp_path / "coalition-lod.toml").write_text('input = "texts"\n', encoding="utf-8")
    with pytest.raises(InputError, match="unknown setting 'input'"):
        projects.load(tmp_path)
    (tmp_path / "coalition-lod.toml").write_text('[release]\nissued = "someday"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"\[release\] issued"):
        projects.release_config(projects.load(tmp_path))


def test_no_curation_outside_a_project_unless_given(tmp_path, monkeypatch):
    """A build from the checkout's root of one text applies no curation file: the demo's
    names Japan, which that text does not."""
    monkeypatch.chdir(ROOT)
    r = coalition_lod.build([EN_SEED], tmp_path / "dist", pages=False)
    assert "curation" not in r.summary
    assert not [f for f in r.knowledge.facts.values() if "/jp" in f.partner]


def test_a_project_adds_names_to_the_bundled_vocabulary(tmp_path):
    from coalition_lod import vocab

    extra = tmp_path / "vocabulary.yaml"
    extra.write_text("missions:\n  - {id: nato-mission-iraq, labels: {en: [Mission Tigris]}}\n"
                     "partners:\n  - {code: AL, names: {en: [Shqipëria]}}\n", encoding="utf-8")
    text = tmp_path / "t.en.txt"
    text.write_text("Shqipëria sends six staff officers to Mission Tigris.", encoding="utf-8")
    try:
        r = coalition_lod.build([text], tmp_path / "dist", vocabulary=[extra], pages=False)
        objs = {(f.kind, f.obj.rsplit("/", 1)[-1]) for f in r.knowledge.facts.values() if f.partner.endswith("/al")}
        assert ("mission", "nato-mission-iraq") in objs
        assert vocab.vocabulary().known[("mission", "nato-mission-iraq")].labels["en"][-1] == "Mission Tigris"
    finally:
        vocab.use_extra(())
    assert "Mission Tigris" not in vocab.vocabulary().known[("mission", "nato-mission-iraq")].labels["en"]
    extra.write_text("partners:\n  - {code: ZZ}\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown partner code 'ZZ'"):
        vocab.use_extra([extra])
    extra.write_text("missions:\n  - {id: operation-tigris, nation: QQ, labels: {en: [Operation Tigris]}}\n", encoding="utf-8")
    with pytest.raises(InputError, match="vocabulary.yaml: unknown partner code 'QQ' as the nation of 'operation-tigris'"):
        vocab.use_extra([extra])
    extra.write_text("missions:\n  - {id: tigris-mission, run_by: QQ, labels: {en: [Tigris Mission]}}\n", encoding="utf-8")
    with pytest.raises(InputError, match="vocabulary.yaml: unknown partner code 'QQ' as the organisation that runs 'tigris-mission'"):
        vocab.use_extra([extra])
    vocab.use_extra(())


def test_a_project_vocabulary_keeps_partners_that_share_a_code(tmp_path):
    """Australia and the African Union share the code AU: a project's vocabulary file (the
    one `init` writes) made the African Union replace Australia, whose texts then named no
    partner. Both stay; a code in the file names the Coalition's member of the two."""
    from coalition_lod import vocab

    extra = tmp_path / "vocabulary.yaml"
    extra.write_text("partners:\n  - {code: AU, names: {en: [the Commonwealth of Australia]}}\n", encoding="utf-8")
    try:
        vocab.use_extra([extra])
        partners = vocab.vocabulary().partners
        assert {"au", "african-union"} <= set(partners)
        assert "the Commonwealth of Australia" in partners["au"].names["en"]
        got = extract(Document("t", "t.txt", "en", "Australia keeps 110 personnel in NATO Mission Iraq.", "text/plain"))
        assert {f.partner for f in got.facts} == {"au"}
    finally:
        vocab.use_extra(())


def test_queries_by_name_listed_and_exported(release, tmp_path):
    r = subprocess.run(CLI + ["query", "members", "--data", str(release), "--format", "csv"], capture_output=True, text=True)
    assert r.returncode == 0 and r.stdout.startswith("code,partner,label"), r.stderr
    assert coalition_lod.query("missions", data=release).columns == ["code", "mission", "missionLabel", "personnel", "status"]
    listed = subprocess.run(CLI + ["queries"], capture_output=True, text=True, check=True).stdout
    assert "members          ?code ?partner ?label" in listed and len(listed.splitlines()) == 11
    subprocess.run(CLI + ["queries", "--export", str(tmp_path / "q")], check=True, capture_output=True)
    assert len(list((tmp_path / "q").glob("*.rq"))) == 11
    again = subprocess.run(CLI + ["queries", "--export", str(tmp_path / "q")], capture_output=True, text=True)
    assert again.returncode == 2 and "not overwritten" in again.stderr


def test_python_api_evaluate_and_version():
    ev = coalition_lod.evaluate(ROOT / "tests" / "gold", [EN_SEED])
    assert ev.score("en", "entities").f1 > 0.9
    assert coalition_lod.__version__ == VERSION
    r = subprocess.run(CLI + ["--version"], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == f"coalition-lod, version {VERSION}"


def test_init_in_the_current_folder_says_what_to_run_there(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from coalition_lod.cli import main

    monkeypatch.chdir(tmp_path)
    said = CliRunner().invoke(main, ["init", "."])
    assert said.exit_code == 0, said.output
    assert said.output.splitlines()[-1] == "put your texts in texts, then: coalition-lod build"
