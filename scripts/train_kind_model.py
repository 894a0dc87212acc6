"""Fit the task/activity model (pipeline/data/kind_model.json) on the gold pages, or check or cross-validate it.

    python scripts/train_kind_model.py              # rewrite pipeline/data/kind_model.json
    python scripts/train_kind_model.py --check      # exit 1 if the committed weights are not what a fit gives now
    python scripts/train_kind_model.py --cv fresh26 fresh27 fresh28 fresh29
                                                    # each group: scored with the rules alone, then with a model
                                                    # fitted on every other gold page (the group never seen)

Every clause the rules keep on a gold page is an example: a task when its evidence holds a gold task's phrase and no
gold activity's, an activity the other way round; a clause that holds neither or both teaches nothing. The features
are those of `pipeline.extract.kinds`, computed by the pipeline itself while the model is off, so the model learns
where the rules alone go wrong. The pages of the group held out (`held_out` in groups.json) are never read. The fit is
L2-regularised logistic regression by full-batch Adam with a fixed number of steps, from zero: the same weights on
every run. Needs the corpora of ../shared beside the checkout.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.evaluate import Scores, _fold, held_out, report, score_page  # noqa: E402
from pipeline.extract import kinds  # noqa: E402
from pipeline.ingest import RawPage  # noqa: E402
from pipeline.page import process_page  # noqa: E402

SHARED = ROOT.parent / "shared"
# (gold folder, the corpus its "source" paths are in)
GOLD_SETS = (("corpus", SHARED / "corpus"), ("large", SHARED / "corpus-large"), ("portals", SHARED / "corpus-portals"))
MODEL = ROOT / "pipeline" / "data" / kinds.MODEL_FILE
STEPS, RATE, C = 400, 0.05, 10.0  # Adam's steps and step size; C: the inverse strength of the L2 penalty, per example
# The log-odds past which the model turns the rules' kind over: 1.0 is odds of e to 1. In cross-validation over fresh20 to
# fresh29 it kept the gain of 0 (confusion 0.078 -> 0.074 against 0.073) and overrode fewer of the rules' tested near-misses.
MARGIN = 1.0
DIGITS, KEEP = 4, 0.02  # weights are rounded, and those smaller than KEEP left out (they change no decision)
TOLERANCE = 0.002  # --check: the largest difference allowed between the committed and a fresh weight


def gold_pages():
    """(set name, page stem, gold, page path) of every gold page outside the held-out group."""
    for name, corpus in GOLD_SETS:
        gold_dir = ROOT / "tests" / "gold" / name
        held = held_out(gold_dir)["held_out"]
        for path in sorted(p for p in gold_dir.glob("*.json") if p.name != "groups.json"):
            if path.stem not in held:
                gold = json.loads(path.read_text("utf-8"))
                yield name, path.stem, gold, corpus / gold["source"]


def examples(pages) -> list[tuple[list[str], int]]:
    """(features, 1 for a task, 0 for an activity) of every clause the gold decides."""
    return [x for page in pages for x in page_examples(page)]


def page_examples(gold_page) -> list[tuple[list[str], int]]:
    """The examples of one gold page."""
    _, _, gold, page = gold_page
    with kinds.recording() as records:
        rows = process_page(RawPage(page.name, page.read_bytes(), {}))
    text = rows["documents"][0]["text"]
    tasks = [_fold(g["phrase"]) for g in gold.get("tasks", [])]
    acts = [_fold(g["phrase"]) for g in gold.get("activities", [])]
    out = []
    for clause, kind, evidence in records:
        spans = [_fold(text[a:b]) for a, b in evidence]
        is_task = any(p in s for p in tasks for s in spans)
        is_act = any(p in s for p in acts for s in spans)
        if is_task != is_act:
            out.append((kinds.joined(kinds.names(clause), kind), int(is_task)))
    return out


def fit(data: list[tuple[list[str], int]]) -> tuple[dict[str, float], float]:
    names = sorted({f for feats, _ in data for f in feats})
    index = {f: i for i, f in enumerate(names)}
    rows = np.array([r for r, (feats, _) in enumerate(data) for _ in feats])
    cols = np.array([index[f] for feats, _ in data for f in feats])
    y = np.array([label for _, label in data], dtype=float)
    n, v = len(data), len(names)
    w, b = np.zeros(v), 0.0
    m, s, mb, sb = np.zeros(v), np.zeros(v), 0.0, 0.0
    for step in range(1, STEPS + 1):
        z = np.bincount(rows, weights=w[cols], minlength=n) + b
        g = 1.0 / (1.0 + np.exp(-z)) - y
        gw = np.bincount(cols, weights=g[rows], minlength=v) / n + w / (C * n)
        gb = g.mean()
        m, s = 0.9 * m + 0.1 * gw, 0.999 * s + 0.001 * gw * gw
        mb, sb = 0.9 * mb + 0.1 * gb, 0.999 * sb + 0.001 * gb * gb
        w -= RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(s / (1 - 0.999 ** step)) + 1e-8)
        b -= RATE * (mb / (1 - 0.9 ** step)) / (np.sqrt(sb / (1 - 0.999 ** step)) + 1e-8)
    weights = {f: round(float(x), DIGITS) for f, x in zip(names, w) if abs(x) >= KEEP}
    return weights, round(float(b), DIGITS)


def model_json(weights: dict[str, float], intercept: float, count: int, tasks: int) -> str:
    model = {
        "about": "Written by scripts/train_kind_model.py: logistic weights over pipeline/extract/kinds.py's features; "
                 "positive means task. Do not edit by hand.",
        "examples": count, "task_examples": tasks, "margin": MARGIN, "intercept": intercept,
        "weights": dict(sorted(weights.items())),
    }
    return json.dumps(model, ensure_ascii=False, indent=0, sort_keys=False) + "\n"


def largest_difference(old: dict, new: dict) -> float:
    """The largest difference between two models' intercepts and weights (a weight one leaves out is 0)."""
    keys = old["weights"].keys() | new["weights"].keys()
    return max([abs(old["intercept"] - new["intercept"])]
               + [abs(old["weights"].get(k, 0.0) - new["weights"].get(k, 0.0)) for k in keys])


