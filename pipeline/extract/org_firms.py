"""Firms: the names the grammar of public bodies does not reach.

Firms listed after a lead ("các doanh nghiệp như Samsung, LG"), brands after the kind of firm they are
or that a later sentence calls a firm, names in English and web domains, a firm's branch, the code that
ends a firm's name, and a firm the page describes before its own name. The words are data
(organisation_patterns.json); organisations.py calls these after the registry and the heads.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipeline.extract.names import is_syllable, not_names
from pipeline.extract.org_lexicon import (DISCOVERED, OrgMention, compiled_patterns, fold, from_entry, function_words, kind_names,
                                          registry_index, scan, slug, trade_words, word_codes_of)
from pipeline.extract.org_places import CITY_WORDS, LOCALITY_BEFORE, provincial_patterns
from pipeline.extract.vocabulary import LOWER, UPPER, data_csv, data_json
from pipeline.text.fold import tone_mark_spellings
from pipeline.text.phrases import alternation


BRANCH_WORD = re.compile(r"[Cc]hi nhánh(?![\w])")
_BRANCH_BEFORE = re.compile(r"(?<![\w])Chi nhánh[ ]$")


@lru_cache(maxsize=1)
def _branch_after() -> re.Pattern:
    """A firm's branch named after the firm: its seat after "tại" ("Chi nhánh Công ty … FCC| tại Hải Phòng"),
    or a dash, "Chi nhánh" and its seat ("Công ty TNHH …| – Chi nhánh tại Đồng Nai"); group "dash" says which."""
    place = rf"{LOCALITY_BEFORE}(?:{provincial_patterns()[1].pattern})"
    return re.compile(rf"(?P<dash>[ ]?[-–][ ]?[Cc]hi nhánh(?:[ ]tại)?[ ])?(?(dash)|[ ]tại[ ]){place}")


def firm_branch(text: str, start: int, end: int) -> tuple[int, int]:
    """Where a firm's branch named around the firm's name starts and ends: "Chi nhánh" before it
    ("Chi nhánh Công ty Cổ phần Giao nhận Toàn cầu DHL Việt Nam"), its seat after "tại" when so named
    ("Chi nhánh Công ty Cổ phần Giám định và Khử trùng FCC tại Hải Phòng"), or a dash and "Chi nhánh" and
    its seat after the name ("Công ty TNHH Bệnh viện đa khoa Nhi Sài Gòn – Chi nhánh tại Đồng Nai"). A
    branch is a body of its own, the firm's unit in a province, and the gold names it so."""
    before = _BRANCH_BEFORE.search(text, max(0, start - 10), start)
    after = _branch_after().match(text, end)
    if after and not after["dash"] and not before:
        after = None  # "Công ty X tại Hải Phòng": the firm, and where it acts
    return (before.start() if before else start), (after.end() if after else end)


# One item of a list of firms: capitalised words, codes and brands ("Samsung", "Three Star", "T&T Group",
# "Mercedes-Benz"), up to a comma, "và", an ellipsis or the first lower-case word.
_BRAND = re.compile(rf"[{UPPER}0-9](?:[\w&'’\-]|\.(?=\w))*(?:[ ][{UPPER}0-9](?:[\w&'’\-]|\.(?=\w))*){{0,3}}")
_ITEM_SEP = re.compile(r"[ ]?,[ ]?|[ ]và[ ]")


@lru_cache(maxsize=1)
def _enterprise_list() -> tuple[re.Pattern, re.Pattern]:
    """The lead of a list of firms (`enterprise_list_lead`), and the kinds of firm (`enterprise_list_kinds`) one must have."""
    data = data_json("organisation_patterns.json")
    # (A kind written with its capital after the quantifier is one too: "các Tập đoàn lớn nhất của Hoa Kỳ … như".)
    kinds = "|".join(re.escape(w) for k in data["enterprise_list_kinds"] for w in dict.fromkeys((k, k[0].upper() + k[1:])))
    lead = data["enterprise_list_lead"].replace("{kinds}", kinds).replace("{COUNTRIES}", alternation(data["foreign_countries"]))
    return re.compile(lead), re.compile(kinds)


# The words a lead ends with ("như", "gồm"), one literal pattern each, found by scan.
_LIST_WORDS = ((" như", re.compile(r" như(?![\w])")), (" gồm", re.compile(r" gồm(?![\w])")))
_LEAD_REACH = 160  # the longest lead: a quantifier, a kind, four words, and a foreign country with eight words on each side (syllables have 7)


