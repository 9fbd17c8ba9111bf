"""Which mentions of a sentence go together, and where its clauses start: a list of
partners ("Jordan and Norway"), a partner with its institution or officials ("the
Canadian Armed Forces", "Niger's defence minister"), a dateline's city, a place fronted
before the subject; and the words of the sentence by the role the actor finder reads them
in (``Groups._cue_sets``: institutions, people, fillers, determiners, recipients …). A
mixin of ``actors.ActorFinder``, which holds the language's words these readings use."""

from __future__ import annotations

from collections.abc import Callable

from ..langs import ar_prefix, is_flag, phrase_key
from ..vocab import Match
from . import words
from .clauses import (
    _BREAK,
    _ELIDED,
    _HARD_BREAK,
    _NUMBER,
    _POST_NUMBER,
    ACTOR_KINDS,
    APPOSITION_TAIL,
    REPORTED_AFTER,
    _agency,
    _broken,
    _cue_tokens,
    _not_inside_institutions,
)
from .known import DATELINE_TAIL
from .numbers import _model
from .sentence import Sent, _gap, more_cues

INFINITIVE_SUBJECT = 2  # words between a partner and its verb of speech before "to" ("Sweden has pledged to …")
OFFICE_NAME_AFTER = 6  # words of an Arabic office's name after its noun ("المركز العالمي لمكافحة الفكر المتطرف «اعتدال» في …")
OFFICE_NAME_WORDS = 2  # words of an office's name after its noun between two partners of one list ("ووزارة الخزانة الأمريكية")

MODIFIERS = 8  # words at most of a list of modifiers between an adjective and its noun ("chemical, biological, … defence")


def _past_modifiers(sent: Sent, k: int) -> int:
    """Past a list of lower-case modifiers that commas and "and" join, from word ``k`` ("a Czech chemical, biological,
    radiological and nuclear defence team", "une équipe … de défense nucléaire, radiologique, biologique et chimique"
    reads none: its adjective follows the noun): where the noun they modify is near. ``k`` itself where no such list."""
    toks, n, commas, joined = sent.tokens, k, 0, False
    while n + 1 < len(toks) and n - k < MODIFIERS and toks[n].text.isalpha() and toks[n].text.islower():
        gap = _gap(sent.text, toks[n], toks[n + 1], sent.start)
        if gap.strip() == ",":
            commas += 1
        elif gap != " ":
            break
        joined = joined or toks[n + 1].key in words.AND
        n += 1
    return n if commas and joined else k


_STATUS_VERBS = ("status:planned", "status:ongoing", "status:ended")  # their cues mark Arabic verbs too


