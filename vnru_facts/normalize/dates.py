"""Dates and periods as written in news text, resolved against the document date (the document date
itself, read from the text, is ``doc_date``).

This module reads single dates ("June 20, 2024", "in June", "2024", "last year", "on Friday") and
resolves every expression; reporting periods ("the first three quarters of this year", "Q1/2015",
"January-May") are parsed by the period grammar in ``periods``, whose shapes are found here in order
with the date families.

``find_temporals(text)`` finds every date/period expression with its character offsets;
``resolve_*`` turn one into ISO strings at the precision the text gives ("2024", "2024-06",
"2024-06-20"). Nothing is guessed: an expression that needs a document date and has none resolves
to ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property, lru_cache
from typing import NamedTuple

from vnru_facts.extract.scan import literal_scan
from vnru_facts.extract.scan.regex_guard import guarded
from vnru_facts.normalize import periods

# Month names and their numbers ("sept" too), shared with the period grammar.
MONTHS = periods.MONTHS

WEEKDAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}

_MON = periods.MONTH
_YEARS = periods.YEARS
_YEAR = rf"(?:{_YEARS})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DASH = r"\s?(?:-|–|—|to|and|through|till|until)\s?"


# Not frozen: a frozen dataclass sets each field through object.__setattr__, five times the cost of
# building a plain one, and a few thousand are built per MB. Nothing assigns to one after it is built;
# ``unsafe_hash`` keeps them hashable, with equality by value. No slots: the mention component copies
# each one's ``__dict__``.
@dataclass(unsafe_hash=True)
class Temporal:
    """One date or period expression. Months/days are None when the text does not give them."""

    start: int
    end: int
    text: str
    kind: str  # "date" | "period" | "relative" | "weekday"
    year: int | None = None
    end_year: int | None = None
    month: int | None = None
    end_month: int | None = None
    day: int | None = None
    end_day: int | None = None
    rel_year: int | None = None  # 0 = this year, -1 = last year, +1 = next year
    weekday: int | None = None
    prep: str | None = None  # the preposition before it: in, by, since, as of, until, ...


def _month(name: str) -> int:
    return periods.month_number(name)


def _int(value: str | None) -> int | None:
    """'12th' -> 12."""
    if not value:
        return None
    return int(_DIGITS.match(value).group(0))  # type: ignore[union-attr]


_DIGITS = re.compile(r"\d+")


# --- where a match can begin ----------------------------------------------------------------------
# Every family pattern starts with \b, an optional word or (?i), so ``re`` cannot skip through the text
# to candidate positions and runs the whole matcher at every character (a third of a second per MB
# for all families). Instead each text is scanned once for the words dates are built around, with
# patterns that start with a case-sensitive literal (which ``re`` does skip to quickly), and each family
# is tried only where one of its matches can begin. ``starts`` returns those positions, or None for
# "anywhere": a plain scan of the whole text. Trying a superset of the real starts in order, with
# ``regex.match(text, pos)`` (which sees the text before ``pos`` for \b), finds exactly what finditer
# finds.

# One scan finds months (every _MON begins with one of these), years and halves/quarters ("H1", "Q3");
# they differ in their first character. Every alternative starts with a literal, not a group, so that
# re skips to their first letters itself.
_ANCHOR = re.compile(rf"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|{_YEARS}|H[12]|Q[1-4]")
_WEEKDAY_START = re.compile(_WD)
_ASCII_DIGITS = frozenset("0123456789")  # a _DAY begins with one
_WEEKDAY_NAMES = tuple(name.capitalize() for name in WEEKDAYS)  # each ends in "day"


class _Anchors:
    """The positions of month names, years, weekdays and a few words in one text, each scanned once.

    The scans match word characters only, and each anchor follows a non-word character (\\b) or a
    space in the family patterns, so a scan cannot step over one while matching something else.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # Words of the (?i) families are found in literal_scan's folded copy (lower case, same offsets;
        # None for a text where re folds letters otherwise, as dotless ı and long ſ): such a text is
        # scanned plainly. The words hold no whitespace, which the copy maps to spaces.
        self.folded = literal_scan.folded_text(text)
        self.words_are_exact = self.folded is not None
        self._words: dict[str, list[int]] = {}  # ``word``'s answers: "year" heads three families
        self.months: list[int] = []
        self.years: list[int] = []
        self.halves_and_quarters: list[int] = []
        for m in _ANCHOR.finditer(text):
            first = text[m.start()]
            kind = self.years if first in "12" else self.halves_and_quarters if first in "HQ" else self.months
            kind.append(m.start())

    @cached_property
    def weekdays(self) -> list[int]:
        """Where weekday names begin, found from the "day" that ends each in the folded text.

        A few checks at each "day" cost less than scanning the text for the names, which re does by
        trying every capital M, T, W, F and S. Without a folded copy, the names are scanned for.
        """
        if self.folded is None:
            return [m.start() for m in _WEEKDAY_START.finditer(self.text)]
        text = self.text
        return [
            begin
            for at in self.word("day")
            for name in _WEEKDAY_NAMES
            if (begin := at + 3 - len(name)) >= 0 and text.startswith(name, begin)
        ]

    def word(self, word: str) -> list[int]:
        """Where ``word`` occurs in the folded text (the words used here cannot overlap themselves)."""
        found = self._words.get(word)
        if found is not None:
            return found
        found = self._words[word] = []
        if self.folded is None:
            return found
        at = self.folded.find(word)
        while at >= 0:
            found.append(at)
            at = self.folded.find(word, at + len(word))
        return found

    @cached_property
    def _lower(self) -> str:
        return self.text.lower()  # for a text without a folded copy only

    def holds(self, word: str) -> bool:
        """``word in text.lower()`` for a lower-case ``word``, read in the folded copy (a lower() of the
        whole text costs more than all the gates it serves). A word without whitespace is there as in
        the lower-cased text; a phrase may be there for other whitespace at its spaces, so each place
        is lower-cased alone (with a folded copy, each character lowers to one, in place)."""
        folded = self.folded
        if folded is None:
            return word in self._lower
        if " " not in word:
            # its places, found once: most gate words are some family's heads too ("month", "year")
            return bool(self.word(word))
        at = folded.find(word)
        while at != -1:
            if self.text[at : at + len(word)].lower() == word:
                return True
            at = folded.find(word, at + 1)
        return False


