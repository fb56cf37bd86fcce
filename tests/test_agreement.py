"""Agreement phrasing families: sentences written for the tests, each with the documents it must give."""

from __future__ import annotations

import pytest

from vnru_facts import extract_text


def agreements(text: str, doc_date: str | None = "2023-05-10") -> list[tuple]:
    result = extract_text(text, doc_date=doc_date, types=["agreement"])
    return sorted(
        (f.title, f.count, f.count_qualifier, f.date, f.status) for f in result.facts if f.type == "agreement"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two documents, each with the year that follows it; "issued" is agreed, not signed
        (
            "Russia and Vietnam signed a joint declaration on friendship in 1998 and issued a joint"
            " statement on energy ties in 2010.",
            [
                ("joint declaration on friendship", 1, "exact", "1998", "signed"),
                ("joint statement on energy ties", 1, "exact", "2010", "agreed"),
            ],
        ),
        # what the document is about after a passive verb
        (
            "In 2021, a contract was signed to build a research reactor near Da Lat, officials said.",
            [("contract to build a research reactor near Da Lat", 1, "exact", "2021", "signed")],
        ),
        # a parenthesised abbreviation before the subject, a weekday that is no part of the title
        (
            "The mayors of Hanoi and Moscow on Monday inked a memorandum (MoU) on city cooperation in the"
            " 2024-2026 period.",
            [
                (
                    "memorandum on city cooperation in the 2024-2026 period",
                    1,
                    "exact",
                    "2023-05-08",
                    "signed",
                )
            ],
        ),
        # its minutes; bare plural pacts with a field
        (
            "Closing the session, the co-chairs signed its minutes. They also witnessed the signing of"
            " cooperation pacts in the field of health.",
            [
                ("cooperation pacts in the field of health", None, None, None, "signed"),
                ("minutes", 1, "exact", None, "signed"),
            ],
        ),
        # first to sign, with a bloc Russia belongs to
        (
            "Vietnam was the first partner to sign a free trade agreement with the Eurasian Economic Union.",
            [("free trade agreement with the Eurasian Economic Union", 1, "exact", None, "signed")],
        ),
        # a lowercase agreement named by its parties, in force
        (
            "Trade has grown since the free trade agreement between Vietnam and the Eurasian Economic"
            " Union took effect in 2016.",
            [
                (
                    "free trade agreement between Vietnam and the Eurasian Economic Union",
                    1,
                    "exact",
                    "2016",
                    "in_force",
                )
            ],
        ),
        # a counted set with qualifier
        (
            "More than 10 documents were signed in Moscow on June 2 between Russian and Vietnamese firms.",
            [("documents", 10, "over", "2023-06-02", "signed")],
        ),
    ],
)
def test_agreement_families(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == sorted(expected)


def test_a_named_document_listed_after_a_signing() -> None:
    text = (
        "Russian Prime Minister Igor Petrov paid an official visit to Vietnam on March 3, 2023. "
        "A joint communique was issued, and several deals were signed, including the Joint Action Plan"
        " between Vietnam and Russia until 2027."
    )
    assert agreements(text) == [
        ("Joint Action Plan between Vietnam and Russia until 2027", 1, "exact", "2023-03", "signed"),
        ("deals", None, None, "2023-03", "signed"),
        ("joint communique", 1, "exact", "2023-03", "agreed"),
    ]


def test_one_of_a_set_takes_the_date_of_the_document_named_before() -> None:
    text = (
        "Russia and Vietnam signed a visa waiver agreement on Thursday. "
        "The visa waiver agreement was one of nine documents signed in transport, health and culture."
    )
    assert agreements(text) == [
        ("documents", 9, "exact", "2023-05-04", "signed"),
        ("visa waiver agreement", 1, "exact", "2023-05-04", "signed"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the partner is a third country
        "Russia signed a gas supply deal with China in 2014.",
        "Vietnam and Japan signed five agreements on Monday.",
        # an agreement between Vietnam and a third country, in force
        "The trade agreement between Vietnam and Japan took effect in 2009.",
    ],
)
def test_not_a_vietnam_russia_agreement(text: str) -> None:
    assert agreements(text) == []
