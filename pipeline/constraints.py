"""The schema's constraints checked on the tables themselves, vectorised with Polars.

Frictionless validates a package row by row in Python, about 3,000 rows a second here: right for the
seed and for CI, minutes for a ten-thousand-page archive. These checks test the same rules that
pipeline/schema.py declares (required, unique, enum, pattern, primary and foreign keys) in well under
a second per million rows, so every build is checked before it is published, whatever its size.
"""
from __future__ import annotations

import polars as pl

from pipeline.parts import TableParts, lazy
from pipeline.schema import TABLES


def violations(frames: dict) -> list[str]:
    """Every broken constraint, one line each, naming the table, the field and how many rows. A table
    may come whole or as parts (pipeline/parts.py); either way it is scanned lazily, one table at a
    time with Polars' streaming engine, so a large package is checked without being held in memory (an
    example is looked up only for a rule that is broken)."""
    scans = {name: lazy(value) for name, value in frames.items()}
    # Tables held whole are in memory already, and the default engine is quicker on a few rows.
    engine = "streaming" if any(isinstance(v, TableParts) for v in frames.values()) else "auto"
    keys: dict[tuple, pl.LazyFrame] = {}  # each referenced key made unique once (most tables point at sentences)
    out: list[str] = []
    for name, table in TABLES.items():
        frame = scans[name]
        counts = []  # (a one-value expression, field, rule, the rows that break it)
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
        values = frame.select([c[0].alias(str(i)) for i, c in enumerate(counts)]).collect(engine=engine).row(0)
        out += _rule_messages(name, frame, counts, values)
        for fields, ref, ref_fields in table.foreign_keys:
            if (ref, ref_fields) not in keys:
                keys[ref, ref_fields] = scans[ref].select(list(ref_fields)).unique().collect(engine=engine).lazy()
            missing = (frame.select(list(fields)).drop_nulls()
                       .join(keys[ref, ref_fields], left_on=list(fields), right_on=list(ref_fields), how="anti")
                       .collect(engine=engine))
            if missing.height:
                out.append(f"{name}: {missing.height} row(s) whose {list(fields)} is not in {ref}{list(ref_fields)}, "
                           f"e.g. {missing.row(0)}")
    return out


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
