"""English renderings of French and Arabic names the vocabulary lacks."""

import pytest

from coalition_lod.translate import english_names
from coalition_lod.vocab import vocabulary


@pytest.mark.parametrize(("lang", "name", "english"), [
    ("fr", "Stratégie nationale de lutte contre le terrorisme et l'extrémisme violent",
     "National Strategy for Countering Terrorism and Violent Extremism"),
    ("fr", "Plan d'action national de prévention et de lutte contre l'extrémisme violent",
     "National Action Plan for Preventing and Countering Violent Extremism"),
    ("fr", "Stratégie de prévention de la radicalisation menant au terrorisme",
     "Strategy on Preventing Radicalisation Leading to Terrorism"),
    ("ar", "الاستراتيجية الوطنية لمنع التطرف العنيف", "National Strategy for the Prevention of Violent Extremism"),
    ("ar", "خطة العمل الوطنية لمكافحة الإرهاب وتمويله", None),  # a word the glossary lacks: no guess
    ("ar", "الإطار الوطني لمكافحة غسل الأموال وتمويل الإرهاب",
     "National Framework for Combating Money Laundering and Terrorist Financing"),
    ("fr", "Feuille de route de la Tunisie pour la sécurité", "Roadmap of Tunisia for Security"),
])
def test_renderings(lang, name, english):
    out = english_names(name, vocabulary().lexicon(lang))
    if english is None:
        assert out == []
    else:
        assert english in out, out
        assert len(out) <= 48


def test_english_names_are_not_rendered():
    assert english_names("National Strategy", vocabulary().lexicon("en")) == []


def test_a_french_operations_name_gets_its_english_head():
    """A national operation named only in French ("l'opération Valiant Phoenix", a senior citizens' university's
    programme) gets its English label, as SPARQL users search in English; an Arabic one whose words the glossary does
    not know gets none (no guess)."""
    v = vocabulary()
    assert english_names("opération Desert Lance", v.lexicon("fr"))[0] == "Operation Desert Lance"
    assert english_names("mission Aigle", v.lexicon("fr"))[0] == "Mission Aigle"
    assert english_names("عملية فجر الجرود", v.lexicon("ar")) == []


def test_an_english_head_that_a_french_name_keeps_is_its_english_rendering():
    """An alumni magazine's editorial: "tombé … au sein de la Task Force Hydra": a French text's name whose head is
    English already ("Task Force", "Task Group") is its own English rendering, so the mission has an English label."""
    v = vocabulary()
    assert english_names("Task Force Sabre", v.lexicon("fr"))[0] == "Task Force Sabre"
    assert english_names("Task Group Narval", v.lexicon("fr"))[0] == "Task Group Narval"


def test_a_french_texts_name_written_in_english_is_its_english_label():
    """An alumni magazine's editorial: "la Task Force Hydra" in a French text is its English name as written, the
    entity's English label (no machine's rendering, which stays hidden), so the release warns of none missing."""
    from coalition_lod.extract import extract
    from coalition_lod.model import Document
    from coalition_lod.reconcile import reconcile

    doc = Document("t", "t.fr.txt", "fr", "En 2016, la France a déployé des forces spéciales en Irak au sein de la Task Force "
                   "Sabre, qui combattait Daech.", "text/plain")
    ents = [e for e in reconcile([extract(doc)]).entities.values() if "task-force-sabre" in e.iri]
    assert ents and ents[0].labels["en"] == ["Task Force Sabre"] and not ents[0].hidden, ents
