"""Visits told through the story's occasion rather than in one sentence: "the visit" and "his trip"
read as the article's trip of the person in focus, sessions co-chaired where the story's event is held,
captions and meetings placed by a city, signings on one side's territory, delegations and their
leaders. Each case is a short article written for the tests (several sentences: the visit named in one,
referred to in another), with the near misses that must give no visit: a trip to a third country, a
call, a resident ambassador, an invitation, another year, two people of one side.
"""

from __future__ import annotations

import pytest

from tests.test_visit import visits

REPORT = "2023-05-10"


def trips(text: str, doc_date: str | None = REPORT) -> list[tuple]:
    """(key, from, to, place) of each visit, in order."""
    return [(v["person"]["key"], v["from"], v["to"], v["place"]) for v in visits(text, doc_date)]


def dated(text: str, doc_date: str | None = REPORT) -> list[tuple]:
    """(key, to, start) of each visit, in order."""
    return [(v["person"]["key"], v["to"], v["start"]) for v in visits(text, doc_date)]


# --- "the visit", "his trip": the article's trip and the person in focus --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the setting before the subject, the hosts of the other side named after
        (
            "Relations keep growing. During the visit, Vietnamese President Nguyen Van Long held talks with"
            " Russian President Igor Petrov and met Russian Prime Minister Oleg Belov.",
            [("nguyen van long", "VN", "RU", None)],
        ),
        # "his visit" before the subject, and a planned meeting
        (
            "Russia will write off part of the debt. During his visit, President Igor Petrov is also to"
            " meet Prime Minister Nguyen Van Binh and Party chief Le Van Tam.",
            [("petrov", "RU", "VN", None)],
        ),
        # a verb with no place after it: the sentence names the other side's territory
        (
            "Two oil firms will sign a contract for a field on Vietnam's shelf when President Igor Petrov"
            " visits in late October, an executive said.",
            [("petrov", "RU", "VN", None)],
        ),
        # "his visit to <place>" after a host: the person it points back to is from the other side
        (
            "On behalf of the Vietnamese Government, I warmly welcome Prime Minister of Russia Pavel Orlov"
            " within the framework of his official visit to Vietnam this week.",
            [("orlov", "RU", "VN", None)],
        ),
    ],
)
def test_the_visit_read_from_the_sentence(text: str, expected: list[tuple]) -> None:
    assert trips(text, None) == expected


def test_the_visit_joins_the_trip_named_elsewhere() -> None:
    text = (
        "President Nguyen Van Long paid an official visit to Russia from May 2 to 4. During the visit,"
        " President Nguyen Van Long held talks with Russian President Igor Petrov. He also laid flowers at"
        " the memorial."
    )
    assert dated(text) == [("nguyen van long", "RU", "2023-05-02")]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Petrov in Hanoi for talks", [("petrov", "RU", "VN", "Hanoi")]),
        # near misses: no one is "in" the place, or the place is a third country's
        ("Trade in Hanoi grows", []),
        ("Petrov in Beijing for talks", []),
    ],
)
def test_a_headlines_person_in_a_place_sets_the_story(headline: str, expected: list[tuple]) -> None:
    text = (
        f"{headline}\nRussian Foreign Minister Igor Petrov held talks with his Vietnamese counterpart Tran"
        " Van Son on Tuesday."
    )
    assert trips(text) == expected


def test_the_visit_goes_where_the_story_is_held() -> None:
    text = (
        "HANOI, May 9 (VNA) - Relations keep growing. When Russian Deputy Prime Minister Igor Petrov"
        " visits, the two firms will sign the contract."
    )
    assert trips(text) == [("petrov", "RU", "VN", "Hanoi")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HANOI, May 9 (VNA) - Trade grew. When Russian Deputy Prime Minister Igor Petrov visits next"
            " month, the firms will sign.",
            [("petrov", "VN", "2023-06")],
        ),
        # near miss: a trip of another year is not the story's, and the sentence points nowhere
        (
            "HANOI, May 9 (VNA) - Trade grew. Russian Deputy Prime Minister Igor Petrov, who visited in 2019,"
            " praised the ties.",
            [],
        ),
    ],
)
def test_a_journey_with_no_place_in_the_storys_year_goes_where_the_story_is(
    text: str, expected: list
) -> None:
    assert dated(text, "2023-05-09") == expected


