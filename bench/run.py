"""The benchmark: the build at 1,000 and 10,000 synthetic profiles against a naive baseline,
with pages (the default), on a corpus naming every partner a few times and on one with
many documents per partner.

    python -m bench.run [--sizes 1000,10000] [--baseline 100] [--workers 2]

Each build runs in its own process, so its peak RSS (the largest of the process and
its workers) is its own. The naive baseline is the straightforward pipeline: the same
ingest, extraction, reconciliation and mapping, one process, an rdflib graph, rdflib's
serialisers and pyshacl over the whole graph; it is run on a subset of the profiles
and extrapolated linearly to the larger sizes, which the table says.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Stages of the table: (label, keys of the timings that make it up).
STAGES = [
    ("ingest (cpu, summed over workers)", ["ingest (cpu)"]),
    ("extract (cpu, summed over workers)", ["extract (cpu)"]),
    ("ingest+extract (wall)", ["ingest+extract"]),
    ("reconcile", ["reconcile"]),
    ("map", ["map"]),
    ("validate", ["validate"]),
    ("serialise N-Quads", ["write N-Quads"]),
    ("serialise N-Triples + Turtle (cpu)", ["write nt+ttl (cpu)"]),
    ("serialise TriG (cpu)", ["write trig (cpu)"]),
    ("serialise JSON-LD (cpu)", ["write jsonld (cpu)"]),
    ("validate + serialise (wall, in parallel)", ["validate and write formats (wall)"]),
    ("pages and the other files", ["write the rest", "pages"]),
    ("describe + checksums", ["describe+checksums"]),
]
BASELINE_STAGES = [
    ("ingest (cpu, summed over workers)", ["ingest"]),
    ("extract (cpu, summed over workers)", ["extract"]),
    ("ingest+extract (wall)", ["ingest", "extract"]),
    ("reconcile", ["reconcile"]),
    ("map", ["map"]),
    ("validate", ["validate"]),
    ("serialise N-Triples + Turtle (cpu)", ["nt", "ttl"]),
    ("serialise TriG (cpu)", ["trig"]),
    ("serialise JSON-LD (cpu)", ["jsonld"]),
]


# --- one measured run, in a child process -------------------------------------------

def run_fast(corpus: Path, out: Path, workers: int, cache: Path) -> dict:
    from coalition_lod.publish import build

    t0 = time.perf_counter()
    r = build([corpus], out, workers=workers, cache_dir=cache)  # the options users get by default: pages on, the cache
    wall = time.perf_counter() - t0
    sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.name.startswith("dataset.")}
    files = [p for p in out.rglob("*") if p.is_file()]
    return {"wall": wall, "triples": r.triples, "documents": r.documents, "stages": r.timings.stages, "sizes": sizes,
            "extracted": r.extracted,
            "release_bytes": sum(p.stat().st_size for p in files), "files": len(files),
            "largest_page": max((p.stat().st_size for p in files if p.suffix == ".html"), default=0)}


def run_naive(corpus: Path, limit: int) -> dict:
    """The straightforward pipeline over the first ``limit`` profiles."""
    import pyoxigraph as ox
    import rdflib
    from pyshacl import validate as shacl

    from coalition_lod.convert import ontology_quads as _ontology_quads
    from coalition_lod.extract import extract
    from coalition_lod.ingest import collect, detect_language, read_document
    from coalition_lod.rdf import to_quads
    from coalition_lod.reconcile import reconcile
    from coalition_lod.resources import shapes_path
    from coalition_lod.vocab import vocabulary

    vocab = vocabulary()  # one-off loads are not the pipeline's per-profile cost: warm them up
    for lang in ("en", "fr", "ar"):
        vocab.lexicon(lang)
    detect_language("warm up the language model")
    stages: dict[str, float] = {}
    t = time.perf_counter()
    files = collect([corpus])[:limit]
    docs = [read_document(f, r) for f, r in files]
    stages["ingest"] = time.perf_counter() - t
    t = time.perf_counter()
    extractions = [extract(d) for d in docs]
    stages["extract"] = time.perf_counter() - t
    t = time.perf_counter()
    k = reconcile(extractions)
    stages["reconcile"] = time.perf_counter() - t
    t = time.perf_counter()
    ds = rdflib.Dataset()
    for q in [*to_quads(k), *_ontology_quads()]:
        g = ds.graph(rdflib.URIRef(q.graph_name.value)) if isinstance(q.graph_name, ox.NamedNode) else ds.default_graph
        g.add(tuple(_rdflib(x) for x in (q.subject, q.predicate, q.object)))
    union = rdflib.Graph()
    for s, p, o, _g in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    stages["map"] = time.perf_counter() - t
    t = time.perf_counter()
    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    conforms, _r, _text = shacl(union, shacl_graph=shapes, allow_warnings=True, advanced=True, inference="none")
    stages["validate"] = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        for name, fmt, graph in (("ttl", "turtle", union), ("nt", "nt", union), ("jsonld", "json-ld", union), ("trig", "trig", ds)):
            t = time.perf_counter()
            graph.serialize(destination=str(Path(tmp) / f"dataset.{name}"), format=fmt, encoding="utf-8")
            stages[name] = time.perf_counter() - t
    return {"wall": sum(stages.values()), "triples": len(union), "documents": len(docs), "stages": stages,
            "conforms": bool(conforms)}


def _rdflib(term):
    import pyoxigraph as ox
    import rdflib

    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def child_main(args: list[str]) -> None:
    kind, corpus = args[0], Path(args[1])
    result = run_fast(corpus, Path(args[2]), int(args[3]), Path(args[4])) if kind == "fast" else run_naive(corpus, int(args[2]))
    print(json.dumps(result))


def measure(args: list[str]) -> dict:
    """Run a child, return its JSON with its peak RSS (the child and its workers)."""
    proc = subprocess.Popen([sys.executable, "-m", "bench.run", "--child", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _pid, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"bench: {' '.join(args[:1])} run failed (status {status})")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mb"] = usage.ru_maxrss / 1024
    return result


# --- the table -----------------------------------------------------------------------

def _sum(stages: dict[str, float], keys: list[str]) -> float | None:
    vals = [stages[k] for k in keys if k in stages]
    return sum(vals) if vals else None


def table(runs: dict[int, dict], naive: dict, sizes: list[int]) -> str:
    n0 = naive["documents"]
    lines = []
    head = ["stage"] + [f"{n:,} profiles: s · profiles/s · triples/s" for n in sizes] + \
        [f"naive at {sizes[-1]:,} (extrapolated from {n0}): s", "speed-up"]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "---|" * len(head))
    naive_by_label = {label: _sum(naive["stages"], keys) for label, keys in BASELINE_STAGES}
    scale = sizes[-1] / n0
    for label, keys in STAGES:
        row = [label]
        for n in sizes:
            r = runs[n]
            s = _sum(r["stages"], keys)
            row.append("—" if s is None else f"{s:.2f} · {n / s:,.0f} · {r['triples'] / s:,.0f}" if s > 0 else "0")
        nv = naive_by_label.get(label)
        fast = _sum(runs[sizes[-1]]["stages"], keys)
        row.append("—" if nv is None else f"{nv * scale:.1f}")
        row.append("—" if nv is None or not fast else f"{nv * scale / fast:.0f}×")
        lines.append("| " + " | ".join(row) + " |")
    wall = ["**end to end (wall)**"] + [f"**{runs[n]['wall']:.1f}** · {n / runs[n]['wall']:,.0f} · "
                                       f"{runs[n]['triples'] / runs[n]['wall']:,.0f}" for n in sizes]
    naive_wall = naive["wall"] * scale
    wall += [f"**{naive_wall:,.0f}**", f"**{naive_wall / runs[sizes[-1]]['wall']:.0f}×**"]
    lines.append("| " + " | ".join(wall) + " |")
    lines.append("| peak RSS (MB) | " + " | ".join(f"{runs[n]['peak_rss_mb']:,.0f}" for n in sizes)
                 + f" | {naive['peak_rss_mb']:,.0f} (at {n0}) | |")
    lines.append("| triples | " + " | ".join(f"{runs[n]['triples']:,}" for n in sizes) + f" | {naive['triples']:,} (at {n0}) | |")
    lines.append("| rebuild after one changed document (wall), documents extracted | " + " | ".join(
        f"{runs[n]['rebuild']['wall']:.1f} s, {runs[n]['rebuild']['extracted']}" for n in sizes) + " | | |")
    lines.append("| release (MB), files | " + " | ".join(
        f"{runs[n]['release_bytes'] / 1e6:,.0f} MB, {runs[n]['files']:,} files" for n in sizes) + " | (no pages) | |")
    lines.append("| release / dataset.nt, largest page | " + " | ".join(
        f"{runs[n]['release_bytes'] / runs[n]['sizes']['dataset.nt']:.2f}×, {runs[n]['largest_page'] / 1e3:,.0f} kB" for n in sizes)
        + " | | |")
    return "\n".join(lines)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child_main(sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--baseline", type=int, default=200, help="profiles the naive pipeline runs on")
    ap.add_argument("--workers", type=int, default=len(os.sched_getaffinity(0)))
    ap.add_argument("--keep", type=Path, default=None, help="keep the corpora and releases in this folder")
    ap.add_argument("--few-partners", type=int, default=10,
                    help="the second corpus writes about this many partners only (many documents each: versions, "
                         "translations), 0 for none")
    a = ap.parse_args()
    sizes = [int(x) for x in a.sizes.split(",")]
    from bench.generate import Generator

    work = a.keep or Path(tempfile.mkdtemp(prefix="clod-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    from bench.generate import Generator as _G

    every = len(_G().partners)
    corpora = [(f"every partner ({every}), " + " and ".join(f"{n // every:,}" for n in sizes) + " documents each", "", None)]
    if a.few_partners:
        corpora.append((f"{a.few_partners} partners only, " + " and ".join(f"{n // a.few_partners:,}" for n in sizes)
                        + " documents each (versions, translations)", "-many", a.few_partners))
    all_runs: list[tuple[str, dict[int, dict]]] = []
    corpus_for_naive = None
    for title, tag, few in corpora:
        runs: dict[int, dict] = {}
        for n in sizes:
            gen = Generator(partners=few)
            corpus = work / f"corpus-{n}{tag}"
            if not corpus.exists():
                t = time.perf_counter()
                gen.write(corpus, n)
                print(f"generated {n:,} profiles ({title}) in {time.perf_counter() - t:.1f} s", file=sys.stderr)
            corpus_for_naive = corpus_for_naive or corpus
            print(f"building {n:,} profiles ({title}) with {a.workers} workers ...", file=sys.stderr)
            import shutil

            cache = work / f"cache-{n}{tag}"
            shutil.rmtree(cache, ignore_errors=True)  # a cold build: every document extracted
            release = str(work / f"release-{n}{tag}")
            runs[n] = measure(["fast", str(corpus), release, str(a.workers), str(cache)])
            print(f"  {runs[n]['wall']:.1f} s, {runs[n]['triples']:,} triples, peak RSS {runs[n]['peak_rss_mb']:,.0f} MB, "
                  f"release {runs[n]['release_bytes'] / 1e6:,.0f} MB", file=sys.stderr)
            changed = sorted(corpus.iterdir())[n // 2]  # one document edited, then the same build again
            original = changed.read_bytes()
            changed.write_bytes(original.replace(b".", b". ", 1))
            try:
                runs[n]["rebuild"] = measure(["fast", str(corpus), release, str(a.workers), str(cache)])
            finally:
                changed.write_bytes(original)
            print(f"  rebuild after one change: {runs[n]['rebuild']['wall']:.1f} s, "
                  f"{runs[n]['rebuild']['extracted']} extracted", file=sys.stderr)
            if a.keep is None:
                import shutil

                shutil.rmtree(work / f"release-{n}{tag}", ignore_errors=True)
        all_runs.append((title, runs))
    print(f"naive baseline on {a.baseline} profiles ...", file=sys.stderr)
    naive = measure(["naive", str(corpus_for_naive), str(a.baseline)])
    print(f"  {naive['wall']:.1f} s, {naive['triples']:,} triples", file=sys.stderr)
    print(f"\ncoalition-lod benchmark, {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{a.workers} workers; peak RSS of this process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB\n")
    for title, runs in all_runs:
        print(f"\n{title}, with pages (the default):\n")
        print(table(runs, naive, sizes))
        if len(sizes) > 1:
            small, big = sizes[0], sizes[-1]
            growth = (runs[big]["wall"] / runs[small]["wall"]) / (big / small)
            print(f"\ngrowth from {small:,} to {big:,}: time × {runs[big]['wall'] / runs[small]['wall']:.1f} for profiles × "
                  f"{big / small:.0f} ({growth:.2f} of linear)")
    print("\n" + targets(all_runs[0][1], naive, sizes))
    if not a.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


def targets(runs: dict[int, dict], naive: dict, sizes: list[int]) -> str:
    """The targets at the largest size, with pages, each met or not."""
    big, small = sizes[-1], sizes[0]
    r = runs[big]
    speedup = naive["wall"] * big / naive["documents"] / r["wall"]
    growth = (r["wall"] / runs[small]["wall"]) / (big / small) if big != small else 1.0
    rows = [(f"end to end ≤ 30 s at {big:,}", f"{r['wall']:.1f} s", r["wall"] <= 30),
            ("≥ 20× the naive pipeline", f"{speedup:.0f}×", speedup >= 20),
            ("peak RSS ≤ 1.5 GB", f"{r['peak_rss_mb'] / 1000:.2f} GB", r["peak_rss_mb"] <= 1500),
            (f"growth {small:,} → {big:,} within 10% of linear (or better)", f"{growth:.2f}", growth <= 1.1),
            ("a one-document rebuild ≤ 10 s", f"{r['rebuild']['wall']:.1f} s", r["rebuild"]["wall"] <= 10),
            ("release < 4× dataset.nt", f"{r['release_bytes'] / r['sizes']['dataset.nt']:.2f}×",
             r["release_bytes"] < 4 * r["sizes"]["dataset.nt"])]
    return "targets, with pages:\n" + "\n".join(f"- {name}: {value} — {'met' if ok else 'NOT met'}" for name, value, ok in rows)


if __name__ == "__main__":
    main()
