"""``vnru-facts show FILE``: the article with every fact's evidence highlighted, and the facts under it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Group
from rich.rule import Rule
from rich.text import Text

from vnru_facts.cli import app
from vnru_facts.cli.options import (
    MAX_BYTES_DEFAULT,
    DocDateOpt,
    MaxBytesOpt,
    TypeOpt,
    check_doc_date,
    check_max_bytes,
    check_types,
    fail,
    stderr,
    stdout_console,
)


@app.command()
def show(
    file: Annotated[
        str,
        typer.Argument(
            help="An article (.txt, .md, .html, .jsonl dump; DUMP.jsonl#ID for one record), or - for stdin."
        ),
    ],
    html: Annotated[
        Path | None,
        typer.Option("--html", help="Also write the same view as a standalone HTML page to this file."),
    ] = None,
    types: TypeOpt = None,
    doc_date: DocDateOpt = None,
    max_bytes: MaxBytesOpt = MAX_BYTES_DEFAULT,
) -> None:
    """Show an article with every fact's evidence highlighted by type, and a numbered list of the facts."""
    from vnru_facts import api
    from vnru_facts.report import highlight as report
    from vnru_facts.write import export

    selected = check_types(types)
    date, cap = check_doc_date(doc_date), check_max_bytes(max_bytes)
    path, record = split_record(file)
    results = [
        r
        for r in api.iter_extract([path], doc_date=date, types=selected, max_bytes=cap)
        if record is None or r.document is None or r.document.source == file
    ]
    for r in results:
        if r.error is not None:
            raise fail(f"{r.error.source}: {r.error.error}")
    if not results:
        raise fail(f"no record {record!r} in {path}")

    console = stdout_console()
    for r in results:
        # Piped output keeps the article's own lines; a terminal gets Rich's word wrapping.
        console.print(article_view(r.document, r.text, r.facts), soft_wrap=not console.is_terminal)
    if html is not None:
        pages = [
            report.article_page(document=r.document, source=r.document.source, text=r.text, facts=r.facts)
            for r in results
        ]
        export.write_atomic(html, "\n".join(pages) if len(pages) == 1 else _one_page(pages))
        stderr().print(f"wrote {html}", markup=False)


def split_record(file: str) -> tuple[str, str | None]:
    """``dump.jsonl#7`` names one record of a news dump; a path that exists as written is just a path."""
    if "#" not in file or Path(file).exists():
        return file, None
    path, _, record = file.rpartition("#")
    return path, record


def article_view(document: Any, text: str, facts: list[Any]) -> Group:
    """Title, the text with each evidence in its type's colour and ``[n]`` after it, then the facts."""
    from vnru_facts.cli.render import TYPE_STYLE
    from vnru_facts.report.describe import summary
    from vnru_facts.report.highlight import marks_of, pieces

    marks = marks_of(facts)
    body = Text()
    for piece in pieces(text, marks):
        if piece.mark is None:
            body.append(piece.text)
            continue
        color = TYPE_STYLE.get(piece.mark.type, "")
        # Underline and bold keep the highlight visible when NO_COLOR strips the colours.
        body.append(piece.text, style=f"bold {color}" if piece.label else f"underline {color}")
    listing = Text()
    for mark, fact in zip(marks, facts, strict=True):
        listing.append(f"{mark.number:>3}. ", style="bold")
        listing.append(f"{fact.type:<10}", style=TYPE_STYLE.get(fact.type, ""))
        listing.append(f" {summary(fact)}\n")
    if not facts:
        listing.append("no facts found\n", style="dim")
    title = document.title or document.source
    when = f" · dated {document.doc_date} ({document.doc_date_origin})" if document.doc_date else ""
    header = Text.assemble((title, "bold"), "\n", (f"{document.source}{when}", "dim"))
    counted = f"{len(facts)} fact{'s' * (len(facts) != 1)}"
    return Group(header, Rule(style="dim"), body, Rule(counted, style="dim"), listing)


def _one_page(pages: list[str]) -> str:
    """Several records of a dump on one page: the bodies of their pages, one after another."""
    bodies = [page.split("<body>\n", 1)[1].rsplit("\n</body>", 1)[0] for page in pages]
    head = pages[0].split("<body>\n", 1)[0]
    return f"{head}<body>\n" + "\n<hr>\n".join(bodies) + "\n</body>\n</html>\n"
