"""Investment stocks worded without an investment verb or as a standing total: a side's firms running
projects worth an amount, and a total that "stands at" or "amounts to" an amount."""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_investment import fact, investment_facts, summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian firms currently run 180 projects worth a combined $870 million in Vietnam.",
            fact("RU", "VN", amount=870e6, projects=180, as_of="2023-10"),
        ),
        (
            "Russian companies run 95 projects with total registered capital of $640 million in Vietnam.",
            fact("RU", "VN", amount=640e6, projects=95),
        ),
        (
            "Vietnamese businesses hold 14 projects in Russia capitalised at about $2.1 billion.",
            fact("VN", "RU", amount=2.1e9, projects=14),
        ),
        (
            "Vietnamese enterprises are implementing 19 projects in Russia worth a total of $2.8 billion.",
            fact("VN", "RU", amount=2.8e9, projects=19),
        ),
        (
            "Vietnam's private companies have 12 projects worth $1.3 billion in Russia.",
            fact("VN", "RU", amount=1.3e9, projects=12),
        ),
        # The host named between the firms and their verb; a comma before the money.
        (
            "Russian firms in Vietnam now operate some 160 projects, worth nearly $900 million.",
            fact("RU", "VN", amount=900e6, projects=160),
        ),
        # A city of the other side is the host by its name.
        (
            "Russian investors hold 41 projects capitalized at $75 million in Hanoi.",
            fact("RU", "Hanoi", amount=75e6, projects=41),
        ),
        # One clause of two: the other names a third country's firms.
        (
            "Russian firms run 150 projects worth $800 million in Vietnam, while Korean firms run thousands.",
            fact("RU", "VN", amount=800e6, projects=150),
        ),
    ],
)
def test_projects_run_by_a_sides_firms(text: str, expected: dict[str, Any]) -> None:
    assert [summary(f) for f in investment_facts(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A third country's firms.
        "Japanese firms run 5,000 projects worth $70 billion in Vietnam.",
        "Vietnamese firms run 20 projects worth $1 billion in Laos.",
        # Not projects: courses, contracts.
        "Russian firms run 20 training courses worth $5 million in Vietnam.",
        # Projects with no money of their own: contractors may run them.
        "Russian firms run 20 construction projects in Vietnam.",
        "Russian firms run 20 projects in Vietnam, and two-way trade is worth $5 billion.",
        # Projects on the firms' own side.
        "Russian firms run 20 projects worth $990 million in Russia.",
    ],
)
def test_no_stock_of_projects_run_by_firms(text: str) -> None:
    assert investment_facts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A total as it stands now: the report's month, as "currently" gives.
        (
            "Vietnamese investment in Russia stands at roughly $2.3 billion.",
            fact("VN", "RU", amount=2.3e9, as_of="2023-10"),
        ),
        (
            "Russia's total investment in Vietnam amounts to $1.1 billion.",
            fact("RU", "VN", amount=1.1e9, as_of="2023-10"),
        ),
        (
            "Russia's accumulated investment in Vietnam totals $940 million.",
            fact("RU", "VN", amount=940e6, as_of="2023-10"),
        ),
        (
            "Vietnam's investment in Russia is estimated at around $3.2 billion, officials say.",
            fact("VN", "RU", amount=3.2e9, as_of="2023-10"),
        ),
        (
            "Russian FDI in Vietnam is worth about $1 billion.",
            fact("RU", "VN", amount=1e9, as_of="2023-10"),
        ),
        (
            "Total Russian investments in Vietnam now stand at close to $1 billion.",
            fact("RU", "VN", amount=1e9, as_of="2023-10"),
        ),
        (
            "Vietnamese investment in Russia comes to nearly $2 billion, up from $100 million in 2005.",
            fact("VN", "RU", amount=2e9, as_of="2023-10"),
        ),
        # A date given for the total wins.
        (
            "Russian investment in Vietnam stands at $960 million as of the end of June.",
            fact("RU", "VN", amount=960e6, as_of="2023-06"),
        ),
        # A past or perfect total gives no date of its own.
        (
            "Vietnamese investment in Russia stood at about $2 billion.",
            fact("VN", "RU", amount=2e9),
        ),
        (
            "Russia's investment in Vietnam amounted to $900 million.",
            fact("RU", "VN", amount=900e6),
        ),
        (
            "Vietnam's cumulative investment in Russia has reached some $3 billion.",
            fact("VN", "RU", amount=3e9),
        ),
        # Nor does one expected or planned.
        (
            "Russian investment in Vietnam is expected to be about $2 billion.",
            fact("RU", "VN", amount=2e9),
        ),
        (
            "Russia's investment in Vietnam is set to hit $2 billion.",
            fact("RU", "VN", amount=2e9),
        ),
    ],
)
def test_a_total_as_it_stands(text: str, expected: dict[str, Any]) -> None:
    assert [summary(f) for f in investment_facts(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A third country's investment.
        "Japanese investment in Vietnam stands at $70 billion.",
        # The standing total is trade's.
        "Russia's investment in Vietnam is small next to two-way trade, which totals $5 billion.",
    ],
)
def test_no_standing_total(text: str) -> None:
    assert investment_facts(text) == []


