"""Curation: a human-edited file that adds, removes or corrects facts and labels.

Extraction is never perfect, and a curator who knows better must be able to say so
once and have it hold on every build. The file (``data/curation.yaml``) is applied
after reconciliation; each entry names its partner by contract code and its object
by name, as the gold annotations do. A fact the curator adds cites the curation file
itself as its evidence, the entry's own text as the quoted span, so its provenance
is as visible as an extracted fact's. Entries that no longer match anything are
reported, not fatal: the build may run on a subset of the texts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .extract import slugify
from .langs import name_key
from .model import Document, Evidence, InputError, read_bytes
from .namespaces import COALITION, concept, digest, entity_iri, partner_iri, resolution_iri
from .reconcile import Entity, Knowledge, MergedFact, _partner_entity
from .vocab import Vocabulary, _Yaml12Loader, vocabulary

NAMED_KINDS = ("mission", "strategy", "initiative")
KINDS = (*NAMED_KINDS, "resolution", "cooperation", "line_of_effort", "member")
ACTIONS = ("add", "remove", "correct", "labels")
ATTRIBUTES = {
    "mission": {"personnel": int, "status": ("planned", "ongoing", "ended")},
    "strategy": {"relation": ("adopts", "updates", "aligns_with", "supports"), "scope": ("national", "regional", "international")},
    "resolution": {"relation": ("cosponsors", "supports", "implements"), "body": ("UNSC", "UNGA")},
}
LINES_OF_EFFORT = ("military", "stabilization", "counter_financing", "counter_messaging", "foreign_terrorist_fighters",
                   "prevention_cve", "rehabilitation_reintegration", "legislation")
CURATION_DOC_ID = "curation"


@dataclass
class Entry:
    action: str
    data: dict
    start: int  # offsets of the entry in the file's text
    end: int
    line: int


@dataclass
class Curation:
    path: Path
    text: str
    entries: list[Entry]

    def document(self) -> Document:
        return Document(CURATION_DOC_ID, self.path.name, "en", self.text, "application/yaml")


def load(path: Path, vocab: Vocabulary | None = None) -> Curation:
    """Read and check the file; a problem is one line naming the file and the line."""
    vocab = vocab or vocabulary()
    text = read_bytes(path).decode("utf-8", errors="strict")
    try:
        root = yaml.compose(text, Loader=_Yaml12Loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise InputError(f"{where}: not valid YAML: {getattr(e, 'problem', e)}") from None
    entries: list[Entry] = []
    if root is None:
        return Curation(path, text, entries)
    if not isinstance(root, yaml.MappingNode):
        raise InputError(f"{path}:1: expected a mapping with keys {', '.join(ACTIONS)}")
    loader = _Yaml12Loader("")
    for key_node, value_node in root.value:
        action = key_node.value
        if action not in ACTIONS:
            raise InputError(f"{path}:{key_node.start_mark.line + 1}: unknown section {action!r} (expected {', '.join(ACTIONS)})")
        if isinstance(value_node, yaml.ScalarNode) and value_node.value in ("", "null", "~"):
            continue
        if not isinstance(value_node, yaml.SequenceNode):
            raise InputError(f"{path}:{value_node.start_mark.line + 1}: {action} must be a list of entries")
        for node in value_node.value:
            line = node.start_mark.line + 1
            data = loader.construct_document(node)
            if not isinstance(data, dict):
                raise InputError(f"{path}:{line}: an entry must be a mapping")
            _check(action, data, vocab, f"{path}:{line}")
            entries.append(Entry(action, data, node.start_mark.index, node.end_mark.index, line))
    return Curation(path, text, entries)


def _kind(data: dict) -> str | None:
    kinds = [k for k in KINDS if k in data]
    return kinds[0] if len(kinds) == 1 else None


def _check(action: str, data: dict, vocab: Vocabulary, where: str) -> None:
    if action == "labels":
        kinds = [k for k in (*NAMED_KINDS, "partner") if k in data]
        if len(kinds) != 1 or not data.get("label") or data.get("lang") not in ("en", "fr", "ar"):
            raise InputError(f"{where}: a label entry needs one of mission/strategy/initiative/partner, lang (en, fr or ar) and label")
        if kinds[0] == "partner":
            _partner_slug(data["partner"], vocab, where)
        return
    kind = _kind(data)
    if kind is None:
        raise InputError(f"{where}: an entry needs exactly one of {', '.join(KINDS)}")
    if "partner" not in data:
        raise InputError(f"{where}: an entry needs the partner's code")
    _partner_slug(data["partner"], vocab, where)
    if kind == "cooperation":
        _partner_slug(data["cooperation"], vocab, where)
    if kind == "line_of_effort" and data["line_of_effort"] not in LINES_OF_EFFORT:
        raise InputError(f"{where}: unknown line of effort {data['line_of_effort']!r}")
    if kind == "resolution" and not str(data["resolution"]).replace("/", "").isdigit():
        raise InputError(f"{where}: a resolution is given by its number")
    allowed = ATTRIBUTES.get(kind, {})
    for attr, rule in allowed.items():
        if attr not in data:
            continue
        v = data[attr]
        ok = isinstance(v, int) and v >= 0 if rule is int else v in rule
        if not ok:
            raise InputError(f"{where}: {attr} {v!r} is not one of {rule if rule is not int else 'the non-negative integers'}")
    extra = set(data) - {kind, "partner", "why", "aliases", *allowed}
    if extra:
        raise InputError(f"{where}: unknown key {sorted(extra)[0]!r}")
    if action == "correct" and not set(data) & set(allowed):
        raise InputError(f"{where}: a correction says which attribute to set ({', '.join(allowed) or 'none for ' + kind})")


def _partner_slug(code: object, vocab: Vocabulary, where: str) -> str:
    """A partner by contract code, or by slug where a code is shared (AU)."""
    code = str(code)
    if code in vocab.partners:
        return code
    slugs = [p.slug for p in vocab.partners.values() if p.code == code]
    if len(slugs) == 1:
        return slugs[0]
    if len(slugs) > 1:
        raise InputError(f"{where}: code {code} is shared by {', '.join(sorted(slugs))}; name the partner by one of these")
    raise InputError(f"{where}: unknown partner {code!r}")


def _find_entity(k: Knowledge, kind: str, name: str) -> Entity | None:
    key = name_key(name)
    for e in sorted(k.entities.values(), key=lambda e: e.iri):
        if e.kind != kind:
            continue
        names = [x for lang in e.labels for x in e.labels[lang] + e.alt[lang]] + e.hidden
        if any(name_key(x) == key for x in names):
            return e
    return None


def _object(k: Knowledge, vocab: Vocabulary, kind: str, data: dict, create: bool) -> str | None:
    """The IRI of the entry's object, created for an added fact when it is new."""
    if kind == "member":
        return COALITION
    if kind == "cooperation":
        slug = _partner_slug(data["cooperation"], vocab, "")
        if partner_iri(slug) not in k.entities and create:
            k.entities[partner_iri(slug)] = _partner_entity(vocab, slug)
        return partner_iri(slug)
    if kind == "line_of_effort":
        return concept("line_of_effort", data["line_of_effort"])
    if kind == "resolution":
        body, number = data.get("body", "UNSC"), str(data["resolution"])
        iri = resolution_iri(body, number)
        if iri not in k.entities and create:
            e = Entity(iri, "resolution")
            for lang in ("en", "fr", "ar"):
                e.add_label(lang, vocab.resolution_labels[body][lang].format(number=number), preferred=True)
            e.props.update(body=body, number=number)
            k.entities[iri] = e
        return iri
    name = str(data[kind])
    found = _find_entity(k, kind, name)
    if found is not None or not create:
        return found.iri if found else None
    known = next((kn for kn in vocab.known.values() if kn.kind == kind and any(name_key(x) == name_key(name) for x in kn.labels["en"])), None)
    iri = entity_iri(kind, known.id if known and known.owner != "partner" else slugify(name))
    e = Entity(iri, kind)
    e.add_label("en", name, preferred=True)
    if known:
        for lang in ("en", "fr", "ar"):
            for n, label in enumerate(known.labels[lang]):
                e.add_label(lang, label, preferred=n == 0)
    for alias in data.get("aliases") or ():
        e.add_label("en", str(alias))
    if kind == "mission":
        e.props["military"] = known.military if known else True
    if kind == "strategy" and data.get("scope"):
        e.props["scope"] = data["scope"]
    k.entities[iri] = e
    return iri