_Starts = Callable[[_Anchors], Iterable[int] | None]


def _at_months(a: _Anchors) -> list[int]:
    return a.months


def _at_months_or_from(a: _Anchors) -> list[int]:
    """'January-September', 'from January to October', 'between January and May': the month or the
    'from ' or 'between ' before it."""
    text = a.text
    between = [month - 8 for month in a.months if text[month - 8 : month - 1].lower() == "between"]
    return [*between, *(at for month in a.months for at in (month - 5, month))]  # sorted by the caller


def _digits_before_months(reach: int) -> _Starts:
    """A day written before its month ('14-15 January'): digits at most ``reach`` characters before it."""

    def starts(a: _Anchors) -> list[int]:
        text = a.text
        return [
            at
            for month in a.months
            if _after_a_day(text, month)
            for at in range(max(0, month - reach), month)
            if text[at] in _ASCII_DIGITS
        ]

    return starts


# What ends a day before its month's space: a digit or an ordinal's "st", "nd", "rd", "th".
_DAY_ENDS = frozenset("0123456789tdh")


def _after_a_day(text: str, month: int) -> bool:
    """Whether a day can end before ``month`` ("6 April", "12th of January"): the families that write
    the day first have "\\s" or "\\sof\\s" between them. (Most months follow a word, "in March": their
    digits need not be looked for.)"""
    return text[month - 2 : month - 1] in _DAY_ENDS or text[month - 3 : month - 1] == "of" or month < 2


def _at_years(a: _Anchors) -> list[int]:
    return a.years


def _before_slashed_years(a: _Anchors) -> list[int]:
    """'20/06/2024', '6.6.2024': the day begins four to six characters before the year."""
    text = a.text
    return [at for year in a.years if text[year - 1 : year] in ("/", ".") for at in range(year - 6, year - 3)]


def _at_weekdays(a: _Anchors) -> list[int]:
    """'Friday', 'on Friday'."""
    return [at for weekday in a.weekdays for at in (weekday - 3, weekday)]


