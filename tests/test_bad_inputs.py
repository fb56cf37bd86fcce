"""Inputs that used to hang, eat memory or crash: pipes, devices, endless and oversized files, readers
whose library cannot be imported. Each becomes one ``errors`` entry; the run goes on with the rest.

What could hang runs in a subprocess with a timeout, so that a regression fails instead of blocking.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vnru_facts import extract_paths
from vnru_facts.cli import app
from vnru_facts.cli.options import MAX_BYTES_DEFAULT, check_max_bytes
from vnru_facts.read import sources
from vnru_facts.read.formats import HTML_FIX, count_dump_records, iter_dump_records
from vnru_facts.read.sources import MAX_BYTES, format_size, iter_paths, read_articles

posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX pipes, devices and symlinks")
# A sentence the trade rules read.
ARTICLE = "Trade between Russia and Vietnam reached US$3.9 billion in 2023, the customs office said.\n"
NOT_REGULAR = "not a regular file"
TOO_BIG = "cap (--max-bytes); not read"


def cli(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess[bytes]:
    """The command as a user runs it; a hang fails the test at ``timeout`` seconds."""
    return subprocess.run(
        [sys.executable, "-m", "vnru_facts", *args],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=timeout,
        stdin=None if stdin is not None else subprocess.DEVNULL,
    )


def run_json(*args: str, **kwargs) -> tuple[dict, subprocess.CompletedProcess[bytes]]:
    done = cli("extract", *args, "-f", "json", **kwargs)
    return json.loads(done.stdout or b"{}"), done


def errors_of(output: dict) -> dict[str, str]:
    return {Path(e["source"]).name: e["error"] for e in output.get("errors", [])}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with one good article."""
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


# --- pipes, sockets, devices -------------------------------------------------------------------------


@posix_only
def test_a_named_pipe_in_a_folder_is_an_error_and_the_run_goes_on(folder: Path):
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.jsonl")
    output, done = run_json(str(folder))
    assert done.returncode == 0, done.stderr
    assert [Path(d["source"]).name for d in output["documents"]] == ["good.txt"]
    errors = errors_of(output)
    assert set(errors) == {"pipe.txt", "pipe.jsonl"}
    assert all(NOT_REGULAR in e and "a named pipe" in e for e in errors.values())
    assert b"Traceback" not in done.stderr


@posix_only
def test_a_named_pipe_given_by_name_is_refused_with_the_stdin_hint(tmp_path: Path):
    os.mkfifo(tmp_path / "feed.txt")
    output, done = run_json(str(tmp_path / "feed.txt"))
    assert done.returncode == 2  # nothing could be read
    [error] = output["errors"]
    assert "a named pipe" in error["error"] and "stdin as -" in error["error"]


ZERO_NAMES = ("zero.txt", "zero.md", "zero.jsonl", "zero.html")


@posix_only
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_symlink_to_dev_zero_is_refused_unread_whatever_its_suffix(folder: Path):
    for name in ZERO_NAMES:
        (folder / name).symlink_to("/dev/zero")
    output, done = run_json(str(folder), timeout=60)
    assert done.returncode == 0, done.stderr
    reason = (
        f"{NOT_REGULAR} (a character device, through a symbolic link); only files are read, and stdin as -"
    )
    assert errors_of(output) == dict.fromkeys(ZERO_NAMES, reason)
    assert [Path(d["source"]).name for d in output["documents"]] == ["good.txt"]


@posix_only
def test_a_socket_is_refused(folder: Path):
    path = folder / "s.txt"
    if len(os.fsencode(path)) > 100:
        pytest.skip("socket paths are limited to about 100 bytes")
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        result = extract_paths([str(folder)])
    assert [(Path(e.source).name, "a socket" in e.error) for e in result.errors] == [("s.txt", True)]
    assert len(result.documents) == 1


