"""Trade phrasing families: one made-up sentence (or two) per family and the fields it must give."""

from __future__ import annotations

from typing import Any

import pytest

from vnru_facts import extract_text
from vnru_facts.models import TradeFact

DOC_DATE = "2023-10-20"


def trade_facts(text: str, doc_date: str = DOC_DATE) -> list[TradeFact]:
    return [f for f in extract_text(text, doc_date=doc_date, types=["trade"]).facts if f.type == "trade"]


def summary(f: TradeFact) -> dict[str, Any]:
    return {
        "value": f.value.amount if f.value else None,
        "period": (f.period.start, f.period.end) if f.period else None,
        "flow": f.flow,
        "exporter": f.exporter,
        "importer": f.importer,
        "parties": list(f.parties),
        "status": f.status,
        "growth": f.growth.pct if f.growth else None,
    }


def one(text: str, doc_date: str = DOC_DATE) -> dict[str, Any]:
    facts = trade_facts(text, doc_date)
    assert len(facts) == 1, [summary(f) for f in facts]
    return summary(facts[0])


TOTAL = {"flow": "total", "exporter": None, "importer": None, "parties": ["RU", "VN"]}


def total(value: float | None, period: tuple[str, str] | None, growth: float | None = None) -> dict[str, Any]:
    """The summary of an actual Vietnam–Russia total-trade fact."""
    return {"value": value, "period": period, **TOTAL, "status": "actual", "growth": growth}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The sentence after a trade figure names no subject: "It ..." stands for that trade.
        (
            "Two-way trade between Vietnam and Russia climbed to $6.1 billion in 2019.\n"
            "It dropped, however, to $4.2 billion in 2020.",
            total(4.2e9, ("2020-01", "2020-12")),
        ),
        # "this (trade) figure" across a paragraph break, after a figure-less bilateral sentence.
        (
            "Trade between Russia and Vietnam slowed in 2020, an envoy in Moscow said.\n\n"
            "In 2020, this (trade) figure was $4.4 billion, about 12% less than in the previous year.",
            total(4.4e9, ("2020-01", "2020-12"), -12.0),
        ),
        # A growth-only sentence after a figure-less "mutual trade" sentence.
        (
            "Mutual trade keeps expanding. It grew by 17% last year.",
            total(None, ("2022-01", "2022-12"), 17.0),
        ),
        # A change told as a fraction: "fell by half".
        (
            "Bilateral trade between Vietnam and Russia hit $6 billion in 2019.\nIt fell by half in 2020.",
            total(None, ("2020-01", "2020-12"), -50.0),
        ),
    ],
)
def test_the_next_sentence_continues_the_trade_subject(text: str, expected: dict[str, Any]) -> None:
    facts = [summary(f) for f in trade_facts(text)]
    assert expected in facts


@pytest.mark.parametrize(
    "text",
    [
        # No trade sentence before: "it" is anything.
        "The ministry opened a new office.\nIt spent $4.2 million in 2020.",
        # The sentence before is about another country pair.
        "Vietnam's trade with China reached $150 billion in 2020.\nIt rose to $166 billion in 2021.",
        # The continuing sentence names a third country: its trade is not Vietnam–Russia trade.
        "Bilateral trade between Vietnam and Russia reached $5 billion in 2021.\n"
        "Trade turnover with India reached $13 billion in 2021.",
    ],
)
def test_no_trade_subject_to_continue(text: str) -> None:
    values = [summary(f)["value"] for f in trade_facts(text)]
    assert all(v not in (4.2e6, 166e9, 13e9) for v in values), values


