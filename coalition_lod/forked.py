"""A function run in a forked process while this one goes on, its result (or what it
raised) sent back through a pipe.

A plain process with a pipe, not a pool, whose threads would still run in this process
when other workers fork from it. The child shares this process's memory as it was at
the fork (the release's quads, frozen by the cycle collector so that reading them does
not copy them) and only reads it.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import os
from collections.abc import Callable
from typing import Any

# How much the processes working beside the build's own yield to it: the format writers
# and the validator (``BESIDE``) to the process that indexes the quads for the pages and
# keeps or draws them, the page workers (``pages.PAGE_NICENESS``) to both, as the
# writers' and the validator's results are waited for at the end.
BESIDE = 5


def can_fork() -> bool:
    return "fork" in mp.get_all_start_methods()


class Forked:
    def __init__(self, fn: Callable[..., Any], *args: Any, niceness: int = 0) -> None:
        """``niceness``: how much the child yields to this process (``os.nice``)."""
        ctx = mp.get_context("fork")
        self.receive, send = ctx.Pipe(duplex=False)
        gc.freeze()  # the child's collector leaves the shared objects alone
        try:
            self.proc = ctx.Process(target=_run, args=(fn, args, send, niceness), daemon=True)
            self.proc.start()
        finally:
            gc.unfreeze()
        send.close()

    def ready(self) -> bool:
        """Whether the result (or the end of the process) is there to read, at once."""
        return self.receive.poll()

    def result(self) -> Any:
        """What the function returned; what it raised is raised here."""
        try:
            said = self.receive.recv()
        except EOFError:
            self.proc.join()
            raise RuntimeError(f"a worker process ended without its result (exit code {self.proc.exitcode})") from None
        self.proc.join()
        if isinstance(said, _Raised):
            raise said.error
        return said

    def close(self) -> None:
        """End the process, whether or not its result was read."""
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join()
        self.receive.close()


class _Raised:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def _run(fn: Callable[..., Any], args: tuple, send, niceness: int = 0) -> None:
    if niceness:
        with contextlib.suppress(OSError):
            os.nice(niceness)
    try:
        send.send(fn(*args))
    except BaseException as e:  # sent to the parent, which raises it
        try:
            send.send(_Raised(e))
        except Exception:  # an exception that does not pickle: its words
            send.send(_Raised(RuntimeError(f"{type(e).__name__}: {e}")))
    finally:
        send.close()
