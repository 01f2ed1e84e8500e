"""``config show`` / ``config set KEY VALUE``: the library's settings (机构代码, 索引号规则, …)."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from cli.common import actor, emit_json, open_library
from policy.config import KEYS, LABELS
from workflow import config

AddGlobals = Callable[[argparse.ArgumentParser], None]
HINTS = {
    "org_code": "9 位组织机构代码或 18 位统一社会信用代码",
    "publisher": "网站上显示的发布机构",
    "index_scheme": "{org}/{year}-{serial:05d}（默认），或 manual（由网站分配）",
    "review_levels": "初审 或 初审+复审",
    "site_url": "http:// 或 https:// 开头",
    "site_protocol": "webdav 或 http",
    "trusted_reviewers": "可信审核人名单文件的路径",
    "subjects_file": "主题分类表文件的路径（默认：内置的 21+1 类）",
    "publish_raw_draft": "否（默认：发布清理后的发布件）或 是（按导入的原稿发布）",
}


def add_parser(sub: argparse._SubParsersAction, add_globals: AddGlobals) -> None:
    p = sub.add_parser("config", help="资料库设置：机构代码、发布机构、索引号规则等")
    add_globals(p)
    csub = p.add_subparsers(dest="config_command", metavar="ACTION", required=True, parser_class=type(p))
    q = csub.add_parser("show", help="显示资料库设置")
    add_globals(q)
    q.set_defaults(handler=cmd_show)
    q = csub.add_parser("set", help="修改一项设置（记入审计日志；空串恢复默认值）",
                        epilog="设置项：" + "；".join(f"{k}（{LABELS[k]}）：{HINTS[k]}" for k in KEYS))  # fmt: skip
    q.add_argument("key", choices=KEYS, metavar="KEY")
    q.add_argument("value", metavar="VALUE")
    add_globals(q)
    q.set_defaults(handler=cmd_set)


def cmd_show(args: argparse.Namespace) -> int:
    current = config.load(open_library(args))
    if args.json:
        emit_json(current.as_dict())
        return 0
    for key, value in current.as_dict().items():
        shown = "（未设置）" if value is None else value
        if key == "subjects_file" and value is None:
            shown = "（内置的 21+1 类）"
        print(f"{LABELS[key]}\t{shown}\t[{key}]")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    lib = open_library(args)
    new = config.set_value(lib, args.key, args.value, actor(args))
    value = getattr(new, args.key)
    if args.json:
        emit_json({"key": args.key, "value": value})
    else:
        print(f"已设置：{LABELS[args.key]} = {'（默认）' if value is None else value}")
    return 0