def _enterprise_leads(text: str):
    """The matches of `enterprise_list_lead`, found from the "như" or "gồm" each ends with, where the
    lead's first letters (c, n, m, digits) stand everywhere on a page."""
    (lead, kinds), done = _enterprise_list(), 0
    for nhu in sorted((m for literal, w in _LIST_WORDS for m in scan(w, literal, text)), key=lambda m: m.start()):
        if nhu.start() < done:
            continue
        reach = max(done, nhu.start() - _LEAD_REACH)
        if not kinds.search(text, reach, nhu.start()):
            continue  # (most: no kind of firm before the "như", which the lead, slower to try, would need)
        m = lead.search(text, reach, nhu.end() + 3)
        while m and m.end() <= nhu.start():  # a lead ending at an earlier "như" in reach
            m = lead.search(text, m.end(), nhu.end() + 3)
        if m:
            done = m.end()
            yield m


def listed_enterprises(text: str, free, take, data: dict) -> list[OrgMention]:
    """Firms a page names by brand after the kind it gives them: "một số tập đoàn đa quốc gia như
    Samsung, LG, …", "các ngân hàng như Sacombank, MB, Techcombank…"; the brand is then a mention of
    the firm wherever the page uses it ("… nhà cung ứng cấp 1 cho Samsung"). An item with lower-case
    words ends the list ("các doanh nghiệp sản xuất như: Công nghiệp, nông nghiệp"), and a place is
    no firm ("các doanh nghiệp … như Hàn Quốc, Nhật Bản")."""
    _, place_pattern, _, _ = provincial_patterns()
    by_name, by_abbr, _, _ = registry_index()
    places = not_names()
    out: list[OrgMention] = []
    brands: dict[str, OrgMention] = {}
    for lead in _enterprise_leads(text):
        pos = lead.end()
        while True:
            item = _BRAND.match(text, pos)
            if not item:
                break
            name = item.group(0).rstrip(".")
            a, b = item.start(), item.start() + len(name)
            last = not _ITEM_SEP.match(text, b)
            # A first item the sentence goes on after in lower case is a word of it ("như: Công nghiệp, …").
            if name in places or place_pattern.fullmatch(name) or (last and pos == lead.end() and text[b + 1: b + 2].islower()):
                break
            e = by_name.get(fold(name)) or by_abbr.get(name)
            if free(a, b):
                m = from_entry(e, name, a, b) if e else OrgMention(slug(name), name, "", "", "enterprise", "", DISCOVERED, name, a, b)
                out.append(m)
                take(a, b)
                brands.setdefault(name, m)
            if last:
                break
            pos = _ITEM_SEP.match(text, b).end()
    return out + _brands_again(text, brands, free, take)


def _brands_again(text: str, brands: dict[str, OrgMention], free, take) -> list[OrgMention]:
    """Each brand a page has said is a firm, wherever else the page names it ("… nhà cung ứng cấp 1 cho Samsung").
    (Not where a capitalised word goes on with it: "Toyota Việt Nam" is the brand's arm, another firm.)"""
    out = []
    for name, m in brands.items():
        for hit in re.finditer(word_at(name, r"\w&\-") + rf"(?![\w&\-])(?![ ][{UPPER}])", text):
            if free(hit.start(), hit.end()):
                out.append(OrgMention(**{**m.__dict__, "surface": name, "start": hit.start(), "end": hit.end()}))
                take(hit.start(), hit.end())
    return out


@lru_cache(maxsize=1)
def _said_firm() -> tuple[re.Pattern, re.Pattern]:
    """"là doanh nghiệp", "cũng là một công ty" … (`firm_predicates`), found by the literal " là ", and the
    brand ending the text before it: up to four capitalised words, an adverb after them or not."""
    data = data_json("organisation_patterns.json")
    predicate = re.compile(rf"[ ]là[ ](?:một[ ])?(?:{alternation(data['firm_predicates'])})(?![\w])")
    brand = re.compile(rf"(?:^|(?<=[ \n]))(?P<brand>{_BRAND.pattern})(?:[ ](?:cũng|hiện|vốn|đều))?$")
    return predicate, brand


@lru_cache(maxsize=1)
def _kinds_said() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], frozenset[str]]:
    """The kinds of firm (`enterprise_list_kinds`) as words, the function words, and the prepositions whose object a
    kind may be (`kind_objects_after`)."""
    data = data_json("organisation_patterns.json")
    return (tuple(tuple(k.split()) for k in data["enterprise_list_kinds"]), function_words(),
            frozenset(data["kind_objects_after"]))


_QUANTIFIERS = frozenset(("các", "những", "một"))
_SAYING_WHICH = 8  # the words after the kind that say which firm: "DN khác chuyên sản xuất bột giặt"


