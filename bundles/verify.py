"""Verifying a bundle file before anyone trusts it: the archive is safe to open, the bag is complete
and every checksum holds, ``metadata.json`` follows its schema, and — for an approved bundle — the
approval is there, bound to exactly this payload, and signed by a trusted section head.

Every problem found is listed (not only the first). The archive is inspected before anything is
extracted: no path may leave the bag (``..``, absolute, drive letters, backslashes, symlinks), no
two names may differ only in case, and sizes, counts and compression ratios stay within limits
(a zip bomb is refused unread). Extraction then reads at most each member's declared size.
"""

from __future__ import annotations

import contextlib
import json
import stat
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath

import bagit
import jsonschema

from bundles import signing
from bundles.bag import APPROVAL_LABEL, KIND_LABEL
from bundles.digest import file_sha256
from bundles.payload import METADATA_FILE, REVIEW_FILE, payload_sha256
from policy.keys import REVIEWER_ROLE, PublicKey
from policy.secrecy import APPROVE, REVIEW_FORMAT, Decision, ReviewFile

SCHEMA = Path(__file__).resolve().parents[1] / "resources" / "schemas" / "metadata.schema.json"
KINDS = ("送审包", "审核通过", "退回", "变更")
NEEDS_APPROVAL = ("审核通过", "变更")


@dataclass(frozen=True, slots=True)
class Limits:
    max_files: int = 5000
    max_file_bytes: int = 512 * 1024**2
    max_total_bytes: int = 2 * 1024**3
    max_ratio: float = 200.0  # uncompressed / compressed, per member over 1 MB
    max_name_bytes: int = 1024


@dataclass(frozen=True, slots=True)
class Reason:
    key: str
    message_zh: str
    message_en: str
    path: str | None = None

    def __str__(self) -> str:
        return f"{self.message_zh} ({self.message_en})"


@dataclass(frozen=True, slots=True)
class BundleReport:
    file: str
    bundle_sha256: str
    reasons: tuple[Reason, ...]
    kind: str | None = None
    index_number: str | None = None
    title: str | None = None
    payload_sha256: str | None = None
    decisions: tuple[Decision, ...] = ()
    metadata: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.reasons


def _unsafe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":"):
        return True
    return any(part in ("..", "") for part in PurePosixPath(name.rstrip("/")).parts) or name.startswith("./")


def inspect_members(zf: zipfile.ZipFile, limits: Limits) -> tuple[str | None, list[Reason]]:
    """The bag's top folder and every reason the archive is unsafe to extract."""
    reasons: list[Reason] = []
    infos = zf.infolist()
    if len(infos) > limits.max_files:
        reasons.append(Reason("too_many_files", f"包内文件过多（{len(infos)} 个，上限 {limits.max_files}）",
                              f"too many files in the bundle ({len(infos)}, limit {limits.max_files})"))  # fmt: skip
    tops: set[str] = set()
    folded: dict[str, str] = {}
    total = 0
    for info in infos:
        name = info.filename
        if _unsafe_name(name):
            reasons.append(Reason("path_escape", f"包内路径越出包目录：{name}",
                                  f"a path escapes the bag: {name}", name))  # fmt: skip
            continue
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            reasons.append(
                Reason("symlink", f"包内含符号链接：{name}", f"the bundle holds a symlink: {name}", name)
            )
        if len(name.encode("utf-8")) > limits.max_name_bytes:
            reasons.append(Reason("long_name", f"文件名过长：{name[:60]}…", f"a file name is too long: {name[:60]}…", name))  # fmt: skip
        tops.add(name.split("/", 1)[0])
        key = name.rstrip("/").casefold()
        if key in folded and folded[key] != name:
            reasons.append(Reason("case_clash", f"两个文件名只有大小写不同：{folded[key]} 与 {name}",
                                  f"two names differ only in case: {folded[key]} and {name}", name))  # fmt: skip
        folded.setdefault(key, name)
        if info.is_dir():
            continue
        total += info.file_size
        if info.file_size > limits.max_file_bytes:
            reasons.append(Reason("file_too_big", f"文件超过大小上限：{name}",
                                  f"a file is over the size limit: {name}", name))  # fmt: skip
        elif info.file_size > 1 << 20 and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            reasons.append(Reason("zip_bomb", f"文件压缩比异常（疑似压缩炸弹）：{name}",
                                  f"abnormal compression ratio (zip bomb?): {name}", name))  # fmt: skip
    if total > limits.max_total_bytes:
        reasons.append(
            Reason("total_too_big", "包的总大小超过上限", "the bundle's total size is over the limit")
        )
    if len(tops) != 1:
        reasons.append(Reason("not_one_folder", "压缩包应只含一个顶层目录（即 BagIt 包）",
                              "the zip must hold exactly one top-level folder (the bag)"))  # fmt: skip
    return (next(iter(tops)) if len(tops) == 1 else None), reasons


