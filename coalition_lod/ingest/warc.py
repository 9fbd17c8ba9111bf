"""Web archives: every HTML or text capture in a WARC, WARC.gz or WACZ is a document.

Listing an archive reads only the WARC headers and remembers where each capture starts,
so that the workers read their own captures, and a cached capture is never read again.
A capture is named from its target URI and its WARC-Date, which it keeps as the date
the text was seen. Revisit records and captures whose payload digest was already read
(the same page captured again unchanged) are not read twice; records that are not text
are counted and skipped. A broken record is reported with its file and offset, and the
reading goes on from the next record.
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from ..langs import LANGS
from ..model import InputError

SUFFIXES = (".warc", ".warc.gz", ".wacz")
TEXT_TYPES = {"text/html": "text/html", "application/xhtml+xml": "text/html", "text/plain": "text/plain",
              "text/markdown": "text/markdown"}
_GZIP = b"\x1f\x8b\x08"
_WARC = b"WARC/1."


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


@dataclass(frozen=True, slots=True)
class Record:
    """One capture in a web archive: where it starts and what its headers say."""

    archive: Path
    member: str  # the WARC inside a WACZ package; "" for a WARC file
    offset: int
    uri: str
    date: str  # the WARC-Date, ISO 8601
    digest: str  # of the payload
    media_type: str
    lang: str | None  # from Content-Language, when it names one of ours

    @property
    def where(self) -> str:
        """The file (and WACZ member) and offset, as an error names them."""
        inner = f"!{self.member}" if self.member else ""
        return f"{self.archive}{inner} (record at offset {self.offset})"

    def document_id(self) -> str:
        """host-path-YYYYMMDDhhmmss: one IRI per capture of a page."""
        u = urlsplit(self.uri)
        stem = (u.netloc + u.path.rstrip("/") + ("-" + u.query if u.query else "")).lower()
        stem = re.sub(r"\.(html?|php|aspx?)$", "", stem)
        stamp = re.sub(r"\D", "", self.date)[:14]
        return (re.sub(r"[^a-z0-9._-]+", "-", stem).strip("-") or "capture") + "-" + stamp


@contextmanager
def _open(archive: Path, member: str) -> Iterator[IO[bytes]]:
    try:
        if member:
            with zipfile.ZipFile(archive) as z, z.open(member) as f:
                yield f
        else:
            with open(archive, "rb") as f:
                yield f
    except (OSError, zipfile.BadZipFile) as e:
        raise InputError(f"{archive}: cannot read the archive: {getattr(e, 'strerror', None) or e}") from e


def _members(archive: Path) -> list[str]:
    if not archive.name.lower().endswith(".wacz"):
        return [""]
    try:
        with zipfile.ZipFile(archive) as z:
            names = sorted(n for n in z.namelist() if n.startswith("archive/") and n.lower().endswith((".warc", ".warc.gz")))
    except (OSError, zipfile.BadZipFile) as e:
        raise InputError(f"{archive}: not a WACZ package (a zip file): {e}") from e
    if not names:
        raise InputError(f"{archive}: no WARC files under archive/ in the WACZ package")
    return names


def _media_type(record) -> str:  # noqa: ANN001 - a warcio record
    headers = record.http_headers
    value = headers.get_header("Content-Type") if headers is not None else record.rec_headers.get_header("Content-Type")
    return (value or "").split(";")[0].strip().lower()


def _lang(record) -> str | None:  # noqa: ANN001
    headers = record.http_headers
    value = (headers.get_header("Content-Language") if headers is not None else None) or ""
    primary = value.split(",")[0].strip().split("-")[0].lower()
    return primary if primary in LANGS else None


def _resync(f: IO[bytes], start: int) -> int | None:
    """The offset of the next record after a broken one: the next gzip member or WARC
    header line after ``start``."""
    f.seek(start + 1)
    data = f.read()
    hits = [i for i in (data.find(_GZIP), data.find(_WARC)) if i >= 0]
    return start + 1 + min(hits) if hits else None


def _capture(rec, archive: Path, member: str, offset: int, seen: set[str]) -> Record | str | None:  # noqa: ANN001
    """The record as a capture to read; else why it is skipped (a count's name), or None
    for records that are not captures at all (warcinfo, request, metadata)."""
    from . import iso_datetime

    kind = rec.rec_type
    if kind == "revisit":
        return "revisit records"
    if kind not in ("response", "resource"):
        return None
    if rec.http_headers is not None and not rec.http_headers.get_statuscode().startswith("2"):
        return "captures without a 2xx status"
    media = TEXT_TYPES.get(_media_type(rec))
    if media is None:
        return "records that are not text"
    digest = rec.rec_headers.get_header("WARC-Payload-Digest") or \
        "sha256:" + hashlib.sha256(rec.content_stream().read()).hexdigest()
    if digest in seen:
        return "unchanged captures (same payload digest)"
    seen.add(digest)
    uri = rec.rec_headers.get_header("WARC-Target-URI") or ""
    try:
        date = iso_datetime(rec.rec_headers.get_header("WARC-Date") or "")
    except ValueError:
        date = ""
    if not uri or not date:
        return "records without a WARC-Target-URI or a valid WARC-Date"
    return Record(archive, member, offset, uri, date, digest, media, _lang(rec))


def list_records(archive: Path, notes: list[str]) -> list[Record]:
    """The text captures of an archive, each payload once, in the archive's order;
    ``notes`` gets one line for the archive (what was read and skipped) and one per
    broken record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    out: list[Record] = []
    seen: set[str] = set()
    skipped: Counter[str] = Counter()
    for member in _members(archive):
        with _open(archive, member) as f:
            start: int | None = 0
            while start is not None:  # once, and again after each broken record
                f.seek(start)
                it = ArchiveIterator(f, check_digests=False)
                offset, start = start, None
                try:
                    for rec in it:
                        offset = it.get_record_offset()
                        found = _capture(rec, archive, member, offset, seen)
                        if isinstance(found, Record):
                            out.append(found)
                        elif found is not None:
                            skipped[found] += 1
                except (ArchiveLoadFailed, ValueError, OSError, EOFError) as e:
                    offset = max(offset, getattr(it, "offset", offset))  # where the reader stopped: the broken record
                    where = f"{archive}{'!' + member if member else ''}"
                    notes.append(f"{where}: broken record at offset {offset}: {str(e).splitlines()[0] if str(e) else type(e).__name__}")
                    start = _resync(f, offset)
    read = f"{archive}: {len(out)} text captures read"
    notes.append(read + "".join(f", {n} {what} skipped" for what, n in sorted(skipped.items())))
    return out


def read_record(rec: Record) -> tuple[str, str | None]:
    """The capture's payload as text, and the language its page declares (<html lang>)."""
    from warcio.archiveiterator import ArchiveIterator

    with _open(rec.archive, rec.member) as f:
        f.seek(rec.offset)
        try:
            record = next(iter(ArchiveIterator(f, check_digests=False)))
            payload = record.content_stream().read()
            content_type = record.http_headers.get_header("Content-Type") if record.http_headers else ""
        except Exception as e:  # noqa: BLE001 - whatever warcio raises for a bad record, one line
            raise InputError(f"{rec.where}: cannot read the record: {e}") from None
    charset = re.search(r"charset=([\w.-]+)", content_type or "", re.I)
    try:
        text = payload.decode(charset.group(1) if charset else "utf-8")
    except (UnicodeDecodeError, LookupError) as e:
        raise InputError(f"{rec.where}: not text in {charset.group(1) if charset else 'UTF-8'}: {e}") from None
    declared = None
    if rec.media_type == "text/html":
        m = re.search(r"<html[^>]*\slang=[\"']?([A-Za-z]{2})", text[:4096], re.I)
        declared = m.group(1).lower() if m and m.group(1).lower() in LANGS else None
    return text, declared