def test_what_is_not_a_regular_file_never_reaches_a_reader(tmp_path: Path):
    """iter_paths names the problem, so no reader, progress count or worker opens it."""
    if os.name != "posix":
        pytest.skip("needs named pipes")
    os.mkfifo(tmp_path / "p.txt")
    [(_source, path, error)] = list(iter_paths([str(tmp_path)]))
    assert path is None and error is not None and "a named pipe" in error


# --- the size cap ------------------------------------------------------------------------------------


def test_the_default_cap_is_a_few_tens_of_mb_and_the_option_shows_it():
    assert MAX_BYTES == 32 * 2**20 == check_max_bytes(MAX_BYTES_DEFAULT)
    assert format_size(MAX_BYTES) == "32 MB"


@pytest.mark.parametrize(
    ("given", "size"),
    [("100", 100), ("512k", 512 * 1024), ("32M", 32 * 2**20), ("32MB", 32 * 2**20), ("1GiB", 2**30)],
)
def test_max_bytes_takes_sizes_with_binary_suffixes(given: str, size: int):
    assert check_max_bytes(given) == size


@pytest.mark.parametrize("given", ["0", "-1", "ten", "3.5M", "12T"])
def test_a_bad_max_bytes_is_a_usage_error(given: str):
    done = CliRunner().invoke(app, ["extract", "seeds", "--max-bytes", given])
    assert done.exit_code == 2
    assert "--max-bytes must be a size" in done.output or "Invalid value" in done.output


def test_a_file_over_the_cap_is_refused_unread_and_the_run_goes_on(folder: Path, monkeypatch):
    (folder / "big.txt").write_text(ARTICLE * 200, encoding="utf-8")  # about 18 kB
    opened: list[str] = []
    real_open = sources.open_regular

    def watched(path: Path, **kwargs):
        handle = real_open(path, **kwargs)
        opened.append(path.name)  # reached only for a file under the cap
        return handle

    monkeypatch.setattr(sources, "open_regular", watched)
    result = extract_paths([str(folder)], max_bytes=10_000)
    assert [Path(d.source).name for d in result.documents] == ["good.txt"]
    assert [(Path(e.source).name, e.error) for e in result.errors] == [
        ("big.txt", f"larger than the 10,000 bytes {TOO_BIG}")
    ]
    assert opened == ["good.txt"]


def test_the_cap_is_given_on_the_command_line(folder: Path):
    (folder / "big.txt").write_text(ARTICLE * 200, encoding="utf-8")
    done = CliRunner().invoke(app, ["extract", str(folder), "--max-bytes", "8k", "-f", "json"])
    assert done.exit_code == 0
    assert errors_of(json.loads(done.stdout)) == {"big.txt": f"larger than the 8 kB {TOO_BIG}"}
    assert "big.txt: larger than the 8 kB cap" in done.stderr


def test_stdin_over_the_cap_is_read_no_further_than_the_cap():
    done = CliRunner().invoke(app, ["extract", "-", "--max-bytes", "1k", "-f", "json"], input=ARTICLE * 100)
    assert done.exit_code == 2
    assert errors_of(json.loads(done.stdout)) == {"-": f"larger than the 1 kB {TOO_BIG}"}


def test_a_dump_line_over_the_cap_is_an_error_and_the_next_lines_are_read(tmp_path: Path):
    dump = tmp_path / "news.jsonl"
    long_line = json.dumps({"id": "long", "text": ARTICLE * 100})
    good = json.dumps({"id": "ok", "text": ARTICLE})
    dump.write_text(f"{good}\n{long_line}\n\n{good.replace('ok', 'ok2')}", encoding="utf-8")
    entries = list(iter_dump_records(str(dump), dump, max_bytes=1000))
    assert [(e.source, e.error) for e in entries] == [
        (f"{dump}#ok", None),
        (f"{dump}#2", f"line 2 is larger than the 1,000 bytes {TOO_BIG}"),
        (f"{dump}#ok2", None),
    ]
    assert count_dump_records(dump) == 3  # the progress bar's count: blank lines are no record


