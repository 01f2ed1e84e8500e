"""Layout-zoo documents built around the body and the 版记: 印发/转发 notices with an enclosed document,
附件说明 and 附件 pages, 公告 without 版头 or 主送, lists in tables, old-style dates (see ``layout_zoo``)."""

from __future__ import annotations

from tests.extractors import zoo_text as T
from tests.extractors.zoo_docx import RED, Builder, ppr, rule, run
from tests.extractors.zoo_heads import FANGSONG


# -- 印发 / 转发 notices ------------------------------------------------------------------------------
def notice_enclosed_measure() -> Builder:
    """A 印发 notice; the enclosed 办法 (its own 第X条, 附件 list, 施行日期 and 有效期至) on the next pages;
    公开方式 after the enclosed text; 版记 without 抄送."""
    b = Builder(fonts=FANGSONG)
    b.blank()
    b.mark("广州市人民政府办公厅文件", size=33)
    b.blank(2)
    b.number("穗府办规〔2024〕13号")
    b.blank()
    b.title(["广州市人民政府办公厅关于印发广州市", "公共租赁住房管理办法的通知"])
    b.blank()
    b.recipients("各区人民政府，市政府各部门、各直属机构：")
    b.body([T.GZ_HOUSING_NOTICE])
    b.blank(2)
    b.signature(["广州市人民政府办公厅"], "2024年7月26日")
    b.page_break()
    b.title(["广州市公共租赁住房管理办法"])
    b.blank()
    b.p("第一章　总　则", font=b.fonts.hei, align="center")
    b.body(T.GZ_HOUSING_CLAUSES)
    b.p("第二章　附　则", font=b.fonts.hei, align="center")
    b.body([*T.GZ_HOUSING_LATE_CLAUSES, "第九条　本办法自2024年9月1日起施行，有效期至2029年8月31日。"])
    b.blank()
    b.attachment_note(["广州市公共租赁住房保障申请表", "广州市公共租赁住房租赁合同（示范文本）"])
    b.blank()
    b.note("公开方式：主动公开")
    b.blank(2)
    b.imprint(None, "广州市人民政府办公厅秘书处", "2024年7月29日")
    return b


def notice_forward() -> Builder:
    """A 转发 notice (3-line title with 《》), then the forwarded notice with its own 文号, 主送, 署名 and date."""
    b = Builder(fonts=FANGSONG)
    b.mark("广州市天河区人民政府办公室文件", size=28)
    b.blank()
    b.number("穗天府办〔2025〕8号")
    b.blank()
    b.title(["广州市天河区人民政府办公室关于转发《广州市", "民政局　广州市财政局关于印发我市2025年最低", "生活保障及相关社会救助标准的通知》的通知"], size=20)  # fmt: skip
    b.blank()
    b.recipients("各街道办事处，区政府各部门、各直属机构：")
    b.body(["现将《广州市民政局　广州市财政局关于印发我市2025年最低生活保障及相关社会救助标准的通知》"
            "（穗民规字〔2025〕2号）转发给你们，请结合实际认真贯彻执行。"])  # fmt: skip
    b.blank(2)
    b.signature(["广州市天河区人民政府办公室"], "2025年6月10日")
    b.note("公开方式：主动公开")
    b.page_break()
    b.number("穗民规字〔2025〕2号", red_rule=False)
    b.blank()
    b.title(["广州市民政局　广州市财政局关于印发我市", "2025年最低生活保障及相关社会救助标准的通知"])
    b.blank()
    b.recipients("各区人民政府，市政府各部门、各直属机构：")
    b.body([T.GZ_AID_INTRO, *T.GZ_AID_POINTS])
    b.blank(2)
    b.signature(["广州市民政局", "广州市财政局"], "2025年5月30日")
    b.blank(2)
    b.imprint("区委办公室，区人大常委会办公室，区政协办公室", "广州市天河区人民政府办公室", "2025年6月11日")
    return b


