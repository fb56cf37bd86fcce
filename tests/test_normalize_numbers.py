import pytest

from vnru_facts.normalize.numbers import decimals, parse_count, parse_number, parse_ordinal


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("4.57", 4.57),
        ("1,000", 1000.0),
        ("12,345,678", 12345678.0),
        ("7,1", 7.1),
        ("two", 2.0),
        ("eleven", 11.0),
        ("twenty-five", 25.0),
        ("fifteen", 15.0),
        ("a dozen", 12.0),
        ("many", None),
    ],
)
def test_parse_number_reads_digits_and_words(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("text", "value"), [("fourth", 4), ("26th", 26), ("first", 1), ("23rd", 23), ("x", None)]
)
def test_parse_ordinal(text, value):
    assert parse_ordinal(text) == value


@pytest.mark.parametrize(("text", "value"), [("4.57", 2), ("1,000", 0), ("7,1", 1), ("990", 0)])
def test_decimals_counts_printed_digits_after_the_mark(text, value):
    assert decimals(text) == value


def test_parse_count_rejects_fractions():
    assert parse_count("2.5") is None
    assert parse_count("seven") == 7
