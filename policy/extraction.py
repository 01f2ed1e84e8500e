"""What reading and extracting one file produced."""

from __future__ import annotations

from dataclasses import dataclass

from policy.document import ParsedDocument
from policy.metadata import PolicyMetadata
from policy.problems import Problem, Status


@dataclass(frozen=True, slots=True)
class ReadResult:
    """A reader's answer: the document (None on error) and what went wrong."""

    status: Status
    document: ParsedDocument | None = None
    problems: tuple[Problem, ...] = ()

    @classmethod
    def failed(cls, problem: Problem) -> ReadResult:
        return cls(Status.ERROR, None, (problem,))


@dataclass(frozen=True, slots=True)
class Extraction:
    """The result of extracting one file: what `extract --json` prints for it."""

    file: str
    status: Status
    document: ParsedDocument | None = None
    metadata: PolicyMetadata | None = None
    problems: tuple[Problem, ...] = ()

    @property
    def error(self) -> str | None:
        return str(self.problems[0]) if self.problems and self.status is not Status.OK else None
