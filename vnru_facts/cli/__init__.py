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

from vnru_facts.cli import conflicts, diff, extract, schema, show, timeline  # noqa: E402,F401  (commands register on app)


def main() -> None:
    """Run the CLI; usage errors are one line on stderr and exit 2 (no boxed panel, no traceback)."""
    import sys

    try:
        code = app(standalone_mode=False)
    except typer.TyperException as exc:
        code = _usage_error(exc)
    except (typer.Abort, KeyboardInterrupt):
        print("vnru-facts: interrupted", file=sys.stderr)
        code = 130
    sys.exit(code if isinstance(code, int) else 0)


def _usage_error(exc: typer.TyperException) -> int:
    """Print Click's message for a bad command line as one line: 'vnru-facts extract: No such option...'."""
    import sys

    ctx = getattr(exc, "ctx", None)
    if type(exc).__name__ == "NoArgsIsHelpError":
        return 2  # bare `vnru-facts`: Typer has printed the help, which is the answer
    command = ctx.command_path if ctx is not None else "vnru-facts"
    message = " ".join(exc.format_message().split())
    print(f"{command}: {message} (try '{command} --help')", file=sys.stderr)
    return int(getattr(exc, "exit_code", 2) or 2)
