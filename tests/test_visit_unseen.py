"""Visit families red-teamed with sentences written for the tests in the style of news agencies:
gatherings held on the other side, trips dated back from the report, officials below the head of
state, hosts receiving visitors, and near misses that are no visit."""

from __future__ import annotations

import pytest

from tests.test_visit import visits
from vnru_facts.extract.components.base import mention_data
from vnru_facts.extract.patterns.visit import NEAR_PAST_WORD, STRONG_TRIGGER, VISIT_TRIGGER
from vnru_facts.extract.scan import literal_scan


def fields(v: dict, *names: str) -> tuple:
    return tuple(v["person"]["key"] if n == "key" else v[n] for n in names)


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # a known gathering without a place: the gazetteer's host city
        (
            "Deputy Prime Minister Tran Van Hai attended the St Petersburg International Economic Forum on"
            " June 7.",
            "2024-06-10",
            ("tran van hai", "RU", "Saint Petersburg", "2024-06-07", "other"),
        ),
        # a summit written in lower case, reached by "for"
        (
            "Vietnamese Prime Minister Pham Van Duc arrived in Kazan on Tuesday for the BRICS summit.",
            "2024-10-24",
            ("pham van duc", "RU", "Kazan", "2024-10-22", "summit"),
        ),
        # "took part in"
        (
            "Prime Minister Pham Van Duc took part in the BRICS summit in Kazan on October 24.",
            "2024-10-25",
            ("pham van duc", "RU", "Kazan", "2024-10-24", "summit"),
        ),
        # "spoke at" a session of a forum
        (
            "Vietnamese Deputy Prime Minister Le Thanh Long spoke at the plenary session of the Eastern"
            " Economic Forum in Vladivostok on September 5.",
            "2024-09-06",
            ("le thanh long", "RU", "Vladivostok", "2024-09-05", "other"),
        ),
        # an abbreviation of the gazetteer, "addressed"
        (
            "Vietnamese Deputy Prime Minister Le Thanh Long addressed a session of SPIEF on Friday.",
            "2024-06-09",
            ("le thanh long", "RU", "Saint Petersburg", "2024-06-07", "other"),
        ),
        # leading a delegation there, under way when reported
        (
            "Vietnamese Deputy Prime Minister Tran Van Hai is leading the Vietnamese delegation at the St."
            " Petersburg International Economic Forum, which runs until Saturday.",
            "2024-06-06",
            ("tran van hai", "RU", "Saint Petersburg", "2024-06", "other"),
        ),
        # a summit by its short name
        (
            "Russian President Vladimir Putin arrived in Da Nang on Thursday for APEC.",
            "2017-11-10",
            ("putin", "VN", "Da Nang", "2017-11-09", "summit"),
        ),
        # a summit by another of its names
        (
            "Russian President Vladimir Putin attended the APEC Economic Leaders' Week in Da Nang in November"
            " 2017.",
            "2018-03-01",
            ("putin", "VN", "Da Nang", "2017-11", "summit"),
        ),
    ],
)
def test_gatherings_on_the_other_side(text: str, doc_date: str, expected: tuple) -> None:
    [visit] = visits(text, doc_date)
    assert fields(visit, "key", "to", "place", "start", "kind") == expected


def test_a_known_gathering_is_named_as_the_gazetteer_names_it() -> None:
    [visit] = visits(
        "Prime Minister Pham Van Duc joined other leaders at the BRICS summit in Kazan.", "2024-10-25"
    )
    assert (visit["event"], visit["kind"]) == ("BRICS Summit", "summit")


