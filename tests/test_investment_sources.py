"""A stock told with its source, a comparison or "the country": the sentence's own words give the sides.

Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_investment import fact, investment_facts, summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison with third countries after the stock is a clause of its own
        (
            "Vietnam has invested about $2.2 billion in Russia, making it one of the top destinations for"
            " Vietnamese capital, along with Laos and Cambodia.",
            [fact("VN", "RU", amount=2.2e9)],
        ),
        (
            "Vietnam runs 21 projects in Russia with total capital of $1.4 billion, placing Russia among its"
            " top five destinations, behind Laos and Cambodia.",
            [fact("VN", "RU", amount=1.4e9, projects=21)],
        ),
        (
            "Russia has 180 projects in Vietnam worth $900 million, far behind South Korea and Japan.",
            [fact("RU", "VN", amount=900e6, projects=180)],
        ),
        # the rank the comparison gives stays the stock's
        (
            "Russia has 180 projects in Vietnam worth $900 million, ranking 27th among 140 countries and"
            " territories investing in Vietnam.",
            [fact("RU", "VN", amount=900e6, projects=180, rank=(27, 140))],
        ),
        # near miss: a third country inside the stock's own clause is another stock
        (
            "Russia and China have 180 projects in Vietnam worth $900 million.",
            [],
        ),
    ],
)
def test_a_comparison_after_the_stock_is_not_its_clause(text: str, expected: list[dict[str, Any]]) -> None:
    assert [summary(f) for f in investment_facts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source's places and its "Investment" are not the stock's
        (
            "According to the Foreign Investment Agency of Vietnam's Ministry of Planning and Investment,"
            " Russia had 140 valid projects in Vietnam with registered capital of $960 million.",
            [fact("RU", "VN", amount=960e6, projects=140)],
        ),
        (
            "According to the Foreign Investment Agency, Russia had 140 valid projects in Vietnam with"
            " registered capital of $960 million.",
            [fact("RU", "VN", amount=960e6, projects=140)],
        ),
        # "the country" is the other side of the subject's
        (
            "According to Vietnam's planning ministry, Russia had 140 valid projects in the country with"
            " registered capital of $960 million.",
            [fact("RU", "VN", amount=960e6, projects=140)],
        ),
        (
            "Vietnam has 25 projects in the country with total capital of $1.7 billion.",
            [fact("VN", "RU", amount=1.7e9, projects=25)],
        ),
        # near misses: the country's own stock and a stock with no subject
        ("Russia had 140 valid projects with registered capital of $960 million.", []),
        ("There are 140 valid projects in the country with registered capital of $960 million.", []),
    ],
)
def test_a_source_and_the_country_in_a_stock(text: str, expected: list[dict[str, Any]]) -> None:
    assert [summary(f) for f in investment_facts(text)] == expected


COMPANY = "Vietnamese dairy firm Moc Chau Milk is building cattle farms and a milk plant in Tula, Russia. "


@pytest.mark.parametrize(
    ("told_after", "expected"),
    [
        # the project's total, its words a long way before the figure
        (
            "Total investment in the project is estimated at $1.9 billion.",
            [fact("VN", "RU", company="Moc Chau Milk", amount=1.9e9)],
        ),
        (
            "The total investment of the complex is put at about $1.9 billion.",
            [fact("VN", "RU", company="Moc Chau Milk", amount=1.9e9)],
        ),
        # a phase of it, told with its worth
        (
            "The first phase, worth about $400 million, opened in 2022.",
            [fact("VN", "RU", company="Moc Chau Milk", amount=400e6)],
        ),
        (
            "Phase one, valued at $400 million, covers three farms.",
            [fact("VN", "RU", company="Moc Chau Milk", amount=400e6)],
        ),
        # near misses: a phase with no worth, a worth with no phase or project
        ("The first phase opened in 2022 with 3,000 cows.", []),
        ("The company's milk sales, worth $400 million a year, go to Moscow.", []),
    ],
)
def test_a_project_told_after_its_company(told_after: str, expected: list[dict[str, Any]]) -> None:
    assert [summary(f) for f in investment_facts(COMPANY + told_after)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown by locality told over several sentences, after the side's capital is named
        (
            "Most of the Russian capital goes to energy and tourism. Ninh Binh, home to a large cement plant"
            " built in 1999, leads with 12 projects capitalised at about $300 million. Tourism draws"
            " visitors. Binh Dinh comes second with 9 projects and around $120 million.",
            [
                fact("RU", "Ninh Binh", amount=300e6, projects=12),
                fact("RU", "Binh Dinh", amount=120e6, projects=9),
            ],
        ),
        # a city's investors invest as that city
        (
            "Kazan investors have 6 projects in Da Nang with registered capital of $12 million.",
            [fact("Kazan", "Da Nang", amount=12e6, projects=6)],
        ),
        # near misses: "the Russian capital" as a city; a breakdown with no stock or side's capital before
        (
            "Ties with the Russian capital are close. Binh Dinh comes second with 9 projects and around $120"
            " million.",
            [],
        ),
    ],
)
def test_a_breakdown_by_locality(text: str, expected: list[dict[str, Any]]) -> None:
    assert [summary(f) for f in investment_facts(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's count is the lead's stock, told with more
        (
            "Russia has 180 valid investment projects in Vietnam\n\nAs of March, Russia had 180"
            " valid projects in Vietnam"
            " with registered capital of $950 million.",
            [fact("RU", "VN", amount=950e6, projects=180, as_of="2023-03")],
        ),
        # near miss: another count is another stock
        (
            "Russia has 170 valid investment projects in Vietnam\n\nAs of March, Russia had 180"
            " valid projects in Vietnam"
            " with registered capital of $950 million.",
            [fact("RU", "VN", projects=170), fact("RU", "VN", amount=950e6, projects=180, as_of="2023-03")],
        ),
    ],
)
def test_a_stock_told_again_with_more(text: str, expected: list[dict[str, Any]]) -> None:
    assert [summary(f) for f in investment_facts(text)] == expected


@pytest.mark.parametrize(
    ("text", "host"),
    [
        # "the province" is the place the story calls a province, not the city of the meeting
        (
            "Officials of Ninh Binh province met Russian guests in Hoa Lu. Hoa Lu is a historic town. The"
            " officials said 7 Russian-invested projects are operating in the province with registered"
            " capital of $30 million.",
            "Ninh Binh",
        ),
        (
            "Receiving Russian guests in Hoa Lu on May 2, the head of the Ninh Binh provincial People's"
            " Committee said the province currently hosts 7 Russian-invested projects worth $30 million.",
            "Ninh Binh",
        ),
        # near miss: with no province named, the city named before
        (
            "Officials met Russian guests in Vung Tau. They said 7 Russian-invested projects are operating in"
            " the city with registered capital of $30 million.",
            "Vung Tau",
        ),
    ],
)
def test_the_province_a_stock_is_in(text: str, host: str) -> None:
    assert [f.host for f in investment_facts(text)] == [host]
