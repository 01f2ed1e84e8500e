"""The section head's workspace's work for the task runner, as plain functions over a library root
(each opens its own connection): opening 送审包 files through ``workflow.receiving.open_bundle``
(verified first: a bad bundle is not opened and its reasons come back) and what the user is told
afterwards; recording a decision through ``workflow.review.review`` and, for a received 送审包, writing
the answer file with ``workflow.bundling.answer``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from gui.app import localized
from policy.secrecy import RETURN, SecrecyForm
from policy.submission import SubmissionStatus
from storage import Library, LibraryError

BUNDLE_SUFFIX = ".zip"


def tr(text: str) -> str:
    return QCoreApplication.translate("ReviewWorkspace", text)


@dataclass(frozen=True, slots=True)
class OpenOutcome:
    path: Path
    submission_id: int | None = None
    status: SubmissionStatus | None = None
    new: bool = False
    skipped: bool = False  # the watched folder's file was opened here before: nothing done
    reasons: tuple[str, ...] = ()  # why it was not opened (Chinese)

    @property
    def ok(self) -> bool:
        return self.submission_id is not None


def open_files(
    root: Path,
    paths: Sequence[Path],
    actor: str,
    *,
    skip_known: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[OpenOutcome]:
    """Open each file in the library at ``root`` (on a worker: its own connection)."""
    from bundles.digest import file_sha256
    from storage import payloads
    from workflow.receiving import BundleInvalid, open_bundle

    outcomes = []
    with Library.open(root) as lib:
        for n, path in enumerate(paths):
            if progress is not None:
                progress(n, len(paths), path.name)
            if path.suffix.lower() != BUNDLE_SUFFIX:
                outcomes.append(OpenOutcome(path, reasons=(tr("不是送审包文件（应为 .zip）"),)))
                continue
            if skip_known:
                try:
                    seen = payloads.bundle(lib, file_sha256(path))
                except OSError:
                    seen = None
                if seen is not None:  # opened here before, or written here (an answer file)
                    outcomes.append(OpenOutcome(path, seen.submission_id, skipped=True))
                    continue
            try:
                opened = open_bundle(lib, path, actor)
            except BundleInvalid as exc:
                outcomes.append(
                    OpenOutcome(
                        path, reasons=tuple(localized(r.message_zh, r.message_en) for r in exc.report.reasons)
                    )
                )
            except LibraryError as exc:
                outcomes.append(OpenOutcome(path, reasons=(localized(exc.message_zh, exc.message_en),)))
            except OSError as exc:
                outcomes.append(
                    OpenOutcome(path, reasons=(tr("无法读取文件：{e}").format(e=exc.strerror or exc),))
                )
            else:
                outcomes.append(OpenOutcome(path, opened.submission_id, opened.status, opened.new))
    return outcomes


def opened_message(outcomes: Sequence[OpenOutcome]) -> str:
    """The status line after opening: how many opened, and any that are not waiting for review."""
    done = [o for o in outcomes if o.ok and not o.skipped]
    if not done:
        return ""
    parts = [tr("已打开 {n} 个送审包").format(n=len(done))]
    again = sum(1 for o in done if not o.new)
    if again:
        parts.append(tr("其中 {n} 个以前打开过").format(n=again))
    elsewhere = [o for o in done if o.status is not SubmissionStatus.PENDING]
    for o in elsewhere:
        parts.append(
            tr("{name} 的条目状态是“{status}”，不在待审核队列中").format(
                name=o.path.name, status=o.status.value if o.status else "?"
            )
        )
    return "，".join(parts)


def problems_text(outcomes: Sequence[OpenOutcome]) -> str:
    """The one dialog's text for the files that did not open: each file with its reasons."""
    bad = [o for o in outcomes if not o.ok]
    lines = [tr("{n} 个文件未能打开（未导入任何内容）：").format(n=len(bad))]
    for o in bad:
        lines.append("")
        lines.append(f"■ {o.path.name}")
        lines.extend(f"    · {reason}" for reason in o.reasons)
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Decided:
    decision: str
    level: str
    status: SubmissionStatus
    answer: Path | None = None  # the file written to send back (a received 送审包)
    answer_error: str = ""  # the decision stands, but the file could not be written


def decide_in_library(
    root: Path, sid: int, decision: str, reviewer: str, passphrase: str | None, comment: str,
    form: SecrecyForm, out: Path | None,
) -> Decided:  # fmt: skip
    """On a worker: the signed decision, then (for a received 送审包) the answer file in ``out``: the
    approved or returned bundle, or between two levels the 送审包 carrying the 初审 for the 复审."""
    from storage import submissions
    from workflow.bundling import answer
    from workflow.review import review

    with Library.open(root) as lib:
        stored = review(lib, sid, decision, reviewer, passphrase, comment=comment, form=form)
        status = submissions.get(lib, sid).status
        if out is None:
            return Decided(decision, stored.level, status)
        try:
            written = answer(lib, sid, out, reviewer)
        except LibraryError as exc:  # e.g. a 依申请公开 item: never bundled for the site
            return Decided(
                decision, stored.level, status, answer_error=localized(exc.message_zh, exc.message_en)
            )
        except OSError as exc:
            return Decided(decision, stored.level, status, answer_error=str(exc))
        return Decided(decision, stored.level, status, written.path)


def write_answer(root: Path, sid: int, out: Path, actor: str) -> Path:
    """The answer file of a decided 送审包, written again (after it failed the first time)."""
    from workflow.bundling import answer

    with Library.open(root) as lib:
        return answer(lib, sid, out, actor).path


def decided_text(sid: int, title: str | None, result: Decided, received: bool) -> str:
    """What the reviewer is told once the decision is recorded (and the answer file written)."""
    name = f"《{title}》" if title else tr("第 {sid} 条").format(sid=sid)
    if result.status is SubmissionStatus.PENDING:
        text = tr("{name}{level}已{decision}，还需要另一位科室负责人复审。").format(
            name=name, level=result.level, decision=result.decision
        )
    elif result.decision == RETURN:
        text = tr("{name}已退回。").format(name=name)
    else:
        text = tr("{name}已审核通过。").format(name=name)
    if result.answer is not None and result.status is SubmissionStatus.PENDING:
        text += tr("含初审结论的送审包已写出，请交复审人：{path}").format(path=result.answer)
    elif result.answer is not None:
        text += tr("回复文件已写出，请发回经办人：{path}").format(path=result.answer)
    elif result.answer_error:
        text += tr("但回复文件未能写出：{reason}").format(reason=result.answer_error)
    elif not received and result.decision == RETURN:
        text += tr("经办人会在自己的列表中看到退回意见。")
    return text
