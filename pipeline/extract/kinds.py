"""A second opinion on each clause's kind (task or activity), learned from the gold pages.

The rules in commitments.py decide a clause's kind from its aspect words and its place in the page. Over many
rounds, rules tuned on one group of pages did not carry over to the next group: each unseen page brings its own
turns of phrase. This module weighs the clause's words, the words before it and the rules' own decision with a
logistic model that `scripts/train_kind_model.py` fits on every gold page (`tests/gold/`), and turns the rules'
kind over only where the model disagrees with it. Trained without a group and scored on that group, it lowers the
task/activity confusion of the groups written last (README, "Extraction, measured").

The weights are data (`pipeline/data/kind_model.json`), written by the script; this module only computes the
features and adds the weights up with an exactly rounded sum, so that a build gives the same rows on every machine.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from math import fsum
from typing import NamedTuple

from pipeline.extract.vocabulary import data_json

MODEL_FILE = "kind_model.json"
# A clause's words are its pieces between spaces with the marks around them stripped: as good as a tokenising pattern in
# cross-validation, at half its cost.
_MARKS = ",.;:!?()[]\"'“”‘’*-–…"
_CLAUSE_TOKENS = 60  # (the first words of a clause carry its aspect: fewer, 25, lost the model's gain in cross-validation)
_CLAUSE_CHARS = 600  # a long clause is split only this far (its first 60 words fit in it)
_BEFORE_CHARS = 60  # the text before a clause that is read for its last words, and the start of its sentence for its first
_BEFORE_TOKENS = 5

# While set (by the training script), each clause's features and the rules' kind are appended here and no kind is
# turned over: the model is fitted on what the rules alone decide.
_recording: ContextVar[list | None] = ContextVar("kind_recording", default=None)
# While set (by the training script's cross-validation), the weights used instead of the committed ones.
_weights: ContextVar[tuple[dict[str, dict[str, float]], float, float] | None] = ContextVar("kind_weights", default=None)


@contextmanager
def recording():
    """Collect (features, kind, evidence spans) of every clause the rules keep, with the model off."""
    records: list = []
    token = _recording.set(records)
    try:
        yield records
    finally:
        _recording.reset(token)


class Clause(NamedTuple):
    """What the model reads of a clause, by kind of feature (`names` spells them out as the model's feature names)."""
    words: list[str]  # its first words ("u:") and its first four ("B:")
    before: list[str]  # the words just before it ("L:")
    opening: list[str]  # its sentence's first three words ("S:")
    singles: tuple[str, ...]  # the mark before it ("P:"), its sentence's kind ("SK:"), its year's place ("Y:"), "bias"


def features(low: str, start: int, end: int, year: int | None, now: int | None, sentence: tuple[int, int],
             sentence_kind: str) -> Clause:
    """The clause's words, its first words, the words just before it, the mark before it (a colon opens a list), its
    sentence's first words and kind, and where its own year lies against the page's. (Pairs of words were tried: in
    cross-validation they added nothing and cost as much as the rest, measured with scripts/benchmark.py --rules.)"""
    j = start - 1
    while j >= 0 and low[j] in " \t":
        j -= 1
    place = "Y:none" if year is None else "" if not now else "Y:later" if year > now else "Y:earlier" if year < now else "Y:same"
    return Clause([w.strip(_MARKS) for w in low[start: min(end, start + _CLAUSE_CHARS)].split(None, _CLAUSE_TOKENS)[:_CLAUSE_TOKENS]],
                  [w.strip(_MARKS) for w in low[max(0, start - _BEFORE_CHARS): start].split()[-_BEFORE_TOKENS:]],
                  [w.strip(_MARKS) for w in low[sentence[0]: min(sentence[1], sentence[0] + _BEFORE_CHARS)].split(None, 3)[:3]],
                  tuple(x for x in (f"P:{low[j] if j >= 0 else '^'}", f"SK:{sentence_kind}", place, "bias") if x))


def names(clause: Clause) -> list[str]:
    """The clause's features as the model names them, each once."""
    words = clause.words
    out = [f"u:{w}" for w in words] + [f"B:{w}" for w in words[:4]]
    out += [f"L:{w}" for w in clause.before] + [f"S:{w}" for w in clause.opening] + list(clause.singles)
    return list(dict.fromkeys(out))


def joined(feats: list[str], kind: str) -> list[str]:
    """The features the model is fitted on: each feature, and each joined with the rules' kind ("u:sẽ|task")."""
    return feats + [f"{f}|{kind}" for f in feats]


@contextmanager
def using(weights: dict[str, float], intercept: float, margin: float):
    """Decide with these weights instead of the committed model (a model trained without the pages scored); no
    weights and a zero intercept leave every kind as the rules decide it."""
    token = _weights.set(_tables(weights, intercept, margin))
    try:
        yield
    finally:
        _weights.reset(token)


_WORD_FAMILIES = ("u", "B", "L", "S")  # the features keyed by a word
_FAMILIES = (*_WORD_FAMILIES, "")  # "": the single features, under their whole names


def _tables(weights: dict[str, float], intercept: float, margin: float) -> tuple[dict[str, dict[str, dict[str, float]]], float, float]:
    """For each kind the rules may decide, one table a kind of feature, one weight a feature: its own and its joined
    one's, added here once. The tables are keyed as a Clause holds its features (a word), so that a clause is scored by
    set intersections, without spelling its feature names out."""
    tables: dict[str, dict[str, dict[str, float]]] = {k: {f: {} for f in _FAMILIES} for k in ("task", "activity")}
    for name, w in weights.items():
        base, _, kind = name.rpartition("|")
        if kind not in tables:  # (a feature of its own; a word may hold a "|")
            base, kind = name, ""
        family, _, value = base.partition(":")
        if family in _WORD_FAMILIES:
            key = value
        else:
            key, family = base, ""
        for k, table in tables.items():
            if not kind or kind == k:
                table[family][key] = table[family].get(key, 0.0) + w
    return tables, intercept, margin


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, dict[str, dict[str, float]]], float, float]:
    model = data_json(MODEL_FILE)
    return _tables(model["weights"], model["intercept"], model["margin"])


def score(clause: Clause, table: dict[str, dict[str, float]], intercept: float) -> float:
    """The model's log-odds that the clause is a task, from the weight tables of the kind the rules read (`_tables`).
    (fsum: exactly rounded whatever the order the matched features come in, so a build gives the same kinds on every
    machine.)"""
    u, first, before, opening, single = table.values()
    words = clause.words
    parts = [u[w] for w in u.keys() & words]
    parts += [first[w] for w in first.keys() & words[:4]]
    parts += [before[w] for w in before.keys() & clause.before]
    parts += [opening[w] for w in opening.keys() & clause.opening]
    parts += [single[f] for f in single.keys() & clause.singles]
    return intercept + fsum(parts)


def decide(low: str, start: int, end: int, kind: str, year: int | None, now: int | None, sentence: tuple[int, int],
           sentence_kind: str, evidence: list[tuple[int, int]]) -> str:
    """The clause's kind: the rules' `kind` ("task" or "activity"), turned over where the model reads the other past its
    margin. `low` is the lower-cased page, `sentence` the span of the clause's sentence, `now` the page's year."""
    clause = features(low, start, end, year, now, sentence, sentence_kind)
    records = _recording.get()
    if records is not None:
        records.append((clause, kind, list(evidence) or [(start, end)]))
        return kind
    tables, intercept, margin = _weights.get() or _model()
    z = score(clause, tables[kind], intercept)
    if kind == "task" and z < -margin:
        return "activity"
    if kind == "activity" and z > margin:
        return "task"
    return kind
