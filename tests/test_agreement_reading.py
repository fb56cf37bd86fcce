"""The generic agreement reading (patterns/agreement_reading.py): a document phrase, an event that makes it a
fact (before, after or inside the phrase) and a Vietnam-Russia anchor; and its negatives: a third country's
or a bloc's own document, one side's firms or another partner, a document's content, wishes, denials,
conditions and a coming into force still to come. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.test_agreement import agreements
from vnru_facts.extract.components.agreement import FTA_WITH_ITS_PARTIES

# 2023-05-10 is a Wednesday (the default document date of ``agreements``).


# Document x event before it (active verbs of news) x both sides named (places, firms, ministries).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia's Rosneft and Vietnam's PetroVietnam clinched a production sharing contract for an"
            " offshore block on Monday.",
            ("production sharing contract for an offshore block", 1, "exact", "2023-05-08", "signed"),
        ),
        (
            "Vietnam's Ministry of Defence won a deal with Russia's Rosoboronexport for two frigates.",
            ("deal with Russia's Rosoboronexport for two frigates", 1, "exact", "2023-05", "signed"),
        ),
        # the value before the noun is no part of the title
        (
            "Russian shipbuilder Zvezda has landed a $500 million contract to build four tankers for"
            " PetroVietnam.",
            ("contract to build four tankers for PetroVietnam", 1, "exact", "2023-05", "signed"),
        ),
        (
            "Vietnam and Russia entered into a framework agreement on space research last year.",
            ("framework agreement on space research", 1, "exact", "2022", "signed"),
        ),
        (
            "Vietnam and Russia sealed a deal on visa-free travel for diplomats on May 3.",
            ("deal on visa-free travel for diplomats", 1, "exact", "2023-05-03", "signed"),
        ),
        # a document the two sides approve is agreed
        (
            "The Vietnamese and Russian foreign ministries approved a plan of action for 2024-2026 on"
            " Monday.",
            ("plan of action for 2024-2026", 1, "exact", "2023-05-08", "agreed"),
        ),
    ],
)
def test_an_event_before_the_document(text: str, expected: tuple) -> None:
    assert agreements(text) == [expected]


# Document x event after it: passive, a relative clause, a reduced clause opening the sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A letter of intent between Aeroflot and Vietnam Airlines was inked in Hanoi on May 3.",
            ("letter of intent between Aeroflot and Vietnam Airlines", 1, "exact", "2023-05-03", "signed"),
        ),
        # a single document opening the sentence without its article
        (
            "Memorandum of understanding on nuclear training between Rosatom and Vietnam's science ministry"
            " was signed on June 29, 2017.",
            (
                "Memorandum of understanding on nuclear training between Rosatom and Vietnam's science"
                " ministry",
                1,
                "exact",
                "2017-06-29",
                "signed",
            ),
        ),
        (
            "The roadmap between Rosatom and Vietnam Electricity, which was signed in 2019, sets targets.",
            ("roadmap between Rosatom and Vietnam Electricity", 1, "exact", "2019", "signed"),
        ),
    ],
)
def test_an_event_after_the_document(text: str, expected: tuple) -> None:
    assert agreements(text) == [expected]


# Document x coming into force after it; x a year or a date naming it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The visa exemption agreement between Vietnam and Russia, which came into force in 2009, allows"
            " stays of 15 days.",
            ("visa exemption agreement between Vietnam and Russia", 1, "exact", "2009", "in_force"),
        ),
        # the words of its coming into force are no part of what it is about
        (
            "The Vietnam-Russia agreement on labour migration took effect on January 1.",
            ("Vietnam-Russia agreement on labour migration", 1, "exact", "2023-01-01", "in_force"),
        ),
        # the EAEU is Russia's side
        (
            "The free trade deal between Vietnam and the Eurasian Economic Union has been in force"
            " since 2016.",
            (
                "free trade deal between Vietnam and the Eurasian Economic Union",
                1,
                "exact",
                "2016",
                "in_force",
            ),
        ),
        (
            "Under the 2011 intergovernmental agreement, Russia was to build Vietnam's first nuclear plant.",
            ("2011 intergovernmental agreement", 1, "exact", "2011", "signed"),
        ),
        (
            "The protocol of April 20, 2016 between Vietnam and Russia covers oil exploration.",
            (
                "protocol between Vietnam and Russia covers oil exploration",
                1,
                "exact",
                "2016-04-20",
                "signed",
            ),
        ),
    ],
)
def test_a_document_in_force_or_named_by_its_date(text: str, expected: tuple) -> None:
    assert agreements(text) == [expected]


# A year names a document of its own, told besides the one the sentence reports.
def test_a_dated_document_besides_the_one_signed() -> None:
    text = "Vietnam and Russia signed an agreement on Monday, replacing a 1991 pact on the joint venture."
    assert agreements(text) == [
        ("1991 pact on the joint venture", 1, "exact", "1991", "signed"),
        ("agreement", 1, "exact", "2023-05-08", "signed"),
    ]


# Documents being written or to be signed are drafted; one agreed to be signed and then signed is one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam and Russia are drafting an agreement on mutual recognition of diplomas.",
            [("agreement on mutual recognition of diplomas", 1, "exact", None, "drafting")],
        ),
        (
            "The Vietnamese and Russian ministries are preparing a memorandum on cyber security.",
            [("memorandum on cyber security", 1, "exact", None, "drafting")],
        ),
        (
            "Vietnam and Russia agreed to sign a new education agreement next year.",
            [("new education agreement", 1, "exact", None, "drafting")],
        ),
        (
            "Vietnam and Russia agreed to sign an agreement on fisheries. In Hanoi on Monday, they signed the"
            " agreement on fisheries.",
            [("agreement on fisheries", 1, "exact", "2023-05-08", "signed")],
        ),
    ],
)
def test_a_document_being_drafted(text: str, expected: list[tuple]) -> None:
    assert agreements(text) == expected


# A story whose lead names both sides: a document told with one side named is between the two, and one
# told with no side named ("Agreements signed included ...") is the story's.
_LEAD = "Russian Prime Minister Mikhail Mishustin paid an official visit to Vietnam this week.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Agreements signed included on arms, science and technology, as well as on extradition.",
            ("Agreements on arms, science and technology", None, None, "2023-05", "signed"),
        ),
        (
            "Russian shipbuilder Zvezda has clinched a contract to build four tankers.",
            ("contract to build four tankers", 1, "exact", "2023-05", "signed"),
        ),
    ],
)
def test_one_side_in_a_story_of_both(text: str, expected: tuple) -> None:
    assert agreements(_LEAD + text) == [expected]


# Near misses of the anchor: a sentence naming one side with no story of both; the story's sentence with
# another partner after the document; a third country's sentence in the story.
@pytest.mark.parametrize(
    "text",
    [
        "Russian shipbuilder Zvezda has clinched a contract to build four tankers.",
        _LEAD + "Vietnam's Bamboo Airways secured a deal with Boeing for 50 aircraft.",
        _LEAD + "Japan hosted talks in Tokyo. Memorandum on shipbuilding was signed on June 29, 2017.",
    ],
)
def test_no_anchor_no_fact(text: str) -> None:
    assert agreements(text) == []


# Near misses of the event: a document's content, wishes, denials, conditions, a coming into force to come,
# a sale of goods without a document, "a great deal".
@pytest.mark.parametrize(
    "text",
    [
        "The agreement between Vietnam and Russia provides for duty-free trade in 90% of goods.",
        "Vietnam and Russia hope to sign a visa agreement one day.",
        "Vietnam and Russia want to clinch a deal on fertiliser supplies.",
        "Vietnam and Russia failed to clinch a deal on the price of the jets.",
        "Vietnam and Russia have not sealed a deal on the plant.",
        "If the contract is signed, Russia would deliver the jets to Vietnam in 2027.",
        "Once the agreement between Vietnam and Russia comes into force, tariffs will fall.",
        "The agreement between Vietnam and Russia will enter into force next year.",
        "Russia sold 12 fighter jets to Vietnam in 2013.",
        "Vietnam and Russia won a great deal of support.",
    ],
)
def test_no_event_no_fact(text: str) -> None:
    assert agreements(text) == []


# Near misses of whose document it is: a third country's or a bloc's own, one side's firms.
@pytest.mark.parametrize(
    "text",
    [
        "Russia and North Korea sealed a comprehensive strategic partnership treaty in Pyongyang.",
        "Russia and ASEAN adopted a joint statement on the sidelines of the summit in Vientiane.",
        "Gazprom and Novatek clinched a memorandum on LNG supplies in St Petersburg.",
        _LEAD + "China and Russia sealed a deal on gas supplies last year.",
    ],
)
def test_not_a_vietnam_russia_document(text: str) -> None:
    assert agreements(text) == []


# Agreements told by their reaching are agreed, with what follows the verb (undated: reached before the
# news); those reached "at" a meeting are the meeting's items, told before.
def test_agreements_reached_by_the_leaders() -> None:
    text = (
        "Moscow values the agreements reached by Russian Prime Minister Mikhail Mishustin and Vietnamese"
        " Prime Minister Pham Minh Chinh in Kazan."
    )
    assert agreements(text) == [
        (
            "agreements reached by Russian Prime Minister Mikhail Mishustin and Vietnamese Prime Minister"
            " Pham Minh Chinh in Kazan",
            None,
            None,
            None,
            "agreed",
        )
    ]


def test_no_agreements_reached_at_a_meeting() -> None:
    text = (
        "Vietnam urged ministries to work with Russian counterparts to realise the agreements reached at"
        " the meeting."
    )
    assert agreements(text) == []


# More verbs of news before a document: signatures put to it, a text formalised (signed), finalised or
# "agreed" with its article (agreed).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rosatom and the Vietnamese ministry put their signatures to a memorandum on nuclear training.",
            ("memorandum on nuclear training", 1, "exact", "2023-05", "signed"),
        ),
        (
            "PetroVietnam and Zarubezhneft formalised an agreement on a new joint venture.",
            ("agreement on a new joint venture", 1, "exact", "2023-05", "signed"),
        ),
        (
            "PetroVietnam and Gazprom finalised an agreement on gas supplies.",
            ("agreement on gas supplies", 1, "exact", "2023-05", "agreed"),
        ),
        (
            "Vietnam Airlines and Aeroflot have finalized a codeshare deal for flights to Moscow.",
            ("codeshare deal for flights to Moscow", 1, "exact", "2023-05", "agreed"),
        ),
        (
            "PetroVietnam and Zarubezhneft agreed a deal on a new joint venture.",
            ("deal on a new joint venture", 1, "exact", "2023-05", "agreed"),
        ),
    ],
)
def test_more_news_verbs_before_the_document(text: str, expected: tuple) -> None:
    assert agreements(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: agreeing to do something; details finalised; a signature that is no document's
        "Vietnam and Russia agreed to boost trade in farm products.",
        "PetroVietnam and Gazprom finalised the details of the project.",
        "The Russian and Vietnamese ministers put their signatures to the guest book.",
    ],
)
def test_no_document_after_those_verbs(text: str) -> None:
    assert agreements(text) == []


# Talks on a document and a draft discussed: the document is being drafted.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam and Russia are in talks on an agreement on nuclear energy.",
            ("agreement on nuclear energy", 1, "exact", None, "drafting"),
        ),
        (
            "Vietnam and the EAEU began talks on a free trade agreement.",
            (FTA_WITH_ITS_PARTIES, 1, "exact", None, "drafting"),
        ),
        (
            "The Russian and Vietnamese defence ministers discussed a draft agreement on military training.",
            ("agreement on military training", 1, "exact", None, "drafting"),
        ),
        (
            "Vietnam and Russia reviewed the draft memorandum on education.",
            ("memorandum on education", 1, "exact", None, "drafting"),
        ),
    ],
)
def test_talks_on_a_document_and_a_draft_discussed(text: str, expected: tuple) -> None:
    assert agreements(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: talks on no document; talks on documents made before
        "Vietnam and Russia held talks on trade and investment.",
        "The leaders held talks on the agreements reached at the summit between Vietnam and Russia.",
    ],
)
def test_no_talks_on_a_document(text: str) -> None:
    assert agreements(text) == []
