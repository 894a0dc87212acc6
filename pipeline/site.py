"""A static landing page for the published package: datapackage/index.html.

`render_index(folder, descriptor, archive_name)` reads the package's CSV files in `folder/data/` and
returns one self-contained HTML page: inline CSS, an inline SVG diagram, no scripts and no outside
assets, every link relative to the package folder. Every text taken from the data or the descriptor
is HTML-escaped. The same folder and descriptor give the same bytes (no timestamps, stable order).
"""
from __future__ import annotations

import csv
import html
import unicodedata
from pathlib import Path

import polars as pl

from pipeline.datacard import constraint_facts, source_facts

PREVIEW_ROWS = 10
MAX_GRAPH_NODES = 60

# Graph geometry (px). Text widths are estimated from character counts so the layout needs no browser.
_ROW_H = 24
_INDENT = 22
_CHAR_W = 6.6
_LABEL_MAX = 64
_PAD = 16
_PALETTE = ("#2f6db5", "#c0504d", "#4f8f3a", "#8064a2", "#d08a1e", "#2a9d8f", "#b5487d", "#6b6b6b",
            "#7a5c2e", "#3d5a80", "#9c9d2b", "#e07a5f", "#1b998b", "#5e548e", "#a4161a", "#52796f")

_CSS = """
:root{--ink:#1d2330;--muted:#5b6472;--line:#d9dde3;--soft:#f4f6f8;--accent:#1f5fa8}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:1320px;margin:0 auto;padding:24px 28px 64px}
h1{font-size:1.6rem;line-height:1.25;margin:.2em 0 .4em}
h2{font-size:1.25rem;margin:2.2em 0 .4em;padding-top:.6em;border-top:1px solid var(--line)}
h3{font-size:1rem;margin:1.4em 0 .4em}
p{margin:.4em 0 .8em;max-width:75em}
a{color:var(--accent)}
code{font:0.86em/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:var(--soft);padding:0 .25em;border-radius:3px}
.meta{color:var(--muted);font-size:.92rem}
.lead{font-size:1.02rem}
.downloads{display:flex;flex-wrap:wrap;gap:10px;margin:14px 0 6px;padding:0;list-style:none}
.downloads a{display:inline-block;padding:6px 12px;border:1px solid var(--accent);border-radius:6px;text-decoration:none;font-weight:600;background:#fff}
.downloads a:hover{background:var(--accent);color:#fff}
.downloads .size{font-weight:400;color:var(--muted)}
.downloads a:hover .size{color:#e8eef7}
table{border-collapse:collapse;font-size:.88rem}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.scroll{overflow-x:auto;max-width:100%;border:1px solid var(--line);border-radius:4px}
.scroll table{border:0}
table.schema td:nth-child(4){min-width:22em}
table.preview td{max-width:34em}
table.preview td .cell{line-height:1.4em;max-height:8.4em;overflow:auto;white-space:pre-wrap;overflow-wrap:break-word}
table.preview td.empty::after{content:"\\2205";color:#b3b9c2}
table.preview th{white-space:nowrap}
.constraints code{white-space:normal;overflow-wrap:anywhere}
.toc td:nth-child(-n+4){white-space:nowrap}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;margin:0 0 6px;padding:0;list-style:none;color:var(--muted);font-size:.85rem}
.legend span.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:5px;vertical-align:-1px}
.legend span.box{display:inline-block;width:10px;height:10px;border-radius:2px;border:1.5px solid #333;margin-right:5px;vertical-align:-1px}
.graph{border:1px solid var(--line);border-radius:4px;padding:8px;overflow-x:auto}
.graph svg{max-width:100%;height:auto}
.graph text{font:12px system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;fill:var(--ink)}
.note{color:var(--muted);font-size:.9rem}
section.table{scroll-margin-top:12px}
footer{margin-top:3em;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line);padding-top:1em}
"""


def _e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _size(n: int | None) -> str:
    if n is None:
        return "missing"
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.1f} KiB"
    return f"{n / (1024 * 1024):.1f} MiB"


def _bytes(path: Path) -> int | None:
    return path.stat().st_size if path.is_file() else None


