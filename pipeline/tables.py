"""Many pages' rows into the published tables: one document per distinct text, one organisation row
per body across pages, stable row order, types from pipeline/schema.py."""
from __future__ import annotations

from itertools import chain

import polars as pl

from pipeline.extract.links import target_groups
from pipeline.extract.vocabulary import gazetteer
from pipeline.page import org_row_from_entry
from pipeline.schema import TABLES

_EVIDENCE = ("document_id", "sentence_id", "char_start", "char_end")

# Row order of each table: by its key, so that a rebuild writes the same bytes.
_SORT = {
    "documents": ["document_id"], "sentences": ["document_id", "char_start"], "organisations": ["organisation_id"],
    "organisation_mentions": ["document_id", "char_start"], "participants": ["participant_id"],
    "legal_references": ["document_id", "reference_id"], "named_references": ["document_id", "char_start"],
    "activities": ["activity_id"], "tasks": ["task_id"], "commitment_evidence": ["commitment_id", "evidence_no"],
    "commitment_organisations": ["commitment_id", "char_start"], "commitment_target_groups": ["commitment_id", "char_start"],
    "commitment_legal_references": ["commitment_id", "reference_id"], "target_groups": ["target_group_id"],
    "rejections": ["source_path"],
}


Columns = dict[str, dict[str, list]]  # one page's rows, table by table, column by column


def columnar(rows: dict[str, list[dict]]) -> Columns:
    """process_page's rows as columns: far less memory per page than one dict per row, and many pages'
    columns join into one table without a Python loop per row."""
    return {table: {f.name: [r.get(f.name) for r in table_rows] for f in TABLES[table].fields}
            for table, table_rows in rows.items()}


def combine(results: list[tuple[str, str, Columns | None, str]]) -> dict[str, pl.DataFrame]:
    """`results`: (file name, sha256, columnar rows of a page or None, rejection reason) per raw file."""
    rejections: list[dict] = []
    doc_of_text: dict[str, str] = {}
    pages: list[Columns] = []
    for name, sha, columns, reason in sorted(results, key=lambda r: r[0]):
        if columns is None:
            rejections.append({"source_path": name, "source_sha256": sha, "reason": reason, "duplicate_of": None})
            continue
        doc_id = columns["documents"]["document_id"][0]
        if doc_id in doc_of_text:
            # The same text under another name: published once, the duplicate recorded.
            rejections.append({"source_path": name, "source_sha256": sha, "duplicate_of": doc_id,
                               "reason": f"same text as {doc_of_text[doc_id]}, published once"})
            continue
        doc_of_text[doc_id] = name
        pages.append(columns)
    frames = {
        table: _frame(table, {c: list(chain.from_iterable(p[table][c] for p in pages)) for c in TABLES[table].polars_schema})
        for table in TABLES if table not in ("organisations", "target_groups", "rejections")
    }
    orgs: dict[str, dict] = {}
    for p in pages:  # the first page (in file-name order) that names a body gives its row
        cols = p["organisations"]
        for i, oid in enumerate(cols["organisation_id"]):
            if oid not in orgs:
                orgs[oid] = {c: v[i] for c, v in cols.items()}
    frames["organisations"] = _frame("organisations", _rows_to_columns("organisations", _close_over_parents(orgs, frames).values()))
    frames["target_groups"] = _frame("target_groups", _rows_to_columns("target_groups", (
        {"target_group_id": gid, "name": g["name"], "name_en": g["name_en"]} for gid, g in target_groups().items())))
    frames["rejections"] = _frame("rejections", _rows_to_columns("rejections", rejections))
    return {table: frames[table] for table in TABLES}


def _rows_to_columns(table: str, rows) -> dict[str, list]:
    rows = list(rows)
    return {c: [r.get(c) for r in rows] for c in TABLES[table].polars_schema}


def _close_over_parents(orgs: dict[str, dict], frames: dict[str, pl.DataFrame]) -> dict[str, dict]:
    """Every organisation a row points to (a parent, a title's body) gets a row too, with the evidence
    of the row that points to it."""
    entries = gazetteer()
    pending: list[tuple[str, dict]] = []
    for table in ("participants", "activities", "tasks"):
        referring = (frames[table].select("organisation_id", *_EVIDENCE).drop_nulls("organisation_id")
                     .filter(~pl.col("organisation_id").is_in(list(orgs)))
                     .unique("organisation_id", keep="first", maintain_order=True))
        pending += [(r["organisation_id"], r) for r in referring.to_dicts()]
    pending += [(o["parent_organisation_id"], o) for o in orgs.values() if o["parent_organisation_id"]]
    pending.reverse()  # popped from the end: the first reference gives the evidence
    while pending:
        oid, child = pending.pop()
        if oid in orgs or oid not in entries:
            continue
        orgs[oid] = {**org_row_from_entry(entries[oid]), **{k: child[k] for k in _EVIDENCE}}
        if orgs[oid]["parent_organisation_id"]:
            pending.append((orgs[oid]["parent_organisation_id"], orgs[oid]))
    for o in orgs.values():
        if o["parent_organisation_id"] and o["parent_organisation_id"] not in orgs:
            o["parent_organisation_id"] = None
    return orgs


def _frame(name: str, columns: dict[str, list]) -> pl.DataFrame:
    schema = TABLES[name].polars_schema
    frame = pl.DataFrame(columns, schema={f: (pl.String if t == pl.Date else t) for f, t in schema.items()})
    frame = frame.with_columns([pl.col(f).str.to_date("%Y-%m-%d") for f, t in schema.items() if t == pl.Date])
    return frame.sort(_SORT[name], maintain_order=True)
