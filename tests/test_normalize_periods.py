"""The period grammar: periods built from their parts (span x anchor x preposition x spelling) parse to the
months they name, through ``find_temporals`` and ``resolve_span`` as the pipeline reads them.

Sentences are written for the tests; the report is dated 2024-11-20 unless said otherwise.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnru_facts.normalize.dates import find_temporals, resolve_span
from vnru_facts.normalize.periods import Period, is_comparison_base, parse_period

DOC_DATE = "2024-11-20"
DOC_YEAR = 2024

WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip  # fmt: skip
UNITS = {"month": 1, "quarter": 3, "half": 6}
PLURAL = {"month": "months", "quarter": "quarters", "half": "halves"}
ORDINAL_WORDS = ["first", "second", "third", "fourth"]
ORDINAL_DIGITS = ["1st", "2nd", "3rd", "4th"]


def only_span(text: str, doc_date: str | None = DOC_DATE) -> tuple[str | None, str | None]:
    """The (start, end) of the one period-like temporal in ``text``."""
    found = [t for t in find_temporals(text) if t.kind in ("period", "relative")]
    assert len(found) == 1, [t.text for t in find_temporals(text)]
    return resolve_span(found[0], doc_date)


# --- the parts, generated ------------------------------------------------------------------------


@st.composite
def counted_spans(draw) -> tuple[str, int, int]:
    """'the first three quarters', 'first 9 months', 'the opening two quarters': (words, first, last)."""
    unit = draw(st.sampled_from(["month", "quarter", "half"]))
    n = draw(st.integers(1, 12 // UNITS[unit]))
    number = draw(st.sampled_from([str(n), WORDS[n - 1]]))
    lead = draw(st.sampled_from(["first", "initial", "opening"]))
    det = draw(st.sampled_from(["the ", "", "its "]))
    noun = PLURAL[unit] if n > 1 else unit
    return f"{det}{lead} {number} {noun}", 1, n * UNITS[unit]


@st.composite
def parts(draw) -> tuple[str, int, int]:
    """'the third quarter', 'first-half', 'Q3', 'H2', 'the 2nd quarter'."""
    unit = draw(st.sampled_from(["quarter", "half"]))
    size = UNITS[unit]
    k = draw(st.integers(1, 12 // size))
    code = ("Q" if unit == "quarter" else "H") + str(k)
    ordinal = draw(st.sampled_from([ORDINAL_WORDS[k - 1], ORDINAL_DIGITS[k - 1]]))
    written = draw(
        st.sampled_from([f"the {ordinal} {unit}", f"{ordinal} {unit}", f"the {ordinal}-{unit}", code])
    )
    return written, 1 + size * (k - 1), size * k


@st.composite
def month_ranges(draw) -> tuple[str, int, int]:
    """'January-May', 'between January and August', 'from Feb to Sept', 'the January–May period'."""
    first = draw(st.integers(1, 11))
    last = draw(st.integers(first + 1, 12))
    short = draw(st.booleans())
    a, b = (MONTH_NAMES[first - 1], MONTH_NAMES[last - 1])
    if short:
        a, b = a[:3], b[:3]
    form = draw(
        st.sampled_from(
            ["{a}-{b}", "{a}–{b}", "between {a} and {b}", "from {a} to {b}", "the {a}-{b} period"]
        )
    )
    return form.format(a=a, b=b), first, last


# (anchor words, the year it names, whether it must follow the span directly: "'24" needs no "of")
ANCHORS = [
    ("", DOC_YEAR),
    (" of 2023", 2023),
    (" 2022", 2022),
    (" in 2021", 2021),
    (" of this year", DOC_YEAR),
    (" this year", DOC_YEAR),
    (" of last year", DOC_YEAR - 1),
    (" last year", DOC_YEAR - 1),
    (" of the year", DOC_YEAR),
    (" of the current year", DOC_YEAR),
    (" of fiscal 2020", 2020),
    (" of '19", 2019),
    (" of the previous year", DOC_YEAR - 1),
]
PREPOSITIONS = ["in ", "during ", "over ", "for ", "throughout ", ""]


@settings(max_examples=400, deadline=None)
@given(
    span=st.one_of(counted_spans(), parts(), month_ranges()),
    anchor=st.sampled_from(ANCHORS),
    prep=st.sampled_from(PREPOSITIONS),
    capitalised=st.booleans(),
)
def test_a_period_built_from_its_parts_parses_to_its_months(span, anchor, prep, capitalised):
    words, first, last = span
    anchor_words, year = anchor
    phrase = f"{prep}{words}{anchor_words}"
    if capitalised:
        phrase = phrase[0].upper() + phrase[1:]
    text = f"Bilateral trade rose {phrase}, the ministry said."
    assert only_span(text) == (f"{year}-{first:02d}", f"{year}-{last:02d}")


@settings(max_examples=200, deadline=None)
@given(span=st.one_of(counted_spans(), parts()), anchor=st.sampled_from(ANCHORS[1:]))
def test_parse_period_reads_a_phrase_alone(span, anchor):
    words, first, last = span
    period = parse_period(words + anchor[0])
    assert period is not None
    assert (period.first_month, period.last_month) == (first, last)


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(1, 11),
    spelled=st.booleans(),
    lead=st.sampled_from(["past", "previous"]),
    unit=st.sampled_from(["months", "quarters"]),
    anchor=st.sampled_from([a for a in ANCHORS if a[0]]),
)
def test_the_past_months_of_a_year_run_from_january(n, spelled, lead, unit, anchor):
    size = 3 if unit == "quarters" else 1
    n = min(n, 12 // size)
    number = WORDS[n - 1] if spelled else str(n)
    text = f"Exports reached $2 billion in the {lead} {number} {unit}{anchor[0]}."
    assert only_span(text) == (f"{anchor[1]}-01", f"{anchor[1]}-{n * size:02d}")


# --- each part, by table ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spans
        ("during the first three quarters of this year", ("2024-01", "2024-09")),
        ("in the past 9 months of the year", ("2024-01", "2024-09")),
        ("over the past three quarters of the year", ("2024-01", "2024-09")),
        ("in the first eight months", ("2024-01", "2024-08")),
        ("in the initial two quarters of 2023", ("2023-01", "2023-06")),
        ("the last three months of 2023", ("2023-10", "2023-12")),
        ("the final quarter of last year", ("2023-10", "2023-12")),
        ("in the first two weeks of 2024", ("2024-01", "2024-01")),
        ("in the first ten weeks of the year", ("2024-01", "2024-03")),
        ("the nine-month period", ("2024-01", "2024-09")),
        ("its nine-month exports", ("2024-01", "2024-09")),
        ("the 11-month turnover", ("2024-01", "2024-11")),
        ("eight-month two-way trade", ("2024-01", "2024-08")),
        ("last year's six-month sales", ("2023-01", "2023-06")),
        # named parts
        ("in Q1/2015", ("2015-01", "2015-03")),
        ("in Q3 of 2022", ("2022-07", "2022-09")),
        ("H1-2023", ("2023-01", "2023-06")),
        ("in the first half", ("2024-01", "2024-06")),
        ("first-half", ("2024-01", "2024-06")),
        ("in the second half of the year", ("2024-07", "2024-12")),
        ("in 2023's third quarter", ("2023-07", "2023-09")),
        ("last year's first half", ("2023-01", "2023-06")),
        # month ranges
        ("January–May", ("2024-01", "2024-05")),
        ("between January and August", ("2024-01", "2024-08")),
        ("the January-May period", ("2024-01", "2024-05")),
        ("from Jan. to Sept. 2022", ("2022-01", "2022-09")),
        # to date
        ("so far this year", ("2024-01", "2024-11")),
        ("year-to-date", ("2024-01", "2024-11")),
        ("thus far in the year", ("2024-01", "2024-11")),
        ("from the beginning of the year to August", ("2024-01", "2024-08")),
        ("in the eight months to August", ("2024-01", "2024-08")),
        ("the ten months ended October last year", ("2023-01", "2023-10")),
        # anchors
        ("the first half of fiscal 2021", ("2021-01", "2021-06")),
        ("the first half of the 2021 fiscal year", ("2021-01", "2021-06")),
        ("in the first quarter of '23", ("2023-01", "2023-03")),
        ("the first six months of next year", ("2025-01", "2025-06")),
        ("the first three quarters this year", ("2024-01", "2024-09")),
        ("the first nine months of the previous year", ("2023-01", "2023-09")),
    ],
)
def test_each_part_of_the_grammar(text, expected):
    assert only_span(f"Trade grew {text}.") == expected


def test_the_same_year_is_the_year_named_before():
    text = "Trade reached $2 billion in 2019 and $1 billion in the first half of the same year."
    half = find_temporals(text)[-1]
    assert (half.month, half.end_month, half.year, half.rel_year) == (1, 6, None, None)
    assert resolve_span(half, DOC_DATE, context_year=2019) == ("2019-01", "2019-06")


@pytest.mark.parametrize(
    "text",
    [
        "after nine months of talks",  # a length, no period
        "over a 12-month period",
        "a three-month export ban",  # after "a": a length
        "an eight-month trade mission",
        "a nine-month high",  # before another noun
        "the 18-month contract",
        "nine months exports",  # not hyphenated: no attributive span
        "the six months of the pilot",
        "over the past nine months",  # a rolling window, no months of one year
        "in the last three quarters",
        "last quarter",  # the quarter before the report
        "the third half",
        "in the first thirteen months of 2023",
        "in the 12 months to March",
        "the Q5 results",
        "the H1N1 virus",
    ],
)
def test_near_misses_read_no_period(text):
    assert [
        t
        for t in find_temporals(text)
        if t.kind == "period" and t.month is not None and t.end_month != t.month
    ] == []


def test_parse_period_reads_a_phrase_or_none():
    assert parse_period("during the first three quarters of this year") == Period(1, 9, None, 0)
    assert parse_period("in Q1/2015") == Period(1, 3, 2015, None)
    assert parse_period("so far this year") == Period(1, None, None, 0)
    assert parse_period("after nine months of talks") is None


# --- comparison bases ------------------------------------------------------------------------------


LAST_9M = "the first nine months of last year"


def _base(text: str, period: str, *, part_year: bool, earlier_year: bool) -> bool:
    start = text.index(period)
    return is_comparison_base(
        text, start, start + len(period), prep=None, part_year=part_year, earlier_year=earlier_year
    )


@pytest.mark.parametrize(
    ("text", "period", "part_year", "earlier_year", "base"),
    [
        (
            "exports climbed to $1.3 billion, up 37% over the first nine months of last year",
            LAST_9M,
            True,
            True,
            True,
        ),
        ("trade grew 12 percent on the first half of 2023", "the first half of 2023", True, True, True),
        (
            "a 20 per cent rise over the first quarter of last year",
            "the first quarter of last year",
            True,
            True,
            True,
        ),
        ("compared with the same period of 2023", "2023", False, True, True),
        ("exports fell 5% against 2019", "2019", False, True, True),
        ("35% less than in 2021", "2021", False, True, True),
        # periods, not bases
        (
            "trade expanded by more than 11 percent over the first nine months of this year",
            "the first nine months of this year",
            True,
            False,
            False,
        ),
        ("trade reached $3 billion over the first nine months of last year", LAST_9M, True, True, False),
        ("the figure for the first half of 2023 was $2 billion", "the first half of 2023", True, True, False),
    ],
)
def test_comparison_bases_are_parsed_as_bases(text, period, part_year, earlier_year, base):
    assert _base(text, period, part_year=part_year, earlier_year=earlier_year) is base
