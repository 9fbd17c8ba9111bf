"""Who acts in each clause: the partner a fact is credited to.

Real documents have many actors: a news story about Canada's mission names Iraq in its
title, a joint statement has four co-chairs, a report lists who leads each line of
effort. A fact belongs to the partner acting in the clause that states it, so each
sentence is cut into clauses (at semicolons, at words that open a new main clause, after
a verb of speech) and each clause's actor is found:

- the partner named in its subject position, by name, by its capital ("Ottawa will
  extend ...") or by an adjective or possessive with one of its institutions ("the
  Canadian Armed Forces", "Niger's defence ministry", "القوات المسلحة القطرية");
- the agent of a passive ("co-led by Italy, Saudi Arabia and the United States"), or the
  partner a verb of praise names ("thanked Morocco for hosting", "welcomed Italy's offer");
- a coordinated list of partners credits each of them.

A partner after a place or recipient word ("strikes in Syria", "train Iraqi forces", the
title's "(Iraq)", "Lake Chad"), after "with" (a peer, left to cooperation), or inside a
quotation is never the actor. A clause that names none carries the previous clause's actor
("the country", "it", "elle", "البلد", or no subject at all); one whose subject is nobody's
("Ministers stressed ...", "Le présent rapport ...") credits no partner. Only partners of
the Coalition act: a clause whose subject is another state credits nobody.

A document with one dominant actor (a partner profile) keeps today's reading: a list that
includes that partner ("Jordan and Norway have co-chaired ...") credits it alone, the
others being its peers, where it is named alone in three clauses at least and twice as
often as all the other partners together (``lists_subject``). A dated news story does not, nor a story that names
its other actors alone too: their lists credit each partner ("Brussels, 3 March — Belgium
and the Netherlands jointly deploy ..."). All the words are data (``actors`` in
``data/lang/<lang>.yaml``). How a mention's place in its clause is read (a place, an agent,
the subject) is in ``roles``; which mentions go together and where clauses start, in
``groups``; subjects named off the subject position (the parties "between", a quotation's
speaker), in ``subjects``; the clauses and actors it gives, as data, in ``clauses``.
"""

from __future__ import annotations

from collections import Counter

from ..langs import phrase_key, tokenize
from ..vocab import Lexicon, Match, Vocabulary
from . import words
from .clauses import (
    Actors,
    Clause,
    Segment,
    _broken,
    _cue_tokens,
    _cut_at,
    _in_quotes,
    _last_words,
    after_between,
    bodies,
    provided_with,
)
from .groups import Groups
from .roles import Roles
from .sentence import PARTNER_KINDS, POSSESSIVE_ENDS, Sent, _gap, cues_at, kin, more_cues, possessive
from .subjects import Subjects

RELATIVE_REACH = 4  # words from a relative to its subject's adjective, its verb and noun between ("الذي حققته القوات العراقية")
APPOSED_REACH = 16  # words from a clause's start to the comma closing a person's apposition
APPOSED_SUBJECT = 5  # words of the subject before it ("The author", "Michael Turner")
DEPLOYED_REACH = 4  # words from "the deployment of" to the partner's adjective ("… de six F-16 belges")
BEHALF_REACH = 3  # words from "on behalf of" to the partner's name ("the Government of Japan")
KIN_SUBJECT = 3  # words from a clause's start to the kin noun of its subject ("Agnieszka's husband", "Mon mari")


FINDERS_KEPT = 8  # lexicons whose finder is kept (a process reads one vocabulary in three languages)
_finders: dict[int, tuple[Lexicon, Vocabulary, ActorFinder]] = {}


def finder_for(lex: Lexicon, vocab: Vocabulary) -> ActorFinder:
    """The finder of a lexicon, built once: its word sets, read from the language file and
    cut into keys, cost a short document's extraction if built for each document (the
    finder keeps nothing of a document)."""
    kept = _finders.get(id(lex))
    if kept is not None and kept[0] is lex and kept[1] is vocab:
        return kept[2]
    if len(_finders) >= FINDERS_KEPT:
        _finders.pop(next(iter(_finders)))
    finder = _finders[id(lex)] = (lex, vocab, ActorFinder(lex, vocab))
    return finder[2]