class Groups:
    """How the mentions of a sentence group (mixed into ``ActorFinder``)."""

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
        near = set(range(m.j, min(_past_modifiers(sent, m.j) + 3, len(sent.tokens)))) | set(range(max(0, m.i - 3), m.i))
        # "Six Belgian F-16s flew …", "Les quatre F-16 belges reprendront …": its aircraft, by their model
        return bool(near & (inst | acts)) or self._people(sent, m) or self._side(sent, m) or self.latin and (
            m.j < len(sent.tokens) and _model(sent, m.j) or m.i >= 2 and _model(sent, m.i - 2))

    @staticmethod
    def _side(sent: Sent, m: Match) -> bool:
        """A party to talks named by its adjective and "side" ("the Kuwaiti side", "la partie koweïtienne", "الجانب
        الكويتي"; as written: not "إلى جانب", alongside): its state, as its government is."""
        toks = sent.tokens
        return m.j < len(toks) and toks[m.j].text.lower() in words.SIDE_NOUNS \
            or m.i > 0 and toks[m.i - 1].text.lower() in words.SIDE_NOUNS

    def _attached_members(self, sent: Sent, g: list[Match], c: dict[str, set[int]]) -> list[Match]:
        """The mentions of a list that name actors: names, and adjectives attached to their
        noun (``_attached``); a list of adjectives only is one noun's ("les forces spéciales
        danoises, norvégiennes et suédoises": the last is as far from "forces" as it is
        attached), so one attached attaches them all."""
        attached = [m.entry.kind != "adjective" or self._attached(sent, m, c["inst"], c["acts"]) for m in g]
        # (the last may be a name written as an adjective, before the noun: "Australian and New Zealand soldiers")
        if any(attached) and all(m.entry.kind == "adjective" or m is g[-1] and m.j in c["inst"] for m in g):
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
        # "… from camps in Syria, and Germany said …": likewise after places, with a verb of speech too, or after a list
        # of places "and" closed ("… out of Jordan and the UAE, the Brits are flying …")
        places_at = {m.j for m in sent.cues.get("coop:location", [])} if len(ments) > 1 else set()
        said = (_cue_tokens(sent, "actor:verb") | _cue_tokens(sent, "actor:auxiliary") | _cue_tokens(sent, "actor:reporting")) \
            if places_at else set()
        # (an Arabic verb the cues know by its role: "تدرب", "تواصل")
        arabic_verbs = {k for cat in ("actor:recipient_verb", *_STATUS_VERBS) for k in _cue_tokens(sent, cat)} \
            if places_at and not self.latin else set()
        for m in ments:
            if out and self.latin and "," in (gap := sent.text[out[-1][-1].end - sent.start : m.start - sent.start]):
                joined = bool(words.COORDINATOR.search(gap))
                # after a list of peers that "and" closed, the next partner after a comma opens
                # the clause ("Together with Germany and France, Italy co-hosted …")
                if peers_from < out[-1][0].i and (m.j in verbs and joined or coordinated[-1] and not joined) \
                        or out[-1][0].i in places_at and m.j in said and (joined or coordinated[-1]) \
                        or self._after_fronted_place(sent, out[-1], m):
                    out.append([m])
                    coordinated.append(False)
                    continue
            if out and not self.latin and out[-1][0].i in places_at and m.j in said | arabic_verbs \
                    and "،" in sent.text[out[-1][-1].end - sent.start : m.start - sent.start]:
                # "… في بغداد، وألمانيا تدرب قوات البيشمركة …": after a place, a comma, a partner and its verb open the
                # next clause, no list with the place
                out.append([m])
                coordinated.append(False)
                continue
            if out and not (m.j in reasons and praise < m.i and len(out[-1]) == 1 and out[-1][0].entry.kind == "capital"):
                prev = out[-1][-1]
                gap = sent.text[prev.end - sent.start : m.start - sent.start]
                conj = not self.latin and ar_prefix(sent.tokens[m.i], formal.get(m.i, m.entry.phrase))[0] == "و"
                # flags side by side are a list ("merci à nos partenaires 🇩🇪🇮🇹"), but for those a post opens with, the
                # first its own state's ("🇧🇪🇮🇶 Retour au pays ! Nos 25 instructeurs …": a Belgian post about Iraq)
                conj = conj or m.i == prev.j and prev.i > 0 and not gap.strip() \
                    and is_flag(sent.tokens[prev.i].text) and is_flag(sent.tokens[m.i].text)
                if self.latin and self._preposition_again(sent, prev, m):
                    out[-1].append(m)
                    coordinated[-1] = True
                    continue
                if m.i == prev.j and (conj or words.LIST_GAP.match(gap) and gap.strip()) or \
                        m.i - prev.j <= 4 and words.LIST_GAP.match(gap) and (gap.strip() or conj) or \
                        prev.entry.kind == "adjective" and m.i - prev.j <= 4 and words.COUNTED_GAP.match(gap):
                    # ", as well as the"; "300 Australian and 100 New Zealand soldiers": one noun's
                    out[-1].append(m)
                    coordinated[-1] = coordinated[-1] or conj or bool(words.COORDINATOR.search(gap))
                    continue
            out.append([m])
            coordinated.append(False)
        # names joined by commas only are no list ("Lors de la réunion de Paris, l'Italie
        # maintient ...", "At the meeting in Rome, Italy keeps ..."), but for a place and
        # its country in apposition ("headquartered in N'Djamena, Chad.")
        lists = [part for g, joined in zip(out, coordinated, strict=True)
                 for part in ([g] if joined or self._apposition(sent, g) else [[m] for m in g])]
        return self._with_offices(sent, lists) if len(lists) > 1 else lists

    def _preposition_again(self, sent: Sent, prev: Match, m: Match) -> bool:
        """"merci à l'Allemagne et à la Norvège", "grateful to Germany and to Italy": the first
        name's preposition said again after "and" joins the two into one list."""
        toks = sent.tokens

        def before(k: int) -> int:  # the word before a name and its articles
            k -= 1
            while k >= 0 and toks[k].key in self.determiners:
                k -= 1
            return k

        q, p = before(m.i), before(prev.i)
        return q == prev.j + 1 and p >= 0 and toks[prev.j].key in words.AND and toks[q].key == toks[p].key \
            and (toks[q].key in words.PREPOSITIONS or any(g.j == p + 1 for g in sent.cues.get("actor:governor", []))) \
            and "," not in sent.text[prev.end - sent.start : m.start - sent.start]

    def _with_offices(self, sent: Sent, groups: list[list[Match]]) -> list[list[Match]]:
        """Partners each named with its office and joined by one "and" are one list: "the
        Government of Saudi Arabia and the Government of Iraq", "le gouvernement de l'Arabie
        saoudite et le gouvernement de l'Irak", "حكومة المملكة العربية السعودية وحكومة جمهورية
        العراق" — as "Saudi Arabia and Iraq" is (the parties of a memorandum "between" them)."""
        toks = sent.tokens
        offices = self._party_offices(sent)
        out = [groups[0]]
        for g in groups[1:]:
            between = range(out[-1][-1].j, g[0].i)
            # (an institution's own word that starts with "و" is no "and": "يدرّب عسكريون إسبان وحدات الجيش العراقي",
            # Spanish soldiers train the Iraqi army's units)
            ands = [k for k in between if toks[k].key in words.AND
                    or not self.latin and k in offices and toks[k].text.startswith("و") and not self._whole_institution_word(sent, k)]
            # (an office's own name after its noun, capitalised, "Saudi Arabia's State Security Presidency and the US
            # Treasury"; in Arabic a word or two after the office's noun, "رئاسة أمن الدولة السعودية ووزارة الخزانة الأمريكية")
            named = {k for k in between if not any(e.i <= k < e.j for e in sent.ents) and (
                self.latin and toks[k].is_capitalised()
                or not self.latin and any(o in offices for o in range(max(between.start, k - OFFICE_NAME_WORDS), k)))}
            gap = sent.text[out[-1][-1].end - sent.start : g[0].start - sent.start]
            if named and any(ch in gap for ch in ",;:()?!،؛"):
                named = set()  # (a name in brackets, a question: "Question de Sofia (Namur) : Et les Pays-Bas ?")
            if len(ands) == 1 and any(k in offices or k in named for k in between) and all(
                    k in offices or k in ands or k in named or toks[k].key in self.determiners or toks[k].key in words.OF
                    for k in between):
                out[-1] = [*out[-1], *g]
            else:
                out.append(g)
        return out

    def _party_offices(self, sent: Sent) -> set[int]:
        """The words of a party's office before its name, and their "of": "the Government of",
        "the interior ministries of", "وزارة الداخلية في" (``_with_offices``, ``Subjects._between``)."""
        return _cue_tokens(sent, "actor:institution") | self._words(sent, "institution_owner") \
            | {m.j - 1 for m in sent.cues.get("actor:owner", [])}

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
                              and toks[k].text.startswith("و") and len(toks[k].keys) > 1 and k in c["inst"]
                              and not self._whole_institution_word(sent, k)), None)
                # before the coordinator the first official's title and name; after it, the
                # second's title only
                plain = coord is not None and coord - prev.j <= 4 and all(
                    k in c["inst"] or k in c["allowed"] for k in range(coord + 1, g[0].i)) and (
                    not self.latin or all(k in c["inst"] or k in c["allowed"] or toks[k].is_capitalised()
                                          or not toks[k].text.isalpha() for k in range(prev.j, coord)))
                # (not "Canadian personnel train and advise Iraqi security forces": a verb before it)
                if plain and not _BREAK.search(gap):
                    out[-1] = out[-1] + g
                    continue
            out.append(g)
        return out

    @staticmethod
    def _whole_institution_word(sent: Sent, k: int) -> bool:
        """An Arabic institution's word that starts with "و" as a letter of its own, not "and" ("وزارة المالية", the
        ministry of finance; not "ووزارة", "and the ministry"): an institution's cue matched on the whole word."""
        whole = sent.tokens[k].keys[0]
        return any(m.i == k and phrase_key(m.entry.phrase.split()[0], "ar") == whole for m in sent.cues.get("actor:institution", []))

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
            if self.latin and m.j < len(toks) and toks[m.j].key in words.TO_VERB \
                    and any(m.i - INFINITIVE_SUBJECT <= e.j <= m.i for e in sent.ents if e.entry.kind in ACTOR_KINDS):
                # "Sweden has pledged to join our donors …": the partner's own infinitive, no clause of another
                # subject's (but "The two ministers agreed to coordinate …" reports what the pair named before does)
                continue
            starts.add(m.j)  # "the army said the strikes ...": a new clause after the verb
        for m in sent.cues.get("coop:with_whom", []):
            starts.add(m.i)  # "…, avec qui nos équipages volent": its own subject's clause (``cooperation._with_whom``)
        said = sent.cues.get("actor:reporting", [])
        for m in sent.cues.get("actor:complement", []):  # "told the committee on Tuesday that …": its object between
            if not self.latin or any(0 <= m.i - r.j <= REPORTED_AFTER for r in said) \
                    or (m.i - 1) in c["coordinator"] and any(r.j <= m.i for r in said):
                starts.add(m.j)  # "… said the detention … remains a concern, and that the United States …" too
        told = sent.cues.get("actor:narrating", [])
        for m in sent.cues.get("actor:how", []):  # "the book shows how Dutch F-16s struck …": told as done, its own clause
            if any(0 <= m.i - r.j <= REPORTED_AFTER for r in told):  # (Arabic's subject between: "يروي الكتاب كيف …")
                starts.add(m.j)
        for m in sent.cues.get("actor:plural", []):  # "..., and the two sides discussed ...": its own clause
            k = next((k for k in range(max(1, m.i - 2), m.i + 1)
                      if _broken(sent, k)), None)
            if k is not None:
                starts.add(k)
        return sorted(s for s in starts if s < len(toks))

    # --- the words of a sentence by their role ------------------------------------

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

    def _words(self, sent: Sent, cat: str) -> set[int]:
        """The tokens one of whose keys is a word of ``Lexicon.words[cat]``, outside names (as
        no cue counts inside a name)."""
        words = self.lex.words.get(cat)
        if not words:
            return set()
        return {k for k, t in enumerate(sent.tokens) if not words.isdisjoint(t.keys) and not any(a <= k < b for a, b in sent.names)}

    def _offices(self, sent: Sent, inst: set[int]) -> set[int]:
        """Institutions that are offices ("وزير الدفاع في بلجيكا" is Belgium's minister): no
        people's noun, and a run of institution words that does not open with a word that
        only qualifies another ("الضربات الجوية في سوريا": air strikes in Syria, where "الجوية"
        follows a noun that is no institution), nor forces or aircraft deployed there ("سرب من
        المقاتلات في الأردن": a squadron in Jordan, ``deployed_institutions``)."""
        out = set()
        for k in inst - _cue_tokens(sent, "personnel"):
            if not self._deployed.isdisjoint(sent.tokens[k].keys):
                continue
            j = k
            while j - 1 in inst:
                j -= 1
            # (past a word of belonging that opens it: "فرق إزالة الألغام التابعة للمديرية العامة للدفاع المدني في
            # العراق", the teams of Iraq's civil defence)
            while j < k and self._modifiers.intersection(sent.tokens[j].keys) and not self._modifiers.intersection(sent.tokens[j + 1].keys):
                j += 1
            if not self._modifiers.intersection(sent.tokens[j].keys):
                out.add(k)
        return out

    def _office_names(self, sent: Sent, offices: set[int]) -> set[int]:
        """The words that name an office after its noun, up to the "في" of its owner's
        institution ("مديرية مكافحة الإرهاب في وزارة الداخلية العراقية": the directorate for
        countering terrorism in Iraq's ministry), no name and no break among them: the office's
        too, as the owner of what stands after them is the office's owner."""
        owners = self._words(sent, "institution_owner")
        named = {k for e in sent.ents for k in range(e.i, e.j)}
        # no word of cooperation among them ("وتبادلت الوحدة المعلومات المالية مع نظيراتها في العراق")
        named |= {k for cat, ms in sent.cues.items() if cat.startswith("coop:") and cat != "coop:location" for m in ms for k in range(m.i, m.j)}
        out: set[int] = set()
        nouns = self._words(sent, "named_office")
        for k in offices:
            if k + 1 in offices:
                continue
            j = k  # the run of office words it ends, one of them its noun ("المركز الوطني للتأهيل في …")
            while j - 1 in offices:
                j -= 1
            if nouns.isdisjoint(range(j, k + 1)):
                continue
            end = next((x for x in range(k + 1, min(k + OFFICE_NAME_AFTER + 2, len(sent.tokens))) if x in owners), None)
            # (no date among them: "ويُذكر أن المركز أُنشئ عام 2017 في الرياض" tells where it was founded)
            if end is not None and end > k + 1 and not any(x in named or _broken(sent, x) or _NUMBER.match(sent.tokens[x].key)
                                                           for x in range(k + 1, end + 1)):
                out.update(range(k + 1, end))
        return out

    def _cue_sets(self, sent: Sent) -> CueSets:
        return CueSets(self, sent)

    def institutions(self, sent: Sent) -> set[int]:
        """The words of a state's institutions and officials, and of its people ("the Ministry",
        "الملك", "troops"), but nobody's."""
        return self._cue_sets(sent)["inst"]


