"""A first-character guard for regexes that Python's ``re`` cannot skip through quickly.

``re`` finds candidate positions fast only when a pattern starts with a literal or a character set.
A pattern that starts with ``\\b``, a lookbehind or an optional group (``(?:then\\s)?President``)
runs its whole matcher at every position of the text. ``guarded(regex)`` prefixes the pattern with
a lookahead for the characters it can start with, computed from the parsed pattern: the same
matches, found up to several times faster. When that set cannot be known (``.``, ``\\w``, a
back-reference, a pattern that can match the empty string) the regex is returned unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

try:  # Python 3.11+
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

# A character range wider than this is not worth listing (and is rarely a word's first letter).
_MAX_RANGE = 2048
_LEADING_FLAGS = re.compile(r"^\(\?[aiLmsux]+\)")
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = tuple(
    getattr(sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(sre, name)
)

Firsts = tuple[set[str], bool] | None  # (characters a match can start with, can it be empty), or unknown


def guarded(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` with a first-character lookahead when that helps and is exact; else ``regex``."""
    guard = _guarded_source(regex.pattern, regex.flags)
    return regex if guard is None else guard


# Cached by the pattern's text and flags, not by the compiled pattern: hashing a compiled pattern hashes
# its whole code (microseconds for the long ones) at every call, where a string keeps its hash.
@lru_cache(maxsize=1024)
def _guarded_source(pattern: str, flags: int) -> re.Pattern[str] | None:
    """The guarded pattern of ``pattern`` compiled with ``flags``, or None where it needs no guard."""
    parsed = sre_parse.parse(pattern, flags)
    if _starts_with_a_set(parsed.data):
        return None  # re already skips to candidate positions
    firsts = _firsts_of(parsed.data, case_insensitive=bool(flags & re.IGNORECASE))
    if firsts is None or firsts[1] or not firsts[0]:
        return None
    chars = "".join(re.escape(c) for c in sorted(firsts[0]))
    body = _LEADING_FLAGS.sub("", pattern)  # kept in flags, passed below
    end = "\n)" if flags & re.VERBOSE else ")"  # a verbose pattern may end in a comment
    # The same flags compile the lookahead, so under IGNORECASE it folds case exactly as the pattern.
    return re.compile(f"(?=[{chars}])(?:{body}{end}", flags)


def _starts_with_a_set(items: Any) -> bool:
    """Whether re already finds candidate positions itself (or the pattern is guarded already)."""
    while items and items[0][0] is sre.SUBPATTERN:
        items = items[0][1][-1].data
    if not items:
        return False
    op, av = items[0]
    if op is sre.ASSERT:  # a leading lookahead: guarded already
        return True
    if op is sre.BRANCH:  # re uses the first letters of a branch whose every alternative has one
        return all(alt.data and alt.data[0][0] is sre.LITERAL for alt in av[1])
    return op in (sre.LITERAL, sre.IN)


def _firsts_of(items: Any, *, case_insensitive: bool) -> Firsts:
    """First characters of a sequence: those of each item until one cannot match empty."""
    chars: set[str] = set()
    for op, av in items:
        item = _firsts_of_item(op, av, case_insensitive=case_insensitive)
        if item is None:
            return None
        chars |= item[0]
        if not item[1]:
            return chars, False
    return chars, True


def _firsts_of_item(op: Any, av: Any, *, case_insensitive: bool) -> Firsts:
    if op is sre.LITERAL:
        return {chr(av)}, False
    if op is sre.IN:
        chars = _class_chars(av)
        return None if chars is None else (chars, False)
    if op in _ZERO_WIDTH:
        return set(), True
    if op is sre.BRANCH:
        return _union(_firsts_of(b.data, case_insensitive=case_insensitive) for b in av[1])
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, pattern = av
        if add_flags & re.IGNORECASE and not case_insensitive:
            return None  # a local (?i:...): the guard would be compiled case-sensitively
        return _firsts_of(pattern.data, case_insensitive=case_insensitive)
    if op in _REPEATS:
        low, _high, pattern = av
        inner = _firsts_of(pattern.data, case_insensitive=case_insensitive)
        return None if inner is None else (inner[0], inner[1] or low == 0)
    return None  # ANY, NOT_LITERAL, GROUPREF, conditionals...: unknown


def _class_chars(items: Any) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.RANGE and av[1] - av[0] <= _MAX_RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # a category (\w, \s), a negation or a huge range
    return chars


def _union(parts: Any) -> Firsts:
    chars: set[str] = set()
    nullable = False
    for part in parts:
        if part is None:
            return None
        chars |= part[0]
        nullable = nullable or part[1]
    return chars, nullable
