"""Many pages' rows into the published tables: one document per distinct text, one organisation row
per body across pages, stable row order, types from pipeline/schema.py."""
from __future__ import annotations

import polars as pl

from pipeline.extract.vocabulary import gazetteer
from pipeline.schema import TABLES

# Row order of each table: by its key, so that a rebuild writes the same bytes.
_SORT = {
    "documents": ["document_id"], "sentences": ["document_id", "char_start"], "organisations": ["organisation_id"],
    "organisation_mentions": ["document_id", "char_start"], "participants": ["participant_id"],
    "legal_references": ["document_id", "reference_id"], "named_references": ["document_id", "char_start"],
    "activities": ["activity_id"], "tasks": ["task_id"], "commitment_evidence": ["commitment_id", "evidence_no"],
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
    return {name: _frame(name, table_rows) for name, table_rows in rows.items()}


def _close_over_parents(orgs: dict[str, dict], rows: dict[str, list[dict]]) -> dict[str, dict]:
    """Every organisation a row points to (a parent, an issuer, a title's body) gets a row too."""
    wanted = {r.get(k) for t in ("participants", "activities", "tasks") for r in rows[t] for k in ("organisation_id",)}
    wanted |= {r["issuer_organisation_id"] for r in rows["legal_references"]}
    pending = [w for w in wanted if w] + [o["parent_organisation_id"] for o in orgs.values() if o["parent_organisation_id"]]
    entries = gazetteer()
    while pending:
        oid = pending.pop()
        if oid in orgs:
            continue
        e = entries.get(oid)
        if e is None:
            continue
        orgs[oid] = {"organisation_id": e.organisation_id, "name": e.name, "abbreviation": e.abbreviations[0] if e.abbreviations else None,
                     "name_en": e.name_en or None, "org_type": e.org_type, "parent_organisation_id": e.parent_id or None,
                     "source": f"gazetteer: {e.source}"}
        if e.parent_id:
            pending.append(e.parent_id)
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
