"""Score the extraction against hand-written gold (tests/gold/corpus/*.json).

    .venv/bin/python -m pipeline.evaluate [--corpus ../shared/corpus] [--gold tests/gold/corpus] [--per-page]

Micro-averaged over pages: legal references by exact reference_id, and the issued date of each matched
one whose gold states it; people by name, and the title of each matched person; organisations by name,
abbreviation or surface form; tasks and activities by recall of the gold phrases (a phrase counts when
it lies inside a row's evidence), rows per gold item, the year of the first row holding each gold item
that states one, and confusion: the share of rows holding a gold item that hold only items of the
other kind (a task row stating a done thing, an activity row stating a thing to do).

A gold folder may hold groups.json, {"last_written": [stems], "fresh_written": [stems],
"fresh2_written": [stems], … "fresh21_written": [stems], "held_out": [stems]}: the groups of pages
annotated after the others, each before any rule was changed for them, reported on their own with
--group last, fresh, fresh2 … fresh29 or held_out. "held_out" lists the pages nobody tuning the rules may
read yet; the earlier groups have been used for tuning since, each once its figures were taken. --group tuned is the pages
in no list, --group known every page but the held-out ones.
"""
from __future__ import annotations

import argparse
import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.page import RawPage, process_page
from pipeline.resources import PROJECT_ROOT
from pipeline.text.fold import fold_tone_marks


@dataclass
class Count:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    legal: Count = field(default_factory=Count)
    people: Count = field(default_factory=Count)
    titles_right: int = 0
    orgs: Count = field(default_factory=Count)
    tasks_found: int = 0
    tasks_gold: int = 0
    task_rows: int = 0
    activities_found: int = 0
    activities_gold: int = 0
    activity_rows: int = 0
    dates_right: int = 0  # matched references whose gold gives an issued date, and those the pipeline got right
    dates_gold: int = 0
    years: dict = field(default_factory=lambda: {"tasks": [0, 0], "activities": [0, 0]})  # [right, gold items found that state a year]
    confused: dict = field(default_factory=lambda: {"tasks": [0, 0], "activities": [0, 0]})  # [rows of the other kind only, rows holding any gold item]
    misses: list[str] = field(default_factory=list)

    def year_rate(self, kind: str) -> float:
        right, total = self.years[kind]
        return right / total if total else 1.0

    def confusion(self, kind: str | None = None) -> float:
        kinds = [kind] if kind else list(self.confused)
        wrong, total = sum(self.confused[k][0] for k in kinds), sum(self.confused[k][1] for k in kinds)
        return wrong / total if total else 0.0


def _fold(s: str) -> str:
    s = fold_tone_marks(unicodedata.normalize("NFC", s).replace("–", "-").replace("—", "-"))
    return " ".join(s.split()).casefold()


