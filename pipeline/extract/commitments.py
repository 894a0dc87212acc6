"""Activities (what a page reports as done) and tasks (what it sets to do next), clause by clause.

A review conference reports the past year and sets the next: "năm 2021 … Cục đã tham mưu …" are
activities of 2021, "Về nhiệm vụ năm 2022 … Cần tăng cường phối hợp …" tasks for 2022. The years
come from the clause or its sentence ("nhiệm vụ năm 2022"), else from the page: the year its activity
clauses state most is the one it reviews, and its tasks are for the year a frame or its task clauses
name, else the one after the year reviewed (years.py reads what each year names and the page's two years).
A guide or advice to the reader sets no one's task: genre.py tells such a page from news.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from pipeline.extract.genre import guide_lead, guide_title, news_lead, reads_as_rules, speaks_to_reader
from pipeline.extract.kinds import decide as decide_kind
from pipeline.extract.vocabulary import data_json
from pipeline.extract.years import (CITED, YEAR_WORD_BEFORE, compared, page_years, photo_date, photo_year, task_times,
                                    year_frames, year_roles, year_spans)
from pipeline.text.phrases import alternation, at_word_start, lower, whole_words


@dataclass
class Commitment:
    kind: str  # "activity" or "task"
    year: int | None
    description: str
    category: str
    start: int  # span of the clause in the page text
    end: int
    evidence: list[tuple[int, int]] = field(default_factory=list)  # every span that states it
    dated: bool = False  # a task whose year is that of a date its clause gives ("trước ngày 30/9/2020")
    due: int | None = None  # an activity with no aspect word nor figure: the latest date-like year its clause states
    pending: bool = False  # a clause with no verb of report, kept only if `due` turns out to be after the page's year
    event: int | None = None  # an activity that narrates the page's event, dated by day and month only: that month
    just: bool = False  # an activity that "vừa" marks as just done: the page's news, of the page's date (see find_commitments)


@lru_cache(maxsize=1)
def _vocab():
    d = data_json("commitments.json")

    def words(key):
        # Matched against the lower-cased page (see lower): case-sensitive patterns run several
        # times faster than IGNORECASE ones on Vietnamese text.
        return re.compile(whole_words({p.lower() for p in d[key]}))

    # A clause ends at ";", at ". " before a capital, and before a word that opens a new clause ("đồng
    # thời", "vì vậy"…) after a space or a comma. The split word is matched where it stands and the clause
    # after it starts with it (see _clauses): so the engine scans for the first letters of the split words,
    # where a pattern opening with "\s+" would be tried at every space of the page.
    split_word = at_word_start(d["clause_splits"], not_after=r"^\s,")
    # (Not the stop of an abbreviation before a name, as the sentence splitter reads them (abbreviations.json), nor an initial: "Cục Hải quan TP. Cần Thơ đã giải đáp …", "A. Nguyễn".)
    # (The look-behinds follow the stop, so that they are tried only where one stands.)
    abbreviation = "".join(rf"(?<!\b{re.escape(w)}\.)" for w in data_json("abbreviations.json")["before_names"]) + r"(?<!\b[A-ZĐ]\.)"
    splits = (re.compile(rf";\s*|\.{abbreviation}\s+(?=[A-ZĐ])|{split_word}(?=\s)"), tuple(d["clause_splits"]))
    # An item of a list: a number, a letter ("a) Chỉ đạo rà soát …") or an ordinal word ("Thứ hai,", "Ba
    # là"); a bullet too goes on with a list, but it also lists results ("- Kim ngạch đạt …"), so it does
    # not make an item a directive. (A letter needs its bracket: "A. Nguyễn" is an initial.)
    item = r"(?:\d{1,2}[.)]\s|[a-zđ]\)\s|(?:" + "|".join(re.escape(w) for w in d["ordinal_openers"]) + r")\b)"
    listed = re.compile(r"\W*" + item)
    # A colon after a word that announces a list of things ("bao gồm:", "các yêu cầu sau:", "như:"), not
    # one after a directive ("yêu cầu:"), whose items are actions.
    list_colon = re.compile(rf"{whole_words(d['list_intros'])}\W*:")
    continuation = re.compile(r"\W*(?:" + "|".join(re.escape(w) for w in d["continuations"]) + r"|" + item + r"|[-–•+]\s)")
    # One pattern for all categories: the leftmost keyword wins and names the category (no keyword
    # is a whole-word prefix of another's, so which comes first in the data does not matter).
    category_of = {k: name for name, keys in reversed(d["categories"]) for k in keys}
    # A result reported with its figure: the verb, at most three words, then a number ("đạt 13,54 triệu
    # tấn", "xảy ra 76 vụ", "tăng 5%"); a year or a span of months is not one ("những tháng còn
    # lại trong năm 2017", "nhiệm vụ thu NSNN 6 tháng cuối năm"), nor a day and month ("chương trình phối hợp thu 24/7").
    # A comparison with an earlier period reports a measured change even when the figure is far from
    # its verb ("giảm cả về số vụ, số người chết … so với 6 tháng đầu năm 2016").
    # (Two patterns, run one after the other: as one alternation they cost half as much again.)
    # (The verbs are found in the lexicon's pass; the figure after each is then matched with `figure_after`.)
    figure_after = r"\s+(?:[^\s\d]+\s+){0,3}?(?<!năm\s)\d(?!\d*\s+tháng|\d?/\d\d?(?!\d))"
    # A change verb and a word of its degree report a change as a figure does ("cũng tăng trở lại", "giảm mạnh"): see `change_verbs`.
    changes = {p.lower() for p in d["change_verbs"]}
    if not changes <= {p.lower() for p in d["result_verbs"]}:
        raise ValueError("commitments.json: every change verb must be a result verb too")
    result = (re.compile(rf"(?:{whole_words(d['result_verbs'])}){figure_after}"), words("comparisons"), re.compile(figure_after),
              changes, re.compile(r"\s+" + whole_words({p.lower() for p in d["change_degrees"]})))
    # A sentence with no subject, opening with its verb, goes on with the directives before it
    # ("… cần xây dựng chi tiết các giải pháp. Tăng cường công tác kiểm tra …").
    # A connective before the verb does not give the sentence a subject ("Đồng thời giải quyết dứt điểm …").
    connective = whole_words({p.lower().rstrip(",") for p in d["clause_splits"]})
    imperative = re.compile(rf"\W*(?:{connective}\W*)?" + whole_words({p.lower() for p in d["imperative_openers"]}))
    # Every directive cue is a directive frame too: one pass finds both ("giao cho" and "chỉ thị" only frame).
    # (An assigning verb before the head of a body the organisation grammar knows addresses that body: "giao Tổng cục …".)
    assigned_to = {f"{verb} {head}".lower() for verb in d["assigning_verbs"] for head in data_json("organisation_patterns.json")["strong_heads"]}
    directive_cues = {p.lower() for p in d["directive_cues"]} | assigned_to
    directive_frames = {p.lower() for p in d["directive_frames"]} | assigned_to
    if not directive_cues <= directive_frames:
        raise ValueError("commitments.json: every directive cue must be a directive frame too")
    # Verbs that report speech are activity cues: their hits are picked out of the activity cues' pass.
    speech_verbs = {p.lower() for p in d["speech_verbs"]}
    if not speech_verbs <= {p.lower() for p in d["activity_cues"]}:
        raise ValueError("commitments.json: every speech verb must be an activity cue too")
    # Cues of manner ("tiếp tục", "khẩn trương") say how a thing is done, not that it is to be done.
    # Modal verbs ("cần", "phải", "sẽ") open a predicate of their own: after a comma that follows a report
    # they start a second item; a directive verb there shares the report's aspect ("đã phát hiện, kiến
    # nghị Ban Chỉ đạo …"). Both are picked out of the task cues' pass.
    manner_cues, modal_verbs = {p.lower() for p in d["manner_cues"]}, {p.lower() for p in d["modal_verbs"]}
    if not manner_cues | modal_verbs <= {p.lower() for p in d["task_cues"]}:
        raise ValueError("commitments.json: every manner cue and modal verb must be a task cue too")
    intentions = {p.lower() for p in d["intention_cues"]}
    if not intentions <= {p.lower() for p in d["task_cues"]}:
        raise ValueError("commitments.json: every intention cue must be a task cue too")
    directing_verbs = {p.lower() for p in d["directing_verbs"]}
    if not directing_verbs <= {p.lower() for p in d["activity_cues"]}:
        raise ValueError("commitments.json: every directing verb must be an activity cue too")
    # "Mục tiêu … là hoàn thành …", "một trong những nhiệm vụ quan trọng là thực hiện …": a goal named
    # before "là" and a verb after it.
    goal = re.compile(whole_words({p.lower() for p in d["goal_nouns"]}))
    # Verbs that perform their act as they are said ("đánh giá cao", "ghi nhận") report it as done, as
    # an aspect word does.
    performatives = {p.lower() for p in d["performative_verbs"]}
    # A consequence ("vì vậy", "do đó") opens a predicate of its own, which does not go on with a report
    # before it ("chỉ tiêu giao đã rõ ràng, vì vậy Tổng cục … quyết liệt chỉ đạo …").
    consequence = re.compile(whole_words({p.lower() for p in d["consequence_splits"]}))
    if not {p.lower() for p in d["consequence_splits"]} <= {p.lower() for p in d["clause_splits"]}:
        raise ValueError("commitments.json: every consequence split must be a clause split too")
    issuing_verbs = {p.lower() for p in d["issuing_verbs"]}
    if not issuing_verbs <= {p.lower() for p in d["activity_cues"]}:
        raise ValueError("commitments.json: every issuing verb must be an activity cue too")
    lexicon = _Lexicon({name: {p.lower() for p in phrases} for name, phrases in (
        ("task_cue", d["task_cues"]), ("task_frame", d["task_frames"]), ("activity_cue", d["activity_cues"]),
        ("not_commitment", d["not_commitment"]), ("exception", d["cue_exceptions"] + d["account_names"]), ("directive_frame", directive_frames),
        ("result_verb", d["result_verbs"]),
        ("done_aspect", {p.lower() for p in d["done_aspect"]} | performatives), ("category", category_of))})
    # A goal noun a few words before a result verb makes its figure a target ("mục tiêu tăng trưởng đạt 8%").
    # So does a target a body assigns ("giao chỉ tiêu thu ngân sách 67.000 tỷ đồng").
    assigned = alternation({p.lower() for p in d["assigned_targets"]})
    target = re.compile(rf"(?:{whole_words({p.lower() for p in d['target_nouns']})}|(?<!\w)giao\s+{assigned})"
                        + r"(?:\s+[^\s\d,.;:]+){0,3}\s+$")
    # A target with its figure: a goal noun, the words that name it and who set it, then "là" or a result verb
    # and a number that is not a year ("mục tiêu tăng trưởng GDP năm 2019 của Quốc hội đề ra là 6,6%-6,8%").
    # An assigned target has its figure after the noun ("giao dự toán thu ngân sách là 800 tỷ đồng", "giao chỉ
    # tiêu thu 67.000 tỷ đồng") or after "giao là" ("chỉ tiêu … do Tổng cục giao là 1.700 tỷ đồng"); not "so
    # với chỉ tiêu được giao 15.505 tỷ đồng", the term of a result.
    figure = r"(?:khoảng\s+|trên\s+|từ\s+|ít nhất\s+)?(?!(?:19|20)\d\d(?![\d%]|[.,]\d))\d"
    # (The figure may come a few words after "là" or "đạt", after what it measures: "Mục tiêu năm 2018 của HPG là đạt tổng
    # doanh thu 55.000 tỷ đồng".)
    aim = re.compile(whole_words({p.lower() for p in d["target_nouns"]}) + r"[^,;:.]{0,100}?\s(?:là|đạt|ở mức)\s+(?:[^\s\d,.;:]+\s+){0,3}?" + figure)
    # (Run only on a page that holds one of `assigned_words`: a pattern with several first letters costs a try at
    # every position of the page.)
    assigned_aim = re.compile(rf"(?:(?<!\w)giao\s+{assigned}(?!\w)[^,;:.]{{0,60}}?(?:\slà)?|(?<!\w){assigned}(?!\w)[^,;:.]{{0,60}}?\sgiao\s+là)\s+" + figure)
    assigned_words = tuple(f"giao {p.lower()}" for p in d["assigned_targets"]) + ("giao là",)
    # A quota with its figure in brackets after who set it and for when ("đạt 87% chỉ tiêu giao (1.180 tỷ đồng)", "bằng
    # 93,2% dự toán (338.000 tỷ đồng)"): no digit nor comma between the noun and the bracket but a year's, so that a figure in
    # brackets that is the term of a comparison is not taken ("… tăng 2% so với cùng kỳ 2017 (143.076 tỷ đồng)").
    quota = re.compile(rf"{whole_words({p.lower() for p in d['quota_nouns']})}(?:\s+(?:[^\s\d(),.;:%]+|(?:19|20)\d\d)){{0,8}}?"
                       r"\s*\(\s*(?:chỉ tiêu\s+)?\d[\d.,]*\s*(?:tỷ|triệu|nghìn)(?!\w)[^()\n]{0,16}\)")
    # A done-aspect word that, twice in a sentence, means "both … and" ("vừa … vừa"), not "just".
    correlatives = {p.lower() for p in d["correlatives"]}
    if not correlatives <= {p.lower() for p in d["done_aspect"]}:
        raise ValueError("commitments.json: every correlative must be a done-aspect word too")
    # Activity cues that never open a directive: the passive "được" ("được sự chỉ đạo …" received it).
    passives = {p.lower() for p in d["passive_verbs"]}
    # A word that opens what a document says, just before a directive or a modal ("…, trong đó yêu cầu …").
    content = re.compile(r"[,\s]\s*" + whole_words({p.lower() for p in d["content_openers"]}) + r",?\s+$")
    # A verb that states what a report shows, just before a modal verb: "… bất cập cho thấy cần phải nghiên cứu sửa đổi …".
    content = (content, re.compile(r"\s" + whole_words({p.lower() for p in d["showing_verbs"]}) + r"\s+$"))
    # A date after a word of deadline: "trước ngày 30/9/2020", "trong tháng 10/2020", "chậm nhất ngày 1-1-2026"
    # (not the date of a document a task cites: "Nghị quyết số 26-NQ/TW ngày 19/5/2018").
    # A year alone is a deadline after the words that bound a period ("đến cuối năm 2020", "trước năm 2026"),
    # not after "trong" ("phát huy kết quả đạt được trong năm 2020" builds on it).
    deadline = re.compile(whole_words({p.lower() for p in d["deadline_words"]})
                          + r"\s+(?:(?:ngày|tháng|cuối|đầu|giữa)?\s*(?:tháng\s+)?(?:\d{1,2}[/-]){1,2}$|"
                          + r"(?<!trong )(?:cuối\s+|đầu\s+|giữa\s+)?năm\s+$)")
    # An item that opens, capitalised, with a word of going on states the next step, after a report too
    # ("Thành phố đã tăng cường cơ sở vật chất; Giáo dục đại học: Tiếp tục chỉ đạo các cơ sở …").
    next_step = re.compile(r"(?:[^\W\d][^:;,.]{0,40}:\s*)?[*_\s]*" + at_word_start(
        {p[0].upper() + p[1:] for p in d["next_step_openers"]}) + r"(?!\w)")
    # A word that makes a noun of the directing verb after it: "Ban chỉ đạo khắc phục sự cố …" (a steering
    # committee), "dưới sự chỉ đạo" (the direction given).
    noun_before = re.compile(whole_words({p.lower() for p in d["directing_nouns"]}) + r"\s+$")
    # A word of going on and its comma, before the verb of a sentence with no subject ("Trong đó, quyết liệt …").
    lead_in = re.compile(r"\W*(?:" + "|".join(re.escape(w.lower()) for w in d["continuations"]) + r"),\s+")
    # A period that has ended, its year and a comma: "Kết thúc năm 2020, các nhiệm vụ trọng tâm … theo đúng kế
    # hoạch" reports, as an aspect word does (not "tự tin kết thúc năm 2020 thu ngân sách đạt …", a forecast).
    ended = re.compile(whole_words({p.lower() for p in d["ended_periods"]}) + r"\s+(?:19|20)\d\d\s*,")
    # A body that sets out a number of goals: "Tổng cục đề ra nhiều giải pháp …", "toàn Ngành tập trung vào 5 nhóm
    # nhiệm vụ: …" (the items after it, in its sentence and those that go on with it, are what is to be done).
    announce = re.compile(whole_words({p.lower() for p in d["setting_verbs"]}) + r"\s+(?:\d+|nhiều|các|những|một số)\s+(?:nhóm\s+)?"
                          + whole_words({p.lower() for p in d["goal_nouns"]}))
    period_and_set = (ended, tuple(p.lower() for p in d["ended_periods"]), announce, tuple(p.lower() for p in d["setting_verbs"]))
    return _Rules(d, lexicon, splits, continuation, directive_cues, category_of, result, imperative, listed, list_colon,
                  speech_verbs, manner_cues, modal_verbs, directing_verbs, goal, performatives, consequence, target, correlatives,
                  passives, noun_before, deadline, content, next_step, aim, lead_in, (assigned_aim, assigned_words), quota,
                  tuple({p.lower() for p in d["target_nouns"]} | {"giao"}), period_and_set,
                  # (… and a word that spells out what was just said, "Cụ thể, …", "Theo đó, …": it goes on with a report as with a task)
                  re.compile(rf"\W*{whole_words({p.lower().rstrip(',') for p in d['clause_splits']} | {p.lower() for p in d['elaborations']})},\s+"),
                  issuing_verbs, re.compile(whole_words({p.lower() for p in d["conveying_phrases"]})),
                  (re.compile(r"\slà\s+(?:" + alternation({p.lower() for p in d["degree_words"]}) + r"\s+)?$"),
                   tuple(p.lower() for p in d["necessity_words"])),
                  (re.compile(r"(?<!\w)(?:\d+|các|những|một số|nhiều)\s+(?:nhóm\s+)?(" + whole_words({p.lower() for p in d["goal_nouns"]}) + ")"),
                   re.compile(r"[*_\s]*" + whole_words({p.lower() for p in d["target_nouns"]}) + r"(?:\s+[^\s:,.;]+){0,4}\s*:")),
                  tuple(d["elaborations"]),
                  # (A clause opens at the start of a line or after a stop, a comma, a colon or a quotation mark, and after a
                  # connective: "do vậy"; a clause that a subordinator opens, "Do …", "Khi …", is no subject.)
                  re.compile(r"(?:^|[.,;:!?“\"]\s*|(?<!\w)(?:" + alternation({p.lower() for p in d["consequence_splits"]}) + r")\s+)"
                             + r"(?!(?:" + alternation({p[0].upper() + p[1:] for p in d["subordinators"]}) + r")\s)"
                             + r"((?:các|những|Các|Những|[A-ZĐ][^\s,.;:!?]*)(?:\s+[^\s,.;:!?]+){0,4})\s+$", re.MULTILINE),
                  re.compile(r"việc\s[^.;:]{0,160}?\s" + whole_words({p.lower() for p in d["normative_predicates"]})),
                  tuple(p.lower() + " " for p in d["topic_openers"]),
                  # (A body's name, its head and at most five words, then a verb of directives: "Trung tâm CNTT đảm bảo hệ thống CNTT …".)
                  re.compile(r"[*_\s]*" + whole_words(d["addressee_heads"]) + r"(?:\s+[^\s,.;:]+){0,5}?\s+"
                             + whole_words({p.lower() for p in d["imperative_openers"]})),
                  intentions, tuple(p.lower() + " " for p in d["subordinators"]),
                  re.compile(whole_words({p.lower() for p in d["prediction_verbs"]})))


_WORDY = re.compile(r"\w")


class _Lexicon:
    """Every list of whole-word phrases (cues, frames, exceptions, category keywords), found on a page in
    one pass of their union: one scan of the page costs about what the scan for one list did.

    The union's match at a position is the longest phrase of any list there. What each list's own pass
    finds within it (a shorter phrase of that list at its start, or one inside it: "phát hiện" holds the
    category keyword "hiện đại hóa"'s start, "giải quyết" the cue "quyết liệt") is worked out once per
    phrase; where a list's phrase may start inside it and run past its end, or that list's pass is still
    inside an earlier phrase, the list's own pattern is tried at each word start within it instead."""

    def __init__(self, lists: dict[str, set[str]]):
        self.names = tuple(lists)
        self.own = [re.compile(whole_words(phrases)) for phrases in lists.values()]
        # (The check on the character before comes first here, unlike whole_words: the union's first letters are most letters,
        # so skipping to them saves little, and a position inside a word then fails before the trie's branches are tried.)
        self.pattern = re.compile(r"(?<!\w)" + alternation(set().union(*lists.values())) + r"(?!\w)")
        self.within = {}
        # Each list's phrases' beginnings that a non-word character follows: a phrase of the list "runs
        # past" another phrase when that phrase's tail from one of its word starts is such a beginning
        # (made once per list, instead of trying every phrase of the list at every word start).
        heads = [{q[:j] for q in phrases for j in range(1, len(q)) if not _WORDY.match(q, j)} for phrases in lists.values()]
        for phrase in set().union(*lists.values()):
            starts = [k for k in range(len(phrase)) if _WORDY.match(phrase, k) and (k == 0 or not _WORDY.match(phrase, k - 1))]
            entries = []
            for i, phrases in enumerate(lists.values()):
                runs_past = any(phrase[k:] in heads[i] for k in starts[1:])
                found = tuple(m.span() for m in self.own[i].finditer(phrase))
                if found or runs_past:
                    # (The list's one span within the phrase, when it has one, apart: most have, and hits()
                    # appends it without a loop.)
                    one = found[0] if len(found) == 1 and not runs_past else None
                    entries.append((i, one, None if runs_past else found, None if runs_past else found[-1][1], starts))
            self.within[phrase] = entries

    def hits(self, low: str) -> dict[str, list[tuple[int, int]]]:
        """The spans of each list's phrases on the lower-cased page, as each list's own pass finds them."""
        spans = [[] for _ in self.names]
        ends = [0] * len(self.names)  # where each list's own pass goes on
        within = self.within
        for m in self.pattern.finditer(low):
            at = m.start()
            for i, one, found, last, starts in within[m.group()]:
                if found is not None and ends[i] <= at:
                    if one is not None:
                        spans[i].append((at + one[0], at + one[1]))
                    else:
                        put = spans[i].append
                        for a, b in found:
                            put((at + a, at + b))
                    ends[i] = at + last
                    continue
                for k in starts:
                    if at + k >= ends[i]:
                        hit = self.own[i].match(low, at + k)
                        if hit:
                            spans[i].append(hit.span())
                            ends[i] = hit.end()
        return dict(zip(self.names, spans))


class _Rules(NamedTuple):
    data: dict
    lexicon: _Lexicon
    splits: tuple  # (where a clause ends or the next opens, the split words: see _clauses)
    continuation: re.Pattern
    directive_cues: set  # the directive frames that are cues as well
    category_of: dict  # a category keyword → its category
    result: tuple  # (a result verb with its figure, a comparison, the figure after a result verb)
    imperative_opening: re.Pattern
    list_item: re.Pattern
    list_colon: re.Pattern
    speech_verbs: set  # the activity cues that report what someone said
    manner_cues: set  # the task cues that only say how a thing is done
    modal_verbs: set  # the task cues that open a predicate of their own
    directing_verbs: set  # the activity cues that direct the verb after them ("chỉ đạo tập trung rà soát")
    goal: re.Pattern  # a noun that names a goal ("mục tiêu … là …")
    performatives: set  # the done-aspect words that are verbs performing their act ("đánh giá cao")
    consequence: re.Pattern  # a clause split that opens a consequence ("vì vậy")
    target: re.Pattern  # a goal noun and at most three words, just before a result verb
    correlatives: set  # the done-aspect words that, twice in a sentence, mean "both … and" ("vừa … vừa")
    passives: set  # the activity cues that never open a directive ("được")
    noun_before: re.Pattern  # a word just before a directing verb that makes it a noun ("ban", "sự")
    deadline: re.Pattern  # a word of deadline and a date up to its year ("trước ngày 30/9/")
    content: tuple  # (a comma and a word that opens what a document says, just before a directive ("…, trong đó "); a verb of showing just before a modal ("… cho thấy "))
    next_step: re.Pattern  # a clause opening, capitalised, with a word of going on ("Tiếp tục", "Giáo dục đại học: Tiếp tục")
    aim: re.Pattern  # a target with its figure ("mục tiêu tăng trưởng GDP … đề ra là 6,6%")
    lead_in: re.Pattern  # a word of going on and its comma ("Trong đó, ")
    assigned: tuple  # (a target a body assigns, with its figure; the words one of which a page must hold for it)
    quota: re.Pattern  # a quota with its figure in brackets ("chỉ tiêu giao (1.180 tỷ đồng)")
    target_words: tuple  # the words one of which `target` opens with
    period_and_set: tuple  # (an ended period and its year, its words; a body setting out goals, its verbs): each run only on a page holding its words
    connective_lead: re.Pattern  # a clause split that is a word of going on or an elaboration, and its comma ("Bên cạnh đó, ", "Cụ thể, "), not a subject ("Các bộ, ")
    issuing_verbs: set  # the activity cues that issue a document ("ban hành", "ký")
    conveying: re.Pattern  # words by which a notice conveys a leader's directive ("thông báo ý kiến", "truyền đạt ý kiến")
    need: tuple  # ("là" and a word of degree or none, just before a word of need; the words of need): see _needs
    goal_list: tuple  # (a number of goals a list announces: "6 mục tiêu", "các nhiệm vụ"; a target's label and colon: "Mục tiêu 2021-2025:")
    elaborations: tuple  # the words that open a paragraph spelling out the one before ("Theo đó", "Cụ thể")
    advice: re.Pattern  # the subject that opens a clause, just before a "nên" that advises (see _advice)
    normative: re.Pattern  # an action that "việc" makes a noun of, then how it is to be done ("được thực hiện theo quy định")
    topic_openers: tuple  # the prepositions that open a phrase before a clause's subject, followed by a space ("trong ", "với ")
    addressee_item: re.Pattern  # a paragraph that opens with a body's name and a verb of directives ("Trung tâm CNTT đảm bảo …")
    intentions: set  # the task cues that state an intention or a target a body holds ("đặt mục tiêu", "lên kế hoạch")
    subordinate_openers: tuple  # the subordinators, followed by a space ("để ", "khi ")
    prediction_verbs: re.Pattern  # a verb that, after "sẽ", foresees an effect, a change or a state ("sẽ ảnh hưởng")


# A clause that opens with the day of its event: "Ngày 12/1, …", "Sáng 5/1, …", "Chiều nay (5/1), …".
_DAY_OPENING = re.compile(r"[*_\s]*(?:(?:sáng|chiều|tối|trưa)(?:\s+nay)?\s*\(?|ngày\s+)\d{1,2}/\d{1,2}(?:/\d{4})?\)?,")
# The hour or the day of an event: "7 giờ 50 phút", "20 giờ đêm 30/9", "đêm 30/9", "ngày 1/10" (not a span of hours,
# "trong 24 giờ"); and what makes a date no event's: a word of deadline or start before it ("trước ngày 30/9", "từ
# ngày 1/1/2021"), or a document's number ("Kế hoạch 6197/KH-TCHQ ngày 22/9/2020").
_EVENT_TIME = re.compile(r"(?<!\w)(?:\d{1,2}\s+giờ\s+(?:\d{1,2}\s+phút|sáng|chiều|tối|đêm|trưa|ngày\s+\d)"
                         r"|(?:ngày|đêm|sáng|chiều|tối|trưa)\s+\d{1,2}/\d{1,2}(?:/(?:19|20)\d\d)?(?![\d/]))")
_NO_EVENT_BEFORE = re.compile(r"(?:(?<!\w)(?:trước|chậm nhất|hạn|đến|tới|từ)\s+(?:cuối\s+|hết\s+)?|/\S*,?\s+)$")


def _narrates_event(low: str, a: int, b: int) -> bool:
    """Whether the clause low[a:b] gives the hour or the day of an event (see _EVENT_TIME)."""
    if low.find("/", a, b) < 0 and low.find(" giờ ", a, b) < 0:
        return False
    return any(_NO_EVENT_BEFORE.search(low, max(a, m.start() - 16), m.start()) is None for m in _EVENT_TIME.finditer(low, a, b))


# A day and month with no year after it, at the end of an event's time (see _event_months).
_DAY_MONTH = re.compile(r"\d/(\d{1,2})$")


def _event_months(low: str) -> list[int]:
    """The months of the days the lower-cased page gives its events, with no year ("vào trưa 26/11", "12 giờ 30 phút ngày 26/11";
    not a deadline, "trước ngày 30/9": see _EVENT_TIME): an undated page is dated by them against its photos' (see photo_year)."""
    if "/" not in low:
        return []
    return [int(day.group(1)) for m in _EVENT_TIME.finditer(low) if (day := _DAY_MONTH.search(m.group())) is not None
            and _NO_EVENT_BEFORE.search(low, max(0, m.start() - 16), m.start()) is None]


# A day and month just before a year: "ngày 31/12/2020" (see _due_on).
_DATE_BEFORE = re.compile(r"(?<!\w)ngày\s+\d{1,2}[/-]\d{1,2}[/-]$")


def _due_on(low: str, start: int) -> bool:
    """Whether the year at `start` ends the full date of a task's clause, the day it is to be done on ("dự kiến đưa vào khai thác ngày
    31/12/2020 đường cất hạ cánh 25R/07L", "dự kiến đưa đường lăn S2 vào khai thác ngày 6/11/2020"), as a deadline's is: the task is of
    that year. (Not the date of a document the task cites, "theo Quyết định số 1232/QĐ-TTg ngày 17/8/2017": see _NO_EVENT_BEFORE.)"""
    date = _DATE_BEFORE.search(low, max(0, start - 12), start)
    return date is not None and _NO_EVENT_BEFORE.search(low, max(0, date.start() - 16), date.start()) is None


# The number of a document just after the verb that issues it: its type in at most three words, then "số" and the
# number ("ban hành Quyết định số 85/QĐ-TCHQ", "ký Nghị định 08/2015/NĐ-CP"), not a document named further on, which
# a task may be about ("ban hành Thông tư thay thế Thông tư 38/2015/TT-BTC").
_ISSUED_NUMBER = re.compile(r"\s+(?:[^\s\d,;.:]+\s+){0,3}?(?:số\s+)?\d+(?:/\d{4})?/[A-ZĐ]")
# A comma and a year that opens a predicate: ", năm 2017, …", ", thì đến năm 2017, …", ", riêng trong năm 2017, …" (in that year
# alone) (see find_commitments).
_PERIOD_TURN = re.compile(r",\s+(?:thì\s+|riêng\s+)?(?:(?:đến|tới|sang|trong)\s+)?năm\s+((?:19|20)\d\d)\s*,")
# A word of contrast and its comma, then a year: "Tuy nhiên, năm 2016 …" (see find_commitments).
_CONTRAST_YEAR = re.compile(r"[*_\s]*(?:tuy nhiên|song|nhưng|mặc dù vậy),\s+(?:trong\s+)?năm\s+((?:19|20)\d\d)(?!\d)")
# A clause that opens with its year: "Năm 2020, …", "Trong năm 2020, …".
_YEAR_OPENING = re.compile(r"[*_\s]*(?:riêng\s+)?(?:trong\s+)?năm\s+((?:19|20)\d\d),")
# A year joined to another by a dash: the ends of a span ("2025-2030", "2026 – 2031").
_SPAN_END = re.compile(r"\s?[-–]\s?(?=\d)|(?<=\d)\s?[-–]\s?$")


@lru_cache(maxsize=1)
def _not_yet() -> tuple[set[str], set[str], re.Pattern]:
    """(the words of a state not yet reached; the words after which one reports; a subordinator or a relative word in the part of
    the sentence before one, or a bracket left open there): see `_about_not_yet` in commitments.json."""
    d = data_json("commitments.json")
    words = {p.lower() for p in d["not_yet"]}
    if not words <= {p.lower() for p in d["activity_cues"]}:
        raise ValueError("commitments.json: every not_yet word must be an activity cue too")
    subordinate = whole_words({p.lower() for p in d["subordinators"]} | {p.lower() for p in d["relative_words"]})
    return words, {p.lower() for p in d["not_yet_after"]}, re.compile(subordinate + r"\s[^,;.:!?()“”]*$|\([^()]*$")


_LAST_WORD = re.compile(r"(?<!\w)(\w+)\s+$")


def _reports_not_yet(text: str, low: str, a: int, after: set[str], subordinate: re.Pattern) -> bool:
    """Whether the "chưa" at `a` reports a state in a main clause (see _not_yet): its subject named just before it, capitalised, or
    a word of going on or of now; no subordinator nor relative word before it in its part of the sentence."""
    last = _LAST_WORD.search(text, max(0, a - 30), a)
    return (last is not None and (last.group(1)[0].isupper() or last.group(1).lower() in after)
            and subordinate.search(low, max(0, a - 80), a) is None)


@lru_cache(maxsize=1)
def _elapsed_opening() -> re.Pattern:
    """A part of the year counted from its start that opens a clause with its comma, and the year it may name: see
    `_about_elapsed_periods` in commitments.json."""
    periods = alternation({p.lower() for p in data_json("commitments.json")["elapsed_periods"]})
    return re.compile(r"[*_\s]*(?:(?:trong|ở|qua|tính chung|riêng)\s+)?(?:(?:\d+|sáu|chín|ba)\s+)?(?:" + periods
                      + r")(?:\s+(?:năm\s+)?((?:19|20)\d\d))?\s*,")


@lru_cache(maxsize=1)
def _remaining_purposes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the words that open the purpose a report leaves to do, the verbs that hand a case on): see `_about_remaining_purposes`
    in commitments.json."""
    d = data_json("commitments.json")
    return tuple(p.lower() for p in d["remaining_purposes"]), tuple(f"{p.lower()} " for p in d["handover_verbs"])


def _in_document_name(text: str, start: int) -> bool:
    """Whether the year at `start` ends a document's name ("Luật Đất đai năm 2024", "Hiến pháp năm 2013")."""
    name, heads = task_times()
    lo = max(0, start - 60)
    return any(text.find(h, lo, start) >= 0 for h in heads) and name.search(text, lo, start) is not None


