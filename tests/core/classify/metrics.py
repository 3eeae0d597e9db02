"""Precision and recall per class over (label, prediction) pairs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

CLASSES = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")


@dataclass(frozen=True)
class Report:
    precision: dict[str, float]
    recall: dict[str, float]
    accuracy: float
    total: int

    @property
    def macro_precision(self) -> float:
        return sum(self.precision.values()) / len(self.precision)

    def lines(self) -> list[str]:
        rows = [f"{'class':<24}{'precision':>10}{'recall':>10}"]
        rows += [f"{c:<24}{self.precision[c]:>10.3f}{self.recall[c]:>10.3f}" for c in CLASSES]
        rows.append(
            f"macro precision {self.macro_precision:.3f}, accuracy {self.accuracy:.3f}, {self.total} mails"
        )
        return rows


def score(pairs: Sequence[tuple[str, str]]) -> Report:
    precision, recall = {}, {}
    for cls in CLASSES:
        predicted = [label for label, got in pairs if got == cls]
        actual = [got for label, got in pairs if label == cls]
        precision[cls] = (
            sum(1 for label in predicted if label == cls) / len(predicted) if predicted else 1.0
        )
        recall[cls] = sum(1 for got in actual if got == cls) / len(actual) if actual else 1.0
    accuracy = sum(1 for label, got in pairs if label == got) / len(pairs)
    return Report(precision, recall, accuracy, len(pairs))
