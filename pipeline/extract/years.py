"""The years of a page and of its clauses: what each year a page names stands for, and which year the page reviews and
which its tasks are for.

A review conference reports one year and plans the next ("Hội nghị tổng kết công tác năm 2020, triển khai nhiệm vụ năm
2021"). What a year names is read from the words around it (a review word, a plan noun, "đến nay", the term of a
comparison, a document's name), and the page's two years from all of them, from the documents it cites, the spans it says
reach the present and the addresses of its photos. The task and activity grammar (commitments.py) asks these of each clause
and, once its clauses are read, hands page_years the years its activity and task clauses state; nothing here reads that
grammar, so it is kept apart from it. The words it reads are data: `_about_years` and `_about_task_times` in commitments.json.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.extract.vocabulary import data_json
from pipeline.text.phrases import lower, whole_words


# A year 19xx or 20xx standing alone ("năm 2021", "2021-2025"), not a part of a longer number: a
# hotline (1900.888.655) or an amount (2.000, 1900,5), nor the year of a document's number
# ("Nghị định 08/2015/NĐ-CP": when the document was issued, not when the page's work is done) or of a
# standard's ("TCVN 6072:2013", "ISO 9001:2015": the year the standard was set, on a page of 2020). The
# no-digit-before check comes after the first digit so that the engine can skip to the 1s and 2s of the page.
_YEAR = re.compile(r"(?:1(?<!\d.)(?<!\d:.)9|2(?<!\d.)(?<!\d:.)0)\d\d(?!\d|[.,]\d|/)")
YEAR_WORD_BEFORE = re.compile(r"[nN]ăm\s+$")  # (at the start of a sentence too: "Năm 2019, …")
# A year a person was born in ("sinh năm 1998", "sinh ngày 1/1/1994", "sinh năm1969" as typed): it dates no action and no page.
# ("sinh 1991" too: "do Văn Công Nhật Trường sinh 1991, ngụ ấp 3 … điều khiển"; not "phát sinh năm 2020", what arose then.)
_BORN = re.compile(r"(?<!\w)(?<!phát )(?<!nảy )sinh\s+(?:năm\s*|ngày\s+\d{1,2}[/-]\d{1,2}[/-])?$")


# Where the words that tell what a year names start: after the last comma, semicolon or full stop before it.
_YEAR_CLAUSE_STARTS = ",;.:!?"


# How far the lead of a page reaches: where a conference page names its own event ("hội nghị tổng kết công tác
# năm 2020 và triển khai nhiệm vụ năm 2021" reviews 2020 and plans 2021; a conference cited further on, "tại Hội
# nghị tổng kết năm 2016 và phương hướng nhiệm vụ 2017", does not tell which year the page reviews).
_LEAD = 1200


@lru_cache(maxsize=1)
def year_frames():
    """The patterns that tell what a year names (see `_about_years` in commitments.json): (a review word
    before it, a plan noun just before it, "until now" just after it, a period of the rest of the year,
    a year a task is for, a clause placed at the page's event, "đến năm" just before it, a plan's horizon
    noun before that, a horizon just after it, the frame of a conference's name, a document cited before it)."""
    d = data_json("commitments.json")

    def words(key):
        return whole_words({p.lower() for p in d[key]})

    plan = words("plan_nouns")
    return (re.compile(words("review_frames")),
            re.compile(rf"{plan}(?:\s+[^\s\d,.;:()]+){{0,3}}?\s+(?:năm\s+)?$"),
            re.compile(rf"[\s),]*{words('until_now')}"),
            re.compile(words("rest_of_year_frames")),
            # The year a task is for: a plan noun or "trong" right before it ("nhiệm vụ năm 2022", "trong năm 2022").
            re.compile(rf"(?:{plan}|trong)\s+(?:năm\s+)?$"),
            re.compile(words("event_frames"), re.IGNORECASE),
            re.compile(r"(?<!\w)(?:đến|tới)\s+(?:năm\s+)?$"),
            re.compile(words("horizon_nouns")),
            re.compile(rf"[,\s]+(?:và\s+)?{words('horizon_nouns')}\s+(?:đến|tới)\s+(?:năm\s+)?\d"),
            # The frame of a conference's name: a review word, what it reviews up to a year, then a link ("và",
            # a comma, a semicolon), at most two words ("triển khai") and a plan noun with the year it is for:
            # "tổng kết công tác năm 2020 và phương hướng nhiệm vụ năm 2021", "Tổng kết công tác năm 2016 và
            # đợt cao điểm … Tết 2017; triển khai nhiệm vụ công tác năm 2017". (Within one sentence: a review
            # in one and a plan in the next are no frame.)
            re.compile(rf"{words('review_frames')}[^.!?\n]{{0,200}}?(?:19|20)\d\d[^.!?\n\d]{{0,150}}?"
                       rf"(?:\s+{words('frame_links')}\s+|\s*[,;]\s*(?:{words('frame_links')}\s+)?)"
                       rf"(?:[^\s\d,.;:()]+\s+){{0,2}}?({plan}(?:\s+[^\s\d,.;:()]+){{0,3}}?\s+(?:năm\s+)?)(?:19|20)\d\d$"),
            # A document that a conference issued, in the words before its name: "kết luận … tại Hội nghị …".
            re.compile(rf"{words('cited_sources')}[^.!?\n]*$"),
            # The contract month a market price is quoted for: "giá vàng giao tháng 2/2021".
            re.compile(rf"{words('delivery_terms')}\s+(?:tháng\s+)?\d{{1,2}}/$"),
            # The feast of a season, its name's words before its year: "tết Tân Sửu 2021", "Tết Nguyên đán Tân Sửu 2021".
            re.compile(rf"{words('season_events')}(?:\s+[^\s\d,.;:()]+){{0,4}}?\s+(?:năm\s+)?$"))


@lru_cache(maxsize=1)
def task_times() -> tuple:
    """(a document's name just before a year, the words such a name opens with): see `_about_task_times` in
    commitments.json."""
    heads = tuple(data_json("commitments.json")["document_names"])
    name = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(h) for h in heads) + r")(?:\s+[^\s\d,.;:()]+){0,5}?\s+(?:năm\s+)?$")
    return name, heads


