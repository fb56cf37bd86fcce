"""Conflicts between sources (SPEC §2): interval rules and every check kind, on facts built by hand."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conflict_facts import (
    agreements,
    document,
    investment,
    money,
    official,
    trade,
    visit,
)
from vnru_facts.analyse.conflicts import (
    count_interval,
    find_conflicts,
    growth_interval,
    independent_sources,
    overlaps,
)
from vnru_facts.analyse.conflicts.intervals import Interval, day_span
from vnru_facts.models import Growth

# --- interval rules ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("$4.57 billion", "$4.59 billion", False),  # [4.565, 4.575] vs [4.585, 4.595]
        ("$4.57 billion", "$4.58 billion", False),  # touching intervals: rounding is half-open
        ("about $2.5 billion", "$2.47 billion", True),
        ("$5.5 billion", "7.1 billion USD", False),
        ("more than $1.6 billion", "$1.9 billion", True),
        ("nearly $30 billion", "$31 billion", False),  # [27, 30.5] vs [30.5, 31.5]
    ],
)
def test_money_intervals(a: str, b: str, agree: bool) -> None:
    ma, mb = money(a), money(b)
    assert overlaps(Interval(ma.low, ma.high), Interval(mb.low, mb.high)) is agree


def growth(pct: float, qualifier: str, text: str) -> Growth:
    return Growth(pct=pct, qualifier=qualifier, text=text)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (growth(20, "over", "rose over 20%"), growth(26, "exact", "up 26%"), True),
        (growth(30, "under", "nearly 30%"), growth(31, "exact", "31%"), False),
        (growth(15, "over", "by more than 15 percent"), growth(15.2, "exact", "up by 15.2%"), True),
        (growth(9, "exact", "up 9%"), growth(15, "over", "by more than 15 percent"), False),
        (growth(-35, "under", "almost 35% less"), growth(-50, "exact", "reduced by half"), False),
        (growth(26, "exact", "up twenty-six per cent"), growth(20, "exact", "grew by 20 percent"), False),
        (growth(26, "exact", "up 26%"), growth(27, "exact", "up 27%"), False),
        (growth(-10, "under", "fell by nearly 10 percent"), growth(-9.5, "exact", "down 9.5%"), True),
    ],
)
def test_growth_intervals(a: Growth, b: Growth, agree: bool) -> None:
    assert overlaps(growth_interval(a), growth_interval(b)) is agree


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (growth(20, "over", "rose over 20%"), (19.5, 30.0)),
        (growth(-35, "under", "almost 35% less"), (-35.5, -31.5)),
        (growth(10, "under", "up to 10%"), (5.0, 10.5)),  # the word's own width, not the class's loosest
        (growth(10, "under", "a rise of 10 percent"), (5.0, 10.5)),  # class kept, word lost: loosest reading
    ],
)
def test_growth_interval_bounds(text: Growth, expected: tuple[float, float]) -> None:
    assert growth_interval(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ((10, "over"), (11, "exact"), True),  # "over 10 documents" and "11 documents"
        ((11, "exact"), (12, "exact"), False),
        ((1000, "approx"), (1000, "exact"), True),  # "around 1,000" scholarships and "1,000"
        ((15, "under"), (16, "exact"), False),
    ],
)
def test_count_intervals(a: tuple[int, str], b: tuple[int, str], agree: bool) -> None:
    assert overlaps(count_interval(*a), count_interval(*b)) is agree  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (("2024-06-19", "2024-06-20"), ("2024-06-20", None), True),
        (("2024-06-19", "2024-06-20"), ("2024-06-21", None), False),
        (("2024-06-19", None), ("2024-06-25", None), True),  # open ends: the visits may be one
    ],
)
def test_day_spans(a: tuple[str, str | None], b: tuple[str, str | None], agree: bool) -> None:
    sa, sb = day_span(*a), day_span(*b)
    assert sa is not None and sb is not None
    assert overlaps(sa, sb) is agree


def test_day_span_needs_a_day() -> None:
    assert day_span("2024-06", None) is None


# --- value, growth, count, date within one subject ----------------------------------------------------


def kinds(conflicts) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(c.kind, c.subject) for c in conflicts]


def test_2024_value_conflict_is_reported_with_its_spread() -> None:
    facts = [trade("a.txt", "$4.59 billion"), trade("b.txt", "US$4.57 billion")]
    [conflict] = find_conflicts(facts)
    assert (conflict.kind, conflict.subject) == ("value", "trade total RU-VN 2024-01..2024-12 actual")
    assert conflict.spread_pct == 0.44
    assert sorted(v.text for v in conflict.values) == ["$4.59 billion", "US$4.57 billion"]
    assert sorted(conflict.fact_ids) == sorted(f.id for f in facts)
    assert conflict.message.startswith("2024 trade: ")


@pytest.mark.parametrize(
    "facts",
    [
        # other period: 11 months of 2024 vs the full year
        [trade("a.txt", "US$4.15 billion", period=("2024-01", "2024-11")), trade("b.txt", "US$4.57 billion")],
        # other status: a target is no actual figure
        [trade("a.txt", "$10 billion", status="target"), trade("b.txt", "US$4.57 billion")],
        # values that agree
        [trade("a.txt", "about $2.5 billion"), trade("b.txt", "$2.47 billion")],
        [
            trade("a.txt", "$3.6 billion", growth=(20, "over", "over 20%")),
            trade("b.txt", growth=(26, "exact", "up 26%")),
        ],
        # one document contradicting itself is an extraction slip more often than a disagreement
        [
            trade("a.txt", "$4.59 billion"),
            trade("a.txt", "US$4.57 billion", quote="Elsewhere: US$4.57 billion."),
        ],
        # other directions are other subjects
        [
            trade("a.txt", "$2.12 billion", flow="export", exporter="VN", importer="RU"),
            trade("b.txt", "$2.03 billion", flow="export", exporter="RU", importer="VN"),
        ],
    ],
    ids=["other-period", "other-status", "about", "over-20-vs-26", "same-document", "other-direction"],
)
def test_no_conflict(facts) -> None:  # type: ignore[no-untyped-def]
    assert find_conflicts(facts) == []


def test_imports_of_one_side_are_exports_of_the_other() -> None:
    facts = [
        trade("a.txt", "$2.12 billion", flow="import", exporter="VN", importer="RU"),
        trade("b.txt", "$2.30 billion", flow="export", exporter="VN", importer="RU"),
    ]
    assert kinds(find_conflicts(facts)) == [("value", "trade VN>RU RU-VN 2024-01..2024-12 actual")]


def test_stated_growths_that_disagree() -> None:
    facts = [
        trade("a.txt", growth=(26, "exact", "up twenty-six per cent")),
        trade("b.txt", growth=(20, "exact", "grew by 20 percent")),
        trade("c.txt", growth=(24, "exact", "increased by 24%")),
    ]
    [conflict] = find_conflicts(facts)
    assert conflict.kind == "growth"
    assert sorted(v.value for v in conflict.values) == [20, 24, 26]  # type: ignore[type-var]


def test_count_conflict_for_one_signing_event() -> None:
    # "over 10" allows 9.5..15: it backs 11 and contradicts 16
    facts = [agreements("a.txt", 11), agreements("b.txt", 16), agreements("c.txt", 10, qualifier="over")]
    [conflict] = find_conflicts(facts)
    assert (conflict.kind, conflict.subject) == ("count", "agreements signed RU-VN 2024-06")
    assert {v.source: v.support for v in conflict.values} == {"a.txt": 2, "b.txt": 1, "c.txt": 2}


def test_undated_agreements_take_the_date_of_their_visit() -> None:
    facts = [
        agreements("a.txt", 11, date=None),
        visit("a.txt", "2024-06-19", "2024-06-20"),
        agreements("b.txt", 15, date="2024-06-20"),
    ]
    assert kinds(find_conflicts(facts)) == [("count", "agreements signed RU-VN 2024-06")]


def test_single_documents_are_not_counts_of_the_event() -> None:
    assert find_conflicts([agreements("a.txt", 1), agreements("b.txt", 15)]) == []


def test_investment_amount_and_projects() -> None:
    facts = [
        investment("a.txt", "US$990 million", projects=199),
        investment("b.txt", "$1.2 billion", projects=210),
        investment("c.txt", "$2 billion", as_of="2020-01"),  # another date: stocks grow
    ]
    assert kinds(find_conflicts(facts)) == [
        ("value", "investment RU>VN as of 2024-11"),
        ("count", "investment RU>VN as of 2024-11 projects"),
    ]


def test_visit_dates_that_cannot_be_one_visit() -> None:
    facts = [visit("a.txt", "2024-06-19", "2024-06-20"), visit("b.txt", "2024-06-22", "2024-06-23")]
    [conflict] = find_conflicts(facts)
    assert (conflict.kind, conflict.subject) == ("date", "visit putin RU>VN 2024-06")


# --- consistency across subjects ----------------------------------------------------------------------


def two_way(total: str) -> list:  # type: ignore[type-arg]
    part = ("2024-01", "2024-11")
    return [
        trade("a.txt", "$2.12 billion", period=part, flow="import", exporter="VN", importer="RU"),
        trade("a.txt", "$2.03 billion", period=part, flow="export", exporter="RU", importer="VN"),
        trade("b.txt", total, period=part),
    ]


def test_exports_both_ways_add_up_to_the_total() -> None:
    assert find_conflicts(two_way("US$4.15 billion")) == []


def test_exports_both_ways_that_miss_the_total() -> None:
    [conflict] = find_conflicts(two_way("US$4.5 billion"))
    assert (conflict.kind, conflict.subject) == ("sum", "trade total RU-VN 2024-01..2024-11 actual")
    assert len(conflict.values) == 3


@pytest.mark.parametrize(
    ("stated", "expected"),
    [((26, "exact", "up 26%"), []), ((40, "exact", "up 40%"), ["growth"]), ((20, "over", "over 20%"), [])],
)
def test_stated_growth_vs_growth_implied_by_two_years(stated, expected) -> None:  # type: ignore[no-untyped-def]
    facts = [
        trade("a.txt", "US$3.63 billion", period=("2023-01", "2023-12")),
        trade("a.txt", "US$4.57 billion"),
        trade("b.txt", "$4.59 billion", growth=stated),
    ]
    found = [c for c in find_conflicts(facts) if c.kind != "value"]
    assert [c.kind for c in found] == expected


@pytest.mark.parametrize(("part", "expected"), [("US$4.15 billion", []), ("US$4.8 billion", ["period"])])
def test_part_year_above_the_full_year(part: str, expected: list[str]) -> None:
    facts = [trade("a.txt", part, period=("2024-01", "2024-11")), trade("b.txt", "US$4.57 billion")]
    assert [c.kind for c in find_conflicts(facts)] == expected


# --- people -------------------------------------------------------------------------------------------


def test_role_conflict_with_support() -> None:
    docs = [
        document("a.txt", official("Pham Minh Chinh", "pham minh chinh", "Prime Minister")),
        document(
            "b.txt", official("Phạm Minh Chính", "pham minh chinh", "Prime Minister"), doc_date="2024-12"
        ),
        document("c.txt", official("Pham Minh Chinh", "pham minh chinh", "President")),
    ]
    [conflict] = find_conflicts([], documents=docs)
    assert (conflict.kind, conflict.subject) == ("role", "person pham minh chinh")
    assert {v.value: v.support for v in conflict.values} == {"Prime Minister": 2, "President": 1}


@pytest.mark.parametrize(
    "second",
    [
        official("To Lam", "to lam", "President", former=True),  # "then President": a past role
        official("To Lam", "to lam", None),
        official("To Lam", "to lam", "General Secretary of the Communist Party"),  # the same title, qualified
    ],
    ids=["former", "no-role", "qualified"],
)
def test_no_role_conflict(second) -> None:  # type: ignore[no-untyped-def]
    docs = [document("a.txt", official("To Lam", "to lam", "General Secretary")), document("b.txt", second)]
    assert find_conflicts([], documents=docs) == []


def test_roles_far_apart_in_time_are_a_change_of_office() -> None:
    docs = [
        document(
            "a.txt", official("Nguyen Xuan Phuc", "nguyen xuan phuc", "Prime Minister"), doc_date="2020-12-01"
        ),
        document(
            "b.txt", official("Nguyen Xuan Phuc", "nguyen xuan phuc", "President"), doc_date="2021-11-30"
        ),
    ]
    assert find_conflicts([], documents=docs) == []


def test_two_offices_named_together_are_no_conflict() -> None:
    both = official("Vladimir Putin", "putin", "Chair", country="RU")
    both = both.model_copy(
        update={"evidence": both.evidence.model_copy(update={"text": "President Putin, Chair"})}
    )
    docs = [document("a.txt", official("Vladimir Putin", "putin", "President", country="RU"), both)]
    assert find_conflicts([], documents=docs) == []


@pytest.mark.parametrize(
    ("people", "majority", "spellings"),
    [
        (
            [("a.txt", "To Lam", "to lam"), ("b.txt", "To Lam", "to lam"), ("a.txt", "To Lin", "to lin")],
            "To Lam",
            {"To Lam", "To Lin"},
        ),
        (
            [
                ("a.txt", "Tran Thanh Man", "tran thanh man"),
                ("b.txt", "Trần Thanh Mẫn", "tran thanh man"),
                ("c.txt", "Tran Thanh Man", "tran thanh man"),
                ("a.txt", "Tran Thanh Manh", "tran thanh manh"),
            ],
            "Tran Thanh Man",
            {"Tran Thanh Man", "Trần Thanh Mẫn", "Tran Thanh Manh"},
        ),
    ],
)
def test_name_variants_with_the_majority_spelling(people, majority: str, spellings: set[str]) -> None:  # type: ignore[no-untyped-def]
    by_source: dict[str, list] = {}  # type: ignore[type-arg]
    for source, name, key in people:
        by_source.setdefault(source, []).append(official(name, key, "General Secretary"))
    docs = [document(source, *mentions) for source, mentions in by_source.items()]
    [conflict] = find_conflicts([], documents=docs)
    assert conflict.kind == "name"
    assert f"majority spelling: {majority}" in conflict.message
    assert {v.text for v in conflict.values} == spellings


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            official("Nguyen Manh Quyen", "nguyen manh quyen", "Vice Chairman"),
            official("Nguyen Manh Hung", "nguyen manh hung", "Vice Chairman"),
        ),
        (official("To Lam", "to lam", "General Secretary"), official("To Lin", "to lin", "Minister")),
        (
            official("Tran Hong Ha", "tran hong ha", "Deputy Prime Minister"),
            official("Tran Hong Ha", "tran hong ha", None),
        ),
        (
            official("Tran Thanh Man", "tran thanh man", None),
            official("Tran Thanh Manh", "tran thanh manh", None, country="RU"),
        ),
    ],
    ids=["different-given-name", "lam-lin-other-roles", "same-key", "other-country"],
)
def test_no_name_conflict(a, b) -> None:  # type: ignore[no-untyped-def]
    assert find_conflicts([], documents=[document("a.txt", a), document("b.txt", b)]) == []


# --- independent sources -----------------------------------------------------------------------------


def test_copies_of_one_story_count_as_one_source() -> None:
    wire = "Trade reached $4.59 billion in 2024, the customs office said."
    facts = [
        trade("wire1.txt", "$4.59 billion", quote=wire),
        trade("wire2.txt", "$4.59 billion", quote=wire),
        trade("wire3.txt", "$4.59 billion", quote=wire),
        trade("x.txt", "US$4.57 billion"),
        trade("y.txt", "US$4.57 billion"),
    ]
    [conflict] = find_conflicts(facts)
    assert {v.text: v.support for v in conflict.values} == {"$4.59 billion": 1, "US$4.57 billion": 2}
    assert "most support: US$4.57 billion (2 sources)" in conflict.message


def test_same_bytes_are_one_source() -> None:
    docs = [
        document("a.txt"),
        document("b.txt").model_copy(update={"sha256": "sha-a.txt"}),
        document("c.txt"),
    ]
    groups = independent_sources([], docs)
    assert groups["a.txt"] == groups["b.txt"] != groups["c.txt"]


# --- contract ------------------------------------------------------------------------------------------


def test_conflicts_are_deterministic() -> None:
    facts = [trade("b.txt", "US$4.57 billion"), trade("a.txt", "$4.59 billion"), *two_way("US$4.5 billion")]
    assert find_conflicts(facts) == find_conflicts(list(reversed(facts)))


def test_conflicts_core_imports_no_spacy_typer_or_rich() -> None:
    code = (
        "import sys, vnru_facts.analyse.conflicts, vnru_facts.analyse.diff;"
        "print(sorted(m for m in ('spacy', 'typer', 'rich') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
