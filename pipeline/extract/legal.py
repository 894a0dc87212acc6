"""Legal references: numbered documents ("Nghị định số 130/2021/NĐ-CP ngày 30/12/2021 của Chính phủ
quy định …"), short forms ("Thông tư 39") and documents named without a number ("Luật Hải quan").

The number carries most of the meaning: `<number>[/<year>]/<type code>-<issuer code>` for legal
normative documents, `<number>/<issuer>-<unit>` for official letters, `<number>-<type>/<issuer>` for
Party documents. The type and issuer are read from the code first (it is official) and from the words
before the number only when the code does not say. A national technical regulation binds as they do and is one
too, `QCVN <number>:<year>/<issuer>` (_regulations); a standard (TCVN) is voluntary, and no reference.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.text.phrases import at_word_start
from pipeline.extract.vocabulary import LOWER, UPPER, data_json

_DASH = r"\-–—‐‑"  # escaped for use inside a character class


@dataclass(frozen=True)
class LegalReference:
    reference_id: str
    doc_type: str
    doc_type_en: str
    number: str
    year: int | None
    type_code: str
    issuer_code: str
    issuer_id: str  # organisation_id of the issuer ("" when unknown)
    issued_date: str  # ISO date or ""
    subject: str
    start: int  # span of the reference in the page text (type word to number)
    end: int
    surface: str


@dataclass(frozen=True)
class NamedReference:
    kind: str  # "short" (a number without year/code) or "named" (a document named without number)
    doc_type: str
    text: str
    resolved_reference_id: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _vocab():
    data = data_json("legal.json")
    types = sorted(data["doc_types"], key=lambda t: -len(t[0]))
    type_words = "|".join(re.escape(t[0]) for t in types)
    code_part = rf"[{UPPER}][A-Za-z{UPPER}{LOWER}&]*\d*"
    number = re.compile(
        rf"(?<![\w/.{_DASH}])(?P<num>\d{{1,5}}[a-z]?)"
        # Four digits after the number stand where its year does, even mistyped ("28/3015/NĐ-CP"): the
        # number is kept as written, the year only when it is one.
        rf"(?:\s?(?P<ysep>[/{_DASH}])\s?(?P<year>\d{{4}}))?"
        rf"\s?/\s?(?P<code>{code_part}(?:\s?[{_DASH}]\s?{code_part})*)"
        rf"|(?<![\w/.])(?P<pnum>\d{{1,4}})[{_DASH}](?P<ptype>[{UPPER}][A-Za-z{UPPER}]*)/(?P<pissuer>[{UPPER}][A-Za-z{UPPER}Ư]*)"
    )
    type_any = re.compile(rf"\b(?P<type>{type_words})\b")
    type_before = re.compile(rf"(?P<type>{type_words})(?:\s+(?:số|liên tịch số))?\s*[:]?\s*$", re.IGNORECASE)
    # (at_word_start: the "not after a letter" check follows the first letter, so the engine can scan.)
    short_types = ["Nghị định", "Thông tư", "Quyết định", "Chỉ thị", "Nghị quyết", "Công văn", "Công điện"]
    # (One pattern for each first letter, C, N, Q, T, read by _by_first_letter: each starts with a literal the engine
    # scans for fast, where the four together made it test a set of characters at each position: 13 µs a page on
    # ../shared/corpus, not 30. A match has no capital past its first letter (the rest of its type word, whitespace,
    # "số", digits), so none starts inside another. `named`, split so, gained 1 µs of 24: its nine capitals are common.)
    short = tuple(re.compile(rf"(?P<type>{at_word_start(group)})\s+(?:số\s+)?(?P<num>\d{{1,5}})(?![\d/{_DASH}\w])")
                  for group in ([t for t in short_types if t[0] == c] for c in sorted({t[0] for t in short_types})))
    named = re.compile(rf"(?P<head>{at_word_start(data['named_document_heads'])})\s+(?=[{UPPER}])")
    # The issue date after the number or after its issuer ("…/NĐ-CP ngày 8/1/2025", "… của Chính phủ ngày
    # 8/1/2025", "…/QĐ-TTg (ngày 26/9/2018)"); the year may be left to the number ("Chỉ thị 45-CT/TW ngày 14/4").
    # "Ngày" capitalised on the number's own line, as forms write it ("Ban hành theo Quyết định số 15/2006/QĐ-BTC
    # Ngày 20/03/2006 của Bộ trưởng Bộ Tài chính"); "ngày ngày" is a slip of the keyboard. After the verb of issuing
    # a whole date needs no "ngày" ("Luật Thuế xuất nhập khẩu 107/2016/QH13 ban hành 06/04/2016").
    date = re.compile(r"^(?:\s*[,(]?\s*(?:(?:ban hành|ký)\s+)?(?:vào\s+)?ngày\s+|[ ]*Ngày\s+"
                      r"|\s*,?\s*(?:ban hành|ký)\s+(?:vào\s+)?(?=\d{1,2}/\d{1,2}/(?:19|20)\d\d))"
                      r"(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:/|-|tháng\s+)\s*(?P<m>\d{1,2})"
                      r"(?:\s*(?:/|-|,?\s*năm\s+)\s*(?P<y>(?:19|20)\d{2})|(?![\d/-]|\s*(?:,\s*)?năm))(?:\s*\))?")
    starts = "|".join(re.escape(w) for w in data["subject_starts"])
    by = re.compile(rf"^\s*,?\s*(?:của|do)\s+(?P<org>[^,.;:()]*?)(?=\s+(?:{starts})\b|\s+ngày\s+\d|[,.;:()]|$)")
    # A subject ends at the paragraph's end: past a line break is the next paragraph or a list of links. A colon
    # between digits is no clause's end: a regulation's year ("ban hành Quy chuẩn kỹ thuật quốc gia QCVN 20:2019/BKHCN").
    subject = re.compile(rf"^[ ]*,?[ ]*(?P<s>(?:{starts})[ ][^.;:()“”\"\n]+(?:(?<=\d):(?=\d)[^.;:()“”\"\n]+)*)")
    known_codes = frozenset(c for c in (*data["type_codes"], *data["issuer_codes"]) if "-" not in c)
    # "Các quyết định trên có hiệu lực từ ngày ký 23/12/2020": the documents of that type named before, signed that day.
    signed_by_all = re.compile(rf"(?:(?:[Cc]ác|[Nn]hững)\s+(?P<ptype>(?i:{type_words}))\s+(?:(?:nêu|nói)\s+)?(?:trên|này)"
                               rf"|(?P<stype>(?i:{type_words}))\s+(?:(?:nêu|nói)\s+)?trên)\s+(?:đều\s+)?có\s+{_SIGNED}")
    # A sentence whose subject is a bare type word ("Luật này", "Thông tư") with the verb of issuing and a date.
    bare_subject = re.compile(rf"(?:^|[.!?]\s+|\*\*)(?P<type>{type_words})(?:\s+(?:này|mới))?\s+(?:được\s+)?(?:chính thức\s+)?(?:ký\s+)?\Z", re.M)
    # (The most words a match of signed_by_all has before its "có": "các", a type word's, "nêu", "trên", "đều".)
    signed_words = 4 + max(len(t[0].split()) for t in types)
    data = {**data, "_named_by_number": tuple(f"{h} " for h in data["bodies_named_by_number"]), "_signed_by_all": signed_by_all,
            "_signed_words": signed_words, "_bare_subject": bare_subject}
    return data, {t[0].casefold(): t for t in types}, number, type_before, type_any, short, named, date, by, subject, known_codes


_ANY_DASH = re.compile(rf"[{_DASH}]")
_SPACES = re.compile(r"\s+")


def canonical(surface: str) -> str:
    """The official number as issued: NFC (the page already is), no spaces, plain hyphens."""
    return _SPACES.sub("", _ANY_DASH.sub("-", surface))


def _split_code(code: str, type_codes: dict) -> tuple[str, str]:
    """(type code, issuer code) from 'NĐ-CP', 'TT-LĐTBXH', 'TTg-ĐMDN', 'QH14', 'TTLT-BTC-BCA'."""
    parts = code.split("-")
    if parts[0] in type_codes:
        return parts[0], "-".join(parts[1:])
    return "", code


def _issuer_id(issuer_code: str, issuer_codes: dict) -> str:
    if not issuer_code:
        return ""
    if issuer_code in issuer_codes:
        return issuer_codes[issuer_code]
    head = _TRAILING_DIGITS.sub("", issuer_code.split("-")[0])  # QH14 -> QH; TTg-ĐMDN -> TTg
    return issuer_codes.get(head, "")


_TRAILING_DIGITS = re.compile(r"\d+$")
_SPACED_ISSUER = re.compile(r"[ ](?P<i>[A-ZĐ][A-Za-zĐ]*\d*)(?![\w/\-])")  # a code after a space ("TT BTC")
# A form is named by "mẫu" and its code, which has the shape of a document's number ("Tờ khai thuế giá trị gia
# tăng Mẫu 01/GTGT Ban hành kèm theo Thông tư số 26/2015/TT-BTC"): the code names the form, the act is cited apart.
_FORM_CODE = re.compile(r"\b(?:[Mm]ẫu|MẪU)(?:\s+(?:số|SỐ))?\s*$")
# Where a document number may start: a run of digits followed, past a letter and a space at most, by a slash or
# a hyphen (what every form of the number pattern needs after its first digits), so the pattern is tried
# at a few runs only, not at every figure of the page. Found back from each slash and hyphen (_number_starts).
_SEPARATORS = "/" + _DASH.replace("\\", "")  # the characters of [/{_DASH}]
_YEARS = (1945, 2099)  # the years a document of this state can carry (value_rules.json, year_in_range)
_SEGMENT = re.compile(rf"[^{_DASH}/\s]+")  # one part of a number's code, between hyphens and slashes
# The shape of a code part (value_rules.json): capitals and digits, each capital run followed by at most
# one lower-case letter (TTg, QĐi, HQĐNg, QH13).
_CODE_PART = re.compile(data_json("value_rules.json")["rules"]["reference_id_ends_at_code"]["code_part"])
_WORD = re.compile(rf"[{UPPER}][{LOWER}]")  # a capitalised word ("Luật", "Danh", "Bộ"), not a code
_CAPITALS = re.compile(r"[A-ZĐƯ0-9&]+")  # the capitals of a code, as in _CODE_PART


def _code_end(text: str, start: int, end: int, known_codes: frozenset[str]) -> int:
    """Where a number's code that the pattern read from `start` to `end` really ends: the page may run
    the next word on after a hyphen ("58/2014/QH13-Luật Kế toán", "166/QĐ-BHXH-Danh sách") or glue it
    to the code ("38/QĐ-TTgngày", "78/2014/TT-BTCquy định"). `start` when not even the first part is a code."""
    for seg in _SEGMENT.finditer(text, start, end):
        part = seg.group(0)
        if _CODE_PART.fullmatch(part):
            start = seg.end()
            continue
        if _WORD.match(part):
            return start  # the number ended before the hyphen
        # A code glued to a lower-case word: the longest known code it starts with ("TTgngày" -> TTg),
        # else its run of capitals ("TXNKcủa" -> TXNK).
        capitals = _CAPITALS.match(part)
        keep = max([len(c) for c in known_codes if part.startswith(c)] + [capitals.end() if capitals else 0])
        return seg.start() + keep if keep else start
    return start


def _number_starts(text: str) -> list[int]:
    """The starts of the runs of digits that a slash or a hyphen follows, past a letter a-z and a space at
    most ("12/", "3a/", "45 -"), in order: the matches of `\\d+(?=[a-z]?\\s?[/-])`, found back from each
    separator, which str.find finds faster than the regex engine scans for digits (figures stand everywhere)."""
    starts = []
    for sep in _SEPARATORS:
        j = text.find(sep)
        while j != -1:
            k = j
            if k and text[k - 1].isspace():
                k -= 1
            if k and "a" <= text[k - 1] <= "z":
                k -= 1
            digits_end = k
            while k and text[k - 1].isdecimal():
                k -= 1
            if k < digits_end:
                starts.append(k)
            j = text.find(sep, j + 1)
    starts.sort()
    return starts


def _numbers(number: re.Pattern, text: str):
    """number.finditer(text), found faster: a document number starts where a run of digits does (no
    letter or digit may come before it) that a slash or a hyphen follows (_number_starts), so the pattern
    is tried there only, not at every character."""
    end = 0
    for start in _number_starts(text):
        if start < end:
            continue
        m = number.match(text, start)
        if m:
            end = m.end()
            yield m


def find_legal_references(text: str, resolve_org=None) -> tuple[list[LegalReference], list[NamedReference]]:
    """All numbered references of a page (one per number and place), and its short and named ones.

    `resolve_org(name) -> organisation_id` turns "của Bộ Tài chính" into an issuer id; without it the
    issuer is read from the number's code alone.
    """
    data, types, number, type_before, type_any, short, named, date_re, _, _, known_codes = _vocab()
    type_codes, issuer_codes = data["type_codes"], data["issuer_codes"]
    refs: list[LegalReference] = []
    covered: list[tuple[int, int]] = []
    last_type, last_end = "", -1
    for m in _numbers(number, text):
        if _after_standards_colon(text, m.start()):
            continue  # "QCVN 11-MT:2015/BTNMT", "TCVN 7571-1:2006": the year and issuer of a standard's number
        code_start = m.start("ptype") if m["pnum"] else m.start("code")
        end = _code_end(text, code_start, m.end(), known_codes)
        if end <= (m.start("pissuer") if m["pnum"] else code_start):
            continue  # "số 5/Luật …": no code after the slash
        spaced = None
        if m["pnum"]:
            num, year, tcode, icode = m["pnum"], None, m["ptype"], text[m.start("pissuer"): end]
        else:
            code = text[code_start: end]
            num, year = m["num"], int(m["year"]) if m["year"] and _YEARS[0] <= int(m["year"]) <= _YEARS[1] else None
            tcode, icode = _split_code(canonical(code), type_codes)
            spaced = tcode and not icode and _SPACED_ISSUER.match(text, end)
            spaced = spaced if spaced and spaced["i"] in issuer_codes else None
            if spaced:
                # "Thông tư số 39/2014/TT BTC ngày 31/03/2014": a space typed for the hyphen between the type's
                # code and a known issuer's; the number is the one issued, "39/2014/TT-BTC".
                icode, end = spaced["i"], spaced.end()
            if sum(c.isupper() for c in code) < 2 and not (tcode or icode in issuer_codes):
                continue  # "3/A": too little code to be a document number
        before = text[max(0, m.start() - 40): m.start()]
        if ("ẫu" in before or "ẪU" in before) and _FORM_CODE.search(before):
            continue  # "Mẫu 01/GTGT", "mẫu số 01/TB-RSĐT": a form's own code, not the number of a document
        if not year and not tcode and not m["pnum"] and before.endswith(data["_named_by_number"]):
            continue  # "Ban Chỉ đạo 138/CP": the committee's name, the decision it is named after unread
        context = type_before.search(before)
        start = m.start() - (len(before) - context.start()) if context else m.start()
        if context:
            ctx_type = types[context["type"].casefold()][0]
        elif last_type and _only_list_between(text[last_end: m.start()]):
            ctx_type = last_type  # "Nghị định 08/2015/NĐ-CP, 59/2018/NĐ-CP": the type is shared
        elif not tcode:
            # "Luật Quản lý thuế số 38/2019/QH14": a law's number has no type code, so the nearest
            # type word before it in the same clause names it.
            near = list(type_any.finditer(text[max(0, m.start() - 80): m.start()].split(".")[-1]))
            ctx_type = types[near[-1]["type"].casefold()][0] if near else ""
        else:
            ctx_type = ""
        doc_type = type_codes.get(tcode) or ctx_type
        if not doc_type:
            if not tcode and icode in ("", None):
                continue
            doc_type = "Văn bản"
        if doc_type == "Văn bản" and ctx_type in ("Công văn", "Văn bản", ""):
            doc_type = "Công văn"
        if not year and not tcode and not ctx_type and not m["pnum"]:
            # A bare "12/ABC" with no type word, year or type code is more often a ratio or a label.
            if _issuer_id(icode, issuer_codes) == "":
                continue
        surface = text[start: end]
        issued, issuer_id, subj = _date_issuer_subject(text, start, end, m.start(), year, resolve_org)
        issuer_id = issuer_id or _issuer_id(icode, issuer_codes)
        ref_id = canonical(text[m.start(): spaced.start()]) + "-" + icode if spaced else canonical(text[m.start(): end])
        english = next((t[1] for t in types.values() if t[0] == doc_type), "Official Letter")
        refs.append(LegalReference(ref_id, doc_type, english, num, year, tcode, icode, issuer_id, issued, subj, start, end, surface))
        covered.append((start, end))
        last_type, last_end = doc_type, end
    regulations, regulation_shorts = _regulations(text, resolve_org)
    if regulations:
        refs = sorted(refs + regulations, key=lambda r: r.start)
        covered.extend((r.start, r.end) for r in regulations)
    refs = _shared_dates(text, refs, date_re)
    refs = _issued_together(text, refs)
    if refs and "từ ngày ký" in text:
        refs = _signed_by_all(text, refs, _signed_matches(text, data["_signed_by_all"], data["_signed_words"]), types, date_re)
    if refs:
        refs = _issued_by_bare_type(text, refs, data["_bare_subject"], types)
    named_refs = _named_and_short(text, refs, covered, short, named, types)
    if regulation_shorts:
        named_refs = sorted(named_refs + regulation_shorts, key=lambda r: r.start)
    return _dates_of_same_number(refs, _short_form_dates(text, refs, named_refs, date_re)), named_refs


def _date_issuer_subject(text: str, start: int, end: int, number_start: int, year: int | None,
                         resolve_org) -> tuple[str, str, str]:
    """What the page says of the document cited from `start` to `end` (its number from `number_start`): its issue
    date, its issuer when named after it ("… của Bộ Tài chính"), and its subject (trích yếu)."""
    _, _, _, _, type_any, _, _, date_re, by_re, subject_re, _ = _vocab()
    rest = text[end: end + 400]
    issued = ""
    d = date_re.match(rest)
    alias = not d and rest[:2].lstrip()[:1] == "(" and _ALIAS.match(rest)
    if alias:  # "Thông tư số 210/2009/TT-BTC (Thông tư 210) ngày 06/11/2009": the short name the page then uses
        d = date_re.match(rest[alias.end():])
        rest = rest[alias.end():] if d else rest
    if d:
        issued = _iso(d, year)
        rest = rest[d.end():]
    issuer_id = ""
    b = by_re.match(rest)
    if b and resolve_org:
        issuer_id = resolve_org(b["org"].strip()) or ""
    if b:
        rest = rest[b.end():]
        d = None if issued else date_re.match(rest)
        if d:
            issued = _iso(d, year)
            rest = rest[d.end():]
    if not issued:
        # "… được Bộ Tài chính ban hành ngày 20/4/2018", "… do Quốc hội thông qua ngày 29/3/2011".
        p = _ISSUED_BY.match(rest)
        d = date_re.match(rest[p.end():]) if p else None
        issued = _iso(d, year) if d else ""
    if not issued:
        d = _DATE_BEFORE.search(text, max(0, start - 160), start)
        if not d:
            new_year = _NEW_YEAR.search(text, max(0, start - 160), start)
            issued = f"{new_year['y']}-01-01" if new_year and (not year or int(new_year["y"]) == year) else ""
        if not d and _BRACKETED.search(text, max(0, start - 8), start):
            d = _DATE_BEFORE_TITLE.search(text, max(0, start - 400), start)
        issued = _iso(d, year) if d else issued
    if not issued and "từ ngày ký" in text:
        d = _SIGNED_BEFORE.search(text, max(0, start - 100), start) or _SIGNED_AFTER.match(rest)
        issued = _iso(d, year) if d else ""
    if not issued and _FORM_BASIS.search(text, max(0, start - 24), start):
        # A form's basis, its two lines kept apart: "(Ban hành theo Thông tư số 200/2014/TT-BTC\n\nNgày 22/12/2014
        # của Bộ Tài chính)".
        d = _NEXT_LINE_DATE.match(text, end)
        issued = _iso(d, year) if _of_numbers_year(d, year) else ""
    if not issued and _HEADER_NUMBER.search(text, max(0, number_start - 12), number_start):
        d = _HEADER_DATE.match(text, end)
        issued = _iso(d, year) if _of_numbers_year(d, year) else ""
    s = subject_re.match(rest)
    subj = _trim_subject(s["s"]) if s else ""
    if not issued and s and "ban hành" in s["s"]:
        # "Thông tư 156/2013/TT-BTC hướng dẫn thi hành luật thuế, ban hành ngày 06/11/2013": the date after
        # the subject, when no other document is named in between (its date it would be).
        d = _ISSUED_AFTER_SUBJECT.search(s["s"])
        if _of_numbers_year(d, year) and not type_any.search(s["s"], 0, d.start()) and not _NUMBER_IN.search(s["s"], 0, d.start()):
            issued = _iso(d, year)
    return issued, issuer_id, subj


# The year of a standard's or a regulation's number follows a colon glued to its number ("QCVN 3:2019/BKHCN", "QCVN
# 11-MT:2015/BTNMT", "TCVN 7571-1:2006"): what follows is no document's number, though "2015/BTNMT" has the shape
# of one. A document's own number follows a word's colon ("Số: 200/2014/TT-BTC"), with no digit in the word.
_STANDARDS_COLON = re.compile(r"\d[\w\-]*[ ]?:[ ]?$")


def _after_standards_colon(text: str, start: int) -> bool:
    return ":" in text[start - 2: start] and _STANDARDS_COLON.search(text, max(0, start - 12), start) is not None


@lru_cache(maxsize=1)
def _regulation_vocab():
    """The pattern of a regulation's number (legal.json `regulations`), the type words before it, its types."""
    data = data_json("legal.json")
    code = rf"[{UPPER}][A-Za-z{UPPER}{LOWER}&]*\d*"
    number = re.compile(rf"(?<![\w/])(?P<prefix>{'|'.join(map(re.escape, data['regulations']))})[ ]?"
                        rf"(?P<num>\d{{1,3}}(?:[ ]?[{_DASH}][ ]?[0-9A-ZĐ]{{1,4}})*)(?![\w/])"  # (the schema's REFERENCE_ID_PATTERN)
                        rf"(?:[ ]?:[ ]?(?P<year>(?:19|20)\d\d)(?![\w:])"
                        rf"(?:[ ]?/[ ]?(?P<code>{code}(?:[{_DASH}]{code})*))?)?")
    lead = re.compile(rf"(?i:{'|'.join(map(re.escape, data['regulation_leads']))})\s+$")
    return data["regulations"], number, lead