def _extract(zf: zipfile.ZipFile, dest: Path) -> list[Reason]:
    reasons = []
    for info in zf.infolist():
        target = dest / info.filename
        if info.is_dir():
            target.mkdir(parents=True, exist_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with zf.open(info) as src, target.open("wb") as out:
                data = src.read(info.file_size + 1)
                if len(data) > info.file_size:
                    raise zipfile.BadZipFile("member longer than declared")
                out.write(data)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            reasons.append(Reason("corrupt_member", f"包内文件已损坏：{info.filename}",
                                  f"a member is corrupt: {info.filename} ({exc})", info.filename))  # fmt: skip
    return reasons


def _bag_reasons(bag: bagit.Bag) -> list[Reason]:
    """Completeness and every checksum, listing each file that fails."""
    try:
        bag.validate(processes=1)
        return []
    except bagit.BagValidationError as exc:
        details = list(exc.details or [])
        reasons = [_detail_reason(d) for d in details]
        if not details:  # Payload-Oxum or structure: say so, then list the files ourselves
            reasons.append(
                Reason(
                    "bag_invalid", f"BagIt 包校验失败：{exc.message}", f"the bag is invalid: {exc.message}"
                )
            )
            reasons += _entry_reasons(bag)
        return reasons
    except bagit.BagError as exc:
        return [Reason("bag_invalid", f"BagIt 包无效：{exc}", f"the bag is invalid: {exc}")]


def _detail_reason(d: object) -> Reason:
    path = getattr(d, "path", None)
    if isinstance(d, bagit.ChecksumMismatch):
        return Reason("checksum", f"文件内容与清单校验值不符：{path}", f"checksum mismatch: {path}", path)
    if isinstance(d, bagit.FileMissing):
        return Reason(
            "missing", f"清单中的文件缺失：{path}", f"a file in the manifest is missing: {path}", path
        )
    if isinstance(d, bagit.UnexpectedFile):
        return Reason("unexpected", f"清单中没有的文件：{path}", f"a file not in the manifest: {path}", path)
    return Reason("bag_invalid", f"BagIt 包校验失败：{d}", f"the bag is invalid: {d}", path)


def _entry_reasons(bag: bagit.Bag) -> list[Reason]:
    reasons = []
    root = Path(bag.path)
    listed = set()
    for rel, hashes in bag.entries.items():
        listed.add(rel)
        path = root / rel
        if not path.is_file():
            reasons.append(_detail_reason(bagit.FileMissing(rel)))
        elif "sha256" in hashes and file_sha256(path) != hashes["sha256"]:
            reasons.append(
                Reason("checksum", f"文件内容与清单校验值不符：{rel}", f"checksum mismatch: {rel}", rel)
            )
    for rel in bag.payload_files():
        if rel not in listed:
            reasons.append(_detail_reason(bagit.UnexpectedFile(rel)))
    return reasons


@cache
def _schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def metadata_problems(data: object) -> list[Reason]:
    """Where ``metadata.json``'s content breaks its schema (resources/schemas/metadata.schema.json)."""
    errors = sorted(jsonschema.Draft202012Validator(_schema()).iter_errors(data), key=lambda e: list(e.path))
    return [
        Reason("metadata_schema", f"metadata.json 不符合格式：{'/'.join(map(str, e.path)) or '（根）'}：{e.message}",
               f"metadata.json is not schema-valid at {'/'.join(map(str, e.path)) or '(root)'}: {e.message}")
        for e in errors[:20]
    ]  # fmt: skip


def _metadata(bag_dir: Path) -> tuple[dict, list[Reason]]:
    path = bag_dir / "data" / METADATA_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}, [
            Reason(
                "metadata_missing", "缺少或无法读取 metadata.json", "metadata.json is missing or unreadable"
            )
        ]
    return (data if isinstance(data, dict) else {}), metadata_problems(data)


def _review(bag_dir: Path) -> tuple[ReviewFile | None, list[Reason]]:
    path = bag_dir / "data" / REVIEW_FILE
    if not path.is_file():
        return None, []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != REVIEW_FORMAT:
            raise ValueError("format")
        review = ReviewFile(
            str(data["payload_sha256"]), tuple(Decision.from_json(d) for d in data["decisions"])
        )
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError):
        return None, [
            Reason(
                "review_unreadable",
                "review.json 无法读取或格式不对",
                "review.json is unreadable or malformed",
            )
        ]
    return review, []


def _decision_reasons(review: ReviewFile, digest: str, trusted: dict[str, PublicKey]) -> list[Reason]:
    reasons = []
    if review.payload_sha256 != digest:
        reasons.append(Reason("approval_hash", "审核记录所绑定的内容哈希与包内容不符（审核后内容被改动）",
                              "the approval's hash does not match the payload (changed after review)"))  # fmt: skip
    for d in review.decisions:
        who = f"{d.level}·{d.reviewer}"
        if d.payload_sha256 != digest:
            reasons.append(Reason("decision_hash", f"{who} 的审核结论不是针对本包内容作出的",
                                  f"{who}'s decision was made on other content"))  # fmt: skip
        if not signing.verify(d.public_key, d.unsigned_json(), d.signature):
            reasons.append(Reason("bad_signature", f"{who} 的签名无效（审核记录被改动或签名不符）",
                                  f"{who}'s signature does not verify (the record was altered)"))  # fmt: skip
        key = trusted.get(PublicKey(d.reviewer, d.role, d.public_key).fingerprint)
        if key is None:
            reasons.append(Reason("untrusted", f"{who} 的签名密钥不在可信审核人名单中",
                                  f"{who} signed with a key that is not trusted here"))  # fmt: skip
        elif key.role != REVIEWER_ROLE:
            reasons.append(Reason("not_reviewer", f"{who} 的密钥登记的角色是{key.role}，不是{REVIEWER_ROLE}",
                                  f"{who}'s key is registered for {key.role}, not a section head"))  # fmt: skip
    return reasons