def _before_words(words: tuple[str, ...], back: tuple[int, ...]) -> _Starts:
    """A (?i) family anchored on ``words``: it begins ``back`` characters before one of them."""

    def starts(a: _Anchors) -> list[int] | None:
        if not a.words_are_exact:
            return None
        return [at - offset for word in words for at in a.word(word) for offset in back]

    return starts


def _at_halves_and_quarters(a: _Anchors) -> list[int]:
    return a.halves_and_quarters


class _Family(NamedTuple):
    regex: re.Pattern[str]
    kind: str  # the builder: see _build
    starts: _Starts
    # Words one of which the lowercased text must have for the family to be tried at all (its pattern
    # needs them; a quick ``in`` skips most articles, which have no quarters or weekdays).
    needs: tuple[str, ...] = ()
    shape: periods.Shape | None = None  # a shape of the period grammar, which builds its own matches
    # For a family found around its head words (``starts`` gives the heads): how far before a head a match
    # may begin and after it end. One search of that window costs less than a match tried at each position
    # a match may begin at before the head.
    window: tuple[int, int] | None = None


_SHAPE_STARTS: dict[str, Callable[[periods.Shape], _Starts]] = {
    "words": lambda shape: _before_words(shape.heads, (0,)),
    "months": lambda shape: _at_months_or_from,
    "codes": lambda shape: _at_halves_and_quarters,
}
_PERIOD_FAMILIES = [
    _Family(
        shape.regex,
        "period",
        _SHAPE_STARTS[shape.starts](shape),
        shape.needs,
        shape,
        (shape.reach, shape.after) if shape.starts == "words" else None,
    )
    for shape in periods.SHAPES
]


# Patterns are tried in this order; a match overlapping an earlier family's match is dropped.
_FAMILIES: list[_Family] = [
    # "January 14 to 15, 2025", "January 14-15, 2025", "June 19-20"
    _Family(
        re.compile(rf"\b(?P<m1>{_MON})\s(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})(?:,?\s(?P<y>{_YEAR}))?\b"),
        "day_range",
        _at_months,
    ),
    # "14-15 January 2025", "14 to 15 January", "12th through 13th of January" (21 characters before the month)
    _Family(
        re.compile(
            rf"\b(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\s(?:of\s)?(?P<m1>{_MON})(?:,?\s(?P<y>{_YEAR}))?\b"
        ),
        "day_range",
        _digits_before_months(21),
    ),
    # "June 30 to July 2, 2024"
    _Family(
        re.compile(
            rf"\b(?P<m1>{_MON})\s(?P<d1>{_DAY}){_DASH}(?P<m2>{_MON})\s(?P<d2>{_DAY})(?:,?\s(?P<y>{_YEAR}))?\b"
        ),
        "day_range",
        _at_months,
    ),
    # "Apr 6, 2023", "June 20, 2024", "December 1"
    _Family(
        re.compile(rf"\b(?P<m1>{_MON})\s(?P<d1>{_DAY})(?!\d)(?:,?\s(?P<y>{_YEAR}))?\b"), "day", _at_months
    ),
    # "6 April 2023", "1st of December", "12th of January" (8 characters before the month)
    _Family(
        re.compile(rf"\b(?P<d1>{_DAY})\s(?:of\s)?(?P<m1>{_MON})(?:,?\s(?P<y>{_YEAR}))?\b"),
        "day",
        _digits_before_months(8),
    ),
    # "2024-06-20", "20/06/2024", "20.06.2024"
    _Family(re.compile(rf"\b(?P<y>{_YEAR})-(?P<mn>0[1-9]|1[0-2])-(?P<d1>[0-3]\d)\b"), "iso", _at_years),
    _Family(
        re.compile(rf"\b(?P<d1>[0-3]?\d)[/.](?P<mn>0?[1-9]|1[0-2])[/.](?P<y>{_YEAR})\b"),
        "iso",
        _before_slashed_years,
    ),
    # Reporting periods ("the first three quarters of this year", "Q1/2015", "January-May"): the
    # period grammar's shapes (normalize/periods.py) take this place in the order.
    *_PERIOD_FAMILIES,
    # "June 2024", "in June", "September of the same year"
    _Family(
        re.compile(
            rf"\b(?P<m1>{_MON})(?:,?\s(?:of\s)?(?P<y>{_YEAR})|\s(?:of\s)?(?P<rel>this|last|the\ same|the\ previous|next)\syear)?\b"
        ),
        "month",
        _at_months,
    ),
    # "2016-2021", "2021–2025"
    _Family(re.compile(rf"\b(?P<y>{_YEAR})\s?(?:-|–|—)\s?(?P<y2>{_YEAR}|\d\d)\b"), "year_range", _at_years),
    # "2024", "fiscal 2024"
    _Family(re.compile(rf"\b(?P<y>{_YEAR})\b(?![-–]\d)"), "year", _at_years),
    # "by the end of the year", "by year-end": the current year ("the end of last year" is caught below)
    _Family(
        re.compile(r"(?i)\b(?:the\s)?(?:end\sof\s(?:the|this)\syear|year[-\s]end)\b"),
        "year_end",
        _before_words(("end", "year"), (4, 0)),
        needs=("end",),
    ),
    # "last year", "this year", "the previous year", "next year", "the same period last year"
    # (the word before "year" with its space: "last " 5, "previous " and "the same " 9, "the previous " 13)
    _Family(
        re.compile(r"(?i)\b(?P<rel>this|last|past|previous|next|the\ same|the\ previous|the\ past)\syear\b"),
        "rel_year",
        _before_words(("year",), (13, 9, 5)),
        needs=("year",),
    ),
    # "on Friday", "Friday (Apr 7)" is caught by the day family inside the parentheses
    _Family(re.compile(rf"\b(?:on\s)?(?P<wd>{_WD})\b"), "weekday", _at_weekdays, needs=("day",)),
]

