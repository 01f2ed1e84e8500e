"""`upload BUNDLE... [--to URL] [--protocol P] [--token-file F]`: verify bundles and put them on the site.

Exit 0 when every bundle is on the site (uploaded now or already there), 1 when any is not, 2 for
a usage error (no URL, an unreadable token file). The token is read here only to be handed on;
nothing printed names it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bundles.upload import PROTOCOLS, UploadError, UploadResult
from cli.common import actor, emit_json, err, open_library
from workflow.upload import TOKEN_ENV, resolve_target, upload


def add_parser(
    sub: argparse._SubParsersAction, add_globals: Callable[[argparse.ArgumentParser], None]
) -> None:
    p = sub.add_parser(
        "upload", help="校验上传包并上传到网站（WebDAV 或 HTTP POST），中断后可续传，不会重复上传",
        description="先校验每个上传包（签名、审核哈希、清单），再上传通过的包：WebDAV 方式把包内文件放入以包哈希命名的目录，"
        "逐个读回核对后写入完成标记；HTTP 方式以 multipart 提交 zip，包哈希作幂等键。每次尝试记入上传日志。"
        f"令牌依次取自 --token-file、环境变量 {TOKEN_ENV}、系统钥匙串（服务名 PolicyPress，用户名为网站主机名）。",
    )  # fmt: skip
    p.add_argument("bundles", nargs="+", type=Path, metavar="BUNDLE", help="上传包（.zip）")
    p.add_argument("--to", metavar="URL", help="上传地址（默认：资料库设置中的网站地址 site_url）")
    p.add_argument(
        "--protocol", choices=PROTOCOLS, help="上传方式（默认：资料库设置中的 site_protocol，初始为 webdav）"
    )
    p.add_argument("--token-file", type=Path, metavar="F", help="令牌文件（取第一行）")
    add_globals(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lib = open_library(args)
    try:
        target = resolve_target(lib, args.to, args.protocol, args.token_file)
    except UploadError as exc:
        err(f"用法错误 (usage error): {exc}")
        return 2
    results = upload(lib, args.bundles, target, actor(args), progress=_progress(args))
    for result in results:
        if args.json:
            emit_json(result_json(result))
        elif result.ok:
            print(_line(result), flush=True)
        else:
            err(_line(result))
    return 0 if all(r.ok for r in results) else 1


def result_json(result: UploadResult) -> dict[str, Any]:
    return {
        "bundle": result.bundle,
        "sha256": result.bundle_sha256,
        "index_number": result.index_number,
        "submission_id": result.submission_id,
        "target": result.target,
        "protocol": result.protocol,
        "ok": result.ok,
        "outcome": result.outcome,
        "message": result.message_zh,
        "message_en": result.message_en,
        "files_sent": list(result.files_sent),
        "files_skipped": list(result.files_skipped),
        "bytes_sent": result.bytes_sent,
        "verified": result.verified,
        "retries": result.retries,
    }


def _line(result: UploadResult) -> str:
    where = f" → {result.target.rstrip('/')}/{result.bundle_sha256[:12]}…" if result.ok else ""
    sent = f"，{_size(result.bytes_sent)}" if result.ok else ""
    return f"{Path(result.bundle).name}{where}：{result.message_zh}{sent} ({result.message_en})"


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n} B"


def _progress(args: argparse.Namespace) -> Callable[[int, int, str], None] | None:
    """A one-line progress display on a terminal (never in --json output or a pipe)."""
    if args.json or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, text: str) -> None:
        percent = 100 * done // total if total else 100
        sys.stderr.write(f"\r\x1b[K{percent:3d}% {text[:70]}")
        if done >= total:
            sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()

    return show
