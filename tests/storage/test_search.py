"""Full-text search over a real library on disk: the per-character index (ranked queries with a
3+ character term, the tiered 1–2 character path), 文号, filters, the triggers that keep the index
in sync, and queries that must not break it."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

from policy.metadata import Fields, PolicyMetadata
from policy.submission import Kind, SubmissionStatus
from storage import Library, LibraryError, search, submissions
from storage.search import CLOSE, OPEN

A_BODY = (
    "各街道办事处，区政府各部门：\n"
    "为深入贯彻落实《中华人民共和国政府信息公开条例》，现就做好2024年政务公开工作通知如下。\n"
    "一、以高质量政务公开助力经济社会发展。围绕稳增长、促改革，加强政策解读和回应关切。\n"
    "二、完善政府信息公开目录，规范依申请公开办理。\n"
    "长江区人民政府办公室\n2024年3月1日"
)
B_BODY = (
    "各有关单位：\n现将《长江区惠企资金管理办法》印发给你们，请认真执行。\n"
    "第一条 为规范惠企资金使用，对符合条件的中小企业给予补贴。\n"
    "第二条 申请材料由区财政局受理，鼹鼠洞口的测试语句只在这里出现。\n"
    "长江区财政局\n2023年5月8日"
)
C_BODY = (
    "各街道办事处：\n为推进生活垃圾分类，现将有关事项通知如下。\n"
    "一、各街道要落实垃圾分类责任，建立分类投放、分类收集体系。\n"
    "二、本通知自印发之日起施行。麒麟"
)
D_BODY = (
    "各有关单位：\n现将防汛抗旱应急预案印发给你们，请结合实际认真贯彻执行。\n长江区应急管理局\n2022年6月1日"
)


def _insert(lib, title, doc_number, issuer, year, body, kind=Kind.POLICY, status=None) -> int:
    fields = Fields(title=title, doc_number=doc_number, issuers=(issuer,), date=dt.date(year, 3, 1))
    sid = submissions.insert(lib, kind, PolicyMetadata(fields=fields), body, "ok")
    if status is not None:
        with lib.write() as conn:
            conn.execute("UPDATE submissions SET status = ? WHERE id = ?", (status.value, sid))
    return sid


@pytest.fixture
def lib(tmp_path):
    with Library.open(tmp_path / "lib") as library:
        yield library


@pytest.fixture
def ids(lib):
    a = _insert(lib, "长江区人民政府办公室关于做好2024年政务公开工作的通知", "长府办发〔2024〕26号",
                "长江区人民政府办公室", 2024, A_BODY, status=SubmissionStatus.UPLOADED)  # fmt: skip
    b = _insert(
        lib, "长江区财政局关于印发惠企资金管理办法的通知", "长财规〔2023〕5号", "长江区财政局", 2023, B_BODY
    )
    c = _insert(lib, "长江区城市管理局关于推进生活垃圾分类工作的通知", "长城管字〔2024〕126号",
                "长江区城市管理局", 2024, C_BODY, status=SubmissionStatus.PENDING)  # fmt: skip
    d = _insert(lib, "长江区应急管理局关于印发防汛抗旱应急预案的通知", "长应急发〔2022〕3号", "长江区应急管理局",
                2022, D_BODY, kind=Kind.NEWS)  # fmt: skip
    return {"A": a, "B": b, "C": c, "D": d}


def found(lib, query, **filters) -> list[int]:
    return [h.submission_id for h in search.search(lib, query, **filters)]


def hit(lib, query, sid, **filters):
    return next(h for h in search.search(lib, query, **filters) if h.submission_id == sid)


# ---- what is found ------------------------------------------------------------------------------


def test_one_character(lib, ids):
    assert found(lib, "鼹") == [ids["B"]]
    h = hit(lib, "鼹", ids["B"])
    assert f"{OPEN}鼹{CLOSE}" in h.snippet
    assert h.title == "长江区财政局关于印发惠企资金管理办法的通知"
    assert h.doc_number == "长财规〔2023〕5号"
    assert h.status is SubmissionStatus.DRAFT and h.kind is Kind.POLICY


def test_two_characters(lib, ids):
    assert found(lib, "补贴") == [ids["B"]]
    assert f"{OPEN}补贴{CLOSE}" in hit(lib, "补贴", ids["B"]).snippet


def test_three_and_six_characters(lib, ids):
    assert found(lib, "垃圾分") == [ids["C"]]
    assert f"{OPEN}垃圾分{CLOSE}" in hit(lib, "垃圾分", ids["C"]).snippet
    assert found(lib, "政务公开工作") == [ids["A"]]
    assert (
        hit(lib, "政务公开工作", ids["A"]).snippet
        == f"长江区人民政府办公室关于做好2024年{OPEN}政务公开工作{CLOSE}的通知"
    )


def test_short_terms_rank_title_then_doc_number_and_issuer_then_text(lib, ids):
    assert found(lib, "垃圾") == [ids["C"]]
    hits = search.search(lib, "印发")  # B and D have it in the title, C only in the body
    assert [h.submission_id for h in hits] == [ids["D"], ids["B"], ids["C"]]  # title hits newest first
    assert [h.rank for h in hits] == [3.0, 3.0, 1.0]
    assert hits[2].snippet.endswith("本通知自«印发»之日起施行。麒麟")
    hits = search.search(lib, "财政")  # B's title, issuer and body
    assert [(h.submission_id, h.rank) for h in hits] == [(ids["B"], 3.0)]


def test_doc_number_and_issuer_hits_rank_between(lib, ids):
    sid = _insert(lib, "关于开展调研的函", "长府函〔2024〕9号", "长江区人民政府", 2024, "请各单位支持调研。")
    other = _insert(
        lib, "关于调研的通知", "长办〔2024〕1号", "长江区办公室", 2024, "调研安排：长府函相关内容另行通知。"
    )
    hits = search.search(lib, "府函")
    assert [h.submission_id for h in hits] == [sid, other]
    assert [h.rank for h in hits] == [2.0, 1.0]
    assert hits[0].snippet == f"长{OPEN}府函{CLOSE}〔2024〕9号"


def test_text_tail_is_found(lib, ids):
    # 麒麟 are the last two characters of C's body (they started no trigram in the old index)
    assert found(lib, "麒麟") == [ids["C"]]
    assert found(lib, "麟") == [ids["C"]]
    assert hit(lib, "麟", ids["C"]).snippet.endswith(f"起施行。麒{OPEN}麟{CLOSE}")


def test_doc_number(lib, ids):
    assert found(lib, "〔2024〕26号") == [ids["A"]]
    assert hit(lib, "〔2024〕26号", ids["A"]).snippet == f"长府办发{OPEN}〔2024〕26号{CLOSE}"
    assert found(lib, "长府办发〔2024〕26号") == [ids["A"]]
    # 26号 is a substring of 〔2024〕126号 too: both are found, the doc_number hit shown
    assert sorted(found(lib, "26号")) == sorted([ids["A"], ids["C"]])
    assert hit(lib, "26号", ids["C"]).snippet == f"长城管字〔2024〕1{OPEN}26号{CLOSE}"
    assert found(lib, "5号") == [ids["B"]]  # two characters: the short path reads the 文号 too


def test_issuer_is_searched(lib, ids):
    assert found(lib, "城市管理局") == [ids["C"]]


def test_title_weighs_more_than_body(lib, ids):
    title_hit = _insert(
        lib, "关于加强消防安全检查的通知", "长消〔2024〕1号", "长江区消防救援大队", 2024, "请做好相关工作。"
    )
    body_hit = _insert(lib, "关于做好冬季工作的通知", "长办〔2024〕2号", "长江区办公室", 2024,
                       "冬季要注意用电。加强消防安全检查，落实责任。" + "其他工作按计划推进。" * 20)  # fmt: skip
    hits = search.search(lib, "消防安全检查")
    assert [h.submission_id for h in hits] == [title_hit, body_hit]
    assert hits[0].rank > hits[1].rank > 0
    assert "«消防安全检查»" in hits[1].snippet


def test_several_terms_all_must_occur(lib, ids):
    assert found(lib, "政务公开 回应关切") == [ids["A"]]
    assert found(lib, "政务公开 垃圾分类") == []
    # mixed: a 2-character term and a 4-character one
    assert found(lib, "贯彻 应急预案") == [ids["D"]]
    assert found(lib, "鼹鼠 应急预案") == []
    assert sorted(found(lib, "贯彻 通知")) == sorted([ids["A"], ids["D"]])  # 贯彻落实 / 认真贯彻执行
    h = hit(lib, "贯彻 应急预案", ids["D"])
    assert f"{OPEN}应急预案{CLOSE}" in h.snippet
    # two short terms
    assert found(lib, "鼹 补贴") == [ids["B"]]
    assert found(lib, "鼹 麒麟") == []


def test_interpretation_text_is_searchable(lib, ids):
    with lib.write() as conn:
        conn.execute(
            "UPDATE submissions SET interp_text = ? WHERE id = ?",
            ("一图读懂：本次政策调整的核心是简化申领流程，企业可在线申领补贴。", ids["D"]),
        )
    assert found(lib, "简化申领流程") == [ids["D"]]
    assert f"{OPEN}简化申领流程{CLOSE}" in hit(lib, "简化申领流程", ids["D"]).snippet
    assert found(lib, "一图读懂") == [ids["D"]]
    assert sorted(found(lib, "申领")) == [ids["D"]]
    assert sorted(found(lib, "补贴")) == sorted([ids["B"], ids["D"]])


# ---- filters ------------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["通知", "知", "的通知"])  # short path, one character, trigram path
def test_filters(lib, ids, query):
    every = {ids["A"], ids["B"], ids["C"], ids["D"]}
    assert set(found(lib, query)) == every
    assert found(lib, query, status=SubmissionStatus.UPLOADED) == [ids["A"]]
    assert found(lib, query, status="待审核") == [ids["C"]]
    assert found(lib, query, kind=Kind.NEWS) == [ids["D"]]
    assert set(found(lib, query, year=2024)) == {ids["A"], ids["C"]}
    assert found(lib, query, year=2024, status=SubmissionStatus.PENDING, kind=Kind.POLICY) == [ids["C"]]
    assert found(lib, query, issuer="财政") == [ids["B"]]
    assert found(lib, query, year=1999) == []


def test_limit(lib, ids):
    assert len(search.search(lib, "通知", limit=2)) == 2
    assert len(search.search(lib, "的通知", limit=1)) == 1
    assert search.search(lib, "通知", limit=0) == []


# ---- the triggers keep the index in sync ---------------------------------------------------------


def test_updating_the_title_reindexes(lib, ids):
    assert found(lib, "垃圾分类工作") == [ids["C"]]
    with lib.write() as conn:
        conn.execute(
            "UPDATE submissions SET title = ? WHERE id = ?",
            ("长江区城市管理局关于开展市容整治的通知", ids["C"]),
        )
    assert found(lib, "垃圾分类工作") == []  # was only in the old title
    assert found(lib, "市容整治") == [ids["C"]]
    assert found(lib, "市容") == [ids["C"]]
    assert hit(lib, "市容整治", ids["C"]).title == "长江区城市管理局关于开展市容整治的通知"
    assert found(lib, "垃圾分类") == [ids["C"]]  # still in the body


def test_updating_the_body_reindexes_its_end_too(lib, ids):
    with lib.write() as conn:
        conn.execute("UPDATE submissions SET body_text = ? WHERE id = ?", ("新的正文，结尾是貔貅", ids["C"]))
    assert found(lib, "麒麟") == []
    assert found(lib, "貔貅") == [ids["C"]]
    assert found(lib, "貅") == [ids["C"]]


def test_deleting_removes_from_results(lib, ids):
    assert found(lib, "鼹鼠洞口") == [ids["B"]]
    with lib.write() as conn:
        conn.execute("DELETE FROM submissions WHERE id = ?", (ids["B"],))
    assert found(lib, "鼹鼠洞口") == []
    assert found(lib, "鼹") == []
    assert ids["B"] not in found(lib, "通知")


def test_index_matches_the_table_after_changes(lib, ids):
    with lib.write() as conn:
        conn.execute("UPDATE submissions SET title = title, body_text = body_text WHERE id = ?", (ids["A"],))
        conn.execute("UPDATE submissions SET interp_text = '解读：麒麟' WHERE id = ?", (ids["A"],))
        conn.execute("UPDATE submissions SET issuer = NULL, doc_number = NULL WHERE id = ?", (ids["B"],))
        conn.execute("UPDATE submissions SET status = '已通过' WHERE id = ?", (ids["D"],))
        conn.execute("DELETE FROM submissions WHERE id = ?", (ids["C"],))
        # FTS5 compares every indexed token with the submissions table; it raises on a difference
        for table in ("search_doc", "search_interp"):
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
    assert found(lib, "麒麟") == [ids["A"]]
    assert found(lib, "长财规") == []
    assert found(lib, "长江区财政局关于") == [ids["B"]]


def test_optimize_and_rebuild_keep_results(lib, ids):
    before = {q: found(lib, q) for q in ("政务公开", "麒麟", "鼹", "26号")}
    search.optimize(lib)
    assert {q: found(lib, q) for q in before} == before
    search.rebuild(lib)
    assert {q: found(lib, q) for q in before} == before


# ---- odd input ----------------------------------------------------------------------------------


HOSTILE = [
    '"', '""', "'", "*", "政务*", "NEAR(政务 公开)", "NEAR", "AND", "OR 政务", "NOT", "(", ")", "((政务",
    "title:政务", "{title}: 政务", "^政务", "-", "+", "政务\" OR \"公开", "'); DROP TABLE submissions; --",
    "%", "_", "%政务%", "\\", "\x00", "政\x00务", "\ud800", "🙂", "🙂🙂🙂", "〔〕", "【", "a" * 5000,
    "政务公开" * 500, " ".join("政务" for _ in range(200)), "\u3000政务\u3000", "\n\t", "Ａ", "ab", "AbC",
]  # fmt: skip


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_do_not_raise(lib, ids, query):
    hits = search.search(lib, query)
    assert isinstance(hits, list)
    for h in hits:
        assert h.snippet.count(OPEN) == h.snippet.count(CLOSE)


def test_blank_or_odd_queries_return_nothing(lib, ids):
    for query in ("", " ", "\u3000\n\t", None, 42):
        assert search.search(lib, query) == []  # type: ignore[arg-type]
    assert search.search(lib, '〔2024〕26号"') == []  # quoted as text, not FTS5 syntax
    assert found(lib, "\u3000政务公开\u3000") == [ids["A"]]  # full-width spaces are blanks
    assert found(lib, "《中华人民共和国政府信息公开条例》") == [ids["A"]]


def test_invalid_filter_raises_value_error(lib, ids):
    with pytest.raises(ValueError):
        search.search(lib, "通知", status="不存在")


def test_sqlite_errors_become_library_errors(tmp_path):
    library = Library.open(tmp_path / "lib")
    _insert(library, "关于测试的通知", "测〔2024〕1号", "测试局", 2024, "正文")
    library.conn.execute("DROP INDEX submissions_search")
    with pytest.raises(LibraryError):
        search.search(library, "测")
    library.close()


# ---- snippets -----------------------------------------------------------------------------------


def test_snippet_shape():
    text = "甲" * 30 + "政务公开" + "乙" * 30
    assert search.snippet(text, ["政务公开"]) == "…" + "甲" * 20 + "«政务公开»" + "乙" * 20 + "…"
    assert search.snippet("政务公开", ["政务"]) == "«政务»公开"
    assert search.snippet("开头\n\n  政务  公开", ["政务", "公开"]) == "开头 «政务» «公开»"
    assert search.snippet("政务公开", ["务公", "政务"]) == "«政务公»开"  # overlapping occurrences merge
    assert search.snippet("«引号»里的政务", ["政务"]) == "‹引号›里的«政务»"  # the markers stay unambiguous
    assert search.snippet("ABC abc", ["b"]) == "A«B»C a«b»c"
    assert search.snippet("没有", ["政务"]) == ""
    assert search.snippet(None, ["政务"]) == ""


def test_parse_query():
    assert search.parse_query("  政务 政务公开  公开 ") == ["政务公开"]
    assert search.parse_query("政务 政务") == ["政务"]
    assert search.parse_query("A a") == ["A"]
    assert len(search.parse_query(" ".join(f"词{i}" for i in range(20)))) == search.MAX_TERMS
    assert search.parse_query("长" * 100) == ["长" * search.MAX_TERM_CHARS]


# ---- the index agrees with a plain scan ---------------------------------------------------------


ALPHABET = "政务公开工作通知关于的印发财局区长江"


def _brute(rows, terms, **filters):
    out = []
    for r in rows:
        if filters.get("status") and r["status"] != filters["status"]:
            continue
        if filters.get("year") and r["year"] != filters["year"]:
            continue
        cols = [r["title"] or "", r["doc_number"] or "", r["issuer"] or "", r["body_text"], r["interp_text"]]
        if not all(any(t in c for c in cols) for t in terms):
            continue
        tier = (
            3
            if any(t in cols[0] for t in terms)
            else 2
            if any(t in c for t in terms for c in cols[1:3])
            else 1
        )
        out.append((tier, r["updated_at"], r["id"]))
    out.sort(reverse=True)
    return [x[2] for x in out]


@pytest.fixture
def random_library(tmp_path):
    rng = random.Random(5)

    def text(n):
        return "".join(rng.choice(ALPHABET) for _ in range(n))

    with Library.open(tmp_path / "lib") as library:
        for i in range(60):
            body = text(rng.randint(0, 80))
            if i % 4 == 0:  # whitespace inside the text: a term never matches across it
                body = body[:10] + rng.choice((" ", "\n", "\u3000 ")) + body[10:]
            _insert(library, text(rng.randint(1, 12)), f"长{text(1)}〔2024〕{i}号", text(rng.randint(2, 6)),
                    2020 + i % 5, body, status=rng.choice(list(SubmissionStatus)))  # fmt: skip
        with library.write() as conn:
            for i in range(1, 61, 3):
                conn.execute("UPDATE submissions SET interp_text = ?, updated_at = ? WHERE id = ?",
                             (text(30), f"2025-01-{i % 28 + 1:02d}", i))  # fmt: skip
        yield library, text


def test_short_queries_match_a_scan(random_library):
    library, _ = random_library
    rows = library.query("SELECT * FROM submissions")
    queries = [a + b for a in ALPHABET[:8] for b in ALPHABET[8:14]] + list(ALPHABET) + ["号", "〔", "4〕"]
    queries += ["政 知", "务公 的", "长 江 区"]
    for query in queries:
        terms = search.parse_query(query)
        for filters in ({}, {"status": SubmissionStatus.DRAFT.value}, {"year": 2022}):
            for limit in (5, 1000):
                got = [h.submission_id for h in search.search(library, query, limit=limit, **filters)]
                assert got == _brute(rows, terms, **filters)[:limit], (query, filters, limit)


def test_ranked_queries_find_what_a_scan_finds(random_library):
    library, text = random_library
    rows = library.query("SELECT * FROM submissions")
    rng = random.Random(9)
    queries = [text(3) for _ in range(60)] + [text(4) for _ in range(30)]
    queries += [f"{text(3)} {text(1)}" for _ in range(30)] + [f"{text(3)} {text(3)}" for _ in range(30)]
    # strings that exist, some of them across a blank of the text (then not found)
    for r in rng.sample(rows, 30):
        for column in ("body_text", "interp_text", "title"):
            value = r[column] or ""
            if len(value) > 6:
                i = rng.randrange(len(value) - 5)
                queries.append("".join(value[i : i + 5].split()))
    for query in queries:
        terms = search.parse_query(query)
        hits = search.search(library, query, limit=1000)
        assert sorted(h.submission_id for h in hits) == sorted(_brute(rows, terms)), query
        assert all(OPEN in h.snippet for h in hits), query
        assert [h.rank for h in hits] == sorted((h.rank for h in hits), reverse=True)


def test_migration_objects_exist(lib):
    names = {r["name"] for r in lib.query("SELECT name FROM sqlite_master")}
    assert {"search_doc", "search_interp", "submissions_search", "search_doc_text"} <= names
    assert not {"search_index", "search_vocab", "submissions_ai", "submissions_au"} & names


def test_saving_the_interpretation_does_not_reindex_the_body(lib, ids):
    def segments():
        return lib.query("SELECT count(*) AS n FROM search_doc_data")[0]["n"]

    before = segments()
    with lib.write() as conn:
        conn.execute("UPDATE submissions SET interp_text = '解读：貔貅' WHERE id = ?", (ids["A"],))
    assert segments() == before
    assert found(lib, "貔貅") == [ids["A"]]


def test_an_old_library_is_upgraded(tmp_path):
    from storage.schema import migrations

    root = tmp_path / "old"
    with Library.open(root) as library:
        _insert(library, "关于测试升级的通知", "测〔2024〕1号", "测试局", 2024, "正文里有鼹鼠洞口。")
    conn = sqlite3.connect(root / "library.sqlite3")
    conn.create_function("pp_chars", 1, lambda v: v)
    with conn:  # back to the trigram schema of m002–m005: undo m006 and m009, forget they were applied
        for name in ("search_ai", "search_ad", "search_au_doc", "search_au_interp", "submissions_id_fixed"):
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE search_pending")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_search_pending'")
        conn.execute("DROP TABLE search_doc")
        conn.execute("DROP TABLE search_interp")
        conn.execute("DROP VIEW search_doc_text")
        conn.execute("DROP VIEW search_interp_text")
        conn.execute("DROP INDEX submissions_search")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_search_chars'")
    conn.close()
    from sqlite_utils import Database

    db = Database(sqlite3.connect(root / "library.sqlite3"))
    for m in migrations._migrations:
        if m.name in ("m002_search", "m003_search_short"):
            m.fn(db)
    db.conn.execute("INSERT INTO search_index(search_index) VALUES ('rebuild')")
    db.conn.commit()
    assert db.conn.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH '鼹鼠洞'"
    ).fetchone() == (1,)
    db.conn.close()
    with Library.open(root) as library:
        assert found(library, "鼹鼠洞口") == [1]
        assert found(library, "鼹") == [1]
        new = _insert(library, "升级后的通知", "测〔2024〕2号", "测试局", 2024, "升级后写入的正文：貔貅")
        assert found(library, "升级后写入") == [new]
        with library.write() as conn:
            for table in ("search_doc", "search_interp"):
                conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
