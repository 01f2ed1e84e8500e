"""用字和表述 (YZ: 异形词, 常见差错, 机构名称, 严重表述错误) and 机构职能信息电话 (JG) — on documents
built block by block as a reader delivers them, and on the shipped word lists themselves."""

import dataclasses
import random
import time

import pytest

from checks import lexicon
from checks.settings import CheckSettings, DirectoryEntry
from policy.document import BlockKind
from policy.findings import Severity
from policy.interpretation import Element, Interpretation, Section
from tests.checks.conftest import run_rule
from tests.extractors.test_metadata_layouts import BODY, LEFT, NUMBER, RED, SIGN, TITLE, build

CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方"


def notice(*body, title="长江区人民政府办公室关于做好政务公开工作的通知", signer="长江区人民政府办公室"):
    lines = [("长江区人民政府办公室文件", RED), ("长府办发〔2024〕7号", NUMBER), (title, TITLE),
             ("各街道办事处，区政府各部门：", LEFT)]  # fmt: skip
    lines += [(text, BODY) for text in body]
    lines += [(signer, SIGN), ("2024年6月4日", SIGN), ("（此件公开发布）", BODY)]
    return build(*lines)


def block_of(doc, text):
    return next(b.index for b in doc.blocks if text in b.text)


# -- YZ-01 异形词 ----------------------------------------------------------------------------------


def test_a_variant_form_is_a_warning_that_names_the_recommended_form_and_points_at_the_paragraph(
    blocks_context,
):
    doc = notice("各单位按辈份排序，不得搀杂个人意见。", "再次强调，辈份不得颠倒。")
    found = {f.matched: f for f in run_rule("YZ-01-variant-forms", blocks_context(doc))}
    assert set(found) == {"辈份", "搀杂"}
    f = found["辈份"]
    assert f.severity is Severity.WARN
    assert "“辈分”" in f.message_zh and "共2处" in f.message_zh
    assert f.location.block == block_of(doc, "按辈份排序") and f.location.span == (4, 6)
    assert "异形词" in f.citation and f.fix == "将“辈份”改为“辈分”。"


def test_recommended_forms_and_correct_words_containing_a_variant_do_not_fire(blocks_context):
    doc = notice(
        "各单位按辈分排序，不得掺杂个人意见，参与人员要彻底落实。",
        "实施方案语言要通俗，按股分红办法另行制定。",  # 方案语言 holds 案语, 按股分红 holds 股分
        "这笔划拨资金用于图书馆建设，企图象征性地应付的，严肃处理。",  # 笔划拨, 企图象征
    )
    assert run_rule("YZ-01-variant-forms", blocks_context(doc)) == []


def test_the_finding_id_survives_an_unrelated_edit_above(blocks_context):
    before = run_rule("YZ-01-variant-forms", blocks_context(notice("按辈份排序。")))
    after = run_rule(
        "YZ-01-variant-forms", blocks_context(notice("新增一段说明。", "另一段。", "按辈份排序。"))
    )
    assert [f.id for f in before] == [f.id for f in after]


def test_the_interpretation_is_screened_too_and_the_finding_points_at_it(blocks_context):
    interp = Interpretation(title="政策解读", sections=(Section(Element.BACKGROUND, "本办法宏扬法治精神。"),))
    (found,) = run_rule("YZ-01-variant-forms", blocks_context(notice("正文无误。"), interpretation=interp))
    assert found.location.field == "interpretation"
    assert found.message_zh.startswith("解读中“宏扬”应写作“弘扬”")


def test_a_title_typed_for_the_site_is_screened_when_the_document_does_not_print_it(blocks_context):
    ctx = blocks_context(notice("正文无误。"))
    ctx = dataclasses.replace(ctx, fields=dataclasses.replace(ctx.fields, title="关于辈份管理的通知"))
    (found,) = run_rule("YZ-01-variant-forms", ctx)
    assert found.location.field == "title"


# -- YZ-02 常见差错 ---------------------------------------------------------------------------------


def test_zuowei_written_with_zuo_fires_but_jiaozuo_wei_min_does_not(blocks_context):
    found = {
        f.matched: f
        for f in run_rule("YZ-02-misspellings", blocks_context(notice("做为牵头单位，要认真布署。")))
    }
    assert set(found) == {"做为", "布署"} and "“作为”" in found["做为"].message_zh
    ok = notice("这就叫做为民服务。", "作为牵头单位，要认真部署。")
    assert run_rule("YZ-02-misspellings", blocks_context(ok)) == []


def test_a_district_adds_words_in_its_settings_and_allows_its_own_exceptions(blocks_context):
    doc = notice("请于截止日期前报送，其它事项另行通知。")
    settings = CheckSettings(extra_variants=(("其它", "其他"),))
    (found,) = run_rule("YZ-02-misspellings", blocks_context(doc), settings)
    assert found.matched == "其它" and "“其他”" in found.message_zh
    allowed = CheckSettings(extra_variants=(("其它", "其他"),), wording_allow=("其它事项",))
    assert run_rule("YZ-02-misspellings", blocks_context(doc), allowed) == []


