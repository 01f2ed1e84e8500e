"""What the library commands share: opening the library named by the global options, printing."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from policy.jsonform import plain
from storage import Library
from workflow.actor import current_actor


def open_library(args: argparse.Namespace) -> Library:
    return Library.open(getattr(args, "library", None))


def actor(args: argparse.Namespace) -> str:
    return current_actor(getattr(args, "user", None))


def emit_json(obj: Any) -> None:
    print(json.dumps(plain(obj), ensure_ascii=False), flush=True)


def err(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def passphrase(args: argparse.Namespace, prompt: str = "私钥口令 (passphrase): ") -> str | None:
    """The key's passphrase: ``--passphrase-file`` (first line), else POLICYPRESS_PASSPHRASE, else asked
    on the terminal when there is one; never taken as a command-line value (it would show in ``ps``)."""
    import getpass
    import os

    path = getattr(args, "passphrase_file", None)
    if path:
        try:
            with open(path, encoding="utf-8") as f:
                return f.readline().rstrip("\r\n")
        except OSError as exc:
            from storage import LibraryError

            raise LibraryError(
                "passphrase_file",
                f"无法读取口令文件：{path}（{exc.strerror}）",
                f"cannot read the passphrase file: {path}",
            ) from None
    if os.environ.get("POLICYPRESS_PASSPHRASE"):
        return os.environ["POLICYPRESS_PASSPHRASE"]
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return None