def _read_csv(path: Path, limit: int | None = None, counted: bool = False) -> tuple[list[str], list[list[str]], int]:
    """Header, the first `limit` rows (all when None) and the row count, exactly as the csv module reads them.
    The count comes from the Parquet twin's footer when there is one: reading a large CSV to the end
    only to count it costs seconds. `counted`: the caller knows the count; the file is read no further
    than its first `limit` rows (the count returned is theirs)."""
    if not path.is_file():
        return [], [], 0
    twin = path.with_suffix(".parquet")
    known = (pl.scan_parquet(twin).select(pl.len()).collect().item()
             if limit is not None and not counted and twin.is_file() else None)
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        rows, count = [], 0
        for row in reader:
            if limit is None or count < limit:
                rows.append(row)
            elif known is not None or counted:
                break
            count += 1
    return header, rows, known if known is not None else count


def _read_dicts(path: Path, columns: list[str]) -> list[dict]:
    """Every row of a CSV file as text (those columns), an empty cell as "" (as the csv module reads it),
    read by Polars: the graph reads the organisations and participants whole, tens of thousands of rows in
    a large package."""
    return pl.read_csv(path, infer_schema=False, columns=columns).fill_null("").to_dicts()


_GRAPH_COLUMNS = {"organisations": ["organisation_id", "name", "abbreviation", "name_en", "org_type", "parent_organisation_id"],
                  "participants": ["person_name", "title", "organisation_id", "document_id"]}


def _split_languages(description: str) -> list[str]:
    parts = [p.strip() for p in (description or "").split(" / ", 1)]
    return [p for p in parts if p]


def _tables(descriptor: dict) -> list[dict]:
    return [r for r in descriptor.get("resources", []) if r.get("type") == "table"]


# ---------------------------------------------------------------------------------------------- graph

def _width(label: str) -> float:
    return len(label) * _CHAR_W


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_MAX else label[: _LABEL_MAX - 1] + "…"


# The combining marks of the Latin script (Vietnamese tones, horn, breve, circumflex): dropped in one
# call, not tested a character at a time (thousands of names in a large package).
_MARKS = {c: None for c in range(0x300, 0x370) if unicodedata.combining(chr(c))}


def _sort_key(text: str) -> str:
    """Vietnamese names in alphabetical order, near enough: diacritics ignored, đ with d."""
    return unicodedata.normalize("NFD", text.casefold().replace("đ", "d")).translate(_MARKS)


def _org_order(orgs: dict[str, dict]) -> list[tuple[str, int]]:
    """Organisations depth-first under their parents: (organisation_id, depth), roots and siblings by name."""
    # Each body's key made once: the walk sorts every body's children, and a package has thousands.
    keys = {oid: (_sort_key(row.get("name", "")), row.get("name", ""), oid) for oid, row in orgs.items()}
    key = keys.__getitem__

    children: dict[str, list[str]] = {}
    roots = []
    for oid, row in orgs.items():
        parent = row.get("parent_organisation_id", "")
        if parent and parent in orgs and parent != oid:
            children.setdefault(parent, []).append(oid)
        else:
            roots.append(oid)
    order, seen = [], set()

    def walk(oid, depth):
        stack = [(oid, depth)]
        while stack:
            node, d = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            order.append((node, d))
            for child in sorted(children.get(node, []), key=key, reverse=True):
                stack.append((child, d + 1))

    for root in sorted(roots, key=key):
        walk(root, 0)
    for oid in sorted(orgs, key=key):  # bodies caught in a parent cycle
        if oid not in seen:
            walk(oid, 0)
    return order


