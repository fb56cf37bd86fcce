"""Facts shown against their articles: the highlighted pieces for a terminal, and standalone HTML pages.

Separate from the data model (which has no I/O): this module only reads facts and texts and returns
strings. Evidence is drawn with displaCy's span renderer from manual data built out of the facts'
character offsets, so no spaCy ``Doc`` has to be kept. Article text, titles and sources are untrusted
and always escaped: displaCy escapes token text, and everything else goes through ``html.escape``.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vnru_facts.models import Conflict, Document, FactsDocument
from vnru_facts.read.formats import GENERATOR_META
from vnru_facts.report.describe import summary  # the same one-line wording as the terminal table

__all__ = [
    "TYPE_COLORS",
    "Excerpt",
    "Mark",
    "Piece",
    "article_page",
    "excerpt",
    "marks_of",
    "pieces",
    "report_page",
]

# displaCy's own palette for related labels, one colour per fact type, readable behind black text.
TYPE_COLORS = {"trade": "#7aecec", "investment": "#bfeeb7", "visit": "#feca74", "agreement": "#c887fb"}
_FALLBACK_COLOR = "#ddd"
_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Mark:
    """One fact's evidence to highlight: its number in the list under the text, type and interval."""

    number: int
    type: str
    start: int
    end: int

    @property
    def label(self) -> str:
        return f"{self.number} {self.type}"


@dataclass(frozen=True)
class Piece:
    """A run of text under the same highlight, or (``label`` set) the number that closes a highlight."""

    text: str
    mark: Mark | None = None
    label: bool = False


@dataclass(frozen=True)
class Excerpt:
    """The lines of one article that hold evidence, kept instead of the whole text.

    ``lines`` are ``(line number, offset, text)`` among the article's non-blank lines, of which there
    are ``total``; the numbers tell where text was left out.
    """

    lines: tuple[tuple[int, int, str], ...]
    total: int


def marks_of(facts: Iterable[Any], *, first: int = 1) -> list[Mark]:
    """Numbered marks in the order given, so number ``n`` is the n-th fact listed under the text."""
    return [
        Mark(number, fact.type, fact.evidence.start, fact.evidence.end)
        for number, fact in enumerate(facts, start=first)
    ]


def pieces(text: str, marks: Sequence[Mark]) -> list[Piece]:
    """Cut ``text`` where any highlight starts or ends; overlapping evidence shows the innermost fact.

    After the last character of each highlight comes a label piece with its number, which is what a
    terminal prints as ``[1]`` so the reader can find the fact in the list.
    """
    cuts = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    out: list[Piece] = []
    for start, end in itertools.pairwise(cuts):
        covering = [m for m in marks if m.start <= start and end <= m.end]
        # The shortest covering span is the most specific statement at this spot.
        innermost = min(covering, key=lambda m: (m.end - m.start, m.number), default=None)
        out.append(Piece(text[start:end], innermost))
        out.extend(Piece(f"[{m.number}]", m, label=True) for m in marks if m.end == end)
    return out


def excerpt(text: str, marks: Sequence[Mark]) -> Excerpt:
    """The lines (paragraphs) that any evidence touches: a report shows these, not whole articles."""
    lines = _lines(text)
    kept = tuple(
        (number, start, line)
        for number, (start, line) in enumerate(lines)
        if any(m.start < start + len(line) and start < m.end for m in marks)
    )
    return Excerpt(kept, len(lines))


def article_page(*, document: Document | None, source: str, text: str, facts: Sequence[Any]) -> str:
    """A standalone HTML page: the whole article with its evidence highlighted, then the facts."""
    marks = marks_of(facts)
    title = (document.title if document else None) or source
    body = [
        f"<h1>{_e(title)}</h1>",
        _document_meta(document, source),
        _facts_legend(),
        "<article>",
        _highlighted_lines(_lines(text), marks),
        "</article>",
        "<h2>Facts</h2>",
        _numbered_facts(facts, marks) if facts else "<p>No facts found in this article.</p>",
    ]
    return _page(f"vnru-facts: {title}", "\n".join(body))