def test_a_trip_sentence_refers_back_to_the_person_in_focus() -> None:
    text = (
        "Vietnamese Defence Minister Nguyen Van Hung took office in April. The trip to Russia was his first"
        " abroad as minister."
    )
    assert trips(text) == [("nguyen van hung", "VN", "RU", None)]


def test_the_delegation_as_subject_stands_for_the_person_in_focus() -> None:
    text = (
        "Vietnamese Deputy minister Tran Van Son talked about student exchanges. Later that day, the"
        " delegation visited two leading institutes in Russia."
    )
    assert trips(text) == [("tran van son", "VN", "RU", None)]


@pytest.mark.parametrize(
    "text",
    [
        # the person in focus is the host, of another side than the delegation named
        "Russian Deputy Minister Igor Petrov received the guests. On the same day, the Vietnamese delegation"
        " visited some top universities in Russia.",
        # the person in focus is the host, and the trip is on his own side
        "Russian Deputy Minister Igor Petrov received the guests. The delegation then visited Moscow State"
        " University in Moscow.",
        # the person in focus is a resident ambassador
        "Vietnamese Ambassador Tran Van Son spoke. The delegation then visited universities in Russia.",
        # the delegation's words name a province of the other side than the person in focus
        "Russian Deputy Minister Igor Petrov met the guests. The Lao Cai delegation then visited the"
        " Vietnamese Embassy in Russia.",
    ],
)
def test_the_delegation_that_stands_for_no_one_in_focus(text: str) -> None:
    assert visits(text) == []


def test_a_pronoun_opening_a_sentence_stands_for_the_person_in_focus() -> None:
    text = (
        "Russian Speaker Anna Volkova will pay an official visit from November 13-14. Her visit comes"
        " at the invitation of Vietnamese National Assembly Chairman Nguyen Van Hung."
    )
    assert [(v["person"]["key"], v["to"], v["start"], v["kind"]) for v in visits(text)] == [
        ("volkova", "VN", "2023-11-13", "official")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the person in focus is a resident ambassador
        "Russian Ambassador Anna Volkova spoke to reporters. Her visit comes at the invitation of"
        " Vietnamese National Assembly Chairman Nguyen Van Hung.",
        # the host is of the traveller's side
        "Russian Speaker Anna Volkova spoke to reporters. Her visit comes at the invitation of"
        " Russian Deputy Speaker Oleg Belov.",
        # no one in focus: two people share the subject
        "Russian Speaker Anna Volkova and Russian Deputy Speaker Oleg Belov spoke to reporters. Her visit"
        " comes at the invitation of Vietnamese National Assembly Chairman Nguyen Van Hung.",
        # a call
        "Russian Speaker Anna Volkova spoke to reporters. Her phone call came at the invitation of"
        " Vietnamese National Assembly Chairman Nguyen Van Hung.",
    ],
)
def test_a_pronoun_that_stands_for_no_traveller(text: str) -> None:
    assert visits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the story's trip goes to a third country
        "Russian Foreign Minister Igor Petrov arrived in Beijing on Monday. During the visit, Petrov held"
        " talks with Vietnamese Foreign Minister Nguyen Van Hung.",
        # ... said by the sentence itself
        "During his visit to Beijing, Russian Foreign Minister Igor Petrov met Vietnamese Foreign Minister"
        " Nguyen Van Hung.",
        # a call
        "During the phone call, Russian Foreign Minister Igor Petrov told Vietnamese Foreign Minister Nguyen"
        " Van Hung about the visit.",
        # a resident ambassador
        "During his visit, Russian Ambassador Igor Petrov met Vietnamese Foreign Minister Nguyen Van Hung.",
        # an invitation, not a trip
        "President Nguyen Van Long invited Russian President Igor Petrov to visit at a convenient time.",
        # two people of one side
        "During the visit, Russian Foreign Minister Igor Petrov held talks with Russian Prime Minister Oleg"
        " Belov.",
        # the host receives: the subject is no traveller
        "During the visit, Vietnamese President Nguyen Van Long received Russian Minister Igor Petrov.",
        # someone speaking of another's trip
        "President Nguyen Van Long paid an official visit to Russia. Russian Speaker Anna Volkova said"
        " Russia attaches great importance to this visit for the Russia-Vietnam partnership.",
        # the person in focus is a resident ambassador, or on the side the trip goes to
        "Vietnamese Ambassador Nguyen Van Hung took office in April. The trip to Russia was his first.",
        "Russian Defence Minister Igor Petrov took office in April. The trip to Russia was his first.",
        # the person in focus is named too long before
        "Vietnamese Defence Minister Nguyen Van Hung took office in April. Trade rose. Prices fell. Exports"
        " grew. Imports fell. The trip to Russia was his first abroad.",
        # the one named before the trip sentence is not its subject (the host who invited)
        "This visit takes place at the invitation of Vietnamese Chairman Nguyen Van Hung. The trip was first"
        " planned for June but postponed due to events in Russia.",
    ],
)
def test_no_trip_of_the_story(text: str) -> None:
    assert [v for v in visits(text) if v["to"] is not None and v["person"]["key"] != "nguyen van long"] == []


