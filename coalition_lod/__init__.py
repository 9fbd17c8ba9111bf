"""coalition-lod: what the partners of the Global Coalition against Daesh do, from
their profiles, news, statements and reports, as validated linked data.

The Python API (see ``api.py``)::

    import coalition_lod
    coalition_lod.build(["texts"], "dist")
    coalition_lod.query("members", data="dist").rows
    coalition_lod.evaluate("gold", ["texts"]).table()
"""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("coalition-lod")  # the one version, in pyproject.toml
except metadata.PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0.0.0+unknown"


from .api import build, evaluate, query  # noqa: E402 - after the version, which api's imports may read

__all__ = ["__version__", "build", "evaluate", "query"]
