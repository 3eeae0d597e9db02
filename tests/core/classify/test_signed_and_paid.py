"""Rules written from kinds of mail that many independent writers wrote (issue 14): a private
writer who signs with their own name and no closing word, or with their first name; thanks
before the name; and pay called "brutto" or "gross" beside its amount.

Each case is written from the kind of mail, not copied from a corpus; where a rule could raise
a trap, a case beside it shows that the trap stays normal.
"""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.classify import classify
from siegel.core.classify.anchors import in_address
from siegel.core.sensitivity import Sensitivity
from tests.core.classify.test_concerned import UNRELATED
from tests.core.classify.test_generalises import mail

N, C, S = Sensitivity.NORMAL, Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL


def written_by(writer: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = f"{writer} <post@mailbox.example>"
    message["To"], message["Subject"] = "service@versicherer.example", "Info"
    message.set_content(body)
    return message.as_bytes()


GLASS = (
    "Guten Morgen, die Terrassentür ist gestern beim Sturm gesprungen, Haus Eichenweg 7, "
    "Glasversicherung GL-330127. Glaser kommt Donnerstag.\n"
)


@pytest.mark.parametrize(
    ("writer", "body"),
    [
        # The full name alone below the text, a phone's footer under it.
        ("Rita Brenneke", GLASS + "Rita Brenneke\n\nVon meinem iPhone gesendet\n"),
        # The first name after a closing word, on the line of the last sentence.
        ("Timo Klaßen", "Moin, bin umgezogen. Kfz Vertrag KF 7720277160. Gruß Timo\n"),
        ("Aiden Murphy", "New address from 1 May. Contents policy FL-HR-36620178. Cheers, Aiden\n"),
        # The given names as initials after a closing word ("K.-H. Wendt", "K. Wendt").
        ("Karl-Heinz Wendt", GLASS + "Mit freundlichen Grüßen\nK.-H. Wendt\n"),
        ("Karl-Heinz Wendt", GLASS + "Mit freundlichen Grüßen\nK. Wendt\n"),
    ],
)
def test_a_writer_signing_with_their_own_name(writer: str, body: str) -> None:
    """The From header tells that the words are a name, and whose: the contract is the
    writer's, and that they are insured is confidential."""
    assert classify(written_by(writer, body)).sensitivity == C
    assert classify(mail(body)).sensitivity == N  # without the header, nothing says who


def test_a_clerk_signing_by_first_name_above_a_signature_block() -> None:
    """A clerk's first name above their full name, department and company: the writer is staff,
    the contract a client company's."""
    body = (
        "Charlotte,\nthe master policy MP-GLB-2026-011 will respond for months 7 to 12.\n\n"
        "Best regards,\nGareth\n\nGareth Hughes\nGlobal Programmes & Multinational Risks\n\n"
        "Versicherer Allgemeine Versicherung AG\nPhone +49 221 555-5260\n"
    )
    assert classify(written_by("Gareth Hughes", body)).sensitivity == N


def test_a_writer_signing_in_a_quoted_message_is_not_this_writer() -> None:
    body = "Bitte übernehmen.\n\n> Glasversicherung GL-330127 ist betroffen.\n> Rita Brenneke\n"
    findings = classify(written_by("Rita Brenneke", body)).findings
    assert not [f for f in findings if f.detector == "closing-name"]


def test_thanks_before_a_private_writers_name() -> None:
    """ "Thanks for …!" closes a mail as "Gruß" does: the name below signs it."""
    body = (
        "Please cancel household insurance HR 5 550 918 as of 31 August.\n\n"
        "Thanks for everything!\nMegan Whitaker\n"
    )
    assert classify(mail(body)).sensitivity == C


def test_thanks_before_the_writers_first_name() -> None:
    body = "Bitte ändern Sie die Anschrift zu Kundennummer KD 7731-0042. Danke, Thomas\n"
    assert classify(written_by("Thomas Jasper", body)).sensitivity == C


@settings(max_examples=40, deadline=None)
@given(added=st.lists(st.sampled_from(UNRELATED), min_size=1, max_size=3), blank=st.booleans())
def test_text_added_below_a_writers_signature_never_lowers(added: list[str], blank: bool) -> None:
    signed = GLASS + "Rita Brenneke\n"
    alone = classify(written_by("Rita Brenneke", signed)).sensitivity
    assert alone == C
    extra = ("\n" if blank else "") + "\n".join(added)
    assert classify(written_by("Rita Brenneke", signed + extra)).sensitivity >= alone


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Frau Engelmann,\nmit Herrn Ralf Meisenberg wurde ein Aufhebungsvertrag "
        "geschlossen.\n  Abfindung:   48.600 EUR brutto, fällig mit der Dezember-Abrechnung\n",
        "Hallo Herr Riedel,\nmit dem Junigehalt werden ausgezahlt:\n\n"
        "Frau Lange     22,5 Std.   612,90 EUR brutto\nHerr Voigt     14,0 Std.   351,26 EUR brutto\n",
        "Hallo Nadine,\nFrau Jana Schröder heißt seit der Heirat Schröder-Albers, Steuerklasse "
        "IV → III\n(Brutto 3.960 € unverändert).\n",
        "Hi Hendrik,\nfor Samuel Adeyemi-Clarke (new Data Engineer, starting 1 June):\n"
        "- monthly gross: EUR 6,000.00\n",
        # A pension in a table, called gross in brackets.
        "Sehr geehrter Herr Gerdes,\nIhre Betriebsrente steigt:\n"
        "  bisherige Betriebsrente monatlich (brutto)    1.284,50 €\n",
    ],
)
def test_pay_called_gross_beside_its_amount(body: str) -> None:
    assert classify(mail(body)).sensitivity == C


