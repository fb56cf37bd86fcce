"""Signings as real reporting words them: agreements reached with partners, "the signing of" as an event
(seen, past, an anniversary, or to come), signings of many parties (a forum, ASEAN leaders) that are not
Vietnam's and Russia's, signings denied or still to come, and a single document without its article."""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements

# 2025-03-14 is a Friday.
FRIDAY = "2025-03-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PetroVietnam has reached cooperation agreements with its Russian partners Lukoil and Novatek"
            " for exploring offshore blocks.",
            (
                "cooperation agreements with its Russian partners Lukoil and Novatek for exploring offshore"
                " blocks",
                None,
                None,
                "2025-03",
                "agreed",
            ),
        ),
        (
            "Vietnam Airlines reached three deals with Aeroflot on code sharing last month.",
            ("deals with Aeroflot on code sharing", 3, "exact", "2025-02", "agreed"),
        ),
        (
            "Russian and Vietnamese ministries reached agreements on labour migration and tourism.",
            ("agreements on labour migration and tourism", None, None, "2025-03", "agreed"),
        ),
    ],
)
def test_agreements_reached_with_partners(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: agreements reached before, named in passing; a consensus; a figure reached
        "Through their governments, the two sides implement the agreements reached at the highest level.",
        "The two ministers reached an agreement on fishing quotas.",
        "Trade between Vietnam and Russia reached $5 billion.",
        "The Russian and Vietnamese ministers reached agreements.",
    ],
)
def test_no_agreement_reached(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seen or welcomed: news of the article
        (
            "The Vietnamese deputy minister welcomed the signing of cooperation agreements between Russian"
            " and Vietnamese universities.",
            (
                "cooperation agreements between Russian and Vietnamese universities",
                None,
                None,
                "2025-03",
                "signed",
            ),
        ),
        # a signing the sentence looks back on: its own date only
        (
            "Fruit exports have tripled since the signing of the free trade agreement between Vietnam and the"
            " EAEU in 2015.",
            (
                "free trade agreement between Vietnam and the EAEU",
                1,
                "exact",
                "2015",
                "signed",
            ),
        ),
        (
            "Russian grain sales to Vietnam climbed quickly after the signing of the free trade agreement"
            " between Vietnam and the EAEU, the deputy minister said in 2020.",
            (
                "free trade agreement between Vietnam and the EAEU",
                1,
                "exact",
                None,
                "signed",
            ),
        ),
        # an anniversary: the year it was signed is that many years before the anniversary's
        (
            "In 2021, Moscow and Hanoi will celebrate the 20th anniversary of the signing of the declaration"
            " on strategic partnership.",
            ("declaration on strategic partnership", 1, "exact", "2001", "signed"),
        ),
        (
            "The reception marked the 15th anniversary of the signing of a joint statement on energy"
            " partnership between Russia and Vietnam.",
            (
                "joint statement on energy partnership between Russia and Vietnam",
                1,
                "exact",
                "2010",
                "signed",
            ),
        ),
        # ... unless the year after the document is the signing's own
        (
            "Legislators celebrated three decades since the signing of the Treaty on Friendly Relations"
            " between Russia and Vietnam (June 16, 1994 - 2024).",
            ("Treaty on Friendly Relations between Russia and Vietnam", 1, "exact", "1994-06-16", "signed"),
        ),
    ],
)
def test_the_signing_of_a_document_as_an_event(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a signing to come, asked for or talked about
        "The city urged its partners to speed up the signing of a memorandum on sport between Hanoi and"
        " Kazan.",
        "They discussed the signing of a fresh agreement on fisheries between Vietnam and Russia.",
        "Moscow and Hanoi are preparing for the signing of a treaty on extradition.",
    ],
)
def test_a_signing_to_come_named_as_an_event_is_none(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


@pytest.mark.parametrize(
    "text",
    [
        # a group of countries among the signers
        "Putin and ASEAN leaders adopted a joint statement on the strategic partnership.",
        "At the summit, Lavrov and Southeast Asian ministers adopted a declaration on cyber security.",
        "A declaration on security was adopted by Russia and Southeast Asian leaders.",
        # a forum's many parties, where the sentence names neither side
        "The 2019 forum saw the signing of 270 deals worth $50 billion.",
        "At the exhibition, more than 300 contracts were signed.",
        "Last year's edition saw the signing of 150 agreements.",
    ],
)
def test_a_signing_of_many_parties_is_not_ours(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the group is what the statement is about; the sides named at the forum
        (
            "Russian Prime Minister Mishustin and Vietnamese Prime Minister Chinh adopted a joint statement"
            " on regional security.",
            ("joint statement on regional security", 1, "exact", "2025-03", "agreed"),
        ),
        (
            "At the forum, Vietnamese and Russian companies signed 12 deals.",
            ("deals", 12, "exact", "2025-03", "signed"),
        ),
        (
            "The Vietnam-Russia business forum saw the signing of 20 cooperation agreements.",
            ("cooperation agreements", 20, "exact", "2025-03", "signed"),
        ),
    ],
)
def test_a_bilateral_signing_that_names_a_group_or_forum(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "No agreements were signed during the talks between Vietnam and Russia.",
        "Reportedly no deals were signed in Moscow on Thursday.",
        "Russia and Vietnam have not signed any deals on arms.",
        "Russia and Vietnam have never signed a treaty on extradition.",
    ],
)
def test_a_signing_denied_is_none(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputy Prime Minister Tran Hong Ha will witness the signing of an agreement between"
            " PetroVietnam and Zarubezhneft.",
            ("agreement between PetroVietnam and Zarubezhneft", 1, "exact", None, "drafting"),
        ),
        (
            "Vietnam and Russia will sign a cooperation programme next year.",
            ("cooperation programme", 1, "exact", None, "drafting"),
        ),
        (
            "Rosneft will soon sign a 5-year cooperation agreement with PetroVietnam on oil refining, the"
            " ministry said on Friday.",
            ("5-year cooperation agreement with PetroVietnam on oil refining", 1, "exact", None, "drafting"),
        ),
        (
            "Zarubezhneft and PetroVietnam are due to sign a service agreement in June 2025.",
            ("service agreement between Zarubezhneft and PetroVietnam", 1, "exact", "2025-06", "drafting"),
        ),
        # a week or month named from the document date is when the signing is to be
        (
            "Vietnam will next month sign a free trade pact with the Russia-led Eurasian Economic Union.",
            (
                "free trade pact with the Russia-led Eurasian Economic Union",
                1,
                "exact",
                "2025-04",
                "drafting",
            ),
        ),
        (
            "The memorandum on tourism between Moscow and Hanoi will be signed next week.",
            ("memorandum on tourism between Moscow and Hanoi", 1, "exact", "2025-03", "drafting"),
        ),
        (
            "Hanoi and Moscow are expected to sign a visa agreement in the coming week.",
            ("visa agreement", 1, "exact", "2025-03", "drafting"),
        ),
        (
            "Hanoi could become a large buyer of Russian jets if several contracts on Su-35 fighters are"
            " signed.",
            ("contracts on Su-35 fighters", None, None, None, "drafting"),
        ),
    ],
)
def test_a_signing_to_come_is_being_drafted(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a wish or a readiness to sign is no document being drafted
        "Vietnam is ready to sign a free trade agreement with Russia.",
        "Russian investors hope to sign a contract for a new port in Vietnam.",
        "The two sides agreed to consider holding talks to sign a bilateral treaty.",
    ],
)
def test_a_wish_to_sign_is_none(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Novatek and PetroVietnam on Tuesday signed memorandum of understanding (MoU) on LNG imports.",
            ("memorandum of understanding on LNG imports", 1, "exact", "2025-03-11", "signed"),
        ),
        (
            "Vietnam became the first state to sign a free trade agreement with the EAEU.",
            ("free trade agreement with the EAEU", 1, "exact", None, "signed"),
        ),
        (
            "Russia and Vietnam signed on Oct 3 three agreements on health care.",
            ("agreements on health care", 3, "exact", "2024-10-03", "signed"),
        ),
        (
            "The two signed agreements on Thursday on health and education, Russian officials said.",
            ("agreements on health and education", None, None, "2025-03-13", "signed"),
        ),
    ],
)
def test_signings_worded_without_the_usual_articles(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: "signed" describes the document
        "The signed agreement on cooperation defines the main principles.",
        "The signed memorandum with Rosatom sets out the next steps.",
        # after a preposition or an article, naming nothing but the kind of the documents
        "Vietnam values its defence ties with Russia on the basis of signed agreements and mechanisms.",
        "The two sides will review the implementation of signed documents.",
        "Vietnam and Russia should carry out the signed agreements.",
        "Hanoi and Moscow are working under signed contracts.",
    ],
)
def test_a_signed_document_described_is_no_signing(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same set told twice, once with a date: one fact
        (
            "Putin's visit included the signing of nearly 20 agreements. During the visit, ministries of"
            " both countries signed nearly 20 cooperation documents on March 12.",
            [("cooperation documents", 20, "under", "2025-03-12", "signed")],
        ),
        # a document ratified, then its signing dated: one fact, with the date
        (
            "The Senate ratified the free trade agreement between Vietnam and the EAEU. The free trade"
            " agreement between Vietnam and the EAEU was signed in May 2015.",
            [("free trade agreement between Vietnam and the EAEU", 1, "exact", "2015-05", "signed")],
        ),
    ],
)
def test_one_document_or_set_told_twice_is_one_fact(text: str, expected: list[tuple]) -> None:
    assert agreements(text, doc_date=FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the documents singled out a sentence or two after the set: "Among the documents listed include"
        (
            "Russia and Vietnam signed 12 documents on Tuesday. The documents aim to expand cooperation."
            " Among the documents listed include a memorandum on joint vaccine research for the next five"
            " years, as well as a roadmap for training railway engineers.",
            [
                ("documents", 12, "exact", "2025-03-11", "signed"),
                (
                    "memorandum on joint vaccine research for the next five years",
                    1,
                    "exact",
                    "2025-03-11",
                    "signed",
                ),
                ("roadmap for training railway engineers", 1, "exact", "2025-03-11", "signed"),
            ],
        ),
        # documents "of" something, signed "among" firms of both sides
        (
            "At the forum, a number of memoranda of cooperation on logistics were signed among firms of"
            " Vietnam and Russia.",
            [("memoranda of cooperation on logistics", None, None, "2025-03", "signed")],
        ),
    ],
)
def test_documents_named_around_a_set(text: str, expected: list[tuple]) -> None:
    assert agreements(text, doc_date=FRIDAY) == sorted(expected)


