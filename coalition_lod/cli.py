"""Command line: coalition-lod init | build | validate | query | queries | diff | package | push | serve | evaluate.

Bad input is one line on stderr naming the file or URL and the problem, and a
non-zero exit; never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .model import InputError
from .namespaces import BASE

DEFAULT_OUT = Path("dist")


def _fail(msg: str, code: int = 2) -> None:
    click.echo(f"coalition-lod: {msg}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="coalition-lod")
def main() -> None:
    """Partner profiles of the Global Coalition against Daesh as linked data."""


@main.command()
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--issued", default=None, help="The release's issued date, YYYY-MM-DD  [default: today].")
def init(folder: Path, issued: str | None) -> None:
    """Write a new project in FOLDER: coalition-lod.toml, curation.yaml, vocabulary.yaml and texts/."""
    import datetime as dt

    from .project import init as run_init

    try:
        written = run_init(folder, issued or dt.date.today().isoformat())
    except InputError as e:
        _fail(str(e))
    for p in written:
        click.echo(f"wrote {p}{'/' if p.is_dir() else ''}")
    here = folder.resolve() == Path.cwd().resolve()
    click.echo(f"put your texts in {folder / 'texts'}, then: {'' if here else f'cd {folder} && '}coalition-lod build")


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--out", "out", default=None, type=click.Path(path_type=Path),
              help="Release folder, replaced whole or not at all  [default: the project's output, else dist].")
@click.option("--project", "project", default=None, type=click.Path(path_type=Path, file_okay=False),
              help="Project folder (with coalition-lod.toml)  [default: the current folder, if it is one].")
@click.option("--curation", type=click.Path(path_type=Path), default=None,
              help="Curation file applied after extraction  [default: the one the project names; none outside a project].")
@click.option("--no-curation", is_flag=True, help="Publish the extraction as it is.")
@click.option("--config", "config", type=click.Path(path_type=Path), default=None,
              help="Release settings file (YAML): base IRI, title, licence, version, issued date  "
                   "[default: the project's [release], over the bundled defaults].")
@click.option("--vocabulary", "vocabulary", multiple=True, type=click.Path(path_type=Path),
              help="A vocabulary file added to the bundled one (names, aliases); repeatable.")
@click.option("--cache-dir", "cache_dir", default=None, type=click.Path(path_type=Path, file_okay=False),
              help="Where each document's extraction, the charts, and what a rebuild into the same folder may keep "
                   "(unchanged documents' graphs, pages, format chunks and checks) are kept for the next build  "
                   "[default: $COALITION_LOD_CACHE, else ~/.cache/coalition-lod].")
@click.option("--no-cache", is_flag=True, help="Extract and draw everything afresh; keep nothing.")
@click.option("--workers", type=click.IntRange(1, 64), default=None,
              help="Processes for extraction and writing  [default: the cores available, at most 8].")
@click.option("--scheduler", "scheduler", default=None, metavar="ADDRESS",
              help="Run on a Dask cluster: its scheduler (tcp://HOST:8786), or 'local' for a LocalCluster of --workers "
                   "processes  [default: $COALITION_LOD_SCHEDULER, else this machine's processes]. Needs coalition-lod[dask].")
@click.option("--pages/--no-pages", default=True, show_default=True, help="Write the HTML pages and per-entity files.")
@click.option("--validator", type=click.Choice(["compiled", "pyshacl"]), default="compiled", show_default=True,
              help="The compiled SHACL validator, or pyshacl (the reference; slow on large releases).")
@click.option("--previous", "previous", default=None, type=click.Path(path_type=Path, file_okay=False),
              help="The release this one revises: its changes go into changes.trig and changes.txt, "
                   "and void.ttl names it as the previous version.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def build(inputs: tuple[str, ...], out: Path | None, project: Path | None, curation: Path | None, no_curation: bool,
          config: Path | None, vocabulary: tuple[Path, ...], cache_dir: Path | None, no_cache: bool, workers: int | None,
          scheduler: str | None, pages: bool, validator: str, previous: Path | None,
          quiet: bool) -> None:
    """Convert texts (files, folders, or URLs fsspec reads: memory://, file://, s3://...)
    into a release: those named, else the project's (the current folder's
    coalition-lod.toml), else data/."""
    from .api import build as run_build
    from .publish import BuildFailed

    def say(msg: str) -> None:
        if not quiet:
            click.echo(msg, err=True)

    tick = None if quiet else _progress()
    try:
        result = run_build(inputs, out, project=project, curation=curation, no_curation=no_curation, config=config,
                           vocabulary=vocabulary, pages=pages, workers=workers, progress=say, cache_dir=cache_dir,
                           use_cache=not no_cache, validator=validator, tick=tick, previous=previous,
                           scheduler=scheduler)
    except InputError as e:
        _fail(str(e))
    except BuildFailed as e:
        click.echo(e.report.text, err=True)
        _fail(f"{e.out}: not written: {e}", 1)
    if not quiet:
        click.echo(result.summary, nl=False)
        click.echo(f"release: {result.out} ({result.documents} documents, {result.facts} facts, "
                   f"{result.triples} triples)")


def _progress():
    """Profiles read so far, on one updated line when stderr is a terminal, else every tenth."""
    tty = sys.stderr.isatty()
    shown = [-1]

    def tick(done: int, total: int) -> None:
        step = done * 10 // max(total, 1)
        if tty and (done == total or done % 25 == 0):
            click.echo(f"\rextracting: {done}/{total} profiles", err=True, nl=done == total)
        elif not tty and total >= 200 and step != shown[0]:
            shown[0] = step
            click.echo(f"extracting: {done}/{total} profiles", err=True)

    return tick


@main.command()
@click.argument("old", type=click.Path(path_type=Path, file_okay=False))
@click.argument("new", type=click.Path(path_type=Path, file_okay=False))
@click.option("--rdf", "rdf", default=None, type=click.Path(path_type=Path, dir_okay=False),
              help="Also write the changeset as TriG: a prov:Activity and named graphs of the triples added and removed.")
def diff(old: Path, new: Path, rdf: Path | None) -> None:
    """The facts added, removed and changed from release OLD to release NEW (exit 0 either way)."""
    from . import describe
    from . import diff as changes

    try:
        c = changes.compare(old, new)
        new_about = describe.about(new)
    except InputError as e:
        _fail(str(e))
    click.echo(changes.summary(c), nl=False)
    if rdf is not None:
        base = new_about.get("base", BASE)
        when = new_about.get("issued", "1970-01-01") + "T00:00:00Z"
        rdf.write_bytes(changes.changeset(c, base, changes.release_iri(old, base), when))
        click.echo(f"wrote {rdf}", err=True)


@main.command()
@click.argument("dist", type=click.Path(path_type=Path, file_okay=False))
@click.option("--bagit", "bagit_out", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="The bag's folder (it must not exist): the release as its payload, with ro-crate-metadata.json.")
@click.option("--contact", default=None, help="Contact-Name for bag-info.txt  [default: the release's publisher].")
def package(dist: Path, bagit_out: Path, contact: str | None) -> None:
    """Package the release DIST for a repository: a BagIt bag (sha256 and sha512 manifests)
    holding the release and an RO-Crate describing it."""
    from .package import bag

    try:
        out = bag(dist, bagit_out, contact=contact)
    except InputError as e:
        _fail(str(e))
    click.echo(f"wrote {out} (BagIt {out / 'bagit.txt'}, RO-Crate {out / 'data' / 'ro-crate-metadata.json'})")


@main.command()
@click.argument("path", type=click.Path(path_type=Path))
def validate(path: Path) -> None:
    """SHACL-validate a release folder or an RDF file (exit 0 conforms, 1 violations, 2 bad input)."""
    from .validate import validate_path

    try:
        report = validate_path(path)
    except InputError as e:
        _fail(str(e))
    if report.conforms:
        click.echo(f"{path}: conforms ({report.warnings} warnings)")
        return
    click.echo(report.text)
    _fail(f"{path}: does not conform ({report.violations} violations)", 1)


@main.command()
@click.argument("query")
@click.option("--data", "data", type=click.Path(path_type=Path), help="Release folder (default dist/).")
@click.option("--endpoint", help="SPARQL endpoint URL instead of a release.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME to VALUE (a string, <iri> or an N-Triples literal); repeatable. Never pasted into the query.")
def query(query: str, data: Path | None, endpoint: str | None, fmt: str, params: tuple[str, ...]) -> None:
    """Run a SPARQL query on a release or a remote endpoint: a bundled query by name
    (members, missions, …: see `coalition-lod queries`), a .rq file, or the query text."""
    from .sparql import parse_params, read_query, run_on_endpoint, run_on_release

    if data and endpoint:
        _fail("give --data or --endpoint, not both")
    try:
        text, name = read_query(query)
        bound = parse_params(list(params), text)
        table = (run_on_endpoint(endpoint, text, name, bound) if endpoint
                 else run_on_release(data or DEFAULT_OUT, text, name, bound))
    except InputError as e:
        _fail(str(e))
    out = {"csv": table.to_csv, "json": table.to_json, "table": table.to_text}[fmt]()
    click.echo(out, nl=False)


@main.command()
@click.option("--export", "export", default=None, type=click.Path(path_type=Path, file_okay=False),
              help="Copy the bundled queries into this folder, for editing.")
def queries(export: Path | None) -> None:
    """The bundled contract queries and their columns (run one with `coalition-lod query NAME`)."""
    import shutil

    import pyoxigraph as ox

    from .resources import queries_path

    files = sorted(queries_path().glob("*.rq"))
    if export is not None:
        export.mkdir(parents=True, exist_ok=True)
        clash = [f.name for f in files if (export / f.name).exists()]
        if clash:
            _fail(f"{export / clash[0]}: exists; not overwritten")
        for f in files:
            shutil.copyfile(f, export / f.name)
        click.echo(f"copied {len(files)} queries to {export}")
        return
    empty = ox.Store()
    for f in files:
        columns = " ".join(f"?{v.value}" for v in empty.query(f.read_text(encoding="utf-8")).variables)
        click.echo(f"{f.stem:16} {columns}")


@main.command()
@click.argument("releases", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--endpoint", required=True, help="Graph Store Protocol URL (Oxigraph: http://HOST:7878/store).")
@click.option("--graph", "graph", default=None, help="Put the whole dataset into this one graph instead of one graph per document.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def push(releases: tuple[Path, ...], endpoint: str, graph: str | None, quiet: bool) -> None:
    """Load a release (or several together) into a SPARQL store, one PUT per named
    graph (a re-push replaces, never duplicates).

    Credentials, if the store needs them, come from COALITION_LOD_USER and
    COALITION_LOD_PASSWORD (HTTP Basic) or COALITION_LOD_TOKEN (bearer).
    """
    from .push import push as run_push
    from .remote import public_url

    try:
        done = run_push(list(releases), endpoint, graph, progress=None if quiet else (lambda m: click.echo(m, err=True)))
    except InputError as e:
        _fail(str(e))
    if not quiet:
        click.echo(f"pushed {len(done)} graphs, {sum(d.triples for d in done)} triples to {public_url(endpoint)}")


@main.command()
@click.argument("release", type=click.Path(path_type=Path), default=DEFAULT_OUT)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; anything but loopback exposes the release.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 32), help="Query processes.")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(0.1, 3600), help="Seconds a query may run.")
@click.option("--max-result", "max_result", default=64, show_default=True, type=click.IntRange(1, 4096),
              help="Largest result sent, in MB.")
@click.option("--writable", is_flag=True, help="Accept SPARQL updates (in memory; the release on disk never changes).")
def serve(release: Path, port: int, host: str, workers: int, timeout: float, max_result: int, writable: bool) -> None:
    """Serve a release: SPARQL endpoint at /sparql (read-only), pages, and IRIs by content negotiation."""
    from .serve import make_server

    try:
        server = make_server(release, host=host, port=port, workers=workers, timeout=timeout,
                             max_bytes=max_result * 1048576, writable=writable)
    except InputError as e:
        _fail(str(e))
    h, p = server.server_address[:2]
    click.echo(f"serving {release} ({server.release.triples} triples) at http://{h}:{p}/ ; "
               f"SPARQL endpoint http://{h}:{p}/sparql ; Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@main.command()
@click.option("--gold", "gold", required=True, type=click.Path(path_type=Path, file_okay=False),
              help="Folder of gold annotations (<stem>.yaml per text).")
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--errors/--no-errors", default=True, show_default=True, help="List misses and false positives.")
@click.option("--by", type=click.Choice(["lang", "genre"]), default="lang", show_default=True,
              help="Group the scores by language, or by language and genre (news, statement, ministry, report or "
                   "profile, read from the words of the file name).")
def evaluate(gold: Path, inputs: tuple[Path, ...], errors: bool, by: str) -> None:
    """Precision, recall and F1 of the extraction against gold annotations, per language and type.

    A text whose gold has several blocks (one per acting partner) is scored block by block;
    a fact credited to a partner no block names counts as a false positive."""
    from .scoring import by_genre
    from .scoring import evaluate as run

    if not gold.is_dir():
        _fail(f"{gold}: no such folder")
    try:
        ev = run(gold, list(inputs) or [Path("data")], by=by_genre if by == "genre" else None)
    except InputError as e:
        _fail(str(e))
    click.echo(ev.table(), nl=False)
    if errors and ev.errors:
        click.echo("\n" + "\n".join(ev.errors))


if __name__ == "__main__":
    main()