def _attrs(kind: str, data: dict) -> dict:
    return {a: data[a] for a in ATTRIBUTES.get(kind, {}) if a in data and a not in ("scope", "body")}


def wanted(cur: Curation, vocab: Vocabulary | None = None) -> tuple[set[tuple[str, str]], set[str]]:
    """The names (kind, name key) and the IRIs the entries can look up or make: on a
    cluster, only the entities these select (and the partners) are brought together to
    apply the curation, instead of the whole knowledge."""
    vocab = vocab or vocabulary()
    names: set[tuple[str, str]] = set()
    iris: set[str] = set()
    for entry in cur.entries:
        d = entry.data
        kind = "partner" if "partner" in d and entry.action == "labels" else _kind(d)
        if kind in NAMED_KINDS:
            name = str(d[kind])
            names.add((kind, name_key(name)))
            known = next((kn for kn in vocab.known.values()
                          if kn.kind == kind and any(name_key(x) == name_key(name) for x in kn.labels["en"])), None)
            iris.add(entity_iri(kind, known.id if known and known.owner != "partner" else slugify(name)))
        elif kind == "resolution":
            iris.add(resolution_iri(d.get("body", "UNSC"), str(d["resolution"])))
    return names, iris


def relevant(k: Knowledge, names: set[tuple[str, str]], iris: set[str]) -> dict[str, Entity]:
    """The partners, and the entities named or made by a curation (see :func:`wanted`)."""
    def named(e: Entity) -> bool:
        return any((e.kind, name_key(x)) in names for lang in e.labels for x in e.labels[lang] + e.alt[lang]) or \
            any((e.kind, name_key(x)) in names for x in e.hidden)

    return {i: e for i, e in k.entities.items() if e.kind == "partner" or i in iris or named(e)}


