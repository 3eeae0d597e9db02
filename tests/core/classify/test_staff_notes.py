"""Rules added for staff's own mail, service desks and HR (issue 14, tuned on the dev10, dev11
and dev12 corpora): addresses that name a department, numbers that are a log's or a desk's,
abbreviations in call notes, pregnancy at work, dental status, English company schemes.

Each case is written from the kind of mail, not copied from a corpus; where a rule lowers, a
case beside it shows that a person's data still counts.
"""

from __future__ import annotations

import pytest

from siegel.core.classify import classify
from siegel.core.classify.references import is_date, is_dummy
from siegel.core.sensitivity import Sensitivity
from tests.core.classify.test_generalises import mail

N, C, S = Sensitivity.NORMAL, Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A department's address and a form's web address name nobody's health.
        ("Bei Fragen wenden Sie sich an bu-leistung@versicherer.example.", N),
        ("Das Formular: https://www.versicherer.example/service/reha-antrag", N),
        ("Ich bin nicht im Büro. Vertretung: <psychotherapie-team@versicherer.example>", N),
        # The same words outside an address still count.
        ("Frau Lena Vogt ist in der Reha, Fragen an service@versicherer.example.", S),
        ("Herr Kurt Brand bezieht eine BU-Leistung, Kontakt: leistung@versicherer.example", S),
    ],
)
def test_health_words_in_addresses(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Dear all,\nthe average age at claim was 52.4 years across the portfolio.", N),
        ("Hallo Jens,\nIhr Ticket ist erledigt.\nRef: MSG0417781", N),
        ("Hallo Jens,\nKonto entsperrt.\nProtokolleintrag: AUD-2026-03-26-0418", N),
        ("Dear Ms Ortiz,\nplease invoice our procurement, reference PO 4500220117.", N),
        # A bare "Ref" before a contract's number is still the person's contract.
        ("Hallo Jens,\nIhr Vertrag ist umgestellt.\nRef: HR 4471 2093", C),
        ("Dear Ms Ortiz,\nyour claim was registered, reference MC-26-00412.", C),
    ],
)
def test_quantities_logs_and_desk_numbers_are_nobodys(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("value", "dummy"), [("47.3", True), ("1,48", True), ("4711.20", False), ("47-3311", False)]
)
def test_a_decimal_quantity_is_no_number_held(value: str, dummy: bool) -> None:
    assert is_dummy(value) is dummy


