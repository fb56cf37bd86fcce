"""The document context component: builds ``extract.document.DocumentContext`` once per Doc, after the
mention components and before the fact components, which read it through ``DocView.context``."""

from __future__ import annotations

from spacy.tokens import Doc

from vnru_facts.extract.components.base import RuleComponent
from vnru_facts.extract.components.context import DocView, context_of
from vnru_facts.extract.document import DocumentContext


class DocumentContextComponent(RuleComponent):
    """People linked to entities, the dateline and main event, the trade focus: see extract.document."""

    def match(self, doc: Doc) -> list[DocumentContext]:
        return [context_of(DocView(doc))]

    def set_annotations(self, doc: Doc, matches: list[DocumentContext]) -> None:
        pass  # context_of keeps it on the Doc
