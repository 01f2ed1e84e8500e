"""Keywords for the 解读's 关键词 element: TF-IDF over policy terms, merged with TextRank.

**Segmentation.** A private ``jieba.Tokenizer`` (jieba's dictionary plus ``userdict.txt``: policy
terms tagged ``nz``, agency names ``nt``), so 公共租赁住房 or 农业农村部 come out whole and jieba's
global tokenizer is never touched. Each block is cut once, ``HMM=False`` (HMM-invented words are
never candidates), and a word's part of speech is the one jieba's dictionary gives (what
``jieba.posseg`` does without HMM). ``jieba.analyse``/``jieba.posseg`` are not imported: importing
them builds global extractors (~0.8 s, ~130 MB), and their ``extract_tags``/``textrank`` each cut the
text again with the HMM tagger (~30 + ~45 ms on 10 pages); here both rankers share one cut.

**Candidates.** Words of 2+ characters tagged ``n``, ``nz`` (every user-dictionary term), ``vn``
(救助, 监管, 担保) or ``eng`` (5G, AI). Not ``v``/``a``/``d`` (推进, 重要, 切实: wording, not
subject); not ``l``/``i``/``j`` (mostly 公文 style: 积极主动, 分工负责, 国办; the real terms among
them are in the user dictionary); not ``nt``/``ns``/``nr`` nor nouns shaped like a body (科委,
监管局): the element explains terms, who issues and where it applies are 发文机关 and 涉及范围.
Numbers, dates, 第N条 and the stop list (``stopwords.txt``: 加强, 推进, 有关, 工作, 进一步, 各区,
部门, 通知 …, people's titles) are dropped.

**IDF.** jieba's bundled ``idf.txt`` (general text, ~270k words) overlaid with ``idf_delta.txt``,
built by ``resources/keywords/build_idf.py`` from the policy texts in ``../shared`` (dev corpus,
seed notice, 解读 pages: 81 texts, 39 once near-duplicates are dropped). Too few to estimate an IDF
for most words, enough to show which words nearly every policy uses. For a word in ``df >= 3`` of
the ``N`` texts, the policy IDF is ``-ln(p)``, ``p`` the lower end of the 95 % Wilson interval of
``df / N`` (the smallest share the corpus supports), and the word's IDF becomes
``min(jieba IDF, policy IDF)``: the corpus only ever *lowers* an IDF, and only as far as it is
sure. 工作 (33 of 39 texts) goes from 4.2 to 0.35, 人民政府 from 7.8 to 0.48, a word in 3 texts to
at most 3.6; a word in one or two texts keeps jieba's value (a text's own topic, counted in its own
df, is not penalised). Words jieba does not know get its median IDF (~12), as in ``jieba.analyse``.
The stop list comes on top: the IDF makes generic words weak, the list makes the worst impossible.

**Ranking.** TF-IDF (count / candidates × IDF) and TextRank (as ``jieba.analyse.TextRank``: pairs
less than 5 tokens apart in a block, 10 rounds of PageRank, d = 0.85; over the words seen twice or
more) are each scaled to a maximum of 1 and merged as
``0.7 × tfidf + 0.3 × textrank × min(1, IDF / median IDF)``: TextRank finds the words a long text is
built around, TF-IDF the distinctive ones, and the IDF factor keeps TextRank from promoting central
but generic words. Below ``TEXTRANK_MIN_CANDIDATES`` distinct candidates TF-IDF ranks alone. A word
inside a better one, or containing it, is skipped (农机 after 农机装备); ties break on the word.
Each keyword points at its first occurrence in up to three blocks (block index, span in the block's
text, page, the 第X条 / 一、（二） label from the metadata).

Loading (~1 s) happens once, lazily under a lock, or early through ``warm_up()`` on a background
thread. After that a 10-page policy takes ~18 ms (``bench/compose_speed.py``), mostly jieba's cut.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from policy.document import Block, ParsedDocument
from policy.extraction import Extraction
from policy.interpretation import Keyword, SourceRef
from policy.metadata import PolicyMetadata

__all__ = ["KeywordExtractor", "extract_keywords", "warm_up"]

RESOURCES = Path(__file__).resolve().parents[1] / "resources" / "keywords"
USER_DICT = RESOURCES / "userdict.txt"
STOP_WORDS = RESOURCES / "stopwords.txt"
IDF_DELTA = RESOURCES / "idf_delta.txt"

ALLOW_POS = frozenset({"n", "nz", "vn", "eng"})
TFIDF_SHARE = 0.7
TEXTRANK_WINDOW = 5
TEXTRANK_MIN_CANDIDATES = 30
TEXTRANK_MIN_COUNT = 2  # words seen once are left out of the graph (and get TF-IDF only)
TEXTRANK_DAMPING = 0.85
TEXTRANK_ROUNDS = 10
MAX_SOURCES = 3

_NUMERIC = re.compile(
    r"[0-9０-９.．%％]+|第?[0-9０-９〇零一二三四五六七八九十百千万亿两]+"
    r"[年月日号时分条款项章节批次个名位家项户人元倍届期]?"
)
_ENG = re.compile(r"(?![Xx]+$)(?:[A-Za-z][A-Za-z0-9]+|[0-9]+[A-Za-z][A-Za-z0-9]*)")  # not XXX placeholders
_SPACE = re.compile(r"\s+")
# Bodies jieba tags as plain nouns (科委, 市教委, 监管局, 冶金部, 扶贫办): agencies, not terms.
_AGENCY = re.compile(r".+[委厅署]|.{2,}[局部办]")


@dataclass(frozen=True, slots=True)
class _Model:
    tokenizer: object  # jieba.Tokenizer (jieba ships no type hints)
    nouns: frozenset[str]  # dictionary words tagged with ALLOW_POS (user tags win)
    terms: frozenset[str]  # user-dictionary words tagged with ALLOW_POS
    idf: dict[str, float]  # for the words in ``nouns`` and ASCII words only
    median_idf: float
    stop_words: frozenset[str]


def read_word_list(path: Path) -> list[str]:
    """One word a line; blank lines and ``#`` comments skipped."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [word for word in lines if word]


