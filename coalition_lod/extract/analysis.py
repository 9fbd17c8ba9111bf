"""Sentence analysis: a sentence's tokens, cues and names (``analyse``), then what its
verbs say of its clauses — where a new verb of the same subject begins after "and", and
which words a denial stands before ("has not deployed", "لم ترسل").
"""

from __future__ import annotations

import re
from functools import cache

from ..langs import Token, ar_prefix, tokenize
from ..model import Document
from ..vocab import Entry, Lexicon, Match
from . import words
from .known import (
    _dateline_city,
    _dateline_country,
    _described_groups,
    _flags_with_names,
    _marked_capitals,
    _meetings_of_others,
    _seats_of_others,
    _with_formal_names,
    _with_possessors,
)
from .names import _acronym_after, _pattern_names
from .numbers import _YEAR, parse_number
from .sentence import PARTNER_KINDS, POSSESSIVE_ENDS, Sent, _as_elided, _gap, _one_clause, cues_at, kin, more_cues, possessive

# the cues that silence others in their span (``lines_of_effort_not``, ``status.not_*``), by the prefix of
# theirs and of those they silence
_SILENCING = {"loenot:": "loe:", "status:not_": "status:"}
HELD_NOUN = 4  # words from a count after "has", "compte" to its people ("a une quarantaine de militaires")


def _participle_of(sent: Sent, m: Match, lex: Lexicon) -> bool:
    """A French past participle matched by a present-tense cue only as accents are folded
    ("contribué", "participé" for "contribue", "participe"), or written as the present is,
    after a form of "avoir" ("a conduit des frappes", "ont fait"; ``actors.past_auxiliaries``)."""
    tok = sent.tokens[m.i]
    words_of = m.entry.phrase.lower().rstrip("*").split()
    if not words_of or words_of[0].endswith(("é", "ée", "és", "ées")):
        return False  # a participle's own cue ("a déployé": has deployed, and is there)
    if tok.text.lower().endswith(("é", "ée", "és", "ées")):
        return True  # … its first word too ("il a formé des soldats" for "forme des")
    if m.j - m.i != 1:
        return False
    k = m.i - 1
    if k > 0 and sent.tokens[k].text.lower().endswith("ment"):  # "a également conduit"
        k -= 1
    # (the word as written: "à" is no "a")
    return m.entry.id == "status:ongoing" and k >= 0 and sent.tokens[k].text.lower() in lex.words.get("past_auxiliary", ())


