"""Where a partner's mention stands in its sentence, read for the actor finder: a place, a
recipient, a passive's agent, a praised or governed partner, or a plain mention that may be
its clause's subject (``Roles._role``, ``Roles._subject_position``). A mixin of
``actors.ActorFinder``, which holds the language's words these readings use."""

from __future__ import annotations

import re

from ..langs import ar_prefix
from ..vocab import Match
from . import words
from .clauses import (
    _HARD_BREAK,
    _NUMBER,
    ACTOR_KINDS,
    AGENT_LIST_REACH,
    OBJECT_REACH,
    OFFICE_NAME,
    OFFICIAL_NAME,
    PRAISE_REACH_AR,
    REPORTED_AFTER,
    Clause,
    _broken,
    _cue_tokens,
    _inside,
    _walk_back,
    _walk_on,
    bodies,
    received_from,
    topic_label,
)
from .mentions import named_as_observer
from .numbers import _YEAR, _model
from .sentence import ENTITY_KINDS, PARTNER_KINDS, POSSESSIVE_ENDS, Sent, _gap, _one_clause, arabic_conj, cues_at, more_cues
from .takers import _past_daesh

LISTED_TOPIC = 4  # words of what a head of contributors contributes to, unnamed ("to the air campaign")
LISTED_RELATIVE = 12  # words of a relative after such a head, up to its verb ("which are currently conducting strikes in Iraq")
TRAINED_AFTER = 4  # words from a partner's mention to a passive of training ("Iraqi Security Forces personnel were trained")
UNIT_WORDS = 2  # words saying what a partner's unit does, between its possessive and the unit ("helicopter training team")
THANKED_AFTER = 5  # words from an Arabic verb of thanks to the partner thanked, its subject between ("تشكر البطريركية …")
OFFICE_NAME_AR = 6  # words of an Arabic office's name after its noun, before "في" and its state ("الهيئة العامة للشؤون …")
SERVED_IN = 4  # words from "serving in" to the mission served in ("au sein de la mission", "in the NATO mission")
OFFICE_OWNER_AFTER = 8  # words from an office's noun to its partner ("دائرة شؤون الألغام في وزارة البيئة العراقية")
OFFICE_OWNER_BEFORE = 2  # ... or from its partner before it ("the Iraqi Directorate of Mine Action")
DEPLOYED_ACT = 8  # words from a noun of deploying to the people it deploys ("le déploiement d'un bataillon … de 650 militaires")
GIFT_BACK = 6  # words from a relative pronoun back to the sum or act it follows ("contribution de deux millions d'euros que …")
_VENUE_DATE = re.compile(r"\s*[,،]\s*[0-9٠-٩]")  # ", 16 January", "، 14 فبراير": the date after a venue
DATE_OPENS = 6  # words of a line's opening where an event's dates stand ("Du 10 au 30 avril", "Saturday 5 May")
TOWN_WORDS = 6  # capitalised words of a town or a base before its country ("in Kuala Lumpur, Malaysia", "Ahmed Al Jaber Air Base, Kuwait.")
ASIDE_BEFORE_AGENT = 5  # words of an aside between "and" and an agent's preposition ("and, since this spring, by")
RANKED_OBJECT = 1  # words of an object between an Arabic verb and its ranked subject, times aside
TOPIC_WORDS = 3  # words of an Arabic topic before the verb that carries its pronoun ("حملة «كلمة» يقدمها …")
SHOW_WORDS = 3  # capitalised words between a capital and its show's noun ("Amman International Film Festival")
TAG_WORDS = 4  # words before a tag in a list between brackets, from its bracket ("(RNLAF, Jordan)")
OWNED_WORDS = 6  # words of what belongs to an office before "التابعة" ("فرق إزالة الألغام التابعة للمديرية …")


def _inquired(sent: Sent, start: int, end: int) -> bool:
    """Whether a "how" between ``start`` and ``end`` follows a verb of inquiry, or a "how" that does ("The thesis
    examines how Jordan …", "… and how Emirati F-16s flew …"): what it asks is a topic, no act. After no such verb, "how"
    names its subject ("Next week: how Austria funds demining"); after a verb of telling it opens a clause of its own
    (``clause_starts``)."""
    hows = sent.cues.get("actor:how", [])
    asked = sent.cues.get("actor:inquiring", [])
    first = next((m.i for m in hows if any(0 <= m.i - r.j <= REPORTED_AFTER for r in asked)), None)
    return first is not None and any(first <= m.i and start <= m.i < end for m in hows)


