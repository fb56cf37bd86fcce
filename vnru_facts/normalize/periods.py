"""Reporting periods as news writes them, parsed from parts that combine freely.

A period is a SPAN, then an optional ANCHOR, after any preposition (``dates`` reads that):

    span                                           anchor
    the first three quarters                       of this year
    the past 9 months                              of the year
    the first eight months                         (none: the document date or paragraph decides)
    Q1 / H1 / the third quarter / the first half   /2015, 2024, of last year, this year, '24
    January-May / between January and August       of 2023, in fiscal 2024, the same year
    the eight months to August / so far this year  (a running total from January)

Each part is a table of words below; one regex per span shape is built from the tables and the shared
anchor, and ``build`` combines what a match holds into a ``Period``: the months the span covers and the
year the anchor names. So "during the first three quarters of this year", "in the past 9 months of the
year", "in Q1/2015" and "in the first eight months" parse without a phrasing of their own.

The comparison base of a change is parsed as a base, never as a figure's period ("up 37% over the first
nine months of last year", "compared with the same period of 2023"): ``is_comparison_base``.

Pure: no spaCy. ``dates.find_temporals`` finds these shapes in a text (where their head words occur) and
turns each ``Period`` into a ``Temporal``; ``parse_period`` reads one phrase alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from math import ceil
from typing import Literal

from vnru_facts.extract.scan.regex_guard import guarded
from vnru_facts.normalize.numbers import NUMBER_WORD_PATTERN, parse_number

# --- the parts, as data ---------------------------------------------------------------------------

MONTH_NAMES = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTHS: dict[str, int] = {
    **{name: i for i, name in enumerate(MONTH_NAMES, 1)},
    **{name[:3]: i for i, name in enumerate(MONTH_NAMES, 1)},
    "sept": 9,
}
# A month as written, capitalised: "January", "Jan", "Jan.", "Sept".
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
YEARS = r"19[5-9]\d|20[0-4]\d"

# Units a span counts, in months ("the first two halves" is a year; weeks are read below).
UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "halve": 6}
# The words that open a counted span, and where in the year the span lies:
#   from January: "the first nine months", "the initial two quarters", "the opening three months";
#   to date (from January when a year anchors it): "the past 9 months of the year";
#   at the year's end (only when a year anchors it): "the last three months of 2023", "the final quarter".
LEADS_FROM_JANUARY = ("first", "initial", "opening")
LEADS_TO_DATE = ("past", "previous", "latest")
LEADS_AT_YEAR_END = ("last", "final", "closing")
# Ordinals of a named part: "the third quarter", "the second half", "the last quarter of 2023".
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
ORDINALS_AT_YEAR_END = ("last", "final")
# Relative years an anchor may name, by their offset from the document's year ("the same year" is the
# year named before it, and "the year" the year in focus: neither is an offset).
RELATIVE_YEARS = {
    "this": 0,
    "current": 0,
    "present": 0,
    "last": -1,
    "previous": -1,
    "past": -1,
    "next": 1,
    "coming": 1,
}
# Words that make a year a fiscal or calendar one: "fiscal 2024", "the 2024 financial year".
_YEAR_KIND = r"(?:fiscal|financial|calendar)"
# Spans running to a month ("the eight months to August", "ended October", "ending in June").
_TO_MONTH = rf"\s(?:to|through|until|till|ending(?:\sin)?|ended)\s(?P<to>{MONTH})"

# --- the anchor, shared by every span -------------------------------------------------------------

_REL_WORDS = "|".join(RELATIVE_YEARS)
# "of 2024", " 2024", ", 2024", "in fiscal 2024", "of the year 2024", "of the 2024 fiscal year", "of '24";
# "of this year", "this year", "of the current year", "of last year", "next year";
# "of the same year" (the year named before); "of the year" (the year in focus, as if no anchor).
ANCHOR = (
    r"(?i:(?:,?\s(?:(?:of|in|for)\s)?(?:the\s)?(?:(?:year|" + _YEAR_KIND + r"(?:\syear)?)\s)?"
    rf"(?P<y>{YEARS})(?:\s{_YEAR_KIND}\syear)?"
    r"|\s(?:(?:of|in|for)\s)?(?:the\s)?['’](?P<yy>\d\d)"
    rf"|\s(?:(?:of|in|for)\s)?(?:the\s)?(?P<rel>{_REL_WORDS})\s(?:{_YEAR_KIND}\s)?year"
    r"|\s(?:of|in)\s(?:the\s)?(?P<same>same)\syear"
    rf"|\s(?:of|in|for)\sthe\s(?:{_YEAR_KIND}\s)?(?P<the_year>year)(?!\s(?:before|earlier|ago|after))"
    r")\b)"
)
# The same before a span: "2024's first half", "this year's first quarter", "last year's nine months".
PRE_ANCHOR = rf"(?i:(?P<py>{YEARS})['’]s\s|(?P<prel>{_REL_WORDS})\s(?:{_YEAR_KIND}\s)?year['’]s\s)"
_NUMBER = rf"(?P<n>\d{{1,2}}|{NUMBER_WORD_PATTERN})"
_LEAD = "|".join((*LEADS_FROM_JANUARY, *LEADS_TO_DATE, *LEADS_AT_YEAR_END))


@dataclass(frozen=True, slots=True)
class Period:
    """The months of the year a period covers, and the year it names.

    ``last_month`` None: to the report ("so far this year"). ``year``: the year written; ``rel_year``:
    this (0), last (-1) or next (+1) year; both None: the document date or the paragraph decides.
    """

    first_month: int
    last_month: int | None
    year: int | None = None
    rel_year: int | None = None


@dataclass(frozen=True)
class Shape:
    """One way of writing a span, with the shared anchor after it.

    ``starts``: where ``dates`` tries the regex: around one of the ``heads`` (a match begins at most
    ``reach`` characters before one and ends at most ``after`` characters after the head), at month
    names, or at Q/H codes. ``needs``: words one of which the lower-cased text must hold.
    """

    name: str
    regex: re.Pattern[str]
    build: Callable[[re.Match[str]], Period | None]
    starts: Literal["words", "months", "codes"]
    heads: tuple[str, ...] = ()
    reach: int = 0
    after: int = 0
    needs: tuple[str, ...] = ()


# Letters re's IGNORECASE matches with ASCII ones that lower() does not turn into them: "fırst" (dotless
# ı), "ſo far" (long s), "FİRST" (dotted İ lowers to i and a combining dot).
_FOLD_APART = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def _word(written: str) -> str:
    """A matched word as the tables hold it: lower case, with re's extra case folds undone."""
    return written.lower().translate(_FOLD_APART)


