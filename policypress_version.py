"""The app's version, with one source of truth: ``version`` in ``pyproject.toml``.

From a checkout (and in the packaged app, whose spec puts ``pyproject.toml`` beside the modules) the
file next to this module is read; an installed wheel has no pyproject, so its metadata is asked.
Standard library only and no Qt: ``main.py --version`` answers in a few milliseconds.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

NAME = "PolicyPress"
PYPROJECT = Path(__file__).resolve().parent / "pyproject.toml"


def version() -> str:
    try:
        with PYPROJECT.open("rb") as fh:
            return str(tomllib.load(fh)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        pass
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed_version

    try:
        return installed_version("policypress")
    except PackageNotFoundError:
        return "unknown"


def describe() -> str:
    """``PolicyPress 0.1.0``: what ``main.py --version`` prints."""
    return f"{NAME} {version()}"
