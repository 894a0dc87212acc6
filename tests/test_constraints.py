"""The vectorised checks of pipeline/constraints.py find what frictionless would find."""
from __future__ import annotations

import polars as pl
from conftest import need_corpus

from pipeline.constraints import violations
from pipeline.ingest import read_raw_dir
from pipeline.run_pages import process_pages
from pipeline.tables import combine


def test_a_built_package_has_no_violations(seed_tables):
    assert violations(seed_tables) == []


def test_each_kind_of_violation_is_named(seed_tables):
    broken = dict(seed_tables)
    broken["participants"] = seed_tables["participants"].with_columns(pl.lit("sang").alias("role"))
    broken["legal_references"] = seed_tables["legal_references"].with_columns(pl.lit("36 /CT-TTg").alias("reference_id"))
    broken["tasks"] = seed_tables["tasks"].with_columns(pl.lit("nobody").alias("organisation_id"))
    broken["documents"] = pl.concat([seed_tables["documents"], seed_tables["documents"]])
    broken["sentences"] = seed_tables["sentences"].with_columns(pl.lit(None, pl.String).alias("text"))
    found = "\n".join(violations(broken))
    assert "participants.role: 2 value(s) outside" in found
    assert "legal_references.reference_id: 3 value(s) not matching" in found
    assert "tasks: 4 row(s) whose ['organisation_id'] is not in organisations" in found
    assert "documents: primary key ['document_id'] repeats" in found
    assert "documents.document_id: values repeat in a unique field" in found
    assert "sentences.text:" in found and "required field" in found


def test_every_corpus_page_alone_makes_tables_that_keep_the_schema(tmp_path):
    """Cross-page steps (one organisations row per body, rows for the bodies other rows point to) must
    hold for any set of pages, not only for the whole corpus, where one page can supply a row another
    page needs: a state office named as a task's actor on a page of its own once broke the build."""
    pages = [p for p in read_raw_dir(need_corpus()) if p.name.endswith(".md")]
    assert len(pages) >= 50
    broken = {}
    for page in pages:
        found = violations(combine(process_pages([page], cache_dir=None, workers=1)))
        if found:
            broken[page.name] = found
    assert broken == {}