@pytest.mark.parametrize(
    "body",
    [
        # An invoice's sum, to a named clerk.
        "Sehr geehrter Herr Kramer,\nIhre Rechnung RE-26-0142 über 3.874,60 EUR brutto für die "
        "Sturmreparatur am Flachdach begleichen wir bis Freitag.\n",
        "Sehr geehrte Frau Albers,\nNetto 575,00 EUR - USt 19 % 109,25 EUR - Brutto 684,25 EUR\n",
        # A threshold in minutes, not anyone's pay.
        "Protokoll Betriebsrat: Ausnahme für Beschäftigte unter 2.000 EUR brutto. Einigung: "
        "Ausnahme bis 2.200 EUR.\n",
        # A company's gross premium.
        "Dear Mr Ashworth,\nthe gross premium: EUR 61,840 for the fleet of Brightline Ltd.\n",
    ],
)
def test_a_price_or_a_threshold_called_gross_is_no_pay(body: str) -> None:
    findings = classify(mail(body)).findings
    assert not [f for f in findings if f.detector == "income"]


@pytest.mark.parametrize(
    "body",
    [
        "Guten Morgen,\nbei uns wurde eingebrochen, Hausrat H 52-113877. Was brauchen Sie noch?\n"
        "Viele Grüße\nMelanie Fortmann\n",
        "Moin,\nneue Anschrift ab 1.3.: Berliner Str. 77. Hausrat 30-904-7702.\nGruß\nTimo Klaßen\n",
    ],
)
def test_a_contracts_number_in_hyphened_groups_after_its_line(body: str) -> None:
    assert classify(mail(body)).sensitivity == C


def test_a_date_after_a_line_is_no_contract() -> None:
    findings = classify(mail("Die Hausratversicherung 01-2026 gilt ab Januar.")).findings
    assert not [f for f in findings if f.detector == "reference"]


@pytest.mark.parametrize(
    "body",
    [
        "Liebe Kolleginnen und Kollegen,\nbitte nur noch diese Bankverbindung verwenden:\n\n"
        "Kontoinhaber: Rhönland Versicherung a.G.\nBank:         Sparkasse Fulda-Rhön\n"
        "IBAN:         DE86 5305 0180 6445 5488 47\nBIC:          HELADEF1FDS\n",
        "Sehr geehrte Frau Albers,\nIhre Bankverbindung haben wir so hinterlegt:\n"
        "Abschleppdienst Rheinland GmbH, Kreissparkasse Köln\n"
        "IBAN DE27 3705 0299 0155 0204 77, BIC COKSDE33XXX\n",
        "Dear Henrik,\nplease update our details:\n\n"
        "  Account name: Whitcombe & Hale Insurance Brokers Ltd\n  Bank:         Thames Bank\n"
        "  Sort code:    40-11-62\n  IBAN:         GB77 TMBK 4011 6271 2033 48\n",
    ],
)
def test_a_companys_account_named_in_its_payment_block(body: str) -> None:
    """The holder or the company's name a few lines above the account, in the same block."""
    assert classify(mail(body)).sensitivity == N


