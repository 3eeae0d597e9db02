"""Personal facts in context: dates of birth, income figures, payment trouble.

A date alone is never a birth date (mail is full of appointments); it counts
after words like "geb." or "Geburtsdatum", right after a person's name with a
year that makes a birth plausible, or after a "*". Dates are read in German,
ISO and English forms ("30.11.82", "1982-11-30", "30-11-1982", "22/06/1984", "30. November
1982", "November 30, 1982", "30 Nov 1982"). An amount counts only next to words
about pay or income ("Jahresbruttogehalt von 68.900 €" too: the pay words may end a
compound), and it concerns a person only when one is named or addressed (decided in
:mod:`siegel.core.classify.concerned`): a job advert's salary band is nobody's income.
"""

from __future__ import annotations

import datetime
import re

from siegel.core.classify.anchors import MAX_HITS_PER_ANCHOR, Anchor

_MONTHS = (
    r"(?:jan(?:uar|uary)?|feb(?:ruar|ruary)?|m(?:ä|ae)rz|mar(?:ch)?|apr(?:il)?|mai|may|"
    r"jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|"
    r"de[cz](?:ember)?)\.?"
)
DATE = (
    r"(\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}"  # 30.11.1982, 30.11.82
    r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}"  # 1982-11-30
    r"|\d{1,2}-\d{1,2}-(?:19|20)\d{2}"  # 30-11-1982, as Dutch and Indian forms write it
    r"|\d{1,2}/\d{1,2}/(?:19|20)?\d{2}"  # 22/06/1984, 06/22/84
    r"|\d{1,2}(?:\.|st|nd|rd|th)?\s*" + _MONTHS + r",?\s*(?:19|20)\d{2}"  # 30. November 1982
    r"|" + _MONTHS + r"\s*\d{1,2}(?:st|nd|rd|th)?,?\s*(?:19|20)\d{2}"  # November 30, 1982
    # In words, as a letter spells it out: "elften November neunzehnhundertfünfundachtzig".
    r"|[a-zäöüß]+(?:ten|sten)\s+"
    + _MONTHS
    + r"\s+(?:(?:19|20)\d{2}|(?:neunzehnhundert|zweitausend)[a-zäöüß]*))"
    r"(?!\d)"  # "27.03.1845" is no "27.03.18"
)
OWN_BIRTH_REACH = 80  # characters after "mein Geburtsdatum" in which the date stands, on its line
# "2.150 €", "68900 EUR", and with the currency first as English writes it: "EUR 118,000".
# "2.150 netto" after a pay word is pay as well, without a currency.
AMOUNT = (
    r"(\d{1,3}(?:\.\d{3})+(?:,\d{2})?\s?(?:€|eur\b|euro\b|netto\b|brutto\b)"
    r"|\d{4,6}(?:,\d{2})?\s?(?:€|eur\b|euro\b)"
    # and as a table's column writes it: "Prämie brutto EUR: 9740"
    r"|(?:€|eur\b|euro\b|gbp\b|£):?\s?(?:\d{1,3}(?:[.,]\d{3})+|\d{4,6})(?:[.,]\d{2})?"
    # and with cents but no currency, as a payslip's column writes it ("Net pay 3,217.28")
    r"|(?<![\d.,])\d{1,3}(?:[.,]\d{3})*[.,]\d{2}(?![.,]?\d)"
    # or as a table's record gives a column's value ("Jahresgehalt 2025: 72400"), not a year
    r"|(?<=: )(?!(?:19|20)\d\d\b)\d{4,6}(?![\d.,]))"
)
# Case-sensitive forms, run in the one case-sensitive pass (see siegel.core.classify.casewise).
_BIRTH_YEAR = r"(?:19\d{2}|200\d|201[0-5])"
# A date right after a name: "Erika Musterfrau (12.05.1968)", "Max Müller, 01.02.1975", and
# after initials as a broker shortens an applicant: "H. W., 04.11.1958". Found from the "," or
# "(" before the date; the name before it is checked in PERSON_BEFORE.
BIRTH_AFTER_NAME = (
    r"(?:(?<=[a-zäöüß.]),[ \t]*|(?<=[a-zäöüß] )\()"
    rf"(?P<name_date>\d{{1,2}}\.\d{{1,2}}\.{_BIRTH_YEAR}|{_BIRTH_YEAR}-\d\d-\d\d"
    rf"|\d{{1,2}}/\d{{1,2}}/{_BIRTH_YEAR})"
)
PERSON_BEFORE = re.compile(
    r"([A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß]+|(?<![\w.])[A-ZÄÖÜ]\. ?[A-ZÄÖÜ]\.) ?$"
)
# A list's line that holds only a name and a date, the comma left out: "Leonie Brandes
# 22.09.2001". Lines are found from their end (a year of birth before the line break, which
# costs one quick search) and only then read whole.
LISTED_BIRTH_END = re.compile(rf"(?m)\.{_BIRTH_YEAR}[ \t\r]*$")
LISTED_BIRTH = re.compile(
    r"[ \t>]*(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)? [A-ZÄÖÜ][a-zäöüß]+"
    r"(?:-[A-ZÄÖÜ][a-zäöüß]+)?)[ \t]+(?P<date>\d{1,2}\.\d{1,2}\.\d{4})[ \t\r]*"
)
BIRTH_AFTER_STAR = r"\*\s?(?P<star_date>\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2})"

