"""Precision of agreement facts: a date that belongs to another clause or phrase of the sentence is not the
signing's, one document told again is one fact, and a document called by a bare noun takes what names it."""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements

# 2013-08-22 is a Thursday.
AUGUST = "2013-08-22"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a delivery window is when the goods come
        (
            "Hanoi has signed a contract with Moscow to buy eight patrol boats, due between 2014 and 2015,"
            " officials said.",
            "2013-08",
        ),
        (
            "Hanoi signed a deal with Moscow on six submarines, to be handed over between 2016 and 2017.",
            "2013-08",
        ),
        # a tenure in parentheses is when an office began
        (
            "Moscow values the agreements reached by Putin and Le Van Hai (Vietnamese President from"
            " October 23, 2012) in Sochi in June.",
            "2013-06",
        ),
        # the start of a stretch of time
        (
            "Russia and Vietnam signed an agreement on fisheries, the first since May 5, 2001, on Monday.",
            "2013-08-19",
        ),
        # near misses: the signing's own date, before or after the window
        (
            "In 2012 Hanoi signed a contract with Moscow for nine trainer jets to arrive between 2015 and"
            " 2016.",
            "2012",
        ),
        (
            "Hanoi signed a contract with Moscow for nine trainer jets to arrive between 2015 and 2016 on"
            " August 5, 2013.",
            "2013-08-05",
        ),
        ("Russia and Vietnam signed an agreement on visas (in Hanoi on May 5, 2013).", "2013-05-05"),
    ],
)
def test_a_date_of_another_time_is_not_the_signings(text: str, date: str) -> None:
    assert [a[3] for a in agreements(text, doc_date=AUGUST)] == [date]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the contract", "this latest agreement": the one of that kind told just before
        (
            "Power Machines signed a contract to supply a stator for the Thac Ba hydropower plant. The"
            " contract for manufacture of the stator for Thac Ba was concluded with Lilama10.",
            [
                (
                    "contract to supply a stator for the Thac Ba hydropower plant",
                    1,
                    "exact",
                    "2013-08",
                    "signed",
                )
            ],
        ),
        (
            "Russia's metro builder has signed an agreement with Hanoi Metro to lay a new tram line. This"
            " latest agreement was inked on April 2 by its director.",
            [("agreement with Hanoi Metro to lay a new tram line", 1, "exact", "2013-04-02", "signed")],
        ),
        (
            "Rosatom signed a memorandum with EVN on training nuclear engineers. The memorandum on training"
            " engineers was signed in Moscow on Monday.",
            [("memorandum with EVN on training nuclear engineers", 1, "exact", "2013-08-19", "signed")],
        ),
        # a lead that names the documents by their kind alone, then tells what they are about
        (
            "Medvedev signed a string of deals with Nguyen Tan Dung during a visit to Hanoi. The two signed"
            " agreements on Thursday to deepen ties in fisheries and tourism.",
            [
                (
                    "agreements to deepen ties in fisheries and tourism",
                    None,
                    None,
                    "2013-08-22",
                    "signed",
                )
            ],
        ),
        # a set told again a sentence later about mostly the same things, in more words
        (
            "Hanoi may place large orders with Moscow once some contracts on buying frigates and"
            " helicopters are finalised. The two sides are expected to sign deals on buying two frigates"
            " and eight Mi-17 helicopters.",
            [
                (
                    "deals on buying two frigates and eight Mi-17 helicopters",
                    None,
                    None,
                    None,
                    "drafting",
                )
            ],
        ),
        # a treaty told signed at no date and in force at a date
        (
            "Hanoi was quick to put its name to a free trade agreement with the EAEU. The free trade"
            " agreement, which came into effect on October 5, 2016, has lifted exports.",
            [("free trade agreement with the EAEU", 1, "exact", "2016-10-05", "in_force")],
        ),
    ],
)
def test_one_document_told_again_is_one_fact(text: str, expected: list[tuple]) -> None:
    assert agreements(text, doc_date=AUGUST) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # "also", "a second", "another", "separately": a document more
        (
            "Gazprom Neft signed an agreement with PetroVietnam on the Dolginskoye field. Gazprom Neft and"
            " Binh Son also signed an agreement on refinery maintenance.",
            2,
        ),
        (
            "Power Machines signed a contract with EVN to supply turbines for the Thac Ba plant. A second"
            " contract was signed with EVN to supply turbines for the Son La plant.",
            2,
        ),
        (
            "Rosatom signed a memorandum with EVN on nuclear training. Rosatom and EVN signed another"
            " memorandum on nuclear training on Monday.",
            2,
        ),
        (
            "Medvedev signed a string of deals with Nguyen Tan Dung during a visit to Hanoi. Separately,"
            " Russian and Vietnamese firms signed agreements on rice exports.",
            2,
        ),
        # two contracts of one kind, each told with its own subject
        (
            "Power Machines signed a contract with EVN to supply turbines for the Thac Ba plant. Silovye"
            " signed a contract with EVN to supply generators for the Son La plant.",
            2,
        ),
        # the contract pointed back to is about something else
        (
            "Power Machines signed a contract to supply turbines for the Thac Ba plant. The contract on fuel"
            " deliveries to Ninh Thuan was signed with EVN.",
            2,
        ),
        # two contracts told before: which one "the contract" is, the words do not say
        (
            "Power Machines signed a contract to supply turbines for the Son La plant. Silovye signed a"
            " contract to supply generators for the Thac Ba plant. The contract for the Vietnamese plant was"
            " signed with EVN on Monday.",
            3,
        ),
        # two sets about different things, or one told as another
        (
            "Russia and Vietnam signed agreements on education and health on Monday. Russian and Vietnamese"
            " firms signed contracts on oil and gas exploration in the East Sea.",
            2,
        ),
        (
            "Russia and Vietnam signed agreements on oil and gas cooperation on Monday. Russian and"
            " Vietnamese firms also signed contracts on oil and gas exploration in the East Sea.",
            2,
        ),
        # signed and in force, each at its own date
        (
            "Hanoi signed a free trade agreement with the EAEU in May 2015. The free trade agreement"
            " entered into force on October 5, 2016.",
            2,
        ),
    ],
)
def test_another_document_is_not_merged(text: str, count: int) -> None:
    assert len(agreements(text, doc_date=AUGUST)) == count


