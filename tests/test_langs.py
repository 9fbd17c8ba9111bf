"""The language layer: tokens, keys, numbers in words, sentences."""

from coalition_lod.extract import parse_number
from coalition_lod.langs import sentences, tokenize
from coalition_lod.vocab import vocabulary


def keys(text, lang):
    return [t.keys for t in tokenize(text, lang)]


def test_arabic_keys_fold_letter_forms_diacritics_and_clitics():
    (k,) = keys("والأردنُّ", "ar")
    assert "اردن" in k
    (k,) = keys("بعثة", "ar")
    assert k[0] == "بعثه"  # a word starting with ب keeps its first letter as its main key
    (k,) = keys("استراتيجيتها", "ar")
    assert "استراتيجيه" in k


def test_arabic_indic_digits_become_ascii():
    (k,) = keys("٢١٧٨", "ar")
    assert k[0] == "2178"


def test_french_elision_and_accents():
    assert [k[0] for k in keys("l'Union européenne d’Irak", "fr")] == ["union", "europeenne", "irak"]


def test_thousands_separators_stay_in_one_token():
    assert [t.key for t in tokenize("more than 2,700 sorties", "en")][2] == "2,700"


def value(text, lang):
    lex = vocabulary().lexicon(lang)
    toks = tokenize(text, lang)
    parsed = parse_number(toks, 0, lex)
    return parsed[0] if parsed else None


def test_a_number_written_onto_an_arabic_proclitic_is_a_word_of_its_own():
    """"بـ350 عسكرياً" (with 350 soldiers) reads as "بنحو 350 عسكرياً" does: the
    proclitic and the number are two words, their offsets in the text."""
    for text, clitic, number in (("تشارك الدنمارك بـ350 عسكرياً", "بـ", "350"), ("وب٢٠٠ جندي", "وب", "٢٠٠"),
                                 ("وبـ 350 جندياً", "وبـ", "350")):
        toks = tokenize(text, "ar")
        at = next(n for n, t in enumerate(toks) if t.text == number)
        assert toks[at - 1].text == clitic
        assert all(text[t.start:t.end] == t.text for t in toks)
    assert [t.text for t in tokenize("داعـ ـش", "ar")] == ["داعـ ـش"]  # a broken spelling stays one word


def test_numbers_in_words_in_three_languages():
    assert value("six", "en") == 6
    assert value("about three hundred", "en") == 300
    assert value("twenty-five", "en") == 25
    assert value("up to ten", "en") == 10
    assert value("a dozen", "en") == 12
    assert value("two thousand five hundred", "en") == 2500
    assert value("une quarantaine", "fr") == 40
    assert value("quatre-vingt-dix", "fr") == 90
    assert value("soixante-dix", "fr") == 70
    assert value("trois cents", "fr") == 300
    assert value("ستة", "ar") == 6
    assert value("اثنا عشر", "ar") == 12
    assert value("خمسة وعشرون", "ar") == 25
    assert value("ثلاثمائة", "ar") == 300
    assert value("نحو ٣٠٠", "ar") == 300


def test_sentences_keep_offsets_and_skip_abbreviations():
    text = "Gen. Smith met Mr. Jones in the U.S. capital. Then he left.\nA new line."
    spans = sentences(text, vocabulary().lexicon("en").abbreviations)
    assert [text[s:e] for s, e in spans] == [
        "Gen. Smith met Mr. Jones in the U.S. capital.", "Then he left.", "A new line."]


def test_every_role_the_rules_read_is_written_in_a_language_file():
    """A role's name mistyped in the rules, or dropped from the files, would leave a rule
    reading an empty set: every role words.py names has words or a pattern."""
    from coalition_lod.extract import words

    for role in words.SETS.values():
        assert words.words(role), f"function_words: {role}: no language file writes it"
    for role in words.PATTERNS.values():
        assert words.pattern(role).pattern != "(?!)", f"word_patterns: {role}: no language file writes it"
    # each language's words of a role are its own: an English rule word is not in French
    assert "against" in words.AGAINST and "contre" in words.AGAINST and "ضد" in words.AGAINST


def test_function_words_come_from_the_data_folder(tmp_path):
    """The rules read the words of the language files the build reads ($COALITION_LOD_DATA),
    not a copy in the code."""
    import os
    import shutil
    import subprocess
    import sys

    from coalition_lod.resources import data_path

    data = tmp_path / "data"
    shutil.copytree(data_path(), data)
    en = data / "lang" / "en.yaml"
    text = en.read_text(encoding="utf-8")
    assert "  against: [against, defeat, fight]\n" in text and 'next_clause: "[,،]\\\\s*(?:and|but)\\\\b"' in text
    en.write_text(text.replace("  against: [against, defeat, fight]\n", "  against: [versus]\n")
                  .replace('next_clause: "[,،]\\\\s*(?:and|but)\\\\b"', 'next_clause: "[,،]\\\\s*(?:and|yet)\\\\b"'), encoding="utf-8")
    code = ("from coalition_lod.extract import words\n"
            "print(sorted(words.AGAINST))\n"
            "print(bool(words.NEXT_CLAUSE.search(', yet it')), bool(words.NEXT_CLAUSE.search(', but it')))\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                       env={**os.environ, "COALITION_LOD_DATA": str(data)})
    assert r.returncode == 0, r.stderr
    against, clauses = r.stdout.splitlines()
    assert "'versus'" in against and "'against'" not in against and "'contre'" in against
    assert clauses == "True False"
