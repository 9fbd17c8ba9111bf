"""Incremental rebuilds: each document's extraction is kept, keyed by its bytes, its name
and a fingerprint of the code and vocabulary; a rebuild reads again only what changed and
gives the bytes of a cold build."""

from __future__ import annotations

import shutil
from pathlib import Path

from coalition_lod.cache import ExtractionCache
from coalition_lod.publish import build
from coalition_lod.vocab import use_extra

from .conftest import ROOT

TEXTS = ROOT / "tests" / "profiles" / "texts"


def _sums(out: Path) -> str:
    return (out / "SHA256SUMS").read_text(encoding="utf-8")


def test_a_rebuild_extracts_only_what_changed_and_gives_the_same_bytes(tmp_path):
    corpus = tmp_path / "texts"
    shutil.copytree(TEXTS, corpus)
    cache = tmp_path / "cache"
    cold = build([corpus], tmp_path / "cold", use_cache=False, with_pages=False)
    first = build([corpus], tmp_path / "a", cache_dir=cache, with_pages=False)
    again = build([corpus], tmp_path / "b", cache_dir=cache, with_pages=False)
    assert cold.extracted == first.extracted == len(list(corpus.iterdir())) and again.extracted == 0
    assert _sums(tmp_path / "a") == _sums(tmp_path / "b") == _sums(tmp_path / "cold")
    changed = corpus / "italy.en.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nItaly also works closely with Albania.\n", encoding="utf-8")
    third = build([corpus], tmp_path / "c", cache_dir=cache, with_pages=False)
    assert third.extracted == 1
    assert _sums(tmp_path / "c") == _sums(build([corpus], tmp_path / "cold2", use_cache=False, with_pages=False).out)


def test_a_new_vocabulary_misses_the_cache(tmp_path):
    cache = tmp_path / "cache"
    build([TEXTS / "italy.en.txt"], tmp_path / "a", cache_dir=cache, with_pages=False)
    extra = tmp_path / "vocabulary.yaml"
    extra.write_text("partners:\n  - {code: IT, names: {en: [Italian Republic]}}\n", encoding="utf-8")
    try:
        use_extra([extra])
        assert build([TEXTS / "italy.en.txt"], tmp_path / "b", cache_dir=cache, with_pages=False).extracted == 1
    finally:
        use_extra(())
    assert build([TEXTS / "italy.en.txt"], tmp_path / "c", cache_dir=cache, with_pages=False).extracted == 0


def test_a_new_version_of_a_library_that_reads_the_texts_misses_the_cache(tmp_path, monkeypatch):
    """An upgraded HTML parser may strip a page otherwise: what was extracted with the
    previous one is not read back. (The upgrade is told to the fingerprint as
    ``importlib.metadata`` would tell it.)"""
    from coalition_lod import cache as cache_module

    corpus = tmp_path / "texts"
    shutil.copytree(TEXTS, corpus)
    folder = tmp_path / "cache"
    assert build([corpus], tmp_path / "a", cache_dir=folder, with_pages=False).extracted > 0
    assert build([corpus], tmp_path / "b", cache_dir=folder, with_pages=False).extracted == 0
    real = cache_module.version
    monkeypatch.setattr(cache_module, "version", lambda name: "99.0" if name == "beautifulsoup4" else real(name))
    cache_module._fingerprint.cache_clear()
    try:
        again = build([corpus], tmp_path / "c", cache_dir=folder, with_pages=False)
    finally:
        cache_module._fingerprint.cache_clear()
    assert again.extracted == len(list(corpus.iterdir()))
    assert _sums(tmp_path / "c") == _sums(tmp_path / "a")


