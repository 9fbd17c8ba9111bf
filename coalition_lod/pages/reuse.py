"""Pages kept from the previous build: a rebuild draws again only the pages whose data changed.

While a build draws a page, the index notes what the page reads (``Reads``): the subjects
whose triples it reads, the backward lookups it makes ("which annotations have this fact
as body"), the partner charts it shows. Those reads, written stably, are the page's
**keys** (``keys``), and a key's **digest** is the hash of what the read gives in this
release (``Reuse.key_digest``). Kept in the cache folder: each page's keys and the files
it was written to, and each key's digest once, as many pages share a key (at 10,000
profiles 1.1 million reads are 70,000 keys), with the code and the release's settings.

The next build into the same folder computes every kept key's digest again from the new
release; the keys whose digest changed are the reads that give something else now. A
page none of whose keys changed reads the same data, and the same code draws it, so its
files would be the same bytes: they are linked from the release in place instead of
drawn. A release folder that is not the one the state was written for (its SHA256SUMS
differ), a changed file, another version of the tool or other settings, or ``--no-cache``
draw everything.

Evidence nodes (an annotation, its target, sentence and mention) are keyed by their
document's graph rather than one by one: they are written only there, so the graph's
hash covers them, and a document page reads hundreds of them.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import operator
import os
import pickle
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..cache import load_state, save_pickled, state_file
from ..rdf import graph_digest, value_digest

if TYPE_CHECKING:
    from ..mapped import Kept as MappedKept

VERSION = 7  # of the state file's layout and digests
_ABSENT = hashlib.sha256(b"\x00absent").digest()[:16]  # the digest of a subject with no rows


@dataclass
class Reads:
    """What drawing a page (or a view several pages share) read from the index."""

    subjects: set[str] = field(default_factory=set)
    inbound: set[tuple[str, str]] = field(default_factory=set)  # (object, predicate)
    charts: set[str] = field(default_factory=set)  # partners whose chart is shown
    graphs: set[str] = field(default_factory=set)  # document graphs (as "<iri>") whose evidence nodes are read
    counts: set[tuple[str, str]] = field(default_factory=set)  # (object, predicate): how many point to it
    firsts: set[tuple[str, str]] = field(default_factory=set)  # (object, predicate): the first that points to it

    def update(self, other: Reads) -> None:
        self.subjects |= other.subjects
        self.inbound |= other.inbound
        self.counts |= other.counts
        self.firsts |= other.firsts
        self.charts |= other.charts
        self.graphs |= other.graphs


class Recorder:
    """The reads of the page being drawn, with nesting: a view made once and shared by
    many pages keeps its own reads, which each page that shows them adds to its own."""

    def __init__(self) -> None:
        self.on = False  # only when the pages are kept for the next build
        self.reads: Reads | None = None

    def recording(self) -> _Recording:
        """``with rec.recording() as reads``: what is read inside, in ``reads`` (None when
        not recording), and added to the enclosing recording's."""
        return _Recording(self)

    def note(self, reads: Reads | None) -> None:
        if reads is not None and self.reads is not None:
            self.reads.update(reads)


class _Recording:
    """``Recorder.recording``: a class rather than a generator, as it is entered for
    every page and every shared view (a generator's context costs several times more)."""

    __slots__ = ("inner", "outer", "rec")

    def __init__(self, rec: Recorder) -> None:
        self.rec = rec

    def __enter__(self) -> Reads | None:
        if not self.rec.on:
            self.inner = None
            return None
        self.outer, self.inner = self.rec.reads, Reads()
        self.rec.reads = self.inner
        return self.inner

    def __exit__(self, *_exc: object) -> None:
        if self.inner is not None:
            self.rec.reads = self.outer
            if self.outer is not None:
                self.outer.update(self.inner)


