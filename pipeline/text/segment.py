"""Split a cleaned page into paragraphs and sentences, each with character offsets into its text."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources

from pipeline.text.clean import CleanPage

# A sentence ends at . ! ? … (and a closing quote or bracket after it) when the next sentence starts
# with a capital letter, a digit or an opening quote. Abbreviations that end in a full stop ("TP.",
# "TS.", "PGS.", "Th.S.", "v.v.") and list numbers ("1. Quán triệt") would otherwise end a sentence.
_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# (The stop is matched, not looked behind for: a pattern that starts with a set of characters lets the
# engine skip to the next stop, where a look-behind is tried at every character. The boundary is the gap.)
_BOUNDARY = re.compile(rf"[.!?…](?P<gap>[”\"’)\]]*\s+)(?=[“\"‘(]?[{_UPPER}0-9])")
_ABBREVIATIONS = json.loads(resources.files("pipeline.data").joinpath("abbreviations.json").read_text("utf-8"))
_NO_BREAK_BEFORE = re.compile(r"(?:\b(?:" + "|".join(re.escape(a) for a in _ABBREVIATIONS["before_names"] + _ABBREVIATIONS["others"])
                              + r")\.|^\d{1,2}\.|\b[A-ZĐ]\.)[”\"’)\]]*\s+$")


@dataclass(frozen=True)
class Sentence:
    paragraph_no: int
    sentence_no: int  # within the paragraph, from 1
    kind: str
    text: str
    start: int  # offset into CleanPage.text
    end: int
    image: str = ""


def split_sentences(paragraph: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of one paragraph, trailing spaces excluded."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(paragraph):
        gap = match.start("gap")
        head = paragraph[max(0, gap - 8): match.end()]
        # (The sentence's last 12 characters are sliced from the paragraph, not from a copy of the sentence.)
        if _NO_BREAK_BEFORE.search(paragraph[max(start, match.end() - 12): match.end()]) or _NO_BREAK_BEFORE.search(head):
            continue
        end = gap + len(match["gap"].rstrip())
        spans.append((start, end))
        start = match.end()
    if paragraph[start:].strip():
        spans.append((start, len(paragraph.rstrip())))
    return spans


def sentences_of(page: CleanPage) -> list[Sentence]:
    out: list[Sentence] = []
    offset = 0
    for paragraph_no, block in enumerate(page.blocks, start=1):
        # A body sentence is quoted speech when it starts inside an open “…” (or starts one): more “ than ”
        # up to its first character. The marks are counted on from the sentence before, not from the
        # paragraph's start again for each sentence.
        opened = closed = counted = 0
        quoting = "“" in block.text  # (a paragraph with no opening mark has no quoted sentence: its marks go uncounted)
        for sentence_no, (start, end) in enumerate(split_sentences(block.text), start=1):
            text = block.text[start:end]
            kind = block.kind
            if kind == "body" and quoting:
                read = block.text[counted:start + 1]
                opened, closed, counted = opened + read.count("“"), closed + read.count("”"), start + 1
                kind = "quote" if opened > closed else kind
            out.append(Sentence(paragraph_no, sentence_no, kind, text, offset + start, offset + end, block.image))
        offset += len(block.text) + 2  # the blank line that joins blocks in CleanPage.text
    return out
