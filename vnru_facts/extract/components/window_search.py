"""A rule regex searched in a window of the document text (a sentence, the words before a name),
skipped where it cannot match.

Rule patterns start with ``\\b`` and a case-insensitive alternation of words, so ``re`` runs its
matcher at every position of a window: ``REMOTE.search(sentence)`` costs as much when the
sentence says nothing of phones as when it does. Every match begins with one of a few literal
strings, though ("phone", "video", "online": ``literal_scan.literal_starts``). Those, written
as one prefix tree of plain characters, are found in the lower-cased text several times faster than
the rule runs over the window. Where none occurs, the regex cannot match and is not run; elsewhere
it is tried only at the offsets where one begins, as ``literal_scan.finditer`` does over a whole
text: a sentence holding "visit" is not scanned again from its first word to its last.

``WindowSearch(regex).search(text, pos, endpos)`` is ``regex.search(text, pos, endpos)``;
``search_slice(text, start, end)`` is ``regex.search(text[start:end])``, offsets and all (the two
differ where a pattern looks before the window: ``\\b``, a lookbehind, ``^``). ``finditer`` and
``finditer_slice`` likewise. A pattern without literal starts may be given ``requires``: a pattern
that part of every match of ``regex`` matches (the "Summit" of "the expanded BRICS Summit"), whose
literal starts are looked for instead; such a pattern, whose matches need not begin with them, is run
over the window where they occur, with ``regex_guard``'s first-character lookahead: from its start, or,
given ``words_before`` (every match begins at most that many words before the part ``requires`` matches:
"the expanded BRICS Summit"), from that many words before the first of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from vnru_facts.extract.patterns.alternation import strings_alternation
from vnru_facts.extract.scan import literal_scan
from vnru_facts.extract.scan.regex_guard import guarded

# Windows at most this long are searched without looking for literals first: over the few words
# before a name the guarded regex is as quick as the search for its literals.
SHORT_WINDOW = 60
# No match can begin in the window: none of the literals occurs in it.
NOWHERE: tuple[int, ...] = ()
# A pattern with this few literal starts, but more than one, has them found with one ``str.find`` each:
# cheaper than entering re's matcher at every character that may begin one (a single literal is a
# prefix re searches for as quickly).
FIND_LITERALS = range(2, 5)


class WindowSearch:
    """``regex`` searched in windows ``text[start:end]`` of a document, skipped where it cannot match."""

    __slots__ = ("_few", "_guarded", "_literals", "regex", "requires", "words_before")

    def __init__(
        self,
        regex: re.Pattern[str],
        *,
        requires: re.Pattern[str] | None = None,
        words_before: int | None = None,
    ) -> None:
        self.regex = regex
        self.requires = requires
        # With ``requires``: the most whitespace characters a match holds before the part ``requires``
        # matches (None: no bound), so that the regex is run from there rather than from the window's start.
        self.words_before = words_before
        # Both read from the parsed pattern at first use, not at import (a CLI start parses none).
        self._guarded: re.Pattern[str] | None = None
        self._literals: re.Pattern[str] | None = None
        self._few: tuple[str, ...] | None = None  # the literals, when found with str.find

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        """``regex.search(text, pos, endpos)``."""
        if endpos - pos <= SHORT_WINDOW:  # (tested here too: saves two calls on the many short windows)
            return (self._guarded or self._prepared()).search(text, pos, endpos)
        starts = self._match_starts(text, pos, endpos)
        if isinstance(starts, int):
            return self._prepared().search(text, starts, endpos)
        return _first_match(self.regex, text, starts, pos, endpos, 0)

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        """``regex.finditer(text, pos, endpos)``."""
        starts = self._match_starts(text, pos, endpos)
        if isinstance(starts, int):
            return self._prepared().finditer(text, starts, endpos)
        return literal_scan.matches_at(self.regex, text, starts, pos, endpos, 0)

    def search_slice(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """``regex.search(text[start:end])``."""
        if end - start <= SHORT_WINDOW:  # (as in ``search``)
            return (self._guarded or self._prepared()).search(text[start:end])
        starts = self._match_starts(text, start, end)
        if isinstance(starts, int):
            return self._prepared().search(text[start:end], starts - start)
        if starts is NOWHERE:
            return None  # (no slice made)
        return _first_match(self.regex, text[start:end], starts, 0, end - start, start)

    def finditer_slice(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """``regex.finditer(text[start:end])``."""
        starts = self._match_starts(text, start, end)
        if isinstance(starts, int):
            return self._prepared().finditer(text[start:end], starts - start)
        if starts is NOWHERE:
            return iter(())
        return literal_scan.matches_at(self.regex, text[start:end], starts, 0, end - start, start)

    def may_match(self, text: str, start: int, end: int) -> bool:
        """False only where ``regex`` cannot match within ``text[start:end]``, sliced out or not."""
        if self._guarded is None:
            self._prepared()
        if self._literals is None or end - start <= SHORT_WINDOW:
            return True
        folded = literal_scan.folded_text(text)
        if folded is None:
            return True
        # A match lies in the window and begins with one of the literals (with ``requires``, holds one).
        return self._literals.search(folded, start, end) is not None

    def _match_starts(self, text: str, start: int, end: int) -> Iterable[int] | int:
        """Where in [start, end) a match may begin, ascending; or the offset from which the regex must be
        run over the rest of the window.

        The offsets of every literal start in the window, overlapping ones too ("is in the p..."),
        found as they are needed: a match begins at one of them. ``start`` for a short window, a text not
        folded, a pattern without literal starts, and for one with ``requires`` where its literals occur
        (``words_before`` words before the first of them, given that bound); ``NOWHERE`` where no literal
        occurs.
        """
        if end - start <= SHORT_WINDOW:
            return start
        if self._guarded is None:
            self._prepared()
        literals = self._literals
        if literals is None:
            return start
        folded = literal_scan.folded_text(text)
        if folded is None:
            return start
        if self._few is not None:
            offsets = _found(folded, self._few, start, end)
            if not offsets:
                return NOWHERE
            return self._run_from(folded, start, offsets[0]) if self.requires is not None else offsets
        first = literals.search(folded, start, end)
        if first is None:
            return NOWHERE
        if self.requires is not None:
            return self._run_from(folded, start, first.start())
        return _offsets_from(literals, folded, first.start(), end)

    def _run_from(self, folded: str, start: int, required_at: int) -> int:
        """Where the regex is run from in a window starting at ``start`` whose first literal start of
        ``requires`` is at ``required_at``: ``words_before`` words before it (a match beginning earlier
        would hold more before the part ``requires`` matches, which lies there or later), else ``start``."""
        if self.words_before is None:
            return start
        return _words_back(folded, start, required_at, self.words_before)

    def _prepared(self) -> re.Pattern[str]:
        """The regex with its first-character guard; the literal starts are read at the same time."""
        if self._guarded is None:
            starts = literal_scan.literal_starts(self.requires or self.regex)
            if starts is not None:
                self._literals = re.compile(strings_alternation(starts))
                self._few = starts if len(starts) in FIND_LITERALS else None
            self._guarded = guarded(self.regex)
        return self._guarded


def _first_match(
    regex: re.Pattern[str], text: str, starts: Iterable[int], pos: int, endpos: int, shift: int
) -> re.Match[str] | None:
    """The first match ``literal_scan.matches_at`` would give, without its generator (a search asks for
    one match only)."""
    for at in starts:
        at -= shift
        if at >= pos:
            m = regex.match(text, at, endpos)
            if m is not None:
                return m
    return None


def _offsets_from(literals: re.Pattern[str], folded: str, at: int, end: int) -> Iterator[int]:
    """``at`` and every later offset before ``end`` at which one of ``literals`` begins."""
    while True:
        yield at
        found = literals.search(folded, at + 1, end)
        if found is None:
            return
        at = found.start()


def _words_back(folded: str, start: int, at: int, words: int) -> int:
    """The earliest offset, not before ``start``, from which ``folded[offset:at]`` holds at most ``words``
    whitespace characters (the folded text has a space for each)."""
    for _ in range(words + 1):
        at = folded.rfind(" ", start, at)
        if at == -1:
            return start
    return at + 1


def _found(folded: str, literals: tuple[str, ...], start: int, end: int) -> list[int]:
    """Every offset in [start, end) at which one of ``literals`` begins and ends before ``end``, ascending
    (none is a prefix of another: two never begin at the same offset)."""
    offsets: list[int] = []
    for literal in literals:
        offsets.extend(literal_scan.occurrences(folded, literal, start, end))
    offsets.sort()
    return offsets
