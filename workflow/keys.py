"""Use cases over signing keys: make one for a person (``keys init``), hand its public half to a
colleague (``keys export`` → their ``trust add``), and load the private half to sign a decision.

The private key is kept in the system keyring when one is available (Secret Service, Windows
Credential Locker, macOS Keychain), else in ``<library>/keys/`` as a PKCS#8 file encrypted under
the person's passphrase (at least 8 characters). The library trusts the keys created in it, the
keys added with ``trust add``, and those in the configured trusted-reviewers list (a file of
exported keys, one JSON object per line, or a JSON array).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bundles import signing
from policy.keys import ROLES, KeyFileError, PublicKey
from storage import Library, LibraryError, audit, keys
from storage.keys import KeyRecord
from workflow import config

KEYRING_SERVICE = "PolicyPress"
MIN_PASSPHRASE = 8


def _keyring():
    """The system keyring's backend when a usable one exists, else None."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring set-up must not stop key creation: the file store remains
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    return backend


def _key_file(lib: Library, record_fingerprint: str) -> Path:
    return lib.root / "keys" / (record_fingerprint.replace(":", "") + ".pem")


def _write_private(path: Path, pem: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def init_key(
    lib: Library, name: str, role: str, passphrase: str | None = None, store: str = "auto"
) -> KeyRecord:
    """A new Ed25519 key pair for ``name`` in ``role``, trusted by this library. ``store``: "auto"
    (keyring when available, else the passphrase file), "keyring" or "file"."""
    name = name.strip()
    if not name:
        raise LibraryError("no_name", "请填写密钥所有人的姓名", "a key needs its owner's name")
    if role not in ROLES:
        raise LibraryError("bad_role", f"角色只能是 {'、'.join(ROLES)}", f"the role must be one of {ROLES}")
    if keys.own_keys(lib, name):
        raise LibraryError("key_exists", f"本资料库已有“{name}”的签名密钥", f"{name} already has a key here")
    private, public_b64 = signing.generate()
    public = PublicKey(name, role, public_b64)
    backend = _keyring() if store in ("auto", "keyring") else None
    if store == "keyring" and backend is None:
        raise LibraryError("no_keyring", "本机没有可用的系统密钥环，请改用口令保护的密钥文件",
                           "no system keyring is available here; use a passphrase-protected key file")  # fmt: skip
    if backend is not None:
        backend.set_password(KEYRING_SERVICE, public.fingerprint, signing.private_pem(private, None).decode())
        where = "keyring"
    else:
        if not passphrase or len(passphrase) < MIN_PASSPHRASE:
            raise LibraryError("weak_passphrase", f"私钥保存为文件时需要至少 {MIN_PASSPHRASE} 个字符的口令",
                               f"a key kept in a file needs a passphrase of at least {MIN_PASSPHRASE} characters")  # fmt: skip
        path = _key_file(lib, public.fingerprint)
        _write_private(path, signing.private_pem(private, passphrase))
        where = f"file:{path.name}"
    with lib.write():
        record = keys.add(lib, public, where, "created")
        audit.append(lib, name, "key_created", None,
                     {"name": name, "role": role, "fingerprint": public.fingerprint, "store": where.split(":")[0]})  # fmt: skip
    return record


def find_own(lib: Library, name: str) -> KeyRecord:
    found = keys.own_keys(lib, name.strip())
    if not found:
        raise LibraryError("no_key", f"本资料库没有“{name}”的签名密钥，请先运行 keys init",
                           f"no signing key for {name} in this library; run keys init first")  # fmt: skip
    return found[0]


def signing_key(lib: Library, name: str, passphrase: str | None) -> tuple[KeyRecord, Ed25519PrivateKey]:
    """The person's key record and private key, unlocked."""
    record = find_own(lib, name)
    store = record.private_store or ""
    if store == "keyring":
        backend = _keyring()
        pem = backend.get_password(KEYRING_SERVICE, record.public.fingerprint) if backend else None
        if pem is None:
            raise LibraryError("key_missing", "系统密钥环中找不到此人的私钥", "the private key is not in the system keyring")  # fmt: skip
        private = signing.load_private(pem.encode(), None)
    else:
        path = lib.root / "keys" / store.removeprefix("file:")
        try:
            pem_bytes = path.read_bytes()
        except OSError:
            raise LibraryError("key_missing", f"找不到私钥文件：{path}", f"the private key file is missing: {path}") from None  # fmt: skip
        if not passphrase:
            raise LibraryError("no_passphrase", "签名需要私钥口令", "signing needs the key's passphrase")
        try:
            private = signing.load_private(pem_bytes, passphrase)
        except KeyFileError as exc:
            raise LibraryError("bad_passphrase", *_split(exc)) from None
    if signing.public_b64(private) != record.public.key:
        raise LibraryError("key_mismatch", "私钥与登记的公钥不符", "the private key does not match its public key")  # fmt: skip
    return record, private


def _split(exc: Exception) -> tuple[str, str]:
    zh, _, en = str(exc).partition(" (")
    return zh, en.rstrip(")") or zh


def export_key(lib: Library, name: str, out: Path | str) -> Path:
    """Write the person's public key file (for a colleague's ``trust add``)."""
    record = find_own(lib, name)
    path = Path(out)
    if path.is_dir():
        path = path / f"{record.public.name}-{record.public.role}.pubkey.json"
    path.write_text(
        json.dumps(record.public.as_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return path


def read_key_file(path: Path | str) -> PublicKey:
    try:
        text = Path(path).read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise LibraryError("bad_key_file", f"无法读取公钥文件：{path}", f"cannot read the key file: {path}") from None  # fmt: skip
    try:
        return PublicKey.from_json(data)
    except KeyFileError as exc:
        raise LibraryError("bad_key_file", *_split(exc)) from None


def trust_key(lib: Library, path: Path | str, actor: str) -> KeyRecord:
    """Trust a colleague's exported public key in this library."""
    public = read_key_file(path)
    with lib.write():
        record = keys.add(lib, public, None, "imported")
        audit.append(lib, actor, "key_trusted", None,
                     {"name": public.name, "role": public.role, "fingerprint": public.fingerprint})  # fmt: skip
    return record


def _listed(path: str | None) -> list[PublicKey]:
    """Keys in the configured trusted-reviewers list file (JSON lines or a JSON array)."""
    if not path:
        return []
    try:
        text = Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        raise LibraryError("bad_trust_list", f"无法读取可信审核人名单：{path}",
                           f"cannot read the trusted-reviewers list: {path}") from None  # fmt: skip
    try:
        items = (
            json.loads(text)
            if text.startswith("[")
            else [json.loads(x) for x in text.splitlines() if x.strip()]
        )
        return [PublicKey.from_json(item) for item in items]
    except (json.JSONDecodeError, KeyFileError):
        raise LibraryError("bad_trust_list", f"可信审核人名单格式有误：{path}",
                           f"the trusted-reviewers list is malformed: {path}") from None  # fmt: skip


def trusted_keys(lib: Library) -> list[PublicKey]:
    """Every key this library trusts: its own, the ones added, the configured list's."""
    seen: dict[str, PublicKey] = {k.public.fingerprint: k.public for k in keys.all_keys(lib)}
    for public in _listed(config.load(lib).trusted_reviewers):
        seen.setdefault(public.fingerprint, public)
    return list(seen.values())
