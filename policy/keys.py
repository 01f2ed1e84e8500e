"""A person's public signing key as it travels between libraries (``keys export`` → ``trust add``)
and inside every signed decision. Stdlib only: the cryptography lives in ``bundles.signing``."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from typing import Any

PUBLIC_KEY_FORMAT = "policypress-public-key/1"
ROLES = ("经办人", "科室负责人", "上传员")
REVIEWER_ROLE = "科室负责人"


class KeyFileError(ValueError):
    """A key file that is not one (``str(exc)``: Chinese, then English)."""


def fingerprint(public_key_b64: str) -> str:
    """The first 16 bytes of the SHA-256 of the raw key, in hex groups of four (easy to read aloud)."""
    digest = hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:32]
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True, slots=True)
class PublicKey:
    """Whose key it is and its raw 32 bytes (base64)."""

    name: str
    role: str
    key: str

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)

    def as_json(self) -> dict[str, str]:
        return {"format": PUBLIC_KEY_FORMAT, "name": self.name, "role": self.role, "public_key": self.key,
                "fingerprint": self.fingerprint}  # fmt: skip

    @classmethod
    def from_json(cls, data: Any) -> PublicKey:
        if not isinstance(data, dict) or data.get("format") != PUBLIC_KEY_FORMAT:
            raise KeyFileError("不是 PolicyPress 公钥文件 (not a PolicyPress public key file)")
        name, role, key = data.get("name"), data.get("role"), data.get("public_key")
        if not (isinstance(name, str) and name.strip() and role in ROLES and isinstance(key, str)):
            raise KeyFileError("公钥文件缺少姓名、角色或公钥 (the key file lacks a name, role or key)")
        try:
            raw = base64.b64decode(key, validate=True)
        except (binascii.Error, ValueError):
            raw = b""
        if len(raw) != 32:
            raise KeyFileError("公钥文件中的公钥无效 (the public key in the file is invalid)")
        if data.get("fingerprint") not in (None, fingerprint(key)):
            raise KeyFileError("公钥文件的指纹与公钥不符 (the fingerprint does not match the key)")
        return cls(name.strip(), role, key)