def test_a_damaged_entry_is_extracted_again(tmp_path):
    cache = tmp_path / "cache"
    build([TEXTS / "italy.en.txt"], tmp_path / "a", cache_dir=cache, with_pages=False)
    entries = list(cache.glob("??/*.pickle"))  # the extractions (beside them: what the release files were made of)
    assert len(entries) == 1
    entries[0].write_bytes(b"not a pickle")
    assert build([TEXTS / "italy.en.txt"], tmp_path / "b", cache_dir=cache, with_pages=False).extracted == 1
    assert ExtractionCache(cache).get(entries[0].stem) is not None  # written again, whole


def test_with_workers_the_cache_is_written_beside_the_build_and_whole_when_it_returns(tmp_path):
    """With workers, the new extractions are written by a process forked after the
    extraction (``ExtractionCache.flush``): when the build returns, every one is there,
    none half-written, and a rebuild extracts nothing."""
    corpus = tmp_path / "texts"
    corpus.mkdir()
    for n in range(7):  # past the count from which workers are forked
        for f in sorted(TEXTS.iterdir()):
            stem, rest = f.name.split(".", 1)
            shutil.copy(f, corpus / f"{stem}-{n}.{rest}")
    docs = len(list(corpus.iterdir()))
    assert docs >= 64
    cache = tmp_path / "cache"
    first = build([corpus], tmp_path / "a", cache_dir=cache, with_pages=False, workers=2)
    assert first.extracted == docs
    assert len(list(cache.glob("??/*.pickle"))) == docs
    assert not list(cache.glob("??/.tmp-*"))
    again = build([corpus], tmp_path / "b", cache_dir=cache, with_pages=False, workers=2)
    assert again.extracted == 0 and _sums(tmp_path / "a") == _sums(tmp_path / "b")


def test_flushed_beside_the_extractions_are_all_written_once_waited_for(tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    data = {f"{n:064x}": bytes([n]) * 400_000 for n in range(100)}
    for key, pickled in data.items():
        cache.keep(key, pickled)
    cache.flush(beside=True)
    assert cache.writer is not None and not cache.pending  # a forked writer has them
    cache.wait()
    assert cache.writer is None
    assert {key: cache.file(key).read_bytes() for key in data} == data
    assert not list((tmp_path / "cache").glob("??/.tmp-*"))


def test_a_file_unchanged_since_the_last_build_is_not_read_again_for_its_key(tmp_path, monkeypatch):
    """The files' keys of the last build of the same inputs are kept with their inode, size
    and times: a file whose are the same keeps its key unread; one edited keeps nothing, even
    with its size and modification time put back (its change time tells); one changed just
    before it was read is read again the next time."""
    import os
    import time

    from coalition_lod import cache as cache_module

    monkeypatch.setattr(cache_module, "RACY_NS", 300_000_000)  # not two seconds' wait
    corpus = tmp_path / "texts"
    shutil.copytree(TEXTS, corpus)
    time.sleep(0.4)  # the copies' change times now farther than RACY_NS
    cache = ExtractionCache(tmp_path / "cache")
    files = [(f, corpus) for f in sorted(corpus.iterdir())]
    read: list[str] = []
    key = ExtractionCache.key
    monkeypatch.setattr(ExtractionCache, "key", lambda self, path, root: read.append(path.name) or key(self, path, root))
    first = cache.keys(files)
    assert first == [key(cache, p, r) for p, r in files] and len(read) == len(files)
    read.clear()
    assert cache.keys(files) == first and read == []
    edited = corpus / "italy.en.txt"
    st = edited.stat()
    edited.write_bytes(edited.read_bytes().replace(b"Italy", b"ITALY", 1))  # the same size
    os.utime(edited, ns=(st.st_atime_ns, st.st_mtime_ns))
    again = cache.keys(files)
    assert read == ["italy.en.txt"] and again != first and again == [key(cache, p, r) for p, r in files]
    read.clear()
    assert cache.keys(files) == again and read == ["italy.en.txt"]  # its change time is within RACY_NS: read again
    fresh = ExtractionCache(tmp_path / "cache")  # another build, the same fingerprint
    read.clear()
    assert fresh.keys(files) == again and read == ["italy.en.txt"]
