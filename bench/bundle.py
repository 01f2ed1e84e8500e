"""Bundle, verify and upload a ~20 MB approved submission to a local WebDAV server, then cut the
upload at 50 % of the bytes and measure what the resumed run sends again.

    .venv/bin/python bench/bundle.py [--mb 20] [--runs 3] [--seed 7]

The payload is a few 4–6 MB random (incompressible) files — the publication copy, its PDF
rendition, two attachments — plus the small pages and ``metadata.json``; the review is signed
with a key generated for the run. Timed, median of --runs: ``bundles.bag.write_bag`` (bag + zip),
``bundles.verify.verify_bundle`` (safe-open, extract, every checksum, schema, signature), and
``bundles.upload.webdav.upload`` to WsgiDAV on 127.0.0.1 (cheroot, in this process: the same
server the tests use, ``tests/bundles/davserver.py``) — PROPFIND, MKCOL, a PUT per file, a GET of
every file to verify the server copy against the manifest, the marker. The upload is compared with
``curl -T`` of the zip to the same server (one PUT, no read-back; skipped without curl) and with
curl's PUT + GET of the zip, which is the same bytes on the wire as our upload with its read-back.

Resume: the server resets the connection once 50 % of the bag's bytes have arrived and stays
down, so the first run gives up; the server comes back and the upload is run again with the same
ledger. Reported: the bytes the second run sent, the part of them that had been sent before
("re-sent"), and the size of the file that was in flight at the cut. Goal: re-sent ≤ that file.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bundles import signing  # noqa: E402
from bundles.bag import BagInfo, bundle_file_name, write_bag  # noqa: E402
from bundles.payload import METADATA_FORMAT, Payload, PayloadFile, json_bytes  # noqa: E402
from bundles.upload import UploadTarget  # noqa: E402
from bundles.upload.bagzip import read_bag  # noqa: E402
from bundles.upload.retry import RetryPolicy  # noqa: E402
from bundles.upload.webdav import MemoryLedger, upload  # noqa: E402
from bundles.verify import verify_bundle  # noqa: E402
from policy.keys import REVIEWER_ROLE, PublicKey  # noqa: E402
from policy.secrecy import APPROVE, Decision, ReviewFile, SecrecyForm  # noqa: E402
from tests.bundles.davserver import dav_server  # noqa: E402

INDEX = "11360200MB1234567X/2024-00042"
TITLE = "长江区人民政府办公室关于印发《长江区老旧小区改造提升实施办法》的通知"
# no retries with waiting: a cut line should fail the first run quickly, not be ridden out
POLICY = RetryPolicy(tries=2, base_s=0, jitter_s=0, timeout=(10, 120))


def payload(total_mb: float, rng: random.Random) -> Payload:
    """Four large random files sharing ``total_mb`` (each 4–6 MB at 20 MB) plus the small files."""
    shares = [rng.uniform(0.8, 1.2) for _ in range(4)]
    sizes = [int(total_mb * 1e6 * s / sum(shares)) for s in shares]
    names = [
        "document/policy.docx",
        "document/policy.pdf",
        "files/附件1 资金补助标准.xlsx",
        "files/附件2 一图读懂.png",
    ]
    files = [PayloadFile(n, rng.randbytes(size)) for n, size in zip(names, sizes, strict=True)]
    metadata = {"format": METADATA_FORMAT, "kind": "政策文件", "fields": {"title": TITLE, "index_number": INDEX},
                "files": {"pages": ["policy.html", "interpretation.html"], "attachments": [], "media": []}}  # fmt: skip
    pages = [PayloadFile(p, (f"<!doctype html><h1>{TITLE}</h1>" + "<p>正文段落。</p>" * 400).encode()) for p in ("policy.html", "interpretation.html")]  # fmt: skip
    return Payload((*files, *pages, PayloadFile("metadata.json", json_bytes(metadata))))


def review(body: Payload) -> tuple[bytes, PublicKey]:
    private, public_b64 = signing.generate()
    public = PublicKey("李科长", REVIEWER_ROLE, public_b64)
    decision = Decision(
        level="初审", decision=APPROVE, reviewer=public.name, role=public.role, comment="同意",
        reviewed_at="2024-06-05T10:00:00+08:00", payload_sha256=body.sha256, index_number=INDEX,
        form=SecrecyForm(TITLE, "老旧小区改造"), public_key=public.key, author="张三",
    )  # fmt: skip
    signed = dataclasses.replace(decision, signature=signing.sign(private, decision.unsigned_json()))
    return json_bytes(ReviewFile(body.sha256, (signed,)).as_json()), public


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def curl(args: list[str]) -> float | None:
    if shutil.which("curl") is None:
        return None
    start = time.perf_counter()
    subprocess.run(["curl", "-sS", "-f", "-o", os.devnull, *args], check=True, timeout=300)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--mb", type=float, default=20.0, help="size of the large files together (default 20)"
    )
    parser.add_argument("--runs", type=int, default=3, help="timed repetitions, median reported (default 3)")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    body = payload(args.mb, rng)
    review_json, reviewer = review(body)
    info = BagInfo("长江区人民政府办公室", "审核通过", INDEX, TITLE, "张三", body.sha256)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"payload: {len(body.files)} files, {body.size / 1e6:.1f} MB; {os.cpu_count()} CPUs, load {load:.1f}"
    )

    times: dict[str, list[float]] = {
        k: [] for k in ("bundle", "verify", "upload", "curl PUT", "curl PUT+GET")
    }
    with tempfile.TemporaryDirectory(prefix="pp-bench-bundle-") as tmp:
        work = Path(tmp)
        for run in range(args.runs):
            out = work / f"out{run}"
            seconds, bundle = timed(
                lambda out=out: write_bag(body, info, out, bundle_file_name(INDEX, "x"), review_json)
            )
            times["bundle"].append(seconds)
            seconds, report = timed(lambda bundle=bundle: verify_bundle(bundle, [reviewer], levels=("初审",)))
            times["verify"].append(seconds)
            if not report.ok:
                print("verification failed:", "; ".join(str(r) for r in report.reasons))
                return 1
            with dav_server(work / f"site{run}") as dav:
                bag = read_bag(bundle)
                seconds, result = timed(
                    lambda bag=bag, url=dav.url: upload(bag, UploadTarget(url), MemoryLedger(), policy=POLICY)
                )
                if result.outcome != "uploaded":
                    print("upload failed:", result.message)
                    return 1
                times["upload"].append(seconds)
                put = curl(["-T", str(bundle), f"{dav.url}/reference.zip"])
                get = curl([f"{dav.url}/reference.zip"])
                if put is not None and get is not None:
                    times["curl PUT"].append(put)
                    times["curl PUT+GET"].append(put + get)
        zip_mb = bundle.stat().st_size / 1e6
        print(f"bundle: {bundle.name}, {zip_mb:.1f} MB zip, {len(bag.members)} files in the bag\n")
        print(f"{'step':<14}{'median s':>10}{'min s':>9}{'MB/s':>8}   note")
        notes = {
            "bundle": "bagit bag + deterministic zip",
            "verify": "extract, every checksum, schema, signature",
            "upload": "WebDAV: PUT each file, GET each back, marker",
            "curl PUT": "reference: the zip in one PUT, no read-back",
            "curl PUT+GET": "reference: the same bytes on the wire as our upload",
        }
        for step, values in times.items():
            if not values:
                print(f"{step:<14}{'—':>10}{'—':>9}{'—':>8}   curl not found")
                continue
            median = statistics.median(values)
            print(f"{step:<14}{median:>10.3f}{min(values):>9.3f}{zip_mb / median:>8.0f}   {notes[step]}")
        if times["curl PUT+GET"]:
            ratio = statistics.median(times["upload"]) / statistics.median(times["curl PUT+GET"])
            print(f"\nupload / curl PUT+GET: {ratio:.2f}×")
        print()
        return resume(bundle, work / "site-resume")


def resume(bundle: Path, site: Path) -> int:
    bag = read_bag(bundle)
    sizes = {m.path: m.size for m in bag.members}
    ledger = MemoryLedger()
    with dav_server(site) as dav:
        dav.faults.drop_after_bytes = bag.total_bytes // 2
        first = upload(bag, UploadTarget(dav.url), ledger, policy=POLICY)
        in_flight = first.attempts[-1].path if first.attempts else None
        dav.faults.drop_after_bytes, dav.faults.down = None, False
        seconds, second = timed(lambda: upload(bag, UploadTarget(dav.url), ledger, policy=POLICY))
        stored = {p.relative_to(site / "incoming" / bag.sha256).as_posix(): p for p in (site / "incoming" / bag.sha256).rglob("*") if p.is_file()}  # fmt: skip
        intact = all(
            hashlib.sha256(stored[m.path].read_bytes()).hexdigest() == m.sha256
            for m in bag.members
            if m.path in stored
        ) and all(m.path in stored for m in bag.members)
    before = {*first.files_sent, *([in_flight] if in_flight else [])}
    resent = sum(sizes[p] for p in second.files_sent if p in before)
    flight = sizes.get(in_flight, 0) if in_flight else 0
    print(
        f"resume after a cut at 50 % ({bag.total_bytes // 2 / 1e6:.1f} MB of {bag.total_bytes / 1e6:.1f} MB):"
    )
    print(f"  first run:  {first.outcome}, {len(first.files_sent)} files confirmed, {first.bytes_sent / 1e6:.1f} MB handed to the socket")  # fmt: skip
    print(f"  in flight:  {in_flight} ({flight / 1e6:.2f} MB)")
    print(f"  second run: {second.outcome} in {seconds:.2f} s, {len(second.files_sent)} files, {second.bytes_sent / 1e6:.2f} MB sent, "
          f"{len(second.files_skipped)} skipped; server copy intact: {intact}")  # fmt: skip
    ok = resent <= flight and second.outcome == "uploaded" and intact
    print(f"  re-sent:    {resent / 1e6:.2f} MB ({', '.join(p for p in second.files_sent if p in before) or 'nothing'})"
          f"   goal ≤ the file in flight ({flight / 1e6:.2f} MB)  {'PASS' if ok else 'MISS'}")  # fmt: skip
    print(
        json.dumps({"resent_bytes": resent, "in_flight_bytes": flight, "second_run_bytes": second.bytes_sent})
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
