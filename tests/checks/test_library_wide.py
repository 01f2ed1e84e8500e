"""Library-wide checks (LIB) and the 考核 figures, on a real library: .txt 公文 imported through the
import use case, moved through the lifecycle to 已上传, dates set through storage (or raw SQL on the
audit log, here only) — and the district's column list imported from a CSV."""

import argparse
import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from checks.library_wide import ColumnInfo, Figures, LibraryData
from checks.settings import CheckSettings
from cli.library_check_cmd import figures_table, run_library_wide
from policy.findings import Severity
from policy.interpretation import Element, Interpretation, Section
from policy.jsonform import plain
from policy.submission import Kind, LinkKind
from policy.submission import SubmissionStatus as S
from storage import Library, LibraryError, records, sitecolumns
from storage.details import set_details
from workflow import editing, lifecycle
from workflow.importing import import_files
from workflow.library_checks import check_library, import_site_columns, library_data, read_columns_csv

TODAY = dt.date.today()
HEAD = lifecycle.ReviewInput("李科长", "科室负责人", lifecycle.APPROVE, "同意发布")


def document(
    title: str, body: str, number: str, issuer: str = "长江区财政局", date: str = "2024年6月4日"
) -> str:
    return (f"{issuer}文件\n{number}\n{title}\n各街道办事处，区直各单位：\n\u3000\u3000{body}\n{issuer}\n{date}\n"
            "（此件公开发布）\n")  # fmt: skip


