"""A regex's matches found from the literal words they start with: ``finditer(regex, text)``.

Trigger words ("trade|turnover|exports?", "visit(?:s|ed)?|trip|came\\sto") and most other rule
patterns are case-insensitive alternations of words. ``re`` cannot skip through text for such a
pattern: it enters the matcher at every position (``regex_guard`` makes each attempt cheaper, not
rarer). But every match begins with one of a few literal strings, read here from the parsed pattern
("trade", "turnover", "export", "came to"). ``str.find`` looks for those in a lower-cased copy of the
text many times faster than the matcher runs, and the regex is tried only where one occurs: the
same matches, in the same order, as ``regex.finditer``.

The copy maps every whitespace character to a space, so ``\\s`` is part of a literal ("in force").
When a pattern has no literal start of at least ``MIN_PREFIX`` characters on every path, or a text
holds one of the few characters that ``re`` folds differently from ``str.lower`` (dotless ı, long ſ,
dotted İ), ``finditer`` is ``regex_guard.guarded(regex).finditer``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from vnru_facts.extract.scan.regex_guard import guarded, sre, sre_parse

# Shorter literals ("in", "to") occur every few words: trying the regex at each is no saving. A
# literal of symbols only ("%", "$") is rare however short, unless they are common punctuation.
_COMMON_PUNCTUATION = frozenset(".,;:!?'\"()[]-–—‘’“”/")
MIN_PREFIX = 3
# Literals are cut to this length: a longer one is not found any faster.
MAX_PREFIX = 8
# A pattern whose starts are more literals than this has them cut shorter (down to ``MIN_PREFIX``), else
# is left to re; while they are being read, word endings ("visit(?:s|ed|ing)?") may expand them to
# ``MAX_EXPANDED`` before the longer ones are dropped for their prefixes (past it, they end there).
MAX_PREFIXES = 48
MAX_EXPANDED = 1024
# A character class is read as a choice of literals when it has at most this many characters.
MAX_CLASS = 4

_REPEATS = tuple(
    getattr(sre, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(sre, name)
)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_WHITESPACE = tuple(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
# Whitespace other than these four is rare enough to be handled by one slower translate().
_COMMON_WHITESPACE = ("\n", "\t", "\r", "\xa0")
_RARE_WHITESPACE = re.compile(
    "[" + "".join(re.escape(c) for c in _WHITESPACE if c not in (" ", *_COMMON_WHITESPACE)) + "]"
)
_TO_SPACE = str.maketrans(dict.fromkeys(_WHITESPACE, " "))
# re's IGNORECASE matches these with an ASCII letter; str.lower() does not (or changes the length).
# Looked for with ``in``, one character at a time: a character class of them made re test every
# character of the text, ten times slower (and a text of Latin-1 characters cannot hold them at all).
_FOLDS_APART = ("\u0130", "\u0131", "\u017f")
# Characters re's IGNORECASE matches with other letters besides their upper and lower case.
try:  # Python 3.11+
    from re._casefix import _EXTRA_CASES as _EXTRA  # type: ignore[import-not-found]

    _EXTRA_CASES = frozenset(chr(c) for c in _EXTRA)
except ImportError:  # Python 3.10
    from sre_compile import _equivalences  # type: ignore[attr-defined]

    _EXTRA_CASES = frozenset(chr(c) for group in _equivalences for c in group)

Starts = set[tuple[str, bool]]  # (literal so far, whether the literal can still grow)


def finditer(
    regex: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, pos, endpos)``, trying the regex only where a literal start occurs."""
    end = len(text) if endpos is None else min(endpos, len(text))
    starts = literal_starts(regex)
    folded = folded_text(text) if starts is not None else None
    if starts is None or folded is None:
        yield from guarded(regex).finditer(text, pos, end)
        return
    yield from matches_at(regex, text, _positions(folded, starts, pos, end), pos, end)


def matches_at(
    regex: re.Pattern[str], text: str, starts: Iterable[int], pos: int, endpos: int, shift: int = 0
) -> Iterator[re.Match[str]]:
    """``regex.finditer(text, pos, endpos)`` given every offset a match may begin at (``starts``,
    ascending, ``shift`` more than in ``text``): tried there only, each after the previous match."""
    done = pos
    for at in starts:
        at -= shift
        if at < done:
            continue
        m = regex.match(text, at, endpos)
        if m is not None:
            yield m
            done = m.end() if m.end() > at else at + 1


def _positions(folded: str, starts: tuple[str, ...], pos: int, end: int) -> list[int]:
    found: set[int] = set()
    for literal in starts:
        found.update(occurrences(folded, literal, pos, end))
    return sorted(found)