def test_a_partial_period_without_place_inherits_the_parties() -> None:
    text = (
        "In 2019, trade turnover between the two countries amounted to $4.8 bln, up 9.1% on 2018. "
        "In January-June of this year trade turnover added 3.2%. "
        "In the first nine months of 2023, trade volume rose to $2.9 billion, up 7 per cent year-on-year."
    )
    facts = [summary(f) for f in trade_facts(text)]
    assert total(4.8e9, ("2019-01", "2019-12"), 9.1) in facts
    assert total(None, ("2023-01", "2023-06"), 3.2) in facts
    assert total(2.9e9, ("2023-01", "2023-09"), 7.0) in facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Forecast with "by the end of the year": the document's year.
        (
            "Bilateral trade is expected to reach around $5.8 bln by the end of the year.",
            {"status": "forecast", "period": ("2023-01", "2023-12"), "value": 5.8e9},
        ),
        # An aspiration without deadline: a target even with "expects".
        (
            "The premier expects yearly Vietnam-Russia trade to soon reach 15 billion USD.",
            {"status": "target", "period": None, "value": 15e9},
        ),
        (
            "Hanoi and Moscow should act to soon lift annual bilateral trade to 12 billion USD.",
            {"status": "target", "period": None, "value": 12e9},
        ),
        # "more than X in 2020" is not "than 2020": the year is the period, not a comparison base.
        (
            "Two-way trade reached more than 3.9 billion USD in 2018, up 7% against 2017.",
            {"status": "actual", "period": ("2018-01", "2018-12"), "value": 3.9e9},
        ),
        # A running total "as of <month>" covers January to that month of the year named before it.
        (
            "He said two-way trade set a record in 2022, reaching 4.1 billion USD as of October.",
            {"status": "actual", "period": ("2022-01", "2022-10"), "value": 4.1e9},
        ),
    ],
)
def test_status_and_period(text: str, expected: dict[str, Any]) -> None:
    got = one(text)
    assert {k: got[k] for k in expected} == expected


def test_coordinated_growth_keeps_its_direction() -> None:
    text = (
        "Trade between our countries rose by more than 12 percent last year, "
        "and by more than 14 percent over the first six months of this year."
    )
    facts = {(f["period"], f["growth"]) for f in map(summary, trade_facts(text))}
    assert facts == {(("2022-01", "2022-12"), 12.0), (("2023-01", "2023-06"), 14.0)}


def test_directions_inherit_the_period_of_the_sentence_before() -> None:
    text = (
        "By the end of 2022, trade between our countries had expanded by 15 percent. "
        "Russia’s shipments to Vietnam rose by 40 percent, while its imports from Vietnam grew by 9 percent."
    )
    facts = {
        (f["exporter"], f["importer"], f["period"], f["growth"]) for f in map(summary, trade_facts(text))
    }
    assert ("RU", "VN", ("2022-01", "2022-12"), 40.0) in facts
    assert ("VN", "RU", ("2022-01", "2022-12"), 9.0) in facts


def test_an_average_rate_range_is_no_growth_fact() -> None:
    text = "Since then, two-way trade has kept rising 8-12% per year in some periods."
    assert trade_facts(text) == []


def test_a_number_broken_across_lines_is_no_trade_value() -> None:
    text = "Russia and Vietnam kept trading and in 2019 the trade reached $4.\n\n8 billion, he added."
    assert all(f.value is None or f.value.amount >= 1e6 for f in trade_facts(text))


def test_glued_sentences_are_read_apart() -> None:
    text = (
        "Economic ties between the two nations improved, with two-way trade growing to 3.9 billion USD "
        "in 2017 from 2.1 billion USD in 2012.Despite the storms, the bilateral trade rose by nearly 8 "
        "percent in the first half of this year, he added."
    )
    facts = {(f["value"], f["period"], f["growth"]) for f in map(summary, trade_facts(text))}
    assert facts == {
        (3.9e9, ("2017-01", "2017-12"), None),
        (2.1e9, ("2012-01", "2012-12"), None),
        (None, ("2023-01", "2023-06"), 8.0),
    }


def test_a_capital_named_by_its_role_is_a_party() -> None:
    text = (
        "Trade between Moscow and Vietnam in 2020, according to the city portal: the turnover of the "
        "Russian capital with Vietnam's provinces came to $1.9 billion, up 17% on the year."
    )
    [fact] = map(summary, trade_facts(text))
    assert (fact["value"], fact["parties"], fact["period"]) == (
        1.9e9,
        ["Moscow", "VN"],
        ("2020-01", "2020-12"),
    )


