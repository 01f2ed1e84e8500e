import datetime as dt
from pathlib import Path

import pytest
from PIL import Image

from bundles.preview import BodyItem, PreviewFile, PreviewInput
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
