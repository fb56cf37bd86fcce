"""Reading: files, folders, stdin, HTML pages and JSONL news dumps -> ``Article`` (text, metadata, date).

In: paths or stdin. Out: one ``Article`` per input (``sources.iter_articles``) with its decoded text, its
sidecar metadata and its document date, or an ``error`` string. Nothing here raises on bad input.
"""