# A document the sides agree to write is being drafted; the agreeing told as news is of the article's month.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam and Russia also agreed to work on a roadmap for a joint centre of nuclear research.",
            ("roadmap for a joint centre of nuclear research", 1, "exact", "2025-03", "drafting"),
        ),
        (
            "The two ministries decided to draft an agreement on labour migration between Russia and"
            " Vietnam.",
            ("agreement on labour migration between Russia and Vietnam", 1, "exact", "2025-03", "drafting"),
        ),
        (
            "The Russian and Vietnamese sides agreed to jointly develop a cooperation programme for"
            " 2026-2030.",
            ("cooperation programme for 2026-2030", 1, "exact", "2025-03", "drafting"),
        ),
        (
            "Rosatom and the Vietnamese ministry agreed to prepare a memorandum of understanding on"
            " training nuclear engineers.",
            (
                "memorandum of understanding on training nuclear engineers",
                1,
                "exact",
                "2025-03",
                "drafting",
            ),
        ),
        (  # agreed before the story's time: no date of its own
            "Vietnam and Russia had agreed to draw up a treaty on legal assistance in civil matters.",
            ("treaty on legal assistance in civil matters", 1, "exact", None, "drafting"),
        ),
    ],
)
def test_a_document_the_sides_agree_to_write_is_being_drafted(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: work agreed on that is no document; papers for an event; a document without an article
        # or what it is for
        "Vietnam and Russia agreed to work on expanding trade in farm products.",
        "Vietnam and Russia agreed to prepare the documents for the upcoming visit.",
        "The Vietnamese and Russian ministers agreed to develop tourism between the two countries.",
        "Vietnam and Russia agreed to work on a roadmap.",
    ],
)
def test_no_document_agreed_to_be_written(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


# "signed off on" a document is its signing; what it is said of must be a document.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PetroVietnam signed off on a 25-year production sharing contract with Zarubezhneft for an"
            " offshore block on Monday.",
            (
                "25-year production sharing contract with Zarubezhneft for an offshore block",
                1,
                "exact",
                "2025-03-10",
                "signed",
            ),
        ),
        (
            "The Russian and Vietnamese railway companies signed off on a memorandum on freight transit.",
            ("memorandum on freight transit", 1, "exact", "2025-03", "signed"),
        ),
    ],
)
def test_signed_off_on_a_document_is_a_signing(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


# A statement the two sides make together, told by what it says, is agreed; one side's statement is none.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meanwhile, the Russian and Vietnamese governments said in a statement that the two countries"
            " would keep working together in offshore oil production, a news agency reported on Friday.",
            (
                "statement that the two countries would keep working together in offshore oil production",
                1,
                "exact",
                "2025-03-14",
                "agreed",
            ),
        ),
        (
            "Vietnam and Russia said in a joint statement issued after the talks that they support a"
            " peaceful settlement of disputes at sea.",
            (
                "joint statement that they support a peaceful settlement of disputes at sea",
                1,
                "exact",
                "2025-03",
                "agreed",
            ),
        ),
        (
            "The two sides affirmed in a joint declaration that they would double trade by 2030.",
            ("joint declaration that they would double trade by 2030", 1, "exact", "2025-03", "agreed"),
        ),
    ],
)
def test_a_statement_of_both_sides_told_by_what_it_says(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: one side's statement; a statement told before the story; a statement with no content
        "The Kremlin said in a statement that the two leaders discussed energy and culture.",
        "The Vietnamese government said in a statement that Vietnam and Russia would extend their venture.",
        "President Putin had said in a statement that Russia and Vietnam would work together.",
        "Vietnam and Russia said in a statement on Friday.",
    ],
)
def test_no_statement_of_both_sides(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


def test_a_statement_told_by_what_it_says_is_the_one_named_before() -> None:
    text = (
        "Vietnam and Russia issued a joint statement on their comprehensive strategic partnership. The two"
        " sides said in a joint statement that they would double trade by 2030."
    )
    assert agreements(text, doc_date=FRIDAY) == [
        ("joint statement on their comprehensive strategic partnership", 1, "exact", "2025-03", "agreed")
    ]


# A contract told from its winner's side: "was awarded a contract" is one signed.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's Power Machines was awarded a contract to supply turbines to Vietnam's Son La plant in"
            " 2008.",
            ("contract to supply turbines to Vietnam's Son La plant", 1, "exact", "2008", "signed"),
        ),
        (
            "Russia's Power Machines has been awarded a contract by EVN for the Son La plant.",
            ("contract between Power Machines and EVN", 1, "exact", "2023-05", "signed"),
        ),
    ],
)
def test_a_contract_awarded(text: str, expected: tuple) -> None:
    assert agreements(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # an honour, not a document
        "Russia's Power Machines was awarded the Order of Friendship by Vietnam in 2008.",
        # a contract still to be awarded
        "Russia's Power Machines hopes to be awarded a contract for the Son La plant in Vietnam.",
    ],
)
def test_awarded_near_misses(text: str) -> None:
    assert agreements(text) == []
