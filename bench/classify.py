"""Classification speed: MB/s of text on one core, milliseconds per 50 KB mail, memory for 25 MB.

Usage: .venv/bin/python bench/classify.py
Targets: >= 20 MB/s of text; a 50 KB mail in <= 5 ms; a 25 MB mail in <= 3x its size.
"""

from __future__ import annotations

import resource
import statistics
import sys
import time
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from siegel.core.classify import (
    classify,
    content_findings,
)
from siegel.core.classify.config import default_config
from tests.core.classify.corpus import build


def corpus_text(size: int) -> str:
    bodies = [s.body for s in build()]
    text, n = [], 0
    while n < size:
        body = bodies[len(text) % len(bodies)]
        text.append(body)
        n += len(body.encode())
    return "\n\n".join(text)


def main() -> None:
    config = default_config()
    text = corpus_text(20 * 1024 * 1024)
    megabytes = len(text.encode()) / 1e6
    content_findings("warm up", "body", config)
    start = time.perf_counter()
    for chunk_start in range(0, len(text), 100_000):
        content_findings(text[chunk_start : chunk_start + 100_000], "body", config)
    seconds = time.perf_counter() - start
    print(
        f"text: {megabytes:.1f} MB in {seconds:.2f} s = {megabytes / seconds:.1f} MB/s (target >= 20 MB/s)"
    )

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = (
        "a@versicherer.example",
        "k@example.org",
        "Bench",
    )
    message.set_content(corpus_text(50 * 1024)[: 50 * 1024])
    sample = message.as_bytes()
    print(f"mail size: {len(sample) / 1024:.0f} KB")
    timings = []
    for _ in range(200):
        begin = time.perf_counter()
        classify(sample)
        timings.append(time.perf_counter() - begin)
    print(
        f"50 KB mail: median {statistics.median(timings) * 1000:.2f} ms, p95 {sorted(timings)[189] * 1000:.2f} ms (target <= 5 ms)"
    )
    big = EmailMessage()
    big["Subject"] = "Bench"
    big.set_content(corpus_text(25 * 1024 * 1024), cte="8bit")
    mail = big.as_bytes()
    del big
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    classify(mail)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(
        f"25 MB mail: peak RSS {(peak - before) / 1e6:.0f} MB above the resident size before "
        f"= {(peak - before) / len(mail):.1f}x the mail (target <= 3x)"
    )


if __name__ == "__main__":
    main()