def year_roles(low: str, spans: list[tuple[int, int, int, int]]) -> list[str | None]:
    """What each year of `spans` (see year_spans) names on the lower-cased page: "reviewed" (the period
    a page reviews), "planned" (what a task is for), "frame" (what the tasks of a conference's name are
    for: see year_frames), "since" (when a span reaching the present began), "term" (the contract month a market
    price is quoted for: "giá vàng giao tháng 2/2021"), or None (when its clause's action happened or is due)."""
    review, plan, until_now = year_frames()[:3]
    up_to, horizon, horizon_after, frame, cited, delivery, season = year_frames()[6:13]
    # The frames of conference names: the review part's years are reviewed, whatever commas come between
    # them and the review word, and the plan's year is what the tasks are for, wherever on the page; not a
    # conference a document comes from ("thực hiện thông báo kết luận của Phó Thủ tướng tại Hội nghị tổng kết
    # năm 2016 và phương hướng nhiệm vụ 2017"), which does not tell what the page reviews.
    # (Looked for only back from a year that a plan noun is just before, within its sentence.)
    frames = []
    for _, start, end, _ in spans:
        if plan.search(low, max(0, start - 50), start) is not None:
            opening = max(low.rfind(".", 0, start), low.rfind("\n", 0, start), start - 400) + 1
            m = frame.search(low, opening, end)
            if m is not None and cited.search(low, max(0, m.start() - 80), m.start()) is None:
                frames.append((m.start(), m.start(1), m.end()))
    roles = []
    for lead, start, end, _ in spans:
        framed = next((f for f in frames if f[0] < start < f[2]), None)
        if framed is not None:
            roles.append("reviewed" if start < framed[1] else "frame")
            continue
        if _BORN.search(low, max(0, lead - 20), start) is not None:
            roles.append("born")
            continue
        clause_start = max(max(low.rfind(ch, max(0, lead - 90), lead) for ch in _YEAR_CLAUSE_STARTS) + 1, max(0, lead - 90))
        reviews = review.search(low, clause_start, start)
        conjunct = None  # in the lead, a plan noun after the review word and a "và": the year is what the plan is for
        if reviews is not None and start <= _LEAD:
            conjunct = plan.search(low, max(clause_start, start - 50), start)
            if conjunct is not None and low.find(" và ", reviews.end(), conjunct.start()) < 0:
                conjunct = None
        if reviews is not None and conjunct is None:
            roles.append("reviewed")
        elif conjunct is not None or plan.search(low, max(clause_start, start - 50), start) is not None or (
                up_to.search(low, max(clause_start, start - 10), start) is not None and horizon.search(low, clause_start, start) is not None
            ) or horizon_after.match(low, end) is not None:
            # (The end a plan reaches is what it is for, and so is the year its name starts from: "quy hoạch …
            # đến năm 2020 và tầm nhìn đến năm 2030", "Nghị quyết … năm 2017, định hướng đến năm 2020".)
            roles.append("planned")
        elif until_now.match(low, end) is not None:
            roles.append("since")
        elif low.startswith("/", start - 1) and delivery.search(low, max(0, start - 24), start) is not None:
            roles.append("term")
        elif season.search(low, max(0, lead - 40), start) is not None:
            roles.append("season")
        else:
            roles.append(None)
    return roles


