"""Ingest: a file on disk becomes a ``Document`` of clean text in a known language.

All later offsets refer to ``Document.text``, the text after markup and boilerplate
are removed and Unicode is NFC-normalised, so that evidence can be shown exactly as
the extraction saw it.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
import warnings
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path, PurePath
from typing import Any

from ..langs import LANGS
from ..model import Document, InputError, read_bytes
from ..vocab import vocabulary
from . import remote, subtitles
from .remote import RemoteFile, is_url
from .warc import Record, is_archive, list_records, read_record

SUFFIXES = {".txt": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
            ".html": "text/html", ".htm": "text/html", **subtitles.MEDIA_TYPES}

# Elements that never hold the profile's prose.
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside",
              "form", "button", "iframe", "svg", "select", "input", "label", "menu", "dialog")
_DROP_ROLES = {"navigation", "banner", "contentinfo", "search", "dialog", "alertdialog", "complementary"}
_DROP_HINT = re.compile(r"cookie|consent|gdpr|share|social|breadcrumb|crumbs|ariane|newsletter|related|menu|navbar|footer|banner|popup|modal"
                        r"|footnote|\breference\b",
                        re.I)  # "ariane": a French page's breadcrumb ("fil d'Ariane"); footnotes' and citations' marks, notes
# A breadcrumb left in the text (a capture's text, a page with no class that says so): three
# or more short steps, each a few words, joined by ">", "›", "»" or "/" and nothing else (no "«": a line's quotations in
# French guillemets, "« Retrait » ou « fin de mission » : …", are no steps)
_CRUMB = r"[^\s>›»«/.!?؟][^>›»«/.!?؟]{0,60}"
_BREADCRUMB = re.compile(rf"{_CRUMB}(?:\s+[>›»/]\s+{_CRUMB}){{2,}}")
# Bounds on what one profile may be: a published profile is a few kilobytes, and an
# input far beyond these is a mistake (a wrong file, a generated page) whose cost
# would otherwise grow without bound.
MAX_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 256  # nesting of HTML elements; browsers and libxml2 stop near here too
# Invisible direction marks and isolates: they carry no words and would split them.
# zero-width space, byte-order mark and the bidirectional controls: dropped by one
# search (str.translate looks every character of the text up in a table)
_INVISIBLE = re.compile("[\u200b\ufeff\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt", "td", "th",
           "figcaption", "pre", "caption")


def _html_to_text(html: str) -> str:
    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

    with warnings.catch_warnings():
        # a page whose whole text looks like a file name or an address ("report.html") is still the page's text: the
        # parser's guess that the caller passed a path is noise on a user's terminal
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(html, "lxml")
    depth = {id(soup): 0}
    for el in soup.descendants:  # one linear pass; the steps below are not linear in the depth
        if getattr(el, "name", None):
            d = depth[id(el)] = depth.get(id(el.parent), 0) + 1
            if d > MAX_DEPTH:
                raise ValueError(f"markup nested more than {MAX_DEPTH} elements deep")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        attrs = tag.attrs or {}
        role = str(attrs.get("role", "")).lower()
        hint = " ".join([*attrs.get("class", []), str(attrs.get("id", ""))])
        if role in _DROP_ROLES or (hint and _DROP_HINT.search(hint)):
            tag.decompose()
    root = _content_root(soup)
    for br in root.find_all("br"):  # a line break stays one: a record's "Country: …<br>Donor: …" are two lines
        br.replace_with(_LINE_BREAK)
    parts = []
    related = _related_headings()
    skipping = 0  # the level of a "See also" heading whose section is being left out, or 0
    rows: set[int] = set()  # the table rows read whole
    for block in root.find_all(_BLOCKS):
        if block.find(_BLOCKS):  # the innermost block carries the text
            continue
        text = "\n".join(" ".join(line.split()) for line in block.get_text().split(_LINE_BREAK) if line.strip())
        if block.name in ("td", "th") and (row := block.find_parent("tr")) is not None:
            # a table's row is one line, its cells apart by tabs ("Denmark⇥deployed 120 soldiers
            # to NATO Mission Iraq"), as a browser copies it: the partner a row names is the
            # subject of what its other cells say; not a layout table's cells that hold blocks
            cells = row.find_all(("td", "th"), recursive=False)
            if all(not c.find(_BLOCKS) for c in cells):
                if id(row) in rows:
                    continue
                rows.add(id(row))
                text = "\t".join(" ".join(c.get_text().split()) for c in cells).strip("\t")
        level = int(block.name[1]) if block.name in _HEADINGS else 0
        if level and skipping and level <= skipping:
            skipping = 0  # the next section of the same rank or higher
        if level and related.fullmatch(text.strip(" :：.")):
            skipping = level
        if text and not skipping:
            parts.append(text)
    if not parts:
        parts = [" ".join(root.get_text(" ").split())]
    return "\n\n".join(parts)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _content_root(soup: Any) -> Any:
    """The element whose blocks are the page's prose: its article, else its main, else its body.
    A page of several articles side by side (a town's or an embassy's newsletter, a digest of
    news) holds its prose in all of them, not the first: then the smallest element holding
    them all, the main where the main holds them (teasers outside it are other pages')."""
    articles = [a for a in soup.find_all("article") if a.find_parent("article") is None]
    main = soup.find("main")
    if len(articles) > 1:
        inside = [a for a in articles if main is not None and a.find_parent("main") is main]
        if len(inside) == 1:
            return inside[0]
        if len(inside) > 1:
            articles = inside
        ancestors = [set(map(id, a.parents)) for a in articles[1:]]
        for parent in articles[0].parents:
            if all(id(parent) in seen for seen in ancestors):
                return parent
    return (articles[0] if articles else None) or main or soup.body or soup


def _related_headings() -> re.Pattern[str]:
    """Headings of sections of links to other pages ("See also", "Voir aussi", "اقرأ
    أيضا", "Related news"), in every language: their items are other pages' titles,
    which state nothing (``related_headings`` in the language files)."""
    vocab = vocabulary()
    words = [w for lang in LANGS for w in vocab.lang_conf[lang].get("related_headings", [])]
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)", re.I)


