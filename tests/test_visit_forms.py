"""Visit forms of issue 18: visits named as nouns, past trips told in passing, attendance on the other
side, meetings that place their participants, delegations received at home. Sentences written for the
tests; each table has near misses that must give no visit (or not that one)."""

from __future__ import annotations

import pytest

from tests.test_visit import visits
from vnru_facts import extract_text
from vnru_facts.normalize.names import person_key


def found(text: str, doc_date: str | None) -> list[tuple]:
    return sorted(
        (v["person"]["key"], v["from"], v["to"], v["place"], v["start"], v["kind"])
        for v in visits(text, doc_date)
    )


def check(text: str, doc_date: str | None, expected: list[tuple]) -> None:
    assert found(text, doc_date) == sorted(expected)


# --- visits named as nouns ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # a possessive owner before a capitalised kind: the name ends at the possessive
        (
            "President Igor Petrov’s State visit to Vietnam in November 2013 was a milestone.",
            "2014-11-20",
            [("petrov", "RU", "VN", None, "2013-11", "state")],
        ),
        (
            "Prime Minister Oleg Belov's Official Visit to Hanoi in May 2019 opened a new chapter.",
            "2020-01-10",
            [("belov", "RU", "VN", "Hanoi", "2019-05", "official")],
        ),
        # several trips listed after the date that governs them all, each with its own kind and place
        (
            "Both sides went over their calendar for 2010, including Party General Secretary Le Duc"
            " Thanh’s official visit to Russia and President Pavel Orlov’s state visit to Viet Nam plus"
            " attendance at the ASEAN-Russia Summit in Ha Noi.",
            "2009-12-17",
            [
                ("le duc thanh", "VN", "RU", None, "2010", "official"),
                ("orlov", "RU", "VN", "Hanoi", "2010", "state"),
            ],
        ),
        # near miss: a possessive names whose the subject is, not the subject ("Putin's aide")
        ("President Igor Petrov’s aide visited Hanoi on Monday.", "2023-05-10", []),
        # near miss: the possessive owns the trip; the people before it are no subjects of it
        (
            "The ministry welcomed the accords struck by Russian President Igor Petrov and Party General"
            " Secretary Nguyen Van Long, and also those struck during Russian Prime Minister Oleg Belov’s"
            " visit to Hanoi in November.",
            "2018-12-10",
            [("belov", "RU", "VN", "Hanoi", "2018-11", "other")],
        ),
    ],
)
def test_visits_named_as_nouns(text: str, doc_date: str, expected: list[tuple]) -> None:
    check(text, doc_date, expected)


def test_a_noun_visit_without_place_joins_the_trip_the_article_placed() -> None:
    # the caption's meeting in Moscow places the trip; "X's official visit" later gives its kind
    text = (
        "Prime Minister Nguyen Van Binh meets Russian President Igor Petrov yesterday in Moscow.\n\n"
        "Petrov said that Binh’s official visit would bring relations to a new height."
    )
    check(text, "2009-12-17", [("nguyen van binh", "VN", "RU", "Moscow", "2009-12-16", "official")])


