"""The data card: a Markdown README for the published package, rendered from its descriptor.

`render_datacard(descriptor)` is pure: the same descriptor gives the same bytes (no timestamps, tables
and fields in descriptor order). The category vocabulary is read from pipeline/data/commitments.json.
"""
from __future__ import annotations

from pathlib import Path

from pipeline.extract.vocabulary import data_json

BUILD_COMMAND = "python3 project.py build"

LIMITATIONS = (
    "Extraction is rule-based: people and organisations are found by Vietnamese "
    "grammar patterns (titles such as *Thứ trưởng*, *Cục trưởng* before a name; organisation heads such as "
    "*Bộ*, *Cục*, *Hội*) and by a gazetteer of known bodies (`pipeline/data/`). Names written in other ways "
    "can be missed, and a rare false match can slip through.",
    "Activities and tasks are clause-level: one row per clause that a cue marks as done or to do. A reader "
    "may split a long sentence into more commitments, or merge clauses this pipeline keeps apart. Whether a "
    "clause is done or to do is the rules' decision, except where a small logistic model fitted on the "
    "hand-annotated pages (`pipeline/data/kind_model.json`) reads the other kind with confidence: then the "
    "model's. Their categories come from keyword rules and are a first sorting, not an official classification.",
    "The parent of an organisation (`organisations.parent_organisation_id`) comes from the gazetteer when the "
    "body is listed there. For bodies discovered in the text it comes from the text when it names one "
    "(*Cục … (Bộ …)*, *Vụ …, Bộ …*), else from name rules, else it is inferred from the page's own ministry "
    "(a department named without its ministry on a ministry's news page is attached to that ministry), "
    "which can be wrong for units of other ministries.",
    "Coverage is only the pages kept in `raw/` (listed under *Sources*): the tables describe what these "
    "pages report, not everything the bodies did. Files the pipeline could not publish are listed in the "
    "`rejections` table, and rows it left out in the `quarantine` table (see *The build report*).",
)


