"""Where a sentence stands in its document: a title, a heading, a dateline on its own line,
a question, a chair line of minutes; and what the document is about."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator

from ..vocab import Entry, Lexicon, Match, Vocabulary
from . import words
from .actors import ActorFinder
from .clauses import _BLANK_LINE, Actors, Clause, Segment, bodies, topic_label
from .names import _amount
from .sentence import ENTITY_KINDS, PARTNER_KINDS, POSSESSIVE_ENDS, Sent, _gap, cues_at, more_cues
from .speech import _SPEAKER_LABEL, ITEM_NUMBER


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


def _speech_speaker(sents: list[Sent], vocab: Vocabulary, finder: ActorFinder) -> Match | None:
    """The partner a speech's title names ("Remarks by the Minister of Foreign Affairs of
    Greece at ...", "Allocution du ministre grec ...", "كلمة وزير خارجية اليونان ..."): the
    title's first words say it is a speech, and it names one partner of the Coalition, a
    place it names aside ("Entretien avec l'ambassadeur du Canada en Irak")."""
    if not sents:
        return None
    s = sents[0]
    if (label := words.SPEECH_LABEL.match(s.text)) is not None:
        # "حوار | بطل الجوجيتسو الإماراتي …", "Interview | …": a section's label, then whom it is with
        named = [x for x in _members(s, vocab, finder) if x.start - s.start >= label.end()]
        return named[0] if len(named) == 1 else None
    for m in s.cues.get("actor:speech", []):
        if m.i <= 1:
            return _one_member(s, vocab, finder)
        # or its second part, after a quoted line and a colon or dash ('"We will stay as long as Iraq asks
        # us to": an interview with the Czech defence minister'): the partner named from it on, the
        # first part's partners aside
        k = m.i - 1 if len(s.tokens[m.i - 1].text) <= 3 and m.i >= 2 else m.i  # "an", "un", "le"
        if _TITLE_PARTS.search(_gap(s.text, s.tokens[k - 1], s.tokens[k], s.start)):
            named = [x for x in _members(s, vocab, finder) if x.i >= m.i]
            return named[0] if len(named) == 1 else None
    return None


_TITLE_PARTS = re.compile(r"[:|—–]")  # what parts a title: "Title: an interview with …", "… — Entretien avec …"


def _members(s: Sent, vocab: Vocabulary, finder: ActorFinder) -> tuple[Match, ...]:
    """The member partners a line names, by name or adjective, each once, the places it names aside (a list's member
    as its first is: "des ministres … de Belgique, des Pays-Bas et du Luxembourg", whose "du Luxembourg" alone reads as a
    place)."""
    first = {id(m): g[0] for g in finder.groups(s) for m in g}
    named: dict[str, Match] = {}
    for m in s.ents:
        if m.entry.kind in ("partner", "adjective") and m.entry.id in vocab.partners and vocab.partners[m.entry.id].member \
                and not (m.entry.kind == "partner" and finder.is_place(s, first.get(id(m), m))):
            named.setdefault(m.entry.id, m)
    return tuple(named.values())


def _one_member(s: Sent, vocab: Vocabulary, finder: ActorFinder) -> Match | None:
    """The one member partner a line names, by name or adjective, a place it names aside; None
    where it names none or two."""
    named = _members(s, vocab, finder)
    return named[0] if len(named) == 1 else None


BYLINE_LINES = 3  # a text's first and last sentences, where its author's line may stand
BYLINE_WORDS = 25  # at most, in an author's line


def _byline_authors(sents: list[Sent], vocab: Vocabulary, lex: Lexicon,
                    finder: ActorFinder) -> tuple[Sent | None, tuple[Match, ...]]:
    """The partners an op-ed's author line names ("The author is New Zealand's Minister of
    Foreign Affairs.", "L'auteur est ministre … de la Belgique", "بقلم وزير خارجية الأردن", "Par le
    ministre … de la République française et le ministre … de la République d'Irak"): among the
    text's first and last sentences, a short one that opens with the words of an author's line
    and names member partners that are no places; whose "we" the text's is (two or more: the
    authors write jointly, as a joint statement's partners do), with that line."""
    ends = sorted({*range(min(BYLINE_LINES, len(sents))), *range(max(0, len(sents) - BYLINE_LINES), len(sents))})
    for s in (sents[n] for n in ends):
        if len(s.tokens) > BYLINE_WORDS:
            continue
        # its words first; a one-word one ("By", "Par", "بقلم") on a line with no stop ("France, by contrast, …", "By
        # 2016, Denmark and Norway had sent troops.": no author's line)
        bylined = any(m.j - m.i > 1 or s.text.rstrip()[-1:] not in ".!?؟" for m in cues_at(s, lex, "bylines", (0, 1)))
        if bylined:
            more_cues(s, lex, "record_labels")  # (a record's "Funded by: …", its donors, is no author's line)
        if bylined and not any(c.i == 0 for c in s.cues.get("initiative:owner_label", [])) \
                and (authors := _members(s, vocab, finder)):
            return s, authors
    return None, ()


# an account's handle on a social network ("@BDF_bh", "@DefenceHQ"), not an e-mail address's "@"
_HANDLE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_]{2,30}\b")


