"""The sender's own marking: a subject tag, a header set by an internal system, and the
headers that mark mail sent in bulk."""

from __future__ import annotations

from collections.abc import Mapping

from siegel.core.classify.config import ClassifierConfig
from siegel.core.classify.result import Finding
from siegel.core.sensitivity import Sensitivity

HEADER_VALUES = {
    "normal": Sensitivity.NORMAL,
    "vertraulich": Sensitivity.CONFIDENTIAL,
    "confidential": Sensitivity.CONFIDENTIAL,
    "streng vertraulich": Sensitivity.STRICTLY_CONFIDENTIAL,
    "streng-vertraulich": Sensitivity.STRICTLY_CONFIDENTIAL,
    "strictly-confidential": Sensitivity.STRICTLY_CONFIDENTIAL,
}


def find(
    subject: str, headers: Mapping[str, str], config: ClassifierConfig, *, trusted_relay: bool
) -> list[Finding]:
    found = []
    lowered = subject.lower()
    for tag, sensitivity in config.subject_tags.items():
        if tag.lower() in lowered:
            found.append(Finding("subject-tag", "subject", tag, sensitivity))
    value = headers.get(config.marking_header.lower())
    if value is not None and trusted_relay:
        sensitivity = HEADER_VALUES.get(value.strip().lower(), Sensitivity.STRICTLY_CONFIDENTIAL)
        found.append(
            Finding(
                "marking-header",
                "header",
                f"{config.marking_header}: {value.strip()[:40]}",
                sensitivity,
            )
        )
    return found


# Set by the systems that send newsletters and mailing lists (RFC 2369, RFC 2919, RFC 3834's
# "Precedence"), and required of bulk senders by the large mailbox providers: a mail to many.
BULK_PRECEDENCE = frozenset({"bulk", "list", "junk"})
LIST_FIELDS = ("list-unsubscribe", "list-id")


def bulk(headers: Mapping[str, str]) -> list[Finding]:
    """The sign of a mail sent in bulk: to many, as a greeting to many says. A sign only, of
    normal weight: whom the mail names or addresses still counts (see concerned).

    An automatic reply (RFC 3834 "Auto-Submitted: auto-replied") is written once for every
    sender, as a mailing is for every reader. Not "auto-generated": a system's invoice or
    statement is generated for one customer."""
    precedence = headers.get("precedence", "").strip().lower()
    field = next((name for name in LIST_FIELDS if name in headers), None)
    automatic = headers.get("auto-submitted", "").strip().lower()
    if precedence in BULK_PRECEDENCE:
        return [Finding("bulk-mail", "header", f"Precedence: {precedence}", Sensitivity.NORMAL)]
    if field is not None:
        return [Finding("bulk-mail", "header", field, Sensitivity.NORMAL)]
    if automatic.startswith("auto-replied"):
        snippet = f"Auto-Submitted: {automatic[:20]}"
        return [Finding("bulk-mail", "header", snippet, Sensitivity.NORMAL)]
    return []