def test_a_projects_cost_that_is_worth_its_amount_is_not_dated() -> None:
    text = "Vietnam's TH Group will build a dairy complex in Kaluga. The project is worth $500 million."
    assert [summary(f) for f in investment_facts(text)] == [
        fact("VN", "RU", company="TH Group", amount=500e6)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A rank told after the stock, with "ranking", "stands", "is", "placed" and as an ordinal investor.
        (
            "Russian firms run 130 projects worth a combined $870 million in Vietnam, ranking 27th among "
            "145 countries and territories investing in Vietnam.",
            fact("RU", "VN", amount=870e6, projects=130, rank=(27, 145)),
        ),
        (
            "Russia stands 25th among 141 foreign investors in Vietnam, with 128 projects worth "
            "$910 million.",
            fact("RU", "VN", amount=910e6, projects=128, rank=(25, 141)),
        ),
        (
            "Russia is 24th of 139 countries and territories investing in Vietnam, with registered capital "
            "of $940 million.",
            fact("RU", "VN", amount=940e6, rank=(24, 139)),
        ),
        (
            "Russia placed 23rd out of 137 investors in Vietnam, with 126 projects capitalised at "
            "$950 million.",
            fact("RU", "VN", amount=950e6, projects=126, rank=(23, 137)),
        ),
        (
            "Russia is the 26th largest investor in Vietnam among 148 countries, with 120 projects worth "
            "$990 million.",
            fact("RU", "VN", amount=990e6, projects=120, rank=(26, 148)),
        ),
        # The amount right after the ranked investor.
        (
            "Russia is the 26th largest investor in Vietnam, with $990 million.",
            fact("RU", "VN", amount=990e6),
        ),
    ],
)
def test_a_stock_with_its_rank(text: str, expected: dict[str, Any]) -> None:
    assert [summary(f) for f in investment_facts(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # A rank with no stock of its own.
        "Russia ranks 26th among 148 countries and territories investing in Vietnam.",
        # A rank in another list, with trade money.
        "Russia is now the 9th largest trade partner of Vietnam among 200, with turnover of $5 billion.",
    ],
)
def test_no_stock_with_a_rank(text: str) -> None:
    assert investment_facts(text) == []


# --- the two sides' stocks in one sentence: every tense of the verb, and the date the sentence opens with ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As of March 2019, Russia owned 140 investment projects in Vietnam worth $1.5 billion, whereas "
            "Vietnam ran 22 projects in Russia worth $2.2 billion.",
            [
                fact("RU", "VN", amount=1.5e9, projects=140, as_of="2019-03"),
                fact("VN", "RU", amount=2.2e9, projects=22, as_of="2019-03"),
            ],
        ),
        (
            "By the end of 2022, Russian firms had 200 projects in Vietnam worth $1 billion; Vietnamese "
            "firms held 30 projects in Russia worth $2 billion.",
            [
                fact("RU", "VN", amount=1e9, projects=200, as_of="2022-12"),
                fact("VN", "RU", amount=2e9, projects=30, as_of="2022-12"),
            ],
        ),
        (
            "Vietnam operated 17 projects worth $2.5 billion in Russia.",
            [fact("VN", "RU", amount=2.5e9, projects=17)],
        ),
        # near miss: a date closing the first clause is that clause's own
        (
            "Russia owned 140 projects in Vietnam worth $1.5 billion as of March 2019, whereas Vietnam "
            "ran 22 projects in Russia worth $2.2 billion.",
            [
                fact("RU", "VN", amount=1.5e9, projects=140, as_of="2019-03"),
                fact("VN", "RU", amount=2.2e9, projects=22),
            ],
        ),
    ],
)
def test_both_sides_stocks_in_one_sentence(text: str, expected: list[dict[str, Any]]) -> None:
    found = sorted((summary(f) for f in investment_facts(text)), key=lambda f: f["amount"])
    assert found == sorted(expected, key=lambda f: f["amount"])


@pytest.mark.parametrize(
    "text",
    [
        # a past verb that counts no projects: talks held, trains run
        "Russia held talks on 20 projects in Vietnam worth $1 billion.",
        "Russian Railways ran 20 trains to Vietnam worth $3 billion.",
    ],
)
def test_no_stock_from_a_past_verb_that_counts_no_projects(text: str) -> None:
    assert investment_facts(text) == []
