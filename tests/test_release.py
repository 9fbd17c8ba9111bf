"""The release: formats parse back to the same graph, builds are reproducible and atomic, the CLI behaves."""

import hashlib
import subprocess
import sys

import pyoxigraph as ox
import rdflib
from rdflib.compare import isomorphic

from coalition_lod.namespaces import BASE, CLOD, DCT
from coalition_lod.publish import build
from coalition_lod.resources import data_path
from coalition_lod.sparql import run_on_release

from .conftest import EN_SEED, PROFILES, QUERIES
from .test_seeds import COLUMNS

CLI = [sys.executable, "-m", "coalition_lod.cli"]


def test_turtle_jsonld_and_ntriples_are_isomorphic(release):
    graphs = {fmt: rdflib.Graph().parse(release / f"dataset.{ext}", format=fmt)
              for fmt, ext in (("turtle", "ttl"), ("nt", "nt"), ("json-ld", "jsonld"))}
    assert len(graphs["nt"]) > 1000
    assert isomorphic(graphs["turtle"], graphs["nt"])
    assert isomorphic(graphs["json-ld"], graphs["nt"])


def test_release_contents(release):
    names = {p.name for p in release.iterdir()}
    assert {"dataset.ttl", "dataset.nt", "dataset.jsonld", "context.jsonld", "ontology.ttl", "shapes.ttl",
            "validation-report.ttl", "build-report.txt"} <= names


def test_every_contract_query_has_the_contract_columns(release):
    for name, cols in COLUMNS.items():
        t = run_on_release(release, (QUERIES / f"{name}.rq").read_text(encoding="utf-8"), name)
        assert t.columns == cols, name
        assert t.rows, name


def digests(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    build([PROFILES], a)
    build([PROFILES], b)
    assert digests(a) == digests(b)


def test_a_failed_build_leaves_the_previous_release_untouched(tmp_path):
    out = tmp_path / "dist"
    build([EN_SEED], out)
    before = digests(out)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe broken")
    r = subprocess.run(CLI + ["build", str(bad), "--out", str(out)], capture_output=True, text=True)
    assert r.returncode == 2
    assert str(bad) in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert digests(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".dist")]


def test_cli_query_csv_and_validate(release):
    r = subprocess.run(CLI + ["query", str(QUERIES / "members.rq"), "--data", str(release), "--format", "csv"],
                       capture_output=True, text=True, check=True)
    lines = r.stdout.splitlines()
    assert lines[0] == "code,partner,label"
    assert "AL,https://w3id.org/coalition-lod/partner/al,Albania" in lines
    r = subprocess.run(CLI + ["validate", str(release)], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_validate_exit_codes(tmp_path, release):
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix clod: <https://w3id.org/coalition-lod/ontology#> .\n"
                      "<https://w3id.org/coalition-lod/partner/x> a clod:State .\n", encoding="utf-8")
    r = subprocess.run(CLI + ["validate", str(broken)], capture_output=True, text=True)
    assert r.returncode == 1
    malformed = tmp_path / "malformed.ttl"
    malformed.write_text("<a> <b> .\n", encoding="utf-8")
    r = subprocess.run(CLI + ["validate", str(malformed)], capture_output=True, text=True)
    assert r.returncode == 2 and str(malformed) in r.stderr and "Traceback" not in r.stderr


def test_malformed_query_is_one_clear_line(release):
    r = subprocess.run(CLI + ["query", "SELECT ?x WHERE { ?x", "--data", str(release)], capture_output=True, text=True)
    assert r.returncode == 2 and "malformed SPARQL" in r.stderr and "Traceback" not in r.stderr


# --- the archivist's release ----------------------------------------------------

RDF_FORMATS = {".ttl": ("turtle", ox.RdfFormat.TURTLE), ".nt": ("nt", ox.RdfFormat.N_TRIPLES),
               ".jsonld": ("json-ld", ox.RdfFormat.JSON_LD), ".trig": ("trig", ox.RdfFormat.TRIG)}


def test_every_rdf_file_parses_in_two_parsers_with_equal_counts(release):
    files = [p for p in sorted(release.rglob("*")) if p.suffix in RDF_FORMATS and p.name != "context.jsonld"]
    assert len(files) > 100  # dataset, ontology, shapes, reports, description, one Turtle and one JSON-LD per entity
    for p in files:
        rdflib_fmt, ox_fmt = RDF_FORMATS[p.suffix]
        data = p.read_bytes()
        ours = len(list(ox.parse(data, format=ox_fmt, base_iri=p.as_uri())))
        if p.suffix == ".trig":
            ds = rdflib.Dataset()
            ds.parse(data=data, format="trig", publicID=p.as_uri())
            theirs = sum(1 for _ in ds.quads((None, None, None, None)))
        else:
            theirs = len(rdflib.Graph().parse(data=data, format=rdflib_fmt, publicID=p.as_uri()))
        assert ours == theirs and ours > 0, p.relative_to(release)


