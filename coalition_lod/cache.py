"""The extraction cache: a rebuild reads again only the documents that changed.

Each document's extraction is stored under a key made of the file's bytes, its name as
the build sees it, and a fingerprint of everything extraction depends on — the code of
the ingest and extraction modules, the bundled and the project's vocabulary and language
files, the versions of the libraries that read the texts and the word files, and the
package's version. A changed document, a changed vocabulary or a new
version of the tool misses; everything else is read back exactly as it was written, so a
cached build gives the same bytes as a cold one. The cache is the user's own folder:
entries are pickles and are only read from there.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
import time
from collections.abc import Sequence
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .forked import BESIDE, Forked, can_fork
from .ingest import MAX_BYTES, remote
from .ingest.remote import RemoteFile
from .ingest.warc import Record
from .model import Extraction

# the libraries that read the texts (HTML, Markdown, subtitles, web archives, the language) and
# the word files (YAML, the locale data of country names): a new version may read them otherwise
_LIBRARIES = ("beautifulsoup4", "lxml", "markdown-it-py", "webvtt-py", "py3langid", "warcio", "PyYAML", "babel")
# the modules whose code decides what extraction gives: these, and every module of extract/
# and vocab/ (a module added there counts without being named here)
_CODE = ("ingest/__init__.py", "ingest/subtitles.py", "ingest/warc.py", "langs.py", "model.py")
_CODE_FOLDERS = ("extract", "vocab")
RACY_NS = 2_000_000_000  # a file changed this close to being read is read again the next time


@cache
def _fingerprint(extra: tuple) -> str:
    from . import __version__
    from .vocab import data_dir

    h = hashlib.sha256(__version__.encode())
    for name in _LIBRARIES:
        try:
            h.update(f"\0{name} {version(name)}".encode())
        except PackageNotFoundError:
            h.update(f"\0{name} -".encode())
    here = Path(__file__).resolve().parent
    files = [here / name for name in _CODE] + [f for folder in _CODE_FOLDERS for f in sorted((here / folder).glob("*.py"))]
    data = data_dir()
    files += sorted((data / "vocab").glob("*.yaml")) + sorted((data / "lang").glob("*.yaml"))
    files += [Path(p) for p, *_ in extra]
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def fingerprint() -> str:
    """What extraction depends on besides the document itself."""
    from . import vocab

    return _fingerprint(vocab.extra_files())


class ExtractionCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.fp = fingerprint()
        self.hits = self.misses = 0
        self.pending: list[tuple[Path, bytes]] = []  # extractions pickled, not written yet (``keep``)
        self.writer: Forked | None = None

    def key(self, path: Path | Record | RemoteFile, root: Path) -> str:
        """A file by its name and bytes; a web-archive capture by its URI, date and
        payload digest, without reading it."""
        if isinstance(path, Record):
            said = "\0".join(("capture", path.uri, path.date, path.digest, path.lang or "", path.media_type))
            return hashlib.sha256(self.fp.encode() + b"\0" + said.encode()).hexdigest()
        if isinstance(path, RemoteFile):
            source, data = path.source, remote.read_bytes(path, MAX_BYTES)
        else:
            source = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
            data = path.read_bytes()
        h = hashlib.sha256(self.fp.encode() + b"\0" + source.encode() + b"\0")
        h.update(data)
        return h.hexdigest()

    def keys(self, files: Sequence[tuple[Path | Record | RemoteFile, Path]]) -> list[str]:
        """Every file's ``key``; but a file on disk whose inode, size and times are those it
        had when the last build of the same inputs read it keeps that build's key unread
        (``stats/``): hashing the bytes of 10,000 profiles again was a twentieth of a
        one-document rebuild. A file changed within ``RACY_NS`` of being read is read again
        the next time, as its times might not tell a second change that soon (git's index
        does the same)."""
        where = self.folder / "stats" / (hashlib.sha256("\0".join(sorted({str(r) for _p, r in files})).encode()).hexdigest()[:32]
                                         + ".pickle")
        old: dict[tuple[str, str], tuple[tuple[int, ...], str]] = {}
        try:
            with open(where, "rb") as f:
                state = pickle.load(f)  # noqa: S301 - the user's own cache folder, written below
            if isinstance(state, dict) and state.get("fp") == self.fp:
                old = state["files"]
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, KeyError):
            pass
        new: dict[tuple[str, str], tuple[tuple[int, ...], str]] = {}
        out = []
        now = time.time_ns()
        for path, root in files:
            st = None
            if isinstance(path, Path):
                with contextlib.suppress(OSError):  # ``key`` says why it cannot be read
                    st = os.stat(path)
            if st is None:
                out.append(self.key(path, root))
                continue
            sig = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
            name = (str(path), str(root))
            hit = old.get(name)
            key = hit[1] if hit is not None and hit[0] == sig else self.key(path, root)
            if now - max(st.st_mtime_ns, st.st_ctime_ns) > RACY_NS:
                new[name] = (sig, key)
            out.append(key)
        if new != old:
            write_whole(where, pickle.dumps({"fp": self.fp, "files": new}, protocol=pickle.HIGHEST_PROTOCOL))
        return out

    def file(self, key: str) -> Path:
        """Where the extraction under ``key`` is kept."""
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Extraction | None:
        try:
            with open(self.file(key), "rb") as f:
                ex = pickle.load(f)  # noqa: S301 - the user's own cache folder, written by put()
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        return ex if isinstance(ex, Extraction) else None

    def put(self, key: str, ex: Extraction) -> None:
        write_whole(self.file(key), pickle.dumps(ex, protocol=pickle.HIGHEST_PROTOCOL))

    def keep(self, key: str, data: bytes) -> None:
        """An extraction already pickled (by the worker that made it), written by ``flush``."""
        self.pending.append((self.file(key), data))

    def flush(self, beside: bool = False) -> None:
        """What ``keep`` was given, written; ``beside``: by a forked process while this one
        goes on (``wait`` ends it). Creating ten thousand files costs the system as much
        as a fifth of the extraction: written by the extraction workers, it held up the
        extraction; written after it, it takes the core that is idle while this process
        reconciles and maps alone."""
        pending, self.pending = self.pending, []
        if beside and len(pending) >= 64 and can_fork() and self.writer is None:
            self.writer = Forked(_write_all, pending, niceness=BESIDE)
        else:
            _write_all(pending)

    def wait(self) -> None:
        """The files ``flush`` writes beside, all written (a writer that failed wrote
        fewer: a cache that cannot be written is no cache, not a failed build)."""
        writer, self.writer = self.writer, None
        if writer is not None:
            try:
                writer.result()
            except Exception:  # noqa: S110 - see above
                pass
            finally:
                writer.close()


def _write_all(pending: list[tuple[Path, bytes]]) -> int:
    for path, data in pending:
        write_whole(path, data)
    return len(pending)


def write_whole(path: Path, data: bytes) -> None:
    """Written whole or not at all: a temporary file beside it renamed into place. A
    cache that cannot be written is no cache, not a failed build: nothing is raised."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def state_file(folder: Path, kind: str, release: Path) -> Path:
    """Where the cache keeps what a rebuild into ``release`` may keep of it (``kind``:
    pages, formats): one file per release folder."""
    return folder / kind / (hashlib.sha256(str(release.resolve()).encode()).hexdigest()[:32] + ".pickle")


