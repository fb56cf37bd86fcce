"""Trips told by where they go rather than by a place: the premises of a firm of the other side
("visited the headquarters of Gazprom"), and attendance of the gathering the story has named ("attended
the forum", "Attending the forum were X, Y and Z"). Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.test_visit import visits


def placed(text: str, doc_date: str | None = "2025-03-10") -> list[tuple]:
    return sorted((v["person"]["key"], v["from"], v["to"], v["place"]) for v in visits(text, doc_date))


# --- the premises of a firm of the other side -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the premises after the firm, a legal form and quotes around its name
        (
            "A delegation headed by Deputy Prime Minister Le Van Thanh paid a visit to the JSC “Zarubezhneft”"
            " office.",
            [("le van thanh", "VN", "RU", None)],
        ),
        # the premises before the firm
        (
            "Deputy Prime Minister Le Van Thanh visited the headquarters of Gazprom.",
            [("le van thanh", "VN", "RU", None)],
        ),
        ("Deputy Prime Minister Le Van Thanh toured the Kamaz plant.", [("le van thanh", "VN", "RU", None)]),
        # a Russian official at a Vietnamese firm
        (
            "Russian Deputy Prime Minister Pavel Sokolov visited the Petrovietnam headquarters.",
            [("sokolov", "RU", "VN", None)],
        ),
        # the sentence naming the delegation's own country does not make it a trip home
        (
            "A delegation from Vietnam headed by Deputy Prime Minister Le Van Thanh paid a visit to the"
            " Zarubezhneft office.",
            [("le van thanh", "VN", "RU", None)],
        ),
    ],
)
def test_premises_of_a_firm_of_the_other_side(text: str, expected: list[tuple]) -> None:
    assert placed(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the premises are where the place named says: at home
        "Deputy Prime Minister Le Van Thanh visited the Hanoi office of Gazprom.",
        "Deputy Prime Minister Le Van Thanh visited the Gazprom office in Hanoi.",
        # a firm of the traveller's own side
        "Deputy Prime Minister Le Van Thanh visited the Petrovietnam headquarters.",
        # a firm named, but no premises visited
        "Deputy Prime Minister Le Van Thanh visited Gazprom chief Alexei Miller's hometown friends.",
        "Deputy Prime Minister Le Van Thanh met Gazprom chief Alexei Miller.",
    ],
)
def test_premises_near_misses(text: str) -> None:
    assert placed(text) == []


# --- attendance of the gathering the story named -------------------------------------------------------

_MOSCOW_FORUM = (
    "MOSCOW — Officials urged the two countries to support mutual investment during the Vietnam-Russia"
    " Business Forum held on Sunday in Moscow.\n\n"
)
_HANOI_FORUM = "HANOI — A business forum was held in Hanoi on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those present told after the attendance: only the guest of the other side is on a trip; a
        # resident ambassador and the host's officials are not
        (
            _MOSCOW_FORUM + "Attending the forum were Party General Secretary To Lam, Russian Deputy Prime"
            " Minister Pavel Sokolov and Vietnamese Ambassador to Russia Dang Minh Khoi.",
            [("to lam", "VN", "RU", "Moscow")],
        ),
        # "Also attending the ceremony was X"
        (
            _HANOI_FORUM + "Also attending the forum was Russian Deputy Prime Minister Pavel Sokolov.",
            [("sokolov", "RU", "VN", "Hanoi")],
        ),
        # the attendance told with its subject first
        (
            _MOSCOW_FORUM + "Party General Secretary To Lam and Russian Deputy Prime Minister Pavel Sokolov"
            " attended the forum.",
            [("to lam", "VN", "RU", "Moscow")],
        ),
        (
            _HANOI_FORUM + "Russian Deputy Prime Minister Pavel Sokolov took part in the forum.",
            [("sokolov", "RU", "VN", "Hanoi")],
        ),
        # speaking there
        (
            _HANOI_FORUM + "Russian Deputy Prime Minister Pavel Sokolov delivered a speech at the forum.",
            [("sokolov", "RU", "VN", "Hanoi")],
        ),
        (
            _HANOI_FORUM + "Russian Deputy Prime Minister Pavel Sokolov addressed the forum.",
            [("sokolov", "RU", "VN", "Hanoi")],
        ),
        # the gathering placed by the attendance's own words
        (
            "Attending the forum in Moscow were Party General Secretary To Lam and Russian Deputy Prime"
            " Minister Pavel Sokolov.",
            [("to lam", "VN", "RU", "Moscow")],
        ),
        # the gathering of the lead, not the trip the story speaks of later: the Russian officials
        # attending a meeting in Kazan are at home, though the story mentions a trip to Vietnam
        (
            "On the sidelines of the BRICS Summit in Kazan, the President of Russia met Prime Minister of"
            " Vietnam Pham Minh Chinh.\nAttending the meeting on the Russian side were Foreign Minister"
            " Sergei Lavrov and Deputy Prime Minister Alexei Overchuk.\nPutin said he looked forward to his"
            " visit to Vietnam.",
            [("pham minh chinh", "VN", "RU", "Kazan")],
        ),
    ],
)
def test_attendance_of_the_gathering_the_story_named(text: str, expected: list[tuple]) -> None:
    assert placed(text, "2025-01-13") == expected


@pytest.mark.parametrize(
    "text",
    [
        # those present at a gathering at home
        _HANOI_FORUM + "Attending the forum were Party General Secretary To Lam and Vietnamese Ambassador to"
        " Russia Dang Minh Khoi.",
        _MOSCOW_FORUM + "Russian Deputy Prime Minister Pavel Sokolov attended the forum.",
        _HANOI_FORUM + "Vietnamese Deputy Prime Minister Tran Hong Ha addressed the forum.",
        # a gathering nobody placed
        "Party General Secretary To Lam attended the forum.",
        # attending no gathering told before ("attended a forum" is not the story's)
        _MOSCOW_FORUM + "Party General Secretary To Lam attended a reception in Hanoi on Friday.",
    ],
)
def test_attendance_near_misses(text: str) -> None:
    assert placed(text, "2025-01-13") == []
