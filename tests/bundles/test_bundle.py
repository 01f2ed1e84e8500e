"""The approved bundle as the uploader receives it: a BagIt bag in a zip, the publication copy and
its PDF, the pages, the signed review — the same payload every time it is written."""

from __future__ import annotations

import json
import zipfile

import bagit
import pypdfium2
import pytest

from policy.submission import SubmissionStatus as S
from storage import LibraryError, submissions
from tests.bundles.flow import CLERK, HEAD, PASSPHRASE, office, submitted
from workflow import bundling, editing, keys, lifecycle, review


@pytest.fixture
def o(tmp_path):
    office_ = office(tmp_path)
    keys.init_key(office_.clerk, HEAD, "科室负责人", PASSPHRASE, store="file")
    yield office_
    office_.close()


def approved(o, **kwargs) -> int:
    sid = submitted(o, **kwargs)
    review.review(o.clerk, sid, "通过", HEAD, PASSPHRASE, comment="同意发布")
    return sid


def members(path) -> dict[str, zipfile.ZipInfo]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: i for i in zf.infolist()}


def test_the_bundle_is_a_valid_bag_with_every_part_the_site_needs(o, tmp_path):
    sid = approved(o)
    written = bundling.bundle(o.clerk, sid, tmp_path / "out", CLERK)
    assert written.path.name == "000000000_2024-00001.zip"
    names = set(members(written.path))
    top = "000000000_2024-00001/"
    assert {n.split("/", 1)[0] for n in names} == {"000000000_2024-00001"}
    for part in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt",
                 "data/policy.html", "data/interpretation.html", "data/files/问答.md", "data/metadata.json",
                 "data/interpretation.json", "data/review.json", "data/files/图解.png"):  # fmt: skip
        assert top + part in names, part
    with zipfile.ZipFile(written.path) as zf:
        zf.extractall(tmp_path / "x")
        policy_html = zf.read(top + "data/policy.html").decode()
        interp_html = zf.read(top + "data/interpretation.html").decode()
        metadata = json.loads(zf.read(top + "data/metadata.json"))
        review_json = json.loads(zf.read(top + "data/review.json"))
    bag = bagit.Bag(str(tmp_path / "x" / "000000000_2024-00001"))
    assert bag.is_valid()
    assert bag.info["External-Identifier"] == "000000000/2024-00001"
    assert bag.info["Source-Organization"] == "昌江区人民政府办公室"
    assert bag.info["PolicyPress-Approval-SHA256"] == written.payload_sha256 == review_json["payload_sha256"]
    assert bag.info["Payload-Oxum"].endswith("." + str(len(bag.payload_entries())))
    assert 'href="interpretation.html"' in policy_html and 'href="policy.html"' in interp_html
    assert metadata["fields"]["title"] == "关于做好第3批政务公开重点工作的通知"
    assert metadata["fields"]["index_number"] == "000000000/2024-00001"
    assert [d["decision"] for d in review_json["decisions"]] == ["通过"]


def test_bundling_twice_gives_byte_identical_payload_files(o, tmp_path):
    sid = approved(o)
    first = bundling.bundle(o.clerk, sid, tmp_path / "a", CLERK)
    second = bundling.bundle(o.clerk, sid, tmp_path / "b", CLERK)
    with zipfile.ZipFile(first.path) as a, zipfile.ZipFile(second.path) as b:
        data_a = {n: a.read(n) for n in a.namelist() if "/data/" in n}
        data_b = {n: b.read(n) for n in b.namelist() if "/data/" in n}
        infos_a = [(i.filename, i.date_time, i.compress_type) for i in a.infolist() if "/data/" in i.filename]
        infos_b = [(i.filename, i.date_time, i.compress_type) for i in b.infolist() if "/data/" in i.filename]
    assert data_a == data_b and infos_a == infos_b
    assert all(dt == (1980, 1, 1, 0, 0, 0) for _, dt, _ in infos_a)


