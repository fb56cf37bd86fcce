"""Trade phrasing families of real reporting (issue 18): goods in a list with a figure each, goods named by
their rank or beside a share of a whole, a commodity's exports where the market in focus is one side, a
side's role as a seller, a flow coordinated after another, a dateline before the subject, the places and
names around a trade word, and a headline restating the body. Each table holds several phrasings and the
near misses that must give no fact (or no wrong field): a side's trade with the world, a third country's,
a company's revenue, market shares, quantities that are no money."""

from __future__ import annotations

from typing import Any

import pytest

from vnru_facts import extract_text
from vnru_facts.models import TradeFact

DOC_DATE = "2025-03-10"
YEAR_2024 = ("2024-01", "2024-12")
H1_2024 = ("2024-01", "2024-06")
EIGHT_MONTHS_2024 = ("2024-01", "2024-08")


def trade_facts(text: str) -> list[TradeFact]:
    return [f for f in extract_text(text, doc_date=DOC_DATE, types=["trade"]).facts if f.type == "trade"]


def summary(f: TradeFact) -> tuple[Any, ...]:
    """(flow, exporter, importer, commodity, value, growth, period) of a fact."""
    period = (f.period.start, f.period.end) if f.period else None
    value = f.value.amount if f.value else None
    return f.flow, f.exporter, f.importer, f.commodity, value, f.growth.pct if f.growth else None, period


def summaries(text: str) -> list[tuple[Any, ...]]:
    return sorted((summary(f) for f in trade_facts(text)), key=lambda s: (s[4] or 0, s[5] or 0))


def vn_to_ru(
    commodity: str | None, value: float | None, growth: float | None, period: Any
) -> tuple[Any, ...]:
    return "export", "VN", "RU", commodity, value, growth, period


def ru_to_vn(
    commodity: str | None, value: float | None, growth: float | None, period: Any
) -> tuple[Any, ...]:
    return "export", "RU", "VN", commodity, value, growth, period


# --- a list of goods after a flow's head, each with its own figure -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2024, Vietnam's key export items to Russia included textiles and garments with "
            "US$600 million, "
            "up 110%; coffee with US$240 million, up 30%; and seafood with US$160 million, up 90%.",
            [
                vn_to_ru("seafood", 1.6e8, 90.0, YEAR_2024),
                vn_to_ru("coffee", 2.4e8, 30.0, YEAR_2024),
                vn_to_ru("textiles and garments", 6e8, 110.0, YEAR_2024),
            ],
        ),
        (
            "Russia's main exports to Vietnam in 2024 were led by coal ($900 million), fertilisers "
            "($400 million) and wheat ($250 million).",
            [
                ru_to_vn("wheat", 2.5e8, None, YEAR_2024),
                ru_to_vn("fertilisers", 4e8, None, YEAR_2024),
                ru_to_vn("coal", 9e8, None, YEAR_2024),
            ],
        ),
        (
            "Vietnam's exports to Russia in the first half of 2024 included phones at $700 million, "
            "machinery at "
            "$300 million and rice at $90 million.",
            [
                vn_to_ru("rice", 9e7, None, H1_2024),
                vn_to_ru("machinery", 3e8, None, H1_2024),
                vn_to_ru("phones", 7e8, None, H1_2024),
            ],
        ),
        (
            "Vietnam's top imports from Russia in 2024: petroleum with $500 million, fertiliser with "
            "$300 million.",
            [
                ("import", "RU", "VN", "fertiliser", 3e8, None, YEAR_2024),
                ("import", "RU", "VN", "petroleum", 5e8, None, YEAR_2024),
            ],
        ),
        (
            "The top three items exported to Russia in 2024 were phones ($1 billion), textiles ($300 "
            "million) and coffee ($200 million).",
            [
                vn_to_ru("coffee", 2e8, None, YEAR_2024),
                vn_to_ru("textiles", 3e8, None, YEAR_2024),
                vn_to_ru("phones", 1e9, None, YEAR_2024),
            ],
        ),
        (
            "Shipments to Russia in 2024 consisted of rubber ($120 million, up 15%), cashew nuts "
            "($80 million, "
            "up 12%) and pepper ($40 million).",
            [
                vn_to_ru("pepper", 4e7, None, YEAR_2024),
                vn_to_ru("cashew", 8e7, 12.0, YEAR_2024),
                vn_to_ru("rubber", 1.2e8, 15.0, YEAR_2024),
            ],
        ),
    ],
)
def test_each_listed_item_is_a_flow_of_its_goods(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # markets listed, not goods, none of them a side
        "Vietnam's top export markets in 2024 included the US with $120 billion, China with $60 billion and "
        "Japan with $25 billion.",
        # a company's revenue by product line
        "Vinamilk's revenue in 2024 included dairy with $2 billion and juice with $300 million.",
        # a third country's list
        "Thailand's exports to Russia in 2024 included rice with $200 million and sugar with $90 million.",
    ],
)
def test_a_list_of_no_vietnam_russia_flow_gives_no_fact(text: str) -> None:
    assert summaries(text) == []


