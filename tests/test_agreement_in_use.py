"""Documents told in use, so in force: their implementation, realisation or execution, capitalising on
them, making use or taking advantage of them, benefiting from them; and the near misses: documents named
by no more than their kind or in the plural (those of talks told before), a third country's, one the
story tells signed, one a year names (signed that year). Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "The deputy ministers assessed the full implementation of the free trade agreement between"
            " Vietnam and the EAEU.",
            "free trade agreement between Vietnam and the EAEU",
        ),
        (
            "Vietnam and Russia pledged to effectively implement the intergovernmental agreement on labour"
            " migration.",
            "intergovernmental agreement on labour migration",
        ),
        (
            "Vietnamese seafood firms should capitalise on the Vietnam-EAEU Free Trade Agreement to sell more"
            " in Russia.",
            "Vietnam-EAEU Free Trade Agreement",
        ),
        (
            "Tourists from Russia take full advantage of the agreement between Vietnam and Russia on visa"
            " exemption.",
            "agreement between Vietnam and Russia on visa exemption",
        ),
        (
            "Rosatom and Vietnam's science ministry are implementing the roadmap for cooperation in nuclear"
            " medicine.",
            "roadmap for cooperation in nuclear medicine",
        ),
        (
            "Russian and Vietnamese exporters have benefited from the protocol on veterinary inspection.",
            "protocol on veterinary inspection",
        ),
        # what is done under it, or on its basis
        (
            "Under the agreement on military cooperation between Vietnam and Russia, the two armies hold"
            " joint drills.",
            "agreement on military cooperation between Vietnam and Russia",
        ),
        (
            "The fighters are delivered under a contract between Rosoboronexport and the Vietnamese Defence"
            " Ministry.",
            "contract between Rosoboronexport and the Vietnamese Defence Ministry",
        ),
        (
            "Vietnamese and Russian universities exchange students within the framework of the"
            " intergovernmental agreement on education.",
            "intergovernmental agreement on education",
        ),
        # what follows "to which" is no part of the title
        (
            "The two sides discussed the effective realisation of the agreement between Vietnam and the EAEU,"
            " to which Russia is a party.",
            "agreement between Vietnam and the EAEU",
        ),
    ],
)
def test_a_document_in_use_is_in_force(text: str, title: str) -> None:
    assert agreements(text) == [(title, 1, "exact", None, "in_force")]


@pytest.mark.parametrize(
    "text",
    [
        # named by no more than its kind: one told before
        "Vietnam and Russia discussed the implementation of the agreement.",
        "Vietnam and Russia will make good use of the FTA.",
        "Under the agreement, Russia will train Vietnamese pilots.",
        # plural, the talks' agreements
        "Vietnam and Russia will implement the agreements between the two countries.",
        # a third country's
        "Vietnam and the European Union discussed the implementation of their free trade agreement on"
        " textiles.",
    ],
)
def test_no_document_in_use(text: str) -> None:
    assert agreements(text) == []


def test_a_document_told_signed_is_not_one_more_in_force() -> None:
    assert agreements(
        "Vietnam and Russia signed an agreement on labour migration on May 3. The ministers then discussed"
        " the implementation of the agreement on labour migration."
    ) == [("agreement on labour migration", 1, "exact", "2023-05-03", "signed")]


def test_a_document_a_year_names_was_signed_that_year() -> None:
    assert agreements(
        "Fish sales to Russia rose thanks to the application of the 2015 free trade agreement between"
        " the EAEU and Vietnam."
    ) == [
        (
            "2015 free trade agreement between the EAEU and Vietnam",
            1,
            "exact",
            "2015",
            "signed",
        )
    ]


def test_the_agreements_reached_by_leaders_stay_agreed() -> None:
    assert agreements(
        "Hanoi places high value on carrying out the agreements reached by Vietnamese Prime Minister Pham"
        " Minh Chinh and Russian Prime Minister Mikhail Mishustin."
    ) == [
        (
            "agreements reached by Vietnamese Prime Minister Pham Minh Chinh and Russian Prime Minister"
            " Mikhail Mishustin",
            None,
            None,
            None,
            "agreed",
        )
    ]


# A document under way: "is being implemented", "is planned to be implemented", in a story of both sides.
_STORY = "Russia will complete the supply of Yak-130 aircraft to Vietnam this year, a Russian official said. "


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            _STORY + "The contract on delivering the aircraft to our Vietnamese partners is planned to be"
            " implemented until the end of the year.",
            "contract on delivering the aircraft to our Vietnamese partners",
        ),
        (
            _STORY + "The contract for the supply of 12 Yak-130 aircraft to Vietnam is being fulfilled.",
            "contract for the supply of 12 Yak-130 aircraft to Vietnam",
        ),
        (
            "The roadmap for nuclear cooperation between Rosatom and Vietnam is expected to be implemented"
            " from 2026.",
            "roadmap for nuclear cooperation between Rosatom and Vietnam",
        ),
    ],
)
def test_a_document_under_way_is_in_force(text: str, title: str) -> None:
    assert [(t, s) for t, *_, s in agreements(text)] == [(title, "in_force")]


@pytest.mark.parametrize(
    "text",
    [
        # a project, not a document
        _STORY + "The project is being implemented by Zarubezhneft and Petrovietnam.",
        # to be implemented once signed: a condition
        _STORY + "If the contract is signed, it is expected to be implemented within two years.",
        # a document named by its kind only
        _STORY + "The agreement is being implemented.",
    ],
)
def test_under_way_near_misses(text: str) -> None:
    assert agreements(text) == []


# What is done according to a document: it stands, so it is in force. (What a document says, "the
# agreement between X and Y provides for ...", stays no event: tests/test_agreement_reading.py.)
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "According to the agreement between Rosatom and Vietnam, Russia will train 300 Vietnamese"
            " engineers.",
            "agreement between Rosatom and Vietnam",
        ),
        (
            "According to the memorandum on nuclear training between Rosatom and Vietnam's EVN, 300"
            " engineers will study in Russia.",
            "memorandum on nuclear training between Rosatom and Vietnam's EVN",
        ),
    ],
)
def test_a_document_acted_on_is_in_force(text: str, title: str) -> None:
    assert [(t, s) for t, *_, s in agreements(text)] == [(title, "in_force")]


@pytest.mark.parametrize(
    "text",
    [
        # a document named by its kind alone: the one the story named before, if any
        _STORY + "According to the agreement, the financing will follow the law of both countries.",
        # according to a person, not a document
        _STORY + "According to the minister, the deliveries will end in December.",
    ],
)
def test_acted_on_near_misses(text: str) -> None:
    assert agreements(text) == []
