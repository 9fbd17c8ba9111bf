"""What a release says about itself: the provenance graph and the DCAT + VoID description.

Everything here comes from the configuration and the data, never from the clock, so
that the same input gives the same bytes. The description counts the triples,
entities and graphs, and lists each distribution with its media type, byte size and
checksum, which is why it is written last and kept out of the data it describes.
"""

from __future__ import annotations

import hashlib
import operator
import os
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from . import __version__
from .config import ReleaseConfig
from .model import Document, InputError
from .namespaces import BASE, DATASET, DCT, ONTOLOGY, PREFIXES, PROV, PROVENANCE_GRAPH, RDF, RDFS, SCHEMA, XSD, document_iri

N = ox.NamedNode
DCAT = PREFIXES["dcat"]
VOID = PREFIXES["void"]
SPDX = "http://spdx.org/rdf/terms#"
FOAF = "http://xmlns.com/foaf/0.1/"
OWL = PREFIXES["owl"]
IANA = "https://www.iana.org/assignments/media-types/"

# The dataset's files, in the order a reader meets them: name, title, media type.
DISTRIBUTIONS = (
    ("dataset.ttl", "Turtle", "text/turtle"),
    ("dataset.nt", "N-Triples", "application/n-triples"),
    ("dataset.jsonld", "JSON-LD", "application/ld+json"),
    ("dataset.trig", "TriG, one named graph per source document", "application/trig"),
)

BUILD = DATASET + "/build"
AGENT = BASE + "agent/coalition-lod"


def _lit(value: object, lang: str | None = None, dtype: str | None = None) -> ox.Literal:
    if lang:
        return ox.Literal(str(value), language=lang)
    return ox.Literal(str(value), datatype=N(dtype)) if dtype else ox.Literal(str(value))


def provenance(documents: Iterable[Document]) -> list[ox.Quad]:
    """The provenance graph: one build activity that used the source documents, the
    ontology and the shapes, run by this software at this version, generated the dataset.
    Under the default base; the release moves it with the rest."""
    g = N(PROVENANCE_GRAPH)
    out: list[ox.Quad] = []

    def q(s: str, p: str, o: ox.Literal | str) -> None:
        out.append(ox.Quad(N(s), N(p), N(o) if isinstance(o, str) else o, g))

    q(DATASET, RDF + "type", PROV + "Entity")
    q(DATASET, PROV + "wasGeneratedBy", BUILD)
    q(DATASET, PROV + "wasAttributedTo", AGENT)
    q(BUILD, RDF + "type", PROV + "Activity")
    q(BUILD, RDFS + "label", _lit("coalition-lod build: ingest, extract, reconcile, curate, map, validate", "en"))
    q(BUILD, PROV + "wasAssociatedWith", AGENT)
    q(BUILD, PROV + "used", ONTOLOGY)
    for doc in documents:
        q(BUILD, PROV + "used", document_iri(doc.id))
        q(document_iri(doc.id), RDF + "type", PROV + "Entity")
        q(document_iri(doc.id), SCHEMA + "sha256", _lit(hashlib.sha256(doc.text.encode("utf-8")).hexdigest()))
    q(AGENT, RDF + "type", PROV + "SoftwareAgent")
    q(AGENT, RDFS + "label", _lit("coalition-lod", "en"))
    q(AGENT, SCHEMA + "softwareVersion", _lit(__version__))
    return out


