"""Inputs from anywhere fsspec reads: ``memory://``, ``file://``, and ``s3://``, ``gs://``
and the rest when the user installs that fsspec backend; a folder or a glob.

A cluster's workers read their own texts where they are, so a corpus in an object store
is never copied through the machine that starts the build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from ..model import InputError

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_GLOB = re.compile(r"[*?\[]")


def is_url(value: object) -> bool:
    return isinstance(value, str) and bool(_URL.match(value))


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """A text that fsspec reads: its URL, its name below the input given, its size."""

    url: str
    source: str
    size: int

    @property
    def name(self) -> PurePosixPath:
        return PurePosixPath(self.source)


def list_files(url: str, suffixes: tuple[str, ...]) -> list[RemoteFile]:
    """The texts under a URL (a folder, one file or a glob), in name order."""
    try:
        import fsspec
    except ImportError:  # pragma: no cover - fsspec comes with the package
        raise InputError(f"{url}: reading URLs needs fsspec (pip install fsspec)") from None
    try:
        fs, path = fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as e:  # an unknown protocol, or its backend not installed
        raise InputError(f"{url}: cannot read this URL: {e}") from None
    if _GLOB.search(path):
        root = path[:_GLOB.search(path).start()].rsplit("/", 1)[0]
        paths = [p for p in fs.glob(path) if fs.isfile(p)]
    elif fs.isdir(path):
        root, paths = path.rstrip("/"), fs.find(path)
    elif fs.exists(path):
        root, paths = path.rsplit("/", 1)[0], [path]
    else:
        raise InputError(f"{url}: no such file or folder")
    out = []
    for p in sorted(paths):
        name = p[len(root):].lstrip("/") if p.startswith(root) else p.rsplit("/", 1)[-1]
        if name.lower().endswith(suffixes) and not PurePosixPath(name).name.startswith("."):
            out.append(RemoteFile(fs.unstrip_protocol(p), name, int(fs.size(p) or 0)))
    return out


def read_bytes(rf: RemoteFile, limit: int) -> bytes:
    """At most ``limit`` bytes of the file (one more tells that it is too large)."""
    import fsspec

    try:
        with fsspec.open(rf.url, "rb") as f:
            return f.read(limit + 1)
    except (OSError, ValueError) as e:
        raise InputError(f"{rf.url}: cannot read: {e}") from None