def report_page(result: FactsDocument, excerpts: Mapping[str, Excerpt]) -> str:
    """The ``extract -o DIR`` report: conflicts with their values side by side, the facts table, and
    each document's evidence in context (``excerpts`` by source)."""
    marks = {m.number: m for m in marks_of(result.facts)}
    number_of = {f.id: n for n, f in zip(marks, result.facts, strict=True)}
    anchors = _document_anchors(result.documents)
    n_docs, n_facts, n_conflicts = len(result.documents), len(result.facts), len(result.conflicts)
    body = [
        "<h1>vnru-facts report</h1>",
        f"<p class='meta'>{n_facts} facts from {n_docs} document{'s' * (n_docs != 1)}, "
        f"{n_conflicts} conflict{'s' * (n_conflicts != 1)}, {len(result.errors)} unreadable</p>",
        _timeline_section(result, number_of),
        f"<h2 id='conflicts'>Conflicts ({n_conflicts})</h2>",
        "\n".join(_conflict_card(c, number_of) for c in result.conflicts)
        or "<p>No conflicts between sources.</p>",
        f"<h2 id='facts'>Facts ({n_facts})</h2>",
        _facts_legend(),
        _facts_table(result.facts, number_of, anchors),
        f"<h2 id='documents'>Documents ({n_docs})</h2>",
        *(
            _document_section(d, result.facts, marks, number_of, excerpts, anchor=anchors[d.source])
            for d in result.documents
        ),
        _errors(result),
    ]
    return _page("vnru-facts report", "\n".join(body))


# --- pieces of the pages ------------------------------------------------------------------------


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _lines(text: str) -> list[tuple[int, str]]:
    """Non-blank lines with their offsets: news text keeps one paragraph per line."""
    out, offset = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    return out


def _displacy_line(start: int, line: str, marks: Sequence[Mark]) -> dict[str, Any]:
    """displaCy manual span data for one line.

    Tokens are the line's whitespace-separated words: the span renderer puts one space between
    tokens, so words (not spaCy tokens, which would print "$ 4.57") reproduce the text as written.
    A highlight is widened to whole words.
    """
    words = [(start + w.start(), start + w.end(), w.group()) for w in _WORD.finditer(line)]
    spans = []
    for m in marks:
        inside = [i for i, (w_start, w_end, _) in enumerate(words) if w_start < m.end and m.start < w_end]
        if inside:
            spans.append({"start_token": inside[0], "end_token": inside[-1] + 1, "label": m.label})
    return {"text": line, "tokens": [w for _, _, w in words], "spans": spans}


def _highlighted_lines(lines: Sequence[tuple[int, str]], marks: Sequence[Mark]) -> str:
    """Each line rendered on its own by displaCy's span renderer, so paragraphs stay paragraphs."""
    from spacy import displacy  # spaCy loads only when a page is rendered

    colors = {m.label: TYPE_COLORS.get(m.type, _FALLBACK_COLOR) for m in marks}
    data = [_displacy_line(start, line, marks) for start, line in lines]
    return displacy.render(data, style="span", manual=True, options={"colors": colors}) if data else ""


def _facts_legend() -> str:
    chips = "".join(f"<span class='chip' style='background:{c}'>{t}</span>" for t, c in TYPE_COLORS.items())
    return f"<p class='legend'>{chips}</p>"


def _chip(fact_type: str) -> str:
    color = TYPE_COLORS.get(fact_type, _FALLBACK_COLOR)
    return f"<span class='chip' style='background:{color}'>{_e(fact_type)}</span>"


def _numbered_facts(facts: Sequence[Any], marks: Sequence[Mark]) -> str:
    items = "\n".join(
        f"<li value='{m.number}'>{_chip(f.type)} {_e(summary(f))}"
        f"<blockquote>{_e(f.evidence.text)}</blockquote></li>"
        for m, f in zip(marks, facts, strict=True)
    )
    return f"<ol class='facts'>\n{items}\n</ol>"


def _document_meta(document: Document | None, source: str) -> str:
    parts = [f"<code>{_e(source)}</code>"]
    if document is not None and document.doc_date:
        parts.append(f"dated {_e(document.doc_date)} ({_e(document.doc_date_origin)})")
    if document is not None and document.url:
        parts.append(
            f"<a href='{_e(_safe_url(document.url))}' rel='noopener noreferrer'>{_e(document.url)}</a>"
        )
    return f"<p class='meta'>{' · '.join(parts)}</p>"