def account_line(sents: list[Sent], vocab: Vocabulary, finder: ActorFinder) -> tuple[Sent | None, tuple[Match, ...]]:
    """A thread of posts copied with its account's line ("وزارة الدفاع البحرينية @BDF_bh · 3 كانون الثاني", "UK
    Ministry of Defence @DefenceHQ · Jan 3"): among the text's first lines, a short one whose account's name, before
    its handle, names one member partner — whose "we" the posts are, whoever they name last ("… خلفاً للبحرية
    الكويتية. وتواصل سفننا …": Bahrain's ships)."""
    for s in sents[:BYLINE_LINES]:
        handle = _HANDLE.search(s.text)
        if handle is None or len(s.tokens) > BYLINE_WORDS:
            continue
        at = s.start + handle.start()
        named = _members(s, vocab, finder)
        if len(named) == 1 and named[0].end <= at:
            return s, named
    return None, ()


def thread_of_posts(text: str) -> bool:
    """A forum's thread: two or more lines head its posts ("Posted by …", "Re: …", "Posté par …", "رد: …"), each
    written by another, so no one writer's "we" is the whole text's."""
    return sum(1 for line in text.splitlines() if words.POST_HEADER.match(line)) >= 2


DATELINE_WITHIN = 3  # sentences a story's dateline may come after (its headline, a subtitle)


CHAIRS_WITHIN = 4  # lines of minutes before their chairs' (``_chair_line``): a title, a date, a place


def _question(sent: Sent, lex: Lexicon) -> bool:
    """A sentence that asks, all of it (an interview's or a FAQ's question); not one that
    states something before a question it raises ("…; il est devenu une référence sur une
    question difficile : que faire des ressortissants … ?"), nor one that asks only to tell
    ("Did you know that Jordan launched the Aqaba Meetings?", "هل تعلم أن …؟": a school
    broadcast's, a quiz card's, a post's way of stating what follows "that")."""
    text = _SPEAKER_LABEL.sub("", sent.text.rstrip(), count=1)  # "Q : …", "Question: …", "س: …"
    # (nor a statement whose tag asks to confirm it: "That was Operation Manawa, wasn't it?")
    return text[-1:] in ("?", "؟") and not any(ch in text for ch in ":;؛") \
        and not cues_at(sent, lex, "stating", (0, 1)) and not words.TAG_QUESTION.search(text)


BARE_QUESTION_WORDS = 4  # words at most of a question that only names what it asks about ("And Kuwait?", "وماذا عن قطر؟")


def bare_question(sent: Sent, lex: Lexicon) -> bool:
    """A question that names what it asks about and says nothing of it ("Analyst: And Kuwait?", "Et le Qatar ?", "وماذا
    عن قطر؟"): it makes no partner what the text is about (a company's call, whose "we" is the company's); not one that
    asks of an act ("Le Tchad reste-t-il dans la Force … ?", whose answers' "we" it tells)."""
    if sent.text.rstrip()[-1:] not in ("?", "؟"):
        return False  # most sentences ask nothing: no label's pattern run for them
    text = _SPEAKER_LABEL.sub("", sent.text.rstrip(), count=1)
    return len(text.split()) <= BARE_QUESTION_WORDS and _question(sent, lex)


def answer_key(sents: list[Sent], lex: Lexicon) -> dict[int, int]:
    """A quiz's numbered questions and the answers listed under them by the same numbers ("4. The
    Sawab Center … was launched … together with which country?" … "ANSWERS" … "4. The United
    States."): each question's sentence and its answer's, for ``answered``."""
    asked: dict[str, int] = {}
    key: dict[int, int] = {}
    alone = None  # a number split off as a sentence of its own ("4." then "The United States.")
    for n, s in enumerate(sents):
        number = ITEM_NUMBER.match(s.text)
        if number is not None and number.end() >= len(s.text.rstrip()):
            alone = number.group(1)
            continue
        label, alone = number.group(1) if number is not None else alone, None
        if label is None:
            continue
        if _question(s, lex):
            asked[label] = n
        elif (q := asked.pop(label, None)) is not None and "?" not in s.text and "؟" not in s.text:
            key[q] = n
    return key


# a numbered or bulleted item: "1. de rapatrier …", "a) to prosecute …", "- تعزيز …"
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-zA-Z\u0621-\u064a][.)]|[-•*–—])\s")


def asks_list(sent: Sent) -> bool:
    """A line that asks another to act, or proposes what it should do, and opens a list ("demande au gouvernement
    fédéral :", "Calls on the Government:", "يطالب الحكومة بما يلي:", "Jordan therefore proposes that the Council:"): its
    items are requests, no acts (a proposal not before a list may be an agreement's: "Je vous propose que la France
    continue de …")."""
    return sent.text.rstrip()[-1:] in (":", "：") and (bool(sent.cues.get("exhort"))
                                                       or any(not words.PROPOSAL_VERBS.isdisjoint(t.keys) for t in sent.tokens))


TOPICS_HEADING_WORDS = 6  # at most, in a line that opens a list of topics ("Conference themes:", "محاور المؤتمر:")


def topics_heading(sent: Sent, lex: Lexicon) -> bool:
    """A short line that opens a list of topics ("Themes:", "Ordre du jour :", "محاور المؤتمر:"), or a heading that
    names it ("Objectives", over a concept note's list): its items are what is talked of or aimed at, no acts ("-
    تجارب إعادة إدماج العائدين", "- share lessons on reintegration and prosecution;")."""
    return len(sent.tokens) <= TOPICS_HEADING_WORDS and (_title(sent) or sent.text.rstrip()[-1:] in (":", "：")) \
        and bool(cues_at(sent, lex, "topics", range(len(sent.tokens))))


