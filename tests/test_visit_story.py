"""Visits told across the sentences of a short story: the person in focus after a paragraph break, a
delegation whose side an earlier sentence tells, an office written with a rank in lower case or a long
institution's name before the name. Articles written for the tests, with near misses."""

from __future__ import annotations

import pytest

from tests.test_visit import visits


def fields(v: dict) -> tuple:
    return (v["person"]["key"], v["from"], v["to"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person in focus is the subject of the last sentence naming anyone, across a blank line
        (
            "Sergei Ivanov met his Vietnamese colleague.\n\nVietnam's Defence Minister Tran Van Hai took"
            " office in April. The trip to Russia is his first abroad.",
            [("tran van hai", "VN", "RU")],
        ),
        (
            "The talks lasted two hours.\n\nDeputy Prime Minister Le Van Binh was appointed last month.\n\n"
            "This visit to Moscow is his first in the new post.",
            [("le van binh", "VN", "RU")],
        ),
        # near miss: the trip goes to the person's own country
        (
            "Sergei Ivanov met his Vietnamese colleague.\n\nVietnam's Defence Minister Tran Van Hai took"
            " office in April. The trip to Hanoi was short.",
            [],
        ),
    ],
)
def test_focus_across_paragraphs(text: str, expected: list[tuple]) -> None:
    assert [fields(v) for v in visits(text, "2023-05-10")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank in lower case between the office and the name
        (
            "The Minister of Defence of Vietnam general Tran Van Hai arrived in Moscow on May 3.",
            [("tran van hai", "VN", "RU")],
        ),
        (
            "Vietnam's Defence Minister, senior lieutenant general Tran Van Hai, visited Moscow on May 3.",
            [("tran van hai", "VN", "RU")],
        ),
        (
            "The Deputy Minister of Defence of Russia colonel general Viktor Orlov arrived in Hanoi on"
            " May 3.",
            [("orlov", "RU", "VN")],
        ),
        # near miss: received at home
        (
            "The Minister of Defence of Vietnam general Tran Van Hai received the Russian guests in Hanoi.",
            [],
        ),
        # an institution's name with a gloss in brackets, and initials before the surname
        (
            "The Speaker of the Federation Council (Upper House) of the Russian Federation, A.P. Orlova, will"
            " pay an official visit to Vietnam on April 8-9.",
            [("orlova", "RU", "VN")],
        ),
    ],
)
def test_office_before_the_name(text: str, expected: list[tuple]) -> None:
    assert [fields(v) for v in visits(text, "2023-05-10")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the delegation" stands for the delegation named with its side before; the one in focus,
        # whose side the text never tells, leads it
        (
            "The Vietnamese delegation met officials of the Ministry of Science. Deputy minister Son said"
            " Vietnam will grant 70 scholarships to Russian students. On the same day, the delegation"
            " visited two universities in Russia.",
            [("son", "VN", "RU")],
        ),
        (
            "A delegation from Vietnam held talks on education. Deputy Minister Hoa said the two sides"
            " would open a joint school. Later, the delegation toured a university in Moscow.",
            [("hoa", "VN", "RU")],
        ),
        (
            "The Russian delegation held talks on energy. Deputy Minister Orlov said both sides would"
            " expand the joint venture. The delegation then visited a power plant in Vietnam.",
            [("orlov", "RU", "VN")],
        ),
        # near miss: the one in focus is the host, named with the destination's side
        (
            "The Vietnamese delegation met officials of Russia's Ministry of Science led by Deputy"
            " Minister Orlov. Deputy Minister Orlov said scholarships would grow. On the same day, the"
            " delegation visited two universities in Russia.",
            [],
        ),
        # near miss: the delegation's own country
        (
            "The Vietnamese delegation met officials of the ministry. Deputy minister Son said scholarships"
            " would grow. On the same day, the delegation visited two universities in Hanoi.",
            [],
        ),
        # near miss: no delegation told with a side
        (
            "The delegation met officials of the ministry. Deputy minister Son said scholarships would grow."
            " On the same day, the delegation visited two universities in Russia.",
            [],
        ),
    ],
)
def test_delegation_side_told_before(text: str, expected: list[tuple]) -> None:
    assert [fields(v) for v in visits(text, "2023-05-10")] == expected


