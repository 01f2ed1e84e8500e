"""The SHA-256 of exactly what a reviewer sees: the values to publish, the stored files, the 解读."""

from __future__ import annotations

import hashlib
import json

from policy.jsonform import fields_json
from policy.submission import Submission
from storage import Library, records, submissions


def content_sha256(lib: Library, submission_id: int) -> str:
    sub: Submission = submissions.get(lib, submission_id)
    payload = {
        "kind": sub.kind.value,
        "fields": fields_json(sub.fields),
        "files": [[f.role.value, f.name, f.sha256] for f in sub.files],
        "interpretation": records.interpretation(lib, submission_id),
        "details": sub.details,
    }
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
