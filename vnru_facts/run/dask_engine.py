"""The Dask engine (``extract --engine dask [--scheduler ADDRESS]``): one archive, many machines.

Extraction is a pure function of (text, metadata) -> facts, so it maps onto Dask as it is. The inputs
go to the cluster in partitions of ``partition_size`` documents (file paths, or the records of .jsonl
news dumps); a worker reads its partition's files, extracts them with the pipeline it built once (the
pipeline is cached per process) and sends back plain records (``api.plain_result``): never Docs, nor
texts unless asked for. Reading and extraction are the functions the single-process path uses, so the
facts, their ids included, are the same.

Partitions are submitted as futures, a bounded number in flight, rather than as one ``dask.bag``
over all the inputs: a bag puts its whole sequence into the task graph (a dump's texts included),
while this keeps the memory of the process that drives the run flat in the size of the archive.
Each partition is one task with its own key: when a worker dies, Dask runs the task again on another
worker (up to ``distributed.scheduler.allowed-failures`` times) and the key still has one result, so
no document is lost or written twice.

On a real cluster every worker needs this package installed (the same version: each result names
the rules that made it) and the input files at the same paths (a shared file system); workers are
best started with one thread each (``dask worker ADDRESS --nthreads 1 --nworkers N``), as the
pipeline is CPU-bound Python. dask and distributed are imported only here, and only when this
engine is used: the default path needs neither.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Any

from vnru_facts import api
from vnru_facts.read import formats
from vnru_facts.read.sources import (
    MAX_BYTES,
    Article,
    UnreadableInput,
    _reason,
    dump_article,
    iter_paths,
    read_article,
    read_articles,
)
from vnru_facts.write import incremental

# Documents per partition (task) and per Parquet part: a task of a thousand news articles takes
# seconds, far above Dask's cost per task (about a millisecond), and a part holds a few thousand facts.
PARTITION_SIZE = 1000
# Partitions queued per worker thread beyond the one it runs: keeps workers busy, bounds memory.
AHEAD = 2
SCHEDULER_TIMEOUT = "10s"

# What a worker is sent per input: a file to read, a news-dump record, or an article read already
# (stdin, or an input that could not even be listed), each with the key an output folder holds for
# its source (``None``: extract it in any case).
Item = tuple[str, Any]
Task = tuple[Item, incremental.Key | None]


class MissingDask(ImportError):
    """dask or distributed is not installed; ``str(exc)`` says how to install them."""


class EngineError(RuntimeError):
    """The run cannot be completed on the cluster; ``str(exc)`` is the one-line reason."""


class SchedulerUnreachable(EngineError):
    """No Dask scheduler answered at the address given."""


class PartitionFailed(EngineError):
    """A partition failed on every worker that tried it, or raised."""


def check_installed() -> None:
    """Raise ``MissingDask`` unless dask and distributed can be imported."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise MissingDask("--engine dask needs dask and distributed: pip install 'vnru-facts[dask]'") from exc


def iter_extract_plain(
    paths: Iterable[str],
    *,
    doc_date: str | None = None,
    types: Sequence[str] | None = None,
    scheduler: str | None = None,
    workers: int = 1,
    partition_size: int = PARTITION_SIZE,
    known: Mapping[str, incremental.Key] | None = None,
    with_text: bool = False,
    max_bytes: int = MAX_BYTES,
) -> Iterator[dict[str, Any] | None]:
    """``api.iter_extract_plain`` on Dask, in input order: a plain result per input, ``None`` for an
    input that ``known`` holds under the same key (read by a worker, not extracted).

    ``scheduler``: the address of a running cluster (``tcp://host:8786``); without one, a
    ``LocalCluster`` of ``workers`` processes on this machine, listening on loopback only.
    """
    check_installed()
    items = _items(paths, doc_date=doc_date, max_bytes=max_bytes)
    tasks = ((item, (known or {}).get(_source(item))) for item in items)
    options = {
        "doc_date": doc_date,
        "types": list(types) if types else None,
        "with_text": with_text,
        "max_bytes": max_bytes,
    }
    with _client(scheduler, workers=workers) as client:
        yield from _run(client, tasks, partition_size=partition_size, options=options)


