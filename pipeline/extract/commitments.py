"""Activities (what a page reports as done) and tasks (what it sets to do next), clause by clause.

A review conference reports the past year and sets the next: "năm 2021 … Cục đã tham mưu …" are
activities of 2021, "Về nhiệm vụ năm 2022 … Cần tăng cường phối hợp …" tasks for 2022. The years
come from the text ("nhiệm vụ năm 2022") or from the page's framing (the year it reviews, plus one).
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extract.vocabulary import data_json
from pipeline.text.phrases import alternation, whole_words


@dataclass
class Commitment:
    kind: str  # "activity" or "task"
    year: int | None
    description: str
    category: str
    start: int  # span of the clause in the page text
    end: int
    evidence: list[tuple[int, int]] = field(default_factory=list)  # every span that states it


@lru_cache(maxsize=1)
def _vocab():
    d = data_json("commitments.json")

    def words(key):
        # Matched against the lower-cased page (see _lower): case-sensitive patterns run several
        # times faster than IGNORECASE ones on Vietnamese text.
        return re.compile(whole_words({p.lower() for p in d[key]}))

    # A clause ends at ";", at ". " before a capital, and before a word that opens a new clause ("và",
    # "đồng thời"…) after a space or a comma. The two last are separate alternatives, so that the engine
    # does not try an empty match at every position.
    split_word = alternation(d["clause_splits"])
    splits = re.compile(rf";\s*|\.\s+(?=[A-ZĐ])|\s+(?={split_word}\s)|(?<=,)(?={split_word}\s)")
    continuation = re.compile(r"\W*(?:" + "|".join(re.escape(w) for w in d["continuations"]) + r"|\d{1,2}[.)]\s|[-–•+]\s)")
    # One pattern for all categories: the leftmost keyword wins and names the category (no keyword
    # is a whole-word prefix of another's, so which comes first in the data does not matter).
    category_of = {k: name for name, keys in reversed(d["categories"]) for k in keys}
    categories = (re.compile(whole_words(category_of)), category_of)
    # A result reported with its figure: the verb, at most three words, then a number ("đạt 13,54 triệu
    # tấn", "xảy ra 76 vụ", "tăng 5%"); a year or a span of months is not one ("những tháng còn
    # lại trong năm 2017", "nhiệm vụ thu NSNN 6 tháng cuối năm").
    # A comparison with an earlier period reports a measured change even when the figure is far from
    # its verb ("giảm cả về số vụ, số người chết … so với 6 tháng đầu năm 2016").
    result = re.compile(rf"(?:{whole_words(d['result_verbs'])})\s+(?:[^\s\d]+\s+){{0,3}}?(?<!năm\s)\d(?!\d*\s+tháng)|{whole_words(d['comparisons'])}")
    # A sentence with no subject, opening with its verb, goes on with the directives before it
    # ("… cần xây dựng chi tiết các giải pháp. Tăng cường công tác kiểm tra …").
    imperative = re.compile(r"\W*" + whole_words({p.lower() for p in d["imperative_openers"]}))
    return (d, words("task_cues"), words("task_frames"), words("activity_cues"), words("not_commitment"), splits,
            words("cue_exceptions"), continuation, words("directive_cues"), categories, words("directive_frames"),
            words("done_aspect"), result, imperative)


# A year 19xx or 20xx standing alone ("năm 2021", "2021-2025"), not a part of a longer number: a
# hotline (1900.888.655) or an amount (2.000, 1900,5), nor the year of a document's number
# ("Nghị định 08/2015/NĐ-CP": when the document was issued, not when the page's work is done). The
# no-digit-before check comes after the first digit so that the engine can skip to the 1s and 2s of the page.
_YEAR = re.compile(r"(?:1(?<!\d.)9|2(?<!\d.)0)\d\d(?!\d|[.,]\d|/)")
_YEAR_WORD_BEFORE = re.compile(r"năm\s+$")
_TASK_YEAR_BEFORE = re.compile(r"(?:nhiệm vụ|kế hoạch|mục tiêu|phương hướng|trong)\s+(?:năm\s+)?$", re.IGNORECASE)


class _Hits:
    """Where a pattern matches in the whole page, found in one pass and then asked per clause
    (running each cue pattern over each clause separately costs several times more)."""

    def __init__(self, pattern: re.Pattern, text: str, masked: "_Hits | None" = None):
        spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
        if masked is not None:
            spans = [(a, b) for a, b in spans if not masked.overlaps(a, b)]
        self.spans = spans
        self.starts = [a for a, _ in spans]

    def first(self, start: int, end: int) -> int | None:
        """Start of the first match lying within [start, end), or None."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] <= end:
                return self.spans[i][0]
            i += 1
        return None

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start) - 1
        return any(a < end and start < b for a, b in self.spans[max(0, i): i + 2])


