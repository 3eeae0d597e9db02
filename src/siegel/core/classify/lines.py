"""Lines of business named in a mail; the personal lines make it strictly confidential."""

from __future__ import annotations

import functools
import re

from siegel.core.classify.config import ClassifierConfig
from siegel.core.classify.result import Finding
from siegel.core.classify.wordtrie import trie_pattern
from siegel.core.sensitivity import LineOfBusiness, Sensitivity


@functools.cache
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){trie_pattern(terms)}")


def find(
    text: str, low: str, location: str, config: ClassifierConfig
) -> tuple[list[Finding], list[LineOfBusiness]]:
    found, lines = [], []
    for match in _pattern(tuple(config.lines)).finditer(low):
        line = config.lines[match.group(0).lower()]
        lines.append(line)
        sensitivity = Sensitivity.STRICTLY_CONFIDENTIAL if line.is_personal else Sensitivity.NORMAL
        found.append(
            Finding(
                "line-of-business",
                location,
                f"{text[match.start() : match.end()]} ({line.value})",
                sensitivity,
            )
        )
    return found, lines