@dataclass
class Stats:
    """The counts VoID gives, taken in one pass over the release's quads (N-Triples text)."""

    triples: int
    subjects: int
    objects: int
    properties: int
    classes: dict[str, int]  # class IRI -> instances
    graphs: dict[str, int]  # graph IRI -> triples

    @classmethod
    def of(cls, lines: list[tuple[str, str, str, str]], subjects: int | None = None,
           typed: dict[str, list[str]] | None = None, graphs: Iterable[tuple[str, int, int]] | None = None,
           distinct_objects: int | None = None, distinct_properties: int | None = None,
           triples: int | None = None) -> Stats:
        """Counted by maps over the columns: a loop over 3 million quads in Python costs
        several times more. Where the caller has indexed the quads already (the
        validator), its index gives the rest: ``subjects``, how many; ``typed``, each
        class's instances, one per rdf:type row; ``graphs``, each graph's run of rows;
        and where it has counted them (``ahead``), the distinct objects and properties
        and the quads themselves (``lines`` then unread)."""
        def distinct(i: int) -> int:
            return len(set(map(operator.itemgetter(i), lines)))

        if typed is None:
            rdf_type = f"<{RDF}type>"
            counted: dict[str, int] = Counter(o for _g, _s, p, o in lines if p == rdf_type)
        else:
            counted = {c: len(instances) for c, instances in typed.items() if instances}
        in_graph = Counter(map(operator.itemgetter(0), lines)) if graphs is None else {g: b - a for g, a, b in graphs}
        strip = lambda t: t[1:-1]  # noqa: E731 - IRIs in N-Triples are <...>
        return cls(len(lines) if triples is None else triples, distinct(1) if subjects is None else subjects,
                   distinct(3) if distinct_objects is None else distinct_objects,
                   distinct(2) if distinct_properties is None else distinct_properties,
                   {strip(c): n for c, n in counted.items() if c.startswith("<")},
                   {strip(g): n for g, n in in_graph.items()})


def serialise(triples: list[ox.Triple]) -> bytes:
    data = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE, prefixes=DESCRIPTION_PREFIXES)
    return data if isinstance(data, bytes) else bytes(data or b"")


def changes_iri(base: str, previous: str) -> str:
    """The activity that made this release from ``previous`` (its changeset's subject)."""
    return f"{base}changes/{previous.rsplit('/', 1)[-1]}"


