"""The hand-over on the command line, three libraries as on three machines: the clerk sends a
送审包, the section head reviews the file and sends back the approved bundle, the uploader verifies
and exports it; a tampered copy fails with its reasons."""

from __future__ import annotations

import json
import zipfile

from tests.storage import cli, make_submittable, write_notices

PASS = "长江后浪推前浪-2024"


def ok(*args, **kwargs):
    result = cli(*args, **kwargs)
    assert result.returncode == 0, result.stderr + result.stdout
    return result


def test_send_review_return_file_verify_and_export(tmp_path):
    clerk, head, uploader = (tmp_path / n for n in ("clerk", "head", "uploader"))
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n", "utf-8")
    # the section head makes a key and hands its public half to the uploader and the clerk
    made = ok(
        "--library",
        head,
        "keys",
        "init",
        "--name",
        "李科长",
        "--role",
        "科室负责人",
        "--passphrase-file",
        secret,
    )
    assert "口令加密的密钥文件" in made.stdout and PASS not in made.stdout
    ok("--library", head, "keys", "export", "--name", "李科长", "--out", tmp_path / "lee.json")
    for lib in (uploader, clerk):
        ok("--library", lib, "trust", "add", tmp_path / "lee.json")
    # the clerk prepares, submits and sends
    ok("--library", clerk, "config", "set", "org_code", "000000000")
    (notice,) = write_notices(tmp_path / "in", [5])
    ok("--library", clerk, "--user", "张三", "import", notice)
    make_submittable(clerk, 1, tmp_path / "work")
    ok("--library", clerk, "--user", "张三", "submit", "1")
    sent = json.loads(ok("--library", clerk, "--json", "send", "1", "--out", tmp_path / "mail").stdout)
    assert sent["file"].endswith("000000000_2024-00001_送审包.zip")
    # the section head reviews the file received; the approved bundle is written beside it
    reviewed = ok("--library", head, "--json", "review", sent["file"], "--decision", "通过", "--reviewer", "李科长",
                  "--comment", "同意", "--scope", "社会公众", "--passphrase-file", secret, "--out", tmp_path / "back")  # fmt: skip
    answer = json.loads(reviewed.stdout)
    assert answer["status"] == "已通过" and answer["file"].endswith("back/000000000_2024-00001.zip")
    # the clerk opens the answer: the submission is approved
    opened = ok("--library", clerk, "open", answer["file"])
    assert "第 1 条" in opened.stdout and "已通过" in opened.stdout
    shown = ok("--library", clerk, "show", "1").stdout
    assert "初审“通过”\t李科长（科室负责人，已签名）：同意" in shown
    # the uploader verifies and exports it
    verified = ok("--library", uploader, "verify", answer["file"])
    assert "有效" in verified.stdout and "李科长" in verified.stdout
    exported = ok("--library", uploader, "export", answer["file"], "--to", tmp_path / "usb")
    assert (tmp_path / "usb" / "000000000_2024-00001.zip").is_file() and "副本已校验" in exported.stdout
    # a tampered copy: exit 1, every reason listed, nothing exported
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(answer["file"]) as src, zipfile.ZipFile(tampered, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(
                item,
                data.replace("重点工作".encode(), "重要工作".encode())
                if item.filename.endswith("policy.html")
                else data,
            )
    bad = cli("--library", uploader, "--json", "verify", tampered)
    assert bad.returncode == 1
    report = json.loads(bad.stdout)
    assert report["valid"] is False and {r["key"] for r in report["reasons"]} >= {"checksum"}
    assert cli("--library", uploader, "export", tampered, "--to", tmp_path / "usb2").returncode == 1
    assert not (tmp_path / "usb2" / "tampered.zip").exists()


def test_review_refuses_with_exit_1_and_bad_usage_with_exit_2(tmp_path):
    lib = tmp_path / "lib"
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS, "utf-8")
    ok(
        "--library",
        lib,
        "keys",
        "init",
        "--name",
        "张三",
        "--role",
        "科室负责人",
        "--passphrase-file",
        secret,
    )
    (notice,) = write_notices(tmp_path / "in", [6])
    ok("--library", lib, "--user", "张三", "import", notice)
    make_submittable(lib, 1, tmp_path / "work")
    ok("--library", lib, "--user", "张三", "submit", "1")
    own = cli(
        "--library",
        lib,
        "review",
        "1",
        "--decision",
        "通过",
        "--reviewer",
        "张三",
        "--passphrase-file",
        secret,
    )
    assert own.returncode == 1 and "不能审核自己经办的条目" in own.stderr and "Traceback" not in own.stderr
    usage = cli("--library", lib, "review", "1", "--decision", "同意", "--reviewer", "张三")
    assert usage.returncode == 2
    weak = cli(
        "--library",
        lib,
        "keys",
        "init",
        "--name",
        "李四",
        "--role",
        "科室负责人",
        env={"POLICYPRESS_PASSPHRASE": "123"},
    )
    assert weak.returncode == 1 and "至少 8 个字符" in weak.stderr
