"""When a visit happened: the report's month for one under way, concluded or the setting of the news;
a past trip's own date; an announced trip's dates ahead of the report. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tests.test_visit import summary, visits

REPORT = "2023-05-10"


@pytest.mark.parametrize(
    "text",
    [
        # under way: someone travelling with the visitor
        "A minister who is accompanying Prime Minister Nguyen Van Binh during his Russia visit met business"
        " leaders.",
        # just concluded
        "Prime Minister Nguyen Van Binh wrapped up his three-day official visit to Russia.",
        "Prime Minister Nguyen Van Binh has successfully concluded his official visit to the Russian"
        " Federation.",
        # the setting of the news
        "During Prime Minister Nguyen Van Binh's visit to Russia, the two sides signed seven documents.",
        "Seven documents were signed during the official visit to Russia by Prime Minister Nguyen Van Binh.",
        # departed for the other side today
        "Prime Minister Nguyen Van Binh left Hanoi for Moscow, where he will hold talks.",
        # days ago
        "Prime Minister Nguyen Van Binh, who recently visited Russia, praised the talks.",
        "Prime Minister Nguyen Van Binh was in Moscow last week to meet investors.",
    ],
)
def test_undated_visit_of_the_news_is_the_reports_month(text: str) -> None:
    assert [summary(v) for v in visits(text, REPORT)] == [("nguyen van binh", "VN", "RU", "2023-05")]


@pytest.mark.parametrize(
    "text",
    [
        # a past trip told in passing
        "Prime Minister Nguyen Van Binh recalled his previous visit to Russia.",
        "Prime Minister Nguyen Van Binh visited Russia many years ago.",
        # a trip still to come, without a date
        "Prime Minister Nguyen Van Binh will pay an official visit to Russia at the invitation of the"
        " Russian side.",
        # someone comments on the visit: nothing tells it is happening now
        "Prime Minister Nguyen Van Binh's visit to Russia is of great importance.",
    ],
)
def test_undated_visit_not_of_the_news_stays_undated(text: str) -> None:
    assert [summary(v) for v in visits(text, REPORT)] == [("nguyen van binh", "VN", "RU", None)]


def test_a_trip_recalled_by_a_later_one_stays_undated() -> None:
    text = (
        "Foreign Minister Igor Petrov's visit comes months after President Oleg Belov travelled to Hanoi. "
        "Belov told reporters during that visit that the two sides agreed on many issues."
    )
    belov = [summary(v) for v in visits(text, REPORT) if v["person"]["key"] == "belov"]
    assert belov == [("belov", "RU", "VN", None)]


def test_under_way_refines_a_year() -> None:
    text = (
        "Prime Minister Nguyen Van Binh begins official visit to Russia. "
        "The visit, his first this year, is expected to boost ties."
    )
    assert [summary(v) for v in visits(text, REPORT)] == [("nguyen van binh", "VN", "RU", "2023-05")]


def test_a_dated_mention_outranks_the_reports_month() -> None:
    text = (
        "Prime Minister Nguyen Van Binh is on an official visit to Russia. "
        "The visit, from May 8 to 11, is his first."
    )
    [visit] = visits(text, REPORT)
    assert (visit["start"], visit["end"]) == ("2023-05-08", "2023-05-11")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date opens the sentence: the trip is far from the date
        (
            "On March 3-4, 2014, then-Speaker Pavel Orlov of the State Duma paid an official friendship"
            " visit to Hanoi.",
            ("orlov", "RU", "VN", "2014-03-03"),
        ),
        (
            "In February 2017, a large delegation of the Federation Council of Russia led by Chairperson"
            " Anna Volkova paid an official visit to Vietnam.",
            ("volkova", "RU", "VN", "2017-02"),
        ),
        (
            "In 2019, Deputy Prime Minister Tran Van Son and a group of business leaders from several"
            " provinces travelled to Russia.",
            ("tran van son", "VN", "RU", "2019"),
        ),
    ],
)
def test_a_past_trip_carries_the_date_that_opens_its_sentence(text: str, expected: tuple) -> None:
    assert [summary(v) for v in visits(text, REPORT)] == [expected]


def test_a_date_inside_the_sentence_is_not_an_opening_date() -> None:
    # "established in 1950" dates the ties, not the trip (far from the trip word, not opening the sentence)
    text = (
        "Marking ties established in 1950, Deputy Prime Minister Tran Van Son and a group of business"
        " leaders from several northern and central provinces travelled to Russia."
    )
    assert [summary(v) for v in visits(text, None)] == [("tran van son", "VN", "RU", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year-less date of an announced trip lies ahead of the report
        (
            "Speaker Ivan Sorokin is scheduled to pay an official visit to Vietnam from November 20-21.",
            ("2023-11-20", "2023-11-21"),
        ),
        (
            "Prime Minister Nguyen Van Binh will visit Russia on March 2 and 3.",
            ("2024-03-02", "2024-03-03"),
        ),
        # an announced weekday is the next one
        (
            "Foreign Minister Igor Petrov will arrive in Hanoi on Monday for talks.",
            ("2023-05-15", None),
        ),
        # an announced arrival: "is due in"
        (
            "Foreign Minister Igor Petrov is due in Hanoi on June 20.",
            ("2023-06-20", None),
        ),
    ],
)
def test_an_announced_trip_is_dated_ahead(text: str, expected: tuple) -> None:
    [visit] = visits(text, REPORT)
    assert (visit["start"], visit["end"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the future tense belongs to another verb: the visit's day stays in the past
        ("Deals signed during Minister Igor Petrov's visit to Hanoi on May 2 will help.", "2023-05-02"),
        # an undated visit that is the setting of the news, with a future verb elsewhere
        ("During Minister Igor Petrov's visit to Hanoi, the sides signed deals that will help.", "2023-05"),
    ],
)
def test_a_future_verb_of_another_clause_announces_no_trip(text: str, expected: str) -> None:
    [visit] = visits(text, REPORT)
    assert visit["start"] == expected


def test_a_reported_past_weekday_stays_in_the_past() -> None:
    [visit] = visits("Foreign Minister Igor Petrov arrived in Hanoi on Monday for talks.", REPORT)
    assert visit["start"] == "2023-05-08"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an N-day visit from a day runs N days
        (
            "Foreign Minister Igor Petrov paid a two-day visit to Hanoi on Monday.",
            ("2023-05-08", "2023-05-09"),
        ),
        (
            "Foreign Minister Igor Petrov arrived in Hanoi on Monday for a three-day official visit.",
            ("2023-05-08", "2023-05-10"),
        ),
        # announced: from the next such day on
        (
            "Foreign Minister Igor Petrov is due in Hanoi on Monday for a two-day official visit.",
            ("2023-05-15", "2023-05-16"),
        ),
        # near miss: an N-day visit that ended on a day ran up to it
        (
            "Foreign Minister Igor Petrov concluded his two-day visit to Hanoi on Tuesday.",
            ("2023-05-08", "2023-05-09"),
        ),
    ],
)
def test_a_visits_length_gives_its_end(text: str, expected: tuple) -> None:
    [visit] = visits(text, REPORT)
    assert (visit["start"], visit["end"]) == expected


@pytest.mark.parametrize(
    ("text", "report", "expected"),
    [
        ("Foreign Minister Igor Petrov is due in Hanoi next week for talks.", "2023-05-30", "2023-06"),
        ("Foreign Minister Igor Petrov will arrive in Hanoi tomorrow.", "2023-05-31", "2023-06-01"),
        ("Prime Minister Nguyen Van Binh plans to travel to Moscow next month.", "2023-12-04", "2024-01"),
        ("Prime Minister Nguyen Van Binh is to visit Russia later this month.", "2023-05", "2023-05"),
        # near miss: the day after a report known only to the month is unknown
        ("Foreign Minister Igor Petrov will arrive in Hanoi tomorrow.", "2023-05", None),
    ],
)
def test_a_trip_days_or_weeks_ahead_is_dated_from_the_report(text: str, report: str, expected: str) -> None:
    [visit] = visits(text, report)
    assert visit["start"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an announced trip, and the same person's trip of another year told in passing
        (
            "Prime Minister Oleg Petrov will visit Vietnam next week. Petrov last visited Vietnam in 2021.",
            [("petrov", "RU", "VN", "2021"), ("petrov", "RU", "VN", "2023-05")],
        ),
        (
            "Deputy Prime Minister Tran Van Son arrived in Moscow on Monday. His previous trip to Russia was"
            " in 2019, when Tran Van Son visited Kazan.",
            [("tran van son", "VN", "RU", "2019"), ("tran van son", "VN", "RU", "2023-05-08")],
        ),
        (
            "Speaker Ivan Sorokin visited Hanoi in 2020. Sorokin is due in Hanoi again next month.",
            [("sorokin", "RU", "VN", "2020"), ("sorokin", "RU", "VN", "2023-06")],
        ),
        # near miss: one trip told with its year and then with its day is one fact
        (
            "Speaker Ivan Sorokin will visit Hanoi in 2023. Sorokin arrives in Hanoi on May 20.",
            [("sorokin", "RU", "VN", "2023-05-20")],
        ),
    ],
)
def test_trips_of_different_years_are_different_facts(text: str, expected: list[tuple]) -> None:
    assert sorted(summary(v) for v in visits(text, "2023-05-10")) == expected


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a possessive's trip dated after it: not by a date of another clause before it
        (
            "Ties grew after the talks held in Sochi in February, as well as after Russian Prime Minister"
            " Igor Petrov's visit to Hanoi in April.",
            "2023-04",
        ),
        (
            "The deals reached in January and those reached during Prime Minister Nguyen Van Binh's visit to"
            " Moscow on March 3 are being carried out.",
            "2023-03-03",
        ),
        # near miss: the trip has no date after it, the one before it is its own
        ("In April, Russian Prime Minister Igor Petrov's visit to Hanoi was prepared.", "2023-04"),
    ],
)
def test_a_possessives_trip_is_dated_after_it(text: str, start: str) -> None:
    assert [v["start"] for v in visits(text, REPORT)] == [start]


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        # a date about the host in a relative clause is not the trip's
        (
            "Russian President Ivan Sergeev held talks in Hanoi on Tuesday with Vietnamese President Le Van"
            " Tam{aside} and met students.",
            ", who took office last month,",
        ),
        (
            "Russian President Ivan Sergeev held talks in Hanoi with Vietnamese President Le Van Tam{aside}"
            " and met students.",
            ", whose term began in March,",
        ),
    ],
)
def test_a_date_about_someone_else_does_not_date_the_trip(text: str, aside: str) -> None:
    told = [v["start"] for v in visits(text.format(aside=aside))]
    # the trip, dated by the report or not at all, never by the aside (April, March)
    assert len(told) == 1 and (told[0] or "2023-05").startswith("2023-05")


def test_a_relative_clause_that_tells_the_trip_dates_it() -> None:
    text = (
        "Putin will meet Vietnamese President Le Van Tam, who is on an official visit to Russia from May 15"
        " to 17."
    )
    assert [v["start"] for v in visits(text)] == ["2023-05-15"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a date opening the sentence dates the trip told after a long title
        (
            "Last October, a delegation led by Vice Chairman of the Ninh Binh People's Committee Tran Van Hoa"
            " visited Kazan.",
            "2022-10",
        ),
        (
            "In late March, a delegation led by Vice Chairman of the Ninh Binh People's Committee Tran Van"
            " Hoa visited Kazan.",
            "2023-03",
        ),
        ("Last year, Vietnamese Deputy Minister Tran Van Hoa visited Kazan.", "2022"),
    ],
)
def test_an_opening_date_dates_the_trip(text: str, start: str) -> None:
    assert [v["start"] for v in visits(text)] == [start]


@pytest.mark.parametrize(
    ("aside", "kept"),
    [
        # the founding year of a place the visitor saw is not the trip's
        (", a joint research institution set up in 1988", False),
        (", the country's first plant, built in 1990", False),
        # near miss: a date of the visit itself after the place
        (" in March", True),
    ],
)
def test_a_founding_year_in_an_apposition_does_not_date_the_trip(aside: str, kept: bool) -> None:
    text = f"Russian Prime Minister Ivan Sergeev visited the Hanoi Research Centre{aside}."
    starts = [v["start"] for v in visits(text)]
    assert ("2023-03" in starts) is kept and not any(s and s.startswith(("1988", "1990")) for s in starts)


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        # a year the sentence sets what it tells in dates its months
        (
            "It came after a busy 2021, in which Russian President Ivan Sergeev visited Hanoi in June and"
            " Vietnamese Prime Minister Le Van Tam travelled to Kazan in October.",
            ["2021-06", "2021-10"],
        ),
        # near miss: a year of something else named before is no setting
        (
            "Following a 1991 pact, Russian President Ivan Sergeev visited Hanoi in March.",
            ["2023-03"],
        ),
    ],
)
def test_a_year_set_before_dates_the_months(text: str, starts: list[str]) -> None:
    assert sorted(v["start"] for v in visits(text)) == starts


@pytest.mark.parametrize(
    "aside",
    [
        # figures' periods and what someone said where the trip took them are no trip's dates
        ", where the Ambassador said trade reached 3.6 billion USD last year",
        " and reviewed trade in the first eight months of 2022",
    ],
)
def test_what_the_trip_heard_does_not_date_it(aside: str) -> None:
    text = (
        "A Vietnamese delegation led by Deputy Minister Tran Van Hoa visited the Vietnamese Embassy in"
        f" Moscow{aside}."
    )
    starts = [v["start"] for v in visits(text)]
    assert starts and all(s is None or s.startswith("2023") for s in starts) and "2022" not in starts


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the day a visitor goes home is no start of the trip
        (
            "Vietnamese President Le Van Tam met Russian officials in Moscow and will tour a dairy farm"
            " before returning to Hanoi on May 20.",
            None,
        ),
        # near miss: a trip that starts on a day, after another event
        (
            "Vietnamese President Le Van Tam will arrive in Moscow on May 20 before touring a dairy farm.",
            "2023-05-20",
        ),
    ],
)
def test_the_day_of_going_home_is_no_start(text: str, start: str | None) -> None:
    assert [v["start"] for v in visits(text)] == [start]
