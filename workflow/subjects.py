"""The 主题分类 of a submission: the list a value must come from (the shipped national 21+1 classes,
``resources/subjects.txt``, or the file named by the ``subjects_file`` setting), and a suggestion from
the text by keyword lists per class (``resources/subject_keywords.txt``)."""

from __future__ import annotations

import functools
from pathlib import Path

from policy.fieldvalues import FieldValueError
from storage import Library, LibraryError

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
SUBJECTS_FILE = RESOURCES / "subjects.txt"
KEYWORDS_FILE = RESOURCES / "subject_keywords.txt"


def _lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8-sig")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


@functools.cache
def _load(path: str, mtime_ns: int) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_lines(Path(path))))


def load_subjects(path: str | Path | None = None) -> tuple[str, ...]:
    """The classes in ``path`` (default: the shipped list), in order; an empty or unreadable list is refused."""
    file = Path(path) if path else SUBJECTS_FILE
    try:
        subjects = _load(str(file), file.stat().st_mtime_ns)
    except (OSError, UnicodeDecodeError) as exc:
        raise LibraryError(
            "no_subjects", f"读不出主题分类表 {file}：{exc}", f"cannot read the subject list {file}"
        ) from None
    if not subjects:
        raise LibraryError("no_subjects", f"主题分类表 {file} 是空的", f"the subject list {file} is empty")
    return subjects


def subjects(lib: Library) -> tuple[str, ...]:
    """The library's list: the ``subjects_file`` setting, else the shipped one."""
    from workflow.config import load

    return load_subjects(load(lib).subjects_file)


def check_subject(lib: Library, value: str) -> None:
    allowed = subjects(lib)
    if value not in allowed:
        raise FieldValueError(
            f"“{value}”不在主题分类表中，可选：{'；'.join(allowed)} (not one of the subject classes)"
        )


@functools.cache
def _keywords() -> tuple[tuple[str, tuple[str, ...]], ...]:
    pairs = []
    for line in _lines(KEYWORDS_FILE):
        subject, _, words = line.partition("\t")
        pairs.append((subject.strip(), tuple(dict.fromkeys(words.split()))))
    return tuple(pairs)


def suggest_subject(
    text: str, allowed: tuple[str, ...] | None = None, limit: int = 3
) -> list[tuple[str, float]]:
    """Classes whose keywords occur in ``text``, best first, with a score in (0, 1] (the class's
    share of all keyword hits; a keyword counts at most 5 times, a longer one weighs more)."""
    scores: dict[str, float] = {}
    for subject, words in _keywords():
        if allowed is not None and subject not in allowed:
            continue
        hits = sum(min(text.count(w), 5) * (1 + 0.25 * (len(w) - 2)) for w in words)
        if hits:
            scores[subject] = hits
    total = sum(scores.values())
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])[:limit]
    return [(subject, round(hits / total, 3)) for subject, hits in ranked]
