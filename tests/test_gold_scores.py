"""Extraction scored against the hand-written gold (see tests/gold/README.md): the customs site's
pages (tests/gold/corpus) and the other publishers' (tests/gold/portals: 2025 government portals and
2017 aggregator news), each split into the pages the rules were tuned on and those written last, and
pages of the customs site's large folder written last of all (tests/gold/large).

The floors below are the figures the README reports, less a small margin: they keep the extraction
from sliding back, they are not the targets (the targets are measured on pages nobody tuning the rules
has seen)."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from conftest import CORPUS, need_corpus, need_corpus_large
from pipeline.evaluate import Scores, evaluate

GOLD = Path(__file__).parent / "gold"
PORTALS = CORPUS.parent / "corpus-portals"
SETS = {"corpus": CORPUS, "portals": PORTALS, "large": CORPUS.parent / "corpus-large"}

# (gold set, group) -> floors. rows_per_task is a ceiling: the figure of its time plus 0.15, at most the
# issue's 1.25 (ceilings just over the figure blocked right splits of one sentence's two tasks; a slide
# into duplicates still trips them). "known": every page but the held-out ones
# (groups.json's "held_out"). Floors on the held-out groups guard the figures the README reports; they
# are not targets, and nobody tuning rules may read those pages' misses.
# Since stop 32 every page with gold but the held-out ones is also a training page of the learned second opinion on a
# clause's kind (pipeline/extract/kinds.py): these figures include its fit to them (confusion falls to about 0 on them).
# Its effect on pages it never saw is tested in test_kind_model.py and reported in the README.
FLOORS = {
    ("corpus", "known"): dict(legal=1.00, people=1.00, titles=0.99, orgs=0.97, tasks=0.93, activities=0.92, confusion=0.05, rows_per_task=1.25),
    ("corpus", "fresh"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.95, tasks=0.94, activities=0.90, confusion=0.05, rows_per_task=1.25),
    ("corpus", "fresh2"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.91, tasks=0.91, activities=0.93, confusion=0.04, rows_per_task=1.24),
    ("corpus", "fresh3"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.96, tasks=0.76, activities=0.80, confusion=0.10, rows_per_task=1.15),
    ("corpus", "fresh4"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.98, tasks=0.97, activities=0.89, confusion=0.04, rows_per_task=0.93, dates=1.00),
    # fresh5's ceiling passes 1.25 with recall: the kind model turns six of its activities into the gold's tasks (tasks 0.837 ->
    # 0.959, rows a task 1.16 -> 1.29).
    ("corpus", "fresh5"): dict(legal=1.00, people=1.00, titles=0.93, orgs=0.98, tasks=0.83, activities=0.93, confusion=0.08, rows_per_task=1.29, dates=1.00),
    ("portals", "tuned"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.97, tasks=0.97, activities=0.88, confusion=0.03, rows_per_task=1.18, dates=1.00),
    ("portals", "last"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.93, tasks=0.97, activities=0.86, confusion=0.04, rows_per_task=1.13, dates=1.00),
    ("portals", "fresh"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.94, tasks=0.97, activities=0.88, confusion=0.05, rows_per_task=1.12, dates=1.00),
    # people 0.97 (was 0.99): "Chủ tịch Hồ Chí Minh" is read as a person after his title, as the customs site's
    # gold has him (large, fresh7); this group's annotator left him out of "sự vĩ đại của Chủ tịch Hồ Chí Minh".
    ("portals", "fresh2"): dict(legal=1.00, people=0.97, titles=1.00, orgs=0.94, tasks=0.93, activities=0.85, confusion=0.04, rows_per_task=1.21, dates=1.00),
    ("portals", "fresh3"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.91, tasks=0.94, activities=0.83, confusion=0.04, rows_per_task=0.87),
    # fresh4: one row holds a gold task and a gold activity (the press plan's first item); the kind model reads it as the task
    # (activities 0.976 -> 0.952, tasks 0.869 -> 0.992).
    ("portals", "fresh4"): dict(legal=1.00, people=1.00, titles=0.90, orgs=0.97, tasks=0.86, activities=0.95, confusion=0.10, rows_per_task=0.94, dates=1.00),
    ("portals", "fresh5"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.95, tasks=0.84, activities=0.90, confusion=0.07, rows_per_task=1.15),
    # No legal reference on these pages: "138/CP" of "Ban Chỉ đạo 138/CP" is part of a name (read as one
    # until the rules learnt it), so legal F1 is 1 only while none is read.
    ("large", "fresh6"): dict(legal=1.00, people=1.00, titles=1.00, orgs=1.00, tasks=0.98, activities=0.96, confusion=0.00, rows_per_task=0.92),
    ("large", "fresh7"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.98, tasks=0.97, activities=0.89, confusion=0.05, rows_per_task=0.97, dates=1.00),
    ("large", "fresh8"): dict(legal=1.00, people=0.96, titles=1.00, orgs=0.94, tasks=0.96, activities=0.93, confusion=0.04, rows_per_task=1.22, dates=1.00),
    # fresh9's task figures after round 13's rules (unseen: tasks 0.654 at 0.79 rows per gold task, confusion 0.130).
    # rows_per_task is a ceiling: it was 0.85 while recall was 0.65, and rises with it (0.97 at recall 0.92; the
    # issue's ceiling is 1.25).
    ("large", "fresh9"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.96, tasks=0.93, activities=0.94, confusion=0.05, rows_per_task=1.12, dates=1.00),
    # titles 0.94 (was 1.00): two offices held together are one title ("Phó Chủ tịch kiêm Tổng thư ký"), as fresh16's and
    # fresh18's annotators write them; fresh10's (hoa-phat page) kept the first office alone.
    ("large", "fresh10"): dict(legal=1.00, people=1.00, titles=0.94, orgs=0.96, tasks=0.98, activities=0.95, confusion=0.02, rows_per_task=1.19, dates=1.00),
    # Scored once while unseen after rule round 14 (the README's figures then); open for tuning since.
    # (fresh11's ceiling passes 1.25 with recall: the kind model reads its last missed task and more activities as the gold
    # does, tasks 0.969 -> 1.000, activities 0.925 -> 0.955, rows a task 1.22 -> 1.28.)
    ("large", "fresh11"): dict(legal=1.00, people=1.00, titles=0.87, orgs=0.96, tasks=0.96, activities=0.91, confusion=0.03, rows_per_task=1.29, dates=1.00),
    # Scored once while unseen after rule round 15 (the README's figures then; its rows per task, 4.48 then, is the figure
    # after the off-genre pages were made to give no rows, the one change made before it was opened); open for tuning since.
    # (fresh12's ceiling follows the kind model's two more of its tasks: tasks 0.889 -> 0.963, rows a task 1.04 -> 1.15.)
    ("large", "fresh12"): dict(legal=1.00, people=1.00, titles=0.87, orgs=0.96, tasks=0.88, activities=0.94, confusion=0.03, rows_per_task=1.15, dates=1.00),
    # fresh13: the held-out group of round 16, scored once after it (nobody tuning the rules had read these pages: legal 0.968,
    # people 0.900, titles 0.889, organisations 0.862, tasks 0.696 at 1.03 rows a task, activities 0.667, confusion 0.202,
    # dates 1.000); tuned on in rounds 17 to 19 (these floors are its figures since).
    ("large", "fresh13"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.95, tasks=0.94, activities=0.86, confusion=0.02, rows_per_task=1.25, dates=1.00),
    # fresh14 to fresh17 and fresh22 were re-based to the gold README's convention on 2 December 2026 by a helper who read the
    # pages and saw no output (advice to the reader on guides, 129 tasks of fresh14 to fresh17, and what a direction reported
    # as given directed, 17 tasks of fresh22, are no tasks): with fewer gold tasks their rows per task rose, and those
    # ceilings are the re-based figures plus 0.15 (2.86, 3.43, 1.67, 1.78, 1.71): the rules still give advice on guides the
    # genre test misses as tasks.
    # fresh14: 20 pages drawn at random (seed 20261205), written before rule round 18 by a helper who saw no rule, scored
    # once after it (legal 1.000, people 0.947, titles 0.667, organisations 0.783, tasks 0.574 at 1.98 rows a task,
    # activities 0.899, confusion 0.057, dates 1.000); tuned on in round 19 (these floors are its figures after round 20).
    # Its rows per task, 1.28, is over the 1.25: the ceiling is the figure plus 0.15, as for the others.
    ("large", "fresh14"): dict(legal=1.00, people=1.00, titles=0.90, orgs=0.89, tasks=0.63, activities=0.90, confusion=0.04, rows_per_task=3.01, dates=1.00),
    # fresh15: 20 pages drawn at random (seed 20261206), written during rule round 20 by a helper who saw no rule, scored once
    # after it (legal 1.000, people 0.909, titles 1.000, organisations 0.841, tasks 0.569 at 2.21 rows a task, activities 0.824,
    # confusion 0.125, issued dates 0.947); tuned on in round 21 (these floors are its figures since). Its rows per task, 2.19,
    # is over the 1.25 (advice on guide pages: see the README): the ceiling is the figure plus 0.15.
    # (Activities 0.88 -> 0.86 in round 29: "Doanh nghiệp cần chuẩn bị gì khi bị thanh tra bảo hiểm thai sản?" reads as a
    # guide by its content since (genre.reads_as_rules) and gives no rows, its one reported act with them; keeping a content-read
    # guide's activities and dropping only its tasks recalled that one and added about 40 activity rows on 192 guides.)
    ("large", "fresh15"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.96, tasks=0.58, activities=0.86, confusion=0.10, rows_per_task=3.58, dates=1.00),
    # fresh16: 20 pages drawn at random (seed 20261207), written during rule round 21 by a helper who saw no rule, scored once
    # after it (legal 1.000, people 0.914, titles 0.938, organisations 0.785, tasks 0.667 at 1.49 rows a task, activities
    # 0.740, confusion 0.121, issued dates 1.000); tuned on in rounds 22 and 23 (these floors are its figures since).
    ("large", "fresh16"): dict(legal=1.00, people=0.91, titles=0.93, orgs=0.81, tasks=0.66, activities=0.74, confusion=0.13, rows_per_task=1.82, dates=1.00),
    # fresh17: 20 pages drawn at random (seed 20261208), written during rule round 22 by a helper who saw no rule, scored once
    # after it (legal 1.000, people 0.600, titles 0.556, organisations 0.819, tasks 0.316 at 0.64 rows a task, activities
    # 0.767, confusion 0.202, issued dates 0.938); tuned on in round 23 (these floors are its figures since).
    ("large", "fresh17"): dict(legal=1.00, people=0.88, titles=0.87, orgs=0.88, tasks=0.31, activities=0.78, confusion=0.20, rows_per_task=1.93, dates=0.93),
    # fresh18: 20 news pages of a random draw (seed 20261209), written before rule round 23 by a helper who saw no rule, with
    # the gold README's convention on advice quoted in its brief; scored once after round 23 (legal 1.000, people 0.788,
    # titles 0.769, organisations 0.857, tasks 0.883 at 1.18 rows a task, activities 0.857, confusion 0.072, issued dates
    # 1.000); tuned on in round 24 (these floors are its figures since).
    ("large", "fresh18"): dict(legal=1.00, people=1.00, titles=0.95, orgs=0.95, tasks=0.92, activities=0.87, confusion=0.05, rows_per_task=1.25, dates=1.00),
    # fresh19: the next 13 news pages of fresh18's draw, written with them, held out of rounds 23 and 24 and scored once after
    # round 24 (legal 1.000, people 0.800, titles 0.833, organisations 0.821, tasks 0.694 at 1.69 rows a task, activities
    # 0.830, confusion 0.110, issued dates 0.667); tuned on in rounds 25 and 26 (these floors are its figures since).
    ("large", "fresh19"): dict(legal=1.00, people=1.00, titles=1.00, orgs=0.93, tasks=0.72, activities=0.88, confusion=0.07, rows_per_task=1.73, dates=1.00),
    # fresh20: 20 news pages of a random draw (seed 20261210), written before rule round 25 by a helper who saw no rule, with
    # fresh18's brief; scored once after round 25 (legal 0.889, people 0.977, titles 0.952, organisations 0.890, tasks 0.808
    # at 1.16 rows a task, activities 0.866, confusion 0.051, issued dates 1.000); tuned on in round 26 (these floors are its
    # figures since). Its one legal miss is a reference the data contract leaves out: the page dates a 2020 circular 2011.
    ("large", "fresh20"): dict(legal=0.88, people=0.97, titles=0.95, orgs=0.95, tasks=0.80, activities=0.86, confusion=0.06, rows_per_task=1.25, dates=1.00),
    # fresh21: 20 news pages of a random draw (seed 20261211), written before rule round 26 by a helper who saw no rule, with
    # the same brief; scored once after round 26: these floors are those unseen figures (legal 1.000, people 0.976, titles
    # 0.900, organisations 0.878, tasks 0.650 at 1.80 rows a task, activities 0.796, confusion 0.090, issued dates 0.929).
    ("large", "fresh21"): dict(legal=1.00, people=0.97, titles=0.90, orgs=0.87, tasks=0.65, activities=0.79, confusion=0.09, rows_per_task=1.95, dates=0.92),
    # fresh22: 20 news pages of a random draw (seed 20261212), written before rule round 27 by two helpers who saw no rule,
    # with the same brief; scored once after round 27: these floors are those unseen figures (legal 1.000, people 1.000,
    # titles 0.750, organisations 0.924, tasks 0.655 at 1.22 rows a task, activities 0.899, confusion 0.133; no issued
    # date given). The annotators split on a reported directive's content (a task on two pages, an activity on one).
    ("large", "fresh22"): dict(legal=1.00, people=1.00, titles=0.75, orgs=0.92, tasks=0.65, activities=0.89, confusion=0.14, rows_per_task=1.86),
    # fresh23: 20 news pages of a random draw (seed 20261213), written before rule round 28 by two helpers who saw no rule,
    # with the same brief and the gold README's paragraph on directions reported as given; scored once after round 28:
    # these floors are those unseen figures (legal 0.952, people 0.957, titles 0.636, organisations 0.832, tasks 0.849 at
    # 1.30 rows a task, activities 0.877, confusion 0.079; no issued date given).
    ("large", "fresh23"): dict(legal=0.95, people=0.95, titles=0.63, orgs=0.83, tasks=0.84, activities=0.87, confusion=0.08, rows_per_task=1.45),
    # fresh24: 20 news pages of a random draw (seed 20261214), written before rule round 29 by two helpers who saw no rule,
    # with fresh23's brief; scored once after round 29: these floors are those unseen figures (legal 1.000, people 0.952,
    # titles 1.000, organisations 0.905, tasks 0.778 at 1.76 rows a task, activities 0.864, confusion 0.076; no issued date).
    ("large", "fresh24"): dict(legal=1.00, people=0.95, titles=1.00, orgs=0.90, tasks=0.77, activities=0.86, confusion=0.08, rows_per_task=1.91),
    # fresh25: 20 news pages of a random draw (seed 20261215), written before rule round 30 by two helpers who saw no rule,
    # with fresh23's brief; scored once after round 30: these floors are those unseen figures (legal 0.909, people 0.971,
    # titles 0.824, organisations 0.835, tasks 0.389 at 3.67 rows a task, activities 0.855, confusion 0.138; no issued date).
    # Round 31 (tuned on it) read a strategy's targets as targets: tasks 0.667, confusion 0.091, at 3.83 rows a task (the five
    # targets are rows of their own); the task floor and the confusion ceiling follow, the rows ceiling is 3.83 + 0.15.
    ("large", "fresh25"): dict(legal=0.90, people=0.97, titles=0.82, orgs=0.83, tasks=0.66, activities=0.85, confusion=0.10, rows_per_task=3.98),
    # fresh26: 20 news pages of a random draw (seed 20261216), written before rule round 31 by two helpers who saw no rule, with
    # fresh25's brief and the gold README's paragraph on experts' recommendations; scored once after round 31: these floors are those
    # unseen figures (legal 1.000, people 1.000, titles 0.833, organisations 0.874, tasks 0.586 at 1.53 rows a task, activities 0.856,
    # confusion 0.173, years of tasks 1.000 and of activities 0.923; no issued date).
    # Round 32 (tuned on it) read a notice's directives, the lead the site prints at the foot and items of lists: tasks 0.862 at
    # 1.72 rows a task, confusion 0.086; the task floor and the confusion ceiling follow, the rows ceiling is 1.72 + 0.15.
    ("large", "fresh26"): dict(legal=1.00, people=1.00, titles=0.83, orgs=0.87, tasks=0.86, activities=0.85, confusion=0.09, rows_per_task=1.87),
    # fresh27: 20 news pages of a random draw (seed 20261217), written before rule round 32 by two helpers who saw no rule, with
    # fresh26's brief; scored once after round 32: these floors are those unseen figures (legal 1.000, people 0.933, titles 0.929,
    # organisations 0.826, tasks 0.714 at 1.55 rows a task, activities 0.889, confusion 0.111, years of tasks 1.000 and of activities
    # 0.921; no issued date).
    ("large", "fresh27"): dict(legal=1.00, people=0.93, titles=0.92, orgs=0.82, tasks=0.71, activities=0.88, confusion=0.12, rows_per_task=1.70),
    # fresh28: 20 news pages of a random draw (seed 20261218), written before rule round 33 by two helpers who saw no rule, with
    # fresh27's brief; scored once after round 33: these floors are those unseen figures (legal 1.000, people 0.970, titles 0.938,
    # organisations 0.903, tasks 0.500 at 1.15 rows a task, activities 0.834, confusion 0.112, years of tasks 0.833 and of activities
    # 0.855; no issued date).
    # Round 34 (tuned on it) read "giao" before any body's head as a directive, a plan that frames a clause, a guide's title over
    # a lead that reports a body's act as news ("Hướng dẫn …" over "Tổng cục Hải quan có văn bản hướng dẫn …": that page's
    # guidance items are rows now, one of them in the gold) and the organisations' long tail: tasks 0.588 at 1.38 rows a task,
    # organisations 0.955, activities 0.851, confusion 0.097; the floors and the confusion ceiling follow, the rows ceiling is
    # 1.38 + 0.15.
    ("large", "fresh28"): dict(legal=1.00, people=0.96, titles=0.93, orgs=0.95, tasks=0.58, activities=0.85, confusion=0.10, rows_per_task=1.53),
    # fresh29: 20 news pages of a random draw (seed 20261219), written before rule round 34 by two helpers who saw no rule, with
    # fresh28's brief; scored once after round 34 (which moved none of its figures): these floors are those unseen figures (legal
    # 1.000, people 0.983, titles 0.897, organisations 0.891, tasks 0.726 at 0.98 rows a task, activities 0.926, confusion 0.080,
    # years of tasks 0.957 and of activities 0.924; no issued date).
    ("large", "fresh29"): dict(legal=1.00, people=0.98, titles=0.89, orgs=0.89, tasks=0.72, activities=0.92, confusion=0.09, rows_per_task=1.13),
}


def _corpus(name: str) -> Path:
    if name == "corpus":
        return need_corpus()
    if name == "large":
        return need_corpus_large()
    if not any(PORTALS.glob("*.md")):
        pytest.skip(f"the portal corpus is not at {PORTALS}: these tests need ../shared/corpus-portals beside the checkout")
    return PORTALS


@pytest.fixture(scope="module")
def scores() -> dict[tuple[str, str], Scores]:
    cache: dict[tuple[str, str], Scores] = {}

    def get(key: tuple[str, str]) -> Scores:
        if key not in cache:
            cache[key] = evaluate(_corpus(key[0]), GOLD / key[0], key[1])[0]
        return cache[key]
    return get


def _gold_files(name: str) -> list[Path]:
    return sorted(p for p in (GOLD / name).glob("*.json") if p.name != "groups.json")


def test_enough_gold_pages():
    assert len(_gold_files("corpus")) >= 20
    portals = _gold_files("portals")
    assert len(portals) >= 12 and {p.name[:3] for p in portals} == {"bm_", "tnt"}  # both publishers
    groups = json.loads((GOLD / "portals" / "groups.json").read_text("utf-8"))
    assert len(groups["last_written"]) >= 4 and set(groups["last_written"]) <= {p.stem for p in portals}
    for name in ("corpus", "portals"):  # the newest held-out pages, of both sites
        fresh = json.loads((GOLD / name / "groups.json").read_text("utf-8"))["fresh_written"]
        assert len(fresh) >= 4 and set(fresh) <= {p.stem for p in _gold_files(name)}


@pytest.mark.parametrize("gold_path", _gold_files("corpus") + _gold_files("portals") + _gold_files("large"), ids=lambda p: f"{p.parent.name}-{p.stem[:30]}")
def test_gold_files_match_their_pages(gold_path):
    corpus = _corpus(gold_path.parent.name)
    gold = json.loads(gold_path.read_text("utf-8"))
    text = unicodedata.normalize("NFC", (corpus / gold["source"]).read_text("utf-8"))
    assert {"legal_references", "people", "organisations", "activities", "tasks"} <= gold.keys()
    for ref in gold["legal_references"]:
        assert " " not in ref["reference_id"]
    for person in gold["people"]:
        assert person["name"] in text
    for kind in ("activities", "tasks"):
        for item in gold[kind]:
            assert item["phrase"] in text, item["phrase"]


@pytest.mark.parametrize("key", list(FLOORS), ids=lambda k: f"{k[0]}-{k[1]}")
def test_scores_hold(scores, key):
    s, floor = scores(key), FLOORS[key]
    measured = {
        "legal": s.legal.f1, "people": s.people.f1, "titles": s.titles_right / max(1, s.people.tp), "orgs": s.orgs.f1,
        "tasks": s.tasks_found / max(1, s.tasks_gold), "activities": s.activities_found / max(1, s.activities_gold),
    }
    below = {k: round(v, 3) for k, v in measured.items() if v < floor[k]}
    assert not below, f"below the floor {floor}: {below}"
    assert s.confusion() <= floor["confusion"]
    assert s.task_rows / max(1, s.tasks_gold) <= floor["rows_per_task"]
    if "dates" in floor:
        assert s.dates_right / max(1, s.dates_gold) >= floor["dates"]
