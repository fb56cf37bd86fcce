"""Trade told with the goods' quantity, as earnings, or as a purchase of a side's goods: the commodity, the
direction and the figure each phrasing must give, and the near misses that must give none (or no wrong
field)."""

from __future__ import annotations

from typing import Any

import pytest

from vnru_facts import extract_text
from vnru_facts.models import TradeFact

DOC_DATE = "2025-03-10"
YEAR_2024 = ("2024-01", "2024-12")


def trade_facts(text: str) -> list[TradeFact]:
    return [f for f in extract_text(text, doc_date=DOC_DATE, types=["trade"]).facts if f.type == "trade"]


def summary(f: TradeFact) -> tuple[Any, ...]:
    """(flow, exporter, importer, commodity, value, period) of a fact."""
    period = (f.period.start, f.period.end) if f.period else None
    return f.flow, f.exporter, f.importer, f.commodity, f.value.amount if f.value else None, period


def summaries(text: str) -> list[tuple[Any, ...]]:
    return [summary(f) for f in trade_facts(text)]


# --- a quantity of the goods before its value: "150,000 tonnes of rice worth $90 million" -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam shipped 80,000 tonnes of rice worth $52 million to Russia in 2024.",
            ("export", "VN", "RU", "rice", 5.2e7, YEAR_2024),
        ),
        (
            "In 2024, Vietnam exported 30,000 tonnes of coffee to Russia, earning $140 million.",
            ("export", "VN", "RU", "coffee", 1.4e8, YEAR_2024),
        ),
        (
            "Vietnam sold 6,500 tonnes of black pepper to Russia for $27 million in 2024.",
            ("export", "VN", "RU", "black pepper", 2.7e7, YEAR_2024),
        ),
        (
            "Russia imported about 15,000 tonnes of Vietnamese shrimp valued at $95 million in 2024.",
            ("import", "VN", "RU", "shrimp", 9.5e7, YEAR_2024),
        ),
        (
            "Vietnam exported 9,000 cubic metres of plywood to Russia worth $6 million in 2024.",
            ("export", "VN", "RU", "plywood", 6e6, YEAR_2024),
        ),
        (
            "Vietnam's exports of 1.2 million units of phones to Russia were worth $310 million in 2024.",
            ("export", "VN", "RU", "phones", 3.1e8, YEAR_2024),
        ),
        (
            "Vietnam imported 400,000 tonnes of Russian wheat valued at $120 million in 2024.",
            ("import", "RU", "VN", "wheat", 1.2e8, YEAR_2024),
        ),
        # the market as indirect object before the goods; a side's traders as the flow's owner
        (
            "Vietnam sold Russia 12,000 tonnes of cashews worth $75 million in 2024.",
            ("export", "VN", "RU", "cashews", 7.5e7, YEAR_2024),
        ),
        (
            "Russia supplied Vietnam with 900,000 tonnes of urea worth $260 million in 2024.",
            ("export", "RU", "VN", "urea", 2.6e8, YEAR_2024),
        ),
        (
            "Russia supplied Vietnam with jet fuel worth $140 million in 2024.",
            ("export", "RU", "VN", "jet fuel", 1.4e8, YEAR_2024),
        ),
        (
            "Vietnamese exporters shipped 5,000 tonnes of tea worth $11 million to Russia in 2024.",
            ("export", "VN", "RU", "tea", 1.1e7, YEAR_2024),
        ),
        # a word in "-ed"/"-ing" before the goods is their kind; after them it is their verb
        (
            "Vietnam exported 2,000 tonnes of dried mango to Russia worth $9 million in 2024.",
            ("export", "VN", "RU", "dried mango", 9e6, YEAR_2024),
        ),
        (
            "Vietnam's exports of rice soaring to Russia reached $48 million in 2024.",
            ("export", "VN", "RU", "rice", 4.8e7, YEAR_2024),
        ),
        # near miss: a quantity of goods in general names no commodity
        (
            "Vietnam shipped 200,000 tonnes of goods worth $75 million to Russia in 2024.",
            ("export", "VN", "RU", None, 7.5e7, YEAR_2024),
        ),
    ],
)
def test_the_goods_of_a_quantity(text: str, expected: tuple[Any, ...]) -> None:
    assert summaries(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a quantity sold to the whole world, or to a third country, is no Vietnam-Russia trade
        "Vietnam exported 45,000 tonnes of coffee in 2024, earning $210 million.",
        "Vietnam shipped 150,000 tonnes of rice to Africa worth $90 million in 2024.",
        "Russia supplied India with 900,000 tonnes of urea worth $260 million in 2024.",
        # the money of the clause is an investment, not the goods' value
        "Vietnam exported 45,000 tonnes of coffee to Russia in 2024, while its investment there reached "
        "$210 million.",
        # "worth" of a thing named in a clause of its own after the flow
        "Vietnam shipped 150,000 tonnes of rice to Russia in 2024, and a new port worth $90 million opened "
        "in Hai Phong.",
        "Vietnam exported 45,000 tonnes of coffee to Russia in 2024; a roasting plant valued at $90 million "
        "was also built.",
        "Exports to Russia rose in 2024, but the new warehouse costing $30 million stood idle.",
    ],
)
def test_a_quantity_with_no_vietnam_russia_value_is_no_fact(text: str) -> None:
    assert trade_facts(text) == []