def jieba_file(*parts: str) -> Path:
    """A data file shipped in the jieba package (``dict.txt``, ``analyse/idf.txt``)."""
    import jieba

    return Path(jieba.__file__).resolve().parent.joinpath(*parts)


def read_idf(path: Path) -> Iterator[tuple[str, float]]:
    """The ``word idf`` lines of jieba's IDF format."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            word, _, value = line.strip().rpartition(" ")
            if word:
                yield word, float(value)


def _load(resources: Path, with_delta: bool) -> _Model:
    import jieba

    jieba_log = logging.getLogger("jieba")
    if jieba_log.level <= logging.DEBUG:  # jieba sets DEBUG and prints "Building prefix dict…"
        jieba_log.setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    nouns: set[str] = set()
    with jieba_file("dict.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2] in ALLOW_POS:
                nouns.add(parts[0])
    terms = set()
    for line in (resources / USER_DICT.name).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 3:
            continue
        word, freq, tag = parts
        tokenizer.add_word(word, int(freq))
        if tag in ALLOW_POS:
            terms.add(word)
            nouns.add(word)
        else:
            nouns.discard(word)
    # Only the candidates' IDF is kept (a third of the table; the whole one costs ~70 MB).
    idf: dict[str, float] = {}
    values: list[float] = []
    for word, value in read_idf(jieba_file("analyse", "idf.txt")):
        values.append(value)
        if word in nouns or word.isascii():
            idf[word] = value
    values.sort()
    median = values[len(values) // 2]  # jieba's own value for a word it does not know
    del values
    if with_delta and (resources / IDF_DELTA.name).is_file():
        idf.update(read_idf(resources / IDF_DELTA.name))
    stop = frozenset(read_word_list(resources / STOP_WORDS.name))
    return _Model(tokenizer, frozenset(nouns), frozenset(terms), idf, median, stop)


@dataclass(slots=True)
class _Seen:
    count: int = 0
    where: list[tuple[int, int, int]] = field(default_factory=list)  # (block position, start, end)


class KeywordExtractor:
    """Loads the dictionaries once (thread-safe) and extracts keywords from policy texts."""

    def __init__(self, resources: Path = RESOURCES, *, with_delta: bool = True) -> None:
        self._resources = resources
        self._with_delta = with_delta
        self._model: _Model | None = None
        self._lock = threading.Lock()
        self.load_seconds: float | None = None

    def warm_up(self) -> float:
        """Load the dictionaries now (call it on a background thread); seconds it took, 0 if done."""
        if self._model is not None:
            return 0.0
        with self._lock:
            if self._model is None:
                start = time.perf_counter()
                self._model = _load(self._resources, self._with_delta)
                self.load_seconds = time.perf_counter() - start
                return self.load_seconds
        return 0.0

    @property
    def model(self) -> _Model:
        if self._model is None:
            self.warm_up()
        assert self._model is not None
        return self._model

    def cut(self, text: str) -> list[str]:
        """The words of ``text`` as this extractor cuts them (whitespace and punctuation included)."""
        return self.model.tokenizer.lcut(text, HMM=False)  # type: ignore[attr-defined]

    def is_candidate(self, word: str) -> bool:
        m = self.model
        if word in m.terms:
            return word not in m.stop_words
        if len(word) < 2 or word in m.stop_words:
            return False
        if word in m.nouns:
            return _NUMERIC.fullmatch(word) is None and _AGENCY.fullmatch(word) is None
        return _ENG.fullmatch(word) is not None

    def extract(
        self,
        source: str | ParsedDocument | Extraction,
        top_k: int = 10,
        *,
        enclosed_only: bool = True,
        metadata: PolicyMetadata | None = None,
    ) -> tuple[Keyword, ...]:
        """The ``top_k`` keywords of a text, a document or an extraction, best first.

        For a notice that 印发/转发 a document whose start is known (``metadata.structure.enclosed``),
        only the enclosed document is read unless ``enclosed_only`` is False. A bare document's
        metadata is worked out here when needed. For a plain string, blocks are its lines.
        """
        if top_k <= 0:
            return ()
        blocks, metadata = _blocks_of(source, metadata, enclosed_only)
        return self._rank(blocks, top_k, _labeller(metadata))

    def _scan(self, blocks: Sequence[Block]) -> tuple[dict[str, _Seen], list[list[tuple[int, str]]]]:
        """Candidates with their counts and first places, and each block's (token position, word)."""
        cut = self.model.tokenizer.lcut  # type: ignore[attr-defined]
        candidate = self.is_candidate
        memo: dict[str, bool] = {}
        seen: dict[str, _Seen] = {}
        sequences: list[list[tuple[int, str]]] = []
        for bpos, block in enumerate(blocks):
            text, offsets = _compact(block.text)
            sequence: list[tuple[int, str]] = []
            offset = 0
            for tpos, word in enumerate(cut(text, HMM=False)):
                start, offset = offset, offset + len(word)
                ok = memo.get(word)
                if ok is None:
                    ok = memo[word] = candidate(word)
                if not ok:
                    continue
                sequence.append((tpos, word))
                entry = seen.get(word)
                if entry is None:
                    entry = seen[word] = _Seen()
                entry.count += 1
                where = entry.where
                if len(where) < MAX_SOURCES and (not where or where[-1][0] != bpos):
                    if offsets is None:
                        where.append((bpos, start, offset))
                    else:
                        where.append((bpos, offsets[start], offsets[offset - 1] + 1))
            if sequence:
                sequences.append(sequence)
        return seen, sequences

    def _rank(self, blocks: Sequence[Block], top_k: int, label: Callable[[int], str]) -> tuple[Keyword, ...]:
        seen, sequences = self._scan(blocks)
        if not seen:
            return ()
        idf, median = self.model.idf, self.model.median_idf
        total = sum(e.count for e in seen.values())
        tfidf = {w: e.count / total * idf.get(w, median) for w, e in seen.items()}
        top = max(tfidf.values())
        score = {w: v / top for w, v in tfidf.items()}
        if len(seen) >= TEXTRANK_MIN_CANDIDATES:
            ranks = _textrank(sequences, {w for w, e in seen.items() if e.count >= TEXTRANK_MIN_COUNT})
            best = max(ranks.values(), default=0.0) or 1.0
            for w, r in ranks.items():
                distinctive = min(1.0, idf.get(w, median) / median)
                score[w] = TFIDF_SHARE * score[w] + (1 - TFIDF_SHARE) * r / best * distinctive
            for w in score.keys() - ranks.keys():
                score[w] *= TFIDF_SHARE
        out = []
        for word, weight in _distinct(sorted(score.items(), key=lambda item: (-item[1], item[0])), top_k):
            refs = [(blocks[bpos], start, end) for bpos, start, end in seen[word].where]
            sources = tuple(SourceRef(b.index, (s, e), b.page, label(b.index)) for b, s, e in refs)
            out.append(Keyword(word, round(weight, 4), "", sources))
        return tuple(out)


