"""What docs/recipes.md promises, checked without jq, DuckDB or pandas."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vnru_facts.cli import app
from vnru_facts.write.export import COMMON_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
RECIPES = (ROOT / "docs" / "recipes.md").read_text(encoding="utf-8")
# The columns the DuckDB and pandas recipes query.
RECIPE_COLUMNS = ("type", "source", "flow", "period.start", "period.end", "value.amount", "value.qualifier")


@pytest.fixture(scope="module")
def jsonl_lines() -> list[dict]:
    result = CliRunner().invoke(app, ["extract", str(ROOT / "seeds"), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def csv_rows(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], list[dict[str, str]]]:
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(app, ["extract", str(ROOT / "seeds"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    reader = csv.DictReader(io.StringIO((out / "facts.csv").read_text(encoding="utf-8")))
    return list(reader.fieldnames or []), list(reader)


def test_jsonl_filters_by_type_like_the_jq_recipe(jsonl_lines: list[dict]) -> None:
    # jq 'select(.type=="trade" and .flow=="total" and .value != null) | [.period.start, ...]'
    selected = [
        [f["period"]["start"], f["period"]["end"], f["value"]["amount"], f["source"]]
        for f in jsonl_lines
        if f["type"] == "trade" and f["flow"] == "total" and f["value"] is not None
    ]
    assert selected
    assert {f["type"] for f in jsonl_lines} <= {"trade", "investment", "visit", "agreement"}
    assert all(isinstance(amount, float) for _, _, amount, _ in selected)


def test_csv_loads_with_the_documented_columns(csv_rows: tuple[list[str], list[dict[str, str]]]) -> None:
    header, rows = csv_rows
    assert header[: len(COMMON_COLUMNS)] == list(COMMON_COLUMNS)
    assert set(RECIPE_COLUMNS) <= set(header)
    trade = [r for r in rows if r["type"] == "trade" and r["value.amount"]]
    assert trade and all(float(r["value.amount"]) > 0 for r in trade)


def test_recipes_name_the_common_columns_as_the_csv_has_them() -> None:
    assert f"({', '.join(COMMON_COLUMNS)})" in RECIPES.replace("`", "")


def test_recipes_mention_every_published_schema() -> None:
    for schema in sorted((ROOT / "schemas").glob("*.schema.json")):
        if schema.stem.removesuffix(".schema") in ("facts-document", "fact", "conflict"):
            assert schema.name in RECIPES


def test_parquet_folder_has_what_the_duckdb_and_pandas_recipes_query(tmp_path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "archive"
    result = CliRunner().invoke(app, ["extract", str(ROOT / "seeds"), "-o", str(out), "--incremental"])
    assert result.exit_code == 0, result.output
    facts = pq.read_table(out / "facts")  # the folder, as pd.read_parquet reads it
    documents = pq.read_table(out / "documents", columns=["source", "doc_date", "chars"])
    assert {*RECIPE_COLUMNS, "parties", "id", "evidence.start", "count"} <= set(facts.column_names)
    sources = set(facts.column("source").to_pylist())
    assert sources == set(documents.column("source").to_pylist())
    trade = [r for r in facts.to_pylist() if r["type"] == "trade" and r["value.amount"] is not None]
    assert trade and all(isinstance(r["parties"], list) for r in trade)