# --- a change told right after a quantity is the quantity's, not the trade value's -------------------


@pytest.mark.parametrize(
    "text",
    [
        "In May 2024, Vietnam bought 150,000 tonnes of coal from Russia, a rise of 40% on the year.",
        "Vietnam exported 45,000 tonnes of coffee to Russia in the first quarter, up 20% year on year.",
        "Russia shipped 1.2 million tonnes of fertiliser to Vietnam in January, a rise of 35%.",
        "Vietnam sold 3,000 cubic metres of timber to Russia in May, down 12% from a year earlier.",
    ],
)
def test_a_change_of_a_quantity_is_no_trade_growth(text: str) -> None:
    assert [f.growth for f in trade_facts(text) if f.growth is not None] == []


@pytest.mark.parametrize(
    ("text", "growth"),
    [
        # near misses: the worth told between the quantity and the change, or the change of the value
        ("Vietnam exported 45,000 tonnes of coffee worth $100 million to Russia in 2024, up 20%.", 20.0),
        ("Vietnam exported 45,000 tonnes of coffee to Russia in 2024, earning $100 million, up 20%.", 20.0),
        ("Coffee exports to Russia rose 20% in 2024.", 20.0),
    ],
)
def test_a_change_after_the_worth_of_a_quantity_is_the_trades(text: str, growth: float) -> None:
    assert [f.growth.pct for f in trade_facts(text) if f.growth is not None] == [growth]


# --- earnings: the flow and its goods told after the figure ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam earned $210 million from cashew nut shipments to Russia in 2024.",
            ("export", "VN", "RU", "cashew", 2.1e8, YEAR_2024),
        ),
        (
            "Vietnamese firms earned $35 million in dragon fruit sales to Russia in 2024.",
            ("export", "VN", "RU", "dragon fruit", 3.5e7, YEAR_2024),
        ),
        (
            "The country earned $64 million from exports of frozen tuna to Russia in 2024.",
            ("export", "VN", "RU", "frozen tuna", 6.4e7, YEAR_2024),
        ),
        (
            "Vietnam earned $18 million from sales of instant noodles to Russia in 2024.",
            ("export", "VN", "RU", "instant noodles", 1.8e7, YEAR_2024),
        ),
        (
            "Vietnam earned $90 million from exporting rice to Russia in 2024.",
            ("export", "VN", "RU", "rice", 9e7, YEAR_2024),
        ),
        (
            "Farmers earned $12 million from shipping fresh lychees to Russia in 2024.",
            ("export", "VN", "RU", "fresh lychees", 1.2e7, YEAR_2024),
        ),
        # the flow word before the figure, with a verb of earning
        (
            "Revenue from rubber exports to Russia reached $75 million in 2024.",
            ("export", "VN", "RU", "rubber", 7.5e7, YEAR_2024),
        ),
        (
            "Vietnam's tea exports to Russia fetched $20 million in 2024.",
            ("export", "VN", "RU", "tea", 2e7, YEAR_2024),
        ),
        (
            "Seafood shipments to Russia brought in $150 million in 2024.",
            ("export", "VN", "RU", "seafood", 1.5e8, YEAR_2024),
        ),
    ],
)
def test_earnings_from_a_flow_of_goods(text: str, expected: tuple[Any, ...]) -> None:
    assert summaries(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: earnings from the whole world, from securities, from money that is no goods' value
        "Vietnam earned $300 million from cashew nut shipments in 2024.",
        "Vietnam earned $90 million from exporting rice in 2024.",
        "Vietnam earned $90 million from selling shares to Russian investors in 2024.",
        "Russia put $2 billion in new investment and exports to Vietnam in 2024.",
        # money put into a flow is no value of it
        "The fund invested $50 million in seafood exports to Russia in 2024.",
        "A Russian bank invested $40 million in exports to Vietnam in 2024.",
    ],
)
def test_earnings_with_no_vietnam_russia_flow_of_goods_are_no_fact(text: str) -> None:
    assert trade_facts(text) == []