# Up to the amount in the same sentence; "ca.", "approx." and a date's dots do not end it.
AMOUNT_AFTER = re.compile(
    r"(?:[^.\n]|\n(?![ \t]*\r?\n)|(?<=ca|rd)\.|(?<=approx)\.|(?<=\d)\.(?=\d)){0,40}?" + AMOUNT
)
# The amount starts within 40 characters, its first digit at most 5 after that ("euro 1").
AMOUNT_NEEDS = re.compile(r"\D{0,45}\d")

# Pay by its period, as payroll and HR write it beside the amount: "4.712,00 EUR brutto
# monatlich" (the amount before it), "neu brutto/Monat: 4.620,00" (a table's column, after it).
# Not among ANCHORS: the amount is looked for on either side (paid), not in a tail.
PAY_PERIOD = Anchor(
    "income",
    (
        *("brutto monatlich", "brutto im monat", "brutto pro monat", "brutto/monat"),
        *("brutto / monat", "brutto jährlich", "brutto im jahr", "brutto pro jahr", "brutto/jahr"),
        *("brutto p.a.", "brutto p. a.", "monatlich brutto", "jährlich brutto", "gross per month"),
        *("gross per annum", "gross p.a.", "gross a month", "gross a year", "gross per year"),
        *("gross monthly", "gross annual", "gross/month", "gross/year"),
    ),
    payload="BETRAG",
    max_hits=MAX_HITS_PER_ANCHOR,
)
_PAY = (
    r"(?<![\d.,])"
    r"(\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d{1,3}(?:,\d{3})+(?:\.\d{2})?|\d{3,6}(?:[.,]\d{2})?)"
)
_CURRENCY = r"(?:€|eur|euro|gbp|£)"
_PAID_BEFORE = re.compile(rf"{_PAY}[ \t]*(?:{_CURRENCY}[ \t]*)?$", re.IGNORECASE)


def _amount_after(colon: str) -> re.Pattern[str]:
    """The amount right after the words for pay, after ``colon`` ("…: 4.620,00", "Brutto
    3.960 €"); the blanks are taken possessively, so a long run of them is passed once."""
    return re.compile(
        rf"[ \t]*+{colon}[ \t]*+(?:{_CURRENCY}[ \t]*+)?{_PAY}(?![\d.,]*\d)", re.IGNORECASE
    )


_PAID_AFTER = _amount_after(":")
PAID_REACH = 24  # characters before the period's words in which its amount stands


def paid(
    text: str, start: int, end: int, after: re.Pattern[str] = _PAID_AFTER
) -> tuple[int, int] | None:
    """Where the amount of pay named by its period (``text[start:end]``) stands, if any: after
    it (``after``), or before it."""
    amount = after.match(text, end) or _PAID_BEFORE.search(text, max(0, start - PAID_REACH), start)
    return None if amount is None else amount.span(1)


# Pay by the word for it beside its amount alone, as payroll writes it: "Abfindung: 48.600 EUR
# brutto", "612,90 EUR brutto", "Brutto 3.960 €", "monthly gross: EUR 6,000.00". Not among
# ANCHORS either.
GROSS = Anchor(
    "income",
    (
        *("brutto", "gross"),
        # A payroll export's columns, written as one word ("Brutto_alt: 3480,00").
        *("brutto_alt", "brutto_neu", "brutto_monat", "brutto_jahr", "gross_old", "gross_new"),
    ),
    payload="BETRAG",
    max_hits=MAX_HITS_PER_ANCHOR,
)
_GROSS_AFTER = _amount_after(r"\)?[ \t]*+:?")  # "Betriebsrente monatlich (brutto)  1.284,50 €"
# A line that prices a thing, not a person's pay: an invoice's, an offer's or a claim's sums
# (a payroll's "Abrechnung" is pay's). Searched in the lowered line: a third of the time of a
# search ignoring case.
_PRICED = re.compile(
    r"(?<!ab)rechnung|invoice|betrag|summe|gesamt|total|ust\b|mwst|vat\b|kosten|cost|angebot"
    r"|offer|quote|preis|price|wert|value|schaden|loss|reparatur|repair|prämie|premium|beitrag"
    r"|umsatz|turnover|revenue|miete|rent\b|honorar|fee\b|fees\b|budget|estimate|reserve|limit"
)
LINE_REACH = 200  # characters either side of the pay word read as its line
# A threshold, not someone's pay: "Beschäftigte unter 2.000 EUR brutto", "above EUR 50,000 gross".
_THRESHOLD = re.compile(
    r"(?:unter|über|ab|bis|mehr als|weniger als|below|above|under|over|up to|from|than)[ \t]*"
    rf"(?:{_CURRENCY}[ \t]*)?$",
    re.IGNORECASE,
)


