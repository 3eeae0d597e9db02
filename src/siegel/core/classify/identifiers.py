"""Numbers that identify a person's money or insurance: IBAN, tax id, insurance numbers.

An IBAN counts where its checksum holds; the other numbers count only right after the word
that names them, so an order number or a phone number does not raise an alarm. An IBAN is
personal data only when it may be a person's: the example IBANs of the standards and banks'
documentation are nobody's, and an account on a line with a company's legal form ("Gourmet
Catering GmbH · IBAN …"), or below a line that names a company as its holder, is the company's
(SPEC: company data is normal).
"""

from __future__ import annotations

import re

from siegel.core.classify.anchors import BLANK_LINE, Anchor

# Case-sensitive, run in the one case-sensitive pass (see siegel.core.classify.casewise).
# Grouped by spaces, or by hyphens as some write it on a phone ("DE45-3706-1213-…").
IBAN = r"(?P<iban>[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){3,7}(?:[ -]?[A-Z0-9]{1,3})?)\b"
# A German IBAN typed in lower case, as on a phone ("de18300209000106655422"). Only German: the
# pattern starts with letters the regex engine looks for as a literal, at a few hundredths of a
# millisecond for a 50 KB mail; one for every country's two letters cost a tenth of the
# classifier's time for it.
LOWER_GERMAN_IBAN = re.compile(r"de\d\d(?:[ ]?\d{4}){4}[ ]?\d\d(?!\d)")
# The examples of ISO 13616, the European Committee for Banking Standards and the banks.
EXAMPLE_IBANS = frozenset(
    {
        *("DE89370400440532013000", "GB82WEST12345698765432", "GB29NWBK60161331926819"),
        *("FR1420041010050500013M02606", "AT611904300234573201", "CH9300762011623852957"),
        *("NL91ABNA0417164300", "BE68539007547034", "IT60X0542811101000000123456"),
        *("ES9121000418450200051332", "DE02120300000000202051", "DE75512108001245126199"),
        "DE02500105170137075030",
    }
)
LEGAL_FORMS = frozenset(
    {"gmbh", "ag", "se", "kg", "kgaa", "a.g.", "e.v.", "vvag", "ug", "eg", "ltd", "ltd.", "plc"}
    | {"inc", "inc.", "llc", "s.a.", "b.v.", "n.v."}
)
_BETWEEN_WORDS = r"\s,;()·|"  # what separates the words of a line that may name a company
_WORD = re.compile(f"[^{_BETWEEN_WORDS}]+")
# A legal form as a whole word of _WORD's, in lowered text: one search instead of splitting a
# line into its words.
_LEGAL_FORM_WORD = re.compile(
    f"(?<![^{_BETWEEN_WORDS}])(?:"
    + "|".join(map(re.escape, sorted(LEGAL_FORMS, key=len, reverse=True)))
    + f")(?![^{_BETWEEN_WORDS}])"
)


_LETTER_VALUES = {code: str(code - 55) for code in range(ord("A"), ord("Z") + 1)}


def iban_checksum_ok(candidate: str) -> bool:
    """ISO 13616 check digits (mod 97-10); country formats are not needed here.

    Written out rather than through python-stdnum: it runs for every IBAN-like
    candidate of a long text, and stdnum's cleaning and conversion cost more than
    the scan around it.
    """
    number = "".join(candidate.replace("-", " ").split())
    rotated = number[4:] + number[:4]
    digits = rotated.translate(_LETTER_VALUES)
    return digits.isdigit() and int(digits) % 97 == 1


def whose_account(text: str, start: int, end: int) -> str:
    """ "example" or "company" when the IBAN at ``start:end`` is no person's, else ""."""
    if "".join(text[start:end].replace("-", " ").split()).upper() in EXAMPLE_IBANS:
        return "example"
    if (  # the cheapest look first: most accounts in a long list are persons', read by all
        _company_holds(text, start)
        or _business_before(text, start)
        or _in_legal_footer(text, start)
        or company_on_line(text, start, end)
    ):
        return "company"
    return ""


# A company's legal footer names its register and its board: an account in it is the company's.
# Not "HRA" or a VAT id alone: a sole trader (e.K.) has them, and a sole trader's account is a
# person's.
_REGISTERED = re.compile(
    r"\bhrb[ \t]*\d|\bregistered in england|\bcompany (?:no|number|registration)\b|"
    # The board as a footer labels it, at a line's start ("Vorstand: Dr. …"); not "der Vorstand
    # hat", nor "Geschäftsführer Timm hat entschieden: …" in a customer's own lines.
    r"^[ \t>|·]*(?:vorstand|aufsichtsrat|geschäftsführ|management board|board of directors)\w*"
    r"[ \t]*:",
    re.MULTILINE,
)
FOOTER_REACH = 400  # characters before an account in which its footer's register stands
# The words of _REGISTERED, looked for first (see _in_legal_footer).
_FOOTER_WORDS = (
    "hrb",
    "registered",
    "company",
    "vorstand",
    "aufsichtsrat",
    "geschäftsführ",
    "board",
)


def _in_legal_footer(text: str, start: int) -> bool:
    """Whether the account stands in a company's legal footer: in one block of lines (no blank
    line between) with the company's register or board, above it. A letter's own text below a
    letterhead with a register, after a blank line, is not the footer."""
    before = text[max(0, start - FOOTER_REACH) : start].lower()
    # Most accounts stand in no footer: a look for the words first (each IBAN of a long list
    # would otherwise cost the pattern's search over the whole reach).
    if not any(word in before for word in _FOOTER_WORDS):
        return False
    return _REGISTERED.search(BLANK_LINE.split(before)[-1]) is not None


