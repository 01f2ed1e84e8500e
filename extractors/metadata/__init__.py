"""From a ``ParsedDocument``'s blocks to the 公文 elements of GB/T 9704 (``PolicyMetadata``).

The rules read the document in the order the standard lays it out: 版头 (head), 标题 and 主送,
the body, 附件说明, 署名 and 成文日期, 附注, then the 版记. Each value carries the block it came
from and the rule that found it. A value the document does not print stays empty.
"""

from __future__ import annotations

from extractors.metadata import body, head, tail
from extractors.metadata.found import Found
from extractors.metadata.lines import body_lines, is_styled
from policy.dates import find_dates
from policy.document import ParsedDocument
from policy.metadata import FIELD_KEYS, Fields, PolicyMetadata

__all__ = ["extract"]


def extract(document: ParsedDocument) -> PolicyMetadata:
    lines = body_lines(document)
    found = Found()
    if not lines:
        return PolicyMetadata()
    styled = is_styled(lines)
    h = head.read_head(lines, styled, found)
    body_from = (h.recipients_line + 1) if h.recipients_line is not None else h.title_end

    imprint_at = tail.imprint(lines, body_from, found)
    stop = imprint_at if imprint_at is not None else len(lines)
    dated = tail.find_date_line(lines, body_from, stop)
    if dated is not None:
        date_at, inline_signature = dated
        date_line = lines[date_at]
        dates = list(find_dates(date_line.compact))
        # after a 署名 on the same line the date is the last one; alone, the line is the date
        date = (dates[-1] if inline_signature is not None else dates[0]) if dates else None
        if date is not None:
            found.put("date", date.value, date_line.evidence("tail.date_line", 0.9))
        note_at = tail.attachment_note(lines, body_from, date_at, found)
        floor = (note_at + 1) if note_at is not None else body_from
        tail.signature(lines, date_at, inline_signature, floor, found)
        after_date = date_at + 1
    else:
        tail.attachment_note(lines, body_from, stop, found)
        after_date = body_from
    tail.disclosure(lines, body_from, found)
    body.validity(lines, h.title_end, found)

    structure = body.structure(
        lines, body_from, found.values.get("title"), found.values.get("doc_number"), after_date
    )
    if (
        structure.enclosed
        and structure.enclosed.title
        and ("暂行" in structure.enclosed.title or "试行" in structure.enclosed.title)
    ):
        found.put(
            "provisional", True, found.evidence.get("title") or lines[0].evidence("enclosed.provisional", 0.8)
        )
    values = {k: found.values[k] for k in FIELD_KEYS if k in found.values}
    return PolicyMetadata(fields=Fields(**values), structure=structure, evidence=dict(found.evidence))