# --- past trips told in passing ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # dates listed for one trip verb are trips of their own, whatever role was held then
        (
            "Speaker Anna Volkova used to tour Vietnam in 2004 as Governor of Novgorod and in 2013 as"
            " Speaker.",
            "2017-02-20",
            [("volkova", "RU", "VN", None, "2004", "other"), ("volkova", "RU", "VN", None, "2013", "other")],
        ),
        (
            "Minister Oleg Belov visited Vietnam in 2005, 2012 and 2017.",
            "2018-03-01",
            [
                ("belov", "RU", "VN", None, "2005", "other"),
                ("belov", "RU", "VN", None, "2012", "other"),
                ("belov", "RU", "VN", None, "2017", "other"),
            ],
        ),
        (
            "Minister Ivan Sorokin visited Hanoi in May 2005 and again in June 2012.",
            "2018-03-01",
            [
                ("sorokin", "RU", "VN", "Hanoi", "2005-05", "other"),
                ("sorokin", "RU", "VN", "Hanoi", "2012-06", "other"),
            ],
        ),
        (
            "Minister Ivan Sorokin visited Hanoi on March 3, 2019 and on June 1, 2021.",
            "2022-03-01",
            [
                ("sorokin", "RU", "VN", "Hanoi", "2019-03-03", "other"),
                ("sorokin", "RU", "VN", "Hanoi", "2021-06-01", "other"),
            ],
        ),
        # near miss: listed days close together are one trip's
        (
            "Minister Ivan Sorokin visited Hanoi on May 31 and June 1.",
            "2022-07-01",
            [("sorokin", "RU", "VN", "Hanoi", "2022-05-31", "other")],
        ),
        # a "tour of" the other side
        (
            "Minister Ivan Sorokin made a tour of Vietnam in 2015.",
            "2018-03-01",
            [("sorokin", "RU", "VN", None, "2015", "other")],
        ),
        # near miss: the second date is another act's
        (
            "Minister Petr Ivanov visited Hanoi in 2005 and signed a deal in 2012.",
            "2018-03-01",
            [("ivanov", "RU", "VN", "Hanoi", "2005", "other")],
        ),
        # trips counted back from the report: the same month years ago, or only the year
        (
            "Notably, at this time three years ago, Prime Minister Nguyen Van Binh made an official visit to"
            " Russia.",
            "2019-05-22",
            [("nguyen van binh", "VN", "RU", None, "2016-05", "official")],
        ),
        (
            "Minister Oleg Belov visited Hanoi two years ago.",
            "2019-05-22",
            [("belov", "RU", "VN", "Hanoi", "2017", "other")],
        ),
        (
            "Minister Oleg Belov visited Hanoi six months ago.",
            "2019-05-22",
            [("belov", "RU", "VN", "Hanoi", "2018-11", "other")],
        ),
        # "the first time since 2017": the last trip's year, not this one's (under way: the report's month)
        (
            "For the first time since 2016, Rustam Ivanov, the rais of Tatarstan, arrived in Hanoi for"
            " talks.",
            "2025-03-26",
            [("ivanov", "RU", "VN", "Hanoi", "2025-03", "other")],
        ),
    ],
)
def test_past_trips_told_in_passing(text: str, doc_date: str, expected: list[tuple]) -> None:
    check(text, doc_date, expected)


# --- dates of the trip ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # a date that opens the main clause after a framing phrase
        (
            "Within the framework of its working visit to Russia, on October 8, the delegation from Hanoi led"
            " by Tran Van Hai, Vice Chairman of the city People’s Committee, called on the municipal Duma in"
            " Moscow.",
            "2015-10-12",
            [("tran van hai", "VN", "RU", "Moscow", "2015-10-08", "working")],
        ),
        # attendance: the date after the place the attendance's long object ends with
        (
            "Vietnamese Deputy Prime Minister Le Van Tam attended the main session of the 27th St."
            " Petersburg International Economic Forum (SPIEF 27) in Russia on June 7 and met two ministers.",
            "2024-06-10",
            [("le van tam", "VN", "RU", "Saint Petersburg", "2024-06-07", "other")],
        ),
        # a year-less day of an announced trip takes the year the words name, not the next one
        (
            "Prime Minister Nguyen Van Binh will head the Vietnamese delegation at the BRICS Summit 2024"
            " held in Kazan, Russia, on October 23-24.",
            "2024-10-24",
            [("nguyen van binh", "VN", "RU", "Kazan", "2024-10-23", "summit")],
        ),
    ],
)
def test_trip_dates(text: str, doc_date: str, expected: list[tuple]) -> None:
    check(text, doc_date, expected)