def score_page(rows: dict, gold: dict, scores: Scores, label: str) -> None:
    # Legal references: exact official numbers.
    pred = {r["reference_id"] for r in rows["legal_references"]}
    want = {g["reference_id"] for g in gold["legal_references"]}
    scores.legal.add(len(pred & want), len(pred - want), len(want - pred))
    scores.misses += [f"{label}: legal missed {x}" for x in sorted(want - pred)] + [f"{label}: legal extra {x}" for x in sorted(pred - want)]
    issued = {r["reference_id"]: r["issued_date"] or "" for r in rows["legal_references"]}
    for g in gold["legal_references"]:
        if g.get("issued_date") and g["reference_id"] in issued:
            scores.dates_gold += 1
            if str(issued[g["reference_id"]]) == g["issued_date"]:
                scores.dates_right += 1
            else:
                scores.misses.append(f"{label}: issued date of {g['reference_id']}: {issued[g['reference_id']]!r} vs {g['issued_date']!r}")

    # People: names; titles of the matched ones.
    pred_people = {_fold(p["person_name"]): p for p in rows["participants"]}
    want_people = {_fold(g["name"]): g for g in gold["people"]}
    matched = pred_people.keys() & want_people.keys()
    scores.people.add(len(matched), len(pred_people.keys() - matched), len(want_people.keys() - matched))
    for key in matched:
        if _fold(pred_people[key]["title"] or "") == _fold(want_people[key]["title"] or ""):
            scores.titles_right += 1
        else:
            scores.misses.append(f"{label}: title of {key}: {pred_people[key]['title']!r} vs {want_people[key]['title']!r}")
    scores.misses += [f"{label}: person missed {x}" for x in sorted(want_people.keys() - matched)]
    scores.misses += [f"{label}: person extra {x}" for x in sorted(pred_people.keys() - matched)]

    # Organisations: a predicted body matches a gold one when any of their names or forms agree.
    by_id = {o["organisation_id"]: o for o in rows["organisations"]}
    pred_forms: dict[str, set[str]] = {}
    for m in rows["organisation_mentions"]:
        o = by_id.get(m["organisation_id"], {})
        forms = pred_forms.setdefault(m["organisation_id"], set())
        forms |= {_fold(x) for x in (o.get("name"), o.get("abbreviation"), m["surface"]) if x}
    gold_forms = [{_fold(x) for x in [g["name"], *g.get("abbreviations", []), *g.get("surface", [])]} for g in gold["organisations"]]
    pred_hit = sum(1 for forms in pred_forms.values() if any(forms & g for g in gold_forms))
    gold_hit = sum(1 for g in gold_forms if any(forms & g for forms in pred_forms.values()))
    scores.orgs.add(gold_hit, len(pred_forms) - pred_hit, len(gold_forms) - gold_hit)
    scores.misses += [f"{label}: org missed {g['name']}" for g, forms in zip(gold["organisations"], gold_forms)
                      if not any(f & forms for f in pred_forms.values())]
    scores.misses += [f"{label}: org extra {sorted(forms)[0]}" for forms in pred_forms.values() if not any(forms & g for g in gold_forms)]

    # Tasks and activities: recall of gold phrases within evidence, and rows per gold item.
    text = rows["documents"][0]["text"]
    evidence: dict[str, list[str]] = {}
    for e in rows["commitment_evidence"]:
        evidence.setdefault(e["commitment_id"], []).append(text[e["char_start"]:e["char_end"]])
    # (id column, year column: the same name in the rows and the gold, the other kind, what a row of the other kind states)
    kinds = {"tasks": ("task_id", "target_year", "activities", "an activity"), "activities": ("activity_id", "year", "tasks", "task")}
    for kind, (id_col, year_col, other, other_thing) in kinds.items():
        row_spans = [[_fold(s) for s in evidence.get(r[id_col], [r["description"]])] for r in rows[kind]]
        own = [_fold(g["phrase"]) for g in gold.get(kind, [])]
        found = 0
        for g, phrase in zip(gold.get(kind, []), own):
            holders = [r for r, r_spans in zip(rows[kind], row_spans) if any(phrase in s for s in r_spans)]
            if holders:
                found += 1
                if g.get(year_col) is not None:
                    scores.years[kind][1] += 1
                    if holders[0][year_col] == g[year_col]:
                        scores.years[kind][0] += 1
                    else:
                        scores.misses.append(f"{label}: {kind} year {holders[0][year_col]} vs {g[year_col]}: {g['phrase']!r}")
            else:
                scores.misses.append(f"{label}: {kind} missed {g['phrase']!r}")
        others = [_fold(g["phrase"]) for g in gold.get(other, [])]
        for r, r_spans in zip(rows[kind], row_spans):
            holds_own = any(p in s for p in own for s in r_spans)
            holds_other = any(p in s for p in others for s in r_spans)
            if holds_own or holds_other:
                scores.confused[kind][1] += 1
                if holds_other and not holds_own:
                    scores.confused[kind][0] += 1
                    scores.misses.append(f"{label}: {kind} row {r[id_col]} states {other_thing}: {r['description'][:80]!r}")
        setattr(scores, f"{kind}_found", getattr(scores, f"{kind}_found") + found)
        setattr(scores, f"{kind}_gold", getattr(scores, f"{kind}_gold") + len(gold.get(kind, [])))
        attr = "task_rows" if kind == "tasks" else "activity_rows"
        setattr(scores, attr, getattr(scores, attr) + len(rows[kind]))