# --- a purchase of a side's goods: "bought 2 million tonnes of Russian fertiliser" ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam bought 1.5 million tonnes of Russian fertiliser valued at $520 million in 2024.",
            ("import", "RU", "VN", "fertiliser", 5.2e8, YEAR_2024),
        ),
        (
            "Vietnam purchased 700,000 tonnes of Russian barley worth $190 million in 2024.",
            ("import", "RU", "VN", "barley", 1.9e8, YEAR_2024),
        ),
        (
            "Vietnam purchased Russian sunflower oil worth $85 million in 2024.",
            ("import", "RU", "VN", "sunflower oil", 8.5e7, YEAR_2024),
        ),
        # the origin named after the figure
        (
            "Vietnam bought $240 million worth of Russian coking coal in 2024.",
            ("import", "RU", "VN", "coking coal", 2.4e8, YEAR_2024),
        ),
        (
            "Vietnam spent $410 million on importing Russian steel billets in 2024.",
            ("import", "RU", "VN", "steel billets", 4.1e8, YEAR_2024),
        ),
        (
            "Vietnam spent $330 million on Russian wheat imports in 2024.",
            ("import", "RU", "VN", "wheat", 3.3e8, YEAR_2024),
        ),
        (
            "Russia bought $60 million worth of Vietnamese cashews in 2024.",
            ("import", "VN", "RU", "cashews", 6e7, YEAR_2024),
        ),
        # the origin named by "from", and "purchases of"
        (
            "Vietnam purchased urea worth $70 million from Russia in 2024.",
            ("import", "RU", "VN", "urea", 7e7, YEAR_2024),
        ),
        (
            "Vietnam's purchases of Russian aluminium reached $150 million in 2024.",
            ("import", "RU", "VN", "aluminium", 1.5e8, YEAR_2024),
        ),
        # a count of the goods before them; a company of a side supplying the other side
        (
            "Vietnam bought four Gepard-class frigates from Russia worth $700 million in 2024.",
            ("import", "RU", "VN", "frigates", 7e8, YEAR_2024),
        ),
        (
            "Russia's Rosatom supplied Vietnam with nuclear fuel worth $100 million in 2024.",
            ("export", "RU", "VN", "nuclear fuel", 1e8, YEAR_2024),
        ),
        (
            "Russian buyers purchased 9,000 tonnes of Vietnamese pangasius worth $25 million in 2024.",
            ("import", "VN", "RU", "pangasius", 2.5e7, YEAR_2024),
        ),
        # goods in general bought from a side
        (
            "Vietnam bought goods worth $2 billion from Russia in 2024.",
            ("import", "RU", "VN", None, 2e9, YEAR_2024),
        ),
    ],
)
def test_a_purchase_of_a_sides_goods(text: str, expected: tuple[Any, ...]) -> None:
    assert summaries(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: securities or a company bought are no goods; goods of no side's origin
        "Vietnam's Masan bought 2 million shares of a Russian firm for $5 million in 2024.",
        "Vietnam's Masan bought a Russian dairy company for $50 million in 2024.",
        "Vietnam bought $300 million worth of Russian bonds in 2024.",
        "Vietnam's Masan bought shares worth $5 million from a Russian fund in 2024.",
        "Vietnam bought 2 million tonnes of fertiliser valued at $700 million in 2024.",
        "Vietnam bought $300 million worth of wheat in 2024.",
        # the subject of the purchase is no goods
        "Russian investors bought 20% of the Vietnamese firm for $30 million in 2024.",
    ],
)
def test_a_purchase_of_no_sides_goods_is_no_fact(text: str) -> None:
    assert trade_facts(text) == []