@pytest.mark.parametrize(
    "text",
    [
        # a summit in a third country
        "Prime Minister Pham Van Duc attended the ASEAN summit in Vientiane, where he met Russian Foreign"
        " Minister Sergei Lavrov.",
        # the same summit held in a third country
        "Russian President Vladimir Putin attended APEC in Lima, where he met Vietnamese Prime Minister"
        " Pham Van Duc.",
        # a forum addressed from home
        "Russian Deputy Prime Minister Alexei Orlov addressed the Vietnam-Russia business forum via video"
        " link.",
        # a leader at a forum of their own side
        "Russian President Vladimir Putin spoke at the plenary session of the Eastern Economic Forum in"
        " Vladivostok.",
    ],
)
def test_gatherings_that_are_no_visit(text: str) -> None:
    assert visits(text, "2024-10-11") == []


# Reports dated Friday 2024-06-14 unless said otherwise.
@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        (
            "Vietnamese Defence Minister Phan Van Long visited Moscow last weekend.",
            "2024-06-14",
            ("2024-06-08", "2024-06-09"),
        ),
        # a Monday report's weekend is the one just past, across a month's end
        (
            "Vietnamese Defence Minister Phan Van Long visited Moscow over the weekend.",
            "2024-07-01",
            ("2024-06-29", "2024-06-30"),
        ),
        # a Sunday report's weekend is the one ending that day
        (
            "Vietnamese Defence Minister Phan Van Long held talks in Moscow at the weekend.",
            "2024-06-16",
            ("2024-06-15", "2024-06-16"),
        ),
        (
            "Russian Deputy Prime Minister Dmitry Volkov arrived in Hanoi yesterday.",
            "2024-06-14",
            ("2024-06-13", None),
        ),
        (
            "Russian Governor Oleg Kozlov paid a working visit to Vietnam last month.",
            "2024-06-14",
            ("2024-05", None),
        ),
        (
            "Russian Security Council Secretary Sergei Shoigu visited Hanoi late last month.",
            "2024-01-03",
            ("2023-12", None),
        ),
        # last week of a report early in a month: the month before
        (
            "Russian Deputy Prime Minister Dmitry Volkov was in Hanoi last week.",
            "2024-06-03",
            ("2024-05", None),
        ),
        # counted back: a day, or only the month of weeks
        (
            "Russian Deputy Prime Minister Dmitry Volkov visited Hanoi three days ago.",
            "2024-06-14",
            ("2024-06-11", None),
        ),
        (
            "Russian Deputy Prime Minister Dmitry Volkov visited Hanoi two weeks ago.",
            "2024-06-05",
            ("2024-05", None),
        ),
        (
            "Russian Deputy Prime Minister Dmitry Volkov visited Hanoi this past weekend.",
            "2024-06-17",
            ("2024-06-15", "2024-06-16"),
        ),
        # ahead: "is expected in" announces the trip like "is due in"
        (
            "Russian Deputy Prime Minister Dmitry Volkov is expected in Hanoi next week.",
            "2024-06-27",
            ("2024-07", None),
        ),
        # the report's own month, as before
        (
            "Russian Deputy Foreign Minister Andrei Rudenko visited Vietnam earlier this month.",
            "2024-06-14",
            ("2024-06", None),
        ),
    ],
)
def test_trips_dated_back_from_the_report(text: str, doc_date: str, expected: tuple) -> None:
    [visit] = visits(text, doc_date)
    assert (visit["start"], visit["end"]) == expected


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # an explicit date outranks "last week"
        (
            "Russian Deputy Prime Minister Dmitry Volkov, who visited Hanoi on May 2, said last week that"
            " ties were growing.",
            "2024-06-14",
            ("2024-05-02", None),
        ),
        # years ago: a past trip, not dated from the report
        (
            "Russian Deputy Prime Minister Dmitry Volkov visited Hanoi many years ago.",
            "2024-06-14",
            (None, None),
        ),
        # no day in the report: "yesterday" is only the report's month
        (
            "Russian Deputy Prime Minister Dmitry Volkov arrived in Hanoi yesterday.",
            "2024-06",
            ("2024-06", None),
        ),
        # a trip planned for next year keeps the year, not the report's month
        (
            "Russian President Vladimir Putin will visit Vietnam next year, the Kremlin said.",
            "2024-06-14",
            ("2025", None),
        ),
    ],
)
def test_trips_dated_back_near_misses(text: str, doc_date: str, expected: tuple) -> None:
    [visit] = visits(text, doc_date)
    assert (visit["start"], visit["end"]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a regional governor named before the title, as an apposition
        (
            "The Governor of Primorsky Krai, Oleg Kozhemyako, led a delegation to Ho Chi Minh City on"
            " June 3.",
            ("kozhemyako", "RU", "VN", "2024-06-03"),
        ),
        ("Moscow Mayor Sergei Sobyanin visited Hanoi on Thursday.", ("sobyanin", "RU", "VN", "2024-06-13")),
        # a lower-case title after the name, as wire services write it
        (
            "Sergei Lavrov, Russia's foreign minister, arrived in Hanoi on Sunday.",
            ("lavrov", "RU", "VN", "2024-06-09"),
        ),
        (
            "The governor of Primorye, Oleg Kozhemyako, arrived in Hanoi on Monday.",
            ("kozhemyako", "RU", "VN", "2024-06-10"),
        ),
        # a party official with a long title
        (
            "Politburo member and Standing Secretary of the Party Central Committee's Secretariat Tran Cam Tu"
            " visited Russia from June 9 to 12.",
            ("tran cam tu", "VN", "RU", "2024-06-09"),
        ),
        (
            "A Vietnamese delegation led by Politburo member Dinh Van Hung visited Moscow from June 3 to 6.",
            ("dinh van hung", "VN", "RU", "2024-06-03"),
        ),
        # talks held on the other side by a deputy minister
        (
            "Vietnamese Deputy Minister of Foreign Affairs Nguyen Minh Hoa held political consultations in"
            " Moscow on Monday.",
            ("nguyen minh hoa", "VN", "RU", "2024-06-10"),
        ),
        (
            "Russian Deputy Foreign Minister Andrei Rudenko held talks in Hanoi on Tuesday.",
            ("rudenko", "RU", "VN", "2024-06-11"),
        ),
        (
            "Vietnamese Vice President Vo Thi Lan arrived in Moscow on Tuesday on an official visit to"
            " Russia.",
            ("vo thi lan", "VN", "RU", "2024-06-11"),
        ),
    ],
)
def test_officials_below_the_head_of_state(text: str, expected: tuple) -> None:
    assert [fields(v, "key", "from", "to", "start") for v in visits(text, "2024-06-14")] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Nguyen Van Long received Russian Deputy Prime Minister Dmitry Volkov, who is on a"
            " working visit to Vietnam, in Hanoi on Tuesday.",
            ("volkov", "VN", "2024-06-11"),
        ),
        (
            "Prime Minister Pham Van Duc hosted a reception in Hanoi on June 12 for Russian Security Council"
            " Secretary Sergei Shoigu.",
            ("shoigu", "VN", "2024-06-12"),
        ),
        # the host acts first; a relative clause tells who travels
        (
            "Russian Foreign Minister Sergei Lavrov held talks with Vietnamese Foreign Minister Bui Van Hoa,"
            " who is on an official visit to Moscow.",
            ("bui van hoa", "RU", "2024-06"),
        ),
        # the guest named only as the host's counterpart
        (
            "Russian Foreign Minister Sergei Lavrov held talks with his Vietnamese counterpart Bui Van Hoa in"
            " Moscow on Monday.",
            ("bui van hoa", "RU", "2024-06-10"),
        ),
        (
            "Vietnamese Foreign Minister Bui Van Hoa held talks with his Russian counterpart Sergei Lavrov in"
            " Moscow on Monday.",
            ("bui van hoa", "RU", "2024-06-10"),
        ),
        # "X hosted Y": Y is the guest
        (
            "Russian Prime Minister Mikhail Mishustin hosted Vietnamese Deputy Prime Minister Tran Hong Ha at"
            " the White House in Moscow on Wednesday.",
            ("tran hong ha", "RU", "2024-06-12"),
        ),
        (
            "On June 12 in Moscow, Russian Prime Minister Mikhail Mishustin received Vietnamese Deputy Prime"
            " Minister Tran Hong Ha.",
            ("tran hong ha", "RU", "2024-06-12"),
        ),
    ],
)
def test_hosts_receiving_visitors(text: str, expected: tuple) -> None:
    assert [fields(v, "key", "to", "start") for v in visits(text, "2024-06-14")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "President Vladimir Putin held a phone call with General Secretary Nguyen Van Tam on Tuesday.",
        "Prime Minister Pham Van Duc met Russian Foreign Minister Sergei Lavrov on the sidelines of the G20"
        " summit in Rio de Janeiro.",
        "Russian Ambassador to Vietnam Gennady Bezrukov met with Hanoi officials on Monday.",
        "Chinese President Xi Jinping visited Hanoi last week.",
        "Prime Minister Pham Van Duc held talks with Russian Prime Minister Mikhail Mishustin via"
        " videoconference on Friday.",
        "Russian President Vladimir Putin and General Secretary Nguyen Van Tam met in Beijing on Tuesday.",
        "Russian Deputy Prime Minister Dmitry Volkov told Vietnamese journalists in Moscow that trade was"
        " growing.",
        # the relative clause sends the guest to a third country
        "Russian Foreign Minister Sergei Lavrov met Vietnamese Foreign Minister Bui Van Hoa, who is on a"
        " visit to Laos, in Vientiane.",
        # talks held at home
        "Russian Deputy Foreign Minister Andrei Rudenko held talks in Moscow with a Lao delegation.",
    ],
)
def test_near_misses_give_no_visit(text: str) -> None:
    assert visits(text, "2024-06-14") == []


