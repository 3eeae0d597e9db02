"""Numbers that identify a person's money or insurance: IBAN, tax id, insurance numbers.

IBAN and tax id are checksum-validated with python-stdnum; numbers without a
checksum we can verify count only next to the word that names them, so an order
number or a phone number does not raise an alarm.
"""

from __future__ import annotations

import re

from stdnum import iban as stdnum_iban
from stdnum.de import idnr

from siegel.core.classify.redact import context
from siegel.core.classify.result import Finding
from siegel.core.sensitivity import Sensitivity

C = Sensitivity.CONFIDENTIAL
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b")
# Matched on lowered text (see wordtrie.lowered): literals in lower case, no (?i).
TAX_ID = re.compile(
    r"(?:steuer-?id(?:entifikationsnummer)?|steuerliche identifikationsnummer|idnr)\.?:?\s*(\d{2} ?\d{3} ?\d{3} ?\d{3})\b"
)
SOCIAL_INSURANCE = re.compile(
    r"(?:sozialversicherungsnummer|rentenversicherungsnummer|sv-nummer|sv-nr|rv-nummer|rv-nr)\.?:?\s*"
    r"(\d{2} ?\d{6} ?[a-z] ?\d{3})\b"
)
HEALTH_INSURANCE_NUMBER = re.compile(
    r"(?:krankenversichertennummer|versichertennummer|kvnr)\.?:?\s*([a-z]\d{9})\b"
)
POLICY_NUMBER = re.compile(
    r"(?:versicherungsnummer|versicherungsschein-?(?:nummer|nr)|vertragsnummer|vertrags-nr|policennummer|"
    r"police(?:n)?-?nr|vsnr|vers\.-?nr|schadennummer|schaden-nr)\.?:?\s*([a-z0-9][a-z0-9./-]{4,24}\d)"
)


def find(text: str, low: str, location: str) -> list[Finding]:
    found: list[Finding] = []
    for match in IBAN.finditer(text):
        candidate = match.group(0)
        if stdnum_iban.is_valid(candidate):
            found.append(_finding("iban", "IBAN", text, match.start(), match.end(), location))
    for pattern, detector, kind in (
        (TAX_ID, "tax-id", "STEUER-ID"),
        (SOCIAL_INSURANCE, "social-insurance-number", "SV-NUMMER"),
        (HEALTH_INSURANCE_NUMBER, "health-insurance-number", "KV-NUMMER"),
        (POLICY_NUMBER, "policy-number", "VERTRAGSNUMMER"),
    ):
        for match in pattern.finditer(low):
            if detector == "tax-id" and not idnr.is_valid(match.group(1).replace(" ", "")):
                continue
            found.append(_finding(detector, kind, text, match.start(1), match.end(1), location))
    return found


def _finding(detector: str, kind: str, text: str, start: int, end: int, location: str) -> Finding:
    return Finding(detector, location, context(text, start, end), C, kind, start, end)
