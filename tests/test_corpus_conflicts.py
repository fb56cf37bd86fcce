"""The development corpus's expected conflicts (../shared/corpus/conflicts.json), via the rerunnable
script benchmarks/corpus_conflicts.py. Skipped where the corpus is not beside the repo."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import orjson
import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus_conflicts.py"
spec = importlib.util.spec_from_file_location("corpus_conflicts", SCRIPT)
assert spec is not None and spec.loader is not None
corpus_conflicts = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = corpus_conflicts  # dataclasses look their module up while it loads
spec.loader.exec_module(corpus_conflicts)

CORPUS = corpus_conflicts.DEFAULT_CORPUS
pytestmark = pytest.mark.skipif(not (CORPUS / "conflicts.json").exists(), reason="no corpus beside the repo")


def _expected() -> dict:
    return orjson.loads((CORPUS / "conflicts.json").read_bytes())


def _report(result):  # type: ignore[no-untyped-def]
    from vnru_facts.analyse.conflicts import find_conflicts

    expected = _expected()
    conflicts = find_conflicts(result.facts, documents=result.documents)
    return corpus_conflicts.evaluate(expected, result, conflicts), len(expected["expected"])


def test_gold_facts_give_every_expected_conflict_and_nothing_unexpected() -> None:
    report, total = _report(corpus_conflicts.gold_facts(*corpus_conflicts.gold_dirs(CORPUS, _expected())))
    assert len(report.found) == total, report.missing_facts + report.missing_logic
    assert report.ok, (report.not_expected, report.mixed_subjects)


def test_extracted_facts_miss_expected_conflicts_only_where_facts_are_missing() -> None:
    from vnru_facts.api import extract_paths

    report, _ = _report(extract_paths(corpus_conflicts.corpus_paths(CORPUS, _expected())))
    assert report.ok, (report.missing_logic, report.not_expected, report.mixed_subjects)