# --- goods named by their rank among a side's flows, or beside a share of a whole ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Frozen shrimp was again the main export item to Russia, valued at US$2.3 million in "
            "the first quarter of 2024.",
            vn_to_ru("frozen shrimp", 2.3e6, None, ("2024-01", "2024-03")),
        ),
        (
            "Coffee, Vietnam's second-largest export to Russia, earned $300 million in 2024.",
            vn_to_ru("coffee", 3e8, None, YEAR_2024),
        ),
        (
            "In 2024, coal remained the top import from Russia, worth $900 million.",
            ("import", "RU", "VN", "coal", 9e8, None, YEAR_2024),
        ),
        (
            "Exports of squid to Russia, making up 18% of all seafood sales to that market, were "
            "valued at $9 million in 2024, down 7%.",
            vn_to_ru("squid", 9e6, -7.0, YEAR_2024),
        ),
        (
            "Exports of pepper to Russia reached $20 million in 2024, or 3% of total pepper exports.",
            vn_to_ru("pepper", 2e7, None, YEAR_2024),
        ),
    ],
)
def test_goods_named_by_rank_or_beside_a_share(text: str, expected: tuple[Any, ...]) -> None:
    assert summaries(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a third country's rank
        "Frozen tuna was the main export item of Thailand to Russia with a value of $5 million in 2024.",
        "Rice is Vietnam's main export to the Philippines, worth $2 billion in 2024.",
        # a market share, no value
        "Russia accounted for 10% of Vietnam's total fertilizer imports in 2024.",
    ],
)
def test_a_rank_or_share_of_no_vietnam_russia_flow_gives_no_fact(text: str) -> None:
    assert summaries(text) == []


# --- a dateline before the subject -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HCM CITY — Seafood exports to Russia reached $94 million in 2024.",
            vn_to_ru("seafood", 9.4e7, None, YEAR_2024),
        ),
        (
            "Hanoi (VNA) – Export revenue of cashew nuts to Russia reached $17 million in 2024.",
            vn_to_ru("cashew", 1.7e7, None, YEAR_2024),
        ),
        (
            "MOSCOW, March 3 (Reuters) - Fertiliser exports to Vietnam rose 20% to $400 million in 2024.",
            ru_to_vn("fertiliser", 4e8, 20.0, YEAR_2024),
        ),
        # no dateline: a pair of sides before a dash
        (
            "Vietnam – Russia trade reached $5 billion in 2024.",
            ("total", None, None, None, 5e9, None, YEAR_2024),
        ),
    ],
)
def test_a_dateline_is_no_part_of_the_subject(text: str, expected: tuple[Any, ...]) -> None:
    assert summaries(text) == [expected]


# --- the parties: a city is one only in the trade's phrase --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Oleg Smirnov, Russia's consul general in Da Nang, told reporters that trade between the two "
            "countries expanded 14 percent during the first half of 2024.",
            ["RU", "VN"],
        ),
        ("Hanoi (VNA) – Trade between Vietnam and Russia reached $5 billion in 2024.", ["RU", "VN"]),
        (
            "Speaking in Moscow, the minister said trade with Vietnam reached $5 billion in 2024.",
            ["RU", "VN"],
        ),
        # in the phrase: the city is the party
        ("Trade between Moscow and Vietnam reached $3 billion in 2024.", ["Moscow", "VN"]),
        ("Vietnam and Kaluga province recorded trade turnover of $45 million in 2024.", ["Kaluga", "VN"]),
    ],
)
def test_a_city_is_a_party_only_in_the_trade_phrase(text: str, parties: list[str]) -> None:
    facts = trade_facts(text)
    assert [list(f.parties) for f in facts] == [parties]