def apply(k: Knowledge, cur: Curation, vocab: Vocabulary | None = None, touched: set[str] | None = None) -> list[str]:
    """Apply the curation to the reconciled knowledge; the lines say what each entry did.
    ``touched`` gets the IRI of every fact an entry looks up."""
    vocab = vocab or vocabulary()
    doc = cur.document()
    report: list[str] = []
    used = False
    for entry in cur.entries:
        where = f"{cur.path.name}:{entry.line}"
        d = entry.data
        if entry.action == "labels":
            if "partner" in d:
                target = k.entities.get(partner_iri(_partner_slug(d["partner"], vocab, where)))
                kind = "partner"
            else:
                kind = next(x for x in NAMED_KINDS if x in d)
                target = _find_entity(k, kind, str(d[kind]))
            if target is None:
                report.append(f"{where}: not applied: no {kind} named {d.get(kind) or d.get('partner')!r} in this build")
                continue
            lang, label = d["lang"], " ".join(str(d["label"]).split())
            if d.get("preferred"):
                if label in target.alt[lang]:
                    target.alt[lang].remove(label)
                old = target.labels[lang][:1]
                target.labels[lang][:1] = [label]
                for o in old:
                    if o != label and o not in target.alt[lang]:
                        target.alt[lang].append(o)
            else:
                target.add_label(lang, label)
            report.append(f"{where}: label {lang} {label!r} for {target.iri}")
            continue
        kind = _kind(d)
        assert kind is not None
        subject = partner_iri(_partner_slug(d["partner"], vocab, where))
        if subject not in k.entities:
            if entry.action != "add":
                report.append(f"{where}: not applied: partner {d['partner']} is not in this build")
                continue
            k.entities[subject] = _partner_entity(vocab, _partner_slug(d["partner"], vocab, where))
        obj = _object(k, vocab, kind, d, create=entry.action == "add")
        firi = entity_iri("fact", digest(kind, subject, obj)) if obj else None
        if touched is not None and firi:
            touched.add(firi)
        fact = k.facts.get(firi) if firi else None
        what = f"{kind} {d[kind]} of {d['partner']}"
        if entry.action == "remove":
            if fact is None:
                report.append(f"{where}: not applied: no {what} in this build")
                continue
            del k.facts[firi]
            report.append(f"{where}: removed {what}")
        elif entry.action == "correct":
            if fact is None:
                report.append(f"{where}: not applied: no {what} in this build")
                continue
            changes = _attrs(kind, d)
            if kind == "strategy" and "scope" in d:
                k.entities[obj].props["scope"] = d["scope"]
                changes["scope"] = d["scope"]
            said = ", ".join(f"{a} {fact.attrs.get(a, k.entities.get(obj, Entity('', '')).props.get(a, '(none)'))} -> {v}"
                             for a, v in changes.items())
            fact.attrs.update({a: v for a, v in changes.items() if a != "scope"})
            report.append(f"{where}: corrected {what}: {said}")
        else:  # add
            ev = Evidence(doc.id, doc.lang, entry.start, entry.end, cur.text[entry.start : entry.end], entry.start, entry.end)
            if fact is None:
                fact = k.facts[firi] = MergedFact(firi, kind, subject, obj, {}, [], [])
                report.append(f"{where}: added {what}")
            else:
                report.append(f"{where}: confirmed {what} (already extracted)")
            fact.attrs.update(_attrs(kind, d))
            fact.evidence.append(ev)
            if doc.id not in fact.documents:
                fact.documents.append(doc.id)
            used = True
    if used:
        k.documents.append(doc)
        k.documents.sort(key=lambda x: x.id)
    return report