@contextmanager
def _client(scheduler: str | None, *, workers: int) -> Iterator[Any]:
    from distributed import Client

    if scheduler:
        try:
            client = Client(scheduler, timeout=SCHEDULER_TIMEOUT)
        except (OSError, ValueError) as exc:  # refused, timed out (TimeoutError), or a malformed address
            raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc
        with client:
            yield client
        return
    with local_cluster(workers) as cluster, Client(cluster) as client:
        yield client


def local_cluster(workers: int) -> Any:
    """A ``LocalCluster`` of ``workers`` processes of one thread each, on loopback only, no dashboard."""
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )


def _run(
    client: Any, tasks: Iterator[Task], *, partition_size: int, options: dict[str, Any]
) -> Iterator[dict[str, Any] | None]:
    run = uuid.uuid4().hex[:12]  # keys of concurrent runs on one shared cluster must not collide
    threads = max(1, sum(client.nthreads().values()))
    window: deque[tuple[Any, list[Task]]] = deque()
    index = 0
    while chunk := list(islice(tasks, partition_size)):
        key = f"vnru-facts-{run}-{index:06d}"
        window.append((client.submit(extract_partition, chunk, key=key, **options), chunk))
        index += 1
        if len(window) > AHEAD * threads:
            yield from _result(*window.popleft())
    while window:
        yield from _result(*window.popleft())


def _result(future: Any, chunk: list[Task]) -> list[dict[str, Any] | None]:
    try:
        rows: list[dict[str, Any] | None] = future.result()
    except Exception as exc:
        first = _source(chunk[0][0])
        raise PartitionFailed(
            f"the partition starting at {first} ({len(chunk)} inputs) failed: {type(exc).__name__}: {exc}"
        ) from exc
    finally:
        future.release()
    return rows


def extract_partition(
    tasks: list[Task],
    *,
    doc_date: str | None,
    types: list[str] | None,
    with_text: bool,
    max_bytes: int = MAX_BYTES,
) -> list[dict[str, Any] | None]:
    """On a worker: read each input, extract those whose key differs from the one given."""
    config = incremental.extraction_config(types)
    articles = [_article(item, doc_date, max_bytes) for item, _known in tasks]
    fresh = [
        known is None or incremental.document_key(article, config) != known
        for article, (_item, known) in zip(articles, tasks, strict=True)
    ]
    results = api._process((a for a, f in zip(articles, fresh, strict=True) if f), types=types, jobs=1)
    return [api.plain_result(next(results), rules=config, with_text=with_text) if f else None for f in fresh]


def _items(paths: Iterable[str], *, doc_date: str | None, max_bytes: int) -> Iterator[Item]:
    """What the workers are sent, one item per document, in the order the single-process path reads."""
    for source, path, error in iter_paths(paths):
        if error is not None:
            yield ("article", Article(source, error=error))
        elif path is None:  # stdin: only this process can read it
            stdin = read_articles(source, None, doc_date=doc_date, max_bytes=max_bytes)
            yield from (("article", article) for article in stdin)
        elif formats.is_news_dump(path):
            yield from _dump_items(source, path, max_bytes=max_bytes)
        else:
            yield ("file", (source, str(path)))


def _dump_items(source: str, path: Path, *, max_bytes: int) -> Iterator[Item]:
    try:
        for entry in formats.iter_dump_records(source, path, max_bytes=max_bytes):
            yield ("dump", entry)
    except (OSError, UnreadableInput) as exc:
        yield ("article", Article(source, error=_reason(exc)))


def _source(item: Item) -> str:
    kind, payload = item
    if kind == "file":
        return payload[0]
    return payload.source


def _article(item: Item, doc_date: str | None, max_bytes: int) -> Article:
    kind, payload = item
    if kind == "file":
        source, path = payload
        return read_article(source, Path(path), doc_date=doc_date, max_bytes=max_bytes)
    if kind == "dump":
        return dump_article(payload, doc_date=doc_date)
    return payload
