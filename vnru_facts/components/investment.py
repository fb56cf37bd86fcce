"""Investment facts (work in progress)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from vnru_facts.components.base import RuleComponent


class InvestmentComponent(RuleComponent):
    def match(self, doc: Doc) -> list[dict[str, Any]]:
        return []

    def set_annotations(self, doc: Doc, matches: list[dict[str, Any]]) -> None:
        return None
