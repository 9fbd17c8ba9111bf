"""Extraction: a Document becomes the facts it states about its partner.

The same mechanism serves every language: sentences are tokenised, the vocabulary
gazetteer names the entities it knows, naming patterns add the ones it does not,
and cue vocabularies from ``data/lang/<lang>.yaml`` decide statuses, relations,
scopes, cooperation and lines of effort. Nothing here names a partner, a mission
or a sentence; all of that is data.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .langs import Token, sentences, strip_accents, tokenize
from .model import Document, Evidence, Extraction, Fact, Mention
from .vocab import Entry, Lexicon, Match, Vocabulary, vocabulary

ENTITY_KINDS = ("mission", "strategy", "initiative")
PARTNER_KINDS = ("partner", "capital")
STATUS_RANK = {"ended": 3, "planned": 2, "ongoing": 1}
RESOLUTION_RANK = {"cosponsors": 3, "implements": 2, "supports": 1}
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


@dataclass
class Sent:
    start: int
    end: int
    text: str
    tokens: list[Token]
    ents: list[Match] = field(default_factory=list)
    cues: dict[str, list[Match]] = field(default_factory=lambda: defaultdict(list))
    aliases: dict[int, list[str]] = field(default_factory=dict)  # ent index -> acronyms
    quiet: list[tuple[int, int]] = field(default_factory=list)  # spans whose cues do not count
    inner: dict[int, list[str]] = field(default_factory=dict)  # ent index -> line-of-effort cues in its name

    def evidence(self, doc: Document, m_start: int, m_end: int) -> Evidence:
        return Evidence(doc.id, doc.lang, self.start, self.end, self.text, m_start, m_end)

    def has(self, prefix: str) -> bool:
        return any(k.startswith(prefix) and v for k, v in self.cues.items())


def slugify(text: str) -> str:
    s = strip_accents(text).lower().replace("'s ", " ").replace("’s ", " ")
    s = re.sub(r"[^\w]+", "-", s, flags=re.UNICODE).strip("-")
    return s[:80] or "unnamed"


# --- sentence analysis -----------------------------------------------------------


def _gap(text: str, a: Token, b: Token, offset: int) -> str:
    return text[a.end - offset : b.start - offset]


def _pattern_names(sent: Sent, lex: Lexicon, known: list[Match]) -> list[tuple[Match, list[str]]]:
    """Names of missions, strategies and initiatives that the vocabulary lacks."""
    toks = sent.tokens
    idioms = {k for m in sent.cues.get("name:not", []) for k in range(m.i, m.j)}
    heads: dict[int, str] = {}
    for cat in ("strategy:head", "initiative:head", "mission:head"):
        for m in sent.cues.get(cat, []):
            for k in range(m.i, m.j):
                if k not in idioms:
                    heads.setdefault(k, cat.split(":")[0])
    blockers = {k for m in sent.cues.get("initiative:not", []) for k in range(m.i, m.j)}
    covered = {k for m in known if m.entry.kind not in ("partner", "adjective", "capital") for k in range(m.i, m.j)}
    runs = _capitalised_runs(sent, lex) if lex.lang != "ar" else []
    if lex.lang in ("fr", "ar"):
        runs += _head_first_runs(sent, lex, heads)
    appositions = _appositions(sent, lex, heads, covered)
    runs += list(appositions)
    out = []
    used: set[int] = set()
    for i, j in sorted(runs, key=lambda r: (r[0], -r[1])):
        if any(k in used for k in range(i, j)):
            continue
        kinds = [heads[k] for k in range(i, j) if k in heads]
        if not kinds and (i, j) in appositions:
            kinds = [appositions[(i, j)]]
        if not kinds:
            continue
        kind = kinds[0]
        if any(k in covered for k in range(i, j)):
            # A longer name around a known one ("Policy Framework and National Action
            # Plan ...") is that entity, named in full.
            inner = [m for m in known if i <= m.i and m.j <= j and m.entry.kind == kind]
            outside = [k for k in range(i, j) if k in heads and not any(m.i <= k < m.j for m in inner)]
            spill = [k for k in range(i, j) if k in covered and not any(m.i <= k < m.j for m in inner)]
            if len(inner) == 1 and outside and not spill:
                surface = sent.text[toks[i].start - sent.start : toks[j - 1].end - sent.start]
                used.update(range(i, j))
                out.append((Match(inner[0].entry, i, j, toks[i].start, toks[j - 1].end), _acronym_after(sent, j)))
            continue
        if kind == "initiative" and any(k in blockers for k in range(i, j)):
            continue
        if kind == "mission" and (not sent.has("mission:military") or sent.has("mission:not")):
            continue
        if j - i < 2 and kind != "mission":
            continue
        surface = sent.text[toks[i].start - sent.start : toks[j - 1].end - sent.start]
        aliases = _acronym_after(sent, j)
        used.update(range(i, j))
        entry = Entry(kind, "new:" + slugify(surface), lex.lang, surface)
        out.append((Match(entry, i, j, toks[i].start, toks[j - 1].end), aliases))
    return out


def _capitalised_runs(sent: Sent, lex: Lexicon) -> list[tuple[int, int]]:
    toks = sent.tokens
    runs = []
    i = 0
    while i < len(toks):
        if not toks[i].is_capitalised():
            i += 1
            continue
        j = i + 1
        while j < len(toks):
            gap = _gap(sent.text, toks[j - 1], toks[j], sent.start)
            if gap.strip() not in ("", "-", "–", "/", "'", "’") or "\n" in gap:
                break
            if toks[j].is_capitalised():
                j += 1
                continue
            if toks[j].key in lex.connectors:
                if toks[j].key in lex.leading_drop and toks[j - 1].key not in lex.connectors and \
                        toks[j].key not in ("and", "et", "of", "for", "on", "to", "against", "de", "pour"):
                    break
                j += 1
                continue
            # a lower-case word after a hyphen belongs to the word before (Haram-affected)
            if gap == "-":
                j += 1
                continue
            break
        while j > i and toks[j - 1].key in lex.connectors:
            j -= 1
        while i < j and toks[i].key in lex.leading_drop:
            i += 1
        if j - i >= 1:
            runs.append((i, j))
        i = max(j, i + 1)
    return runs


def _head_first_runs(sent: Sent, lex: Lexicon, heads: dict[int, str]) -> list[tuple[int, int]]:
    """French and Arabic names start with their head noun and run to a clause break."""
    toks = sent.tokens
    stops = set()
    for cat, ms in sent.cues.items():
        if cat.startswith(("strel:", "status:", "resrel:")) or cat == "clause_break":
            for m in ms:
                stops.add(m.i)
    runs = []
    for i, kind in sorted(heads.items()):
        if i > 0 and heads.get(i - 1) == kind:
            continue
        tok = toks[i]
        scoped = any(m.i in (i + 1, i + 2) for c in ("scope:national", "scope:regional", "scope:international")
                     for m in sent.cues.get(c, []))
        if lex.lang == "fr" and not (tok.is_capitalised() or scoped):
            continue
        if lex.lang == "fr" and kind == "initiative" and not scoped:
            nxt = toks[i + 1 : i + 8]
            if not any(t.is_capitalised() for t in nxt):
                continue
        if lex.lang == "ar" and not scoped:
            continue
        j = i + 1
        while j < len(toks) and j - i < 18:
            gap = _gap(sent.text, toks[j - 1], toks[j], sent.start)
            if any(c in gap for c in ",;:.()«»،؛\"") or j in stops or toks[j].key.isdigit() or toks[j].key in lex.months:
                break
            j += 1
        while j > i + 1 and toks[j - 1].key in lex.connectors:
            j -= 1
        if j - i >= 2:
            runs.append((i, j))
    return runs


_OPEN_QUOTES = "«“\"‘"
_CLOSE_QUOTES = "»”\"’"


def _appositions(sent: Sent, lex: Lexicon, heads: dict[int, str], covered: set[int]) -> dict[tuple[int, int], str]:
    """Titles given to a generic head: "its counter-terrorism strategy, Building Resilience
    Against Terrorism," / "sa stratégie, Renforcer la résilience ..." / "خطة بعنوان «...»".

    The title names the strategy or initiative the head word speaks of even though it
    holds no head word itself.
    """
    toks = sent.tokens
    out: dict[tuple[int, int], str] = {}
    for h, kind in heads.items():
        if kind == "mission" or h + 1 >= len(toks) or toks[h].is_capitalised() and lex.lang != "fr":
            continue
        # the head may be followed by a word or two of its own ("strategy on terrorism")
        for k in range(h + 1, min(h + 4, len(toks))):
            gap = _gap(sent.text, toks[k - 1], toks[k], sent.start)
            quoted = any(q in gap for q in _OPEN_QUOTES)
            if not ("," in gap or ":" in gap or quoted):
                if any(c in gap for c in ".;()") or k in covered:
                    break
                continue
            if k in covered or k in heads:
                break
            j = k
            while j < len(toks) and j - k < 14:
                g = _gap(sent.text, toks[j - 1], toks[j], sent.start) if j > k else ""
                if j > k and (any(c in g for c in ",;:.()،؛") or any(q in g for q in _CLOSE_QUOTES)):
                    break
                if not quoted and j > k and lex.lang == "en" and not (toks[j].is_capitalised() or toks[j].key in lex.connectors):
                    break
                j += 1
            while j > k + 1 and toks[j - 1].key in lex.connectors:
                j -= 1
            end_gap = _gap(sent.text, toks[j - 1], toks[j], sent.start) if j < len(toks) else "."
            title_like = quoted or toks[k].is_capitalised() and (lex.lang != "en" or all(
                toks[x].is_capitalised() or toks[x].key in lex.connectors for x in range(k, j)))
            closed = any(c in end_gap for c in ",;:.()،؛") or any(q in end_gap for q in _CLOSE_QUOTES) or j == len(toks)
            if title_like and closed and j - k >= 2 and not any(x in covered for x in range(k, j)):
                out[(k, j)] = kind
            break
    return out


def _acronym_after(sent: Sent, j: int) -> list[str]:
    toks = sent.tokens
    if j < len(toks):
        gap = _gap(sent.text, toks[j - 1], toks[j], sent.start)
        after = sent.text[toks[j].end - sent.start : toks[j].end - sent.start + 1]
        if gap.strip() == "(" and after == ")" and toks[j].is_upper() and len(toks[j].text) >= 2:
            return [toks[j].text]
    return []


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


def analyse(doc: Document, start: int, end: int, lex: Lexicon) -> Sent:
    text = doc.text[start:end]
    sent = Sent(start, end, text, tokenize(text, doc.lang, start))
    for m in lex.cues.all(sent.tokens):
        sent.cues[m.entry.id].append(m)
    known = _with_possessors(lex.entities.longest(sent.tokens), sent, lex)
    patterns = _pattern_names(sent, lex, known)
    inside = [(m.i, m.j) for m, _ in patterns]
    ents = [m for m in known if not any(a <= m.i and m.j <= b for a, b in inside)]
    ents += [m for m, _ in patterns]
    ents.sort(key=lambda m: m.i)
    sent.ents = ents
    for idx, m in enumerate(ents):
        al = next((a for p, a in patterns if p is m), None)
        sent.aliases[idx] = al if al is not None else _acronym_after(sent, m.j)
    # Cue words inside a name ("Joint" in a task force's name) are not cues.
    names = [(m.i, m.j) for m in ents if m.entry.kind not in PARTNER_KINDS + ("adjective",)]
    for idx, m in enumerate(ents):
        if m.entry.kind == "strategy":
            sent.inner[idx] = sorted({cat[4:] for cat, ms in sent.cues.items() if cat.startswith("loe:")
                                      for c in ms if m.i <= c.i and c.j <= m.j})
    for cat, ms in sent.cues.items():
        sent.cues[cat] = [c for c in ms if not any(a <= c.i and c.j <= b for a, b in names)]
    return sent


# --- subject ---------------------------------------------------------------------


def find_subject(sents: list[Sent]) -> str | None:
    """The partner the profile is about: most named, its first sentence counting more."""
    score: Counter[str] = Counter()
    first: dict[str, int] = {}
    for n, s in enumerate(sents):
        for m in s.ents:
            if m.entry.kind == "partner":
                score[m.entry.id] += 3 if n == 0 else 1
                first.setdefault(m.entry.id, n * 10000 + m.i)
    if not score:
        for n, s in enumerate(sents):
            for m in s.ents:
                if m.entry.kind == "adjective":
                    score[m.entry.id] += 1
                    first.setdefault(m.entry.id, n * 10000 + m.i)
    if not score:
        return None
    return min(score, key=lambda p: (-score[p], first[p]))


# --- numbers ---------------------------------------------------------------------


def parse_number(tokens: list[Token], i: int, lex: Lexicon) -> tuple[int, int] | None:
    """A count starting at token i, in digits or words: (value, index after it)."""
    j = i
    while True:
        ms = [m for m in lex.numbers.matches_at(tokens, j) if m.entry.id == "approximate"]
        if not ms:
            break
        j = max(m.j for m in ms)
        if j >= len(tokens):
            return None
    if j >= len(tokens):
        return None
    tok = tokens[j]
    if any(m.entry.id == "vague" for m in lex.numbers.matches_at(tokens, j)) and not (
            j + 1 < len(tokens) and lex.numbers.matches_at(tokens, j + 1)):
        return None  # "thousands of troops", "آلاف الجنود": no count
    digits = re.sub(r"[,.\u00a0\u202f\u066c]", "", tok.key)
    if digits.isdigit():
        return int(digits), j + 1
    total = current = 0
    seen = False
    while j < len(tokens):
        ms = [m for m in lex.numbers.matches_at(tokens, j) if m.entry.id in ("units", "tens", "hundreds", "scales", "joiner")]
        if not ms:
            break
        m = max(ms, key=lambda m: m.j - m.i)
        kind, value = m.entry.id, m.entry.value
        if kind == "joiner":
            if not seen:
                break
            nxt = [x for x in lex.numbers.matches_at(tokens, m.j) if x.entry.id in ("units", "tens")]
            if not nxt:
                break
        elif kind in ("units", "tens"):
            current += value
        elif kind == "hundreds":
            current = (current or 1) * value if value == 100 else current + value
        else:
            total += (current or 1) * value
            current = 0
        seen = seen or kind != "joiner"
        j = m.j
    if not seen:
        return None
    return total + current, j


# --- facts -----------------------------------------------------------------------


class _Builder:
    def __init__(self, doc: Document, partner: str, vocab: Vocabulary, lex: Lexicon) -> None:
        self.doc, self.partner, self.vocab, self.lex = doc, partner, vocab, lex
        self.facts: dict[tuple, Fact] = {}
        self.current: set[tuple] = set()  # missions a sentence says are active today

    def add(self, kind: str, obj: object, sent: Sent, start: int, end: int, **attrs: object) -> Fact:
        fact = Fact(kind, self.partner, obj)
        key = fact.key()
        if key in self.facts:
            fact = self.facts[key]
        else:
            self.facts[key] = fact
        ev = sent.evidence(self.doc, start, end)
        if ev not in fact.evidence:
            fact.evidence.append(ev)
        for k, v in attrs.items():
            if v is None:
                continue
            old = fact.attrs.get(k)
            if old is None or _better(k, v, old):
                fact.attrs[k] = v
        return fact


def _better(attr: str, new: object, old: object) -> bool:
    if attr == "status":
        return STATUS_RANK[str(new)] > STATUS_RANK[str(old)]
    if attr == "relation" and new in RESOLUTION_RANK and old in RESOLUTION_RANK:
        return RESOLUTION_RANK[str(new)] > RESOLUTION_RANK[str(old)]
    return False


def _nearest(sent: Sent, prefix: str, i: int, j: int, before_only: bool = False) -> str | None:
    """The category (after the prefix) of the cue nearest to tokens i..j, preferring before."""
    best = None
    for cat, ms in sent.cues.items():
        if not cat.startswith(prefix):
            continue
        for m in ms:
            if m.j <= i:
                d = i - m.j
            elif m.i >= j and not before_only:
                d = m.i - j + 3
            else:
                continue
            if best is None or d < best[0]:
                best = (d, cat[len(prefix):])
    return best[1] if best else None


def _status(sent: Sent, m: Match, statuses: list[str]) -> str:
    """Of several statuses in a sentence, the one told of this mission.

    "Twelve soldiers are currently assigned to NMI, and it will send trainers to EUTM":
    the cues in the mission's own clause (no comma, semicolon or clause break
    between) decide, the strongest first ("prévoit de déployer" is planned); with
    none there, the strongest in the sentence.
    """
    breaks = {c.i for c in sent.cues.get("clause_break", [])}
    inside = []
    for status in statuses:
        for c in sent.cues.get(f"status:{status}", []):
            lo, hi = (c.j, m.i) if c.j <= m.i else (m.j, c.i) if c.i >= m.j else (None, None)
            if lo is None:
                continue
            gap = sent.text[sent.tokens[lo - 1].end - sent.start : sent.tokens[hi].start - sent.start] if lo > 0 else ""
            if not any(ch in gap for ch in ",;،؛") and not any(lo <= b < hi for b in breaks):
                inside.append(status)
    return max(inside or statuses, key=lambda x: STATUS_RANK[x])


def _mention(m: Match, sent: Sent, vocab: Vocabulary, partner: str) -> Mention:
    entry = m.entry
    key = entry.id
    known = vocab.known.get((entry.kind, key))
    if known and known.owner == "partner":
        key = f"{partner}/{key}"
    surface = sent.text[m.start - sent.start : m.end - sent.start]
    first = sent.tokens[m.i]
    if entry.lang == "ar" and first.text[:1] in "وف" and len(first.keys) > 1 and first.keys[0] != first.keys[1]:
        surface = surface[1:]  # the conjunction is not part of the name
    mention = Mention(entry.kind, key, surface, entry.lang)
    mention.scope = known.scope if known else None
    return mention


def _strategy_scope(m: Match, sent: Sent, vocab: Vocabulary, partner: str) -> str:
    known = vocab.known.get(("strategy", m.entry.id))
    if known and known.scope:
        return known.scope
    for scope in ("international", "regional", "national"):
        if any(m.i <= c.i < m.j for c in sent.cues.get(f"scope:{scope}", [])):
            return scope
    return "national" if vocab.partners[partner].kind == "state" else "regional"


def _is_military(m: Match, vocab: Vocabulary) -> bool:
    known = vocab.known.get(("mission", m.entry.id))
    return known.military if known else True


def _personnel(sent: Sent, lex: Lexicon, partner: str) -> list[tuple[int, int, int]]:
    """Counts of the partner's people in a sentence: (value, first token, last token)."""
    toks = sent.tokens
    nouns = {m.i: m.j for m in sent.cues.get("personnel", [])}
    ellipsis = {m.i for m in sent.cues.get("personnel:ellipsis", [])}
    ent_at = {m.i: m for m in sent.ents}
    out = []
    i = 0
    while i < len(toks):
        parsed = parse_number(toks, i, lex)
        if not parsed:
            i += 1
            continue
        value, j = parsed
        if _YEAR.match(str(value)) and j not in nouns:
            i = j
            continue
        ok = False
        own_first = j in ent_at and ent_at[j].entry.id == partner
        k = j
        # "three hundred Australian and one hundred New Zealand personnel": the partner's
        # own adjective right after the count makes the noun further away still its own
        while k < len(toks) and k - j <= (8 if own_first else 4):
            if k in nouns:
                ok = True
                break
            if k in ellipsis and nouns:
                ok = True
                break
            if k > j and parse_number(toks, k, lex) and not own_first:
                break
            e = ent_at.get(k)
            if e and e.entry.kind in ("partner", "adjective", "capital") and e.entry.id != partner and not own_first:
                break
            k = e.j if e else k + 1
        if ok and value > 0:
            out.append((value, i, k))
        i = j
    return out