def recommendations_heading(sent: Sent, lex: Lexicon) -> bool:
    """A short heading over a list of recommendations ("Recommendations", "ثانياً: التوصيات",
    "Nos recommandations :"): its items say what some should do ("- وأن تربط قطر وعُمان مساعداتهما
    بمشاريع التعليم"), no acts."""
    return len(sent.tokens) <= TOPICS_HEADING_WORDS and (_title(sent) or sent.text.rstrip()[-1:] in (":", "：")) \
        and bool(cues_at(sent, lex, "recommendations", range(len(sent.tokens))))


def recommendation_item(sent: Sent, lex: Lexicon) -> bool:
    """A line that a numbered recommendation's label opens ("Recommandation n° 4 : poursuivre la coopération avec
    l'Italie …", "Recommendation 4: …", "التوصية رقم 4: …"): what it says some should do is advice, no act."""
    label = next(iter(cues_at(sent, lex, "recommendation_labels", [0])), None)
    return label is not None and _LABEL_NUMBER.match(sent.text[label.end - sent.start:]) is not None


# what follows a recommendation's label up to its colon: its number ("n° 4", "No. 4", "رقم 4", "4")
_LABEL_NUMBER = re.compile(r"\s*(?:n\s*°|nº|no\.?|رقم)?\s*\d{1,3}\s*[:：]", re.IGNORECASE)


def list_item(sent: Sent) -> bool:
    return bool(_LIST_ITEM.match(sent.text))


def item_number(sent: Sent) -> bool:
    """A numbered item's number alone ("1." before "إعادة إعمار المدارس …"): the sentence splitter cuts it from its
    text, which is the list's item all the same."""
    return bool(_ITEM_NUMBER.fullmatch(sent.text))


_ITEM_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")


DATELINE_WORDS = 6  # words of a dateline on its own line ("Bruxelles, le 27 octobre 2025")


def _dateline_alone(sent: Sent, actors: Actors) -> bool:
    """A dateline on a line of its own ("Bruxelles, le 27 octobre 2025", then the story): where
    the story was filed, which the sentences after it do not carry as their actor (a Council's
    release from Brussels is no act of Belgium's)."""
    return any(seg.filed for seg in actors.segments) and not any(seg.group or seg.plural is not None for seg in actors.segments) \
        and len(sent.tokens) <= DATELINE_WORDS and not any(m.entry.kind in ENTITY_KINDS for m in sent.ents)


OFFICIAL_OPENS = 6  # words from a story's first word to its official ("بعث حضرة صاحب الجلالة الملك", "The Foreign Minister")


def official_opens(sent: Sent, clauses: list[Clause], finder: ActorFinder) -> bool:
    """A story's first sentence opened by an official or an institution of no one named ("The
    Foreign Minister said …", "بعث … الملك … برقية"): after a dateline on a line of its own,
    the dateline's state's (a national agency's story of its own king or minister), where a
    body's release ("The Council extended …") is no one's."""
    first = clauses[0] if clauses else None
    if first is None or first.plural is not None or first.quoted or bodies(sent, finder.vocab):
        return False
    named_at = min((m.i for m in sent.ents if m.entry.kind in (*PARTNER_KINDS, "adjective", "body")), default=len(sent.tokens))
    opening = min(OFFICIAL_OPENS, named_at)
    inst = finder.institutions(sent)
    # "The Minister" is no one's where no state is told ("the minister" of a joint statement), but a
    # story's: its clause is not no one's for an official alone
    if first.nobody and any(k not in inst for c in sent.cues.get("actor:nobody", []) if c.i < opening for k in range(c.i, c.j)):
        return False
    return any(k < opening for k in inst)


SECTION_HEADING_WORDS = 8  # at most, in a section's heading ("B. La force Takuba", "2. Operation Inherent Resolve")


def _section_heading(sent: Sent) -> bool:
    """A section's heading that names a mission, strategy or initiative and no partner:
    a few words with no full stop at their end, or after a numbered item's label ("Week 5 —
    Foreign terrorist fighters.", "Séance 3 : Stabilisation."; a programme's or a syllabus'
    item, its text after it). Outside a profile about one partner, what it names is the
    section's subject, no act of the partner named last. A line that ends on a comma goes on
    past its end, no heading: a treaty's recital ("وتنفيذاً لقرار مجلس الأمن رقم 2178،"), whose
    subject is the parties the preamble named."""
    text = sent.text.rstrip()
    return (len(sent.tokens) <= SECTION_HEADING_WORDS and (text[-1:] not in ".!?؟;:؛…,،" or _NUMBERED_ITEM.match(text))
            and '"' not in text and not any(m.entry.kind in PARTNER_KINDS or m.entry.kind == "adjective" for m in sent.ents))


