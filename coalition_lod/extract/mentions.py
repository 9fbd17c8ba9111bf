"""What the words around a mission's or an initiative's name say of the actor's part: praised,
received, met, another state's, a committee's name."""

from __future__ import annotations

from ..vocab import Lexicon, Match
from . import words
from .sentence import PARTNER_KINDS, Sent, _gap, more_cues


def _praised(sent: Sent, m: Match, lex: Lexicon) -> bool:
    """A mission or initiative that a word of praise or thanks takes as its object
    ("its gratitude to the Coalition and to NATO Mission Iraq", "welcomed the Africa Focus
    Group"): what the actor praises, not what it takes part in. Only determiners, words
    joining a list and other such names between; a partner between is the one praised,
    and acts ("thanked Morocco for the Africa Focus Group")."""
    ends = [g.j for g in sent.cues.get("actor:governor", []) if g.j <= m.i]
    if not ends:
        return False
    names = {x for e in sent.ents if e.entry.kind not in PARTNER_KINDS + ("adjective",) for x in range(e.i, e.j)}
    joins = {c.i for c in sent.cues.get("coordinator", [])}
    # and its act or work, owned by what follows ("welcomes the work of the Africa Focus Group",
    # "salue le travail du …", "يرحب بجهود …"): praised too, no part taken
    acts = {x for cat in ("actor:act", "actor:owner") for c in sent.cues.get(cat, []) for x in range(c.i, c.j)}
    start = max(ends)
    if lex.lang == "ar":  # the verb first, then its subject: "رحبت السويد بمجموعة …" (Sweden welcomed …)
        start = next((e.j for e in sent.ents if e.i == start and e.entry.kind in PARTNER_KINDS), start)
    toks = sent.tokens
    # an act owned by nobody's ("the contribution of member states to NATO Mission Iraq", "la
    # contribution des États membres à …", "بمساهمة الدول الأعضاء في …"): theirs, and the mission where it goes
    nobody = {x for c in sent.cues.get("actor:nobody", []) for x in range(c.i, c.j)}
    owned = any(x in acts for x in range(start, m.i)) and any(x in nobody for x in range(start, m.i))
    return all(x in names or x in joins or x in acts or toks[x].key in lex.leading_drop
               or owned and (x in nobody or toks[x].key in words.DESTINATIONS) for x in range(start, m.i))


HOSTED_REACH = 3  # words between a verb of hosting and the headquarters it hosts: its subject, "على أراضيها"


def _cue_right_before(sent: Sent, cues: list[Match], i: int, lex: Lexicon, also: frozenset[int] | set[int] = frozenset()) -> bool:
    """A cue of ``cues`` ends before token ``i`` with only determiners between (and the
    tokens of ``also``): "receives support from ATMIS", "finance la Force conjointe"."""
    toks = sent.tokens
    return any(c.j <= i and all(toks[x].key in lex.leading_drop or x in also for x in range(c.j, i)) for c in cues)


def _received(sent: Sent, m: Match, lex: Lexicon) -> bool:
    """A mission the actor receives support from ("Somalia receives support from ATMIS",
    "bénéficie de l'appui de la mission", "تتلقى دعما من بعثة ..."): what helps it, not what
    it takes part in. Only determiners between; its acronym after it goes with it."""
    more_cues(sent, lex, "hosted")
    cues = sent.cues.get("mission:received", [])
    verbs = sent.cues.get("mission:host_verb", [])
    if verbs:  # "تستضيف قطر على أراضيها مقر قيادة عملية …": the verb, its subject, then what it hosts
        cues = cues + [c for c in sent.cues.get("mission:hosted_head", []) if any(0 <= c.i - v.j <= HOSTED_REACH for v in verbs)]
    # the mention itself, or its name right before its acronym; not another mention of the
    # mission later ("Chad, which hosts the force's headquarters, and Cameroon keep their contingents")
    return any(_cue_right_before(sent, cues, e.i, lex)
               for e in sent.ents if e.entry.id == m.entry.id and e.i <= m.i and m.i - e.j <= 1)


def _source(sent: Sent, m: Match, lex: Lexicon) -> bool:
    """A mission named as the source of what the sentence tells ("According to CJTF-OIR, the
    Iraqi Counter-Terrorism Service conducted …", "selon l'opération Chammal", "وفقاً لعملية …"):
    no part of the actor's in it. Only determiners between."""
    return _cue_right_before(sent, sent.cues.get("mission:source", []), m.i, lex)


def _funded(sent: Sent, m: Match, lex: Lexicon) -> bool:
    """A mission the actor funds ("the European Union, which finances the force", "l'UE
    finance la Force conjointe", "يمول الاتحاد الأوروبي القوة"): its money is on the
    military line, and no part in the mission. Only determiners between the verb and it, and
    an Arabic verb's subject."""
    subject = {x for e in sent.ents if e.entry.kind in PARTNER_KINDS for x in range(e.i, e.j)} if lex.lang == "ar" else set()
    return _cue_right_before(sent, sent.cues.get("mission:funded", []), m.i, lex, subject)


