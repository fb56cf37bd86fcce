"""The Python API: ``extract_text``, ``extract_paths``, ``iter_extract`` and ``find_conflicts``.

Returns the Pydantic models of ``vnru_facts.models``; never prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from vnru_facts.analyse import conflicts as _conflicts
from vnru_facts.errors import COMPONENT_FAILURE
from vnru_facts.models import (
    FACT_ADAPTER,
    FACT_TYPES,
    Conflict,
    Document,
    ExtractError,
    Fact,
    FactsDocument,
    PersonMention,
    fact_id,
)
from vnru_facts.read.sources import MAX_BYTES, Article, choose_doc_date
from vnru_facts.write.incremental import Key


@dataclass
class DocumentResult:
    """What one article gave: its document record, its facts, or an error."""

    document: Document | None
    facts: list[Fact] = field(default_factory=list)
    error: ExtractError | None = None
    warnings: list[str] = field(default_factory=list)
    text: str = ""  # the text the evidence offsets refer to (an HTML page's extracted main text)


def extract_text(
    text: str,
    *,
    source: str = "<text>",
    doc_date: str | None = None,
    types: Sequence[str] | None = None,
    title: str | None = None,
) -> FactsDocument:
    """Facts from one text. ``doc_date`` (YYYY-MM-DD) resolves "last year"; else the text's own date."""
    date, origin = choose_doc_date(text, doc_date, None)
    article = Article(source=source, text=text, title=title, doc_date=date, doc_date_origin=origin)
    result = next(_process([article], types=types, jobs=1))
    return collect([result], with_conflicts=False)


def iter_extract(
    paths: Iterable[str],
    *,
    doc_date: str | None = None,
    types: Sequence[str] | None = None,
    jobs: int = 1,
    max_bytes: int = MAX_BYTES,
) -> Iterator[DocumentResult]:
    """One ``DocumentResult`` per input article, streamed in input order. ``max_bytes`` caps each input
    (a file, stdin, a line of a news dump): a bigger one is an error, read no further than the cap."""
    from vnru_facts.run import local as runner

    yield from _results(runner.run_paths(paths, doc_date=doc_date, max_bytes=max_bytes, jobs=jobs), types)


def iter_extract_plain(
    paths: Iterable[str],
    *,
    doc_date: str | None = None,
    types: Sequence[str] | None = None,
    jobs: int = 1,
    known: Mapping[str, Key] | None = None,
    with_text: bool = False,
    max_bytes: int = MAX_BYTES,
) -> Iterator[dict[str, Any] | None]:
    """``iter_extract`` as ``plain_result`` data; ``None`` for each input skipped because ``known`` holds
    its source under the same key (``incremental.document_key``): such inputs are read, not extracted."""
    from vnru_facts.run import local as runner
    from vnru_facts.write import incremental

    config = incremental.extraction_config(types)
    if not known:
        for result in iter_extract(paths, doc_date=doc_date, types=types, jobs=jobs, max_bytes=max_bytes):
            yield plain_result(result, rules=config, with_text=with_text)
        return
    skipped = 0

    def changed(articles: Iterable[Article]) -> Iterator[Article]:
        nonlocal skipped
        for article in articles:
            if known.get(article.source) == incremental.document_key(article, config):
                skipped += 1
            else:
                yield article

    articles = runner.read_paths(paths, doc_date=doc_date, max_bytes=max_bytes)
    for result in _process(changed(articles), types=types, jobs=jobs):
        yield from [None] * skipped  # counted as they pass; their order among results is not kept
        skipped = 0
        yield plain_result(result, rules=config, with_text=with_text)
    yield from [None] * skipped


def extract_paths(
    paths: Iterable[str],
    *,
    doc_date: str | None = None,
    types: Sequence[str] | None = None,
    jobs: int = 1,
    with_conflicts: bool = True,
    max_bytes: int = MAX_BYTES,
) -> FactsDocument:
    """Facts from files and folders (recursive), plus the conflicts between them."""
    results = iter_extract(paths, doc_date=doc_date, types=types, jobs=jobs, max_bytes=max_bytes)
    return collect(results, with_conflicts=with_conflicts)


def load_facts(
    paths: Iterable[str],
    *,
    doc_date: str | None = None,
    types: Sequence[str] | None = None,
    jobs: int = 1,
    max_bytes: int = MAX_BYTES,
) -> FactsDocument:
    """Facts and documents from articles and/or facts exports (``extract`` output, .json or .jsonl).

    Exports are read back as they are (their conflicts are dropped: callers recompute them); every
    other path is extracted. Raises ``InputError`` for an export that cannot be read.
    """
    from pathlib import Path

    from vnru_facts.write.facts_file import read_facts_file

    wanted = set(types or FACT_TYPES)
    loaded = FactsDocument()
    articles: list[str] = []
    for raw in paths:
        export = read_facts_file(Path(raw)) if raw != "-" else None
        if export is None:
            articles.append(raw)
            continue
        loaded.documents += export.documents
        loaded.facts += [f for f in export.facts if f.type in wanted]
        loaded.errors += export.errors
    if articles:
        extracted = extract_paths(
            articles, doc_date=doc_date, types=types, jobs=jobs, with_conflicts=False, max_bytes=max_bytes
        )
        loaded.documents += extracted.documents
        loaded.facts += extracted.facts
        loaded.errors += extracted.errors
    return loaded


