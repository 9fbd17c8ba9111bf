"""For archivists: web archives in, dates on facts, the changes between releases, and a
BagIt bag with an RO-Crate out.

The archives are written here with warcio from a dev-corpus page: two captures of the
Norwegian profile eight months apart, between which its NATO Mission Iraq contingent
comes home; around them the records a crawler writes (warcinfo, requests, an image, a
revisit, the same page captured again unchanged). Nothing is fetched.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from pathlib import Path

import bagit
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from coalition_lod import api
from coalition_lod.cli import main
from coalition_lod.ingest import collect, iso_datetime
from coalition_lod.model import InputError

from .conftest import ROOT

NORWAY = (ROOT / "tests" / "archives" / "norway.en.txt").read_text(encoding="utf-8")  # from the dev corpus
STAYS = ", while up to ten more are assigned to NATO Mission Iraq (NMI), which advises Iraqi defence institutions."
LEAVES = ". Norway's contribution to NATO Mission Iraq (NMI) ended in October 2023, when its last ten advisers came home."
URI = "https://www.example.org/partners/norway"
SPRING, AUTUMN = "2023-03-01T09:30:00Z", "2023-11-15T14:00:00Z"


def _page(text: str, lang: str | None = "en") -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
    attr = f' lang="{lang}"' if lang else ""
    return (f"<!doctype html><html{attr}><head><title>Norway</title></head><body><nav>Home | Partners</nav>"
            f"<main>{paragraphs}</main><footer>Cookies</footer></body></html>").encode()


def _response(w: WARCWriter, uri: str, date: str, body: bytes, media: str = "text/html; charset=utf-8", lang: str = ""):
    headers = [("Content-Type", media), ("Content-Length", str(len(body)))] + ([("Content-Language", lang)] if lang else [])
    http = StatusAndHeaders("200 OK", headers, protocol="HTTP/1.1")
    return w.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http,
                                warc_headers_dict={"WARC-Date": date})


def write_warc(path: Path, captures: list[tuple[str, bytes]], gz: bool = True) -> None:
    """A crawl: warcinfo, then per capture a request and its response, plus an image, a
    revisit and the first page captured again unchanged."""
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test crawler", "format": "WARC File Format 1.1"}))
        for n, (date, body) in enumerate(captures):
            req = StatusAndHeaders("GET /partners/norway HTTP/1.1", [("Host", "www.example.org")], is_http_request=True)
            w.write_record(w.create_warc_record(URI, "request", http_headers=req, warc_headers_dict={"WARC-Date": date}))
            w.write_record(_response(w, URI, date, body))
            if n == 0:
                w.write_record(_response(w, "https://www.example.org/flag.png", date, b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"))
                again = _response(w, URI, "2023-06-01T00:00:00Z", body)  # captured again, unchanged
                w.write_record(again)
                revisit = w.create_revisit_record(URI, digest=again.rec_headers.get_header("WARC-Payload-Digest"),
                                                  refers_to_uri=URI, refers_to_date="2023-06-01T00:00:00Z",
                                                  warc_headers_dict={"WARC-Date": "2023-07-01T00:00:00Z"})
                w.write_record(revisit)


def _two_captures() -> list[tuple[str, bytes]]:
    assert STAYS in NORWAY
    return [(SPRING, _page(NORWAY)), (AUTUMN, _page(NORWAY.replace(STAYS, LEAVES)))]


def _rows(out: Path, name: str) -> list[dict]:
    result = CliRunner().invoke(main, ["query", name, "--data", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("warc")
    write_warc(folder / "crawl.warc.gz", _two_captures())
    return folder / "crawl.warc.gz"


@pytest.fixture(scope="module")
def built(archive, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("release") / "dist"
    api.build([archive], out, no_curation=True, use_cache=False, pages=False)
    return out


def test_an_archive_lists_each_text_capture_once(archive):
    notes: list[str] = []
    items = collect([archive], notes)
    records = [item for item, _root in items]
    assert [(r.uri, r.date) for r in records] == [(URI, SPRING), (URI, AUTUMN)]
    assert records[0].document_id() == "www.example.org-partners-norway-20230301093000"
    said = notes[-1]
    assert "2 text captures read" in said and "1 records that are not text skipped" in said
    assert "1 revisit records skipped" in said and "1 unchanged captures (same payload digest) skipped" in said


def test_captures_carry_their_dates_to_the_facts(built):
    g = ox.Store()
    g.bulk_load(path=str(built / "dataset.nt"), format=ox.RdfFormat.N_TRIPLES)
    dates = {str(r["d"].value): r["t"].value for r in g.query(
        "SELECT ?d ?t WHERE { ?d a <https://w3id.org/coalition-lod/ontology#Document> ; "
        "<http://www.w3.org/ns/prov#generatedAtTime> ?t }")}
    assert sorted(dates.values()) == [SPRING, AUTUMN]
    history = {(r["code"], r["kind"], r["object"].rsplit("/", 1)[-1]): (r["firstSeen"], r["lastSeen"])
               for r in _rows(built, "history")}
    assert history[("NO", "MissionContribution", "cjtf-oir")] == (SPRING, AUTUMN)  # in both captures
    assert history[("NO", "Membership", "coalition")] == (SPRING, AUTUMN)
    status = [(r["mission"].rsplit("/", 1)[-1], r["status"], r["firstSeen"], r["lastSeen"])
              for r in _rows(built, "status-history") if r["code"] == "NO"]
    assert ("nato-mission-iraq", "ongoing", SPRING, SPRING) in status
    assert ("nato-mission-iraq", "ended", AUTUMN, AUTUMN) in status
    missions = {r["mission"].rsplit("/", 1)[-1]: r["status"] for r in _rows(built, "missions") if r["code"] == "NO"}
    assert missions["nato-mission-iraq"] == "ended"  # the latest capture's
    assert missions["cjtf-oir"] == "ongoing"
    report = (built / "build-report.txt").read_text(encoding="utf-8")
    assert "web archives:" in report and "2 text captures read" in report


def test_diff_and_a_release_that_revises_another(archive, built, tmp_path):
    spring = tmp_path / "spring.warc.gz"
    write_warc(spring, _two_captures()[:1])
    old = tmp_path / "old"
    api.build([spring], old, no_curation=True, use_cache=False, pages=False)
    result = CliRunner().invoke(main, ["diff", str(old), str(built), "--rdf", str(tmp_path / "changes.trig")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "1 changed, 19 read again" in lines[1] and "documents: 1 added, 0 removed" in lines[1]
    changed = [ln for ln in lines if ln.startswith("~ mission NO nato-mission-iraq")]
    assert changed == ["~ mission NO nato-mission-iraq: was status ongoing; now status ended"]
    graphs = {str(q.graph_name.value) for q in ox.parse(path=str(tmp_path / "changes.trig"), format=ox.RdfFormat.TRIG)
              if isinstance(q.graph_name, ox.NamedNode)}
    assert {g.rsplit("/", 1)[-1] for g in graphs} == {"added", "removed"}
    # the same through build --previous: the changes in the release, the link in void.ttl
    new = tmp_path / "new"
    api.build([archive], new, no_curation=True, use_cache=False, pages=False, previous=old)
    assert "~ mission NO nato-mission-iraq" in (new / "changes.txt").read_text(encoding="utf-8")
    void = {(t.predicate.value.rsplit("#", 1)[-1], t.object.value) for t in ox.parse(path=str(new / "void.ttl"))}
    previous = [o for p, o in void if p == "previousVersion"]
    assert previous and ("wasRevisionOf", previous[0]) in void
    sums = hashlib.sha256((old / "SHA256SUMS").read_bytes()).hexdigest()[:16]
    assert previous[0].endswith(sums)
    assert "changes.trig" in (new / "SHA256SUMS").read_text(encoding="utf-8")


def test_a_bag_that_validates_with_its_crate(built, tmp_path):
    result = CliRunner().invoke(main, ["package", str(built), "--bagit", str(tmp_path / "bag")])
    assert result.exit_code == 0, result.output
    bag = bagit.Bag(str(tmp_path / "bag"))
    bag.validate()
    assert {"sha256", "sha512"} <= set(bag.algorithms)
    assert bag.info["Version"] and bag.info["License"].startswith("http") and bag.info["External-Description"]
    crate = json.loads((tmp_path / "bag" / "data" / "ro-crate-metadata.json").read_text(encoding="utf-8"))
    by_id = {e["@id"]: e for e in crate["@graph"]}
    assert by_id["dataset.ttl"]["encodingFormat"] == "text/turtle"
    assert {"dataset.nt", "dataset.jsonld", "dataset.trig", "ontology.ttl", "shapes.ttl", "void.ttl"} <= set(by_id)
    assert "query.html" in by_id  # the pages a person starts from are described too
    assert "YASGUI" in by_id["static/"]["description"]
    assert any(e.get("@type") == "SoftwareApplication" and e["name"] == "coalition-lod" for e in crate["@graph"])
    from rocrate.rocrate import ROCrate

    read = ROCrate(tmp_path / "bag" / "data")
    assert read.root_dataset["version"] == bag.info["Version"]
    again = CliRunner().invoke(main, ["package", str(built), "--bagit", str(tmp_path / "bag")])
    assert again.exit_code == 2 and "already exists" in again.output


def test_a_broken_record_is_named_and_the_rest_read(tmp_path):
    path = tmp_path / "crawl.warc"
    write_warc(path, _two_captures(), gz=False)
    data = path.read_bytes()
    first = data.rindex(b"WARC/1.", 0, data.index(b"WARC-Type: request"))  # the first request record
    broken = data[:first] + b"GARBAGE!" + data[first + 8:]
    path.write_bytes(broken)
    notes: list[str] = []
    records = [item for item, _root in collect([path], notes)]
    assert any(f"broken record at offset {first}" in n for n in notes), notes
    assert [r.date for r in records] == [SPRING, AUTUMN]


def test_a_wacz_package_and_the_page_language(tmp_path):
    warc = tmp_path / "data.warc.gz"
    with open(warc, "wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(_response(w, "https://www.example.org/fr/norvege", SPRING,
                                 _page("La Norvège est membre de la Coalition mondiale contre Daech.", lang=None), lang="fr"))
    wacz = tmp_path / "crawl.wacz"
    with zipfile.ZipFile(wacz, "w") as z:
        z.write(warc, "archive/data.warc.gz")
        z.writestr("datapackage.json", json.dumps({"profile": "data-package", "resources": []}))
    out = tmp_path / "dist"
    api.build([wacz], out, no_curation=True, use_cache=False, pages=False)
    assert [r["code"] for r in _rows(out, "members")] == ["NO"]
    text = (out / "dataset.nt").read_text(encoding="utf-8")
    assert '"fr"' in text and "www.example.org-fr-norvege-20230301093000" in text


def test_a_project_dates_its_files(tmp_path):
    (tmp_path / "texts" / "2019").mkdir(parents=True)
    (tmp_path / "texts" / "2019" / "norway.en.txt").write_text(NORWAY, encoding="utf-8")
    (tmp_path / "coalition-lod.toml").write_text('inputs = ["texts"]\n[dates]\n"texts/2019" = 2019-06-01\n', encoding="utf-8")
    api.build(project=tmp_path, use_cache=False, pages=False)
    rows = [r for r in _rows(tmp_path / "dist", "history") if r["kind"] == "Membership"]
    assert [(r["firstSeen"], r["lastSeen"]) for r in rows] == [("2019-06-01T00:00:00Z", "2019-06-01T00:00:00Z")]
    (tmp_path / "coalition-lod.toml").write_text('[dates]\n"texts" = "June"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"coalition-lod.toml: \[dates\] texts: 'June' is not a date"):
        api.build(project=tmp_path, use_cache=False, pages=False)


def test_dates_are_normalised_to_utc():
    assert iso_datetime("2023-03-01") == "2023-03-01T00:00:00Z"
    assert iso_datetime("2023-03-01T10:30:00+01:00") == "2023-03-01T09:30:00Z"
    assert iso_datetime("2023-03-01T09:30:00.123Z") == "2023-03-01T09:30:00Z"
    with pytest.raises(ValueError):
        iso_datetime("yesterday")