@lru_cache(maxsize=256)  # a few dozen spellings ("June", "Sept.", "JUNE")
def month_number(written: str) -> int:
    """'Sept.' -> 9."""
    return MONTHS[_word(written).rstrip(".")]


def _anchored(g: dict[str, str | None]) -> bool:
    return any(g.get(k) for k in ("y", "y2", "py", "yy", "rel", "prel", "same", "the_year"))


def _with_anchor(g: dict[str, str | None], first: int, last: int | None) -> Period:
    """The span's months in the year its anchor (after or before it) names."""
    written = g.get("y") or g.get("y2") or g.get("py")
    year = int(written) if written else None
    if g.get("yy"):
        yy = int(g["yy"])  # type: ignore[arg-type]
        year = (2000 if yy < 50 else 1900) + yy
    rel_word = g.get("rel") or g.get("prel")
    rel = RELATIVE_YEARS[_word(rel_word)] if rel_word else None
    return Period(first, last, year, rel)


# --- counted spans: "the first three quarters", "the past 9 months", "the nine-month period" ---------

# The figure nouns an attributive span qualifies: "nine-month exports", "the 10-month trade turnover",
# "eight-month two-way trade" are the year's first months, as "the nine-month period" is; the same span
# before another noun is a length ("a 12-month contract", "a nine-month high", "a six-month visa").
FIGURE_NOUNS = (
    "exports?", "imports?", "export", "import", "trade", "turnover", "shipments?", "sales", "revenues?",
    "earnings", "totals?", "figures?", "two-way", "bilateral",
)  # fmt: skip
COUNTED = re.compile(
    rf"(?i)\b(?:{PRE_ANCHOR})?(?P<det>(?:the|its|their)\s)?(?:(?P<lead>{_LEAD})\s)?{_NUMBER}(?P<sep>[\s-])"
    r"(?P<unit>month|quarter|halve|half|week)s?"
    rf"(?:(?P<period>\speriod)|(?P<figure>(?=\s(?:{'|'.join(FIGURE_NOUNS)})\b)))?"
    rf"(?:{_TO_MONTH})?(?:{ANCHOR})?"
)
_INDEFINITE_BEFORE = re.compile(r"(?i)\ban?\s$")


