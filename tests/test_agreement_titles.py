"""What an agreement is called: the title keeps its object and partner but not its value; each pair of a
listed set is its own document; "the FTA" named by its kind is the one named in full before; a document
ratified was signed on the day its signing clause gives; an agreement in force ("has come into effect")."""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements
from vnru_facts import extract_text
from vnru_facts.extract.components.agreement import FTA_WITH_ITS_PARTIES

# 2025-03-14 is a Friday.
FRIDAY = "2025-03-14"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the partner and what the document is for
        (
            "Rosatom signed a contract with Vietnam Electricity to supply fuel for a research reactor worth"
            " $100 million.",
            (
                "contract with Vietnam Electricity to supply fuel for a research reactor",
                1,
                "exact",
                "2025-03",
                "signed",
            ),
        ),
        (
            "Vietnam's Masan signed an agreement with Russia's Tatarstan republic on building a meat plant"
            " valued at $50 million.",
            (
                "agreement with Russia's Tatarstan republic on building a meat plant",
                1,
                "exact",
                "2025-03",
                "signed",
            ),
        ),
        (
            "Lukoil inked a deal with PetroVietnam and Vietsovpetro for drilling two wells.",
            (
                "deal with PetroVietnam and Vietsovpetro for drilling two wells",
                1,
                "exact",
                "2025-03",
                "signed",
            ),
        ),
        # a value is no part of the title
        (
            "Power Machines signed a contract for two gas turbines worth $150 million with PetroVietnam.",
            ("contract for two gas turbines", 1, "exact", "2025-03", "signed"),
        ),
        (
            "Vietnam signed a contract with Russia for four patrol ships totalling $300 million.",
            ("contract with Russia for four patrol ships", 1, "exact", "2025-03", "signed"),
        ),
        # near misses: a partner without an object is no part of the title; a weekday is no object
        (
            "Novatek signed a memorandum with Petrovietnam.",
            ("memorandum between Novatek and PetroVietnam", 1, "exact", "2025-03", "signed"),
        ),
        (
            "Zarubezhneft signed a deal with PetroVietnam on Monday on offshore drilling.",
            ("deal between Zarubezhneft and PetroVietnam", 1, "exact", "2025-03-10", "signed"),
        ),
    ],
)
def test_a_title_keeps_its_object_and_partner_not_its_value(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The governor praised the signing of cooperation agreements between Kazan and Da Nang, and"
            " between Kazan and Hue.",
            [
                ("cooperation agreement between Kazan and Da Nang", 1, "exact", "2025-03", "signed"),
                ("cooperation agreement between Kazan and Hue", 1, "exact", "2025-03", "signed"),
            ],
        ),
        (
            "Officials witnessed the signing of memoranda between the Moscow region and Binh Duong"
            " province, and between Tula and Hai Phong.",
            [
                ("memorandum between Tula and Hai Phong", 1, "exact", "2025-03", "signed"),
                (
                    "memorandum between the Moscow region and Binh Duong province",
                    1,
                    "exact",
                    "2025-03",
                    "signed",
                ),
            ],
        ),
        (
            "Russian and Vietnamese regions signed cooperation agreements between Kaluga and Nghe An as"
            " well as between Tver and Thai Binh.",
            [
                ("cooperation agreement between Kaluga and Nghe An", 1, "exact", "2025-03", "signed"),
                ("cooperation agreement between Tver and Thai Binh", 1, "exact", "2025-03", "signed"),
            ],
        ),
        # near miss: one pair is the set as the text names it
        (
            "Officials witnessed the signing of memoranda between the Moscow region and Binh Duong province.",
            [
                (
                    "memoranda between the Moscow region and Binh Duong province",
                    None,
                    None,
                    "2025-03",
                    "signed",
                )
            ],
        ),
    ],
)
def test_each_pair_of_a_listed_set_is_its_own_document(text: str, expected: list[tuple]) -> None:
    assert agreements(text, doc_date=FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's State Duma on Wednesday ratified the agreement between the two governments on"
            " visa-free travel for holders of service passports, signed in Hanoi on June 20, 2024.",
            (
                "agreement between the two governments on visa-free travel for holders of service passports",
                1,
                "exact",
                "2024-06-20",
                "signed",
            ),
        ),
        (
            "President Putin signed a law ratifying a memorandum with Vietnam on nuclear training, inked in"
            " Moscow in May 2024.",
            ("memorandum with Vietnam on nuclear training", 1, "exact", "2024-05", "signed"),
        ),
        # the day of the ratification is not the signing's
        (
            "The Vietnamese National Assembly ratified the treaty on mutual legal assistance with Russia on"
            " Tuesday.",
            ("treaty on mutual legal assistance with Russia", 1, "exact", None, "signed"),
        ),
        (
            "The intergovernmental agreement on labour migration was ratified by the Federation Council"
            " last week.",
            ("intergovernmental agreement on labour migration", 1, "exact", None, "signed"),
        ),
        (
            "Lawmakers passed a bill to approve the protocol to the 2010 agreement with Vietnam on joint"
            " oil exploration.",
            (
                "protocol to the 2010 agreement with Vietnam on joint oil exploration",
                1,
                "exact",
                None,
                "signed",
            ),
        ),
    ],
)
def test_a_document_ratified_was_signed_when_its_signing_clause_says(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


def test_a_ratification_on_a_condition_is_none() -> None:
    assert agreements("If the agreement is ratified, Russian firms will benefit.", doc_date=FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since the Free Trade Agreement between Vietnam and the EAEU has come into effect, fish sales"
            " have risen.",
            ("Free Trade Agreement between Vietnam and the EAEU", None),
        ),
        (
            "The trade agreement between Vietnam and the EAEU, which comes into force on Monday, lowers"
            " duties.",
            ("trade agreement between Vietnam and the EAEU", "2025-03-10"),
        ),
        (
            "A trade agreement between Vietnam and Eurasian Economic Union (EEU), which entered into force in"
            " October 2016, helps seafood firms.",
            ("trade agreement between Vietnam and Eurasian Economic Union", "2016-10"),
        ),
        # the in-force date only: another year of the sentence is not when it took effect
        (
            "As the free trade agreement between Vietnam and the EAEU has come into effect, the two sides"
            " aim at $10 billion in trade in 2030.",
            ("free trade agreement between Vietnam and the EAEU", None),
        ),
    ],
)
def test_an_agreement_in_force(text: str, expected: tuple) -> None:
    assert [(t, d) for t, _, _, d, s in agreements(text, doc_date=FRIDAY) if s == "in_force"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: in force to come
        "The Vietnam–EAEU free trade agreement will enter into force next year.",
        "The free trade agreement between Vietnam and the EAEU is expected to take effect in a few weeks.",
    ],
)
def test_an_agreement_to_come_into_force_is_not_in_force(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the FTA" is the one named in full in a sentence before, that told of no fact
        (
            "The ministers pledged to carry out the Free Trade Agreement between Vietnam and the Eurasian"
            " Economic Union. The FTA, which covers Vietnam and the five members of the union, took effect"
            " in 2016.",
            [
                (
                    "Free Trade Agreement between Vietnam and the Eurasian Economic Union",
                    1,
                    "exact",
                    "2016",
                    "in_force",
                )
            ],
        ),
        (
            "Officials discussed the agreement between Vietnam and the Eurasian Economic Union. The State"
            " Duma ratified the deal on Wednesday.",
            [("agreement between Vietnam and the Eurasian Economic Union", 1, "exact", None, "signed")],
        ),
        # "FTA" alone is spelt out
        (
            "Vietnam and Russia discussed tariffs. Vietnam and the EAEU signed the FTA in 2015.",
            [(FTA_WITH_ITS_PARTIES, 1, "exact", "2015", "signed")],
        ),
        # one told of as a fact just before is the same fact
        (
            "Novatek signed an agreement with Petrovietnam. The agreement was signed in Moscow.",
            [("agreement between Novatek and PetroVietnam", 1, "exact", "2025-03", "signed")],
        ),
        # a member of the EAEU where the sentence names the union is no third country
        (
            "Vietnam and the Eurasian Economic Union signed a free trade agreement in Kazakhstan.",
            [(FTA_WITH_ITS_PARTIES, 1, "exact", "2025-03", "signed")],
        ),
    ],
)
def test_a_document_named_by_its_kind_is_the_one_named_before(text: str, expected: list[tuple]) -> None:
    assert agreements(text, doc_date=FRIDAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: not the EAEU's members, nor the union named
        "Russia and Belarus signed a treaty in 1999. The treaty took effect in 2000.",
        "Russia signed a free trade agreement in Kazakhstan with Belarus.",
    ],
)
def test_an_agreement_of_russia_and_its_neighbours_is_not_ours(text: str) -> None:
    assert agreements(text, doc_date=FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the agreement" is the one told just before: one fact, with the place the second mention gives
        (
            "Novatek signed an agreement with Petrovietnam. The agreement was signed in Moscow.",
            [("agreement between Novatek and PetroVietnam", "2025-03", "Moscow", "signed")],
        ),
        # an agreement signed at no date, then in force, keeps the title named first; it is one document,
        # the one in force at a date
        (
            "Vietnam was the first state to sign a free trade agreement with the EAEU. The free trade"
            " agreement, which entered into force on October 5, 2016, lifted sales.",
            [("free trade agreement with the EAEU", "2016-10-05", None, "in_force")],
        ),
        # "Việt Nam" and "Vietnam", "FTA" and "free trade agreement": one agreement in force
        (
            "Shipments rose once the free trade agreement between Việt Nam and Eurasian Economic Union took"
            " effect in October 2016. Shoe makers benefit most when the FTA between Vietnam and Eurasian"
            " Economic Union comes into effect.",
            [
                (
                    "free trade agreement between Việt Nam and Eurasian Economic Union",
                    "2016-10",
                    None,
                    "in_force",
                )
            ],
        ),
    ],
)
def test_mentions_of_one_document_are_one_fact(text: str, expected: list[tuple]) -> None:
    result = extract_text(text, doc_date=FRIDAY, types=["agreement"])
    assert sorted(((f.title, f.date, f.place, f.status) for f in result.facts), key=str) == sorted(
        expected, key=str
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The foundation and Herzen University signed a memorandum to support Russian education centres"
            " in Hanoi and Ho Chi Minh City.",
            None,
        ),
        (
            "Russian Railways signed a partnership agreement for a tram line in Hai Phong and Quang Ninh"
            " province.",
            None,
        ),
        # near miss: one city after what the document is about is where it was signed
        ("The two sides signed an agreement on trade in Hanoi on Monday.", "Hanoi"),
    ],
)
def test_cities_of_what_a_document_is_about_are_not_where_it_was_signed(
    text: str, expected: str | None
) -> None:
    result = extract_text(text, doc_date=FRIDAY, types=["agreement"])
    assert [f.place for f in result.facts] == [expected]


