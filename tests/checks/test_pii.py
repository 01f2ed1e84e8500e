"""The personal-number recognisers: checksums, masking, contexts, and the numbers that only look alike."""

import datetime as dt

import pytest

from checks import pii
from checks.pii import PhoneRole, PiiKind

TODAY = dt.date(2024, 6, 4)
ID = "360102198503041231"  # valid MOD 11-2 check digit
ID_X = "11010519491231002X"  # the GB 11643 example, check character X
CARD19 = "6222022914177763174"  # 银联, Luhn-valid
CARD16 = "4367420669074394"
USCC = "91350100M000100Y43"  # the GB 32100 example


def kinds(text: str, label: str = "") -> list[tuple[PiiKind, str]]:
    return [(m.kind, m.masked) for m in pii.scan(text, TODAY, label)]


# ---- checksums -----------------------------------------------------------------------------------


def test_id_check_digit_follows_iso_7064_mod_11_2():
    assert pii.id_check_char(ID[:17]) == "1"
    assert pii.id_check_char(ID_X[:17]) == "X"
    assert pii.valid_id18(ID, TODAY) and pii.valid_id18(ID_X.lower(), TODAY)
    assert not pii.valid_id18(ID[:17] + "2", TODAY)


def test_id_birth_date_must_be_a_real_day_in_the_past():
    for bad_date in ("19850230", "19851304", "20300101", "18991231"):
        body = ID[:6] + bad_date + "123"
        assert not pii.valid_id18(body + pii.id_check_char(body), TODAY)


def test_legacy_15_digit_id_needs_a_real_19yy_birth_date():
    assert pii.valid_id15("360102850304123")
    assert not pii.valid_id15("360102851304123")  # month 13
    assert not pii.valid_id15("129336070801109")  # no prefecture 93: an exam ticket number, not an ID


def test_luhn_and_issuer_prefix_for_cards():
    assert pii.valid_card(CARD19) and pii.valid_card(CARD16)
    assert not pii.valid_card(CARD19[:-1] + "5")
    assert not pii.valid_card("1234567812345670")  # Luhn-valid, but no issuer starts with 1


def test_credit_code_check_character_mod_31():
    assert pii.uscc_check_char(USCC[:17]) == "3"
    assert pii.valid_uscc(USCC)
    assert not pii.valid_uscc(USCC[:17] + "4")


# ---- what is found ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"申请人张三，身份证号{ID}，住址长江区。", (PiiKind.ID, "3601**********1231")),
        (f"李四（{ID_X.lower()}）", (PiiKind.ID, "1101**********002X")),
        (f"身份证号：{ID[:6]} {ID[6:14]} {ID[14:]}", (PiiKind.ID, "3601**********1231")),
        ("旧身份证号360102850304123，已换领。", (PiiKind.ID, "3601*******4123")),
        (
            f"人员编号：{ID}",
            (PiiKind.ID, "3601**********1231"),
        ),  # a valid ID after a mere 编号 is still an ID
        (f"收款人王五，银行卡号：{CARD19}。", (PiiKind.BANK_CARD, "6222***********3174")),
        ("卡号 4367 4206 6907 4394", (PiiKind.BANK_CARD, "4367********4394")),
        ("联系电话：13812345678。", (PiiKind.MOBILE, "138****5678")),
        ("电话：+86 138-1234-5678", (PiiKind.MOBILE, "138****5678")),
        ("（+86）138 1234 5678", (PiiKind.MOBILE, "138****5678")),
        ("联系电话：１３８１２３４５６７８", (PiiKind.MOBILE, "138****5678")),  # full-width digits
        (f"统一社会信用代码：{USCC}", (PiiKind.USCC, "9135**********0Y43")),
    ],
)
def test_numbers_are_found_and_masked(text, expected):
    assert kinds(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        f"身份证号{ID[:17]}2",  # wrong check digit
        "身份证号360102198502301233",  # 30 February
        "身份证号：360102851304123",  # 15 digits, month 13
        f"卡号：{CARD19[:-1]}5",  # fails Luhn
        f"统一社会信用代码：{USCC[:17]}4",  # wrong check character
        "根据《国务院办公厅关于印发…的通知》（国办发〔2018〕117号）",
        "会议定于20240304召开；征求意见时间为2024-03-04至2024-04-03。",
        "项目总投资12,345,678.00元，全年拨付13812345678.50元，预算138123456789012元。",
        "如有诉求请拨打12345政务服务便民热线；客服电话95588；服务热线400-820-8820、4008208820。",
        "办公电话：020-83123456；咨询电话：（0791）86123456转801；传真0798-8221234。",
        f"订单号：{ID}，交易流水号{CARD19}。",
        f"规范性文件登记号：CJDR—2024—0012；登记号：{ID}；不动产登记编号：{CARD19}",
        f"长府字〔2024〕{ID}号；第{ID}号",
        f"索引号：{USCC}/2024-00012",
        "赣公网安备 36010202000123号；赣ICP备12345678号-1",
        "网址：http://www.cj.gov.cn/art/2024/6/4/art_6222022914177763174.html",
        "身份证号码：3601**********1231（已去标识化）",
        "快递单号SF1234567890123；时间戳1709539200000",
        f"档案编号：{CARD19}；序号13812345678",
    ],
)
def test_look_alikes_are_not_flagged(text):
    assert kinds(text) == []