def _brand_named(text: str, copula: int) -> re.Match | None:
    """The brand after the " là " at `copula` whose subject is a kind of firm (`enterprise_list_kinds`) and up to eight
    lower-case words saying which: "Một DN khác chuyên sản xuất bột giặt là |LIX" (`kind_objects_after`). A function
    word among the words says they are a clause of their own ("doanh nghiệp thì không được phản ánh là HTK", "không
    được ghi nhận là TSCĐ": a thing classed, no firm named); a preposition before the kind makes it the preposition's
    object, not the subject ("dành cho các nhà sản xuất thịt lợn là PQAS" names a standard); and a capitalised word
    after the brand that the brand's words did not take goes on with it: no brand alone."""
    if not text[copula + 4: copula + 5].isupper():
        return None  # (most " là " go on in lower case: no brand after them, nothing to read before)
    kinds, function_words, prepositions = _kinds_said()
    words = text[max(0, copula - 64): copula].split()
    for i in range(len(words) - 1, max(0, len(words) - _SAYING_WHICH - 4), -1):
        kind = next((k for k in kinds if tuple(words[i - len(k) + 1: i + 1]) == k), None)
        if kind and i - len(kind) >= 0:
            before = [w for w in words[max(0, i - len(kind) - 1): i - len(kind) + 1] if w not in _QUANTIFIERS][-1:]
            if before and before[0] in prepositions:
                return None
            b = _BRAND.match(text, copula + 4)
            # (The first a letter's: "là 1.640 DN" counts firms.)
            return b if b and b.group(0)[0].isupper() and not _CAPITAL_NEXT.match(text, b.end()) else None
        w = words[i]
        if not (w.islower() or w.isdigit()) or not w.isalnum() or w in function_words:
            return None
    return None


def firms_said_so(text: str, mentions: list[OrgMention], free, take) -> list[OrgMention]:
    """A brand the sentence says is a firm: "Samsung là doanh nghiệp có quy mô kim ngạch xuất nhập khẩu
    lớn nhất Việt Nam" (fresh20's page on FDI firms' figures), "HDBank là ngân hàng …", or the other way
    round ("Một DN khác chuyên sản xuất bột giặt là LIX", fresh26; "công ty con là Roebuck"), and the brand
    wherever else the page names it. Only a word that is no Vietnamese syllable: "Việt Nam là công ty"
    is no brand's; a code the grammar spells out ("XNK") is a word, and a place no firm. A brand the
    registry knows is that body, and one the page has named a firm with ("Công ty CP Sữa Việt Nam
    (Vinamilk)", "tập đoàn Ford") is left to the names found for it: the firm is found already."""
    predicate, brand = _said_firm()
    words = word_codes_of()
    places = not_names()
    by_name, by_abbr, _, _ = registry_index()
    brands: dict[str, OrgMention] = {}
    out = []
    named = None  # the words of the names and forms found on the page, read at the first brand
    at = text.find(" là ")
    while at >= 0:
        p, at = at, text.find(" là ", at + 4)
        if predicate.match(text, p):
            b = brand.search(text, max(0, p - 48), p)
            b = b and (b["brand"], b.start("brand"), b.end("brand"))
        else:
            b = _brand_named(text, p)
            b = b and (b.group(0), b.start(), b.end())
        if not b:
            continue
        name, b_start, b_end = b
        first = name.split()[0]
        if is_syllable(first) or first in words or name in places or not free(b_start, b_end):
            continue
        if named is None:
            named = {w for o in mentions for f in (o.name, o.surface, o.abbreviation) for w in f.split()}
        if name in brands or not set(name.split()) - named:
            continue
        e = by_name.get(fold(name)) or by_abbr.get(name)
        m = from_entry(e, name, b_start, b_end) if e else \
            OrgMention(slug(name), name, "", "", "enterprise", "", DISCOVERED, name, b_start, b_end)
        out.append(m)
        take(m.start, m.end)
        brands.setdefault(name, m)
    return out + _brands_again(text, brands, free, take)


@lru_cache(maxsize=1)
def _partner_verbs() -> tuple[re.Pattern, tuple[str, ...]]:
    """A verb of working with a party (`partner_verbs`) before a capital, and the verbs no other one starts
    with, the literals scanned for ("phối hợp" finds "phối hợp với" too)."""
    verbs = data_json("organisation_patterns.json")["partner_verbs"]
    literals = tuple(v for v in verbs if not any(w != v and v.startswith(w) for w in verbs))
    return re.compile(rf"(?<![\w]){alternation(verbs)}[ ](?=[{UPPER}0-9])"), literals


@lru_cache(maxsize=1)
def _example_leads() -> tuple[re.Pattern, tuple[str, ...]]:
    """The words that lead a list of examples (`example_leads`: "như") before a capital, a colon between or
    not, and the literals scanned for."""
    leads = data_json("organisation_patterns.json")["example_leads"]
    return re.compile(rf"(?<![\w]){alternation(leads)}[ ]?:?[ ](?=[{UPPER}0-9])"), tuple(leads)


@lru_cache(maxsize=1)
def _things_before() -> re.Pattern:
    """A kind of thing that is no body (`examples_not_of`) ending the text searched: "các nhãn hiệu "."""
    return re.compile(rf"(?<![\w])(?:{alternation(data_json('organisation_patterns.json')['examples_not_of'])})[ ]$")


