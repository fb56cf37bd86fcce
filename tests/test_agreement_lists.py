"""Documents a signing lists: one a line after a heading that ends in a colon (bullets, numbers, blank lines
between them), after "include:" in the sentence that names the set, after "among them" and "such as"; and
their near misses: a colon list of what was discussed, a list of a third country's documents, a list
that stops at the first line naming no document. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements

# 2023-05-10 is a Wednesday (the default document date of ``agreements``).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bullets, the signing's place and date for each line
        (
            "The following documents were signed in Hanoi on May 8 in the presence of the Vietnamese and"
            " Russian presidents:\n- Agreement between Vietnam and Russia on mutual visa exemption;\n"
            "- Memorandum of understanding between Rosatom and Vietnam's Ministry of Science;\n"
            "- Contract between PetroVietnam and Zarubezhneft on Block 09-3.\n",
            [
                (
                    "Agreement between Vietnam and Russia on mutual visa exemption",
                    1,
                    "exact",
                    "2023-05-08",
                    "signed",
                ),
                (
                    "Contract between PetroVietnam and Zarubezhneft on Block 09-3",
                    1,
                    "exact",
                    "2023-05-08",
                    "signed",
                ),
                (
                    "Memorandum of understanding between Rosatom and Vietnam's Ministry of Science",
                    1,
                    "exact",
                    "2023-05-08",
                    "signed",
                ),
                ("following documents", None, None, "2023-05-08", "signed"),
            ],
        ),
        # numbers on lines of their own, blank lines between the items
        (
            "Vietnam and Russia signed the following documents on Monday:\n\n1.\nIntergovernmental agreement"
            " on the mutual recognition of diplomas\n\n2.\nJoint statement on the 2030 vision\n",
            [
                (
                    "Intergovernmental agreement on the mutual recognition of diplomas",
                    1,
                    "exact",
                    "2023-05-08",
                    "signed",
                ),
                ("Joint statement on the 2030 vision", 1, "exact", "2023-05-08", "signed"),
                ("following documents", None, None, "2023-05-08", "signed"),
            ],
        ),
        # the list stops at the first line that names no document
        (
            "Russia and Vietnam signed the following agreements:\n• Agreement on fisheries cooperation;\n"
            "The talks lasted three hours.\n• Protocol on customs data exchange.\n",
            [
                ("Agreement on fisheries cooperation", 1, "exact", "2023-05", "signed"),
                ("following agreements", None, None, "2023-05", "signed"),
            ],
        ),
    ],
)
def test_documents_listed_one_a_line(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam and Russia signed nine documents in Hanoi on May 8. The documents signed include: an"
            " agreement on labour migration, a memorandum on tourism and a plan of cooperation in culture.",
            [
                ("agreement on labour migration", 1, "exact", "2023-05-08", "signed"),
                ("documents", 9, "exact", "2023-05-08", "signed"),
                ("memorandum on tourism", 1, "exact", "2023-05-08", "signed"),
                ("plan of cooperation in culture", 1, "exact", "2023-05-08", "signed"),
            ],
        ),
        # two documents after "They include", each its own
        (
            "Vietnam and Russia signed 11 documents. They include an agreement on visa exemption and a"
            " memorandum on oil and gas.",
            [
                ("agreement on visa exemption", 1, "exact", "2023-05", "signed"),
                ("documents", 11, "exact", "2023-05", "signed"),
                ("memorandum on oil and gas", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "Vietnam and Russia signed 11 documents, among them an agreement on visa exemption and a"
            " protocol on double taxation.",
            [
                ("agreement on visa exemption", 1, "exact", "2023-05", "signed"),
                ("documents", 11, "exact", "2023-05", "signed"),
                ("protocol on double taxation", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "The two ministries signed four documents with their Russian partners, such as a roadmap for"
            " nuclear training.",
            [
                ("documents", 4, "exact", "2023-05", "signed"),
                ("roadmap for nuclear training", 1, "exact", "2023-05", "signed"),
            ],
        ),
    ],
)
def test_documents_listed_in_the_sentence(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what the sides discussed is no signing
        "Vietnam and Russia discussed the following issues:\n- Agreement on visa exemption;\n"
        "- Trade in rice.\n",
        # a third country's list
        "Russia and China signed the following documents:\n- Agreement on gas supplies;\n"
        "- Memorandum on railways.\n",
    ],
)
def test_no_documents_listed(text: str) -> None:
    assert agreements(text) == []


# The passive inverted, its event opening the sentence or after "Also": each document listed after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam and Russia signed a joint statement on Monday. Also signed were an agreement on visa"
            " exemption between the two countries and a memorandum on oil and gas.",
            [
                ("agreement on visa exemption between the two countries", 1, "exact", "2023-05", "signed"),
                ("joint statement", 1, "exact", "2023-05-08", "signed"),
                ("memorandum on oil and gas", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "Signed during the visit were a Vietnam-Russia agreement on labour, a protocol on customs and a"
            " memorandum on tourism.",
            [
                ("Vietnam-Russia agreement on labour", 1, "exact", "2023-05", "signed"),
                ("memorandum on tourism", 1, "exact", "2023-05", "signed"),
                ("protocol on customs", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "Also signed at the talks was an agreement on fisheries between Vietnam and Russia.",
            [("agreement on fisheries between Vietnam and Russia", 1, "exact", "2023-05", "signed")],
        ),
        # no inversion: "signed" is the clause's own
        ("The roadmap between Vietnam and Russia signed was a plan of action.", []),
    ],
)
def test_the_passive_inverted(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == expected