def _regulations(text: str, resolve_org) -> tuple[list[LegalReference], list[NamedReference]]:
    """The national technical regulations a page cites ("Quy chuẩn kỹ thuật quốc gia QCVN 20:2019/BKHCN"), each a legal
    document numbered as issued ("QCVN20:2019/BKHCN"), and their short forms, a number without its issuer code
    ("QCVN 11:2017"), resolved only when the page gives one full number for it (legal.json `_about_regulations`)."""
    types, number, lead = _regulation_vocab()
    if not any(prefix in text for prefix in types):
        return [], []
    vocab = _vocab()
    data, known_codes = vocab[0], vocab[-1]
    refs, shorts = [], []
    for m in number.finditer(text):
        doc_type, english = types[m["prefix"]]
        end = _code_end(text, m.start("code"), m.end(), known_codes) if m["code"] else -1
        if end <= m.start("code"):  # no issuer code: a short form
            short_end = m.end("year") if m["year"] else m.end("num")
            shorts.append(NamedReference("short", doc_type, text[m.start(): short_end], "", m.start(), short_end))
            continue
        before = lead.search(text, max(0, m.start() - 40), m.start())
        start = before.start() if before else m.start()
        year, icode = int(m["year"]), canonical(text[m.start("code"): end])
        issued, issuer_id, subject = _date_issuer_subject(text, start, end, m.start(), year, resolve_org)
        refs.append(LegalReference(canonical(text[m.start(): end]), doc_type, english, canonical(m["num"]), year, m["prefix"],
                                   icode, issuer_id or _issuer_id(icode, data["issuer_codes"]), issued, subject, start, end,
                                   text[start: end]))
    return refs, [replace(n, resolved_reference_id=_resolve_regulation(n.text, refs)) for n in shorts]