# --- meetings that place their participants ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day between the first leader and the act; the place after the second one
        (
            "General Secretary Nguyen Van Long on November 14 held a meeting with Russian Prime Minister"
            " Igor Petrov in Sochi.",
            [("nguyen van long", "VN", "RU", "Sochi", "2022-11-14", "other")],
        ),
        # what the first one did at the meeting
        (
            "The ministry wishes to expand ties, Minister Igor Petrov said in a meeting with his Vietnamese"
            " counterpart Nguyen Van Binh in Moscow on October 3.",
            [("nguyen van binh", "VN", "RU", "Moscow", "2022-10-03", "other")],
        ),
        (
            "Russian Defense Minister Igor Petrov pledged closer cooperation at a meeting with Vietnamese"
            " Deputy Minister Nguyen Van Binh held in Moscow.",
            [("nguyen van binh", "VN", "RU", "Moscow", "2023-05", "other")],
        ),
        # a caption in the present, a communiqué by what the two agreed there
        (
            "Prime Minister Nguyen Van Binh meets Russian President Igor Petrov in Moscow.",
            [("nguyen van binh", "VN", "RU", "Moscow", "2023-05", "other")],
        ),
        (
            "Prime Minister Nguyen Van Binh and Russian President Igor Petrov agreed in Moscow yesterday that"
            " ties would grow.",
            [("nguyen van binh", "VN", "RU", "Moscow", "2023-05-09", "other")],
        ),
        # an opening meeting clause: its partner, named in it, is the one from the other side
        (
            "During his talks with General Igor Petrov, Secretary of the Security Council of the Russian"
            " Federation, in Hanoi on July 25, Minister To Van Lam proposed closer ties.",
            [("petrov", "RU", "VN", "Hanoi", "2022-07-25", "other")],
        ),
        # ... whoever the subject is (a surname the sentence alone does not tell)
        (
            "During his talks with Russian Security Council Secretary Igor Petrov in Hanoi on July 25, Lam"
            " proposed closer ties.",
            [("petrov", "RU", "VN", "Hanoi", "2022-07-25", "other")],
        ),
        (
            "In a working session with Vietnamese Deputy Minister Le Van Tam in Moscow, the ministry's"
            " officials discussed training.",
            [("le van tam", "VN", "RU", "Moscow", "2023-05", "other")],
        ),
        # ... or its subject
        (
            "At a meeting of the intergovernmental commission’s co-chairs in Hanoi, Russian Deputy Prime"
            " Minister Igor Petrov pointed to growing tourist numbers.",
            [("petrov", "RU", "VN", "Hanoi", "2023-05", "other")],
        ),
        # near misses: a third country, a call, both at home, one side only
        ("Prime Minister Nguyen Van Binh had talks with Russian Prime Minister Igor Petrov in Beijing.", []),
        (
            "Prime Minister Nguyen Van Binh had phone talks with Russian Prime Minister Igor Petrov in"
            " Hanoi.",
            [],
        ),
        (
            "At a meeting with Vietnamese Ambassador Nguyen Van Binh in Moscow, Russian Minister Igor Petrov"
            " praised the ties.",
            [],
        ),
        (
            "At the meeting, the sides agreed to open an office in Hanoi, Russian Minister Igor Petrov said.",
            [],
        ),
        (
            "During his talks with Russian Minister Igor Petrov in Laos, Minister Nguyen Van Binh proposed"
            " closer ties.",
            [],
        ),
        # a partner at home, no subject read: no one travels
        ("During his talks with Vietnamese Minister Le Van Tam in Hanoi, Lam proposed closer ties.", []),
    ],
)
def test_meetings_place_their_participants(text: str, expected: list[tuple]) -> None:
    check(text, "2023-05-10", expected)