# --- a trade word inside a name -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Statistics from the International Trade Centre showed Vietnam ranked third among Russia's partners, "
        "with growth of 161% in 2024.",
        "The Ministry of Industry and Trade said Vietnam and Russia expect growth of 10% in 2025.",
        "The Russian Trade Representative Office in Hanoi has 12 staff and a budget growth of 5% in 2024.",
    ],
)
def test_a_trade_word_in_a_name_leads_to_no_figure(text: str) -> None:
    assert summaries(text) == []


def test_a_headline_in_title_case_keeps_its_trade_word() -> None:
    assert summaries("Vietnam-Russia Trade Hits $5 Billion In 2024") == [
        ("total", None, None, None, 5e9, None, YEAR_2024)
    ]


# --- a flow coordinated after another shares its owner; the world's flows are no side's trade -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2024, exports from Russia to Vietnam climbed 31.5 percent to $820 million, while import "
            "turnover jumped 18.2 percent, touching $1.16 billion.",
            [ru_to_vn(None, 8.2e8, 31.5, YEAR_2024), ("import", "VN", "RU", None, 1.16e9, 18.2, YEAR_2024)],
        ),
        (
            "In 2024, Vietnam exported goods worth $1.47 billion to Russia, up 21 percent, and "
            "imported goods "
            "worth $1.2 billion, up 55 percent.",
            [("import", "RU", "VN", None, 1.2e9, 55.0, YEAR_2024), vn_to_ru(None, 1.47e9, 21.0, YEAR_2024)],
        ),
        (
            "Vietnam's rice exports to Russia reached $20 million in 2024, and coffee exports hit "
            "$90 million.",
            [vn_to_ru("rice", 2e7, None, YEAR_2024), vn_to_ru("coffee", 9e7, None, YEAR_2024)],
        ),
        # the growth of a figure stays when another figure of the sentence is a third country's
        (
            "Vietnam's exports to Russia rose 10% to $2 billion in 2024, while imports from China fell 5% to "
            "$1 billion.",
            [vn_to_ru(None, 2e9, 10.0, YEAR_2024)],
        ),
        # the world's flows
        (
            "Vietnam's exports to Russia reached $2 billion in 2024, while global exports hit $400 billion.",
            [vn_to_ru(None, 2e9, None, YEAR_2024)],
        ),
        (
            "Exports to Russia reached $2 billion in 2024, while exports to the world hit $400 billion.",
            [vn_to_ru(None, 2e9, None, YEAR_2024)],
        ),
    ],
)
def test_a_coordinated_flow_shares_the_owner_of_the_flow_before(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert summaries(text) == expected


# --- a commodity's exports where the market in focus is one side --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Exports of seafood to Russia reached $94 million in the first eight months of 2024. Exports of "
            "snapper rose 6% to $14.6 million, and exports of anchovy jumped 27% to $4.6 million.",
            [
                vn_to_ru("anchovy", 4.6e6, 27.0, EIGHT_MONTHS_2024),
                vn_to_ru("snapper", 1.46e7, 6.0, EIGHT_MONTHS_2024),
                vn_to_ru("seafood", 9.4e7, None, EIGHT_MONTHS_2024),
            ],
        ),
        (
            "In the first eight months of 2024, exports of squid, crab and tuna to Russia managed to "
            "expand, with tuna exports climbing 58% year-on-year to reach $11 million.",
            [vn_to_ru("tuna", 1.1e7, 58.0, EIGHT_MONTHS_2024)],
        ),
        (
            "Fruit shipments into the Russian market rose in 2024. Mango exports reached $3 million in 2024.",
            [vn_to_ru("mango", 3e6, None, YEAR_2024)],
        ),
    ],
)
def test_a_commodity_export_goes_to_the_market_in_focus(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the market in focus is a third country's
        "Exports of seafood to China reached $1 billion in 2024. Exports of snapper rose 6% to $14.6 "
        "million.",
        # a side's own exports to the world
        "Vietnam's rice exports to Russia rose in 2024. Russia's wheat exports rose 10% to $9 "
        "billion in 2024.",
        # exports of all goods name no commodity of the focus
        "Seafood shipments to Russia slowed in 2024. Exports rose 5% to $30 billion in 2024.",
    ],
)
def test_no_market_in_focus_gives_no_commodity_export(text: str) -> None:
    assert [s for s in summaries(text) if s[4] is not None] == []