@pytest.mark.parametrize(
    ("text", "amount", "qualifier", "parties"),
    [
        # A range is its midpoint, approximate; a Russian region is a party of its own.
        (
            "In the first half of 2022, two-way trade between Vietnam and Russia’s Far East reached "
            "210-230 million USD.",
            220e6,
            "approx",
            ["Russian Far East", "VN"],
        ),
        (
            "Bilateral trade with Russia was $3.1–3.3 billion in 2016, Vietnamese officials said.",
            3.2e9,
            "approx",
            None,
        ),
        # "exceeded the $X mark" is over X.
        (
            "In 2018, bilateral trade between Russia and Vietnam exceeded the $4 billion mark.",
            4e9,
            "over",
            None,
        ),
    ],
)
def test_ranges_and_marks(text: str, amount: float, qualifier: str, parties: list[str] | None) -> None:
    [fact] = trade_facts(text)
    assert fact.value is not None
    assert (fact.value.amount, fact.value.qualifier) == (amount, qualifier)
    assert list(fact.parties) == (parties or ["RU", "VN"])


def test_from_one_figure_to_another_is_no_range() -> None:
    text = "Two-way trade between Vietnam and Russia rose from $2 billion in 2015 to $3 billion in 2016."
    assert sorted(f.value.amount for f in trade_facts(text) if f.value) == [2e9, 3e9]


def test_spelled_out_percentages_are_growth() -> None:
    text = "Bilateral trade between Vietnam and Russia reached $3.4 billion in 2017, up twenty-two per cent."
    [fact] = trade_facts(text)
    assert fact.growth is not None and fact.growth.pct == 22.0


def test_a_reported_part_year_dates_an_undated_text() -> None:
    text = (
        "A ferry line between Vladivostok and Da Nang opened in April 2021.\n"
        "In the first quarter of 2022, bilateral trade between Vietnam and Russia reached 810 million USD. "
        "In the first five months of this year, it reached 1.3 billion USD."
    )
    facts = extract_text(text, types=["trade"]).facts
    periods = {f.value.amount: (f.period.start, f.period.end) for f in facts if f.value and f.period}
    assert periods == {810e6: ("2022-01", "2022-03"), 1.3e9: ("2022-01", "2022-05")}


def test_only_a_trade_sentence_or_one_referring_back_reads_the_context_before_it() -> None:
    from vnru_facts.extract.components.context import DocView
    from vnru_facts.extract.components.trade import _reads_context, _sentences, _trigger_sentences
    from vnru_facts.pipeline import build_pipeline

    doc = build_pipeline(fact_pipes=())(
        "Bilateral trade reached $5 billion. It fell to $3 billion in 2022. The forum closed. Exports grew."
    )
    view = DocView(doc)
    sentences = _sentences(view)
    triggers = _trigger_sentences(view, sentences)
    reads = [_reads_context(view, sentences, triggers, k) for k in range(len(sentences) + 1)]
    assert reads == [True, True, False, True, False]


