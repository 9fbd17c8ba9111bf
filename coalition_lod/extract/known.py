"""The vocabulary's names read in their context: a known name with its owner's name inside
it ("استراتيجية ألبانيا المشتركة …"), a partner's formal name ("the Republic of Iraq") as
one mention, a Coalition group that a text describes rather than names ("the Coalition's
working group on foreign terrorist fighters"), a dateline's city that is also a partner's
name ("عمان"), and a meeting named as another initiative's part.
"""

from __future__ import annotations

import re

from ..langs import ar_prefix, is_flag
from ..vocab import Entry, Lexicon, Match
from . import words
from .sentence import ENTITY_KINDS, POSSESSIVE_ENDS, QUOTE_PAIRS, Sent, _gap, more_cues


def _meetings_of_others(ents: list[Match], sent: Sent) -> list[Match]:
    """An initiative named as another's part drops out: "the ministerial meeting of the Africa
    Focus Group", "الاجتماع الوزاري لمجموعة التركيز على أفريقيا" is that group's meeting, not
    the Coalition's ministerial that its bare label also names."""
    toks = sent.tokens
    drop = set()
    for n, m in enumerate(ents[:-1]):
        nxt = ents[n + 1]
        if m.entry.kind != "initiative" or nxt.entry.kind != "initiative" or nxt.entry.id == m.entry.id:
            continue
        gap = sent.text[m.end - sent.start : nxt.start - sent.start]
        if any(not (ch.isalpha() or ch.isspace() or ch in "'’") for ch in gap):
            continue  # a comma, a bracket: two names, not one's part
        between = range(m.j, nxt.i)
        if nxt.i == m.j and ar_prefix(toks[nxt.i], nxt.entry.phrase)[1] in ("ل", "لل") \
                or between and all(toks[k].key in words.OF or toks[k].key in words.DETERMINERS for k in between):
            drop.add(n)
    return [m for n, m in enumerate(ents) if n not in drop] if drop else ents


def _seats_of_others(ents: list[Match], sent: Sent) -> list[Match]:
    """A seat named by a common noun, then another partner's adjective, is that partner's: "l'armée de terre
    néerlandaise" is the Dutch army, not France's "armée de Terre" that the same words name alone."""
    drop = {n for n, m in enumerate(ents[:-1])
            if m.entry.kind == "capital" and (nxt := ents[n + 1]).entry.kind == "adjective" and nxt.entry.id != m.entry.id
            and nxt.i == m.j and not sent.text[m.end - sent.start : nxt.start - sent.start].strip()}
    return [m for n, m in enumerate(ents) if n not in drop] if drop else ents


def _with_possessors(known: list[Match], sent: Sent, lex: Lexicon) -> list[Match]:
    """Known names with an owner's name inside them ("استراتيجية ألبانيا المشتركة ...").

    After a head noun, a partner's name is the possessor; the name matches as if it
    were not there.
    """
    toks = sent.tokens
    heads = {m.i for c in ("strategy:head", "initiative:head", "mission:head") for m in sent.cues.get(c, [])}
    for p in [m for m in known if m.entry.kind in ("partner", "adjective")]:
        h = p.i - 1
        if h not in heads:
            continue
        virtual = toks[: p.i] + toks[p.j :]
        ms = [m for m in lex.entities.matches_at(virtual, h) if m.entry.kind in ENTITY_KINDS and m.j > p.i]
        if not ms:
            continue
        best = max(ms, key=lambda m: m.j)
        j = best.j + (p.j - p.i)
        merged = Match(best.entry, h, j, toks[h].start, toks[j - 1].end)
        known = [m for m in known if m.j <= h or m.i >= j] + [merged]
    return sorted(known, key=lambda m: m.i)


