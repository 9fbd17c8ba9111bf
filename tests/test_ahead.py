"""A rebuild's validation begun before the map (``ahead``): its process indexes the
previous build's chunks, drops those the build maps again and adds what the build sends.
Its report, statistics and kept groups are those of the validation it replaces: a twin
project built on one process (which validates as before) checks and keeps the same
groups, and both give the bytes of a cold build, whatever changed."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest

from coalition_lod import ahead
from coalition_lod.convert import convert_lines
from coalition_lod.publish import build
from coalition_lod.shacl import _Run
from coalition_lod.validate import _compiled

from .conftest import ROOT, profiles_and_genres, sums

PROFILES = ROOT / "tests" / "profiles" / "texts"
GENRES = ROOT / "tests" / "genres" / "texts"
BEGUN = "validate: begun before the map (cpu)"


@pytest.fixture
def corpus(tmp_path) -> Path:
    return profiles_and_genres(tmp_path)


def test_begun_ahead_it_checks_and_keeps_what_the_build_would(corpus, tmp_path):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    twin_cache, twin = tmp_path / "cache-1", tmp_path / "dist-1"
    curation = tmp_path / "curation.yaml"

    def both(**kw):
        r = build([corpus], out, cache_dir=cache, workers=2, **kw)
        t = build([corpus], twin, cache_dir=twin_cache, workers=1, **kw)
        assert BEGUN not in t.timings.stages
        assert r.report.conforms and r.checks == t.checks, (r.checks, t.checks)
        assert sums(out) == sums(twin)
        return r

    first = both()
    assert BEGUN not in first.timings.stages  # no previous build: nothing begun

    r = both()
    assert r.timings.stages[BEGUN] > 0 and r.checks[0] == 0

    # a sentence: one document's graph mapped again, its chunk dropped
    changed = corpus / "italy.en.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nItaly also works closely with Albania.\n",
                       encoding="utf-8")
    r = both()
    assert r.timings.stages[BEGUN] > 0 and 0 < r.checks[0] < r.checks[1]

    # a document removed, another added; a label curated (the vocabulary graph, always sent)
    (corpus / "news-jordan-strikes.en.txt").unlink()
    shutil.copy(GENRES / "qatar-news.ar.txt", corpus / "qatar-news-copy.ar.txt")
    curation.write_text("labels:\n  - partner: IT\n    lang: en\n    label: Italian Republic\n    preferred: true\n"
                        "    why: a test\n", encoding="utf-8")
    r = both(curation=curation)
    assert r.timings.stages[BEGUN] > 0 and r.checks[0] > 0

    cold = tmp_path / "cold"
    build([corpus], cold, use_cache=False, curation=curation)
    assert sums(out) == sums(cold)


def test_where_it_cannot_the_build_validates_itself(corpus, tmp_path, monkeypatch):
    cache, out = tmp_path / "cache", tmp_path / "dist"
    build([corpus], out, cache_dir=cache, workers=2)
    changed = corpus / "italy.en.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nItaly also works closely with Albania.\n",
                       encoding="utf-8")
    # given up at once (no process left to send to), given up after the rows came, failed,
    # and ended without a word (as when the system kills it short of memory)
    for gives_up in (lambda *_a: None, _after_the_rows, _fails, _killed):
        monkeypatch.setattr(ahead, "_validate_ahead", gives_up)
        r = build([corpus], out, cache_dir=cache, workers=2)
        assert BEGUN not in r.timings.stages and r.report.conforms and r.checks[1] > 0
        cold = tmp_path / "cold"
        shutil.rmtree(cold, ignore_errors=True)
        build([corpus], cold, use_cache=False)
        assert sums(out) == sums(cold)
        changed.write_text(changed.read_text(encoding="utf-8") + "\nItaly thanks Jordan.\n", encoding="utf-8")


def _after_the_rows(mapped, kept, orders, theirs):
    theirs.close()
    orders.recv()
    return None


def _fails(mapped, kept, orders, theirs):
    theirs.close()
    orders.recv()
    raise RuntimeError("a defect in the validation begun ahead")


def _killed(mapped, kept, orders, theirs):
    theirs.close()
    orders.recv()
    os._exit(9)


@pytest.fixture(scope="module")
def quads() -> list:
    _ex, _k, lines = convert_lines([PROFILES, GENRES], provenance=True)
    return lines


def _by_graph(lines: list) -> dict[str, list]:
    graphs: dict[str, list] = {}
    for q in lines:
        graphs.setdefault(q[0], []).append(q)
    return graphs


def _indexed(graphs: dict[str, list], names: list[str]) -> tuple[list, _Run, dict[str, tuple[int, int]]]:
    """The graphs' rows in the order of ``names``, indexed a graph at a time (as the
    chunks are), and each graph's run."""
    rows: list = []
    run = _Run(_compiled(None), rows, col=1, index=False)
    spans = {}
    for g in names:
        a = len(rows)
        rows.extend(graphs[g])
        run.add(a, len(rows))
        spans[g] = (a, len(rows))
    return rows, run, spans


