"""The whole rule pipeline as one component of any spaCy pipeline: ``nlp.add_pipe("vnru_facts")``.

The rules need their own tokens (a tokenizer that keeps "US$4.57" whole, sentence rules that know
"Mr." and datelines), so this component does not read the host's tokens: it runs the package's
pipeline on the Doc's text and writes back what it found, aligned to the host's tokens. The host Doc's
tokens, sentence boundaries and other annotations are left as they are; every fact's evidence is one
of the rules' sentences (or clauses), so the facts are the same whatever pipeline the Doc comes from,
a blank one or one with a statistical model.

Writes ``doc._.vnru_facts`` (the Pydantic fact models of ``vnru_facts.models``, ids included, as
``extract_text`` gives them) and the evidence as Spans in ``doc.spans["vnru_facts"]`` and in one group
per fact type (``doc.spans["trade"]``, ...), labelled with the type in capitals. A date in
``doc._.doc_date`` (YYYY-MM-DD), set before the component runs, resolves "last year"; else the text's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from vnru_facts.models import Fact

SPAN_KEY = "vnru_facts"


class FactsComponent:
    """Every fact rule on a Doc of any pipeline; ``types`` keeps only those fact types (None: all).

    Unlike the package's own components, a failure is raised, as spaCy components do: the host
    pipeline has no record list to report it in.
    """

    def __init__(self, *, types: Sequence[str] | None = None) -> None:
        self.types = tuple(types) if types else None

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Fact]:
        # Imported here: the API runs the package pipeline, which registers this component.
        from vnru_facts.api import extract_text

        return extract_text(doc.text, doc_date=doc._.doc_date, types=self.types).facts

    def set_annotations(self, doc: Doc, matches: list[Fact]) -> None:
        doc._.vnru_facts = matches
        spans = [span for fact in matches if (span := _evidence_span(doc, fact)) is not None]
        doc.spans[SPAN_KEY] = spans
        for label in {span.label_ for span in spans}:
            doc.spans[label.lower()] = [span for span in spans if span.label_ == label]


def _evidence_span(doc: Doc, fact: Fact) -> Span | None:
    """The host tokens that cover a fact's evidence (a token the evidence cuts is taken whole)."""
    return doc.char_span(
        fact.evidence.start, fact.evidence.end, label=fact.type.upper(), alignment_mode="expand"
    )
