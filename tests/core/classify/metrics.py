"""Precision and recall per class over (label, prediction) pairs, and the confusion matrix."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

CLASSES = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
SHORT = {"NORMAL": "N", "CONFIDENTIAL": "C", "STRICTLY_CONFIDENTIAL": "S"}


@dataclass(frozen=True)
class Report:
    precision: dict[str, float]
    recall: dict[str, float]
    accuracy: float
    total: int
    confusion: dict[tuple[str, str], int]  # (label, predicted) -> count

    @property
    def macro_precision(self) -> float:
        return sum(self.precision.values()) / len(self.precision)

    def lines(self) -> list[str]:
        rows = [f"{'class':<24}{'precision':>10}{'recall':>10}{'mails':>8}"]
        rows += [
            f"{c:<24}{self.precision[c]:>10.3f}{self.recall[c]:>10.3f}"
            f"{sum(n for (label, _), n in self.confusion.items() if label == c):>8}"
            for c in CLASSES
        ]
        rows.append(
            f"macro precision {self.macro_precision:.3f}, accuracy {self.accuracy:.3f}, {self.total} mails"
        )
        rows.append("confusion (rows: label, columns: predicted): " + "  ".join(SHORT.values()))
        rows += [
            f"  {SHORT[label]}  " + "  ".join(f"{self.confusion[label, got]:>3}" for got in CLASSES)
            for label in CLASSES
        ]
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
    confusion = {
        (label, got): sum(1 for pair in pairs if pair == (label, got))
        for label in CLASSES
        for got in CLASSES
    }
    return Report(precision, recall, accuracy, len(pairs), confusion)
