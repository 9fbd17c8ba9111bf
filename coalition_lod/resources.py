"""The files the tool carries inside its package: vocabulary, language cues, release
defaults, ontology, shapes, contract queries and page templates.

They are read through ``importlib.resources`` so that an installed wheel finds them
wherever it lives; nothing here looks at the current folder or at a checkout.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from .model import InputError


def package_path(*parts: str) -> Path:
    """A file or folder of the installed package (a plain path: wheels are installed unzipped)."""
    p = Path(str(resources.files("coalition_lod").joinpath(*parts)))
    if not p.exists():
        raise InputError(f"{p}: not found in the installed package")
    return p


def data_path() -> Path:
    """The data folder (``vocab/``, ``lang/``, ``release.yaml``, ``ontology/``, ``shapes/``):
    $COALITION_LOD_DATA for a whole other one, else the one the package carries."""
    env = os.environ.get("COALITION_LOD_DATA")
    return Path(env) if env else package_path("data")


def _data_file(*parts: str) -> Path:
    p = data_path().joinpath(*parts)
    if not p.exists():
        raise InputError(f"{p}: not found")
    return p


def ontology_path() -> Path:
    return _data_file("ontology", "coalition.ttl")


def shapes_path() -> Path:
    return _data_file("shapes", "coalition-shapes.ttl")


def queries_path() -> Path:
    return package_path("queries")


def bundled_query(name: str) -> Path | None:
    """The bundled contract query of that name ("members" or "members.rq"), if there is one."""
    stem = name[:-3] if name.endswith(".rq") else name
    if not stem or "/" in stem or "\\" in stem:
        return None
    p = queries_path() / f"{stem}.rq"
    return p if p.is_file() else None
