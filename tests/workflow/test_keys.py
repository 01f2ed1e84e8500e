"""Signing keys: kept in the system keyring when there is one, else in a passphrase-protected file;
public keys move between libraries as files."""

from __future__ import annotations

import json

import pytest

from storage import Library, LibraryError
from storage import keys as stored
from workflow import keys


@pytest.fixture
def lib(tmp_path):
    library = Library.open(tmp_path / "lib")
    yield library
    library.close()


@pytest.fixture(autouse=True)
def _no_keyring(no_keyring):
    """No keyring unless a test installs one."""


def test_without_a_keyring_the_private_key_is_an_encrypted_file_only_the_passphrase_opens(lib):
    record = keys.init_key(lib, "李科长", "科室负责人", "correct horse battery")
    assert record.private_store.startswith("file:") and record.own
    pem = (lib.root / "keys" / record.private_store.removeprefix("file:")).read_bytes()
    assert b"ENCRYPTED PRIVATE KEY" in pem
    assert (lib.root / "keys" / record.private_store.removeprefix("file:")).stat().st_mode & 0o077 == 0
    loaded, _ = keys.signing_key(lib, "李科长", "correct horse battery")
    assert loaded.public.fingerprint == record.public.fingerprint
    with pytest.raises(LibraryError) as wrong:
        keys.signing_key(lib, "李科长", "wrong horse battery")
    assert wrong.value.key == "bad_passphrase"
    with pytest.raises(LibraryError) as weak:
        keys.init_key(lib, "王五", "科室负责人", "short")
    assert weak.value.key == "weak_passphrase"


def test_with_a_keyring_the_private_key_goes_there_and_no_file_is_written(lib, memory_keyring):
    record = keys.init_key(lib, "李科长", "科室负责人")
    assert record.private_store == "keyring"
    assert ("PolicyPress", record.public.fingerprint) in memory_keyring.items
    assert not (lib.root / "keys").exists()
    loaded, private = keys.signing_key(lib, "李科长", None)
    assert loaded.public == record.public and private is not None


def test_a_public_key_exported_and_trusted_elsewhere_is_trusted_there_only(lib, tmp_path):
    keys.init_key(lib, "李科长", "科室负责人", "correct horse battery")
    exported = keys.export_key(lib, "李科长", tmp_path)
    data = json.loads(exported.read_text("utf-8"))
    assert data["name"] == "李科长" and "PRIVATE" not in exported.read_text("utf-8")
    other = Library.open(tmp_path / "other")
    assert keys.trusted_keys(other) == []
    keys.trust_key(other, exported, "赵上传")
    (trusted,) = keys.trusted_keys(other)
    assert trusted.name == "李科长" and not stored.all_keys(other)[0].own
    with pytest.raises(LibraryError) as no_private:
        keys.signing_key(other, "李科长", "correct horse battery")
    assert no_private.value.key == "no_key"
    data["public_key"] = data["public_key"][:-4] + "AAA="
    exported.write_text(json.dumps(data), "utf-8")
    with pytest.raises(LibraryError) as damaged:
        keys.trust_key(other, exported, "赵上传")
    assert damaged.value.key == "bad_key_file"
    other.close()


def test_the_configured_trusted_reviewers_list_adds_its_keys(lib, tmp_path):
    from workflow import config

    source = Library.open(tmp_path / "source")
    keys.init_key(source, "钱科长", "科室负责人", "correct horse battery")
    line = keys.export_key(source, "钱科长", tmp_path / "qian.json").read_text("utf-8")
    listing = tmp_path / "trusted.jsonl"
    listing.write_text(json.dumps(json.loads(line), ensure_ascii=False) + "\n", "utf-8")
    config.set_value(lib, "trusted_reviewers", str(listing), "张三")
    assert [k.name for k in keys.trusted_keys(lib)] == ["钱科长"]
    source.close()