def _resolve_regulation(short: str, refs: list[LegalReference]) -> str:
    """The one full number of the page a regulation's short form ("QCVN 11:2017", "QCVN 20") stands for, or ""."""
    number, _, year = canonical(short).partition(":")
    ids = {r.reference_id for r in refs if r.reference_id.startswith(f"{number}:{year}")}
    return ids.pop() if len(ids) == 1 else ""


# Two documents issued together: "cùng với việc ban hành Nghị quyết 01/NQ-CP …, Chính phủ cũng đã ban hành
# Nghị quyết 02/NQ-CP" ("together with issuing A, … also issued B"): B is of A's day, in one sentence.
_TOGETHER_BEFORE = re.compile(r"cùng với việc\s+(?:ký\s+)?ban hành\s+$")
_TOGETHER_AFTER = re.compile(r"[^.;:\n]{0,300}?\s(?:cũng|đồng thời)\s+(?:đã\s+)?(?:ký\s+)?ban hành\s+")


def _issued_together(text: str, refs: list[LegalReference]) -> list[LegalReference]:
    out = list(refs)
    for i in range(1, len(out)):
        first, r = out[i - 1], out[i]
        if (not r.issued_date and first.issued_date and _TOGETHER_BEFORE.search(text, max(0, first.start - 30), first.start)
                and (m := _TOGETHER_AFTER.match(text, first.end)) and m.end() == r.start
                and (not r.year or str(r.year) == first.issued_date[:4])):
            out[i] = replace(r, issued_date=first.issued_date)
    return out