def description(cfg: ReleaseConfig, release: Path, stats: Stats, previous: str | None = None) -> list[ox.Triple]:
    """DCAT + VoID for the release in ``release``; its dataset files must be written already.
    ``previous``: the IRI of the release this one revises (``diff.release_iri``)."""
    base = cfg.base
    ds = base + "dataset"
    out: list[ox.Triple] = []

    def t(s: str, p: str, o: ox.Literal | str) -> None:
        out.append(ox.Triple(N(s), N(p), N(o) if isinstance(o, str) else o))

    def url(name: str) -> str:
        return cfg.download_url + name if cfg.download_url else ""

    t(ds, RDF + "type", DCAT + "Dataset")
    t(ds, RDF + "type", VOID + "Dataset")
    for lang, text in cfg.title.items():
        t(ds, DCT + "title", _lit(text, lang))
    for lang, text in cfg.description.items():
        t(ds, DCT + "description", _lit(text, lang))
    for kw in cfg.keywords:
        t(ds, DCAT + "keyword", _lit(kw, "en"))
    t(ds, DCT + "license", cfg.license)
    t(ds, DCAT + "version", _lit(cfg.version))
    t(ds, OWL + "versionInfo", _lit(cfg.version))
    t(ds, DCT + "issued", _lit(cfg.issued, dtype=XSD + "date"))
    for lang in ("en", "fr", "ar"):
        t(ds, DCT + "language", f"http://id.loc.gov/vocabulary/iso639-1/{lang}")
    pub = base + "publisher"
    t(ds, DCT + "publisher", pub)
    t(pub, RDF + "type", FOAF + "Organization")
    t(pub, FOAF + "name", _lit(cfg.publisher_name))
    if cfg.publisher_url:
        t(pub, FOAF + "homepage", cfg.publisher_url)
    t(ds, DCT + "conformsTo", ONTOLOGY)
    t(ds, PROV + "wasGeneratedBy", base + "dataset/build")
    if previous:
        t(ds, DCAT + "previousVersion", previous)
        t(ds, PROV + "wasRevisionOf", previous)
        t(previous, DCAT + "isVersionOf", ds)
        if (release / "changes.trig").is_file():
            t(ds, PROV + "wasInfluencedBy", changes_iri(base, previous))
    t(ds, VOID + "uriSpace", _lit(base))
    if cfg.sparql_endpoint:
        t(ds, VOID + "sparqlEndpoint", cfg.sparql_endpoint)
    for path in cfg.example_resources:
        t(ds, VOID + "exampleResource", base + path)
    if cfg.download_url:
        t(ds, DCAT + "landingPage", url("index.html"))

    t(ds, VOID + "triples", _lit(stats.triples, dtype=XSD + "integer"))
    t(ds, VOID + "distinctSubjects", _lit(stats.subjects, dtype=XSD + "integer"))
    t(ds, VOID + "distinctObjects", _lit(stats.objects, dtype=XSD + "integer"))
    t(ds, VOID + "properties", _lit(stats.properties, dtype=XSD + "integer"))
    vocabularies = sorted({PREFIXES[p] for p in ("skos", "prov", "dcterms", "schema", "oa", "owl", "rdfs")})
    for v in vocabularies:
        t(ds, VOID + "vocabulary", v)
    t(ds, VOID + "classes", _lit(len(stats.classes), dtype=XSD + "integer"))
    for cls, n in sorted(stats.classes.items()):
        part = f"{ds}/class/{hashlib.sha1(cls.encode()).hexdigest()[:12]}"
        t(ds, VOID + "classPartition", part)
        t(part, VOID + "class", cls)
        t(part, VOID + "entities", _lit(n, dtype=XSD + "integer"))
    for g, n in sorted(stats.graphs.items()):
        t(ds, VOID + "subset", g)
        t(g, RDF + "type", VOID + "Dataset")
        t(g, VOID + "triples", _lit(n, dtype=XSD + "integer"))

    dataset_sums(release)
    for name, title, media in DISTRIBUTIONS:
        path = release / name
        dist = f"{ds}/distribution/{name.replace('.', '-')}"
        t(ds, DCAT + "distribution", dist)
        t(dist, RDF + "type", DCAT + "Distribution")
        t(dist, DCT + "title", _lit(title, "en"))
        t(dist, DCT + "identifier", _lit(name))
        t(dist, DCAT + "mediaType", IANA + media)
        t(dist, DCAT + "byteSize", _lit(path.stat().st_size, dtype=XSD + "nonNegativeInteger"))
        t(dist, DCT + "license", cfg.license)
        if cfg.download_url:
            t(dist, DCAT + "downloadURL", url(name))
            t(ds, VOID + "dataDump", url(name))
        checksum = dist + "/sha256"
        t(dist, SPDX + "checksum", checksum)
        t(checksum, RDF + "type", SPDX + "Checksum")
        t(checksum, SPDX + "algorithm", SPDX + "checksumAlgorithm_sha256")
        t(checksum, SPDX + "checksumValue", _lit(file_sha256(path), dtype=XSD + "hexBinary"))
    return sorted(set(out), key=str)


def require_release(release: Path, files: tuple[str, ...] = ("dataset.nt", "void.ttl")) -> None:
    """One line if ``release`` is not a release folder (a diff, a bag, a previous version);
    ``files``: those it needs (a release being written has no void.ttl yet)."""
    missing = [name for name in files if not (release / name).is_file()]
    if missing:
        raise InputError(f"{release}: not a release (no {' or '.join(missing)})")


_ABOUT = {DCT + "title": "title", DCAT + "version": "version", DCT + "license": "license", DCT + "issued": "issued",
          DCT + "description": "description", VOID + "uriSpace": "base", FOAF + "name": "publisher",
          FOAF + "homepage": "homepage"}