def _lower(text: str) -> str:
    """Lower case with every offset kept (a letter whose lower case is longer stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def year_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(start with a "năm" before it, start, end, year) of every year on the page."""
    out = []
    for m in _YEAR.finditer(text):
        word = _YEAR_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        out.append((word.start() if word else m.start(), m.start(), m.end(), int(m.group(0))))
    return out


def page_years(text: str, published_year: int | None, spans: list[tuple[int, int, int, int]]) -> tuple[int | None, int | None]:
    """(year reviewed, year the tasks are for) of a page whose years are `spans` (see year_spans)."""
    years = Counter()
    task_years = Counter()
    for lead, start, _, year in spans:
        years[year] += 1
        if year >= 2000 and _TASK_YEAR_BEFORE.search(text, max(0, lead - 25), start):
            task_years[year] += 1
    target = max(task_years, key=lambda y: (task_years[y], y)) if task_years else None
    candidates = [y for y in years if published_year is None or y <= published_year]
    reviewed = max(candidates, key=lambda y: (years[y], y)) if candidates else published_year
    if target is None and reviewed is not None:
        target = reviewed + 1 if published_year and published_year > reviewed else reviewed
    if target is not None and reviewed == target and published_year and published_year == target:
        reviewed = target - 1 if f"năm {target - 1}" in text else reviewed
    return reviewed, target


def _clauses(text: str, start: int, end: int, splits: re.Pattern):
    pos = start
    for m in splits.finditer(text, start, end):
        if m.start() > pos:
            yield pos, m.start()
        pos = m.end()
    if pos < end:
        yield pos, end


def _category(low: str, start: int, end: int, categories: tuple[re.Pattern, dict]) -> str:
    """The category of the keyword that comes first in the clause low[start:end] (the lower-cased page):
    its head verb or noun leads."""
    pattern, category_of = categories
    m = pattern.search(low, start, end)
    return category_of[m.group(0)] if m else "other"


