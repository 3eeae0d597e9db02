"""How sensitive is this mail? Findings from markings, sender rules and content, strongest wins.

Pure and fast: one pass of precompiled patterns over each text. When the mail
cannot be read with certainty (broken structure, unknown charset, a failure of
a detector) the result is strictly confidential: classification fails closed.
"""

from __future__ import annotations

from collections import Counter

from siegel.core.classify import health, identifiers, lines, markings, personal
from siegel.core.classify.config import ClassifierConfig, default_config
from siegel.core.classify.extract import extract
from siegel.core.classify.result import Classification, Finding
from siegel.core.classify.wordtrie import lowered
from siegel.core.sensitivity import LineOfBusiness, Sensitivity

__all__ = ["Classification", "ClassifierConfig", "Finding", "classify", "content_findings"]


def content_findings(
    text: str, location: str, config: ClassifierConfig
) -> tuple[list[Finding], list[LineOfBusiness]]:
    """Every content detector over one text (subject, body, attachment or its name)."""
    text = text[: config.max_text_chars]
    low = lowered(text)
    found = identifiers.find(text, low, location) + personal.find(text, low, location)
    found += health.find(text, low, location, config)
    line_findings, line_names = lines.find(text, low, location, config)
    return found + line_findings, line_names


def classify(
    message: bytes,
    *,
    sender: str = "",
    trusted_relay: bool = False,
    config: ClassifierConfig | None = None,
) -> Classification:
    cfg = config or default_config()
    try:
        return _classify(message, sender, trusted_relay, cfg)
    except Exception as exc:  # fail closed: a detector bug must never let a mail out as normal
        failure = Finding(
            "classifier-error",
            "mail",
            f"classification failed: {type(exc).__name__}",
            Sensitivity.STRICTLY_CONFIDENTIAL,
        )
        return Classification(Sensitivity.STRICTLY_CONFIDENTIAL, None, (failure,))


def _classify(
    message: bytes, sender: str, trusted_relay: bool, cfg: ClassifierConfig
) -> Classification:
    extracted = extract(message)
    findings = markings.find(extracted.subject, extracted.headers, cfg, trusted_relay=trusted_relay)
    rule = cfg.sender_sensitivity(sender)
    if rule:
        findings.append(Finding("sender-rule", "sender", rule[0], rule[1]))
    findings += [
        Finding("broken-mail", "mail", reason[:120], Sensitivity.STRICTLY_CONFIDENTIAL)
        for reason in extracted.broken
    ]
    findings += [
        Finding("unreadable-attachment", "mail", what[:120], cfg.unreadable_attachment)
        for what in extracted.unreadable
    ]
    found_lines: list[LineOfBusiness] = []
    for location, text in [("subject", extracted.subject), *extracted.texts]:
        content, named_lines = content_findings(text, location, cfg)
        findings += content
        found_lines += named_lines
    sensitivity = max((f.sensitivity for f in findings), default=Sensitivity.NORMAL)
    return Classification(sensitivity, _main_line(found_lines), tuple(findings))


def _main_line(found: list[LineOfBusiness]) -> LineOfBusiness | None:
    """The personal line if any is named (it decides), else the most often named line."""
    personal_lines = [line for line in found if line.is_personal]
    counted = Counter(personal_lines or found)
    return counted.most_common(1)[0][0] if counted else None
