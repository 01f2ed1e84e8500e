"""`details ID [--from FILE.json|FILE.csv] [--json]`: set or show a submission's kind-specific details."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from cli.common import actor, emit_json, open_library
from policy.details import FEE_COLUMNS, LABELS, ConsultationDetails, Details, FeeListDetails, PolicyDetails
from storage import submissions
from workflow import details as details_flow


def add_parser(
    sub: argparse._SubParsersAction, add_globals: Callable[[argparse.ArgumentParser], None]
) -> None:
    p = sub.add_parser(
        "details", help="设置或显示条目的类别详情：意见征集起止日期与征求结果、收费清单、解读发布日期、重大行政决策公众参与",
        description="不带 --from 时显示当前详情。JSON 文件按项合并到已有详情（值为 null 的项被删除）；"
        f"CSV 文件（收费清单，列：{','.join(FEE_COLUMNS.values())}）替换全部收费项目。修改记入审计日志，"
        "已提交或已通过的条目退回草稿。",
    )  # fmt: skip
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--from", dest="source", metavar="FILE.json|FILE.csv", help="详情文件")
    add_globals(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    lib = open_library(args)
    if args.source:
        details = details_flow.set_details_from_file(lib, args.id, args.source, actor(args))
    else:
        details = details_flow.current(lib, args.id)
    sub = submissions.get(lib, args.id)
    if args.json:
        emit_json(
            {"id": sub.id, "kind": sub.kind.value, "status": sub.status.value, "details": details.to_dict()}
        )
        return 0
    print(f"编号 {sub.id} · {sub.kind.value} · {sub.status.value} · {sub.title or '（无标题）'}")
    lines = describe(details)
    for line in lines:
        print(f"  {line}")
    if not lines:
        print("  （尚未填写详情）")
    return 0


def _value(value: object) -> str:
    if value is True:
        return "是"
    return str(value)


def describe(details: Details) -> list[str]:
    """The details as lines a clerk reads."""
    if isinstance(details, FeeListDetails):
        out = [f"收费项目 {len(details.rows)} 项"]
        for i, row in enumerate(details.rows, 1):
            cells = "；".join(f"{FEE_COLUMNS[k]}：{v or '—'}" for k, v in row.to_dict().items())
            out.append(f"{i:>3}. {cells}")
        return out
    data = details.to_dict()
    out = []
    for key, value in data.items():
        if key == "participation":
            continue
        out.append(f"{LABELS.get(key, key)}：{_value(value)}")
    if isinstance(details, PolicyDetails):
        for i, p in enumerate(details.participation, 1):
            when = f"{p.date or '日期未填'}" + (f" 至 {p.end_date}" if p.end_date else "")
            who = p.stakeholders or "直接利害关系人未填"
            out.append(
                f"公众参与 {i}：{p.method} · {when} · {who}" + (f" · {p.summary}" if p.summary else "")
            )
    if isinstance(details, ConsultationDetails) and details.opinion_count is None and data:
        out.append("收到意见条数：未填")
    return out
