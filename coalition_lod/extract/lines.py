"""Lines of effort: each actor's, once per sentence, at the first cue in its clauses; and the
agents of a passive before it, whose act it is too. The words whose cues do not count (a
resolution's or an initiative's description, what a partner condemns) are marked quiet
first (``quiet_relative_clauses``, ``quiet_nobodys_relatives``, ``quiet_condemned``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..vocab import Lexicon, Match
from . import words
from .builder import _Builder
from .clauses import _HARD_BREAK, Actors, Clause, _broken, _in_quotes, after_between, received_from
from .mentions import _committee_name, _experienced, _foreign, _office_name, _represented
from .sentence import PARTNER_KINDS, Sent, _gap, cues_at, more_cues

HEADING_WORDS = 6  # at most, in a heading that names a line of effort
AGENT_REACH = 6  # words before a passive's "funded by" whose act its agent does too
PROJECT_REACH = 14  # words of a project's phrase before its comma and a funder's relative ("rebuilt … under the … project,")
DENIED_SUBJECT = 1  # words between a subject's noun and its denial ("the armed forces do not", its auxiliary in the cue)
THIS_BACK = 3  # sentences back where what "this programme" stands for may be named


def _partner_words(sent: Sent) -> set[int]:
    """The words of the partners a sentence names, by name or adjective (the quieting readings below skip them)."""
    return {k for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective") for k in range(e.i, e.j)}


def quiet_relative_clauses(sent: Sent) -> None:
    """A clause describing a resolution ("which calls on states to ...") or an initiative
    ("the Foreign Terrorist Fighters Working Group, which focused on the repatriation and
    prosecution of fighters") is not the partner's act: its lines of effort are the
    resolution's or the initiative's own (``resolution_loe``, ``loe`` in the vocabulary)."""
    breaks = sorted(m.i for m in sent.cues.get("clause_break", []))
    described = [(m, 12) for m in sent.cues.get("res:trigger", [])]
    described += [(m, 1) for m in sent.ents if m.entry.kind == "initiative"]  # right after its name
    if not described:
        return
    # a verb between the name and the break opens the verb's complement, not a description:
    # "the Counter ISIS Finance Group noted that Bahrain and Qatar had strengthened …"
    verbs = {m.i for cat in ("actor:reporting", "actor:verb", "actor:auxiliary") for m in sent.cues.get(cat, [])}
    # a clause that opens with "while", "whereas", "tandis que", "بينما" is another subject's, no description ("Germany
    # funds the FFS, while the Netherlands funds mine clearance"); "where", "où", "حيث" describe what precedes
    contrast = {c.i for c in sent.cues.get("actor:clause_start", [])
                if words.RELATIVE_OPENERS.isdisjoint(w.lower() for w in c.entry.phrase.split())}
    # (… and a reporting verb after a resolution opens its own complement: "Iraq would implement the resolution, recalling
    # that its courts had frozen the assets …")
    reporting = {m.i for m in sent.cues.get("actor:reporting", [])}
    partners = _partner_words(sent)
    for m, reach in described:
        b = next((x for x in breaks if m.j <= x <= m.j + reach), None)
        if b is None or m.entry.kind == "initiative" and (not verbs.isdisjoint(range(m.j, b)) or b in contrast
                                                          or _partner_opens(sent, b, partners)) \
                or m.entry.kind != "initiative" and not reporting.isdisjoint(range(m.j, b)):
            continue
        _quiet_clause(sent, b, breaks)


def _partner_opens(sent: Sent, b: int, partners: set[int]) -> bool:
    """A partner named as the subject of the clause opened at word ``b``, past its articles ("the Communications Working
    Group, where Portugal and the other members counter Daesh's propaganda", "…, où la Belgique …"): the partner's act in
    the initiative, no description of it."""
    k = b + 1
    while k < len(sent.tokens) and sent.tokens[k].key in words.DETERMINERS:
        k += 1
    return k in partners


CITED_OPENS = 3  # words before a recital's citing phrase: a list's dash or number ("- وإذ يشير إلى قرار …")


def quiet_recitals(sent: Sent) -> None:
    """A recital that cites a resolution ("Having regard to resolution 2253 on drying up Daesh's
    financing", "- وإذ يشير إلى قرار مجلس الأمن رقم 2253 بشأن تجفيف مصادر تمويل تنظيم داعش،"): what
    the resolution is about is no line of the body that cites it."""
    cited = next((c for c in sent.cues.get("res:cited", []) if c.i < CITED_OPENS), None)
    if cited is not None and sent.cues.get("res:trigger"):
        sent.quiet.append((sent.tokens[cited.i].start, sent.end))


def quiet_titles(sent: Sent) -> None:
    """A work's title in quotation marks after its noun ("Présentation de livre : « Mossoul, la reconstruction »",
    "the documentary “Rebuilding Mosul”", "كتاب «إعادة إعمار الموصل»"): what the title says is no line of effort of the
    partner the text carries. Only a colon or nothing between the noun (``work_titles``) and the quotation."""
    spans = _in_quotes(sent)
    if not spans:
        return
    toks = sent.tokens
    for a, b in spans:
        k = next((x for x in range(len(toks) - 1, -1, -1) if toks[x].end <= a), None)
        if k is not None and toks[k].key in words.WORK_TITLES and sent.text[toks[k].end - sent.start : a - sent.start].strip() in ("", ":", "："):
            sent.quiet.append((a, b))


SPORT_REACH = 8  # words from a sporting event's noun to the forces it is for ("بطولة الصداقة الدولية لكرة القدم للقوات المسلحة")


def quiet_sports(sent: Sent) -> None:
    """A sporting event's name up to the forces it is held for ("the Armed Forces Football Championship", "le tournoi de
    football des forces armées", "بطولة الصداقة الدولية لكرة القدم للقوات المسلحة"): a game, no line of effort of the
    partner the text carries. Its own clause's words only: no punctuation between the noun and the cue."""
    cues = [c for cat, cs in sent.cues.items() if cat.startswith("loe:") for c in cs]
    if not cues:
        return
    toks = sent.tokens
    events = [k for k, t in enumerate(toks) if t.key in words.SPORT_EVENTS]
    for k in events:
        for c in cues:
            # the cue after the noun in its phrase, or before it in an English name ("the Armed Forces Football Cup")
            lo, hi = (k, c.j) if c.i > k else (c.i, k + 1)
            # (not a team "from" a partner's forces taking part: "شارك في البطولة … فريق من القوة الجوية الإيطالية")
            if hi - lo <= SPORT_REACH and not any(re.search(r"[,.;:!?،؛]", _gap(sent.text, toks[x - 1], toks[x], sent.start))
                                                   or toks[x].key in words.UNIT_NOUNS or toks[x].key in words.FROM_GIVER
                                                   for x in range(lo + 1, hi)) \
                    and not any(lo < e.i < hi for e in sent.ents):
                sent.quiet.append((toks[lo].start, toks[hi - 1].end))


def _quiet_clause(sent: Sent, b: int, breaks: list[int]) -> None:
    """The clause opened at word ``b`` made quiet, to a semicolon, the next clause's break
    ("…, which was held in Rome, where its delegation …" tells the partner's act) or the next
    clause's opening word ("… الذي يديره برنامج الأمم المتحدة الإنمائي، فيما موّلت دولة الإمارات …":
    "while" the next partner acts)."""
    start = sent.tokens[b].start
    rest = sent.text[start - sent.start :]
    stop = re.search(r"[;؛]", rest)
    end = start + (stop.start() if stop else len(rest))
    opens = [c.i for c in sent.cues.get("actor:clause_start", []) if c.i > b]
    sent.quiet.append((start, min([end, *(sent.tokens[x].start for x in [*breaks, *opens] if x > b)])))


TOPIC_SUBJECT = 3  # words between an event's noun and its verb of covering ("The two-day course covers …"); in Arabic after it


def quiet_topics(sent: Sent, lex: Lexicon) -> list[int]:
    """A resolution that a course, a workshop or a conference covers is its topic ("The course covers the provisions of
    Security Council resolution 2462 on criminalising terrorist financing", "La formation porte sur …", "وتتناول الدورة
    أحكام قرار مجلس الأمن 2462 بشأن تجريم تمويل الإرهاب"): the partner the text carries has no relation to it, and what
    it is about, from its name to the clause's end, no line of that partner's. What the course covers before it stays
    (a partner's training "covers counter-IED"). Where each such resolution's trigger stands."""
    if not sent.cues.get("res:trigger"):
        return []
    more_cues(sent, lex, "event_topics")
    events = sent.cues.get("actor:event_noun", [])
    if not events:
        return []
    breaks = sorted(m.i for m in sent.cues.get("clause_break", []))
    named = _partner_words(sent)
    covered = []
    for v in sent.cues.get("actor:topic_verb", []):
        subject = [e for e in events if 0 <= v.i - e.j <= TOPIC_SUBJECT or lex.lang == "ar" and 0 <= e.i - v.j <= TOPIC_SUBJECT]
        if not subject or not named.isdisjoint(range(min(e.i for e in subject), v.i)):
            continue  # "Canada's course covers …": its own, read as the sentence's actor's
        end = min([b for b in breaks if b > v.j] + [len(sent.tokens)])
        for trig in sent.cues["res:trigger"]:
            if v.j <= trig.i < end:
                covered.append(trig.i)
                _quiet_clause(sent, trig.i, breaks)
    return covered


NOBODY_TO_RELATIVE = 5  # words from a group of nobody's to its relative ("the member states of the Coalition that")
AMONG_BEFORE = 3  # words before that group where "among", "one of" make the partner one of them


def quiet_nobodys_relatives(sent: Sent, lex: Lexicon) -> None:
    """A relative clause whose subject is a group that is no partner ("its appreciation to the
    member states of the Coalition that support the Iraqi security forces with training", "aux
    États membres qui soutiennent …", "للدول الأعضاء التي تدعم …") tells that group's act, not
    the clause's partner's: its cues of lines of effort do not count. Not after "among", "one
    of", "من بين" (the partner is one of the group: "Denmark is among the partners that train
    …"), nor where the relative's own subject is named ("the partners that Canada leads")."""
    nobody = sent.cues.get("actor:nobody")
    relatives = sent.cues.get("actor:relative")
    if not nobody or not relatives:
        return
    toks = sent.tokens
    breaks = sorted(m.i for m in sent.cues.get("clause_break", []))
    verbs = {m.i for cat in ("actor:reporting", "actor:verb", "actor:auxiliary") for m in sent.cues.get(cat, [])}
    # read only where they may stand: before each group, and from it to its relative
    before = [k for n in nobody for k in range(n.i - AMONG_BEFORE - 2, n.i)]
    among = [m.j for m in cues_at(sent, lex, "among", before) if m.entry.id == "actor:among"]
    # the enemy's relative tells what the partner acts against ("a cell of Daesh supporters who
    # planned to join …"), the partner's act
    within = [k for n in nobody for k in range(n.i, n.j + NOBODY_TO_RELATIVE)]
    enemy = {k for m in cues_at(sent, lex, "among", within) if m.entry.id == "actor:enemy" for k in range(m.i, m.j)}
    named = _partner_words(sent)
    named |= {k for cat in ("actor:first_person", "actor:institution") for c in sent.cues.get(cat, []) for k in range(c.i, c.j)}
    for n in nobody:
        if any(n.i - AMONG_BEFORE <= a <= n.i for a in among):
            continue
        r = next((r for r in relatives if n.j <= r.i <= n.j + NOBODY_TO_RELATIVE), None)
        if r is not None and not enemy.isdisjoint(range(n.i, r.i)):
            continue
        if r is None or r.j >= len(toks) or r.j in named or any(b < r.i for b in breaks if b >= n.j) \
                or not verbs.isdisjoint(range(n.j, r.i)) or not named.isdisjoint(range(n.j, r.i)):
            continue
        _quiet_clause(sent, r.i, breaks)


def quiet_thankers_name(sent: Sent, clauses: list[Clause], lex: Lexicon) -> None:
    """The name of the partner's body that thanks another is no act of its: "The Jordanian Border Guard Command thanks the
    US Army …", "تشكر قيادة قوات حرس الحدود الأردنية الجيش الأمريكي …", "تتقدم قيادة قوات حرس الحدود الأردنية بجزيل الشكر
    إلى …" (its border guards name it; the thanked partner's training is the act). The words of the clause's subject
    before its verb of thanks, or in Arabic after it, hold no cue of a line of effort — only where they are all the
    name's own (its institution's words, partners' names, articles; capitalised words in English and French): not
    "Iraq reaffirmed its commitment to bringing home …, and thanked Italy"."""
    governors = sent.cues.get("actor:governor")
    if not governors:
        return
    toks = sent.tokens
    inst = {k for m in sent.cues.get("actor:institution", []) for k in range(m.i, m.j)}
    named = _partner_words(sent)

    def name_only(a: int, b: int) -> bool:  # an institution's words, its partner's name, articles; in English, French capitals
        return a < b and all(k in inst or k in named or toks[k].key in words.DETERMINERS
                             or lex.lang != "ar" and toks[k].is_capitalised() for k in range(a, b))

    for cl in clauses:
        if not cl.named:
            continue
        members = cl.named[0][0]
        first, last = members[0], members[-1]
        # the subject, then its thanks ("The Jordanian Border Guard Command thanks", "تتقدم قيادة … الأردنية بجزيل الشكر",
        # Arabic's verb before it)
        start = cl.start + 1 if lex.lang == "ar" and cl.start not in inst | named else cl.start
        g = next((g for g in governors if g.i >= last.j), None)
        if g is not None and name_only(start, g.i):
            sent.quiet.append((toks[start].start, toks[g.i].start))
            continue
        g = next((g for g in governors if cl.start <= g.i and g.j <= first.i), None)  # Arabic: the verb, then its subject
        if g is not None and lex.lang == "ar" and name_only(g.j, last.j):
            sent.quiet.append((toks[g.j].start, last.end))


PRAISED_OBJECT = 4  # words from a verb of thanks or praise to the body it names ("praised the work of the mission")


def quiet_praised_bodies(sent: Sent) -> None:
    """What a body, mission or initiative is thanked or praised for is its own work, no act of the partner that thanks it:
    "The Iraqi Minister of Defence … praised the mission's work in developing the Iraqi army's training schools", "Iraq
    thanked UNDP for rebuilding schools in Mosul", "أشاد الوزير بجهود البعثة في تدريب …". From the body's name to its
    clause's end, where no partner is named after the verb (a thanked partner's act is its own, ``actor:governor``)."""
    governors = sent.cues.get("actor:governor")
    if not governors:
        return
    toks = sent.tokens
    breaks = sorted(c.i for c in sent.cues.get("clause_break", []))
    for g in governors:
        after = [e for e in sent.ents if g.j <= e.i]
        body = next((e for e in after if e.i - g.j <= PRAISED_OBJECT), None)
        if body is None or body.entry.kind not in ("mission", "body", "initiative") \
                or any(e.entry.kind in (*PARTNER_KINDS, "adjective", "capital") and e.i < body.i for e in after):
            continue
        end = next((b for b in breaks if b > body.j), len(toks))
        if any(e.entry.kind == "partner" and body.j <= e.i < end for e in after):
            continue  # "thanked the Coalition and Italy for …": a partner thanked beside it acts (an adjective is an object's)
        sent.quiet.append((toks[body.i].start, toks[end - 1].end))


def quiet_bodys_purpose(sent: Sent, clauses: list[Clause], lex: Lexicon) -> None:
    """What a body acting as its clause's subject is for, named right after it, is no act of the body's: "أطلق مرصد الأزهر
    لمكافحة التطرف حملة … للرد على دعاية داعش" (Al-Azhar's observatory for combating extremism launched a campaign against
    Daesh's propaganda: that campaign is its act, counter-messaging), as capitals make an English body's "Observatory for
    Combating Extremism" one name. Only a partner's body that is its clause's subject: a body founded or funded is the act
    of what it is for ("أنشأ الأردن مركزاً لمكافحة التطرف")."""
    institutions = sent.cues.get("actor:institution")
    if not institutions:
        return
    toks = sent.tokens
    named = _partner_words(sent)
    for cl in clauses:
        if not cl.named:
            continue
        members = cl.named[0][0]
        body = next((m for m in institutions if m.i <= members[0].i <= m.j or members[-1].j <= m.i <= members[-1].j + 1), None)
        if body is None:
            continue
        first, end = min(body.i, members[0].i), max(body.j, members[-1].j)
        while end in named:  # "المركز الأردني": the partner's adjective after its body
            end += 1
        lead = range(cl.start + 1, first) if lex.lang == "ar" else range(cl.start, first)  # Arabic's verb first
        if any(toks[k].key not in words.DETERMINERS and k not in named for k in lead):
            continue  # not the clause's subject: "أنشأ الأردن مركزاً …", "Jordan funds the Centre for …"
        for purpose in cues_at(sent, lex, "body_purposes", [end]):
            ends = [c.j for cat, cs in sent.cues.items() if cat.startswith("loe:") for c in cs if purpose.i <= c.i <= purpose.j]
            if ends:
                sent.quiet.append((toks[purpose.i].start, toks[max(ends) - 1].end))


CONDEMNED_SUBJECT = 3  # words from a clause's start where its own subject may stand ("وستواصل قواتها")


def quiet_condemned(sent: Sent, clauses: list[Clause], lex: Lexicon) -> None:
    """What a partner condemns is the attack, no act of its: "تدين دولة قطر الهجوم الإرهابي الذي
    استهدف نقطة تفتيش للجيش العراقي، وأسفر عن مقتل عدد من الجنود" (Qatar condemns the attack on
    an Iraqi army checkpoint, which killed soldiers), "Canada condemns the attack on Iraqi
    soldiers". From the verb to a new verb of its subject ("… and reaffirms its support for the
    Coalition"), a clause with a subject of its own (", and its forces will keep training …": a
    partner, an institution, "we") or the sentence's end, no cue of a line of effort counts."""
    cues = sent.cues.get("actor:condemns")
    if not cues:
        return
    toks = sent.tokens
    more_cues(sent, lex, "courts")
    courts = [c.i for c in sent.cues.get("actor:court", [])]
    own = {k for cat in ("actor:institution", "actor:first_person") for c in sent.cues.get(cat, []) for k in range(c.i, c.j)}
    own |= _partner_words(sent)
    own |= {k for k, t in enumerate(toks) if t.key in words.POSSESSIVES}
    # where a clause with a subject of its own opens: after a comma or "and", a partner, an
    # institution, "we" or a possessive within its first words
    opens = {k for k in range(1, len(toks)) if _broken(sent, k) or toks[k].key in words.AND}
    subjects = {cl.start for cl in clauses if cl.named} | {
        k for k in opens if not own.isdisjoint(range(k, k + CONDEMNED_SUBJECT + 1))}
    for m in cues:
        if m.i in sent.denied or any(c < m.i for c in courts):
            continue  # "Un tribunal jordanien a condamné cinq hommes pour …": a court's sentence, its act
        then = min((k for k in sent.new_verbs | subjects if k > m.j), default=None)
        start = sent.tokens[m.j - 1].end
        end = sent.tokens[then].start if then is not None else sent.end
        if stop := re.search(r"[;؛]", sent.text[start - sent.start : end - sent.start]):
            end = start + stop.start()
        if any(start <= c.start < end for c in sent.cues.get("loe:legislation", [])):
            continue  # "a condamné un recruteur de Daech à huit ans de prison": a court's sentence, its act
        sent.quiet.append((start, end))


def _bracketed_after_name(sent: Sent, m: Match) -> bool:
    """A cue that is all a bracket holds, right after a person's first and last names ("Proposed: Amira Patel (Law).",
    a motion's signature; "Ana Sousa (Law) has been seconded …", class notes): the person's course, party or unit, no
    line."""
    toks = sent.tokens
    if m.i < 2 or "(" not in sent.text:
        return False
    before = _gap(sent.text, toks[m.i - 1], toks[m.i], sent.start).strip()
    after = sent.text[toks[m.j - 1].end - sent.start:].lstrip()
    # (its name's end, the bracket closing it: not a gloss inside a name, "the Moussalaha (Reconciliation) programme")
    rest = after[1:].lstrip()
    return before == "(" and after[:1] == ")" and (rest[:1] in ("", ".", ",", ";") or rest[:1].islower()) \
        and all(toks[k].is_capitalised() and toks[k].text.isalpha() for k in (m.i - 2, m.i - 1))


def _agents_of_what_precedes(sent: Sent, actors: Actors, lex: Lexicon) -> dict[tuple[int, int], tuple[tuple[str, ...], bool]]:
    """The words right before a passive's agents that those agents do ("Iraq launched demining
    projects funded by Germany", "des projets de déminage financés par l'Allemagne", "مشاريع
    لإزالة الألغام بتمويل من ألمانيا", "أسلحة مقدمة من إيطاليا"), and before an object relative
    whose subject gives them ("Iraq thanked the demining teams that the Netherlands funds"):
    (from, to) token spans, up to AGENT_REACH words back and no comma or stop between, with the
    agents' partners and whether they are a relative's subjects, whose own clause says whether
    they act ("We must not forget the teams that the Netherlands funds").

    A funder named after a comma, where the words back to it say no line ("The Jordanian Armed
    Forces run the demining course, funded by Germany", "…، وبتمويل من ألمانيا"), funds what
    the clause before tells: its span reaches back to that clause's start."""
    out: dict[tuple[int, int], tuple[tuple[str, ...], bool]] = {}
    office: set[int] | None = None
    for seg in actors.segments:
        if not ((seg.agent or seg.provider) and seg.actors and seg.group):
            continue
        head = seg.group[0]
        if seg.agent and after_between(sent, head.i):
            continue  # "… trained Jordanian pilots under an agreement between the Netherlands and Jordan": its parties'
        # an object relative's subject likewise ("… the demining teams that the Netherlands funds", "… التي
        # تموّلها هولندا"): from its pronoun back
        cues = sent.cues.get("actor:agent", []) if seg.agent else sent.cues.get("actor:relative", [])
        # the agent's own institution may stand between ("financé par le ministère des Affaires étrangères du Luxembourg")
        if office is None:
            office = {k for cat in ("actor:institution", "actor:owner") for c in sent.cues.get(cat, []) for k in range(c.i, c.j)}
        cue = next((c for c in cues if c.j <= head.i <= c.j + (2 if seg.agent else 3)
                    or seg.agent and c.j < head.i and _only_agents_between(sent, c, head.i, office)), None)
        # ... or the "from" of a verb of receiving ("We received 3,200 referrals of terrorist content from the United
        # Kingdom's …", "جرى تسليم المواد … من السفارة الكندية"): what was received, the giver's act
        at = cue.i if cue is not None else received_from(sent, head.i) if seg.agent else None
        if at is None:
            continue
        a = at
        while a > 0 and at - a < AGENT_REACH and not _broken(sent, a) and not _HARD_BREAK.search(
                _gap(sent.text, sent.tokens[a - 1], sent.tokens[a], sent.start)):
            a -= 1
        if seg.provider and any(k in sent.denied for k in range(at, head.i + 3)):
            continue  # "the teams that the Netherlands does not fund"
        if seg.provider and a == at and at > 1 and _broken(sent, at) and sent.tokens[at - 1].key in words.PROJECT_NOUNS:
            # "… rebuilt stone by stone under the 'Revive the Spirit of Mosul' project, which the United Arab Emirates
            # funded": a project named before the comma, what its phrase tells done under it
            a = at - 1
            while a > 0 and at - a < PROJECT_REACH and not _broken(sent, a) and not _HARD_BREAK.search(
                    _gap(sent.text, sent.tokens[a - 1], sent.tokens[a], sent.start)):
                a -= 1
        if seg.agent and a > 0 and _broken(sent, a) and not _HARD_BREAK.search(_gap(sent.text, sent.tokens[a - 1], sent.tokens[a], sent.start)) \
                and not any(a <= c.i < at for cat, cs in sent.cues.items() if cat.startswith("loe:") for c in cs):
            more_cues(sent, lex, "backing")
            if any(c.i == at for c in sent.cues.get("actor:backing", [])) and (held := actors.segment(a - 1)) is not None:
                # a funder after a comma: what the clause before tells, after its subject (not "the Armed Forces")
                a = max((m.j for m in held.group if m.j <= a), default=held.start)
        # (agents listed after one cue share its span: "financé par le ministère … du Luxembourg et par le Centre de crise …")
        before = out.get((a, at), ((), seg.provider))[0]
        out[(a, at)] = (tuple(dict.fromkeys((*before, *seg.actors))), seg.provider)
    return out


def _only_agents_between(sent: Sent, c: Match, end: int, office: set[int]) -> bool:
    """Only the agent's own institution, determiners and other agents listed with the agent's preposition again stand
    between an agent's cue ``c`` and the agent at word ``end`` ("financé par le ministère des Affaires étrangères du
    Luxembourg", "financé par la Suisse et par l'Allemagne", "funded by the EU and, since this spring, by …")."""
    toks = sent.tokens
    listed = {k for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective") for k in range(e.i, e.j)} \
        | {m.i for m in sent.cues.get("coordinator", [])} | _asides(sent, c.j, end)
    return all(k in office or k in listed or toks[k].key in words.DETERMINERS or toks[k].key == toks[c.j - 1].key
               for k in range(c.j, end))


def _asides(sent: Sent, a: int, b: int) -> set[int]:
    """The words of an aside set off by commas right after a coordinator, between words ``a`` and ``b`` ("and, since
    this spring, by …")."""
    toks, out = sent.tokens, set()
    for x in (m.i for m in sent.cues.get("coordinator", []) if a <= m.i < b):
        if "," not in _gap(sent.text, toks[x], toks[x + 1], sent.start):
            continue
        y = next((k for k in range(x + 2, b) if "," in _gap(sent.text, toks[k - 1], toks[k], sent.start)), None)
        if y is not None:
            out.update(range(x + 1, y))
    return out


def _what_this_was(sent: Sent, a: int, b: int, before: Sequence[Sent]) -> list[tuple[str, tuple[int, int]]]:
    """What a passive's agents did where the words before them are a demonstrative and a noun
    with no line of their own ("Ce programme a été financé par le Luxembourg", "This project was
    funded by Japan"): the lines the last sentence before that has the same noun says (the
    programme "de dépollution"), with the demonstrative's noun as their evidence; or a project's noun
    after its article ("Le projet est financé par l'Agence française de développement"): the lines the
    nearest sentence before tells. None where the words before the agents say a line themselves."""
    toks = sent.tokens
    if any(a <= c.i < b for cat, cs in sent.cues.items() if cat.startswith("loe:") for c in cs):
        return []
    this = next((k for k in range(a, b - 1) if toks[k].key in words.DEMONSTRATIVES), None)
    if this is None:
        # "Le projet est financé par l'Agence française de développement": a project named back by its article, the lines
        # of the nearest sentence before that tells any
        k = next((k for k in range(a, b) if toks[k].key in words.PROJECT_NOUNS and (
            k > a and toks[k - 1].key in words.DETERMINERS or toks[k].text.startswith(("ال", "وال")))), None)
        if k is None:
            return []
        # (not by a weak military cue, a word for the people who did the work: "our teams have cleared …", an NGO's)
        for prev in reversed(before):
            if told := sorted((cat, (toks[k].start, toks[k].end)) for cat, cs in prev.cues.items()
                              if cat.startswith("loe:") and any(c.entry.id != "loeweak:military" for c in cs)):
                return told
        return []
    noun = toks[this + 1]
    for prev in reversed(before):
        if any(t.key == noun.key for t in prev.tokens):
            return sorted((cat, (toks[this].start, noun.end)) for cat, cs in prev.cues.items() if cat.startswith("loe:") and cs)
    return []


# an outline's label before a heading or an agenda's item: "A/", "B)", "II.", "3 –"
_OUTLINE_LABEL = re.compile(r"^\s*(?:[A-Z]|[IVX]{1,4}|\d{1,2})\s*[/).–—-]\s")


def _denied_subject(sent: Sent, m: Match, same: Sequence[Match]) -> bool:
    """Cue ``m`` names the subject of a denial right after it, and that denial holds a cue of the same line ("the armed
    forces do not take part in the Coalition's military operations", "les forces armées ne participent pas aux
    opérations militaires", "القوات المسلحة لا تشارك في العمليات العسكرية"): the subject's noun says no more than the
    denied verb does, so no line either."""
    toks = sent.tokens
    # (French "ne" right after the subject, its verb then "pas")
    reach = DENIED_SUBJECT + (1 if any(n.i == m.j for n in sent.cues.get("negation", [])) else 0)
    for d in sent.cues.get("deny", []):
        if not m.j <= d.i <= m.j + reach or any(_broken(sent, k) for k in range(m.j, d.i + 1)):
            continue
        if any(o.i in sent.denied and o.i > d.i for o in same) and not any(toks[k].is_capitalised() for k in range(m.j, d.i)):
            return True
    return False


def _lines_of_effort(sent: Sent, actors: Actors, build: _Builder, before: Sequence[Sent] = ()) -> None:
    """Each line of effort once per actor and sentence, at its first cue in the actor's
    clauses. A heading names a line of effort and no actor ("Stabilisation.", "Foreign
    terrorist fighters."): a few words opening with the cue, no name; the actor carried
    from the sentence before it did not act on it. ``before``: the sentences before it,
    where what a demonstrative's noun stands for was named (``_what_this_was``)."""
    first = 1 if _OUTLINE_LABEL.match(sent.text) else 0  # "B/ Communications.", "II. Stabilisation": after its label
    if len(sent.tokens) <= HEADING_WORDS + first and not sent.ents and any(
            c.i == first for cat, cs in sent.cues.items() if cat.startswith("loe:") for c in cs):
        return
    negs = [m for m in sent.cues.get("negation", [])]
    agents = _agents_of_what_precedes(sent, actors, build.lex)
    for (a, b), (partners, _provider) in agents.items():
        for cat, (start, end) in _what_this_was(sent, a, b, before):
            for partner in partners:
                build.add("line_of_effort", partner, cat[4:], sent, start, end)
    for cat, ms in sent.cues.items():
        if not cat.startswith("loe:"):
            continue
        done: set[str] = set()
        for m in ms:
            if any(a <= m.start < b for a, b in sent.quiet):
                continue
            if _committee_name(sent, m) or _office_name(sent, m) \
                    or cat == "loe:military" and (_foreign(sent, m) or _represented(sent, m) or _experienced(sent, m)) \
                    or _bracketed_after_name(sent, m):
                continue
            denied = any(n.j in (m.i, m.i - 1) for n in negs) or m.i in sent.denied or _denied_subject(sent, m, ms) \
                or any(c.i <= m.i < c.j for c in sent.cues.get("actor:supporter", []))  # "with the logistical support of": its giver's
            for partner in (*(actors.at(m.i) if not denied else ()),
                            *(p for (a, b), (ps, provider) in agents.items() if a <= m.i < b and (provider or not denied)
                              for p in ps)):
                if partner not in done:
                    done.add(partner)
                    build.add("line_of_effort", partner, cat[4:], sent, m.start, m.end)
    again = [c for c in sent.cues.get("actor:same_again", []) if c.i not in sent.denied] if before else []
    if again:
        # "Les Pays-Bas ont fait de même l'année suivante", "Belgium followed suit": the lines the sentence before tells,
        # its clause's partners' too, with this clause as their evidence
        prev = before[-1]
        told = sorted({cat[4:] for cat, cs in prev.cues.items() if cat.startswith("loe:")
                       for m in cs if not any(a <= m.start < b for a, b in prev.quiet)})
    for c in again:
        for partner in actors.at(c.i):
            for concept in told:
                build.add("line_of_effort", partner, concept, sent, c.start, c.end)
