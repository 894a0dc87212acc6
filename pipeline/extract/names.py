"""Where a person's name starts: a common Vietnamese surname followed by one to four capitalised syllables."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.vocabulary import LOWER, UPPER, data_json
from pipeline.text.fold import unmarked
from pipeline.text.phrases import at_word_start

SYLLABLE = rf"[{UPPER}][{LOWER}]*"


@lru_cache(maxsize=1)
def _syllables() -> str:
    """One to four more syllables of a name, on one line: a name never crosses a line break ("Mai Xuân
    Thành\\n\\nSuốt …"), and ends before a word no name holds, which often follows one on a page whose
    paragraph breaks were lost ("Ảnh: VGP/Lê Sơn Phó Thủ tướng …", "Nguyễn Văn Thọ Các đơn vị …")."""
    people = data_json("people.json")
    # A stop syllable that is also a given name ("Ban": "Trịnh Ngọc Ban cho biết") ends a name only before
    # the capitalised name of the body it heads ("… Ban Chỉ đạo 389").
    given = set(people["given_name_stop_syllables"])
    stop = "|".join(rf"{re.escape(w)}(?=[ ][{UPPER}])" if w in given else rf"{re.escape(w)}(?![\w])"
                    for w in people["name_stop_syllables"])
    return rf"(?:[ ](?!{stop}){SYLLABLE}){{1,4}}(?![\w])"


@lru_cache(maxsize=1)
def person_name_pattern() -> re.Pattern:
    people = data_json("people.json")
    # A family name that is also a sentence's first word ("Và Bá Cha", "Và các đơn vị …") is matched here
    # and kept by match_person only inside a sentence (_inside_sentence).
    surname = at_word_start(people["surnames"] + people["sentence_word_surnames"], not_after=r"\w.")
    return re.compile(surname + _syllables())


@lru_cache(maxsize=1)
def _sentence_word_surnames() -> frozenset[str]:
    return frozenset(data_json("people.json")["sentence_word_surnames"])


# A lower-case word or a comma, then a space, where a name starts: the name stands inside a sentence.
_LOWER_WORD_BEFORE = re.compile(rf"(?:(?<![\w])[{LOWER}]+|,)[ ]$")


def _inside_sentence(text: str, pos: int) -> bool:
    """Whether a capitalised word at `pos` stands inside a sentence, after a lower-case word or a comma
    ("bắt giữ Và Bá Cha", "Và Bá Giờ, Già Duy Chung"): not at a sentence's or a line's start, nor after a
    capitalised word (a headline in title case: "Hải Quan Và Doanh Nghiệp")."""
    return _LOWER_WORD_BEFORE.search(text, max(0, pos - 16), pos) is not None


@lru_cache(maxsize=1)
def _minority_middles() -> frozenset[str]:
    return frozenset(data_json("people.json")["minority_middle_names"])


def minority_name(name: str) -> bool:
    """Whether a name has the middle name of a northern minority's man ("Vàng A Công", "Giàng Seo Pao"): no
    place, body or brand is named so, and the name is a person's with no title or particulars around it."""
    words = name.split()
    return len(words) >= 3 and words[1] in _minority_middles()


@lru_cache(maxsize=1)
def _glued_name() -> re.Pattern:
    # After "TS.", "GS.", "ThS." as a whole word ("PGS.TS.Nguyễn …" too), not after any full stop ("T.Ư").
    return re.compile(rf"(?:(?<=\b[TG]S\.)|(?<=\bThS\.)){name_after_prefix().pattern}")


@lru_cache(maxsize=1)
def name_after_prefix() -> re.Pattern:
    """A family name and its syllables, whatever stands before it (an academic prefix glued to it)."""
    surnames = "|".join(re.escape(s) for s in sorted(data_json("people.json")["surnames"], key=len, reverse=True))
    return re.compile(rf"(?:{surnames}){_syllables()}")


@lru_cache(maxsize=1)
def _underscored_prefixes() -> tuple[str, ...]:
    return tuple(f"{p}_" for p in data_json("people.json")["academic_prefixes"])


def glued_names(text: str) -> list[re.Match]:
    """Names written right after an academic prefix's full stop, with no space ("TS.Cấn Văn Lực", "TS.Nguyễn
    Đình Thắng"), which person_name_pattern does not start after a full stop ("T.Ư Nguyễn" is no name's
    start); found from the prefix's "S.", rare on a page, by str.find. So are names joined to their prefix
    by an underscore, a converted page's escaped join ("cô giáo hướng dẫn Tiến sĩ_Phạm Bích Chi"), found
    from the underscore, where an academic prefix ends."""
    found = []
    i = text.find("S.")
    while i != -1:
        m = _glued_name().match(text, i + 2)
        if m and not m.group(0).startswith(_not_name_prefixes()):
            found.append(m)
        i = text.find("S.", i + 2)
    i = text.find("_")
    while i != -1:
        if text.endswith(_underscored_prefixes(), max(0, i - 12), i + 1):
            m = name_after_prefix().match(text, i + 1)
            if m and not m.group(0).startswith(_not_name_prefixes()):
                found.append(m)
        i = text.find("_", i + 1)
    return sorted(found, key=lambda m: m.start()) if len(found) > 1 else found


# A family name the table lacks, just before the middle "Thị" of a woman's name (unlisted_names).
_WORD_BEFORE_MIDDLE = re.compile(rf"(?<![\w.]){SYLLABLE}[ ]$")
_MIDDLE = " Thị "


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(data_json("people.json")["surnames"])


def unlisted_names(text: str) -> list[re.Match]:
    """Names whose family name the table lacks, before the middle "Thị" of a woman's name, which stands
    capitalised inside names only ("hộ kinh doanh Chương Thị Hương", "Lù Thị Hường", "Sải Thị Thu Thủy"):
    person_name_pattern does not start at them. Found from " Thị ", rare on a page, by str.find."""
    found = []
    i = text.find(_MIDDLE)
    while i != -1:
        before = _WORD_BEFORE_MIDDLE.search(text, max(0, i - 12), i + 1)
        if before and text[i + len(_MIDDLE): i + len(_MIDDLE) + 1].isupper() and before.group(0)[:-1] not in _surnames():
            m = _name_after_honorific().match(text, before.start())
            if m and not m.group(0).startswith(_not_name_prefixes()):
                found.append(m)
        i = text.find(_MIDDLE, i + len(_MIDDLE))
    return found


@lru_cache(maxsize=1)
def _name_after_honorific() -> re.Pattern:
    return re.compile(SYLLABLE + _syllables())


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
# The family names most people carry: a name starting with one of these is taken as it stands.
_MAJOR_SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lưu", "Mai", "Đào", "Trương"}


@lru_cache(maxsize=1)
def _capitalised_honorifics() -> frozenset[str]:
    return frozenset(h for h in data_json("people.json")["honorifics"] if h[:1].isupper())


# A whole capitalised word: not the end of an acronym ("THPT Chu Văn An" is no place then a name).
_CAPITALISED_WORD_BEFORE = re.compile(rf"(?<![\w]){SYLLABLE}[ ]$")


def match_person(text: str, pos: int) -> re.Match | None:
    """A person's name starting exactly at `pos`, unless it is a known place ("Hà Nội", "Đồng Nai")."""
    m = person_name_pattern().match(text, pos)
    if not m:
        return None
    words = m.group(0).split()
    if words[0] in _sentence_word_surnames() and not _inside_sentence(text, pos):
        return None
    if words[0] in _HONORIFIC_SURNAMES:
        after = m.start() + len(words[0]) + 1
        m = person_name_pattern().match(text, after) or _name_after_honorific().match(text, after)
        if not m:
            return None
    elif len(words) >= 3 and words[0] not in _MAJOR_SURNAMES:
        # (An honorific opening a sentence is no place: "Anh Bế Văn Tiến, Tổ trưởng …" is Bế Văn Tiến.)
        before = _CAPITALISED_WORD_BEFORE.search(text, max(0, pos - 12), pos)
        inner = before and before.group(0)[:-1] not in _capitalised_honorifics() \
            and person_name_pattern().match(text, m.start() + len(words[0]) + 1)
        if inner:
            m = inner
    if m.group(0).startswith(_not_name_prefixes()):
        return None
    return m


def starts_person(text: str, pos: int, surely: bool = False, in_brand: bool = False, brand_first: bool = False) -> bool:
    """Whether a person's name starts at `pos`. With `surely`, only one under a family name most people
    carry: where a place is expected ("cửa khẩu Trà Lĩnh", "huyện Cao Lãnh") a rarer family name is
    the place's first word, while "UBND TP Nguyễn Đức Chung" still ends before the person. With
    `in_brand` (inside a firm's name), a rarer family name and one syllable more are the brand's words
    ("Công ty Phát triển công nghệ Thái Sơn"): a person named after a firm has a title before, and
    most often three syllables or more ("Giám đốc Công ty Thái Sơn Lâm Văn Hùng"). With `brand_first` (right
    after the firm's legal form or trades), two syllables are the brand's whatever the family name:
    "Công ty TNHH Hoàng Long", "Công ty TNHH TM và DV Hoàng Long"."""
    m = match_person(text, pos)
    if m is None or m.start() != pos:
        return False
    words = m.group(0).split()
    if brand_first and len(words) == 2:
        return False
    return words[0] in _MAJOR_SURNAMES or not (surely or (in_brand and len(words) == 2))


# One Vietnamese syllable: an onset, a vowel or one of the vowel clusters the language writes ("oa", "ươi"
# as "uoi", "uyê" as "uye"; "ea", "ya" of the Central Highlands' place names, "Ea Súp", "Chư Yang Sin") and
# a closing consonant of the few it allows, once tone and vowel marks are taken off. A word that is not one
# ("Sunwah", "Kido", "Airbus", "Aeon": no syllable has "ae") is a foreign brand, and an all-capitals word
# ("FLC", "TH") a code: the lower-case words after them are the sentence's ("Tập đoàn Sunwah nằm …",
# "Tập đoàn TH đầu tư …"), never the rest of a word.
_VOWELS = ("ieu|oai|oay|oeo|uay|uoi|uou|uya|uye|uyu|yeu"
           "|ai|ao|au|ay|ea|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ya|ye|[aeiouy]")
_SYLLABLE_SHAPE = re.compile(rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?(?:{_VOWELS})(?:ng|nh|ch|[cmnpt])?")


@lru_cache(maxsize=4096)
def is_syllable(word: str) -> bool:
    if len(word) > 1 and word.isupper():
        return False
    return _SYLLABLE_SHAPE.fullmatch(unmarked(word).lower()) is not None
