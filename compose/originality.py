"""How much of a 解读 is copied from its policy (seed notice, point 二: 不得出现简单复制摘抄原文现象).

A character of the 解读 counts as copied when it lies in a run of at least ``min_run`` characters
that also occurs in the policy. Both texts are normalised first: whitespace, punctuation, symbols
and Markdown markers are dropped, full-width digits and Latin letters become half-width, Latin is
lower-cased. So re-punctuating or re-spacing a copied sentence does not hide it. Runs may cross the
policy's block boundaries (PDF readers often give one block per line). The share is copied
characters over all characters, both counted after normalisation; copied spans are reported in the
coordinates of the original 解读 text, each with the policy block its run was taken from.

Method: every ``min_run``-gram of the normalised policy goes into a dict (gram → first position);
the 解读 is scanned left to right, a hit is extended character by character along the policy, and
scanning resumes ``min_run - 1`` characters before the run's end, so the union of the runs is
exactly the set of characters covered by some common substring of length ≥ ``min_run``.

Calibration (``../shared/corpus/interpretations/``, the crawl header above ``---`` removed; each
问答 measured as one text against the policy ``t003-policy.md``; "stitched" is every 4th sentence of
t003 behind a 4-character lead-in 文件提出, with ，、“”； changed to ASCII punctuation and spaces)::

    min_run            6      8      9     10     11     12     13     14     16     18     20
    t004 (real pair) 0.123  0.051  0.036  0.032  0.021  0.017  0.014  0.011  0.008  0.005  0.005
    t014             0.050  0.018  0.009  0.007  0.005  0      0      0      0      0      0
    t015–t018        ≤0.018 0      0      0      0      0      0      0      0      0      0
    stitched         0.923  0.923  0.923  0.923  0.923  0.923  0.923  0.923  0.923  0.923  0.895

t004 is the 问答实录 that explains t003. At 13 it scores 0.014, and its four runs are real
quotations (强化技术与市场可行性双验证; 将科技服务业企业纳入“沪科专贷”“沪科专贴”支持范围; …). At 12 the
policy's title phrase 加快科技服务业高质量发展 joins them, and below 12 so do the stock phrases that
unrelated texts share (重大科技基础设施, 前沿技术和未来产业领域, 市科委、市发展改革委). So 13 stays the
default: the shortest run at which unrelated texts score 0 and only true quotations count. Between
whole policies of the dev corpus the share can reach 0.20 at 13, from the shared 版头/版记 and
formulaic openings of short 国务院办公厅 notices, which is not what a 解读 copies.

Speed (``bench/originality_speed.py``, 2 cores): a 5-page 解读 (3,300 characters, half copied)
against a 50-page policy (31,000 characters): 13–25 ms, of which indexing the policy is 12–20 ms;
re-measuring a draft against a built :class:`PolicyIndex` takes 0.7 ms.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from policy.document import ParsedDocument
from policy.interpretation import CopiedSpan, Interpretation, Originality, Section, SourceRef

DEFAULT_MIN_RUN = 13
MIN_RUN_RANGE = (6, 100)

# letters and digits of any script (CJK ideographs, 〇, Latin, Arabic numerals), without "_"
_WORD = re.compile(r"[^\W_]+")
_FOLD = {c: c + 0x20 for c in range(ord("A"), ord("Z") + 1)}
_FOLD |= {c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}  # ０-９
_FOLD |= {c: c - 0xFEE0 + 0x20 for c in range(0xFF21, 0xFF3B)}  # Ａ-Ｚ → a-z
_FOLD |= {c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)}  # ａ-ｚ


@dataclass(frozen=True, slots=True)
class OriginalitySettings:
    """``min_run``: the shortest run of characters (after normalisation) that counts as copied."""

    min_run: int = DEFAULT_MIN_RUN

    def __post_init__(self) -> None:
        low, high = MIN_RUN_RANGE
        if isinstance(self.min_run, bool) or not isinstance(self.min_run, int):
            raise TypeError(f"min_run must be an int, not {type(self.min_run).__name__}")
        if not low <= self.min_run <= high:
            raise ValueError(f"min_run must be between {low} and {high}, not {self.min_run}")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OriginalitySettings:
        unknown = set(data) - {"min_run"}
        if unknown:
            raise ValueError(f"unknown originality settings: {', '.join(sorted(unknown))}")
        return cls(**data)


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """``text`` normalised, and for each of its characters the index of the original character."""

    text: str
    origin: tuple[int, ...]


def normalise(text: str) -> NormalisedText:
    parts: list[str] = []
    origin: list[int] = []
    for m in _WORD.finditer(text):
        parts.append(m.group())
        origin.extend(range(m.start(), m.end()))
    return NormalisedText("".join(parts).translate(_FOLD), tuple(origin))


class PolicyIndex:
    """The policy's normalised text and its ``min_run``-grams; build once, measure many drafts."""

    def __init__(self, blocks: Iterable[tuple[str, SourceRef]], min_run: int = DEFAULT_MIN_RUN) -> None:
        self.min_run = OriginalitySettings(min_run).min_run
        texts: list[str] = []
        self._starts: list[int] = []  # normalised offset where each block starts
        self._origins: list[tuple[int, ...]] = []
        self._refs: list[SourceRef] = []
        offset = 0
        for text, ref in blocks:
            norm = normalise(text)
            if not norm.text:
                continue
            texts.append(norm.text)
            self._starts.append(offset)
            self._origins.append(norm.origin)
            self._refs.append(ref)
            offset += len(norm.text)
        self.text = "".join(texts)
        k = self.min_run
        s = self.text
        # iterate backwards so that the first occurrence of a gram is the one kept
        self._grams = {s[i : i + k]: i for i in range(len(s) - k, -1, -1)}

    @classmethod
    def of_document(cls, document: ParsedDocument, min_run: int = DEFAULT_MIN_RUN) -> PolicyIndex:
        return cls(((b.text, SourceRef(b.index, page=b.page)) for b in document.body), min_run)

    @classmethod
    def of_text(cls, text: str, min_run: int = DEFAULT_MIN_RUN) -> PolicyIndex:
        return cls(((line, SourceRef(i)) for i, line in enumerate(text.splitlines())), min_run)

    def runs(self, s: str) -> list[tuple[int, int, int]]:
        """Disjoint (start, end, policy position) runs of ``s`` that are copied, in order."""
        k, pol, grams = self.min_run, self.text, self._grams
        n, m = len(s), len(pol)
        out: list[tuple[int, int, int]] = []
        covered = 0  # end of the last run
        i = 0
        while i <= n - k:
            p = grams.get(s[i : i + k])
            if p is None:
                i += 1
                continue
            j = i + k
            while j < n and p + j - i < m and s[j] == pol[p + j - i]:
                j += 1
            start = max(i, covered)
            if j > start:
                out.append((start, j, p + start - i))
                covered = j
            i = max(i + 1, j - k + 1)
        return out

    def source(self, position: int, length: int) -> SourceRef:
        """The block holding normalised ``position``, with the original span of the run inside it."""
        b = bisect.bisect_right(self._starts, position) - 1
        ref, origin, start = self._refs[b], self._origins[b], self._starts[b]
        last = min(position + length, start + len(origin)) - 1 - start
        return SourceRef(ref.block, (origin[position - start], origin[last] + 1), ref.page, ref.label)