_LINE_BREAK = "\u2028"  # a <br>, kept apart from the markup's own whitespace until a block's lines are cut
# a line of a record, its label and a colon first: in bold ("**Country:** Iraq"), or a capitalised word or
# few ("Financing: …"), or in Arabic one or two words ("الجهة المانحة: …"); not a wrapped line of prose
# ("line of prose: …")
_LABEL_LINE = re.compile(r"^\s*(?:(?:\*\*|__)[^\W\d_][^\n:*_|]{0,40}:(?:\*\*|__)|[A-ZÀ-ÖØ-Þ][\w'’()-]*(?: [\w'’()-]+){0,3}:"
                         r"|[\u0600-\u06ff]+(?: [\u0600-\u06ff]+)?:)\s+\S")


def _record_lines(md: str) -> str:
    """Markdown whose lines that open with a label ("**Country:** Republic of Iraq") each end the
    line before them with a hard break: Markdown joins a paragraph's lines, and a record's lines
    would read as one sentence ("Country: Republic of Iraq Financing: Grant aid of …")."""
    lines = md.split("\n")
    for n in range(1, len(lines)):
        if _LABEL_LINE.match(lines[n]) and lines[n - 1].strip() and not lines[n - 1].lstrip().startswith(("|", "#", "```")):
            lines[n - 1] = lines[n - 1].rstrip() + "\\"
    return "\n".join(lines)


def _markdown_to_text(md: str) -> str:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    # markdown-it silently drops what is nested deeper than its maxNesting; let it go as
    # deep as the HTML check allows, so that deeper text is refused, not lost.
    # tables as GitHub writes them, cell by cell as an HTML table is read, not a run of pipes;
    # footnotes as GitHub and Pandoc write them ("… Ministry of Justice.[^2] Finland …", "[^2]: Interview …"):
    # their marks and notes are dropped as an HTML page's are (``_DROP_HINT``), not read as words that join
    # two sentences into one
    md_it = MarkdownIt("commonmark", {"maxNesting": MAX_DEPTH + 1}).enable("table").use(footnote_plugin)
    return _html_to_text(md_it.render(_record_lines(md)))


