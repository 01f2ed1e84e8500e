"""Keyword extraction on real policy texts: topical terms in, policy boilerplate out."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from compose import keywords
from compose.keywords import RESOURCES, KeywordExtractor, extract_keywords
from extractors.pipeline import extract_file
from policy.extraction import Extraction
from policy.interpretation import Keyword

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "changjiang-2024-zhengwu-gongkai-yaodian.txt"
INTERPRETATIONS = ROOT.parent / "shared" / "corpus" / "interpretations"

# Words every policy uses: never a keyword of any document.
GENERIC = {
    "加强", "推进", "有关", "工作", "进一步", "要求", "各地", "部门", "通知", "各区", "意见", "单位",
    "相关", "实施", "落实", "开展", "做好", "建立", "健全", "完善", "提高", "促进", "推动", "加快",
    "深化", "坚持", "积极", "切实", "组织", "领导", "按照", "根据", "规定", "办法", "决定", "措施",
    "机制", "情况", "问题", "方面", "任务", "重点", "政府", "人民政府", "国务院", "各级", "印发",
    "执行", "附件", "贯彻落实", "发展", "建设", "管理", "服务", "国家", "社会", "全国",
}  # fmt: skip

_cache: dict[str, Extraction] = {}


def _extract(corpus: Path, name: str) -> Extraction:
    if name not in _cache:
        _cache[name] = extract_file(corpus / name)
    return _cache[name]


def _words(kws: tuple[Keyword, ...]) -> list[str]:
    return [k.word for k in kws]


@pytest.fixture(scope="module", autouse=True)
def loaded() -> None:
    keywords.warm_up()


def test_housing_notice_gets_its_housing_terms_and_no_boilerplate(corpus: Path) -> None:
    words = _words(extract_keywords(_extract(corpus, "d055.docx")))
    assert len(words) == 10
    assert "公共租赁住房" in words
    assert "住房租赁补贴" in words
    assert "住房保障" in words
    assert not GENERIC & set(words)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("d018.docx", {"农机装备", "农业机械化"}),  # 农业机械化和农机装备产业转型升级
        ("d016.docx", {"融资担保", "再担保", "小微企业", "三农"}),  # 政府性融资担保基金
        ("d011.docx", {"最低生活保障", "特困人员", "社会救助标准"}),  # 最低生活保障标准
        ("d009.docx", {"政务新媒体"}),
        ("d039.docx", {"配套幼儿园", "学前教育"}),
    ],
)
def test_other_documents_get_their_own_topical_keywords(corpus: Path, name: str, expected: set[str]) -> None:
    words = _words(extract_keywords(_extract(corpus, name)))
    assert expected <= set(words), words
    assert "公共租赁住房" not in words


def test_user_dictionary_keeps_multiword_policy_terms_whole() -> None:
    extractor = keywords._default
    for line in (RESOURCES / "userdict.txt").read_text(encoding="utf-8").splitlines():
        word = line.split()[0]
        assert extractor.cut(word) == [word], word
    cut = extractor.cut(
        "申请公共租赁住房或者住房租赁补贴的户籍家庭，应当符合最低生活保障标准，优化营商环境。"
    )
    for term in ("公共租赁住房", "住房租赁补贴", "户籍家庭", "最低生活保障", "营商环境"):
        assert term in cut


def test_generic_policy_words_are_never_keywords_across_the_dev_corpus(corpus: Path) -> None:
    names = sorted(p.name for p in corpus.glob("*.docx"))
    assert len(names) >= 10
    for name in names:
        words = _words(extract_keywords(_extract(corpus, name)))
        assert not GENERIC & set(words), (name, GENERIC & set(words))
        assert all(len(w) >= 2 and not w.isdigit() for w in words), (name, words)


def test_idf_is_lowered_for_policy_boilerplate_and_kept_for_terms() -> None:
    for word in ("工作", "加强", "推进", "有关", "部门", "人民政府"):
        assert keywords.idf_of(word) < 1.5, word
    assert keywords.idf_of("公共租赁住房") > 10  # unknown to jieba's table: its median
    assert keywords.idf_of("机械化") > 7  # in too few policy texts to be lowered


def test_sources_point_at_blocks_that_contain_the_word(corpus: Path) -> None:
    extraction = _extract(corpus, "d055.docx")
    assert extraction.document is not None
    blocks = {b.index: b for b in extraction.document.blocks}
    for kw in extract_keywords(extraction):
        assert len(kw.sources) in (1, 2, 3)
        assert len({s.block for s in kw.sources}) == len(kw.sources)
        for ref in kw.sources:
            assert ref.span is not None
            start, end = ref.span
            assert blocks[ref.block].text[start:end] == kw.word
            assert ref.page == blocks[ref.block].page
        assert kw.explanation == ""


def test_sources_carry_the_outline_label(corpus: Path) -> None:
    kws = extract_keywords(_extract(corpus, "d055.docx"))
    labels = [s.label for k in kws for s in k.sources]
    assert any(label.startswith(("一、", "二、", "三、")) for label in labels)


def test_spans_map_back_through_spaced_out_pdf_text() -> None:
    text = "公 共 租 赁 住 房 的 租 金\n申请住房租赁补贴"
    kws = extract_keywords(text, top_k=5)
    found = {k.word: k for k in kws}
    assert "公共租赁住房" in found
    ref = found["公共租赁住房"].sources[0]
    assert ref.block == 0 and ref.span is not None
    assert text.splitlines()[0][ref.span[0] : ref.span[1]] == "公 共 租 赁 住 房"


def test_output_is_deterministic(corpus: Path) -> None:
    extraction = _extract(corpus, "d018.docx")
    first = extract_keywords(extraction)
    assert extract_keywords(extraction) == first
    assert extract_keywords(extraction, 5) == first[:5]
    weights = [k.weight for k in first]
    assert weights == sorted(weights, reverse=True)


def test_text_document_and_extraction_inputs_agree(corpus: Path) -> None:
    extraction = _extract(corpus, "d016.docx")
    assert extraction.document is not None
    from_extraction = extract_keywords(extraction)
    from_document = extract_keywords(extraction.document)
    assert from_document == from_extraction
    text = "\n".join(b.text for b in extraction.document.body)
    assert _words(extract_keywords(text))[:5] == _words(from_extraction)[:5]


def test_empty_and_boilerplate_only_texts_give_nothing() -> None:
    assert extract_keywords("") == ()
    assert extract_keywords("  \n\t ") == ()
    assert extract_keywords("各区要进一步加强有关工作，推进落实。") == ()
    assert extract_keywords("公共租赁住房", top_k=0) == ()


def test_enclosed_document_only_for_a_notice_that_issues_one() -> None:
    assert SEED.is_file(), f"the seed notice is expected at {SEED}"
    extraction = extract_file(SEED)
    assert extraction.metadata is not None
    enclosed = extraction.metadata.structure.enclosed
    assert enclosed is not None and enclosed.block is not None
    kws = extract_keywords(extraction)
    assert "政务公开" in _words(kws)
    assert all(s.block >= enclosed.block for k in kws for s in k.sources)
    whole = extract_keywords(extraction, enclosed_only=False)
    assert any(s.block < enclosed.block for k in whole for s in k.sources)


def test_interpretation_pages_get_their_subject() -> None:
    page = INTERPRETATIONS / "t004.md"
    assert page.is_file(), f"the interpretations corpus is expected at {page}"
    words = _words(extract_keywords(page.read_text(encoding="utf-8")))
    assert "科技服务业" in words
    assert not GENERIC & set(words)


def test_loading_is_once_and_thread_safe() -> None:
    extractor = KeywordExtractor()
    results: list[tuple[Keyword, ...]] = []

    def run() -> None:
        results.append(extractor.extract("申请公共租赁住房的家庭，公共租赁住房租金按标准计租。", 3))

    threads = [threading.Thread(target=run) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert extractor.load_seconds is not None
    assert extractor.warm_up() == 0.0  # already loaded
    assert len(results) == 4 and all(r == results[0] for r in results)
    assert results[0][0].word == "公共租赁住房"


def test_jieba_global_state_is_left_alone() -> None:
    import sys

    import jieba

    assert "住房租赁补贴" not in jieba.dt.FREQ  # the user dictionary went to a private tokenizer
    assert "jieba.analyse" not in sys.modules