def _safe_url(url: str) -> str:
    # A dump or page can carry any string as its url: only web links become clickable.
    return url if re.match(r"(?i)https?://", url) else "#"


def fact_anchor(number: int) -> str:
    """The id of a fact's row in the report's facts table: what the chart's points link to."""
    return f"fact-{number}"


def _document_anchors(documents: Sequence[Document]) -> dict[str, str]:
    return {d.source: f"doc-{n}" for n, d in enumerate(documents, start=1)}


def _source_cell(source: str, anchors: Mapping[str, str]) -> str:
    """The source, linked to its document's evidence in context when the page shows it."""
    code = f"<code>{_e(source).replace('/', '/<wbr>')}</code>"
    return f"<a href='#{anchors[source]}'>{code}</a>" if source in anchors else code


def _facts_table(facts: Sequence[Any], number_of: Mapping[str, int], anchors: Mapping[str, str]) -> str:
    if not facts:
        return "<p>No facts found.</p>"
    rows = "\n".join(
        f"<tr id='{fact_anchor(number_of[f.id])}'><td class='num'>{number_of[f.id]}</td>"
        f"<td>{_chip(f.type)}</td><td>{_e(summary(f))}</td>"
        f"<td>{_source_cell(f.source, anchors)}</td><td class='quote'>{_e(f.evidence.text)}</td></tr>"
        for f in facts
    )
    head = "<tr><th>#</th><th>type</th><th>fact</th><th>source</th><th>evidence</th></tr>"
    return f"<table class='facts'>\n<thead>{head}</thead>\n<tbody>\n{rows}\n</tbody>\n</table>"


def _timeline_section(result: FactsDocument, number_of: Mapping[str, int]) -> str:
    """The trade chart (``vnru_facts.report.chart``) with a caption that says how to read it."""
    from vnru_facts.analyse.timeline import build_timeline
    from vnru_facts.report.chart import charted_rows, timeline_svg

    timeline = build_timeline(result.facts, documents=result.documents)
    href = {fact_id: f"#{fact_anchor(n)}" for fact_id, n in number_of.items()}
    svg = timeline_svg(timeline, href=href)
    head = "<h2 id='timeline'>Trade timeline</h2>"
    if not svg:
        return f"{head}<p>No Vietnam–Russia trade totals in US dollars with a year to draw.</p>"
    drawn = len(charted_rows(timeline))
    not_drawn = len(timeline.rows) - drawn
    rest = (
        f" {not_drawn} period{'s' * (not_drawn != 1)} in other currencies or over several years "
        "are not drawn (<code>vnru-facts timeline</code> lists them)."
        if not_drawn
        else ""
    )
    caption = (
        "Vietnam–Russia trade in all goods, both ways, by year, as each source states it. "
        "A point is one source's figure and its bar the interval its words allow (“about”, "
        "“over” and rounding widen it); the dark line joins each year's value with the most "
        "independent support (copies of one story count once); a red band marks a year where sources "
        "conflict (“split” where the disagreeing values have equal support). Parts of a year and "
        "targets or forecasts are drawn in panels of their own, never on the full-year line. Hover a "
        f"point for its source; click it for its fact and evidence below.{rest}"
    )
    return (
        f"{head}\n<figure class='timeline'>\n{svg}\n"
        f"<figcaption id='timeline-caption'>{caption}</figcaption>\n</figure>"
    )


def _conflict_card(conflict: Conflict, number_of: Mapping[str, int]) -> str:
    columns = "\n".join(
        "<div class='value'>"
        f"<div class='amount'>{_e(v.text or v.value)}</div>"
        f"<div><code>{_e(v.source)}</code>"
        + (f" · fact {number_of[v.fact_id]}" if v.fact_id in number_of else "")
        + "</div>"
        + (f"<blockquote>{_e(v.quote)}</blockquote>" if v.quote else "")
        + "</div>"
        for v in conflict.values
    )
    spread = f" · spread {conflict.spread_pct:g}%" if conflict.spread_pct is not None else ""
    return (
        "<section class='conflict'>"
        f"<h3>{_e(conflict.message)}</h3>"
        f"<p class='meta'>{_e(conflict.kind)} · {_e(conflict.subject)}{_e(spread)}</p>"
        f"<div class='side-by-side'>\n{columns}\n</div></section>"
    )