def test_settings_from_json_lists_become_tuples_and_bad_entries_are_refused():
    s = CheckSettings.from_dict(
        {"extra_variants": [["其它", "其他"]], "extra_serious": [["湖北省岳阳", "岳阳属湖南", ""]]}
    )
    assert s.extra_variants == (("其它", "其他"),) and s.extra_serious == (("湖北省岳阳", "岳阳属湖南", ""),)
    with pytest.raises(ValueError, match="regular expression"):
        CheckSettings(extra_serious=(("湖北省(", "x", ""),))
    with pytest.raises(ValueError, match="same as"):
        CheckSettings(extra_variants=(("其他", "其他"),))


# -- YZ-03 机构名称 ---------------------------------------------------------------------------------


def test_an_old_agency_name_is_a_warning_with_the_standard_name(blocks_context):
    doc = notice("请长江区卫生和计划生育委员会、区工商局按职责分工落实。")
    found = {f.matched: f for f in run_rule("YZ-03-agency-names", blocks_context(doc))}
    assert set(found) == {"区卫生和计划生育委员会", "区工商局"}
    assert "规范名称为“区市场监督管理局”" in found["区工商局"].message_zh
    assert found["区工商局"].severity is Severity.WARN


def test_an_old_name_written_as_such_and_a_standard_name_containing_it_do_not_fire(blocks_context):
    doc = notice(
        "原区卫生局承担的职责划入区卫生健康委员会。",
        "区卫计委（现区卫健委）的文件继续有效。",
        "请到区政务服务管理局（区行政服务中心）办理。",
    )
    assert run_rule("YZ-03-agency-names", blocks_context(doc)) == []
    (found,) = run_rule("YZ-03-agency-names", blocks_context(notice("请到区行政服务中心办理。")))
    assert "区政务服务管理局（区行政服务中心）" in found.message_zh


# -- YZ-04 严重表述错误 ------------------------------------------------------------------------------


def test_a_wrong_place_hierarchy_blocks(blocks_context):
    doc = notice("组织赴湖北省张家界市学习考察。")
    (found,) = run_rule("YZ-04-serious-wording", blocks_context(doc))
    assert found.severity is Severity.BLOCK
    assert "湖南省" in found.message_zh and found.matched == "湖北省张家界"
    assert "单项否决" in found.citation
    assert found.location.block == block_of(doc, "张家界")


@pytest.mark.parametrize(
    "text, fires",
    [
        ("长江区人民政府办公厅关于印发方案的通知", True),
        ("广西壮族自治区人民政府办公厅转发的通知", False),
        ("湖南省张家界市", False),
        ("“十四五”计划目标", True),
        ("“十四五”规划目标", False),
        ("香港政府", True),
        ("香港特别行政区政府", False),
    ],
)
def test_serious_patterns_fire_on_the_wrong_form_only(blocks_context, text, fires):
    assert bool(run_rule("YZ-04-serious-wording", blocks_context(notice(text)))) is fires


def test_a_district_adds_serious_patterns_in_its_settings(blocks_context):
    settings = CheckSettings(extra_serious=((r"湖北省岳阳", "岳阳市隶属湖南省", "省名改为“湖南省”"),))
    (found,) = run_rule("YZ-04-serious-wording", blocks_context(notice("湖北省岳阳市")), settings)
    assert found.severity is Severity.BLOCK and "岳阳市隶属湖南省" in found.message_zh


# -- the shipped word lists --------------------------------------------------------------------------


def test_the_shipped_lists_read_and_no_recommended_form_is_itself_reported():
    sizes = {
        name: len(lexicon.entries(name))
        for name in (lexicon.VARIANTS, lexicon.MISSPELLINGS, lexicon.AGENCIES)
    }
    assert (
        sizes[lexicon.VARIANTS] >= 150 and sizes[lexicon.MISSPELLINGS] >= 20 and sizes[lexicon.AGENCIES] >= 20
    )
    assert len(lexicon.patterns()) >= 10
    for name in sizes:
        m = lexicon.matcher(name)
        for e in lexicon.entries(name):
            assert [h.entry.form for h in m.find(e.recommended)] == [], (name, e)
            assert [h.entry.form for h in m.find(e.form)] == [e.form]
            for exception in e.exceptions:
                assert list(m.find(exception)) == [], (name, exception)
    assert all(p.explanation and p.source == lexicon.SERIOUS for p in lexicon.patterns())