@cache
def code_fingerprint() -> str:
    """What drawing depends on besides the data: the package's version, the pages' code
    and templates, and the libraries that write the files."""
    from importlib.metadata import version

    from .. import __version__

    here = Path(__file__).resolve().parent
    package = here.parent
    files = sorted(here.glob("*.py")) + sorted((package / "templates").glob("*"))
    files += [package / "data" / "pages.yaml", package / "data" / "world" / "countries-50m.json"]  # words, the map
    files += [package / name for name in ("jsonld.py", "rdf.py", "namespaces.py")]
    h = hashlib.sha256(__version__.encode())
    for name in ("jinja2", "markupsafe", "pyoxigraph", "matplotlib"):
        h.update(f"{name} {version(name)}\0".encode())
    for f in files:
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


class Reuse:
    """The pages of the previous build into ``out`` and what they read (``old``), and the
    pages of this one (``new``), kept in ``folder``."""

    def __init__(self, folder: Path, out: Path, site, mapped: MappedKept | None = None) -> None:
        """``mapped``: the graphs read back from the previous build, and the rows, in the
        release in ``out``, of all others (``mapped.Kept``): only the keys that those rows
        and this build's rows of the same graphs name can have changed. None, or those
        rows not known: every key is checked."""
        self.mapped = mapped
        self.out = out.resolve()
        self.path = state_file(folder, "pages", self.out)
        self.site, self.ix = site, site.ix
        if self.ix.first != 1:
            raise ValueError("pages are kept only for a release's quads, whose graphs key the evidence")
        self.evidence = site.base + "evidence/"
        # which IRIs have pages (what a link points to) follows from each one's own triples,
        # which the pages linking to it read for its label: no part of the context
        self.context = hashlib.sha256(f"{VERSION}\0{code_fingerprint()}\0{site.cfg!r}\0".encode()).digest()
        self._digests: dict[str, bytes] = {}  # each key's digest in this release, as worked out
        self._keyed: dict = {}  # a node read (or a backward lookup) -> its key
        self.old_digests: dict[str, bytes] = {}  # each key's digest in the previous release
        self.old = self._load()
        self._changed: set[str] | None = None  # the keys whose digest changed (``changed``)
        self.new: dict[tuple[str, str], tuple[tuple[str, ...], tuple]] = {}
        self.kept = self.drawn_count = 0
        self.linked: list[str] = []  # the files of the pages kept
        self.fresh: set[tuple[str, str]] = set()  # the pages drawn (``new`` holds their files' paths alone)
        self._prepared: bytes | None = None  # the state to keep, pickled (``prepare``)

    def _load(self) -> dict:
        state = load_state(self.path, self.out)
        if state is None or state.get("version") != VERSION or state.get("context") != self.context:
            return {}
        self.old_digests = state["keys"]
        return state["pages"]

    # --- keys and digests ---------------------------------------------------------

    def keys(self, reads: Reads) -> tuple[str, ...]:
        """A page's reads as stable text: "s" a subject, "g" a document's graph (for the
        evidence nodes written there), "i" the backward lookups into a node (by any of
        the predicates followed backwards: one key where a document page makes ten),
        "c" a partner's chart; "n" how many subjects point to a node by a predicate, "f"
        the first of them (a fact's row on another document's or entity's page shows its
        count of sentences and its first: a sentence added elsewhere leaves the page);
        and "o", what the overview pages and the index page are drawn from."""
        keyed = self._keyed
        out = set()
        for s in reads.subjects:
            k = keyed.get(s)
            if k is None:
                k = keyed[s] = self._key_of(s, "s" + s)
            out.add(k)
        for o, _p in reads.inbound:  # every lookup into one object is one key: a document page makes ten
            k = keyed.get((o, ""))
            if k is None:
                k = keyed[o, ""] = self._key_of(o, "i" + o)
            out.add(k)
        for kind, lookups in (("n", reads.counts), ("f", reads.firsts)):
            for o, p in lookups:
                k = keyed.get((o, p, kind))
                if k is None:
                    k = keyed[o, p, kind] = self._key_of(o, sys.intern(kind + p + "\x01" + o))
                out.add(k)
        out.update("c" + p for p in reads.charts)
        out.update(sys.intern("g" + g) for g in reads.graphs)
        return tuple(sorted(out))

    def _key_of(self, node: str, otherwise: str) -> str:
        """The graph an evidence node is written in; ``otherwise`` for any other node."""
        if node.startswith(self.evidence):
            runs = self.ix.out.get(node)
            if runs:
                return sys.intern("g" + runs[0])
        return otherwise

    def key_digest(self, key: str) -> bytes:
        """What the read ``key`` gives in this release, hashed."""
        found = self._digests.get(key)
        if found is not None:
            return found
        kind, rest = key[0], key[1:]
        if kind == "s":  # a subject's rows, by value
            found = self._subject_digest(rest)
        elif kind == "g":  # as the build hashed it, where it did (the format chunks and the checks compare the same)
            a, b = self.site.graphs.get(rest, (0, 0))
            found = self.site.graph_digests.get(rest) or graph_digest(self.ix.rows[a:b])
        else:
            if kind == "i":  # the subjects pointing to the node, by each predicate followed backwards
                by = self.ix.into.get(rest, {})
                text = "\n".join(p + "\x01" + "\x01".join(by[p]) for p in sorted(by))
            elif kind in "nf":
                p, _, o = rest.partition("\x01")
                found_in = self.ix.into.get(o, {}).get(p, [])
                text = str(len(found_in)) if kind == "n" else min(found_in, default="")
            elif kind == "o":
                text = self.site.overview_spec()
            else:  # a partner's chart: what it is drawn from
                text = self.site.chart_spec(rest)
            found = hashlib.sha256(text.encode("utf-8")).digest()[:16]
        self._digests[key] = found
        return found

    def _subject_digest(self, s: str) -> bytes:
        """A subject's rows hashed by their values alone (``rdf.value_digest``): a fact's
        rows are in several graphs, some read back from the previous build (``mapped``)
        and some mapped afresh, whose strings are other objects."""
        return value_digest(self.ix._span(s)) if s in self.ix.out else _ABSENT

    def changed(self) -> set[str]:
        """The previous build's keys whose digest is not the same in this release: each
        computed once, however many pages share it. Where the graphs that may differ are
        known (``before``), a subject or a backward lookup that none of them names,
        before or now, reads rows of the others alone, the same rows in the same order:
        its digest is the previous one, not worked out again; so is a count or a first
        of the subjects pointing to a node ("n", "f"), which reads the same lookup."""
        if self._changed is None:
            work, dirty = self.key_digest, self._dirty()
            if dirty is None:
                self._changed = {k for k, d in self.old_digests.items() if work(k) != d}
            else:
                self._changed, known = set(), self._digests
                for k, d in self.old_digests.items():
                    kind = k[0]
                    probe = k if kind in "si" else "i" + k.partition("\x01")[2] if kind in "nf" else None
                    if probe is None or probe in dirty:
                        if work(k) != d:
                            self._changed.add(k)
                    else:
                        known[k] = d
        return self._changed

    def _dirty(self) -> set[str] | None:
        """The "s" and "i" keys that may have changed: the subjects whose rows in a graph
        not read back differ from that graph's rows before (``before``), and the objects
        those rows point to by a predicate followed backwards. None if those graphs'
        rows before are not known."""
        before = self.mapped.before if self.mapped is not None else None
        if before is None or self.ix.first != 1:
            return None
        graphs, rows, read_back = self.site.graphs, self.ix.rows, self.mapped.read_back
        if not read_back.isdisjoint(before):
            return None  # read back, though the release in the folder may have other rows
        follow, a = self.ix.follow, self.ix.first
        dirty: set[str] = set()
        for g in (graphs.keys() - read_back) | before.keys():
            was_rows, now_rows = before.get(g, []), rows[graphs[g][0]:graphs[g][1]] if g in graphs else []
            if was_rows == now_rows:
                continue  # mapped again alike (the vocabulary, most often)
            old, new = _by_subject(was_rows, a), _by_subject(now_rows, a)
            for s in old.keys() | new.keys():
                was, now = old.get(s, ()), new.get(s, ())
                if was != now:
                    dirty.add("s" + (s[1:-1] if s[0] == "<" else s))
                    dirty.update("i" + row[a + 2][1:-1] for row in (*was, *now)
                                 if row[a + 2][0] == "<" and (follow is None or row[a + 1] in follow))
        return dirty

    # --- keeping and linking ------------------------------------------------------

    def keep_all(self, jobs: list[tuple[str, str]], release: Path) -> list[tuple[str, str]]:
        """The jobs whose pages are not kept: the others' files are linked from the
        previous release (``link``), where the job reads what it read then (``unchanged``)."""
        todo = []
        for job in jobs:
            if self.unchanged(job) and self.link(job, release):
                self.kept_page(job)
            else:
                todo.append(job)
        return todo

    def unchanged(self, job: tuple[str, str]) -> bool:
        """Whether the job's page reads what it read in the previous build."""
        old = self.old.get(job)
        return old is not None and self.changed().isdisjoint(old[0])

    def link(self, job: tuple[str, str], release: Path) -> bool:
        """Link the (unchanged) job's files from the previous release, if they are still
        as they were written."""
        placed: list[str] = []
        old_root, new_root = str(self.out), str(release)  # paths as strings: 75,000 files at 10,000 profiles
        try:
            for rel, size, mtime in self.old[job][1]:
                src = os.path.join(old_root, rel)
                st = os.stat(src)
                if st.st_size != size or st.st_mtime_ns != mtime:
                    raise OSError(f"{src} changed")
                dst = os.path.join(new_root, rel)
                try:
                    os.link(src, dst)
                except OSError:
                    shutil.copy2(src, dst)
                placed.append(dst)
        except OSError:
            for p in placed:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(p)
            return False
        return True

    def kept_page(self, job: tuple[str, str]) -> None:
        """A page kept: what it read is the previous build's."""
        self.new[job] = found = self.old[job]  # its files are links to the same inodes: the same sizes and times
        self.linked.extend(rel for rel, _s, _m in found[1])
        self.kept += 1

    def known_sums(self) -> dict[str, str]:
        """The SHA-256 of the files linked unchanged from the previous release, as its
        SHA256SUMS says (the state was written for that list, and the files have the
        sizes and times they had then)."""
        if not self.linked:
            return {}
        try:
            listed = (self.out / "SHA256SUMS").read_text(encoding="utf-8")
        except OSError:
            return {}
        sums = dict(reversed(line.split("  ", 1)) for line in listed.splitlines() if "  " in line)
        return {rel: sums[rel] for rel in self.linked if rel in sums}

    def drawn(self, job: tuple[str, str], keys: tuple[str, ...], files: tuple[str, ...]) -> None:
        """A page drawn in this build, with what it read: the digests of its keys not yet
        known are worked out here, while the workers draw the others."""
        keys = tuple(sys.intern(k) for k in keys)
        self.new[job] = (keys, files)
        for k in set(keys).difference(self._digests):
            self.key_digest(k)
        self.fresh.add(job)
        self.drawn_count += 1

    def prepare(self, release: Path) -> None:
        """The state that lets the next build keep these pages, pickled once the pages are
        drawn into ``release`` (the folder being written: the files' sizes and times, which
        the rename into place keeps), while the build waits for the validation and the
        format writers; the half-second it takes was, after SHA256SUMS, the build's alone."""
        pages, root = {}, str(release)
        for job, (keys, files) in self.new.items():
            if job in self.fresh:
                files = tuple((rel, st.st_size, st.st_mtime_ns) for rel in files
                              for st in (os.stat(os.path.join(root, rel)),))
            pages[job] = (keys, files)
        work = self.key_digest
        digests = {k: work(k) for k in set().union(*(keys for keys, _files in pages.values()))}
        self._prepared = pickle.dumps({"version": VERSION, "context": self.context, "pages": pages, "keys": digests},
                                      protocol=pickle.HIGHEST_PROTOCOL)

    def save(self, release: Path) -> None:
        """After SHA256SUMS is written: the state ``prepare`` made, marked as the release's."""
        if self._prepared is None:
            self.prepare(release)
        save_pickled(self.path, release, self._prepared)


def _by_subject(rows: Iterable[Sequence[str]], a: int) -> dict[str, tuple]:
    """A graph's rows (sorted: a subject's rows are together), by subject's N-Triples text."""
    return {s: tuple(group) for s, group in itertools.groupby(rows, key=operator.itemgetter(a))}
