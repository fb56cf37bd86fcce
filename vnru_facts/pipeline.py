"""The spaCy pipeline: a blank English tokenizer, sentence rules, mention rules and fact rules.

Every factory is registered here, in one place, with what it assigns.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from vnru_facts.components.agreement import AgreementComponent
from vnru_facts.components.base import TEXT_KEY, DatedText
from vnru_facts.components.investment import InvestmentComponent
from vnru_facts.components.mentions import (
    MoneyComponent,
    PersonComponent,
    PlaceComponent,
    TemporalComponent,
)
from vnru_facts.components.organisations import OrganisationComponent
from vnru_facts.components.records import RecordsComponent, ReleaseTextComponent
from vnru_facts.components.sentences import LineBreakSentencizer
from vnru_facts.components.tokenizer import harden_tokenizer
from vnru_facts.components.trade import TradeComponent
from vnru_facts.components.visit import VisitComponent
from vnru_facts.sources import MAX_ARTICLE_BYTES


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


@Language.factory("vnru_records", assigns=["doc._.vnru_facts", "doc._.vnru_people"])
def make_records(nlp: Language, name: str) -> RecordsComponent:
    return RecordsComponent()


@Language.factory("vnru_release_text", assigns=[])
def make_release_text(nlp: Language, name: str) -> ReleaseTextComponent:
    return ReleaseTextComponent()


class TextKeepingTokenizer:
    """spaCy's tokenizer that also keeps the input string (and a ``DatedText``'s date) on the Doc.

    ``Doc.text`` is rebuilt token by token on every access; the components read the kept string
    through ``doc_text`` instead. Everything else is delegated to the wrapped tokenizer.
    """

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        plain = str(text)  # the Cython tokenizer accepts an exact str only
        doc = self.tokenizer(plain)
        doc.user_data[TEXT_KEY] = plain
        if isinstance(text, DatedText):
            doc._.doc_date = text.doc_date
        return doc

    def __getattr__(self, name: str) -> Any:
        # Read __dict__ directly: while unpickling (spawned workers) ``tokenizer`` is not set yet.
        if "tokenizer" not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.__dict__["tokenizer"], name)


MENTION_PIPES = ("vnru_money", "vnru_dates", "vnru_places", "vnru_persons", "vnru_orgs")
# Visits come before agreements: "signed during the visit" borrows the visit's date and place.
FACT_PIPES = ("vnru_trade", "vnru_investment", "vnru_visit", "vnru_agreement")


def build_pipeline(*, fact_pipes: tuple[str, ...] = FACT_PIPES, records_only: bool = False) -> Language:
    """A fresh pipeline on ``spacy.blank("en")``; no trained model is needed.

    ``records_only``: the Docs it returns are empty and carry only ``doc._.vnru_facts`` and
    ``doc._.vnru_people`` (see ``components.records``), which is all the extract API needs.
    """
    nlp = spacy.blank("en")
    # Hostile input: long runs without spaces tokenise in linear time; a 20 MB article is read whole
    # (the 1,000,000-character default guards parser/NER memory, which this pipeline does not have).
    nlp.tokenizer = TextKeepingTokenizer(harden_tokenizer(nlp.tokenizer))
    nlp.max_length = MAX_ARTICLE_BYTES
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("vnru_line_breaks")
    for name in (*MENTION_PIPES, *fact_pipes):
        nlp.add_pipe(name)
    nlp.add_pipe("vnru_records" if records_only else "vnru_release_text")
    return nlp


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The shared pipeline of this process, built once; its Docs keep tokens and span groups."""
    return build_pipeline()


@lru_cache(maxsize=1)
def get_extract_pipeline() -> Language:
    """The pipeline the extract API streams through, built once per process: records only."""
    return build_pipeline(records_only=True)
