"""Classification speed: MB/s of text on one core, milliseconds per 50 KB mail, memory for 25 MB.

Usage: .venv/bin/python bench/classify.py
Targets: >= 20 MB/s of text; a 50 KB mail in <= 5 ms; a 25 MB mail in <= 3x its size.
Times are printed as wall clock and as this process's CPU time: on a machine shared with
other work, the CPU time is what the classifier itself costs on one core.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
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
    start, cpu_start = time.perf_counter(), time.process_time()
    for chunk_start in range(0, len(text), 100_000):
        content_findings(text[chunk_start : chunk_start + 100_000], "body", config)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(
        f"text: {megabytes:.1f} MB in {seconds:.2f} s = {megabytes / seconds:.1f} MB/s; "
        f"CPU time {cpu:.2f} s = {megabytes / cpu:.1f} MB/s (target >= 20 MB/s)"
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
    timings, cpu_timings = [], []
    for _ in range(200):
        begin, cpu_begin = time.perf_counter(), time.process_time()
        classify(sample)
        timings.append(time.perf_counter() - begin)
        cpu_timings.append(time.process_time() - cpu_begin)
    print(
        f"50 KB mail: median {statistics.median(timings) * 1000:.2f} ms, "
        f"p95 {sorted(timings)[189] * 1000:.2f} ms; "
        f"CPU time median {statistics.median(cpu_timings) * 1000:.2f} ms (target <= 5 ms)"
    )
    big = EmailMessage()
    big["Subject"] = "Bench"
    big.set_content(corpus_text(25 * 1024 * 1024), cte="8bit")
    with tempfile.NamedTemporaryFile(suffix=".eml") as saved:
        saved.write(big.as_bytes())
        saved.flush()
        del big
        # In a process of its own: building the mail here has already raised this process's
        # peak, which would hide the classifier's.
        child = subprocess.run(
            [sys.executable, __file__, "--memory", saved.name],
            capture_output=True,
            text=True,
            check=True,
        )
    print(child.stdout.strip())


def memory(path: str) -> None:
    """The peak resident size of classifying the mail at ``path``, above the size with it read.

    Linux keeps the peak of a process (VmHWM in /proc/self/status); writing 5 to
    /proc/self/clear_refs sets it back to the present size, so the peak measured is the
    classifier's alone. (``ru_maxrss`` would not do: a child started by a large parent
    begins with the parent's peak.)
    """
    classify(b"Subject: warm\r\n\r\nup")
    with open(path, "rb") as saved:
        mail = saved.read()
    Path("/proc/self/clear_refs").write_text("5")
    before = _status_kb("VmRSS")
    classify(mail)
    peak = _status_kb("VmHWM")
    print(
        f"25 MB mail: peak RSS {(peak - before) / 1e3:.0f} MB above the resident size with the "
        f"mail read = {(peak - before) * 1e3 / len(mail):.1f}x the mail (target <= 3x)"
    )


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise LookupError(field)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--memory"]:
        memory(sys.argv[2])
    else:
        main()