def flow(
    kind: str, exporter: str, importer: str, value: float | None, period: tuple[str, str] | None
) -> dict[str, Any]:
    """The summary of an actual Vietnam–Russia directional fact, without growth."""
    return {
        "value": value,
        "period": period,
        "flow": kind,
        "exporter": exporter,
        "importer": importer,
        "parties": ["RU", "VN"],
        "status": "actual",
        "growth": None,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The market named after the figure: "exported $X worth of goods to Russia".
        (
            "Last year, Vietnam exported 1.9 billion USD worth of goods to Russia.",
            [flow("export", "VN", "RU", 1.9e9, ("2022-01", "2022-12"))],
        ),
        (
            "In 2021 Russia imported $800 million of farm produce from Vietnam.",
            [flow("import", "VN", "RU", 8e8, ("2021-01", "2021-12"))],
        ),
        # "this market" is the market of the sentence before.
        (
            "Vietnam's shipments to Russia rose to $2 billion in 2022. "
            "Coffee exports to this market reached $300 million.",
            [
                flow("export", "VN", "RU", 2e9, ("2022-01", "2022-12")),
                flow("export", "VN", "RU", 3e8, ("2022-01", "2022-12")),
            ],
        ),
        (
            "Exports to Russia totalled $900 million in the first half. "
            "Seafood sales to that country also grew, to $40 million.",
            [
                flow("export", "VN", "RU", 9e8, ("2023-01", "2023-06")),
                flow("export", "VN", "RU", 4e7, ("2023-01", "2023-06")),
            ],
        ),
    ],
)
def test_a_flow_names_its_market(text: str, expected: list[dict[str, Any]]) -> None:
    assert sorted(map(summary, trade_facts(text)), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "text",
    [
        # A side's exports to the whole world are no Vietnam–Russia trade, even after a trade sentence.
        "Vietnam exported more than $1 billion worth of coffee in the first half, down 7 per cent.",
        "Vietnam's shipments to Russia rose to $2 billion in 2022. Vietnam exported $380 billion in total.",
        "Russia's imports rose 11% to $280 billion last year.",
        # The market after the figure belongs to the next clause.
        "Vietnam's total exports reached $380 billion in 2022, of which exports to Russia were $2 billion.",
        # "this market" with no market in the sentence before.
        "Coffee exports to this market reached $300 million.",
    ],
)
def test_a_flow_to_the_whole_world_is_no_fact(text: str) -> None:
    assert {f.value.amount for f in trade_facts(text) if f.value} <= {2e9}
    assert all(f.value for f in trade_facts(text))


@pytest.mark.parametrize(
    ("text", "commodity", "value"),
    [
        (
            "Vietnam's coffee sales to Russia rose 20% to $300 million in the first nine months.",
            "coffee",
            3e8,
        ),
        ("Exports of cashew nuts to Russia totalled $80 million last year.", "cashew", 8e7),
        ("Rubber goods shipped to Russia were worth $5 million in the first half.", "rubber", 5e6),
        ("Shipments of rubber products to Russia were $9 million in 2022.", "rubber", 9e6),
        ("Seafood sold to Russia brought in $120 million last year.", "seafood", 1.2e8),
        # near miss: goods in general are no single commodity
        ("Vietnam's goods exports to Russia reached $2.5 billion in 2022.", None, 2.5e9),
    ],
)
def test_single_commodity_trade(text: str, commodity: str | None, value: float) -> None:
    [fact] = trade_facts(text)
    assert (fact.commodity, fact.value.amount if fact.value else None, fact.importer) == (
        commodity,
        value,
        "RU",
    )


@pytest.mark.parametrize(
    "text",
    [
        # "sold"/"sales" without a market named are no trade between the two sides.
        "The car sold to a Russian buyer cost $50,000.",
        "Coffee sales rose to $300 million in Hanoi last year.",
    ],
)
def test_sales_without_a_market_are_no_trade(text: str) -> None:
    assert trade_facts(text) == []


