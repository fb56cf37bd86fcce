"""Short news articles made up from templates, for tests and benchmarks that need many documents.

Deterministic (a seeded ``random.Random``): the same ``seed`` and count give the same files. The
sentences are written for this purpose, in the phrasings the rules read, with figures, dates and
officials varied so that each article gives its own facts.
"""

from __future__ import annotations

import random
from pathlib import Path

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
CITIES = ("HANOI", "MOSCOW", "HO CHI MINH CITY", "ST PETERSBURG")
OFFICIALS = (
    ("Deputy Prime Minister", "Tran Van Binh", "Russia"),
    ("Foreign Minister", "Le Thi Hoa", "Russia"),
    ("Deputy Prime Minister", "Pyotr Ivanov", "Vietnam"),
    ("Minister of Industry and Trade", "Nguyen Duc Long", "Russia"),
)
TEMPLATES = (
    "Trade between Vietnam and Russia reached US${billions} billion in {year}, up {pct}% from a year "
    "earlier, the customs office said.",
    "Russian investors held {projects} valid projects in Vietnam with total registered capital of "
    "US${millions} million as of {month} {year}.",
    "{role} {name} will pay an official visit to {country} from {month} {day} to {day2}, the foreign "
    "ministry announced.",
    "The two sides signed {documents} cooperation documents on energy, education and transport in "
    "Moscow on {month} {day}, {year}.",
)
FILLER = (
    "Officials also discussed logistics routes and payment arrangements.",
    "Both delegations praised the long-standing friendship between the two peoples.",
    "Analysts expect demand for seafood, coffee and textiles to keep growing.",
    "The meeting took place in a warm and friendly atmosphere.",
)


def article_text(rng: random.Random, number: int) -> str:
    """One article: a dateline, two or three fact sentences and some filler."""
    year = rng.randint(2015, 2024)
    month = rng.choice(MONTHS)
    day = rng.randint(1, 20)
    role, name, country = rng.choice(OFFICIALS)
    values = {
        "year": year,
        "month": month,
        "day": day,
        "day2": day + rng.randint(1, 4),
        "billions": f"{rng.randint(20, 79) / 10:.1f}",
        "pct": rng.randint(2, 40),
        "projects": rng.randint(100, 200),
        "millions": f"{rng.randint(8000, 9900) / 10:.1f}",
        "documents": rng.randint(2, 15),
        "role": role,
        "name": name,
        "country": country,
    }
    sentences = [t.format(**values) for t in rng.sample(TEMPLATES, rng.randint(2, 3))]
    sentences += rng.sample(FILLER, 2)
    rng.shuffle(sentences)
    dateline = f"{rng.choice(CITIES)}, {month} {day}, {year + 1} -"
    return f"Vietnam and Russia news no. {number}\n\n{dateline} " + "\n\n".join(sentences) + "\n"


def write_articles(folder: Path, count: int, *, seed: int = 0, start: int = 0) -> list[Path]:
    """``count`` articles as ``folder/gen_<n>.txt``, numbered from ``start``."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for number in range(start, start + count):
        path = folder / f"gen_{number:06d}.txt"
        path.write_text(article_text(rng, number), encoding="utf-8")
        paths.append(path)
    return paths