def _graph(folder: Path) -> str:
    org_path, people_path = folder / "data" / "organisations.csv", folder / "data" / "participants.csv"
    if not org_path.is_file():
        return ""
    orgs = {r["organisation_id"]: r for r in _read_dicts(org_path, _GRAPH_COLUMNS["organisations"]) if r.get("organisation_id")}
    people_rows = _read_dicts(people_path, _GRAPH_COLUMNS["participants"]) if people_path.is_file() else []
    order = _org_order(orgs)
    position = {oid: i for i, (oid, _) in enumerate(order)}

    # One node per person, title and organisation (the same person on several pages is drawn once).
    people: dict[tuple, dict] = {}
    for r in people_rows:
        k = (r.get("person_name", ""), r.get("title", ""), r.get("organisation_id", "") if r.get("organisation_id") in orgs else "")
        people.setdefault(k, {"name": k[0], "title": k[1], "org": k[2], "docs": set()})["docs"].add(r.get("document_id", ""))
    people_list = sorted(people.values(), key=lambda p: (position.get(p["org"], len(order)), _sort_key(p["name"]), p["name"], p["title"]))

    def ancestors(oid):
        out = []
        while oid and oid in orgs and oid not in out:
            out.append(oid)
            parent = orgs[oid].get("parent_organisation_id", "")
            oid = parent if parent != oid else ""
        return out

    total_orgs, total_people = len(orgs), len(people_list)
    if total_orgs + total_people <= MAX_GRAPH_NODES:
        keep_orgs, keep_people = set(orgs), people_list
    else:
        # People first (with the chain of bodies above them), at most a third of the nodes; then the
        # remaining room goes to organisations in tree order, so every drawn body has its parents drawn.
        keep_orgs, keep_people = set(), []
        for p in people_list:
            need = keep_orgs | set(ancestors(p["org"]))
            if len(keep_people) >= MAX_GRAPH_NODES // 3 or len(need) + len(keep_people) + 1 > MAX_GRAPH_NODES:
                break
            keep_orgs, keep_people = need, keep_people + [p]
        for oid, _ in order:
            if len(keep_orgs) + len(keep_people) >= MAX_GRAPH_NODES:
                break
            keep_orgs.add(oid)
    shown = [(oid, d) for oid, d in order if oid in keep_orgs]
    if not shown and not keep_people:
        return ""

    types = sorted({orgs[oid].get("org_type", "") or "other" for oid, _ in shown})
    colour = {t: _PALETTE[i % len(_PALETTE)] for i, t in enumerate(types)}
    top = _PAD
    y_of = {oid: top + i * _ROW_H + _ROW_H / 2 for i, (oid, _) in enumerate(shown)}
    x_of = {oid: _PAD + 6 + d * _INDENT for oid, d in shown}
    label_of = {oid: _short(orgs[oid].get("name") or oid) for oid, _ in shown}
    label_end = {oid: x_of[oid] + 10 + _width(label_of[oid]) for oid, _ in shown}
    org_right = max(label_end.values(), default=_PAD)
    people_x = org_right + 90
    linked = {p["org"] for p in keep_people if p["org"]}

    person_y, last = [], top - _ROW_H / 2
    for p in keep_people:
        want = y_of.get(p["org"], last + _ROW_H)
        y = max(want, last + _ROW_H)
        person_y.append(y)
        last = y
    person_label = [_short(p["name"] + (f" · {p['title']}" if p["title"] else "")) for p in keep_people]
    width = max(people_x + 10 + max((_width(lbl) for lbl in person_label), default=0), org_right) + _PAD
    height = max([top + len(shown) * _ROW_H] + [y + _ROW_H / 2 for y in person_y]) + _PAD
    width, height = int(round(width)), int(round(height))

    def f(v):
        return f"{v:.1f}".rstrip("0").rstrip(".")

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
             f'role="img" aria-labelledby="graph-title"><title id="graph-title">Organisations by parent, and the people linked to them</title>']
    # parent edges (elbows), then person edges, under the nodes
    parts.append('<g class="edges" fill="none" stroke="#9aa3ae" stroke-width="1.2">')
    for oid, _ in shown:
        parent = orgs[oid].get("parent_organisation_id", "")
        if parent in y_of and parent != oid:
            px, py, cx, cy = x_of[parent], y_of[parent], x_of[oid], y_of[oid]
            parts.append(f'<path d="M{f(px)} {f(py + 5)}V{f(cy)}H{f(cx - 5)}"/>')
    for oid in sorted(linked & set(y_of), key=lambda o: position[o]):
        parts.append(f'<path d="M{f(label_end[oid] + 4)} {f(y_of[oid])}H{f(org_right + 14)}" stroke-dasharray="2 3"/>')
    for p, y in zip(keep_people, person_y):
        if p["org"] in y_of:
            y0, x0, x1 = y_of[p["org"]], org_right + 14, people_x - 6
            mid = (x0 + x1) / 2
            parts.append(f'<path d="M{f(x0)} {f(y0)}C{f(mid)} {f(y0)} {f(mid)} {f(y)} {f(x1)} {f(y)}" stroke="#555"/>')
    parts.append("</g>")
    # organisation nodes
    parts.append('<g class="organisations">')
    for oid, _ in shown:
        row = orgs[oid]
        t = row.get("org_type", "") or "other"
        tip = " · ".join(x for x in (row.get("name", ""), row.get("abbreviation", ""), row.get("name_en", ""), t, oid) if x)
        parts.append(f'<g><title>{_e(tip)}</title><circle cx="{f(x_of[oid])}" cy="{f(y_of[oid])}" r="5" fill="{colour[t]}"/>'
                     f'<text x="{f(x_of[oid] + 10)}" y="{f(y_of[oid] + 4)}">{_e(label_of[oid])}</text></g>')
    parts.append("</g>")
    # people nodes
    parts.append('<g class="people">')
    for p, y, lbl in zip(keep_people, person_y, person_label):
        tip = " · ".join(x for x in (p["name"], p["title"], orgs.get(p["org"], {}).get("name", ""),
                                     f"{len(p['docs'])} document(s)") if x)
        parts.append(f'<g><title>{_e(tip)}</title><rect x="{f(people_x - 6)}" y="{f(y - 5)}" width="10" height="10" rx="2" '
                     f'fill="#fff" stroke="#333" stroke-width="1.5"/><text x="{f(people_x + 10)}" y="{f(y + 4)}" '
                     f'font-weight="600">{_e(lbl)}</text></g>')
    parts.append("</g></svg>")

    legend = ('<ul class="legend">' + "".join(f'<li><span class="dot" style="background:{colour[t]}"></span>{_e(t)}</li>' for t in types)
              + ('<li><span class="box"></span>person</li>' if keep_people else "") + "</ul>")
    note = (f"{len(shown)} organisations and {len(keep_people)} people: each body sits under its parent "
            "(<code>organisations.parent_organisation_id</code>); each person is linked to the body of their title "
            "(<code>participants.organisation_id</code>). Hover a node for its full name and identifier.")
    if len(shown) < total_orgs or len(keep_people) < total_people:
        note = (f"<strong>Truncated:</strong> showing {len(shown)} of {total_orgs} organisations and "
                f"{len(keep_people)} of {total_people} people (at most {MAX_GRAPH_NODES} nodes); the full lists are in "
                '<a href="data/organisations.csv">organisations.csv</a> and <a href="data/participants.csv">participants.csv</a>. ' + note)
    return ('<section id="organisation-graph"><h2>Organisations and people</h2>'
            f'<p class="note">{note}</p><div class="graph">{legend}{"".join(parts)}</div></section>')