def preamble_chain(sent: Sent, actors: Actors, chain: tuple[str, ...] | None) -> tuple[Actors | None, tuple[str, ...] | None]:
    """A preamble's lines, each ending on a comma ("إن حكومة المملكة الأردنية الهاشمية وحكومة
    جمهورية العراق، …،" / "وتنفيذاً لقرار مجلس الأمن رقم 2178،" / "قد اتفقتا على ما يلي:"; "The
    Security Council," / "Recalling …," / "1. Calls upon Member States …"), are one sentence: a
    line after a comma's that names no partner is its first line's subject's — the parties it
    names, or nobody where it names a body and no partner ("إن مجلس الأمن،"; a first line that
    names neither, "مجلس الوزراء،", leaves the lines after it to the text's partner, as any line).
    ``chain``: that subject, where the line before ended on a comma (None: it did not). The
    actors to use instead of the sentence's own (None: its own), and the chain for the next line."""
    own = None
    if chain is not None and not any(m.entry.kind in PARTNER_KINDS for m in sent.ents):
        own = Actors([Segment(0, chain)], actors.group)
    if sent.text.rstrip()[-1:] not in ",،":
        return own, None
    if chain is not None:
        return own, chain
    named = tuple(dict.fromkeys(a for seg in actors.segments if seg.group for a in seg.actors))
    if named:
        return own, named
    return own, () if any(m.entry.kind == "body" for m in sent.ents) else None


# a numbered item's label before a dash or a colon: "Week 5 —", "Session 3:", "Jour 2 –", "الجلسة 3:"
_NUMBERED_ITEM = re.compile(r"^\w+(?: \w+)? (?:\d{1,3}|[IVX]{1,4})\s*[—–:-]\s")


def _title(sent: Sent) -> bool:
    """A title or heading: a line with no full stop at its end (a story's headline, a page's
    title "Operation IMPACT (Iraq)")."""
    return sent.text.rstrip()[-1:] not in ".!?؟…" and len(sent.tokens) <= TITLE_WORDS


TITLE_WORDS = 24


def _titled_initiative(sents: list[Sent], n: int, nearest: bool) -> tuple[Match, Sent] | None:
    """The initiative a title among the first ``n`` sentences names, with that title: the
    first such title, or the ``nearest`` before sentence ``n`` (what a chair line or a list of
    pledges under it is about)."""
    for k in range(n - 1, -1, -1) if nearest else range(n):
        title = sents[k]
        if _title(title) and (named := next((m for m in title.ents if m.entry.kind == "initiative"), None)):
            return named, title
    return None


def _chair_line(sent: Sent, vocab: Vocabulary) -> list[Match]:
    """A line of minutes or of an agenda that says who chairs ("Co-chairs: Italy, Saudi
    Arabia, United States", "Présidence : Allemagne, Émirats arabes unis, États-Unis"): a
    label and a colon open it, partners alone follow. The chairs, or none. They chair the
    initiative a title before it names (the minutes' "Stabilisation Working Group – minutes
    of …": ``_titled_initiative``)."""
    toks = sent.tokens
    label = max((c for c in sent.cues.get("initiative:chair_label", []) if c.i == 0), key=lambda c: c.j, default=None)
    if label is None or label.j >= len(toks) or ":" not in _gap(sent.text, toks[label.j - 1], toks[label.j], sent.start):
        return []
    chairs = _partners_from(sent, vocab, label.j)
    covered = {k for m in chairs for k in range(m.i, m.j)}
    if sum(k not in covered for k in range(label.j, len(toks))) > len(chairs):  # "and", "les": a list, no clause
        return []
    return chairs


def _partners_from(sent: Sent, vocab: Vocabulary, start: int) -> list[Match]:
    """The mentions from word ``start`` on, where all of them name partners (a chair label's
    list): those, or none."""
    named = [m for m in sent.ents if m.i >= start]
    return [] if any(m.entry.kind != "partner" or m.entry.id not in vocab.partners for m in named) else named


MEETING_TO_CHAIRS = 3  # words between a meeting's noun and "chaired by" ("La réunion sera coprésidée par")


def _chaired_meeting(sent: Sent, vocab: Vocabulary) -> list[Match]:
    """A sentence that says who chairs the meeting a title names, by its noun alone: "La
    réunion est coprésidée par le Luxembourg et les États-Unis", "The meeting will be chaired
    by …", "يُعقد الاجتماع برئاسة مشتركة من …". The noun opens the sentence (after its article,
    or an Arabic verb), "chaired by" follows it, and partners alone after that: the chairs, or
    none. They chair the initiative a title names (``_titled_initiative``), as a chair line's do."""
    toks = sent.tokens
    heads = sent.cues.get("initiative:head")
    if not heads or any(m.entry.kind == "initiative" for m in sent.ents):
        return []
    first = 0
    while first < len(toks) and toks[first].key in words.DETERMINERS:
        first += 1
    arabic = not toks[0].text[:1].isascii()
    head = next((c for c in heads if c.i == first or arabic and c.i == 1), None)  # "يُعقد الاجتماع": its verb first
    if head is None or head.i > 0 and toks[head.i].is_capitalised():
        return []  # "La Réunion …", "the Meeting of …": a name, not the noun alone
    label = max((c for c in sent.cues.get("initiative:chair_label", []) if head.j <= c.i <= head.j + MEETING_TO_CHAIRS),
                key=lambda c: (-c.i, c.j), default=None)
    if label is None:
        return []
    start = label.j + any(c.i == label.j and c.j == label.j + 1 for c in sent.cues.get("actor:owner", []))  # "برئاسة مشتركة من …"
    chairs = _partners_from(sent, vocab, start)
    if not chairs:
        return []
    covered = {k for m in chairs for k in range(m.i, m.j)} | {k for cat in ("actor:filler", "coordinator")
                                                               for c in sent.cues.get(cat, []) for k in range(c.i, c.j)}
    return chairs if all(k in covered for k in range(start, len(toks))) else []


