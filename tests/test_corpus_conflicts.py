"""The development corpus's expected conflicts (../shared/corpus/conflicts.json), via the rerunnable
script benchmarks/corpus_conflicts.py. Skipped where the corpus is not beside the repo."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from tests.scripts import load_script

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus_conflicts.py"
corpus_conflicts = load_script(SCRIPT, "corpus_conflicts")

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
