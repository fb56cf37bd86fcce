"""Patterns and gazetteers as data: regexes commented with the phrase each targets, JSONL lists."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import orjson


@cache
def load_gazetteer(name: str) -> tuple[dict[str, Any], ...]:
    """Rows of ``patterns/<name>.jsonl``, read once per process."""
    text = resources.files(__package__).joinpath(f"{name}.jsonl").read_text(encoding="utf-8")
    return tuple(orjson.loads(line) for line in text.splitlines() if line.strip())
