"""Subjects that a clause names otherwise than in its subject position: the parties after
an agreement's noun and "between", a topic kept from a fronted place, subjects after an
aside, the antecedent a relative or pronoun refers to, the supporters of a step a clause
names, the speaker of a quotation; and a clause whose subject is nobody's. A mixin of
``actors.ActorFinder``."""

from __future__ import annotations

from collections.abc import Collection

from ..vocab import Match
from . import words
from .clauses import (
    _NUMBER,
    OFFICE_NAME,
    _broken,
    _cue_tokens,
    _walk_back,
    _walk_on,
)
from .numbers import _model
from .sentence import ENTITY_KINDS, PARTNER_KINDS, POSSESSIVE_ENDS, Sent, _gap, arabic_conj, more_cues

MODEL_AFTER = 3  # words from a partner's institution to its aircraft's model ("Air Force F/A-18 Hornets": "F", "A-18")
BETWEEN_REACH = 8  # words from an agreement's noun to the "between" its parties follow
OFFICE_BEFORE_PARTY = 4  # words of a party's office between "between" and its name
MET_IN_REACH = 2  # words from a body's name to "meeting", and from "meeting" to the capital ("réuni jeudi à Rabat")
MET_IN_FAR = 16  # words from "s'est tenu" to "à Abidjan", its hours and its hall between
# the statuses that make a "whose" clause tell its antecedent's part's end or plan, not an act ("…, whose own F-16
# detachment will return home"); one going on is its act ("…, whose soldiers provide force protection for …")
WHOSE_NO_ACT = ("status:ended", "status:planned", "status:future", "status:left", "status:until")
OWN_LAW_HOME_AT = 6  # words from a clause's start to its own body of government ("Selon l'exposé des motifs, le Gouvernement")
NAME_TO_PLACE = 3  # words from a name to "in", "en" before the partner where it is ("… du PNUD en Irak")
OWNED_TO_PLACE = 5  # words from a partner's possessive or adjective to that "in" ("Norway's support to mine action in Iraq")


APPOSED_WORDS = 14  # words of an apposition after a subject, up to the ", and" of the next ("Germany, a co-lead of …, and")
SERVICE_BEFORE = 4  # words from a word of service to the "in" before the forces served in ("a thirty-year career in")
APPOSITION_WORDS = 4  # words of a short apposition between an antecedent and its relative (", a former student, who")
OPENING_PHRASE = 8  # words from an opening phrase's noun to its comma ("Par le Forum de l'UE sur l'internet,")


