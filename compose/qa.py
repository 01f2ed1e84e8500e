"""简明问答 scaffold: the questions a citizen would ask, each with pointers to the clauses that
answer it. The clerk writes the answers in plain words."""

from __future__ import annotations

import re

from compose.sentences import Sentence, sentences
from policy.document import ParsedDocument
from policy.interpretation import QAItem
from policy.metadata import PolicyMetadata

QUESTIONS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "这项政策为什么出台？",
        re.compile(r"^(?:[一二三四五六七八九十]+、)?(?:为了|为进一步|为加快|为切实|为贯彻|为落实|根据|按照)"),
    ),
    (
        "哪些人（单位）适用？谁可以申请？",
        re.compile(r"适用于|适用对象|申请人|对象为|对象是|本(?:办法|规定|细则)所称|可以申请|可申请"),
    ),
    ("申请条件是什么？", re.compile(r"条件|符合|应当具备|须具备|满足.{0,10}要求|不得")),
    ("标准是多少？", re.compile(r"标准为|标准是|每人每月|每户|每平方米|\d+(?:\.\d+)?\s*(?:万元|元|％|%)")),
    (
        "如何办理？需要哪些材料？",
        re.compile(r"提出申请|申请材料|提交|受理|办理|审核|审批|程序|流程|窗口|网上"),
    ),
    ("何时起施行？有效期多长？", re.compile(r"起施行|起实施|起执行|有效期|之日起")),
    ("有问题找谁？", re.compile(r"咨询电话|联系电话|联系人|负责解释|解释权|由.{2,20}负责")),
)
MAX_POINTERS = 4


def scaffold(document: ParsedDocument, metadata: PolicyMetadata) -> tuple[QAItem, ...]:
    """The questions the text can answer, each with up to four pointers to answering sentences."""
    items: list[Sentence] = sentences(document, metadata)
    out: list[QAItem] = []
    for question, pattern in QUESTIONS:
        hits, blocks = [], set()
        for s in items:
            if pattern.search(s.text) and s.source.block not in blocks:
                blocks.add(s.source.block)
                hits.append(s.source)
                if len(hits) == MAX_POINTERS:
                    break
        if hits:
            out.append(QAItem(question, "", tuple(hits)))
    return tuple(out)
