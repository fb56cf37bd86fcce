"""Throughput of ``vnru-facts extract`` against spaCy's floor, on the same texts in the same run.

SPEC §3: the whole pipeline must run at no less than half the throughput of spaCy's bare tokenizer +
sentencizer. For each input set this times

  (a) ``spacy.blank("en")`` + ``sentencizer`` over the texts with ``nlp.pipe`` (one process), and
  (b) the full extract path as the CLI runs it for ``--format jsonl``: ``api.iter_extract`` (reading,
      document dates, every component, the Pydantic models) and JSON serialisation to a null sink,

and prints docs/s, MB/s, the ratio b/a and peak RSS. Input sets: the seeds and the development corpus
(read from where they are), each copied into a temporary folder until it holds at least ``--mb`` MB
of text; every copy is made distinct by a last marker line, so no cache of whole texts serves a
copy (spaCy's tokenizer still caches each chunk of text it has split: on copies, nearly all).

    python benchmarks/throughput.py                      # seeds and corpus, 5 MB each, --jobs 1 and 2
    python benchmarks/throughput.py --mb 20 --jobs 1
    python benchmarks/throughput.py --docs 20000         # only: peak RSS streaming 20,000 docs

A last section times the corpus as an archive is read: each article once, in fresh processes, so
that neither (a) nor (b) finds the texts in spaCy's tokenizer cache (see ``bench_distinct``).

It is a benchmark, not a test: nothing here asserts a time. ``make bench`` runs it with the defaults.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent.parent / "shared" / "corpus" / "articles"


@dataclass
class Timing:
    """Wall-clock seconds, and CPU seconds of this process and its finished workers."""

    label: str
    docs: int
    chars: int
    seconds: float
    cpu: float

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.chars / 1e6 / self.seconds

    def line(self) -> str:
        return (
            f"  {self.label:<32} {self.docs:>6} docs {self.seconds:>7.2f} s "
            f"{self.docs_per_s:>7.1f} docs/s {self.mb_per_s:>5.2f} MB/s  cpu {self.cpu:>6.2f} s"
        )


def cpu_seconds() -> float:
    """User + system CPU of this process and of its waited-for children (the --jobs workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(label: str, docs: int, chars: int, run: Callable[[], object], repeat: int) -> Timing:
    """The fastest of ``repeat`` runs: other load on the machine only ever adds time."""
    best: Timing | None = None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), cpu_seconds()
        run()
        timing = Timing(label, docs, chars, time.perf_counter() - wall, cpu_seconds() - cpu)
        if best is None or timing.seconds < best.seconds:
            best = timing
    assert best is not None
    return best


def corpus_dir() -> Path:
    """The development corpus: $VNRU_CORPUS, else ../shared/corpus/articles beside the repo."""
    env = os.environ.get("VNRU_CORPUS")
    if env:
        return Path(env)
    for base in (ROOT.parent, ROOT.parent.parent):
        candidate = base / "shared" / "corpus" / "articles"
        if candidate.is_dir():
            return candidate
    return CORPUS


def distinct_copies(
    folder: Path, into: Path, *, mb: float = 0, docs: int = 0, keep_texts: bool = True
) -> tuple[list[str], list[str]]:
    """Copies of the folder's articles in ``into`` until there are ``mb`` MB or ``docs`` documents.

    Returns the paths to give ``iter_extract`` and the texts it will read, in its order. Each copy
    ends with its own marker line, so every document is distinct as in a real archive: a cache
    keyed on whole texts (``find_temporals``) must not make a repeated corpus look fast. Sidecar
    metadata is copied with its article. ``into`` is a temporary folder, never the repository.
    ``keep_texts=False`` returns no texts: the --docs memory check must not hold them itself.
    """
    from vnru_facts.read.sources import iter_paths

    originals = [path for _, path, err in iter_paths([str(folder)]) if not err and path is not None]
    if not originals:
        return [], []
    texts = [p.read_text(encoding="utf-8") for p in originals]
    size = sum(map(len, texts))
    count = docs or len(originals) * max(1, math.ceil(mb * 1e6 / size))
    written: list[str] = []
    for i in range(count):
        path, text = originals[i % len(originals)], texts[i % len(originals)]
        copy = into / f"c{i:06d}_{path.name}"
        distinct = f"{text}\n\n(benchmark copy {i})\n"
        copy.write_text(distinct, encoding="utf-8")
        if keep_texts:
            written.append(distinct)
        meta = path.with_name(path.stem + ".meta.json")
        if meta.exists():
            shutil.copyfile(meta, copy.with_name(copy.stem + ".meta.json"))
    return [str(into)], written


