"""One key for the two ways Vietnamese places a tone mark on a closing "oa", "oe" or "uy".

The old placement marks the second vowel (Hoà, Khoá, Thuỷ, Uỷ), the new one the first (Hòa, Khóa,
Thủy, Ủy); pages use both, sometimes for the same person. `fold_tone_marks` moves the mark to the first
vowel, so both spellings give one key for matching; the surface on the page is never rewritten.
Only a syllable that ends on the pair is ambiguous: with a final consonant both placements agree
("hoàn", "khuyến"), and after "q" the "u" is part of the consonant ("quý", "quà").
"""
from __future__ import annotations

import re
from functools import lru_cache
import unicodedata

_TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook above, tilde, dot below


def _marked(vowels: str) -> str:
    return "".join(unicodedata.normalize("NFC", v + t) for v in vowels for t in _TONES)


def _pair(first: str, second: str) -> str:
    """A closing pair ("oa", "oe", "uy"), its two vowels as the groups, whichever bears the mark."""
    return rf"(?<![qQ])([{first}])([{second}])(?!\w)"


# o+a, o+e and u+y, marked on the second vowel (old) or on the first (new).
_OLD = re.compile(_pair("oO", _marked("aAeE")) + "|" + _pair("uU", _marked("yY")))
_NEW = re.compile(_pair(_marked("oO"), "aAeE") + "|" + _pair(_marked("uU"), "yY"))


def _move_mark(to_first: bool):
    def move(m: re.Match) -> str:
        first, second = (g for g in m.groups() if g is not None)
        marked = unicodedata.normalize("NFD", second if to_first else first)
        tone = "".join(c for c in marked if c in _TONES)
        if to_first:
            return unicodedata.normalize("NFC", first + tone) + unicodedata.normalize("NFC", marked.replace(tone, ""))
        return unicodedata.normalize("NFC", marked.replace(tone, "")) + unicodedata.normalize("NFC", second + tone)
    return move


_TO_FIRST, _TO_SECOND = _move_mark(True), _move_mark(False)


def fold_tone_marks(s: str) -> str:
    """`s` with every closing oa/oe/uy marked on its first vowel: "Thuỷ Hoà" → "Thủy Hòa"."""
    return _OLD.sub(_TO_FIRST, s)


@lru_cache(maxsize=4096)
def match_key(s: str) -> str:
    """The spelling names and titles are matched by: tone marks folded, case folded."""
    return fold_tone_marks(s).casefold()


_NO_TONES = dict.fromkeys(map(ord, _TONES))


def unmarked(s: str) -> str:
    """`s` in plain Latin letters: every mark dropped, đ written d ("Cục Trẻ em" → "Cuc Tre em"), case kept.
    What identifiers (organisations.slug) and the shape of a syllable (names.is_syllable) are read from."""
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def toneless(s: str) -> str:
    """`s` with its tone marks dropped, the other marks kept ("Thành" → "Thanh", "Đức" → "Đưc"): one key for two
    spellings that differ by a tone alone (a name mistyped: see people._merge_mistyped_tones)."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", s).translate(_NO_TONES))


def tone_mark_spellings(s: str) -> set[str]:
    """Both spellings of `s` ("Đại úy" → {"Đại úy", "Đại uý"}), for patterns that must find either."""
    folded = fold_tone_marks(s)
    return {folded, _NEW.sub(_TO_SECOND, folded)}
