"""Running the extract pipeline over a stream of articles: in this process, or in worker processes.

Both paths yield ``(article, records)`` in input order, with ``records`` the plain fact and people
dicts of the article (``None`` for an article that could not be read), and both keep only a bounded
number of articles in flight, so memory does not grow with the number of documents.

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
from itertools import islice
from multiprocessing.pool import AsyncResult
from typing import Any

from vnru_facts.sources import Article

Records = tuple[list[dict[str, Any]], list[dict[str, Any]]]
# Articles per task sent to a worker: large enough that pickling and queueing cost little per
# document, small enough that the first results stream out early.
CHUNK = 16
# Tasks queued per worker ahead of the one being read: keeps workers busy, bounds memory.
AHEAD = 2


def run(articles: Iterable[Article], *, jobs: int = 1) -> Iterator[tuple[Article, Records | None]]:
    """Each article with its records, in input order. ``jobs``: worker processes, 0 = all cores."""
    jobs = (os.cpu_count() or 1) if jobs <= 0 else jobs
    if jobs == 1:
        return _run_here(articles)
    return _run_pool(articles, jobs)


def _run_here(articles: Iterable[Article]) -> Iterator[tuple[Article, Records | None]]:
    from vnru_facts.components.base import DatedText
    from vnru_facts.pipeline import get_extract_pipeline  # spaCy loads only when text is processed

    nlp = get_extract_pipeline()
    # Articles handed to nlp.pipe and not yet answered; spaCy reads ahead by one batch at most.
    pending: deque[Article] = deque()

    def texts() -> Iterator[DatedText]:
        for article in articles:
            pending.append(article)
            if article.error is None:
                yield DatedText(article.text, article.doc_date)

    for doc in nlp.pipe(texts(), batch_size=CHUNK):
        while pending[0].error is not None:
            yield pending.popleft(), None
        yield pending.popleft(), (doc._.vnru_facts or [], doc._.vnru_people or [])
    while pending:
        yield pending.popleft(), None


def _run_pool(articles: Iterable[Article], jobs: int) -> Iterator[tuple[Article, Records | None]]:
    if multiprocessing.get_start_method() == "fork":
        _start_worker()  # forked workers then inherit the built pipeline and its compiled patterns
    stream = iter(articles)
    window: deque[tuple[list[Article], AsyncResult[list[Records]]]] = deque()
    # The default start method: fork on Linux; workers build their pipeline once either way.
    with multiprocessing.get_context().Pool(jobs, initializer=_start_worker) as pool:
        while chunk := list(islice(stream, CHUNK)):
            texts = [(a.text, a.doc_date) for a in chunk if a.error is None]
            window.append((chunk, pool.apply_async(_extract_chunk, (texts,))))
            if len(window) > AHEAD * jobs:
                yield from _answered(*window.popleft())
        while window:
            yield from _answered(*window.popleft())


def _answered(
    chunk: list[Article], task: AsyncResult[list[Records]]
) -> Iterator[tuple[Article, Records | None]]:
    records = iter(task.get())
    for article in chunk:
        yield article, (next(records) if article.error is None else None)


# One sentence that reaches every component, so that patterns compiled on first use are compiled.
_WARM_UP = "Vietnam-Russia trade reached US$4.57 billion in 2024, Deputy Prime Minister Tran Hong Ha said."


def _start_worker() -> None:
    """Build the pipeline and compile its patterns once per worker, before the first task."""
    from vnru_facts.pipeline import get_extract_pipeline

    get_extract_pipeline()(_WARM_UP)


def _extract_chunk(texts: list[tuple[str, str | None]]) -> list[Records]:
    """In a worker: the records of each (text, document date)."""
    from vnru_facts.components.base import DatedText
    from vnru_facts.pipeline import get_extract_pipeline

    nlp = get_extract_pipeline()
    docs = nlp.pipe((DatedText(text, date) for text, date in texts), batch_size=CHUNK)
    return [(doc._.vnru_facts or [], doc._.vnru_people or []) for doc in docs]
