"""`vnru-facts timeline`: the table, JSON and CSV, from the seeds and from facts exports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from tests.conflict_facts import trade
from tests.test_cli_conflicts import write_export
from vnru_facts.analyse.timeline import CSV_COLUMNS
from vnru_facts.cli import app

runner = CliRunner()
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def run(*args: str, columns: int = 120):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["timeline", *args], env={"COLUMNS": str(columns)})


@pytest.fixture(scope="module")
def seeds_export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds extracted once, read back as a facts export by each test."""
    path = tmp_path_factory.mktemp("seeds") / "facts.json"
    result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(path)])
    assert result.exit_code == 0, result.output
    return path


def test_seeds_json_lists_years_apart_from_part_years(seeds_export: Path) -> None:
    result = run(str(seeds_export), "-f", "json")
    assert result.exit_code == 0, result.output
    rows = orjson.loads(result.stdout)["rows"]
    summary = [
        (r["label"], r["kind"], r["conflict"], r["supported"] and r["supported"]["text"]) for r in rows
    ]
    assert summary == [
        ("2022", "year", False, "US$3.5 billion"),
        ("2023", "year", False, "US$3.63 billion"),
        ("2024", "year", True, None),
        ("Jan–Nov 2024", "part-year", False, "US$4.15 billion"),
    ]
    assert [p["text"] for p in rows[2]["points"]] == ["US$4.57 billion", "$4.59 billion"]


def test_articles_and_their_export_give_the_same_timeline(seeds_export: Path) -> None:
    from_articles = run(str(SEEDS), "-f", "json")
    assert from_articles.exit_code == 0, from_articles.output
    assert orjson.loads(from_articles.stdout) == orjson.loads(run(str(seeds_export), "-f", "json").stdout)


@pytest.mark.parametrize(
    ("flow", "direction", "text"),
    [("export", "VN>RU", "$2.12 billion"), ("import", "RU>VN", "$2.03 billion")],
)
def test_flow_option(seeds_export: Path, flow: str, direction: str, text: str) -> None:
    result = run(str(seeds_export), "--flow", flow, "-f", "json")
    [row] = orjson.loads(result.stdout)["rows"]
    assert (row["direction"], row["label"], [p["text"] for p in row["points"]]) == (
        direction,
        "Jan–Nov 2024",
        [text],
    )


def test_table_marks_the_conflict_and_keeps_part_years_in_their_own_table(seeds_export: Path) -> None:
    result = run(str(seeds_export), "-f", "table")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    titles = [line.strip() for line in lines if line.strip().startswith("Trade ")]
    assert titles == ["Trade VN-RU total, full years", "Trade VN-RU total, parts of a year"]
    [conflict_line] = [line for line in lines if "2024 ✗ conflict" in line]
    assert "split" in conflict_line and "$4.57B" in conflict_line
    assert "split: they have equal" in result.stdout  # the caption says what the marks mean
    assert "$4.15B · 2 sources" in result.stdout


def test_csv(seeds_export: Path) -> None:
    result = run(str(seeds_export), "-f", "csv")
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert tuple(reader.fieldnames or ()) == CSV_COLUMNS
    assert [(r["period"], r["text"]) for r in reader][:2] == [
        ("2022", "US$3.5 billion"),
        ("2023", "US$3.63 billion"),
    ]


def test_jsonl_is_one_row_per_line(seeds_export: Path) -> None:
    result = run(str(seeds_export), "-f", "jsonl")
    assert [orjson.loads(line)["label"] for line in result.stdout.splitlines()] == [
        "2022",
        "2023",
        "2024",
        "Jan–Nov 2024",
    ]


def test_status_and_type_filters(tmp_path: Path) -> None:
    path = write_export(
        tmp_path / "facts.jsonl",
        [trade("a.txt", "$4.57 billion"), trade("b.txt", "$10 billion", status="target")],
    )
    target = orjson.loads(run(str(path), "--status", "target", "-f", "json").stdout)
    assert [(r["status"], r["label"]) for r in target["rows"]] == [("target", "2024")]
    investment = orjson.loads(run(str(path), "-t", "investment", "-f", "json").stdout)
    assert (investment["type"], investment["rows"]) == ("investment", [])


def test_nothing_to_show_says_so_on_stderr(tmp_path: Path) -> None:
    path = write_export(tmp_path / "facts.jsonl", [trade("a.txt", None, growth=(26.0, "exact", "up 26%"))])
    result = run(str(path), "-f", "table")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no trade values with a period" in result.stderr


def test_bad_option_is_a_usage_error(seeds_export: Path) -> None:
    result = run(str(seeds_export), "--flow", "sideways")
    assert result.exit_code == 2


def test_help() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "--flow" in result.stdout and "--status" in result.stdout


def test_json_matches_the_published_schema(seeds_export: Path) -> None:
    from jsonschema import Draft202012Validator

    schema = orjson.loads(
        (Path(__file__).resolve().parents[1] / "schemas" / "timeline.schema.json").read_bytes()
    )
    for flow in ("total", "export"):
        printed = orjson.loads(run(str(seeds_export), "--flow", flow, "-f", "json").stdout)
        assert list(Draft202012Validator(schema).iter_errors(printed)) == []
