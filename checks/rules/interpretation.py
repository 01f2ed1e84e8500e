"""The 政策解读 (《要点》一 and 二): present for every 主动公开 policy file, naming its policy, drafted,
reviewed and published with it (三同步), about the eight 要素, not a copy of the original, and in at
least two forms.

Decisions:
- A 解读 "exists" once one of its eight sections has text; the other JD rules look only at one that
  exists, JD-01 says when it is missing.
- 要素 coverage: each missing 要素 is a 警告; when more than half of the required 要素 are missing
  the 解读 is not about them at all, and one 阻断 names them all instead. 关键词 also counts as
  written when a keyword carries the clerk's explanation. 新旧政策差异 is required only when an old
  policy is linked (REPLACES from this submission) or the text says it repeals or revises one.
- 三同步 publication: the working days after the earlier date up to the later one, with the official
  holiday and 调休 calendar (chinese-calendar); a year it does not know is counted Mon–Fri, and the
  finding says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import chinese_calendar

from checks.citations import YAODIAN
from checks.context import CheckContext
from checks.registry import Hit, rule
from checks.settings import CheckSettings
from compose.originality import OriginalitySettings, measure
from compose.skeleton import policy_title as enclosed_policy_title
from policy.details import DetailsError, PolicyDetails, parse_details
from policy.findings import Location, Severity
from policy.interpretation import ELEMENTS, Element, FormKind, Interpretation, Originality
from policy.metadata import PolicyMetadata, Structure
from policy.submission import Kind, LinkKind

_PLACEHOLDERS = {"待撰写", "待补充", "待填写", "略", "无", "暂无", "同上"}
_TITLE_NOISE = re.compile(r"[\s《》〈〉“”\"'‘’「」『』]")
# the text repeals, revises or replaces an older policy (titles in 《》 and "（2019年修订）" left out)
_CITED = re.compile(r"《[^》]{0,80}》|[（(][^（()）]{0,12}(?:修订|修正)[）)]")
_REVISES = re.compile(r"同时废止|予以废止|废止|代替|取代|(?<!适时)(?<!及时)(?<!另行)(?<!适当)修订")
_FORM_NAMES = {FormKind.GRAPHIC: "图片/图解", FormKind.VIDEO: "视频", FormKind.LIVE: "互动直播",
               FormKind.QA: "简明问答", FormKind.TALK: "现场宣讲"}  # fmt: skip


def _written(text: str) -> bool:
    bare = re.sub(r"[\W_]+", "", text)
    return len(bare) >= 2 and bare not in _PLACEHOLDERS


def _existing(ctx: CheckContext) -> Interpretation | None:
    interp = ctx.interpretation
    if interp is None or not any(_written(s.text) for s in interp.sections):
        return None
    return interp


def _policy_details(ctx: CheckContext) -> PolicyDetails | None:
    try:
        details = parse_details(ctx.kind, ctx.details)
    except DetailsError:
        return None
    return details if isinstance(details, PolicyDetails) else None


def _cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def _excerpt(text: str, limit: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"


def working_days_apart(a: dt.date, b: dt.date) -> tuple[int, tuple[int, ...]]:
    """The working days after the earlier date up to and including the later one (official holidays
    and 调休 working weekends counted as the State Council's calendar says), and the years the
    calendar does not know (counted Mon–Fri)."""
    low, high = sorted((a, b))
    count, unknown = 0, set()
    day = low + dt.timedelta(days=1)
    while day <= high:
        try:
            work = chinese_calendar.is_workday(day)
        except NotImplementedError:
            unknown.add(day.year)
            work = day.weekday() < 5
        count += bool(work)
        day += dt.timedelta(days=1)
    return count, tuple(sorted(unknown))


@rule("JD-01-present", Severity.BLOCK, citation=f"{YAODIAN}二（部门报送的属性为主动公开的政策文件，没有随文附报解读材料的，区政府办公室不予收文办理）",
      title="主动公开的政策文件附有政策解读", kinds=[Kind.POLICY],
      fix="撰写政策解读（或导入已写好的解读文件），与政策文件一并报送",
      fix_en="Write the interpretation (or import one already written) and submit it together with the policy "
      "file")  # fmt: skip
def interpretation_present(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    if ctx.fields.disclosure != "主动公开" or _existing(ctx) is not None:
        return
    yield Hit("主动公开的政策文件没有随文附报政策解读（解读各部分均为空），区政府办公室不予收文",
              "a proactively published policy file has no interpretation (all sections empty): it will be refused",
              Location(field="interpretation"), matched="interpretation")  # fmt: skip


def _policy_titles(ctx: CheckContext) -> list[str]:
    structure = ctx.metadata.structure if ctx.metadata is not None else Structure()
    titles = [ctx.fields.title, enclosed_policy_title(PolicyMetadata(fields=ctx.fields, structure=structure))]
    if structure.enclosed is not None:
        titles.append(structure.enclosed.title)
    return [_TITLE_NOISE.sub("", t) for t in titles if t]


def _names(named: str, title: str) -> bool:
    if named == title:
        return True
    shorter, longer = sorted((named, title), key=len)
    return len(shorter) >= 8 and longer.endswith(shorter)  # the issuer or 关于 left out


@rule("JD-02-linked", Severity.WARN, citation=f"{YAODIAN}一（提供政策解读链接并双向关联）",
      title="解读与政策文件双向关联", kinds=[Kind.POLICY],
      fix="在解读中写明所解读的政策文件标题（与文件信息中的标题一致），使解读页与文件页互相链接",
      fix_en="Name the policy in the interpretation by its title (the same title as in the file information), so "
      "that the interpretation page and the policy page link to each other")  # fmt: skip
def interpretation_linked(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    interp = _existing(ctx)
    titles = _policy_titles(ctx)
    if interp is None or not titles:
        return
    named = _TITLE_NOISE.sub("", interp.policy_title or "")
    if named and any(_names(named, t) for t in titles):
        return
    if not named:
        zh, en = (
            "解读没有写明所解读的政策文件，无法与文件页双向关联",
            "the interpretation does not name its policy",
        )
    else:
        shown, own = interp.policy_title.strip().strip("《》"), ctx.fields.title or titles[0]
        zh = f"解读所指的政策文件《{shown}》与本文件标题《{own}》不一致，无法双向关联"
        en = f"the interpretation names {shown!r}, not this policy {own!r}"
    yield Hit(zh, en, Location(field="interpretation"), matched=interp.policy_title or "")


@rule("JD-03-published-together", Severity.BLOCK,
      citation=f"{YAODIAN}一（政策文件与政策解读必须同步发送）、二（同步起草、同步审签、同步发布的“三同步”要求）",
      title="解读与政策文件同步发布", kinds=[Kind.POLICY],
      fix="把解读发布日期改为与政策文件发布日期相同（或删去，随文件一并发布）",
      fix_en="Set the interpretation's publication date to the policy's publication date (or clear it, so that "
      "it is published with the policy)")  # fmt: skip
def published_together(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    details = _policy_details(ctx)
    policy_day = ctx.fields.publish_date
    interp_day = details.interpretation_publish_date if details else None
    if policy_day is None or interp_day is None or _existing(ctx) is None:
        return
    apart, unknown = working_days_apart(policy_day, interp_day)
    if apart <= settings.sync_working_days:
        return
    order = "晚于" if interp_day > policy_day else "早于"
    allowed = (
        "同日发布" if settings.sync_working_days == 0 else f"相差不超过{settings.sync_working_days}个工作日"
    )
    note_zh = note_en = ""
    if unknown:
        years = "、".join(f"{y}年" for y in unknown)
        note_zh = f"（{years}的法定节假日安排尚未收录，按周一至周五计算工作日）"
        note_en = f" ({', '.join(map(str, unknown))}: holidays unknown, Mon–Fri counted)"
    yield Hit(
        f"解读发布日期{_cn_date(interp_day)}{order}政策文件发布日期{_cn_date(policy_day)}{apart}个工作日，"
        f"应{allowed}{note_zh}",
        f"the interpretation is published {apart} working days {'after' if order == '晚于' else 'before'} "
        f"the policy ({interp_day} vs {policy_day}); allowed: {settings.sync_working_days}{note_en}",
        Location(field="interpretation_publish_date"), matched=f"{policy_day}|{interp_day}",
    )  # fmt: skip


@rule("JD-04-reviewed-together", Severity.WARN, citation=f"{YAODIAN}二（同步起草、同步审签、同步发布的“三同步”要求）",
      title="解读与政策文件一同审签", kinds=[Kind.POLICY],
      fix="解读改动后请重新提交审核，使解读与政策文件一同审签",
      fix_en="After changing the interpretation, submit it for review again, so that it is reviewed and signed off "
      "together with the policy")  # fmt: skip
def reviewed_together(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    # the time of the latest 解读 change, where the context carries it (context_for_submission)
    changed = ctx.interpretation_updated_at
    if not ctx.reviews or not isinstance(changed, dt.datetime) or _existing(ctx) is None:
        return
    latest = max(ctx.reviews, key=lambda r: r.at)
    reviewed = latest.at
    if (reviewed.tzinfo is None) != (changed.tzinfo is None):
        reviewed, changed = reviewed.replace(tzinfo=None), changed.replace(tzinfo=None)
    if reviewed >= changed:
        return
    yield Hit(
        f"最近一次审核（{latest.reviewer}，{latest.at:%Y-%m-%d %H:%M}）早于解读的最近修改"
        f"（{changed:%Y-%m-%d %H:%M}）：解读未与政策文件一同审签",
        f"the latest review ({latest.at:%Y-%m-%d %H:%M}) predates the latest change of the interpretation "
        f"({changed:%Y-%m-%d %H:%M}): it was not reviewed with the policy",
        Location(field="interpretation"), matched=latest.at.isoformat(),
    )  # fmt: skip


def _revision_cue(ctx: CheckContext) -> str | None:
    """Why 新旧政策差异 is required: a linked old policy, or the word in the text that says so."""
    if any(k is LinkKind.REPLACES and src == ctx.submission_id for src, _, k in ctx.links):
        return "已关联被替代的原政策文件"
    m = _REVISES.search(_CITED.sub("", ctx.text))
    return f"正文提到“{m.group()}”" if m else None


def _covered(interp: Interpretation, element: Element) -> bool:
    if _written(interp.section(element).text):
        return True
    return element is Element.KEYWORDS and any(_written(k.explanation) for k in interp.keywords)


@rule("JD-05-elements", Severity.WARN,
      citation=f"{YAODIAN}二（聚焦政策文件的背景依据、目标任务、主要内容、关键词、涉及范围、执行标准、惠民利企举措、新旧政策差异等实质性内容开展解读）",
      title="解读覆盖八个要素", kinds=[Kind.POLICY],
      fix="在解读中补写缺少的要素（可参考为每个要素从原文中摘出的参考句）",
      fix_en="Write the missing elements into the interpretation (reference sentences taken from the policy are "
      "offered for each element)")  # fmt: skip
def elements_covered(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    interp = _existing(ctx)
    if interp is None:
        return
    cue = _revision_cue(ctx)
    required = [e for e in ELEMENTS if e is not Element.CHANGES or cue]
    missing = [e for e in required if not _covered(interp, e)]
    if len(missing) * 2 > len(required):
        names = "、".join(e.value for e in missing)
        yield Hit(f"解读缺少{len(missing)}个要素（共{len(required)}个，超过一半）：{names}",
                  f"the interpretation lacks {len(missing)} of {len(required)} elements: {names}",
                  Location(field="interpretation"), matched="more-than-half", severity=Severity.BLOCK)  # fmt: skip
        return
    for element in missing:
        why = f"（{cue}）" if element is Element.CHANGES else ""
        yield Hit(f"解读缺少要素“{element.value}”{why}", f"the interpretation lacks the element {element.value}",
                  Location(field=f"interpretation.{element.value}"), matched=element.value)  # fmt: skip


def _originality(ctx: CheckContext, interp: Interpretation, settings: CheckSettings) -> Originality | None:
    if ctx.originality is not None:
        return ctx.originality
    if ctx.document is None:
        return None
    return measure(interp, ctx.document, OriginalitySettings(min_run=settings.originality_min_run))


def _first_copied(
    interp: Interpretation, originality: Originality, only: str | None = None
) -> tuple[str, str]:
    """(section, passage) of the first copied run, in 要素 order."""
    for section in interp.sections:
        key = section.element.value
        if only is not None and key != only:
            continue
        for span in originality.spans.get(key, ()):
            return key, section.text[span.start : span.end]
    return "", ""


@rule("JD-06-not-a-copy", Severity.BLOCK, citation=f"{YAODIAN}二（不得出现简单复制摘抄原文现象）",
      title="解读不照搬原文", kinds=[Kind.POLICY],
      fix="用通俗的语言重写照搬原文的段落：讲清为什么、对谁、怎么办，不要摘抄条文",
      fix_en="Rewrite the passages copied from the policy in plain language: explain why, for whom and what to do, "
      "instead of quoting its articles")  # fmt: skip
def not_a_copy(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    interp = _existing(ctx)
    originality = _originality(ctx, interp, settings) if interp is not None else None
    if originality is None or originality.copied_share <= settings.originality_block_share:
        return
    key, passage = _first_copied(interp, originality)
    yield Hit(
        f"解读有{originality.copied_share:.0%}的文字照搬原文（上限{settings.originality_block_share:.0%}），"
        f"如“{key}”中的“{_excerpt(passage)}”",
        f"{originality.copied_share:.0%} of the interpretation is copied from the policy "
        f"(limit {settings.originality_block_share:.0%}), e.g. in {key}: {_excerpt(passage)!r}",
        Location(field=f"interpretation.{key}" if key else "interpretation"), matched="copied-share",
    )  # fmt: skip


@rule("JD-07-section-copied", Severity.WARN, citation=f"{YAODIAN}二（不得出现简单复制摘抄原文现象）",
      title="解读各部分不照搬原文", kinds=[Kind.POLICY],
      fix="把这一部分改写为对条文的说明，而不是条文本身",
      fix_en="Rewrite this section to explain the provisions rather than repeat them")  # fmt: skip
def section_copied(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    interp = _existing(ctx)
    originality = _originality(ctx, interp, settings) if interp is not None else None
    if originality is None:
        return
    for section in interp.sections:
        key = section.element.value
        share = originality.per_section.get(key, 0.0)
        if share <= settings.originality_section_warn_share:
            continue
        _, passage = _first_copied(interp, originality, key)
        yield Hit(
            f"解读“{key}”部分有{share:.0%}照搬原文（上限{settings.originality_section_warn_share:.0%}），"
            f"如“{_excerpt(passage)}”",
            f"{share:.0%} of section {key} is copied from the policy, e.g. {_excerpt(passage)!r}",
            Location(field=f"interpretation.{key}"), matched=key,
        )  # fmt: skip


def forms_present(interp: Interpretation) -> list[FormKind]:
    """The distinct forms the 解读 takes, in the notice's order; answered 问答 count as 简明问答."""
    kinds = {
        f.kind for f in interp.forms if f.file_sha256 or f.file_name or f.text.strip() or f.title.strip()
    }
    if any(q.answer.strip() for q in interp.qa):
        kinds.add(FormKind.QA)
    return [k for k in FormKind if k in kinds]


@rule("JD-08-forms", Severity.BLOCK,
      citation=f"{YAODIAN}二（政策解读至少通过图片、视频、互动直播、简明问答、现场宣讲等两种及以上形式报送）",
      title="解读至少两种形式", kinds=[Kind.POLICY],
      fix="补充解读形式：图解（图片）、视频、互动直播、简明问答或现场宣讲（添加相应的图片、视频等文件，或写出问答）",
      fix_en="Add interpretation forms: an image or infographic, a video, a live Q&A, a plain-language Q&A or a "
      "public briefing (add the image, video or other file, or write the questions and answers)")  # fmt: skip
def enough_forms(ctx: CheckContext, settings: CheckSettings) -> Iterator[Hit]:
    interp = _existing(ctx)
    if interp is None:
        return
    forms = forms_present(interp)
    if len(forms) >= settings.min_forms:
        return
    have = "、".join(_FORM_NAMES[f] for f in forms) or "无"
    yield Hit(f"解读只有{len(forms)}种形式（{have}），至少需要{settings.min_forms}种",
              f"the interpretation comes in {len(forms)} form(s) ({have}); at least {settings.min_forms} needed",
              Location(field="interpretation.forms"), matched="forms")  # fmt: skip
