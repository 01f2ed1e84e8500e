"""Layout-zoo documents whose 版头 the dev corpus lacks: C (版头 in a text box), D (信函格式), E (joint
issuance) variants, 上行文 with 签发人, and 份号/密级/紧急程度 (see ``layout_zoo``)."""

from __future__ import annotations

from tests.extractors import zoo_text as T
from tests.extractors.zoo_docx import RED, Builder, Fonts, ppr, rule, run

FANGSONG = Fonts(body="仿宋", kai="楷体")


# -- C: 版头 in a text box ---------------------------------------------------------------------------
def c_textbox_notice() -> Builder:
    """Mark and 文号 in a text box anchored in an empty first paragraph; the rule is the box's border line;
    a 印发 notice whose enclosed 要点 follows on a new page; 版记 in a table."""
    b = Builder()
    box = [
        f"<w:p>{ppr(align='center', line=None, after=400)}{run('昌江区人民政府办公室文件', b.fonts.title, 36, RED)}</w:p>",
        f"<w:p>{ppr(align='center', border=rule())}{run('昌府办字〔2024〕26号', b.fonts.body, 16)}</w:p>",
    ]
    b.text_box(box, ["昌江区人民政府办公室文件", "昌府办字〔2024〕26号"], height_pt=120, top_pt=30)
    b.blank()
    b.title(["昌江区人民政府办公室关于印发《昌江区", "2024年政务公开工作要点》的通知"])
    b.blank()
    b.recipients("各乡（镇）人民政府、街道办事处，区政府各部门，区直各单位：")
    b.body([T.CJ_NOTICE])
    b.blank(2)
    b.signature(["昌江区人民政府办公室"], "2024年6月4日")
    b.note("（此件主动公开）")
    b.page_break()
    b.title(["昌江区2024年政务公开工作要点"])
    b.blank()
    b.body([T.CJ_POINTS_INTRO, *T.CJ_POINTS])
    b.blank(2)
    b.imprint(
        "区委办公室，区人大常委会办公室，区政协办公室，区法院，区检察院",
        "昌江区人民政府办公室",
        "2024年6月5日",
    )
    return b


def c_textbox_in_title() -> Builder:
    """Mark and 文号 in a text box anchored at the start of the title's first paragraph, the red rule a
    line shape; 仿宋 (not _GB2312), no blank paragraphs between elements, 版记 as bordered paragraphs."""
    b = Builder(fonts=FANGSONG, blanks=False)
    box = [
        f"<w:p>{ppr(align='center', line=None, after=360)}{run('国务院办公厅文件', b.fonts.title, 52, RED)}</w:p>",
        f"<w:p>{ppr(align='center')}{run('国办发〔2019〕3号', b.fonts.body, 16)}</w:p>",
    ]
    b.line_shape(top_pt=118)
    b.text_box(box, ["国务院办公厅文件", "国办发〔2019〕3号"], height_pt=140, anchor_text="国务院办公厅关于开展",
               anchor_props=dict(align="center", line=700), anchor_font=b.fonts.title, anchor_size=22)  # fmt: skip
    b.title(["城镇小区配套幼儿园治理工作的通知"])
    b.recipients("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：")
    b.body(T.KINDERGARTEN)
    b.signature(["国务院办公厅"], "2019年1月9日")
    b.note("（此件公开发布）")
    b.blank(2)
    b.imprint(
        "党中央各部门，中央军委办公厅，全国人大常委会办公厅，全国政协办公厅",
        "国务院办公厅",
        "2019年1月10日",
        table=False,
    )
    return b


# -- D: 信函格式 ------------------------------------------------------------------------------------
def _letter_head(b: Builder, mark: str, size: float = 36) -> None:
    b.mark(mark, size=size, before=240)
    b.red_rule(kind="thickThinSmallGap", size=24)


def d_letter_right() -> Builder:
    """信函: the name without 文件 over a red double rule, the 文号 in a right-aligned paragraph, no page
    number on page 1 (the lower double rule sits in the first-page footer)."""
    b = Builder(first_page_number=False)
    _letter_head(b, "国务院办公厅")
    b.number("国办函〔1996〕16号", align="right", red_rule=False)
    b.blank()
    b.title(["国务院办公厅关于黄金经济政策有关问题的复函"])
    b.blank()
    b.recipients("国家经贸委、冶金部：")
    b.body(T.GOLD)
    b.blank(2)
    b.signature(["国务院办公厅"], "1996年2月9日")
    return b