_GROUP_GAP = re.compile(r"[\s\"'«»“”‘’\-‐‑–]*")  # what may stand between a described group's words: no comma, no stop
_OPENING = {close: open_ for open_, close in QUOTE_PAIRS.items()} | {"'": "'"}  # a closing mark, its opening one
_CLOSING = re.compile(r"[ \u00a0\u202f]*([" + re.escape("".join(_OPENING)) + "])")
_GROUP_REACH = 8  # words between a group's head and its topic, at most


def _described_groups(known: list[Match], sent: Sent, lex: Lexicon) -> list[Match]:
    """A Coalition group that a text describes rather than names: "the Coalition's working
    group on foreign terrorist fighters", "le groupe de travail de la Coalition consacré à la
    stabilisation", "مجموعة التحالف المعنية بالاستقرار". A head ("working group"), then only
    linking words (articles, prepositions, "dedicated to", the Coalition's name), then a
    known group's topic (``topics`` in the vocabulary) make one mention of that group.

    A bare "group" is the Coalition's only with the Coalition named beside it; a head after
    a word such as "joint" or "a" is some other group ("a joint working group on foreign
    fighters" of two states), and any other word between head and topic ends the
    description ("groupe de travail conjoint sur ...", "مجموعة عمل مشتركة ...")."""
    cues = sent.cues
    heads = [(m, False) for m in cues.get("group:heads", [])] + [(m, True) for m in cues.get("group:weak_heads", [])]
    if not heads:
        return known
    more_cues(sent, lex, "groups")
    if not cues.get("group:topic"):
        return known
    toks, text = sent.tokens, sent.text
    owner_at = {m.i: m for m in cues.get("group:owner", [])}
    owner_ends = {m.j for m in cues.get("group:owner", [])}
    link_at: dict[int, int] = {}
    for m in [*cues.get("group:links", []), *owner_at.values()]:
        link_at[m.i] = max(link_at.get(m.i, m.j), m.j)
    topic_at: dict[int, Match] = {}
    for m in cues.get("group:topic", []):
        if m.i not in topic_at or m.j > topic_at[m.i].j:
            topic_at[m.i] = m
    not_before = {m.j for m in cues.get("group:not_before", [])}
    if (lex.conf["initiative"].get("groups") or {}).get("owner_before"):  # English names the owner first
        not_before |= {m.j for m in known}  # another's group: "the GCTF working group", "Italy's working group"
        not_before |= {k + 1 for k, t in enumerate(toks) if t.text.endswith(POSSESSIVE_ENDS)}  # "the forum's working group"
    narrowing = {m.i for m in cues.get("group:narrowing", [])}
    places = {m.i for m in known if m.entry.kind in ("partner", "capital", "foreign")}
    taken = [(m.i, m.j) for m in known if m.entry.kind in ENTITY_KINDS]  # a name the vocabulary knows stays
    found = []
    for head, weak in sorted(heads, key=lambda h: (h[0].i, -h[0].j)):
        if head.i in not_before - owner_ends or any(a <= head.i < b for a, b in taken):
            continue
        owned = head.i in owner_ends
        k = head.j
        while k < len(toks) and k - head.j <= _GROUP_REACH:
            if not _GROUP_GAP.fullmatch(text[toks[k - 1].end - sent.start:toks[k].start - sent.start]):
                break
            topic = topic_at.get(k)
            if topic is not None and topic.j in narrowing and any(
                    topic.j < n <= topic.j + 5 and not any(topic.j < o < n for o in owner_at) for n in places):
                # a group of one place: "on stabilisation of the south of Syria" (not "… sur l'Afrique de
                # la Coalition avec l'Italie", the Coalition's group and a partner after it)
                break
            if topic is not None and weak and not owned:  # the owner after: « groupe « Stabilisation » de la Coalition »
                n = topic.j
                while n < len(toks) and n - topic.j <= 3 and n not in owner_at and n in link_at:
                    n = link_at[n]
                owned = n in owner_at
            if topic is not None and (owned or not weak):
                end = topic.end
                if (q := _CLOSING.match(text, end - sent.start)) and _OPENING[q.group(1)] in text[head.start - sent.start:end - sent.start]:
                    end = sent.start + q.end()  # the topic in quotes: « Stabilisation »
                start = head.start  # after an Arabic proclitic: "لمجموعة عمل ..." names "مجموعة عمل ..."
                if lex.lang == "ar":
                    start += sum(map(len, ar_prefix(toks[head.i], head.entry.phrase)))
                entry = Entry("initiative", topic.entry.value, lex.lang, text[start - sent.start:end - sent.start])
                found.append(Match(entry, head.i, topic.j, start, end))
                taken.append((head.i, topic.j))
                break
            if k not in link_at:
                break
            owned = owned or k in owner_at
            k = link_at[k]
    if not found:
        return known
    spans = [(m.i, m.j) for m in found]
    return sorted([m for m in known if not any(a < m.j and m.i < b for a, b in spans)] + found, key=lambda m: m.i)


