"""Extraction quality on the development corpus, scored through the contract queries.

The levels asserted here are the ones reached; raise them as extraction improves,
never lower them to pass.
"""

import pytest

from coalition_lod.evaluate import evaluate

from .conftest import GOLD, PROFILES

LEVELS = {  # (lang, kind): minimum F1
    ("en", "entities"): 0.99, ("en", "attributes"): 0.99,
    ("ar", "entities"): 0.99, ("ar", "attributes"): 0.99,
    ("fr", "entities"): 0.95, ("fr", "attributes"): 0.99,
}


@pytest.fixture(scope="module")
def dev_scores():
    return evaluate(GOLD, [PROFILES])


@pytest.mark.parametrize(("lang", "kind"), sorted(LEVELS))
def test_dev_corpus_f1(dev_scores, lang, kind):
    s = dev_scores.score(lang, kind)
    assert s.tp > 0
    assert s.f1 >= LEVELS[(lang, kind)], dev_scores.table() + "\n".join(dev_scores.errors)
