"""Landmarks and airports as places of their city (rows of patterns/places.jsonl): "on Red Square",
"at the Grand Kremlin Palace", "landed at Noi Bai airport". "The Kremlin" alone stays Russia: it mostly
speaks for the state ("the Kremlin said"), and a city there would make Moscow a party to trade."""

from __future__ import annotations

import pytest

from tests.test_visit import visits
from vnru_facts.api import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnamese President Nguyen Van Binh attended a parade in Red Square on Friday.",
            ("nguyen van binh", "RU", "Moscow", "2025-03-07"),
        ),
        (
            "Russia's Foreign Minister Igor Belov landed at Noi Bai International Airport on Sunday.",
            ("belov", "VN", "Hanoi", "2025-03-09"),
        ),
        (
            "Vietnamese Prime Minister Nguyen Van Hoa touched down at Vnukovo airport on Monday.",
            ("nguyen van hoa", "RU", "Moscow", "2025-03-10"),
        ),
        (
            "Russian Deputy Prime Minister Pavel Sokolov arrived at Tan Son Nhat airport on Saturday.",
            ("sokolov", "VN", "Ho Chi Minh City", "2025-03-08"),
        ),
        (
            "Vietnamese Minister Tran Van Hung attended a reception at the Grand Kremlin Palace on Thursday.",
            ("tran van hung", "RU", "Moscow", "2025-03-06"),
        ),
        # the Kremlin alone: Russia, without a city
        (
            "Vietnamese Prime Minister Nguyen Van Hoa arrived at the Kremlin on Monday.",
            ("nguyen van hoa", "RU", None, "2025-03-10"),
        ),
    ],
)
def test_landmarks_place_a_visit_in_their_city(text: str, expected: tuple) -> None:
    [v] = visits(text, "2025-03-10")
    assert (v["person"]["key"], v["to"], v["place"], v["start"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # at home
        "Russian Deputy Prime Minister Pavel Sokolov landed at Vnukovo airport on Sunday.",
        "Vietnamese President Nguyen Van Binh laid a wreath at the Ho Chi Minh Mausoleum on Friday.",
        "Vietnamese Prime Minister Nguyen Van Hoa arrived at Tan Son Nhat airport on Saturday.",
    ],
)
def test_landmarks_at_home_give_no_visit(text: str) -> None:
    assert visits(text, "2025-03-10") == []


def test_the_kremlin_speaking_is_no_place_of_the_visit() -> None:
    [v] = visits(
        "Russian President Oleg Markov will visit Vietnam next year, the Kremlin said.", "2025-03-10"
    )
    assert (v["from"], v["to"], v["place"]) == ("RU", "VN", None)


def test_the_kremlin_speaking_makes_no_city_a_party_to_trade() -> None:
    result = extract_text(
        "The Kremlin said exports to Vietnam rose 10% last year.", doc_date="2025-03-10", types=["trade"]
    )
    assert [f.model_dump(mode="json")["parties"] for f in result.facts] == [["RU", "VN"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks held at a place place those who hold them there: "at the Kremlin" is in Russia
        (
            "Vietnamese National Assembly Chairman Nguyen Van Binh held talks with Russian President Oleg"
            " Markov at the Kremlin on Tuesday.",
            [("nguyen van binh", "RU", None, "2025-03-04")],
        ),
        (
            "Vietnamese National Assembly Chairman Nguyen Van Binh met Russian President Oleg Markov at the"
            " Grand Kremlin Palace on Tuesday.",
            [("nguyen van binh", "RU", "Moscow", "2025-03-04")],
        ),
        # near miss: the host at home is no visitor, and "at the invitation of" places nothing
        (
            "Russian President Oleg Markov met Vietnamese Ambassador Nguyen Van Binh at the Kremlin on"
            " Tuesday.",
            [],
        ),
        (
            "Vietnamese National Assembly Chairman Nguyen Van Binh met Russian President Oleg Markov at the"
            " invitation of the State Duma.",
            [],
        ),
    ],
)
def test_a_meeting_at_a_landmark_places_the_guest(text: str, expected: list[tuple]) -> None:
    got = visits(text, "2025-03-10")
    assert [(v["person"]["key"], v["to"], v["place"], v["start"]) for v in got] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place opening the sentence places the meeting it tells: the guest of the other side is there
        (
            "In Moscow, Vietnamese Foreign Minister Nguyen Van Binh held talks with Russian Foreign Minister"
            " Oleg Markov on Monday.",
            [("nguyen van binh", "RU", "Moscow", "2025-03-10")],
        ),
        (
            "In Hanoi, Russian Foreign Minister Oleg Markov met Vietnamese Foreign Minister Nguyen Van Binh"
            " on Monday.",
            [("markov", "VN", "Hanoi", "2025-03-10")],
        ),
        # near misses: a third country's city; a year opening the sentence; a meeting with a resident
        # ambassador, who is at his post
        (
            "In Beijing, Vietnamese Foreign Minister Nguyen Van Binh met Russian Foreign Minister Oleg"
            " Markov.",
            [],
        ),
        (
            "In 2019, Vietnamese Foreign Minister Nguyen Van Binh met Russian Foreign Minister Oleg Markov.",
            [],
        ),
        (
            "In Moscow, Russian Foreign Minister Oleg Markov met Vietnamese Ambassador Nguyen Van Binh.",
            [],
        ),
    ],
)
def test_a_place_opening_the_sentence_places_its_meeting(text: str, expected: list[tuple]) -> None:
    got = visits(text, "2025-03-10")
    assert [(v["person"]["key"], v["to"], v["place"], v["start"]) for v in got] == expected