# --- a side's role as a seller to the other -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam was the third largest supplier of lychee, longan and rambutan to Russia in March "
            "2024, at 140 tonnes, worth US$512,000, up 85 per cent in volume and 41.3 per cent in value.",
            [vn_to_ru("lychee, longan and rambutan", 5.12e5, 41.3, ("2024-03", "2024-03"))],
        ),
        (
            "In the first quarter of 2024, Vietnam was the third biggest tuna supplier to Russia, "
            "achieving growth "
            "of 161 per cent.",
            [vn_to_ru("tuna", None, 161.0, ("2024-01", "2024-03"))],
        ),
        (
            "Vietnam is the leading exporter of pepper to Russia, with sales of $40 million in 2024.",
            [vn_to_ru("pepper", 4e7, None, YEAR_2024)],
        ),
        # a buyer ranked, its partner named as the goods' origin
        (
            "Russia was the 10th largest importer of Vietnamese coffee in 2024, with a value of US$150 "
            "million.",
            [("import", "VN", "RU", "coffee", 1.5e8, None, YEAR_2024)],
        ),
        (
            "Russia is the biggest buyer of Vietnamese rice in Europe, purchasing $50 million worth in 2024.",
            [("import", "VN", "RU", "rice", 5e7, None, YEAR_2024)],
        ),
    ],
)
def test_a_seller_role_is_an_export(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam was the largest supplier of rice to the Philippines in 2024, worth $2 billion.",
        "The supplier of the turbines, a Russian firm, signed a $100 million contract in Vietnam in 2024.",
        # another trade word leads to the figure: no export of the role's goods
        "Russia was Vietnam's largest supplier of wheat in 2024, while bilateral trade reached $5 billion.",
        # a side's rank in the world's trade: no partner named
        "In 2024, Russia was the 19th largest importer of plywood, with $75 million.",
        "Russia is the largest supplier of wheat in the world, with $10 billion in 2024.",
        "Germany was the largest importer of Vietnamese coffee in 2024, with $1 billion.",
        # traders of a side, no rank
        "Importers of Russian wheat in Vietnam said prices rose 20% in 2024.",
    ],
)
def test_a_role_of_no_vietnam_russia_sale_gives_no_flow(text: str) -> None:
    assert [s for s in summaries(text) if s[0] != "total"] == []


# --- changes that are no change of the trade's value --------------------------------------------------------


def test_volume_and_month_on_month_changes_are_no_growth() -> None:
    assert summaries(
        "In December 2024, Vietnam exported rice worth $3 million to Russia, up 40% in volume and 25% in "
        "value year-on-year, and a month-on-month decrease of 10%."
    ) == [vn_to_ru("rice", 3e6, 25.0, ("2024-12", "2024-12"))]


# --- status: what a flow managed to do, where a change got to -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Exports of tuna to Russia managed to grow in 2024, reaching $16 million.",
        "Tuna exports to Russia managed to reach $16 million in 2024.",
        "Tuna exports to Russia, soaring 97% year-on-year in the first eight months, went on to "
        "reach $16 million.",
        "Tuna exports to Russia soaring 97% year-on-year in the first eight months of 2024 to reach "
        "$16 million.",
    ],
)
def test_a_result_told_with_an_infinitive_is_actual(text: str) -> None:
    assert [f.status for f in trade_facts(text)] == ["actual"]


# --- a headline restating the body --------------------------------------------------------------------------


