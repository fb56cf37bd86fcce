"""``vnru-facts conflicts PATH...``: where sources disagree, from articles or facts exports."""

from __future__ import annotations

from typing import Annotated

import typer

from vnru_facts.cli import app
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
    resolve_jobs,
    stderr,
    stdout_console,
    write_stdout,
)

FailOnConflictOpt = Annotated[
    bool, typer.Option("--fail-on-conflict", help="Exit with status 1 when any conflict is found.")
]


def load(  # type: ignore[no-untyped-def]
    paths: list[str], *, doc_date: str | None, types: list[str] | None, jobs: int, max_bytes: int
):
    """Facts from articles and facts exports; input problems become exit 2 with a one-line reason."""
    from vnru_facts import api
    from vnru_facts.errors import VnruError

    try:
        loaded = api.load_facts(
            paths, doc_date=doc_date, types=types, jobs=resolve_jobs(jobs), max_bytes=max_bytes
        )
    except VnruError as exc:
        raise fail(str(exc)) from None
    log = stderr()
    for err in loaded.errors:
        log.print(f"warning: {err.source}: {err.error}", markup=False)
    if not loaded.documents and not loaded.facts and loaded.errors:
        raise fail("no readable input")
    return loaded


@app.command()
def conflicts(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files or folders, or facts exports (.json/.jsonl from extract)."),
    ],
    fmt: FormatOpt = None,
    types: TypeOpt = None,
    doc_date: DocDateOpt = None,
    jobs: JobsOpt = 1,
    fail_on_conflict: FailOnConflictOpt = False,
    max_bytes: MaxBytesOpt = MAX_BYTES_DEFAULT,
) -> None:
    """Report where sources disagree: values, growth, counts, dates, sums, periods, roles and names."""
    from vnru_facts import api
    from vnru_facts.write import export

    loaded = load(
        paths,
        doc_date=check_doc_date(doc_date),
        types=check_types(types),
        jobs=jobs,
        max_bytes=check_max_bytes(max_bytes),
    )
    found = api.find_conflicts(loaded.facts, documents=loaded.documents)
    fmt = resolve_format(fmt)
    if fmt is Format.table:
        from vnru_facts.cli.render import conflicts_table

        n = len(found)
        title = f"{n} conflict{'s' * (n != 1)} among {len(loaded.facts)} facts"
        stdout_console().print(conflicts_table(found, title=title))
    elif fmt is Format.jsonl:
        write_stdout(export.to_jsonl(found))
    elif fmt is Format.csv:
        write_stdout(export.conflicts_to_csv(found))
    else:
        write_stdout(export.conflicts_to_json(found))
    if found and fail_on_conflict:
        raise typer.Exit(1)
