"""Places in the names of bodies.

A provincial body is a head every province has and a place: a province or centrally-run city of before
or after the 2025 merger ("Sở Y tế Hà Nội", "UBND tỉnh Đồng Nai", "Cục Hải quan Gia Lai - Kon Tum").
A head with no place after it is the body of the province the page is about ("UBND tỉnh" on a page about
Đồng Nai), a head before "các tỉnh" every province's; a head shared by a list of places names one body
for each ("các Cục Hải quan: Hà Nội, Hải Phòng"). The places are data (places.csv,
registry_place_aliases.csv, provincial_bodies.csv); organisations.py applies what is read here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.names import is_syllable, starts_person
from pipeline.extract.org_lexicon import (CAPITAL_AFTER, COMMA_OR_AND, DISCOVERED, OrgMention, bare_head, colons_after,
                                          compiled_patterns, fold, kind_names, slug, spellings_of, tail_vocabulary)
from pipeline.extract.vocabulary import LOWER, UPPER, GazetteerEntry, data_csv, data_json
from pipeline.text.fold import tone_mark_spellings
from pipeline.text.phrases import alternation, at_word_start


@dataclass(frozen=True)
class Place:
    name: str  # the bare name ("Đồng Nai")
    localities: frozenset[str]  # the words it has stood after ("tỉnh", "thành phố") before or after 2025
    written_as: str  # how a glued abbreviation is spelt out ("TP.HCM" -> "thành phố Hồ Chí Minh"), else ""
    source: str


CITY_WORDS = {"thành phố", "Thành phố", "TP", "TP.", "Tp", "Tp."}
# A locality word before a place's name ("tỉnh", "thành phố", "TP."), and the same word, optional, in group "loc" with what
# follows it (a space, or nothing after an abbreviation's stop: "TP.HCM"): shared by the patterns of places below.
LOCALITY = alternation(sorted(CITY_WORDS | {"tỉnh", "Tỉnh"}))
LOCALITY_BEFORE = rf"(?:(?P<loc>{LOCALITY})(?:[ ]|(?<=\.)))?"
EVERY_PROVINCE = re.compile(r"[ ]?[,/][ ]?(?:thành phố|thành|TP)(?![\w])")  # "UBND tỉnh, thành phố"
# "Sở LĐ-TBXH các tỉnh, thành phố", not "Sở Kế hoạch và Đầu tư các tỉnh Bắc Ninh, Bắc Giang" (the places' bodies).
EVERY_PLACE = re.compile(rf"[ ](?:các|mọi)[ ](?:tỉnh|thành phố|địa phương)(?![\w]|[ ][{UPPER}])")
_NAME_AFTER = re.compile(rf"\.?\w|[ ]+[{UPPER}]")  # a bare head goes on with a name ("UBND TP.HCM", "UBND TP Vinh")


MEMBER_AFTER = re.compile(r"[ ]viên(?![\w])")


@lru_cache(maxsize=1)
def level_heads() -> dict[str, str]:
    """Folded heads of provincial bodies that name their level themselves ("Tỉnh ủy") -> that level."""
    return {fold(h): level for h, level in data_json("organisation_patterns.json")["level_heads"].items()}


def named_after(text: str, end: int) -> bool:
    """Whether a provincial head goes on with a name of its own. A person's name is not one: it is the
    holder of the title before the head ("Phó Chủ tịch UBND tỉnh Đặng Ngọc Sơn"), and the body is the
    page's province's, as a bare head is."""
    m = _NAME_AFTER.match(text, end)
    return bool(m) and not (m.group(0).startswith(" ") and starts_person(text, m.end() - 1, surely=True))


@lru_cache(maxsize=1)
def provincial_patterns():
    """Provincial bodies composed with a place: the pattern, the heads and the places by folded form."""
    heads: dict[str, dict] = {}
    for r in data_csv("provincial_bodies.csv"):
        for form in (r["name"], *_split(r["variants"]), *_split(r["abbreviations"])):
            heads[fold(form)] = r
    places: dict[str, Place] = {}
    for r in data_csv("places.csv"):
        localities = frozenset(v for v in (r["division_until_2025"], r["division_since_2025"]) if v)
        places[fold(r["place"])] = Place(r["place"], localities, "", r["source"])
    for r in data_csv("registry_place_aliases.csv"):
        place = places[fold(r["place"])]
        glued = r["alias"].replace(".", "").isupper()  # "TP.HCM", "HCM": spelt out; "Thừa Thiên Huế" kept
        written = (f"{r['locality']} {place.name}".strip() if glued else "")
        places[fold(r["alias"])] = Place(place.name, place.localities | {r["locality"]} - {""}, written,
                                           f"{place.source}; {r['source']}")
    head_forms = {s for r in data_csv("provincial_bodies.csv")
                  for f in (r["name"], *_split(r["variants"]), *_split(r["abbreviations"])) for s in spellings_of(f)}
    place_forms = set()
    for r in [*data_csv("places.csv"), *({"place": a["alias"]} for a in data_csv("registry_place_aliases.csv"))]:
        for s in tone_mark_spellings(r["place"]):
            # (The dash of a double name is spaced either way, or one side only: "Bà Rịa -Vũng Tàu".)
            place_forms |= {s, s.replace(" - ", "-"), s.replace(" - ", " – "), s.replace(" - ", " -"), s.replace(" - ", "- ")}
    place = at_word_start(place_forms, not_after=r"\w")
    # One scan for both: a head with its place ("Sở Y tế Hà Nội", "UBND TP.HCM", "Cục Hải quan Gia Lai
    # - Kon Tum"), or with no name after it ("UBND tỉnh", "Sở Y tế"): a body of the page's own province.
    pattern = re.compile(
        rf"(?P<head>{at_word_start(head_forms, fold_rest=True)})(?:[ ](?P<loc>{LOCALITY}))?"
        rf"(?:(?:[ ]|(?<=\.))(?P<place>{place})(?:[ ]?[-–][ ]?(?P<place2>{place}))?)?(?![\w])")
    return pattern, re.compile(place + r"(?![\w])"), heads, places


_SHARED_HEAD = re.compile(r"[ ]?:[ ]?")  # "các Cục Hải quan: …"
_SHARED_LEVELS = re.compile(r"[ ]?,[ ]?(?:thành phố|TP|thành)[ ]?:[ ]?")  # "Cục Hải quan tỉnh, thành phố: …"
_SHARED_BEFORE = re.compile(r"(?<![\w])[Cc]ác[ ]$")


def _counted(text: str, start: int) -> bool:
    """Whether a count or a quantifier other than "các" stands before a head shared by a list: "thuộc về 3 Cục Hải
    quan: TP Hồ Chí Minh, Đà Nẵng và Đồng Nai" ranks offices of a kind (the gold of nganh-hai-quan-tien-phong-ap-dung-
    chi-so*, fresh14, names none), as a count makes a name a kind (`quantifiers`). With "các" before it, or no word
    of the kind ("PC04 Công an: Thái Nguyên, Nghệ An, Thanh Hóa", "gửi tới Cục Hải quan: Hải Phòng, …"), each place
    names the head's body there."""
    before = max(0, start - 12)
    return bool(kind_names()[1].search(text, before, start)) and not _SHARED_BEFORE.search(text, before, start)


