"""Use case: set a submission's kind-specific details — from a JSON object (any kind) or, for a
收费清单, from the rows of a CSV file (项目名称,依据,执收部门,资金管理方式,标准).

A JSON file is merged into what is stored, key by key (a key set to ``null`` is removed), so a
clerk can add the 解读's publication date without repeating the 公众参与 records; a CSV replaces
the rows. The result is validated as a whole, stored and audit-logged in one transaction; like
every edit, it sends a submitted or approved item back to 草稿 (its approval no longer counts).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from policy.details import FEE_COLUMNS, Details, DetailsError, parse_details
from policy.submission import Kind
from storage import Library, LibraryError, audit, submissions
from storage.details import set_details as store_details
from workflow import lifecycle

CSV_ENCODINGS = ("utf-8-sig", "gb18030")  # Excel in Chinese Windows saves CSV as GBK


def _problem(exc: DetailsError) -> LibraryError:
    return LibraryError(f"details_{exc.key}", exc.message_zh, exc.message_en)


def current(lib: Library, submission_id: int) -> Details:
    """The stored details, typed."""
    sub = submissions.get(lib, submission_id)
    try:
        return parse_details(sub.kind, sub.details)
    except DetailsError as exc:
        raise _problem(exc) from None


def read_csv_rows(path: Path) -> list[dict[str, str]]:
    """The rows of a 收费清单 CSV (UTF-8 or GBK), keyed by the header's column names."""
    raw = path.read_bytes()
    for encoding in CSV_ENCODINGS:
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise LibraryError("details_csv_encoding", f"无法识别 CSV 文件的编码（应为 UTF-8 或 GBK）：{path.name}",
                           f"cannot decode the CSV file (expected UTF-8 or GBK): {path.name}")  # fmt: skip
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if not header or not any(h.strip() for h in header):
        raise LibraryError("details_csv_empty", f"CSV 文件没有表头：{path.name}（应为 {','.join(FEE_COLUMNS.values())}）",
                           f"the CSV file has no header row: {path.name}")  # fmt: skip
    names = [h.strip() for h in header]
    rows = []
    for line, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(names) and any(v.strip() for v in values[len(names) :]):
            raise LibraryError("details_csv_columns", f"CSV 第{line}行的列数多于表头：{path.name}",
                               f"line {line} has more columns than the header: {path.name}")  # fmt: skip
        rows.append({name: value.strip() for name, value in zip(names, values, strict=False) if name})
    return rows


def read_details_file(path: Path, kind: Kind) -> tuple[dict[str, Any], bool]:
    """What a details file holds, and whether it replaces the stored details (a CSV) or merges (JSON)."""
    if not path.is_file():
        raise LibraryError("details_missing", f"找不到详情文件：{path}", f"details file not found: {path}")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        if kind is not Kind.FEE_LIST:
            raise LibraryError("details_csv_kind", f"CSV 只用于收费清单；“{kind.value}”的详情请用 JSON 文件",
                               f"a CSV is only for a 收费清单; use a JSON file for a {kind.name}")  # fmt: skip
        return {"rows": read_csv_rows(path)}, True
    if suffix in (".xlsx", ".xls", ".et"):
        raise LibraryError("details_xlsx", f"请把表格另存为 CSV（UTF-8）后再导入：{path.name}",
                           f"save the spreadsheet as CSV (UTF-8) and import that: {path.name}")  # fmt: skip
    try:
        data = json.loads(path.read_text("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LibraryError("details_json", f"详情文件不是有效的 JSON（{exc}）：{path.name}",
                           f"the details file is not valid JSON ({exc}): {path.name}") from None  # fmt: skip
    if not isinstance(data, dict):
        raise LibraryError("details_json", f"详情文件应是一个 JSON 对象（{{…}}）：{path.name}",
                           f"the details file must hold a JSON object: {path.name}")  # fmt: skip
    return data, False


def set_details(
    lib: Library,
    submission_id: int,
    data: dict[str, Any],
    actor: str,
    replace: bool = False,
    source: str = "",
) -> Details:
    """Merge ``data`` into the stored details (or replace them), validate, store, audit-log."""
    with lib.write():
        lifecycle.check_editable(lib, submission_id)
        sub = submissions.get(lib, submission_id)
        merged = dict(data) if replace else {**sub.details, **data}
        merged = {k: v for k, v in merged.items() if v is not None}
        try:
            details = parse_details(sub.kind, merged)
        except DetailsError as exc:
            raise _problem(exc) from None
        new = details.to_dict()
        if new == sub.details:
            return details
        changed = sorted(k for k in set(new) | set(sub.details) if new.get(k) != sub.details.get(k))
        store_details(lib, submission_id, new)
        audit.append(lib, actor, "details", submission_id,
                     {"source": source, "changed": changed,
                      "old": {k: sub.details.get(k) for k in changed},
                      "new": {k: new.get(k) for k in changed}})  # fmt: skip
        lifecycle.after_edit(lib, submission_id, actor)
    return details


def set_details_from_file(lib: Library, submission_id: int, path: str | Path, actor: str) -> Details:
    path = Path(path)
    kind = submissions.get(lib, submission_id).kind
    data, replace = read_details_file(path, kind)
    return set_details(lib, submission_id, data, actor, replace=replace, source=path.name)
