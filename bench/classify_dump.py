"""Every development mail's classification as one line, to tell a change that keeps results.

Usage: .venv/bin/python bench/classify_dump.py OUT.tsv; then compare two dumps (``cmp``).

A line per mail of the built-in corpus and ``dev`` to ``dev6``: sensitivity, line of business,
reason and all findings. A speed change must leave the file byte for byte the same; a rule
change shows exactly which mails it moves. The held-out corpus is never dumped: per-mail
results of it would be tuning on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from siegel.core.classify import Classification, classify
from tests.core.classify.corpus import as_mail, build
from tests.core.classify.labelled import corpora_root, load


def line(name: str, result: Classification) -> str:
    findings = sorted(map(repr, result.findings))
    return "\t".join(
        (name, result.sensitivity.name, str(result.line_of_business), result.reason, str(findings))
    )


def main() -> None:
    lines = [line(f"builtin#{sample.id}", classify(as_mail(sample))) for sample in build()]
    for corpus in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6"):
        lines += [
            line(f"{corpus}/{mail.file}", classify(mail.message, sender=mail.sender))
            for mail in load(corpora_root() / corpus)
        ]
    Path(sys.argv[1]).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} mails")


if __name__ == "__main__":
    main()
