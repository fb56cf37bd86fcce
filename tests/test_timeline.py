"""The timeline series (facts -> rows), on facts built here: no extraction, no plotting library."""

from __future__ import annotations

import csv
import io
from typing import Any

import orjson
import pytest

from tests.conflict_facts import document, investment, trade
from vnru_facts.analyse.conflicts import find_conflicts
from vnru_facts.analyse.timeline import (
    CSV_COLUMNS,
    Timeline,
    TimelineRow,
    build_timeline,
    period_kind,
    period_words,
    timeline_to_csv,
    timeline_to_json,
)
from vnru_facts.models import Period, with_fact_id

NOV_2024 = ("2024-01", "2024-11")


def changed(fact: Any, **update: Any) -> Any:
    return with_fact_id(fact.model_copy(update=update))


def only_row(timeline: Timeline) -> TimelineRow:
    [row] = timeline.rows
    return row


# --- periods ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "kind", "words"),
    [
        ("2024-01", "2024-12", "year", "2024"),
        ("2024", "2024", "year", "2024"),
        ("2024-01-01", "2024-12-31", "year", "2024"),
        ("2024-01", "2024-11", "part-year", "Jan–Nov 2024"),
        ("2024-07", "2024-12", "part-year", "Jul–Dec 2024"),
        ("2026-06", "2026-06", "part-year", "Jun 2026"),
        ("2024-06-01", "2024-06-20", "part-year", "2024-06-01..2024-06-20"),
        ("2021-01", "2025-12", "years", "2021-01..2025-12"),
    ],
)
def test_period_kind_and_words(start: str, end: str, kind: str, words: str) -> None:
    assert (period_kind(start, end), period_words(start, end)) == (kind, words)


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (
            [trade("a.txt", "$4.57 billion"), trade("b.txt", "$4.15 billion", period=NOV_2024)],
            [("2024", "year"), ("Jan–Nov 2024", "part-year")],
        ),
        (  # the part-year is listed after every full year, even an earlier one
            [
                trade("a.txt", "$4.15 billion", period=NOV_2024),
                trade("b.txt", "$3.6 billion", period=("2023-01", "2023-12")),
            ],
            [("2023", "year"), ("Jan–Nov 2024", "part-year")],
        ),
        (
            [trade("a.txt", "$22 billion", period=("2020-01", "2024-12")), trade("b.txt", "$4.6 billion")],
            [("2024", "year"), ("2020-01..2024-12", "years")],
        ),
        (
            [
                trade("a.txt", "$2.0 billion", period=("2024-01", "2024-06")),
                trade("b.txt", "$4.1 billion", period=NOV_2024),
            ],
            [("Jan–Jun 2024", "part-year"), ("Jan–Nov 2024", "part-year")],
        ),
    ],
    ids=["year-and-part", "parts-after-years", "multi-year-span", "two-parts"],
)
def test_part_years_are_rows_apart_never_mixed_with_full_years(
    facts: list[Any], expected: list[tuple[str, str]]
) -> None:
    rows = build_timeline(facts).rows
    assert [(r.label, r.kind) for r in rows] == expected
    assert not any(r.conflict for r in rows)
    assert all(len(r.points) == 1 for r in rows)


# --- conflict marks ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("$4.57 billion", "US$4.57 billion"),
        ("about $2.5 billion", "$2.47 billion"),
        ("over $4.5 billion", "$4.6 billion"),
    ],
)
def test_agreeing_intervals_are_not_marked(a: str, b: str) -> None:
    row = only_row(build_timeline([trade("a.txt", a), trade("b.txt", b)]))
    assert not row.conflict
    assert not any(p.conflicting for p in row.points)
    assert row.supported is not None and row.supported.support == 2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("$4.57 billion", "$4.59 billion"),
        ("$3.5 billion", "$3.63 billion"),
        ("more than $3 billion", "$2.4 billion"),
    ],
)
def test_disjoint_intervals_are_marked(a: str, b: str) -> None:
    facts = [trade("a.txt", a), trade("b.txt", b)]
    row = only_row(build_timeline(facts))
    assert row.conflict
    assert all(p.conflicting for p in row.points)
    assert row.supported is None  # one source each: the sources are split
    # The same verdict as `vnru-facts conflicts`, whose subject the row carries.
    assert [c.subject for c in find_conflicts(facts) if c.kind == "value"] == [row.subject]


