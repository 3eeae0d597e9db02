"""Personal facts in context: dates of birth, income figures, payment trouble, and
the signs that a mail concerns an identifiable person at all.

A date alone is never a birth date (mail is full of appointments); it counts
after words like "geb." or "Geburtsdatum", right after a person's name with a
year that makes a birth plausible, or after a "*". Dates are read in German,
ISO and English forms ("30.11.82", "1982-11-30", "22/06/1984", "30. November
1982", "November 30, 1982", "30 Nov 1982"). An amount counts only next to words
about pay or income.

Who is concerned: a name after a salutation ("Frau Weber", "Dear Ms Brennan"),
the addressee's own things ("Ihre Rezepte", "your claim"), and a contract, claim
or customer reference. These alone are not sensitive; they tell
:mod:`siegel.core.classify.concerned` that data found beside them is about a person.
"""

from __future__ import annotations

import re

from siegel.core.classify.anchors import Anchor

_MONTHS = (
    r"(?:jan(?:uar|uary)?|feb(?:ruar|ruary)?|m(?:ä|ae)rz|mar(?:ch)?|apr(?:il)?|mai|may|"
    r"jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|"
    r"de[cz](?:ember)?)\.?"
)
DATE = (
    r"(\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2}"  # 30.11.1982, 30.11.82
    r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}"  # 1982-11-30
    r"|\d{1,2}/\d{1,2}/(?:19|20)?\d{2}"  # 22/06/1984, 06/22/84
    r"|\d{1,2}(?:\.|st|nd|rd|th)?\s*" + _MONTHS + r",?\s*(?:19|20)\d{2}"  # 30. November 1982
    r"|" + _MONTHS + r"\s*\d{1,2}(?:st|nd|rd|th)?,?\s*(?:19|20)\d{2})"  # November 30, 1982
)
AMOUNT = r"(\d{1,3}(?:\.\d{3})+(?:,\d{2})?|\d{4,6}(?:,\d{2})?)\s?(?:€|eur\b|euro\b)"
# Case-sensitive forms, run in the one case-sensitive pass (see siegel.core.classify.casewise).
BIRTH_AFTER_NAME = (
    r"(?P<person>[A-ZÄÖÜ][a-zäöüß]+ [A-ZÄÖÜ][a-zäöüß]+)(?:,\s*|\s+\()"
    r"(?P<name_date>\d{1,2}\.\d{1,2}\.(?:19\d{2}|200\d|201[0-5])"
    r"|(?:19\d{2}|200\d|201[0-5])-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:19\d{2}|200\d|201[0-5]))"
)
# A name after a salutation: not sensitive alone, but replaced when a mail is pseudonymised,
# and a sign that the mail concerns that person.
SALUTATION_NAME = (
    r"(?:Herrn?|Frau|Fr\.|Hr\.|Mrs?\.?|Ms\.?|Miss|Mx\.?|geb\.|née|geborene)"
    r"(?: (?:Dr\.|Prof\.|med\.|dent\.))* "
    r"(?P<salutation_name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?: [A-ZÄÖÜ][a-zäöüß]+)?)"
)
BIRTH_AFTER_STAR = r"\*\s?(?P<star_date>\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)?\d{2})"

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
            "geburtstag",
            "date of birth",
            "birth date",
            "birthdate",
            "born",
            "born on",
            "dob",
            "d.o.b.",
        ),
        re.compile(r"\s*(?:am|on)?\s*[:.]?\s*" + DATE),
        whole_word=False,
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
            "bezüge",
            "jahresarbeitsentgelt",
            "salary",
            "income",
            "annual income",
            "gross income",
            "wages",
        ),
        re.compile(r"[^.\n]{0,40}?" + AMOUNT),
        payload="BETRAG",
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
        ),
        whole_word=False,
    ),
)

# The addressee's (or a named person's) own things: a person is concerned.
_OWN_THINGS = (
    r"(?:[a-zäöüß-]+\s+)?[a-zäöüß-]{0,30}?(?:rezept|behandlung|therap|diagnos|erkrank|krankheit|befund|arzt|ärzt|"
    r"zahn|brille|klinik|krankenhaus|aufenthalt|reha|pflege|medikament|arznei|gesundheit|"
    r"schwangerschaft|geburt|entbindung|operation|op\b|unfall|verletzung|beschwerden|"
    r"vertrag|police|versicherung|schaden|antrag|leistung|erstattung|rechnung|konto|"
    r"bankverbindung|beitrag|kündigung|fahrzeug|auto|wagen|wohnung|tochter|sohn|kind|"
    r"mann|frau|ehe|partner|mutter|vater|eltern|arbeitgeber|gehalt|einkommen|"
    r"claim|policy|polic|cover|contract|treatment|prescription|medication|diagnos|condition|"
    r"surgery|operation|hospital|doctor|physician|therap|pregnan|baby|injur|illness|health|"
    r"invoice|bill|account|premium|payment|refund|reimburse|benefit|application|car|vehicle|"
    r"home|daughter|son|child|husband|wife|mother|father|employer|salary)"
)
CONCERNED = (
    Anchor(
        "addressee",
        (
            *("ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "dein", "deine", "deinen"),
            *("deinem", "deiner", "mein", "meine", "meinen", "meinem", "meiner", "meines"),
            *("sein", "seine", "seinen", "seinem", "seiner", "your", "my", "his", "her"),
        ),
        re.compile(r"\s+(" + _OWN_THINGS + r")"),
    ),
    Anchor(
        "reference",
        (
            *("vertrag", "vertrags-nr", "vertragsnr", "versicherungsvertrag", "hausratvertrag"),
            *("police", "versicherungsschein", "vsnr", "vs-nr", "schaden", "schadennummer"),
            *("schaden-nr", "schadensnummer", "schadenfall", "schadennr", "leistungsfall"),
            *("kundennummer", "kunden-nr", "kundennr", "vorgang", "vorgangsnummer"),
            *("aktenzeichen", "az", "evb", "evb-nummer", "evb-nr", "kennzeichen"),
            *("amtliches kennzeichen", "fin", "policy", "policy number", "policy no"),
            *("claim", "claim number", "claim no", "claim ref", "claim reference"),
            *("customer number", "customer no", "contract", "contract number", "contract no"),
            *("certificate", "certificate no", "member no", "membership number", "vin"),
            *("registration", "registration number", "reference", "our reference", "ref"),
            *("open cover", "cover note", "insurance number", "insured number"),
        ),
        re.compile(
            r"(?:\s*(?:no\.?|nr\.?|number|nummer|#|id))?\s*[:.#]?\s*"
            r"(?!(?:vom|von|am|an|ab|bis|zum|zur|of|from|the|per|on|at|to|dated?|für|for)\b)"
            r"((?=[a-z0-9./ -]{0,4}\d)[a-z]{0,4}[ -]?\d[\d./ -]{2,20}\d[a-z]?"
            r"|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{6,17}|[a-z]{1,3}-[a-z]{1,2} ?\d{1,4}[eh]?)\b"
            r"(?!\s?(?:eur|€|usd|\$|%|uhr|m²|km))"
        ),
        whole_word=False,
        payload="REFERENZ",
    ),
)
