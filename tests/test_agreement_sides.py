"""Who "the two sides" of a signing are: a signing of a third country and Vietnam or Russia is not ours.

The sides are those the signing's clause names ("China and Russia signed"), else the place it took place
("visited Tokyo, where ...", "in Beijing"), else the country visited or named as a party just before
("During her trip to Laos, the two governments signed"). A third country named in passing is no side.
"""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements


@pytest.mark.parametrize(
    "text",
    [
        # the place a "where" points back to
        "Vietnamese Prime Minister Pham Minh Chinh held talks with Russian Prime Minister Mikhail Mishustin"
        " in Moscow. Chinh visited Tokyo last week, where the two sides signed 12 cooperation documents.",
        "Russian President Vladimir Putin visited Hanoi. He had earlier visited Pyongyang, where the two"
        " leaders signed a partnership treaty.",
        # a trip to a third country before "the two governments"
        "Vietnamese Deputy Prime Minister Tran Hong Ha met the Russian ambassador in Hanoi. During her trip"
        " to Laos, the two governments signed five agreements on energy.",
        "Vietnamese Vice President Vo Thi Anh Xuan visited Cambodia on Thursday. On the occasion, the two"
        " countries exchanged five cooperation documents.",
        "Vietnamese Prime Minister Pham Minh Chinh visited Japan on Monday. The two sides signed 10"
        " documents.",
        "Russian Prime Minister Mikhail Mishustin arrived in Beijing on Monday. The two governments signed 15"
        " agreements.",
        # a third country named as a side of the signing, or as its place
        "Russia and Vietnam discussed trade. China and Russia signed nine agreements in Beijing.",
        "In Beijing, President Vladimir Putin and Chinese President Xi Jinping signed nine documents.",
        "After talks between Chinese and Russian leaders, the two sides signed 20 documents.",
        "Russia's Putin and North Korea's Kim signed a partnership treaty.",
        "Vietnamese Prime Minister Pham Minh Chinh and his Japanese counterpart signed 10 documents.",
        "Laos and Vietnam signed 10 documents, while Russia watched.",
        "The Vietnam-Russia signing came a week after Russia and China signed nine agreements.",
        "Nine agreements were signed in Beijing on Monday.",
        # the last sentence before that names a country, passing over one that names none
        "Russian President Vladimir Putin flew to Pyongyang on Wednesday. He held talks with the host. The"
        " two leaders signed a treaty on strategic partnership.",
        "President Vladimir Putin signed nine agreements in Beijing.",
        "Russian President Vladimir Putin arrived in Pyongyang. There, the two leaders signed a treaty.",
        "Russian Foreign Minister Sergei Lavrov toured Southeast Asia this week. In Vientiane, he and his Lao"
        " counterpart signed a plan of consultations for 2025-2027.",
    ],
)
def test_a_third_countrys_signing_is_not_ours(text: str) -> None:
    assert agreements(text, doc_date="2025-03-14") == []


