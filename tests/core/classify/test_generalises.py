"""Rules added for mail written by others (issue 14, tuned on the dev3 corpus): evidence that a
mail concerns nobody, health and line vocabulary, numbers that are nobody's, personal facts.

Each case is written from the kind of mail, not copied from a corpus; each pair shows that the
rule lowers only where nobody is concerned and still counts where a person is.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.classify import casewise, classify
from siegel.core.classify.anchors import MAX_HITS_PER_ANCHOR
from siegel.core.classify.flowed import unflowed
from siegel.core.classify.persons import own_kind
from siegel.core.classify.references import is_dummy, is_someone_elses
from siegel.core.sensitivity import Sensitivity

N, C, S = Sensitivity.NORMAL, Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL


def mail(body: str, subject: str = "Info") -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@v.example", "k@example.org", subject
    message.set_content(body)
    return message.as_bytes()


NOBODY = [
    # A greeting to a group written with both genders.
    "Liebe Ersthelferinnen und Ersthelfer,\nThemen der Auffrischung: Schlaganfall, Herzinfarkt.",
    "Liebe Azubis,\nhier eine Übungsrechnung nach GOÄ mit Untersuchung und Beratung.",
    # A prospect's general questions answered with product information.
    "Sehr geehrte Frau Lorenz,\nzu Ihren allgemeinen Fragen: Schwangerschaft und Entbindung "
    "sind nach der Wartezeit versichert.",
    # An automatic reply.
    "Automatische Antwort: Ich bin nicht im Büro. Kostenübernahmen für Krankenhausaufenthalte "
    "bitte an die Station senden.",
    # Aggregates and press.
    "Dear Mr Olsen,\nthe average age at the start of a disability claim is 51; psychiatric "
    "conditions lead the statistics of the whole portfolio.",
    "Sehr geehrte Damen und Herren,\ndas Ergebnisprotokoll: Diagnosen und OPS werden ab 2028 "
    "strukturiert übermittelt. Nächste Sitzung im Mai.",
    "Dear Sir or Madam,\nplease supply: 10 × GOÄ commentary. Delivery address: Rheinstraße 1.",
    # Buildings: a practice as a tenant.
    "Guten Tag Herr Sommer,\nin der Mieteinheit 2.03 (Praxis für Physiotherapie) ist die "
    "Fußbodenheizung ausgefallen, die Patienten frieren.",
]


@pytest.mark.parametrize("body", NOBODY)
def test_health_words_about_nobody_are_normal(body: str) -> None:
    result = classify(mail(body))
    assert result.sensitivity is N, result.reason
    # Kept for `siegel explain`, with the reason it does not count.
    lowered = [f for f in result.findings if f.detector in {"health", "health-weak"}]
    assert lowered
    assert all("without a person" in f.snippet or "no person" in f.snippet for f in lowered)


SOMEONE = [
    # The same kinds of words about a person still count.
    ("Liebe Kolleginnen und Kollegen,\nFrau Jana Beck hatte einen Schlaganfall.", S),
    (
        "Sehr geehrte Frau Lorenz,\nzu Ihren allgemeinen Fragen: Ihre Schwangerschaft ist ab "
        "Vertrag KV 2210 3381 versichert.",
        S,
    ),
    # A colleague's operation in internal mail: no list word, but plainly health data.
    ("Hi Sabine,\nGerrit liegt im Marien-Hospital und wird morgen laparoskopisch operiert.", S),
    # A quoted customer question about her insulin pump.
    (
        "> Can I send the invoices for my insulin pump quarterly? Olivia Hart, policy "
        "GC-2025-10477",
        S,
    ),
]


@pytest.mark.parametrize(("body", "expected"), SOMEONE)
def test_health_of_a_person_still_counts(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity is expected


@pytest.mark.parametrize(
    "body",
    [
        # § 204 VVG tariff change and the ageing reserve only exist in private health insurance.
        "Sehr geehrter Herr Kolbe,\nIhr Tarifwechsel nach § 204 VVG: Ihre "
        "Altersrückstellung wird angerechnet.",
        "Dear Mrs Whitley,\nwe have updated your funeral expense policy STG 0093 1180.",
    ],
)
def test_personal_lines_by_their_own_words(body: str) -> None:
    assert classify(mail(body)).sensitivity is S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A sole trader's tax number is a person's financial data.
        ("Hallo Herr Demir,\nIhre Steuernummer laut unseren Unterlagen: 217/5123/4471.", C),
        (
            "Sehr geehrte Damen und Herren,\nanbei die Statistik 2025. Steuernummer: 217/5123/4471",
            N,
        ),
        # A date of birth said in a sentence, and a net income without a currency.
        ("Hallo,\nich bin Lea Kranz, geb. bin ich am 3.2.1998.", C),
        ("Guten Tag Frau Kranz,\nich verdiene ca 2.150 netto im Monat.", C),
        # A historical person's birth day is no birth date of anyone insured.
        ("Liebe Leserinnen und Leser,\nRöntgen, geb. 27.03.1845, entdeckte die Strahlen.", N),
        # Names from a spreadsheet field written for both genders.
        (
            "Mitarbeiter/in: Kerstin Abels; Rad: Cube; Rahmennummer: RM4C2287\n"
            "Ihre Fahrradversicherung im Rahmen der Haftpflicht",
            C,
        ),
    ],
)
def test_personal_facts(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Test data: a placeholder person with a date of birth and a test number.
        (
            "Hallo zusammen,\nsynthetische Testfälle: Testperson Erika Mustermann (fiktiv), "
            "geb. 12.08.1964, Vers.-Nr. TEST-0000-0001, Diagnose Z00.0",
            N,
        ),
        # The same without the words for test data: a real person.
        (
            "Hallo zusammen,\nErika Mustermann, geb. 12.08.1964, Vers.-Nr. KV-2231-0001, "
            "Diagnose Z00.0",
            S,
        ),
        # A group contract of a company is the company's.
        (
            "Dear Ms Krause,\nthe usage report for Nordlicht GmbH (contract bKV 3301): contact "
            "lenses for 141 employees; no individual can be recognised.",
            N,
        ),
        # A job advert's reference code is not a contract.
        (
            "Hallo Frau Jacobs,\nbitte veröffentlichen Sie die Stellenanzeige ID 26-041 "
            "Sachbearbeitung Krankenversicherung (m/w/d): Prüfung nach GOÄ.",
            N,
        ),
    ],
)
def test_numbers_and_persons_that_are_nobodys(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("value", "dummy"),
    [
        ("2025", True),
        ("s 2025", True),  # "claims 2025", read from "claim"
        ("2021-2025", True),
        ("TEST-0000-0001", True),
        ("MUSTER 1234", True),
        ("HV 1234 5678", False),
        ("KF 6612 0938", False),
    ],
)
def test_years_and_sample_numbers_are_dummies(value: str, dummy: bool) -> None:
    assert is_dummy(value) is dummy


@pytest.mark.parametrize(
    ("before", "elses"),
    [
        ("Format (Beispiel: ", True),
        ("audit finding ", True),
        ("Nordlicht Software GmbH (", True),
        ("Ihr Vertrag ", False),
    ],
)
def test_examples_findings_and_company_contracts_are_someone_elses(
    before: str, elses: bool
) -> None:
    assert is_someone_elses(before + "HV 1234 5678", len(before)) is elses


@pytest.mark.parametrize(
    ("thing", "kind"),
    [
        ("laptop was", ""),  # not "op" (an operation)
        ("op am", "health"),
        ("pflegeberaterinnen und", ""),  # the addressee's staff
        ("company health plan", ""),  # the addressee's company's
        ("pflegekasse hat", "health"),
    ],
)
def test_own_things_are_the_addressees(thing: str, kind: str) -> None:
    assert own_kind(thing) == kind


@settings(max_examples=40, deadline=None)
@given(
    # Mails that identify the person (a name after a salutation, a contract number).
    body=st.sampled_from([body for body, _ in SOMEONE if "Gerrit" not in body]),
    noise=st.sampled_from(
        [
            "Liebe Kolleginnen und Kollegen,",
            "Zu Ihren allgemeinen Fragen:",
            "Ergebnisprotokoll der Sitzung",
            "Please supply the code books.",
            "Automatische Antwort",
            "on average, in our portfolio",
            "Liebe Versicherte,",
            "Release notes: the fix goes live tonight.",
            "Stichprobe der Revision, zitierfähig",
        ]
    ),
)
def test_adding_words_about_nobody_never_lowers_a_persons_health(body: str, noise: str) -> None:
    """The new no-person words lower health words only where nobody is identified."""
    before = classify(mail(body)).sensitivity
    after = classify(mail(f"{body}\n\n{noise}")).sensitivity
    assert after >= before


# Round 2 (dev4): abbreviations, devices, remedies and doses in table rows.
ABBREVIATED = [
    # Hospital, incapacity and rehabilitation as claims staff and customers shorten them.
    "Moin, KH-Aufenthalt war bis 28.8., jetzt Reha bis 25.9. Gruß Uwe",
    "Hallo, anbei die AU-Folgebescheinigung, KTG bitte weiter. Gruß Jana",
    "hi, hab die KH-Rechnung per Post gekriegt, soll ich die schicken? Gruß Tim",
    # A medical device or a remedy that only a diagnosis explains.
    "Dear Mr Brandt,\nwe will cover the rental of your CPAP device from December.",
    "Sehr geehrte Frau Roth,\nIhre Belege:\nKurmittel (3 Wochen)\t846,00\t676,80",
    "Hallo Herr Lenz,\nder Aktivrollstuhl wird im Querschnittzentrum angepasst.",
    # A dose in a table row, behind the pharmacy's name.
    "Sehr geehrte Frau Hahn,\n12.01.2026  Stern-Apotheke Ulm  Metformin 1000 mg 180 St.  24,16",
]


@pytest.mark.parametrize("body", ABBREVIATED)
def test_abbreviated_health_of_a_person_is_strictly_confidential(body: str) -> None:
    result = classify(mail(body))
    assert result.sensitivity is S, result.reason
    assert any(f.detector in {"health", "health-weak"} and f.start >= 0 for f in result.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Liebe Kolleginnen und Kollegen,\nin der Statistik: KH-Aufenthalt und Reha im Mittel "
        "12 Tage.",
        "Sehr geehrte Damen und Herren,\nunser Newsletter: CPAP-Geräte und Kurmittel im "
        "Leistungskatalog.",
    ],
)
def test_abbreviated_health_words_about_nobody_stay_normal(body: str) -> None:
    result = classify(mail(body))
    assert result.sensitivity is N, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A contract's number right after its line: one person's contract.
        (
            "Sehr geehrte Frau Brandt,\naus der Lebensversicherung 3 007 219 zahlen wir die "
            "Leistung an Sie aus.",
            S,
        ),
        ("Sehr geehrter Herr Otto,\nIhre Hausratversicherung Nr. 4471803 ist angepasst.", C),
        # An amount or a year after the line is no number of a contract, and nobody is named.
        ("Sehr geehrte Frau Brandt,\ndie Lebensversicherung 42.318,66 EUR ist ein Beispiel.", N),
        ("Guten Tag,\ndie Hausratversicherung 2026 kostet 20000 EUR Versicherungssumme mehr.", N),
        # The addressee's own private pension is a personal line's contract.
        ("Sehr geehrter Herr Kamp,\nIhre Privatrente betrug 2025 insgesamt 5.184,00 EUR.", S),
    ],
)
def test_a_contract_number_after_its_line(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An IBAN grouped by hyphens is still checked and still a person's account.
        ("Hallo,\nbitte abbuchen von IBAN DE89-3704-0044-0532-0130-00 für den Beitrag.", N),
        ("Hallo,\nbitte abbuchen von IBAN DE45-3706-1213-0004-4556-61 für den Beitrag.", C),
        # A date of birth read from a paper, in the US format.
        (
            "Hallo Frau Hahn,\nHalterin: Ihre Tochter Ida Hahn, geb. laut US-Führerschein "
            "06/23/2004.",
            C,
        ),
        ("Hallo Frau Hahn,\nder Termin laut Kalender 06/23/2026 passt.", N),
        # The addressee's bicycle with its policy number: their insurance.
        ("Hello,\nfor policy FA 6 008 214 we have registered the theft of your bike.", C),
        ("Hallo,\nkann ich mein E-Bike in der Hausratversicherung mitversichern?", N),
    ],
)
def test_accounts_birth_dates_and_bicycles(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An insured thing's own number (a phone's IMEI) in mail to its owner.
        ("Dear Mr Erdem,\nyour cracked display (IMEI 356789104421873) will be repaired.", C),
        # The same kind of number in a supplier's general note names nobody.
        ("Dear Sir or Madam,\nplease list the IMEI 356789104421873 of each returned unit.", N),
    ],
)
def test_an_insured_things_number(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


# Round 3 (dev6): private customers and the medical side.
def flowed_mail(body: str) -> bytes:
    """A mail as Thunderbird sends it: long lines wrapped, each soft break marked by a space."""
    return (
        b"From: a@v.example\r\nTo: k@example.org\r\nSubject: Info\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: text/plain; charset="utf-8"; format=flowed\r\n\r\n'
        + body.replace("\n", "\r\n").encode()
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A tax number wrapped at a soft break is one line as the mail program shows it.
        ("Liebe Frau Tessmer,\nfür die Gutschrift liegt Ihre Steuernummer \n241/272/50123 vor.", C),
        # A hard break (no space before it) is a new line, and a quoted line joins only its own.
        ("Liebe Frau Tessmer,\nfür die Gutschrift liegt Ihre Steuernummer\n241/272/50123 vor.", N),
        ("Liebe Frau Tessmer,\nfür die Gutschrift liegt Ihre Steuernummer \n> 241/272/50123", N),
    ],
)
def test_flowed_text_is_read_as_shown(body: str, expected: Sensitivity) -> None:
    result = classify(flowed_mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("text", "delete_space", "shown"),
    [
        ("Steuer \r\nnummer\r\n", False, "Steuer nummer\r\n"),
        ("Steuer \nnummer", True, "Steuernummer"),
        # Space-stuffing of a joined line is undone; the signature separator stays a line.
        ("Gruß \n From Köln\nJana \n-- \nSignatur", False, "Gruß From Köln\nJana \n-- \nSignatur"),
        ("> > zitiert \n> > weiter \n> eigen", False, "> > zitiert weiter \n> eigen"),
    ],
)
def test_soft_line_breaks_are_joined(text: str, delete_space: bool, shown: str) -> None:
    assert unflowed(text, delete_space) == shown


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A contract number of letters, a hyphen and one long group, in mail to its holder.
        ("Sehr geehrter Herr Maurer,\nwir haben den Schaden zu HR-5502119 aufgenommen.", C),
        # The same shape as a date in a calendar entry's UID is nobody's contract.
        ("Sehr geehrter Herr Maurer,\nUID:AR-20260616@versicherer.example", N),
    ],
)
def test_a_contract_number_in_one_group(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A practice, a laboratory and a pharmacy's medicines insured in non-personal lines: the
        # business's trade.
        (
            "Sehr geehrte Frau Esser,\ndas MVZ (Kardiologie, Labor im UG) sucht eine neue "
            "Gebäudeversicherung.",
            N,
        ),
        (
            "Sehr geehrte Damen und Herren,\nArzneimittel und Insulin im Kühlschrank sind in der "
            "Inhaltsversicherung nicht gedeckt.",
            N,
        ),
        # The rehabilitation clinic as policyholder, with its legal form after its name.
        (
            "Sehr geehrter Herr Ober,\nBetriebshaftpflicht, Versicherungsnehmerin: Rehaklinik Am "
            "See GmbH (Orthopädie).",
            N,
        ),
        # The same words about a person count; a personal line named keeps them as well.
        (
            "Sehr geehrte Frau Esser,\nIhre Behandlung in der Kardiologie und im Labor: "
            "Gebäudeversicherung kündigen wir wie gewünscht.",
            S,
        ),
        (
            "Sehr geehrte Frau Esser,\nIhre Krankenversicherung zahlt Praxis und Labor; die "
            "Hausratversicherung bleibt.",
            S,
        ),
        # "Sucht" capitalised is the addiction.
        ("Sehr geehrte Frau Esser,\nIhre Sucht wird in der Klinik behandelt.", S),
    ],
)
def test_a_medical_trade_insured_in_a_non_personal_line(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A greeting to a group by what they are: the insured, parents, managers.
        ("Liebe Versicherte,\nIhre Vorsorge: Darmspiegelung und Mammographie ab 50.", N),
        ("Dear managers,\nemployees off sick for six weeks get a BEM offer, never a diagnosis.", N),
        # One insured person greeted by name is one person.
        ("Liebe Frau Sander,\nIhre Vorsorge: Darmspiegelung und Mammographie ab 50.", S),
        # A clerk's dental cases are work, a person's dental treatment is health.
        ("Guten Morgen,\nTobias fällt aus. Seine Zahnfälle übernimmt bitte Maren.", N),
        ("Guten Morgen,\nTobias fällt aus. Seine Zahnbehandlung dauert länger.", S),
        ("Hi, bin ab Montag im Urlaub, meine Haftpflicht-Eingänge macht Jonas.", N),
        # Systems, audits, committees and press answers: nobody's case.
        ("Hello,\nrelease 26.5 goes live tonight: the diagnosis field checks ICD codes.", N),
        (
            "Liebe Kolleginnen und Kollegen,\nPhishing: Betreff »Arztbrief Ihres Patienten«, "
            "Anhang mit Schadsoftware.",
            N,
        ),
        ("Hallo Thomas,\ndie Revision prüft eine Stichprobe von 60 Fällen mit Psychotherapie.", N),
        ("Ergebnisse Produktausschuss:\nSehhilfen und Laser-OP werden erstattungsfähig.", N),
        ("Sehr geehrte Frau Neumann,\nzitierfähig: die Ausgaben für Psychotherapie stiegen.", N),
        # A person treated as an outpatient, a customer's health questions.
        ("Sehr geehrte Frau Gerlach,\ndie Nachbarstochter wurde ambulant behandelt.", S),
        ("Dear Mr Rossi,\nyou may increase your cover without new health questions.", S),
    ],
)
def test_groups_clerks_and_systems_are_nobody(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An animal's treatment is its owner's insurance data where the contract is named.
        ("Hallo Frau Hartwig,\nBrunos Narkose (Vertrag TO-1120098) zahlt die Tierversicherung.", C),
        ("Dear Ms Doyle,\nthe vet invoice for Bruno's surgery (TK 6620881) is reimbursed.", C),
        # A cat's health cover named with a personal line's word is the animal's cover.
        (
            "Sehr geehrte Frau Sauer,\nKrankenversicherung für Mieze, Vertrag TK-220771: "
            "Infusion in der Tierarztpraxis.",
            C,
        ),
        # A prospect's question about a dog's cover concerns no insured owner.
        ("Hallo Frau Hartwig,\nunsere Hunde-OP-Versicherung deckt Operationen unter Narkose.", N),
        # A person bitten by a dog is a person's health.
        ("Sehr geehrter Herr Wolters,\nMila hat eine Bisswunde vom Hund, Vertrag PH-26-00812.", S),
    ],
)
def test_an_animals_health(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("value", "elses"),
    [("PZN 12345678", True), ("IK 260326822", True), ("TK 6620881", False)],
)
def test_a_medicines_or_a_practices_number_is_no_contract(value: str, elses: bool) -> None:
    assert is_someone_elses("", 0, value) is elses


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A doctor's invoice written apart is a doctor's invoice; a tradesman's is not.
        ("hallo hier die rechnung vom zahnarzt, vertragsnr ZZ 7734012. wann kommt das geld", S),
        ("hallo hier die rechnung vom handwerker, vertragsnr ZZ 7734012. wann kommt das geld", N),
        # Salary conversion for named employees is a company pension, a life line.
        (
            "Hallo Herr Paulsen,\nEntgeltumwandlung ab September:\nName: Melanie Frick; Betrag: 100",
            S,
        ),
        (
            "Hallo Herr Paulsen,\nGehaltsabrechnung ab September:\nName: Melanie Frick; Betrag: 100",
            N,
        ),
    ],
)
def test_a_doctors_invoice_and_a_company_pension(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


# Round 3 (dev5): brokers, companies, exports and lawyers.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A diagnosis field in a log with the German decimal comma.
        ("REJECT field=diag value='E11,9' member=KV-40012877 name='Reinholz, Sabine'", S),
        ("REJECT field=diag value='none' member=40012877 name='Reinholz, Sabine'", N),
        # A health contract's number is a personal line's, a diagnosis or not.
        ("REJECT field=diag value='none' member=KV-40012877 name='Reinholz, Sabine'", S),
        # Surgery, wounds and the state after an operation in an expert's opinion.
        ("Sehr geehrte Frau Kaya,\nzu Frau Weinert: Restbeschwerden bei Z. n. Nukleotomie.", S),
        ("Sehr geehrte Frau Kaya,\nunsere Mandantin Frau Emilia Sander erlitt eine Risswunde.", S),
        (
            "Sehr geehrte Frau Kaya,\nunsere Mandantin Frau Emilia Sander erlitt einen Sachschaden.",
            N,
        ),
        # A body part's trouble in everyday words; a roof's trouble is no one's health.
        ("> Hallo Frau Kaya,\n> wegen der Kniegeschichte kann ich nicht mehr aufs Dach.", S),
        ("> Hallo Frau Kaya,\n> wegen der Dachgeschichte kann ich nicht mehr aufs Dach.", N),
        # Criminal proceedings against a named person: data on offences (Art. 10 GDPR).
        ("Sehr geehrter Herr Kuhl,\nzum Strafverfahren gegen Ihren Mandanten Herrn Reimers.", S),
        ("Sehr geehrter Herr Kuhl,\nzum Bauantrag Ihres Mandanten Herrn Reimers.", N),
    ],
)
def test_diagnoses_wounds_and_offences_in_business_mail(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A surname in a field of its own, a letter's recipient, a married couple: persons.
        ("VSNR: KH-4471-14410; VN_Name: Brandl; VN_Vorname: Georg; Beitrag: 544,12", C),
        ("VSNR: KH-4471-14410; Tarif: Basis; Zahlweise: jährlich; Beitrag: 544,12", N),
        ("Vertrag: HR-55-300112; Empfänger: Brigitte Lück; Grund: unbekannt verzogen", C),
        ("Kündigung der Wohngebäudeversicherung der Ehel. Kowalczyk zum 28.02.", C),
        ("Kündigung der Wohngebäudeversicherung des Objekts Lindenweg zum 28.02.", N),
        # A fine-art cover of named clients is their insurance.
        ("Oliver,\nclients Mr. & Mrs. Ashdown ask for a Kunstversicherung of EUR 3.5m.", C),
    ],
)
def test_persons_in_exports_and_broker_mail(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


def test_contract_numbers_are_kept_up_to_the_scans_cap() -> None:
    """A mail of thousands of contract numbers costs no more memory than the cap allows."""
    text = " ".join(f"UV-{400000 + n}" for n in range(MAX_HITS_PER_ANCHOR + 50))
    found = casewise.scan(text).references
    assert len(found) == MAX_HITS_PER_ANCHOR
    assert text[slice(*found[0])] == "UV-400000"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # How kinds of documents are sent is about the kinds, not anyone's documents ...
        (
            "Hello,\nthere are three ways to send us confidential documents (medical reports, "
            "bank details). Please do not send such documents in a normal e-mail.",
            N,
        ),
        # ... but the addressee's own finding named in it is still hers.
        (
            "Sehr geehrte Frau Roth,\nden Arztbericht zu Ihrer Knie-OP bitte nicht per E-Mail "
            "senden, sondern über das Portal.",
            S,
        ),
    ],
)
def test_how_documents_are_sent_is_about_their_kinds(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


# Round 5 (dev7, dev8): companies, staff lists, attachments and grey zones.
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A form still to be filled in asks about anyone; the same form filled in is someone's.
        (
            "Guten Tag Frau Roth,\nanbei der Vordruck.\nBeschäftigte/r: ________  "
            "Arbeitsunfähig seit: ________\nDiagnose laut Attest: ________",
            N,
        ),
        (
            "Guten Tag Frau Roth,\nanbei der Vordruck.\nBeschäftigte/r: Lena Hartwig  "
            "Arbeitsunfähig seit: 02.03.\nDiagnose laut Attest: Bandscheibe",
            S,
        ),
        # A line of underscores of its own is a signature's rule or Outlook's line above a
        # forwarded message, not a form's fields.
        (
            "Sehr geehrte Frau Haverkamp,\nnach Ihrer Knie-OP übernehmen wir die "
            "Anschlussheilbehandlung.\n\nKathrin Vollmer\n" + "_" * 45 + "\nWeserbogen AG",
            S,
        ),
        (
            "Hallo Jan,\nsiehe unten.\n\n" + "_" * 32 + "\nVon: Lena Hartwig\n"
            "Betreff: AU\n\nIch bin nach der Knie-OP bis Freitag krankgeschrieben.",
            S,
        ),
    ],
)
def test_a_blank_form_asks_about_anyone(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A product's term that waives health questions is no one's answer to them.
        (
            "Sehr geehrte Damen und Herren,\nder Gruppentarif für Ihre Belegschaft gilt ohne "
            "Gesundheitsfragen ab dem ersten Arbeitstag.",
            N,
        ),
        (
            "Sehr geehrte Damen und Herren,\ndie Gesundheitsfragen von Herrn Olaf Brink "
            "ergaben ein Rückenleiden.",
            S,
        ),
    ],
)
def test_waived_health_questions_are_a_products_terms(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Figures of a report per topic: counts, not anyone's claim.
        (
            "Guten Morgen,\nder Monatsbericht der Servicestelle:\nZahnersatz 140\n"
            "Pflegegrad-Anfragen 61\nKrankenhausrechnungen 37",
            N,
        ),
        (
            "Guten Morgen,\nHerr Yusuf Demir hat Pflegegrad 3 beantragt, "
            "die Krankenhausrechnung liegt bei.",
            S,
        ),
        # A group offer priced per head names no one.
        (
            "Sehr geehrte Damen und Herren,\nfür Ihre 60 Beschäftigten: Zahnersatz und "
            "Sehhilfe, 18 EUR je Person und Monat.",
            N,
        ),
    ],
)
def test_reports_and_group_offers_are_about_nobody(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A personal line on a meeting's agenda, with a guest named: no one's contract.
        (
            "Hallo zusammen,\nTagesordnung mit Frau Irina Vogt (Rückversicherer): "
            "1. Verlauf Gruppen-BU 2. Sonstiges",
            N,
        ),
        # A named employee under the group disability cover is that person's contract.
        (
            "Hallo Frau Kremer,\nHerr Malte Sievers bezieht seit März Leistungen aus der Gruppen-BU.",
            S,
        ),
        # Directors named under a company's D&O cover: that they are insured is confidential.
        (
            "Sehr geehrter Herr Lenz,\nbitte bestätigen Sie die versicherten Personen der "
            "D&O-Police: Frau Clara Jost (Vorstand), Herr Timo Wiese (Prokurist).",
            C,
        ),
        (
            "Sehr geehrter Herr Lenz,\nbitte bestätigen Sie die Deckungssumme der D&O-Police "
            "für die Lenz Logistik GmbH.",
            N,
        ),
    ],
)
def test_lines_of_a_companys_staff(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A company's premium in an offer to the company is nobody's income.
        (
            "Sehr geehrte Damen und Herren,\nfür die Lagerhalle der Brenner Metall KG bieten "
            "wir an: Jahresnettoprämie 4.310 EUR.",
            N,
        ),
        # A named customer's premium says that she is insured.
        ("Sehr geehrte Frau Anke Lutz,\nIhre Jahresprämie beträgt ab Mai 1.240 EUR.", C),
    ],
)
def test_a_premium_is_someones_only_where_someone_pays_it(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An export's columns: a surname, a first name and the short label for a birth date.
        ("PERSNR: 5521; NAME: Holtkamp; VORNAME: Ina; GEBDAT: 04.11.1983; BAUSTEIN: Zahn", C),
        ("PERSNR: 5521; BEREICH: Lager; SCHICHT: Früh; GEBDAT: TT.MM.JJJJ; BAUSTEIN: Zahn", N),
        # A first name in its own field is a person's, unless the record is a placeholder's.
        ("Census template\nSurname: Lindqvist; First name: Maja; Annual salary EUR: 50000", C),
        ("Census template\nSurname: Doe; First name: Jane; Annual salary EUR: 50000", N),
        # Officers of a company in a D&O list's column.
        ("Gesellschaft: Holm Bau GmbH; Geschäftsführer/in: Till Andersen; D&O seit 2021", C),
        ("Gesellschaft: Holm Bau GmbH; Sitz: Kiel; D&O seit 2021", N),
    ],
)
def test_persons_in_a_companys_lists(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("thing", "kind"),
    [("praxisgebäude und", ""), ("klinikräume im", ""), ("klinikaufenthalt im", "health")],
)
def test_a_clinics_building_is_not_the_addressees_health(thing: str, kind: str) -> None:
    assert own_kind(thing) == kind


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A name beside each case number in a list's rows: whose cases they are.
        (
            "Dear Jonas,\nplease pull these group life files:\nGL-24-0412  Henrike Baal  paid\n"
            "GL-24-0518  Olaf Timm  open",
            S,
        ),
        # A collective invoice over many experts' reports names no one ...
        (
            "Sehr geehrte Damen und Herren,\nIhre Sammelrechnung über 40 Gutachten (Orthopädie, "
            "Psychiatrie) ist geprüft.",
            N,
        ),
        # ... unless a person stands beside a case.
        (
            "Sehr geehrte Damen und Herren,\nSammelrechnung: BU-24-00318 Kerstin Fahl "
            "Psychiatrie, BU-26-0047 Ralf Esser Orthopädie",
            S,
        ),
    ],
)
def test_a_name_beside_a_case_number(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Off sick, said plainly of a named colleague.
        ("Frau Olga Brandt ist wieder krank, kannst du ihre Termine übernehmen?", S),
        ("Der Drucker im 3. OG ist wieder kaputt, kannst du die Termine übernehmen?", N),
        # The longer word inside a phrase is still found.
        ("Frau Olga Brandt ist krankgeschrieben, kannst du ihre Termine übernehmen?", S),
        # A name written with an apostrophe is a name.
        ("Dear Mr O'Neill,\nwe confirm cover under RS-23-2219904 for your dispute.", C),
        ("Dear Sir or Madam,\nwe confirm cover under RS-23-2219904 for your dispute.", N),
        # A personnel number identifies an employee, also in mail to the whole team.
        (
            "Hallo zusammen,\nfür Pers.-Nr. 004471: Nettoentgelt rund 2.900 EUR, Pfändung ab Juli.",
            C,
        ),
        ("Hallo zusammen,\ndas mittlere Nettoentgelt im Team liegt bei rund 2.900 EUR.", N),
        # The number's label as payroll abbreviates it otherwise.
        ("Hallo zusammen,\nPersonalnr. 40771: Nettoentgelt rund 2.900 EUR, Pfändung ab Juli.", C),
    ],
)
def test_staff_named_by_number_or_off_sick(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A health word that starts a company's name names the company's trade.
        (
            "Hallo Tim,\nSchadenquoten 2025 je Flotte: Pflegedienst Lindenhof GmbH 0,81; "
            "Spedition Kraus KG 0,64.",
            N,
        ),
        ("Hallo Tim,\nFrau Rosa Kemper braucht seit Mai einen Pflegedienst, Pflegegrad 2.", S),
        # A list of participants by name and address under a group contract: their insurance.
        (
            "Sehr geehrte Frau Sommer,\nim Gruppenvertrag Hausrat bleiben versichert:\n"
            "- Jonas Pietsch, Lindenweg 4, 42651 Solingen\n- Maren Albers, Hofstr. 9a, 42653 Solingen",
            C,
        ),
        (
            "Sehr geehrte Frau Sommer,\nim Gruppenvertrag Hausrat bleiben die Standorte versichert:\n"
            "- Werk 1 der Brenner Metall KG, Lindenweg 4, 42651 Solingen\n"
            "- Versand Holding AG, Hofstr. 9a, 42653 Solingen",
            N,
        ),
    ],
)
def test_companies_by_their_names_and_persons_by_their_addresses(
    body: str, expected: Sensitivity
) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A test case's contract number beside a placeholder person is test data.
        ("Hallo Herr Lenz,\nTestfälle (fiktiv): Vertrag KV 4410 2210, VN: Max Mustermann", N),
        # A real-looking person's counts; "KV" numbers a health contract (strictly confidential).
        ("Hallo Herr Lenz,\nTestfälle (fiktiv): Vertrag KV 4410 2210, VN: Jonas Brandt", S),
        # A form's own number is no one's contract.
        ("Guten Tag Frau Roth,\nanbei Formular HR 0326 1100 zum Ausdrucken.", N),
        ("Guten Tag Frau Roth,\nanbei zu Vertrag HR 0326 1100 die Bescheinigung.", C),
        # A log's time after a column's label is no contract number.
        ("Hallo Frau Roth,\nSpalten: NAME;VERTRAG\n2026-03-05 02:13 Fehler in Zeile 1", N),
        ("Hallo Frau Roth,\nSpalten: NAME;VERTRAG\nKF 2231 0045 Fehler in Zeile 1", C),
    ],
)
def test_numbers_of_test_data_forms_and_logs(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A contract number printed in threes after its line's letters, for a greeted customer.
        ("Dear Mr Nakamura,\nthe contents tariff HR 4 410 227 905 now includes bicycles.", C),
        ("Dear Mr Nakamura,\nthe contents tariff HR 2027 now includes bicycles.", N),
        # Said outright that nobody was hurt: no one's injury.
        ("Dear Ms Reyes,\nClaim MC-26-00412: the wallet was stolen on the train. No injuries.", C),
        (
            "Dear Ms Reyes,\nClaim MC-26-00412: the wallet was stolen on the train; "
            "Mr Paul Kern suffered injuries and needs an operation.",
            S,
        ),
        # A sole trader's commission is income; a commission scheme in general is nobody's.
        ("Oliver,\nagent Tom Hesse (sole trader): commission paid 2025 EUR 61,200.", C),
        ("Liebe Kolleginnen und Kollegen,\ndie Provision steigt 2027 für alle um 2 %.", N),
        # An animal's keeper and a driver named in a list or a note are persons.
        ("Hund: Rex; Hundeführer: Jana Lorenz; Vertrag TH 5512 0098", C),
        ("Hund: Rex; Zwinger: Nord; Vertrag TH 5512 0098", N),
        ("Bitte anlegen: Spedition Kraus, K-26-004471, Fahrer Malte Sievers, Tor beschädigt.", C),
        ("Bitte anlegen: Spedition Kraus, K-26-004471, Fahrer unbekannt, Tor beschädigt.", N),
    ],
)
def test_numbers_incomes_and_persons_of_company_business(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A colleague named as the subject of a sentence about a hospital stay, in team mail.
        ("Hallo zusammen,\nJonas Keller ist seit Montag im Krankenhaus (Knie-OP).", S),
        # A preposition opening the sentence is no first name.
        ("Hallo zusammen,\nIm Kurs Erste Hilfe ist Schlaganfall am Montag das Thema.", N),
    ],
)
def test_a_colleague_named_as_a_sentences_subject(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A job advert's code and a supplier's order numbers are no case.
        (
            "We're hiring: claims nurse (m/f/d) for stroke and rehab cases. Apply at "
            "www.v.example/careers (ref. KV-2026-19).",
            N,
        ),
        ("Dear Ms Hale,\nyour husband's rehab after the stroke: claim KV-2026-1911.", S),
        (
            "Sehr geehrte Damen und Herren,\nIhre Sammelrechnung über 38 Blutbilder ist geprüft; "
            "zwei Aufträge (L-26-10411, L-26-10417) sind doppelt berechnet.",
            N,
        ),
        # A group greeted in the neutral plural.
        ("Hallo liebe Teilnehmende,\nThemen: Schlaganfall erkennen, Verbrennungen kühlen.", N),
        ("Hallo liebe Kim,\nich hatte einen Schlaganfall und Verbrennungen am Arm.", S),
    ],
)
def test_codes_orders_and_groups_name_no_one(body: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert result.sensitivity is expected, result.reason
