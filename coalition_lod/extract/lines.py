"""Lines of effort: each actor's, once per sentence, at the first cue in its clauses; and the
agents of a passive before it, whose act it is too."""

from __future__ import annotations

from .builder import _Builder
from .clauses import _HARD_BREAK, Actors, _broken
from .mentions import _committee_name, _foreign
from .sentence import Sent, _gap

HEADING_WORDS = 6  # at most, in a heading that names a line of effort
AGENT_REACH = 6  # words before a passive's "funded by" whose act its agent does too


def _agents_of_what_precedes(sent: Sent, actors: Actors) -> dict[tuple[int, int], tuple[str, ...]]:
    """The words right before a passive's agents that those agents do ("Iraq launched demining
    projects funded by Germany", "des projets de déminage financés par l'Allemagne", "مشاريع
    لإزالة الألغام بتمويل من ألمانيا", "أسلحة مقدمة من إيطاليا"): (from, to) token spans, up to
    AGENT_REACH words back and no comma or stop between, with the agents' partners."""
    out: dict[tuple[int, int], tuple[str, ...]] = {}
    for seg in actors.segments:
        if not (seg.agent and seg.actors and seg.group):
            continue
        head = seg.group[0]
        cue = next((c for c in sent.cues.get("actor:agent", []) if c.j <= head.i <= c.j + 2), None)
        if cue is None:
            continue
        a = cue.i
        while a > 0 and cue.i - a < AGENT_REACH and not _broken(sent, a) and not _HARD_BREAK.search(
                _gap(sent.text, sent.tokens[a - 1], sent.tokens[a], sent.start)):
            a -= 1
        out[(a, cue.i)] = seg.actors
    return out


def _lines_of_effort(sent: Sent, actors: Actors, build: _Builder) -> None:
    """Each line of effort once per actor and sentence, at its first cue in the actor's
    clauses. A heading names a line of effort and no actor ("Stabilisation.", "Foreign
    terrorist fighters."): a few words opening with the cue, no name; the actor carried
    from the sentence before it did not act on it."""
    if len(sent.tokens) <= HEADING_WORDS and not sent.ents and any(
            c.i == 0 for cat, cs in sent.cues.items() if cat.startswith("loe:") for c in cs):
        return
    negs = [m for m in sent.cues.get("negation", [])]
    agents = _agents_of_what_precedes(sent, actors)
    for cat, ms in sent.cues.items():
        if not cat.startswith("loe:"):
            continue
        done: set[str] = set()
        for m in ms:
            if any(a <= m.start < b for a, b in sent.quiet):
                continue
            if any(n.j in (m.i, m.i - 1) for n in negs) or m.i in sent.denied or _committee_name(sent, m) \
                    or cat == "loe:military" and _foreign(sent, m):
                continue
            for partner in (*actors.at(m.i), *(p for (a, b), ps in agents.items() if a <= m.i < b for p in ps)):
                if partner not in done:
                    done.add(partner)
                    build.add("line_of_effort", partner, cat[4:], sent, m.start, m.end)
