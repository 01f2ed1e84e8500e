"""Typed values of the metadata fields: parsed from what a clerk types, and to/from JSON."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from policy.dates import parse_date
from policy.docnumber import parse_doc_number
from policy.metadata import DISCLOSURES, DOC_TYPES, FIELD_KEYS, VALIDITIES

DATE_FIELDS = frozenset({"date", "print_date", "effective_date", "expiry_date", "publish_date"})
LIST_FIELDS = frozenset({"issuers", "attachments"})
CHOICES = {"doc_type": DOC_TYPES, "disclosure": DISCLOSURES, "validity": VALIDITIES}


class FieldValueError(ValueError):
    """``str(exc)`` is a one-line Chinese message with the English after it."""


def parse_field_value(key: str, text: str) -> Any:
    """The typed value of ``text`` typed for field ``key``; empty text clears the field."""
    if key not in FIELD_KEYS:
        raise FieldValueError(f"没有这个字段：{key} (no such field; fields: {', '.join(FIELD_KEYS)})")
    text = text.strip()
    if key in LIST_FIELDS:
        if text.startswith("["):
            items = json.loads(text)
        else:
            items = [x for x in (p.strip() for p in text.replace(";", "；").split("；")) if x]
        return tuple(str(x) for x in items)
    if key == "provisional":
        if text.lower() in ("是", "true", "1", "yes"):
            return True
        if text.lower() in ("否", "false", "0", "no", ""):
            return False
        raise FieldValueError(f"“{text}”不是 是/否 (expected yes/no)")
    if not text:
        return None
    if key in DATE_FIELDS:
        value = parse_date(text)
        if value is None:
            try:
                value = dt.date.fromisoformat(text)
            except ValueError:
                raise FieldValueError(
                    f"“{text}”不是完整日期，应写作 2024-03-04 或 2024年3月4日 (not a date)"
                ) from None
        return value
    if key == "validity_years":
        if not text.isdigit() or not 0 < int(text) < 100:
            raise FieldValueError(f"“{text}”不是有效年数 (not a number of years)")
        return int(text)
    if key in CHOICES and text not in CHOICES[key]:
        raise FieldValueError(f"“{text}”不是可选值之一：{'、'.join(CHOICES[key])} (not one of the choices)")
    if key == "doc_number" and parse_doc_number(text) is None:
        raise FieldValueError(f"“{text}”不像发文字号，应形如 昌府办字〔2024〕26号 (not a document number)")
    return text


def to_json_value(key: str, value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def from_json_value(key: str, value: Any) -> Any:
    if value is None:
        return () if key in LIST_FIELDS else (False if key == "provisional" else None)
    if key in DATE_FIELDS:
        return dt.date.fromisoformat(value)
    if key in LIST_FIELDS:
        return tuple(value)
    return value
