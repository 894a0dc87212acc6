"""Telling a guide, a how-to or advice to the reader from news.

A page whose title frames it as a guide ("Hướng dẫn thủ tục thanh lý …") or as the answer to a reader's question ("Muốn
cấp lại giấy chứng nhận đăng ký thuế cần làm thủ tục gì?"), whose lead opens as a how-to, or which speaks to its reader
as "bạn" explains what anyone must do and how things are: no one's task nor activity. It is a question about the whole
page, asked before any clause is read (see find_commitments in commitments.py), so it is kept apart from the clause
grammar. The words it reads are data: `guide_titles` in commitments.json.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.vocabulary import data_json
from pipeline.text.phrases import whole_words


@lru_cache(maxsize=1)
def _guide_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a word that opens a guide's title, a question word that ends its title's question, a yes-no question's words
    and the '?' that ends it): see `guide_titles` in commitments.json."""
    d = data_json("commitments.json")["guide_titles"]
    return (re.compile(r"[*_\s]*" + whole_words({p.lower() for p in d["openers"]})),
            re.compile(whole_words({p.lower() for p in d["question_words"]}) + r"\s*\?"),
            re.compile(whole_words({p.lower() for p in d["yes_no_words"]}) + r"[^?]*\?\s*$"))


def guide_title(title: str) -> bool:
    """Whether a page's title frames it as a guide, a download, tips or the answer to a question (not a headline's topic
    and its question, "Triển khai Luật PPP: Nhà đầu tư mong muốn gì?")."""
    low = title.lower()
    opener, question, yes_no = _guide_patterns()
    return opener.match(low) is not None or (":" not in low and (question.search(low) is not None or yes_no.search(low) is not None))


@lru_cache(maxsize=1)
def _lead_openers() -> tuple[str, ...]:
    return tuple(data_json("commitments.json")["guide_titles"]["lead_openers"])


def guide_lead(lead: str) -> bool:
    """Whether a page's lead opens as a how-to (see `guide_titles.lead_openers` in commitments.json)."""
    return lead.lstrip("*_ ").lower().startswith(_lead_openers())


@lru_cache(maxsize=1)
def _reader_pattern() -> tuple[re.Pattern, int]:
    """('bạn' said to the reader, how many times make a page advice): see `guide_titles.reader` in commitments.json."""
    d = data_json("commitments.json")["guide_titles"]["reader"]
    # (The checks on the words before are made just after the "b", each looking behind it too: a pattern that opens with them
    # is tried at every position of the page, one that opens with "[Bb]" only where that letter stands.)
    after = "".join(f"(?<!{re.escape(w)} .)(?<!{re.escape(w[0].upper() + w[1:])} .)" for w in d["not_after"])
    before = "".join(f"(?! {re.escape(w)}(?!\\w))" for w in d["not_before"])
    return re.compile(rf"[Bb](?<!\w.){after}ạn{before}(?!\w)"), d["at_least"]


def speaks_to_reader(text: str) -> bool:
    """Whether the page speaks to its reader as "bạn" often enough to be advice, not news (see _reader_pattern)."""
    if "bạn" not in text and "Bạn" not in text:
        return False
    pattern, at_least = _reader_pattern()
    return sum(1 for _ in zip(range(at_least), pattern.finditer(text))) >= at_least
