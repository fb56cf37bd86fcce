"""A mention as the fact rules read it: a span of the text, its kind and label, and its normalised data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vnru_facts.normalize.dates import Temporal


# Not frozen: a frozen dataclass sets each field through object.__setattr__, and the index makes a
# Mention for every mention of every document (treat them as read-only all the same).
@dataclass(slots=True, unsafe_hash=True)
class Mention:
    start: int
    end: int
    kind: str
    label: str
    text: str
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def temporal(self) -> Temporal:
        fields = {k: v for k, v in self.data.items() if k in Temporal.__dataclass_fields__}
        return Temporal(**fields)