def find_conflicts(facts: Sequence[Fact], *, documents: Sequence[Document] = ()) -> list[Conflict]:
    """Disagreements between facts (SPEC §2, CONFLICT); ``documents`` adds the role and name checks on
    the officials they name, and lets copies of one story count as one source."""
    return _conflicts.find_conflicts(facts, documents=documents)


def collect(results: Iterable[DocumentResult], *, with_conflicts: bool = True) -> FactsDocument:
    """One ``FactsDocument`` from ``iter_extract`` results, for callers that watch the stream go by."""
    out = FactsDocument()
    for r in results:
        if r.document is not None:
            out.documents.append(r.document)
        out.facts.extend(r.facts)
        if r.error is not None:
            out.errors.append(r.error)
    if with_conflicts:
        out.conflicts = find_conflicts(out.facts, documents=out.documents)
    return out


def plain_result(result: DocumentResult, *, rules: str, with_text: bool = False) -> dict[str, Any]:
    """A result as plain JSON-like data: what a Dask worker sends back and a Parquet folder stores.

    ``rules`` is the extraction config that made it (``incremental.extraction_config``); the text is
    left out unless asked for, so that what travels and what is kept grows with the facts only.
    """
    return {
        "document": result.document.model_dump(mode="json", by_alias=True) if result.document else None,
        "facts": [fact.model_dump(mode="json", by_alias=True) for fact in result.facts],
        "error": result.error.model_dump(mode="json") if result.error else None,
        "warnings": list(result.warnings),
        "rules": rules,
        "text": result.text if with_text else "",
    }


def result_from_plain(plain: dict[str, Any]) -> DocumentResult:
    """The ``DocumentResult`` of ``plain_result`` data (ids are kept as they were made)."""
    document, error = plain["document"], plain["error"]
    return DocumentResult(
        Document.model_validate(document) if document is not None else None,
        [FACT_ADAPTER.validate_python(fact) for fact in plain["facts"]],
        ExtractError.model_validate(error) if error is not None else None,
        warnings=list(plain["warnings"]),
        text=plain["text"],
    )


def _process(
    articles: Iterable[Article], *, types: Sequence[str] | None, jobs: int
) -> Iterator[DocumentResult]:
    """Results of articles read already, in input order."""
    from vnru_facts.run import local as runner

    yield from _results(runner.run(articles, jobs=jobs), types)


def _results(
    processed: Iterable[tuple[Article, Any]], types: Sequence[str] | None
) -> Iterator[DocumentResult]:
    """Streamed: the runner keeps only a few batches of articles in flight at once."""
    wanted = set(types or FACT_TYPES)
    for article, records in processed:
        if records is None:
            yield _failed(article)
            continue
        facts, people = records
        yield _result(article, facts, wanted, [PersonMention.model_validate(p) for p in people])


def _failed(article: Article) -> DocumentResult:
    return DocumentResult(
        None, error=ExtractError(source=article.source, error=article.error or "unreadable")
    )


def people_of(doc: Any) -> list[PersonMention]:
    """Each distinct (name, role) under which a processed Doc names an official, first mention first."""
    from vnru_facts.extract.components.records import people_records

    return [PersonMention.model_validate(p) for p in people_records(doc)]


def _result(
    article: Article, records: list[dict[str, Any]], wanted: set[str], people: list[PersonMention]
) -> DocumentResult:
    document = Document(
        source=article.source,
        sha256=article.sha256,
        title=article.title,
        doc_date=article.doc_date,
        doc_date_origin=article.doc_date_origin,  # type: ignore[arg-type]
        chars=len(article.text),
        url=article.url,
        people=people,
    )
    facts: list[Fact] = []
    warnings = list(article.warnings)
    for record in records:
        if record["type"] == COMPONENT_FAILURE:
            failed = f"{record['component']} failed ({record['error']})"
            warnings.append(f"{article.source}: {failed}; its facts are missing")
            continue
        if record["type"] not in wanted:
            continue
        try:
            fact = FACT_ADAPTER.validate_python(
                {**record, "source": article.source, "doc_date": article.doc_date}
            )
        except ValidationError as exc:
            warnings.append(
                f"{article.source}: dropped a malformed {record['type']} fact ({exc.error_count()} errors)"
            )
            continue
        fact.id = fact_id(fact)  # made just above and not shared: no copy needed (model_copy costs a third)
        facts.append(fact)
    facts.sort(key=lambda f: (f.evidence.start, f.evidence.end, f.type, f.id))
    return DocumentResult(document, facts, warnings=warnings, text=article.text)
