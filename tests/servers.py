"""Real servers on 127.0.0.1 for the tests: Oxigraph (the PyPI package's binary) and our own serve."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).exists():
        raise RuntimeError("the oxigraph server is not installed: pip install oxigraph (make install does it)")
    return found


def wait_until_up(url: str, proc: subprocess.Popen, seconds: float = 20.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server did not answer at {url}")


class Oxigraph:
    """``oxigraph serve`` in memory on a free port, the union of the named graphs as its
    default graph (as Fuseki with unionDefaultGraph, GraphDB or Virtuoso answer)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen([oxigraph_binary(), "serve", "--bind", f"127.0.0.1:{self.port}", "--union-default-graph"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wait_until_up(self.url + "/query?query=ASK%7B%7D", self.proc)

    @property
    def store(self) -> str:
        return self.url + "/store"

    @property
    def query(self) -> str:
        return self.url + "/query"

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


class Misbehaving:
    """A small HTTP server on 127.0.0.1 that fails the way stores fail, in front of a
    real one: ``mode`` is "500" (always), "flaky" (``n`` answers 500, then passes
    requests on to ``upstream``), "fail-after" (passes ``n`` requests on, then 500),
    "slow" (waits ``delay`` seconds, then passes on), "401" (always) or "proxy"."""

    def __init__(self, mode: str, upstream: str | None = None, n: int = 0, delay: float = 0.0) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        outer = self
        self.mode, self.upstream, self.n, self.delay = mode, upstream, n, delay
        self.requests = 0
        self.lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def handle_any(self) -> None:
                with outer.lock:
                    outer.requests += 1
                    count = outer.requests
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                mode = outer.mode
                if mode == "401":
                    return self.answer(401, b"credentials needed", {"WWW-Authenticate": 'Basic realm="store"'})
                if mode == "500" or (mode == "flaky" and count <= outer.n) or (mode == "fail-after" and count > outer.n):
                    return self.answer(500, b"internal error")
                if mode == "slow":
                    time.sleep(outer.delay)
                self.forward(body)

            def answer(self, status: int, body: bytes, headers: dict | None = None) -> None:
                try:
                    self.send_response(status)
                    for k, v in (headers or {}).items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def forward(self, body: bytes) -> None:
                headers = {k: v for k, v in self.headers.items() if k.lower() in ("content-type", "accept")}
                req = urllib.request.Request(outer.upstream + self.path, data=body or None, method=self.command, headers=headers)
                try:
                    with urllib.request.urlopen(req, timeout=30) as r:
                        self.answer(r.status, r.read(), {"Content-Type": r.headers.get("Content-Type", "text/plain")})
                except urllib.error.HTTPError as e:
                    self.answer(e.code, e.read())

            do_GET = do_POST = do_PUT = do_DELETE = handle_any

        import urllib.error

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class DaskCluster:
    """A real ``dask scheduler`` and ``dask worker`` processes on 127.0.0.1, each its own
    process (no nanny, so that a killed worker stays dead), stopped by ``stop``."""

    def __init__(self, workers: int = 2) -> None:
        dask = str(Path(sys.executable).parent / "dask")
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        self.scheduler = subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(self.port), "--no-dashboard"],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.workers = [subprocess.Popen([dask, "worker", self.address, "--host", "127.0.0.1", "--nthreads", "1",
                                          "--no-nanny", "--no-dashboard", "--name", f"w{n}"],
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for n in range(workers)]
        self.wait_for(workers)

    def client(self):
        from distributed import Client

        return Client(self.address, timeout="20s")

    def wait_for(self, workers: int, seconds: float = 60.0) -> None:
        with self.client() as c:
            c.wait_for_workers(workers, timeout=seconds)

    def stop(self) -> None:
        for p in [*self.workers, self.scheduler]:
            if p.poll() is None:
                p.terminate()
        for p in [*self.workers, self.scheduler]:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
