"""Reading articles: files, folders (recursive), stdin; sidecar metadata; the document date.

Yields one ``Article`` per input in a deterministic order; problems become ``error`` strings rather
than exceptions, so one bad file never stops a batch. Input is hostile until decoded: only regular
files are opened (never a pipe or a device, which may never end or never start), no input is read past
its cap (``--max-bytes``), any encoding charset-normalizer recognises is read, binary files are named
as such, a reader whose library cannot be imported is an error naming the fix, and nothing here raises.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, BinaryIO

import orjson

from vnru_facts.normalize.dates import parse_iso
from vnru_facts.normalize.doc_date import date_from_text, date_from_url
from vnru_facts.read.scraped import clean_scraped

if TYPE_CHECKING:
    from vnru_facts.read.formats import DumpRecord

# Plain text and Markdown as they are; HTML and .jsonl news dumps through vnru_facts.read.formats.
ARTICLE_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm", ".jsonl")
STDIN = "-"
# The default cap on one input (``--max-bytes``): far beyond any article (a long one is 50 kB), so a
# bigger input is a dump, a mistake or an endless stream, and is refused unread; 20 MB files are read.
MAX_BYTES = 32 * 2**20
# A sidecar's metadata is a few lines: anything bigger is not read.
MAX_SIDECAR_BYTES = 2**20
# Opened without waiting: a named pipe that took a file's place after the folder walk must not block
# the run until something writes to it (it is then refused, as not a regular file).
_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
)
# What a file that is not a regular one is, in the order the tests are asked.
_FILE_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)
# Byte order marks, longest first: a UTF-32 LE mark starts with the UTF-16 LE one.
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
# Signatures of the binary files people drop into article folders by mistake.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (docx/xlsx/odt are zip too)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a media file"),
)
# Control characters that do not occur in text (tab, newlines, form feed and escape do).
_BINARY_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_BINARY_CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)])


class UnreadableInput(ValueError):
    """An input that is not article text; ``str(exc)`` is the one-line reason."""


class ReaderUnavailable(UnreadableInput):
    """The library a reader needs cannot be imported; ``str(exc)`` names the format and the fix."""


def load_library(module: str, *, reads: str, fix: str) -> ModuleType:
    """``module``, imported; else ``ReaderUnavailable`` naming what cannot be read and the command
    that mends it. A missing library or a broken install (an import that raises) then costs the
    inputs of that format an ``errors`` entry each, never the run."""
    try:
        return importlib.import_module(module)
    except Exception as exc:  # ImportError, or whatever a half-installed package raises on import
        raise ReaderUnavailable(
            f"cannot read {reads}: {_reason(exc)} ({type(exc).__name__}); fix: {fix}"
        ) from exc


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
    """(source, path, error) for every article file named or found under a folder, sorted.

    A file reached twice (named and inside a named folder) is read once.
    """
    seen: set[str] = set()
    for raw in paths:
        if raw == STDIN:
            yield STDIN, None, None
            continue
        for source, path, error in _entries(Path(raw), raw):
            if path is not None:
                key = os.path.realpath(path)
                if key in seen:
                    continue
                seen.add(key)
            yield source, path, error


def _entries(path: Path, raw: str) -> Iterator[tuple[str, Path | None, str | None]]:
    """What one command-line path stands for: a file, a folder's article files, or an error."""
    try:
        is_dir, exists = path.is_dir(), path.exists() or path.is_symlink()
    except OSError as exc:  # e.g. a parent folder without search permission
        yield display_name(raw), None, _reason(exc)
        return
    if is_dir:
        found = _walk(path)
        if not found:
            yield display_name(raw), None, f"no article files ({', '.join(ARTICLE_SUFFIXES)}) in this folder"
        yield from found
    elif exists:
        yield _file_entry(display_name(raw), path)
    else:
        yield display_name(raw), None, "no such file or directory"


def _file_entry(source: str, path: Path) -> tuple[str, Path | None, str | None]:
    """A file to read, or why it is not read (a pipe, a device, a broken or looping symlink)."""
    problem = irregular_file(path)
    return (source, None, problem) if problem else (source, path, None)


