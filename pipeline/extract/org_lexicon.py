"""What the organisation grammar reads and the terms it writes in.

The sourced registry indexed by name, abbreviation and shared unit name (registry_index); the patterns
compiled from pipeline/data/organisation_patterns.json (compiled_patterns, tail_vocabulary); the folding
and spellings by which names are compared (fold, spellings_of: "Hoà"/"Hòa", "quản lý"/"quản lí"); and a
mention of a body (OrgMention) with its id (slug), which every part of the grammar makes. Nothing here
reads a page's grammar: organisations.py, org_places.py and org_firms.py build on it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.extract.vocabulary import LOWER, UPPER, GazetteerEntry, data_csv, data_json, gazetteer
from pipeline.text.fold import match_key, tone_mark_spellings, unmarked
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

    def __init__(self, organisation_id: str, name: str, abbreviation: str, name_en: str, org_type: str, parent_id: str,
                 source: str, surface: str, start: int, end: int) -> None:
        # (The frozen dataclass's own __init__ sets each field through object.__setattr__, a call a field; a
        # page makes hundreds of mentions. The fields are the same, and frozen after.)
        self.__dict__.update(organisation_id=organisation_id, name=name, abbreviation=abbreviation, name_en=name_en,
                             org_type=org_type, parent_id=parent_id, source=source, surface=surface, start=start, end=end)

    def at(self, surface: str, start: int, end: int) -> "OrgMention":
        """The same body, named by `surface` at start:end of the page (a short form, a code, a described name)."""
        return OrgMention(self.organisation_id, self.name, self.abbreviation, self.name_en, self.org_type, self.parent_id,
                          self.source, surface, start, end)


@lru_cache(maxsize=4096)  # a page names its bodies again and again, and every page the national ones
def slug(name: str) -> str:
    """A stable identifier from a name: no diacritics, lower case, hyphens ("Cục Trẻ em" -> cuc-tre-em)."""
    return re.sub(r"[^a-z0-9]+", "-", unmarked(name).lower()).strip("-")


_HYPHEN = re.compile(r"\s*-\s*")
# A syllable ending in a lone "y" after a consonant is also written with "i" ("quản lý"/"quản lí",
# "kỹ"/"kĩ"); after "qu" it is a vowel of its own ("quy", "Quỹ") and never changes.
_Y_SYLLABLE = re.compile(r"(?<![^\W\d_])((?:[bcdđghklmnprstvx]|ch|kh|nh|ph|th|tr))([yýỳỷỹỵ])(?![^\W\d_])", re.I)
_Y_TO_I = str.maketrans("yýỳỷỹỵYÝỲỶỸỴ", "iíìỉĩịIÍÌỈĨỊ")


@lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """Key for matching names written with different case, tone-mark placement (Uỷ/Ủy, Hoà/Hòa),
    dashes or "&" for "và"."""
    name = name.replace("–", "-").replace("—", "-").replace("&", " và ")  # "Bộ Thông tin & Truyền thông"
    if "-" in name:
        name = _HYPHEN.sub(" - ", name)
    return " ".join(_Y_SYLLABLE.sub(lambda m: m[1] + m[2].translate(_Y_TO_I), match_key(name)).split())


def _matches_at(pattern: re.Pattern, text: str, starts):
    """The matches finditer would give of a pattern that starts with a literal, tried only at the places
    (`starts`, in order) the literal stands: none overlaps the one before."""
    done = 0
    for i in starts:
        if i >= done:
            m = pattern.match(text, i)
            if m:
                done = m.end() if m.end() > i else i + 1
                yield m


def _occurrences(text: str, literal: str):
    """Where `literal` stands in `text`, in order (overlapping places too)."""
    i = text.find(literal)
    while i >= 0:
        yield i
        i = text.find(literal, i + 1)


def colons_after(text: str, last_words: frozenset[str]):
    """The colons of `text` (their places, in order) right after one of `last_words` (case-folded): most
    colons close a clause ("cho biết:", "Ảnh:"); those of a list's lead close a head ("các cục hải quan:")."""
    for colon in _occurrences(text, ":"):
        before = text[max(0, colon - 16): colon].split()
        if before and before[-1].casefold() in last_words:
            yield colon


