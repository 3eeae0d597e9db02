"""Numbers that identify a person's money or insurance: IBAN, tax id, insurance numbers.

IBAN and tax id are checksum-validated with python-stdnum; numbers without a
checksum we can verify count only right after the word that names them, so an
order number or a phone number does not raise an alarm.
"""

from __future__ import annotations

import re

from stdnum.de import idnr

from siegel.core.classify.anchors import Anchor

# Case-sensitive, run in the one case-sensitive pass (see siegel.core.classify.casewise).
IBAN = r"(?P<iban>[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b"
_SEPARATOR = r"\.?:?\s*"

# (kind for placeholders, anchor); tails match on lowered text.
ANCHORS = (
    Anchor(
        "tax-id",
        (
            "steuer-id",
            "steuerid",
            "steueridentifikationsnummer",
            "steuer-identifikationsnummer",
            "steuerliche identifikationsnummer",
            "idnr",
        ),
        re.compile(_SEPARATOR + r"(\d{2} ?\d{3} ?\d{3} ?\d{3})\b"),
        validate=lambda value: idnr.is_valid(value.replace(" ", "")),
        payload="STEUER-ID",
    ),
    Anchor(
        "social-insurance-number",
        (
            "sozialversicherungsnummer",
            "rentenversicherungsnummer",
            "sv-nummer",
            "sv-nr",
            "rv-nummer",
            "rv-nr",
        ),
        re.compile(_SEPARATOR + r"(\d{2} ?\d{6} ?[a-z] ?\d{3})\b"),
        payload="SV-NUMMER",
    ),
    Anchor(
        "health-insurance-number",
        ("krankenversichertennummer", "versichertennummer", "kvnr"),
        re.compile(_SEPARATOR + r"([a-z]\d{9})\b"),
        payload="KV-NUMMER",
    ),
    Anchor(
        "policy-number",
        (
            "versicherungsnummer",
            "versicherungsscheinnummer",
            "versicherungsschein-nummer",
            "versicherungsschein-nr",
            "vertragsnummer",
            "vertrags-nr",
            "policennummer",
            "police-nr",
            "policen-nr",
            "vsnr",
            "vers.-nr",
            "vers.nr",
            "schadennummer",
            "schaden-nr",
        ),
        re.compile(_SEPARATOR + r"([a-z0-9][a-z0-9./-]{0,24}(?: [a-z0-9./-]*\d[a-z0-9./-]*)?\d)"),
        payload="VERTRAGSNUMMER",
    ),
)