def _delegations_heading(sent: Sent) -> bool:
    """A heading over a list of delegations ("List of delegations", "Liste des participants",
    "قائمة الوفود"): the heading's words alone on their line."""
    toks = sent.tokens
    return _title(sent) and any(c.i == 0 and c.j == len(toks) for c in sent.cues.get("initiative:delegations", []))


DELEGATION_LINE_WORDS = 24  # at most, in a line of a list of delegations ("Albania: Mr Arben Hoxha, Political Director, …")


def _delegation_line(sent: Sent, vocab: Vocabulary) -> Match | None:
    """A line of a list of delegations ("Albania: Mr Arben Hoxha, Political Director",
    "Cameroun : Mme Marie Ngono, directrice …"): a member partner, a colon, then its delegate,
    in a short line with no verb of an act. The partner, or None. It takes part in the meeting
    the document's title names (``_titled_initiative``)."""
    first = _member_then_colon(sent, vocab, DELEGATION_LINE_WORDS)
    if first is None or sent.cues.get("actor:verb"):
        return None
    return first if not sent.tokens[first.j].key[:1].isdigit() else None


LABEL_WORDS = 4  # at most, in the label of a record's "label: value" line ("Implementing partner:")


def _label_line(sent: Sent) -> bool:
    """A record's "label: value" line ("Channel: Funding Facility for Stabilization",
    "Montant : 5 millions de dollars"): a few words, then a colon."""
    toks = sent.tokens
    return any(":" in _gap(sent.text, toks[k], toks[k + 1], sent.start) for k in range(min(LABEL_WORDS, len(toks) - 1)))


def _donor_line(sent: Sent, vocab: Vocabulary) -> tuple[Match, ...]:
    """A record's line naming the partners it is about ("Donor: Germany (Federal Foreign Office)",
    "Bailleur : Japon", "الجهة المانحة: ألمانيا", an infobox's "Pays : France"): the label, a colon,
    then a member partner, and each one after a semicolon ("Funded by: UK Foreign, Commonwealth & Development
    Office (£1.2m); Government of Canada (CAD 900,000)"). The partners, or none. The record's other lines, to its end
    (a blank line), tell what they give to or do."""
    toks = sent.tokens
    label = max((c for c in sent.cues.get("initiative:owner_label", []) if c.i == 0), key=lambda c: c.j, default=None)
    if label is None or label.j >= len(toks) or ":" not in _gap(sent.text, toks[label.j - 1], toks[label.j], sent.start):
        return ()
    found = []
    starts = [label.j, *(k for k in range(label.j + 1, len(toks)) if ";" in _gap(sent.text, toks[k - 1], toks[k], sent.start))]
    for n, a in enumerate(starts):
        # the partner first, or the first one its words name before a comma ("Financing: Grant aid of the Government of
        # Japan, …")
        end = next((k for k in range(a + 1, len(toks)) if "," in _gap(sent.text, toks[k - 1], toks[k], sent.start)), len(toks))
        if (m := _member_at(sent, vocab, a) or next((m for m in sent.ents if a < m.i < end and _is_member(m, vocab)), None)) is not None:
            found.append(m)
        elif not n and len(starts) == 1 and len(members := {m.entry.id: m for m in sent.ents if m.i >= a and _is_member(m, vocab)}) == 1:
            # … or the one member the value names past its commas ("جهة التمويل: برنامج الأمم المتحدة الإنمائي، من خلال
            # مرفق تمويل الاستقرار، بمنحة مقدمة من حكومة جمهورية ألمانيا الاتحادية": UNDP's channel, Germany's grant)
            found.extend(members.values())
        elif not n:
            return ()  # the label's own words name no partner: no record of one
    return tuple(found)


def records_ahead(sents: list[Sent], labels: list[bool], vocab: Vocabulary, lex: Lexicon,
                  text: str) -> dict[int, tuple[str, ...]]:
    """The labelled lines of a record before its donors' line, and the lines of their own, in its block (no blank line
    between): the donors' ("Project: Rehabilitation of the old bridge in Mosul" before "Funding: … a grant from the
    Government of Germany", under a province's letterhead: Germany's rebuilding, not the letterhead's state's; a
    portfolio's card, "Reconstruction of the prayer hall …, destroyed by ISIS" before "Funding: United Arab Emirates"),
    not a paragraph's sentences before it. By sentence index; ``labels``:
    which sentences are labelled lines (``_label_line``)."""
    out: dict[int, tuple[str, ...]] = {}
    for n, s in enumerate(sents):
        if not n or not labels[n]:
            continue
        more_cues(s, lex, "record_labels")
        if not (donors := _donor_line(s, vocab)):
            continue
        ids = tuple(dict.fromkeys(m.entry.id for m in donors))
        k = n - 1
        while k >= 0 and k not in out and not _BLANK_LINE.search(gap := text[sents[k].end : sents[k + 1].start]) \
                and (labels[k] or "\n" in gap):
            out[k] = ids  # (a line of its own: a project card's title and description, "Reconstruction of the prayer hall …")
            k -= 1
    return out


TOPIC_FROM = 3  # sentences from which a text that names nothing of the subject is about another one


