"""The titled-person forms of ``patterns/people.py``, tried only where they can start.

Python's ``re`` skips quickly through text only to a literal or a case-sensitive character class. The
person forms start with an optional lead ("former Russian", "the"), ``\\b`` or a capitalised name, so a
scan of the whole text ran the matcher at every position, four times. Every form needs a title word
(HONORIFIC_NAME an honorific), and one scan for those is cheap: a form is then tried only at the few
positions near them where a match can start.

``finditer_from`` yields exactly what ``regex.finditer(text)`` yields when it is given every position
where a match can start (more do no harm). Each ``*_starts`` function below says why its positions
include all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache, partial
from typing import Any

from vnru_facts.extract.patterns.alternation import literal_units, tree_alternation
from vnru_facts.extract.patterns.people import (
    ABBREVIATION,
    AND_NOT_A_TITLE,
    HONORIFIC_NAME,
    HONORIFIC_WORD,
    HONORIFIC_WORDS,
    INSTITUTION_WORDS,
    NAME_CHARS,
    RANK_BEFORE,
    RANKS,
    SPEAKER,
    TITLE_AFTER,
    TITLE_AFTER_LEAD,
    TITLE_BEFORE,
    TITLE_BEFORE_LEAD,
    TITLE_OF,
    TITLE_OF_COUNTRY,
    TITLE_ONLY,
    TITLE_ONLY_LEAD,
    UPPER,
)
from vnru_facts.extract.scan.regex_guard import sre_parse
from vnru_facts.normalize.names import VIETNAMESE_SURNAMES, fold


def _alternation_of(titles: list[str]) -> str:
    """One prefix tree of ``titles``, longest first (as patterns/people.py builds TITLE)."""
    return tree_alternation(literal_units(a) for a in sorted(titles, key=len, reverse=True))


# Titles are looked for in two ways. Capitalised ones with one re scan: it skips quickly past every
# lower-case letter. Those written in lower case ("ambassador", "the chairman of the State Duma") by
# their few first words with str.find: as first letters of the same scan, every "c", "m" and "s" of the
# text made it try.
_CAPITALISED_TITLES = [a for a in TITLE_OF if not a[:1].islower()]
_LOWER_CASE_TITLES = [a for a in TITLE_OF if a[:1].islower()]
_TITLE_WORD = re.compile(_alternation_of(_CAPITALISED_TITLES))
_LOWER_CASE_TITLE_WORD = re.compile(_alternation_of(_LOWER_CASE_TITLES))
_LOWER_CASE_FIRST_WORDS = sorted({a.split()[0] for a in _LOWER_CASE_TITLES})


def _shared_prefixes(words: list[str], *, size: int = 5) -> list[str]:
    """``words``, those that share their first ``size`` letters as that prefix ("chair" for "chairman",
    "chairperson", "chairwoman"): every word still starts at an occurrence of one, and each is a
    ``str.find`` pass over the text fewer."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:size], []).append(word)
    return sorted(prefix if len(group) > 1 else group[0] for prefix, group in groups.items())


_LOWER_CASE_FINDS = _shared_prefixes(_LOWER_CASE_FIRST_WORDS)
_HONORIFIC_WORD = re.compile(HONORIFIC_WORD)


