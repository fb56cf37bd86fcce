"""``vnru-facts schema [TYPE]``: the JSON Schema of the output, generated from the models."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from vnru_facts.cli import app
from vnru_facts.cli.options import fail, write_stdout


@app.command()
def schema(
    name: Annotated[
        str | None,
        typer.Argument(
            help="facts-document (default), fact, conflict, timeline, or a fact type: trade, visit, ..."
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write every schema into this folder.")
    ] = None,
) -> None:
    """Print the JSON Schema of the output, or write all schemas into a folder."""
    from vnru_facts.write import export
    from vnru_facts.write.schemas import SCHEMAS, schema_bytes

    if output is not None:
        for key in SCHEMAS:
            export.write_atomic(output / f"{key}.schema.json", schema_bytes(key))
        return
    key = name or "facts-document"
    if key not in SCHEMAS:
        raise fail(f"unknown schema {key!r} (choose from {', '.join(SCHEMAS)})")
    write_stdout(schema_bytes(key))