def time_floor(texts: list[str], repeat: int) -> Timing:
    """(a) the cost floor: spaCy's tokenizer and rule sentencizer, nothing else."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")

    def run() -> None:
        for _ in nlp.pipe(texts):
            pass

    for _ in nlp.pipe(texts[:5]):  # warm the vocabulary as warm_up() warms (b)
        pass
    label = "(a) blank en + sentencizer"
    return timed(label, len(texts), sum(map(len, texts)), run, repeat)


def extract_to_null(paths: list[str], *, jobs: int, on_doc: Callable[[int], None] | None = None) -> int:
    """(b) the CLI's streamed JSONL path, written to a null sink; returns the number of documents."""
    from vnru_facts import api
    from vnru_facts.write import export

    n = 0
    with Path(os.devnull).open("wb") as sink:
        for result in api.iter_extract(paths, jobs=jobs):
            sink.write(export.to_jsonl(result.facts))
            n += 1
            if on_doc is not None:
                on_doc(n)
    return n


def time_extract(paths: list[str], docs: int, chars: int, *, jobs: int, repeat: int) -> Timing:
    label = f"(b) extract -> jsonl, --jobs {jobs}"
    return timed(label, docs, chars, lambda: extract_to_null(paths, jobs=jobs), repeat)


def warm_up() -> float:
    """Build the pipeline and compile every pattern once, outside the timings; returns seconds."""
    start = time.perf_counter()
    extract_to_null([str(SEEDS)], jobs=1)
    return time.perf_counter() - start


def load() -> str:
    """The machine's load: other work on the same cores makes wall-clock figures (and --jobs) worse."""
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f} (1 min), {five:.1f} (5 min)"


def _spin(seconds: float) -> float:
    """Busy-loop for ``seconds`` of wall clock; return the CPU seconds this process got."""
    wall, cpu = time.perf_counter(), time.process_time()
    while time.perf_counter() - wall < seconds:
        pass
    return time.process_time() - cpu


def free_cores(seconds: float = 1.0) -> float:
    """How many cores a run gets right now: one spinner per core, CPU time received / wall time.

    Other work on the machine takes its share; --jobs can only speed up into the cores left free.
    """
    import multiprocessing

    n = os.cpu_count() or 1
    with multiprocessing.get_context().Pool(n) as pool:
        return sum(pool.map(_spin, [seconds] * n)) / seconds


def rss_mb() -> float:
    """Current resident set size of this process, from /proc (Linux)."""
    with Path("/proc/self/status").open() as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def bench_set(name: str, folder: Path, *, mb: float, jobs: list[int], repeat: int) -> None:
    with tempfile.TemporaryDirectory(prefix="vnru-bench-") as tmp:
        paths, texts = distinct_copies(folder, Path(tmp), mb=mb)
        if not texts:
            print(f"{name}: no articles under {folder}, skipped")
            return
        chars = sum(map(len, texts))
        print(f"{name}: {folder}, {len(texts)} distinct copies, {chars / 1e6:.2f} M chars")
        floor = time_floor(texts, repeat)
        print(floor.line())
        before = free_cores()
        runs = {j: time_extract(paths, len(texts), chars, jobs=j, repeat=repeat) for j in jobs}
        after = free_cores()
    cores = f"{before:.1f} before, {after:.1f} after, of {os.cpu_count()}"
    print(f"  cores free to this run (spin test): {cores}")
    for run in runs.values():
        print(f"{run.line()}  ratio b/a {floor.seconds / run.seconds:.2f} (cpu {floor.cpu / run.cpu:.2f})")
    if 1 in runs:
        for j, run in runs.items():
            if j != 1:
                print(f"  --jobs {j} vs --jobs 1: {runs[1].seconds / run.seconds:.2f}x faster (wall clock)")


