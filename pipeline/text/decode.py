"""Bytes to text: find the encoding a page was saved in and say what was found.

Vietnamese pages arrive as UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy code page
(Windows-1258, TCVN3 is out of scope). Every result is NFC so that one letter is one code point.
"""
from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from pipeline.errors import InputError

# Characters that are whitespace to a reader but not to str.split(): no-break and zero-width spaces.
_SPACE_LIKE = {"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " "}
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_CHARS), None)


def _has_any(text: str, chars) -> bool:
    """Whether the text holds one of the characters: a substring search each, several times faster over
    a page than a regex character class (most pages hold none of them)."""
    return any(c in text for c in chars)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # what the bytes were found to be, e.g. "utf-8", "utf-8-sig", "utf-16", "cp1258"
    was_nfc: bool  # whether the decoded text was already NFC (some corpus pages are NFD)
    notes: tuple[str, ...] = ()  # what normalising changed: "NFD to NFC", "CRLF line endings", …


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))  # not tab, LF, FF, CR


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.01


def decode_bytes(data: bytes, name: str) -> DecodedText:
    """Decode a page's bytes or raise InputError naming the file and the reason."""
    if data.startswith(codecs.BOM_UTF8):
        raw, encoding = data[len(codecs.BOM_UTF8):], "utf-8-sig"
        text = _strict(raw, "utf-8", name)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
        text = _strict(data, "utf-16", name)
    else:
        if _looks_binary(data):
            raise InputError(name, "binary data, not text (NUL or control bytes)", "binary")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            # Truncated UTF-8 fails only in its last few bytes; anything else is a legacy code page.
            if exc.start >= len(data) - 3:
                raise InputError(name, f"truncated UTF-8: the file ends inside a character at byte {exc.start}", "encoding") from None
            text, encoding = _legacy(data, name), "cp1258"
    if not text or text.isspace():  # (not text.strip(), which copies the page)
        raise InputError(name, "empty page (no text after decoding)", "empty")
    was_nfc = unicodedata.is_normalized("NFC", text)
    return DecodedText(normalise(text, was_nfc), encoding, was_nfc, _notes(text, encoding, was_nfc))


def _notes(text: str, encoding: str, was_nfc: bool) -> tuple[str, ...]:
    notes = []
    if encoding in ("utf-8-sig", "utf-16"):
        notes.append("byte order mark removed")
    if not was_nfc:
        notes.append("not NFC: normalised to NFC")
    if "\r\n" in text:
        notes.append("CRLF line endings")
    if "\r" in text and "\r" in text.replace("\r\n", ""):
        notes.append("CR line endings")
    if _has_any(text, _SPACE_LIKE):
        notes.append("no-break spaces made plain")
    if _has_any(text, _INVISIBLE_CHARS):
        notes.append("zero-width characters removed")
    return tuple(notes)


def normalise(text: str, was_nfc: bool = False) -> str:
    """NFC, one kind of line ending, no invisible characters, plain spaces. `was_nfc`: the text is NFC
    already (unicodedata.is_normalized), which saves a second pass over it when nothing is dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    invisible = _has_any(text, _INVISIBLE_CHARS)
    if invisible:  # str.translate looks up every character: only when there is one to drop
        text = text.translate(_INVISIBLE)
    for char, replacement in _SPACE_LIKE.items():
        text = text.replace(char, replacement)
    if was_nfc and not invisible:
        # "\n" for "\r", and " " for a no-break space, compose with no letter or mark (no more than what
        # they replace), so an NFC text stays NFC; dropping an invisible character can bring a letter
        # and its mark together ("e", ZWJ, U+0301), which NFC then composes.
        return text
    return unicodedata.normalize("NFC", text)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not valid {encoding}: {exc.reason} at byte {exc.start}", "encoding") from None


def _legacy(data: bytes, name: str) -> str:
    # Windows-1258 maps almost every byte, so a successful decode proves little: require the result
    # to read as Vietnamese (some letters with diacritics) before accepting it.
    text = data.decode("cp1258", errors="strict") if _decodes(data, "cp1258") else None
    if text is None or not any(ord(c) > 127 and c.isalpha() for c in text):
        raise InputError(name, "not UTF-8, UTF-16 or Windows-1258 text", "encoding")
    return text


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True
