"""The build report on one screen: pages published, files rejected by reason, rows quarantined by rule
with a few examples each. The CLI prints it; the Dagster run shows it as the data package's metadata."""
from __future__ import annotations

import polars as pl

from pipeline.errors import REJECTION_CODES
from pipeline.ingest import safe_name

EXAMPLES = 5


def _shown(value: str | None, width: int = 60) -> str:
    if value is None:
        return "(empty)"
    value = safe_name(value)  # a line break in a value shows as \n, not as a broken line
    return repr(value if len(value) <= width else value[: width - 1] + "…")


def summary(documents: pl.DataFrame, rejections: pl.DataFrame, quarantine: pl.DataFrame) -> str:
    lines = [f"published {documents.height:,} page(s); rejected {rejections.height:,} file(s); "
             f"quarantined {quarantine.filter(pl.col('action') == 'row_left_out').height:,} row(s) "
             f"and cleared {quarantine.filter(pl.col('action') == 'value_cleared').height:,} value(s)"]
    if rejections.height:
        lines.append("rejected files, by reason (the rejections table lists each):")
        for code, group in sorted(rejections.group_by("reason_code"), key=lambda kv: (-kv[1].height, kv[0][0])):
            first = group.row(0, named=True)
            lines.append(f"  {group.height:>6,}  {code[0]}: {REJECTION_CODES[code[0]]}, e.g. {first['source_path']}")
    if quarantine.height:
        lines.append("quarantined, by rule (the quarantine table lists each):")
        for rule, group in sorted(quarantine.group_by("rule"), key=lambda kv: (-kv[1].height, kv[0][0])):
            lines.append(f"  {group.height:>6,}  {rule[0]}")
            examples = group.unique(["table_name", "field", "value", "detail"], keep="first", maintain_order=True)
            for r in examples.head(EXAMPLES).iter_rows(named=True):
                verb = "cleared" if r["action"] == "value_cleared" else "left out"
                lines.append(f"            {r['table_name']}.{r['field']} {_shown(r['value'])} ({verb}; {r['detail']}) in {r['source_path']}")
    return "\n".join(lines)
