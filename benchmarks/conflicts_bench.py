"""How long ``find_conflicts`` takes on many synthetic facts (plain script, not a timed test).

    .venv/bin/python benchmarks/conflicts_bench.py [N_FACTS]      # default 200,000
    MISPRINT_RATE=0.5 .venv/bin/python benchmarks/conflicts_bench.py   # nearly every subject disputed

Facts spread over realistic keys (periods, directions, statuses, commodities, outlets), with a few
competing values per subject, wire copies sharing sentences, and documents naming officials with
occasional misspellings, so every check does real work. Building the facts is not timed.
"""

from __future__ import annotations

import os
import random
import sys
import time

from vnru_facts.analyse.conflicts import find_conflicts
from vnru_facts.models import (
    AgreementFact,
    Document,
    Evidence,
    Growth,
    InvestmentFact,
    Money,
    Period,
    Person,
    PersonMention,
    TradeFact,
    VisitFact,
)

FACTS_PER_DOCUMENT = 10
MISPRINT_RATE = float(os.environ.get("MISPRINT_RATE", "0.05"))
COMMODITIES = (None, None, None, "rubber", "coffee", "seafood", "fertiliser", "oil")
PEOPLE = [
    ("Pham Minh Chinh", "pham minh chinh", "Prime Minister", "VN"),
    ("To Lam", "to lam", "General Secretary", "VN"),
    ("Tran Thanh Man", "tran thanh man", "National Assembly Chairman", "VN"),
    ("Mikhail Mishustin", "mishustin", "Prime Minister", "RU"),
    ("Vladimir Putin", "putin", "President", "RU"),
    *((f"Nguyen Van {chr(65 + i)}{chr(97 + j)}", f"nguyen van {chr(97 + i)}{chr(97 + j)}", "Minister", "VN")
      for i in range(20) for j in range(20)),
]  # fmt: skip
MISSPELT = {"to lam": ("To Lin", "to lin"), "tran thanh man": ("Tran Thanh Manh", "tran thanh manh")}


def _evidence(text: str) -> Evidence:
    return Evidence(start=0, end=len(text), text=text)


# Most sources print the subject's figure; a few print another one (a misprint, another rounding).
def _money(rng: random.Random, base: float) -> Money:
    amount = round(base * (rng.choice((1.004, 0.98)) if rng.random() < MISPRINT_RATE else 1.0), 2)
    return Money(amount=amount * 1e9, currency="USD", low=(amount - 0.005) * 1e9, high=(amount + 0.005) * 1e9,
                 text=f"${amount} billion")  # fmt: skip


def _trade(rng: random.Random, source: str, i: int) -> TradeFact:
    year = rng.randint(1995, 2025)
    months = rng.choice((12, 12, 12, 11, 6, 3))
    flow = rng.choice(("total", "total", "export", "import"))
    exporter, importer = rng.choice((("VN", "RU"), ("RU", "VN"))) if flow != "total" else (None, None)
    # Consistent unless misprinted: 26 % a year, exports both ways adding up to the total.
    base = 0.5 * 1.26 ** (year - 1995) * months / 12 * {None: 1.0, "VN": 0.6, "RU": 0.4}[exporter]
    pct = 12.0 if rng.random() < MISPRINT_RATE else 26.0
    growth = Growth(pct=pct, text=f"up {pct:g}%") if rng.random() < 0.2 else None
    return TradeFact(
        id=f"f_{i}",
        source=source,
        evidence=_evidence(f"Trade {i} reached {base:.2f} in {year} ({source})."),
        value=_money(rng, base),
        period=Period(start=f"{year}-01", end=f"{year}-{months:02d}"),
        flow=flow,  # type: ignore[arg-type]
        exporter=exporter,
        importer=importer,
        parties=["RU", "VN"] if rng.random() < 0.9 else ["Moscow", "VN"],
        status=rng.choice(("actual", "actual", "actual", "target", "forecast")),  # type: ignore[arg-type]
        growth=growth,
        commodity=rng.choice(COMMODITIES),
    )


def _other(rng: random.Random, source: str, i: int) -> InvestmentFact | VisitFact | AgreementFact:
    year, month = rng.randint(2000, 2025), rng.randint(1, 12)
    kind = rng.random()
    if kind < 0.4:
        return InvestmentFact(id=f"f_{i}", source=source, evidence=_evidence(f"Investment {i}."),
                              investor="RU", host="VN", amount=_money(rng, 1.0),
                              projects=rng.choice((199, 200, 210)), as_of=f"{year}-{month:02d}")  # fmt: skip
    if kind < 0.7:
        name, key, role, country = rng.choice(PEOPLE)
        day = rng.randint(1, 27)
        return VisitFact(id=f"f_{i}", source=source, evidence=_evidence(f"Visit {i}."),
                         person=Person(name=name, key=key, role=role, country=country), **{"from": country},
                         to="RU" if country == "VN" else "VN", start=f"{year}-{month:02d}-{day:02d}",
                         end=f"{year}-{month:02d}-{day + rng.choice((0, 1)):02d}")  # fmt: skip
    return AgreementFact(id=f"f_{i}", source=source, evidence=_evidence(f"Agreement {i}."),
                         title="documents", count=rng.choice((11, 12, 15)), date=f"{year}-{month:02d}",
                         parties=["RU", "VN"])  # fmt: skip


def _document(rng: random.Random, source: str) -> Document:
    people = []
    for name, key, role, country in rng.sample(PEOPLE, 3):
        if key in MISSPELT and rng.random() < 0.05:
            name, key = MISSPELT[key]
        people.append(PersonMention(name=name, key=key, role=role, country=country, evidence=_evidence(name)))
    date = f"{rng.randint(2000, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return Document(source=source, sha256=source, doc_date=date, people=people)


def synthetic(n_facts: int, *, seed: int = 7) -> tuple[list, list[Document]]:  # type: ignore[type-arg]
    rng = random.Random(seed)
    facts, documents = [], []
    for d in range(n_facts // FACTS_PER_DOCUMENT):
        source = f"outlet{d % 40}/article{d}.txt"
        documents.append(_document(rng, source))
        for k in range(FACTS_PER_DOCUMENT):
            i = d * FACTS_PER_DOCUMENT + k
            fact = _trade(rng, source, i) if rng.random() < 0.7 else _other(rng, source, i)
            if d % 50 == 1 and k == 0:  # a wire copy: the previous article's first sentence again
                fact = facts[-FACTS_PER_DOCUMENT].model_copy(update={"id": f"f_{i}", "source": source})
            facts.append(fact)
    return facts, documents


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    facts, documents = synthetic(n)
    started, cpu_started = time.perf_counter(), time.process_time()
    conflicts = find_conflicts(facts, documents=documents)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    kinds: dict[str, int] = {}
    for c in conflicts:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    print(
        f"find_conflicts: {len(facts):,} facts, {len(documents):,} documents -> {len(conflicts):,} conflicts"
    )
    print(f"  {elapsed:.2f} s wall, {cpu:.2f} s CPU; by kind: {kinds}")


if __name__ == "__main__":
    main()