class Roles:
    """The readings of a mention's place in its clause (mixed into ``ActorFinder``)."""

    # --- where a mention stands -----------------------------------------------------

    def _trained(self, sent: Sent, head: Match) -> bool:
        """A passive of training follows the partner's words in their clause, no other name
        between: its forces are the ones trained ("Iraqi Security Forces personnel were
        trained", "des militaires irakiens ont été formés")."""
        passives = sent.cues.get("actor:trained_passive", [])
        bare = cues_at(sent, self.lex, "trained_bare", range(head.j, head.j + TRAINED_AFTER + 1))
        return any(head.j <= m.i <= head.j + TRAINED_AFTER and _one_clause(sent, head.j, m.i, set())
                   and not any(e.i >= head.j and e.j <= m.i for e in sent.ents)
                   and (m in passives or self._no_object(sent, m.j)) for m in (*passives, *bare))

    def _no_object(self, sent: Sent, k: int) -> bool:
        """No one follows a bare participle in its clause: no partner, no people ("… trained since
        May 2015", not "… trained since 2016 more than 5,000 Iraqi soldiers")."""
        toks = sent.tokens
        end = next((x for x in range(k, len(toks)) if _broken(sent, x) or "\n" in _gap(sent.text, toks[x - 1], toks[x], sent.start)),
                   len(toks))
        people = _cue_tokens(sent, "personnel") | _cue_tokens(sent, "actor:institution")
        return not any(k <= e.i < end for e in sent.ents) and not any(k <= x < end for x in people)

    def _role(self, sent: Sent, head: Match, c: dict[str, set[int]]) -> str:
        """'agent', 'governed', 'place', 'peer' or '' (a plain mention) for a list's first mention."""
        toks = sent.tokens
        before = sent.text[max(0, toks[head.i - 1].end - sent.start) if head.i else 0 : head.start - sent.start]
        if head.i and "(" in before and ")" not in before:
            return "place"  # "Operation IMPACT (Iraq)"
        if head.i and before.strip() == "," and self._tagged(sent, head):
            return "place"  # "… deployment dates (RNLAF, Jordan)": a tag in a list between brackets
        if head.entry.kind == "capital" and self._show_named(sent, head):
            return "place"  # "مهرجان عمّان السينمائي الدولي", "Amman International Film Festival": a show's name
        if head.i <= 2 and ":" not in sent.text[:head.start - sent.start] and topic_label(sent):
            # "Iraq: Council extends EU Advisory Mission until 2026", "الكويت والعراق: وقّع الصندوق الكويتي …": what it is about
            return "place"
        if before.endswith("#"):
            return "place"  # "#NATO #Iraq #Lithuania": a post's hashtags, what it is about
        if named_as_observer(sent, head):
            return "place"  # "بمشاركة قوات من البحرين وقطر بصفة مراقب", "as observers": attending, no act
        if head.entry.kind == "adjective" and self._one_national(sent, head):
            return "place"  # "an Afghan national who raised funds for ISIS-K": one person's nationality, no act of the state's
        if head.i and toks[head.i - 1].key in words.OWN_POSSESSIVES and head.j < len(toks) \
                and toks[head.j].key in words.PLACE_WORK_NOUNS:
            return "place"  # "Our Iraq programme trains …" (a company's): where its own work is, no actor
        if any(c.i <= head.i < c.j for c in sent.cues.get("table:met", ())):
            return "place"  # a diary's "Meeting with" cell ("Ambassador of the Republic of Iraq"): whom its row's actor met, no actor
        line = sent.text[:head.start - sent.start]
        if words.TAG_LINE.match(line[line.rfind("\n") + 1:]):
            return "place"  # "Category: Norway; Iraq; Stabilisation", "LOCATION: Paris, France": a label's topics or place
        if self.latin and before.strip() == "," and words.ENUMERATION_GOES_ON.match(sent.text[head.end - sent.start:]) \
                and (prev := next((e for e in sent.ents if e.j == head.i), None)) is not None \
                and prev.entry.kind in ACTOR_KINDS and self._role(sent, prev, c) == "place" \
                and not self._after_fronted_place(sent, [prev], head):
            # "remain deployed across Iraq, Syria and the wider region": a list of places (not "At the
            # meeting in Paris, Italy said …")
            return "place"
        if self.latin and before.strip() in (",", "),") and self._mission_then_where(sent, head, before.strip() == "),"):
            # "Senior Advisor, NATO Mission Iraq, Baghdad (…)", "… en Irak (EUAM Iraq), Bagdad": where the mission's post is
            return "place"
        if self.latin and before.strip() == "," and self._town_before(sent, head):
            return "place"  # "in Erbil, Iraq, under Operation IMPACT": the country of a town named as a place
        if before.strip() in (",", "،") and self._event_then_where(sent, head):
            return "place"  # "Coalition political directors, Kuwait, 16 January": a meeting's venue, then its date
        if self.latin and before.strip() == "," and self._office_then_where(sent, head, c):
            return "place"  # "Former military attaché, London": a signature's office, then where
        if before.strip() in (",", "،") and self._dated_venue(sent, head):
            return "place"  # "Du 10 au 30 avril, galerie de l'Institut, Bagdad": an event's dates, its venue, then where
        if not self.latin:
            prep = ar_prefix(toks[head.i], head.entry.phrase)[1]
            # after an office, "ل" is "of": "الأمين العام لجامعة الدول العربية" (its secretary-general); after
            # thanks, "to": "شكرا لألمانيا على …" thanks Germany, praised for its act
            if prep and not (prep in ("ل", "لل") and (head.i - 1 in c["office"] or head.i - 1 in c["governor"])):
                return "place"  # "بالعراق", "لسوريا"
        k = _walk_back(head.i, c["walk"], sent)  # over determiners, regions and the institution it belongs to
        if self._received_from(sent, head, k, c):
            return "agent"  # "We received 3,200 referrals … from the United Kingdom's Counter Terrorism Internet Referral Unit"
        if k < head.i and self._after_agent(sent, head.i - 1, c) and head.i - 1 in c["inst"]:
            # an agent's cue that is an institution's noun too ("عملية العزم الصلب بقيادة الولايات المتحدة", "… بقيادة
            # أمريكية"): the agent, not that institution's owner
            return "agent"
        if head.entry.kind == "adjective":  # and over a count before it: "training more than 45,000 Iraqi soldiers"
            def count(x: int) -> bool:
                return x >= 0 and (bool(_NUMBER.match(toks[x].key)) or x in self._number_words(sent, c))

            j = k
            while j > 0 and (count(j - 1) or j - 1 in c["allowed"] and count(j - 2)):
                j -= 1
            if j < k and j > 0 and any(m.j == j and not self._approximate(sent, m.i, j)
                                       for cat in ("actor:recipient", "actor:recipient_verb") for m in sent.cues.get(cat, [])):
                # a recipient's word before the count ("training"), not a place's ("En 2019 150 …"),
                # nor "about" of a count ("About 200 Danes serve …")
                return "place"
        if head.i - 1 in c["place_nouns"] and not _broken(sent, head.i):
            return "place"  # "Lake Chad", "بحيرة تشاد"
        if self._trained(sent, head):
            return "place"  # "44,000 Iraqi Security Forces personnel were trained": they receive, they do not act
        p = k - 1  # the word before the phrase
        if p < 0 or p in c["each_of"] or any(s.j == k or s.j == p and sent.tokens[p].key in words.DETERMINERS
                                             for s in sent.cues.get("actor:clause_start", [])):
            # "… كل من المملكة المتحدة وفرنسا": "each of" leads the subject, "من" no place; "As for
            # Norway, it …", "Quant à la Norvège, elle …": the topic a clause opens with; "…, bien que
            # des officiers autrichiens aient servi …": an article after the clause's opening, no "of"
            return ""
        if self._count_of(sent, p, c):
            return ""  # "Une soixantaine de soldats lettons", "Dozens of Latvian soldiers": a count, no place
        if self._after_agent(sent, p, c):
            return "agent"  # "dispensées par des instructeurs autrichiens": "des" an article there
        if self.latin and (q := self._coordinated_before(sent, p, c)) is not None \
                and (prev := next((e for e in sent.ents if e.j == q), None)) is not None \
                and any(g.j <= prev.i and toks[g.j - 1].key == toks[p].key for g in sent.cues.get("actor:agent", [])) \
                and self._role(sent, prev, c) == "agent":
            # "financé par la Suisse et par l'Allemagne", "funded by the EU and, since this spring, by the Netherlands":
            # the agent's preposition again after "and"
            return "agent"
        if head.entry.kind == "adjective" and any(x in c["people"] for x in range(max(0, head.i - 2), self._listed_end(sent, head) + 2)) \
                and (self._by_people(sent, p) or sent.tokens[p].key in words.AFTER_AGENT and self._by_people(sent, p - 1)):
            # "Training of Iraqi police by Italian carabinieri …", "… par les carabiniers italiens": its troops (an
            # article after "par": "formés par des conseillers militaires français et italiens")
            # (not "evidence held by Iraqi authorities")
            return "agent"
        if p in c["especially"] and any(g in c["agent"] for g in range(max(0, p - AGENT_LIST_REACH), p)) \
                and not any(g in c["peer"] and not _inside(sent, "actor:agent", g) for g in range(max(0, p - AGENT_LIST_REACH), p)):
            # "co-sponsored by more than 100 states, including Albania", "… par plus de 100 États, dont
            # l'Albanie", "with the participation of 20 states, including Nigeria" (whose "with" is no peer's)
            return "agent"
        if p in c["governor"] and self._thanker(sent, head, c):
            return ""  # "تشكر قيادة قوات حرس الحدود الأردنية الجيش الأمريكي على …": the thanks' subject, then whom it thanks
        if p in c["governor"] or self._own_peers_praised(sent, p, c) or self._thanked_after_subject(sent, head, k, c):
            return "governed"
        joined = (any(x in c["coordinator"] for x in range(p, head.i))
                  or not self.latin and ar_prefix(toks[head.i], head.entry.phrase)[0] == "و")
        end = p if self.latin else k
        if joined and any(g in c["governor"] and not _HARD_BREAK.search(sent.text[toks[g].end - sent.start:head.start - sent.start])
                          for g in range(max(0, end - 15), end)):
            return "governed"  # "thanked Iraq for hosting and Morocco for leading ...": the second one praised
        if p in c["peer"]:
            return "peer"
        if p in c["especially"] and any(g in c["peer"] for g in range(max(0, p - 10), p)):
            return "peer"  # "coordination with the partners, especially the United States", "… ولا سيما الولايات المتحدة"
        if (p in c["owner"] and (p - 1) in c["acts"] or not self.latin and p in c["acts"]
                or head.entry.kind == "adjective" and p in c["acts"]) \
                and not any(m.i < p <= m.j for m in sent.cues.get("actor:recipient", [])) \
                and not (not self.latin and toks[k].key in words.COMPASS):  # "a salué la contribution française"
            # (not an act the recipient's phrase holds: "en soutien des forces irakiennes" is in support of them;
            # nor one in a part of it: "في عملية شمالي سوريا" is an operation in northern Syria, no act of Syria's)
            # "welcomed the commitment of Denmark", "رحب العراق بقرار الدنمارك": the owner of a
            # praised act is the actor of what follows
            a = _walk_back(p - 1 if p in c["owner"] else p, c["walk"])
            # an Arabic verb comes first, its subject and an adverb between ("وتشيد الوزارة بشكل خاص بدور …")
            reach = range(max(0, a - (3 if self.latin else PRAISE_REACH_AR)), a)
            if any(g in c["governor"] for g in reach):
                return "governed"
            if reach and (_cue_tokens(sent, "actor:nobody") - _cue_tokens(sent, "actor:first_person")).intersection(reach):
                # "The study also examined the role of Jordan's unit in freezing …", "تناولت الدراسة دور الأردن
                # في …": a study or a report that tells of a partner's act, as a praise does
                return "governed"
            return ""
        r = k - 1 if k - 1 in c["relative"] else k - 2 if not self.latin and k - 2 in c["relative"] else None
        if (head.entry.kind != "adjective" or k < head.i) and r is not None and self._gift_before(sent, r, c):
            # the subject of a relative clause whose antecedent is a gift or an act, right after its pronoun
            # (in Arabic after its verb), or its institution with the partner's adjective: "la contribution de
            # deux millions d'euros que la Belgique a versée au …", "the EUR 2 million that Belgium paid to
            # …", "المبلغ الذي قدمته بلجيكا لصندوق …", "بالجهود التي تبذلها الحكومة العراقية لإعادة النازحين"; not "the
            # project … that Jordan launched", which another partner supports. It acts there, and the
            # subject before it again after the next verb joined ("…، وتؤكد دعمها …"), as a praised partner does
            return "governed"
        # "praised the role that Canada plays", "le rôle que joue le Canada", "بالدور الذي تؤديه كندا",
        # "الدور الذي تقوم به إيطاليا" (its verb and "به" between)
        for r in (p, p - 1) if self.latin else (p, p - 1, p - 2):
            # an Arabic noun of support or training is an act there, its verb's subject right after
            # the verb ("ثمن الدعم الذي تقدمه ألمانيا"; not "… الذي تقدمه لتدريب القوات العراقية")
            aid = not self.latin and r == p - 1 and head.entry.kind != "adjective" and (r - 1) in c["aid"]
            if r > 0 and r in c["relative"] and ((r - 1) in c["acts"] or aid):
                a = _walk_back(r - 1, c["walk"])
                if any(g in c["governor"] for g in range(max(0, a - 3), a + (0 if self.latin else 1))):
                    return "governed"
        # (in Arabic "من" after a person's name is "of" only before the partner's institution: "النقيب سعد من الجيش
        # العراقي"; "عاد النقيب سعد من العراق" came back from it)
        if p in c["owner"] and ((p - 1) in c["inst"] or (self.latin or k < head.i) and self._named_official(sent, p, c)
                                or self._aircraft_before(sent, p)) \
                or p in c["inst_owner"] and (p - 1) in c["office"]:
            if self._after_agent(sent, _walk_back(p - 1, c["walk"], sent) - 1, c):  # the word before "delegations from"
                return "agent"  # "attended by delegations from Niger", "en présence des délégations du Niger"
            return ""  # "troops from Chad", "the government of Canada", "General Giovanni Iannucci of Italy", "وزير الدفاع في بلجيكا"
        if p in c["blocked"] and not (self.latin and toks[p].key in words.PARTITIVES and (p == 0 or _broken(sent, p))) \
                and not (self.latin and _broken(sent, k) and any(m.j == p + 1 for m in sent.cues.get("actor:recipient", []))):
            # (not a recipient's word a comma sets apart: "Chief of Training, Swedish training unit")
            # ("Des militaires belges participent …": "des" opening its clause is an article, not "from the")
            if p in c["recipient_verb"] and self._object_after(sent, head, c):
                return ""  # "دربت الدنمارك القوات العراقية": verb, subject, object
            # "… إن لدى", "…، بينما لدى": from the complement's or the clause's opening
            opens = max((k for k in (*(m.j for m in sent.cues.get("actor:complement", [])), *c["clause_start"]) if k <= p),
                        default=0)
            if p in c["possessor"] and all(x in c["allowed"] for x in range(opens, p)):
                return ""  # "لدى إيطاليا 300 جندي …" (Italy has 300 soldiers …): its subject, not a place
            return "place"
        return ""

    def _coordinated_before(self, sent: Sent, p: int, c: dict[str, set[int]]) -> int | None:
        """The coordinator right before word ``p``, or before an aside set off by commas between them ("and, since this
        spring, by …"): where the phrase before it ends; None where there is none."""
        if p > 1 and (p - 1) in c["coordinator"]:
            return p - 1
        toks = sent.tokens
        k = next((x for x in range(p - 1, max(0, p - 1 - ASIDE_BEFORE_AGENT), -1) if x in c["coordinator"]), None)
        if k is None or any(k < e.j and e.i < p for e in sent.ents) \
                or "," not in _gap(sent.text, toks[k], toks[k + 1], sent.start) or "," not in _gap(sent.text, toks[p - 1], toks[p], sent.start):
            return None
        return k

    def _received_from(self, sent: Sent, head: Match, k: int, c: dict[str, set[int]]) -> bool:
        """A partner's own body after "from", in a clause whose verb is one of receiving ("We received 3,200 referrals of
        terrorist content from the United Kingdom's Counter Terrorism Internet Referral Unit and 1,150 from France's
        Pharos platform", "تلقينا … من وحدة مكافحة الإرهاب البريطانية"): the giver, whose act is what was given; not a
        bare name ("received 500 families from Iraq": where they came from)."""
        toks = sent.tokens
        if k < 1 or toks[k - 1].key not in words.FROM_GIVER:
            return False
        possessive = toks[head.j - 1].text.endswith(POSSESSIVE_ENDS) and head.j < len(toks) and toks[head.j].is_capitalised()
        return (k < head.i or head.j in c["inst"] or possessive) and received_from(sent, k) == k - 1

    def _town_before(self, sent: Sent, head: Match) -> bool:
        """The partner follows a town named as a place and a comma, and its own comma or the
        sentence's end closes it: "in Erbil, Iraq, under …", "at Taji, Iraq." — the town's
        country, no actor; or a line names a place and its country alone, as a video's
        caption or a programme's item does ("Muwaffaq Salti Air Base, Jordan."). Not "At the
        meeting in Paris, Italy said …", whose verb follows."""
        toks, k = sent.tokens, head.i - 1
        town = 0
        while k >= 0 and town < TOWN_WORDS and toks[k].text[:1].isupper() and not any(e.i <= k < e.j for e in sent.ents):
            if k < head.i - 1 and sent.text[toks[k].end - sent.start:toks[k + 1].start - sent.start].strip():
                return False  # the town's words stand together
            k, town = k - 1, town + 1
        after = sent.text[head.end - sent.start:].lstrip()
        if k < 0 and town:  # a line that only says where: "Muwaffaq Salti Air Base, Jordan."
            return not after.strip(" .")
        if not town or not any(m.j - 1 == k for m in sent.cues.get("coop:location", [])):
            return False
        if after and words.ENUMERATION_GOES_ON.match(after) and after[0] not in ",":
            # "deployed to East Timor, Afghanistan and twice to Iraq": a list of places goes on, to another place
            # or with no verb after it (not "At Taji, Australia and New Zealand trained …")
            nxt = next((e for e in sent.ents if e.i >= head.j), None)
            at = {m.j for m in sent.cues.get("coop:location", [])}
            verbs = _cue_tokens(sent, "actor:verb") | _cue_tokens(sent, "actor:auxiliary")
            return nxt is not None and (nxt.i in at or nxt.i - 1 in at) or not any(v >= head.j for v in verbs)
        return not after or after[0] in ",.;:)"

    @staticmethod
    def _show_named(sent: Sent, head: Match) -> bool:
        """A capital that names a festival or a fair, its noun right before it ("مهرجان عمّان السينمائي", "le festival de
        Rabat") or after a few capitalised words ("Amman International Film Festival"): where the show is, no actor."""
        toks = sent.tokens
        k = head.i - 1
        if k >= 0 and toks[k].key in words.OF and k > 0:
            k -= 1  # "le festival de Rabat"
        if k >= 0 and toks[k].key in words.SHOW_NOUNS:
            return True
        after = head.j
        while after < len(toks) and after - head.j < SHOW_WORDS and toks[after].text[:1].isupper() \
                and toks[after].key not in words.SHOW_NOUNS:
            after += 1
        return after < len(toks) and toks[after].key in words.SHOW_NOUNS and toks[after].text[:1].isupper()

    @staticmethod
    def _tagged(sent: Sent, head: Match) -> bool:
        """A partner after a comma in a short list that a bracket opens on its line and closes
        right after it: a title's tags ("… deployment dates (RNLAF, Jordan)"), the place as
        where the first is, not a clause ("(the Netherlands, Belgium and …)" a bracket holds)."""
        line = sent.text.rfind("\n", 0, head.start - sent.start) + 1
        opened = sent.text.rfind("(", line, head.start - sent.start)
        inside = sent.text[opened + 1 : head.start - sent.start]
        return opened >= 0 and ")" not in inside and sent.text[head.end - sent.start :].lstrip().startswith(")") \
            and sum(1 for t in sent.tokens if opened + sent.start < t.start < head.start) <= TAG_WORDS

    @staticmethod
    def _mission_then_where(sent: Sent, head: Match, bracketed: bool = False) -> bool:
        """A mission's name, a comma, then the partner or its capital closing the phrase (the line's
        end, a bracket, a full stop): where the mission or its post is ("NATO Mission Iraq, Baghdad
        (Swedish contribution …)", a CV's line); not a clause's subject after a fronted mission
        ("Within NATO Mission Iraq, Denmark leads …")."""
        mission = next((e for e in sent.ents if e.j == head.i and e.entry.kind == "mission"), None)
        if mission is None or bracketed and not any(e.j == mission.i and e.entry.id == mission.entry.id for e in sent.ents):
            return False  # (in brackets, the acronym of the mission named right before them; not "France (Operation
            # Chammal), Australia (Operation Okra)", a list)
        after = sent.text[head.end - sent.start:].split("\n", 1)[0].strip()
        return not after or after[0] in ".(;"

    def _event_then_where(self, sent: Sent, head: Match) -> bool:
        """A meeting or a mission named, a comma, the partner, then a comma and a date or the
        line's end: where it was held, as a title, a subject line or a programme says
        ("Coalition political directors, Kuwait, 16 January", "الاجتماع الوزاري للتحالف
        الدولي، الكويت، 14 فبراير"). Not "At the ministerial meeting, Kuwait pledged …",
        whose verb follows."""
        # past "against Daesh" ending the Coalition's name in the meeting's ("… للتحالف الدولي ضد داعش، الكويت")
        if not any(e.entry.kind in ("initiative", "mission", "body") and head.i in (e.j, _past_daesh(sent, e.j)) for e in sent.ents):
            return False
        line = sent.text[head.end - sent.start:].split("\n", 1)[0]
        return bool(_VENUE_DATE.match(line)) or not line.strip(" .")

    def _office_then_where(self, sent: Sent, head: Match, c: dict[str, set[int]]) -> bool:
        """A line of a few words with no verb, a person's office or name, then a comma and the
        partner or its capital ending the line: where the signatory writes from, as a letter's
        or an op-ed's signature says ("Former military attaché, London", "Rui Almeida, Lisbon").
        Not a body's line ("Department of National Defence, Ottawa"): the state's own body
        speaks for it there."""
        before = self._verbless_line_before(sent, head)
        if not before or head.entry.kind == "adjective" or len(before) > TOWN_WORDS:
            return False
        first = next((k for k in before if sent.tokens[k].key not in self.determiners), before[0])
        return first not in c["inst"] and first not in c["body"]

    def _dated_venue(self, sent: Sent, head: Match) -> bool:
        """A line with no verb that opens with an event's dates and ends with the partner after a comma ("Du 10 au 30
        avril, galerie de l'Institut, Bagdad", "10–30 April, the Institute's gallery, Baghdad"): where the event is."""
        toks, before = sent.tokens, self._verbless_line_before(sent, head)
        return bool(before) and any(toks[k].key in self.lex.months for k in before[:DATE_OPENS]) \
            and any(toks[k].key[:1].isdigit() for k in before[:DATE_OPENS])

    @staticmethod
    def _verbless_line_before(sent: Sent, head: Match) -> list[int] | None:
        """The words of the line before the partner that ends it, where that line has no verb and names nothing before
        it (a signature's, a venue's line); None where the line goes on after the partner."""
        toks, text = sent.tokens, sent.text
        if text[head.end - sent.start:].split("\n", 1)[0].strip(" ."):
            return None  # the line goes on after the partner
        line = text.rfind("\n", 0, head.start - sent.start) + 1 + sent.start
        before = [k for k in range(head.i) if toks[k].start >= line]
        verbs = _cue_tokens(sent, "actor:verb") | _cue_tokens(sent, "actor:governor") | _cue_tokens(sent, "actor:reporting")
        if not before or any(e.i < head.i and e.j > before[0] for e in sent.ents) or any(k in verbs for k in before):
            return None
        return before

    def _likewise(self, sent: Sent, head: Match, cs: int) -> bool:
        """The mention follows "as did", "tout comme", "شأنها شأن" (its determiners between)."""
        k = head.i
        while k > cs and sent.tokens[k - 1].key in self.determiners and head.i - k < 2:
            k -= 1
        # (the phrase may end with the article itself: "suivis du Japon")
        ends = [x for x in range(k, head.i + 1) if x > cs and self._likewise_ends.intersection(sent.tokens[x - 1].keys)]
        if not ends:
            return False
        more_cues(sent, self.lex, "likewise")
        return any(m.j in ends for m in sent.cues.get("actor:likewise", ()))

    @staticmethod
    def _listed_end(sent: Sent, head: Match) -> int:
        """The end of the partners' adjectives listed from ``head`` ("American and Australian", "أمريكيين وأستراليين"):
        the people they qualify come after the last."""
        toks, end = sent.tokens, head.j
        while True:
            nxt = next((e for e in sent.ents if e.entry.kind == "adjective" and (
                e.i == end + 1 and toks[end].key in words.AND or e.i == end and arabic_conj(toks[e.i]))), None)
            if nxt is None:
                return end
            end = nxt.j

    def _by_people(self, sent: Sent, p: int) -> bool:
        """Word ``p`` ends "by", "par", "على يد" (matched only where a partner's people follow)."""
        more_cues(sent, self.lex, "by_people")
        return any(m.j - 1 == p for m in sent.cues.get("actor:by_people", ()))

    def _approximate(self, sent: Sent, i: int, j: int) -> bool:
        """Tokens i..j are a word of a count's approximation ("about", "around", "نحو")."""
        return any(m.j == j and m.entry.id == "approximate" for m in self.lex.numbers.matches_at(sent.tokens, i))

    def role_of(self, sent: Sent, m: Match) -> str:
        """The mention's place in its clause, read alone (``_role``): "place", "peer",
        "agent", "governed", or "" (a mention that may be its clause's subject)."""
        c = self._cue_sets(sent)
        c["body"] = bodies(sent, self.vocab)
        return self._role(sent, m, c)

    def is_place(self, sent: Sent, m: Match) -> bool:
        """The mention names a place, not an actor ("en Irak", "to Iraq", "في العراق")."""
        return self.role_of(sent, m) == "place"

    def _count_of(self, sent: Sent, k: int, c: dict[str, set[int]]) -> bool:
        """Word ``k`` is the "of" after a count ("une soixantaine de", "dozens of", "نحو 300 من
        الجنود الإسبان", "عدة مئات من")."""
        if k <= 0 or sent.tokens[k].key not in words.COUNT_OF:
            return False
        if (k - 1) in self._number_words(sent, c):
            return True
        # a count in digits, before any partner (not "تدرب القوات الإسبانية نحو 300 من الجنود العراقيين": the trained)
        before = sent.tokens[k - 1].key
        return bool(_NUMBER.match(before)) and not _YEAR.match(before) and bool(sent.cues.get("personnel")) \
            and not any(e.j < k and e.entry.kind in ACTOR_KINDS for e in sent.ents)

    @staticmethod
    def _after_agent(sent: Sent, k: int, c: dict[str, set[int]]) -> bool:
        """Word ``k`` ends a passive's agent cue, or is the article right after one ("par des")."""
        return k >= 0 and (k in c["agent"] or k > 0 and (k - 1) in c["agent"] and sent.tokens[k].key in words.AFTER_AGENT)

    def _office_named_before(self, sent: Sent, head: Match, verb: int, c: dict[str, set[int]]) -> set[int]:
        """The words of an Arabic office's name between its noun and the "في" of its state right before the partner
        ("الهيئة العامة للشؤون الإسلامية والأوقاف في دولة الإمارات"): its noun a few words before that "في", no name or
        break between; none where there is no such office."""
        formal = {x for f in sent.cues.get("actor:formal", []) for x in range(f.i, f.j)}
        o = head.i - 1
        while o > verb and o in formal:
            o -= 1  # "دولة", "جمهورية" before the state's name
        if o <= verb or o not in c["owner"] or not words.holds(words.AT_PLACE, sent.tokens[o]):
            return set()  # (its "في", not the "من" of what the partner gave: "حلق طياروها مع طائرات من المملكة المتحدة")
        j = min((x for x in range(o - 1, max(verb, o - 1 - OFFICE_NAME_AR), -1) if x in c["inst"]), default=None)
        if j is None or any(j < e.j and e.i < o for e in sent.ents) or any(_broken(sent, x) for x in range(j + 1, o + 1)):
            return set()
        return set(range(j, head.i))

    def _one_national(self, sent: Sent, head: Match) -> bool:
        """A partner's adjective on one person named by a noun of nationality: "an Afghan national", "a Belgian citizen"
        (the singular noun right after, an indefinite article before), "un ressortissant afghan", "مواطن أفغاني" (the noun
        right before)."""
        toks = sent.tokens
        if self.latin and head.j < len(toks) and toks[head.j].key in words.NATIONALITY_NOUNS:
            return head.i > 0 and toks[head.i - 1].key in words.INDEFINITE
        return head.i > 0 and toks[head.i - 1].key in words.NATIONALITY_NOUNS and (
            not self.latin or head.i > 1 and toks[head.i - 2].key in words.INDEFINITE)

    def _named_official(self, sent: Sent, p: int, c: dict[str, set[int]]) -> bool:
        """An official's title and name before "of" ("Lieutenant General Giovanni Maria
        Iannucci of Italy", "Foreign Minister Ayman Safadi of Jordan"): capitalised words
        after an institution or a person's rank ("Captain Saad al-Jubouri of the Iraqi Army", a name's particles lower-case)."""
        toks = sent.tokens
        if not self.latin:
            return self._arabic_rank(sent, p, c) is not None
        k = p - 1
        while k >= 0 and p - k <= OFFICIAL_NAME and k not in c["inst"] and toks[k].key not in words.PERSON_TITLES \
                and (toks[k].is_capitalised() or toks[k].key in words.NAME_PARTICLES):
            k -= 1
        return k < p - 1 and k >= 0 and (k in c["inst"] or toks[k].key in words.PERSON_TITLES)

    def _arabic_rank(self, sent: Sent, p: int, c: dict[str, set[int]]) -> int | None:
        """The word of a person's rank a few words before "من" at ``p``, the person's name between and no cue's word (no
        capitals end an Arabic name: "النقيب سعد الجبوري من الجيش العراقي"; a rank's second word, "الملازم أول خالد
        المطيري", a word of the name's span); None where there is none."""
        toks = sent.tokens
        k = next((x for x in range(p - 2, max(-1, p - 2 - OFFICIAL_NAME), -1) if words.holds(words.PERSON_TITLES, toks[x])), None)
        if k is None or any(x in c["inst"] or x in c["owner"] or _broken(sent, x + 1) for x in range(k, p - 1)) \
                or any(k < e.j and e.i < p for e in sent.ents):
            return None
        return k

    def _titled_name(self, sent: Sent, k: int, b: int) -> bool:
        """Word ``k`` is a person's rank, capitalised, or a word of the name a rank opens a few words before ("Captain Saad
        al-Jubouri"). Latin scripts only: an Arabic name has no capitals to end it."""
        toks = sent.tokens
        if not self.latin:
            return False
        if toks[k].key in words.PERSON_TITLES and toks[k].is_capitalised():
            return True
        named = toks[k].is_capitalised() or toks[k].key in words.NAME_PARTICLES
        return named and any(toks[j].key in words.PERSON_TITLES and toks[j].is_capitalised() for j in range(max(b, k - OFFICIAL_NAME), k))

    def _gift_before(self, sent: Sent, r: int, c: dict[str, set[int]]) -> bool:
        """A sum or a noun of an act ends the phrase before the relative pronoun at ``r``
        ("contribution de deux millions d'euros", "EUR 2 million", "مبلغ مليوني يورو"): a few
        words back, no comma between."""
        toks = sent.tokens
        for k in range(r - 1, max(-1, r - 1 - GIFT_BACK), -1):
            if k in c["acts"] or _NUMBER.match(toks[k].key) and not (k and _model(sent, k - 1)) or toks[k].key in self._amount_words:
                return True
            if _broken(sent, k + 1):
                return False
        return False

    def _defines_mission(self, sent: Sent, head: Match, start: int, c: dict[str, set[int]]) -> bool:
        """A mission at its clause's start defined as a partner's operation, after a colon or a
        copula ("Barkhane : opération française au Sahel …", a glossary's entry; "Barkhane
        est une opération française", "Barkhane is a French operation"): the adjective on the
        noun names who runs it. A predicate has no subject's place, so the clause would name no one."""
        if head.entry.kind != "adjective":
            return False
        noun = head.i - 1 if head.i - 1 in c["acts"] else head.j if head.j in c["acts"] else None
        if noun is None:
            return False
        first = min(noun, head.i)
        copula = {k for k in range(start, first) if not self._copulas.isdisjoint(sent.tokens[k].keys)}
        for e in sent.ents:
            if e.entry.kind != "mission" or not start <= e.i <= start + 2 or e.j > first:
                continue
            between = range(e.j, first)  # a copula's words, or nothing but a colon
            said = sent.text[sent.tokens[e.j - 1].end - sent.start:sent.tokens[first].start - sent.start]
            if all(k in copula for k in between) and (between or ":" in said):
                return True
        return False

    def _thanked_after_subject(self, sent: Sent, head: Match, k: int, c: dict[str, set[int]]) -> bool:
        """An Arabic verb of thanks, its subject (or "بالشكر … إلى") between it and the partner, then the reason after
        the partner's phrase ("تشكر البطريركية الوكالة الأمريكية للتنمية الدولية على تمويلها …", "تتقدم البطريركية بالشكر
        والامتنان إلى الحكومة المجرية على دعمها …", "… إلى فريق التدريب التابع للجيش الأمريكي، تقديراً لجهوده في تدريب
        …"): the partner thanked, praised for its act. A subject that names a partner ends right before it ("تشكر قيادة
        قوات حرس الحدود الأردنية الجيش الأمريكي على …"): the verb is counted from that subject's first word."""
        if self.latin or head.j >= len(sent.tokens):
            return False
        if (thanker := next((e for e in sent.ents if e.entry.kind in ACTOR_KINDS and e.j == k), None)) is not None:
            k = _walk_back(thanker.i, c["walk"], sent)
        g = next((g for g in range(k - 1, max(-1, k - THANKED_AFTER - 1), -1) if g in c["governor"]), None)
        if g is None or any(g < e.i < k for e in sent.ents if e.entry.kind in ENTITY_KINDS):
            return False
        return self._reason_after(sent, head, c)

    def _reason_after(self, sent: Sent, head: Match, c: dict[str, set[int]]) -> bool:
        """Whether the reason for thanks follows the partner's phrase in Arabic: its word ("على تمويلها"), or an act with
        "ل" on it ("لجهوده", for its efforts), after "تقديراً" (in appreciation) or not."""
        more_cues(sent, self.lex, "reasons")
        after = _walk_on(head.j, c["inst"])
        if after < len(sent.tokens) and words.holds(words.APPRECIATION, sent.tokens[after]):
            after += 1  # "…، تقديراً لجهوده في تدريب …"
        return any(r.i == after for r in sent.cues.get("actor:reason", [])) \
            or after in c["acts"] and ar_prefix(sent.tokens[after], sent.tokens[after].keys[-1])[1] == "ل"

    def _thanker(self, sent: Sent, head: Match, c: dict[str, set[int]]) -> bool:
        """An Arabic verb of thanks, then this partner's phrase, then another's and the reason ("تشكر قيادة قوات حرس
        الحدود الأردنية الجيش الأمريكي على تدريب …"): the verb's subject comes first, the partner thanked after it."""
        if self.latin:
            return False
        nxt = next((e for e in sent.ents if e.entry.kind in ACTOR_KINDS and e.i >= head.j), None)
        return nxt is not None and _walk_back(nxt.i, c["walk"], sent) == head.j and self._reason_after(sent, nxt, c)

    def _own_peers_praised(self, sent: Sent, p: int, c: dict[str, set[int]]) -> bool:
        """"We are grateful to our partners Sweden and Norway", "نشكر شركاءنا السويد والنرويج": the partners
        the praise names after "our partners" are praised, as right after the governor."""
        if not any(m.i == p for m in sent.cues.get("coop:peer_noun", [])):
            return False
        if self.latin:
            return p >= 2 and sent.tokens[p - 1].key in words.POSSESSIVES and p - 2 in c["governor"]
        return p - 1 in c["governor"]

    def _subject_position(self, sent: Sent, head: Match, start: int, c: dict[str, set[int]]) -> bool:
        """Nothing but fillers, institutions, numbers and names between the clause's (or
        the last comma's) start and the mention; in Arabic the verb may come first."""
        toks = sent.tokens
        b = start
        for k in range(start + 1, head.i + 1):
            if _broken(sent, k):
                b = k
        if self.latin and head.i > b and toks[head.i].text[:2].lower() in words.ELIDED_OF \
                and head.i - 1 not in c["inst"] and head.i - 1 not in c["acts"]:
            return False  # "Retour d'Irak": from Iraq, of Iraq, after a word that no partner's act or office is
        if _inquired(sent, b, head.i):
            return False  # "Chapter 4 examines how the Jordanian air force …, and how Emirati F-16s …": a topic
        if self._serving(sent, head, c):
            return True  # "… will meet the Estonian soldiers serving in NATO Mission Iraq": their own part
        if self._defines_mission(sent, head, start, c):
            return True  # "Barkhane : opération française au Sahel …", "Barkhane is a French operation"
        if head.i - 1 in c["each_of"]:
            return True  # "شاركت في العمليات الجوية كل من المملكة المتحدة وفرنسا …": the verb's subject, after it
        if b > start and b in c["especially_at"] and any(start <= k < b for k in c["nobody"]):
            return True  # "Several member states, including Kosovo and Albania, repatriated …": the subject's own
        named = {k for e in sent.ents if e.entry.kind in ENTITY_KINDS for k in range(e.i, e.j)}
        if any(m.j <= head.i and m.i <= b + 1 and all(k in c["allowed"] or k in named or toks[k].key in self._list_joins
                                                       for k in range(m.j, head.i))
               for m in sent.cues.get("actor:list_subject", [])):
            # "The largest contributors include Germany, …", "Parmi les principaux donateurs figurent …",
            # "ومن أبرز المساهمين في بعثة … إيطاليا وإسبانيا": what they contribute to may stand between
            return True
        if self._listed_after_verb(sent, head, b, c):
            return True  # "The largest contributors to Operation Inherent Resolve are the United States, …"
        cue = next((m for m in sent.cues.get("actor:especially", []) if m.j == head.i and m.i > b), None)
        if cue is not None and cue.i - 1 in c["nobody"] and all(
                k in c["allowed"] or k in c["nobody"] or k == b and toks[k].is_capitalised() for k in range(b, cue.i)):
            return True  # without the commas: "Smaller partners such as Belgium and Denmark flew …"
        if self.object_relative(sent, head, b, c) is not None:
            return True  # "… the demining teams that the Netherlands funds", "… que finance la Belgique", "… التي تموّلها هولندا"
        listed = c["owners_listed"]
        # the people or things "التابعة ل" an office in the partner ("تعمل فرق إزالة الألغام التابعة للمديرية العامة للدفاع
        # المدني في العراق"): the owner's, their noun's words before it (Arabic's verb-first clause)
        belongs = None if self.latin else next((t for t in range(b + 1, head.i) if words.BELONGING.intersection(toks[t].keys)), None)
        owned = range(max(b + 1, belongs - OWNED_WORDS), belongs + 1) if belongs is not None else range(0)
        verb = b  # after a time fronted ("In October 2014 the Netherlands …"); in Arabic where the verb of a
        if b in c["time"]:  # verb-first clause stands ("وفي عام 2024 أرسلت البحرين …", "ومنذ عام 2015 تشارك …")
            while verb < head.i and (verb in c["time"] or _NUMBER.match(toks[verb].key) or toks[verb].key in self.lex.months):
                verb += 1
        topic = self._topic_verb(sent, b, head.i) if not self.latin and verb == b else None
        if topic is not None:
            verb = topic  # "الفريق تموله ألمانيا …", "حملة «كلمة» يقدمها المركز …": a topic, then its verb and subject
        if self._ranked_subject(sent, head, verb, c) is not None:
            return True  # "زار مدرستنا الأسبوع الماضي النقيب سعد الجبوري من الجيش العراقي": a rank's person of its institution
        if head.i - (topic if topic is not None else b) - len(listed.intersection(range(b, head.i))) - len(owned) > 8:
            return False  # (not counting the people's other owners: "خبراء من البعثة ومن وحدة … الإيطالية")
        # a body named first in the subject's list, "and" then the partner ("برنامج الأمم المتحدة الإنمائي وحكومة جمهورية
        # ألمانيا …", "UNDP and the Government of Japan"): both the clause's subjects
        bodies_before = {k for e in sent.ents if e.entry.kind == "body" and e.j < head.i and all(
            toks[x].key in words.DETERMINERS for x in range(b, e.i)) and b <= e.i and (
            toks[e.j].key in words.AND or not self.latin and arabic_conj(toks[e.j])) for k in range(e.i, e.j)}
        named_office = self._office_named_before(sent, head, verb, c) if not self.latin else set()
        for k in range(b, head.i):
            if k < verb or k in owned or k in bodies_before:
                continue
            if self.latin and k > b and any(m.i == k for m in sent.cues.get("personnel:not", [])):
                return False  # "… and our military police trained officers of the Iraqi Federal Police": the trained
            if k in c["allowed"] or _NUMBER.match(toks[k].key) or k in self._number_words(sent, c) \
                    or k == head.i - 1 and (k in c["possessor"] or toks[k].text.lower() in words.SIDE_NOUNS):
                continue  # (… or its party's "side" before it: "La partie qatarienne a financé …")
            if k > b and self._count_of(sent, k, c):
                continue  # "Une soixantaine de soldats lettons …", "Dozens of Latvian soldiers …"
            if self.latin and (k + 1 in c["relative"] and toks[k].key in words.PREPOSITIONS
                               or k in c["relative"] and k - 1 >= b and toks[k - 1].key in words.PREPOSITIONS):
                continue  # "…, with which the Iraqi Air Force struck …", "…, avec lesquels l'armée irakienne a …"
            if self._aircraft_at(sent, k):
                continue  # "The F-16s of the Royal Moroccan Air Force took part …", "Les Rafale de l'armée de l'Air …": its things
            if k in c["owner"] and ((k - 1) in c["inst"] or (k - 1) in c["acts"] or self._aircraft_before(sent, k)) \
                    or k in c["inst_owner"] and (k - 1) in c["office"] or k in c["office"]:
                # "Troops from Nigeria, Chad ...", "The participation of Belgium in OIR ended", "وزير الدفاع في بلجيكا",
                # "مديرية مكافحة الإرهاب في وزارة الداخلية العراقية" (an office's name)
                continue
            if self.latin and toks[k].is_capitalised() and k == b:
                continue
            if self.latin and toks[k].is_capitalised() and any(
                    j in c["inst"] and all(toks[x].is_capitalised() for x in range(k, j + 1)) for j in range(k + 1, k + OFFICE_NAME + 1)):
                continue  # an office's name before its noun: "The Counter-Terrorism Directorate of the Iraqi Ministry …"
            if _model(sent, k):
                continue  # "Quatre F-16 et 110 militaires belges ont rejoint …", "شاركت طائرات إف-16 الهولندية …": a model
            if self._titled_name(sent, k, b):
                continue  # "Captain Saad al-Jubouri of the Iraqi Army told …": a rank, then a person's name
            if self.latin and (toks[k].is_capitalised() and any(j in c["inst"] for j in range(max(b, k - OFFICIAL_NAME), k))
                               or k in c["owner"] and self._named_official(sent, k, c)):
                continue  # an official's name and "of": "Lieutenant General Giovanni Maria Iannucci of Italy took …"
            if not self.latin and (k == verb or k == verb + 1 and verb in c["deny"] | c["particle"]):
                continue  # the verb of a verb-first clause, denied or not, or after "سوف" ("لم ترسل النمسا …")
            if k in named_office:
                continue  # "أصدرت الهيئة العامة للشؤون الإسلامية والأوقاف في دولة الإمارات …": an office's name, then "في" its state
            if k in listed:
                continue  # "خبراء من البعثة ومن وحدة …": people from a mission and from the partner's unit
            if not self.latin and b == start and k == verb + 1 and k + 1 < head.i and k + 1 in c["people"] \
                    and words.DEFINITE.match(toks[k].text) and not words.DEFINITE.match(toks[k + 1].text) \
                    and not any(e.i <= k < e.j for e in sent.ents):
                # its definite object before the subject's people, these without article: "يقدم الدورة خبراء من …"
                # (experts from … give the course); not "…، تقديم المشورة للقوات الأمنية العراقية" (to the forces)
                continue
            if not self.latin and b == start and k == verb + 1 and k + 1 < head.i and k not in c["inst"] | c["acts"] \
                    and (k + 1) in c["inst"] and _walk_back(head.i, c["inst"]) == k + 1 \
                    and words.DEFINITE.match(toks[k].text) and words.DEFINITE.match(toks[k + 1].text) \
                    and not any(e.i <= k < e.j for e in sent.ents):
                # a definite object, then the subject's own definite institution, which no adjective of the object's
                # can be: "ونظمت المسابقة السفارة الإيطالية …" (the Italian embassy organised the contest); not "دعمت
                # العمليات العسكرية العراقية" (an act's noun), nor "دربت القوات الخاصة العراقية" (an institution's)
                continue
            if not self.latin and b == start and k == verb + 1 and k + 1 == head.i and head.entry.kind in PARTNER_KINDS \
                    and words.DEFINITE.match(toks[k].text) and k not in c["inst"] and not any(e.i <= k < e.j for e in sent.ents) \
                    and not arabic_conj(toks[head.i]) and not _inside(sent, "actor:kingdom", k):
                # a definite object, then the partner's name: a noun with its article governs no name after it, so the
                # name is the verb's subject ("وترأست الاجتماع المملكة العربية السعودية وإيطاليا …"); not a subject the
                # partner is joined to ("أنشأت المملكة والولايات المتحدة …": the kingdom and it)
                continue
            if not self.latin and k == verb + 1 and toks[verb].key in words.PASSIVE_AUX:
                continue  # "تم تمديد مشاركة القوات الرومانية …": a passive's auxiliary and its verbal noun
            return False
        return True

    def _ranked_subject(self, sent: Sent, head: Match, verb: int, c: dict[str, set[int]]) -> int | None:
        """An Arabic verb-first clause's subject that is a person of rank "من" the partner's institution, a short object
        and a time between it and its verb ("زار مدرستنا الأسبوع الماضي النقيب سعد الجبوري من الجيش العراقي"): the rank's
        word; None otherwise (and where an office or a partner stands between, "استقبل الوزير النقيب …": its object)."""
        toks = sent.tokens
        k = _walk_back(head.i, c["walk"], sent)
        if self.latin or k >= head.i or k < 1 or k - 1 not in c["owner"]:
            return None
        rank = self._arabic_rank(sent, k - 1, c)
        if rank is None or rank <= verb:
            return None
        between = range(verb + 1, rank)
        if any(x in c["inst"] or x in c["office"] or x in c["people"] or _broken(sent, x + 1) for x in between) \
                or any(e.j > verb and e.i < rank for e in sent.ents) \
                or sum(1 for x in between if x not in c["time"] and x - 1 not in c["time"] and toks[x].key not in self.lex.months) \
                > RANKED_OBJECT:  # (a time's words: "الأسبوع الماضي", "يوم الأحد")
            return None
        return rank

    def _topic_verb(self, sent: Sent, b: int, head: int) -> int | None:
        """An Arabic clause that opens with its topic, then a verb of giving or funding that carries the topic's
        pronoun, then its subject ("الفريق تموله ألمانيا منذ عام 2018", "حملة «كلمة» يقدمها المركز …"): that verb's word,
        where the verb-first clause's verb stands; None where the clause opens otherwise."""
        toks = sent.tokens
        at = [k for k in range(b + 1, min(head, b + TOPIC_WORDS + 1)) if words.OBJECT_SUFFIX.search(toks[k].text)]
        return next((m.i for m in cues_at(sent, self.lex, "object_relatives", at) if m.entry.id == "actor:provider_verb"), None)

    def office_owners(self, sent: Sent) -> dict[str, str]:
        """The offices a sentence names with their partner, by their noun's key ("دائرة شؤون الألغام في
        وزارة البيئة العراقية", "the Iraqi Directorate of Mine Action"): "الدائرة", "the Directorate"
        opening a sentence after it is that partner's (``opening_office``)."""
        offices = self._words(sent, "named_office")
        if not offices:
            return {}
        c = self._cue_sets(sent)
        return {sent.tokens[k].key: owner.entry.id for k in sorted(offices) if (owner := self._office_owner(sent, k, c)) is not None}

    def opening_office(self, sent: Sent, clauses: list[Clause]) -> str | None:
        """The key of an office's noun that opens a sentence whose first clause names no one, no partner
        named with it ("عرضت الدائرة …", "The Directorate said …")."""
        if not clauses or clauses[0].named or clauses[0].nobody:
            return None
        k = next((k for k in sorted(self._words(sent, "named_office")) if self._opens(sent, k, 0)), None)
        return sent.tokens[k].key if k is not None and self._office_owner(sent, k, self._cue_sets(sent)) is None else None

    def coordinated_offices(self, sent: Sent, clauses: list[Clause]) -> list[tuple[int, str]]:
        """The offices and units that a clause joined by ", and" opens with their noun alone, no partner
        named with it nor as the subject after ("Hungarian and Czech troops have been hosted at the same
        bases, and the contingent has trained with Slovak engineers"): (the coordinator's word, the
        noun's key). In English and French, where "and" is a word of its own; Arabic writes it onto the
        next."""
        if not self.latin:
            return []
        toks, out = sent.tokens, []
        c: dict[str, set[int]] | None = None  # the sentence's cue sets, built once where a noun is found
        for k in sorted(self._words(sent, "named_office")):
            if k < 3 or toks[k - 1].key not in words.DETERMINERS or toks[k - 2].key not in words.AND \
                    or "," not in _gap(sent.text, toks[k - 3], toks[k - 2], sent.start):
                continue
            cl = next((cl for cl in reversed(clauses) if cl.start <= k), None)
            if cl is None or any(begin >= k - 2 for _g, begin in cl.named) or cl.nobody:
                continue
            c = c or self._cue_sets(sent)
            if self._office_owner(sent, k, c) is None:
                out.append((k - 2, toks[k].key))
        return out

    def _office_owner(self, sent: Sent, k: int, c: dict[str, set[int]]) -> Match | None:
        """The partner named with the office whose noun is at ``k``: its adjective or possessive just
        before it ("the Iraqi Directorate", "Iraq's Directorate"), in French its adjective right after
        it ("la direction irakienne", "le détachement néerlandais"), or in its phrase after it — in Arabic
        the noun without its article, then its name, "في" and the partner's institution ("دائرة شؤون
        الألغام في وزارة البيئة العراقية"; not "الوحدة … مع نظيرتيها في المملكة الأردنية": its peers),
        in English and French "of" the partner after the office's name."""
        toks = sent.tokens
        if not self.latin and words.DEFINITE.match(toks[k].text):
            return None
        for e in sent.ents:
            if e.entry.kind not in (*PARTNER_KINDS, "adjective") or any(_broken(sent, x) for x in range(min(k, e.i) + 1, max(k, e.i) + 1)):
                continue
            if k - OFFICE_OWNER_BEFORE <= e.i < k or e.i == k + 1 and e.entry.kind == "adjective" and self.lex.lang == "fr":
                return e  # "the Iraqi Directorate", "le détachement néerlandais"
            if not self.latin and k < e.i <= k + OFFICE_OWNER_AFTER and any(
                    x in c["inst_owner"] and x + 1 in c["inst"] for x in range(k + 1, e.i)) and not any(
                    m.i < e.i and m.j > k for cat, ms in sent.cues.items()
                    if cat.startswith("coop:") and cat != "coop:location" or cat == "actor:relative" for m in ms):
                return e
            if self.latin and k < e.i <= k + OFFICE_OWNER_AFTER and toks[e.i - 1].key in words.OF | words.DETERMINERS and all(
                    toks[x].is_capitalised() or toks[x].key in words.OF | words.DETERMINERS for x in range(k + 1, e.i)):
                return e  # "the Directorate of Mine Action of Iraq"
        return None

    def co_owner(self, sent: Sent, m: Match) -> bool:
        """A mission listed as one owner of people, a partner's unit another ("خبراء من البعثة ومن وحدة
        الاستخبارات المالية الإيطالية"): the mission's own people, no part of the partner's in it."""
        return not self.latin and m.i in self._cue_sets(sent)["owners_listed"]

    def _owners_listed(self, sent: Sent, c: dict[str, set[int]]) -> set[int]:
        """In Arabic, a name that owns people ("خبراء من البعثة") and the "ومن" after it that names their
        next owner ("… ومن وحدة الاستخبارات المالية الإيطالية"): the people's words, as their "من" is."""
        toks, out = sent.tokens, set()
        for e in sent.ents:
            if e.i >= 2 and e.i - 1 in c["owner"] and e.i - 2 in c["people"] and e.j < len(toks) \
                    and toks[e.j].text.startswith("و") and toks[e.j].text[1:] == toks[e.i - 1].text:
                out.update(range(e.i, e.j + 1))
        return out

    def object_relative(self, sent: Sent, head: Match, b: int, c: dict[str, set[int]]) -> int | None:
        """Where the relative pronoun stands whose clause the mention is the subject of, its
        antecedent the object of a verb of giving, funding or doing (None where it is not): right
        after the pronoun ("that", "que"; not "à laquelle", whose antecedent is no object) but for
        fillers, the verb after it ("the demining teams that the Netherlands funds"); in French the verb may come first ("les équipes que finance la
        Belgique"); in Arabic the verb comes first, ending with the pronoun that stands for the
        antecedent ("الفرق التي تموّلها هولندا", "الضربات التي نفذها سلاح الجو الملكي الأردني"; not "الفرق التي
        دربت القوات الأردنية", whose object follows), or with it on a preposition after the verb ("التي تبرعت بها سفارة
        جمهورية كوريا"); past the
        institution a partner's adjective is on ("that the Korean embassy donated"). ``b``: the start of the mention's
        clause."""
        toks = sent.tokens
        # in Arabic from the institution the adjective is on ("التي نفذها سلاح الجو الملكي الأردني")
        first = head.i if self.latin else _walk_back(head.i, c["inst"])
        r = next((k for k in range(first - 1, max(b, first - 4) - 1, -1) if k in c["relative"]), None)
        if r is None and not self.latin and first - 2 >= b and words.OBJECT_SUFFIX.search(toks[first - 1].text) \
                and first - 2 not in c["relative"] and cues_at(sent, self.lex, "object_relatives", [first - 1]):
            # an indefinite antecedent's relative, which Arabic writes with no pronoun ("ضمن برنامج للدعم النفسي …
            # تموله الحكومة الألمانية": a programme … that the German government funds): the verb stands for it
            return first - 1
        if r is None or toks[r].key in self._strict_subject_relatives:
            return None
        after = r + 1
        if not self.latin:
            # its pronoun on the verb, or on a preposition right after it ("الأجهزة التي تبرعت بها السفارة الكورية")
            resumed = after + 1 < first and words.RESUMPTIVE.search(toks[after + 1].text) is not None
            if after >= first or not (words.OBJECT_SUFFIX.search(toks[after].text) or resumed):
                return None
            verbs = [after]
            after += 2 if resumed else 1
        elif toks[r].key not in self._object_relatives:
            return None  # "à laquelle le Canada fournit …", "to which Canada provides …": another's part in it
        elif after < head.i and after not in c["allowed"]:
            verbs = [after]  # the verb before its subject ("que finance la Belgique")
            after += 1
        else:
            # past the institution the partner's adjective is on ("the equipment that the Korean embassy donated"), and
            # a modal, an adverb or a verb that carries the act ("which Spain will continue to support", "which Spain
            # said it would continue to support", "que l'Espagne continuera de soutenir")
            verb = _walk_on(head.j, c["inst"])
            while fillers := cues_at(sent, self.lex, "relative_fillers", [verb]):
                verb = max(m.j for m in fillers)
            verbs = [verb]
        if not all(k in c["allowed"] or k in c["inst"] for k in range(after, head.i)):
            return None
        return r if any(m.i in verbs for m in cues_at(sent, self.lex, "object_relatives", verbs)) else None

    @staticmethod
    def _aircraft_at(sent: Sent, k: int) -> bool:
        """Word ``k`` is an aircraft's model, either of its two words ("F", "16s"), or its name ("Rafale")."""
        return _model(sent, k) or k > 0 and _model(sent, k - 1) or sent.tokens[k].key in words.AIRCRAFT_NAMES

    def _aircraft_before(self, sent: Sent, p: int) -> bool:
        """An aircraft's model or name right before the "of" at ``p`` ("les F-16 des Forces royales air", "the Rafales
        of the French Air and Space Force"): the owner's things, as its institution's are."""
        return p >= 1 and self._aircraft_at(sent, p - 1)

    def _owned_act(self, sent: Sent, head: Match, c: dict[str, set[int]]) -> bool:
        """A partner named as the owner of a military act ("he flew from Jordan on Belgium's missions against Daesh",
        "lors des missions de la Belgique contre Daech", "ضمن مهام بلجيكا"): the act is the partner's, whoever the
        clause's subject is (a pilot, a soldier, "he")."""
        toks = sent.tokens
        if self.latin and head.j < len(toks) and toks[head.j - 1].text.endswith(POSSESSIVE_ENDS):
            return toks[head.j].key in words.OWNED_ACTS
        k = _walk_back(head.i, c["walk"], sent)
        if self.latin:
            return k >= 2 and k - 1 in c["owner"] and toks[k - 2].key in words.OWNED_ACTS
        return k >= 1 and toks[k - 1].key in words.OWNED_ACTS

    def _serving(self, sent: Sent, head: Match, c: dict[str, set[int]]) -> bool:
        """A partner's people named with what they serve in, wherever the phrase stands
        (the object of a visit, a tribute): "the Estonian soldiers serving in …", "les
        militaires belges qui servent au sein de …", "الجنود الإستونيين المشاركين في …" say
        that partner's part, whoever the clause's subject is, where a mission follows (not "trained
        Iraqi soldiers serving in the Counter Terrorism Service")."""
        toks = sent.tokens
        end = head.j
        while end in c["people"]:
            end += 1
        if not self.latin and end == head.j and head.entry.kind == "adjective":
            # the other adjectives of a list after the people's noun: "القوات الجوية الأمريكية والهولندية العاملة في …"
            while (nxt := next((e for e in sent.ents if e.i == end and e.entry.kind == "adjective"), None)) is not None:
                end = nxt.j
        # a unit named with the partner's adjective: "the Swedish contingent", "le contingent suédois"
        unit = head.j < len(toks) and toks[head.j].key in self._units
        if unit and end == head.j:
            end += 1
        unit = unit or head.i > 0 and toks[head.i - 1].key in self._units
        if end == head.j and not unit:
            # a unit of the partner's institution: "the Czech Army's training team", its possessive and a
            # word that says what the unit does between
            k = head.j
            while k < len(toks) and k in c["allowed"] and toks[k].key not in self._units_in and toks[k].key not in self._units:
                k += 1
            # ... or the partner's own possessive or adjective ("the Czech Republic's helicopter training team"),
            # up to UNIT_WORDS words in lower case between, no comma
            owner = k > head.j or toks[head.j - 1].text.endswith(POSSESSIVE_ENDS) or head.entry.kind == "adjective"
            w = k
            while owner and k + 1 < len(toks) and k - w < UNIT_WORDS and toks[k].key not in self._units \
                    and toks[k].key not in self._units_in and toks[k].text.islower() and not _broken(sent, k + 1):
                k += 1
            if owner and k > head.j and k < len(toks) and toks[k].key in self._units:
                unit, end = True, k + 1
        if end == head.j and not unit and (
                head.i >= 2 and head.i - 2 in c["people"]
                and (toks[head.i - 1].key in words.FROM_GIVER or toks[head.i - 1].key in words.OF)
                or self.latin and head.i >= 1 and head.i - 1 in c["people"] and toks[head.i].text[:2].lower() in words.ELIDED_OF):
            # the people "from" the partner, and those listed with it, then what they serve in: "soldiers from Germany,
            # Italy and the Netherlands deployed in Erbil with the Coalition", "des soldats d'Allemagne et d'Italie
            # servant au sein de …"
            end = next((g[-1].j for g in self.groups(sent) if head in g), head.j)  # the list it opens
        elif end == head.j and head.i - 1 not in c["people"] and not unit:
            # the partner's own institution named around its adjective or name, its people after it or none:
            # "the Royal Jordanian Air Force pilots returning from …", "نسور سلاح الجو الملكي الأردني العائدين من …"
            end = _walk_on(head.j, c["inst"])
            if end == head.j and _walk_back(head.i, c["inst"], sent) == head.i:
                return False
        if unit and end < len(toks) and toks[end].key in self._units_in:
            # "the Swedish contingent in NATO Mission Iraq", "le contingent suédois au sein de …": a unit's
            # plain "in" (not a people's: "met Iraqi soldiers in …")
            # ... or the partner it is deployed in ("the Czech Republic's training team in Iraq")
            return any(e.entry.kind == "mission" and end < e.i <= end + SERVED_IN + 2 for e in sent.ents) \
                or any(e.entry.kind in PARTNER_KINDS and e.i == end + 1 and e.entry.id != head.entry.id for e in sent.ents)
        # the longest cue there ("de retour des", not its "de")
        cue = max((m for m in sent.cues.get("actor:serving", []) if m.i == end), key=lambda m: m.j, default=None)
        if cue is None and any(a in c["acts"] for a in range(max(0, head.i - DEPLOYED_ACT), head.i)):
            # "le déploiement … de 650 militaires nigériens au sein de la FMM": people an act deploys, "within"
            # (not "met Iraqi soldiers within …")
            cue = next((m for m in sent.cues.get("actor:serving_within", []) if m.i == end), None)
        # in a mission, or in the Coalition itself ("القوات الجوية الأمريكية والهولندية العاملة في الأردن ضمن التحالف
        # الدولي ضد داعش", "… serving in Jordan with the Coalition")
        return cue is not None and any((e.entry.kind == "mission" or e.entry.id == "global-coalition") and cue.j <= e.i <= cue.j + SERVED_IN
                                       for e in sent.ents)

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
        relatives = {r.i for r in sent.cues.get("actor:relative", []) + sent.cues.get("actor:subject_relative", [])}
        names = {k for e in sent.ents if e.entry.kind in ENTITY_KINDS for k in range(e.i, e.j)}
        toks = sent.tokens
        for m in heads:
            if not (m.j <= head.i and all(k in c["allowed"] or toks[k].key in self._list_joins
                                          or k == b and toks[k].is_capitalised() for k in range(b, m.i))):
                continue  # "Other contributors …", "The largest contributors …"
            # (after a relative, its own verb is not the list's: "… nations which are conducting strikes … include")
            verb = max((k for k in range(m.j, head.i) if k in verbs), default=None) if m.j in relatives \
                else next((k for k in range(m.j, head.i) if k in verbs), None)
            if verb is None:
                continue
            # what they contribute to, named or not ("to Operation Inherent Resolve", "to the air campaign"),
            # or what they do, in a relative right after the head, in one clause ("Coalition nations which
            # are currently conducting strikes in Iraq include …")
            topic = [k for k in range(m.j, verb) if not (k in names or k in c["allowed"] or toks[k].key in self._list_joins)]
            relative = m.j < verb and m.j in relatives and verb - m.j <= LISTED_RELATIVE \
                and not any(ch in _gap(sent.text, toks[k - 1], toks[k], sent.start) for k in range(m.j + 1, verb + 1)
                            for ch in ",;:()")
            if topic and not relative and (len(topic) > LISTED_TOPIC or toks[m.j].key not in self._list_joins):
                continue
            if all(k in verbs or k in names or k in c["allowed"] or toks[k].key in self._list_joins for k in range(verb, head.i)):
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

    def _number_words(self, sent: Sent, c: dict[str, set[int]]) -> set[int]:
        """The words of counts written in words ("A contingent of some two hundred Hungarian
        soldiers …": a count before the partner), where the sentence counts people or
        aircraft by their model ("Les quatre F-16 belges …"); found once, when a subject's
        position first asks."""
        if "number_words" not in c:
            counts = sent.cues.get("personnel") or self.latin and any(_model(sent, k) for k in range(len(sent.tokens)))
            c["number_words"] = {k for m in self.lex.numbers.all(sent.tokens) for k in range(m.i, m.j)} if counts else set()
        return c["number_words"]

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
