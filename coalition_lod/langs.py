"""Language layer: tokens with offsets, and the keys they are compared by.

Matching is never done on raw substrings: every phrase, in the vocabulary and in the
text, is cut into tokens and each token is reduced to a language-specific key
(case, accents, French elision, Arabic letter forms, diacritics, tatweel, clitics).
A text token may have several candidate keys (an Arabic word with or without its
proclitics), so that "والأردن" still meets "الأردن" while "بعثة" keeps its first
letter.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

LANGS = ("en", "fr", "ar")

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Articles and pronouns are elided (l'Union = Union); "jusqu'en" stays one word, a cue of its own.
_FR_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu)['’]", re.I)
# A token: a run of letters/digits (Arabic marks and tatweel included), a digit group
# with thousands separators, or a word with an English possessive or French elision.
# Arabic words broken to dodge filters ("داعـ ـش", "لمحـ ـاربة"): a tatweel, blanks, a
# tatweel join the two halves into one token, whose keys drop the blanks.
_AR_WORD = r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640\u200c\u200d]+"
_WORD = (r"|(?:(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’](?=\w))?"
         rf"{_AR_WORD}(?:(?<=[^\W\d_\u0640]\u0640)[ \t\u00a0]{{1,3}}\u0640?{_AR_WORD}|(?<=[\w\u064b-\u065f])[ \t\u00a0]{{1,3}}\u0640{_AR_WORD})*"
         r"(?:['’][sS]\b)?")
# a time of day is one token, no count ("**13:15** – The Netherlands says it will keep its 150 …")
_TIME = r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])|"
# a flag is one word: two regional indicator letters spell its country's code ("🇧🇪🇮🇶 Retour
# au pays !" names Belgium and Iraq), as a social-media post names its states
_REGIONAL_INDICATORS = "\U0001F1E6-\U0001F1FF"
_FLAG = f"[{_REGIONAL_INDICATORS}]{{2}}|"
_FLAG_WORD = re.compile(f"[{_REGIONAL_INDICATORS}]{{2}}")
_TOKEN = re.compile(_FLAG + _TIME + r"\d{1,3}(?:[,.\u00a0\u202f\u066c]\d{3})+(?![\d])" + _WORD)
# French groups a number's thousands with a plain space too ("1 200 soldats"); never after
# a fourth digit, so "en 2014 200 soldats" stays a year and a count
_TOKEN_BY_LANG = {"fr": re.compile(_FLAG + _TIME + r"(?=\d)(?<![\d,.])\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?![\d])" + _WORD)}
_BROKEN = re.compile(r"[\s\u0640\u200c\u200d]+")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a text, with its offsets and the keys it can be matched by."""

    text: str
    start: int
    end: int
    keys: tuple[str, ...]  # keys[0] is the full form; the others strip clitics

    @property
    def key(self) -> str:
        return self.keys[0]

    def is_upper(self) -> bool:
        """All capitals, after an elided article ("l'EUTM", "d'AFRICOM": acronyms too) and
        before an English possessive ("the UK's contribution", "NATO’s mission")."""
        letters = [c for c in _POSSESSIVE_S.sub("", _ELIDED_ARTICLE.sub("", self.text)) if c.isalpha()]
        return bool(letters) and all(c.isupper() for c in letters)

    def is_capitalised(self) -> bool:
        """Its first letter or digit is a capital or a digit, past an elided article: "l'Alliance
        des États du Sahel" opens a name as "Alliance" would."""
        text = self.text
        if "'" in text or "’" in text:  # asked of most tokens: the pattern only where an elision may be
            text = _ELIDED_ARTICLE.sub("", text)
        first = next((c for c in text if c.isalpha() or c.isdigit()), "")
        return first.isupper() or first.isdigit()