# The verb of issuing and a whole date, after a sentence's subject (_issued_by_bare_type reads the subject before it).
_ISSUED_DATE = (r"ban hành\s+(?:vào\s+)?ngày\s+(?P<d>\d{1,2})\s*(?:/|-|tháng\s+)\s*"
                r"(?P<m>\d{1,2})\s*(?:/|-|,?\s*năm\s+)\s*(?P<y>(?:19|20)\d{2})")  # (and after a subject: _ISSUED_AFTER_SUBJECT)
_ISSUED_ON = re.compile(_ISSUED_DATE)


def _issued_by_bare_type(text: str, refs: list[LegalReference], bare_subject: re.Pattern, types: dict) -> list[LegalReference]:
    """A sentence about the document named last, by its type word alone, that gives its issue date: "Luật phá sản
    hiện hành là Luật phá sản 51/2014/QH13. Luật này được ban hành ngày 19/6/2014" (tai-ve-mien-phi-luat-pha-san-
    moi-nhat.md), "Thông tư ban hành ngày 30/12/2019" after "Thông tư 31/2019/TT-NHNN áp dụng cho …". Only the
    last number of that type before it, and only when its number carries the date's year: the year checks the
    reading (a bare "Thông tư" may be another one, unnumbered, as in "Ngày 30/12/2019, Ngân hàng Nhà nước ban
    hành Thông tư quy định …")."""
    out = list(refs)
    for m in _ISSUED_ON.finditer(text):
        subject = bare_subject.search(text, max(0, m.start() - 40), m.start())
        if not subject:
            continue
        doc_type = types[subject["type"].casefold()][0]
        last = max((i for i, r in enumerate(out) if r.end <= subject.start("type") and r.doc_type == doc_type), default=None)
        if last is not None and out[last].year == int(m["y"]) and not out[last].issued_date:
            out[last] = replace(out[last], issued_date=_iso(m))
    return out


