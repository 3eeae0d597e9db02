"""Every development mail's classification as one line, to tell a change that keeps results.

Usage: .venv/bin/python bench/classify_dump.py OUT.tsv [--jobs N]; then compare two dumps
(``cmp``, or ``diff`` for the mails that moved).

A line per mail of the built-in corpus and of every corpus folder under ``$SIEGEL_CORPORA``
(default tests/corpora) but ``heldout``: sensitivity, line of business, reason (as a literal:
a snippet may hold a line break) and all findings. A speed change must leave the file byte
for byte the same; a rule change shows exactly which mails it moves. The held-out corpus is
never dumped: per-mail results of it would be tuning on it. The corpora are read by
``--jobs`` processes (default: every core), one corpus each at a time; the lines keep the
folders' order by name.
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from siegel.core.classify import Classification, classify
from tests.core.classify.corpus import as_mail, build
from tests.core.classify.labelled import corpora_root, load


def line(name: str, result: Classification) -> str:
    findings = sorted(map(repr, result.findings))
    return "\t".join(
        (
            name,
            result.sensitivity.name,
            str(result.line_of_business),
            repr(result.reason),
            str(findings),
        )
    )


def corpus_lines(folder: Path) -> list[str]:
    corpus = folder.name
    return [
        line(f"{corpus}/{mail.file}", classify(mail.message, sender=mail.sender))
        for mail in load(folder)
    ]


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("out", type=Path, help="where the dump is written")
    options.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = options.parse_args()
    lines = [line(f"builtin#{sample.id}", classify(as_mail(sample))) for sample in build()]
    folders = sorted(
        folder
        for folder in corpora_root().iterdir()
        if (folder / "labels.tsv").is_file() and folder.name != "heldout"
    )
    with ProcessPoolExecutor(args.jobs) as pool:
        for corpus_result in pool.map(corpus_lines, folders):
            lines += corpus_result
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} mails")


if __name__ == "__main__":
    main()
