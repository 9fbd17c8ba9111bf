"""Publish: run the pipeline and write a release folder, whole or not at all.

The release is written into a temporary folder beside the target and renamed into
place only once it validates, so a failed or interrupted build leaves the previous
release untouched; leftovers of an interrupted build are removed by the next one.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from . import config, curate, describe, pages
from .config import ReleaseConfig
from .extract import extract
from .ingest import ingest
from .model import Extraction
from .namespaces import PREFIXES, VOCABULARY_GRAPH
from .rdf import parse_file, rebase, serialize, serialize_quads, to_quads
from .reconcile import Knowledge, reconcile
from .validate import Report, ontology_path, shapes_path, validate_triples
from .validate import summary as validation_summary


class BuildFailed(Exception):
    def __init__(self, report: Report) -> None:
        super().__init__(f"the dataset does not conform to the shapes ({report.violations} violations)")
        self.report = report


@dataclass
class BuildResult:
    out: Path
    documents: int
    facts: int
    triples: int
    report: Report
    knowledge: Knowledge
    summary: str


def jsonld_context() -> dict:
    return {"@context": dict(sorted(PREFIXES.items()))}


def to_jsonld(triples: Iterable[ox.Triple]) -> bytes:
    """Compact JSON-LD with the release's prefixes as context, keys and nodes sorted."""
    import rdflib

    g = rdflib.Graph()
    g.parse(data=serialize(triples, ox.RdfFormat.N_TRIPLES), format="nt")
    doc = json.loads(g.serialize(format="json-ld", context=jsonld_context()["@context"], auto_compact=True))
    if isinstance(doc, dict) and isinstance(doc.get("@graph"), list):
        doc["@graph"].sort(key=lambda n: str(n.get("@id", "")))
        for node in doc["@graph"]:
            for v in node.values():
                if isinstance(v, list):
                    v.sort(key=lambda x: json.dumps(x, sort_keys=True, ensure_ascii=False))
    return (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def summarise(k: Knowledge, extractions: list[Extraction], report: Report) -> str:
    kinds = Counter(f.kind for f in k.facts.values())
    lines = [f"documents: {len(k.documents)}"]
    for ex in extractions:
        lines.append(f"  {ex.doc.source} ({ex.doc.lang}): partner {ex.partner or '(none found)'}, {len(ex.facts)} facts")
    lines.append("facts: " + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())))
    lines.append(f"validation: {'conforms' if report.conforms else 'does not conform'}"
                 f" ({report.violations} violations, {report.warnings} warnings)")
    if k.curation:
        lines.append("curation:")
        lines += [f"  {c}" for c in k.curation]
    if k.disagreements:
        lines.append("disagreements between documents:")
        lines += [f"  {d}" for d in k.disagreements]
    return "\n".join(lines) + "\n"


def _clean_leftovers(out: Path) -> None:
    for p in out.parent.glob(f".{out.name}.tmp-*"):
        shutil.rmtree(p, ignore_errors=True)
    for p in out.parent.glob(f".{out.name}.old-*"):
        shutil.rmtree(p, ignore_errors=True)


def _swap_into_place(tmp: Path, out: Path) -> None:
    if out.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
        old.rmdir()
        out.rename(old)
        tmp.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    else:
        tmp.rename(out)


