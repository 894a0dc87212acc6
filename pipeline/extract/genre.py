"""Telling a guide, a how-to or advice to the reader from news.

A page whose title frames it as a guide ("Hướng dẫn thủ tục thanh lý …") or as the answer to a reader's question ("Muốn
cấp lại giấy chứng nhận đăng ký thuế cần làm thủ tục gì?"), whose lead opens as a how-to, which speaks to its reader
as "bạn", or which states what a generic class must do ("Doanh nghiệp cần …", "Người lao động phải …") more than it
reports events explains what anyone must do and how things are: no one's task nor activity. It is a question about the
whole page, asked before any clause is read (see find_commitments in commitments.py), so it is kept apart from the clause
grammar. The words it reads are data: `guide_titles` in commitments.json, and genre.json.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain

from pipeline.extract.vocabulary import UPPER, data_json
from pipeline.text.phrases import alternation, whole_words


@lru_cache(maxsize=1)
def _guide_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a word that opens a guide's title, a question word that ends its title's question, a yes-no question's words
    and the '?' that ends it): see `guide_titles` in commitments.json."""
    d = data_json("commitments.json")["guide_titles"]
    return (re.compile(r"[*_\s]*" + whole_words({p.lower() for p in d["openers"]})),
            re.compile(whole_words({p.lower() for p in d["question_words"]}) + r"\s*\?"),
            re.compile(whole_words({p.lower() for p in d["yes_no_words"]}) + r"[^?]*\?\s*$"))


def guide_title(title: str) -> bool:
    """Whether a page's title frames it as a guide, a download, tips or the answer to a question (not a headline's topic
    and its question, "Triển khai Luật PPP: Nhà đầu tư mong muốn gì?")."""
    low = title.lower()
    opener, question, yes_no = _guide_patterns()
    return opener.match(low) is not None or (":" not in low and (question.search(low) is not None or yes_no.search(low) is not None))


@lru_cache(maxsize=1)
def _news_lead() -> re.Pattern:
    """A lead that reports what a public body has just done: see `guide_titles._about_news_leads` in commitments.json."""
    d = data_json("commitments.json")["guide_titles"]
    heads = data_json("organisation_patterns.json")["strong_heads"]
    # (after an opening phrase and its comma too: "Để đảm bảo thực hiện đúng cam kết quốc tế …, Tổng cục Hải quan có văn bản …")
    return re.compile(r"[*_\s]*(?:[^.;:]*?,\s+)?" + alternation(heads) + r"(?:\s+[^\s,.;:]+){0,6}?\s+(?:" + alternation(d["news_lead_marks"]) + r"\s+)?"
                      + whole_words(d["news_lead_verbs"]))


def news_lead(lead: str) -> bool:
    """Whether a page's lead reports what a public body has just done, which makes a guide's title a headline of news."""
    return _news_lead().match(lead) is not None


@lru_cache(maxsize=1)
def _lead_openers() -> tuple[str, ...]:
    return tuple(data_json("commitments.json")["guide_titles"]["lead_openers"])


def guide_lead(lead: str) -> bool:
    """Whether a page's lead opens as a how-to (see `guide_titles.lead_openers` in commitments.json)."""
    return lead.lstrip("*_ ").lower().startswith(_lead_openers())


@lru_cache(maxsize=1)
def _reader_pattern() -> tuple[re.Pattern, int]:
    """('bạn' said to the reader, how many times make a page advice): see `guide_titles.reader` in commitments.json."""
    d = data_json("commitments.json")["guide_titles"]["reader"]
    # (The checks on the words before are made just after the "b", each looking behind it too: a pattern that opens with them
    # is tried at every position of the page, one that opens with "[Bb]" only where that letter stands.)
    after = "".join(f"(?<!{re.escape(w)} .)(?<!{re.escape(w[0].upper() + w[1:])} .)" for w in d["not_after"])
    before = "".join(f"(?! {re.escape(w)}(?!\\w))" for w in d["not_before"])
    return re.compile(rf"[Bb](?<!\w.){after}ạn{before}(?!\w)"), d["at_least"]


def speaks_to_reader(text: str) -> bool:
    """Whether the page speaks to its reader as "bạn" often enough to be advice, not news (see _reader_pattern)."""
    if "bạn" not in text and "Bạn" not in text:
        return False
    pattern, at_least = _reader_pattern()
    return sum(1 for _ in zip(range(at_least), pattern.finditer(text))) >= at_least


