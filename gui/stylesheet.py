"""The window's style sheet: only what plain widgets cannot say by themselves (the state of a field,
muted and heading labels, notices). Everything else keeps the platform's look."""

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
QLabel#emptyHint { color: #6b7280; font-size: 15px; }
QPushButton#primary { font-weight: 600; }
QGroupBox { font-weight: 600; }
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QComboBox, QGroupBox QCheckBox { font-weight: normal; }
"""