def release_digest(release: Path) -> str:
    """The release a state was written for: the hash of its SHA256SUMS (OSError if none)."""
    return hashlib.sha256((release / "SHA256SUMS").read_bytes()).hexdigest()


def load_state(path: Path, release: Path) -> dict | None:
    """The state kept at ``path``, if it was written for the release now in the folder
    ``release`` (none, or another, or a damaged state file: None)."""
    try:
        with open(path, "rb") as f:
            state = pickle.load(f)  # noqa: S301 - the user's own cache folder, written by save_state()
        if isinstance(state, dict) and state.get("release") == release_digest(release):
            if "pickled" in state:  # written by ``save_pickled``
                state = pickle.loads(state["pickled"])  # noqa: S301 - as above
            return state if isinstance(state, dict) else None
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        pass
    return None


def save_state(path: Path, release: Path, state: dict) -> None:
    """After the release's SHA256SUMS is written: ``state``, marked as that release's."""
    write_whole(path, pickle.dumps({**state, "release": release_digest(release)}, protocol=pickle.HIGHEST_PROTOCOL))


def save_pickled(path: Path, release: Path, pickled: bytes) -> None:
    """As ``save_state``, a state pickled before SHA256SUMS was written (while the build
    waited for others): marked as the release's around it, read by ``load_state`` alike."""
    write_whole(path, pickle.dumps({"pickled": pickled, "release": release_digest(release)},
                                   protocol=pickle.HIGHEST_PROTOCOL))


def default_folder() -> Path:
    """$COALITION_LOD_CACHE, else the user's cache folder ($XDG_CACHE_HOME or ~/.cache)
    ``/coalition-lod``: nothing is written beside a release but the release."""
    env = os.environ.get("COALITION_LOD_CACHE")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "coalition-lod"