@pytest.mark.parametrize(
    "text",
    [
        # a third country's leader meeting one side's at home, or the two abroad
        "Chinese Premier Li Qiang met Vietnamese Prime Minister Nguyen Van Binh in Hanoi on Monday.",
        "During his talks with Chinese President Wang Wei in Moscow, Russian President Igor Petrov said ties"
        " grew.",
        "Governor Igor Petrov received a Chinese delegation led by Vice Minister Wang Lei.",
        "At a meeting with Lao Prime Minister Sonexay Siphandone in Vientiane, Prime Minister Nguyen Van Binh"
        " spoke.",
    ],
)
def test_third_countries_give_no_visit(text: str) -> None:
    check(text, "2023-05-10", [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trip verb in a participle clause belongs to the main clause's subject
        (
            "Prime Minister Nguyen Van Binh received Deputy Prime Minister Igor Petrov right after arriving"
            " in"
            " Kazan city on October 23 to attend the BRICS Summit.",
            [("nguyen van binh", "VN", "RU", "Kazan", "2024-10-23", "summit")],
        ),
        (
            "President Nguyen Van Long thanked Russian Minister Igor Petrov upon arriving in Moscow on"
            " October"
            " 22.",
            [("nguyen van long", "VN", "RU", "Moscow", "2024-10-22", "other")],
        ),
        # near miss: a participle of a trip home
        ("Russian Minister Igor Petrov thanked Vietnamese guests after arriving in Moscow.", []),
    ],
)
def test_participle_clauses(text: str, expected: list[tuple]) -> None:
    check(text, "2024-10-24", expected)


# --- delegations received at home, or working on the other side -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the host's city, from the host's title
        (
            "Vice Chairman of HCMC People’s Committee Duong Van Phuc on November 17 held a working session"
            " with a Saint Petersburg delegation led by Zhukov Sergei Pavlovich, Chairman of the"
            " city’s Committee for Foreign Ties.",
            [("zhukov", "RU", "VN", "Ho Chi Minh City", "2023-11-17", "other")],
        ),
        # a place the words name
        (
            "Governor Igor Petrov received a Vietnamese delegation headed by Deputy Minister Nguyen Van"
            " Binh in"
            " Kaluga on Monday.",
            [("nguyen van binh", "VN", "RU", "Kaluga", "2023-12-04", "other")],
        ),
        (
            "Russian Deputy Minister Igor Petrov met with the delegation of the Vietnamese National Assembly"
            " led by Vice Chairman Tran Van Hai.",
            [("tran van hai", "VN", "RU", None, "2023-12", "other")],
        ),
        # near misses: a third country, a resident host or guest, a video link, one side only
        (
            "Russian Deputy Minister Igor Petrov met with a Vietnamese delegation led by Deputy Minister"
            " Nguyen"
            " Van Binh in Vientiane.",
            [],
        ),
        (
            "Russian Ambassador Igor Petrov received a delegation of the Vietnamese Red Cross led by Chairman"
            " Nguyen Van Binh.",
            [],
        ),
        (
            "Governor Igor Petrov received a group from the Vietnamese Embassy in Moscow, headed by"
            " Ambassador Nguyen Van Binh.",
            [],
        ),
        (
            "Minister Nguyen Van Long held online talks with a Russian delegation led by Deputy Minister"
            " Igor Petrov.",
            [],
        ),
        ("Governor Igor Petrov received a delegation of Kaluga businesses led by Director Oleg Belov.", []),
        # a working session on the other side, past the partners it names
        (
            "A delegation from the oil firm PVEP, led by its Members Council Chairman Nguyen Minh Duc, on"
            " April 11 held a working session with managers of Russia’s Zarubezhneft in Russia.",
            [("nguyen minh duc", "VN", "RU", None, "2023-04-11", "other")],
        ),
        # near miss: a working session at home
        ("Deputy Minister Nguyen Van Long held a working session in Hanoi with Russia’s Novatek.", []),
    ],
)
def test_delegations(text: str, expected: list[tuple]) -> None:
    check(text, "2023-12-05", expected)


