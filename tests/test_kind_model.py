"""The learned second opinion on a clause's kind (pipeline/extract/kinds.py, scripts/train_kind_model.py).

The decision is tested with weights written here; the committed weights are checked against a fresh fit on the gold
pages; and the model's worth is tested the only honest way, on gold pages it was not fitted on: a model fitted
without fresh29 (the group written last) must lower that group's task/activity confusion without losing tasks."""
from __future__ import annotations

import importlib.util
import json

from conftest import ROOT, need_corpus_large
from pipeline.extract import kinds
from pipeline.extract.commitments import find_commitments
from pipeline.text.blocks import Block, CleanPage
from pipeline.text.segment import sentences_of


def _train_script():
    spec = importlib.util.spec_from_file_location("train_kind_model", ROOT / "scripts" / "train_kind_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _kinds(paragraphs: list[str]) -> dict[str, str]:
    page = CleanPage(title="Tin", blocks=[Block("title", "Tin")] + [Block("body", p) for p in paragraphs])
    return {c.description: c.kind for c in find_commitments(page.text, sentences_of(page), 2024)}


# A report and a plan in one paragraph (the rules read the first as done, the second as to do).
PAGE = ["Năm 2023, Cục Hải quan tỉnh đã thu ngân sách đạt 5.000 tỷ đồng.",
        "Năm 2024, Cục Hải quan tỉnh sẽ tiếp tục đẩy mạnh cải cách thủ tục hành chính."]
REPORT, PLAN = "Năm 2023, Cục Hải quan tỉnh đã thu ngân sách đạt 5.000 tỷ đồng", "Năm 2024, Cục Hải quan tỉnh sẽ tiếp tục đẩy mạnh cải cách thủ tục hành chính"


def test_the_rules_alone_read_the_report_as_done_and_the_plan_as_to_do():
    with kinds.using({}, 0.0, 1.0):
        assert _kinds(PAGE) == {REPORT: "activity", PLAN: "task"}


def test_a_weight_past_the_margin_turns_the_rules_kind_over_and_one_short_of_it_does_not():
    # "thu" is a word of the report's clause only; the weight of "u:thu" joined with the rules' kind is "u:thu|activity".
    assert "u:thu" in kinds.names(kinds.features("thu ngân sách", 0, 13, None, 2024, (0, 13), "body"))
    with kinds.using({"u:thu|activity": 1.5}, 0.0, 1.0):
        assert _kinds(PAGE) == {REPORT: "task", PLAN: "task"}
    with kinds.using({"u:thu|activity": 0.9}, 0.0, 1.0):
        assert _kinds(PAGE) == {REPORT: "activity", PLAN: "task"}
    with kinds.using({"u:thu": 1.5}, 0.0, 1.0):  # a weight of its own counts whatever the rules decided
        assert _kinds(PAGE) == {REPORT: "task", PLAN: "task"}
    # The other way: a strong weight for "activity" on the plan's "sẽ".
    with kinds.using({"u:sẽ|task": -1.5}, 0.0, 1.0):
        assert _kinds(PAGE) == {REPORT: "activity", PLAN: "activity"}


def test_features_name_the_clause_its_surroundings_and_its_year_each_once():
    low = "theo đó, cục sẽ tiếp tục rà soát, rà soát: thu ngân sách"
    names = kinds.names(kinds.features(low, 9, len(low), 2025, 2024, (0, len(low)), "body"))
    assert len(names) == len(set(names))
    assert {"u:cục", "u:sẽ", "u:rà", "B:cục", "B:sẽ", "L:theo", "L:đó", "P:,", "S:theo", "S:đó", "S:cục", "SK:body",
            "Y:later", "bias"} <= set(names)
    assert "B:soát" not in names  # (its first four words only)
    assert "u:soát," not in names and "u:soát" in names  # (marks are stripped off the words)
    assert "Y:later" not in kinds.names(kinds.features(low, 9, len(low), 2024, 2024, (0, len(low)), "body"))
    assert kinds.joined(["u:cục", "bias"], "task") == ["u:cục", "bias", "u:cục|task", "bias|task"]


def test_recording_collects_every_kept_clause_with_the_model_off():
    with kinds.using({"u:thu|activity": 5.0}, 0.0, 1.0), kinds.recording() as records:
        assert _kinds(PAGE) == {REPORT: "activity", PLAN: "task"}  # what the rules alone decide
    assert [kind for _, kind, _ in records] == ["activity", "task"]
    assert all(isinstance(clause, kinds.Clause) and spans for clause, _, spans in records)


def test_the_committed_model_is_what_a_fit_on_the_gold_pages_gives():
    need_corpus_large()
    script = _train_script()
    data = script.examples(script.gold_pages())
    committed = json.loads((ROOT / "pipeline" / "data" / kinds.MODEL_FILE).read_text("utf-8"))
    assert committed["examples"] == len(data), "the gold changed: run scripts/train_kind_model.py"
    fresh = json.loads(script.model_json(*script.fit(data), len(data), sum(label for _, label in data)))
    worst = script.largest_difference(committed, fresh)
    assert worst <= script.TOLERANCE, f"a weight differs by {worst:.4f}: run scripts/train_kind_model.py"
    assert committed["margin"] == script.MARGIN


def test_a_model_fitted_without_the_last_written_group_lowers_its_confusion():
    # fresh29 was written by two annotators who saw no rule and no output, and no rule round has been tuned on it
    # (README); its pages are left out of the fit here, so this is the model's effect on pages it never saw.
    need_corpus_large()
    script = _train_script()
    (_, _, alone, _), (_, label, with_model, _) = script.cross_validate(["fresh29"])
    assert label == "rules and a model fitted without it"
    assert with_model.confusion() < alone.confusion()
    assert with_model.tasks_found / with_model.tasks_gold >= alone.tasks_found / alone.tasks_gold
    assert with_model.activities_found / with_model.activities_gold >= alone.activities_found / alone.activities_gold - 0.01
