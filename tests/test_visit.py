"""Visit phrasing families: sentences written for the tests, each with the visit it must give."""

from __future__ import annotations

import pytest

from vnru_facts import extract_text


def visits(text: str, doc_date: str | None = "2023-05-10") -> list[dict]:
    result = extract_text(text, doc_date=doc_date, types=["visit"])
    return [f.model_dump(mode="json", by_alias=True) for f in result.facts]


def summary(v: dict) -> tuple:
    return (v["person"]["key"], v["from"], v["to"], v["start"])


@pytest.mark.parametrize(
    ("text", "doc_date", "expected"),
    [
        # owner after a destination: "the visit to X by <title> <name>"
        (
            "The working visit to Vietnam by Deputy Prime Minister Yury Trutnev, which includes a business"
            " forum, will open new doors.",
            None,
            [("trutnev", "RU", "VN", None)],
        ),
        # possessive owner, two trips in one sentence, each with its own place and date
        (
            "Lavrov's visit comes weeks after Vietnamese Foreign Minister Bui Thanh Son travelled to Moscow"
            " in March.",
            "2023-05-10",
            [("bui thanh son", "VN", "RU", "2023-03")],
        ),
        # conjoined subjects of one trip verb, relative year
        (
            "Deputy Prime Minister Le Van Tam and Minister of Industry and Trade Nguyen Hong Dien visited"
            " Russia last year.",
            "2023-05-10",
            [("le van tam", "VN", "RU", "2022"), ("nguyen hong dien", "VN", "RU", "2022")],
        ),
        # a visit under way when reported: undated, it is dated by the report's month
        (
            "President Nguyen Van Long, who is in Russia on a state visit, laid flowers at a memorial.",
            "2023-05-10",
            [("nguyen van long", "VN", "RU", "2023-05")],
        ),
        # a weekday range resolved against the report date
        (
            "As part of his visit to Vietnam on Monday and Tuesday, Minister Sergey Ivanov met students.",
            "2023-05-10",
            [("ivanov", "RU", "VN", "2023-05-08")],
        ),
        # a destination at the end of a list
        (
            "Prime Minister Nguyen Van Binh spoke to reporters before his trip abroad, during which he will"
            " visit Laos and Russia.",
            None,
            [("nguyen van binh", "VN", "RU", None)],
        ),
        # the place before the trip word: "the Russia visit by a delegation led by ..."
        (
            "Officials said the Russia visit by a large Vietnamese delegation led by President Nguyen Van"
            " Long in June was a success.",
            "2023-08-01",
            [("nguyen van long", "VN", "RU", "2023-06")],
        ),
        # a summit held on one side's territory
        (
            "Prime Minister Nguyen Van Binh arrived in Kazan on October 21 to attend the BRICS Summit.",
            "2024-10-22",
            [("nguyen van binh", "VN", "RU", "2024-10-21")],
        ),
    ],
)
def test_visit_families(text: str, doc_date: str | None, expected: list[tuple]) -> None:
    assert sorted(summary(v) for v in visits(text, doc_date)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a phone call is not a visit
        "President Nguyen Van Long held phone talks with Russian President Vladimir Putin on Monday.",
        # a nationality adjective is not a destination
        "Talking to the Russian envoy, Prime Minister Nguyen Van Binh welcomed the meeting in Hanoi.",
        # someone who merely comments on a visit is not its traveller
        "Mr Ivanov said the visit was important for both countries.",
        # the trip goes to a third country; the city named later is not its destination
        "Russian Foreign Minister Igor Petrov flew to Laos on July 5 after talks in Hanoi.",
        # a meeting in a third country
        "Prime Minister Nguyen Van Binh met Russian President Vladimir Putin in Beijing on Friday.",
    ],
)
def test_not_a_visit(text: str) -> None:
    assert visits(text) == []


def test_title_without_name_is_the_named_holder() -> None:
    text = (
        "Vietnamese NA Chairman starts official visit to Russia\n\n"
        "NA Chairman Nguyen Van Cuong was greeted at the airport in Moscow."
    )
    found = visits(text, "2023-09-04")
    assert [summary(v) for v in found] == [("nguyen van cuong", "VN", "RU", "2023-09")]


def test_later_sentence_dates_the_visit() -> None:
    text = (
        "Prime Minister Igor Petrov recently visited Vietnam. "
        "The visit in March 2023 deepened trade ties between the countries."
    )
    assert [summary(v) for v in visits(text, None)] == [("petrov", "RU", "VN", "2023-03")]


def test_transcript_first_person_visit_is_the_speakers() -> None:
    text = (
        "Talks in Hanoi\n"
        "I.Petrov: Thank you, colleagues.\n"
        "This is my first trip to Vietnam in this capacity. We value the welcome."
    )
    assert [summary(v) for v in visits(text, "2023-05-10")] == [("petrov", "RU", "VN", "2023-05")]


def test_event_of_the_visit_dates_it() -> None:
    text = (
        "The mayors of Hanoi and Moscow signed a memorandum on May 12. "
        "The signing was part of Prime Minister Nguyen Van Binh's official visit to Russia."
    )
    assert [summary(v) for v in visits(text, "2023-05-14")] == [("nguyen van binh", "VN", "RU", "2023-05")]