def test_predicates_listed_with_semicolons_share_their_subject() -> None:
    text = (
        "President Nguyen Van Long laid wreaths at the memorial; delivered a speech at the business forum;"
        " met veterans who had worked in Vietnam; and visited the city of St. Petersburg."
    )
    assert trips(text) == [("nguyen van long", "VN", "RU", "Saint Petersburg")]


def test_a_semicolon_before_a_new_subject_ends_the_clause() -> None:
    text = (
        "President Nguyen Van Long laid wreaths at the memorial; Minister Tran Van Son visited the city of"
        " St. Petersburg."
    )
    assert trips(text) == [("tran van son", "VN", "RU", "Saint Petersburg")]


# --- sessions co-chaired where the story's event is held -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event held in a city, the heads of both delegations named
        (
            "The 12th meeting of the intergovernmental committee took place in Kazan city in Russia on May"
            " 4. Deputy Prime Minister Tran Van Son and First Deputy Prime Minister Igor Petrov led the"
            " Vietnamese and Russian delegations, respectively, at the meeting.",
            [("tran van son", "VN", "RU", "Kazan")],
        ),
        # the dateline places it; the co-chairs in a relative clause, a photo caption before
        (
            "Deputy Prime Minister Tran Van Son (L) and his Russian counterpart Igor Petrov at the meeting.\n"
            "Moscow (VNA) - The two countries agreed to boost trade at the session of their committee.\n"
            "Deputy Prime Minister Tran Van Son and his Russian counterpart Igor Petrov, who co-chaired the"
            " meeting, discussed energy.",
            [("tran van son", "VN", "RU", "Moscow")],
        ),
        # the story's event took place in Vietnam: the Russian head is the guest
        (
            "The sixth strategic dialogue was held in Ho Chi Minh City on May 7. Deputy Foreign Minister Le"
            " Van Hoa led the Vietnamese side, while Russia's delegation was headed by Deputy Minister of"
            " Foreign Affairs Igor Petrov.",
            [("petrov", "RU", "VN", "Ho Chi Minh City")],
        ),
        # the gathering told as chaired by the two, its place named in the sentence before
        (
            "HANOI, May 7 - A business forum took place in Hanoi on May 6. Chaired by Deputy Prime Minister"
            " Tran Van Son and his Russian counterpart Igor Petrov, the forum held four round tables.",
            [("petrov", "RU", "VN", "Hanoi")],
        ),
        (
            "The committee's session took place in Kazan on May 4. It was co-chaired by Deputy Prime"
            " Minister Tran Van Son and Deputy Prime Minister Igor Petrov.",
            [("tran van son", "VN", "RU", "Kazan")],
        ),
        # a meeting placed by a relative clause after its partner
        (
            "MOSCOW, May 9 (TASS) - Ties will grow, Russian Minister Igor Petrov said at a meeting with"
            " Vietnamese Deputy Minister Senior Lieutenant General, Le Van Tam, which took place in Moscow on"
            " Monday.",
            [("le van tam", "VN", "RU", "Moscow")],
        ),
    ],
)
def test_heads_of_delegations_at_the_story_event(text: str, expected: list[tuple]) -> None:
    assert trips(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # held in a third country
        "HANOI, May 5 (VNA) - The 9th session of the committee was held in Beijing on May 4. Deputy Prime"
        " Minister Tran Van Son and Deputy Prime Minister Igor Petrov co-chaired the session.",
        # held by video link
        "HANOI, May 5 (VNA) - The 9th session of the committee was held via videoconference on May 4. Deputy"
        " Prime Minister Tran Van Son and Deputy Prime Minister Igor Petrov co-chaired the session.",
        # nothing places the story's event
        "Deputy Prime Minister Tran Van Son and Deputy Prime Minister Igor Petrov co-chaired the session.",
        # the heads of one side only
        "The session was held in Moscow on May 4. Deputy Prime Minister Igor Petrov and Minister Oleg Belov"
        " co-chaired the session.",
        # a meeting in another year than the story's
        "MOSCOW, May 9 (TASS) - Trade grew. Deputy Prime Minister Tran Van Son and Deputy Prime Minister"
        " Igor Petrov co-chaired the session in 2019.",
        # the delegation's head is a resident ambassador
        "The dialogue took place in Ho Chi Minh City on May 7. The Russian delegation was headed by"
        " Ambassador Igor Petrov.",
        # chaired by two of one side, or the forum held by video link
        "HANOI, May 7 - A business forum took place in Hanoi on May 6. Chaired by Deputy Prime Minister Tran"
        " Van Son and Minister Le Van Hoa, the forum held four round tables.",
        "HANOI, May 7 - A business forum was held online on May 6. Chaired by Deputy Prime Minister Tran Van"
        " Son and his Russian counterpart Igor Petrov, the forum held four round tables.",
        # agreed: not an act that needs both in one place
        "HANOI, May 9 (VNA) - Trade is growing. Vietnamese President Tran Van Son and Russian President Igor"
        " Petrov have agreed to raise trade to 10 billion USD.",
    ],
)
def test_no_visit_at_the_story_event(text: str) -> None:
    assert visits(text) == []


