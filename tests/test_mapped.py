"""Document graphs kept between builds (``mapped``): a rebuild maps again only the
documents whose graph would come out otherwise, and gives the bytes of a cold build
whatever changed: a sentence, a document that now states a fact first, a document
removed, the base IRI, a damaged chunk in the cache."""

from __future__ import annotations

import marshal
import shutil
from pathlib import Path

import pytest

from coalition_lod.mapped import CHUNKS, Kept, graph_keys
from coalition_lod.publish import build

from .conftest import ROOT, profiles_and_genres, sums

PROFILES = ROOT / "tests" / "profiles" / "texts"
GENRES = ROOT / "tests" / "genres" / "texts"


@pytest.fixture
def corpus(tmp_path) -> Path:
    return profiles_and_genres(tmp_path)


def _cold(corpus: Path, tmp_path: Path, **kw) -> str:
    cold = tmp_path / "cold"
    shutil.rmtree(cold, ignore_errors=True)
    build([corpus], cold, use_cache=False, **kw)
    return sums(cold)


def test_a_rebuild_maps_again_only_what_changed_and_gives_the_bytes_of_a_cold_build(corpus, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    first = build([corpus], out, cache_dir=cache)
    assert first.graphs_kept == 0
    n = first.documents

    again = build([corpus], out, cache_dir=cache)
    assert again.graphs_kept == n and sums(out) == sums(tmp_path / "dist")

    # a sentence added to one document: its chunk is mapped again, the others read back
    changed = corpus / "italy.en.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nItaly also works closely with Albania.\n",
                       encoding="utf-8")
    r = build([corpus], out, cache_dir=cache)
    assert n - n // 4 < r.graphs_kept < n
    assert sums(out) == _cold(corpus, tmp_path)

    # a new document, first in order, that states facts other documents state: their
    # rows move to its graph, and the graphs they leave are mapped again
    (corpus / "0-first.en.txt").write_text(
        "Italy participates in Operation Inherent Resolve and co-leads the Counter ISIS Finance Group.\n",
        encoding="utf-8")
    build([corpus], out, cache_dir=cache)
    assert sums(out) == _cold(corpus, tmp_path)

    # a document that says more of a fact another document states first: the fact's rows,
    # in that other document's graph, change though its text did not
    (corpus / "zz-last.en.txt").write_text("Iceland works with EUAM Iraq.\n", encoding="utf-8")
    (corpus / "0-iceland.en.txt").write_text("Iceland takes part in EUAM Iraq.\n", encoding="utf-8")
    build([corpus], out, cache_dir=cache)
    (corpus / "zz-last.en.txt").write_text("Iceland sends 5 experts to EUAM Iraq.\n", encoding="utf-8")
    r = build([corpus], out, cache_dir=cache)
    assert r.graphs_kept < r.documents - 1
    assert sums(out) == _cold(corpus, tmp_path)

    # a document removed
    changed.unlink()
    build([corpus], out, cache_dir=cache)
    assert sums(out) == _cold(corpus, tmp_path)


def test_a_damaged_chunk_is_mapped_again(corpus, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    build([corpus], out, cache_dir=cache)
    chunks = sorted((cache / "mapped").rglob("*.marshal"))
    assert len(chunks) > 10
    chunks[0].write_bytes(chunks[0].read_bytes()[:50])  # cut short
    chunks[1].write_bytes(b"not marshal at all")
    chunks[2].write_bytes(marshal.dumps({"read back": "but not a chunk"}))
    r = build([corpus], out, cache_dir=cache)
    assert 0 < r.graphs_kept < r.documents
    assert sums(out) == _cold(corpus, tmp_path)
    assert build([corpus], out, cache_dir=cache).graphs_kept == r.documents  # written again whole


def test_another_base_iri_maps_everything_again(corpus, tmp_path):
    from dataclasses import replace

    from coalition_lod.publish import release_config

    cache, out = tmp_path / "cache", tmp_path / "dist"
    build([corpus], out, cache_dir=cache)
    other = replace(release_config(None), base="https://example.org/lod/")
    r = build([corpus], out, cache_dir=cache, config=other)
    assert r.graphs_kept == 0
    assert sums(out) == _cold(corpus, tmp_path, config=other)


def test_a_documents_key_follows_what_its_graph_is_made_of(corpus):
    """The key changes with the document's facts, including a fact whose first document
    it is, and not with another document's text."""
    from coalition_lod.convert import convert_lines

    _ex, k, _lines = convert_lines([corpus])
    keys = graph_keys(k)
    assert set(keys) == {d.id for d in k.documents}
    fact = next(f for f in k.facts.values() if len(set(f.documents)) > 1)
    first, *others = sorted(set(fact.documents) | {ev.doc_id for ev in fact.evidence})
    fact.attrs["personnel"] = 12345
    again = graph_keys(k)
    assert again[first] != keys[first]  # its rows are in the first document's graph
    assert all(again[d] == keys[d] for d in others)  # the others state only its derivation
    from dataclasses import replace

    n = next(i for i, d in enumerate(k.documents) if d.id not in (first, *others))
    k.documents[n] = replace(k.documents[n], text=k.documents[n].text + " More.")
    changed = graph_keys(k)
    assert {d for d in changed if changed[d] != again[d]} == {k.documents[n].id}


def test_chunks_spread_the_documents(tmp_path):
    from coalition_lod.mapped import _chunk_of

    used = {_chunk_of(f"profile-{n:05d}.en") for n in range(2000)}
    assert len(used) > CHUNKS * 0.9
    kept = Kept(tmp_path / "cache", tmp_path / "dist", "https://w3id.org/coalition-lod/")
    assert kept.folder.parent == tmp_path / "cache" / "mapped"