LIST_SEPARATOR = re.compile(r"[ ]?[,;][ ]?(?:và[ ])?|[ ]và[ ]")  # between two items of a list after a colon


@lru_cache(maxsize=1)
def _list_items() -> tuple[re.Pattern, re.Pattern]:
    """One item of a list of places (with its locality word or not) and the separator between two. An item
    may be two places joined by a dash, one body's, as after a head ("…, Đắk Lắk, Gia Lai – Kon Tum")."""
    place = provincial_patterns()[1].pattern
    item = re.compile(rf"{LOCALITY_BEFORE}(?P<place>{place})(?:[ ]?[-–][ ]?(?P<place2>{place}))?")
    return item, LIST_SEPARATOR


def distributed(text: str, m: re.Match, places: dict[str, Place]) -> list[tuple[int, int, GazetteerEntry]]:
    """The bodies of a list of places that share one provincial head, each named by its place alone:
    after the head with no place of its own, "các" before it and a colon after ("các Cục Hải quan: Hà Nội,
    Hải Phòng, Quảng Ninh", "các Cục QLTT: Nghệ An, Hà Tĩnh và Quảng Bình"; semicolons may split the items); after a head and its place,
    more places joined by "và" ("Cục Hải quan TP Hồ Chí Minh, Đà Nẵng và Đồng Nai", "UBND tỉnh Quảng Nam
    và Thừa Thiên Huế"), the first the head's own. A list of one place, a list with no "và" after a placed
    head (a place after a comma locates the body: "Công an huyện Đô Lương, Nghệ An"), a place going on
    with a capitalised word, or a place the head's locality does not fit, names none; nor does a head of
    "các tỉnh", every province's, a kind ("phối hợp với UBND các tỉnh: Ninh Bình, Thanh Hóa, …" names no
    UBND, as the gold of ../shared/corpus-large/khoi-cong-3-du-an-thanh-phan-thuoc-du-an-cao-toc-bac-nam.md has it)."""
    item, sep = _list_items()
    found: list[tuple[int, int, GazetteerEntry]] = []
    if m["place"]:
        # ("tỉnh" goes for each province listed; "TP" is written with each city: "TP Hồ Chí Minh, Đà Nẵng" is no city of Đà Nẵng.)
        pos, joined, need_sep, shared = m.end(), False, True, "tỉnh" if (m["loc"] or "").lower() == "tỉnh" else ""
    else:
        # (The levels the places are at, "tỉnh, thành phố", share the head as "các" does: "thí điểm tại
        # Cục hải quan tỉnh, thành phố: Hải Phòng, Hồ Chí Minh, …", fresh19's page on customs' first half of 2018.)
        levels = m["loc"] and m["loc"].lower() == "tỉnh" and _SHARED_LEVELS.match(text, m.end())
        lead = levels or _SHARED_HEAD.match(text, m.end())
        if not lead:
            return []
        if not levels and _counted(text, m.start()):
            return []
        pos, joined, need_sep, shared = lead.end(), True, False, ""  # (a colon opens a list whatever joins its items)
    provinces = 0  # the items that are provinces: a list of none is no list of places
    while True:
        if need_sep:
            s = sep.match(text, pos)
            if not s:
                break
            joined, pos = joined or "và" in s.group(0), s.end()
        need_sep = True
        it = item.match(text, pos)
        if (not it or CAPITAL_AFTER.match(text, it.end())) and not m["place"]:
            # "các Cảng vụ Hàng hải: …; Vũng Tàu; Quy Nhơn; …": a city a body is named after; "các Cục Hải quan: …,
            # Bắc Ninh, Hà Nam Ninh": a region named after the provinces it covers, one of them its first words.
            it = _other_place(text, pos) or it
        if not it or CAPITAL_AFTER.match(text, it.end()) or text[it.end(): it.end() + 1] in ("-", "–"):
            break  # (a place going on is another's: "Gia Lai- Kom Tum")
        # The locality word of the head's place ("tỉnh") goes for every place that fits it.
        place = places.get(fold(it["place"]))
        provinces += place is not None
        if place is None:
            locality = "thành phố" if it["loc"] in CITY_WORDS else (it["loc"] or "").lower()
            place = Place(it["place"], frozenset({locality} - {""}), "", "a place the page names a body after")
        at = ((it["place"], place),)
        if "place2" in it.re.groupindex and it["place2"]:  # (an item of _other_place is one place)
            at += ((it["place2"], places[fold(it["place2"])]),)
        # (The body is written as the page writes it, the head with the item: "Cảng vụ Hàng hải TP. Hồ Chí Minh".)
        written = f"{m['head']} {it.group(0)}"
        e = provincial_entry(m["head"], it["loc"] or shared, at, written) or (
            not it["loc"] and provincial_entry(m["head"], "", at, written))
        if e:
            found.append((it.start(), it.end(), e))
        pos = it.end()
    return found if joined and provinces and len(found) >= (1 if m["place"] else 2) else []


