"""Writers for the output contract: JSON, JSONL and CSV, from models only (no spaCy, no terminal)."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import orjson
from pydantic import BaseModel

from vnru_facts.models import (
    FACT_TYPES,
    AgreementFact,
    Conflict,
    FactsDocument,
    InvestmentFact,
    TradeFact,
    VisitFact,
)

COMMON_COLUMNS = ("id", "type", "source", "doc_date", "evidence.start", "evidence.end", "evidence.text")
_MONEY = ("amount", "currency", "qualifier", "low", "high", "text")
TYPE_COLUMNS: dict[str, tuple[str, ...]] = {
    "trade": (
        *(f"value.{k}" for k in _MONEY),
        "period.start",
        "period.end",
        "period.text",
        "flow",
        "exporter",
        "importer",
        "parties",
        "status",
        "growth.pct",
        "growth.qualifier",
        "growth.text",
        "commodity",
    ),
    "investment": (
        "investor",
        "host",
        "company",
        *(f"amount.{k}" for k in _MONEY),
        "projects",
        "as_of",
        "rank.position",
        "rank.of",
    ),
    "visit": (
        "person.name",
        "person.key",
        "person.role",
        "person.country",
        "from",
        "to",
        "place",
        "start",
        "end",
        "kind",
        "event",
    ),
    "agreement": ("title", "count", "count_qualifier", "date", "place", "parties", "status"),
}
MODEL_OF = {"trade": TradeFact, "investment": InvestmentFact, "visit": VisitFact, "agreement": AgreementFact}
# Text cells starting with these are formulas to a spreadsheet (CSV injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def dumps(model: BaseModel) -> bytes:
    """Deterministic, human-readable JSON of a model (by alias: ``from``, not ``from_``)."""
    return orjson.dumps(model.model_dump(mode="json", by_alias=True), option=orjson.OPT_INDENT_2) + b"\n"


def to_json(result: FactsDocument) -> bytes:
    return dumps(result)


def jsonl_line(model: BaseModel) -> bytes:
    return orjson.dumps(model.model_dump(mode="json", by_alias=True)) + b"\n"


def to_jsonl(models: Iterable[BaseModel]) -> bytes:
    return b"".join(jsonl_line(m) for m in models)


def csv_columns(types: Sequence[str] | None = None) -> list[str]:
    """Common columns, then each selected type's flattened fields, in a fixed order."""
    columns = list(COMMON_COLUMNS)
    for t in FACT_TYPES:
        if types and t not in types:
            continue
        for c in TYPE_COLUMNS[t]:
            if c not in columns:
                columns.append(c)
    return columns


def flatten(data: dict[str, Any], prefix: str = "", *, join_lists: bool = True) -> dict[str, Any]:
    """{'value': {'amount': 1}} -> {'value.amount': 1}; lists are joined with ';' (kept for Parquet)."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, f"{name}.", join_lists=join_lists))
        elif isinstance(value, list) and join_lists:
            flat[name] = ";".join(str(v) for v in value)
        else:
            flat[name] = value
    return flat


def safe_cell(value: Any) -> Any:
    """Neutralise text that a spreadsheet would run as a formula; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(facts: Iterable[BaseModel], types: Sequence[str] | None = None) -> str:
    columns = csv_columns(types)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    # Python's csv quotes a cell with "\n" but not one with a bare "\r" (a text with old Mac line
    # endings, a file name): such a row is written fully quoted, or readers would split it.
    quoted = csv.DictWriter(
        buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\n", quoting=csv.QUOTE_ALL
    )
    writer.writeheader()
    for fact in facts:
        row = flatten(fact.model_dump(mode="json", by_alias=True))
        cells = {c: safe_cell(row.get(c)) for c in columns}
        has_cr = any(isinstance(v, str) and "\r" in v for v in cells.values())
        (quoted if has_cr else writer).writerow(cells)
    return buffer.getvalue()


CONFLICT_COLUMNS = (
    "id",
    "kind",
    "subject",
    "spread_pct",
    "message",
    "fact_id",
    "source",
    "value",
    "text",
    "support",
    "quote",
)


def conflicts_to_json(conflicts: Sequence[Conflict]) -> bytes:
    """A JSON list of CONFLICT objects, as ``conflicts.json`` holds them."""
    payload = [c.model_dump(mode="json", by_alias=True) for c in conflicts]
    return orjson.dumps(payload, option=orjson.OPT_INDENT_2) + b"\n"


def conflicts_to_csv(conflicts: Sequence[Conflict]) -> str:
    """One row per value of each conflict, so each source and quote sits on its own row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CONFLICT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for conflict in conflicts:
        head = conflict.model_dump(mode="json", include={"id", "kind", "subject", "spread_pct", "message"})
        for value in conflict.values:
            row = {**head, **value.model_dump(mode="json")}
            writer.writerow({c: safe_cell(row.get(c)) for c in CONFLICT_COLUMNS})
    return buffer.getvalue()


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes | str) -> None:
    """Write to a temporary file beside ``path`` and rename it: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
        # mkstemp makes the file private (0600); an output file gets the mode any new file would get.
        Path(tmp).chmod(0o666 & ~_current_umask())
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