def verify_bundle(
    path: Path | str, trusted: Sequence[PublicKey], *, levels: Sequence[str] = ("初审",),
    limits: Limits | None = None, extract_to: Path | None = None,
) -> BundleReport:  # fmt: skip
    """Check one bundle file. ``levels``: the review levels an approval must hold (all 通过).
    ``extract_to``: a folder of the caller's where the checked bag is left (whoever uses the bundle
    then reads exactly the bytes that were verified); by default a temporary one, removed."""
    limits = limits or Limits()
    path = Path(path)
    try:
        bundle_sha = file_sha256(path)
    except OSError as exc:
        return BundleReport(str(path), "", (Reason("unreadable", f"无法读取文件：{path}（{exc.strerror}）",
                                                   f"cannot read the file: {path}"),))  # fmt: skip
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return BundleReport(
            str(path), bundle_sha, (Reason("not_zip", "不是有效的 zip 压缩包", "not a valid zip archive"),)
        )
    folder = (
        contextlib.nullcontext(str(extract_to))
        if extract_to
        else tempfile.TemporaryDirectory(prefix="pp-verify-")
    )
    with zf, folder as scratch:
        top, reasons = inspect_members(zf, limits)
        if reasons or top is None:
            return BundleReport(str(path), bundle_sha, tuple(reasons))
        reasons += _extract(zf, Path(scratch))
        bag_dir = Path(scratch) / top
        try:
            bag = bagit.Bag(str(bag_dir))
        except bagit.BagError as exc:
            return BundleReport(str(path), bundle_sha, (*reasons, Reason("not_bag", f"不是 BagIt 包：{exc}", f"not a BagIt bag: {exc}")))  # fmt: skip
        reasons += _bag_reasons(bag)
        if "sha256" not in bag.algorithms:
            reasons.append(Reason("no_sha256", "包没有 sha256 清单", "the bag has no sha256 manifest"))
        kind = _first(bag.info.get(KIND_LABEL))
        if kind not in KINDS:
            reasons.append(Reason("kind", "bag-info.txt 未说明包的类型", "bag-info.txt does not say what kind of bundle this is"))  # fmt: skip
        index_number = _first(bag.info.get("External-Identifier"))
        metadata, problems = _metadata(bag_dir)
        reasons += problems
        fields = metadata.get("fields") if isinstance(metadata.get("fields"), dict) else {}
        if fields.get("index_number") != index_number:
            reasons.append(Reason("index_mismatch", "bag-info.txt 的 External-Identifier 与 metadata.json 的索引号不一致",
                                  "External-Identifier differs from metadata.json's index number"))  # fmt: skip
        digest = payload_sha256((h.get("sha256", ""), rel) for rel, h in bag.payload_entries().items())
        review, problems = _review(bag_dir)
        reasons += problems
        trusted_by_fp = {k.fingerprint: k for k in trusted}
        if review is not None:
            reasons += _decision_reasons(review, digest, trusted_by_fp)
        if kind in NEEDS_APPROVAL:
            reasons += _approval_reasons(review, levels, bag.info.get(APPROVAL_LABEL), digest)
        return BundleReport(
            str(path), bundle_sha, tuple(reasons), kind, index_number, fields.get("title"), digest,
            review.decisions if review else (), metadata,
        )  # fmt: skip


def _approval_reasons(
    review: ReviewFile | None, levels: Sequence[str], label: object, digest: str
) -> list[Reason]:
    if review is None:
        return [Reason("no_approval", "缺少审核记录（review.json）", "the approval (review.json) is missing")]
    reasons = []
    missing = [lv for lv in levels if lv not in review.approved_levels()]
    if missing:
        reasons.append(Reason("not_approved", f"缺少{'、'.join(missing)}的“{APPROVE}”结论",
                              f"no approval at level(s) {', '.join(missing)}"))  # fmt: skip
    if review.returned is not None:
        reasons.append(Reason("returned", "审核结论为退回", "the review returned it"))
    if _first(label) != digest:
        reasons.append(Reason("approval_label", f"bag-info.txt 的 {APPROVAL_LABEL} 与包内容不符",
                              f"{APPROVAL_LABEL} in bag-info.txt does not match the payload"))  # fmt: skip
    return reasons


def _first(value: object) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    return value if isinstance(value, str) else None
