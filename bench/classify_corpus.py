"""Precision and recall of the classifier on labelled corpora.

Usage: .venv/bin/python bench/classify_corpus.py [--corpus DIR ...] [--builtin] [--mistakes]

Without ``--corpus``: the built-in corpus (tests/core/classify/corpus.py) and the folder
corpora of ``DEVELOPMENT`` (tests/core/classify/labelled.py) and ``heldout`` under
``$SIEGEL_CORPORA`` (default tests/corpora),
each where present. ``--mistakes`` lists the mis-classified mails of every corpus except the
held-out one, which is only ever reported in aggregate: it is the measure, not a training set.
Targets (issue 14): recall STRICTLY_CONFIDENTIAL >= 0.98, CONFIDENTIAL >= 0.95, macro precision >= 0.92.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from siegel.core.classify import classify
from tests.core.classify.corpus import as_mail, build
from tests.core.classify.labelled import DEVELOPMENT, corpora_root, load
from tests.core.classify.metrics import score


def builtin(mistakes: bool) -> list[tuple[str, str]]:
    pairs = []
    for sample in build():
        result = classify(as_mail(sample))
        pairs.append((sample.label, result.sensitivity.name))
        if mistakes and sample.label != result.sensitivity.name:
            print(
                f"  #{sample.id} {sample.label} -> {result.sensitivity.name}: {sample.subject} ({result.reason[:100]})"
            )
    return pairs


def folder(path: Path, mistakes: bool) -> list[tuple[str, str]]:
    pairs = []
    for mail in load(path):
        result = classify(mail.message, sender=mail.sender)
        pairs.append((mail.label, result.sensitivity.name))
        if mistakes and mail.label != result.sensitivity.name:
            print(
                f"  {mail.file} {mail.label} -> {result.sensitivity.name} [{mail.kind}] {mail.reason[:80]}\n"
                f"      {result.reason[:160]}"
            )
    return pairs


def is_held_out(path: Path) -> bool:
    return path.resolve().name == "heldout"


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--corpus", action="append", type=Path, help="a corpus folder")
    options.add_argument("--builtin", action="store_true", help="also the built-in corpus")
    options.add_argument("--mistakes", action="store_true", help="list mis-classified mails")
    args = options.parse_args()
    folders = args.corpus or [corpora_root() / name for name in (*DEVELOPMENT, "heldout")]
    if args.builtin or not args.corpus:
        print("== built-in corpus (tests/core/classify/corpus.py)")
        print("\n".join(score(builtin(args.mistakes)).lines()))
    for path in folders:
        if not (path / "labels.tsv").is_file():
            print(f"== {path}: absent")
            continue
        print(f"== {path}")
        pairs = folder(path, args.mistakes and not is_held_out(path))
        print("\n".join(score(pairs).lines()))


if __name__ == "__main__":
    main()
