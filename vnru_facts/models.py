"""The output contract (SPEC §2) as Pydantic v2 models.

Plain data: no I/O, no spaCy. Facts are discriminated on ``type`` so that a bad record gives one
precise validation error instead of one per union member.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

SCHEMA_VERSION = "1"

Qualifier = Literal["exact", "approx", "over", "under"]
FactType = Literal["trade", "investment", "visit", "agreement"]
FACT_TYPES: tuple[FactType, ...] = ("trade", "investment", "visit", "agreement")


class _Model(BaseModel):
    # Serialised output always carries every field (nulls included), so the published JSON Schema
    # lists them all as required: consumers can rely on a key being there.
    model_config = ConfigDict(
        extra="forbid", populate_by_name=True, json_schema_serialization_defaults_required=True
    )


class Evidence(_Model):
    """Where a fact is stated: ``document[start:end] == text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Money(_Model):
    """An amount with the interval its words allow (printed precision widened by the qualifier)."""

    amount: float
    currency: str = Field(description="ISO 4217 code, e.g. USD, VND, RUB")
    qualifier: Qualifier = "exact"
    low: float
    high: float
    text: str


class Period(_Model):
    """A span of months/days; ISO dates at the precision the text gives."""

    start: str | None = None
    end: str | None = None
    text: str = ""


class Growth(_Model):
    pct: float = Field(description="stated change in percent; negative for a decline")
    qualifier: Qualifier = "exact"
    text: str


class Person(_Model):
    name: str
    key: str = Field(description="ascii lowercase surname; full name for Vietnamese names")
    role: str | None = None
    country: str | None = None


class Rank(_Model):
    position: int
    of: int | None = None


class _FactBase(_Model):
    id: str = ""
    # Declared here so that every fact serialises as id, type, source, ... (subclasses narrow it).
    type: FactType
    source: str
    doc_date: str | None = None
    evidence: Evidence


class TradeFact(_FactBase):
    type: Literal["trade"] = "trade"
    value: Money | None = None
    period: Period | None = None
    flow: Literal["total", "export", "import"] = "total"
    exporter: str | None = None
    importer: str | None = None
    parties: list[str] = Field(default_factory=list)
    status: Literal["actual", "target", "forecast"] = "actual"
    growth: Growth | None = None
    commodity: str | None = None


class InvestmentFact(_FactBase):
    type: Literal["investment"] = "investment"
    investor: str | None = None
    host: str | None = None
    company: str | None = None
    amount: Money | None = None
    projects: int | None = None
    as_of: str | None = None
    rank: Rank | None = None


class VisitFact(_FactBase):
    type: Literal["visit"] = "visit"
    person: Person
    from_: str | None = Field(default=None, alias="from")
    to: str | None = None
    place: str | None = None
    start: str | None = None
    end: str | None = None
    kind: Literal["state", "official", "working", "summit", "other"] = "other"
    event: str | None = None


class AgreementFact(_FactBase):
    type: Literal["agreement"] = "agreement"
    title: str
    count: int | None = None
    count_qualifier: Qualifier | None = None
    date: str | None = None
    place: str | None = None
    parties: list[str] = Field(default_factory=list)
    status: Literal["signed", "in_force", "agreed", "drafting"] = "signed"


Fact = Annotated[TradeFact | InvestmentFact | VisitFact | AgreementFact, Field(discriminator="type")]
FACT_ADAPTER: TypeAdapter[Fact] = TypeAdapter(Fact)


class PersonMention(_Model):
    """An official named in a document, as written there (for role and spelling checks)."""

    name: str
    key: str
    role: str | None = None
    country: str | None = None
    former: bool = Field(default=False, description="the role is past: 'then President', 'former PM'")
    evidence: Evidence


class Document(_Model):
    source: str
    sha256: str
    title: str | None = None
    doc_date: str | None = None
    doc_date_origin: Literal["text", "meta", "option", "none"] = "none"
    chars: int = 0
    url: str | None = None
    people: list[PersonMention] = Field(default_factory=list)


class ConflictValue(_Model):
    fact_id: str
    source: str
    value: float | str | None = None
    text: str = ""
    quote: str = ""
    support: int = Field(default=1, description="independent sources backing this value")


class Conflict(_Model):
    id: str = ""
    kind: Literal["value", "growth", "count", "date", "role", "name", "sum", "period"]
    subject: str
    fact_ids: list[str]
    values: list[ConflictValue]
    spread_pct: float | None = None
    message: str


class ExtractError(_Model):
    source: str
    error: str


class FactsDocument(_Model):
    """What ``vnru-facts extract --format json`` prints."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    documents: list[Document] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    conflicts: list[Conflict] = Field(default_factory=list)
    errors: list[ExtractError] = Field(default_factory=list)


def fact_to_dict(fact: BaseModel) -> dict[str, Any]:
    """A fact as the JSON contract spells it (``from`` not ``from_``)."""
    return fact.model_dump(mode="json", by_alias=True)


def stable_id(prefix: str, payload: dict[str, Any]) -> str:
    """A short id that depends only on the content, so the same input gives the same id."""
    digest = hashlib.sha256(orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)).hexdigest()
    return f"{prefix}_{digest[:12]}"


def fact_id(fact: BaseModel) -> str:
    """The content-derived id of ``fact``: its JSON contract without ``id``, hashed."""
    payload = fact_to_dict(fact)
    payload.pop("id", None)
    return stable_id("f", payload)


def with_fact_id(fact: Any) -> Any:
    """Return a copy of ``fact`` with its content-derived id set."""
    return fact.model_copy(update={"id": fact_id(fact)})
