"""Retrying what a retry can fix, and stopping at once on what it cannot.

Dropped connections, timeouts, 408, 429 and 5xx are transient on a district server behind a
proxy: they are retried with exponential backoff plus a little jitter (so several uploaders do
not hammer a recovering server in step). 401/403 (the token is refused) and 507 (the server's
disk is full) will not get better by asking again, so they stop the upload — and the batch —
at once. The pauses go through ``RetryPolicy.sleep`` so tests run with no waiting.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import requests

from bundles.upload import Cancelled, UploadAttempt, UploadCancelled, UploadError, never_cancelled

T = TypeVar("T")
_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
_TRANSIENT = (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    tries: int = 6  # per request, the first one included
    base_s: float = 0.5
    factor: float = 2.0
    max_s: float = 30.0
    jitter_s: float = 0.25
    timeout: tuple[float, float] = (10.0, 120.0)  # connect, read (seconds) for every request
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.tries < 1 or self.base_s < 0 or self.jitter_s < 0 or self.factor < 1:
            raise ValueError("RetryPolicy: tries ≥ 1, base_s ≥ 0, jitter_s ≥ 0, factor ≥ 1")

    def delay(self, failures: int) -> float:
        """The pause after the ``failures``-th failure in a row (1-based)."""
        backoff = min(self.max_s, self.base_s * self.factor ** (failures - 1))
        return backoff + (random.uniform(0, self.jitter_s) if self.jitter_s else 0.0)


class ServerBusy(Exception):
    """A status worth asking again for (5xx but 507, 408, 429)."""

    def __init__(self, status: int, retry_after: float | None = None) -> None:
        super().__init__(status)
        self.status = status
        self.retry_after = retry_after


def check_status(response: requests.Response) -> requests.Response:
    """Raise for the statuses that decide retrying or stopping; return the response otherwise."""
    status = response.status_code
    if status in (401, 403):
        response.close()
        raise UploadError(
            "token_refused",
            f"网站拒绝了上传凭据（HTTP {status}），请检查令牌是否正确、是否过期",
            f"the site refused the upload token (HTTP {status}); check that it is right and not expired",
            fatal=True, status=status,
        )  # fmt: skip
    if status == 507:
        response.close()
        raise UploadError(
            "disk_full", "网站服务器存储空间已满（HTTP 507），请联系网站管理员",
            "the site's storage is full (HTTP 507); contact the site administrator",
            fatal=True, status=status,
        )  # fmt: skip
    if status in _RETRY_STATUSES or (status >= 500 and status != 507):
        response.close()
        raise ServerBusy(status, _retry_after(response))
    return response


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.isdigit() else None


def with_retries(
    operation: Callable[[], T],
    policy: RetryPolicy,
    *,
    method: str,
    path: str,
    attempts: list[UploadAttempt],
    cancelled: Cancelled = never_cancelled,
) -> T:
    """``operation()`` (one request and whatever reads its answer), tried up to ``policy.tries``
    times. Each failure is appended to ``attempts``. ``UploadError`` and ``UploadCancelled``
    pass straight through; when the tries run out, an ``UploadError`` says why."""
    for n in range(1, policy.tries + 1):
        if cancelled():
            raise UploadCancelled()
        status: int | None = None
        error: str | None = None
        wait = 0.0
        try:
            return operation()
        except ServerBusy as exc:
            status = exc.status
            wait = min(policy.max_s, exc.retry_after) if exc.retry_after is not None else 0.0
        except _TRANSIENT as exc:
            error = type(exc).__name__
        last = n == policy.tries
        wait = 0.0 if last else max(wait, policy.delay(n))
        attempts.append(UploadAttempt(method, path, status, error, round(wait, 3), gave_up=last))
        if last:
            raise _gave_up(status, policy.tries)
        _pause(wait, policy, cancelled)
    raise AssertionError("unreachable")


def _pause(seconds: float, policy: RetryPolicy, cancelled: Cancelled) -> None:
    """Sleep in short slices so a cancel is honoured during a long backoff."""
    remaining = seconds
    while remaining > 0:
        if cancelled():
            raise UploadCancelled()
        step = min(remaining, 0.25)
        policy.sleep(step)
        remaining -= step


def _gave_up(status: int | None, tries: int) -> UploadError:
    if status is not None:
        return UploadError(
            "server_error", f"网站服务器持续出错（HTTP {status}），已尝试 {tries} 次，稍后再试",
            f"the site kept failing (HTTP {status}) after {tries} tries; try again later", status=status,
        )  # fmt: skip
    return UploadError(
        "network", f"无法连接网站或连接中断，已尝试 {tries} 次；已传完的文件下次不会重传",
        f"the site could not be reached or the connection kept dropping after {tries} tries; "
        "files already sent will not be sent again",
    )  # fmt: skip