def scan(pattern: re.Pattern, literal: str, text: str):
    """pattern.finditer(text) for a pattern every match of which starts with `literal`: the places of the
    literal found by str.find, which is faster than the regex engine's own scan for a literal that starts
    with a character standing everywhere (" như": three times, on the corpus's pages)."""
    return _matches_at(pattern, text, _occurrences(text, literal))


def spellings_of(form: str) -> set[str]:
    """The ways a page may write a registry form: either tone-mark placement, "i" for a syllable's
    final "y" ("Cục Quản lí …"), "&" for a "và" between two capitalised areas ("Sở Khoa học & Công nghệ"),
    and an en dash for a hyphen between two ("Bộ Khoa học – Công nghệ", "Bộ Lao động – Thương binh và Xã hội")."""
    out = set()
    forms = {form, re.sub(rf" và (?=[{UPPER}])", " & ", form), form.replace(" - ", " – ")}
    for f in forms | {_Y_SYLLABLE.sub(lambda m: m[1] + m[2].translate(_Y_TO_I), f) for f in forms}:
        out |= tone_mark_spellings(f)
    return out


@lru_cache(maxsize=None)  # of every registry entry, for both the index and the pattern
def _forms(e: GazetteerEntry) -> tuple[str, ...]:
    """The names an entry is written with: its name and variants, each also with one of the
    abbreviations pages use inside names ("Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban ATGT Quốc gia");
    a ministry also as "Bộ" and its area's abbreviation ("Bộ LĐTBXH"); a body of one of the
    `named_with_parent` also with its parent's name after it, "của" or not ("Ủy ban Kinh tế của Quốc
    hội", "Ủy ban Quốc phòng và An ninh Quốc hội"); a name whose official form lists areas with commas
    also without them ("Cơ quan Thanh tra Giám sát ngân hàng" for "Cơ quan Thanh tra, giám sát ngân hàng")."""
    forms = [e.name, *e.variants]
    forms += [f.replace(", ", " ") for f in forms if ", " in f]
    parent = gazetteer().get(e.parent_id) if e.parent_id in data_json("organisation_patterns.json")["named_with_parent"] else None
    if parent:
        forms += [f"{f}{joint}{parent.name}" for f in [e.name] for joint in (" ", " của ")
                  if not f.endswith(parent.name)]
    folded = [f.casefold() for f in forms]
    for short, long, folded_long, pattern in _inner_abbreviations():
        shortened = [pattern.sub(short, f) for f, k in zip(forms, folded) if folded_long in k]
        forms += shortened
        folded += [f.casefold() for f in shortened]
    if e.org_type == "ministry" and e.name.startswith("Bộ "):
        forms += ["Bộ " + a for a in e.abbreviations if not a.startswith("B")]
    return tuple(forms)


@lru_cache(maxsize=1)
def _inner_abbreviations() -> tuple[tuple[str, str, str, re.Pattern], ...]:
    """(abbreviation, words, the words case-folded, a pattern of them in any case) of the expansions
    table, the longest words first."""
    table = data_json("organisation_patterns.json")["expansions"]
    return tuple((short, long, long.casefold(), re.compile(re.escape(long), re.I))
                 for short, long in sorted(table.items(), key=lambda kv: -len(kv[1])))


# A name some bodies share ("Vụ Pháp chế" is a unit of every ministry) is found by the registry, which
# knows where it ends, but names no single body: it is resolved like a discovered unit, by its parent.
SHARED = "registry: a unit name several bodies have"
DISCOVERED = "discovered"


