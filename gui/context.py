"""What every window and tab of the app shares: the open library, who is working, the task runner."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gui.tasks import TaskRunner
from storage import Library


@dataclass(slots=True)
class AppContext:
    library: Library  # used on the GUI thread only; a task opens its own (``Library.open(root)``)
    actor: str  # the user's name, for the audit log (``workflow.actor.current_actor``)
    tasks: TaskRunner
    role: str = "经办人"  # 经办人 | 科室负责人 | 上传员 (policy.keys.ROLES): what the window offers

    @property
    def library_root(self) -> Path:
        return self.library.root