_FRESH = 29  # groups fresh2 … fresh29 (groups.json's "fresh2_written" …)
_LISTS = {"last": "last_written", "fresh": "fresh_written",
          **{f"fresh{i}": f"fresh{i}_written" for i in range(2, _FRESH + 1)}, "held_out": "held_out"}
GROUPS = ("all", "known", "tuned", *_LISTS)


def held_out(gold_dir: Path) -> dict[str, set[str]]:
    """The stems of groups.json's lists: {"last": ..., "fresh": ..., "held_out": ...}."""
    path = gold_dir / "groups.json"
    groups = json.loads(path.read_text("utf-8")) if path.exists() else {}
    return {group: set(groups.get(key, [])) for group, key in _LISTS.items()}


def in_group(stem: str, group: str, held: dict[str, set[str]]) -> bool:
    if group in held:
        return stem in held[group]
    if group == "tuned":
        return not any(stem in stems for stems in held.values())
    return group == "all" or stem not in held["held_out"]  # "known"


def evaluate(corpus: Path, gold_dir: Path, group: str = "all") -> tuple[Scores, int]:
    """Scores over the gold pages of `gold_dir` in `group` (one of GROUPS; see the module's docstring)."""
    scores = Scores()
    pages = 0
    held = held_out(gold_dir)
    for gold_path in sorted(p for p in gold_dir.glob("*.json") if p.name != "groups.json"):
        if not in_group(gold_path.stem, group, held):
            continue
        gold = json.loads(gold_path.read_text("utf-8"))
        page = corpus / gold["source"]
        rows = process_page(RawPage(page.name, page.read_bytes(), {}))
        score_page(rows, gold, scores, gold_path.stem[:40])
        pages += 1
    return scores, pages


def report(scores: Scores, pages: int) -> str:
    s = scores
    title_rate = s.titles_right / s.people.tp if s.people.tp else 1.0
    lines = [
        f"gold pages: {pages}",
        "| measure | precision | recall | F1 |", "|---|---|---|---|",
        f"| legal references (exact reference_id) | {s.legal.precision:.3f} | {s.legal.recall:.3f} | {s.legal.f1:.3f} |",
        f"| people (name) | {s.people.precision:.3f} | {s.people.recall:.3f} | {s.people.f1:.3f} |",
        f"| organisations (name or abbreviation) | {s.orgs.precision:.3f} | {s.orgs.recall:.3f} | {s.orgs.f1:.3f} |",
        "",
        f"titles right for matched people: {title_rate:.3f} ({s.titles_right}/{s.people.tp})",
        f"tasks: recall {s.tasks_found / max(1, s.tasks_gold):.3f} ({s.tasks_found}/{s.tasks_gold}), rows per gold task {s.task_rows / max(1, s.tasks_gold):.2f}",
        f"activities: recall {s.activities_found / max(1, s.activities_gold):.3f} ({s.activities_found}/{s.activities_gold}), rows per gold activity {s.activity_rows / max(1, s.activities_gold):.2f}",
        f"issued dates right, matched references: {s.dates_right / s.dates_gold if s.dates_gold else 1.0:.3f} ({s.dates_right}/{s.dates_gold})",
        f"year right, matched tasks / activities: {s.year_rate('tasks'):.3f} ({s.years['tasks'][0]}/{s.years['tasks'][1]}) / "
        f"{s.year_rate('activities'):.3f} ({s.years['activities'][0]}/{s.years['activities'][1]})",
        f"task/activity confusion: {s.confusion():.3f} (task rows stating a done thing {s.confusion('tasks'):.3f}, "
        f"activity rows stating a thing to do {s.confusion('activities'):.3f})",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=PROJECT_ROOT.parent / "shared" / "corpus")
    parser.add_argument("--gold", type=Path, default=PROJECT_ROOT / "tests" / "gold" / "corpus")
    parser.add_argument("--group", choices=GROUPS, default="all", help="which gold pages (see groups.json)")
    parser.add_argument("--misses", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    scores, pages = evaluate(args.corpus, args.gold, args.group)
    print(report(scores, pages))
    if args.misses:
        print("\n".join(scores.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