def gross_pay(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the amount called gross pay (``text[start:end]``, "brutto", "gross") stands, if
    any, on a line that prices nothing (see _PRICED) and not as a threshold: a person's pay."""
    amount = paid(text, start, end, _GROSS_AFTER)
    if amount is None:
        return None
    line_start = max(text.rfind("\n", max(0, start - LINE_REACH), start) + 1, start - LINE_REACH)
    line_end = text.find("\n", end, end + LINE_REACH)
    line = text[max(0, line_start) : end + LINE_REACH if line_end < 0 else line_end].lower()
    if _PRICED.search(line) or _THRESHOLD.search(text, max(0, amount[0] - 20), amount[0]):
        return None
    return amount


_YEAR = re.compile(r"(?:19|20)\d\d")
YOUNGEST_WRITER = 12  # years: a date later than this before today is a deadline, not a birth


def _birth_year(date: str) -> bool:
    """Whether a date told after "mein Geburtsdatum" can be a birth: a four-digit year
    at least YOUNGEST_WRITER years ago ("bis zum 15.03.2026 nachtragen" is a deadline)."""
    year = _YEAR.search(date)
    return year is None or int(year.group()) <= datetime.date.today().year - YOUNGEST_WRITER


ANCHORS = (
    Anchor(
        "birth-date",
        (
            "geb.",
            "geboren",
            "geboren am",
            "geburtsdatum",
            "geb.-datum",
            "geb.datum",
            "gebdat",
            "geb_datum",
            "geburtstag",
            "date of birth",
            "date_of_birth",
            "birth_date",
            "birth date",
            "birthdate",
            "born",
            "born on",
            "dob",
            "d.o.b.",
        ),
        # "geb. am 4.7.71", "geboren bin ich am 3.2.1998", "born on", and with the paper it is
        # read from: "geb. laut Ausweis 12.03.1980", "born according to the passport on …"
        re.compile(
            # Blanks possessively (*+, ++): what follows them starts with no blank, and a long
            # run of them must not be tried at every length (review, issue 14).
            r"\s*+(?:(?:bin|ist|wurde)\s++(?:ich|er|sie)\s++)?"
            r"(?:(?:laut|lt\.|gemäß|nach|according to)\s++[^\d\n]{1,30}?\s++)?"
            r"(?:am|on)?\s*+[:.]?\s*+" + DATE
        ),
        whole_word=False,
        payload="GEBURTSDATUM",
    ),
    # A birth date told later in the line, the writer's own ("mein Geburtsdatum ist falsch
    # hinterlegt. Dort steht 17.04.1968, richtig ist der 14.07.1968") or someone's.
    Anchor(
        "birth-date",
        (
            *("mein geburtsdatum", "meinem geburtsdatum", "meines geburtsdatums"),
            *("my date of birth", "my birth date", "my birthdate", "my dob"),
            # Someone's, as a clerk tells a colleague of a record to be put right ("bei Herrn
            # Yildiz ist das Geburtsdatum falsch erfasst, im Bestand steht 07.03.1988").
            *("das geburtsdatum", "sein geburtsdatum", "ihr geburtsdatum", "dessen geburtsdatum"),
            *("deren geburtsdatum", "the date of birth", "his date of birth", "her date of birth"),
            *("your date of birth", "their date of birth"),
        ),
        re.compile(rf"[^\n]{{0,{OWN_BIRTH_REACH}}}?" + DATE),
        validate=_birth_year,
        payload="GEBURTSDATUM",
    ),
    # Name and date of birth under one label, as a form's line writes them ("Name / DOB:
    # Chinedu Okafor, 9 January 1990", "Name, Geburtsdatum: Ilse Brandt, 03.05.1961"): the
    # date after the name is the birth date.
    Anchor(
        "birth-date",
        tuple(
            f"name{between}{label}"
            for between in (" / ", "/", ", ", " und ", " and ")
            for label in ("dob", "date of birth", "birth date", "geburtsdatum", "geb.-datum")
        ),
        re.compile(r"[ \t]*:[ \t]*[^\d\n:]{2,60}?[,;/][ \t]*" + DATE),
        payload="GEBURTSDATUM",
    ),
    Anchor(
        "income",
        (
            "gehalt",
            "einkommen",
            "bruttoeinkommen",
            "nettoeinkommen",
            "jahresbrutto",
            "monatsbrutto",
            "jahreseinkommen",
            "bruttolohn",
            "nettolohn",
            "lohn",
            "verdienst",
            "verdient",
            "verdiene",
            "bezüge",
            "jahresarbeitsentgelt",
            "vergütung",
            "entgelt",
            "bonus",
            "salary",
            "earns",
            "earnings",
            "income",
            "annual income",
            "gross income",
            "fee income",
            # An agent's or broker's commission: a sole trader's income (a firm's is the firm's).
            "commission",
            "provision",
            "courtage",
            "wages",
            # As a payroll's column heads it ("Gross pay 2025/26 GBP: 38,450").
            *("gross pay", "net pay", "wage"),
            # Pay by its period in English ("Net monthly pay: EUR 3,186.42").
            *("monthly pay", "net monthly pay", "gross monthly pay", "monthly salary"),
            *("annual salary", "monthly income", "net monthly income", "gross monthly income"),
            # Pay by its compounds, and a person's debt as a loan's statement gives it.
            *("bruttogehalt", "nettogehalt", "monatsgehalt", "jahresgehalt", "grundgehalt"),
            *("restschuld", "remaining debt", "outstanding balance"),
            *("haushaltsnetto", "haushaltseinkommen", "household income"),
            # One-off pay and a salary's base, as payroll's lists head them (dev43, dev45).
            *("sonderzahlung", "sonderzahlungen", "einmalzahlung", "einmalzahlungen"),
            *("base salary", "current base", "new base"),
        ),
        AMOUNT_AFTER,
        payload="BETRAG",
        compound_end=True,
        needs=AMOUNT_NEEDS,
    ),
    # A premium ("Jahresnettoprämie: 61.840 EUR"; a bonus, where staff are paid one): that a
    # person pays one says they are insured, a company's is the company's (decided in
    # siegel.core.classify.concerned).
    Anchor(
        "premium",
        ("prämie",),
        AMOUNT_AFTER,
        payload="BETRAG",
        compound_end=True,
        needs=AMOUNT_NEEDS,
    ),
    # An employee's personnel number ("Pers.-Nr. 005512"): it identifies one person.
    Anchor(
        "personnel-number",
        (
            "pers.-nr",
            "pers.nr",
            "personalnummer",
            "personal-nr",
            "personalnr",
            "persnr",
            "employee id",
        ),
        re.compile(r"\.?[ \t]*+:?[ \t]*+(\d{3,8})\b"),
        payload="PERSONALNUMMER",
    ),
    # A German tax number ("Steuernummer 217/5123/4471"): a sole trader's is a person's.
    Anchor(
        "tax-number",
        ("steuernummer", "steuer-nr", "steuernr", "st.-nr", "tax number"),
        re.compile(
            r"\.?(?:[ \t]+(?:laut|lt\.|nach)[^:\n]{0,30})?[ \t]*+:?[ \t]*+(\d{2,3}/\d{3,4}/\d{4,5})\b"
        ),
        payload="STEUERNUMMER",
    ),
    # Payment trouble tells that a person is insured and in arrears: financial data.
    Anchor(
        "payment-problem",
        (
            "rücklastschrift",
            "zahlungsrückstand",
            "beitragsrückstand",
            "zahlungsverzug",
            "mahnung",
            "mahnverfahren",
            "rückständige beiträge",
            "lastschrift zurück",
            "lastschrift kam zurück",
            "lastschrift ist zurück",
            # A garnishment, an insolvency, enforcement: a person's debts.
            *("pfändung", "pfüb", "drittschuldner", "privatinsolvenz", "verbraucherinsolvenz"),
            *("gerichtsvollzieher", "vollstreckungsbescheid"),
            *("garnishment", "garnishee", "attachment of earnings"),
            # The same in English.
            *("arrears", "returned direct debit", "direct debit was returned", "overdue premium"),
            *("payment reminder", "final reminder", "debt collection", "collection agency"),
            # Rent owed, and a credit bureau's record of someone's debts.
            *("mietrückstand", "mietrückstände", "mietschulden", "rent arrears"),
            *("schufa-auskunft", "schufa-score", "bonitätsauskunft", "credit report"),
        ),
        whole_word=False,
    ),
)
