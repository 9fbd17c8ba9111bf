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

    @cached_property
    def cited(self) -> str:
        """The sentence and its source as a table's row and a fact's page show them, made once: a fact's
        first sentence is shown on its partner's, its object's and its documents' pages."""
        return f'{self.quote}\n<p class="source">source: {self.source.html}</p>'


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

    @cached_property
    def cells(self) -> tuple[str, str, str]:
        """The row's markup before its second cell, from its third cell to its evidence, and
        after its evidence."""
        attrs = "<br>".join(f'<span class="attr">{escape(name)}: {escape(value)}</span>' for name, value in self.attrs)
        more = f'<p class="more"><a href="{escape(self.more)}">all {self.total} sentences</a></p>' if self.more else ""
        return (f'<tr id="{escape(self.anchor)}">\n<td>{escape(self.kind)}</td>\n<td>',
                f"</td>\n<td>{attrs}</td>\n<td>\n", f"{more}</td>\n</tr>\n")


def fact_rows(rows: list[FactView], show_partner: bool) -> Markup:
    """A table's rows of facts, written here rather than by the template: an entity's page
    shows hundreds of rows, and the template engine's lookups and escapes per cell were
    a fifth of the time the pages took."""
    out = []
    for f in rows:
        start, middle, end = f.cells
        out.append(start)
        out.append((f.partner if show_partner else f.obj).html)
        out.append(middle)
        out.extend(e.cited + "\n" for e in f.evidence)
        out.append(end)
    return Markup("".join(out))


def evidence_items(evidence: list[EvidenceView]) -> Markup:
    """A fact's page of evidence as list items, written here for the reason ``fact_rows`` is."""
    return Markup("".join(f"<li>{e.cited}</li>\n" for e in evidence))
