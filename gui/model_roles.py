"""The item-data roles every table model of the app answers besides display: a native value to
sort by, and the row's dataclass itself (STYLE 10: thin models over lists of dataclasses)."""

from __future__ import annotations

from PySide6.QtCore import Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2
