"""The timeline drawn for report.html: an inline SVG made with matplotlib, offline (no script, no CDN).

Reads a ``Timeline`` (``vnru_facts.analyse.timeline``) and returns SVG text; matplotlib is imported only when
a chart is drawn, through its object-oriented API (``Figure`` and the SVG canvas): no pyplot, no global
backend switch, nothing shown on a screen.

What it shows, in up to three panels that share the year axis:
- full years of actual trade: one point per source value with its interval as an error bar, the value
  with the most independent support as a line, years where sources conflict on a red band;
- parts of a year: each value as a segment over the months it covers (so Jan–Nov 2024 sits inside
  2024 and never on the full-year line);
- targets and forecasts: hollow markers, apart from the actual figures.
Every point links to its fact in the page and has a tooltip (an SVG ``<title>``) with the value and source.
"""

from __future__ import annotations

import html
import io
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from vnru_facts.analyse.conflicts.report import short_source
from vnru_facts.analyse.timeline import Timeline, TimelinePoint, TimelineRow
from vnru_facts.report.describe import money_short

__all__ = ["CHART_CURRENCY", "charted_rows", "timeline_svg"]

CHART_CURRENCY = "USD"  # amounts in other currencies are other subjects, listed but not drawn
BILLION = 1e9

AGREE, CONFLICT, LINE, BAND = "#1f77b4", "#d62728", "#333333", "#fbe3e3"
PART, TARGET, FORECAST = "#17807e", "#7b4fb3", "#c46a00"
WIDTH_IN, PANEL_IN, LEGEND_IN = 11.0, 3.0, 0.55
SPREAD = 0.28  # how far from the year's centre the values of one year are spread, in years
GID = "timeline-point"
# Labels stay readable where a line or a bar passes behind them.
LABEL_BOX = {"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.85}
# Where a part-year label may go around its point, in order of preference (offset in points, alignment).
SIDE_PLACES = ((6, 2, "left"), (6, -11, "left"), (-6, 2, "right"), (-6, -11, "right"))
MAX_LIFTS = 25
HEADROOM = 1.25  # the y axis reaches this much above the highest bar: room for the labels
MAX_SPLIT_VALUES = 3  # beyond this many a split year's label would run into the next year


@dataclass(frozen=True)
class Panel:
    title: str
    rows: tuple[TimelineRow, ...]
    draw: Callable[[Any, Sequence[TimelineRow], Callable[[TimelinePoint], str | None], list[str]], None]


def charted_rows(timeline: Timeline) -> list[TimelineRow]:
    """The rows the chart draws: US dollar amounts of one year or part of one year."""
    return [r for r in timeline.rows if r.currency == CHART_CURRENCY and r.kind in ("year", "part-year")]


def timeline_svg(timeline: Timeline, *, href: Mapping[str, str]) -> str:
    """The chart as an ``<svg>`` element to inline in a page; ``href`` maps fact ids to in-page links.

    Empty when nothing can be drawn.
    """
    rows = charted_rows(timeline)
    panels = [p for p in _panels(rows) if p.rows]
    if not panels:
        return ""
    titles: list[str] = []  # tooltip of each point, in drawing order (the point's gid is its index)

    def link(point: TimelinePoint) -> str | None:
        return href.get(point.fact_id)

    with _svg_settings():
        from matplotlib.figure import Figure

        height = PANEL_IN * len(panels) + LEGEND_IN
        figure = Figure(figsize=(WIDTH_IN, height), layout="constrained")
        axes = figure.subplots(len(panels), 1, sharex=True, squeeze=False)[:, 0]
        for ax, panel in zip(axes, panels, strict=True):
            panel.draw(ax, panel.rows, link, titles)
            _style(ax, panel.title)
        _year_axis(axes[-1], rows)
        _legend(figure, panels)
        # Label positions are known only once the figure is laid out: lay it out once (nothing is drawn),
        # place the labels, and keep that layout for the file so that they stay where they were placed.
        figure.draw_without_rendering()
        for ax in axes:
            _place_labels(figure, ax)
        figure.set_layout_engine("none")
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return _inline(buffer.getvalue(), titles)


# --- panels ----------------------------------------------------------------------------------------


def _panels(rows: Sequence[TimelineRow]) -> list[Panel]:
    actual = [r for r in rows if r.status == "actual"]
    return [
        Panel(
            "Full years: each source's value (bar: the interval its words allow); line: most support",
            tuple(r for r in actual if r.kind == "year"),
            _draw_years,
        ),
        Panel(
            "Parts of a year (a segment spans the months the figure covers; not comparable with full years)",
            tuple(r for r in actual if r.kind == "part-year"),
            _draw_part_years,
        ),
        Panel(
            "Targets and forecasts (drawn apart from actual figures)",
            tuple(r for r in rows if r.status != "actual"),
            _draw_targets,
        ),
    ]


def _year(row: TimelineRow) -> int:
    return int(row.start[:4])


def _offsets(n: int) -> list[float]:
    """Where the values of one period sit around its x: side by side, so equal values stay visible."""
    if n == 1:
        return [0.0]
    return [-SPREAD + 2 * SPREAD * i / (n - 1) for i in range(n)]


def _draw_years(ax: Any, rows: Sequence[TimelineRow], link: Callable, titles: list[str]) -> None:
    for row in rows:
        x = _year(row)
        if row.conflict:
            ax.axvspan(x - 0.46, x + 0.46, color=BAND, zorder=0, linewidth=0)
        for dx, point in zip(_offsets(len(row.points)), row.points, strict=True):
            color = CONFLICT if point.conflicting else AGREE
            _point(ax, x + dx, point, row, link, titles, color=color, marker="o", filled=True)
        _label(ax, x, row)
    _supported_line(ax, rows)


def _draw_part_years(ax: Any, rows: Sequence[TimelineRow], link: Callable, titles: list[str]) -> None:
    for row in rows:
        first, last = _months(row)
        left, right = _year(row) - 0.5 + (first - 1) / 12, _year(row) - 0.5 + last / 12
        for point in row.points:
            color = CONFLICT if point.conflicting else PART
            y = point.value / BILLION
            ax.plot([left, right], [y, y], color=color, linewidth=2.2, alpha=0.8, solid_capstyle="butt")
            _point(ax, right, point, row, link, titles, color=color, marker="s", filled=True)
        top = max(p.value for p in row.points) / BILLION
        ax.annotate(
            _plain(row.label.rsplit(" ", 1)[0]),  # "Jan–Nov": the year is on the axis
            (right, top),
            xytext=SIDE_PLACES[0][:2],
            textcoords="offset points",
            ha=SIDE_PLACES[0][2],
            fontsize=7.5,
            color="#444",
            bbox=LABEL_BOX,
        )


def _draw_targets(ax: Any, rows: Sequence[TimelineRow], link: Callable, titles: list[str]) -> None:
    for row in rows:
        x = _year(row) - 0.5 + (_months(row)[1] / 12 if row.kind == "part-year" else 0.5)
        if row.conflict:
            ax.axvspan(x - 0.46, x + 0.46, color=BAND, zorder=0, linewidth=0)
        marker, color = ("D", TARGET) if row.status == "target" else ("^", FORECAST)
        for dx, point in zip(_offsets(len(row.points)), row.points, strict=True):
            _point(
                ax,
                x + dx,
                point,
                row,
                link,
                titles,
                color=CONFLICT if point.conflicting else color,
                marker=marker,
                filled=False,
            )
        _label(ax, x, row, prefix=f"{row.status}: " if row.kind == "year" else f"{row.label} {row.status}: ")


def _months(row: TimelineRow) -> tuple[int, int]:
    """First and last month of a period within its year (1 and 12 when not given to the month)."""
    first = int(row.start[5:7]) if len(row.start) >= 7 else 1
    last = int(row.end[5:7]) if len(row.end) >= 7 else 12
    return first, last


# --- marks -----------------------------------------------------------------------------------------


def _finite_high(point: TimelinePoint) -> float:
    return point.high if math.isfinite(point.high) else point.value * 1.5


def _point(
    ax: Any,
    x: float,
    point: TimelinePoint,
    row: TimelineRow,
    link: Callable[[TimelinePoint], str | None],
    titles: list[str],
    *,
    color: str,
    marker: str,
    filled: bool,
) -> None:
    """One source value: its interval as a capped bar and the value as a marker, both linked to the fact."""
    low, high = point.low / BILLION, _finite_high(point) / BILLION
    bar = ax.plot([x, x], [low, high], color=color, linewidth=1.3, marker="_", markersize=7, zorder=3)[0]
    face = color if filled else "white"
    dot = ax.plot(
        [x],
        [point.value / BILLION],
        marker=marker,
        markersize=6.5,
        color=color,
        markerfacecolor=face,
        markeredgewidth=1.4,
        linestyle="none",
        zorder=4,
    )[0]
    url = link(point)
    if url:
        bar.set_url(url)
        dot.set_url(url)
    dot.set_gid(f"{GID}-{len(titles)}")  # _inline finds the point by it to add its tooltip
    titles.append(_tooltip(point, row))


def _tooltip(point: TimelinePoint, row: TimelineRow) -> str:
    qualifier = "" if point.qualifier == "exact" else f"{point.qualifier} "
    interval = f"{money_short(point.low)}–{money_short(_finite_high(point))}"
    status = "" if row.status == "actual" else f" {row.status}"
    marks = " · disagrees with another source" if point.conflicting else ""
    return (
        f"{row.label}{status}: {qualifier}{point.text} ({interval}) · {short_source(point.source)}"
        f" · {point.support} source{'s' * (point.support != 1)} consistent{marks}"
    )


def _label(ax: Any, x: float, row: TimelineRow, *, prefix: str = "") -> None:
    """The best supported value above the year ('over $7B' keeps its qualifier), or
    'split: $4.57B / $4.59B' where values that disagree have equal support."""
    top = max(_finite_high(p) for p in row.points) / BILLION
    best = row.supported
    qualifier = "" if best is None or best.qualifier == "exact" else f"{best.qualifier} "
    text = f"{prefix}{qualifier}{money_short(best.value)}" if best else f"{prefix}{_split(row)}"
    text = _plain(text)
    ax.annotate(
        text,
        (x, top),
        xytext=(0, 7),
        textcoords="offset points",
        ha="center",
        fontsize=8.5,
        color=LINE if best else CONFLICT,
        fontweight="bold",
        bbox=LABEL_BOX,
    )


def _plain(text: str) -> str:
    """Text that matplotlib prints as written: two '$' would start its math mode ("$4.57B / $4.59B")."""
    return text.replace("$", r"\$")


def _split(row: TimelineRow) -> str:
    values = list(dict.fromkeys(money_short(p.value) for p in row.points if p.conflicting))
    return f"split: {' / '.join(values)}" if len(values) <= MAX_SPLIT_VALUES else "split"


def _supported_line(ax: Any, rows: Sequence[TimelineRow]) -> None:
    """The best supported value of each year, joined across consecutive years only (a gap stays a gap)."""
    by_year = {_year(r): r.supported.value / BILLION for r in rows if r.supported}
    if not by_year:
        return
    years = range(min(by_year), max(by_year) + 1)
    ax.plot(
        list(years),
        [by_year.get(y, math.nan) for y in years],
        color=LINE,
        linewidth=1.6,
        marker="_",
        markersize=16,
        markeredgewidth=2,
        zorder=2,
    )


# --- axes, legend and the SVG text -------------------------------------------------------------------


def _style(ax: Any, title: str) -> None:
    ax.set_title(title, fontsize=10, loc="left", color="#222")
    ax.set_ylabel("US$ billion", fontsize=9)
    ax.tick_params(labelsize=9, labelbottom=True)  # years under every panel, not only the last
    ax.grid(axis="y", color="#e6e6e6", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    # From zero: a zoomed axis makes $4.57B and $4.59B look far apart and a rounding interval look wide;
    # the room above the highest bar is for the labels.
    ax.set_ylim(0, ax.dataLim.y1 * HEADROOM if ax.dataLim.y1 > 0 else 1)


def _place_labels(figure: Any, ax: Any) -> None:
    """Keep labels off each other and off the points: a part-year label tries each side of its point,
    then any label is lifted above what it overlaps (close values of neighbouring periods)."""
    from matplotlib.text import Annotation

    taken = _marker_boxes(figure, ax)
    labels = [t for t in ax.texts if isinstance(t, Annotation)]
    for label in sorted(labels, key=lambda t: (t.xy[1], t.xy[0])):
        if label.get_horizontalalignment() != "center":
            _try_sides(label, taken)
        _lift_clear(figure, label, taken)
        taken.append(label.get_window_extent())


def _marker_boxes(figure: Any, ax: Any) -> list[Any]:
    from matplotlib.transforms import Bbox

    boxes = []
    for line in ax.lines:
        if not str(line.get_gid() or "").startswith(GID):
            continue
        x, y = ax.transData.transform(line.get_xydata()[0])
        half = line.get_markersize() / 2 * figure.dpi / 72
        boxes.append(Bbox.from_extents(x - half, y - half, x + half, y + half))
    return boxes


def _overlaps_any(box: Any, taken: Sequence[Any]) -> Any:
    return next((other for other in taken if box.overlaps(other)), None)


def _try_sides(label: Any, taken: Sequence[Any]) -> None:
    for dx, dy, align in SIDE_PLACES:
        label.xyann = (dx, dy)
        label.set_horizontalalignment(align)
        if _overlaps_any(label.get_window_extent(), taken) is None:
            return
    dx, dy, align = SIDE_PLACES[0]
    label.xyann = (dx, dy)
    label.set_horizontalalignment(align)


def _lift_clear(figure: Any, label: Any, taken: Sequence[Any]) -> None:
    points_per_pixel = 72 / figure.dpi
    for _ in range(MAX_LIFTS):
        box = label.get_window_extent()
        other = _overlaps_any(box, taken)
        if other is None:
            return
        dx, dy = label.xyann
        label.xyann = (dx, dy + (other.y1 - box.y0 + 1) * points_per_pixel)


def _year_axis(ax: Any, rows: Sequence[TimelineRow]) -> None:
    years = [_year(r) for r in rows]
    first, last = min(years), max(years)
    step = 1 if last - first <= 20 else 2
    ax.set_xticks(range(first, last + 1, step))
    ax.set_xlim(first - 0.6, last + 0.6)


def _legend(figure: Any, panels: Sequence[Panel]) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [
        Line2D([], [], color=AGREE, marker="o", linestyle="none", label="a source's value"),
        Line2D([], [], color=CONFLICT, marker="o", linestyle="none", label="a value sources disagree on"),
        Line2D([], [], color=LINE, linewidth=1.6, label="most independent support"),
        Patch(color=BAND, label="sources conflict"),
    ]
    kinds = {(r.status, r.kind) for p in panels for r in p.rows}
    if any(kind == "part-year" for status, kind in kinds if status == "actual"):
        handles.append(Line2D([], [], color=PART, marker="s", linewidth=2.2, label="part of a year"))
    if any(status == "target" for status, _ in kinds):
        handles.append(_hollow(TARGET, "D", "target"))
    if any(status == "forecast" for status, _ in kinds):
        handles.append(_hollow(FORECAST, "^", "forecast"))
    figure.legend(handles=handles, loc="outside upper center", ncols=4, fontsize=9, frameon=False)


def _hollow(color: str, marker: str, label: str) -> Any:
    from matplotlib.lines import Line2D

    return Line2D([], [], color=color, marker=marker, markerfacecolor="white", linestyle="none", label=label)


@contextmanager
def _svg_settings() -> Iterator[None]:
    """Text as text (selectable, in the page's font) and ids that do not change between runs."""
    import matplotlib

    with matplotlib.rc_context(
        {"svg.fonttype": "none", "svg.hashsalt": "vnru-facts", "font.family": "sans-serif"}
    ):
        yield


_PROLOG = re.compile(r"\A.*?(?=<svg\b)", re.DOTALL)
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
_SIZE = re.compile(r'<svg([^>]*?) width="[^"]*" height="[^"]*"')


def _inline(svg: str, titles: Sequence[str]) -> str:
    """matplotlib's SVG file made into an element for an HTML page.

    No XML prolog or metadata; it scales to the page's width; in-page links open in place (matplotlib
    writes ``target="_blank"``); each point gets its tooltip as an SVG ``<title>``.
    """
    svg = _METADATA.sub("", _PROLOG.sub("", svg, count=1), count=1)
    svg = _SIZE.sub(
        r'<svg\1 class="timeline-chart" role="img" aria-labelledby="timeline-caption"', svg, count=1
    )
    svg = svg.replace(' target="_blank"', "")
    for number, title in enumerate(titles):
        svg = svg.replace(
            f'<g id="{GID}-{number}">', f'<g id="{GID}-{number}"><title>{html.escape(title)}</title>', 1
        )
    return svg
