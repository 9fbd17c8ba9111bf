"""Query: a SPARQL query on a release (embedded pyoxigraph store) or a remote endpoint."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .model import InputError
from .rdf import parse_term


@dataclass
class Table:
    columns: list[str]
    rows: list[list[str | None]]

    def to_csv(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(self.columns)
        for r in self.rows:
            w.writerow(["" if v is None else v for v in r])
        return buf.getvalue()

    def to_json(self) -> str:
        return json.dumps({"head": {"vars": self.columns},
                           "rows": [dict(zip(self.columns, r, strict=True)) for r in self.rows]},
                          ensure_ascii=False, indent=1) + "\n"

    def to_text(self) -> str:
        cells = [self.columns] + [["" if v is None else v for v in r] for r in self.rows]
        widths = [min(60, max(len(row[i]) for row in cells)) for i in range(len(self.columns))]

        def fmt(row: list[str]) -> str:
            return "  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w) for v, w in zip(row, widths, strict=True))

        lines = [fmt(cells[0]), "  ".join("-" * w for w in widths)] + [fmt(r) for r in cells[1:]]
        return "\n".join(line.rstrip() for line in lines) + f"\n({len(self.rows)} rows)\n"


def read_query(query: str) -> tuple[str, str]:
    """(query text, name for messages): a path to a .rq file, the name of a bundled
    query ("members"), or the query itself. A file of that path wins over a bundled name."""
    from .resources import bundled_query

    p = Path(query)
    if len(query) < 400 and "\n" not in query and not p.exists() and (bundled := bundled_query(query)) is not None:
        return bundled.read_text(encoding="utf-8"), bundled.name
    if query.endswith((".rq", ".sparql")) or (len(query) < 400 and "\n" not in query and p.exists()):
        try:
            return p.read_text(encoding="utf-8"), str(p)
        except OSError as e:
            raise InputError(f"{query}: cannot read query: {e.strerror or e}") from e
    return query, "query"


Params = dict[str, "ox.NamedNode | ox.Literal"]
_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def parse_params(pairs: list[str], text: str) -> Params:
    """``name=value`` pairs as RDF terms: ``<iri>``, an N-Triples literal (``"x"@en``,
    ``"6"^^<http://www.w3.org/2001/XMLSchema#integer>``), or else the text as a plain
    string literal. The terms are bound to the query's variables by the store, never
    written into the query's text by us, so no value can change what the query says."""
    out: Params = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        name = name.lstrip("?$")
        if not sep or not _VARNAME.match(name):
            raise InputError(f"--param {pair!r}: expected NAME=VALUE, NAME a SPARQL variable name")
        if not re.search(r"[?$]" + re.escape(name) + r"\b", text):
            raise InputError(f"--param {name}: the query has no variable ?{name}")
        if value.startswith(("<", '"')):
            try:
                out[name] = parse_term(value)
            except (SyntaxError, ValueError) as e:
                raise InputError(f"--param {name}: not an RDF term: {' '.join(str(e).split())}") from None
        else:
            out[name] = ox.Literal(value)
    return out


def values_clause(params: Params) -> str:
    """A trailing VALUES block for a remote endpoint, each term written by pyoxigraph in
    N-Triples syntax (escaped), so a value is always one term."""
    names = " ".join(f"?{n}" for n in params)
    terms = " ".join(str(t) for t in params.values())
    return f"\nVALUES ({names}) {{ ({terms}) }}\n"


def load_store(release: Path) -> ox.Store:
    nt = release / "dataset.nt"
    if not nt.exists():
        raise InputError(f"{release}: not a release (no dataset.nt); build one with 'coalition-lod build'")
    store = ox.Store()
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    return store


def _term(t: object) -> str | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode | ox.Literal):
        return t.value
    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    return str(t)


def run_on_store(store: ox.Store, text: str, name: str = "query", params: Params | None = None) -> Table:
    try:
        subs = {ox.Variable(k): v for k, v in (params or {}).items()}
        try:
            result = store.query(text, substitutions=subs or None)
        except RuntimeError:
            if not subs:
                raise
            # pyoxigraph substitutes only projected variables; others take a VALUES block
            # whose terms pyoxigraph wrote, as for a remote endpoint
            result = store.query(text.rstrip() + values_clause(params or {}))
    except SyntaxError as e:
        raise InputError(f"{name}: malformed SPARQL: {' '.join(str(e).split())}") from e
    except (RuntimeError, OSError) as e:
        raise InputError(f"{name}: query failed: {' '.join(str(e).split())}") from e
    if isinstance(result, ox.QuerySolutions):
        cols = [v.value for v in result.variables]
        return Table(cols, [[_term(sol[c]) for c in cols] for sol in result])
    if isinstance(result, ox.QueryBoolean):
        return Table(["result"], [[str(bool(result)).lower()]])
    raise InputError(f"{name}: only SELECT and ASK queries give a table")


def run_on_release(release: Path, text: str, name: str = "query", params: Params | None = None) -> Table:
    return run_on_store(load_store(release), text, name, params)


def run_on_endpoint(endpoint: str, text: str, name: str = "query", params: Params | None = None) -> Table:
    """The query through SPARQLWrapper, tried again on transient failures (5xx, timeouts,
    dropped connections); a 4xx answer is reported at once."""
    import urllib.error

    from SPARQLWrapper import JSON, SPARQLWrapper
    from SPARQLWrapper import SPARQLExceptions as sx

    from .remote import Transient, auth_header, public_url, refused, timeout, with_retries

    where = public_url(endpoint)
    if params:
        text = text.rstrip() + values_clause(params)

    def attempt() -> dict:
        sw = SPARQLWrapper(endpoint)
        sw.setQuery(text)
        sw.setReturnFormat(JSON)
        sw.setTimeout(int(max(1, timeout())))
        for k, v in auth_header().items():
            sw.addCustomHttpHeader(k, v)
        try:
            return sw.queryAndConvert()
        except sx.EndPointInternalError as e:
            raise Transient(f"HTTP 500: {_first_line(e)}") from None
        except sx.Unauthorized:
            raise InputError(f"{where}: {refused(401, 'Unauthorized')}") from None
        except sx.QueryBadFormed as e:
            raise InputError(f"{where}: the endpoint says {name} is malformed: {_first_line(e)}") from None
        except sx.EndPointNotFound:
            raise InputError(f"{where}: HTTP 404 Not Found: is this the SPARQL endpoint's URL?") from None
        except urllib.error.HTTPError as e:
            if e.code in (408, 429, 502, 503, 504):
                raise Transient(f"HTTP {e.code} {e.reason}") from None
            raise InputError(f"{where}: {refused(e.code, e.reason)}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise Transient(f"cannot reach the endpoint: {reason or 'no answer in time'}") from None
        except ValueError as e:  # an answer that is not SPARQL JSON results
            raise InputError(f"{where}: the answer is not SPARQL results: {_first_line(e)}") from None

    res = with_retries(attempt, where)
    if not isinstance(res, dict) or ("boolean" not in res and "results" not in res):
        raise InputError(f"{where}: the answer is not SPARQL JSON results")
    if "boolean" in res:
        return Table(["result"], [[str(res["boolean"]).lower()]])
    cols = res["head"]["vars"]
    return Table(cols, [[b.get(c, {}).get("value") for c in cols] for b in res["results"]["bindings"]])


def _first_line(e: Exception) -> str:
    text = " ".join(str(e).split())
    return text[:300]