def test_a_hyphenated_verb_of_purpose_is_part_of_the_title() -> None:
    text = "Novatek has signed a memorandum (MOU) to co-operate in building a power plant in Vietnam."
    assert [t for t, *_ in agreements(text, doc_date=FRIDAY)] == [
        "memorandum to co-operate in building a power plant in Vietnam"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this latest agreement", a few sentences on, is the one reported before
        (
            "Russian Railways signed an agreement with Vietnam Railways to build a new line on Monday. The"
            " line will link the north and the south. It was first built in 1936. The plan will cost"
            " billions. This latest agreement was signed in Hanoi.",
            [("agreement with Vietnam Railways to build a new line", "2025-03-10", "Hanoi")],
        ),
        # near miss: "that" is no determiner of the document in "reported that a memorandum"
        (
            "It was reported earlier that a memorandum of understanding on reactor safety had been signed"
            " between Rosatom and EVN.",
            [("memorandum of understanding on reactor safety", None, None)],
        ),
    ],
)
def test_a_document_pointed_back_to(text: str, expected: list[tuple]) -> None:
    result = extract_text(text, doc_date=FRIDAY, types=["agreement"])
    assert [(f.title, f.date, f.place) for f in result.facts] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Friday, Russia and Vietnam issued a joint statement in Vietnam's capital Hanoi.",
            "Hanoi",
        ),
        ("The two sides signed a treaty on fisheries in the Russian capital Moscow.", "Moscow"),
        ("The two sides signed a treaty on fisheries in the capital city of Hanoi.", "Hanoi"),
        # near miss: cities named as the sides
        ("Officials from Hanoi and Moscow signed a memorandum on tourism.", None),
    ],
)
def test_the_city_of_a_signing_named_with_what_it_is(text: str, expected: str | None) -> None:
    result = extract_text(text, doc_date=FRIDAY, types=["agreement"])
    assert [f.place for f in result.facts] == [expected]


