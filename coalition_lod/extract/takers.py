"""Who takes part in a mission or an initiative besides its clause's actors: the agents of a
passive after its name ("co-chaired by Italy and the United States"), the subjects of a
relative after it ("which Spain leads"), partners an apposition or a list makes its members
("both members of …", "includes troops from …"), the partner its command passes to."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..langs import ar_prefix
from ..vocab import Known, Lexicon, Match, Vocabulary
from . import words
from .clauses import _HARD_BREAK, RELATIVE_ENDS, Actors, Segment, _broken, _cue_tokens, after_with, bodies, relative_subject_at
from .runners import runner_named_after
from .sentence import _CLOSE_QUOTES, ENTITY_KINDS, PARTNER_KINDS, POSSESSIVE_ENDS, Sent, _gap, cell_separator, more_cues

if TYPE_CHECKING:
    from .builder import _Builder

RELATIVE_SUBJECT = 2  # words between a relative after a mission and its subject ("which Spain", "التي تقودها إسبانيا")
COALITION_FOE = 2  # words of the Coalition's foe after its name ("… الدولي لهزيمة داعش", "against Daesh")
LED_BY_WITHIN = 10  # words from an initiative's name to the agent that leads it ("…, which was co-chaired by")


def _led_by(sent: Sent, m: Match, actors: Actors) -> tuple[str, ...]:
    """The agents of a passive right after an initiative's name, which lead, chair or host
    it ("the ministerial meeting co-chaired by Italy and the United States", "الاجتماع
    الوزاري … الذي عقد في الرياض برئاسة مشتركة بين …"), or after a mission's, which lead it
    ("l'opération Inherent Resolve, dirigée par les États-Unis": not "… of NATO Mission Iraq, funded
    by Germany", the course it funds), no other initiative, mission, strategy or body between (a place may be)."""
    leading = {c.i for c in sent.cues.get("mission:led_by", [])}
    for seg in actors.segments:
        if not (seg.agent and seg.group and m.j <= seg.group[0].i):
            continue
        head = seg.group[0]
        # from the agent's cue: "… الذي عقد في مدينة الكويت بمشاركة 25 دولة، من بينها تركيا والعراق"
        cue = max((c.i for c in sent.cues.get("actor:agent", []) if m.j <= c.i and c.j <= head.i), default=head.i)
        if m.entry.kind == "mission" and cue not in leading:
            continue
        # (not counting the Coalition's own name between, whose group it is, and its foe: "مجموعة عمل … التابعة للتحالف
        # الدولي لهزيمة داعش، الذي تستضيفه البلاد على مدى يومين برئاسة مشتركة بين …")
        coalition = sum(min(e.j + COALITION_FOE, cue) - e.i for e in sent.ents if e.entry.id == "global-coalition" and m.j <= e.i < cue)
        if cue - coalition <= m.j + LED_BY_WITHIN:
            between = sent.text[m.end - sent.start : head.start - sent.start]
            # the Coalition may be ("le Groupe … sur l'Afrique de la Coalition, en présence des …"): whose group it is
            if not any(m.j <= e.i < head.i and e.entry.kind in ENTITY_KINDS + ("body",) and e.entry.id != "global-coalition"
                       for e in sent.ents) \
                    and ";" not in between and "؛" not in between:
                return seg.actors
    return ()


def _naming(actors: Actors, seg: Segment | None, at: int) -> Match | None:
    """The last mention that named the actors of ``seg`` in its sentence before token ``at``:
    its own, or that of the segments before it with the same actors ("The two ministers |
    agreed to …")."""
    if seg is None:
        return None
    for x in reversed([x for x in actors.segments if x.start <= at]):
        if x.actors != seg.actors:
            return None
        if x.group or x.plural is not None:
            return x.group[-1] if x.group else x.plural
    return None


AGAINST_WORDS = 2  # words between a name and "Daesh" that end the Coalition's name ("against", "to Defeat", "لهزيمة")


def _past_daesh(sent: Sent, k: int) -> int:
    """Where a name that holds the start of the Coalition's name ends when "against Daesh",
    "to Defeat ISIS", "contre Daech", "ضد داعش", "لهزيمة داعش" follows it from word ``k``
    ("the ministerial meeting of the Global Coalition to Defeat ISIS, which …"); else ``k``."""
    toks = sent.tokens
    if k == 0 or k >= len(toks) or _gap(sent.text, toks[k - 1], toks[k], sent.start).strip():
        return k
    for c in sent.cues.get("actor:nobody", []):
        if k < c.i <= k + AGAINST_WORDS and all(toks[x].key in words.AGAINST or toks[x].key in words.TO_VERB
                                                for x in range(k, c.i)) and any(toks[x].key in words.AGAINST for x in range(k, c.i)):
            return c.j
    return k


def _next_clause(text: str) -> bool:
    """", and training continues through …", "; …": after it, another clause, which names
    no actor of its own."""
    return bool(_HARD_BREAK.search(text) or words.NEXT_CLAUSE.search(text))


def _relative_subject(sent: Sent, m: Match, vocab: Vocabulary,
                      place: Callable[[Match], bool] | None = None, lang: str = "en") -> tuple[str, ...]:
    """The partners a relative clause right after a mission or initiative names as its
    subject, whose act it is ("NATO Mission Iraq, which Spain now leads", "la mission, que
    l'Espagne dirige", "البعثة التي تقودها إسبانيا"): they take part in it, not the partner
    of the clause around it. Notes where each is named (``Sent.relatives``). Nobody where
    another body is the relative's subject or the partner is its place ("which UNDP runs
    in Iraq", "which is run in Iraq": ``place`` tells a place)."""
    if m.entry.kind not in ("mission", "initiative"):
        return ()
    at = _past_daesh(sent, m.j)  # "… لهزيمة داعش، الذي استضافته الرياض", "… to Defeat ISIS, which …"
    rel = next((c for c in sent.cues.get("actor:relative", []) if c.i == at), None)
    if rel is None and m.entry.kind == "initiative" and (rel := _after_meetings_details(sent, m) or _after_apposed_head(sent, m)) is not None:
        at = rel.i  # "اجتماع مجموعة مكافحة تمويل داعش المقرر عقده في روما …، والذي تترأسه إيطاليا": the meeting's chairs
    end = sent.tokens[at - 1].end if at != m.j else m.end
    # (a quoted name's closing mark between: "مركز «صواب» الذي أطلقته دولة الإمارات …")
    if rel is None or sent.text[end - sent.start : sent.tokens[rel.i].start - sent.start].strip().lstrip(_CLOSE_QUOTES).strip() \
            not in ("", ",", "،"):
        return ()
    if rel.j < len(sent.tokens) and sent.tokens[rel.j].key[:1].isdigit():
        return ()  # "l'opération Chammal, dont 350 en Irak et 300 en Jordanie": a share of a count, no subject
    fillers = {k for c in sent.cues.get("actor:filler", []) for k in range(c.i, c.j)}  # "التي تترأسها بشكل مشترك إيطاليا"
    # "… الذي عقد في روما": a place, no subject ("التي يترأسها كل من إيطاليا …" is one)
    not_subject = {c.j for c in sent.cues.get("coop:location", []) if c.i not in fillers}
    # "…، الذي ترأسه مع هولندا": a peer after "with", the subject left unnamed
    not_subject |= after_with(sent)
    after = [e for e in sent.ents if e.entry.kind in PARTNER_KINDS and rel.j <= e.i
             and e.i - rel.j - sum(k in fillers for k in range(rel.j, e.i)) <= RELATIVE_SUBJECT]
    if not after or after[0].i in not_subject or any(rel.j <= e.i < after[0].i and e.entry.kind in ENTITY_KINDS
                                                 for e in sent.ents):
        return ()
    if any(rel.j <= c.i < after[0].i for c in sent.cues.get("actor:pronoun", [])) \
            and RELATIVE_ENDS.search(sent.text[sent.tokens[rel.i].end - sent.start : after[0].start - sent.start]):
        return ()  # "…, which it leads, and Spain will …": the relative has its subject, a comma ends it
    if any(rel.j <= k < after[0].i for k in bodies(sent, vocab)):
        return ()  # "which UNDP runs with Iraq": UNDP's act
    if place is not None and after[0].i > relative_subject_at(sent, rel, lang) and place(after[0]):
        return ()  # not its subject's place: "which is run in Iraq"
    members = _listed_members(sent, after[0].i, vocab)  # the partner and those listed with it ("which Spain and Italy lead")
    if sent.relatives is None:
        sent.relatives = {}
    for p in members:  # their counts in the relative clause are theirs ("to which the UK contributes 100 trainers")
        sent.relatives.setdefault(p, after[0].i)
    return members


APPOSED_HEAD_AT = 4  # words from an initiative's comma to the head noun of its apposition ("…, the joint initiative that")


def _after_apposed_head(sent: Sent, m: Match) -> Match | None:
    """The relative after an apposition's head noun that describes an initiative ("the Sawab Center, the joint initiative
    that the UAE and the United States launched in 2015", "مركز صواب، المبادرة المشتركة التي أطلقتها الإمارات والولايات
    المتحدة"): its subject's act on the initiative, as a relative right after its name is."""
    toks = sent.tokens
    if m.j >= len(toks) or _gap(sent.text, toks[m.j - 1], toks[m.j], sent.start).strip() not in (",", "،"):
        return None
    rels = {c.i: c for c in sent.cues.get("actor:relative", [])}
    for h in range(m.j, min(len(toks), m.j + APPOSED_HEAD_AT)):
        if h > m.j and _broken(sent, h):
            return None
        if words.holds(words.APPOSED_HEADS, toks[h]):
            # the relative right after the head, or after one adjective of it ("المبادرة المشتركة التي")
            return next((rels[k] for k in (h + 1, h + 2) if k in rels and not any(_broken(sent, x) for x in range(h + 1, k + 1))), None)
    return None


MEETING_DETAILS = 12  # words of a meeting's place and dates between its group's name and the relative after them


def _after_meetings_details(sent: Sent, m: Match) -> Match | None:
    """The relative after a comma that follows the meeting of an initiative and its place and dates ("the meeting of the
    Counter ISIS Finance Group in Rome on 17 and 18 March, which Italy … chair", "اجتماع مجموعة … المقرر عقده في روما
    يومي ١٧ و١٨ آذار الجاري، والذي تترأسه إيطاليا …"): who chairs the meeting chairs the group. None where no noun of a
    meeting names it (``meeting_nouns``), or another name than a place stands between."""
    toks = sent.tokens
    k = m.i
    while k > 0 and (toks[k - 1].key in words.OF or toks[k - 1].key in words.DETERMINERS):
        k -= 1
    if k == 0 or toks[k - 1].key not in words.MEETING_NOUNS:
        return None
    places = {c.j for c in sent.cues.get("coop:location", [])}
    for c in sent.cues.get("actor:relative", []):
        if m.j < c.i <= m.j + MEETING_DETAILS and _gap(sent.text, toks[c.i - 1], toks[c.i], sent.start).strip() in (",", "،"):
            if any(m.j <= e.i < c.i and (e.entry.kind in ENTITY_KINDS or e.entry.kind in PARTNER_KINDS and e.i not in places)
                   for e in sent.ents) or any(_HARD_BREAK.search(_gap(sent.text, toks[x - 1], toks[x], sent.start))
                                              for x in range(m.j, c.i)):
                return None
            return c
    return None


CO_VERB_AFTER = 3  # words after a relative's last subject where its verb may stand ("which Italy and Spain co-lead")


def _co_leaders(sent: Sent, m: Match, members: tuple[str, ...], build: _Builder) -> None:
    """"the Counter ISIS Finance Group, which Italy and Saudi Arabia co-lead", "…، التي تترأسها
    إيطاليا والسعودية": the partners a relative names as its subjects, under a word of working
    together in that relative, are each other's peers, as "co-led by Italy and Saudi Arabia" makes them."""
    if len(members) < 2:
        return
    named = [e for e in sent.ents if e.i >= m.j and e.entry.id in members and e.entry.kind in PARTNER_KINDS]
    if not named:
        return
    end = max(e.j for e in named) + CO_VERB_AFTER
    if not any(m.j <= c.i < end and c.i not in sent.denied for c in sent.cues.get("coop:cue", [])):
        return
    for e in named:
        for other in members:
            if other != e.entry.id:
                build.add("cooperation", other, e.entry.id, sent, e.start, e.end)


LIST_GAP = 2  # words at most between two partners of one list ("Spain and Italy", "l'Estonie, la Suède")
# an apposition after partners that makes them members of what it names next


def _apposed_members(sent: Sent, m: Match, vocab: Vocabulary) -> tuple[str, ...]:
    """"… in coordination with Kenya and Nigeria, both members of the Counter ISIS Finance
    Group": the partners an apposition makes members of a mission or initiative take part
    in it, not the clause's subject."""
    if m.entry.kind not in ("mission", "initiative"):
        return ()
    # states outside the Coalition count in the list ("Kenya and South Africa, both members of …")
    before = sorted((e for e in sent.ents if e.j <= m.i and e.entry.kind in (*PARTNER_KINDS, "foreign")), key=lambda e: e.i)
    if not before or not words.MEMBERS_OF.match(sent.text[before[-1].end - sent.start : m.start - sent.start]):
        return ()
    first = len(before) - 1
    while first and before[first].i - before[first - 1].j <= LIST_GAP:
        first -= 1
    return _listed_members(sent, before[first].i, vocab, (*PARTNER_KINDS, "foreign"))


APPOSED_HEAD = 8  # words from a mission's comma to the head of its apposition ("the joint Australian and New Zealand mission")
APPOSED_AFTER_HEAD = 4  # words after that head where French and Arabic put the partners' adjectives


def _apposed_owners(sent: Sent, m: Match) -> tuple[str, ...]:
    """"Task Group Taji, the joint Australian and New Zealand mission that trained …", "…, la mission conjointe
    australienne et néo-zélandaise", "…، البعثة المشتركة الأسترالية النيوزيلندية": the partners an apposition's
    adjectives or names give the mission it describes take part in it, each of them."""
    if m.entry.kind != "mission":
        return ()
    toks = sent.tokens
    if m.j >= len(toks) or _gap(sent.text, toks[m.j - 1], toks[m.j], sent.start).strip() not in (",", "،"):
        return ()
    breaks = _cue_tokens(sent, "clause_break")
    head = next((c.i for c in sent.cues.get("mission:head", []) if m.j <= c.i < m.j + APPOSED_HEAD), None)
    # (no other mission between: "la mission" there is this one, read as its anaphor)
    if head is None or any(m.j < k <= head for k in breaks) or any(
            e.entry.kind == "mission" and e.entry.id != m.entry.id and m.j <= e.i <= head for e in sent.ents):
        return ()
    owners = [e for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective") and m.j <= e.i < head]
    if not owners:  # after the head: "la mission conjointe australienne et néo-zélandaise"
        end = next((k for k in range(head + 1, min(len(toks), head + 1 + APPOSED_AFTER_HEAD)) if k in breaks
                    or _broken(sent, k)), min(len(toks), head + 1 + APPOSED_AFTER_HEAD))
        owners = [e for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective") and head < e.i < end]
    return tuple(dict.fromkeys(e.entry.id for e in owners))


def strategy_owner(sent: Sent, m: Match, vocab: Vocabulary) -> tuple[str, ...]:
    """A state named as a strategy's owner right before it ("funded under Norway's Action Plan against Radicalisation",
    "the Norwegian Action Plan …") or by its adjective right after it ("le plan d'action national norvégien", "خطة العمل
    الوطنية النرويجية"): its own plan, whoever the clause's actor; not a plan the text knows as another's or as a
    region's or the world's."""
    if m.entry.kind != "strategy":
        return ()
    known = vocab.known.get(("strategy", m.entry.id))
    if known is not None and known.scope and known.scope != "national":
        return ()
    toks = sent.tokens
    before = next((e for e in sent.ents if e.j == m.i and e.entry.kind in (*PARTNER_KINDS, "adjective")), None)
    if before is not None and (before.entry.kind == "adjective" or toks[m.i - 1].text.endswith(POSSESSIVE_ENDS)):
        owner = before
    else:
        owner = next((e for e in sent.ents if e.i == m.j and e.entry.kind == "adjective" and not _broken(sent, m.j)), None)
    if owner is None or owner.entry.id not in vocab.partners or vocab.partners[owner.entry.id].kind != "state":
        return ()
    return (owner.entry.id,)


def runner_after(sent: Sent, m: Match, known: Known | None) -> tuple[str, ...]:
    """The organisation that runs a mission named right after it as its owner ("la mission civile EUCAP Sahel Niger de
    l'Union européenne", "EUTM Mali of the European Union"): it takes part in its own mission, whoever the clause's
    actor."""
    if m.entry.kind != "mission" or known is None or not known.run_by:
        return ()
    heads = {k for c in sent.cues.get("mission:head", []) for k in range(c.i, c.j)}
    if all(k in heads for k in range(m.i, m.j)):
        return ()  # "la mission de l'OTAN": the runner names the mission (``runners``), no act of its own
    owner = runner_named_after(sent, m.j, (known.run_by,), construct=False)
    return (owner.entry.id,) if owner is not None else ()


UNIT_REACH = 4  # words between a partner's adjective and the "of" of the mission its unit belongs to


def _unit_owner(sent: Sent, m: Match, lang: str) -> tuple[str, ...]:
    """"in partnership with the Italian training team of NATO Mission Iraq", "l'équipe italienne de formation de la
    mission de l'OTAN", "فريق التدريب الإيطالي التابع لبعثة حلف الناتو": the partner whose adjective qualifies a unit
    of the mission, named right before its "of" (or "التابع ل"), takes part in it, not the clause's actor, which works
    with that unit. A unit's noun (``unit_nouns``) by the adjective, one word qualifying it at most, no name, no break;
    "in" the mission too ("led the Belgian instructors in Operation Inherent Resolve", "المدربين البلجيكيين في عملية
    العزم الصلب")."""
    if m.entry.kind != "mission" or m.i == 0:
        return ()
    toks = sent.tokens
    k = m.i
    while k > 0 and toks[k - 1].key in words.DETERMINERS:
        k -= 1
    prefixed = lang == "ar" and ar_prefix(toks[m.i], m.entry.phrase)[1] in ("ل", "لل")
    if k == 0 or not (toks[k - 1].key in words.OF or toks[k - 1].key in words.UNIT_WITHIN or prefixed and toks[k - 1].key in words.BELONGING):
        return ()
    of = k - 1
    adjective = next((e for e in sent.ents if e.entry.kind == "adjective" and e.j <= of and of - e.j <= UNIT_REACH), None)
    if adjective is None or any(adjective.j <= e.i < m.i and e is not adjective for e in sent.ents) \
            or any(_broken(sent, x) for x in range(adjective.i + 1, of + 1)):
        return ()
    lo = max(0, adjective.i - 2)
    if not any(toks[x].key in words.UNIT_NOUNS for x in range(lo, of)):
        return ()
    # one word at most qualifying the unit between the adjective and the "of" ("training team", "de formation"), not a
    # clause ("Lithuanian instructors trained Iraqi soldiers as part of Operation Inherent Resolve")
    joins = words.UNIT_NOUNS | words.OF | words.DETERMINERS
    # (right before an "in": "the Belgian instructors in Operation …", not "80 Norwegian trainers serve in …", a verb)
    if sum(toks[x].key not in joins for x in range(adjective.j, of)) > (0 if toks[of].key in words.UNIT_WITHIN else 1):
        return ()
    return (adjective.entry.id,)


WHERE_AFTER = 4  # words between a mission and the ", where" of its place ("NATO Mission Iraq in Baghdad, where")


def _where_subject(sent: Sent, m: Match, vocab: Vocabulary) -> tuple[str, ...]:
    """"… six months with NATO Mission Iraq in Baghdad, where Denmark still keeps about 100 troops", "…, où la Belgique
    maintient …", "…، حيث تحتفظ الدنمارك …": the partners a relative of place after a mission names as its subject
    take part in it. Notes where each is named (``Sent.relatives``), its counts there theirs."""
    if m.entry.kind != "mission":
        return ()
    toks = sent.tokens
    w = next((k for k in range(m.j, min(len(toks), m.j + WHERE_AFTER + 1)) if toks[k].key in words.WHERE
              and _gap(sent.text, toks[k - 1], toks[k], sent.start).strip() in (",", "،")), None)
    if w is None or any(m.j <= e.i < w and e.entry.kind in ENTITY_KINDS for e in sent.ents):
        return ()
    fillers = {k for c in sent.cues.get("actor:filler", []) for k in range(c.i, c.j)}
    # its partners by name, or by their people's adjectives where the relative follows the mission's name ("Task Group
    # Taji, where Australian and New Zealand soldiers trained …"; not "UNIFIL and twice in Iraq, where he trained Iraqi
    # soldiers": the place's; a host's own, "where Iraqi officers are trained", no part: ``hosts``)
    placed = any(m.j <= e.i < w and e.entry.kind in PARTNER_KINDS for e in sent.ents)
    kinds = PARTNER_KINDS if placed else (*PARTNER_KINDS, "adjective")
    after = next((e for e in sent.ents if e.entry.kind in kinds and w < e.i
                  and e.i - w - 1 - sum(k in fillers for k in range(w + 1, e.i)) <= RELATIVE_SUBJECT), None)
    if after is None or any(w < e.i < after.i and e.entry.kind in ENTITY_KINDS for e in sent.ents):
        return ()
    members = _listed_members(sent, after.i, vocab, kinds)
    if sent.relatives is None:
        sent.relatives = {}
    for p in members:
        sent.relatives.setdefault(p, after.i)
    return members


def _listed_members(sent: Sent, start: int, vocab: Vocabulary, kinds: tuple[str, ...] = PARTNER_KINDS) -> tuple[str, ...]:
    """The Coalition's members in the list of partners (of ``kinds``) that starts at token
    ``start``. A peer's "with" ends it: "which the UAE launched with the United States", "الذي
    أطلقته الإمارات بالشراكة مع الولايات المتحدة" name one subject and its peer, no list."""
    ids, at = [], start
    withs = _cue_tokens(sent, "coop:governor") | _cue_tokens(sent, "coop:strong")
    for e in sorted(sent.ents, key=lambda e: e.i):
        if e.i < start:
            continue
        if e.entry.kind not in kinds or e.i - at > LIST_GAP or any(at <= k < e.i for k in withs):
            break
        ids.append(e.entry.id)
        at = e.j
    partners = vocab.partners
    return tuple(p for p in dict.fromkeys(ids) if p in partners and partners[p].member)


def _participants(sent: Sent, m: Match, actors: Actors, determiners: frozenset[str], vocab: Vocabulary,
                  lex: Lexicon) -> tuple[str, ...]:
    """Partners a mission's own clause lists as its members ("The mission, which includes
    personnel from more than 20 Allies and partners such as Australia and Sweden, …",
    "Takuba a réuni des forces spéciales de plusieurs pays, dont l'Estonie et la Suède"):
    the mission is the clause's subject, and the list follows "such as", "dont", "منها"
    after a noun of troops, partners or countries."""
    if m.entry.kind != "mission" or (seg := actors.segment(m.i)) is None:
        return ()
    k = seg.start
    while k < m.i and sent.tokens[k].key in determiners and k - seg.start < 2:
        k += 1
    # in Arabic the clause's verb may stand before its subject ("تضم القوة المشتركة …")
    verb_first = lex.lang == "ar" and k + 1 == m.i and sent.tokens[k].key not in determiners
    if k != m.i and not verb_first:
        return ()
    nouns = {x for cat in ("coop:peer_noun", "personnel", "actor:participants") for c in sent.cues.get(cat, [])
             for x in range(c.i, c.j)}
    for c in sent.cues.get("actor:especially", []):
        if c.i < m.j or ";" in sent.text[m.end - sent.start : sent.tokens[c.i].start - sent.start] \
                or not any(m.j <= x < c.i for x in nouns) or any(m.j <= e.i < c.i and e.entry.kind == "mission" for e in sent.ents):
            continue
        return _listed_members(sent, c.j, vocab)
    # "… includes troops from Nigeria, Cameroon and Chad", "comprend des troupes du Nigeria, du Cameroun …",
    # "تضم القوة … قوات من نيجيريا والكاميرون": a noun of troops right after the mission's verb, "from", the list
    owners = {c.i: c for c in sent.cues.get("actor:owner", [])}
    for x in sorted(n for n in nouns if n >= m.j):
        if x + 1 not in owners or x - m.j > PARTICIPANTS_REACH:
            continue
        more_cues(sent, lex, "includes")
        verbs = {c.i for c in sent.cues.get("mission:includes", [])}
        included = (k in verbs) if verb_first else not verbs.isdisjoint(range(m.j, x))
        between = sent.text[m.end - sent.start : sent.tokens[x].start - sent.start]
        if included and not any(ch in between for ch in ",;،؛") and not any(
                m.j <= e.i <= x and e.entry.kind in ("mission", *PARTNER_KINDS) for e in sent.ents):
            return _listed_members(sent, owners[x + 1].j, vocab)
    return ()


PARTICIPANTS_REACH = 3  # words between a mission and the noun of the troops it includes ("includes troops from")


COMMAND_REACH = 3  # words between a noun of command and the mission it commands ("command of the NATO mission")
HEIR_REACH = 4  # words between the mission and "to", and between "to" and the partner ("to the Kingdom of Spain")


def _command_heir(sent: Sent, m: Match, lex: Lexicon, vocab: Vocabulary) -> tuple[str, ...]:
    """The partner a mission's command passes to ("Italy handed over command of NATO Mission
    Iraq to Spain", "Command of … passes to Denmark", "a transmis le commandement de la mission
    … à l'Espagne", "سلمت إيطاليا قيادة بعثة … إلى إسبانيا"): it takes part in the mission. A
    verb of handing over, a noun of command right before the mission, then "to" and the
    partner; the giver is the clause's actor as before."""
    cues = sent.cues
    if not any(c.j <= m.i and m.i - c.j <= COMMAND_REACH for c in cues.get("mission:command_nouns", [])):
        return ()
    more_cues(sent, lex, "command")
    if not cues.get("mission:command_verbs"):
        return ()
    to = next((c for c in cues.get("mission:command_to", []) if m.j <= c.i and c.i - m.j <= HEIR_REACH), None)
    if to is None or not any(v.j <= to.i for v in cues["mission:command_verbs"]):
        return ()
    # the partner, or its adjective on an officer's rank ("au général de corps d'armée italien …", "to Italian
    # Lieutenant General …")
    ranks = _cue_tokens(sent, "actor:institution")
    heirs = [e for e in sent.ents if to.j <= e.i <= to.j + HEIR_REACH and e.entry.id in vocab.partners
             and vocab.partners[e.entry.id].member and (e.entry.kind == "partner" or e.entry.kind == "adjective"
                                                        and all(k in ranks for k in range(to.j, e.i))
                                                        and (e.i > to.j or e.j in ranks))]
    return (heirs[0].entry.id,) if heirs else ()


def _command_predecessor(sent: Sent, m: Match, lex: Lexicon, vocab: Vocabulary) -> tuple[str, ...]:
    """The partner a mission's command is taken over from ("Denmark took over command of NATO
    Mission Iraq from Canada", "a repris le commandement de la mission … au Canada", "تسلمت
    الدنمارك قيادة بعثة … من كندا"): it took part in the mission. A verb of taking over, a noun
    of command right before the mission, then "from" and the partner."""
    cues = sent.cues
    nouns = [c for c in cues.get("mission:command_nouns", []) if c.j <= m.i and m.i - c.j <= COMMAND_REACH]
    if not nouns:
        return ()
    more_cues(sent, lex, "command")
    if not any(v.j <= nouns[-1].i for v in cues.get("mission:command_take_verbs", [])):
        return ()
    since = next((c for c in cues.get("mission:command_from", []) if m.j <= c.i and c.i - m.j <= HEIR_REACH), None)
    if since is None:
        return ()
    givers = [e for e in sent.ents if e.entry.kind == "partner" and since.j <= e.i <= since.j + HEIR_REACH
              and e.entry.id in vocab.partners and vocab.partners[e.entry.id].member]
    return (givers[0].entry.id,) if givers else ()


def _takers(sent: Sent, m: Match, actors: Actors, known: Known | None, role: Callable[[Match], str]) -> tuple[str, ...]:
    """Who takes part in a mission: the clause's actors; but a partner's national operation
    (``nation`` in missions.yaml) whose clause names no actor is its nation's where the
    sentence names it ("L'opération IMPACT est la contribution des Forces armées canadiennes
    …", after a sentence on Latvia, is Canada's, not Latvia's), or where its clause carries no
    one either and an act is done within it ("as part of", "dans le cadre de"). Not where the
    nation is only where it happens or whom it is done with ("a squadron deployed in Jordan
    in support of Operation Martyr Muath, in coordination with the Jordanian air force")."""
    seg = actors.segment(m.i)
    if seg is None or known is None or known.nation is None or known.nation in seg.actors:
        return actors.at(m.i)
    # (no partner runs another's national operation: within a "whose" clause of a thing after the actors' words, the
    # operation is its nation's: "La frégate belge … pour escorter le porte-avions Charles de Gaulle, dont les Rafale
    # frappent Daech … dans le cadre de l'opération Chammal", the carrier's)
    own = [e.j for e in sent.ents if e.entry.id in seg.actors and e.entry.kind in (*PARTNER_KINDS, "adjective") and e.j <= m.i]
    if own and (whose := next((k for k in range(max(own), m.i) if words.holds(words.WHOSE, sent.tokens[k])), None)) is not None \
            and not any(whose < e.i < m.i and e.entry.kind in (*PARTNER_KINDS, "adjective") and role(e) != "place" for e in sent.ents):
        return (known.nation,)
    if seg.filed:
        return actors.at(m.i)
    named = any(e.entry.id == known.nation and role(e) not in ("place", "peer") for e in sent.ents)
    near = any(e.entry.id == known.nation and (0 <= m.i - e.j <= NATION_NEAR or 0 <= e.i - m.j <= NATION_NEAR)
               for e in sent.ents)  # "the United Kingdom's Operation Shader", "l'opération Okra de l'Australie"
    if seg.group:
        # … and in a clause another partner's name opens, where the sentence names its nation beside
        # it: "France's Opération Chammal and the United Kingdom's Operation Shader" (no partner
        # runs another's national operation)
        return (known.nation,) if named and near else seg.actors
    # … and where its clause names and carries no one, the act done within it: "Je lis que le gouvernement a
    # décidé de renvoyer quatre F-16 … dans le cadre du détachement Desert Falcon" (a reader's letter, "nos F-16");
    # not two nations' operations as a clause's subject ("Operation Shader and Operation Chammal flew …")
    within = any(0 <= m.i - c.j <= WITHIN_REACH for c in sent.cues.get("actor:part_of", []))
    # … and where the partners it carries are only where it happens in this sentence ("… la base aérienne projetée en
    # Jordanie, d'où les Rafale de l'opération Chammal décollent", in a text Jordan's soldiers act in later): its nation's
    here = [e for e in sent.ents if e.entry.id in seg.actors]
    only_where = bool(here) and all(role(e) == "place" for e in here)
    # … or that this sentence does not name at all, nor the nation in any role ("… la Belgique a rapatrié … Le deuxième prix
    # revient à X pour un portrait des équipages de Rafale de l'opération Chammal"); not where the nation is named as where
    # or with whom it happens ("deployed in Jordan in support of Operation Martyr Muath, in coordination with the Jordanian
    # air force": the carried partner's support of it)
    # (not a table's row, which is the table's partner's: "Opération⇥Zone⇥Effectif" on a ministry's page of its operations)
    unnamed = bool(seg.actors) and not here and not any(e.entry.id == known.nation for e in sent.ents) \
        and cell_separator(sent.text) is None
    return (known.nation,) if named or only_where or unnamed or not seg.actors and (within or near) else seg.actors


WITHIN_REACH = 2  # words from "dans le cadre de", "as part of" to the operation ("dans le cadre du détachement Desert Falcon")
# words between a nation's name and its national operation ("the United Kingdom's Operation Shader",
# "l'opération Shader du Royaume-Uni")
NATION_NEAR = 3
