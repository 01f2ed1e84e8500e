"""The policy's body as sentences with their place: block, span, page and the clause or heading
label they fall under. For a notice that 印发/转发 a document, the enclosed document is the body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from policy.document import ParsedDocument
from policy.interpretation import SourceRef
from policy.metadata import PolicyMetadata

_SENTENCE_END = re.compile(r"[^。！？；!?;]*[。！？；!?;]?")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    source: SourceRef


def labels(metadata: PolicyMetadata) -> dict[int, str]:
    """Block index → the label of the clause or outline heading that starts there, with its parents
    (二（一）1.)."""
    found: dict[int, str] = {}
    stack: dict[int, str] = {}
    for heading in sorted(metadata.structure.outline, key=lambda h: h.block):
        stack = {level: marker for level, marker in stack.items() if level < heading.level}
        stack[heading.level] = heading.marker.rstrip("、")
        found.setdefault(heading.block, "".join(stack[level] for level in sorted(stack)))
    for clause in metadata.structure.clauses:
        found[clause.block] = clause.label
    return found


def _is_heading_only(text: str) -> bool:
    """A heading line (一、住房租赁补贴标准) is a frame, not a sentence to suggest."""
    return bool(_HEADING.match(text)) and not re.search(r"[。；！？]", text) and len(text) <= 40


def body_range(document: ParsedDocument, metadata: PolicyMetadata) -> tuple[int, int]:
    """Block indexes [start, stop) of the text a 解读 is about."""
    enclosed = metadata.structure.enclosed
    if enclosed is not None and enclosed.block is not None:
        return enclosed.block + 1, len(document.blocks)
    start = 0
    for key in ("recipients", "title"):
        ev = metadata.evidence.get(key)
        if ev is not None and ev.block is not None:
            start = ev.block + 1
            break
    stop = len(document.blocks)
    date = metadata.evidence.get("date")
    if date is not None and date.block is not None and date.block > start:
        stop = date.block
    return start, stop


def sentences(document: ParsedDocument, metadata: PolicyMetadata) -> list[Sentence]:
    start, stop = body_range(document, metadata)
    block_labels = labels(metadata)
    current = ""
    out: list[Sentence] = []
    body = {b.index for b in document.body}
    for block in document.blocks[start:stop]:
        if block.index not in body:
            continue
        current = block_labels.get(block.index, current)
        if _is_heading_only(block.text.strip()):
            continue
        for m in _SENTENCE_END.finditer(block.text):
            text = m.group(0).strip()
            if len(text) < 4:
                continue
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            span = (m.start() + lead, m.start() + lead + len(text))
            out.append(Sentence(text, SourceRef(block.index, span, block.page, current)))
    return out
