"""A mail of many small ZIP attachments, each inflating to the bound of one archive.

Usage: .venv/bin/python bench/hostile_archives.py [--archives N] [--src DIR]
Each attachment is a few hundred KB packed and unpacks to 96 MB (``zipped.MAX_TOTAL_BYTES``,
three members of 32 MB), so each alone is within its bounds. Prints the mail's size, the CPU
time and peak memory (of a fresh process) of classifying it, and the verdict. With one budget
per mail (``zipped.mail_budget``) the whole mail unpacks at most ``zipped.MAX_MAIL_BYTES``;
``--src`` reads another checkout's ``src`` (a worktree of an earlier commit) for comparison —
without the budget, memory grows with every attachment (about 100 MB each).
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import zipfile
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEMBER = 32 << 20

CHILD = """
import resource, sys, time
sys.path.insert(0, sys.argv[1])
from siegel.core.classify import classify
message = sys.stdin.buffer.read()
start = time.process_time()
verdict = classify(message).sensitivity.name
seconds = time.process_time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"{seconds:8.1f} s {peak:7d} MB  {verdict}")
"""


def archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as packed:
        for name in ("a.txt", "b.txt", "c.txt"):
            packed.writestr(name, b"Hallo " * (MEMBER // 6))
    return buffer.getvalue()


def hostile_mail(archives: int) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@v.example", "k@example.org", "Anbei"
    message.set_content("Anbei die Unterlagen.")
    packed = archive()
    for index in range(archives):
        message.add_attachment(
            packed, maintype="application", subtype="zip", filename=f"teil{index}.zip"
        )
    return message.as_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archives", type=int, default=8, help="ZIP attachments in the mail")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the code to measure")
    options = parser.parse_args()
    message = hostile_mail(options.archives)
    print(f"{options.src}: {options.archives} archives, mail of {len(message) / 1e6:.2f} MB")
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(options.src)],
        input=message,
        capture_output=True,
        check=True,
    )
    print(result.stdout.decode().rstrip())


if __name__ == "__main__":
    main()
