"""Header fields built to make the standard library's header parser slow, read by Siegel.

Usage: .venv/bin/python bench/hostile_headers.py [--size CHARACTERS] [--src DIR]
Prints, for each shape, the CPU time and peak memory (of a fresh process) of classifying a mail
with that field and of the gateway's ``entity.content_type``. Without the toolkit's bounds
(``siegel.core.mime.headers.beyond_bounds``) the parser's time grows with the square of the
field's length (CPython gh-136063); with them, each stays near the time of a normal mail.
``--src`` reads another checkout's ``src`` (a worktree of an earlier commit) for comparison.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SHAPES = {
    "Content-Type of ';'": ("Content-Type", "multipart/mixed; boundary=b" + ";" * 10**6),
    "Content-Type, quoted ';'": ("Content-Type", 'text/plain; a="' + ";" * 10**6),
    "Content-Type of comments": ("Content-Type", "text/plain " + "(a)" * 10**6),
    "Content-Transfer-Encoding of ';'": ("Content-Transfer-Encoding", ";" * 10**6),
    "To of dots": ("To", "a" + "." * 10**6 + "@b.example"),
    "To of commas": ("To", "," * 10**6),
    "marking header of encoded words": ("X-Siegel-Classification", "=?utf-8?q?a?= " * 10**6),
}

CHILD = """
import resource, sys, time
sys.path.insert(0, sys.argv[1])
from siegel.core.classify import classify
from siegel.core.mime.entity import content_type
message = sys.stdin.buffer.read()
start = time.process_time()
verdict = classify(message, trusted_relay=True).sensitivity.name
middle = time.process_time()
content_type(message)
end = time.process_time()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"{(middle - start) * 1000:9.1f} {(end - middle) * 1000:9.1f} {peak:7d}  {verdict}")
"""


def _folded(value: str) -> str:
    return "\r\n ".join(value[i : i + 900] for i in range(0, len(value), 900))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=32 * 1024, help="the field's length")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the code to measure")
    options = parser.parse_args()
    size = options.size
    print(
        f"{options.src}: a field of {size:,} characters; CPU ms to classify, CPU ms for entity.content_type,"
    )
    print("peak MB of the process, the verdict")
    for label, (name, value) in SHAPES.items():
        message = (
            f"From: a@b.example\r\nMIME-Version: 1.0\r\n{name}: {_folded(value[:size])}\r\n"
            "\r\nHallo, anbei die Unterlagen.\r\n"
        ).encode()
        run = subprocess.run(
            [sys.executable, "-c", CHILD, str(options.src)],
            input=message,
            capture_output=True,
            check=True,
        )
        print(f"{label:34s} {run.stdout.decode().strip()}")


if __name__ == "__main__":
    main()