@lru_cache(maxsize=1)
def registry_index():
    """Folded name -> entry for names one body has; folded name -> org_type for names several share;
    abbreviation -> entry (abbreviations several bodies share are left out); area names of ministries
    ("Tài chính" -> Bộ Tài chính)."""
    owners: dict[str, dict[str, GazetteerEntry]] = {}
    abbr_owners: dict[str, dict[str, GazetteerEntry]] = {}
    areas: dict[str, GazetteerEntry] = {}
    for e in gazetteer().values():
        for form in _forms(e):
            owners.setdefault(fold(form), {})[e.organisation_id] = e
        for abbr in e.abbreviations:
            abbr_owners.setdefault(abbr, {})[e.organisation_id] = e
        if e.org_type == "ministry" and e.name.startswith("Bộ "):
            for form in (e.name, *e.variants):
                if form.startswith("Bộ "):
                    areas[fold(form[3:])] = e
            for abbr in e.abbreviations:
                if not abbr.startswith("B"):
                    areas[fold(abbr)] = e
        elif e.org_type == "ministry":
            areas[fold(e.name)] = e
    for e in gazetteer().values():
        if e.org_type in ("party_body",) and e.name.endswith(" Trung ương"):
            areas.setdefault(fold(e.name), e)
    by_name = {k: next(iter(v.values())) for k, v in owners.items() if len(v) == 1}
    shared = {k: next(iter(v.values())).org_type for k, v in owners.items() if len(v) > 1}
    by_abbr = {k: next(iter(v.values())) for k, v in abbr_owners.items() if len(v) == 1}
    return by_name, by_abbr, areas, shared


