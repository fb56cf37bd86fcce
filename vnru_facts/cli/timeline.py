"""``vnru-facts timeline PATH...``: each period's value from every source, the best supported one, and
where sources conflict."""

from __future__ import annotations

from enum import Enum
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
    check_doc_date,
    check_max_bytes,
    resolve_format,
    stderr,
    stdout_console,
    write_stdout,
)


class FlowChoice(str, Enum):
    total = "total"
    export = "export"
    import_ = "import"


class SeriesChoice(str, Enum):
    trade = "trade"
    investment = "investment"


class StatusChoice(str, Enum):
    actual = "actual"
    target = "target"
    forecast = "forecast"


FlowOpt = Annotated[
    FlowChoice,
    typer.Option(
        "--flow",
        help="total; export = Vietnam's exports to Russia (Russia's imports from Vietnam); import = the "
        "other way. For investment: export = Vietnam's in Russia, import = Russia's in Vietnam, "
        "total = both.",
    ),
]
SeriesOpt = Annotated[
    SeriesChoice, typer.Option("--type", "-t", help="trade (bilateral, all goods) or investment (stocks).")
]
StatusOpt = Annotated[
    StatusChoice | None,
    typer.Option("--status", help="Only actual figures, targets or forecasts; default: all, listed apart."),
]


@app.command()
def timeline(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files or folders, or facts exports (.json/.jsonl from extract)."),
    ],
    flow: FlowOpt = FlowChoice.total,
    series: SeriesOpt = SeriesChoice.trade,
    status: StatusOpt = None,
    fmt: FormatOpt = None,
    doc_date: DocDateOpt = None,
    jobs: JobsOpt = 1,
    max_bytes: MaxBytesOpt = MAX_BYTES_DEFAULT,
) -> None:
    """Vietnam-Russia trade (or investment) per period: every source's value with its interval, the value
    with the most independent support, and a mark where sources conflict."""
    from vnru_facts.analyse import timeline as tl

    # Every fact type is read: copies of one story are recognised from all the facts they share.
    date, cap = check_doc_date(doc_date), check_max_bytes(max_bytes)
    loaded = load(paths, doc_date=date, types=None, jobs=jobs, max_bytes=cap)
    built = tl.build_timeline(
        loaded.facts,
        documents=loaded.documents,
        series=series.value,  # type: ignore[arg-type]
        flow=flow.value,  # type: ignore[arg-type]
        status=status.value if status else None,  # type: ignore[arg-type]
    )
    fmt = resolve_format(fmt)
    if fmt is Format.table:
        _print_tables(built)
    elif fmt is Format.jsonl:
        from vnru_facts.write.export import to_jsonl

        write_stdout(to_jsonl(built.rows))
    elif fmt is Format.csv:
        write_stdout(tl.timeline_to_csv(built))
    else:
        write_stdout(tl.timeline_to_json(built))


def _print_tables(built) -> None:  # type: ignore[no-untyped-def]
    from vnru_facts.cli.render import timeline_tables

    console = stdout_console()
    if not built.rows:
        stderr().print(f"no {built.type} values with a period for --flow {built.flow}", markup=False)
    for number, table in enumerate(timeline_tables(built)):
        if number:
            console.print()
        console.print(table)
    if built.left_out:
        n = built.left_out
        stderr().print(f"{n} value{'s' * (n != 1)} without a period left out", markup=False)
