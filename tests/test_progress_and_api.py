"""The progress bar shows only to a person at a terminal; the Python API is documented and typed."""

from __future__ import annotations

import inspect
import io
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

import vnru_facts
from vnru_facts.cli import app
from vnru_facts.cli.progress import count_documents, track, wants_progress

ROOT = Path(__file__).resolve().parent.parent


def console(*, terminal: bool) -> Console:
    return Console(file=io.StringIO(), force_terminal=terminal, width=80)


@pytest.mark.parametrize(
    ("terminal", "total", "shown"),
    [(True, 10, True), (True, 3, False), (False, 10, False), (True, None, True)],
)
def test_progress_only_on_a_terminal_for_more_than_a_few_documents(
    terminal: bool, total: int | None, shown: bool
) -> None:
    assert wants_progress(console(terminal=terminal), total) is shown


def test_track_passes_items_through_unchanged_and_draws_on_a_terminal(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text("x", encoding="utf-8")
    screen = console(terminal=True)
    assert list(track(iter("abcde"), console=screen, paths=[str(tmp_path)])) == list("abcde")
    assert "5/5" in screen.file.getvalue()  # type: ignore[attr-defined]


def test_count_documents_counts_dump_records(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n', encoding="utf-8")
    assert count_documents([str(tmp_path), "-"]) == 4


def test_piped_run_prints_no_progress() -> None:
    result = CliRunner().invoke(app, ["extract", str(ROOT / "seeds"), "-f", "jsonl"])
    assert result.exit_code == 0
    assert result.stderr == ""


PUBLIC_FUNCTIONS = ["extract_text", "extract_paths", "find_conflicts", "iter_extract"]


@pytest.mark.parametrize("name", PUBLIC_FUNCTIONS)
def test_public_api_functions_are_exported_documented_and_typed(name: str) -> None:
    function = getattr(vnru_facts, name)
    assert name in vnru_facts.__all__
    assert inspect.getdoc(function), f"{name} needs a docstring"
    hints = inspect.signature(function)
    assert hints.return_annotation is not inspect.Signature.empty
    keyword_only = [p for p in hints.parameters.values() if p.kind is p.KEYWORD_ONLY]
    assert all(p.default is not p.empty for p in keyword_only)


def test_py_typed_ships_with_the_package() -> None:
    assert (Path(vnru_facts.__file__).parent / "py.typed").exists()
    # The wheel takes it from package-data (checked by building one: see docs/recipes.md).
    assert 'vnru_facts = ["py.typed"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