def _document_section(
    document: Document,
    facts: Sequence[Any],
    marks: Mapping[int, Mark],
    number_of: Mapping[str, int],
    excerpts: Mapping[str, Excerpt],
    *,
    anchor: str,
) -> str:
    own = [marks[number_of[f.id]] for f in facts if f.source == document.source]
    head = f"<h3>{_e(document.title or document.source)}</h3>{_document_meta(document, document.source)}"
    if not own:
        return f"<section class='document' id='{anchor}'>{head}<p>No facts.</p></section>"
    kept = excerpts.get(document.source)
    text = _highlighted_excerpt(kept, own) if kept and kept.lines else "<p>(text not kept)</p>"
    return f"<section class='document' id='{anchor}'>{head}<article>{text}</article></section>"


def _highlighted_excerpt(kept: Excerpt, marks: Sequence[Mark]) -> str:
    """Only the lines with evidence; an ellipsis stands for each run of left-out lines."""
    gap = "<p class='gap'>…</p>"
    parts: list[str] = []
    expected = 0  # the line number that follows the last one shown
    for number, start, line in kept.lines:
        if number > expected:
            parts.append(gap)
        parts.append(_highlighted_lines([(start, line)], marks))
        expected = number + 1
    if expected < kept.total:
        parts.append(gap)
    return "\n".join(parts)


def _errors(result: FactsDocument) -> str:
    if not result.errors:
        return ""
    items = "\n".join(f"<li><code>{_e(e.source)}</code>: {_e(e.error)}</li>" for e in result.errors)
    return f"<h2 id='errors'>Unreadable inputs ({len(result.errors)})</h2>\n<ul>\n{items}\n</ul>"


_CSS = """
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem;
       color: #222; }
h1 { margin-bottom: 0.2rem; } h3 { margin: 0.4rem 0; }
.meta { color: #666; font-size: 0.9rem; margin-top: 0; }
.chip { border-radius: 3px; padding: 0 0.35rem; font-size: 0.8rem; font-weight: 600; margin-right: 0.3rem; }
article { border-left: 3px solid #eee; padding-left: 1rem; }
.gap { color: #999; margin: 0; }
/* displaCy places a span's label inside its first word's box: without this, "6 trade" wraps under a
   short first word ("In") and stacked labels overlap. */
.spans span { white-space: nowrap; }
.spans { margin-bottom: 0.5rem; }
table.facts { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
table.facts th, table.facts td { border-bottom: 1px solid #eee; padding: 0.3rem 0.5rem; text-align: left;
                                 vertical-align: top; }
td.num { color: #666; } td.quote { color: #444; max-width: 32rem; }
ol.facts li { margin-bottom: 0.6rem; }
blockquote { margin: 0.2rem 0 0 0; color: #555; font-size: 0.9rem; }
.conflict { border: 1px solid #f0b4b4; background: #fff8f8; border-radius: 6px; padding: 0.6rem 1rem;
            margin-bottom: 1rem; }
.side-by-side { display: flex; gap: 1rem; flex-wrap: wrap; }
.side-by-side .value { flex: 1 1 0; min-width: 16rem; background: #fff; border: 1px solid #eee;
                       border-radius: 4px; padding: 0.5rem; }
.value .amount { font-size: 1.3rem; font-weight: 700; }
.document { margin-bottom: 1.5rem; }
figure.timeline { margin: 0 0 1.5rem 0; }
svg.timeline-chart { width: 100%; height: auto; }
figure.timeline figcaption { color: #555; font-size: 0.9rem; max-width: 60rem; }
tr:target, section.document:target { background: #fff6cc; }
/* A long source path wraps instead of widening the page (the facts table breaks it after a slash). */
.side-by-side code { overflow-wrap: anywhere; }
"""


def _page(title: str, body: str) -> str:
    return (
        f"<!doctype html>\n<html lang='en'>\n<head>\n<meta charset='utf-8'>\n{GENERATOR_META}\n"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>\n"
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
