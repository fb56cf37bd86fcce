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
        # documents counted in digits: "documents" names a signing's documents only with its count
        (
            "Russia, Vietnam sign 11 documents during Putin visit\n\nThe two leaders held talks.",
            ("documents", 11, "exact", "2023-05", "signed"),
        ),
        (
            "Vietnam, Russia sign 15 cooperation documents\n\nThe two leaders held talks.",
            ("cooperation documents", 15, "exact", "2023-05", "signed"),
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
        # documents without a count: any writing
        "Russia, Vietnam sign documents\n\nThe two leaders held talks.",
        "Vietnam and Russia read 11 documents on the war.",
    ],
)
def test_no_signing_told_in_the_present(text: str) -> None:
    assert agreements(text) == []


def test_a_counted_headline_told_again_is_one_signing() -> None:
    assert agreements(
        "Russia, Vietnam sign 11 documents\n\nRussia and Vietnam signed 11 cooperation documents in Hanoi on"
        " Monday."
    ) == [("cooperation documents", 11, "exact", "2023-05-08", "signed")]


# Headlines without their articles: a document "signed" after it, a signing "to" come after a name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Memorandum of understanding on education signed between Vietnamese and Russian universities"
            "\n\nThe rectors met in Hanoi.",
            ("Memorandum of understanding on education", 1, "exact", "2023-05", "signed"),
        ),
        (
            "MoU signed on nuclear training between Rosatom and Vietnam's EVN\n\nThe rectors met in Hanoi.",
            ("MoU on nuclear training between Rosatom and Vietnam's EVN", 1, "exact", "2023-05", "signed"),
        ),
        (
            "Vietnam and Russia to sign agreement on labour migration\n\nThe ministers met in Hanoi.",
            ("agreement on labour migration", 1, "exact", None, "drafting"),
        ),
        # "put their names to" a document signs it
        (
            "Vietnam's Vietjet and Russia's Aeroflot put their names to a code-share deal on Friday.",
            ("code-share deal between Vietjet and Aeroflot", 1, "exact", "2023-05-05", "signed"),
        ),
    ],
)
def test_a_headline_without_articles(text: str, expected: tuple) -> None:
    assert agreements(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # in the story's text, not its headline: a sentence that ends with a full stop
        "The ministers met in Hanoi. Memorandum of understanding on education signed between the two"
        " universities last year was discussed.",
        # "to sign" after a word of wish, not after a name
        "Vietnamese firms hope to sign deals with Russian buyers\n\nThe fair opens on Monday.",
        "Vietnam ready to sign agreement on labour migration with Russia\n\nThe ministers met.",
    ],
)
def test_headline_near_misses(text: str) -> None:
    assert agreements(text) == []