def test_a_headline_restating_a_dated_fact_is_that_fact() -> None:
    text = (
        "Vietnam's wheat imports from Russia climb 45 percent\n\n"
        "Vietnam imported US$64.2 million worth of wheat from Russia in the first four months of 2024, "
        "up 45 percent on a year earlier."
    )
    assert summaries(text) == [("import", "RU", "VN", "wheat", 6.42e7, 45.0, ("2024-01", "2024-04"))]


@pytest.mark.parametrize(
    "text",
    [
        # another growth: another fact
        "Rice exports to Russia rise 20 percent\n\nRice exports to Russia rose 35 percent in the "
        "first half of "
        "2024.",
        # another commodity
        "Coffee exports to Russia rise 35 percent\n\nRice exports to Russia rose 35 percent in the "
        "first half "
        "of 2024.",
    ],
)
def test_a_headline_of_another_fact_stays(text: str) -> None:
    assert len(summaries(text)) == 2


# --- parts of a flow's figure, named after it ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam imported $1.3 billion worth of goods from Russia in 2024, including coal ($400 million) "
            "and fertilizer ($200 million).",
            [
                ("import", "RU", "VN", "fertilizer", 2e8, None, YEAR_2024),
                ("import", "RU", "VN", "coal", 4e8, None, YEAR_2024),
                ("import", "RU", "VN", None, 1.3e9, None, YEAR_2024),
            ],
        ),
        (
            "Vietnam's exports to Russia reached $2 billion in 2024, including $600 million of textiles and "
            "$300 million of coffee.",
            [
                vn_to_ru("coffee", 3e8, None, YEAR_2024),
                vn_to_ru("textiles", 6e8, None, YEAR_2024),
                vn_to_ru(None, 2e9, None, YEAR_2024),
            ],
        ),
        (
            "Russia shipped goods worth $1.7 billion to Vietnam in 2024, mainly coal at $600 million.",
            [ru_to_vn("coal", 6e8, None, YEAR_2024), ru_to_vn(None, 1.7e9, None, YEAR_2024)],
        ),
    ],
)
def test_a_part_named_after_a_flows_figure_keeps_its_flow(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


# --- the balance of trade, and the whole a share is told of, are no trade of the sides ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam's trade surplus with Russia reached $1 billion in 2024.", []),
        ("Vietnam recorded a $1 billion trade surplus with Russia in 2024.", []),
        ("Vietnam had a trade deficit of $500 million with Russia in 2024.", []),
        ("Trade with Russia accounted for only 1% of Vietnam's total trade of $780 billion in 2024.", []),
        # the trade itself stays beside its balance
        (
            "Two-way trade reached $3.6 billion in 2024, with a surplus of $600 million for Vietnam.",
            [("total", None, None, None, 3.6e9, None, YEAR_2024)],
        ),
    ],
)
def test_balances_and_wholes_are_no_trade_value(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


# --- a list of markets after a flow's head: the item that is a side -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam's top export markets in 2024 included the US with $120 billion, China with $60 billion "
            "and Russia with $3 billion.",
            [vn_to_ru(None, 3e9, None, YEAR_2024)],
        ),
        (
            "Shrimp exports climbed in 2024 on stronger demand from markets such as Canada (31.2 percent "
            "increase), Mexico (25.4 percent) and Russia (44.1 percent).",
            [vn_to_ru("shrimp", None, 44.1, YEAR_2024)],
        ),
        (
            "Russia's main import partners in 2024 were China ($110 billion), Germany ($10 billion) and "
            "Vietnam ($2 billion).",
            [("import", "VN", "RU", None, 2e9, None, YEAR_2024)],
        ),
        # no side among the markets
        (
            "Vietnam's top export markets in 2024 included the US with $120 billion, China with $60 billion "
            "and Japan with $25 billion.",
            [],
        ),
    ],
)
def test_a_side_listed_among_markets_is_the_flows_market(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


# --- a side's rank as the other's market; a side's goods before its flow word ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia is Vietnam's 17th biggest export market, with $1.8 billion in 2024.",
            [vn_to_ru(None, 1.8e9, None, YEAR_2024)],
        ),
        (
            "Vietnam is Russia's second-largest import source in ASEAN, with $2 billion in 2024.",
            [("import", "VN", "RU", None, 2e9, None, YEAR_2024)],
        ),
        (
            "Russia accounted for 4% of Vietnam's coffee exports in 2024, worth $250 million.",
            [vn_to_ru("coffee", 2.5e8, None, YEAR_2024)],
        ),
        (
            "Last year, Vietnam's seafood exports to Russia hit $200 million, with shrimp at $50 million and "
            "pangasius at $40 million.",
            [
                vn_to_ru("pangasius", 4e7, None, YEAR_2024),
                vn_to_ru("shrimp", 5e7, None, YEAR_2024),
                vn_to_ru("seafood", 2e8, None, YEAR_2024),
            ],
        ),
        # a trading partner's rank is all trade; a side's own exports to the world give none
        (
            "Russia is Vietnam's 23rd largest trading partner, with two-way trade of $3.6 billion in 2024.",
            [("total", None, None, None, 3.6e9, None, YEAR_2024)],
        ),
        ("Vietnam's coffee exports reached $5.4 billion in 2024.", []),
    ],
)
def test_a_sides_rank_or_goods_tell_the_flow(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


# --- a third country named in another clause than the trade word's -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Now that Vietnam's free trade deal with the EAEU is in force, both governments aim to raise "
            "two-way trade to $15 billion by 2030.",
            [("total", None, None, None, 1.5e10, None, ("2030-01", "2030-12"))],
        ),
        (
            "Vietnam's trade with China reached $200 billion in 2024, while trade with Russia was "
            "$4.6 billion.",
            [("total", None, None, None, 4.6e9, None, YEAR_2024)],
        ),
        # the third country in the trade word's own phrase
        ("Trade between the EAEU and Vietnam is expected to reach $10 billion in 2030.", []),
        ("In 2024, two-way trade between Vietnam and China reached $200 billion.", []),
    ],
)
def test_a_third_country_vetoes_only_in_the_trade_phrase(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


# --- a level reached is no change; a figure takes the period of the figure before it ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share or a duty that goes to a level
        ("Russia's market share in Vietnam's fertilizer imports rose to 10% in 2024.", []),
        ("The average duty on goods imported from Vietnam to Russia will drop to 2% by 2026.", []),
        ("Tariffs on Vietnamese seafood in Russia will fall from 5.6% to 0% by 2026.", []),
        # a change that goes to a level is a change
        (
            "Bilateral trade is expected to reach $6.5 billion in 2024, bringing the increase to 14%.",
            [("total", None, None, None, 6.5e9, 14.0, YEAR_2024)],
        ),
        # the period named with a figure that gave no fact (the world's) is the next figure's too
        (
            "In 2024, Vietnam's seafood exports totalled $10 billion, including shrimp ($4 billion), while "
            "exports to Russia were $200 million.",
            [vn_to_ru(None, 2e8, None, YEAR_2024)],
        ),
    ],
)
def test_levels_and_the_period_of_the_figure_before(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


# A sentence set in a period ("In 2024, ...", "Last year, ...") sets the paragraph's figures that name none,
# though it holds no figure itself; not a period the sentence names elsewhere, nor across a paragraph.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2024, Russia was Vietnam's 20th largest trading partner. Two-way trade reached $4.6 billion.",
            [("total", None, None, None, 4.6e9, None, YEAR_2024)],
        ),
        (
            "Last year, ties between Vietnam and Russia grew. Bilateral trade reached $4.6 billion.",
            [("total", None, None, None, 4.6e9, None, YEAR_2024)],
        ),
        # near misses: a period inside the sentence is no setting; another paragraph is another story
        (
            "Russia became Vietnam's partner in 2024. Two-way trade reached $4.6 billion.",
            [("total", None, None, None, 4.6e9, None, None)],
        ),
        (
            "In 2024, Russia was Vietnam's 20th largest trading partner.\nTwo-way trade reached $4.6"
            " billion.",
            [("total", None, None, None, 4.6e9, None, None)],
        ),
    ],
)
def test_a_sentence_set_in_a_period_sets_the_paragraphs_figures(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert summaries(text) == expected


# --- goods coordinated with their figures before the market; a breakdown of trade in its sentence ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam exported 45,000 tonnes of coffee worth $150 million and 20,000 tonnes of rice worth $12 "
            "million to Russia in 2024.",
            [vn_to_ru("rice", 1.2e7, None, YEAR_2024), vn_to_ru("coffee", 1.5e8, None, YEAR_2024)],
        ),
        (
            "In the first half of 2024, Vietnam's import-export turnover with Russia was $2.3 billion, of "
            "which exports were $1.1 billion and imports were $1.2 billion.",
            [
                vn_to_ru(None, 1.1e9, None, H1_2024),
                ("import", "RU", "VN", None, 1.2e9, None, H1_2024),
                ("total", None, None, None, 2.3e9, None, H1_2024),
            ],
        ),
        (
            "In 2024, trade between Vietnam and Russia was $4.6 billion, of which exports to Russia were "
            "$2.1 billion.",
            [vn_to_ru(None, 2.1e9, None, YEAR_2024), ("total", None, None, None, 4.6e9, None, YEAR_2024)],
        ),
        # whose exports the breakdown tells is not said: no fact of all trade for them
        (
            "In 2024, trade between Vietnam and Russia was $4.6 billion, of which exports were $2.1 billion.",
            [("total", None, None, None, 4.6e9, None, YEAR_2024)],
        ),
    ],
)
def test_coordinated_goods_and_breakdowns_in_a_sentence(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


# --- "two-way commerce": commerce with a word making it both sides', and amounts in two scales ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two-way commerce between Vietnam and Russia reached 4.5 billion USD in 2024.",
            [("total", None, None, None, 4.5e9, None, YEAR_2024)],
        ),
        (
            "Bilateral commerce between Vietnam and Russia rose 20 percent to $3 billion in 2024.",
            [("total", None, None, None, 3e9, 20.0, YEAR_2024)],
        ),
        (
            "Vietnam and Russia did $3 billion in bilateral commerce in 2024.",
            [("total", None, None, None, 3e9, None, YEAR_2024)],
        ),
        (
            "Bilateral trade between Vietnam and Russia reached 4 billion 570 million USD in 2024.",
            [("total", None, None, None, 4.57e9, None, YEAR_2024)],
        ),
        (
            "Vietnam-Russia trade turnover hit USD 4 billion 570 million in 2024.",
            [("total", None, None, None, 4.57e9, None, YEAR_2024)],
        ),
        # near misses: "commerce" in a name, or alone
        ("Vietnam's Ministry of Industry and Commerce said exports rose in 2024.", []),
        ("Vietnam and Russia did $3 billion in commerce in 2024.", []),
        ("The Vietnam-Russia Chamber of Commerce had $3 billion in assets in 2024.", []),
    ],
)
def test_two_way_commerce_and_figures_in_two_scales(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


# --- a change over many years is not the change of the figure's period --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade between Vietnam and Russia has grown fourfold over the past decade to $4.5 billion in"
            " 2024.",
            [("total", None, None, None, 4.5e9, None, YEAR_2024)],
        ),
        (
            "Vietnam-Russia trade rose 40 percent in the last five years to $4.5 billion in 2024.",
            [("total", None, None, None, 4.5e9, None, YEAR_2024)],
        ),
        (
            "Vietnam-Russia trade rose 40 percent since 2015 to $4.5 billion in 2024.",
            [("total", None, None, None, 4.5e9, None, YEAR_2024)],
        ),
        # near misses: the year's own change, with a span elsewhere; "since" the year before
        (
            "Vietnam-Russia trade rose 40 percent in 2024 to $4.5 billion, the fastest in the past decade.",
            [("total", None, None, None, 4.5e9, 40.0, YEAR_2024)],
        ),
        (
            "Vietnam-Russia trade rose 5 percent since 2023 to $4.5 billion in 2024.",
            [("total", None, None, None, 4.5e9, 5.0, YEAR_2024)],
        ),
    ],
)
def test_a_change_over_many_years_is_no_periods_growth(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected
