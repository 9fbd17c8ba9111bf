"""The cues of a language file compiled: the phrases each reading looks for (``ALWAYS``,
matched in every sentence) and those only some readings need (``ON_DEMAND``, matched in a
sentence once a reading needs them, ``sentence.more_cues``: words as common as "the", "de",
"في"). Each is a category's name and where its phrases are in the language file (keys
joined by dots); the categories that follow the file's own keys (statuses, relations,
scopes, lines of effort) are read from those keys."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from babel import Locale

from .entries import Vocabulary
from .gazetteer import Entry, Gazetteer

ALWAYS = (  # (category, where in the language file)
    ("personnel", "personnel_nouns"),
    ("personnel:duration", "durations"),  # "34 ans", "for 12 years": no headcount
    ("name:not", "not_names"), ("name:known_as", "known_as"), ("clause_break", "clause_breaks"), ("coordinator", "coordinators"),
    ("deny", "denials"), ("deny", "exhortations"),
    ("exhort", "exhortations"),  # which denials ask another to act (``analysis._denied``)
    ("deny:not", "denials_not"), ("negation", "negation"),
    ("holding", "holding"),  # "has 40 soldiers in …": ongoing, with a count after
    ("working", "working"),  # "60 Norwegian personnel advise …": ongoing, after its people
    ("res:trigger", "resolution.trigger"), ("res:UNSC", "resolution.unsc"), ("res:UNGA", "resolution.unga"),
    ("res:anaphor", "resolution.anaphora"), ("res:cited", "resolution.cited"), ("res:naming", "resolution.naming"),
    ("strategy:head", "strategy.heads"), ("strategy:updated_it", "strategy.updated_it"),
    ("initiative:head", "initiative.heads"), ("initiative:not", "initiative.not_heads"),
    ("initiative:chair_label", "initiative.chair_labels"),
    ("group:heads", "initiative.groups.heads"), ("group:weak_heads", "initiative.groups.weak_heads"),
    ("personnel:ellipsis", "personnel_ellipsis"),
    ("mission:head", "mission.heads"), ("mission:quoted_head", "mission.quoted_heads"),
    ("mission:head_adjective", "mission.head_adjectives"), ("mission:led_by", "mission.led_by"),
    ("mission:military", "mission.military_context"),
    ("mission:not", "mission.not_mission_context"), ("mission:received", "mission.received"),
    ("mission:funded", "mission.funded"), ("mission:source", "mission.sources"),
    ("mission:command_nouns", "mission.command_transfer.nouns"),  # its verbs and "to" only where a noun is
    ("coop:governor", "cooperation.governors"), ("coop:strong", "cooperation.strong_governors"),
    ("coop:cue", "cooperation.cues"), ("coop:location", "cooperation.location"),
    ("coop:border", "cooperation.border_nouns"), ("coop:peer_noun", "cooperation.peer_nouns"),
    ("coop:peers_in", "cooperation.peers_in"), ("coop:pronoun", "cooperation.pronouns"), ("coop:with_whom", "cooperation.with_whom"),
    ("coop:with_us", "cooperation.with_us"), ("coop:solidarity", "cooperation.solidarity"),
    ("coop:aid", "cooperation.aid"), ("coop:partner_of", "cooperation.partner_of"),
    *((f"actor:{cat}", f"actors.{key}") for key, cat in (
        ("institutions", "institution"), ("acts", "act"), ("fillers", "filler"), ("governors", "governor"),
        ("agents", "agent"), ("recipients", "recipient"), ("recipient_verbs", "recipient_verb"),
        ("places", "place"), ("regions", "region"),
        ("formal", "formal"), ("formal_after", "formal_after"), ("relatives", "relative"), ("owners", "owner"),
        ("clause_starts", "clause_start"), ("reporting", "reporting"), ("complements", "complement"),
        ("narrating", "narrating"), ("how", "how"), ("inquiring", "inquiring"),
        ("nobody", "nobody"), ("plural", "plural"), ("first_person", "first_person"),
        ("auxiliaries", "auxiliary"), ("verbs", "verb"), ("speech_heads", "speech"),
        ("kingdom", "kingdom"), ("singular", "singular"), ("joint_heads", "joint"), ("group_anaphora", "group_anaphor"),
        ("typed_anaphora", "typed_anaphor"),
        ("subject_pronouns", "pronoun"), ("possessors", "possessor"),
        ("subject_relatives", "subject_relative"), ("participant_nouns", "participants"),
        ("trained_passive", "trained_passive"), ("serving", "serving"), ("serving_within", "serving_within"),
        ("supporters", "supporter"), ("especially", "especially"), ("each_of", "each_of"),
        ("condemnations", "condemns"), ("list_subjects", "list_subject"), ("behalf", "behalf"), ("part_of", "part_of"),
        ("superseded", "superseded"), ("observers", "observer"))),
    ("actor:list_subject_head", "actors.list_subjects_after_verb.heads"),
    ("actor:plural", "actors.plural_three"),  # a plural subject, of three partners
    ("actor:plural_three", "actors.plural_three"),
    ("actor:plural", "actors.plural_four"), ("actor:plural_four", "actors.plural_four"),  # … of four ("الدول الأربع")
    ("actor:plural", "actors.plural_named"), ("actor:plural_named", "actors.plural_named"),  # … of the last list ("the leaders")
    ("actor:same_again", "actors.same_again"),  # "The Netherlands did the same": what the sentence before told
    ("personnel:not", "personnel_not"), ("personnel:total", "personnel_total"), ("personnel:part", "personnel_part"),
    ("personnel:total_noun", "personnel_total_nouns"), ("respectively", "respectively"), ("personnel:strong", "personnel_strong"),
    ("personnel:after_acronym", "personnel_after_acronym"), ("personnel:header", "personnel_headers"),
    ("topic", "topic"),
)
ON_DEMAND = (  # (group, category, where in the language file)
    # matched only on a short line or one whose first words end at a colon: "Pays : France", "List of delegations"
    ("record_labels", "initiative:owner_label", "initiative.owner_labels"),
    ("record_labels", "initiative:delegations", "initiative.delegation_headings"),
    ("personnel_ellipsis_in", "personnel:ellipsis_in", "personnel_ellipsis_in"),  # "in", "في"
    ("personnel_local", "personnel:local", "personnel_local"),  # read after a count's noun
    *(("groups", f"group:{key}", f"initiative.groups.{key}") for key in ("owner", "links", "not_before", "narrowing")),
    ("includes", "mission:includes", "mission.includes"),  # read where a noun of troops follows a mission
    ("part_of_whole", "mission:part_of_whole", "mission.part_of_whole"),  # read where two missions are named
    ("backing", "actor:backing", "actors.backing_agents"),  # read where a list of actors works together
    ("table_places", "table:place", "table_place_headers"),  # read on a table's heading row
    ("table_statuses", "table:status", "table_status_headers"),  # read on a table's heading row
    ("table_counterparts", "table:counterpart", "table_counterpart_headers"),  # read on a table's heading row
    ("topics", "list:topics", "topic_headings"),  # read on a short line ending at a colon
    ("recommendations", "list:recommendations", "recommendation_headings"),  # read on a short heading
    ("recommendation_labels", "list:recommendation_label", "recommendation_labels"),  # read at a line's first word
    # read on a text's first lines: a simulation of the UN's, whose delegates are students playing partners
    ("simulation", "actor:simulation", "actors.simulations"),
    ("simulation", "actor:simulated_role", "actors.simulated_roles"),
    # read on a text's first lines: an agreement's title, "between" its parties
    ("agreement", "actor:agreement", "actors.agreement_heads"), ("agreement", "actor:agreement_between", "actors.agreement_between"),
    # matched only where a mission is read: what its mention's words say of the actor's part
    ("hosted", "mission:host_verb", "mission.hosted.verbs"), ("hosted", "mission:hosted_head", "mission.hosted.heads"),
    ("met", "mission:met", "mission.met.verbs"), ("met", "mission:met_office", "mission.met.offices"),
    *(("command", f"mission:command_{key}", f"mission.command_transfer.{key}") for key in ("verbs", "to", "take_verbs", "from")),
    ("reasons", "actor:reason", "actors.reasons"),
    ("among", "actor:among", "actors.among"),  # read where a group of nobody's has a relative after it
    ("bylines", "actor:byline", "actors.bylines"),  # read on a text's first and last lines
    ("stating", "actor:stating_question", "actors.stating_questions"),  # read on a question's first words
    ("own_reports", "actor:own_report", "own_reports"),  # read once per text: "its monthly report", "تقريره الشهري"
    # read where a reporting verb is: a share of people, a survey's respondents, what they were asked
    *(("survey", f"survey:{key}", f"actors.survey.{key}") for key in ("share", "people", "asked")),
    ("courts", "actor:court", "actors.courts"),  # read where a partner "condemns"
    ("self_naming", "actor:self_naming", "actors.self_naming"),  # read where a first person is: "I'm with the Czech Army"
    ("self_ranked", "actor:self_ranked", "actors.self_ranked"),  # "I was a corporal with the New Zealand Defence Force …"
    ("self_nationality", "actor:self_nationality", "actors.self_nationality"),  # "A note from a Belgian: our F-16s …"
    ("body_purposes", "actor:body_purpose", "actors.body_purposes"),  # read after a subject's institution
    ("own_ngo", "actor:own_ngo", "actors.own_ngo"),  # read once per text: "Notre ONG dépollue …"
    ("rebuilt", "loe:rebuilt", "rebuilt_things"),  # read where a "rehabilitation" is
    ("trained_forces", "loe:trained_forces", "trained_forces"),  # read after a verb of training
    ("qualified", "loe:qualified", "qualified_people"),  # read where an Arabic "تأهيل" is
    ("among", "actor:enemy", "actors.enemies"),
    ("between", "actor:between", "actors.between"), ("bare_councils", "actor:bare_council", "actors.bare_councils"),
    ("between", "actor:between_head", "actors.between_far.heads"), ("between", "actor:between_word", "actors.between_far.words"),
    ("by_people", "actor:by_people", "actors.by_people"), ("likewise", "actor:likewise", "actors.likewise"),
    ("list_subjects", "actor:list_subject_verb", "actors.list_subjects_after_verb.verbs"),  # "are", "sont", "هي"
    # near a mission named, in or after a sentence naming the Coalition
    ("mission_anaphora", "actor:mission_anaphor", "actors.mission_anaphora"),
    ("mission_anaphora", "actor:mission_anaphor_after", "actors.mission_anaphora_after_subject"),
    ("membership", "actor:membership", "actors.membership"), ("membership", "actor:membership_after", "actors.membership_after"),
    ("possessives", "actor:possessive", "actors.possessives"),
    ("they", "actor:they", "actors.plural_subject_pronouns"),  # read after a sentence naming one partner's people, none acting
    # read where a resolution is: "The course covers …", "وتتناول الدورة …"
    ("event_topics", "actor:event_noun", "actors.event_nouns"), ("event_topics", "actor:topic_verb", "actors.topic_verbs"),
    ("deploying", "actor:deploying", "actors.deploying"),  # read where a clause names no actor but a partner's adjective
    ("trained_bare", "actor:trained_bare", "actors.trained_bare"),  # read after a partner's people
    ("home", "actor:home", "actors.home_institutions"),  # after a place fronted: "In Tunisia, parliament …"
    ("home", "actor:met_in", "actors.met_in"),  # "The Cabinet, meeting in Amman, …"
    ("joint_subjects", "actor:joint_subject", "actors.joint_subjects"),
    ("roster", "actor:participants_all", "actors.participants_all"),  # "the participating forces", after a roster
    ("object_relatives", "actor:provider_verb", "actors.object_relative_verbs"),  # read after a relative and a partner
    ("relative_fillers", "actor:relative_filler", "actors.relative_verb_fillers"),  # read there too, before its verb
    ("presence", "coop:presence", "cooperation.presence"),  # read where "with us" is
    ("provided", "coop:provided", "cooperation.provided_by"),  # read where cooperation is: "with … provided by"
    ("solidarity_split", "coop:solidarity_split", "cooperation.solidarity_split"),  # read where "with" is
)
# the categories named by the language file's own keys: (prefix, where, the group matched on demand or None)
BY_KEY = (("resrel:", "resolution.relation", None), ("strel:", "strategy.relation", None), ("scope:", "strategy.scope", None),
          ("loe:", "lines_of_effort", None), ("loeweak:", "lines_of_effort_weak", None),
          ("loenot:", "lines_of_effort_not", None), ("loectx:", "lines_of_effort_context", "loe-context"),
          ("range:", "year_range", "dates"), ("tstatus:", "table_status_words", "table_status_words"))


# the regions whose month names a language writes besides its own locale's: Arabic's Levantine and Iraqi months
# ("نيسان", "أيلول", "كانون الثاني", CLDR's ar_IQ) and the Maghreb's ("شتنبر", "غشت", ar_MA) beside Egypt's and the Gulf's
MONTH_LOCALES = {"ar": ("ar", "ar_IQ", "ar_MA")}


@cache
def month_names(lang: str) -> list[str]:
    """The months' names and abbreviations (CLDR): they end a name, fill a range of dates. A name of two words counts
    by its first word too ("كانون الثاني": "كانون"), as tokens are read one by one."""
    names = {" ".join(str(name).split()) for loc in MONTH_LOCALES.get(lang, (lang,)) for ctx in ("format", "stand-alone")
             for width in ("wide", "abbreviated") for name in Locale.parse(loc).months[ctx][width].values()}
    return sorted(names | {name.split()[0] for name in names if " " in name})


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


def _at(conf: dict[str, Any], where: str) -> Any:
    """What the language file holds at ``where`` (keys joined by dots), None if nothing."""
    found: Any = conf
    for key in where.split("."):
        found = found.get(key) if isinstance(found, dict) else None
    return found


def compile_cues(vocab: Vocabulary, lang: str, conf: dict[str, Any]) -> tuple[Gazetteer, dict[str, Gazetteer]]:
    """The language file's cues, each under its category's name, and the groups matched on demand."""
    cues = Gazetteer()
    extra: dict[str, Gazetteer] = {}

    def add(name: str, phrases, value: Any = None, group: str | None = None) -> None:
        """The phrases under ``name``: matched in every sentence, or on demand with ``group``
        (whose matcher is made only where it has phrases: an empty one would still walk a
        sentence's words each time a reading asks for it)."""
        for ph in phrases or ():
            target = cues if group is None else extra.setdefault(group, Gazetteer())
            target.add(str(ph), lang, Entry("cue", name, lang, str(ph), value))

    for name, where in ALWAYS:
        add(name, _at(conf, where))
    for group, name, where in ON_DEMAND:
        add(name, _at(conf, where), group=group)
    for prefix, where, group in BY_KEY:
        for key, phrases in (_at(conf, where) or {}).items():
            add(prefix + str(key), phrases, group=group)
    add("range:fillers", month_names(lang), group="dates")  # "from November 2020 to May 2022"
    inserted = conf["status"].get("inserted") or {}
    for status, phrases in conf["status"].items():
        if status != "inserted":
            add(f"status:{status}", _with_inserted(phrases, inserted))
    for k in vocab.known.values():  # a Coalition group's subject: "the Stabilisation Working Group"'s "stabilisation"
        add("group:topic", k.topics.get(lang, ()), k.id, group="groups")
    return cues, extra
