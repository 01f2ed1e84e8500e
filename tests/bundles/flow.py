"""The hand-over between roles, in process: a clerk's library with a submitted notice, a section
head's and an uploader's libraries with their keys, and ways to tamper with a bundle file."""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import bagit

from policy.interpretation import FormKind
from storage import Library
from tests.storage import interpretation_files, write_notices
from workflow import config, editing, keys, submitting
from workflow.importing import import_files
from workflow.interpret import store_interpretation

ORG = "000000000"
PASSPHRASE = "长江后浪推前浪-2024"
CLERK, HEAD, HEAD2, UPLOADER = "张三", "李科长", "王副局长", "赵上传"


@dataclass
class Office:
    """Three libraries, one per role, as on three machines."""

    root: Path
    clerk: Library
    head: Library
    uploader: Library

    def close(self) -> None:
        for lib in (self.clerk, self.head, self.uploader):
            lib.close()


def notice(lib: Library, folder: Path, number: int = 3, source: Path | None = None) -> int:
    """Import a notice (a test .txt by default), give it 有效性 and a 解读 with two forms."""
    folder.mkdir(parents=True, exist_ok=True)
    path = source or write_notices(folder / "in", [number])[0]
    (outcome,) = import_files(lib, [path], CLERK)
    sid = outcome.submission_id
    editing.confirm_field(lib, sid, "validity", "有效", CLERK)
    written, chart, qa = interpretation_files(folder, sid)
    store_interpretation(lib, sid, CLERK, written, [(FormKind.GRAPHIC, chart), (FormKind.QA, qa)])
    return sid


def office(tmp: Path) -> Office:
    clerk, head, uploader = (Library.open(tmp / name) for name in ("clerk", "head", "uploader"))
    config.set_value(clerk, "org_code", ORG, CLERK)
    config.set_value(clerk, "publisher", "昌江区人民政府办公室", CLERK)
    keys.init_key(head, HEAD, "科室负责人", PASSPHRASE, store="file")
    exported = keys.export_key(head, HEAD, tmp / "head.pubkey.json")
    keys.trust_key(uploader, exported, UPLOADER)
    keys.trust_key(clerk, exported, CLERK)
    return Office(tmp, clerk, head, uploader)


def submitted(o: Office, number: int = 3, source: Path | None = None) -> int:
    sid = notice(o.clerk, o.root / f"work{number}", number, source)
    submitting.submit(o.clerk, sid, CLERK)
    return sid


def rewrite_zip(src: Path, dst: Path, edit: Callable[[dict[str, bytes]], dict[str, bytes]]) -> Path:
    """Copy a zip member by member through ``edit`` (name → bytes), keeping nothing else."""
    with zipfile.ZipFile(src) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist() if not i.is_dir()}
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in edit(members).items():
            zf.writestr(name, data)
    return dst


def rehash(src: Path, dst: Path, edit: Callable[[Path], None]) -> Path:
    """Unpack, change files under the bag with ``edit(bag_dir)``, re-make every manifest with
    bagit (a valid bag again), and zip it: what a forger with the bagit tool would do."""
    work = dst.parent / (dst.stem + ".work")
    shutil.rmtree(work, ignore_errors=True)
    with zipfile.ZipFile(src) as zf:
        zf.extractall(work)
    bag_dir = next(work.iterdir())
    edit(bag_dir)
    bagit.Bag(str(bag_dir)).save(manifests=True)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(work.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(work).as_posix())
    return dst
