"""An earlier trip a visit is measured from, told in passing after "since". Sentences written for the
tests, reported on 2024-06-20."""

from __future__ import annotations

import pytest

from tests.test_visit import visits

ARRIVAL = "Russian President Ivan Sergeev arrived in Hanoi on Wednesday for a state visit, "


def trips(text: str) -> list[tuple]:
    found = [(v["person"]["key"], v["to"], v["place"], v["start"]) for v in visits(text, "2024-06-20")]
    return sorted(found, key=str)


@pytest.mark.parametrize(
    ("since", "earlier"),
    [
        (
            "his first since he attended the APEC summit in Da Nang in November 2017.",
            ("sergeev", "VN", "Da Nang", "2017-11"),
        ),
        ("his first since 2016, when he attended a forum in Da Nang.", ("sergeev", "VN", "Da Nang", "2016")),
        ("his first since he last visited Vietnam in March 2015.", ("sergeev", "VN", None, "2015-03")),
        ("the first by a Russian leader since Dmitry Orlov's trip in 2013.", ("orlov", "VN", None, "2013")),
    ],
)
def test_the_trip_a_visit_is_measured_from(since: str, earlier: tuple) -> None:
    assert trips(ARRIVAL + since) == sorted([("sergeev", "VN", "Hanoi", "2024-06-19"), earlier], key=str)


@pytest.mark.parametrize(
    "since",
    [
        # near misses: a bare year names no trip; a trip of the other side is not measured from
        "his first since 2017.",
        "his first since Nguyen Van Binh's trip in 2013.",
        "his first since he took office in 2012.",
    ],
)
def test_since_without_an_earlier_trip_of_the_side(since: str) -> None:
    assert trips(ARRIVAL + since) == [("sergeev", "VN", "Hanoi", "2024-06-19")]


def test_the_documents_of_the_visit_keep_its_date_not_the_earlier_trips() -> None:
    from tests.test_agreement import agreements

    text = (
        ARRIVAL
        + "his first since he attended the APEC summit in Da Nang in November 2017. The two sides signed 9"
        " documents."
    )
    assert [a[3] for a in agreements(text, doc_date="2024-06-20")] == ["2024-06"]


@pytest.mark.parametrize(
    ("counted", "earlier"),
    [
        (
            "It was his fourth visit to the country, after 2002, 2008 and the APEC summit in Da Nang in"
            " 2017.",
            [("2002", None), ("2008", None), ("2017", "Da Nang")],
        ),
        (
            "The visit was the Russian leader's third to Vietnam, after trips in 2002 and 2017, when he"
            " attended a forum in Da Nang.",
            [("2002", None), ("2017", "Da Nang")],
        ),
    ],
)
def test_the_trips_a_visit_is_counted_after(counted: str, earlier: list[tuple]) -> None:
    text = "Russian President Ivan Sergeev arrived in Hanoi on Wednesday for a state visit. " + counted
    found = visits(text, "2024-06-20")
    past = dict(sorted((v["start"], v["place"]) for v in found if v["start"] < "2024"))
    assert sorted(past) == [year for year, _ in earlier]
    assert all(past[year] == place for year, place in earlier if place)


def test_a_count_with_no_years_lists_no_trip() -> None:
    # near miss: an ordinal with no years after it
    text = (
        "Russian President Ivan Sergeev arrived in Hanoi on Wednesday for his fifth visit, after talks in"
        " Moscow."
    )
    assert [v["start"] for v in visits(text, "2024-06-20")] == ["2024-06-19"]
