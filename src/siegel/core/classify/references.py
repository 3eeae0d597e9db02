"""Numbers that tie a mail to one insurance relationship: contract, claim, customer, vehicle.

With a person named or addressed they say that this person is insured (SPEC:
confidential); with a personal line (health, life, accident) that the mail is
about such a contract. They come in two forms:

* after a word that names them ("Vertrag HR 7731-20458", "claim no. MC-26-00412",
  "Kennzeichen K-AB 123"), found in the keyword scan;
* in the shapes insurers give them, without a word: letters and digit groups
  ("KF-1902 4418", "LV 60 288 401-6"), year, branch and number ("26-HP-0031177"),
  and number plates ("AC-JS 77"), found in the case-sensitive pass.

Shapes right after a word for an invoice, an order, a ticket, an audit or a
high court's judgment are someone else's numbers ("Invoice INV-2026-0412",
"BGH IV ZR 181/25"), and all-zero numbers are dummies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from itertools import islice

from siegel.core.classify.anchors import MAX_HITS_PER_ANCHOR, Anchor

BLANKS = 64  # blanks (line breaks too) in one run between a reference's words and its number
# The most characters before a reference's first digit: two runs of blanks with a word after
# each (7 and 6 letters), two more around a ":", and a prefix of the number (17 at most).
PREFIX_REACH = 4 * BLANKS + 7 + 6 + 1 + 17
REFERENCE = Anchor(
    "reference",
    (
        *("vertrag", "vertrags-nr", "vertragsnr", "versicherungsvertrag", "hausratvertrag"),
        *(
            "police",
            "polizze",
            "polizzennummer",
            "versicherungsschein",
            "vsnr",
            "vs-nr",
            "schaden",
            "schadennummer",
        ),
        *("schaden-nr", "schadensnummer", "schadenfall", "schadennr", "leistungsfall"),
        *("kundennummer", "kunden-nr", "kundennr", "kd.-nr", "kd-nr", "vorgang", "vorgangsnummer"),
        *(
            "vorg.-nr",
            "pol.-nr",
            "vers.-nr",
            "vers.nr",
            "vers nr",
            "aktenzeichen",
            "az.",
            "az:",
            "evb",
        ),
        *(
            "evb-nummer",
            "evb-nr",
            "kennzeichen",
            "amtliches kennzeichen",
            "fin:",
            "fin.",
            "fallnummer",
        ),
        *("policy", "policy number", "policy no", "claim", "claim number", "claim no"),
        *("claim ref", "claim reference", "customer number", "customer no", "contract"),
        *("contract number", "contract no", "certificate", "certificate no", "member no"),
        *("member id", "membership number", "vin", "registration", "registration number"),
        *("reference", "our reference", "ref", "open cover", "cover note", "insurance number"),
        *("insured number", "case number", "case no", "kostenzusage"),
        # A mutual's or a health insurer's member ("Mitglied Nr. 4471 2290").
        *("mitglied", "mitgliedsnummer", "mitglieds-nr", "mitgliedsnr"),
        # A personal line's contract by its short name ("LV-Nr. 4-118.203.55", "KV-Nr. 77 310
        # 845"): the line is the label's (lines.of_number).
        *("lv-nr", "kv-nr", "bu-nr", "uv-nr", "lv-nummer", "kv-nummer", "bu-nummer"),
        # A loan's account, as a life insurer's mortgage or a policy loan is numbered.
        *("darlehen", "darlehens-nr", "darlehensnummer", "darlehenskonto", "loan", "loan number"),
        # An insured thing's own number, as the VIN is a car's: a phone's, a bicycle's.
        *("imei", "seriennummer", "serial number", "serial no", "rahmennummer", "frame number"),
        "frame no",
        # An application's number: an applicant's, as a contract's is the insured's ("Ihr
        # Antrag LV-A 2026/00588").
        *("antrag", "antragsnummer", "antrags-nr", "antragsnr", "application number"),
        *("application no", "application ref", "application reference"),
    ),
    re.compile(
        # Blanks possessively and at most BLANKS at a time: the words and the number after them
        # start with no blank, and a long run of blanks must not be tried at every length
        # (review, issue 14).
        rf"(?:\s{{0,{BLANKS}}}+(?:no\.?|nr\.?|number|nummer|#|id))?"
        rf"(?:\s{{1,{BLANKS}}}+(?:lautet|ist|is|was|war|reads))?"
        # One mark before the number, or an abbreviation's dot and a colon ("Kd.-Nr.: 4711").
        rf"\s{{0,{BLANKS}}}+(?:\.[ \t]?[:#]|[:.#])?\s{{0,{BLANKS}}}+"
        r"(?!(?:vom|von|am|an|ab|bis|zum|zur|of|from|the|per|on|at|to|dated?|für|for)\b)"
        # Up to four letters before the digits, or two groups of them ("BU-L 2025/0447",
        # "RM-KX 4471 2290"): a file's line and its desk.
        r"((?=[a-z0-9./ -]{0,4}\d|[a-z]{2,4}-[a-z]{1,2}[ -]\d)[a-z]{0,4}(?:-[a-z]{1,2})?[ -]?"
        r"\d[\d./ -]{2,20}\d[a-z]?"
        r"|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{6,17}|[a-z]{1,3}-[a-z]{1,2} ?\d{1,4}[eh]?)\b"
        r"(?!\s?(?:eur|€|usd|\$|%|uhr|m²|km))"
    ),
    payload="REFERENZ",
    inflected=True,
    # Before the number's first digit only blanks, letters of the words before it
    # ("Nr.", "lautet") or of its prefix, and ".", ":", "#", "-" stand, and at most
    # PREFIX_REACH of them. Bounded: "vertrag vertrag …" had been read to the text's end from
    # every keyword (review, issue 14).
    needs=re.compile(rf"[\sa-z.:#-]{{0,{PREFIX_REACH}}}+\d"),
)

# An eVB number (the insurance confirmation a car is registered with: seven letters and digits)
# later on the line of the word, as a letter writes it ("Ihre eVB-Nummer für die Zulassung:
# A7K3M9Q"), where REFERENCE allows no words in between.
EVB = Anchor(
    "reference",
    ("evb", "evb-nummer", "evb-nr"),
    re.compile(r"[^\n\d]{1,40}?\b((?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{7})\b"),
    payload="REFERENZ",
    # Up to 40 characters, then at most six letters of the number before its first digit.
    needs=re.compile(r"[^\n\d]{1,46}\d"),
)
CASE_ANCHORS = (REFERENCE, EVB)
LABEL_END = 5  # letters of a label at least that a line's term may end with ("police")


def labelled_by_lines(terms: Iterable[str]) -> Anchor:
    """REFERENCE for the line terms that end with one of its labels ("accident policy
    U-7-401.336", "BU-Vertrag 4471", "Fondspolice Nr. 20-118"). The keyword scan reports the
    longest keyword at a place and none inside it, so the label in such a term is not seen on
    its own; the term is then the label."""
    labels = [label for label in REFERENCE.keywords if len(label) >= LABEL_END]
    return replace(
        REFERENCE,
        keywords=tuple(
            term
            for term in terms
            if term not in REFERENCE.keywords and any(term.endswith(label) for label in labels)
        ),
    )


# A lawsuit between parties, as courts and lawyers head it: "Schäfer ./. Versicherer AG u. a.",
# "In dem Rechtsstreit Steffen Rahmann … gegen …". Its court file number ("262 C 481/25",
# "318a C 47/26", "12 XVII 188/26") is then the lawsuit's case number, as a claim's number is
# the claim's; a ruling cited by its court and number ("OLG Köln – 9 U 131/25") names no
# lawsuit of the mail's and no party.
LAWSUIT = Anchor("lawsuit", ("./.", "rechtsstreit"), whole_word=False, max_hits=1)
COURT_FILE = re.compile(
    r"(?<![\w/.-])\d{1,4}[a-z]?[ \t]+(?:[A-Z][A-Za-z]{0,2}|[IVX]{2,5})[ \t]+\d{1,6}/\d{2}(?![\w/])"
)


def court_files(text: str) -> list[tuple[int, int]]:
    """The court file numbers in a text that names a lawsuit (see LAWSUIT)."""
    return [match.span() for match in islice(COURT_FILE.finditer(text), MAX_HITS_PER_ANCHOR)]


# Case-sensitive shapes, run in the one case-sensitive pass (see siegel.core.classify.casewise).
# Letters, then two to four digit groups: "KF-1902 4418", "PH 31-610 225", "LV 60 288 401-6";
# a single letter only with a hyphen ("T-26-004518", "K-1-204.558" where no word runs into it
# and two groups follow the one digit: not a printer's "PRN-K-3-02", a room's "A-1.01"), so
# "T 0221 555-1930" (a phone) is not one;
# or letters, a hyphen and one long group ("HR-5502119"), as a line's own prefix writes them
# (not a date, "AR-20260616", nor the end of an address: a calendar entry's UID); or a long
# number printed in threes after its line's letters ("HR 4 471 028 331", "RV-GR 4 640 215").
CONTRACT = (
    r"(?P<contract>(?![A-Z]{2}\d\d ?\d{4} ?\d{4})(?:[A-Z]-|[A-Z]{2,4}[- ]?)\d{2,}"
    r"(?:[- /.]\d{2,}){1,3}(?:-\d)?|[A-Z]{2,4}[- ](?!(?:19|20)\d{6}\b)\d{6,10}(?!@)"
    r"|[A-Z]{2,4}(?:-[A-Z]{2,3})? \d(?: \d{3}){2,3}|(?<![\w-])[A-Z]-\d(?:[- /.]\d{2,}){2,3})"
    r"(?![\w-])"
)
# Year, branch letters, number: "26-HP-0031177" (found from its first capital letter).
YEAR_BRANCH = r"(?<=\b\d\d-)(?P<year_branch>[A-Z]{1,3}-\d{4,8})(?![\w-])"
# German number plates: "AC-JS 77", "K-DA 6060E".
PLATE = r"(?P<plate>[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} ?\d{1,4}[EH]?)(?![\w-])"

_SOMEONE_ELSES = re.compile(
    r"(?:rechnung|rechnungen|rechnungs-?nr\.?|invoices?|inv\.?|order|bestellung|bestell-?nr\.?|"
    r"bestellnummer|auftrag|auftrags-?nr\.?|ticket|incident|change|request|po|angebot|"
    r"offer|quote|lieferschein|artikel|art\.-nr\.?|release|version|audit|prüfbericht|projekt|"
    # A data-protection or security incident's number ("Vorfall DS-2026-014").
    r"(?<![a-z])vorfall|datenpanne|sicherheitsvorfall|datenschutzvorfall|"
    r"vermittlernummer|vermittler-nr\.?|vermittlernr\.?|maklernummer|agenturnummer|"
    r"project|bgh|bverfg|bsg|bfh|bag|eugh|kennziffer|stellenanzeige|formular|vordruck|form|"
    # A job advert's code and a supplier's order numbers ("careers (ref. LV-2026-11)",
    # "Zwei Aufträge (L-26-10411, …)").
    r"careers|karriere|jobs?|aufträge|orders|"
    # A reinsurance treaty's number is the two companies'.
    r"treaty|rückversicherungsvertrag|"
    # A supplier's framework agreement with the insurer ("Rahmenvertrag RV-EK-2024-011"), also
    # where the label found is the agreement's last word ("Rahmen|vertrag", "frame |agreement").
    r"rahmenvertrag|rahmenvereinbarung|framework agreement|frame agreement|master agreement|"
    r"(?<![a-z])(?:rahmen|frame|framework|master)|"
    # A company's VAT number, and an account's parts ("IBAN NL91 INGB 0001 2345 80").
    r"ust-?id(?:-?nr)?\.?|vat(?: id)?|iban|bic|swift|"
    # A firm's own register numbers, as British and Irish footers write them ("Authorised by
    # the Financial Conduct Authority. Firm Reference Number 914146", "Company number").
    r"(?<![a-z])(?:firm|company|companies house|charity)|"
    # A number given as an example or a format ("Beispiel: HV 1234 5678") is nobody's.
    r"beispiel|example|e\.\s?g\.|z\.\s?b\.|format)"
    # The genitive: "auf Basis Ihres Angebots AN-2026-117", "des Auftrags".
    r"(?:(?<=[a-z])e?s)?"
    r"[\s:#.(-]*(?:no\.?|nr\.?|number|nummer|ref\.?|reference|id|report|bericht|finding|"
    r"findings|feststellung)?[\s:#.(-]*$"
)
# Letters that start invoice, order, ticket and standard numbers or amounts, not insurance ones.
_OTHER_PREFIXES = frozenset(
    {"INV", "CR", "PO", "ORD", "REQ", "TKT", "INC", "CHG", "RFC", "SR", "RG", "RE", "LS"}
    | {"ISO", "DIN"}
    | {"EN", "VAT", "HRB", "HRA", "UST", "KW", "Q", "ZR", "AZR", "ZB", "ID"}
    # A company's or an association's register and tax numbers as Austrian and Swiss footers
    # write them: Firmenbuch ("FN 318455 k"), the old data-processing register ("DVR
    # 0091442"), the register of associations, VAT ("ATU12345678", "CHE-123.456.789 MWST"),
    # the co-operatives' register and the legal entity identifier.
    | {"FN", "DVR", "ZVR", "ATU", "CHE", "UID", "GNR", "LEI"}
    # A medicine's central number, a bank's code, a hospital's or practice's own number.
    | {"PZN", "BLZ", "IK", "BSNR", "LANR"}
    # A service desk's message, request item, task and problem numbers.
    | {"MSG", "RITM", "TASK", "PRB"}
    # A data-protection impact assessment's number.
    | {"DSFA", "DPIA"}
    # A body-mass index in a table of underwriting rules ("BMI 32 – 35").
    | {"BMI"}
    | {"EUR", "USD", "GBP", "CHF", "AED", "JPY", "SEK", "NOK", "DKK", "PLN", "CZK", "TRY", "CAD"}
)


def is_someone_elses(text: str, start: int, value: str = "") -> bool:
    """Whether the number at ``start`` is an invoice, order or ticket number.

    Either a word for one stands right before it, or its letters are one of theirs.
    """
    prefix = _PREFIX.match(value)
    if prefix and prefix.group() in _OTHER_PREFIXES:
        return True
    before = text[max(0, start - 24) : start].lower()
    glued = _GLUED_LETTERS.search(before)
    if glued is not None:
        if glued.group(1).upper() in _OTHER_PREFIXES:
            return True
        # Not an offer numbered by its line's letters ("Angebot GUV-ANG-26-0311"): the
        # insurer's own for that line, as a contract's number is.
        if _OFFER.search(before, 0, glued.start()) is None:
            before = before[: glued.start()]
    return _SOMEONE_ELSES.search(before) is not None or _after_company(before)


# Letters glued to the number found after them ("no. RV-FM-2025-007" is found from "FM"): the
# label stands before them.
_GLUED_LETTERS = re.compile(r"(?<![\w-])([a-z]{1,4})-$")
_OFFER = re.compile(r"(?:angebot|offer|quote)[\s:#.(-]*(?:no\.?|nr\.?|number|nummer)?[\s:#.(-]*$")


_PREFIX = re.compile("[A-Z]*")
_GENERIC_LABEL = re.compile(r"(?:our |your )?ref(?:erence|\.)?(?![a-z])", re.IGNORECASE)


def is_generic_label(text: str, start: int) -> bool:
    """Whether the label at ``start`` is a bare "Ref"/"reference", which any number may have."""
    return _GENERIC_LABEL.match(text, start) is not None


# A contract right after a company's name ("Nordlicht Software GmbH (contract bKV 3301)") is the
# company's: a group contract, whose insured persons are named where they are concerned.
_COMPANY_BEFORE = re.compile(
    r"(?:\bgmbh|\bag|\bse|\bkg|\bkgaa|\bvvag|e\.\s?v\.|a\.\s?g\.|\bltd\.?|\bplc|\binc\.?|\bllc)"
    r"[ \t]*[(,–-]?[ \t]*$"
)
_AFTER_FORM = " \t(,–-\n"  # what may stand between a legal form and the number ($: a last "\n")
_LONGEST_FORM = 5  # "e. v.", "a. g."


def _after_company(before: str) -> bool:
    """Whether ``before`` ends with a company's legal form (see _COMPANY_BEFORE).

    A form ends in a letter or ".", so it ends where the blanks and separators at the end of
    ``before`` begin, and the search starts the longest form's length before that: searched
    from every position, the pattern (which starts at a word boundary, so the engine cannot
    skip ahead) took longer than anything else done for a number.
    """
    form_end = len(before.rstrip(_AFTER_FORM))
    return _COMPANY_BEFORE.search(before, max(0, form_end - _LONGEST_FORM)) is not None


_DIGITS = frozenset("0123456789")
_YEARS = re.compile(
    r"(?:19|20)\d\d(?:\s?[-/–]\s?(?:19|20)?\d\d)?|[A-Z]{1,3}-[A-Z]{1,2} ?(?:19|20)\d\d"
    # A line's product of a year ("Antrag BU 2025").
    r"|[A-Z]{1,4} (?:19|20)\d\d"
)
# An ISO date, with a log line's hour after it ("2026-03-05 02"): a time, not a number held;
# also inside a log entry's id ("AUD-2026-03-26-0418").
_ISO_DATE = re.compile(r"(?:[A-Z]{1,4}-)?(?:19|20)\d\d-[01]\d-[0-3]\d(?:[ T-]\d\d+)?")
# The ending of the word before that a keyword's tail may take in: "claims 2025" is read
# from "claim" as "s 2025".
_INFLECTION = re.compile(r"^[a-z]{1,2}[ ]")
# A quantity with decimals, not a number held: "average age at claim 47.3".
_DECIMAL = re.compile(r"\d{1,3}[.,]\d{1,2}")
_LONGEST_DECIMAL = 8  # "123.45" with blanks around it
# Test and sample numbers say what they are: "TEST-0000-0001", "MUSTER 1234".
_SAMPLE = re.compile(r"test|muster|dummy|sample|beispiel|example|xxx", re.IGNORECASE)
# The same for ASCII, lowered first: a search that ignores case costs five times as much, and
# for ASCII text (most numbers) lowering it first is the same.
_SAMPLE_LOWER = re.compile(_SAMPLE.pattern)


def is_date(value: str) -> bool:
    """Whether a contract number's place holds an ISO date (a log's time after a column's label,
    a log entry's id)."""
    return _ISO_DATE.fullmatch(value.strip()) is not None


def is_dummy(value: str) -> bool:
    """Not a number anyone holds: all digits the same (a format example), years ("2025",
    "2027-2029", "BU-S 2026": a plate's shape, but as likely a product and its year: "claims
    2025" is a year's claims), a decimal quantity ("average age at claim 47.3"), or a test or
    sample number by its letters."""
    return (
        len(_DIGITS.intersection(value)) == 1
        or _YEARS.fullmatch(_INFLECTION.sub("", value.strip())) is not None
        or (len(value) <= _LONGEST_DECIMAL and _DECIMAL.fullmatch(value.strip()) is not None)
        or _is_sample(value)
    )


def _is_sample(value: str) -> bool:
    if value.isascii():
        return _SAMPLE_LOWER.search(value.lower()) is not None
    return _SAMPLE.search(value) is not None