def bench_distinct(folder: Path, *, runs: int) -> None:
    """The development corpus read as an archive is: each article once, in a fresh process each run.

    Replicated to --mb, the corpus repeats its 33 articles: (a)'s tokenizer then answers nearly every
    chunk of text from its cache, which distinct articles never allow, while the rules of (b) do
    their whole work on every copy. Here (a) and (b) both start with a cold tokenizer cache (each
    warmed on the seeds only); the best of ``runs`` fresh processes is kept.
    """
    command = [sys.executable, __file__, "--distinct-once", str(folder)]
    results = [
        json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)
        for _ in range(runs)
    ]
    docs, chars = results[0]["docs"], results[0]["chars"]
    a_runs = [Timing("(a) blank en + sentencizer", docs, chars, r["a"], r["a_cpu"]) for r in results]
    b_runs = [Timing("(b) extract -> jsonl, --jobs 1", docs, chars, r["b"], r["b_cpu"]) for r in results]
    floor, ours = min(a_runs, key=_secs), min(b_runs, key=_secs)
    size = f"{docs} articles, {chars / 1e6:.2f} M chars"
    print(f"corpus, each article once: {folder}, {size}, best of {runs} fresh processes")
    print(floor.line())
    print(f"{ours.line()}  ratio b/a {floor.seconds / ours.seconds:.2f} (cpu {floor.cpu / ours.cpu:.2f})")


def _secs(timing: Timing) -> float:
    return timing.seconds


def distinct_once(folder: Path) -> None:
    """One run of ``bench_distinct``, in this (fresh) process; prints its timings as JSON."""
    import spacy

    from vnru_facts.read.sources import iter_paths

    warm_up()
    originals = [path for _, path, err in iter_paths([str(folder)]) if not err and path is not None]
    texts = [p.read_text(encoding="utf-8") for p in originals]
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for _ in nlp.pipe(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))):
        pass  # warmed as (b) is: on the seeds
    chars = sum(map(len, texts))
    floor = timed("a", len(texts), chars, lambda: list(nlp.pipe(texts)), 1)
    ours = timed("b", len(texts), chars, lambda: extract_to_null([str(folder)], jobs=1), 1)
    timings = {"a": floor.seconds, "a_cpu": floor.cpu, "b": ours.seconds, "b_cpu": ours.cpu}
    print(json.dumps({"docs": len(texts), "chars": chars, **timings}))


def bench_rss(n_docs: int, *, jobs: int) -> None:
    """Stream ``n_docs`` distinct documents (copies of the seeds) to JSONL; memory must stay flat."""
    samples: list[tuple[int, float]] = []
    step = max(1, n_docs // 10)

    def sample(n: int) -> None:
        if n % step == 0:
            samples.append((n, rss_mb()))

    with tempfile.TemporaryDirectory(prefix="vnru-bench-") as tmp:
        paths, _ = distinct_copies(SEEDS, Path(tmp), docs=n_docs, keep_texts=False)
        start = time.perf_counter()
        n = extract_to_null(paths, jobs=jobs, on_doc=sample)
        seconds = time.perf_counter() - start
    print(f"streamed {n} docs to JSONL (--jobs {jobs}) in {seconds:.1f} s; {load()}")
    print("  RSS (MB) by documents done: " + ", ".join(f"{k}: {v:.0f}" for k, v in samples))
    print(f"  peak RSS: this process {peak_rss_mb():.0f} MB", end="")
    if jobs > 1:
        print(f", largest worker {peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB", end="")
    print()


def main(argv: list[str] | None = None) -> int:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=raw)
    parser.add_argument("--mb", type=float, default=5.0, help="replicate each input set to this many MB")
    parser.add_argument(
        "--jobs", type=int, action="append", help="--jobs values for (b); repeatable (default: 1 and 2)"
    )
    parser.add_argument("--docs", type=int, help="only measure peak RSS streaming this many documents")
    parser.add_argument("--repeat", type=int, default=1, help="keep the fastest of this many runs")
    parser.add_argument("--corpus", type=Path, default=None, help="development corpus folder")
    parser.add_argument("--no-corpus", action="store_true", help="benchmark the seeds only")
    parser.add_argument(
        "--distinct-runs", type=int, default=5, help="fresh processes for 'each article once'"
    )
    parser.add_argument("--distinct-once", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    jobs = args.jobs or [1, 2]

    if args.distinct_once:
        distinct_once(args.distinct_once)
        return 0

    if args.docs:
        bench_rss(args.docs, jobs=jobs[-1])
        return 0
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; warm-up {warm_up():.2f} s; {load()}")
    bench_set("seeds", SEEDS, mb=args.mb, jobs=jobs, repeat=args.repeat)
    if not args.no_corpus:
        bench_set("corpus", args.corpus or corpus_dir(), mb=args.mb, jobs=jobs, repeat=args.repeat)
    print(load())
    workers = peak_rss_mb(resource.RUSAGE_CHILDREN)
    print(f"peak RSS: this process {peak_rss_mb():.0f} MB, largest worker {workers:.0f} MB")
    if not args.no_corpus and args.distinct_runs:
        bench_distinct(args.corpus or corpus_dir(), runs=args.distinct_runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
