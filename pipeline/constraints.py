"""The schema's constraints checked on the tables themselves, vectorised with Polars.

Frictionless validates a package row by row in Python, about 3,000 rows a second here: right for the
seed and for CI, minutes for a ten-thousand-page archive. These checks test the same rules that
pipeline/schema.py declares (required, unique, enum, pattern, primary and foreign keys) in well under
a second per million rows, so every build is checked before it is published, whatever its size.
"""
from __future__ import annotations

import polars as pl

from pipeline.parts import TableParts
from pipeline.schema import TABLES


def violations(frames: dict) -> list[str]:
    """Every broken constraint, one line each, naming the table, the field and how many rows. A table
    may come whole or as parts (pipeline/parts.py); either way it is scanned lazily, and every count is
    worked out in one pass of Polars over all the tables (an example is looked up only for a rule that
    is broken)."""
    scans = {name: scan(value) for name, value in frames.items()}
    checks: list[tuple[str, pl.LazyFrame, object]] = []  # (what, a one-row query of counts, how to report it)
    for name, table in TABLES.items():
        frame = scans[name]
        counts = []
        for f in table.fields:
            column = pl.col(f.name)
            if f.required:
                counts.append((column.null_count(), f, "required", None))
            if f.unique:
                counts.append((column.drop_nulls().is_duplicated().any(), f, "unique", None))
            if f.enum:
                bad = column.is_not_null() & ~column.is_in(list(f.enum))
                counts.append((bad.sum(), f, "enum", bad))
            if f.pattern:
                bad = column.is_not_null() & ~column.cast(pl.String).str.contains(f"(?:{f.pattern})")
                counts.append((bad.sum(), f, "pattern", bad))
        counts.append((pl.struct(list(table.primary_key)).is_duplicated().any(), None, "primary_key", None))
        checks.append((name, frame.select([c[0].alias(str(i)) for i, c in enumerate(counts)]), counts))
        for fields, ref, ref_fields in table.foreign_keys:
            target = scans[ref].select(list(ref_fields)).unique()
            missing = frame.select(list(fields)).drop_nulls().join(target, left_on=list(fields), right_on=list(ref_fields), how="anti")
            checks.append((name, missing, (fields, ref, ref_fields)))
    results = pl.collect_all([query for _, query, _ in checks])
    out: list[str] = []
    for (name, _, how), result in zip(checks, results):
        if isinstance(how, list):
            out += _rule_messages(name, scans[name], how, result.row(0))
        elif result.height:
            fields, ref, ref_fields = how
            out.append(f"{name}: {result.height} row(s) whose {list(fields)} is not in {ref}{list(ref_fields)}, "
                       f"e.g. {result.row(0)}")
    return out


def scan(value) -> pl.LazyFrame:
    """A table, whole or in parts, as one lazy frame."""
    if isinstance(value, TableParts):
        return pl.scan_ipc([str(path) for _, path in value.files])
    return value.lazy()


def _rule_messages(name: str, frame: pl.LazyFrame, counts: list, values: tuple) -> list[str]:
    out = []
    for (_, f, rule, bad), n in zip(counts, values):
        if not n:
            continue
        if rule == "required":
            out.append(f"{name}.{f.name}: {n} empty value(s) in a required field")
        elif rule == "unique":
            out.append(f"{name}.{f.name}: values repeat in a unique field")
        elif rule == "primary_key":
            table = TABLES[name]
            out.append(f"{name}: primary key {list(table.primary_key)} repeats")
        else:
            example = frame.filter(bad).select(f.name).head(1).collect().item()
            if rule == "enum":
                out.append(f"{name}.{f.name}: {n} value(s) outside {list(f.enum)}, e.g. {example!r}")
            else:
                out.append(f"{name}.{f.name}: {n} value(s) not matching {f.pattern}, e.g. {example!r}")
    return out
