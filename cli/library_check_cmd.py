"""The library-wide face of ``check``: ``python main.py check --library-wide [--columns FILE.csv]
[--settings FILE.json] [--as-of DATE] [--json] [--report out.html]``.

``cli/check_cmd.py`` owns the ``check`` command and calls ``run_library_wide(args)`` when
``--library-wide`` is given; ``add_arguments(parser)`` adds ``--as-of``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from checks.library_wide import ColumnStatus, Figures, LibraryFinding, LibraryReport, percent
from checks.settings import CheckSettings
from cli.common import actor, emit_json, err, open_library
from policy.dates import parse_date
from policy.findings import Severity
from policy.jsonform import plain
from workflow.library_checks import check_library, import_site_columns

RenderReport = Callable[[LibraryReport], str]
_MARK = {Severity.BLOCK: "✗", Severity.WARN: "⚠", Severity.INFO: "·"}


def _as_of(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        day = parse_date(text)
        if day is None:
            raise argparse.ArgumentTypeError(f"“{text}”不是日期，应写作 2024-12-31") from None
        return day


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The option of the library-wide check that ``check`` does not have itself (``--columns``,
    ``--settings``, ``--json`` and ``--report`` are ``check``'s)."""
    parser.add_argument("--as-of", type=_as_of, metavar="DATE", dest="as_of",
                        help="与 --library-wide 一起：以该日期为“今天”检查和统计（默认今天），如 2024-12-31")  # fmt: skip


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(header: list[str], rows: list[list[str]]) -> str:
    """Plain-text columns aligned for Chinese (wide characters count twice)."""
    widths = [max(_width(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c + " " * (w - _width(c)) for c, w in zip(r, widths, strict=True)).rstrip()
             for r in [header, *rows]]  # fmt: skip
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def figures_table(rows: tuple[Figures, ...]) -> str:
    header = ["部门", "年度", "重大政策", "已解读", "重大政策解读率", "有解读", "同日发布", "同日发布率",
              "意见征集", "≥30天", "征集达标率"]  # fmt: skip
    body = [
        [f.department, str(f.year), str(f.major_policies), str(f.major_interpreted), percent(f.major_rate),
         str(f.interpreted), str(f.same_day), percent(f.same_day_rate), str(f.consultations),
         str(f.consultations_long_enough), percent(f.consultation_rate)]
        for f in rows
    ]  # fmt: skip
    return table(header, body)


def columns_table(rows: tuple[ColumnStatus, ...]) -> str:
    header = ["栏目", "类型", "最后更新", "栏目清单", "本资料库", "已过天数", "要求", "状态"]
    day = lambda d: d.isoformat() if d else "—"  # noqa: E731
    body = [
        [c.name, c.column_type, day(c.last_update), day(c.site_list_date), day(c.library_date),
         "—" if c.days_since is None else str(c.days_since), "—" if c.limit_days is None else f"{c.limit_days}天",
         "空白" if c.last_update is None else ("超期" if c.stale else "正常")]
        for c in rows
    ]  # fmt: skip
    return table(header, body)


def text_report(report: LibraryReport) -> str:
    counts = {s: sum(1 for f in report.findings if f.finding.severity is s) for s in Severity}
    summary = "，".join(f"{n} 项{s.value}" for s, n in counts.items() if n) or "未发现问题"
    out = [f"资料库检查（截至 {report.today.isoformat()}）：{summary}", ""]
    for lf in report.findings:
        f = lf.finding
        out.append(f"{_MARK[f.severity]} {f.severity.value} {f.message_zh}")
        out.append(f"    依据：{f.citation}")
        out.append(f"    修改：{f.fix}  〔{f.id}〕")
    out += [
        "",
        "栏目更新情况",
        columns_table(report.columns) if report.columns else "（没有栏目：导入栏目清单或发布条目后再查）",
    ]
    out += [
        "",
        "考核数据（按发布年度）",
        figures_table(report.figures) if report.figures else "（没有已发布的条目）",
    ]
    out += ["", "重大政策解读率 = 有解读的（规范性文件 + 标为重大的政策）÷ 全部（《要点》二：达到100%）；"
            "同日发布率 = 与文件同日发布的解读 ÷ 有解读的政策；征集达标率 = 征集期不少于30天的意见征集 ÷ 全部。"]  # fmt: skip
    return "\n".join(out)


def json_lines(report: LibraryReport) -> list[dict[str, Any]]:
    """One object per finding, column and figures row (``type`` says which)."""
    out: list[dict[str, Any]] = []
    for lf in report.findings:
        item = plain(lf)
        out.append({"type": "finding", **item.pop("finding"), **item})
    out += [{"type": "column", **plain(c)} for c in report.columns]
    out += [{"type": "figures", **plain(f), "major_rate": f.major_rate, "same_day_rate": f.same_day_rate,
             "consultation_rate": f.consultation_rate} for f in report.figures]  # fmt: skip
    return out


def figure_rows(report: LibraryReport) -> list[dict[str, Any]]:
    """The 考核 table as rows of column name → value, for ``checks.report.render(figures=…)``."""
    return [
        {"部门": f.department, "年度": f.year, "重大政策": f.major_policies, "已解读": f.major_interpreted,
         "重大政策解读率": percent(f.major_rate), "有解读": f.interpreted, "同日发布": f.same_day,
         "同日发布率": percent(f.same_day_rate), "意见征集": f.consultations,
         "征集≥30天": f.consultations_long_enough, "征集达标率": percent(f.consultation_rate)}
        for f in report.figures
    ]  # fmt: skip


def render_html(report: LibraryReport) -> str:
    """The printable page, through the check report's template."""
    from checks import report as page

    return page.render(
        "资料库整体检查报告", f"截至 {report.today.isoformat()} · 栏目更新、过期清理、解读配套与考核指标", [],
        figures=figure_rows(report), library_findings=[lf.finding for lf in report.findings],
    )  # fmt: skip


def _settings(args: argparse.Namespace) -> CheckSettings:
    path = getattr(args, "settings", None)
    if isinstance(path, CheckSettings):
        return path
    if path is None:
        return CheckSettings()
    from cli.check_cmd import load_settings

    return load_settings(Path(path))


def run_library_wide(
    args: argparse.Namespace, settings: CheckSettings | None = None, render_report: RenderReport | None = None
) -> int:
    """``check --library-wide``: 0 when nothing blocks, 1 when a finding is 阻断."""
    settings = settings or _settings(args)
    lib = open_library(args)
    columns = getattr(args, "columns", None)
    if columns is not None:
        count = import_site_columns(lib, columns, actor(args))
        if not getattr(args, "json", False):
            err(f"已导入栏目清单 {Path(columns).name}：{count} 个栏目")
    report = check_library(lib, settings, getattr(args, "as_of", None))
    if getattr(args, "json", False):
        for obj in json_lines(report):
            emit_json(obj)
    else:
        print(text_report(report))
    out = getattr(args, "report", None)
    if out:
        page = (render_report or render_html)(report)
        Path(out).write_text(page, encoding="utf-8")
        if not getattr(args, "json", False):
            err(f"报告已写入 {out}")
    return 1 if any(f.finding.blocking for f in report.findings) else 0


__all__ = [
    "LibraryFinding",
    "add_arguments",
    "figure_rows",
    "figures_table",
    "run_library_wide",
    "text_report",
]
