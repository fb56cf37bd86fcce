"""The extract command: formats, options, files written, exit codes."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from tests.conftest import SEEDS
from vnru_facts.cli import app

runner = CliRunner()
SENTENCE = "Bilateral trade between Vietnam and Russia reached $5.2 billion last year, up 12% from 2022.\n"


def run(*args: str, input: str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_json_is_the_default_when_piped_and_follows_the_contract():
    result = run("extract", str(SEEDS))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema_version"] == "1"
    assert set(data) == {"schema_version", "documents", "facts", "conflicts", "errors"}
    assert {f["type"] for f in data["facts"]} == {"trade", "investment", "visit", "agreement"}
    visit = next(f for f in data["facts"] if f["type"] == "visit")
    assert "from" in visit and "from_" not in visit


def test_jsonl_prints_one_fact_per_line():
    result = run("extract", str(SEEDS), "--format", "jsonl")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines and all("id" in f and "evidence" in f for f in lines)


@pytest.mark.parametrize("fact_type", ["trade", "investment", "visit", "agreement"])
def test_type_option_selects_fact_types(fact_type):
    result = run("extract", str(SEEDS), "-f", "jsonl", "--type", fact_type)
    types = {json.loads(line)["type"] for line in result.stdout.splitlines()}
    assert types == {fact_type}


def test_csv_has_common_then_type_columns_in_a_fixed_order():
    result = run("extract", str(SEEDS), "-f", "csv", "--type", "trade")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    header = result.stdout.splitlines()[0].split(",")
    assert header[:4] == ["id", "type", "source", "doc_date"]
    assert "value.amount" in header and "person.name" not in header
    assert rows and all(r["type"] == "trade" for r in rows)


def test_stdin_and_doc_date_option_resolve_relative_periods():
    result = run("extract", "-", "-f", "jsonl", "--doc-date", "2024-03-01", input=SENTENCE)
    [fact] = [json.loads(line) for line in result.stdout.splitlines()]
    assert fact["source"] == "-"
    assert fact["doc_date"] == "2024-03-01"
    assert (fact["period"]["start"], fact["period"]["end"]) == ("2023-01", "2023-12")
    assert fact["growth"]["pct"] == 12.0


def test_output_dir_gets_facts_json_csv_and_conflicts(tmp_path):
    result = run("extract", str(SEEDS), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    names = {p.name for p in (tmp_path / "out").iterdir()}
    assert {"facts.json", "facts.csv", "conflicts.json"} <= names
    assert json.loads((tmp_path / "out" / "facts.json").read_text())["facts"]


def test_output_file_takes_its_format_from_the_suffix(tmp_path):
    target = tmp_path / "facts.jsonl"
    assert run("extract", str(SEEDS), "-o", str(target)).exit_code == 0
    assert all(json.loads(line)["id"] for line in target.read_text().splitlines())


@pytest.mark.parametrize(
    "args",
    [
        ("extract", str(SEEDS), "--type", "weather"),
        ("extract", str(SEEDS), "--doc-date", "yesterday"),
        ("extract", str(SEEDS), "--format", "xml"),
    ],
)
def test_usage_errors_exit_2(args):
    assert run(*args).exit_code == 2


def test_nothing_readable_exits_2():
    result = run("extract", "no/such/file.txt")
    assert result.exit_code == 2


def test_csv_neutralises_formula_cells(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "=HYPERLINK(1) Bilateral trade between Vietnam and Russia reached $5.2 billion in 2023.\n"
    )
    result = run("extract", str(article), "-f", "csv")
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert row["evidence.text"].startswith("'=")
    assert row["value.amount"] == "5200000000.0"


@pytest.mark.parametrize("command", ["extract", "schema"])
def test_every_command_has_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert len(result.stdout.strip()) > 50
