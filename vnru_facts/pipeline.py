"""The spaCy pipeline: a blank English tokenizer, sentence rules, mention rules and fact rules.

Every factory is registered here, in one place, with what it assigns.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from vnru_facts.components.agreement import AgreementComponent
from vnru_facts.components.investment import InvestmentComponent
from vnru_facts.components.mentions import (
    MoneyComponent,
    PersonComponent,
    PlaceComponent,
    TemporalComponent,
)
from vnru_facts.components.organisations import OrganisationComponent
from vnru_facts.components.sentences import LineBreakSentencizer
from vnru_facts.components.trade import TradeComponent
from vnru_facts.components.visit import VisitComponent


@Language.factory("vnru_line_breaks", assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> LineBreakSentencizer:
    return LineBreakSentencizer()


@Language.factory("vnru_money", assigns=["doc.spans"])
def make_money(nlp: Language, name: str) -> MoneyComponent:
    return MoneyComponent()


@Language.factory("vnru_dates", assigns=["doc.spans"])
def make_dates(nlp: Language, name: str) -> TemporalComponent:
    return TemporalComponent()


@Language.factory("vnru_places", assigns=["doc.spans"])
def make_places(nlp: Language, name: str) -> PlaceComponent:
    return PlaceComponent()


@Language.factory("vnru_persons", assigns=["doc.spans"])
def make_persons(nlp: Language, name: str) -> PersonComponent:
    return PersonComponent()


@Language.factory("vnru_orgs", assigns=["doc.spans"])
def make_orgs(nlp: Language, name: str) -> OrganisationComponent:
    return OrganisationComponent()


@Language.factory("vnru_trade", assigns=["doc.spans", "doc._.vnru_facts"])
def make_trade(nlp: Language, name: str) -> TradeComponent:
    return TradeComponent()


@Language.factory("vnru_investment", assigns=["doc.spans", "doc._.vnru_facts"])
def make_investment(nlp: Language, name: str) -> InvestmentComponent:
    return InvestmentComponent()


@Language.factory("vnru_visit", assigns=["doc.spans", "doc._.vnru_facts"])
def make_visit(nlp: Language, name: str) -> VisitComponent:
    return VisitComponent()


@Language.factory("vnru_agreement", assigns=["doc.spans", "doc._.vnru_facts"])
def make_agreement(nlp: Language, name: str) -> AgreementComponent:
    return AgreementComponent()


MENTION_PIPES = ("vnru_money", "vnru_dates", "vnru_places", "vnru_persons", "vnru_orgs")
# Visits come before agreements: "signed during the visit" borrows the visit's date and place.
FACT_PIPES = ("vnru_trade", "vnru_investment", "vnru_visit", "vnru_agreement")


def build_pipeline(*, fact_pipes: tuple[str, ...] = FACT_PIPES) -> Language:
    """A fresh pipeline on ``spacy.blank("en")``; no trained model is needed."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("vnru_line_breaks")
    for name in (*MENTION_PIPES, *fact_pipes):
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The shared pipeline of this process, built once."""
    return build_pipeline()