@lru_cache(maxsize=1)
def _rest_of_year_phrases() -> tuple[str, ...]:
    return tuple({p.lower() for p in data_json("commitments.json")["rest_of_year_frames"]})


def _rest_of_year_named(low: str, pattern: re.Pattern) -> bool:
    """Whether the page names what is left of its year: the pattern runs only when one of its phrases stands in
    the page as a string (a scan for several first letters costs a try at every position)."""
    return any(p in low for p in _rest_of_year_phrases()) and pattern.search(low) is not None


def year_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(start with a "năm" before it, start, end, year) of every year on the page."""
    out = []
    for m in _YEAR.finditer(text):
        word = YEAR_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
        out.append((word.start() if word else m.start(), m.start(), m.end(), int(m.group(0))))
    return out


def page_years(text: str, published_year: int | None, spans: list[tuple[int, int, int, int]],
               stated_done: Counter | None = None, stated_task: Counter | None = None,
               roles: list[str | None] | None = None, low: str | None = None,
               deadlines: list[int] | None = None, photo_year: int | None = None,
               in_tasks: set[int] | frozenset = frozenset()) -> tuple[int | None, int | None]:
    """(year reviewed, year the tasks are for) of a page whose years are `spans` (see year_spans), each
    naming what `roles` says (see year_roles).

    The year a review frame names is the year reviewed ("Hội nghị tổng kết công tác năm 2020, triển
    khai nhiệm vụ năm 2021"); else the year most activity clauses state (`stated_done`): a page that sets
    its 2021 tasks names 2021 more often than the 2020 it reports on; else the year the page names most
    that no plan is for, else the year before the first plan's. An undated page is no older than the
    documents it cites ("Nghị quyết số 02/NQ-CP ngày 1/1/2020"), though those alone do not date it, nor
    than a span it says reaches the present ("từ năm 2015 đến nay"), whose first year is not the one it
    reports on.
    The tasks are for the year a frame names ("nhiệm vụ năm 2022"), else the year reviewed when they are
    set for the rest of it ("nhiệm vụ 6 tháng cuối năm"), else the one most task clauses name that is not
    before the year reviewed ("Kế hoạch hành động … giai đoạn 2018 – 2020"), else the year after the one
    reviewed when the page is later than it. `low` is the lower-cased page (see lower), when known; `deadlines`
    the years, earliest first, of the dates by which its tasks are due ("đến 30/4/2017"): an undated page is no
    older than the first, nor than the present a span to it reaches ("từ năm 2008 đến nay đã gần 10 năm"). `photo_year`: the year an undated page's photos were put online (see the function photo_year): the page reviews
    that year when nothing in its text tells one. (Not when its text does: a page of the customs site put online in January
    with the tasks of a conference of December sets them for the year of the conference, or for the next, as its words say.)
    `in_tasks`: the indices of the spans that stand in task clauses. A year ("năm 2021", not a date) an undated page names only
    there is what its plans are for, not the year it reviews ("Dự kiến nhà máy … sẽ khởi công vào đầu năm 2021, … Đến năm 2023,
    …"), when it names another that no comparison measures against (a page whose only year is that of its plans, "Từ 1/7/2018
    triển khai …", is of that year)."""
    low = low if low is not None else lower(text)
    rest_of_year, task_year = year_frames()[3:5]
    roles = roles if roles is not None else year_roles(low, spans)
    years, task_years, within, reviews, planned, since, present = Counter(), Counter(), Counter(), Counter(), [], [], None
    planned_only = Counter()  # the years named in task clauses (see `in_tasks`)
    seasons = []  # the years of the feasts of a season the page names ("tết Tân Sửu 2021")
    for i, ((lead, start, _, year), role) in enumerate(zip(spans, roles)):
        if role == "since":
            since.append(year)
            continue
        if role in ("term", "born"):  # (a birth year names no period of the page: the ha-tinh page's drivers "sinh năm 1975")
            continue
        if role == "season":
            seasons.append(year)
        if role in ("planned", "frame"):
            planned.append(year)
            if role == "frame":
                task_years[year] += 1
                continue
        elif lead >= 7 and (low.startswith("cùng kỳ ", lead - 8) or low.startswith("so với ", lead - 7) or (low.startswith("tháng đầu ", lead - 10)
                                                          and _SAME_PERIOD_BEFORE.search(low, max(0, lead - 22), lead) is not None)):
            # "tăng 24% so với cùng kỳ năm 2019", "tăng 16,4% so với 6 tháng đầu năm 2019": the same period a year before the one
            # the page reports on; and so is a whole year a figure is compared with ("so với năm 2019 lượng hàng tồn kho giảm …").
            years[year + 1] += 1
            if lead < start and i in in_tasks:
                planned_only[year + 1] += 1
            continue
        else:
            years[year] += 1
            if lead < start and i in in_tasks:  # (not a date: "Ngày 22/9/2020, … đã gửi Thư … đề nghị …")
                planned_only[year] += 1
        if role == "reviewed" and (published_year is None or year <= published_year):
            reviews[year] += 1
        framed = task_year.search(low, max(0, lead - 25), start) if year >= 2000 else None
        if framed is not None:
            (within if framed.group().startswith("trong") else task_years)[year] += 1
    done = {y: n for y, n in (stated_done or {}).items() if published_year is None or y <= published_year}
    if reviews:
        reviewed = max(reviews, key=lambda y: (reviews[y], y))
    elif published_year:
        reviewed = published_year
    elif done:
        reviewed = max(done, key=lambda y: (done[y], years[y], y))  # (a tie goes to the year the page names most)
    else:
        candidates = [y for y in years if published_year is None or y <= published_year]
        if planned_only:
            # (Nor is a year a comparison measures against: "tăng khoảng 10% so với kế hoạch dự trữ hàng hóa Tết năm 2016".)
            measured = Counter(y for lead, _, _, y in spans if compared(text, lead))
            candidates = [y for y in candidates if years[y] > planned_only[y] + measured[y]] or candidates
        reviewed = (max(candidates, key=lambda y: (years[y], y)) if candidates
                    else min(planned) - 1 if planned and published_year is None else published_year)
    if reviewed is None:
        reviewed = _elapsed_year(text)
    if published_year is None and (reviewed is not None or since):  # (a page that names no year of its own stays undated)
        present = max(_so_far(text), default=None)
        latest = max([int(y) for cited in CITED for y in cited.findall(text)] + since + (deadlines or [])[:1] + [present or 0], default=reviewed)
        if latest is not None and (reviewed is None or reviewed < latest):
            reviewed = latest
    # "trong năm 2020" on a page that reviews 2020 says when its results came, not what its tasks are for.
    # (Unless it is the present a span to it reaches: "dự kiến giao trong năm 2017" where "từ năm 2008 đến nay đã gần 10 năm".)
    task_years.update({y: n for y, n in within.items() if reviewed is None or y > reviewed or y == present})
    if not task_years and reviewed is not None and reviewed + 1 in seasons:
        # The feast of the season after the year reviewed is what the page's plans prepare for ("Chỉ hơn 3 tháng nữa là tới tết
        # Nguyên đán Tân Sửu 2021, …" on a page of 2020): its tasks are for that year, whatever is left of
        # the year reviewed ("từ nay đến cuối năm") they are also set for.
        task_years = Counter({reviewed + 1: 1})
    if not task_years and reviewed is not None and _rest_of_year_named(low, rest_of_year):
        task_years = Counter({reviewed: 1})
    if not task_years and stated_task and published_year is None:
        task_years = Counter({y: n for y, n in stated_task.items() if reviewed is None or y >= reviewed})
    target = max(task_years, key=lambda y: (task_years[y], y)) if task_years else None
    if reviewed is None:
        reviewed = photo_year
    if target is None and reviewed is not None:
        target = reviewed + 1 if published_year and published_year > reviewed else reviewed
    if not done and target is not None and reviewed == target and published_year and published_year == target:
        reviewed = target - 1 if f"năm {target - 1}" in text else reviewed
    return reviewed, target


# The term of a comparison with the same months of another year: "so với 6 tháng đầu năm 2019" (see page_years).
_SAME_PERIOD_BEFORE = re.compile(r"so với\s+\d{1,2} tháng đầu\s+$")


# The year of a document a page cites, in its number ("Nghị định 57/2020/NĐ-CP") or in the date after it
# ("Nghị quyết số 99/NQ-CP ngày 13/11/2019"): the page is no older than that.
# (Two patterns, each opening with a plain string the engine searches for as a whole: as one alternation the
# engine tries "ngày" at every "n" of the page. Where a match of one would run inside a match of the other,
# both give the same year.)
CITED = (re.compile(r"/(?<=\d/)((?:19|20)\d\d)/[A-ZĐ]"),
          re.compile(r"ngày(?:(?<=[A-ZĐ]{2} ngày)|(?<=[A-ZĐ]{2}, ngày))\s+\d{1,2}[/-]\d{1,2}[/-]((?:19|20)\d\d)"))


# Where a photo's address gives the year and month it was put online: a publisher's upload folder ("…/wp-content/uploads/2021/01/…",
# "…/news_dataimages/…/102020/13/…") or a time stamp ("….jpg?rt=20201013153232").
# (Groups: the year and the month, in the order each address gives them.)
_PHOTO_DATE = re.compile(r"/(?P<y1>20\d\d)/(?P<m1>0[1-9]|1[0-2])/|/(?P<m2>0[1-9]|1[0-2])(?P<y2>20\d\d)/|[?&]rt=(?P<y3>20\d\d)(?P<m3>0[1-9]|1[0-2])\d\d")


def photo_date(sentences) -> tuple[int, int] | None:
    """The latest (year, month) a photo of the page was put online, from the addresses of its captions' images."""
    dates = []
    for s in sentences:
        if not getattr(s, "image", ""):
            continue
        for m in _PHOTO_DATE.finditer(s.image):
            i = next(i for i in "123" if m.group("y" + i))
            dates.append((int(m.group("y" + i)), int(m.group("m" + i))))
    return max(dates, default=None)


def photo_year(date: tuple[int, int] | None, event_months: list[int] | tuple = ()) -> int | None:
    """The year of a page's photos, `date` (see photo_date). `event_months`: the months of the days the page gives its events with
    no year ("trưa 26/11"): when every one is later in the year than the month the photos were put online, the events happened the
    year before (a seizure "ngày 26/11" on a page whose photos went online in January 2021 was made in 2020: a page reports what
    has happened)."""
    if date is None:
        return None
    year, month = date
    return year - 1 if event_months and min(event_months) > month else year


# "qua 5 năm thực hiện Nghị định 08/2015/NĐ-CP": a page that names no year of its own still dates itself
# by the years a document it reviews has been in force (the year of a document's number counts here).
# (The check on the character before is made just after the first letter: a pattern that opens with it is tried at every position.)
_ELAPSED = re.compile(r"(?:[Qq](?<!\w.)ua|[Ss](?<!\w.)au)\s+(\d{1,2})\s+năm\s+(?:thực hiện|triển khai|thi hành|áp dụng)\b[^.;]{0,40}?\b((?:19|20)\d\d)\b")


# "từ năm 2008 đến nay đã gần 10 năm": a span to the present and how long it has run tell the year of the page (nearly ten
# years is nine and some: 2017).
_SO_FAR = re.compile(r"[Tt]ừ\s+(?:năm\s+)?((?:19|20)\d\d)\s+(?:đến|tới)\s+nay[^.;]{0,40}?(?:(gần|hơn|trên|được)\s+)?(\d{1,2})\s+năm(?!\w)")


# An anniversary, "kỷ niệm 25 năm thành lập", and the span of years it closes, "(9/6/1993- 9/6/2018)": the page is of its last year.
_ANNIVERSARY = re.compile(r"[Kk]ỷ niệm\s+(\d{1,3})\s+năm")
_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s?[-–]\s?(?:\d{1,2}/\d{1,2}/)?((?:19|20)\d\d)(?!\d)")


def _so_far(text: str) -> list[int]:
    """The years that spans to the present reach, from their first year and how long they have run (see _SO_FAR), and the last
    year of a span of years that an anniversary names as long as it (see _ANNIVERSARY)."""
    out = [int(m.group(1)) + int(m.group(3)) - (m.group(2) == "gần") for m in _SO_FAR.finditer(text)] if "đến nay" in text else []
    if "ỷ niệm" in text:
        spans = {int(b) - int(a): int(b) for a, b in _YEAR_SPAN.findall(text)}
        out += [spans[int(n)] for n in _ANNIVERSARY.findall(text) if int(n) in spans]
    return out


def _elapsed_year(text: str) -> int | None:
    m = _ELAPSED.search(text)
    return int(m.group(2)) + int(m.group(1)) if m else None


# The term of a comparison: "so với 6 tháng đầu năm 2016", "so với kế hoạch dự trữ hàng hóa Tết năm 2016",
# "cùng kỳ 2016"; a comma ends it ("so với cùng kỳ, năm 2017 …" states the year of the result).
@lru_cache(maxsize=1)
def _compared_pattern() -> re.Pattern:
    terms = "|".join(re.escape(t) for t in data_json("commitments.json")["comparison_terms"])  # in order: "so với" before "so"
    return re.compile(rf"(?:{terms})\s+(?:[^\s,;.]+\s+){{0,8}}[\d/]*$")


def compared(text: str, lead: int) -> bool:
    """Whether the year at `lead` is the term of a comparison ("so với năm 2016", "cùng kỳ 2016")."""
    return _compared_pattern().search(text, max(0, lead - 60), lead) is not None
