"""Finding a pattern's matches in a text quickly: by its literal starts, or behind a first-character guard.

In: compiled ``re`` patterns. Out: the same matches ``re`` gives, found faster (``literal_scan``,
``regex_guard``). Used by the patterns and components only.
"""
