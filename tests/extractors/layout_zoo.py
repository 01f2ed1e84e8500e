"""The layout zoo: realistic 公文 .docx files for the layouts the dev corpus lacks, each with the label
a clerk would write for it (the corpus label schema, ``../shared/corpus/README.md``).

Families follow the corpus letters where they exist (A standard, B 版头 in a table, E joint, F no
版头, G old style) and fill the gaps: C 版头 in a text box, D 信函格式; the other documents combine
elements the issue names (上行文 with 签发人, 份号/密级/紧急程度, 印发/转发 notices with an enclosed
document, 附件说明 with wrapping items, 版记 across a page break, 公告 without 主送, lists in tables).
Body text is real published text (``zoo_text``); the documents are built in ``zoo_heads`` and
``zoo_bodies`` with ``zoo_docx``. ``build_zoo(folder)`` writes every .docx (and .txt where a document
has a text rendering) and returns the documents; renderings to .pdf and .doc are the test's business
(LibreOffice, once per session).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.extractors.zoo_bodies import (
    announcement_with_table,
    attachment_only_list,
    attachments_wrapping,
    f_no_head_columns_imprint,
    notice_enclosed_measure,
    notice_forward,
    notice_listing_enclosed,
    old_style_chinese_date,
)
from tests.extractors.zoo_docx import Builder
from tests.extractors.zoo_heads import (
    c_joint_box_upward,
    c_textbox_in_title,
    c_textbox_notice,
    c_vml_report,
    d_letter_right,
    d_letter_spaces,
    d_letter_tab,
    d_letter_table_attachment,
    e_joint_three,
    e_joint_upward,
    flags_legacy_pagebreak,
)

SCORED = ("doc_number", "title", "issuer_mark", "issuers", "date", "recipients", "attachments", "cc",
          "printer", "print_date", "doc_type", "disclosure", "signer", "effective_date", "expiry_date")  # fmt: skip


@dataclass
class ZooDoc:
    name: str
    layout: str
    what: str
    build: Callable[[], Builder]
    fields: dict[str, Any]
    renders: tuple[str, ...] = ("docx", "pdf")
    builder: Builder | None = field(default=None, repr=False)


def label(**values: Any) -> dict[str, Any]:
    """A label in the corpus schema: every scored field, null / [] unless given (extra fields allowed:
    copy_number, classification, urgency)."""
    fields: dict[str, Any] = {key: None for key in SCORED}
    fields.update(issuers=[], attachments=[])
    fields.update(values)
    return fields


ZOO: tuple[ZooDoc, ...] = (
    ZooDoc("c_textbox_notice", "C", "版头 in a text box (own paragraph); 印发 notice with enclosed 要点",
           c_textbox_notice, label(
               doc_number="昌府办字〔2024〕26号", title="昌江区人民政府办公室关于印发《昌江区2024年政务公开工作要点》的通知",
               issuer_mark="昌江区人民政府办公室文件", issuers=["昌江区人民政府办公室"], date="2024-06-04",
               recipients="各乡（镇）人民政府、街道办事处，区政府各部门，区直各单位",
               cc="区委办公室，区人大常委会办公室，区政协办公室，区法院，区检察院", printer="昌江区人民政府办公室",
               print_date="2024-06-05", doc_type="通知", disclosure="主动公开"),
           ("docx", "pdf", "doc", "txt")),
    ZooDoc("c_textbox_in_title", "C", "版头 in a text box anchored in the title; rule drawn as a line shape",
           c_textbox_in_title, label(
               doc_number="国办发〔2019〕3号", title="国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知",
               issuer_mark="国务院办公厅文件", issuers=["国务院办公厅"], date="2019-01-09",
               recipients="各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
               cc="党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅", printer="国务院办公厅",
               print_date="2019-01-10", doc_type="通知", disclosure="主动公开"),
           ("docx", "pdf", "doc")),
    ZooDoc("d_letter_right", "D", "信函: no 文件, double rule, right-aligned 文号, no page number on page 1",
           d_letter_right, label(
               doc_number="国办函〔1996〕16号", title="国务院办公厅关于黄金经济政策有关问题的复函",
               issuer_mark="国务院办公厅", issuers=["国务院办公厅"], date="1996-02-09",
               recipients="国家经贸委、冶金部", doc_type="函"),
           ("docx", "pdf", "doc", "txt")),
    ZooDoc("d_letter_tab", "D", "信函: 份号 and 文号 on one line (tab), 紧急程度, three-line title",
           d_letter_tab, label(
               doc_number="国办函〔2004〕36号",
               title="国务院办公厅关于同意以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会的复函",
               issuer_mark="国务院办公厅", issuers=["国务院办公厅"], date="2004-04-27",
               recipients="黑龙江省人民政府，教育部、外交部、财政部、体育总局",
               cc="中共中央办公厅，全国人大常委会办公厅，全国政协办公厅", printer="国务院办公厅秘书局",
               print_date="2004-04-27", doc_type="函", copy_number="000068", urgency="特急"),
           ("docx", "pdf", "doc")),
    ZooDoc("d_letter_spaces", "D", "信函: 文号 pushed right with spaces; 公开方式：依申请公开",
           d_letter_spaces, label(
               doc_number="穗民函〔2025〕118号", title="广州市民政局关于商请核定2025年最低生活保障资金的函",
               issuer_mark="广州市民政局", issuers=["广州市民政局"], date="2025-04-18", recipients="广州市财政局",
               doc_type="函", disclosure="依申请公开"),
           ("docx", "pdf", "doc")),
    ZooDoc("e_joint_three", "E", "three agencies in a table with 文件 once; three signature lines",
           e_joint_three, label(
               doc_number="穗民规字〔2025〕2号",
               title="广州市民政局广州市财政局广州市人力资源和社会保障局关于印发我市2025年最低生活保障及相关社会救助标准的通知",
               issuer_mark="广州市民政局、广州市财政局、广州市人力资源和社会保障局文件",
               issuers=["广州市民政局", "广州市财政局", "广州市人力资源和社会保障局"], date="2025-05-30",
               recipients="各区人民政府，市政府各部门、各直属机构", doc_type="通知", disclosure="主动公开"),
           ("docx", "pdf", "doc")),
    ZooDoc("e_joint_upward", "E", "上行文 请示 of two agencies: 文号 and two 签发人 on one line; one signature line",
           e_joint_upward, label(
               doc_number="昌府办文〔2024〕12号",
               title="昌江区人民政府办公室昌江区政务服务管理局关于将区政务服务管理局纳入政务公开网站管理的请示",
               issuer_mark="昌江区人民政府办公室、昌江区政务服务管理局文件",
               issuers=["昌江区人民政府办公室", "昌江区政务服务管理局"], date="2024-03-15",
               recipients="景德镇市人民政府办公室", doc_type="请示", signer="张建华 李明"),
           ("docx", "pdf", "doc")),
    ZooDoc("flags_legacy_pagebreak", "G", "份号/密级/紧急程度; [ ] and a space before 号; Chinese date; 附件说明 "
           "typed with spaces (one item wraps); 附件 pages; 版记 split by a page break",
           flags_legacy_pagebreak, label(
               doc_number="国办发[2004]7号", title="国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报",
               issuer_mark="国务院办公厅文件", issuers=["国务院办公厅"], date="2004-01-16",
               recipients="各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
               attachments=["安徽芦岭煤矿“5·13”事故责任人员处理情况",
                            "山西杏儿沟煤矿“8·11”、阳泉煤业集团公司三矿“8·14”和左权县河南村煤矿“8·18”事故责任人员处理情况汇总表",
                            "煤矿安全生产基本条件"],
               cc="党中央各部门，全国人大常委会办公厅，全国政协办公厅，最高人民法院，最高人民检察院",
               printer="国务院办公厅秘书局", print_date="2004-01-18", doc_type="通报", disclosure="不予公开",
               copy_number="000123", classification="机密★1年", urgency="特急"),
           ("docx", "pdf", "doc")),
    ZooDoc("notice_enclosed_measure", "A", "印发 notice; enclosed 办法 with 第X条, own 附件, 施行日期 and 有效期至",
           notice_enclosed_measure, label(
               doc_number="穗府办规〔2024〕13号", title="广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知",
               issuer_mark="广州市人民政府办公厅文件", issuers=["广州市人民政府办公厅"], date="2024-07-26",
               recipients="各区人民政府，市政府各部门、各直属机构", printer="广州市人民政府办公厅秘书处",
               print_date="2024-07-29", doc_type="通知", disclosure="主动公开", effective_date="2024-09-01",
               expiry_date="2029-08-31"),
           ("docx", "pdf", "doc")),
    ZooDoc("notice_forward", "A", "转发 notice with the forwarded notice (own 文号, 署名, date) after it",
           notice_forward, label(
               doc_number="穗天府办〔2025〕8号",
               title="广州市天河区人民政府办公室关于转发《广州市民政局广州市财政局关于印发我市2025年最低生活保障及相关社会救助标准的通知》的通知",
               issuer_mark="广州市天河区人民政府办公室文件", issuers=["广州市天河区人民政府办公室"], date="2025-06-10",
               recipients="各街道办事处，区政府各部门、各直属机构", cc="区委办公室，区人大常委会办公室，区政协办公室",
               printer="广州市天河区人民政府办公室", print_date="2025-06-11", doc_type="通知", disclosure="主动公开"),
           ("docx", "pdf", "doc")),
    ZooDoc("announcement_with_table", "F", "公告 without 版头 and 主送; a list in a table with dates in cells",
           announcement_with_table, label(
               title="广州市民政局2025年社会救助标准公示公告", issuers=["广州市民政局"], date="2025-05-30",
               doc_type="公告"),
           ("docx", "pdf", "doc", "txt")),
    ZooDoc("attachment_only_list", "real", "an 附件 on its own: `附件2` heading, title, table",
           attachment_only_list, label(title="2025年第一批户籍家庭公共租赁住房常态分配房源清单"),
           ("docx", "pdf", "doc")),
    ZooDoc("old_style_chinese_date", "G", "[ ] and a space before 号; ○ in a Chinese-numeral date; title with "
           "line breaks; 依申请公开",
           old_style_chinese_date, label(
               doc_number="国办发[2018]127号",
               title="国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知",
               issuer_mark="国务院办公厅文件", issuers=["国务院办公厅"], date="2018-12-26",
               recipients="各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
               cc="党中央各部门，全国人大常委会办公厅，全国政协办公厅", printer="国务院办公厅秘书局",
               print_date="2018-12-27", doc_type="通知", disclosure="依申请公开"),
           ("docx", "pdf", "doc", "txt")),
    ZooDoc("attachments_wrapping", "A", "附件说明 with three items, one wrapping under a hanging indent; 附件 pages",
           attachments_wrapping, label(
               doc_number="穗建规字〔2024〕5号", title="广州市住房和城乡建设局关于进一步加强户籍家庭住房保障工作的通知",
               issuer_mark="广州市住房和城乡建设局文件", issuers=["广州市住房和城乡建设局"], date="2024-03-04",
               recipients="各区人民政府，市政府各部门、各直属机构",
               attachments=["申请公共租赁住房保障家庭收入及财产限额（按家庭人口数和所有家庭成员年龄分档确定）",
                            "住房租赁补贴标准", "政府公共租赁住房分档租金标准"],
               cc="市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅", printer="广州市住房和城乡建设局办公室",
               print_date="2024-03-07", doc_type="通知", disclosure="主动公开", effective_date="2024-03-04"),
           ("docx", "pdf", "doc")),
    ZooDoc("c_vml_report", "C", "上行文 报告: mark in a VML-only text box; 文号 and one 签发人 on the ruled line",
           c_vml_report, label(
               doc_number="昌府文〔2024〕30号", title="昌江区人民政府关于2024年上半年政务公开工作情况的报告",
               issuer_mark="昌江区人民政府文件", issuers=["昌江区人民政府"], date="2024-07-05",
               recipients="景德镇市人民政府", doc_type="报告", signer="王志强"),
           ("docx", "pdf", "doc", "txt")),
    ZooDoc("c_joint_box_upward", "C", "joint mark table in a text box; three 签发人 on two lines with the 文号",
           c_joint_box_upward, label(
               doc_number="教外际〔2004〕14号",
               title="教育部外交部财政部关于以哈尔滨市名义申请举办2009年世界大学生冬季运动会的请示",
               issuer_mark="教育部、外交部、财政部文件", issuers=["教育部", "外交部", "财政部"], date="2004-03-20",
               recipients="国务院", doc_type="请示", signer="周济 李肇星 金人庆"),
           ("docx", "pdf", "doc")),
    ZooDoc("d_letter_table_attachment", "D", "信函: 文号 in a table cell at the right; one 附件 naming the enclosed draft",
           d_letter_table_attachment, label(
               doc_number="穗建函〔2024〕312号",
               title="广州市住房和城乡建设局关于征求《广州市公共租赁住房管理办法（征求意见稿）》意见的函",
               issuer_mark="广州市住房和城乡建设局", issuers=["广州市住房和城乡建设局"], date="2024-05-10",
               recipients="各区人民政府，市发展改革委、市财政局、市民政局",
               attachments=["广州市公共租赁住房管理办法（征求意见稿）"], doc_type="函"),
           ("docx", "pdf", "doc")),
    ZooDoc("f_no_head_columns_imprint", "F", "no 版头, with 主送; 版记 with 印发机关 and 印发日期 in two cells",
           f_no_head_columns_imprint, label(
               title="国务院办公厅关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报", issuers=["国务院办公厅"],
               date="2004-01-16", recipients="各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
               cc="党中央各部门，全国人大常委会办公厅，全国政协办公厅", printer="国务院办公厅秘书局",
               print_date="2004-01-18", doc_type="通报", disclosure="主动公开"),
           ("docx", "pdf", "doc")),
    ZooDoc("notice_listing_enclosed", "B", "版头 table; 印发 notice listing the enclosed 要点 as 附件1; an item wrapped "
           "onto its own indented line",
           notice_listing_enclosed, label(
               doc_number="昌府办发〔2024〕5号", title="昌江区人民政府办公室关于印发《昌江区2024年政务公开工作要点》的通知",
               issuer_mark="昌江区人民政府办公室文件", issuers=["昌江区人民政府办公室"], date="2024-03-01",
               recipients="各乡（镇）人民政府、街道办事处，区政府各部门，区直各单位",
               attachments=["昌江区2024年政务公开工作要点", "昌江区2024年政务公开重点任务分工表（按乡镇、街道和区直部门分列）"],
               cc="区委办公室，区人大常委会办公室，区政协办公室", printer="昌江区人民政府办公室", print_date="2024-03-01",
               doc_type="通知", disclosure="主动公开"),
           ("docx", "pdf", "doc", "txt")),
)  # fmt: skip


def build_zoo(folder: Path) -> list[ZooDoc]:
    """Write ``NAME.docx`` (and ``NAME.txt`` where the document has a text rendering) for every document."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc in ZOO:
        doc.builder = doc.build()
        doc.builder.save(folder / f"{doc.name}.docx")
        if "txt" in doc.renders:
            (folder / f"{doc.name}.txt").write_text(doc.builder.text(), encoding="utf-8")
    return list(ZOO)