def finditer_from(regex: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)``, given in order every position where a match of ``regex`` can start.

    finditer tries each position from the end of its last match on and yields the first match; trying
    only the positions where a match can start finds the same ones. (The forms never match empty.)
    """
    end = 0
    for start in starts:
        if start < end:
            continue
        m = regex.match(text, start)  # lookbehinds and \b still see the text before ``start``
        if m is not None:
            yield m
            end = m.end()


def word_starts(word: re.Pattern[str], firsts: re.Pattern[str], text: str) -> list[int]:
    """Every position where ``word`` matches, also those inside another of its matches.

    finditer skips 'Prime Minister' inside 'Deputy Prime Minister', but a form may still start there.
    ``firsts`` is a class of one character, matching each that a match of ``word`` can start with.
    """
    starts: list[int] = []
    for m in word.finditer(text):
        at = m.start()
        starts.append(at)
        for offset in _inner_firsts(firsts, m.group()):
            if word.match(text, at + offset) is not None:
                starts.append(at + offset)
    return starts


@lru_cache(maxsize=1024)  # a document's titles are a few spellings ("President", "Deputy PM")
def _inner_firsts(firsts: re.Pattern[str], matched: str) -> tuple[int, ...]:
    """Offsets after the first in ``matched`` of a character ``firsts`` matches: a one-character class
    sees nothing around it, so these are the same wherever ``matched`` stands in a text."""
    return tuple(m.start() for m in firsts.finditer(matched, 1))


def _first_letters(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted({re.escape(w[0]) for w in words})) + "]")


_TITLE_FIRSTS = _first_letters(_CAPITALISED_TITLES)
_HONORIFIC_FIRSTS = _first_letters(HONORIFIC_WORDS)


def title_starts(text: str) -> list[int]:
    """Where a title of the gazetteer starts, in order: every titled form holds one."""
    starts = word_starts(_TITLE_WORD, _TITLE_FIRSTS, text)
    lower = _lower_case_title_starts(text)
    return sorted({*starts, *lower}) if lower else starts


def _lower_case_title_starts(text: str) -> list[int]:
    """Every position where a lower-case title matches (overlapping ones too: more starts do no harm)."""
    found: list[int] = []
    for word in _LOWER_CASE_FINDS:
        at = text.find(word)
        while at != -1:
            if _LOWER_CASE_TITLE_WORD.match(text, at) is not None:
                found.append(at)
            at = text.find(word, at + 1)
    return found


class _Lead:
    """What a form allows before its title ("former Russian", "the"), at most ``longest`` characters.

    A match of the form starts where its lead starts, and its lead ends where its title starts.
    """

    def __init__(self, source: str, *, opener: str = "") -> None:
        self.longest = sre_parse.parse(source).getwidth()[1]
        # With the text cut at a title, \Z is the title's start: the lead must end exactly there.
        self.ending = re.compile(rf"(?=(?:{source})\Z)")
        # A lead holds only the characters of its words and spaces, so it starts within the run of
        # those characters before the title (read on the reversed text, like _name_run_start): the
        # lead is then tried at those few positions, not at all ``longest`` before the title.
        self.run_reversed = re.compile(f"[{character_class(source)}]*")
        # A lead that always opens with this character ("," of ", the") is not looked for without it.
        assert source.startswith(re.escape(opener))
        self.opener = opener
        # Where the lead starts in a run, per spelling of the run, cached for this lead: a cache keyed by
        # ``ending`` too hashed the compiled pattern (all its code, 1-2 us) at every title of every text.
        self.backs = lru_cache(maxsize=4096)(partial(_lead_backs, ending=self.ending))

    def starts(self, text: str, titles: list[int]) -> list[int]:
        """Where this lead starts and ends at one of ``titles``, in order."""
        found: set[int] = set()
        add = found.add  # bound once: this loop runs for every title of every document
        longest, opener, backs, run_reversed = self.longest, self.opener, self.backs, self.run_reversed
        for title in titles:
            lo = max(0, title - longest)
            if opener and text.find(opener, lo, title) == -1:
                continue
            # text[lo:title] reversed in one slice (no copy of the forward slice)
            backwards = text[title - 1 : lo - 1 : -1] if lo else text[:title][::-1]
            lo = title - run_reversed.match(backwards).end()  # type: ignore[union-attr]
            # The run is short and its words few ("the ", "Vietnamese "): where the lead starts in it
            # is worked out once per spelling. The character before the run is part of the spelling:
            # a lead's \b looks at it (and _collect_characters lets no other look-around in).
            at = lo - 1 if lo else 0
            for back in backs(text[at:title], lo - at):
                add(title - back)
        return sorted(found)


def _lead_backs(window: str, run_at: int, *, ending: re.Pattern[str]) -> tuple[int, ...]:
    """How far before the end of ``window`` a lead (``ending``) starts, trying from ``run_at`` on.

    ``ending.finditer(text, lo, title)`` reads nothing after ``title`` and, before ``lo``, only what a
    \b reads: the same starts as here, where ``window`` is ``text[lo - run_at:title]``.
    """
    return tuple(len(window) - m.start() for m in ending.finditer(window, run_at))


def character_class(source: str) -> str:
    """The body of a character class holding every character a match of ``source`` can contain.

    For patterns built of literals, small classes, ``\\s``, groups, alternatives and repeats; anything
    else (a negated class, ``.``, a case-insensitive flag) raises ValueError.
    """
    parsed = sre_parse.parse(source)
    if parsed.state.flags & re.IGNORECASE:
        raise ValueError(f"case-insensitive pattern: {source!r}")
    chars: set[str] = set()
    _collect_characters(parsed, chars)
    return "".join(sorted(re.escape(c) if len(c) == 1 else c for c in chars))


def _collect_characters(items: Iterable[tuple[Any, Any]], chars: set[str]) -> None:
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            chars.add(chr(av))
        elif name == "IN":
            for kind, value in av:
                if str(kind) == "LITERAL":
                    chars.add(chr(value))
                elif str(kind) == "CATEGORY" and str(value) == "CATEGORY_SPACE":
                    chars.add(r"\s")
                else:
                    raise ValueError(f"character set item not handled: {kind} {value}")
        elif name == "BRANCH":
            for branch in av[1]:
                _collect_characters(branch, chars)
        elif name == "SUBPATTERN":
            if av[1] & re.IGNORECASE:
                raise ValueError("case-insensitive group")
            _collect_characters(av[3], chars)
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            _collect_characters(av[2], chars)
        elif name != "AT":  # \b, ^, \Z: they match no character
            raise ValueError(f"pattern item not handled: {op}")


_BEFORE = _Lead(TITLE_BEFORE_LEAD)
_ONLY = _Lead(TITLE_ONLY_LEAD)
_AFTER = _Lead(TITLE_AFTER_LEAD, opener=",")

# A name of TITLE_AFTER starts with a capital letter (of an honorific, an initial or a word) not glued
# to a word, and lies in a run of name characters and spaces before capitals, ending at the comma after
# it. The run is read on the reversed text: there a space's capital comes before it.
_NAME_START = re.compile(rf"(?<![\w’'\-])[{UPPER}]")
_NAME_RUN_REVERSED = re.compile(rf"(?:{NAME_CHARS}|(?<=[{UPPER}])\s)*")


def _name_run_start(text: str, end: int) -> int:
    """Where the run a name can lie in, ending at ``end``, begins."""
    return run_start(_NAME_RUN_REVERSED, text, end)


def run_start(run_reversed: re.Pattern[str], text: str, end: int) -> int:
    """Where a run ending at ``end`` begins, ``run_reversed`` matching it on the reversed text (a starred
    pattern). Read backwards in growing slices: runs are short, but a hostile text may hold a long one."""
    size = 64
    while True:
        lo = max(0, end - size)
        run = run_reversed.match(text[lo:end][::-1])
        assert run is not None  # a starred pattern matches at least the empty string
        if run.end() < end - lo or lo == 0:
            return end - run.end()
        size *= 4


def _after_starts(text: str, titles: list[int]) -> list[int]:
    """TITLE_AFTER starts at a name before the ", the ..." lead of a title."""
    found: list[int] = []
    for comma in _AFTER.starts(text, titles):
        lo = _name_run_start(text, comma)
        found.extend(m.start() for m in _NAME_START.finditer(text, lo, comma))
    return sorted(set(found))  # the runs before two commas may overlap


def _of_country_starts(_text: str, titles: list[int]) -> list[int]:
    """TITLE_OF_COUNTRY starts with its title."""
    return titles


def _honorific_starts(text: str, _titles: list[int]) -> list[int]:
    """HONORIFIC_NAME starts with an honorific."""
    return word_starts(_HONORIFIC_WORD, _HONORIFIC_FIRSTS, text)


_RANK_WORD = re.compile(_alternation_of(sorted(RANKS)))


def _rank_starts(text: str, titles: list[int]) -> list[int]:
    """RANK_BEFORE has TITLE_BEFORE's lead, before a rank: only the titles that are ranks are tried
    (most texts name none)."""
    ranks = [t for t in titles if _RANK_WORD.match(text, t)]
    return _BEFORE.starts(text, ranks) if ranks else []


_STARTS: dict[re.Pattern[str], Callable[[str, list[int]], list[int]]] = {
    TITLE_BEFORE: _BEFORE.starts,
    RANK_BEFORE: _rank_starts,
    TITLE_AFTER: _after_starts,
    TITLE_OF_COUNTRY: _of_country_starts,
    TITLE_ONLY: _ONLY.starts,
    HONORIFIC_NAME: _honorific_starts,
}


def form_matches(form: re.Pattern[str], text: str, titles: list[int]) -> Iterator[re.Match[str]]:
    """``form.finditer(text)`` for a form of ``patterns/people.py``; ``titles`` from ``title_starts``."""
    return finditer_from(form, text, _STARTS[form](text, titles))


def speaker_matches(text: str) -> Iterator[re.Match[str]]:
    """``SPEAKER.finditer(text)``, tried only at the line starts a speaker's label can start at."""
    return finditer_from(SPEAKER, text, _speaker_starts(text))


