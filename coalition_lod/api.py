"""The Python API: the same runs as the command line, as calls.

    import coalition_lod
    result = coalition_lod.build(["texts"], "dist")            # or build(project="my-project")
    table = coalition_lod.query("members", data="dist")         # a bundled query, a .rq path or SPARQL text
    scores = coalition_lod.evaluate("gold", ["texts"])          # P/R/F1 per language and fact type

Settings come from the arguments, then the project's ``coalition-lod.toml`` (the
``project`` folder, or the current folder when it is one), then the defaults the package
carries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from . import config as release_settings
from . import project as projects
from .ingest.remote import is_url
from .model import InputError
from .vocab import use_extra

DEFAULT_INPUT = Path("data")  # the contract's default when neither inputs nor a project are given
DEFAULT_OUT = Path("dist")


@dataclass(frozen=True)
class Settings:
    """What a build reads and writes, once the arguments, project and defaults are weighed."""

    inputs: tuple[Path | str, ...]
    out: Path
    curation: Path | None
    release: release_settings.ReleaseConfig | None
    vocabulary: tuple[Path, ...]
    project: projects.Project | None


def settings(inputs: Iterable[str | Path] | None = None, out: str | Path | None = None, *,
             project: str | Path | None = None, curation: str | Path | None = None, no_curation: bool = False,
             config: str | Path | None = None, vocabulary: Iterable[str | Path] = ()) -> Settings:
    proj = projects.load(Path(project)) if project is not None else projects.find(Path.cwd())
    given = tuple(p if is_url(p) else Path(p) for p in inputs or ())  # URLs are read by fsspec
    if given:
        sources = given
    elif proj is not None:
        sources = proj.inputs
    elif DEFAULT_INPUT.is_dir():
        sources = (DEFAULT_INPUT,)
    else:
        raise InputError("no input texts: name files or folders, or run in a project folder (coalition-lod init DIR)")
    if config is not None:
        release = release_settings.load(Path(config))
    elif proj is not None:
        release = projects.release_config(proj)
    else:
        release = None
    cur = None if no_curation else Path(curation) if curation is not None else proj.curation if proj else None
    extra = tuple(Path(v) for v in vocabulary) + (proj.vocabulary if proj else ())
    target = Path(out) if out is not None else proj.output if proj and proj.output else DEFAULT_OUT
    return Settings(sources, target, cur, release, extra, proj)


def build(inputs: Iterable[str | Path] | None = None, out: str | Path | None = None, *,
          project: str | Path | None = None, curation: str | Path | None = None, no_curation: bool = False,
          config: str | Path | None = None, vocabulary: Iterable[str | Path] = (), pages: bool = True,
          workers: int | None = None, progress: Callable[[str], None] | None = None,
          cache_dir: str | Path | None = None, use_cache: bool = True,
          validator: str = "compiled", tick: Callable[[int, int], None] | None = None,
          previous: str | Path | None = None, scheduler: str | None = None):
    """Build a release; returns a ``publish.BuildResult`` (out, documents, facts, triples,
    summary). ``previous``: an earlier release, which the new one names as its previous
    version, with the changes since in ``changes.trig``. ``scheduler``: run on a Dask
    cluster, its address ("tcp://host:8786") or "local" for a ``LocalCluster``; default
    ``$COALITION_LOD_SCHEDULER``, else this machine's processes. Raises ``InputError`` (one line) on bad input and ``BuildFailed`` when the
    data does not conform to the shapes; the previous release is then left as it was."""
    from .cluster import scheduler_from
    from .publish import build as run_build

    s = settings(inputs, out, project=project, curation=curation, no_curation=no_curation, config=config,
                 vocabulary=vocabulary)
    use_extra(s.vocabulary)
    return run_build(list(s.inputs), s.out, progress=progress, curation=s.curation, config=s.release,
                     workers=workers, with_pages=pages, validator=validator, tick=tick,
                     cache_dir=Path(cache_dir) if cache_dir else None, use_cache=use_cache,
                     dates=s.project.dates if s.project else None, previous=Path(previous) if previous else None,
                     scheduler=scheduler_from(scheduler))


def query(query: str, *, data: str | Path = DEFAULT_OUT, endpoint: str | None = None,
          params: dict[str, str] | None = None):
    """Run a SPARQL query — the name of a bundled one ("members"), a ``.rq`` path or its
    text — on a release folder (embedded store) or a remote endpoint; returns a
    ``sparql.Table`` (``columns``, ``rows``, ``to_csv()``, ``to_json()``, ``to_text()``)."""
    from .sparql import parse_params, read_query, run_on_endpoint, run_on_release

    text, name = read_query(query)
    bound = parse_params([f"{k}={v}" for k, v in (params or {}).items()], text)
    return run_on_endpoint(endpoint, text, name, bound) if endpoint else run_on_release(Path(data), text, name, bound)


def evaluate(gold: str | Path, inputs: Iterable[str | Path], *, by: str = "lang"):
    """Precision, recall and F1 of the extraction against gold annotations; returns a
    ``scoring.Evaluation`` (``table()``, ``score(lang, kind)``, ``errors``). ``by="genre"``
    groups by language and genre (read from the file names)."""
    from .scoring import by_genre
    from .scoring import evaluate as run

    return run(Path(gold), [Path(p) for p in inputs], by=by_genre if by == "genre" else None)