@pytest.mark.parametrize(
    "body",
    [
        # A person's name between the company and the account.
        "Schadenmeldung an die Rhönland Versicherung AG\nBitte erstatten Sie auf mein Konto:\n"
        "Max Bauer\nIBAN: DE44 5001 0517 5407 3249 31\n",
        # A company named before a comma, with no bank after it.
        "Vertrag bei der Rhönland AG, bitte auf mein Konto:\nIBAN: DE44 5001 0517 5407 3249 31\n",
    ],
)
def test_a_company_above_a_persons_account_is_not_its_holder(body: str) -> None:
    assert classify(mail(body)).sensitivity == C


def test_a_mandates_creditor_above_the_debtors_name_is_not_the_holder() -> None:
    body = (
        "SEPA-Lastschriftmandat - Kranichsee Versicherung AG, Gläubiger-ID DE98ZZZ09999999999\n"
        "Kontoinhaber: Oliver Brandtner\nAnschrift: Frankfurter Straße 233, 34134 Kassel\n"
        "IBAN: DE48 5142 0300 0190 1616 79\n"
    )
    assert classify(mail(body)).sensitivity == C


def test_an_automatic_replys_your_is_the_senders() -> None:
    """An automatic reply goes to the one sender it answers: repeating their subject, it tells
    their health ("your" in it is theirs, whatever headers say it was sent automatically)."""
    message = EmailMessage()
    message["From"] = "Leistung Unfall <leistung-unfall@versicherer.example>"
    message["To"], message["Subject"] = "b.seedorf@mailbox.example", "Eingangsbestätigung"
    message["Auto-Submitted"] = "auto-replied"
    message.set_content(
        "Guten Tag,\nvielen Dank für Ihre Nachricht zum Oberschenkelhalsbruch Ihres Vaters. "
        "Wir melden uns innerhalb von zwei Werktagen.\n"
    )
    assert classify(message.as_bytes()).sensitivity == S


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A payslip's columns: cents, no currency.
        ("Hi Diego,\nyour February figures:\n  Gross salary        5,650.00\n", C),
        ("Hallo Frau Lenz,\nIhr Nettogehalt 3.217,28 für März ist angewiesen.\n", C),
        # A date after a pay word is no amount.
        ("Hallo Frau Lenz,\ndas Gehalt kommt am 01.07.2026 wie immer.\n", N),
    ],
)
def test_pay_in_cents_without_a_currency(text: str, expected: Sensitivity) -> None:
    assert classify(mail(text)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A colleague in a hospice, told to the team: her health is hers.
        (
            "Liebe Kolleginnen und Kollegen,\nich muss euch eine traurige Nachricht überbringen. "
            "Unsere Kollegin\nRenke Albrecht ist am Freitag nach langer Krankheit im Hospiz "
            "gestorben.\nKirsten",
            S,
        ),
        # A children's hospice as a charity: nobody's health.
        (
            "Liebe Kolleginnen und Kollegen,\nbeim Benefizlauf kamen 2.150 EUR für das "
            "Kinderhospiz zusammen. Danke!",
            N,
        ),
    ],
)
def test_a_colleague_in_a_hospice(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Guten Morgen,\nmeine Stillpausen habe ich mit Frau Hollmann abgesprochen. Wo ist der "
            "Schlüssel zum Stillzimmer?\nNadine Grünewald",
            S,
        ),
        ("Hallo Jonas,\nFrau Gerdes ist ab 18.05. im Mutterschutz, bitte vormerken.\nMiriam", S),
        # A policy for everyone: nobody's.
        (
            "Liebe Kolleginnen und Kollegen,\nder Leitfaden zu Mutterschutz und Elternzeit steht "
            "im Intranet.",
            N,
        ),
    ],
)
def test_a_mothers_protection_at_work(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    "body",
    [
        "brutto" + " " * 400_000 + "x",
        "Gruß" + " " * 400_000 + "x",
        "Thanks" + " " * 400_000 + "!\nMax Bauer",
        "Lohn 3.000 € brutto " * 256 + "x" * 1_000_000,
    ],
)
def test_long_runs_after_pay_and_closing_words_are_read_in_linear_time(body: str) -> None:
    """A timing-free check: blanks or a long line after "brutto" or a closing word were read
    once per blank (20,000 blanks took 30 s); these complete."""
    assert classify(mail(body)).sensitivity in (N, C)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A line's word in a company's domain names no line.
        (
            "Hallo Birte,\nbitte die Umzugspauschale für Marco Lindqvist anweisen, IBAN "
            "DE44 5001 0517 5407 3249 31.\n\nVon: Marco Lindqvist <marco@kranich-pkv.example>",
            C,
        ),
        ("Hallo Birte,\nFrau Sanna Berg, geb. 03.02.1990: siehe www.hanse-pkv.example/service", C),
        # Named in the text, the same line counts.
        ("Hallo Birte,\nFrau Sanna Berg, geb. 03.02.1990, wechselt in unsere PKV.", S),
    ],
)
def test_a_line_in_a_mail_address_or_a_link_is_no_line(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("text", "term", "inside"),
    [
        ("Fragen an bu-leistung@versicherer.example bitte", "leistung", True),
        ("siehe https://www.versicherer.example/reha-antrag", "reha", True),
        ("siehe www.hanse-pkv.example/service", "pkv", True),
        # A calendar's attendee line glues a team's name to its address with no blank between.
        (
            "ATTENDEE;CN=Team BU-Leistung;ROLE=REQ-PARTICIPANT:mailto:bu@x.example",
            "BU-Leistung",
            True,
        ),
        # Between blanks, or ended by a comma or a full stop, the term is the text's own.
        ("Ihre BU-Leistung, Kontakt: leistung@versicherer.example", "BU-Leistung", False),
        ("Sie sind in der Reha. Mehr unter www.versicherer.example", "Reha", False),
        ("Reha", "Reha", False),
    ],
)
def test_a_term_is_in_an_address_only_where_glued_to_it(text: str, term: str, inside: bool) -> None:
    start = text.index(term)
    assert in_address(text, start, start + len(term)) is inside


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hallo Herr Dr. Haas,\ndas Führungszeugnis von Herrn Ronny Stahlberg enthält einen "
            "Eintrag: Geldstrafe 90 Tagessätze zu je 40 €.",
            S,
        ),
        (
            "Sehr geehrte Frau Lenz,\nfür den Antrag nach dem Gewaltschutzgesetz gegen Ihren Mann "
            "besteht Deckung.",
            S,
        ),
        ("Dear Mr de Vries,\nplease ask the union lawyer first about your dismissal.", S),
        ("Dear Ms Hart,\nwe have changed the gender marker on both your policies.", S),
        (
            "Sehr geehrte Frau Yildiz,\nSie tragen das Kopftuch aus religiösen Gründen; die Klage "
            "nach dem AGG ist gedeckt.",
            S,
        ),
        # Payroll's words: union dues deducted, a church-tax attribute; a conviction.
        (
            "Hallo Jonas,\nSabine Okafor lässt ab Juni den Mitgliedsbeitrag ver.di über die "
            "Abrechnung einziehen.",
            S,
        ),
        ("Hi Miriam,\nbei Dominik Sauer entfällt ab Februar das Merkmal Kirchensteuer rk.", S),
        ("Claire,\nthe screening of Mr Aigner shows a conviction from 2019 for fraud.", S),
        # No church tax says no faith.
        ("Dear Ms Byrne,\nyour salary is EUR 4,350, tax class 1, no church tax.", C),
        # A hit-and-run by someone unknown: the customer is its victim, no offence of theirs.
        (
            "Sehr geehrter Herr Brandt,\nzur Unfallflucht an Ihrem geparkten Wagen K-AB 123: "
            "Teilkasko greift.",
            C,
        ),
    ],
)
def test_special_categories_in_plain_words(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


def test_a_short_closing_word_inside_a_word_hides_no_compound() -> None:
    """ "lg" inside "Zielgehalt" was the automaton's leftmost match and hid "-gehalt"."""
    body = "Hallo Herr Wiechmann,\nEinstellung Tobias Frerichs, Jahreszielgehalt 71.500 €.\n"
    assert classify(mail(body)).sensitivity == C
    signed = "Elektronikversicherung ELK 4470 9912.\nDanke lg Melanie Sturzenegger\n"
    assert classify(mail(signed)).sensitivity == C


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A table's records: a pay column's value after its colon.
        ("Name: Tobias Brinkmann; Jahresgehalt 2025: 72400; Vorschlag 2026: 75300", C),
        ("Name: Kai-Uwe Helms; Current base EUR: 82200; Proposed %: 3.5", C),
        ("Name: Ömer Tekin; Zielerreichung %: 112; Sonderzahlung EUR: 2240", C),
        # A year after a pay word's colon is no amount.
        ("Gehalt: 2026 wird neu verhandelt, Protokoll folgt.", N),
    ],
)
def test_pay_in_a_tables_records(text: str, expected: Sensitivity) -> None:
    assert classify(mail(text)).sensitivity == expected
