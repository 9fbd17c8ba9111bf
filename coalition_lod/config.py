"""Release configuration: what a release says about itself. The package carries the
defaults (``coalition_lod/data/release.yaml``); a project's ``coalition-lod.toml``
(its ``[release]`` table) or a file given with ``--config`` overrides them.

The DCAT/VoID description needs a title, a licence, a publisher, a version and an
issued date; taking them from a file (never from the clock) is what makes two
builds of the same input byte-identical. A problem is one line naming the file and
the line, like every other input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .model import InputError, read_bytes
from .namespaces import BASE
from .vocab import _Yaml12Loader, data_dir

LANGS = ("en", "fr", "ar")


@dataclass(frozen=True)
class ReleaseConfig:
    base: str = BASE
    version: str = "0.0.0"
    issued: str = "1970-01-01"
    title: dict[str, str] = field(default_factory=lambda: {"en": "coalition-lod release"})
    description: dict[str, str] = field(default_factory=dict)
    keywords: tuple[str, ...] = ()
    license: str = "https://creativecommons.org/licenses/by/4.0/"
    publisher_name: str = "coalition-lod project"
    publisher_url: str = BASE
    download_url: str = ""
    sparql_endpoint: str = ""
    example_resources: tuple[str, ...] = ()
    source: str = "(defaults)"


def default_path() -> Path:
    return data_dir() / "release.yaml"


def _iri(value: object, where: str, key: str, slash: bool = False) -> str:
    if not isinstance(value, str) or not value:
        raise InputError(f"{where}: {key} must be an IRI")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c in value for c in ' <>"{}|\\^`'):
        raise InputError(f"{where}: {key} is not an http(s) IRI: {value!r}")
    if slash and not value.endswith("/"):
        raise InputError(f"{where}: {key} must end with '/': {value!r}")
    return value


def _texts(value: object, where: str, key: str) -> dict[str, str]:
    if isinstance(value, str):
        value = {"en": value}
    if not isinstance(value, dict) or "en" not in value:
        raise InputError(f"{where}: {key} must map languages (en, fr, ar) to text, with en at least")
    bad = sorted(set(value) - set(LANGS))
    if bad:
        raise InputError(f"{where}: {key}: unknown language {bad[0]!r} (expected {', '.join(LANGS)})")
    return {lang: " ".join(str(value[lang]).split()) for lang in LANGS if value.get(lang)}


def load(path: Path | None = None) -> ReleaseConfig:
    path = path or default_path()
    try:
        text = read_bytes(path).decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (byte {e.start})") from None
    try:
        root = yaml.compose(text, Loader=_Yaml12Loader)
        data = yaml.load(text, Loader=_Yaml12Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise InputError(f"{path}:{mark.line + 1 if mark else 1}: not valid YAML: {getattr(e, 'problem', e)}") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}:1: expected a mapping of release settings")
    lines = {k.value: k.start_mark.line + 1 for k, _ in root.value} if isinstance(root, yaml.MappingNode) else {}
    return from_mapping(data, lambda key: f"{path}:{lines.get(key, 1)}", str(path))


def read_defaults() -> dict:
    """The bundled release settings, as a mapping a project's settings update."""
    return yaml.load(read_bytes(default_path()).decode("utf-8"), Loader=_Yaml12Loader)  # noqa: S506 - a SafeLoader subclass


def from_mapping(data: dict, where: Callable[[str], str], source: str) -> ReleaseConfig:
    """Release settings checked one by one; ``where(key)`` names the file (and line) a key came from."""
    path = source
    known = {"base", "version", "issued", "title", "description", "keywords", "license", "publisher",
             "download_url", "sparql_endpoint", "example_resources"}
    for key in data:
        if key not in known:
            raise InputError(f"{where(key)}: unknown setting {key!r} (expected {', '.join(sorted(known))})")
    for key in ("base", "version", "issued", "title", "license", "publisher"):
        if key not in data:
            raise InputError(f"{path}: missing setting {key!r}")
    issued = str(data["issued"])
    try:
        dt.date.fromisoformat(issued)
    except ValueError:
        raise InputError(f"{where('issued')}: issued must be a date, YYYY-MM-DD: {issued!r}") from None
    pub = data["publisher"]
    if not isinstance(pub, dict) or not pub.get("name"):
        raise InputError(f"{where('publisher')}: publisher must have a name (and a url)")
    examples = data.get("example_resources") or []
    if not isinstance(examples, list) or not all(isinstance(x, str) and x and not x.startswith("/") for x in examples):
        raise InputError(f"{where('example_resources')}: example_resources must be a list of paths under the base")
    keywords = data.get("keywords") or []
    if not isinstance(keywords, list):
        raise InputError(f"{where('keywords')}: keywords must be a list")
    return ReleaseConfig(
        base=_iri(data["base"], where("base"), "base", slash=True),
        version=str(data["version"]),
        issued=issued,
        title=_texts(data["title"], where("title"), "title"),
        description=_texts(data.get("description") or {"en": ""}, where("description"), "description"),
        keywords=tuple(str(k) for k in keywords),
        license=_iri(data["license"], where("license"), "license"),
        publisher_name=str(pub["name"]),
        publisher_url=_iri(pub["url"], where("publisher"), "publisher url") if pub.get("url") else "",
        download_url=_iri(data["download_url"], where("download_url"), "download_url", slash=True) if data.get("download_url") else "",
        sparql_endpoint=_iri(data["sparql_endpoint"], where("sparql_endpoint"), "sparql_endpoint") if data.get("sparql_endpoint") else "",
        example_resources=tuple(examples),
        source=source,
    )
