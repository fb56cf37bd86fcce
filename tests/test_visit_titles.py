"""Journalistic epithets and military ranks as titles before a name: "Vietnam's top legislator X",
"Russia's top diplomat X", "defence chief X", "General X", "Colonel General X". A rank names a person
and the side the words tell, but no office; near misses keep their own title or name no one."""

from __future__ import annotations

import pytest

from tests.test_visit import visits
from vnru_facts.extract.components.base import mention_data


def people(nlp, text: str) -> list[tuple]:
    doc = nlp(text)
    found = [mention_data(doc, "vnru_person", s) for s in doc.spans["vnru_person"]]
    return [(p["name"], p["role"], p["country"]) for p in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # epithets of the press
        ("Vietnam's top legislator Nguyen Van Hoa spoke.", ("Nguyen Van Hoa", None, "VN")),
        ("Russia's top lawmaker Pavel Sokolov spoke.", ("Pavel Sokolov", None, "RU")),
        ("Russia's top diplomat Igor Belov spoke.", ("Igor Belov", "Foreign Minister", "RU")),
        ("Vietnam's chief diplomat Le Van Thanh spoke.", ("Le Van Thanh", "Foreign Minister", "VN")),
        ("Vietnamese defence chief Tran Van Hung spoke.", ("Tran Van Hung", "Defence Minister", "VN")),
        ("Russian defense minister Oleg Markov spoke.", ("Oleg Markov", "Defence Minister", "RU")),
        # opening a sentence
        ("Top diplomat Igor Belov spoke.", ("Igor Belov", "Foreign Minister", "RU")),
        ("Top legislator Nguyen Van Hoa spoke.", ("Nguyen Van Hoa", None, "VN")),
        # military ranks: a person of the side the nationality or the name tells, no office
        ("A delegation was led by General Tran Van Hung.", ("Tran Van Hung", None, "VN")),
        ("Senior Lieutenant General Hoang Van Minh spoke.", ("Hoang Van Minh", None, "VN")),
        ("Colonel General Oleg Markov spoke.", ("Oleg Markov", None, "RU")),
        ("Russian Admiral Pavel Sokolov spoke.", ("Pavel Sokolov", None, "RU")),
        ("In Hanoi, Major General Nguyen Van Hoa spoke.", ("Nguyen Van Hoa", None, "VN")),
    ],
)
def test_epithets_and_ranks_before_a_name(mention_nlp, text: str, expected: tuple) -> None:
    assert people(mention_nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the longer title wins over the rank
        ("General Secretary Nguyen Van Hoa spoke.", [("Nguyen Van Hoa", "General Secretary", "VN")]),
        ("General Secretary and President Nguyen Van Hoa spoke.", [("Nguyen Van Hoa", "President", "VN")]),
        # an office named with the rank is the role
        (
            "Minister of National Defence, General Tran Van Hung, spoke.",
            [("Tran Van Hung", "Minister", "VN")],
        ),
        ("Defence Minister General Tran Van Hung spoke.", [("Tran Van Hung", "Defence Minister", "VN")]),
        # a title after "General" is the person's: "General Director", not a general
        ("General Director Nguyen Van Hoa spoke.", [("Nguyen Van Hoa", "Director", "VN")]),
        (
            "The General Statistics Office Director Le Thi Lan spoke.",
            [("Le Thi Lan", "Director", "VN")],
        ),
        # no person: companies, institutions, the lower-case adjective, a name that tells no side
        ("General Motors and General Electric opened plants.", []),
        ("The Chief of the General Staff said the general public was told.", []),
        ("The General Department of Vietnam Customs said.", []),
        ("The general secretary of the club spoke.", []),
    ],
)
def test_rank_near_misses(mention_nlp, text: str, expected: list) -> None:
    assert people(mention_nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam's top legislator Nguyen Van Hoa arrived in Moscow on Monday.",
            ("nguyen van hoa", "VN", "RU", "Moscow", "2025-03-10"),
        ),
        (
            "Russia's top diplomat Igor Belov flew into Hanoi on Sunday for talks.",
            ("belov", "RU", "VN", "Hanoi", "2025-03-09"),
        ),
        (
            "A Vietnamese military delegation led by General Tran Van Hung arrived in Moscow on Sunday.",
            ("tran van hung", "VN", "RU", "Moscow", "2025-03-09"),
        ),
        (
            "Vietnam's defence chief Tran Van Hung paid an official visit to Russia on March 3-5.",
            ("tran van hung", "VN", "RU", None, "2025-03-03"),
        ),
    ],
)
def test_visits_of_officials_named_by_epithet_or_rank(text: str, expected: tuple) -> None:
    [v] = visits(text, "2025-03-10")
    assert (v["person"]["key"], v["from"], v["to"], v["place"], v["start"]) == expected


def test_a_resident_general_is_no_visitor() -> None:
    # a Russian general in Moscow is at home
    assert visits("Russian Colonel General Oleg Markov arrived in Moscow on Monday.", "2025-03-10") == []
