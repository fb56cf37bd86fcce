"""Presence phrases: a clause placing its subject on the other side ("During his stay in Vladivostok,
X met ...", "While in Moscow, X ...", "X, while in Hanoi, ...") makes the subject a visitor there, of the
side the person's words tell. A resident official, a third country and a host are no visit."""

from __future__ import annotations

import pytest

from tests.test_visit import visits
from vnru_facts.extract.patterns.visit import PRESENCE
from vnru_facts.extract.scan import literal_scan


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During his stay in Vladivostok, Vietnamese Deputy Prime Minister Le Van Thanh toured the port.",
            ("le van thanh", "VN", "RU", "Vladivostok", "2025-03"),
        ),
        (
            "While in Moscow, Deputy Prime Minister Tran Van Hung met Russian Energy Minister Oleg Markov.",
            ("tran van hung", "VN", "RU", "Moscow", "2025-03"),
        ),
        (
            "Russia's top diplomat Igor Belov, while in Hanoi, laid a wreath at a memorial.",
            ("belov", "RU", "VN", "Hanoi", "2025-03"),
        ),
        (
            "On Tuesday, while in Da Nang, Russian Deputy Prime Minister Pavel Sokolov opened a trade fair.",
            ("sokolov", "RU", "VN", "Da Nang", "2025-03-04"),
        ),
        (
            "During her three-day stay in the capital of Russia, Vice President Nguyen Thi Lan spoke to"
            " students.",
            ("nguyen thi lan", "VN", "RU", None, "2025-03"),
        ),
        (
            "While he was in Saint Petersburg, Prime Minister Nguyen Van Hoa visited a shipyard.",
            ("nguyen van hoa", "VN", "RU", "Saint Petersburg", "2025-03"),
        ),
        # the host named after the visitor is no visitor
        (
            "During his time in Kazan, Vietnamese Minister Tran Van Hung was received by Russian Deputy Prime"
            " Minister Pavel Sokolov.",
            ("tran van hung", "VN", "RU", "Kazan", "2025-03"),
        ),
        # the date of what the subject does next is not the stay's
        (
            "During his time in Hanoi, Russian Deputy Prime Minister Pavel Sokolov invited students to a"
            " forum to be held in Kazan in September.",
            ("sokolov", "RU", "VN", "Hanoi", "2025-03"),
        ),
        # a stay of the past keeps its own date
        (
            "During his previous stay in Moscow in 2019, Prime Minister Nguyen Van Hoa met students.",
            ("nguyen van hoa", "VN", "RU", "Moscow", "2019"),
        ),
    ],
)
def test_the_subject_of_a_presence_clause_visits(text: str, expected: tuple) -> None:
    [v] = visits(text, "2025-03-10")
    assert (v["person"]["key"], v["from"], v["to"], v["place"], v["start"]) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a resident official at home, whoever they meet
        "While in Moscow, Russian Deputy Prime Minister Pavel Sokolov met Deputy Minister Tran Van Hung.",
        "During his stay in Hanoi, Vietnamese Prime Minister Nguyen Van Hoa met Russian envoy Oleg Markov.",
        # a third country
        "During his stay in Tokyo, Prime Minister Nguyen Van Hoa met Russian Deputy Minister Pavel Sokolov.",
        "While in Vientiane, Russian Foreign Minister Igor Belov met Vietnamese Minister Le Van Thanh.",
        # the presence clause has no subject in the sentence's people: a delegation meets a host
        "During their stay in Moscow, the delegates met Russian Deputy Prime Minister Pavel Sokolov.",
    ],
)
def test_presence_clauses_that_are_no_visit(text: str) -> None:
    assert visits(text, "2025-03-10") == []


def test_presence_phrases_are_scanned_for_not_tried_everywhere() -> None:
    assert literal_scan.literal_starts(PRESENCE) is not None