def about(release: Path) -> dict[str, str]:
    """What a release says of itself in its ``void.ttl``, read back: title, description
    (English first), version, licence, issued date, base (``uriSpace``), publisher and its
    homepage, and the dataset's IRI."""
    require_release(release)
    void = release / "void.ttl"
    found: dict[str, str] = {}
    try:
        for t in ox.parse(path=str(void), format=ox.RdfFormat.TURTLE):
            s, p, o = t.subject.value, t.predicate.value, t.object
            key = _ABOUT.get(p)
            if key is None or not (s.endswith("/dataset") or p in (FOAF + "name", FOAF + "homepage")):
                continue
            if key not in found or getattr(o, "language", None) == "en":
                found[key] = o.value
            if key in ("title", "issued"):
                found.setdefault("dataset", s)
    except SyntaxError as e:
        raise InputError(f"{void}: not valid Turtle: {e}") from None
    return found


def dataset_sums(release: Path) -> None:
    """The dataset files' SHA-256, the release's largest files, hashed at once (kept for
    ``file_sha256``)."""
    _digests([release / name for name, _title, _media in DISTRIBUTIONS if (release / name).exists()])


def file_sha256(path: Path) -> str:
    """The file's SHA-256, computed once per version of the file: the description and
    SHA256SUMS both need the dataset files', which are the release's largest."""
    st = path.stat()
    key = (str(path), st.st_size, st.st_mtime_ns)
    return _KNOWN.get(key) or _sha256(*key)


_KNOWN: dict[tuple[str, int, int], str] = {}  # digests taken by whoever wrote the file (``known_sha256``)


def known_sha256(path: Path, digest: str) -> None:
    """The SHA-256 of a file just written, as its writer hashed it while writing: the
    dataset's files, hashed by the format writers, are not read back."""
    st = path.stat()
    if len(_KNOWN) > 64:
        _KNOWN.clear()
    _KNOWN[(str(path), st.st_size, st.st_mtime_ns)] = digest


@lru_cache(maxsize=64)
def _sha256(path: str, _size: int, _mtime_ns: int) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 22):
            h.update(block)
    return h.hexdigest()


def sha256sums(release: Path, known: dict[str, str] | None = None) -> str:
    """``sha256sum -c`` format over every file of the release but the list itself.
    ``known``: the digests of files already known (pages linked unchanged from the
    previous release, which its SHA256SUMS lists), by their path in the release."""
    names = sorted(name for name in _file_names(release) if name != "SHA256SUMS")
    known = known or {}
    todo = [name for name in names if name not in known]
    digests = dict(zip(todo, _digests([release / name for name in todo]), strict=True))
    return "".join(f"{known.get(name) or digests[name]}  {name}\n" for name in names)


def _file_names(release: Path) -> list[str]:
    """Every file's path in the release, with "/" (a walk of strings: a release with pages
    has tens of thousands of files, and a Path per file cost a second; and of directory
    entries, whose type the directory gives, where a stat per file cost a tenth)."""
    out: list[str] = []
    todo = [(str(release), "")]
    while todo:
        folder, prefix = todo.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):  # as os.walk: a link to a folder is not walked
                    todo.append((entry.path, prefix + entry.name + "/"))
                elif entry.is_file():
                    out.append(prefix + entry.name)
    return out


def _digests(files: list[Path]) -> list[str]:
    """The files' SHA-256 on a thread a core: hashlib lets go of the interpreter while it
    hashes, and a release with pages has tens of thousands of files."""
    threads = min(4, os.cpu_count() or 1, len(files))
    if threads <= 1:
        return [file_sha256(p) for p in files]
    with ThreadPoolExecutor(threads) as pool:
        parts = list(pool.map(lambda k: [file_sha256(p) for p in files[k::threads]], range(threads)))
    out = [""] * len(files)
    for k, part in enumerate(parts):
        out[k::threads] = part
    return out


DESCRIPTION_PREFIXES = {"dcat": DCAT, "void": VOID, "dcterms": DCT, "xsd": XSD, "prov": PROV, "spdx": SPDX,
                        "foaf": FOAF, "owl": OWL, "rdf": RDF}
