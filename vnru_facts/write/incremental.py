"""When a document in an output folder is up to date: same source, same text, same date, same rules.

``extract -o DIR --incremental`` skips an input whose key equals the one DIR holds for its source.
The rules part of the key is derived from the code and data that turn text into facts, so editing
a pattern, a component or a gazetteer makes every document stale without anyone bumping a number.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from vnru_facts.read.sources import Article

PACKAGE = Path(__file__).resolve().parent.parent
# Parts of the package that present, store or compare facts: editing them never changes which facts a
# text gives (conflicts are recomputed over the whole folder on every run anyway). A module missing
# here only costs a needless re-extraction after it changes, never a stale fact.
OUTPUT_SIDE = frozenset(
    {
        "__main__.py",
        "analyse",
        "cli",
        "report",
        "run/dask_engine.py",
        "write",
    }
)
RULE_SUFFIXES = (".py", ".jsonl")

Key = tuple[str, ...]


def _is_output_side(relative: Path) -> bool:
    return any(relative.as_posix() == part or relative.parts[0] == part for part in OUTPUT_SIDE)


def rule_files() -> list[Path]:
    """The package files that decide what is extracted: patterns, components, normalisers, readers."""
    return sorted(
        path
        for path in PACKAGE.rglob("*")
        if path.suffix in RULE_SUFFIXES and not _is_output_side(path.relative_to(PACKAGE))
    )


@lru_cache(maxsize=1)
def rules_version() -> str:
    """``<version>+spacy<version>+<hash of the rule files>``: changes whenever extraction may change."""
    digest = hashlib.sha256()
    for path in rule_files():
        digest.update(path.relative_to(PACKAGE).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    from vnru_facts import __version__

    return f"{__version__}+spacy{metadata.version('spacy')}+{digest.hexdigest()[:12]}"


def extraction_config(types: Sequence[str] | None) -> str:
    """The rules version, plus the fact types kept when a run keeps only some (``--type``)."""
    rules = rules_version()
    return f"{rules};types={','.join(sorted(types))}" if types else rules


def document_key(article: Article, config: str) -> Key:
    """What must be equal for an earlier result of ``article.source`` to stand: the text (sha256), the
    document date the facts were resolved against, and the rules; for an unreadable input, the reason."""
    if article.error is not None:
        return stored_error_key(article.error)
    return stored_document_key(sha256=article.sha256, doc_date=article.doc_date, rules=config)


def stored_document_key(*, sha256: str, doc_date: str | None, rules: str) -> Key:
    """The key of a document row as an output folder stores it."""
    return ("document", sha256, doc_date or "", rules)


def stored_error_key(error: str) -> Key:
    return ("error", error)