# --- captions and meetings placed by a city --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nguyen Van Long and Igor Petrov shake hands during their talks in Moscow on May 9.\nVietnamese"
            " President Nguyen Van Long and his Russian counterpart Igor Petrov agreed to raise trade.",
            [("nguyen van long", "VN", "RU", "Moscow")],
        ),
        # the meeting told as a noun after an act placed in the city
        (
            "The heads of two gas companies signed contracts in Moscow on Saturday following meetings"
            " Thursday between Russian President Igor Petrov and Do Van Chien, the general secretary of the"
            " Vietnamese Communist Party.",
            [("do van chien", "VN", "RU", "Moscow")],
        ),
    ],
)
def test_meetings_placed_by_a_city(text: str, expected: list[tuple]) -> None:
    assert trips(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nguyen Van Long and Igor Petrov shake hands during their talks in Beijing on May 9.",
        "Igor Petrov and Oleg Belov shake hands during their talks in Moscow on May 9.",
        "The firms signed deals in Moscow following phone talks between Russian President Igor Petrov and"
        " Vietnamese President Nguyen Van Long.",
    ],
)
def test_meetings_that_place_no_guest(text: str) -> None:
    assert visits(text) == []


# --- signings on one side's territory --------------------------------------------------------------------


def test_a_signing_on_one_side_places_the_other_sides_signer() -> None:
    text = (
        "The roadmap covers a research reactor. The document was signed in Russia last month by Igor Petrov,"
        " Director General of Rosatom, and Nguyen Van Hung, Minister of Education and Training of Vietnam."
    )
    assert trips(text) == [("nguyen van hung", "VN", "RU", None)]


