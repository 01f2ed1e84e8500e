"""Bundles as files: `send` (送审包), `open` (a received bundle), `bundle` (the approved one),
`verify`, `export` to a folder or USB stick, and `change` (失效/废止/修订/撤回 of a published item)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from bundles.verify import BundleReport
from cli.common import actor, emit_json, err, open_library
from policy.fieldvalues import parse_field_value
from workflow import bundling, changes, receiving
from workflow.export import export
from workflow.verify import verify_bundles

AddGlobals = Callable[[argparse.ArgumentParser], None]


def add_parsers(sub: argparse._SubParsersAction, add_globals: AddGlobals) -> None:
    def command(
        name: str, help_text: str, handler, description: str | None = None
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=description or help_text)
        add_globals(p)
        p.set_defaults(handler=handler)
        return p

    p = command(
        "send", "生成送审包（待审核条目的内容，不含审核结论），交给另一台电脑上的科室负责人", cmd_send
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--out", required=True, type=Path, metavar="DIR")
    p = command("open", "打开收到的包（送审包、审核通过的包或退回的包），先校验再导入资料库", cmd_open)
    p.add_argument("files", nargs="+", type=Path, metavar="BUNDLE.zip")
    p = command("bundle", "生成审核通过的发布包（BagIt，文件名为索引号）", cmd_bundle,
                "写出 BagIt 1.0 包：data/ 下为清理后的发布件及其 PDF、附件、policy.html、interpretation.html、"
                "解读素材、metadata.json 和签名的 review.json；内容正是审核时冻结的那一份。")  # fmt: skip
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--out", required=True, type=Path, metavar="DIR")
    p = command("verify", "校验包：完整、校验值、审核签名来自可信审核人、内容与审核哈希一致、格式与安全", cmd_verify,
                "退出码 0 全部有效；1 有无效的包（列出每一条原因）。")  # fmt: skip
    p.add_argument("files", nargs="+", type=Path, metavar="BUNDLE.zip")
    p = command("export", "把包复制到文件夹或 U 盘，并校验复制后的副本", cmd_export)
    p.add_argument("files", nargs="+", type=Path, metavar="BUNDLE.zip")
    p.add_argument("--to", required=True, type=Path, metavar="DIR")
    p = command(
        "change", "为已发布的条目申请变更：失效、废止、修订或撤回（生成一个待审核的变更条目）", cmd_change
    )
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--kind", required=True, choices=changes.CHANGE_KINDS)
    p.add_argument("--reason", default="", help="说明")
    p.add_argument("--date", help="生效日期（默认今天）")


def _written(args: argparse.Namespace, written: bundling.BundleWritten) -> int:
    if args.json:
        emit_json({"id": written.submission_id, "file": str(written.path), "kind": written.kind,
                   "index_number": written.index_number, "payload_sha256": written.payload_sha256,
                   "bundle_sha256": written.bundle_sha256})  # fmt: skip
    else:
        print(written.path)
    return 0


def cmd_send(args: argparse.Namespace) -> int:
    return _written(args, bundling.send(open_library(args), args.id, args.out, actor(args)))


def cmd_bundle(args: argparse.Namespace) -> int:
    return _written(args, bundling.bundle(open_library(args), args.id, args.out, actor(args)))


def cmd_open(args: argparse.Namespace) -> int:
    lib = open_library(args)
    code = 0
    for path in args.files:
        try:
            opened = receiving.open_bundle(lib, path, actor(args))
        except receiving.BundleInvalid as exc:
            code = 1
            _report(args, exc.report)
            continue
        if args.json:
            emit_json({"file": str(path), "id": opened.submission_id, "kind": opened.kind, "new": opened.new,
                       "status": opened.status.value, "comment": opened.comment})  # fmt: skip
        else:
            how = "导入为" if opened.new else "对应"
            extra = f"；退回意见：{opened.comment}" if opened.comment else ""
            print(
                f"{path.name}（{opened.kind}）{how}第 {opened.submission_id} 条，现为“{opened.status.value}”{extra}"
            )
    return code


def _report(args: argparse.Namespace, report: BundleReport) -> None:
    if args.json:
        emit_json({"file": report.file, "valid": report.ok, "kind": report.kind, "index_number": report.index_number,
                   "title": report.title, "bundle_sha256": report.bundle_sha256,
                   "payload_sha256": report.payload_sha256,
                   "reviewers": [{"level": d.level, "decision": d.decision, "reviewer": d.reviewer} for d in report.decisions],
                   "reasons": [{"key": r.key, "message": r.message_zh, "message_en": r.message_en, "path": r.path}
                               for r in report.reasons]})  # fmt: skip
        return
    name = Path(report.file).name
    if report.ok:
        who = "、".join(f"{d.level}{d.decision}（{d.reviewer}）" for d in report.decisions)
        print(
            f"✓ {name}：有效（{report.kind}，索引号 {report.index_number or '无'}{'，' + who if who else ''}）"
        )
        return
    err(f"✗ {name}：无效，{len(report.reasons)} 项问题")
    for r in report.reasons:
        err(f"  - {r.message_zh} ({r.message_en})")


def cmd_verify(args: argparse.Namespace) -> int:
    reports = verify_bundles(open_library(args), args.files)
    for report in reports:
        _report(args, report)
    return 0 if all(r.ok for r in reports) else 1


def cmd_export(args: argparse.Namespace) -> int:
    results = export(open_library(args), args.files, args.to, actor(args))
    for r in results:
        if args.json:
            emit_json({"file": r.source, "exported": r.target if r.ok else None,
                       "reasons": [{"key": x.key, "message": x.message_zh, "message_en": x.message_en} for x in r.reasons]})  # fmt: skip
        elif r.ok:
            print(f"✓ {Path(r.source).name} → {r.target}（副本已校验）")
        else:
            err(f"✗ {Path(r.source).name}：未导出")
            for x in r.reasons:
                err(f"  - {x.message_zh} ({x.message_en})")
    return 0 if all(r.ok for r in results) else 1


def cmd_change(args: argparse.Namespace) -> int:
    date = parse_field_value("effective_date", args.date) if args.date else None
    sid = changes.request_change(open_library(args), args.id, args.kind, actor(args), args.reason, date)
    if args.json:
        emit_json({"id": sid, "of": args.id, "kind": args.kind})
    else:
        print(
            f"已建立变更条目第 {sid} 条（{args.kind}第 {args.id} 条）：提交审核（submit {sid}）并审核通过后生成发布包"
        )
    return 0