def _commodity_periods(text: str) -> set[tuple[Any, ...]]:
    return {
        (
            f.value.amount if f.value else None,
            f.commodity,
            (f.period.start, f.period.end) if f.period else None,
        )
        for f in trade_facts(text)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A detail keeps the commodity of the sentence before; the sentence after it goes back to the main
        # period, and a year inside a share clause is the year of the total, not the figure's.
        (
            "Exports of coffee to Russia doubled in the first half, totalling $40 million. "
            "In particular, June shipments to Russia were worth $9 million. "
            "Coffee exports to this market were worth $3 million in the second quarter.",
            {
                (4e7, "coffee", ("2023-01", "2023-06")),
                (9e6, "coffee", ("2023-06", "2023-06")),
                (3e6, "coffee", ("2023-04", "2023-06")),
            },
        ),
        (
            "Rice exports to Russia reached $12 million in the first nine months. "
            "Of this, sales to Russia in September were $2 million. "
            "Tea exports to Russia also rose, to $5 million, accounting for 8% of tea exports in 2022.",
            {
                (1.2e7, "rice", ("2023-01", "2023-09")),
                (2e6, "rice", ("2023-09", "2023-09")),
                (5e6, "tea", ("2023-01", "2023-09")),
            },
        ),
        (
            "Vietnam's seafood exports to Russia reached $50 million last year. "
            "Specifically, exports to Russia in December were $6 million.",
            {(5e7, "seafood", ("2022-01", "2022-12")), (6e6, "seafood", ("2022-12", "2022-12"))},
        ),
        # near miss: a sentence that does not detail the one before keeps no commodity.
        (
            "Vietnam's seafood exports to Russia reached $50 million last year. "
            "Exports to Russia in December were $600 million.",
            {(5e7, "seafood", ("2022-01", "2022-12")), (6e8, None, ("2022-12", "2022-12"))},
        ),
    ],
)
def test_a_detail_keeps_the_commodity_and_period_of_the_sentence_before(
    text: str, expected: set[tuple[Any, ...]]
) -> None:
    assert _commodity_periods(text) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Forecasts worded as expectations, before or after the figure.
        ("Bilateral trade may reach $5 billion by year-end, officials expect.", "forecast"),
        ("Two-way trade might hit $6 billion this year.", "forecast"),
        ("Bilateral trade will probably exceed $5 billion this year.", "forecast"),
        ("Two-way trade could top $7 billion in 2025, according to forecasts.", "forecast"),
        ("Two-way trade should reach $4 billion in 2024, analysts predict.", "forecast"),
        # A change told in the past, then "to reach": where it got, not a target.
        ("Vietnam-Russia trade grew 30% last year to reach $4.6 billion.", "actual"),
        ("Bilateral trade fell 8% in 2022 to stand at $3.5 billion.", "actual"),
        # near misses: "May" the month; a reporting verb that is no expectation; a real target.
        ("In May 2023, bilateral trade reached $500 million.", "actual"),
        ("Bilateral trade rose to $4 billion in 2022, officials said.", "actual"),
        ("The two sides aim to raise bilateral trade to $10 billion by 2030.", "target"),
    ],
)
def test_expectations_and_results(text: str, status: str) -> None:
    assert one(text)["status"] == status


def test_a_later_forecast_in_the_sentence_leaves_an_earlier_figure_actual() -> None:
    text = "Two-way trade reached $5 billion in 2022 and is expected to hit $6 billion this year."
    assert {(f.value.amount, f.status) for f in trade_facts(text) if f.value} == {
        (5e9, "actual"),
        (6e9, "forecast"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The flow word right after the figure: "$X from exports to Russia", "$X on imports from Russia".
        ("Vietnam earned 1.7 billion USD from exports to Russia in 2022.", ("export", "VN", "RU", None)),
        ("Russia sold $800 million in exports to Vietnam last year.", ("export", "RU", "VN", None)),
        ("The country spent $900 million on imports from Russia in 2022.", ("import", "RU", "VN", None)),
        # A side's name before the commodity: "imports of Russian coal".
        (
            "Vietnam's import of Russian coal surged 45% to $600 million in 2022.",
            ("import", "RU", "VN", "coal"),
        ),
    ],
)
def test_the_flow_after_its_figure(text: str, expected: tuple[Any, ...]) -> None:
    [fact] = trade_facts(text)
    assert (fact.flow, fact.exporter, fact.importer, fact.commodity) == expected


def test_earnings_from_exports_to_the_whole_world_are_no_fact() -> None:
    assert trade_facts("Vietnam earned $380 billion from exports in 2022.") == []


