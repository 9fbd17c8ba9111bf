"""The dataset's files written by chunks: the chunks' serialisations put end to end are
the bytes pyoxigraph writes for the whole dataset, and a rebuild copies the chunks that
did not change from the release in place, giving the bytes of a cold build."""

from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest

from coalition_lod import formats, jsonld
from coalition_lod.convert import Timings, convert_lines
from coalition_lod.namespaces import PREFIXES
from coalition_lod.publish import build, release_config
from coalition_lod.rdf import nquads_text, ntriples_text

from .conftest import ROOT

PROFILES = ROOT / "tests" / "profiles" / "texts"
GENRES = ROOT / "tests" / "genres" / "texts"


@pytest.fixture
def many_chunks(monkeypatch):
    monkeypatch.setattr(formats, "EVERY", 3)  # a cut after about one graph in three


def _whole(lines, fmt: str) -> bytes:
    """What pyoxigraph writes for the whole dataset in one go."""
    if fmt == "jsonld":
        return jsonld.document_start() + jsonld.array_of_quads(lines) + b"}\n"
    text = (nquads_text(lines) if fmt == "trig" else ntriples_text(line[1:] for line in lines)).encode()
    parsed = ox.parse(text, format=ox.RdfFormat.N_QUADS if fmt == "trig" else ox.RdfFormat.N_TRIPLES)
    rdf = {"nt": ox.RdfFormat.N_TRIPLES, "ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG}[fmt]
    return ox.serialize(parsed, format=rdf, prefixes=dict(PREFIXES))


def test_chunks_end_to_end_are_the_whole_files(many_chunks, tmp_path):
    _ex, _k, lines = convert_lines([PROFILES, GENRES], None, 1, Timings(), None, release_config(None).base, provenance=True)
    ranges = formats.chunks(lines)
    assert len(ranges) > 5 and ranges[0][0] == 0 and ranges[-1][1] == len(lines)
    for (_a, b), (c, _d) in zip(ranges, ranges[1:], strict=False):
        assert b == c and lines[b][0] != lines[b - 1][0] and lines[b][1] != lines[b - 1][1]
    w = formats.FormatWriters(tmp_path, lines, 1)
    try:
        w.wait(Timings())
    finally:
        w.close()
    for fmt in formats.FORMATS:
        assert (tmp_path / f"dataset.{fmt}").read_bytes() == _whole(lines, fmt), fmt
    assert not (tmp_path / ".parts").exists()


def test_a_rebuild_copies_the_chunks_that_did_not_change(many_chunks, tmp_path, monkeypatch):
    corpus = tmp_path / "texts"
    shutil.copytree(PROFILES, corpus)
    for f in GENRES.iterdir():
        shutil.copy(f, corpus / f.name)
    cache, out = tmp_path / "cache", tmp_path / "dist"
    copied = []
    wait = formats.FormatWriters.wait

    def counting(self, timings):
        if not self.done:
            wait(self, timings)
            copied.append((self.kept.copied if self.kept else 0, len(self.ranges) * len(formats.FORMATS)))

    monkeypatch.setattr(formats.FormatWriters, "wait", counting)
    build([corpus], out, cache_dir=cache, with_pages=False)
    assert copied[-1][0] == 0
    changed = corpus / "italy.en.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Italy", "Italy ", 1), encoding="utf-8")
    build([corpus], out, cache_dir=cache, with_pages=False)
    n, total = copied[-1]
    assert 0 < n < total
    cold = build([corpus], tmp_path / "cold", use_cache=False, with_pages=False).out
    assert (out / "SHA256SUMS").read_bytes() == (cold / "SHA256SUMS").read_bytes()

    # a dataset file changed in the release in place: none of its chunks is copied from it
    ttl = out / "dataset.ttl"
    ttl.write_bytes(ttl.read_bytes() + b"\n")
    changed.write_text(changed.read_text(encoding="utf-8") + "\nItaly also works closely with Jordan.\n", encoding="utf-8")
    build([corpus], out, cache_dir=cache, with_pages=False)
    n, total = copied[-1]
    assert n <= total * 3 // 4  # the other three formats' unchanged chunks only
    shutil.rmtree(cold)
    build([corpus], cold, use_cache=False, with_pages=False)
    assert (out / "SHA256SUMS").read_bytes() == (cold / "SHA256SUMS").read_bytes()