def starts(v: dict) -> tuple:
    return (v["person"]["key"], v["to"], v["start"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an earlier trip told with the office alone: whoever held it then, not today's holder
        (
            "Russian State Duma Chairman Ivan Orlov arrived in Hanoi on Monday for an official visit. The"
            " last visit of the State Duma Chairman to Vietnam took place four years ago.",
            [("orlov", "VN", "2023-09-04")],
        ),
        (
            "Russian State Duma Chairman Ivan Orlov arrived in Hanoi on Monday for an official visit. The"
            " previous visit to Vietnam by the Russian Duma Chairman was in 2013.",
            [("orlov", "VN", "2023-09-04")],
        ),
        (
            "Russian State Duma Chairman Ivan Orlov arrived in Hanoi on Monday. The previous trip by a"
            " Russian Duma Chairman dates back to 2013.",
            [("orlov", "VN", "2023-09-04")],
        ),
        # near misses: the holder named, or the visit just reported referred back to
        (
            "Russian State Duma Chairman Ivan Orlov arrived in Hanoi on Monday. The last visit of Orlov to"
            " Vietnam was in 2019.",
            [("orlov", "VN", "2023-09-04"), ("orlov", "VN", "2019")],
        ),
        (
            "Prime Minister Ivan Orlov praised the deal. The signing follows a visit by Orlov to Vietnam last"
            " month.",
            [("orlov", "VN", "2023-08")],
        ),
        (
            "Russian State Duma Chairman Ivan Orlov arrived in Hanoi on Monday. The visit, on September 4-6,"
            " is his third.",
            [("orlov", "VN", "2023-09-04")],
        ),
    ],
)
def test_an_earlier_trip_of_the_office(text: str, expected: list[tuple]) -> None:
    assert [starts(v) for v in visits(text, "2023-09-10")] == expected


def kinds(v: dict) -> tuple:
    return (v["person"]["key"], v["from"], v["to"], v["kind"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's adjective right before the trip word: where a traveller of the other side goes
        (
            "The two sides agreed to prepare well for the official Russian visit of President Tran Van Hai.",
            [("tran van hai", "VN", "RU", "official")],
        ),
        (
            "The Vietnamese visit of Russian Deputy Prime Minister Ivan Orlov ended on Friday.",
            [("orlov", "RU", "VN", "other")],
        ),
        (
            "Russian Deputy Prime Minister Ivan Orlov's Vietnamese trip ended on Friday.",
            [("orlov", "RU", "VN", "other")],
        ),
        # near misses: the traveller's own side, a tour that is no trip, a word that is no trip
        ("The Russian visit of Russian Deputy Prime Minister Ivan Orlov ended on Friday.", []),
        ("Deputy Prime Minister Tran Van Hai met Russian tour operators in Hanoi.", []),
        ("Vietnamese Deputy Prime Minister Tran Van Hai praised the Russian visitors.", []),
    ],
)
def test_side_adjective_before_the_trip(text: str, expected: list[tuple]) -> None:
    assert [kinds(v) for v in visits(text, "2023-05-10")] == expected


