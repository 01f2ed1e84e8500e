"""行政事业性收费项目清单 (《要点》一: 需包含项目、依据、执收部门等内容; 《政府信息公开条例》第二十条
(八): 行政事业性收费项目及其依据、标准).

Each row is checked on its own and the finding points at it (``Location(row=i)``, counted from 0
and shown from 1). 资金管理方式 is required only where the district says so
(``fee_requires_fund_management``). A 文号 cited in 依据 should have the GB/T 9704 form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.citations import YAODIAN
from checks.context import CheckContext
from checks.registry import Hit, rule
from checks.settings import CheckSettings
from policy.details import FEE_COLUMNS, DetailsError, FeeListDetails, parse_details
from policy.docnumber import DocNumber, find_doc_numbers
from policy.findings import Location, Severity
from policy.submission import Kind

# the agency part of a cited 文号 sometimes swallows the title before it (no bracket in between)
_TITLE_END = re.compile(r".*(?:通知|意见|决定|办法|规定|文件|批复|函|的)")


def _rows(ctx: CheckContext) -> FeeListDetails | None:
    try:
        details = parse_details(ctx.kind, ctx.details)
    except DetailsError:
        return None
    return details if isinstance(details, FeeListDetails) else None


def _label(i: int, name: str) -> str:
    return f"第{i + 1}行" + (f"“{name}”" if name else "")


@rule("SF-01-row-complete", Severity.BLOCK,
      citation=f"{YAODIAN}一（行政事业性收费项目清单需包含项目、依据、执收部门等内容）；《政府信息公开条例》第二十条（八）",
      title="收费项目有项目名称、依据、执收部门", kinds=[Kind.FEE_LIST],
      fix="补全该行的项目名称、依据（文件名称和文号）和执收部门",
      fix_en="Fill in the row's item name, basis (the document's title and document number) and collecting "
      "department")  # fmt: skip
def row_complete(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    details = _rows(ctx)
    if details is None:
        return
    required = ["name", "basis", "department"] + (
        ["fund_management"] if settings.fee_requires_fund_management else []
    )
    for i, row in enumerate(details.rows):
        missing = [key for key in required if not getattr(row, key)]
        if not missing:
            continue
        names = "、".join(FEE_COLUMNS[k] for k in missing)
        yield Hit(f"收费清单{_label(i, row.name)}缺少{names}",
                  f"fee list row {i + 1} lacks {', '.join(missing)}",
                  Location(field=missing[0], row=i), matched=f"{row.name or row.standard}|{','.join(missing)}")  # fmt: skip


def _shown(number: DocNumber) -> tuple[str, str]:
    """(as printed, corrected), without the title words the agency part may have swallowed."""
    agency = _TITLE_END.sub("", number.agency) or number.agency
    printed = number.printed[len(number.agency) - len(agency) :]
    return printed, f"{agency}〔{number.year}〕{int(number.serial)}号"


@rule("SF-02-basis-docnumber", Severity.WARN, citation="GB/T 9704-2012 §7.2.5（发文字号）",
      title="依据中的文号格式规范", kinds=[Kind.FEE_LIST],
      fix="把依据中的文号改为标准写法：年份用六角括号〔〕并标全称，顺序号不加“第”、不编虚位",
      fix_en="Write the document number in the basis in the standard form: the full year in hexagonal brackets 〔〕, "
      "the serial number without “第” and without leading zeros")  # fmt: skip
def basis_doc_number(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    details = _rows(ctx)
    if details is None:
        return
    for i, row in enumerate(details.rows):
        for number in find_doc_numbers(row.basis):
            if not number.problems:
                continue
            printed, corrected = _shown(number)
            note = "；".join(number.problems)
            yield Hit(f"收费清单{_label(i, row.name)}依据中的文号“{printed}”应写作“{corrected}”（{note}）",
                      f"fee list row {i + 1}: write the document number {printed} as {corrected}",
                      Location(field="basis", row=i), matched=printed)  # fmt: skip


@rule("SF-03-rows-present", Severity.WARN,
      citation=f"{YAODIAN}一（行政事业性收费项目清单需包含项目、依据、执收部门等内容）",
      title="收费清单列有收费项目", kinds=[Kind.FEE_LIST],
      fix="导入收费项目（CSV 表格，列：项目名称,依据,执收部门,资金管理方式,标准）；确无收费项目的，在清单中注明",
      fix_en="Import the fee items (a CSV table with the columns 项目名称,依据,执收部门,资金管理方式,标准); "
      "if there really are no fees, say so in the fee list")  # fmt: skip
def rows_present(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    details = _rows(ctx)
    if details is not None and details.rows:
        return
    yield Hit("收费清单没有列出任何收费项目，无法核对项目、依据和执收部门",
              "the fee list has no rows", Location(field="rows"), matched="no-rows")  # fmt: skip