def _nobody_words(f: Groups, sent: Sent, c: CueSets) -> set[int]:
    nobody = _cue_tokens(sent, "actor:nobody")
    if nobody & c["_inst"]:  # "le conseil" is the Security Council's, "le conseil de gouvernement" a state's own
        return _not_inside_institutions(sent)
    return nobody


def _inst_words(f: Groups, sent: Sent, c: CueSets) -> set[int]:
    inst = c["_inst"]
    if f.latin:  # "la DGST marocaine", "the Iraqi CTS": an agency by its acronym (not "ISIS")
        caps = [k for k, t in enumerate(sent.tokens) if 2 <= len(t.text) <= 6 and t.text.isupper()]  # most have none
        if caps:
            inst = inst | ({k for k in caps if _agency(sent, k)} - c["nobody"])
    return inst


def _ends(*cats: str) -> Callable[[Groups, Sent, CueSets], set[int]]:
    """The last words of the cues of ``cats``."""
    return lambda f, sent, c: {m.j - 1 for cat in cats for m in sent.cues.get(cat, [])}


def _tokens(cat: str) -> Callable[[Groups, Sent, CueSets], set[int]]:
    return lambda f, sent, c: _cue_tokens(sent, cat)


# how each set is found from the sentence's cues and the sets before it; those named with
# "_" only go into others
_CUE_SETS: dict[str, Callable[[Groups, Sent, CueSets], set[int]]] = {
    "people": _tokens("personnel"),
    "_inst": lambda f, sent, c: _cue_tokens(sent, "actor:institution") | c["people"],
    "nobody": _nobody_words,
    "inst": _inst_words,
    "acts": _tokens("actor:act"),
    "_fillers": _tokens("actor:filler"),
    "_determiners": lambda f, sent, c: {k for k, t in enumerate(sent.tokens) if t.key in f.determiners},
    "deny": _tokens("deny"),
    "particle": lambda f, sent, c: f._words(sent, "particle"),
    "time": lambda f, sent, c: f._words(sent, "time"),
    "pronoun": _tokens("actor:pronoun"),
    "allowed": lambda f, sent, c: c["_fillers"] | c["inst"] | f._act_nouns(sent, c["acts"], c["_fillers"] | c["_determiners"])
    | c["nobody"] | _cue_tokens(sent, "actor:governor") | c["_determiners"] | _cue_tokens(sent, "mission:military"),
    "walk": lambda f, sent, c: _cue_tokens(sent, "actor:region") | c["_determiners"] | (c["inst"] - c["aid"]),
    "place_nouns": _tokens("actor:place"),
    "agent": _ends("actor:agent"),
    "especially": _ends("actor:especially"),
    "especially_at": lambda f, sent, c: {m.i for m in sent.cues.get("actor:especially", [])},
    "each_of": _ends("actor:each_of"),
    "governor": _ends("actor:governor"),
    "coordinator": lambda f, sent, c: {m.i for m in sent.cues.get("coordinator", [])},
    "relative": lambda f, sent, c: _ends("actor:relative")(f, sent, c) | f._elided_relatives(sent),
    "peer": _ends("coop:governor", "coop:strong"),
    "owner": _ends("actor:owner"),
    "inst_owner": lambda f, sent, c: f._words(sent, "institution_owner"),
    # "وزير الدفاع في بلجيكا" is Belgium's minister; "مدرب في العراق" a trainer posted there
    # a name that owns people, and the "ومن" naming their next owner ("خبراء من البعثة ومن وحدة …", ``_owners_listed``)
    "owners_listed": lambda f, sent, c: f._owners_listed(sent, c) if not f.latin else set(),
    "_offices": lambda f, sent, c: f._offices(sent, c["inst"]) if not f.latin else set(),
    "office": lambda f, sent, c: c["_offices"] | f._office_names(sent, c["_offices"]),
    "blocked": _ends("coop:location", "actor:recipient", "actor:recipient_verb"),
    "recipient_verb": _ends("actor:recipient_verb"),
    "aid": _tokens("actor:recipient"),
    "possessor": _tokens("actor:possessor"),
    "clause_start": lambda f, sent, c: {m.j for m in sent.cues.get("actor:clause_start", [])},  # the clause after "while"
}


class CueSets(dict):
    """The words of a sentence by the role the finder reads them in (institutions, people,
    fillers, determiners, recipients …), each set found when a reading first asks for it: a
    sentence's clauses ask for a few of some thirty, and the finder reads every sentence.
    Readings may add sets of their own (``body``, ``number_words``)."""

    def __init__(self, finder: Groups, sent: Sent) -> None:
        super().__init__()
        self._finder, self._sent = finder, sent

    def __missing__(self, key: str) -> set[int]:
        value = self[key] = _CUE_SETS[key](self._finder, self._sent, self)
        return value
