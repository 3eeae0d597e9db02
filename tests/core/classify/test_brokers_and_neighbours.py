"""Rules added for a broker firm's inbox and for an insurer in Austria and Switzerland (issue 14,
first measured on the dev37 and dev38 corpora before any of these rules was written).

Each case is written from the kind of mail, not copied from a corpus; where a rule lowers, a
case beside it shows that a person's data still counts.
"""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage

import pytest

from siegel.core.classify import classify, content_findings
from siegel.core.classify.config import default_config
from siegel.core.classify.references import is_someone_elses
from siegel.core.sensitivity import Sensitivity
from tests.core.classify.test_generalises import mail

N, C, S = Sensitivity.NORMAL, Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL

AUSTRIAN_FOOTER = (
    "\n--\nBodensee Versicherung AG · Seestraße 7 · 6900 Bregenz\n"
    "FN 318455 k, Landesgericht Feldkirch · DVR 0091442 · UID ATU12345678\n"
)
SWISS_FOOTER = "\n--\nRheintal Versicherungen AG · St. Gallen · CHE-123.456.789 MWST\n"


@pytest.mark.parametrize("footer", [AUSTRIAN_FOOTER, SWISS_FOOTER])
def test_a_companys_register_and_tax_numbers_are_no_case(footer: str) -> None:
    """Firmenbuch, DVR and UID numbers in every footer of an Austrian or Swiss company named no
    insurance relationship, and they made every mail of theirs "about a case"."""
    minutes = (
        "Hallo zusammen,\nProtokoll Produktrunde Unfall: die Gliedertaxe bleibt, "
        "Polytrauma und Amputation werden neu gestaffelt.\nAnwesend: Aktuariat, Produkt"
    )
    assert classify(mail(minutes + footer)).sensitivity == N
    findings, _ = content_findings(footer, "body", default_config())
    assert not [f for f in findings if f.detector == "reference"]


def test_a_case_beside_such_a_footer_still_counts() -> None:
    body = (
        "Sehr geehrte Frau Gruber,\nzu Ihrem Schaden KS-26-011873 benötigen wir den Arztbericht."
        + AUSTRIAN_FOOTER
    )
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "body",
    [
        # A wish to get well, to the addressee: they are hurt or ill.
        "Sehr geehrter Herr Brammer,\nanbei die Beitragsrechnung für Ihre Betriebshaftpflicht. "
        "Die Unfallgeschichte mit Ihrer Hand läuft separat – gute Besserung nochmal!",
        "Dear Ms Brennan,\nthank you for the documents, we will be in touch. Get well soon!",
        # Sleep disorders, in a staff note about a customer.
        "Jens,\nDetlefsen hat angerufen, er schläft kaum. Sein Hausarzt hat ihm eine "
        "Psychotherapeutin empfohlen und was gegen die Schlafstörungen verschrieben.\nB.",
    ],
)
def test_a_wish_to_get_well_and_sleep_disorders_are_health(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


def test_a_wish_to_get_well_to_a_pets_owner_is_the_owners_insurance() -> None:
    body = (
        "Sehr geehrte Frau Lenz,\ndie Tierarztrechnung für Ihren Hund Bello (OP am Kreuzband) "
        "erstatten wir aus dem Vertrag TK-2207-118. Gute Besserung für Bello!"
    )
    assert classify(mail(body)).sensitivity == C


@pytest.mark.parametrize(
    "body",
    [
        # A term life insurance by its short forms, with a case: a beneficiary's change.
        "Birte,\nGerdes lässt sich scheiden und will bei der Risiko-LV (EL-RL-0072934) das "
        "Bezugsrecht auf die Kinder umstellen.\nJ.",
        "Hallo,\nErhöhung RLV EL-RL-0072933 für Frau Dr. Wiebke Sander, Gesundheitserklärung "
        "folgt.",
    ],
)
def test_term_life_by_its_short_forms(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The clerk's department under the signature's separator names no one's contract.
        (
            "Hallo Herr Wirth,\nIhre Kfz-Schadennummer KH-2026-077105 ist angelegt.\n\nGruß\n\n"
            "-- \nFrank Dietzel\nCommercial customers and company pensions\nphone +49 6099 4471-35",
            C,
        ),
        # The same line in the text above it is the addressee's.
        (
            "Hallo Herr Wirth,\nIhre betriebliche Altersversorgung KH-2026-077105 ist angelegt.\n\n"
            "-- \nFrank Dietzel\nphone +49 6099 4471-35",
            S,
        ),
    ],
)
def test_a_line_in_the_signatures_first_lines_is_the_writers_department(
    body: str, expected: Sensitivity
) -> None:
    assert classify(mail(body)).sensitivity == expected


