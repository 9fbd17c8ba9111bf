"""Pages linear in the data: with many documents per partner (versions, translations),
no page holds every piece of evidence about an entity. A document's page and files hold
that document's facts and evidence; an entity's page the first evidence of each fact and
a count, the rest on the fact's pages of bounded size. The whole release stays under 4×
the size of dataset.nt, and pages do not grow with the documents per partner."""

from __future__ import annotations

from pathlib import Path

import pytest

from coalition_lod.pages import EVIDENCE_PER_PAGE
from coalition_lod.publish import build


def _release(tmp_path_factory, profiles: int, partners: int) -> Path:
    from bench.generate import Generator

    corpus = tmp_path_factory.mktemp(f"many-{profiles}")
    Generator(seed=11, partners=partners).write(corpus, profiles)
    out = tmp_path_factory.mktemp(f"release-{profiles}") / "dist"
    build([corpus], out)
    return out


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    return _release(tmp_path_factory, 30, 3)  # 10 documents per partner


@pytest.fixture(scope="module")
def large(tmp_path_factory) -> Path:
    return _release(tmp_path_factory, 150, 3)  # 50 per partner, in three languages


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_the_release_stays_under_four_times_the_dataset(small, large):
    """(A release of a few documents is a little over: the ontology, shapes and page
    furniture are the same size whatever the data. The query page's YASGUI in static/,
    1.1 MB, is the same bytes in every release and is counted apart.)"""
    fixed = _size(large / "static")
    assert fixed == _size(small / "static") and 0 < fixed < 1.5e6
    ratio = (_size(large) - fixed) / (large / "dataset.nt").stat().st_size
    assert ratio < 4, f"{large}: {ratio:.2f}× besides static/"


def test_pages_do_not_grow_with_the_documents_per_partner(small, large):
    """Five times the documents per partner: a document's files stay the size they were,
    and a partner's page grows with its facts (the kinds of object it meets), not with
    the evidence about them."""
    def biggest(release: Path, folder: str, suffix: str) -> int:
        return max(p.stat().st_size for p in (release / folder).glob(f"*{suffix}"))

    for suffix in (".html", ".ttl", ".jsonld"):
        assert biggest(large, "document", suffix) < 1.5 * biggest(small, "document", suffix), suffix
    assert biggest(large, "partner", ".html") < 3 * biggest(small, "partner", ".html")
    assert biggest(large, "mission", ".jsonld") < 3 * biggest(small, "mission", ".jsonld")


def test_a_fact_s_evidence_is_on_its_pages_each_sentence_once(large):
    facts = sorted((large / "fact").glob("*.html"))
    assert facts
    for page in facts:
        assert page.read_text(encoding="utf-8").count("<blockquote") <= EVIDENCE_PER_PAGE
    # a fact read in every document of its partner has numbered pages
    assert any("-2.html" in p.name for p in facts)
    partner_page = next((large / "partner").glob("*.html")).read_text(encoding="utf-8")
    assert "all " in partner_page and "sentences" in partner_page


def test_a_documents_description_is_the_same_read_from_its_graph_or_from_its_targets(tmp_path):
    """A document's evidence is taken from its own graph in a release's quads; from the
    same triples without their graphs it is found node by node from the document's
    targets. Both give the same description, and the same sentences of evidence."""
    from bench.generate import Generator
    from coalition_lod.config import ReleaseConfig
    from coalition_lod.convert import Timings, convert_lines
    from coalition_lod.pages import OA, Site

    corpus = tmp_path / "texts"
    Generator(seed=5, partners=3).write(corpus, 40)
    for f in (Path(__file__).parent / "genres" / "texts").iterdir():
        (corpus / f.name).write_bytes(f.read_bytes())
    cfg = ReleaseConfig()
    _ex, _k, lines = convert_lines([corpus], None, 1, Timings(), None, cfg.base, provenance=True)
    by_graph = Site(lines, cfg, first=1)
    by_targets = Site([line[1:] for line in lines], cfg)
    documents = [iri for iri, cls in by_graph.entities.items() if cls == "Document"]
    assert len(documents) > 40 and by_graph.graphs and not by_targets.graphs
    for doc in documents:
        described = sorted(by_graph.description_of(doc))
        assert described == sorted(by_targets.description_of(doc)), doc
        assert any(t[1] == f"<{OA}exact>" for t in described), doc
    annotations = sorted({a for preds in by_graph.ix.into.values() for a in preds.get(OA + "hasBody", ())})
    assert annotations
    for ann in annotations:
        assert by_graph.evidence_view(ann, "fact/x.html") == by_targets.evidence_view(ann, "fact/x.html")