def test_a_word_draft_goes_out_as_a_cleaned_copy_with_a_pdf_stored_not_recompressed(o, tmp_path, corpus):
    label = json.loads((corpus / "d002.json").read_text("utf-8"))
    sid = approved(o, source=corpus / "d002.docx")
    written = bundling.bundle(o.clerk, sid, tmp_path / "out", CLERK)
    infos = members(written.path)
    docx = [n for n in infos if n.endswith(".docx")]
    pdf = [n for n in infos if n.endswith(".pdf")]
    assert len(docx) == 1 and "/data/document/" in docx[0] and len(pdf) == 1
    assert (
        infos[docx[0]].compress_type == zipfile.ZIP_STORED
        and infos[pdf[0]].compress_type == zipfile.ZIP_STORED
    )
    assert infos[next(n for n in infos if n.endswith("policy.html"))].compress_type == zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(written.path) as zf:
        cleaned = zf.read(docx[0])
        pdf_bytes = zf.read(pdf[0])
    with zipfile.ZipFile(__import__("io").BytesIO(cleaned)) as package:
        core = package.read("docProps/core.xml").decode() if "docProps/core.xml" in package.namelist() else ""
    assert "<dc:creator>" not in core and "lastModifiedBy>" not in core.replace("<cp:lastModifiedBy/>", "")
    text = "".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(pdf_bytes))
    compact = "".join(text.split())
    assert "".join(label["fields"]["title"].split())[:12] in compact


def test_items_not_for_the_site_and_unapproved_ones_are_never_bundled(o, tmp_path):
    sid = approved(o)
    lifecycle.move(o.clerk, sid, S.DRAFT, CLERK)
    editing.confirm_field(o.clerk, sid, "disclosure", "依申请公开", CLERK)
    with pytest.raises(LibraryError) as refused:
        bundling.bundle(o.clerk, sid, tmp_path / "out", CLERK)
    assert refused.value.key == "not_for_site"
    editing.confirm_field(o.clerk, sid, "disclosure", "主动公开", CLERK)
    with pytest.raises(LibraryError) as unapproved:
        bundling.bundle(o.clerk, sid, tmp_path / "out", CLERK)
    assert unapproved.value.key == "not_approved"
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_the_raw_draft_goes_out_only_when_the_setting_says_so(o, tmp_path, corpus):
    from workflow import config

    config.set_value(o.clerk, "publish_raw_draft", "是", CLERK)
    sid = approved(o, source=corpus / "d002.docx")
    written = bundling.bundle(o.clerk, sid, tmp_path / "out", CLERK)
    with zipfile.ZipFile(written.path) as zf:
        docx = next(n for n in zf.namelist() if n.endswith(".docx"))
        assert zf.read(docx) == (corpus / "d002.docx").read_bytes()
    assert submissions.get(o.clerk, sid).status is S.APPROVED


def test_a_picture_removed_from_the_interpretation_is_not_published(o, tmp_path):
    import dataclasses

    from policy.jsonform import plain
    from workflow.interpret import stored_interpretation
    from workflow.preview import preview

    sid = submitted(o)
    interp = stored_interpretation(o.clerk, sid)
    kept = dataclasses.replace(interp, forms=tuple(f for f in interp.forms if f.file_name != "图解.png"))
    editing.save_interpretation(o.clerk, sid, plain(kept), kept.text, CLERK)
    result = preview(o.clerk, sid, tmp_path / "site")
    assert "files/问答.md" in result.files and "files/图解.png" not in result.files
    assert not (tmp_path / "site" / "files" / "图解.png").exists()


def test_the_bundled_policy_page_shows_the_details_metadata_json_carries(o, tmp_path):
    from lxml import html as lxml_html

    from tests.bundles.flow import notice
    from workflow import details, submitting

    sid = notice(o.clerk, o.root / "work3")
    details.set_details(o.clerk, sid, {"major_decision": True, "participation": [
        {"method": "听证会", "date": "2024-02-01", "stakeholders": "沿线居民代表", "participants": 30}]}, CLERK)  # fmt: skip
    submitting.submit(o.clerk, sid, CLERK)
    review.review(o.clerk, sid, "通过", HEAD, PASSPHRASE, comment="同意发布")
    written = bundling.bundle(o.clerk, sid, tmp_path / "out", CLERK)
    top = "000000000_2024-00001/data/"
    with zipfile.ZipFile(written.path) as zf:
        page = lxml_html.document_fromstring(zf.read(top + "policy.html").decode())
        metadata = json.loads(zf.read(top + "metadata.json"))
    assert metadata["details"]["participation"][0]["method"] == "听证"
    section = page.get_element_by_id("participation")
    assert [th.text_content() for th in section.xpath(".//thead/tr/th")] == [
        "方式", "日期", "直接利害关系人", "参与人数", "情况摘要"]  # fmt: skip
    assert [[td.text_content() for td in tr.xpath("./td")] for tr in section.xpath(".//tbody/tr")] == [
        ["听证", "2024年2月1日", "沿线居民代表", "30", ""]
    ]
