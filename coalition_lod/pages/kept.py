"""The pages' index kept between builds into one release folder.

Indexing the release's quads for the pages is a pass over every row in Python: 3 s at
10,000 profiles, the longest step of a one-document rebuild. The index counts each run
of a subject's rows from its graph's first row (``index.Index``), so a rebuild takes the
previous build's index and indexes again only the graphs it mapped again (``mapped``).

The index is written by a forked process while this one draws the pages (pickling it
takes most of a second), to a file of its own in the cache folder; once the release is
in place, a small state names that file, marked as the release's (``cache.save_state``):
a rebuild uses the index only if it was written for the release now in the folder, and
indexes every graph otherwise.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import secrets
from pathlib import Path
from typing import TYPE_CHECKING

from ..cache import load_state, save_state, state_file
from ..forked import Forked, can_fork
from .index import Index, Kept

if TYPE_CHECKING:
    from ..mapped import Kept as MappedKept

VERSION = 1  # of the state's layout
# the index is needed by the next build only: its writer yields to every other process of
# this one (the validator and the format writers, ``forked.BESIDE``; the page workers)
LAST = 15


def _write(path: Path, state: dict) -> bool:
    """The index written whole or not at all (in a forked process: ``Forked``)."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        with open(tmp, "wb") as f:
            pickle.dump(state, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        return True
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        return False


class KeptIndex:
    """The index of the release in ``out`` (``load``) and this build's (``start``,
    ``save``), kept in ``folder``."""

    def __init__(self, folder: Path, out: Path) -> None:
        self.out = out.resolve()
        self.state = state_file(folder, "index", self.out)
        self.name: str | None = None
        self.proc: Forked | None = None
        self.index: Index | None = None

    def load(self) -> dict | None:
        """The previous build's index (``Index.kept_state``), if it was made for the
        release in the folder and can be read."""
        state = load_state(self.state, self.out)
        if state is None or state.get("version") != VERSION:
            return None
        try:
            with open(self.state.parent / state["file"], "rb") as f:
                index = pickle.load(f)  # noqa: S301 - the user's own cache folder, written by _write()
        except (OSError, KeyError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
            return None
        return index if isinstance(index, dict) and index.get("context") == state.get("context") else None

    def previous(self, mapped: MappedKept) -> Kept | None:
        """The previous build's index with what it takes to bring it up to date (``Kept``),
        where the graphs mapped again are known."""
        if mapped.before is None:
            return None
        old = self.load()
        return None if old is None else Kept(old, mapped.read_back, mapped.before)

    def start(self, index: Index, workers: int) -> None:
        """This build's index written beside the rest: in a forked process when it can
        be, else at ``save``."""
        self.index = index
        self.name = f"{self.state.stem}.{secrets.token_hex(8)}.index"
        self.state.parent.mkdir(parents=True, exist_ok=True)
        if workers > 1 and can_fork():
            self.proc = Forked(_write, self.state.parent / self.name, index.kept_state(), niceness=LAST)

    def save(self, release: Path) -> None:
        """After the release's SHA256SUMS is written: this build's index named in the
        state marked as ``release``'s, and the files of earlier builds removed."""
        if self.index is None or self.name is None:
            return
        path = self.state.parent / self.name
        try:
            written = self.proc.result() if self.proc is not None else _write(path, self.index.kept_state())
        except Exception:  # noqa: BLE001 - a cache not written is no cache, not a failed build
            written = False
        if written:
            save_state(self.state, release, {"version": VERSION, "context": self.index.context, "file": self.name})
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.state.parent):
                if (entry.name.startswith(self.state.stem + ".") and entry.name != self.state.name
                        and entry.name != (self.name if written else None)):
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)

    def close(self) -> None:
        """The writing process ended, whatever happened."""
        if self.proc is not None:
            self.proc.close()
