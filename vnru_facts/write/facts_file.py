"""Reading back what ``extract`` wrote: a facts ``.json`` (SPEC §2 object) or ``.jsonl`` (a FACT a line).

Pure (no spaCy): ``conflicts`` and ``diff`` take such exports as well as articles. A ``.jsonl`` file
whose first record is not a fact (a news dump: records with ``text``) is not an export, and is left to
the article readers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from pydantic import ValidationError

from vnru_facts.errors import InputError
from vnru_facts.models import FACT_ADAPTER, FactsDocument

EXPORT_SUFFIXES = (".json", ".jsonl")


def _is_fact_record(record: Any) -> bool:
    return isinstance(record, dict) and "type" in record and "evidence" in record


def _is_export(data: Any) -> bool:
    if isinstance(data, dict):
        return "facts" in data and "schema_version" in data
    return isinstance(data, list) and all(_is_fact_record(r) for r in data)


def read_facts_file(path: Path) -> FactsDocument | None:
    """The facts document in ``path``; None when the file is not a facts export.

    Raises ``InputError`` (one line) for an export that cannot be read or does not match the schema.
    """
    if path.suffix.lower() not in EXPORT_SUFFIXES or not path.is_file():
        return None
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc
    if path.suffix.lower() == ".jsonl":
        return _read_jsonl(path, raw)
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from exc
    if not _is_export(data):
        return None
    try:
        if isinstance(data, list):
            return FactsDocument(facts=[FACT_ADAPTER.validate_python(r) for r in data])
        return FactsDocument.model_validate(data)
    except ValidationError as exc:
        raise InputError(f"{path}: not a vnru-facts export ({exc.error_count()} schema errors)") from exc


def _read_jsonl(path: Path, raw: bytes) -> FactsDocument | None:
    lines = [(n, line) for n, line in enumerate(raw.splitlines(), 1) if line.strip()]
    facts = []
    for n, line in lines:
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            if not facts:
                return None
            raise InputError(f"{path}:{n}: not valid JSON ({exc})") from exc
        if not _is_fact_record(record):
            if not facts:
                return None  # a news dump, not an export
            raise InputError(f"{path}:{n}: not a fact record")
        try:
            facts.append(FACT_ADAPTER.validate_python(record))
        except ValidationError as exc:
            raise InputError(f"{path}:{n}: not a fact ({exc.error_count()} schema errors)") from exc
    return FactsDocument(facts=facts) if facts else None
