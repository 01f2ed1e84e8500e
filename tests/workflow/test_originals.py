"""Reading a stored original again: several readers at once (the 检查 and 预览 tabs do) each get it."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from policy.problems import Status
from storage import Library
from workflow.importing import import_files
from workflow.originals import extract_original


def test_two_threads_reading_the_same_original_both_read_its_body(tmp_path, corpus):
    lib = Library.open(tmp_path / "lib")
    (outcome,) = import_files(lib, [corpus / "d055.docx"], "张三")
    sid = outcome.submission_id

    def read(_):
        own = Library.open(tmp_path / "lib")  # a thread opens its own connection
        try:
            return extract_original(own, sid)
        finally:
            own.close()

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(read, range(8)))
    assert all(r.status is not Status.ERROR and r.document is not None for r in results)
    assert len({len(r.document.text) for r in results}) == 1 and len(results[0].document.text) > 500
    files = [p.name for p in (lib.files_dir).rglob("*") if p.is_symlink()]
    assert files == []  # no temporary names left behind
    lib.close()