def build(inputs: Iterable[Path], out: Path, progress: Callable[[str], None] | None = None,
          curation: Path | None = None, config: Path | None = None) -> BuildResult:
    say = progress or (lambda _msg: None)
    cfg = release_config(config)  # a bad configuration fails before any work
    extractions, k, quads = convert_quads(inputs, curation)
    quads = rebase(one_graph_per_triple([*quads, *describe.provenance(k.documents)]), cfg.base)
    triples = [q.triple for q in quads]
    say(f"mapped {len(k.documents)} documents, {len(k.facts)} facts to {len(triples)} triples")
    report = validate_triples(triples)
    say(f"validated: {'conforms' if report.conforms else 'does not conform'}")
    if not report.conforms:
        raise BuildFailed(report)
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    _clean_leftovers(out)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        summary = summarise(k, extractions, report)
        write_release(tmp, cfg, quads, triples, report, summary, say)
        _swap_into_place(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    say(f"wrote {out}")
    return BuildResult(out, len(k.documents), len(k.facts), len(triples), report, k, summary)


def one_graph_per_triple(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Each triple once, in the first graph that states it (by graph name): a store
    querying the union of the graphs then sees each statement once."""
    first: dict[ox.Triple, ox.Quad] = {}
    for q in sorted(quads, key=lambda q: (str(q.graph_name), str(q))):
        first.setdefault(q.triple, q)
    return sorted(first.values(), key=str)


def release_config(path: Path | None) -> ReleaseConfig:
    if path is None:
        path = config.default_path()
        if not path.exists():
            return ReleaseConfig()
    return config.load(path)


def write_release(tmp: Path, cfg: ReleaseConfig, quads: list[ox.Quad], triples: list[ox.Triple], report: Report,
                  summary: str, say: Callable[[str], None]) -> None:
    """Every file of the release into ``tmp``; the description and checksums last, as
    they describe the rest."""
    prefixes = dict(PREFIXES)
    (tmp / "dataset.ttl").write_bytes(serialize(triples, ox.RdfFormat.TURTLE, prefixes))
    (tmp / "dataset.nt").write_bytes(serialize(triples, ox.RdfFormat.N_TRIPLES))
    (tmp / "dataset.trig").write_bytes(serialize_quads(quads, ox.RdfFormat.TRIG, prefixes))
    (tmp / "dataset.jsonld").write_bytes(to_jsonld(triples))
    (tmp / "context.jsonld").write_text(json.dumps(jsonld_context(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    ontology = parse_file(ontology_path())
    shutil.copyfile(ontology_path(), tmp / "ontology.ttl")
    (tmp / "ontology.jsonld").write_bytes(to_jsonld(ontology))
    (tmp / "ontology.html").write_text(pages.render_ontology(ontology, cfg), encoding="utf-8")
    shutil.copyfile(shapes_path(), tmp / "shapes.ttl")
    (tmp / "validation-report.ttl").write_bytes(report.graph_ttl)
    (tmp / "validation-report.txt").write_text(validation_summary(report), encoding="utf-8")
    (tmp / "build-report.txt").write_text(summary, encoding="utf-8")
    site = pages.Site(triples, cfg)
    written = site.write(tmp, to_jsonld)
    say(f"wrote {len(written)} entity pages")
    (tmp / "index.html").write_text(site.render_index({"triples": len(triples)}), encoding="utf-8")
    pages.write_static(tmp)
    (tmp / "w3id.htaccess").write_text(pages.redirect_rules(cfg, {w.split("/", 1)[0] for w in written}), encoding="utf-8")
    (tmp / "void.ttl").write_bytes(serialize(describe.description(cfg, tmp, quads), ox.RdfFormat.TURTLE,
                                             describe.DESCRIPTION_PREFIXES))
    (tmp / "SHA256SUMS").write_text(describe.sha256sums(tmp), encoding="utf-8")


def convert_quads(inputs: Iterable[Path], curation: Path | None = None) -> tuple[list[Extraction], Knowledge, list[ox.Quad]]:
    """Ingest, extract, reconcile, curate and map: the release's quads, one graph per
    document and the entities and ontology in the vocabulary graph."""
    cur = curate.load(curation) if curation else None  # a bad curation file fails before any work
    extractions = [extract(d) for d in ingest(inputs)]
    k = reconcile(extractions)
    if cur is not None:
        k.curation = [f"{curation}: {len(cur.entries)} entries"] + curate.apply(k, cur)
    vocabulary = ox.NamedNode(VOCABULARY_GRAPH)
    ontology = [ox.Quad(t.subject, t.predicate, t.object, vocabulary) for t in parse_file(ontology_path())]
    return extractions, k, one_graph_per_triple([*to_quads(k), *ontology])


def convert(inputs: Iterable[Path], curation: Path | None = None) -> tuple[list[Extraction], Knowledge, list[ox.Triple]]:
    """As :func:`convert_quads`, with the graphs merged: what the default graph holds."""
    extractions, k, quads = convert_quads(inputs, curation)
    return extractions, k, sorted({q.triple for q in quads}, key=str)
