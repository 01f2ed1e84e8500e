"""Use case: the library-wide checks and the 考核 figures (``check --library-wide``), and importing the
district's site-column list (a CSV: 栏目,类型,最后更新日期), since one clerk's library does not see
the whole site."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from checks import library_wide
from checks.library_wide import ColumnInfo, LibraryData, LibraryItem, LibraryReport
from checks.settings import CheckSettings
from policy.dates import NUMERIC_DATE, parse_date
from storage import Library, LibraryError, audit, sitecolumns
from storage.sitecolumns import PublishedRow, SiteColumn

_HEADERS = {
    "name": ("栏目", "栏目名称", "栏目名", "名称"),
    "type": ("类型", "栏目类型", "类别"),
    "date": (
        "最后更新日期",
        "最后更新",
        "更新日期",
        "最近更新日期",
        "最新更新日期",
        "最后更新时间",
        "更新时间",
    ),
}
_STATUSES = (*library_wide.WAS_PUBLISHED,)


def _problem(path: Path, line: int | None, zh: str, en: str) -> LibraryError:
    where = f"第{line}行：" if line else ""
    return LibraryError("columns_csv", f"栏目清单 {path.name} {where}{zh}", f"column list {path.name}: {en}")


def _decode(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LibraryError(
            "columns_csv", f"无法读取栏目清单（{exc.strerror}）：{path}", f"cannot read {path}"
        ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")  # saved by Excel on a Chinese Windows


def _cell_date(text: str) -> dt.date | None:
    text = text.strip()
    if not text:
        return None
    m = NUMERIC_DATE.match(text)
    if m is not None:
        try:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
    return parse_date(text.split()[0]) or parse_date(text)


def read_columns_csv(path: str | Path) -> list[SiteColumn]:
    """The rows of the district's column list. Dates as 2024-06-04, 2024/6/4, 2024.6.4 or
    2024年6月4日 (a time after them is ignored); an empty date means never updated."""
    path = Path(path)
    rows = list(csv.reader(io.StringIO(_decode(path))))
    header = [c.strip() for c in rows[0]] if rows else []
    index = {}
    for key, names in _HEADERS.items():
        found = next((i for i, c in enumerate(header) if c in names), None)
        if found is None:
            raise _problem(path, 1, f"缺少“{names[0]}”列；第一行应为：栏目,类型,最后更新日期",
                           f"no {names[0]} column; the first line must be 栏目,类型,最后更新日期")  # fmt: skip
        index[key] = found
    out = []
    for line, row in enumerate(rows[1:], start=2):
        cells = [c.strip() for c in row] + [""] * (len(header) - len(row))
        if not any(cells):
            continue
        name, kind, when = cells[index["name"]], cells[index["type"]], cells[index["date"]]
        if not name or not kind:
            raise _problem(path, line, "栏目和类型不能为空", "a column needs a name and a type")
        day = _cell_date(when)
        if when and day is None:
            raise _problem(path, line, f"“{when}”不是日期，应写作 2024-06-04", f"{when!r} is not a date")
        out.append(SiteColumn(name, kind, day))
    return out


def import_site_columns(lib: Library, path: str | Path, actor: str) -> int:
    """Replace the stored column list with the file's (audit-logged); returns the number of columns."""
    path = Path(path)
    columns = read_columns_csv(path)
    with lib.write():
        count = sitecolumns.replace_columns(lib, columns, path.name)
        audit.append(lib, actor, "site_columns", None, {"file": path.name, "columns": count})
    return count


def _item(row: PublishedRow) -> LibraryItem:
    sub = row.submission
    fields = sub.fields
    published = row.published_at.date() if row.published_at else fields.publish_date
    issuer = (sub.issuer or "").split("、")[0]
    return LibraryItem(
        id=sub.id,
        kind=sub.kind,
        status=sub.status,
        title=sub.title or fields.title,
        doc_number=sub.doc_number or fields.doc_number,
        department=sub.department or issuer or library_wide.NO_DEPARTMENT,
        site_column=sub.site_column,
        fields=fields,
        metadata=sub.extracted,
        details=sub.details,
        published_on=published,
        has_interpretation=row.interpretation_chars > 0,
    )


def library_data(lib: Library, today: dt.date | None = None) -> LibraryData:
    """What the library-wide checks read: published and formerly published items, links, statuses
    and the imported column list."""
    items = tuple(_item(r) for r in sitecolumns.published_rows(lib, _STATUSES))
    columns = tuple(
        ColumnInfo(c.name, c.column_type, c.last_updated) for c in sitecolumns.imported_columns(lib).columns
    )
    return LibraryData(
        items=items,
        links=tuple(sitecolumns.all_links(lib)),
        statuses=sitecolumns.statuses(lib),
        columns=columns,
        today=today or dt.date.today(),
    )


def check_library(
    lib: Library, settings: CheckSettings | None = None, today: dt.date | None = None
) -> LibraryReport:
    """The library-wide findings, each column's freshness, and the 考核 figures."""
    return library_wide.run(library_data(lib, today), settings)