def test_a_term_life_named_in_general_is_nobodys() -> None:
    body = "Liebe Kolleginnen und Kollegen,\nab Mai gelten neue Tarife für die RLV."
    assert classify(mail(body)).sensitivity == N


@pytest.mark.parametrize(
    "body",
    [
        # Name and date of birth under one label.
        "Dear Chinedu,\nhere are the two small policies for your new flat:\n\n"
        "  Name / DOB:   Chinedu Okafor, 9 January 1990\n  Household: EUR 118.80/year\n",
        # A birth date spelt out in words.
        "Hallo Frau Brückner,\nfür Ihre Kundin Frau Jana Lehmann, geboren am elften November\n"
        "neunzehnhundertfünfundachtzig, gilt der Tarif PHV Öffentlicher Dienst.",
    ],
)
def test_one_birth_date_as_forms_and_letters_write_it(body: str) -> None:
    findings, _ = content_findings(body, "body", default_config())
    assert [f.detector for f in findings if f.detector == "birth-date"] == ["birth-date"]
    assert classify(mail(body)).sensitivity == C


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "für Ihren Kreditnehmer Björn Gerdes bestätigen wir, dass für das Fahrzeug eine "
            "Vollkaskoversicherung besteht.",
            "Björn Gerdes",
        ),
        (
            "namens unserer Kunden Thomas und Inga Kühl kündigen wir die Wohngebäudeversicherung "
            "WG-6610-2201.",
            "Thomas und Inga Kühl",
        ),
        ("Fahrzeug: Toyota Yaris, Halterin Ayla Yilmaz, Vollkasko ab Zulassung.", "Ayla Yilmaz"),
    ],
)
def test_a_borrower_a_couple_of_clients_and_a_cars_keeper_by_name(body: str, name: str) -> None:
    findings, _ = content_findings(body, "body", default_config())
    assert [body[f.start : f.end] for f in findings if f.detector == "person-field"] == [name]
    assert classify(mail("Sehr geehrte Damen und Herren,\n" + body)).sensitivity == C


def test_our_clients_without_names_are_anyone() -> None:
    body = "Liebe Kolleginnen und Kollegen,\nunseren Kunden Bescheid geben: die Hotline ist zu."
    findings, _ = content_findings(body, "body", default_config())
    assert not [f for f in findings if f.detector == "person-field"]


def test_an_evb_number_later_on_its_line() -> None:
    body = "Hallo Frau Yilmaz,\nhier Ihre eVB-Nummer für die Zulassung: A7K3M9Q\nGruß"
    findings, _ = content_findings(body, "body", default_config())
    assert [body[f.start : f.end] for f in findings if f.detector == "reference"] == ["A7K3M9Q"]
    assert classify(mail(body)).sensitivity == C


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Ist angelegt.\n\nAm 10.02.2026 um 21:40 schrieb Jens Petersen:\n> delle\n",
            ["Jens Petersen"],
        ),
        (
            "ok\n\nJens Petersen <jp@example.org> schrieb am Di., 10. Feb. 2026:\n> delle\n",
            ["Jens Petersen"],
        ),
        ("ok\n\nOn 3 May 2026, at 09:12, Jo Reid <jo@example.org> wrote:\n> hi\n", ["Jo Reid"]),
        ("ok\n\nAm 10.02.2026 schrieb Schadenservice Versicherung:\n> delle\n", []),
        ("ok\n\nAm 10.02.2026 schrieb Max Mustermann:\n> Beispiel\n", []),
    ],
)
def test_the_writer_who_heads_a_quoted_message(text: str, names: list[str]) -> None:
    findings, _ = content_findings(text, "body", default_config())
    assert [text[f.start : f.end] for f in findings if f.detector == "signed-name"] == names