# What a document is about may follow "over", "concerning", "related to", "in the areas of", also after the
# year it was signed in; "over" a time or an amount is none of it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gazprom and PetroVietnam signed memoranda in 2019 over exploring gas supplies to power plants.",
            ("memoranda over exploring gas supplies to power plants", None, None, "2019", "signed"),
        ),
        (
            "Vietnam and Russia signed three accords concerning fisheries and sea transport.",
            ("accords concerning fisheries and sea transport", 3, "exact", "2025-03", "signed"),
        ),
        (
            "Rosatom and the Vietnamese ministry signed two contracts related to the research reactor.",
            ("contracts related to the research reactor", 2, "exact", "2025-03", "signed"),
        ),
        (
            "The two sides signed a memorandum in the areas of education and health on Monday.",
            ("memorandum in the areas of education and health", 1, "exact", "2025-03-10", "signed"),
        ),
        (
            "Vietnam and Russia inked a deal in May on joint fishing in the open sea.",
            ("deal on joint fishing in the open sea", 1, "exact", "2024-05", "signed"),
        ),
        # near misses: "over" a time or an amount is no part of the title
        (
            "Vietnam and Russia signed an agreement over the weekend.",
            ("agreement", 1, "exact", "2025-03", "signed"),
        ),
        (
            "Vietnam and Russia signed a contract over $2 billion.",
            ("contract", 1, "exact", "2025-03", "signed"),
        ),
    ],
)
def test_a_title_keeps_what_follows_over_concerning_or_related_to(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


# What a document does, told by a participle after it, is what it is about; the city and day of its signing
# after it are not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam's National Assembly ratified the protocol amending the agreement on the oil venture.",
            ("protocol amending the agreement on the oil venture", 1, "exact", None, "signed"),
        ),
        (
            "Vietnam and Russia signed an agreement establishing a joint venture for oil refining.",
            ("agreement establishing a joint venture for oil refining", 1, "exact", "2025-03", "signed"),
        ),
        (
            "Both sides signed an intergovernmental agreement on mutual visa exemption in Hanoi on Tuesday.",
            ("intergovernmental agreement on mutual visa exemption", 1, "exact", "2025-03-11", "signed"),
        ),
        (
            "Rosatom and the ministry signed a memorandum on nuclear training in Moscow last week.",
            ("memorandum on nuclear training", 1, "exact", "2025-03", "signed"),
        ),
        # near miss: a place in what the document is about, with no day after it, stays in the title
        (
            "Vietnam and Russia signed an agreement on building a plant in Ninh Thuan.",
            ("agreement on building a plant in Ninh Thuan", 1, "exact", "2025-03", "signed"),
        ),
    ],
)
def test_a_title_keeps_what_a_document_does_not_where_it_was_signed(text: str, expected: tuple) -> None:
    assert agreements(text, doc_date=FRIDAY) == [expected]