_DETERMINERS = frozenset({"the", "both", "les", "la", "le", "l", "de", "du", "des", "d"})


def _walk_left(sent: Sent, i: int, lex: Lexicon, partner: str) -> list[int]:
    """Where the phrase governing a name may end: before its determiners, and before
    the coordination it closes (", Italy and Saudi Arabia", "UNDP and Japan", "واليابان")."""
    toks = sent.tokens
    ent_end = {m.j: m for m in sent.ents}
    k = i
    ends = [k]
    while k > 0:
        k2 = k
        while k2 > 0 and toks[k2 - 1].key in _DETERMINERS:
            k2 -= 1
        if k2 != k:
            ends.append(k2)
        gap = _gap(sent.text, toks[k2 - 1], toks[k2], sent.start) if k2 > 0 else ""
        e = None
        if k2 > 0 and toks[k2 - 1].key in ("and", "et"):
            e = ent_end.get(k2 - 1)
        elif gap.strip() == "," or lex.lang == "ar" and _arabic_conj(toks[k2]):
            e = ent_end.get(k2)
        if e and e.entry.kind in PARTNER_KINDS + ("body",) and e.entry.id != partner:
            k = e.i
            ends.append(k)
            continue
        break
    return ends


def _arabic_conj(tok: Token) -> bool:
    from .langs import normalise_ar

    w = normalise_ar(tok.text)
    return w.startswith("و") and len(tok.keys) > 1 and tok.keys[0] != tok.keys[-1]


