"""Analysis across sources: conflicts, the trade timeline and diffs between two sets of facts.

In: fact models (``vnru_facts.models``) from any number of documents. Out: ``Conflict`` models,
timeline rows and diff records. Pure: no spaCy, Typer, Rich or I/O.
"""
