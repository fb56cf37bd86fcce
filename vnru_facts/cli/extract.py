"""``vnru-facts extract PATH...``: facts from articles, as JSON, JSONL, CSV or a table."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer

from vnru_facts.cli import app
from vnru_facts.cli.options import (
    MAX_BYTES_DEFAULT,
    DocDateOpt,
    Engine,
    EngineOpt,
    ExtractFormat,
    ExtractFormatOpt,
    Format,
    IncrementalOpt,
    JobsOpt,
    MaxBytesOpt,
    OutputOpt,
    PartitionSizeOpt,
    SchedulerOpt,
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
from vnru_facts.cli.progress import track


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders (recursive); - for stdin.")],
    fmt: ExtractFormatOpt = None,
    output: OutputOpt = None,
    types: TypeOpt = None,
    doc_date: DocDateOpt = None,
    jobs: JobsOpt = 1,
    engine: EngineOpt = Engine.local,
    scheduler: SchedulerOpt = None,
    partition_size: PartitionSizeOpt = 1000,
    incremental: IncrementalOpt = False,
    max_bytes: MaxBytesOpt = MAX_BYTES_DEFAULT,
) -> None:
    """Extract trade, investment, visit and agreement facts from articles."""
    selected = check_types(types)
    date = check_doc_date(doc_date)
    runner = _Runner(engine, scheduler, resolve_jobs(jobs), partition_size, check_max_bytes(max_bytes))
    _refuse_overwriting_inputs(output, paths)
    if fmt is ExtractFormat.parquet or incremental:
        from vnru_facts.write.parquet import UnreadablePart

        folder = _parquet_folder(fmt, output, incremental=incremental)
        try:
            with _engine_errors(runner):
                _extract_to_parquet(
                    paths, folder, runner, doc_date=date, types=selected, incremental=incremental
                )
        except UnreadablePart as exc:
            raise fail(str(exc)) from None
        return
    plain_fmt = Format(fmt.value) if fmt is not None else None
    with _engine_errors(runner):
        _extract(
            paths,
            resolve_format(plain_fmt, output if output is None or output.suffix else None),
            output,
            runner,
            doc_date=date,
            types=selected,
        )


@dataclass(frozen=True)
class _Runner:
    """Where documents are extracted: here (``--jobs`` processes) or on a Dask cluster."""

    engine: Engine
    scheduler: str | None
    jobs: int
    partition_size: int
    max_bytes: int

    def __post_init__(self) -> None:
        if self.scheduler and self.engine is not Engine.dask:
            raise fail("--scheduler needs --engine dask")
        if self.engine is Engine.dask:
            from vnru_facts.run import dask_engine

            try:
                dask_engine.check_installed()
            except dask_engine.MissingDask as exc:
                raise fail(str(exc)) from None

    def plain(self, paths: list[str], **options: Any) -> Iterator[dict[str, Any] | None]:
        """``api.iter_extract_plain`` results, by the chosen engine."""
        from vnru_facts import api

        if self.engine is Engine.dask:
            from vnru_facts.run import dask_engine

            return dask_engine.iter_extract_plain(
                paths,
                scheduler=self.scheduler,
                workers=self.jobs,
                partition_size=self.partition_size,
                max_bytes=self.max_bytes,
                **options,
            )
        return api.iter_extract_plain(paths, jobs=self.jobs, max_bytes=self.max_bytes, **options)

    def results(  # type: ignore[no-untyped-def]
        self, paths: list[str], *, doc_date: str | None, types: list[str] | None, with_text: bool
    ):
        """``api.iter_extract`` results (models), by the chosen engine."""
        from vnru_facts import api

        if self.engine is Engine.local:
            return api.iter_extract(
                paths, doc_date=doc_date, types=types, jobs=self.jobs, max_bytes=self.max_bytes
            )
        plain = self.plain(paths, doc_date=doc_date, types=types, with_text=with_text)
        return (api.result_from_plain(row) for row in plain if row is not None)


def _extract(
    paths: list[str],
    fmt: Format,
    output: Path | None,
    runner: _Runner,
    *,
    doc_date: str | None,
    types: list[str] | None,
) -> None:
    from vnru_facts import api
    from vnru_facts.write import export

    log = stderr()
    if fmt is Format.jsonl and output is None:
        # Streamed: each document's facts are written as soon as it is processed.
        n_docs = n_errors = 0
        results = runner.results(paths, doc_date=doc_date, types=types, with_text=False)
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
        runner.results(paths, doc_date=doc_date, types=types, with_text=to_dir), console=log, paths=paths
    )
    results = _warning_as_they_come(log, results)
    result = api.collect(_keeping_excerpts(results, excerpts) if to_dir else results)
    for err in result.errors:
        log.print(f"warning: {err.source}: {err.error}", markup=False)
    if output is not None and to_dir:
        _writing_to(output, _write_dir, output, result, types, excerpts)
        log.print(
            f"wrote {len(result.facts)} facts from {len(result.documents)} documents to {output}/",
            markup=False,
        )
    elif output is not None:
        _writing_to(output, export.write_atomic, output, _render(fmt, result, types))
    elif fmt is Format.table:
        console = stdout_console()
        console.print(_table(result, width=console.width))
    else:
        write_stdout(_render(fmt, result, types))
    if not result.documents and result.errors:
        raise typer.Exit(2)


def _parquet_folder(fmt: ExtractFormat | None, output: Path | None, *, incremental: bool):  # type: ignore[no-untyped-def]
    """The Parquet folder ``-o DIR`` names; one line and exit 2 for what cannot be one."""
    if fmt not in (None, ExtractFormat.parquet):
        raise fail(f"--incremental adds to a Parquet folder; it cannot be used with --format {fmt.value}")
    option = "--incremental" if incremental else "--format parquet"
    if output is None or (output.suffix and not output.is_dir()):
        raise fail(f"{option} writes a folder: give it with -o DIR")
    from vnru_facts.write.parquet import MissingPyarrow, ParquetFolder, fact_schema

    try:
        fact_schema()
    except MissingPyarrow as exc:
        raise fail(str(exc)) from None
    return ParquetFolder(output)


def _extract_to_parquet(  # type: ignore[no-untyped-def]
    paths: list[str],
    folder,
    runner: _Runner,
    *,
    doc_date: str | None,
    types: list[str] | None,
    incremental: bool,
) -> None:
    """Write (or add, ``incremental``) the facts, documents and errors as Parquet parts, then the
    conflicts over everything the folder holds, read back from its facts (never from texts)."""
    from vnru_facts import api

    log = stderr()
    known = _writing_to(folder.path, folder.known) if incremental else {}
    if not incremental:
        _writing_to(folder.path, folder.clear)
    rows = runner.plain(paths, doc_date=doc_date, types=types, known=known)
    rows = _warning_rows(log, track(rows, console=log, paths=paths))
    summary = _writing_to(folder.path, folder.write, rows, part_size=runner.partition_size, replacing=known)
    conflicts = api.find_conflicts(list(folder.facts()), documents=list(folder.documents()))
    _writing_to(folder.path, folder.write_conflicts, conflicts)
    skipped = f" ({summary.skipped} unchanged, skipped)" if incremental else ""
    log.print(
        f"wrote {summary.facts} facts from {summary.documents} documents{skipped} to {folder.path}/; "
        f"it holds {folder.count('facts')} facts from {folder.count('documents')} documents, "
        f"{len(conflicts)} conflicts",
        markup=False,
    )
    if not summary.documents and summary.errors and not summary.skipped:
        raise typer.Exit(2)


def _warning_rows(log, rows: Iterable[Any]) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    """Pass plain results through, printing their warnings and errors on stderr."""
    for row in rows:
        if row is not None:
            _warn(log, row["warnings"])
            if row["error"] is not None:
                log.print(f"warning: {row['error']['source']}: {row['error']['error']}", markup=False)
        yield row


@contextmanager
def _engine_errors(runner: _Runner) -> Iterator[None]:
    """A cluster that cannot be reached or a partition that failed everywhere: one line, exit 2."""
    if runner.engine is not Engine.dask:
        yield
        return
    from vnru_facts.run.dask_engine import EngineError

    try:
        yield
    except EngineError as exc:
        raise fail(str(exc)) from None


def _render(fmt: Format, result, selected) -> bytes | str:  # type: ignore[no-untyped-def]
    from vnru_facts.write import export

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
    from vnru_facts.report import highlight as report

    for r in results:
        if r.document is not None and r.facts:
            excerpts[r.document.source] = report.excerpt(r.text, report.marks_of(r.facts))
        yield r


def _write_dir(directory: Path, result, selected, excerpts: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    from vnru_facts.report import highlight as report
    from vnru_facts.write import export

    export.write_atomic(directory / "facts.json", export.to_json(result))
    export.write_atomic(directory / "facts.csv", export.to_csv(result.facts, selected))
    export.write_atomic(directory / "conflicts.json", export.conflicts_to_json(result.conflicts))
    export.write_atomic(directory / "report.html", report.report_page(result, excerpts))


def _writing_to(output: Path, write, *args, **kwargs):  # type: ignore[no-untyped-def]
    """Run a writer; a folder that cannot be created or a file that cannot be written is one line, exit 2."""
    try:
        return write(*args, **kwargs)
    except OSError as exc:
        raise fail(f"cannot write {exc.filename or output}: {exc.strerror or exc}") from None


def _refuse_overwriting_inputs(output: Path | None, paths: list[str]) -> None:
    """An output file must not replace an input file, nor be an article file inside an input folder
    (the next run would read our JSON as an article)."""
    from vnru_facts.read.sources import ARTICLE_SUFFIXES

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