def _back_home(sent: Sent, lex: Lexicon) -> None:
    """The end of a partner's part told by its people's return to its own capital or state ("The last Estonian platoon
    serving in Operation Inherent Resolve returned to Tallinn", "est rentré lundi à Tallinn") or by an end of that partner's own
    contribution ("…, ending Estonia's ground contribution"): the status cues a possessive or a capital keeps out of the
    fixed phrases ("ending its", "came home")."""
    toks = sent.tokens
    named = {e.entry.id for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective")}
    if not named:
        return
    found = []
    for e in sent.ents:
        # "returned to Tallinn", "rentré lundi à Tallinn": a verb of returning a few words before, then "to"; or its own
        # state named there ("The ADF's Air Task Group returned to Australia in January 2018")
        home = e.entry.kind == "capital" and e.entry.id in named or e.entry.kind == "partner" and any(
            o is not e and o.entry.id == e.entry.id and o.entry.kind in (*PARTNER_KINDS, "adjective") for o in sent.ents)
        if home and e.i >= 2 \
                and toks[e.i - 1].key in words.AT_PLACE | words.DESTINATIONS \
                and any(toks[k].key in words.RETURNED for k in range(max(0, e.i - 4), e.i - 1)):
            found.append(Match(Entry("status", "status:ended", lex.lang, toks[e.i - 1].text), e.i - 1, e.j, toks[e.i - 1].start, e.end))
        if e.entry.kind == "partner" and e.i > 0 and toks[e.i - 1].key in words.ENDING \
                and toks[e.j - 1].text.endswith(POSSESSIVE_ENDS):
            found.append(Match(Entry("status", "status:ended", lex.lang, toks[e.i - 1].text), e.i - 1, e.j, toks[e.i - 1].start, e.end))
    if found:
        _add_cues(sent, "status:ended", found)


def _from_a_place(sent: Sent, c: Match, lex: Lexicon) -> bool:
    """"six F-16 belges ont opéré depuis la Jordanie", "… depuis Bagdad", "… depuis le nord de la ville": "depuis"
    before a place is "from", no part going on."""
    toks = sent.tokens
    if c.j != c.i + 1 or toks[c.i].key not in words.SINCE_OR_FROM:
        return False
    k = c.j + (c.j < len(toks) and toks[c.j].key in words.DETERMINERS)
    if k >= len(toks):
        return False
    if any(e.i == k and e.entry.kind in ("partner", "capital", "foreign") for e in sent.ents):
        return True
    if k > c.j and (toks[k].key in words.COMPASS or toks[k].key in words.FROM_PLACES):
        return True  # "tiraient depuis le nord de la ville", "depuis la base aérienne", "depuis le porte-avions"
    return k == c.j and toks[k].is_capitalised() and toks[k].key not in lex.months and not toks[k].key[:1].isdigit()


def _languages(known: list[Match], sent: Sent) -> list[Match]:
    """A partner's adjective that names a language, no partner: after a language's noun ("باللغة الفرنسية", "la langue
    française"), or in the list a line labelled so opens ("اللغات: العربية (الأم)، الإسبانية (جيدة جداً)", a CV's
    "Languages: Arabic, French")."""
    toks = sent.tokens
    if not any(t.key in words.LANGUAGES for t in toks):
        return known
    label = len(toks) > 1 and toks[0].key in words.LANGUAGES and ":" in _gap(sent.text, toks[0], toks[1], sent.start)
    return [m for m in known if m.entry.kind != "adjective" or not (label or m.i and toks[m.i - 1].key in words.LANGUAGES)]


def analyse(doc: Document, start: int, end: int, lex: Lexicon) -> Sent:
    text = doc.text[start:end]
    sent = Sent(start, end, text, tokenize(text, doc.lang, start))
    for m in lex.cues.all(sent.tokens):
        if lex.lang == "fr" and m.entry.id.startswith("status:") and _participle_of(sent, m, lex):
            continue  # "a contribué" is no "contribue": accents folded, the tense differs
        sent.cues[m.entry.id].append(m)
    known = _with_formal_names(_with_possessors(lex.entities.longest(sent.tokens), sent, lex), sent, lex.lang)
    known = _flags_with_names(known, sent)
    known = _languages(known, sent)
    known = _described_groups(known, sent, lex)
    _dateline_city(known, sent, lex)
    _marked_capitals(known, sent, lex)
    known = _dateline_country(known, sent)
    patterns = _pattern_names(sent, lex, known)
    inside = [(m.i, m.j) for m, _ in patterns]
    ents = [m for m in known if not any(a <= m.i and m.j <= b for a, b in inside)]
    ents += [m for m, _ in patterns]
    ents.sort(key=lambda m: m.i)
    sent.ents = ents = _seats_of_others(_meetings_of_others(ents, sent), sent)
    for idx, m in enumerate(ents):
        al = next((a for p, a in patterns if p is m), None)
        sent.aliases[idx] = al if al is not None else _acronym_after(sent, m.j)
    # Cue words inside a name ("Joint" in a task force's name) are not cues.
    names = [(m.i, m.j) for m in ents if m.entry.kind not in PARTNER_KINDS + ("adjective", "foreign")]
    for idx, m in enumerate(ents):
        if m.entry.kind == "strategy":
            sent.inner[idx] = sorted({cat[4:] for cat, ms in sent.cues.items() if cat.startswith("loe:")
                                      for c in ms if m.i <= c.i and c.j <= m.j})
    # ... but a strategy's own words of the UN stay, for its scope ("Plan d'action du Secrétaire
    # général …": ``_strategy_scope`` reads them inside its name); not a region's or a nation's
    # words, which name what a state's own strategy is about ("Canada's Middle East Strategy")
    not_strategies = [(m.i, m.j) for m in ents if m.entry.kind not in PARTNER_KINDS + ("adjective", "foreign", "strategy")]
    for cat, ms in sent.cues.items():
        inside = not_strategies if cat == "scope:international" else names
        if inside:
            sent.cues[cat] = [c for c in ms if not any(a <= c.i and c.j <= b for a, b in inside)]
    sent.names = names
    if lex.lang == "fr":
        for cat, ms in sent.cues.items():
            sent.cues[cat] = _as_elided(sent, ms)
    if sent.cues.get("actor:reporting") and (among := sent.cues.get("actor:especially")):
        # "من بينها" (among them) holds "بين", no verb of saying
        sent.cues["actor:reporting"] = [c for c in sent.cues["actor:reporting"]
                                        if not any(a.i <= c.i and c.j <= a.j for a in among)]
    if holding := sent.cues.pop("holding", None):  # "has 40 soldiers in …", "avons une quarantaine de …"
        holding = [c for c in holding if sent.tokens[c.i].text.lower() != "à"]  # keyed "a" as the verb is: "porté à 600"
        owner = {e.i: e.j for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective")}  # "لدى بلجيكا 40 عسكريا"
        # a count of people, not of things ("Les marquages … comptent 37 sorties contre Daech": a model's markings)
        people = {p.i for p in sent.cues.get("personnel", [])}
        held = [c for c in holding if (k := owner.get(c.j, c.j)) < len(sent.tokens) and parse_number(sent.tokens, k, lex) is not None
                and not people.isdisjoint(range(k + 1, k + 1 + HELD_NOUN))]
        if held:
            _add_cues(sent, "status:ongoing", held)
    if working := sent.cues.pop("working", None):  # "where about 60 Norwegian personnel advise …": after its people
        ends = {c.j for c in sent.cues.get("personnel", [])}
        ends |= {e.j for e in sent.ents if e.entry.kind == "adjective" and e.i in ends}  # "militaires norvégiens conseillent"
        relatives = {r.i for r in sent.cues.get("actor:subject_relative", [])}
        ends |= {e + 1 for e in ends if e in relatives}  # "some 900 U.S. troops who advise …"
        _add_cues(sent, "status:ongoing", [c for c in working if c.i in ends])
    _agent_after_date(sent, lex)
    _back_home(sent, lex)
    if sent.cues.get("status:ongoing"):
        sent.cues["status:ongoing"] = [c for c in sent.cues["status:ongoing"] if not _from_a_place(sent, c, lex)]
    if (plural := sent.cues.get("actor:plural")) and sent.cues.get("actor:first_person"):
        # "our two armies", "nos deux pays", "بلدينا": the two partners a text names, not the speaker's "we"
        sent.cues["actor:first_person"] = [c for c in sent.cues["actor:first_person"]
                                           if not any(p.i <= c.i and c.j <= p.j for p in plural)]
    # the cues a longer phrase says are none: "the rehabilitation of schools" no line's, "أشرف على نشر"
    # (supervised deploying) no plan, "avaient rejoint" no part going on
    # (a line's weak cue too: "trained Iraqi police officers" names no soldiers)
    for cat, prefix in [(c, p) for c in sent.cues for p in _SILENCING if c.startswith(p)]:
        spans, name = sent.cues.pop(cat), cat.removeprefix(prefix)
        for silenced in (_SILENCING[prefix] + name, *(("loeweak:" + name,) if prefix == "loenot:" else ())):
            if silenced in sent.cues:
                sent.cues[silenced] = [c for c in sent.cues[silenced] if not any(n.i <= c.i and c.j <= n.j for n in spans)]
    if sent.cues.get("actor:recipient") or sent.cues.get("actor:recipient_verb"):
        _trains_forces(sent, lex)
    if sent.cues.get("loe:rehabilitation_reintegration"):
        _rebuilt(sent, lex)
        if lex.lang == "ar":
            _qualified(sent, lex)
    if sent.cues.get("loeweak:foreign_terrorist_fighters") and sent.cues.get("topic"):
        _retaken_from_enemy(sent, lex)
    if sent.cues.get("loeweak:foreign_terrorist_fighters"):
        _returns_from_abroad(sent)
        _things_handed(sent, lex)
    if sent.cues.get("loe:counter_financing") and (messaging := sent.cues.get("loe:counter_messaging")) \
            and all(c.entry.phrase.lower() in words.CHANNELS for c in messaging):
        # "donating … through social media accounts, which Daesh uses to fund its activities": the money's channel,
        # no message
        sent.cues["loe:counter_messaging"] = []
    if (messaging := sent.cues.get("loe:counter_messaging")) and not sent.cues.get("topic") \
            and all(c.entry.phrase.lower() in words.CHANNELS for c in messaging):
        # "Calls have tripled since the hotline was promoted on social media": a channel alone, in a sentence that names
        # neither terrorism nor extremism, carries no message against them
        sent.cues["loe:counter_messaging"] = []
    for cat in [c for c in sent.cues if c.startswith("loeweak:")]:  # a weak cue counts beside its context
        weak, concept = sent.cues.pop(cat), cat.split(":", 1)[1]
        if weak:
            more_cues(sent, lex, "loe-context")
        # (a context on another word: "équipe", a team and "equips", is not its own context)
        ctx = sent.cues.get(f"loectx:{concept}") or []
        if weak and concept == "military":
            # training whose purpose is clearing mines ("Norway's trainers, who taught Kurdish soldiers to clear
            # mines"): the stabilisation line's, not the military's
            ctx = [c for c in ctx if not _trains_to_clear(sent, c)]
        if weak and concept == "stabilization":
            # a thing rebuilt, as a rehabilitation reads it (``_rebuilt``), close to the verb: "whose kitchen was rebuilt
            # with a grant from …" (not "The multi-storey car park's level 3 is closed for repairs")
            near = {k for w in weak for k in range(max(0, w.i - NEAR_REBUILT), min(len(sent.tokens), w.j + NEAR_REBUILT))}
            ctx = ctx + cues_at(sent, lex, "rebuilt", near)
        if weak and (beside := [w for w in weak if any(x.j <= w.i or w.j <= x.i for x in ctx)]):
            _add_cues(sent, f"loe:{concept}", beside)
    if sent.cues.get("loe:military") and sent.cues.get("loe:stabilization"):
        _trained_to_clear(sent, lex)
    if _person_opens(sent, lex):
        _persons_tour(sent)
    if sent.cues.get("status:ended"):
        _tours_end(sent, lex)
    if sent.cues.get("status:ended") and sent.cues.get("status:deadline"):
        _due_ends(sent)
    if sent.cues.get("status:current"):
        _rank_now(sent)
    if sent.cues.get("actor:subject_relative") and any(c.startswith("status:") and v for c, v in sent.cues.items()):
        _persons_relative(sent, lex)
    sent.new_verbs = _new_verbs(sent)
    sent.denied = _denied(sent)
    return sent


def _trains_to_clear(sent: Sent, c: Match) -> bool:
    """Whether the verb of training ``c`` trains for clearing mines, named a few words on ("taught Kurdish soldiers to
    clear mines", "formé des soldats irakiens au déminage"); or whether those it trains (``c`` their noun) are."""
    return any(c.j <= k.i <= c.j + TRAINED_FOR for k in sent.cues.get("loe:stabilization", []))


def _trains_forces(sent: Sent, lex: Lexicon) -> None:
    """Forces or police a verb of training names a few words on ("the training of Jordanian forces", "trains Iraqi police
    officers", "forme des policiers irakiens", "تدرب إيطاليا عناصر الشرطة العراقية"): the military line, as the
    Coalition's training of Iraq's forces is, while police named anywhere else (arresting, patrolling) are no soldiers
    (``lines_of_effort_not``). Read only after a recipient's word that is a verb of training too (not "helps", "sur"; an
    Arabic verb of training is a recipient's verb), not for clearing mines, and not past a word of belonging or a unit's
    noun, where the force is the trainers' own."""
    found, owning = [], words.BELONGING | words.UNIT_NOUNS
    for c in sent.cues.get("actor:recipient", []) + sent.cues.get("actor:recipient_verb", []):
        if not any(x.entry.id == "loectx:military" and (x.i, x.j) == (c.i, c.j) for x in cues_at(sent, lex, "loe-context", [c.i])) \
                or _trains_to_clear(sent, c):
            continue
        found += [m for m in cues_at(sent, lex, "trained_forces", range(c.j, c.j + TRAINED_FOR)) if _one_clause(sent, c.j, m.i, set())
                  and not _trains_to_clear(sent, m)  # "trained Iraqi police officers in the clearance of improvised explosive devices"
                  # "فريق التدريب التابع للجيش الأمريكي": the US Army's own training team
                  and all(owning.isdisjoint(sent.tokens[k].keys) for k in range(c.j, m.i))]
    if found:
        _add_cues(sent, "loe:military", found)


def _trained_to_clear(sent: Sent, lex: Lexicon) -> None:
    """Forces named right after a verb of training for clearing mines ("who taught Iraqi soldiers to clear mines"):
    the stabilisation line's, no military one (as a weak cue's context, ``analyse``)."""
    more_cues(sent, lex, "loe-context")
    trained = {c.j for c in sent.cues.get("loectx:military", []) if _trains_to_clear(sent, c)}
    sent.cues["loe:military"] = [m for m in sent.cues["loe:military"] if m.i not in trained]


def _stop_before(sent: Sent, k: int) -> bool:
    """Punctuation that ends a phrase between token ``k`` and the one before it: a comma, a stop, a bracket, in either
    script (``clauses._broken`` reads dashes too, and no full stop)."""
    return any(ch in ",.;:()،؛" for ch in _gap(sent.text, sent.tokens[k - 1], sent.tokens[k], sent.start))


RETAKEN_REACH = 6  # words from a "take back" to the "from" of its enemy ("take back their country from Daesh")


def _retaken_from_enemy(sent: Sent, lex: Lexicon) -> None:
    """"trained Iraqi Army units to take back their country from Daesh", "took back Mosul from ISIS in 2017": ground won
    back from the enemy, the military line, no fighter or family brought home (the weak cue "take back", read beside a
    camp). The enemy closes the phrase: "brought back 20 women from ISIS camps" still brings people home; people between
    the cue and "from" are no ground ("هويات آلاف المقاتلين من داعش", the identities of thousands of Daesh's fighters)."""
    toks = sent.tokens
    enemy = {c.i: c.j for c in sent.cues["topic"]}
    more_cues(sent, lex, "loe-context")
    people = {c.i for c in sent.cues.get("loectx:foreign_terrorist_fighters", [])}

    def ends(k: int) -> bool:  # the phrase ends after token k - 1
        return k >= len(toks) or toks[k].key in words.PREPOSITIONS or toks[k].key in words.AND or _stop_before(sent, k)

    won = []
    for c in sent.cues["loeweak:foreign_terrorist_fighters"]:
        for k in range(c.j, min(len(toks), c.j + RETAKEN_REACH)):
            if k > c.j and ends(k) and toks[k].key not in words.RETAKEN_FROM:
                break
            if toks[k].key in words.RETAKEN_FROM and not any(c.j <= x < k for x in people):
                e = k + 1
                while e < len(toks) and toks[e].key in words.DETERMINERS:
                    e += 1
                if e in enemy and ends(enemy[e]):
                    won.append(c)
                break
    if won:
        sent.cues["loeweak:foreign_terrorist_fighters"] = [c for c in sent.cues["loeweak:foreign_terrorist_fighters"] if c not in won]
        _add_cues(sent, "loe:military", won)


RETURN_FROM = 8  # words from a noun of return to the "from" of where people come back from ("the return of Swedish women and children from")
SERVICE_AFTER_FROM = 3  # words from a return's "from" to the service it ends ("on their return from the mission", "لدى عودتهم من المهمة")


def _returns_from_abroad(sent: Sent) -> None:
    """A noun of return and "of" ("the return of Swedish women and children from the camps in north-east Syria", "عودة
    النساء والأطفال السويديين من المخيمات"): people brought back, the weak cue of the foreign fighters' line, only where
    the phrase says where from, a few words on before any "to" or break — not "the return of former fighters' families to
    their villages", a return home inside the country. A return from a service ("On their return from the mission, the
    Belgian soldiers …", "À leur retour de mission", "لدى عودتهم من المهمة") brings no one home from the camps."""
    toks = sent.tokens
    missions = {e.i for e in sent.ents if e.entry.kind == "mission"}

    def from_at(c: Match) -> int | None:
        for k in range(c.j, min(len(toks), c.j + RETURN_FROM)):
            if k > c.j and _stop_before(sent, k) or toks[k].key in words.DESTINATIONS:
                return None
            if toks[k].key in words.TOUR_FROM:
                return k
        return None

    def needs_from(c: Match) -> bool:  # the noun alone (Arabic's "عودة النساء"), or with "of"
        return c.entry.phrase.split()[0].lower() in words.RETURN_NOUNS \
            and (c.j - c.i == 1 or c.j - c.i == 2 and toks[c.i + 1].key in words.OF)

    def from_service(c: Match) -> bool:
        if not any(words.holds(words.COMING_BACK, toks[k]) or words.holds(words.RETURN_NOUNS, toks[k]) for k in range(c.i, c.j)) \
                or c.j >= len(toks) or toks[c.j].key not in words.TOUR_FROM:
            return False
        return any(words.holds(words.SERVICE_TOURS, toks[k]) or k in missions
                   for k in range(c.j + 1, min(len(toks), c.j + 1 + SERVICE_AFTER_FROM)))

    sent.cues["loeweak:foreign_terrorist_fighters"] = [c for c in sent.cues["loeweak:foreign_terrorist_fighters"]
                                                       if (not needs_from(c) or from_at(c) is not None) and not from_service(c)]


HANDED_THING_AFTER = 3  # words from a verb of handing over to the thing handed ("سلمت المملكة المتحدة اليوم معدات")


def _things_handed(sent: Sent, lex: Lexicon) -> None:
    """A weak cue of handing over people ("سلمت", "تسليم": detainees, returnees) whose object is a thing ("سلمت المملكة
    المتحدة اليوم معدات حديثة لكشف المتفجرات", equipment, aid, vehicles): no one brought home. The thing a few words on,
    past the verb's subject and a word of time."""
    toks = sent.tokens
    subjects = {k for e in sent.ents for k in range(e.i, e.j)}
    time = lex.words.get("time", ())

    def thing(c: Match) -> bool:
        k, seen = c.j, 0
        while k < len(toks) and seen < HANDED_THING_AFTER:
            if words.holds(words.HANDED_THINGS, toks[k]):
                return True
            if k not in subjects and toks[k].key not in time:
                seen += 1
            k += 1
        return False

    sent.cues["loeweak:foreign_terrorist_fighters"] = [c for c in sent.cues["loeweak:foreign_terrorist_fighters"] if not thing(c)]


TOUR_AFTER = 7  # words from a return's cue to its "after" ("returned home in January 2026 after …")
TOUR_NOUN_AFTER = 4  # words from "after" to the tour's noun ("after a nine-month deployment", "بعد ستة أشهر")


def _tours_end(sent: Sent, lex: Lexicon) -> None:
    """A return after, or from, a tour of a stated length ("The soldiers returned home in January 2026 after a nine-month
    deployment to Iraq in support of Operation Inherent Resolve", "rentrés en janvier après quatre mois", "عادوا بعد ستة
    أشهر", "rentre tout juste de quatre mois en Jordanie"): one rotation's end, no end of the partner's part; its last
    troops' return ("The last team … came home in December 2021") still ends it."""
    toks = sent.tokens

    def tour(c: Match) -> bool:
        if not any(toks[k].key in words.COMING_BACK for k in range(c.i, c.j)):
            return False
        after = next((k for k in range(c.j, min(len(toks), c.j + TOUR_AFTER))
                      if toks[k].key in words.TOUR_AFTER or toks[k].key in words.TOUR_FROM), None)
        if after is None:
            return False
        if toks[after].key in words.TOUR_FROM and (after + 1 >= len(toks) or parse_number(toks, after + 1, lex) is None):
            return False  # "back from" a count of months is one tour; "rentré … de son déploiement" the whole one's return
        end = min(len(toks), after + 1 + TOUR_NOUN_AFTER)
        # (not the last one: "est rentré en 2022, après une dernière rotation de six mois", "The last team … came home")
        return any(toks[k].key in words.TOUR_NOUNS for k in range(after + 1, end)) \
            and not any(toks[k].key in words.TOUR_LAST for k in range(max(0, c.i - TOUR_AFTER), end))

    sent.cues["status:ended"] = [c for c in sent.cues["status:ended"] if not tour(c)]


def _due_ends(sent: Sent) -> None:
    """A noun of ending with its deadline to come after it, a year a few words on ("انتهاء المهمة العسكرية للتحالف … بحلول
    أيلول 2025", "la fin de sa participation … d'ici septembre 2026"): the end is due, the part goes on till then, as "is
    due to end" reads — a cue of going on, no more of ending. Not a verb's end, told done ("had left by the end of 2021")."""
    toks = sent.tokens

    def due(c: Match) -> bool:
        return words.holds(words.END_NOUNS, toks[c.i]) and any(
            c.j <= d.i <= c.j + DEADLINE_AFTER and any(_YEAR.match(toks[k].key) for k in range(d.j, min(len(toks), d.j + 3)))
            for d in sent.cues["status:deadline"])

    moved = [c for c in sent.cues["status:ended"] if due(c)]
    if moved:
        sent.cues["status:ended"] = [c for c in sent.cues["status:ended"] if not due(c)]
        sent.cues["status:ongoing"] = sorted([*sent.cues.get("status:ongoing", []), *moved], key=lambda c: c.i)


def _person_title(tok: Token) -> bool:
    """A person's title ("caporal", "Lieutenant"), in Arabic with or without its article or a preposition on it ("نقيب",
    "للرقيب"): Arabic's titles are listed with their article."""
    return words.holds(words.PERSON_TITLES, tok) or words.DEFINITE.sub("", tok.text.lower()) in _bare_titles()


@cache
def _bare_titles() -> frozenset[str]:
    return frozenset(words.DEFINITE.sub("", w) for w in words.PERSON_TITLES)


RANK_AFTER_NOW = 3  # words from a cue of now to a person's rank ("currently a Flight Lieutenant", "حاليا برتبة نقيب")


def _rank_now(sent: Sent) -> None:
    """A cue of now right before a person's rank ("Nadia, notre ancienne stagiaire, aujourd'hui caporal-chef au 1er RCP,
    partie en janvier pour quatre mois en Irak avec l'opération Chammal", "who is currently a Flight Lieutenant with …",
    "وهو حاليا برتبة نقيب"): the person's title today, no time of the partner's part (a person's tour has no status). The
    rank a title, not an adjective of a noun after it ("currently a major contributor"): the words after it a name, a
    preposition, where a rank serves ("in", "في"), a comma or its hyphen's other half."""
    toks, text = sent.tokens, sent.text

    def title(k: int) -> bool:
        return _person_title(toks[k])

    def rank(c: Match) -> bool:
        for k in range(c.j, min(len(toks), c.j + RANK_AFTER_NOW + 1)):
            if _gap(text, toks[k - 1], toks[k], sent.start).strip():
                return False  # a comma or a stop between: "today, General …"
            if title(k):
                n = k + 1
                return n >= len(toks) or bool(_gap(text, toks[k], toks[n], sent.start).strip()) or title(n) \
                    or toks[n].key in words.PREPOSITIONS or toks[n].key in words.SERVED_WITH or toks[n].is_capitalised()
            if not (toks[k].key in words.DETERMINERS or toks[k].key in words.INDEFINITE or words.holds(words.RANK_WORDS, toks[k])
                    or toks[k].is_capitalised()):
                return False
        return False

    now = [c for c in sent.cues["status:current"] if rank(c)]
    if now:
        for cat in ("status:current", "status:ongoing"):
            sent.cues[cat] = [c for c in sent.cues.get(cat, []) if not any((c.i, c.j) == (x.i, x.j) for x in now)]


PERSON_RELATIVE_BACK = 8  # words from a person's title to the relative after the person ("le sergent Karim Weber, de l'armée …, qui")


def _persons_relative(sent: Sent, lex: Lexicon) -> None:
    """A relative after a person named by title, past a comma ("le sergent Karim Weber, de l'armée luxembourgeoise, qui sert
    depuis septembre au sein de la mission de l'OTAN en Irak", "Sergeant Karim Weber …, who has served since September
    with …"): the statuses it tells are the person's service, no status of the partner's part, as a sentence whose subject
    is a person's pronoun tells (``_persons_tour``); up to a verb of saying or a partner named after it."""
    toks, text = sent.tokens, sent.text
    for r in sent.cues["actor:subject_relative"]:
        if r.i == 0 or not any(ch in _gap(text, toks[r.i - 1], toks[r.i], sent.start) for ch in ",،"):
            continue
        t = next((k for k in range(r.i - 1, max(-1, r.i - 1 - PERSON_RELATIVE_BACK), -1) if _person_title(toks[k])), None)
        if t is None or lex.lang != "ar" and not (t + 1 < r.i and toks[t + 1].is_capitalised()):
            continue  # (a title before a name: not "the major contributors, which …")
        after = [m.i for m in sent.ents if m.entry.kind in (*PARTNER_KINDS, "adjective") and m.i > r.j]
        said = [c.i for c in sent.cues.get("actor:reporting", []) if c.i > r.i]
        end = min([*after, *said, len(toks)])
        for cat in [c for c in sent.cues if c.startswith("status:")]:
            sent.cues[cat] = [c for c in sent.cues[cat] if not r.j <= c.i < end]


DEADLINE_AFTER = 8  # words from a noun of ending to its deadline ("انتهاء المهمة العسكرية للتحالف في العراق بحلول")
PERSON_AFTER_TIME = 5  # words of a time fronted before a person's subject ("In March 2017 she …")


def _person_opens(sent: Sent, lex: Lexicon) -> bool:
    """Whether the sentence's subject is a person's pronoun, first or after a time fronted ("She served …",
    "In 2017 she was injured … while serving with Operation IMPACT")."""
    toks, k = sent.tokens, 0
    time = lex.words.get("time", ())
    while k < min(len(toks), PERSON_AFTER_TIME) and (toks[k].key in time or toks[k].key in lex.months or toks[k].key.isdigit()):
        k += 1
    # (not a time that runs to now, "Since March she commands the Swedish contingent in …": the part going on)
    # … or "I" after a year fronted ("In 2015 I deployed to Kuwait for six months with …", "En 2016, j'ai servi …"): a
    # life's year, not a minister's "I" that tells the state's decision
    return k < len(toks) and (toks[k].key in lex.words.get("person", ()) or _kin_at(toks, k, lex)
                              or toks[k].key in words.FIRST_SINGULAR and any(toks[x].key.isdigit() for x in range(k))) \
        and not any(c.i < k for cat, cs in sent.cues.items() if cat.startswith("status:") for c in cs)


def _kin_at(toks: list[Token], k: int, lex: Lexicon) -> bool:
    """One person named by kin at word ``k``: "Our son", "notre fils" after their possessive; in Arabic, whose verb
    comes first, the noun with its pronoun on it, or right after the verb ("عاد ابننا": our son returned)."""
    if lex.lang == "ar":
        return any(kin(toks[x]) for x in range(k, min(len(toks), k + 2)))
    return possessive(toks[k]) and k + 1 < len(toks) and kin(toks[k + 1])


def _persons_tour(sent: Sent) -> None:
    """A sentence whose subject is a person ("He deployed to Iraq twice with Operation Shader, …"):
    the statuses its first clause tells are the person's tours, no status of the state's part; up to
    a verb of saying ("He said Canada will deploy …" tells Canada's plan) or a partner named."""
    # (not a partner named as where it happened: "… injured in a vehicle accident in northern Iraq while serving with …")
    where = {c.j for c in sent.cues.get("coop:location", [])} | {c.j + 1 for c in sent.cues.get("coop:location", [])
                                                                 if any(r.i == c.j for r in sent.cues.get("actor:region", []))}
    named = [m.i for m in sent.ents if m.entry.kind in (*PARTNER_KINDS, "adjective") and m.i not in where]
    said = [c.i for c in sent.cues.get("actor:reporting", [])]
    end = min([*named, *said, len(sent.tokens)])
    for cat in [c for c in sent.cues if c.startswith("status:")]:
        sent.cues[cat] = [c for c in sent.cues[cat] if c.i >= end]


TRAINED_FOR = 5  # words from a verb of training to what it trains for ("taught Kurdish soldiers to clear mines")
NEAR_REBUILT = 3  # words from a weak verb of rebuilding to the thing it rebuilds ("whose kitchen was rebuilt", "rebuilt the kitchen")
REBUILT_REACH = 6  # words from a "rehabilitation" to the thing rebuilt ("of the two", "de deux", "of more than 100 heritage")
WHOSE_REACH = 8  # words from a thing built to the "whose" of its rehabilitation ("la salle polyvalente de la paroisse Al-Tahira, dont")


def _rebuilt(sent: Sent, lex: Lexicon) -> None:
    """"The rehabilitation of two schools", "la réhabilitation de deux écoles", "إعادة تأهيل
    مدرستين": a rehabilitation whose object is a thing built, past a number or an article, is
    stabilisation, no rehabilitation of people (the fixed phrases of ``lines_of_effort_not`` have
    no word between)."""
    things = [m.i for m in cues_at(sent, lex, "rebuilt", range(len(sent.tokens)))]
    toks = sent.tokens
    # "حديقة الشهداء …، بعد إعادة تأهيلها" (the park …, after its rehabilitation): the pronoun "ها" on the
    # word, for a thing built named before it (not "العائلات … لإعادة دمجها": families take "ها" too)
    its = {c.j for c in sent.cues["loe:rehabilitation_reintegration"]
           if lex.lang == "ar" and toks[c.j - 1].text.endswith(_THINGS_PRONOUN) and any(t < c.i for t in things)}
    if not things and not its:
        return
    # ... or named before "whose" and the rehabilitation ("la salle polyvalente de la paroisse, dont la réhabilitation …")
    whose = {c.j for c in sent.cues["loe:rehabilitation_reintegration"]
             if any(toks[w].key in words.WHOSE and any(w - WHOSE_REACH <= t < w for t in things) for w in range(max(0, c.i - 3), c.i))}
    rebuilt = [c for c in sent.cues["loe:rehabilitation_reintegration"] if c.j in its or c.j in whose
               or any(c.j <= t <= c.j + REBUILT_REACH and _leads_to(toks, c.j, t, lex) for t in things)]
    if rebuilt:
        sent.cues["loe:rehabilitation_reintegration"] = [c for c in sent.cues["loe:rehabilitation_reintegration"] if c not in rebuilt]
        _add_cues(sent, "loe:stabilization", rebuilt)


QUALIFY = "تأهيل"  # the word the rule reads: to qualify, or, after "إعادة", to rehabilitate


def _qualified(sent: Sent, lex: Lexicon) -> None:
    """"تهدف الدورة إلى تأهيل ثلاثين ضابطاً" (to qualify thirty officers): an Arabic "تأهيل" whose object, past a count,
    is military people is their training, the military line, no rehabilitation of people; not "إعادة تأهيل" (to
    rehabilitate: "إعادة تأهيل الجنود الأطفال", child soldiers)."""
    people = [m.i for m in cues_at(sent, lex, "qualified", range(len(sent.tokens)))]
    if not people:
        return
    toks, cues = sent.tokens, sent.cues["loe:rehabilitation_reintegration"]
    again = {c.j for c in cues if c.j - c.i > 1}  # the ends of "إعادة تأهيل", a longer phrase over the same word
    trained = [c for c in cues if c.entry.phrase == QUALIFY and c.j not in again
               and any(c.j <= t <= c.j + REBUILT_REACH and _leads_to(toks, c.j, t, lex) for t in people)]
    if trained:
        sent.cues["loe:rehabilitation_reintegration"] = [c for c in cues if c not in trained]
        _add_cues(sent, "loe:military", trained)


_THINGS_PRONOUN = "ها"  # an Arabic noun's suffix "its" (a thing's, a woman's, or a plural of things' or people's)


def _leads_to(toks: list[Token], k: int, t: int, lex: Lexicon) -> bool:
    """Whether the words from ``k`` to the thing rebuilt at ``t`` are what may stand between a rehabilitation and it:
    "of", an article, a count in digits or words with its "more than" ("of more than 100 houses", "أكثر من مئة
    منزل") or its measure ("14 km of canals"), and one word qualifying the thing right before it ("heritage houses",
    "maisons patrimoniales" after)."""
    while k < t:
        key = toks[k].key
        if key in words.OF or key in words.DETERMINERS or key in words.COUNT_OF:
            k += 1
        elif (parsed := parse_number(toks, k, lex)) is not None and parsed[1] <= t:
            k = parsed[1]
            if k < t and toks[k].key in words.MEASURES:
                k += 1  # "14 kilometres of irrigation canals", "14 كيلومتراً من قنوات الري": a length of the thing
        elif k == t - 1 and toks[k].text[:1].islower() and key not in words.AND and key not in words.PREPOSITIONS:
            k += 1  # "heritage houses" (not "foster care and school programmes": another thing done)
        else:
            return False
    return True


AGENT_DATE_WORDS = 5  # words of a date between a passive's participle and its "by" ("launched in March 2015 by")


def _agent_after_date(sent: Sent, lex: Lexicon) -> None:
    """"The Sawab Center was launched in 2015 by the United Arab Emirates", "lancé en mars 2016 par
    la France": a date between a passive's participle and its "by" breaks the agent's phrase
    ("launched by"); its "by" is that agent's cue all the same."""
    toks = sent.tokens
    bys = lex.words.get("agent_by", frozenset())
    for k, t in enumerate(toks):
        if k < 3 or t.key not in bys:
            continue
        parts = lex.words[f"agent_by:{t.key}"]
        j, dated = k - 1, False
        while j > 0 and k - j <= AGENT_DATE_WORDS and (toks[j].key.isdigit() or toks[j].key in lex.months
                                                       or toks[j].key in words.DATE_LINKS):
            dated = dated or toks[j].key.isdigit() or toks[j].key in lex.months
            j -= 1
        if dated and toks[j].key in parts:
            _add_cues(sent, "actor:agent", [Match(Entry("cue", "actor:agent", lex.lang, t.text), k, k + 1, t.start, t.end)])


def _add_cues(sent: Sent, cat: str, more: list[Match]) -> None:
    """Cues a reading adds to a category (a holding's verb, a weak cue beside its context),
    in the order of the sentence's words, as the matched ones are."""
    if more:
        sent.cues[cat] = sorted([*sent.cues.get(cat, []), *more], key=lambda c: c.i)


DENIAL_REACH = 15  # words after a denial it may cover, to its clause's end
ASKED_REACH = 30  # words after an exhortation what it asks may run to ("called on all Member States to repatriate …, and to
# prosecute, rehabilitate and reintegrate them, in accordance with resolution 2396")
# Cues that are verbs of their own clause: after "and", a new verb of the same subject
# ("Austria has not deployed troops ... and has joined ...", "Iraq thanked Germany ... and
# pledged ...")
_VERBS = ("actor:reporting", "actor:governor", "status:planned", "status:ongoing", "status:ended", "status:future",
          "status:until_roles")  # "… from 2014 to 2016 and commanded NATO Mission Iraq in 2021"


def _new_verbs(sent: Sent) -> frozenset[int]:
    """The coordinators ("and", "et") that a verb of its own follows, fillers allowed
    between: a verb the cues know ("and pledged", "and also announced"), or an
    auxiliary before a word that is no determiner, name or elided article ("and has
    joined", "et a rejoint"; not "et à l'opération"). Not a gerund, which goes on with
    what came before ("for leading and continuing ...")."""
    coordinators = [m.i for m in sent.cues.get("coordinator", [])]
    verbs = {m.i for cat in _VERBS for m in sent.cues.get(cat, [])}
    # Arabic writes "and" on the verb ("وأعلنت"): there the verb is its own coordinator (no
    # verb of these lists has و as its first root letter, as وقّع or وافق have)
    joined = {k for k in verbs if k and sent.tokens[k].text.startswith("و") and len(sent.tokens[k].text) > 3}
    # the verbs of the subject's own acts ("signed", "وقّع") name their conjunction: "ووقع"
    own = [m for m in sent.cues.get("actor:verb", []) if m.j == m.i + 1]
    verbs.update(m.i for m in own)
    joined.update(m.i for m in own if m.i and sent.tokens[m.i].text.startswith("و")
                  and ar_prefix(sent.tokens[m.i], m.entry.phrase)[0] == "و")
    if not coordinators:
        return frozenset(joined)
    auxiliaries = {m.i for m in sent.cues.get("actor:auxiliary", []) if m.j == m.i + 1}
    fillers = {k for m in sent.cues.get("actor:filler", []) for k in range(m.i, m.j)}
    toks, out = sent.tokens, set()
    for k in coordinators:
        j, end = k + 1, min(len(toks), k + 4)
        while j < end and j not in verbs and j not in auxiliaries and j in fillers:
            j += 1
        if j >= end:
            continue
        if j in verbs and not toks[j].key.endswith("ing"):
            out.add(k)
        elif j in auxiliaries and j + 1 < len(toks):
            nxt = toks[j + 1]
            if j + 1 not in fillers and not nxt.is_capitalised() and "'" not in nxt.text and "’" not in nxt.text:
                out.add(k)
    return frozenset(out | joined)


def _in_accordance(sent: Sent, k: int) -> bool:
    """A phrase of accordance at word ``k`` ("in accordance with", "conformément à", "وفقاً ل"): how an
    act is done, not a new clause."""
    return any(c.i == k for cat in ("resrel:implements", "strel:aligns_with") for c in sent.cues.get(cat, []))


_STOP_INSIDE = re.compile(r"[.!?]\s")


def _ends_a_sentence(word: str) -> bool:
    """A word a full stop after it ends a sentence with, not an abbreviation's letters ("U.S.", "St.", "Gen."): a
    number or a longer word."""
    return word.isdigit() or len(word) > 3


SPLIT_NEGATION = 2  # words between French "ne" and its "pas": the verb, a pronoun


def _denied(sent: Sent) -> frozenset[int]:
    """The tokens that a denial ("does not", "ne ... pas", "لم") stands before in their
    clause, up to a comma, a semicolon, a clause break or a new clause ("but"): a name
    there is not the actor's ("Japan does not take part in Operation Inherent Resolve").
    Words with a denial that deny nothing ("not only", "لا تزال") are no denial. A sentence
    that opens on a hypothesis ("Were the cabinet to agree, four F-35s would join …") is
    denied whole: nothing it says is done."""
    if words.HYPOTHETICAL.match(sent.text):
        return frozenset(range(len(sent.tokens)))
    # (one that ends on French "ne" reaches over its verb to the "pas" that closes it: "afin qu'ils ne soient pas une
    # proie …", a purpose's negation, no denial of the act)
    not_denials = [(c.i, c.j + (SPLIT_NEGATION if sent.tokens[c.j - 1].text.lower() in ("ne", "n'") else 0))
                   for c in sent.cues.get("deny:not", [])]
    stops = {c.i for cat in ("clause_break", "actor:clause_start") for c in sent.cues.get(cat, [])}
    stops |= sent.new_verbs  # "has not deployed troops to ... and has joined ...": the second is not denied
    out: set[int] = set()
    asks = {(c.i, c.j) for c in sent.cues.get("exhort", [])}
    for d in sent.cues.get("deny", []):
        if any(a <= d.i < b for a, b in not_denials):
            continue
        asked = (d.i, d.j) in asks
        k, end, past = d.j, min(len(sent.tokens), d.j + (ASKED_REACH if asked else DENIAL_REACH)), d.j
        while k < end:
            # the gap before each word in turn: the ones before were looked at already; a colon
            # opens what explains the denial ("has not withdrawn: it still commands …")
            if k in stops and asked and (to := _asked_to(sent, k, end)) is not None:
                # "calls on states that have nationals in the camp to repatriate and prosecute
                # them": past the addressee's relative, what it is asked to do is no act either
                asked, k, past = False, to, to
                continue
            gap = _gap(sent.text, sent.tokens[k - 1], sent.tokens[k], sent.start)
            if k in stops or k > past and (":" in gap or _STOP_INSIDE.match(gap) and _ends_a_sentence(sent.tokens[k - 1].text)):
                break  # (and a full stop the splitter left inside, before a lower-case word: "… not 20. and the course …")
            if k > past and not _one_clause(sent, k, k, stops):
                if asked and (_listed_act(sent, k) or _in_accordance(sent, k)):
                    # "calling on Member States to strengthen border controls, collect passenger data and
                    # prosecute …": the acts it asks for, listed, none done; and how it asks them done
                    # ("…, in accordance with resolution 2396"): no relation of the asker's to the resolution
                    out.add(k)
                    k += 1
                    continue
                after = _aside_after_subject(sent, k, stops)
                if after is None:
                    break
                end, k, past = min(len(sent.tokens), end + after - k), after, after
                continue
            out.add(k)
            k += 1
    return frozenset(out)


def _listed_act(sent: Sent, k: int) -> bool:
    """Word ``k``, after a comma only, goes on a list of what was asked in lower case ("to
    strengthen border controls, collect passenger data and …", "à renforcer …, collecter …"), its
    list closed by "and" later: no new clause, no name."""
    toks = sent.tokens
    return _gap(sent.text, toks[k - 1], toks[k], sent.start).strip() == "," and toks[k].text[:1].islower() \
        and any(c.i > k for c in sent.cues.get("coordinator", []))


def _asked_to(sent: Sent, k: int, end: int) -> int | None:
    """Where what an exhortation asks of its addressee begins, after a relative that
    describes the addressee and starts at ``k`` ("… the states that have nationals there
    to repatriate them", "… الدول التي لها رعايا في المخيم إلى إعادتهم"), within the
    clause; None where no such mark follows."""
    toks = sent.tokens
    for t in range(k + 1, end):
        if _gap(sent.text, toks[t - 1], toks[t], sent.start).strip():
            return None  # a comma or a dash: the clause ends before any
        if toks[t].key in words.ASKED_TO:
            return t
    return None


ASIDE_WORDS = 5  # words of an aside between commas after a subject ("، بوصفها دولة محايدة،")


def _aside_after_subject(sent: Sent, k: int, stops: set[int]) -> int | None:
    """Where the clause goes on after an aside set off by commas right after its subject
    ("لا تشارك النمسا، بوصفها دولة محايدة، في العمليات العسكرية": the verb before its subject,
    the denial reaching past the aside), or None: the comma before word ``k`` ends the clause."""
    toks = sent.tokens
    if _gap(sent.text, toks[k - 1], toks[k], sent.start).strip() not in (",", "،") \
            or not any(e.j == k and e.entry.kind in PARTNER_KINDS for e in sent.ents):
        return None
    for c in range(k + 1, min(len(toks), k + ASIDE_WORDS + 1)):
        if c in stops:
            return None
        gap = _gap(sent.text, toks[c - 1], toks[c], sent.start).strip()
        if gap in (",", "،"):
            return c
        if gap:
            return None
    return None