class Desk:
    """A clerk's library and the files she imports."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.lib = Library.open(root / "lib")
        self.count = 0

    def add(self, title: str, body: str = "现将有关事项通知如下，请认真贯彻执行。", kind: Kind = Kind.POLICY,
            department: str = "区财政局", **kw) -> int:  # fmt: skip
        self.count += 1
        path = self.root / f"doc{self.count:02d}.txt"
        path.write_text(
            document(title, body, kw.pop("number", f"长财发〔2024〕{self.count}号"), **kw), "utf-8"
        )
        (outcome,) = import_files(self.lib, [path], "张三", kind, department=department)
        assert outcome.submission_id is not None, outcome.error
        return outcome.submission_id

    def interpret(self, sid: int) -> None:
        interp = Interpretation(
            "政策解读", sections=(Section(Element.BACKGROUND, "为规范财政专项资金管理，制定本办法。"),)
        )
        editing.save_interpretation(self.lib, sid, plain(interp), interp.text, "张三")

    def publish(self, sid: int, on: dt.date | None = None) -> None:
        lifecycle.move(self.lib, sid, S.PENDING, "张三")
        lifecycle.record_review(self.lib, sid, HEAD)
        lifecycle.move(self.lib, sid, S.UPLOADED, "王五")
        if on is not None:  # the day it went on the site, set in the test only
            with self.lib.write() as conn:
                conn.execute(
                    "UPDATE audit_log SET at = ? WHERE submission_id = ? AND action = 'status'"
                    " AND json_extract(detail, '$.to') = ?",
                    (f"{on.isoformat()}T10:00:00+08:00", sid, S.UPLOADED.value),
                )

    def check(self, days_later: int = 0, settings: CheckSettings | None = None):
        return check_library(self.lib, settings, TODAY + dt.timedelta(days=days_later))


@pytest.fixture
def desk(tmp_path):
    d = Desk(tmp_path)
    yield d
    d.lib.close()


def by_rule(report, rule_id):
    return [lf for lf in report.findings if lf.finding.rule_id == rule_id]


def write_csv(path: Path, rows: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join(["栏目,类型,最后更新日期", *rows]) + "\n", encoding=encoding)
    return path


# -- freshness ------------------------------------------------------------------------------------


def test_a_news_column_not_updated_for_two_weeks_is_flagged_from_the_library(desk):
    sid = desk.add("长江区财政局召开2024年预算执行分析会", kind=Kind.NEWS)
    sitecolumns.set_site_column(desk.lib, sid, "工作动态")
    desk.publish(sid)
    assert by_rule(desk.check(days_later=14), "LIB-01-stale-news-column") == []
    (stale,) = by_rule(desk.check(days_later=20), "LIB-01-stale-news-column")
    assert stale.column == "工作动态" and stale.date == TODAY
    assert "已20天未更新" in stale.finding.message_zh and "本资料库" in stale.finding.message_zh
    assert stale.finding.severity is Severity.WARN and "2周" in stale.finding.citation


def test_the_imported_column_list_adds_what_the_library_cannot_see(desk, tmp_path):
    sid = desk.add("长江区财政局召开2024年预算执行分析会", kind=Kind.NEWS)
    desk.publish(sid)  # no site column set: it counts for the one imported 政务动态 column
    old = (TODAY - dt.timedelta(days=200)).strftime("%Y/%-m/%-d")
    csv = write_csv(tmp_path / "栏目.csv", [f"工作动态,政务动态,{(TODAY - dt.timedelta(days=30)).isoformat()}",
                                          f"规范性文件,政策文件,{old}", "通知公告,通知公告,", ""],
                    encoding="gb18030")  # fmt: skip
    assert import_site_columns(desk.lib, csv, "张三") == 3
    report = desk.check(days_later=3)
    columns = {c.name: c for c in report.columns}
    assert columns["工作动态"].last_update == TODAY and columns["工作动态"].library_date == TODAY
    assert not columns["工作动态"].stale and "政务动态" not in columns  # the item went into 工作动态
    (policy,) = by_rule(report, "LIB-02-stale-policy-column")
    assert policy.column == "规范性文件" and "栏目清单" in policy.finding.message_zh
    assert policy.finding.id.startswith("LIB-02-stale-policy-column@field=栏目/规范性文件#")
    (blank,) = by_rule(report, "LIB-03-blank-column")
    assert blank.column == "通知公告"


def test_a_column_list_that_is_not_one_is_refused_with_the_line(tmp_path):
    header_only = tmp_path / "a.csv"
    header_only.write_text("名称,日期\n工作动态,2024-06-04\n", encoding="utf-8")
    with pytest.raises(LibraryError, match="类型"):
        read_columns_csv(header_only)
    with pytest.raises(LibraryError, match="第3行"):
        read_columns_csv(
            write_csv(tmp_path / "b.csv", ["工作动态,政务动态,2024-06-04", "通知公告,通知公告,上周"])
        )
    rows = read_columns_csv(
        write_csv(tmp_path / "c.csv", ["工作动态,政务动态,2024年6月4日 10:30", "图解,政策解读,2024.6.5"])
    )
    assert [r.last_updated for r in rows] == [dt.date(2024, 6, 4), dt.date(2024, 6, 5)]


def test_a_new_column_list_replaces_the_old_one_and_a_repeated_column_is_refused(desk, tmp_path):
    import_site_columns(desk.lib, write_csv(tmp_path / "a.csv", ["工作动态,政务动态,2024-06-04"]), "张三")
    import_site_columns(desk.lib, write_csv(tmp_path / "b.csv", ["通知公告,通知公告,2024-06-05"]), "张三")
    assert [c.name for c in library_data(desk.lib).columns] == ["通知公告"]
    twice = write_csv(tmp_path / "c.csv", ["通知公告,通知公告,2024-06-05", "通知公告,通知公告,2024-06-06"])
    with pytest.raises(LibraryError, match="栏目重复"):
        import_site_columns(desk.lib, twice, "张三")
    assert [c.name for c in library_data(desk.lib).columns] == ["通知公告"]  # the stored list is kept


# -- to clear out -----------------------------------------------------------------------------------


MEASURE = "长江区财政局关于印发《长江区财政专项资金管理办法》的通知"


def test_a_published_document_past_its_term_is_to_be_cleared_out(desk):
    expired = desk.add(MEASURE, "本办法自2020年1月1日起施行，有效期至2021年12月31日。", date="2019年12月4日")
    current = desk.add(
        "长江区财政局关于印发《长江区政府采购管理办法》的通知", "本办法自2024年7月1日起施行，有效期5年。"
    )
    for sid in (expired, current):
        desk.publish(sid)
    (found,) = by_rule(desk.check(), "LIB-04-expired-on-site")
    assert found.submission_id == expired and found.date == dt.date(2022, 1, 1)
    assert "2022年1月1日失效" in found.finding.message_zh and "需清理" in found.finding.message_zh
    assert found.finding.location.row == expired and found.finding.location.field == "expiry_date"
    assert "九" in found.finding.citation


def test_a_published_document_replaced_by_a_published_new_version_is_to_be_cleared_out(desk):
    old = desk.add(MEASURE, "本办法自2020年1月1日起施行。", number="长财发〔2019〕8号")
    new = desk.add(
        "长江区财政局关于印发修订后的《长江区财政专项资金管理办法》的通知", "本办法自2024年7月1日起施行。"
    )
    records.link(desk.lib, new, old, LinkKind.REPLACES)
    desk.publish(old)
    assert by_rule(desk.check(), "LIB-05-superseded-on-site") == []  # the new one is not on the site yet
    desk.publish(new)
    (found,) = by_rule(desk.check(), "LIB-05-superseded-on-site")
    assert found.submission_id == old and f"第{new}条" in found.finding.message_zh
    assert "长财发〔2019〕8号" in found.finding.message_zh


# -- 解读 and policy in pairs -------------------------------------------------------------------------


def test_a_published_policy_without_interpretation_and_an_interpretation_without_policy(desk):
    bare = desk.add(MEASURE)
    with_interp = desk.add("长江区财政局关于印发《长江区政府采购管理办法》的通知")
    desk.interpret(with_interp)
    lonely = desk.add("《长江区财政局关于做好预算绩效管理工作的通知》政策解读")
    for sid in (bare, with_interp, lonely):
        desk.publish(sid)
    report = desk.check()
    assert [lf.submission_id for lf in by_rule(report, "LIB-06-policy-without-interpretation")] == [bare]
    (orphan,) = by_rule(report, "LIB-07-interpretation-without-policy")
    assert orphan.submission_id == lonely and "没有关联" in orphan.finding.message_zh


def test_a_linked_interpretation_counts_for_its_policy_once_both_are_published(desk):
    policy = desk.add(MEASURE)
    interp = desk.add("《长江区财政专项资金管理办法》政策解读")
    records.link(desk.lib, interp, policy, LinkKind.INTERPRETS)
    desk.publish(policy)
    (missing,) = by_rule(desk.check(), "LIB-06-policy-without-interpretation")
    assert f"关联的解读（第{interp}条）尚未发布" in missing.finding.message_zh
    desk.publish(interp)
    report = desk.check()
    assert by_rule(report, "LIB-06-policy-without-interpretation") == []
    assert by_rule(report, "LIB-07-interpretation-without-policy") == []


# -- the 考核 figures -------------------------------------------------------------------------------


def test_the_figures_per_department_and_year(desk):
    year = TODAY.year
    normative_with = desk.add(MEASURE)  # a 办法 enclosed: a 规范性文件
    desk.interpret(normative_with)
    normative_without = desk.add("长江区财政局关于印发《长江区政府采购管理办法》的通知")
    major = desk.add("长江区财政局关于做好2024年惠企资金兑付工作的通知")
    set_details(desk.lib, major, {"major": True})
    interp = desk.add("《长江区财政局关于做好2024年惠企资金兑付工作的通知》政策解读")
    records.link(desk.lib, interp, major, LinkKind.INTERPRETS)
    ordinary = desk.add("长江区财政局关于召开预算工作会议的通知")
    long_ok = desk.add(
        "关于《长江区预算绩效管理办法（征求意见稿）》公开征求意见的公告", kind=Kind.CONSULTATION
    )
    set_details(desk.lib, long_ok, {"start_date": f"{year}-01-05", "end_date": f"{year}-02-04"})  # 30 days
    too_short = desk.add(
        "关于《长江区政府投资项目管理办法（征求意见稿）》公开征求意见的公告", kind=Kind.CONSULTATION
    )
    set_details(desk.lib, too_short, {"start_date": f"{year}-03-01", "end_date": f"{year}-03-20"})
    other_dept = desk.add("长江区民政局关于印发《长江区临时救助实施办法》的通知", department="区民政局",
                          issuer="长江区民政局", number="长民发〔2024〕2号")  # fmt: skip
    for sid in (normative_with, normative_without, major, ordinary, long_ok, too_short, other_dept):
        desk.publish(sid)
    desk.publish(interp, on=TODAY + dt.timedelta(days=2))  # the 解读 of the major policy came 2 days later

    figures = {(f.department, f.year): f for f in desk.check(days_later=3).figures}
    finance = figures[("区财政局", year)]
    assert (finance.major_policies, finance.major_interpreted) == (3, 2)
    assert finance.major_rate == pytest.approx(2 / 3)
    assert (finance.interpreted, finance.same_day) == (2, 1) and finance.same_day_rate == 0.5
    assert (finance.consultations, finance.consultations_long_enough) == (2, 1)
    civil = figures[("区民政局", year)]
    assert (civil.major_policies, civil.major_interpreted, civil.major_rate) == (1, 0, 0.0)
    assert civil.consultation_rate is None
    text = figures_table(tuple(figures.values()))
    assert "66.7%" in text and "50.0%" in text and "—" in text


def test_the_figures_table_aligns_chinese_columns():
    rows = (Figures("区财政局", 2024, 2, 2, 2, 2, 1, 1), Figures("长江公安分局", 2024))
    lines = figures_table(rows).splitlines()
    assert lines[0].startswith("部门") and "100.0%" in lines[2]
    # the year column starts at the same display width (GBK: 2 bytes for a wide character, 1 for ASCII)
    assert len({len(line[: line.index("2024")].encode("gbk")) for line in lines[2:]}) == 1


def test_the_rules_run_on_plain_data_without_a_library():
    data = LibraryData(items=(), columns=(ColumnInfo("工作动态", "政务动态", TODAY - dt.timedelta(days=15)),),
                       today=TODAY)  # fmt: skip
    from checks import library_wide

    report = library_wide.run(data, CheckSettings(news_fresh_days=20))
    assert report.findings == () and report.columns[0].limit_days == 20
    disabled = CheckSettings(disabled_rules=("LIB-01-stale-news-column",))
    assert (
        library_wide.run(dataclasses.replace(data, today=TODAY + dt.timedelta(days=30)), disabled).findings
        == ()
    )


# -- the command line face -----------------------------------------------------------------------------


def test_check_library_wide_prints_findings_columns_and_figures_and_writes_json(desk, tmp_path, capsys):
    sid = desk.add(MEASURE)
    desk.publish(sid)
    csv = write_csv(tmp_path / "栏目.csv", ["工作动态,政务动态,2020-01-01"])
    args = argparse.Namespace(library=str(desk.root / "lib"), json=False, user="张三", columns=csv,
                              report=tmp_path / "out.html", as_of=None, settings=None)  # fmt: skip
    assert run_library_wide(args) == 0
    out = capsys.readouterr()
    assert "LIB-01-stale-news-column" in out.out and "LIB-06-policy-without-interpretation" in out.out
    assert "考核数据" in out.out and "区财政局" in out.out and "已导入栏目清单" in out.err
    page = (tmp_path / "out.html").read_text("utf-8")
    assert "考核指标" in page and "重大政策解读率" in page

    args = argparse.Namespace(**{**vars(args), "json": True, "columns": None, "report": None})
    assert run_library_wide(args) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    kinds = {o["type"] for o in lines}
    assert kinds == {"finding", "column", "figures"}
    finding = next(o for o in lines if o["type"] == "finding" and o["rule_id"].startswith("LIB-06"))
    assert finding["submission_id"] == sid and finding["severity"] == "警告"
    assert library_data(desk.lib).columns[0].name == "工作动态"  # the list stays imported