def d_letter_tab() -> Builder:
    """信函: 份号 flush left and the 文号 at the right margin on one line (right tab stop), 紧急程度 below;
    a three-line title; 版记 in a table."""
    b = Builder(first_page_number=False, fonts=FANGSONG)
    _letter_head(b, "国务院办公厅", size=40)
    tab = f'<w:tab w:val="right" w:pos="{8845 - 10}"/>'
    b.p("000068\t国办函〔2004〕36号", tabs=tab)
    b.flags("特急")
    b.blank()
    b.title(["国务院办公厅关于同意以哈尔滨市名义", "申办2009年第二十四届世界", "大学生冬季运动会的复函"])
    b.blank()
    b.recipients("黑龙江省人民政府，教育部、外交部、财政部、体育总局：")
    b.body(T.UNIVERSIADE)
    b.blank(2)
    b.signature(["国务院办公厅"], "2004年4月27日")
    b.blank(3)
    b.imprint("中共中央办公厅，全国人大常委会办公厅，全国政协办公厅", "国务院办公厅秘书局", "2004年4月27日")
    return b


def d_letter_spaces() -> Builder:
    """信函: the 文号 pushed to the right with full-width spaces; 公开方式 line."""
    b = Builder(first_page_number=False, fonts=FANGSONG)
    _letter_head(b, "广州市民政局", size=40)
    b.p("　" * 16 + "穗民函〔2025〕118号")
    b.blank()
    b.title(["广州市民政局关于商请核定2025年", "最低生活保障资金的函"])
    b.blank()
    b.recipients("广州市财政局：")
    b.body(T.GZ_AID_POINTS[:4])
    b.body(["请予支持为盼。"])
    b.blank(2)
    b.signature(["广州市民政局"], "2025年4月18日")
    b.note("公开方式：依申请公开")
    return b


# -- E: joint issuance -----------------------------------------------------------------------------
def e_joint_three() -> Builder:
    """Three agencies stacked in a table with 文件 once; three signature lines; 公开方式 附注."""
    b = Builder(fonts=FANGSONG)
    b.blank()
    b.joint_mark_table(
        ["广州市民政局", "广州市财政局", "广州市人力资源和社会保障局"], size=24, wenjian_size=36
    )
    b.blank()
    b.number("穗民规字〔2025〕2 号")
    b.blank()
    b.title(
        [
            "广州市民政局　广州市财政局",
            "广州市人力资源和社会保障局关于印发我市",
            "2025年最低生活保障及相关社会救助标准的通知",
        ]
    )
    b.blank()
    b.recipients("各区人民政府，市政府各部门、各直属机构：")
    b.body([T.GZ_AID_INTRO, *T.GZ_AID_POINTS])
    b.blank(2)
    b.signature(["广州市民政局", "广州市财政局", "广州市人力资源和社会保障局"], "2025年5月30日")
    b.note("公开方式：主动公开")
    return b


def e_joint_upward() -> Builder:
    """上行文 of two agencies: stacked names + 文件 (a table), the 文号 on the 签发人 line (two names), one
    signature line with the names set apart, a 联系人 附注."""
    b = Builder()
    b.blank()
    b.joint_mark_table(["昌江区人民政府办公室", "昌江区政务服务管理局"], size=30, wenjian_size=36)
    b.blank()
    tab = f'<w:tab w:val="right" w:pos="{8845 - 320}"/>'
    b.p("昌府办文〔2024〕12号\t签发人：张建华　李　明", tabs=tab, left=320, border=rule())
    b.blank()
    b.title(
        ["昌江区人民政府办公室", "昌江区政务服务管理局关于将区政务服务", "管理局纳入政务公开网站管理的请示"]
    )
    b.blank()
    b.recipients("景德镇市人民政府办公室：")
    b.body([T.CJ_POINTS[0], "妥否，请批示。"])
    b.blank(2)
    b.signature(["昌江区人民政府办公室", "昌江区政务服务管理局"], "2024年3月15日", one_line=True, sep="　")
    b.note("（联系人：王芳，联系电话：0798-8221234）")
    return b


# -- 份号/密级/紧急程度, legacy 文号, wrapping 附件说明, 版记 across a page break --------------------------
def flags_legacy_pagebreak() -> Builder:
    b = Builder()
    b.flags("000123", "机密★1年", "特急")
    b.mark("国务院办公厅文件", size=52)
    b.blank()
    b.number("国办发[2004]7 号")
    b.blank()
    b.title(["国务院办公厅关于山西、安徽省", "四起特大煤矿瓦斯爆炸事故", "调查处理情况的通报"])
    b.blank()
    b.recipients("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：")
    b.body(T.COAL)
    b.blank()
    b.attachment_note(
        ["安徽芦岭煤矿“5·13”事故责任人员处理情况",
         "山西杏儿沟煤矿“8·11”、阳泉煤业集团公司三矿“8·14”和左权县河南村煤矿“8·18”事故责任人员处理情况汇总表",
         "煤矿安全生产基本条件"],
        wrap="spaces",
    )  # fmt: skip
    b.blank(2)
    b.signature(["国务院办公厅"], "二〇〇四年一月十六日")
    b.note("（此件不予公开）")
    b.attachment_heading("附件1", "安徽芦岭煤矿“5·13”事故责任人员处理情况")
    b.body([T.COAL[1]])
    b.attachment_heading("附件3", "煤矿安全生产基本条件")
    b.body(list(T.COAL[3:]))
    b.blank(2)
    b.imprint("党中央各部门，全国人大常委会办公厅，全国政协办公厅，最高人民法院，最高人民检察院",
              "国务院办公厅秘书局", "2004年1月18日", table=False, break_before_printer=True)  # fmt: skip
    return b


