"""Part-year periods reach trade facts: sentences written for the tests, reported on 2024-09-20."""

from __future__ import annotations

import pytest

from vnru_facts import extract_text


def periods(text: str) -> list[tuple[str | None, str | None]]:
    result = extract_text(text, doc_date="2024-09-20", types=["trade"])
    return [(f.period.start, f.period.end) if f.period else (None, None) for f in result.facts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam-Russia trade reached US$3.2 billion between January and August, up 10 percent"
            " year-on-year.",
            ("2024-01", "2024-08"),
        ),
        (
            "Two-way trade between Vietnam and Russia hit US$2.9 billion in the eight months to August.",
            ("2024-01", "2024-08"),
        ),
        (
            "Bilateral trade between Vietnam and Russia stood at US$1.5 billion in the third quarter"
            " of 2023.",
            ("2023-07", "2023-09"),
        ),
        (
            "Vietnam's exports to Russia totalled US$1.1 billion year-to-date, the customs office said.",
            ("2024-01", "2024-09"),
        ),
        (
            "So far this year, trade between Vietnam and Russia has reached US$3.6 billion.",
            ("2024-01", "2024-09"),
        ),
        (
            "Trade between Vietnam and Russia reached US$2.1 billion in the January-June period of"
            " this year.",
            ("2024-01", "2024-06"),
        ),
        (
            "In the nine months of this year, Vietnam-Russia trade turnover reached US$3.5 billion.",
            ("2024-01", "2024-09"),
        ),
        (
            "From the beginning of the year to August, Vietnam's exports to Russia rose to US$1.2 billion.",
            ("2024-01", "2024-08"),
        ),
    ],
)
def test_trade_reads_part_year_periods(text: str, expected: tuple) -> None:
    assert periods(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam's eight-month exports to Russia came to US$1.4 billion, customs data show.",
            ("2024-01", "2024-08"),
        ),
        (
            "The 10-month two-way trade of Vietnam and Russia is put at US$3.9 billion.",
            ("2024-01", "2024-10"),
        ),
        ("Seven-month shipments from Vietnam to Russia were worth US$900 million.", ("2024-01", "2024-07")),
        (
            "Last year's nine-month imports of Russia from Vietnam stood at US$1.6 billion.",
            ("2023-01", "2023-09"),
        ),
        # a span after "a"/"an", or before another noun, is a length: the figure keeps its own period
        (
            "After an eight-month export ban, Vietnam's rice sales to Russia reached US$40 million in June.",
            ("2024-06", "2024-06"),
        ),
        (
            "Vietnam's exports to Russia hit a nine-month high of US$300 million in August.",
            ("2024-08", "2024-08"),
        ),
    ],
)
def test_a_month_count_before_the_figure_noun_is_the_years_first_months(text: str, expected: tuple) -> None:
    assert periods(text) == [expected]


def test_two_months_without_between_are_no_range() -> None:
    # the figure is August's; January is another month named in passing
    text = "Trade between Vietnam and Russia, which slowed in January, reached US$400 million in August."
    assert periods(text) == [("2024-08", "2024-08")]
