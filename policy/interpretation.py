"""The 政策解读: eight 要素 sections, keywords with explanations, forms, and the drafting aids that
point back into the policy (suggestions, 新旧对照, 简明问答, originality)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Element(StrEnum):
    """The eight 要素 of the seed notice, point 二, in order."""

    BACKGROUND = "背景依据"
    GOALS = "目标任务"
    CONTENT = "主要内容"
    KEYWORDS = "关键词"
    SCOPE = "涉及范围"
    STANDARDS = "执行标准"
    MEASURES = "惠民利企举措"
    CHANGES = "新旧政策差异"


ELEMENTS: tuple[Element, ...] = tuple(Element)


class FormKind(StrEnum):
    """The forms an interpretation takes; the notice asks for at least two."""

    GRAPHIC = "图解"
    VIDEO = "视频"
    LIVE = "互动直播"
    QA = "简明问答"
    TALK = "现场宣讲"


class Change(StrEnum):
    ADDED = "新增"
    DELETED = "删除"
    MODIFIED = "修改"
    UNCHANGED = "未变"
    MOVED = "移动"


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where in the policy something came from: block index, character span, page, and a label."""

    block: int
    span: tuple[int, int] | None = None
    page: int | None = None
    label: str = ""  # e.g. "第三条" or "二、（一）"


@dataclass(frozen=True, slots=True)
class Suggestion:
    element: Element
    text: str
    source: SourceRef
    kind: str = "sentence"  # sentence | citation | target | heading | figure | …


@dataclass(frozen=True, slots=True)
class Keyword:
    word: str
    weight: float
    explanation: str = ""  # the clerk's plain-words explanation (专业术语 explained)
    sources: tuple[SourceRef, ...] = ()


@dataclass(frozen=True, slots=True)
class Form:
    kind: FormKind
    title: str = ""
    file_sha256: str | None = None  # a media file in the library
    file_name: str | None = None
    text: str = ""  # e.g. the 简明问答 in Markdown, a record of a 宣讲


@dataclass(frozen=True, slots=True)
class QAItem:
    question: str
    answer: str = ""  # written by the clerk in plain words
    sources: tuple[SourceRef, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    element: Element
    text: str = ""


@dataclass(frozen=True, slots=True)
class Interpretation:
    title: str
    policy_title: str | None = None
    sections: tuple[Section, ...] = tuple(Section(e) for e in ELEMENTS)
    keywords: tuple[Keyword, ...] = ()
    forms: tuple[Form, ...] = ()
    qa: tuple[QAItem, ...] = ()

    def section(self, element: Element) -> Section:
        return next(s for s in self.sections if s.element is element)

    @property
    def text(self) -> str:
        """All the written text, for search and the originality measure."""
        parts = [self.title] + [s.text for s in self.sections if s.text]
        parts += [f"{q.question}\n{q.answer}" for q in self.qa if q.answer]
        parts += [k.explanation for k in self.keywords if k.explanation]
        return "\n".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class DiffRow:
    """One row of the 新旧对照表."""

    change: Change
    old_label: str | None
    new_label: str | None
    old_text: str | None
    new_text: str | None
    similarity: float = 0.0
    # for 修改: the character-level diff as (op, text) pieces, op in "=", "-", "+"
    pieces: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class CopiedSpan:
    start: int
    end: int
    source: SourceRef | None = None


@dataclass(frozen=True, slots=True)
class Originality:
    """How much of the 解读 is copied from the policy: overall and per section, with the spans."""

    copied_share: float
    per_section: dict[str, float] = field(default_factory=dict)
    spans: dict[str, tuple[CopiedSpan, ...]] = field(default_factory=dict)
    min_run: int = 13
