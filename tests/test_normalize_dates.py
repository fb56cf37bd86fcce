import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnru_facts.normalize.dates import (
    RELATIVE_WEEK_OR_MONTH,
    find_temporals,
    resolve_span,
    resolve_week_or_month,
    resolve_weekday,
)
from vnru_facts.normalize.doc_date import date_from_text


def spans(text: str, doc_date: str | None) -> list[tuple[str | None, str | None]]:
    return [resolve_span(t, doc_date) for t in find_temporals(text)]


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        ("in 2024", None, ("2024-01", "2024-12")),
        ("last year", "2025-01-15", ("2024-01", "2024-12")),
        ("this year", "2025-06-01", ("2025-01", "2025-12")),
        ("the first 11 months of 2024", None, ("2024-01", "2024-11")),
        ("the first eleven months", "2024-12-20", ("2024-01", "2024-11")),
        ("the first seven months of this year", "2023-08-10", ("2023-01", "2023-07")),
        ("January-September 2024", None, ("2024-01", "2024-09")),
        ("Jan–Sep 2023", None, ("2023-01", "2023-09")),
        ("the first half of 2022", None, ("2022-01", "2022-06")),
        ("H1 2021", None, ("2021-01", "2021-06")),
        ("Q3 2020", None, ("2020-07", "2020-09")),
        ("the 2016-2021 period", None, ("2016-01", "2021-12")),
    ],
)
def test_periods_resolve_to_month_ranges(text, doc_date, expected):
    assert spans(text, doc_date)[0] == expected


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        ("from January 14 to 15, 2025", None, ("2025-01-14", "2025-01-15")),
        ("on 14-15 March 2024", None, ("2024-03-14", "2024-03-15")),
        ("Apr 6, 2023", None, ("2023-04-06", None)),
        ("6 April 2023", None, ("2023-04-06", None)),
        ("June 2024", None, ("2024-06", None)),
        ("as of November 2024", None, ("2024-11", None)),
        ("in June", "2025-01-10", ("2024-06", None)),  # the last June before the article
        ("in June", "2024-12-01", ("2024-06", None)),
        ("December 1", "2025-12-01", ("2025-12-01", None)),
        ("(Apr 7)", "2023-04-06", ("2023-04-07", None)),  # a day just after the article date
        ("in September next year", "2023-04-06", ("2024-09", None)),
        ("in October", None, (None, None)),  # nothing to resolve against: no guess
    ],
)
def test_dates_resolve_against_the_document_date(text, doc_date, expected):
    assert spans(text, doc_date)[0] == expected


# Part-year periods as trade news words them, written for the tests; the report is dated 2024-09-20.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two months joined by "between ... and", or a range named as a period
        ("Trade between January and August rose.", ("2024-01", "2024-08")),
        ("between Jan and Jul 2023", ("2023-01", "2023-07")),
        # opening a sentence, capitalised
        ("Between January and August, trade fell.", ("2024-01", "2024-08")),
        ("From January to May 2023, exports rose.", ("2023-01", "2023-05")),
        ("Between Feb and Apr, imports doubled.", ("2024-02", "2024-04")),
        ("in the January-August period", ("2024-01", "2024-08")),
        ("in the January–May period of last year", ("2023-01", "2023-05")),
        ("in the Jan-Jun period in 2022", ("2022-01", "2022-06")),
        # quarters and halves by ordinal
        ("in the third quarter", ("2024-07", "2024-09")),
        ("the fourth quarter of 2023", ("2023-10", "2023-12")),
        ("in the second half of last year", ("2023-07", "2023-12")),
        # a running total up to a month
        ("in the eight months to August", ("2024-01", "2024-08")),
        ("the first 11 months through November 2023", ("2023-01", "2023-11")),
        ("in the ten months ended October last year", ("2023-01", "2023-10")),
        ("the six months ending in June", ("2024-01", "2024-06")),
        # from January to the report
        ("year-to-date", ("2024-01", "2024-09")),
        ("so far this year", ("2024-01", "2024-09")),
        ("since the beginning of the year", ("2024-01", "2024-09")),
        ("this year so far", ("2024-01", "2024-09")),
        ("from the beginning of the year to August", ("2024-01", "2024-08")),
        ("since the start of this year through July", ("2024-01", "2024-07")),
        # a count of months from January without "first": a year after it, or "-month period"
        ("In the nine months of 2023, exports rose.", ("2023-01", "2023-09")),
        ("in the ten months of this year", ("2024-01", "2024-10")),
        ("in the nine-month period", ("2024-01", "2024-09")),
        ("the first 10-month period of last year", ("2023-01", "2023-10")),
    ],
)
def test_part_year_periods(text, expected):
    assert spans(text, "2024-09-20") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two months without "between" are two months, not a range
        ("in January and August", [("2024-01", None), ("2024-08", None)]),
        # twelve months back from March run into the year before: only the month is read
        ("in the 12 months to March 2024", [("2024-03", None)]),
        # a half has no third
        ("the third half", []),
        # months counted without "the" and a year are a length, not a period from January
        ("after nine months of talks", []),
        ("over a 12-month period", []),
        ("the six months of the pilot", []),
    ],
)
def test_part_year_near_misses(text, expected):
    assert spans(text, "2024-09-20") == expected


