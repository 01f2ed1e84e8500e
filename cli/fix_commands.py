"""The command that does a finding's fix, for the rules whose fix is a step of its own.

A rule's fix says what to do, in words both faces show; the command line adds, under it, the
command a clerk types (the desktop app has a place for each of these steps instead). ``ID`` is the
submission's id where the finding is about a library item, else left for the clerk to fill in."""

from __future__ import annotations

COMMANDS: dict[str, str] = {
    "JD-01-present": "interpret ID --from 解读.docx",
    "JD-05-elements": "interpret ID",
    "JD-08-forms": "interpret ID --form 图解=图.png",
    "SF-03-rows-present": "details ID --from 清单.csv",
    "ZJ-02-draft-text": "import 草案.docx --kind 意见征集",
}


def command_for(rule_id: str, submission_id: int | None = None) -> str | None:
    """``python main.py …`` for the fix of ``rule_id``, or None where there is no single command."""
    command = COMMANDS.get(rule_id)
    if command is None:
        return None
    if submission_id is not None:
        command = command.replace("ID", str(submission_id), 1)
    return f"python main.py {command}"
