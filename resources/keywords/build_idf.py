"""Build ``idf_delta.txt``: jieba's IDF lowered for the words policy texts use everywhere.

    .venv/bin/python resources/keywords/build_idf.py [--shared ../shared] [--show 60]

For developers: it reads the policy texts in ``../shared`` (dev corpus .docx/.pdf, and .doc when
LibreOffice is installed; ``seed/*.txt``; ``corpus/interpretations/*.md`` without their Markdown
header), drops near-duplicates (the corpus holds the same text as .docx and .pdf: 5-character
shingles, Jaccard ≥ 0.5 with a text already kept), cuts each text with the keyword tokenizer (jieba
+ ``userdict.txt``), and counts in how many texts each word of 2+ characters occurs (``df``).

For a word with ``df >= MIN_DF`` the policy IDF is ``-ln(p)``, ``p`` the lower end of the 95 %
Wilson interval of ``df / N``; when that is below jieba's IDF for the word (jieba's median for a word
it does not know), ``word idf`` goes to ``idf_delta.txt`` (sorted by word, 4 decimals, so a rebuild
over the same corpus gives the same file). The app loads jieba's ``idf.txt`` and then this file; it
never needs ``../shared``. See the docstring of ``compose/keywords.py`` for why this combination.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from compose.keywords import IDF_DELTA, KeywordExtractor, jieba_file, read_idf  # noqa: E402
from extractors.registry import read_document  # noqa: E402

MIN_DF = 3
Z = 1.96  # two-sided 95 %
DUPLICATE_JACCARD = 0.5
_HAN = re.compile(r"[\u4e00-\u9fff]")
_SHINGLE = 5


def wilson_lower(df: int, n: int, z: float = Z) -> float:
    """Lower end of the Wilson score interval for a proportion df/n."""
    p = df / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def _markdown_body(text: str) -> str:
    """An interpretation page without its title line, ``**字段**:`` header and links."""
    lines = text.splitlines()
    if "---" in lines:
        lines = lines[lines.index("---") + 1 :]
    return "\n".join(line for line in lines if not line.startswith(("**", "#", "[")))


def policy_texts(shared: Path, with_doc: bool) -> list[tuple[str, str]]:
    """(name, text) of every policy text under ``shared``."""
    texts: list[tuple[str, str]] = []
    corpus = shared / "corpus" / "dev"
    suffixes = {".docx", ".pdf"} | ({".doc"} if with_doc else set())
    for path in sorted(corpus.iterdir()):
        if path.suffix.lower() in suffixes:
            result = read_document(path)
            if result.document is not None:
                texts.append((path.name, "\n".join(b.text for b in result.document.body)))
    for path in sorted((shared / "seed").glob("*.txt")):
        texts.append((path.name, path.read_text(encoding="utf-8")))
    for path in sorted((shared / "corpus" / "interpretations").glob("*.md")):
        texts.append((path.name, _markdown_body(path.read_text(encoding="utf-8"))))
    return [(name, text) for name, text in texts if len(_HAN.findall(text)) >= 50]


def _shingles(text: str) -> set[str]:
    han = "".join(_HAN.findall(text))
    return {han[i : i + _SHINGLE] for i in range(max(1, len(han) - _SHINGLE + 1))}


def distinct(texts: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Texts kept, and (dropped, kept twin) pairs."""
    kept: list[tuple[str, str, set[str]]] = []
    dropped: list[tuple[str, str]] = []
    for name, text in texts:
        sh = _shingles(text)
        twin = next((k for k, _, s in kept if len(sh & s) / len(sh | s) >= DUPLICATE_JACCARD), None)
        if twin is None:
            kept.append((name, text, sh))
        else:
            dropped.append((name, twin))
    return [(n, t) for n, t, _ in kept], dropped


def document_frequency(extractor: KeywordExtractor, texts: list[tuple[str, str]]) -> Counter[str]:
    df: Counter[str] = Counter()
    for _, text in texts:
        words = {w for w in extractor.cut(re.sub(r"\s+", "", text)) if len(w) >= 2 and _HAN.search(w)}
        df.update(words)
    return df


def delta(jieba_idf: dict[str, float], median: float, df: Counter[str], n: int) -> dict[str, float]:
    """Every word (whatever its part of speech) whose policy IDF is below jieba's."""
    out: dict[str, float] = {}
    for word, count in df.items():
        if count < MIN_DF:
            continue
        policy_idf = -math.log(wilson_lower(count, n))
        if policy_idf < jieba_idf.get(word, median) - 0.005:
            out[word] = round(policy_idf, 4)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--no-doc", action="store_true", help="skip .doc files (no LibreOffice)")
    parser.add_argument("--show", type=int, default=40, help="print the N most lowered words")
    parser.add_argument("--out", type=Path, default=IDF_DELTA)
    args = parser.parse_args(argv)
    import shutil

    with_doc = not args.no_doc and shutil.which("soffice") is not None
    texts, dropped = distinct(policy_texts(args.shared, with_doc))
    extractor = KeywordExtractor(with_delta=False)  # the app's tokenizer
    df = document_frequency(extractor, texts)
    jieba_idf = dict(read_idf(jieba_file("analyse", "idf.txt")))
    median = extractor.model.median_idf
    table = delta(jieba_idf, median, df, len(texts))
    lines = [f"{w} {v:.4f}" for w, v in sorted(table.items())]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(texts)} distinct texts ({len(dropped)} duplicates dropped), {len(df)} words counted")
    print(f"{len(table)} words lowered → {args.out}")
    shown = sorted(table, key=lambda w: (-df[w], w))[: args.show]
    for w in shown:
        base = jieba_idf.get(w, median)
        print(f"  {w}\tdf {df[w]:>3}/{len(texts)}\tjieba {base:6.2f} → {table[w]:5.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