def _on_topic(sents: list[Sent]) -> bool:
    """Whether a text is about what partners do against Daesh at all: it names the Coalition,
    Daesh (by a short name or a long one, "Islamic State of Iraq and the Levant") or terrorism
    (the language files' ``topic``), a mission, strategy, initiative or resolution, or a line of
    effort. A ministry's page on anything else (a climate
    agreement, a trade fair), as a web archive of its site holds, states no fact: its
    agreements are no cooperation against Daesh, its partners no members. Asked only of a
    text of TOPIC_FROM sentences or more: one or two ("Tunisia and Morocco cooperate on
    border surveillance") are too few to tell what they are part of."""
    for s in sents:
        if any(m.entry.kind in ENTITY_KINDS or m.entry.id in ("global-coalition", "daesh") for m in s.ents):
            return True
        if any(ms and (cat.startswith("loe:") or cat in ("topic", "res:trigger")) for cat, ms in s.cues.items()):
            return True
    return False


def _national_operations(sents: list[Sent], vocab: Vocabulary) -> Iterator[tuple[Sent, Match, str]]:
    """Each mention of a national operation the vocabulary knows, with its sentence and its nation, in the text's order."""
    for s in sents:
        for m in s.ents:
            if m.entry.kind == "mission" and (k := vocab.known.get(("mission", m.entry.id))) is not None and k.nation:
                yield s, m, k.nation


def _operations_nation(sents: list[Sent], vocab: Vocabulary) -> str | None:
    """The partner whose national operations a text names, where no partner acts in it by
    name: a hearing of "ADF personnel in Iraq … supporting Operation Okra", a ministry's post
    on "nos militaires de l'opération Chammal". None where it names operations of two nations."""
    nations = {nation for _s, _m, nation in _national_operations(sents, vocab)}
    return nations.pop() if len(nations) == 1 else None


def _operation_of(sents: list[Sent], vocab: Vocabulary, nation: str) -> Match | None:
    """The first mention of a national operation of ``nation``, as a mention of that partner: whose "we" a text
    that never names it speaks as ("au Levant, l'opération Chammal mobilise …, nous travaillons avec …")."""
    m = next((m for _s, m, of in _national_operations(sents, vocab) if of == nation), None)
    return None if m is None else Match(Entry("partner", nation, m.entry.lang, m.entry.phrase), m.i, m.j, m.start, m.end)


OFFICE_SUBJECT = 4  # words from a sentence's start where the office that acts stands ("وتواصل الوزارة")


def _home_state(sents: list[Sent], vocab: Vocabulary, role: Callable[[Sent, Match], str] | None = None) -> str | None:
    """The one state a text names, where no partner acts in it by name and an office with no
    state's name acts ("Ministry of Awqaf and Islamic Affairs … To the imams of the mosques of
    the State of Kuwait … The Ministry thereby continues its efforts …"): the office is that
    state's. None where the text names two partners, an organisation, or its one state as the
    owner of an office ("the Ambassador of Kuwait", "سفير دولة الكويت": a guest's state). A state
    outside the Coalition named beside a member is no home of the text ("… parti rejoindre ses
    rangs en Syrie", in a French order whose ministers freeze a man's assets). Nor a partner named only as a place
    (``role``: "… دعمها لجهود إعادة الاستقرار في المناطق المحررة في العراق", in a cabinet's communiqué of Kuwait)."""
    named: dict[str, list[tuple[Sent, Match]]] = {}
    for s in sents:
        for m in s.ents:
            if m.entry.kind in ("partner", "adjective", "capital"):
                named.setdefault(m.entry.id, []).append((s, m))
    if role is not None and len(named) > 1:
        named = {slug: ms for slug, ms in named.items() if any(role(s, m) != "place" for s, m in ms)} or named
    members = {slug: ms for slug, ms in named.items() if (p := vocab.partners.get(slug)) is not None and p.member}
    if members and len(members) < len(named):
        named = members
    if len(named) != 1:
        return None
    slug, mentions = next(iter(named.items()))
    partner = vocab.partners.get(slug)
    if partner is None or partner.kind != "state":
        return None
    for s, m in mentions:
        offices = {c.j for c in s.cues.get("actor:institution", [])}
        formal = {x for c in s.cues.get("actor:formal", []) for x in range(c.i, c.j)}  # "دولة", "the State of"
        k = m.i
        while k > 0 and (s.tokens[k - 1].key in words.OF or s.tokens[k - 1].key in words.DETERMINERS or k - 1 in formal):
            k -= 1
        if k in offices or m.entry.kind == "adjective":
            return None
    named_in = {id(s) for s, _m in mentions}
    return slug if _office_acts([s for s in sents if id(s) not in named_in]) else None


def _office_acts(sents: list[Sent], before: int | None = None) -> bool:
    """An office with the definite article opens one of the sentences, which no "we" speaks ("The Ministry thereby
    continues …", "Le Conseil des Ministres a examiné et adopté …", "وتواصل الوزارة …"): the text's own state's.
    ``before``: the office ends before that word, a word at least between (not its owner: "وزير الخارجية الإيطالي")."""
    return any(c.i < OFFICE_SUBJECT and _definite(s, c.i) and (before is None or c.j < before) for s in sents
               if not s.cues.get("actor:first_person") for c in s.cues.get("actor:institution", []))


