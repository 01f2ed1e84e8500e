"""The library commands: import, list, search, show, set, submit, library backup|restore|verify."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from cli.common import actor, emit_json, err, open_library
from cli.extract_cmd import LABELS
from policy.jsonform import fields_json, plain
from policy.metadata import FIELD_KEYS
from policy.problems import Status
from policy.submission import Kind, SubmissionStatus
from storage import audit, records, submissions
from storage import maintenance as maint
from storage.library import default_library_path
from workflow import editing
from workflow.importing import import_files

AddGlobals = Callable[[argparse.ArgumentParser], None]
KINDS = [k.value for k in Kind]
STATUSES = [s.value for s in SubmissionStatus]


def add_parsers(sub: argparse._SubParsersAction, add_globals: AddGlobals) -> None:
    p = sub.add_parser("import", help="导入文件到资料库（提取元数据并保存原件）")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--kind", choices=KINDS, default=Kind.POLICY.value, help="类别（默认：政策文件）")
    p.add_argument("--attach", action="append", default=[], metavar="FILE", help="附件文件（可多次使用）")
    p.add_argument("--department", help="经办科室")
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser("list", help="列出资料库中的条目")
    _filters(p)
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("search", help="全文检索（标题、文号、发文机关、正文、解读）")
    p.add_argument("query", metavar="QUERY")
    _filters(p)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("show", help="显示一个条目的全部信息")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("set", help="确认或更正一个字段的值（记入审计日志）")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("field", choices=FIELD_KEYS, metavar="FIELD")
    p.add_argument(
        "value", metavar="VALUE", help="多个值用“；”分隔；日期写作 2024-03-04 或 2024年3月4日；空串清除"
    )
    p.set_defaults(handler=cmd_set)

    p = sub.add_parser("submit", help="提交审核（草稿 → 待审核）")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(handler=cmd_submit)

    lib = sub.add_parser("library", help="资料库维护：备份、恢复、校验")
    lib_sub = lib.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, helptext, handler in (
        ("backup", "在线备份数据库到 FILE（使用中也保持一致）", cmd_backup),
        ("restore", "从备份 FILE 恢复（原数据库另存为 .before-restore）", cmd_restore),
    ):
        q = lib_sub.add_parser(name, help=helptext)
        q.add_argument("file", type=Path, metavar="FILE")
        add_globals(q)
        q.set_defaults(handler=handler)
    q = lib_sub.add_parser("verify", help="校验数据库、审计链和原件")
    add_globals(q)
    q.set_defaults(handler=cmd_verify)
    for parser in (
        sub.choices[name] for name in ("import", "list", "search", "show", "set", "submit", "library")
    ):
        add_globals(parser)


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--kind", choices=KINDS)
    p.add_argument("--year", type=int)
    p.add_argument("--issuer")


def cmd_import(args: argparse.Namespace) -> int:
    lib = open_library(args)
    total = len(args.files)
    progress = (lambda done, n: err(f"[{done}/{n}] 正在导入…")) if total > 1 else None
    failed = False
    for outcome in import_files(lib, args.files, actor(args), Kind(args.kind), args.attach, args.department,
                                progress=progress):  # fmt: skip
        failed |= outcome.submission_id is None
        if args.json:
            emit_json({"file": outcome.file, "id": outcome.submission_id, "status": outcome.status.value,
                       "error": outcome.error,
                       "messages": [p.message_zh for p in outcome.problems]})  # fmt: skip
        elif outcome.submission_id is None:
            print(f"✗ {outcome.file}：{outcome.error}")
        else:
            note = "（无文字层，需手工填写）" if outcome.status is Status.NO_TEXT_LAYER else ""
            print(f"✓ {outcome.file} → 编号 {outcome.submission_id}{note}")
    return 1 if failed else 0


def _summary_line(s) -> str:
    return f"{s.id:>5}  {s.status.value}  {s.kind.value}  {s.doc_number or '—'}  {s.title or '（无标题）'}"


def cmd_list(args: argparse.Namespace) -> int:
    lib = open_library(args)
    rows = submissions.summaries(lib, args.status, args.kind, args.year, args.issuer)
    for s in rows:
        emit_json(s) if args.json else print(_summary_line(s))
    if not args.json:
        print(f"共 {len(rows)} 条")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from storage.search import search

    lib = open_library(args)
    hits = search(lib, args.query, status=args.status, kind=args.kind, year=args.year, issuer=args.issuer)
    for h in hits:
        if args.json:
            emit_json(h)
        else:
            print(f"{h.submission_id:>5}  {h.status.value}  {h.doc_number or '—'}  {h.title or '（无标题）'}")
            print(f"       {h.snippet}")
    if not args.json:
        print(f"共 {len(hits)} 条结果")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    lib = open_library(args)
    sub = submissions.get(lib, args.id)
    if args.json:
        emit_json({
            "id": sub.id, "kind": sub.kind.value, "status": sub.status.value, "department": sub.department,
            "site_column": sub.site_column, "created_at": sub.created_at, "updated_at": sub.updated_at,
            "extraction_status": sub.extraction_status, "fields": fields_json(sub.fields),
            "extracted": fields_json(sub.extracted.fields),
            "confirmed": {k: {"old": plain(c.old), "new": plain(c.new), "who": c.who, "at": c.at}
                          for k, c in sub.confirmed.items()},
            "files": sub.files, "details": sub.details,
            "suggested_subjects": [] if sub.fields.subject else _suggested_subjects(lib, sub),
            "links": [{"from": a, "to": b, "kind": k.value} for a, b, k in records.links(lib, sub.id)],
            "reviews": records.reviews(lib, sub.id),
            "history": [{"at": e.at, "actor": e.actor, "action": e.action, "detail": e.detail}
                        for e in audit.entries(lib, sub.id)],
        })  # fmt: skip
        return 0
    print(f"编号 {sub.id} · {sub.kind.value} · {sub.status.value} · 更新于 {sub.updated_at:%Y-%m-%d %H:%M}")
    fields = sub.fields
    for key in FIELD_KEYS:
        value = plain(getattr(fields, key))
        if value in (None, [], "", False):
            continue
        mark = "（已确认）" if key in sub.confirmed else ""
        shown = "；".join(map(str, value)) if isinstance(value, list) else value
        print(f"  {LABELS[key]:<8}\t{shown}{mark}")
    if not fields.subject:
        suggested = _suggested_subjects(lib, sub)
        if suggested:
            print(f"  建议主题分类\t{'；'.join(f'{s}（{score:.2f}）' for s, score in suggested)}")
    for f in sub.files:
        print(f"  文件\t{f.role.value}\t{f.name}\t{f.size} 字节\t{f.sha256[:12]}")
    for r in records.reviews(lib, sub.id):
        signed = "，已签名" if r.record else ""
        comment = f"：{r.comment}" if r.comment else ""
        print(
            f"  审核\t{r.at:%Y-%m-%d %H:%M}\t{r.level}“{r.decision}”\t{r.reviewer}（{r.role}{signed}）{comment}"
        )
    for e in audit.entries(lib, sub.id):
        print(f"  记录\t{e.at}\t{e.actor}\t{e.action}\t{plain(e.detail)}")
    return 0


def _suggested_subjects(lib, sub) -> list[tuple[str, float]]:
    from workflow.subjects import subjects, suggest_subject

    return suggest_subject(f"{sub.fields.title or ''}\n{sub.body_text}", subjects(lib))


def cmd_set(args: argparse.Namespace) -> int:
    lib = open_library(args)
    value = editing.confirm_field(lib, args.id, args.field, args.value, actor(args))
    if args.json:
        emit_json({"id": args.id, "field": args.field, "value": value,
                   "status": submissions.get(lib, args.id).status.value})  # fmt: skip
    else:
        print(f"已确认：编号 {args.id} 的{LABELS[args.field]} = {plain(value)}")
    return 0


def cmd_submit(args: argparse.Namespace) -> int:
    from workflow.submitting import SubmitRefused, submit

    lib = open_library(args)
    try:
        remaining = submit(lib, args.id, actor(args))
    except SubmitRefused as refused:
        if args.json:
            emit_json(
                {
                    "id": args.id,
                    "status": "refused",
                    "error": refused.message_zh,
                    "blocking": [
                        {"id": f.id, "rule": f.rule_id, "message": f.message_zh} for f in refused.findings
                    ],
                }
            )
        else:
            print(f"不能提交审核：编号 {args.id} 有 {len(refused.findings)} 项阻断问题", file=sys.stderr)
            for f in refused.findings:
                print(f"  ✗ {f.message_zh}（{f.location.describe()}）〔{f.id}〕", file=sys.stderr)
            print("修改后重新提交，或由审核人用 accept 命令接受。", file=sys.stderr)
        return 1
    index_number = submissions.get(lib, args.id).fields.index_number
    if args.json:
        emit_json({"id": args.id, "status": SubmissionStatus.PENDING.value, "warnings": len(remaining),
                   "index_number": index_number})  # fmt: skip
    else:
        if index_number:
            print(f"索引号：{index_number}")
        else:
            print("提示：未配置机构代码，未分配索引号（python main.py config set org_code 机构代码）")
        print(
            f"已提交审核：编号 {args.id}（待审核）"
            + (f"，另有 {len(remaining)} 项警告/提示" if remaining else "")
        )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    lib = open_library(args)
    maint.backup(lib, args.file)
    emit_json({"backup": str(args.file)}) if args.json else print(f"已备份到 {args.file}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    root = Path(args.library) if getattr(args, "library", None) else default_library_path()
    maint.restore(root, args.file)
    open_library(args).close()  # the restored library opens (and is migrated if it is older)
    emit_json({"restored": str(args.file)}) if args.json else print(f"已从 {args.file} 恢复资料库")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    lib = open_library(args)
    check = maint.verify(lib)
    if args.json:
        emit_json({"ok": check.ok, "database_ok": check.database_ok, "audit_entries": check.chain.entries,
                   "bad_entry": check.chain.bad_entry, "reason": check.chain.reason,
                   "missing_files": check.missing_files, "damaged_files": check.damaged_files})  # fmt: skip
    else:
        print(f"数据库完整性：{'正常' if check.database_ok else '损坏'}")
        chain = "完整" if check.chain.ok else f"异常：{check.chain.reason}"
        print(f"审计日志（{check.chain.entries} 条）：{chain}")
        for sha in check.missing_files:
            print(f"缺失原件：{sha}")
        for sha in check.damaged_files:
            print(f"原件已被改动：{sha}")
        print("校验通过" if check.ok else "校验未通过")
    return 0 if check.ok else 1
