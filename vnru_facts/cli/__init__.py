"""The ``vnru-facts`` command line: thin Typer commands over ``vnru_facts.api``.

Each command lives in its own module and registers itself on ``app``; heavy imports (spaCy) happen
inside the commands so that ``--help`` is instant.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="vnru-facts",
    help="Structured, sourced facts from news about Vietnam-Russia relations, and where sources disagree.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

from vnru_facts.cli import conflicts, diff, extract, schema, show  # noqa: E402,F401  (commands register on app)


def main() -> None:
    app()