# what follows a dateline's city: a date ("CANBERRA, 9 July —", "الرياض 5 كانون الأول (واس) -",
# "COPENHAGEN, March 3 (Reuters) -"), an agency, then a dash; or the agency between slashes
# ("أبوظبي في 8 نيسان / وام /"); "AMMAN (Petra) – ..."
# (a month may be written with its other name after a slash: "20 شباط/فبراير 2024")
DATELINE_TAIL = re.compile(r"\s*[,،]?\s*(?:(?:\w{1,3}\s+)?(?:\d{1,2}\s+\w+(?:/\w+)?(?:\s+\w+)?|\w+\s+\d{1,2})(?:,?\s*\d{4})?\s*)?"
                           r"(?:(?:\([^()]{1,30}\)\s*)?[\u2013\u2014-]\s|/\s*[^/\d]{1,20}/)")


def _dateline_city(known: list[Match], sent: Sent, lex: Lexicon) -> None:
    """A dateline names a city: where a story's first word is both a partner's name and a
    capital ("عمان" is Oman and Amman), before a dash, it is the capital."""
    if not known or known[0].i != 0 or known[0].entry.kind != "partner":
        return
    if not DATELINE_TAIL.match(sent.text[known[0].end - sent.start:]):
        return
    city = next((m for m in lex.entities.matches_at(sent.tokens, 0) if m.entry.kind == "capital" and m.j == known[0].j), None)
    if city is not None:
        known[0] = city


def _marked_capitals(known: list[Match], sent: Sent, lex: Lexicon) -> None:
    """A name both a partner's and a capital's, written with the marks that tell them apart
    ("عمّان", Amman, with its shadda; Oman is "عُمان"): the capital."""
    if lex.lang != "ar":
        return
    for n, m in enumerate(known):
        if m.entry.kind == "partner" and "\u0651" in sent.text[m.start - sent.start : m.end - sent.start]:
            city = next((c for c in lex.entities.matches_at(sent.tokens, m.i) if c.entry.kind == "capital" and c.j == m.j), None)
            if city is not None:
                known[n] = city


def _dateline_country(known: list[Match], sent: Sent) -> list[Match]:
    """"LYON, France –", "BAGHDAD, Iraq (Reuters) –": the country after a dateline's city is
    where the story was filed, no actor (a capital alone stands for its government, another
    city for nobody). Without it, the first partner named after the comma."""
    toks = sent.tokens
    if len(toks) < 3 or toks[0].text != toks[0].text.upper() or not toks[0].text.isalpha() or len(toks[0].text) < 3:
        return known
    city = next((m for m in known if m.i == 0), None)
    start = city.j if city is not None else 1
    country = next((m for m in known if m.i == start and m.entry.kind == "partner"), None)
    if country is None or sent.text[toks[start - 1].end - sent.start : country.start - sent.start].strip() != "," \
            or not DATELINE_TAIL.match(sent.text[country.end - sent.start:]):
        return known
    return [m for m in known if m is not country]


