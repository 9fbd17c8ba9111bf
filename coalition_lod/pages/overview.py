"""What the overview pages show, read from the release's own triples: who contributes
what (personnel by mission), who works on which line of effort, who stands how on
which resolution, who cooperates with whom, and where the partners are.

Plain rows, the same for every page language; the labels are looked up per language
when a page is drawn (``label``), English where a name has no other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import yaml

from ..namespaces import CLOD, DCT, RDF, SKOS
from ..rdf import term_value
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


def collect(site) -> Overview:
    """The overview of the release a ``pages.Site`` reads: each partner's facts read in
    one pass over their rows (a fact's kind, object, personnel and relation; 19,000 facts
    at 10,000 profiles, read a predicate at a time, took half a second of every build)."""
    from . import OBJECT_PROPS, _anchor

    ix = site.ix
    o = Overview()
    named: set[str] = set()
    objects = {"<" + p + ">" for p in OBJECT_PROPS}
    rdf_type, clod = f"<{RDF}type>", "<" + CLOD
    personnel, relation = f"<{CLOD}personnel>", f"<{CLOD}relation>"
    a = ix.first
    for iri, cls in sorted(site.entities.items()):
        if cls not in ("State", "Organisation"):
            continue
        read: dict[str, tuple[str, str, str | None, str | None]] = {}  # fact -> kind, object, personnel, relation
        for f in site.related_facts(iri)[0]:
            kind, obj, n, rel = "", "", None, None
            for row in ix._rows(f):
                p, v = row[a + 1], row[a + 2]
                if p == rdf_type:
                    if not kind and v.startswith(clod):
                        kind = v[len(clod):-1]
                elif p in objects:
                    obj = obj or term_value(v)
                elif p == personnel:
                    n = term_value(v) if n is None else n
                elif p == relation:
                    rel = term_value(v) if rel is None else rel
            read[f] = (kind, obj, n, rel)
        o.partners[iri] = Partner(iri, ix.one(iri, DCT + "identifier") or "", cls,
                                  any(kind == "Membership" for kind, *_ in read.values()), site.path(iri) or "")
        named.add(iri)
        for f, (kind, obj, n, rel) in sorted(read.items()):
            o.anchors[f] = f"{site.path(iri)}#{_anchor(f)}"
            if kind == "MissionContribution" and n is not None:
                o.personnel.append((obj, iri, int(n)))
            elif kind == "LineOfEffortEngagement":
                o.lines.append((iri, obj))
            elif kind == "ResolutionStance" and rel:
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


# --- the pages ------------------------------------------------------------------------

def context(site, lang: str, root: str) -> dict:
    """What ``_overview.html`` draws, in ``lang`` (drawn once: the index and the
    English overview share it)."""
    key = (lang, root)
    if key not in site._overviews:
        from . import charts, world

        o = site.overview
        orgs = sorted((o.label(p.iri, lang), p.href) for p in o.partners.values() if p.kind == "Organisation")
        site._overviews[key] = {
            "w": words()[lang], "lang": lang, "page_lang": lang, "root": root, "map": world.svg(o, lang, root),
            "organisations": orgs, "charts": charts.charts(o, lang), "suffix": "" if lang == "en" else f".{lang}"}
    return site._overviews[key]


def write(site, release) -> list[tuple[str, str]]:
    """The overview in French and Arabic (``overview.fr.html``, ``overview.ar.html``;
    the English one is the index) and the network in the three languages
    (``network.html``, ``.fr``, ``.ar``), each with the way to the others: each file's
    path in the release and SHA-256."""
    from . import LANG_NAMES, _env, _put, network

    o = site.overview
    written = []
    for page in ("overview", "network"):
        languages = [(lang, LANG_NAMES[lang], "index.html" if (page, lang) == ("overview", "en") else
                      f"{page}{'' if lang == 'en' else '.' + lang}.html") for lang in LANGS]
        for lang, _name, name in languages:
            if name == "index.html":  # written by render_index
                continue
            ctx = {**context(site, lang, "."), "network": None} if page == "overview" else {
                "w": words()[lang], "lang": lang, "page_lang": lang, "root": ".",
                "network": network.svg(o, lang, ".", words()[lang]["network"]),
                "edges": sorted((o.label(a, lang), o.label(b, lang), o.anchors[f]) for f, a, b in o.cooperation)}
            html = _env.get_template("overview.html").render(
                title=site.cfg.title, languages=languages, heading=ctx["w"][page], **ctx)
            written.append(_put(release, name, html.encode("utf-8")))
    return written
