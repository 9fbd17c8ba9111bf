"""The function words and phrase patterns the extraction's rules read by their role.

They are language, so they live in the language files (``data/lang/<lang>.yaml``:
``function_words``, ``word_patterns``) beside the cues, not in the rules; the vocabulary
checks them when it reads those files (``vocab.check_words``). A rule reads a role's
words of the three languages at once, as one set (``words.AND``) or one pattern
(``words.LIST_GAP``): a sentence's tokens are keyed in its own language, and the roles'
words of one language are not words of another that the same rule reads (the few that
are, "a", "des", change no fact of the test corpora).

Each is made on first use from the vocabulary the build reads (its language files may
come from ``$COALITION_LOD_DATA``), which is loaded before the extraction workers fork.
"""

from __future__ import annotations

import re
from typing import Any

from ..vocab import vocabulary

# the module's attributes, made on first use: name -> (section of the language files, role)
SETS = {
    "AND": "and", "OF": "of", "AGAINST": "against", "BEFORE": "before", "DETERMINERS": "determiners",
    "POSSESSIVES": "possessives", "PREPOSITIONS": "prepositions", "APPOSITION_OPENERS": "apposition_openers",
    "NAME_JOINERS": "name_joiners", "RESOLUTION_LIST_ENDS": "resolution_list_ends", "AT_PLACE": "at_place",
    "AUXILIARIES": "auxiliaries", "ELIDED_OF": "elided_of", "COUNT_OF": "count_of", "PARTITIVES": "partitives",
    "AFTER_AGENT": "after_agent", "NAME_LINKS": "name_links", "AND_SIGN": "and_sign", "TO_VERB": "to_verb", "PASSIVE_AUX": "passive_aux",
    "ASKED_TO": "asked_to", "DESTINATIONS": "destinations", "THERE": "there", "COMMITTEE": "committee", "FOREIGN": "foreign",
    "REPRESENTATIVE": "representative", "DEMONSTRATIVES": "demonstratives", "REGION_LINKS": "region_links",
    "HONORIFICS": "honorifics", "BETWEEN": "between", "COMPASS": "compass", "PART_OF": "part_of", "DATE_LINKS": "date_links",
    "FROM_PLACES": "from_places", "RETURNED": "returned", "ENDING": "ending", "SINCE_OR_FROM": "since_or_from",
    "BELONGING": "belonging", "WHERE": "where", "OWN_POSSESSIVES": "own_possessives", "PLACE_WORK_NOUNS": "place_work_nouns",
    "UNIT_NOUNS": "unit_nouns", "OWN_PART_NOUNS": "own_part_nouns", "MEETING_NOUNS": "meeting_nouns", "TRAINER_NOUNS": "trainer_nouns",
    "WORK_TITLES": "work_titles", "COMING_BACK": "coming_back", "TOUR_AFTER": "tour_after", "TOUR_FROM": "tour_from", "TOUR_NOUNS": "tour_nouns",
    "TOUR_LAST": "tour_last",
    "RECEIVE_VERBS": "receive_verbs", "FROM_GIVER": "from_giver", "WHOSE": "whose", "LANGUAGES": "languages", "HOSTING": "hosting",
    "PROJECT_NOUNS": "project_nouns", "WRITER_NOUNS": "writer_nouns", "SERVICE_WORDS": "service_words",
    "SERVED_WITH": "served_with", "FIRST_SINGULAR": "first_singular", "SHOW_NOUNS": "show_nouns",
    "TRAINING_PARTICIPLES": "training_participles", "RETAKEN_FROM": "retaken_from",
    "PERSON_PRONOUNS": "person_pronouns", "PERSON_TITLES": "person_titles",
    "UNIT_WITHIN": "unit_within", "OWNED_ACTS": "owned_acts", "AIRCRAFT_NAMES": "aircraft_names",
    "SPORT_EVENTS": "sport_events", "MEASURES": "measures", "PERSON_NOUNS": "person_nouns", "FORMER": "former",
    "KIN_NOUNS": "kin_nouns", "BEING_AUX": "being_aux", "CHANNELS": "channels", "PROPOSAL_VERBS": "proposal_verbs",
    "EXPERIENCE_NOUNS": "experience_nouns", "OR": "or", "PRIOR": "prior",
    "APPRECIATION": "appreciation", "RELATIVE_OPENERS": "relative_openers", "SIDE_NOUNS": "side_nouns", "SINGULAR_VERBS": "singular_verbs",
    "OWN_FUND_HEADS": "own_fund_heads", "SUBORDINATORS": "subordinators",
    "REGIONAL_MAKERS": "regional_makers", "REPORT_NOUNS": "report_nouns", "TITLED": "titled", "NAME_PARTICLES": "name_particles",
    "SERVICE_BRANCHES": "service_branches", "PERIOD_NOUNS": "period_nouns",
    "DEPARTURE_PURPOSES": "departure_purposes", "OPERATING_FROM": "operating_from", "OFFICE_NAME_LINKS": "office_name_links",
    "OWN_LAW_NOUNS": "own_law_nouns", "END_NOUNS": "end_nouns", "NATIONALITY_NOUNS": "nationality_nouns",
    "INDEFINITE": "indefinite", "RANK_WORDS": "rank_words", "RETURN_NOUNS": "return_nouns",
    "SERVICE_TOURS": "service_tours", "OFFICE_HEADS": "office_heads", "APPOSED_HEADS": "apposed_heads",
    "PERSON_RELATIVES": "person_relatives", "HANDED_THINGS": "handed_things",
}
PATTERNS = {
    "NEXT_CLAUSE": "next_clause", "ENUMERATION_GOES_ON": "enumeration_goes_on", "COORDINATOR": "coordinator",
    "LIST_GAP": "list_gap", "MEMBERS_OF": "members_of", "APPOSITION_START": "apposition_start", "REPLACES": "replaces",
    "OBJECT_SUFFIX": "object_suffix", "TAG_LINE": "tag_line", "HYPOTHETICAL": "hypothetical",
    "COUNTED_GAP": "counted_gap", "RESUMPTIVE": "resumptive", "DEFINITE": "definite", "COMPANY_LINE": "company_line",
    "CORRECT_ANSWER": "correct_answer", "POST_HEADER": "post_header", "SPEECH_LABEL": "speech_label", "TAG_QUESTION": "tag_question",
}