def _distinct(ranked: Iterable[tuple[str, float]], top_k: int) -> list[tuple[str, float]]:
    """The best ``top_k`` words, skipping a word inside a better one or containing it (农机/农机装备)."""
    chosen: list[tuple[str, float]] = []
    for word, weight in ranked:
        if not any(word in c or c in word for c, _ in chosen):
            chosen.append((word, weight))
            if len(chosen) == top_k:
                break
    return chosen


def _textrank(sequences: Iterable[Sequence[tuple[int, str]]], nodes: set[str]) -> dict[str, float]:
    """PageRank over the co-occurrence graph of ``nodes``, as jieba.analyse.TextRank computes it:
    an edge per pair less than TEXTRANK_WINDOW tokens apart in a block, 10 in-place rounds."""
    names = sorted(nodes)
    index = {w: i for i, w in enumerate(names)}
    pairs: dict[tuple[int, int], int] = {}
    for sequence in sequences:
        for k, (p, w) in enumerate(sequence):
            i = index.get(w)
            if i is None:
                continue
            for q, v in sequence[k + 1 : k + TEXTRANK_WINDOW]:
                if q - p >= TEXTRANK_WINDOW:
                    break
                j = index.get(v)
                if j is not None and j != i:
                    key = (i, j) if i < j else (j, i)
                    pairs[key] = pairs.get(key, 0) + 1
    links: list[list[tuple[int, int]]] = [[] for _ in names]
    for (i, j), count in pairs.items():
        links[i].append((j, count))
        links[j].append((i, count))
    linked = [i for i in range(len(names)) if links[i]]
    if not linked:
        return {}
    out_sum = [sum(c for _, c in links[i]) for i in range(len(names))]
    shares = [[(j, c / out_sum[j]) for j, c in links[i]] for i in range(len(names))]
    rank = [1.0 / len(linked)] * len(names)
    d = TEXTRANK_DAMPING
    for _ in range(TEXTRANK_ROUNDS):
        for i in linked:
            rank[i] = (1 - d) + d * sum(f * rank[j] for j, f in shares[i])
    return {names[i]: rank[i] for i in linked}