def _short_form_dates(text: str, refs: list[LegalReference], named_refs: list[NamedReference],
                      date_re: re.Pattern) -> list[tuple[str, str]]:
    """(number, date) of the short forms the page resolves to one full number and dates: "Thông tư 200 ban
    hành ngày 22/12/2014" on a page that also gives "Thông tư 200/2014/TT-BTC" (tai-mien-phi-thong-tu-200-
    2014-tt-btc-che-do-ke-toan-doanh-nghiep.md). The year the number carries, if it carries one, is the date's."""
    years = {r.reference_id: r.year for r in refs}
    out = []
    for n in named_refs:
        if n.kind != "short" or not n.resolved_reference_id:
            continue
        d = date_re.match(text[n.end: n.end + 60])
        year = years.get(n.resolved_reference_id)
        if d and (d["y"] or year) and (not year or not d["y"] or int(d["y"]) == year):
            out.append((n.resolved_reference_id, _iso(d, year)))
    return out


def _dates_of_same_number(refs: list[LegalReference], more: list[tuple[str, str]] = ()) -> list[LegalReference]:
    """One number is one document, whichever mention gives its date: a headline's "Thông tư 141/2013/TT-BTC
    hướng dẫn …" is issued on the date the body gives ("Ngày 16 tháng 10 năm 2013 Bộ Tài chính ban hành
    Thông tư 141/2013/TT-BTC"), or a short form's (`more`, from _short_form_dates). Only when the page gives
    the number one date: of two, neither is guessed."""
    dates: dict[str, set[str]] = {}
    for ref_id, day in more:
        if day:
            dates.setdefault(ref_id, set()).add(day)
    for r in refs:
        # A number's year is the year it was issued in ("73/2018/NĐ-CP"): a date of another year was read
        # from a neighbour ("Nghị định 60/2020/NĐ-CP ngày 29/5/2020, … ban hành kèm Nghị định
        # 73/2018/NĐ-CP") and is lent to no other mention.
        if r.issued_date and (not r.year or r.issued_date[:4] == str(r.year)):
            dates.setdefault(r.reference_id, set()).add(r.issued_date)
    return [replace(r, issued_date=next(iter(dates[r.reference_id])))
            if not r.issued_date and len(dates.get(r.reference_id, ())) == 1 else r for r in refs]