def test_a_dump_of_one_endless_line_is_read_in_bounded_memory(tmp_path: Path):
    """A dump without a line break: the line is skipped a chunk at a time, never held whole."""
    dump = tmp_path / "blob.jsonl"
    dump.write_bytes(b"x" * 3_000_000)
    [article] = list(read_articles(str(dump), dump, max_bytes=1000))
    assert article.error == f"line 1 is larger than the 1,000 bytes {TOO_BIG}"


def test_a_sidecar_is_read_only_up_to_a_megabyte(folder: Path):
    (folder / "good.meta.json").write_text('{"date": "2024-05-01", "x": "' + "y" * 2**20 + '"}')
    [document] = extract_paths([str(folder)]).documents
    assert document.doc_date != "2024-05-01"


def test_a_twenty_megabyte_file_is_still_under_the_default_cap(tmp_path: Path):
    path = tmp_path / "long.txt"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(" " * 20_000_000)
        handle.write(ARTICLE)
    [(_source, found, error)] = list(iter_paths([str(path)]))
    assert error is None and found == path
    assert sources.read_bytes(path).endswith(ARTICLE.encode())


# --- readers that cannot load ------------------------------------------------------------------------

PAGE = f"<html><head><title>Trade</title></head><body><article><p>{ARTICLE}</p></article></body></html>"


def test_an_html_reader_that_cannot_load_is_an_error_naming_format_and_fix(folder: Path, monkeypatch):
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # as if it were not installed
    result = extract_paths([str(folder)])
    assert [Path(d.source).name for d in result.documents] == ["good.txt"]
    [error] = result.errors
    assert Path(error.source).name == "page.html"
    assert error.error.startswith("cannot read HTML: ") and error.error.endswith(f"fix: {HTML_FIX}")
    assert HTML_FIX == "pip install trafilatura lxml_html_clean"


def test_a_legacy_encoding_reader_that_cannot_load_is_an_error(folder: Path, monkeypatch):
    (folder / "old.txt").write_bytes(ARTICLE.replace("office", "caf\u00e9").encode("cp1252"))
    monkeypatch.setitem(sys.modules, "charset_normalizer", None)
    result = extract_paths([str(folder)])
    assert [Path(d.source).name for d in result.documents] == ["good.txt"]
    [error] = result.errors
    assert "cannot read text that is not UTF-8" in error.error
    assert error.error.endswith("fix: pip install charset-normalizer")


def test_html_without_lxml_html_clean_is_an_error_not_a_traceback(folder: Path):
    """What pip before 23.3 installed: lxml without lxml_html_clean, so that jusText's import of
    lxml.html.clean fails inside trafilatura's. Blocked here in a fresh process."""
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    program = (
        "import sys\n"
        "sys.modules['lxml.html.clean'] = None\n"
        "sys.modules['lxml_html_clean'] = None\n"
        "from vnru_facts.cli import main\n"
        f"sys.argv = ['vnru-facts', 'extract', {str(folder)!r}, '-f', 'json']\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        check=False,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    output = json.loads(done.stdout)
    assert [Path(d["source"]).name for d in output["documents"]] == ["good.txt"]
    error = errors_of(output)["page.html"]
    assert error.startswith("cannot read HTML: ") and "lxml_html_clean" in error


def test_what_the_html_reader_imports_is_a_dependency_by_its_own_name():
    """Not only as jusText's extra lxml[html_clean], which pip before 23.3 skips (.ci/install-check)."""
    from tests.conftest import ROOT

    tomllib = pytest.importorskip("tomllib")  # Python 3.11+

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {d.split(">")[0].split("=")[0].split("<")[0].strip().lower() for d in declared}
    assert {"trafilatura", "lxml_html_clean", "charset-normalizer"} <= names
