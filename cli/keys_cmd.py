"""`keys init|export|list` and `trust add|list`: signing keys and the colleagues' keys trusted."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cli.common import actor, emit_json, open_library, passphrase
from policy.keys import ROLES
from storage import keys as stored_keys
from workflow import keys

AddGlobals = Callable[[argparse.ArgumentParser], None]


def add_parsers(sub: argparse._SubParsersAction, add_globals: AddGlobals) -> None:
    p = sub.add_parser("keys", help="个人签名密钥：生成、导出公钥、列出")
    ksub = p.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    q = ksub.add_parser("init", help="为一个人生成 Ed25519 签名密钥（本资料库自动信任）",
                        description="私钥保存在系统密钥环中；没有密钥环时保存为口令加密的文件，口令取自 --passphrase-file、"
                        "环境变量 POLICYPRESS_PASSPHRASE 或终端输入（至少 8 个字符）。")  # fmt: skip
    q.add_argument("--name", required=True, help="姓名")
    q.add_argument("--role", required=True, choices=ROLES, help="角色")
    q.add_argument("--store", choices=("auto", "keyring", "file"), default="auto",
                   help="私钥保存在哪里（默认 auto：有系统密钥环则用之）")  # fmt: skip
    q.add_argument("--passphrase-file", metavar="F", help="口令文件（第一行为口令）")
    add_globals(q)
    q.set_defaults(handler=cmd_init)
    q = ksub.add_parser("export", help="导出某人的公钥文件，交给同事 trust add")
    q.add_argument("--name", required=True, help="姓名")
    q.add_argument("--out", required=True, type=Path, metavar="FILE", help="公钥文件（或目录）")
    add_globals(q)
    q.set_defaults(handler=cmd_export)
    q = ksub.add_parser("list", help="列出本资料库的密钥与信任的公钥")
    add_globals(q)
    q.set_defaults(handler=cmd_list)

    p = sub.add_parser("trust", help="信任同事的公钥（审核人的签名只有被信任才有效）")
    tsub = p.add_subparsers(dest="trust_command", metavar="ACTION", required=True)
    q = tsub.add_parser("add", help="导入同事用 keys export 导出的公钥文件")
    q.add_argument("file", type=Path, metavar="FILE")
    add_globals(q)
    q.set_defaults(handler=cmd_trust)


def _row(record: stored_keys.KeyRecord) -> dict:
    return {"name": record.public.name, "role": record.public.role, "fingerprint": record.public.fingerprint,
            "own": record.own, "store": (record.private_store or "").split(":")[0] or None,
            "source": record.source}  # fmt: skip


def cmd_init(args: argparse.Namespace) -> int:
    lib = open_library(args)
    phrase = None if args.store == "keyring" else passphrase(args, "新私钥的口令 (new passphrase): ")
    record = keys.init_key(lib, args.name, args.role, phrase, args.store)
    if args.json:
        emit_json(_row(record))
    else:
        where = "系统密钥环" if record.private_store == "keyring" else "口令加密的密钥文件"
        print(f"已为 {record.public.name}（{record.public.role}）生成签名密钥，私钥保存在{where}")
        print(f"指纹 {record.public.fingerprint}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    path = keys.export_key(open_library(args), args.name, args.out)
    if args.json:
        emit_json({"file": str(path)})
    else:
        print(path)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    lib = open_library(args)
    listed = stored_keys.all_keys(lib)
    if args.json:
        for record in listed:
            emit_json(_row(record))
        return 0
    for record in listed:
        mine = "本人密钥" if record.own else "信任的公钥"
        print(f"{record.public.name}\t{record.public.role}\t{mine}\t{record.public.fingerprint}")
    if not listed:
        print("（没有密钥：用 keys init 生成）")
    return 0


def cmd_trust(args: argparse.Namespace) -> int:
    record = keys.trust_key(open_library(args), args.file, actor(args))
    if args.json:
        emit_json(_row(record))
    else:
        print(f"已信任 {record.public.name}（{record.public.role}）的公钥，指纹 {record.public.fingerprint}")
    return 0