class _Hits:
    """Where a pattern matches in the whole page, found in one pass and then asked per clause
    (running each cue pattern over each clause separately costs several times more)."""

    def __init__(self, pattern: re.Pattern | list[tuple[int, int]], text: str = "", masked: "_Hits | None" = None):
        spans = [m.span() for m in pattern.finditer(text)] if isinstance(pattern, re.Pattern) else pattern
        if masked is not None:
            spans = masked.outside(spans)
        self.spans = spans
        self.starts = [a for a, _ in spans]

    def first(self, start: int, end: int) -> int | None:
        """Start of the first match lying within [start, end), or None."""
        starts = self.starts
        i = bisect.bisect_left(starts, start)
        if i == len(starts) or starts[i] >= end:  # (most asks: nothing within)
            return None
        spans = self.spans
        while i < len(spans) and spans[i][0] < end:
            if spans[i][1] <= end:
                return spans[i][0]
            i += 1
        return None

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The matches lying within [start, end)."""
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] <= end:
                out.append(self.spans[i])
            i += 1
        return out

    def first_span(self, start: int, end: int) -> tuple[int, int] | None:
        """The first match lying within [start, end), or None."""
        at = self.first(start, end)
        if at is None:
            return None
        # (The first span from `at` on that ends by `end`: the one `first` found. Walked to by index, where a slice of
        # the rest of the page's spans was copied at each ask.)
        spans = self.spans
        i = bisect.bisect_left(self.starts, at)
        while spans[i][1] > end:
            i += 1
        return spans[i]

    def outside(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans (sorted by start) that overlap none of these (which do not overlap each other), in
        one walk along both lists."""
        mine, j, out = self.spans, 0, []
        if not mine:
            return list(spans)
        for a, b in spans:
            while j < len(mine) and mine[j][1] <= a:
                j += 1
            if j == len(mine) or mine[j][0] >= b:
                out.append((a, b))
        return out


def _results(low: str, verbs: list[tuple[int, int]], figure_after: re.Pattern) -> list[tuple[int, int]]:
    """The result verbs (their spans, in order) with a figure after them, each up to its figure, as one pass of a
    pattern for both finds them: none starts inside the one before."""
    out, end = [], 0
    for a, b in verbs:
        if a >= end:
            m = figure_after.match(low, b)
            if m is not None:
                out.append((a, m.end()))
                end = m.end()
    return out


def _changes(low: str, verbs: list[tuple[int, int]], changes: set, degree: re.Pattern) -> list[tuple[int, int]]:
    """The change verbs among the result verbs (their spans) with a word of degree after them, each up to that word: "tăng trở lại";
    not one that a "sẽ" before it in its clause foresees ("giá nguyên liệu tăng lên sẽ kéo theo chi phí sản xuất tăng mạnh")."""
    out = []
    for a, b in verbs:
        if low[a:b] in changes and (m := degree.match(low, b)) is not None:
            will = low.rfind(_WILL, max(0, a - 80), a)
            if will < 0 or any(ch in low[will:a] for ch in ".;:!?"):
                out.append((a, m.end()))
    return out


def _inside(hits: "_Hits", at: int) -> bool:
    """Whether the position `at` lies inside one of the matches (which do not overlap each other)."""
    i = bisect.bisect_right(hits.starts, at) - 1
    return i >= 0 and at < hits.spans[i][1]


def _needs(text: str, low: str, copula: re.Pattern, words: tuple[str, ...]) -> "_Hits":
    """The spans from "việc" to a word of need that "là" comes just before ("việc xây dựng lại … là rất cần thiết"), within a
    clause (no full stop, semicolon, colon, "!" or "?" between), where no document's number stands (see find_commitments).
    (Looked for back from the words of need, which few pages hold: a pattern opening with "việc" would try every one of them.)"""
    spans = []
    for word in words:
        for at in _finds(low, word):
            end = at + len(word)
            if (at and low[at - 1].isalnum()) or (end < len(low) and low[end].isalnum()) or copula.search(low, max(0, at - 24), at) is None:
                continue
            start = low.rfind("việc", max(0, at - 200), at)
            if (start < 0 or (start and low[start - 1].isalnum()) or not low[start + 4: start + 5].isspace()
                    or any(ch in low[start:at] for ch in ".;:!?") or CITED[0].search(text, start, end) is not None):
                continue
            spans.append((start, end))
    return _Hits(sorted(spans))


def _finds(low: str, word: str) -> list[int]:
    """Where `word` stands in `low` (as a string: a part of a longer word too)."""
    out, at = [], low.find(word)
    while at >= 0:
        out.append(at)
        at = low.find(word, at + 1)
    return out


def _near(spots: list[int], start: int, end: int) -> bool:
    """Whether a position of the sorted `spots` lies within [start, end)."""
    i = bisect.bisect_left(spots, start)
    return i < len(spots) and spots[i] < end


