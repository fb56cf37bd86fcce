"""Inputs people have: HTML pages, Markdown, JSONL news dumps and stdin, each giving sourced articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vnru_facts import extract_paths
from vnru_facts.cli import app
from vnru_facts.read.sources import iter_paths, read_articles

TRADE = "Bilateral trade between Vietnam and Russia reached $4.57 billion in 2024, up 26% from 2023."
PAGE = f"""<!doctype html><html><head><title>Trade hits record | News site</title>
<meta property="article:published_time" content="2025-01-15T08:00:00+07:00"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Vietnam, Russia trade hits record</h1>
<p>HANOI — {TRADE}</p>
<p>Officials said cooperation in energy &amp; education would grow <script>alert(1)</script>.</p>
</article><footer>Copyright 2023 News site. All rights reserved.</footer></body></html>"""


def articles(path: Path) -> list:
    return [a for source, p, _ in iter_paths([str(path)]) for a in read_articles(source, p)]


def test_html_page_gives_its_main_text_without_navigation(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    [article] = articles(page)
    assert article.error is None
    assert TRADE in article.text
    assert "Home" not in article.text and "Copyright" not in article.text
    assert "alert" not in article.text
    assert (article.doc_date, article.doc_date_origin) == ("2025-01-15", "meta")


def test_html_evidence_offsets_refer_to_the_extracted_text(tmp_path: Path) -> None:
    page = tmp_path / "page.htm"
    page.write_text(PAGE, encoding="utf-8")
    [article] = articles(page)
    [fact] = extract_paths([str(page)]).facts
    assert article.text[fact.evidence.start : fact.evidence.end] == fact.evidence.text
    assert TRADE in fact.evidence.text


def test_sidecar_metadata_wins_over_the_page(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "page.meta.json").write_text('{"date": "2025-03-01"}', encoding="utf-8")
    [article] = articles(tmp_path / "page.html")
    assert (article.doc_date, article.doc_date_origin) == ("2025-03-01", "meta")


FIGURE_OF_2023 = "Trade between Vietnam and Russia reached $4 billion in 2023."


@pytest.mark.parametrize(
    ("meta", "expected", "text"),
    [
        # the date a site files the page under, when the sidecar gives no date
        (
            '{"url": "https://news.test/politics/2015/05/12/talks-in-hanoi"}',
            ("2015-05-12", "meta"),
            FIGURE_OF_2023,
        ),
        ('{"url": "https://news.test/2015/05/talks-in-hanoi"}', ("2015-05", "meta"), FIGURE_OF_2023),
        (
            '{"url": "https://news.test/world/talks-in-hanoi-2015-05-12.html"}',
            ("2015-05-12", "meta"),
            FIGURE_OF_2023,
        ),
        # a day of the url's month told by the text is the day; a date of another month is an event's
        (
            '{"url": "https://news.test/2023/06/talks"}',
            ("2023-06-20", "text"),
            "HANOI, June 20 - Trade between Vietnam and Russia reached $4 billion in 2022.",
        ),
        (
            '{"url": "https://news.test/2023/06/talks"}',
            ("2023-06", "meta"),
            "HANOI, May 20 - Trade between Vietnam and Russia reached $4 billion in 2022.",
        ),
        # the sidecar's own date wins over its url's
        (
            '{"date": "2015-06-01", "url": "https://news.test/2015/05/12/talks"}',
            ("2015-06-01", "meta"),
            FIGURE_OF_2023,
        ),
        # no date in the url: an id, a number in the host, a slug that starts with a number, a month 13
        ('{"url": "https://news.test/economy/1234567"}', ("2024", "text"), FIGURE_OF_2023),
        ('{"url": "https://2015.news.test/talks"}', ("2024", "text"), FIGURE_OF_2023),
        ('{"url": "https://news.test/2020/10-facts-about-trade"}', ("2024", "text"), FIGURE_OF_2023),
        ('{"url": "https://news.test/2015/13/01/talks"}', ("2024", "text"), FIGURE_OF_2023),
    ],
)
def test_a_url_files_the_page_under_its_date(
    tmp_path: Path, meta: str, expected: tuple[str, str], text: str
) -> None:
    (tmp_path / "a.txt").write_text(text + "\n", "utf-8")
    (tmp_path / "a.meta.json").write_text(meta, encoding="utf-8")
    [article] = articles(tmp_path / "a.txt")
    assert (article.doc_date, article.doc_date_origin) == expected


def test_html_without_article_text_is_an_error_not_a_crash(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><script>var x;</script></head><body></body></html>", encoding="utf-8")
    result = extract_paths([str(page)])
    assert [e.error for e in result.errors] == ["no article text found in the HTML page"]


DUMP_LINES = [
    {"id": "vn-42", "date": "2025-02-01", "title": "Record", "url": "https://x.test/1", "text": TRADE},
    None,  # a blank line: skipped, but still counted for the line numbers that name records
    {"text": "Trade between Vietnam and Russia was $3.6 billion in 2023.", "date": None},
]


def write_dump(path: Path, lines: list) -> Path:
    rows = ["" if line is None else line if isinstance(line, str) else json.dumps(line) for line in lines]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_jsonl_dump_gives_one_article_per_record_named_by_id_or_line(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "dump.jsonl", DUMP_LINES)
    first, second = articles(dump)
    assert first.source == f"{dump}#vn-42"
    assert (first.title, first.url, first.doc_date, first.doc_date_origin) == (
        "Record",
        "https://x.test/1",
        "2025-02-01",
        "meta",
    )
    assert second.source == f"{dump}#3"
    assert second.text.startswith("Trade between")


def test_jsonl_dump_facts_carry_the_record_source(tmp_path: Path) -> None:
    dump = write_dump(tmp_path / "dump.jsonl", DUMP_LINES)
    result = extract_paths([str(dump)])
    assert [d.source for d in result.documents] == [f"{dump}#vn-42", f"{dump}#3"]
    assert {f.source for f in result.facts} == {f"{dump}#vn-42", f"{dump}#3"}


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ("not json", "line 1 is not JSON"),
        ("[1, 2]", "line 1 is not a JSON object"),
        ('{"title": "no text"}', "line 1 has no 'text' string"),
        (
            '{"type": "trade", "evidence": {}}',
            "line 1 has no 'text' string (this looks like extracted facts, not articles)",
        ),
    ],
)
def test_bad_dump_lines_become_errors_and_the_rest_goes_on(tmp_path: Path, line: str, error: str) -> None:
    dump = write_dump(tmp_path / "dump.jsonl", [line, {"text": TRADE}])
    result = extract_paths([str(dump)])
    assert [(e.source, e.error) for e in result.errors] == [(f"{dump}#1", error)]
    assert [d.source for d in result.documents] == [f"{dump}#2"]


def test_folder_walk_finds_every_supported_suffix(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.html", "d.htm", "e.jsonl", "f.pdf", "a.meta.json", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [Path(source).name for source, _, _ in iter_paths([str(tmp_path)])]
    assert found == ["a.txt", "b.md", "c.html", "d.htm", "e.jsonl"]


def test_markdown_is_read_as_text(tmp_path: Path) -> None:
    md = tmp_path / "note.md"
    md.write_text(f"# Trade\n\n*Hanoi* — {TRADE}\n", encoding="utf-8")
    [fact] = extract_paths([str(md)]).facts
    assert fact.value is not None and fact.value.amount == 4.57e9


def test_stdin_is_read_with_a_dash() -> None:
    result = CliRunner().invoke(app, ["extract", "-", "-f", "jsonl"], input=TRADE)
    assert result.exit_code == 0, result.output
    [line] = [json.loads(x) for x in result.stdout.splitlines()]
    assert (line["source"], line["value"]["amount"]) == ("-", 4.57e9)
