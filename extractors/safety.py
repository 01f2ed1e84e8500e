"""Guards for untrusted containers: zip archives (bombs, traversal) and XML (entities, depth)."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from lxml import etree


@dataclass(frozen=True, slots=True)
class ZipLimits:
    max_entries: int = 5_000
    max_total_uncompressed: int = 512 * 1024 * 1024
    max_member_uncompressed: int = 256 * 1024 * 1024
    max_ratio: float = 200.0  # uncompressed / compressed, for members above 1 MB


class UnsafeArchive(Exception):
    """The archive is hostile or damaged; ``str(exc)`` is a short Chinese reason."""


def check_zip(zf: zipfile.ZipFile, limits: ZipLimits = ZipLimits()) -> None:
    """Refuse a zip whose declared sizes make it a bomb, or whose names escape its root."""
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise UnsafeArchive(f"条目过多：{len(infos)}")
    total = 0
    for info in infos:
        name = PurePosixPath(info.filename.replace("\\", "/"))
        if name.is_absolute() or ".." in name.parts:
            raise UnsafeArchive(f"路径越界：{info.filename}")
        if info.flag_bits & 0x1:
            raise UnsafeArchive("压缩包已加密")
        total += info.file_size
        if info.file_size > limits.max_member_uncompressed:
            raise UnsafeArchive(f"解压后过大：{info.filename}")
        if info.file_size > 1024 * 1024 and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise UnsafeArchive(f"压缩比异常（疑似压缩炸弹）：{info.filename}")
    if total > limits.max_total_uncompressed:
        raise UnsafeArchive("解压后总大小过大（疑似压缩炸弹）")


def read_member(zf: zipfile.ZipFile, name: str, limits: ZipLimits = ZipLimits()) -> bytes:
    """Read one member, stopping at the member limit even if the header lied about its size."""
    with zf.open(name) as fh:
        data = fh.read(limits.max_member_uncompressed + 1)
    if len(data) > limits.max_member_uncompressed:
        raise UnsafeArchive(f"解压后过大：{name}")
    return data


def xml_parser() -> etree.XMLParser:
    """An XML parser that resolves no entities, reads no network and no DTD, and refuses huge trees."""
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes) -> etree._Element:
    """Parse untrusted XML; a DOCTYPE (the carrier of entity bombs) is refused outright."""
    head = data[:2048].lstrip()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in data[:65536]:
        raise UnsafeArchive("XML 含有实体声明（DOCTYPE/ENTITY），已拒绝")
    try:
        return etree.fromstring(data, xml_parser())
    except etree.XMLSyntaxError as exc:
        raise UnsafeArchive(f"XML 格式错误：{exc.msg}") from exc
