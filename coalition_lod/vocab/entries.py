"""What the vocabulary holds: partners, known missions, strategies, initiatives and bodies,
the values the ontology allows, and the vocabulary itself with its languages' lexicons."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .lexicon import Lexicon


@dataclass(frozen=True, slots=True)
class Partner:
    code: str
    slug: str
    kind: str  # state | organisation
    member: bool
    wikidata: str | None
    names: dict[str, tuple[str, ...]]
    adjectives: dict[str, tuple[str, ...]]
    capitals: dict[str, tuple[str, ...]]

    def label(self, lang: str) -> str | None:
        names = self.names.get(lang)
        return names[0] if names else None


@dataclass(frozen=True, slots=True)
class Known:
    """A known mission, strategy, initiative or body."""

    kind: str
    id: str
    labels: dict[str, tuple[str, ...]]
    scope: str | None = None
    owner: str | None = None  # "partner": one entity per owning partner
    military: bool = True
    wikidata: str | None = None
    loe: tuple[str, ...] = ()
    topics: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a Coalition group's subject, by language
    hosts: tuple[str, ...] = ()  # the codes of the states a mission works in (they take no part in it)
    nation: str | None = None  # the partner (its slug, from a code) whose national operation it is: no other takes part
    # names made of common words ("Small Group"): matched only where the words the name
    # capitalises are capitalised in the text ("a small group of officers" is none)
    capitalised: bool = False
    # the organisation (its slug, from a code) whose mission it is ("EUAM Iraq" the EU's): working "in cooperation
    # with" the mission is working with it; unlike a nation, others take part in it
    run_by: str | None = None


LOE_CONCEPTS = (
    "military", "stabilization", "counter_financing", "counter_messaging",
    "foreign_terrorist_fighters", "prevention_cve", "rehabilitation_reintegration", "legislation",
)
STATUSES = ("planned", "ongoing", "ended")
RESOLUTION_RELATIONS = ("cosponsors", "supports", "implements")
STRATEGY_RELATIONS = ("adopts", "updates", "aligns_with", "supports")
SCOPES = ("national", "regional", "international")
BODIES = ("UNSC", "UNGA")


@dataclass
class Vocabulary:
    partners: dict[str, Partner]  # by slug: codes are not unique (AU)
    known: dict[tuple[str, str], Known]  # (kind, id)
    resolution_loe: dict[tuple[str, str], tuple[str, ...]]
    resolution_labels: dict[str, dict[str, str]]
    numbers: dict[str, dict[str, Any]]
    lang_conf: dict[str, dict[str, Any]]
    lexicons: dict[str, Lexicon] = field(default_factory=dict)
    kingdoms: frozenset[str] = frozenset()  # partners' codes: whom "the Kingdom" may be
    # an organisation's short names by language, which name it once a text has named it in full
    short_names: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    # a state's seats by language that other states' offices are called too ("ministère des Armées")
    shared_seats: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)

    def lexicon(self, lang: str) -> Lexicon:
        if lang not in self.lexicons:
            from .lexicon import Lexicon

            self.lexicons[lang] = Lexicon.build(self, lang)
        return self.lexicons[lang]
