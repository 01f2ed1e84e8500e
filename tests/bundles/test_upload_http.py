"""Uploading a bundle as one multipart POST to a small real server on 127.0.0.1 that stores the
zip, checks the bearer token and the Idempotency-Key, and answers 409 for a key it already has."""

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from email.message import Message

import pytest

from bundles.upload import UploadTarget
from bundles.upload.bagzip import read_bag
from bundles.upload.http import upload
from bundles.upload.retry import RetryPolicy
from tests.bundles.davserver import cut_line, make_bundle, serving

FAST = RetryPolicy(tries=4, base_s=0, jitter_s=0, timeout=(5, 10))
TOKEN = "Bearer-only.t0ken_xyz"


@dataclass
class Ingest:
    """The site's ingestion endpoint: idempotency key → the zip it received."""

    url: str = ""
    token: str = TOKEN
    stored: dict[str, bytes] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    posts: int = 0
    busy: int = 0  # 503 for this many requests
    lose_answer: int = 0  # store the zip, then cut the line instead of answering, this many times
    echo: str | None = None  # a sha256 to claim instead of the real one (a server that garbled it)
    silent: bool = False  # answer 201 without saying what arrived
    limit: int | None = None  # 413 for a larger body

    def app(self, environ, start_response):
        self.posts += 1
        if self.busy > 0:
            self.busy -= 1
            return _answer(start_response, "503 Service Unavailable", {})
        if environ.get("HTTP_AUTHORIZATION") != f"Bearer {self.token}":
            return _answer(start_response, "401 Unauthorized", {"error": "bad token"})
        key = environ.get("HTTP_IDEMPOTENCY_KEY", "")
        if self.limit is not None and int(environ.get("CONTENT_LENGTH") or 0) > self.limit:
            return _answer(start_response, "413 Payload Too Large", {"error": "too large"})
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        name, data = _bundle_part(environ["CONTENT_TYPE"], body)
        digest = hashlib.sha256(data).hexdigest()
        if key != digest:
            return _answer(
                start_response, "400 Bad Request", {"error": "Idempotency-Key is not the zip's sha256"}
            )
        if key in self.stored:
            return _answer(start_response, "409 Conflict", {"sha256": digest})
        self.stored[key] = data
        self.names.append(name)
        if self.lose_answer > 0:
            self.lose_answer -= 1
            raise ConnectionAbortedError("the answer is lost")
        return _answer(start_response, "201 Created", {} if self.silent else {"sha256": self.echo or digest})


def _answer(start_response, status, payload):
    data = json.dumps(payload).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]


def _bundle_part(content_type, body):
    """The ``bundle`` field's file name and bytes from a multipart/form-data body."""
    boundary = re.search(r'boundary="?([^";]+)"?', content_type).group(1).encode()
    for part in body.split(b"--" + boundary)[1:-1]:
        head, _, data = part[2:].partition(b"\r\n\r\n")
        headers = Message()
        for line in head.decode("utf-8").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key] = value.strip()
        if headers.get_param("name", header="content-disposition") == "bundle":
            return headers.get_param("filename", header="content-disposition"), data[:-2]  # minus the CRLF
    raise AssertionError("no bundle field in the POST")


def _cutting(ingest):
    """The app, with its ConnectionAbortedError turned into a reset line and no answer."""

    def app(environ, start_response):
        try:
            return ingest.app(environ, start_response)
        except ConnectionAbortedError:
            cut_line(environ)

    return app


@pytest.fixture
def ingest():
    state = Ingest()
    with serving(_cutting(state)) as base:
        state.url = f"{base}/ingest"
        yield state


@pytest.fixture
def bundle(tmp_path):
    return make_bundle(
        tmp_path / "b", {"policy.pdf": os.urandom(30_000), "files/附件1.xlsx": os.urandom(4_000)}
    )


def test_the_zip_is_posted_once_with_the_token_and_its_hash_as_the_key(ingest, bundle):
    bag = read_bag(bundle)
    result = upload(bag, UploadTarget(ingest.url, "http", TOKEN), policy=FAST)

    assert result.outcome == "uploaded" and result.ok and result.verified
    assert ingest.stored == {bag.sha256: bundle.read_bytes()}
    assert ingest.names == [bundle.name]  # the Chinese file name arrives intact
    assert result.bytes_sent > bag.size  # the zip plus the multipart framing
    assert "SHA-256 核对无误" in result.message_zh


def test_posting_again_is_answered_409_and_nothing_is_duplicated(ingest, bundle):
    bag = read_bag(bundle)
    upload(bag, UploadTarget(ingest.url, "http", TOKEN), policy=FAST)
    again = upload(bag, UploadTarget(ingest.url, "http", TOKEN), policy=FAST)
    assert again.outcome == "already_uploaded" and again.ok and again.verified
    assert len(ingest.stored) == 1 and ingest.posts == 2
    assert "未重复上传" in again.message_zh


def test_a_lost_answer_is_retried_under_the_same_key_without_a_second_copy(ingest, bundle):
    ingest.lose_answer = 1
    result = upload(read_bag(bundle), UploadTarget(ingest.url, "http", TOKEN), policy=FAST)
    assert result.ok and result.retries == 1
    assert len(ingest.stored) == 1 and ingest.posts == 2


def test_a_503_storm_is_retried_until_the_post_goes_through(ingest, bundle):
    ingest.busy = 3
    result = upload(read_bag(bundle), UploadTarget(ingest.url, "http", TOKEN), policy=FAST)
    assert result.outcome == "uploaded" and result.retries == 3
    assert [a.status for a in result.attempts] == [503, 503, 503]
    assert len(ingest.stored) == 1


def test_a_refused_token_stops_at_once_without_showing_it(ingest, bundle):
    wrong = "not-the-right.token"
    result = upload(read_bag(bundle), UploadTarget(ingest.url, "http", wrong), policy=FAST)
    assert result.outcome == "token_refused" and not result.ok
    assert ingest.posts == 1 and ingest.stored == {}
    assert "HTTP 401" in result.message_zh
    assert wrong not in repr(result) and wrong not in result.message


def test_a_server_that_received_something_else_is_not_taken_at_its_word(ingest, bundle):
    ingest.echo = "0" * 64
    result = upload(read_bag(bundle), UploadTarget(ingest.url, "http", TOKEN), policy=FAST)
    assert result.outcome == "verify_failed" and not result.ok and not result.verified
    assert "SHA-256 不符" in result.message_zh


def test_a_server_that_does_not_say_what_it_received_leaves_the_upload_unverified(ingest, bundle):
    ingest.silent = True
    result = upload(read_bag(bundle), UploadTarget(ingest.url, "http", TOKEN), policy=FAST)
    assert result.outcome == "uploaded" and not result.verified
    assert "无法核对" in result.message_zh and len(ingest.stored) == 1


def test_a_refusal_other_than_the_token_is_reported_without_retrying(ingest, bundle):
    ingest.limit = 1_000
    result = upload(read_bag(bundle), UploadTarget(ingest.url, "http", TOKEN), policy=FAST)
    assert result.outcome == "rejected" and not result.ok
    assert "HTTP 413" in result.message_zh and ingest.posts == 1 and result.retries == 0