def cross_validate(groups: list[str]) -> list[tuple[str, str, Scores, int]]:
    """(group, "rules alone" or "rules and a model fitted without it", its scores, its pages) for each group."""
    pages = list(gold_pages())
    group_of = {}
    for name, _ in GOLD_SETS:
        for group, stems in held_out(ROOT / "tests" / "gold" / name).items():
            for stem in stems:
                if group not in ("last", "fresh", "held_out"):
                    group_of[(name, stem)] = group
    memo: dict = {}

    def cached(p):
        if p[:2] not in memo:
            memo[p[:2]] = page_examples(p)
        return memo[p[:2]]

    out = []
    for group in groups:
        test = [p for p in pages if group_of.get((p[0], p[1])) == group]
        if not test:
            raise SystemExit(f"no gold page in group {group!r}")
        weights, intercept = fit([x for p in pages if group_of.get((p[0], p[1])) != group for x in cached(p)])
        # (no weights and no intercept: the log-odds are 0 and no kind is turned over)
        for label, model in (("rules alone", ({}, 0.0, MARGIN)), ("rules and a model fitted without it", (weights, intercept, MARGIN))):
            scores = Scores()
            for _, stem, gold, page in test:
                with kinds.using(*model):
                    rows = process_page(RawPage(page.name, page.read_bytes(), {}))
                score_page(rows, gold, scores, stem[:40])
            out.append((group, label, scores, len(test)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed model is not what a fit gives")
    parser.add_argument("--cv", nargs="+", metavar="GROUP", help="score each group without and with a model fitted without it")
    args = parser.parse_args(argv)
    if not (SHARED / "corpus-large").is_dir():
        raise SystemExit(f"the gold pages' corpora are not at {SHARED}: they are needed to fit the model")
    if args.cv:
        print("\n".join(f"## {group}, {label}\n{report(scores, count)}\n" for group, label, scores, count in cross_validate(args.cv)))
        return 0
    data = examples(gold_pages())
    text = model_json(*fit(data), len(data), sum(label for _, label in data))
    if args.check:
        worst = largest_difference(json.loads(MODEL.read_text("utf-8")), json.loads(text))
        if worst > TOLERANCE:
            print(f"{MODEL} is out of date (a weight differs by {worst:.4f}): run scripts/train_kind_model.py")
            return 1
        print(f"{MODEL} is current (largest difference {worst:.4f})")
        return 0
    MODEL.write_text(text, "utf-8")
    print(f"{MODEL}: {len(data)} examples, {len(json.loads(text)['weights'])} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