@pytest.mark.parametrize(
    ("value", "date"),
    [("AUD-2026-03-26-0418", True), ("2026-03-05 02", True), ("KV-2019-4471", False)],
)
def test_an_id_made_of_a_date_is_a_logs(value: str, date: bool) -> None:
    assert is_date(value) is date


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Call notes name the policyholder by its abbreviation, without a colon.
        ("Anruf VN Markus Lehner, Hausrat, will zum Monatsende kündigen.", C),
        ("Rückruf VP Jana Körber wg. Zahnersatz und Heil- und Kostenplan", S),
        # Pregnancy at work, health as the reason.
        ("Frau Petra Lang ist schwanger und hat ein Beschäftigungsverbot.", S),
        ("Herr Jonas Wendt hat aus gesundheitlichen Gründen gekündigt.", S),
        ("Liebe Kolleginnen,\nInformationen zum Mutterschutz finden Sie im Intranet.", N),
        # A dental status and a treatment plan's abbreviation.
        ("VN: Renate Kühn\nZahn 26 fehlt laut Zahnstatus schon bei Antrag.", S),
        ("Kulanz HKP Brückner: Regelversorgung, Eigenanteil 2.340 €, Frau Erna Brückner", S),
    ],
)
def test_staff_notes_about_a_customer(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A company's scheme for its staff, in English: a personal line with the persons listed.
        (
            "Hi Anna,\nthe enrolment list for your company pension scheme (direct insurance):\n"
            "Name: Julia Berg; Date of birth: 1991-04-12",
            S,
        ),
        ("Hello Tom,\nthe group health enrolment:\nName: Julia Berg; Date of birth: 1991-04-12", S),
        # A care service as a fleet's owner is the insured business's trade, not anyone's care.
        (
            "Schadenmeldung Flotte Sonnenhof Pflegedienste\n"
            "Kennzeichen: K-SP 112; Fahrerin: Anna Roth; Blechschaden am Poller.",
            C,
        ),
        ("Frau Irma Kohl wird täglich vom Pflegedienst versorgt, Pflegegrad 3.", S),
    ],
)
def test_company_schemes_and_trades(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Rules for kinds of files and a product's benefits name nobody's health.
        ("Hallo Team,\nder Entwurf der Löschfristen: Arztberichte 10 Jahre, Rezepte 10 Jahre.", N),
        ("Hi Marcus,\nthe table of benefits:\nInpatient treatment 100 %\nMaternity EUR 8,000", N),
        ("Hallo Team,\nFrau Jana Roth hat ihre Arztberichte eingereicht.", S),
        # A fee agreement with medical experts, and an expert's invoice for a person under it.
        (
            "Sehr geehrte Damen und Herren,\nHonorarvereinbarung: Gutachten Invalidität 420 EUR, "
            "Zusatzgutachten Neurologie 650 EUR.",
            N,
        ),
        (
            "Sehr geehrte Damen und Herren,\ngemäß Honorarvereinbarung rechnen wir das Gutachten "
            "zu Herrn Jens Kolb (Invalidität 40 %) ab.",
            S,
        ),
        # An accident's injuries and a blood test.
        ("Herr Klaus Ebert ist an einem Polytrauma verstorben, Blutprobe 1,4 Promille.", S),
        # A company's line is the company's, also when it is "yours" or "his".
        ("Morning all,\nJakob is out this week. Ana takes his cargo claims.", N),
        ("Sehr geehrte Damen und Herren,\nanbei Ihr Angebot Kfz-Flottenversicherung 2026.", N),
        ("Sehr geehrter Herr Kern,\nIhre Kfz-Versicherung wurde umgestellt.", C),
        # A published example account, and a supplier's invoices.
        ("Testfall 3: IBAN DE02500105170137075030, Erwartung: keine Änderung", N),
        ("Guten Tag,\nIhre Rechnungen RE-25-11873 und RE-25-11902 sind bezahlt.", N),
    ],
)
def test_file_rules_company_lines_and_examples(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    "body",
    [
        "Rüdiger, Hr. Okafor (KF-7731-0025-4) ruft zum 3. Mal an wg. Rückstufung.",
        "Hr. Okafor, Vertrag KF-7731-0025-4, ruft an",
        "Rückruf bei\nHr. Okafor wg. Vertrag KF-7731-0025-4",
    ],
)
def test_the_abbreviated_salutation_names_the_customer(body: str) -> None:
    result = classify(mail(body))
    assert result.sensitivity == C
    assert any(f.detector == "person-name" for f in result.findings)


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ("Beim Versicherten Marcel Düx habe ich eine Erstattung freigegeben.", True),
        ("Please settle the claim of policyholder Joanne Reid this week.", True),
        ("Die Versicherte Erika Brandt hat angerufen.", True),
        # A heading's or a department's nouns after the role word, and a table's columns.
        ("Unterschrift versicherte Person\tUnterschrift Bevollmächtigter", False),
        ("- Versicherte Personen Vollversicherung: 412.000", False),
        ("Linh Tran\nCustomer Service Health\nVersicherer AG", False),
        ("Policyholder   Occupancy   Date of loss", False),
    ],
)
def test_a_role_word_before_a_full_name_names_the_person(body: str, named: bool) -> None:
    found = classify(mail(body)).findings
    assert any(f.detector == "person-field" for f in found) is named


@pytest.mark.parametrize(
    "body",
    [
        "Im letzten Jahr. Okafor Consulting liefert im Mai.",
        "Hr. Dr. Okafor, Chefarzt, hält den Vortrag.",  # a professional, by his title
    ],
)
def test_a_year_or_a_title_is_no_customer(body: str) -> None:
    assert not any(f.detector == "person-name" for f in classify(mail(body)).findings)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Speiseplan KW 40: Lasagne [A, C, G]. Wer eine schwere Allergie hat, fragt nach.", N),
        (
            "Liebe Kolleginnen und Kollegen der Reisekostenstelle,\n"
            "in meiner Abrechnung (RK-2026-04471) fehlt die Konferenzgebühr.",
            N,
        ),
        # A contract's number on the next line after its line, grouped in twos and threes.
        (
            "Sehr geehrte Frau Ahlers,\nIhre Rente aus der privaten Rentenversicherung\r\n"
            "Nr. 3500 004 118 steigt.",
            S,
        ),
        ("Hallo,\nbetrifft: Hausrat 22 09 401 558, Frau Melanie Großmann", C),
        # A rent deposit guarantee is an insurer's product for a named tenant.
        (
            "Dear Mr Ferreira,\nguarantees issued: Flat 1.03 – Ms Yara Haddad – "
            "rent deposit guarantee KB-2026-04411",
            C,
        ),
        ("Unser Produkt Mietkaution: ohne Barkaution in die neue Wohnung.", N),
    ],
)
def test_menus_expenses_pensions_and_deposits(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Pay named by its period beside the amount, before it or in a table's column after it.
        (
            "Hallo zusammen,\ndie Bezüge von Herrn Marcel Kuhlmann ändern sich:\n"
            "bisher: Tarifgruppe VIII, 4.712,00 EUR brutto monatlich",
            C,
        ),
        (
            "Bitte für den April-Lauf:\n\nPersNr\tName\tneu brutto/Monat\n"
            "104522\tOsterholt, Meike\t4.620,00\n",
            C,
        ),
        ("Dear Ann,\nyour new salary is GBP 48,500 gross per annum.", C),
        # The words without an amount name nobody's pay.
        ("Die Gehälter werden brutto monatlich überwiesen, wie bisher.", N),
    ],
)
def test_pay_by_its_period(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected
