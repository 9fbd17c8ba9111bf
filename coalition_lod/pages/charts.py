"""Charts drawn at build time as SVG (matplotlib), so that they show without JavaScript
and in an archive, each with its data as a table beside it for screen readers.

Text stays text in the SVG (``svg.fonttype: none``), so the browser shapes Arabic and
French labels with its own fonts, and the files are the same bytes for the same data
(a fixed hash salt, no date).
"""

from __future__ import annotations

import hashlib
import io
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib.metadata import version
from pathlib import Path

from ..cache import write_whole
from .overview import Overview, words

PALETTE = ("#1f5f8b", "#e07b39", "#3b8f4f", "#b8403d", "#7a5ca8", "#8a6a4f", "#d16fa8", "#6d6d6d",
           "#a8a836", "#2aa3b3", "#98b7d6", "#f2b48a")
MOST = 11  # partners a stacked chart names; the rest are summed as "others"


@dataclass
class Chart:
    """One chart: its SVG (without the XML prologue, to sit inside a page) and its data
    as a table (header, rows)."""

    key: str
    title: str
    svg: str
    header: list[str]
    rows: list[list[str]]


CACHE: Path | None = None  # where drawn charts are kept between builds (``use_cache``); None: nowhere


def use_cache(folder: Path | None) -> None:
    """Keep the SVGs in ``folder``/charts, by what they show: a rebuild whose chart data
    did not change draws nothing (matplotlib takes a tenth of a second a chart)."""
    global CACHE
    CACHE = None if folder is None else folder / "charts"


@cache
def _fingerprint() -> str:
    """What a drawing depends on besides its data: this code and matplotlib's version
    (from its metadata: importing matplotlib to read it cost a rebuild that drew no chart
    a third of a second)."""
    return hashlib.sha256(Path(__file__).read_bytes() + version("matplotlib").encode()).hexdigest()


def spec_key(spec: tuple) -> str:
    return hashlib.sha256(_fingerprint().encode() + repr(spec).encode()).hexdigest()


def _drawn(spec: tuple, draw: Callable[[], str]) -> str:
    """The SVG ``draw`` makes of ``spec`` (everything it is drawn from), from the cache
    when it has it; written there whole or not at all."""
    if CACHE is None:
        return draw()
    key = spec_key(spec)
    path = CACHE / key[:2] / f"{key}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        pass
    svg = draw()
    write_whole(path, svg.encode("utf-8"))
    return svg


def _whole_numbers(axis) -> None:
    """Ticks at whole numbers only: the axis counts people or partners."""
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def _names(ax, names: list[str]) -> None:
    """The bars' names left of the axis, as plain texts rather than tick labels: a
    tick is four artists made and copied (a partner's chart names some thirty
    missions, and ticks were half of drawing it)."""
    from matplotlib.transforms import ScaledTranslation

    ax.set_yticks([])
    at = ax.get_yaxis_transform() + ScaledTranslation(-7 / 72, 0, ax.figure.dpi_scale_trans)  # where tick labels stand
    for i, name in enumerate(names):
        ax.text(0, i, name, transform=at, ha="right", va="center")


def _margins(fig, labels: list[str], bottom: float = 0.5, top: float = 0.15) -> None:
    """Room for the longest label on the left (about 0.065 inch a character at 9 pt) and
    for the axis below, instead of a tight bounding box, which draws the figure twice."""
    w, h = fig.get_size_inches()
    left = min(0.6, (0.25 + 0.065 * max((len(t) for t in labels), default=4)) / w)
    fig.subplots_adjust(left=left, right=0.97, bottom=min(0.6, bottom / h), top=1 - min(0.3, top / h))


def warm() -> None:
    """matplotlib loaded and set up, its fonts found: done once before the page workers
    fork, so that they share it instead of each loading it again."""
    import matplotlib
    import matplotlib.backends.backend_svg  # noqa: F401 - loaded now, used by savefig
    from matplotlib import font_manager

    matplotlib.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "coalition-lod", "font.size": 9,
                                "font.family": "sans-serif", "axes.spines.top": False, "axes.spines.right": False})
    font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]))


def _figure(width: float, height: float):
    warm()
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height))


def _svg(fig, title: str) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": "coalition-lod", "Title": title})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]  # inside a page: no XML prologue or DOCTYPE
    return svg.replace("<svg ", f'<svg role="img" aria-label="{escape(title)}" ', 1)


def _stacked(names: list[str], stacks: list[tuple[str, list[int]]], unit: str, legend: bool):
    """Horizontal bars, one a name, each the stacked values of ``stacks`` (label, a
    value a name), counted in whole ``unit``s."""
    from matplotlib.collections import PolyCollection

    fig = _figure(7.5, 0.33 * len(names) + 1.2)
    ax = fig.add_subplot()
    left = [0] * len(names)
    for n, (label, values) in enumerate(stacks):
        # one collection a stack rather than ``barh``'s rectangle a bar: each rectangle is
        # an artist placed, clipped and drawn on its own (half of drawing a partner's chart)
        bars = [((x, i - 0.4), (x + v, i - 0.4), (x + v, i + 0.4), (x, i + 0.4))
                for i, (x, v) in enumerate(zip(left, values, strict=True)) if v]
        ax.add_collection(PolyCollection(bars, facecolors=PALETTE[n % len(PALETTE)], edgecolors="none",
                                         linewidths=0, label=label))
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_xlim(0, max(left, default=0) * 1.05 or 1)
    ax.set_ylim(-0.6, len(names) - 0.4)
    _names(ax, names)
    _margins(fig, names)
    ax.invert_yaxis()
    ax.set_xlabel(unit)
    _whole_numbers(ax.xaxis)
    if legend:
        ax.legend(fontsize=7, frameon=False, loc="lower right")
    return fig