def test_to_date_needs_the_reports_month():
    assert spans("so far this year", "2024") == [(None, None)]
    assert spans("so far this year", None) == [(None, None)]


def test_weekday_is_the_latest_such_day_up_to_the_document_date():
    assert resolve_weekday(4, "2023-04-07") == "2023-04-07"  # Friday, the article's own day
    assert resolve_weekday(3, "2023-04-07") == "2023-04-06"  # Thursday before


@pytest.mark.parametrize(
    ("text", "prep"),
    [
        ("Trade grew in June 2024.", "in"),
        ("TRADE WILL DOUBLE BY THE END OF 2030.", "by the end of"),
        ("Figures as of\nNovember 2024 show it.", "as of"),
        ("Since the 2016-2021 period it grew.", "since"),
        ("The 2024 forum.", None),
    ],
)
def test_the_preposition_before_a_date_is_kept_lowercased(text, prep):
    assert find_temporals(text)[0].prep == prep


def test_temporals_are_equal_and_hash_by_value():
    first = find_temporals.__wrapped__("The talks on 20 June 2024 went well.")
    again = find_temporals.__wrapped__("The talks on 20 June 2024 went well.")
    assert first == again and first[0] is not again[0]
    assert len({*first, *again}) == 1


def test_a_date_mention_keeps_every_field_in_declaration_order():
    from dataclasses import asdict

    from vnru_facts.extract.components.mentions import _fields_of

    for t in find_temporals("From January 14 to 15, 2025 and in the first half of last year."):
        assert list(_fields_of(t).items()) == list(asdict(t).items())


def test_may_without_a_year_is_not_read_as_a_month():
    assert [t.text for t in find_temporals("Both sides may sign it.")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HANOI, Apr 6, 2023 - talks began. A forum was held on Apr 5, 2023.", "2023-04-06"),
        ("Trade rose in June 2024 and again in December 2024.", "2024-12"),
        ("The forum opened on December 1. Plans run to 2030. Forum 2025 was a success.", "2025-12-01"),
        ("No dates here at all.", None),
    ],
)
def test_date_from_text_takes_the_latest_date_and_ignores_targets(text, expected):
    assert date_from_text(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A forecast or plan year is never the year of writing.
        # (a whole-year figure for 2021 is reported in 2022 at the earliest)
        ("Sales were $2 million in 2021. Imports are expected to reach $9 million in 2027.", "2022"),
        ("Trade hit $5 billion in 2022; it is forecast to double in 2026.", "2022"),
        ("The plant opened in 2019 and will be expanded in 2024.", "2019"),
        ("The delegation is scheduled to arrive on May 20, 2030. Talks were held in 2024.", "2024"),
        # ... but a date in a clause of its own is: "..., the Kremlin said on June 17, 2024".
        ("Putin will visit Vietnam soon, the Kremlin said on June 17, 2024.", "2024-06-17"),
        ("The minister, who will travel to Moscow, met the envoy on March 3, 2024.", "2024-03-03"),
        ("Trade is expected to grow, the ministry announced on Monday, April 1, 2024.", "2024-04-01"),
        # Neither is the start of a span: "since 1950", "from 2001".
        ("Ties date back to 1950. Relations have grown since 1995, and trade rose in 2010.", "2010"),
        ("Diplomatic relations since 1950 were praised on October 3.", None),
        ("Relations (January 30, 1950 – 2025) were praised.", "2025"),
        # A comparison base implies a report a year later.
        ("HANOI, March 9 - In January exports rose fivefold compared to January 2021.", "2022-03-09"),
        ("MOSCOW, July 2 - Trade was up 8% from 2019, officials said.", "2020-07-02"),
        ("Imports were higher than in the same period of 2017, the office said on April 30.", "2018-04-30"),
        # A dateline day without any year stays unknown rather than borrowing a far-off year.
        ("SAIGON, August 4 - Exports are expected to reach $3 million in 2031.", None),
        ("HANOI, June 2 - Trade grew quickly year-on-year.", None),
        ("MOSCOW, July 9 - In June sales rose 9% compared to June 2021.", "2022-07-09"),
        # near miss: a day named after the comparison month's year is dated, one before it is not moved.
        ("In December sales grew compared to December 2021. The report came on March 3.", "2022-12"),
        # near miss: a base month of no same-month report is only a month before the writing.
        ("HANOI, Sept 9 - Prices are 30% higher than in March 2022.", "2022-09-09"),
    ],
)
def test_the_document_date_leaves_out_forecasts_span_starts_and_dates_comparisons(text, expected):
    assert date_from_text(text) == expected


