"""Signings told in the present tense, as headlines and photo captions tell news: in the story's headline,
or with the day they took place; and their near misses: habitual signings, signings to come, relative
clauses, a third country's headline, and a headline whose signing the story tells again (one fact).
Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements

# 2023-05-10 is a Wednesday (the default document date of ``agreements``).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline: the news month
        (
            "Vietnam, Russia ink deal on offshore oil exploration\n\nThe talks lasted two days.",
            ("deal on offshore oil exploration", 1, "exact", "2023-05", "signed"),
        ),
        (
            "Vietnamese and Russian universities sign MoU on nuclear training\n\nThe rectors met in Hanoi.",
            ("MoU on nuclear training", 1, "exact", "2023-05", "signed"),
        ),
        (
            "Aeroflot, Vietnam Airlines seal codeshare agreement\n\nFlights will start in June.",
            ("codeshare agreement between Aeroflot and Vietnam Airlines", 1, "exact", "2023-05", "signed"),
        ),
        # a caption, with its day
        (
            "Representatives of Vietcombank and Sberbank exchange the memorandum in Hanoi on May 8.",
            ("memorandum between Vietcombank and Sberbank", 1, "exact", "2023-05-08", "signed"),
        ),
        (
            "Officials of Lao Cai province and Russia's Altai region sign a cooperation agreement on Monday.",
            ("cooperation agreement", 1, "exact", "2023-05-08", "signed"),
        ),
    ],
)
def test_a_signing_told_in_the_present(text: str, expected: tuple) -> None:
    assert agreements(text) == [expected]


def test_a_headline_told_again_is_one_signing() -> None:
    assert agreements(
        "Vietnam, Russia ink oil deal\n\nVietnam and Russia signed an agreement on cooperation in offshore"
        " oil exploration on Monday."
    ) == [("agreement on cooperation in offshore oil exploration", 1, "exact", "2023-05-08", "signed")]


@pytest.mark.parametrize(
    "text",
    [
        # habitual, no day, no headline
        "Vietnam and Russia sign cooperation agreements on education every year.",
        # a relative clause
        "Vietnamese firms that sign contracts with Russian buyers on Monday get a discount.",
        # a wish
        "Vietnam and Russia hope to sign a deal on visa exemption on Friday.",
        # a third country's headline
        "Russia, China ink gas supply deal\n\nThe pipeline will open next year.",
    ],
)
def test_no_signing_told_in_the_present(text: str) -> None:
    assert agreements(text) == []
