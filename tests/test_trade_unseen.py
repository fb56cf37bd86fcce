"""Trade mechanisms found in unseen real articles (pool development set, second round): a figure told as
the base another is compared with, goods earning their worth where the market in focus is one side, a level
told as a share of the year-before value, the focus kept across paragraph breaks, and more. Each table holds
several phrasings and the near misses that must give no fact (or no wrong field)."""

from __future__ import annotations

from typing import Any

import pytest

from vnru_facts import extract_text
from vnru_facts.models import TradeFact

DOC_DATE = "2025-03-10"
YEAR_2024 = ("2024-01", "2024-12")
YEAR_2023 = ("2023-01", "2023-12")
FEB_2025 = ("2025-02", "2025-02")
MAR_2025 = ("2025-03", "2025-03")


def trade_facts(text: str, doc_date: str = DOC_DATE) -> list[TradeFact]:
    return [f for f in extract_text(text, doc_date=doc_date, types=["trade"]).facts if f.type == "trade"]


def summary(f: TradeFact) -> tuple[Any, ...]:
    """(flow, exporter, importer, commodity, value, growth, period, status) of a fact."""
    period = (f.period.start, f.period.end) if f.period else None
    value = f.value.amount if f.value else None
    growth = f.growth.pct if f.growth else None
    return f.flow, f.exporter, f.importer, f.commodity, value, growth, period, f.status


def summaries(text: str, doc_date: str = DOC_DATE) -> list[tuple[Any, ...]]:
    return sorted(
        (summary(f) for f in trade_facts(text, doc_date)), key=lambda s: (s[4] or 0, s[5] or 0, str(s[6]))
    )


def vn_to_ru(
    commodity: str | None, value: float | None, growth: float | None, period: Any, status: str = "actual"
) -> tuple[Any, ...]:
    return "export", "VN", "RU", commodity, value, growth, period, status


def total(value: float | None, growth: float | None, period: Any, status: str = "actual") -> tuple[Any, ...]:
    return "total", None, None, None, value, growth, period, status


# --- a figure told as the base another is compared with ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam's exports to Russia were $2 billion in March, as opposed to $3 billion in February.",
            [vn_to_ru(None, 2e9, None, MAR_2025), vn_to_ru(None, 3e9, None, FEB_2025)],
        ),
        (
            "Rice exports to Russia fetched $40 million in March compared to $25 million in February.",
            [vn_to_ru("rice", 2.5e7, None, FEB_2025), vn_to_ru("rice", 4e7, None, MAR_2025)],
        ),
        (
            "Vietnam's exports to Russia rose to $2 billion in 2024 from $1.5 billion in 2023.",
            [vn_to_ru(None, 1.5e9, None, YEAR_2023), vn_to_ru(None, 2e9, None, YEAR_2024)],
        ),
        # the change before the base is the compared figure's; "the same period" is its months
        (
            "Vietnam's exports to Russia reached $2 billion in the first five months of 2024, up 20% from "
            "$1.67 billion in the same period of 2023.",
            [
                vn_to_ru(None, 1.67e9, None, ("2023-01", "2023-05")),
                vn_to_ru(None, 2e9, 20.0, ("2024-01", "2024-05")),
            ],
        ),
        # the base of a target is the level now: actual, in no year (not the target's)
        (
            "Officials in both capitals want to lift two-way trade to $12 billion by 2030 from around "
            "$4.5 billion currently.",
            [total(4.5e9, None, None), total(1.2e10, None, ("2030-01", "2030-12"), "target")],
        ),
        (
            "Both countries agreed to raise bilateral trade to $15 billion by 2030 from the current $6 "
            "billion.",
            [total(6e9, None, None), total(1.5e10, None, ("2030-01", "2030-12"), "target")],
        ),
        # a range of a change, no base: "from ... to ..." stays two figures of their own years
        (
            "Two-way trade rose from nearly $4 billion in 2023 to more than $5 billion in 2024.",
            [total(4e9, None, YEAR_2023), total(5e9, None, YEAR_2024)],
        ),
    ],
)
def test_a_base_of_comparison_keeps_the_subject_of_its_figure(
    text: str, expected: list[tuple[Any, ...]]
) -> None:
    assert summaries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the base names another market: no fact of it
        (
            "Vietnam's exports to Russia were $2 billion in 2024, compared to $40 billion to the US.",
            [vn_to_ru(None, 2e9, None, YEAR_2024)],
        ),
        # the base of a third country's figure is none either
        (
            "Exports to China reached $60 billion in 2024, compared to $55 billion in 2023.",
            [],
        ),
        # a qualifier "more than" is no base ("than")
        (
            "Two-way trade reached $3 billion in 2023 and more than $4 billion in 2024.",
            [total(3e9, None, YEAR_2023), total(4e9, None, YEAR_2024)],
        ),
    ],
)
def test_a_base_of_no_vietnam_russia_figure_gives_no_fact(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


# --- goods earning their worth where the market in focus is one side --------------------------------------

EXPORTS_FELL = "Vietnam's exports to Russia fell sharply in March. Many key items saw their value shrink.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            EXPORTS_FELL + "Machinery and parts, for example, raked in almost $6 million in March.",
            [vn_to_ru("machinery and parts", 6e6, None, MAR_2025)],
        ),
        (
            EXPORTS_FELL
            + "Coffee earned $12 million in March, while footwear and handbags fetched $3 million.",
            [
                vn_to_ru("footwear and handbags", 3e6, None, MAR_2025),
                vn_to_ru("coffee", 1.2e7, None, MAR_2025),
            ],
        ),
        (
            EXPORTS_FELL + "In March, seafood grossed $8 million compared to $20 million in February.",
            [vn_to_ru("seafood", 8e6, None, MAR_2025), vn_to_ru("seafood", 2e7, None, FEB_2025)],
        ),
    ],
)
def test_goods_earning_export_to_the_market_in_focus(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no market in focus: a commodity's earnings from the whole world
        "Phones and components earned $50 billion in 2024.",
        # a company is no goods
        EXPORTS_FELL + "Vinamilk earned $12 million in March.",
        EXPORTS_FELL + "The company earned $12 million in March.",
        # a third country's market in focus
        "Vietnam's exports to China rose in March. Coffee earned $120 million in March.",
        # a name after a clause opener
        EXPORTS_FELL + "Coffee stayed flat, while Viettel earned $30 million in March.",
    ],
)
def test_earnings_of_no_goods_flow_to_a_side_give_no_fact(text: str) -> None:
    assert summaries(text) == []


