"""A breakdown of goods after the totals: each item's flow, goods and the period the totals told.

Sentences written for the tests, reported on 2025-02-10.
"""

from __future__ import annotations

import pytest

from vnru_facts import extract_text

TOTALS = (
    "Trade between Vietnam and Russia came to 4.1 billion USD in 2024, up 12 percent.\n\n"
    "Vietnam's shipments to the Russian market rose to 2.3 billion USD. The country thus posted a small"
    " trade surplus with Russia.\n\n"
)


def trade(text: str) -> list[tuple]:
    result = extract_text(text, doc_date="2025-02-10", types=["trade"])
    return sorted(
        (
            f.value.amount if f.value else None,
            f.flow,
            f.commodity,
            f.period.start if f.period else None,
            f.period.end if f.period else None,
        )
        for f in result.facts
    )


@pytest.mark.parametrize(
    ("breakdown", "expected"),
    [
        # the items after the first take its flow, and all the period of the totals two paragraphs up
        (
            "Garments were Vietnam's largest export item to Russia, fetching 640 million USD, followed by"
            " computers, electronic goods and parts at 300 million USD and footwear at 120 million USD.",
            [
                (120e6, "export", "footwear", "2024-01", "2024-12"),
                (300e6, "export", "computers, electronic goods and parts", "2024-01", "2024-12"),
                (640e6, "export", "garments", "2024-01", "2024-12"),
            ],
        ),
        (
            "Cashew kernels remained the top product sold to Russia, earning 95 million USD.",
            [(95e6, "export", "cashew", "2024-01", "2024-12")],
        ),
        (
            "Coffee shipments brought home 210 million USD, while rubber exports were valued at 80 million"
            " USD.",
            [
                (80e6, "export", "rubber", "2024-01", "2024-12"),
                (210e6, "export", "coffee", "2024-01", "2024-12"),
            ],
        ),
    ],
)
def test_a_breakdown_paragraph_goes_on_with_the_totals_period(breakdown: str, expected: list) -> None:
    facts = trade(TOTALS + breakdown)
    assert [f for f in facts if f[0] not in (4.1e9, 2.3e9)] == expected


def test_a_breakdown_far_below_the_totals_has_no_period_of_theirs() -> None:
    # five sentences of other matters stand between: the period told is no longer in focus
    filler = (
        "The envoy spoke of culture. Students met in Moscow. A film week opened. Artists toured."
        " Books sold.\n\n"
    )
    facts = trade(TOTALS + filler + "Coffee exports to Russia earned 210 million USD.")
    assert (210e6, "export", "coffee", None, None) in facts


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("Exports of agricultural products to Russia reached 300 million USD in 2024.", "agricultural"),
        (
            "Exports of wood and electronic products to Russia reached 300 million USD in 2024.",
            "wood and electronic",
        ),
        ("Vietnam's exports of goods to Russia reached 300 million USD in 2024.", None),
    ],
)
def test_a_word_of_all_goods_heads_a_kind_but_is_none_alone(text: str, goods: str | None) -> None:
    assert [f[2] for f in trade(text)] == [goods]


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        # "it" stands for the trade told before, though the clause after the figure names the sides
        (
            "In the first five months of 2025 it amounted to 1.9 billion USD, with Vietnam exporting 950"
            " million USD worth of goods to Russia.",
            [(950e6, "export", None, "2025-01", "2025-05"), (1.9e9, "total", None, "2025-01", "2025-05")],
        ),
        (
            "In the first five months of 2025 it amounted to 1.9 billion USD, of which Vietnam's exports to"
            " Russia were 950 million USD.",
            [(950e6, "export", None, "2025-01", "2025-05"), (1.9e9, "total", None, "2025-01", "2025-05")],
        ),
        # near miss: a third country after the figure makes "it" no longer the two sides' trade
        (
            "In the first five months of 2025 it amounted to 1.9 billion USD, far below China's 80 billion"
            " USD.",
            [],
        ),
    ],
)
def test_it_after_the_trade_told_before(second: str, expected: list) -> None:
    first = "Trade between Vietnam and Russia came to 4.1 billion USD in 2024. "
    facts = trade(first + second)
    assert [f for f in facts if f[0] != 4.1e9] == expected


