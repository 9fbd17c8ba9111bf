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
    ("validate (cpu, in its own process)", ["validate"]),
    ("graph digests (once, for the format chunks, pages and checks kept)", ["graph digests"]),
    ("serialise N-Triples, Turtle, TriG (cpu, parsed once a chunk, summed)", ["formats: parsed once a chunk (cpu)"]),
    ("serialise JSON-LD (cpu, by chunks, summed)", ["formats: JSON-LD (cpu)"]),
    ("formats written, each file whole by one writer (wall, from their start, beside validation and pages)",
     ["formats written (wall, from the start of validation)"]),
    ("pages (wall; the index, drawing and keeping, the overview)", ["pages"]),
    ("the other files", ["write the rest"]),
    ("describe + checksums", ["describe+checksums"]),
]
BASELINE_STAGES = [
    ("ingest (cpu, summed over workers)", ["ingest"]),
    ("extract (cpu, summed over workers)", ["extract"]),
    ("ingest+extract (wall)", ["ingest", "extract"]),
    ("reconcile", ["reconcile"]),
    ("map", ["map"]),
    ("validate (cpu, in its own process)", ["validate"]),
    ("serialise N-Triples, Turtle, TriG (cpu, parsed once a chunk, summed)", ["nt", "ttl", "trig"]),
    ("serialise JSON-LD (cpu, by chunks, summed)", ["jsonld"]),
]


# --- one measured run, in a child process -------------------------------------------