@lru_cache(maxsize=1)
def _rule_patterns() -> tuple[tuple[tuple[str, re.Pattern], ...], re.Pattern, int]:
    """(for each generic class, its letters after the first and a pattern of the class followed by a modal; what may stand
    before it as a clause's subject; how many such clauses make a page rules): see `rules` in genre.json."""
    d = data_json("genre.json")["rules"]
    modal = r"(?!\w)(?:\s+" + alternation(d["between"]) + r"){0,2}\s+" + whole_words(d["modals"])
    # Each class is looked for by its letters after the first, the same in either case, with str.find: several times
    # faster than a regular expression's scan, even one that opens with plain letters. The pattern is matched from the
    # first letter, in either case, where they stand ("oanh nghiệp" is "doanh nghiệp" or "Doanh nghiệp").
    classes = tuple((c[1:], re.compile(rf"(?<!\w)[{c[0]}{c[0].upper()}]{re.escape(c[1:])}{modal}")) for c in d["subjects"])
    # The subject opens its clause: after a line's start, a stop, a comma, a bullet or a word that opens a clause.
    before = re.compile(r"(?:^|[\n,.;:!?*+\-–•“(]|(?<!\w)" + alternation(d["openers"]) + r")\s*(?:"
                        + alternation(d["determiners"]) + r"\s+)?$", re.I)
    return classes, before, d["at_least"]


def _rules(text: str) -> int:
    """How many clauses of the page state what a generic class must, may or should do."""
    classes, before, _ = _rule_patterns()
    found = 0
    for rest, pattern in classes:
        at = text.find(rest, 1)
        while at != -1:
            if pattern.match(text, at - 1) and before.search(text, max(0, at - 18), at - 1):
                found += 1
            at = text.find(rest, at + len(rest))
    return found


@lru_cache(maxsize=1)
def _event_patterns() -> tuple[re.Pattern, re.Pattern, float]:
    """(an event in the lower-cased page, a named person in the page as written, the share of events per rule under
    which a page is rules): see `events` in genre.json."""
    d = data_json("genre.json")["events"]
    day = r"(?:^|[,.;:]\s*|(?<!\w)" + alternation(d["day_words"]) + r"\s+)ngày\s+\d{1,2}/\d{1,2}(?!\d)"
    time_of_day = r"(?<!\w)" + alternation(d["times_of_day"]) + r"\s+(?:nay|qua|ngày\s+\d|\d)"
    words = whole_words(d["recent"] + d["speech_verbs"] + d["gatherings"])
    source = r"(?<!\w)theo\s+(?!" + alternation(d["not_sources"]) + r")" + whole_words(d["sources"])
    # A person is named after an honorific, or by a surname of people.json and two capitalised syllables ("Bộ trưởng Trần
    # Tuấn Anh"), read in the page as written: the capitals tell a name from the words "mai", "lê", "hà".
    capital = f"[{UPPER}]"  # (the Vietnamese capitals the names module reads names by)
    surnames = data_json("people.json")["surnames"]
    person = (r"(?<!\w)(?:" + alternation(d["honorifics"]) + r")\s*" + capital
              + r"|(?<!\w)(?!" + alternation(d["not_names"]) + r")" + alternation(surnames) + r"\s+" + capital + r"\w*\s+" + capital)
    return re.compile(f"{day}|{time_of_day}|{words}|{source}", re.M), re.compile(person), d["per_rule"]


def _events(text: str, enough: float) -> int:
    """How many events the page reports (counted only up to `enough`: see _event_patterns)."""
    events, person, _ = _event_patterns()
    found = 0
    for _ in chain(events.finditer(text.lower()), person.finditer(text)):
        found += 1
        if found >= enough:
            break
    return found


def reads_as_rules(text: str) -> bool:
    """Whether the page states what a generic class must do more than it reports events: a guide, a summary of a law or
    a Q&A whatever its title (see genre.json)."""
    rules = _rules(text)
    if rules < _rule_patterns()[2]:
        return False
    # (Most pages state fewer rules than that, and are not read further.)
    enough = _event_patterns()[2] * rules
    return _events(text, enough) < enough