def occurrences(text: str, literal: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every offset at which ``literal`` begins in ``text[start:end]``, overlapping ones too, ascending."""
    end = len(text) if end is None else end
    found: list[int] = []
    at = text.find(literal, start, end)
    while at != -1:
        found.append(at)
        at = text.find(literal, at + 1, end)
    return found


# The folded copy of the last text scanned: one document's components scan the same text in turn.
_last: tuple[str, str | None] | None = None


def folded_text(text: str) -> str | None:
    """``text`` lower-cased with whitespace as spaces, same length; None if re folds it otherwise."""
    global _last
    if _last is not None:
        if _last[0] is text:
            return _last[1]
        if _last[0] == text:
            # The same text in another string object (the reader folds the article to date it, and the
            # pipeline's tokenizer gets a copy): its fold is kept, now under the object asked about.
            _last = (text, _last[1])
            return _last[1]
    folded: str | None = None
    if not any(ch in text for ch in _FOLDS_APART):
        folded = text.lower()
        if len(folded) != len(text):
            folded = None
        elif _RARE_WHITESPACE.search(folded):
            folded = folded.translate(_TO_SPACE)
        else:
            for ch in _COMMON_WHITESPACE:
                folded = folded.replace(ch, " ")
    _last = (text, folded)
    return folded


def literal_starts(regex: re.Pattern[str]) -> tuple[str, ...] | None:
    """The lower-case literals one of which begins every match of ``regex``, or None if not useful.

    Each is at least ``MIN_PREFIX`` long; none is a prefix of another (the shorter one is kept: it
    finds every place the longer one would).
    """
    return _literal_starts_of(regex.pattern, regex.flags)


# Cached by the pattern's text and flags, not by the compiled pattern (see ``regex_guard.guarded``).
@lru_cache(maxsize=1024)
def _literal_starts_of(pattern: str, flags: int) -> tuple[str, ...] | None:
    found = _sequence(sre_parse.parse(pattern, flags).data)
    if found is None:
        return None
    # Too many literals ("signed a", "signed o", ... for every verb) are cut shorter until few enough:
    # a shorter start still begins every match, it is only found at a few more places.
    for length in range(MAX_PREFIX, MIN_PREFIX - 1, -1):
        literals = {text[:length] for text, _ in found}
        if not literals or not all(_worth_finding(t) and all(map(_folds_alike, t)) for t in literals):
            return None
        kept = [t for t in literals if not any(o != t and t.startswith(o) for o in literals)]
        if len(kept) <= MAX_PREFIXES:
            return tuple(sorted(kept))
    return None


def _worth_finding(literal: str) -> bool:
    """Long enough to be rare in running text, or made of rare symbols only ("%", "$", not ".")."""
    if len(literal) >= MIN_PREFIX:
        return True
    return bool(literal) and not any(c.isalnum() or c == " " or c in _COMMON_PUNCTUATION for c in literal)


def _folds_alike(ch: str) -> bool:
    """Whether ``str.lower`` finds every character re's IGNORECASE matches with ``ch`` (a folded one).

    True for ASCII and most letters ("đ"); not for those re also matches with another letter
    (Greek sigma forms, "µ"/"μ"), where a lower-cased text could miss a match.
    """
    if ch in _EXTRA_CASES and ch not in "is":  # i/ı and s/ſ: texts holding ı or ſ are not folded
        return False
    upper = ch.upper()
    return len(upper) == 1 and upper.lower() == ch


def _sequence(items: Any) -> Starts | None:
    """The literal starts of a sequence of pattern items: each item's, joined while they can grow."""
    starts: Starts = {("", True)}
    for op, av in items:
        part = _item(op, av)
        if part is None:
            return None
        grown: Starts = set()
        for text, open_ in starts:
            if not open_ or len(text) >= MAX_PREFIX:
                grown.add((text, False))
                continue
            grown.update((text + more, more_open) for more, more_open in part)
        if len(grown) > MAX_EXPANDED:
            # Optional words after optional words multiply the starts: they end where they were, which
            # every match still begins with.
            return {(text, False) for text, _ in starts}
        starts = grown
        if not any(open_ for _, open_ in starts):
            break
    return starts


def _item(op: Any, av: Any) -> Starts | None:
    if op in _ZERO_WIDTH:
        return {("", True)}
    if op is sre.LITERAL:
        return {(_fold(chr(av)), True)}
    if op is sre.IN:
        chars = _class(av)
        return {(c, True) for c in chars} if chars else {("", False)}
    if op is sre.BRANCH:
        return _union(_sequence(alt.data) for alt in av[1])
    if op is sre.SUBPATTERN:
        return _sequence(av[-1].data)
    if op in _REPEATS:
        return _repeat(*av)
    return {("", False)}  # any character, a back-reference...: the literal ends here


def _repeat(low: int, high: int, pattern: Any) -> Starts | None:
    inner = _sequence(pattern.data)
    if inner is None:
        return None
    # After one repetition the literal may go on; after more, where it goes depends on the count.
    once = inner if high == 1 else {(text, False) for text, _ in inner}
    return once | {("", True)} if low == 0 else once


def _union(parts: Any) -> Starts | None:
    union: Starts = set()
    for part in parts:
        if part is None:
            return None
        union |= part
    return union


def _class(items: Any) -> set[str] | None:
    """A small class of literal characters as a set of folded characters; \\s as a space."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(_fold(chr(av)))
        elif op is sre.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.update(_fold(chr(c)) for c in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars.add(" ")
        else:
            return None
    return chars if len(chars) <= MAX_CLASS else None


def _fold(ch: str) -> str:
    return " " if ch.isspace() else ch.lower()