# --- a side's role in the other's trade in some goods: "Russia was Vietnam's largest supplier of wheat" --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia was Vietnam's largest supplier of wheat in 2024, with imports of $480 million.",
            ("import", "RU", "VN", "wheat", 4.8e8, YEAR_2024),
        ),
        (
            "Vietnam is Russia's second-biggest buyer of coal, with imports of $310 million in 2024.",
            ("import", "RU", "VN", "coal", 3.1e8, YEAR_2024),
        ),
        (
            "Russia remained the main supplier of potash to Vietnam in 2024, with shipments worth "
            "$95 million.",
            ("export", "RU", "VN", "potash", 9.5e7, YEAR_2024),
        ),
        (
            "Vietnam became the top source of shrimp for Russia in 2024, with exports of $120 million.",
            ("export", "VN", "RU", "shrimp", 1.2e8, YEAR_2024),
        ),
    ],
)
def test_a_sides_role_in_trade_in_some_goods(text: str, expected: tuple[Any, ...]) -> None:
    assert summaries(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a role in a third country's trade; a total figure after the role keeps no goods
        ("Russia was India's largest supplier of oil in 2024, with imports of $50 billion.", []),
        (
            "Russia was Vietnam's largest supplier of wheat in 2024, while bilateral trade reached "
            "$5 billion.",
            [("total", None, None, None, 5e9, YEAR_2024)],
        ),
    ],
)
def test_a_role_gives_no_other_flow_its_goods(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


# --- goods told right before their worth: "included 80,000 tonnes of rice worth", "and coffee worth" ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam's exports to Russia included 20,000 tonnes of cassava worth $9 million in 2024.",
            [("export", "VN", "RU", "cassava", 9e6, YEAR_2024)],
        ),
        # a figure of other goods coordinated after a flow's figure keeps that flow
        (
            "In 2024, Vietnam shipped 70,000 tonnes of rice to Russia worth $45 million and 8,000 tonnes "
            "of cinnamon worth $30 million.",
            [
                ("export", "VN", "RU", "rice", 4.5e7, YEAR_2024),
                ("export", "VN", "RU", "cinnamon", 3e7, YEAR_2024),
            ],
        ),
        (
            "In 2024 Russia sold coal worth $200 million to Vietnam and fertiliser worth $90 million.",
            [
                ("export", "RU", "VN", "coal", 2e8, YEAR_2024),
                ("export", "RU", "VN", "fertiliser", 9e7, YEAR_2024),
            ],
        ),
        (
            "In 2024 Vietnam exported goods worth $2 billion to Russia and 30,000 tonnes of coffee worth "
            "$140 million.",
            [
                ("export", "VN", "RU", None, 2e9, YEAR_2024),
                ("export", "VN", "RU", "coffee", 1.4e8, YEAR_2024),
            ],
        ),
        # near misses: a clause of its own after the flow's figure keeps neither its flow nor goods
        (
            "In 2024 Vietnam exported rice worth $52 million to Russia and received investment worth "
            "$140 million.",
            [("export", "VN", "RU", "rice", 5.2e7, YEAR_2024)],
        ),
        (
            "Vietnam's exports to Russia reached $3 billion in 2024 and a new port worth $90 million opened.",
            [("export", "VN", "RU", None, 3e9, YEAR_2024)],
        ),
    ],
)
def test_goods_told_right_before_their_worth(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert sorted(summaries(text), key=str) == sorted(expected, key=str)