def _boilerplate() -> list[re.Pattern[str]]:
    vocab = vocabulary()
    return [re.compile(p, re.M) for lang in LANGS for p in vocab.lang_conf[lang].get("boilerplate", [])]


_LIST_ITEM = re.compile(r"(?:[-*•–]|\d{1,3}[.)])\s+\S")  # a list's item: "- Operation …", "2. "F-16's naar …""


def clean_text(text: str) -> str:
    """NFC, one paragraph a line, boilerplate lines (cookie banners, share links) dropped."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text.replace("\u00a0", " "))
    patterns = _boilerplate()
    related = _related_headings()
    lines = []
    listing = False  # under a plain text's "See also" or "References": its list of other pages' titles
    for line in text.split("\n"):
        stripped = line.strip()
        if listing and (not stripped or _LIST_ITEM.match(stripped)):
            continue
        listing = bool(stripped) and bool(related.fullmatch(stripped.strip(" :：.")))
        if listing or stripped and (any(p.fullmatch(stripped) for p in patterns) or _BREADCRUMB.fullmatch(stripped)):
            continue
        lines.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def language_from_name(path: PurePath) -> str | None:
    parts = path.name.split(".")
    if len(parts) >= 3 and parts[-2].lower() in LANGS:
        return parts[-2].lower()
    return None


def detect_language(text: str) -> str:
    """The most likely of en/fr/ar, by py3langid restricted to the three languages."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    global _IDENTIFIER
    if _IDENTIFIER is None:
        _IDENTIFIER = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        _IDENTIFIER.set_languages(list(LANGS))
    return _IDENTIFIER.classify(text[:5000])[0]


_IDENTIFIER = None


def read_document(path: Path | Record | RemoteFile, root: Path | None = None) -> Document:
    """A file, a capture in a web archive, or a text at a URL, as clean text in a known language."""
    if isinstance(path, Record):
        return _read_capture(path)
    if isinstance(path, RemoteFile):
        _check_suffix(path.name, path.url)
        return _from_bytes(remote.read_bytes(path, MAX_BYTES), path.name, path.url, path.source)
    _check_suffix(path, path)
    size = path.stat().st_size if path.exists() else 0
    if size > MAX_BYTES:
        raise InputError(f"{path}: {size / 1048576:.1f} MB is too large for a profile (at most {MAX_BYTES // 1048576} MB)")
    source = path.relative_to(root).as_posix() if root and path.is_relative_to(root) else path.name
    return _from_bytes(read_bytes(path), path, str(path), source)


def _check_suffix(name: PurePath, where: object) -> None:
    suffix = name.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{where}: unsupported file type {suffix or '(none)'}; expected .txt, .md, .html, .srt, .vtt or a web archive")


def _from_bytes(raw: bytes, name: PurePath, where: str, source: str) -> Document:
    if len(raw) > MAX_BYTES:
        raise InputError(f"{where}: {len(raw) / 1048576:.1f} MB is too large for a profile (at most {MAX_BYTES // 1048576} MB)")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{where}: UTF-16 text (it starts with a byte-order mark); save it as UTF-8")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{where}: not UTF-8 text (byte {e.start}: {e.reason})") from e
    media = SUFFIXES[name.suffix.lower()]
    text = _clean(text, media, where)
    lang = language_from_name(name) or detect_language(text)
    return Document(id=_doc_id(source), source=source, lang=lang, text=text, media_type=media)