_ELIDED_ARTICLE = re.compile(r"^(?:[lLdD]|[qQ]u|[jJ]usqu)['’]")
_POSSESSIVE_S = re.compile(r"['’]s$")


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _latin_key(word: str, lang: str) -> str:
    w = word.replace("’", "'")
    if lang == "fr":
        w = _FR_ELISION.sub("", w)
    if w.lower().endswith("'s"):
        w = w[:-2]
    return strip_accents(w).lower().translate(_DIGITS)


def name_key(s: object) -> str:
    """A name compared the way the contract compares names: case, punctuation and accents ignored."""
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[\W_]+", "", s)


def normalise_ar(word: str) -> str:
    """Arabic letter forms folded: hamza carriers, alef maqsura, taa marbuta, marks."""
    w = unicodedata.normalize("NFKD", word)
    w = _AR_MARKS.sub("", w)
    w = w.replace("\u0653", "").replace("\u0654", "").replace("\u0655", "")
    w = w.replace("ٱ", "ا").replace("ى", "ي").replace("ة", "ه").replace("ی", "ي").replace("ک", "ك")
    return w.translate(_DIGITS)


def _strip_article(w: str) -> str:
    """The article taken off, and an alif-lam after it: hamza folded, "ألماني" (German) starts as
    "الماني" does, so the adjective and its definite form "الألماني" both key as "ماني"
    (stripped once, "الألماني" kept an "ال" that the adjective had lost)."""
    while w.startswith("ال") and len(w) > 3:
        w = w[2:]
    return w


def _ar_keys(word: str) -> tuple[str, ...]:
    """The word as written, then without conjunction, preposition and article."""
    w = normalise_ar(word)
    out = [_strip_article(w)]
    stems = [w]
    if w[:1] in ("و", "ف") and len(w) > 3:
        stems.append(w[1:])
    for s in list(stems):
        if s.startswith("لل") and len(s) > 4:
            stems.append(s[2:])
        elif s[:1] in ("ب", "ل", "ك") and len(s) > 3:
            stems.append(s[1:])
    for s in stems[1:]:
        out.append(_strip_article(s))
    # Possessive suffixes: استراتيجيتها -> استراتيجيه, حدودها -> حدود; a plural's too:
    # طائراتها -> طائرات, قواته -> قوات, and a sound plural's construct: مدربيها -> مدربين.
    for s in list(out):
        if len(s) >= 6 and s.endswith(("تها", "تهم", "تنا")):
            out.append(s[:-3] + "ه")
            if s[-4:-2] == "ات":
                out.append(s[:-2])
        elif len(s) >= 5 and s.endswith(("ها", "هم")):
            out.append(s[:-2])
            if len(s) >= 6 and s[-3] == "ي":
                out.append(s[:-2] + "ن")
        elif len(s) >= 5 and s.endswith("ته"):
            out.append(s[:-2] + "ه")  # صياغته -> صياغه
            if s[-3:-1] == "ات":
                out.append(s[:-1])
    seen: dict[str, None] = {}
    for k in out:
        if k:
            seen.setdefault(k, None)
    return tuple(seen)


@lru_cache(maxsize=1 << 18)
def token_keys(word: str, lang: str) -> tuple[str, ...]:
    """A text word's matching keys; cached, as a corpus repeats its words."""
    if lang == "ar" or any("\u0600" <= c <= "\u06ff" for c in word):
        return _ar_keys(_BROKEN.sub("", word) if " " in word or "\u0640" in word or "\u200c" in word else word)
    return (_latin_key(word, lang),)


def phrase_key(word: str, lang: str) -> str:
    """The single key a vocabulary word is stored under (its clitic-free form)."""
    keys = token_keys(word, lang)
    if lang == "ar" or any("\u0600" <= c <= "\u06ff" for c in word):
        # A vocabulary word is written without conjunctions or prepositions; only
        # its article is dropped, as in the text's candidates.
        return _strip_article(normalise_ar(word))
    return keys[0]


