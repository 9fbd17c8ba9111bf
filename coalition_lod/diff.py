"""What changed between two releases: facts added, removed and changed.

Facts have stable IRIs (a digest of their kind, partner and object), so two releases are
compared fact by fact: a fact in one only is added or removed; a fact in both whose
statements differ (personnel, status, relation, dates seen, status history) is changed.
Only the facts' own statements are compared, as sets of N-Triples rows: the order of a
file and anything on a blank node (there are none in a release) make no difference, and
evidence and document text are the documents' business, counted but not listed.

The changeset is RDF too: ``changes.trig`` holds a ``prov:Activity`` and two named
graphs, the triples added and the triples removed.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from . import describe
from .model import InputError
from .namespaces import CLOD, DCT, FACT_CLASSES, PREFIXES, PROV, RDF, SKOS, XSD

_OBJECT = {CLOD + prop for _cls, prop in FACT_CLASSES.values()}
_KIND = {CLOD + cls: kind for kind, (cls, _prop) in FACT_CLASSES.items()}


@dataclass
class Changes:
    old: Path
    new: Path
    added: dict[str, set[tuple[str, str, str]]] = field(default_factory=dict)  # fact -> its rows
    removed: dict[str, set[tuple[str, str, str]]] = field(default_factory=dict)
    changed: dict[str, tuple[set, set]] = field(default_factory=dict)  # fact -> (rows gone, rows new)
    reread: dict[str, tuple[set, set]] = field(default_factory=dict)  # facts whose provenance and dates only changed
    names: dict[str, str] = field(default_factory=dict)  # fact -> "mission AL cjtf-oir"
    documents: tuple[int, int] = (0, 0)  # documents added, removed

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.reread or any(self.documents))


def _rows(release: Path) -> tuple[dict[str, set[tuple[str, str, str]]], dict[str, str], set[str]]:
    """The facts' rows (each fact with its status-history nodes), a short name per
    fact, and the documents."""
    describe.require_release(release, ("dataset.nt",))  # the release being built is compared before its void.ttl
    nt = release / "dataset.nt"
    triples: dict[str, list[ox.Triple]] = defaultdict(list)
    codes: dict[str, str] = {}
    notation: dict[str, str] = {}
    documents: set[str] = set()
    try:
        for t in ox.parse(path=str(nt), format=ox.RdfFormat.N_TRIPLES):
            s, p = t.subject.value, t.predicate.value
            if p == DCT + "identifier" and "/partner/" in s:
                codes[s] = t.object.value
            elif p == SKOS + "notation":
                notation[s] = t.object.value
            elif p == RDF + "type" and t.object.value == CLOD + "Document":
                documents.add(s)
            if "/fact/" in s and not isinstance(t.subject, ox.BlankNode) and not isinstance(t.object, ox.BlankNode):
                triples[s.split("#")[0]].append(t)
    except SyntaxError as e:
        raise InputError(f"{nt}: not valid N-Triples: {e}") from None
    facts: dict[str, set[tuple[str, str, str]]] = {}
    names: dict[str, str] = {}
    for fact, ts in triples.items():
        facts[fact] = {(str(t.subject), str(t.predicate), str(t.object)) for t in ts}
        kind = next((_KIND[t.object.value] for t in ts if t.predicate.value == RDF + "type" and t.object.value in _KIND), "fact")
        partner = next((codes.get(t.object.value, t.object.value) for t in ts if t.predicate.value == CLOD + "partner"), "?")
        obj = next((t.object.value for t in ts if t.predicate.value in _OBJECT), "")
        names[fact] = f"{kind} {partner} {notation.get(obj) or obj.rsplit('/', 1)[-1].split('#')[-1]}"
    return facts, names, documents


def compare(old: Path, new: Path) -> Changes:
    before, names_old, docs_old = _rows(old)
    after, names_new, docs_new = _rows(new)
    c = Changes(old, new, names=names_old | names_new)
    c.added = {f: rows for f, rows in after.items() if f not in before}
    c.removed = {f: rows for f, rows in before.items() if f not in after}
    for f in sorted(before.keys() & after.keys()):
        if before[f] != after[f]:
            gone, new = before[f] - after[f], after[f] - before[f]
            said = [r for r in gone | new if not _provenance(r)]
            (c.changed if said else c.reread)[f] = (gone, new)
    c.documents = (len(docs_new - docs_old), len(docs_old - docs_new))
    return c


# what only says where and when a fact was read: a fact read again in a new capture is
# not a changed fact
# (its status history is its dates too: the status itself is the fact's own statement)
_PROVENANCE = {f"<{PROV}wasDerivedFrom>", f"<{CLOD}firstSeen>", f"<{CLOD}lastSeen>", f"<{CLOD}statusHistory>"}


def _provenance(row: tuple[str, str, str]) -> bool:
    return row[1] in _PROVENANCE or "#status-" in row[0]


def _short(row: tuple[str, str, str]) -> str:
    _s, p, o = row
    p = p.strip("<>").rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    if o.startswith("<"):
        o = o.strip("<>").rsplit("/", 1)[-1]
    elif o.startswith('"'):
        o = o[1:o.rindex('"')]
    return f"{p} {o}"


def summary(c: Changes) -> str:
    """A readable account: counts, then one line per fact (+ added, - removed, ~ changed)."""
    lines = [f"changes from {c.old} to {c.new}:",
             f"  facts: {len(c.added)} added, {len(c.removed)} removed, {len(c.changed)} changed, "
             f"{len(c.reread)} read again (sources or dates only); "
             f"documents: {c.documents[0]} added, {c.documents[1]} removed"]
    for f in sorted(c.added, key=lambda f: c.names[f]):
        lines.append(f"+ {c.names[f]}")
    for f in sorted(c.removed, key=lambda f: c.names[f]):
        lines.append(f"- {c.names[f]}")
    for f in sorted(c.changed, key=lambda f: c.names[f]):
        gone, new = (sorted(r for r in rows if not _provenance(r)) for rows in c.changed[f])
        said = "; ".join([*(f"was {_short(r)}" for r in gone), *(f"now {_short(r)}" for r in new)])
        lines.append(f"~ {c.names[f]}: {said}")
    return "\n".join(lines) + "\n"


def release_iri(release: Path, base: str) -> str:
    """An IRI for one published release: the dataset's, with a digest of its checksums."""
    sums = release / "SHA256SUMS"
    data = sums.read_bytes() if sums.is_file() else (release / "dataset.nt").read_bytes()
    return f"{base}dataset/release/{hashlib.sha256(data).hexdigest()[:16]}"


