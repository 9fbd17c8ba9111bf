"""The matcher every reading asks which vocabulary phrases occur in a sentence's tokens."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..langs import Token, phrase_tokens, phrase_words


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # partner | adjective | capital | foreign | mission | strategy | initiative | body | cue | number
    id: str
    lang: str
    phrase: str
    value: Any = None


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    i: int  # first token index
    j: int  # one past the last token index
    start: int
    end: int


_KIND_RANK = {"mission": 0, "strategy": 0, "initiative": 0, "body": 1, "partner": 2,
              "capital": 3, "adjective": 4}


TITLE = "title"  # a phrase's word that must start with a capital (``Gazetteer.add``), beside True: all capitals


class Gazetteer:
    """Token-sequence matcher over normalised keys.

    Patterns are indexed by their first key; a trailing ``*`` in a phrase matches any
    ending of its last word. Acronyms (all-capital words) match only in capitals, so
    "RAN" is not "ran" and "US" is not "us".
    """

    def __init__(self) -> None:
        self._first: dict[str, list[tuple[tuple[tuple[str, bool], ...], bool, Entry]]] = defaultdict(list)
        self._prefix_lengths: set[int] = set()
        self._by_keys: dict[tuple[str, ...], list] = {}  # a word's keys -> its candidates

    def add(self, phrase: str, lang: str, entry: Entry, capitalised: bool = False) -> None:
        """``capitalised``: the words the phrase capitalises must be capitalised in the text."""
        self._by_keys.clear()
        prefix = phrase.endswith("*")
        toks = phrase_tokens(phrase.rstrip("*"), lang)
        if capitalised:
            words = phrase_words(phrase.rstrip("*"))
            if len(words) == len(toks):
                toks = tuple((k, case or (TITLE if w[:1].isupper() else False)) for (k, case), w in zip(toks, words, strict=True))
        if not toks or not toks[0][0]:
            return
        if prefix and len(toks) == 1:
            self._prefix_lengths.add(len(toks[0][0]))
        self._first[toks[0][0]].append((toks, prefix, entry))

    def _candidates(self, tok: Token) -> tuple[list, dict[str, list]]:
        """The patterns that may start at this word, computed once per distinct word: those
        to try whatever follows, and those of several words by the key their second word
        must have (a word as common as "the" or "les" starts fifty phrases)."""
        found = self._by_keys.get(tok.keys)
        if found is not None:
            return found
        cands, seen = [], set()
        for k in tok.keys:
            if k in self._first and k not in seen:
                seen.add(k)
                cands.extend(self._first[k])
            for n in self._prefix_lengths:
                p = k[:n]
                if n < len(k) and p in self._first and p not in seen:
                    seen.add(p)
                    cands.extend(self._first[p])
        rest: list = []
        by_second: dict[str, list] = {}
        for c in cands:
            toks, prefix = c[0], c[1]
            if len(toks) >= 2 and not (prefix and len(toks) == 2):
                by_second.setdefault(toks[1][0], []).append(c)
            else:
                rest.append(c)
        found = self._by_keys[tok.keys] = (rest, by_second)
        return found

    def may_start(self, tok: Token) -> bool:
        """Whether any phrase starts with this word: most words start none, and a reading
        that tries every word (cues, counts) skips them before matching."""
        rest, by_second = self._by_keys.get(tok.keys) or self._candidates(tok)
        return bool(rest or by_second)

    def matches_at(self, tokens: list[Token], i: int, end: int | None = None) -> list[Match]:
        rest, by_second = self._candidates(tokens[i])
        if not rest and not by_second:
            return []
        end = len(tokens) if end is None else end
        candidates = rest
        if by_second and i + 1 < end:
            seconds = [c for k in dict.fromkeys(tokens[i + 1].keys) for c in by_second.get(k, ())]
            if seconds:
                candidates = rest + seconds if rest else seconds
        if not candidates:
            return []
        out = []
        for toks, prefix, entry in candidates:  # every word of every text: kept inline
            n = len(toks)
            if i + n > end:
                continue
            at = i
            for key, case in toks:
                tok = tokens[at]
                if case and not (tok.text[:1].isupper() if case is TITLE else tok.is_upper()):
                    break
                if prefix and at == i + n - 1:
                    if not any(k.startswith(key) for k in tok.keys):
                        break
                elif key not in tok.keys:
                    break
                at += 1
            else:
                out.append(Match(entry, i, i + n, tokens[i].start, tokens[i + n - 1].end))
        return out

    def all(self, tokens: list[Token], start: int = 0, end: int | None = None) -> list[Match]:
        """Every match, overlapping ones included (for cues)."""
        end = len(tokens) if end is None else end
        out = []
        known = self._by_keys
        for i in range(start, end):
            # most words start no phrase: skipped before a call (cues are matched over every sentence)
            rest, by_second = known.get(tokens[i].keys) or self._candidates(tokens[i])
            if rest or by_second:
                out.extend(self.matches_at(tokens, i, end))
        return out

    def longest(self, tokens: list[Token], start: int = 0, end: int | None = None) -> list[Match]:
        """Leftmost-longest non-overlapping matches (for entity mentions)."""
        end = len(tokens) if end is None else end
        out = []
        i = start
        known = self._by_keys
        while i < end:
            rest, by_second = known.get(tokens[i].keys) or self._candidates(tokens[i])
            ms = self.matches_at(tokens, i, end) if rest or by_second else None
            if ms:
                best = min(ms, key=lambda m: (-(m.j - m.i), _KIND_RANK.get(m.entry.kind, 5), m.entry.id))
                out.append(best)
                i = best.j
            else:
                i += 1
        return out