# A number written onto an Arabic proclitic: "بـ350 عسكرياً" (with 350 soldiers), "و٢٠٠": the
# proclitic and the number are two words, as "بنحو 350" is
_CLITIC_NUMBER = re.compile(r"[وفبلك]{1,3}\u0640?[ \t\u00a0]{0,3}(?=\d+$)")


def tokenize(text: str, lang: str, offset: int = 0) -> list[Token]:
    out = []
    for m in _TOKEN_BY_LANG.get(lang, _TOKEN).finditer(text):
        word, start = m.group(0), m.start() + offset
        clitic = _CLITIC_NUMBER.match(word) if word[-1].isdigit() and word[0] in "وفبلك" else None  # rare: tested cheaply first
        if clitic:
            head = word[:clitic.end()].rstrip(" \t\u00a0")
            keys = token_keys(head, lang)
            if keys:
                out.append(Token(head, start, start + len(head), keys))
            word, start = word[clitic.end():], start + clitic.end()
        keys = token_keys(word, lang)
        if keys:  # a lone tatweel or mark is no word
            out.append(Token(word, start, start + len(word), keys))
    return out


def flag(code: str) -> str:
    """A country's flag emoji: its ISO 3166 code in regional indicator letters ("BE" → 🇧🇪)."""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())


def is_flag(word: str) -> bool:
    return _FLAG_WORD.fullmatch(word) is not None


def phrase_words(phrase: str) -> list[str]:
    """A vocabulary phrase's words as written, one for each of ``phrase_tokens``."""
    return [m.group(0) for m in _TOKEN.finditer(phrase)]


@lru_cache(maxsize=65536)
def phrase_tokens(phrase: str, lang: str) -> tuple[tuple[str, bool], ...]:
    """A vocabulary phrase as (key, case-sensitive) pairs; acronyms keep their case."""
    out = []
    for m in _TOKEN.finditer(phrase):
        word = m.group(0)
        letters = [c for c in word if c.isalpha()]
        acronym = len(letters) >= 2 and all(c.isupper() for c in letters) and len(letters) <= 6
        out.append((phrase_key(word, lang), acronym))
    return tuple(out)


# --- sentences ---------------------------------------------------------------

# after the full stop: closing quotes and brackets, and a reference's marker as an
# encyclopaedia or a report prints it ("… in 2017.[5] The …", "… 2019.[a]", "… .[١٢]")
_BOUNDARY = re.compile(r"(?<=[.!?؟])[\"”’»)\]]*(?:\[(?:\d{1,3}|[a-z]|note \d{1,3})\])*\s+|\n\s*")


def sentences(text: str, abbreviations: frozenset[str]) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over text, trimmed of surrounding blanks.

    A full stop ends a sentence unless it follows a known abbreviation or a single
    capital (an initial), or the next word starts in lower case.
    """
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        cut = m.start()
        if "\n" not in m.group(0):
            before = text[start:cut]
            word = re.search(r"([\w.’'/°-]+)[.!?؟]$", before)
            nxt = text[m.end() : m.end() + 1]
            if word and (
                word.group(1).rstrip(".") in abbreviations
                or re.fullmatch(r"[A-Z]", word.group(1).rstrip("."))
            ):
                continue
            if nxt and nxt.islower():
                continue
        spans.append((start, cut))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def ar_prefix(tok: Token, entry_phrase: str) -> tuple[str, str]:
    """An Arabic word's proclitics before the name it carries: (conjunction, preposition),
    e.g. "وبالعراق" -> ("و", "ب"); "بلجيكا" -> ("", "")."""
    key = phrase_tokens(entry_phrase, "ar")[0][0] if entry_phrase else ""
    w = normalise_ar(tok.text)
    for conj in ("", "و", "ف"):
        for prep in ("", "لل", "ب", "ل", "ك"):
            pre = conj + prep
            if not w.startswith(pre):
                continue
            rest = w[len(pre):]
            if rest == key or rest.startswith("ال") and rest[2:] == key or prep == "لل" and rest == key:
                return conj, prep
    return "", ""