def _cooperation(sent: Sent, lex: Lexicon, partner: str, build: _Builder) -> None:
    toks = sent.tokens
    cue_end = defaultdict(set)
    for cat in ("coop:governor", "coop:strong", "coop:location", "coop:border"):
        for m in sent.cues.get(cat, []):
            cue_end[m.j].add(cat)
    has_cue = bool(sent.cues.get("coop:cue")) or bool(sent.cues.get("coop:strong"))
    ent_end = {m.j: m for m in sent.ents}
    for m in sent.ents:
        if m.entry.kind not in PARTNER_KINDS or m.entry.id == partner:
            continue
        ends = _walk_left(sent, m.i, lex, partner)
        start = ends[-1]
        peer = False
        cats = set().union(*(cue_end.get(e, set()) for e in ends))
        if "coop:strong" in cats:
            peer = True
        elif "coop:governor" in cats and has_cue:
            gov = next(c for c in sent.cues["coop:governor"] if c.j in ends)
            peer = not any(b.j in (gov.i, gov.i - 1, gov.i - 2) for b in sent.cues.get("coop:border", []))
        elif "coop:location" in cats or "coop:border" in cats:
            peer = False
        elif has_cue:
            # Subject coordination: "Jordan and Norway have co-chaired ..."
            prev = ent_end.get(start - 1) if start > 0 and toks[start - 1].key in ("and", "et") else None
            if lex.lang == "ar" and _arabic_conj(toks[start]):
                prev = ent_end.get(start)
            if prev is not None and prev.entry.id == partner:
                peer = True
        if peer:
            build.add("cooperation", m.entry.id, sent, m.start, m.end)


