"""Shared fixtures: the repository's paths and one release built from data/profiles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coalition_lod.publish import build

ROOT = Path(__file__).resolve().parent.parent
PROFILES = ROOT / "data" / "profiles"
GOLD = ROOT / "tests" / "gold"
QUERIES = ROOT / "queries"
EN_SEED = PROFILES / "000_15a47851b59303b1.txt"
AR_SEED = PROFILES / "001_0d6a8814cb2a8af6.txt"


def profiles_and_genres(tmp_path: Path) -> Path:
    """A copy of our test profiles and documents of other genres, to edit between builds."""
    folder = tmp_path / "texts"
    shutil.copytree(ROOT / "tests" / "profiles" / "texts", folder)
    for f in (ROOT / "tests" / "genres" / "texts").iterdir():
        shutil.copy(f, folder / f.name)
    return folder


def sums(out: Path) -> str:
    """A release's SHA256SUMS: the same text, the same bytes."""
    return (out / "SHA256SUMS").read_text(encoding="utf-8")


def levels(**by_lang: tuple[float, ...]) -> dict[tuple[str, str], float]:
    """The minimum F1 of each (lang, kind): ``levels(en=(entities, attributes), ar=(entities,))``
    (a language with no attribute in its gold gives only its entities' level)."""
    return {(lang, kind): level for lang, given in by_lang.items()
            for kind, level in zip(("entities", "attributes"), given, strict=False)}


def check_level(scores, levels: dict, lang: str, kind: str) -> None:
    """An evaluation's F1 for (lang, kind) reaches its level; the table and every error if not."""
    s = scores.score(lang, kind)
    assert s.tp > 0
    assert s.f1 >= levels[(lang, kind)], scores.table() + "\n".join(scores.errors)


@pytest.fixture(scope="session")
def release(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("release") / "dist"
    build([PROFILES], out)
    return out


@pytest.fixture()
def seed_release(tmp_path_factory):
    """Build one text into its own release; returns a function of the input path."""
    made: dict[Path, Path] = {}

    def make(path: Path) -> Path:
        if path not in made:
            out = tmp_path_factory.mktemp("seed") / "dist"
            build([path], out)
            made[path] = out
        return made[path]

    yield make
    for p in made.values():
        shutil.rmtree(p, ignore_errors=True)


@pytest.fixture()
def oxigraph():
    """A fresh, empty Oxigraph server on 127.0.0.1, stopped after the test."""
    from .servers import Oxigraph

    server = Oxigraph()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def served(release):
    """Our own ``serve`` on the session's release, on a free port of 127.0.0.1."""
    from coalition_lod.serve import serve_in_thread

    server, thread = serve_in_thread(release)
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)
