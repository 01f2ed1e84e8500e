"""`config show` / `config set` and what they change for `submit`, `set` and `show`, each in a
real child process over a real library on disk."""

from __future__ import annotations

import json

from policy.orgcode import org_check_char
from tests.storage import cli, make_submittable, write_notices

CODE = "MA1K4L0G" + org_check_char("MA1K4L0G")


def test_config_set_and_show_round_trip_with_valid_and_invalid_org_codes(tmp_path):
    root = tmp_path / "lib"
    shown = cli("--library", root, "config", "show")
    assert shown.returncode == 0, shown.stderr
    assert "机构代码\t（未设置）" in shown.stdout and "索引号规则\t{org}/{year}-{serial:05d}" in shown.stdout
    ok = cli("--library", root, "config", "set", "org_code", CODE, "--user", "张三")
    assert ok.returncode == 0, ok.stderr
    assert f"已设置：机构代码 = {CODE}" in ok.stdout
    wrong = CODE[:8] + ("1" if CODE[8] != "1" else "2")
    bad = cli("--library", root, "config", "set", "org_code", wrong)
    assert bad.returncode == 2
    assert "校验位" in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
    assert cli("--library", root, "config", "set", "site_protocol", "ftp").returncode == 2
    assert cli("--library", root, "config", "set", "no_such_key", "x").returncode == 2
    assert cli("--library", root, "config", "set", "publisher", "昌江区人民政府办公室").returncode == 0
    data = json.loads(cli("--library", root, "--json", "config", "show").stdout)
    assert data["org_code"] == CODE and data["publisher"] == "昌江区人民政府办公室"
    assert data["site_protocol"] == "webdav"
    text = cli("--library", root, "config", "show").stdout
    assert f"机构代码\t{CODE}" in text and "发布机构\t昌江区人民政府办公室" in text


def test_submit_prints_the_assigned_index_number_and_set_refuses_a_duplicate(tmp_path):
    root = tmp_path / "lib"
    assert cli("--library", root, "import", *write_notices(tmp_path / "in", [1, 2])).returncode == 0
    for sid in (1, 2):
        make_submittable(root, sid, tmp_path / "jd")
    no_org = cli("--library", root, "submit", "1")
    assert no_org.returncode == 0, no_org.stderr
    assert "提示：未配置机构代码，未分配索引号" in no_org.stdout
    assert cli("--library", root, "config", "set", "org_code", "000000000").returncode == 0
    duplicate = cli("--library", root, "set", "2", "index_number", "000000000/2024-00001")
    assert duplicate.returncode == 0, duplicate.stderr  # nobody holds it yet
    assert cli("--library", root, "set", "2", "index_number", "").returncode == 0
    sub = cli("--library", root, "--json", "submit", "2")
    assert sub.returncode == 0, sub.stderr
    assert json.loads(sub.stdout)["index_number"] == "000000000/2024-00001"
    taken = cli("--library", root, "set", "1", "index_number", "000000000/2024-00001")
    assert taken.returncode == 1 and "第 2 条" in taken.stderr  # a conflict: the command found a problem
    malformed = cli("--library", root, "set", "1", "index_number", "2024-1")
    assert malformed.returncode == 2 and "格式不对" in malformed.stderr  # a value in the wrong form: usage


def test_manual_scheme_refusal_and_subject_list_in_set(tmp_path):
    root = tmp_path / "lib"
    assert cli("--library", root, "import", *write_notices(tmp_path / "in", [1])).returncode == 0
    make_submittable(root, 1, tmp_path / "jd")
    assert cli("--library", root, "config", "set", "index_scheme", "manual").returncode == 0
    refused = cli("--library", root, "submit", "1")
    assert refused.returncode == 1 and "set 1 index_number" in refused.stderr
    bad = cli("--library", root, "set", "1", "subject", "住房")
    assert bad.returncode == 2 and "主题分类" in bad.stderr
    assert cli("--library", root, "set", "1", "subject", "综合政务").returncode == 0


def test_show_suggests_a_subject_while_the_field_is_empty(tmp_path, corpus):
    root = tmp_path / "lib"
    assert cli("--library", root, "import", corpus / "d055.docx").returncode == 0
    shown = cli("--library", root, "show", "1")
    assert shown.returncode == 0, shown.stderr
    (line,) = [x for x in shown.stdout.splitlines() if "建议主题分类" in x]
    assert line.split("\t")[1].startswith("城乡建设、环境保护")
    data = json.loads(cli("--library", root, "--json", "show", "1").stdout)
    assert data["suggested_subjects"][0][0] == "城乡建设、环境保护"
    assert cli("--library", root, "set", "1", "subject", "城乡建设、环境保护").returncode == 0
    assert "建议主题分类" not in cli("--library", root, "show", "1").stdout
