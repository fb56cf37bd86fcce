"""``vnru-facts extract PATH...``: facts from articles, as JSON, JSONL, CSV or a table."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from vnru_facts.cli import app
from vnru_facts.cli.options import (
    DocDateOpt,
    Format,
    FormatOpt,
    JobsOpt,
    OutputOpt,
    TypeOpt,
    check_doc_date,
    check_types,
    fail,
    resolve_format,
    resolve_jobs,
    stderr,
    stdout_console,
    write_stdout,
)
from vnru_facts.cli.progress import track


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders (recursive); - for stdin.")],
    fmt: FormatOpt = None,
    output: OutputOpt = None,
    types: TypeOpt = None,
    doc_date: DocDateOpt = None,
    jobs: JobsOpt = 1,
) -> None:
    """Extract trade, investment, visit and agreement facts from articles."""
    from vnru_facts import api, export

    selected = check_types(types)
    date = check_doc_date(doc_date)
    fmt = resolve_format(fmt, output if output is None or output.suffix else None)
    _refuse_overwriting_inputs(output, paths)
    log = stderr()

    if fmt is Format.jsonl and output is None:
        # Streamed: each document's facts are written as soon as it is processed.
        n_docs = n_errors = 0
        results = api.iter_extract(paths, doc_date=date, types=selected, jobs=resolve_jobs(jobs))
        for result in track(results, console=log, paths=paths):
            _warn(log, result.warnings)
            if result.error is not None:
                n_errors += 1
                log.print(f"warning: {result.error.source}: {result.error.error}", markup=False)
                continue
            n_docs += 1
            write_stdout(export.to_jsonl(result.facts))
        if n_docs == 0 and n_errors:
            raise typer.Exit(2)
        return

    to_dir = output is not None and (output.is_dir() or not output.suffix)
    excerpts: dict[str, Any] = {}
    results = track(
        api.iter_extract(paths, doc_date=date, types=selected, jobs=resolve_jobs(jobs)),
        console=log,
        paths=paths,
    )
    results = _warning_as_they_come(log, results)
    result = api.collect(_keeping_excerpts(results, excerpts) if to_dir else results)
    for err in result.errors:
        log.print(f"warning: {err.source}: {err.error}", markup=False)
    if output is not None and to_dir:
        _writing_to(output, _write_dir, output, result, selected, excerpts)
        log.print(
            f"wrote {len(result.facts)} facts from {len(result.documents)} documents to {output}/",
            markup=False,
        )
    elif output is not None:
        _writing_to(output, export.write_atomic, output, _render(fmt, result, selected))
    elif fmt is Format.table:
        console = stdout_console()
        console.print(_table(result, width=console.width))
    else:
        write_stdout(_render(fmt, result, selected))
    if not result.documents and result.errors:
        raise typer.Exit(2)


def _render(fmt: Format, result, selected) -> bytes | str:  # type: ignore[no-untyped-def]
    from vnru_facts import export

    if fmt is Format.jsonl:
        return export.to_jsonl(result.facts)
    if fmt is Format.csv:
        return export.to_csv(result.facts, selected)
    return export.to_json(result)


def _table(result, *, width: int):  # type: ignore[no-untyped-def]
    from vnru_facts.cli.render import facts_table

    n = len(result.documents)
    title = f"{len(result.facts)} facts from {n} document{'s' * (n != 1)}"
    return facts_table(result.facts, title=title, width=width)


def _keeping_excerpts(results: Iterable[Any], excerpts: dict[str, Any]) -> Iterator[Any]:
    """Pass results through, keeping the lines around each document's evidence for report.html
    (only those lines: memory grows with the facts, not with the corpus)."""
    from vnru_facts import report

    for r in results:
        if r.document is not None and r.facts:
            excerpts[r.document.source] = report.excerpt(r.text, report.marks_of(r.facts))
        yield r


def _write_dir(directory: Path, result, selected, excerpts: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    from vnru_facts import export, report

    export.write_atomic(directory / "facts.json", export.to_json(result))
    export.write_atomic(directory / "facts.csv", export.to_csv(result.facts, selected))
    export.write_atomic(directory / "conflicts.json", export.conflicts_to_json(result.conflicts))
    export.write_atomic(directory / "report.html", report.report_page(result, excerpts))


def _writing_to(output: Path, write, *args) -> None:  # type: ignore[no-untyped-def]
    """Run a writer; a folder that cannot be created or a file that cannot be written is one line, exit 2."""
    try:
        write(*args)
    except OSError as exc:
        raise fail(f"cannot write {exc.filename or output}: {exc.strerror or exc}") from None


def _refuse_overwriting_inputs(output: Path | None, paths: list[str]) -> None:
    """An output file must not replace an input file, nor be an article file inside an input folder
    (the next run would read our JSON as an article)."""
    from vnru_facts.sources import ARTICLE_SUFFIXES

    if output is None:
        return
    targets = (
        [output]
        if output.suffix
        else [output / n for n in ("facts.json", "facts.csv", "conflicts.json", "report.html")]
    )
    inputs = [Path(p).resolve() for p in paths if p != "-"]
    for target in (t.resolve() for t in targets):
        if target in inputs:
            raise fail(f"refusing to overwrite input file {target}")
        # (report.html is exempt: the HTML reader recognises and skips our own reports.)
        readable_later = target.suffix.lower() in ARTICLE_SUFFIXES and target.name != "report.html"
        if readable_later and any(i in target.parents for i in inputs):
            raise fail(f"refusing to write {target} among the input articles")


def _warning_as_they_come(log, results: Iterable[Any]) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """Pass results through, printing each document's warnings (bad sidecar, dropped fact) on stderr."""
    for result in results:
        _warn(log, result.warnings)
        yield result


def _warn(log, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    for w in warnings:
        log.print(f"warning: {w}", markup=False)
