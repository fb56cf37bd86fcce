"""Exchange ceremonies and other signing verbs: "witnessed the exchange of", "exchanged", "inked",
"initialled" (an agreed text, not yet signed), "concluded", "handed over"; counts with qualifiers."""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements

FRIDAY = "2025-03-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The two prime ministers witnessed the exchange of more than a dozen documents.",
            ("documents", 12, "over", "2025-03", "signed"),
        ),
        (
            "The leaders attended the signing and exchange ceremony of 15 cooperation documents.",
            ("cooperation documents", 15, "exact", "2025-03", "signed"),
        ),
        (
            "The two prime ministers witnessed the handover of 12 cooperation documents.",
            ("cooperation documents", 12, "exact", "2025-03", "signed"),
        ),
        (
            "Vietnam and Russia exchanged 10 cooperation documents.",
            ("cooperation documents", 10, "exact", "2025-03", "signed"),
        ),
        (
            "Russia and Vietnam on Tuesday exchanged a dozen documents.",
            ("documents", 12, "exact", "2025-03-11", "signed"),
        ),
        (
            "More than a dozen documents were handed over at the ceremony.",
            ("documents", 12, "over", "2025-03", "signed"),
        ),
        (
            "Russian and Vietnamese ministers handed over three memoranda of understanding.",
            ("memoranda of understanding", 3, "exact", "2025-03", "signed"),
        ),
        (
            "Russian Deputy Prime Minister Ivan Orlov handed over memoranda on energy to Vietnamese"
            " officials.",
            ("memoranda on energy", None, None, "2025-03", "signed"),
        ),
        (
            "Russian and Vietnamese officials inked five agreements on Thursday.",
            ("agreements", 5, "exact", "2025-03-13", "signed"),
        ),
        (
            "Vietnam and Russia concluded an agreement on labour migration.",
            ("agreement on labour migration", 1, "exact", "2025-03", "signed"),
        ),
        (
            "The two sides initialled an agreement on fisheries.",
            ("agreement on fisheries", 1, "exact", "2025-03", "agreed"),
        ),
        (
            "Vietnam and Russia initialed a draft treaty on legal assistance.",
            ("draft treaty on legal assistance", 1, "exact", "2025-03", "agreed"),
        ),
        (
            "An agreement on visa exemption was initialled on Monday.",
            ("agreement on visa exemption", 1, "exact", "2025-03-10", "agreed"),
        ),
    ],
)
def test_ceremonies_and_signing_verbs(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


# Counts of an exchange: "half a dozen", "another five", "a further three", "over a dozen".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two sides exchanged half a dozen documents.", ("documents", 6, "exact")),
        ("The two sides also signed another five documents.", ("documents", 5, "exact")),
        ("A further three agreements were inked on Monday.", ("agreements", 3, "exact")),
        ("The two sides signed another agreement on energy.", ("agreement on energy", 1, "exact")),
        (
            "The two prime ministers witnessed the exchange of over a dozen cooperation documents.",
            ("cooperation documents", 12, "over"),
        ),
        (
            "The premiers witnessed the exchange of some 15 documents.",
            ("documents", 15, "approx"),
        ),
        # near miss: "dozens of" is no number
        ("The two sides exchanged dozens of documents.", ("documents", None, None)),
    ],
)
def test_counts_of_an_exchange(text: str, expected: tuple) -> None:
    assert [f[:3] for f in agreements(text, doc_date=FRIDAY)] == [expected]


# Near misses: the same verbs with no document.
@pytest.mark.parametrize(
    "text",
    [
        "The two sides exchanged views on energy.",
        "The two sides concluded their talks on Monday.",
        "The two sides reached an initial agreement on fisheries.",
        "The Russian ambassador handed over a letter from President Vladimir Putin.",
        "The delegations exchanged gifts at the ceremony.",
    ],
)
def test_no_document_exchanged(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


# A signing ceremony named for its document: held (past) is a signing, its place and day with it; "took
# place" ends what the document is about.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam and Russia held a signing ceremony for an agreement on road transport in Moscow"
            " on May 3.",
            [("agreement on road transport", 1, "exact", "2023-05-03", "signed")],
        ),
        (
            "A signing ceremony for the memorandum on tourism between Vietnam and Russia took place"
            " on May 3.",
            [("memorandum on tourism between Vietnam and Russia", 1, "exact", "2023-05-03", "signed")],
        ),
    ],
)
def test_a_signing_ceremony_for_a_document(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == expected


# a ceremony to come is no signing yet (as "will discuss the signing of")
@pytest.mark.parametrize(
    "text",
    [
        "Vietnam and Russia will hold a signing ceremony for an agreement on road transport next month.",
        "Hanoi is set to host the signing ceremony of the agreement on road transport with Russia.",
    ],
)
def test_no_signing_ceremony_to_come(text: str) -> None:
    assert agreements(text) == []