_REL = {
    "this": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "the previous": -1,
    "the past": -1,
    "next": 1,
    "the same": None,
}
# Searched in the 24 characters before each date; guarded, it skips the positions no preposition starts at.
_PREP_BEFORE = guarded(
    re.compile(
        r"(?i)\b(in|by|since|as of|as at|until|till|to|from|for|during|of|on|through|in the|by the end of|"
        r"as of the end of|at the end of|end of)\s*(?:the\s)?$"
    )
)


def _build(kind: str, m: re.Match[str], prep: str | None) -> Temporal | None:
    # Each Temporal is built with its fields named once (merging a dict of the shared ones into the
    # call took twice as long, a few thousand times per MB).
    g = m.groupdict()
    start, end, text = m.start(), m.end(), m.group(0)
    year = int(g["y"]) if g.get("y") else None
    if kind == "year":
        return Temporal(start=start, end=end, text=text, kind="period", year=year, end_year=year, prep=prep)
    rel = _REL.get(g["rel"].lower()) if g.get("rel") else None
    if kind == "month":
        if g["m1"].lower().rstrip(".") == "may" and not year and not (g["m1"] == "May" and prep):
            return None  # "may" is far more often the verb, though never after a preposition ("in May")
        month = _month(g["m1"])
        return Temporal(
            start=start, end=end, text=text, kind="date", year=year, month=month, rel_year=rel, prep=prep
        )
    if kind == "day_range":
        m1 = _month(g["m1"])
        m2 = _month(g["m2"]) if g.get("m2") else m1
        return Temporal(
            start=start,
            end=end,
            text=text,
            kind="date",
            year=year,
            month=m1,
            end_month=m2,
            day=_int(g["d1"]),
            end_day=_int(g["d2"]),
            end_year=year,
            prep=prep,
        )
    if kind == "day":
        month, day = _month(g["m1"]), _int(g["d1"])
        return Temporal(
            start=start, end=end, text=text, kind="date", year=year, month=month, day=day, prep=prep
        )
    if kind == "iso":
        month, day = int(g["mn"]), int(g["d1"])
        return Temporal(
            start=start, end=end, text=text, kind="date", year=year, month=month, day=day, prep=prep
        )
    if kind == "year_range":
        y2 = g["y2"]
        end_year = int(y2) if len(y2) == 4 else (year // 100) * 100 + int(y2)  # type: ignore[operator]
        if end_year <= (year or 0):
            return None
        return Temporal(
            start=start, end=end, text=text, kind="period", year=year, end_year=end_year, prep=prep
        )
    if kind == "year_end":
        return Temporal(start=start, end=end, text=text, kind="relative", rel_year=0, prep=prep)
    if kind == "rel_year":
        if rel is None:
            return None
        return Temporal(start=start, end=end, text=text, kind="relative", rel_year=rel, prep=prep)
    if kind == "weekday":
        weekday = WEEKDAYS[g["wd"].lower()]
        return Temporal(
            start=start, end=end, text=text, kind="weekday", year=year, weekday=weekday, prep=prep
        )
    return None


def _from_period(period: periods.Period | None, m: re.Match[str], prep: str | None) -> Temporal | None:
    """A period the grammar read, as a Temporal: its months in the year named (``end_year`` too)."""
    if period is None:
        return None
    return Temporal(
        start=m.start(),
        end=m.end(),
        text=m.group(0),
        kind="period",
        year=period.year,
        end_year=period.year,
        month=period.first_month,
        end_month=period.last_month,
        rel_year=period.rel_year,
        prep=prep,
    )


def _family_matches(family: _Family, anchors: _Anchors) -> Iterator[re.Match[str]]:
    """What ``family.regex.finditer(text)`` finds, trying the pattern only where a match can begin."""
    if family.needs and not any(anchors.holds(need) for need in family.needs):
        return
    starts = family.starts(anchors)
    if starts is None:
        yield from guarded(family.regex).finditer(anchors.text)
        return
    if family.window is not None:
        yield from _window_matches(guarded(family.regex), anchors.text, sorted(set(starts)), family.window)
        return
    text, end = anchors.text, 0
    for at in sorted(set(starts)):
        if at < end:
            continue  # inside the previous match (or before the text)
        m = family.regex.match(text, at)
        if m is not None:
            end = m.end()
            yield m


def _window_matches(
    regex: re.Pattern[str], text: str, heads: list[int], window: tuple[int, int]
) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` found in the window around each head word, left to right, once each.

    Every match holds a head, and lies within ``window`` of it: so a match found in one head's window
    is found whole, and a head inside a match found already needs no search of its own.
    """
    back, ahead = window
    end = 0
    for head in heads:
        if head < end:
            continue
        m = regex.search(text, max(end, head - back), min(len(text), head + ahead))
        if m is not None and m.start() <= head:
            end = m.end()
            yield m


def _preposition_before(text: str, start: int) -> str | None:
    prep = _PREP_BEFORE.search(text[max(0, start - 24) : start])
    return _preposition(prep.group(1)) if prep else None


@lru_cache(maxsize=256)  # a few dozen spellings: "in", "In", "as of", "by the end of"
def _preposition(written: str) -> str:
    return re.sub(r"\s+", " ", written.lower())


# Cached so that reading an article (its document date) and its DATE mentions scan the text once;
# the two happen a batch apart at most, so a few dozen whole texts are enough to keep.
@lru_cache(maxsize=64)
def find_temporals(text: str) -> tuple[Temporal, ...]:
    """Every date/period expression in ``text``, left to right, longest match winning overlaps."""
    found: list[Temporal] = []
    taken = bytearray(len(text) + 1)
    anchors = _Anchors(text)
    for family in _FAMILIES:
        for m in _family_matches(family, anchors):
            start, end = m.span()
            if taken.find(1, start, end) != -1:
                continue  # overlaps an earlier family's match
            prep = _preposition_before(text, start)
            t = _from_period(family.shape.build(m), m, prep) if family.shape else _build(family.kind, m, prep)
            if t is None:
                continue
            found.append(t)
            taken[start:end] = b"\x01" * (end - start)
    return tuple(sorted(found, key=lambda t: t.start))


# --- resolution against the document date ---------------------------------------------------------


def parse_iso(value: str | None) -> tuple[int, int | None, int | None] | None:
    """'2024-06-20' -> (2024, 6, 20); '2024-06' -> (2024, 6, None); '2024' -> (2024, None, None)."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m:
        return None
    y, mo, d = m.groups()
    return int(y), int(mo) if mo else None, int(d) if d else None


def iso(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def _latest_year_for(month: int, day: int | None, doc: tuple[int, int | None, int | None]) -> int:
    """The year of (month, day) nearest the document date, looking back, or a little ahead.

    News reports what happened, so "in June" in a January article is last June; but an article
    dated April 6 that names "Friday (Apr 7)" or "next month's visit" looks a few weeks ahead.
    """
    y, dm, dd = doc
    if dm is None:
        return y
    ahead_days = (month - dm) * 31 + ((day or 1) - (dd or 1) if day else 0)
    limit = 45 if day else 31
    return y if ahead_days <= limit else y - 1


def resolve_year(t: Temporal, doc_date: str | None, *, context_year: int | None = None) -> int | None:
    """The calendar year an expression refers to, or None if it cannot be known."""
    if t.year is not None:
        return t.year
    if t.end_year is not None and t.kind == "period" and t.month is None:
        return t.end_year
    if t.end_year is not None:
        return t.end_year
    doc = parse_iso(doc_date)
    if t.rel_year is not None:
        return doc[0] + t.rel_year if doc else None
    if context_year is not None and t.kind == "period":
        return context_year
    if t.month is not None and t.kind == "date":
        if context_year is not None:
            return context_year
        return _latest_year_for(t.month, t.day, doc) if doc else None
    if t.kind == "period" and t.month is not None:
        # "the first 11 months" with no year: the current year's reporting period.
        return doc[0] if doc else None
    return None


def resolve_span(
    t: Temporal, doc_date: str | None, *, context_year: int | None = None
) -> tuple[str | None, str | None]:
    """(start, end) ISO strings of an expression, at the precision the text gives."""
    if t.kind == "weekday":
        return resolve_weekday(t.weekday, doc_date), None  # type: ignore[arg-type]
    year = resolve_year(t, doc_date, context_year=context_year)
    if year is None:
        return None, None
    if t.kind == "period":
        if t.month is None:
            start_year = t.year or year
            end_year = t.end_year or year
            return iso(start_year, 1), iso(end_year, 12)
        if t.end_month is None:
            return _to_report(year, t.month, doc_date)
        return iso(year, t.month), iso(year, t.end_month)
    if t.kind == "relative":
        return iso(year, 1), iso(year, 12)
    start = iso(year, t.month, t.day)
    if t.end_day is not None:
        return start, iso(t.end_year or year, t.end_month, t.end_day)
    return start, None


def _to_report(year: int, month: int, doc_date: str | None) -> tuple[str | None, str | None]:
    """'year-to-date': from ``month`` to the report's month; unknown without one."""
    doc = parse_iso(doc_date)
    if doc is None or doc[1] is None or doc[0] != year:
        return None, None
    return iso(year, month), iso(year, doc[1])


def resolve_weekday(weekday: int, doc_date: str | None) -> str | None:
    """'on Thursday' -> the latest such day on or before the document date."""
    doc = parse_iso(doc_date)
    if not doc or doc[1] is None or doc[2] is None:
        return None
    d = date(*doc)  # type: ignore[arg-type]
    return (d - timedelta(days=(d.weekday() - weekday) % 7)).isoformat()


# --- weeks and months named from the document date ------------------------------------------------

# "next week", "last month", "this week", "the coming month", "the previous week": a week or month counted
# from the document date ("the following week" counts from the story's own time, not the document's).
# Not a date mention of its own (a trade figure "last month" is a reporting
# period, read by the period grammar): the rules that date an event ask for it where they find no date.
RELATIVE_WEEK_OR_MONTH = re.compile(
    r"(?i)\b(?P<rel>this|last|past|previous|next|coming)\s(?P<unit>week|month)\b"
)
_WEEK_OR_MONTH_STEP = {
    "this": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
}


def resolve_week_or_month(rel: str, unit: str, doc_date: str | None) -> str | None:
    """The month ("2015-05") of the week or month ``rel`` ``unit`` names from the document date: "next
    week" of 2015-05-21 is in 2015-05, of 2015-05-28 in 2015-06; "last month" of 2025-01-10 is 2024-12.
    A week needs the document's day (only "this week" is read from its month); None without a date."""
    doc = parse_iso(doc_date)
    step = _WEEK_OR_MONTH_STEP.get(rel.lower())
    if doc is None or doc[1] is None or step is None:
        return None
    year, month, day = doc
    if unit.lower() == "month":
        months = year * 12 + month - 1 + step
        return iso(months // 12, months % 12 + 1)
    if day is None:
        return iso(year, month) if step == 0 else None
    then = date(year, month, day) + timedelta(weeks=step)
    return iso(then.year, then.month)
