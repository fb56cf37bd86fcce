"""The projection of extract output pinned by the golden seed tests, and its regeneration.

    python -m tests.golden.project      # rewrite tests/golden/seeds_expected.json after a reviewed change

Only the fields a reader relies on are pinned (not ids or evidence offsets, which other tests check),
so a golden diff reads as "this fact changed".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GOLDEN = Path(__file__).with_name("seeds_expected.json")
ROOT = Path(__file__).resolve().parents[2]

PINNED = {
    "trade": (
        "value.amount",
        "value.qualifier",
        "period.start",
        "period.end",
        "flow",
        "exporter",
        "importer",
        "parties",
        "status",
        "growth.pct",
        "commodity",
    ),
    "investment": (
        "investor",
        "host",
        "company",
        "amount.amount",
        "amount.qualifier",
        "projects",
        "as_of",
        "rank",
    ),
    "visit": ("person.name", "person.key", "person.role", "from", "to", "place", "start", "end", "kind"),
    "agreement": ("title", "count", "count_qualifier", "date", "place", "status"),
}


def _get(fact: dict[str, Any], dotted: str) -> Any:
    value: Any = fact
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def project(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = [
        {"type": f["type"], "file": Path(f["source"]).name, **{k: _get(f, k) for k in PINNED[f["type"]]}}
        for f in facts
    ]
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))


def current() -> list[dict[str, Any]]:
    from vnru_facts import extract_paths

    result = extract_paths([str(ROOT / "seeds")])
    return project([f.model_dump(mode="json", by_alias=True) for f in result.facts])


if __name__ == "__main__":
    GOLDEN.write_text(json.dumps(current(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {GOLDEN}")
