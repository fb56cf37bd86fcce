"""A title, an institution's name, then a person's name: "Chairman of the X Association Nguyen Van A".

The institution's name and the person's are one run of capitalised words; only the shape of names
splits it (``person_forms.name_after_institution``). Sentences and names written for the tests.
"""

from __future__ import annotations

import pytest

from tests.test_persons import people
from tests.test_visit import summary, visits
from vnru_facts.extract.components.person_forms import name_after_institution


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Vietnamese name after an institution whose name ends in a capitalised noun
        (
            "Chairman of the Vietnam-Russia Friendship Association Tran Van Khoa arrived.",
            [("Tran Van Khoa", "Chairman", "VN")],  # both sides' institution: the name tells the side
        ),
        # a family name inside the institution's name ("Ho" of Ho Chi Minh City) is not the person's
        (
            "Chairman of the Ho Chi Minh City People's Committee Le Quang Vinh spoke.",
            [("Le Quang Vinh", "Chairman", "VN")],
        ),
        # a Russian name after an agency's name
        (
            "Director of the Russian Trade Promotion Center Irina Sokolova spoke.",
            [("Irina Sokolova", "Director", "RU")],
        ),
        ("Head of the Federal Fisheries Agency Pavel Lebedev spoke.", [("Pavel Lebedev", "Head", "RU")]),
        # "for" inside the title or the institution's name
        (
            "Minister for Economic Development Oleg Frolov spoke.",
            [("Oleg Frolov", "Minister", "RU")],
        ),
        (
            "Head of the Party Central Committee's Commission for External Relations Pham Thi Lan spoke.",
            [("Pham Thi Lan", "Head", "VN")],
        ),
        # "and" inside the institution's name
        (
            "Minister of Agriculture and Rural Development Do Van Hieu spoke.",
            [("Do Van Hieu", "Minister", "VN")],
        ),
        # a patronymic, and an initial, make three words
        (
            "Chairman of the Regional Duma of Kaluga Oblast Ivan Petrovich Zotov spoke.",
            [("Ivan Petrovich Zotov", "Chairman", "RU")],
        ),
        (
            "Governor of Tomsk Oblast Andrei V. Kostin arrived.",
            [("Andrei V. Kostin", "Governor", "RU")],
        ),
        # the sentence goes on after the name: "on May 5", a full stop
        (
            "Mayor of Kazan Ilya Garin on May 5 signed the plan. It was a first.",
            [("Ilya Garin", "Mayor", "RU")],
        ),
        # a Party post
        (
            "Permanent member of the Secretariat of the Communist Party of Vietnam Hoang Minh Duc arrived.",
            [("Hoang Minh Duc", "Secretariat member", "VN")],
        ),
        ("Politburo member Hoang Minh Duc arrived.", [("Hoang Minh Duc", "Politburo member", "VN")]),
        # a given name spelled like the "Nam" of "Viet Nam"
        ("Deputy Prime Minister Vu Van Nam arrived.", [("Vu Van Nam", "Deputy Prime Minister", "VN")]),
    ],
)
def test_the_name_after_an_institution(text: str, expected: list[tuple]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near miss: "and" before a second person's title ends the first institution's name
        (
            "Prime Minister of Vietnam and Russian President Boris Lenov held talks.",
            [("Boris Lenov", "President", "RU")],
        ),
        # near miss: the person named after a comma, not the last words of the institution's name
        (
            "The Director of Moscow's Department of Trade and Industrial Policy, Alexander Orlov, spoke.",
            [("Alexander Orlov", "Director", "RU")],
        ),
        # near miss: a title and an institution's name with no person after them (the person is the
        # one before the comma)
        (
            "Ivan Zotov, Head of the Department for External and International Relations, spoke.",
            [("Ivan Zotov", "Head", "RU")],
        ),
        ("He met the Chairman of the Management Board on Monday.", []),
    ],
)
def test_no_name_is_made_of_an_institutions_words(text: str, expected: list[tuple]) -> None:
    assert [p for p in people(text) if p[1] is not None or p[2] is not None] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Federal Fisheries Agency Pavel Lebedev spoke", "Pavel Lebedev"),
        ("Hanoi People's Committee Vu Thi Mai said", "Vu Thi Mai"),
        ("Russia Putin arrived", "Putin"),
        ("Central Committee of the Party Chyong Thi Lan. It", "Chyong Thi Lan"),
        ("Trade and Industrial Policy, Alexander Orlov", None),
        ("External and International Relations, spoke", None),
    ],
)
def test_name_after_institution_reads_the_whole_run(text: str, name: str | None) -> None:
    found = name_after_institution(text, 0)
    assert (text[found[0] : found[1]] if found else None) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Permanent member of the Secretariat of the Communist Party of Vietnam Hoang Minh Duc led a"
            " high-level delegation to Moscow on May 3-4.",
            [("hoang minh duc", "VN", "RU", "2023-05-03")],
        ),
        (
            "Chairman of the Hanoi People's Committee Vu Van Nam led a delegation to Moscow on May 3-4.",
            [("vu van nam", "VN", "RU", "2023-05-03")],
        ),
        (
            "Governor of Tomsk Oblast Andrei Kostin arrived in Hanoi on May 3 for a working visit.",
            [("kostin", "RU", "VN", "2023-05-03")],
        ),
    ],
)
def test_visits_of_officials_named_after_their_institution(text: str, expected: list[tuple]) -> None:
    assert sorted(summary(v) for v in visits(text, "2023-05-10")) == expected
