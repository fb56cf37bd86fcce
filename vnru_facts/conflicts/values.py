"""Disagreements within one subject: values whose intervals are disjoint.

Kinds value, growth, count and date.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from vnru_facts.conflicts.claims import Claim, group_claims, in_disjoint_pair, support, value_classes
from vnru_facts.conflicts.report import best_supported, make_conflict, relative_spread, sources_phrase
from vnru_facts.models import Conflict


def disagreements(claims: Iterable[Claim], cluster_of: Mapping[str, str]) -> Iterator[Conflict]:
    """One conflict per subject whose claims include values that cannot both be true.

    The conflict lists every value that disagrees with another one, each with the independent
    sources consistent with it. One document contradicting itself is left out: that is more often an
    extraction slip (a misread period) than a disagreement between sources.
    """
    for (kind, subject), members in sorted(group_claims(claims).items()):
        classes = value_classes(members, cluster_of)
        disagreeing = in_disjoint_pair(classes)
        if len({s for cls in disagreeing for s in cls.sources}) < 2:
            continue
        supported = sorted(
            ((cls, support(cls, classes)) for cls in disagreeing),
            key=lambda pair: (-pair[1], pair[0].interval),
        )
        label = members[0].label
        parts = [f"{cls.claims[0].text} ({sources_phrase(cls.sources, n)})" for cls, n in supported]
        best = best_supported([(cls.claims[0].text, n) for cls, n in supported])
        yield make_conflict(
            kind=kind,  # type: ignore[arg-type]
            subject=subject,
            entries=[(claim, n) for cls, n in supported for claim in cls.claims],
            message=f"{label}: {' vs '.join(parts)}{best}",
            spread_pct=relative_spread([cls.claims[0].value for cls, _ in supported]),
        )