# An ellipsis closes a list as "và" does ("… Commerzbank, ANZ, MUFG,…"); a code in brackets after an item
# is the item's own ("Tập đoàn Điện lực Việt Nam (EVN), Siemens"), the list goes on after it.
_ELLIPSIS = re.compile(r",?[ ]?(?:…|\.\.\.)")
_OWN_CODE = re.compile(rf"[ ]?\([{UPPER}0-9&\-]+\)")


def _list_after(text: str, pos: int, ends: dict[int, int]) -> tuple[bool, list[tuple[int, int]]]:
    """The items of a list starting at `pos`, joined by commas and "và": whether one is a name found
    already (`ends`: start -> end) in a list that "và" or an ellipsis closes (a comma alone may end a
    clause: "hợp tác với MISA, HDBank đã …"), and the other items, capitalised words up to a separator."""
    known, items, last = False, [], False
    while True:
        end = ends.get(pos)
        if end is not None:
            known = True
            end = own.end() if (own := _OWN_CODE.match(text, end)) else end
        else:
            item = _BRAND.match(text, pos)
            if not item:
                break
            end = pos + len(item.group(0).rstrip("."))
            items.append((pos, end))
        if not last and _ELLIPSIS.match(text, end):
            return known, items
        sep = not last and _ITEM_SEP.match(text, end)  # (the item after "và" ends the list: "…, B và C, TP Thuận An")
        if not sep:
            break
        last, pos = "và" in sep.group(0), sep.end()
    return known and last, items


def listed_partners(text: str, mentions: list[OrgMention], free, take) -> list[OrgMention]:
    """Firms named by brand in a list of the parties a body works with, where another item is a body the
    page names: "NAPAS phối hợp với Vietnam Airlines, Lazada và FPT Telecom triển khai …" (fresh22's page
    on NAPAS cards), and in a list of examples after "như" (`example_leads`): "hợp tác chiến lược với nhiều
    đối tác hàng đầu trên thế giới như ICBC, JP Morgan Chase, ADB, KFW, Proparco, …" (fresh25's page on
    HDBank's ADB credit line), "… như Tập đoàn Điện lực Việt Nam (EVN), Siemens, ABB, SolarBK, …" (fresh23's
    page on the Vietnam Economic Forum). The items of one list are of one kind, so the brands beside a
    named body are bodies too. Only a brand or a code (a first word that is no Vietnamese syllable): a place listed is no firm
    ("hợp tác với Singapore và Vietnam Airlines", "TP Thuận An"), and a list with no body in it says
    nothing of its items."""
    ends = None
    brands: dict[str, OrgMention] = {}
    out = []
    for lead, literals in (_partner_verbs(), _example_leads()):
        for v in (v for literal in literals for v in scan(lead, literal, text)):
            if ends is None:
                ends = {m.start: m.end for m in mentions}
            known, items = _list_after(text, v.end(), ends)
            if known and literals is not _partner_verbs()[1] and (
                    any(_a_place(text[a:b]) for a, b in items) or _things_before().search(text, max(0, v.start() - 32), v.start())):
                continue  # "các thị trường lớn như EU, Nhật Bản, Mexico…", "các nhãn hiệu như Cohiba, …, OCB": no bodies
            for a, b in items if known else ():
                name = text[a:b]
                first = name.split()[0]
                if is_syllable(first) or first in word_codes_of() or _a_place(name) or not free(a, b):
                    continue
                by_name, by_abbr, _, _ = registry_index()
                e = by_name.get(fold(name)) or by_abbr.get(name)
                m = from_entry(e, name, a, b) if e else OrgMention(slug(name), name, "", "", "enterprise", "", DISCOVERED, name, a, b)
                out.append(m)
                take(a, b)
                brands.setdefault(name, m)
    return out + _brands_again(text, brands, free, take)


