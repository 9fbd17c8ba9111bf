"""Push: load a release into a SPARQL store over the Graph Store Protocol.

One HTTP PUT per named graph of ``dataset.trig`` (a graph per source document, the
vocabulary, the provenance): PUT replaces a graph whole, so pushing the same release
twice leaves the store as one push does, and pushing a newer release replaces each
document's statements without touching other documents' graphs. With ``--graph`` the
whole dataset goes into that one graph instead.

Credentials come from the environment (``COALITION_LOD_USER`` and
``COALITION_LOD_PASSWORD`` for HTTP Basic, or ``COALITION_LOD_TOKEN`` for a bearer
token), so they never appear on a command line, and they are never printed. A failing
store is tried again a few times (see remote.py); if it still fails, the graphs put so
far are complete graphs, and running push again converges to the same store.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .model import InputError, read_bytes
from .rdf import serialize
from .remote import TRANSIENT_STATUS, Transient, auth_header, public_url, refused, timeout, with_retries


@dataclass
class Pushed:
    graph: str
    triples: int
    status: int


def graphs_of(release: Path) -> dict[str, list[ox.Triple]]:
    """The release's named graphs from its TriG file."""
    trig = release / "dataset.trig"
    if not trig.exists():
        raise InputError(f"{release}: not a release (no dataset.trig); build one with 'coalition-lod build'")
    try:
        quads = ox.parse(read_bytes(trig), format=ox.RdfFormat.TRIG)
        graphs: dict[str, list[ox.Triple]] = defaultdict(list)
        for q in quads:
            if not isinstance(q.graph_name, ox.NamedNode):
                raise InputError(f"{trig}: a triple outside any named graph: {q.triple}")
            graphs[q.graph_name.value].append(q.triple)
    except SyntaxError as e:
        raise InputError(f"{trig}: {' '.join(str(e).split())}") from e
    return dict(sorted(graphs.items()))


def graph_url(endpoint: str, graph: str) -> str:
    sep = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"


def put_graph(endpoint: str, graph: str, triples: list[ox.Triple], headers: dict[str, str]) -> int:
    """One PUT, tried again on a transient failure: PUT replaces the graph whole, so a
    retried or repeated request leaves the store as one request does."""
    body = serialize(triples, ox.RdfFormat.N_TRIPLES)
    url = graph_url(endpoint, graph)
    where = public_url(endpoint)

    def attempt() -> int:
        req = urllib.request.Request(url, data=body, method="PUT", headers={"Content-Type": "application/n-triples", **headers})
        try:
            with urllib.request.urlopen(req, timeout=timeout()) as resp:  # noqa: S310 - the user's endpoint
                return resp.status
        except urllib.error.HTTPError as e:
            detail = " ".join(e.read(300).decode("utf-8", "replace").split())
            if e.code in TRANSIENT_STATUS:
                raise Transient(f"PUT graph <{graph}>: HTTP {e.code} {e.reason}") from None
            raise InputError(f"{where}: PUT graph <{graph}> refused: {refused(e.code, e.reason, detail)}") from None
        except TimeoutError:
            raise Transient(f"PUT graph <{graph}>: no answer within {timeout():g} s") from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            if isinstance(reason, TimeoutError):
                raise Transient(f"PUT graph <{graph}>: no answer within {timeout():g} s") from None
            raise Transient(f"cannot reach the graph store: {reason}") from None

    return with_retries(attempt, where)


def merged_graphs(releases: list[Path]) -> dict[str, list[ox.Triple]]:
    """The named graphs of one release, or of several pushed together (releases of
    different corpora into one store): a graph that several hold (the vocabulary, the
    provenance) is the union of their copies, so that each graph is still put once and whole."""
    if len(releases) == 1:
        return graphs_of(releases[0])
    merged: dict[str, set[ox.Triple]] = defaultdict(set)
    for r in releases:
        for name, triples in graphs_of(r).items():
            merged[name].update(triples)
    return {name: sorted(ts, key=str) for name, ts in sorted(merged.items())}


def push(release: Path | list[Path], endpoint: str, graph: str | None = None,
         progress: Callable[[str], None] | None = None) -> list[Pushed]:
    say = progress or (lambda _msg: None)
    if urllib.parse.urlsplit(endpoint).scheme not in ("http", "https"):
        raise InputError(f"{public_url(endpoint)}: not an http(s) URL")
    graphs = merged_graphs(release if isinstance(release, list) else [release])
    if graph is not None:
        graphs = {graph: sorted({t for ts in graphs.values() for t in ts}, key=str)}
    headers = auth_header()
    done = []
    for i, (name, triples) in enumerate(graphs.items(), 1):
        status = put_graph(endpoint, name, triples, headers)
        done.append(Pushed(name, len(triples), status))
        say(f"[{i}/{len(graphs)}] <{name}>: {len(triples)} triples (HTTP {status})")
    return done