@pytest.mark.parametrize(
    "text",
    [
        # no place, and nothing places the story
        "The document was signed by Igor Petrov, Director General of Rosatom, and Nguyen Van Hung, Minister"
        " of Education and Training of Vietnam.",
        # a third country
        "The document was signed in Singapore by Igor Petrov, Director General of Rosatom, and Nguyen Van"
        " Hung, Minister of Education and Training of Vietnam.",
        # signed by two of one side
        "The document was signed in Russia by Igor Petrov, Director General of Rosatom, and Oleg Belov,"
        " Minister of Energy of Russia.",
    ],
)
def test_signings_that_place_no_guest(text: str) -> None:
    assert visits(text) == []


# --- a delegation received, its leader named in the next sentence ----------------------------------------


def test_a_received_delegations_leader_named_next() -> None:
    text = (
        "Le Thi Hoa, Chairwoman of the HCMC People's Council, received a delegation of Russia's"
        " upper house on the afternoon of May 8.\n\nAnton Sergeyevich Volkov, First Deputy Chairman"
        " of the Federation Council, led the delegation on the working trip. Volkov praised the city."
    )
    assert [(*t, v["kind"]) for t, v in zip(trips(text), visits(text), strict=True)] == [
        ("volkov", "RU", "VN", "Ho Chi Minh City", "working")
    ]
    assert dated(text) == [("volkov", "VN", "2023-05-08")]


@pytest.mark.parametrize(
    "text",
    [
        # the leader named is a resident ambassador
        "Le Thi Hoa, Chairwoman of the HCMC People's Council, received a delegation of the Russian"
        " embassy on May 8. Russian Ambassador Igor Petrov led the delegation.",
        # the leader is of the host's side
        "Le Thi Hoa, Chairwoman of the HCMC People's Council, received a delegation of businesses"
        " on May 8. Vietnamese Deputy Minister Tran Van Son led the delegation.",
        # named too far after
        "Le Thi Hoa, Chairwoman of the HCMC People's Council, received a delegation on May 8."
        " Trade grew. Prices fell. Exports rose. Igor Petrov led the delegation.",
    ],
)
def test_received_delegations_whose_leader_is_no_guest(text: str) -> None:
    assert [v for v in visits(text) if v["person"]["key"] in ("petrov", "tran van son")] == []


# --- a city's officials receive at home ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a photo caption of the reception, the host's title naming her city
        (
            "Chairwoman of the Da Nang People's Council Le Thi Hoa offers a gift to Mr. Igor Petrov, Deputy"
            " Chairman of the Legislative Assembly of Kazan, Russia.\nAddressing the ceremony, Mr. Igor"
            " Petrov said the two cities are twinned.",
            [("petrov", "RU", "VN", "Da Nang")],
        ),
        (
            "Chairman of the Hanoi People's Committee Tran Van Son received Russian Deputy Minister Igor"
            " Petrov on May 8.",
            [("petrov", "RU", "VN", "Hanoi")],
        ),
    ],
)
def test_a_local_host_receives_at_home(text: str, expected: list[tuple]) -> None:
    assert trips(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # both local officials: either could be the guest
        "Chairman of the Hanoi People's Committee Tran Van Son received the Mayor of Moscow Igor Petrov.",
        # a resident ambassador received
        "Chairman of the Hanoi People's Committee Tran Van Son received Russian Ambassador Igor Petrov.",
        # no local host: nothing places the meeting
        "Vietnamese Deputy Minister Tran Van Son received Russian Deputy Minister Igor Petrov on May 8.",
    ],
)
def test_receptions_that_place_no_guest(text: str) -> None:
    assert visits(text) == []