@pytest.mark.parametrize(
    ("breakdown", "expected"),
    [
        # a ranked item with its figure right after, then a list of items "with" their figures; the side's
        # exports told after its imports
        (
            "Rice remained the largest export earner at 410 million USD, followed by tea with 120 million USD"
            " and pepper with 95 million USD.",
            [
                (95e6, "export", "pepper", "2024-01", "2024-12"),
                (120e6, "export", "tea", "2024-01", "2024-12"),
                (410e6, "export", "rice", "2024-01", "2024-12"),
            ],
        ),
        # near miss: a flow with no goods after the other flow is not the side's
        ("The sector has set an export target of 43 billion USD.", []),
    ],
)
def test_goods_of_the_other_flow_just_told(breakdown: str, expected: list) -> None:
    lead = (
        "Trade between Vietnam and Russia came to 4.1 billion USD in 2024. Vietnam's exports to Russia were"
        " 2.3 billion USD, while its imports from the country amounted to 1.8 billion USD. "
    )
    facts = trade(lead + breakdown)
    assert [f for f in facts if f[0] not in (4.1e9, 2.3e9, 1.8e9)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare figure after an amount is in its currency
        (
            "Trade between Vietnam and Russia rose from about 2.7 billion USD in 2016 to 3.55 billion in"
            " 2017.",
            [(2.7e9, "total", None, "2016-01", "2016-12"), (3.55e9, "total", None, "2017-01", "2017-12")],
        ),
        # near miss: a bare figure of another unit is no amount
        (
            "Trade between Vietnam and Russia reached 2.7 billion USD in 2016 as 3.5 million tonnes of goods"
            " were shipped.",
            [(2.7e9, "total", None, "2016-01", "2016-12")],
        ),
        # one figure for two years
        (
            "Trade between Vietnam and Russia slipped to about 3.6 billion USD in both 2022 and 2023.",
            [(3.6e9, "total", None, "2022-01", "2022-12"), (3.6e9, "total", None, "2023-01", "2023-12")],
        ),
        # "it" with an adverb before its verb
        (
            "Trade between Vietnam and Russia grew for years. It then fell sharply, to around 3.6 billion USD"
            " in 2022.",
            [(3.6e9, "total", None, "2022-01", "2022-12")],
        ),
        # a side's data are no party
        (
            "Vietnamese data show trade between the two countries rising to 4.57 billion USD in 2018.",
            [(4.57e9, "total", None, "2018-01", "2018-12")],
        ),
    ],
)
def test_figures_told_over_years(text: str, expected: list) -> None:
    assert trade(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second figure of the other way is no goods of the first's flow
        (
            "In 2024 Vietnam exported 2.6 billion USD worth of goods to Russia, mainly phones, while"
            " importing nearly 2 billion USD worth of coal and wheat.",
            [("export", "VN", "RU", 2.6e9), ("import", "RU", "VN", 2e9)],
        ),
        # near miss: goods of the same way go on with its flow
        (
            "In 2024 Vietnam exported 2.6 billion USD worth of goods to Russia, including 300 million USD of"
            " coffee.",
            [("export", "VN", "RU", 2.6e9), ("export", "VN", "RU", 3e8)],
        ),
    ],
)
def test_the_other_way_in_one_sentence(text: str, expected: list[tuple]) -> None:
    result = extract_text(text, doc_date="2025-02-10", types=["trade"])
    assert sorted((f.flow, f.exporter, f.importer, f.value.amount) for f in result.facts) == sorted(expected)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # a speaker of one side: "our trade" is the two sides'
        ('"Last year our trade turnover exceeded 4.6 billion USD," the minister said.', [(4.6e9, "2024-01")]),
        # near miss: "our trade with" another partner
        ('"Last year our trade with China exceeded 200 billion USD," the minister said.', []),
    ],
)
def test_our_trade_said_by_one_side(said: str, expected: list[tuple]) -> None:
    lead = "Russian Deputy Prime Minister Ivan Sergeev held talks in Hanoi with Vietnamese officials. "
    assert [(f[0], f[3]) for f in trade(lead + said)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's own exports, then its imports from the other side: exports to that side
        (
            "Vietnamese exports were worth 3.2 billion USD in 2021, led by phones, while imports from Russia"
            " came to around 2.3 billion USD.",
            [("export", "VN", "RU", 3.2e9), ("import", "RU", "VN", 2.3e9)],
        ),
        # near miss: with no partner of the other way, a side's own exports go to all markets
        ("Vietnamese exports were worth 336 billion USD in 2021, led by phones.", []),
    ],
)
def test_a_sides_flow_and_the_other_ways_partner(text: str, expected: list[tuple]) -> None:
    result = extract_text(text, doc_date="2025-02-10", types=["trade"])
    assert sorted((f.flow, f.exporter, f.importer, f.value.amount) for f in result.facts) == sorted(expected)


@pytest.mark.parametrize(
    ("flow", "expected"),
    [
        # "the market" a side's exports went to is the other side: goods earning there are its exports
        ("Vietnam's exports to the market", [(1.73e8, "export", "textiles", "2025-01", "2025-10")]),
        # near miss: a side's exports to all its markets put no market in focus
        ("Vietnam's total exports", []),
    ],
)
def test_goods_earning_in_the_market_of_a_sides_exports(flow: str, expected: list) -> None:
    text = (
        "Two-way trade between Vietnam and Russia hit 4.12 billion USD in the first ten months of 2025."
        f" In the January–October period, {flow} were valued at 2.31 billion USD. Textiles brought home 173"
        " million USD."
    )
    assert [f for f in trade(text) if f[0] == 1.73e8] == expected


@pytest.mark.parametrize(
    ("headline", "kept"),
    [
        # a headline's growth in round words is the lead's, told with its value
        ("Vietnam-Russia trade up over 9 percent in ten months", []),
        ("Vietnam-Russia trade up about 9 percent in the first ten months", []),
        # near miss: a growth the round words do not hold is another figure
        ("Vietnam-Russia trade up over 12 percent in ten months", [12.0]),
    ],
)
def test_a_headline_growth_told_again_with_the_value(headline: str, kept: list[float]) -> None:
    lead = (
        "Hanoi (VNA) - Trade between Vietnam and Russia hit 4.12 billion USD in the first ten months of this"
        " year, up 9.4 percent year-on-year."
    )
    result = extract_text(f"{headline}\n\n{lead}", doc_date="2025-11-10", types=["trade"])
    assert [f.growth.pct for f in result.facts if f.value is None] == kept