# A speaker's label holds at most two whitespace characters, so at most two line breaks: it starts at
# one of the three line starts nearest before its ": ".
_LABEL_LINES = 3


def _speaker_starts(text: str) -> list[int]:
    """The line starts before each colon followed by whitespace (SPEAKER's ":\\s"), in order.

    A text has far fewer such colons than lines: trying SPEAKER at every line start was most of its
    cost. Line breaks are looked for back to the last such colon only (the starts before it are found
    already), so a text of many colons and no line break is read once, not once per colon.
    """
    found: set[int] = set()
    floor = 0
    colon = text.find(":")
    while colon != -1:
        if text[colon + 1 : colon + 2].isspace():
            found.add(0)
            at = colon
            for _ in range(_LABEL_LINES):
                newline = text.rfind("\n", floor, at)
                if newline == -1:
                    break
                found.add(newline + 1)
                at = newline
            floor = colon
        colon = text.find(":", colon + 1)
    return sorted(found)


# The run after "Title of": capitalised words, initials ("V."), and the small words of institutions'
# names, and abbreviations in brackets ("(CPV)"). It ends at other punctuation, a line break or a
# lower-case word.
_RUN_WORD = rf"(?:(?:[{UPPER}]\.){{1,3}}|[{UPPER}][\w’'\-]*|{ABBREVIATION}|of|for|{AND_NOT_A_TITLE}|the|&)"
_RUN = re.compile(rf"{_RUN_WORD}(?:[ \t]+{_RUN_WORD})*")
# Not "on": "Sergey Sobyanin on May 23".
_CONNECTORS = frozenset({"of", "for", "and", "the", "&"})
_PATRONYMIC = re.compile(r"(?:ovich|evich|ich|ovna|evna|ichna)$")
_INITIAL = re.compile(rf"(?:[{UPPER}]\.){{1,3}}")
_NOT_IN_A_NAME = frozenset(
    [w.lower() for w in INSTITUTION_WORDS] + [w.lower() for a in TITLE_OF for w in a.split()]
)
# Vietnamese middle names that mark a three-word name whose family name is spelled in another
# transliteration ("Chyong Thi Mai").
_MIDDLE = frozenset({"van", "thi"})
_NAME_AFTER_A_COMMA = re.compile(rf",\s[{UPPER}]")


