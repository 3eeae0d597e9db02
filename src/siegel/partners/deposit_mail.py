"""What a deposit mail asks for: the firm's address, the metadata and the documents.

A colleague inside the insurer deposits broker post by writing to the firm's
address, ``<local>+<Vermittlernummer>@<domain>`` built from
``SIEGEL_PARTNERS_DEPOSIT_ADDRESS`` (default ``maklerpost@<first local domain>``).
Every attachment becomes a document; the metadata comes from header fields
(``X-Maklerpost-Kategorie``, ``-Kunde``, ``-Vertrag``, ``-Datum``, ``-Betreff``),
else from ``Name: value`` lines at the very start of the text (``Kategorie:``,
``Kunde:``, ``Vertrag:``, ``Datum:``), else the category from a leading tag in the
subject (``[120] Nachtrag``). Header fields win because a mail-merge or a
specialist application sets them exactly; the lines and the tag are for a person
writing by hand.

Reading never raises for a broken mail: what is missing or wrong becomes a
``problem`` in German, which the author gets back in a report.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.conf import settings

from siegel.core.mime.display import display, header_text
from siegel.core.mime.parse import parse_message
from siegel.partners.models import Category
from siegel.partners.services import DocumentInput, ShipmentMetadata

HEADER_PREFIX = "X-Maklerpost-"
# Signatures of the mail itself are not documents for the firm.
SIGNATURE_TYPES = frozenset(
    {"application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature"}
)
FIELDS = {
    "kategorie": "category",
    "kunde": "customer",
    "vertrag": "policy",
    "vertragsnummer": "policy",
    "datum": "date",
    "betreff": "subject",
}
_LINE = re.compile(r"^\s*([A-Za-zäöüÄÖÜß]+)\s*:\s*(.*?)\s*$")
_SUBJECT_TAG = re.compile(r"^\s*\[\s*(\d{3})\s*\]\s*")
_BY_LABEL = {str(label).lower(): code for code, label in Category.choices}


def firm_number(recipient: str) -> str | None:
    """The Vermittlernummer a recipient addresses, or None when it is no firm's deposit address.

    Only ``<local>+<number>@<domain>`` of the configured deposit address counts; the
    domain must match exactly (case aside), so another local domain's address with the
    same local part stays an ordinary mailbox.
    """
    configured = (settings.SIEGEL_PARTNERS_DEPOSIT_ADDRESS or "").strip().lower()
    if "@" not in configured:
        return None
    local, _, domain = configured.rpartition("@")
    wanted_local, _, wanted_domain = recipient.strip().rpartition("@")
    if wanted_domain.lower().rstrip(".") != domain:
        return None
    head, plus, number = wanted_local.partition("+")
    if not plus or head.lower() != local or not number.strip():
        return None
    return number.strip()


@dataclass(frozen=True)
class DepositRequest:
    """A deposit mail read: the shipment it asks for, or the problems that prevent it."""

    metadata: ShipmentMetadata | None
    documents: tuple[DocumentInput, ...]
    problems: tuple[str, ...]
    subject: str  # the mail's subject, to name it in the author's report

    @property
    def acceptable(self) -> bool:
        return self.metadata is not None and not self.problems


def read(message: bytes) -> DepositRequest:
    """Metadata and documents from a deposit mail (see the module for the syntax)."""
    parsed = parse_message(message)
    shown = display(message)
    given = _from_lines(shown.text)
    for name, field_name in FIELDS.items():
        value = header_text(parsed, HEADER_PREFIX + name.capitalize(), 300)
        if value:
            given[field_name] = value
    subject = shown.subject
    tag = _SUBJECT_TAG.match(subject)
    if tag:
        given.setdefault("category", tag.group(1))
        subject = subject[tag.end() :]
    problems: list[str] = []
    category = _category(given.get("category", ""))
    if category is None:
        problems.append(
            "Die Kategorie fehlt oder ist unbekannt (100 Antrag, 120 Vertrag, 140 Inkasso, "
            "150 Schaden, 170 Provision)."
        )
    document_date = None
    if given.get("date"):
        document_date = _date(given["date"])
        if document_date is None:
            problems.append(
                f"Das Datum »{given['date'][:40]}« ist nicht lesbar (TT.MM.JJJJ oder JJJJ-MM-TT)."
            )
    documents = tuple(
        DocumentInput(a.filename, a.content_type, a.data)
        for a in shown.attachments
        if a.content_type not in SIGNATURE_TYPES
    )
    if not documents:
        problems.append("Die E-Mail hat keinen Anhang; jeder Anhang wird ein Dokument.")
    metadata = (
        ShipmentMetadata(
            category=category,
            customer_name=given.get("customer", ""),
            policy_number=given.get("policy", ""),
            document_date=document_date,
            subject=given.get("subject", subject.strip()),
        )
        if category is not None
        else None
    )
    return DepositRequest(metadata, documents, tuple(problems), shown.subject or "(ohne Betreff)")


def _from_lines(text: str) -> dict[str, str]:
    """``Name: value`` lines at the start of the text, up to the first line that is none."""
    found: dict[str, str] = {}
    for line in text.lstrip("\r\n").splitlines():
        match = _LINE.match(line)
        if match is None or match.group(1).lower() not in FIELDS:
            break
        found.setdefault(FIELDS[match.group(1).lower()], match.group(2))
    return found


def _category(given: str) -> str | None:
    """A business-event code, from the code itself or its German name (``Vertrag``)."""
    value = given.strip().lower()
    if value in Category.values:
        return value
    return _BY_LABEL.get(value)


def _date(given: str) -> dt.date | None:
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(given.strip(), pattern).date()
        except ValueError:
            continue
    return None
