"""Helpers of the extraction tests: a text's facts and attributes by partner code, and checks of each case."""

from __future__ import annotations

from collections import defaultdict

from coalition_lod.extract import extract
from coalition_lod.model import Document
from coalition_lod.vocab import vocabulary

from .conftest import ROOT

GENRES = ROOT / "tests" / "genres"


def extract_sents(doc: Document) -> list:
    from coalition_lod.extract.analysis import analyse
    from coalition_lod.langs import sentences

    lex = vocabulary().lexicon(doc.lang)
    return [analyse(doc, a, b, lex) for a, b in sentences(doc.text, lex.abbreviations)]


def facts(text: str, lang: str) -> dict[str, set[tuple]]:
    """The facts of a text by partner code: {code: {(kind, object), ...}}."""
    doc = Document("t", "t.txt", lang, text, "text/plain")
    codes = {slug: p.code for slug, p in vocabulary().partners.items()}
    out: dict[str, set[tuple]] = defaultdict(set)
    for f in extract(doc).facts:
        obj = getattr(f.obj, "key", f.obj)
        out[codes[f.partner]].add((f.kind, codes.get(obj, obj) if f.kind == "cooperation" else obj))
    return dict(out)


def _status_is(cases, key: tuple[str, str], status: str) -> None:
    """Each text of ``cases`` ((lang, text) pairs) gives the mission ``key`` (partner, mission) that status."""
    for lang, text in cases:
        got = attrs(text, lang)
        assert got.get(key, {}).get("status") == status, (lang, text, got)


def _not_ended(cases, key: tuple[str, str]) -> None:
    """No text of ``cases`` ((lang, text) pairs) gives the mission ``key`` (partner, mission) the status "ended"."""
    for lang, text in cases:
        got = attrs(text, lang)
        assert got.get(key, {}).get("status") != "ended", (lang, text, got)


def _headcount_is(cases, key: tuple[str, str], count: int) -> None:
    """Each text of ``cases`` ((lang, text) pairs) gives the mission ``key`` (partner, mission) that headcount."""
    for lang, text in cases:
        got = attrs(text, lang)
        assert got.get(key, {}).get("personnel") == count, (lang, text, got)


def _credits(cases, codes: tuple[str, ...], fact: tuple) -> None:
    """Each text of ``cases`` ((lang, text) pairs) credits each partner of ``codes`` with ``fact``
    (kind, object)."""
    for lang, text in cases:
        got = facts(text, lang)
        for code in codes:
            assert fact in got.get(code, set()), (text, got)


def _each_credited(cases, fact: tuple) -> None:
    """Each case of ``cases`` ((lang, text, code) triples) credits its partner ``code`` with
    ``fact`` (kind, object)."""
    for lang, text, code in cases:
        got = facts(text, lang)
        assert fact in got.get(code, set()), (text, got)


def _credited_not_other(cases, code: str, fact: tuple, other: str) -> None:
    """Each text of ``cases`` ((lang, text) pairs) credits partner ``code`` with ``fact`` (kind, object)
    and partner ``other`` (named there as a recipient or a place) with nothing."""
    for lang, text in cases:
        got = facts(text, lang)
        assert fact in got.get(code, set()), (lang, got)
        assert other not in got, (lang, got)


def _credited_but_not(cases, code: str, fact: tuple, not_fact: tuple) -> None:
    """Each text of ``cases`` ((lang, text) pairs) credits partner ``code`` with ``fact`` and not with ``not_fact``
    (kind, object each)."""
    for lang, text in cases:
        got = facts(text, lang)
        assert not_fact not in got.get(code, set()), (lang, got)
        assert fact in got.get(code, set()), (lang, got)


def _not_credited(cases, code: str, fact: tuple) -> None:
    """Each text of ``cases`` ((lang, text) pairs) does not credit partner ``code`` with ``fact`` (kind, object)."""
    for lang, text in cases:
        got = facts(text, lang)
        assert fact not in got.get(code, set()), (lang, got)


def _none_credited(cases, kind: str) -> None:
    """Each text of ``cases`` ((lang, text) pairs) credits no partner with a fact of ``kind``."""
    for lang, text in cases:
        got = facts(text, lang)
        assert not any(k == kind for held in got.values() for k, _o in held), (text, got)


def _each_takes_part(cases, codes: tuple[str, ...], initiative: str) -> None:
    """Each text of ``cases`` ((lang, text) pairs) gives every partner of ``codes`` the initiative."""
    for lang, text in cases:
        got = facts(text, lang)
        for code in codes:
            assert ("initiative", initiative) in got.get(code, set()), (text, code, got)


def attrs(text: str, lang: str, kind: str = "mission") -> dict[tuple, dict]:
    doc = Document("t", "t.txt", lang, text, "text/plain")
    return {(f.partner, getattr(f.obj, "key", f.obj)): f.attrs for f in extract(doc).facts if f.kind == kind}


def _kinds(got: dict) -> set[str]:
    """The kinds of the facts found, whoever's."""
    return {kind for fs in got.values() for kind, _o in fs}


def _each_others_peer(text: str, lang: str, pair: set[str]) -> None:
    """The two partners of ``pair`` are read, each with the other as a peer."""
    got = facts(text, lang)
    a, b = sorted(pair)
    assert ("cooperation", b) in got.get(a, set()) and ("cooperation", a) in got.get(b, set()), (text, got)