def test_the_focus_counts_no_blank_lines_between_paragraphs() -> None:
    """Three paragraphs apart, with blank lines between, the market is still in focus."""
    text = (
        "Vietnam's exports to Russia reached $47 million in March.\n\n\n\nThe fall was sharp. Many items "
        "shrank.\n\n\n\nMeanwhile, machinery and equipment exports earned $4.7 million in March."
    )
    assert vn_to_ru("machinery and equipment", 4.7e6, None, MAR_2025) in summaries(text)


# --- a level told as a share of the year-before value -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "growth"),
    [
        (
            "Vietnam's exports to Russia plunged to just 16% of the value recorded in the same period "
            "last year.",
            -84.0,
        ),
        ("Exports to Russia in 2024 rose to 150% of the level of the previous year.", 50.0),
    ],
)
def test_a_level_of_the_year_before_value_is_a_change(text: str, growth: float) -> None:
    assert [s[5] for s in summaries(text)] == [growth]


@pytest.mark.parametrize(
    "text",
    [
        # a share of another month's figure is no change over a year
        "Vietnam's exports to Russia in March were equal to 14% of the figure recorded in January.",
        # a market share
        "Vietnam's exports to Russia rose to 2% of the market in 2024.",
    ],
)
def test_a_level_of_no_year_before_value_is_no_change(text: str) -> None:
    assert [s[5] for s in summaries(text) if s[5] is not None] == []


# --- a detail of a flow told before, of any market, keeps its goods ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2024, Vietnam imported 2 million tonnes of fertiliser worth $700 million. Notably, imports "
            "from Russia rose 40% to $90 million.",
            [("import", "RU", "VN", "fertiliser", 9e7, 40.0, YEAR_2024, "actual")],
        ),
        (
            "Vietnam shipped 3 million tonnes of rice worth $1.5 billion abroad in 2024. In particular, "
            "exports to Russia reached $60 million.",
            [vn_to_ru("rice", 6e7, None, YEAR_2024)],
        ),
    ],
)
def test_a_detail_of_a_flow_told_before_keeps_its_goods(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the flow before is of the other kind
        "In 2024, Vietnam imported 2 million tonnes of fertiliser worth $700 million. Notably, exports "
        "to Russia rose 40% to $90 million.",
        # no detail: a sentence of its own
        "In 2024, Vietnam imported 2 million tonnes of fertiliser worth $700 million. Imports from "
        "Russia rose 40% to $90 million.",
        # the flow before is of all goods
        "In 2024, Vietnam's imports rose to $380 billion. Notably, imports from Russia rose 40% to $90 "
        "million.",
    ],
)
def test_no_detail_of_goods_told_before_gives_no_goods(text: str) -> None:
    assert [s[3] for s in summaries(text)] == [None]