def _flags_with_names(known: list[Match], sent: Sent) -> list[Match]:
    """A flag beside its own state's name ("with the 🇬🇧 UK and 🇦🇪 UAE", "France 🇫🇷") is one
    mention with it, so that a list of flagged names is still a list."""
    toks = sent.tokens
    out: list[Match] = []
    for m in known:
        prev = out[-1] if out else None
        if prev is not None and prev.j == m.i and prev.entry.id == m.entry.id \
                and not sent.text[toks[prev.j - 1].end - sent.start : m.start - sent.start].strip():
            flagged = is_flag(toks[prev.i].text) and prev.j == prev.i + 1
            if flagged or is_flag(toks[m.i].text) and m.j == m.i + 1:
                name = m if flagged else prev
                out[-1] = Match(name.entry, prev.i, m.j, prev.start, m.end)
                continue
        out.append(m)
    return out


def _with_formal_names(known: list[Match], sent: Sent, lang: str) -> list[Match]:
    """A partner's name with the words of its formal name before it ("the Republic of
    Iraq", "le Royaume du Maroc", "دولة قطر"): one mention, so that a list of formal names
    is still a list and "Republic" is no other word before the partner. In Arabic the
    formal word is in construct, without the article, and the name carries no proclitic:
    "المملكة والولايات المتحدة" is "the Kingdom [Saudi Arabia] and the United States".

    A formal noun with the partner's adjective is the partner too, as most states' formal
    names are written in French and Arabic: "la République tunisienne", "المملكة المغربية"
    (both words with the article), "the Italian Republic" (English puts the adjective first)."""
    cues = sent.cues.get("actor:formal", [])
    ends: dict[int, Match] = {}
    for c in cues:  # the longest formal words that end where the name starts: "the Arab Republic of"
        if c.j not in ends or c.i < ends[c.j].i:
            ends[c.j] = c
    nouns = [c for c in cues if sent.tokens[c.j - 1].key not in words.NAME_LINKS]
    noun_at = {c.i: c for c in nouns} if lang == "en" else {c.j: c for c in nouns}
    arabic = lang == "ar"
    out = []
    for m in known:
        if m.entry.kind == "adjective":
            c = noun_at.get(m.j if lang == "en" else m.i)
            if c is not None and arabic and not (sent.tokens[c.i].text.startswith(("ال", "وال"))
                                                 and sent.tokens[m.i].text.startswith("ال")):
                c = None
            if c is not None:
                partner = Entry("partner", m.entry.id, m.entry.lang, f"{c.entry.phrase} {m.entry.phrase}")
                first, last = (m, c) if lang == "en" else (c, m)
                m = Match(partner, first.i, last.j, first.start, last.end)
            out.append(m)
            continue
        c = ends.get(m.i) if m.entry.kind == "partner" else None
        if c is not None and arabic and (sent.tokens[c.i].text.startswith(("ال", "وال"))
                                         or any(ar_prefix(sent.tokens[m.i], m.entry.phrase))):
            c = None
        if c is not None and _gap(sent.text, sent.tokens[c.j - 1], sent.tokens[m.i], sent.start).strip():
            c = None  # "the United Kingdom, France and Australia": a comma ends the name before it
        out.append(m if c is None else Match(m.entry, c.i, m.j, c.start, m.end))
    if arabic:  # the adjective that ends a formal name: "جمهورية مصر العربية", "المملكة الأردنية الهاشمية"
        after = {c.i: c for c in sent.cues.get("actor:formal_after", []) if sent.tokens[c.i].text.startswith("ال")}
        formal = {c.i for c in cues}
        for n, m in enumerate(out):
            if m.entry.kind != "partner" or m.i not in formal:
                continue
            while (c := after.get(m.j)) is not None:  # one or more: "دولة الإمارات العربية المتحدة"
                m = out[n] = Match(m.entry, m.i, c.j, m.start, c.end)
    return out
