"""The Dask engine on this machine: docs/s for 1 and 2 workers, and incremental reruns of an archive.

    python benchmarks/dask_bench.py                       # defaults below, about five minutes on 2 cores
    python benchmarks/dask_bench.py --docs 1000 --archive 2000 --workers 1 --workers 2

Throughput: generated short articles (``tests/generated_articles.py``, ~0.6 kB) and distinct copies
of the seeds (~6 kB), each through (a) the local engine in this process (``--jobs 1``) and (b) the
Dask engine on a ``LocalCluster`` of N worker processes (loopback only). The cluster is started and
its workers warmed (pipeline built) outside the timings, whose start-up is printed on its own: a
long-running cluster pays it once.

Incremental: an archive of ``--archive`` generated articles is extracted into a Parquet folder with
``--incremental`` (by the CLI, in a fresh process, as a user runs it); then one new article is added
and the run repeated, then repeated again unchanged, whose output must not change by one byte.

It is a benchmark, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from throughput import SEEDS, distinct_copies, load  # noqa: E402

from tests.generated_articles import write_articles  # noqa: E402

CLI = [sys.executable, "-m", "vnru_facts"]


def drain(rows: Callable[[], object]) -> tuple[int, float]:
    """Run ``rows()`` to the end; (documents, seconds)."""
    start = time.perf_counter()
    count = sum(1 for _ in rows())  # type: ignore[attr-defined]
    return count, time.perf_counter() - start


def cpu_seconds() -> float:
    """User + system CPU of the calling process (run on each worker with ``client.run``)."""
    t = os.times()
    return t.user + t.system


def size_mb(paths: list[str]) -> float:
    return sum(p.stat().st_size for raw in paths for p in Path(raw).rglob("*.txt")) / 1e6


def line(label: str, docs: int, seconds: float, mb: float, cpu: float) -> str:
    """Wall-clock rates, and documents per CPU second of the processes that extracted (this one, or
    the workers): on a loaded machine the second shows what one core of a real cluster does."""
    rates = f"{docs / seconds:>7.1f} docs/s {mb / seconds:>5.2f} MB/s"
    return f"  {label:<28} {docs:>6} docs {seconds:>7.2f} s {rates}  {docs / cpu:>5.0f} docs/cpu-s"


def bench_throughput(sets: dict[str, list[str]], *, workers: list[int], partition_size: int) -> None:
    from distributed import Client

    from vnru_facts import api
    from vnru_facts.run import dask_engine

    for name, paths in sets.items():
        mb = size_mb(paths)
        print(f"\n{name}: {mb:.2f} MB; {load()}")
        api.extract_text("Vietnam-Russia trade reached US$4.57 billion in 2024.")  # build the pipeline here
        cpu = cpu_seconds()
        docs, seconds = drain(lambda paths=paths: api.iter_extract_plain(paths))
        print(line("local engine, this process", docs, seconds, mb, cpu_seconds() - cpu))
        for n in workers:
            start = time.perf_counter()
            with dask_engine.local_cluster(n) as cluster, Client(cluster) as client:
                client.run(_warm_up)
                ready = time.perf_counter() - start
                cpu = sum(client.run(cpu_seconds).values())
                docs, seconds = drain(
                    lambda paths=paths, address=cluster.scheduler_address: dask_engine.iter_extract_plain(
                        paths, scheduler=address, partition_size=partition_size
                    )
                )
                cpu = sum(client.run(cpu_seconds).values()) - cpu
            label = f"dask, {n} worker{'s' * (n > 1)}"
            print(line(label, docs, seconds, mb, cpu) + f"  (cluster ready in {ready:.1f} s)")


def _warm_up() -> None:
    from vnru_facts import api

    api.extract_text("Vietnam-Russia trade reached US$4.57 billion in 2024.")


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def cli_run(args: list[str]) -> tuple[float, str]:
    """One CLI run in a fresh process (its start-up included); (seconds, last stderr line)."""
    start = time.perf_counter()
    done = subprocess.run([*CLI, "extract", *args], capture_output=True, text=True, check=True)
    return time.perf_counter() - start, done.stderr.strip().splitlines()[-1]


def bench_incremental(workdir: Path, *, archive: int, workers: int, partition_size: int) -> None:
    articles, out = workdir / "archive", workdir / "out"
    write_articles(articles, archive)
    mb = size_mb([str(articles)])
    print(f"\nincremental: {archive} generated articles, {mb:.2f} MB, Parquet folder; {load()}")
    common = ["-o", str(out), "--incremental", "--partition-size", str(partition_size)]
    dask = ["--engine", "dask", "-j", str(workers)]
    runs = [
        ("first run, dask", dask, 0),
        ("one new article, local engine", [], 1),
        ("one new article, dask", dask, 1),
        ("unchanged, local engine", [], 0),
        ("unchanged, dask", dask, 0),
    ]
    number = archive
    for label, engine, new in runs:
        write_articles(articles, new, seed=number, start=number)
        number += new
        before = snapshot(out) if out.exists() else {}
        seconds, said = cli_run([str(articles), *common, *engine])
        same = " (output byte-identical)" if not new and before and snapshot(out) == before else ""
        print(f"  {label:<34} {seconds:>7.2f} s  {said}{same}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=3000, help="documents per throughput set")
    parser.add_argument(
        "--workers", type=int, action="append", help="Dask workers (repeatable); default 1 and 2"
    )
    parser.add_argument("--archive", type=int, default=10_000, help="articles in the incremental archive")
    parser.add_argument("--partition-size", type=int, default=100, help="documents per task (throughput)")
    parser.add_argument("--no-throughput", action="store_true")
    parser.add_argument("--no-incremental", action="store_true")
    args = parser.parse_args(argv)
    workers = args.workers or [1, 2]
    print(f"{os.cpu_count()} cores, {load()}; partitions of {args.partition_size} documents")
    with tempfile.TemporaryDirectory(prefix="vnru-dask-bench-") as tmp:
        workdir = Path(tmp)
        if not args.no_throughput:
            write_articles(workdir / "generated", args.docs)
            (workdir / "seeds").mkdir()
            paths, _ = distinct_copies(SEEDS, workdir / "seeds", docs=args.docs, keep_texts=False)
            sets = {"generated articles": [str(workdir / "generated")], "seed copies": paths}
            bench_throughput(sets, workers=workers, partition_size=args.partition_size)
        if not args.no_incremental:
            bench_incremental(workdir, archive=args.archive, workers=max(workers), partition_size=1000)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
