"""The overview in Chromium: the map (Kosovo included, members shaded, each partner a
link), the charts with their data beside them, the cooperation network with an edge
per fact linking to its evidence, in English, French and Arabic (right to left); drawn
at build time, so they show offline; nothing requested beyond 127.0.0.1; the same
bytes from any number of workers."""

from __future__ import annotations

import io
import re

from PIL import Image

from coalition_lod.pages.world import countries
from coalition_lod.publish import build
from coalition_lod.sparql import read_query, run_on_release

from .conftest import PROFILES
from .test_query_page import chromium, outside, requested  # noqa: F401 - the fixture

PAGES = ("index.html", "overview.fr.html", "overview.ar.html", "network.html", "network.fr.html",
         "network.ar.html")


def drawn(png: bytes) -> tuple[int, float]:
    """Distinct colours in a screenshot, and the share of pixels that are not white."""
    img = Image.open(io.BytesIO(png)).convert("RGB")
    small = img.resize((img.width // 4, img.height // 4))
    data = small.tobytes()
    pixels = [data[i:i + 3] for i in range(0, len(data), 3)]
    return len(set(pixels)), sum(1 for p in pixels if p != b"\xff\xff\xff") / len(pixels)


def test_the_shapes_carry_every_state_of_the_vocabulary_and_kosovo():
    codes = {c for c, _n, _d in countries()}
    assert {"XK", "BH", "SG", "IQ", "US", "FR", "JO", "NG", "AU"} <= codes
    assert len(codes) > 200


def test_map_charts_and_network_in_three_languages(chromium, served, release, tmp_path):  # noqa: F811
    for page in PAGES:
        assert (release / page).is_file(), page
    # the data behind the pages, as a SPARQL user would ask for it
    members = {row[0] for row in run_on_release(release, read_query("members")[0], "members", {}).rows}
    text = read_query("cooperation")[0]
    cooperation = run_on_release(release, text, "cooperation", {})
    assert members and cooperation.rows

    chromium.get_log("performance")
    for page in PAGES:
        chromium.get(f"{served}/{page}")
        lang = chromium.execute_script("return document.documentElement.lang")
        direction = chromium.execute_script("return getComputedStyle(document.body).direction")
        assert (lang, direction) == (("ar", "rtl") if ".ar." in page else ("fr", "ltr") if ".fr." in page else ("en", "ltr"))
        shot = tmp_path / (page.replace(".html", ".png"))
        chromium.save_screenshot(str(shot))
        colours, inked = drawn(shot.read_bytes())
        assert shot.stat().st_size > 30_000 and colours > 20 and inked > 0.03, (page, colours, inked)
        assert [e for e in chromium.get_log("browser") if e["level"] == "SEVERE"] == [], page

        if page.startswith(("index", "overview")):
            shaded = chromium.execute_script(
                "return Array.from(document.querySelectorAll('svg.map path.member')).map(p => p.dataset.code)")
            states = members & {c for c, _n, _d in countries()}  # the members that are countries
            assert states and states <= set(shaded), (states, shaded)
            kosovo = chromium.execute_script("const p = document.querySelector('svg.map path[data-code=XK]');"
                                             "return p && [p.closest('a').getAttribute('href'), p.getBoundingClientRect().width]")
            assert kosovo and kosovo[0].endswith("partner/xk.html") and kosovo[1] > 1
            orgs = chromium.execute_script("return Array.from(document.querySelectorAll('.map-wrap aside a')).map(a => a.href)")
            assert any(u.endswith("partner/european-union.html") for u in orgs)
            charts = chromium.execute_script("""
                return Array.from(document.querySelectorAll('section.chart')).map(s => ({
                  id: s.id, width: s.querySelector('svg').getBoundingClientRect().width,
                  rows: s.querySelectorAll('.chart-data tbody tr').length, caption: !!s.querySelector('caption')}));""")
            assert [c["id"] for c in charts] == ["chart-personnel", "chart-lines", "chart-resolutions"], charts
            assert all(c["width"] > 200 and c["rows"] > 0 and c["caption"] for c in charts), charts
        else:
            edges = chromium.execute_script(
                "return Array.from(document.querySelectorAll('svg.network line')).map(l => l.closest('a').getAttribute('href'))")
            assert len(edges) == len({(r[0], r[1]) for r in cooperation.rows}) or len(edges) == len(cooperation.rows)
            target = edges[0]
            chromium.get(f"{served}/{target.lstrip('./')}")
            anchor = target.split("#", 1)[1]
            quoted = chromium.execute_script(f"const row = document.getElementById('{anchor}');"
                                             "return row && row.closest('tr').querySelector('blockquote').textContent")
            assert quoted and quoted.strip(), target  # the edge leads to the sentence it was read from
    urls = requested(chromium)
    assert any(u.endswith("/overview.ar.html") for u in urls)
    assert outside(urls) == []
    # offline: the index opened from the disk shows the map and the charts, drawn at build time
    chromium.get((release / "index.html").as_uri())
    drawn_offline = chromium.execute_script("return [document.querySelectorAll('svg.map path').length,"
                                            " document.querySelectorAll('section.chart svg').length]")
    assert drawn_offline[0] > 200 and drawn_offline[1] == 3
    chromium.save_screenshot(str(tmp_path / "index-offline.png"))
    assert outside(requested(chromium)) == []

    # Arabic names on the Arabic pages, French on the French
    ar = (release / "overview.ar.html").read_text(encoding="utf-8")
    fr = (release / "overview.fr.html").read_text(encoding="utf-8")
    assert "أستراليا" in ar and 'dir="rtl"' in ar
    assert "Australie" in fr
    assert not re.search(r"<(script|link)[^>]+(https?:)?//", ar + fr)  # nothing loaded from elsewhere


def test_the_pages_are_the_same_bytes_from_any_number_of_workers(tmp_path):
    build([PROFILES], tmp_path / "one", workers=1, use_cache=False)
    build([PROFILES], tmp_path / "two", workers=2, use_cache=False)
    for page in (*PAGES, "partner/au.html"):
        assert (tmp_path / "one" / page).read_bytes() == (tmp_path / "two" / page).read_bytes(), page
    assert (tmp_path / "one" / "SHA256SUMS").read_text() == (tmp_path / "two" / "SHA256SUMS").read_text()
