"""Disagreements within one subject: values whose intervals are disjoint.

Kinds value, growth, count and date.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from vnru_facts.analyse.conflicts.claims import Claim, Classified, ValueClass, in_disjoint_pair, support
from vnru_facts.analyse.conflicts.report import best_supported, make_conflict, relative_spread, sources_phrase
from vnru_facts.models import Conflict


def one_per_source(cls: ValueClass, cluster_of: Mapping[str, str]) -> list[Claim]:
    """The first claim of each independent source: syndicated copies add no information."""
    first: dict[str, Claim] = {}
    for claim in cls.claims:
        first.setdefault(cluster_of.get(claim.source, claim.source), claim)
    return list(first.values())


def disagreeing_classes(classes: Sequence[ValueClass]) -> list[ValueClass]:
    """The values of one subject that disagree with another value, when they come from at least two
    sources; one document contradicting itself is more often an extraction slip (a misread period)
    than a disagreement between sources, so it gives none."""
    disagreeing = in_disjoint_pair(classes)
    return disagreeing if len({s for cls in disagreeing for s in cls.sources}) >= 2 else []


def disagreements(classified: Classified, cluster_of: Mapping[str, str]) -> Iterator[Conflict]:
    """One conflict per subject whose claims include values that cannot both be true.

    The conflict lists every value that disagrees with another one, each with the independent
    sources consistent with it (``disagreeing_classes``).
    """
    for (kind, subject), classes in sorted(classified.items()):
        disagreeing = disagreeing_classes(classes)
        if not disagreeing:
            continue
        supported = sorted(
            ((cls, support(cls, classes)) for cls in disagreeing),
            key=lambda pair: (-pair[1], pair[0].interval),
        )
        label = classes[0].claims[0].label
        parts = [f"{cls.claims[0].text} ({sources_phrase(cls.sources, n)})" for cls, n in supported]
        best = best_supported([(cls.claims[0].text, n) for cls, n in supported])
        yield make_conflict(
            kind=kind,  # type: ignore[arg-type]
            subject=subject,
            entries=[(claim, n) for cls, n in supported for claim in one_per_source(cls, cluster_of)],
            message=f"{label}: {' vs '.join(parts)}{best}",
            spread_pct=relative_spread([cls.claims[0].value for cls, _ in supported]),
        )