def _across_pages() -> list[str]:
    """How the registries across pages are resolved, and the joins that use them."""
    return [
        "## Across pages: `legal_documents`, `people`, `person_titles`", "",
        "Every citation and every participant belongs to one page; these tables tie them across pages. "
        "`legal_references.legal_document_id` points into `legal_documents`, `participants.person_id` into `people`; "
        "both keys are declared and validated.", "",
        "**Legal documents.** A number with a year (`130/2021/NĐ-CP`) is one document wherever it is cited. A number "
        "without one is not: the Government's resolutions `01/NQ-CP` and `02/NQ-CP` are issued every January. Such a "
        "citation belongs to the year of the issue date its page states (`01/NQ-CP ngày 8/1/2025` → `01/NQ-CP@2025`, "
        "`year_source` = issued_date); with no date stated, it is grouped with the citations of pages of the same year "
        "(`citing_page`; the year stays empty, as the document may be older than the page); on an undated page it stays "
        "that page's own (`unknown`). Issue dates the pages state are kept when they agree and flagged "
        "(`issued_date_conflict`, with every date in `issued_dates_stated`) when they do not; the subject is the most "
        "complete one stated; `citing_documents` counts the pages citing it, `first_cited`/`last_cited` their dates.", "",
        "**People.** Names are matched with case folded and the tone mark of a closing oa/oe/uy placed one way "
        "(Hoà = Hòa, Thuỷ = Thủy); the spellings stay in `participants.person_name` and `people.spellings`. Participants are "
        "taken in date order; one joins the first person of the same name whose organisations are of the same branch as "
        "its own (the same body, one under the other, or both under one ministry or province body; the state's top "
        "bodies such as Chính phủ do not count), or, when either names no organisation, who was seen in the same office "
        "(a qualified office counts as its office: Phó Thủ tướng thường trực is a Phó Thủ tướng; military ranks are held "
        "beside offices and do not count). A participant named by a rank alone joins the one namesake, if there is one; "
        "a participant named with neither title nor body joins only a person named as barely, when there is exactly "
        "one. Everything else starts a new person (`-2`, `-3` … on the id): two "
        "people who share a name in unrelated bodies stay two, and a person who moved to an unrelated body is split "
        "in two rather than merged by guess. `person_titles` lists each title with its organisation and the dates it "
        "was seen.", "",
        "Every page citing Nghị định 130/2021/NĐ-CP, and every task directed by a given person:", "",
        "Polars:", "", "```python", "import polars as pl",
        'refs, docs = pl.read_parquet("data/legal_references.parquet"), pl.read_parquet("data/documents.parquet")',
        'print(refs.filter(pl.col("legal_document_id") == "130/2021/NĐ-CP").join(docs, on="document_id")',
        '      .select("document_id", "title", "published_date"))',
        'tasks, people = pl.read_parquet("data/tasks.parquet"), pl.read_parquet("data/participants.parquet")',
        'directed = tasks.join(people, left_on="directed_by_participant_id", right_on="participant_id")',
        'print(directed.filter(pl.col("person_id") == "nguyen-thi-ha").select("description", "target_year"))',
        "```", "",
        "pandas:", "", "```python", "import pandas as pd",
        'refs, docs = pd.read_parquet("data/legal_references.parquet"), pd.read_parquet("data/documents.parquet")',
        'print(refs[refs.legal_document_id == "130/2021/NĐ-CP"].merge(docs, on="document_id")[["document_id", "title", "published_date"]])',
        'tasks, parts = pd.read_parquet("data/tasks.parquet"), pd.read_parquet("data/participants.parquet")',
        'directed = tasks.merge(parts, left_on="directed_by_participant_id", right_on="participant_id")',
        'print(directed[directed.person_id == "nguyen-thi-ha"][["description", "target_year"]])',
        "```", "",
        "DuckDB:", "", "```sql",
        "SELECT d.document_id, d.title, d.published_date",
        "FROM 'data/legal_references.parquet' AS r JOIN 'data/documents.parquet' AS d USING (document_id)",
        "WHERE r.legal_document_id = '130/2021/NĐ-CP';",
        "SELECT t.description, t.target_year",
        "FROM 'data/tasks.parquet' AS t JOIN 'data/participants.parquet' AS p ON t.directed_by_participant_id = p.participant_id",
        "WHERE p.person_id = 'nguyen-thi-ha';",
        "```", "",
    ]


def _build_report() -> list[str]:
    """How to read the two tables of the build report, with the rules they name (from the data)."""
    rules = data_json("value_rules.json")["rules"]
    out = ["## The build report: `rejections` and `quarantine`", "",
           "Nothing is dropped silently. A file of the raw folder that is not published is a row of `rejections`, "
           "with the reason in words and its kind (`reason_code`). A published page whose extraction made a value "
           "that breaks the data contract keeps its other rows; the row with that value is left out of its table, "
           "and so is every row that needs it (a task's evidence needs the task), while an optional reference to "
           "it is emptied (a task whose director was left out keeps the task). Each is a row of `quarantine`: the "
           "page (`document_id`, `source_path`), the table and row, the field, the value as extracted, the rule "
           "and what was done (`row_left_out` or `value_cleared`), with the row's place in `documents.text`. "
           "Fix the source page, or report the rule, and rebuild.", "",
           "The contract is every constraint of the schema (type, required, enum, pattern, unique, keys) and these "
           "sanity rules (`pipeline/data/value_rules.json`); every text value is also trimmed:", "",
           "| Rule | What it asks |", "|---|---|"]
    out += [f"| `{name}` | {_cell(rule['description'])} |" for name, rule in rules.items() if name != "trimmed"]
    out += ["| `depends_on_quarantined_row` | the row needs a row that was left out |", ""]
    return out


def _text(value) -> str:
    """Free text for Markdown: one line, no raw HTML."""
    s = " ".join(str(value if value is not None else "").split())
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cell(value) -> str:
    """Free text for a Markdown table cell."""
    return _text(value).replace("|", "\\|")


def _code(value) -> str:
    s = str(value).replace("|", "\\|")
    fence = "``" if "`" in s else "`"
    return f"{fence}{s}{fence}"