@lru_cache(maxsize=1)
def _levels_listed() -> tuple[re.Pattern, re.Pattern]:
    """A local body's head before a locality word of a level below the province (`distributed_levels`),
    and one more place of such a level after "và", in capitalised words that end there."""
    levels = alternation(data_json("organisation_patterns.json")["distributed_levels"])
    place = rf"[{UPPER}][{LOWER}]*(?:[ ][{UPPER}][{LOWER}]*){{0,3}}"
    return (re.compile(rf"(?P<head>.+?)[ ](?:{levels})[ ][{UPPER}]"),
            re.compile(rf"[ ]và[ ](?P<item>(?:{levels})[ ]{place})(?![\w]|[ ][{UPPER}0-9])"))


def distributed_levels(text: str, mentions: list[OrgMention], free, take) -> list[OrgMention]:
    """A provincial head named with a district or a commune, then one more place of such a level after
    "và": the head is the second place's too, as a province's is shared ("UBND thành phố Hà Tiên và
    huyện Giang Thành" names the UBND huyện Giang Thành, written by its place alone). Only a body the
    grammar found (a province's is distributed's) and a head every province's places have."""
    named, more = _levels_listed()
    heads = provincial_patterns()[2]
    out = []
    for m in mentions:
        h = m.source == DISCOVERED and text.startswith(" và ", m.end) and named.match(m.surface)
        item = h and fold(h["head"]) in heads and more.match(text, m.end)
        if item and free(item.start("item"), item.end("item")):
            name = f"{h['head']} {item['item']}"
            out.append(OrgMention(slug(name), name, "", "", m.org_type, m.parent_id, DISCOVERED, item["item"],
                                  item.start("item"), item.end("item")))
            take(item.start("item"), item.end("item"))
    return out