# A free trade agreement named without its parties in an article that names the Eurasian Economic Union is
# Vietnam's with the union: one title for all its mentions. Not where the union is never named, nor a
# free trade agreement named with other parties.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam and the Eurasian Economic Union held talks in 2013. Their free trade agreement took"
            " effect on October 5, 2016.",
            [(FTA_WITH_ITS_PARTIES, 1, "exact", "2016-10-05", "in_force")],
        ),
        (
            "Vietnam's Free Trade Zone Agreement with the EEU took effect on October 5, 2016.",
            [(FTA_WITH_ITS_PARTIES, 1, "exact", "2016-10-05", "in_force")],
        ),
        # the union never named: the words as written
        (
            "Vietnam and Russia discussed tariffs. The free trade agreement took effect on October 5, 2016.",
            [("free trade agreement", 1, "exact", "2016-10-05", "in_force")],
        ),
        # named with its parties: as written
        (
            "The EAEU grows. The free trade agreement between Vietnam and the EAEU took effect on October 5,"
            " 2016.",
            [("free trade agreement between Vietnam and the EAEU", 1, "exact", "2016-10-05", "in_force")],
        ),
    ],
)
def test_the_fta_named_without_its_parties(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == expected


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        # an aside in brackets is no part of a title; an abbreviation is
        (
            "agreements reached by Igor Petrov and Le Van Tam (President from October 3, 2022), in Sochi",
            "agreements reached by Igor Petrov and Le Van Tam, in Sochi",
        ),
        (
            "agreements reached by Igor Petrov and Le Van Tam (President from",
            "agreements reached by Igor Petrov and Le Van Tam",
        ),
        (
            "free trade agreement with the Eurasian Economic Union (EAEU)",
            "free trade agreement with the Eurasian Economic Union (EAEU)",
        ),
        ("memorandum of understanding (MoU) on energy", "memorandum of understanding (MoU) on energy"),
    ],
)
def test_titles_drop_asides_in_brackets(raw: str, title: str) -> None:
    from vnru_facts.extract.components.agreement import _title

    assert _title(raw) == title