# --- the edition of a gathering dates its days ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doc_date", "start"),
    [
        (
            "Deputy Prime Minister Tran Quoc Khanh delivered a speech at the opening session of the 23rd"
            " International Economic Forum in St. Petersburg (SPIEF-2019), Russia on June 6.",
            "2020-05-25",
            "2019-06-06",
        ),
        (
            "Prime Minister Nguyen Van Binh attended the BRICS Summit 2024 in Kazan, Russia on October 23.",
            "2025-01-10",
            "2024-10-23",
        ),
        # near miss: a year that is no edition leaves the day to the report's year
        (
            "Prime Minister Nguyen Van Binh visited Moscow on May 4 to review the plan for 2030.",
            "2023-05-10",
            "2023-05-04",
        ),
    ],
)
def test_the_edition_year_dates_the_days_of_a_gathering(text: str, doc_date: str, start: str) -> None:
    assert [v["start"] for v in visits(text, doc_date)] == [start]


# --- first-person words of a transcript's speaker ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a titled label with a note in brackets, and "I am glad to ... come to"
        (
            "Transcripts\nPresident of Russia Igor Petrov: Mr General Secretary, welcome to Russia.\n"
            "General Secretary Nguyen Van Long (retranslated): I would like to thank you.\nTo begin with, I"
            " am glad to have this chance to come to the Russian Federation for an official visit.",
            [("nguyen van long", "VN", "RU", None)],
        ),
        # the host recalls his own trip
        (
            "President of Russia Igor Petrov: Comrade Tran Van Son, friends,\nWelcome to Kazan. I keep fond"
            " memories of my recent visit to Vietnam.",
            [("petrov", "RU", "VN", None)],
        ),
    ],
)
def test_first_person_trips_are_the_speakers(text: str, expected: list[tuple]) -> None:
    assert trips(text) == expected


def test_a_line_introducing_a_statement_makes_its_speaker() -> None:
    text = (
        "Petrov in a statement following talks with the President of Vietnam:\n"
        "“I would like to thank you for organizing our state visit. The residents of Hanoi greeted our"
        " delegation warmly.”\nPetrov said the talks were useful."
    )
    assert [(v["person"]["key"], v["to"], v["start"], v["kind"]) for v in visits(text, "2023-05-10")] == [
        ("petrov", "VN", "2023-05", "state")
    ]


def test_a_recalled_first_person_trip_is_not_dated_by_the_report() -> None:
    text = "President of Russia Igor Petrov: Friends,\nI keep fond memories of my recent visit to Vietnam."
    assert dated(text) == [("petrov", "VN", None)]


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's paragraph names no place of the other side
        "Petrov in a statement after the talks:\n“I would like to thank you for organizing our state"
        " visit.”\nPetrov said the talks were useful.",
        # the speaker invites the other to come
        "President of Russia Igor Petrov: Comrade Tran Van Son,\nI am glad to invite you to visit Russia.",
        # the host welcomes the guest: no trip of the speaker's
        "President of Russia Igor Petrov: Comrade Tran Van Son,\nI am glad to welcome you to Russia.",
        # no label: whose words they are is unknown
        "Talks were held.\nI am glad to have this chance to come to the Russian Federation.",
    ],
)
def test_first_person_words_that_give_no_trip(text: str) -> None:
    assert visits(text) == []


