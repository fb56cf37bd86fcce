"""Sets of documents described by two coordinated words, vague sets, and titles that go on with a
participle ("a new agreement extending ...", "a protocol setting out ..."). Sentences written for the
tests, reported on 2023-05-10."""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements

TALKS = "Russian Prime Minister Ivan Sergeev held talks with Vietnamese Prime Minister Le Van Tam in Hanoi. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two leaders witnessed the signing of 9 intergovernmental and interagency documents.",
            [("intergovernmental and interagency documents", 9, "exact", "2023-05", "signed")],
        ),
        (
            "The two sides signed four oil and gas agreements.",
            [("oil and gas agreements", 4, "exact", "2023-05", "signed")],
        ),
        # vague counts: several, a set of
        (
            "The leaders witnessed the signing of several trade and energy documents.",
            [("trade and energy documents", None, None, "2023-05", "signed")],
        ),
        (
            "The leaders witnessed the signing of a set of intergovernmental and business documents.",
            [("intergovernmental and business documents", None, None, "2023-05", "signed")],
        ),
        # near miss: a document and a counted set are two facts, not one description
        (
            "A joint statement and 12 cooperation documents were signed.",
            [
                ("cooperation documents", 12, "exact", "2023-05", "signed"),
                ("joint statement", 1, "exact", "2023-05", "signed"),
            ],
        ),
    ],
)
def test_coordinated_descriptions_of_a_set(text: str, expected: list[tuple]) -> None:
    assert agreements(TALKS + text) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "In 2019, the two governments signed a new agreement extending the joint venture's operation"
            " until 2035.",
            "new agreement extending the joint venture's operation until 2035",
        ),
        (
            "The parties signed a protocol setting out the next steps for the research reactor.",
            "protocol setting out the next steps for the research reactor",
        ),
        (
            "The two ministries signed a memorandum outlining joint work on port logistics.",
            "memorandum outlining joint work on port logistics",
        ),
        # near miss: a participle after a comma is no part of the title
        ("The two ministries signed a memorandum, bringing the total to five.", "memorandum"),
    ],
)
def test_a_participle_after_the_document_is_its_title(text: str, title: str) -> None:
    assert [a[0] for a in agreements(TALKS + text)] == [title]


@pytest.mark.parametrize(
    ("listed", "titles"),
    [
        # a list kept by semicolons, its items with long subjects
        (
            "They included an agreement on the mutual recognition of degrees; a memorandum of understanding"
            " on a road map for the establishment of a centre for nuclear science and technology in Vietnam"
            " between the Ministry of Science and Technology and the State Atomic Energy Corporation Rosatom;"
            " and an agreement on higher education.",
            [
                "agreement on higher education",
                "agreement on the mutual recognition of degrees",
                "memorandum of understanding on a road map for the establishment of a centre for nuclear"
                " science and technology in Vietnam between the Ministry of Science and Technology and the"
                " State Atomic Energy Corporation Rosatom",
            ],
        ),
        # the one a set singles out
        (
            "The two sides signed several documents, the most significant being an agreement on a research"
            " reactor, to be built by 2030.",
            ["agreement on a research reactor"],
        ),
        # near miss: a semicolon before a clause that names no document ends the list
        (
            "They included an agreement on visas; the talks lasted two hours.",
            ["agreement on visas"],
        ),
    ],
)
def test_listed_documents(listed: str, titles: list[str]) -> None:
    signing = TALKS + "After the talks, the two leaders witnessed the exchange of documents. "
    assert [a[0] for a in agreements(signing + listed) if a[0] != "documents"] == titles


FTA = "Vietnam and Russia discussed the free trade agreement between Vietnam and the Eurasian Economic Union."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # signed, then in force in a second predicate: two facts, each with its day
        (
            "The agreement was signed on May 29, 2015 in Burabay, Kazakhstan, and entered into force on"
            " October 5, 2016.",
            [("2015-05-29", "signed"), ("2016-10-05", "in_force")],
        ),
        (
            "The agreement was signed in May 2015 and took effect in October 2016.",
            [("2015-05", "signed"), ("2016-10", "in_force")],
        ),
        # near misses: in force to come; a third country as a party, not a venue
        (
            "The agreement was signed in May 2015 and will enter into force next year.",
            [("2015-05", "signed")],
        ),
        ("Kazakhstan and Belarus signed the agreement in May 2015.", []),
    ],
)
def test_signed_then_in_force(text: str, expected: list[tuple]) -> None:
    found = agreements(f"{FTA} {text}", doc_date="2024-11-14")
    assert sorted((a[3], a[4]) for a in found if a[3]) == expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # said at the signing, on the report's day
        ("Today we will sign an agreement on a nuclear research centre.", ("2025-01-14", "signed")),
        (
            "This afternoon the two sides will sign an agreement on a nuclear research centre.",
            ("2025-01-14", "signed"),
        ),
        # near misses: another day's signing is to come
        ("Tomorrow we will sign an agreement on a nuclear research centre.", ("2025-01", "drafting")),
        ("We will sign an agreement on a nuclear research centre in May.", ("2025-05", "drafting")),
    ],
)
def test_a_signing_said_to_come_today(said: str, expected: tuple) -> None:
    found = agreements(TALKS + said, doc_date="2025-01-14")
    assert [(a[3], a[4]) for a in found] == [expected]


def test_a_headline_and_its_dated_lead_are_one_fta_in_force() -> None:
    text = (
        "Vietnam-EAEU free trade agreement takes effect\n\n"
        "The free trade agreement between Vietnam and the Eurasian Economic Union came into force on"
        " October 5."
    )
    found = agreements(text, doc_date="2016-10-06")
    assert [(a[0], a[3], a[4]) for a in found] == [
        ("free trade agreement between Vietnam and the Eurasian Economic Union", "2016-10-05", "in_force")
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # what a document with no subject of its own is about, from the sentence that frames it
        (
            "The Ninh Binh port project was originally the subject of an intergovernmental agreement signed"
            " in 2012.",
            "intergovernmental agreement on Ninh Binh port project",
        ),
        (
            "Under an agreement signed in Moscow during the visit, the joint venture's licence has been"
            " prolonged to 2035.",
            "agreement on the joint venture's licence",
        ),
        ("The sides signed the protocol of the 12th meeting.", "protocol of the 12th meeting"),
        # near misses: a document named before ("Under the agreement"), one with its own subject
        ("Under the agreement signed in 2012, the two sides will cut tariffs.", "agreement"),
        (
            "The port project was the subject of an agreement on dredging signed in 2012.",
            "agreement on dredging",
        ),
    ],
)
def test_a_title_from_the_sentence_that_frames_the_document(text: str, title: str) -> None:
    assert [a[0] for a in agreements(TALKS + text)] == [title]


@pytest.mark.parametrize(
    ("signed", "expected"),
    [
        (
            "The two sides signed a dozen or so trade and energy documents.",
            ("trade and energy documents", 12),
        ),
        ("The two sides signed ten or so agreements.", ("agreements", 10)),
        # near miss: "or so" after the documents is no count's
        ("The two sides signed 10 agreements, or so the ministry said.", ("agreements", 10)),
    ],
)
def test_about_so_many_documents(signed: str, expected: tuple) -> None:
    assert [(a[0], a[1]) for a in agreements(TALKS + signed)] == [expected]
