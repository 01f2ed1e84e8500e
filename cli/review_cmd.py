"""`review ID|送审包.zip --decision 通过|退回 --reviewer NAME`: the signed 保密审查 decision."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from pathlib import Path

from cli.common import emit_json, open_library, passphrase
from policy.secrecy import APPROVE, LEVELS, RETURN, Withheld
from policy.submission import SubmissionStatus as S
from storage import LibraryError, submissions
from workflow import bundling, receiving, review

AddGlobals = Callable[[argparse.ArgumentParser], None]


def add_parser(sub: argparse._SubParsersAction, add_globals: AddGlobals) -> None:
    p = sub.add_parser(
        "review", help="科室负责人审核（保密审查）：通过或退回，签名并绑定内容哈希",
        description="审核资料库中待审核的条目 ID，或收到的送审包文件。结论绑定将要打包发布的内容的 SHA-256，"
        "并用审核人的私钥签名；有阻断问题时不能通过；审核人不能审核自己经办的条目。"
        "审核送审包文件时，结果（审核通过的包或退回的包）写入 --out 目录，交回经办人或上传员。",
    )  # fmt: skip
    p.add_argument("target", metavar="ID|送审包.zip")
    p.add_argument("--decision", required=True, choices=(APPROVE, RETURN))
    p.add_argument("--reviewer", required=True, metavar="NAME", help="审核人（须在本资料库有科室负责人密钥）")
    p.add_argument("--comment", default="", help="审核意见（退回时必填，随条目退回经办人）")
    p.add_argument("--level", choices=LEVELS, help="审核层级（默认：下一个尚未作出的层级）")
    form = p.add_argument_group("保密审查表（未填的项按条目内容填写默认值）")
    form.add_argument("--info-name", metavar="TEXT", help="信息名称（默认：标题）")
    form.add_argument("--summary", metavar="TEXT", help="内容摘要（默认：文号与标题）")
    form.add_argument("--method", metavar="TEXT", help="拟公开方式（默认：政府网站主动公开）")
    form.add_argument("--scope", metavar="TEXT", help="公开范围（默认：社会公众）")
    form.add_argument("--publish-time", metavar="TEXT", help="公开时间（默认：审核通过后 20 个工作日内）")
    form.add_argument("--withhold", action="append", default=[], metavar="内容|理由|依据",
                      help="不予公开的部分及其理由和依据（可多次使用）")  # fmt: skip
    p.add_argument(
        "--passphrase-file", metavar="F", help="私钥口令文件（第一行）；也可用环境变量 POLICYPRESS_PASSPHRASE"
    )
    p.add_argument(
        "--out", type=Path, metavar="DIR", help="审核送审包文件时，结果包写到这里（默认：送审包所在目录）"
    )
    add_globals(p)
    p.set_defaults(handler=run)


def _form(args: argparse.Namespace, sub) -> review.SecrecyForm:
    form = review.default_form(sub)
    withheld = []
    for text in args.withhold:
        parts = [x.strip() for x in text.split("|")]
        if len(parts) != 3 or not all(parts):
            raise LibraryError(
                "bad_withhold",
                f"--withhold 应写作“内容|理由|依据”：{text}",
                "--withhold takes 内容|理由|依据",
            )
        withheld.append(Withheld(*parts))
    given = {"info_name": args.info_name, "summary": args.summary, "method": args.method, "scope": args.scope,
             "publish_time": args.publish_time}  # fmt: skip
    return dataclasses.replace(form, **{k: v for k, v in given.items() if v}, withheld=tuple(withheld))


def run(args: argparse.Namespace) -> int:
    lib = open_library(args)
    received = not args.target.isdigit()
    if received:
        opened = receiving.open_bundle(lib, Path(args.target), args.reviewer)
        sid = opened.submission_id
    else:
        sid = int(args.target)
    sub = submissions.get(lib, sid)
    decided = review.review(
        lib, sid, args.decision, args.reviewer, passphrase(args), comment=args.comment, level=args.level,
        form=_form(args, sub),
    )  # fmt: skip
    status = submissions.get(lib, sid).status
    written = None
    if received and status in (S.APPROVED, S.RETURNED):
        written = bundling.answer(lib, sid, args.out or Path(args.target).resolve().parent, args.reviewer)
    if args.json:
        emit_json({"id": sid, "level": decided.level, "decision": decided.decision, "reviewer": decided.reviewer,
                   "payload_sha256": decided.payload_sha256, "status": status.value,
                   "file": str(written.path) if written else None})  # fmt: skip
        return 0
    print(f"已记录第 {sid} 条的{decided.level}结论“{decided.decision}”（{decided.reviewer}，已签名），"
          f"绑定内容 {decided.payload_sha256[:16]}…；现为“{status.value}”")  # fmt: skip
    if status is S.PENDING:
        print("还需复审后才算审核通过")
    if written is not None:
        print(written.path)
    return 0
