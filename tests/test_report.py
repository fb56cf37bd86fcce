"""Evidence highlighting: the pieces a terminal prints, the HTML pages, and that article text stays text."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vnru_facts import extract_text
from vnru_facts.cli import app
from vnru_facts.models import Document, FactsDocument
from vnru_facts.report.highlight import Mark, Piece, article_page, excerpt, pieces, report_page

ROOT = Path(__file__).resolve().parent.parent
TRADE = "Bilateral trade between Vietnam and Russia reached $4.57 billion in 2024, up 26% from 2023."
HOSTILE = '<img src=x onerror="alert(1)"> & <script>alert(2)</script>'


class Tags(HTMLParser):
    """Every tag and attribute a browser would build from the page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)


def tags_of(page: str) -> Tags:
    parser = Tags()
    parser.feed(page)
    return parser


def assert_inert(page: str) -> None:
    parsed = tags_of(page)
    assert not {"script", "img", "iframe"} & set(parsed.tags)
    assert not [name for name, _ in parsed.attrs if name.startswith("on")]


A, B = Mark(1, "trade", 0, 10), Mark(2, "visit", 4, 6)


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        ([], [Piece("0123456789ab")]),
        ([A], [Piece("0123456789", A), Piece("[1]", A, label=True), Piece("ab")]),
        (
            [A, B],  # the inner (more specific) evidence wins where they overlap
            [
                Piece("0123", A),
                Piece("45", B),
                Piece("[2]", B, label=True),
                Piece("6789", A),
                Piece("[1]", A, label=True),
                Piece("ab"),
            ],
        ),
    ],
    ids=["none", "one", "nested"],
)
def test_pieces_cut_the_text_at_every_evidence_edge(marks: list[Mark], expected: list[Piece]) -> None:
    assert pieces("0123456789ab", marks) == expected


def test_pieces_put_the_whole_text_back_together() -> None:
    text = "one two three four"
    joined = "".join(
        p.text for p in pieces(text, [Mark(1, "trade", 4, 13), Mark(2, "trade", 8, 18)]) if not p.label
    )
    assert joined == text


def test_excerpt_keeps_only_lines_with_evidence() -> None:
    text = "intro\n\nfirst fact here\nmiddle\nsecond fact\noutro\n"
    start = text.index("first")
    kept = excerpt(
        text, [Mark(1, "trade", start, start + 5), Mark(2, "trade", text.index("second"), len(text) - 7)]
    )
    assert [line for _, _, line in kept.lines] == ["first fact here", "second fact"]
    assert [number for number, _, _ in kept.lines] == [1, 3]
    assert kept.total == 5


def test_article_page_escapes_untrusted_text_title_and_url() -> None:
    text = f"{HOSTILE}\n{TRADE}\n"
    result = extract_text(text, source="<evil>.txt")
    document = Document(source="<evil>.txt", sha256="0", title=HOSTILE, url="javascript:alert(3)")
    page = article_page(document=document, source=document.source, text=text, facts=result.facts)
    assert_inert(page)
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert "javascript:" not in [v for _, v in tags_of(page).attrs if v]
    assert "1 trade" in page  # the fact's numbered label drawn by displaCy


def test_report_page_shows_conflict_values_side_by_side(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(ROOT / "seeds"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = (out / "report.html").read_text(encoding="utf-8")
    assert_inert(page)
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))
    [conflict] = [c for c in facts["conflicts"] if c["kind"] == "value"]
    assert "class='side-by-side'" in page
    for value in conflict["values"]:
        assert value["text"] in page
    for number, fact in enumerate(facts["facts"], start=1):
        assert f"{number} {fact['type']}" in page


def test_report_page_with_nothing_found_still_renders() -> None:
    page = report_page(FactsDocument(), {})
    assert "No conflicts between sources." in page and "No facts found." in page


def test_an_earlier_report_in_the_input_folder_is_not_read_as_an_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TRADE, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "out")]).exit_code == 0
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "json"])
    output = json.loads(result.stdout)
    assert [d["source"] for d in output["documents"]] == [str(tmp_path / "a.txt")]
    assert [e["error"] for e in output["errors"]] == ["a vnru-facts report, not an article"]


def test_extract_refuses_to_overwrite_an_input_named_report_html(tmp_path: Path) -> None:
    (tmp_path / "report.html").write_text(f"<p>{TRADE}</p>", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "report.html"), "-o", str(tmp_path)])
    assert result.exit_code == 2


def test_show_prints_the_article_and_a_numbered_list(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"Title line of the article\n\n{TRADE}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(article)])
    assert result.exit_code == 0, result.output
    assert TRADE + "[1]" in result.stdout
    assert "1. trade" in result.stdout and "$4.57B" in result.stdout


def test_show_html_writes_a_standalone_page(tmp_path: Path) -> None:
    article, page = tmp_path / "a.txt", tmp_path / "a.html"
    article.write_text(f"{HOSTILE}\n{TRADE}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["show", str(article), "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "1 trade" in html
    assert_inert(html)


def test_show_picks_one_record_of_a_news_dump(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"id": "a", "text": "Nothing here."})
        + "\n"
        + json.dumps({"id": "b", "text": TRADE})
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["show", f"{dump}#b"])
    assert result.exit_code == 0, result.output
    assert "1. trade" in result.stdout and "Nothing here" not in result.stdout
    missing = CliRunner().invoke(app, ["show", f"{dump}#zzz"])
    assert missing.exit_code == 2


def test_report_page_draws_the_trade_timeline_offline_linked_to_the_facts(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["extract", str(ROOT / "seeds"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = (out / "report.html").read_text(encoding="utf-8")
    parsed = tags_of(page)
    assert "svg" in parsed.tags and "figcaption" in parsed.tags
    # Offline: no script at all, nothing loaded from anywhere.
    assert "script" not in parsed.tags
    assert not [v for name, v in parsed.attrs if name == "src"]
    # Every in-page link (the chart's points included) lands on an element of the page.
    ids = {v for name, v in parsed.attrs if name == "id"}
    targets = {
        v[1:] for name, v in parsed.attrs if name in ("href", "xlink:href") and v and v.startswith("#")
    }
    chart_targets = {
        v[1:] for name, v in parsed.attrs if name == "xlink:href" and v and v.startswith("#fact-")
    }
    assert targets <= ids, targets - ids
    # One linked point per source value of the series: 2022, 2023, two for 2024, two for Jan-Nov 2024.
    assert len(chart_targets) == 6
    facts = json.loads((out / "facts.json").read_text(encoding="utf-8"))["facts"]
    linked = {facts[int(t.removeprefix("fact-")) - 1]["id"] for t in chart_targets}
    bilateral_totals = {
        f["id"]
        for f in facts
        if f["type"] == "trade" and f["flow"] == "total" and f["parties"] == ["RU", "VN"] and f["value"]
    }
    assert linked == bilateral_totals
    assert "split: $4.57B / $4.59B" in page