# -- F: no 版头; real-world originals ---------------------------------------------------------------
def announcement_with_table() -> Builder:
    """A 公告 without 版头 and 主送: title, body with a list in a table (a date alone in some cells), 署名, date."""
    b = Builder(fonts=FANGSONG, page_numbers="outer")
    b.title(["广州市民政局", "2025年社会救助标准公示公告"])
    b.blank()
    b.body(["经市人民政府同意，现将我市2025年城乡最低生活保障等社会救助标准及执行时间公告如下："])
    rows = [("项目", "标准（元/人·月）", "执行时间"), ("城乡最低生活保障标准", "1309", "2025年1月1日"),
            ("最低生活保障边缘家庭认定标准", "1963.5", "2025年6月1日"), ("孤儿养育标准", "2976", "2025年1月1日")]  # fmt: skip
    borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))  # fmt: skip
    b.table(
        [f"<w:tr>{b.cell(a, 3600)}{b.cell(c, 2400)}{b.cell(d, 2844)}</w:tr>" for a, c, d in rows],
        [3600, 2400, 2844],
        borders,
    )
    b.lines.extend("\t".join(row) for row in rows)  # a table pasted as text: one row a line
    b.body(["公示时间：2025年6月3日至6月9日（5个工作日）", "监督电话：020-83123456", "特此公告。"])
    b.blank(2)
    b.signature(["广州市民政局"], "2025年5月30日")
    return b


def attachment_only_list() -> Builder:
    """An 附件 published on its own: `附件2` above the title, then a list in a table; no 署名, no date."""
    b = Builder(fonts=FANGSONG, page_numbers=None)
    b.p("附件2", font=b.fonts.hei)
    b.blank()
    b.title(["2025年第一批户籍家庭公共租赁住房常态分配房源清单"], size=18)
    b.blank()
    rows = [("序号", "项目名称", "所在区", "套数"), ("1", "泰安花园", "海珠区", "120"), ("2", "龙归城", "白云区", "85"),
            ("3", "东凤新村", "增城区", "64")]  # fmt: skip
    borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV"))  # fmt: skip
    b.table(
        [f"<w:tr>{''.join(b.cell(x) for x in row)}</w:tr>" for row in rows], [1200, 3644, 2400, 1600], borders
    )
    b.lines.extend("\t".join(row) for row in rows)  # a table pasted as text: one row a line
    return b


# -- A / G variants ----------------------------------------------------------------------------------
def old_style_chinese_date() -> Builder:
    """G: [ ] brackets and a space before 号, a date in Chinese numerals written with ○, 依申请公开."""
    b = Builder(fonts=FANGSONG)
    b.blank()
    b.mark("国务院办公厅文件", size=52)
    b.blank(2)
    b.number("国办发[2018]127 号")
    b.blank()
    b.title(["国务院办公厅关于抓好赋予科研机构和人员", "更大自主权有关文件贯彻落实工作的通知"], breaks=True)
    b.blank()
    b.recipients("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：")
    b.body(T.RESEARCH)
    b.blank(2)
    b.signature(["国务院办公厅"], "二○一八年十二月二十六日")
    b.note("（此件依申请公开）")
    b.blank(2)
    b.imprint(
        "党中央各部门，全国人大常委会办公厅，全国政协办公厅",
        "国务院办公厅秘书局",
        "2018年12月27日",
        table=False,
    )
    return b


