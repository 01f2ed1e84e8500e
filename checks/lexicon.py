"""The word lists of the 用字和表述 rules (``resources/lexicons/``), read once, and fast matchers.

A word list (异形词, 常见差错, 机构名称) is matched with one compiled regular expression built as a
trie over all its forms: the regex engine skips to the characters a form can start with and tries
the forms sharing a prefix together, leftmost-longest, so a 50-page policy is screened in a few
milliseconds. A form found inside a longer string that is itself correct — a listed exception
(方案语言 for 案语), a string the district allows, or the recommended form of another entry
(区政务服务管理局（区行政服务中心） for 区行政服务中心) — is not reported.

The 严重表述错误 list holds regular expressions with an explanation and a suggested wording.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "lexicons"

VARIANTS = "yixing.txt"  # 《第一批异形词整理表》 (GF 1001—2001), a checked selection
MISSPELLINGS = "misspellings.txt"  # the district's list of common 错别字 (做为 → 作为 …)
AGENCIES = "agencies.txt"  # the district's 机构名称: wrong or old names → the standard name
SERIOUS = "serious.txt"  # 严重表述错误: regex, why it is wrong, the suggested wording

_EXCEPTIONS_PREFIX = re.compile(r"^例外[：:]\s*")


class LexiconError(ValueError):
    """A line of a word list that cannot be read: names the file and the line."""


@dataclass(frozen=True, slots=True)
class Entry:
    form: str  # what the text must not say
    recommended: str  # what it should say instead
    exceptions: tuple[str, ...] = ()  # longer strings containing ``form`` that are correct
    source: str = ""  # the file (or "settings") the entry comes from


@dataclass(frozen=True, slots=True)
class WordHit:
    start: int
    end: int
    entry: Entry


@dataclass(frozen=True, slots=True)
class Pattern:
    regex: re.Pattern[str]
    explanation: str
    suggestion: str = ""
    source: str = ""


def _lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        yield number, [c.strip() for c in line.split("\t")]


def read_entries(path: Path) -> tuple[Entry, ...]:
    """``form<TAB>recommended[<TAB>例外：a|b]`` lines; ``#`` comments and blank lines skipped."""
    out: list[Entry] = []
    for number, cols in _lines(path):
        if len(cols) < 2 or not cols[0] or not cols[1] or len(cols) > 3:
            raise LexiconError(f"{path.name}:{number}: 应为“写法<TAB>规范写法[<TAB>例外：…]”")
        if cols[0] == cols[1]:
            raise LexiconError(f"{path.name}:{number}: 写法与规范写法相同：{cols[0]}")
        exceptions: tuple[str, ...] = ()
        if len(cols) == 3 and cols[2]:
            exceptions = tuple(w.strip() for w in _EXCEPTIONS_PREFIX.sub("", cols[2]).split("|") if w.strip())
            bad = [w for w in exceptions if cols[0] not in w]
            if bad:
                raise LexiconError(f"{path.name}:{number}: 例外“{bad[0]}”不含“{cols[0]}”")
        out.append(Entry(cols[0], cols[1], exceptions, path.name))
    return tuple(out)


def read_patterns(path: Path) -> tuple[Pattern, ...]:
    """``regex<TAB>explanation[<TAB>suggestion]`` lines."""
    out: list[Pattern] = []
    for number, cols in _lines(path):
        if len(cols) < 2 or not cols[0] or not cols[1] or len(cols) > 3:
            raise LexiconError(f"{path.name}:{number}: 应为“正则<TAB>说明[<TAB>建议写法]”")
        try:
            regex = re.compile(cols[0])
        except re.error as exc:
            raise LexiconError(f"{path.name}:{number}: 正则写错了（{exc}）：{cols[0]}") from None
        if regex.search(""):
            raise LexiconError(f"{path.name}:{number}: 正则能匹配空串：{cols[0]}")
        out.append(Pattern(regex, cols[1], cols[2] if len(cols) == 3 else "", path.name))
    return tuple(out)


def _trie_regex(words: Iterable[str]) -> re.Pattern[str] | None:
    """One regex matching any of ``words``, longest first at each position (a trie of the forms)."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return re.compile(build(trie)) if trie else None


class WordMatcher:
    """All entries of one or more word lists, matched at once. Later entries win over earlier ones
    with the same form (a district's settings override the shipped files)."""

    def __init__(self, entries: Iterable[Entry], allow: Iterable[str] = ()) -> None:
        self.entries: dict[str, Entry] = {}
        for e in entries:
            self.entries[e.form] = e
        correct = {e.recommended for e in self.entries.values()} | set(allow)
        self._guards: dict[str, tuple[tuple[str, int], ...]] = {}
        for form, e in self.entries.items():
            guards = {(g, i) for g in (*e.exceptions, *correct) if g != form for i in _offsets(g, form)}
            self._guards[form] = tuple(sorted(guards))
        self.pattern = _trie_regex(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, text: str) -> Iterator[WordHit]:
        """Every listed form in ``text``, leftmost-longest, except where a correct string covers it."""
        if self.pattern is None:
            return
        pos = 0
        while (m := self.pattern.search(text, pos)) is not None:
            form, start = m.group(), m.start()
            if self._guarded(text, start, form):
                pos = start + 1
                continue
            yield WordHit(start, m.end(), self.entries[form])
            pos = m.end()

    def _guarded(self, text: str, start: int, form: str) -> bool:
        for guard, offset in self._guards[form]:
            begin = start - offset
            if begin >= 0 and text.startswith(guard, begin):
                return True
        return False


def _offsets(haystack: str, needle: str) -> list[int]:
    out, i = [], haystack.find(needle)
    while i >= 0:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


@cache
def entries(name: str) -> tuple[Entry, ...]:
    """The entries of one shipped list (read once per process)."""
    return read_entries(LEXICON_DIR / name)


@cache
def patterns(name: str = SERIOUS) -> tuple[Pattern, ...]:
    return read_patterns(LEXICON_DIR / name)


@lru_cache(maxsize=64)
def matcher(name: str, extra: tuple[tuple[str, str], ...] = (), allow: tuple[str, ...] = ()) -> WordMatcher:
    """The matcher for a shipped list plus a district's extra (form, recommended) pairs; cached, so
    each combination is compiled once."""
    added = (Entry(form, recommended, (), "settings") for form, recommended in extra)
    return WordMatcher((*entries(name), *added), allow)


@lru_cache(maxsize=64)
def serious_patterns(extra: tuple[tuple[str, str, str], ...] = ()) -> tuple[Pattern, ...]:
    """The shipped 严重表述错误 patterns plus a district's (regex, explanation, suggestion) triples
    (already validated by ``CheckSettings``)."""
    added = tuple(Pattern(re.compile(r), why, fix, "settings") for r, why, fix in extra)
    return (*patterns(SERIOUS), *added)
