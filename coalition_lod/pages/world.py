"""The map of partners: every country from the shapes the package carries (Natural Earth
1:50m through the npm package ``world-atlas``, Kosovo included), members shaded, each
partner linking to its page; organisations are listed beside it.

The TopoJSON is decoded here (arcs quantised and delta-encoded, shared between
neighbours) and projected with the Equal Earth projection, which keeps areas true; the
SVG is written directly, a path per country, so that each can be a link.
"""

from __future__ import annotations

import json
import math
from functools import cache
from html import escape

from ..resources import package_path
from .overview import Overview, words

WIDTH = 960.0
STEP = 3.0  # pixels: the map's detail
_A1, _A2, _A3, _A4 = 1.340264, -0.081106, 0.000893, 0.003796
_M = math.sqrt(3) / 2


def equal_earth(lon: float, lat: float) -> tuple[float, float]:
    """Equal Earth (Šavrič, Patterson, Jenny 2018), in units of the Earth's radius."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(_M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (_M * (_A1 + 3 * _A2 * t2 + t6 * (7 * _A3 + 9 * _A4 * t2)))
    y = theta * (_A1 + _A2 * t2 + t6 * (_A3 + _A4 * t2))
    return x, y


_X_MAX = equal_earth(180, 0)[0]
_Y_MAX = equal_earth(0, 90)[1]
HEIGHT = round(WIDTH * _Y_MAX / _X_MAX, 1)


def _px(lon: float, lat: float) -> tuple[float, float]:
    x, y = equal_earth(lon, lat)
    return round((x / _X_MAX + 1) * WIDTH / 2, 1), round((1 - y / _Y_MAX) * HEIGHT / 2, 1)


@cache
def countries() -> tuple[tuple[str, str, str], ...]:
    """(ISO 3166-1 alpha-2 code, name, SVG path) of every country in the shapes."""
    import pycountry

    topo = json.loads(package_path("data", "world", "countries-50m.json").read_text(encoding="utf-8"))
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:  # delta-encoded, quantised: back to degrees, then to pixels
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append(_px(x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indices: list[int], step: float) -> str:
        points: list[tuple[float, float]] = []
        for i in indices:
            part = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(part[1:] if points else part)
        kept = [points[0]]
        for p in points[1:]:  # a point closer than ``step`` pixels to the last one kept adds nothing seen
            if abs(p[0] - kept[-1][0]) + abs(p[1] - kept[-1][1]) >= step:
                kept.append(p)
        if len(kept) < 3:
            return ""
        # a ring crossing the 180th meridian (Russia, Fiji) jumps across the map: it is
        # drawn as one piece on each side instead of a stripe through the middle
        out, piece = [], [kept[0]]
        for a, b in zip(kept, kept[1:], strict=False):
            if abs(b[0] - a[0]) > WIDTH / 2:
                out.append(piece)
                piece = []
            piece.append(b)
        out.append(piece)
        return "".join("M" + "L".join(f"{x:g},{y:g}" for x, y in p) + "Z" for p in out if len(p) >= 3)

    out = []
    for g in topo["objects"]["countries"]["geometries"]:
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        d = "".join(ring(r, STEP) for poly in polygons for r in poly)
        if not d:  # a small country (Bahrain, Singapore, Malta) drawn at full detail rather than lost
            d = "".join(ring(r, 0) for poly in polygons for r in poly)
        name = g.get("properties", {}).get("name", "")
        found = pycountry.countries.get(numeric=g["id"]) if g.get("id") else None
        code = found.alpha_2 if found else "XK" if name == "Kosovo" else ""
        if d:
            out.append((code, name, d))
    return tuple(sorted(out, key=lambda c: (c[0], c[1])))


def svg(o: Overview, lang: str, root: str) -> str:
    """The map, its links relative to ``root`` (the page's way back to the release's root)."""
    by_code = {p.code: p for p in o.partners.values() if p.kind == "State"}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:g} {HEIGHT:g}" role="img" class="map"'
             f' aria-labelledby="map-title"><title id="map-title">{escape(words()[lang]["map"])}</title>']
    for code, name, d in countries():
        p = by_code.get(code)
        if p is None:
            parts.append(f'<path d="{d}" class="country"><title>{escape(name)}</title></path>')
            continue
        cls = "country partner member" if p.member else "country partner"
        parts.append(f'<a href="{root}/{p.href}"><path d="{d}" class="{cls}" data-code="{code}">'
                     f'<title>{escape(o.label(p.iri, lang))}</title></path></a>')
    parts.append("</svg>")
    return "".join(parts)


