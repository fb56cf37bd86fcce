"""Agreement mechanisms found reading whole pool articles the rules had not been fitted to (sentences
written for the tests): a document under negotiation is being drafted; a group's or a third country's
own treaty is not Vietnam-Russia; a bare document takes its title from its signatories, from what is done
under it, or from what the two sides agreed to just before; a list of fields is part of what a document
is about."""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements

# 2025-03-14 is a Friday.
FRIDAY = "2025-03-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hanoi and Moscow are holding expert-level negotiations to conclude an intergovernmental"
            " agreement on setting up a seismic monitoring station.",
            (
                "intergovernmental agreement on setting up a seismic monitoring station",
                1,
                "exact",
                None,
                "drafting",
            ),
        ),
        (
            "Hanoi and Moscow are negotiating a treaty on legal assistance in criminal matters.",
            ("treaty on legal assistance in criminal matters", 1, "exact", None, "drafting"),
        ),
        (
            "Rosatom and the Vietnamese science ministry are finalising a roadmap for nuclear training.",
            ("roadmap for nuclear training", 1, "exact", None, "drafting"),
        ),
        # the year it is to be signed in is no date of a signing
        (
            "Moscow's trade minister vowed to hurry up negotiations over the free trade agreement between"
            " Vietnam and the EAEU so that it can be signed in 2027.",
            (
                "free trade agreement between Vietnam and the EAEU",
                1,
                "exact",
                None,
                "drafting",
            ),
        ),
        # a second predicate of the subject is no part of what the deal is about
        (
            "Vietnam and Russia will push ahead negotiations for a deal of upgrading the Cam Ranh shipyard"
            " and help build a hydropower dam.",
            ("deal of upgrading the Cam Ranh shipyard", 1, "exact", None, "drafting"),
        ),
    ],
)
def test_a_document_under_negotiation_is_being_drafted(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # negotiations told as over, or only as a possibility
        "The two sides concluded negotiations on an agreement on fisheries last year.",
        "After three years of negotiations on a free trade agreement, Vietnam and Russia were satisfied.",
        "The ministers agreed to weigh the possibility of opening negotiations on a visa waiver agreement.",
        # talks of a group of countries, or of a third country
        "Russia and Vietnam backed early negotiations on an ASEAN-Russia free trade agreement.",
        "Japan and Vietnam are negotiating a defence agreement.",
        # negotiations with no document
        "The negotiating teams of Vietnam and Russia met in Hanoi.",
        "Vietnam and Russia are negotiating the terms of the loan.",
    ],
)
def test_negotiations_that_draft_nothing_of_the_two_sides(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


def test_a_document_negotiated_and_then_signed_is_signed() -> None:
    text = (
        "Vietnam and Russia were negotiating a free trade agreement last year. Vietnam and Russia signed"
        " the free trade agreement in Hanoi on Monday."
    )
    assert agreements(text, doc_date=FRIDAY) == [("free trade agreement", 1, "exact", "2025-03-10", "signed")]


@pytest.mark.parametrize(
    "text",
    [
        "The Treaty on establishing the Eurasian Economic Union, signed in Astana in May 2014, set up the"
        " bloc.",
        "The Treaty on the Eurasian Economic Union came into force in 2015.",
        "An ASEAN-Russia joint statement on energy was adopted on Monday.",
    ],
)
def test_a_groups_own_treaty_is_not_vietnam_russia(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the bloc as Vietnam's partner, in a sentence that names no Vietnamese side
        (
            "The FTA with the Eurasian Economic Union was signed in May 2015.",
            ("FTA with the Eurasian Economic Union", 1, "exact", "2015-05", "signed"),
        ),
        (
            "The agreement between the Eurasian Economic Union and Vietnam was signed in May 2015.",
            ("agreement between the Eurasian Economic Union and Vietnam", 1, "exact", "2015-05", "signed"),
        ),
    ],
)
def test_a_blocs_agreement_with_vietnam_is_ours(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the two firms of the signing's clause, not a third named in what follows
        (
            "PetroVietnam signed a deal with Zarubezhneft on March 3, 2011, under which it acquires a share"
            " of Gazpromviet.",
            ("deal between PetroVietnam and Zarubezhneft", 1, "exact", "2011-03-03", "signed"),
        ),
        (
            "A memorandum was signed by Gazprom and PetroVietnam on Monday, giving Vietsovpetro a new block.",
            ("memorandum between Gazprom and PetroVietnam", 1, "exact", "2025-03-10", "signed"),
        ),
        # what is done under it
        (
            "Construction of the dam will be conducted within the framework of an intergovernmental agreement"
            " signed in April 2004 by Vietnam and Russia.",
            ("intergovernmental agreement on construction of the dam", 1, "exact", "2004-04", "signed"),
        ),
        (
            "Deliveries of the fighters are made under the contract inked in 2009 with Russia.",
            ("contract on deliveries of the fighters", 1, "exact", "2009", "signed"),
        ),
        # near miss: a pronoun names nothing
        (
            "It was built under the agreement signed in 2002 by Russia and Vietnam.",
            ("agreement", 1, "exact", "2002", "signed"),
        ),
        # what the two sides agreed to do just before
        (
            "Russia and Vietnam have agreed to extend their cooperation in offshore drilling, the ministry"
            " announced. The two signed an agreement Tuesday in Moscow that runs for 15 years.",
            (
                "agreement to extend their cooperation in offshore drilling",
                1,
                "exact",
                "2025-03-11",
                "signed",
            ),
        ),
        # near miss: agreeing to sign one names nothing more
        (
            "Vietnam and Russia agreed to sign an agreement. The two signed an agreement Monday in Hanoi.",
            ("agreement", 1, "exact", "2025-03-10", "signed"),
        ),
    ],
)
def test_a_bare_documents_title_from_its_context(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A number of memoranda of understanding were signed among firms of Vietnam and Russia in"
            " logistics, education, farming and health care.",
            (
                "memoranda of understanding among firms of Vietnam and Russia in logistics, education,"
                " farming and health care",
                None,
                None,
                "2025-03",
                "signed",
            ),
        ),
        # misspelt, as some news writes it
        (
            "Several memoranda of understand were signed between firms of Vietnam and Russia.",
            ("memoranda of understand between firms of Vietnam and Russia", None, None, "2025-03", "signed"),
        ),
        (
            "The two countries signed agreements on sport, tourism, fisheries and railways.",
            (
                "agreements on sport, tourism, fisheries and railways",
                None,
                None,
                "2025-03",
                "signed",
            ),
        ),
        # near miss: a comma before a new clause ends it
        (
            "Rosatom signed an agreement with Vietnam on fuel supply, the ministry said.",
            ("agreement with Vietnam on fuel supply", 1, "exact", "2025-03", "signed"),
        ),
    ],
)
def test_a_list_of_fields_is_what_a_document_is_about(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead calls it "a deal", the detail names it by its kind: one signing
        (
            "Russian Railways and a Vietnamese contractor have signed a deal to build a tram line in Vietnam."
            " On March 6, a Russian Railways unit and several Vietnamese investors signed a partnership"
            " agreement for the Long Hau tram project in Binh Duong province.",
            [
                (
                    "partnership agreement for the Long Hau tram project in Binh Duong province",
                    1,
                    "exact",
                    "2025-03-06",
                    "signed",
                )
            ],
        ),
        # "The agreements were signed by ...": the documents just told
        (
            "Gazprom and PetroVietnam on Monday signed a memorandum on new oil projects. The two parties also"
            " signed a memorandum on power generation. The agreements were signed by the chairmen of both"
            " companies in Hanoi.",
            [
                ("memorandum on new oil projects", 1, "exact", "2025-03-10", "signed"),
                ("memorandum on power generation", 1, "exact", "2025-03", "signed"),
            ],
        ),
        (
            "Novatek has signed a number of agreements with Vietnamese partners. The documents were signed"
            " in the presence of both prime ministers.",
            [("agreements", None, None, "2025-03", "signed")],
        ),
    ],
)
def test_one_signing_told_again_is_one_fact(text: str, expected: list) -> None:
    assert agreements(text, doc_date=FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: two documents of one kind, a document told as another, firms that differ
        (
            "Zarubezhneft and PetroVietnam have signed a joint agreement to name Rusvietpetro as operator."
            " Rusvietpetro and Zarubezhneft signed a framework agreement to explore the gas block.",
            [
                ("framework agreement to explore the gas block", 1, "exact", "2025-03", "signed"),
                ("joint agreement to name Rusvietpetro", 1, "exact", "2025-03", "signed"),
            ],
        ),
        (
            "Gazprom and PetroVietnam have signed a deal on gas supplies. Gazprom also signed a memorandum"
            " with PetroVietnam on training.",
            [
                ("deal on gas supplies", 1, "exact", "2025-03", "signed"),
                ("memorandum with PetroVietnam on training", 1, "exact", "2025-03", "signed"),
            ],
        ),
        (
            "Rosatom and Vietnam Electricity have signed a deal on fuel supplies. Novatek and PetroVietnam"
            " signed an agreement on LNG terminals.",
            [
                ("agreement on LNG terminals", 1, "exact", "2025-03", "signed"),
                ("deal on fuel supplies", 1, "exact", "2025-03", "signed"),
            ],
        ),
    ],
)
def test_two_signings_told_one_after_the_other_stay_two(text: str, expected: list) -> None:
    assert agreements(text, doc_date=FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The signing ceremony was witnessed by Science Minister Huynh Thanh Dat of Vietnam and"
            " Russian Deputy Minister Dmitry Afanasyev. Addressing the guests, Afanasyev spoke about joint"
            " laboratories.",
            [("documents signed at the ceremony", None, None, "2025-03", "signed")],
        ),
        # the ceremony of a signing the article tells: one fact
        (
            "Gazprom and PetroVietnam on Monday signed a memorandum of understanding on new oil projects. The"
            " signing ceremony was attended by Russian Prime Minister Dmitry Medvedev and Vietnamese Prime"
            " Minister Nguyen Xuan Phuc.",
            [("memorandum of understanding on new oil projects", 1, "exact", "2025-03-10", "signed")],
        ),
        (
            "The Vietnamese foundation and Herzen University signed a memorandum of understanding on Russian"
            " teaching. Addressing the MOU signing ceremony in Saint Petersburg, the Vietnamese and Russian"
            " rectors spoke.",
            [("memorandum of understanding on Russian teaching", 1, "exact", "2025-03", "signed")],
        ),
        # near misses: a ceremony to come, or of a third country
        (
            "Vietnamese Minister Phung Xuan Nha will attend the signing ceremony with Russian Deputy Minister"
            " Marina Borovskaya.",
            [],
        ),
        ("The signing ceremony was witnessed by Japanese and Vietnamese ministers.", []),
        ("A signing ceremony is scheduled for Russian and Vietnamese firms next week.", []),
    ],
)
def test_a_signing_ceremony_told_by_its_witnesses(text: str, expected: list) -> None:
    assert agreements(text, doc_date=FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signing to come, in the passive
        (
            "The contracts for HPP Dak Mi and the HPP Song Bung-4 are to be signed in 2027.",
            ("contracts for HPP Dak Mi and the HPP Song Bung-4", 2, "exact", "2027", "drafting"),
        ),
        (
            "Medvedev said the agreement with Vietnam would be signed at an upcoming gathering.",
            ("agreement with Vietnam", 1, "exact", None, "drafting"),
        ),
        # uncounted documents to come, between the two sides
        (
            "Hanoi and Moscow are close to sign deals on the supply of four frigates.",
            ("deals on the supply of four frigates", None, None, None, "drafting"),
        ),
        # one named thing: how many contracts, the words do not say
        (
            "The contracts for the Playkrong and Sesan-3 plants with Russia are to be signed in 2026.",
            ("contracts for the Playkrong and Sesan-3 plants with Russia", None, None, "2026", "drafting"),
        ),
        # a document to be ratified was signed
        (
            "Vietnam and Russia signed the agreement on Monday. The minister expects every member to ratify"
            " it by autumn.",
            ("agreement", 1, "exact", "2025-03-10", "signed"),
        ),
    ],
)
def test_documents_to_be_signed(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # firms of one side signing with each other
        "Gazprom and Novatek signed a memorandum on LNG supplies.",
        "PetroVietnam signed a contract with PV Gas on drilling services.",
        # other partners than the two sides
        "The Eurasian Economic Union intends to sign free trade agreements with more partners, Kazakh Prime"
        " Minister Karim Massimov said.",
        "Vietnam plans to sign free trade agreements with 15 partners.",
    ],
)
def test_no_document_of_the_two_sides(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a joint venture of the two sides; the other side named
        (
            "PetroVietnam and Vietsovpetro signed a contract on drilling services.",
            ("contract on drilling services", 1, "exact", "2025-03", "signed"),
        ),
        (
            "Gazprom and Novatek signed a memorandum on LNG supplies to Vietnam.",
            ("memorandum on LNG supplies to Vietnam", 1, "exact", "2025-03", "signed"),
        ),
    ],
)
def test_firms_of_one_side_with_the_other_named(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what the documents are for, after the visit they were signed during
        (
            "Russia and Vietnam signed three agreements during Prime Minister Mikhail Mishustin's official"
            " visit to Hanoi to deepen their cooperation in health care.",
            ("agreements to deepen their cooperation in health care", 3, "exact", "2025-03", "signed"),
        ),
        # near miss: a visit and a day, no purpose
        (
            "Russia and Vietnam signed three agreements during Prime Minister Mikhail Mishustin's official"
            " visit to Hanoi on Tuesday.",
            ("agreements", 3, "exact", "2025-03-11", "signed"),
        ),
        # what they are for, after the partner
        (
            "Rosneft has signed a number of agreements with Vietnamese firms aimed at widening trade in"
            " fuel between the two nations.",
            (
                "agreements with Vietnamese firms aimed at widening trade in fuel between the two nations",
                None,
                None,
                "2025-03",
                "signed",
            ),
        ),
        # "the contract" is the one named in lower case with its subject just before
        (
            "Last year's contract on the delivery of four frigates to Vietnam is Russia's biggest arms sale"
            " this decade. The contract was signed in November 2024 in Moscow.",
            ("contract on the delivery of four frigates to Vietnam", 1, "exact", "2024-11", "signed"),
        ),
    ],
)
def test_what_a_document_is_for_told_apart_from_it(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]
