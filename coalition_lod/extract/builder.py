"""Facts as a document's sentences state them, gathered once each with their evidence."""

from __future__ import annotations

from ..langs import ar_prefix
from ..model import Document, Fact, Mention
from ..vocab import Known, Lexicon, Match, Vocabulary
from . import words
from .sentence import POSSESSIVE_ENDS, Sent
from .status import STATUS_RANK

RESOLUTION_RANK = {"cosponsors": 3, "implements": 2, "supports": 1}


class _Builder:
    """The document's facts as its sentences state them: one per (kind, partner, object),
    each sentence that states it again adding its evidence and any better attribute
    (``_better``: a later sentence may say more, never less)."""

    def __init__(self, doc: Document, vocab: Vocabulary, lex: Lexicon) -> None:
        self.doc, self.vocab, self.lex = doc, vocab, lex
        self.facts: dict[tuple, Fact] = {}
        self.current: set[tuple] = set()  # missions a sentence says are active today
        # (actor, other, sentence, start, end): peers the text names only as the one whose partner
        # the actor is, credited at its end where the other acts too (``cooperation._mutual_cooperation``)
        self.peers_if_acting: list[tuple[str, str, Sent, int, int]] = []

    def add(self, kind: str, partner: str, obj: object, sent: Sent, start: int, end: int, **attrs: object) -> Fact:
        fact = Fact(kind, partner, obj)
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

    def add_initiative(self, partner: str, mention: Mention, known: Known | None, sent: Sent, start: int, end: int) -> None:
        """An initiative the partner takes part in, and the lines of effort taking part in it is
        an action on (``loe`` in initiatives.yaml)."""
        self.add("initiative", partner, mention, sent, start, end)
        for loe in known.loe if known else ():
            self.add("line_of_effort", partner, loe, sent, start, end)


def _better(attr: str, new: object, old: object) -> bool:
    if attr == "status":
        return STATUS_RANK[str(new)] > STATUS_RANK[str(old)]
    if attr == "relation" and new in RESOLUTION_RANK and old in RESOLUTION_RANK:
        return RESOLUTION_RANK[str(new)] > RESOLUTION_RANK[str(old)]
    return False


def _nearest(sent: Sent, prefix: str, i: int, j: int, before_only: bool = False) -> str | None:
    """The category (after the prefix) of the cue nearest to tokens i..j, preferring before,
    and of two as near the longer ("s'inscrit dans le cadre de" over "dans le cadre de")."""
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
            if best is None or (d, m.i - m.j) < best[0]:
                best = ((d, m.i - m.j), cat[len(prefix):])
    return best[1] if best else None


def _mention(m: Match, sent: Sent, vocab: Vocabulary, partner: str) -> Mention:
    entry = m.entry
    key = entry.id
    known = vocab.known.get((entry.kind, key))
    if known and known.owner == "partner":
        key = f"{partner}/{key}"
    # a name found by its pattern as it was read (without an article elided onto its head, nor quotation marks)
    surface = entry.phrase if key.startswith("new:") else sent.text[m.start - sent.start : m.end - sent.start]
    first = sent.tokens[m.i]
    # the conjunction is not part of the name; a known name says whether its first letter
    # is one ("فريق عمل الاتصالات" starts with a root letter)
    if (entry.lang == "ar" and m.start == first.start and first.text[:1] in "وف" and len(first.keys) > 1
            and first.keys[0] != first.keys[1] and (known is None or ar_prefix(first, entry.phrase)[0])):
        surface = surface[1:]
    mention = Mention(entry.kind, key, surface, entry.lang)
    mention.scope = known.scope if known else None
    return mention


def _strategy_scope(m: Match, sent: Sent, vocab: Vocabulary, partner: str) -> str:
    known = vocab.known.get(("strategy", m.entry.id))
    if known and known.scope:
        return known.scope
    if any(m.i < e.i < m.j and e.entry.kind == "partner" and e.entry.id in vocab.partners
           and vocab.partners[e.entry.id].kind == "state" for e in sent.ents):
        return "national"  # a state's own, named by it and a region ("la stratégie du Canada au Moyen-Orient")
    toks = sent.tokens
    if any(toks[k].text.lower() in words.REGIONAL_MAKERS for k in range(m.i, m.j)) \
            and not (m.i > 0 and toks[m.i - 1].text.endswith(POSSESSIVE_ENDS)):
        return "regional"  # "the Arab Strategy for Combating Terrorism", "الاستراتيجية العربية …": the region's peoples made it
    for scope in ("international", "regional", "national"):
        # its own words, or its owner's right before it ("the Secretary-General's Plan of Action …")
        if any(m.i <= c.i < m.j or c.j == m.i and sent.tokens[c.j - 1].text.endswith(POSSESSIVE_ENDS)
               for c in sent.cues.get(f"scope:{scope}", [])):
            return scope
    return "national" if vocab.partners[partner].kind == "state" else "regional"


def _is_military(m: Match, vocab: Vocabulary) -> bool:
    known = vocab.known.get(("mission", m.entry.id))
    return known.military if known else True