def find_commitments(text: str, sentences, published_year: int | None) -> list[Commitment]:
    """`sentences`: objects with .kind, .paragraph_no, .start, .end (offsets into `text`)."""
    (d, task_cue, task_frame, activity_cue, not_commitment, splits, exceptions, continuation, directive_cue, categories,
     directive_frame, done_aspect, result, imperative_opening) = _vocab()
    # The years of the page, found once; a clause's are those within it.
    years_found = year_spans(text)
    reviewed, target = page_years(text, published_year, years_found)
    year_starts = [start for _, start, _, _ in years_found]
    low = _lower(text)
    masked = _Hits(exceptions, low)
    task_hits, past_hits = _Hits(task_cue, low, masked), _Hits(done_aspect, low, masked)
    directive_hits, activity_hits = _Hits(directive_cue, low, masked), _Hits(activity_cue, low, masked)
    refusals, frames, directive_frames = _Hits(not_commitment, low), _Hits(task_frame, low), _Hits(directive_frame, low, masked)
    result_hits = _Hits(result, low, masked)
    out: list[Commitment] = []
    framed = False  # inside a passage that announces the coming period's tasks
    last_paragraph = None
    after_task = False  # the sentence before, in the same paragraph, set a task
    for s in sentences:
        if s.kind in ("title", "byline"):
            continue
        sentence = text[s.start: s.end]
        opens_imperative = imperative_opening.match(low, s.start) is not None
        if s.paragraph_no != last_paragraph:
            last_paragraph = s.paragraph_no
            # A frame carries over to the next paragraph only when that one goes on with the list.
            framed = framed and bool(continuation.match(sentence) or opens_imperative)
            after_task = False
        frames_next = _opens_frame(low, s, frames, directive_frames, past_hits, directive_hits, task_hits, d["frame_opening_words"])
        if s.kind == "heading":
            framed = frames_next
            continue
        sentence_is_task = False
        goes_on = after_task and opens_imperative  # a subjectless directive going on with the sentence before
        sentence_reports = False  # a clause of the sentence reports a done thing or a result: the passage ends
        for a, b in _clauses(text, s.start, s.end, splits):
            a, b = _trim(text, a, b)
            clause = text[a:b]
            words = clause.count(" ") + 1
            if words < 5 or refusals.first(a, b) is not None or clause.rstrip("*_ ").endswith("?"):
                continue  # too short to state an action, a hope or a framing remark, or an interviewer's question
            past, cue = past_hits.first(a, b), task_hits.first(a, b)
            directive = directive_hits.first(a, b)
            verb = activity_hits.first(a, b)
            figure = result_hits.first(a, b)
            # The first word that marks the clause as a report: an aspect word or a result with its figure.
            # A directive or cue after it is part of what was done ("Bộ Y tế đã có văn bản đề nghị các
            # chi cục …", "khởi tố 30 vụ án, chuyển cơ quan khác kiến nghị khởi tố 83 vụ", "chỉ ra 3
            # nhiệm vụ trọng tâm").
            report_mark = min((x for x in (past, figure) if x is not None), default=None)
            if directive is not None and report_mark is not None and report_mark < directive:
                directive = None
            # In a passage of tasks, a clause that opens with its verb is a directive ("Bên cạnh đó, tăng
            # cường kiểm tra, không để tái phạm sai phạm đã tồn tại"): an aspect word after that verb belongs
            # to a relative clause, not to the directive.
            imperative = verb is not None and (past is None or verb < past) and low.count(" ", a, verb) <= 3
            done = past is not None and not imperative
            reports = done or (figure is not None and (cue is None or figure < cue))
            # A report mark before the cue makes it a report ("Cục đã tham mưu, cần …" aside).
            reported = report_mark is not None and cue is not None and report_mark < cue
            # A numbered item that reports nothing done is a directive of a list ("8. Xác định rõ trách nhiệm …").
            listed = not done and _NUMBERED.match(text, s.start) is not None and a - s.start < 6
            is_task = directive is not None or listed or (cue is not None and not reported and s.kind != "caption")
            # Coordinated clauses of a sentence that sets a task are tasks too ("…; Tăng cường phối hợp …").
            inherited = (framed or goes_on or sentence_is_task) and not reports and s.kind != "caption" and words >= 6
            sentence_reports = sentence_reports or (framed and reports and not is_task)
            has_verb = verb is not None or figure is not None  # a result with its figure is a thing done
            if inherited and sentence_is_task and not is_task and not has_verb:
                # A list item with no verb of its own ("…; tuân thủ trung bình và tuân thủ thấp") belongs
                # to the task before it in the sentence, not to a task of its own.
                if out and out[-1].kind == "task" and out[-1].start >= s.start:
                    out[-1].end = b
                    out[-1].description = text[out[-1].start: b]
                    out[-1].evidence[0] = (out[-1].start, b)
                continue
            is_task = is_task or inherited
            sentence_is_task = sentence_is_task or is_task
            is_activity = not is_task and has_verb
            if not (is_task or is_activity):
                continue
            lo, hi = bisect.bisect_left(year_starts, a), bisect.bisect_left(year_starts, b)
            years = [y for _, _, year_end, y in years_found[lo:hi] if year_end <= b]
            if is_task:
                if not years:  # "Đến năm 2020, …, phải được kết nối": a year opening the sentence governs its clauses
                    stated = _sentence_year(text, years_found, year_starts, s.start, a)
                    years = [stated] if stated else []
                year = max(years) if years and max(years) >= (target or 0) else target
            elif s.kind == "caption" and published_year:
                year = published_year  # a photo shows the event the page reports, on its date
            else:
                year = years[0] if len(set(years)) == 1 else _context_year(text, years_found, year_starts, s.start, a, published_year, reviewed)
                if year and published_year and year > published_year:
                    # Done by the page's date: a later year in the clause names what the work is for
                    # ("hoàn tất … BGĐ năm 2026" on a page of 2025).
                    year = published_year
            out.append(Commitment("task" if is_task else "activity", year, clause, _category(low, a, b, categories), a, b, [(a, b)]))
        framed = (framed and not (sentence_reports and not sentence_is_task)) or frames_next
        after_task = sentence_is_task
    return _merge_repeats(out, low)