def changeset(c: Changes, base: str, old_iri: str, when: str) -> bytes:
    """TriG: the activity in the default graph, the triples added and removed in two
    named graphs of their own."""
    activity = describe.changes_iri(base, old_iri)
    added_g, removed_g = ox.NamedNode(activity + "/added"), ox.NamedNode(activity + "/removed")
    a = ox.NamedNode(activity)
    d = ox.DefaultGraph()
    quads = [ox.Quad(a, ox.NamedNode(RDF + "type"), ox.NamedNode(PROV + "Activity"), d),
             ox.Quad(a, ox.NamedNode(PROV + "used"), ox.NamedNode(old_iri), d),
             ox.Quad(a, ox.NamedNode(PROV + "generated"), ox.NamedNode(base + "dataset"), d),
             ox.Quad(a, ox.NamedNode(PROV + "endedAtTime"), ox.Literal(when, datatype=ox.NamedNode(XSD + "dateTime")), d),
             ox.Quad(a, ox.NamedNode(DCT + "description"), ox.Literal(summary(c).splitlines()[1].strip(), language="en"), d)]
    for g, label in ((added_g, "triples added"), (removed_g, "triples removed")):
        quads.append(ox.Quad(g, ox.NamedNode(PROV + "wasGeneratedBy"), a, d))
        quads.append(ox.Quad(g, ox.NamedNode(DCT + "description"), ox.Literal(label, language="en"), d))
    both = [*c.changed.values(), *c.reread.values()]
    plus = set().union(*c.added.values(), *(new for _gone, new in both))
    minus = set().union(*c.removed.values(), *(gone for gone, _new in both))
    text = "".join(f"{s} {p} {o} {added_g} .\n" for s, p, o in sorted(plus))
    text += "".join(f"{s} {p} {o} {removed_g} .\n" for s, p, o in sorted(minus))
    quads += list(ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=dict(PREFIXES)) or b""