@pytest.mark.parametrize("regex", [VISIT_TRIGGER, STRONG_TRIGGER, NEAR_PAST_WORD])
def test_visit_words_are_scanned_for_not_tried_everywhere(regex) -> None:
    # a pattern with too many literal starts is run at every character of every document
    assert literal_scan.literal_starts(regex) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sergei Lavrov, Russia's foreign minister, spoke.", ("Sergei Lavrov", "Foreign Minister", "RU")),
        ("Pham Van Duc, Vietnam's prime minister, spoke.", ("Pham Van Duc", "Prime Minister", "VN")),
        ("Russian president Vladimir Putin spoke.", ("Vladimir Putin", "President", "RU")),
        ("The mayor of Moscow, Sergei Sobyanin, spoke.", ("Sergei Sobyanin", "Mayor", "RU")),
        # "counterpart" introduces a name and, with a nationality, its side, but no role
        ("Lavrov thanked his Vietnamese counterpart Bui Van Hoa.", ("Bui Van Hoa", None, "VN")),
        ("Son thanked his Russian counterpart, Sergei Lavrov, for the talks.", ("Sergei Lavrov", None, "RU")),
    ],
)
def test_lower_case_titles(mention_nlp, text: str, expected: tuple) -> None:
    doc = mention_nlp(text)
    [person] = [mention_data(doc, "vnru_person", s) for s in doc.spans["vnru_person"]]
    assert (person["name"], person["role"], person["country"]) == expected


def test_a_counterpart_without_a_name_is_no_person(mention_nlp) -> None:
    assert list(mention_nlp("The minister will meet his counterpart next week.").spans["vnru_person"]) == []


def test_a_lower_case_title_of_a_company_gives_no_side(mention_nlp) -> None:
    doc = mention_nlp("John Smith, the president of the club, spoke.")
    assert [mention_data(doc, "vnru_person", s)["country"] for s in doc.spans["vnru_person"]] == [None]
