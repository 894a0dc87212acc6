"""People: names with the titles the language attaches to them, in the orders it uses.

    title [organisation] name      "Phó Tổng cục trưởng Tổng cục Hải quan Hoàng Việt Cường"
    [honorific] name – title org   "ông Đặng Hoa Nam – Cục trưởng Cục Trẻ em"
    [honorific] name, title, title "ông X, Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Y"
    title given-name               "Thứ trưởng Hà" (a later mention of someone named in full)

Honorifics (ông, bà, đồng chí) and academic prefixes (TS., PGS.TS) are never part of a name; photo
and author credits ("Ảnh: Hải Yến", a byline) are not participants.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extract.names import SYLLABLE, match_person, person_name_pattern
from pipeline.extract.vocabulary import data_csv, data_json
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


@lru_cache(maxsize=1)
def _vocab():
    titles = sorted(data_csv("titles.csv"), key=lambda r: -len(r["title"]))
    people = data_json("people.json")
    # A trie of the lower-cased titles matches, case-insensitively, the same longest title as the
    # longest-first alternation of them all, at a fraction of the cost (pipeline/text/phrases.py).
    title_alt = alternation({t["title"].lower() for t in titles})
    # Titles are matched whatever their case ("trưởng Phòng", "Phó Tổng giám đốc"); the table gets the
    # canonical spelling from titles.csv.
    title_re = re.compile(rf"(?<![\w])(?P<title>{title_alt})(?![\w])", re.IGNORECASE)
    honor = "|".join(re.escape(h) for h in sorted(people["honorifics"], key=len, reverse=True))
    honor_re = re.compile(rf"(?:^|(?<=[\s(“\"]))(?:{honor})\s+$")
    academic = "|".join(re.escape(a) for a in sorted(people["academic_prefixes"], key=len, reverse=True))
    academic_re = re.compile(rf"(?:{academic})\s*$")
    # "Thứ trưởng Hà", on one line as every name is; not "Thứ trưởng Hà Văn …" (a full name).
    short_re = re.compile(rf"(?P<title>{at_word_start(t['title'] for t in titles)})[ ](?P<given>{SYLLABLE})(?![\w])(?![ ][A-ZĐ])")
    info = {t["title"].casefold(): t for t in titles}
    dangling = frozenset(data_json("value_rules.json")["rules"]["organisation_name_shape"]["dangling_words"])
    return titles, title_re, honor_re, academic_re, short_re, info, people, dangling


_CREDIT = re.compile(r"(?:Ảnh|Ảnh minh họa|Nguồn|Theo|Tin|Bài|Photo)\s*:\s*[^.;\n]{0,40}$")
_LOCALITY_BEFORE = re.compile(r"(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|đường|phố|sông|cầu|cảng|cửa khẩu)\s+$")
_ORG_GAP = re.compile(r"^(?:[^.;:!?“”\"]|\.(?=\S)){1,90}$")  # no sentence punctuation ("TP.HCM" is fine)


def _title_info(title: str) -> dict:
    return _vocab()[5].get(title.casefold(), {"title": title, "title_en": "", "kind": "executive"})


def find_people(text: str, blocked: list[tuple[int, int]] = (), org_spans: list[tuple[int, int]] = ()) -> list[Person]:
    """People named on a page, one entry per person, mentions merged (full name, then short forms).

    `blocked` spans (bylines, credits) never hold participants; `org_spans` are organisation mentions,
    used to tell "Cục Hải quan Hà Tĩnh" (a place in a name) from a person.
    """
    titles, title_re, honor_re, academic_re, short_re, info, vocab, dangling = _vocab()
    people: dict[str, Person] = {}
    org_end = {s: e for s, e in org_spans}
    pos = 0
    while True:
        found = person_name_pattern().search(text, pos)
        if not found:
            break
        m = match_person(text, found.start())
        if not m:
            # "Đồng Nai Phùng Thị Bích Hường": not a name at "Đồng", but maybe one word further on.
            pos = found.start() + len(found.group(0).split()[0])
            continue
        pos = m.end()
        a, b = m.start(), m.end()
        if any(s <= a < e for s, e in blocked):
            continue
        before = text[max(0, a - 160): a]
        line_start = before.rfind("\n") + 1
        before = before[line_start:]
        if _CREDIT.search(before):
            continue
        has_honorific = bool(honor_re.search(before)) or a > found.start()  # "Ông Nguyễn …" at a sentence start
        if _LOCALITY_BEFORE.search(before):
            continue  # "cửa khẩu Trà Lĩnh", "tỉnh Hà Giang": a place
        left_title = _left_title(text, a, before, title_re, org_end, dangling)
        if not has_honorific and not left_title and any(s <= a < e for s, e in org_spans):
            continue  # a name inside an organisation's name, not a person
        name = m.group(0)
        right = _right_titles(text, b, title_re) if not left_title else None
        if not (has_honorific or left_title or right):
            # A bare capitalised sequence is a person only when the page also names them with a
            # title or an honorific elsewhere (then it merges below); otherwise skip it.
            if name not in people:
                continue
        p = people.setdefault(name, Person(name))
        p.mentions.append((a, b))
        chosen = left_title or right
        if chosen and (not p.title or (p.title == chosen[0] and not p.organisation_surface and chosen[1])):
            # The first mention with a title names the office; a later one with the same title may
            # add its organisation ("Thứ trưởng Nguyễn Thị Hà" … "Thứ trưởng Bộ LĐTBXH Nguyễn Thị Hà").
            title, org_text, org_start = chosen
            if org_start in org_end:
                # The organisation finder knows where the body's name ends ("Cục Trẻ em", not
                # "Cục Trẻ em cho biết").
                org_text = text[org_start: org_end[org_start]]
            elif chosen is right:
                org_text, org_start = "", -1  # no known body starts there: leave it unsaid
            p.title, p.organisation_surface, p.organisation_start = _title_info(title)["title"], org_text, org_start
            p.title_en = _title_info(title)["title_en"]
    _merge_short_mentions(text, people, short_re)
    for p in people.values():
        p.role = _role(text, p.mentions, vocab)
    return sorted(people.values(), key=lambda p: p.mentions[0][0])


def _left_title(text: str, name_start: int, before: str, title_re: re.Pattern, org_end: dict[int, int], dangling: frozenset[str]):
    """(title, organisation words, their offset) when a title stands before the name, with at most
    an organisation between them ("Thứ trưởng Bộ LĐTBXH Nguyễn Thị Hà")."""
    matches = list(title_re.finditer(before))
    if not matches:
        return None
    t = matches[-1]
    gap = before[t.end():]
    # "Chủ tịch nước Việt Nam – Trần Đại Quang": the dash between the organisation and the name is neither's.
    stripped = gap.strip().rstrip("-–— ")
    if not stripped:
        return t["title"], "", -1
    org_start = name_start - len(gap) + (len(gap) - len(gap.lstrip()))
    # Between title and name only an organisation: one the organisation finder found there, or a
    # few capitalised words it did not know ("Trưởng ban Kinh tế Thế giới Trần Toàn Thắng").
    found = org_end.get(org_start)
    if found is not None and text[found:name_start].strip() == "":
        return t["title"], stripped, org_start
    words = stripped.split()
    if _ORG_GAP.match(gap) and len(words) <= 6 and sum(w[:1].isupper() for w in words) * 2 >= len(words) \
            and not re.search(r",|\s(?:và|cùng|với|cho|của|tại|đã|là|có|ông|bà)\s", f" {stripped} "):
        if words[-1] in dangling:
            # "Ủy viên Thường trực Nguyễn X": words ending as no body's name does ("trực", "thuộc") qualify the title.
            return t["title"], "", -1
        return t["title"], stripped, org_start
    return None


def _right_titles(text: str, name_end: int, title_re: re.Pattern):
    """Titles in apposition after a name: "Nguyễn X – Cục trưởng Cục Trẻ em", "X, Vụ trưởng Vụ Pháp chế"."""
    pos = name_end
    found = []
    while True:
        sep = re.match(r"\s*(?:[,–—-]|\(|là)\s*", text[pos: pos + 6])
        if not sep:
            break
        t = title_re.match(text, pos + sep.end())
        if not t:
            break
        seg_end = re.search(r"[,;.)\n]|\s(?:và|cho biết|đã|phát biểu|chia sẻ|nhấn mạnh|bày tỏ|cũng|khẳng định|thông tin)\s", text[t.end(): t.end() + 120])
        end = t.end() + (seg_end.start() if seg_end else min(120, len(text) - t.end()))
        org = text[t.end(): end].strip()
        org_start = t.end() + (len(text[t.end(): end]) - len(text[t.end(): end].lstrip()))
        found.append((t["title"], org, org_start if org else -1))
        pos = end
    if not found:
        return None
    # The first executive title is the person's office; memberships ("Ủy viên Trung ương Đảng") are not.
    for f in found:
        if _title_info(f[0])["kind"] == "executive":
            return f
    return found[0]


def _merge_short_mentions(text: str, people: dict[str, Person], short_re: re.Pattern) -> None:
    """"Thứ trưởng Hà" is the Thứ trưởng Nguyễn Thị Hà named earlier: one person, not two."""
    for m in short_re.finditer(text):
        given = m["given"]
        matches = [p for p in people.values() if p.name.split()[-1] == given]
        if len(matches) != 1:
            continue  # unknown or ambiguous: a short form is never guessed
        p = matches[0]
        if m.start("given") not in {a for a, _ in p.mentions}:
            p.mentions.append((m.start("given"), m.end("given")))


@lru_cache(maxsize=1)
def _role_patterns() -> dict[str, re.Pattern]:
    return {role: re.compile(whole_words(words))
            for role, words in data_json("people.json")["role_verbs"].items()}


def _role(text: str, mentions: list[tuple[int, int]], vocab: dict) -> str:
    verbs = _role_patterns()
    earned = set()
    for a, b in mentions:
        sent_start = max(text.rfind(".", 0, a), text.rfind("\n", 0, a)) + 1
        sent_end_candidates = [i for i in (text.find(".", b), text.find("\n", b)) if i != -1]
        sent_end = min(sent_end_candidates) if sent_end_candidates else len(text)
        window = text[max(sent_start, a - 60): min(sent_end, b + 80)].casefold()
        earned.update(role for role, pattern in verbs.items() if pattern.search(window))
    for role in vocab["role_priority"]:
        if role in earned:
            return role
    return "mentioned"
