"""workflow.pages (page images of a stored PDF, rendered in a child process, cached) and
workflow.confirming (全部确认)."""

from __future__ import annotations

import pytest

from storage import Library, LibraryError, audit, submissions
from workflow.confirming import confirm_all, unconfirmed
from workflow.editing import confirm_field
from workflow.importing import import_files
from workflow.pages import page_image


@pytest.fixture
def lib(tmp_path):
    library = Library.open(tmp_path / "lib")
    yield library
    library.close()


def test_a_pdf_page_is_rendered_once_and_cached(lib, corpus):
    (outcome,) = import_files(lib, [corpus / "d003.pdf"], "张三")
    first = page_image(lib, outcome.submission_id, 1)
    assert first.page_count == 2 and first.path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    mtime = first.path.stat().st_mtime_ns
    again = page_image(lib, outcome.submission_id, 1)
    assert again.path == first.path and again.path.stat().st_mtime_ns == mtime
    with pytest.raises(LibraryError) as missing:
        page_image(lib, outcome.submission_id, 9)
    assert missing.value.key == "no_page"


def test_a_scan_has_page_images_and_a_docx_has_none(lib, corpus):
    scan, docx = import_files(lib, [corpus / "d061.pdf", corpus / "d002.docx"], "张三")
    assert page_image(lib, scan.submission_id, 3).page_count == 3
    with pytest.raises(LibraryError) as refused:
        page_image(lib, docx.submission_id, 1)
    assert refused.value.key == "no_pages"


def test_confirm_all_confirms_each_unconfirmed_extracted_value_once(lib, corpus):
    (outcome,) = import_files(lib, [corpus / "d002.docx"], "张三")
    sid = outcome.submission_id
    confirm_field(lib, sid, "title", "更正后的标题", "张三")
    pending = unconfirmed(lib, sid)
    assert "title" not in pending and {"doc_number", "date", "issuers"} <= set(pending)
    assert confirm_all(lib, sid, "张三") == pending
    stored = submissions.get(lib, sid)
    assert set(stored.confirmed) == {"title", *pending}
    assert stored.fields.title == "更正后的标题"  # the correction is kept, not overwritten
    assert unconfirmed(lib, sid) == [] and confirm_all(lib, sid, "张三") == []
    confirms = [e for e in audit.entries(lib) if e.action == "confirm"]
    assert len(confirms) == 1 + len(pending)