def c_vml_report() -> Builder:
    """上行文 报告 with the red mark in a VML-only text box; the 文号 and one 签发人 on the ruled line."""
    b = Builder()
    box = [f"<w:p>{ppr(align='center', line=None)}{run('昌江区人民政府文件', b.fonts.title, 44, RED)}</w:p>"]
    b.vml_text_box(box, ["昌江区人民政府文件"], height_pt=60, top_pt=10)
    b.blank(4)  # the box does not push the text down: blank lines keep the 文号 under it
    tab = f'<w:tab w:val="right" w:pos="{8845 - 320}"/>'
    b.p("昌府文〔2024〕30号\t签发人：王志强", tabs=tab, left=320, border=rule())
    b.blank()
    b.title(["昌江区人民政府关于2024年上半年", "政务公开工作情况的报告"])
    b.blank()
    b.recipients("景德镇市人民政府：")
    b.body(["现将我区2024年上半年政务公开工作情况报告如下：", *T.CJ_POINTS[:3]])
    b.body(["特此报告。"], headings=False)
    b.blank(2)
    b.signature(["昌江区人民政府"], "2024年7月5日")
    b.note("（联系人：刘洋，联系电话：0798-8225678）")
    return b


def c_joint_box_upward() -> Builder:
    """上行文 of three agencies: the joint mark (a table) inside a text box; three 签发人 on two lines, the
    文号 on the second, as GB/T 9704 §7.2.6 lays them out; three signature lines."""
    b = Builder(fonts=FANGSONG)
    b.text_box([b.joint_mark_xml(["教育部", "外交部", "财政部"], size=36, wenjian_size=40)], ["教育部", "文件", "外交部", "财政部"],
               height_pt=150, top_pt=20)  # fmt: skip
    tab = f'<w:tab w:val="left" w:pos="{8845 - 4160}"/>'
    b.p("\t签发人：周　济　李肇星", tabs=tab)
    b.p("教外际〔2004〕14号\t金人庆", tabs=tab, left=320, border=rule())
    b.blank()
    b.title(["教育部　外交部　财政部关于以哈尔滨市", "名义申请举办2009年世界大学生", "冬季运动会的请示"])
    b.blank()
    b.recipients("国务院：")
    b.body([
        "黑龙江省人民政府提出以哈尔滨市名义申办2009年第二十四届世界大学生冬季运动会。运动会申办全部经费由黑龙江省人民"
        "政府承担；运动会举办的主要经费由黑龙江省人民政府承担。",
        "妥否，请批示。",
    ])  # fmt: skip
    b.blank(2)
    b.signature(["教育部", "外交部", "财政部"], "2004年3月20日")
    return b


def d_letter_table_attachment() -> Builder:
    """信函: the 文号 in the right cell of a borderless table under the double rule; one 附件说明 item that
    names the enclosed draft, which follows after an `附件` heading."""
    b = Builder(first_page_number=False)
    _letter_head(b, "广州市住房和城乡建设局", size=30)
    b.table(
        [f"<w:tr>{b.cell('', 4422, 'left', 16)}{b.cell('穗建函〔2024〕312号', 4422, 'right', 16)}</w:tr>"],
        [4422, 4422],
    )
    b.lines.append("\t穗建函〔2024〕312号")
    b.blank()
    b.title(["广州市住房和城乡建设局关于征求《广州市", "公共租赁住房管理办法（征求意见稿）》", "意见的函"])
    b.blank()
    b.recipients("各区人民政府，市发展改革委、市财政局、市民政局：")
    b.body([T.GZ_HOUSING_CLAUSES[0][5:].replace("制定本办法。", "我局起草了《广州市公共租赁住房管理办法（征求意见稿）》。")
            + "现送你们征求意见，请于2024年5月31日前将书面意见反馈我局。"])  # fmt: skip
    b.blank()
    b.attachment_note(["广州市公共租赁住房管理办法（征求意见稿）"])
    b.blank(2)
    b.signature(["广州市住房和城乡建设局"], "2024年5月10日")
    b.note("（联系人：陈静，联系电话：020-83120000）")
    b.attachment_heading("附件", "广州市公共租赁住房管理办法（征求意见稿）")
    b.body(T.GZ_HOUSING_CLAUSES[:4])
    return b