# What a document is about, past the words between it and its subject that tell something else: its value,
# the place and day of its signing, an aside. Past those, an infinitive is the signing's purpose, not the
# document's name.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Rosoboronexport signed a contract worth $500 million with Vietnam's defence ministry to supply"
            " six submarines.",
            "contract with Vietnam's defence ministry to supply six submarines",
        ),
        (
            "Rosatom and EVN inked an agreement in Hanoi on Monday on cooperation in nuclear training.",
            "agreement on cooperation in nuclear training",
        ),
        (
            "Vietnam and Russia signed an intergovernmental agreement, the first of its kind, on labour"
            " migration.",
            "intergovernmental agreement on labour migration",
        ),
        (
            "Gazprom and PetroVietnam signed a deal worth about $1.2 billion for the development of Block"
            " 112.",
            "deal for the development of Block 112",
        ),
        # what it will allow, told in a relative clause, past a day or a place too
        (
            "Russia and Vietnam signed an agreement on Tuesday that will allow visa-free travel for 30 days.",
            "agreement on visa-free travel for 30 days",
        ),
        (
            "Vietnam and Russia signed an agreement in Hanoi that will pave the way for a nuclear plant.",
            "agreement on a nuclear plant",
        ),
        # near misses: a relative clause that says nothing it is about; past a place, "to" tells why they
        # signed; a day before "to" stays as it was read
        (
            "Russia and Vietnam signed an agreement on Tuesday that officials called historic.",
            "agreement",
        ),
        (
            "Putin and To Lam signed a joint declaration in Moscow to advance their strategic partnership.",
            "joint declaration",
        ),
        (
            "Rosatom and EVN signed agreements on Thursday to further cooperation on nuclear training.",
            "agreements to further cooperation on nuclear training",
        ),
    ],
)
def test_a_title_past_its_value_place_day_or_aside(text: str, title: str) -> None:
    assert [t for t, *_ in agreements(text, doc_date=FRIDAY)] == [title]