# --- status: a table of the words of a wish (target) and of an expectation (forecast) --------------


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # A hope, an aim, a plan, a wish: a target, even worded with "will"/"would".
        ("Both governments hope two-way trade will hit $12 billion by 2030.", "target"),
        ("Leaders hoped that bilateral trade would reach $12 billion by 2030.", "target"),
        ("Two-way trade is hoped to reach $12 billion by 2030.", "target"),
        ("Hanoi and Moscow are aiming at bilateral trade of $12 billion by 2030.", "target"),
        ("The two countries have an ambition of $12 billion in two-way trade by 2030.", "target"),
        ("The sides seek to raise bilateral trade to $12 billion by 2030.", "target"),
        ("Moscow and Hanoi want bilateral trade to reach $12 billion by 2030.", "target"),
        ("Both sides wish to see two-way trade at $12 billion by 2030.", "target"),
        ("Both countries are working towards two-way trade of $12 billion by 2030.", "target"),
        ("The partners pledged to lift two-way trade to $12 billion by 2030.", "target"),
        ("Two-way trade will hit $12 billion by 2030, the leaders hope.", "target"),
        ("The countries are eyeing $12 billion in bilateral trade by 2030.", "target"),
        ("The roadmap envisages two-way trade of $12 billion by 2030.", "target"),
        # A year after the document's with no word of either: no result yet, a target.
        ("Two-way trade of $12 billion by 2030 was discussed at the meeting.", "target"),
        # An expectation: a forecast.
        ("Two-way trade is projected to reach $6 billion in 2024.", "forecast"),
        ("Bilateral trade is likely to exceed $6 billion this year.", "forecast"),
        ("Two-way trade is on course to hit $6 billion this year.", "forecast"),
        ("Two-way trade will hit $6 billion this year, the minister predicted.", "forecast"),
        # An expectation nearer the figure than the wish wins.
        ("Mutual trade, which both aim to double, is expected to hit $6 billion this year.", "forecast"),
        # near misses: a comparison with forecasts, a wish before a result in the past, a noun "hopes".
        ("Two-way trade hit $5 billion in 2023, above forecasts.", "actual"),
        ("Bilateral trade reached $5 billion in 2023, as expected.", "actual"),
        ("Russia wants to boost imports from Vietnam, which reached $2 billion in 2022.", "actual"),
        ("The two sides plan to expand ties; bilateral trade was $5 billion in 2022.", "actual"),
        ("Vietnam's hopes rose as two-way trade reached $5 billion in 2022.", "actual"),
        ("Two-way trade of $4 billion in the first half of this year was discussed.", "actual"),
        ("Bilateral trade reached $5 billion in 2022, and the sides hope to double it by 2030.", "actual"),
    ],
)
def test_status_words(text: str, status: str) -> None:
    assert one(text)["status"] == status


# --- flows told by a pronoun ("its imports") or by a description of a country ("the country") -----


