"""Writing and reading back facts: JSON, JSONL, CSV, Parquet, incremental state, JSON Schemas.

In: fact, document and conflict models. Out: files and strings of the output contract (SPEC §2), and
the facts files ``conflicts``/``diff`` read back. No spaCy, no terminal.
"""
