"""What a page shows of a link, a sentence of evidence and a fact: plain data classes,
with the markup of links and quotes made once, as thousands of rows repeat them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from markupsafe import Markup, escape


def direction(lang: str | None) -> str:
    return "rtl" if lang == "ar" else "ltr"


@dataclass
class Link:
    href: str | None
    label: str
    lang: str = "en"

    @cached_property
    def html(self) -> Markup:
        """The link as a page shows it, escaped once: links are made once per folder depth
        and the same partner or document is linked from thousands of rows."""
        lang, label = escape(self.lang), escape(self.label)
        if self.href:
            return Markup(f'<a href="{escape(self.href)}" lang="{lang}" dir="{direction(self.lang)}">{label}</a>')
        return Markup(f'<span lang="{lang}" dir="{direction(self.lang)}">{label}</span>')


@dataclass
class EvidenceView:
    lang: str
    before: str
    mark: str
    after: str
    source: Link
    doc: str = ""  # the source document's IRI

    @property
    def quote(self) -> Markup:
        return Markup(f'<blockquote lang="{escape(self.lang)}" dir="{direction(self.lang)}">{escape(self.before)}'
                      f'<mark>{escape(self.mark)}</mark>{escape(self.after)}</blockquote>')


@dataclass
class FactView:
    iri: str
    anchor: str
    kind: str
    partner: Link
    obj: Link
    attrs: list[tuple[str, str]]
    annotations: list[str] = field(default_factory=list)  # its evidence's annotations, sorted
    evidence: list[EvidenceView] = field(default_factory=list)  # what a row shows: the first, or a document's own
    total: int = 0  # evidence in the whole release; the rows show the first, the fact's pages all
    more: str | None = None  # the link to the fact's pages, when there is more than one