@lru_cache(maxsize=1)
def compiled_patterns():
    data = data_json("organisation_patterns.json")
    names = {s for e in gazetteer().values() for form in _forms(e) for s in spellings_of(form)}
    # Names start with a capital and go on in any case ("Bộ Tài chính", "Bộ Tài Chính"): the capital is
    # matched as written (the engine scans for it) and the rest, a trie of the lower-cased names, in any
    # case (pipeline/text/phrases.py).
    capital = re.compile(f"[{UPPER}]")
    # A name that ends in a code may be glued to the next word by a slip of the keyboard ("Cục QLTTđã chỉ
    # đạo"): two capitals then a lower-case letter is a word's end, as no word is written so.
    known = re.compile(at_word_start({n[0].upper() + n[1:].lower() for n in names if capital.match(n[0].upper())},
                                     fold_rest=True) + rf"(?:(?![\w])|{GLUED_END})")
    # Stand-alone abbreviations are matched as written (case matters) and only from three letters up:
    # two-letter codes (CP, QH) appear inside document numbers and words far more often than as names,
    # but for the few that stand for nothing else (`two_letter_abbreviations`: "EU").
    _, by_abbr, _, _ = registry_index()
    abbrs = sorted((a for a in by_abbr if len(a) >= 3 or a in data["two_letter_abbreviations"]), key=len, reverse=True)
    abbr = re.compile(at_word_start([a for a in abbrs if capital.match(a)], not_after=r"\w/\-") + r"(?![\w/\-])")
    heads = sorted(data["heads"] + data["function_heads"], key=lambda h: -len(h[0]))
    # A head and its proper part stand on one line: "Hải quan" closing a paragraph does not name the
    # next paragraph's first words ("Hải quan\n\nHiện trường vụ việc …", "Kho bạc\n\nCó TK 111").
    # A number names a unit only after the heads of numbered units ("Ban Quản lý dự án 85", "Bệnh viện
    # 108"); after others it is a quantity ("UBND 19 tỉnh", "Tập đoàn 6 tháng"). A purpose head may go on
    # with "về" and its task ("Ban chỉ đạo về giải quyết …"; see _purpose).
    # A purpose head that is a head and lower-case words goes on with them ("Ủy ban quốc gia về …").
    purpose_rests = {p[len(h[0]) + 1:] for p in data["purpose_heads"] for h in heads if p.startswith(h[0] + " ") and p[len(h[0]) + 1:].islower()}
    head = re.compile(rf"(?P<head>{at_word_start({s for h in heads if capital.match(h[0]) for s in spellings_of(h[0])})})"
                      rf"[ ](?=[{UPPER}]|(?P<number>[0-9]{{1,3}}(?![0-9]))|{alternation(data['localities'])}[ ]|(?:{alternation(purpose_rests)}[ ])?(?:về[ ]"
                      rf"|{purpose_scope().pattern}))")  # "Ban chỉ đạo quốc gia phòng chống …" (`purpose_scopes`)
    # A title glues the head of the unit it heads in lower case ("Trưởng phòng Nghiệp vụ", "Trưởng ban
    # Tuyên giáo Trung ương"): the unit is named all the same. "Phó Trưởng ban Thường trực" is a rank.
    # (Found from the titles' literals "rưởng " and "Phó ", which the engine scans for fast: the heads'
    # first letters stand everywhere; the "T" or "t" before "rưởng" is looked at by _titled_heads.)
    rest = rf"[ ](?P<head>{alternation(data['titled_heads'])})[ ](?=[{UPPER}](?!hường trực))(?P<number>(?!))?"
    titled = (re.compile("rưởng" + rest), re.compile("Phó" + rest))
    head_types = {fold(h[0]): h[1] for h in heads}
    # (Heads that name a unit only by its number: "Tổ công tác 368", but "Tổ công tác Hải quan Vân Đồn" is
    # a task team of the customs office, named as that body: `numbered_only_heads`.)
    only = {fold(h) for h in data["numbered_only_heads"]}
    numbered = {fold(h): fold(h) in only for h in data["numbered_heads"] + data["numbered_only_heads"]}
    # "&" inside a word ("XNK&ĐT") or between two ("A & B"), never at a name's end ("Công ty Minh&").
    letter = f"[{UPPER}{LOWER}A-Za-z0-9]"
    # A body named after the document that set it up carries its number and code ("Ban Chỉ đạo 138/CP").
    word = re.compile(rf"[0-9]{{1,3}}/[{UPPER}]{{2,4}}(?![\w/\-])|{letter}(?:{letter}|&(?={letter}))*(?:\.(?=[{UPPER}])[{UPPER}{LOWER}]+)*\.?|[-–&]")
    # (Items may be split by semicolons: "đại diện Lãnh đạo các Bộ: Giao thông vận tải; Tài chính; Xây dựng".)
    ministry_list = re.compile(data["ministry_list_lead"] + r"(?P<list>[^.\n]+)")
    strong = re.compile(alternation(data["strong_heads"]) + rf"\s+(?=[{UPPER}])")
    organs = {fold(o): t for o, t in data["organs"]}
    organ = re.compile(rf"(?P<organ>{at_word_start({s for o, _ in data['organs'] for s in spellings_of(o)}, fold_rest=True)})[ ]")
    return data, known, abbr, head, titled, head_types, numbered, word, ministry_list, strong, organ, organs


GLUED_END = rf"(?<=[A-ZĐ]{{2}})(?=[{LOWER}])"  # "QLTT|đã": a code glued to the word after it
GAP = re.compile(r"[ \t]*")
CAPITAL_AFTER = re.compile(rf"[ ]+[{UPPER}0-9]")  # a name goes on after the word before


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """`function_words` of organisation_patterns.json: the grammar's words that no name's lower-case part holds (the
    closed names, a firm's trade before its brand, the words before a kind of firm)."""
    return frozenset(data_json("organisation_patterns.json")["function_words"])