def _split_languages(description: str) -> list[str]:
    """The descriptor's description holds English, then ' / ', then Vietnamese."""
    parts = [p.strip() for p in (description or "").split(" / ", 1)]
    return [p for p in parts if p]


def constraint_facts(field: dict, code) -> str:
    """A field's constraints in words, values formatted by `code` (Markdown here, HTML in site.py)."""
    c = field.get("constraints") or {}
    out = []
    if c.get("required"):
        out.append("required")
    if c.get("unique"):
        out.append("unique")
    if c.get("enum"):
        out.append("one of " + ", ".join(code(v) for v in c["enum"]))
    if c.get("pattern"):
        out.append("pattern " + code(c["pattern"]))
    return "; ".join(out)


def _constraints(field: dict) -> str:
    return constraint_facts(field, _code)


def _tables(descriptor: dict) -> list[dict]:
    return [r for r in descriptor.get("resources", []) if r.get("type") == "table"]


def _file_for(descriptor: dict, name: str, fmt: str) -> dict | None:
    for r in descriptor.get("resources", []):
        if r.get("format") == fmt and (r.get("name") in (name, f"{name}-{fmt}")):
            return r
    return None


def _mermaid(tables: list[dict]) -> list[str]:
    names = {t["name"] for t in tables}
    lines = ["```mermaid", "erDiagram"]
    for t in tables:
        schema = t.get("schema") or {}
        pk = list(schema.get("primaryKey") or [])
        fk_fields = {f for fk in schema.get("foreignKeys") or [] for f in fk.get("fields", [])}
        types = {f["name"]: f.get("type", "string") for f in schema.get("fields", [])}
        keys = [f["name"] for f in schema.get("fields", []) if f["name"] in pk or f["name"] in fk_fields]
        lines.append(f"    {t['name']} {{")
        for k in keys:
            marks = ", ".join(m for m, on in (("PK", k in pk), ("FK", k in fk_fields)) if on)
            lines.append(f"        {types[k]} {k} {marks}")
        lines.append("    }")
    for t in tables:
        schema = t.get("schema") or {}
        required = {f["name"] for f in schema.get("fields", []) if (f.get("constraints") or {}).get("required")}
        for fk in schema.get("foreignKeys") or []:
            ref = fk.get("reference", {}).get("resource") or t["name"]
            if ref not in names:
                continue
            fields = fk.get("fields", [])
            one = "||" if all(f in required for f in fields) else "|o"
            label = ", ".join(fields)
            lines.append(f'    {ref} {one}--o{{ {t["name"]} : "{label}"')
    lines.append("```")
    return lines


def _year(descriptor: dict) -> str:
    created = str(descriptor.get("created") or "")
    return created[:4] if created[:4].isdigit() else "n.d."


def _reading_parts(parted: list[str]) -> list[str]:
    """How to read a table published in parts (pipeline/parts.py; past DatasetPaths.whole_up_to_pages) as one."""
    first = parted[0]
    return [
        "### Tables in parts", "",
        "A large package publishes the tables whose rows belong to one page each ("
        + ", ".join(f"`{n}`" for n in parted) + ") as one CSV and one Parquet file per partition of pages, "
        "in a folder per table, so that a build after new pages rewrites only the parts they fall in. Each part "
        "has the header row; the rows of one page are all in one part; the parts together are the table. "
        "`datapackage.json` lists every part under the table's `path` (a Frictionless multipart resource), with its "
        "size and SHA-256 under `parts`. To read a table as one:", "",
        "```python",
        "import polars as pl",
        f'{first} = pl.read_parquet("data/{first}/*.parquet")        # or pl.scan_parquet(...) to read lazily',
        "",
        "import pandas as pd",
        f'{first} = pd.read_parquet("data/{first}/")                 # pyarrow reads the folder as one table',
        "",
        "import duckdb",
        f"duckdb.sql(\"SELECT count(*) FROM 'data/{first}/*.parquet'\")",
        "```", "",
        "The CSV parts read the same way: `pl.read_csv(\"data/" + first + "/*.csv\")`, or "
        f"`duckdb.sql(\"SELECT * FROM read_csv('data/{first}/*.csv')\")`; "
        "`frictionless validate datapackage.json` reads the parts as one table.", "",
    ]