# A short name in brackets right after a number, before its date: "(Thông tư 210)", "(Nghị định 08)".
_ALIAS = re.compile(rf"[ ]?\([ ]?[{UPPER}][^()\n]{{1,36}}\)")


# Numbers listed with nothing but separators between them: ", ", " và ", "; ".
_LIST_GAP = re.compile(r"[\s,;]*(?:và\s+)?(?:số\s+)?")  # "2801/QĐ-BTC, 2802/QĐ-BTC và số 2803/QĐ-BTC"


def _shared_dates(text: str, refs: list[LegalReference], date_re: re.Pattern) -> list[LegalReference]:
    """A list of numbers of one kind shares the date written after its last: "các Quyết định số 2801/QĐ-BTC,
    2802/QĐ-BTC, …, 2808/QĐ-BTC ngày 31/12/2019", "Nghị quyết số 892/NQ-UBTVQH14, Nghị quyết số 893/… ngày
    11/02/2020". Only numbers of the same type and issuer codes and, when they carry a year, of the date's: in
    "Thông tư 38/2015/TT-BTC và Thông tư 39/2018/TT-BTC ngày 20/4/2018" the date is the second's alone."""
    out = list(refs)
    for i in range(len(out) - 1, 0, -1):
        last = out[i]
        if not last.issued_date or not date_re.match(text[last.end: last.end + 40]):
            continue
        j = i - 1
        while j >= 0:
            r, nxt = out[j], out[j + 1]
            if (r.issued_date or _LIST_GAP.fullmatch(text, r.end, nxt.start) is None or r.type_code != last.type_code
                    or r.issuer_code != last.issuer_code or (r.year and str(r.year) != last.issued_date[:4])):
                break
            out[j] = replace(r, issued_date=last.issued_date)
            j -= 1
    return out


def _only_list_between(gap: str) -> bool:
    # Between two numbers of one list: separators, "số", a date or an issuer clause, nothing else.
    gap = _GAP_DATE.sub("", gap)
    return len(gap) < 40 and bool(_GAP_WORDS.fullmatch(gap))


_GAP_DATE = re.compile(r"ngày\s+\d{1,2}\s*(?:/|tháng)\s*\d{1,2}\s*(?:/|năm)\s*\d{4}")
_GAP_WORDS = re.compile(r"[\s,;và(hoặc)số]*")


# The issue date before the type word, with the verb of issuing right before it: "Ngày 14/4/2025, Bộ
# Chính trị ban hành Chỉ thị …", "ngày 11/4, Thủ tướng đã ký Quyết định …". A body that "has", "puts out"
# or "sends" a document on a day issued it then, the verb right before the document's type word or number:
# "Ngày 19/12/2019, Văn phòng Chính phủ có văn bản số 11547/VPCP-CN", "Ngày 13/8/2020, Tổng cục Hải quan ra
# Thông báo số 5344/…" (no word between: "có hiệu lực Luật …" is no issuing).
# A full date in brackets stands for "ngày …": "đầu năm 2020 (15/1/2020), Tổng cục Hải quan ban hành Quyết
# định …"; the year and the closing bracket are required, so "(1/2)" or a bracketed list is no date.
_ISSUING_AFTER_DATE = (r"\)?\s*,?\s*(?:[^.;:\d]{0,80}?\s)?(?:đã\s+)?(?:(?:ban hành|ký ban hành|ký)(?:\s+[^\s\d.,;:]+){0,2}"
                       r"|(?:tiếp tục\s+)?(?:có|ra|gửi|phát hành))\s+$")
_DATE_BEFORE = re.compile(r"(?:[Nn]gày\s+|\((?=\d{1,2}/\d{1,2}/(?:19|20)\d{2}\)))(?P<d>\d{1,2})\s*(?:/|-|tháng\s+)\s*(?P<m>\d{1,2})(?:\s*(?:/|-|,?\s*năm\s+)\s*(?P<y>(?:19|20)\d{2}))?"
                          + _ISSUING_AFTER_DATE)
