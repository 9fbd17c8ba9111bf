"""A mission named by its noun and the organisation that runs it: "بعثة حلف شمال الأطلسي", "the
NATO mission", "NATO's mission", "la mission de l'OTAN", "the EU's mission". The organisation
runs several (``run_by`` in missions.yaml: NATO Mission Iraq and KFOR, the EU's missions in
Iraq, Mali, Somalia …); the one meant is the one whose host the text names nearby ("… in Iraq.
NATO's mission trains the Iraqi forces"). Read before the anaphora, so that "the mission" after
it refers to it, and "فيها" (in it) in the sentence after too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from ..vocab import Entry, Lexicon, Match, Vocabulary
from . import words
from .sentence import PARTNER_KINDS, POSSESSIVE_ENDS, Sent, add_ents

HOST_BACK = 2  # sentences before a runner's mission where its host may be named ("… في العراق. … بعثة الناتو …")


def runners_missions(sents: list[Sent], vocab: Vocabulary, lex: Lexicon) -> None:
    """Each mission's noun whose runner stands beside it, as the runner's one mission hosted by
    a state named in its sentence or the ``HOST_BACK`` before it: a mention of that mission on
    the noun's words (the runner keeps its own mention, and acts in its mission)."""
    runs, codes = _runs_of(vocab)
    if not any(m.entry.id in runs for s in sents for m in s.ents):
        return  # most texts name no organisation that runs missions
    named: list[set[str]] = []  # the codes of the states each sentence names
    for s in sents:
        here = {codes[m.entry.id] for m in s.ents if m.entry.kind in (*PARTNER_KINDS, "adjective", "capital")
                and m.entry.id in codes}
        near = here.union(*named[-HOST_BACK:])
        named.append(here)
        added = []
        for head in s.cues.get("mission:head", []):
            if any(e.i < head.j and head.i < e.j for e in s.ents):
                continue  # inside a name ("NATO Mission Iraq")
            runner = _runner_beside(s, head.i, head.j, runs.keys(), construct=lex.lang == "ar")
            if runner is None:
                continue
            fits = [slug for slug, hosts in runs[runner.entry.id] if hosts & near]
            if len(fits) == 1:
                toks = s.tokens
                added.append(Match(Entry("mission", fits[0], lex.lang, s.text[toks[head.i].start - s.start:toks[head.j - 1].end - s.start]),
                                   head.i, head.j, toks[head.i].start, toks[head.j - 1].end))
        if added:
            add_ents(s, added)


_kept: dict[int, tuple[Vocabulary, dict[str, list[tuple[str, frozenset[str]]]], dict[str, str]]] = {}


def _runs_of(vocab: Vocabulary) -> tuple[dict[str, list[tuple[str, frozenset[str]]]], dict[str, str]]:
    """The missions each organisation runs, with their hosts, by the runner's slug; and the
    partners' codes by slug: read once per vocabulary, not for each document."""
    kept = _kept.get(id(vocab))
    if kept is not None and kept[0] is vocab:
        return kept[1], kept[2]
    runs: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for (kind, slug), known in vocab.known.items():
        if kind == "mission" and known.run_by:
            runs[known.run_by].append((slug, frozenset(known.hosts)))
    codes = {slug: p.code for slug, p in vocab.partners.items()}
    _kept.clear()  # one vocabulary at a time (a build reads one; tests may load another)
    _kept[id(vocab)] = (vocab, dict(runs), codes)
    return dict(runs), codes


def runner_named_after(s: Sent, j: int, runners: Collection[str], construct: bool) -> Match | None:
    """A runner named right after the mission that ends at word ``j``: "of" and an article between ("la mission de
    l'OTAN", "EUTM Mali of the European Union"), or with ``construct`` the Arabic noun's own complement ("بعثة حلف
    شمال الأطلسي")."""
    toks = s.tokens
    k = j
    while k < len(toks) and k - j < 3 and (toks[k].key in words.OF or toks[k].key in words.DETERMINERS):
        k += 1
    after = next((e for e in s.ents if e.i == k and e.entry.id in runners), None)
    return after if after is not None and (k == j and construct or k > j and toks[j].key in words.OF) else None


def _runner_beside(s: Sent, i: int, j: int, runners: Collection[str], construct: bool) -> Match | None:
    """The runner named right after a mission's noun ("la mission de l'OTAN": "of" and an article
    between; with ``construct``, the Arabic noun's own complement, "بعثة حلف شمال الأطلسي") or right
    before it ("the NATO mission", "NATO's mission")."""
    toks = s.tokens
    if (after := runner_named_after(s, j, runners, construct)) is not None:
        return after
    before = next((e for e in s.ents if e.j in (i, i - 1) and e.entry.id in runners), None)
    if before is not None and (before.j == i or toks[i - 1].text.endswith(POSSESSIVE_ENDS) or toks[i - 1].text in POSSESSIVE_ENDS):
        return before
    # "NATO's non-combat advisory and capacity-building mission": a possessive, then the noun's lower-case modifiers
    k = i
    while k > 0 and i - k < RUNNER_MODIFIERS and toks[k - 1].text.isalpha() and toks[k - 1].text.islower():
        k -= 1
    if k < i and k > 0 and toks[k - 1].text.endswith(POSSESSIVE_ENDS):
        return next((e for e in s.ents if e.j in (k, k - 1) and e.entry.id in runners and e.j - 1 <= k - 1), None)
    return None


RUNNER_MODIFIERS = 6  # lower-case words between a runner's possessive and its mission's noun ("non-combat advisory and …")
