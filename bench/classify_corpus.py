"""Precision and recall of the classifier on the labelled corpus (tests/core/classify/corpus.py).

Usage: .venv/bin/python bench/classify_corpus.py [--mistakes]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from siegel.core.classify import classify
from tests.core.classify.corpus import as_mail, build
from tests.core.classify.metrics import score


def main() -> None:
    samples = build()
    pairs = []
    for sample in samples:
        result = classify(as_mail(sample))
        pairs.append((sample.label, result.sensitivity.name))
        if "--mistakes" in sys.argv and sample.label != result.sensitivity.name:
            print(
                f"#{sample.id} {sample.label} -> {result.sensitivity.name}: {sample.subject} ({result.reason[:100]})"
            )
    print("\n".join(score(pairs).lines()))


if __name__ == "__main__":
    main()
