"""The kinds of mail issue 14 names, each written anew here: what must be found, what must not.

Short mails in German and English, from customers, brokers, doctors, companies and staff.
They are not taken from any corpus; they are written from the kinds of misses and false
alarms the issue lists, so that a rule that fits one corpus mail but not the kind fails here.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from siegel.core.classify import classify
from siegel.core.sensitivity import Sensitivity

N, C, S = Sensitivity.NORMAL, Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL


def mail(body: str, subject: str = "Ihre Nachricht") -> bytes:
    message = EmailMessage()
    message["From"], message["To"] = "service@versicherer.example", "k@example.org"
    message["Subject"] = subject
    message.set_content(body)
    return message.as_bytes()


STRICT = [
    # Reimbursement of prescriptions: active ingredients and doses, no diagnosis word.
    "Sehr geehrte Frau Albrecht,\nwir haben Ihre Belege erstattet: Metoprolol 47,5 mg und "
    "Pantoprazol 20 mg, zusammen 38,70 €.\nMit freundlichen Grüßen",
    # A doctor's invoice with billing positions and a coded diagnosis in a table.
    "Rechnung Dr. med. Kern\nPatient: Jonas Ebert\nGOÄ 1, 5, 250\nDiagnose: M54.16 G\n"
    "Betrag: 112,43 EUR",
    # Pregnancy and birth.
    "Hallo Herr Yilmaz,\ndie Kosten der Entbindung im St. Josef-Krankenhaus übernehmen wir "
    "vollständig. Herzlichen Glückwunsch zur Geburt Ihrer Tochter!",
    # Therapy without a diagnosis word.
    "Dear Ms Novak,\nwe approved 20 further sessions of behavioural therapy with "
    "Dr. Lindqvist from 1 March.\nKind regards",
    # Hospital and practice names as the only health words, with a claim number.
    "Schaden 26-K-0044310: Frau Riedel lag vom 3. bis 9. Mai im Klinikum Nord, "
    "anschließend Nachbehandlung in der Praxis Dr. Sommer.",
    # Care and rehabilitation.
    "Sehr geehrter Herr Brandt,\nfür Ihre Mutter wurde Pflegegrad 3 festgestellt; das "
    "Pflegegeld zahlen wir ab Juli.",
    # Occupational disability, the personal line alone, for one person's contract.
    "Sehr geehrte Frau Pohl,\nIhre BU-Rente aus Vertrag BU 40-117 220 zahlen wir ab "
    "1. Juni weiter.",
    # English mail about a German health policy.
    "Dear Mr Carter,\nyour claim under health policy KV 218 330 912 for the MRI scan of your "
    "knee has been paid.",
    # The customer writes about her own health, no salutation anywhere.
    "hallo, ich hatte letzte woche einen bandscheibenvorfall und bin krankgeschrieben. "
    "zahlt meine versicherung das krankentagegeld? grüße sandra",
    # A list of insured employees with their health data (as a CSV would be read).
    "Name: Lena Hartmann; Geburtsdatum: 14.03.1987; Arbeitsunfähig seit: 02.02.2026",
    # A member number and an examination, in a mail between colleagues.
    "Hi Tom,\ncould you check the attached invoice? Member GC-0071234-01 had a colonoscopy "
    "and the lab billed the histology twice.\nThanks, Emma",
    # A request to a hospital about its patient.
    "Sehr geehrte Damen und Herren,\nbitte senden Sie uns den Entlassungsbericht zu Ihrer "
    "Patientin Frau Gül Arslan.\nMit freundlichen Grüßen",
    # A premium refund in private health insurance: the personal line of one person.
    "Sehr geehrter Herr Kaya,\nwir haben die Beitragsrückerstattung für Ihre "
    "Krankenversicherung berechnet: 840 €.",
    # A child's hospital stay, in English, to the parent.
    "Dear Ms Schultz,\nthe invoice from the Charité for your daughter's stay in the paediatric "
    "ward has been paid.",
    # Birth and an elective hospital service.
    "Sehr geehrte Frau Kraft,\nfür die Geburt Ihres Sohnes im Klinikum Süd übernehmen wir die "
    "Kosten der Wahlleistung Einbettzimmer.",
    # A customer writes to a team about her own health: her own things count in any mail.
    "Hello team,\nI am now 24 weeks pregnant and my gynaecologist says the baby is fine. Is "
    "the delivery covered?\nMarta",
    # A request to a doctor about her patient: being someone's patient is health data.
    "Sehr geehrte Frau Dr. Hahn,\nfür Ihre Patientin Frau Lena Sommer bitten wir um einen "
    "Befundbericht zur Operation vom 14.02.",
    # An injury abroad under travel insurance.
    "Dear Ms Ito,\nyour travel claim TC-26-01190 for the emergency treatment of your broken "
    "wrist in Lisbon is approved.",
    # Life insurance death benefit for a named person.
    "Dear Ms Lowe,\nplease accept our condolences. The death benefit under policy "
    "LV 61 002 334-1 for your late husband will be paid to you as beneficiary.",
    # Health aids for the addressee, with numerals and adjectives before the thing.
    "Hallo Frau Brenner,\ndie Rechnung für Ihre zwei neuen Hörgeräte haben wir erstattet.",
    "Dear Mr Quinn,\nyour new wheelchair has been approved.",
    # Vaccinations of the addressee, no other health word.
    "Guten Tag Herr Sommer,\nIhre Reiseimpfungen haben wir mit 212,40 € erstattet.",
    # A criminal conviction of a named person (Art. 10 GDPR).
    "Sehr geehrte Frau Kollegin Hansen,\nHerr Jens Wiebe ist wegen Untreue zu einer "
    "Freiheitsstrafe verurteilt worden; bitte betreiben Sie den Regress.",
    "Dear Ms Grant,\nthe former cashier Mr Paul Dent was convicted of fraud in May.",
    # Trade-union membership of a client (Art. 9 GDPR).
    "Sehr geehrter Herr Rechtsanwalt Ott,\nIhr Mandant Herr Kai Brehm ist Mitglied der "
    "IG BCE; bitte fragen Sie zuerst dort nach Rechtsschutz.",
    # A private pension statement in English: the life line of one named person.
    "Dear Ms Doyle,\nyour private pension policy PR 7781 2201: guaranteed pension EUR 410.",
    # A group health enrolment list: names and birth dates under an employer's bKV.
    "Nachname: Vogt; Vorname: Ilka; Geburtsdatum: 1990-04-12; Tarif: bKV Zahn",
    # A health insurer's premium refund for a year without claims: the word other lines use
    # too stays the health line's where no vehicle and no other line is named.
    "Sehr geehrte Frau Lindner,\nfür Ihren Vertrag KV-2231 4410 erhalten Sie für 2025 eine "
    "Beitragsrückerstattung von drei Monatsbeiträgen.",
]

CONFIDENTIAL = [
    # A motor policy's premium refunded after the car is deregistered: not the health line.
    "Hallo Herr Brandl,\nnach der Abmeldung Ihres Fahrzeugs (Kennzeichen M-KB 412) erhalten "
    "Sie die Beitragsrückerstattung aus Vertrag KR-5520 1187: 96,40 €.",
    # A pet's treatment at a small-animal practice under a cover named by the animal.
    "Dear Ms Hale,\nLuna's dental treatment at Kleintierpraxis am Ring (three extractions) is "
    "covered under your cat health policy KT-5520-118: EUR 402.30.",
    # The addressee greeted by first name alone, with a policy number.
    "Hi Mia, your scooter is insured under policy ES-2210-7781 from Monday. Cheers, Tom",
    "Hallo Jonas,\ndein Fahrrad ist ab heute über Police FR-4410-2290 versichert.\nViele Grüße",
    # The fact that a person is insured: a name with a policy number.
    "Sehr geehrter Herr Lorenz,\nIhre Hausratversicherung HR 7712-30041 haben wir auf die "
    "neue Adresse umgestellt.",
    # A claim number and the addressee, no line named.
    "Hallo Frau Kemper,\nder Schaden ist unter 26-H-0099120 angelegt; bitte schicken Sie uns "
    "noch Fotos.",
    # An eVB number for a named customer.
    "Guten Tag Herr Öztürk,\nIhre eVB-Nummer lautet K7Q4X2M; damit können Sie den Wagen zulassen.",
    # A maiden name.
    "Sehr geehrte Frau Keller, geb. Brandes,\nwir haben Ihren Namen in der Kfz-Versicherung "
    "geändert.",
    # A date of birth in ISO and English forms.
    "Applicant: Tom Becker, date of birth 1982-11-30, applies for household cover.",
    "Dear Mr Hughes, please confirm your date of birth (22 June 1984) for your motor policy.",
    # A person's bank account.
    "Bitte überweisen Sie die Erstattung an Frau Weller, IBAN DE44 5001 0517 5407 3249 31.",
    # A broker's client list of a non-personal line.
    "VN: Krause, Tim; Vertrag: KF-2201 7744; Kennzeichen: K-TK 118",
    # An animal's health: the owner's insurance data, not health data.
    "Dear Mrs Ford,\nthe vet's invoice for Bella's surgery is covered under pet policy "
    "TK 80-330 101 after the deductible.",
    # The addressee's cancellation of a named line.
    "Hallo Frau Roth,\nIhre Kündigung der Wohngebäudeversicherung zum 31.12. haben wir erhalten.",
    # A salary in an offer letter to a named person.
    "Liebe Frau Schneider,\nwir freuen uns, Ihnen die Stelle mit einem Jahresbruttogehalt "
    "von 61.500 € anzubieten.",
    # A traveller list with dates of birth in a column named as a program names it.
    "last_name: Olsen; first_name: Kari; date_of_birth: 1985-07-19; policy: GT-4410",
    # An income with the currency first and "approx.", as English writes it.
    "Hi Frank,\nmy client Dr. Jana Wolff (annual salary approx. EUR 96,000) asks for an offer.",
    # A named person's buildings insurance offer: that a person is insured or applies.
    "Hallo Herr Stein,\nanbei unser Angebot Wohngebäude für Frau Petra Lang, Bj. 1984, "
    "Jahresbeitrag 980 €.",
]

NORMAL = [
    # Actuarial aggregates.
    "Hallo zusammen,\nanbei die Schadenstatistik Q3: 1.204 Fälle Krankenhausbehandlung, "
    "davon 18 % Herzinfarkt. Keine Einzelfälle.",
    # Minutes about data protection classes.
    "Protokoll Workshop Datenschutzklassen: Diagnosen und ICD-Codes gelten als streng "
    "vertraulich, Vertragsnummern mit Namen als vertraulich.",
    # Building damage at a medical practice.
    "Liebe Kolleginnen und Kollegen,\nwegen eines Wasserschadens in der Arztpraxis im "
    "Erdgeschoss ist der Haupteingang bis Freitag gesperrt.",
    # A purchase order with order numbers.
    "Sehr geehrte Damen und Herren,\nwir bestellen 4 Blutdruckmessgeräte für die "
    "Erste-Hilfe-Räume. Bestellnummer 4500131277.",
    # A product newsletter about dental cover.
    "Liebe Kundinnen und Kunden,\nunser neuer Zahntarif erstattet Implantate zu 90 %. "
    "Jetzt im Kundenportal informieren.\nAbmelden",
    # A job advert.
    "Wir suchen eine Sachbearbeitung Leistung Kranken (m/w/d): Prüfung von Arztrechnungen "
    "und Heil- und Kostenplänen.",
    # A specimen policy with placeholder data.
    "Musterpolice Krankenversicherung\nVersicherungsnehmer: Max Mustermann\n"
    "Versicherungsschein-Nr.: KV 000 000 000",
    # A supplier's invoice with the supplier's company account.
    "Druckerei Weiß GmbH · Rechnung RE-2026-118 · IBAN DE44 5001 0517 5407 3249 31",
    # An IT ticket about a maintenance window.
    "Hi all,\nthe claims system is down for maintenance on Saturday; ticket INC0043112.",
    # A supplier delivered brochures about a health line.
    "Hallo Frau Meyer,\nvielen Dank für die Lieferung der Broschüren zur Pflegeversicherung. "
    "Die Rechnung RE-2026-0331 geben wir frei.",
    # A blood donation day for staff.
    "Liebe Kolleginnen und Kollegen,\nam Freitag findet die Blutspende im Foyer statt.",
    # Minutes about data classes, without a greeting.
    "Protokoll der Sitzung vom 12.05.: Gesundheitsdaten wie Diagnosen und Arztberichte dürfen "
    "nur verschlüsselt versandt werden.",
    # An actuarial comparison of fee schedules.
    "Hi Jonas,\nthe GOÄ vs. EBM fee comparison for the actuarial team is attached: factor 2.3 "
    "on average for consultations.",
    # Example questions for a chatbot, in the first person, written by staff.
    "Hi all,\nthe new FAQ set is attached, no real customer messages.\nintent: submit_invoice; "
    "example_question: How do I send you my physio invoice?\nintent: hospital_card; "
    "example_question: Do I need a prescription for my medicine?",
    # A training announcement mentioning health vocabulary generically.
    "Dear colleagues,\nour e-learning on handling medical reports and sick notes is now "
    "available in the training portal.",
    # A text module for the knowledge base: an answer for anyone who asks.
    "Hallo Redaktion,\nbitte diesen Antwortbaustein in die Wissensdatenbank: Reichen Sie "
    "Arztrechnungen und Rezepte bitte mit der Diagnose ein.",
    # A purchase order: a net total is not anyone's income.
    "Sehr geehrte Damen und Herren,\nwir bestellen 12 Stühle, Gesamt netto 4.380,00 €, "
    "Ansprechpartnerin Frau Richter.",
    # A prospect's brochure request: product features, no contract, no one's health.
    "Hallo Frau Sommer,\nvielen Dank für Ihr Interesse! Anbei unsere Infobroschüre zur "
    "Krankenhauszusatzversicherung: Einbettzimmer und Chefarztbehandlung ab 24,90 € im Monat.",
    # A job advert: "unserer Versicherten" is the insured as a group here.
    "Stellenanzeige: Case Manager (m/w/d)\nSie begleiten die Rehabilitation unserer "
    "Versicherten nach Schlaganfällen und organisieren Pflegedienste und Hilfsmittel.",
    # Test data: placeholder persons with dates of birth and coded diagnoses.
    "Testdaten für das neue Leistungssystem (fiktiv):\nVersicherte Person: Erika Mustermann; "
    "Geburtsdatum: 12.08.1964; Diagnose: M54.5 G",
    # An IT service notice naming doctors' reports as a type of document.
    "Guten Morgen,\nim Dokumentenviewer werden gescannte Arztberichte seit dem Update nur grau "
    "angezeigt. Workaround: Original herunterladen.\n\nIT-Servicedesk",
    # An agenda with a hospital partner: admissions and invoices as processes, no patient.
    "Dear Mr Haines,\nagenda for Thursday: 1. admission guarantees, 2. hospital invoices in "
    "the new format, 3. patient data only via the portal.",
    # "Dear Sir" greets nobody in particular; a number's format is no one's number.
    "Dear Sir,\nyour question about policy numbers: they have the form XX-0000-0000.",
    # Legal-expenses cover as a topic, without anyone's membership.
    "Liebe Kolleginnen und Kollegen,\ngewerkschaftlicher Rechtsschutz geht unserem "
    "Arbeitsrechtsschutz vor; die Schulung dazu ist am Montag.",
]


@pytest.mark.parametrize("body", STRICT)
def test_health_and_personal_lines_of_a_person_are_strictly_confidential(body: str) -> None:
    result = classify(mail(body))
    assert result.sensitivity == S, result.reason


@pytest.mark.parametrize("body", CONFIDENTIAL)
def test_data_about_an_insured_person_is_confidential(body: str) -> None:
    result = classify(mail(body))
    assert result.sensitivity == C, result.reason


@pytest.mark.parametrize("body", NORMAL)
def test_mail_about_nobody_is_normal(body: str) -> None:
    result = classify(mail(body))
    assert result.sensitivity == N, result.reason


def mail_with_list(body: str, filename: str, rows: str) -> bytes:
    message = EmailMessage()
    message["From"], message["To"] = "service@versicherer.example", "k@example.org"
    message["Subject"] = "wie besprochen"
    message.set_content(body)
    message.add_attachment(rows.encode(), maintype="text", subtype="csv", filename=filename)
    return message.as_bytes()


@pytest.mark.parametrize(
    ("body", "rows", "expected"),
    [
        # Employees registered for a company pension (life insurance), with birth dates.
        (
            "Hallo Frau Weber,\nanbei die Meldeliste für die Direktversicherung.",
            "Name;Vorname;Geburtsdatum\nKrause;Tim;12.03.1985\nOzturk;Selin;03.11.1990\n",
            S,
        ),
        # A broker's clients with their household contracts.
        (
            "Hallo Jens,\nwie besprochen die Liste.\nGruß Frank",
            "Vers.-Nr.;VN\nHR 7729-55012;Becker, Anna\nHR 7730-11201;Yilmaz, Murat\n",
            C,
        ),
        # A reinsurer's list of named deceased persons: looks like a statistic.
        (
            "Dear Claire,\nplease find the Q3 bordereau attached.\nBest, Tom",
            "Policy;Insured;Date of death\nLV 60 100 221-1;Harald Peters;03.07.2026\n",
            S,
        ),
        # Aggregated figures sent to all colleagues.
        (
            "Liebe Kolleginnen und Kollegen,\nanbei die Schadenstatistik Kraftfahrt (aggregiert).",
            "Monat;Schäden;Aufwand\nJuli;1204;2,1 Mio\nAugust;1150;1,9 Mio\n",
            N,
        ),
    ],
)
def test_lists_in_attachments_are_read_as_records(
    body: str, rows: str, expected: Sensitivity
) -> None:
    result = classify(mail_with_list(body, "liste.csv", rows))
    assert result.sensitivity == expected, result.reason