def test_the_document_date_never_depends_on_today():
    text = "VIETNAM, August 4 - In June exports rose 465% compared to June 2022."
    assert date_from_text(text) == "2023-08-04"
    assert date_from_text(text.replace("2022", "2012")) == "2013-08-04"


_ANCHORED_CASES = [
    "Talks ran from January 14 to 15, 2025, then 14-15 March 2024 and June 30 to July 2, 2024.",
    "The 12th through 13th of January, the 1st of December and 5 June 6 July; Jan-Sep and Jan–Sep 2023.",
    "Data of 2024-06-20 and 20/06/2024 and 6.6.2024; the first 11 months; H1 2021, Q3/2023; 2016-2021.",
    "From January to October 2024 and January-June of this year, the first half, the second quarter.",
    "Trade hit a record by year-end, at the end of the year, up on last year, the previous year and "
    "the same period the past year; the envoy left on Friday.",
    "2024 began it. May 2023 was different; both may sign. Dec2024, 20242025, 1999-2000, 2024-25.",
    "No date words at all here.",
    "the first seven months of THIS YEAR",
    "thıs year and the fırst half: re folds dotless ı into i, lowercasing does not",
    "the firſt half of laſt year: and long ſ into s",
    "the first 6 monthſ: a family is tried only when the text has its word (months)",
    "İstanbul, the first half of 2024: a capital İ lowercases to two characters",
    "Between January and August, in the eight months to August 2024, the ten months ended October and "
    "the January-May period of last year; year-to-date, so far this year, since the start of the year.",
    "the third quarter, the fourth quarter of 2023 and the first 11 months through November",
    "In the nine months of 2024, the nine-month period, the first 10-month period of last year, and from "
    "the beginning of the year to August; a 12-month period, nine months of talks.",
    # the period grammar's parts combined: spans, anchors before and after, fiscal years, weeks
    "During the first three quarters of this year, in the past 9 months of the year, in Q1/2015, as of "
    "the end of August, 2023's third quarter, last year's first half and the last three months of 2023.",
    "The final quarter of fiscal 2022, the first two weeks of the year, thus far in the year, the initial "
    "two quarters of the 2021 financial year, the opening six months of '23, over the past nine months.",
]