def _clauses(text: str, start: int, end: int, splits: tuple[re.Pattern, tuple[str, ...]]) -> list[tuple[int, int]]:
    """The clauses of text[start:end]: a ";" or a ". " ends one, a split word opens the next. `splits`: the pattern
    and the split words, which most sentences hold none of: a sentence with no ";", no "." before its last character
    and none of them as a string is one clause, found without the pattern's scan."""
    sentence = text[start:end]
    if ";" not in sentence and sentence.find(".", 0, len(sentence) - 1) < 0 and not any(w in sentence for w in splits[1]):
        return [(start, end)] if start < end else []
    out = []
    pos = start
    for m in splits[0].finditer(text, start, end):
        cut = m.start()
        if cut > pos:
            out.append((pos, cut))
        pos = m.end() if text[cut] in ";." else cut
    if pos < end:
        out.append((pos, end))
    return out


def _category(low: str, start: int, end: int, keywords: "_Hits", category_of: dict) -> str:
    """The category of the keyword that comes first in the clause low[start:end] (the lower-cased page):
    its head verb or noun leads."""
    span = keywords.first_span(start, end)
    return category_of[low[span[0]:span[1]]] if span else "other"


def find_commitments(text: str, sentences, published_year: int | None) -> list[Commitment]:
    """`sentences`: objects with .kind, .paragraph_no, .start, .end (offsets into `text`)."""
    rules = _vocab()
    # A page whose title frames it as a guide ("Hướng dẫn thủ tục thanh lý …") or as the answer to a reader's question
    # ("Muốn cấp lại giấy chứng nhận đăng ký thuế cần làm thủ tục gì?") explains what anyone must do and how things are:
    # its "cần", "phải" are the steps of a procedure and its statements facts of the rules, no one's commitment nor work.
    # (So does a lead that opens as a how-to: "Hướng dẫn cách ghi sổ theo hình thức kế toán trên máy vi tính …", and a page
    # whose title is a plain topic but which states what "doanh nghiệp", "người lao động" must do more than it reports
    # events: "Điều kiện, phương pháp trích lập và hạch toán dự phòng giảm giá hàng tồn kho".)
    # (Not a guide's title over a lead that reports what a public body has just done: "Tổng cục Hải quan vừa có văn bản hướng
    # dẫn …" is news of the guidance given; see genre.news_lead.)
    lead = next((s for s in sentences if s.kind not in ("title", "caption", "byline")), None)
    if ((any(s.kind == "title" and guide_title(text[s.start: s.end]) for s in sentences)
         and not (lead is not None and news_lead(text[lead.start: lead.end]))) or speaks_to_reader(text)
            or (lead is not None and guide_lead(text[lead.start: lead.end])) or reads_as_rules(text)):
        return []
    continuation, category_of = rules.continuation, rules.category_of
    # (Only the split words the page holds are looked for in its sentences: see _clauses.)
    splits = (rules.splits[0], tuple(w for w in rules.splits[1] if w in text))
    imperative_opening, list_item, list_colon = rules.imperative_opening, rules.list_item, rules.list_colon
    # The years of the page, found once; a clause's are those within it.
    years_found = year_spans(text)
    year_starts = [start for _, start, _, _ in years_found]
    low = lower(text)
    roles = year_roles(low, years_found)
    # The years that may date a done thing: not the year a plan is for nor the start of a span to the present.
    # (Nor a year a person was born in: see year_roles.)
    dating = [role not in ("planned", "frame", "since", "term", "born") for role in roles]
    planned_for = year_frames()[4]  # a plan noun just before a year: "phương hướng nhiệm vụ năm 2021"
    horizon = year_frames()[7]  # a noun that names a plan's reach: "kế hoạch", "chương trình", "đề án"
    # The latest year the page's plans are for ("triển khai nhiệm vụ năm 2021"): a clause opening with an earlier one
    # goes on in a period already past (see below).
    plan_year = max((y for (_, _, _, y), role in zip(years_found, roles) if role in ("planned", "frame")), default=None)
    latest = max((y for _, _, _, y in years_found), default=0)  # the latest year the page names
    found = rules.lexicon.hits(low)
    if _ONGOING in low:  # ("tiếp tục" and a counted act: see _counted_ongoing)
        found["exception"] = _counted_ongoing(low, found["task_cue"], found["exception"], rules.result[2])
    masked = _Hits(found["exception"])
    ongoing = _Hits([(a, b) for a, b in masked.spans if low.startswith(_ONGOING, a)])  # ("tiếp tục giảm": see has_verb below)
    ended, ended_words, announce, setting_verbs = rules.period_and_set
    if any(w in low for w in ended_words):
        periods = [m.span() for m in ended.finditer(low)]  # (a report of its own, as "đã" is: see activity_cues)
        found["done_aspect"], found["activity_cue"] = sorted(found["done_aspect"] + periods), sorted(found["activity_cue"] + periods)
    announced = _Hits(announce, low) if any(w in low for w in setting_verbs) else _Hits([])
    task_hits, past_hits, activity_hits = (_Hits(found[k], masked=masked) for k in ("task_cue", "done_aspect", "activity_cue"))
    not_yet, not_yet_after, subordinate = _not_yet()
    if any(w in low for w in not_yet):  # (a state not yet reached reports after its subject, in a main clause: see _not_yet)
        activity_hits = _Hits([(a, b) for a, b in activity_hits.spans
                               if low[a:b] not in not_yet or _reports_not_yet(text, low, a, not_yet_after, subordinate)])
    if f" {_ADVICE} " in low:  # (a word of advice right after its subject: see _advice)
        advice = _advice(text, low, rules.advice, activity_hits, _Hits(found["result_verb"]))
        if advice:
            task_hits = _Hits(sorted(task_hits.spans + advice))
    # A cue capitalised at the end of a person's name is a part of it: "ông Trần Văn Cần, Chủ tịch UBND tỉnh …".
    if any(text[a].isupper() for a, _ in task_hits.spans):
        task_hits = _Hits([(a, b) for a, b in task_hits.spans if not _in_name(text, a, b)])
    # A manner cue after the verb of a clause made a noun by "việc" says how that was done: "với việc triển khai quyết
    # liệt, đồng bộ nhiều giải pháp …, Cục … vẫn hoàn thành …".
    task_hits = _Hits([(a, b) for a, b in task_hits.spans
                       if not (low[a:b] in rules.manner_cues and _NOMINALISED.search(low, max(0, a - 30), a) is not None)])
    asides = _asides(text, low, past_hits.spans, rules.correlatives)
    past_hits = _Hits(past_hits.spans, masked=asides)
    directive_frames = _Hits(found["directive_frame"], masked=masked)
    keywords = _Hits(found["category"])
    # A verb that directs is a directive when the verb of what it directs follows it ("chỉ đạo tiếp tục nêu
    # cao …", not "phát biểu chỉ đạo tại hội nghị").
    # A frame that is no cue ("giao cho", "chỉ thị") is a directive when a name follows it, the addressee
    # ("Ủy ban Thường vụ Quốc hội giao cho Ủy ban Tài chính - Ngân sách … hoàn chỉnh …"), not an amount or
    # a number ("… tỷ đồng vốn giao cho 14 tỉnh", "Chỉ thị 24").
    directive_hits = _Hits(sorted([(a, b) for a, b in directive_frames.spans
                                   if low[a:b] in rules.directive_cues or (text.startswith(" ", b) and text[b + 1: b + 2].isupper())]
                                  + [(a, b) for a, b in activity_hits.spans if low[a:b] in rules.directing_verbs
                                     and low.startswith(" ", b) and imperative_opening.match(low, b + 1) is not None
                                     and rules.noun_before.search(low, max(0, a - 12), a) is None
                                     # (a directed verb with its figure reports a result: "chỉ đạo xử lý 227 vụ việc")
                                     and rules.result[0].match(low, b + 1) is None]))
    unmannered_hits = _Hits([(a, b) for a, b in task_hits.spans if low[a:b] not in rules.manner_cues])
    modal_hits = _Hits([(a, b) for a, b in task_hits.spans if low[a:b] in rules.modal_verbs or low[a:b] == _ADVICE])
    # (A verb of speech with "của" after it is a noun, what someone said, no speech reported: "kịp thời giải quyết tháo gỡ khó khăn,
    # vướng mắc, phản ánh của doanh nghiệp …" is an item of a list of solutions.)
    speech_hits = _Hits([(a, b) for a, b in activity_hits.spans if low[a:b] in rules.speech_verbs and not low.startswith(_OF, b)])
    directable_hits = _Hits([(a, b) for a, b in activity_hits.spans if low[a:b] not in rules.passives])
    # (A hope that "sự" makes a noun of is a thing named, no hope voiced: "Tăng cường tổ chức đối thoại, …, tạo sự tin tưởng, yên tâm
    # cho cộng đồng doanh nghiệp …" sets a task; "bày tỏ sự tin tưởng" reports.)
    refusals = _Hits([(a, b) for a, b in found["not_commitment"] if rules.noun_before.search(low, max(0, a - 12), a) is None])
    frames = _Hits(found["task_frame"])
    # A figure a goal names is a target, not a result ("mục tiêu tăng trưởng đạt 8% trở lên").
    # (Only a figure with a target's word in the 40 characters before it is asked: most are not.)
    spots = sorted(at for w in rules.target_words for at in _finds(low, w))
    # A document issued with its number reports as a figure does: "Tổng cục Hải quan ban hành Quyết định số 85/QĐ-TCHQ …"
    # (a number is given to what has been issued).
    issued = [(a, m.end()) for a, b in activity_hits.spans
              if low[a:b] in rules.issuing_verbs and (m := _ISSUED_NUMBER.match(text, b)) is not None]
    aims = _Hits(rules.aim, low)
    if any(w in low for w in rules.assigned[1]):
        aims = _Hits(sorted(aims.spans + [m.span() for m in rules.assigned[0].finditer(low)]))
    quotas = _Hits([m.span() for m in rules.quota.finditer(low)] if "đồng)" in low or "usd)" in low else [])
    if quotas.spans:
        aims = _Hits(sorted(set(aims.spans + quotas.spans)))
    # (Nor is a figure a modal verb comes before: "đơn vị còn phải thu 515 tỷ" is what is still to do; nor the figure of a
    # target, "Mục tiêu năm 2018 của HPG là đạt tổng doanh thu 55.000 tỷ đồng".)
    result_hits = _Hits(sorted([span for span in _results(low, found["result_verb"], rules.result[2]) + [m.span() for m in rules.result[1].finditer(low)]
                                + _changes(low, found["result_verb"], *rules.result[3:])
                                if (not _near(spots, span[0] - 40, span[0]) or rules.target.search(low, max(0, span[0] - 40), span[0]) is None)
                                and _MODAL_FIGURE.search(low, max(0, span[0] - 6), span[1]) is None and not _inside(aims, span[0])] + issued),
                        masked=masked)
    # An action that "việc" makes a noun of, said to be needed ("Do đó việc xây dựng lại việc nhận diện thương hiệu … là rất cần
    # thiết") is what is to be done, as a goal named before "là" is; not the making of a document that has its number, which
    # has been issued ("Việc xây dựng Nghị định 126/2020/NĐ-CP … là cần thiết nhằm …" says why it was made).
    needs = _needs(text, low, *rules.need)
    out: list[Commitment] = []
    # The years stated by the clauses of each kind, which tell the year the page reviews and the one its
    # tasks are for better than a count of every year on the page does.
    stated_done, stated_task, in_tasks = Counter(), Counter(), set()
    deadlines = []  # the years of the dates by which a task is due ("đến 30/4/2017")
    quoted_quotas: set[int] = set()  # where the quotas cut from their reports start (of the year the page reviews: see below)
    periods = {}  # the periods task clauses name, end: start ("phong trào thi đua giai đoạn 2021 – 2025")
    framed = False  # inside a passage that announces the coming period's tasks
    # A heading that gives a directive ("**Thủ tướng đề nghị các bộ, ngành … một số nhiệm vụ.**") heads a
    # section: its passage goes on over the paragraphs under it ("Bộ Tài chính rà soát …", "NHNN hướng dẫn …")
    # until one reports a done thing or another heading comes. (A heading that only names a period, "những
    # tháng cuối năm", heads whatever the section reports.)
    headed = False
    targets_listed = False  # inside a passage of the targets a heading lists (see below)
    last_paragraph = None
    paragraph_start = 0  # where the sentence's paragraph starts
    after_task = False  # the sentence before set a task (in the paragraph before: see above)
    after_forecast = False  # … and reported before it: its task is what its report foresees ("… là 13,8 tỷ đồng; dự kiến thu …")
    after_report = False  # the sentence before stated done things and set no task
    after_notice = False  # … and one of them was a notice sent (see _notice_sent)
    task_run = 0  # how many paragraphs in a row before this one set tasks and reported nothing
    paragraph_reported = False  # a clause of this paragraph is an activity
    paragraph_directed = False  # a task of this paragraph is a directive to others
    opening_year = None  # the year the paragraph opens with
    event = None  # (paragraph, month) of an event the paragraph narrates, dated by day and month only (see below)
    headline_end = 0  # where a headline that sets a task ends (see below)
    caption_sentences = Counter(s.paragraph_no for s in sentences if s.kind == "caption")  # (see kind below)
    purposes, handovers = _remaining_purposes()
    elapsed_opening = _elapsed_opening()
    purposes = tuple(w for w in purposes if f" {w} " in low)  # (looked for in a clause only where the page holds one)
    for s in sentences:
        if s.kind == "byline":
            continue
        opens_imperative = imperative_opening.match(low, s.start) is not None
        # A headline names the page's topic, no row of its own, unless it opens with a directive's verb or a cue: "Khẩn
        # trương điều tra, xử lý vi phạm trong cấp C/O của Công ty Đại Minh Việt" sets a task (which a body that repeats it
        # gives more evidence of: see _merge_repeats).
        if s.kind == "title" and not (opens_imperative or task_hits.first(s.start, low.find(" ", s.start, s.end)) == s.start):
            continue
        headline_end = s.end if s.kind == "title" else headline_end
        sentence = text[s.start: s.end]
        # (A caption is a phrase under a photo; a sentence of prose set under one is read as the body it is: "Như vậy, để hoàn
        # thành chỉ tiêu thu thuế của Bộ Tài chính, Tổng cục Hải quan giao, từ nay đến hết 31/12/2020, đơn vị còn phải thu 515 tỷ …".)
        # (So is a caption of three sentences or more: "Thuế môn bài cũng là một loại thuế mà doanh nghiệp cần phải đóng hàng năm.
        # Doanh nghiệp sau khi đăng ký kinh doanh phải đóng thuế môn bài. Cần phải đóng ngay …" under a photo; a caption and its credit,
        # or a caption of two sentences, "… tiếp tục triển khai các sản phẩm du lịch đặc trưng của thành phố. Ảnh du khách trải nghiệm
        # Tour …", show the photo.)
        kind = "body" if s.kind == "caption" and (sentence.count(" ") >= _CAPTION_WORDS
                                                  or caption_sentences[s.paragraph_no] >= _CAPTION_SENTENCES) else s.kind
        # A photo's caption stands between paragraphs, apart from the flow of the text: what a passage sets goes on after it.
        # So does a headline.
        flow = (framed, headed, targets_listed, last_paragraph, paragraph_start, after_task, after_forecast, after_report,
                task_run, paragraph_reported, opening_year, paragraph_directed) if kind in ("caption", "title") else None
        if s.paragraph_no != last_paragraph:
            last_paragraph = s.paragraph_no
            paragraph_start = s.start
            # A frame carries over to the next paragraph only when that one goes on with the list.
            framed = framed and bool(headed or continuation.match(sentence) or opens_imperative)
            # So does a set of tasks: a paragraph with no subject, opening with its verb, goes on with the
            # directives of the paragraph before ("Chính phủ yêu cầu các bộ … ." / "Thu hút mạnh mẽ các nguồn vốn …").
            # After two paragraphs of tasks in a row, a paragraph is an item of their list ("Bộ Công Thương phối
            # hợp xây dựng chương trình hành động …" under the Government's directives): its clauses with no mark
            # of aspect are tasks too.
            task_run = task_run + 1 if after_task and not paragraph_reported else 0
            # (After a paragraph of directives to others, a paragraph that opens with a body's name and a verb of directives, no mark
            # of aspect, is what one more body is told to do: "Bộ Giao thông vận tải yêu cầu Cục Hàng hải Việt Nam phối hợp … ." /
            # "Trung tâm CNTT đảm bảo hệ thống CNTT của Bộ Giao thông vận tải tham gia NSW … vận hành thông suốt.", "Thủ tướng Chính
            # phủ giao Bộ Tài chính khẩn trương xây dựng … ." / "Bộ Tài chính xây dựng Nghị định về hóa đơn, chứng từ điện tử …")
            directed = task_run >= 1 and paragraph_directed and rules.addressee_item.match(text, s.start) is not None
            paragraph_reported = paragraph_directed = False
            # A paragraph that opens with its year ("Năm 2018, Tổng công ty … sẵn sàng …") places its clauses in that
            # year, and so does one that goes on with it ("Đồng thời, ứng dụng …"): see `due` below.
            opening = _YEAR_OPENING.match(low, s.start)
            opening_year = (int(opening.group(1)) if opening is not None
                            else opening_year if opening_year is not None and continuation.match(sentence) else None)
            # (… and so does a paragraph that spells out the one before: "… Hải quan Nghệ An sẽ có các phân tích … ." / "Theo
            # đó, Hải quan Nghệ An tổ chức triển khai thực hiện đo …" sets out the plan the paragraph before announced.)
            # (… and so does a paragraph after one that ends in a semicolon: the list goes on, "… như Bộ Công Thương chỉ đạo các đơn vị
            # … rà soát …;" / "Bộ Thông tin và Truyền thông sử dụng các biện pháp nghiệp vụ … ;" / "Bộ Công an chỉ đạo các đơn vị …".)
            # (… and so does one that opens with a case and then a directive's verb: "Trường hợp phát hiện các hành vi vi phạm, xử lý
            # nghiêm theo quy định …" after "Tổng cục QLTT yêu cầu các cục QLTT …".)
            after_task = after_task and (opens_imperative or task_run >= 2 or directed or sentence.startswith(rules.elaborations)
                                         or _LIST_GOES_ON.search(text, max(0, s.start - 12), s.start) is not None
                                         or ((case := _CASE_OPENING.match(low, s.start, s.end)) is not None
                                             and imperative_opening.match(low, case.end()) is not None))
        frames_next = _opens_frame(text, low, s, frames, directive_frames, past_hits, directive_hits, task_hits, rules.data["frame_opening_words"])
        # A sentence that sets out a number of goals, reporting nothing before them, opens a passage of them.
        announces = announced.first_span(s.start, s.end)
        announces = announces if announces is not None and past_hits.first(s.start, announces[0]) is None else None
        frames_next = frames_next or announces is not None
        # (When what it sets out are targets, "Dự thảo Chiến lược … đề ra các mục tiêu cơ bản …", the paragraphs that spell them out,
        # "Theo đó, tốc độ tăng trưởng … bình quân đạt khoảng 7%/năm", give figures to reach, as under a heading that lists targets.)
        targets_announced = announces is not None and low.endswith(rules.target_words, announces[0], announces[1])
        # So does a sentence or a heading that announces a number of goals before its colon, reporting nothing ("**6 mục tiêu
        # của Nghị quyết 35:**"): the paragraphs under it are its items; when they are targets ("mục tiêu"), their figures are
        # what is to be reached, not results ("Đạt 1 triệu DN hoạt động vào năm 2020").
        listing = (rules.goal_list[0].search(low, s.start, s.end) if low.find(":", s.start, s.end) >= 0
                   and low[s.start: s.end].rstrip(" *_").endswith(":") and past_hits.first(s.start, s.end) is None else None)
        if listing is not None:
            frames_next, goals_listed = True, listing.group(1) in rules.target_words
        # (A bold paragraph of a page's lead is set as a heading, but a heading is short: one that runs on for three lines
        # reports as a body paragraph does, "**Theo Ban Chỉ đạo 389 tỉnh …, các lực lượng chức năng … đã phát hiện 402 vụ …**".)
        if s.kind == "heading" and sentence.count(" ") < _HEADING_WORDS:
            if task_run >= 2 and after_task and (opens_imperative or _NOT_LET.match(low, s.start) is not None or task_hits.first(s.start, s.end) is not None) \
                    and past_hits.first(s.start, s.end) is None and result_hits.first(s.start, s.end) is None:
                # Inside a run of paragraphs of tasks, a heading that directs (a directive's verb or a cue opening it, or "không để"),
                # reporting nothing, heads the next part of the same list: the run goes on under it ("**Không để xảy ra lợi ích nhóm trong cổ phẩn hóa**" / "Các địa phương phát
                # huy thế mạnh của các vùng kinh tế trọng điểm …" among the directives of a Government resolution).
                continue
            framed, after_report, after_task, task_run = frames_next, False, False, 0
            directive = directive_frames.first_span(s.start, s.end)
            headed = (frames_next and directive is not None and past_hits.first(s.start, directive[0]) is None
                      and _ADDRESSEE.match(text, directive[1]) is not None) or listing is not None
            targets_listed = listing is not None and goals_listed
            continue
        # A sentence that a target's label and its colon open ("Mục tiêu 2021-2025: … đạt khoảng 15%/năm; tăng tỷ lệ DN vừa và
        # lớn chiếm khoảng 5-6% …") states targets, whatever figures its clauses give.
        labelled = rules.goal_list[1].match(low, s.start) is not None
        sentence_is_task = False
        goes_on = after_task and opens_imperative  # a subjectless directive going on with the sentence before
        sentence_reports = False  # a clause of the sentence reports a done thing or a result: the passage ends
        # A sentence with no subject goes on with the report before it, as a clause goes on with the one
        # before it in its sentence ("Quân ủy đã xây dựng kế hoạch kiểm tra; giao các cơ quan chức năng …").
        # (So does one that a word of going on opens: "… đã tích cực thực hiện các giải pháp. Trong đó, quyết liệt …".)
        lead = rules.lead_in.match(low, s.start) if after_report and not opens_imperative else None
        verb_at = lead.end() if lead is not None and imperative_opening.match(low, lead.end()) is not None else s.start
        reporting = after_report and (opens_imperative or verb_at > s.start)
        sentence_done = False  # a clause of the sentence states a done thing, and none sets a task
        ends_reporting = False  # the sentence's last row is an activity: it closes on how things stand
        reported_first = False  # a clause of the sentence states a done thing before any sets a task
        clauses = _clauses(text, s.start, s.end, splits)
        conveyed = -1  # where a directive that a notice conveys starts (see below)
        purposed = -1  # where the purpose a report leaves to do starts (see below)
        spoken = -1  # where a speech cut from what was said ends (see below)
        n = 0
        while n < len(clauses):
            a, b = _trim(text, *clauses[n])
            n += 1
            clause = text[a:b]
            words = clause.count(" ") + 1
            if words < 5 or refusals.first(a, b) is not None or clause.rstrip("*_ ").endswith("?"):
                continue  # too short to state an action, a hope or a framing remark, or an interviewer's question
            if "=" in clause or _EXAMPLE.match(low, a) is not None:
                continue  # a formula that defines a quantity, or an example of a kind, states no act (see _EXAMPLE)
            if _forecast_frame().match(low, a) is not None:
                continue  # "Dự báo, năm 2021, XK hàng dệt may vẫn tiếp tục gặp khó khăn …": a forecast, no one's act (see _forecast_frame)
            # A year that opens a predicate after a comma turns to another period than the one a year before it names:
            # each part is a clause of its own year ("Nếu như năm 1998, Chi cục mới làm thủ tục cho 250 tờ khai …, thì
            # đến năm 2017, Chi cục đã làm thủ tục cho gần 250.000 tờ khai …", "từ số thu năm 1998 đạt 800 triệu đồng,
            # năm 2017, số thu … đã đạt gần 3.750 tỷ đồng").
            lo = bisect.bisect_left(year_starts, a)
            if bisect.bisect_left(year_starts, b) - lo >= 2:
                turn = _PERIOD_TURN.search(low, a, b)
                if turn is not None and any(start < turn.start() and y != int(turn.group(1)) and not compared(text, lead)
                                            for lead, start, _, y in years_found[lo:lo + 4]):
                    clauses[n:n] = [(a, turn.start()), (turn.start() + 1, b)]
                    continue
                # So does a modal verb right after a comma, between two years: a target for one year and a further one for a later
                # year are two items ("tăng tỷ lệ DN vừa và lớn chiếm khoảng 5-6% … vào năm 2025, phấn đấu đạt 8% vào năm 2030").
                modal = next((m for m, _ in modal_hits.within(a, b) if low.startswith(", ", m - 2)), None)
                if modal is not None:
                    before = [y for _, start, _, y in years_found[lo:bisect.bisect_left(year_starts, modal)]]
                    after = [y for _, start, end, y in years_found[bisect.bisect_left(year_starts, modal):bisect.bisect_left(year_starts, b)]]
                    if before and after and max(before) < min(after):
                        clauses[n:n] = [(a, modal - 2), (modal, b)]
                        continue
            past, cue = past_hits.first(a, b), task_hits.first(a, b)
            # A plan named as the clause's frame: what follows is planned, a done mark inside the frame qualifies the plan (see
            # `_about_plan_frames` in commitments.json).
            planned = _plan_frame().match(low, a) if past is not None or cue is None else None
            if planned is not None:
                past = past_hits.first(planned.end(), b)
            directive = directive_hits.first(a, b)
            said = next((span for span in speech_hits.within(a, b) if low.startswith(":", span[1])), None) \
                if cue is not None or directive is not None else None
            if said is not None and said[0] > a \
                    and min(cue if cue is not None else b, directive if directive is not None else b) > said[1] \
                    and modal_hits.first(a, said[0]) is None:
                # A verb of speech and its colon report that someone spoke, whatever what was said sets: the speech is an
                # activity, what was said a clause of its own ("Trả lời vướng mắc, Cục Hải quan Hà Nội cho biết: căn cứ quy
                # định … phải …", "Phát biểu tại hội nghị, Phó thủ tướng Trương Hòa Bình nêu rõ: “… cần …”"; not "cần lưu ý: …").
                clauses[n:n] = [(a, said[1]), (said[1] + 1, b)]
                spoken = said[1]
                continue
            if opening_year is not None and a - paragraph_start < 16 and (past is not None or result_hits.first(a, b) is not None):
                opening_year = None  # a paragraph that opens with its year and a report ("Năm 2017, … đã …") reports that year
            if (cue is None and directive is None and clause.rstrip("*_ ").endswith(":")
                    and list_colon.search(low, max(a, b - 12), b) is not None):
                continue  # it only announces the list after it ("… và quán triệt các nội dung trọng tâm như sau:")
            any_verb = activity_hits.first(a, b)
            figure = result_hits.first(a, b) if not ((labelled or targets_listed) and past_hits.first(a, b) is None) else None
            # A figure reached in a year after the page's is a target, not a result: nothing can have been reached yet ("GDP bình
            # quân đạt 7.500 USD/người vào năm 2030" on a page of 2020). (Not with a mark of its own: a cue or a done word decides.)
            ahead = (past is None and cue is None and aims.first(a, b) is None and (
                # (a figure a plan the clause opens with names, after "là" too: "Theo kế hoạch đặt ra, doanh thu hợp nhất năm 2020 là
                # 24.647 tỷ đồng")
                (planned is not None and _FIGURE.search(low, planned.end(), b) is not None)
                or (figure is not None and published_year is not None
                    and _states_later_year(text, years_found, roles, lo, figure, b, published_year))))
            figure = None if ahead else figure
            # The predicate that decides the clause: what a speaker said, when it carries a mark of its own
            # ("Về công tác điều hành giá dịp Tết sắp tới, Thứ trưởng khẳng định ngành đã tổ chức …"), and
            # what comes after "thì" ("những nội dung đã làm tốt thì đánh giá lại …, dứt khoát không …").
            head = _predicate(text, low, a, b, speech_hits, past_hits, task_hits, result_hits, directive_hits, modal_hits)
            if head != a:
                past, cue, figure = past_hits.first(head, b), task_hits.first(head, b), None if ahead else result_hits.first(head, b)
                directive = directive_hits.first(head, b)
            # A manner cue that opens a phrase of its own, its comma and then the main clause's subject or time, says how a narrative
            # goes on, not what is to be done: the main clause's own cues decide ("Tiếp tục đấu tranh, lực lượng công an xác định
            # Nguyễn Văn Bảo …", "Tiếp tục mở rộng điều tra, Phòng Cảnh sát kinh tế tiến hành khám xét …"; not "Tiếp tục cải cách,
            # đơn giản hóa thủ tục …", two verbs of one directive).
            opener = _narrative_opener(text, low, cue, b, task_hits, rules) if cue is not None and cue == head else None
            if opener is not None:
                cue = task_hits.first(opener, b)
            if past is not None and head == a and low.startswith(rules.topic_openers, a) and low.find(",", a, past) < 0 \
                    and low.startswith(_VERB_ASPECT, past) and not low.startswith(_PASSED, past):
                # A done mark of a verb inside the phrase that opens the clause, before its comma and a capitalised subject, qualifies
                # the phrase's noun: "Trong các nhiệm vụ giải pháp đã nêu tại Chỉ thị 24, Thủ tướng nhấn mạnh việc rà soát lại 31 mặt
                # hàng …" is what the subject does, not a report. (Not a time that has passed, "Trong 10 năm qua, …", "Trong hai tháng
                # vừa qua, …", nor a report's source, "Theo báo cáo của …, …": they date the clause.)
                comma = low.find(", ", past, b)
                if comma > 0 and text[comma + 2: comma + 3].isupper():
                    past = past_hits.first(comma, b)
            verb = any_verb if head == a else activity_hits.first(head, b)
            if past is not None and verb is not None and verb < past and low.startswith("đã được", past) \
                    and speech_hits.first(head, past) is None:
                # A passive "đã được" after the clause's verb qualifies a noun ("chú trọng tổng kết … đối với
                # một số vụ án lớn đã được xử lý dứt điểm"): it does not make the clause a report.
                past = past_hits.first(past + len("đã được"), b)
            if past is not None and verb is not None and verb < past and low.startswith("đã ", past) \
                    and _OBJECT_BEFORE.search(low, max(verb, past - 40), past) is not None and speech_hits.first(head, past) is None:
                # So does "đã" right after the plural object of the clause's verb: it opens a relative clause that picks out
                # which ones ("Cơ quan đại diện chủ sở hữu chỉ đạo người đại diện phần vốn nhà nước đôn đốc các doanh nghiệp
                # đã cổ phần hóa thực hiện nghiêm việc đăng ký giao dịch"), not a report of the clause's own verb.
                past = past_hits.first(past + len("đã "), b)
            # The first word that marks the clause as a report: an aspect word or a result with its figure.
            # A directive or cue after it is part of what was done ("Bộ Y tế đã có văn bản đề nghị các
            # chi cục …", "khởi tố 30 vụ án, chuyển cơ quan khác kiến nghị khởi tố 83 vụ", "chỉ ra 3
            # nhiệm vụ trọng tâm").
            if directive is not None and sentence_done and figure is not None and figure > directive:
                # In a sentence of results, a recommendation with no addressee and its figure is one more result, the amount
                # recommended: "Qua đó, đã phát hiện vi phạm 29.510 tỷ đồng, 4.978 ha đất; kiến nghị thu hồi 19.521 tỷ đồng, 4.676 ha đất"
                # (not "…; đề nghị các đơn vị thu …", a directive to someone, nor one a subject of its own gives: "…, Ban IV và các hiệp
                # hội đề nghị bổ sung quy định “giảm 50% tiền thuê đất …”").
                given = directive_hits.first_span(directive, b)
                if _ADDRESSEE.match(text, given[1]) is None and figure - given[1] < 40 and not any(
                        w[0].isupper() for w in text[a:directive].split()):
                    directive = directive_hits.first(given[1], b)
                    cue = task_hits.first(given[1], b) if cue == given[0] else cue
            if past is not None and directive == past + 5 and low.startswith("đang ", past) \
                    and _ADDRESSEE.match(text, directive_hits.first_span(directive, b)[1]) is not None:
                # A directive still in force as the page is written ("Hiện nay, Thủ tướng Chính phủ đang giao Bộ GTVT phối hợp
                # với UBND TP.Hà Nội …"): what it assigns is still to be done, unlike one reported as given ("đã giao …"). Not one
                # with no addressee, which names who asks ("kiểm tra một số hồ sơ XK … của các DN đang kiến nghị thì …").
                past = past_hits.first(directive, b)
            elif past is not None and cue == past + 5 and low.startswith("đang ", past) \
                    and low[cue:task_hits.first_span(cue, b)[1]] in rules.intentions:
                # So is an intention or a target a body holds ("… cũng đang đặt mục tiêu mở rộng thị trường", "Hãng đang lên kế
                # hoạch lắp ráp Fotuner …"): what it aims at is still to be done.
                past = past_hits.first(cue, b)
            report_mark = figure if past is None else past if figure is None or past < figure else figure
            if cue is not None and report_mark is not None and report_mark > cue:
                # A contrast after what is needed, with a result and its figure, reports how things stand: two items ("… tốc độ
                # tăng trưởng số DN hoạt động bình quân 2016-2020 cần đạt 17,7%, nhưng tốc độ thực tế chỉ đạt 14,4%").
                contrast = _CONTRAST.search(low, cue, report_mark)
                if contrast is not None and figure is not None and figure >= contrast.end() and past_hits.first(contrast.end(), figure) is None:
                    clauses[n:n] = [(a, contrast.start()), (contrast.start() + 1, b)]
                    continue
            if report_mark is None and directive is not None:
                # A speech at an event that frames a directive, a subject of its own after its comma, is the event reported; the directive
                # is what is to be done: two items ("Ngoài ra, phát biểu tại hội nghị, Phó Cục trưởng Cục Hải quan Tây Ninh Nguyễn Văn
                # Bổng cũng | lưu ý DN nâng cao mức độ tuân thủ pháp luật").
                # (The subject is the last comma's capitalised words, right before the directive; the directive's part a clause of
                # its own, five words at least: "Phát biểu bế mạc, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đề nghị Chính phủ; …" sets
                # its tasks in the clauses after it, as one.)
                said = speech_hits.first_span(a, directive)
                subject = _NEW_SUBJECT.search(text, max(said[1], directive - 64), directive) if said is not None else None
                if subject is not None and subject.group(1).isupper() and text.count(" ", directive, b) >= 4:
                    clauses[n:n] = [(a, directive), (directive, b)]
                    continue
            if purposes and (report_mark is not None or sentence_done) and a != purposed:
                # What a seizure or a handover leaves to do, its purpose after "để tiếp tục", is a task of its own: "… đã tiến
                # hành tạm giữ toàn bộ phương tiện và hàng hóa | để tiếp tục xác minh, làm rõ, xử lý theo quy định" (and in an
                # item that goes on with such a report: "…; 250 cục sạc bình ắc quy | để tiếp tục xử lý theo quy định").
                # (After an act that hands a case on, not after a noun of basis: "… kết quả quan trọng, có ý nghĩa nền tảng để tiếp tục
                # triển khai các nhiệm vụ …" says what the results allow.)
                rest = min((at for at in (low.find(f" {w} ", report_mark or a, b) for w in purposes) if at > 0), default=-1)
                if rest > 0 and past_hits.first(rest, b) is None and any(low.find(v, s.start, rest) >= 0 for v in handovers):
                    clauses[n:n] = [(a, rest), (rest + 1, b)]
                    purposed = rest + 1  # (it does not go on with the report before it: see goes_on_report)
                    continue
            # A quota with its figure in brackets after a result ("thu được 44.698 tỷ đồng, đạt 66,7% so với chỉ tiêu của Bộ Tài
            # chính giao (67.000 tỷ đồng)") is what the body is to reach, a piece of its own; the result and its share of the quota
            # ("… đạt 66,7%"), and what comes after the quota, are the report. (Not when the share alone would be left, too short
            # to stand as a row: "đạt 100,94% dự toán do Bộ Tài chính giao (9.500 tỷ đồng)" stays the report; nor a quota that is
            # the base of a target set, "Bộ Tài chính giao chỉ tiêu phấn đấu … tăng 5% so với dự toán (331.000 tỷ đồng)", "… nhằm
            # phấn đấu tăng thu 5% so với dự toán (315.000 tỷ đồng)". A share with
            # no verb, after a quota cut before it, goes with nothing: "… (1.260 tỷ đồng) và 52,72% so với chỉ tiêu phấn đấu (…)".)
            quota = quotas.first_span(a, b) if quotas.spans else None
            if quota is not None and quota[0] > a:
                start = quota[0] - 1
                start -= len(_COMPARED) if low.endswith(_COMPARED, a, start) else 0
                if (report_mark is not None and (cue is None or cue > quota[0]) and (report_mark > quota[0] or low.count(" ", a, start) >= 4)) \
                        or (report_mark is None and cue is None and directive is None and activity_hits.first(a, start) is None):
                    rest = quota[1] + 2 if low.startswith(", ", quota[1]) else quota[1] + 1
                    clauses[n:n] = [(a, start), quota] + ([(rest, b)] if b - rest > 10 else [])
                    quoted_quotas.add(quota[0])  # (it is of the year of the report it is part of: see below)
                    continue
            if report_mark is not None:
                # A target a body set, with its figure, is a thing to do, though the clause reports the way
                # towards it: a piece of its own ("Với mục tiêu tăng trưởng GDP đạt 6,5%-7% Quốc hội đề ra …, chúng
                # ta đã đi được …", "… bình quân 6,7% và mục tiêu tăng trưởng GDP năm 2019 … đề ra là 6,6%").
                aim = aims.first_span(a, b)
                if aim is not None:
                    cut = None
                    if aim[0] > report_mark and low.startswith((" và ", ", "), aim[0] - 4):
                        cut = (aim[0] - 4 if low[aim[0] - 2] != "," else aim[0] - 2, aim[0])
                    elif aim[1] < report_mark:
                        comma = low.rfind(", ", aim[1], report_mark)
                        cut = (comma, comma + 2) if comma > 0 else None
                    if cut is not None:
                        clauses[n:n] = [(a, cut[0]), (cut[1], b)]
                        continue
                # A modal verb right after a comma opens a second predicate: a result and then a thing to do
                # are two items ("phân bổ vốn đạt 100% kế hoạch, phấn đấu hoàn thành …", "Cục đã tham mưu,
                # cần …"); a directive verb there shares the report's aspect ("đã phát hiện, kiến nghị …").
                modal = modal_hits.first(report_mark, b)
                second = _SECOND_PREDICATE.search(low, max(report_mark, modal - 30), modal) if modal is not None else None
                if (second is not None and not (second.group(1) and low[second.start()] == ",")
                        and speech_hits.first(report_mark, modal) is None):
                    clauses[n:n] = [(a, second.start()), (second.start(1) if second.group(1) is not None else modal, b)]
                    continue
                # So does a cue of manner right after "và" that follows a verb performing its act as it is said: the act is done as
                # it is said, what goes on after it is still to do ("Cục Hải quan TP. Cần Thơ ghi nhận khó khăn vướng mắc của DN và
                # tiếp tục kiến nghị Tổng cục Hải quan sớm tháo gỡ"). (Not after a report: "đã triển khai … và tiếp tục …" goes on
                # with it; nor a directive, which may be part of the act: "Hoàn đồng ý và yêu cầu chị Hoa chuyển 20 triệu đồng".)
                then = task_hits.first_span(report_mark, b)
                then = then[0] - len(_AND_THEN) if then is not None and low[then[0]:then[1]] in rules.manner_cues \
                    and low.startswith(_AND_THEN, then[0] - len(_AND_THEN)) else -1
                if then > report_mark and past_hits.first(then, b) is None:
                    acts = past_hits.within(report_mark, then)
                    if acts and low[acts[-1][0]:acts[-1][1]] in rules.performatives and result_hits.first(acts[-1][0], then) is None:
                        clauses[n:n] = [(a, then), (then + 4, b)]
                        continue
                # So does a subject of its own after a comma, before a cue or a directive: "Tổng cục đã hoàn
                # thiện việc rà soát …, tháng 7, Tổng cục sẽ rà soát …" reports one thing and sets another.
                # (Not a directive after a time of the past that opens the clause with its comma, which frames the whole sentence: "Trước
                # đó, tại Nghị quyết số 11/NQ-CP …, Thủ tướng Chính phủ giao Bộ Tài chính chủ trì …" reports the directive given then.)
                # (Nor a cue of manner after such a time, which says how the work of that time was done: "Trong 6 tháng qua, Tổng cục
                # Hải quan tiếp tục tập trung triển khai nâng cấp các hệ thống CNTT …" reports.)
                later = min((x for x in (cue, directive) if x is not None and x > report_mark), default=None)
                cut = (_subject_cut(text, report_mark, later, past_hits, result_hits)
                       if later is not None and not ((later == directive or unmannered_hits.first(later, b) is None)
                                                     and _past_opening(low, a, past_hits)) else None)
                if cut is not None:
                    clauses[n:n] = [(a, cut[0]), (cut[1], b)]
                    continue
                # So does a directive or a modal that a document's content opens: what was issued is
                # reported, what it requires is to be done ("… đã ban hành các văn bản gửi các chủ đầu tư,
                # trong đó yêu cầu các chủ đầu tư cập nhật tiến độ …", "đã có những chỉ đạo … về việc cần cải tạo …").
                said = min((x for x in (directive, unmannered_hits.first(report_mark, b)) if x is not None and x > report_mark), default=None)
                content = rules.content[0].search(low, max(report_mark, said - 20), said) if said is not None else None
                # (… and so does a modal that a verb of showing comes just before: "… đã phát sinh một số hạn chế, bất cập cho thấy
                # cần phải nghiên cứu sửa đổi, bổ sung …" reports what was found and sets what is needed.)
                if content is None and modal is not None and modal > report_mark:
                    content = rules.content[1].search(low, max(report_mark, modal - 12), modal)
                if content is not None:
                    clauses[n:n] = [(a, content.start()), (content.start() + 1, b)]
                    continue
                # A directive reported as given, whose content carries a cue of its own, sets what is still to do:
                # "lãnh đạo Cục đã chỉ đạo quyết liệt, yêu cầu các đơn vị trong toàn Cục tiếp tục thực hiện nghiêm …",
                # "Bộ trưởng đã yêu cầu lãnh đạo BV … cần bám sát tiến độ …" (not "đã yêu cầu các chi cục thực hiện thống
                # kê …", which reports what they were told). The directive and its content are a clause of their own.
                given = directive_hits.first_span(report_mark, b) if directive is not None and directive > report_mark else None
                inner = task_hits.first_span(given[1], min(b, given[1] + 80)) if given is not None else None
                # (The report is that of giving it: "đã yêu cầu …", "đã chỉ đạo quyết liệt, yêu cầu …"; not of another act,
                # "đã nộp hồ sơ sai địa điểm hoặc yêu cầu Ban Quản lý … tiếp tục thực hiện …". So is a time of the past that opens the
                # clause, and a comma just after the directive opens what it says: "Mới đây, tại Hội nghị Chính phủ với các địa phương,
                # Tổng bí thư … yêu cầu, năm 2019 cần phấn đấu các chỉ tiêu phải cao hơn năm 2018".)
                if inner is not None and low[inner[0]:inner[1]] not in rules.directive_cues and low.find(",", given[1] + 1, inner[0]) < 0 \
                        and (low.startswith("đã ", report_mark) and given[0] == report_mark + 3
                             or any(v in low[report_mark:given[0]] for v in rules.directing_verbs)
                             or (report_mark == a and _past_opening(low, a, past_hits))):
                    clauses[n:n] = [(a, given[0]), (given[0], b)]
                    continue
                # So does a directive that what was issued conveys, a leader's opinion or conclusion ("Văn phòng Chính phủ có
                # văn bản số 11547/VPCP-CN thông báo ý kiến của Phó Thủ tướng … giao Bộ KH&ĐT tiếp tục giám sát Dự án"): the
                # notice is reported, the directive it carries is to be done, whatever its content. (A directive to someone: whom it
                # addresses follows it, not a noun's complement, "văn bản truyền đạt ý kiến … liên quan tới kiến nghị kéo dài …".)
                if given is not None and rules.conveying.search(low, report_mark, given[0]) is not None \
                        and _ADDRESSEE.match(text, given[1]) is not None:
                    clauses[n:n] = [(a, given[0]), (given[0], b)]
                    conveyed = given[0]  # (it does not go on with the report before it: see goes_on_report)
                    continue
            if directive is not None and report_mark is not None and report_mark < directive:
                directive = None
            # In a passage of tasks, a clause that opens with its verb is a directive ("Bên cạnh đó, tăng
            # cường kiểm tra, không để tái phạm sai phạm đã tồn tại"): an aspect word after that verb belongs
            # to a relative clause, not to the directive; a verb that performs its act may be that verb
            # itself ("Kịp thời biểu dương các mô hình tốt"). A verb phrase that a comma and a subject of its own
            # follow only frames the predicate after them ("Thực hiện chỉ đạo, Tổng cục Hải quan đã xây dựng …").
            # ("được" is no directive's verb: "Tuy nhiên, được sự chỉ đạo sát sao …, Tổng cục đã chỉ đạo …" reports.)
            # (Nor is a verb that a subordinator opens, "Để đạt được kết quả đó, các DN trong Vinatex đã linh hoạt triển khai …", nor
            # one inside the quoted name of a scheme, "Đề án “Xây dựng Hệ thống quản trị Hải quan …” đã cải tiến …".)
            verb = directable_hits.first(head, b)
            imperative = (verb is not None and low.count(" ", head, verb) <= 3 and (
                past is None or (verb < past and not _framed_subject(text, verb, past)
                                 and not low.startswith(rules.subordinate_openers, head) and "“" not in text[head:verb])
                or (verb == past and low[past:past_hits.first_span(past, b)[1]] in rules.performatives)))
            # (So does a clause of such a passage that opens with a verb of directives, whatever activity cue follows:
            # "Kết nối dữ liệu hình ảnh từ các hệ thống camera giám sát, nhận dạng đã trang bị với hệ thống …".)
            imperative = imperative or (past is not None and (goes_on or framed) and head == a
                                        and imperative_opening.match(low, a) is not None and not _framed_subject(text, a, past))
            done = past is not None and not imperative
            # (Nor does a figure after the verb that opens such a clause: it qualifies the verb's object, "Sửa khoản 4 Điều 66 theo
            # hướng cho phép … đối với tàu thuyền có trọng tải từ 200 tấn trở xuống", not a result; a result that opens it, "Giảm 5%
            # …", reports.)
            figure = None if (figure is not None and figure > a and past is None and (goes_on or framed) and head == a
                              and imperative_opening.match(low, a) is not None) else figure
            reports = done or (figure is not None and (cue is None or figure < cue))
            # A report mark before the cue makes it a report, unless a verb of speech comes between: what was
            # said is its own clause ("Với những vướng mắc phát sinh thời gian qua, đại diện Bộ cho rằng,
            # cần bổ sung quy định …").
            # (Not a directive that "và" joins to the reported verb, past a verb of speech too: it shares that verb's subject and
            # aspect, "Cục Phòng vệ thương mại đã gửi Thư tham vấn tới DTI bày tỏ ý kiến về vụ việc và đề nghị DTI loại trừ …".)
            reported = (report_mark is not None and cue is not None and report_mark < cue
                        and (speech_hits.first(report_mark, cue) is None
                             or (low.startswith(_AND_THEN, cue - len(_AND_THEN)) and directive_hits.first(cue, b) == cue)))
            # A manner cue in a phrase that opens the clause says how the report goes on, not what is to be
            # done ("Tiếp tục Chương trình làm việc, sáng 12/7, Ủy ban … đã cho ý kiến …").
            # (A cue after the report mark is part of what was done: "…, Tổng cục đã chỉ đạo các đơn vị …".)
            reported = reported or (done and cue is not None and cue < past and low.find(", ", cue, past) >= 0
                                    and unmannered_hits.first(head, past) is None)
            # A numbered item that reports nothing done is a directive of a list ("8. Xác định rõ trách nhiệm …",
            # "Thứ hai, giải pháp về hoàn thiện hệ thống …").
            listed = not done and a - s.start < 6 and list_item.match(text, s.start) is not None
            is_task = directive is not None or listed or (cue is not None and not reported and kind != "caption")
            # A subjectless clause that opens its sentence with a directive's verb before the page has stated anything else is an
            # imperative: the body of a notice that opens with what it directs ("Tập trung kiểm tra các hành vi lợi dụng tình hình
            # khan hiếm hàng hóa …" under a headline of the Market Surveillance's urgent letter), not the going on of a report.
            # (So is one right after a sentence that reports a notice sent, with no task of its own: the notice's content, "Ngày 29/1,
            # Tổng cục Quản lý thị trường (QLTT) vừa có văn bản hỏa tốc gửi các Cục QLTT … về triển khai công tác phòng, chống dịch
            # Covid-19." / "Tập trung kiểm tra các hành vi …".)
            opening_order = (kind == "body" and (not out or after_notice) and not done and figure is None and head == a
                             and a - s.start < 6 and imperative_opening.match(low, a) is not None and not _capital_after_comma(text, a, b))
            is_task = is_task or opening_order
            # (The "sẽ" after an intention cue or a cue of time decides, as the cue's own would: "kỳ vọng xuất khẩu gạo thơm … sẽ lạc
            # quan hơn", "kinh tế thành phố thời gian tới sẽ tăng trưởng": see _will_after.)
            will = None if not is_task or listed or cue is None else (
                _will_after(low, cue, b, task_hits) if low.find(_WILL_BE, cue, b) >= 0 else cue)
            condition = _PREDICTION.search(low, a, will) if will is not None and low.startswith(_PREDICTED, will) else None
            if condition is not None and (condition.group(2) is not None or (low.startswith("sẽ ", will) and (
                    condition.group(1) is None or (figure is not None and figure > will)))) \
                    and task_hits.first(a, condition.start()) is None and directive_hits.first(a, condition.start()) is None:
                # What would follow from a condition is a prediction ("nếu NK khó khăn, thì nhiều DN sẽ …"; after a comma, a
                # result with its figure: "Nếu không tính dự án này, tổng vốn đầu tư đăng ký tháng 1/2021 sẽ tăng 51,7%", not
                # what a body undertakes to do if need be, "Nếu vượt thầm quyền, đơn vị sẽ báo cáo lên Tổng cục Hải quan"),
                # and so is what a forecast foresees
                # ("dự báo XK cá tra năm 2020 sang Mexico sẽ giảm hơn 50%", "thị trường bảo hiểm Việt Nam được dự báo
                # tiếp tục giữ vững …"), unless a directive comes before it ("yêu cầu … cần bám sát …, bởi nếu không … thì sẽ …").
                continue
            if will is not None and low.startswith(_WILL_BE, will) and directive_hits.first(a, will) is None \
                    and _foresees(low, a, will, rules.prediction_verbs, imperative_opening):
                continue  # "sẽ" and how things will be: a prediction ("Điều này sẽ ảnh hưởng tới …": see _foresees)
            if is_task and not listed and cue is not None and low.find(_WHICH, a, cue) >= 0 and directive_hits.first(a, cue) is None \
                    and _DEFINED.search(low, a, cue) is not None:
                continue  # a modal in the relative clause of what a thing is defined as: no one's task (see _DEFINED)
            if not is_task and not reports:
                is_task = labelled or ahead or (_states_goal(low, a, b, rules.goal, imperative_opening, activity_hits) or aims.first(a, b) is not None
                           or announced.first(a, b) is not None or needs.first(a, b) is not None
                           or (low.startswith("việc", a) and rules.normative.match(low, a) is not None))
            # After a done thing, a clause of its sentence with no cue but a manner cue goes on with it,
            # unless it opens a consequence ("vì vậy"); so does a sentence with no subject after a sentence
            # of done things: "tiếp tục", "khẩn trương" say how the work was done, and a directive there is
            # one that was given ("…; giao các cơ quan chức năng …", "Khẩn trương quán triệt, chỉ đạo …").
            # So does a clause that opens with a year before the one the page's plans are for and has only a manner
            # cue: "Năm 2020, Cục … tiếp tục đẩy mạnh cải cách …" on a page that sets the tasks of 2021; and one with no
            # cue at all that opens with a year before the page's own, whatever task comes before it: "Trong năm 2020,
            # Cục … cũng thực hiện từ chối 71 C/O …" on a page of 2021 reports that year's work.
            opening = _YEAR_OPENING.match(low, a) if directive is None else None
            now = plan_year or published_year
            # (A year after a word of contrast, its comma aside, opens the clause too: "Tuy nhiên, năm 2016 trên địa bàn thành phố
            # các thế lực thù địch tập trung chống phá quyết liệt …" on a page that sets the tasks of 2017.)
            contrasted = (_CONTRAST_YEAR.match(low, a) if opening is None and directive is None and plan_year is not None
                          and cue is not None else None)
            # (So does a part of the year counted from its start: "6 tháng đầu năm, Tổng cục Hải quan quyết liệt kiện toàn …".)
            elapsed = elapsed_opening.match(low, a) if opening is None and directive is None and cue is not None else None
            past_opening = (elapsed is not None and (elapsed.group(1) is None or plan_year is None or int(elapsed.group(1)) < plan_year)) or (
                opening is not None and (
                (plan_year is not None and cue is not None and int(opening.group(1)) < plan_year)
                or (cue is None and now is not None and int(opening.group(1)) < now))) or (
                contrasted is not None and int(contrasted.group(1)) < plan_year)
            # A clause with no cue that gives the hour or the day of its event narrates what happened ("Đến khoảng 7 giờ
            # 50 phút ngày 1/10, phát hiện đối tượng …", "Nhưng bất ngờ, đêm 30/9, địa bàn … xảy ra mưa lớn"): it takes
            # no task from the sentences before it. (Not a deadline, "trước ngày 30/9", nor a document's date.)
            narrated = (cue is None and directive is None and (framed or goes_on or sentence_is_task or after_task)
                        and _narrates_event(low, a, b))
            continuing = (reporting and a - s.start < 6
                          and (imperative_opening.match(low, max(a, verb_at)) is not None or any_verb == a or directive_hits.first(a, b) == a))
            goes_on_report = (past_opening or narrated or (sentence_done and rules.consequence.match(low, a) is None) or continuing
                # (and so does a subject that a word of going on opens, with a cue of manner only: "… đã mua sắm 22 máy
                # phát hiện ma túy. Bên cạnh đó, ngành Hải quan tiếp tục triển khai các giải pháp …")
                or (after_report and a - s.start < 6 and cue is not None and directive is None and rules.connective_lead.match(low, a) is not None
                    and rules.consequence.match(low, a) is None)
                or (opener is not None and after_report)  # (a narrative that goes on after a report: see _narrative_opener)
            ) and not listed and (opener is not None or rules.next_step.match(text, a) is None) and (
                unmannered_hits.first(a, b) is None
                # (a directive inside such a sentence is part of the work it reports: "… . Bên cạnh đó, kiểm tra chặt chẽ …,
                # trong kiểm tra phê duyệt phân luồng tờ khai yêu cầu DN khai báo …"; a modal verb is not: it sets its own aspect)
                or (continuing and all(low[x:y] in rules.directive_cues and not _capital_after_comma(text, a, x)
                                       for x, y in unmannered_hits.within(a, b)))) \
                and aims.first(a, b) is None and not ahead and not opening_order and a != conveyed and a != purposed  # (a target set goes on with no report: "… đạt 6,7% và mục tiêu … là 7%")
            # A clause that opens with the day of the event it reports and sets no task of its own, only naming one in
            # what the event is about ("Ngày 12/1, Tổng cục trưởng … dự, chỉ đạo Hội nghị bàn giải pháp triển khai
            # nhiệm vụ trọng tâm năm 2021"), reports the event.
            if (not goes_on_report and cue is not None and directive is None and any_verb is not None and any_verb < cue
                    and _DAY_OPENING.match(low, a) is not None and set(task_hits.within(a, b)) <= set(frames.within(a, b))):
                goes_on_report = True
            if goes_on_report or b == spoken:  # (the speech reported, cut from what was said: see above)
                is_task, reports = False, True
            # Coordinated clauses of a sentence that sets a task are tasks too ("…; Tăng cường phối hợp …").
            # So does a clause with no mark of aspect after a sentence of its paragraph that set a task: a bare
            # verb takes its aspect from what comes before it ("Thủ tướng yêu cầu các bộ … . Bộ Tài chính nghiên
            # cứu các chính sách …"), unless it reports speech ("…, Thủ tướng nhấn mạnh").
            # (Not after a sentence that reported results and then foresaw one: "Bên cạnh đó, thu từ … là 2 tỷ đồng; …;
            # dự kiến thu từ … là 79,6 tỷ đồng. Trong năm 2020, Cục … cũng thực hiện từ chối 71 C/O …" goes on reporting.)
            # (A verb that performs its act, opening the clause with no subject, is the bare verb of such an item: "Đồng thời,
            # ghi nhận thường xuyên, đầy đủ thời điểm bắt đầu kiểm tra hồ sơ …" after the steps of a plan.)
            # (Not one a done mark after the verb reports: "Biểu dương nhiều địa phương … đã có rất nhiều cố gắng".)
            unmarked = after_task and not after_forecast and speech_hits.first(a, b) is None and (
                past is None or (imperative and past_hits.first(past + 1, b) is None)) and (
                # (A body named with its verb of directives is told to act, whatever "là" follows: "Các địa phương phát huy thế mạnh
                # của các vùng kinh tế trọng điểm, các đô thị lớn là đầu tầu cho phát triển kinh tế – xã hội".)
                not _states_being(low, a, b, activity_hits, imperative_opening, rules.lead_in) or rules.addressee_item.match(text, a) is not None)
            inherited = (framed or goes_on or sentence_is_task or unmarked) and not reports and kind != "caption" and words >= 6
            sentence_reports = sentence_reports or (framed and reports and not is_task and b != spoken)  # (a speech goes on)
            # A result with its figure is a thing done, and so is what goes on with a report.
            # (So is a state or a movement that goes on, "tiếp tục" masked before it: "chỉ số USD tiếp tục giảm mạnh, giúp giá vàng
            # thế giới tiếp tục đi lên".)
            # (So is a verb of action that "đang" marks as under way: "… các địa phương và chủ hàng đang tích cực đẩy nhanh tiến độ tiêu thụ";
            # not a state, "đang có dấu hiệu gia tăng".)
            has_verb = (any_verb is not None or figure is not None or goes_on_report or ongoing.first(a, b) is not None
                        or (past is not None and low.startswith(_UNDER_WAY, past) and imperative_opening.match(low, past + len(_UNDER_WAY)) is not None))
            # An item of a list that a colon opened ("… bao gồm: Đại lý làm thủ tục hải quan; Chủ phương tiện,
            # người được chủ phương tiện … ủy quyền") names a thing, not an action of its own, unless it opens
            # with its verb or carries its own cue.
            item = (cue is None and directive is None and text.find(":", s.start, a) >= 0
                    and list_colon.search(low, s.start, a) is not None and imperative_opening.match(low, a) is None)
            if item and out and out[-1].start >= s.start:
                _extend(out[-1], text, b)
                continue
            if inherited and sentence_is_task and not is_task and not has_verb:
                # A list item with no verb of its own ("…; tuân thủ trung bình và tuân thủ thấp") belongs
                # to the task before it in the sentence, not to a task of its own.
                if out and out[-1].kind == "task" and out[-1].start >= s.start:
                    _extend(out[-1], text, b)
                continue
            is_task = is_task or inherited
            sentence_is_task = sentence_is_task or (is_task and a not in quoted_quotas)  # (a quota measures a report: it sets no task the sentences after go on with)
            is_activity = not is_task and has_verb
            reported_first = reported_first or (is_activity and not sentence_is_task)
            # (A caption shows a photo: it is no report a later sentence goes on with.)
            sentence_done = (sentence_done or (is_activity and kind != "caption")) and not sentence_is_task
            # A clause with no mark of aspect under a paragraph's year after the page's is what is planned for it (see below).
            pending = not (is_task or is_activity) and opening_year is not None and past is None and figure is None and words >= 6
            anaphor = _anaphoric_subject().match(low, a) if directive is None and past is None and figure is None else None
            if anaphor is not None and not any(low[x:y] != "sẽ" for x, y in modal_hits.within(anaphor.end() + 1, b)):
                # "Điều này đòi hỏi …", "Điều này sẽ giúp …": what a situation brings, no one's task (see _anaphoric_subject); not
                # what it asks of someone it names, with a modal verb of their own: "Điều này đòi hỏi ngành điều nói chung, mỗi
                # doanh nghiệp nói riêng phải có tầm nhìn mới …".
                continue
            if not (is_task or is_activity or pending) or (s.kind == "title" and not is_task):
                continue
            # The years the clause states, a comparison's aside ("giảm … so với 6 tháng đầu năm 2016"
            # reports the first half of 2017); the page's own years are settled after the loop.
            lo, hi = bisect.bisect_left(year_starts, a), bisect.bisect_left(year_starts, b)
            stated = [(start, y) for (lead, start, year_end, y), dates, role in zip(years_found[lo:hi], dating[lo:hi], roles[lo:hi])
                      if year_end <= b and not compared(text, lead) and (dates or (is_task and role != "born"))
                      and not (is_task and _in_document_name(text, start))]  # ("… theo Luật Nhà ở năm 2023 để khởi công …")
            years = [y for _, y in stated]
            if is_task and hi > lo and published_year is None:  # (see page_years)
                in_tasks.update(range(lo, hi))
            # (A target with its figure is for the year its clause states: "năm 2020, Cục được giao chỉ tiêu thu …",
            # not for the first of a span: "… đề ra cho giai đoạn 2016-2020".)
            dated = bool(stated) and (rules.deadline.search(low, max(0, stated[0][0] - 30), stated[0][0]) is not None
                                      or (is_task and _due_on(low, stated[0][0])) or (
                is_task and aims.first(a, b) is not None and YEAR_WORD_BEFORE.search(low, max(0, stated[0][0] - 12), stated[0][0]) is not None
                and _SPAN_END.match(text, stated[0][0] + 4) is None))
            if is_task and dated and low[stated[0][0] - 1] in "/-":
                deadlines.append(stated[0][1])
            if is_task:
                if not years:  # "Đến năm 2020, …, phải được kết nối": a year opening the sentence governs its clauses
                    # (not the period of a plan an item before names: "xây dựng Kế hoạch … giai đoạn 2021-2025; khảo sát …")
                    stated = _sentence_year(text, years_found, year_starts, s.start, a, spans=False, deadlines=False)
                    years = [stated] if stated else []
                # The first year the clause states is when its verb is due; a later one names what follows
                # from it ("tổ chức … vào dịp 19/8/2025 để hoàn thành chậm nhất vào cuối năm 2026", "năm 2025
                # phấn đấu tăng trưởng 8% và hai con số trong giai đoạn 2026 – 2030"). The page's plans are
                # for the latest year its task clauses state.
                year = years[0] if years else None
                if not years and a in quoted_quotas:
                    # A quota that a report measures its result by is the one of the report's year ("Năm 2020, … thu đạt 4.290,3 tỷ
                    # đồng, bằng 126% dự toán thu NSNN (3.400 tỷ đồng)" on a page that sets the tasks of 2021): the report's year
                    # from its context, else the year the page reviews (after the loop).
                    year = _context_year(text, years_found, year_starts, s.start, a, b, published_year, dating, paragraph_start)
                    dated = year is not None
                if years:
                    # A target with its figure measured over a period is reached at its end: the span nearest the figure
                    # gives its year ("mục tiêu tăng trưởng GDP đạt 6,5%-7% … cho giai đoạn 2016-2020", "Trung bình giai
                    # đoạn 2021-2030 … đạt khoảng 15%/năm"). Any other period is the stretch the work is done in (see below).
                    ends = {i + 1 for i, (start, _) in enumerate(stated[:-1]) if _SPAN_END.match(text, start + 4) is not None} \
                        if isinstance(stated, list) else set()
                    aimed = _aim_over_span(text, low, a, b, stated, ends, aims, rules.result[0]) if ends else None
                    if aimed is not None:
                        year, dated = aimed, True
                    stated_task[aimed or max(years)] += 1
                    for i in ends if aimed is None else ():
                        periods.setdefault(stated[i][1], stated[i - 1][1])
            elif kind == "caption" and published_year:
                year = published_year  # a photo shows the event the page reports, on its date
            else:
                spanned = False
                if len(stated) == 2 and years[0] < years[1] and _FROM_TO.match(low, stated[0][0], stated[1][0]) is not None \
                        and _FROM.search(low, max(a, stated[0][0] - 30), stated[0][0]) is not None:
                    years = years[1:]  # a change or a span reports where it reached: "từ 36,7% năm 2015 lên 46% năm 2019"
                elif (len(stated) == 2 and years[0] < years[1] and (years[1] <= published_year if published_year else years[1] < latest)
                      and _SPAN_END.fullmatch(text, stated[0][0] + 4, stated[1][0]) is not None
                      and horizon.search(low, a, stated[0][0]) is None):
                    # So does a period that ended by the page's date (before the latest year an undated page names): "nhiều
                    # công trình … đã hoàn thành trong giai đoạn 2016 – 2019"; not the period a plan or a need is for,
                    # which reaches further or which a plan's noun names ("Kế hoạch tổng thể … giai đoạn 2021-2025"). (It does not
                    # tell which year the page reviews.)
                    years, spanned = years[1:], True
                # (A clause that opens with its year is of that year, whatever others it names: "riêng trong năm 2017, tổng quy
                # mô vốn nhà nước … đạt trên 160.000 tỷ đồng, bằng 81,5% … giai đoạn 2011 – 2015".)
                opens = _YEAR_OPENING.match(low, a) if len(set(years)) > 1 else None
                year = years[0] if len(set(years)) == 1 or (opens is not None and int(opens.group(1)) == years[0]) else _context_year(text, years_found, year_starts, s.start, a, b, published_year, dating, paragraph_start)
                if year and published_year and year > published_year:
                    # Done by the page's date: a later year in the clause names what the work is for
                    # ("hoàn tất … BGĐ năm 2026" on a page of 2025).
                    year = published_year
                if len(set(years)) == 1 and not pending and not spanned:
                    stated_done[year] += 1
            # A clause that opens with the day and month of its event, no year, narrates the page's event ("Chiều 25/5, tại Hà Nội,
            # Ban Chỉ đạo … tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ … năm 2016, triển khai nhiệm vụ năm 2017"): it
            # happened when the page was written, whatever year it is about; so do the clauses of its paragraph after it that state
            # no year ("Chủ tịch UBND thành phố Hà Nội Nguyễn Đức Chung chủ trì hội nghị."). (See below for an undated page.)
            day = _DAY_OPENING.match(low, a) if not is_task else None
            if day is not None and day.group().count("/") == 1:
                event = (s.paragraph_no, int(day.group().rsplit("/", 1)[1].rstrip(",) ")))
            elif event is not None and (event[0] != s.paragraph_no or stated):
                event = None
            # A clause with no aspect word that states a year after the page's is not done yet: see below.
            # (Not a year a plan is for, nor a span's end: "nhiệm kỳ 2025-2030" names a term, not a date.)
            due = None
            if not is_task and past is None and figure is None and not goes_on_report:
                due = max((y for (lead, start, year_end, y), dates in zip(years_found[lo:hi], dating[lo:hi])
                           if year_end <= b and dates and not compared(text, lead) and _SPAN_END.search(text, max(a, start - 3), start) is None
                           and _SPAN_END.match(text, year_end) is None and planned_for.search(low, max(0, lead - 25), start) is None),
                          default=opening_year if speech_hits.first(a, b) is None else None)
            paragraph_reported = paragraph_reported or is_activity
            paragraph_directed = paragraph_directed or (is_task and directive is not None and _ADDRESSEE.match(
                text, directive_hits.first_span(directive, b)[1]) is not None)  # (to someone: "yêu cầu Cục …", not "yêu cầu hỗ trợ")
            ends_reporting = is_activity
            out.append(Commitment("task" if is_task else "activity", year, clause, _category(low, a, b, keywords, category_of), a, b, [(a, b)],
                                  event=event[1] if event is not None and not is_task else None,
                                  # (a directive a notice conveys was set on the notice's date: "Ngày 19/12/2019, Văn phòng Chính phủ có
                                  # văn bản … giao Bộ KH&ĐT tiếp tục giám sát Dự án; chủ trì, … chuẩn bị báo cáo Quốc hội …")
                                  dated=is_task and (dated or (0 <= conveyed <= a and year is not None)), due=due, pending=pending,
                                  just=not is_task and past is not None and low.startswith(_JUST, past) and not low.startswith(_PASSED, past)))
        # (A sentence that only reported opens no passage, whatever directive it holds: that was part of the work
        # it reports, "Bên cạnh đó, kiểm tra chặt chẽ …, trong kiểm tra … yêu cầu DN khai báo …".)
        framed = (framed and not (sentence_reports and not sentence_is_task)) or (frames_next and not sentence_done)
        headed = headed and framed
        targets_listed = (targets_listed and framed) or (listing is not None and goals_listed) or (targets_announced and framed)
        after_task, after_report = sentence_is_task, sentence_done
        after_notice = sentence_done and _notice_sent().search(low, s.start, s.end) is not None
        # (… and so does a sentence that closes on a result after what was needed: "… cần đạt 17,7%, nhưng tốc độ thực tế chỉ đạt
        # 14,4%. Chính sách khuyến khích chuyển đổi hộ kinh doanh lên DN chưa đủ hấp dẫn" goes on with how things stand.)
        after_forecast = sentence_is_task and (reported_first or ends_reporting)
        if flow is not None:
            (framed, headed, targets_listed, last_paragraph, paragraph_start, after_task, after_forecast, after_report,
             task_run, paragraph_reported, opening_year, paragraph_directed) = flow
    shot = photo_date(sentences) if published_year is None else None
    # (The days of the page's events are looked for only where its photos may date it: a page whose text names no year that dates a
    # done thing, "sinh năm 1975" aside.)
    photo = photo_year(shot, _event_months(low) if shot is not None and not any(dating) else ())
    reviewed, target = page_years(text, published_year, years_found, stated_done, stated_task, roles, low, sorted(deadlines),
                                  photo, in_tasks)
    if target in periods and reviewed is not None and periods[target] > reviewed:
        # The page's plans reach the end of a period that starts after the year reviewed: its tasks, the work of that period,
        # start in its first year ("… thực hiện thắng lợi nhiệm vụ … phong trào thi đua giai đoạn 2021 – 2025" on a page that
        # reviews 2020). (A period under way, "Kế hoạch hành động … giai đoạn 2018 – 2020" on a page of 2018, keeps its end.)
        target = periods[target]
    now = published_year or reviewed
    # A second opinion on each clause's kind, learned from the gold pages (kinds.py): before the years, which follow the kind.
    starts = [s.start for s in sentences]
    for c in out:
        if c.kind is not None and not c.pending:
            s = sentences[max(0, bisect.bisect_right(starts, c.start) - 1)]
            c.kind = decide_kind(low, c.start, c.end, c.kind, c.year, now, (s.start, s.end), s.kind, c.evidence)
    for c in out:
        if c.kind == "activity" and c.due and now and c.due > now:
            # What a clause with no aspect word places after the page's year is planned, not done ("Đại hội …
            # tổ chức vào đầu năm 2026" on a page of 2025). (A figure reports, whatever it is about: "Tại dự
            # thảo bảng giá đất năm 2026, giá đất nông nghiệp tăng từ 1-2,2 lần".)
            c.kind, c.year = "task", c.due
        elif c.pending:
            c.kind = None
        if c.event and c.kind == "activity" and reviewed:
            # The page's event is of the year it was written; an undated page that reviews a year and sets the next year's tasks
            # holds its review from that year's last weeks to the next spring: an event before December is of the year after.
            c.year = published_year or (target if target == reviewed + 1 and c.event < 12 else c.year)
        if c.just and c.year is None and c.kind == "activity" and shot and shot[1] > 1 and reviewed and shot[0] > reviewed:
            # What a page's news has just done ("Tổng cục trưởng Tổng cục Hải quan Nguyễn Văn Cẩn vừa ký Quyết định 2219/QĐ-TCHQ gia
            # hạn áp dụng doanh nghiệp ưu tiên …") happened as the page was put online, in the year of its photos, not in the years
            # of the history it reviews ("Công ty … được công nhận doanh nghiệp ưu tiên lần đầu năm 2017"). (Not a photo put online
            # in January, which may show the news of the December before: "Chính phủ vừa ban hành Nghị quyết số 161/NQ-CP …".)
            c.year = shot[0]
        if c.year is None:
            c.year = reviewed if c.kind == "activity" or c.start in quoted_quotas else target
        elif c.kind == "task" and target and c.year < target and (reviewed is None or c.year <= reviewed) \
                and not (published_year and c.year >= published_year) \
                and not (c.dated and (published_year is None or c.year >= published_year - 1)):
            # A past year in a task names what it builds on ("phát huy kết quả năm 2020"); a date is a
            # deadline ("hoàn thành … trước ngày 30/9/2020", "trong tháng 10/2020").
            c.year = target
    rows = [c for c in out if c.kind is not None]
    if headline_end and any(c.kind == "task" and c.start >= headline_end for c in rows):
        # A body that sets tasks states them in its own words: the headline only sums them up ("Tăng cường kỷ cương kỷ luật công vụ
        # trong thực hiện nghiệp vụ" over "… Hải quan Hải Phòng sẽ cải tiến công tác quản lý nội bộ …").
        rows = [c for c in rows if c.start >= headline_end]
    return _merge_repeats(rows, low, quoted_quotas)


