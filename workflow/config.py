"""Use cases over the library's settings: read them (typed), set one (audit-logged)."""

from __future__ import annotations

from pathlib import Path

from policy.config import LABELS, LibraryConfig
from storage import Library, LibraryError, audit
from storage import config as stored


def load(lib: Library) -> LibraryConfig:
    """The library's settings; a library whose stored values no longer validate is a LibraryError."""
    try:
        return LibraryConfig.from_dict(stored.values(lib))
    except ValueError as exc:
        raise LibraryError(
            "bad_config", f"资料库设置有误：{exc}", "the library settings are invalid"
        ) from None


def set_value(lib: Library, key: str, text: str, actor: str) -> LibraryConfig:
    """Validate and store one setting (empty text: back to the default), with an audit entry."""
    if key in ("subjects_file", "trusted_reviewers") and text.strip():
        text = str(Path(text.strip()).expanduser().resolve())  # stored absolute: the cwd changes
    with lib.write():
        old = load(lib)
        new = old.with_value(key, text)  # ConfigValueError (a FieldValueError) for a bad value
        value = getattr(new, key)
        if key in ("subjects_file", "trusted_reviewers") and value is not None and not Path(value).is_file():
            raise LibraryError(
                "no_file", f"{LABELS[key]}文件不存在：{value}", f"{key}: no such file: {value}"
            )
        if key == "subjects_file" and value is not None:
            from workflow.subjects import load_subjects

            load_subjects(value)  # refuse an empty or unreadable list now rather than at `set`
        stored.put(lib, key, None if value == _default(key) else str(value))
        audit.append(lib, actor, "config", None, {"key": key, "old": getattr(old, key), "new": value})
    return new


def _default(key: str) -> object:
    return getattr(LibraryConfig(), key)
