"""Where the time goes: CPU seconds of each step of the extract pipeline, against spaCy's floor.

    python benchmarks/components.py                  # the development corpus, copied to ~1 MB
    python benchmarks/components.py --seeds --mb 2

The texts are copied (each copy ends with its own marker line) until they hold ``--mb`` MB; then
each Doc goes through the tokenizer and every component in turn, as ``nlp.pipe`` runs them, and the
CPU time of each step is summed. The floor (``spacy.blank("en")`` + ``sentencizer`` on the same texts)
is printed last. To time another checkout of the code, put it first on ``PYTHONPATH``.

A benchmark, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # after PYTHONPATH: a checkout named there is the one timed

from throughput import SEEDS, corpus_dir  # noqa: E402  (the benchmarks folder is the script's own)


def texts_of(folder: Path, mb: float) -> list[str]:
    originals = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    copies = max(1, int(mb * 1e6 / sum(map(len, originals))))
    return [f"{text}\n\n(copy {i})\n" for i in range(copies) for text in originals]


def main(argv: list[str] | None = None) -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--mb", type=float, default=1.0, help="copy the texts to this many MB")
    parser.add_argument("--seeds", action="store_true", help="the seeds instead of the corpus")
    parser.add_argument("--doc-date", default="2024-06-15", help="document date given to every text")
    args = parser.parse_args(argv)

    import spacy

    from vnru_facts.extract.components.base import DatedText
    from vnru_facts.pipeline import build_pipeline

    texts = texts_of(SEEDS if args.seeds else corpus_dir(), args.mb)
    nlp = build_pipeline(records_only=True)
    for _ in nlp.pipe(DatedText(t, args.doc_date) for t in texts[:10]):
        pass  # patterns compiled on first use, outside the timings
    seconds = {"tokenizer": 0.0, **{name: 0.0 for name, _ in nlp.pipeline}}
    for text in texts:
        start = time.process_time()
        doc = nlp.make_doc(DatedText(text, args.doc_date))
        seconds["tokenizer"] += time.process_time() - start
        for name, step in nlp.pipeline:
            start = time.process_time()
            doc = step(doc)
            seconds[name] += time.process_time() - start

    floor = spacy.blank("en")
    floor.add_pipe("sentencizer")
    start = time.process_time()
    for _ in floor.pipe(texts):
        pass
    floor_seconds = time.process_time() - start

    size = sum(map(len, texts)) / 1e6
    print(f"{len(texts)} docs, {size:.2f} M chars; CPU seconds per step")
    for name, value in seconds.items():
        print(f"  {name:<18} {value:7.3f}")
    print(f"  {'total':<18} {sum(seconds.values()):7.3f}")
    print(f"  {'floor':<18} {floor_seconds:7.3f}  (spacy.blank + sentencizer, same texts)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