# --- the people these forms name --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's place is no one's name
        (
            "Speaker Anna Volkova was Governor of Saint Petersburg and a minister.",
            [("Anna Volkova", "Speaker")],
        ),
        # an abbreviation in brackets inside the institution's name
        (
            "General Secretary of the Communist Party of Viet Nam (CPV) Central Committee To Van Lam spoke.",
            [("To Van Lam", "General Secretary")],
        ),
        # a lower-case level of government before the institution
        (
            "The group was headed by Chairman of the provincial People’s Council Le Van Khoa.",
            [("Le Van Khoa", "Chairman")],
        ),
        (
            "Vice Chairman of the municipal People’s Committee Tran Thi Hoa spoke.",
            [("Tran Thi Hoa", "Vice Chairman")],
        ),
        # a regional head's title
        ("Rustam Ivanov, the rais of Tatarstan, spoke.", [("Rustam Ivanov", "Rais")]),
        # a Vietnamese given name spelled like a word of "Viet Nam", which is no later mention of him
        (
            "Chairman Tran Quoc Viet spoke. President Oleg Belov visited Viet Nam.",
            [("Tran Quoc Viet", "Chairman"), ("Oleg Belov", "President")],
        ),
    ],
)
def test_people_of_these_forms(text: str, expected: list[tuple]) -> None:
    people = extract_text(text).documents[0].people
    assert [(p.name, p.role) for p in people] == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Grigoriev Evgeny Dmitrievich", "grigoriev"),  # surname first, patronymic last
        ("Saposnikov Sergey Semyonovich", "saposnikov"),
        ("Vladimir Vladimirovich Putin", "putin"),  # patronymic in the middle
        ("Nong Duc Manh", "nong duc manh"),  # a rarer Vietnamese family name
        ("Ton Duc Thang", "ton duc thang"),
    ],
)
def test_person_keys(name: str, key: str) -> None:
    assert person_key(name) == key


# --- trip words that name no trip, and the clause a trip's dates lie in ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an invitation is not yet a trip
        (
            "He passed on the Federation Council Speaker's invitation to Ms. Nguyen Thi Hoa to attend a"
            " youth parliament forum in Russia next spring.",
            [],
        ),
        ("President Nguyen Van Long invited President Igor Petrov to visit Vietnam.", []),
        ("Minister Igor Petrov received an invitation to visit Hanoi in the autumn.", []),
        # ... unless accepted, or the trip is told besides
        (
            "President Igor Petrov has accepted the invitation to visit Vietnam next month.",
            [("petrov", "RU", "VN", None, "2012-08", "other")],
        ),
        (
            "Prime Minister Nguyen Van Binh arrived in Moscow on Monday at the invitation of Prime Minister"
            " Igor Petrov to attend the forum.",
            [("nguyen van binh", "VN", "RU", "Moscow", "2012-07-23", "other")],
        ),
        (
            "At the invitation of President Igor Petrov, Prime Minister Nguyen Van Binh will pay an official"
            " visit to Russia next month.",
            [("nguyen van binh", "VN", "RU", None, "2012-08", "official")],
        ),
        # the anniversary of a historic arrival
        (
            "The city marked the 100th anniversary of President Ho Van Minh's first arrival in Saint"
            " Petersburg.",
            [],
        ),
        # a later clause's year is not the trip's
        (
            "First crude was due during President Nguyen Van Long's visit to Russia this week, and production"
            " should reach 2 million tonnes in 2014.",
            [("nguyen van long", "VN", "RU", None, "2012-07", "other")],
        ),
        # near miss: a list of dates after a comma is still the trip's
        (
            "Minister Oleg Belov visited Hanoi in May, and again in June.",
            [
                ("belov", "RU", "VN", "Hanoi", "2012-05", "other"),
                ("belov", "RU", "VN", "Hanoi", "2012-06", "other"),
            ],
        ),
    ],
)
def test_trip_words_that_name_no_trip(text: str, expected: list[tuple]) -> None:
    check(text, "2012-07-29", expected)


