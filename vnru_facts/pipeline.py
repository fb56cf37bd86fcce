"""The spaCy pipeline: a blank English tokenizer, sentence rules, mention rules and fact rules.

Every factory is registered here, in one place, with what it assigns. The factories are also declared
as ``spacy_factories`` entry points (``pyproject.toml``), so that after ``pip install`` any spaCy
pipeline can add them by name: ``nlp.add_pipe("vnru_facts")`` runs the whole rule pipeline on a Doc
(``extract.components.plugin``); the per-type components need the sentence and mention components
before them, as ``build_pipeline`` adds them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from vnru_facts.extract.components.agreement import AgreementComponent
from vnru_facts.extract.components.base import SCRAPED_KEY, SPANS_KEY, TEXT_KEY, DatedText
from vnru_facts.extract.components.document import DocumentContextComponent
from vnru_facts.extract.components.investment import InvestmentComponent
from vnru_facts.extract.components.mentions import (
    MoneyComponent,
    PersonComponent,
    PlaceComponent,
    TemporalComponent,
)
from vnru_facts.extract.components.organisations import OrganisationComponent
from vnru_facts.extract.components.plugin import FactsComponent
from vnru_facts.extract.components.records import RecordsComponent, ReleaseTextComponent
from vnru_facts.extract.components.sentences import SentenceRules
from vnru_facts.extract.components.tokenizer import (
    SpecialCaseFreeTokenizer,
    cache_across_special_cases,
    harden_tokenizer,
)
from vnru_facts.extract.components.trade import TradeComponent
from vnru_facts.extract.components.visit import VisitComponent
from vnru_facts.read.scraped import clean_scraped
from vnru_facts.read.sources import MAX_BYTES

_SPANS = ["doc.spans"]
_FACTS = ["doc.spans", "doc._.vnru_facts"]
# Every component of the pipeline: factory name -> (class, what it assigns). Each is built with no
# options, so one table registers them all.
FACTORIES: dict[str, tuple[type, list[str]]] = {
    "vnru_sentences": (SentenceRules, ["token.is_sent_start"]),
    "vnru_money": (MoneyComponent, _SPANS),
    "vnru_dates": (TemporalComponent, _SPANS),
    "vnru_places": (PlaceComponent, _SPANS),
    "vnru_persons": (PersonComponent, _SPANS),
    "vnru_orgs": (OrganisationComponent, _SPANS),
    "vnru_context": (DocumentContextComponent, []),
    "vnru_trade": (TradeComponent, _FACTS),
    "vnru_investment": (InvestmentComponent, _FACTS),
    "vnru_visit": (VisitComponent, _FACTS),
    "vnru_agreement": (AgreementComponent, _FACTS),
    "vnru_records": (RecordsComponent, ["doc._.vnru_facts", "doc._.vnru_people"]),
    "vnru_release_text": (ReleaseTextComponent, []),
}


def _register(factory: str, component: type, assigns: list[str]) -> None:
    def make(nlp: Language, name: str) -> Any:
        return component()

    make.__name__ = make.__qualname__ = f"make_{factory}"
    Language.factory(factory, assigns=list(assigns), func=make)
    globals()[make.__name__] = make  # the target of the factory's entry point


for _factory, (_component, _assigns) in FACTORIES.items():
    _register(_factory, _component, _assigns)


@Language.factory(
    "vnru_facts",
    assigns=["doc._.vnru_facts", "doc.spans"],
    default_config={"types": None},
)
def make_vnru_facts(nlp: Language, name: str, types: list[str] | None) -> FactsComponent:
    """The whole rule pipeline as one component; ``types``: the fact types to keep (None: all)."""
    return FactsComponent(types=types)


class TextKeepingTokenizer:
    """spaCy's tokenizer that also keeps the input string (and a ``DatedText``'s date) on the Doc.

    ``Doc.text`` is rebuilt token by token on every access; the components read the kept string
    through ``doc_text`` instead. Everything else is delegated to the wrapped tokenizer.

    Text as scraped (zero-width and no-break spaces, decomposed letters) is read as its cleaned copy
    (``vnru_facts.read.scraped``); the copy's offset tables stay on the Doc, and the last component gives
    the facts' evidence back as offsets into the input string.
    """

    def __init__(
        self, tokenizer: Tokenizer | SpecialCaseFreeTokenizer, *, mention_spans: bool = True
    ) -> None:
        self.tokenizer = tokenizer
        self.mention_spans = mention_spans

    def __call__(self, text: str) -> Doc:
        plain = str(text)  # the Cython tokenizer accepts an exact str only
        scraped = clean_scraped(plain)
        read = scraped.text if scraped is not None else plain
        doc = self.tokenizer(read)
        doc.user_data[TEXT_KEY] = read
        if scraped is not None:
            doc.user_data[SCRAPED_KEY] = scraped
        if not self.mention_spans:
            doc.user_data[SPANS_KEY] = False
        if isinstance(text, DatedText):
            doc._.doc_date = text.doc_date
        return doc

    def __getattr__(self, name: str) -> Any:
        # Read __dict__ directly: while unpickling (spawned workers) ``tokenizer`` is not set yet.
        if "tokenizer" not in self.__dict__:
            raise AttributeError(name)
        return getattr(self.__dict__["tokenizer"], name)


MENTION_PIPES = ("vnru_money", "vnru_dates", "vnru_places", "vnru_persons", "vnru_orgs")
# Read once per Doc after the mentions, by every fact component: people, occasion, trade focus.
CONTEXT_PIPES = ("vnru_context",)
# Visits come before agreements: "signed during the visit" borrows the visit's date and place.
FACT_PIPES = ("vnru_trade", "vnru_investment", "vnru_visit", "vnru_agreement")


def build_pipeline(*, fact_pipes: tuple[str, ...] = FACT_PIPES, records_only: bool = False) -> Language:
    """A fresh pipeline on ``spacy.blank("en")``; no trained model is needed.

    ``records_only``: the Docs it returns are empty and carry only ``doc._.vnru_facts`` and
    ``doc._.vnru_people`` (see ``components.records``), which is all the extract API needs.
    """
    nlp = spacy.blank("en")
    # Hostile input: long runs without spaces tokenise in linear time. The runner reads a long article
    # in parts (``run.parts``), so no Doc it makes is much over 500,000 characters; text given to
    # this pipeline directly is one Doc up to the default input cap (about 80 bytes a character).
    # A records-only Doc is dropped once its records are taken: its mentions need no Span objects.
    # Special cases no longer stop spaCy's chunk cache (components.tokenizer); the tokens are the same.
    tokenizer = SpecialCaseFreeTokenizer(cache_across_special_cases(harden_tokenizer(nlp.tokenizer)))
    nlp.tokenizer = TextKeepingTokenizer(tokenizer, mention_spans=not records_only)
    nlp.max_length = MAX_BYTES
    nlp.add_pipe("vnru_sentences")
    for name in (*MENTION_PIPES, *CONTEXT_PIPES, *fact_pipes):
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