def irregular_file(path: Path) -> str | None:
    """Why ``path`` is not read as a file, or None for a regular file (a symlink to one included).

    Pipes, sockets and devices never end or never start (``/dev/zero``, a FIFO nobody writes to), so
    they are refused by kind, before anything opens them.
    """
    try:
        mode = path.stat().st_mode
    except OSError as exc:  # a broken or looping symlink: the system's reason
        return _reason(exc)
    return _irregular(mode, linked=path.is_symlink())


def _irregular(mode: int, *, linked: bool = False) -> str | None:
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _FILE_KINDS if test(mode)), "a special file")
    through = ", through a symbolic link" if linked else ""
    return f"not a regular file ({kind}{through}); only files are read, and stdin as -"


def _walk(root: Path) -> list[tuple[str, Path | None, str | None]]:
    """Article files under ``root`` and the folders that could not be listed, in sorted order.

    Symlinked folders are not followed (no loops, no escaping the tree); sorting makes the order
    independent of the order in which files were created on disk.
    """
    found: list[tuple[str, Path | None, str | None]] = []

    def unlisted(exc: OSError) -> None:
        name = display_name(exc.filename or str(root))
        found.append((name, None, f"cannot list folder ({_reason(exc)})"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=unlisted, followlinks=False):
        dirnames.sort()
        for name in filenames:
            p = Path(dirpath) / name
            if p.suffix.lower() in ARTICLE_SUFFIXES and not name.startswith("."):
                found.append(_file_entry(display_name(str(p)), p))
    return sorted(found, key=lambda entry: entry[0])


def display_name(raw: str) -> str:
    """A path as text that can be printed and put in JSON: undecodable bytes of a file name become \ufffd."""
    return raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def decode(data: bytes) -> str:
    """The text in ``data``: by byte order mark, else UTF-8, else the encoding charset-normalizer finds.

    Raises ``UnreadableInput`` for binary data (images, PDFs, archives, NUL bytes) and for bytes that
    are text in no encoding. Newlines, NBSP, zero-width and bidi characters are kept as they are, so
    evidence offsets refer to exactly the text a reader decodes.
    """
    kind = binary_kind(data)
    if kind:
        raise UnreadableInput(f"binary file ({kind}), not text")
    text, codec = _decode_text(data)
    if _too_many_controls(data, text, codec):
        raise UnreadableInput("binary data (control characters), not text")
    return text


def _too_many_controls(data: bytes, text: str, codec: str) -> bool:
    """Whether the first 65536 characters of ``text`` hold more than 8 of ``_BINARY_CONTROLS``. In UTF-8
    each of them is a byte of its own, which ``bytes.translate`` counts several times quicker than the
    pattern finds them in the text: with at most 8 such bytes, the text need not be searched."""
    if codec == "utf-8" and len(data) - len(data.translate(None, _BINARY_CONTROL_BYTES)) <= 8:
        return False
    return len(_BINARY_CONTROLS.findall(text, 0, 65536)) > 8


def _decode_text(data: bytes) -> tuple[str, str]:
    """The text and the codec that read it ("legacy" for any but UTF-8, UTF-16 and UTF-32)."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec), codec
    if b"\x00" in data:
        raise UnreadableInput("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _decode_legacy(data), "legacy"


def binary_kind(data: bytes) -> str | None:
    """What a binary file is, from its first bytes; None for anything that may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _strict(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise UnreadableInput(f"not valid {codec} text despite its byte order mark") from exc


def _decode_legacy(data: bytes) -> str:
    """Text in a legacy encoding, by charset-normalizer when it recognises the language (Russian
    in cp1251...), else Windows-1252: Western news saved on Windows, and the guess on a short
    sample is unreliable (a few curly quotes read as cp775)."""
    # Imported on the first non-UTF-8 file only.
    charset_normalizer = load_library(
        "charset_normalizer", reads="text that is not UTF-8", fix="pip install charset-normalizer"
    )
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UnreadableInput("not text in UTF-8 or any encoding charset-normalizer recognises")
    if best.language == "Unknown" or "cp1252" in best.could_be_from_charset:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass  # bytes cp1252 leaves undefined: the guess it is
    return data.decode(best.encoding, errors="replace")


def read_articles(
    source: str, path: Path | None, *, doc_date: str | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[Article]:
    """Every article one input holds: one per line of a .jsonl news dump, else the file itself.

    ``max_bytes`` caps each article (each line of a dump), which is then read in bounded memory.
    """
    from vnru_facts.read import formats

    if path is None or not formats.is_news_dump(path):
        yield read_article(source, path, doc_date=doc_date, max_bytes=max_bytes)
        return
    try:
        for entry in formats.iter_dump_records(source, path, max_bytes=max_bytes):
            yield dump_article(entry, doc_date=doc_date)
    except (OSError, UnreadableInput) as exc:
        yield Article(source=source, error=_reason(exc))


def dump_article(entry: DumpRecord, *, doc_date: str | None = None) -> Article:
    """The article of one news-dump line (an ``Article`` with an error for an unusable line)."""
    from vnru_facts.read import formats

    if entry.record is None:
        return Article(source=entry.source, error=entry.error)
    text, meta = entry.record["text"], formats.dump_meta(entry.record)
    date, origin = choose_doc_date(text, doc_date, meta.get("date"), meta.get("url"))
    title = meta.get("title") or _title_from_text(text)
    return Article(entry.source, text, title, meta.get("url"), date, origin)


def read_article(
    source: str, path: Path | None, *, doc_date: str | None = None, max_bytes: int = MAX_BYTES
) -> Article:
    """One article with its metadata and document date (option, sidecar, text, else none)."""
    from vnru_facts.read import formats

    article = Article(source=source)
    page_meta: dict[str, str] = {}
    try:
        article.text = decode(read_bytes(path, max_bytes=max_bytes))
        if formats.is_html(path):
            page = formats.html_main_text(article.text)
            article.text, page_meta = page.text, page.meta
    except (OSError, UnreadableInput, formats.NotAnArticle) as exc:
        article.error = _reason(exc)
        return article
    if not article.text.strip():
        article.error = "empty file" if not article.text else "no text (only whitespace)"
        return article
    # A sidecar .meta.json, written by whoever saved the page, wins over what the page declares.
    meta = {**page_meta, **_read_meta(path, article)} if path is not None else {}
    article.title = meta.get("title") or _title_from_text(article.text)
    article.url = meta.get("url")
    article.doc_date, article.doc_date_origin = choose_doc_date(
        article.text, doc_date, meta.get("date"), article.url
    )
    return article


def read_bytes(path: Path | None, *, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, or of stdin for ``None``, in memory bounded by ``max_bytes``.

    Raises ``UnreadableInput`` for an input over the cap (a file is refused by its size, unread) and
    for anything that is not a regular file; ``OSError`` for a file that cannot be opened or read.
    """
    if path is None:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        with open_regular(path, max_bytes=max_bytes) as handle:
            size = os.fstat(handle.fileno()).st_size
            # Its size, read at once; a file that grows meanwhile (or a /proc file, of size 0) is read
            # on up to the cap.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(max_bytes + 1 - len(data))
    if len(data) > max_bytes:
        raise too_big(max_bytes)
    return data


def open_regular(path: Path, *, max_bytes: int | None = None) -> BinaryIO:
    """``path`` opened for reading, if it is a regular file (not over ``max_bytes``, when given).

    Opened without blocking, then checked on the open descriptor: what was checked is what is read.
    """
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # (a regular file needs no lstat of its path)
            raise UnreadableInput(_irregular(info.st_mode, linked=path.is_symlink()))
        if max_bytes is not None and info.st_size > max_bytes:
            raise too_big(max_bytes)  # not read at all: the size is the answer
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def too_big(max_bytes: int) -> UnreadableInput:
    return UnreadableInput(f"larger than the {format_size(max_bytes)} cap (--max-bytes); not read")


def format_size(n_bytes: int) -> str:
    """``33554432`` -> "32 MB" (binary multiples, as the cap is given); other sizes in bytes."""
    for unit, size in (("GB", 2**30), ("MB", 2**20), ("kB", 2**10)):
        if n_bytes >= size and n_bytes % size == 0:
            return f"{n_bytes // size} {unit}"
    return f"{n_bytes:,} bytes"


def valid_date(value: Any) -> str | None:
    """``value`` if it is a real calendar date YYYY, YYYY-MM or YYYY-MM-DD (a timestamp is cut to
    its date), else None: "2024-13-45" would break every relative date resolved against it."""
    if not isinstance(value, str):
        return None
    candidate = value.strip()[:10]
    parsed = parse_iso(candidate)
    if parsed is None:
        return None
    year, month, day = parsed
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    return candidate


def choose_doc_date(
    text: str, option: str | None, meta_date: Any, url: str | None = None
) -> tuple[str | None, str]:
    """The document date and where it came from: the option, else the metadata's date, else the date
    the metadata's url files the page under ("meta" too; the text's day when it falls in the url's
    month), else the text's, else none."""
    if option:
        return option, "option"
    from_meta = valid_date(meta_date)
    if from_meta:
        return from_meta, "meta"
    from_url = date_from_url(url)
    if from_url is not None and len(from_url) == len("YYYY-MM-DD"):
        return from_url, "meta"
    # Dated as the pipeline reads it ("August\u200b 4" is August 4), and its scan then shared with it.
    scraped = clean_scraped(text)
    from_text = date_from_text(scraped.text if scraped is not None else text)
    if from_url is not None and not (from_text and from_text.startswith(from_url)):
        return from_url, "meta"  # the text's date is of another month: of an event it tells
    if from_text:
        return from_text, "text"
    return None, "none"


def _read_meta(path: Path, article: Article) -> dict[str, Any]:
    """The sidecar's date, title and url; a bad sidecar is a warning and the article is still read."""
    sidecar = _sidecar(path)
    if sidecar is None:
        return {}
    name = display_name(str(sidecar))
    try:
        with open_regular(sidecar) as handle:
            raw = handle.read(MAX_SIDECAR_BYTES + 1)
        if len(raw) > MAX_SIDECAR_BYTES:
            raise UnreadableInput(f"larger than {format_size(MAX_SIDECAR_BYTES)}")
        meta = orjson.loads(raw)
    except (OSError, UnreadableInput, orjson.JSONDecodeError) as exc:
        article.warnings.append(f"{name}: unreadable metadata ({_reason(exc)}), ignored")
        return {}
    if not isinstance(meta, dict):
        article.warnings.append(f"{name}: metadata is not a JSON object, ignored")
        return {}
    return _checked_meta(meta, name, article)


def _sidecar(path: Path) -> Path | None:
    """``a.meta.json`` beside ``a.txt``, or ``a.txt.meta.json`` (SPEC: ``<file>.meta.json``)."""
    for candidate in (path.with_name(path.stem + ".meta.json"), path.with_name(path.name + ".meta.json")):
        if candidate.is_file():
            return candidate
    return None


def _checked_meta(meta: dict[str, Any], name: str, article: Article) -> dict[str, Any]:
    """Keep the fields that have the right type; warn about the rest instead of failing later."""
    checked: dict[str, Any] = {}
    for key in ("title", "url"):
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            checked[key] = value.strip()
        elif value is not None:
            article.warnings.append(f"{name}: {key} is not text, ignored")
    if "date" in meta and meta["date"] is not None:
        if valid_date(meta["date"]):
            checked["date"] = meta["date"]
        else:
            article.warnings.append(f"{name}: bad date {meta['date']!r} (want YYYY-MM-DD), ignored")
    return checked


def _title_from_text(text: str) -> str | None:
    """The first line of title length that is no site furniture. Mostly among the first lines: the
    whole text is split into lines only when the complete lines of its head hold none."""
    head = text[:_TITLE_HEAD_CHARS]
    if len(head) == len(text):
        return _first_title(head.splitlines())
    return _first_title(head.splitlines()[:-1]) or _first_title(text.splitlines())


_TITLE_HEAD_CHARS = 2000
_NOT_A_TITLE = re.compile(r"(?i)skip to|menu|award")


def _first_title(lines: list[str]) -> str | None:
    for line in lines:
        line = line.strip()
        if 15 <= len(line) <= 200 and not _NOT_A_TITLE.search(line):
            return line
    return None


def _reason(exc: BaseException) -> str:
    """A one-line reason: 'Permission denied', 'Too many levels of symbolic links', ..."""
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
