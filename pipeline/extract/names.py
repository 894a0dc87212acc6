"""Where a person's name starts: a common Vietnamese surname followed by one to three capitalised syllables."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.vocabulary import LOWER, UPPER, data_json
from pipeline.text.phrases import at_word_start

SYLLABLE = rf"[{UPPER}][{LOWER}]*"


@lru_cache(maxsize=1)
def person_name_pattern() -> re.Pattern:
    data = data_json("people.json")
    surname = at_word_start(data["surnames"], not_after=r"\w.")
    # One space between syllables: a name never crosses a line break ("Mai Xuân Thành\n\nSuốt …" is a
    # name, then the next paragraph's first word).
    return re.compile(surname + rf"(?:[ ]{SYLLABLE}){{1,3}}(?![\w])")


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    return frozenset(data_json("people.json")["not_names"])


@lru_cache(maxsize=1)
def _not_name_prefixes() -> tuple[str, ...]:
    return tuple(not_names())  # str.startswith takes a tuple: one call instead of a loop


# A name does not start with the last word of a place ("Cục Hải quan Quảng Ninh Bùi Văn Khắng": "Ninh"
# ends "Quảng Ninh"): when a family name follows such a word, the name starts there. Nor with a
# capitalised honorific ("Ông Nguyễn Dương Thái", "Ông Glenn Hughes"): the name is what follows it,
# whatever its first syllable, and there is none when one syllable follows ("Ông Hatsushiba").
_HONORIFIC_SURNAMES = {"Ông", "Bà"}
_NAME_AFTER_HONORIFIC = re.compile(rf"{SYLLABLE}(?:[ ]{SYLLABLE}){{1,3}}(?![\w])")
# The family names most people carry: a name starting with one of these is taken as it stands.
_MAJOR_SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lưu", "Mai", "Đào", "Trương"}
_CAPITALISED_WORD_BEFORE = re.compile(rf"{SYLLABLE}[ ]$")


def match_person(text: str, pos: int) -> re.Match | None:
    """A person's name starting exactly at `pos`, unless it is a known place ("Hà Nội", "Đồng Nai")."""
    m = person_name_pattern().match(text, pos)
    if not m:
        return None
    words = m.group(0).split()
    after_place = (words[0] not in _MAJOR_SURNAMES and _CAPITALISED_WORD_BEFORE.search(text[max(0, pos - 12): pos])
                   and not text[max(0, pos - 4): pos].strip() in _HONORIFIC_SURNAMES)
    if words[0] in _HONORIFIC_SURNAMES:
        after = m.start() + len(words[0]) + 1
        m = person_name_pattern().match(text, after) or _NAME_AFTER_HONORIFIC.match(text, after)
        if not m:
            return None
    elif len(words) >= 3 and after_place:
        inner = person_name_pattern().match(text, m.start() + len(words[0]) + 1)
        if inner:
            m = inner
    if m.group(0).startswith(_not_name_prefixes()):
        return None
    return m


def starts_person(text: str, pos: int) -> bool:
    m = match_person(text, pos)
    return m is not None and m.start() == pos