# ---------------------------------------------------------------------------------------------- tables

def _constraints(field: dict) -> str:
    return constraint_facts(field, lambda v: f"<code>{_e(v)}</code>")


def _keys(resource: dict, names: set[str]) -> str:
    schema = resource.get("schema") or {}
    bits = []
    if schema.get("primaryKey"):
        bits.append("Primary key: " + ", ".join(f"<code>{_e(k)}</code>" for k in schema["primaryKey"]) + ".")
    joins = []
    for fk in schema.get("foreignKeys") or []:
        ref = fk.get("reference", {}).get("resource") or resource["name"]
        target = f'<a href="#{_e(ref)}">{_e(ref)}</a>' if ref in names else _e(ref)
        joins.append(f"<code>{_e(', '.join(fk.get('fields', [])))}</code> → {target}."
                     f"<code>{_e(', '.join(fk.get('reference', {}).get('fields', [])))}</code>")
    if joins:
        bits.append("Joins: " + "; ".join(joins) + ".")
    return f'<p class="meta">{" ".join(bits)}</p>' if bits else ""


def _table_files(resource: dict) -> list[tuple[str, str]]:
    """(CSV, Parquet) paths of a table: one pair, or one per part of a table published in parts
    (pipeline/package.py), in part order."""
    paths = resource["path"] if isinstance(resource["path"], list) else [resource["path"]]
    return [(p, p.removesuffix(".csv") + ".parquet") for p in paths]


