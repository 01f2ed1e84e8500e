"""The section head's and the uploader's windows for ``--screenshot``, on a hand-over made through
the core as it happens between three machines: a clerk's library completes and submits the sample
notice and writes its 送审包; a section head's library (with its signing key) opens it — the head's
window shows it with the site preview —, approves it and writes the approved bundle; an uploader's
library, trusting the head's key, opens that — the uploader's window shows it verified. All in the
run's temporary folder; the passphrase is made up for the run and thrown away with it."""

from __future__ import annotations

import secrets
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "resources" / "sample"
ICON_PNG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "policypress-256.png"
ORG, PUBLISHER = "MB1500218", "长江区住房和城乡建设局"
CLERK, HEAD, UPLOADER = "张三", "李科长", "赵上传"
MORE_SECTIONS = """
## 目标任务

到2025年底，基本完成2000年底前建成的老旧小区改造，让居民住得更安全、更方便。

## 涉及范围

全区2000年底前建成、失养失修的城镇住宅小区，以及小区内的居民和物业服务企业。

## 执行标准

改造分为基础类、完善类和提升类，按区住房和城乡建设局公布的技术导则和验收标准执行。

## 惠民利企举措

加装电梯每台补助不超过20万元；改造期间的施工许可并联办理，参与改造的企业可申请专项贷款贴息。
"""


def _handover(tmp: Path) -> tuple[Path, Path, Path, str]:
    """The 送审包, the head's library (it opened), the uploader's library, the passphrase."""
    from policy.interpretation import FormKind
    from storage import Library
    from workflow import bundling, config, editing, keys, receiving, submitting
    from workflow.importing import import_files
    from workflow.interpret import store_interpretation

    passphrase = secrets.token_urlsafe(12)
    written = tmp / "解读.md"
    written.write_text((SAMPLES / "sample-interpretation.md").read_text("utf-8") + MORE_SECTIONS, "utf-8")
    with Library.open(tmp / "clerk") as clerk:
        config.set_value(clerk, "org_code", ORG, CLERK)
        config.set_value(clerk, "publisher", PUBLISHER, CLERK)
        (outcome,) = import_files(clerk, [SAMPLES / "sample-notice.docx"], CLERK)
        sid = outcome.submission_id
        editing.confirm_field(clerk, sid, "validity", "有效", CLERK)
        forms = [(FormKind.QA, SAMPLES / "sample-qa.md"), (FormKind.GRAPHIC, ICON_PNG)]
        store_interpretation(clerk, sid, CLERK, written, forms)
        submitting.submit(clerk, sid, CLERK)
        sent = bundling.send(clerk, sid, tmp / "usb", CLERK).path
    with Library.open(tmp / "head") as head:
        keys.init_key(head, HEAD, "科室负责人", passphrase, store="file")
        public = keys.export_key(head, HEAD, tmp / "head.pubkey.json")
        receiving.open_bundle(head, sent, HEAD)
    with Library.open(tmp / "uploader") as uploader:
        keys.trust_key(uploader, public, UPLOADER)
    return sent, tmp / "head", tmp / "uploader", passphrase


def _approve(head_root: Path, out: Path, passphrase: str) -> Path:
    from storage import Library
    from workflow import bundling, review
    from workflow.review import default_form

    with Library.open(head_root) as head:
        sid = head.query("SELECT id FROM submissions ORDER BY id DESC LIMIT 1")[0]["id"]
        from storage import submissions

        form = default_form(submissions.get(head, sid))
        review.review(head, sid, "通过", HEAD, passphrase, comment="同意公开", form=form)
        return bundling.answer(head, sid, out, HEAD).path


def role_views(tmp: Path, tasks, out_dir: Path) -> list[Path]:
    from gui.context import AppContext
    from gui.main_window import MainWindow
    from gui.screenshots import SIZES, dispose, settings_in, settle
    from storage import Library

    shots: list[Path] = []
    sent, head_root, uploader_root, passphrase = _handover(tmp)

    def window_of(root: Path, name: str, role: str) -> tuple[MainWindow, Library]:
        library = Library.open(root)
        folder = root.parent / f"settings-{role}"
        folder.mkdir(exist_ok=True)
        window = MainWindow(
            AppContext(library=library, actor=name, tasks=tasks, role=role), settings_in(folder)
        )
        window.show()
        return window, library

    def grab(window, name: str, size: str) -> None:
        settle(500)
        path = out_dir / f"{name}-{size}.png"
        window.grab().save(str(path))
        shots.append(path)

    window, library = window_of(head_root, HEAD, "科室负责人")
    try:
        review = window.page.workspace
        for width, height in SIZES:
            window.resize(width, height)
            items = review.queue.items() if hasattr(review, "queue") else []
            if items:
                review.select(items[0].submission_id)
                _wait(lambda: getattr(review.preview, "current_page", lambda: "x")() == "policy.html")
            grab(window, "6-head-preview", f"{width}x{height}")
    finally:
        dispose(window)
        library.close()
    approved = _approve(head_root, tmp / "usb-approved", passphrase)

    window, library = window_of(uploader_root, UPLOADER, "上传员")
    try:
        upload = window.page.workspace
        window.page.open_bundle_files([approved])
        _wait(lambda: not getattr(upload, "busy", False))
        rows = upload.model.rows() if hasattr(upload, "model") else []
        if rows:
            upload.select(rows[0].key)
        for width, height in SIZES:
            window.resize(width, height)
            grab(window, "7-uploader", f"{width}x{height}")
    finally:
        dispose(window)
        library.close()
    return shots


def _wait(ready, seconds: float = 20) -> None:
    import time

    from gui.screenshots import settle

    end = time.monotonic() + seconds
    while not ready() and time.monotonic() < end:
        settle(100)