def _personnel(o: Overview, lang: str, partner: str | None = None) -> tuple[tuple, list[str], list[list[str]]] | None:
    """What the personnel chart shows: its drawing's spec, its table's header and rows."""
    w = words()[lang]
    rows = [(m, p, n) for m, p, n in o.personnel if partner is None or p == partner]
    if not rows:
        return None
    totals: Counter[str] = Counter()  # by partner
    per_mission: Counter[str] = Counter()
    cell: Counter[tuple[str, str]] = Counter()
    for m, p, n in rows:
        totals[p] += n
        per_mission[m] += n
        cell[m, p] += n
    named = [p for p, _n in sorted(totals.items(), key=lambda x: (-x[1], x[0]))[:MOST]]
    missions = sorted(per_mission, key=lambda m: (-per_mission[m], m))
    shown = set(named)
    others = [p for p in totals if p not in shown]  # summed in one bar
    groups = [[p] for p in named] + ([others] if others else [])
    stacks = [(o.label(group[0], lang) if len(group) == 1 else f"+{len(group)}",
               [sum(cell[mission, p] for p in group) for mission in missions]) for group in groups]
    spec = ("personnel", w["personnel"], [_short(o.label(m, lang)) for m in missions], stacks, w["people"], partner is None)
    header = [w["mission"], w["partner"], w["people"]]
    table = [[o.label(m, lang), o.label(p, lang), str(n)] for m, p, n in sorted(rows, key=lambda r: (r[0], r[1]))]
    return spec, header, table


def personnel(o: Overview, lang: str, partner: str | None = None) -> Chart | None:
    """Personnel by mission, stacked by partner (one partner's page: its own bars)."""
    parts = _personnel(o, lang, partner)
    if parts is None:
        return None
    spec, header, table = parts
    return Chart("personnel", spec[1], _drawn(spec, lambda: _svg(_stacked(*spec[2:]), spec[1])), header, table)


def partner_spec(o: Overview, lang: str, partner: str) -> str:
    """What a partner page's charts are drawn from, as text (what the page depends on)."""
    return repr(_personnel(o, lang, partner))


def lines_of_effort(o: Overview, lang: str, partner: str | None = None) -> Chart | None:
    """A matrix: partners down, lines of effort across, a mark where a partner works on one."""
    w = words()[lang]
    pairs = sorted({(p, c) for p, c in o.lines if partner is None or p == partner})
    if not pairs:
        return None
    partners = sorted({p for p, _c in pairs}, key=lambda p: o.label(p, lang).casefold())
    concepts = sorted({c for _p, c in pairs})
    spec = ("lines", w["lines"], [o.label(p, lang) for p in partners], [_short(o.label(c, lang), 24) for c in concepts],
            [(partners.index(p), concepts.index(c)) for p, c in pairs])
    header = [w["partner"], w["line"]]
    table = [[o.label(p, lang), ", ".join(sorted(o.label(c, lang) for q, c in pairs if q == p))] for p in partners]
    return Chart("lines", w["lines"], _drawn(spec, lambda: _svg(_matrix(*spec[2:]), spec[1])), header, table)


def _matrix(names: list[str], columns: list[str], marks: list[tuple[int, int]]):
    """A mark at (row, column) for each of ``marks``: ``names`` down, ``columns`` across."""
    fig = _figure(1.2 + 0.55 * len(columns), 0.9 + 0.2 * len(names))
    ax = fig.add_subplot()
    ax.scatter([c for _r, c in marks], [r for r, _c in marks], marker="s", s=60, color=PALETTE[0])
    ax.set_xticks(range(len(columns)), columns, rotation=40, ha="right")
    ax.set_yticks(range(len(names)), names)
    _margins(fig, names, bottom=0.2 + 0.045 * max(len(c) for c in columns))
    ax.set_xlim(-0.6, len(columns) - 0.4)
    ax.set_ylim(len(names) - 0.4, -0.6)
    ax.grid(True, color="#dddddd", linewidth=0.5)
    ax.set_axisbelow(True)
    return fig


def resolutions(o: Overview, lang: str, partner: str | None = None) -> Chart | None:
    """Partners per resolution, stacked by how they stand on it."""
    w = words()[lang]
    rows = [(r, rel, p) for r, rel, p in o.resolutions if partner is None or p == partner]
    if not rows:
        return None
    counts: dict[str, Counter[str]] = {}
    for r, rel, _p in rows:
        counts.setdefault(r, Counter())[rel] += 1
    res = sorted(counts, key=lambda r: (-sum(counts[r].values()), r))
    relations = sorted({rel for _r, rel, _p in rows})
    stacks = [(o.label(rel, lang), [counts[r][rel] for r in res]) for rel in relations]
    spec = ("resolutions", w["resolutions"], [_short(o.label(r, lang)) for r in res], stacks, w["count"], True)
    header = [w["resolution"], w["relation"], w["count"]]
    table = [[o.label(r, lang), o.label(rel, lang), str(counts[r][rel])] for r in res for rel in relations if counts[r][rel]]
    return Chart("resolutions", w["resolutions"], _drawn(spec, lambda: _svg(_stacked(*spec[2:]), spec[1])), header, table)


def _short(text: str, most: int = 48) -> str:
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"


def charts(o: Overview, lang: str) -> list[Chart]:
    """The overview's charts: every partner."""
    return [c for c in (personnel(o, lang), lines_of_effort(o, lang), resolutions(o, lang)) if c is not None]


def partner_charts(o: Overview, lang: str, partner: str) -> list[Chart]:
    """A partner page's chart: its personnel by mission. Its lines of effort and its
    stances on resolutions are one row or one bar each there, which the page's table of
    facts already shows."""
    return [c for c in (personnel(o, lang, partner),) if c is not None]