def attachments_wrapping() -> Builder:
    """A: 附件说明 with three items, the first one long enough to wrap under its hanging indent; 附件
    pages with `附件1` headings and a table; the 施行 sentence in the body; 版记 in a table."""
    b = Builder()
    b.blank()
    b.mark("广州市住房和城乡建设局文件", size=33)
    b.blank(2)
    b.number("穗建规字〔2024〕5号")
    b.blank()
    b.title(["广州市住房和城乡建设局关于进一步加强", "户籍家庭住房保障工作的通知"])
    b.blank()
    b.recipients("各区人民政府，市政府各部门、各直属机构：")
    b.body([T.GZ_HOME_INTRO, *T.GZ_HOME_POINTS, "四、本通知自2024年3月4日起施行，有效期5年。"])
    b.blank()
    b.attachment_note([
        "申请公共租赁住房保障家庭收入及财产限额（按家庭人口数和所有家庭成员年龄分档确定）",
        "住房租赁补贴标准",
        "政府公共租赁住房分档租金标准",
    ])  # fmt: skip
    b.blank(2)
    b.signature(["广州市住房和城乡建设局"], "2024年3月4日")
    b.note("公开方式：主动公开")
    b.attachment_heading("附件1", "申请公共租赁住房保障家庭收入及财产限额")
    rows = [
        ("家庭人口", "年人均收入限额（元）", "家庭财产限额（万元）"),
        ("1人", "49952", "27"),
        ("2人", "49952", "54"),
    ]
    b.table([f"<w:tr>{''.join(b.cell(x) for x in row)}</w:tr>" for row in rows], [2000, 3400, 3444])
    b.lines.extend("\t".join(row) for row in rows)  # a table pasted as text: one row a line
    b.blank(2)
    b.imprint(
        "市委办公厅，市人大常委会办公厅，市政府办公厅，市政协办公厅",
        "广州市住房和城乡建设局办公室",
        "2024年3月7日",
    )
    return b


def f_no_head_columns_imprint() -> Builder:
    """F: no 版头 but a 主送; 版记 table with the 印发机关 and 印发日期 in separate cells."""
    b = Builder(fonts=FANGSONG)
    b.title(["国务院办公厅关于山西、安徽省四起特大", "煤矿瓦斯爆炸事故调查处理情况的通报"])
    b.blank()
    b.recipients("各省、自治区、直辖市人民政府，国务院各部委、各直属机构：")
    b.body(T.COAL)
    b.blank(2)
    b.signature(["国务院办公厅"], "2004年1月16日")
    b.note("（此件公开发布）")
    b.blank(3)
    b.imprint(
        "党中央各部门，全国人大常委会办公厅，全国政协办公厅",
        "国务院办公厅秘书局",
        "2004年1月18日",
        columns=True,
    )
    return b


def notice_listing_enclosed() -> Builder:
    """B: 版头 in a table; a 印发 notice whose 附件说明 names the enclosed 要点 and a second, wrapped item
    typed on its own indented line; the enclosed text after an `附件1` heading."""
    b = Builder(fonts=FANGSONG, blanks=False)
    mark = f"<w:tc><w:p>{ppr(align='center', line=None, before=360, after=600)}{run('昌江区人民政府办公室文件', b.fonts.title, 33, RED)}</w:p></w:tc>"
    number = f"<w:tc><w:tcPr><w:tcBorders>{rule()}</w:tcBorders></w:tcPr><w:p>{ppr(align='center', line=None, before=240, after=160)}{run('昌府办发〔2024〕5号', b.fonts.body, 16)}</w:p></w:tc>"
    b.table([f"<w:tr>{mark}</w:tr>", f"<w:tr>{number}</w:tr>"], [8844])
    b.lines += ["昌江区人民政府办公室文件", "昌府办发〔2024〕5号"]
    b.blank()
    b.title(["昌江区人民政府办公室关于印发《昌江区", "2024年政务公开工作要点》的通知"])
    b.blank()
    b.recipients("各乡（镇）人民政府、街道办事处，区政府各部门，区直各单位：")
    b.body([T.CJ_NOTICE])
    b.blank()
    b.p("附件：1．昌江区2024年政务公开工作要点", first_chars=200)
    b.p("2．昌江区2024年政务公开重点任务分工表（按乡", left=1600)
    b.p("镇、街道和区直部门分列）", left=1920)
    b.blank(2)
    b.signature(["昌江区人民政府办公室"], "2024年3月1日")
    b.note("（此件公开发布）")
    b.attachment_heading("附件1", "昌江区2024年政务公开工作要点")
    b.body(list(T.CJ_POINTS))
    b.blank(2)
    b.imprint("区委办公室，区人大常委会办公室，区政协办公室", "昌江区人民政府办公室", "2024年3月1日")
    return b
