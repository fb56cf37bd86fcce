"""``vnru-facts diff A B``: facts only in A, only in B, and changed (same subject, other value)."""

from __future__ import annotations

from typing import Annotated

import typer

from vnru_facts.cli import app
from vnru_facts.cli.conflicts import load
from vnru_facts.cli.options import (
    MAX_BYTES_DEFAULT,
    DocDateOpt,
    Format,
    FormatOpt,
    JobsOpt,
    MaxBytesOpt,
    TypeOpt,
    check_doc_date,
    check_max_bytes,
    check_types,
    fail,
    resolve_format,
    stdout_console,
    write_stdout,
)


@app.command()
def diff(
    a: Annotated[str, typer.Argument(help="An article file or folder, or a facts export (.json/.jsonl).")],
    b: Annotated[str, typer.Argument(help="The same kinds of input, to compare with A.")],
    fmt: FormatOpt = None,
    types: TypeOpt = None,
    doc_date: DocDateOpt = None,
    jobs: JobsOpt = 1,
    max_bytes: MaxBytesOpt = MAX_BYTES_DEFAULT,
) -> None:
    """Compare the facts of two outlets, or of two runs: only in A, only in B, changed."""
    import orjson

    from vnru_facts.analyse.diff import diff_facts

    fmt = resolve_format(fmt)
    if fmt in (Format.csv, Format.jsonl):
        raise fail(f"diff prints json or table, not {fmt.value}")
    date, selected, cap = check_doc_date(doc_date), check_types(types), check_max_bytes(max_bytes)
    left = load([a], doc_date=date, types=selected, jobs=jobs, max_bytes=cap)
    right = load([b], doc_date=date, types=selected, jobs=jobs, max_bytes=cap)
    result = diff_facts(left.facts, right.facts)
    if fmt is Format.table:
        from vnru_facts.cli.render import diff_table

        stdout_console().print(diff_table(result, a=a, b=b))
    else:
        write_stdout(orjson.dumps(result.to_dict(), option=orjson.OPT_INDENT_2) + b"\n")
