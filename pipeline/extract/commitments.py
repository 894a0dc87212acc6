"""Activities (what a page reports as done) and tasks (what it sets to do next), clause by clause.

A review conference reports the past year and sets the next: "năm 2021 … Cục đã tham mưu …" are
activities of 2021, "Về nhiệm vụ năm 2022 … Cần tăng cường phối hợp …" tasks for 2022. The years
come from the text ("nhiệm vụ năm 2022") or from the page's framing (the year it reviews, plus one).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.extract.vocabulary import data_json


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
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(d[key], key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)

    splits = re.compile(r";\s*|\.\s+(?=[A-ZĐ])|\s*(?<=[\s,])(?=(?:" + "|".join(re.escape(s) for s in d["clause_splits"]) + r")\s)")
    continuation = re.compile(r"\W*(?:" + "|".join(re.escape(w) for w in d["continuations"]) + r"|\d{1,2}[.)]\s|[-–•+]\s)")
    return (d, words("task_cues"), words("task_frames"), words("activity_cues"), words("not_commitment"), splits,
            words("cue_exceptions"), continuation, words("directive_cues"))


_PAST = re.compile(r"(?<!\w)(?:đã|vừa qua|vừa|năm qua)(?!\w)")
_YEAR = re.compile(r"(?<!\d)(?:năm\s+)?(20\d{2}|19\d{2})(?!\d)")
_TASK_YEAR = re.compile(r"(?:nhiệm vụ|kế hoạch|mục tiêu|phương hướng|trong)\s+(?:năm\s+)?(20\d{2})", re.IGNORECASE)


def page_years(text: str, published_year: int | None) -> tuple[int | None, int | None]:
    """(year reviewed, year the tasks are for) of a page."""
    task_years = Counter(int(y) for y in _TASK_YEAR.findall(text))
    years = Counter(int(y) for y in _YEAR.findall(text))
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


def _category(clause: str, categories) -> str:
    """The category of the keyword that comes first in the clause: its head verb or noun leads."""
    low = clause.casefold()
    best, best_pos = "other", len(low) + 1
    for name, keys in categories:
        for k in keys:
            m = re.search(rf"(?<!\w){re.escape(k)}(?!\w)", low)
            if m and m.start() < best_pos:
                best, best_pos = name, m.start()
    return best


def find_commitments(text: str, sentences, published_year: int | None) -> list[Commitment]:
    """`sentences`: objects with .kind, .paragraph_no, .start, .end (offsets into `text`)."""
    d, task_cue, task_frame, activity_cue, not_commitment, splits, exceptions, continuation, directive_cue = _vocab()
    reviewed, target = page_years(text, published_year)
    out: list[Commitment] = []
    framed = False  # inside a passage that announces the coming period's tasks
    last_paragraph = None
    for s in sentences:
        if s.kind in ("title", "byline"):
            continue
        sentence = text[s.start: s.end]
        if s.paragraph_no != last_paragraph:
            last_paragraph = s.paragraph_no
            # A frame carries over to the next paragraph only when that one goes on with the list.
            framed = framed and bool(continuation.match(sentence))
        if s.kind == "heading":
            framed = bool(task_frame.search(sentence))
            continue
        frames_next = bool(task_frame.search(sentence))  # the frame governs what follows it
        sentence_is_task = False
        for a, b in _clauses(text, s.start, s.end, splits):
            a, b = _trim(text, a, b)
            clause = text[a:b]
            if len(clause.split()) < 5 or not_commitment.search(clause) or clause.rstrip("*_ ").endswith("?"):
                continue  # too short to state an action, a hope or a framing remark, or an interviewer's question
            masked = exceptions.sub(lambda m: " " * len(m.group(0)), clause)
            past = _PAST.search(masked)
            cue = task_cue.search(masked)
            directive = directive_cue.search(masked)
            is_task = bool(directive or (cue and not (past and past.start() < cue.start()))) and s.kind != "caption"
            # Coordinated clauses of a sentence that sets a task are tasks too ("…; Tăng cường phối hợp …").
            inherited = (framed or sentence_is_task) and not past and s.kind != "caption" and len(clause.split()) >= 6
            is_task = is_task or inherited
            sentence_is_task = sentence_is_task or is_task
            is_activity = not is_task and bool(activity_cue.search(masked))
            if not (is_task or is_activity):
                continue
            years = [int(y) for y in _YEAR.findall(clause)]
            if is_task:
                year = max(years) if years and max(years) >= (target or 0) else target
            elif s.kind == "caption" and published_year:
                year = published_year  # a photo shows the event the page reports, on its date
            else:
                year = years[0] if len(set(years)) == 1 else reviewed
            out.append(Commitment("task" if is_task else "activity", year, clause, _category(clause, d["categories"]), a, b, [(a, b)]))
        framed = framed or frames_next
    return _merge_repeats(out)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " ,“”\"–-":
        a += 1
    while b > a and text[b - 1] in " ,.;“”\"…":
        b -= 1
    return a, b


def _words(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.casefold()))


def _merge_repeats(rows: list[Commitment]) -> list[Commitment]:
    """A task quoted in the lead and repeated in the body is one task with two pieces of evidence."""
    merged: list[Commitment] = []
    for r in rows:
        w = _words(r.description)
        for m in merged:
            if m.kind == r.kind:
                mw = _words(m.description)
                if len(w & mw) / max(1, min(len(w), len(mw))) >= 0.75:
                    m.evidence.append((r.start, r.end))
                    break
        else:
            merged.append(r)
    return merged
