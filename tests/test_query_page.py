"""The query page in Chromium: YASGUI at /sparql runs the contract queries against
``serve`` and shows the rows; nothing it loads comes from anywhere but 127.0.0.1.
Protocol clients still get results and the service description."""

from __future__ import annotations

import json
import shutil
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from coalition_lod.pages.query import bundled_queries
from coalition_lod.sparql import read_query, run_on_release

from .test_browser import headless_chromium


@pytest.fixture(scope="module")
def chromium():
    """Headless Chromium that logs every request it makes (the performance log)."""
    yield from headless_chromium("1280,1000", ("browser", "performance"))


def requested(driver) -> list[str]:
    """Every URL the browser asked for since the log was last read."""
    urls = []
    for entry in driver.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg["method"] == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def outside(urls: list[str]) -> list[str]:
    """The requests that went over the network to anywhere but 127.0.0.1 (the browser's
    own chrome:// pages, data: and blob: URLs never leave it)."""
    return [u for u in urls if urllib.parse.urlsplit(u).scheme in ("http", "https", "ws", "wss", "ftp")
            and urllib.parse.urlsplit(u).hostname != "127.0.0.1"]


def wait_for(driver, script: str, seconds: float = 20.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for: {script}")


def test_the_endpoint_gives_a_browser_the_query_page_and_clients_what_they_had(served):
    def get(url: str, accept: str | None) -> tuple[str, str]:
        req = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.headers["Content-Type"], r.read().decode("utf-8")

    kind, page = get(f"{served}/sparql", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
    assert kind.startswith("text/html") and "static/yasgui/yasgui.min.js" in page and 'data-endpoint="/sparql"' in page
    for accept in (None, "text/turtle", "*/*"):
        kind, body = get(f"{served}/sparql", accept)
        assert kind.startswith("text/turtle") and "sd:Service" in body, accept
    kind, body = get(f"{served}/sparql?query=ASK%7B%7D", "application/sparql-results+json")
    assert json.loads(body)["boolean"] is True


def test_a_release_older_than_the_query_page_gets_yasgui_from_the_package(release, tmp_path):
    from coalition_lod.serve import serve_in_thread

    old = tmp_path / "old"
    shutil.copytree(release, old, ignore=shutil.ignore_patterns("static", "query.html"))
    server, _thread = serve_in_thread(old)
    try:
        host, port = server.server_address[:2]
        with urllib.request.urlopen(f"http://{host}:{port}/static/yasgui/yasgui.min.js", timeout=10) as r:
            assert r.headers["Content-Type"].startswith("text/javascript") and len(r.read()) > 500_000
        with urllib.request.urlopen(f"http://{host}:{port}/query.html", timeout=10) as r:
            assert b"yasgui.min.js" in r.read()
        for bad in ("/static/yasgui/../../../etc/passwd", "/static/yasgui/nothing.js"):
            try:
                urllib.request.urlopen(f"http://{host}:{port}{bad}", timeout=10)
                raise AssertionError(bad)
            except urllib.error.HTTPError as e:
                assert e.code == 404, bad
    finally:
        server.shutdown()
        server.server_close()


def test_yasgui_runs_members_against_serve_and_nothing_leaves_127_0_0_1(chromium, served, release, tmp_path):
    chromium.get_log("performance")
    chromium.get(f"{served}/sparql")
    names = [q["name"] for q in bundled_queries()]
    tabs = wait_for(chromium, "return Array.from(document.querySelectorAll('a[role=tab] span')).map(t => t.textContent)")
    assert tabs == names  # one tab a query, and no empty tab
    # the members tab, its query run as a user would: the tab, then the run button
    chromium.execute_script("""
        Array.from(document.querySelectorAll('a[role=tab]')).find(t => t.querySelector('span').textContent === 'members').click();""")
    wait_for(chromium, "const y = window.coalitionYasgui.getTab().getYasqe(); return y && y.getValue().includes('members')")
    chromium.execute_script("document.querySelector('.tabPanel.active .yasqe_queryButton').click()")
    rows = wait_for(chromium, "return document.querySelectorAll('.tabPanel.active .yasr table tbody tr').length", 30)
    text, _name = read_query("members")
    expected = run_on_release(release, text, "members", {})
    assert rows == min(len(expected.rows), 50), (rows, len(expected.rows))  # a page of the table
    first = chromium.execute_script("return document.querySelector('.tabPanel.active .yasr table tbody tr').innerText")
    assert str(expected.rows[0][0]) in first  # the first row's code
    # sorting and paging, and the download
    headers = chromium.execute_script("return Array.from(document.querySelectorAll('.tabPanel.active .yasr th')).map(x => x.innerText)")
    assert [h for h in headers if h] == list(expected.columns)
    assert chromium.execute_script("return !!document.querySelector('.tabPanel.active .yasr_downloadIcon')")
    shot = tmp_path / "query-page.png"
    chromium.save_screenshot(str(shot))
    assert shot.stat().st_size > 20_000
    urls = requested(chromium)
    assert any(u.endswith("/static/yasgui/yasgui.min.js") for u in urls)
    assert any("/sparql?" in u or u.endswith("/sparql") for u in urls)
    assert outside(urls) == []
    assert [e for e in chromium.get_log("browser") if e["level"] == "SEVERE"] == []
