"""Reconcile: the facts of every document become one set of entities and facts.

One IRI per real entity: a known entity (vocabulary) keeps its id whatever the
language it was read in; a partner's own national strategy is keyed by its owner;
a name found only by its pattern is keyed by its slug. Labels come from the
vocabulary in every language it has, plus every form met in the texts.
Documents that state the same fact with different attributes are reported.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .langs import LANGS, name_key
from .model import Document, Evidence, Extraction, Fact, Mention
from .namespaces import (
    COALITION,
    FACT_CLASSES,
    concept,
    digest,
    entity_iri,
    partner_iri,
    resolution_iri,
)
from .translate import english_names
from .vocab import Vocabulary, vocabulary


@dataclass
class Entity:
    iri: str
    kind: str  # partner | mission | strategy | initiative | resolution
    labels: dict[str, list[str]] = field(default_factory=lambda: {lang: [] for lang in LANGS})
    alt: dict[str, list[str]] = field(default_factory=lambda: {lang: [] for lang in LANGS})
    # machine-made English renderings of a name met only in French or Arabic (skos:hiddenLabel)
    hidden: list[str] = field(default_factory=list)
    props: dict[str, object] = field(default_factory=dict)

    def add_label(self, lang: str, text: str, preferred: bool = False) -> None:
        text = " ".join(text.split())
        if not text:
            return
        if preferred and not self.labels[lang]:
            self.labels[lang].append(text)
        elif text not in self.labels[lang] and text not in self.alt[lang]:
            self.alt[lang].append(text)


@dataclass
class MergedFact:
    iri: str
    kind: str
    partner: str  # partner IRI
    obj: str  # IRI of the entity or concept
    attrs: dict[str, object]
    evidence: list[Evidence]
    documents: list[str]
    first_seen: str | None = None  # the earliest and latest dates of the documents that state it
    last_seen: str | None = None
    # each status it was read with and when: (status, first seen, last seen), oldest first
    status_history: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass
class Knowledge:
    documents: list[Document]
    entities: dict[str, Entity]
    facts: dict[str, MergedFact]
    disagreements: list[str]
    curation: list[str] = field(default_factory=list)  # what the curation file did
    inputs: list[str] = field(default_factory=list)  # what the web archives held and skipped


_TRAILING_DATES = re.compile(r"\s*(?:\b(?:for|pour|pendant|de|for the period|للفترة)\s+)?\(?\b(?:1[89]|20)\d\d(?:\s*[-–/]\s*(?:1[89]|20)?\d\d)?\)?$")


def label_variants(text: str, partner_names: list[str]) -> list[str]:
    """Forms a name is also known by: without its owner ("Australia's ...") or its dates."""
    return list(_variants(text, tuple(partner_names)))


@lru_cache(maxsize=1 << 16)
def _variants(text: str, partner_names: tuple[str, ...]) -> tuple[str, ...]:
    """``label_variants``, once per name and owner: thousands of documents name the same
    missions and strategies, and the date pattern is the dearest step of reconciling."""
    out = []
    t = text
    for name in partner_names:
        for pre in (f"{name}'s ", f"{name}’s ", f"{name} "):
            if t.startswith(pre) and len(t) > len(pre) + 3:
                t = t[len(pre):]
                out.append(t)
    for s in [text, t]:
        d = _TRAILING_DATES.sub("", s)
        if d != s and len(d) > 3:
            out.append(d)
    # A long name is often cited by its head up to the first comma
    # ("Regional Strategy for the Stabilization, Recovery and Resilience of ...").
    head = text.split(",", 1)[0]
    if head != text and len(head.split()) >= 3:
        out.append(head)
    return tuple(out)


def _partner_entity(vocab: Vocabulary, slug: str) -> Entity:
    p = vocab.partners[slug]
    e = Entity(partner_iri(slug), "partner")
    for lang in LANGS:
        for n, name in enumerate(p.names[lang]):
            e.add_label(lang, name, preferred=n == 0)
    e.props.update(code=p.code, partner_kind=p.kind, wikidata=p.wikidata, member=p.member)
    return e


def _known_entity(vocab: Vocabulary, kind: str, key: str, owner: str | None) -> Entity:
    known_id = key.split("/", 1)[1] if owner else key
    k = vocab.known.get((kind, known_id))
    e = Entity(entity_iri(kind, key), kind)
    if k:
        for lang in LANGS:
            for n, label in enumerate(k.labels[lang]):
                e.add_label(lang, label, preferred=n == 0)
        if k.scope:
            e.props["scope"] = k.scope
        if kind == "mission":
            e.props["military"] = k.military
        if k.wikidata:
            e.props["wikidata"] = k.wikidata
    if owner:
        e.props["owner"] = partner_iri(owner)
    return e


class _Aligner:
    """Finds the entity a French or Arabic name the vocabulary lacks stands for.

    Its English renderings are compared with the English names of the vocabulary's
    entities and of the names read in English profiles: the French profile's
    "Stratégie nationale de lutte contre ..." is the English profile's "National
    Strategy for Countering ...", one entity with one IRI.
    """

    def __init__(self, vocab: Vocabulary, found: dict[tuple[str, str], str]) -> None:
        self.vocab = vocab
        self.index: dict[tuple[str, str], str] = {}
        for k in vocab.known.values():
            for label in k.labels["en"]:
                self.index.setdefault((k.kind, name_key(label)), k.id)
        for name, key in found.items():
            self.index.setdefault(name, key)
        self.renderings: dict[tuple[str, str], list[str]] = {}

    def english(self, m: Mention) -> list[str]:
        key = (m.lang, m.surface)
        if key not in self.renderings:
            self.renderings[key] = english_names(m.surface, self.vocab.lexicon(m.lang)) if m.lang != "en" else []
        return self.renderings[key]

    def key(self, m: Mention, partner: str) -> str:
        """The mention's key, or the key of the entity its English rendering names."""
        if not m.key.startswith("new:") or m.lang == "en":
            return m.key
        names = self.english(m)
        for name in names + [v for n in names for v in label_variants(n, [])]:
            hit = self.index.get((m.kind, name_key(name)))
            if hit is None:
                continue
            known = self.vocab.known.get((m.kind, hit))
            return f"{partner}/{hit}" if known and known.owner == "partner" else hit
        return m.key