def _sum(sizes: list[int | None]) -> int | None:
    return None if any(n is None for n in sizes) else sum(sizes)


def _table_facts(folder: Path, resource: dict, limit: int | None, count: int | None = None) -> tuple[list[str], list[list[str]], int, int | None, int | None]:
    """(header, the first `limit` rows, rows, CSV bytes, Parquet bytes) of a table, over its parts.
    `count`: the table's rows, when the caller knows them; then only the parts that hold the first
    `limit` rows are opened."""
    header, rows, total = [], [], 0
    files = _table_files(resource)
    for csv_rel, _ in files:
        if count is not None and limit is not None and header and len(rows) >= limit:
            break
        part_header, part_rows, part_count = _read_csv(folder / csv_rel, None if limit is None else max(0, limit - len(rows)),
                                                       counted=count is not None)
        header = header or part_header
        rows += part_rows
        total += part_count
    return header, rows, total if count is None else count, _sum([_bytes(folder / c) for c, _ in files]), _sum([_bytes(folder / q) for _, q in files])


def _table_section(folder: Path, resource: dict, names: set[str], facts: tuple) -> str:
    name = resource["name"]
    files = _table_files(resource)
    csv_rel = files[0][0] if len(files) == 1 else f"data/{name}/"
    header, rows, count, csv_bytes, pq_bytes = facts
    out = [f'<section class="table" id="{_e(name)}">',
           f'<h2>{_e(resource.get("title") or name)} <code>{_e(name)}</code></h2>',
           f'<p>{_e(resource.get("description", ""))}</p>',
           f'<p class="meta"><strong>{count}</strong> row{"s" if count != 1 else ""} · CSV {_size(csv_bytes)} · Parquet {_size(pq_bytes)}'
           + (f" · in {len(files)} parts, one per partition of pages: read them as one table (README.md)" if len(files) > 1 else "")
           + "</p>",
           '<ul class="downloads">']
    for c_rel, q_rel in files:
        label = name if len(files) == 1 else f"{name}/{Path(c_rel).stem}"
        for rel in (c_rel, q_rel):
            size = _bytes(folder / rel)
            if size is not None:
                out.append(f'<li><a href="{_e(rel)}" download>{_e(label)}{Path(rel).suffix} <span class="size">{_size(size)}</span></a></li>')
    out.append("</ul>")
    out.append(_keys(resource, names))
    out.append(f'<h3>Schema</h3><div class="scroll"><table class="schema" data-table="{_e(name)}"><thead><tr>'
               "<th>Field</th><th>Title</th><th>Type</th><th>Description</th><th>Constraints</th></tr></thead><tbody>")
    for fld in (resource.get("schema") or {}).get("fields", []):
        out.append(f'<tr><td><code>{_e(fld.get("name"))}</code></td><td>{_e(fld.get("title", ""))}</td>'
                   f'<td>{_e(fld.get("type", ""))}</td><td>{_e(fld.get("description", ""))}</td>'
                   f'<td class="constraints">{_constraints(fld)}</td></tr>')
    out.append("</tbody></table></div>")
    shown = len(rows)
    caption = (f"First {shown} of {count} rows" if count > shown else f"All {count} row{'s' if count != 1 else ''}")
    out.append(f"<h3>Preview</h3><p class=\"note\">{caption}, as in <code>{_e(csv_rel)}</code> (∅ marks an empty cell).</p>")
    out.append(f'<div class="scroll"><table class="preview" data-table="{_e(name)}"><thead><tr>')
    out.extend(f"<th>{_e(h)}</th>" for h in header)
    out.append("</tr></thead><tbody>")
    for row in rows:
        out.append("<tr>")
        for cell in row:
            out.append(f'<td><div class="cell">{_e(cell)}</div></td>' if cell != "" else '<td class="empty"></td>')
        out.append("</tr>")
    out.append("</tbody></table></div></section>")
    return "".join(out)


# ---------------------------------------------------------------------------------------------- page