# --- the level now, after trade to come -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Garment exports to Russia are expected to top $1 billion by 2030. Currently, Vietnam exports "
            "about $320 million worth of garments annually.",
            [
                vn_to_ru("garments", 3.2e8, None, None),
                vn_to_ru("garment", 1e9, None, ("2030-01", "2030-12"), "forecast"),
            ],
        ),
        (
            "Russia hopes to raise its imports from Vietnam to $5 billion by 2030. At present, Russia "
            "imports $3 billion of goods a year.",
            [
                ("import", "VN", "RU", None, 3e9, None, None, "actual"),
                ("import", "VN", "RU", None, 5e9, None, ("2030-01", "2030-12"), "target"),
            ],
        ),
    ],
)
def test_the_level_now_after_trade_to_come_is_its_actual(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # after an actual figure, a side's flow with no market is its trade with the world
        "Garment exports to Russia reached $300 million in 2024. Currently, Vietnam exports about $40 "
        "billion worth of garments annually.",
        # no present opener
        "Garment exports to Russia are expected to top $1 billion by 2030. Vietnam exports about $40 "
        "billion worth of garments annually.",
    ],
)
def test_a_sides_flow_with_no_market_stays_the_worlds(text: str) -> None:
    assert all(s[4] != 4e10 for s in summaries(text))


# --- a period named by reference to the one told before ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "period"),
    [
        (
            "Data show that in December 2024, Vietnam's coal imports were 4.8 million tonnes, up 78%.\n"
            "In that month, coal imports from Russia were worth $50 million, up 65% on the same month "
            "a year before.",
            ("2024-12", "2024-12"),
        ),
        (
            "Russia was Vietnam's 19th largest partner in the first seven months of 2024.\n\n"
            "An envoy spoke.\n\n"
            "In the reviewed period, Vietnam exported goods worth $1.47 billion to Russia.",
            ("2024-01", "2024-07"),
        ),
        (
            "Vietnam's exports rose 10% in the first quarter of 2024. During the period under review, "
            "exports to Russia reached $900 million.",
            ("2024-01", "2024-03"),
        ),
    ],
)
def test_a_period_referred_to_is_the_one_told_before(text: str, period: tuple[str, str]) -> None:
    assert [s[6] for s in summaries(text)] == [period]


@pytest.mark.parametrize(
    "text",
    [
        # a base of comparison, no reference
        "Data show that in December 2024, Vietnam's coal imports were 4.8 million tonnes.\n\nMeanwhile, "
        "exports to Russia rose 20% over the same period of 2023.",
        # too far back
        "Data show that in December 2024, coal imports were 4.8 million tonnes. The data came late. Prices "
        "rose. Demand fell. Ports were busy. Ships waited.\n"
        "In that month, coal imports from Russia were up 75% year-on-year.",
    ],
)
def test_no_period_referred_to_gives_none_of_another_paragraph(text: str) -> None:
    assert [s[6] for s in summaries(text)] == [None]


# --- a change told as a multiple ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "growth"),
    [
        ("Vietnam's exports to Russia increased 4 times to $50 million in 2024.", 300.0),
        ("Vietnam's exports to Russia rose 43% in volume and 2.8 times in value in 2024.", 180.0),
        ("In 2024, two-way trade rose five-fold from 2015.", 400.0),
        ("Two-way trade saw a 20-fold increase in 2024.", 1900.0),
        ("Vietnam's exports to Russia grew by three times in 2024.", 200.0),
        ("Vietnam's exports to Russia in 2024 were down nearly 10 times compared with 2023.", -90.0),
        ("Vietnam's exports to Russia in 2024 decreased 2 times.", -50.0),
    ],
)
def test_a_multiple_is_a_change(text: str, growth: float) -> None:
    assert [s[5] for s in summaries(text)] == [growth]


@pytest.mark.parametrize(
    "text",
    [
        # a count of events, no change
        "Two-way trade reached $5 billion in 2024, and the leaders met three times.",
        # a multiple in volume
        "Vietnam's exports to Russia reached $50 million in 2024, up 3 times in volume.",
        # a multiple of one
        "Vietnam's exports to Russia reached $50 million in 2024, up 1 times.",
    ],
)
def test_a_multiple_of_no_value_change_gives_no_growth(text: str) -> None:
    assert [s[5] for s in summaries(text)] == [None]