def run_fast(corpus: Path, out: Path, workers: int, cache: Path, scheduler: str | None = None) -> dict:
    from coalition_lod.publish import build

    t0 = time.perf_counter()
    # the options users get by default: pages on, the cache; on a cluster, what --scheduler gives
    r = build([corpus], out, workers=workers, cache_dir=cache, scheduler=scheduler)
    wall = time.perf_counter() - t0
    cluster = {}
    if scheduler:
        from coalition_lod.cluster import CLUSTER_STATS

        cluster = dict(CLUSTER_STATS)
    sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.name.startswith("dataset.")}
    files = [p for p in out.rglob("*") if p.is_file()]
    return {"wall": wall, "triples": r.triples, "documents": r.documents, "stages": r.timings.stages, "sizes": sizes,
            "extracted": r.extracted, "pages_kept": r.pages_kept, "pages_drawn": r.pages_drawn, "checks": list(r.checks),
            "cluster": cluster,
            "sums": (out / "SHA256SUMS").read_text(),
            "input_bytes": sum(p.stat().st_size for p in corpus.rglob("*")),
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
    if kind == "naive":
        result = run_naive(corpus, int(args[2]))
    else:
        result = run_fast(corpus, Path(args[2]), int(args[3]), Path(args[4]), "local" if kind == "cluster" else None)
    print(json.dumps(result))


def measure(args: list[str]) -> dict:
    """Run a child, return its JSON with its peak RSS (the child and its workers). The data
    written before (the corpus, the run before and its release) is flushed to the disk first:
    each run pays for writing its own files, not for what the one before left in memory."""
    if hasattr(os, "sync"):
        os.sync()
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
    lines.append("| rebuild after one changed document (wall), documents extracted, pages drawn of all, groups of focus"
                 " nodes validated of all | " + " | ".join(
        f"{runs[n]['rebuild']['wall']:.1f} s, {runs[n]['rebuild']['extracted']}, "
        f"{runs[n]['rebuild'].get('pages_drawn', 0):,} of {runs[n]['rebuild'].get('pages_drawn', 0) + runs[n]['rebuild'].get('pages_kept', 0):,}, "
        f"{runs[n]['rebuild'].get('checks', [0, 0])[0]:,} of {sum(runs[n]['rebuild'].get('checks', [0, 0])):,}"
        for n in sizes) + " | | |")
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
    ap.add_argument("--no-cluster", dest="cluster", action="store_false",
                    help="leave out the build on a Dask LocalCluster (needs coalition-lod[dask])")
    a = ap.parse_args()
    cluster_run: dict = {}
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
        if not tag and a.cluster:  # the same corpus at the largest size on a 2-worker LocalCluster
            import shutil

            n = sizes[-1]
            cache = work / f"cache-{n}-cluster"
            shutil.rmtree(cache, ignore_errors=True)
            print(f"building {n:,} profiles ({title}) on a LocalCluster of {a.workers} workers ...", file=sys.stderr)
            cluster_run = measure(["cluster", str(work / f"corpus-{n}"), str(work / f"release-{n}-cluster"), str(a.workers),
                                   str(cache)])
            print(f"  {cluster_run['wall']:.1f} s, peak RSS {cluster_run['peak_rss_mb']:,.0f} MB", file=sys.stderr)
            shutil.rmtree(work / f"release-{n}-cluster", ignore_errors=True)
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
    if cluster_run:
        print(f"\n{sizes[-1]:,} profiles ({all_runs[0][0]}), local and on a Dask LocalCluster of {a.workers} workers:\n")
        print(cluster_table(all_runs[0][1][sizes[-1]], cluster_run, a.workers))
        print(f"\ncost model (measured at {sizes[-1]:,}; the rest projected from it):\n")
        print(projection(cluster_run, sizes[-1]))
    print("\n" + targets(all_runs[0][1], naive, sizes))
    if not a.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


def cluster_table(local: dict, cluster: dict, workers: int) -> str:
    """The local build next to the cluster's, stage by stage."""
    c = cluster["cluster"]
    rows = [("end to end (wall)", f"{local['wall']:.1f} s", f"{cluster['wall']:.1f} s")]
    for label, keys in (("ingest+extract (wall)", ["ingest+extract"]), ("reconcile", ["reconcile"]),
                        ("map", ["map"]), ("curate", ["curate"]),
                        ("validate", ["validate"]), ("map+validate on the workers", ["map+validate"]),
                        ("merge the parts", ["merge"]),
                        ("formats written (wall)", ["formats written (wall, from the start of validation)"]),
                        ("pages and the other files", ["write the rest", "pages"])):
        a, b = _sum(local["stages"], keys), _sum(cluster["stages"], keys)
        if a is None and b is None:
            continue
        rows.append((label, "—" if a is None else f"{a:.1f} s", "—" if b is None else f"{b:.1f} s"))
    rows += [("peak RSS of the process running build", f"{local['peak_rss_mb']:,.0f} MB", f"{cluster['peak_rss_mb']:,.0f} MB"),
             ("peak RSS of a worker", "—", f"{c.get('worker peak RSS (max)', 0) / 1e6:,.0f} MB"),
             ("partitions · reconciliation buckets · tree depth", "—",
              f"{c.get('partitions')} · {c.get('buckets')} · {c.get('tree depth')}"),
             ("slowest partition (ingest+extract) · slowest bucket (map+validate)", "—",
              f"{c.get('partition seconds (max)', 0):.1f} s · {c.get('bucket seconds (max)', 0):.1f} s"),
             ("release (MB)", f"{local['release_bytes'] / 1e6:,.0f}", f"{cluster['release_bytes'] / 1e6:,.0f}"),
             ("the same release, byte for byte (SHA256SUMS)", "", "yes" if local["sums"] == cluster["sums"] else "NO")]
    out = [f"| | local, {workers} processes | LocalCluster, {workers} workers |", "|---|---|---|"]
    return "\n".join(out + [f"| {a} | {b} | {c_} |" for a, b, c_ in rows])


def projection(cluster: dict, n0: int, worker_gb: float = 4.0) -> str:
    """What 1M and 10M documents would take, from the measured run: work per byte of
    input, memory per byte a worker holds (its partitions' extractions stay on it until
    the quads are made), output per document; the workers needed to hold the corpus at
    ``worker_gb`` each. The machine that runs ``build`` merges the parts and writes the
    formats and pages: its memory and time grow with the release (the last rows)."""
    import math

    from coalition_lod.cluster import FAN_IN, MAX_PART

    c = cluster["cluster"]
    per_doc_in = cluster["input_bytes"] / n0
    cpu_per_byte = cluster["stages"].get("extract (cpu)", 0.0) / cluster["input_bytes"]
    part_bytes0 = cluster["input_bytes"] / c["partitions"]
    base, peak = c.get("worker RSS at start", 0), c.get("worker peak RSS (max)", 0)
    held_per_byte = (peak - base) / (cluster["input_bytes"] / c["workers"])  # bytes of worker memory per byte of input

    def cols(f) -> tuple[str, str, str]:
        return tuple(f(n) for n in (n0, 1_000_000, 10_000_000))  # type: ignore[return-value]

    def parts(n: int) -> int:
        return c["partitions"] if n == n0 else math.ceil(per_doc_in * n / MAX_PART)

    def workers(n: int) -> int:
        return c["workers"] if n == n0 else math.ceil(held_per_byte * per_doc_in * n / (worker_gb * 1e9 - base))

    rows = [("documents", f"{n0:,} (measured)", "1,000,000 (projected)", "10,000,000 (projected)"),
            ("input", *cols(lambda n: f"{per_doc_in * n / 1e9:,.2f} GB")),
            (f"partitions ({MAX_PART >> 20} MB of input at most)", *cols(lambda n: f"{parts(n):,}")),
            ("ingest+extract of one partition (1 core)", *cols(
                lambda n: f"{cpu_per_byte * (part_bytes0 if n == n0 else MAX_PART):,.1f} s")),
            ("ingest+extract, all partitions", *cols(lambda n: f"{cpu_per_byte * per_doc_in * n / 3600:,.2f} core-hours")),
            ("reduction tree depth (fan-in 8)", *cols(
                lambda n: f"{c['tree depth'] if n == n0 else max(1, math.ceil(math.log(parts(n), FAN_IN)))}")),
            ("worker memory per MB of input it holds", *cols(lambda n: f"{held_per_byte:,.0f} MB")),
            (f"workers ({worker_gb:.0f} GB each) · their wall for ingest+extract", *cols(
                lambda n: f"{workers(n):,} · {cpu_per_byte * per_doc_in * n / workers(n) / 60:,.1f} min")),
            ("dataset.nt", *cols(lambda n: f"{cluster['sizes']['dataset.nt'] / n0 * n / 1e9:,.1f} GB")),
            ("release with pages", *cols(lambda n: f"{cluster['release_bytes'] / n0 * n / 1e9:,.1f} GB"))]
    driver = cluster["peak_rss_mb"] / n0
    rows.append(("peak RSS of the process running build (merge, formats, pages)", *cols(
        lambda n: f"{driver * n / 1e3:,.1f} GB")))
    serial = sum(cluster["stages"].get(k, 0.0) for k in ("merge", "validate and write formats (wall)", "write the rest",
                                                          "pages", "describe+checksums")) / n0
    rows.append(("its own time (merge, formats, pages, checksums)", *cols(lambda n: f"{serial * n / 60:,.1f} min")))
    return "\n".join(["| | " + " | ".join(rows[0][1:]) + " |", "|---|---|---|---|"]
                     + [f"| {r[0]} | " + " | ".join(r[1:]) + " |" for r in rows[1:]])


def targets(runs: dict[int, dict], naive: dict, sizes: list[int]) -> str:
    """The targets at the largest size, with pages, each met or not."""
    big, small = sizes[-1], sizes[0]
    r = runs[big]
    speedup = naive["wall"] * big / naive["documents"] / r["wall"]
    growth = (r["wall"] / runs[small]["wall"]) / (big / small) if big != small else 1.0
    rows = [(f"end to end ≤ 30 s at {big:,}", f"{r['wall']:.1f} s", r["wall"] <= 30),
            ("≥ 20× the naive pipeline", f"{speedup:.2f}×", speedup >= 20),  # 19.97 is no "20.0"
            ("peak RSS ≤ 1.5 GB", f"{r['peak_rss_mb'] / 1000:.2f} GB", r["peak_rss_mb"] <= 1500),
            (f"growth {small:,} → {big:,} within 10% of linear (or better)", f"{growth:.2f}", growth <= 1.1),
            ("a one-document rebuild ≤ 10 s", f"{r['rebuild']['wall']:.1f} s", r["rebuild"]["wall"] <= 10),
            ("release < 4× dataset.nt", f"{r['release_bytes'] / r['sizes']['dataset.nt']:.2f}×",
             r["release_bytes"] < 4 * r["sizes"]["dataset.nt"])]
    return "targets, with pages:\n" + "\n".join(f"- {name}: {value} — {'met' if ok else 'NOT met'}" for name, value, ok in rows)


if __name__ == "__main__":
    main()