def name_after_institution(text: str, start: int) -> tuple[int, int] | None:
    """Where the person's name lies in the run of capitalised words after "Title of" at ``start``.

    "Chairman of the Vietnam-Russia Friendship Association Nguyen Van Thanh": the institution's name
    and the person's are one run of capitalised words, and only the shape of names splits it. The
    name is in the run's last stretch without small words ("of", "for", "and"):

    - a Vietnamese name from its family name on, two to four words ("Nguyen Van Thanh"; the first
      such family name that leaves at most four: "Ho Chi Minh City People's Committee Phan Van Mai");
    - else the last words that belong to no institution's name or title: two, or three with a
      patronymic, an initial or a Vietnamese middle name ("Vladimir Vladimirovich Putin",
      "Gennady S. Bezdetko", "Chyong Thi Mai").

    None when there is no such name, and when a comma follows a run whose last stretch would be the
    name whole (no word before it ends the institution's name) and is not a Vietnamese name: "the
    Director of Moscow's Department of Trade and Consumer Services, Ivan Sokolov".
    """
    run = _RUN.match(text, start)
    if run is None:
        return None
    words = [(m.start() + start, m.group()) for m in re.finditer(r"\S+", run.group())]
    while words and words[-1][1] in _CONNECTORS:
        words.pop()
    last = [i for i, (_, w) in enumerate(words) if w in _CONNECTORS]
    stretch = words[last[-1] + 1 :] if last else words
    name = _vietnamese_name(stretch) or _other_name(stretch)
    if not name:
        return None
    whole = len(name) == len(stretch) and _vietnamese_name(stretch) is None
    if whole and _NAME_AFTER_A_COMMA.match(text, run.end()):
        return None  # nothing in the run ends the institution's name: the name follows the comma
    return name[0][0], name[-1][0] + len(name[-1][1])


def _vietnamese_name(words: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    for i, (_, word) in enumerate(words):
        if 2 <= len(words) - i <= 4 and _word_key(word) in VIETNAMESE_SURNAMES:
            name = words[i:]
            return None if any(_word_key(w) in _NOT_IN_A_NAME for _, w in name) else name
    return None


def _other_name(words: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    kept = len(words)
    while kept and _word_key(words[kept - 1][1]) not in _NOT_IN_A_NAME:
        kept -= 1
    name = words[kept:]
    if not name or _INITIAL.fullmatch(name[-1][1]):
        return None
    size = 2
    middle = name[-2][1] if len(name) >= 3 else ""
    if middle and (_PATRONYMIC.search(middle) or _INITIAL.fullmatch(middle) or _word_key(middle) in _MIDDLE):
        size = 3
    return name[-size:]


def _word_key(word: str) -> str:
    return fold(word).lower().strip(".,’'")