def test_a_claim_number_answered_to_a_quoted_writer_is_theirs() -> None:
    body = (
        "Moin zurück,\nSchaden ist angelegt, Nr. KS-26-011873. Ist ein Fall für die Vollkasko.\n"
        "Gruß\nTobias Allgaier\n\nAm 10.02.2026 um 21:40 schrieb Jens Petersen:\n"
        "> Moin, hab ne delle in der fahrertür. fotos anbei.\n"
    )
    assert classify(mail(body)).sensitivity == C


def test_a_contract_prefix_beside_a_business_interruption_cover_is_that_cover() -> None:
    """ "BU" is Berufsunfähigkeit and also Betriebsunterbrechung: beside a named business
    interruption cover, the number names no personal line; the case still counts."""
    body = (
        "Sehr geehrte Damen und Herren,\nSchadenanzeige Inhalts- und "
        "Betriebsunterbrechungsversicherung\nVN: Gerd Timm, Bäckerei Timm\n"
        "Vertrag: GI-4410-2290 / BU-4410-2291\nBrand im Ofen, verletzt wurde niemand."
    )
    assert classify(mail(body)).sensitivity == C
    disability = "Sehr geehrte Frau Timm,\nzu Ihrem Vertrag BU-4410-2291 fehlt noch ein Formular."
    assert classify(mail(disability)).sensitivity == S
    # The English name of the line, as a commercial claim's subject gives it.
    english = (
        "Dear Ms Kerrigan,\nbusiness interruption claim BU-S-26-0014: please send your "
        "monthly turnover for February."
    )
    assert classify(mail(english)).sensitivity == C


def _with_export(name: str, rows: str) -> bytes:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as packed:
        packed.writestr(name, rows)
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@v.example", "k@example.org", "Export"
    message.set_content("Anbei wie besprochen.")
    message.add_attachment(
        archive.getvalue(), maintype="application", subtype="zip", filename="export.zip"
    )
    return message.as_bytes()


def test_a_files_name_names_the_line_of_the_contracts_it_lists() -> None:
    rows = "Kunde;Geburtsdatum;Vertrag;Tarif\nSander, Wiebke;23.01.1979;TK-440918-01;Exklusiv 0\n"
    assert classify(_with_export("pkv_beitragsanpassung_2026.csv", rows)).sensitivity == S
    assert classify(_with_export("hausrat_beitragsanpassung_2026.csv", rows)).sensitivity == C


def test_a_tables_column_gap_does_not_join_two_heads_into_a_name() -> None:
    """ "Alter VN   Ursache" is two columns' heads; "VN Georg Brandl" is a policyholder."""
    table = (
        "Hallo zusammen,\ndie Großschäden im Q1, anonymisiert:\n\n"
        "Nr  Sparte   Alter VN   Ursache                     Reserve TEUR\n"
        "1   Unfall   40-49      Lawinenabgang, Polytrauma      680\n"
    )
    findings, _ = content_findings(table, "body", default_config())
    assert not [f for f in findings if f.detector == "person-field"]
    assert classify(mail(table)).sensitivity == N
    note = "Anruf VN Georg Brandl: Polytrauma nach Lawinenabgang, Klinik informiert."
    findings, _ = content_findings(note, "body", default_config())
    assert [note[f.start : f.end] for f in findings if f.detector == "person-field"] == [
        "Georg Brandl"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A call's note names the customer by the short form ("Kd.").
        ("Anruf Kd. Timo Warnke 14:48, Vertrag KF-5520 80214, will wissen warum", "Timo Warnke"),
        # A couple after a field's label, by first names and one surname.
        ("VN: Sven und Carina Borchers, Im Hollerland 18, Wohngebäude WG 3307 44821", None),
    ],
)
def test_a_customer_in_a_calls_note_and_a_couple_in_a_field(text: str, name: str | None) -> None:
    findings, _ = content_findings(text, "body", default_config())
    expected = name or "Sven und Carina Borchers"
    assert [text[f.start : f.end] for f in findings if f.detector == "person-field"] == [expected]
    assert classify(mail(text)).sensitivity == C