def english_names_read(extractions: Iterable[Extraction]) -> dict[tuple[str, str], str]:
    """The names of new entities read in English, (kind, name key) -> key, the first
    reading of a name kept: what French and Arabic names are aligned with. Made per part
    of the corpus and merged in the parts' order (:func:`merge_names`) on a cluster."""
    found: dict[tuple[str, str], str] = {}
    for ex in extractions:
        for f in ex.facts:
            o = f.obj
            if isinstance(o, Mention) and o.key.startswith("new:") and o.lang == "en":
                for name in [o.surface, *label_variants(o.surface, [])]:
                    found.setdefault((o.kind, name_key(name)), o.key)
    return found


def merge_names(*parts: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """The names of consecutive parts of the corpus, as if read in one pass."""
    merged: dict[tuple[str, str], str] = {}
    for part in parts:
        for name, key in part.items():
            merged.setdefault(name, key)
    return merged


def bucket_of(key: str, buckets: int) -> int:
    """A key's bucket, the same in every process (``hash()`` is salted per process)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big") % buckets


class Router:
    """Which reconciliation bucket a fact belongs to, so that buckets reconcile apart
    and give, together, what one pass gives: a fact goes with the entity it names
    (whose labels all its mentions make), otherwise with its own key."""

    def __init__(self, names: dict[tuple[str, str], str], buckets: int, vocab: Vocabulary | None = None) -> None:
        self.aligner = _Aligner(vocab or vocabulary(), names)
        self.buckets = buckets

    def bucket(self, f: Fact) -> int:
        o = f.obj
        if isinstance(o, Mention):
            aligned = self.aligner.key(o, f.partner)
            key = f"{o.kind}:{aligned[4:] if aligned.startswith('new:') else aligned}"
        else:
            key = f"{f.kind}:{f.partner}:{o}"
        return bucket_of(key, self.buckets)


def reconcile(extractions: list[Extraction], vocab: Vocabulary | None = None,
              names: dict[tuple[str, str], str] | None = None) -> Knowledge:
    """``names``: the English names read in the whole corpus, when ``extractions`` are
    one bucket of it (see :class:`Router`); else they are read from ``extractions``."""
    vocab = vocab or vocabulary()
    aligner = _Aligner(vocab, english_names_read(extractions) if names is None else names)
    entities: dict[str, Entity] = {}
    facts: dict[str, MergedFact] = {}
    seen_attrs: dict[str, dict[str, Counter]] = {}
    evidence_seen: dict[str, set] = {}  # per fact: a set, as a partner's fact may be read thousands of times
    per_doc_attrs: dict[tuple[str, str], list[tuple[str, object]]] = {}

    @cache
    def owner_names_of(slug: str) -> list[str]:
        return [n for lang in LANGS for n in vocab.partners[slug].names[lang]]

    def partner(slug: str) -> str:
        iri = partner_iri(slug)
        if iri not in entities:
            entities[iri] = _partner_entity(vocab, slug)
        return iri

    # the same mention, fact and piece of evidence are met in thousands of documents:
    # what each gives is worked out once (the loop below runs over every fact read)
    aligned_as: dict[tuple, tuple[str, bool, str | None]] = {}  # a mention and its partner: IRI, new?, owner
    labelled: set[tuple] = set()  # a mention's labels given to an entity with those languages labelled
    fact_iris: dict[tuple[str, str, str], str] = {}

    for ex in sorted(extractions, key=lambda x: x.doc.id):
        doc_id = ex.doc.id
        for f in ex.facts:  # each fact is credited to the partner acting in its clause
            subject = partner(f.partner)
            o = f.obj
            if isinstance(o, Mention):
                said = (o.kind, o.key, o.surface, o.lang, tuple(o.aliases), f.partner)
                known = aligned_as.get(said)
                if known is None:
                    aligned = aligner.key(o, f.partner)
                    key = aligned[4:] if aligned.startswith("new:") else aligned
                    known = aligned_as[said] = (entity_iri(o.kind, key), aligned.startswith("new:"),
                                                f.partner if "/" in key else None, key)
                iri, is_new, owner, key = known
                if iri not in entities:
                    entities[iri] = _known_entity(vocab, o.kind, key, owner)
                ent = entities[iri]
                labels = ent.labels
                # each step below adds a name only where it is missing, and reads only the
                # entity's first labels, which never change once given: done again with the
                # same languages labelled, it would add nothing
                if (said, bool(labels["en"]), bool(labels["fr"]), bool(labels["ar"])) not in labelled:
                    owner_names = owner_names_of(f.partner)
                    for name in aligner.english(o) if is_new else ():
                        if name == o.surface:
                            ent.add_label("en", name, preferred=True)  # written in English already ("la Task Force Hydra")
                        elif name not in ent.hidden:
                            ent.hidden.append(name)
                    ent.add_label(o.lang, o.surface, preferred=is_new)
                    for v in label_variants(o.surface, owner_names):
                        ent.add_label(o.lang, v)
                    for lang in LANGS:
                        for label in list(labels[lang][:1]):
                            for v in label_variants(label, owner_names):
                                ent.add_label(lang, v)
                    for a in o.aliases:
                        ent.add_label(o.lang, a)
                    labelled.add((said, bool(labels["en"]), bool(labels["fr"]), bool(labels["ar"])))
                if o.kind == "strategy" and "scope" not in ent.props and f.attrs.get("scope"):
                    ent.props["scope"] = f.attrs["scope"]
                if is_new and o.kind == "mission":
                    ent.props.setdefault("military", True)
                obj = iri
            elif f.kind == "resolution":
                body, num = o  # type: ignore[misc]
                obj = resolution_iri(body, num)
                if obj not in entities:
                    ent = Entity(obj, "resolution")
                    for lang in LANGS:
                        ent.add_label(lang, vocab.resolution_labels[body][lang].format(number=num), preferred=True)
                    ent.props.update(body=body, number=num)
                    entities[obj] = ent
            elif f.kind == "cooperation":
                obj = partner(str(o))
            elif f.kind == "line_of_effort":
                obj = concept("line_of_effort", str(o))
            else:  # member
                obj = COALITION
            firi = fact_iris.get((f.kind, subject, obj))
            if firi is None:
                firi = fact_iris[f.kind, subject, obj] = entity_iri("fact", digest(f.kind, subject, obj))
            mf = facts.get(firi)
            if mf is None:
                mf = facts[firi] = MergedFact(firi, f.kind, subject, obj, {}, [], [])
                evidence_seen[firi] = set()
            seen_ev = evidence_seen[firi]
            for e in f.evidence:
                before = len(seen_ev)
                seen_ev.add(e)
                if len(seen_ev) != before:
                    mf.evidence.append(e)
            if not mf.documents or mf.documents[-1] != doc_id:  # the documents come in order: a repeat is the last
                mf.documents.append(doc_id)
            counts = seen_attrs.setdefault(firi, {})
            for k, v in f.attrs.items():
                if k == "scope":
                    continue
                counts.setdefault(k, Counter())[v] += 1
                per_doc_attrs.setdefault((firi, k), []).append((doc_id, v))
    dates = {ex.doc.id: ex.doc.date for ex in extractions if ex.doc.date}
    for mf in facts.values():
        seen = sorted(dates[d] for d in mf.documents if d in dates)
        if seen:
            mf.first_seen, mf.last_seen = seen[0], seen[-1]
    disagreements = []
    for firi, counts in seen_attrs.items():
        mf = facts[firi]
        for k, c in counts.items():
            said_when = [(dates[d], v) for d, v in per_doc_attrs[(firi, k)] if d in dates]
            if said_when:
                # what the latest dated text says: a status changes over the years
                value = max(said_when, key=lambda dv: dv[0])[1]
                if k == "status":
                    spans: dict[object, list[str]] = {}
                    for when, v in said_when:
                        spans.setdefault(v, []).append(when)
                    mf.status_history = sorted(((str(v), min(w), max(w)) for v, w in spans.items()),
                                               key=lambda h: (h[1], h[2], h[0]))  # oldest first
            else:
                # the most documents win; ties go to the first document
                order = {v: n for n, (_, v) in enumerate(per_doc_attrs[(firi, k)])}
                value = min(c, key=lambda v: (-c[v], order[v]))
            mf.attrs[k] = value
            if len(c) > 1 and not said_when:
                said = ", ".join(f"{d}: {v}" for d, v in per_doc_attrs[(firi, k)])
                disagreements.append(f"{mf.kind} {mf.obj} of {mf.partner}: {k} differs ({said}); kept {value}")
    for ent in entities.values():
        if ent.labels["en"] or ent.alt["en"]:
            ent.hidden.clear()  # it has a real English name
    for mf in facts.values():
        mf.evidence.sort(key=lambda e: (e.doc_id, e.start, e.mention_start))
    return Knowledge(
        documents=sorted((ex.doc for ex in extractions), key=lambda d: d.id),
        entities=entities,
        facts=facts,
        disagreements=sorted(disagreements),
    )


__all__ = ["Entity", "FACT_CLASSES", "Knowledge", "MergedFact", "Router", "bucket_of", "english_names_read", "label_variants", "merge_names",
           "reconcile"]