def test_a_broken_line_names_the_file_and_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("# comment\n辈份\t辈分\n只有一列\n", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match="bad.txt:3"):
        lexicon.read_entries(path)
    path.write_text("湖北省(\t说明\n", encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match="bad.txt:1"):
        lexicon.read_patterns(path)


def test_fifty_pages_are_screened_in_a_few_milliseconds():
    rnd = random.Random(5)
    text = "".join(rnd.choice(CHARS) for _ in range(50 * 900)) + "辈份"
    matchers = [lexicon.matcher(n) for n in (lexicon.VARIANTS, lexicon.MISSPELLINGS, lexicon.AGENCIES)]
    for m in matchers:
        list(m.find(text))  # compiled and warm
    start = time.perf_counter()
    hits = [h for m in matchers for h in m.find(text)]
    elapsed_ms = (time.perf_counter() - start) * 1000
    assert [h.entry.form for h in hits] == ["辈份"]
    assert elapsed_ms < 25, elapsed_ms  # about 2 ms on a laptop


# -- JG 机构职能信息电话 ------------------------------------------------------------------------------

DIRECTORY = CheckSettings(
    directory=(
        DirectoryEntry("长江区财政局", "预算编制、财政资金管理", "020-87654321"),
        DirectoryEntry("区民政局", "社会救助", "（020）6666 8888；12345"),
    )
)


def test_a_phone_that_differs_from_the_directory_names_both_numbers(blocks_context):
    doc = notice(
        "联系人：张三，区财政局 联系电话：020-12345678。", title="长江区财政局关于做好预算公开工作的通知"
    )
    (found,) = run_rule("JG-01-directory-phone", blocks_context(doc), DIRECTORY)
    assert found.severity is Severity.WARN
    assert "020-12345678" in found.message_zh and "020-87654321" in found.message_zh
    assert "长江区财政局" in found.message_zh
    assert found.location.block == block_of(doc, "联系电话") and found.location.span is not None
    assert "一" in found.citation


@pytest.mark.parametrize(
    "line",
    [
        "区财政局联系电话：020-87654321",
        "区财政局联系电话：（０２０）８７６５ ４３２１",  # full-width digits, brackets, a space
        "区财政局联系电话：87654321",  # without the area code
        "区财政局咨询电话：+86 20 8765 4321",
        "区民政局救助热线：020-66668888、12345",
    ],
)
def test_a_phone_that_matches_the_directory_in_any_format_does_not_fire(blocks_context, line):
    assert run_rule("JG-01-directory-phone", blocks_context(notice(line)), DIRECTORY) == []


def test_a_number_given_for_the_wrong_office_says_whose_it_is(blocks_context):
    doc = notice("区民政局", "联系电话：020-87654321")  # the office named in the paragraph above
    (found,) = run_rule("JG-01-directory-phone", blocks_context(doc), DIRECTORY)
    assert "属于“长江区财政局”" in found.message_zh and "区民政局" in found.message_zh


def test_a_phone_in_a_table_row_is_checked_against_the_office_in_that_row(blocks_context):
    doc = build(
        ("长江区财政局关于公布咨询电话的通知", TITLE),
        ("区民政局", BODY, BlockKind.TABLE_CELL),
        ("020-66668889", BODY, BlockKind.TABLE_CELL),
    )
    doc = dataclasses.replace(
        doc,
        blocks=(
            doc.blocks[0],
            *(dataclasses.replace(b, cell=(0, 1, i)) for i, b in enumerate(doc.blocks[1:])),
        ),
    )
    (found,) = run_rule("JG-01-directory-phone", blocks_context(doc), DIRECTORY)
    assert "020-66668889" in found.message_zh and found.location.block == 2


def test_without_a_directory_or_without_phones_nothing_fires(blocks_context):
    doc = notice("区财政局联系电话：020-12345678")
    assert run_rule("JG-01-directory-phone", blocks_context(doc)) == []
    assert run_rule("JG-01-directory-phone", blocks_context(notice("按期报送。")), DIRECTORY) == []


def test_an_unlisted_number_of_the_issuing_office_is_a_note(blocks_context):
    ctx = blocks_context(notice("咨询电话：020-11112222"))
    ctx = dataclasses.replace(ctx, fields=dataclasses.replace(ctx.fields, issuers=("长江区财政局",)))
    (found,) = run_rule("JG-01-directory-phone", ctx, DIRECTORY)
    assert found.severity is Severity.INFO and "020-87654321" in found.message_zh


def test_an_office_name_that_differs_from_the_directory_fires(blocks_context):
    doc = notice("区财政厅联系电话：020-87654321")
    (found,) = run_rule("JG-02-directory-office", blocks_context(doc), DIRECTORY)
    assert "区财政厅" in found.message_zh and "长江区财政局" in found.message_zh
    assert (
        run_rule(
            "JG-02-directory-office", blocks_context(notice("区财政局联系电话：020-87654321")), DIRECTORY
        )
        == []
    )