Measured = Interpretation | Sequence[Section] | Mapping[str, str]


def measure(
    interpretation: Measured,
    policy: ParsedDocument | PolicyIndex,
    settings: OriginalitySettings | None = None,
) -> Originality:
    """Copied share of the 解读 overall and per section (keyed by the 要素 name, or the mapping's keys).

    For an :class:`Interpretation` the eight 要素 sections are measured; to include the 问答 answers
    or keyword explanations, pass a mapping of name → text. ``policy`` may be a prebuilt
    :class:`PolicyIndex` (its ``min_run`` then wins over ``settings``). Empty sections score 0.0;
    an empty 解读 scores 0.0 overall.
    """
    settings = settings or OriginalitySettings()
    index = policy if isinstance(policy, PolicyIndex) else PolicyIndex.of_document(policy, settings.min_run)
    return _measure_parts(_parts(interpretation), index)


def measure_text(
    text: str, policy_text: str, settings: OriginalitySettings | None = None, key: str = "全文"
) -> Originality:
    """The same measure for plain strings: ``text`` is one part named ``key``; policy lines are blocks."""
    settings = settings or OriginalitySettings()
    return _measure_parts({key: text}, PolicyIndex.of_text(policy_text, settings.min_run))


def _parts(interpretation: Measured) -> dict[str, str]:
    if isinstance(interpretation, Interpretation):
        return {s.element.value: s.text for s in interpretation.sections}
    if isinstance(interpretation, Mapping):
        return dict(interpretation)
    return {s.element.value: s.text for s in interpretation}


def _measure_parts(parts: Mapping[str, str], index: PolicyIndex) -> Originality:
    per_section: dict[str, float] = {}
    spans: dict[str, tuple[CopiedSpan, ...]] = {}
    copied_total = chars_total = 0
    for key, text in parts.items():
        norm = normalise(text)
        runs = index.runs(norm.text) if norm.text else []
        copied = sum(end - start for start, end, _ in runs)
        copied_total += copied
        chars_total += len(norm.text)
        per_section[key] = copied / len(norm.text) if norm.text else 0.0
        spans[key] = tuple(
            CopiedSpan(norm.origin[start], norm.origin[end - 1] + 1, index.source(p, end - start))
            for start, end, p in runs
        )
    share = copied_total / chars_total if chars_total else 0.0
    return Originality(share, per_section, spans, index.min_run)