def test_trig_graphs_partition_the_dataset(release):
    quads = list(ox.parse((release / "dataset.trig").read_bytes(), format=ox.RdfFormat.TRIG))
    nt = set(ox.parse((release / "dataset.nt").read_bytes(), format=ox.RdfFormat.N_TRIPLES))
    assert len(quads) == len(nt) == len({q.triple for q in quads})  # each triple in exactly one graph
    assert {q.triple for q in quads} == {ox.Triple(t.subject, t.predicate, t.object) for t in nt}
    graphs = {q.graph_name.value for q in quads}
    docs = {t.subject.value for t in nt if t.object == ox.NamedNode(CLOD + "Document")}
    assert {BASE + "graph/vocabulary", BASE + "graph/provenance"} <= graphs
    assert {d.replace("/document/", "/graph/document/") for d in docs} == {g for g in graphs if "/graph/document/" in g}
    for q in quads:  # a document's own description lives in its graph
        if q.predicate.value == DCT + "source":
            assert q.graph_name.value == q.subject.value.replace("/document/", "/graph/document/")


def test_sha256sums_verify_and_the_description_tells_sizes_and_types(release):
    r = subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=release, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    listed = {line.split("  ", 1)[1] for line in (release / "SHA256SUMS").read_text().splitlines()}
    assert listed == {p.relative_to(release).as_posix() for p in release.rglob("*") if p.is_file()} - {"SHA256SUMS"}
    store = ox.Store()
    store.load(path=str(release / "void.ttl"), format=ox.RdfFormat.TURTLE)
    rows = list(store.query("""PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?name ?media ?size WHERE { ?d a dcat:Dataset ; dcat:distribution ?x .
        ?x dcterms:identifier ?name ; dcat:mediaType ?media ; dcat:byteSize ?size }"""))
    assert {r["name"].value for r in rows} == {"dataset.ttl", "dataset.nt", "dataset.jsonld", "dataset.trig"}
    for r in rows:
        assert int(r["size"].value) == (release / r["name"].value).stat().st_size
        assert r["media"].value.startswith("https://www.iana.org/assignments/media-types/")
    ask = """PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX void: <http://rdfs.org/ns/void#>
        ASK { ?d dcterms:title ?t ; dcterms:license ?l ; dcterms:publisher ?p ; dcterms:issued ?i ;
              void:triples ?n ; void:exampleResource ?e ; void:sparqlEndpoint ?s }"""
    assert bool(store.query(ask))
    n = next(iter(store.query("SELECT ?n WHERE { ?d <http://rdfs.org/ns/void#triples> ?n ; a <http://www.w3.org/ns/dcat#Dataset> }")))
    assert int(n["n"].value) == sum(1 for _ in ox.parse((release / "dataset.nt").read_bytes(), format=ox.RdfFormat.N_TRIPLES))


def test_the_release_is_described_from_its_configuration_not_the_clock(tmp_path):
    cfg = tmp_path / "release.yaml"
    text = (data_path() / "release.yaml").read_text(encoding="utf-8")
    text = text.replace("issued: ", "issued: 2031-02-03\n# was: ").replace("base: https://w3id.org/coalition-lod/",
                                                                            "base: https://data.example.org/clod/")
    cfg.write_text(text, encoding="utf-8")
    out = tmp_path / "dist"
    build([EN_SEED], out, config=cfg)
    void = (out / "void.ttl").read_text(encoding="utf-8")
    assert '"2031-02-03"^^xsd:date' in void
    nt = (out / "dataset.nt").read_text(encoding="utf-8")
    assert "<https://data.example.org/clod/partner/al>" in nt and "<https://w3id.org/coalition-lod/partner/" not in nt
    assert "<https://w3id.org/coalition-lod/ontology#State>" in nt  # the vocabulary keeps its IRIs
    t = run_on_release(out, (QUERIES / "members.rq").read_text(encoding="utf-8"), "members")
    assert ["AL", "https://data.example.org/clod/partner/al", "Albania"] in t.rows
    assert (out / "partner" / "al.html").exists()
    assert "RewriteRule" in (out / "w3id.htaccess").read_text(encoding="utf-8")


def test_a_bad_configuration_is_one_line_naming_file_and_line(tmp_path):
    cfg = tmp_path / "release.yaml"
    cfg.write_text((data_path() / "release.yaml").read_text(encoding="utf-8").replace("issued: 20", "issued: next-"),
                   encoding="utf-8")
    out = tmp_path / "dist"
    r = subprocess.run(CLI + ["build", str(EN_SEED), "--out", str(out), "--config", str(cfg)], capture_output=True, text=True)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and f"{cfg}:" in r.stderr and "issued" in r.stderr
    assert not out.exists()


def test_pages_show_labels_evidence_and_links(release):
    page = (release / "partner" / "jo.html").read_text(encoding="utf-8")
    assert 'lang="ar" dir="rtl"' in page and "<mark>" in page
    assert 'href="jo.ttl"' in page and 'href="jo.jsonld"' in page and 'href="../mission/cjtf-oir.html"' in page
    onto = (release / "ontology.html").read_text(encoding="utf-8")
    assert 'id="MissionContribution"' in onto and 'id="concept-line-of-effort-military"' in onto
