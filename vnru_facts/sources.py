"""Reading articles: files, folders (recursive), stdin; sidecar metadata; the document date.

Yields one ``Article`` per input in a deterministic order; problems become ``error`` strings rather
than exceptions, so one bad file never stops a batch.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from vnru_facts.normalize.dates import date_from_text, parse_iso

# Plain text and Markdown as they are; HTML and .jsonl news dumps through vnru_facts.formats.
ARTICLE_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm", ".jsonl")
STDIN = "-"


@dataclass
class Article:
    source: str
    text: str = ""
    title: str | None = None
    url: str | None = None
    doc_date: str | None = None
    doc_date_origin: str = "none"
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def iter_paths(paths: Iterable[str]) -> Iterator[tuple[str, Path | None, str | None]]:
    """(source, path, error) for every article file named or found under a folder, sorted."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN, None, None
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in _walk(path) if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
            )
            for p in found:
                yield str(p), p, None
        elif path.exists():
            yield str(path), path, None
        else:
            yield raw, None, "no such file or directory"


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, _dirnames, filenames in os.walk(root, followlinks=False):
        for name in filenames:
            yield Path(dirpath) / name


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM); anything else is left to the caller to report."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8")


def read_articles(source: str, path: Path | None, *, doc_date: str | None = None) -> Iterator[Article]:
    """Every article one input holds: one per line of a .jsonl news dump, else the file itself."""
    from vnru_facts import formats

    if path is None or not formats.is_news_dump(path):
        yield read_article(source, path, doc_date=doc_date)
        return
    try:
        for entry in formats.iter_dump_records(source, path):
            if entry.record is None:
                yield Article(source=entry.source, error=entry.error)
                continue
            text, meta = entry.record["text"], formats.dump_meta(entry.record)
            date, origin = choose_doc_date(text, doc_date, meta.get("date"))
            title = meta.get("title") or _title_from_text(text)
            yield Article(entry.source, text, title, meta.get("url"), date, origin)
    except OSError as exc:
        yield Article(source=source, error=_reason(exc))


def read_article(source: str, path: Path | None, *, doc_date: str | None = None) -> Article:
    """One article with its metadata and document date (option, sidecar, text, else none)."""
    from vnru_facts import formats

    article = Article(source=source)
    page_meta: dict[str, str] = {}
    try:
        data = sys.stdin.buffer.read() if path is None else path.read_bytes()
        article.text = decode(data)
        if formats.is_html(path):
            page = formats.html_main_text(article.text)
            article.text, page_meta = page.text, page.meta
    except (OSError, UnicodeDecodeError, formats.NotAnArticle) as exc:
        article.error = _reason(exc)
        return article
    # A sidecar .meta.json, written by whoever saved the page, wins over what the page declares.
    meta = {**page_meta, **_read_meta(path, article)} if path is not None else {}
    article.title = meta.get("title") or _title_from_text(article.text)
    article.url = meta.get("url")
    article.doc_date, article.doc_date_origin = choose_doc_date(article.text, doc_date, meta.get("date"))
    return article


def choose_doc_date(text: str, option: str | None, meta_date: Any) -> tuple[str | None, str]:
    if option:
        return option, "option"
    if isinstance(meta_date, str) and parse_iso(meta_date[:10]):
        return meta_date[:10], "meta"
    from_text = date_from_text(text)
    if from_text:
        return from_text, "text"
    return None, "none"


def _read_meta(path: Path, article: Article) -> dict[str, Any]:
    sidecar = path.with_name(path.stem + ".meta.json")
    if not sidecar.exists():
        return {}
    try:
        meta = orjson.loads(sidecar.read_bytes())
    except (OSError, orjson.JSONDecodeError) as exc:
        article.warnings.append(f"{sidecar}: unreadable metadata ({_reason(exc)})")
        return {}
    if not isinstance(meta, dict):
        article.warnings.append(f"{sidecar}: metadata is not a JSON object")
        return {}
    return meta


def _title_from_text(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if 15 <= len(line) <= 200 and not re.search(r"(?i)skip to|menu|award", line):
            return line
    return None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