@lru_cache(maxsize=1)
def tail_vocabulary():
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
    # The lower-case words official names are made of, from the registry's own names: a lower-case
    # word goes on a name when the registry has it after the same word ("Quản lý khám", "Tổ chức cán
    # bộ"), or at least has it in some name; a verb no name has ("đôn đốc", "hoàn thành") ends it.
    # The heads and organs are names too ("Văn phòng Thường trực", "Ban Quản lý dự án").
    pairs, syllables = set(), set()
    names = [f for e in gazetteer().values() for f in (e.name, *e.variants)]
    names += [r["name"] for r in data_csv("provincial_bodies.csv")]
    names += [h for h, _ in data["heads"]] + [o for o, _ in data["organs"]]
    # Words of names the registry lacks ("phòng chống ma túy") join as a name of their own would; only
    # their first syllable may follow any word, the others only the syllable before them ("thương hiệu",
    # not "Công ty Kinh doanh hiệu quả nhất").
    own = {s for w in data["name_words"] for s in tone_mark_spellings(w)}
    # A seat after "tại" ("… tại Việt Nam") is read by `name_continuations` alone: "tại" before a capital
    # makes no pair, or "Đại sứ quán Hoa Kỳ tại Hà Nội và …" would run on.
    for name in {s for n in [*names, *(f"X {w}" for w in own)] for s in tone_mark_spellings(n)}:
        raws = re.findall(r"[^\W_]+", name)
        words = [syllable_key(w) for w in raws]
        for before, w, raw, nxt in zip(words, words[1:], raws[1:], [*raws[2:], ""]):
            if raw[:1].islower() and not (raw == "tại" and nxt[:1].isupper()):
                pairs.add((before, w))
                if before == "x" or name.removeprefix("X ") not in own:
                    syllables.add(w)
    # Codes that stand for words inside names ("Cục Thuế XNK và …", "Trung tâm CNTT và …").
    coded = frozenset(word_codes_of())
    partners = re.compile(alternation(data["partners"]) + r"(?![^\W_])")
    # The words of `name_words` are words: a stop word that ends one ends the name with it ("Cục Điện lực
    # và Năng lượng tái tạo", not "… tái"); a function word does not ("dân dụng và").
    clause = frozenset(data["clause_words"])
    # (One written with its capital, "Dự báo", is a word only so: its capital is read as any capitalised word's.)
    words = frozenset((syllable_key(a), syllable_key(b)) for n in data["name_words"] if n[:1].islower()
                      for s in tone_mark_spellings(n) for a, b in zip(s.split(), s.split()[1:]) if b not in clause)
    word_starts = frozenset(a for a, _ in words)  # the first syllables of those words, looked ahead from
    # A Party committee's word ("Tỉnh ủy", "Đảng bộ") is closed by its lower-case syllable (`committee_words`).
    # So is a name's scope ("quốc gia", "trung ương": `committee_words`, closers).
    committees = frozenset((syllable_key(a), syllable_key(b)) for n in [*data["committee_words"]["words"], *data["committee_words"]["closers"]]
                           for s in tone_mark_spellings(n) for a, b in [s.split()])
    # A place written in one word, or a code that stands for one ("Huế", "TPHCM"), is a seat: the lower-case
    # words after it are the sentence's, as after a place of two words ("Ban An toàn thực phẩm TPHCM cung cấp").
    places = {r["place"] for r in data_csv("places.csv")}
    seats = frozenset({p for p in places if " " not in p} | {c for c, v in data["expansions"].items() if " " not in c and (
        v in places or v.removeprefix("Thành phố ") in places)})
    return stops, cap_stops, stop_phrases, locality, continuation, frozenset(pairs), frozenset(syllables), coded, partners, words, word_starts, committees, seats


def syllable_key(word: str) -> str:
    return word.casefold()  # the vocabulary holds both tone-mark spellings


COMMA_OR_AND = re.compile(r"[ ]?,[ ]|[ ]và[ ]")


@lru_cache(maxsize=1)
def bare_head() -> re.Pattern:
    """A head whatever follows it: in "Phó Trưởng ban Ủy ban chỉ đạo …" the title's "ban" is not a
    unit's head, the body named after it has its own."""
    heads = data_json("organisation_patterns.json")["heads"]
    # A one-syllable head before a lower-case word starts a word of the sentence's, no body: "Trưởng
    # phòng Hội nhập và đầu tư" heads the Phòng Hội nhập …, not a "Hội".
    spellings = {s for h, _ in heads if h[:1].isupper() for s in spellings_of(h)}
    return re.compile(rf"(?:{at_word_start({s for s in spellings if ' ' in s})}(?![\w])"
                      rf"|{at_word_start({s for s in spellings if ' ' not in s})}(?![\w])(?![ ][{LOWER}]))")


