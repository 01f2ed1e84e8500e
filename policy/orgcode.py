"""The check characters of the two codes of an organisation, shared by ``checks.pii`` (recognising
a 统一社会信用代码 in a text) and ``policy.config`` (the library's 机构代码):

* 组织机构代码 (GB 11714-1997): 8 characters + a check character, weights 3,7,9,10,5,8,4,2,
  check = 11 − Σ mod 11, written ``X`` for 10 and ``0`` for 11;
* 统一社会信用代码 (GB 32100-2015): 17 characters + a mod-31 check character.
"""

from __future__ import annotations

import re

PROVINCES = frozenset(
    str(n) for n in (*range(11, 16), 21, 22, 23, *range(31, 38), *range(41, 47), *range(50, 55), *range(61, 66), 71, 81, 82, 83)
)  # fmt: skip
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC = re.compile(r"^[1-9ANY][1-9][0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$")
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG = re.compile(r"^[0-9A-Z]{8}[0-9X]$")


def uscc_check_char(first17: str) -> str:
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS, strict=True))
    return _USCC_CHARS[(31 - total % 31) % 31]


def valid_uscc(value: str) -> bool:
    """A 统一社会信用代码 (GB 32100-2015): authority, category, 行政区划 and the mod-31 check character."""
    return bool(_USCC.match(value)) and value[2:4] in PROVINCES and value[17] == uscc_check_char(value[:17])


def org_check_char(first8: str) -> str:
    """The check character of a 组织机构代码 (digits count as themselves, A–Z as 10–35)."""
    total = sum(int(c, 36) * w for c, w in zip(first8, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return "X" if check == 10 else "0" if check == 11 else str(check)


def valid_org_code(value: str) -> bool:
    """A 9-character 组织机构代码 (GB 11714) with its check character."""
    return bool(_ORG.match(value)) and value[8] == org_check_char(value[:8])
