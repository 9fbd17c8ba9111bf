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
the subject) is in ``roles``; the clauses and actors it gives, as data, in ``clauses``.
"""

from __future__ import annotations

from collections import Counter

from ..langs import ar_prefix, tokenize
from ..vocab import Lexicon, Match, Vocabulary
from . import words
from .clauses import (
    _BREAK,
    _ELIDED,
    _HARD_BREAK,
    _NUMBER,
    _POST_NUMBER,
    ACTOR_KINDS,
    APPOSITION_TAIL,
    OBJECT_REACH,
    REPORTED_AFTER,
    Actors,
    Clause,
    Segment,
    _agency,
    _broken,
    _cue_tokens,
    _cut_at,
    _in_quotes,
    _last_words,
    _not_inside_institutions,
    _walk_back,
    bodies,
)
from .numbers import _model
from .roles import Roles
from .sentence import DATELINE_TAIL, ENTITY_KINDS, PARTNER_KINDS, Sent, _gap, more_cues

BETWEEN_REACH = 8  # words from an agreement's noun to the "between" its parties follow
OFFICE_BEFORE_PARTY = 4  # words of a party's office between "between" and its name


class ActorFinder(Roles):
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
        self._list_joins = frozenset(str(w).lower() for w in ((conf.get("list_subjects_after_verb") or {}).get("joins") or ()))
        plural = conf.get("plural_verbs") or {}
        self._plural_verbs = frozenset(str(w).lower() for w in (plural.get("words") or ()))
        self._plural_ends = tuple(str(w) for w in (plural.get("endings") or ()))
        self._modifiers = frozenset(k for w in (conf.get("institution_modifiers") or ()) for k in tokenize(str(w), lex.lang, 0)[0].keys)
        # the last words of "as did", "tout comme", "شأنها شأن": where one may end, before matching them
        self._likewise_ends = _last_words(lex.lang, tuple(str(w) for w in (conf.get("likewise") or ())))

    def _dateline(self, sent: Sent, g: list[Match]) -> bool:
        """"OTTAWA –", "الدوحة –": where the story was filed, the actor only where its
        clause names none other."""
        head = g[0]
        if head.i != 0 or head.entry.kind != "capital" or len(g) > 1:
            return False
        after = sent.text[head.end - sent.start :]
        return bool(DATELINE_TAIL.match(after)) or after.startswith(",")

    def _opens(self, sent: Sent, k: int, cs: int) -> bool:
        """Word ``k`` opens its clause, or the part after its last comma, but for a
        determiner: "The Kingdom also …", "En marge de l'exercice, le Royaume a rappelé …"."""
        if k < cs + 3:
            return True
        toks = sent.tokens
        j = k
        while j > cs and toks[j - 1].key in self.determiners and not _broken(sent, j):
            j -= 1
        return j > cs and _broken(sent, j)

    def _dateline_end(self, sent: Sent, head: Match) -> int:
        """The first token after a dateline's tail (its date, agency and dash or slashes)."""
        tail = DATELINE_TAIL.match(sent.text[head.end - sent.start :])
        end = head.end + (tail.end() if tail else 0)
        return next((k for k, t in enumerate(sent.tokens) if t.start >= end), len(sent.tokens))

    # --- mentions and lists -------------------------------------------------------

    def _attached(self, sent: Sent, m: Match, inst: set[int], acts: set[int]) -> bool:
        """An adjective names an actor only with an institution (an agency by its acronym too,
        "la DGST marocaine") or an act of its state next to it: "Danish soldiers", "les armées
        françaises", "وزارة الدفاع القطرية", or an aircraft's model ("Belgian F-16s"), or where
        it is a noun for its people (``_people``)."""
        near = set(range(m.j, min(m.j + 3, len(sent.tokens)))) | set(range(max(0, m.i - 3), m.i))
        # "Six Belgian F-16s flew …", "Les quatre F-16 belges reprendront …": its aircraft, by their model
        return bool(near & (inst | acts)) or self._people(sent, m) or self.latin and (
            m.j < len(sent.tokens) and _model(sent, m.j) or m.i >= 2 and _model(sent, m.i - 2))

    def _attached_members(self, sent: Sent, g: list[Match], c: dict[str, set[int]]) -> list[Match]:
        """The mentions of a list that name actors: names, and adjectives attached to their
        noun (``_attached``); a list of adjectives only is one noun's ("les forces spéciales
        danoises, norvégiennes et suédoises": the last is as far from "forces" as it is
        attached), so one attached attaches them all."""
        attached = [m.entry.kind != "adjective" or self._attached(sent, m, c["inst"], c["acts"]) for m in g]
        if any(attached) and all(m.entry.kind == "adjective" for m in g):
            return list(g)
        return [m for m, ok in zip(g, attached, strict=True) if ok]

    def _people(self, sent: Sent, m: Match) -> bool:
        """A partner's adjective used as the noun for its people, who act for it as its
        forces do: "the Germans", "the British" before a verb, "les Allemands" (a French
        adjective is written in lower case, the noun capitalised), "البريطانيون" (definite,
        in the subject's case). Whether it is their clause's subject is the caller's
        question ("trained the Iraqis" is no act of Iraq's)."""
        toks = sent.tokens
        tok = toks[m.i]
        if m.j - m.i != 1:
            return False
        if not self.latin:  # a broken plural is no adjective's form: "الألمان", "الأتراك"
            return tok.text.startswith(("ال", "وال")) and (tok.text.endswith("ون") or not m.entry.phrase.endswith("ي"))
        # after an article, or a count: "some 110 Australians serve …"
        if m.i == 0 or toks[m.i - 1].key not in self._people_articles and not _NUMBER.match(toks[m.i - 1].key):
            return False
        if self.lex.lang == "fr":
            return tok.text[:1].isupper()
        after = sent.text[tok.end - sent.start : tok.end - sent.start + 1]
        if after in ("-", "‑"):
            return False  # "the American-led coalition"
        plural = tok.text.endswith("s")  # "the Germans", "the Danes": no partner's adjective ends so
        nxt = toks[m.j] if m.j < len(toks) else None
        return plural or nxt is None or not nxt.text[:1].isalpha() or nxt.key in self._people_then

    def _after_fronted_place(self, sent: Sent, prev: list[Match], m: Match) -> bool:
        """"In Rome, Morocco and the United States presented …", "Lors de la réunion à Rome, le Maroc et
        les États-Unis ont …": a city fronted before any verb, a comma, then a list of states that no
        comma ends: the list is the clause's subject, not more places (not "Troops from Nigeria, Chad
        and Niger", nor "In Iraq, Syria and Jordan, Denmark …")."""
        if len(prev) != 1 or not self.latin or prev[0].entry.kind != "capital" or m.entry.kind == "capital" \
                or not any(c.j == prev[0].i for c in sent.cues.get("coop:location", [])):
            return False  # a city, then states: "Troops from Nigeria, Chad and Niger" is one list
        at = {c.i for c in sent.cues.get("coop:location", [])}  # "À Rome" is no "a" (has), keyed alike
        if any(k < prev[0].i and k not in at for cat in ("actor:verb", "actor:auxiliary", "actor:reporting")
               for k in _cue_tokens(sent, cat)):
            return False
        ments = [e for e in sent.ents if e.entry.kind in ACTOR_KINDS]
        gap = sent.text[prev[0].end - sent.start : m.start - sent.start]
        if "," not in gap or not words.LIST_GAP.match(gap) or words.COORDINATOR.search(gap):
            return False  # a comma only, and an article after it ("À Rome, le Maroc et …")
        last = m
        for nxt in ments[ments.index(m) + 1:]:
            gap = sent.text[last.end - sent.start : nxt.start - sent.start]
            if not words.LIST_GAP.match(gap) or "," in gap and last is not m:
                break  # "…, Morocco and Spain, Italy …": the list ends at its "and"
            last = nxt
        return last is not m and not sent.text[last.end - sent.start:].lstrip().startswith(",")

    def groups(self, sent: Sent) -> list[list[Match]]:
        """Partner mentions, coordinated ones together: "Italy, Saudi Arabia and the
        United States", "بريطانيا وأستراليا وبلجيكا والدنمارك"."""
        ments = [m for m in sent.ents if m.entry.kind in ACTOR_KINDS]
        if self.latin:  # "Australia, a NATO partner, has deployed …": NATO describes Australia
            ments = [m for n, m in enumerate(ments) if not (n and self._described(sent, ments[n - 1], m))]
        out: list[list[Match]] = []
        coordinated: list[bool] = []  # a group's members joined by "and"/"et"/"و" somewhere
        # "thanked Italy for hosting us in Rome and Saudi Arabia for its leadership": a partner
        # with its own reason after a verb of praise starts another praised one, not a list of places
        praise, reasons = len(sent.tokens), set()
        if len(ments) > 1 and sent.cues.get("actor:governor"):
            praise = min(g.i for g in sent.cues["actor:governor"])
            more_cues(sent, self.lex, "reasons")
            reasons = {r.i for r in sent.cues.get("actor:reason", [])}
        # a formal name's first word carries the conjunction: "دولة الكويت وجمهورية العراق"
        formal = {c.i: c.entry.phrase for c in sent.cues.get("actor:formal", [])} if not self.latin else {}
        # "… with the UK, and Belgium co-led …": after "with" a partner that a comma and "and" set
        # off and a verb follows is the next clause's subject, no peer ("France, Germany, and Italy
        # deployed …", with no "with" before, is one list)
        peers_from = min((m.i for cat in ("coop:governor", "coop:strong") for m in sent.cues.get(cat, [])), default=len(sent.tokens))
        verbs = (_cue_tokens(sent, "actor:verb") | _cue_tokens(sent, "actor:auxiliary")) if peers_from < len(sent.tokens) else set()
        # "… from camps in Syria, and Germany said …": likewise after places, with a verb of speech too
        places_at = {m.j for m in sent.cues.get("coop:location", [])} if len(ments) > 1 else set()
        said = (_cue_tokens(sent, "actor:verb") | _cue_tokens(sent, "actor:auxiliary") | _cue_tokens(sent, "actor:reporting")) \
            if places_at else set()
        for m in ments:
            if out and self.latin and "," in (gap := sent.text[out[-1][-1].end - sent.start : m.start - sent.start]):
                joined = bool(words.COORDINATOR.search(gap))
                # after a list of peers that "and" closed, the next partner after a comma opens
                # the clause ("Together with Germany and France, Italy co-hosted …")
                if peers_from < out[-1][0].i and (m.j in verbs and joined or coordinated[-1] and not joined) \
                        or out[-1][0].i in places_at and m.j in said and joined \
                        or self._after_fronted_place(sent, out[-1], m):
                    out.append([m])
                    coordinated.append(False)
                    continue
            if out and not (m.j in reasons and praise < m.i and len(out[-1]) == 1 and out[-1][0].entry.kind == "capital"):
                prev = out[-1][-1]
                gap = sent.text[prev.end - sent.start : m.start - sent.start]
                conj = not self.latin and ar_prefix(sent.tokens[m.i], formal.get(m.i, m.entry.phrase))[0] == "و"
                if m.i == prev.j and (conj or words.LIST_GAP.match(gap) and gap.strip()) or \
                        m.i - prev.j <= 4 and words.LIST_GAP.match(gap) and (gap.strip() or conj):  # ", as well as the"
                    out[-1].append(m)
                    coordinated[-1] = coordinated[-1] or conj or bool(words.COORDINATOR.search(gap))
                    continue
            out.append([m])
            coordinated.append(False)
        # names joined by commas only are no list ("Lors de la réunion de Paris, l'Italie
        # maintient ...", "At the meeting in Rome, Italy keeps ..."), but for a place and
        # its country in apposition ("headquartered in N'Djamena, Chad.")
        return [part for g, joined in zip(out, coordinated, strict=True)
                for part in ([g] if joined or self._apposition(sent, g) else [[m] for m in g])]

    def _described(self, sent: Sent, prev: Match, m: Match) -> bool:
        """Partner ``m`` names what partner ``prev`` is, in an apposition set off by commas:
        "Australia, a NATO partner, …", "la Suède, pays membre de l'UE, …", "Japan, a close
        ally of the United States, …"."""
        gap = sent.text[prev.end - sent.start : m.start - sent.start]
        if not words.APPOSITION_START.match(gap):
            return False
        rest = sent.text[m.end - sent.start :]
        end = rest.find(",")
        return end >= 0 and len(rest[:end].split()) <= APPOSITION_TAIL and not any(ch in rest[:end] for ch in ";:")

    def _apposition(self, sent: Sent, g: list[Match]) -> bool:
        """A capital, a comma, its own country, and the phrase ends there."""
        if len(g) != 2 or g[0].entry.kind != "capital" or g[0].entry.id != g[1].entry.id:
            return False
        after = sent.text[g[1].end - sent.start:].lstrip()
        return not after or not after[0].isalnum()

    def _join_officials(self, sent: Sent, groups: list[list[Match]], c: dict[str, set[int]]) -> list[list[Match]]:
        """Officials of two partners coordinated: "the Moroccan foreign minister Nasser
        Bourita and the US Secretary of State", "وزير الخارجية المغربي ووزير الخارجية الأمريكي".
        A later adjective joins the list before it when only institutions, names and a
        coordinator stand between them."""
        toks = sent.tokens
        out: list[list[Match]] = []
        for g in groups:
            if out and g[0].entry.kind in ("adjective", "partner") and len(g) == 1 and \
                    (g[0].entry.kind == "adjective" or g[0].j in c["inst"]):  # "the US Secretary of State"
                prev = out[-1][-1]
                between = range(prev.j, g[0].i)
                gap = sent.text[prev.end - sent.start : g[0].start - sent.start]
                coord = next((k for k in between if toks[k].key in words.AND or not self.latin
                              and toks[k].text.startswith("و") and len(toks[k].keys) > 1 and k in c["inst"]), None)
                # before the coordinator the first official's title and name; after it, the
                # second's title only
                plain = coord is not None and coord - prev.j <= 4 and all(
                    k in c["inst"] or k in c["allowed"] for k in range(coord + 1, g[0].i))
                if plain and not _BREAK.search(gap):
                    out[-1] = out[-1] + g
                    continue
            out.append(g)
        return out

    # --- clauses ------------------------------------------------------------------

    def clause_starts(self, sent: Sent, c: dict[str, set[int]]) -> list[int]:
        toks = sent.tokens
        starts = {0}
        for k in range(1, len(toks)):
            gap = sent.text[toks[k - 1].end - sent.start : toks[k].start - sent.start]
            if _HARD_BREAK.search(gap):
                starts.add(k)
        starts |= c["clause_start"]
        if (post := _POST_NUMBER.match(sent.text)) is not None:  # "3/ يشارك …": a thread's post opens after its number
            starts.add(next((k for k, t in enumerate(toks) if t.start - sent.start >= post.end()), 0))
        for m in sent.cues.get("actor:reporting", []):
            starts.add(m.j)  # "the army said the strikes ...": a new clause after the verb
        said = sent.cues.get("actor:reporting", [])
        for m in sent.cues.get("actor:complement", []):  # "told the committee on Tuesday that …": its object between
            if not self.latin or any(0 <= m.i - r.j <= REPORTED_AFTER for r in said) \
                    or (m.i - 1) in c["coordinator"] and any(r.j <= m.i for r in said):
                starts.add(m.j)  # "… said the detention … remains a concern, and that the United States …" too
        for m in sent.cues.get("actor:plural", []):  # "..., and the two sides discussed ...": its own clause
            k = next((k for k in range(max(1, m.i - 2), m.i + 1)
                      if _broken(sent, k)), None)
            if k is not None:
                starts.add(k)
        return sorted(s for s in starts if s < len(toks))

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
        reported = {m.j for m in sent.cues.get("actor:reporting", [])}  # clauses that open after a reporting verb
        antecedents = self._antecedents(sent, groups)
        rejoined: dict[int, tuple[Match, ...]] = {}
        if antecedents:
            starts = sorted(set(starts) | set(antecedents))
            rejoined = self._subjects_after_aside(sent, groups, antecedents, starts)
            starts = sorted(set(starts) | set(rejoined))
            if rejoined:  # "… in N'Djamena, and Cameroon": the place ends one list, the partner starts the next
                cuts = {k + d for k in rejoined for d in (1, 2)}
                groups = [part for g in groups for part in _cut_at(g, cuts)]
        out = []
        for cs, ce in zip(starts, [*starts[1:], len(sent.tokens)], strict=True):
            clause = Clause(cs)
            if cs in antecedents:  # "Or consider Kenya, which hosts …": Kenya's clause, whoever it names later
                clause.named.append((antecedents[cs], cs))  # ("… Norway, which leads the mission, and Finland")
                clause.relative = True
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
                if role == "place" and self._fronted_place(sent, members, cs):
                    role = ""  # "En Tunisie, le parlement a adopté …": the place's own parliament
                if role in ("agent", "governed") or role == "" and self._subject_position(sent, members[0], cs, c):
                    begin = cs if not clause.named else self._break_before(sent, members[0].i, clause.named[-1][0][0].i)
                    if role == "governed" and not clause.named and (b := self._break_before(sent, members[0].i, cs)) > cs:
                        # "عمّان – بحث الوزير مع نظيره …، وأشاد بدور ألمانيا …": the praised from its own clause's
                        # comma; what comes before it is the clause's unnamed subject's (the dateline's state)
                        begin = b
                    if not clause.named and cs in reported and (b := self._break_before(sent, members[0].i, cs)) > cs \
                            and (b != members[0].i or _broken(sent, b)):
                        # "Germany pledged 500 million euros for reconstruction, Japan announced …": what the
                        # reporting verb's object says before the comma is its subject's, not the next partner's
                        begin = b
                    if role == "agent" and not clause.named and (b := self._break_before(sent, members[0].i, cs)) != members[0].i \
                            and any(b <= e.i < members[0].i and e.entry.kind in ("mission", "initiative", "strategy") for e in sent.ents):
                        # "The group was attended by 30 partners, and the other was joined by Kenya": from the comma
                        # before the thing it names, not "The group, co-led by Italy and Spain, …"
                        begin = b
                    if clause.resumed and clause.resumed[-1][0] >= begin:
                        clause.resumed.pop()  # another partner named before the earlier one acts again
                    if role == "agent":
                        clause.agents.add(len(clause.named))
                    clause.named.append((tuple(members), begin))
                    k = self._resumes(sent, members[-1].j, ce) if role == "governed" else None
                    if k is not None:
                        clause.resumed.append((k, len(clause.named) - 2))
            if not clause.named and (pair := self._between(sent, groups, cs, ce)):
                clause.named.append((pair, cs))  # "Cooperation between Jordan and Iraq … has grown": both act
            if not clause.named:
                clause.plural = next((m for m in sent.cues.get("actor:plural", []) if cs <= m.i < min(ce, cs + 4)), None)
                clause.nobody = self._nobody(sent, cs, ce, c)
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
                if not (clause.named or clause.nobody or clause.plural or clause.kingdom):
                    clause.supported = self._supporters(sent, groups, quotes, cs, ce, c)
            if cs in rejoined and clause.named:  # "…, and Cameroon keep …": with the subject before the aside
                members, begin = clause.named[0]
                clause.named[0] = ((*rejoined[cs], *members), begin)
            out.append(clause)
        return out

    def _between(self, sent: Sent, groups: list[list[Match]], cs: int, ce: int) -> tuple[Match, ...]:
        """Two or more partners right after a word of working together and "between" in a
        clause that names no subject ("Cooperation between Jordan and Iraq on border security
        has grown", "la coopération entre la Jordanie et l'Irak", "التعاون بين الأردن والعراق"):
        they act, together (not places, as "between" alone would make them)."""
        pairs = [g for g in groups if cs <= g[0].i < ce and len({m.entry.id for m in g}) > 1
                 and all(m.entry.kind in PARTNER_KINDS for m in g)]
        if not pairs:
            return ()
        more_cues(sent, self.lex, "between")
        ends = {m.j for m in sent.cues.get("actor:between", [])}
        # an agreement's noun, its subject and then "between" ("a memorandum of understanding on
        # counter-terrorism cooperation between …", "مذكرة تفاهم للتعاون في مجال مكافحة الإرهاب بين …")
        heads = [m.i for m in sent.cues.get("actor:between_head", [])]
        ends |= {w.j for w in sent.cues.get("actor:between_word", [])
                 if any(0 < w.i - h <= BETWEEN_REACH and not any(_broken(sent, x) for x in range(h + 1, w.i + 1)) for h in heads)}
        # its parties' offices before them ("between the interior ministries of Jordan and Iraq",
        # "بين وزارة الداخلية في المملكة … ووزارة الداخلية في جمهورية العراق")
        offices = _cue_tokens(sent, "actor:institution") | self._words(sent, "institution_owner") \
            | {m.j - 1 for m in sent.cues.get("actor:owner", [])}
        for g in pairs:
            k = g[0].i
            while k > cs and k not in ends and g[0].i - k < OFFICE_BEFORE_PARTY \
                    and (sent.tokens[k - 1].key in self.determiners or k - 1 in offices):
                k -= 1
            if k in ends or g[0].i in ends:
                return tuple(g)
        return ()

    def _fronted_place(self, sent: Sent, members: list[Match], cs: int) -> bool:
        """A partner named as a place before a comma at its clause's start, and after the comma
        a state's own body of government with no owner of its own as the subject ("In Tunisia,
        parliament passed …", "En Tunisie, le parlement a adopté …", "وفي تونس، أقر البرلمان …"):
        that body is the place's, which acts. Not troops or a contingent there ("In Iraq, the
        contingent trains …" in a profile is the profile's partner's)."""
        toks = sent.tokens
        k = members[-1].j
        if members[0].i - cs > 1 or len({m.entry.id for m in members}) != 1 or k >= len(toks) \
                or _gap(sent.text, toks[k - 1], toks[k], sent.start).strip() not in (",", "،"):
            return False
        more_cues(sent, self.lex, "home")
        # in Arabic the verb may come first ("أقر البرلمان")
        home = next((m for m in sent.cues.get("actor:home", []) if m.i == k or not self.latin and m.i == k + 1), None)
        return home is not None and not any(home.j <= e.i <= home.j + 1 and e.entry.kind in PARTNER_KINDS + ("adjective",)
                                            for e in sent.ents) \
            and not (home.j < len(toks) and toks[home.j].key in words.AFTER_AGENT)

    def _topic_kept(self, sent: Sent, groups: list[list[Match]], starts: list[int], c: dict[str, set[int]]) -> list[int]:
        """A clause's start cue right after its subject ("Le Niger, de son côté, a accueilli …",
        "واستضافت النيجر من جهتها …") opens no clause: it marks the subject as the new topic,
        and the verb after it is that subject's."""
        cues = {m.i: m.j for m in sent.cues.get("actor:clause_start", [])}
        drop = set()
        for g in groups:
            k = cues.get(g[-1].j)
            if k is None or k not in starts or not all(m.entry.kind in PARTNER_KINDS for m in g):
                continue
            b = max(s for s in starts if s <= g[0].i)
            if _gap(sent.text, sent.tokens[g[-1].j - 1], sent.tokens[g[-1].j], sent.start).strip() in ("", ",", "،") \
                    and self._role(sent, g[0], c) == "" and self._subject_position(sent, g[0], b, c):
                drop.add(k)
        return [s for s in starts if s not in drop] if drop else starts

    def _subjects_after_aside(self, sent: Sent, groups: list[list[Match]], antecedents: dict[int, tuple[Match, ...]],
                              starts: list[int]) -> dict[int, tuple[Match, ...]]:
        """A relative set off as an aside after a subject, then ", and" another partner: both are
        the subjects of the verb after it ("Chad, which hosts the force's headquarters, and
        Cameroon keep their contingents", "Le Tchad, qui accueille …, et le Cameroun
        maintiennent …"). By the "and"'s token: the partners before the relative."""
        toks, out = sent.tokens, {}
        heads = {m.i for g in groups for m in g if m.entry.kind in PARTNER_KINDS}
        for cs, ante in antecedents.items():
            ce = next((x for x in starts if x > cs), len(toks))
            for k in range(cs + 2, ce - 1):
                if toks[k].key in words.AND and _gap(sent.text, toks[k - 1], toks[k], sent.start).strip() in (",", "،") \
                        and (k + 1 in heads or k + 2 in heads and toks[k + 1].key in self.determiners):
                    out[k] = ante
                    break
        return out

    def _antecedents(self, sent: Sent, groups: list[list[Match]]) -> dict[int, tuple[Match, ...]]:
        """Partners a comma and a subject's relative pronoun follow ("Or consider Kenya, which
        hosts …", "avec le Tchad, qui a déployé …"), by the relative's token: the relative
        clause is theirs, wherever they stand in the clause before."""
        rel = _cue_tokens(sent, "actor:subject_relative")
        if not rel:
            return {}
        out = {}
        toks = sent.tokens
        for g in groups:
            last = g[-1]
            gap = sent.text[last.end - sent.start : toks[last.j].start - sent.start].strip() if last.j < len(toks) else ""
            # Arabic needs no comma ("الدنمارك التي تقود …"), but the verb of an object's relative
            # carries its pronoun ("الدنمارك التي زارها الوزير": the minister visited it)
            if last.entry.kind in PARTNER_KINDS and last.j in rel \
                    and (gap == "," or not self.latin and gap in ("", "،") and last.j + 1 < len(toks)
                         and not words.OBJECT_SUFFIX.search(toks[last.j + 1].text)) \
                    and not (len(g) == 1 and self._plural_verb(sent, last.j + 1)):
                out[last.j] = tuple(m for m in g if m.entry.kind in PARTNER_KINDS)
        return out

    def _listed_after_verb(self, sent: Sent, head: Match, b: int, c: dict[str, set[int]]) -> bool:
        """A list of subjects after a head of contributors, what they contribute to and a verb
        ("The largest contributors to Operation Inherent Resolve are …", "Les principaux
        contributeurs de l'opération … sont …"): only fillers before the head, and between it
        and the partner a name, the words that join it and the verb."""
        heads = sent.cues.get("actor:list_subject_head")
        if not heads:
            return False
        more_cues(sent, self.lex, "list_subjects")
        verbs = _cue_tokens(sent, "actor:list_subject_verb")
        names = {k for e in sent.ents if e.entry.kind in ENTITY_KINDS for k in range(e.i, e.j)}
        toks = sent.tokens
        for m in heads:
            if not (m.j <= head.i and all(k in c["allowed"] or toks[k].key in self._list_joins for k in range(b, m.i))):
                continue
            between = range(m.j, head.i)
            if any(k in verbs for k in between) and all(
                    k in verbs or k in names or k in c["allowed"] or toks[k].key in self._list_joins for k in between):
                return True
        return False

    def _plural_verb(self, sent: Sent, k: int) -> bool:
        """Whether word ``k`` is a verb in the plural ("80 militaires en Irak, qui conseillent
        …", "… in Iraq, who are …"): a relative after one partner whose verb is plural has
        another antecedent (the things or people before the place)."""
        if k >= len(sent.tokens):
            return False
        word = sent.tokens[k].text.lower()
        return word in self._plural_verbs or bool(self._plural_ends) and word.endswith(self._plural_ends)

    def _supporters(self, sent: Sent, groups: list[list[Match]], quotes: list[tuple[int, int]], cs: int, ce: int,
                    c: dict[str, set[int]]) -> tuple[Match, ...]:
        """The partners whose support a clause that names no actor tells ("Demining in Sinjar
        continued with support from Norway and the Netherlands"): they act in it, rather than
        the partners carried from the sentence before, which it does not mention. Not where
        the clause refers back to those ("Its programme …", "With support from Norway, it …"),
        nor in Arabic, whose verb-first clause may have the carried partner as its unsaid subject."""
        found = sent.cues.get("actor:supporter")
        if not found or not self.latin:
            return ()
        ends = {m.j for m in found}
        for g in groups:
            if cs <= g[0].i < ce and _walk_back(g[0].i, c["walk"]) in ends and not any(a <= g[0].start < b for a, b in quotes):
                more_cues(sent, self.lex, "possessives")
                back = c["pronoun"] | _cue_tokens(sent, "actor:possessive")
                if any(k in back for k in range(cs, ce)):  # "In 2019, with support from the US, it repatriated …"
                    return ()
                return tuple(m for m in g if m.entry.kind != "adjective")
        return ()

    def _speaker(self, sent: Sent, groups: list[list[Match]], quotes: list[tuple[int, int]],
                 c: dict[str, set[int]]) -> tuple[Match, ...] | None:
        """The one partner whose official speaks the sentence's quotation: named outside
        the quotation next to a verb of speech ("a déclaré le ministre danois", "the
        Danish defence minister said:"). A quotation's "we" is that partner."""
        said = _cue_tokens(sent, "actor:reporting")
        found = []
        for g in groups:
            if any(a <= g[0].start < b for a, b in quotes):
                continue
            members = self._attached_members(sent, g, c)
            if len(members) != 1:
                continue
            m = members[0]
            k = _walk_back(m.i, c["walk"])
            j = m.j
            while j < len(sent.tokens) and (j in c["inst"] or j in c["walk"] or j in c["owner"]):
                j += 1
            # the verb right before ("a déclaré le ministre danois"), or right after, an
            # auxiliary allowed ("the Danish defence minister said", "... a déclaré")
            if (k - 1) in said or j in said or (j + 1) in said:
                found.append(m)
        ids = {m.entry.id for m in found}
        return (found[0],) if len(ids) == 1 and self._actors((found[0],), None) else None

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
                if any(not set(self._actors(g, dominant)) <= set(carried) for g in cl.quoted):
                    out.segments.append(Segment(cl.start, ()))  # another partner's words in a quotation: no act
                elif cl.filed:
                    filed = self._actors(cl.filed, dominant)
                    out.segments.append(Segment(cl.start, filed, filed=True))
                    carried = filed or carried  # "عمان - صرح مصدر عسكري بأن سلاح الجو الملكي شارك …": its clauses after
                elif cl.plural and out.group:
                    out.segments.append(Segment(cl.start, out.group, plural=cl.plural))
                    carried = out.group
                elif cl.nobody:
                    out.segments.append(Segment(cl.start, ()))
                    carried = ()  # "The report notes that ...": nobody's words to the sentence's end
                elif cl.supported and (backers := self._actors(cl.supported, None)):
                    out.segments.append(Segment(cl.start, backers, backers=True))  # the sentences after go on with the carried
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
            for n, (members, begin) in enumerate(cl.named):
                # the first named actor's clause starts with the clause; a later one at the
                # comma or dash before it ("BAGHDAD — Australia and ...")
                actors = self._actors(members, dominant)
                out.segments.append(Segment(begin, actors, members, agent=n in cl.agents, relative=cl.relative and n == 0))
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

    def _resumes(self, sent: Sent, after: int, end: int) -> int | None:
        """The first coordinator after a praised partner ("thanked Germany for its
        support") that a verb of its own follows (``Sent.new_verbs``): there the
        subject before acts again. None if none comes before the clause's end."""
        return min((k for k in sent.new_verbs if after <= k < end), default=None)

    def _actors(self, members: tuple[Match, ...], dominant: str | None) -> tuple[str, ...]:
        ids = list(dict.fromkeys(m.entry.id for m in members))
        if dominant in ids:
            return (dominant,)  # a profile's subject and its peers: the subject acts
        partners = self.vocab.partners
        return tuple(p for p in ids if p in partners and partners[p].member)

    def _break_before(self, sent: Sent, i: int, floor: int) -> int:
        for k in range(i, floor, -1):
            if _broken(sent, k):
                return k
        return i

    def _nobody(self, sent: Sent, cs: int, ce: int, c: dict[str, set[int]]) -> bool:
        """The clause's subject is nobody's: its first words (after fillers; in Arabic after
        the verb) hold a subject that is no partner."""
        for k in range(cs, min(ce, cs + 5)):
            if k in c["body"] and (k == cs or k == cs + 1 and (not self.latin or sent.tokens[cs].key in self.determiners)):
                return True  # "The Security Council adopted …", "وأكد التحالف …"; not "Avec l'appui du PNUD, elle …"
            if k in c["nobody"]:
                # after a subject pronoun the word is its verb: "It (also) co-chairs the … Working Group"
                return not any(x in c["pronoun"] for x in range(cs, k))
            if _NUMBER.match(sent.tokens[k].key):
                continue
            if k in c["allowed"] and k not in c["inst"] or (not self.latin and k == cs):
                continue
            if self.latin and k == cs and sent.tokens[k].is_capitalised():
                continue
            break
        return False

    def _act_nouns(self, sent: Sent, acts: set[int], before_noun: set[int]) -> set[int]:
        """The words of acts read as nouns, which may stand before a clause's subject ("the
        support of the UAE", "Continued support from Denmark"): in English and French, at
        the clause's first word, after a determiner or a filler, or before the word of
        an owner. Elsewhere "support", "offers", "pledge" are verbs, and the partner after
        them is their object: "British troops support the Iraqi Security Forces"."""
        if not self.latin:
            return acts
        owners = {m.i for m in sent.cues.get("actor:owner", [])}
        return {k for k in acts if k == 0 or (k - 1) in before_noun or (k - 1) in acts or (k + 1) in owners
                or (k + 1) in acts}

    def _elided_relatives(self, sent: Sent) -> set[int]:
        """The words that start with a relative pronoun elided onto them ("qu'apporte"):
        looked for only in a sentence with an apostrophe, as most have none."""
        if not self._elided or ("'" not in sent.text and "’" not in sent.text):
            return set()
        return {k for k, t in enumerate(sent.tokens) if (e := _ELIDED.match(t.text)) and e[1].lower() in self._elided}

    def _number_words(self, sent: Sent, c: dict[str, set[int]]) -> set[int]:
        """The words of counts written in words ("A contingent of some two hundred Hungarian
        soldiers …": a count before the partner), where the sentence counts people or
        aircraft by their model ("Les quatre F-16 belges …"); found once, when a subject's
        position first asks."""
        if "number_words" not in c:
            counts = sent.cues.get("personnel") or self.latin and any(_model(sent, k) for k in range(len(sent.tokens)))
            c["number_words"] = {k for m in self.lex.numbers.all(sent.tokens) for k in range(m.i, m.j)} if counts else set()
        return c["number_words"]

    def _words(self, sent: Sent, cat: str) -> set[int]:
        """The tokens one of whose keys is a word of ``Lexicon.words[cat]``, outside names (as
        no cue counts inside a name)."""
        words = self.lex.words.get(cat)
        if not words:
            return set()
        return {k for k, t in enumerate(sent.tokens) if not words.isdisjoint(t.keys) and not any(a <= k < b for a, b in sent.names)}

    def _object_after(self, sent: Sent, head: Match, c: dict[str, set[int]]) -> bool:
        """Whether an object follows the phrase of ``head``, right after a verb whose object
        it would otherwise be: people, an institution, a partner, a mission or an initiative
        before the clause ends
        ("دربت الدنمارك القوات العراقية", "زار وزير الدفاع الإيطالي بغداد"). Arabic puts the
        verb first, then its subject, then its object; with the subject unsaid, the first
        phrase after the verb is its object ("ودربت القوات العراقية ضمن التحالف")."""
        ments = {m.i for m in sent.ents if m.entry.kind in ACTOR_KINDS}
        # a thing named is an object too, but for one after a preposition ("تستضيف المملكة العربية
        # السعودية مركز استهداف تمويل الإرهاب"; not "ودربت القوات العراقية ضمن عملية العزم الصلب")
        ments.update(m.i for m in sent.ents if m.entry.kind in ("mission", "initiative") and m.i - 1 not in c["blocked"]
                     and not ar_prefix(sent.tokens[m.i], m.entry.phrase)[1])
        for k in range(head.j, min(head.j + OBJECT_REACH, len(sent.tokens))):
            if k > head.j and _broken(sent, k):
                return False
            if k in c["inst"] or k in ments:
                return True
        return False

    def _offices(self, sent: Sent, inst: set[int]) -> set[int]:
        """Institutions that are offices ("وزير الدفاع في بلجيكا" is Belgium's minister): no
        people's noun, and a run of institution words that does not open with a word that
        only qualifies another ("الضربات الجوية في سوريا": air strikes in Syria, where "الجوية"
        follows a noun that is no institution)."""
        out = set()
        for k in inst - _cue_tokens(sent, "personnel"):
            j = k
            while j - 1 in inst:
                j -= 1
            if not self._modifiers.intersection(sent.tokens[j].keys):
                out.add(k)
        return out

    def _cue_sets(self, sent: Sent) -> dict[str, set[int]]:
        nobody = _cue_tokens(sent, "actor:nobody")
        people = _cue_tokens(sent, "personnel")
        inst = _cue_tokens(sent, "actor:institution") | people
        if nobody & inst:  # "le conseil" is the Security Council's, "le conseil de gouvernement" a state's own
            nobody = _not_inside_institutions(sent)
        if self.latin:  # "la DGST marocaine", "the Iraqi CTS": an agency by its acronym (not "ISIS")
            caps = [k for k, t in enumerate(sent.tokens) if 2 <= len(t.text) <= 6 and t.text.isupper()]  # most have none
            inst |= {k for k in caps if _agency(sent, k)} - nobody
        acts = _cue_tokens(sent, "actor:act")
        fillers = _cue_tokens(sent, "actor:filler")
        regions = _cue_tokens(sent, "actor:region")
        determiners = {k for k, t in enumerate(sent.tokens) if t.key in self.determiners}
        governors = _cue_tokens(sent, "actor:governor")
        recipients = _cue_tokens(sent, "actor:recipient")
        return {
            "inst": inst, "people": people, "acts": acts, "nobody": nobody, "deny": _cue_tokens(sent, "deny"),
            "particle": self._words(sent, "particle"),
            "time": self._words(sent, "time"),
            "pronoun": _cue_tokens(sent, "actor:pronoun"),
            "allowed": fillers | inst | self._act_nouns(sent, acts, fillers | determiners) | nobody | governors
            | determiners | _cue_tokens(sent, "mission:military"),
            "walk": regions | determiners | (inst - recipients),
            "place_nouns": _cue_tokens(sent, "actor:place"),
            "agent": {m.j - 1 for m in sent.cues.get("actor:agent", [])},
            "especially": {m.j - 1 for m in sent.cues.get("actor:especially", [])},
            "especially_at": {m.i for m in sent.cues.get("actor:especially", [])},
            "each_of": {m.j - 1 for m in sent.cues.get("actor:each_of", [])},
            "governor": {m.j - 1 for m in sent.cues.get("actor:governor", [])},
            "coordinator": {m.i for m in sent.cues.get("coordinator", [])},
            "relative": {m.j - 1 for m in sent.cues.get("actor:relative", [])} | self._elided_relatives(sent),
            "peer": {m.j - 1 for cat in ("coop:governor", "coop:strong") for m in sent.cues.get(cat, [])},
            "owner": {m.j - 1 for m in sent.cues.get("actor:owner", [])},
            "inst_owner": self._words(sent, "institution_owner"),
            # "وزير الدفاع في بلجيكا" is Belgium's minister; "مدرب في العراق" a trainer posted there
            "office": self._offices(sent, inst) if not self.latin else set(),
            "blocked": {m.j - 1 for cat in ("coop:location", "actor:recipient", "actor:recipient_verb") for m in sent.cues.get(cat, [])},
            "recipient_verb": {m.j - 1 for m in sent.cues.get("actor:recipient_verb", [])},
            "aid": recipients,
            "possessor": _cue_tokens(sent, "actor:possessor"),
            "clause_start": {m.j for m in sent.cues.get("actor:clause_start", [])},  # the clause after "while"
        }


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