_LOWERED_REACH = 64  # from a colon back to the "các" of a lower-case head: the longest head, its level words


@lru_cache(maxsize=1)
def _lowered_head() -> tuple[re.Pattern, frozenset[str]]:
    """A provincial head written in lower case, a generic noun ("cục hải quan", "sở y tế"), after "các" and
    before a colon, its levels' words between ("tỉnh, thành phố:"), with the groups of provincial_patterns()'s:
    its level word, no place. And the words, case-folded, that may stand before the colon."""
    forms = {s for r in data_csv("provincial_bodies.csv") for f in (r["name"], *_split(r["variants"])) for s in spellings_of(f)}
    lowered = {f[0].lower() + f[1:] for f in forms if f[1:2].islower()}  # (not a code: "UBND" is never written "uBND")
    pattern = re.compile(rf"(?<=[Cc]ác[ ])(?P<head>{at_word_start(lowered, fold_rest=True)})(?:[ ](?P<loc>tỉnh))?"
                         rf"(?P<place>(?!))?(?P<place2>(?!))?(?=(?:{_SHARED_LEVELS.pattern}|{_SHARED_HEAD.pattern})$)")
    return pattern, frozenset({f.split()[-1].casefold() for f in lowered} | {"tỉnh", "phố", "tp", "thành"})


def lowered_lists(text: str, places: dict[str, Place]) -> list[tuple[int, int, GazetteerEntry]]:
    """The bodies of a list of places that share a provincial head written in lower case after "các",
    as a kind is ("các cục hải quan: Hải Phòng, Lạng Sơn, Hà Nội", "các cục hải quan tỉnh, thành phố:
    Quảng Ninh, Hải Phòng, …"): the head is the one distributed() reads written with its capital, and
    each place names one body (../shared/corpus-large/nhan-dien-hang-hoa-trong-nganh-o-to.md,
    tong-ket-2-chuyen-an-bat-giu-75-banh-heroin.md, kiem-soat-chat-tinh-hinh-buon-lau-trong-dip-t*).
    Found back from each colon, which few sentences have."""
    found: list[tuple[int, int, GazetteerEntry]] = []
    pattern, last_words = _lowered_head()
    for colon in colons_after(text, last_words):
        m = pattern.search(text, max(0, colon - _LOWERED_REACH), colon + 1)
        if m:
            found += distributed(text, m, places)
    return found


@lru_cache(maxsize=1)
def _other_place_pattern() -> re.Pattern:
    """A place no table has, in capitalised words, with its locality word or not ("Quy Nhơn", "thành phố Nha Trang")."""
    return re.compile(rf"{LOCALITY_BEFORE}(?P<place>[{UPPER}][{LOWER}]+(?:[ ][{UPPER}][{LOWER}]+){{0,3}})(?![\w])")


def _other_place(text: str, pos: int) -> re.Match | None:
    """An item of a list after "các" and a head and a colon that no table of places has: the cities and
    the former provinces bodies are named after ("Cảng vụ Hàng hải Quy Nhơn", "Cục Hải quan Hà Nam Ninh").
    Vietnamese syllables, not a body's head or name ("…, TP HCM và Cục Điều tra chống buôn lậu"), a person
    or a word a sentence starts with."""
    it = _other_place_pattern().match(text, pos)
    if not it or not all(is_syllable(w) for w in it["place"].split()):
        return None
    k = it.start("place")
    data, known, _, head, *_ = compiled_patterns()
    if it["place"].split()[0] in tail_vocabulary()[1] or head.match(text, k) or known.match(text, k) or bare_head().match(text, k) \
            or starts_person(text, k, surely=True):
        return None
    return it


def level_beside(text: str, m: re.Match, levels: dict[int, str]) -> str:
    """The level of a level head listed right after or before a bare head ("UBND, Tỉnh ủy", "Tỉnh ủy và
    HĐND"), from `levels` (start, or minus the end, of each level head -> its level), else ""."""
    after = COMMA_OR_AND.match(text, m.end())
    if after and after.end() in levels:
        return levels[after.end()]
    for sep in (", ", " , ", " và "):
        if text.endswith(sep, 0, m.start()) and -(m.start() - len(sep)) in levels:
            return levels[-(m.start() - len(sep))]
    return ""


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