def trade_words(trades: list[str]) -> str:
    """The lower-case words of a bare head that may only be trades (`trades`; `closed_names` so marked,
    `brand_leads`), one to four, "và" between two: "Công ty vàng bạc đá quý Sài Gòn", "Công ty tư vấn
    chiến lược CSCI"; a verb there is the sentence's ("Công ty sử dụng Quỹ …", "Công ty nộp Hồ sơ")."""
    trade = alternation({s for t in trades for s in tone_mark_spellings(t)})
    return rf"(?:[ ](?:và[ ])?(?:{trade})){{1,4}}?"


@lru_cache(maxsize=1)
def purpose_scope() -> re.Pattern:
    """A purpose head's scope (`purpose_scopes`) before its lower-case task."""
    scopes = {s for w in data_json("organisation_patterns.json")["purpose_scopes"] for s in spellings_of(w)}
    return re.compile(rf"(?i:{alternation(scopes)})(?=[ ](?:về[ ])?[{LOWER}])")


@lru_cache(maxsize=1)
def _expansions() -> tuple[re.Pattern, dict[str, str]]:
    data = data_json("organisation_patterns.json")
    table = {**data["expansions"], **data["trade_codes"]}
    shorts = sorted(table, key=len, reverse=True)
    # (Not after a slash: "TW" in "Ban Chỉ đạo 127/TW" is a document's code, not "Trung ương".)
    return re.compile(at_word_start(shorts, not_after=r"\w./") + r"(?![\w])"), table


def word_codes_of() -> dict[str, str]:
    """The codes that stand for words inside names, each with its words: `expansions` ("ATGT") and
    `trade_codes` ("TM", "DV"); one table for every place that asks whether a code is one."""
    return _expansions()[1]


def expand(name: str, data: dict) -> str:
    pattern, table = _expansions()
    name = pattern.sub(lambda m: table[m.group(0)], name)
    _, by_abbr, _, _ = registry_index()
    # "Sở LĐTBXH Hà Nội": a ministry's abbreviation inside a name stands for its area.
    for token in re.findall(r"[A-ZĐ][A-ZĐ&\-]{2,}", name):
        e = by_abbr.get(token)
        if e and e.org_type == "ministry" and e.name.startswith("Bộ "):
            name = name.replace(token, e.name[3:])
    return name


def from_entry(e: GazetteerEntry, surface: str, start: int, end: int) -> OrgMention:
    return OrgMention(e.organisation_id, e.name, e.abbreviations[0] if e.abbreviations else "", e.name_en, e.org_type,
                      e.parent_id, f"gazetteer: {e.source}", surface, start, end)


@lru_cache(maxsize=1)
def kind_names() -> tuple[frozenset[str], re.Pattern]:
    """Folded names of kinds of body, and the quantifier or count that ends the text before a name
    used as a kind ("các Sở Y tế", "10 Chi cục Hải quan"; not "tháng 6 Tổng cục Hải quan")."""
    data = data_json("organisation_patterns.json")
    words = [*data["quantifiers"], *(w[0].upper() + w[1:] for w in data["quantifiers"])]
    # (An ordinal is no count: "Phiên họp thứ 19 Ban chỉ đạo …", "kỳ họp thứ 9 Quốc hội".)
    # (A ranking's count glued to "Top" is one too: "nhận danh hiệu TOP50 Công ty Kinh doanh hiệu quả nhất".)
    number = r"(?:(?<=TOP)|(?<=Top)|(?<![\w/.,\-])(?<!ngày )(?<!tháng )(?<!năm )(?<!quý )(?<!Quý )(?<!số )(?<!Số )(?<!thứ ))[0-9]{1,3}(?:/[0-9]{1,3})?"
    return (frozenset(fold(k) for k in data["kinds"]),
            re.compile(rf"(?:(?<![\w]){alternation(words)}|{number})[ ]$"))