@pytest.mark.parametrize(
    "body",
    [
        "Sehr geehrter Herr Krupp,\nElias Brandt, 6 Jahre, wurde leblos im Becken entdeckt; der "
        "Schwimmmeister begann sofort mit der Reanimation. Das Kind kam auf die "
        "Kinderintensivstation.",
        "Sehr geehrte Frau Dr. Wengert,\nbetroffen sind drei Frühgeborene:\n"
        "- Mila O., geb. 28.04.2026, 31+0 SSW, MRSA-Besiedlung\n",
        "Dear Ms Hartung,\nthanks for the update on Dmytro Kovalenko, 14. He had a severe "
        "panic attack on Saturday; case TR-40-100512.",
    ],
)
def test_emergencies_ward_infections_and_panic_are_health(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A confirmation for a residence permit says which cover it is not.
        (
            "Dear Mr Keller,\nMr Brandon Keller, born 17 June 1994, is covered under the club's "
            "liability policy VH-40-779002.\nThis confirmation does not replace health insurance.",
            C,
        ),
        (
            "Dear Ms Novak,\nyour household policy HR-7731-2 is confirmed. The office also asks for "
            "proof of health insurance, which is with another insurer in your case.",
            C,
        ),
        # Her own health insurance named, not denied: still her contract.
        (
            "Dear Ms Novak,\nyour health insurance HK-7731-2 is confirmed for the residence permit.",
            S,
        ),
    ],
)
def test_a_line_the_confirmation_says_it_is_not(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    "text",
    [
        "auf Basis Ihres Angebots AN-2026-117 bestellen wir:",
        "Im Rahmen des Auftrags TR-26-0411 übersetzen Sie die Bedingungen.",
    ],
)
def test_an_offers_or_orders_number_in_the_genitive_is_a_suppliers(text: str) -> None:
    start = text.index("-") - 2
    assert is_someone_elses(text, start)


def test_a_contract_in_the_genitive_is_still_a_case() -> None:
    text = "Zur Kündigung des Vertrags KF-5520-80214 von Herrn Timo Warnke:"
    assert not is_someone_elses(text, text.index("KF"))


@pytest.mark.parametrize(
    "text",
    [
        "Your invoice details as confirmed: Bodensee IT Systems GmbH, IBAN\r\n"
        "AT62 3200 0919 5942 0933, VAT ATU71188204. Payment 30 days net.",
        "Die Zahllast bitte wie immer per Lastschrift vom Geschäftskonto der GmbH\n"
        "(DE53 2305 0101 0003 3377 11, Sparkasse zu Lübeck).",
    ],
)
def test_a_businesss_account_named_right_before_it(text: str) -> None:
    assert classify(mail("Guten Tag,\n" + text)).sensitivity == N


def test_a_persons_account_beside_a_company_elsewhere_still_counts() -> None:
    body = (
        "Sehr geehrter Herr Timm,\nwie mit der Werkstatt Müller GmbH besprochen, erstatten wir "
        "Ihnen die Kosten auf Ihr Konto\nDE53 2305 0101 0003 3377 11.\n"
    )
    assert classify(mail(body)).sensitivity == C


FOOTER = (
    "Rautenfels Krankenversicherung AG\nAmtsgericht Bamberg HRB 3382\n"
    "Vorstand: Dr. Henrike Gossler (Vors.), Ulrich Maar\nSparkasse Obermain-Regnitz\n"
    "IBAN DE53 2305 0101 0003 3377 11\n"
)


def test_an_account_in_a_companys_legal_footer_is_the_companys() -> None:
    """A letterhead's footer names the register and the board above the company's account."""
    assert (
        classify(mail("Guten Tag,\nanbei der Briefbogen zur Freigabe.\n\n" + FOOTER)).sensitivity
        == N
    )