# The words a heading holds at most, and a caption under a photo (see find_commitments).
_HEADING_WORDS = 40
_CAPTION_WORDS = 30
_CAPTION_SENTENCES = 3  # (the sentences of a caption's paragraph that make it prose: see find_commitments)
# Whom a directive in a heading addresses: a list ("các bộ, ngành", "những địa phương"), a name ("Bộ Tài
# chính") or a colon; a heading naming a form or a label ("GIẤY ĐỀ NGHỊ", "Nội dung đề nghị hoàn trả:")
# addresses no one and heads no passage of tasks.
_ADDRESSEE = re.compile(r"[\s*_]*(?::|các\b|những\b|[A-ZĐ])")
# A condition and its consequence after "thì", which state how things would be (_states_being; before a "sẽ",
# _PREDICTION reads the condition): "Nếu chỉ người Việt phát triển thì năng lực không chạy kịp với thế giới".
_CONDITION = re.compile(r"(?<!\w)nếu\s[^.;]*\sthì\s[^.;]*$")
# A condition closed by "thì" or by its comma (group 1), or a verb of forecasting or expecting (group 2), its comma or none, before
# the "sẽ" (or, after a forecast, the "tiếp tục") of what it foresees ("PJICO ước tính, doanh thu bảo hiểm hàng không sẽ sụt giảm
# …", "Các doanh nghiệp TPHCM kỳ vọng, cả kim ngạch xuất khẩu và nhập khẩu … sẽ tăng"; "kỳ vọng," is no cue: see cue_exceptions);
# "dự báo được" is the ability to forecast, no forecast made ("cần dự báo được tình hình").
_PREDICTION = re.compile(r"(?<!\w)(?:nếu\s[^.;]*(?:\sthì|(,))|(dự báo|dự đoán|ước tính|kỳ vọng)(?!\s+được\b),?)\s[^.;]*$")
_PREDICTED = ("sẽ ", "tiếp tục ")
# What a thing is, "là" and a noun, then "mà" and the relative clause that says who must or will deal with it, up to its modal: "Thuế
# môn bài cũng là một loại thuế mà doanh nghiệp cần phải đóng hàng năm", "Tài khoản 111 là tài khoản mà kế toán nào cũng phải biết"
# define a thing, no one's task (not "không chỉ là … mà còn phải …", not only … but also).
_DEFINED = re.compile(r"\slà\s[^,;:.]*?\smà\s+(?!còn\s)[^,;:.]*$")
_WHICH = " mà "  # (a page's clause that holds none is not searched: see find_commitments)
# A formula ("Số thuế GTGT phải nộp = Thuế GTGT đầu ra – Thuế GTGT đầu vào": its "phải nộp" names the amount due) and
# a clause that opens with "ví dụ như" or "chẳng hạn như" ("Ví dụ như thuế tiêu thụ đặc biệt sẽ đánh vào rượu bia, thuốc
# lá, xe ô tô nhập khẩu") show what a rule or a kind is like: neither is anyone's task or act. (A bare "Ví dụ," may open
# a speaker's own case, "Ví dụ, tôi đang phải mời nhà đầu tư …", which is told as any other.)
_EXAMPLE = re.compile(r"[*_\s]*(?:ví dụ|chẳng hạn)\s+như\s")
# A modal verb right after the "thì" of a condition: what the condition requires ("… thì phải xử lý bằng một nghị quyết").
_RULE_AFTER_THEN = re.compile(r"\sthì\s+(?:phải|cần|nên)\s")
# From one year to a later one: "từ năm 2016 đến tháng 11 năm 2018", "từ 36,7% năm 2015 lên 46% năm 2019"
# (_FROM_TO runs from the first year to the second, _FROM looks for "từ" before the first).
_FROM_TO = re.compile(r"\d+[^,;.]*?\s(?:đến|tới|lên|xuống)\s[^,;]*$")
_FROM = re.compile(r"(?<!\w)từ\s[^;]*$")
# A period of the current year named without the year: "6 tháng đầu năm", "quý III", "tháng 7", "từ đầu năm".
_THIS_YEAR = re.compile(r"\b(?:\d+ tháng (?:đầu|qua)|quý [IV1-4]+|tháng \d{1,2}(?![/\d])|từ đầu năm|đầu năm nay|năm nay)\b", re.IGNORECASE)


