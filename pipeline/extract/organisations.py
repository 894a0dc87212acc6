"""Organisations: gazetteer look-up first, then discovery by the grammar of Vietnamese body names.

A Vietnamese organisation name is a generic head ("Bộ", "Tổng cục", "Cục", "Vụ", "Sở", "Hội", "Ủy ban
nhân dân"…) followed by a proper part whose first word is capitalised ("Cục Cảnh sát hình sự", "Vụ
Hợp tác quốc tế"), optionally a place ("Cục Hải quan tỉnh Thanh Hóa", "Sở LĐTBXH Hà Nội"). Known
bodies come from pipeline/data/organisations.csv with their English name, type and parent; unknown
ones are still found, typed by their head, and given a parent from the page when it says one.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.names import starts_person
from pipeline.extract.vocabulary import LOWER, UPPER, GazetteerEntry, data_json, gazetteer
from pipeline.text.phrases import alternation, at_word_start


@dataclass(frozen=True)
class OrgMention:
    organisation_id: str
    name: str  # full Vietnamese name
    abbreviation: str
    name_en: str
    org_type: str
    parent_id: str
    source: str  # "gazetteer: …" or "discovered"
    surface: str  # the words on the page
    start: int
    end: int


def slug(name: str) -> str:
    """A stable identifier from a name: no diacritics, lower case, hyphens ("Cục Trẻ em" -> cuc-tre-em)."""
    text = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


_HYPHEN = re.compile(r"\s*-\s*")


def _fold(name: str) -> str:
    """Key for matching names written with different case or spelling of the same letters."""
    name = name.replace("–", "-").replace("—", "-").replace("&", " và ")  # "Bộ Thông tin & Truyền thông"
    if "-" in name:
        name = _HYPHEN.sub(" - ", name)
    name = name.replace("Uỷ", "Ủy").replace("uỷ", "ủy").replace("hoá", "hóa").replace("Hoá", "Hóa").replace("hoà", "hòa").replace("Hoà", "Hòa")
    return " ".join(name.split()).casefold()


@lru_cache(maxsize=1)
def _index():
    """Surface form -> gazetteer entry; and the area names of ministries ("Tài chính" -> Bộ Tài chính)."""
    by_name: dict[str, GazetteerEntry] = {}
    by_abbr: dict[str, GazetteerEntry] = {}
    areas: dict[str, GazetteerEntry] = {}
    for e in gazetteer().values():
        for form in (e.name, *e.variants):
            by_name[_fold(form)] = e
        for abbr in e.abbreviations:
            by_abbr[abbr] = e
        if e.org_type == "ministry" and e.name.startswith("Bộ "):
            area = e.name[3:]
            areas[_fold(area)] = e
            for abbr in e.abbreviations:
                if not abbr.startswith("B"):
                    by_name[_fold("Bộ " + abbr)] = e
                    areas[_fold(abbr)] = e
            for form in e.variants:
                if form.startswith("Bộ "):
                    areas[_fold(form[3:])] = e
        elif e.org_type == "ministry":
            areas[_fold(e.name)] = e
    for e in gazetteer().values():
        if e.org_type in ("party_body",) and e.name.endswith(" Trung ương"):
            areas.setdefault(_fold(e.name), e)
    return by_name, by_abbr, areas


@lru_cache(maxsize=1)
def _patterns():
    data = data_json("organisation_patterns.json")
    by_name, by_abbr, _ = _index()
    names = sorted({form for e in gazetteer().values() for form in (e.name, *e.variants)} | {
        "Bộ " + a for e in gazetteer().values() if e.org_type == "ministry" for a in e.abbreviations if not a.startswith("B")
    }, key=len, reverse=True)
    # Names start with a capital and go on in any case ("Bộ Tài chính", "Bộ Tài Chính"): the capital is
    # matched as written (the engine scans for it) and the rest, a trie of the lower-cased names, in any
    # case (pipeline/text/phrases.py).
    capital = re.compile(f"[{UPPER}]")
    known = re.compile(at_word_start({n[0].upper() + n[1:].lower() for n in names if capital.match(n[0].upper())},
                                     fold_rest=True) + r"(?![\w])")
    # Stand-alone abbreviations are matched as written (case matters) and only from three letters up:
    # two-letter codes (CP, QH) appear inside document numbers and words far more often than as names.
    abbrs = sorted((a for a in by_abbr if len(a) >= 3), key=len, reverse=True)
    abbr = re.compile(at_word_start([a for a in abbrs if capital.match(a)], not_after=r"\w/\-") + r"(?![\w/\-])")
    heads = sorted(data["heads"], key=lambda h: -len(h[0]))
    # A head and its proper part stand on one line: "Hải quan" closing a paragraph does not name the
    # next paragraph's first words ("Hải quan\n\nHiện trường vụ việc …", "Kho bạc\n\nCó TK 111").
    head = re.compile(rf"(?P<head>{at_word_start(h[0] for h in heads if capital.match(h[0]))})[ ](?=[{UPPER}]|{alternation(data['localities'])}[ ])")
    head_types = {h[0]: h[1] for h in heads}
    # "&" inside a word ("XNK&ĐT") or between two ("A & B"), never at a name's end ("Công ty Minh&").
    letter = f"[{UPPER}{LOWER}A-Za-z0-9]"
    word = re.compile(rf"{letter}(?:{letter}|&(?={letter}))*(?:\.(?=[{UPPER}])[{UPPER}{LOWER}]+)*\.?|[-–&]")
    ministry_list = re.compile(data["ministry_list_lead"] + r"(?P<list>[^.;\n]+)")
    strong = re.compile(alternation(data["strong_heads"]) + rf"\s+(?=[{UPPER}])")
    return data, known, abbr, head, head_types, word, ministry_list, strong


def _is_cap(token: str) -> bool:
    return token[:1].isupper() or token[:1].isdigit()


_GAP = re.compile(r"[ \t]*")


@lru_cache(maxsize=1)
def _tail_vocabulary():
    """Stop words, capitalised stop words and their phrases, localities and name continuations for
    _tail; the lists are compiled so that each is tried at a position in one regex call."""
    data = data_json("organisation_patterns.json")

    def phrases(words):  # a phrase of several words, not followed by a letter or digit
        return re.compile(alternation(w for w in words if " " in w) + r"(?![^\W_])")

    stops = frozenset(w for w in data["stop_words"] if " " not in w)
    cap_stops = frozenset(w for w in data["capitalised_stop_words"] if " " not in w)
    stop_phrases = phrases(data["stop_words"] + data["capitalised_stop_words"])
    locality = re.compile(alternation(data["localities"]) + " ")  # the longest locality word, then a space
    # In the order of the data: the first that fits wins, as the list is read.
    continuation = re.compile("|".join(re.escape(c) for c in data["name_continuations"]) or "(?!)")
    return stops, cap_stops, stop_phrases, locality, continuation


def _tail(text: str, pos: int, data: dict, word: re.Pattern, heads: re.Pattern, strong_heads: re.Pattern) -> int:
    """End offset of the proper part of a name that starts at `pos` (just after its head).

    The proper part is capitalised words ("Hải quan Thanh Hóa"), each of which may carry a short run of
    lowercase words ("Cảnh sát hình sự", "Hợp tác quốc tế"); places join with a locality word ("tỉnh",
    "cửa khẩu"), parts with "và" or a hyphen before a capital ("Kế hoạch và Đầu tư", "Tài vụ - Quản trị").
    The name ends at punctuation, a verb or function word, a person's name or another body's head.
    """
    stops, cap_stops, stop_phrases, locality_word, continuations = _tail_vocabulary()
    end = i = pos
    lowers = caps_in_run = count = 0
    expect_cap = True  # the first word, and the word after a locality, "và" or "-", must be capitalised
    while count < 14:
        j = _GAP.match(text, i).end()
        locality = locality_word.match(text, j)
        if locality and text[locality.end(): locality.end() + 1].isupper():
            # "tỉnh Thanh Hóa", "xã Tân Lập" introduce a place; "xã hội" in "Cục Bảo trợ xã hội" does not.
            expect_cap, i = True, locality.end() - 1
            continue
        continuation = continuations.match(text, j)
        if continuation and count and not expect_cap:
            i = end = continuation.end()
            break
        w = word.match(text, j)
        if not w:
            break
        token = w.group(0)
        if token in ("-", "–"):
            expect_cap, i = True, w.end()
            continue
        if token in ("và", "&"):
            k = _GAP.match(text, w.end()).end()
            nxt = word.match(text, k)
            # "Bộ Kế hoạch và Đầu tư" ("Sở Khoa học & Công nghệ") goes on; "Bộ Tài chính và Bộ Công Thương"
            # is two bodies, and "Công ty Minh &" at a line's end is no name's part.
            if nxt and nxt.group(0)[:1].isupper() and not heads.match(text, k):
                expect_cap, i = True, w.end()
                continue
            break
        sentence_end = token.endswith(".") and token not in ("TP.", "Tp.")
        token = token.rstrip(".") if sentence_end else token
        if not token:
            break
        if stop_phrases.match(text, j):
            break  # "Cục X thực hiện …", "… Đồng thời"
        if token[:1].isupper() or (token[:1].isdigit() and count):  # "Ban Chỉ đạo 389 quốc gia"
            if token in cap_stops or starts_person(text, j) or (count and strong_heads.match(text, j)):
                break  # "Ảnh: …", "Bộ Tài chính Đinh Tiến Dũng", "Vụ Pháp chế Cục Thuế"
            if not count:
                inner = heads.match(text, j)
                if inner:  # "Văn phòng Tổng cục Hải quan": a unit named after the body it serves
                    i = inner.end()
                    continue
            lowers = 0
            caps_in_run += 1
        else:
            # Lowercase words belong to a name only after a single capitalised word ("Cảnh sát hình
            # sự"); after a place of two or more ("Hải quan Thanh Hóa đối thoại") they are the sentence.
            if expect_cap or token in stops or lowers >= 6 or caps_in_run >= 2:
                break
            lowers += 1
            if lowers == 1:
                caps_in_run = 0
        expect_cap = False
        i = j + len(token)
        end = i
        count += 1
        if sentence_end:
            break
    return end


@lru_cache(maxsize=1)
def _expansions() -> tuple[re.Pattern, dict[str, str]]:
    table = data_json("organisation_patterns.json")["expansions"]
    shorts = sorted(table, key=len, reverse=True)
    return re.compile(at_word_start(shorts, not_after=r"\w.") + r"(?![\w])"), table


def _expand(name: str, data: dict) -> str:
    pattern, table = _expansions()
    name = pattern.sub(lambda m: table[m.group(0)], name)
    _, by_abbr, _ = _index()
    # "Sở LĐTBXH Hà Nội": a ministry's abbreviation inside a name stands for its area.
    for token in re.findall(r"[A-ZĐ][A-ZĐ&\-]{2,}", name):
        e = by_abbr.get(token)
        if e and e.org_type == "ministry" and e.name.startswith("Bộ "):
            name = name.replace(token, e.name[3:])
    return name


def _from_entry(e: GazetteerEntry, surface: str, start: int, end: int) -> OrgMention:
    return OrgMention(e.organisation_id, e.name, e.abbreviations[0] if e.abbreviations else "", e.name_en, e.org_type,
                      e.parent_id, f"gazetteer: {e.source}", surface, start, end)


def resolve_name(name: str) -> str:
    """organisation_id of a name written any known way ("Bộ LĐTBXH", "Chính phủ"), else ""."""
    by_name, by_abbr, _ = _index()
    e = by_name.get(_fold(name)) or by_abbr.get(name.strip())
    return e.organisation_id if e else ""


def find_organisations(text: str, masked: list[tuple[int, int]] = ()) -> list[OrgMention]:
    """Every organisation mention of a page. `masked` spans (document numbers) are skipped."""
    data, known, abbr, head, head_types, word, ministry_list, strong = _patterns()
    by_name, by_abbr, areas = _index()
    out: list[OrgMention] = []

    covered = bytearray(len(text) + 1)  # 1 where a mention (or a masked document number) already stands
    for s, e in masked:
        covered[s:e] = b"\1" * (e - s)

    def free(a: int, b: int) -> bool:
        return not any(covered[a:b])

    def take(a: int, b: int) -> None:
        covered[a:b] = b"\1" * (b - a)

    # 1. Known names and names discovered by grammar, longest first where they compete: a discovered
    #    name wins when it goes on with capitalised words ("Cục Hải quan tỉnh Thanh Hóa" is not a known
    #    "Cục Hải quan") or starts earlier ("Văn phòng Tổng cục Hải quan" is a unit of the known body).
    spans: list[tuple[int, int, str, GazetteerEntry | None]] = []
    for m in head.finditer(text):
        end = _tail(text, m.end(), data, word, head, strong)
        if end > m.end():
            spans.append((m.start(), end, m["head"], None))
    known_at: dict[int, tuple[int, GazetteerEntry]] = {}
    for m in known.finditer(text):
        e = by_name[_fold(m.group(0))]
        spans.append((m.start(), m.end(), "", e))
        known_at[m.start()] = (m.end(), e)
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[3] is None))
    for start, end, h, entry in spans:
        if entry is None and start in known_at:
            k_end, _ = known_at[start]
            rest = text[k_end:end].lstrip(" -–")
            if k_end >= end or not rest[:1].isupper():
                continue  # the known name, and then the sentence: keep the known one
        if not free(start, end):
            continue
        surface = text[start:end]
        if entry is None and any(surface == n or surface.startswith(n + " ") for n in data["not_organisations"]):
            continue
        if entry is not None:
            # "Thủ tướng Chính phủ", "Chủ tịch nước" come out with org_type "state_office": callers
            # use them as actors and issuers, not as bodies named on the page.
            out.append(_from_entry(entry, surface, start, end))
        else:
            name = _expand(surface, data)
            e = by_name.get(_fold(name)) or by_name.get(_fold(surface))
            if e:
                out.append(_from_entry(e, surface, start, end))
            else:
                inner = next((known_at[k][1] for k in range(start + 1, end) if k in known_at and known_at[k][0] <= end), None)
                parent = inner.organisation_id if inner else ""
                out.append(OrgMention(slug(name), name, surface if name != surface else "", "", head_types[h], parent,
                                      "discovered", surface, start, end))
        take(start, end)
    for m in abbr.finditer(text):
        if free(m.start(), m.end()):
            out.append(_from_entry(by_abbr[m.group(0)], m.group(0), m.start(), m.end()))
            take(m.start(), m.end())
    # 2. Bare area names listed after "các Bộ, ban, ngành như:" are ministries and central bodies.
    for m in ministry_list.finditer(text):
        offset = m.start("list")
        for part in re.finditer(r"[^,…]+", m["list"]):
            item = part.group(0).strip(" .…")
            if not item:
                continue
            a = offset + part.start() + part.group(0).index(item)
            e = areas.get(_fold(item)) or by_name.get(_fold(item))
            if e and free(a, a + len(item)):
                out.append(_from_entry(e, item, a, a + len(item)))
                take(a, a + len(item))
    out.sort(key=lambda o: o.start)
    return _with_parents(text, out, data)


_COMMA = re.compile(r"\s*,\s*")
_UNIT_TYPES = {"department", "division", "centre", "office", "inspectorate", "team", "committee"}


def _page_ministry(mentions: list[OrgMention]) -> str:
    """The ministry most of the page's bodies belong to (a ministry's news page names its own units)."""
    entries = gazetteer()
    votes: dict[str, int] = {}
    for m in mentions:
        node, seen = m.organisation_id, 0
        parent = m.parent_id
        while seen < 5:
            e = entries.get(node)
            if (e and e.org_type == "ministry") or (not e and m.org_type == "ministry" and node == m.organisation_id):
                votes[node] = votes.get(node, 0) + 1
                break
            node = e.parent_id if e else parent
            if not node:
                break
            seen += 1
    return max(sorted(votes), key=lambda k: votes[k], default="")


def _with_parents(text: str, mentions: list[OrgMention], data: dict) -> list[OrgMention]:
    """Parents for discovered bodies: "(Bộ Công an)" or ", Bộ Tài chính" right after the name, a
    naming rule ("Cục Hải quan …" belongs to Tổng cục Hải quan), or else the page's own ministry."""
    page_ministry = _page_ministry(mentions)
    rank = {"ministry": 0, "general_department": 1, "department": 2, "provincial_department": 2, "sub_department": 3}
    out = []
    for i, m in enumerate(mentions):
        parent = m.parent_id
        if m.source == "discovered" and not parent:
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            gap = text[m.end: nxt.start] if nxt else ""
            # "Cục Cảnh sát hình sự (Bộ Công an)" names a parent of any higher rank; after a comma only a
            # ministry or general department is a parent ("Vụ Pháp chế, Bộ Tài chính"): a comma between
            # two units of one list ("Trung tâm Thông tin, Sở LĐTBXH Hà Nội") is not.
            prev = mentions[i - 1] if i else None
            after = mentions[i + 2] if i + 2 < len(mentions) else None
            # In a list ("Cục Bảo trợ xã hội, Vụ Bình đẳng giới, Tổng cục Giáo dục nghề nghiệp") the
            # comma separates items; a comma names a parent only outside one.
            in_list = bool(prev and _COMMA.fullmatch(text[prev.end: m.start])) or bool(
                nxt and after and _COMMA.fullmatch(text[nxt.end: after.start]))
            if nxt and re.fullmatch(r"\s*\(\s*", gap) and rank.get(nxt.org_type, 9) < rank.get(m.org_type, 9):
                parent = nxt.organisation_id
            elif nxt and not in_list and _COMMA.fullmatch(gap) and rank.get(nxt.org_type, 9) <= 1 < rank.get(m.org_type, 9):
                parent = nxt.organisation_id
            for prefix, pid in data["parent_rules"]:
                if not parent and m.name.startswith(prefix) and m.organisation_id != pid:
                    parent = pid
            if not parent and m.org_type in ("department", "division", "centre", "office", "inspectorate") and page_ministry:
                parent = page_ministry
        if parent == m.parent_id:
            out.append(m)
            continue
        # Units with generic names ("Vụ Pháp chế", "Văn phòng") exist in every ministry: their id
        # carries the parent's so that one row stands for one body across pages.
        oid = f"{parent}--{m.organisation_id}" if parent and m.org_type in _UNIT_TYPES else m.organisation_id
        out.append(OrgMention(**{**m.__dict__, "parent_id": parent, "organisation_id": oid}))
    return out