def _clean(text: str, media: str, where: str) -> str:
    """Markup and boilerplate removed; the checks every input passes."""
    if "\x00" in text or len(_CONTROL.findall(text[:65536])) > 8:
        raise InputError(f"{where}: binary data, not text")
    try:
        if media == "text/html":
            text = _html_to_text(text)
        elif media == "text/markdown":
            text = _markdown_to_text(text)
        elif media in subtitles.FORMATS:
            text = subtitles.to_text(text, subtitles.FORMATS[media])
        elif media == "text/plain" and (fmt := subtitles.sniff(text)) is not None:
            with contextlib.suppress(ValueError):  # captions saved as text; read as it is if they are not
                text = subtitles.to_text(text, fmt)
    except (ValueError, RecursionError) as e:
        kind = {"text/html": "HTML", "text/markdown": "Markdown"}.get(media, "subtitles")
        raise InputError(f"{where}: cannot read the {kind}: {e}") from None
    text = clean_text(text)
    if not text.strip():
        raise InputError(f"{where}: no text in the file")
    return text


def _read_capture(rec: Record) -> Document:
    """A capture: named from its URI and date; its language from the HTTP headers, the
    page's own ``lang``, or the text."""
    raw, declared = read_record(rec)
    if len(raw) > MAX_BYTES:
        raise InputError(f"{rec.where}: {len(raw) / 1048576:.1f} MB is too large for a page (at most {MAX_BYTES // 1048576} MB)")
    text = _clean(raw, rec.media_type, rec.where)
    lang = rec.lang or declared or detect_language(text)
    return Document(id=rec.document_id(), source=rec.uri, lang=lang, text=text, media_type=rec.media_type,
                    date=rec.date, uri=rec.uri)


def _doc_id(source: str) -> str:
    stem = source.rsplit(".", 1)[0]
    return re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-").lower() or "document"


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?")


def iso_datetime(text: str) -> str:
    """A date or date-time (WARC-Date, a project's dates) as an xsd:dateTime in UTC with
    seconds, "2024-01-15T12:00:00Z", so that dates compare as strings; ValueError if it
    is not one."""
    m = _DATE.fullmatch(text.strip())
    if not m:
        raise ValueError(f"{text!r} is not a date (YYYY-MM-DD or an ISO 8601 date-time)")
    y, mo, d, h, mi, sec, zone = m.groups()
    tz = UTC
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    when = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(sec or 0), tzinfo=tz)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def date_for(path: Path, dates: dict[Path, str]) -> str | None:
    """The date a project gives a file: its own, or its nearest folder's."""
    found, best = None, -1
    resolved = path.resolve()
    for where, when in dates.items():
        w = where.resolve()
        if (resolved == w or resolved.is_relative_to(w)) and len(w.parts) > best:
            found, best = when, len(w.parts)
    return found


# a file, a capture or a text at a URL, and the input folder it was found under
Item = tuple[Path | Record | RemoteFile, Path]


def collect(inputs: Iterable[Path | str], notes: list[str] | None = None) -> list[Item]:
    """Every text under the inputs, as (file or capture, root) pairs, in a stable order:
    the files of a folder, the captures of each web archive (WARC, WARC.gz, WACZ) in
    the archive's order, the texts under a URL fsspec reads (a folder or a glob). ``notes``
    gets what each archive held and skipped."""
    notes = [] if notes is None else notes
    out: list[Item] = []

    def add(f: Path, root: Path) -> None:
        if is_archive(f):
            out.extend((rec, root) for rec in list_records(f, notes))
        else:
            out.append((f, root))

    for given in inputs:
        if is_url(given):
            out.extend((rf, Path(".")) for rf in remote.list_files(str(given), tuple(SUFFIXES)))
            continue
        inp = Path(given)
        if inp.is_dir():
            for f in sorted(inp.rglob("*")):
                if f.is_file() and not f.name.startswith(".") and (f.suffix.lower() in SUFFIXES or is_archive(f)):
                    add(f, inp)
        elif inp.exists():
            add(inp, inp.parent)
        else:
            raise InputError(f"{inp}: no such file or folder")
    return out


def check_unique_ids(docs: Iterable[Document]) -> None:
    """Two files whose names give the same document IRI would overwrite each other."""
    seen: dict[str, str] = {}
    for d in docs:
        if d.id in seen:
            raise InputError(f"{d.source}: same document name as {seen[d.id]}")
        seen[d.id] = d.source
