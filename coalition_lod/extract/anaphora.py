"""What a document's words refer to beyond their sentence: "the group", "the mission", "la
mission", "البعثة" (the initiative or mission named last), an organisation's short name after
its full one, a joint statement's partners, and whom a "we" is. Run over the whole document,
or sentence by sentence as ``extract`` reads its actors.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from ..langs import phrase_key
from ..vocab import Entry, Lexicon, Match, Vocabulary
from . import words
from .clauses import _cue_tokens, _in_quotes, after_with
from .sentence import PARTNER_KINDS, Sent, _gap, add_ents, arabic_conj, cues_at, more_cues
from .speech import _SPEAKER_LABEL

if TYPE_CHECKING:
    from .builder import _Builder
    from .clauses import Actors

GROUP_BACK = 3  # sentences back where "a member of the group" finds the group named
SHORT_ANSWER = 3  # words of a sentence that the sentences counted back skip ("Oui.", "Le ministre : oui.")
MISSION_BACK = 1  # sentences back where "the mission" finds the mission named last
DESCRIPTION_WORDS = 8  # words of a description after a mission's name and its comma, to its head noun
TYPED_BACK = 3  # … and where "the operation", "البعثة" find the last whose name has that noun
FRONTED_WORDS = 6  # words of a phrase fronted before a subject "they" ("Depuis le mois de mars, ils …")


def _short_names(sents: list[Sent], vocab: Vocabulary, lex: Lexicon) -> None:
    """"the Union", "l'Alliance", "الجامعة": an organisation's short name (``short_names`` in the
    vocabulary) names it once the text has named it in full, from that mention on; written
    with its capital in English and French ("a trade union" is none), outside other names."""
    shorts = {phrase_key(name, lex.lang): slug for slug, by_lang in vocab.short_names.items()
              for name in by_lang.get(lex.lang, ()) if slug in vocab.partners}
    orgs = set(shorts.values())
    if not any(m.entry.kind == "partner" and m.entry.id in orgs for s in sents for m in s.ents):
        return  # most texts name none of them: no word is looked up
    named: set[str] = set()
    for s in sents:
        added = []
        for k, t in enumerate(s.tokens):
            slug = next((shorts[key] for key in t.keys if key in shorts), None)
            if slug is None or lex.lang != "ar" and not t.is_capitalised() or any(e.i <= k < e.j for e in s.ents) \
                    or slug not in named and not any(e.entry.id == slug and e.j <= k for e in s.ents):
                continue
            if k == 0 or not (s.tokens[k - 1].key in words.DETERMINERS or lex.lang == "ar"):
                continue  # "the Union", "l'Union": the name with its article, not "Union" opening another name
            added.append(Match(Entry("partner", slug, lex.lang, t.text), k, k + 1, t.start, t.end))
        if added:
            add_ents(s, added)
        named |= {m.entry.id for m in s.ents if m.entry.kind == "partner" and m.entry.id in orgs}


SHARED_SEAT_TITLE = 3  # the text's first lines, where a letterhead names its own state


def _shared_seats(sents: list[Sent], vocab: Vocabulary, lex: Lexicon) -> None:
    """A seat other states' offices are called too ("ministère des Armées", ``shared_seats``) names no state under a
    title whose first lines name another member state and not its own ("République du Tchad" / "Ministère des Armées,
    des Anciens Combattants …": Chad's ministry): the mention is dropped, the title's state the office's."""
    shared = {phrase_key(name, lex.lang): slug for slug, by_lang in vocab.shared_seats.items()
              for name in by_lang.get(lex.lang, ())}
    if not shared:
        return
    # (a title's lines: no full stop ends them, "République du Tchad"; not a sentence's place, "basée en Irak.")
    title = [m.entry.id for s in sents[:SHARED_SEAT_TITLE] if s.text.rstrip()[-1:] not in ".!?؟…" for m in s.ents
             if m.entry.kind == "partner"]
    for s in sents:
        for m in [m for m in s.ents if m.entry.kind == "capital" and shared.get(phrase_key(m.entry.phrase, lex.lang)) == m.entry.id]:
            if any(p != m.entry.id and p in vocab.partners and vocab.partners[p].member for p in title) and m.entry.id not in title:
                s.ents.remove(m)


_DEFINED_ACRONYM = re.compile(r"\s*\(([A-Z]{2,8})\)")  # "Communications Working Group (CWG)"


def _defined_acronyms(sents: list[Sent]) -> None:
    """"The Communications Working Group (CWG) coordinates … The CWG is co-chaired by …": an acronym a text defines in
    brackets right after a mission, initiative or strategy it names stands for it from there on, where no name covers
    it already."""
    defined: dict[str, Entry] = {}
    for s in sents:
        if defined:
            added = [Match(defined[t.text], k, k + 1, t.start, t.end) for k, t in enumerate(s.tokens)
                     if t.text in defined and not any(e.i <= k < e.j for e in s.ents)]
            if added:
                add_ents(s, added)
        if "(" not in s.text:
            continue
        for e in s.ents:
            if e.entry.kind in ("mission", "initiative", "strategy") and (m := _DEFINED_ACRONYM.match(s.text, e.end - s.start)):
                defined.setdefault(m.group(1), e.entry)


def _bare_councils(sents: list[Sent], lex: Lexicon) -> None:
    """A council named alone ("Le Conseil", "The Council") is the Security Council where the
    document names that council first, as a UN report does, and nobody's act; where it names
    no council before, the council is another's — the Council of the EU in its conclusions
    ("Conclusions du Conseil … Le Conseil adopte la stratégie régionale de l'UE …") — and its
    clauses go to the actor they carry, as a state's "Conseil des ministres" would: its cues
    of nobody are dropped from every sentence."""
    bare: list[tuple[int, list[Match]]] = []
    for n, s in enumerate(sents):
        if s.cues.get("actor:nobody"):
            more_cues(s, lex, "bare_councils")
            spans = {(c.i, c.j) for c in s.cues.get("actor:bare_council", [])}
            named = [(e.i, e.j) for e in s.ents if e.entry.kind == "body"]  # "Le Conseil de sécurité" is no council alone
            if alone := [c for c in s.cues["actor:nobody"]
                         if (c.i, c.j) in spans and not any(a < c.j and c.i < b for a, b in named)]:
                bare.append((n, alone))
    if not bare:
        return
    at, alone = bare[0]
    head = sents[at].tokens[alone[0].j - 1].key  # "council", "conseil"
    for n, s in enumerate(sents[:at + 1]):
        if any(e.entry.kind == "body" and (n < at or e.i < alone[0].i) and any(head in t.keys for t in s.tokens[e.i:e.j])
               for e in s.ents):
            return  # the Security Council named first: a council alone is it
    for n, alone in bare:
        sents[n].cues["actor:nobody"] = [c for c in sents[n].cues["actor:nobody"] if not any(c is a for a in alone)]


def own_reports(sents: list[Sent], lex: Lexicon) -> None:
    """"The report" after a partner's office issued "its report" ("أصدر مرصد الفتاوى … التابع لدار الإفتاء المصرية تقريره
    الشهري … وأوضح التقرير أن المرصد فنّد هذه الفتاوى …"): that office's own, whose words tell its work — no word of
    nobody's, as a report is (``actors.nobody``) where no one in the text issued it as its own."""
    if not any(s.tokens[c.j - 1].text.lower() in words.REPORT_NOUNS for s in sents for c in s.cues.get("actor:nobody", [])):
        return  # no report named as nobody's: nothing to read (most texts)
    owned = next((n for n, s in enumerate(sents) if cues_at(s, lex, "own_reports", range(len(s.tokens)))), None)
    if owned is None:
        return
    for s in sents[owned + 1:]:
        if s.cues.get("actor:nobody"):
            s.cues["actor:nobody"] = [c for c in s.cues["actor:nobody"] if s.tokens[c.j - 1].text.lower() not in words.REPORT_NOUNS]


def _group_anaphora(sents: list[Sent], lex: Lexicon) -> None:
    """"Türkiye, a member of the group since 2015, ...", "leur direction du groupe",
    "عضو في المجموعة": taking part in "the group" is taking part in the initiative named last,
    in its sentence or up to GROUP_BACK sentences before (actors.group_anaphora: the group
    with a word of membership or leadership, as "the group" alone is often Daesh).
    "Le Bénin ne contribue plus à la force depuis 2023", "the mission": the mission named
    last, in its sentence or the one before (actors.mission_anaphora)."""
    # sentences counted back: not a one-word answer ("Oui.", "Yes.") between a question naming
    # the mission and the answer that refers to it ("Nous y maintenons nos unités …")
    counted = list(itertools.accumulate(_words_said(s) > SHORT_ANSWER for s in sents))
    titled = _title_mission(sents)
    for kind, cue, back in (("initiative", "actor:group_anaphor", GROUP_BACK), ("mission", "actor:mission_anaphor", MISSION_BACK)):
        last: list[tuple[int, Match]] = []  # (sentence number, the entity named)
        for at, s in enumerate(sents):
            n = counted[at]
            added = []
            # only after a mission named: in the sentences after it, or after it in its own
            # ("… handed NATO Mission Iraq over to Italy, which now leads the mission")
            names = any(m.entry.kind == kind for m in s.ents)
            if kind == "mission" and (names or last and (n - last[-1][0] <= max(back, TYPED_BACK) or titled is not None)):
                more_cues(s, lex, "mission_anaphora")
            for c in s.cues.get(cue, []) + (_after_subject(s) if kind == "mission" else s.cues.get("actor:typed_anaphor", [])):
                if any(e.i < c.j and c.i < e.j for e in s.ents) or c.j < len(s.tokens) and s.tokens[c.j].is_capitalised() \
                        and not any(e.i == c.j and e.entry.kind in PARTNER_KINDS for e in s.ents):
                    continue  # a name, or the start of one ("the mission EUTM Mali"); not "Participants include Kenya"
                if lex.lang == "ar" and _construct(s, c):
                    continue  # "وحدة الاستخبارات المالية الإيطالية": a noun its complement names, not "الوحدة" (the unit)
                before = [(n, m, _words_of(s, m)) for m in s.ents if m.entry.kind == kind and m.j <= c.i]
                if kind == "initiative" and before and _among_after_partner(s, lex, c, before[-1][1]):
                    continue  # "le Mécanisme …, auquel l'Allemagne et les Pays-Bas figurent parmi les principaux
                    # contributeurs": said of the partners named before it, read as theirs (not the clause carried)
                if kind == "mission" and names and not before and not _subject_apart(s, c):
                    continue  # "The mission works with Operation Inherent Resolve"
                if kind == "mission" and before and s.tokens[c.j - 1].key in words.THERE:
                    continue  # "… in NATO Mission Iraq, while Cyprus has 12 officers there": there, the place named with it
                if kind == "mission" and not before and _unnamed_mission_before(s, c, added):
                    continue  # "Impact : nom de l'opération des Forces armées canadiennes … ; le Canada y contribue"
                if kind == "mission" and any(r.j == c.i for r in s.cues.get("actor:relative", [])):
                    continue  # "… بعثة الناتو التي تقودها البرتغال": a relative's verb, read with its antecedent
                head = set(s.tokens[c.j - 1].keys)
                if kind == "mission" and _described(s, c) \
                        and not (c.j + 1 < len(s.tokens) and s.tokens[c.j + 1].key[:1].isdigit()) \
                        and any(head & words for _k, _m, words in (*last, *before)):
                    # "the mission of its diplomats": another one, described; not "l'a dirigée de 2020 à
                    # 2022", nor a verb's object after it ("y ont déployé des formateurs")
                    continue
                # "البعثة" after "عملية العزم الصلب" and "بعثة حلف شمال الأطلسي": the mission its noun names;
                # "co-chairs the group" after the Stabilization Working Group and a fund: the group
                # (of its own sentence's, where it named one before it: "we will keep 2,500 troops under
                # Operation Inherent Resolve while the mission transitions", not the sentence before's NMI)
                fits = [(k, m) for k, m, words in reversed(before if before and kind == "mission" else last + before)
                        if head & words and n - k <= TYPED_BACK]
                # beyond the sentence before, only where one mission has that noun ("Depuis le début de
                # l'opération", after "l'opération Chammal … l'opération Inherent Resolve", is either)
                typed = fits[0][1] if fits and (n - fits[0][0] <= back or len({m.entry.id for _k, m in fits}) == 1) else None
                if typed is None and c.entry.id == "actor:typed_anaphor":
                    continue  # "to the fund": the one named before whose noun it is, or none (not the group named last)
                antecedent = typed or (before[-1][1] if before else next((m for k, m, _w in reversed(last) if n - k <= back), None))
                if kind == "mission" and not typed and not before and antecedent is not None \
                        and not head & _words_of_entry(antecedent, last):
                    # "Les moyens engagés dans l'opération …" after "la Task Force Monsabert": the one mission
                    # further back whose name has that noun (Opération Chammal, the section's heading)
                    far = {m.entry.id: m for _k, m, words in reversed(last) if head & words}
                    antecedent = next(iter(far.values())) if len(far) == 1 else antecedent
                if kind == "mission" and antecedent is None and not before and titled is not None \
                        and head & _words_of(sents[0], titled) and titled.entry.id in {m.entry.id for _k, m, _w in last}:
                    # "… environ 600 militaires restent engagés au titre de l'opération", sections after the last mission
                    # named, in an article titled "Opération Chammal": the operation the text is about
                    antecedent = titled
                if antecedent is not None and _y_at_a_place(s, c, before):
                    continue  # "…, qui a engagé 130 militaires en Irak, n'y déploie plus que …": "y" is Iraq
                if antecedent is not None:
                    added.append(Match(antecedent.entry, c.i, c.j, c.start, c.end))
            if added:
                add_ents(s, added)
            last += [(n, m, _words_of(s, m)) for m in s.ents if m.entry.kind == kind and not _part_of_another(s, m)]


def _words_said(s: Sent) -> int:
    """A sentence's words past its speaker's label, where a transcript gives one ("Lgén Marie Tremblay : Non." says one)."""
    label = _SPEAKER_LABEL.match(s.text)
    if label is None:
        return len(s.tokens)
    return sum(t.start >= s.start + label.end() for t in s.tokens)


TITLED_MISSION_WORDS = 6  # words at most of a title that is a mission's name ("Opération Chammal", "Operation IMPACT (Iraq)")


def _title_mission(sents: list[Sent]) -> Match | None:
    """The mission a text's title names, where its first line is that name and little more (an encyclopedia's article,
    an operation's page): what "the operation" far from any other mission named refers to."""
    if not sents or len(sents[0].tokens) > TITLED_MISSION_WORDS or sents[0].text.rstrip()[-1:] in ".!?؟":
        return None
    missions = [m for m in sents[0].ents if m.entry.kind == "mission"]
    return missions[0] if len(missions) == 1 else None


AMONG_REACH = 2  # words between "among" and the group's noun ("parmi les principaux contributeurs")


def _among_after_partner(s: Sent, lex: Lexicon, c: Match, antecedent: Match) -> bool:
    """A group's noun right after "among", with a partner named between the initiative and it:
    "…, auquel l'Allemagne figure parmi les principaux contributeurs", "…, with Japan among its
    donors" — what is said of that partner, not a mention of the initiative by whoever the
    clause is carried to."""
    if not any(antecedent.j <= e.i and e.j <= c.i and e.entry.kind in PARTNER_KINDS for e in s.ents):
        return False
    more_cues(s, lex, "among")
    return any(0 <= c.i - a.j <= AMONG_REACH for a in s.cues.get("actor:among", []))


PART_OF_GAP = 5  # words of an apposition from its comma to the mission it names the whole of


def _part_of_another(s: Sent, m: Match) -> bool:
    """A mission named in an apposition as the whole another is a partner's part of
    ("l'opération Chammal, volet français de l'opération Inherent Resolve", "Operation Shader,
    the UK's contribution to Operation Inherent Resolve"): the sentence tells of the first,
    which "cette opération" after it refers to, not of the whole."""
    first = next((e for e in reversed(s.ents) if e.entry.kind == "mission" and e.j < m.i), None)
    if first is None or m.i - first.j > PART_OF_GAP or _gap(s.text, s.tokens[first.j - 1], s.tokens[first.j], s.start).strip() not in (",", "،"):
        return False
    return any(not words.PART_OF.isdisjoint(s.tokens[k].keys) for k in range(first.j, m.i))


def _construct(s: Sent, c: Match) -> bool:
    """An Arabic noun without its article before a definite one that is no name: the head of a
    construct ("وحدة الاستخبارات": the intelligence unit), which its complement names."""
    toks = s.tokens
    # one noun ("وحدة"), not a phrase ending with an adverb ("المنتشرون هناك الشرطة …": there)
    return c.j == c.i + 1 < len(toks) and toks[c.i].key not in words.THERE \
        and not words.DEFINITE.match(toks[c.i].text) and bool(words.DEFINITE.match(toks[c.j].text)) \
        and not any(e.i == c.j for e in s.ents)  # not "بعثة الناتو", the mission its owner names


def _subject_apart(s: Sent, c: Match) -> bool:
    """"L'opération, qui mobilise encore 300 militaires, appuie aussi la Mission de l'OTAN en
    Irak": the sentence's subject, set apart by a comma before the mission its verb names,
    is the one named before, not that one."""
    if c.i or c.j >= len(s.tokens):
        return False
    return _gap(s.text, s.tokens[c.j - 1], s.tokens[c.j], s.start).strip() in (",", "،")


ANAPHOR_AFTER_SUBJECT = 3  # words from a verb to "منها" after its subject ("انسحبت فنلندا منها")


def _after_subject(s: Sent) -> list[Match]:
    """"انسحبت فنلندا منها" (Finland withdrew from it): "منها" after a verb of a part and the
    partner that is its subject, the verb first, refers to the mission named before."""
    verbs = [c.j for cat in ("status:ended", "status:ongoing", "status:planned") for c in s.cues.get(cat, [])]
    subjects = [e for e in s.ents if e.entry.kind in PARTNER_KINDS]
    return [c for c in s.cues.get("actor:mission_anaphor_after", [])
            if any(e.j == c.i and any(v <= e.i and c.i <= v + ANAPHOR_AFTER_SUBJECT for v in verbs) for e in subjects)]


def _described(s: Sent, m: Match) -> bool:
    """A noun with "of …" after it ("l'opération des Forces armées canadiennes"): described, not referred back to."""
    return m.j < len(s.tokens) and s.tokens[m.j].key in words.OF


def _unnamed_mission_before(s: Sent, c: Match, resolved: list[Match]) -> bool:
    """An operation described but not named earlier in the anaphor's sentence ("l'opération
    des Forces armées canadiennes … ; le Canada y contribue", a glossary's entry): the
    anaphor is that one, not the mission named in a sentence before. An anaphor before it that
    names one (``resolved``: "وتشارك إسبانيا في البعثة …، فيما تتولى إيطاليا قيادتها") is no such operation,
    unless a complement describes it ("l'opération des Forces armées canadiennes": another one)."""
    named = {k for e in (*s.ents, *(r for r in resolved if not _described(s, r))) for k in range(e.i, e.j)}
    return any(m.j <= c.i and m.i not in named for m in s.cues.get("mission:head", []))


def _y_at_a_place(s: Sent, c: Match, before: list) -> bool:
    """A French "y" anaphor ("y ont déployé") after a place named since the mission ("en
    Irak"): "y" is that place."""
    if not c.entry.phrase.startswith("y "):
        return False
    since = before[-1][1].j if before else 0
    return any(e.entry.kind in (*PARTNER_KINDS, "foreign") and since <= e.i < c.i and e.i > 0
               and s.tokens[e.i - 1].key in words.AT_PLACE for e in s.ents)


def _words_of_entry(m: Match, named: list[tuple[int, Match, frozenset[str]]]) -> frozenset[str]:
    """The words the text named a mission with, wherever it named it (``named``: the mentions so far)."""
    return frozenset().union(*(words for _k, e, words in named if e.entry.id == m.entry.id))


def _words_of(s: Sent, m: Match) -> frozenset[str]:
    """The keys of a mission's or an initiative's words, as written ("Opération Chammal":
    opération, chammal; "Stabilization Working Group": stabilization, working, group), and the head noun of the
    description set after it by a comma ("Task Group Taji, the joint Australian and New Zealand training mission":
    mission), which "the mission" names it by later."""
    own = frozenset(k for t in s.tokens[m.i:m.j] for k in t.keys)
    toks = s.tokens
    if m.j >= len(toks) or "," not in _gap(s.text, toks[m.j - 1], toks[m.j], s.start) \
            or toks[m.j].key not in words.DETERMINERS:
        return own
    heads = {c.i for cat in ("mission:head", "initiative:head") for c in s.cues.get(cat, [])}
    described = next((k for k in range(m.j + 1, min(len(toks), m.j + 1 + DESCRIPTION_WORDS))
                      if k in heads or "," in _gap(s.text, toks[k - 1], toks[k], s.start)), None)
    if described not in heads:
        return own
    while described + 1 in heads:
        described += 1  # a head of two words: "training mission"
    return own | frozenset(toks[described].keys)


JOINT_OPENING_WITHIN = 3  # sentences after a joint statement's title that may name its partners


def _joint_partners(sents: list[Sent], vocab: Vocabulary, lex: Lexicon) -> tuple[Match, ...]:
    """The partners a joint statement's title names ("Déclaration conjointe de la Belgique,
    du Luxembourg et des Pays-Bas", "Joint statement by …", "بيان مشترك …"), if it is one.
    A title that names them as a group, not each ("Joint statement of the Benelux justice
    ministers"), leaves them to its opening, whose subject they are: "Les ministres de la
    Justice de la Belgique, des Pays-Bas et du Luxembourg … ont adopté la déclaration
    suivante" (the first sentence after the title that names two members, where the words
    before them are a joint subject: "the ministers", "les dirigeants")."""
    if not sents or not any(m.i <= 1 for m in sents[0].cues.get("actor:joint", [])):
        return ()
    named = _members_named(sents[0], vocab)
    if len(named) > 1:
        return named
    for s in sents[1:1 + JOINT_OPENING_WITHIN]:
        members = _members_named(s, vocab)
        if len(members) > 1:
            first = min(m.i for m in members)
            return members if cues_at(s, lex, "joint_subjects", range(first)) else named
    return named


def _members_named(sent: Sent, vocab: Vocabulary, start: int = 0) -> tuple[Match, ...]:
    """The Coalition's members a sentence names from word ``start`` on, by name or adjective, each once."""
    named: dict[str, Match] = {}
    for m in sent.ents:
        if m.i >= start and m.entry.kind in (*PARTNER_KINDS, "adjective") and m.entry.id in vocab.partners \
                and vocab.partners[m.entry.id].member:
            named.setdefault(m.entry.id, m)
    return tuple(named.values())


AGREEMENT_TITLE_LINES = 3  # the lines of an agreement's title: "Memorandum of Understanding" / "between …" / "on …"


def _agreement_parties(sents: list[Sent], lex: Lexicon, vocab: Vocabulary) -> tuple[Sent | None, tuple[Match, ...]]:
    """The parties an agreement's text names in its title, on one line or over the first
    few ("مذكرة تفاهم" / "بين وزارة الداخلية في جمهورية العراق ووزارة الداخلية في جمهورية مصر
    العربية", "Memorandum of Understanding between the Government of Canada and …",
    "Protocole d'accord entre …"), with the line that names them: acting jointly, as a joint
    statement's partners do. None but where the first line opens with the agreement's noun
    and two members of the Coalition are named after "between"."""
    # (an agreement's title runs long over its parties' formal names: no full stop ends its lines)
    title = list(itertools.takewhile(lambda s: s.text.rstrip()[-1:] not in ".!?؟…", sents[:AGREEMENT_TITLE_LINES]))
    if not title or not any(m.entry.id == "actor:agreement" for m in cues_at(title[0], lex, "agreement", (0, 1))):
        return None, ()
    for s in title:
        more_cues(s, lex, "agreement")
        between = min((m.j for m in s.cues.get("actor:agreement_between", [])), default=None)
        if between is None:
            continue
        named = _members_named(s, vocab, between)
        return (s, named) if len(named) > 1 else (None, ())
    return None, ()


def _joint_title(title: Sent, members: tuple[Match, ...], build: _Builder) -> None:
    """The partners of a joint statement or an agreement, as its title names them
    (``_joint_partners``, ``_agreement_parties``): each is the others' peer, as partners
    acting jointly are."""
    for a in members:
        for b in members:
            if a.entry.id != b.entry.id:
                build.add("cooperation", a.entry.id, b.entry.id, title, b.start, b.end)


def _speaker_is_we(sent: Sent, clauses: list, speaker: tuple[Match, ...], cat: str = "actor:first_person",
                   quoted: bool = False) -> None:
    """In a speech, a clause whose subject is "we" and no partner is the speaker's partner's
    (inside a quotation of another's words it is not: ``actors`` hears those; with
    ``quoted``, in an interview whose title names its speaker, the answers are quoted). In a joint
    statement (``cat`` "actor:joint_subject"), a clause whose subject is "we", "the
    ministers", "they" and no partner is all its partners'."""
    first = {k for m in sent.cues.get(cat, []) for k in range(m.i, m.j)}
    if not first:
        return
    quotes = _in_quotes(sent)
    for cl in clauses:
        opening = _we_at(sent, cl.start, first, () if quoted else quotes)
        if cl.named:  # "we", "our" opening a clause that names no partner, nobody's or carried ("Nos Rafale sont …")
            if opening and (colon := _colon_before(sent, opening[0], min(m.i for m in cl.named[0][0]))) is not None \
                    and cl.named[0][1] <= opening[0]:
                # "we built a training mission from nothing: more than 44,000 Iraqi soldiers passed …": "we"
                # to the colon, the partner named after it from there
                cl.named[0] = (cl.named[0][0], colon)
                cl.named.insert(0, (speaker, cl.start))
            continue
        if opening:
            cl.named.append((speaker, cl.start))
            cl.nobody = False
        elif not cl.nobody and (k := _we_after_and(sent, cl.start, first, () if quoted else quotes)) is not None:
            # "I worked on the ground crews, and in 2014 we prepared our aircraft …": the speaker's from the "and"
            cl.named.append((speaker, k))
            cl.nobody = False


AND_THEN_WE = 3  # words from the "and" after a comma to a "we" ("…, and in 2014 we prepared …", "، وفي 2014 كنا نجهز")


def _we_after_and(sent: Sent, start: int, first: set[int], quotes) -> int | None:
    """Where a clause the splitting left whole goes on after a comma and "and", a date maybe, then "we" ("I worked on
    the ground crews, and in 2014 we prepared our aircraft …", "عملت فنياً …، وفي 2014 كنا نجهز طائراتنا …"): the
    "and", where the speaker's clause starts; None where no "we" so follows."""
    toks = sent.tokens
    for k in sorted(x for x in first if x > start and not any(a <= toks[x].start < b for a, b in quotes)):
        for j in range(max(start + 1, k - AND_THEN_WE), k + 1):
            if "," in (gap := _gap(sent.text, toks[j - 1], toks[j], sent.start)) or "،" in gap:
                # "and", or Arabic "و" on the next word ("وكنا", "وفي 2014", "وخلال")
                if (toks[j].key in words.AND or arabic_conj(toks[j])
                        or toks[j].text[:1] == "و" and (j == k or toks[j].key[1:] in words.DATE_LINKS | words.BEFORE)) \
                        and (k - j <= 1 or any(toks[x].text[:1].isdigit() for x in range(j, k))):
                    return j  # right after the "and", or past a date ("and in 2014 we"; not "et pour nos alliés")
                break
    return None


RANK_WORDS = 3  # words of a first person's rank or trade before "with", "in" ("I was a lance corporal with …")
OPENING_WORDS = 6  # at most, in a phrase before a clause's subject and its comma ("Together with Australia, we …")
WE_WORDS = 3  # words from a clause's start where its "we" or "our" stands ("Nos Rafale", "For our part", "Ensuite, nous")


def _we_at(sent: Sent, start: int, first: set[int], quotes, past_opening: bool = True) -> list[int]:
    """The first person's words that open the clause at ``start`` (within its first words, or
    after a short opening phrase and its comma), outside the quotations ``quotes``."""
    at = range(start, min(len(sent.tokens), start + WE_WORDS))
    return [k for k in (*at, *(_after_opening(sent, start) if past_opening else ()))
            if k in first and not any(a <= sent.tokens[k].start < b for a, b in quotes)]


def _after_opening(sent: Sent, start: int) -> tuple[int, ...]:
    """The word after a short opening phrase and its comma ("Together with Australia, we built
    …", "Avec l'Australie, nous avons …"): where the clause's subject stands after it."""
    toks = sent.tokens
    for k in range(start + 1, min(len(toks), start + OPENING_WORDS + 1)):
        gap = sent.text[toks[k - 1].end - sent.start : toks[k].start - sent.start]
        if "," in gap or "،" in gap:
            return (k,)
    return ()


def _we_is_nobody(sent: Sent, clauses: list, own_adjective: bool = False) -> None:
    """A clause whose subject is an unquoted "we" and no partner, where the text tells no
    partner whose "we" it is: nobody's act, not the partner carried into it — but the
    supporters' or the partner's on whose behalf it acts ("Grâce au financement de l'Irlande,
    nos équipes ont dépollué …": Ireland's). With ``own_adjective`` (an NGO's text), a state's
    adjective on the "our" subject's noun tells where its people come from, not whose they are
    ("Nos équipes irakiennes ont retiré …")."""
    first = {k for m in sent.cues.get("actor:first_person", []) for k in range(m.i, m.j)}
    if not first:
        return
    quotes = _in_quotes(sent)
    for cl in clauses:
        we = _we_at(sent, cl.start, first, quotes, past_opening=False)
        if own_adjective and we and len(cl.named) == 1 and len(cl.named[0][0]) == 1:
            m = cl.named[0][0][0]
            if m.entry.kind == "adjective" and we[0] < m.i <= we[0] + WE_WORDS:
                cl.named.clear()
        if not (cl.named or cl.supported or cl.behalf) and we:
            cl.nobody = True


def _we_by_own_people(sent: Sent, clauses: list) -> bool:
    """A clause whose subject is "we", where the text tells no partner whose "we" it is, and
    whose own people it names by a partner's adjective ("For our part, we will keep about 2,500
    U.S. troops in Iraq", "nous maintenons 600 militaires français"): that partner's. Whether
    any clause was so read."""
    first = {k for m in sent.cues.get("actor:first_person", []) for k in range(m.i, m.j)}
    people = {m.i for m in sent.cues.get("personnel", [])}
    if not first or not people:
        return False
    found = False
    quotes = _in_quotes(sent)
    ends = [cl.start for cl in clauses[1:]] + [len(sent.tokens)]
    for cl, end in zip(clauses, ends, strict=True):
        opening = [] if cl.named else _we_at(sent, cl.start, first, quotes)
        if not opening:
            continue
        # not people the clause's verb trains or helps ("nos instructeurs ont formé des milliers de soldats irakiens")
        served = [c.j for c in sent.cues.get("personnel:not", []) if opening[0] < c.i < end]
        # nor people worked with ("… worked side by side with Slovak sappers", "aux côtés des soldats italiens"), nor
        # those joined to them ("إلى جانب القوات الإيطالية والقوات الإسبانية")
        peers = min((k for k in after_with(sent) if opening[0] < k < end), default=end)
        own = {m.entry.id: m for m in sent.ents if m.entry.kind in (*PARTNER_KINDS, "adjective") and opening[0] < m.i < end
               and (m.j in people or m.entry.kind == "adjective" and m.i - 1 in people) and not any(r <= m.i for r in served)
               and m.i < peers}
        if len(own) == 1:
            cl.named.append(((next(iter(own.values())),), cl.start))
            cl.nobody = False
            found = True
    return found


def people_named_alone(sent: Sent, actors: Actors) -> tuple[str, ...]:
    """The one partner whose people a sentence in which no partner acts names, by its adjective beside a noun of people
    ("Nous avons discuté avec deux soldats italiens en permission"): whom a "they" opening the next sentence stands
    for (``they_open``: "Ils forment depuis quatre mois les Peshmergas au déminage"). Empty where any partner acts
    or another is named."""
    if any(seg.actors for seg in actors.segments):
        return ()
    named = {m.entry.id for m in sent.ents if m.entry.kind in (*PARTNER_KINDS, "adjective")}
    people = {k for c in sent.cues.get("personnel", []) for k in range(c.i, c.j)}
    if len(named) == 1 and any(m.entry.kind == "adjective" and (m.i - 1 in people or m.j in people) for m in sent.ents):
        return tuple(named)
    return ()


def they_open(sent: Sent, lex: Lexicon) -> bool:
    """Whether the sentence's subject is "they", first or after a phrase fronted before a comma ("Since March, they
    …")."""
    more_cues(sent, lex, "they")
    toks = sent.tokens
    return any(c.i == 0 or c.i <= FRONTED_WORDS and _gap(sent.text, toks[c.i - 1], toks[c.i], sent.start).strip() == ","
               for c in sent.cues.get("actor:they", []))


def _self_named(sent: Sent, clauses: list, lex: Lexicon) -> tuple[str, ...]:
    """A first person who says whose forces it belongs to ("I'm with the Czech Army and we're in Baghdad with NATO
    Mission Iraq", "je sers dans l'armée belge", "أنا في الجيش الأردني"): its clause, and the "we" that goes on,
    are that partner's — no peer of the "with". The partners so read, none where no clause was."""
    if not sent.cues.get("actor:first_person") and not any(t.key in words.FIRST_SINGULAR for t in sent.tokens):
        return ()  # "I was a corporal with …" says no "we"
    more_cues(sent, lex, "self_naming")
    toks = sent.tokens
    inst = {c.i: c.j for c in sent.cues.get("actor:institution", [])}
    quotes = _in_quotes(sent)
    found: list[str] = []
    more_cues(sent, lex, "self_ranked")
    for c in (*sent.cues.get("actor:self_naming", []), *sent.cues.get("actor:self_ranked", [])):
        if any(a <= toks[c.i].start < b for a, b in quotes):
            continue
        k, ranked = c.j, c in sent.cues.get("actor:self_ranked", [])
        if ranked:
            # "I was a corporal with the New Zealand Defence Force contingent", "j'étais caporal dans l'armée
            # belge": the rank or trade, then "with" or "in", then the forces
            k = next((x + 1 for x in range(c.j, min(c.j + RANK_WORDS + 1, len(toks))) if toks[x].key in words.SERVED_WITH),
                     len(toks))
        while k < len(toks) and toks[k].key in words.DETERMINERS:
            k += 1
        # "the Czech Army" (its adjective, then the institution), "l'armée belge", "الجيش الأردني" (the institution
        # first), "the Royal Air Force" of a partner's seat
        m = next((e for e in sent.ents if e.i == k and e.entry.kind in (*PARTNER_KINDS, "adjective")), None)
        if m is not None and (m.entry.kind == "adjective" or ranked) and m.j not in inst:
            m = None  # after a rank, only a partner's forces: not "I was a tourist in Jordan"
        if m is None and k in inst:
            m = next((e for e in sent.ents if e.i == inst[k] and e.entry.kind == "adjective"), None)
        cl = next((cl for cl in reversed(clauses) if cl.start <= c.i), None)
        if m is None or cl is None or cl.named:
            continue
        cl.named.append(((m,), cl.start))
        cl.nobody = False
        found.append(m.entry.id)
    more_cues(sent, lex, "self_nationality")
    first = _cue_tokens(sent, "actor:first_person")
    for c in sent.cues.get("actor:self_nationality", []):
        # "A note from a Belgian: our F-16s …", "Un mot d'un lecteur danois : nos F-16 …": the writer's nationality,
        # a noun for the writer maybe, then a colon or a comma, and a "we" or "our" after
        m = next((e for e in sent.ents if e.entry.kind == "adjective"
                  and (e.i == c.j or e.i == c.j + 1 and toks[c.j].key in words.WRITER_NOUNS)), None)
        if m is None or any(a <= toks[c.i].start < b for a, b in quotes):
            continue
        after = m.j + 1 if m.j < len(toks) and m.i == c.j and toks[m.j].key in words.WRITER_NOUNS else m.j
        if after >= len(toks) or _gap(sent.text, toks[after - 1], toks[after], sent.start).strip() not in (":", ",", "،") \
                or not any(k >= after for k in first):
            continue
        cl = next((cl for cl in reversed(clauses) if cl.start <= c.i), None)
        if cl is None or cl.named:
            continue
        cl.named.append(((m,), cl.start))
        cl.nobody = False
        found.append(m.entry.id)
    return tuple(dict.fromkeys(found))


def ngo_writer(sents: list[Sent], lex: Lexicon) -> bool:
    """Whether the text's first person names itself a non-governmental organisation or a company,
    outside quotations ("Notre ONG dépollue depuis 2017 …", "We are a charity", "جمعيتنا", "Our company
    has supported mine action in Iraq"): its "we" is that body's, nobody's among the partners — not
    the state its title names ("Où nous travaillons — Irak"), which is where it works. So too where a line of its own
    is a company's name with its legal form ("Aérovision SAS (France)", "Helix Systems Ltd"), an exhibitor's entry or a
    press release's heading: its first person ("Notre nacelle équipe les Rafale …") is that company's."""
    speaks = False
    for s in sents:
        if not s.cues.get("actor:first_person"):
            continue  # each phrase has its first person ("our NGO", "notre ONG", "جمعيتنا"): read only there
        speaks = True
        more_cues(s, lex, "own_ngo")
        if found := s.cues.get("actor:own_ngo"):
            quotes = _in_quotes(s)
            if not all(any(a <= s.tokens[c.i].start < b for a, b in quotes) for c in found):
                return True
    return speaks and any(words.COMPANY_LINE.search(s.text) for s in sents)


def _colon_before(sent: Sent, lo: int, hi: int) -> int | None:
    """The word after the last colon between words ``lo`` and ``hi``, or None."""
    toks = sent.tokens
    return next((k for k in range(hi, lo, -1) if ":" in sent.text[toks[k - 1].end - sent.start : toks[k].start - sent.start]), None)


PAIR_BACK = 3  # sentences back where "the two countries" finds the two partners named


def _named(sent: Sent, vocab: Vocabulary, upto: int, places: bool = False, place_names: bool = False) -> list[str]:
    """The partners of the Coalition named before token ``upto``, by name, adjective or
    capital: whom "the two sides" (or "the three countries") may refer to where no list of
    actors came before ("the Jordanian minister received his Canadian counterpart; the two
    sides discussed ..."). A partner after "with" is a peer, never one of them, as it is
    never an actor ("Brussels alternates with the Netherlands, the two countries ..."). With
    ``place_names``, a partner's name after "in" is a place too, not its adjective ("briefed the
    press on the Australian trainers in Iraq": Australia)."""
    partners = vocab.partners
    # a partner after "with" is a peer; with ``places``, one after "in" a place too ("instructors in Iraq")
    cats = ("coop:governor", "coop:strong", "coop:location") if places else ("coop:governor", "coop:strong")
    toks = sent.tokens
    # (not "of": "the ambassadors of Germany, Italy and the Netherlands" are theirs)
    peers = {m.j for cat in cats for m in sent.cues.get(cat, []) if not (cat == "coop:location" and toks[m.i].key in words.OF)}

    where = {m.j for m in sent.cues.get("coop:location", []) if toks[m.i].key not in words.OF} if place_names else set()

    def after_with(i: int, adjective: bool = False) -> bool:
        while i > 0 and toks[i - 1].key in words.DETERMINERS:
            i -= 1
        return i in peers or not adjective and i in where

    # nor the owner that names a mission's noun ("بعثة الناتو", the NATO mission): the mission's, no side
    owners = {e.j for e in sent.ents if e.entry.kind == "mission"}
    return list(dict.fromkeys(m.entry.id for m in sent.ents if m.i < upto and m.entry.kind in PARTNER_KINDS + ("adjective",)
                              and m.entry.id in partners and partners[m.entry.id].member
                              and not after_with(m.i, m.entry.kind == "adjective")
                              and m.i not in owners))


def _named_with_noun(noun: str, vocab: Vocabulary, before: list[Sent]) -> tuple[str, ...]:
    """Whom a plural subject with no count ("the leaders", "les dirigeants", "القادة", its noun's key ``noun``) refers to
    where no list of actors came right before: the partners, two or more, of the nearest sentence before that has the
    same noun ("The leaders of Egypt, Jordan and Iraq met in Baghdad"); none where no such sentence names two."""
    for b in before:
        if any(t.key == noun for t in b.tokens):
            named = _named(b, vocab, len(b.tokens))
            return tuple(named) if len(named) > 1 else ()
    return ()


def plural_size(sent: Sent, plural: int) -> int:
    """How many partners the plural subject at token ``plural`` is: "the two sides", "the three
    countries", "الدول الأربع"."""
    for n, cat in ((4, "actor:plural_four"), (3, "actor:plural_three")):
        if any(m.i == plural for m in sent.cues.get(cat, [])):
            return n
    return 2


def _group_of(sent: Sent, vocab: Vocabulary, plural: int, before: list[Sent]) -> tuple[str, ...]:
    """Whom a plural subject at token ``plural`` refers to: "the two sides", the two partners
    named in its sentence or in one of the sentences before; "the three countries", the three
    named there, or in those sentences together ("Estonia will ... Latvia has ... Lithuania
    continues ... The three Baltic states will work together")."""
    n = plural_size(sent, plural)
    three = n >= 3  # "the three countries" after "… instructors in Iraq": the place is none of them
    named = [_named(sent, vocab, plural, three), *(_named(b, vocab, len(b.tokens), three) for b in before)]
    own = named[0]
    # (not where it names a peer: "Bruxelles alterne ce déploiement avec les Pays-Bas …, les deux pays …")
    if own and len(own) < n and not any(m.i < plural for cat in ("coop:governor", "coop:strong") for m in sent.cues.get(cat, [])):
        # its own sentence names some of them ("… | New Zealand Minister of Defence | Bilateral meeting; the two ministers
        # agreed …"): those, and the nearest sentence before that names the rest (no place: "… the Australian trainers
        # in Iraq"), not two older names
        for ps in (_named(b, vocab, len(b.tokens), place_names=True) for b in before):
            if rest := [p for p in ps if p not in own]:
                if len(own) + len(rest) == n:
                    return (*own, *rest)
                break
    found = next((tuple(ps) for ps in named if len(ps) == n), ())
    if found:
        return found
    # the sentences before, each naming one or two partners, together ("Le Président de la
    # République s'est entretenu avec le Premier ministre de la République d'Irak. Il a rappelé
    # l'engagement de la France … Les deux dirigeants …")
    together = list(dict.fromkeys(p for ps in named[:0:-1] if len(ps) <= 2 for p in ps))
    return tuple(together) if len(together) == n else ()
