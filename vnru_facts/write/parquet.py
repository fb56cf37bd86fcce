"""Parquet output: a folder that DuckDB and pandas read directly, and that incremental runs extend.

    DIR/facts/part-00000.parquet       a row per fact: the CSV columns, typed (``parties`` stays a list)
    DIR/documents/part-00000.parquet   a row per document, with the rules that read it (``rules``)
    DIR/errors/part-00000.parquet      a row per input that could not be read
    DIR/conflicts.json                 the conflicts between all the facts in DIR

A part holds the results of one partition of documents; a table gets a part only when that partition
has rows for it, and an incremental run adds parts after the last one. pyarrow is imported on first
use, so the rest of the package works without it (``pip install 'vnru-facts[parquet]'``). Pure: no
spaCy, no terminal.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vnru_facts.models import FACT_ADAPTER, Conflict, Document, ExtractError, Fact
from vnru_facts.write.export import (
    COMMON_COLUMNS,
    TYPE_COLUMNS,
    conflicts_to_json,
    csv_columns,
    flatten,
    write_atomic,
)
from vnru_facts.write.incremental import Key, stored_document_key, stored_error_key

TABLES = ("facts", "documents", "errors")
CONFLICTS = "conflicts.json"
_PART = re.compile(r"part-(\d+)\.parquet")
_INTEGERS = frozenset({"evidence.start", "evidence.end", "projects", "rank.position", "rank.of", "count"})
_FLOATS = frozenset(
    {*(f"{m}.{k}" for m in ("value", "amount") for k in ("amount", "low", "high")), "growth.pct"}
)
_LISTS = frozenset({"parties"})

Row = dict[str, Any]  # one document's results as ``api.plain_result`` gives them


class MissingPyarrow(ImportError):
    """pyarrow is not installed; ``str(exc)`` says how to install it."""


class UnreadablePart(ValueError):
    """A part file in the folder is not Parquet, or not a table of ours; ``str(exc)`` is one line."""


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise MissingPyarrow("--format parquet needs pyarrow: pip install 'vnru-facts[parquet]'") from exc
    return pa, pq


def fact_schema() -> Any:
    """The facts table: every column of ``facts.csv`` (all types), with numbers typed as numbers."""
    pa, _ = _pyarrow()

    def column_type(column: str) -> Any:
        if column in _INTEGERS:
            return pa.int64()
        if column in _FLOATS:
            return pa.float64()
        if column in _LISTS:
            return pa.list_(pa.string())
        return pa.string()

    return pa.schema([pa.field(column, column_type(column)) for column in csv_columns()])


def document_schema() -> Any:
    pa, _ = _pyarrow()
    text, integer = pa.string(), pa.int64()
    evidence = pa.struct([("start", integer), ("end", integer), ("text", text)])
    person = pa.struct(
        [
            *((name, text) for name in ("name", "key", "role", "country")),
            ("former", pa.bool_()),
            ("evidence", evidence),
        ]
    )
    return pa.schema(
        [
            *((name, text) for name in ("source", "sha256", "title", "doc_date", "doc_date_origin")),
            ("chars", integer),
            ("url", text),
            ("people", pa.list_(person)),
            ("rules", text),
        ]
    )


def error_schema() -> Any:
    pa, _ = _pyarrow()
    return pa.schema([("source", pa.string()), ("error", pa.string())])


SCHEMAS = {"facts": fact_schema, "documents": document_schema, "errors": error_schema}


def fact_row(fact: dict[str, Any]) -> dict[str, Any]:
    """A fact (JSON contract) as a row of the facts table."""
    return flatten(fact, join_lists=False)


def fact_from_row(row: dict[str, Any]) -> Fact:
    """The fact a row of the facts table holds (the row's other types' columns are ignored)."""
    columns = (*COMMON_COLUMNS, *TYPE_COLUMNS[row["type"]])
    return FACT_ADAPTER.validate_python(_nest({column: row.get(column) for column in columns}))


def _nest(flat: dict[str, Any]) -> dict[str, Any]:
    """{'value.amount': 1, ...} -> {'value': {'amount': 1, ...}}; a group of nulls was a null
    (``"value": null``): every nested model has a field that is never null."""
    nested: dict[str, Any] = {}
    for column, value in flat.items():
        group, _, field = column.partition(".")
        if field:
            nested.setdefault(group, {})[field] = value
        else:
            nested[group] = value
    return {
        key: None if isinstance(value, dict) and all(v is None for v in value.values()) else value
        for key, value in nested.items()
    }


@dataclass(frozen=True)
class WriteSummary:
    """What one run added to a folder."""

    documents: int = 0
    facts: int = 0
    errors: int = 0
    skipped: int = 0
    parts: int = 0


class ParquetFolder:
    """An output folder of Parquet parts (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def parts(self, table: str) -> list[tuple[int, Path]]:
        """(index, path) of each part of ``table``, in index order."""
        folder = self.path / table
        if not folder.is_dir():
            return []
        found = ((_PART.fullmatch(p.name), p) for p in folder.iterdir())
        return sorted((int(match.group(1)), p) for match, p in found if match)

    def clear(self) -> None:
        """Remove the parts of an earlier run (a run that is not incremental starts afresh)."""
        for table in TABLES:
            for _index, path in self.parts(table):
                path.unlink()

    def known(self) -> dict[str, Key]:
        """The key (``incremental``) of every source the folder holds a document or an error for."""
        known: dict[str, Key] = {}
        for row in self._rows("documents", columns=["source", "sha256", "doc_date", "rules"]):
            # One rules string for all rows, not a copy per document: a million keys stay small.
            rules = sys.intern(row["rules"])
            known[row["source"]] = stored_document_key(
                sha256=row["sha256"], doc_date=row["doc_date"], rules=rules
            )
        for row in self._rows("errors", columns=["source", "error"]):
            known[row["source"]] = stored_error_key(row["error"])
        return known

    def write(
        self, rows: Iterable[Row | None], *, part_size: int, replacing: Collection[str] = ()
    ) -> WriteSummary:
        """Add ``rows`` (``None`` = skipped input) as parts of ``part_size`` documents after the last part.

        A written source named in ``replacing`` (sources the folder held before) loses its older rows
        once the new parts are written, so a changed article is not counted twice.
        """
        first = index = self._next_index()
        batch: list[Row] = []
        written: set[str] = set()
        counts = {"documents": 0, "facts": 0, "errors": 0, "skipped": 0}
        for row in rows:
            if row is None:
                counts["skipped"] += 1
                continue
            batch.append(row)
            if len(batch) >= part_size:
                written |= self._write_part(index, batch, counts)
                index, batch = index + 1, []
        if batch:
            written |= self._write_part(index, batch, counts)
            index += 1
        self._drop_sources(written & set(replacing), before=first)
        return WriteSummary(**counts, parts=index - first)

    def facts(self) -> Iterator[Fact]:
        for row in self._rows("facts"):
            yield fact_from_row(row)

    def documents(self) -> Iterator[Document]:
        for row in self._rows("documents"):
            row.pop("rules", None)
            yield Document.model_validate(row)

    def errors(self) -> Iterator[ExtractError]:
        for row in self._rows("errors"):
            yield ExtractError.model_validate(row)

    def count(self, table: str) -> int:
        _, pq = _pyarrow()
        return sum(_read(pq.ParquetFile, path).metadata.num_rows for _index, path in self.parts(table))

    def write_conflicts(self, conflicts: list[Conflict]) -> None:
        """``conflicts.json``, left untouched when it already says the same (a rerun changes no byte)."""
        target = self.path / CONFLICTS
        payload = conflicts_to_json(conflicts)
        if not target.is_file() or target.read_bytes() != payload:
            write_atomic(target, payload)

    def _next_index(self) -> int:
        return 1 + max((index for table in TABLES for index, _ in self.parts(table)), default=-1)

    def _rows(self, table: str, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
        """Rows part by part: only one part's rows are held as Python objects at a time."""
        _, pq = _pyarrow()
        for _index, path in self.parts(table):
            yield from _read(pq.read_table, path, columns=columns).to_pylist()

    def _write_part(self, index: int, rows: list[Row], counts: dict[str, int]) -> set[str]:
        records = {
            "facts": [fact_row(fact) for row in rows for fact in row["facts"]],
            "documents": [{**row["document"], "rules": row["rules"]} for row in rows if row["document"]],
            "errors": [row["error"] for row in rows if row["error"] is not None],
        }
        pa, _ = _pyarrow()
        for table, table_rows in records.items():
            counts[table] += len(table_rows)
            if table_rows:
                self._write_table(table, index, pa.Table.from_pylist(table_rows, schema=SCHEMAS[table]()))
        return {r["source"] for r in (*records["documents"], *records["errors"])}

    def _write_table(self, table: str, index: int, data: Any) -> None:
        """Written whole, then renamed into place: a reader never sees half a part."""
        pa, pq = _pyarrow()
        sink = pa.BufferOutputStream()
        pq.write_table(data, sink)
        write_atomic(self.path / table / f"part-{index:05d}.parquet", sink.getvalue().to_pybytes())

    def _drop_sources(self, sources: set[str], *, before: int) -> None:
        """Remove the rows of ``sources`` from the parts numbered below ``before``."""
        if not sources:
            return
        pa, pq = _pyarrow()
        for table in TABLES:
            for index, path in self.parts(table):
                if index >= before:
                    continue
                names = _read(pq.read_table, path, columns=["source"]).column("source").to_pylist()
                keep = [name not in sources for name in names]
                if all(keep):
                    continue
                if any(keep):
                    self._write_table(table, index, _read(pq.read_table, path).filter(pa.array(keep)))
                else:
                    path.unlink()


def _read(reader: Any, path: Path, **options: Any) -> Any:
    """``reader(path)``; a damaged or foreign file is an ``UnreadablePart`` naming it."""
    pa, _ = _pyarrow()
    try:
        return reader(path, **options)
    except (pa.ArrowException, KeyError) as exc:  # KeyError: a column we need is not in the file
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise UnreadablePart(f"{path}: not a readable vnru-facts Parquet part ({reason})") from exc