# Where a second predicate opens after a report: right after a comma ("đạt 100% kế hoạch, phấn đấu …";
# group 1 empty), or after "và", "nhưng" and at most one verb of two syllables ("nhất trí chủ trương và cam
# kết sẽ đồng hành …", "đồng ý … nhưng phải bảo đảm …"); group 1 is where the second item starts. (Not after
# "và" with an object between: "đã kiểm tra 30 lô và phát hiện 5 lô hàng phải …" qualifies a thing.)
# (And after "là" right before the modal: the content of a requirement a report names, "con số này chưa đạt được yêu cầu của
# Chính phủ đặt ra là phải giảm được dưới mức 10%".)
_SECOND_PREDICATE = re.compile(r"(?:,\s+|\s(?:và|nhưng|song)\s+)((?:[^\s,]+\s+){0,2})$|\s(?=là\s+$)")
# A subject of its own after a comma: a capitalised word (group 1) and no comma up to the cue or directive that
# follows ("Về vấn đề môi trường, vừa qua vẫn xảy ra …, Thủ tướng đề nghị Bộ …", "…, tháng 7, Tổng cục Hải
# quan sẽ rà soát …"); what was done before it is not what the directive reports. (No comma, no new
# subject: "Bộ Y tế đã có văn bản đề nghị …"; no capital: "đã phát hiện, kiến nghị khởi tố …".)
_NEW_SUBJECT = re.compile(r",\s+(\w)[^,;:.]{0,60}$")
# A subject after the first comma of a clause that opens with its verb: a capital ("Thực hiện chỉ đạo, Tổng cục …").
# (The capital is checked with str.isupper: a range "À-Ỹ" holds lower-case letters too, "đ" and "ư" among them.)
_FRAMED_SUBJECT = re.compile(r",\s+(\w)")
_SUBJECT_REACH = 48  # (how far before its report mark a subject's comma may stand: see _framed_subject)
_BY_YEAR = ("đến năm ", "tới năm ", "vào năm ")  # (the year by which a figure is to be reached: see _states_later_year)