def _build_counted(m: re.Match[str]) -> Period | None:
    g = m.groupdict()
    n = parse_number(g["n"])
    if n is None or n != int(n) or n < 1:
        return None
    unit, lead = _word(g["unit"]), _word(g["lead"] or "")
    months = _counted_months(int(n), unit)
    if months is None or not 1 <= months <= 12:
        return None
    anchored = _anchored(g)
    if g.get("to"):  # "the eight months to August": back from that month, within its year
        last = month_number(g["to"])
        return _with_anchor(g, last - months + 1, last) if months <= last else None
    if lead in LEADS_AT_YEAR_END:  # "the last three months of 2023"; unanchored, a rolling window
        return _with_anchor(g, 13 - months, 12) if anchored else None
    if lead in LEADS_TO_DATE and not anchored:
        return None  # "over the past nine months": a rolling window, no months of one year
    if not lead and not (anchored or (g["period"] and g["det"]) or _qualifies_a_figure(m)):
        return None  # "after nine months of talks", "over a 12-month period": a length, not a period
    if unit == "week" and not lead:
        return None
    return _with_anchor(g, 1, months)


def _qualifies_a_figure(m: re.Match[str]) -> bool:
    """Whether a hyphenated month count qualifies a trade figure's noun ("nine-month exports"), not after
    "a"/"an" ("a three-month export ban" is a length)."""
    if m.group("figure") is None or m.group("sep") != "-" or _word(m.group("unit")) != "month":
        return False
    return _INDEFINITE_BEFORE.search(m.string, max(0, m.start() - 4), m.start()) is None


def _counted_months(n: int, unit: str) -> int | None:
    """Months covered by ``n`` units from January: weeks reach the month their last day falls in."""
    if unit == "week":
        return ceil(n * 7 / 30.44) if n <= 52 else None
    return n * UNIT_MONTHS[unit]


# --- named parts: "the third quarter", "the first half", "first-half", "Q1/2015", "H2 2023" ----------

PART = re.compile(
    rf"(?i)\b(?:{PRE_ANCHOR}|the\s)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)[\s-]"
    rf"(?P<unit>quarter|half)\b(?:{ANCHOR})?"
)
CODE = re.compile(rf"\b(?P<code>Q[1-4]|H[12])(?:[/-](?P<y2>{YEARS})\b|(?:{ANCHOR}))?\b")


def _build_part(m: re.Match[str]) -> Period | None:
    g = m.groupdict()
    size = UNIT_MONTHS[_word(g["unit"])]
    written = _word(g["ord"])
    if written in ORDINALS_AT_YEAR_END:
        if not _anchored(g):
            return None  # "last quarter": the one before the report, not a quarter of a year named
        part = 12 // size
    else:
        part = ORDINALS[written]
    if part * size > 12:
        return None  # "the third half"
    return _with_anchor(g, 1 + size * (part - 1), size * part)


def _build_code(m: re.Match[str]) -> Period | None:
    g = m.groupdict()
    code = g["code"]
    size = 6 if code[0] == "H" else 3
    part = int(code[1])
    return _with_anchor(g, 1 + size * (part - 1), size * part)


# --- month ranges: "January-May", "between January and August", "the January-May period" ----------

MONTH_RANGE = re.compile(
    rf"\b(?:(?P<between>[Bb]etween\s)|[Ff]rom\s)?(?P<m1>{MONTH})\s?(?:-|–|—|to|through|till|until|"
    rf"(?(between)and|(?!)))\s?(?P<m2>{MONTH})(?:\speriod)?(?:{ANCHOR})?\b"
)


def _build_month_range(m: re.Match[str]) -> Period | None:
    g = m.groupdict()
    first, last = month_number(g["m1"]), month_number(g["m2"])
    return _with_anchor(g, first, last) if first < last else None


# --- running totals from January: "so far this year", "year-to-date", "from the start of the year to
# August" (a year named after "since the start of" is left to be a year: it often dates the report) ----

TO_DATE = re.compile(
    r"(?i)\b(?:year[-\s]to[-\s]date|(?:(?:so|thus)\sfar|to\sdate)\s(?:this|in\s(?:the|this))\syear|"
    r"(?:this|the)\syear\s(?:so|thus)\sfar|"
    r"(?:since|from)\sthe\s(?:start|beginning|outset)\sof\s(?:the|this)\syear"
    rf"(?:\s(?:to|through|until|till)\s(?:the\send\sof\s)?(?P<to>{MONTH}))?)\b"
)