# Right before the account, across a line break: a company's name and the account's label
# ("Bodensee IT Systems GmbH, IBAN\nAT62 …"), or a business's account of a company ("vom
# Geschäftskonto der GmbH\n(DE53 …"). A business account alone may be a sole trader's, whose
# account is a person's.
_FORM = rf"\b(?:{'|'.join(map(re.escape, sorted(LEGAL_FORMS, key=len, reverse=True)))})"
_BUSINESS_BEFORE = re.compile(
    rf"(?:{_FORM}[ \t]*[,:;]?[ \t]*(?:iban|konto|account|bankverbindung|bank details)?"
    r"|\b(?:geschäftskontos?|firmenkontos?|business account|company account|corporate account)"
    rf"\b[^\n]{{0,20}}{_FORM}[^\n]{{0,10}})[ \t]*:?[ \t]*\r?\n?[ \t(]*$"
)
BUSINESS_REACH = 60  # characters before an account in which its business's words stand


def _business_before(text: str, start: int) -> bool:
    return _BUSINESS_BEFORE.search(text[max(0, start - BUSINESS_REACH) : start].lower()) is not None


# The line above an account that names its holder: "Kontoinhaber: Kranz & Söhne GmbH",
# "Zahlungspflichtige: Druckerei Albers GmbH, Gewerbering 14", or the company's name alone.
_HOLDER = re.compile(
    r"(?:konto)?inhaber|zahlungspflichtige?r?|empfänger|zahlungsempfänger|holder|payee|"
    r"beneficiary|account name"
)
MAX_NAME_WORDS = 6  # a line of a company's name alone, as a payment block writes it
HOLDER_REACH = 200  # characters of a line above an account that are read, at most
PAYMENT_BLOCK = 4  # lines above an account read for its holder
# A payment block's other fields, between the holder and the account ("Bank: …", "BIC: …").
_PAYMENT_FIELD = re.compile(
    r"[ \t>]*(?:bank(?:name)?|kreditinstitut|bic|swift(?: code)?|sort code|account(?: no\.?"
    r"| number)?|kontonummer|konto-nr\.?|blz|bankleitzahl|verwendungszweck|referenz|reference)"
    r"[ \t]*:"
)
_BANK = re.compile(r"bank|sparkasse|kasse\b")


def _company_holds(text: str, start: int) -> bool:
    """Whether the line above the IBAN's names a company as the account's holder, or is a
    company's name, alone or before its bank ("Abschleppdienst Rheinland GmbH, Kreissparkasse
    Köln"); or a holder so named stands above the block's other fields ("Kontoinhaber: Rhönland
    Versicherung a.G. / Bank: … / IBAN: …"). Any other line ends the block: a person's name
    there ("Max Mustermann / IBAN: …") or a holder named without a legal form (a mandate's
    "Kontoinhaber: Oliver Brandtner" below its creditor company) keeps the account a person's."""
    line_start = text.rfind("\n", 0, start)
    for _ in range(PAYMENT_BLOCK):
        if line_start < 0:
            return False
        above_start = max(text.rfind("\n", 0, line_start) + 1, line_start - HOLDER_REACH)
        above = text[above_start:line_start].lower().replace("a. g.", "a.g.")
        if _names_company(above):
            return True
        if not _PAYMENT_FIELD.match(above):
            return False
        line_start = above_start - 1
    return False


def _names_company(line: str) -> bool:
    """A holder's line with a legal form, or a company's name alone or before its bank."""
    words = _WORD.findall(line)
    if LEGAL_FORMS.isdisjoint(words):
        return False
    if _HOLDER.search(line):
        return True
    name, comma, rest = line.partition(",")
    named = _WORD.findall(name) if not comma or _BANK.search(rest) else words
    return 0 < len(named) <= MAX_NAME_WORDS and named[-1] in LEGAL_FORMS


def company_on_line(text: str, start: int, end: int) -> bool:
    """Whether a company's legal form stands on the line of ``start:end`` (within 200
    characters): the account or tax number there is the company's."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 200)
    line_end = text.find("\n", end)
    line_end = min(line_end if line_end >= 0 else len(text), end + 200)
    line = text[line_start:line_end].lower().replace("a. g.", "a.g.")
    return _LEGAL_FORM_WORD.search(line) is not None


def labelled_tax_id(number: str) -> bool:
    """Eleven digits after the label "Steuer-ID", the first not 0, and not a format's example
    (the digits counted up, "12345678901", or nearly all alike).

    The label says what the number is, so its check digit is not asked for: a tax id typed
    with one digit wrong is still the person's.
    """
    return (
        len(number) == 11
        and number[0] != "0"
        and len(set(number)) > 2
        and number[:9] not in _COUNTED_UP
    )


_COUNTED_UP = "0123456789" * 2


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
        # "Steuer-ID: 47 120 993 518", "(Steuer-ID): …", "Steuer-ID ist …".
        re.compile(
            r"\)?" + _SEPARATOR + r"(?:(?:ist|is|lautet)\s+)?(\d{2} ?\d{3} ?\d{3} ?\d{3})\b"
        ),
        validate=lambda value: labelled_tax_id(value.replace(" ", "")),
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