# --- two figures shared out over two periods, two months in a row ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam's exports to Russia were $20 million and $30 million in March and April 2024 "
            "respectively.",
            [
                vn_to_ru(None, 2e7, None, ("2024-03", "2024-03")),
                vn_to_ru(None, 3e7, None, ("2024-04", "2024-04")),
            ],
        ),
        (
            "In 2023 and 2024, Vietnam's exports to Russia were $2 billion and $3 billion, respectively.",
            [vn_to_ru(None, 2e9, None, YEAR_2023), vn_to_ru(None, 3e9, None, YEAR_2024)],
        ),
        (
            "Two-way trade reached $4 billion and $5 billion respectively in 2023 and 2024.",
            [total(4e9, None, YEAR_2023), total(5e9, None, YEAR_2024)],
        ),
        # two months in a row, one figure: the span of both
        (
            "In March and April 2024, businesses exported 12,000 tonnes of fish fillets to Russia, reaching "
            "$25 million.",
            [vn_to_ru("fish fillets", 2.5e7, None, ("2024-03", "2024-04"))],
        ),
        # a figure coordinated after a flow's figure is of that flow
        (
            "Vietnam's rice exports to Russia were $20 million in 2023 and $30 million in 2024.",
            [vn_to_ru("rice", 2e7, None, YEAR_2023), vn_to_ru("rice", 3e7, None, YEAR_2024)],
        ),
    ],
)
def test_figures_shared_out_over_periods(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second figure names a third country as its market: no fact of it
        (
            "Vietnam's exports to Russia were $2 billion and $40 billion to the US in 2024.",
            [vn_to_ru(None, 2e9, None, None)],
        ),
        # two months not in a row: no span made up
        (
            "In January and March 2024, Vietnam's exports to Russia reached $50 million.",
            [vn_to_ru(None, 5e7, None, ("2024-03", "2024-03"))],
        ),
    ],
)
def test_no_figure_shared_out_beyond_its_words(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


# --- a side's partner named after its flows, a clause of its own trade -------------------------------------


def ru_to_vn(value: float | None, growth: float | None, period: Any, flow: str = "import") -> tuple[Any, ...]:
    return flow, "RU", "VN", None, value, growth, period, "actual"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2023, Vietnam exported $2.1 billion and imported $1.5 billion in trade with Russia.",
            [ru_to_vn(1.5e9, None, YEAR_2023), vn_to_ru(None, 2.1e9, None, YEAR_2023)],
        ),
        (
            "Last year Russia imported goods worth $3 billion in its bilateral trade with Vietnam.",
            [("import", "VN", "RU", None, 3e9, None, YEAR_2024, "actual")],
        ),
        # the period closing a clause coordinated after the figure's goods and market is the figure's too
        (
            "Vietnam exported $2.1 billion of goods to Russia and imported $1.5 billion in 2023.",
            [ru_to_vn(1.5e9, None, YEAR_2023), vn_to_ru(None, 2.1e9, None, YEAR_2023)],
        ),
        # a growth in a clause of its own trade is that trade's, not the figure's before it
        (
            "In 2023, Vietnam exported $300 billion, and its trade with Russia grew 5%.",
            [total(None, 5.0, YEAR_2023)],
        ),
        (
            "Vietnam's exports to Russia rose to $2 billion and imports grew 10% in 2024.",
            [ru_to_vn(None, 10.0, YEAR_2024), vn_to_ru(None, 2e9, None, YEAR_2024)],
        ),
    ],
)
def test_a_partner_or_clause_told_after_the_figures(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert summaries(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a third country as partner
        "In 2023, Vietnam exported $2.1 billion in trade with China.",
        # the side's own trade with the world, the partner named in another sentence's sense
        "In 2023, Vietnam exported $300 billion, a record in its history.",
    ],
)
def test_a_partner_of_no_side_gives_no_flow(text: str) -> None:
    assert summaries(text) == []


# --- the pair of parties a story is about; a bloc as a flow's market ---------------------------------------