@pytest.mark.parametrize(
    "body",
    [
        # The letter's own text after the letterhead, below a blank line, is no footer.
        FOOTER.replace("IBAN DE53 2305 0101 0003 3377 11\n", "")
        + "\nSehr geehrter Herr Roth,\nwir erstatten auf Ihr Konto DE53 2305 0101 0003 3377 11.",
        # The board in a sentence is no footer.
        "Hallo Aylin,\nder Vorstand hat das Darlehen genehmigt. Bitte auszahlen an:\n"
        "Marco Feldhaus, IBAN DE53 2305 0101 0003 3377 11",
        # Nor is a line that starts with the board's word and has a colon later, or a company
        # "now" (not "No.") in a customer's own lines.
        "Sehr geehrte Damen und Herren,\nGeschäftsführer Timm hat entschieden: Sie zahlen an mich.\n"
        "Jan Roth, IBAN DE53 2305 0101 0003 3377 11",
        "Dear Sirs,\nthe company now pays my salary into my own account:\n"
        "Jan Roth, IBAN DE53 2305 0101 0003 3377 11",
    ],
)
def test_a_persons_account_below_a_letterhead_or_the_board_in_a_sentence(body: str) -> None:
    assert classify(mail(body)).sensitivity == C


def test_a_sole_traders_business_account_is_a_persons() -> None:
    body = (
        "Sehr geehrter Herr Roth,\nIhr Honorar überweisen wir auf Ihr Geschäftskonto\n"
        "DE53 2305 0101 0003 3377 11 (Einzelunternehmen).\n"
    )
    assert classify(mail(body)).sensitivity == C