def placed(v: dict) -> tuple:
    return (v["person"]["key"], v["to"], v["place"], v["start"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acts that place the one doing them in a city of the other side
        (
            "Vietnamese Deputy Prime Minister Tran Van Hai laid a wreath at the Tomb of the Unknown Soldier"
            " in Moscow on March 5.",
            [("tran van hai", "RU", "Moscow", "2024-03-05")],
        ),
        (
            "Vietnamese Deputy Prime Minister Tran Van Hai co-chaired the 25th meeting of the"
            " intergovernmental commission in Moscow on March 5.",
            [("tran van hai", "RU", "Moscow", "2024-03-05")],
        ),
        (
            "Russian Deputy Prime Minister Ivan Orlov paid a courtesy call on Prime Minister Pham Van Duc in"
            " Hanoi on March 5.",
            [("orlov", "VN", "Hanoi", "2024-03-05")],
        ),
        (
            "Russian Deputy Prime Minister Ivan Orlov paid tribute to President Ho Chi Minh in Hanoi on"
            " March 5.",
            [("orlov", "VN", "Hanoi", "2024-03-05")],
        ),
        # a gathering opening the sentence without its place: the gazetteer's host
        (
            "On the sidelines of the St Petersburg International Economic Forum, Russian President Ivan"
            " Orlov met Vietnamese Deputy Prime Minister Tran Van Hai on June 6.",
            [("tran van hai", "RU", "Saint Petersburg", "2024-06-06")],
        ),
        # near misses: at home, a resident diplomat, a video link, a third country
        (
            "Prime Minister Pham Van Duc laid a wreath at the Monument to Heroic Martyrs in Hanoi on May 5.",
            [],
        ),
        (
            "Russian Ambassador Ivan Orlov laid a wreath at the Martyrs Monument in Hanoi on March 5.",
            [],
        ),
        (
            "Vietnamese Deputy Prime Minister Tran Van Hai co-chaired the meeting of the commission in Moscow"
            " via video link on March 5.",
            [],
        ),
        (
            "Vietnamese Deputy Prime Minister Tran Van Hai laid a wreath at the war memorial in Vientiane on"
            " March 5.",
            [],
        ),
    ],
)
def test_acts_that_place_the_doer(text: str, expected: list[tuple]) -> None:
    assert [placed(v) for v in visits(text, "2024-06-10")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnamese Deputy Prime Minister Tran Van Hai will head to Moscow next week.",
            [("tran van hai", "RU", "Moscow", "2024-06")],
        ),
        (
            "Russian Foreign Minister Ivan Orlov headed for Hanoi on Tuesday after talks in Jakarta.",
            [("orlov", "VN", "Hanoi", "2024-06-04")],
        ),
        # near misses: a third country, no place
        ("Russian Foreign Minister Ivan Orlov headed to Laos on Tuesday after talks in Jakarta.", []),
        ("Vietnamese Deputy Prime Minister Tran Van Hai said ties headed to a new level.", []),
    ],
)
def test_heading_for_a_place(text: str, expected: list[tuple]) -> None:
    assert [placed(v) for v in visits(text, "2024-06-07")] == expected


# "The Russian guest", "the Vietnamese visitor", "the Russian official": the one person of that side the
# story names (not a resident ambassador); not "a Russian official" (someone), nor a side with two.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian Deputy Prime Minister Olga Belova will visit Vietnam.\nThe Russian guest arrived in"
            " Hanoi on Monday for a three-day official visit.",
            [("belova", "RU", "VN", "2023-05-08", "official")],
        ),
        (
            "Vietnamese Minister Le Van Tam opened the fair.\nThe Vietnamese visitor arrived in Kazan on"
            " Monday.",
            [("le van tam", "VN", "RU", "2023-05-08", "other")],
        ),
        # near misses: someone of the side, an ambassador, two of the side
        (
            "Russian Deputy Prime Minister Olga Belova spoke.\nA Russian official arrived in Hanoi on"
            " Monday.",
            [],
        ),
        (
            "Russian Ambassador Igor Petrov spoke.\nThe Russian official arrived in Hanoi on Monday.",
            [],
        ),
        (
            "Russian Deputy Prime Minister Olga Belova and Minister Igor Petrov spoke.\nThe Russian guest"
            " arrived in Hanoi on Monday.",
            [],
        ),
    ],
)
def test_the_guest_of_a_side(text: str, expected: list[tuple]) -> None:
    assert [(*fields(v), v["start"], v["kind"]) for v in visits(text)] == expected
