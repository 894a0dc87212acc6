"""Where a person's name starts: a common Vietnamese surname followed by one to three capitalised syllables."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.vocabulary import LOWER, UPPER, data_json

SYLLABLE = rf"[{UPPER}][{LOWER}]*"


@lru_cache(maxsize=1)
def person_name_pattern() -> re.Pattern:
    data = data_json("people.json")
    surnames = sorted(data["surnames"], key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(map(re.escape, surnames))})(?:\s+{SYLLABLE}){{1,3}}(?![\w])")


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    return frozenset(data_json("people.json")["not_names"])


# Names do not start with two family names in a row: in "Ông Nguyễn Dương Thái" the first word is an
# honorific, in "Cục Hải quan Quảng Ninh Bùi Văn Khắng" the end of a place name.
_MAJOR_SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lưu", "Mai"}


def match_person(text: str, pos: int) -> re.Match | None:
    """A person's name starting exactly at `pos`, unless it is a known place ("Hà Nội", "Đồng Nai")."""
    m = person_name_pattern().match(text, pos)
    if not m:
        return None
    words = m.group(0).split()
    if len(words) >= 3 and words[1] in _MAJOR_SURNAMES:
        return match_person(text, m.start() + len(words[0]) + 1)
    if any(m.group(0).startswith(p) for p in not_names()):
        return None
    return m


def starts_person(text: str, pos: int) -> bool:
    return match_person(text, pos) is not None
