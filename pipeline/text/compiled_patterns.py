"""The rules' regular expressions, compiled once per machine rather than once per process.

Python compiles a regular expression in Python code (`re._parser`, `re._compiler`): the ~520 patterns
of the rules (some are tries of thousands of names) take ~0.2 s in every process that runs them, more
than a page's whole extraction. That is paid by every build that adds one page and by every page
worker. What the compiler produces is a list of integers (the engine's code) that
`_sre.compile` turns into a pattern at once; this module keeps those lists, as Python keeps bytecode,
in a file of the package's `__pycache__`, and puts the patterns made from them in `re`'s own cache
before the rule modules compile theirs, so that `re.compile` finds them there.

Entries are keyed by the pattern's text and flags, so a changed rule only misses its entry. The file
is named after the interpreter's version and the engine's (`_sre.MAGIC`), and anything unexpected
(another Python, a file that does not read, no right to write) leaves `re` to compile as usual:
the patterns, and so the outputs, are the same either way. PIPELINE_PATTERN_CACHE=0 turns it off;
PIPELINE_PATTERN_CACHE=PATH keeps the file there instead.
"""
from __future__ import annotations

import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # another implementation of re: it compiles as usual
    _sre = None

_SETTING = os.environ.get("PIPELINE_PATTERN_CACHE", "")
_ON = _sre is not None and _SETTING != "0"
_FILE = Path(_SETTING) if _SETTING not in ("", "0", "1") else \
    Path(__file__).parent / "__pycache__" / f"rule-patterns.{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}.marshal"
_MAX_ENTRIES = 4000  # (the rules have ~520; past this many the file is started again from this process's)
_VERSION = (sys.hexversion, getattr(_sre, "MAGIC", 0), getattr(_sre, "CODESIZE", 0))

_stored: dict[tuple[str, int], tuple] = {}  # (pattern, flags) -> the arguments of _sre.compile after the pattern

# The rules compile more patterns than `re` keeps by default (512): past that, each new one pushes out the oldest, which the
# next process then finds missing from the file, compiles and stores again, and a pattern the code names as a string at run time
# (`re.fullmatch(r"\d{4}-…", v)`) is compiled again when it comes back. `re` reads the bound at each compile, so raising it once
# keeps every pattern of the rules (this file's bound too).
if getattr(re, "_MAXCACHE", _MAX_ENTRIES) < _MAX_ENTRIES:
    re._MAXCACHE = _MAX_ENTRIES


def load() -> None:
    """Put the stored patterns in re's cache (once a process, before the rule modules are imported)."""
    if not _ON or _stored:
        return
    try:
        version, entries = marshal.loads(_FILE.read_bytes())
        if tuple(version) != _VERSION:
            return
        cache = re._cache
        for (pattern, flags), args in entries.items():
            cache[str, pattern, flags] = _sre.compile(pattern, *args)
            _stored[pattern, flags] = args
    except Exception:  # noqa: BLE001 - no file, or one of another interpreter: re compiles as usual
        _stored.clear()


def remember() -> None:
    """Store the patterns compiled in this process that the file does not hold yet (after a page has
    been processed: the rules compile some patterns on their first page). Nothing to do once the file
    holds them all, the usual case."""
    global _ON
    if not _ON:
        return
    new = [(pattern, flags) for kind, pattern, flags in list(re._cache)
           if kind is str and (pattern, flags) not in _stored and not flags & re.DEBUG]
    if not new:
        return
    try:
        _FILE.parent.mkdir(exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=_FILE.parent, prefix=".rule-patterns-")
    except OSError:  # a package folder we may not write to: the patterns are compiled in each process, as without this
        _ON = False
        return
    try:
        with os.fdopen(fd, "wb") as fh:
            entries = dict(_stored) if len(_stored) + len(new) <= _MAX_ENTRIES else {}
            for pattern, flags in new:
                entries[pattern, flags] = _arguments(pattern, flags)
            fh.write(marshal.dumps((_VERSION, entries)))
        os.chmod(tmp, 0o644)  # (as Python's own .pyc files are: mkstemp makes it the owner's only)
        os.replace(tmp, _FILE)  # (readers see the old file or the new one, never a part)
        _stored.update(entries)
    except Exception:  # noqa: BLE001 - a full disk, say: the next process compiles again
        _ON = False
        try:
            os.unlink(tmp)
        except OSError:
            pass


def _arguments(pattern: str, flags: int) -> tuple:
    """What re._compiler.compile hands _sre.compile after the pattern, made as it makes them."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # (its opcodes are named int subclasses)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, dict(groupindex), tuple(indexgroup)
