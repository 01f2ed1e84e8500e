"""Every setting the 设置 dialog shows, declared once: where it is kept, its kind, its default.

Settings split by owner (STYLE 13): the library's (``workflow.config``, validated by
``LibraryConfig``: the department's 机构代码, 索引号规则, site…), the person's (``QSettings``:
profile, folders, language, 关怀模式) and the site token (the system keyring, service
"PolicyPress", user = the site's host name — never the library or ``QSettings``). The dialog is
generated from ``SETTINGS``; code reads a person's setting with ``user_value``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings

from policy.config import REVIEW_LEVELS, SITE_PROTOCOLS
from policy.keys import ROLES


class Store(Enum):
    USER = "user"  # QSettings: the person's
    LIBRARY = "library"  # workflow.config: the library's
    KEYRING = "keyring"  # the system keyring: secrets


class Kind(Enum):
    TEXT = "text"
    CHOICE = "choice"
    BOOL = "bool"
    FOLDER = "folder"
    FILE = "file"
    SECRET = "secret"


class Page(Enum):
    PROFILE = QT_TRANSLATE_NOOP("Settings", "个人资料")
    LIBRARY = QT_TRANSLATE_NOOP("Settings", "资料库")
    SITE = QT_TRANSLATE_NOOP("Settings", "上传网站")
    FOLDERS = QT_TRANSLATE_NOOP("Settings", "文件夹")
    DISPLAY = QT_TRANSLATE_NOOP("Settings", "界面")


@dataclass(frozen=True, slots=True)
class Setting:
    key: str  # the QSettings key, or the library setting's key (policy.config.KEYS)
    label: str  # Chinese source text, translated in context "Settings"
    page: Page
    store: Store
    kind: Kind = Kind.TEXT
    default: object = ""
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label to translate)
    help: str = ""


LANGUAGES = (
    ("system", QT_TRANSLATE_NOOP("Settings", "跟随系统")),
    ("zh", QT_TRANSLATE_NOOP("Settings", "中文")),
    ("en", QT_TRANSLATE_NOOP("Settings", "English")),
)
ROLE_CHOICES = (
    (ROLES[0], QT_TRANSLATE_NOOP("Settings", "经办人")),
    (ROLES[1], QT_TRANSLATE_NOOP("Settings", "科室负责人")),
    (ROLES[2], QT_TRANSLATE_NOOP("Settings", "上传员")),
)
_L, _U, _K = Store.LIBRARY, Store.USER, Store.KEYRING

SETTINGS: tuple[Setting, ...] = (
    Setting("profile/name", QT_TRANSLATE_NOOP("Settings", "姓名"), Page.PROFILE, _U,
            help=QT_TRANSLATE_NOOP("Settings", "签名和审计记录中使用")),
    Setting("profile/role", QT_TRANSLATE_NOOP("Settings", "角色"), Page.PROFILE, _U, Kind.CHOICE, ROLES[0],
            ROLE_CHOICES, QT_TRANSLATE_NOOP("Settings", "改变角色后窗口随之改变")),
    Setting("publisher", QT_TRANSLATE_NOOP("Settings", "发布机构"), Page.PROFILE, _L,
            help=QT_TRANSLATE_NOOP("Settings", "单位名称，也是网站上的发布机构")),
    Setting("org_code", QT_TRANSLATE_NOOP("Settings", "机构代码"), Page.PROFILE, _L,
            help=QT_TRANSLATE_NOOP("Settings", "9 位组织机构代码或 18 位统一社会信用代码，用于索引号")),
    Setting("index_scheme", QT_TRANSLATE_NOOP("Settings", "索引号规则"), Page.LIBRARY, _L, default="{org}/{year}-{serial:05d}",
            help=QT_TRANSLATE_NOOP("Settings", "manual 表示由网站分配；默认 {org}/{year}-{serial:05d}")),
    Setting("review_levels", QT_TRANSLATE_NOOP("Settings", "审核层级"), Page.LIBRARY, _L, Kind.CHOICE, REVIEW_LEVELS[0],
            ((REVIEW_LEVELS[0], QT_TRANSLATE_NOOP("Settings", "初审")),
             (REVIEW_LEVELS[1], QT_TRANSLATE_NOOP("Settings", "初审+复审")))),
    Setting("trusted_reviewers", QT_TRANSLATE_NOOP("Settings", "可信审核人名单"), Page.LIBRARY, _L, Kind.FILE,
            help=QT_TRANSLATE_NOOP("Settings", "可选：统一下发的审核人公钥名单文件")),
    Setting("subjects_file", QT_TRANSLATE_NOOP("Settings", "主题分类表"), Page.LIBRARY, _L, Kind.FILE,
            help=QT_TRANSLATE_NOOP("Settings", "可选：本地的主题分类表；留空使用内置分类")),
    Setting("publish_raw_draft", QT_TRANSLATE_NOOP("Settings", "发布原稿不清理"), Page.LIBRARY, _L, Kind.CHOICE, "否",
            (("否", QT_TRANSLATE_NOOP("Settings", "否（发布清理过的副本）")),
             ("是", QT_TRANSLATE_NOOP("Settings", "是（发布导入时的原文件）")))),
    Setting("site_url", QT_TRANSLATE_NOOP("Settings", "网站地址"), Page.SITE, _L,
            help=QT_TRANSLATE_NOOP("Settings", "上传接口地址，以 http:// 或 https:// 开头")),
    Setting("site_protocol", QT_TRANSLATE_NOOP("Settings", "上传方式"), Page.SITE, _L, Kind.CHOICE, SITE_PROTOCOLS[0],
            ((SITE_PROTOCOLS[0], QT_TRANSLATE_NOOP("Settings", "WebDAV")),
             (SITE_PROTOCOLS[1], QT_TRANSLATE_NOOP("Settings", "HTTP 接收接口")))),
    Setting("token", QT_TRANSLATE_NOOP("Settings", "令牌"), Page.SITE, _K, Kind.SECRET,
            help=QT_TRANSLATE_NOOP("Settings", "保存在系统密钥环中，不写入资料库")),
    Setting("inbox/folder", QT_TRANSLATE_NOOP("Settings", "收件文件夹"), Page.FOLDERS, _U, Kind.FOLDER,
            help=QT_TRANSLATE_NOOP("Settings", "科室负责人：放入这里的送审包自动出现在待审核列表")),
    Setting("outbox/folder", QT_TRANSLATE_NOOP("Settings", "发件文件夹"), Page.FOLDERS, _U, Kind.FOLDER,
            help=QT_TRANSLATE_NOOP("Settings", "生成的送审包、审核结果和上传包写到这里（如 U 盘）")),
    Setting("ui/language", QT_TRANSLATE_NOOP("Settings", "界面语言"), Page.DISPLAY, _U, Kind.CHOICE, "system", LANGUAGES),
    Setting("ui/care", QT_TRANSLATE_NOOP("Settings", "关怀模式"), Page.DISPLAY, _U, Kind.BOOL, False,
            help=QT_TRANSLATE_NOOP("Settings", "更大的字号和行距、高对比度、醒目的焦点框")),
)  # fmt: skip
BY_KEY = {s.key: s for s in SETTINGS}


def user_value(settings: QSettings | None, key: str) -> object:
    """A person's setting from ``QSettings``, typed as the table declares, else its default."""
    spec = BY_KEY[key]
    default = spec.default
    if settings is None:
        return default
    value = settings.value(key, default)
    if spec.kind is Kind.BOOL:
        return value in (True, "true", "1", 1)
    return "" if value is None else str(value)
