"""The committed JSON Schemas match the models, and the real output of the seeds validates against them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from vnru_facts.cli import app
from vnru_facts.models import (
    AgreementFact,
    Evidence,
    InvestmentFact,
    Money,
    Person,
    Rank,
    VisitFact,
)
from vnru_facts.write.schemas import SCHEMAS, schema_bytes

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "schemas"
SEEDS = ROOT / "seeds"
STALE = "schemas/ is out of date with the models: run `make schemas` and commit the result"


def load_schema(key: str) -> dict:
    return json.loads((SCHEMA_DIR / f"{key}.schema.json").read_text(encoding="utf-8"))


def validator(key: str) -> Draft202012Validator:
    schema = load_schema(key)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def assert_valid(key: str, instance: object) -> None:
    errors = sorted(validator(key).iter_errors(instance), key=lambda e: list(e.absolute_path))
    assert not errors, f"{key}: " + "; ".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


@pytest.mark.parametrize("key", sorted(SCHEMAS))
def test_committed_schema_is_the_generated_one(key: str) -> None:
    committed = SCHEMA_DIR / f"{key}.schema.json"
    assert committed.exists(), STALE
    assert committed.read_bytes() == schema_bytes(key), STALE


def test_no_schema_file_without_a_model() -> None:
    stray = {p.name for p in SCHEMA_DIR.glob("*.schema.json")} - {f"{k}.schema.json" for k in SCHEMAS}
    assert not stray, STALE


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(app, ["extract", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_seeds_json_output_validates(seeds_out: Path) -> None:
    document = json.loads((seeds_out / "facts.json").read_text(encoding="utf-8"))
    assert document["facts"], "the seeds should give facts to validate"
    assert_valid("facts-document", document)


def test_seeds_jsonl_lines_validate_as_facts() -> None:
    result = CliRunner().invoke(app, ["extract", str(SEEDS), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines
    for line in lines:
        assert_valid("fact", line)
        assert_valid(line["type"], line)


def test_seeds_conflicts_validate(seeds_out: Path) -> None:
    conflicts = json.loads((seeds_out / "conflicts.json").read_text(encoding="utf-8"))
    assert conflicts, "the seeds hold the $4.57B / $4.59B conflict"
    for conflict in conflicts:
        assert_valid("conflict", conflict)


# Today the seeds give mostly trade facts; these make sure the other types' schemas fit their output too.
EVIDENCE = Evidence(start=0, end=4, text="text")
USD = Money(amount=1e9, currency="USD", qualifier="over", low=1e9, high=1.1e9, text="over $1 billion")
OTHER_TYPES = [
    InvestmentFact(
        source="a.txt", evidence=EVIDENCE, investor="RU", host="VN", amount=USD, projects=199,
        as_of="2024-11", rank=Rank(position=26, of=147),
    ),
    VisitFact(
        source="a.txt", evidence=EVIDENCE, from_="RU", to="VN", place="Hanoi", start="2025-01-14",
        person=Person(name="Mikhail Mishustin", key="mishustin", role="Prime Minister", country="RU"),
        kind="official",
    ),
    AgreementFact(source="a.txt", evidence=EVIDENCE, title="cooperation documents", count=10,
                  count_qualifier="over", parties=["RU", "VN"]),
]  # fmt: skip


@pytest.mark.parametrize("fact", OTHER_TYPES, ids=lambda f: f.type)
def test_every_fact_type_validates(fact) -> None:  # type: ignore[no-untyped-def]
    line = fact.model_dump(mode="json", by_alias=True)
    assert_valid("fact", line)
    assert_valid(fact.type, line)


def test_schema_rejects_a_fact_with_a_missing_field() -> None:
    line = OTHER_TYPES[1].model_dump(mode="json", by_alias=True)
    del line["person"]
    assert list(validator("fact").iter_errors(line))