TOP = 10  # entries of each registry list on the index page


def _read_table(folder: Path, name: str, columns: list[str] | None = None) -> pl.DataFrame | None:
    """Those columns of a table, from its Parquet (documents.text alone is most of a large package)."""
    path = folder / "data" / f"{name}.parquet"
    if path.is_file():
        return pl.read_parquet(path, columns=columns)
    parts = sorted((folder / "data" / name).glob("*.parquet"))  # a table published in parts
    return pl.concat([pl.read_parquet(p, columns=columns) for p in parts]) if parts else None


def _registries(folder: Path) -> str:
    """The most-cited legal documents and the people seen on the most pages, each opening onto its rows:
    the citing pages, or the pages naming the person with the title they give."""
    docs, people = _read_table(folder, "legal_documents"), _read_table(folder, "people")
    refs = _read_table(folder, "legal_references", ["legal_document_id", "document_id", "surface"])
    participants = _read_table(folder, "participants", ["person_id", "document_id", "participant_id", "title", "organisation_text"])
    pages = _read_table(folder, "documents", ["document_id", "title", "published_date"])
    if docs is None or people is None or pages is None:
        return ""
    pages = pages.rename({"title": "page_title"})

    def day(value) -> str:
        return _e(value.isoformat()) if value else "undated"

    def entries(registry: pl.DataFrame, key: str, count: str, rows_of: pl.DataFrame, anchor: str, summary, item) -> list[str]:
        """The TOP entries of a registry by `count`, each a details element listing its rows by date."""
        top = registry.sort([count, key], descending=[True, False]).head(TOP)
        out = []
        for i, entry in enumerate(top.iter_rows(named=True), start=1):
            rows = (rows_of.filter(pl.col(key) == entry[key]).join(pages, on="document_id")
                    .sort("published_date", "document_id", nulls_last=True))
            items = "".join(f"<li>{day(r['published_date'])}: {item(r)}</li>" for r in rows.iter_rows(named=True))
            out.append(f'<li id="{anchor}-{i}"><details><summary>{summary(entry)} · <code>{_e(entry[key])}</code></summary>'
                       f"<ul>{items}</ul></details></li>")
        return out

    out = ['<section id="most-cited-legal-documents"><h2>Most-cited legal documents</h2>',
           '<p class="note">One row per legal document across all pages (<code>legal_documents</code>); each entry opens '
           "onto the pages citing it.</p><ol>"]
    out += entries(
        docs, "legal_document_id", "citing_documents", refs, "legal-document",
        lambda d: (f"<strong>{_e(d['doc_type'])} {_e(d['reference_id'])}</strong>" + (f" {_e(d['subject'])}" if d["subject"] else "")
                   + f" · cited by {d['citing_documents']} page(s)"),
        lambda r: f"{_e(r['page_title'])} — <q>{_e(r['surface'])}</q> <code>{_e(r['document_id'])}</code>")
    out.append('</ol></section><section id="most-seen-people"><h2>People on the most pages</h2>'
               '<p class="note">One row per person across all pages (<code>people</code>); each entry opens onto the pages '
               "naming them, with the title each gives.</p><ol>")
    out += entries(
        people, "person_id", "page_count", participants, "person",
        lambda p: f"<strong>{_e(p['name'])}</strong> · on {p['page_count']} page(s)",
        lambda r: (f"{_e(r['title'] or '')} {_e(r['organisation_text'] or '')} — {_e(r['page_title'])} "
                   f"<code>{_e(r['participant_id'])}</code>"))
    out.append("</ol></section>")
    return "".join(out)


