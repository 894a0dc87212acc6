"""Many pages' rows into the published tables: one document per distinct text, one organisation row
per body across pages, stable row order, types from pipeline/schema.py."""
from __future__ import annotations

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


def combine(results: list[tuple[str, str, dict | None, str]]) -> dict[str, pl.DataFrame]:
    """`results`: (file name, sha256, rows of process_page or None, rejection reason) per raw file."""
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    doc_of_text: dict[str, str] = {}
    orgs: dict[str, dict] = {}
    for name, sha, page_rows, reason in sorted(results, key=lambda r: r[0]):
        if page_rows is None:
            rows["rejections"].append({"source_path": name, "source_sha256": sha, "reason": reason, "duplicate_of": None})
            continue
        doc_id = page_rows["documents"][0]["document_id"]
        if doc_id in doc_of_text:
            # The same text under another name: published once, the duplicate recorded.
            rows["rejections"].append({"source_path": name, "source_sha256": sha, "duplicate_of": doc_id,
                                       "reason": f"same text as {doc_of_text[doc_id]}, published once"})
            continue
        doc_of_text[doc_id] = name
        for table, table_rows in page_rows.items():
            if table == "organisations":
                for o in table_rows:
                    orgs.setdefault(o["organisation_id"], o)
            else:
                rows[table].extend(table_rows)
    rows["organisations"] = list(_close_over_parents(orgs, rows).values())
    rows["target_groups"] = [{"target_group_id": gid, "name": g["name"], "name_en": g["name_en"]} for gid, g in target_groups().items()]
    return {name: _frame(name, table_rows) for name, table_rows in rows.items()}


def _close_over_parents(orgs: dict[str, dict], rows: dict[str, list[dict]]) -> dict[str, dict]:
    """Every organisation a row points to (a parent, a title's body) gets a row too, with the evidence
    of the row that points to it."""
    entries = gazetteer()
    pending: list[tuple[str, dict]] = []
    for table in ("participants", "activities", "tasks"):
        pending += [(r["organisation_id"], r) for r in rows[table] if r.get("organisation_id")]
    pending += [(o["parent_organisation_id"], o) for o in orgs.values() if o["parent_organisation_id"]]
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


def _frame(name: str, table_rows: list[dict]) -> pl.DataFrame:
    table = TABLES[name]
    schema = table.polars_schema
    cleaned = [{f: r.get(f) for f in schema} for r in table_rows]
    frame = pl.DataFrame(cleaned, schema={f: (pl.String if t == pl.Date else t) for f, t in schema.items()}, orient="row")
    frame = frame.with_columns([pl.col(f).str.to_date("%Y-%m-%d") for f, t in schema.items() if t == pl.Date])
    return frame.sort(_SORT[name], maintain_order=True)