def office_before(sents: list[Sent], vocab: Vocabulary, dominant: str | None, role: Callable[[Sent, Match], str]) -> bool:
    """A state's own office acts before the text names the state, and no partner acts before it (a government's
    communiqué: "Le Conseil des Ministres a examiné et adopté le projet d'ordonnance …" under its council's heading,
    the state named first in a later item, beside its neighbours; a national centre's annual report, "The Centre led the
    review …" under the centre's name, its partners "with the United Kingdom" only its peers): the text is the state's
    from the start, as a text that names no other state is (``_home_state``). ``role``: a mention's role."""
    partner = vocab.partners.get(dominant) if dominant is not None else None
    if partner is None or partner.kind != "state":
        return False
    bodies = [s for s in sents if not _title(s)]  # (a sender's line, "من: أبشر – وزارة الداخلية", acts not)
    # (a partner after the office that opens its sentence is not its subject: "Le ministre … a participé à Rome à la
    # réunion ministérielle …, coprésidée par l'Italie et les États-Unis")
    if any((m.entry.kind == "body" or m.entry.kind in (*PARTNER_KINDS, "adjective", "capital") and role(s, m) in ("", "agent"))
           and not _office_acts([s], before=m.i) for s in sents for m in s.ents):
        return False
    return _office_acts(bodies) or _titled_office_acts(sents, bodies)


def _titled_office_acts(sents: list[Sent], bodies: list[Sent]) -> bool:
    """The office the text's first line names, its last word capitalised with the definite article, opens one of the
    sentences ("National Counter Terrorism Centre" over "In 2024 the Centre led the review …"): the author's own office,
    as a named office's noun is (Latin scripts: an Arabic noun has no capital to tell it from any other)."""
    if not sents or not _title(sents[0]) or not sents[0].tokens or not sents[0].tokens[-1].is_capitalised():
        return False
    head = sents[0].tokens[-1].key
    return any(t.key == head and t.is_capitalised() and k > 0 and s.tokens[k - 1].key in ("the", "le", "la", "l'")
               for s in bodies if not s.cues.get("actor:first_person") for k, t in enumerate(s.tokens[:OFFICE_SUBJECT + 4]))


def _definite(s: Sent, k: int) -> bool:
    """Word ``k`` is a noun with its definite article ("The Ministry", "le ministère",
    "l'armée", "الوزارة"): an office the reader knows, not "nos soldats" (a writer's "we")."""
    text = s.tokens[k].text
    if text.startswith(("ال", "وال", "فال")):
        return True
    if text[:2].lower() in ("l'", "l’"):
        return True
    return k > 0 and s.tokens[k - 1].key in ("the", "le", "la", "les")


PLEDGE_LINE_WORDS = 12  # at most, in a line of a list of pledges ("Japan: USD 20 million, its sixth contribution")
_MONEY_SIGNS = ("$", "€", "£")


def _member_at(sent: Sent, vocab: Vocabulary, i: int) -> Match | None:
    """The member partner named from word ``i``, or None."""
    m = next((m for m in sent.ents if m.i == i), None)
    return m if m is not None and _is_member(m, vocab) else None


def _is_member(m: Match, vocab: Vocabulary) -> bool:
    """The mention names a member partner by its name."""
    return m.entry.kind == "partner" and m.entry.id in vocab.partners and vocab.partners[m.entry.id].member


def _member_then_colon(sent: Sent, vocab: Vocabulary, most: int) -> Match | None:
    """A line of a list (of pledges, of delegations) of at most ``most`` words: a member
    partner first, a colon after it, something after the colon. The partner, or None."""
    toks = sent.tokens
    first = _member_at(sent, vocab, 0)
    if first is None or first.j >= len(toks) or len(toks) > most:
        return None
    return first if ":" in _gap(sent.text, toks[first.j - 1], toks[first.j], sent.start) else None


def _pledge_line(sent: Sent, vocab: Vocabulary) -> Match | None:
    """A line of a list of pledges or contributions ("- Germany: EUR 60 million", "Japon : 20
    millions de dollars", "اليابان: 20 مليون دولار"): a partner, a colon, then a sum, in a short
    line. The partner, or None. It gives to the initiative the nearest title before it names
    (the outcome of "the pledging session for the Funding Facility for Stabilization":
    ``_titled_initiative``)."""
    toks = sent.tokens
    first = _member_then_colon(sent, vocab, PLEDGE_LINE_WORDS)
    if first is None:
        return None
    value = toks[first.j].text
    if not (value[:1].isdigit() or value.startswith(_MONEY_SIGNS) or _amount(toks, first.j)):
        return None
    return first


def tie_broken(alone: Counter[str], sents: list[Sent], vocab: Vocabulary) -> str | None:
    """Of partners named alone as often as each other, the one whose national operations
    the text names (``_operations_nation``), else the one its opening titles name: a
    eulogy of a French soldier, written to "vous", that names France once as acting and the
    Iraqi commandos he fought beside once, is about France, whose operations Barkhane and
    Chammal it tells; a minister's "Déclaration sur la politique étrangère … du Luxembourg",
    which says "nous" and names Luxembourg and "nos amis belges" once each, is Luxembourg's."""
    most = max(alone.values())
    tied = {p for p, n in alone.items() if n == most}
    if len(tied) < 2:
        return None  # one named alone most, not twice as often as the next: several partners' text
    nation = _operations_nation(sents, vocab)
    if nation in tied:
        return nation
    # named in a title as its owner ("… du Luxembourg", "Luxembourg's …"), not as a place
    # ("Rapport d'activité 2023 — Programme Irak": an NGO's, Iraq where it works)
    owned = {m.entry.id for s in itertools.takewhile(_title, sents) for m in s.ents if m.entry.kind in PARTNER_KINDS
             and (m.i > 0 and s.tokens[m.i - 1].key in words.OF or s.tokens[m.j - 1].text.endswith(POSSESSIVE_ENDS))}
    return owned.pop() if len(owned & tied) == 1 and len(owned) == 1 else None


