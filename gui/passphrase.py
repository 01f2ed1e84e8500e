"""Asking for a signing key's passphrase (when the key is kept in a passphrase-protected file, not
the system keyring). The passphrase is returned to the caller and never stored or logged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from workflow.keys import MIN_PASSPHRASE


def tr(text: str) -> str:
    return QCoreApplication.translate("Passphrase", text)


def ask_passphrase(parent: QWidget | None, who: str, *, new: bool = False) -> str | None:
    """The passphrase typed (twice, and at least 8 characters, for a new key); None if cancelled."""
    label = tr("为 %1 的新签名密钥设置口令（至少 8 个字符）：") if new else tr("%1 的签名密钥口令：")
    while True:
        text, ok = QInputDialog.getText(
            parent, tr("签名密钥口令"), label.replace("%1", who), QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        if not new:
            return text
        if len(text) < MIN_PASSPHRASE:
            QMessageBox.warning(parent, tr("签名密钥口令"), tr("口令至少需要 8 个字符。"))
            continue
        again, ok = QInputDialog.getText(
            parent, tr("签名密钥口令"), tr("再输入一次口令："), QLineEdit.EchoMode.Password
        )
        if not ok:
            return None
        if again == text:
            return text
        QMessageBox.warning(parent, tr("签名密钥口令"), tr("两次输入的口令不一致，请重新输入。"))