def _states_later_year(text: str, years_found, roles, lo: int, figure: int, b: int, published_year: int) -> bool:
    """Whether a clause's result, from its verb at `figure` to `b`, states a year after the page's own (the clause's years from
    index `lo` of years_found): the year a thing is to be reached by ("đạt 7.500 USD/người vào năm 2030"), not one a comparison
    names ("so với năm 2019"), a span's start ("từ năm …" to now) nor a document's name; nor a year before the result, which
    frames it ("Tại Dự thảo BGĐ năm 2026, giá đất nông nghiệp tăng từ 1-2,2 lần" states what the draft sets out), unless it is the
    year by which it is to be reached ("Về sản lượng thịt xẻ các loại, đến năm 2025 đạt từ 5,0 đến 5,5 triệu tấn"), nor one after a
    comma or "và", which belongs to what comes next."""
    for (lead, start, end, y), role in zip(years_found[lo:], roles[lo:]):
        if start >= b or end > b:
            return False
        if start < figure and not text[max(0, start - 9): start].lower().endswith(_BY_YEAR):
            continue  # (a year before the result frames it, unless it is the year by which it is to be reached: "đến năm 2025 đạt …")
        if start > figure and (text.find(", ", figure, start) >= 0 or text.find(" và ", figure, start) >= 0):
            return False  # (a year after a comma or "và" belongs to what comes next: "đạt 6,7% và mục tiêu … năm 2025 …")
        if y > published_year and role not in ("since", "born", "term") and not compared(text, lead) and not _in_document_name(text, start):
            return True
    return False


