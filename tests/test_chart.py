"""The timeline chart: an inline SVG whose marks and labels say what the series says, linked to the facts."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.conflict_facts import trade
from vnru_facts.analyse.timeline import Timeline, build_timeline
from vnru_facts.report.chart import charted_rows, timeline_svg

NOV_2024 = ("2024-01", "2024-11")


def texts(svg: str) -> list[str]:
    """The words the chart shows (matplotlib writes text as <text> with svg.fonttype 'none')."""
    return [re.sub(r"<[^>]+>", "", t) for t in re.findall(r"<text\b[^>]*>.*?</text>", svg, re.DOTALL)]


def shows(words: list[str], text: str) -> bool:
    """A label or title reads ``text``, or starts with it ("Parts of a year (…)")."""
    return any(w == text or w.startswith(f"{text} ") for w in words)


def links(svg: str) -> set[str]:
    return set(re.findall(r'<a xlink:href="([^"]*)"', svg))


def chart(facts: list[Any]) -> tuple[Timeline, str]:
    timeline = build_timeline(facts)
    return timeline, timeline_svg(timeline, href={f.id: f"#fact-{n}" for n, f in enumerate(facts, start=1)})


def test_each_point_links_to_its_fact_and_carries_a_tooltip() -> None:
    facts = [
        trade("a.txt", "$4.57 billion"),
        trade("b.txt", "$4.59 billion"),
        trade("c.txt", "$3.6 billion", period=("2023-01", "2023-12")),
    ]
    _, svg = chart(facts)
    assert links(svg) == {"#fact-1", "#fact-2", "#fact-3"}
    assert 'target="_blank"' not in svg  # in-page links open in place
    tooltips = re.findall(r"<title>(.*?)</title>", svg)
    assert len(tooltips) == 3
    assert any("$4.57 billion" in t and "a.txt" in t and "disagrees" in t for t in tooltips)


@pytest.mark.parametrize(
    ("facts", "shown", "not_shown"),
    [
        ([trade("a.txt", "$4.57 billion"), trade("b.txt", "$4.59 billion")], ["split: $4.57B / $4.59B"], []),
        ([trade("a.txt", "$4.57 billion"), trade("b.txt", "US$4.57 billion")], ["$4.57B"], ["split"]),
        ([trade("a.txt", "more than $7 billion")], ["over $7B"], ["$7B"]),
        (
            [trade("a.txt", "$4.57 billion"), trade("b.txt", "$4.15 billion", period=NOV_2024)],
            ["$4.57B", "Jan–Nov", "Parts of a year"],
            ["Targets"],
        ),
        (
            [
                trade("a.txt", "$4.57 billion"),
                trade("b.txt", "$10 billion", period=("2025-01", "2025-12"), status="target"),
            ],
            ["$4.57B", "target: $10B", "Targets and forecasts (drawn apart from actual figures)", "target"],
            ["Parts of a year", "$10B"],
        ),
    ],
    ids=["conflict-split", "agreeing", "qualified", "part-year-apart", "target-apart"],
)
def test_labels_say_what_the_series_says(facts: list[Any], shown: list[str], not_shown: list[str]) -> None:
    _, svg = chart(facts)
    words = texts(svg)
    for text in shown:
        assert shows(words, text), (text, words)
    for text in not_shown:
        assert not shows(words, text), (text, words)


def test_conflicting_years_are_highlighted_only_there() -> None:
    band = "#fbe3e3"
    _, agreeing = chart([trade("a.txt", "$4.57 billion"), trade("b.txt", "about $4.6 billion")])
    _, disputed = chart([trade("a.txt", "$4.57 billion"), trade("b.txt", "$4.59 billion")])
    # The legend's swatch is there in both; the disputed year adds its band.
    assert agreeing.count(f"fill: {band}") == 1
    assert disputed.count(f"fill: {band}") == 2


def test_the_svg_is_an_element_for_the_page_and_the_same_on_every_run() -> None:
    facts = [trade("a.txt", "$4.57 billion"), trade("b.txt", "$4.59 billion")]
    _, first = chart(facts)
    _, second = chart(facts)
    assert first == second
    assert first.startswith("<svg") and first.rstrip().endswith("</svg>")
    assert "<?xml" not in first and "<!DOCTYPE" not in first and "<metadata>" not in first
    assert 'class="timeline-chart"' in first and 'width="' not in first.split(">", 1)[0]
    assert not re.search(r"<script|\bsrc=|href=\"https?:", first)


def test_nothing_to_draw_gives_no_svg() -> None:
    only_other = build_timeline([trade("a.txt", "$22 billion", period=("2020-01", "2024-12"))])
    assert charted_rows(only_other) == []
    assert timeline_svg(only_other, href={}) == ""
    assert timeline_svg(Timeline(type="trade", flow="total"), href={}) == ""