def directions(text: str) -> set[tuple[Any, ...]]:
    return {(f.value.amount if f.value else None, f.flow, f.exporter, f.importer) for f in trade_facts(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its" is the owner of the flow before it in the sentence; "the country" is the other side.
        (
            "Vietnam's exports to Russia were $1.4 billion in 2022, while its imports from the country "
            "amounted to $2.1 billion.",
            {(1.4e9, "export", "VN", "RU"), (2.1e9, "import", "RU", "VN")},
        ),
        (
            "Last year, Russia's imports from Vietnam came to $1.2 billion; their exports to the nation "
            "were $2.5 billion.",
            {(1.2e9, "import", "VN", "RU"), (2.5e9, "export", "RU", "VN")},
        ),
        (
            "Vietnamese exports to Russia rose to $1.5 billion in 2022, and their imports from the Eurasian "
            "country hit $2.2 billion.",
            {(1.5e9, "export", "VN", "RU"), (2.2e9, "import", "RU", "VN")},
        ),
        # "its" opening a sentence: the owner of the flow of the sentence before.
        (
            "Russia's imports from Vietnam rose to $1.8 billion in 2022. Its exports to the country were "
            "$2.7 billion.",
            {(1.8e9, "import", "VN", "RU"), (2.7e9, "export", "RU", "VN")},
        ),
        # "the country" owning a flow is the side other than its market.
        (
            "Vietnam's imports from Russia were $2.2 billion in 2022, while the country's exports to the "
            "Southeast Asian nation reached $1.9 billion.",
            {(2.2e9, "import", "RU", "VN"), (1.9e9, "export", "RU", "VN")},
        ),
        # near misses: "its" is a company's, or "the country" follows a trade with no direction.
        (
            "Vietnam's exports to Russia were $1.4 billion, while Vinamilk said its imports from the "
            "country amounted to $20 million.",
            {(1.4e9, "export", "VN", "RU")},
        ),
        ("Vinamilk's sales grew strongly in 2022. Its exports to the country reached $20 million.", set()),
        # A pronoun inside its clause stands for the side named right before it, never for a company.
        ("Vietnam said its imports from Russia hit $2.1 billion in 2022.", {(2.1e9, "import", "RU", "VN")}),
        ("Vinamilk said its imports from Russia amounted to $20 million in 2022.", set()),
        ("Vietnam's Vinamilk said its exports to Russia came to $20 million in 2022.", set()),
        # Opening a sentence after no directional trade, "its" leaves the market to tell the direction.
        (
            "Vietnam posted record exports in 2022. Its shipments to Russia reached $1.6 billion.",
            {(1.6e9, "export", "VN", "RU")},
        ),
        (
            "Two-way trade reached $5 billion in 2022, while imports from the country came to $2 billion.",
            {(5e9, "total", None, None)},
        ),
        # "the country" after a third country's market (not recognised as a place here) is not the other side.
        (
            "Vietnam's exports to the US were $97 billion in 2022, while its imports from the country "
            "were $14 billion.",
            set(),
        ),
        # "their exports to each other": a flow both ways, no single owner.
        (
            "Russia and Vietnam boosted trade, and their exports to each other reached $5 billion in 2022.",
            {(5e9, "total", None, None)},
        ),
        # A third country's flow from "the country" is no Vietnam–Russia trade.
        (
            "Vietnam's exports to Russia were $1.4 billion in 2022, while China's imports from the country "
            "amounted to $120 billion.",
            {(1.4e9, "export", "VN", "RU")},
        ),
    ],
)
def test_a_flow_told_by_pronoun_or_description(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert directions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "sold"/"shipped" right before a figure whose market follows it.
        ("Vietnam sold $1.3 billion of goods to Russia in 2022.", {(1.3e9, "export", "VN", "RU")}),
        ("Vietnam shipped goods worth $1.1 billion to Russia last year.", {(1.1e9, "export", "VN", "RU")}),
        ("Russia sold 2.2 billion USD worth of fuel to Vietnam in 2022.", {(2.2e9, "export", "RU", "VN")}),
        # near misses: sold in the market, not to it; sold to no side.
        ("Vinamilk sold $50 million of milk in Russia last year.", set()),
        ("Russia sold $2 billion of bonds to investors in 2022.", set()),
    ],
)
def test_sold_or_shipped_before_a_figure(text: str, expected: set[tuple[Any, ...]]) -> None:
    assert directions(text) == expected