def test_an_empty_chunk_list_writes_files_that_parse(tmp_path):
    w = formats.FormatWriters(tmp_path, [], 1)
    try:
        w.wait(Timings())
    finally:
        w.close()
    for fmt, rdf in (("ttl", ox.RdfFormat.TURTLE), ("trig", ox.RdfFormat.TRIG), ("jsonld", ox.RdfFormat.JSON_LD)):
        assert list(ox.parse((tmp_path / f"dataset.{fmt}").read_bytes(), format=rdf)) == []
    assert (tmp_path / "dataset.nt").read_bytes() == b""


def test_the_small_graphs_are_chunks_of_their_own_and_numbered_documents_are_cut_evenly():
    """The vocabulary and provenance graphs, which a rebuild maps again whatever changed,
    are chunks of their own; a corpus of numbered documents is cut as a random name
    would be (CRC-32 cut "profile-04920" to "profile-05068" into one chunk)."""
    base = "https://w3id.org/coalition-lod/graph/"
    graphs = [f"<{base}document/profile-{n:05d}.en>" for n in range(4000)] + [f"<{base}provenance>", f"<{base}vocabulary>"]
    lines = [(g, f"<urn:s:{i}:{k}>", "<urn:p>", "<urn:o>") for i, g in enumerate(sorted(graphs)) for k in range(3)]
    ranges = formats.chunks(lines)
    alone = {lines[a][0] for a, b in ranges if lines[a][0] == lines[b - 1][0] and "/document/" not in lines[a][0]}
    assert alone == {f"<{base}provenance>", f"<{base}vocabulary>"}
    sizes = sorted((b - a) // 3 for a, b in ranges)
    assert len(ranges) > 4000 / formats.EVERY * 0.8 and sizes[-1] < formats.EVERY * 12, sizes[-5:]


def test_the_n_triples_are_the_lines_own_text_and_every_term_is_still_checked(tmp_path):
    """dataset.nt is the quads' terms joined, not parsed and written again: a literal
    must then be escaped as pyoxigraph escapes it (control characters, a tab, a form feed,
    a language tag's case), and a term that is no IRI still stops the writing."""
    from coalition_lod.rdf import lit

    text = "a\tb\x0cc\x01d\x7fe \"q\" \\ \n\r é 😀"
    assert lit(text) == str(ox.Literal(text)) and lit(text, "EN-GB") == str(ox.Literal(text, language="en-gb"))
    g = "<https://w3id.org/coalition-lod/graph/document/x.en>"
    lines = sorted([(g, "<urn:x:s>", "<urn:x:p>", lit(text)), (g, "<urn:x:s>", "<urn:x:q>", lit(text, "fr")),
                    (g, "<urn:x:t>", "<urn:x:p>", "<urn:x:s>")])
    w = formats.FormatWriters(tmp_path, lines, 1)
    try:
        w.wait(Timings())
    finally:
        w.close()
    for fmt in ("nt", "ttl", "trig"):
        assert (tmp_path / f"dataset.{fmt}").read_bytes() == _whole(lines, fmt), fmt
    bad = tmp_path / "bad"
    bad.mkdir()
    w = formats.FormatWriters(bad, [(g, "<urn:x:s>", "<not an iri>", '"x"')], 1)
    try:
        with pytest.raises(SyntaxError):
            w.wait(Timings())
    finally:
        w.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_each_file_is_written_whole_by_one_writer_and_hashed_as_written(many_chunks, tmp_path, workers):
    """No parts put together: each file is written once, by the writer of its formats, which
    hashes it as it writes; the digest the description and SHA256SUMS take is the file's."""
    import hashlib

    from coalition_lod.describe import file_sha256

    _ex, _k, lines = convert_lines([PROFILES], None, 1, Timings(), None, release_config(None).base, provenance=True)
    w = formats.FormatWriters(tmp_path, lines, workers)
    try:
        w.wait(Timings())
    finally:
        w.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"dataset.{fmt}" for fmt in formats.FORMATS)
    for fmt in formats.FORMATS:
        path = tmp_path / f"dataset.{fmt}"
        assert file_sha256(path) == hashlib.sha256(path.read_bytes()).hexdigest()
        assert path.read_bytes() == _whole(lines, fmt), fmt
