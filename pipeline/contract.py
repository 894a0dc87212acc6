"""The data contract, checked where each page is processed: a row whose value breaks it is left out of
the tables with the rows that depend on it, and recorded in the `quarantine` table; the page's other
rows still publish.

The contract is every constraint pipeline/schema.py declares (type, required, enum, pattern, unique,
primary key, foreign keys within the page) and the sanity rules of pipeline/data/value_rules.json that
the schema's fields name. The whole-package checks (pipeline/constraints.py, frictionless) stay as the
last guard: after this, real input cannot trip them, so a failed build means a fault in the code.
"""
from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Callable
from functools import lru_cache

from pipeline.errors import InputError
from pipeline.extract.names import SYLLABLE
from pipeline.extract.vocabulary import data_json
from pipeline.schema import TABLES, Field

# A problem with a value: (rule, what is wrong in words).
Problem = tuple[str, str]
Check = Callable[[object, dict, "Page"], Problem | None]


class Page:
    """What the rules need to know of the page: its published date, when it has one."""

    def __init__(self, published: str | None):
        self.published = _date(published) if isinstance(published, str) else None
        self.year = self.published.year if self.published else None


def _date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


# --- the sanity rules, each built from its parameters in value_rules.json ---------------------------

def _reference_id_ends_at_code(p: dict) -> Check:
    code_part = re.compile(p["code_part"])

    def check(value, row, page):
        parts = re.split(r"[/:-]", value)[1:]  # (a regulation's year follows a colon: "QCVN11-MT:2015/BTNMT")
        glued = [part for part in parts if not code_part.match(part)]
        return ("reference_id_ends_at_code", f"'{glued[0]}' is not a year or a code (a word glued to the number?)") if glued else None
    return check


def _person_name_shape(p: dict) -> Check:
    syllable = re.compile(f"^{SYLLABLE}$")  # the extractors' own syllable: one alphabet for both
    honorifics = set(p["honorifics"])
    # One foreign word alone ("ông Hatsushiba"): two vowel groups, which no Vietnamese syllable has.
    one_word = re.compile(p["single_word_pattern"]) if p.get("single_word_pattern") else None

    def check(value, row, page):
        words = value.split(" ")
        if len(words) == 1 and one_word is not None and value not in honorifics and one_word.fullmatch(value):
            return None
        if not p["min_syllables"] <= len(words) <= p["max_syllables"]:
            return "person_name_shape", f"{len(words)} syllables, not {p['min_syllables']} to {p['max_syllables']}"
        if words[0] in honorifics:
            return "person_name_shape", f"starts with the honorific '{words[0]}'"
        bad = next((w for w in words if not syllable.match(w)), None)
        return ("person_name_shape", f"'{bad}' is not a capitalised syllable") if bad is not None else None
    return check


def _organisation_name_shape(p: dict) -> Check:
    dangling_words = set(p["dangling_words"])
    dangling_endings = tuple(p["dangling_endings"])
    # "trực" is left over from "trực thuộc" (directly under) cut short, but "Thường trực" (standing)
    # ends a name whole: "Văn phòng Thường trực", a page's short form of its standing office.
    whole_endings = tuple(" " + e for e in p["whole_endings"])

    def check(value, row, page):
        if "\n" in value or "\r" in value:
            return "organisation_name_shape", "runs over a line break"
        if "  " in value:
            return "organisation_name_shape", "has a double space"
        if value.endswith(dangling_endings) or (value.rsplit(" ", 1)[-1] in dangling_words and not value.endswith(whole_endings)):
            return "organisation_name_shape", f"ends dangling, in '{value.rsplit(' ', 1)[-1]}'"
        return None
    return check


def _date_in_range(p: dict) -> Check:
    earliest, latest = dt.date.fromisoformat(p["earliest"]), dt.date.fromisoformat(p["latest"])
    grace = dt.timedelta(days=p["issued_after_page_grace_days"])

    def check(value, row, page):
        day = _date(value)
        if day is None:
            return "date_in_range", "not a real calendar date (YYYY-MM-DD)"
        if not earliest <= day <= latest:
            return "date_in_range", f"outside {earliest} to {latest}"
        if "reference_id" in row:  # an issue date: not after the page citing it, in the year of its number
            if page.published and day > page.published + grace:
                return "date_in_range", f"issued after the page citing it ({page.published})"
            if row.get("year") and day.year != row["year"]:
                return "date_in_range", f"issued in {day.year}, but the number carries {row['year']}"
        return None
    return check


