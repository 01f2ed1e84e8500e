"""The command line: a thin face over ``workflow``. ``run(argv)`` returns the exit code.

Exit codes (DESIGN.md): 0 success, 1 the command ran but found a problem, 2 usage error.
Global options (``--library PATH``, ``--json``) are accepted before or after the sub-command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cli import (
    bundle_cmds,
    check_cmd,
    config_cmd,
    details_cmd,
    extract_cmd,
    interpret_cmd,
    keys_cmd,
    library_cmds,
    preview_cmd,
    review_cmd,
    upload_cmd,
)
from policy.fieldvalues import FieldValueError
from storage import LibraryError

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"用法错误 (usage error): {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _global_options(parser: argparse.ArgumentParser, *, as_default: bool) -> None:
    default = None if as_default else argparse.SUPPRESS
    parser.add_argument("--library", metavar="PATH", default=default,
                        help="资料库目录（默认：用户数据目录，或环境变量 POLICYPRESS_HOME）")  # fmt: skip
    parser.add_argument("--json", action="store_true", default=False if as_default else argparse.SUPPRESS,
                        help="以 JSON 输出（每行一个对象，UTF-8）")  # fmt: skip
    parser.add_argument("--user", metavar="NAME", default=default,
                        help="操作人姓名，记入审计日志（默认：环境变量 POLICYPRESS_USER 或登录名）")  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python main.py",
        description="PolicyPress 政策文件发布助手 — 不带参数运行打开图形界面。",
        epilog="退出码：0 成功；1 命令已运行但发现问题；2 用法错误。",
    )
    _global_options(parser, as_default=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    add_globals = lambda p: _global_options(p, as_default=False)  # noqa: E731
    extract_cmd.add_parser(sub, add_globals)
    library_cmds.add_parsers(sub, add_globals)
    interpret_cmd.add_parser(sub, add_globals)
    check_cmd.add_parsers(sub, add_globals)
    details_cmd.add_parser(sub, add_globals)
    config_cmd.add_parser(sub, add_globals)
    preview_cmd.add_parser(sub, add_globals)
    keys_cmd.add_parsers(sub, add_globals)
    review_cmd.add_parser(sub, add_globals)
    bundle_cmds.add_parsers(sub, add_globals)
    upload_cmd.add_parser(sub, add_globals)
    return parser


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.handler(args))
    except FieldValueError as exc:
        print(f"用法错误 (usage error): {exc}", file=sys.stderr)
        return EXIT_USAGE
    except LibraryError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print("已取消 (cancelled)", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