class ActorFinder(Subjects, Groups, Roles):
    """Finds the actors of a document's sentences, one sentence after the other."""

    def __init__(self, lex: Lexicon, vocab: Vocabulary) -> None:
        self.lex, self.vocab = lex, vocab
        self.latin = lex.lang != "ar"
        # a relative pronoun elided onto the verb after it ("qu'apporte"), which the
        # tokenizer keeps as one word
        self.determiners = frozenset(w for w in lex.leading_drop if w not in words.PREPOSITIONS)  # its prepositions are no determiners
        conf = vocab.lang_conf[lex.lang].get("actors") or {}
        self._elided = {str(w).lower() for w in (conf.get("relatives") or ())}
        people = conf.get("people") or {}
        self._people_articles = frozenset(str(w).lower() for w in (people.get("articles") or ()))
        self._people_then = frozenset(str(w).lower() for w in (people.get("then") or ()))
        self._strict_subject_relatives = frozenset(str(w).lower() for w in (conf.get("strict_subject_relatives") or ()))
        self._object_relatives = frozenset(str(w).lower() for w in (conf.get("object_relatives") or ()))
        self._country_nouns = frozenset(phrase_key(str(w), lex.lang) for w in (conf.get("country_nouns") or ()))
        self._list_joins = frozenset(str(w).lower() for w in ((conf.get("list_subjects_after_verb") or {}).get("joins") or ()))
        plural = conf.get("plural_verbs") or {}
        self._plural_verbs = frozenset(str(w).lower() for w in (plural.get("words") or ()))
        self._plural_ends = tuple(str(w) for w in (plural.get("endings") or ()))
        self._modifiers = frozenset(k for w in (conf.get("institution_modifiers") or ()) for k in tokenize(str(w), lex.lang, 0)[0].keys)
        self._deployed = frozenset(k for w in (conf.get("deployed_institutions") or ()) for k in tokenize(str(w), lex.lang, 0)[0].keys)
        # a partner's unit, as its people, serving in a mission named after it ("the Swedish contingent in …")
        self._units = frozenset(k for w in (conf.get("units") or ()) for k in tokenize(str(w), lex.lang, 0)[0].keys)
        self._units_in = frozenset(str(w).lower() for w in (conf.get("units_in") or ()))
        # between a mission and the noun that defines it as a partner's ("Barkhane est une opération française"):
        # words, not cues, as "a" and "the" are in every sentence
        self._copulas = frozenset(k for w in (conf.get("copulas") or ()) for k in tokenize(str(w), lex.lang, 0)[0].keys)
        # a sum's words, before a relative whose subject gave it ("deux millions d'euros que la Belgique a versés")
        self._amount_words = frozenset(k for w in (conf.get("amount_words") or ()) for k in tokenize(str(w), lex.lang, 0)[0].keys)
        # the last words of "as did", "tout comme", "شأنها شأن": where one may end, before matching them
        self._likewise_ends = _last_words(lex.lang, tuple(str(w) for w in (conf.get("likewise") or ())))

    def prepare(self, sent: Sent) -> list[Clause]:
        """What a sentence says of its actors, whatever comes before it: its clauses and
        the partners named in their subject position. Done once per sentence."""
        groups = self.groups(sent)
        nobodys = bodies(sent, self.vocab)
        if not sent.tokens or not groups and not sent.cues.get("actor:nobody") and not sent.cues.get("actor:plural") \
                and not nobodys:
            # no one named, no one excluded: the actor before it goes on ("The Kingdom": the kingdom among them)
            return [Clause(0, kingdom=any(self._opens(sent, m.i, 0) for m in sent.cues.get("actor:kingdom", [])),
                           singular=any(self._opens(sent, m.i, 0) for m in sent.cues.get("actor:singular", [])))]
        c = self._cue_sets(sent)
        c["body"] = nobodys
        groups = self._join_officials(sent, groups, c)
        quotes = _in_quotes(sent)
        starts = self._topic_kept(sent, groups, self.clause_starts(sent, c), c)
        if groups and self._dateline(sent, groups[0]) and (k := self._dateline_end(sent, groups[0][0])) not in starts:
            starts = sorted([*starts, k])  # "أبوظبي في 15 مارس / وام / وقعت دولة الإمارات …": the story starts after it
        # "Did you know that Morocco co-chairs …?", "هل تعلم أن …": what it tells is a clause of its own
        starts = sorted(set(starts) | {m.j for m in cues_at(sent, self.lex, "stating", (0, 1)) if m.j < len(sent.tokens)})
        reported = {m.j for m in sent.cues.get("actor:reporting", [])}  # clauses that open after a reporting verb
        # "النرويج، التي تتشاور معها كوبنهاغن بشأن البعثة": a relative clause of its own subject's, named after its
        # verb and the pronoun of its antecedent (``_resumed``), whose antecedent is none of its subjects
        resumed = {r.i: m for r in sent.cues.get("actor:subject_relative", [])
                   if not self.latin and (m := self._resumed(sent, r.i)) is not None}
        antecedents = self._antecedents(sent, groups, c, resumed)
        starts = sorted(set(starts) | set(resumed))
        rejoined: dict[int, tuple[Match, ...]] = self._apposed_subjects(sent, groups, starts) if groups else {}
        if rejoined:  # "Germany, a co-lead of …, and the Republic of Iraq jointly host …"
            starts = sorted(set(starts) | set(rejoined))
        if antecedents:
            starts = sorted(set(starts) | set(antecedents))
            rejoined |= self._subjects_after_aside(sent, groups, antecedents, starts)
            starts = sorted(set(starts) | set(rejoined))
            if rejoined:  # "… in N'Djamena, and Cameroon": the place ends one list, the partner starts the next
                cuts = {k + d for k in rejoined for d in (1, 2)}
                groups = [part for g in groups for part in _cut_at(g, cuts)]
        out = []
        for cs, ce in zip(starts, [*starts[1:], len(sent.tokens)], strict=True):
            clause = Clause(cs)
            if antecedents.get(cs):  # "Or consider Kenya, which hosts …": Kenya's clause, whoever it names later
                clause.named.append((antecedents[cs], cs))  # ("… Norway, which leads the mission, and Finland")
                clause.relative = True
            elif cs in resumed:
                clause.named.append(((resumed[cs],), resumed[cs].i))
            for g in groups:
                head = g[0]
                if not cs <= head.i < ce:
                    continue
                if any(a <= head.start < b for a, b in quotes):
                    if self._role(sent, head, c) == "" and self._subject_position(sent, head, cs, c):
                        clause.quoted.append(tuple(g))
                    continue
                if self._dateline(sent, g):
                    clause.filed = tuple(g)
                    continue
                members = self._attached_members(sent, g, c)
                if not members:
                    continue
                if self._likewise(sent, members[0], cs) and (
                        before := clause.named or next((cl.named for cl in reversed(out) if cl.named), [])):
                    # "Portugal withdrew from it in 2023, as did Estonia": the same act, the same clause
                    # (or the clause after a topic's comma: "Le Portugal, lui, s'en est retiré, tout comme …")
                    named, begin = before[-1]
                    if clause.named:
                        clause.named[-1] = ((*named, *members), begin)
                    else:
                        clause.named.append(((*named, *members), cs))
                    continue
                role = self._role(sent, members[0], c)
                placed = role == "place" and self._place_acts(sent, members, cs, c)  # a place, the actor all the same
                # a partner's people met "with" in a clause that names no subject, serving in a mission:
                # "Rencontre avec les militaires canadiens de l'opération IMPACT" (a programme's item)
                placed = placed or role == "peer" and not clause.named and self._serving(sent, members[0], c)
                # … or the object of a visit in a relative ("زيارته الرسمية، التي يتفقد فيها الجنود الإيطاليين العاملين
                # حالياً ضمن بعثة حلف شمال الأطلسي"): the soldiers serving in the mission, whoever visits them
                placed = placed or role == "" and not clause.named and self._serving(sent, members[0], c)
                # … or after its verb in a mission's "où" ("la mission de l'OTAN en Irak, où servent une quarantaine de
                # militaires français"): the subject after its verb
                placed = placed or role == "" and not clause.named and self._served_where(sent, members[0], cs, c)
                if role in ("agent", "governed") or placed or role == "" and self._subject_position(sent, members[0], cs, c):
                    begin = cs if not clause.named else self._break_before(sent, members[0].i, clause.named[-1][0][0].i)
                    if not clause.named and role == "" and (k := _subordinate_opening(sent, members[0].i, cs)) is not None:
                        begin = k  # "Our contribution … ended in 2020, when the Iraqi Security Forces assumed …": from "when"
                    if role == "governed" and clause.named and begin == members[0].i:
                        # "ثمّن … التضحيات التي قدمتها القوات الأمنية العراقية في تحرير …": the praised
                        # partner's clause from its relative, where its noun stands before its adjective
                        begin = max((r.i for r in sent.cues.get("actor:relative", [])
                                     if clause.named[-1][0][-1].j <= r.i < begin), default=begin)
                    if role == "governed" and not clause.named and (b := self._break_before(sent, members[0].i, cs)) > cs:
                        # "عمّان – بحث الوزير مع نظيره …، وأشاد بدور ألمانيا …": the praised from its own clause's
                        # comma; what comes before it is the clause's unnamed subject's (the dateline's state)
                        begin = b
                        # … from its relative, where its noun stands before its adjective ("بالانتصار الذي حققته
                        # القوات العراقية": the forces' victory, "القوات" theirs)
                        begin = max((r.i for r in sent.cues.get("actor:relative", []) if cs < r.i < begin <= r.i + RELATIVE_REACH),
                                    default=begin)
                    if not clause.named and cs in reported and (b := self._break_before(sent, members[0].i, cs)) > cs \
                            and (b != members[0].i or _broken(sent, b)):
                        # "Germany pledged 500 million euros for reconstruction, Japan announced …": what the
                        # reporting verb's object says before the comma is its subject's, not the next partner's
                        begin = b
                    if role == "agent":
                        begin = self._agent_begin(sent, members[0], cs, bool(clause.named), begin)
                    if role == "" and (r := self.object_relative(sent, members[0], cs, c)) is not None:
                        # "… the demining teams that the Netherlands funds": its clause from the pronoun on, the
                        # antecedent its act too (``lines``), what comes before the carried actor's
                        clause.providers.add(len(clause.named))
                        begin = max(begin, r)
                    if clause.resumed and clause.resumed[-1][0] >= begin:
                        clause.resumed.pop()  # another partner named before the earlier one acts again
                    if role == "agent":
                        clause.agents.add(len(clause.named))
                        if self._funded_by(sent, members[0]):
                            clause.funders.add(len(clause.named))
                    clause.named.append((tuple(members), begin))
                    k = self._resumes(sent, members[-1].j, ce) if role == "governed" else None
                    if k is not None:
                        clause.resumed.append((k, len(clause.named) - 2))
            if not clause.named and (fronted := self._fronted_home(sent, groups, cs, ce, c)):
                clause.named.append(fronted)  # "In Saudi Arabia …, and the police froze …": the place's body
            if not clause.named and (own := self._own_law_home(sent, groups, cs, ce, c)):
                clause.named.append(own)  # "le Gouvernement entend mettre le droit belge en conformité …": its state's
            if not clause.named and (apposed := self._apposed_person(sent, groups, cs, ce)):
                clause.named.append((apposed, cs))  # "The author, a former Royal Australian Air Force officer, planned strikes …"
            if not clause.named and (pair := self._between(sent, groups, cs, ce)):
                clause.named.append((pair, cs))  # "Cooperation between Jordan and Iraq … has grown": both act
            if not clause.named:
                clause.plural = next((m for m in sent.cues.get("actor:plural", []) if cs <= m.i < min(ce, cs + 4)), None)
                clause.nobody = self._nobody(sent, cs, ce, c)
                if (clause.nobody or self._person_clause(sent, cs, ce)) and (owner := self._act_owner(sent, groups, cs, ce, c)):
                    # a person's clause, the act its object names a partner's ("he flew on Belgium's missions against
                    # Daesh", "il a volé … lors des missions de la Belgique contre Daech"): that partner's act
                    clause.named.append((owner, cs))
                    clause.nobody = False
                clause.kingdom = any(cs <= m.i < ce and self._opens(sent, m.i, cs) for m in sent.cues.get("actor:kingdom", []))
                clause.singular = any(cs <= m.i < ce and self._opens(sent, m.i, cs) for m in sent.cues.get("actor:singular", []))
                speaker = self._speaker(sent, groups, quotes, c) if clause.nobody else None
                if speaker and any(cs <= k < min(ce, cs + 5) and any(a <= sent.tokens[k].start < b for a, b in quotes)
                                   for k in _cue_tokens(sent, "actor:first_person")):
                    clause.named.append((speaker, cs))  # « Nous maintiendrons ... », a déclaré le ministre danois
                    clause.nobody = False
                elif not clause.nobody and any(a <= sent.tokens[cs].start < b for a, b in quotes) \
                        and (speaker := self._speaker(sent, groups, quotes, c)):
                    clause.quoted.append(speaker)  # '"Stabilisation is security," a German official told us': its words
                    clause.said = True
                if not (clause.named or clause.plural or clause.kingdom):
                    clause.supported, clause.supported_back = self._supporters(sent, groups, quotes, cs, ce, c)
                if not (clause.named or clause.nobody):
                    clause.behalf = (self._behalf(sent, groups, cs, ce) or self._part_of(sent, groups, cs, ce, c)
                                     or self._own_forces(sent, groups, cs, ce, c))
            if cs in rejoined and clause.named:  # "…, and Cameroon keep …": with the subject before the aside
                members, begin = clause.named[0]
                clause.named[0] = ((*rejoined[cs], *members), begin)
            out.append(clause)
        return out

    def sentence(self, clauses: list[Clause], carried: tuple[str, ...], dominant: str | None,
                 group: tuple[str, ...] = (), subject: str | None = None) -> Actors:
        """The actors of a prepared sentence, given the actors carried from before it (and
        the last list of several actors, which "both countries" refers to). ``subject``:
        the partner the document is about, whom one state's body is where several are
        carried ("Finland and Sweden … the two countries … The Ministry for Foreign Affairs
        has pledged …" in a Finnish release)."""
        out = Actors(group=group)
        for cl in clauses:
            if not cl.named:
                if cl.quoted and not (carried or cl.said) and (quoted := self._actors(cl.quoted[0], dominant)):
                    # a quotation that tells of a partner where the text was about none yet (a children's story:
                    # «إن الأردن عضو في التحالف الدولي …», the hero's father says): that partner's
                    out.segments.append(Segment(cl.start, quoted))
                    carried = quoted
                elif any(not set(self._actors(g, dominant)) <= set(carried) for g in cl.quoted):
                    out.segments.append(Segment(cl.start, ()))  # another partner's words in a quotation: no act
                elif cl.filed:
                    filed = self._actors(cl.filed, dominant)
                    out.segments.append(Segment(cl.start, filed, filed=True))
                    carried = filed or carried  # "عمان - صرح مصدر عسكري بأن سلاح الجو الملكي شارك …": its clauses after
                elif cl.plural and out.group:
                    out.segments.append(Segment(cl.start, out.group, plural=cl.plural))
                    carried = out.group
                elif cl.behalf and (speaker := self._actors(cl.behalf, None)):
                    out.segments.append(Segment(cl.start, speaker))  # "Fier d'avoir remis, au nom de la France, …"
                    carried = speaker
                elif cl.supported and (not carried or not cl.supported_back and (self.latin or cl.nobody)) \
                        and (backers := self._actors(cl.supported, None)):
                    out.segments.append(Segment(cl.start, backers, backers=True))  # the sentences after go on with the carried
                    if cl.nobody:  # "UNDP rebuilds schools in Mosul with the support of Hungary": the body's clause, backed
                        carried = ()
                elif cl.nobody:
                    out.segments.append(Segment(cl.start, ()))
                    carried = ()  # "The report notes that ...": nobody's words to the sentence's end
                elif cl.kingdom and (kings := tuple(p for p in carried if self.vocab.partners[p].code in self.vocab.kingdoms)):
                    out.segments.append(Segment(cl.start, kings))  # "Saudi Arabia and the US … The Kingdom also …"
                    carried = kings
                elif cl.singular and len(carried) > 1 and subject in carried:
                    out.segments.append(Segment(cl.start, (subject,)))
                    carried = (subject,)
                else:
                    out.segments.append(Segment(cl.start, carried))
                continue
            before = carried
            inner = cl.named[0][1] > cl.start and bool(carried)
            if inner:
                # a clause whose first partner is named past its start, as a relative's subject after a verb
                # with no subject named ("بعث الملك … بمناسبة الانتصار الذي حققته القوات العراقية"): the
                # words before are the carried actor's, and so is the next sentence (``_carrying``)
                out.segments.append(Segment(cl.start, carried))
            for n, (members, begin) in enumerate(cl.named):
                # the first named actor's clause starts with the clause; a later one at the
                # comma or dash before it ("BAGHDAD — Australia and ...")
                # (funders listed side by side each fund, the profile's subject among them: "The project, funded by the
                # United Kingdom and Germany, …"; no peers of a subject that acts alone)
                actors = self._actors(members, None if n in cl.funders else dominant)
                if n == 0 and cl.relative and len(members) == 1 and actors and self.latin and out.segments and not out.segments[-1].actors \
                        and out.segments[-1].start < (first := min(m.i for m in members)) < begin:
                    # the antecedent's own words, where the clause before is nobody's ("The story of the Belgian F-16
                    # pilots who flew from Jordan against Daesh"): its people's noun and aircraft are its partner's too (one
                    # partner's: "the governments of Sweden and Canada, which support …" work together in no clause of theirs)
                    out.segments.append(Segment(first, actors, members, relative=True))
                out.segments.append(Segment(begin, actors, members, agent=n in cl.agents, relative=cl.relative and n == 0,
                                            inner=inner, provider=n in cl.providers, funder=n in cl.funders))
                if actors or n not in cl.agents and all(m.entry.id in self.vocab.partners for m in members):
                    carried = actors  # a state outside the Coalition as the subject: its clauses after are nobody's
                if len(actors) > 1:
                    out.group = actors
                for k, entry in cl.resumed:
                    if entry == n - 1:  # the praised partner's part ends: the one before acts again
                        again = self._actors(cl.named[entry][0], dominant) if entry >= 0 else before
                        out.segments.append(Segment(k, again))
                        carried = again or carried
        return out

    def _apposed_person(self, sent: Sent, groups: list[list[Match]], cs: int, ce: int) -> tuple[Match, ...]:
        """A clause's subject that names no one, then, between commas, a person of one partner's forces in apposition
        ("The author, a former Royal Australian Air Force officer, planned strikes against ISIS …", "L'auteur, ancien
        officier de l'armée de l'air australienne, a planifié …"): that person acts for the partner."""
        toks = sent.tokens
        commas = [k for k in range(cs + 1, min(ce, cs + APPOSED_REACH)) if "," in _gap(sent.text, toks[k - 1], toks[k], sent.start)]
        if len(commas) < 2 or commas[0] - cs > APPOSED_SUBJECT:
            return ()
        a, b = commas[0], commas[1]
        if not (toks[a].key in words.APPOSITION_OPENERS or toks[a].key in words.FORMER or toks[a].key in words.PERSON_NOUNS):
            return ()
        if any(cs <= e.i < a for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective", "capital", "body")):
            return ()
        inside = [g for g in groups if a <= g[0].i and g[-1].j <= b]
        if len(inside) != 1 or inside[0][0].entry.kind not in ("partner", "adjective") \
                or not any(toks[k].key in words.PERSON_NOUNS for k in range(a, b)):
            return ()
        return tuple(inside[0])

    def _person_clause(self, sent: Sent, cs: int, ce: int) -> bool:
        """The clause's subject is a person's pronoun: "he", "she" (``person_subjects``), "il", "elle", which may be a
        person's (``person_pronouns``), or "I"."""
        persons = self.lex.words.get("person", ())
        return any(cs <= m.i < ce and ((key := sent.tokens[m.i].key) in persons or key in words.PERSON_PRONOUNS)
                   for m in sent.cues.get("actor:pronoun", [])) \
            or any(sent.tokens[k].key in words.FIRST_SINGULAR for k in range(cs, ce)) \
            or self._kin_subject(sent, cs, ce) \
            or self._ranked_before(sent, cs)  # "je", and English "I", Arabic "خدمت", which have no cue

    def _ranked_before(self, sent: Sent, cs: int) -> bool:
        """An Arabic clause with no subject of its own after a person named by rank earlier in its sentence, no partner
        acting between ("… إلى عضو النادي الملازم أول خالد المطيري بمناسبة عودته من البحرين، حيث شارك مع …"): the verb's
        pronoun is that person's, as "he" would be."""
        if self.latin or cs == 0:
            return False
        toks = sent.tokens
        rank = next((k for k in range(cs - 1, -1, -1) if words.holds(words.PERSON_TITLES, toks[k])), None)
        return rank is not None and all(e.j <= rank or e.i >= cs or self.role_of(sent, e) == "place"
                                        for e in sent.ents if e.entry.kind in ("partner", "adjective"))

    def _kin_subject(self, sent: Sent, cs: int, ce: int) -> bool:
        """One person named by kin as the clause's subject, after a possessive ("Agnieszka's husband serves with …", "son
        mari sert …"), in Arabic with its pronoun on it ("زوجها")."""
        toks = sent.tokens
        for k in range(cs, min(ce, cs + KIN_SUBJECT)):
            if kin(toks[k]) and (not self.latin or k > cs and (
                    toks[k - 1].text.endswith(POSSESSIVE_ENDS) or possessive(toks[k - 1]))):
                return True
        return False

    def _act_owner(self, sent: Sent, groups: list[list[Match]], cs: int, ce: int, c: dict[str, set[int]]) -> tuple[Match, ...]:
        """The one partner of a clause named as the owner of a military act (``_owned_act``), a state's own."""
        # (a unit served with only in one person's clause, "I did three deployments with the Dutch F-16 detachment"; not a
        # "we" that works with another partner's people, "We train Kurdish forces together with German instructors")
        person = self._person_clause(sent, cs, ce)
        owners = [g for g in groups if cs <= g[0].i < ce and g[0].entry.kind in ("partner", "adjective")
                  and (self._owned_act(sent, g[0], c) and self._role(sent, g[0], c) in ("", "place")
                       or person and self._served_unit(sent, g[0]))]
        return tuple(owners[0]) if len(owners) == 1 else ()

    def _served_where(self, sent: Sent, head: Match, cs: int, c: dict[str, set[int]]) -> bool:
        """A partner's people after their verb in a relative of place whose antecedent is a mission ("…, la mission de
        l'OTAN en Irak, où servent une quarantaine de militaires français"): the clause's subject, after its verb."""
        toks = sent.tokens
        w = next((k for k in (cs, cs - 1) if 0 <= k < len(toks) and words.holds(words.WHERE, toks[k])), None)
        if w is None or not self.latin or head.entry.kind != "adjective" or head.i - 1 not in c["people"]:
            return False
        mission = any(e.entry.kind == "mission" and w - 3 <= e.j <= w for e in sent.ents)
        verb = any(m.i == w + 1 for m in sent.cues.get("status:ongoing", []))
        return mission and verb

    def _served_unit(self, sent: Sent, head: Match) -> bool:
        """A partner's unit that a person's clause serves with ("I did three deployments to Jordan with the Dutch
        detachment, flying strike missions against ISIS", "avec le détachement néerlandais", "مع المفرزة الهولندية"):
        the unit's acts, its partner's, not a peer's beside a partner that acts."""
        toks = sent.tokens
        if head.entry.kind != "adjective":
            return False
        units = words.UNIT_NOUNS | words.SERVICE_BRANCHES  # a unit or the service it is of: "the Kuwaiti Navy"
        named = head.j  # past an institution's capitalised words: "the Polish Military Contingent"
        while self.latin and named < min(len(toks) - 1, head.j + 2) and toks[named].is_capitalised() \
                and not words.holds(units, toks[named]):
            named += 1
        if self.latin and named < len(toks) and words.holds(units, toks[named]):
            k = head.i  # "the Dutch detachment"
        elif head.i > 0 and words.holds(units, toks[head.i - 1]):
            k = head.i - 1  # "le détachement néerlandais", "المفرزة الهولندية"
            while not self.latin and k > 0 and words.holds(words.SERVICE_BRANCHES, toks[k - 1]):
                k -= 1  # "القوات البحرية الكويتية"
        else:
            return False
        while k > 0 and toks[k - 1].key in words.DETERMINERS:
            k -= 1
        return k > 0 and not words.SERVED_WITH.isdisjoint(toks[k - 1].keys)

    def _behalf(self, sent: Sent, groups: list[list[Match]], cs: int, ce: int) -> tuple[Match, ...]:
        """The partner an act is done on behalf of, in an aside or at the clause's start ("Fier
        d'avoir remis, au nom de la France, …", "On behalf of Japan, I handed over …"): whose
        act it is where the clause names no subject, whatever is carried into it. Not "…,
        which UNDP manages on behalf of the Iraqi government": no aside, the subject named."""
        toks = sent.tokens
        for m in sent.cues.get("actor:behalf", []):
            if not cs <= m.i < ce or m.i > cs and _gap(sent.text, toks[m.i - 1], toks[m.i], sent.start).strip() not in (",", "،"):
                continue
            g = next((g for g in groups if m.j <= g[0].i <= m.j + BEHALF_REACH), None)
            if g is not None:
                return tuple(g)
        return ()

    def _part_of(self, sent: Sent, groups: list[list[Match]], cs: int, ce: int, c: dict[str, set[int]]) -> tuple[Match, ...]:
        """The partner whose contribution a clause's act is part of, anywhere in a clause that
        names no subject ("He trained Iraqi soldiers as part of Spain's contribution to …",
        "… dans le cadre de la contribution espagnole à …", "… في إطار مساهمة إسبانيا في …"):
        whose act it is, as "on behalf of" says. Only with a noun of an act (its contribution,
        participation, deployment): "as part of Iraq's plan" names no one who acts."""
        for m in sent.cues.get("actor:part_of", []):
            if not cs <= m.i < ce:
                continue
            for g in groups:
                h = g[0]
                # the act's noun before the partner ("la contribution espagnole") or right after its name,
                # whose possessive is its own token's ("Spain's contribution")
                if m.j <= h.i <= m.j + BEHALF_REACH and (any(m.j <= a < h.i for a in c["acts"]) or g[-1].j in c["acts"]
                                                         or self._own_programme(sent, g)):
                    return tuple(x for x in g if x.entry.id in self.vocab.partners)
        return ()

    def _own_programme(self, sent: Sent, g: list[Match]) -> bool:
        """A partner's own programme of a line ("s'inscrit dans le programme belge de désengagement et de réinsertion",
        "is part of the Belgian programme for the reintegration of …"): the programme's noun right before its adjective
        or right after its name, a line's cue after it; not "as part of Iraq's plan", which names no act."""
        toks, h = sent.tokens, g[0]
        if h.i > 0 and toks[h.i - 1].key in words.PROJECT_NOUNS:
            end = g[-1].j  # "le programme belge de …"
        elif g[-1].j < len(toks) and toks[g[-1].j].key in words.PROJECT_NOUNS:
            end = g[-1].j + 1  # "the Belgian programme for …"
        else:
            return False
        return any(end <= c.i <= end + 2 for cat, cs in sent.cues.items() if cat.startswith("loe:") for c in cs)

    def _own_forces(self, sent: Sent, groups: list[list[Match]], cs: int, ce: int, c: dict[str, set[int]]) -> tuple[Match, ...]:
        """The partner whose own forces, named by its adjective, a clause that names no actor
        deploys ("The cabinet approved the deployment of 150 German soldiers", "Le
        gouvernement fédéral a décidé de prolonger la participation de six F-16 belges", "وافق
        مجلس الوزراء على إرسال 150 جندياً ألمانياً"): a government sends its own forces, so the
        unnamed cabinet is that partner's. Not the forces a clause trains, helps or praises
        (their role is not an actor's), nor a deployment's other words ("the deployment of
        Iraqi cities")."""
        more_cues(sent, self.lex, "deploying")
        toks = sent.tokens
        for m in sent.cues.get("actor:deploying", []):
            if not cs <= m.i < ce:
                continue
            for g in groups:
                h = g[0]
                # an Arabic adjective of nationality is the country's name with its ending ("جندياً ألمانياً")
                named = h.entry.kind == "adjective" or not self.latin and h.i - 1 in c["inst"]
                if len(g) == 1 and named and m.j <= h.i <= m.j + DEPLOYED_REACH and h.i < ce \
                        and self._role(sent, h, c) == "" and self._attached_members(sent, g, c):
                    return tuple(g)
                # or the partner whose deployment or participation the noun is, its name its complement or possessor
                # ("The cabinet decided to continue Kuwait's participation in the Coalition", "la participation du
                # Koweït", "قرر المجلس استمرار مشاركة دولة الكويت في التحالف")
                if len(g) == 1 and h.entry.kind == "partner" and cs <= h.i < ce and self._role(sent, h, c) == "" and (
                        not self.latin and h.i == m.j
                        or self.latin and m.j < h.i <= m.j + 2
                        and all(toks[k].key in words.OF or toks[k].key in words.DETERMINERS for k in range(m.j, h.i))
                        or self.latin and h.j == m.i and toks[h.j - 1].text.endswith(POSSESSIVE_ENDS)):
                    return tuple(g)
        return ()

    def _resumes(self, sent: Sent, after: int, end: int) -> int | None:
        """The first coordinator after a praised partner ("thanked Germany for its
        support") that a verb of its own follows (``Sent.new_verbs``): there the
        subject before acts again. None if none comes before the clause's end."""
        return min((k for k in sent.new_verbs if after <= k < end), default=None)

    def _actors(self, members: tuple[Match, ...], dominant: str | None) -> tuple[str, ...]:
        ids = list(dict.fromkeys(m.entry.id for m in members))
        partners = self.vocab.partners
        if dominant in ids and partners[dominant].member:
            return (dominant,)  # a profile's subject and its peers: the subject acts (one outside the Coalition credits
            # none, so its peers listed with it act: "financé par la Suisse et par l'Allemagne")
        return tuple(p for p in ids if p in partners and partners[p].member)

    def _agent_begin(self, sent: Sent, head: Match, cs: int, named: bool, begin: int) -> int:
        """Where a passive's agents' words start, where the words before them in the clause are another's (``begin``
        else): from the comma before the thing they name, not "The group, co-led by Italy and Spain, …" ("The group was
        attended by 30 partners, and the other was joined by Kenya"), or the comma after the thing named before it, which
        they lead ("It takes part in the Counter ISIS Finance Group, co-led by Italy, …": the clause before is its own
        subject's, ``_led_by``); from the "with" of what they provide ("… une opération menée avec des drones fournis
        par les États-Unis", ``provided_with``); from an agreement's parties ("… under a bilateral agreement between the
        Czech Republic and Kuwait": the act before is the clause's own subject's). ``named``: the clause names an actor
        before them."""
        # (the thing named may end a few words before the comma: its place or its foe, "the Coalition ministerial meeting in
        # Rome, co-chaired by Italy and the United States", "la réunion … de la Coalition mondiale contre Daech, coprésidée par …")
        if not named and (b := self._break_before(sent, head.i, cs)) != head.i \
                and any(b <= e.i < head.i and e.entry.kind in ("mission", "initiative", "strategy")
                        or b - NAMED_BEFORE_AGENT <= e.j <= b and e.i > cs + 1 and e.entry.kind in ("mission", "initiative")
                        and not any(_broken(sent, k) for k in range(e.j + 1, b)) for e in sent.ents):
            begin = b
        if not named and (gov := next((g for g, m in provided_with(sent, self.lex) if m.i == head.i and g.i > cs), None)):
            begin = gov.i
        if head.i > cs and after_between(sent, head.i):
            begin = head.i
        return begin

    def _funded_by(self, sent: Sent, head: Match) -> bool:
        """The agent is a funder's, its cue right before it ("بتمويل من مملكة هولندا", "funded by Japan", ``backing_agents``)."""
        more_cues(sent, self.lex, "backing")
        return any(c.j <= head.i <= c.j + 1 for c in sent.cues.get("actor:backing", []))

    def _break_before(self, sent: Sent, i: int, floor: int) -> int:
        for k in range(i, floor, -1):
            if _broken(sent, k):
                return k
        return i


NAMED_BEFORE_AGENT = 2  # words between what a passive's agents lead and the comma before them ("… meeting in Rome, co-chaired by")
SUBORDINATE_SUBJECT = 3  # words from a subordinator to its subject ("when the Iraqi Security Forces")


def _subordinate_opening(sent: Sent, i: int, cs: int) -> int | None:
    """Where a subordinate clause opens whose subject the partner named at word ``i`` is: a subordinator after a comma,
    past the clause's first words, a few words before it ("…, when the Iraqi Security Forces assumed …", "…، عندما تولت
    القوات العراقية …"). None where the partner stands elsewhere."""
    toks = sent.tokens
    for k in range(i - 1, max(cs + 1, i - SUBORDINATE_SUBJECT - 1), -1):
        if toks[k].key in words.SUBORDINATORS:
            gap = _gap(sent.text, toks[k - 1], toks[k], sent.start)
            return k if "," in gap or "،" in gap else None
    return None


def sole_actor_counts(vocab: Vocabulary, prepared: list[list[Clause]]) -> Counter[str]:
    """For each partner, the clauses it is named in as the sole actor."""
    count: Counter[str] = Counter()
    for clauses in prepared:
        for cl in clauses:
            for members, _begin in cl.named if not cl.relative else ():  # named once, before its relative
                ids = {m.entry.id for m in members if m.entry.id in vocab.partners}
                if len(ids) == 1:
                    count[ids.pop()] += 1
    return count


PROFILE_CLAUSES = 3  # clauses a profile's subject is named alone in, at least (profiles: 3 to 11)


def lists_subject(count: Counter[str], dominant: str | None) -> str | None:
    """The dominant actor where a list that includes it credits it alone (a profile): named
    alone in PROFILE_CLAUSES clauses at least, and twice as often as all the other partners
    together. A story that names its other actors alone too ("Berlin et Rome ont annoncé …
    l'Italie y maintiendra … le ministre allemand …") credits each partner of its lists."""
    if dominant is None:
        return None
    return dominant if count[dominant] >= max(PROFILE_CLAUSES, 2 * (sum(count.values()) - count[dominant])) else None


def only_actor(count: Counter[str]) -> str | None:
    """The one partner named alone in the document's clauses, if only one is: whose voice a
    "we" outside quotations is (a ministry's page, its answer to a question, its posts)."""
    return next(iter(count)) if len(count) == 1 else None


def dominant_actor(count: Counter[str]) -> str | None:
    """The partner a document is about, when one is: named as the sole actor of at least
    twice as many clauses as any other (a profile, a single-subject news story). None for
    a statement or report of several partners. Every partner of the vocabulary counts
    here, members or not: a profile of a partner outside the Coalition is still about it;
    a list of partners says nothing of whom the text is about (``count``:
    ``sole_actor_counts``)."""
    if not count:
        return None
    (top, n), *rest = count.most_common()
    second = rest[0][1] if rest else 0
    if n >= 2 * second and (n >= 2 or not rest):
        return top
    return None