def _year_in_range(p: dict) -> Check:
    earliest, latest = p["earliest"], p["latest"]

    def check(value, row, page):
        if not earliest <= value <= latest:
            return "year_in_range", f"outside {earliest} to {latest}"
        if page.year is None:
            return None
        if ("activity_id" in row or "reference_id" in row) and value > page.year:
            return "year_in_range", f"after the year of the page ({page.year}): not yet done or issued"
        if "task_id" in row and value < page.year - 1:
            return "year_in_range", f"before the year the page reviews ({page.year - 1}): not a task still to do"
        return None
    return check


_RULES: dict[str, Callable[[dict], Check]] = {
    "reference_id_ends_at_code": _reference_id_ends_at_code,
    "person_name_shape": _person_name_shape,
    "organisation_name_shape": _organisation_name_shape,
    "date_in_range": _date_in_range,
    "year_in_range": _year_in_range,
}

# --- the schema's constraints, per field ----------------------------------------------------------

_PLAIN_TYPES = {"string": str, "integer": int, "boolean": bool}  # a value of these is of exactly that Python type


def _is_type(type_name: str) -> Callable[[object], bool]:
    if type_name == "date":  # ISO text; whether it is a real day is date_in_range's
        return lambda v: type(v) is str and re.fullmatch(r"\d{4}-\d\d-\d\d", v) is not None
    python_type = _PLAIN_TYPES[type_name]
    return lambda v: type(v) is python_type


def _field_checks(f: Field) -> Callable[[object, dict, Page], Problem | None]:
    """One function that checks a value of the field against every constraint and rule it keeps."""
    is_type = _is_type(f.type)
    enum = frozenset(f.enum)
    pattern = re.compile(f"(?:{f.pattern})") if f.pattern else None
    params = data_json("value_rules.json")["rules"]
    rules = [_RULES[name](params[name]) for name in f.rules]

    def check(value, row, page):
        if value is None or value == "":
            return ("required", "empty, but the field is required") if f.required else None
        if not is_type(value):
            return "type", f"not a {f.type}"
        if f.type == "string":
            if value != value.strip():
                return "trimmed", "space or line break at an end"
            if enum and value not in enum:
                return "enum", f"not one of {sorted(enum)}"
            if pattern and not pattern.search(value):
                return "pattern", f"does not match {f.pattern}"
        for rule in rules:
            problem = rule(value, row, page)
            if problem:
                return problem
        return None
    return check


def _plain_type(f: Field) -> type | None:
    """The Python type a value of the field needs and nothing more (no enum, pattern or rule; a string
    still must be trimmed), or None when the field asks more: such values are checked inline in
    enforce(), without a call per value (most of a page's values are plain)."""
    if f.enum or f.pattern or f.rules or f.type not in _PLAIN_TYPES:
        return None
    return _PLAIN_TYPES[f.type]


def _good_values(f: Field) -> frozenset[str] | None:
    """The values that pass every check of an enum field that asks nothing more (no pattern, no rule):
    its enum, looked up inline in enforce() (a page's sentence kinds, roles and categories are most of
    its checked values)."""
    if not f.enum or f.pattern or f.rules or f.type != "string":
        return None
    return frozenset(v for v in f.enum if v and v == v.strip())


@lru_cache(maxsize=1)
def _checks() -> dict[str, list[tuple[str, type | None, bool, Callable, frozenset[str] | None]]]:
    return {name: [(f.name, _plain_type(f), f.required, _field_checks(f), _good_values(f)) for f in table.fields]
            for name, table in TABLES.items()}


@lru_cache(maxsize=1)
def _keys() -> dict[str, tuple[list[str], list[str], Callable[[dict], tuple]]]:
    """Per table: its unique fields, its primary key's fields, and what reads the key off a row (a tuple)."""
    out = {}
    for name, table in TABLES.items():
        primary = list(table.primary_key)
        get = operator.itemgetter(*primary)
        out[name] = ([f.name for f in table.fields if f.unique], primary,
                     get if len(primary) > 1 else (lambda row, get=get: (get(row),)))
    return out


# Rows depend on the rows their keys point to: the schema's foreign keys within the page, and
# commitment_id, which points at an activity or a task (two tables, so the schema declares a pattern).
_COMMITMENT_TARGETS = (("activities", ("activity_id",)), ("tasks", ("task_id",)))


@lru_cache(maxsize=1)
def _dependencies() -> list[tuple[str, tuple[str, ...], tuple, bool]]:
    """[(table, its fields, [(table, fields) they point to], whether the row needs them)]."""
    out = []
    for name, table in TABLES.items():
        required = {f.name for f in table.fields if f.required}
        for fields, ref, ref_fields in table.foreign_keys:
            if ref != "documents":  # the page's own document row is never left out (see enforce)
                out.append((name, fields, ((ref, ref_fields),), all(f in required for f in fields)))
        if "commitment_id" in table.polars_schema:
            out.append((name, ("commitment_id",), _COMMITMENT_TARGETS, True))
    return out