def _build_to_date(m: re.Match[str]) -> Period | None:
    """From January of the report's year to the month named, else to the report."""
    to = m.group("to")
    return Period(1, month_number(to) if to else None, None, 0)


# The order in which the shapes are tried; a match overlapping an earlier one is dropped.
SHAPES: tuple[Shape, ...] = (
    Shape(
        "counted",
        COUNTED,
        _build_counted,
        "words",
        heads=("month", "quarter", "half", "halve", "week"),
        reach=48,  # "previous financial year's previous twenty-seven "
        after=112,  # "months period ending in September., of the financial year 2024 financial year"
        needs=("month", "quarter", "half", "halve", "week"),
    ),
    Shape(
        "to_date",
        TO_DATE,
        _build_to_date,
        "words",
        heads=("year",),
        reach=28,  # "since the beginning of this "
        after=48,  # "year through the end of September."
        needs=("so far", "thus far", "to date", "to-date", "start of", "beginning of", "outset of"),
    ),
    Shape(
        "part",
        PART,
        _build_part,
        "words",
        heads=("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "last", "final"),
        reach=17,  # "previous year's " or "the "
        after=72,  # "fourth-quarter, of the financial year 2024 financial year"
        needs=("half", "quarter"),
    ),
    Shape("code", CODE, _build_code, "codes"),
    Shape("month_range", MONTH_RANGE, _build_month_range, "months"),
)


def parse_period(phrase: str) -> Period | None:
    """The period a phrase holds ("during the first three quarters of this year"), read by the first
    shape that finds one in it; None if none does."""
    for shape in SHAPES:
        for m in shape.regex.finditer(phrase):
            period = shape.build(m)
            if period is not None:
                return period
    return None


# --- comparison bases ------------------------------------------------------------------------------

# A month after these is the end of a running total: "$4.9 billion as of November", "as of the end of
# August" are January to that month.
TO_DATE_PREPOSITIONS = (
    "as of",
    "as at",
    "by",
    "by the end of",
    "as of the end of",
    "at the end of",
    "end of",
)

# The words right before a date that make it the base of a comparison, not the figure's period:
# "up 9% against 2019", "35% less than in 2021", "compared with last year", "down 49% over the same period
# in 2022", "a rise on 2019". Anchored at the date, so "more than $4 billion in 2020" is not a comparison.
# "over", "on" and "from" are weak: "over the first nine months" is a period itself, unless a change told
# right before them is measured against an earlier year's part ("up 37% over the first nine months of last
# year"; but "grew 16% over the first nine months of this year" is the figure's period).
COMPARISON_BEFORE = guarded(
    re.compile(
        r"(?i)\b(?:compared\s(?:with|to)|in\scomparison\s(?:with|to)|as\sagainst|against|than(?:\sin|\sduring)?|"
        r"versus|vs\.?|same\speriod\s(?:of|in)|(?P<weak>over|on|from))\s(?:the\s)?$"
    )
)
# A change told right before a weak comparison word: "up 51% over", "a 20 percent rise on", "a two-fold
# increase over", "grew 12 per cent from".
CHANGE_BEFORE = guarded(
    re.compile(
        r"(?i)(?:%|\bper\s?cent|\bpercent|\bpct|fold|\b(?:increase|rise|growth|gain|jump|decline|decrease|drop|"
        r"fall|higher|lower|up|down))\s(?:year-on-year\s|on-year\s)?$"
    )
)


def is_comparison_base(
    text: str, start: int, end: int, *, prep: str | None, part_year: bool, earlier_year: bool = False
) -> bool:
    """Whether the date at [start, end) is the base a change is measured against ('up 26% from 2023',
    'compared with last year', 'since 2014', 'up 37% over the first nine months of last year'), not the
    period of a figure ('from 2023 to 2024' and 'over the first nine months' are periods).

    ``part_year``: the date is part of a year ("the first nine months"); ``earlier_year``: in a year before
    the report's ("of last year", "of 2023" in a 2024 report)."""
    if prep in ("since", "from") and not text[end : end + 6].lstrip().startswith("to"):
        return True
    window = text[max(0, start - 40) : start]
    m = COMPARISON_BEFORE.search(window)
    if m is None:
        return False
    if not m.group("weak") or not part_year:
        return True
    return earlier_year and CHANGE_BEFORE.search(window, 0, m.start()) is not None
