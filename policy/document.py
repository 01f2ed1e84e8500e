"""What a reader makes of a file: text blocks in reading order with the style facts of 公文 elements."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    PARAGRAPH = "paragraph"
    TABLE_CELL = "table_cell"
    TEXT_BOX = "text_box"
    HEADER = "header"
    FOOTER = "footer"


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


@dataclass(frozen=True, slots=True)
class Style:
    """Style facts of a block, taken from its first visible characters.

    Sizes and indents are in points. ``color`` is upper-case ``RRGGBB`` or None for automatic/black.
    ``font`` is the East-Asian font family where the format names one.
    """

    font: str | None = None
    size: float | None = None
    bold: bool = False
    color: str | None = None
    align: Align | None = None
    indent_first: float | None = None
    indent_left: float | None = None
    indent_right: float | None = None

    @property
    def is_red(self) -> bool:
        """True for the reds used by 红头 and 版头 rules (high red, low green and blue)."""
        if not self.color or len(self.color) != 6:
            return False
        try:
            r, g, b = (int(self.color[i : i + 2], 16) for i in (0, 2, 4))
        except ValueError:
            return False
        return r >= 0x99 and g <= 0x66 and b <= 0x66


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of text in reading order: a paragraph, a table cell's paragraph, a text box line..."""

    index: int
    text: str
    kind: BlockKind = BlockKind.PARAGRAPH
    style: Style = field(default_factory=Style)
    page: int | None = None
    # (table number in the document, row, column) for table cells
    cell: tuple[int, int, int] | None = None
    # (x0, top, x1, bottom) in points from the page's top-left corner, where the format has positions
    bbox: tuple[float, float, float, float] | None = None


@dataclass(frozen=True, slots=True)
class ParsedDocument:
    source: str
    format: str  # docx | pdf | doc | ofd | txt
    blocks: tuple[Block, ...]
    page_count: int | None = None
    # (width, height) of the first page in points, where known
    page_size: tuple[float, float] | None = None

    @property
    def body(self) -> tuple[Block, ...]:
        """Blocks outside headers and footers."""
        return tuple(b for b in self.blocks if b.kind not in (BlockKind.HEADER, BlockKind.FOOTER))

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.body)
