"""The tiny layout helper every widget of the app is built with (no designer files)."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget

Item = QWidget | QLayout | int | tuple | None  # an int is a stretch; (widget, stretch); None is skipped


def _fill(layout: QBoxLayout, items: tuple[Item, ...], margin: int, spacing: int) -> QBoxLayout:
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.setSpacing(spacing)
    for item in items:
        if item is None:
            continue
        if isinstance(item, int):
            layout.addStretch(item)
        elif isinstance(item, tuple):
            widget, stretch = item
            if isinstance(widget, QLayout):
                layout.addLayout(widget, stretch)
            else:
                layout.addWidget(widget, stretch)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


def hbox(*items: Item, margin: int = 0, spacing: int = 6) -> QHBoxLayout:
    return _fill(QHBoxLayout(), items, margin, spacing)  # type: ignore[return-value]


def vbox(*items: Item, margin: int = 0, spacing: int = 6) -> QVBoxLayout:
    return _fill(QVBoxLayout(), items, margin, spacing)  # type: ignore[return-value]


def boxed(layout: QLayout, parent: QWidget | None = None) -> QWidget:
    """A plain widget holding ``layout`` (for splitters and stacks, which take widgets)."""
    widget = QWidget(parent)
    widget.setLayout(layout)
    return widget