_ONE_SIDED_DASH = re.compile(r"(?<=\w)[ ]-(?=\w)|(?<=\w)-[ ](?=\w)")  # "Bà Rịa -Vũng Tàu", named "Bà Rịa - Vũng Tàu"


@lru_cache(maxsize=2048)  # a page names its province's bodies again and again
@lru_cache(maxsize=1)
def _locality_named() -> frozenset[str]:
    """The provincial bodies whose name has their place's locality word (`locality_named_heads`)."""
    return frozenset(data_json("organisation_patterns.json")["locality_named_heads"])


def provincial_entry(head_surface: str, loc: str, places: tuple[tuple[str, Place], ...], surface: str = "") -> GazetteerEntry | None:
    """The body a provincial head names with a place ("Sở LĐTBXH Hà Nội"), or None when the locality
    word does not fit the place ("thành phố Hà Tĩnh" is the provincial capital, a district-level city).
    A `surface` written shorter than the name is the body's abbreviation on the page."""
    _, _, heads, _ = provincial_patterns()
    row = heads[fold(head_surface)]
    locality = "thành phố" if loc in CITY_WORDS else loc.lower()
    if locality and any(locality not in p.localities for _, p in places):
        return None
    # "Công an Thái Nguyên" is the Công an tỉnh Thái Nguyên: its name, not another form of it (the abbreviation below).
    legal = not locality and row["name"] in _locality_named() and len(places) == 1 and len(places[0][1].localities) == 1 \
        and not places[0][1].written_as and next(iter(places[0][1].localities))
    # An abbreviated head is spelt out ("UBND" -> "Ủy ban nhân dân"); a spelling of the name stays as written.
    # (A head in lower case is a generic noun made one body by its place: "các cục hải quan: Hải Phòng".)
    written_head = head_surface if head_surface[:1].isupper() and fold(head_surface) in {
        fold(f) for f in (row["name"], *_split(row["variants"]))} else row["name"]
    written_places = " - ".join(p.written_as or (p.name if surface.replace(".", "").isupper() else _ONE_SIDED_DASH.sub(" - ", surface))
                                for surface, p in places)
    name = " ".join(w for w in (written_head, locality, written_places) if w)
    canonical = " - ".join(p.name for _, p in places)
    abbreviation = (surface,) if surface and fold(surface) != fold(name) else ()  # (not a case or a dash apart)
    name = f"{written_head} {legal} {written_places}" if legal else name
    return GazetteerEntry(slug(f"{row['name']} {canonical}"), name, abbreviation, (), row["name_en"].format(place=canonical),
                          row["org_type"], row["parent_id"], f"{row['source']}; {places[0][1].source}")


def places_of(m: re.Match, places: dict[str, Place]) -> tuple[tuple[str, Place], ...]:
    return tuple((m[g], places[fold(m[g])]) for g in ("place", "place2") if m[g])


def page_province(named: list[Place], locality: str) -> Place | None:
    """The province a page is about: the one it names most often (`named`, in order) among those the
    locality word fits."""
    counts: dict[str, int] = {}
    found: dict[str, Place] = {}
    for p in named:
        if not locality or locality in p.localities:
            counts[p.name] = counts.get(p.name, 0) + 1
            found[p.name] = p
    return found[max(sorted(counts), key=counts.get)] if counts else None


def places_named(text: str) -> list[Place]:
    _, place_pattern, _, places = provincial_patterns()
    return [places[fold(m.group(0))] for m in place_pattern.finditer(text)]


@lru_cache(maxsize=1)
def _place_run() -> re.Pattern:
    """A locality word (`localities`, the lower-case ones but "số") and the capitalised syllables of its
    place's name, up to where a discovered head stands."""
    words = [w for w in data_json("organisation_patterns.json")["localities"] if w.islower() and w != "số"]
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?:[ ][{UPPER}][{LOWER}]*){{1,3}}[ ]$")


def in_place_name(text: str, start: int) -> bool:
    """Whether a head stands inside a place's name, after its locality word and a capitalised syllable:
    "xã Vĩnh Hội Đông" names a commune, no "Hội Đông" (a place's syllables are written with capitals, as
    a name's are; a body's head after them would start a name of its own with no comma or word between)."""
    space = text.rfind(" ", max(0, start - 16), start - 1)  # (most heads follow a lower-case word: no regex then)
    return space >= 0 and text[space + 1: space + 2].isupper() and _place_run().search(text, max(0, start - 48), start) is not None
