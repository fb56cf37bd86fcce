"""JSON Schemas of the output objects, generated from the Pydantic models."""

from __future__ import annotations

from typing import Any

import orjson
from pydantic import TypeAdapter

from vnru_facts.analyse.timeline import Timeline
from vnru_facts.models import (
    AgreementFact,
    Conflict,
    Fact,
    FactsDocument,
    InvestmentFact,
    TradeFact,
    VisitFact,
)

SCHEMAS: dict[str, Any] = {
    "facts-document": FactsDocument,
    "fact": Fact,
    "conflict": Conflict,
    "trade": TradeFact,
    "investment": InvestmentFact,
    "visit": VisitFact,
    "agreement": AgreementFact,
    "timeline": Timeline,  # what `vnru-facts timeline -f json` prints
}


def json_schema(key: str) -> dict[str, Any]:
    schema = TypeAdapter(SCHEMAS[key]).json_schema(by_alias=True, mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema.setdefault("title", key)
    return schema


def schema_bytes(key: str) -> bytes:
    return orjson.dumps(json_schema(key), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
