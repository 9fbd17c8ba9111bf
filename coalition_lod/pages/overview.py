"""What the overview pages show, read from the release's own triples: who contributes
what (personnel by mission), who works on which line of effort, who stands how on
which resolution, who cooperates with whom, and where the partners are.

Plain rows, the same for every page language; the labels are looked up per language
when a page is drawn (``label``), English where a name has no other.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import yaml

from ..namespaces import CLOD, DCT, SKOS
from ..resources import package_path

LANGS = ("en", "fr", "ar")


@cache
def words() -> dict[str, dict[str, str]]:
    """The pages' own words in the three languages (``data/pages.yaml``)."""
    return yaml.safe_load(package_path("data", "pages.yaml").read_text(encoding="utf-8"))


@dataclass
class Partner:
    iri: str
    code: str
    kind: str  # State | Organisation
    member: bool
    href: str  # its page, from the release's root


@dataclass
class Overview:
    partners: dict[str, Partner] = field(default_factory=dict)
    personnel: list[tuple[str, str, int]] = field(default_factory=list)  # (mission, partner, personnel)
    lines: list[tuple[str, str]] = field(default_factory=list)  # (partner, line-of-effort concept)
    resolutions: list[tuple[str, str, str]] = field(default_factory=list)  # (resolution, relation concept, partner)
    cooperation: list[tuple[str, str, str]] = field(default_factory=list)  # (fact, partner, other partner)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # IRI -> language -> label
    anchors: dict[str, str] = field(default_factory=dict)  # fact -> its row on its partner's page (from the root)

    def label(self, iri: str, lang: str) -> str:
        by = self.labels.get(iri, {})
        return by.get(lang) or by.get("en") or next(iter(by.values()), iri.rsplit("/", 1)[-1])

    def relation_counts(self) -> dict[str, Counter[str]]:
        """Resolution -> relation -> partners."""
        out: dict[str, Counter[str]] = {}
        for res, rel, _p in self.resolutions:
            out.setdefault(res, Counter())[rel] += 1
        return out


def collect(site) -> Overview:
    """The overview of the release a ``pages.Site`` reads."""
    from . import OBJECT_PROPS, _anchor

    ix = site.ix
    o = Overview()
    named: set[str] = set()
    for iri, cls in sorted(site.entities.items()):
        if cls not in ("State", "Organisation"):
            continue
        own, _other = site.related_facts(iri)
        kinds = {f: next((c[len(CLOD):] for c in ix.classes(f) if c.startswith(CLOD)), "") for f in own}
        o.partners[iri] = Partner(iri, ix.one(iri, DCT + "identifier") or "", cls,
                                  "Membership" in kinds.values(), site.path(iri) or "")
        named.add(iri)
        for f, kind in sorted(kinds.items()):
            obj = next((v.value for p in OBJECT_PROPS for v in ix.values(f, p)), "")
            o.anchors[f] = f"{site.path(iri)}#{_anchor(f)}"
            if kind == "MissionContribution" and (n := ix.one(f, CLOD + "personnel")) is not None:
                o.personnel.append((obj, iri, int(n)))
            elif kind == "LineOfEffortEngagement":
                o.lines.append((iri, obj))
            elif kind == "ResolutionStance" and (rel := ix.one(f, CLOD + "relation")):
                o.resolutions.append((obj, rel, iri))
            elif kind == "Cooperation":
                o.cooperation.append((f, iri, obj))
            else:
                continue
            named.add(obj)
            if kind == "ResolutionStance":
                named.add(rel)
    for iri in sorted(named):
        o.labels[iri] = {lang: names[0] for lang, names in ix.literals(iri, SKOS + "prefLabel").items() if names}
    return o