def _quiet_relative_clauses(sent: Sent) -> None:
    """A clause describing a resolution ("which calls on states to ...") is not the partner's act."""
    breaks = sorted(m.i for m in sent.cues.get("clause_break", []))
    for m in sent.cues.get("res:trigger", []):
        b = next((x for x in breaks if m.j <= x <= m.j + 12), None)
        if b is None:
            continue
        start = sent.tokens[b].start
        rest = sent.text[start - sent.start :]
        stop = re.search(r"[;؛]", rest)
        sent.quiet.append((start, start + (stop.start() if stop else len(rest))))


def _resolutions(sent: Sent, lex: Lexicon, build: _Builder) -> list[tuple[str, str, int, int]]:
    toks = sent.tokens
    found = []
    for trig in sent.cues.get("res:trigger", []):
        k = trig.j
        # a trigger like "S/RES" is followed by its number; "resolution" may have the body between
        while k < len(toks) and k - trig.j <= 5 and not toks[k].key.isdigit():
            k += 1
        while k < len(toks) and toks[k].key.isdigit():
            num = toks[k].key
            body = None
            nxt = k + 1
            gap = _gap(sent.text, toks[k], toks[nxt], sent.start) if nxt < len(toks) else ""
            if gap == "/" and nxt < len(toks) and toks[nxt].key.isdigit():
                num = f"{num}/{toks[nxt].key}"
                body = "UNGA"
                nxt += 1
            elif not (3 <= len(num) <= 4):
                break
            if body is None:
                body = "UNGA" if sent.cues.get("res:UNGA") else "UNSC"
            found.append((body, num, trig.i, nxt))
            # a year in brackets, then "and" / "," and another number
            k = nxt
            if k < len(toks) and _gap(sent.text, toks[k - 1], toks[k], sent.start).strip() == "(" and _YEAR.match(toks[k].key):
                k += 1
            if k < len(toks) and (toks[k].key in ("and", "et") or _gap(sent.text, toks[k - 1], toks[k], sent.start).strip().startswith(",")):
                if toks[k].key in ("and", "et"):
                    k += 1
                if k < len(toks) and toks[k].key in ("for", "resolution", "resolutions"):
                    break
                continue
            if k < len(toks) and lex.lang == "ar" and toks[k].text.startswith("و") and toks[k].text[1:].isdigit():
                continue
            break
    out = []
    seen = set()
    for body, num, i, j in found:
        if (body, num) in seen:
            continue
        seen.add((body, num))
        relation = _nearest(sent, "resrel:", i, j, before_only=True) or _nearest(sent, "resrel:", i, j) or "supports"
        nxt = min((t.i for t in sent.cues.get("res:trigger", []) if t.i >= j), default=len(sent.tokens))
        if any(j <= c.i < nxt for c in sent.cues.get("resrel:cosponsors", [])) and \
                any(j <= c.i < nxt for c in sent.cues.get("clause_break", [])):
            relation = "cosponsors"  # "voted for resolution 2686, which it had co-drafted"
        first, last = sent.tokens[i], sent.tokens[j - 1]
        build.add("resolution", (body, num), sent, first.start, last.end, relation=relation)
        out.append((body, num, first.start, last.end))
    return out


