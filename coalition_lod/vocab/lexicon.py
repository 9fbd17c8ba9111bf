"""A language's compiled matchers: the partners' and the known entities' names, the cues of
its language file (``cues``), its number words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from babel import Locale

from ..langs import flag, phrase_key
from .cues import compile_cues, month_names
from .entries import Vocabulary
from .gazetteer import Entry, Gazetteer

# CLDR territory codes that are no state: groupings, unknown, pseudo-locales, and the
# dependencies of other states (whose names are also words: "la réunion", "Jersey")
_NOT_STATES = frozenset({
    "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ", "BV", "HM", "UM", "IC", "EA", "DG", "CP", "TA", "AC",
    "RE", "GP", "MQ", "GF", "YT", "PM", "BL", "MF", "NC", "PF", "WF", "TF", "GL", "FO", "AX", "SJ", "BM", "KY", "VG",
    "VI", "PR", "GU", "AS", "MP", "AI", "MS", "TC", "FK", "GS", "SH", "IO", "PN", "CK", "NU", "TK", "NF", "CX", "CC",
    "HK", "MO", "GI", "JE", "GG", "IM", "AW", "CW", "SX", "BQ"})


def _fr_adjective_forms(base: str) -> list[str]:
    if base.endswith(("ien", "éen")):
        return [base, base + "s", base + "ne", base + "nes"]
    if base.endswith(("s", "x")):
        return [base, base + "e", base + "es"]
    if base.endswith("e"):
        return [base, base + "s"]
    if base.endswith("c"):  # "grec", "grecque"; "turc", "turque"
        return [base, base + "s", base + "que", base + "ques", base[:-1] + "que", base[:-1] + "ques"]
    return [base, base + "s", base + "e", base + "es"]


def _ar_adjective_forms(base: str) -> list[str]:
    # "جنديا سويديا" (a count's noun and its adjective in the accusative, the tanween's alif),
    # "قوات سويدية", "جنود سويديون", "مجندات سويديات"
    return [base, base + "ة", base + "ين", base + "ون", base + "ا", base + "ات"]


def _en_adjective_forms(base: str) -> list[str]:
    return [base] + ([base + "s"] if base[-1:].isalpha() and not base.endswith(("ese", "ish", "ch", "s")) else [])


ADJECTIVE_FORMS = {"en": _en_adjective_forms, "fr": _fr_adjective_forms, "ar": _ar_adjective_forms}


@dataclass
class Lexicon:
    """The compiled matchers of one language."""

    lang: str
    conf: dict[str, Any]
    entities: Gazetteer
    cues: Gazetteer
    numbers: Gazetteer
    glossary: Gazetteer  # value: English renderings, for names the vocabulary lacks
    abbreviations: frozenset[str]
    connectors: frozenset[str]
    months: frozenset[str]  # month names (CLDR) end a name: "... sur la paix en Irak en septembre 2014"
    leading_drop: frozenset[str]
    extra: dict[str, Gazetteer] = field(default_factory=dict)  # cues matched on demand, by group
    words: dict[str, frozenset[str]] = field(default_factory=dict)  # one-word cues looked up by key, by category

    @classmethod
    def build(cls, vocab: Vocabulary, lang: str) -> Lexicon:
        conf = vocab.lang_conf[lang]
        ents = Gazetteer()
        # the glossary renders a partner's name or adjective inside another name in English
        gloss = Gazetteer()
        for phrase, options in (conf.get("name_glossary") or {}).items():
            gloss.add(str(phrase), lang, Entry("gloss", str(phrase), lang, str(phrase), tuple(str(o) for o in options)))
        # forms of a partner's adjective that are common words of the language ("مالية",
        # financial, is also "Malian"): never read as the adjective
        not_adjectives = set(conf.get("not_adjectives") or ())
        # a flag is a state's, or an organisation's whose code no state has (the EU's, not the
        # African Union's "AU", Australia's flag)
        states = {p.code for p in vocab.partners.values() if p.kind == "state"}
        flags = {p.code: flag(p.code) for p in vocab.partners.values()
                 if len(p.code) == 2 and p.code.isalpha() and (p.kind == "state" or p.code not in states)}
        for p in vocab.partners.values():
            for name in p.names[lang]:
                ents.add(name, lang, Entry("partner", p.slug, lang, name))
                gloss.add(name, lang, Entry("gloss", name, lang, name, p.names["en"][:1]))
            for adj in p.adjectives[lang]:
                for form in (f for f in ADJECTIVE_FORMS[lang](adj) if f not in not_adjectives):
                    ents.add(form, lang, Entry("adjective", p.slug, lang, form))
                    gloss.add(form, lang, Entry("gloss", form, lang, form, p.adjectives["en"][:1]))
            for cap in p.capitals[lang]:
                ents.add(cap, lang, Entry("capital", p.slug, lang, cap))
            if p.code in flags:  # a post's flag names its state ("🇧🇪"), the EU's its union
                ents.add(flags[p.code], lang, Entry("partner", p.slug, lang, flags[p.code]))
            if lang != "en":  # an English name or acronym is often kept as is
                for name in p.names["en"]:
                    if p.kind == "organisation" or name.isupper():
                        ents.add(name, lang, Entry("partner", p.slug, lang, name))
        # Every other state by its CLDR name, so that a clause whose subject is a state
        # outside the Coalition ("Kazakhstan brought home ...") is credited to nobody.
        codes = {p.code for p in vocab.partners.values()}
        for code, name in sorted(Locale(lang).territories.items()):
            if len(code) == 2 and code.isalpha() and code not in codes and code not in _NOT_STATES:
                ents.add(name, lang, Entry("foreign", code, lang, name))
                ents.add(flag(code), lang, Entry("foreign", code, lang, flag(code)))
        # "EU Training Mission in Mali" is written "European Union Training Mission in Mali" too
        expansions = [(re.compile(rf"(?<!\w){re.escape(str(short))}(?!\w)"), str(long))
                      for short, long in (conf.get("name_expansions") or {}).items()]
        for k in vocab.known.values():
            phrases = set(k.labels[lang])
            # Acronyms and English names are often kept untranslated.
            phrases |= {x for x in k.labels["en"] if lang != "ar" or x.isupper()}
            phrases |= {pattern.sub(long, ph) for ph in phrases for pattern, long in expansions}
            for ph in sorted(phrases):
                ents.add(ph, lang, Entry(k.kind, k.id, lang, ph), capitalised=k.capitalised)
        cues, extra = compile_cues(vocab, lang, conf)
        nums = Gazetteer()
        nconf = vocab.numbers[lang]
        for kind in ("units", "tens", "hundreds", "scales"):
            for word, value in nconf[kind].items():
                nums.add(str(word), lang, Entry("number", kind, lang, str(word), int(value)))
        for word in nconf.get("approximate", ()):
            nums.add(str(word), lang, Entry("number", "approximate", lang, str(word)))
        for word in nconf.get("vague", ()):
            nums.add(str(word), lang, Entry("number", "vague", lang, str(word)))
        for word in nconf.get("indefinite", ()):
            nums.add(str(word), lang, Entry("number", "indefinite", lang, str(word)))
        for word in nconf.get("joiners", ()):
            nums.add(str(word), lang, Entry("number", "joiner", lang, str(word)))
        for word in nconf.get("partitives", ()):
            nums.add(str(word), lang, Entry("number", "partitive", lang, str(word)))
        for word in nconf.get("own_partitives", ()):
            nums.add(str(word), lang, Entry("number", "own_partitive", lang, str(word)))
        return cls(
            lang=lang, conf=conf, entities=ents, cues=cues, numbers=nums, glossary=gloss, extra=extra,
            abbreviations=frozenset(conf.get("abbreviations") or ()),
            connectors=frozenset(phrase_key(str(w), lang) for w in conf.get("name_connectors") or ()),
            months=frozenset(phrase_key(name, lang) for name in month_names(lang)),
            leading_drop=frozenset(phrase_key(str(w), lang) for w in conf.get("name_leading_drop") or ()),
            # one-word cues looked up by key: of an Arabic subject's position, in the sentences that
            # have partners (``ActorFinder._cue_sets``); a person as a sentence's subject, a French
            # passé composé's auxiliary (``analysis``)
            words={cat: frozenset(phrase_key(str(w), lang) for w in (conf.get("actors") or {}).get(key) or ())
                   for key, cat in (("particles", "particle"), ("institution_owners", "institution_owner"), ("time_fronts", "time"),
                                    ("person_subjects", "person"), ("past_auxiliaries", "past_auxiliary"),
                                    ("acting_participles", "acting_participle"), ("named_offices", "named_office"))}
            | _agent_participles(conf, lang),
        )


def _agent_participles(conf: dict[str, Any], lang: str) -> dict[str, frozenset[str]]:
    """The passives' agent phrases of two words ("launched by", "lancé par"), as one-word cues:
    "agent_by", their last words, and "agent_by:<word>", the participles each may end (a date
    may stand between: "launched in 2015 by", ``analysis._agent_after_date``)."""
    pairs: dict[str, set[str]] = {}
    for phrase in (conf.get("actors") or {}).get("agents") or ():
        keys = phrase_key(str(phrase), lang).split()
        if len(keys) == 2:
            pairs.setdefault(keys[1], set()).add(keys[0])
    return {"agent_by": frozenset(pairs), **{f"agent_by:{by}": frozenset(parts) for by, parts in pairs.items()}}
