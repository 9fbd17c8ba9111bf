"""Partners that work with each other as peers: after a cue of working together, the
partner governed by "with", "avec", "مع" (or named by its adjective after "alongside"), the
partners of a list acting together, and the one "with it" refers to."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from ..langs import ar_prefix
from ..model import Fact
from ..vocab import Lexicon, Match, Vocabulary
from . import words
from .clauses import RELATIVE_ENDS, Actors, _broken, _inside, bodies, provided_with, relative_subject_at, topic_label
from .mentions import named_as_observer
from .sentence import PARTNER_KINDS, Sent, _gap, arabic_conj, more_cues

SOLIDARITY_REACH = 4  # words from a verb of standing to its "with" ("وقوف مملكة البحرين إلى جانب")

if TYPE_CHECKING:
    from .builder import _Builder


ESPECIALLY_REACH = 10  # words before "especially" where the "with" it adds to may stand
AID_REACH = 8  # words from a grant's or a loan's noun to the "with" of its recipient ("a grant of $20 million with")
OWNED_PEERS_BETWEEN = 5  # words between "our partners" and the first partner it names ("include the governments of")
AID_AFTER = 5  # words from a "with" to the grant's or loan's noun after its recipient ("مع وزارة المالية العراقية اتفاقية قرض")
TRAINERS_BEFORE = 4  # words before a "with" where the trainers stand whose trainees it names ("ADF trainers have worked with")
PARTNER_OF_REACH = 2  # words between a partner's noun and its "of" ("a strong counterterrorism partner of", "un partenaire solide des")


PEERS_IN_ITEM = 3  # words of the place after "partners in" before "and" and the partner ("in Europe and the United States")


def _walk_left(sent: Sent, i: int, lex: Lexicon, partner: str) -> list[int]:
    """Where the phrase governing a name may end: before its determiners, and before
    the coordination it closes (", Italy and Saudi Arabia", "UNDP and Japan", "واليابان")."""
    toks = sent.tokens
    ent_end = {m.j: m for m in sent.ents}
    # "with the Government of Iraq": the state's government is the state
    owned = {k for m in sent.cues.get("actor:region", []) if m.entry.phrase.split()[-1] in ("of", "de", "du", "d'")
             for k in range(m.i, m.j)} if lex.lang != "ar" else set()
    if lex.lang != "ar":  # "with the Ministry of Defence of Italy", "avec le ministère de la Défense des États-Unis"
        owned |= {k for m in sent.cues.get("actor:institution", []) if m.j < len(toks) and toks[m.j].key in words.OF
                  for k in range(m.i, m.j + 1)}
    k = i
    ends = [k]
    # a partner's own people and offices ("forces", "police", "وزارة")
    people = {x for cat in ("actor:institution", "coop:peer_noun") for c in sent.cues.get(cat, []) for x in range(c.i, c.j)}
    nouns = people if lex.lang == "ar" else set()
    # "مع وزارة الداخلية في العراق" (with the interior ministry in Iraq): the state's own office,
    # as ``ActorFinder`` reads an office's "in" (not its forces': "القوات في العراق" are posted there)
    owner_words = lex.words.get("institution_owner") or frozenset()
    offices = {x for c in sent.cues.get("actor:institution", []) for x in range(c.i, c.j)} \
        - {x for c in sent.cues.get("personnel", []) for x in range(c.i, c.j)} if owner_words else set()
    # "إلى جانب قوات من السعودية" (alongside forces from Saudi Arabia), "together with border police
    # from Jordan": the state's own forces, and in English or French one word before their noun
    froms = {c.i for c in sent.cues.get("actor:owner", []) if c.j == c.i + 1}
    peers_in = {c.j: c for c in sent.cues.get("coop:peers_in", [])}
    while k > 0:
        # the state's own nouns before it, joined by "من" or an office's "في": walked back over
        # (the article of a state's name after "from": "aircraft from the United Arab Emirates")
        if k >= 3 and toks[k - 1].key in words.DETERMINERS and k - 2 in froms and k - 3 in people:
            k -= 1
        own = people if k >= 2 and k - 1 in froms and k - 2 in people else \
            offices if k >= 2 and k - 2 in offices and not owner_words.isdisjoint(toks[k - 1].keys) else None
        if own is not None:
            k -= 1
            while k > 0 and k - 1 in own:
                k -= 1
            ends.append(k)
            if own is people and not nouns and k > 0 and toks[k - 1].text.isalpha() and toks[k - 1].text.islower():
                ends.append(k - 1)  # "border police", "special forces": their noun's modifier
            continue
        if nouns and (m := next((e for e in sent.ents if e.i == k), None)) is not None \
                and ar_prefix(toks[k], m.entry.phrase)[1] in ("ل", "لل", "") and k - 1 in nouns:
            # "مع القوات البحرية للولايات المتحدة" (with the naval forces of the United States): its forces;
            # "مع سفارة المملكة المتحدة" (with the embassy of the United Kingdom): its embassy
            while k > 0 and k - 1 in nouns:
                k -= 1
            ends.append(k)
            continue
        k2 = k
        while k2 > 0 and (toks[k2 - 1].key in words.DETERMINERS or k2 - 1 in owned or toks[k2 - 1].key in words.HONORIFICS):
            k2 -= 1  # (and a title: "with the Royal Netherlands Air Force")
        if k2 != k:
            ends.append(k2)
        if (held := peers_in.get(k2)) is not None:
            k = held.i  # "with its counterparts in Malaysia": the state's own, no place
            while k > 0 and toks[k - 1].key in words.BEFORE_NOUN:
                k -= 1
            ends.append(k)
            continue
        gap = _gap(sent.text, toks[k2 - 1], toks[k2], sent.start) if k2 > 0 else ""
        e = None
        # (the place's preposition again after "and": "avec ses partenaires en Europe et aux États-Unis")
        at = k2 - 1 if k2 > 1 and toks[k2 - 1].key in words.AT_PLACE and toks[k2 - 2].key in words.AND else k2
        joined = at - 1 if at > 0 and toks[at - 1].key in words.AND else k2 if lex.lang == "ar" and arabic_conj(toks[k2]) else None
        if joined is not None and (held := next((c for c in peers_in.values() if joined - PEERS_IN_ITEM <= c.j < joined), None)):
            # "with our partners in Europe and the United States", "مع شركائنا في أوروبا والولايات المتحدة": a place
            # that is no partner, then the partner, both where the peers are
            k = held.i
            while k > 0 and toks[k - 1].key in words.BEFORE_NOUN:
                k -= 1
            ends.append(k)
            continue
        if k2 > 0 and toks[k2 - 1].key in words.AND:
            e = ent_end.get(k2 - 1)
        elif gap.strip() == "," or lex.lang == "ar" and arabic_conj(toks[k2]):
            e = ent_end.get(k2)
        if e and e.entry.kind in PARTNER_KINDS + ("body", "foreign") and e.entry.id != partner:  # "with Azerbaijan and Türkiye"
            k = e.i
            ends.append(k)
            continue
        break
    return ends


def _with_own_forces(sent: Sent, start: int, i: int) -> bool:
    """ "with" governs a partner's own forces ("flew with aircraft from the United Arab Emirates",
    "حلقت … مع طائرات من الإمارات", "patrolled with Jordanian troops"): acting beside them is working
    together, whatever the verb."""
    return any(start <= c.i < i for cat in ("coop:peer_noun", "personnel") for c in sent.cues.get(cat, []))


def _set_off(sent: Sent, m: Match, ends: list[int]) -> bool:
    """"soutient, avec les Pays-Bas, la réintégration …": a "with" phrase between commas
    after the verb tells who does it too, as "together with" does."""
    gov = next((c for c in sent.cues.get("coop:governor", []) if c.j in ends), None)
    if gov is None or gov.i == 0:
        return False
    toks = sent.tokens
    before = _gap(sent.text, toks[gov.i - 1], toks[gov.i], sent.start)
    after = sent.text[m.end - sent.start:].lstrip()
    return before.strip() in (",", "،") and after[:1] in (",", "،")


def cooperation(sent: Sent, lex: Lexicon, actors: Actors, build: _Builder) -> None:
    """Peers of each clause's actors: partners governed by "with", "together with", or
    coordinated with the actor under a cue of working together; and the members of a list
    of actors that co-lead, co-chair or act jointly ("co-led by Italy, Saudi Arabia and the
    United States") are each other's peers."""
    toks = sent.tokens
    cue_end = defaultdict(set)
    # "Interview with the Iraqi foreign minister: …": who speaks, no peer
    heads = {k for c in sent.cues.get("actor:speech", []) for k in range(c.i, c.j)}
    # "Canada will continue to stand with Iraq": solidarity, its "with" no peer's
    heads |= {k for c in sent.cues.get("coop:solidarity", []) for k in range(c.i, c.j)}
    if sent.cues.get("coop:strong") or sent.cues.get("coop:governor"):
        # "وقوف مملكة البحرين إلى جانب مصر", "stands firmly with Egypt": the verb of standing, its subject or
        # an adverb between, then "with"
        more_cues(sent, lex, "solidarity_split")
        heads |= {m.i for c in sent.cues.get("coop:solidarity_split", []) for cat in ("coop:strong", "coop:governor")
                  for m in sent.cues.get(cat, []) if c.j <= m.i <= c.j + SOLIDARITY_REACH}
    # "وقّع … اتفاقية منحة بقيمة 20 مليون دولار مع الحكومة العراقية": a grant's or a loan's
    # "with" names its recipient, no peer (its noun after the recipient too: "مع وزارة المالية العراقية اتفاقية قرض")
    aid = sent.cues.get("coop:aid", [])
    for cat in ("coop:governor", "coop:strong", "coop:location", "coop:border"):
        for m in sent.cues.get(cat, []):
            if m.i not in heads and not (cat == "coop:governor" and _names_a_recipient(sent, m, aid)):
                cue_end[m.j].add(cat)
    # a mission named beside "with": taking part in it with the partners after it ("operations …
    # within the Multinational Joint Task Force, with Cameroon, Chad and Niger"); an initiative
    # too, for "with" only ("New Zealand leads the Christchurch Call with France"; partners listed
    # as its subjects are no peers: "Germany and Japan announced contributions to the Facility")
    # (not "our partners Germany and Italy": someone's partners, no word of their working together)
    if sent.cues.get("coop:with_whom"):
        _with_whom(sent, actors, build)
    cues = [c for c in sent.cues.get("coop:cue", []) if not _owned_peers_named(sent, c)]
    worked_together = bool(cues) or bool(sent.cues.get("coop:strong"))
    has_cue = worked_together or any(m.entry.kind == "mission" for m in sent.ents)
    with_cue = has_cue or any(m.entry.kind == "initiative" for m in sent.ents)
    ent_end = {m.j: m for m in sent.ents}
    bodies_own = _body_relatives(sent, lex, build.vocab)
    especially = {c.j: c.i for c in sent.cues.get("actor:especially", [])}
    label = bool(sent.ents) and sent.ents[0].i == 0 and topic_label(sent)
    for m in sent.ents:
        if m.entry.kind == "mission" and m.i not in sent.denied:
            _with_a_mission(sent, lex, actors, build, m, cue_end)
        if m.entry.kind not in PARTNER_KINDS or m.i in sent.denied:
            continue
        if label and ":" not in sent.text[:m.start - sent.start]:
            continue  # "الكويت والعراق: وقّع …": what the item is about, no one's peer
        if named_as_observer(sent, m):
            continue  # "with forces from Bahrain and Qatar as observers": attending, no one's peer
        seg = actors.segment(m.i)
        if seg is None or seg.backers and m.entry.id in seg.actors:
            continue  # the partners whose support a clause names act side by side, not with each other
        # the subject of a relative after a mission or initiative, named before the peer in it, acts
        # with it ("the Sawab Center, which the UAE launched with the United States")
        relatives = tuple(p for p, k in (sent.relatives or {}).items() if k < m.i and p not in seg.actors
                          and not RELATIVE_ENDS.search(sent.text[toks[k].end - sent.start:m.start - sent.start]))
        for partner in (*seg.actors, *relatives):
            if m.entry.id == partner:
                continue
            ends = _walk_left(sent, m.i, lex, partner)
            start = ends[-1]
            peer = False
            if start in especially and not any(cue_end.get(e) for e in ends):
                # "with the partners, especially the United States": one more after that "with"
                # (not "with the participation of 20 states, including …": who took part, no peers)
                ends += [e for e in range(max(0, especially[start] - ESPECIALLY_REACH), especially[start] + 1)
                         if cue_end.get(e, set()) & {"coop:governor", "coop:strong"}
                         and not _inside(sent, "actor:agent", e - 1)][-1:]
            cats = set().union(*(cue_end.get(e, set()) for e in ends))
            if any(a < e <= b for e in ends for a, b in bodies_own):
                pass  # "the Facility, which UNDP runs with the Government of Iraq": UNDP's peer
            elif "coop:strong" in cats or "coop:governor" in cats and _set_off(sent, m, ends):
                peer = True  # ", with the Netherlands," set off by commas: doing it together
            elif "coop:governor" in cats and (with_cue or _with_own_forces(sent, start, m.i)):
                gov = next(c for c in sent.cues["coop:governor"] if c.j in ends)
                # "its border with Syria" is no peer; "… de la frontière commune, et avec l'Allemagne" is one
                peer = not any(b.j in (gov.i, gov.i - 1, gov.i - 2) and "," not in sent.text[
                    sent.tokens[b.j - 1].end - sent.start : sent.tokens[gov.i].start - sent.start]
                    for b in sent.cues.get("coop:border", []))
            elif _partner_of(sent, lex, m, start):
                # "a strong counterterrorism partner of the United States": no place; a peer where it acts
                build.peers_if_acting.append((partner, m.entry.id, sent, m.start, m.end))
            elif "coop:location" in cats or "coop:border" in cats:
                peer = False
            elif worked_together:
                # Subject coordination under a cue of working together: "Jordan and Norway have
                # co-chaired ..."; not "The United Kingdom and Italy take part in Operation
                # Inherent Resolve", where a mission alone is no such cue
                prev = ent_end.get(start - 1) if start > 0 and toks[start - 1].key in words.AND else None
                if lex.lang == "ar" and arabic_conj(toks[start]):
                    prev = ent_end.get(start)
                if prev is not None and prev.entry.id == partner and not _backed_by(sent, lex, m.i):
                    peer = True
            if peer:
                build.add("cooperation", partner, m.entry.id, sent, m.start, m.end)
    _provided_with(sent, lex, actors, build)
    # "alongside the British forces"; "with US and British naval forces" where the sentence says they work together
    governing = {"coop:strong", "coop:governor"} if has_cue else {"coop:strong"}
    # "avec nos alliés américains et britanniques", "with its British partners": a possessive
    # after "with" makes them the actor's own allies, working with it whatever the verb
    owned = {e for e, cats in cue_end.items() if "coop:governor" in cats and e < len(toks) and toks[e].key in words.POSSESSIVES}
    _adjective_peers(sent, lex, actors, build, {e for e, cats in cue_end.items() if cats & governing} | owned)
    # "The United Kingdom and France remain alongside us": each works with the speaker, not a
    # word of the two working together (``_alongside_the_speaker``)
    with_us = [(c.i, c.j) for c in sent.cues.get("coop:with_us", [])]
    together = [c for c in cues if c.i not in sent.denied and not any(a <= c.i < b for a, b in with_us)]
    if not together:
        return  # no cue of working together, or only denied ones ("have never worked together")
    _pronoun_peers(sent, actors, build)
    # where each segment ends (the next one's start): a relative's own words
    end_of = {id(seg): nxt for seg, nxt in zip(actors.segments, [s.start for s in actors.segments[1:]] + [len(toks)], strict=True)}
    for seg in actors.named():
        # co-actors are each other's peers; so are the partners listed with a profile's
        # subject, which acts alone ("Jordan and Norway have co-chaired ..."); a relative's
        # antecedents where the relative itself works together ("…, which co-chair the group";
        # not "with support from the US and the UK, which supplied …")
        if seg.relative and not any(seg.start <= c.i < end_of[id(seg)] for c in together):
            continue
        if all(c.i >= end_of[id(seg)] and (other := actors.segment(c.i)) is not None and other.actors
               and not set(other.actors) & set(seg.actors) for c in together):
            continue  # the cue is in another partner's clause after the list's ("Hungarian and Czech troops have
            # been hosted at the same bases, and the contingent has trained together with Slovak engineers")
        if seg.group and _backed_by(sent, lex, seg.group[0].i):
            continue  # "… بتمويل من ألمانيا والإمارات", "funded by Germany and the UAE": funders side by side
        for a in seg.actors:
            for other in seg.group:
                if other.entry.id != a and other.entry.kind in PARTNER_KINDS + ("adjective",):
                    build.add("cooperation", a, other.entry.id, sent, other.start, other.end)
    for seg in actors.referred():
        # "The two countries signed a cooperation agreement": each is the other's peer,
        # the words that refer to both the mention
        for a in seg.actors:
            for other in seg.actors:
                if other != a:
                    build.add("cooperation", a, other, sent, seg.plural.start, seg.plural.end)


def _provided_with(sent: Sent, lex: Lexicon, actors: Actors, build: _Builder) -> None:
    """The means a partner provides, with which the clause's actor acts ("The army has fought the group since 2017, with
    surveillance flights provided by the United States", "avec des drones fournis par la France", "مع طائرات مراقبة مقدمة
    من الولايات المتحدة"): the two work together, each other's peers (the provider's own act is its line, as a
    passive's agent's; ``provided_with``)."""
    for gov, after in provided_with(sent, lex):
        provider, before = actors.segment(after.i), actors.segment(gov.i - 1) if gov.i else None
        if provider is None or before is None or not before.actors or set(provider.actors) & set(before.actors):
            continue
        for a in before.actors:
            for b in provider.actors:
                build.add("cooperation", a, b, sent, after.start, after.end)
                build.add("cooperation", b, a, sent, after.start, after.end)


WITH_WHOM_BACK = 4  # words before "with whom" where the partners it refers to end ("nos alliés américains et britanniques, avec qui")


def _with_whom(sent: Sent, actors: Actors, build: _Builder) -> None:
    """Partners before a relative of working with them are the peers of the relative's own actor ("pour nos alliés
    américains et britanniques, avec qui nos équipages volent chaque jour": France's, its crews' "we"; "the Danish
    sappers with whom our engineers work"), whoever the clause before is about."""
    for c in sent.cues.get("coop:with_whom", []):
        if c.i in sent.denied or c.j >= len(sent.tokens):
            continue
        mine = actors.at(min(len(sent.tokens) - 1, c.j + 1))
        before = [e for e in sent.ents if e.entry.kind in (*PARTNER_KINDS, "adjective") and c.i - WITH_WHOM_BACK <= e.j <= c.i]
        for partner in mine:
            for e in before:
                if e.entry.id != partner:
                    build.add("cooperation", partner, e.entry.id, sent, e.start, e.end)


def _names_a_recipient(sent: Sent, governor: Match, aid: list[Match]) -> bool:
    """Whether a "with" names whom a grant, a loan or training goes to, no peer: a grant's or a loan's noun before it or
    right after its recipient ("signed a grant agreement of $20 million with", "مع وزارة المالية العراقية اتفاقية قرض"),
    or trainers before it ("ADF trainers have worked with the Iraqi Security Forces", who receive their training)."""
    toks = sent.tokens
    return any(c.j <= governor.i <= c.j + AID_REACH or governor.j < c.i <= governor.j + AID_AFTER for c in aid) \
        or any(toks[x].key in words.TRAINER_NOUNS for x in range(max(0, governor.i - TRAINERS_BEFORE), governor.i))


def _owned_peers_named(sent: Sent, c: Match) -> bool:
    """"We thank our partners Germany and Italy", "merci à nos partenaires 🇩🇪🇮🇹", "Our partners include the
    governments of Denmark and the Netherlands": someone's partners, named after the noun (a list's verb, determiners
    and their institution between), are that one's peers, not a word of their working with each other."""
    toks = sent.tokens
    if c.i == 0 or toks[c.i - 1].key not in words.POSSESSIVES \
            or not any(p.i == c.i and p.j == c.j for p in sent.cues.get("coop:peer_noun", [])):
        return False
    between = {k for cat in ("actor:list_subject", "actor:institution", "actor:filler") for m in sent.cues.get(cat, [])
               for k in range(m.i, m.j)}
    k = c.j
    while k < len(toks) and (toks[k].key in words.DETERMINERS or toks[k].key in words.OF or k in between) \
            and k - c.j < OWNED_PEERS_BETWEEN:
        k += 1
    return any(e.i == k and e.entry.kind in PARTNER_KINDS + ("adjective",) for e in sent.ents)


def _with_a_mission(sent: Sent, lex: Lexicon, actors: Actors, build: _Builder, m: Match, cue_end: dict[int, set[str]]) -> None:
    """"… بالتعاون مع بعثة الاتحاد الأوروبي الاستشارية في العراق", "in cooperation with NATO Mission Iraq": working
    together with an organisation's mission is working with the organisation (``Known.run_by``); only under a
    word of working together, as serving "with" a mission is taking part in it."""
    known = build.vocab.known.get(("mission", m.entry.id))
    seg = actors.segment(m.i)
    if known is None or known.run_by is None or seg is None:
        return
    if "coop:strong" not in set().union(*(cue_end.get(e, set()) for e in _walk_left(sent, m.i, lex, known.run_by))):
        return
    for partner in seg.actors:
        if partner != known.run_by:
            build.add("cooperation", partner, known.run_by, sent, m.start, m.end)


def _partner_of(sent: Sent, lex: Lexicon, m: Match, start: int) -> bool:
    """"Kenya remained a strong counterterrorism partner of the United States", "le Kenya,
    partenaire solide des États-Unis", "ظلت كينيا شريكاً قوياً للولايات المتحدة": the partner
    whose partner or ally the clause's actor is, named after the noun's "of" (a few words
    between, none a name, no comma), is its peer, not a place its "of" governs."""
    nouns = sent.cues.get("coop:partner_of")
    if not nouns:
        return False
    toks = sent.tokens
    if lex.lang == "ar":  # the preposition written onto the name: "للولايات"
        if ar_prefix(toks[m.i], m.entry.phrase)[1] not in ("ل", "لل"):
            return False
        of = m.i
    else:  # the "of" before the name's determiners, or walked over as one ("des")
        of = next((k for k in range(max(start - 1, 0), m.i) if toks[k].key in words.OF), None)
        if of is None:
            return False
    return any(c.j <= of <= c.j + PARTNER_OF_REACH and not any(c.j <= e.i < of for e in sent.ents)
               and "," not in sent.text[toks[c.j - 1].end - sent.start:toks[of].start - sent.start] for c in nouns)


def _backed_by(sent: Sent, lex: Lexicon, i: int) -> bool:
    """Whether the partner named at token ``i`` is one of a list of a thing's funders, right
    after "funded by", "financé par", "بتمويل من": each pays, none works with the other."""
    more_cues(sent, lex, "backing")
    listed = {k for e in sent.ents if e.entry.kind in PARTNER_KINDS for k in range(e.i, e.j)}
    joins = words.AND | words.DETERMINERS
    return any(c.j <= i and all(k in listed or sent.tokens[k].key in joins for k in range(c.j, i))
               for c in sent.cues.get("actor:backing", []))


def _body_relatives(sent: Sent, lex: Lexicon, vocab: Vocabulary) -> list[tuple[int, int]]:
    """The words of relatives whose subject is a body that is no partner's, to the next
    break ("the Facility, which UNDP runs with the Government of Iraq", "que le PNUD gère
    avec …", "الذي يديره البرنامج الإنمائي مع …"): whom the body works with there is its
    peer, not the peer of the antecedent's actor."""
    relatives = sent.cues.get("actor:relative")
    if not relatives:
        return []
    toks, named = sent.tokens, bodies(sent, vocab)
    spans = []
    for r in relatives:
        k = relative_subject_at(sent, r, lex.lang)
        if k in named:
            end = next((x for x in range(k + 1, len(toks)) if _broken(sent, x)), len(toks))
            spans.append((r.i, end))
    return spans


def _pronoun_peers(sent: Sent, actors: Actors, build: _Builder) -> None:
    """"with it", "avec lui", "معها" under a cue of working together: the peer is the
    partner named last before it who is not the clause's actor ("Morocco praised France's
    efforts and signed with it a memorandum"), named in the same sentence."""
    # (not a place named after its preposition: "Our British partners operate from Cyprus, and we coordinate our strikes
    # with them")
    places = {c.j for c in sent.cues.get("coop:location", [])
              if words.holds(words.AT_PLACE | words.OPERATING_FROM, sent.tokens[c.j - 1])}
    for p in sent.cues.get("coop:pronoun", []):
        if p.i in sent.denied:
            continue
        for a in actors.at(p.i):
            named = [m for m in sent.ents if m.j <= p.i and m.entry.kind in PARTNER_KINDS and m.entry.id != a
                     and not (m.i in places or m.i - 1 in places and sent.tokens[m.i - 1].key in words.DETERMINERS)]
            if named:
                m = named[-1]
                build.add("cooperation", a, m.entry.id, sent, m.start, m.end)


NOUN_ADJECTIVES = 1  # a noun's own adjective between a partner's and it ("naval", "البحرية")


def _adjective_peers(sent: Sent, lex: Lexicon, actors: Actors, build: _Builder, strong: set[int]) -> None:
    """Partners named by their adjective on a noun of forces or partners after a strong
    governor: "alongside their British and American partners", "aux côtés des armées
    britanniques", "إلى جانب القوات البريطانية". English puts the adjectives before the
    noun, French and Arabic after it."""
    if not strong:
        return
    toks = sent.tokens
    nouns = {k for cat in ("coop:peer_noun", "actor:institution", "personnel") for c in sent.cues.get(cat, []) for k in range(c.i, c.j)}
    adjectives = sorted((m for m in sent.ents if m.entry.kind == "adjective"), key=lambda m: m.i)
    at = {m.i: m for m in adjectives}
    ending = {m.j: m for m in sent.ents if m.entry.kind in ("adjective", "partner")}  # "with US and British forces"
    joins = {c.i for c in sent.cues.get("coordinator", [])}
    ours = {k for c in sent.cues.get("actor:first_person", []) for k in range(c.i, c.j)}

    def chain_left(i: int) -> int:
        """The first token of the list of adjectives ending at the one at ``i`` (joined
        by "and"/"et" or a comma)."""
        while (prev := ending.get(i - 1 if i - 1 in joins else i)) is not None and prev.i < i:
            i = prev.i
        return i

    def left_of(i: int) -> int:
        while i > 0 and toks[i - 1].key in words.BEFORE_NOUN:
            i -= 1
        return i

    strong = set(strong)

    def governed(i: int) -> bool:
        """A strong governor ends right before word ``i``, or before its determiners (a cue that ends on its own
        article, "avec l'aide des forces espagnoles", or one before it, "aux côtés des forces britanniques")."""
        return any(k in strong for k in range(left_of(i), i + 1))

    def coordinated(end: int) -> None:
        """The noun phrase after the one a strong governor took, ending at ``end``, and joined to it is
        governed too ("alongside the American navy and the British navy", "إلى جانب البحرية الأمريكية
        والبحرية الملكية البريطانية", "aux côtés des forces américaines et des forces britanniques")."""
        if end < len(toks) and end in joins:
            strong.add(end + 1)
        elif lex.lang == "ar" and end < len(toks) and arabic_conj(toks[end]):
            strong.add(end)

    for m in adjectives:
        if m.i in sent.denied:
            continue
        first = chain_left(m.i)
        noun = first
        if lex.lang == "en":
            after = m.j
            while after < len(toks) and (after in at or after in joins):
                after = at[after].j if after in at else after + 1
            # a noun's own adjective between ("US and British naval forces"); or the adjective as the noun
            # for the state's people ("with the British", "with the Americans"), no word after it
            own = next((k for k in range(after, after + NOUN_ADJECTIVES + 1) if k in nouns), None)
            if not governed(first) or own is None and not _as_noun(sent, after):
                continue
            if own is not None:
                while own + 1 in nouns:
                    own += 1
                coordinated(own + 1)
        elif lex.lang == "fr" and toks[first].text[:1].isupper() and governed(first):
            pass  # "avec les Britanniques": the noun for the state's people, capitalised
        else:  # "les forces navales américaines", "القوات البحرية الأمريكية"
            noun = next((k for k in range(first - 1, first - NOUN_ADJECTIVES - 2, -1) if k in nouns), -1)
            while noun > 0 and noun - 1 in nouns:  # the noun phrase's first word ("القوات البحرية")
                noun -= 1
            if noun < 0 or not governed(noun):
                continue
            coordinated(m.j)
        # "… les soldats irakiens qui reprenaient Mossoul, aux côtés de nos alliés américains": "our" allies are the
        # allies of the sentence's own actor, not of a relative's subject between
        owners = _main_actors(actors, m.i) if ours & set(range(left_of(min(first, noun)), min(first, noun))) else actors.at(m.i)
        for partner in owners:
            if partner != m.entry.id:
                build.add("cooperation", partner, m.entry.id, sent, m.start, m.end)


def _main_actors(actors: Actors, i: int) -> tuple[str, ...]:
    """The actors of the sentence's first clause that names any before token ``i``, not a relative's
    antecedent, a passive's agent, a backer or an object relative's subject: whom "our" stands for."""
    for seg in actors.segments:
        if seg.start > i:
            break
        if seg.actors and not (seg.relative or seg.agent or seg.backers or seg.provider or seg.inner):
            return seg.actors
    return actors.at(i)


def _as_noun(sent: Sent, after: int) -> bool:
    """An English adjective of a partner's people that ends its phrase ("with the British.", "with
    the Americans, who …"): no word follows before a break."""
    toks = sent.tokens
    return after >= len(toks) or any(ch in sent.text[toks[after - 1].end - sent.start:toks[after].start - sent.start] for ch in ",;:.()") \
        or toks[after].key in words.AND or toks[after].key in words.PREPOSITIONS


def _alongside_the_speaker(sent: Sent, actors: Actors, speaker: str | None, build: _Builder,
                          before: tuple[str, ...] = ()) -> None:
    """"Our British and French allies remain alongside us", "à nos côtés", "إلى جانبنا": the
    partners the clause names work with the partner the text's "we" is (its speaker, or
    the one partner the clause's first person stands for, or, where the allies its subject
    names act, the one the text was about before: ``before``)."""
    if sent.cues.get("coop:with_us"):
        more_cues(sent, build.lex, "presence")
    presence = sent.cues.get("coop:presence", [])
    for c in sent.cues.get("coop:with_us", []):
        if c.i in sent.denied or any(p.i <= c.i and c.j <= p.j for p in presence):
            continue  # "… and all of you for being with us tonight": a guest's presence
        # the partners its subject names ("our British … allies"), or the clause's actors
        start = next((seg.start for seg in reversed(actors.segments) if seg.start <= c.i), 0)
        named = [m for m in sent.ents if start <= m.i and m.j <= c.i and m.entry.kind in PARTNER_KINDS + ("adjective",)]
        allies = {m.entry.id for m in named}
        here = actors.at(c.i)
        we = speaker or next((ps[0] for ps in (here, before) if len(ps) == 1 and ps[0] not in allies), None)
        if we is None:
            continue
        for partner in dict.fromkeys((*here, *(m.entry.id for m in named))):
            if partner != we:
                m = next((m for m in named if m.entry.id == partner), None)
                build.add("cooperation", we, partner, sent, *((m.start, m.end) if m else (c.start, c.end)))


def _mutual_cooperation(build: _Builder) -> None:
    """Working together goes both ways: a partner another is said to cooperate with also
    cooperates with it, where the text has it act in its own right too (a dispatch's host
    that a US envoy thanks "for the cooperation with Kuwait in hosting the troops"). A
    partner that only receives the other's cooperation, and acts nowhere, is credited
    nothing: the text tells of no act of its. The partner whose partner an actor is said to be
    ("Kenya remained a strong counterterrorism partner of the United States") is its peer
    where it acts in the text too; one that acts nowhere only receives ("The EU remains a
    committed partner of Iraq", in a release on the EU's aid to Iraq)."""
    acting = {f.partner for f in build.facts.values() if f.kind != "cooperation"}
    for partner, other, sent, start, end in build.peers_if_acting:
        if other in acting:
            build.add("cooperation", partner, other, sent, start, end)
    for fact in [f for f in build.facts.values() if f.kind == "cooperation"]:
        other = str(fact.obj)
        if other in acting and other != fact.partner:
            mirror = Fact("cooperation", other, fact.partner, dict(fact.attrs), list(fact.evidence))
            build.facts.setdefault(mirror.key(), mirror)
