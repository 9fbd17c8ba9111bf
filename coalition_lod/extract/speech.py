"""Who speaks: a transcript's turns and their labels, and the speaker a reporting verb opens a
sentence with, whose words the next sentence may go on with ("He added that …")."""

from __future__ import annotations

import re

from ..vocab import Match
from .clauses import Actors
from .sentence import PARTNER_KINDS, Sent

# "Q :", "Question:", "س:", and a speaker's name in a transcript ("M. Peeters (N-VA) :", "Senator WONG:")
_SPEAKER_LABEL = re.compile(r"^\W*(?:\w{1,12}\W{0,2}|[^:：;؛?؟\n]{1,40}?)\s*[:：]\s*")


def speaker_label(text: str) -> str:
    """Who speaks a transcript's turn, as its label reads ("La ministre : …" -> "la ministre"); "" if none."""
    m = _SPEAKER_LABEL.match(text)
    return " ".join(m.group(0).rstrip().rstrip(":：").split()).casefold() if m else ""


def label_partner(sent: Sent) -> Match | None:
    """The partner a turn's label names ("La ministre belge : …", "Le ministre luxembourgeois : Nous …",
    "وزير الخارجية الأردني: …"): its "we" is that partner's from the turn's first words, before any
    sentence of the turn names one. None where the label names none ("Minister Tajani:")."""
    m = _SPEAKER_LABEL.match(sent.text)
    if m is None:
        return None
    end = sent.start + m.end()
    return next((e for e in sent.ents if e.end <= end and e.entry.kind in (*PARTNER_KINDS, "adjective")), None)


def turns(doc_text: str, sents: list[Sent]) -> list[bool] | None:
    """Which sentences open a speaker's turn in a transcript ("Minister Tajani: …", "Senator
    PATRICK: …", "Question: …" at a line's start); None where the text has fewer than two,
    and is no transcript."""
    opens = [bool(_SPEAKER_LABEL.match(s.text)) and doc_text[:s.start].rstrip(" \t")[-1:] in ("", "\n") for s in sents]
    return opens if sum(opens) >= 2 else None


SPEAKER_OPENS = 2  # words before a sentence's reporting verb where it opens the sentence ("He added", "وأضاف")
SPEAKER_SUBJECT = 8  # words of an English or French speaker before the verb ("The Kuwaiti ministry's spokesman said")


def speaker_of(sent: Sent, actors: Actors, latin: bool) -> tuple[str, ...]:
    """Whom a sentence that opens with a reporting verb, or with its speaker and that verb, quotes
    ("وقال المتحدث باسم الوزارة إن …", "The ministry's spokesman said …"): the actors of its speaker's
    clause — after the verb in Arabic, at it in English and French —, whatever partners the words it
    reports name; none where no reporting verb opens it."""
    r = _opening_report(sent, SPEAKER_SUBJECT if latin else SPEAKER_OPENS)
    if r is None:
        return ()
    return actors.at(r.i if latin else r.j)


def goes_on_speaking(sent: Sent) -> bool:
    """A sentence whose reporting verb opens it with no one named before ("وأضاف أن …", "He added
    that …", "Il a ajouté que …"): the speaker of the sentence before goes on, not the partner
    the last words of his report named ("وإن السلطات التركية ألقت القبض عليهم. وأضاف أن المطلوبين
    سيحالون إلى المحاكم" is the Iraqi spokesman's)."""
    r = _opening_report(sent, SPEAKER_OPENS)
    return r is not None and not any(m.i < r.i for m in sent.ents)


def _opening_report(sent: Sent, reach: int) -> Match | None:
    """The first reporting verb within ``reach`` words of the sentence's start, or None."""
    return next((c for c in sent.cues.get("actor:reporting", []) if c.i <= reach), None)
