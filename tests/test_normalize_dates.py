import pytest

from vnru_facts.normalize.dates import date_from_text, find_temporals, resolve_span, resolve_weekday


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


def test_weekday_is_the_latest_such_day_up_to_the_document_date():
    assert resolve_weekday(4, "2023-04-07") == "2023-04-07"  # Friday, the article's own day
    assert resolve_weekday(3, "2023-04-07") == "2023-04-06"  # Thursday before


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
    "text",
    [
        "Talks ran from January 14 to 15, 2025, then 14-15 March 2024 and June 30 to July 2, 2024.",
        "Data of 2024-06-20 and 20/06/2024; the first 11 months; H1 2021; the first half; 2016-2021.",
        "Trade hit a record by year-end, up on last year; the envoy left on Friday.",
        "No date words at all here.",
    ],
)
def test_skipping_families_whose_words_are_absent_changes_nothing(text, monkeypatch):
    from vnru_facts.normalize import dates

    gated = dates.find_temporals.__wrapped__(text)
    monkeypatch.setattr(dates, "_GATES", [None] * len(dates._FAMILIES))
    assert dates.find_temporals.__wrapped__(text) == gated
