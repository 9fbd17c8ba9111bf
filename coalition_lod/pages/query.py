"""The query page: YASGUI in the browser, the contract queries in its tabs.

Its JavaScript and CSS ship inside the package (``coalition_lod/static/yasgui``, from the
npm registry, pinned: see the LICENSE.md there) and are copied into every release, so
the page loads nothing from anywhere else: no CDN, no prefix service, no vocabulary
search, no map tiles (the plugins and completers that would are left out).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from ..resources import package_path, queries_path

SERVED_ENDPOINT = "/sparql"  # where ``serve`` answers; the page the endpoint gives a browser points here


def bundled_queries() -> list[dict[str, str]]:
    """The contract queries, by name, for the page's tabs."""
    return [{"name": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(queries_path().glob("*.rq"))]


def render(endpoint: str, root: str, title: dict[str, str]) -> str:
    """The page, its queries sent to ``endpoint`` ("" when the release names none: then
    to ``/sparql`` beside the page, where ``serve`` answers)."""
    from . import _env

    return _env.get_template("query.html").render(endpoint=endpoint, root=root, title=title,
                                                  queries=bundled_queries(), served=SERVED_ENDPOINT)


def copy_assets(release: Path) -> None:
    """YASGUI's files and licence into the release's ``static/yasgui``."""
    target = release / "static" / "yasgui"
    target.mkdir(parents=True, exist_ok=True)
    for f in sorted(package_path("static", "yasgui").iterdir()):
        shutil.copyfile(f, target / f.name)
