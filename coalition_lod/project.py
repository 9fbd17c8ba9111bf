"""A user's project folder: ``coalition-lod.toml``, a curation file and ``texts/``.

The tool carries its defaults (vocabulary, cues, ontology, shapes, queries, release
settings); a project says what is its own: which texts, where the release goes, its
curation, vocabulary it adds, and how its release describes itself. Settings come from
the command line, then the project's file, then the defaults. Nothing outside the
project is read: a build applies only the curation file it is given or its project names.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from . import config
from .ingest import iso_datetime
from .model import InputError

CONFIG_NAME = "coalition-lod.toml"
_KEYS = {"inputs", "output", "curation", "vocabulary", "release", "dates"}
_LINE = re.compile(r"\(at line (\d+)")


@dataclass(frozen=True)
class Project:
    root: Path
    inputs: tuple[Path, ...] = ()
    output: Path | None = None
    curation: Path | None = None
    vocabulary: tuple[Path, ...] = ()
    release: dict = field(default_factory=dict)
    dates: dict[Path, str] = field(default_factory=dict)  # file or folder -> when its texts were published

    @property
    def file(self) -> Path:
        return self.root / CONFIG_NAME


def find(folder: Path) -> Project | None:
    """The project whose folder this is, if any."""
    return load(folder) if (folder / CONFIG_NAME).is_file() else None


def load(folder: Path) -> Project:
    """Read and check a project's ``coalition-lod.toml``; one line naming the file if it is wrong."""
    path = folder / CONFIG_NAME
    if not path.is_file():
        raise InputError(f"{path}: no such project file (coalition-lod init {folder} writes one)")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (byte {e.start})") from None
    except tomllib.TOMLDecodeError as e:
        line = _LINE.search(str(e))
        raise InputError(f"{path}:{line.group(1) if line else 1}: not valid TOML: {str(e).split(' (at')[0]}") from None
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise InputError(f"{path}: unknown setting {unknown[0]!r} (expected {', '.join(sorted(_KEYS))})")

    def paths(key: str, value: object) -> tuple[Path, ...]:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(x, str) and x for x in items):
            raise InputError(f"{path}: {key} must be a path or a list of paths")
        return tuple(folder / x for x in items)

    release = data.get("release", {})
    if not isinstance(release, dict):
        raise InputError(f"{path}: [release] must be a table of release settings")
    dates = data.get("dates", {})
    if not isinstance(dates, dict):
        raise InputError(f"{path}: [dates] must be a table of paths and dates")
    when: dict[Path, str] = {}
    for where, value in dates.items():
        try:
            when[folder / where] = iso_datetime(str(value))
        except ValueError as e:
            raise InputError(f"{path}: [dates] {where}: {e}") from None
    return Project(
        root=folder,
        dates=when,
        inputs=paths("inputs", data["inputs"]) if "inputs" in data else (folder / "texts",),
        output=paths("output", data["output"])[0] if "output" in data else folder / "dist",
        curation=paths("curation", data["curation"])[0] if data.get("curation") else None,
        vocabulary=paths("vocabulary", data["vocabulary"]) if "vocabulary" in data else (),
        release=release,
    )


def release_config(project: Project) -> config.ReleaseConfig:
    """The bundled release settings, updated with the project's ``[release]`` table."""
    merged = config.read_defaults() | project.release
    own = set(project.release)
    defaults = str(config.default_path())
    return config.from_mapping(merged, lambda key: f"{project.file}: [release] {key}" if key in own else defaults,
                               str(project.file))


TOML = """\
# A coalition-lod project: `coalition-lod build` in this folder builds it.
# Settings given on the command line win over these; these win over the defaults
# the tool carries (its vocabulary, ontology, shapes, queries and release settings).

inputs = ["texts"]          # files or folders of .txt, .md, .html, .srt, .vtt, web archives (.warc, .warc.gz, .wacz)
output = "dist"             # the release folder, replaced whole or not at all
curation = "curation.yaml"  # corrections applied after extraction; remove the line for none
vocabulary = ["vocabulary.yaml"]  # names and aliases added to the bundled vocabulary

# [dates]                   # when texts were published, by file or folder (web-archive
# "texts/2019" = 2019-06-01 # captures carry their own WARC-Date); facts get first/last seen

[release]                   # how the release describes itself (void.ttl, pages)
base = "https://example.org/{name}/"
title = {{ en = "{title}" }}
version = "0.1.0"
issued = "{issued}"
license = "https://creativecommons.org/licenses/by/4.0/"
publisher = {{ name = "{name} project" }}
# description = {{ en = "...", fr = "...", ar = "..." }}
# keywords = ["Global Coalition against Daesh", "linked data"]
# download_url = "https://example.org/{name}/release/"
# sparql_endpoint = "https://example.org/{name}/sparql"
# example_resources = ["partner/al"]
"""

CURATION = """\
# Curation: corrections applied after extraction, on every build of this project.
# Each entry names the partner by its contract code and the object as the gold files do,
# with a `why`; the build report says what each entry did, and which matched nothing.
#
# add:
#   - {partner: AL, cooperation: XK, why: "joint declaration of 2019"}
#   - {partner: AL, mission: NATO Mission Iraq, personnel: 6, status: planned}
# remove:
#   - {partner: AL, line_of_effort: counter_messaging}
# correct:
#   - {partner: AL, resolution: 2178, relation: cosponsors}
# labels:
#   - {partner: AL, lang: fr, label: République d'Albanie, preferred: true}
"""

VOCABULARY = """\
# Vocabulary this project adds to the one coalition-lod carries, in the same format:
# extra names of a partner (by code), more labels for a bundled mission, strategy or
# initiative (by id), or new ones.
#
# partners:
#   - {code: CA, names: {en: [Dominion of Canada]}, capital: {fr: [Ottawa]}}
#   - {code: FR, seats: {en: [Hôtel de Brienne]}}   # an institution known by its own name
# missions:
#   - {id: operation-impact, labels: {en: [Op IMPACT, Op. IMPACT]}}
#   - {id: operation-example, military: true, labels: {en: [Operation Example], fr: [opération Exemple]}}
# initiatives:
#   - {id: example-forum, labels: {en: [Example Forum]}}
"""


def init(folder: Path, issued: str) -> list[Path]:
    """Write a new project; refuses to overwrite one. Returns the files written."""
    if (folder / CONFIG_NAME).exists():
        raise InputError(f"{folder / CONFIG_NAME}: already a project")
    name = re.sub(r"[^a-z0-9-]+", "-", folder.resolve().name.lower()).strip("-") or "project"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "texts").mkdir(exist_ok=True)
    written = []
    for fname, text in ((CONFIG_NAME, TOML.format(name=name, title=folder.resolve().name, issued=issued)),
                        ("curation.yaml", CURATION), ("vocabulary.yaml", VOCABULARY)):
        p = folder / fname
        if not p.exists():
            p.write_text(text, encoding="utf-8")
            written.append(p)
    return [*written, folder / "texts"]