@pytest.mark.parametrize(
    "body",
    [
        # A mortgage's remaining debt and its loan number.
        "Sehr geehrter Herr Lämmel,\ndie Zinsbindung Ihres Darlehens 7710-0107 endet am "
        "30.11.2026 (Restschuld dann voraussichtlich 58.221,40 EUR).",
        # Pay by its compounds.
        "Liebe Frau Schubert,\ndie Leasingrate wird von Ihrem Bruttogehalt abgezogen: "
        "Bruttogehalt 4.210,00 EUR.",
        # A household's net income and a credit bureau's report.
        "Steffen,\ndie SCHUFA-Auskunft für Herrn Wendt ist da; Haushaltsnetto 5.480 EUR.\nJana",
        # Rent owed by a named tenant.
        "Sehr geehrter Herr Kaden,\nder Mietrückstand für Ihre Wohnung beträgt 1.629,80 EUR.",
    ],
)
def test_a_persons_debts_loans_and_pay(body: str) -> None:
    assert classify(mail(body)).sensitivity == C


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Daniel,\nbei der Rentenbezugsmitteilung 2025 für Frau Ingeborg Haase (Vertrag "
        "R-40.118.293) ist uns ein Fehler unterlaufen.\nSabine",
        "Sehr geehrter Herr Dr. Quaas,\nwir bestätigen die Verpfändung der Ansprüche aus der "
        "Rückdeckungsversicherung R-46.002.913 an Sie.",
        "Dear Sir or Madam,\nRe: Andrew Whitfield – Harbour Logistics Ltd Pension Scheme, member "
        "ref. HLPS/00731. Our client, Mr Whitfield (date of birth 04/07/1971), asks for a transfer "
        "value.",
    ],
)
def test_a_life_insurers_own_words_for_a_pension(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The sentence that denies the line wraps onto the next line of a plain-text mail.
        (
            "Dear Ms Novak,\nyour household policy HR-7731-2 is confirmed. The office also asks "
            "for proof of basic health insurance\n(KVG), which is with another insurer in your "
            "case.",
            C,
        ),
        # A blank line ends the sentence: the next paragraph's words deny nothing.
        (
            "Dear Ms Novak,\nconfirmed: your health insurance HK-7731-2\n\n"
            "Household: with another insurer",
            S,
        ),
    ],
)
def test_a_denied_line_across_a_wrapped_line(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


def test_a_delivery_date_in_an_order_is_no_birth() -> None:
    body = (
        "Dear Mr de Vries,\nwe order 40 water-leak sensors (art. WL-200) for our prevention "
        "campaign. Delivery date: 14 April 2026, to our office in Kaiserslautern."
    )
    assert classify(mail(body)).sensitivity == N


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The asker is no customer yet: the answer's health words are the product's.
        (
            "Dear Mr de Wit,\nour travel package covers medical treatment abroad and "
            "repatriation.\n\n> does your travel insurance pay the helicopter? we are not insured "
            "yet. Pieter",
            N,
        ),
        (
            "Dear Mr Ashworth,\nour long-stay plan covers outpatient and inpatient treatment. You "
            "can apply online at example.org/longstay.",
            N,
        ),
        # A prospect's own diagnosis still counts.
        (
            "Dear Mr Ashworth,\nyou can apply online. As you told us about your diabetes, the "
            "underwriters will ask for your doctor's report.",
            S,
        ),
    ],
)
def test_an_answer_to_someone_not_yet_insured(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


def _automatic(body: str, value: str) -> bytes:
    return f"Auto-Submitted: {value}\n".encode() + mail(body)


ACKNOWLEDGED = (
    "Guten Tag,\nvielen Dank für Ihre Nachricht. Bitte senden Sie Arztberichte oder Rechnungen "
    "mit Diagnosen nicht per E-Mail, sondern über unser Portal.\n\nIhr Schadenservice der "
    "Beispiel Versicherung"
)


def test_an_automatic_reply_is_written_for_every_sender() -> None:
    """RFC 3834: "auto-replied" is the same text for every sender; "auto-generated" may be one
    customer's statement, and its health words count."""
    assert classify(_automatic(ACKNOWLEDGED, "auto-replied")).sensitivity == N
    assert classify(_automatic(ACKNOWLEDGED, "auto-generated")).sensitivity == S
    named = "Guten Tag,\nIhr Arztbericht zu Schaden KS-26-011873 ist eingegangen."
    assert classify(_automatic(named, "auto-replied")).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The writer's own absence after an operation: one person's health, written once.
        (
            "Thank you for your message.\n\nI am out of the office following surgery and will be "
            "back on 27 April. Your e-mail will not be forwarded.\n\nPriya Raman",
            S,
        ),
        (
            "Vielen Dank für Ihre Nachricht.\n\nIch bin krankheitsbedingt abwesend. Ihre E-Mail "
            "wird nicht weitergeleitet.\n\nTobias Rehder",
            S,
        ),
        # Where to send sick notes is every sender's information, nobody's health.
        (
            "Vielen Dank für Ihre Nachricht. Ich bin bis 10.04. nicht im Büro.\n\nKrankmeldungen "
            "und Arztberichte senden Sie bitte an lohn@beispiel.example.",
            N,
        ),
    ],
)
def test_an_automatic_reply_tells_its_writers_own_absence(body: str, expected: Sensitivity) -> None:
    assert classify(_automatic(body, "auto-replied")).sensitivity == expected


def test_the_senders_service_in_the_closing_is_not_the_addressees_insurance() -> None:
    findings, _ = content_findings(ACKNOWLEDGED, "body", default_config())
    assert not [f for f in findings if f.detector == "own-insurance"]
    findings, _ = content_findings(
        "Ihre Hausratversicherung läuft weiter.", "body", default_config()
    )
    assert [f.detector for f in findings if f.detector == "own-insurance"] == ["own-insurance"]


def test_a_payroll_exports_gross_pay_columns() -> None:
    body = (
        "PersNr: 20114; Name: Derya Sağlam; gueltig_ab: 2026-07-01; Brutto_alt: 3480,00; "
        "Brutto_neu: 3720,00; Steuerklasse: I\n"
    )
    findings, _ = content_findings(body, "attachment:Aenderungen.csv", default_config())
    assert [f.detector for f in findings if f.detector == "income"]
    assert (
        classify(mail("Sehr geehrte Frau Reinholz,\nanbei die Änderungen.\n\n" + body)).sensitivity
        == C
    )