def words(role: str) -> frozenset[str]:
    """The words of a role (``function_words``) in the three languages, as tokens' keys."""
    return frozenset(str(w) for conf in vocabulary().lang_conf.values() for w in (conf.get("function_words") or {}).get(role) or ())


def holds(group: frozenset[str], tok: Any) -> bool:
    """Whether a token is a word of ``group`` by its keys or as written: a language file may keep a word's accents
    ("détachement", "où"), which its keys fold."""
    return not group.isdisjoint(tok.keys) or tok.text.lower() in group


def pattern(role: str) -> re.Pattern[str]:
    """The languages' patterns of a role (``word_patterns``) as one, case-insensitive;
    one that no language writes matches nothing."""
    parts = [str(p) for conf in vocabulary().lang_conf.values() if (p := (conf.get("word_patterns") or {}).get(role))]
    return re.compile("|".join(f"(?:{p})" for p in parts) or r"(?!)", re.I)


def __getattr__(name: str) -> Any:
    """``words.AND``, ``words.LIST_GAP``: made once, then an ordinary module attribute."""
    if name == "BEFORE_NOUN":  # what may stand between a governor and the noun it takes
        value: Any = words("determiners") | words("possessives") | words("indefinite_articles")
    elif name in SETS:
        value = words(SETS[name])
    elif name in PATTERNS:
        value = pattern(PATTERNS[name])
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value