TALKS = "Putin and To Lam held talks in Hanoi on Monday. "


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # the documents a set named by its kind alone included: one each
        (
            "Further signed deals included a partnership between Vietcombank and Sberbank, a pact between"
            " the two farm ministries and a roadmap for solar power.",
            [
                "pact between the two farm ministries",
                "partnership between Vietcombank and Sberbank",
                "roadmap for solar power",
            ],
        ),
        (
            "The two sides signed deals that included a memorandum on oil and gas and an agreement on visas.",
            ["agreement on visas", "memorandum on oil and gas"],
        ),
        (
            "The signed documents included an agreement on visas and a memorandum on education.",
            ["agreement on visas", "memorandum on education"],
        ),
        # near misses: a set named by what it is about, or counted, keeps its own title
        (
            "The two sides signed deals on energy that included a memorandum on oil and gas.",
            ["deals on energy that included a memorandum on oil and gas"],
        ),
        ("The two sides signed 12 documents, which included a memorandum on oil and gas.", ["documents"]),
        # near miss: nothing after the bare noun names a document
        ("The two sides signed deals worth $2 billion.", ["deals"]),
    ],
)
def test_a_set_named_by_its_kind_is_told_by_what_it_included(text: str, titles: list[str]) -> None:
    assert [a[0] for a in agreements(TALKS + text, doc_date=AUGUST)] == titles


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam and Russia signed a raft of agreements on energy in Hanoi on Monday.",
        "Vietnam and Russia signed a host of documents on Monday.",
        "Vietnam and Russia signed a slew of deals on Monday.",
        "Vietnam and Russia signed a string of memoranda on Monday.",
    ],
)
def test_a_vague_count_is_no_number(text: str) -> None:
    [(_, count, qualifier, _, status)] = agreements(text, doc_date=AUGUST)
    assert (count, qualifier, status) == (None, None, "signed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrangement to sign: drafting
        ("Vietnam and Russia are to sign an agreement on visas in 2014.", [("agreement on visas", "2014")]),
        (
            "Hanoi and Moscow are scheduled to sign a treaty on fisheries in 2014.",
            [("treaty on fisheries", "2014")],
        ),
        # near misses: a wish or an aim is no signing to come
        ("The aim is to sign an agreement on visas with Russia.", []),
        ("Vietnam and Russia are ready to sign an agreement on visas.", []),
    ],
)
def test_an_arrangement_to_sign_is_drafting(text: str, expected: list[tuple[str, str]]) -> None:
    found = agreements(text, doc_date=AUGUST)
    assert [(a[0], a[3]) for a in found] == expected
    assert all(a[4] == "drafting" for a in found)
