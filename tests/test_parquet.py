"""Parquet output (``extract -o DIR --format parquet``) and incremental runs, on the local engine."""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from tests.conftest import SEEDS
from tests.generated_articles import write_articles
from vnru_facts import api
from vnru_facts.cli import app
from vnru_facts.models import fact_id
from vnru_facts.write import incremental
from vnru_facts.write.export import csv_columns
from vnru_facts.write.parquet import ParquetFolder, fact_from_row, fact_row


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["extract", *args])
    return result.exit_code, result.output


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under ``folder`` with its content hash and modification time."""
    return {
        str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """The seeds, ten generated articles and a binary file, in one folder."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    write_articles(folder, 10)
    (folder / "scan.txt").write_bytes(b"%PDF-1.4 not text")
    return folder


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources the local engine extracts during a test (read-only inputs are not listed)."""
    seen: list[str] = []
    process = api._process

    def spying(articles, **kwargs):  # type: ignore[no-untyped-def]
        def named(items):  # type: ignore[no-untyped-def]
            for article in items:
                seen.append(article.source)
                yield article

        return process(named(articles), **kwargs)

    monkeypatch.setattr(api, "_process", spying)
    return seen


def test_facts_round_trip_through_a_folder(tmp_path: Path, seeds_result) -> None:
    folder = ParquetFolder(tmp_path / "out")
    summary = folder.write(api.iter_extract_plain([str(SEEDS)]), part_size=2)
    back = list(folder.facts())
    assert [f.model_dump() for f in back] == [f.model_dump() for f in seeds_result.facts]
    assert all(fact_id(f) == f.id for f in back)
    assert list(folder.documents()) == seeds_result.documents
    assert (summary.documents, summary.facts, summary.parts) == (5, len(seeds_result.facts), 3)


@pytest.mark.parametrize("fact_type", ["trade", "investment", "visit", "agreement"])
def test_a_row_gives_back_its_fact(seeds_result, fact_type: str) -> None:
    fact = next(f for f in seeds_result.facts if f.type == fact_type)
    row = fact_row(fact.model_dump(mode="json", by_alias=True))
    padded = {column: row.get(column) for column in csv_columns()}  # other types' columns are null
    assert fact_from_row(padded) == fact


def test_common_columns_are_typed_and_lists_stay_lists(tmp_path: Path) -> None:
    code, output = _run(str(SEEDS), "-o", str(tmp_path / "out"), "-f", "parquet")
    assert code == 0, output
    table = pq.read_table(tmp_path / "out" / "facts")  # the folder, as DuckDB and pandas read it
    schema = table.schema
    assert schema.names == csv_columns()
    assert schema.field("evidence.start").type == pa.int64()
    assert schema.field("value.amount").type == pa.float64()
    assert schema.field("growth.pct").type == pa.float64()
    assert schema.field("count").type == pa.int64()
    assert schema.field("parties").type == pa.list_(pa.string())
    trade = [r for r in table.to_pylist() if r["type"] == "trade" and r["value.amount"]]
    assert {"RU", "VN"} <= {p for r in trade for p in r["parties"]}


def test_parquet_folder_has_the_facts_and_conflicts_of_the_json_folder(tmp_path: Path, articles) -> None:
    assert _run(str(articles), "-o", str(tmp_path / "json"))[0] == 0
    code, output = _run(str(articles), "-o", str(tmp_path / "pq"), "-f", "parquet", "--partition-size", "4")
    assert code == 0, output
    expected = (tmp_path / "json" / "conflicts.json").read_bytes()
    assert (tmp_path / "pq" / "conflicts.json").read_bytes() == expected
    folder = ParquetFolder(tmp_path / "pq")
    json_run = api.load_facts([str(tmp_path / "json" / "facts.json")])
    assert list(folder.facts()) == json_run.facts
    assert [e.source for e in folder.errors()] == [f"{articles}/scan.txt"]
    assert "scan.txt: binary file (a PDF document)" in output
    assert f"wrote {len(json_run.facts)} facts from 15 documents" in output


def test_incremental_run_extracts_only_the_new_file(tmp_path: Path, articles, extracted) -> None:
    out = tmp_path / "out"
    assert _run(str(articles), "-o", str(out), "--incremental")[0] == 0
    before = {f.id for f in ParquetFolder(out).facts()}
    new = write_articles(articles, 1, seed=7, start=100)[0]
    extracted.clear()
    code, output = _run(str(articles), "-o", str(out), "--incremental")
    assert code == 0, output
    assert extracted == [str(new)]
    assert "(16 unchanged, skipped)" in output
    after = list(ParquetFolder(out).facts())
    added = [f for f in after if f.id not in before]
    assert added and {f.source for f in added} == {str(new)}
    assert len(after) == len({f.id for f in after})  # nothing written twice


def test_rerun_on_an_unchanged_folder_extracts_nothing_and_changes_no_byte(
    tmp_path: Path, articles, extracted, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert _run(str(articles), "-o", str(out), "--incremental", "--partition-size", "5")[0] == 0
    snapshot = _snapshot(out)
    extracted.clear()
    code, output = _run(str(articles), "-o", str(out), "--incremental", "--partition-size", "5")
    assert code == 0, output
    assert extracted == []
    assert _snapshot(out) == snapshot
    assert "wrote 0 facts from 0 documents (16 unchanged, skipped)" in output.replace("\n", " ")


def test_a_changed_article_replaces_its_earlier_facts(tmp_path: Path, articles) -> None:
    out = tmp_path / "out"
    assert _run(str(articles), "-o", str(out), "--incremental")[0] == 0
    changed = articles / "gen_000003.txt"
    changed.write_text("Vietnam-Russia trade reached US$9.99 billion in 2023.\n", encoding="utf-8")
    assert _run(str(articles), "-o", str(out), "--incremental")[0] == 0
    folder = ParquetFolder(out)
    facts = [f for f in folder.facts() if f.source == str(changed)]
    assert [f.value.amount for f in facts] == [9.99e9]
    assert [d.source for d in folder.documents()].count(str(changed)) == 1


def test_a_fixed_file_leaves_the_errors(tmp_path: Path, articles) -> None:
    out = tmp_path / "out"
    assert _run(str(articles), "-o", str(out), "--incremental")[0] == 0
    (articles / "scan.txt").write_text(
        "Vietnam-Russia trade reached US$5.5 billion in 2023.\n", encoding="utf-8"
    )
    assert _run(str(articles), "-o", str(out), "--incremental")[0] == 0
    folder = ParquetFolder(out)
    assert list(folder.errors()) == []
    assert str(articles / "scan.txt") in {d.source for d in folder.documents()}


def test_new_rules_extract_everything_again(
    tmp_path: Path, articles, extracted, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert _run(str(articles), "-o", str(out), "--incremental")[0] == 0
    n_facts = ParquetFolder(out).count("facts")
    monkeypatch.setattr(incremental, "rules_version", lambda: "0.2.0+spacy3.8+edited")
    extracted.clear()
    assert _run(str(articles), "-o", str(out), "--incremental")[0] == 0
    assert len(extracted) == 15  # every readable article; the unreadable one is the same error
    folder = ParquetFolder(out)
    assert folder.count("facts") == n_facts
    assert {row["rules"] for row in pq.read_table(out / "documents").to_pylist()} == {"0.2.0+spacy3.8+edited"}


def test_other_types_are_another_extraction(tmp_path: Path, articles, extracted) -> None:
    out = tmp_path / "out"
    assert _run(str(articles), "-o", str(out), "--incremental", "--type", "trade")[0] == 0
    extracted.clear()
    assert _run(str(articles), "-o", str(out), "--incremental")[0] == 0
    assert len(extracted) == 15
    assert {f.type for f in ParquetFolder(out).facts()} == {"trade", "investment", "visit", "agreement"}


def test_news_dump_records_are_skipped_one_by_one(tmp_path: Path, extracted) -> None:
    dump = tmp_path / "dump.jsonl"
    text = "Vietnam-Russia trade reached US$%s billion last year."
    line = '{"id": "%s", "date": "2025-01-10", "text": "' + text + '"}\n'
    dump.write_text(line % ("a", "4.5") + "not json\n", encoding="utf-8")
    out = tmp_path / "out"
    assert _run(str(dump), "-o", str(out), "--incremental")[0] == 0
    with dump.open("a", encoding="utf-8") as handle:
        handle.write(line % ("b", "4.6"))
    extracted.clear()
    code, output = _run(str(dump), "-o", str(out), "--incremental")
    assert code == 0, output
    assert extracted == [f"{dump}#b"]
    assert sorted(f.source for f in ParquetFolder(out).facts()) == [f"{dump}#a", f"{dump}#b"]


def test_a_run_that_is_not_incremental_starts_afresh(tmp_path: Path, articles) -> None:
    out = tmp_path / "out"
    assert _run(str(articles), "-o", str(out), "-f", "parquet", "--partition-size", "3")[0] == 0
    assert _run(str(SEEDS), "-o", str(out), "-f", "parquet")[0] == 0
    assert {d.source for d in ParquetFolder(out).documents()} == {str(p) for p in sorted(SEEDS.glob("*.txt"))}
    assert len(ParquetFolder(out).parts("facts")) == 1


def test_the_rules_version_covers_rules_not_output(tmp_path: Path) -> None:
    names = {str(p.relative_to(incremental.PACKAGE)) for p in incremental.rule_files()}
    assert {
        "extract/patterns/trade.py",
        "extract/patterns/places.jsonl",
        "extract/components/visit.py",
        "normalize/dates.py",
    } <= names
    assert {"read/sources.py", "pipeline.py", "run/local.py"} <= names
    assert not {n for n in names if n.startswith(("cli/", "analyse/", "write/", "report/"))}
    assert "run/dask_engine.py" not in names
    assert incremental.rules_version().startswith("0.1.0+spacy")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "parquet"], "--format parquet writes a folder: give it with -o DIR"),
        (["-o", "facts.parquet", "-f", "parquet"], "--format parquet writes a folder"),
        (["-o", "out", "--incremental", "-f", "csv"], "it cannot be used with --format csv"),
        (["--scheduler", "tcp://127.0.0.1:8786"], "--scheduler needs --engine dask"),
    ],
)
def test_usage_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    code, output = _run(str(SEEDS), *args)
    assert code == 2
    assert message in output
    assert len(output.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("hidden", "args", "message"),
    [
        ("pyarrow", ["-f", "parquet"], "pip install 'vnru-facts[parquet]'"),
        ("distributed", ["--engine", "dask"], "pip install 'vnru-facts[dask]'"),
    ],
)
def test_a_missing_extra_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hidden: str, args: list[str], message: str
) -> None:
    for name in list(sys.modules):
        if name == hidden or name.startswith(f"{hidden}."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, hidden, None)  # import then raises ImportError
    code, output = _run(str(SEEDS), "-o", str(tmp_path / "out"), *args)
    assert code == 2
    assert message in output
    assert len(output.strip().splitlines()) == 1


def test_a_damaged_part_is_one_line(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _run(str(SEEDS), "-o", str(out), "--incremental")[0] == 0
    (out / "documents" / "part-00000.parquet").write_bytes(b"not parquet")
    code, output = _run(str(SEEDS), "-o", str(out), "--incremental")
    assert code == 2
    assert "part-00000.parquet: not a readable vnru-facts Parquet part" in output
    assert len(output.strip().splitlines()) == 1
