"""A bounded load test of `coalition-lod serve` on 127.0.0.1: concurrent clients send a
mix of SPARQL queries (the contract's), page requests and content-negotiated entity
requests; prints requests/s, p50/p99 latency and errors.

    python -m bench.load [RELEASE] [--clients 20] [--requests 2000]
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class LoadResult:
    requests: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def percentile(self, q: float) -> float:
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else 0.0

    def summary(self) -> str:
        return (f"{self.requests} requests from {self.clients} clients in {self.seconds:.1f} s "
                f"({self.requests / self.seconds:,.0f}/s): p50 {self.percentile(0.5) * 1000:.1f} ms, "
                f"p99 {self.percentile(0.99) * 1000:.1f} ms, mean {statistics.fmean(self.latencies) * 1000:.1f} ms, "
                f"{len(self.errors)} errors")

    clients: int = 0


def requests_for(base: str, release: Path) -> list[urllib.request.Request]:
    """The mix: half SPARQL (every contract query), a quarter pages, a quarter Turtle."""
    from coalition_lod.resources import queries_path

    queries = sorted(queries_path().glob("*.rq"))
    pages = sorted(p.relative_to(release).as_posix()[:-5] for p in release.glob("*/*.html"))[:40]
    mix = []
    for q in queries:
        body = urllib.parse.urlencode({"query": q.read_text(encoding="utf-8")}).encode()
        mix += [urllib.request.Request(base + "/sparql", data=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})] * 2
    for p in pages[:len(queries)]:
        mix.append(urllib.request.Request(f"{base}/{p}", headers={"Accept": "text/html"}))
        mix.append(urllib.request.Request(f"{base}/{p}", headers={"Accept": "text/turtle"}))
    return mix


def run(base: str, release: Path, clients: int = 20, total: int = 2000) -> LoadResult:
    mix = requests_for(base, release)
    result = LoadResult(total, 0.0, clients=clients)
    lock = threading.Lock()
    counter = iter(range(total))

    def client() -> None:
        while True:
            with lock:
                i = next(counter, None)
            if i is None:
                return
            req = mix[i % len(mix)]
            t0 = time.perf_counter()
            error = None
            try:
                with urllib.request.urlopen(req, timeout=60) as r:
                    r.read()
                    if r.status != 200:
                        error = f"{req.full_url}: HTTP {r.status}"
            except (urllib.error.URLError, OSError) as e:
                error = f"{req.full_url}: {e}"
            dt = time.perf_counter() - t0
            with lock:
                result.latencies.append(dt)
                if error:
                    result.errors.append(error)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result.seconds = time.perf_counter() - t0
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("release", nargs="?", type=Path, default=ROOT / "dist")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=2000)
    a = ap.parse_args()
    from coalition_lod.serve import serve_in_thread

    server, thread = serve_in_thread(a.release)
    host, port = server.server_address[:2]
    try:
        res = run(f"http://{host}:{port}", a.release, a.clients, a.requests)
    finally:
        server.shutdown()
        server.server_close()
    print(f"serve load test on 127.0.0.1 ({a.release}): {res.summary()}")
    for e in res.errors[:5]:
        print("  error:", e)


if __name__ == "__main__":
    main()
