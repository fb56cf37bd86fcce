"""Run every command shown in README.md and docs/*.md, and check (or rewrite) the output pasted under it.

    .venv/bin/python tools/docs_outputs.py            # the outputs that differ; exit 1 if any
    .venv/bin/python tools/docs_outputs.py --write    # paste what the commands print now
    .venv/bin/python tools/docs_outputs.py --diff docs/commands.md   # one file, with the differences

What runs: each ```console block. In it, a line starting with "$ " is a command (a heredoc, "<<'PY'",
runs to its end marker; a line ending in "\\" continues); the lines after it, up to the next command,
are its output. Blocks fenced ```sh, ```text or ``` are illustrations and are never run (commands
whose output is not shown, or that need a cluster or the shared corpus).

Where: the commands of one file run in order, in one scratch folder holding copies of seeds/,
schemas/ and docs/examples/ and an empty out/, so that paths read as from the repository root and a
later block may use what an earlier one wrote (out/facts.csv). ``vnru-facts`` and ``python`` are
this interpreter's (run it with the repository's .venv); COLUMNS=100 and NO_COLOR=1 make tables
and colours the same on every run; stderr is merged into stdout, as a terminal shows both. Commands
that need jq, DuckDB or pandas need them installed (`pip install duckdb pandas`).

Facts change as the rules change: after a rule change, ``--write`` and a look at the diff keep the
documents true.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ("README.md", "docs/*.md")
# What the scratch folder holds: the inputs the documents' commands read.
COPIED = ("seeds", "schemas", "docs/examples")
ENVIRONMENT = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb", "PYTHONHASHSEED": "0"}
FENCE = re.compile(r"^```(\w*)\s*$")
HEREDOC = re.compile(r"<<-?\s*'?\"?(\w+)'?\"?")
TIMEOUT = 600


@dataclass
class Command:
    """One "$ " command of a console block: its lines (prompt dropped) and the output pasted under it."""

    script: list[str]
    output: list[str]
    first: int  # line index of the command in the file
    output_start: int  # line index of its first output line
    output_end: int  # one past its last output line


def console_commands(lines: list[str]) -> list[Command]:
    """The commands of every ```console block of a document, in order."""
    commands: list[Command] = []
    i = 0
    while i < len(lines):
        fence = FENCE.match(lines[i])
        if not fence:
            i += 1
            continue
        end = next((j for j in range(i + 1, len(lines)) if lines[j].startswith("```")), len(lines))
        if fence.group(1) == "console":
            commands += _block_commands(lines, i + 1, end)
        i = end + 1
    return commands


def _block_commands(lines: list[str], start: int, end: int) -> list[Command]:
    commands: list[Command] = []
    i = start
    while i < end:
        if not lines[i].startswith("$ "):
            i += 1  # text before the first command: a comment of the block
            continue
        first = i
        script = [lines[i][2:]]
        marker = HEREDOC.search(script[0])
        while i + 1 < end and (script[-1].endswith("\\") or marker):
            i += 1
            script.append(lines[i])
            if marker and lines[i].strip() == marker.group(1):
                marker = None
        i += 1
        out_start = i
        while i < end and not lines[i].startswith("$ "):
            i += 1
        commands.append(Command(script, lines[out_start:i], first, out_start, i))
    return commands


def scratch_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="vnru-docs-"))
    for name in COPIED:
        if (ROOT / name).exists():
            shutil.copytree(ROOT / name, folder / name)
    (folder / "out").mkdir()
    return folder


def run(command: Command, cwd: Path) -> list[str]:
    """What the command prints now, stdout and stderr together, trailing spaces dropped."""
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, **ENVIRONMENT, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        ["bash", "-c", "\n".join(command.script)],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    return [line.rstrip() for line in done.stdout.rstrip("\n").splitlines()]


def check_document(path: Path, *, write: bool, show_diff: bool) -> int:
    """Runs the document's commands; returns how many outputs differ (and rewrites them if ``write``)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    commands = console_commands(lines)
    if not commands:
        return 0
    folder = scratch_folder()
    changed = 0
    try:
        replacements: list[tuple[Command, list[str]]] = []
        for command in commands:
            now = run(command, folder)
            pasted = [line.rstrip() for line in command.output]
            blank = 0  # blank lines that separate this output from the next command are kept
            while pasted and not pasted[-1]:
                pasted.pop()
                blank += 1
            if now != pasted:
                changed += 1
                name = path.relative_to(ROOT)
                print(f"{name}:{command.first + 1}: $ {command.script[0]}", file=sys.stderr)
                if show_diff:
                    diff = difflib.unified_diff(pasted, now, "pasted", "now", lineterm="", n=1)
                    print("\n".join(diff), file=sys.stderr)
                replacements.append((command, now + [""] * blank))
        if write and replacements:
            for command, now in reversed(replacements):  # from the end: earlier line numbers stay valid
                lines[command.output_start : command.output_end] = now
            path.write_text("\n".join(lines), encoding="utf-8")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return changed


def documents(names: list[str]) -> list[Path]:
    if names:
        return [Path(name).resolve() for name in names]
    return sorted({p for pattern in DOCUMENTS for p in ROOT.glob(pattern)})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="documents to run (default: README.md and docs/*.md)")
    parser.add_argument("--write", action="store_true", help="paste the new output into the documents")
    parser.add_argument("--diff", action="store_true", help="print each difference")
    args = parser.parse_args(argv)
    changed = sum(check_document(p, write=args.write, show_diff=args.diff) for p in documents(args.files))
    verb = "rewritten" if args.write else "differ"
    print(f"{changed} pasted outputs {verb}", file=sys.stderr)
    return 1 if changed and not args.write else 0


if __name__ == "__main__":
    sys.exit(main())
