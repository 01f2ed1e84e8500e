"""`preview ID --out DIR`: the submission as the site will show it, as pages in a folder."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cli.common import emit_json, open_library
from workflow.preview import preview


def add_parser(
    sub: argparse._SubParsersAction, add_globals: Callable[[argparse.ArgumentParser], None]
) -> None:
    p = sub.add_parser(
        "preview", help="按网站的样子预览条目：政策文件页（公开目录信息表、正文、附件）与解读页，互相链接",
        description="在 DIR 中写出 policy.html、interpretation.html（有已回答的问答时还有 qa.html）"
        "及 files/ 下的附件与解读素材；页面自带样式，不联网即可用浏览器打开，页内可切换关怀模式。",
    )  # fmt: skip
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="输出目录（不存在则创建）")
    add_globals(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    result = preview(open_library(args), args.id, args.out)
    if args.json:
        emit_json({"id": args.id, "folder": str(result.folder), "pages": list(result.pages),
                   "files": list(result.files)})  # fmt: skip
        return 0
    for name in result.pages:
        print(result.folder / name)
    for name in result.files:
        print(result.folder / name)
    return 0
