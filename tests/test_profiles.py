"""The same facts whatever the form: a profile's HTML page and its text, a profile
and its translation; and the build reports where two documents disagree."""

from __future__ import annotations

from pathlib import Path

from coalition_lod.publish import convert

from .conftest import ROOT

TEXTS = ROOT / "tests" / "profiles" / "texts"


def _facts(paths: list[Path]) -> dict[tuple, dict]:
    _ex, k, _t = convert(paths)
    return {(f.kind, f.partner, f.obj): dict(f.attrs) for f in k.facts.values()}


def test_html_page_gives_the_facts_of_its_text():
    html = _facts([ROOT / "tests" / "profiles" / "html" / "germany.en.html"])
    txt = _facts([TEXTS / "germany.en.txt"])
    assert len(txt) > 15
    assert html == txt


def test_translation_gives_the_same_facts():
    _ex, k, _t = convert([TEXTS / "canada.en.txt", TEXTS / "canada.fr.txt"])
    assert len(k.facts) > 15
    one_sided = [(f.kind, f.obj, f.documents) for f in k.facts.values() if len(f.documents) != 2]
    assert one_sided == []
    assert k.disagreements == []
    # the French strategy the vocabulary lacks is the English one: one IRI, both names
    strategy = k.entities["https://w3id.org/coalition-lod/strategy/national-strategy-on-countering-radicalization-to-violence"]
    assert strategy.labels["fr"] == ["Stratégie nationale de lutte contre la radicalisation menant à la violence"]


def test_disagreement_between_translations_is_reported(tmp_path):
    fr = (TEXTS / "canada.fr.txt").read_text(encoding="utf-8")
    changed = fr.replace("environ deux cent cinquante militaires", "environ trois cents militaires")
    assert changed != fr
    (tmp_path / "canada.fr.txt").write_text(changed, encoding="utf-8")
    _ex, k, _t = convert([TEXTS / "canada.en.txt", tmp_path / "canada.fr.txt"])
    assert any("personnel differs" in d and "250" in d and "300" in d for d in k.disagreements), k.disagreements
