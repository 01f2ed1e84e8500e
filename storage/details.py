"""A submission's kind-specific details (its ``details`` JSON: 意见征集 dates and result, 收费清单 rows,
the 解读's publication date, 重大行政决策 participation)."""

from __future__ import annotations

import json
from typing import Any

from storage import errors
from storage.library import Library
from storage.submissions import touch


def set_details(lib: Library, submission_id: int, details: dict[str, Any]) -> None:
    """Replace the stored details (validated by the caller) in the caller's write transaction."""
    with lib.write() as conn:
        text = json.dumps(details, ensure_ascii=False, sort_keys=True)
        cursor = conn.execute("UPDATE submissions SET details = ? WHERE id = ?", (text, submission_id))
        if cursor.rowcount == 0:
            raise errors.not_found(submission_id)
        touch(lib, submission_id)
