"""Membership of the Coalition as a text tells it: partners it says joined, and partners it
says are none."""

from __future__ import annotations

from ..vocab import Lexicon, Match
from .clauses import Actors
from .sentence import PARTNER_KINDS, Sent, _gap, more_cues


def _joined(sent: Sent, actors: Actors, joined: dict[str, tuple[Sent, Match]], unsaid: bool) -> None:
    """The partners named as actors where a word of membership stands ("joined", "membre
    de", "انضمت"): members of the Coalition the sentence names; or, ``unsaid``, of the one
    the sentence before named, where nothing else is joined ("Ghana and Togo joined in
    2022", "l'ont rejointe en 2022"; not "joined the fight")."""
    after = {c.i for c in sent.cues.get("actor:membership_after", [])}
    starts = {m.i for m in sent.ents if m.entry.kind in PARTNER_KINDS}
    for cue in sent.cues["actor:membership"]:
        if unsaid and cue.j < len(sent.tokens) and not (
                cue.j in after or cue.j in starts or sent.tokens[cue.j].key[:1].isdigit()
                or _gap(sent.text, sent.tokens[cue.j - 1], sent.tokens[cue.j], sent.start).strip()):
            continue
        if cue.i in sent.denied:
            continue  # "Ukraine is not a member of the Coalition"
        seg = actors.segment(cue.i)
        if seg is None or seg.backers:
            continue
        for m in seg.group:
            if m.entry.id in seg.actors and m.entry.id not in joined:
                joined[m.entry.id] = (sent, m)


def _not_member(sent: Sent, actors: Actors, lex: Lexicon) -> set[str]:
    """The actors of a word of membership that a denial stands before ("is not a member of
    the Coalition", "n'est pas membre", "ليست عضوا")."""
    more_cues(sent, lex, "membership")
    return {p for cue in sent.cues.get("actor:membership", []) if cue.i in sent.denied
            and (seg := actors.segment(cue.i)) is not None for p in seg.actors}