ASEAN_STORY = (
    "Premier hails ASEAN-Russia partnership at summit\n\nThe Prime Minister spoke at the summit marking the "
    "ASEAN-Russia dialogue partnership, reaffirming support for ASEAN-Russia ties.\n\nReviewing "
    "milestones in bilateral ties, he said the two sides upgraded their relations in 2005.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # the story's pair is ASEAN and Russia: their two-way trade, not Vietnam's
        ASEAN_STORY + "Two-way trade rose five-fold from $4 billion in 2005 to $20 billion in 2015.",
        ASEAN_STORY + "Bilateral trade reached $20 billion in 2015.",
        # a bloc as a flow's market, a member named beside it
        "Vietnam's exports to the EEU, which includes Russia, reached $3 billion in 2024.",
        "Vietnam's imports from the Eurasian Economic Union, led by Russia, rose 10% in 2024.",
    ],
)
def test_trade_of_another_pair_or_a_bloc_is_no_vietnam_russia_trade(text: str) -> None:
    assert summaries(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a pair named once, in passing
        "Vietnam supports Russia-ASEAN cooperation, the minister said. Bilateral trade reached $5 billion in "
        "2024.",
        # an event named after a pair is no pair
        "At the ASEAN-Russia Summit in Sochi, leaders met. The ASEAN-Russia Summit ended. Bilateral trade "
        "reached $5 billion in 2024.",
        # a document between a side and a bloc is no pair
        "A free trade pact between Vietnam and the Eurasian Economic Union was signed. The "
        "Vietnam-EAEU Free Trade Agreement helped. Bilateral trade reached $5 billion in 2024.",
        # the story's pair is Vietnam and Russia, more often named
        "Vietnam-Russia ties are strong. ASEAN-Russia ties grow too. Vietnam-Russia relations deepen. "
        "ASEAN-Russia ties matter. The Vietnam–Russia partnership thrives. Bilateral trade reached $5 "
        "billion in 2024.",
    ],
)
def test_a_pair_named_in_passing_leaves_bilateral_trade_vietnam_russias(text: str) -> None:
    assert summaries(text) == [total(5e9, None, YEAR_2024)]


def test_a_period_after_the_next_clause_opens_is_that_clauses() -> None:
    text = (
        "In 2023, mutual trade went up 6.1%, to $4.2 billion, and in January-June 2024, it rose by a "
        "further 18%."
    )
    assert summaries(text) == [total(None, 18.0, ("2024-01", "2024-06")), total(4.2e9, 6.1, YEAR_2023)]


@pytest.mark.parametrize(
    "text",
    [
        # a surplus told, then the owner's flow with no market: its trade with all markets, not a total
        "Vietnam's trade surplus with Russia was $1.6 billion last year, as exports reached $3.1 billion.",
        "Russia's exports climbed to $400 billion in 2024, driven by energy sales.",
        "The country's imports reached $3.1 billion in 2024.",
    ],
)
def test_an_owners_flow_with_no_partner_is_no_bilateral_total(text: str) -> None:
    assert all(s[4] != 3.1e9 and s[4] != 4e11 for s in summaries(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner's flow with its partner after "with" is their trade
        (
            "The export turnover of the Russian capital with Vietnam's provinces came to $350 million "
            "in 2024.",
            [total(3.5e8, None, YEAR_2024)],
        ),
        (
            "The trade turnover of Moscow with Vietnam reached $500 million in 2024.",
            [total(5e8, None, YEAR_2024)],
        ),
    ],
)
def test_an_owners_flow_with_a_partner_after_with_is_their_trade(text: str, expected: list[Any]) -> None:
    assert summaries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" opening a clause, coordinated or subordinate, is the subject's, not the side named last
        (
            "Vietnam's trade surplus with Russia was $1.6 billion in 2024, as its exports reached "
            "$3.1 billion.",
            [vn_to_ru(None, 3.1e9, None, YEAR_2024)],
        ),
        (
            "Vietnam's trade with Russia grew in 2024, and its exports reached $3.1 billion.",
            [vn_to_ru(None, 3.1e9, None, YEAR_2024)],
        ),
        (
            "Vietnam's trade with Russia grew in 2024 because its exports rose to $3.1 billion.",
            [vn_to_ru(None, 3.1e9, None, YEAR_2024)],
        ),
        # inside a clause, after a speaker: the speaker's side
        (
            "Vietnam said its exports to Russia reached $3.1 billion in 2024.",
            [vn_to_ru(None, 3.1e9, None, YEAR_2024)],
        ),
    ],
)
def test_its_opening_a_clause_is_the_sentences_subject(text: str, expected: list[Any]) -> None:
    assert summaries(text) == expected