class Subjects:
    """Subjects named off the subject position (mixed into ``ActorFinder``)."""

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
        offices = self._party_offices(sent)
        for g in pairs:
            k = g[0].i
            while k > cs and k not in ends and g[0].i - k < OFFICE_BEFORE_PARTY \
                    and (sent.tokens[k - 1].key in self.determiners or k - 1 in offices):
                k -= 1
            if k in ends or g[0].i in ends:
                return tuple(g)
        return ()

    def _place_acts(self, sent: Sent, members: list[Match], cs: int, c: dict[str, set[int]]) -> bool:
        """A partner the clause names as a place that is its actor all the same: a place
        fronted before its own body of government ("En Tunisie, le parlement a adopté …"),
        its people serving in a mission ("a rendu visite aux militaires lettons qui servent
        au sein de …"), the capital its body of government meets in ("Le Conseil de
        gouvernement, réuni jeudi à Rabat, a adopté …")."""
        return self._fronted_place(sent, members, cs) or self._serving(sent, members[0], c) or self._met_in(sent, members, cs) \
            or self._served_in(sent, members[0], c)

    def _served_in(self, sent: Sent, head: Match, c: dict[str, set[int]]) -> bool:
        """A partner's armed forces named as where someone served or made a career ("after a thirty-year career in
        the Royal Jordanian Air Force, during which he took part in …", "بعد مسيرة حافلة في سلاح الجو الملكي الأردني
        …، شارك خلالها في …", "une carrière de trente ans dans l'armée de l'air jordanienne"): the one who served is
        that partner's, and so is the clause — as a first person's "I'm with the Czech Army" (``_self_named``)."""
        toks = sent.tokens
        k = _walk_back(head.i, c["walk"])
        if not k or toks[k - 1].key not in words.AT_PLACE or not any(
                k <= m.i < max(head.j, _walk_on(head.j, c["inst"]))
                for m in (*sent.cues.get("loe:military", []), *sent.cues.get("mission:military", []))):
            return False
        return any(toks[x].key in words.SERVICE_WORDS for x in range(max(0, k - 1 - SERVICE_BEFORE), k - 1))

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
        return home is not None and self._unowned(sent, home)

    @staticmethod
    def _unowned(sent: Sent, home: Match) -> bool:
        """A state's own body of government with no owner of its own after it (no partner's name or adjective, not
        "by" an agent): whose it is, the clause's place tells (``_fronted_place``, ``_fronted_home``)."""
        toks = sent.tokens
        return not any(home.j <= e.i <= home.j + 1 and e.entry.kind in PARTNER_KINDS + ("adjective",) for e in sent.ents) \
            and not (home.j < len(toks) and toks[home.j].key in words.AFTER_AGENT)

    def _fronted_home(self, sent: Sent, groups: list[list[Match]], cs: int, ce: int,
                      c: dict[str, set[int]]) -> tuple[tuple[Match, ...], int] | None:
        """The partner named as a place at the sentence's start where, after a comma and
        "and", a state's own body of government with no owner of its own is a subject ("In
        Saudi Arabia the same thing happened last year, and the police froze …", "في السعودية
        صارت نفس القصة، وأمن الدولة أعلن تجميد …"): that body is the place's, as in
        ``_fronted_place``, and acts from there; the words before are the carried actor's."""
        if cs or not groups or groups[0][0].i > 1 or len({m.entry.id for m in groups[0]}) != 1:
            return None
        head, toks = groups[0][0], sent.tokens
        if head.i and not words.AT_PLACE & set(toks[0].keys) or head.entry.kind not in PARTNER_KINDS \
                or self._role(sent, head, c) != "place":
            return None
        more_cues(sent, self.lex, "home")
        for home in sent.cues.get("actor:home", []):
            k = home.i - 1 if home.i and toks[home.i - 1].key in words.AND else home.i
            if not groups[0][-1].j < k < ce or any(g[0].i < home.j for g in groups[1:]) \
                    or _gap(sent.text, toks[k - 1], toks[k], sent.start).strip() not in (",", "،") \
                    or not self.latin and k == home.i and not arabic_conj(toks[k]):
                continue
            return (tuple(groups[0]), k) if self._unowned(sent, home) else None
        return None

    def _own_law_home(self, sent: Sent, groups: list[list[Match]], cs: int, ce: int,
                      c: dict[str, set[int]]) -> tuple[tuple[Match, ...], int] | None:
        """A state's own body of government with no owner opens the clause, and a partner's adjective qualifies a word
        of law later in it ("Selon l'exposé des motifs, le Gouvernement entend mettre le droit belge en conformité avec
        …", "the Government intends to bring Belgian law into line with …", "تعتزم الحكومة مواءمة التشريعات الأردنية
        مع …"): the body is that partner's, which acts in the clause. None where a partner is named otherwise there."""
        more_cues(sent, self.lex, "home")
        toks = sent.tokens
        home = next((h for h in sent.cues.get("actor:home", []) if cs <= h.i < ce and h.i - cs <= OWN_LAW_HOME_AT), None)
        if home is None or not self._unowned(sent, home):
            return None
        named = [m for g in groups for m in g if cs <= m.i < ce and self._role(sent, m, c) not in ("place", "peer")]
        if len(named) != 1 or named[0].entry.kind != "adjective" or named[0].i < home.j:
            return None
        adj = named[0]
        # the law's word right before the adjective (French, Arabic) or right after it (English)
        law = (adj.i > 0 and toks[adj.i - 1].key in words.OWN_LAW_NOUNS) or (adj.j < len(toks) and toks[adj.j].key in words.OWN_LAW_NOUNS)
        return ((adj,), home.i) if law else None

    def _met_in(self, sent: Sent, members: list[Match], cs: int) -> bool:
        """A state's body of government meeting in a capital is that capital's state's, which
        acts: "The Cabinet, meeting in Amman on Sunday, approved …", "Le Conseil de
        gouvernement, réuni jeudi à Rabat, a adopté …", "Réuni jeudi à Rabat, le Conseil de
        gouvernement …", "وافق مجلس الوزراء في جلسته المنعقدة في عمّان على …"."""
        head = members[0]
        if head.entry.kind != "capital" or len(members) != 1:
            return False
        more_cues(sent, self.lex, "home")
        homes = sent.cues.get("actor:home", [])
        met = next((m for m in sent.cues.get("actor:met_in", []) if m.j <= head.i <= m.j + MET_IN_REACH), None)
        if met is not None:
            return any(h.j <= met.i <= h.j + MET_IN_REACH or head.j <= h.i <= head.j + 1 for h in homes)
        # "Un Conseil des ministres s'est tenu de 10 h à 13 h 30, au Palais de la Présidence à Abidjan": the
        # meeting's hours and hall between, the capital after "à", no other partner nor a semicolon, the body
        # right before the verb
        if not head.i or sent.tokens[head.i - 1].key not in words.AT_PLACE | words.DESTINATIONS:
            return False
        far = next((m for m in sent.cues.get("actor:met_in", []) if m.j < head.i <= m.j + MET_IN_FAR
                    and ";" not in sent.text[m.end - sent.start : head.start - sent.start]
                    and not any(m.j <= e.i < head.i for e in sent.ents if e.entry.kind in ENTITY_KINDS + PARTNER_KINDS)),
                   None)
        return far is not None and any(h.j <= far.i <= h.j + MET_IN_REACH for h in homes)

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
                if self._and_next_subject(sent, k, heads):
                    out[k] = ante
                    break
        return out

    def _and_next_subject(self, sent: Sent, k: int, heads: set[int]) -> bool:
        """Word ``k`` is ", and" before a partner (its determiner between): where an aside after a
        subject ends and the next subject of the same verb begins."""
        toks = sent.tokens
        return toks[k].key in words.AND and _gap(sent.text, toks[k - 1], toks[k], sent.start).strip() in (",", "،") \
            and (k + 1 in heads or k + 2 in heads and toks[k + 1].key in self.determiners)

    def _apposed_subjects(self, sent: Sent, groups: list[list[Match]], starts: list[int]) -> dict[int, tuple[Match, ...]]:
        """A partner opening its clause, an apposition set off by commas after it, then ", and" another
        partner: both are the subjects of the verb after them ("Germany, a co-lead of the Stabilisation
        Working Group, and the Republic of Iraq jointly host …", "L'Allemagne, coprésidente du groupe, et
        l'Irak organisent …"). By the "and"'s token, as ``_subjects_after_aside`` gives them; in English
        and French, where "and" is a word of its own."""
        if not self.latin:
            return {}
        toks, out = sent.tokens, {}
        heads = {m.i for g in groups for m in g if m.entry.kind in PARTNER_KINDS}
        for g in groups:
            first, last = g[0], g[-1]
            cs = max((x for x in starts if x <= first.i), default=0)
            if first.entry.kind not in PARTNER_KINDS or cs != first.i and not (first.i == cs + 1 and toks[cs].key in self.determiners) \
                    or last.j >= len(toks) or _gap(sent.text, toks[last.j - 1], toks[last.j], sent.start).strip() != "," \
                    or toks[last.j].key not in words.APPOSITION_OPENERS and self.lex.lang != "fr":
                continue
            ce = next((x for x in starts if x > first.i), len(toks))
            for k in range(last.j + 2, min(ce - 1, last.j + APPOSED_WORDS)):
                if self._and_next_subject(sent, k, heads):
                    out[k] = tuple(g)
                    break
                if "," in _gap(sent.text, toks[k - 1], toks[k], sent.start) and toks[k].key not in words.AND:
                    break  # a list of places or things, not the aside's end
        return out

    def _antecedents(self, sent: Sent, groups: list[list[Match]], c: dict[str, set[int]] | None = None,
                     resumed: Collection[int] = ()) -> dict[int, tuple[Match, ...]]:
        """Partners a comma and a subject's relative pronoun follow ("Or consider Kenya, which
        hosts …", "avec le Tchad, qui a déployé …"), by the relative's token: the relative
        clause is theirs, wherever they stand in the clause before. ``resumed``: the relatives
        whose own subject follows their antecedent's pronoun (``_resumed``), none of theirs."""
        whose = self._whose_acts(sent, groups, c) if c is not None else set()
        rel = _cue_tokens(sent, "actor:subject_relative") | whose
        if not rel and not self._words(sent, "acting_participle"):
            return {}
        out = {}
        toks = sent.tokens
        for g in groups:
            last = g[-1]
            gap = sent.text[last.end - sent.start : toks[last.j].start - sent.start].strip() if last.j < len(toks) else ""
            # Arabic needs no comma ("الدنمارك التي تقود …"), but the verb of an object's relative
            # carries its pronoun ("الدنمارك التي زارها الوزير": the minister visited it)
            # ... or past a noun of a country in apposition ("l'ambassadeur d'Italie, pays qui commande …",
            # "Italy, a country which commands …", "إيطاليا، البلد الذي يقود …")
            at = last.j
            while at < len(toks) and at not in rel and at - last.j < 3 and (
                    toks[at].key in self._country_nouns or toks[at].key in self.determiners):
                at += 1
            if at != last.j and not any(toks[k].key in self._country_nouns for k in range(last.j, at)):
                at = last.j
            if self.latin and at not in rel and gap == ",":
                at = self._past_apposition(sent, at, rel)  # "… of the New Zealand Defence Force, a former student, who …"
            if any(c.j <= g[0].i <= c.j + 1 for c in sent.cues.get("actor:supporter", [])):
                # "بدعم من الاتحاد الأوروبي، الذي موّل …", "with the help of the Organization's directorate, which trained …":
                # a supporter, a peer only
                continue
            if at < len(toks) and words.holds(words.PERSON_RELATIVES, toks[at]) and c is not None \
                    and self._role(sent, g[0], c) == "place":
                out[at] = ()  # "its mission of engineers in Iraq, who had trained Iraqi sappers …": the people's clause
                continue
            if last.entry.kind in PARTNER_KINDS and at in rel and not self._place_of_a_name(sent, g) \
                    and (gap == "," or not self.latin and gap in ("", "،") and at + 1 < len(toks)
                         and not words.OBJECT_SUFFIX.search(toks[at + 1].text) and at not in resumed) \
                    and not (len(g) == 1 and self._plural_verb(sent, at + 1)) \
                    and not (len(g) > 1 and self.latin and at + 1 < len(toks) and toks[at + 1].text.lower() in words.SINGULAR_VERBS):
                # (a list whose relative's verb is singular: "the Counter ISIS Finance Group with Italy and Saudi Arabia,
                # which has designated …" tells of the group)
                out[at] = tuple(m for m in g if m.entry.kind in PARTNER_KINDS)
            elif c is not None and (r := self._forces_relative(sent, g, rel, c)) is not None and (len(g) == 1 or any(
                    x.i >= r for cat, xs in sent.cues.items() if cat.startswith("loe:") for x in xs)):
                # (two partners' people together, where their relative tells a line: not "a mixed team of Dutch and
                # Norwegian staff officers, who play together every Sunday")
                out[r] = tuple(g)
        return out

    @staticmethod
    def _past_apposition(sent: Sent, at: int, rel: set[int]) -> int:
        """The relative after a short apposition set off by commas, an article and a few words in lower case ("…, a former
        student, who served …", "…, un ancien élève, qui …"): the relative's word, or ``at`` where there is none."""
        toks = sent.tokens
        if at >= len(toks) or not (toks[at].key in words.INDEFINITE or toks[at].key in words.DETERMINERS):
            return at
        for k in range(at + 1, min(len(toks), at + 1 + APPOSITION_WORDS)):
            if "," in _gap(sent.text, toks[k - 1], toks[k], sent.start):
                return k if k in rel else at
            if not toks[k].text[:1].islower() or any(e.i == k for e in sent.ents):
                return at
        return at

    def _whose_acts(self, sent: Sent, groups: list[list[Match]], c: dict[str, set[int]]) -> set[int]:
        """An English "whose" after a comma, whose clause tells a line of effort and no status, where no partner before
        it is the sentence's actor ("My last posting took me twice to Jordan with the Dutch F-16 detachment, whose jets
        flew strike missions against ISIS"): its antecedent's act, as a subject's relative is. Not a partner's peers'
        ("The Netherlands acts in close coordination with the United States, France and the United Kingdom, whose
        aircraft already operate over Syria"), nor "…, whose own F-16 detachment will return home", a part's end."""
        if self.lex.lang != "en" or "whose" not in sent.text:
            return set()
        toks, out = sent.tokens, set()
        actors = [g[0].i for g in groups if self._role(sent, g[0], c) in ("", "agent")]
        breaks = sorted({c.i for c in sent.cues.get("clause_break", [])} | {len(toks)})
        for k, t in enumerate(toks):
            if t.key not in words.WHOSE or k == 0 or _gap(sent.text, toks[k - 1], t, sent.start).strip() != ",":
                continue
            end = next(b for b in breaks if b > k)
            told = [cat for cat, ms in sent.cues.items() if ms and any(k < m.i < end for m in ms)]
            antecedent = next((g for g in reversed(groups) if g[-1].j <= k), None)  # (its unit's noun between: "the Dutch F-16 detachment")
            if antecedent is not None and not any(a < antecedent[0].i for a in actors) \
                    and any(cat.startswith("loe:") for cat in told) and not any(cat in WHOSE_NO_ACT for cat in told):
                out.add(k)
        return out

    def _resumed(self, sent: Sent, rel: int) -> Match | None:
        """An Arabic relative whose verb is followed by a preposition with a pronoun of its antecedent,
        then its own subject named ("النرويج، التي تتشاور معها كوبنهاغن بشأن البعثة": Norway, whom
        Copenhagen consults about the mission): the antecedent is no subject of it. That subject, or None; its
        institution's words may come first ("طائرة إف-16 التي شارك بها سلاح الجو الملكي الأردني في الضربات": the
        Royal Jordanian Air Force took part with it)."""
        toks = sent.tokens
        k = rel + 2
        if k + 1 >= len(toks) or not words.RESUMPTIVE.search(toks[k].text):
            return None
        inst = {x for m in sent.cues.get("actor:institution", []) for x in range(m.i, m.j)}
        return next((e for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "capital", "adjective")
                     and k + 1 <= e.i <= k + 1 + OFFICE_NAME and all(x in inst for x in range(k + 1, e.i))), None)

    def _place_of_a_name(self, sent: Sent, g: list[Match]) -> bool:
        """A partner named as where a named thing is ("au Mécanisme de financement pour la stabilisation
        du PNUD en Irak, qui finance …", "the Facility of UNDP in Iraq, which funds …"): the relative
        after it tells of the thing, not of the place; so after a unit ("the Czech Republic's training
        team in Iraq, which has trained …", "le détachement tchèque en Irak, qui …")."""
        p = g[0].i - 1
        return p >= 0 and sent.tokens[p].key in words.AT_PLACE and (any(
            e.entry.kind in ("mission", "initiative", "strategy", "body") and 0 <= p - e.j <= NAME_TO_PLACE for e in sent.ents)
            or any(sent.tokens[k].key in self._units for k in range(max(0, p - NAME_TO_PLACE), p))
            or self._owned_before(sent, g, p))

    def _owned_before(self, sent: Sent, g: list[Match], p: int) -> bool:
        """Another partner's thing, by its possessive or adjective, right before the place's "in" ("as part of Norway's
        support to mine action in Iraq, which has cleared …", "the Dutch demining programme in Iraq, which …"): the
        relative after the place tells of that thing; so after another partner's own body by its name ("le mandat de la
        Bundeswehr en Irak, qui compte jusqu'à 500 soldats": Germany's). In Arabic by its adjective or body only
        ("السفارة البريطانية في عمّان، التي تمول الدورة": the embassy funds it, not Jordan): a possessive there is the
        noun's own ending."""
        toks = sent.tokens
        places = {m.entry.id for m in g}
        return any(e.entry.id not in places and 0 < p - e.j + 1 <= OWNED_TO_PLACE
                   and (e.entry.kind in ("adjective", "capital") or self.latin and e.entry.kind in PARTNER_KINDS
                        and toks[e.j - 1].text.endswith(POSSESSIVE_ENDS))
                   and not any(_broken(sent, k) for k in range(e.j, p + 1)) for e in sent.ents)

    def _forces_relative(self, sent: Sent, g: list[Match], rel: set[int], c: dict[str, set[int]]) -> int | None:
        """A partner's forces or office named by its adjective, then a relative whose subject
        they are ("les forces irakiennes qui poursuivent …", "the Iraqi forces, which pursue
        …", "القوات العراقية التي تلاحق …"): from that relative, the clause is theirs, whoever
        the clause before is about (their noun stays the clause before's: "France trains the Iraqi
        soldiers who …" is France's training). Not an object's relative ("the Iraqi pilots, whom
        the team trained", "… which the team trained": an article after it)."""
        # (a partner's name before the people's noun is as its adjective: "the Australian and New Zealand trainers who …")
        attributive = g[-1].j < len(sent.tokens) and g[-1].j in c["inst"]
        if not g or any(x.entry.kind != "adjective" and not (attributive and x.entry.kind in PARTNER_KINDS) for x in g):
            return None
        if self._one_national(sent, g[-1]):
            return None  # "an Afghan national who raised funds …": one person's relative, no act of the state's
        if any(b.i - a.j > 1 for a, b in zip(g, g[1:], strict=False)):
            return None  # (two partners' adjectives on one noun are theirs together: "aux aviateurs français et jordaniens qui …")
        m, toks = g[-1], sent.tokens
        end = m.j
        # another people's adjective joined to it ("les soldats irakiens et kurdes qui …", "the Iraqi and Kurdish soldiers
        # who …", "القوات العراقية والكردية التي …"): theirs together, the partner's among them
        other = end + 2 if end + 1 < len(toks) and toks[end].key in words.AND else \
            end + 1 if not self.latin and end < len(toks) and arabic_conj(toks[end]) else end
        if other > end and not any(e.i == other - 1 for e in sent.ents) and (other in rel or other in c["inst"]):
            end = other
        if self.latin and end + 2 < len(toks) and _model(sent, end) and end + 2 in c["inst"]:
            end += 2  # its aircraft's model before its unit ("the Danish F-16 detachment that flew …")
        end = _walk_on(end, c["inst"])  # "the Iraqi security forces, which …"
        if self.latin and end < len(toks) and toks[end].key in words.OF:
            # … of the same partner's force or seat after them: "deux instructeurs allemands de la Bundeswehr, qui …"
            k = end + 1
            while k < len(toks) and toks[k].key in self.determiners:
                k += 1
            own = next((e for e in sent.ents if e.i == k and e.entry.id == m.entry.id), None)
            if own is not None:
                end = _walk_on(own.j, c["inst"])
        # (in French the model between the unit and its adjective: "le détachement F-16 danois qui …")
        modelled = self.latin and g[0].i >= 3 and _model(sent, g[0].i - 2) and g[0].i - 3 in c["inst"]
        if end == m.j and g[0].i - 1 not in c["inst"] and not modelled:
            return None  # an adjective on no institution nor people ("the Iraqi cities, which …")
        # its aircraft's model, and their name, before a participle ("Royal Australian Air Force F/A-18 Hornets striking …")
        model = next((x for x in range(end, min(len(toks), end + MODEL_AFTER)) if _model(sent, x)), None) if self.latin else None
        if model is not None and all(toks[x].is_upper() for x in range(end, model)):
            after = model + 2
            if after + 1 < len(toks) and toks[after].is_capitalised() and after + 1 in self._words(sent, "acting_participle"):
                after += 1
            if after < len(toks) and after in self._words(sent, "acting_participle"):
                return after
        start = end
        if self.latin and end + 1 < len(toks) and toks[end].key in words.OFFICE_NAME_LINKS and toks[end + 1].is_capitalised():
            # the office's name after its noun ("the Iraqi Directorate of Mine Action, which accredits …", "the Finnish
            # Institute for Health and Welfare, which advises …"): its
            # own, and the relative's clause from there
            while end + 1 < len(toks) and (toks[end + 1].is_capitalised() or toks[end + 1].key in self.lex.connectors) \
                    and not any(e.i <= end + 1 < e.j for e in sent.ents):
                end += 1
            end += 1
        if end >= len(toks):
            return None
        gap = _gap(sent.text, toks[end - 1], toks[end], sent.start).strip()
        if self.latin and not gap and end in self._words(sent, "acting_participle"):
            return end  # "… support Iraqi forces conducting operations against Daesh": a reduced relative
        if self.latin and not gap and toks[end].key in words.TRAINING_PARTICIPLES and end + 1 < len(toks) \
                and toks[end + 1].key not in words.PREPOSITIONS and toks[end + 1].key not in words.AND:
            # "he leads the British Army engineers training Kurdish Peshmerga units …": trainers, their object after them
            # (not "Iraqi forces training with Coalition instructors", who are trained)
            return end
        if self.latin and gap == "," and end not in rel:
            end = self._past_apposition(sent, end, rel)  # "… of the New Zealand Defence Force, a former student, who …"
        if end not in rel or end + 1 >= len(toks):
            return None
        if self.latin:
            nxt = toks[end + 1]
            # "that" with no comma, right before its verb ("He commanded the French artillery unit that supported …"); not
            # before another subject ("the Iraqi forces that we trained", "… that Denmark trains")
            subject_after = nxt.is_capitalised() or _NUMBER.match(nxt.key) or end + 1 in c["pronoun"] or any(
                m.i == end + 1 for m in sent.cues.get("actor:first_person", []))
            if gap != "," and toks[end].key not in self._strict_subject_relatives and subject_after:
                return None
            if nxt.key in words.DETERMINERS or any(e.i == end + 1 for e in sent.ents):
                return None  # "… which the Czech team trained": the relative is its verb's object
        elif gap not in ("", "،") or words.OBJECT_SUFFIX.search(toks[end + 1].text):
            return None
        return start if end > start and end in rel else end

    def _supporters(self, sent: Sent, groups: list[list[Match]], quotes: list[tuple[int, int]], cs: int, ce: int,
                    c: dict[str, set[int]]) -> tuple[tuple[Match, ...], bool]:
        """The partners whose support a clause that names no actor tells ("Demining in Sinjar
        continued with support from Norway and the Netherlands"): they act in it, rather than
        the partners carried from the sentence before, which it does not mention. Not where
        the clause refers back to those ("Its programme …", "With support from Norway, it …"), which
        the second value says (``sentence``: they act still where none is carried: "Its terminal …,
        destroyed during the fighting, was rebuilt with funding from the United Arab Emirates"); in
        Arabic, whose verb-first clause may have the carried partner as its unsaid subject, only where
        none is carried (``sentence``: "أعيد تأهيل المدرسة بدعم من حكومة اليابان")."""
        found = sent.cues.get("actor:supporter")
        if not found:
            return (), False
        ends = {m.j for m in found}
        for g in groups:
            if cs <= g[0].i < ce and _walk_back(g[0].i, c["walk"]) in ends and not any(a <= g[0].start < b for a, b in quotes):
                more_cues(sent, self.lex, "possessives")
                # (not a thing's own possessive after "and": "la mosquée al-Nouri et son minaret", the mosque's)
                partners = {e.j for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective", "capital")}
                back = c["pronoun"] | {k for k in _cue_tokens(sent, "actor:possessive")
                                       if not (k >= 2 and sent.tokens[k - 1].key in words.AND and k - 1 not in partners)}
                # (a partner's adjective only on its institution: "avec le soutien du gouvernement hongrois")
                backers = tuple(m for m in g if m.entry.kind != "adjective" or m.i - 1 in c["inst"] or m.j in c["inst"])
                # "In 2019, with support from the US, it repatriated …": the carried partner's, where one is
                return backers, any(k in back for k in range(cs, ce))
        return (), False

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

    def _of_partner(self, sent: Sent, k: int, c: dict[str, set[int]]) -> bool:
        """The group word at ``k`` is followed by "of" and a partner or its adjective ("300 members
        of the CAF", "membres des FAC", "120 members of the Hungarian Defence Forces")."""
        toks = sent.tokens
        j = k
        while j < len(toks) and j in c["nobody"]:
            j += 1
        if j >= len(toks) or toks[j].key not in words.OF:
            return False
        j += 1
        while j < len(toks) and toks[j].key in self.determiners:
            j += 1
        return any(e.i == j and e.entry.kind in (*PARTNER_KINDS, "adjective") for e in sent.ents)

    @staticmethod
    def _comma_after(sent: Sent, k: int, ce: int) -> bool:
        """A comma closes the phrase of word ``k`` within a few words, before the clause's end ``ce``."""
        toks = sent.tokens
        return any("," in _gap(sent.text, toks[x - 1], toks[x], sent.start) for x in range(k + 1, min(ce, k + OPENING_PHRASE)))

    def _nobody(self, sent: Sent, cs: int, ce: int, c: dict[str, set[int]]) -> bool:
        """The clause's subject is nobody's: its first words (after fillers; in Arabic after
        the verb) hold a subject that is no partner."""
        for k in range(cs, min(ce, cs + 5)):
            if k in c["body"] and (k == cs or k == cs + 1 and (not self.latin or sent.tokens[cs].key in self.determiners)):
                return True  # "The Security Council adopted …", "وأكد التحالف …"; not "Avec l'appui du PNUD, elle …"
            if k in c["nobody"]:
                if self.latin and k > cs and cs in _cue_tokens(sent, "coop:location") and self._comma_after(sent, k, ce):
                    # a preposition's object, its phrase closed by a comma: "Par le Forum de l'UE sur l'internet,
                    # l'Union travaille …", "Through the forum, the Union works …": the subject after it
                    return False
                # after a subject pronoun the word is its verb: "It (also) co-chairs the … Working Group"
                # "Environ 300 membres des FAC étaient déployés": a partner's own people, not nobody's
                return not any(x in c["pronoun"] for x in range(cs, k)) and not self._of_partner(sent, k, c)
            if _NUMBER.match(sent.tokens[k].key):
                continue
            if k in c["allowed"] and k not in c["inst"] or (not self.latin and k == cs):
                continue
            if self.latin and k == cs and sent.tokens[k].is_capitalised():
                continue
            break
        return False
