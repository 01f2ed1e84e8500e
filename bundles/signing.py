"""Ed25519 keys and signatures over canonical JSON (the ``cryptography`` library).

A person's key pair signs the 保密审查 decisions they record. The public key travels as a small
JSON file (``keys export`` → ``trust add``) and inside every signed decision; a verifier trusts a
decision only when its public key is on the verifier's trusted list, so the copy inside the bundle
is a convenience, not a credential. The private key is kept PKCS#8-encrypted under a passphrase
(scrypt-derived key, ``BestAvailableEncryption``) or in the system keyring.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from policy.keys import KeyFileError


def generate() -> tuple[Ed25519PrivateKey, str]:
    """A new private key and its public key as base64."""
    private = Ed25519PrivateKey.generate()
    return private, public_b64(private)


def public_b64(private: Ed25519PrivateKey) -> str:
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def private_pem(private: Ed25519PrivateKey, passphrase: str | None) -> bytes:
    """PKCS#8 PEM, encrypted when a passphrase is given (the keyring stores it unencrypted)."""
    encryption = (
        serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        if passphrase
        else serialization.NoEncryption()
    )
    return private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)


def load_private(pem: bytes, passphrase: str | None) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(pem, passphrase.encode("utf-8") if passphrase else None)
    except (ValueError, TypeError):
        raise KeyFileError("私钥口令不正确或私钥已损坏 (wrong passphrase or damaged private key)") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError("私钥不是 Ed25519 密钥 (the private key is not an Ed25519 key)")
    return key


def canonical(obj: Any) -> bytes:
    """The bytes a signature covers: sorted keys, no spaces, UTF-8 (Chinese unescaped)."""
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign(private: Ed25519PrivateKey, obj: Any) -> str:
    return base64.b64encode(private.sign(canonical(obj))).decode("ascii")


def verify(public_key_b64: str, obj: Any, signature_b64: str) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key_b64, validate=True))
        key.verify(base64.b64decode(signature_b64, validate=True), canonical(obj))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True
