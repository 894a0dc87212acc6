"""Every row of every table points back to the words it came from: document, sentence and span."""
from __future__ import annotations

import polars as pl
import pytest

from conftest import read_package

# The column whose text the span must equal, for tables that carry their evidence's words.
EVIDENCE_TEXT = {
    "sentences": "text", "activities": "description", "tasks": "description", "organisation_mentions": "surface",
    "legal_references": "surface", "named_references": "text", "participants": "person_name",
    "commitment_target_groups": "surface", "documents": "text",
}
# Tables that are vocabularies or build reports, not drawn from the text.
NOT_FROM_TEXT = {"target_groups", "rejections", "quarantine"}


def check_provenance(tables: dict[str, pl.DataFrame]) -> None:
    texts = dict(zip(tables["documents"]["document_id"], tables["documents"]["text"]))
    sentences = {r["sentence_id"]: r for r in tables["sentences"].iter_rows(named=True)}
    for name, frame in tables.items():
        if name in NOT_FROM_TEXT:
            continue
        for column in ("document_id", "sentence_id", "char_start", "char_end"):
            assert column in frame.columns, f"{name} has no {column}"
            assert frame[column].null_count() == 0, f"{name}.{column} has empty cells"
        for row in frame.iter_rows(named=True):
            text = texts[row["document_id"]]
            a, b = row["char_start"], row["char_end"]
            assert 0 <= a < b <= len(text), (name, row)
            sentence = sentences[row["sentence_id"]]
            assert sentence["document_id"] == row["document_id"], (name, row)
            if name != "documents":
                assert sentence["char_start"] <= a < sentence["char_end"], (name, row)  # the span starts in its sentence
            if name in EVIDENCE_TEXT:
                assert text[a:b] == row[EVIDENCE_TEXT[name]], (name, row)
    # The first evidence of an activity or task is its own clause.
    descriptions = dict(zip(tables["tasks"]["task_id"], tables["tasks"]["description"])) | dict(
        zip(tables["activities"]["activity_id"], tables["activities"]["description"]))
    for row in tables["commitment_evidence"].filter(pl.col("evidence_no") == 1).iter_rows(named=True):
        assert texts[row["document_id"]][row["char_start"]:row["char_end"]] == descriptions[row["commitment_id"]]


def test_seed_rows_point_to_their_words(seed_tables):
    check_provenance(seed_tables)


def test_corpus_rows_point_to_their_words(corpus_build):
    check_provenance(read_package(corpus_build))


@pytest.mark.parametrize("table", ["commitment_organisations", "commitment_target_groups", "commitment_legal_references"])
def test_links_point_to_existing_rows(seed_tables, table):
    ids = set(seed_tables["tasks"]["task_id"]) | set(seed_tables["activities"]["activity_id"])
    assert set(seed_tables[table]["commitment_id"]) <= ids