def _a_place(name: str) -> bool:
    """Whether a listed item is a place, no body: a city's word first, a country, a province."""
    return name.split()[0] in CITY_WORDS or name in not_names() or name in _countries() or bool(provincial_patterns()[1].fullmatch(name))


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Foreign countries (`foreign_countries`): a country listed beside a body is no firm."""
    return frozenset(data_json("organisation_patterns.json")["foreign_countries"])


def word_at(word: str, not_after: str) -> str:
    """`word` where no character of `not_after` stands before it: the check made after the word, as a
    look behind it (`(?<![…].{n})`), so that the engine scans for the word itself, a literal, fast."""
    return rf"{re.escape(word)}(?<![{not_after}].{{{len(word)}}})"


@lru_cache(maxsize=1)
def _brand_leads() -> tuple[tuple[str, re.Pattern, str], ...]:
    """Each kind of firm in lower case before a capital (`brand_leads`), and the head it names a firm
    with: one pattern each, starting with the words and a space (found by the pattern's own scan: see brands_after_kind)."""
    data = data_json("organisation_patterns.json")
    trades = trade_words(data["trades"])
    return tuple((lead, re.compile(rf"{re.escape(lead)}(?P<trade>{trades})?[ ](?=[{UPPER}])"), head)
                 for lead, head in data["brand_leads"].items())


@lru_cache(maxsize=1)
def _form_after_brand() -> re.Pattern:
    """More English words after a brand, "&" joining two, up to a foreign legal form (`english_heads` forms)."""
    forms = data_json("organisation_patterns.json")["english_heads"]["forms"]
    return re.compile(rf"(?:[ ](?:&[ ])?[A-Z][\w&\-]*){{0,4}}[ ]{alternation(forms)}(?![\w])")


def brands_after_kind(text: str, free, take) -> list[OrgMention]:
    """A firm named by its foreign brand after its kind in lower case: "tập đoàn Vingroup", "hãng Apple",
    "liên doanh Vietsovpetro", or after its kind and trade (`trades`): "hãng bán lẻ Aeon của Nhật", "hãng
    tàu Maersk", named by the brand ("Aeon"; "Tập đoàn Pegatron" for "tập đoàn điện tử Pegatron"). The
    brand's first word is no Vietnamese syllable: a Vietnamese word is the sentence's ("tập đoàn Nhà
    nước"); nor all capitals unless a trade says what firm it is ("hãng tàu MSC"): a code is a kind
    ("tập đoàn FDI"), as is the brand after a quantifier ("các tập đoàn Fintech")."""
    out = []
    for lead, lead_re, head in _brand_leads():
        # (The engine's own scan for the lead, a literal: on ../shared/corpus it takes 19 µs a page for the five leads,
        # where scan's str.find took 32 µs; their first letters are rarer than the space " như" starts with.)
        for m in lead_re.finditer(text):
            item = m.start() == 0 or not text[m.start() - 1].isalnum()
            item = item and _BRAND.match(text, m.end())
            first = item and item.group(0).split()[0]
            if not first or (first.isupper() and not m["trade"]) or is_syllable(first) or not first.isalpha():
                continue
            brand = item.group(0).rstrip(".")
            if _form_after_brand().match(text, m.end() + len(brand)):
                continue  # "hãng hàng không East Sea Travel & Air Service GmBH": a name its legal form closes (english_named)
            # A lead and its trade that make a head name the body with both, as the head does ("sàn giao dịch Mombasa" is
            # the Sàn giao dịch Mombasa, an exchange named after its city; `_about_exchanges`).
            headed = m["trade"] and fold(text[m.start(): m.end() - 1]) in compiled_patterns()[5]
            start = m.start() if (head and not m["trade"]) or headed else m.end()
            if not free(start, m.end() + len(brand)) or kind_names()[1].search(text, max(0, m.start() - 12), m.start()):
                continue  # "các tập đoàn Fintech lớn": a kind of firm
            name = f"{text[start].upper()}{text[start + 1: m.end()]}{brand}" if headed else f"{head} {brand}".strip()
            out.append(OrgMention(slug(name), name, "", "", "enterprise", "", DISCOVERED, text[start: m.end() + len(brand)],
                                  start, m.end() + len(brand)))
            take(start, m.end() + len(brand))
    return out


@lru_cache(maxsize=1)
def _web_brands() -> tuple[re.Pattern, re.Pattern, re.Pattern, tuple[str, ...]]:
    """A capitalised word glued to a web domain, a platform's firm ("Alibaba.com"), with its national
    arm's seat after it when given ("Alibaba.com Việt Nam"); not inside an address or a link ("www.x.com",
    "x.com/…", "a@x.com"), and not after the words a source credit stands after (`web_brands`). Found from
    the domain, a literal the engine finds fast, then the word before it."""
    table = data_json("organisation_patterns.json")["web_brands"]
    domain = re.compile(rf"\.(?:{alternation(table['domains'])})(?![\w/\-])(?!\.\w)")
    brand = re.compile(r"(?<![\w/.@\-])[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$")
    seat = re.compile(rf"[ ]{re.escape(table['seat'])}(?![\w])")
    return domain, brand, seat, tuple(table["not_after"])


_WORDS = re.compile(r"[^\W_]")
_BRAND_REACH = 40  # the longest brand word looked back for


class _English(NamedTuple):
    """The vocabulary of foreign firms named in English (`english_heads`)."""
    last: re.Pattern  # a head ("Bank", "Group") or a legal form ("Co. Ltd.", "Inc.") that ends a name
    forms: frozenset[str]  # the legal forms
    seat: re.Pattern  # a country after a brand, its national arm ("Vietnam", "Việt Nam")
    before: re.Pattern  # the capitalised words before a head or a seat
    before_form: re.Pattern  # the capitalised words before a legal form, more of them
    first: re.Pattern  # a head that starts a name and the words after it ("Bank of …")
    firsts: tuple[str, ...]
    codes: frozenset[str]  # words no name starts with: codes of Vietnamese words, capitalised stop words
    titles: frozenset[str]  # titles of one word, before the name of the firm they are held at
    code_seats: frozenset[str]  # seats a code alone may stand before ("DKRA Vietnam", not "BHXH Việt Nam")
    not_brands: frozenset[str]  # countries and trades in Latin letters, no brand before a seat ("Singapore Việt Nam")
    event_before: re.Pattern  # an event's or a magazine's kind just before the name
    events: tuple[str, ...]
    glosses: tuple[str, ...]  # the words before an English name that glosses a Vietnamese one ("tên tiếng Anh:")


@lru_cache(maxsize=1)
def _english_heads() -> _English:
    """`english_heads`, compiled once. The heads and seats are literals the engine finds fast; the words
    are looked for back from them."""
    data = data_json("organisation_patterns.json")
    table = data["english_heads"]
    # (A capitalised word after the head goes on with the name: "Le Group Ventures" is not "Le Group"; a
    # year after it makes it an award's or an event's ("World's Best Bank 2020"): see _names_before. The
    # words are English, in unaccented letters: "TGĐ" before "T&T Group" is a title's abbreviation.)
    # (A legal form ends the name whatever follows: "Murphy Cuu Long Bac Oil Co. Ltd.(Murphy)". Heads and
    # forms are one pattern, which the engine scans for faster than for two.)
    last = re.compile(rf"{alternation(table['last'] + table['forms'])}(?![\w])")
    # (After a seat a capital may be the person the sentence names: "Tổng giám đốc Ford Việt Nam Phạm Văn Dũng".)
    # (No lookbehind for the space before: it would keep the engine from scanning for the literal.)
    seat = re.compile(rf"{alternation(table['seats'])}(?![\w])")
    word = r"[A-Z0-9][A-Za-z0-9&\-]*"
    # ("&" between two words joins one name, "McKinsey & Company Vietnam": no name starts after it.)
    before = re.compile(rf"(?<![\w&.\-])(?<!&[ ]){word}(?:(?:[ ]&)?[ ]{word}){{0,2}}[ ]$")
    before_form = re.compile(rf"(?<![\w&.\-])(?<!&[ ]){word}(?:(?:[ ]&)?[ ]{word}){{0,5}}[ ]$")
    first = re.compile(rf"{alternation(table['first'])}[ ](?:the[ ])?[A-Z]\w+(?:[ ][A-Z]\w+){{0,2}}")
    # (A title in English or in capitals stands before the name it is held at: "CEO DKRA Property Management";
    # alone before the head it is the brand: "CEO Group".)
    titles = {t["title"] for t in data_csv("titles.csv") if " " not in t["title"]}
    return _English(
        last, frozenset(table["forms"]), seat, before, before_form, first, tuple(table["first"]),
        # (A department's function is its title's: "Giám đốc R&D DKRA Vietnam" heads DKRA's R&D.)
        codes=frozenset(word_codes_of()) | frozenset(data["capitalised_stop_words"]) | frozenset(table["functions"]),
        titles=frozenset(titles) | frozenset(data_json("people.json")["title_abbreviations"]),
        code_seats=frozenset(table["code_seats"]),
        not_brands=frozenset(table["countries"]) | frozenset(table["sectors"]),
        # An event or a magazine's kind, and a few lower-case words, just before ("Tạp chí uy tín Global Finance").
        event_before=re.compile(rf"(?<![\w]){alternation(table['events'])}(?:[ ][{LOWER}]+){{0,2}}[ ]$"),
        events=tuple(f"{e} " for e in table["events"]), glosses=tuple(f"{g} " for g in table["glosses"]))


_WORD_BEFORE = re.compile(rf"(?<![\w&])([{UPPER}]\w*)[ ]$")  # a capitalised word (not a code of capitals) just before
_CAPITAL_NEXT = re.compile(r"[ ][A-Z0-9]")
_WORD_NEXT = re.compile(r"[ ]([A-Z0-9][\w&\-]*)")
_YEAR_AFTER = r"[ ](?:19|20)[0-9]{2}(?![0-9\-–])"  # an event's edition, not a span of years ("Vedan Việt Nam 1991-2021")
_ASCII_TAIL = re.compile(r"[A-Za-z0-9&\-]+$")  # the unaccented letters that end a word


def _past_codes(text: str, start: int, head: int, e: _English) -> int | None:
    """Where an English name whose words run from `start` to its head starts, past the words no name
    starts with ("THQG Brand Finance", "Theo Vietnam", "CEO DKRA Property Management"); None when no word
    is left before the head, unless the last word left is a title's, then the brand ("CEO Group")."""
    first = start
    while start < head:
        word_end = text.find(" ", start, head)
        if text[start:word_end] not in e.codes and text[start:word_end] not in e.titles:
            return start
        start = word_end + 1
    return first if text[first:text.find(" ", first, head)] in e.titles else None


def _names_before(text: str, heads, e: _English, seats: bool = False):
    """(start of the name, start of the head, end) of the names the capitalised words before each of
    `heads` (matches of e.last or e.seat) make: up to three, six before a legal form."""
    for h in heads:
        if text[h.start() - 1: h.start()] != " ":
            continue
        if seats and not _english_word_before(text, h.start() - 1):
            continue  # (most seats: "của Việt Nam", "Ngân hàng Nhà nước Việt Nam")
        if seats and (nxt := _WORD_NEXT.match(text, h.end())) and (nxt[1].isdigit() or not is_syllable(nxt[1])):
            continue  # the name runs on in English or with a year: a fund's, an event's ("KIM Vietnam Growth Equity", "FLC Vietnam Master")
        form = not seats and h.group(0) in e.forms
        if not seats and not form and _CAPITAL_NEXT.match(text, h.end()):
            continue
        before, reach = (e.before_form, 2 * _BRAND_REACH) if form else (e.before, _BRAND_REACH)
        b = before.search(text, max(0, h.start() - reach), h.start())
        start = _past_codes(text, b.start(), h.start(), e) if b else None
        if start is not None:
            yield start, h.start(), h.end()


def _english_word_before(text: str, space: int) -> bool:
    """Whether the word that ends at `space` ends with a capitalised word in unaccented letters, as the
    last word `before` reads must: a cheap look at one word before the regex looks at several."""
    lo = max(0, space - _BRAND_REACH)
    tail = _ASCII_TAIL.search(text, max(lo, text.rfind(" ", lo, space) + 1), space)
    return bool(tail) and tail.group(0)[0] in _ENGLISH_FIRST


_ENGLISH_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _seated_brand(words: list[str], seat: str, e: _English) -> bool:
    """Whether the words before a country name a foreign firm's arm there: a word that is no Vietnamese
    syllable ("Ford Việt Nam", "Sun Life Việt Nam"); in Vietnamese spelling not a code of capitals, a
    body's or a treaty's ("BHXH Việt Nam", "EVFTA Việt Nam"), nor a Vietnamese word ("Sao Việt Nam"),
    nor a country or a trade ("Singapore Việt Nam", "Fintech Việt Nam")."""
    if not words[0][:1].isalpha():
        return False  # "29 DN Việt Nam", "năm 2020 Việt Nam": a count, a year
    if (words[0].isupper() and seat not in e.code_seats) or words[0] in e.not_brands:
        return False
    return any(not is_syllable(w) for w in words)


@lru_cache(maxsize=1)
def _office_before() -> re.Pattern:
    """A title of office (titles.csv) at the end of the text searched, maybe with the department it heads
    by its English function (`functions`), "Bộ phận" before it or not: "Giám đốc ", "Giám đốc Bộ phận R&D "."""
    titles = {s for t in data_csv("titles.csv") for s in tone_mark_spellings(t["title"])}
    functions = data_json("organisation_patterns.json")["english_heads"]["functions"]
    return re.compile(rf"(?<![\w])(?:{alternation(titles)})[ ](?:[Bb]ộ[ ]phận[ ])?(?:(?:{alternation(functions)})[ ])?$")


def _office_code(text: str, start: int, words: list[str], e: _English) -> bool:
    """Whether a code of capitals before a country, which alone may be a body's or a treaty's ("BHXH Việt
    Nam", "EVFTA Việt Nam"), is a firm's arm there: an office is held at it ("Giám đốc CBRE Việt Nam",
    "Giám đốc Bộ phận R&D DKRA Việt Nam"). (A registry body's code is found before this is asked.)"""
    return len(words) == 1 and words[0].isupper() and words[0] not in e.codes \
        and _office_before().search(text, max(0, start - 48), start) is not None


def english_named(text: str, free, take) -> list[OrgMention]:
    """Foreign firms named in English, the generic head last or first (_english_heads): "CIMB Bank",
    "Bank of the Philippines", their legal form last ("Wan Hai Lines Ltd."), or by their brand and the
    country of their arm: "DKRA Vietnam"."""
    e = _english_heads()
    found = [(start, end) for start, _, end in _names_before(text, e.last.finditer(text), e)]
    found += [(start, end) for start, seat, end in _names_before(text, e.seat.finditer(text), e, seats=True)
              if _seated_brand(text[start:seat].split(), text[seat:end], e) or _office_code(text, start, text[start:seat].split(), e)]
    if any(f in text for f in e.firsts):  # (a page without "Bank of" needs no scan)
        found += [m.span() for m in e.first.finditer(text) if not text[m.start() - 1: m.start()].isalnum()]
    out = []
    for start, end in sorted(found):
        word = _WORD_BEFORE.search(text, max(0, start - 16), start)
        if word and (len(word[1]) == 1 or not word[1].isupper()):
            continue  # the name starts with Vietnamese words before ("Đông Á Hotel Group"): not read here
        name = text[start:end]
        if free(start, end) and not kind_names()[1].search(text, max(0, start - 12), start) \
                and not e.event_before.search(text, max(0, start - _BRAND_REACH), start) and not any(v + name in text for v in e.events) \
                and not text[max(0, start - 20): start].endswith(e.glosses) and not re.search(re.escape(name) + _YEAR_AFTER, text):
            # (The page names it with a year elsewhere, "Cotton Day Vietnam 2020": an event held yearly, no firm.)
            out.append(OrgMention(slug(name), name, "", "", "enterprise", "", DISCOVERED, name, start, end))
            take(start, end)
    return out


def domain_brands(text: str, free, take) -> list[OrgMention]:
    """Firms named by their platform's web address (_web_brands)."""
    domain, brand, seat, credits = _web_brands()
    out = []
    for d in domain.finditer(text):
        b = brand.search(text, max(0, d.start() - _BRAND_REACH), d.start())
        if not b:
            continue
        start = b.start()
        s = seat.match(text, d.end())
        end = s.end() if s else d.end()
        if not free(start, end) or text[max(0, start - 12): start].rstrip().endswith(credits):
            continue
        line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
        rest = text[end:line_end if line_end != -1 else len(text)]
        if not _WORDS.search(rest) and (not _WORDS.search(text[line_start:start]) or text[start - 1: start] == "("):
            continue  # alone on its line, or in brackets closing it: the page's credit ("Chinhphu.vn", "THANH HẢI (Vneconomy.vn)")
        name = text[start:end]
        out.append(OrgMention(slug(name), name, "", "", "enterprise", "", DISCOVERED, name, start, end))
        take(start, end)
    return out


_LAST_CODE = re.compile(r"(?<![\w&.\-])[A-Z][A-Z0-9]{2,}$")  # a name's last word, a code: "CBRE", not "R&D" or "SP-ITC"


def firm_codes(text: str, mentions: list[OrgMention], free, take, data: dict) -> list[OrgMention]:
    """A firm's own name that starts with a code of capitals ("Công ty CBRE Việt Nam", "Tập đoàn FLC") is
    written short as the code alone on the same page ("theo một khảo sát của CBRE"): that firm. Legal
    forms and the codes that stand for words (`expansions`, placeholders' forms: "TNHH", "XNK") are no
    firm's own code. The code ends the name, or only the country of the firm's arm follows it: "FPT" is not
    "FPT Retail", nor "AES" the "Công ty TNHH Điện lực AES Mông Dương"."""
    firms = [m for m in mentions if m.source == DISCOVERED and m.org_type == "enterprise"]
    if not firms:
        return []
    not_codes = set(word_codes_of()) | set(data["placeholders"]["forms"]) | set(data["placeholders"]["names"]) | {"TMCP"}
    seats = tuple(data["english_heads"]["seats"])
    by_code: dict[str, OrgMention] = {}
    for m in firms:
        own = m.name
        for seat in seats:
            own = own.removesuffix(f" {seat}")
        last = _LAST_CODE.search(own)
        if last and last.group(0) not in not_codes and last.group(0) not in by_code:
            by_code[last.group(0)] = m
    out = []
    for code, m in by_code.items():
        for c in re.finditer(rf"(?<![\w&.\-/]){code}(?![\w&\-/]|\.\w)", text):
            if free(c.start(), c.end()):
                out.append(m.at(code, c.start(), c.end()))
                take(c.start(), c.end())
    return out


_DESCRIBED_FIRM = re.compile(rf"(?P<head>Công ty|Tổng công ty|Tập đoàn)(?:[ ][{LOWER}]+)+[ ](?P<own>[{UPPER}0-9].*)")


def described_firms(mentions: list[OrgMention]) -> list[OrgMention]:
    """A firm named with its line of business in lower-case words ("Công ty tư vấn bất động sản CBRE Việt
    Nam") is the firm the page names without them ("Công ty CBRE Việt Nam"): it takes that name's
    identity and keeps its own words."""
    described = {id(m): d for m in mentions if m.source == DISCOVERED and (d := _DESCRIBED_FIRM.fullmatch(m.name))}
    if not described:
        return mentions
    by_name = {fold(m.name): m for m in mentions if id(m) not in described}
    out = []
    for m in mentions:
        d = described.get(id(m))
        plain = d and (by_name.get(fold(f"{d['head']} {d['own']}")) or by_name.get(fold(d["own"])))
        if plain:
            m = plain.at(m.surface, m.start, m.end)
        out.append(m)
    return out
