"""Plain data passed between the stages: ingest -> extract -> reconcile -> rdf."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


class InputError(Exception):
    """Bad input: the message is one line naming the file or URL and the problem."""


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from e


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    source: str  # path relative to the input folder, as given to the build
    lang: str
    text: str
    media_type: str
    date: str | None = None  # when the text was captured or published (ISO 8601), if known
    uri: str | None = None  # where it was captured from, for a web-archive capture


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: the sentence, its offsets in the document, the mention."""

    doc_id: str
    lang: str
    start: int
    end: int
    text: str
    mention_start: int
    mention_end: int


def _getstate(self: Document | Evidence) -> tuple:
    return tuple(map(self.__getattribute__, self.__slots__))


def _setstate(self: Document | Evidence, state: tuple) -> None:
    for name, value in zip(self.__slots__, state, strict=True):
        object.__setattr__(self, name, value)


# Pickling for the frozen slotted classes, their values in slot order: dataclasses' own
# looks the fields up again for every object, two thirds of reading 10,000 cached
# extractions (some 200,000 pieces of evidence) back. Set here, as a dataclass replaces
# what it did not find in its own class body.
for _cls in (Document, Evidence):
    _cls.__getstate__, _cls.__setstate__ = _getstate, _setstate


@dataclass(slots=True)
class Mention:
    """An entity named in a document; ``key`` identifies it before reconciliation."""

    kind: str  # mission | strategy | initiative | partner
    key: str  # known id ("cjtf-oir") or "new:<slug>" for one found by its pattern
    surface: str
    lang: str
    scope: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Fact:
    """One statement about the profile's partner, with its evidence.

    kind: member | mission | resolution | strategy | initiative | cooperation | line_of_effort.
    ``obj`` is the other end: a Mention, a resolution (body, number), a partner slug
    or a line-of-effort concept.
    """

    kind: str
    partner: str  # partner slug
    obj: object
    attrs: dict[str, object] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)

    def key(self) -> tuple:
        o = self.obj
        if isinstance(o, Mention):
            o = (o.kind, o.key)
        return (self.kind, self.partner, o)


@dataclass(slots=True)
class Extraction:
    doc: Document
    partner: str | None
    facts: list[Fact]
