"""`interpret FILE|ID [--old OLD] [--from WRITTEN] [--form 图解=chart.png]... [--out draft.docx]`."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from cli.common import actor, open_library
from compose import diff_docx
from compose.diff import change_label
from compose.export_docx import write_docx
from policy.interpretation import ELEMENTS, Element, Section
from policy.jsonform import plain
from policy.problems import Status
from workflow import interpret


def add_parser(
    sub: argparse._SubParsersAction, add_globals: Callable[[argparse.ArgumentParser], None]
) -> None:
    p = sub.add_parser("interpret", help="起草政策解读：要素框架、参考句、关键词、简明问答、新旧对照",
                       description="对文件或资料库条目（编号）生成政策解读框架与参考；对条目可存入已写好的解读。")  # fmt: skip
    p.add_argument("target", metavar="FILE|ID")
    p.add_argument(
        "--old", metavar="OLD_FILE", help="被替代的原政策文件：生成新旧对照表（对条目还会建立关联）"
    )
    p.add_argument(
        "--from", dest="written", metavar="WRITTEN", help="已写好的解读（.docx/.md/.txt），存入条目"
    )
    p.add_argument("--form", action="append", default=[], metavar="形式=文件",
                   help="解读形式：图解=chart.png、简明问答=qa.md、视频=clip.mp4 …（可多次使用）")  # fmt: skip
    p.add_argument(
        "--out", type=Path, metavar="DRAFT.docx", help="把解读写成 .docx（有对照表时另存 …-新旧对照表.docx）"
    )
    add_globals(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    is_id = args.target.isdigit() and not Path(args.target).exists()
    if (args.written or args.form) and not is_id:
        print("用法错误 (usage error): --from 和 --form 只能用于资料库条目编号", flush=True)
        return 2
    if is_id:
        lib = open_library(args)
        sid = int(args.target)
        if args.written or args.form or args.old:
            forms = [interpret.parse_form_option(f) for f in args.form]
            draft = interpret.store_interpretation(lib, sid, actor(args), args.written, forms, args.old)
        else:
            draft = interpret.draft_for_submission(lib, sid)
    else:
        draft = interpret.draft_for_file(args.target, args.old)
    if args.json:
        print(json.dumps(_as_json(draft), ensure_ascii=False), flush=True)
    else:
        _print(draft)
    if args.out and draft.interpretation is not None:
        _write(draft, args.out)
    return 1 if draft.status in (Status.ERROR, Status.NO_TEXT_LAYER) else 0


def _as_json(draft: interpret.Draft) -> dict:
    return {
        "file": draft.file,
        "id": draft.submission_id,
        "status": draft.status.value,
        "error": str(draft.problems[0]) if draft.problems and draft.interpretation is None else None,
        "interpretation": plain(draft.interpretation),
        "suggestions": {e.value: plain(s) for e, s in draft.suggestions.items()},
        "diff": None if draft.diff is None else {
            "related": draft.diff.related, "warnings": list(draft.diff.warnings),
            "rows": [{**plain(r), "label": change_label(r)} for r in draft.diff.rows],
        },
        "originality": plain(draft.originality),
    }  # fmt: skip


def _where(ref) -> str:
    label = f" · {ref.label}" if ref.label else ""
    page = f"第{ref.page}页 " if ref.page else ""
    return f"〔{page}第{ref.block + 1}段{label}〕"


def _print(draft: interpret.Draft) -> None:
    for problem in draft.problems:
        print(f"! {problem}")
    interp = draft.interpretation
    if interp is None:
        return
    print(interp.title)
    numerals = "一二三四五六七八"
    for n, element in enumerate(ELEMENTS):
        written = interp.section(element).text
        print(f"\n{numerals[n]}、{element.value}" + ("（已撰写）" if written else ""))
        if written:
            print("   " + written.replace("\n", "\n   "))
        if element is Element.KEYWORDS:
            for k in interp.keywords:
                explained = f"：{k.explanation}" if k.explanation else "：（请用通俗语言解释）"
                print(f"   · {k.word}{explained}")
            continue
        for s in draft.suggestions.get(element, ()):
            print(f"   参考：{s.text}  {_where(s.source)}")
    if interp.qa:
        print("\n简明问答（请用通俗语言作答）")
        for q in interp.qa:
            pointers = "、".join(r.label or f"第{r.block + 1}段" for r in q.sources)
            print(f"   问：{q.question}" + (f"\n   答：{q.answer}" if q.answer else f"  → 见 {pointers}"))
    if interp.forms:
        print(
            f"\n解读形式（{len(interp.forms)} 种，至少需要 2 种）："
            + "、".join(f"{f.kind.value}《{f.title}》" for f in interp.forms)
        )
    if draft.originality is not None:
        print(
            f"\n照搬原文比例：{draft.originality.copied_share:.1%}（连续 {draft.originality.min_run} 字以上相同计为照搬）"
        )
    if draft.diff is not None:
        print("\n新旧对照表")
        for warning in draft.diff.warnings:
            print(f"   ! {warning}")
        for i, row in enumerate(draft.diff.rows, 1):
            text = (row.new_text or row.old_text or "").replace("\n", " ")
            print(
                f"   {i:>3}  {change_label(row)}  {row.old_label or '—'} → {row.new_label or '—'}  {text[:40]}"
            )


def _write(draft: interpret.Draft, out: Path) -> None:
    interp = draft.interpretation
    placeholders = tuple(s if s.text else Section(s.element, "（待撰写）") for s in interp.sections)
    write_docx(replace(interp, sections=placeholders), out)
    print(f"已写出解读：{out}")
    if draft.diff is not None and draft.diff.rows:
        table = out.with_name(f"{out.stem}-新旧对照表.docx")
        diff_docx.write(draft.diff, table, title=interp.policy_title)
        print(f"已写出新旧对照表：{table}")