def test_only_the_values_in_disagreement_are_marked() -> None:
    facts = [
        trade("a.txt", "$4.57 billion"),
        trade("b.txt", "$4.59 billion"),
        trade("c.txt", "about $4.6 billion"),
    ]
    row = only_row(build_timeline(facts))
    marked = {p.text: p.conflicting for p in row.points}
    assert marked == {"$4.57 billion": True, "$4.59 billion": True, "$4.6 billion": False}
    # "about $4.6 billion" is consistent with all three sources.
    assert row.supported is not None and (row.supported.text, row.supported.support) == ("$4.6 billion", 3)


def test_one_source_contradicting_itself_is_not_a_conflict() -> None:
    facts = [
        trade("a.txt", "$4.57 billion"),
        trade("a.txt", "$4.59 billion", quote="Another sentence of a.txt."),
    ]
    row = only_row(build_timeline(facts))
    assert len(row.points) == 2
    assert not row.conflict and not any(p.conflicting for p in row.points)


# --- support -------------------------------------------------------------------------------------


def copy_of(original: str, source: str) -> Any:
    return document(source).model_copy(update={"sha256": f"sha-{original}"})


@pytest.mark.parametrize(
    ("documents", "best", "support"),
    [
        ([], None, 2),  # four sources, two per value: split
        (
            [document("a.txt"), copy_of("a.txt", "b.txt"), document("c.txt"), document("d.txt")],
            "$4.57 billion",
            2,
        ),
        (
            [document("a.txt"), document("b.txt"), document("c.txt"), copy_of("c.txt", "d.txt")],
            "$4.59 billion",
            2,
        ),
    ],
    ids=["four-independent", "a-b-one-story", "c-d-one-story"],
)
def test_support_counts_copies_of_one_story_once(
    documents: list[Any], best: str | None, support: int
) -> None:
    facts = [
        trade("a.txt", "$4.59 billion"),
        trade("b.txt", "$4.59 billion", quote="Other words in b.txt."),
        trade("c.txt", "$4.57 billion"),
        trade("d.txt", "$4.57 billion", quote="Other words in d.txt."),
    ]
    row = only_row(build_timeline(facts, documents=documents))
    assert row.conflict
    assert (row.supported.text if row.supported else None) == best
    assert max(p.support for p in row.points) == support


def test_the_best_supported_of_agreeing_values_is_the_most_precise() -> None:
    row = only_row(build_timeline([trade("a.txt", "about $2.5 billion"), trade("b.txt", "$2.47 billion")]))
    assert row.supported is not None
    assert (row.supported.text, row.supported.qualifier) == ("$2.47 billion", "exact")
    assert [p.qualifier for p in row.points] == ["approx", "exact"]


def test_points_carry_the_interval_their_words_allow() -> None:
    [point] = only_row(build_timeline([trade("a.txt", "about $2.5 billion")])).points
    assert (point.low, point.value, point.high) == (2.375e9, 2.5e9, 2.625e9)
    assert (point.source, point.independent_source) == ("a.txt", "a.txt")


# --- status, flow and what belongs to the series -------------------------------------------------------


STATUS_FACTS = [
    trade("a.txt", "$5 billion", period=("2025-01", "2025-12")),
    trade("b.txt", "$10 billion", period=("2025-01", "2025-12"), status="target"),
    trade("c.txt", "$6 billion", period=("2025-01", "2025-12"), status="forecast"),
]


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (None, [("actual", "$5 billion"), ("forecast", "$6 billion"), ("target", "$10 billion")]),
        ("actual", [("actual", "$5 billion")]),
        ("target", [("target", "$10 billion")]),
        ("forecast", [("forecast", "$6 billion")]),
    ],
)
def test_targets_and_forecasts_are_rows_apart(status: Any, expected: list[tuple[str, str]]) -> None:
    rows = build_timeline(STATUS_FACTS, status=status).rows
    assert [(r.status, r.points[0].text) for r in rows] == expected
    assert not any(r.conflict for r in rows)  # a $10B target does not contradict $5B of actual trade


FLOW_FACTS = [
    trade("a.txt", "$4.57 billion"),
    trade("b.txt", "$2.1 billion", flow="export", exporter="VN", importer="RU"),
    # Russia's imports from Vietnam are Vietnam's exports to Russia: the same subject.
    trade("c.txt", "$2.3 billion", flow="import", exporter="VN", importer="RU"),
    trade("d.txt", "$2.4 billion", flow="export", exporter="RU", importer="VN"),
]


