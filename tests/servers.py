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