def test_a_column_header_names_what_a_bare_number_is():
    assert kinds(ID, label="准考证号") == []
    assert kinds(ID, label="身份证号") == [(PiiKind.ID, "3601**********1231")]


def test_an_id_shaped_number_with_an_impossible_date_is_not_taken_for_a_card():
    # 420106 1979-04-31: not an ID (no such day) and, though Luhn-valid, not a card either
    body = "42010619790431168"
    number = next(body + d for d in "0123456789" if pii.luhn_ok(body + d))
    assert kinds(f"身份证号码：{number}") == []


# ---- context ----------------------------------------------------------------------------------------


def test_context_is_ten_characters_each_side_and_itself_masked():
    text = f"经审核，低保对象张三，身份证号{ID}，联系电话13812345678，住址长江区新桥村。"
    found = {m.kind: m for m in pii.scan(text, TODAY)}
    id_match = found[PiiKind.ID]
    assert id_match.context == "保对象张三，身份证号3601**********1231，联系电话*****"
    assert ID not in id_match.context and "13812345678" not in found[PiiKind.MOBILE].context
    assert id_match.key == "身份证号:3601**********1231"
    assert (id_match.start, id_match.end) == (text.index(ID), text.index(ID) + 18)


def test_a_number_cut_by_the_context_window_is_starred_too():
    text = f"身份证号{ID[:17]}2，联系电话13812345678"  # a typo'd ID: not found, but not shown either
    (m,) = pii.scan(text, TODAY)
    assert m.kind is PiiKind.MOBILE and m.context == "*****，联系电话138****5678"


def test_mask_text_replaces_every_number_found():
    assert pii.mask_text(f"张三{ID}，13812345678") == "张三3601**********1231，138****5678"


# ---- where a mobile number stands -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, role, cue",
    [
        ("公开征求意见期间，联系人：张三，联系电话：13812345678。", PhoneRole.OFFICIAL, "联系电话"),
        ("咨询电话：13812345678（工作日）", PhoneRole.OFFICIAL, "咨询电话"),
        ("如发现违规收费，请拨打监督电话13812345678。", PhoneRole.OFFICIAL, "监督电话"),
        ("3 王小明 13812345678 长江村一组", PhoneRole.PRIVATE, "王小明"),
        ("户主：李四，电话：13812345678，家庭人口4人。", PhoneRole.PRIVATE, "户主"),
        (f"张三，身份证号{ID}，联系电话13812345678。", PhoneRole.PRIVATE, "同一句有身份证号"),
        ("如需帮助请致电13812345678。", PhoneRole.UNKNOWN, None),
    ],
)
def test_mobile_context_is_named(text, role, cue):
    (m,) = [m for m in pii.scan(text, TODAY) if m.kind is PiiKind.MOBILE]
    assert (m.role, m.cue) == (role, cue)