# --- attendance on the other side ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # a gathering referred back to: the one recurring event the article names
        (
            "Vietnam is among 130 countries at the St. Petersburg International Economic Forum that opened on"
            " June 5.\n\nDeputy Prime Minister Tran Van Quang is heading the Vietnamese delegation at the"
            " forum.",
            "2024-06-05",
            [("tran van quang", "VN", "RU", "Saint Petersburg", "2024-06", "other")],
        ),
        (
            "Leaders gathered in Kazan for the BRICS Summit.\n\nVietnamese Prime Minister Pham Van Duc and"
            " other leaders attended the event on October 23.",
            "2024-10-24",
            [("pham van duc", "VN", "RU", "Kazan", "2024-10-23", "summit")],
        ),
        # near miss: two events named, "the forum" is neither for sure
        (
            "The Eastern Economic Forum and the St. Petersburg International Economic Forum drew crowds.\n\n"
            "Deputy Prime Minister Tran Van Quang is heading the Vietnamese delegation at the forum.",
            "2024-06-05",
            [],
        ),
        # a speech delivered there; the date after the place and its bracket and country
        (
            "Chairman of the Economic Commission Tran Van Tuan delivered a speech at the opening session of"
            " the 21st International Economic Forum in St. Petersburg (SPIEF-2017), Russia on June 1.",
            "2017-06-03",
            [("tran van tuan", "VN", "RU", "Saint Petersburg", "2017-06-01", "other")],
        ),
        # "the city of"
        (
            "President Tran Van Quang met Russian veterans and visited the city of St. Petersburg on July 1.",
            "2017-07-05",
            [("tran van quang", "VN", "RU", "Saint Petersburg", "2017-07-01", "other")],
        ),
        # a landmark named after a person is no one there
        (
            "President Tran Van Quang laid wreaths at the President Ho Chi Minh Statue and visited the city"
            " of"
            " St. Petersburg.",
            "2017-07-05",
            [("tran van quang", "VN", "RU", "Saint Petersburg", None, "other")],
        ),
        # near miss: a speech at home
        (
            "Deputy Prime Minister Tran Van Quang delivered a speech at the opening of a forum in Hanoi.",
            "2024-06-05",
            [],
        ),
    ],
)
def test_attendance_on_the_other_side(text: str, doc_date: str, expected: list[tuple]) -> None:
    check(text, doc_date, expected)


# --- who owns a trip word ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "his visiting counterpart Y": Y is the visitor, the host is at home
        (
            "Russian Foreign Minister Igor Petrov held talks with his visiting Vietnamese counterpart Pham"
            " Van"
            " Khiem in Moscow on Monday.",
            [("pham van khiem", "VN", "RU", "Moscow", "2024-06-17", "other")],
        ),
        (
            "President Nguyen Van Long hosted visiting Russian Security Council Secretary Igor Petrov in"
            " Hanoi"
            " on June 18.",
            [("petrov", "RU", "VN", "Hanoi", "2024-06-18", "other")],
        ),
        # a visiting guest is on the side of whoever of the other side the sentence names with them
        (
            "Vietnamese Deputy Prime Minister Tran Van Dung told his visiting Russian counterpart Igor Petrov"
            " that Vietnam treasures the ties.",
            [("petrov", "RU", "VN", None, "2024-06", "other")],
        ),
        # a trip no place names goes to the side of the host the sentence names
        (
            "Russian President Igor Petrov signed several accords with his Vietnamese counterpart To Van Lam"
            " during a state visit meant to widen Moscow’s reach in Asia.",
            [("petrov", "RU", "VN", None, "2024-06", "state")],
        ),
        # near miss: the relative clause's trip is its subject's, not the host's
        (
            "Russian President Igor Petrov will hold talks on Friday with General Secretary Hoang Van Trung,"
            " who is on an official trip to Russia from June 17 through June 22.",
            [("hoang van trung", "VN", "RU", None, "2024-06-17", "official")],
        ),
        # near miss: an invitation's author after the trip is no owner of it
        (
            "President Igor Petrov is paying a state visit to Vietnam from June 18-21 at an invitation of"
            " General Secretary Hoang Van Trung.",
            [("petrov", "RU", "VN", None, "2024-06-18", "state")],
        ),
        # near miss: a host at home, the words placing the talks there
        (
            "Russian Foreign Minister Igor Petrov held talks with his counterparts in Moscow during a visit.",
            [],
        ),
    ],
)
def test_who_owns_a_trip_word(text: str, expected: list[tuple]) -> None:
    check(text, "2024-06-20", expected)
