"""Extraction: the spaCy components and the patterns they read, text -> facts.

In: a ``Doc`` from ``pipeline.build_pipeline()``. Out: fact records on ``doc._.vnru_facts`` and their
evidence in ``doc.spans``. ``components/`` holds the spaCy components (mentions first, then one per
fact type, each ``match()`` then ``set_annotations()``), ``patterns/`` the regexes and gazetteers as
commented data, and ``scan/`` the machinery that finds a pattern's matches quickly.
"""
