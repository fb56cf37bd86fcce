"""Visits by delegations and by heads of parliaments: sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.test_visit import summary, visits
from vnru_facts import extract_text, find_conflicts


def people(text: str) -> list[tuple]:
    doc = extract_text(text).documents[0]
    return [(p.name, p.role, p.country, p.former) for p in doc.people]


# --- titles of parliament heads ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "Speaker" before the name
        ("Speaker Ivan Sorokin opened the session.", [("Ivan Sorokin", "Speaker", "RU", False)]),
        # "Chairperson", and a nationality before it
        (
            "Vietnamese National Assembly Chairperson Le Thi Hoa spoke first.",
            [("Le Thi Hoa", "National Assembly Chairman", "VN", False)],
        ),
        # a past holder: "then-Speaker", hyphenated
        ("In 2012, then-Speaker Oleg Belov gave a speech.", [("Oleg Belov", "Speaker", "RU", True)]),
        # the title and its institution written as a common noun, the name after a comma
        (
            "The chairwoman of the Federation Council of the Russian Federation, Anna Volkova, was there.",
            [("Anna Volkova", "Federation Council Chairwoman", "RU", False)],
        ),
        # the name first, "then-" before the title
        (
            "Pavel Orlov, then-Speaker of the State Duma, was received.",
            [("Pavel Orlov", "State Duma Chairman", "RU", True)],
        ),
        # a specific minister written in lower case keeps its wording, capitalised
        (
            "The minister of Industry and Trade, Nguyen Van Tuan, said so.",
            [("Nguyen Van Tuan", "Minister of Industry and Trade", "VN", False)],
        ),
    ],
)
def test_parliament_titles(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "conflicts"),
    [
        # the words for a parliament's chair name one office
        ("State Duma Chairman Ivan Sorokin spoke. Later, Speaker Ivan Sorokin met students.", 0),
        ("The chairwoman of the National Assembly, Le Thi Hoa, spoke. NA Chairman Le Thi Hoa left.", 0),
        # near miss: another office is still a conflict
        ("State Duma Chairman Ivan Sorokin spoke. Later, Prime Minister Ivan Sorokin met students.", 1),
    ],
)
def test_chair_words_are_one_role(text: str, conflicts: int) -> None:
    result = extract_text(text, doc_date="2023-05-10")
    assert len(find_conflicts(result.facts, documents=result.documents)) == conflicts


def test_speaker_without_a_name_is_nobody() -> None:
    # a lower-case "speaker" is a common noun, and a title alone stands for no one
    assert people("The speaker of the evening thanked the guests. The Speaker then left.") == []


# --- delegations ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # "a delegation led by ROLE NAME arrived ... on DAY": the day is read at the trip word
        (
            "A State Duma delegation led by Speaker Ivan Sorokin arrived on an official two-day visit to"
            " Vietnam on Monday.",
            "2023-05-10",
            [("sorokin", "RU", "VN", "2023-05-08")],
        ),
        # "headed by"
        (
            "A Vietnamese parliamentary delegation headed by National Assembly Chairperson Le Thi Hoa is"
            " visiting Moscow.",
            "2023-05-10",
            [("le thi hoa", "VN", "RU", "2023-05")],
        ),
        # the delegation owned by a trip: "the visit of the delegation led by ..."
        (
            "The visit of the Federation Council delegation led by Chairperson Anna Volkova to Hanoi in"
            " March was a success.",
            "2023-05-10",
            [("volkova", "RU", "VN", "2023-03")],
        ),
        # "ROLE NAME led a delegation to PLACE"
        (
            "Deputy Prime Minister Tran Van Son led a Vietnamese delegation to Vladivostok in September.",
            "2023-10-02",
            [("tran van son", "VN", "RU", "2023-09")],
        ),
        # "ROLE NAME headed the delegation to an EVENT held on one side"
        (
            "Deputy Prime Minister Tran Van Son headed the delegation to the Eastern Economic Forum.",
            None,
            [("tran van son", "VN", "RU", None)],
        ),
    ],
)
def test_delegation_visits(text: str, doc_date: str | None, expected: list[tuple]) -> None:
    assert sorted(summary(v) for v in visits(text, doc_date)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the leader's side from the delegation, not from the name
        (
            "A delegation of the Russian State Duma, headed by Deputy Speaker Pavel Tolstoy, arrived in"
            " Da Nang on Monday.",
            [("tolstoy", "RU", "VN", "2023-05-08")],
        ),
        (
            "Russia's parliamentary delegation led by Deputy Speaker Pavel Tolstoy is in Hanoi.",
            [("tolstoy", "RU", "VN", "2023-05")],
        ),
        (
            "A Vietnamese delegation chaired by Vice Chairperson Anna Lee is visiting Moscow.",
            [("lee", "VN", "RU", "2023-05")],
        ),
        # near miss: nothing tells the side of the person
        ("Deputy Speaker Pavel Tolstoy arrived in Da Nang on Monday.", []),
    ],
)
def test_delegation_tells_its_leaders_side(text: str, expected: list[tuple]) -> None:
    assert [summary(v) for v in visits(text, "2023-05-10")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long delegation between the trip word and its leader: the date right after the leader
        (
            "The visit to Russia by a large delegation of Vietnamese business leaders, scientists and"
            " provincial officials led by Deputy Prime Minister Tran Van Son in March was a success.",
            ("tran van son", "VN", "RU", "2023-03"),
        ),
        (
            "The trip to Vietnam of a parliamentary delegation led by Speaker Ivan Sorokin in April was"
            " covered by the press.",
            ("sorokin", "RU", "VN", "2023-04"),
        ),
        # near miss: a date far after the leader belongs to something else
        (
            "The visit to Russia by a large delegation of Vietnamese business leaders, scientists and"
            " provincial officials led by Deputy Prime Minister Tran Van Son was praised by the forum"
            " that first opened its doors in 1998.",
            ("tran van son", "VN", "RU", None),
        ),
    ],
)
def test_a_date_just_after_the_leader_dates_the_trip(text: str, expected: tuple) -> None:
    assert [summary(v) for v in visits(text, "2023-05-10")] == [expected]


def test_delegation_arriving_for_two_days_ends_the_next_day() -> None:
    text = "A delegation led by Speaker Ivan Sorokin arrived in Hanoi on a two-day official visit on Sunday."
    [visit] = visits(text, "2023-05-10")
    assert (visit["start"], visit["end"], visit["place"], visit["kind"]) == (
        "2023-05-07",
        "2023-05-08",
        "Hanoi",
        "official",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a delegation led to a third country
        "Deputy Prime Minister Tran Van Son led a delegation to Laos on Monday.",
        # a delegation received at home is no trip of its leader
        "Speaker Ivan Sorokin said a delegation led by him would be ready soon.",
    ],
)
def test_delegation_near_misses(text: str) -> None:
    assert visits(text, "2023-05-10") == []


# --- companions ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputy Prime Minister Trinh Van An, who is accompanying Prime Minister Le Van Binh during his"
            " Russia visit, met business leaders.",
            [("le van binh", "VN", "RU", "2023-05"), ("trinh van an", "VN", "RU", "2023-05")],
        ),
        (
            "Foreign Minister Bui Van Son accompanied President Le Van Binh on his state visit to Russia in"
            " April.",
            [("bui van son", "VN", "RU", "2023-04"), ("le van binh", "VN", "RU", "2023-04")],
        ),
        (
            "Deputy Prime Minister Trinh Van An, accompanying Prime Minister Le Van Binh, arrived in Moscow"
            " on Monday.",
            [("le van binh", "VN", "RU", "2023-05-08"), ("trinh van an", "VN", "RU", "2023-05-08")],
        ),
        # near miss: the host escorting the guest is at home
        (
            "Vietnamese Deputy Prime Minister Trinh Van An accompanied Russian Prime Minister Igor Petrov"
            " during his visit to Hanoi on Monday.",
            [("petrov", "RU", "VN", "2023-05-08")],
        ),
    ],
)
def test_a_companion_makes_the_same_trip(text: str, expected: list[tuple]) -> None:
    assert sorted(summary(v) for v in visits(text, "2023-05-10")) == expected
