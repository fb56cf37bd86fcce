"""Options shared by every command, declared once, and the stdout/stderr helpers."""

from __future__ import annotations

import os
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class ExtractFormat(str, Enum):
    """``extract`` also writes Parquet folders; the other commands print what ``Format`` lists."""

    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"
    parquet = "parquet"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


FormatOpt = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="Output format; default: table on a terminal, json when piped."),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to FILE, or to DIR as facts.json, facts.csv, conflicts.json and report.html "
        "(with -f parquet: Parquet parts and conflicts.json).",
    ),
]
TypeOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--type", "-t", help="Only these fact types (repeatable): trade, investment, visit, agreement."
    ),
]
DocDateOpt = Annotated[
    str | None,
    typer.Option(
        "--doc-date", help="Document date YYYY-MM-DD for every input (overrides sidecars and text)."
    ),
]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", help="Worker processes; 0 = all cores.", min=0)]
MaxBytesOpt = Annotated[
    str,
    typer.Option(
        "--max-bytes",
        metavar="SIZE",
        help="Refuse any input (file, stdin, line of a .jsonl dump) bigger than SIZE bytes, unread: "
        "an errors entry. Suffix k, M or G for binary multiples.",
        show_default=True,
    ),
]
# The default of --max-bytes, as the option shows it (read.sources.MAX_BYTES).
MAX_BYTES_DEFAULT = "32M"
ExtractFormatOpt = Annotated[
    ExtractFormat | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format; default: table on a terminal, json when piped. parquet: a folder (-o DIR).",
    ),
]
EngineOpt = Annotated[
    Engine,
    typer.Option(
        "--engine",
        help="local: this process (or --jobs workers); dask: a Dask cluster (needs the dask extra).",
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option(
        "--scheduler",
        help="A running Dask scheduler (tcp://host:8786); default: a local cluster of --jobs workers.",
    ),
]
PartitionSizeOpt = Annotated[
    int,
    typer.Option(
        "--partition-size",
        help="Documents per Dask task and per Parquet part file.",
        min=1,
        show_default=True,
    ),
]
IncrementalOpt = Annotated[
    bool,
    typer.Option(
        "--incremental",
        help="Add to the Parquet folder -o DIR: skip inputs it holds already (same text, date and rules).",
    ),
]

FACT_TYPE_NAMES = ("trade", "investment", "visit", "agreement")


def stderr() -> Console:
    # soft_wrap: a warning about a long path stays one line (greppable), never folded at 80 columns.
    return Console(stderr=True, no_color=bool(os.environ.get("NO_COLOR")), highlight=False, soft_wrap=True)


def stdout_console() -> Console:
    return Console(no_color=bool(os.environ.get("NO_COLOR")), highlight=False)


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print a one-line reason on stderr; return the Exit to raise."""
    stderr().print(f"vnru-facts: {message}", markup=False, soft_wrap=True)  # one line, however long
    return typer.Exit(code)


def resolve_format(fmt: Format | None, output: Path | None = None) -> Format:
    """An explicit --format wins; else from the output suffix; else table on a terminal, json when piped."""
    if fmt is not None:
        return fmt
    if output is not None and output.suffix.lower().lstrip(".") in ("json", "jsonl", "csv"):
        return Format(output.suffix.lower().lstrip("."))
    if output is not None:
        return Format.json
    return Format.table if sys.stdout.isatty() else Format.json


def check_types(types: list[str] | None) -> list[str] | None:
    if not types:
        return None
    bad = [t for t in types if t not in FACT_TYPE_NAMES]
    if bad:
        raise fail(f"unknown --type {', '.join(bad)} (choose from {', '.join(FACT_TYPE_NAMES)})")
    return list(dict.fromkeys(types))


def check_doc_date(value: str | None) -> str | None:
    from vnru_facts.read.sources import valid_date

    if value is None:
        return None
    # A real calendar date: "2024-13-45" passes a pattern but breaks every date resolved against it.
    if not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value) or valid_date(value) is None:
        raise fail(f"--doc-date must be a date YYYY-MM-DD, got {value!r}")
    return value


_SIZE = re.compile(r"(\d+)\s*(?:([kmg])i?)?b?", re.IGNORECASE)
_MULTIPLES = {"": 1, "k": 2**10, "m": 2**20, "g": 2**30}


def check_max_bytes(value: str) -> int:
    """``--max-bytes`` in bytes: "33554432", "32M", "32MB", "512k" (binary multiples)."""
    m = _SIZE.fullmatch(value.strip())
    if m is None or int(m.group(1)) == 0:
        raise fail(f"--max-bytes must be a size such as 32M, 512k or 1000000, got {value!r}")
    return int(m.group(1)) * _MULTIPLES[(m.group(2) or "").lower()]


def resolve_jobs(jobs: int) -> int:
    return (os.cpu_count() or 1) if jobs == 0 else jobs


def write_stdout(data: bytes | str) -> None:
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly with 0, as the data it wanted was delivered.
        # Point stdout at devnull so that Python's final flush does not complain (Python docs, SIGPIPE).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0) from None
