import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from bundles.preview import BodyItem, PreviewFile, PreviewInput
from policy.details import ConsultationDetails, FeeListDetails, FeeRow, Participation, PolicyDetails
from policy.interpretation import Element, Form, FormKind, Interpretation, QAItem, Section
from policy.metadata import Fields

TITLE = "关于做好<第3批>政务公开重点工作的通知"


@pytest.fixture
def preview_input(tmp_path: Path) -> PreviewInput:
    attachment = tmp_path / "附件1 申报表?.csv"
    attachment.write_text("名称,金额\n示例,1\n", encoding="utf-8")
    image = tmp_path / "yitu.png"
    Image.new("RGB", (8, 8), (200, 16, 46)).save(image, format="PNG")
    interp = Interpretation(
        "《关于做好第3批政务公开重点工作的通知》政策解读",
        policy_title=TITLE,
        sections=(Section(Element.BACKGROUND, "为落实要求，印发本通知。"),),
        forms=(Form(FormKind.GRAPHIC, "一图读懂", "f" * 64, "yitu.png"), Form(FormKind.QA)),
        qa=(QAItem("何时起施行？", "自印发之日起施行。"),),
    )
    return PreviewInput(
        fields=Fields(
            title=TITLE,
            doc_number="昌府办字〔2024〕3号",
            date=dt.date(2024, 6, 4),
            index_number="11360200MB1234567X/2024-00003",
            subject="政务公开",
            publisher=None,
            publish_date=dt.date(2024, 6, 10),
            validity="有效",
            issuers=("昌江区人民政府办公室",),
        ),  # fmt: skip
        body=(
            BodyItem("paragraph", "现将工作安排通知如下，详见 https://example.org/x 。"),
            BodyItem("heading", "一、工作目标", level=1),
            BodyItem("paragraph", "做好<b>政策解读</b>。"),
            BodyItem("table", rows=(("项目", "金额"), ("补助", "20万元"))),
        ),
        attachments=(PreviewFile(attachment.name, attachment, "a" * 64),),
        interpretation=interp,
        media=(PreviewFile(image.name, image, "f" * 64),),
        publisher="昌江区政务服务数据管理局",
    )


# kind-specific details as the page shows them (policy.details)

RESULT_FILE = "征求意见采纳情况.pdf"


@pytest.fixture
def consultation(preview_input: PreviewInput, tmp_path: Path) -> PreviewInput:
    """A 意见征集 with its 征求结果 (two paragraphs, one with markup a clerk pasted) and the result's
    file among the attachments."""
    result = tmp_path / RESULT_FILE
    result.write_bytes(b"%PDF-1.4\n%%EOF\n")
    details = ConsultationDetails(
        draft_title="昌江区城市居民最低生活保障实施办法（征求意见稿）",
        start_date=dt.date(2024, 6, 1),
        end_date=dt.date(2024, 7, 5),
        has_explanation=True,
        channel="电子邮箱：mzj@example.gov.cn\n通信地址：昌江区新城大道1号（邮编333000）",
        result_text="共收到意见建议12条，采纳7条。\n\n未采纳的<script>alert(1)</script>意见与上位法不一致。",
        result_file=RESULT_FILE,
        result_date=dt.date(2024, 7, 10),
        opinion_count=12,
    )
    files = (*preview_input.attachments, PreviewFile(RESULT_FILE, result, "c" * 64))
    return replace(preview_input, attachments=files, details=details)


FEE_ROWS = (
    FeeRow("不动产登记费", "发改价格规〔2016〕2559号", "区自然资源局", "缴入国库", "住宅类每件80元"),
    FeeRow("考试考务费", "财税〔2015〕102号", "区人力资源和社会保障局", "缴入国库", "60元/人·科"),
    FeeRow("污水处理费", "赣发改收费〔2019〕1234号\n赣财综〔2019〕5号", "区住房和城乡建设局", "财政专户", "0.85元/立方米"),
)  # fmt: skip


@pytest.fixture
def fee_list(preview_input: PreviewInput) -> PreviewInput:
    return replace(preview_input, interpretation=None, media=(), details=FeeListDetails(FEE_ROWS))


PARTICIPATION = (
    Participation("座谈", dt.date(2024, 3, 1), None, "沿线居民代表12人、商户代表5人", 17, "多数代表支持。"),
    Participation("征求意见", dt.date(2024, 3, 5), dt.date(2024, 4, 5), "", 230, "收到意见46条。"),
    Participation("听证", dt.date(2024, 4, 20)),
)


@pytest.fixture
def major_decision(preview_input: PreviewInput) -> PreviewInput:
    return replace(preview_input, details=PolicyDetails(major_decision=True, participation=PARTICIPATION))
