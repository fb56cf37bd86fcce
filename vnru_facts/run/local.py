"""Running the extract pipeline over a stream of articles: in this process, or in worker processes.

Both paths yield ``(article, records)`` in input order, with ``records`` the plain fact and people
dicts of the article (``None`` for an article that could not be read), and both keep only a bounded
number of articles in flight, so memory does not grow with the number of documents. With workers,
plain files are also read (and their document date found) in the workers, so the main process only
puts results in order and writes them.

A text longer than half a million characters is read in parts (``run.parts``), so that the memory
one article takes stays bounded; its records are those of the whole text.

Why not ``nlp.pipe(n_process=N)``: spaCy sends each Doc back from its worker with ``Doc.to_bytes``,
and every (de)serialisation looks up srsly's msgpack extension registry, which scans all of
catalogue's registered functions and the installed packages' entry points: about 3 ms per Doc on
each side even for an empty Doc, in the main process too. Workers here run ``nlp.pipe`` themselves
and return the records, pickled, for a fraction of that.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any

from vnru_facts.read.sources import MAX_BYTES, Article, iter_paths, read_articles

Records = tuple[list[dict[str, Any]], list[dict[str, Any]]]
Result = tuple[Article, Records | None]
Source = tuple[str, Path | None, str | None]  # (source, path, error) as iter_paths gives them
# One input of a worker task: a file for the worker to read, or articles read already.
Input = tuple[Source] | tuple[Article, ...]
# How files are read: the document date for every input (None: each its own) and the cap per input.
Reading = tuple[str | None, int]

# Inputs per task sent to a worker: large enough that pickling and queueing cost little per
# document, small enough that the first results stream out early.
CHUNK = 16
# Tasks queued per worker ahead of the one being read: keeps workers busy, bounds memory.
AHEAD = 2
# One sentence that reaches every component, so that patterns compiled on first use are compiled.
_WARM_UP = "Vietnam-Russia trade reached US$4.57 billion in 2024, Deputy Prime Minister Tran Hong Ha said."


def run(articles: Iterable[Article], *, jobs: int = 1) -> Iterator[Result]:
    """Each article (read already) with its records, in input order. ``jobs``: 0 = all cores."""
    jobs = _resolve(jobs)
    if jobs == 1:
        return _run_here(articles)
    return _run_pool(((article,) for article in articles), jobs, reading=(None, MAX_BYTES))


def run_paths(
    paths: Iterable[str], *, doc_date: str | None = None, max_bytes: int = MAX_BYTES, jobs: int = 1
) -> Iterator[Result]:
    """Each article of the files and folders named (recursive; "-" is stdin), with its records.
    ``max_bytes``: the cap on each input (``read.sources.read_articles``)."""
    jobs = _resolve(jobs)
    if jobs == 1:
        return _run_here(read_paths(paths, doc_date=doc_date, max_bytes=max_bytes))
    # Stdin and news dumps (many articles, streamed) are read here; plain files by the workers.
    reading = (doc_date, max_bytes)
    inputs = ((src,) if _worker_can_read(src) else tuple(_read(src, reading)) for src in iter_paths(paths))
    return _run_pool(inputs, jobs, reading=reading)


def read_paths(
    paths: Iterable[str], *, doc_date: str | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[Article]:
    """Each article of the files and folders named, read in this process (records are not extracted)."""
    reading = (doc_date, max_bytes)
    return (article for src in iter_paths(paths) for article in _read(src, reading))


def _resolve(jobs: int) -> int:
    return (os.cpu_count() or 1) if jobs <= 0 else jobs


def _worker_can_read(src: Source) -> bool:
    from vnru_facts.read import formats

    _source, path, err = src
    return err is None and path is not None and not formats.is_news_dump(path)


def _read(src: Source, reading: Reading) -> Iterator[Article]:
    source, path, err = src
    if err:
        return iter([Article(source, error=err)])
    doc_date, max_bytes = reading
    return read_articles(source, path, doc_date=doc_date, max_bytes=max_bytes)


def _run_here(articles: Iterable[Article]) -> Iterator[Result]:
    from vnru_facts.extract.components.base import DatedText
    from vnru_facts.pipeline import get_extract_pipeline  # spaCy loads only when text is processed
    from vnru_facts.run import parts

    stream = iter(articles)
    first = next(stream, None)
    if first is None:
        return  # nothing to do (an incremental run with no new document): the pipeline is not built
    nlp = get_extract_pipeline()
    # Articles handed to nlp.pipe and not yet answered; spaCy reads ahead by one batch at most.
    pending: deque[Article] = deque()

    def texts() -> Iterator[DatedText]:
        for article in chain([first], stream):
            pending.append(article)
            if article.error is None:
                yield DatedText(article.text, article.doc_date)

    for records in parts.records_of(nlp, texts(), batch_size=CHUNK):
        while pending[0].error is not None:
            yield pending.popleft(), None
        yield pending.popleft(), records
    while pending:
        yield pending.popleft(), None


def _run_pool(inputs: Iterable[Input], jobs: int, *, reading: Reading) -> Iterator[Result]:
    if multiprocessing.get_start_method() == "fork":
        _start_worker()  # forked workers then inherit the built pipeline and its compiled patterns
    stream = iter(inputs)
    window: deque[AsyncResult[list[Result]]] = deque()
    # The default start method: fork on Linux; workers build their pipeline once either way.
    with multiprocessing.get_context().Pool(jobs, initializer=_start_worker) as pool:
        while chunk := list(islice(stream, CHUNK)):
            window.append(pool.apply_async(_read_and_extract, (chunk, reading)))
            if len(window) > AHEAD * jobs:
                yield from window.popleft().get()
        while window:
            yield from window.popleft().get()


def _start_worker() -> None:
    """Build the pipeline and compile its patterns once per worker, before the first task."""
    from vnru_facts.pipeline import get_extract_pipeline

    get_extract_pipeline()(_WARM_UP)


def _read_and_extract(chunk: list[Input], reading: Reading) -> list[Result]:
    """In a worker: read the chunk's files, then find the records of each readable article."""
    articles: list[Article] = []
    for item in chunk:
        if isinstance(item[0], Article):
            articles.extend(item)  # type: ignore[arg-type]
        else:
            articles.extend(_read(item[0], reading))
    records = iter(_extract([(a.text, a.doc_date) for a in articles if a.error is None]))
    return [(a, next(records) if a.error is None else None) for a in articles]


def _extract(texts: list[tuple[str, str | None]]) -> list[Records]:
    """The records of each (text, document date)."""
    from vnru_facts.extract.components.base import DatedText
    from vnru_facts.pipeline import get_extract_pipeline
    from vnru_facts.run import parts

    nlp = get_extract_pipeline()
    return list(parts.records_of(nlp, (DatedText(text, date) for text, date in texts), batch_size=CHUNK))