@pytest.mark.parametrize(
    ("flow", "direction", "values", "conflict"),
    [
        ("total", "total", ["$4.57 billion"], False),
        ("export", "VN>RU", ["$2.1 billion", "$2.3 billion"], True),
        ("import", "RU>VN", ["$2.4 billion"], False),
    ],
)
def test_flow_selects_total_exports_or_imports(
    flow: Any, direction: str, values: list[str], conflict: bool
) -> None:
    row = only_row(build_timeline(FLOW_FACTS, flow=flow))
    assert (row.direction, [p.text for p in row.points], row.conflict) == (direction, values, conflict)


def test_other_series_and_values_without_a_period_stay_out() -> None:
    base = trade("a.txt", "$4.57 billion")
    facts = [
        base,
        changed(trade("b.txt", "$15.6 million"), commodity="rubber"),
        changed(trade("c.txt", "$2.5 billion"), parties=["Moscow", "VN"]),
        trade("d.txt", None, growth=(26.0, "exact", "up 26%")),  # a growth is not a value
        changed(trade("e.txt", "$10 billion", status="target"), period=None),
        changed(trade("f.txt", "$3 billion"), period=Period(start=None, end=None, text="")),
        investment("g.txt", "$1 billion"),
    ]
    timeline = build_timeline(facts)
    assert [p.source for r in timeline.rows for p in r.points] == ["a.txt"]
    assert timeline.left_out == 2


@pytest.mark.parametrize(
    ("flow", "expected"),
    [
        ("total", [("VN>RU", "as of 2023-12"), ("RU>VN", "as of 2024-11")]),
        ("export", [("VN>RU", "as of 2023-12")]),
        ("import", [("RU>VN", "as of 2024-11")]),
    ],
)
def test_investment_stocks_by_direction(flow: Any, expected: list[tuple[str, str]]) -> None:
    facts = [
        investment("a.txt", "$1 billion"),
        investment("b.txt", "$3 billion", investor="VN", host="RU", as_of="2023-12"),
        investment("c.txt", "$200 million", company="Novatek"),  # one company's investment: another series
        investment("d.txt", "$2 billion", as_of=None),  # a stock without a date cannot be placed
    ]
    timeline = build_timeline(facts, series="investment", flow=flow)
    assert [(r.direction, r.label) for r in timeline.rows] == expected
    assert all(r.kind == "as-of" and r.status == "actual" for r in timeline.rows)
    assert build_timeline(facts, series="investment", status="target").rows == []


def test_other_currencies_are_rows_of_their_own() -> None:
    facts = [trade("a.txt", "$4.57 billion"), trade("b.txt", "VND 110,000 billion")]
    rows = build_timeline(facts).rows
    assert sorted(r.currency for r in rows) == ["USD", "VND"]
    assert not any(r.conflict for r in rows)


def test_rows_are_in_reading_order() -> None:
    facts = [
        trade("a.txt", "$10 billion", period=("2030-01", "2030-12"), status="target"),
        trade("b.txt", "$4.15 billion", period=NOV_2024),
        trade("c.txt", "$4.57 billion"),
        trade("d.txt", "$3.5 billion", period=("2022-01", "2022-12")),
    ]
    assert [(r.status, r.label) for r in build_timeline(facts).rows] == [
        ("actual", "2022"),
        ("actual", "2024"),
        ("actual", "Jan–Nov 2024"),
        ("target", "2030"),
    ]


# --- output for tools --------------------------------------------------------------------------------


def disputed() -> Timeline:
    return build_timeline(
        [
            trade("a.txt", "$4.57 billion"),
            trade("b.txt", "$4.59 billion"),
            trade("c.txt", "$4.15 billion", period=NOV_2024),
        ]
    )


def test_json_round_trips() -> None:
    timeline = disputed()
    assert Timeline.model_validate(orjson.loads(timeline_to_json(timeline))) == timeline


def test_csv_has_one_line_per_source_value() -> None:
    reader = csv.DictReader(io.StringIO(timeline_to_csv(disputed())))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    lines = [(r["period"], r["text"], r["conflict"], r["supported_text"]) for r in reader]
    assert lines == [
        ("2024", "$4.57 billion", "True", ""),
        ("2024", "$4.59 billion", "True", ""),
        ("Jan–Nov 2024", "$4.15 billion", "False", "$4.15 billion"),
    ]


def test_csv_neutralises_formula_sources() -> None:
    timeline = build_timeline([trade("=cmd.txt", "$4.57 billion")])
    [line] = csv.DictReader(io.StringIO(timeline_to_csv(timeline)))
    assert line["source"] == "'=cmd.txt"


def test_no_facts_give_no_rows() -> None:
    assert build_timeline([]) == Timeline(type="trade", flow="total")
