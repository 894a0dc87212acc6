"""People: names with the titles the language attaches to them, in the orders it uses.

    title [organisation] name       "Phó Tổng cục trưởng Tổng cục Hải quan Hoàng Việt Cường"
    title, title [organisation] name "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng"
    rank [title [organisation]] name "Thượng tướng Tô Lâm", "Đại tá, Giám đốc Công an tỉnh Lê Văn A"
    [honorific] name – title org    "ông Đặng Hoa Nam – Cục trưởng Cục Trẻ em"
    [honorific] name, title, title  "ông X, Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Y"
    plural title: name, name và name "các Thứ trưởng A, B và C": each one a Thứ trưởng
    plural title: rank name; rank name "các đồng chí Thứ trưởng: Thượng tướng A; Thượng tướng B"
    honorific foreign-name, title    "ông Nicolas Audier, Chủ tịch EuroCham", "Ông Hatsushiba, Trưởng nhóm"
    title given-name, ông given-name "Thứ trưởng Hà", "ông Chung" (a later mention of someone named in full)

Honorifics (ông, bà, đồng chí, Đ/c) and academic prefixes (TS., PGS.TS) are never part of a name; photo
and author credits ("Ảnh: Hải Yến", a byline) are not participants. A person's title is the office
they hold when one is given, else their party secretaryship, their military or police rank, a
membership ("Ủy viên Bộ Chính trị"); a former office keeps its marker ("nguyên Bộ trưởng"), and a later
mention may give the fuller form of the same office ("Phó Thủ tướng" … "Phó Thủ tướng Thường trực").
Names are matched whatever the placement of their tone marks (Hòa/Hoà): one person, the surface of the
first mention kept; a name given again without its middle "Thị" or "Văn" and with the same title is the
same person too, as is a name given once with a tone mark dropped ("Thanh" once, "Thành" six times).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from pipeline.extract.names import (SYLLABLE, glued_names, is_syllable, match_person, minority_name, name_after_prefix,
                                    not_names, person_name_pattern, starts_person, unlisted_names)
from pipeline.extract.vocabulary import LOWER, UPPER, data_csv, data_json
from pipeline.text.fold import match_key, tone_mark_spellings, toneless
from pipeline.text.phrases import alternation, at_word_start, whole_words


@dataclass
class Person:
    name: str
    title: str = ""
    title_en: str = ""
    organisation_surface: str = ""  # the words naming the title's organisation, as on the page
    organisation_start: int = -1
    role: str = "mentioned"
    mentions: list[tuple[int, int]] = field(default_factory=list)  # spans of every mention


class Office(NamedTuple):
    """A title as the page attaches it to a name, with the organisation it names after it."""
    title: str
    title_en: str
    kind: str  # executive, party, rank, membership or profession (titles.csv)
    organisation: str = ""
    organisation_start: int = -1
    start: int = -1  # where the title starts on the page
    end: int = -1  # where the title and its organisation end
    stack_start: int = -1  # where the titles stacked with it start: "các đồng chí |Ủy viên …, Thứ trưởng: Thượng tướng A"


# Which title of a person's several is reported: the office, else the party secretaryship, the rank,
# a membership, a profession ("Luật sư X, Chủ tịch Công ty Luật Y": the Chủ tịch).
_PRECEDENCE = {"executive": 0, "party": 1, "rank": 2, "membership": 3, "profession": 4}


@dataclass(frozen=True)
class _Vocab:
    title_re: re.Pattern
    info: dict  # folded title → its titles.csv row
    qualifiers: dict  # folded qualifier → its English, "{}" standing for the title's
    marker_re: re.Pattern  # an honorific, person noun or academic prefix just before a name
    copula_noun_re: re.Pattern  # a person noun before the copula before a name (_COPULA_BEFORE)
    plural_re: re.Pattern  # "các", "hai" … just before a title or an honorific
    place_re: re.Pattern  # a word that puts a place after it, just before a name
    marker_len: int  # the longest honorific, person noun or academic prefix (_ending_at)
    degree_re: re.Pattern  # an academic prefix that is no title, just before a name ("TS.", "PGS.TS")
    degree_at: re.Pattern  # the same, and the space after it, where it starts
    place_len: int  # the longest place word (_ending_at)
    lead_re: re.Pattern  # a title or an honorific just before a given name
    segment_end_re: re.Pattern  # where a title in apposition ends with its organisation
    dangling: frozenset
    formers: dict  # folded former marker → its English, "{}" standing for the title's
    honorific_name_re: re.Pattern  # an honorific and the capitalised words after it, whatever the first, up to the end
    apposition_re: re.Pattern  # a separator and a space before a title's first letter, where a title in apposition may start
    appointment_re: re.Pattern  # the words after a name that put the office it is appointed to after them
    name_syllables: tuple[int, int]  # how many syllables a name in the tables has, at least and at most
    one_word_name: re.Pattern | None  # a one-word name the tables take (value_rules.json), when they take one
    optional_middles: frozenset  # folded middle syllables a page may leave out of a name ("Thị", "Văn")
    holder_re: re.Pattern  # the copula or colon naming a title's holders and an honorific, just before a name
    current_office_re: re.Pattern  # the words before the office held now, after a name or a separator ("hiện là")


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    titles = data_csv("titles.csv")
    people = data_json("people.json")
    rows = {match_key(t["title"]): t for t in titles}
    # "Phó TTg Trương Hòa Bình": an abbreviation stands for its title's row.
    rows.update({match_key(short): rows[match_key(full)] for short, full in people["title_abbreviations"].items()})
    spellings = {v.lower() for t in rows for v in tone_mark_spellings(t)}
    qualifiers = {v.lower() for q in people["title_qualifiers"] for v in tone_mark_spellings(q)}
    former = alternation({v for f in people["former_markers"] for v in (f, f.capitalize())})
    # A trie of the lower-cased titles matches, case-insensitively, the same longest title as the
    # longest-first alternation of them all, at a fraction of the cost (pipeline/text/phrases.py).
    # Titles are matched whatever their case ("trưởng Phòng", "Phó Tổng giám đốc"); the table gets the
    # canonical spelling from titles.csv. "nguyên" (former) before a title is kept on it: not the office held.
    title_re = re.compile(
        rf"(?<![\w])(?:(?<!thẩm )(?<!ủy )(?<!uỷ )(?<!chính )(?P<former>{former})\s+)?(?P<title>{alternation(spellings)})(?:[ ](?P<qualifier>{alternation(qualifiers)}))?(?![\w])",
        re.IGNORECASE)
    # A person noun opening a sentence is capitalised ("Đối tượng Lê Văn Định cùng tang vật …", "Lái xe Vũ Văn Hiếu").
    nouns = [w for n in people["person_nouns"] for w in (n, n[0].upper() + n[1:])]
    markers = people["honorifics"] + nouns + people["academic_prefixes"]
    marker = "|".join(re.escape(h) for h in sorted(markers, key=len, reverse=True))
    degrees = "|".join(re.escape(d) for d in sorted(people["academic_prefixes"], key=len, reverse=True) if match_key(d) not in rows)
    plural = "|".join(re.escape(p) for p in people["plural_markers"])
    place = "|".join(re.escape(w) for w in sorted(people["place_words"], key=len, reverse=True))
    # "yêu cầu", "thị trường": a place word ending a common word puts no place after it.
    compounds = "".join(rf"(?<!{re.escape(w)}\s)" for w in people["place_word_compounds"])
    rules = data_json("value_rules.json")["rules"]
    name_shape = rules["person_name_shape"]
    leads = {c + s[1:] for s in spellings for c in (s[0], s[0].upper())} | set(people["honorifics"])
    return _Vocab(
        title_re=title_re,
        info=rows,
        qualifiers={match_key(q): en for q, en in people["title_qualifiers"].items()},
        marker_re=re.compile(rf"(?:^|(?<=[\s(“\"]))(?:{marker})(?:\s*:?\s*|_)$"),  # "_": glued_names
        copula_noun_re=re.compile(rf"(?:^|(?<=[\s(“\"]))(?:{alternation(nouns)})[ ]$"),
        plural_re=re.compile(rf"(?:^|(?<=[\s(“\":]))(?:{plural})\s+(?:(?:đồng chí|vị)\s+)?$", re.IGNORECASE),
        place_re=re.compile(rf"(?:^|(?<=[\s(])){compounds}(?:{place})\s+$", re.IGNORECASE),
        marker_len=max(map(len, markers)),
        degree_re=re.compile(rf"(?:^|(?<=[\s(“\"]))(?:{degrees})(?:\s*|_)$"),  # "_": glued_names
        degree_at=re.compile(rf"(?:{degrees})[ _]?"),
        place_len=max(map(len, people["place_words"])),
        lead_re=re.compile(rf"{at_word_start(leads, fold_rest=True)}[ ]$"),
        # A comma, a full stop (not that of "T.Ư"), a dash between spaces, or a verb of speech.
        segment_end_re=re.compile(rf"[,;)\n]|\.(?!\w)|\s[–—-]\s|\s{whole_words(people['apposition_end_words'])}"),
        dangling=frozenset(rules["organisation_name_shape"]["dangling_words"]),
        formers={match_key(f): en for f, en in people["former_markers"].items()},
        name_syllables=(name_shape["min_syllables"], name_shape["max_syllables"]),
        one_word_name=re.compile(name_shape["single_word_pattern"]) if "single_word_pattern" in name_shape else None,
        # Before a capital or a former office's marker ("ông X, nguyên Bộ trưởng"): a title may start there.
        # (One scan of the page: its frequent commas cost less there than one str.find and one match each.)
        apposition_re=re.compile(rf"[,(–—-][ ](?=[{UPPER}]|{former})"),
        appointment_re=re.compile(rf"[ ]+{alternation(people['appointment_words'])}[ ]+"),
        optional_middles=frozenset(match_key(w) for w in people["optional_middle_syllables"]),
        # "ông X – Cục trưởng …", "ông X (nguyên Chủ tịch …, hiện là Chủ tịch …)", "ông X tiếp tục là thành viên HĐQT".
        current_office_re=re.compile(rf"[ ]?(?:{alternation(people['current_office_words'])})[ ]+"),
        holder_re=re.compile(rf"(?:[ ]là|[ ]gồm|:)[ ](?P<honorific>{alternation(people['honorifics'])})[ ]$"),
        # "ông Nicolas Audier", "Ông Hatsushiba": a name no family name starts, ending before a word no name holds.
        honorific_name_re=re.compile(
            rf"{at_word_start(people['honorifics'])}\.?[ ](?P<name>{SYLLABLE}(?:[ ](?!{alternation(people['name_stop_syllables'])}(?![\w])){SYLLABLE}){{0,3}})$"),
    )


# A credit's label and what may stand between it and the name ("Ảnh: VGP/Quang Hiếu", "Tác giả: Hà Văn").
_CREDIT = re.compile(r"(?:Ảnh|Ảnh minh họa|Ảnh minh hoạ|Nguồn|Theo|Tin|Bài|Photo|Tác giả)\s*:\s*[^.;\n]{0,40}$")
_ORG_GAP = re.compile(r"^(?:[^.;:!?“”\"]|\.(?=\S)){1,90}$")  # no sentence punctuation ("TP.HCM" is fine)
_NOT_IN_ORG_GAP = re.compile(r",|\s(?:cùng|với|cho|tại|đã|là|có|ông|bà)\s")
# "và" and "của" join the words of one body's name only between capitalised words ("Bộ Kế hoạch và
# Đầu tư", "Ủy ban Quốc phòng và An ninh của Quốc hội"); before a lower-case word they join clauses.
_LOOSE_JOIN = re.compile(rf"\s(?:và|của)\s(?![{UPPER}])")
# A comma or a space between stacked titles; a colon between a plural heading's titles and a listed
# person's own ("các đồng chí Thứ trưởng Bộ Quốc phòng: Thượng tướng A").
_STACKED = re.compile(r"(?:[,:]\s*|[ ])$")
_JOINERS = {"và", "của", "về"}  # function words inside bodies' names, counted neither way
_LIST_SEP = re.compile(r"\s*(?:,\s*và|,|;|và)\s*")
_DASH = "-–— "
# The copula or "gồm" (made up of) between a title and its holders: "hai Thứ trưởng Bộ Tài chính là A và B",
# "3 Phó Cục trưởng, gồm: ông A, ông B và ông C" (a colon before the holders is stripped first).
_COPULA_END = re.compile(r"(?:^|,?\s+|,)(?:là|gồm)$")
_CAPITALISED_HONORIFICS = {"Ông", "Bà"}  # also family names: names.match_person starts the name after them
_CAPITALISED_WORD_BEFORE = re.compile(rf"{SYLLABLE}[ ]$")  # a capitalised word just before
_AFTER_WORD = re.compile(r"\w[ ]+$")  # a word, not punctuation or a line break, just before
_CONCURRENT = re.compile(r"[ ]kiêm[ ]")  # one office held with another ("Chủ tịch kiêm Tổng giám đốc")
_OF_BODY = re.compile(rf"của[ ](?=[{UPPER}])")  # "of" between a title and its body's capitalised name
_APPOSITION_SEP = re.compile(r"\s*(?:[,–—-]|\(|là)\s*")  # between a name and a title in apposition
# Or a space alone before a capitalised title, right after the name: "bà Nguyễn Thị Hương Tổng cục trưởng
# Tổng cục Thống kê cho rằng" (the comma left out).
_BARE_APPOSITION = re.compile(rf"[ ](?=[{UPPER}])")


@lru_cache(maxsize=1)
def _particulars_re() -> re.Pattern:
    """A person's particulars after a name: whoever is named before them is a person. A year or a date of
    birth ("Văn Công A (sinh năm 1991", "Lê B, SN 1985", "Lê Văn Định, sinh ngày 10/7/1988", "Nguyễn Thanh
    Cường (cùng sinh năm 1977"), an age ("Trần C, 45 tuổi"), where they live ("Nguyễn Thức Cường,
    thường trú tại xã Nghi Trường", "Chương Thị Hương, địa chỉ: Số nhà 188A"), or a number identifying them
    ("Trần Thanh Lâm, mã số 212701698": an agent employee's code; a firm's is "mã số thuế"): no body, place or brand is born, lives anywhere or holds
    a personal number. A nickname in brackets may stand between ("Nguyễn Thị Kim Hạnh (Mười Tường), sinh năm 1969"),
    or another name after one of the `alias_words` ("Cà Văn Đe (tên gọi khác Cà Văn Le), sinh năm 1976")."""
    people = data_json("people.json")
    # (Another name may follow a word saying so: "Cà Văn Đe (tên gọi khác Cà Văn Le), sinh năm 1976".)
    alias = rf"(?:[ ]\((?:(?:{alternation(people['alias_words'])})[ ])?[{UPPER}][{LOWER}]*(?:[ ][{UPPER}][{LOWER}]*){{0,3}}\))?"
    return re.compile(rf"{alias}(?:\s*[,(]?\s*(?:cùng\s+)?(?:{alternation(people['birth_words'])})\s+(?:\d{{1,2}}/\d{{1,2}}/)?\d{{4}}"
                      rf"|\s*[,(]?\s*\d{{1,3}}\s+tuổi|\s*[,(]?\s*(?:cùng\s+)?(?:{alternation(people['residence_words'])})[ ]?:?[ ]"
                      rf"|\s*[,(]\s*(?:{alternation(people['id_words'])})\s*:?\s*\d{{6,}}(?!\d))")


def _row(m: re.Match) -> dict:
    return _title_row(m["title"])


@lru_cache(maxsize=2048)
def _title_row(title: str) -> dict:
    """A title's titles.csv row, by its words as on the page (read only: the row is shared)."""
    return _vocab().info.get(match_key(title), {"title": title, "title_en": "", "kind": "executive"})


def _owns_qualifier(m: re.Match) -> bool:
    """Whether the qualifier after a title is the title's: an office's only ("Ủy viên Thường trực" is a
    member of a standing committee, not a standing member), and not when it names the body a title
    shares its noun with ("Chánh Văn phòng Thường trực Ban Chỉ đạo": the chief of the Standing Office;
    but "Phó Trưởng ban Thường trực Ban Chỉ đạo": its standing deputy head)."""
    if not m["qualifier"]:
        return False
    row = _row(m)
    if row["kind"] not in ("executive", "party"):
        return False
    body = row.get("body")
    after = m.string[m.end("qualifier"): m.end("qualifier") + 40].lstrip()
    return not body or match_key(after).startswith(match_key(body)) or starts_person(m.string, m.end("qualifier") + 1)


def _title_end(m: re.Match) -> int:
    """Where a title's words end: with its qualifier when that is the title's, and with the field it is
    in charge of (_field_end)."""
    return _field_end(m, m.end("qualifier") if _owns_qualifier(m) else m.end("title"))


@lru_cache(maxsize=1)
def _field_re() -> re.Pattern:
    """Lower-case words after an office, up to the capitalised head of the body that holds it: the field
    the office is in charge of, part of the title ("Giám đốc vận hành và kinh doanh Công ty Inovatie Hub",
    "Phó Tổng giám đốc phụ trách kinh doanh Tập đoàn X"). Words that join offices or clauses
    (`title_field_stop_words`: "kiêm", "các", "của" …) are no field's."""
    people = data_json("people.json")
    heads = [h for h, _ in data_json("organisation_patterns.json")["heads"] if h[:1].isupper()]
    # A head's first word in lower case is the body's generic noun, not a field ("Phó Hiệu trưởng trường
    # Đại học X", "Giám đốc trung tâm …").
    generic = {h.split()[0].lower() for h in heads}
    stops = alternation(set(people["title_field_stop_words"]) | generic)
    # A field before a comma and a capital, the title in apposition with its body after it, may be named
    # by a body's generic noun ("Ông Hatsushiba, Trưởng nhóm hải quan, JCCI …": the team on customs).
    joins = alternation(people["title_field_stop_words"])
    # A code that stands for lower-case words may close the field ("Giám đốc khối khách hàng DN, Ngân hàng Bản
    # Việt": DN, doanh nghiệp), not one of a name's capitalised words ("HQ": Hải quan).
    patterns = data_json("organisation_patterns.json")
    coded = alternation(k for k, words in {**patterns["expansions"], **patterns["trade_codes"]}.items() if words[:1].islower())
    return re.compile(rf"(?:[ ](?!(?:{stops})(?![\w]))[{LOWER}]+){{1,5}}(?:[ ](?:{coded}))?(?=[ ]{at_word_start(heads)}(?![\w]))"
                      rf"|(?:[ ](?!(?:{joins})(?![\w]))[{LOWER}]+){{1,3}}(?:[ ](?:{coded}))?(?=,[ ][{UPPER}])")


@lru_cache(maxsize=1)
def _capitalised_field_re() -> re.Pattern:
    """A field written with a capital before "tại" and the body (`capitalised_fields`: "Giám đốc Kinh tế
    tại IHS Markit"), or a firm's department named by its English function (the organisations' `functions`)
    before the firm's name: "Giám đốc Bộ phận R&D DKRA Việt Nam" heads DKRA's R&D department, "Giám đốc
    Marketing SNP" SNP's marketing."""
    functions = data_json("organisation_patterns.json")["english_heads"]["functions"]
    return re.compile(rf"[ ](?:{alternation(data_json('people.json')['capitalised_fields'])})(?=[ ]tại[ ])"
                      rf"|[ ](?:Bộ[ ]phận[ ])?(?:{alternation(functions)})(?=[ ][A-Z])")


_FIELD_WORDS = re.compile(rf"(?:[ ][{LOWER}]+){{1,3}}")


def _name_at(text: str, pos: int) -> bool:
    """Whether a name starts at `pos`, or after an academic prefix there ("chuyên gia kinh tế TS. Võ Trí Thành")."""
    degree = _vocab().degree_at.match(text, pos)
    return bool(name_after_prefix().match(text, degree.end()) if degree else person_name_pattern().match(text, pos))


def _profession_field_end(text: str, end: int) -> int:
    """The end of the field a profession is in, in lower-case words right before a person's name:
    "Chuyên gia kinh tế Đinh Thế Hiển" (an economist); `end` when no name follows them."""
    words = _FIELD_WORDS.match(text, end)
    stops = set(data_json("people.json")["title_field_stop_words"])
    split = words.group(0).split() if words else []
    for n in range(len(split), 0, -1):
        field_end = end + len(" " + " ".join(split[:n]))
        if not stops.intersection(split[:n]) and text.startswith(" ", field_end) and _name_at(text, field_end + 1):
            return field_end
    return end


def _field_end(m: re.Match, end: int) -> int:
    """`end`, or the end of the field an executive office with no body noun of its own is in charge of,
    or a profession is in (_profession_field_end)."""
    after = m.string[end + 1: end + 2]
    if not after.isalpha():
        return end  # (most titles: no word after them)
    row = _row(m)
    if row["kind"] == "profession" and after.islower():
        return _profession_field_end(m.string, end)
    if row["kind"] != "executive" or row.get("body"):
        return end
    field = (_field_re() if after.islower() else _capitalised_field_re()).match(m.string, end)
    return field.end() if field else end


def _office(title_match: re.Match, organisation: str = "", organisation_start: int = -1, end: int = -1) -> Office:
    row = _row(title_match)
    title, title_en = row["title"], row["title_en"]
    owns_qualifier = _owns_qualifier(title_match)
    if owns_qualifier:
        # "Phó Thủ tướng thường trực": the qualifier as written, its English wrapping the title's.
        qualifier = title_match["qualifier"]
        title, title_en = f"{title} {qualifier}", _vocab().qualifiers[match_key(qualifier)].format(title_en)
    base_end = title_match.end("qualifier") if owns_qualifier else title_match.end("title")
    field_end = _field_end(title_match, base_end)  # where the title's words end (_title_end)
    if field_end > base_end:  # "Giám đốc vận hành và kinh doanh": the field as written
        title += title_match.string[base_end:field_end]
    english = _vocab().formers.get(match_key(title_match["former"] or ""), "{}")
    if english != "{}":
        # "nguyên Chủ nhiệm", "Quyền Tổng giám đốc": a former or acting office, not the one held; the marker
        # as written. "tân Phó Tổng giám đốc" (new) is the office itself.
        title, title_en = f"{title_match['former']} {title}", english.format(title_en)
    return Office(title, title_en, row["kind"], organisation, organisation_start, title_match.start("title"),
                  max(end, field_end), title_match.start())


def _with_body(text: str, m: re.Match, organisation: str, start: int, end: int, org_end: dict[int, int]) -> tuple[str, int]:
    """A title that ends on its body's generic noun shares it with the words after it: "Trưởng Ban Nội
    chính Trung ương" is the head of the Ban Nội chính Trung ương, "Chánh Văn phòng Bộ" of the Văn
    phòng Bộ. Unless they repeat the noun ("Trưởng phòng Phòng Nghiệp vụ"). `end`: where the words
    after the title may run to at most."""
    body = _row(m).get("body", "")
    if not body or (organisation and match_key(organisation).startswith(match_key(body))):
        return organisation, start
    body_start = m.end("title") - len(body)
    if organisation:
        return text[body_start:start + len(organisation)], body_start
    if org_end.get(body_start, 0) > m.end("title") + 1:
        return text[body_start:min(org_end[body_start], end)].strip(), body_start  # a body the finder knows
    return organisation, start


def find_people(text: str, blocked: list[tuple[int, int]] = (), org_spans: list[tuple[int, int]] = ()) -> list[Person]:
    """People named on a page, one entry per person, mentions merged (full name, then short forms).

    `blocked` spans (bylines, credits) never hold participants; `org_spans` are organisation mentions,
    used to tell "Cục Hải quan Hà Tĩnh" (a place in a name) from a person.
    """
    v = _vocab()
    people: dict[str, Person] = {}  # by the name's folded spelling
    org_end = {s: e for s, e in org_spans}
    spans = sorted(org_spans)
    span_starts = [s for s, _ in spans]
    listing: tuple[Office | None, int] | None = None  # a list after a plural title: its office, where it has got to
    # "TS.Cấn Văn Lực": the family name right after the prefix's full stop; "Chương Thị Hương": one the table lacks.
    glued = sorted(glued_names(text) + unlisted_names(text), key=lambda g: g.start())
    pos = 0
    while True:
        found = person_name_pattern().search(text, pos)
        while glued and glued[0].start() < pos:
            glued.pop(0)
        if glued and (not found or glued[0].start() <= found.start()):
            found = glued.pop(0)  # (found not at "Văn Lực", the family name "Cấn" being after a full stop)
            m = found
        elif not found:
            break
        else:
            m = match_person(text, found.start()) or _titled_place_name(text, found, spans)
        if not m:
            # "Đồng Nai Phùng Thị Bích Hường": not a name at "Đồng", but maybe one word further on.
            pos = found.start() + len(found.group(0).split()[0])
            continue
        i = bisect.bisect_right(span_starts, m.start()) - 1
        if i >= 0 and m.start() < spans[i][1] < m.end():
            # "Cục trưởng Cục Hải quan Bình Dương Nguyễn Phước Việt Dũng": a body's name ends inside the
            # name found ("Dương" ends "Bình Dương", and is a family name): the person's starts after it.
            m = match_person(text, _GAP_AFTER.match(text, spans[i][1]).end()) or m
        pos = m.end()
        a, b = m.start(), m.end()
        if any(s <= a < e for s, e in blocked):
            continue
        before = text[max(0, a - 160): a]
        before = before[before.rfind("\n") + 1:]
        before_start = a - len(before)
        title_matches = list(v.title_re.finditer(text, before_start, a))
        credit = ":" in before and _CREDIT.search(before)  # (a credit has its colon)
        if credit and not (title_matches and title_matches[-1].start() > before_start + credit.start()):
            continue  # "Ảnh: VGP/Lê Sơn", but not "Ảnh: VGP/Lê Sơn Phó Thủ tướng Trương Hòa Bình"
        # Honorifics and place words stand just before the name: look at its last few words only.
        tail_start = max(before_start, a - 40)
        marker = _ending_at(v.marker_re, text, tail_start, a, v.marker_len)
        if not marker and text.startswith(_COPULA_BEFORE, a - len(_COPULA_BEFORE)):
            # A person noun and the copula: "Đạt cùng chị gái là Nguyễn Thị Thuận", "con trai là Trần Huy Hoàng".
            marker = v.copula_noun_re.search(text, max(tail_start, a - len(_COPULA_BEFORE) - v.marker_len), a - len(_COPULA_BEFORE) + 1)
        has_marker = bool(marker) or text[found.start():a].strip() in _CAPITALISED_HONORIFICS  # "Ông Nguyễn …"
        left = _left_office(text, a, title_matches, org_end) or (None if before.strip("*") else _signer_office(text, a, b))
        name = m.group(0)
        if _ending_at(v.place_re, text, tail_start, a, v.place_len) and not (left and len(name.split()) >= 3):
            # "cửa khẩu Trà Lĩnh", "tỉnh Hà Giang", "trường THPT Chu Văn An": a place. A full name after
            # its title's body does follow a place word: "Phó Chủ tịch UBND tỉnh Đặng Ngọc Sơn".
            continue
        if not has_marker and not left and any(s <= a < e for s, e in org_spans):
            continue  # a name inside an organisation's name, not a person
        if not has_marker and left and _inside_one_span(spans, span_starts, left.start, a):
            continue  # and after a title's word inside the same name ("Công ty TNHH một thành viên Hoàng Long")
        if not has_marker and name.count(" ") == 1 and _inside_one_span(spans, span_starts, a, b - 1):
            continue  # two syllables a firm's name ends with are its brand's: "Giám đốc Công ty TNHH Dương Vũ"
        if not has_marker and _after_firm_head(text, a):
            continue  # "Phó Tổng giám đốc Công ty Tôn Phương Nam", "Công ty cổ phần Mai Thành": the firm's name
        if not has_marker and left and left.organisation and left.end == a and name.count(" ") == 1 \
                and left.organisation.split()[-1].islower():
            continue  # "Tổng giám đốc Công ty CP gốm Chu Đậu": a body's proper name after its generic words
        # Particulars make a person of a name no capitalised word runs into ("lái xe Lộc Văn Éng trú tại …": a
        # family name the table lacks, the name found from "Văn" on).
        particulars = _particulars_re().match(text, b)
        if particulars and _CAPITALISED_WORD_BEFORE.search(text, max(0, a - 12), a):
            particulars = None
        right, right_end = _right_offices(text, b, org_end, bare=has_marker)
        if not right and particulars:
            right, right_end = _offices_after_particulars(text, particulars.end(), org_end)
        # A listed person may bring their own rank, titles or honorific: "…: Thượng tướng A; Thượng tướng B".
        lead = left.stack_start if left else marker.start() if marker else a
        in_list = listing is not None and _LIST_SEP.fullmatch(text, listing[1], lead) is not None
        if in_list and listing[0] is not None and (not left or _PRECEDENCE.get(listing[0].kind, 0) < _PRECEDENCE.get(left.kind, 0)):
            # "các Thứ trưởng A, B và C": B and C are Thứ trưởng too; the heading's office goes before a
            # listed person's own rank ("các đồng chí Thứ trưởng: Thượng tướng A; Thượng tướng B"), not
            # before their own office.
            left = listing[0]
        key = match_key(name)
        affiliation = None if (has_marker or left or right) else _affiliation(text, name, b, org_end)
        if not (has_marker or left or right or in_list or key in people or particulars or affiliation or minority_name(name)):
            # A bare capitalised sequence is a person only when the page also names them with a
            # title or an honorific elsewhere (then it merges below), or has a minority's middle name
            # ("bắt giữ Vàng A Công vận chuyển …"); otherwise skip it.
            continue
        p = people.setdefault(key, Person(name))
        p.mentions.append((a, b))
        chosen = min([o for o in (left, _first(right)) if o], key=lambda o: _PRECEDENCE.get(o.kind, 0), default=None)
        # The same office with its qualifier ("Phó Thủ tướng" … "Phó Thủ tướng Thường trực"), not another
        # office of the same words ("Chủ tịch" of one body, "Chủ tịch HĐQT" of another).
        fuller = bool(chosen and p.title) and match_key(chosen.title).startswith(match_key(p.title) + " ") \
            and match_key(chosen.title[len(p.title) + 1:]) in v.qualifiers
        if chosen and (not p.title or fuller or (p.title == chosen.title and not p.organisation_surface and chosen.organisation)):
            # The first mention with a title names the office; a later one with the same title may
            # add its organisation ("Thứ trưởng Nguyễn Thị Hà" … "Thứ trưởng Bộ LĐTBXH Nguyễn Thị Hà"),
            # or give its fuller form ("Phó Thủ tướng X" … "Phó Thủ tướng Thường trực Chính phủ X").
            p.title, p.title_en = chosen.title, chosen.title_en
            if chosen.organisation or not fuller:
                p.organisation_surface, p.organisation_start = chosen.organisation, chosen.organisation_start
        if affiliation and not p.organisation_surface:
            p.organisation_surface, p.organisation_start = affiliation
        if in_list:
            listing = (listing[0], max(b, right_end))
        elif left and v.plural_re.search(text, max(0, left.stack_start - 20), left.stack_start):
            listing = (left, max(b, right_end))
        elif marker and v.plural_re.search(text, max(0, marker.start() - 20), marker.start()):
            listing = (None, max(b, right_end))  # "các đồng chí A, B và C": people, with their own titles
        else:
            listing = None
    _named_after_honorifics(text, people, blocked, org_end)
    _readers(text, people, blocked)
    _foreign_names(text, people, blocked, org_end, spans, span_starts)
    _merge_dropped_middles(people)
    _merge_mistyped_tones(people)
    _merge_short_mentions(text, people)
    for p in people.values():
        p.role = _role(text, p.mentions)
    return sorted(people.values(), key=lambda p: p.mentions[0][0])


_GAP_AFTER = re.compile(r"[ ]*")
_COPULA_BEFORE = " là "
_AND = re.compile(r"[ ]và[ ]")


def _offices_after_particulars(text: str, end: int, org_end: dict[int, int]) -> tuple[list[Office], int]:
    """A title in apposition after a person's particulars ("Trần Thanh Lâm, mã số 212701698 là nhân viên đại
    lý …"), or after the next person's, joined by "và", whom it is shared with ("Phạm Thái Ninh, mã số
    034085005165 và Nguyễn Trung Kiên, mã số 001094004563 là nhân viên …": both)."""
    right, right_end = _right_offices(text, end, org_end)
    joined = not right and _AND.match(text, end)
    other = joined and match_person(text, joined.end())
    theirs = other and _particulars_re().match(text, other.end())
    return (_right_offices(text, theirs.end(), org_end)[0], end) if theirs else (right, right_end)


# A signature block closing a legal text the page reproduces: the signer's title in capitals on its line, the
# name alone on the next ("KT. BỘ TRƯỞNG\n\nTHỨ TRƯỞNG**\n\nTrần Xuân Hà", "TM. CHÍNH PHỦ\n\nTHỦ TƯỚNG").
_SIGNER_NAME_END = re.compile(r"\**[ ]*(?:\n|$)")
_SIGNER_LINE = re.compile(r"\n[ *]*(?P<line>[^\n]+?)[ *]*\n[ *\n]*$")


def _signer_office(text: str, a: int, b: int) -> Office | None:
    """The office of a name alone on its line under a line in capitals that starts with a title: the
    signer of a legal text ("THỨ TRƯỞNG\n\nPhạm Minh Huân": a Thứ trưởng)."""
    if not _SIGNER_NAME_END.match(text, b):
        return None
    above = _SIGNER_LINE.search(text, max(0, a - 80), a)
    line = above["line"] if above else ""
    if not line or not line.isupper():
        return None
    t = _vocab().title_re.match(text, above.start("line"))
    if not t:
        return None
    # The rest of the line names the body the office is of: "CHỦ TỊCH QUỐC HỘI" is the Chủ tịch of the Quốc hội.
    body = text[t.end(): above.end("line")].strip()
    return _office(t, body, t.end() + 1 if body else -1)


@lru_cache(maxsize=1)
def _firm_head_re() -> re.Pattern:
    people = data_json("people.json")
    return re.compile(rf"(?<![\w])(?:{alternation(people['firm_heads'])})(?:[ ](?:{alternation(people['firm_forms'])}))*[ ]$")


def _after_firm_head(text: str, a: int) -> bool:
    """Whether a firm's head noun, maybe with its legal form, stands right before `a` (`firm_heads`,
    `firm_forms`): the name after it is the firm's, named after its owner or a brand ("Công ty TNHH Hoàng
    Phát", "Công ty cổ phần Mai Thành", "Công ty Tôn Phương Nam": tôn, steel sheet). Its officer is named
    before the title, or after the firm's whole name ("Giám đốc Công ty Thái Sơn Lâm Văn Hùng")."""
    return text[a - 1: a] == " " and _firm_head_re().search(text, max(0, a - 40), a) is not None


def _ending_at(pattern: re.Pattern, text: str, start: int, end: int, longest: int) -> re.Match | None:
    """pattern.search(text, start, end) for a pattern of words of at most `longest` characters followed by
    nothing but spaces and a colon up to `end` (marker_re, place_re): tried from where such a word can
    start, past the spaces and colons before `end`, not from every character of the window."""
    k = end
    while k > start and (text[k - 1].isspace() or text[k - 1] == ":"):
        k -= 1
    return pattern.search(text, max(start, k - longest), end)


def _inside_one_span(spans: list[tuple[int, int]], starts: list[int], a: int, b: int) -> bool:
    """Whether one organisation span (of the two last starting at or before `a`: a body's name may hold
    another's) holds both `a` and `b`."""
    i = bisect.bisect_right(starts, a) - 1
    return any(spans[k][1] > b for k in range(max(0, i - 1), i + 1))


def _titled_place_name(text: str, found: re.Match, org_spans: list[tuple[int, int]]) -> re.Match | None:
    """A person's name a place also bears (`titled_place_names`: "Hồ Chí Minh") is the person's right after
    a title ("Chủ tịch Hồ Chí Minh"), outside a body's name ("Ban Quản lý Lăng Chủ tịch Hồ Chí Minh");
    after anything else it is the city ("TP Hồ Chí Minh", "UBND TP Hồ Chí Minh")."""
    a = found.start()
    if found.group(0) not in _titled_places() or text[a - 1: a] != " " or any(s <= a < e for s, e in org_spans):
        return None
    title = _vocab().title_re.search(text, max(0, a - 30), a - 1)
    while title and title.end() != a - 1:
        title = _vocab().title_re.search(text, title.end(), a - 1)
    return found if title else None


@lru_cache(maxsize=1)
def _titled_places() -> frozenset[str]:
    return frozenset(data_json("people.json")["titled_place_names"])


# A body in apposition after a name, with no title: "Theo Phạm Thị X, Văn phòng Ban Y, …" (the person
# works there). The body ends the apposition: a comma, a full stop or a bracket follows it.
_AFFILIATION = re.compile(r"[ ]?,[ ]")
_AFFILIATION_END = re.compile(r"[ ]?(?:[,.;)]|$)")


def _affiliation(text: str, name: str, name_end: int, org_end: dict[int, int]) -> tuple[str, int] | None:
    """The body a full name (three syllables or more: two-syllable ones are often places or brands) is
    given in apposition, as (its words, where they start), else None."""
    sep = _AFFILIATION.match(text, name_end)
    if not sep or name.count(" ") < 2 or sep.end() not in org_end:
        return None
    end = org_end[sep.end()]
    return (text[sep.end():end], sep.end()) if _AFFILIATION_END.match(text, end) else None


def _add_mention(p: Person, a: int, b: int, office: Office | None) -> None:
    """A mention of `p` at a..b, with the office named there, which becomes theirs if they have none yet."""
    p.mentions = sorted(p.mentions + [(a, b)])
    if office and not p.title:
        p.title, p.title_en = office.title, office.title_en
        p.organisation_surface, p.organisation_start = office.organisation, office.organisation_start


def _named_after_honorifics(text: str, people: dict[str, Person], blocked, org_end: dict[int, int]) -> None:
    """People named after an honorific by words no family name starts, with a title in apposition: "ông
    Nicolas Audier, Chủ tịch EuroCham", "Ông Hatsushiba, Trưởng nhóm hải quan". The title says the
    words are a person's name; without one they may be a place ("ông Nam Bộ"). A given name the page
    already gave in full ("ông Chung") is that person's later mention, not a new one."""
    v = _vocab()
    named = [span for p in people.values() for span in p.mentions]
    givens = {k.split()[-1] for k in people if " " in k}
    low, high = v.name_syllables
    # Found from the title's end, the rarer: where a title in apposition starts, then the name before it.
    for apposition in v.apposition_re.finditer(text):
        junction = apposition.start()
        if not v.title_re.match(text, junction + 2):
            continue
        name_end = junction
        while name_end and text[name_end - 1] == " ":
            name_end -= 1
        honorific = v.honorific_name_re.search(text, max(0, name_end - 45), name_end)
        m = honorific or _foreign_name(text, name_end, org_end)
        if not m:
            continue
        a, b = m.span("name")
        name = m["name"]
        key = match_key(name)
        # A name as the table holds one (value_rules.json): "ông Nam", one syllable, is not a full name; a
        # one-word foreign name is, when the table takes one ("Ông Hatsushiba": `single_word_pattern`).
        if not (low <= name.count(" ") + 1 <= high or (v.one_word_name and v.one_word_name.fullmatch(name))) \
                or (" " not in key and key in givens) or name.startswith(tuple(not_names())) \
                or any(s < b and a < e for s, e in named) or any(s <= a < e for s, e in blocked) or v.title_re.match(text, a) \
                or (honorific and m.group(0)[0].isupper() and _AFTER_WORD.search(text, max(0, m.start() - 12), m.start())):
            continue  # (a capitalised honorific starts a sentence: "Tập đoàn Anh Quân Strong" is a firm)
        office = _first(_right_offices(text, b, org_end)[0])
        if not office:
            continue
        # (The first office named with the person holds: "ông Thẩm Hiến Dụ, Tổng hội trưởng …" before "Ông Thẩm Hiến Dụ hy vọng …".)
        _add_mention(people.setdefault(key, Person(name)), a, b, office)


# A foreign name: two or three capitalised words with no Vietnamese marks, a hyphen's part kept ("Moon
# Jae-in"), not running into another capitalised word (a brand's or a body's longer name). (Matched from the
# space before it: a literal start, searched for faster than a look-behind tried at every character.)
_FOREIGN_CANDIDATE = re.compile(rf"[ ](?P<name>[A-Z][a-z]+(?:-[a-z]+)?(?:[ ][A-Z][a-z]+(?:-[a-z]+)?){{1,2}})(?![\w-])(?![ ][{UPPER}])")


@lru_cache(maxsize=1)
def _honorific_before() -> re.Pattern:
    return re.compile(rf"(?:^|(?<=[\s(“\"]))(?P<honorific>{alternation(data_json('people.json')['foreign_name_honorifics'])})\.?[ ]$")


@lru_cache(maxsize=1)
def _place_before_foreign_name() -> re.Pattern:
    """A place whose last word, unmarked, may read as a foreign name's first (`places_before_foreign_names`)."""
    return re.compile(rf"(?<![\w])(?:{alternation(data_json('people.json')['places_before_foreign_names'])})$")


@lru_cache(maxsize=1)
def _not_foreign_name_words() -> frozenset[str]:
    """Words no foreign person's name holds: a brand's ("Hotels", "Air") or a country's ("Campuchia Veng Sakhon")."""
    english = data_json("organisation_patterns.json")["english_heads"]
    return frozenset(data_json("people.json")["brand_words"] + english["last"] + english["countries"])


def _foreign_names(text: str, people: dict[str, Person], blocked, org_end: dict[int, int],
                   spans: list[tuple[int, int]], span_starts: list[int]) -> None:
    """Foreign names (one word at least of no Vietnamese syllable's shape: "Bolat", not "Hai Phong") no
    family name starts and no title in apposition follows (_named_after_honorifics): after an honorific
    ("người kế nhiệm ông là ông Bolat Duisenov", "ông Nicolas Audier cho hay"), or right after a title and
    the body it heads ("Chủ tịch EuroCham Nicolas Audier cho biết", "tổng thống Ronald Reagan"), whose
    office is theirs. A capitalised honorific after a word is no honorific ("Tập đoàn Anh Quân Strong")."""
    v = _vocab()
    named = [span for p in people.values() for span in p.mentions]
    by_end = None  # the bodies' spans by where they end, when a name needs them
    for m in _FOREIGN_CANDIDATE.finditer(text):
        a, b = m.span("name")
        name = m["name"]
        words = name.split()
        if len(words) == 3 and _place_before_foreign_name().search(text, max(0, a - 16), a + len(words[0])):
            # The first word ends a place's name: "Đại sứ Anh tại Việt Nam Gareth Ward", "Thứ trưởng Bộ Ngoại giao và
            # Thương mại New Zealand Vangelis Vitalis"; not a name's family name ("Tổ hợp Samsung Việt Nam Choi Joo Ho").
            a += len(words[0]) + 1
            name, words = name[len(words[0]) + 1:], words[1:]
        if all(is_syllable(w) for w in name.replace("-", " ").split()) or not _not_foreign_name_words().isdisjoint(words) \
                or any(s < b and a < e for s, e in named) or any(s <= a < e for s, e in blocked):
            continue
        i = bisect.bisect_right(span_starts, a) - 1
        if i >= 0 and a < spans[i][1]:
            continue  # inside a body's or a brand's name
        honorific = _honorific_before().search(text, max(0, a - 12), a)
        if honorific and honorific.group(0)[0].isupper() and _AFTER_WORD.search(text, max(0, honorific.start() - 12), honorific.start()):
            honorific = None
        office = None
        if not honorific:
            # The title ends right before the name, or right before a body the finder found that ends there.
            if text[a - 1: a] != " ":
                continue
            title = _title_ending_at(text, a - 1)
            if not title:
                if by_end is None:
                    by_end = {e: s for s, e in spans}
                body = by_end.get(a - 1)
                title = body is not None and text[body - 1: body] == " " and _title_ending_at(text, body - 1)
            # Else a few capitalised words may name the body ("Tổng thống Mỹ Joe Biden", "CEO Uber Dara
            # Khosrowshahi"): the titles of the words just before, if the gap names a body (_left_office).
            titles = [title] if title else list(v.title_re.finditer(text, max(text.rfind("\n", max(0, a - 70), a) + 1, a - 70), a))
            office = _left_office(text, a, titles, org_end) if titles else None
            if not office:
                continue
        _add_mention(people.setdefault(match_key(name), Person(name)), a, b, office)


@lru_cache(maxsize=1)
def _reader_re() -> re.Pattern:
    """A reader quoted in a round-up of readers' letters: a reader noun, maybe its abbreviation in brackets,
    two to four capitalised syllables, and where the reader writes from in brackets ("Bạn đọc (BĐ) Nguyễn
    Khánh Khoa (Đồng Nai)", "BĐ Bảo Nam (Đắk Nông)", "bạn đọc Duy Tân (Hà Nội)"). A handle or initials
    ("BĐ VoTinh", "BĐ NHT") are no name of the table's shape."""
    people = data_json("people.json")
    honorifics = alternation(people["honorifics"])
    return re.compile(rf"{at_word_start(people['reader_nouns'])}(?:[ ]\([{UPPER}]+\))?[ ](?!(?:{honorifics})[ ])"
                      rf"(?P<name>{SYLLABLE}(?:[ ]{SYLLABLE}){{1,3}})[ ]\([^()\n]{{2,40}}\)")


def _readers(text: str, people: dict[str, Person], blocked) -> None:
    """Readers named before where they write from (_reader_re): people with no title."""
    if "ạn đọc" not in text and "ộc giả" not in text and "BĐ" not in text:
        return  # (no reader noun: no search of the page)
    for m in _reader_re().finditer(text):
        a, b = m.span("name")
        if m["name"].startswith(tuple(not_names())) or any(s <= a < e for s, e in blocked):
            continue
        p = people.setdefault(match_key(m["name"]), Person(m["name"]))
        if (a, b) not in p.mentions:
            p.mentions = sorted(p.mentions + [(a, b)])


# A foreign name written without an honorific, in unaccented capitalised words, where a clause starts:
# "Bình luận về kết quả khảo sát mới đây, Andrew Harker, Giám đốc Kinh tế tại IHS Markit, nói, …".
_FOREIGN_NAME = re.compile(r"(?:^|(?<=\n)|(?<=[,.:;(][ ])|(?<=[Tt]heo[ ]))(?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,2})$")


def _foreign_name(text: str, name_end: int, org_end: dict[int, int]) -> re.Match | None:
    """The foreign name before a comma and a title in apposition when no honorific stands before it: two
    or three words, one of which no Vietnamese syllable has the shape of ("Andrew Harker", not "Hai
    Phong"), and no body the organisation finder found there ("Pharmaco Agency- Trưởng ban …" has no comma)."""
    m = _FOREIGN_NAME.search(text, max(0, name_end - 30), name_end)
    if not m and text.startswith(",", name_end):
        # Or after a title of its own: "Phát biểu tại hội thảo, Đại sứ Giorgio Aliberti, Đại sứ EU tại Việt Nam …".
        m = _FOREIGN_WORDS.search(text, max(0, name_end - 30), name_end)
        if m and not _title_ending_at(text, m.start() - 1):
            return None
    if not m or not text.startswith(",", name_end) or m.start() in org_end or all(is_syllable(w) for w in m["name"].split()):
        return None
    return m


_FOREIGN_WORDS = re.compile(r"(?<=[ ])(?P<name>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){1,2})$")


def _title_ending_at(text: str, end: int) -> re.Match | None:
    """The title that ends at `end`, if one does."""
    title = _vocab().title_re.search(text, max(0, end - 40), end)
    while title and title.end() != end:
        title = _vocab().title_re.search(text, title.end(), end)
    return title


def _left_office(text: str, name_start: int, title_matches: list[re.Match], org_end: dict[int, int]) -> Office | None:
    """The office of a title before the name, with at most an organisation between them ("Thứ trưởng
    Bộ LĐTBXH Nguyễn Thị Hà"), chosen from the titles stacked before it with commas ("Ủy viên Trung
    ương Đảng, Bộ trưởng Bộ Tài chính X"; "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Y")."""
    if not title_matches:
        return None
    chain: list[Office] = []  # nearest first
    # An academic prefix between the title and the name is neither's organisation: "chuyên gia kinh tế TS. Võ
    # Trí Thành", "Bộ trưởng GS.TS Nguyễn Thanh Long".
    degree = _ending_at(_vocab().degree_re, text, max(0, name_start - 40), name_start, _vocab().marker_len)
    # So is an honorific after the copula or colon that names a title's holders: "Chủ tịch HĐQT là ông Lê
    # Hồng Phương", "3 Phó Cục trưởng, gồm: ông Hồ Sỹ Trị, …".
    holder = not degree and _vocab().holder_re.search(text, max(0, name_start - 20), name_start)
    limit = degree.start() if degree else holder.start("honorific") if holder else name_start
    for t in reversed(title_matches):
        t_start, t_end = t.start(), _title_end(t)
        if t_end > limit:
            continue  # inside the words after a nearer title: the organisation of that one
        gap = text[t_end:limit]
        organisation = _titled_body(text, t, t_end, limit, org_end) or _gap_organisation(
            text, gap, limit, org_end, plural_at=None if chain else (t_start, t.start("title")))
        if organisation is None:
            break
        org_text, org_start = _with_body(text, t, organisation[0], organisation[1], limit, org_end)
        chain.append(_office(t, org_text, org_start, limit))
        # The next title to the left holds with this one when only a comma or a space stands between:
        # "Bộ trưởng, Chủ nhiệm …", "Bộ trưởng Chủ nhiệm …".
        joint = _STACKED.search(text, max(0, t_start - 4), t_start)
        if not joint:
            break
        limit = t_start - len(joint.group(0))
    if not chain:
        return None
    # An office before a party secretaryship, a rank or a membership ("Ủy viên Bộ Chính trị, Bí thư
    # Tỉnh ủy, Chủ tịch UBND tỉnh X": the Chủ tịch); of two of a kind the one nearest the name.
    best = min(range(len(chain)), key=lambda i: (_PRECEDENCE.get(chain[i].kind, 0), i))
    office = chain[best]
    # Offices stacked before a name are one title when the first names no body of its own: "Bộ
    # trưởng, Chủ nhiệm Văn phòng Chính phủ" (the Government Office's chairman has a minister's rank).
    for earlier in chain[best + 1:]:
        if office.kind != "executive" or earlier.kind != "executive" or earlier.organisation:
            break
        office = office._replace(title=f"{earlier.title}, {office.title}", title_en=f"{earlier.title_en}, {office.title_en}",
                                 start=earlier.start)
    return office._replace(stack_start=chain[-1].stack_start)


def _first(offices: list[Office]) -> Office | None:
    """Of the titles in apposition after a name, the first of the most telling kind: "X, Ủy viên Bộ
    Chính trị, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh": the Chủ tịch; "X, Vụ trưởng, Phó Trưởng ban thường
    trực Ban Y": the Vụ trưởng."""
    return min(offices, key=lambda o: (_PRECEDENCE.get(o.kind, 0), _is_former(o)), default=None)


def _is_former(office: Office) -> bool:
    """A former office ("nguyên Chủ tịch HĐQT X"): after the one held now, of the same kind ("ông A
    (nguyên Chủ tịch HĐQT X, hiện là Chủ tịch HĐQT Y)": the Chủ tịch of Y)."""
    return office.title_en.startswith("Former ")


_POSTING = re.compile(rf"(?P<body>.+?)[ ]tại[ ]{SYLLABLE}(?:[ .]?[{UPPER}][\w]*){{0,3}}")


def _gap_organisation(text: str, gap: str, name_start: int, org_end: dict[int, int],
                      plural_at: tuple[int, int] | None) -> tuple[str, int] | None:
    """The organisation named between a title and the name after it, ("", -1) when none is, None when
    the words between are not one ("Thủ tướng yêu cầu các bộ …"). `plural_at`: where the title and its
    words start, when a plural marker before them would make the name the first of a list."""
    stripped = gap.strip().rstrip(_DASH)  # "Chủ tịch nước Việt Nam – Trần Đại Quang": the dash is neither's
    if plural_at and stripped.endswith(":") and _vocab().plural_re.search(text, max(0, plural_at[0] - 20), plural_at[1]):
        stripped = stripped[:-1].rstrip()  # "các Phó Thủ tướng: A, B, C"
    stripped = _COPULA_END.sub("", stripped)  # "hai Thứ trưởng Bộ Tài chính là A và B": the copula is neither's
    if not stripped:
        return "", -1
    org_start = name_start - len(gap) + (len(gap) - len(gap.lstrip()))
    of = _OF_BODY.match(stripped)
    if of:  # "Chủ tịch HĐQT của Coteccons là ông Nguyễn Bá Dương": the body, not "của"
        stripped, org_start = stripped[of.end():], org_start + of.end()
    # One the organisation finder found there, or a few capitalised words it did not know ("Trưởng ban
    # Kinh tế Thế giới Trần Toàn Thắng").
    found = org_end.get(org_start)
    if found is not None and text[found:name_start].strip(_DASH + ":") == "":
        return stripped, org_start
    if found is not None and _bracketed_parent(text, found, name_start, org_end):
        return text[org_start:found], org_start
    if not _names_a_body(stripped):
        # A body's office in a country or a city: "Đại sứ Anh tại Việt Nam Gareth Ward", "Giám đốc Quốc gia Ngân
        # hàng Thế giới tại Việt Nam Carolyn Turk" (where the body is posted, in capitalised words).
        posted = _POSTING.fullmatch(stripped)
        return (stripped, org_start) if posted and _names_a_body(posted["body"]) else None
    if stripped.split()[-1] in _vocab().dangling:
        # "Ủy viên Thường trực Nguyễn X": words ending as no body's name does ("trực", "thuộc") qualify the title.
        return "", -1
    return stripped, org_start


# A body's parent in brackets after it, before the name: "Trưởng phòng Giám sát quản lý về hải quan (Cục
# Hải quan Hải Phòng) Nguyễn Quốc Cường", "Chi cục trưởng Chi cục Hải quan X (Cục Hải quan Y) Trần Văn B";
# or after a comma, then maybe its own in brackets: "Trưởng Phòng Công nghiệp thực phẩm, Cục Công nghiệp
# (Bộ Công Thương) Cao Trọng Quý".
_BRACKET_OPEN = re.compile(r"[ ]?\([ ]?")
_BRACKET_CLOSE = re.compile(r"[ ]?\)[ ]*")
_PARENT_COMMA = re.compile(r",[ ]")
_NAME_GAP = re.compile(r"[ ]+")


def _bracketed_parent(text: str, end: int, name_start: int, org_end: dict[int, int]) -> bool:
    """Whether only bodies the finder knows, the unit's parents (after a comma, the last maybe in
    brackets), stand between `end` and the name. A parent's code in brackets may stand before the
    next parent's comma ("Ban …, Viện Quản lý kinh tế trung ương (CIEM), Bộ Kế hoạch và Đầu tư X")."""
    while True:
        comma = _PARENT_COMMA.match(text, end, name_start)
        if comma and org_end.get(comma.end(), 0) > comma.end():
            end = org_end[comma.end()]
            gap = _NAME_GAP.match(text, end, name_start)
            if gap and gap.end() == name_start:
                return True
            continue
        opened = _BRACKET_OPEN.match(text, end, name_start)
        inner = org_end.get(opened.end(), 0) if opened else 0
        closed = _BRACKET_CLOSE.match(text, inner, name_start) if inner else None
        if not closed or closed.end() == name_start or not _PARENT_COMMA.match(text, closed.end(), name_start):
            return bool(closed) and closed.end() == name_start
        end = closed.end()


def _titled_body(text: str, t: re.Match, t_end: int, name_start: int, org_end: dict[int, int]) -> tuple[str, int] | None:
    """The body a title shares its noun with, when the organisation finder found it from that noun
    ("Trưởng phòng Giám sát quản lý về hải quan": the Phòng Giám sát quản lý về hải quan, its lower-case
    words the official name's), up to the name or to its parent in brackets before it. As (its words after
    the title, where they start); None when the finder found no such body."""
    body = _row(t).get("body", "")
    end = org_end.get(t.end("title") - len(body), 0) if body else 0
    if end <= t_end + 1 or end > name_start:
        return None
    if text[end:name_start].strip() and not _bracketed_parent(text, end, name_start, org_end):
        return None
    start = t_end + len(text[t_end:end]) - len(text[t_end:end].lstrip())
    return text[start:end], start


def _names_a_body(words: str) -> bool:
    """Whether words could be a body's name: a few, half of them capitalised (place words such as "tỉnh",
    joiners and numbers aside), with no sentence punctuation, no unclosed bracket, nor the words that
    join clauses."""
    split = words.split()
    places = _vocab().place_re
    counted = [w for w in split if w not in _JOINERS and w[:1].isalpha() and not places.match(w + " ")]
    capitalised = sum(w[:1].isupper() for w in counted)
    return capitalised * 2 >= len(counted) and len(split) <= 12 and bool(_ORG_GAP.match(words)) and words.count("(") == words.count(")") \
        and not _NOT_IN_ORG_GAP.search(f" {words} ") and not _LOOSE_JOIN.search(f" {words} ")


def _right_offices(text: str, name_end: int, org_end: dict[int, int], bare: bool = False) -> tuple[list[Office], int]:
    """Titles in apposition after a name ("Nguyễn X – Cục trưởng Cục Trẻ em", "X, Vụ trưởng Vụ Pháp
    chế"), or the office it is appointed to right after it ("ông X được bổ nhiệm Chủ tịch HĐTV VNPT";
    not after an apposition, whose title is the one reported), and where they end. With `bare` (an
    honorific before the name), a space alone may stand before a capitalised title (_BARE_APPOSITION)."""
    v = _vocab()
    pos = name_end
    found = []
    while True:
        sep = _APPOSITION_SEP.match(text[pos: pos + 6]) or (bare and pos == name_end and _BARE_APPOSITION.match(text[pos: pos + 2]))
        # "ông X tiếp tục là thành viên HĐQT", "ông Y (nguyên Chủ tịch …, hiện là Chủ tịch …)".
        now = v.current_office_re.match(text, pos + sep.end() if sep else pos)
        appointed = not sep and not now and pos == name_end and v.appointment_re.match(text, pos)
        if not (sep or now or appointed):
            break
        t = v.title_re.match(text, now.end() if now else pos + sep.end() if sep else appointed.end())
        if not t:
            break
        t_end = _title_end(t)
        also = _CONCURRENT.match(text, t_end) and v.title_re.match(text, t_end + 6)
        if also:
            # "Phó Chủ tịch kiêm Tổng thư ký Hiệp hội DN nhỏ và vừa TP Hà Nội": one title, the two offices held
            # together, of the body named after the second (both are that body's).
            t_end = _title_end(also)
        seg_end = v.segment_end_re.search(text, t_end, t_end + 120)
        end = seg_end.start() if seg_end else min(t_end + 120, len(text))
        org_start = t_end + (len(text[t_end:end]) - len(text[t_end:end].lstrip()))
        of = _OF_BODY.match(text, org_start, end)
        if of:
            org_start = of.end()  # "… là nhân viên đại lý làm thủ tục hải quan của Công ty X": the body, not "của"
        named = _name_within(text, org_start, end)
        if named != -1:
            between = text[org_start:named].strip()
            if not between or _names_a_body(between) or org_end.get(org_start, 0) >= named - 1:
                break  # "ông A, Thứ trưởng Nguyễn B", "ông A, Bộ trưởng Bộ Xây dựng Trần B": B's title
            end = named  # "bà A – Phó Chủ tịch HĐQT X trao quà cho Thiếu tướng B": A's, up to B
        # A body the organisation finder knows says where the organisation ends ("Cục Trẻ em", not
        # "Cục Trẻ em cho biết"); else the words up to the segment's end, when they can name one.
        segment = text[org_start:end].strip()
        org_text = text[org_start:org_end[org_start]] if org_start in org_end else segment if _names_a_body(segment) else ""
        org_text, org_start = _with_body(text, t, org_text, org_start if org_text else -1, end, org_end)
        office = _office(t, org_text, org_start if org_text else -1, end)
        if also:
            second = _office(also)
            office = office._replace(title=f"{office.title} kiêm {second.title}", title_en=f"{office.title_en} and {second.title_en}")
        found.append(office)
        pos = end
        if named != -1:
            break
    return found, pos


def _name_within(text: str, start: int, end: int) -> int:
    """Where a full name starts between `start` and `end`, else -1. Three syllables at least and not
    after a place word: bodies and places carry two-syllable names ("Công ty CP gốm Chu Đậu", "cửa khẩu
    Trà Lĩnh")."""
    v = _vocab()
    places = v.place_re
    found = person_name_pattern().search(text, start, end)
    while found:
        m = match_person(text, found.start())
        if m and m.start() < end and m.group(0).count(" ") >= 2 and not _ending_at(places, text, max(start, m.start() - 20), m.start(), v.place_len) \
                and not _after_firm_head(text, m.start()):
            return m.start()
        found = person_name_pattern().search(text, found.end(), end)
    return -1


def _merge_dropped_middles(people: dict[str, Person]) -> None:
    """"Bộ trưởng Bộ Y tế Nguyễn Kim Tiến" after "Bộ trưởng Nguyễn Thị Kim Tiến" is her, the middle "Thị"
    (or "Văn") left out: one person, under the fuller name. Only with the same title, and when one
    fuller name fits."""
    optional = _vocab().optional_middles
    fuller: dict[str, list[str]] = {}
    for key in people:
        words = key.split()
        for i in range(1, len(words) - 1):
            if words[i] in optional:
                fuller.setdefault(" ".join(words[:i] + words[i + 1:]), []).append(key)
    for short, longs in fuller.items():
        if short not in people or len(longs) != 1:
            continue
        p, q = people[longs[0]], people[short]
        if not p.title or match_key(p.title) != match_key(q.title):
            continue  # "ông Lê Văn Hùng và ông Lê Hùng": two people, for all the page says
        p.mentions = sorted(p.mentions + q.mentions)
        if not p.organisation_surface:
            p.organisation_surface, p.organisation_start = q.organisation_surface, q.organisation_start
        del people[short]


def _merge_mistyped_tones(people: dict[str, Person]) -> None:
    """"Theo Phó Tổng cục trưởng Mai Xuân Thanh" once on a page that names the Phó Tổng cục trưởng Mai Xuân
    Thành six times: a tone mark dropped or mistyped, one person under the spelling the page uses most. Only
    a name given once against one given at least twice, their titles not at odds: two people whose names
    differ by a tone alone are each named more than once, or under titles of their own."""
    if len(people) < 2:
        return
    by_letters: dict[str, list[str]] = {}
    for key in people:
        by_letters.setdefault(toneless(key), []).append(key)
    for keys in by_letters.values():
        if len(keys) != 2:
            continue
        rare_key, common_key = sorted(keys, key=lambda k: len(people[k].mentions))
        rare, common = people[rare_key], people[common_key]
        if len(rare.mentions) != 1 or len(common.mentions) < 2 \
                or (rare.title and match_key(rare.title) != match_key(common.title)):
            continue
        common.mentions = sorted(common.mentions + rare.mentions)
        del people[rare_key]


def _merge_short_mentions(text: str, people: dict[str, Person]) -> None:
    """"Thứ trưởng Hà", "ông Chung" is the Thứ trưởng Nguyễn Thị Hà, the Nguyễn Đức Chung named
    earlier: one person, not two."""
    by_given: dict[str, list[Person]] = {}
    for key, p in people.items():
        by_given.setdefault(key.split()[-1], []).append(p)
    if not by_given:
        return
    named = sorted(span for p in people.values() for span in p.mentions)
    named_starts = [a for a, _ in named]
    # The given names known on the page, in either tone-mark spelling, alone on their line: not
    # "Thứ trưởng Hà Văn …" (a full name). Then what stands before them: a title or an honorific.
    givens = {s for p in people.values() for s in tone_mark_spellings(p.name.split()[-1])}
    lead_re = _vocab().lead_re
    # (Found with str.find, name by name: a page names a few, and a pattern of them would be compiled
    # for each page. Whole words do not overlap, so their starts in order are the matches in order.)
    found = sorted((start, given) for given in givens for start in _occurrences(text, given))
    for start, given in found:
        end = start + len(given)
        if text[start - 1: start] != " " or not _GIVEN_END.match(text, end):
            continue
        i = bisect.bisect_right(named_starts, start) - 1
        if i >= 0 and named[i][1] > start:
            continue  # inside a full name: "Hoàng Anh Tuấn" holds no "Anh Tuấn"
        if not lead_re.search(text, max(0, start - 40), start):
            continue
        matches = by_given.get(match_key(given), [])
        if len(matches) != 1:
            continue  # unknown or ambiguous: a short form is never guessed
        p = matches[0]
        if start not in {a for a, _ in p.mentions}:
            p.mentions.append((start, end))


# A given name ends a word and stands alone on its line: no capitalised word after it ("Hà Văn …").
_GIVEN_END = re.compile(rf"(?![\w])(?![ ][{UPPER}])")


def _occurrences(text: str, word: str):
    i = text.find(word)
    while i != -1:
        yield i
        i = text.find(word, i + 1)


@lru_cache(maxsize=1)
def _role_patterns() -> dict[str, re.Pattern]:
    return {role: re.compile(whole_words(words))
            for role, words in data_json("people.json")["role_verbs"].items()}


def _role(text: str, mentions: list[tuple[int, int]]) -> str:
    verbs = _role_patterns()
    windows = []
    for a, b in mentions:
        # The mention's sentence, 60 characters before it and 80 after at most: only stops that near are looked for.
        start, end = max(0, a - 60), b + 80
        sent_start = max(text.rfind(".", start, a), text.rfind("\n", start, a)) + 1
        sent_end_candidates = [i for i in (text.find(".", b, end), text.find("\n", b, end)) if i != -1]
        sent_end = min(sent_end_candidates) if sent_end_candidates else len(text)
        windows.append(text[max(sent_start, start): min(sent_end, end)])
    # One text of the windows, a NUL between them (no verb holds one, and it ends a word as a line break
    # does): one search a role. The first role of the priority any mention earns: the roles after it need
    # no search.
    joined = "\0".join(windows).casefold()
    for role in data_json("people.json")["role_priority"]:
        if role in verbs and verbs[role].search(joined):
            return role
    return "mentioned"