def _lines_of_effort(sent: Sent, build: _Builder) -> None:
    negs = [m for m in sent.cues.get("negation", [])]
    for cat, ms in sent.cues.items():
        if not cat.startswith("loe:"):
            continue
        for m in ms:
            if any(a <= m.start < b for a, b in sent.quiet):
                continue
            if any(n.j in (m.i, m.i - 1) for n in negs):
                continue
            build.add("line_of_effort", cat[4:], sent, m.start, m.end)
            break


def extract(doc: Document, vocab: Vocabulary | None = None) -> Extraction:
    vocab = vocab or vocabulary()
    lex = vocab.lexicon(doc.lang)
    sents = [analyse(doc, s, e, lex) for s, e in sentences(doc.text, lex.abbreviations)]
    partner = find_subject(sents)
    if partner is None:
        return Extraction(doc, None, [])
    build = _Builder(doc, partner, vocab, lex)
    for s in sents:
        m = next((m for m in s.ents if m.entry.kind == "partner" and m.entry.id == partner), None)
        if m:
            build.add("member", "global-coalition", s, m.start, m.end)
            break
    previous: list[tuple[Fact, int]] = []
    for s in sents:
        _quiet_relative_clauses(s)
        statuses = [c for c in ("ended", "planned", "ongoing") if s.cues.get(f"status:{c}")]
        current = bool(s.cues.get("status:current")) and statuses[:1] not in (["ended"], ["planned"])
        missions = []
        for idx, m in enumerate(s.ents):
            kind = m.entry.kind
            if kind not in ENTITY_KINDS:
                continue
            mention = _mention(m, s, vocab, partner)
            mention.aliases = s.aliases.get(idx, [])
            if kind == "mission":
                status = _status(s, m, statuses) if statuses else None
                fact = build.add("mission", mention, s, m.start, m.end, status=status)
                missions.append((m, fact))
                if current:
                    build.current.add(fact.key())
                if _is_military(m, vocab):
                    build.add("line_of_effort", "military", s, m.start, m.end)
            elif kind == "strategy":
                mention.scope = _strategy_scope(m, s, vocab, partner)
                rel = _nearest(s, "strel:", m.i, m.j, before_only=True) or _nearest(s, "strel:", m.i, m.j)
                if rel is None:
                    rel = "supports" if mention.scope == "international" else "adopts"
                build.add("strategy", mention, s, m.start, m.end, relation=rel, scope=mention.scope)
                if mention.scope == "national" and rel in ("adopts", "updates"):
                    # its own plan "to prevent extremism" is an action on that line of effort
                    for loe in s.inner.get(idx, ()):
                        build.add("line_of_effort", loe, s, m.start, m.end)
            else:
                build.add("initiative", mention, s, m.start, m.end)
                known = vocab.known.get(("initiative", m.entry.id))
                for loe in known.loe if known else ():
                    build.add("line_of_effort", loe, s, m.start, m.end)
        if missions:
            for value, i, k in _personnel(s, lex, partner):
                m, fact = min(missions, key=lambda x: min(abs(x[0].i - k), abs(i - x[0].j)))
                if "personnel" not in fact.attrs:
                    fact.attrs["personnel"] = value
        elif len(previous) == 1 and not any(e.entry.kind in ENTITY_KINDS for e in s.ents) and \
                "\n" not in doc.text[previous[0][1] : s.start]:
            # "... porte le nom d'opération Chammal. Quelque six cents militaires y sont
            # aujourd'hui déployés": the next sentence of the paragraph goes on about it.
            fact, _ = previous[0]
            counts = _personnel(s, lex, partner)
            if counts and "personnel" not in fact.attrs:
                value, i, k = counts[0]
                build.add(fact.kind, fact.obj, s, s.tokens[i].start, s.tokens[k].end,
                          personnel=value, status=statuses[0] if statuses else None)
                if current:
                    build.current.add(fact.key())
        previous = [(f, s.end) for _, f in missions]
        for body, num, start, end in _resolutions(s, lex, build):
            for loe in vocab.resolution_loe.get((body, num), ()):
                build.add("line_of_effort", loe, s, start, end)
        _cooperation(s, lex, partner, build)
        _lines_of_effort(s, build)
    for key in build.current:
        fact = build.facts[key]
        if fact.attrs.get("status") == "ended":
            fact.attrs["status"] = "ongoing"  # what it does today, after what it did before
    return Extraction(doc, partner, list(build.facts.values()))