def render_datacard(descriptor: dict) -> str:
    """Markdown for datapackage/README.md, from the package descriptor (deterministic)."""
    title = descriptor.get("title") or descriptor.get("name", "Data package")
    name = descriptor.get("name", "")
    version = descriptor.get("version", "")
    tables = _tables(descriptor)
    out: list[str] = [f"# {_text(title)}", ""]

    meta = [f"`{name}`" if name else "", f"version {version}" if version else "",
            f"created {_text(str(descriptor.get('created', ''))[:10])}" if descriptor.get("created") else ""]
    meta = [m for m in meta if m]
    if meta:
        out += [" · ".join(meta), ""]
    for i, part in enumerate(_split_languages(descriptor.get("description", ""))):
        label = "English" if i == 0 else "Tiếng Việt"
        out += [f"**{label}.** {_text(part)}", ""]
    if descriptor.get("keywords"):
        out += ["Keywords: " + ", ".join(_text(k) for k in descriptor["keywords"]), ""]

    # ------------------------------------------------------------------ files and tables
    out += ["## Files", "",
            "| File | What it is |", "|---|---|",
            "| `datapackage.json` | Frictionless descriptor: every table, field, key, source and licence |",
            "| `README.md` | This data card |",
            "| `index.html` | A browsable overview of the package: schemas, previews, downloads (no outside assets) |"]
    parted = []
    for t in tables:
        pq = _file_for(descriptor, t["name"], "parquet")
        for resource, kind in ((t, "CSV (UTF-8, header row, empty cell = missing)"), (pq, "Parquet with typed columns")):
            if not resource:
                continue
            if isinstance(resource["path"], list):  # published in parts
                parted.append(t["name"])
                size = sum(part["bytes"] for part in resource.get("parts", []))
                suffix = Path(resource["path"][0]).suffix
                out.append(f"| `data/{t['name']}/*{suffix}` | {_cell(t.get('title', t['name']))}, {kind}, "
                           f"in {len(resource['path'])} parts, {size} bytes in all |")
            else:
                out.append(f"| `{resource['path']}` | {_cell(t.get('title', t['name']))}, {kind}"
                           + (f", {resource['bytes']} bytes" if resource.get("bytes") is not None else "") + " |")
    out.append("")
    if parted:
        out += _reading_parts(sorted(set(parted), key=parted.index))

    out += ["## Tables", ""]
    for t in tables:
        schema = t.get("schema") or {}
        out += [f"### `{t['name']}`: {_text(t.get('title', ''))}", "", _text(t.get("description", "")), ""]
        pk = schema.get("primaryKey") or []
        if pk:
            out += ["Primary key: " + ", ".join(_code(k) for k in pk) + ".", ""]
        out += ["| Field | Type | Description | Constraints |", "|---|---|---|---|"]
        for f in schema.get("fields", []):
            out.append(f"| `{f['name']}` | {_cell(f.get('type', ''))} | {_cell(f.get('description', ''))} | {_constraints(f)} |")
        out.append("")

    # ------------------------------------------------------------------ joins
    out += ["## How the tables join", "",
            "Each arrow goes from the referenced table (one row) to the referencing table (many rows), labelled "
            "with the referencing field(s). `||` means the key is always filled, `|o` that it may be empty. "
            "Every row drawn from the text also carries `char_start`/`char_end` into `documents.text`.", ""]
    out += _mermaid(tables)
    out.append("")
    join_lines = []
    for t in tables:
        for fk in (t.get("schema") or {}).get("foreignKeys") or []:
            ref = fk.get("reference", {}).get("resource") or t["name"]
            join_lines.append(f"- `{t['name']}.{', '.join(fk.get('fields', []))}` → "
                              f"`{ref}.{', '.join(fk.get('reference', {}).get('fields', []))}`")
    if join_lines:
        out += join_lines + [""]

    # ------------------------------------------------------------------ categories
    categories = data_json("commitments.json").get("category_descriptions", {})
    if categories:
        out += ["## Categories of activities and tasks", "",
                "`activities.category` and `tasks.category` take one of these values:", "",
                "| Category | Meaning |", "|---|---|"]
        out += [f"| `{k}` | {_cell(v)} |" for k, v in categories.items()]
        out.append("")

    # ------------------------------------------------------------------ provenance
    out += ["## How it was built, and from what", "",
            f"Built by the Dagster pipeline in this repository: `{BUILD_COMMAND}` (it sets up the pinned "
            "environment, reads the pages in `raw/`, extracts the tables, writes CSV and Parquet, generates "
            "`datapackage.json` from `pipeline/schema.py` and validates the package with frictionless). "
            "The same pages give the same files byte for byte.", ""]
    sources = descriptor.get("sources") or []
    if sources:
        out += ["Sources:", ""]
        for s in sources:
            out.append("- " + ", ".join(source_facts(s, text=_text, title=lambda t: f"*{_text(t)}*", code=lambda t: f"`{t}`")))
        out.append("")

    # ------------------------------------------------------------------ build report
    out += _across_pages()
    out += _build_report()

    # ------------------------------------------------------------------ limitations
    out += ["## Known limitations", ""] + [f"- {line}" for line in LIMITATIONS] + [""]

    # ------------------------------------------------------------------ citation
    authors = "; ".join(_text(c.get("title", "")) for c in descriptor.get("contributors") or [] if c.get("title")) or _text(name)
    licences = descriptor.get("licenses") or []
    out += ["## How to cite", "",
            f"> {authors} ({_year(descriptor)}). *{_text(title)}*. Version {_text(version)}."
            + (f" `{descriptor['id']}`." if descriptor.get("id") else ""), ""]
    if licences:
        out += ["Licence:", ""]
        for lic in licences:
            label = _text(lic.get("title") or lic.get("name", ""))
            ident = lic.get("name", "")
            link = f" <{lic['path']}>" if lic.get("path") else ""
            out.append(f"- {('`' + ident + '` ') if ident else ''}{label}{link}")
        out.append("")

    # ------------------------------------------------------------------ loading
    out += ["## Loading the data", "", "Run these from this folder (the one holding `datapackage.json`).", "",
            "Polars:", "", "```python", "import polars as pl",
            'tasks = pl.read_parquet("data/tasks.parquet")          # typed columns',
            'tasks_csv = pl.read_csv("data/tasks.csv")              # same rows from the CSV',
            'orgs = pl.read_parquet("data/organisations.parquet")',
            'print(tasks.join(orgs, on="organisation_id", how="left").select("description", "name"))',
            "```", "",
            "pandas:", "", "```python", "import pandas as pd",
            'tasks = pd.read_parquet("data/tasks.parquet")          # needs pyarrow',
            'tasks_csv = pd.read_csv("data/tasks.csv")              # empty cells become NaN',
            "```", "",
            "DuckDB:", "", "```sql",
            "SELECT t.target_year, t.category, t.description, o.name",
            "FROM 'data/tasks.parquet' AS t",
            "LEFT JOIN 'data/organisations.parquet' AS o USING (organisation_id);",
            "```", "",
            "R:", "", "```r",
            'tasks <- arrow::read_parquet("data/tasks.parquet")',
            'tasks_csv <- readr::read_csv("data/tasks.csv", na = "")',
            "```", "",
            "Frictionless (validates against the schema while reading):", "", "```sh",
            "frictionless validate datapackage.json", "```", ""]
    return "\n".join(out)


def source_facts(source: dict, text, title, code) -> list[str]:
    """A source's title, publisher, date, address and hash, each formatted by the caller's functions
    (Markdown here, HTML in pipeline/site.py)."""
    facts = [title(source.get("title", ""))]
    if source.get("publisher"):
        facts.append(text(source["publisher"]))
    if source.get("published"):
        facts.append("published " + text(source["published"]))
    if source.get("path"):
        facts.append(code(source["path"]))
    if source.get("sha256"):
        facts.append("SHA-256 " + code(source["sha256"]))
    return facts
