"""Talking to remote stores: credentials, timeouts, and bounded retries with backoff.

A store that is restarting, overloaded or behind a flaky proxy answers 5xx, 408 or
429, or drops the connection: those are tried again a few times, waiting longer each
time. A 4xx answer is the request's fault and is reported at once, with what to do.
Every failure is one line naming the URL (without credentials) and the cause.
"""

from __future__ import annotations

import base64
import os
import time
import urllib.parse
from collections.abc import Callable
from typing import TypeVar

from .model import InputError

T = TypeVar("T")

ATTEMPTS = 4
BACKOFF = 0.25  # seconds before the second attempt; doubled each time after
TRANSIENT_STATUS = {408, 429, 500, 502, 503, 504}


class Transient(Exception):
    """A failure worth another attempt."""


def timeout() -> float:
    """Seconds to wait for one answer: $COALITION_LOD_TIMEOUT, else 60."""
    try:
        return max(0.1, float(os.environ.get("COALITION_LOD_TIMEOUT", "60")))
    except ValueError:
        return 60.0


def public_url(url: str) -> str:
    """The URL without any user:password part, fit for a message."""
    parts = urllib.parse.urlsplit(url)
    if parts.username or parts.password:
        parts = parts._replace(netloc=(parts.hostname or "") + (f":{parts.port}" if parts.port else ""))
    return urllib.parse.urlunsplit(parts)


def auth_header(env: dict[str, str] | None = None) -> dict[str, str]:
    """Credentials from the environment only, never from the command line."""
    env = os.environ if env is None else env
    if env.get("COALITION_LOD_TOKEN"):
        return {"Authorization": "Bearer " + env["COALITION_LOD_TOKEN"]}
    if env.get("COALITION_LOD_USER"):
        pair = f"{env['COALITION_LOD_USER']}:{env.get('COALITION_LOD_PASSWORD', '')}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
    return {}


def refused(status: int, reason: str, detail: str = "") -> str:
    hint = ""
    if status in (401, 403):
        hint = "; set COALITION_LOD_USER and COALITION_LOD_PASSWORD, or COALITION_LOD_TOKEN"
    return f"HTTP {status} {reason}".rstrip() + (f": {detail}" if detail else "") + hint


def with_retries(action: Callable[[], T], where: str, attempts: int | None = None, backoff: float | None = None) -> T:
    attempts = attempts or ATTEMPTS
    backoff = BACKOFF if backoff is None else backoff
    last: Exception | None = None
    for i in range(attempts):
        try:
            return action()
        except Transient as e:
            last = e
            if i < attempts - 1:
                time.sleep(backoff * 2**i)
    raise InputError(f"{where}: {last} (gave up after {attempts} attempts)")