# New Year's Day named in words before the issuing verb: "ngay trong ngày đầu năm 2019, … ban hành Nghị quyết
# 01/NQ-CP", "ngày đầu tiên của năm 2020": the 1st of January. One day only: "những ngày đầu năm 2021" and
# "8 ngày đầu năm 2021" are the first days, a span, and date nothing.
_NEW_YEAR = re.compile(r"[Nn]gày(?<!\d[ ][Nn]gày)(?<![Nn]hững[ ][Nn]gày)(?<![Cc]ác[ ][Nn]gày)\s+đầu\s+(?:tiên\s+(?:của\s+)?)?năm\s+(?P<y>(?:19|20)\d{2})"
                       + _ISSUING_AFTER_DATE)

# The same with the document's title after the verb and its number in brackets closing the title: "Ngày
# 22/9/2020, Tổng cục Hải quan ban hành Kế hoạch tăng cường, nâng cao hiệu quả công tác phòng, chống … (theo
# Công văn 6197/KH-TCHQ)". Only before a bracket: a number after a title with no bracket is often another
# document's, the one the title cites ("ban hành Kế hoạch thực hiện Nghị quyết 01/NQ-CP").
_BRACKETED = re.compile(r"\(\s*(?:theo\s+|tại\s+)?$")
_DATE_BEFORE_TITLE = re.compile(_DATE_BEFORE.pattern.removesuffix(r"\s+$") + r"\s+[^.;:\n()]{1,250}\(\s*(?:theo\s+|tại\s+)?$")


# The date a document took effect on, said to be its signing day: "Có hiệu lực thực hiện ngay từ ngày ký
# (17/10/2017), nhưng đến nay Nghị định 116/2017/NĐ-CP …" before the number, "Nghị định … có hiệu lực
# từ ngày ký (17/10/2017)" after it; the date may follow with no bracket ("… từ ngày ký 23/12/2020"). An effect date alone ("có hiệu lực từ ngày 1/1/2018") is no issue
# date, and a sentence's end between the date and the number makes it another document's.
_SIGNED = r"hiệu lực(?:\s+(?:thi hành|thực hiện|kể)){0,2}\s+(?:ngay\s+)?từ ngày ký\s*[(,]?\s*(?:ngày\s+)?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})\s*\)?"
_SIGNED_BEFORE = re.compile(_SIGNED + r"[^.;:\n]{0,60}$")
_SIGNED_AFTER = re.compile(r"[^.;:\n]{0,60}?[ ]có\s+" + _SIGNED)


_HAS_EFFECT = re.compile(r"có\s+hiệu lực")  # (a literal first: the engine's fast scan for "có")


def _signed_matches(text: str, signed: re.Pattern, words: int):
    """signed.finditer(text) (the pattern of _signed_by_all), tried only where a match can start. Every match
    has "có", whitespace and "hiệu lực" (_SIGNED's first words) after its subject, and before that "có" only
    words and whitespace, at most `words` words (a first one maybe in part: the pattern has no word boundary
    before "các"); so a match starts within those words before a "có hiệu lực" (_HAS_EFFECT), and the
    positions there tried in order, each after the last match's end, are finditer's own. The pattern run at
    every position of the page cost 2 ms on the one page of ../shared/corpus that has "từ ngày ký"."""
    starts = set()
    for e in _HAS_EFFECT.finditer(text):
        lo = e.start()
        for _ in range(words):  # back over whitespace, then over the word before it
            j = lo
            while j > 0 and text[j - 1].isspace():  # (str.isspace is the pattern's \s)
                j -= 1
            if j == lo:
                break
            while j > 0 and not text[j - 1].isspace():
                j -= 1
            lo = j
        starts.update(range(lo, e.start()))
    pos = 0
    for s in sorted(starts):
        if s >= pos and (m := signed.match(text, s)):
            yield m
            pos = m.end()


def _signed_by_all(text: str, refs: list[LegalReference], signed, types: dict,
                   date_re: re.Pattern) -> list[LegalReference]:
    """The signing day a later sentence gives the documents named before it: "Các quyết định trên có hiệu lực
    từ ngày ký 23/12/2020" dates every decision before it, "Quyết định trên …" the last one. Not a document
    dated otherwise, nor one whose number carries another year, nor one whose own day and month, written
    without the year ("Quyết định 3504/QĐ-TCHQ, ngày 23/12"), are another day's."""
    out = list(refs)
    for m in signed:  # (_signed_matches: the pattern's matches)
        doc_type = types[(m["ptype"] or m["stype"]).casefold()][0]
        before = [i for i, r in enumerate(out) if r.end <= m.start() and r.doc_type == doc_type]
        for i in before if m["ptype"] else before[-1:]:
            r = out[i]
            own = date_re.match(text[r.end: r.end + 40])  # (the pattern is anchored: a slice, not a start position)
            if (r.issued_date or (r.year and r.year != int(m["y"]))
                    or (own and (int(own["d"]), int(own["m"])) != (int(m["d"]), int(m["m"])))):
                continue
            out[i] = replace(r, issued_date=_iso(m))
    return out


_ISSUED_AFTER_SUBJECT = re.compile(r",\s*(?:được\s+)?(?:ký\s+)?" + _ISSUED_DATE)
_NUMBER_IN = re.compile(r"\d\s?/")  # a number, another document's
_FORM_BASIS = re.compile(r"[Bb]an hành (?:kèm )?theo\s+$")
_NEXT_LINE_DATE = re.compile(r"[ ]*\n+[ *_]*Ngày\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})")


# A document's own header: its number after "Số:", then, a few lines down, the place and day it was issued
# ("Số: 200/2014/TT-BTC\n\n*Hà Nội, ngày 22 tháng 12 năm 2014*"), past the national motto or the subject
# line ("V/v …") that may stand between (Nghị định 30/2020/NĐ-CP, Phụ lục I: the header's layout). The
# place is a few capitalised words before the comma, the date in words, on a line of its own.
_HEADER_NUMBER = re.compile(r"(?:^|\n)[ *_]*Số[ ]?:[ ]*$")
_HEADER_DATE = re.compile(rf"[^\n]*(?:\n[^\n]{{0,80}}){{1,8}}?\n[ *_|]*[{UPPER}][\w. ]{{0,30}},[ ]*ngày[ ]+(?P<d>\d{{1,2}})[ ]+tháng[ ]+(?P<m>\d{{1,2}})[ ]+năm[ ]+(?P<y>(?:19|20)\d{{2}})")


