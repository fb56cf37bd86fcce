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


# A list of documents a signing names, one phrase each (a count or an article, a document noun, what it is
# about): after the verb, before a passive verb, and after "The documents signed include" / "Among the
# documents signed were"; each document is signed when and where the list's signing was.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam and Russia signed an agreement on visa exemption and a memorandum on tourism"
            " cooperation.",
            [
                ("agreement on visa exemption", 1, "exact", "2023-05", "signed"),
                ("memorandum on tourism cooperation", 1, "exact", "2023-05", "signed"),
            ],
        ),
        # commas, and the day and place told before the list are each document's
        (
            "In Hanoi on Monday, the two ministers inked an agreement on labour, a protocol on customs data"
            " and a plan of consultations for 2025-2027.",
            [
                ("agreement on labour", 1, "exact", "2023-05-08", "signed"),
                ("plan of consultations for 2025-2027", 1, "exact", "2023-05-08", "signed"),
                ("protocol on customs data", 1, "exact", "2023-05-08", "signed"),
            ],
        ),
        (
            "The two sides exchanged a memorandum on nuclear training, as well as a roadmap for a research"
            " centre.",
            [
                ("memorandum on nuclear training", 1, "exact", "2023-05", "signed"),
                ("roadmap for a research centre", 1, "exact", "2023-05", "signed"),
            ],
        ),
        # each document with its own count
        (
            "The leaders witnessed the signing of an intergovernmental agreement on education and two"
            " memoranda on health care.",
            [
                ("intergovernmental agreement on education", 1, "exact", "2023-05", "signed"),
                ("memoranda on health care", 2, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "Vietnam and Russia signed a joint statement and 15 cooperation documents.",
            [
                ("cooperation documents", 15, "exact", "2023-05", "signed"),
                ("joint statement", 1, "exact", "2023-05", "signed"),
            ],
        ),
        # to be signed: each one drafted, in the month named
        (
            "Vietnam and Russia will sign an agreement on visas and a memorandum on tourism next month.",
            [
                ("agreement on visas", 1, "exact", "2023-06", "drafting"),
                ("memorandum on tourism", 1, "exact", "2023-06", "drafting"),
            ],
        ),
        # the passive, signed or exchanged
        (
            "An agreement on visa exemption and a memorandum on tourism cooperation were signed in the"
            " presence of the two leaders.",
            [
                ("agreement on visa exemption", 1, "exact", "2023-05", "signed"),
                ("memorandum on tourism cooperation", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "A treaty on legal assistance, a protocol on customs and a plan of action for 2026 were exchanged"
            " in Moscow on May 3.",
            [
                ("plan of action for 2026", 1, "exact", "2023-05-03", "signed"),
                ("protocol on customs", 1, "exact", "2023-05-03", "signed"),
                ("treaty on legal assistance", 1, "exact", "2023-05-03", "signed"),
            ],
        ),
        # what a set signed is said to include
        (
            "The documents signed include an agreement on labour migration, a memorandum of understanding on"
            " nuclear energy and a roadmap for education cooperation.",
            [
                ("agreement on labour migration", 1, "exact", "2023-05", "signed"),
                ("memorandum of understanding on nuclear energy", 1, "exact", "2023-05", "signed"),
                ("roadmap for education cooperation", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "Among the documents signed were a memorandum on cooperation in healthcare and an agreement on"
            " mutual recognition of diplomas.",
            [
                ("agreement on mutual recognition of diplomas", 1, "exact", "2023-05", "signed"),
                ("memorandum on cooperation in healthcare", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "The agreements inked during the visit included a treaty on legal assistance and a protocol on"
            " customs.",
            [
                ("protocol on customs", 1, "exact", "2023-05", "signed"),
                ("treaty on legal assistance", 1, "exact", "2023-05", "signed"),
            ],
        ),
        # the set told just before: its day and place
        (
            "Vietnam and Russia signed nine documents in Hanoi on May 8. Among the documents signed were a"
            " memorandum on health and an agreement on diplomas.",
            [
                ("agreement on diplomas", 1, "exact", "2023-05-08", "signed"),
                ("documents", 9, "exact", "2023-05-08", "signed"),
                ("memorandum on health", 1, "exact", "2023-05-08", "signed"),
            ],
        ),
        # two documents of one list are two, however alike their titles
        (
            "Vietnam and Russia signed an agreement on tourism and an agreement on tourism investment.",
            [
                ("agreement on tourism", 1, "exact", "2023-05", "signed"),
                ("agreement on tourism investment", 1, "exact", "2023-05", "signed"),
            ],
        ),
    ],
)
def test_documents_listed_with_their_signing(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == expected


# One document whose subject holds "and", or a list that goes on with no document: no split.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam and Russia signed an agreement on trade and investment.",
            [("agreement on trade and investment", 1, "exact", "2023-05", "signed")],
        ),
        (
            "Vietnam and Russia signed an agreement on oil and gas exploration.",
            [("agreement on oil and gas exploration", 1, "exact", "2023-05", "signed")],
        ),
        # a plan of no plan family ("to build") is what the agreement is about
        (
            "Vietnam and Russia signed an agreement on nuclear energy and a plan to build a research"
            " reactor.",
            [
                (
                    "agreement on nuclear energy and a plan to build a research reactor",
                    1,
                    "exact",
                    "2023-05",
                    "signed",
                )
            ],
        ),
        (
            "Vietnam and Russia signed 11 documents, including a memorandum on oil and a plan to build a"
            " refinery.",
            [
                ("documents", 11, "exact", "2023-05", "signed"),
                ("memorandum on oil and a plan to build a refinery", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "Vietnam and Russia signed an agreement on trade and a framework for investment.",
            [("agreement on trade and a framework for investment", 1, "exact", "2023-05", "signed")],
        ),
        # a document noun that is no phrase's head
        (
            "Vietnam and Russia signed an agreement on education and a contract worker scheme.",
            [("agreement on education and a contract worker scheme", 1, "exact", "2023-05", "signed")],
        ),
        # "the documents" after a document are what it is about
        (
            "Vietnam and Russia signed an agreement on recognising diplomas and the documents certifying"
            " degrees.",
            [
                (
                    "agreement on recognising diplomas and the documents certifying degrees",
                    1,
                    "exact",
                    "2023-05",
                    "signed",
                )
            ],
        ),
        # parties, not documents
        (
            "Vietnam and Russia signed 11 documents, including an agreement between Vietnam and the EAEU on"
            " trade.",
            [
                ("agreement between Vietnam and the EAEU on trade", 1, "exact", "2023-05", "signed"),
                ("documents", 11, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "PetroVietnam signed an agreement with Gazprom and Rosneft.",
            [("agreement", 1, "exact", "2023-05", "signed")],
        ),
        # a verb, not a document; a clause of its own
        (
            "Vietnam and Russia signed an agreement on fisheries and agreed to expand trade.",
            [("agreement on fisheries", 1, "exact", "2023-05", "signed")],
        ),
        (
            "Vietnam and Russia signed an agreement on visas and the deal was hailed by both leaders.",
            [("agreement on visas", 1, "exact", "2023-05", "signed")],
        ),
        # a clause of its own after the comma or "and": its documents are its own
        (
            "The two leaders signed a joint statement, and the ministers signed five agreements on energy.",
            [
                ("agreements on energy", 5, "exact", "2023-05", "signed"),
                ("joint statement", 1, "exact", "2023-05", "signed"),
            ],
        ),
        (
            "The two leaders signed a joint statement and the ministers praised the agreements on energy.",
            [("joint statement", 1, "exact", "2023-05", "signed")],
        ),
        # what the documents signed are, not which
        ("The documents signed are a milestone for both countries.", []),
        ("Vietnam and Russia did not sign an agreement on visas and a memorandum on tourism.", []),
    ],
)
def test_one_document_or_no_list(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == expected