def render_index(folder: Path, descriptor: dict, archive_name: str, row_counts: dict[str, int] | None = None) -> str:
    """The package's index.html: overview, downloads, organisation graph, and per table its schema and preview.
    `row_counts`: each table's rows, when the caller knows them (the build does); else they are counted."""
    folder = Path(folder)
    tables = _tables(descriptor)
    table_facts = {t["name"]: _table_facts(folder, t, PREVIEW_ROWS, (row_counts or {}).get(t["name"])) for t in tables}
    names = {t["name"] for t in tables}
    title = descriptor.get("title") or descriptor.get("name", "Data package")
    head = (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n')
    out = [head, "<header>"]
    meta = [f"<code>{_e(descriptor.get('name', ''))}</code>" if descriptor.get("name") else "",
            f"version {_e(descriptor['version'])}" if descriptor.get("version") else "",
            f"created {_e(str(descriptor['created'])[:10])}" if descriptor.get("created") else ""]
    out.append(f'<p class="meta">{" · ".join(m for m in meta if m)}</p>')
    out.append(f"<h1>{_e(title)}</h1>")
    for i, part in enumerate(_split_languages(descriptor.get("description", ""))):
        lang = ' lang="vi"' if i else ""
        out.append(f'<p class="lead"{lang}>{_e(part)}</p>')
    out.append('<ul class="downloads">'
               f'<li><a href="{_e(archive_name)}" download>Download everything <span class="size">{_e(archive_name)}</span></a></li>'
               '<li><a href="datapackage.json">datapackage.json <span class="size">descriptor</span></a></li>'
               '<li><a href="README.md">README.md <span class="size">data card</span></a></li></ul>')
    licences = descriptor.get("licenses") or []
    if licences:
        out.append('<p class="meta">Licence: ' + "; ".join(
            f"{_e(lic.get('title') or lic.get('name', ''))}" + (f" (<code>{_e(lic['name'])}</code>)" if lic.get("name") else "")
            + (f" — {_e(lic['path'])}" if lic.get("path") else "") for lic in licences) + ".</p>")
    out.append("</header>")

    # contents
    out.append('<section id="contents"><h2>Tables</h2><div class="scroll"><table class="toc"><thead><tr>'
               '<th>Table</th><th class="num">Rows</th><th>CSV</th><th>Parquet</th><th>What it holds</th></tr></thead><tbody>')
    for t in tables:
        n = t["name"]
        _, _, count, csv_b, pq_b = table_facts[n]
        files = _table_files(t)
        if len(files) == 1:
            csv_cell = f'<a href="{_e(files[0][0])}">{_size(csv_b)}</a>' if csv_b is not None else "missing"
            pq_cell = f'<a href="{_e(files[0][1])}">{_size(pq_b)}</a>' if pq_b is not None else "missing"
        else:  # in parts: the table's section lists them
            csv_cell, pq_cell = (f'<a href="#{_e(n)}">{_size(b)} in {len(files)} parts</a>' if b is not None else "missing"
                                 for b in (csv_b, pq_b))
        out.append(f'<tr><td><a href="#{_e(n)}">{_e(t.get("title") or n)}</a> <code>{_e(n)}</code></td>'
                   f'<td class="num">{count}</td><td>{csv_cell}</td><td>{pq_cell}</td><td>{_e(t.get("description", ""))}</td></tr>')
    out.append("</tbody></table></div>"
               '<p class="note">CSV: UTF-8, header row, an empty cell is a missing value. Parquet: the same rows with '
               "typed columns. Every row drawn from the text carries <code>document_id</code>, <code>sentence_id</code> "
               "and <code>char_start</code>/<code>char_end</code> into <code>documents.text</code>.</p></section>")

    out.append(_graph(folder))
    out.append(_registries(folder))

    sources = descriptor.get("sources") or []
    if sources:
        out.append('<section id="sources"><h2>Sources</h2><ul>')
        for s in sources:
            facts = source_facts(s, text=_e, title=lambda t: f"<strong>{_e(t)}</strong>", code=lambda t: f"<code>{_e(t)}</code>")
            out.append(f"<li>{', '.join(facts)}</li>")
        out.append("</ul><p class=\"note\">Built by the Dagster pipeline of the project repository "
                   "(<code>python3 project.py build</code>); see <a href=\"README.md\">README.md</a> for how, "
                   "the known limitations and how to cite.</p></section>")

    for t in tables:
        out.append(_table_section(folder, t, names, table_facts[t["name"]]))

    out.append(f'<footer>{_e(descriptor.get("name", ""))} {_e(descriptor.get("version", ""))} · '
               "This page has no scripts and loads nothing from elsewhere; every link points into this folder.</footer>")
    out.append("\n</main>\n</body>\n</html>\n")
    return "".join(out)
