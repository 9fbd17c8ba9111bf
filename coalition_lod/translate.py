"""English renderings of French and Arabic names the vocabulary lacks.

A strategy named only in a French or Arabic profile still needs an English name:
SPARQL users search in English and the same strategy is named in English in the
profile's translation. Official English names of such documents are nearly always
word-for-word renderings ("Stratégie nationale de lutte contre le terrorisme" is the
"National Strategy for Countering Terrorism"), so the name is rendered phrase by
phrase from the glossary in ``data/lang/<lang>.yaml``, in each of the usual variants.
A name with a word the glossary does not know gets no rendering: a wrong guess
would be worse than none.
"""

from __future__ import annotations

import heapq
import re

from .langs import normalise_ar, phrase_tokens, tokenize
from .vocab import Lexicon

MAX_VARIANTS = 48
_SMALL = frozenset({"of", "for", "on", "and", "or", "the", "to", "in", "against", "with", "from", "at", "by", "a", "an"})
_AR_PROCLITICS = (("لل", ("for the", "for", "of the")), ("ل", ("for", "to", "of")), ("ب", ("on", "in", "by")))


def _title(words: str) -> str:
    out = []
    for n, w in enumerate(words.split()):
        if n and w.lower() in _SMALL:
            out.append(w.lower())
        elif w[:1].islower():
            out.append(w[:1].upper() + w[1:])
        else:
            out.append(w)
    return " ".join(out)


def _proclitic_options(word: str, matched_key: str) -> list[tuple[str, ...]]:
    """Renderings of the clitics in front of an Arabic word the glossary spells bare."""
    w = normalise_ar(word)
    out: list[tuple[str, ...]] = []
    if w.startswith(("و", "ف")) and not matched_key.startswith(w[0]):
        out.append(("and",))
        w = w[1:]
    for clitic, options in _AR_PROCLITICS:
        if w.startswith(clitic) and not matched_key.startswith(clitic) and len(w) > len(clitic) + 2:
            out.append(options)
            break
    return out


def english_names(name: str, lex: Lexicon) -> list[str]:
    """The usual English renderings of a French or Arabic name, most likely first."""
    if lex.lang == "en":
        return []
    toks = tokenize(name, lex.lang)
    slots: list[tuple[str, ...]] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        ms = lex.glossary.matches_at(toks, i)
        if ms:
            # the entry that spells the whole word (with its clitic) before a bare one
            best = max(ms, key=lambda m: (m.j - m.i, phrase_tokens(m.entry.phrase, lex.lang)[0][0] == tok.keys[0]))
            if lex.lang == "ar":
                slots.extend(_proclitic_options(tok.text, phrase_tokens(best.entry.phrase, lex.lang)[0][0]))
            slots.append(tuple(best.entry.value))
            i = best.j
            continue
        if re.fullmatch(r"\d[\d\-/]*", tok.key) or i > 0 and tok.text[:1].isupper() and tok.text[1:].islower():
            slots.append((tok.text,))  # a year, a number or a proper name stays as written
            i += 1
            continue
        return []
    if not slots:
        return []
    return _variants(slots)


def _variants(slots: list[tuple[str, ...]]) -> list[str]:
    """Combinations of renderings in order of their summed rank: the usual ones first."""
    seen: dict[str, None] = {}
    start = (0,) * len(slots)
    heap = [(0, start)]
    visited = {start}
    while heap and len(seen) < MAX_VARIANTS:
        _, idx = heapq.heappop(heap)
        text = " ".join(w for w, n in zip(slots, idx, strict=True) for w in [w[n]] if w)
        text = _title(" ".join(text.split()))
        if text:
            seen.setdefault(text, None)
        for k in range(len(slots)):
            if idx[k] + 1 < len(slots[k]):
                nxt = idx[:k] + (idx[k] + 1,) + idx[k + 1 :]
                if nxt not in visited:
                    visited.add(nxt)
                    heapq.heappush(heap, (sum(nxt), nxt))
    return list(seen)


__all__ = ["english_names"]
