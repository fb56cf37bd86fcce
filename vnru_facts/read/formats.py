"""Readers for the inputs people have besides plain text: HTML pages and JSONL news dumps.

``sources`` dispatches on the file suffix and calls into here; this module only turns bytes into
article text and metadata. Evidence offsets always refer to the text these readers return (for an
HTML page, the main text trafilatura extracted), which is what ``vnru-facts show`` displays.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from vnru_facts.read.sources import MAX_BYTES, load_library, open_regular, too_big

HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
# Record keys a news dump may carry besides ``text``; anything else on a line is ignored.
DUMP_META_KEYS = ("date", "title", "url")
# What the HTML reader imports, and the command that installs it: trafilatura reads the page, and its
# jusText imports lxml.html.clean, a package of its own since lxml 5.2 (a dependency of vnru-facts).
HTML_LIBRARY = "trafilatura"
HTML_FIX = "pip install trafilatura lxml_html_clean"
# Bytes read at a time when skipping the rest of a dump line over the cap.
_SKIP_CHUNK = 2**20


@dataclass(frozen=True)
class PageText:
    """The main text of an HTML page and the metadata the page itself declares."""

    text: str
    meta: dict[str, str]


@dataclass(frozen=True)
class DumpRecord:
    """One line of a JSONL news dump: its source name and either the record or why it is unusable."""

    source: str
    record: dict[str, Any] | None = None
    error: str | None = None


# Written into the <head> of every page vnru_facts.report.highlight makes, so a folder walk that meets an
# earlier report.html (``extract . -o out/`` run twice) does not read it as an article.
GENERATOR_META = '<meta name="generator" content="vnru-facts">'


class NotAnArticle(ValueError):
    """An HTML page with no article text (a menu page, an empty shell) or one of our own reports."""


def is_html(path: Path | None) -> bool:
    return path is not None and path.suffix.lower() in HTML_SUFFIXES


def is_news_dump(path: Path | None) -> bool:
    return path is not None and path.suffix.lower() in JSONL_SUFFIXES


def html_main_text(html: str) -> PageText:
    """The article text of a page without navigation, ads and footers, plus its title, date and url.

    Raises ``NotAnArticle`` when the page has no article text or is a vnru-facts report.
    """
    if GENERATOR_META in html[:2000]:
        raise NotAnArticle("a vnru-facts report, not an article")
    # Heavy (lxml, htmldate): loaded only when a page is read.
    trafilatura = load_library(HTML_LIBRARY, reads="HTML", fix=HTML_FIX)
    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        # Only dates the page declares (meta tags, time elements). The default extensive search
        # guesses from copyright footers ("2025" -> 2025-01-01), worse than dating from the text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (extracted.text if extracted is not None else None) or ""
    if not text.strip():
        raise NotAnArticle("no article text found in the HTML page")
    meta = {key: getattr(extracted, key) for key in DUMP_META_KEYS if getattr(extracted, key, None)}
    return PageText(text=text, meta=meta)


def iter_dump_records(source: str, path: Path, *, max_bytes: int = MAX_BYTES) -> Iterator[DumpRecord]:
    """Each usable line of a JSONL news dump, named ``dump.jsonl#<id>`` or ``dump.jsonl#<line>``.

    Read line by line so that a large dump never sits in memory, and no line holds more than
    ``max_bytes`` in it. Blank lines are skipped; a line over the cap, or that is not a JSON object
    with a ``text`` string, becomes a ``DumpRecord`` with an error.
    """
    with open_regular(path) as handle:
        for line_no, raw in bounded_lines(handle, max_bytes):
            if raw is None:
                yield DumpRecord(f"{source}#{line_no}", error=f"line {line_no} is {too_big(max_bytes)}")
            elif raw.strip():
                yield dump_record(source, line_no, raw)


def bounded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(number, line) of each line of ``handle``; ``None`` for a line longer than ``max_bytes``,
    whose rest is skipped a chunk at a time: memory stays bounded whatever the file holds."""
    line_no = 0
    while raw := handle.readline(max_bytes + 1):
        line_no += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while (rest := handle.readline(_SKIP_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield line_no, None
        else:
            yield line_no, raw


def count_dump_records(path: Path) -> int:
    """The non-blank lines of a news dump, counted in bounded memory (a progress bar's total)."""
    with open_regular(path) as handle:
        return sum(1 for _, raw in bounded_lines(handle, _SKIP_CHUNK) if raw is None or raw.strip())


def dump_record(source: str, line_no: int, raw: bytes) -> DumpRecord:
    where = f"{source}#{line_no}"
    try:
        record = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return DumpRecord(where, error=f"line {line_no} is not JSON")
    if not isinstance(record, dict):
        return DumpRecord(where, error=f"line {line_no} is not a JSON object")
    if not isinstance(record.get("text"), str):
        hint = " (this looks like extracted facts, not articles)" if "evidence" in record else ""
        return DumpRecord(where, error=f"line {line_no} has no 'text' string{hint}")
    record_id = record.get("id")
    if isinstance(record_id, (str, int)) and not isinstance(record_id, bool) and str(record_id).strip():
        where = f"{source}#{str(record_id).strip()}"
    return DumpRecord(where, record=record)


def dump_meta(record: dict[str, Any]) -> dict[str, str]:
    """The record's date/title/url, when they are strings (a dump may hold nulls or numbers)."""
    return {key: record[key] for key in DUMP_META_KEYS if isinstance(record.get(key), str) and record[key]}
