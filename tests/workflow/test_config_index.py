"""The library's settings, the 索引号 given at submission and the 主题分类 list and suggestion,
over a real library on disk (the notices made submittable with the real command line)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from policy.config import DEFAULT_INDEX_SCHEME, ConfigValueError, LibraryConfig
from policy.fieldvalues import FieldValueError
from policy.orgcode import org_check_char, valid_org_code
from policy.submission import SubmissionStatus as S
from storage import Library, LibraryError, audit, submissions
from tests.storage import cli, make_submittable, write_notices
from workflow import config, editing
from workflow.importing import import_files
from workflow.subjects import load_subjects, suggest_subject
from workflow.submitting import submit

ORG = "000000000"  # 00000000 + its check character ('0': 11 − 0 mod 11 = 11)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("cfg")
    root = base / "lib"
    assert cli("--library", root, "import", *write_notices(base / "in", [1, 2, 3])).returncode == 0
    for sid in (1, 2, 3):
        make_submittable(root, sid, base / "jd")
    return root


@pytest.fixture
def lib(template, tmp_path):
    shutil.copytree(template, tmp_path / "lib")
    library = Library.open(tmp_path / "lib")
    yield library
    library.close()


def test_org_code_check_character_per_gb_11714():
    assert org_check_char("00000000") == "0"
    code = "D2143569"
    good = code + org_check_char(code)
    assert valid_org_code(good) and valid_org_code(ORG)
    wrong = good[:8] + ("1" if good[8] != "1" else "2")
    assert not valid_org_code(wrong)
    with pytest.raises(ConfigValueError, match="校验位"):
        LibraryConfig(org_code=wrong)
    assert LibraryConfig(org_code="91350100M000100Y43").org_code  # 统一社会信用代码 (GB 32100)
    with pytest.raises(ConfigValueError):
        LibraryConfig(org_code="91350100M000100Y44")


def test_config_round_trip_is_audit_logged_and_a_bad_value_is_refused(lib):
    assert config.load(lib) == LibraryConfig()
    config.set_value(lib, "org_code", "00000000-0", "张三")  # the usual way of writing it
    config.set_value(lib, "review_levels", "初审+复审", "张三")
    with pytest.raises(ConfigValueError, match="审核层级"):
        config.set_value(lib, "review_levels", "三审", "张三")
    with pytest.raises(ConfigValueError, match="索引号规则"):
        config.set_value(lib, "index_scheme", "{org}/{year}", "张三")
    loaded = config.load(lib)
    assert (loaded.org_code, loaded.review_levels, loaded.index_scheme) == (
        ORG,
        "初审+复审",
        DEFAULT_INDEX_SCHEME,
    )
    logged = [e.detail for e in audit.entries(lib) if e.action == "config"]
    assert logged == [{"key": "org_code", "old": None, "new": ORG},
                      {"key": "review_levels", "old": "初审", "new": "初审+复审"}]  # fmt: skip
    config.set_value(lib, "review_levels", "", "张三")  # empty: back to the default
    assert config.load(lib).review_levels == "初审"


def test_submit_assigns_index_numbers_in_sequence_and_uniquely(lib):
    config.set_value(lib, "org_code", ORG, "张三")
    submit(lib, 2, "张三")
    submit(lib, 1, "张三")
    one, two = (submissions.get(lib, i).fields.index_number for i in (1, 2))
    assert two == f"{ORG}/2024-00001" and one == f"{ORG}/2024-00002"  # 成文日期 2024年6月…
    assert submissions.get(lib, 1).status is S.PENDING
    assert any(e.action == "confirm" and e.detail.get("new") == one for e in audit.entries(lib, 1))
    # a clerk cannot take a number another submission holds
    with pytest.raises(LibraryError, match="第 1 条"):
        editing.confirm_field(lib, 3, "index_number", one, "张三")
    with pytest.raises(FieldValueError, match="格式"):
        editing.confirm_field(lib, 3, "index_number", "2024-7", "张三")
    editing.confirm_field(lib, 3, "index_number", f"{ORG}/2024-00009", "张三")
    submit(lib, 3, "张三")
    assert submissions.get(lib, 3).fields.index_number == f"{ORG}/2024-00009"


def test_without_an_org_code_submit_still_works_and_assigns_nothing(lib):
    submit(lib, 1, "张三")
    assert submissions.get(lib, 1).status is S.PENDING
    assert submissions.get(lib, 1).fields.index_number is None


def test_manual_scheme_refuses_a_submission_without_an_index_number(lib):
    config.set_value(lib, "index_scheme", "manual", "张三")
    with pytest.raises(LibraryError, match="set 1 index_number"):
        submit(lib, 1, "张三")
    assert submissions.get(lib, 1).status is S.DRAFT
    editing.confirm_field(lib, 1, "index_number", "ZF-2024-0007", "张三")  # the site's own form
    submit(lib, 1, "张三")
    assert submissions.get(lib, 1).status is S.PENDING
    assert submissions.get(lib, 1).fields.index_number == "ZF-2024-0007"


def test_a_duplicate_extracted_or_entered_earlier_is_refused_at_submit(lib):
    config.set_value(lib, "index_scheme", "manual", "张三")
    editing.confirm_field(lib, 1, "index_number", "A-1", "张三")
    editing.confirm_field(lib, 2, "index_number", "A-2", "张三")
    with pytest.raises(LibraryError, match="第 1 条"):
        editing.confirm_field(lib, 2, "index_number", "A-1", "张三")
    submit(lib, 2, "张三")
    assert submissions.get(lib, 2).fields.index_number == "A-2"


def test_subject_must_come_from_the_list_and_the_list_is_configurable(lib, tmp_path):
    assert len(load_subjects()) == 22 and load_subjects()[-1] == "其他"
    with pytest.raises(FieldValueError, match="主题分类"):
        editing.confirm_field(lib, 1, "subject", "住房", "张三")
    assert editing.confirm_field(lib, 1, "subject", "综合政务", "张三") == "综合政务"
    own = tmp_path / "分类.txt"
    own.write_text("# 本站分类\n政务公开\n住房保障\n", "utf-8")
    config.set_value(lib, "subjects_file", str(own), "张三")
    editing.confirm_field(lib, 2, "subject", "住房保障", "张三")
    with pytest.raises(FieldValueError):
        editing.confirm_field(lib, 2, "subject", "综合政务", "张三")
    with pytest.raises(LibraryError):
        config.set_value(lib, "subjects_file", str(tmp_path / "没有.txt"), "张三")


def test_suggest_subject_for_a_housing_notice(tmp_path, corpus):
    with Library.open(tmp_path / "lib") as lib:
        (outcome,) = import_files(lib, [corpus / "d055.docx"], "张三")
        sub = submissions.get(lib, outcome.submission_id)
    ranked = suggest_subject(f"{sub.fields.title}\n{sub.body_text}")
    assert ranked[0][0] == "城乡建设、环境保护"
    assert ranked[0][1] > ranked[1][1] > 0
    assert suggest_subject("") == []