_NUMBERED = re.compile(r"\W*\d{1,2}[.)]\s")
# A period of the current year named without the year: "6 tháng đầu năm", "quý III", "tháng 7", "từ đầu năm".
_THIS_YEAR = re.compile(r"\b(?:\d+ tháng (?:đầu|qua)|quý [IV1-4]+|tháng \d{1,2}(?![/\d])|từ đầu năm|đầu năm nay|năm nay)\b", re.IGNORECASE)
_COMPARED = re.compile(r"(?:so với|cùng kỳ)\s+(?:\S+\s+){0,3}$")


def _sentence_year(text: str, years_found, year_starts, sentence_start: int, clause_start: int) -> int | None:
    """The last year stated earlier in the sentence, a comparison ("so với năm 2016") aside."""
    lo, hi = bisect.bisect_left(year_starts, sentence_start), bisect.bisect_left(year_starts, clause_start)
    for lead, _, _, year in reversed(years_found[lo:hi]):
        if not _COMPARED.search(text, max(0, lead - 30), lead):
            return year
    return None


def _context_year(text: str, years_found, year_starts, sentence_start: int, clause_start: int,
                  published_year: int | None, reviewed: int | None) -> int | None:
    """The year of an activity whose clause names none: the last year stated earlier in its sentence
    (not a comparison, "so với năm 2016"), else the page's own year when the sentence names a period of
    it ("6 tháng đầu năm" on a page of July), else the year the page reviews."""
    stated = _sentence_year(text, years_found, year_starts, sentence_start, clause_start)
    if stated:
        return stated
    if published_year and _THIS_YEAR.search(text, sentence_start, clause_start):
        return published_year
    return reviewed


def _opens_frame(low: str, s, frames: _Hits, directive_frames: _Hits, done: _Hits, directives: _Hits, cues: _Hits,
                 opening_words: int) -> bool:
    """Whether the sentence opens a passage of tasks: a frame phrase at its start ("Về nhiệm vụ năm 2022,
    …", "Thời gian tới, …"), not one named inside a report ("… hội nghị triển khai nhiệm vụ 6 tháng cuối
    năm"); a directive to others anywhere ("Thủ tướng yêu cầu các bộ, ngành …"); or a directive or
    cue before a colon that introduces a list ("Bộ trưởng yêu cầu: …")."""
    at = frames.first(s.start, s.end)
    if at is not None and low.count(" ", s.start, at) < opening_words:
        return True
    directive = directive_frames.first(s.start, s.end)
    if directive is not None and done.first(s.start, directive) is None:  # "đã chỉ đạo, yêu cầu …" reports a past directive
        return True
    ends_list = low[s.start: s.end].rstrip(" *_").endswith(":")
    return ends_list and (at is not None or directives.first(s.start, s.end) is not None or cues.first(s.start, s.end) is not None)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " ,“”\"–-":
        a += 1
    while b > a and text[b - 1] in " ,.;“”\"…":
        b -= 1
    return a, b


_WORD = re.compile(r"\w+")


def _merge_repeats(rows: list[Commitment], low: str) -> list[Commitment]:
    """A task quoted in the lead and repeated in the body is one task with two pieces of evidence.
    `low` is the lower-cased page; a row's words are those of low[start:end]."""
    merged: list[tuple[Commitment, set[str]]] = []
    by_kind: dict[str, list[tuple[Commitment, set[str]]]] = {}
    for r in rows:
        w = set(_WORD.findall(low, r.start, r.end))
        for m, mw in by_kind.get(r.kind, ()):
            if len(w & mw) >= 0.75 * max(1, min(len(w), len(mw))):
                m.evidence.append((r.start, r.end))
                break
        else:
            merged.append((r, w))
            by_kind.setdefault(r.kind, []).append((r, w))
    return [m for m, _ in merged]