def _key_of(table: str, row: dict) -> str:
    key = [f for f in TABLES[table].primary_key if f != "document_id"]
    if len(key) == 1 and key[0].endswith("_id"):
        return str(row.get(key[0]))
    return ", ".join(f"{f}={row.get(f)}" for f in key)


def enforce(rows: dict[str, list[dict]], source_path: str) -> dict[str, list[dict]]:
    """The page's rows without those that break the contract (nor those that depend on them), plus the
    `quarantine` rows that record them. Raises InputError when the page's own documents row breaks
    it: every other row depends on that one."""
    document = rows["documents"][0]
    page = Page(document.get("published_date"))
    checks = _checks()
    entries: list[dict] = []
    left_out: dict[str, set[int]] = {name: set() for name in rows}

    def record(table, i, field, value, problem, action="row_left_out"):
        row = rows[table][i]
        entries.append({
            "document_id": document["document_id"], "source_path": source_path, "table_name": table,
            "row_key": _key_of(table, row), "field": field, "value": None if value is None else str(value),
            "rule": problem[0], "action": action, "detail": problem[1],
            "char_start": row.get("char_start") if type(row.get("char_start")) is int else None,
            "char_end": row.get("char_end") if type(row.get("char_end")) is int else None,
        })

    table_keys = _keys()
    for table, table_rows in rows.items():
        table_checks = checks[table]
        unique, primary, key_of = table_keys[table]
        seen: dict[str, set] = {f: set() for f in unique}
        keys: set[tuple] = set()
        for i, row in enumerate(table_rows):
            get = row.get
            for name, plain, required, check, good in table_checks:
                value = get(name)
                if type(value) is plain and (plain is not str or (value and value == value.strip())):
                    continue  # the type it needs, trimmed: nothing else to ask
                if value is None and not required:
                    continue  # an optional value left empty
                if good is not None and type(value) is str and value in good:
                    continue
                problem = check(value, row, page)
                if problem:
                    record(table, i, name, value, problem)
                    left_out[table].add(i)
                    break
            else:
                # A value that repeats within the page: the later row goes (a repeat across pages is a
                # fault of the code, left to the whole-package checks).
                for name in unique:
                    if row[name] is not None and row[name] in seen[name]:
                        record(table, i, name, row[name], ("unique", "repeats a value of an earlier row"))
                        left_out[table].add(i)
                        break
                    seen[name].add(row[name])
                else:
                    key = key_of(row)
                    if key in keys:
                        record(table, i, ",".join(primary), key, ("primary_key", "repeats the key of an earlier row"))
                        left_out[table].add(i)
                    keys.add(key)
    _cascade(rows, left_out, record)
    if left_out["documents"]:  # broken itself, or its title sentence was
        e = next(e for e in entries if e["table_name"] == "documents")
        raise InputError(source_path, f"the page's document row breaks the data contract: {e['field']} {e['value']!r}: {e['detail']}", "contract")
    # (A table with no row left out, most of them, is copied whole rather than row by row.)
    kept = {table: [row for i, row in enumerate(table_rows) if i not in left_out[table]] if left_out[table] else list(table_rows)
            for table, table_rows in rows.items()}
    kept["quarantine"] = [{**e, "quarantine_no": n} for n, e in enumerate(entries, start=1)]
    return kept


def _cascade(rows: dict[str, list[dict]], left_out: dict[str, set[int]], record) -> None:
    """Leave out every row that needs a row left out; empty an optional reference to one. Repeated
    until nothing changes (a left-out sentence takes its task, the task its evidence rows)."""
    def gone(targets) -> set[tuple]:
        out, kept = set(), set()
        for table, fields in targets:
            for i, row in enumerate(rows.get(table, ())):
                (out if i in left_out[table] else kept).add(tuple(row.get(f) for f in fields))
        return out - kept  # a repeat left out leaves its key to the row it repeats

    changed = any(left_out.values())
    while changed:
        changed = False
        missing_by_targets: dict[tuple, set[tuple]] = {}  # most tables point at sentences: found once a pass
        for table, fields, targets, needed in _dependencies():
            if targets not in missing_by_targets:
                missing_by_targets[targets] = gone(targets)
            missing = missing_by_targets[targets]
            for i, row in enumerate(rows.get(table, ())):
                value = tuple(row.get(f) for f in fields)
                if i in left_out[table] or None in value or value not in missing:
                    continue
                problem = ("depends_on_quarantined_row", f"points to a {' or '.join(t for t, _ in targets)} row that was left out")
                shown = ",".join(map(str, value))
                if needed:
                    record(table, i, ",".join(fields), shown, problem)
                    left_out[table].add(i)
                    changed = True
                else:
                    record(table, i, ",".join(fields), shown, problem, "value_cleared")
                    row.update(dict.fromkeys(fields))