# Near misses: a Vietnam-Russia signing in a sentence that names a third country in passing, or a trip
# there besides the visit to Vietnam or Russia.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Vietnamese president visited Russia. The two countries signed 11 documents in Moscow, a day"
            " after China's envoy left.",
            [("documents", 11, "exact", "2025-03", "signed")],
        ),
        (
            "President Vladimir Putin met To Lam in Hanoi, where the two sides signed 11 documents, after a"
            " trip to North Korea.",
            [("documents", 11, "exact", "2025-03", "signed")],
        ),
        (
            "During President Vladimir Putin's visit to Vietnam, which followed a trip to North Korea, the"
            " two sides signed 11 documents.",
            [("documents", 11, "exact", "2025-03", "signed")],
        ),
        (
            "Vietnam and Russia signed 11 documents, while China and Russia signed nine agreements in"
            " Beijing.",
            [("documents", 11, "exact", "2025-03", "signed")],
        ),
        (
            "Despite a US warning, Russia and Vietnam signed 11 documents on Monday.",
            [("documents", 11, "exact", "2025-03-10", "signed")],
        ),
        (
            "Vietnamese and Russian officials signed eight agreements in Beijing on the sidelines of a"
            " summit.",
            [("agreements", 8, "exact", "2025-03", "signed")],
        ),
        (
            "Russian Deputy Prime Minister Ivan Orlov is visiting Vietnam. During his visit, which drew"
            " criticism in Washington, the two sides signed seven agreements.",
            [("agreements", 7, "exact", "2025-03", "signed")],
        ),
        (
            "Russian Deputy Prime Minister Ivan Orlov visited Laos before flying to Hanoi, where the two"
            " sides signed seven agreements.",
            [("agreements", 7, "exact", "2025-03", "signed")],
        ),
        (
            "Vietnam's Petrovietnam and Russia's Zarubezhneft inked two contracts in Singapore.",
            [("contracts", 2, "exact", "2025-03", "signed")],
        ),
        (
            "Russian President Vladimir Putin arrived in Hanoi. He held talks with the host. The two leaders"
            " signed a treaty on strategic partnership.",
            [("treaty on strategic partnership", 1, "exact", "2025-03", "signed")],
        ),
        (
            "Russian firms signed five contracts with Vietnamese partners at the forum in Vladivostok, which"
            " also drew Chinese and Indian delegations.",
            [("contracts", 5, "exact", "2025-03", "signed")],
        ),
        (
            "At the summit in Kazan, President Vladimir Putin met leaders of China and India, and Russia and"
            " Vietnam signed three agreements.",
            [("agreements", 3, "exact", "2025-03", "signed")],
        ),
        # a place in what the document is about is no place of the signing
        (
            "The two sides signed a memorandum on cooperation in Beijing.",
            [("memorandum on cooperation in Beijing", 1, "exact", "2025-03", "signed")],
        ),
        (
            "Vietnam and Russia signed 11 documents on Monday, a day before talks in Beijing.",
            [("documents", 11, "exact", "2025-03-10", "signed")],
        ),
        (
            "Russian President Vladimir Putin arrived in Hanoi. There, the two leaders signed 11 documents.",
            [("documents", 11, "exact", "2025-03", "signed")],
        ),
        (
            "Vietnamese Prime Minister Pham Minh Chinh held talks with Russian Prime Minister Mikhail"
            " Mishustin. The two sides signed 10 documents.",
            [("documents", 10, "exact", "2025-03", "signed")],
        ),
    ],
)
def test_a_third_country_in_passing_leaves_the_signing_ours(text: str, expected: list[tuple]) -> None:
    assert agreements(text, doc_date="2025-03-14") == sorted(expected)


def test_the_first_partner_after_the_documents_is_the_one_signed_with() -> None:
    text = "Russia signed 11 documents with Vietnam on Monday, a day after a summit with China."
    assert [f[1:] for f in agreements(text, doc_date="2025-03-14")] == [(11, "exact", "2025-03-10", "signed")]


def test_an_article_with_third_country_signings_around_its_own() -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov paid an official visit to Vietnam from March 10 to 12. Lavrov"
        " held talks with Vietnamese Foreign Minister Bui Thanh Son in Hanoi on Tuesday.\n\n"
        "The two foreign ministries signed a plan of consultations for 2025-2027 on Tuesday.\n\n"
        "Lavrov visited Laos last week, where the two sides signed 12 cooperation documents. During her trip"
        " to Cambodia, Vietnamese Vice President Vo Thi Anh Xuan and her hosts also exchanged five"
        " documents.\n\n"
        "China and Russia signed nine agreements in Beijing in February.\n\n"
        # tied to the article's visit by its visitor's name, right after a third country's signing
        "During Lavrov's visit, the two ministers also witnessed the exchange of more than a dozen documents,"
        " including a roadmap for cooperation in education."
    )
    assert agreements(text, doc_date="2025-03-14") == [
        ("documents", 12, "over", "2025-03", "signed"),
        ("plan of consultations for 2025-2027", 1, "exact", "2025-03-11", "signed"),
        ("roadmap for cooperation in education", 1, "exact", "2025-03", "signed"),
    ]


def test_a_visitor_named_after_a_trip_to_the_third_country_is_there() -> None:
    text = (
        "Russian Prime Minister Mikhail Mishustin paid an official visit to Vietnam on Monday. Mishustin"
        " then flew to Laos. During Mishustin's visit, the leaders signed a treaty."
    )
    assert agreements(text, doc_date="2025-03-14") == []


# A third country's firm in one side's consortium signs with that side, not as a side of its own; a third
# country conjoined with a side is one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The tender for the Song Bung plant was won by Power Machines in consortium with Sumitomo"
            " Corporation (Japan) that has signed a turnkey contract for the supply of turbines.",
            [("turnkey contract for the supply of turbines", 1, "exact", "2023-05", "signed")],
        ),
        (
            "Power Machines, together with Japan's Marubeni, signed a contract for the supply of turbines"
            " for a Vietnamese hydropower plant.",
            [
                (
                    "contract for the supply of turbines for a Vietnamese hydropower plant",
                    1,
                    "exact",
                    "2023-05",
                    "signed",
                )
            ],
        ),
        # near misses: the third country or its firm is conjoined with a side
        ("Power Machines and Japan's Marubeni signed a contract for the supply of turbines.", []),
        ("Russia and Japan signed a contract for the supply of turbines.", []),
    ],
)
def test_a_third_countrys_firm_in_a_sides_consortium(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == expected