def _plainly(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple:
    from vnru_facts.normalize import dates

    with monkeypatch.context() as patched:
        patched.setattr(dates, "_FAMILIES", [f._replace(starts=lambda _a: None) for f in dates._FAMILIES])
        return dates.find_temporals.__wrapped__(text)


@pytest.mark.parametrize("text", _ANCHORED_CASES)
@pytest.mark.parametrize("case", [str, str.upper, str.lower, str.title])
def test_trying_families_only_near_anchors_finds_what_a_plain_scan_finds(text, case, monkeypatch):
    from vnru_facts.normalize import dates

    text = case(text)
    assert dates.find_temporals.__wrapped__(text) == _plainly(text, monkeypatch)


_DATE_WORDS = [
    word
    for group in (
        "January Jan Jan. Sept May may march Friday H1 Q3",
        "1 6 12th 14 15 31 2024 1999 2051 20 06",
        "to through and until of the The from on in by since",
        "first FIRST second half quarter months eleven end year-end",
        "this last next same previous past year Year",
        "fırst laſt monthſ İn",  # letters re folds differently from str.lower
    )
    for word in group.split()
]


@given(
    st.lists(
        st.tuples(st.sampled_from(_DATE_WORDS), st.sampled_from([" ", "", "-", "–", "/", ".", ", ", "\n"])),
        max_size=12,
    )
)
def test_anchored_and_plain_scans_agree_on_any_run_of_date_words(words):
    from vnru_facts.normalize import dates

    text = "".join(word + sep for word, sep in words)
    plain = [f._replace(starts=lambda _a: None) for f in dates._FAMILIES]
    anchored = dates.find_temporals.__wrapped__(text)
    original, dates._FAMILIES = dates._FAMILIES, plain  # hypothesis forbids function-scoped fixtures
    try:
        assert anchored == dates.find_temporals.__wrapped__(text)
    finally:
        dates._FAMILIES = original


def test_anchors_are_where_months_years_and_words_begin():
    from vnru_facts.normalize.dates import _Anchors

    anchors = _Anchors("In Sept 2024 the Year ended; 1949, 2050 and yearly March. H1/Q3 H3 Q5 2020s")
    assert anchors.months == [3, 51]
    assert anchors.years == [8, 70]
    assert anchors.halves_and_quarters == [58, 61]
    assert anchors.word("year") == [17, 44]
    assert anchors.words_are_exact


@pytest.mark.parametrize(
    "text",
    [
        "Monday, TUESDAY, wednesday, Thursday's FridayFriday; today, days, Saturdays, xSunday",
        "Sunday",
        "day Sunday\nMonday\u2003Fri day",
        "Friday and ſunday: no folded copy, the names are scanned for",
    ],
)
def test_weekdays_found_from_their_day_are_those_a_scan_for_the_names_finds(text):
    from vnru_facts.normalize.dates import _WEEKDAY_START, _Anchors

    assert _Anchors(text).weekdays == [m.start() for m in _WEEKDAY_START.finditer(text)]


@pytest.mark.parametrize("name", ["_ANCHOR", "_WEEKDAY_START"])
def test_anchor_scans_start_with_letters_re_skips_to_by_itself(name):
    """Else re would enter its matcher at every character, which is what the anchors are for."""
    from vnru_facts.extract.scan.regex_guard import _starts_with_a_set, sre_parse
    from vnru_facts.normalize import dates

    regex = getattr(dates, name)
    assert _starts_with_a_set(sre_parse.parse(regex.pattern, regex.flags).data)


def test_lowercasing_finds_what_ignorecase_matches_except_the_folds_scanned_plainly():
    """Why ``_Anchors.words_are_exact`` checks only for ı and ſ and for a change of length."""
    import re
    import string
    import sys

    every_char = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for char in set(re.findall(r"(?i)[a-z]", every_char)):
        letters = {letter for letter in string.ascii_lowercase if re.fullmatch(f"(?i){letter}", char)}
        if len(char.lower()) == 1 and char not in "ıſ":
            assert letters == {char.lower()}, char


@pytest.mark.parametrize(
    "text",
    [
        "So far this year, trade grew; from the start of the year to date it rose.",
        "SO FAR THIS YEAR; the Start Of talks; to-date",
        "so\nfar this year, thus\u2003far, to\tdate, beginning\u00a0of the year",  # other whitespace
        "The end of the year, the weekend, the Quarter and a half, this WEEK.",
        "İn the beginning of the year; ſo far; fırst half",  # letters re folds apart: no folded copy
        "ΣΟ FAR ΣΟ good: so far so good",  # a capital sigma lowers by its context
        "",
    ],
)
def test_the_families_word_gates_read_the_folded_copy_as_the_lowered_text(text):
    """``_Anchors.holds`` answers ``word in text.lower()`` without lower-casing the whole text."""
    from vnru_facts.normalize.dates import _FAMILIES, _Anchors

    anchors = _Anchors(text)
    for word in {need for family in _FAMILIES for need in family.needs} | {"so far", "end of", "half"}:
        assert anchors.holds(word) == (word in text.lower()), word


# Weeks and months named from the document date, to the month they fall in.
@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        ("will sign the deal next week", "2015-05-21", "2015-05"),
        ("will sign the deal next week", "2015-05-28", "2015-06"),  # a week that ends in the next month
        ("was signed last week", "2024-07-03", "2024-06"),
        ("was signed this week", "2024-07-03", "2024-07"),
        ("in the coming week", "2024-12-30", "2025-01"),
        ("was signed last month", "2025-01-10", "2024-12"),
        ("the previous month", "2025-03-14", "2025-02"),
        ("will be signed next month", "2024-12-03", "2025-01"),
        ("earlier this month", "2024-06", "2024-06"),
        ("next week", "2024-06", None),  # a week from a month: which week is not known
        ("last month", None, None),  # nothing to count from: no guess
    ],
)
def test_weeks_and_months_resolve_against_the_document_date(text, doc_date, expected):
    m = RELATIVE_WEEK_OR_MONTH.search(text)
    assert resolve_week_or_month(m.group("rel"), m.group("unit"), doc_date) == expected


@pytest.mark.parametrize(
    "text",
    ["in the coming weeks", "the following week", "a week later", "within a month", "the months ahead"],
)
def test_weeks_and_months_not_counted_from_the_document_date(text):
    assert RELATIVE_WEEK_OR_MONTH.search(text) is None
