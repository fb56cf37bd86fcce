"""Precision of agreement facts: a date that belongs to another clause or phrase of the sentence is not the
signing's, one document told again is one fact, and a document called by a bare noun takes what names it."""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements

# 2013-08-22 is a Thursday.
AUGUST = "2013-08-22"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a delivery window is when the goods come
        (
            "Vietnam has signed a contract with Russia for the delivery of 12 patrol boats between 2014"
            " and 2015.",
            "2013-08",
        ),
        (
            "Hanoi signed a deal with Moscow on six submarines, to be handed over between 2016 and 2017.",
            "2013-08",
        ),
        # a tenure in parentheses is when an office began
        (
            "Moscow values the agreements reached by Putin and Le Van Hai (Vietnamese President from"
            " October 23, 2012) in Sochi in June.",
            "2013-06",
        ),
        # the start of a stretch of time
        (
            "Russia and Vietnam signed an agreement on fisheries, the first since May 5, 2001, on Monday.",
            "2013-08-19",
        ),
        # near misses: the signing's own date, before or after the window
        (
            "In 2012 Vietnam signed a contract with Russia for the delivery of 12 jets between 2015 and"
            " 2016.",
            "2012",
        ),
        (
            "Vietnam signed a contract with Russia for the delivery of 12 jets between 2015 and 2016 on"
            " August 5, 2013.",
            "2013-08-05",
        ),
        ("Russia and Vietnam signed an agreement on visas (in Hanoi on May 5, 2013).", "2013-05-05"),
    ],
)
def test_a_date_of_another_time_is_not_the_signings(text: str, date: str) -> None:
    assert [a[3] for a in agreements(text, doc_date=AUGUST)] == [date]
