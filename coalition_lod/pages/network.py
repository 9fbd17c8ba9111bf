"""The cooperation network: partners as nodes, cooperation facts as edges, each edge a
link to the fact's row on its partner's page, where its evidence is quoted.

The layout is networkx's force-directed one with a fixed seed, so the same release
draws the same picture; the SVG is written directly, so that every node and edge links.
"""

from __future__ import annotations

import math
from functools import cache
from html import escape

from .overview import Overview

SIZE = 900.0
MARGIN = 70.0


@cache
def _layout(edges: tuple[tuple[str, str], ...]) -> tuple[dict[str, tuple[float, float]], float]:
    o = Overview(cooperation=[("", a, b) for a, b in edges])
    return layout(o)


def layout(o: Overview) -> tuple[dict[str, tuple[float, float]], float]:
    """Each node's place, and the drawing's height: each group of partners that work
    together laid out on its own (networkx's force-directed layout, a fixed seed), the
    groups then set side by side in rows, largest first, each in a square as wide as
    the square root of its size; scaled to SIZE wide."""
    import networkx as nx

    g = nx.Graph()
    for _f, a, b in sorted(o.cooperation):
        if a != b:
            g.add_edge(a, b)
    if not g:
        return {}, 0.0
    groups = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    width = max(math.sqrt(len(groups[0])), math.sqrt(g.number_of_nodes()))
    placed: dict[str, tuple[float, float]] = {}
    x = y = row = 0.0
    for group in groups:
        side = math.sqrt(len(group))
        if x + side > width + 1e-9:
            x, y, row = 0.0, y + row, 0.0
        sub = nx.Graph()  # a graph of its own, built in a fixed order: a subgraph view iterates a set
        sub.add_nodes_from(group)
        sub.add_edges_from(sorted(tuple(sorted(e)) for e in g.subgraph(group).edges()))
        pos = nx.spring_layout(sub, seed=7, iterations=200) if len(group) > 2 else \
            {n: ((k - (len(group) - 1) / 2) * 0.8, 0.0) for k, n in enumerate(group)}
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
        for n, (px, py) in pos.items():  # into the group's square, a margin of a tenth around
            placed[n] = (x + side * (0.1 + 0.8 * (px - min(xs)) / span), y + side * (0.1 + 0.8 * (py - min(ys)) / span))
        x, row = x + side, max(row, side)
    scale = (SIZE - 2 * MARGIN) / width
    height = (y + row) * scale + 2 * MARGIN
    return {n: (round(MARGIN + px * scale, 1), round(MARGIN + py * scale, 1)) for n, (px, py) in sorted(placed.items())}, \
        round(height, 1)


def svg(o: Overview, lang: str, root: str, title: str) -> str:
    pos, height = _layout(tuple(sorted({(a, b) for _f, a, b in o.cooperation})))
    if not pos:
        return ""
    degree: dict[str, int] = {}
    for _f, a, b in o.cooperation:
        for n in (a, b):
            degree[n] = degree.get(n, 0) + 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE:g} {height:g}" role="img" class="network"'
             f' aria-labelledby="network-title"><title id="network-title">{escape(title)}</title><g class="edges">']
    for f, a, b in sorted(o.cooperation):
        if a == b or a not in pos or b not in pos:
            continue
        (x1, y1), (x2, y2) = pos[a], pos[b]
        said = f"{o.label(a, lang)} — {o.label(b, lang)}"
        parts.append(f'<a href="{root}/{o.anchors[f]}"><line x1="{x1:g}" y1="{y1:g}" x2="{x2:g}" y2="{y2:g}">'
                     f"<title>{escape(said)}</title></line></a>")
    parts.append('</g><g class="nodes">')
    for n, (x, y) in pos.items():
        p = o.partners.get(n)
        r = round(4 + 2.2 * math.sqrt(degree.get(n, 1)), 1)
        label = o.label(n, lang)
        body = (f'<circle cx="{x:g}" cy="{y:g}" r="{r:g}"><title>{escape(label)}</title></circle>'
                f'<text x="{x:g}" y="{y - r - 3:g}" text-anchor="middle">{escape(label)}</text>')
        parts.append(f'<a href="{root}/{p.href}">{body}</a>' if p and p.href else body)
    parts.append("</g></svg>")
    return "".join(parts)