# The issuer and the verb of issuing in the passive, before the date: "được Thủ tướng ký ban hành",
# "do Bộ Tài chính ban hành", "được Quốc hội thông qua". A verb of something else ("được sửa đổi, bổ sung
# tại Nghị định … ngày …") puts another document's date after it.
_ISSUED_BY = re.compile(r"\s*,?\s*(?:được|do)\s+(?:[^\s,.;:()\d]+\s+){0,8}?(?:ký\s+)?(?:ban hành|thông qua|ký)(?=\s+(?:vào\s+)?ngày\s+\d)")


def _of_numbers_year(d: re.Match | None, number_year: int | None) -> bool:
    """Whether a date found (its year in group "y") may date the number: of the year the number carries, if it carries one."""
    return d is not None and (not number_year or int(d["y"]) == number_year)


def _iso(m: re.Match, number_year: int | None = None) -> str:
    """The date of a match, its year completed from the document's number when the text leaves it out."""
    day, month = int(m["d"]), int(m["m"])
    year = int(m["y"]) if m["y"] else number_year
    if not year:
        return ""
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else ""


_SUBJECT_END = re.compile(r"\s+(?:và|cùng|đồng thời)\s+(?:Nghị định|Thông tư|Quyết định|Chỉ thị|Nghị quyết|Luật)\b|,\s+(?:theo|trong đó|nhằm|để)\b")


def _trim_subject(subject: str) -> str:
    cut = _SUBJECT_END.search(subject)
    out = subject[: cut.start()] if cut else subject
    return out.strip(" ,")[:300].rstrip(" ,")  # a subject cut at 300 characters may end on a space


def _by_first_letter(patterns: tuple[re.Pattern, ...], text: str):
    """finditer of the one pattern `patterns` were split from, one for each first letter of its phrases (_vocab):
    the matches of all, in order, each kept unless it starts inside the last one kept. (Two never match at
    one place, having different first letters, and none has two of its own matches overlap, a match holding
    no second of its first letter: so each finds every place it matches, and the leftmost of those past the
    last match's end is the one pattern's next match.)"""
    done = 0
    for m in sorted((m for pattern in patterns for m in pattern.finditer(text)), key=lambda m: m.start()):
        if m.start() >= done:
            done = m.end()
            yield m


def _named_and_short(text, refs, covered, short, named, types) -> list[NamedReference]:
    out: list[NamedReference] = []
    by_type_number: dict[tuple[str, str], list[str]] = {}
    for r in refs:
        by_type_number.setdefault((r.doc_type, r.number.lstrip("0")), []).append(r.reference_id)

    def inside(a: int, b: int) -> bool:
        return any(s <= a < e or s < b <= e for s, e in covered)

    for m in _by_first_letter(short, text):
        if inside(m.start(), m.end()):
            continue
        doc_type = types[m["type"].casefold()][0]
        candidates = sorted(set(by_type_number.get((doc_type, m["num"].lstrip("0")), [])))
        # Conservative: a short form is resolved only when the page gives exactly one full number for it.
        resolved = candidates[0] if len(candidates) == 1 else ""
        out.append(NamedReference("short", doc_type, m.group(0), resolved, m.start(), m.end()))
        covered.append((m.start(), m.end()))
    for m in named.finditer(text):
        if inside(m.start(), m.end()):
            continue
        tail = _TAIL_END.split(text[m.end(): m.end() + 160], maxsplit=1)[0]
        title = _trim_name(m.group(0) + " ".join(tail.split(" ")[:15]))
        if len(title.split()) < 2 or _numbered_after(text, m.start() + len(title)):
            continue
        out.append(NamedReference("named", m["head"], title, "", m.start(), m.start() + len(title)))
    return sorted(out, key=lambda r: r.start)


# A document's name ends where the sentence goes on with a verb or a preposition, or joins another document
# (legal.json `heads_after_and`: a standard, a regulation).
_NAME_STOP = re.compile(
    r"\s(?:và\s+(?:Luật|Bộ luật|Chiến lược|Kế hoạch|Chương trình|Đề án|Nghị quyết|Nghị định|Thông tư|Quyết định|"
    + "(?i:" + "|".join(map(re.escape, data_json("legal.json")["heads_after_and"])) + r"))|đã|đang|sẽ|vừa|là|được|bị|có|cho|của|tại|với|trong|theo|để|khi|nhằm|cũng|đều|thì|mà|này|đó|cần|phải|nên|vẫn|còn|về|các|những|một|hiện hành|mới|"
    r"số\s+\d+|ngày|trên|đến|tới|vào|từ|do|như|giai đoạn|nêu|quy định|hướng dẫn|sửa đổi|thực hiện|triển khai|ban hành|"
    r"tạo|đặt|đạt|góp|giúp|chính thức|có hiệu lực|yêu cầu|xác định|đi vào)\b"
)


def _trim_name(name: str) -> str:
    cut = _NAME_STOP.search(name)
    out = name[: cut.start()] if cut else name
    return _DANGLING_JOIN.sub("", out.rstrip(" -–,"))


_TAIL_END = re.compile(r"[,.;:()“”\"\n]")
_DANGLING_JOIN = re.compile(r"(?:\s+(?:và|hoặc))+$")
_NUMBER_AFTER = re.compile(r"\s*(?:số\s*)?\d{1,5}\s?/")


def _numbered_after(text: str, pos: int) -> bool:
    return bool(_NUMBER_AFTER.match(text[pos: pos + 20]))
