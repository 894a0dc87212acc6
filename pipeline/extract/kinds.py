"""A second opinion on each clause's kind (task or activity), learned from the gold pages.

The rules in commitments.py decide a clause's kind from its aspect words and its place in the page. Over many
rounds, rules tuned on one group of pages did not carry over to the next group: each unseen page brings its own
turns of phrase. This module weighs the clause's words, the words before it and the rules' own decision with a
logistic model that `scripts/train_kind_model.py` fits on every gold page (`tests/gold/`), and turns the rules'
kind over only where the model disagrees with it. Trained without a group and scored on that group, it lowers the
task/activity confusion of the groups written last (README, "Extraction, measured").

The weights are data (`pipeline/data/kind_model.json`), written by the script; this module only computes the
features and adds the weights up, in a fixed order, so that a build gives the same rows on every machine.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from pipeline.extract.vocabulary import data_json

MODEL_FILE = "kind_model.json"
_TOKEN = re.compile(r"\w+|[^\w\s]")
_CLAUSE_TOKENS = 60  # (the first words of a clause carry its aspect; a long clause's tail adds noise, not evidence)
_BEFORE_CHARS = 60  # the text before a clause that is read for its last words
_BEFORE_TOKENS = 5

# While set (by the training script), each clause's features and the rules' kind are appended here and no kind is
# turned over: the model is fitted on what the rules alone decide.
_recording: ContextVar[list | None] = ContextVar("kind_recording", default=None)
# While set (by the training script's cross-validation), the weights used instead of the committed ones.
_weights: ContextVar[tuple[dict[str, float], float, float] | None] = ContextVar("kind_weights", default=None)


@contextmanager
def recording():
    """Collect (features, kind, evidence spans) of every clause the rules keep, with the model off."""
    records: list = []
    token = _recording.set(records)
    try:
        yield records
    finally:
        _recording.reset(token)


def features(low: str, start: int, end: int, kind: str, year: int | None, now: int | None,
             sentence_low: str, sentence_kind: str) -> list[str]:
    """The clause's features: its words and word pairs, its first words, the words just before it, the mark before
    it (a colon opens a list), its sentence's first words and kind, and where its own year lies against the page's.
    Each feature also appears joined with the rules' kind, so the weights can tell where the rules are right."""
    words = _TOKEN.findall(low[start:end])[:_CLAUSE_TOKENS]
    out = [f"u:{w}" for w in words]
    out += [f"b:{a}_{b}" for a, b in zip(words, words[1:])]
    out += [f"B:{w}" for w in words[:4]]
    out += [f"L:{w}" for w in _TOKEN.findall(low[max(0, start - _BEFORE_CHARS):start])[-_BEFORE_TOKENS:]]
    j = start - 1
    while j >= 0 and low[j] in " \t":
        j -= 1
    out.append(f"P:{low[j] if j >= 0 else '^'}")
    out += [f"S:{w}" for w in _TOKEN.findall(sentence_low)[:3]]
    out.append(f"SK:{sentence_kind}")
    if year is None:
        out.append("Y:none")
    elif now:
        out.append("Y:later" if year > now else "Y:earlier" if year < now else "Y:same")
    out.append("bias")
    suffix = "|" + kind
    return sorted(set(out + [f + suffix for f in out]))


@contextmanager
def using(weights: dict[str, float], intercept: float, margin: float):
    """Decide with these weights instead of the committed model (a model trained without the pages scored); no
    weights and a zero intercept leave every kind as the rules decide it."""
    token = _weights.set((weights, intercept, margin))
    try:
        yield
    finally:
        _weights.reset(token)


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float, float]:
    model = data_json(MODEL_FILE)
    return model["weights"], model["intercept"], model["margin"]


def score(feats: list[str]) -> float:
    """The model's log-odds that the clause is a task (features in sorted order: the sum is the same everywhere)."""
    weights, intercept, _ = _weights.get() or _model()
    get = weights.get
    return intercept + sum(get(f, 0.0) for f in feats)


def decide(low: str, start: int, end: int, kind: str, year: int | None, now: int | None, sentence_low: str,
           sentence_kind: str, evidence: list[tuple[int, int]]) -> str:
    """The clause's kind: the rules' `kind` ("task" or "activity"), turned over where the model reads the other."""
    feats = features(low, start, end, kind, year, now, sentence_low, sentence_kind)
    records = _recording.get()
    if records is not None:
        records.append((feats, kind, list(evidence) or [(start, end)]))
        return kind
    # (Only where the model is sure: its log-odds past the margin, the other way than the rules.)
    margin = (_weights.get() or _model())[2]
    z = score(feats)
    if kind == "task" and z < -margin:
        return "activity"
    if kind == "activity" and z > margin:
        return "task"
    return kind