def _bodys_initiative(sent: Sent, m: Match) -> bool:
    """An initiative no list knows, in a sentence a UN body's name opens before any partner's, whose partner after it
    is named by its money ("وتعيد منظمة اليونسكو بناءهما ضمن مبادرة «إحياء روح الموصل» بتمويل من دولة الإمارات", "UNDP
    rebuilds schools within the Schools of Hope initiative, with funding from the UAE"): the body's own, not its
    funder's, whose act is the work it pays for (a known Coalition fund, "the Funding Facility for Stabilization", is
    read as ever: its contributors take part)."""
    if not m.entry.id.startswith("new:"):
        return False
    first = next((e for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective", "body")), None)
    return first is not None and first.entry.kind == "body" and first.j <= m.i and any(
        c.i >= m.j for cat in ("mission:funded", "actor:agent", "actor:supporter") for c in sent.cues.get(cat, []))


MET_REACH = 8  # words from a verb of meeting to the mission whose official was met


def _met(sent: Sent, m: Match, lex: Lexicon) -> bool:
    """A mission whose official the actor met or received ("received the commander of
    Operation Inherent Resolve", "a reçu le commandant de l'opération …", "استقبل وزير الدفاع
    الكويتي قائد عملية العزم الصلب", the verb's subject between in Arabic): someone else's part,
    not the actor's. Between the verb and the mission, only an office, the words that join it
    and, in Arabic, the subject (institutions and partners)."""
    more_cues(sent, lex, "met")
    verbs = sent.cues.get("mission:met")
    offices = {k for c in sent.cues.get("mission:met_office", []) for k in range(c.i, c.j)}
    if not verbs or not offices:
        return False
    toks = sent.tokens
    inst = {k for c in sent.cues.get("actor:institution", []) for k in range(c.i, c.j)}
    partners = {k for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective") for k in range(e.i, e.j)}
    for v in verbs:
        if not 0 < m.i - v.j <= MET_REACH or not any(v.j <= k < m.i for k in offices):
            continue
        if all(k in offices or toks[k].key in lex.leading_drop or toks[k].key in words.OF or k in inst or k in partners
               for k in range(v.j, m.i)):
            return True
    return False


def _foreign(sent: Sent, m: Match) -> bool:
    """Forces the text calls foreign ("foreign combat forces", "des forces étrangères", "قوات
    قتالية أجنبية"): not the forces of the partner whose clause it is, no act of its on the
    military line. The word before the cue or one of the two after it."""
    toks = sent.tokens
    near = [m.i - 1, m.j, m.j + 1]
    return any(0 <= k < len(toks) and toks[k].key in words.FOREIGN for k in near)


EXPERIENCE_REACH = 4  # words from an experience to the forces it was gained in ("الخبرة السابقة في الجيش العراقي")


def _experienced(sent: Sent, m: Match) -> bool:
    """Forces where one's experience was gained ("Previous experience in the Iraqi army or the peshmerga is an asset",
    "une expérience dans l'armée irakienne", "الخبرة السابقة في الجيش العراقي"): a job's or a CV's requirement, no act
    on the military line. An experience's word a few words before, no comma between."""
    toks = sent.tokens
    # (forces, no act: not "Denmark shares its experience in training Iraqi forces")
    forces = any(c.i < m.j and m.i < c.j for c in sent.cues.get("actor:institution", []))
    for k in range(m.i - 1, max(-1, m.i - 1 - EXPERIENCE_REACH), -1):
        if not forces or any(ch in sent.text[toks[k].end - sent.start:toks[k + 1].start - sent.start] for ch in ",;:،؛"):
            break
        if not words.EXPERIENCE_NOUNS.isdisjoint(toks[k].keys):
            return True
        if not (words.PREPOSITIONS.isdisjoint(toks[k].keys) and words.AT_PLACE.isdisjoint(toks[k].keys)
                and words.DETERMINERS.isdisjoint(toks[k].keys) and words.PRIOR.isdisjoint(toks[k].keys)):
            continue  # "in the", "السابقة في": between the experience and the forces
        break  # another word: "experience in training Iraqi forces" is an act's
    # … and the forces listed after them ("in the Iraqi army or the peshmerga", "في الجيش العراقي أو قوات البيشمركة")
    before = max((c for c in sent.cues.get("loe:military", []) if c.j <= m.i), key=lambda c: c.j, default=None)
    return before is not None and 0 <= m.i - before.j <= 3 \
        and all(toks[k].key in words.AND or toks[k].key in words.OR or toks[k].key in words.DETERMINERS
                or toks[k].key in words.PREPOSITIONS for k in range(before.j, m.i)) \
        and _experienced(sent, before)


REPRESENTED_REACH = 4  # words from a representative to the forces represented ("representative of the Jordanian Armed Forces")


def _represented(sent: Sent, m: Match) -> bool:
    """Forces a person represents ("a representative of the Jordanian Armed Forces", "ممثل عن
    القوات المسلحة الأردنية" in a list of who attended): they do nothing on the military line
    there. A representative's word a few words before, no comma between."""
    toks = sent.tokens
    for k in range(m.i - 1, max(-1, m.i - 1 - REPRESENTED_REACH), -1):
        if any(ch in sent.text[toks[k].end - sent.start:toks[k + 1].start - sent.start] for ch in ",;:،؛"):
            return False
        if not words.REPRESENTATIVE.isdisjoint(toks[k].keys):
            return True
    return False


COMMITTEE_REACH = 3  # words from a committee's noun to a word of its name after it ("commission de la Justice")


def _committee_name(sent: Sent, m: Match) -> bool:
    """A line of effort's word in a committee's name ("the Senate … Trade Legislation
    Committee", "la commission de la Justice", "لجنة الشؤون القانونية"): the committee's, no act."""
    toks = sent.tokens
    if m.j < len(toks) and toks[m.j].key in words.COMMITTEE and toks[m.i].is_capitalised() and m.i > 0:
        return True  # English: the name's words before the noun, in capitals
    return any(toks[k].key in words.COMMITTEE and all(toks[x].key in words.DETERMINERS or toks[x].key in words.OF
                                                   for x in range(k + 1, m.i))
               for k in range(max(0, m.i - COMMITTEE_REACH), m.i))


OFFICE_NAME_REACH = 10  # words from an office's noun to the end of its name ("Direction de la coopération … et de l'action humanitaire")


def _office_name(sent: Sent, m: Match) -> bool:
    """A line of effort's word at the end of an office's name set between commas after its ministry, the office's
    capitalised noun right after the first comma ("Le ministère des Affaires étrangères …, Direction de la coopération au
    développement et de l'action humanitaire, lance un appel …", a letterhead's department): the office's name, no act;
    not past a verb ("…, Department of Humanitarian Aid, has funded …" still names the office first), nor an office named
    in its sentence's run ("We work with the Iraqi Directorate of Mine Action, which sets the clearance priorities")."""
    toks = sent.tokens
    lo = max(0, m.i - OFFICE_NAME_REACH)
    if "," not in sent.text[toks[lo].start - sent.start : m.start - sent.start] \
            or not any(words.holds(words.OFFICE_HEADS, toks[k]) for k in range(lo, m.i)):
        return False  # (most cues: no comma, no office's noun before them)
    verbs = {c.i for cat in ("actor:verb", "actor:auxiliary", "actor:reporting") for c in sent.cues.get(cat, [])}
    for k in range(m.i - 1, max(-1, m.i - 1 - OFFICE_NAME_REACH), -1):
        if k in verbs or any(ch in _gap(sent.text, toks[k], toks[k + 1], sent.start) for ch in ",;:()،؛"):
            return False
        if words.holds(words.OFFICE_HEADS, toks[k]):
            end = m.j  # past the name's capitalised words after the cue ("Department for Humanitarian Aid,")
            while end < len(toks) and end - m.j < OFFICE_NAME_REACH and toks[end].is_capitalised() \
                    and "," not in _gap(sent.text, toks[end - 1], toks[end], sent.start):
                end += 1
            return toks[k].is_capitalised() and k > 0 and "," in _gap(sent.text, toks[k - 1], toks[k], sent.start) \
                and end < len(toks) and "," in _gap(sent.text, toks[end - 1], toks[end], sent.start)
    return False


OBSERVER_AFTER = 6  # words from a partner to the observer's phrase after the list it opens ("البحرين وقطر بصفة مراقب")


def named_as_observer(sent: Sent, m: Match) -> bool:
    """The partner, or a list it stands in, named as observers of what they attend ("بمشاركة قوات من البحرين وقطر بصفة
    مراقب", "with forces from Bahrain and Qatar as observers"): the observer's phrase right after, only names, their "and"
    and their articles between; no act of theirs, nor anyone's peers."""
    found = sent.cues.get("actor:observer")
    if not found:
        return False
    toks = sent.tokens
    names = {k for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective") for k in range(e.i, e.j)}
    joins = words.AND | words.OF | words.DETERMINERS  # "de Bahreïn et du Qatar"
    return any(m.j <= c.i <= m.j + OBSERVER_AFTER and all(k in names or toks[k].key in joins for k in range(m.j, c.i))
               for c in found)


def _mission_subject(s: Sent, m: Match) -> bool:
    """Mission ``m`` is the sentence's subject by a noun that refers back to it ("The mission will
    advise …", "La mission conseillera …"): an anaphor of the mission named before, its
    sentence's first words, no name."""
    return all(t.key in words.DETERMINERS for t in s.tokens[: m.i]) and any(
        c.i == m.i and c.j == m.j for c in s.cues.get("actor:mission_anaphor", []))
