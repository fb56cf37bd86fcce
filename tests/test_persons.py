"""Titled-person forms: sentences written for the tests, each with the people it names."""

from __future__ import annotations

import pytest

from vnru_facts import extract_text


def people(text: str) -> list[tuple]:
    doc = extract_text(text).documents[0]
    return [(p.name, p.role, p.country) for p in doc.people]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of ..." holding lowercase joiners before the name
        (
            "President of the Socialist Republic of Vietnam Nguyen Van Long spoke first.",
            [("Nguyen Van Long", "President", "VN")],
        ),
        # a long institution name: the name starts after it, the country comes from it
        (
            "Guests were met by Deputy Chairman of the State Duma of the Federal Assembly of the Russian"
            " Federation Pavel Orlov.",
            [("Pavel Orlov", "Deputy Chairman of the State Duma", "RU")],
        ),
        # "A, <nationality> <title> to X B": the title after the comma belongs to B, not A
        (
            "Present were Deputy Minister of Energy Pavel Orlov, Vietnamese Ambassador to Russia Le Van Hoa,"
            " and others.",
            [
                ("Pavel Orlov", "Deputy Minister", "RU"),  # country from the shape of the name
                ("Le Van Hoa", "Ambassador", "VN"),
            ],
        ),
        # a title alone stands for the one holder the document names
        (
            "The Deputy PM thanked the hosts. Deputy PM Le Van Tam then left.",
            [("Le Van Tam", "Deputy Prime Minister", "VN")],
        ),
    ],
)
def test_person_forms(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


def test_transcript_speaker_label() -> None:
    found = people("Press statements\nI.Petrov: Good afternoon, colleagues.\n")
    assert found == [("I.Petrov", None, "RU")]


def test_title_alone_with_two_holders_is_nobody() -> None:
    text = "President Nguyen Van Long met President Igor Petrov. The President said ties were strong."
    assert [p[0] for p in people(text)] == ["Nguyen Van Long", "Igor Petrov"]


def test_name_words_are_folded_and_split() -> None:
    from vnru_facts.extract.components.mentions import _name_words

    assert _name_words("Phạm  Minh Chính") == ("pham", "minh", "chinh")
    assert _name_words("M. V. Ivanov") == ("m", "v", "ivanov")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Vietnamese is named again by the last word of the name: one holder, not two
        (
            "President Nguyen Van Long met the guests. The President said ties were strong."
            " President Long also thanked them.",
            [("Nguyen Van Long", "President", "VN")],
        ),
        # a Russian surname after the full name: one holder
        (
            "Minister Igor Petrov arrived. The Minister said ties were strong. Minister Petrov then left.",
            [("Igor Petrov", "Minister", "RU")],
        ),
    ],
)
def test_title_alone_after_a_short_form_of_its_holder(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


def test_title_alone_with_a_holder_and_another_short_name_is_nobody() -> None:
    # "President Binh" is not "President Nguyen Van Long": two holders, "The President" is no one
    text = "President Nguyen Van Long met President Binh. The President said ties were strong."
    assert [p[0] for p in people(text)] == ["Nguyen Van Long", "Binh"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank between the office and the name, capitalised, with or without a comma
        (
            "Talks were held with Vietnamese Deputy Defence Minister Senior Lieutenant General Le Van Tam.",
            ("Le Van Tam", "VN"),
        ),
        (
            "Talks were held with Vietnamese Deputy Defence Minister Senior Lieutenant General, Le Van Tam,"
            " in Moscow.",
            ("Le Van Tam", "VN"),
        ),
        (
            "He was met by Russian Defence Minister Army General Igor Petrov.",
            ("Igor Petrov", "RU"),
        ),
    ],
)
def test_rank_between_office_and_name(text: str, expected: tuple) -> None:
    assert [(p[0], p[2]) for p in people(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the side of a province, region or city the title names, from the gazetteer
        (
            "Governor of Ulyanovsk Region Pavel Kruglov met investors.",
            [("Pavel Kruglov", "Governor", "RU")],
        ),
        (
            "Chairman of the Ninh Binh People's Committee Tran Van Hoa met investors.",
            [("Tran Van Hoa", "Chairman", "VN")],
        ),
        # a place right before the title
        ("Tatarstan President Ilya Gromek met investors.", [("Ilya Gromek", "President", "RU")]),
        # near misses: places of both sides tell no side; a place on the line above is not the title's
        (
            "Ambassador of Khanh Hoa and Kazan Friendship Ilya Gromek met investors.",
            [("Ilya Gromek", "Ambassador", None)],
        ),
        ("Trade with Kazan\nGovernor Ilya Gromek met investors.", [("Ilya Gromek", "Governor", None)]),
    ],
)
def test_a_title_names_its_side_by_a_place(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The delegation laid a wreath at President Ho Chi Minh's Mausoleum in Hanoi.",
        "Students gathered at President Ho Chi Minh's Statue.",
    ],
)
def test_a_name_before_a_landmark_is_no_one_there(text: str) -> None:
    assert people(text) == []


def test_a_person_named_beside_a_landmark_is_someone() -> None:
    # near miss: the landmark's noun must follow the name itself
    assert people("President Vo Van Thuong's visit to the Mausoleum was brief.") == [
        ("Vo Van Thuong", "President", "VN")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a delegation's leader named with no title: the delegation's side
        (
            "A delegation of the Communist Party of Vietnam led by Tran Van Hoa, member of the Party Central"
            " Committee, paid a working visit.",
            [("Tran Van Hoa", None, "VN")],
        ),
        ("A Russian delegation headed by Ivan Sergeev arrived on Monday.", [("Ivan Sergeev", None, "RU")]),
        # near misses: one word after "led by"; a side neither named nor told by the name
        ("The delegation was led by Hoa, who arrived on Monday.", []),
        ("A delegation led by Jean Martin arrived on Monday.", []),
    ],
)
def test_a_delegation_leader_named_without_a_title(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected
