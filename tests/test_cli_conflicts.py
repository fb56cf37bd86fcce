"""`vnru-facts conflicts` and `vnru-facts diff`: formats, exit codes, facts exports as input."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from tests.conflict_facts import trade
from vnru_facts.analyse.diff import diff_facts
from vnru_facts.cli import app
from vnru_facts.cli.render import highlight_difference
from vnru_facts.models import FactsDocument
from vnru_facts.write.export import to_jsonl

runner = CliRunner()
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def write_export(path: Path, facts: list) -> Path:  # type: ignore[type-arg]
    if path.suffix == ".jsonl":
        path.write_bytes(to_jsonl(facts))
    else:
        path.write_bytes(orjson.dumps(FactsDocument(facts=facts).model_dump(mode="json", by_alias=True)))
    return path


@pytest.fixture
def disputed(tmp_path: Path) -> Path:
    return write_export(
        tmp_path / "facts.jsonl", [trade("a.txt", "$4.59 billion"), trade("b.txt", "US$4.57 billion")]
    )


def test_seeds_report_the_2024_value_role_and_name_conflicts() -> None:
    result = runner.invoke(app, ["conflicts", str(SEEDS), "-f", "json"])
    assert result.exit_code == 0, result.output
    found = {(c["kind"], c["subject"]) for c in orjson.loads(result.stdout)}
    assert found == {
        ("value", "trade total RU-VN 2024-01..2024-12 actual"),
        ("role", "person pham minh chinh"),
        ("name", "person to lam"),
        ("name", "person tran thanh man"),
    }


@pytest.mark.parametrize(
    ("args", "code"), [([], 0), (["--fail-on-conflict"], 1)], ids=["report", "fail-on-conflict"]
)
def test_exit_codes(disputed: Path, args: list[str], code: int) -> None:
    result = runner.invoke(app, ["conflicts", str(disputed), "-f", "json", *args])
    assert result.exit_code == code
    [conflict] = orjson.loads(result.stdout)
    assert conflict["kind"] == "value"


def test_no_conflict_with_fail_on_conflict_exits_0(tmp_path: Path) -> None:
    path = write_export(tmp_path / "facts.json", [trade("a.txt", "$4.59 billion")])
    result = runner.invoke(app, ["conflicts", str(path), "--fail-on-conflict", "-f", "json"])
    assert (result.exit_code, orjson.loads(result.stdout)) == (0, [])


@pytest.mark.parametrize(
    ("fmt", "first_line"),
    [
        ("csv", "id,kind,subject,spread_pct,message,fact_id,source,value,text,support,quote"),
        ("jsonl", '{"id":"c_'),
    ],
)
def test_formats(disputed: Path, fmt: str, first_line: str) -> None:
    result = runner.invoke(app, ["conflicts", str(disputed), "-f", fmt])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith(first_line)


def test_table_shows_values_side_by_side(disputed: Path) -> None:
    result = runner.invoke(app, ["conflicts", str(disputed), "-f", "table"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "$4.59 billion" in result.stdout and "US$4.57 billion" in result.stdout


def test_a_broken_export_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    path.write_text('{"type": "trade", "evidence": {"start": 0}}\n')
    result = runner.invoke(app, ["conflicts", str(path)])
    assert result.exit_code == 2
    assert "not a fact" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("text", "reference", "highlighted"),
    [
        ("$4.59 billion", "$4.57 billion", "9"),
        ("Tran Thanh Manh", "Tran Thanh Man", "h"),
        ("To Lam", "To Lam", ""),
    ],
)
def test_the_differing_part_is_highlighted(text: str, reference: str, highlighted: str) -> None:
    rendered = highlight_difference(text, reference)
    assert "".join(text[s.start : s.end] for s in rendered.spans) == highlighted


# --- diff ---------------------------------------------------------------------------------------------


def test_diff_facts_only_in_a_only_in_b_and_changed() -> None:
    same = trade("a.txt", "US$3.63 billion", period=("2023-01", "2023-12"))
    a = [
        same,
        trade("a.txt", "US$4.57 billion"),
        trade("a.txt", "US$4.15 billion", period=("2024-01", "2024-11")),
    ]
    b = [
        same.model_copy(update={"source": "b.txt"}),
        trade("b.txt", "$4.59 billion"),
        trade("b.txt", "$10 billion", status="target"),
    ]
    result = diff_facts(a, b)
    assert result.same == 1
    assert [c.subject for c in result.changed] == ["trade total RU-VN 2024-01..2024-12 actual"]
    assert [f.period.end for f in result.only_a] == ["2024-11"]  # type: ignore[union-attr]
    assert [f.status for f in result.only_b] == ["target"]  # type: ignore[union-attr]


def test_diff_command_prints_json(tmp_path: Path) -> None:
    a = write_export(tmp_path / "a.json", [trade("a.txt", "US$4.57 billion")])
    b = write_export(
        tmp_path / "b.jsonl",
        [trade("b.txt", "$4.59 billion"), trade("b.txt", "$10 billion", status="target")],
    )
    result = runner.invoke(app, ["diff", str(a), str(b), "-f", "json"])
    assert result.exit_code == 0, result.output
    out = orjson.loads(result.stdout)
    assert (len(out["only_a"]), len(out["only_b"]), len(out["changed"]), out["same"]) == (0, 1, 1, 0)
    assert out["changed"][0]["a"]["value"]["text"] == "US$4.57 billion"


def test_diff_of_a_run_with_itself_has_no_differences(tmp_path: Path) -> None:
    a = write_export(tmp_path / "a.json", [trade("a.txt", "US$4.57 billion"), trade("a.txt", "$2.1 billion")])
    result = runner.invoke(app, ["diff", str(a), str(a), "-f", "table"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "0 only in A, 0 only in B, 0 changed, 2 the same" in result.stdout
