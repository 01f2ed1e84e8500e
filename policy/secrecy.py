"""The 保密审查 decision a section head records before anything is published (先审后发, 一事一审):
the form's answers, the decision, and what it is bound to (the payload's SHA-256). Its JSON form
is what the reviewer signs and what ``review.json`` carries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

REVIEW_FORMAT = "policypress-review/1"
LEVELS = ("初审", "复审")
APPROVE, RETURN = "通过", "退回"
FORM_LABELS = {
    "info_name": "信息名称",
    "summary": "内容摘要",
    "method": "拟公开方式",
    "scope": "公开范围",
    "publish_time": "公开时间",
}


@dataclass(frozen=True, slots=True)
class Withheld:
    """A part not to be published, with the reason and the legal basis (e.g. 条例第十四条)."""

    content: str
    reason: str
    basis: str


@dataclass(frozen=True, slots=True)
class SecrecyForm:
    info_name: str
    summary: str
    method: str = "政府网站主动公开"
    scope: str = "社会公众"
    publish_time: str = "审核通过后 20 个工作日内"
    withheld: tuple[Withheld, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "info_name": self.info_name, "summary": self.summary, "method": self.method, "scope": self.scope,
            "publish_time": self.publish_time,
            "withheld": [{"content": w.content, "reason": w.reason, "basis": w.basis} for w in self.withheld],
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SecrecyForm:
        return cls(
            str(data["info_name"]), str(data["summary"]), str(data["method"]), str(data["scope"]),
            str(data["publish_time"]),
            tuple(Withheld(str(w["content"]), str(w["reason"]), str(w["basis"])) for w in data.get("withheld", [])),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Decision:
    """One reviewer's signed decision at one level on one payload."""

    level: str
    decision: str
    reviewer: str
    role: str
    comment: str
    reviewed_at: str  # ISO 8601 with offset
    payload_sha256: str
    index_number: str | None
    form: SecrecyForm
    public_key: str  # base64; trusted only when the verifier's list holds it
    signature: str = ""
    author: str | None = None  # who prepared the submission (a reviewer may not be the author)

    def unsigned_json(self) -> dict[str, Any]:
        return {
            "level": self.level, "decision": self.decision, "reviewer": self.reviewer, "role": self.role,
            "comment": self.comment, "reviewed_at": self.reviewed_at, "payload_sha256": self.payload_sha256,
            "index_number": self.index_number, "form": self.form.as_json(), "public_key": self.public_key,
            "author": self.author,
        }  # fmt: skip

    def as_json(self) -> dict[str, Any]:
        return {**self.unsigned_json(), "signature": self.signature}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Decision:
        return cls(
            str(data["level"]), str(data["decision"]), str(data["reviewer"]), str(data["role"]),
            str(data.get("comment", "")), str(data["reviewed_at"]), str(data["payload_sha256"]),
            data.get("index_number"), SecrecyForm.from_json(data["form"]), str(data["public_key"]),
            str(data.get("signature", "")), data.get("author"),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ReviewFile:
    """``review.json``: the payload hash and every decision on it, in order."""

    payload_sha256: str
    decisions: tuple[Decision, ...] = field(default_factory=tuple)

    def as_json(self) -> dict[str, Any]:
        return {"format": REVIEW_FORMAT, "payload_sha256": self.payload_sha256,
                "decisions": [d.as_json() for d in self.decisions]}  # fmt: skip

    @property
    def returned(self) -> Decision | None:
        return next((d for d in reversed(self.decisions) if d.decision == RETURN), None)

    def approved_levels(self) -> set[str]:
        return {d.level for d in self.decisions if d.decision == APPROVE}
