"""The window's style sheet: only what plain widgets cannot say by themselves (the state of a field,
muted and heading labels, notices, errors). Everything else keeps the platform's look — except in
关怀模式, which adds its high-contrast rules and focus frames (``gui.care.CARE_SHEET``)."""

STYLE_SHEET = """
QLineEdit[state="low"], QComboBox[state="low"] {
    background: #fff4e5; border: 1px solid #e08a00; border-radius: 3px; padding: 2px 4px;
}
QLineEdit[state="invalid"], QComboBox[state="invalid"] {
    background: #ffebee; border: 1px solid #c62828; border-radius: 3px; padding: 2px 4px;
}
QLabel#muted { color: #6b7280; }
QLabel#heading { font-weight: 600; }
QLabel#paneTitle { font-weight: 600; }
QLabel#notice {
    background: #fff8e1; border: 1px solid #ffe082; border-radius: 3px; padding: 6px; color: #6d4c00;
}
QLabel#error { color: #b71c1c; }
QLabel#fingerprint { font-family: "DejaVu Sans Mono", "Consolas", monospace; }
QLabel#emptyHint { color: #6b7280; font-size: 15px; }
QPushButton#primary { font-weight: 600; }
QGroupBox { font-weight: 600; }
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QComboBox, QGroupBox QCheckBox { font-weight: normal; }
"""


def style_sheet(care: bool = False) -> str:
    """The main window's sheet; in 关怀模式 the care rules come last (and win)."""
    if not care:
        return STYLE_SHEET
    from gui.care import CARE_SHEET

    return STYLE_SHEET + CARE_SHEET
