"""The cues of a language file compiled: the phrases each reading looks for (``add_cues``,
in every sentence) and those only some readings need (``add_extra``, matched on demand:
words as common as "the", "de", "في")."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from babel import Locale

from .entries import Vocabulary
from .gazetteer import Entry, Gazetteer


@cache
def month_names(lang: str) -> list[str]:
    """The months' names and abbreviations (CLDR): they end a name, fill a range of dates."""
    return sorted({str(name) for ctx in ("format", "stand-alone") for width in ("wide", "abbreviated")
                   for name in Locale(lang).months[ctx][width].values()})


def _with_inserted(phrases: Iterable[str], inserted: dict[str, list[str]]) -> list[str]:
    """Status phrases with an adverb after their auxiliary too ("has seconded" -> "has also
    seconded", "a déployé" -> "a également déployé"): the language file lists the auxiliaries
    (``inserted.after``) and the adverbs (``inserted.words``), not every phrase twice."""
    after, adverbs = set(inserted.get("after") or ()), inserted.get("words") or ()
    out = [str(ph) for ph in phrases or ()]
    for ph in list(out):
        first, _, rest = ph.partition(" ")
        if rest and first in after:
            out.extend(f"{first} {adverb} {rest}" for adverb in adverbs)
    return out


def compile_cues(vocab: Vocabulary, lang: str, conf: dict[str, Any]) -> tuple[Gazetteer, dict[str, Gazetteer]]:
    """The language file's cues, each under its category's name, and the groups matched on demand."""
    cues = Gazetteer()

    def add_cues(name: str, phrases) -> None:
        for ph in phrases or ():
            cues.add(str(ph), lang, Entry("cue", name, lang, str(ph)))

    # cues of common words that only some readings need ("the", "de", "في"): matched in a
    # sentence once a reading needs them (``sentence.more_cues``), not in every sentence
    extra: dict[str, Gazetteer] = {}

    def add_extra(group: str, name: str, phrases) -> None:
        for ph in phrases or ():
            extra.setdefault(group, Gazetteer()).add(str(ph), lang, Entry("cue", name, lang, str(ph)))

    add_cues("personnel", conf["personnel_nouns"])
    add_cues("personnel:duration", conf.get("durations"))  # "34 ans", "for 12 years": no headcount
    add_cues("name:not", conf.get("not_names"))
    add_cues("clause_break", conf.get("clause_breaks"))
    add_cues("coordinator", conf.get("coordinators"))
    add_cues("deny", conf.get("denials"))
    add_cues("deny", conf.get("exhortations"))
    add_cues("exhort", conf.get("exhortations"))  # which denials ask another to act (``analysis._denied``)
    add_cues("deny:not", conf.get("denials_not"))
    add_cues("negation", conf.get("negation"))
    add_cues("holding", conf.get("holding"))  # "has 40 soldiers in …": ongoing, with a count after
    add_cues("working", conf.get("working"))  # "60 Norwegian personnel advise …": ongoing, after its people
    for key, phrases in (conf.get("year_range") or {}).items():
        add_extra("dates", f"range:{key}", phrases)
    add_extra("dates", "range:fillers", month_names(lang))  # "from November 2020 to May 2022"
    inserted = conf["status"].get("inserted") or {}
    for status, phrases in conf["status"].items():
        if status != "inserted":
            add_cues(f"status:{status}", _with_inserted(phrases, inserted))
    r = conf["resolution"]
    add_cues("res:trigger", r["trigger"])
    add_cues("res:UNSC", r["unsc"])
    add_cues("res:UNGA", r["unga"])
    add_cues("res:anaphor", r.get("anaphora"))
    add_cues("res:cited", r.get("cited"))
    for rel, phrases in r["relation"].items():
        add_cues(f"resrel:{rel}", phrases)
    s = conf["strategy"]
    add_cues("strategy:head", s["heads"])
    add_cues("strategy:updated_it", s.get("updated_it"))
    for rel, phrases in s["relation"].items():
        add_cues(f"strel:{rel}", phrases)
    for scope, phrases in s["scope"].items():
        add_cues(f"scope:{scope}", phrases)
    add_cues("initiative:head", conf["initiative"]["heads"])
    add_cues("initiative:not", conf["initiative"].get("not_heads"))
    add_cues("initiative:chair_label", conf["initiative"].get("chair_labels"))
    groups = conf["initiative"].get("groups") or {}
    for key in ("heads", "weak_heads"):
        add_cues(f"group:{key}", groups.get(key))
    for key in ("owner", "links", "not_before", "narrowing"):
        add_extra("groups", f"group:{key}", groups.get(key))
    for k in vocab.known.values():
        for ph in k.topics.get(lang, ()):
            extra.setdefault("groups", Gazetteer()).add(ph, lang, Entry("cue", "group:topic", lang, ph, k.id))
    add_cues("personnel:ellipsis", conf.get("personnel_ellipsis"))
    add_extra("personnel_ellipsis_in", "personnel:ellipsis_in", conf.get("personnel_ellipsis_in"))  # "in", "في"
    m = conf["mission"]
    add_cues("mission:head", m["heads"])
    add_cues("mission:military", m["military_context"])
    add_cues("mission:not", m["not_mission_context"])
    add_cues("mission:received", m.get("received"))
    add_cues("mission:funded", m.get("funded"))
    add_extra("includes", "mission:includes", m.get("includes"))  # read where a noun of troops follows a mission
    # matched only where a mission is read: what its mention's words say of the actor's part
    add_extra("hosted", "mission:host_verb", (m.get("hosted") or {}).get("verbs"))
    add_extra("hosted", "mission:hosted_head", (m.get("hosted") or {}).get("heads"))
    add_extra("met", "mission:met", (m.get("met") or {}).get("verbs"))
    add_extra("met", "mission:met_office", (m.get("met") or {}).get("offices"))
    transfer = m.get("command_transfer") or {}
    add_cues("mission:command_nouns", transfer.get("nouns"))  # its verbs and "to" only where a noun is
    for key in ("verbs", "to", "take_verbs", "from"):
        add_extra("command", f"mission:command_{key}", transfer.get(key))
    c = conf["cooperation"]
    add_cues("coop:governor", c["governors"])
    add_cues("coop:strong", c["strong_governors"])
    add_cues("coop:cue", c["cues"])
    add_cues("coop:location", c["location"])
    add_cues("coop:border", c["border_nouns"])
    add_cues("coop:peer_noun", c.get("peer_nouns"))
    add_cues("coop:peers_in", c.get("peers_in"))
    add_cues("coop:pronoun", c.get("pronouns"))
    add_cues("coop:with_us", c.get("with_us"))
    add_cues("coop:solidarity", c.get("solidarity"))
    add_cues("coop:aid", c.get("aid"))
    a = conf.get("actors") or {}
    for key, cat in (("institutions", "institution"), ("acts", "act"), ("fillers", "filler"), ("governors", "governor"),
                     ("agents", "agent"), ("recipients", "recipient"), ("recipient_verbs", "recipient_verb"),
                     ("places", "place"), ("regions", "region"),
                     ("formal", "formal"), ("formal_after", "formal_after"), ("relatives", "relative"), ("owners", "owner"),
                     ("clause_starts", "clause_start"), ("reporting", "reporting"), ("complements", "complement"),
                     ("nobody", "nobody"), ("plural", "plural"), ("first_person", "first_person"),
                     ("auxiliaries", "auxiliary"), ("verbs", "verb"), ("speech_heads", "speech"),
                     ("kingdom", "kingdom"), ("singular", "singular"), ("joint_heads", "joint"), ("group_anaphora", "group_anaphor"),
                     ("subject_pronouns", "pronoun"), ("possessors", "possessor"),
                     ("subject_relatives", "subject_relative"), ("participant_nouns", "participants"),
                     ("trained_passive", "trained_passive"), ("serving", "serving")):
        add_cues(f"actor:{cat}", a.get(key))
    add_extra("reasons", "actor:reason", a.get("reasons"))
    add_cues("actor:supporter", a.get("supporters"))
    add_cues("actor:especially", a.get("especially"))
    add_cues("actor:each_of", a.get("each_of"))
    add_cues("actor:condemns", a.get("condemnations"))
    add_extra("between", "actor:between", a.get("between"))
    add_extra("bare_councils", "actor:bare_council", a.get("bare_councils"))
    add_extra("between", "actor:between_head", (a.get("between_far") or {}).get("heads"))
    add_extra("between", "actor:between_word", (a.get("between_far") or {}).get("words"))
    add_extra("by_people", "actor:by_people", a.get("by_people"))
    add_extra("likewise", "actor:likewise", a.get("likewise"))
    add_cues("actor:list_subject", a.get("list_subjects"))
    after_verb = a.get("list_subjects_after_verb") or {}
    add_cues("actor:list_subject_head", after_verb.get("heads"))
    add_extra("list_subjects", "actor:list_subject_verb", after_verb.get("verbs"))  # "are", "sont", "هي"
    # matched only where a reading needs them: near a mission named, in or after a sentence naming the Coalition
    add_extra("mission_anaphora", "actor:mission_anaphor", a.get("mission_anaphora"))
    add_extra("mission_anaphora", "actor:mission_anaphor_after", a.get("mission_anaphora_after_subject"))
    add_extra("membership", "actor:membership", a.get("membership"))
    add_extra("membership", "actor:membership_after", a.get("membership_after"))
    add_extra("possessives", "actor:possessive", a.get("possessives"))
    add_extra("home", "actor:home", a.get("home_institutions"))
    add_extra("home", "actor:met_in", a.get("met_in"))  # "The Cabinet, meeting in Amman, …"  # after a place fronted: "In Tunisia, parliament …"
    add_extra("joint_subjects", "actor:joint_subject", a.get("joint_subjects"))
    add_cues("actor:plural", a.get("plural_three"))  # a plural subject, of three partners
    add_cues("actor:plural_three", a.get("plural_three"))
    add_cues("personnel:not", conf.get("personnel_not"))
    add_cues("personnel:total", conf.get("personnel_total"))
    add_cues("personnel:total_noun", conf.get("personnel_total_nouns"))
    add_cues("respectively", conf.get("respectively"))
    add_cues("personnel:after_acronym", conf.get("personnel_after_acronym"))
    add_cues("personnel:header", conf.get("personnel_headers"))
    add_cues("topic", conf.get("topic"))
    for concept, phrases in conf["lines_of_effort"].items():
        add_cues(f"loe:{concept}", phrases)
    for concept, phrases in (conf.get("lines_of_effort_weak") or {}).items():
        add_cues(f"loeweak:{concept}", phrases)
    for concept, phrases in (conf.get("lines_of_effort_not") or {}).items():
        add_cues(f"loenot:{concept}", phrases)
    for concept, phrases in (conf.get("lines_of_effort_context") or {}).items():
        add_extra("loe-context", f"loectx:{concept}", phrases)
    return cues, extra
