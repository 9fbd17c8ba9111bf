"""Who speaks: a transcript's turns and their labels, and the speaker a reporting verb opens a
sentence with, whose words the next sentence may go on with ("He added that …")."""

from __future__ import annotations

import re

from ..vocab import Entry, Lexicon, Match
from . import words
from .clauses import _NUMBER, Actors, Segment
from .sentence import PARTNER_KINDS, Sent, cues_at

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


_SHARE_SIGN = re.compile(r"^[\s\u00a0\u202f]*[%٪]")
OPINION_VERB_WITHIN = 6  # words from a share of people ("67 % des personnes interrogées") to its verb


def opinion_of_many(sent: Sent, lex: Lexicon) -> int | None:
    """Where a share of people, or a survey's respondents, say what they think ("64% of those polled
    said …", "67 % estiment qu'ils doivent être jugés sur place", "يرى 60 في المئة من المستطلعين أن
    …"): the word their opinion is told from — the sentence's start where it opens with what they
    were asked ("Interrogés sur le sort des combattants français, 67 % …") —, or None. An opinion
    is no one's act, whatever partner or pronoun its words name."""
    toks = sent.tokens
    said = [m.i for m in sent.cues.get("actor:reporting", [])]
    if not said:
        return None
    found = cues_at(sent, lex, "survey", range(len(toks)))
    people = [(m.i, m.j) for m in found if m.entry.id == "survey:people"]
    for k, t in enumerate(toks[:-1]):
        if _NUMBER.match(t.key):
            if _SHARE_SIGN.match(sent.text[t.end - sent.start:toks[k + 1].start - sent.start]):
                people.append((k, k + 1))
            people.extend((k, m.j) for m in found if m.entry.id == "survey:share" and m.i == k + 1)
    for i, j in sorted(people):
        # its verb after it (in Arabic also before it: "يرى 60 في المئة …")
        if any(j <= r <= j + OPINION_VERB_WITHIN or lex.lang == "ar" and i - 2 <= r < i for r in said):
            asked = [m for m in found if m.entry.id == "survey:asked" and m.i == 0]
            return 0 if asked else i
    return None


ITEM_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)\-–]\s*")  # a numbered item's number: "4. ", "4) "


def answered(question: Sent, answer: Sent, also: tuple[str, ...] = ()) -> Segment | None:
    """The partners an answer names where it says nothing else, after its label ("ج: المملكة العربية
    السعودية، إلى جانب إيطاليا والولايات المتحدة.", "A: Italy and Spain.", "R : l'Italie."), as the
    actors of the quiz's or FAQ's question before it ("Which countries co-chair the Counter ISIS
    Finance Group?"): the question, as its answer fills it, is their act; where it tells of working
    together, they are each other's peers, its first word the mention that refers to them all.
    None where the answer says more than names, or names none."""
    label = _SPEAKER_LABEL.match(answer.text) or ITEM_NUMBER.match(answer.text)  # "A:", or a key's "4."
    start = answer.start + (label.end() if label else 0)
    partners = [e for e in answer.ents if e.entry.kind in PARTNER_KINDS and e.start >= start]
    if not partners or not question.tokens:
        return None
    names = {k for e in partners for k in range(e.i, e.j)}
    # what may join the names: fillers, "and", "alongside" ("إلى جانب", "aux côtés de", "along with")
    joins = {k for cat, cues in answer.cues.items() if cat in ("actor:filler", "coordinator") or cat.startswith("coop:")
             for c in cues for k in range(c.i, c.j)}
    if any(t.start >= start and k not in names and k not in joins and t.key not in words.AND
           for k, t in enumerate(answer.tokens)):
        return None
    # (with the partners the question names acting: "… launched by the UAE together with which country?")
    ids = tuple(dict.fromkeys([*(e.entry.id for e in partners), *also]))
    first = question.tokens[0]
    return Segment(0, ids, plural=Match(Entry("cue", "actor:answered", "", first.text), 0, 1, first.start, first.end)
                   if len(ids) > 1 else None)


# a multiple-choice question's options on a line: "a) …  b) …", "(B) …", "أ) … ب) …"
_OPTION = re.compile(r"(?:^|\s)[(\[]?(?:[a-dA-D]|[أبجد])[)\].]\s")
CHOSEN_WITHIN = 4  # sentences after the options where a quiz's host confirms the answer given


def chosen_option(sents: list[Sent], n: int) -> tuple[str, ...]:
    """A quiz's multiple-choice question at sentence ``n``, its options on the line after ("أ) إيطاليا ب) فرنسا ج)
    إسبانيا د) اليونان."), and the host confirming the answer given ("المتسابقة: … ب) فرنسا." / "المقدّم: إجابة صحيحة!"):
    the one partner among the options that the answer, or the confirmation, names is the question's actor, as an
    answer key's is (``answered``). None where no answer is confirmed, or it names none or several."""
    if n + 2 >= len(sents) or len(_OPTION.findall(" " + sents[n + 1].text)) < 2:
        return ()
    offered = {e.entry.id for e in sents[n + 1].ents if e.entry.kind in PARTNER_KINDS}
    for k in range(n + 2, min(len(sents), n + 2 + CHOSEN_WITHIN)):
        if words.CORRECT_ANSWER.search(sents[k].text):
            said = {e.entry.id for s in (sents[k - 1], sents[k]) if s is not sents[n + 1] for e in s.ents
                    if e.entry.kind in PARTNER_KINDS} & offered
            return tuple(said) if len(said) == 1 else ()
    return ()