def test_rows_dropped_from_the_index_are_as_if_never_there(quads):
    lines, shapes, graphs = quads, _compiled(None), _by_graph(quads)
    rng = random.Random(3)
    names = sorted(graphs)
    rng.shuffle(names)  # another order than the quads', as the chunks have them
    rows, run, spans = _indexed(graphs, names)
    documents = [g for g in names if "/graph/document/" in g]
    vocabulary = next(g for g in names if g.endswith("/graph/vocabulary>"))  # the class hierarchy
    gone = {*rng.sample(documents, 5), vocabulary}
    for g in gone:
        run.drop(*spans[g])
    left = sorted(q for g in names if g not in gone for q in graphs[g])
    whole = _Run(shapes, left, col=1)

    def rows_of(r: _Run, node: str) -> list:
        return sorted(r.rows[i] for c in r.codes(node) for i in range(c >> 32, c & 0xFFFFFFFF))

    assert run.ranges.keys() == whole.ranges.keys()
    assert all(rows_of(run, n) == rows_of(whole, n) for n in whole.ranges)
    assert {c: sorted(v) for c, v in run.instances.items()} == {c: sorted(v) for c, v in whole.instances.items()}
    assert {k: sorted(v) for k, v in run.inc.items()} == {k: sorted(v) for k, v in whole.inc.items()}
    assert dict(run.sub) == dict(whole.sub)
    # and added again: the hierarchy is back
    a = len(rows)
    rows.extend(graphs[vocabulary])
    run.add(a, len(rows))
    assert run.sub and dict(run.sub) == dict(_Run(shapes, sorted(lines), col=1).sub)


def test_checks_grouped_ahead_and_brought_up_to_date_are_grouped_afresh(quads):
    """Groups made on the previous rows, then updated for the nodes of the graphs taken
    out and added, are those made on the new rows: on random edits to those graphs (a
    type gone, another object, a statement moved into another graph). Updated only for
    the nodes whose rows differ (``ahead.moved``), as the build does, they are too, with
    the provenance graph taken out and put back as it was, as every rebuild does."""
    from coalition_lod.revalidate import Grouped

    graphs = _by_graph(quads)
    names = sorted(graphs)
    objects = sorted({q[3] for q in quads})
    provenance = next(g for g in names if g.endswith("/graph/provenance>"))
    rng = random.Random(11)
    for _ in range(6):
        rows, run, spans = _indexed(graphs, names)
        grouped, only_moved = Grouped.of(run, ahead=True), Grouped.of(run, ahead=True)
        edited = rng.sample([g for g in names if "/graph/document/" in g], 3)
        changed: set[str] = set()
        new: dict[str, list] = {provenance: list(graphs[provenance])}
        taken = [graphs[g] for g in (*edited, provenance)]
        run.drop(*spans[provenance])
        changed.update(q[1] for q in graphs[provenance])
        for g in edited:
            run.drop(*spans[g])
            changed.update(q[1] for q in graphs[g])
            quads = list(graphs[g])
            for _edit in range(3):
                i = rng.randrange(len(quads))
                kind = rng.choice(["drop", "object", "elsewhere"])
                if kind == "drop":
                    del quads[i]
                elif kind == "object":
                    quads[i] = (*quads[i][:3], rng.choice(objects))
                else:
                    other = rng.choice(edited)
                    quads[i] = (other, *quads[i][1:])
            for q in quads:
                new.setdefault(q[0], []).append(q)
        for _g, quads in sorted(new.items()):
            quads.sort()
            a = len(rows)
            rows.extend(quads)
            run.add(a, len(rows))
            changed.update(q[1] for q in quads)
        grouped.update(run, changed)
        nodes = ahead.moved(taken, new.values())
        edits = {q[1] for g in edited for q in graphs[g]} | {q[1] for g, qs in new.items() if g != provenance for q in qs}
        assert nodes <= edits and nodes < changed  # the provenance's other subjects are not brought up to date
        only_moved.update(run, nodes)
        afresh = Grouped.of(run, ahead=True)
        for g in (grouped, only_moved):
            assert g.groups == afresh.groups
            assert g.listed == afresh.listed
