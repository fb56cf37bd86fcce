"""Arrival by air as a trip verb: "flew into", "touched down in", "jetted into/off to", "arrived by plane
in", dated like "arrived in" (a weekday lies before the report; undated, the trip is under way)."""

from __future__ import annotations

import pytest

from tests.test_visit import visits
from vnru_facts.extract.patterns.visit import UNDER_WAY
from vnru_facts.extract.scan import literal_scan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's Foreign Minister Igor Belov flew into Hanoi on Sunday for a two-day visit.",
            ("belov", "RU", "VN", "Hanoi", "2025-03-09", "2025-03-10"),
        ),
        (
            "Vietnamese Deputy Prime Minister Le Van Thanh touched down in Kazan on Saturday.",
            ("le van thanh", "VN", "RU", "Kazan", "2025-03-08", None),
        ),
        (
            "Russian Deputy Prime Minister Pavel Sokolov jetted into Ho Chi Minh City on Friday for talks on"
            " energy.",
            ("sokolov", "RU", "VN", "Ho Chi Minh City", "2025-03-07", None),
        ),
        (
            "Vietnamese President Nguyen Van Binh jetted off to Moscow on Thursday.",
            ("nguyen van binh", "VN", "RU", "Moscow", "2025-03-06", None),
        ),
        (
            "Russian Foreign Minister Igor Belov arrived by plane in Da Nang on Sunday.",
            ("belov", "RU", "VN", "Da Nang", "2025-03-09", None),
        ),
        # the plane as subject: its owner travels
        (
            "Prime Minister Tran Van Hung's plane touched down at Vnukovo airport in Moscow on Monday.",
            ("tran van hung", "VN", "RU", "Moscow", "2025-03-10", None),
        ),
        # undated: under way in the report's month
        (
            "Russian Foreign Minister Igor Belov has flown into Hanoi, the second stop of his Asian tour.",
            ("belov", "RU", "VN", "Hanoi", "2025-03", None),
        ),
    ],
)
def test_arrivals_by_air(text: str, expected: tuple) -> None:
    [v] = visits(text, "2025-03-10")
    assert (v["person"]["key"], v["from"], v["to"], v["place"], v["start"], v["end"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the flight goes to a third country, the other side's city is only where talks were held
        "Russian Foreign Minister Igor Belov flew into Vientiane on Sunday after talks in Hanoi.",
        # a flight home is no visit
        "Vietnamese President Nguyen Van Binh flew home to Hanoi on Friday.",
        "Vietnamese President Nguyen Van Binh touched down in Hanoi on Friday.",
        # no person: the aircraft of an airline
        "An Aeroflot plane touched down in Nha Trang on Sunday with 300 tourists on board.",
        # the person after the flight reports it, whoever flies
        "Vietnam Airlines will fly to Moscow three times a week from May, Deputy Minister Le Van Thanh said.",
        "Aeroflot jets fly to Cam Ranh daily, said Russian Deputy Transport Minister Pavel Sokolov.",
        "Charter flights will fly into Moscow from June, according to Vietnamese Minister Tran Van Hung.",
    ],
)
def test_arrivals_that_are_no_visit(text: str) -> None:
    assert visits(text, "2025-03-10") == []


def test_under_way_words_are_scanned_for_not_tried_everywhere() -> None:
    # the arrival verbs' endings are closed after their stems: too many literal starts would leave the
    # pattern to run at every character of a sentence
    assert literal_scan.literal_starts(UNDER_WAY) is not None