def _compact(text: str) -> tuple[str, list[int] | None]:
    """Text with whitespace removed (PDF lines spread 国 务 院), and each kept char's original offset."""
    if not _SPACE.search(text):
        return text, None
    offsets = [i for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(text[i] for i in offsets), offsets


def _blocks_of(
    source: str | ParsedDocument | Extraction, metadata: PolicyMetadata | None, enclosed_only: bool
) -> tuple[Sequence[Block], PolicyMetadata | None]:
    if isinstance(source, str):
        return tuple(Block(i, line) for i, line in enumerate(source.splitlines())), metadata
    if isinstance(source, Extraction):
        if source.document is None:
            return (), None
        metadata = metadata or source.metadata
        source = source.document
    blocks = source.body
    if metadata is None and blocks:
        from extractors import metadata as metadata_rules  # only when the caller did not pass it

        metadata = metadata_rules.extract(source)
    enclosed = metadata.structure.enclosed if metadata else None
    if enclosed_only and enclosed is not None and enclosed.block is not None:
        blocks = tuple(b for b in blocks if b.index >= enclosed.block)
    return blocks, metadata


def _labeller(metadata: PolicyMetadata | None) -> Callable[[int], str]:
    """Block index → its 第X条 or 一、（二） label, from the metadata's clauses or outline."""
    structure = metadata.structure if metadata else None
    marks: list[tuple[int, str]] = []
    if structure and structure.clauses:
        marks = [(c.block, c.label) for c in structure.clauses]
    elif structure:
        top = ""
        for h in structure.outline:
            top = h.marker if h.level == 1 else top
            if h.level <= 2:
                marks.append((h.block, top if h.level == 1 else top + h.marker))
    marks.sort()
    starts = [block for block, _ in marks]
    return lambda block: marks[i][1] if (i := bisect_right(starts, block) - 1) >= 0 else ""


_default = KeywordExtractor()


def warm_up() -> float:
    """Load the shared extractor's dictionaries (~1 s); call it off the GUI thread at start-up."""
    return _default.warm_up()


def extract_keywords(
    source: str | ParsedDocument | Extraction,
    top_k: int = 10,
    *,
    enclosed_only: bool = True,
    metadata: PolicyMetadata | None = None,
) -> tuple[Keyword, ...]:
    """The keywords of a policy with the shared extractor; see ``KeywordExtractor.extract``."""
    return _default.extract(source, top_k, enclosed_only=enclosed_only, metadata=metadata)


def idf_of(word: str) -> float:
    """The IDF the shared extractor uses for ``word`` (jieba's median for an unknown word)."""
    m = _default.model
    return m.idf.get(word, m.median_idf)
