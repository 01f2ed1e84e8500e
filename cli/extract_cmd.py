"""`extract FILE... [--json]`: a readable table per file, or one JSON object per line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from policy.extraction import Extraction
from policy.jsonform import extraction_json, plain
from policy.metadata import FIELD_KEYS
from policy.problems import Status
from workflow.extract import extract_files

LABELS = {
    "doc_number": "发文字号", "title": "标题", "issuer_mark": "发文机关标志", "issuers": "发文机关署名",
    "date": "成文日期", "recipients": "主送机关", "attachments": "附件说明", "cc": "抄送机关",
    "printer": "印发机关", "print_date": "印发日期", "doc_type": "文种", "disclosure": "公开属性",
    "signer": "签发人", "effective_date": "施行日期", "expiry_date": "有效期至", "copy_number": "份号",
    "classification": "密级和保密期限", "urgency": "紧急程度", "registration_number": "规范性文件登记号",
    "validity_years": "有效期（年）", "provisional": "暂行/试行", "validity": "有效性",
    "index_number": "索引号", "subject": "主题分类", "publisher": "发布机构", "publish_date": "发布日期",
}  # fmt: skip
STATUS_ZH = {
    Status.OK: "已读取",
    Status.PARTIAL: "部分读取",
    Status.NO_TEXT_LAYER: "无文字层",
    Status.ERROR: "无法读取",
}


def add_parser(
    sub: argparse._SubParsersAction, add_globals: Callable[[argparse.ArgumentParser], None]
) -> None:
    p = sub.add_parser("extract", help="提取公文元数据（标题、文号、发文机关、成文日期……）",
                       description="读取公文文件（.docx .doc .wps .pdf .ofd .txt），提取 GB/T 9704 要素。")  # fmt: skip
    p.add_argument("files", nargs="+", metavar="FILE")
    add_globals(p)
    p.set_defaults(handler=run)


def _show(value: object) -> str:
    value = plain(value)
    if isinstance(value, list):
        return "；".join(str(v) for v in value)
    if isinstance(value, bool):
        return "是" if value else ""
    return "" if value is None else str(value)


def print_table(result: Extraction, out) -> None:
    print(f"== {result.file}  [{STATUS_ZH[result.status]}]", file=out)
    for problem in result.problems:
        print(f"   ! {problem}", file=out)
    if result.metadata is None:
        return
    fields, evidence = result.metadata.fields, result.metadata.evidence
    for key in FIELD_KEYS:
        shown = _show(getattr(fields, key))
        if not shown:
            continue
        ev = evidence.get(key)
        where = ""
        if ev is not None:
            page = f"第{ev.page}页 " if ev.page else ""
            where = f"{page}第{(ev.block or 0) + 1}段 · {ev.rule} · {ev.confidence:.2f}"
        print(f"   {LABELS[key]:<8}\t{shown}\t{where}", file=out)
    enclosed = result.metadata.structure.enclosed
    if enclosed and enclosed.title:
        print(f"   {'所附文件':<8}\t{enclosed.verb}《{enclosed.title}》", file=out)


def run(args: argparse.Namespace) -> int:
    failed = False
    out = sys.stdout
    for result in extract_files(args.files):
        failed |= result.status in (Status.ERROR, Status.NO_TEXT_LAYER)
        if args.json:
            print(json.dumps(extraction_json(result), ensure_ascii=False), file=out, flush=True)
        else:
            print_table(result, out)
            out.flush()
    return 1 if failed else 0
