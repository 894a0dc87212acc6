"""A list of phrases as one regular expression shaped like a trie.

`a|ab|abc|b…` with hundreds of phrases makes Python's regex engine try every alternative at every
position of the page. Sharing prefixes (`a(?:b(?:c)?)?|b…`) leaves one branch per character, and when
the phrases must stand as whole words the word-boundary check is moved after the first character, so
that the engine can skip straight to the positions where a phrase's first letter stands. On a page of
this corpus that is two to three times faster, with the same matches: a trie prefers the longest phrase,
as a longest-first alternation does.
"""
from __future__ import annotations

import re


def _trie(phrases) -> dict:
    root: dict = {}
    for p in phrases:
        node = root
        for ch in p:
            child = node.get(ch)
            if child is None:
                child = node[ch] = {}
            node = child
        node[""] = {}
    return root


# A character -> re.escape of it (a trie of a registry has tens of thousands); a space as itself, which
# the patterns (none verbose) match as written and the parser reads faster than "\ ".
_ESCAPED: dict[str, str] = {" ": " "}


def _escape(ch: str) -> str:
    escaped = _ESCAPED.get(ch)
    if escaped is None:
        escaped = _ESCAPED[ch] = re.escape(ch)
    return escaped


def _emit(node: dict) -> str:
    # A run of nodes with one child and no phrase ending is its characters in a row: walked, not recursed.
    run = []
    while len(node) == 1:
        (ch, child), = node.items()
        if not ch:
            return "".join(run)
        run.append(_escape(ch))
        node = child
    alts = [_escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return "".join(run)
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # a phrase may end here: try the longer ones first, as the alternation did
        body = f"(?:{body})?"
    return "".join(run) + body


def alternation(phrases) -> str:
    """The phrases as one group that matches whichever of them is longest at a position."""
    phrases = [p for p in phrases if p]
    return "(?:" + _emit(_trie(phrases)) + ")" if phrases else "(?!)"


def at_word_start(phrases, not_after: str = r"\w", fold_rest: bool = False) -> str:
    """Like `(?<![not_after])(?:phrase|…)`, but starting with plain characters the engine can scan for:
    the check on the character before is made just after the first character. With `fold_rest`, the
    first character is matched as written and the rest in any case."""
    root = _trie(p for p in phrases if p)
    if not root:
        return "(?!)"
    alts = []
    for ch, child in sorted(root.items()):
        rest = _emit(child)
        alts.append(re.escape(ch) + rf"(?<![{not_after}].)" + (f"(?i:{rest})" if fold_rest and rest else rest))
    return "(?:" + "|".join(alts) + ")"


def whole_words(phrases) -> str:
    """Like `(?<!\\w)(?:phrase|…)(?!\\w)`, scanned as at_word_start() is."""
    return at_word_start(phrases) + r"(?!\w)"


def lower(text: str) -> str:
    """Lower case with every offset kept (a letter whose lower case is longer stays as it is): the page
    read in lower case by offsets into it (commitments, years, links)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
