"""Visits told by what the visitor does there (acts with the host in one side's city, departures),
and residents who are not visitors. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.test_visit import summary, visits

REPORT = "2023-05-10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # conjoined leaders signing in one side's capital
        (
            "Russian President Igor Petrov and Vietnamese Party chief Nguyen Van Long signed a joint"
            " statement in Moscow on Tuesday.",
            [("nguyen van long", "VN", "RU", "2023-05-09", "Moscow")],
        ),
        # one meeting the other, the visitor named first
        (
            "Prime Minister Nguyen Van Binh met with Russian Prime Minister Igor Petrov in Moscow.",
            [("nguyen van binh", "VN", "RU", "2023-05", "Moscow")],
        ),
        # one holding talks with the other, the visitor named second, in the capital written as a noun
        (
            "Vietnamese President Nguyen Van Long held talks with Russian Foreign Minister Igor Petrov in"
            " the capital of Vietnam, Hanoi.",
            [("petrov", "RU", "VN", "2023-05", "Hanoi")],
        ),
        # "his counterpart, ROLE NAME"
        (
            "Russian President Igor Petrov held talks with his Vietnamese counterpart, President Nguyen Van"
            " Long, in Hanoi.",
            [("petrov", "RU", "VN", "2023-05", "Hanoi")],
        ),
        # a meeting at a summit held on one side
        (
            "Russian President Igor Petrov met Prime Minister Nguyen Van Binh in Kazan during the BRICS"
            " Summit.",
            [("nguyen van binh", "VN", "RU", "2023-05", "Kazan")],
        ),
        # words of the second leader's title between the two
        (
            "Prime Minister Igor Petrov and the Vietnamese Communist Party chief Nguyen Van Long co-chaired"
            " a meeting in Hanoi.",
            [("petrov", "RU", "VN", "2023-05", "Hanoi")],
        ),
        # what the two settled, told as a noun with its agents after it; an aside on an office left out
        (
            "The ministry values the agreements reached by Russian President Igor Petrov and Party chief"
            " Nguyen Van Long (President from October 3, 2022), in Sochi in February.",
            [("nguyen van long", "VN", "RU", "2023-02", "Sochi")],
        ),
        (
            "The documents were signed by Vietnamese President Nguyen Van Long and Russian President Igor"
            " Petrov in Moscow on Tuesday.",
            [("nguyen van long", "VN", "RU", "2023-05-09", "Moscow")],
        ),
        # ... beside another trip the sentence tells: each its own
        (
            "The ministry values the agreements reached by Russian President Igor Petrov and Party chief"
            " Nguyen Van Long in Sochi in February, as well as those reached during Russian Prime"
            " Minister Oleg Belov's visit to Hanoi in April.",
            [
                ("belov", "RU", "VN", "2023-04", "Hanoi"),
                ("nguyen van long", "VN", "RU", "2023-02", "Sochi"),
            ],
        ),
    ],
)
def test_leaders_acting_together_in_one_sides_city(text: str, expected: list[tuple]) -> None:
    assert [(*summary(v), v["place"]) for v in visits(text, REPORT)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a third country
        "Russian President Igor Petrov and Vietnamese President Nguyen Van Long signed a statement in"
        " Beijing.",
        # a call
        "Russian President Igor Petrov and Vietnamese President Nguyen Van Long held talks by phone from"
        " Moscow.",
        # two leaders of one side
        "Russian President Igor Petrov and Russian Prime Minister Oleg Belov met in Moscow.",
        # agreements reached by two leaders with no date (settled at some time before the report), no
        # place, or abroad
        "The agreements reached by Russian President Igor Petrov and Party chief Nguyen Van Long in Sochi are"
        " being carried out.",
        "The agreements reached by Russian President Igor Petrov and Party chief Nguyen Van Long are being"
        " carried out.",
        "The agreements reached by Russian President Igor Petrov and Party chief Nguyen Van Long in Beijing"
        " are being carried out.",
        # not acting together: the second person is only mentioned
        "Russian President Igor Petrov signed a decree in Moscow, the office of President Nguyen Van Long"
        " said.",
    ],
)
def test_not_acting_together_in_one_side(text: str) -> None:
    assert visits(text, REPORT) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # leaving home for the other side: the place it heads for
        (
            "Deputy Prime Minister Tran Van Son left Hanoi for Vladivostok, where he will attend an"
            " economic forum.",
            ("tran van son", "VN", "RU", "2023-05", "Vladivostok"),
        ),
        (
            "Deputy Prime Minister Tran Van Son departed for Moscow on Monday.",
            ("tran van son", "VN", "RU", "2023-05-08", "Moscow"),
        ),
        # leaving the visited city for home: the place left
        (
            "Russian Foreign Minister Igor Petrov left Hanoi for Moscow on Tuesday after two days of talks.",
            ("petrov", "RU", "VN", "2023-05-09", "Hanoi"),
        ),
    ],
)
def test_departures(text: str, expected: tuple) -> None:
    assert [(*summary(v), v["place"]) for v in visits(text, REPORT)] == [expected]


def test_departure_to_a_third_country_is_no_visit() -> None:
    assert visits("Deputy Prime Minister Tran Van Son left Hanoi for Vientiane on Monday.", REPORT) == []


@pytest.mark.parametrize(
    "text",
    [
        # an ambassador greeting a delegation where posted
        "Vietnamese Ambassador to Russia Le Van Hoa was present at the airport in Kazan to welcome the"
        " delegation.",
        "Russian Ambassador Oleg Belov welcomed the guests on their arrival in Hanoi.",
        "Le Van Hoa, the Vietnamese ambassador, attended a reception in Moscow.",
    ],
)
def test_an_ambassador_where_posted_is_no_visitor(text: str) -> None:
    assert visits(text, REPORT) == []


def test_an_ambassador_posted_in_a_third_country_can_visit() -> None:
    text = "Russian Ambassador to Laos Oleg Belov visited Hanoi on Monday."
    assert [summary(v) for v in visits(text, REPORT)] == [("belov", "RU", "VN", "2023-05-08")]


def test_the_ambassador_greets_the_visitor() -> None:
    text = (
        "Vietnamese Ambassador to Russia Le Van Hoa welcomed Deputy Prime Minister Tran Van Son at the"
        " airport in Moscow on Monday."
    )
    assert [summary(v) for v in visits(text, REPORT)] == [("tran van son", "VN", "RU", "2023-05-08")]
