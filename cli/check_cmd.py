"""`check FILE|ID [--kind K] [--json] [--report out.html]`, `check --library-wide …`,
and `accept ID FINDING_ID --reviewer NAME --reason TEXT`."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from checks import report
from checks.settings import CheckSettings
from cli.common import emit_json, open_library
from cli.fix_commands import command_for
from cli.library_check_cmd import add_arguments as add_library_wide_arguments
from policy.findings import Finding, Severity
from policy.jsonform import plain
from policy.problems import Status
from policy.submission import Kind
from workflow import check as wf

AddGlobals = Callable[[argparse.ArgumentParser], None]
DEFAULT_LIBRARY = ""  # `--library` given without a PATH
ICON = {Severity.BLOCK: "✗", Severity.WARN: "!", Severity.INFO: "·"}


def add_parsers(sub: argparse._SubParsersAction, add_globals: AddGlobals) -> None:
    p = sub.add_parser("check", help="按政务公开要求和 GB/T 9704 检查文件或条目",
                       conflict_handler="resolve",
                       description="检查文件（FILE）或资料库条目（ID）；不给 FILE|ID 而给 --library [PATH]"
                                   "（或 --library-wide）则检查整个资料库。"
                                   "退出码：0 无阻断；1 至少一项阻断；2 用法错误。")  # fmt: skip
    p.add_argument("target", nargs="?", metavar="FILE|ID")
    p.add_argument(
        "--kind", choices=[k.value for k in Kind], default=Kind.POLICY.value, help="检查文件时的类别"
    )
    p.add_argument("--report", type=Path, metavar="OUT.html", help="另存一份可打印的 HTML 检查报告")
    p.add_argument(
        "--settings", type=Path, metavar="FILE.json", help="本区的检查设置（阈值、字体、机构电话表……）"
    )
    p.add_argument(
        "--library-wide", action="store_true", help="检查整个资料库：更新及时性、过期文件、考核指标"
    )
    p.add_argument(
        "--columns", type=Path, metavar="FILE.csv", help="与 --library-wide 一起：导入网站栏目更新表"
    )
    add_library_wide_arguments(p)
    add_globals(p)
    # `check --library` alone means the library-wide check of the default library; with a PATH,
    # and no FILE|ID, that library's library-wide check (the global option, made optional here)
    p.add_argument("--library", nargs="?", const=DEFAULT_LIBRARY, default=argparse.SUPPRESS, metavar="PATH",
                   help="资料库目录；不给 FILE|ID 时检查整个资料库")  # fmt: skip
    p.set_defaults(handler=run_check)

    p = sub.add_parser("accept", help="审核人接受一项检查结果（记入审计日志，此后不再阻断）")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("finding", metavar="FINDING_ID")
    p.add_argument("--reviewer", required=True, metavar="NAME")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--settings", type=Path, metavar="FILE.json")
    add_globals(p)
    p.set_defaults(handler=run_accept)


def load_settings(path: Path | None) -> CheckSettings:
    if path is None:
        return CheckSettings()
    from storage import LibraryError

    try:
        return CheckSettings.from_dict(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, TypeError) as exc:
        raise LibraryError(
            "bad_settings", f"检查设置文件有误（{exc}）：{path}", f"bad settings file ({exc}): {path}"
        ) from None


def finding_json(f: Finding) -> dict:
    return {
        "id": f.id, "rule": f.rule_id, "severity": f.severity.value, "message": f.message_zh,
        "message_en": f.message_en, "citation": f.citation, "location": plain(f.location),
        "where": f.location.describe(), "fix": f.fix, "fix_en": f.fix_en, "accepted": plain(f.accepted),
    }  # fmt: skip


def print_findings(findings: list[Finding], out=sys.stdout, submission_id: int | None = None) -> None:
    for f in findings:
        accepted = f"（已由 {f.accepted.reviewer} 接受：{f.accepted.reason}）" if f.accepted else ""
        print(f"{ICON[f.severity]} [{f.severity.value}] {f.message_zh}{accepted}", file=out)
        print(f"    位置：{f.location.describe()}　依据：{f.citation}", file=out)
        if f.fix:
            print(f"    修改：{f.fix}", file=out)
        command = command_for(f.rule_id, submission_id)
        if command:
            print(f"    命令：{command}", file=out)
        print(f"    编号：{f.id}", file=out)
    counts = {s: sum(1 for f in findings if f.severity is s and not f.accepted) for s in Severity}
    print("检查结果：" + "，".join(f"{s.value} {n}" for s, n in counts.items()), file=out)


def run_check(args: argparse.Namespace) -> int:
    library_wide = args.library_wide or (not args.target and getattr(args, "library", None) is not None)
    if getattr(args, "library", None) == DEFAULT_LIBRARY:
        args.library = None  # the default library
    if library_wide:
        from cli.library_check_cmd import run_library_wide

        return run_library_wide(args, load_settings(args.settings))
    if not args.target:
        print("用法错误 (usage error): 需要 FILE 或 ID，或 --library-wide", file=sys.stderr)
        return 2
    settings = load_settings(args.settings)
    is_id = args.target.isdigit() and not Path(args.target).exists()
    if is_id:
        lib = open_library(args)
        findings = wf.check_submission(lib, int(args.target), settings)
        subject = f"资料库条目 {args.target}"
    else:
        context, extraction = wf.context_for_file(args.target, Kind(args.kind))
        if extraction.status is Status.ERROR:
            print(extraction.error, file=sys.stderr)
            return 1
        findings = wf.check_context(context, settings)
        subject = args.target
    if args.json:
        for f in findings:
            emit_json(finding_json(f))
    else:
        print_findings(findings, submission_id=int(args.target) if is_id else None)
    if args.report:
        title = "政务公开发布前检查报告"
        report.write(args.report, report.render(title, subject, findings))
        if not args.json:
            print(f"已写出检查报告：{args.report}")
    return 1 if wf.blocking(findings) else 0


def run_accept(args: argparse.Namespace) -> int:
    lib = open_library(args)
    finding = wf.accept(lib, args.id, args.finding, args.reviewer, args.reason, load_settings(args.settings))
    if args.json:
        emit_json(finding_json(finding))
    else:
        print(f"已接受：{finding.message_zh}（{args.reviewer}：{args.reason}）")
    return 0
