"""End-to-end on seeds/: the pinned facts, exact evidence offsets, determinism, and the gold standard."""

from __future__ import annotations

import importlib.util
import json

import pytest

from tests.conftest import SEEDS, SHARED
from tests.golden.project import GOLDEN, project
from vnru_facts import extract_paths
from vnru_facts.write import export


def test_seed_facts_match_the_pinned_golden_file(seeds_result):
    actual = project([f.model_dump(mode="json", by_alias=True) for f in seeds_result.facts])
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert actual == expected, "seed facts changed: review, then run `python -m tests.golden.project`"


def test_every_evidence_is_the_exact_document_slice(seeds_result):
    texts = {
        d.source: (SEEDS / d.source.rsplit("/", 1)[-1]).read_text(encoding="utf-8")
        for d in seeds_result.documents
    }
    assert seeds_result.facts
    for fact in seeds_result.facts:
        text = texts[fact.source]
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.text, fact.id


def test_two_runs_give_byte_identical_json(seeds_result):
    again = extract_paths([str(SEEDS)])
    assert export.to_json(again) == export.to_json(seeds_result)


def test_fact_ids_are_unique_and_stable(seeds_result):
    ids = [f.id for f in seeds_result.facts]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("f_") and len(i) == 14 for i in ids)


def test_documents_carry_their_dates_and_hashes(seeds_result):
    by_name = {d.source.rsplit("/", 1)[-1]: d for d in seeds_result.documents}
    assert len(by_name) == 5
    assert by_name["001_ce86adb8538de9d2.txt"].doc_date == "2025-01-15"
    assert by_name["001_ce86adb8538de9d2.txt"].doc_date_origin == "text"
    assert all(len(d.sha256) == 64 and d.chars > 0 for d in by_name.values())


def _load_scorer():
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("../shared/eval/score.py is not beside this checkout")
    spec = importlib.util.spec_from_file_location("vnru_score", path)
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def test_seed_facts_match_the_hand_made_gold_fact_by_fact(seeds_result):
    scorer = _load_scorer()
    facts = [f.model_dump(mode="json", by_alias=True) for f in seeds_result.facts]
    stats = scorer.score(SHARED / "gold" / "seeds", facts)
    for fact_type, counts in stats.items():
        assert counts["fp"] == 0, f"{fact_type}: false facts on the seeds"
        assert counts["fn"] == 0, f"{fact_type}: required gold facts missed on the seeds"
        assert counts["tp"] > 0, fact_type