@pytest.mark.parametrize(
    ("text", "commodity"),
    [
        # The lower-case phrase modifying the flow word, coordinated or not, before it or after its "of".
        (
            "Fruit and vegetable shipments to Russia rose to nearly $70 million last year.",
            "fruit and vegetable",
        ),
        (
            "Machinery and equipment imports from Russia were worth $150 million in 2023.",
            "machinery and equipment",
        ),
        (
            "Vietnam's exports of agricultural, forestry and fishery products to Russia hit $600 million.",
            "agricultural, forestry and fishery",
        ),
        ("Sales of farm produce to Russia climbed to $40 million in 2022.", "farm produce"),
        ("Textiles and garments exports to Russia totalled $210 million last year.", "textiles and garments"),
        (
            "In 2023, frozen shrimp and pangasius exports to Russia reached $70 million.",
            "frozen shrimp and pangasius",
        ),
        ("Russia's exports of crude oil to Vietnam reached $400 million in 2022.", "crude oil"),
        (
            "Vietnam's imports of Russian fertiliser and steel rose to $300 million in 2022.",
            "fertiliser and steel",
        ),
        # the goods of the flow word's other forms, or told after the figure
        ("Seafood export turnover to Russia rose to $100 million in 2023.", "seafood"),
        ("Russia exported fertiliser and coal worth $300 million to Vietnam in 2023.", "fertiliser and coal"),
        ("Vietnam exported $50 million worth of rice and tea to Russia in 2023.", "rice and tea"),
        # near misses: words of all goods, a side, a time or a list opening the sentence give no commodity
        ("Vietnam exported around $2 billion worth of goods to Russia in 2023.", None),
        ("Vietnam's export turnover to Russia reached $3 billion in 2023.", None),
        ("Total exports to Russia reached $3.2 billion in 2023.", None),
        ("Vietnam's exports to Russia reached $3.2 billion in 2023.", None),
        ("Goods exports to Russia reached $3.2 billion in 2023.", None),
        ("Merchandise exports to Russia reached $3.2 billion in 2023.", None),
        ("Vietnam's first-quarter exports to Russia reached $800 million.", None),
        ("Meanwhile, exports to Russia reached $3.2 billion in 2023.", None),
        ("Exports of Vietnamese goods to Russia reached $3.2 billion in 2023.", None),
        ("Trade grew and exports to Russia reached $3.2 billion in 2023.", None),
        ("Online sales to Russia reached $300 million in 2023.", None),
        ("Surging exports to Russia reached $3 billion in 2023.", None),
        # a commodity of another flow before the figure's own
        ("Coffee exports rose 10% and exports to Russia reached $3 billion in 2022.", None),
    ],
)
def test_a_commodity_is_the_phrase_of_its_flow_word(text: str, commodity: str | None) -> None:
    assert [f.commodity for f in trade_facts(text) if f.value] == [commodity]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A figure of "their value", "the figure", "the amount" after a flow keeps its direction and goods.
        (
            "Rubber exports to Russia reached $40 million in 2023. "
            "Their value is forecast to climb to $60 million by 2026.",
            ("export", "VN", "RU", "rubber", "forecast"),
        ),
        (
            "Vietnam's imports of Russian wheat rose to $90 million in 2023. "
            "The figure is expected to double to $180 million by 2027.",
            ("import", "RU", "VN", "wheat", "forecast"),
        ),
        (
            "Seafood exports to Russia hit $50 million in 2023. The amount could grow to $75 million soon.",
            ("export", "VN", "RU", "seafood", "forecast"),
        ),
        (
            "Bilateral trade reached $4 billion in 2023. Its value is projected to rise to $5 billion soon.",
            ("total", None, None, None, "forecast"),
        ),
        # a growth alone
        (
            "Rice exports to Russia reached $40 million in 2023. The figure is expected to grow 20% in 2025.",
            ("export", "VN", "RU", "rice", "forecast"),
        ),
    ],
)
def test_a_figure_referring_back_keeps_the_flow_before(text: str, expected: tuple[Any, ...]) -> None:
    last = trade_facts(text)[-1]
    assert (last.flow, last.exporter, last.importer, last.commodity, last.status) == expected


@pytest.mark.parametrize(
    "text",
    [
        # near misses: another money of the sentence after is no trade of the one before
        "Rubber exports to Russia reached $40 million in 2023. The company's revenue is forecast to climb "
        "to $60 million.",
        "Rubber exports to Russia reached $40 million in 2023. Its budget is expected to reach $60 million.",
    ],
)
def test_other_money_after_a_flow_is_no_follow_on(text: str) -> None:
    assert [f.value.amount for f in trade_facts(text) if f.value] == [4e7]
