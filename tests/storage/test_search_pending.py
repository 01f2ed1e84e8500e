"""The search index as rows are written: rows inserted in a transaction are indexed when it
commits (migration m009), also when they were changed or deleted before that, and not at all when
it rolls back; the index tokenizer keeps ASCII punctuation and folds ASCII letters."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from policy.metadata import Fields, PolicyMetadata
from policy.submission import Kind
from storage import Library, LibraryError, search, submissions


def _insert(lib, title, body, doc_number=None) -> int:
    fields = Fields(title=title, doc_number=doc_number, issuers=("长江区测试局",), date=dt.date(2024, 3, 1))
    return submissions.insert(lib, Kind.POLICY, PolicyMetadata(fields=fields), body, "ok")


def found(lib, query) -> list[int]:
    return sorted(h.submission_id for h in search.search(lib, query, limit=1000))


def assert_index_matches_table(lib) -> None:
    """FTS5 compares every indexed token with the submissions table and raises on a difference."""
    with lib.write() as conn:
        for table in ("search_doc", "search_interp"):
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")


@pytest.fixture
def lib(tmp_path):
    with Library.open(tmp_path / "lib") as library:
        yield library


def test_rows_of_one_transaction_are_found_after_it_commits(lib):
    with lib.write():
        ids = [_insert(lib, f"关于第{i}批鼹鼠洞口治理的通知", f"正文{i}：麒麟在此。") for i in range(300)]
    assert found(lib, "鼹鼠洞口") == ids
    assert found(lib, "麒麟") == ids  # a 2-character term: the short path reads the index too
    assert found(lib, "正文123") == [ids[123]]
    assert_index_matches_table(lib)


def test_rows_changed_or_deleted_before_the_commit_are_indexed_as_they_end(lib):
    kept = _insert(lib, "已有的通知", "已有正文：貔貅")
    with lib.write() as conn:
        a = _insert(lib, "旧标题甲乙丙", "旧正文丁戊己")
        b = _insert(lib, "将删除的通知", "将删除的正文庚辛壬")
        conn.execute(
            "UPDATE submissions SET title = '新标题子丑寅', body_text = '新正文卯辰巳', interp_text = '新解读午未申'"
            " WHERE id = ?",
            (a,),
        )
        conn.execute("DELETE FROM submissions WHERE id = ?", (b,))
        conn.execute("UPDATE submissions SET body_text = '已有正文：换成酉戌亥' WHERE id = ?", (kept,))
    assert found(lib, "新标题子丑寅") == [a]
    assert found(lib, "新正文卯辰") == [a]
    assert found(lib, "新解读午未") == [a]
    assert found(lib, "旧标题甲乙") == []
    assert found(lib, "旧正文丁戊") == []
    assert found(lib, "庚辛壬") == []
    assert found(lib, "酉戌亥") == [kept]
    assert found(lib, "貔貅") == []
    assert_index_matches_table(lib)


def test_a_rolled_back_transaction_leaves_nothing_in_the_index(lib):
    before = _insert(lib, "之前的通知", "之前的正文")
    with pytest.raises(RuntimeError), lib.write():
        _insert(lib, "回滚的通知", "回滚的正文：饕餮纹样")
        raise RuntimeError("the clerk's import failed half-way")
    assert found(lib, "饕餮纹样") == []
    assert lib.query("SELECT count(*) AS n FROM search_pending")[0]["n"] == 0
    assert found(lib, "之前的正文") == [before]
    assert_index_matches_table(lib)


def test_rows_another_writer_left_unindexed_are_indexed_when_the_library_opens(tmp_path):
    root = tmp_path / "lib"
    with Library.open(root):
        pass
    conn = sqlite3.connect(root / "library.sqlite3")  # a writer that commits without indexing
    with conn:
        conn.execute(
            "INSERT INTO submissions(kind, status, title, body_text, created_at, updated_at)"
            " VALUES ('政策文件', '草稿', '别处写入的通知', '别处写入的正文：獬豸', 'x', 'x')"
        )
    conn.close()
    with Library.open(root) as lib:
        assert found(lib, "獬豸") == [1]
        assert found(lib, "别处写入的通知") == [1]
        assert lib.query("SELECT count(*) AS n FROM search_pending")[0]["n"] == 0
        assert_index_matches_table(lib)


def test_a_submission_id_never_changes(lib):
    sid = _insert(lib, "编号不变的通知", "正文")
    with pytest.raises(LibraryError), lib.write() as conn:
        conn.execute("UPDATE submissions SET id = 99 WHERE id = ?", (sid,))
    assert found(lib, "编号不变的通知") == [sid]


def test_ascii_punctuation_is_part_of_what_is_searched(lib):
    quoted = _insert(lib, "关于'甲'号\"乙\"[丙]\\丁的通知", "正文", doc_number="长府发(2024)26号")
    plain = _insert(lib, "关于甲号乙丙丁的通知", "正文", doc_number="长府发2024 26号")
    assert found(lib, "于'甲'号") == [quoted]
    assert found(lib, '号"乙"') == [quoted]
    assert found(lib, "[丙]\\丁") == [quoted]
    assert found(lib, "甲号乙丙丁") == [plain]
    assert found(lib, "(2024)") == [quoted]
    assert_index_matches_table(lib)


def test_ascii_letters_match_in_either_case(lib):
    sid = _insert(lib, "关于发布PDF格式公文的通知", "正文中有 Word 文档")
    assert found(lib, "pdf格式") == [sid]
    assert found(lib, "PdF格") == [sid]
    assert found(lib, "word") == [sid]
