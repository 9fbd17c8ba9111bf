"""Extraction quality, scored through the contract queries.

Three sets: the development corpus; our own test profiles of eight other partners
(tests/profiles, written before the rules they exercised); and a held-out batch
(tests/heldout) scored once as written and kept out of tuning, whose floor is the
issue's target minus a margin for what one text can swing. The levels asserted are
the ones reached; raise them as extraction improves, never lower them to pass.
"""

import pytest

from coalition_lod.model import InputError
from coalition_lod.scoring import evaluate

from .conftest import GOLD, PROFILES, ROOT, check_level, levels

LEVELS = levels(en=(0.99, 0.99), ar=(0.99, 0.99), fr=(0.99, 0.99))  # the dev corpus and the seeds
# Our own profiles of other partners: the targets, with the margin reached.
PROFILE_LEVELS = levels(en=(0.95, 0.95), ar=(0.95, 0.95), fr=(0.95, 0.95))
# Held out: the target for attributes; for entities a floor under it (Arabic was
# 0.880 while the Kuwait reconstruction conference was not in the vocabulary, 0.960 since).
HELDOUT_LEVELS = levels(en=(0.92, 0.85), ar=(0.92, 0.85), fr=(0.92, 0.85))


@pytest.fixture(scope="module")
def dev_scores():
    return evaluate(GOLD, [PROFILES])


@pytest.mark.parametrize(("lang", "kind"), sorted(LEVELS))
def test_dev_corpus_f1(dev_scores, lang, kind):
    check_level(dev_scores, LEVELS, lang, kind)


@pytest.fixture(scope="module")
def own_scores():
    return evaluate(ROOT / "tests" / "profiles" / "gold", [ROOT / "tests" / "profiles" / "texts"])


@pytest.fixture(scope="module")
def heldout_scores():
    return evaluate(ROOT / "tests" / "heldout" / "gold", [ROOT / "tests" / "heldout" / "texts"])


@pytest.mark.parametrize(("lang", "kind"), sorted(PROFILE_LEVELS))
def test_own_profiles_f1(own_scores, lang, kind):
    check_level(own_scores, PROFILE_LEVELS, lang, kind)


@pytest.mark.parametrize(("lang", "kind"), sorted(HELDOUT_LEVELS))
def test_heldout_profiles_f1(heldout_scores, lang, kind):
    check_level(heldout_scores, HELDOUT_LEVELS, lang, kind)


def test_errors_quote_their_sentences(tmp_path):
    """A false positive names its fact and quotes the sentence it was read in (a text whose
    gold leaves out a fact it states)."""
    (tmp_path / "texts").mkdir()
    (tmp_path / "gold").mkdir()
    (tmp_path / "texts" / "latvia.en.txt").write_text(
        "Latvia joined the Global Coalition in 2014. Latvia contributes 30 soldiers to NATO Mission Iraq.\n", encoding="utf-8")
    (tmp_path / "gold" / "latvia.en.yaml").write_text(
        "partner: {code: LV, name_en: Latvia, kind: state}\nlang: en\nfacts:\n  member_of: true\n", encoding="utf-8")
    errors = evaluate(tmp_path / "gold", [tmp_path / "texts"]).errors
    false = [e for e in errors if ": false " in e]
    assert false and all("\n    « " in e for e in false), errors
    assert any("NATO Mission Iraq" in e and "contributes 30 soldiers" in e for e in false), errors


def test_a_gold_item_in_the_wrong_shape_is_one_line_naming_the_file(tmp_path):
    """"initiatives: [Terrorist Financing Targeting Center]" for "- {name: …}" (set 100's gold, as first written)
    stopped `evaluate` halfway with a traceback; now one line names the file and the item, exit non-zero."""
    from click.testing import CliRunner

    from coalition_lod.cli import main

    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "t.en.yaml").write_text("partner: {code: US}\nlang: en\nfacts:\n  initiatives: [Some Center]\n", encoding="utf-8")
    text = tmp_path / "t.en.txt"
    text.write_text("The United States co-chairs the Some Center.", encoding="utf-8")
    r = CliRunner().invoke(main, ["evaluate", "--gold", str(gold), str(text)])
    assert r.exit_code != 0
    assert "t.en.yaml: facts: initiatives: each item is a mapping with name, not 'Some Center'" in r.output, r.output
    assert len(r.output.strip().splitlines()) == 1, r.output


def test_the_gold_check_takes_the_contracts_own_shapes(tmp_path):
    """The contract's example block, "member_of: true" and an empty key included, passes the gold check that
    8c8ff28 added (its first version read member_of as a list and stopped on 60 gold files)."""
    from coalition_lod.scoring import load_gold

    path = tmp_path / "t.en.yaml"
    path.write_text("partner: {code: AL, name_en: Albania, kind: state}\nlang: en\nfacts:\n  member_of: true\n"
                    "  missions:\n    - {mission: NATO Mission Iraq, aliases: [NMI], personnel: 6, status: planned}\n"
                    "  resolutions:\n    - {number: 2178, body: UNSC, relation: cosponsors}\n  initiatives:\n"
                    "  cooperates_with: [XK]\n  lines_of_effort: [military]\n", encoding="utf-8")
    assert load_gold(path)[0]["facts"]["member_of"] is True
    path.write_text("partner: {code: AL}\nfacts:\n  member_of: [yes]\n", encoding="utf-8")
    with pytest.raises(InputError, match="t.en.yaml: facts: member_of must be true or false"):
        load_gold(path)
