"""A progress bar on stderr for long runs: shown only to a person watching a terminal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

T = TypeVar("T")
# Below this many documents a run ends before a bar would tell anyone anything.
FEW_DOCUMENTS = 3


def wants_progress(console: Console, total: int | None) -> bool:
    """Only on a terminal (never when stderr is piped or captured), and only for more than a few documents."""
    return console.is_terminal and not console.is_dumb_terminal and (total is None or total > FEW_DOCUMENTS)


def count_documents(paths: Sequence[str]) -> int:
    """How many documents the inputs hold: files, and the non-blank lines of .jsonl news dumps."""
    from vnru_facts.read import formats
    from vnru_facts.read.sources import iter_paths

    total = 0
    for _source, path, err in iter_paths(paths):
        total += _dump_lines(path) if not err and formats.is_news_dump(path) else 1
    return total


def _dump_lines(path: Path | None) -> int:
    from vnru_facts.read import formats
    from vnru_facts.read.sources import UnreadableInput

    if path is None:
        return 1
    try:
        return formats.count_dump_records(path)
    except (OSError, UnreadableInput):
        return 1


def track(
    items: Iterable[T], *, console: Console, paths: Sequence[str], label: str = "extracting"
) -> Iterator[T]:
    """Yield ``items`` unchanged, advancing a bar per item when ``wants_progress``.

    The bar is transient: it disappears when done, leaving only the run's messages on stderr. Messages
    printed on the same console while it runs appear above it.
    """
    if not console.is_terminal:  # counting the inputs is only worth it when a bar may be shown
        yield from items
        return
    total = count_documents(paths)
    if not wants_progress(console, total):
        yield from items
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(label, total=total)
        for item in items:
            yield item
            progress.advance(task)
