"""Pages kept from the previous build: a rebuild into the same folder draws again only
the pages whose data changed, links the others from the release in place, and gives the
bytes of a cold build, whatever changed: a sentence, a document added or removed, a
curated label, the release's settings."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coalition_lod.publish import build

from .conftest import ROOT

PROFILES = ROOT / "tests" / "profiles" / "texts"
GENRES = ROOT / "tests" / "genres" / "texts"


def _sums(out: Path) -> str:
    return (out / "SHA256SUMS").read_text(encoding="utf-8")


@pytest.fixture
def corpus(tmp_path) -> Path:
    """Our profiles, documents of other genres in three languages, and generated
    profiles about three partners (facts read in many documents: pages of evidence)."""
    from bench.generate import Generator

    folder = tmp_path / "texts"
    shutil.copytree(PROFILES, folder)
    for f in GENRES.iterdir():
        shutil.copy(f, folder / f.name)
    Generator(seed=5, partners=3).write(folder / "generated", 30)
    return folder


def _generated_text(corpus: Path) -> Path:
    """A generated profile in plain text: in a generated HTML page the first full stop may be the
    cookie banner's, which ingest strips (and which profiles are HTML follows the vocabulary the
    generator draws from)."""
    return [p for p in sorted((corpus / "generated").iterdir()) if p.suffix == ".txt"][7]


def _same_as_cold(corpus: Path, out: Path, tmp_path: Path, **kw) -> None:
    cold = tmp_path / "cold"
    shutil.rmtree(cold, ignore_errors=True)
    build([corpus], cold, use_cache=False, **kw)
    assert _sums(out) == _sums(cold)


def test_a_rebuild_draws_only_what_changed_and_gives_the_bytes_of_a_cold_build(corpus, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    first = build([corpus], out, cache_dir=cache)
    assert first.pages_kept == 0 and first.pages_drawn > 100
    total = first.pages_drawn

    again = build([corpus], out, cache_dir=cache)
    assert (again.pages_kept, again.pages_drawn) == (total, 0)

    # a sentence that adds a fact to a partner read in many documents
    changed = corpus / "italy.en.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nItaly also works closely with Albania.\n", encoding="utf-8")
    r = build([corpus], out, cache_dir=cache)
    assert 0 < r.pages_drawn < total / 4 and r.pages_kept + r.pages_drawn >= total
    _same_as_cold(corpus, out, tmp_path)

    # a generated profile edited in the middle of a sentence: offsets and quotes move
    gen = _generated_text(corpus)
    gen.write_bytes(gen.read_bytes().replace(b".", b". ", 1))
    r = build([corpus], out, cache_dir=cache)
    assert 0 < r.pages_drawn < total / 4
    _same_as_cold(corpus, out, tmp_path)

    # a document removed, another added under a new name
    (corpus / "news-jordan-strikes.en.txt").unlink()
    shutil.copy(GENRES / "qatar-news.ar.txt", corpus / "qatar-news-copy.ar.txt")
    r = build([corpus], out, cache_dir=cache)
    assert 0 < r.pages_drawn < total / 2
    _same_as_cold(corpus, out, tmp_path)


def test_sentences_moved_in_one_document_leave_the_other_documents_pages(corpus, tmp_path):
    """Another document's page shows how many sentences a shared fact has, not which:
    the evidence of one document renamed (its offsets moved) draws its page again and
    leaves theirs linked from the previous release (the same files, not drawn again)."""
    cache, out = tmp_path / "cache", tmp_path / "dist"
    build([corpus], out, cache_dir=cache)
    inodes = {p.name: p.stat().st_ino for p in (out / "document").glob("*.html")}
    gen = _generated_text(corpus)
    gen.write_bytes(gen.read_bytes().replace(b".", b". ", 1))
    build([corpus], out, cache_dir=cache)
    drawn = {p.name for p in (out / "document").glob("*.html") if inodes.get(p.name) != p.stat().st_ino}
    assert len(drawn) == 1 and gen.name.split(".")[0] in next(iter(drawn)), drawn
    _same_as_cold(corpus, out, tmp_path)


def test_a_curated_label_and_new_settings_are_drawn_again(corpus, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    build([corpus], out, cache_dir=cache)
    curation = tmp_path / "curation.yaml"
    curation.write_text("labels:\n  - partner: IT\n    lang: en\n    label: Italian Republic\n    preferred: true\n"
                        "    why: a test\n", encoding="utf-8")
    r = build([corpus], out, cache_dir=cache, curation=curation)
    assert r.pages_drawn > 0
    _same_as_cold(corpus, out, tmp_path, curation=curation)

    config = tmp_path / "release.yaml"
    config.write_text((ROOT / "coalition_lod" / "data" / "release.yaml").read_text(encoding="utf-8")
                      .replace("version: 0.1.0", "version: 9.9.9"), encoding="utf-8")
    r = build([corpus], out, cache_dir=cache, curation=curation, config=config)
    assert r.pages_kept == 0  # other settings: every page drawn again
    _same_as_cold(corpus, out, tmp_path, curation=curation, config=config)


def test_pages_are_kept_only_from_the_release_they_were_recorded_for(corpus, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    first = build([corpus], out, cache_dir=cache)
    # another folder: nothing recorded for it
    assert build([corpus], tmp_path / "elsewhere", cache_dir=cache).pages_kept == 0
    # a page edited in the release in place is drawn again, the rest kept
    page = out / "partner" / "it.html"
    page.write_text(page.read_text(encoding="utf-8") + "<!-- edited -->", encoding="utf-8")
    r = build([corpus], out, cache_dir=cache)
    assert r.pages_drawn == 1 and "edited" not in page.read_text(encoding="utf-8")
    # the release replaced by a build that kept nothing: its pages are not the recorded ones
    build([corpus], out, use_cache=False)
    assert build([corpus], out, cache_dir=cache).pages_kept == 0
    # no cache: nothing recorded, nothing kept
    r = build([corpus], tmp_path / "none", use_cache=False)
    assert (r.pages_kept, r.pages_drawn) == (0, 0) and first.pages_drawn > 0


def test_keep_all_links_the_pages_that_read_the_same_and_leaves_the_rest_to_draw(corpus, tmp_path):
    """Of the previous build's pages, those whose reads are the same are linked from its
    release (the same inode), and one whose file was changed since is drawn again."""
    from coalition_lod.convert import convert_lines
    from coalition_lod.pages import Site
    from coalition_lod.pages.reuse import Reuse
    from coalition_lod.publish import release_config

    cache, out = tmp_path / "cache", tmp_path / "dist"
    build([corpus], out, cache_dir=cache)
    cfg = release_config(None)
    _ex, _k, lines = convert_lines([corpus], None, base=cfg.base, provenance=True)
    reuse = Reuse(cache, out, Site(lines, cfg, first=1))
    jobs = sorted(reuse.old)
    release = tmp_path / "new"
    for rel in {rel for _k, files in reuse.old.values() for rel, _s, _m in files}:
        (release / rel).parent.mkdir(parents=True, exist_ok=True)
    touched = next(job for job in jobs if job[0] == "entity")
    first_file = out / reuse.old[touched][1][0][0]
    first_file.write_bytes(first_file.read_bytes() + b"\n")  # no longer as it was written
    todo = reuse.keep_all(jobs, release)
    assert todo == [touched] and reuse.kept == len(jobs) - 1 > 100
    rel = reuse.linked[0]
    assert (release / rel).samefile(out / rel)


def _changed_both_ways(corpus: Path, out: Path, cache: Path, curation: Path | None = None) -> set[str]:
    """The keys a rebuild into ``out`` finds changed from the graphs mapped again alone
    (``mapped.Kept.before``), checked against every key's digest worked out again; and
    the previous build's index brought up to date, against an index of every row."""
    from coalition_lod.cache import ExtractionCache
    from coalition_lod.convert import convert_lines
    from coalition_lod.mapped import Kept
    from coalition_lod.pages import Site
    from coalition_lod.pages.index import Kept as Previous
    from coalition_lod.pages.kept import KeptIndex
    from coalition_lod.pages.reuse import Reuse
    from coalition_lod.publish import release_config
    from coalition_lod.rdf import Graphs, graph_ranges

    cfg = release_config(None)
    mapped = Kept(cache, out, cfg.base)
    _ex, _k, lines = convert_lines([corpus], curation, base=cfg.base, provenance=True,
                                   cache=ExtractionCache(cache), mapped=mapped)
    assert mapped.before is not None and 0 < mapped.kept < len(mapped.digests) + len(mapped.before)
    # the previous build's index brought up to date is the index of every row, lists in row order
    old = KeptIndex(cache, out).load()
    assert old is not None
    site = Site(lines, cfg, first=1, graphs=graph_ranges(lines), kept=Previous(old, mapped.read_back, mapped.before))
    whole = Site(lines, cfg, first=1).ix
    assert site.ix.patched and not whole.patched
    assert (site.ix.out, site.ix.into, site.ix.typed) == (whole.out, whole.into, whole.typed)
    graphs = Graphs.of(lines, 1, mapped.digests)
    site.graphs, site.graph_digests = graphs.spans, graphs.digests
    incremental = Reuse(cache, out, site, mapped)
    every = Reuse(cache, out, site)
    assert incremental.old_digests and incremental.changed() == every.changed()
    dirty = incremental._dirty()
    assert dirty is not None and len(dirty) < len(incremental.old_digests) / 10  # not a key of every graph
    return incremental.changed()


def test_the_keys_found_changed_from_the_graphs_mapped_again_are_those_a_full_check_finds(corpus, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    build([corpus], out, cache_dir=cache)
    # a fact added to a partner read in many documents
    changed = corpus / "italy.en.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nItaly also works closely with Albania.\n", encoding="utf-8")
    assert _changed_both_ways(corpus, out, cache)
    build([corpus], out, cache_dir=cache)
    # a document removed and another added: graphs gone and new, facts that move
    (corpus / "news-jordan-strikes.en.txt").unlink()
    shutil.copy(GENRES / "qatar-news.ar.txt", corpus / "qatar-news-copy.ar.txt")
    assert _changed_both_ways(corpus, out, cache)
    build([corpus], out, cache_dir=cache)
    # a curated label: a change in the vocabulary graph alone
    curation = tmp_path / "curation.yaml"
    curation.write_text("labels:\n  - partner: IT\n    lang: en\n    label: Italian Republic\n    preferred: true\n"
                        "    why: a test\n", encoding="utf-8")
    assert _changed_both_ways(corpus, out, cache, curation)
    r = build([corpus], out, cache_dir=cache, curation=curation)
    assert r.pages_drawn > 0
    _same_as_cold(corpus, out, tmp_path, curation=curation)
