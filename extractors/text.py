"""Reader for plain text (.txt, .text, .md): one paragraph block per non-empty line.

Decoding order: a byte-order mark (UTF-8, UTF-16, UTF-32), strict UTF-8, strict GB18030 (a superset
of GBK and GB2312, the encodings of Chinese Windows), and only then charset-normalizer's guess.
Text files have no signature, so ``sniff`` never claims a file: the registry picks this reader by
extension. Markdown is kept as written (its markers are part of the line's text).
"""

from __future__ import annotations

import codecs
from pathlib import Path

from extractors import messages
from policy.document import Block, ParsedDocument
from policy.extraction import ReadResult
from policy.problems import Status

FORMAT = "txt"
EXTENSIONS = (".txt", ".text", ".md")
MAX_BYTES = 200 * 1024 * 1024
_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def sniff(head: bytes, path: Path) -> bool:
    return False


def read(path: Path) -> ReadResult:
    name = path.name
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError:
        return ReadResult.failed(messages.not_found(name))
    if len(data) > MAX_BYTES:
        return ReadResult.failed(messages.too_large(name, len(data) / 1024 / 1024, MAX_BYTES // 1024 // 1024))
    text = decode(data)
    if text is None:
        return ReadResult.failed(messages.corrupt(name, "不是文本文件，或文字编码无法识别"))
    lines = (line.rstrip() for line in text.splitlines())
    blocks = tuple(Block(i, line) for i, line in enumerate(line for line in lines if line.strip()))
    return ReadResult(Status.OK, ParsedDocument(str(path), FORMAT, blocks))


def decode(data: bytes) -> str | None:
    """The text of ``data``, or None when it is binary or in no encoding that can be told."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                return None
    if b"\0" in data[:8192]:
        return None  # binary: text in these encodings never holds NUL
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes  # slow to import; only needed for odd files

    best = from_bytes(data).best()
    return str(best) if best is not None else None
