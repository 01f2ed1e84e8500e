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
