"""A parliament's or a president's ratification told as a noun ("approved the ratification of", "a law on
the ratification of"): the document was signed before; a government's approval of a signing or of a draft:
still to be signed; titles in quotation marks. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Vietnam's National Assembly approved the ratification of the agreement with Russia on the"
            " readmission of migrants.",
            "agreement with Russia on the readmission of migrants",
        ),
        (
            "Russian President Vladimir Putin signed a federal law on the ratification of the agreement with"
            " Vietnam on mutual legal assistance.",
            "agreement with Vietnam on mutual legal assistance",
        ),
        (
            "The State Duma completed the ratification of the treaty between Russia and Vietnam on the"
            " transfer of prisoners.",
            "treaty between Russia and Vietnam on the transfer of prisoners",
        ),
    ],
)
def test_a_ratification_is_of_a_signed_document(text: str, title: str) -> None:
    assert agreements(text) == [(title, 1, "exact", None, "signed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a draft approved for signing
        (
            "The Russian government approved a draft agreement with Vietnam on cooperation in tourism.",
            [("draft agreement with Vietnam on cooperation in tourism", 1, "exact", "2023-05", "drafting")],
        ),
        # a signing approved is to come, no signing told
        ("The Russian government has approved the signing of an agreement with Vietnam on fisheries.", []),
        ("Prime Minister Mishustin authorised the signing of a memorandum with Vietnam on energy.", []),
    ],
)
def test_an_approval_before_the_signing(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam and Russia signed the “Joint Statement on the Vision to 2030” on Monday.",
            ("Joint Statement on the Vision to 2030", 1, "exact", "2023-05-08", "signed"),
        ),
        (
            'The Vietnamese and Russian health ministries adopted a "Roadmap for cooperation in medicine".',
            ("Roadmap for cooperation in medicine", 1, "exact", "2023-05", "agreed"),
        ),
    ],
)
def test_a_quoted_title(text: str, expected: tuple) -> None:
    assert agreements(text) == [expected]


# A document renewed or extended is signed again; one agreed on is agreed.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cooperation agreement between Gazprom and PetroVietnam on staff training was extended for"
            " five years.",
            (
                "cooperation agreement between Gazprom and PetroVietnam on staff training",
                1,
                "exact",
                "2023-05",
                "signed",
            ),
        ),
        (
            "The contract between Vietnam Airlines and Aeroflot on aircraft leasing was renewed in March.",
            (
                "contract between Vietnam Airlines and Aeroflot on aircraft leasing",
                1,
                "exact",
                "2023-03",
                "signed",
            ),
        ),
        (
            "Vietnam and Russia prolonged the intergovernmental agreement on the Vietsovpetro joint venture"
            " on May 3.",
            (
                "intergovernmental agreement on the Vietsovpetro joint venture",
                1,
                "exact",
                "2023-05-03",
                "signed",
            ),
        ),
        (
            "Vietnam and Russia agreed on a plan of action for 2024-2026.",
            ("plan of action for 2024-2026", 1, "exact", "2023-05", "agreed"),
        ),
        (
            "The Vietnamese and Russian foreign ministers agreed upon a roadmap for consultations.",
            ("roadmap for consultations", 1, "exact", "2023-05", "agreed"),
        ),
    ],
)
def test_renewed_extended_agreed_on(text: str, expected: tuple) -> None:
    assert agreements(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a deadline extended, a loan extended: no document's
        "Vietnam and Russia extended the deadline for talks on fisheries.",
        "Russia extended a loan of $500 million to Vietnam.",
        # agreed on what is no document
        "Vietnam and Russia agreed on many issues of energy cooperation.",
    ],
)
def test_no_document_renewed_or_agreed_on(text: str) -> None:
    assert agreements(text) == []


# "The document was signed ...": the one named with its subject in the sentence before, though no signing
# was told there; with none named, the document stays a document.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Vietnam and Russia have a new agreement on fisheries. The document was signed in Moscow on"
            " May 3.",
            "new agreement on fisheries",
        ),
        (
            "Vietnam and Russia finalised a contract on the supply of wheat. The document was signed on"
            " May 3.",
            "contract on the supply of wheat",
        ),
        ("Vietnam and Russia discussed trade. The document was signed in Moscow on May 3.", "document"),
    ],
)
def test_the_document_named_the_sentence_before(text: str, title: str) -> None:
    assert agreements(text) == [(title, 1, "exact", "2023-05-03", "signed")]