def _framed_subject(text: str, verb: int, past: int) -> bool:
    """Whether a capitalised subject follows the first comma after `verb` or the last one before the report mark at `past`
    (the frame's object may hold a list: "Triển khai quyết liệt các nghị quyết của Chính phủ …, kế hoạch của Bộ Tài chính,
    Tổng cục Hải quan đã ban hành …"; a subject is a name of a few words, just before the mark: not a capitalised noun listed
    further back, "…, hoàn chỉnh các Nghị quyết, Báo cáo và các văn bản … mà Ủy ban … đã cho ý kiến")."""
    return any(m is not None and m.group(1).isupper()
               for m in (_FRAMED_SUBJECT.match(text, max(verb, at)) for at in {text.find(",", verb, past), text.rfind(",", max(verb, past - _SUBJECT_REACH), past)}))


# A comma and a word of contrast that opens a clause of its own (see find_commitments).
_CONTRAST = re.compile(r",\s+(?:nhưng|song|tuy nhiên)\s")
# A modal verb before a result's figure (see find_commitments).
_MODAL_FIGURE = re.compile(r"(?<!\w)(?:phải|cần|sẽ) ")
# A plural object just before a position: "các doanh nghiệp " (see find_commitments: "đã" after it opens a relative clause).
_OBJECT_BEFORE = re.compile(r"(?<![,;:])\s(?:các|những)\s+(?:[^\s,;.:]+\s+){1,3}$")  # (not a subject after a comma: "…, các ngành đã …")
# "việc" and a verb of one or two words just before a position.
_NOMINALISED = re.compile(r"(?<!\w)việc\s+\w+(?:\s+\w+)?\s+$")
# What follows a verb of speech that reports what was said: a comma, a colon, "rằng" or "là", or a capital (a subject).
_SAYS = re.compile(r"\s*[,:]|\s+(?:rằng|là)(?!\w)|\s+[A-ZĐÂĂÊÔƠƯ]")
# A word just before a position, its first letter in group 1; the first letter of the word just after one.
_WORD_BEFORE = re.compile(r"(\w)\w*\s+$")
_WORD_AFTER = re.compile(r"\s+(\w)")
# An abbreviation's stop just before a position, a word or two capitals before it ("TP. ", "TP.", "Q. ").
_ABBREVIATION_BEFORE = re.compile(r"(?<!\w)[A-ZĐ][A-Za-zĐđ]{0,2}\.\s*$")


