"""The literal starts of the agreement patterns, looked for once per sentence.

The component tries some twenty patterns on each sentence of its trigger words: the signing families,
the generic reading's, its head nouns. Each ``WindowSearch`` looks for the literals its own pattern
begins with ("signed ", " were ", "memorand"), one regex of them per pattern and sentence: most of the
component's time went into looking for the same words again and again. Here every literal of every
pattern is looked for once per sentence (first by its first three letters, which most sentences hold
few of) and each pattern is tried only at the offsets where one of its own begins: the same matches
as ``regex.finditer(text[s0:s1])`` (``finditer_slice``) or ``regex.finditer(text, s0, s1)``
(``finditer``), as ``WindowSearch`` gives them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from vnru_facts.extract.components.context import DocView
from vnru_facts.extract.components.window_search import WindowSearch
from vnru_facts.extract.scan import literal_scan
from vnru_facts.extract.scan.regex_guard import guarded

# Literals are first looked for by this many first characters: fewer strings to look for, and a
# sentence holds few of them.
PREFIX = 3


class _Index(NamedTuple):
    """The literals of a group of patterns: by their first characters, and the patterns each begins."""

    prefixes: frozenset[tuple[str, ...]]  # the literals' first letters, as tuples of characters
    by_prefix: dict[tuple[str, ...], tuple[str, ...]]
    owners: dict[str, tuple[WindowSearch, ...]]
    literals: dict[WindowSearch, tuple[str, ...]]  # the patterns with literal starts, and theirs
    short: tuple[tuple[str, ...], ...]  # literals shorter than a prefix ("%"): looked for each time
    # the guarded regex of each pattern with ``requires``, run over the window where that occurs (read
    # once, not looked up in ``guarded``'s cache at each call)
    whole: dict[WindowSearch, re.Pattern[str]]


class SentencePatterns:
    """A group of ``WindowSearch`` patterns searched in the same sentences."""

    def __init__(self, searches: Sequence[WindowSearch]) -> None:
        self.searches = tuple(searches)
        self._index: _Index | None = None  # read from the parsed patterns at first use
        self._last: SentenceScan | None = None

    def scan(self, text: str, s0: int, s1: int) -> SentenceScan:
        """The literals of the group in ``text[s0:s1]`` (the last sentence's kept: rules ask it in turn)."""
        last = self._last
        if last is not None and last.text is text and last.s0 == s0 and last.s1 == s1:
            return last
        self._last = SentenceScan(self._indexed(), text, s0, s1)
        return self._last

    def _indexed(self) -> _Index:
        if self._index is None:
            self._index = _index_of(self.searches)
        return self._index


def _index_of(searches: Sequence[WindowSearch]) -> _Index:
    owners: dict[str, list[WindowSearch]] = {}
    indexed: dict[WindowSearch, tuple[str, ...]] = {}
    for search in searches:
        literals = literal_scan.literal_starts(search.requires or search.regex)
        if literals is None:
            continue
        indexed[search] = literals
        for literal in literals:
            owners.setdefault(literal, []).append(search)
    by_prefix: dict[tuple[str, ...], list[str]] = {}
    for literal in owners:
        by_prefix.setdefault(tuple(literal[:PREFIX]), []).append(literal)
    return _Index(
        frozenset(by_prefix),
        {prefix: tuple(literals) for prefix, literals in by_prefix.items()},
        {literal: tuple(found) for literal, found in owners.items()},
        indexed,
        tuple(prefix for prefix in by_prefix if len(prefix) < PREFIX),
        {search: guarded(search.regex) for search in indexed if search.requires is not None},
    )


# A sentence's literals are looked for pattern by pattern, as the rules ask for them, until this many have
# been: most sentences of the trigger words name no document, and the rules ask them for a few patterns
# only (Russia's name, the document nouns: some 80 literals, a third of the time of finding all the
# group's at once). Past it, or when a rule is about to ask for most patterns (``find_all_literals``), all
# the group's literals are found at once, cheaper than one ``in`` each for the hundreds of literals.
LITERALS_ONE_BY_ONE = 120


class SentenceScan:
    """Where the group's literals begin in one sentence, and its patterns' matches there."""

    __slots__ = (
        "_all_found",
        "_asked",
        "_folded",
        "_offsets",
        "_starts",
        "index",
        "s0",
        "s1",
        "sentence",
        "text",
    )

    def __init__(self, index: _Index, text: str, s0: int, s1: int) -> None:
        self.index, self.text, self.s0, self.s1 = index, text, s0, s1
        self.sentence = text[s0:s1]
        folded = literal_scan.folded_text(text)
        self._folded = None if folded is None else folded[s0:s1]
        # the literals of each pattern in the sentence: of the patterns asked for so far, or of every
        # pattern once ``_all_found``
        self._starts: dict[WindowSearch, list[str]] = {}
        self._all_found = False
        self._asked = 0  # how many literals have been looked for one by one
        self._offsets: dict[str, list[int]] = {}

    def _literals_of(self, search: WindowSearch, literals: tuple[str, ...]) -> list[str]:
        """Those of the literals ``literals`` of ``search`` that are in the sentence."""
        found = self._starts.get(search)
        if found is not None:
            return found
        if self._all_found:
            return []
        self._asked += len(literals)
        if self._asked > LITERALS_ONE_BY_ONE:
            self.find_all_literals()
            return self._starts.get(search, [])
        window = self._folded
        found = self._starts[search] = [literal for literal in literals if literal in window]
        return found

    def find_all_literals(self) -> None:
        """Find every literal of the group in the sentence now: for a caller about to ask for most of the
        patterns (the literals of few would be looked for one by one)."""
        if self._all_found or self._folded is None:
            return
        window, index = self._folded, self.index
        starts: dict[WindowSearch, list[str]] = {}
        # The window's three-letter runs, made in C (zip) and met with the literals' first three letters
        # in one set operation: a third of the time of looking for each of a hundred prefixes in turn.
        present = index.prefixes.intersection(zip(window, window[1:], window[2:], strict=False))
        for prefix in (*present, *index.short):
            for literal in index.by_prefix[prefix]:
                if literal in window:
                    for search in index.owners[literal]:
                        starts.setdefault(search, []).append(literal)
        self._starts, self._all_found = starts, True

    def finditer_slice(self, search: WindowSearch) -> Iterator[re.Match[str]]:
        """``search.regex.finditer(text[s0:s1])``."""
        own = self.index.literals.get(search)
        if self._folded is None or own is None:
            return search.finditer_slice(self.text, self.s0, self.s1)
        literals = self._literals_of(search, own)
        if not literals:
            return iter(())  # no match begins without one of its literals
        offsets = self._offsets_of(literals)
        n = self.s1 - self.s0
        if search.requires is None:
            return literal_scan.matches_at(search.regex, self.sentence, offsets, 0, n)
        # every match holds one of ``requires``: the whole regex only where one is
        if next(literal_scan.matches_at(search.requires, self.sentence, offsets, 0, n), None) is None:
            return iter(())
        return self.index.whole[search].finditer(self.sentence)

    def search_slice(self, search: WindowSearch) -> re.Match[str] | None:
        """``search.regex.search(text[s0:s1])``."""
        return next(self.finditer_slice(search), None)

    def finditer(self, search: WindowSearch) -> Iterator[re.Match[str]]:
        """``search.regex.finditer(text, s0, s1)`` (what precedes the sentence seen by ``\\b``)."""
        own = self.index.literals.get(search)
        if self._folded is None or own is None:
            return search.finditer(self.text, self.s0, self.s1)
        literals = self._literals_of(search, own)
        if not literals:
            return iter(())
        offsets = self._offsets_of(literals)
        if search.requires is None:
            return literal_scan.matches_at(search.regex, self.text, offsets, self.s0, self.s1, -self.s0)
        found = literal_scan.matches_at(search.requires, self.text, offsets, self.s0, self.s1, -self.s0)
        if next(found, None) is None:
            return iter(())
        return self.index.whole[search].finditer(self.text, self.s0, self.s1)

    def search(self, search: WindowSearch) -> re.Match[str] | None:
        """``search.regex.search(text, s0, s1)``."""
        return next(self.finditer(search), None)

    def holds(self, search: WindowSearch, start: int, end: int) -> bool:
        """False only where no match of ``search`` can lie within ``sentence[start:end]``: none of its
        literals does."""
        own = self.index.literals.get(search)
        if self._folded is None or own is None:
            return True
        for literal in self._literals_of(search, own):
            last = end - len(literal)
            if any(start <= at <= last for at in self._occurrences(literal)):
                return True
        return False

    def _offsets_of(self, literals: list[str]) -> list[int]:
        """Every offset in the sentence at which one of ``literals`` begins, ascending."""
        if len(literals) == 1:
            return self._occurrences(literals[0])
        return sorted({at for literal in literals for at in self._occurrences(literal)})

    def _occurrences(self, literal: str) -> list[int]:
        found = self._offsets.get(literal)
        if found is None:
            assert self._folded is not None
            found = self._offsets[literal] = literal_scan.occurrences(self._folded, literal)
        return found


class Anchor(NamedTuple):
    """A literal every match of a trigger (one of its alternatives) holds, lower-case, and how far before
    it such a match may begin: "effect" of "entering into effect" is 14 characters in."""

    literal: str
    back: int = 0


def sentences_with(
    view: DocView, triggers: Sequence[tuple[re.Pattern[str], Sequence[Anchor]]]
) -> list[list[int]]:
    """``view.sentences_matching(regex)`` of each trigger, its regex tried only at the offsets up to ``back``
    before each of its anchors. The anchors are fewer than the literals a trigger's matches begin with
    ("took eff", "taking e", "came int", ... are all found from "effect"), and one looked for by two
    triggers is looked for once: each is one pass of ``str.find`` over the whole document."""
    folded = literal_scan.folded_text(view.text)
    if folded is None:
        return [view.sentences_matching(regex) for regex, _ in triggers]
    found: dict[str, list[int]] = {}
    out = []
    for regex, anchors in triggers:
        starts: set[int] = set()
        for anchor in anchors:
            if anchor.literal not in found:
                found[anchor.literal] = literal_scan.occurrences(folded, anchor.literal)
            if not anchor.back:
                starts.update(found[anchor.literal])  # (most anchors: no range per occurrence)
                continue
            for at in found[anchor.literal]:
                starts.update(range(max(0, at - anchor.back), at + 1))
        matches = literal_scan.matches_at(regex, view.text, sorted(starts), 0, len(view.text))
        out.append(sorted(view.sentences_of(m.start() for m in matches)))
    return out