SIMULATION_LINES = 3  # a text's first lines, where a simulation of the UN's is named ("… Model United Nations 2025")


def simulated(sents: list[Sent], lex: Lexicon) -> bool:
    """The text reports a simulation of the UN (a school's "Model United Nations", "محاكاة مجلس الأمن"),
    named on its first lines: its delegates are students playing partners."""
    return any(c.entry.id == "actor:simulation" for s in sents[:SIMULATION_LINES]
               for c in cues_at(s, lex, "simulation", range(len(s.tokens))))


def simulated_role(sent: Sent, lex: Lexicon) -> bool:
    """A sentence of a simulation that names its delegates or delegations ("The delegate of France,
    represented by Emma Clarke, …", "Best Delegate: Jordan"): what they do is no partner's act."""
    return any(c.entry.id == "actor:simulated_role" for c in cues_at(sent, lex, "simulation", range(len(sent.tokens))))


def bracketed_note(sent: Sent) -> bool:
    """A line wholly in square brackets: a script's or a transcript's note ("[Shots of the old
    city]", "[مقابلة - مهندس عراقي]"), not what anyone says."""
    text = sent.text.strip()
    return text[:1] == "[" and text[-1:] == "]" and "]" not in text[1:-1]


LETTERHEAD_LINES = 2  # lines of a document's head where its state's name may stand alone


def letterhead(sents: list[Sent]) -> str | None:
    """The partner whose name alone makes one of a document's first lines, its letterhead
    ("REPUBLIC OF KENYA" over "NATIONAL STRATEGY TO COUNTER VIOLENT EXTREMISM", "المملكة الأردنية
    الهاشمية" over a ministry's name), or with one of its institutions' names before it ("Council
    of the European Union" over a press release): the document is that partner's, where nothing
    else tells whom it is about."""
    for s in sents[:LETTERHEAD_LINES]:
        if (m := next(iter(s.ents), None)) is not None and m.entry.kind == "partner" and s.text.rstrip()[-1:] not in ".!?؟…" \
                and (m.j == len(s.tokens) and (m.i == 0 or _institution_of(s, m.i))
                     or m.i > 0 and _place_ends(s, m.j) and _institution_of(s, m.i)
                     or m.i == 0 and _office_after_dash(s, m.j)):
            return m.entry.id
    return None


def _office_after_dash(sent: Sent, k: int) -> bool:
    """From token ``k`` to its end the line names an office of the state before, after a dash ("جمهورية العراق – وزارة
    التخطيط", "REPUBLIC OF IRAQ – MINISTRY OF PLANNING"), and no other entity."""
    toks = sent.tokens
    return k < len(toks) and _gap(sent.text, toks[k - 1], toks[k], sent.start).strip() in ("–", "—", "-", "|") \
        and any(c.i == k for c in sent.cues.get("actor:institution", [])) and not any(e.i >= k for e in sent.ents)


def _place_ends(sent: Sent, k: int) -> bool:
    """From token ``k`` to its end the line names where the institution before is: "in" and a
    partner ("Embassy of Canada in Lebanon", "AMBASSADE DU CANADA AU LIBAN", "سفارة كندا في لبنان")."""
    toks = sent.tokens
    if k >= len(toks) or toks[k].key not in words.AT_PLACE:
        return False
    k += 1
    while k < len(toks) and toks[k].key in words.DETERMINERS:
        k += 1
    return any(e.i == k and e.j == len(toks) and e.entry.kind == "partner" for e in sent.ents)


def _institution_of(sent: Sent, i: int) -> bool:
    """The words before a partner's name at token ``i`` are the name of one of its institutions and
    "of" ("Council of the European Union", "Ministry of Foreign Affairs of Japan"): capitalised
    words, "of" between, an article before the partner."""
    toks = sent.tokens
    k = i
    while k > 0 and toks[k - 1].key in words.DETERMINERS and toks[k - 1].key not in words.OF:  # (not "du": "de" and "le")
        k -= 1
    return k > 1 and toks[k - 1].key in words.OF and toks[0].is_capitalised() \
        and all(t.is_capitalised() or t.key in words.OF or t.key in words.DETERMINERS for t in toks[:k - 1])


def roster_line(sent: Sent, vocab: Vocabulary) -> str | None:
    """A line of a roster of participants: a member partner at its start, then a colon ("Jordan:
    600 personnel", "Italie : 40 militaires", "الأردن: 600 عسكري"). The partner, or None."""
    toks = sent.tokens
    m = next(iter(sent.ents), None)
    if m is None or m.i != 0 or m.entry.kind != "partner" or m.j >= len(toks) \
            or ":" not in _gap(sent.text, toks[m.j - 1], toks[m.j], sent.start) or topic_label(sent):
        return None
    return m.entry.id if m.entry.id in vocab.partners and vocab.partners[m.entry.id].member else None
