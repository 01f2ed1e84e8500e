"""Setting a submission's kind-specific details: typed and validated (policy.details), merged or
replaced, audit-logged, sending an approved item back to 草稿 — and the `details` command."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from policy.details import (
    ConsultationDetails,
    DetailsError,
    FeeListDetails,
    FeeRow,
    Participation,
    PolicyDetails,
    parse_details,
)
from policy.submission import Kind
from policy.submission import SubmissionStatus as S
from storage import Library, LibraryError, audit, submissions
from tests.conftest import ROOT
from workflow import details, lifecycle
from workflow.check import check_submission
from workflow.importing import import_files

HEAD = lifecycle.ReviewInput("李科长", "科室负责人", lifecycle.APPROVE, "同意发布")
CSV_TEXT = (
    "项目名称,依据,执收部门,资金管理方式,标准\n"
    "不动产登记费,发改价格规[2016]2559号,区自然资源局,缴入国库,80元/件\n"
    ",,,,\n"
    "考试考务费,,区人社局,,60元/人·科\n"
)


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


@pytest.fixture
def lib(tmp_path):
    library = Library.open(tmp_path / "lib")
    yield library
    library.close()


def imported(lib, corpus, kind=Kind.POLICY) -> int:
    (outcome,) = import_files(lib, [corpus / "d055.docx"], "张三", kind=kind)
    return outcome.submission_id


# the typed forms


def test_each_kind_round_trips_through_its_json_form():
    examples = [
        (Kind.POLICY, PolicyDetails(dt.date(2024, 3, 8), True, (Participation("听证", dt.date(2024, 2, 1), None, "居民代表"),))),
        (Kind.CONSULTATION, ConsultationDetails("草案", dt.date(2024, 6, 1), dt.date(2024, 7, 1), True, "信箱",
                                                "未收到反馈意见。", "", dt.date(2024, 7, 5), 0)),
        (Kind.FEE_LIST, FeeListDetails((FeeRow("登记费", "财税〔2015〕102号", "区财政局", "缴入国库", "10元"),))),
    ]  # fmt: skip
    for kind, value in examples:
        assert parse_details(kind, json.loads(json.dumps(value.to_dict()))) == value
    assert ConsultationDetails.from_dict({"opinion_count": 0}).to_dict() == {"opinion_count": 0}  # 0 is kept


@pytest.mark.parametrize(
    "kind, data, says",
    [(Kind.CONSULTATION, {"start": "2024-06-01"}, "不认识的项：start"),
     (Kind.CONSULTATION, {"end_date": "6月底"}, "截止日期：“6月底”不是完整日期"),
     (Kind.CONSULTATION, {"start_date": "2024-07-01", "end_date": "2024年6月1日"}, "早于开始日期"),
     (Kind.CONSULTATION, {"opinion_count": "许多"}, "应是不小于 0 的整数"),
     (Kind.POLICY, {"participation": [{"method": "拍脑袋"}]}, "方式“拍脑袋”不是可选值之一"),
     (Kind.POLICY, {"major_decision": "也许"}, "应为 是/否"),
     (Kind.FEE_LIST, {"rows": [{"项目名称": "a"}, {"价格": "1"}]}, "第2行：不认识的列“价格”")],
)  # fmt: skip
def test_bad_details_are_refused_with_a_chinese_message(kind, data, says):
    with pytest.raises(DetailsError) as exc:
        parse_details(kind, data)
    assert says in exc.value.message_zh


def test_spreadsheet_habits_are_accepted():
    value = parse_details(
        Kind.FEE_LIST, {"rows": [{"收费项目": "登记费", "政策依据": "x", "执收单位": "y", "收费标准": 10}]}
    )
    assert value.rows == (FeeRow("登记费", "x", "y", "", "10"),)
    decision = parse_details(Kind.POLICY, {"major_decision": "是", "participation": [{"method": "问卷调查"}]})
    assert decision.major_decision and decision.participation[0].method == "问卷"


# the use case


def test_json_details_merge_key_by_key_and_null_removes(lib, corpus):
    sid = imported(lib, corpus)
    details.set_details(lib, sid, {"interpretation_publish_date": "2024年3月8日"}, "张三")
    details.set_details(lib, sid, {"major_decision": True, "participation": [{"method": "听证会", "date": "2024-02-01"}]},
                        "张三")  # fmt: skip
    stored = submissions.get(lib, sid).details
    assert (
        stored["interpretation_publish_date"] == "2024-03-08"
        and stored["participation"][0]["method"] == "听证"
    )
    details.set_details(lib, sid, {"interpretation_publish_date": None}, "张三")
    assert "interpretation_publish_date" not in submissions.get(lib, sid).details
    entries = [e for e in audit.entries(lib, sid) if e.action == "details"]
    assert [e.detail["changed"] for e in entries] == [
        ["interpretation_publish_date"], ["major_decision", "participation"], ["interpretation_publish_date"]]  # fmt: skip
    assert entries[-1].detail["old"] == {"interpretation_publish_date": "2024-03-08"}
    assert audit.verify(lib).ok


def test_invalid_details_change_nothing(lib, corpus):
    sid = imported(lib, corpus, Kind.CONSULTATION)
    details.set_details(lib, sid, {"start_date": "2024-06-01"}, "张三")
    with pytest.raises(LibraryError) as exc:
        details.set_details(lib, sid, {"end_date": "2024-05-01"}, "张三")
    assert "早于开始日期" in exc.value.message_zh
    assert submissions.get(lib, sid).details == {"start_date": "2024-06-01"}
    assert [e.action for e in audit.entries(lib, sid)] == ["import", "details"]


def test_an_approved_item_goes_back_to_draft_when_its_details_change(lib, corpus):
    sid = imported(lib, corpus)
    lifecycle.move(lib, sid, S.PENDING, "张三")
    lifecycle.record_review(lib, sid, HEAD)
    details.set_details(lib, sid, {"interpretation_publish_date": "2024-03-08"}, "张三")
    assert submissions.get(lib, sid).status is S.DRAFT and lifecycle.current_approval(lib, sid) is None


def test_setting_the_same_details_again_is_no_edit(lib, corpus):
    sid = imported(lib, corpus)
    lifecycle.move(lib, sid, S.PENDING, "张三")
    lifecycle.record_review(lib, sid, HEAD)
    details.set_details(lib, sid, {}, "张三")
    assert submissions.get(lib, sid).status is S.APPROVED


def test_a_published_item_is_not_edited_in_place(lib, corpus):
    sid = imported(lib, corpus)
    lifecycle.move(lib, sid, S.PENDING, "张三")
    lifecycle.record_review(lib, sid, HEAD)
    lifecycle.move(lib, sid, S.UPLOADED, "王五")
    with pytest.raises(lifecycle.TransitionError):
        details.set_details(lib, sid, {"interpretation_publish_date": "2024-03-08"}, "张三")


def test_a_gbk_csv_replaces_the_fee_rows_and_blank_lines_are_skipped(lib, corpus, tmp_path):
    sid = imported(lib, corpus, Kind.FEE_LIST)
    path = tmp_path / "清单.csv"
    path.write_bytes(CSV_TEXT.encode("gb18030"))
    value = details.set_details_from_file(lib, sid, path, "张三")
    assert [r.name for r in value.rows] == ["不动产登记费", "考试考务费"]
    assert submissions.get(lib, sid).details["rows"][1]["department"] == "区人社局"
    path.write_text("项目名称,依据,执收部门\n登记费,财税〔2015〕102号,区财政局\n", "utf-8-sig")
    assert [r.name for r in details.set_details_from_file(lib, sid, path, "张三").rows] == ["登记费"]


def test_a_csv_is_only_for_a_fee_list_and_a_spreadsheet_must_be_saved_as_csv(lib, corpus, tmp_path):
    sid = imported(lib, corpus)
    path = tmp_path / "x.csv"
    path.write_text(CSV_TEXT, "utf-8")
    with pytest.raises(LibraryError, match="CSV 只用于收费清单"):
        details.set_details_from_file(lib, sid, path, "张三")
    xlsx = tmp_path / "x.xlsx"
    xlsx.write_bytes(b"PK\x03\x04")
    with pytest.raises(LibraryError, match="另存为 CSV"):
        details.set_details_from_file(lib, sid, xlsx, "张三")


def test_stored_details_reach_the_checks(lib, corpus, tmp_path):
    sid = imported(lib, corpus, Kind.FEE_LIST)
    path = tmp_path / "清单.csv"
    path.write_text(CSV_TEXT, "utf-8")
    details.set_details_from_file(lib, sid, path, "张三")
    found = {(f.rule_id, f.location.row) for f in check_submission(lib, sid)}
    assert ("SF-01-row-complete", 1) in found and ("SF-02-basis-docnumber", 0) in found


# the command


def test_details_command_round_trip(tmp_path, corpus):
    root = tmp_path / "lib"
    with Library.open(root) as lib:
        sid = imported(lib, corpus, Kind.CONSULTATION)
    source = tmp_path / "征集.json"
    data = {"draft_title": "户籍家庭住房保障通知（征求意见稿）", "start_date": "2024-06-01", "end_date": "2024-06-30",
            "has_explanation": True, "channel": "zfj@example.gov.cn", "opinion_count": 0}  # fmt: skip
    source.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    written = run_cli("--library", root, "details", sid, "--from", source, "--json", "--user", "张三")
    assert written.returncode == 0, written.stderr
    out = json.loads(written.stdout)
    assert out["id"] == sid and out["kind"] == "意见征集" and out["details"] == data
    shown = run_cli("details", sid, "--library", root, "--json")
    assert json.loads(shown.stdout)["details"] == data
    text = run_cli("--library", root, "details", sid)
    assert "征集开始日期：2024-06-01" in text.stdout and "起草说明：是" in text.stdout
    bad = tmp_path / "bad.json"
    bad.write_text('{"end_date": "下个月"}', "utf-8")
    refused = run_cli("--library", root, "details", sid, "--from", bad)
    assert refused.returncode == 1 and "不是完整日期" in refused.stderr
    with Library.open(root) as lib:
        assert submissions.get(lib, sid).details == data
        assert [e.actor for e in audit.entries(lib, sid) if e.action == "details"] == ["张三"]
        period = [f for f in check_submission(lib, sid) if f.rule_id == "ZJ-01-period"]
        assert period and "期满日为2024年7月1日" in period[0].message_zh
