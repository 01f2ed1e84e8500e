"""Signing keys known to the library: its users' own (with where the private half is kept) and
colleagues' public keys it trusts. A key created in a library is trusted by it."""

from __future__ import annotations

from dataclasses import dataclass

from policy.keys import PublicKey
from storage.library import Library, now


@dataclass(frozen=True, slots=True)
class KeyRecord:
    public: PublicKey
    private_store: str | None  # "keyring" | "file:<name under keys/>" | None (someone else's key)
    source: str  # "created" | "imported"
    added_at: str

    @property
    def own(self) -> bool:
        return self.private_store is not None


def add(lib: Library, public: PublicKey, private_store: str | None, source: str) -> KeyRecord:
    """Store a key; the same key added again keeps its first record (its private half wins)."""
    stamp = now()
    with lib.write() as conn:
        conn.execute(
            "INSERT INTO keys(fingerprint, name, role, public_key, private_store, source, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(fingerprint) DO UPDATE SET"
            " private_store = COALESCE(keys.private_store, excluded.private_store)",
            (public.fingerprint, public.name, public.role, public.key, private_store, source, stamp),
        )
    return get(lib, public.fingerprint)  # type: ignore[return-value]


def _record(r: dict) -> KeyRecord:
    return KeyRecord(PublicKey(r["name"], r["role"], r["public_key"]), r["private_store"], r["source"],
                     r["added_at"])  # fmt: skip


def get(lib: Library, fingerprint: str) -> KeyRecord | None:
    rows = lib.query("SELECT * FROM keys WHERE fingerprint = ?", (fingerprint,))
    return _record(rows[0]) if rows else None


def all_keys(lib: Library) -> list[KeyRecord]:
    return [_record(r) for r in lib.query("SELECT * FROM keys ORDER BY added_at, name")]


def own_keys(lib: Library, name: str | None = None) -> list[KeyRecord]:
    return [k for k in all_keys(lib) if k.own and (name is None or k.public.name == name)]
