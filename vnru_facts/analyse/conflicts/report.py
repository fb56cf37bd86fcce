"""Conflict records: values side by side, their support, a stable id and a one-line message."""

from __future__ import annotations

from collections.abc import Sequence

from vnru_facts.analyse.conflicts.claims import Claim, ConflictKind
from vnru_facts.models import Conflict, stable_id


def short_source(source: str) -> str:
    """'…/corpus/articles/001_trade.txt' -> '001_trade.txt': messages name files, not folders."""
    return source.replace("\\", "/").rsplit("/", 1)[-1] or source


def sources_phrase(sources: Sequence[str], support: int) -> str:
    """'001_a.txt' or '001_a.txt +2 more, 2 sources' (copies of one story make one source)."""
    names = sorted(dict.fromkeys(short_source(s) for s in sources))
    more = f" +{len(names) - 1} more" if len(names) > 1 else ""
    count = f", {support} source{'s' * (support != 1)}" if support > 1 or len(names) > 1 else ""
    return f"{names[0]}{more}{count}" if names else ""


def best_supported(options: Sequence[tuple[str, int]]) -> str:
    """'; most support: $4.59B (3 sources)' when one option has strictly the most support, else ''."""
    ranked = sorted(options, key=lambda o: -o[1])
    if len(ranked) < 2 or ranked[0][1] == ranked[1][1]:
        return ""
    text, n = ranked[0]
    return f"; most support: {text} ({n} source{'s' * (n != 1)})"


def relative_spread(values: Sequence[float | str | None]) -> float | None:
    """Largest minus smallest, in percent of the largest magnitude: 4.59 vs 4.57 -> 0.44."""
    numbers = [v for v in values if isinstance(v, (int, float))]
    if len(numbers) < 2:
        return None
    top = max(abs(v) for v in numbers)
    return round(100 * (max(numbers) - min(numbers)) / top, 2) if top else None


def make_conflict(
    *,
    kind: ConflictKind,
    subject: str,
    entries: Sequence[tuple[Claim, int]],
    message: str,
    spread_pct: float | None = None,
) -> Conflict:
    """A conflict listing each (claim, support) once; its id depends only on kind, subject and facts."""
    seen: set[tuple[str, str, str]] = set()
    values: list[dict[str, object]] = []
    for claim, n in entries:
        key = (claim.fact_id, claim.source, claim.text)
        if key in seen:
            continue
        seen.add(key)
        values.append(
            {
                "fact_id": claim.fact_id,
                "source": claim.source,
                "value": claim.value,
                "text": claim.text,
                "quote": claim.quote,
                "support": n,
            }
        )
    fact_ids = list(dict.fromkeys(str(v["fact_id"]) for v in values))
    # One validation per conflict, from plain dicts: pydantic-core checks the nested values in one
    # pass, many times faster than building each ConflictValue in Python.
    return Conflict.model_validate(
        {
            "id": stable_id("c", {"kind": kind, "subject": subject, "facts": sorted(fact_ids)}),
            "kind": kind,
            "subject": subject,
            "fact_ids": fact_ids,
            "values": values,
            "spread_pct": spread_pct,
            "message": message,
        }
    )
