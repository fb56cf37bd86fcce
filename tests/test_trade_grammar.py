"""Trade figures read through the period, amount and status grammars: sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from vnru_facts import extract_text
from vnru_facts.models import TradeFact

DOC_DATE = "2024-11-20"


def trade_facts(text: str, doc_date: str | None = DOC_DATE) -> list[TradeFact]:
    return [f for f in extract_text(text, doc_date=doc_date, types=["trade"]).facts if f.type == "trade"]


def read(f: TradeFact) -> dict[str, Any]:
    return {
        "value": f.value.amount if f.value else None,
        "period": (f.period.start, f.period.end) if f.period else None,
        "status": f.status,
    }


def readings(text: str, doc_date: str | None = DOC_DATE) -> list[dict[str, Any]]:
    return [read(f) for f in trade_facts(text, doc_date)]


# --- periods -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "In the first three quarters of this year, trade between Vietnam and Russia totalled"
            " $2.7 billion.",
            ("2024-01", "2024-09"),
        ),
        (
            "Vietnam's shipments to Russia came to $640 million during the past 9 months of the year.",
            ("2024-01", "2024-09"),
        ),
        ("Two-way trade between Vietnam and Russia hit $1.2 billion in Q1/2023.", ("2023-01", "2023-03")),
        (
            "Vietnam-Russia trade topped US$2 billion in the initial two quarters of 2023.",
            ("2023-01", "2023-06"),
        ),
        (
            "Bilateral trade between Vietnam and Russia stood at $900 million in last year's first half.",
            ("2023-01", "2023-06"),
        ),
        (
            "Russia's imports from Vietnam came to $1.5 billion between January and August.",
            ("2024-01", "2024-08"),
        ),
        ("Vietnam-Russia trade reached $2.1 billion so far this year.", ("2024-01", "2024-11")),
        # a month after "as of (the end of)", "by the end of" ends a running total from January
        (
            "Vietnam's pepper exports to Russia stood at over US$38 million as of the end of August.",
            ("2024-01", "2024-08"),
        ),
        ("Vietnam-Russia trade stood at $3 billion by the end of June.", ("2024-01", "2024-06")),
    ],
)
def test_a_figure_takes_the_period_the_grammar_reads(text, period):
    assert [r["period"] for r in readings(text)] == [period]


@pytest.mark.parametrize(
    ("text", "period"),
    [
        # the base of the change is last year's; the figure's period is the report's
        (
            "Vietnam's exports to Russia earned $1.32 billion in the first nine months of this year,"
            " a rise of 37% on the same nine months of last year.",
            ("2024-01", "2024-09"),
        ),
        (
            "Vietnam-Russia trade reached $3.5 billion in the first half, up 12% compared with the same"
            " period of 2023.",
            ("2024-01", "2024-06"),
        ),
        (
            "Vietnam-Russia trade hit $4.6 billion in 2023, up 26% against 2022's $3.6 billion.",
            ("2023-01", "2023-12"),
        ),
    ],
)
def test_a_comparison_base_is_never_the_figures_period(text, period):
    assert readings(text)[0]["period"] == period


def test_a_change_over_a_part_of_this_year_is_its_period():
    text = "Vietnam-Russia trade expanded 11% over the first nine months of this year, officials said."
    facts = trade_facts(text)
    assert [(f.growth.pct if f.growth else None, read(f)["period"]) for f in facts] == [
        (11.0, ("2024-01", "2024-09"))
    ]


def test_a_third_countrys_fiscal_report_gives_no_fact():
    text = (
        "Samsung's exports from Vietnam to the United States reached $30 billion in the first three quarters"
        " of its fiscal year."
    )
    assert trade_facts(text) == []


# --- amounts ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "currency", "qualifier"),
    [
        (
            "Bilateral trade between Vietnam and Russia reached seven billion US dollars in 2023.",
            7e9,
            "USD",
            "exact",
        ),
        ("Vietnam-Russia trade hit four point five billion dollars last year.", 4.5e9, "USD", "exact"),
        ("Vietnam's exports to Russia were nearly half a billion dollars in 2022.", 0.5e9, "USD", "under"),
        ("Two-way trade between Vietnam and Russia reached $4.57bn in 2023.", 4.57e9, "USD", "exact"),
        ("Vietnam-Russia trade reached USD 4,570 million in 2023.", 4.57e9, "USD", "exact"),
        ("Vietnam-Russia trade reached close to US$ 828 million in 2023.", 828e6, "USD", "under"),
        ("Vietnam-Russia trade rose 49% to exceed more than US$2.5 billion in 2023.", 2.5e9, "USD", "over"),
        ("Vietnam-Russia trade reached some $3 billion in 2023.", 3e9, "USD", "approx"),
        ("Vietnam-Russia trade is forecast at $6 billion or more in 2025.", 6e9, "USD", "over"),
        ("Vietnam-Russia trade could reach up to $5 billion in 2025.", 5e9, "USD", "under"),
    ],
)
def test_amounts_in_words_scales_and_qualifiers(text, value, currency, qualifier):
    [fact] = trade_facts(text)
    assert fact.value is not None
    assert (fact.value.amount, fact.value.currency, fact.value.qualifier) == (
        pytest.approx(value),
        currency,
        qualifier,
    )


@pytest.mark.parametrize(
    ("text", "usd", "written"),
    [
        (
            "Vietnam-Russia trade reached VND 115 trillion (US$4.57 billion) in 2023.",
            4.57e9,
            "VND 115 trillion (US$4.57 billion)",
        ),
        (
            "Vietnam's exports to Russia were 45 trillion dong (about $1.8 billion) in 2023.",
            1.8e9,
            "45 trillion dong (about $1.8 billion)",
        ),
        (
            "Vietnam-Russia trade reached US$4.57 billion (VND 115 trillion) in 2023.",
            4.57e9,
            "US$4.57 billion (VND 115 trillion)",
        ),
    ],
)
def test_a_figure_with_its_dollar_equivalent_is_one_fact_in_dollars(text, usd, written):
    [fact] = trade_facts(text)
    assert fact.value is not None
    assert (fact.value.amount, fact.value.currency, fact.value.text) == (pytest.approx(usd), "USD", written)


def test_a_dong_figure_alone_is_a_fact_in_dong():
    [fact] = trade_facts("Vietnam-Russia trade reached VND 115 trillion in 2023.")
    assert fact.value is not None
    assert (fact.value.amount, fact.value.currency) == (pytest.approx(115e12), "VND")


# --- status ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure something is brought to by a year: one target per year, with the year it names
        (
            "Both presidents pledged to bring two-way trade to six billion US dollars by 2016 and twelve"
            " billion dollars by 2021.",
            [(6e9, ("2016-01", "2016-12"), "target"), (12e9, ("2021-01", "2021-12"), "target")],
        ),
        (
            "Vietnam-Russia trade came to $2.9 billion in 2011. Hanoi and Moscow are now striving to"
            " raise the figure to $8 billion by 2018.",
            [(2.9e9, ("2011-01", "2011-12"), "actual"), (8e9, ("2018-01", "2018-12"), "target")],
        ),
        (
            "Officials of both nations are working to reach a two-way trade value of US$4 billion in 2014"
            " and US$9 billion in 2019.",
            [(4e9, ("2014-01", "2014-12"), "target"), (9e9, ("2019-01", "2019-12"), "target")],
        ),
        # expected: a forecast, and the figure coordinated with it too
        (
            "Lower tariffs are expected to push bilateral trade turnover to 6 billion USD by 2016 and"
            " 12 billion USD by 2021.",
            [(6e9, ("2016-01", "2016-12"), "forecast"), (12e9, ("2021-01", "2021-12"), "forecast")],
        ),
        (
            "Seafood exports to Russia are set to exceed US$190 million this year.",
            [(190e6, ("2013-01", "2013-12"), "forecast")],
        ),
        # an achieved figure that names a past target stays actual
        (
            "Vietnam-Russia trade reached $5 billion in 2012, short of the $10 billion target set for"
            " that year.",
            [(5e9, ("2012-01", "2012-12"), "actual"), (10e9, ("2012-01", "2012-12"), "target")],
        ),
        (
            "Bilateral trade between Vietnam and Russia had risen to $4 billion by 2012.",
            [(4e9, ("2012-01", "2012-12"), "actual")],
        ),
    ],
)
def test_status_is_read_from_the_clause(text, expected):
    facts = trade_facts(text, "2013-11-13")
    assert sorted((f.value.amount if f.value else 0, read(f)["period"], f.status) for f in facts) == expected


def test_the_shape_to_x_by_year_is_a_target_without_a_document_date():
    text = "The sides agreed to push Vietnam-Russia trade to $10 billion by 2030."
    assert readings(text, None) == [{"value": 10e9, "period": ("2030-01", "2030-12"), "status": "target"}]


@pytest.mark.parametrize(
    "text",
    [
        # a target of another country's trade
        "India and Vietnam aim to raise bilateral trade to $10 billion by 2020.",
        "Vietnam hopes to bring its trade with the United States to $100 billion by 2025.",
        # "the figure" with no trade told before it
        "The company is striving to raise the figure to $10 billion by 2020.",
    ],
)
def test_near_misses_of_the_target_shape_give_no_fact(text):
    assert trade_facts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period closing a coordinated clause of its own trade is the period of both figures
        (
            "Vietnam's trade with Russia came to US$2.8 billion, and Russia's export turnover to"
            " Vietnam stood at US$615 million during the past 9 months of the year.",
            [(615e6, ("2024-01", "2024-09")), (2.8e9, ("2024-01", "2024-09"))],
        ),
        (
            "Two-way trade between Vietnam and Russia hit $2 billion, while Vietnam's exports to Russia"
            " stood at $900 million in the first half.",
            [(900e6, ("2024-01", "2024-06")), (2e9, ("2024-01", "2024-06"))],
        ),
        # a figure compared with an earlier one: the earlier one's year is not the first figure's period
        (
            "Vietnam-Russia trade reached $4 billion, up from $3 billion in 2022.",
            [(3e9, ("2022-01", "2022-12")), (4e9, None)],
        ),
    ],
)
def test_a_period_closing_a_coordinated_clause_is_shared(text, expected):
    assert (
        sorted((f.value.amount if f.value else 0, read(f)["period"]) for f in trade_facts(text)) == expected
    )
