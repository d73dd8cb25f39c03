"""Benchmark: loading the question bank cold (parse and validate every pack, write the cache)
against warm (answered from the cache: read, validated again, no YAML parsed), for the shipped
bank and for a large user pack (just under the size limit, MAX_PACK_BYTES: 1 MB since round 34,
2 MB before); how fast a hostile pack of one-letter values at the limit is refused, and a pack
over the limit; and how long a pack of broken questions at the limit takes to report (every
question kept out, each problem named).

Timed in one process after a first load (imports and pydantic's models are ready, as they are
when the window loads the bank); each figure is the best of several runs with the median and the
worst beside it, since the machine may be shared.

    .venv/bin/python benchmarks/bank_load.py [--runs N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from simulator.core.bank_cache import PackCache  # noqa: E402
from simulator.core.pack_limits import MAX_PACK_BYTES  # noqa: E402
from simulator.core.questions import QuestionBank, load_packs  # noqa: E402

SHIPPED = REPO / "questions"


def large_pack(folder: Path) -> Path:
    """The shipped questions again and again under new ids, up to just under the size limit."""
    shipped = load_packs([SHIPPED]).questions.values()
    dumped = [q.model_dump(mode="json", exclude_defaults=True) for q in shipped]
    questions: list[dict[str, object]] = []
    copy = 0
    while True:
        copy += 1
        batch = [{**q, "id": f"{q['id']}-copy{copy}"} for q in dumped]
        text = yaml.safe_dump({"questions": questions + batch}, allow_unicode=True)
        if len(text.encode()) > MAX_PACK_BYTES:
            break
        questions += batch
    # fill up with single questions from the next copy while there is room
    for q in batch:
        trial = yaml.safe_dump({"questions": [*questions, q]}, allow_unicode=True)
        if len(trial.encode()) > MAX_PACK_BYTES:
            break
        questions.append(q)
    path = folder / "large.yaml"
    path.write_text(yaml.safe_dump({"questions": questions}, allow_unicode=True), "utf-8")
    return path


def broken_pack(folder: Path) -> Path:
    """Questions that each break three rules (a generic phrase, a number given as text, a
    difficulty out of range), up to just under the size limit."""
    lines = ["questions:"]
    size = len(lines[0]) + 1
    number = 0
    while True:
        number += 1
        question = (
            f"  - id: broken.q{number}\n    category: technical\n    topic: t{number}\n"
            f"    difficulty: 9\n    prompt: Prompt number {number} here\n"
            "    key_points: [{id: a, label: b, phrases: [the]}]\n    time_limit_s: '60'"
        )
        if size + len(question) + 1 > MAX_PACK_BYTES:
            break
        lines.append(question)
        size += len(question) + 1
    path = folder / "broken.yaml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def timed(fn: Callable[[], QuestionBank], runs: int) -> tuple[list[float], QuestionBank]:
    times = []
    bank = QuestionBank()
    for _ in range(runs):
        start = time.perf_counter()
        bank = fn()
        times.append(time.perf_counter() - start)
    return times, bank


def show(label: str, times: list[float]) -> float:
    best, median, worst = min(times), statistics.median(times), max(times)
    print(
        f"  {label:<30} best {best * 1000:7.1f} ms   median {median * 1000:7.1f}   worst {worst * 1000:7.1f}"
    )
    return best


def bench(name: str, folder: Path, work: Path, runs: int) -> None:
    cache_file = work / "bank.json"

    def without_cache() -> QuestionBank:
        return load_packs([folder])

    def cold() -> QuestionBank:
        cache_file.unlink(missing_ok=True)
        cache = PackCache(cache_file)
        bank = load_packs([folder], parse=cache.parse)
        cache.save()
        return bank

    def warm() -> QuestionBank:
        cache = PackCache(cache_file)
        bank = load_packs([folder], parse=cache.parse)
        cache.save()
        assert cache.misses == 0, "the warm load parsed a pack"
        return bank

    size = sum(p.stat().st_size for p in folder.glob("*.yaml"))
    print(f"{name}: {size / 1024:.0f} KB of YAML")
    no_cache, reference = timed(without_cache, runs)
    cold_times, _ = timed(cold, runs)
    warm_times, bank = timed(warm, runs)
    assert bank.questions == reference.questions, "the cache changed the bank"
    print(
        f"  {len(bank.questions)} questions; cache file {cache_file.stat().st_size / 1024:.0f} KB"
    )
    show("no cache (before)", no_cache)
    cold_best = show("cold (parse + write cache)", cold_times)
    warm_best = show("warm (from the cache)", warm_times)
    print(f"  warm is {cold_best / warm_best:.1f}x faster than cold (best against best)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    load_packs([SHIPPED])  # imports and pydantic's validators, as in the app before a load
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "shipped").mkdir()
        bench("shipped bank", SHIPPED, work / "shipped", args.runs)
        user = work / "user"
        user.mkdir()
        large_pack(user)
        (work / "large").mkdir()
        bench("large user pack", user, work / "large", args.runs)
        shutil.rmtree(work / "large")
        hostile = work / "hostile"
        hostile.mkdir()
        tiny = hostile / "tiny-values.yaml"  # one-letter values up to the limit: refused, how fast
        tiny.write_text("questions:\n" + "- a\n" * ((MAX_PACK_BYTES - 12) // 4), "utf-8")
        print(f"hostile pack: {MAX_PACK_BYTES // 1024} KB of one-letter values (refused)")
        show("refused", timed(lambda: load_packs([tiny]), max(1, args.runs // 2))[0])
        tiny.unlink()
        over = hostile / "over.yaml"
        over.write_text("#" * (2 * MAX_PACK_BYTES), "utf-8")
        print(f"a pack of {2 * MAX_PACK_BYTES // 1024} KB, over the limit (refused by its size)")
        show("refused", timed(lambda: load_packs([over]), max(1, args.runs // 2))[0])
        over.unlink()
        broken = broken_pack(hostile)
        cpu = time.process_time()
        times, bank = timed(lambda: load_packs([broken]), max(1, args.runs // 2))
        cpu = (time.process_time() - cpu) / len(times)  # steadier than wall time under load
        print(
            f"broken pack: {broken.stat().st_size / 1024:.0f} KB, "
            f"{len(bank.problems):,} problems, {len(bank.questions)} questions kept"
        )
        show("reported", times)
        print(f"  CPU per load {cpu * 1000:.0f} ms")


if __name__ == "__main__":
    main()
