"""The pages in a real browser: Debian's Chromium, headless, driven through ChromeDriver,
on the release served by ``serve`` on 127.0.0.1. Every page loads without a console
error, Arabic text is laid out right to left, and every link and anchor resolves."""

import shutil
import tempfile
import urllib.error
import urllib.parse
import urllib.request

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def headless_chromium(size: str = "1200,900", logs: tuple[str, ...] = ("browser",)):
    """Debian's Chromium, headless, in a profile of its own, logging ``logs`` (the
    console; "performance" for every request it makes); a generator that quits it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    if not (shutil.which("chromium") and shutil.which("chromedriver")):
        pytest.fail("Debian's chromium and chromium-driver are needed: 'make browser' installs them")
    profile = tempfile.mkdtemp(prefix="clod-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", f"--window-size={size}"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", dict.fromkeys(logs, "ALL"))
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def browser():
    yield from headless_chromium()


def errors(driver) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def page_links(driver) -> list[str]:
    # an SVG link's href is not a string (SVGAnimatedString): resolve its attribute
    return driver.execute_script("return Array.from(document.querySelectorAll('a[href]'))"
                                 ".map(a => new URL(a.getAttribute('href'), document.baseURI).href)")


def test_pages_load_render_arabic_right_to_left_and_links_resolve(browser, served, release):
    pages = ["index.html", "ontology.html"] + sorted(p.relative_to(release).as_posix() for p in release.glob("*/**/*.html"))
    assert len(pages) > 50
    links: set[str] = set()
    arabic_blocks = 0
    for rel in pages:
        browser.get(f"{served}/{rel}")
        assert browser.execute_script("return document.readyState") == "complete", rel
        assert browser.title, rel
        assert errors(browser) == [], rel
        css = browser.execute_script("return getComputedStyle(document.body).maxWidth")
        assert css != "none", f"{rel}: the stylesheet did not load"
        checks = browser.execute_script("""
            return Array.from(document.querySelectorAll('[lang="ar"]')).map(el => {
              const r = document.createRange(); r.selectNodeContents(el);
              const text = r.getBoundingClientRect(), box = el.getBoundingClientRect();
              const cs = getComputedStyle(el);
              return {dir: cs.direction, text: el.textContent.trim().length,
                      block: cs.display !== 'inline', right: box.right - parseFloat(cs.paddingRight) - text.right,
                      left: text.left - box.left - parseFloat(cs.paddingLeft), width: text.width, inner: box.width};
            });""")
        for c in checks:
            assert c["dir"] == "rtl", rel
            if c["block"] and c["text"] and c["width"] < c["inner"] * 0.6:
                # a short Arabic line hugs the right edge of its box, the left side is empty
                assert abs(c["right"]) < 3 and c["left"] > 10, (rel, c)
                arabic_blocks += 1
        links.update(page_links(browser))
    assert arabic_blocks > 10  # Arabic labels and evidence were laid out and checked

    origin = served.rstrip("/")
    local = sorted(u for u in links if u.startswith(origin))
    assert len(local) > 100
    anchors_checked = 0
    for url in local:
        parts = urllib.parse.urlsplit(url)
        try:
            with urllib.request.urlopen(url.split("#")[0], timeout=30) as r:
                assert r.status == 200, url
                body = r.read()
        except urllib.error.HTTPError as e:
            raise AssertionError(f"{url}: HTTP {e.code}") from None
        if parts.fragment:
            assert f'id="{parts.fragment}"'.encode() in body, url
            anchors_checked += 1
    assert anchors_checked > 10