# --- a gathering on one side as the setting of a meeting -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On the sidelines of the Russia-ASEAN Summit in Sochi, Russia's President held talks with Prime"
            " Minister of Vietnam Pham Van Binh.",
            [("pham van binh", "VN", "RU", "Sochi")],
        ),
        (
            "At the Eastern Economic Forum in Vladivostok, Deputy Prime Minister Tran Van Son held talks with"
            " Russian investors.",
            [("tran van son", "VN", "RU", "Vladivostok")],
        ),
        # a few words between the gathering and its place
        (
            "On the sidelines of the BRICS Summit held in Kazan, Prime Minister Pham Van Binh met the"
            " Russian President.",
            [("pham van binh", "VN", "RU", "Kazan")],
        ),
        (
            "At the Eastern Economic Forum taking place in Vladivostok, Deputy Prime Minister Tran Van Son"
            " held talks with Russian investors.",
            [("tran van son", "VN", "RU", "Vladivostok")],
        ),
    ],
)
def test_a_gathering_on_one_side_places_the_guests_of_its_meetings(text: str, expected: list[tuple]) -> None:
    assert trips(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a third country's gathering
        "On the sidelines of the ASEAN Summit in Jakarta, Russian Foreign Minister Igor Petrov met with"
        " Vietnamese Foreign Minister Tran Van Son.",
        "On the sidelines of the ASEAN Summit held in Jakarta, Russian Foreign Minister Igor Petrov met"
        " with Vietnamese Foreign Minister Tran Van Son.",
        # a resident ambassador at a forum where posted
        "On the sidelines of the forum in Moscow, Vietnamese Ambassador Tran Van Son met with Russian"
        " Deputy Minister Igor Petrov.",
        # no meeting: a statement made there (read by the presence rules, if at all)
        "At the Eastern Economic Forum in Vladivostok, analysts said Deputy Prime Minister Tran Van Son"
        " had praised the investors.",
        # a video link
        "At the Eastern Economic Forum in Vladivostok, Deputy Prime Minister Tran Van Son held online talks"
        " with Russian investors.",
    ],
)
def test_gatherings_that_place_no_guest(text: str) -> None:
    assert visits(text) == []


def test_a_country_named_before_an_embassy_is_no_destination() -> None:
    # the trip is to Moscow, the Russian official's home: no visit
    text = (
        "Russian Deputy Minister Igor Petrov spoke. The delegation then visited the Vietnam Embassy in"
        " Moscow."
    )
    assert visits(text) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the dateline's day dates the report, not the trip it announces
        (
            "HANOI, May 9 (VNA) - Vietnamese Foreign Minister Tran Van Son will visit Russia next week.",
            "2023-05",
        ),
        # a date of the trip's own words is kept
        (
            "HANOI, May 9 (VNA) - Vietnamese Foreign Minister Tran Van Son visited Russia on May 2.",
            "2023-05-02",
        ),
    ],
)
def test_the_datelines_date_is_the_reports(text: str, start: str) -> None:
    assert [v["start"] for v in visits(text, "2023-05-09")] == [start]


# --- "attended the forum": the gathering the sentence before dated ------------------------------------

_DINNER = (
    "Russian President Igor Petrov on April 22 hosted a dinner for the guests of the Eastern Economic Forum"
    " in Vladivostok.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence before names the gathering with its day: the visit is of that month
        (_DINNER + "Vietnamese Deputy Prime Minister Tran Van Binh attended the forum.", "2023-04"),
        (_DINNER + "Vietnamese Prime Minister Tran Van Binh attended the event.", "2023-04"),
        (
            _DINNER + "\nVietnamese Deputy Prime Minister Tran Van Binh attended the forum.",
            "2023-04",
        ),  # blank line
        # near misses: a day of its own; a sentence in between; a sentence before that names no gathering
        (
            _DINNER + "Vietnamese Deputy Prime Minister Tran Van Binh attended the forum on May 3.",
            "2023-05-03",
        ),
        (
            _DINNER
            + "The weather was fine.\nVietnamese Deputy Prime Minister Tran Van Binh attended the forum.",
            None,
        ),
        (
            "Russian President Igor Petrov on April 22 met business leaders in Vladivostok.\n"
            "Vietnamese Deputy Prime Minister Tran Van Binh attended the Eastern Economic Forum.",
            None,
        ),
    ],
)
def test_a_gathering_referred_back_to_is_dated_by_the_sentence_naming_it(
    text: str, expected: str | None
) -> None:
    assert dated(text) == [("tran van binh", "RU", expected)]