def _in_name(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is written as a word of a name: capitalised (not in capitals, as a heading is), after a
    capitalised word and before none, the last word of a person's name ("Trần Văn Cần, Chủ tịch …"); or a single
    syllable inside a sentence, after a word or an abbreviation's stop, before another capitalised syllable, the
    first of a place's or a body's name ("Cục Hải quan TP. Cần Thơ", "Chi cục … Cảng Cần Thơ"). (A cue that opens a
    sentence or a clause before a name is none: "Giao Bộ Tài chính chủ trì …", "…: Cần Bộ …".)"""
    if not (text[a].isupper() and text[a + 1: a + 2].islower()):
        return False
    before, after = _WORD_BEFORE.search(text, max(0, a - 20), a), _WORD_AFTER.match(text, b)
    if after is not None and after.group(1).isupper():
        # (The word before on the same line: a paragraph may open with the cue, "…\n\nGiao Bộ Tài chính …".)
        return " " not in text[a:b] and ((before is not None and "\n" not in text[before.start():a])
                                          or _ABBREVIATION_BEFORE.search(text, max(0, a - 6), a) is not None)
    return before is not None and before.group(1).isupper()


def _capital_after_comma(text: str, start: int, end: int) -> bool:
    """Whether a comma in text[start:end] has a capital after it: a subject of its own ("…1,8%”, Phó Thủ tướng … đề nghị …")."""
    return any(m.group(1).isupper() for m in _FRAMED_SUBJECT.finditer(text, start, end))


# A short phrase of time before that subject goes with it ("…, tháng 7, Tổng cục …").
_TIME_BEFORE = re.compile(r",\s+[^\s,]+(?:\s[^\s,]+)?$")


def _subject_cut(text: str, mark: int, at: int, *marks: "_Hits") -> tuple[int, int] | None:
    """(end of the report, start of the second predicate) where a subject of its own opens after a comma
    between the report mark at `mark` and the cue or directive at `at`, with no report mark (`marks`)
    between it and that word ("thời gian qua, Chính phủ đã tập trung chỉ đạo …" is one report); else None."""
    subject = _NEW_SUBJECT.search(text, max(mark, at - 64), at)
    if (subject is None or not subject.group(1).isupper()  # (a capital with its mark too: "Ủy ban")
            or any(m.first(subject.start(), at) is not None for m in marks)):
        return None
    time = _TIME_BEFORE.search(text, mark, subject.start())
    if time is not None and any(ch.isdigit() for ch in time.group()):
        return time.start(), time.start() + 1
    return subject.start(), subject.start() + 1


def _aim_over_span(text: str, low: str, a: int, b: int, stated: list[tuple[int, int]], ends: set[int], aims: "_Hits",
                   result: re.Pattern) -> int | None:
    """The year of a target with its figure whose clause text[a:b] states only periods (`stated`: its years, `ends`: the
    indexes of those that end a span): the end of the span nearest the figure; None when the clause states a year
    of its own or no figure to reach."""
    if any(i not in ends and i + 1 not in ends for i in range(len(stated))):
        return None  # a year of its own beside the period ("năm 2025 phấn đấu … đạt 8% trở lên và … giai đoạn 2026 – 2030")
    aim = aims.first_span(a, b)
    at = aim[1] if aim is not None else (m.end() if (m := result.search(low, a, b)) is not None else None)
    if at is None:
        return None
    best = None
    for i, (start, y) in enumerate(stated):
        if i in ends:
            continue
        end_i = i + 1 if i + 1 in ends else i
        gap = min(abs(at - start), abs(at - stated[end_i][0]))
        if best is None or gap < best[0]:
            best = (gap, stated[end_i][1])
    return best[1] if best else None


def _sentence_year(text: str, years_found, year_starts, sentence_start: int, clause_start: int,
                   dating: list[bool] | None = None, spans: bool = True, deadlines: bool = True) -> int | None:
    """The last year stated earlier in the sentence, a comparison ("so với năm 2016") aside, and with
    `dating`, only the years it marks True; with `spans` False, not a year joined to another by a dash; with
    `deadlines` False, not the deadline of an earlier item ("… giảm 10% đơn vị sự nghiệp công lập đến năm 2021; tiếp
    tục triển khai …": that item's own), unless it opens the sentence ("Đến năm 2020, …, phải được kết nối")."""
    lo, hi = bisect.bisect_left(year_starts, sentence_start), bisect.bisect_left(year_starts, clause_start)
    up_to = year_frames()[6]
    for i in range(hi - 1, lo - 1, -1):
        lead, start, end, year = years_found[i]
        if not compared(text, lead) and (dating is None or dating[i]) and (
                spans or (_SPAN_END.search(text, max(0, start - 3), start) is None and _SPAN_END.match(text, end) is None)) and (
                deadlines or lead - sentence_start < 25 or up_to.search(text[max(0, start - 20):start].lower()) is None):
            return year
    return None


# What comes before a year that opens a clause (see _context_year): a comma, a colon or a full stop, then "Trong".
_TOPIC_YEAR = re.compile(r"[,.;:]\s+(?:[Tt]rong\s+)?$")


def _context_year(text: str, years_found, year_starts, sentence_start: int, clause_start: int, clause_end: int,
                  published_year: int | None, dating: list[bool], paragraph_start: int = 0) -> int | None:
    """The year of an activity whose clause names none: the last year stated earlier in its sentence
    (not a comparison, "so với năm 2016"), else the page's own year when the sentence names a period of
    it ("6 tháng đầu năm" on a page of July) or places the clause at the event the page reports ("Tại
    hội nghị, …"), else the year that opens a clause earlier in its paragraph (which starts at `paragraph_start`),
    else None: the year the page reviews."""
    stated = _sentence_year(text, years_found, year_starts, sentence_start, clause_start, dating)
    if stated:
        return stated
    if published_year and _THIS_YEAR.search(text, sentence_start, clause_start):
        return published_year
    if published_year and year_frames()[5].search(text, sentence_start, clause_end):
        return published_year  # said or done at the event the page reports, on its date
    # Else the year that opens a clause earlier in its paragraph, its topic: "năm 2018 khép lại với … . Theo đó, tăng trưởng
    # kinh tế đạt mức 7,08%", and one that opens a quotation, "“Năm 2019, các DN … đã XK … . Các DN này đã tạo việc làm …”" (not a
    # year inside a clause, "dự án khởi công năm 2015", which dates that clause alone).
    lo, hi = bisect.bisect_left(year_starts, paragraph_start), bisect.bisect_left(year_starts, sentence_start)
    for i in range(hi - 1, lo - 1, -1):
        lead, start, end, year = years_found[i]
        if dating[i] and lead < start and (_TOPIC_YEAR.search(text, max(paragraph_start, lead - 12), lead) is not None
                                          or text[paragraph_start:lead].strip(" *_“\"").lower() in ("", "trong")) \
                and _SPAN_END.match(text, end) is None:
            return year
    return None


def _predicate(text: str, low: str, a: int, b: int, speech: _Hits, past: _Hits, cues: _Hits, results: _Hits, directives: _Hits, modals: _Hits) -> int:
    """Where the predicate that decides the clause low[a:b] starts: after a verb of speech when what was
    said carries a mark of its own, then after a "thì" that a report mark comes before and a cue after
    (what comes before "thì" is the topic: "những nội dung đã làm tốt thì đánh giá lại …"); else at a.
    A verb of speech after a modal verb, with its object right after it, is part of what the modal sets: "đồng chí sẽ đưa
    VNPT …, khẳng định vị thế …" (not "… đang phải đối diện, lãnh đạo Bộ khẳng định, Bộ Công Thương sẽ …", nor a
    capitalised "Cần" of a place: "lãnh đạo Chi cục Hải quan cửa khẩu Cảng Cần Thơ cho biết …")."""
    head = a
    said = speech.first_span(a, b)
    if said is not None and (all(text[m].isupper() for m, _ in modals.within(a, said[0])) or _SAYS.match(text, said[1]) is not None) \
            and any(h.first(said[1], b) is not None for h in (past, cues, results, directives)) \
            and not _joined_directive(low, said, b, past.first(a, said[0]), (past, cues, results, directives)):
        head = said[1]
    then = low.find(" thì ", head, b)
    if then >= 0 and cues.first(then, b) is not None and (past.first(head, then) is not None or results.first(head, then) is not None):
        head = then + len(" thì ")
    return head


def _joined_directive(low: str, said: tuple[int, int], b: int, before: int | None, marks: tuple) -> bool:
    """Whether, after a report mark (`before`), the first mark after the verb of speech `said` is a directive that "và" joins to it:
    a second verb of the reported act, sharing its subject and aspect, not what was said ("… đã gửi Thư tham vấn tới DTI bày tỏ ý
    kiến về vụ việc và đề nghị DTI loại trừ …")."""
    if before is None:
        return False
    first = min((at for at in (h.first(said[1], b) for h in marks) if at is not None), default=None)
    return first is not None and marks[3].first(first, b) == first and low.startswith(_AND_THEN, first - len(_AND_THEN))


_ADVICE = "nên"  # (see _advice)
_WILL = " sẽ "  # (a change it foresees: see _changes)
_WILL_BE = "sẽ "  # (the cue before a prediction verb: see find_commitments)
_VERB_ASPECT = ("đã ", "đang ", "vừa ")  # the done marks that stand before a verb (see find_commitments) …
_PASSED = "vừa qua"  # … and not the time that has passed
_OF = " của "  # (after a verb of speech, makes it a noun: see speech_hits in find_commitments)
_JUST = "vừa "  # (the done mark of what has just been done: see Commitment.just; "vừa qua" names a time that has passed, with its year)
_UNDER_WAY = "đang "  # (the done mark of what is under way: see has_verb in find_commitments)
_FIGURE = re.compile(r"(?<![\w/])\d[\d.,]*\s*(?:%|tỷ|triệu|nghìn|tấn|usd)")  # (a figure with its unit: see find_commitments)
_COMPARED = " so với"  # (a share of a quota: "đạt 66,7% so với chỉ tiêu …")
_AND_THEN = " và "  # (a cue right after it, after a verb that performs its act: see find_commitments)


def _will_after(low: str, cue: int, end: int, cues: _Hits) -> int:
    """Where the "sẽ" stands that decides whether the clause whose first cue is at `cue` (and which ends at `end`) foresees: the
    first "sẽ" among its cues, when only passing cues (see _passing_cues) come before it: an intention cue, which opens what it
    expects or plans ("kỳ vọng các doanh nghiệp của Bulgaria sẽ nhập khẩu …", "Hoạt động xây dựng dự kiến cũng sẽ hồi phục …"), or a
    cue of time ("kinh tế thành phố thời gian tới sẽ tăng trưởng", "Những chứng thư số … trước ngày 17/7/2019 sẽ hết hạn …"); else
    the cue (not "cần …, nếu không sẽ …", whose task is the modal's, nor "việc cam kết cắt giảm thuế quan của Trung Quốc … sẽ mở
    ra …", a commitment)."""
    passing = _passing_cues()
    for a, b in cues.within(cue, end):
        if low.startswith(_WILL_BE, a):
            return a
        if low[a:b] not in passing:
            break
    return cue


@lru_cache(maxsize=1)
def _passing_cues() -> set[str]:
    """The task cues that a "sẽ" after them decides for: the intention cues ("kỳ vọng", "dự kiến") and those that name a time
    ("thời gian tới", "trước ngày"): see `_about_forecasts` in commitments.json."""
    d = data_json("commitments.json")
    words = {p.lower() for p in d["time_cues"]}
    if not words <= {p.lower() for p in d["task_cues"]}:
        raise ValueError("commitments.json: every time cue must be a task cue too")
    return words | {p.lower() for p in d["intention_cues"]}


@lru_cache(maxsize=1)
def _foresight() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(the words that may stand between "sẽ" and its verb; a comparative a word or two after them; a word of likelihood just
    before "sẽ"; a noun of quantity or measure that opens a subject; a share of a population that opens one; a word of degree
    before a state, no modal verb after it): see `_about_forecasts`, `_about_share_approximators` and `_about_state_degrees` in
    commitments.json."""
    d = data_json("commitments.json")
    between = re.compile(r"(?:" + alternation({p.lower() for p in d["forecast_adverbs"]}) + r"\s+)*")
    comparative = re.compile(r"(?:[^\s,.;:]+\s+){1,2}" + whole_words({p.lower() for p in d["comparatives"]})
                             + r"(?!\s+" + alternation({p.lower() for p in d["comparative_exceptions"]}) + r"(?!\w))")
    likely = re.compile(whole_words({p.lower() for p in d["likelihood_words"]}) + r"\s+(?:cũng\s+|vẫn\s+)?$")
    quantity = re.compile(r"[*_\s“\"]*(?:" + alternation({p.lower() for p in d["quantity_determiners"]}) + r"\s+)?"
                          + whole_words({p.lower() for p in d["quantity_nouns"]}))
    share = re.compile(r"[*_\s“\"]*(?:" + alternation({p.lower() for p in d["share_approximators"]}) + r"\s+)?\d+(?:[.,]\d+)?\s?%\s")
    state = re.compile(whole_words({p.lower() for p in d["state_degrees"]})
                       + r"\s+(?!" + alternation({p.lower() for p in d["modal_verbs"]}) + r"(?!\w))")
    return between, comparative, likely, quantity, share, state


_PASSIVE = "được "  # (what a plan will have done to a thing: see _foresees)


def _foresees(low: str, a: int, will: int, verbs: re.Pattern, imperative_opening: re.Pattern) -> bool:
    """Whether the "sẽ" at `will`, in the clause that opens at `a`, foresees how things will be rather than sets what someone is to
    do: before one of `verbs`, an effect, a change or a state ("Điều này sẽ ảnh hưởng tới …", "Việt Nam sẽ trở thành địa điểm
    đầu tư lý tưởng"), or a comparative ("Mức độ ảnh hưởng … sẽ sâu hơn"; not a verb of action, "sẽ hỗ trợ tốt hơn", nor "hơn
    nữa", more of it); before a word of degree and a state ("DN sẽ rất bị động"); after a word of likelihood ("khả năng sẽ được
    tiếp nối"); or with a noun of quantity or a share of a population as its subject, which
    no one is, unless "được" makes it what a plan will do to it ("Nhu cầu vốn cuối năm sẽ tăng cao", not "số vốn còn lại dự kiến sẽ
    được giải ngân hết"). The subject opens the clause or follows the last comma before "sẽ"."""
    between, comparative, likely, quantity, share, state = _foresight()
    after = between.match(low, will + len(_WILL_BE)).end()
    if verbs.match(low, after) is not None or likely.search(low, max(a, will - 20), will) is not None:
        return True
    if state.match(low, after) is not None:
        return True  # a state that will hold: "DN sẽ rất bị động", "… sẽ rất nguy hiểm"
    if imperative_opening.match(low, after) is None and comparative.match(low, after) is not None:
        return True
    comma = low.rfind(", ", a, will)
    subject = comma + 2 if comma >= 0 else a
    # (A share of a population as the subject is what a survey found: "Đồng thời, 62% người tiêu dùng cho hay sẽ ăn uống ở nhà …".)
    return (quantity.match(low, subject) is not None or share.match(low, subject) is not None) and not low.startswith(_PASSIVE, after)


def _counted_ongoing(low: str, cues: list[tuple[int, int]], exceptions: list[tuple[int, int]], figure_after: re.Pattern) -> list[tuple[int, int]]:
    """The cue exceptions (their spans, in order) and each "tiếp tục" that reports what goes on, as "tiếp tục tăng" does: one whose verb
    has its figure after it, up to the figure, what went on counted ("Cùng ngày, … tổ công tác tiếp tục thu giữ 3 bao tải dứa …", "hiện
    nay tỉnh Long An tiếp tục duy trì 45 chốt phòng chống dịch …", "lực lượng Công an, Hải quan… tiếp tục bắt giữ 16 đối tượng"; not
    "sẽ tiếp tục tổ chức 4 buổi hội thảo", whose "sẽ" sets it), and one whose subject, after the last stop or comma before it, is a
    noun of quantity ("Giá vàng thế giới tiếp tục chững lại …", "Bên cạnh đó, lãi suất, tỷ giá tiếp tục xu hướng tăng …"). (Not one
    inside an exception already: "tiếp tục giảm 5%".)"""
    known, quantity, ongoing = _Hits(exceptions), _foresight()[3], _ONGOING.rstrip()
    counted = []
    for a, b in cues:
        if low[a:b] != ongoing or _inside(known, a):
            continue
        m = figure_after.match(low, b)
        if m is not None:
            counted.append((a, m.end()))
        elif (opener := max(low.rfind(ch, max(0, a - _QUANTITY_REACH), a) for ch in _SUBJECT_OPENERS)) >= 0 \
                and quantity.match(low, opener + 1) is not None:
            counted.append((a, b))  # (a quantity goes on, as no one acts: "Giá vàng thế giới tiếp tục chững lại …")
    return sorted(exceptions + counted) if counted else exceptions


_SUBJECT_OPENERS = ".,;:\n"  # (what comes just before the subject of a verb …
_QUANTITY_REACH = 80  # … at most so many characters back: see _counted_ongoing)


def _advice(text: str, low: str, subject: re.Pattern, *verbs: _Hits) -> list[tuple[int, int]]:
    """The spans of "nên" where it advises (should), not where it links a consequence (so): right after the subject that opens
    its clause, a name or "các"/"những" and at most four words with no verb among them ("Các DN nên tìm kiếm thị trường ngách", "do
    vậy Đà Nẵng nên quy hoạch theo tuyến"; not "… nhiều Hiệp định Thương mại tự do (FTA) nên nguy cơ vi phạm vẫn rất cao", "Giá
    vàng tăng mạnh nên …"); and right after the "thì" of a condition (see _THEN_BEFORE)."""
    out, word = [], f" {_ADVICE} "
    for at in _finds(low, word):
        if _THEN_BEFORE.search(low, max(0, at - 20), at) is not None:
            out.append((at + 1, at + len(word) - 1))
            continue
        m = subject.search(text, max(0, at - 48), at + 1)
        if m is not None and all(v.first(m.start(1), at) is None for v in verbs):
            out.append((at + 1, at + len(word) - 1))
    return out


# After the "thì" of a condition, "nên" is the consequence's modal, its subject left out, never a word of consequence ("thì" links
# the consequence already): "Nếu dùng đòn bẩy tài chính thì cũng không nên quá 50%" advises.
_THEN_BEFORE = re.compile(r"\sthì(?:\s+cũng)?(?:\s+không)?$")


def _states_being(low: str, a: int, b: int, verbs: _Hits, imperative_opening: re.Pattern, lead_in: re.Pattern) -> bool:
    """Whether the clause low[a:b] states how things are or would be, not an action a task before it goes on with: a
    condition and what follows from it ("Nếu chỉ người Việt phát triển thì năng lực không chạy kịp với thế giới"), or "là"
    as its verb, before any verb of action ("Đây là những vấn đề đóng vai trò nòng cốt", "việc ứng dụng công nghệ vào công tác
    quản lý là xu thế tất yếu"); not an action that a word of going on and its comma open, whatever "là" follows ("Theo đó, tập
    trung vào các mặt hàng chủ lực vốn là thế mạnh của các DN Việt Nam …")."""
    if low.find("nếu", a, b) >= 0 and (m := _CONDITION.search(low, a, b)) is not None:
        return _RULE_AFTER_THEN.search(low, m.start(), b) is None  # (not a rule: "Nếu các luật … thì phải xử lý bằng một nghị quyết")
    is_ = low.find(" là ", a, b)
    lead = lead_in.match(low, a, b)
    return (is_ > a and verbs.first(a, is_) is None and imperative_opening.match(low, lead.end() if lead is not None else a) is None
            and imperative_opening.match(low, is_ + 4) is None)  # (not what a thing consists in: "Đây là thúc đẩy, tháo gỡ …")


def _states_goal(low: str, a: int, b: int, goal: re.Pattern, imperative_opening: re.Pattern, verbs: _Hits) -> bool:
    """Whether the clause low[a:b] names a goal and then, after "là", the action it sets ("Mục tiêu được
    đặt ra trong năm 2017 là hoàn thành vượt mức …"), not a thing ("17 nhiệm vụ là công việc thường xuyên")."""
    is_ = low.find(" là ", a, b)
    return (is_ > a and goal.search(low, a, is_) is not None
            and (imperative_opening.match(low, is_ + 4) is not None or verbs.first(is_ + 4, b) == is_ + 4))


# What may come before a time of the past that opens a clause: a preposition and a count ("Trong 6 tháng qua, …", "Qua 3 năm qua, …").
_PAST_SPAN = re.compile(r"[*_\s“\"]*(?:(?:trong|suốt|qua)\s+)?(?:(?:\d+|hai|ba|bốn|sáu|chín|mười|vài|mấy|những|các|nhiều)\s+)?")


def _past_opening(low: str, start: int, done: _Hits) -> bool:
    """Whether the clause or sentence at `start` opens with a done mark and its comma, a time of the past that frames all of it
    ("Trước đó, …", "Gần đây, …", "Vừa qua, …", "Trong 6 tháng qua, …")."""
    span = done.first_span(start, start + 40)
    return span is not None and _PAST_SPAN.match(low, start).end() == span[0] and low.startswith(",", span[1])


def _opens_frame(text: str, low: str, s, frames: _Hits, directive_frames: _Hits, done: _Hits, directives: _Hits, cues: _Hits,
                 opening_words: int) -> bool:
    """Whether the sentence opens a passage of tasks: a frame phrase at its start ("Về nhiệm vụ năm 2022,
    …", "Thời gian tới, …"), not one named inside a report ("… hội nghị triển khai nhiệm vụ 6 tháng cuối
    năm"); a directive to others anywhere ("Thủ tướng yêu cầu các bộ, ngành …"); or a directive or
    cue before a colon that introduces a list ("Bộ trưởng yêu cầu: …")."""
    at = frames.first(s.start, s.end)
    if at is not None and low.count(" ", s.start, at) < opening_words:
        return True
    directive = directive_frames.first(s.start, s.end)
    if directive is not None:
        # "đã chỉ đạo, yêu cầu …" reports a past directive; "Nhất trí với phương án này, Bộ Xây dựng đề nghị …"
        # gives one of its own subject after the report.
        before = done.first(s.start, directive)
        if before is None or (_subject_cut(text, before, directive, done) is not None and not _past_opening(low, s.start, done)):
            return True
    ends_list = low[s.start: s.end].rstrip(" *_").endswith(":")
    return ends_list and (at is not None or directives.first(s.start, s.end) is not None or cues.first(s.start, s.end) is not None)


# A manner cue's phrase: its words up to a comma and the main clause's subject, at most 160 characters (no stop, colon nor
# bracket between). Its commas before that subject set out the phrase's own object: "Nhanh chóng tiến hành khám xét địa chỉ
# sản xuất đặt tại Khu Công nghiệp Thuận Thành 3, xã Thanh Khương, huyện Thuận Thành, lực lượng QLTT tiếp tục ghi nhận …".
_OPENER_PHRASE = re.compile(r"\s+[^.;:!?()]{1,160}?,\s+")
_OPENER_STOPS = re.compile(r"[.;:!?()]")
# (A figure after such a comma opens the main clause when it is the hour or the day: "Tiếp tục kiểm soát địa bàn, 8 giờ sáng cùng
# ngày, …"; not a count in a list of what is to be done, "Tiếp tục thực hiện từng nhiệm vụ trong 9 nhóm nhiệm vụ, 5 giải pháp".)
_OPENER_TIME = re.compile(r"\d{1,2}(?:\s*giờ|h\d*(?!\w)|/\d)")


@lru_cache(maxsize=1)
def _notice_sent() -> re.Pattern:
    """A notice sent or issued: one of `sending_verbs`, at most two words, then one of `notice_nouns` ("vừa có văn bản hỏa tốc gửi
    …", "đã ban hành công điện …"); see `_about_notice_nouns`."""
    d = data_json("commitments.json")
    return re.compile(whole_words({p.lower() for p in d["sending_verbs"]}) + r"\s+(?:[^\s,.;:]+\s+){0,2}?"
                      + whole_words({p.lower() for p in d["notice_nouns"]}))


@lru_cache(maxsize=1)
def _anaphoric_subject() -> re.Pattern:
    """A clause whose subject is a word that points back at a situation (`anaphoric_subjects`: "Điều này", "Điều đó") and whose
    verb is no verb of showing or meaning (those open what follows as a clause of its own): see `_about_anaphoric_subjects`."""
    d = data_json("commitments.json")
    subjects = whole_words({p.lower() for p in d["anaphoric_subjects"]})
    showing = whole_words({p.lower() for p in d["showing_verbs"]} | {p.lower() for p in d["meaning_verbs"]})
    adverbs = alternation({p.lower() for p in d["anaphoric_adverbs"]})
    return re.compile(rf"[*_\s“\"]*{subjects}\s+(?:(?:{adverbs})\s+)*(?!{showing})")


@lru_cache(maxsize=1)
def _opener_subjects() -> re.Pattern:
    """The words that open a main clause after a phrase a manner cue opens: see `_about_opener_subjects` in commitments.json."""
    return re.compile(whole_words({p.lower() for p in data_json("commitments.json")["opener_subjects"]}))


@lru_cache(maxsize=1)
def _plan_frame() -> re.Pattern:
    """A plan that opens a clause as its frame, named in at most six more words, and its comma ("Theo kế hoạch đặt ra, …"): see
    `_about_plan_frames` in commitments.json."""
    return re.compile(r"[*_\s“\"]*" + whole_words({p.lower() for p in data_json("commitments.json")["plan_frames"]})
                      + r"(?:\s+[^\s,.;:]+){0,6}?\s*,\s")


@lru_cache(maxsize=1)
def _forecast_frame() -> re.Pattern:
    """A verb of forecasting and its comma that open a clause, no subject before it ("Dự báo, …", "Theo dự báo, …"): see
    `_about_forecast_frames` in commitments.json."""
    return re.compile(r"[*_\s“\"]*" + whole_words({p.lower() for p in data_json("commitments.json")["forecast_frames"]}) + r"\s*,\s")


def _narrative_opener(text: str, low: str, cue: int, end: int, cues: "_Hits", rules: "_Rules") -> int | None:
    """Where the main clause starts when the manner cue at `cue` opens a phrase of its own before it: a comma of the phrase, then a
    capitalised word, an hour or a day or an `opener_subjects` word ("Tiếp tục đấu tranh, lực lượng công an xác định …"; the first such
    comma: "Nhanh chóng tiến hành khám xét địa chỉ … Thuận Thành 3, xã Thanh Khương, huyện Thuận Thành, lực lượng QLTT …"), with
    no other cue inside the phrase; else None."""
    span = cues.first_span(cue, end)
    if low[span[0]:span[1]] not in rules.manner_cues or _OPENER_PHRASE.match(low, span[1], end) is None:
        return None
    # (Each comma of the phrase in turn, until one that the subject follows.)
    limit = min(end, span[1] + 162)
    stop = _OPENER_STOPS.search(low, span[1], limit)
    limit = stop.start() if stop is not None else limit
    comma = low.find(", ", span[1] + 1, limit)
    while comma >= 0:
        at = comma + 2
        if cues.first(span[1], at) is not None:
            return None
        # (A capitalised word after a long phrase may be an item of its list, "Tiếp tục đóng góp cho xây dựng Chiến lược … giai đoạn
        # 2021-2030, Kế hoạch phát triển …": only after at most five words is it taken for the subject.)
        if ((text[at:at + 1].isupper() and low.count(" ", span[1], comma) <= 5) or _OPENER_TIME.match(low, at) is not None
                or _opener_subjects().match(low, at) is not None):
            return at
        comma = low.find(", ", at, limit)
    return None


# A case that opens a directive, and its comma: "Trường hợp phát hiện các hành vi vi phạm, ", "Trong trường hợp … , " (see find_commitments).
_CASE_OPENING = re.compile(r"[*_\s]*(?:trong\s+)?trường hợp\s[^.;:,]{3,150}?,\s+")
# The end of a paragraph that a semicolon closes, just before the next one: the list it is an item of goes on (see find_commitments).
_LIST_GOES_ON = re.compile(r";[*_\s…]*$")
_NOT_LET = re.compile(r"[*_\s]*không để ")  # (a directive denied, "không để xảy ra …": see the headings in find_commitments)
_AFTER = "sau khi "  # (see _asides)
_ONGOING = "tiếp tục "  # (the manner cue that opens the cue exceptions which state what goes on: see find_commitments)
# An aside in brackets: "(đặc biệt là dịch bệnh Covid-19 vừa qua)", "(cao hơn cùng kỳ năm 2019 là 54,69%)".
_BRACKETED = re.compile(r"\([^()]{1,200}\)")


def _asides(text: str, low: str, past: list[tuple[int, int]], correlatives: set) -> "_Hits":
    """Where a done mark says nothing of the clause's own predicate: inside brackets, just after "sau khi", and a
    correlative word that stands twice in a sentence ("vừa phục hồi kinh tế, vừa phòng, chống dịch":
    both … and, not "just")."""
    spans = [m.span() for m in _BRACKETED.finditer(text)]
    # (A done mark just after "sau khi" tells what comes first, not the aspect of the clause's verb: "công chức thực hiện sau khi ghi
    # nhận kết quả kiểm tra hồ sơ trên hệ thống VNACCS sẽ đề xuất chấp nhận …".)
    spans += [(a, b) for a, b in past if a >= len(_AFTER) and low.startswith(_AFTER, a - len(_AFTER))]
    pairs = [(a, b) for a, b in past if low[a:b] in correlatives]
    for (a, b), (c, d) in zip(pairs, pairs[1:]):
        if c - b < 200 and text.find(". ", b, c) < 0:
            spans += [(a, b), (c, d)]
    spans.sort()
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return _Hits(merged)


def _extend(row: Commitment, text: str, end: int) -> None:
    """Make `row` run on to `end`: a clause that belongs to it rather than standing on its own."""
    row.end = end
    row.description = text[row.start: end]
    row.evidence[0] = (row.start, end)


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " ,“”\"–-":
        a += 1
    while b > a and text[b - 1] in " ,.;“”\"…":
        b -= 1
    return a, b


_WORD = re.compile(r"\w+")


def _merge_repeats(rows: list[Commitment], low: str, quotas: set[int] = frozenset()) -> list[Commitment]:
    """A task quoted in the lead and repeated in the body is one task with two pieces of evidence.
    `low` is the lower-cased page; a row's words are those of low[start:end] (`_WORD`'s matches); `quotas` the starts of the
    quotas cut from their reports, which are of their report's year as activities are.
    (Each word is a bit of an integer, so that two rows' shared words are counted by one `&`: the pairs of rows cost
    more than finding their words; and a row's words are its pieces between spaces, split further by `_WORD` only where
    one holds a character that is no letter nor digit, since no word runs over a space; a piece seen before in rows of its
    kind is looked up with its bits, the words of one with a mark in it kept under the piece itself.)"""
    merged: list[Commitment] = []
    # (each kind's earlier rows, and its words' bits: only rows of one kind are compared, so each kind numbers its own words
    # and its masks stay narrow)
    by_kind: dict[str, tuple[list[tuple[Commitment, int, int, float]], dict[str, int]]] = {}
    findall = _WORD.findall
    for r in rows:
        kind = by_kind.get(r.kind)
        if kind is None:
            kind = by_kind[r.kind] = ([], {})
        earlier, bits = kind
        get = bits.get
        mask = 0
        for piece in low[r.start: r.end].split():
            bit = get(piece)
            if bit is None:
                if piece.isalnum():
                    bit = bits[piece] = 1 << len(bits)
                else:  # (a piece with a mark in it is kept with its words' bits: no word is such a piece)
                    bit = 0
                    for word in findall(piece):
                        bit |= bits.setdefault(word, 1 << len(bits))
                    bits[piece] = bit
            mask |= bit
        n = mask.bit_count()
        own = 0.75 * (n or 1)
        for m, mm, size, need in earlier:
            # (need: three quarters of the smaller row's words, at least one; `need` is the earlier row's own)
            # (Activities of two different years are two items, however alike their words: a statistic stated year by year, "trong
            # năm 2019 đã có gần 10 nghìn lượt góp vốn, mua cổ phần … . Con số này của năm 2018 là gần 6,5 nghìn lượt góp vốn, mua cổ
            # phần …". A task's year is the target it is read for, which a repeat in the lead may state differently.)
            # (A quota is another thing than a task that names it, "Để hoàn thành chỉ tiêu do Bộ Tài chính giao, … phải thu
            # 36.308 tỷ đồng", and quotas of two years are two, as activities are.)
            quota = m.start in quotas
            if (mask & mm).bit_count() >= (need if size <= n else own) and quota == (r.start in quotas) and (
                    m.year == r.year or (r.kind != "activity" and not quota) or m.year is None or r.year is None):
                m.evidence.append((r.start, r.end))
                break
        else:
            merged.append(r)
            earlier.append((r, mask, n, own))
    return merged
