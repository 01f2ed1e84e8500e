"""Who is acting, for the audit log: ``--user``, else POLICYPRESS_USER, else the login name."""

from __future__ import annotations

import getpass
import os


def current_actor(explicit: str | None = None) -> str:
    if explicit:
        return explicit
    env = os.environ.get("POLICYPRESS_USER")
    if env:
        return env
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
