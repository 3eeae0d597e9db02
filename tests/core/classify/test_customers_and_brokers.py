"""Rules added for customers' own words below a clerk's note, brokers' mail and professionals'
(issue 14, tuned on the dev13, dev14 and dev15 corpora): who signs a quoted message, lines and
lab values as brokers and doctors write them, anonymous enquiries and questions of principle.

Each case is written from the kind of mail, not copied from a corpus; where a rule lowers, a
case beside it shows that a person's data still counts.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.classify import classify, content_findings
from siegel.core.classify.config import default_config
from siegel.core.classify.persons import GROUP_GREETING, own_kind
from siegel.core.classify.references import is_dummy, is_someone_elses
from siegel.core.sensitivity import Sensitivity
from tests.core.classify.test_concerned import UNRELATED
from tests.core.classify.test_generalises import mail

N, C, S = Sensitivity.NORMAL, Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Bitte anlegen.\n\n> Hi, Steinschlag! Kann ich zu carglass? Sina Petersen\n",
            ["Sina Petersen"],
        ),
        ("zur Akte\n> Guten Morgen, Sturm.\n> Gruß Rainer Kötter\n>\n", ["Rainer Kötter"]),
        (
            "ok\n> Hilft mir ein Anwalt? Melanie Kostka, Dortmund\n>\n> Von meinem iPhone gesendet\n",
            ["Melanie Kostka"],
        ),
        ("ok\n> Danke für alles.\n> Mit freundlichen Grüßen\n", []),
        ("ok\n> Wir melden uns.\n> Leistung Unfallversicherung\n", []),
        ("ok\n> Beispiel:\n> Max Mustermann\n", []),
        ("Sina Petersen\n", []),  # not quoted: a clerk's own signature
        # A forwarded message below the clerk's note signs like a quoted one.
        (
            "Bitte anlegen.\nL. Kowalski\n\n-------- Weitergeleitete Nachricht --------\n"
            "Betreff: handy kaputt\n\nhallo, display kaputt\nLG Chantal Röder\n",
            ["Chantal Röder"],
        ),
        (
            "FYI\n\nFrom: Ilse Hendriks <crewing@example.org>\nSent: Sunday, 22 March 2026\n\n"
            "Dear Daniel,\nplease see below.\nRegards, Ilse Hendriks\n",
            ["Ilse Hendriks"],
        ),
        ("Bitte anlegen.\nGruß Chantal Röder\n", []),  # nothing forwarded: the clerk's own
    ],
)
def test_the_name_that_signs_a_quoted_message(text: str, names: list[str]) -> None:
    findings, _ = content_findings(text, "body", default_config())
    assert [text[f.start : f.end] for f in findings if f.detector == "signed-name"] == names


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The customer's own mail below the clerk's note: the case is the signer's.
        ("Glasbruch, bitte anlegen.\n\n> Teilkasko KF-7719-2041, Ford Fiesta. Sina Petersen\n", C),
        ("Glasbruch, bitte anlegen.\n\n> Teilkasko KF-7719-2041, Ford Fiesta.\n", N),
        (
            "Bitte anlegen.\n\n---------- Forwarded message ---------\nVon: c@example.org\n\n"
            "handy kaputt, nummer EL-0092 3371\nLG Chantal Röder\n",
            C,
        ),
        # The writer's own insurance by its line's name.
        ("Hilft mir ein Anwalt? Mein Rechtsschutz ist RS-7720-3315.", C),
        # The writer insured here, said without "mein".
        ("> brauch ich einen anwalt? ich hab rechtsschutz bei ihnen RS-4410-7725. danke\n", C),
        ("Guten Tag, ich bin seit 2011 bei Ihnen hausratversichert und ziehe um.", C),
        # The addressee's contract in mail that names its line is that line's contract.
        (
            "Sehr geehrte Frau Sommer,\nIhr neuer Vertrag aus dem Versorgungsausgleich ist eine "
            "private Rentenversicherung.",
            S,
        ),
        ("Sehr geehrte Frau Sommer,\nIhr Vertrag mit dem Caterer beginnt im Mai.", N),
        ("> ich habe bei ihnen die Fondsrente Nr R 3 919 044 2 und will 8000 euro rausnehmen", S),
        ("Hi, I have had my car insured with you since 2019, policy MX-5512-0911.", C),
        ("Hallo, ich überlege, eine Hausrat bei Ihnen abzuschließen. Ist mein E-Bike drin?", N),
        ("Ich habe gestern bei Ihnen angerufen, aber niemanden erreicht.", N),
    ],
)
def test_customers_below_a_clerks_note(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


QUOTED = "Glasbruch, bitte anlegen.\n\n> Teilkasko KF-7719-2041, Ford Fiesta.\n> Sina Petersen\n"
FORWARDED = (
    "Glasbruch, bitte anlegen.\n\n-----Original Message-----\nFrom: s@example.org\n"
    "Sent: Monday\n\nTeilkasko KF-7719-2041, Ford Fiesta.\nGruß Sina Petersen\n"
)


@settings(max_examples=40, deadline=None)
@given(
    added=st.lists(st.sampled_from(UNRELATED), min_size=1, max_size=3),
    quoted=st.booleans(),
    text=st.sampled_from([QUOTED, FORWARDED]),
)
def test_text_added_below_a_quoted_signature_never_lowers(
    added: list[str], quoted: bool, text: str
) -> None:
    alone = classify(mail(text)).sensitivity
    extra = "".join(f"{'> ' if quoted else ''}{line}\n" for line in added)
    assert alone == C
    assert classify(mail(text + extra)).sensitivity >= alone


@pytest.mark.parametrize(
    ("line", "group"),
    [
        ("Hallo zusammen,", True),
        ("Liebe Kolleginnen und Kollegen der Reisekostenstelle,", True),
        ("Dear all", True),
        ("Hallo liebe Leute,", True),
        ("Hallo ihr Lieben,", True),
        ("Hi people!", True),
        ("Hallo Leutert,", False),
        (
            "> hallo hab die weisheitszähne raus bekommen alle 4 unter vollnarkose beim "
            "kieferchirurg dr. kaminski in bochum, rechnung ist 1.146,80 euro",
            False,
        ),
    ],
)
def test_a_group_greeting_ends_its_line(line: str, group: bool) -> None:
    assert (GROUP_GREETING.search(line.lower()) is not None) is group


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("unsere Tochter braucht eine feste Zahnspange (Kreuzbiss), Vertrag KV 7.811.240-1", S),
        ("hab die weisheitszähne raus, meine nummer ist KZ 4.330.871-2", S),
        ("Dear Mr Delaney,\nMr Pryce's repeat results: GGT 58 U/l, ALT 34 U/l.", S),
        ("Blutzucker nüchtern 64 mg/dl, nachts Unterzucker. Gruß R. Holtkamp", S),
        # Lines as brokers write them in English, for a named natural person.
        ("Dear Priya,\nour quote for the household contents of Mr Kwame Mensah-Bonsu, Berlin.", C),
        ("Dear Lucy,\ncyber cover for Mr Florian Eckstein, IT consultant (sole trader).", C),
        ("Dear Tom,\nthe deferred annuity of Ms Ingrid Holm: transfer value EUR 84,210.", S),
        # A death is no life contract: the estate's household policy stays confidential.
        (
            "Sehr geehrter Herr Klein,\nzum Todesfall von Frau Erna Kuhn: die Hausratversicherung "
            "HR 4471 2093 endet zum Monatsende.",
            C,
        ),
    ],
)
def test_health_and_lines_in_customers_brokers_and_doctors_words(
    body: str, expected: Sensitivity
) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hallo Herr Graf,\nzu Ihrer anonymen Voranfrage: Elektriker, 42, Meniskus-Operation "
            "2023 – BU ohne Ausschluss möglich.",
            N,
        ),
        (
            "Dear Mr Dyer,\nre your anonymous enquiry: pilot, 52, type 2 diabetes – term life at +50 %.",
            N,
        ),
        (
            "Hallo Herr Graf,\nzur Voranfrage für Ihren Kunden Herrn Jan Paulsen, Meniskus-Operation "
            "2023: BU ohne Ausschluss möglich.",
            S,
        ),
        (
            "Liebe Partner,\nzur Grundsatzfrage Long COVID in der BU: wir prüfen jeden Fall einzeln.",
            N,
        ),
    ],
)
def test_anonymous_enquiries_and_questions_of_principle(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


def test_a_body_mass_index_is_no_contract() -> None:
    assert is_someone_elses("Zuschlag ab BMI 32 – 35", 11, "BMI 32")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A personal line the person does not have, or has elsewhere, is not their contract.
        (
            "Frau Oksana Melnyk, geb. 1990-05-14, ist bei uns hausratversichert. "
            "Eine Krankenversicherung besteht bei uns nicht.",
            C,
        ),
        ("Frau Oksana Melnyk hat keine Krankenversicherung bei uns, nur Hausrat HR 40-2281931.", C),
        (
            "Frau Ruth Achterberg hatte Hausrat HR 40-0228815. Für die Lebensversicherung "
            "richten Sie eine Anfrage bitte an die jeweilige Gesellschaft.",
            C,
        ),
        # Any other sentence about the line keeps it the person's.
        (
            "Frau Oksana Melnyk, Krankenversicherung KV 40-2281931: der Beitrag wurde nicht erhöht.",
            S,
        ),
        ("Sehr geehrte Frau Melnyk,\nIhre Krankenversicherung besteht seit 2019.", S),
        # Health words in the same sentence count whatever the line's fate.
        ("Herr Jan Paulsen ist ohne Berufsunfähigkeitsversicherung: Depression ausgeschlossen.", S),
    ],
)
def test_a_line_denied_or_sent_elsewhere(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The state's schemes are no insurer's line of the person.
        (
            "Frau Lea Brandt, Hausrat HR 40-2281931, ist gesetzlich in der gesetzlichen "
            "Krankenversicherung versichert.",
            C,
        ),
        (
            "Herr Tim Ott, Hausrat HR 40-2281931: Bescheid der Deutschen Rentenversicherung liegt vor.",
            C,
        ),
        # An insurer's pension and health cover by their plain words.
        ("Beitragsfreistellung Rentenversicherung 60-3318820 – Frau Hilde Ahrens", S),
        (
            "Frau Thi Lan Pham, geb. 09.02.2003, ist bei uns krankenversichert (Vertrag KV 5590 2218).",
            S,
        ),
        # A relative's contract by the genitive after the line.
        (
            "Liebe Kolleginnen,\nzur Info:\n> Das Geld aus der Sterbegeldversicherung meines Mannes "
            "ist angekommen.",
            S,
        ),
    ],
)
def test_statutory_schemes_plain_line_words_and_relatives_contracts(
    body: str, expected: Sensitivity
) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An answer to a prospect's question about a product: its health words are nobody's.
        (
            "Guten Tag Herr Lehnert,\nvielen Dank für Ihr Interesse an unserer "
            "Zahnzusatzversicherung. Tarife: Implantate 90 %, Inlays 80 %. Ihren Beitrag sehen "
            "Sie im Rechner.",
            N,
        ),
        (
            "Dear Mr Hoekstra,\nthank you for your interest in GlobalCare. Newborns are covered "
            "from birth; your expat insurance can start any month.",
            N,
        ),
        # The asker's own health, and a contract already held, still count.
        (
            "Guten Tag Herr Lehnert,\nvielen Dank für Ihr Interesse an unserer "
            "Zahnzusatzversicherung. Ihre laufende Parodontitis-Behandlung ist nicht versichert.",
            S,
        ),
        (
            "Dear Mr Hoekstra,\nthank you for your interest in GlobalCare. As to your diabetes, "
            "we need a medical report.",
            S,
        ),
        (
            "Guten Tag Herr Lehnert,\nvielen Dank für Ihr Interesse. Ihr Vertrag KV 4471 2093 ist "
            "umgestellt.",
            S,  # "KV" numbers a health contract
        ),
        # A payment's due date is no pregnancy's.
        ("Dear Mr Ward,\nthe direct debit for policy PL-2231-77 moves to the new due date.", C),
        # The prospect's own question quoted below the answer says the same.
        (
            "Hallo Frau Hoppe,\nja, unsere Hundehaftpflicht gilt auch in Italien.\n\n> gilt Ihre "
            "Hundehaftpflicht auch im Urlaub? Wir überlegen, bei Ihnen abzuschließen.",
            N,
        ),
        (
            "Hallo Frau Hochstetter,\ndas sollten Ihre Eltern in ihrem Vertrag prüfen.\n\n> "
            "Brauche ich eine eigene Hausratversicherung?",
            N,
        ),
        (
            "Hallo Frau Hochstetter,\nja.\n\n> Brauche ich eine Überweisung für meine "
            "Psychotherapie, wenn ich bei Ihnen abschließen will?",
            S,
        ),
        # A prospect's own health, said in the first person, counts as "meine Diagnose" does.
        ("Hallo, ich habe Diabetes Typ 2. Kann ich trotzdem eine BU bei Ihnen abschließen?", S),
        ("Thank you for your interest in GlobalCare.\n\n> I was diagnosed with asthma in 2019.", S),
        # A customer's question about a treatment is no prospect's.
        ("Hallo, war beim Orthopäden. Brauche ich eine Überweisung zur Physiotherapie?", S),
        # "Ihre Zahnzusatz" in a prospect's question is the insurer's product; a condition said
        # to a prospect is theirs.
        (
            "Guten Tag Frau Vosskötter,\nvielen Dank für Ihr Interesse an unserer "
            "Zahnzusatzversicherung. Implantate sind mitversichert.\n\n> Hallo, ich bin noch "
            "nicht bei Ihnen versichert. Zahlt Ihre Zahnzusatz auch Implantate?",
            N,
        ),
        (
            "Guten Tag Frau Vosskötter,\nvielen Dank für Ihr Interesse an unserer "
            "Berufsunfähigkeitsversicherung. Ihre Diabetes-Erkrankung geben Sie bitte im Antrag an.",
            S,
        ),
        (
            "Dear Mr Lowe,\nthank you for your interest. Given your asthma, the waiting period "
            "applies.",
            S,
        ),
    ],
)
def test_answers_to_prospects(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A company's tax number and a reinsurance treaty's number are nobody's.
        (
            "Versicherungsteuer-Anmeldung – Versicherer Allgemeine Versicherung AG, St.-Nr. 214/5712/0883",
            N,
        ),
        ("Quarterly account (treaty no. NR-QS-L-2026-07): premium EUR 1.2m", N),
        # A supplier's framework agreement is the two companies', whatever it shreds or delivers.
        (
            "Sehr geehrter Herr Lindner,\nbitte holen Sie gemäß Rahmenvertrag RV-EK-2024-011 die "
            "Behälter mit Arztberichten zur Vernichtung ab.",
            N,
        ),
        ("Dear Ms Hale,\nframe agreement no. RV-FM-2025-007 applies to the first-aid kits.", N),
        # Letters glued before the number found leave the label before them in view; an
        # invoice's or an incident's letters stay someone else's.
        ("Dear Ms Hale,\nyour order no. RV-FM-2025-007 is delivered.", N),
        # An offer numbered by its line's letters is the insurer's own, as a contract is.
        ("Dear Ms Hale,\nyour offer no. GUV-ANG-26-0311 is attached.", C),
        ("Dear Ms Hale,\nthe upload failed, see INC-AT-2026-0417.", N),
        ("Dear Ms Hale,\nyour policy no. RV-FM-2025-007 is renewed.", C),
        # A sole trader's tax number is theirs.
        ("Sehr geehrter Herr Kurz,\nIhre Steuernummer 214/5712/0883 haben wir vermerkt.", C),
        # A firm's register number in a British footer is the firm's; a customer's reference
        # stays theirs.
        (
            "Dear Ms Hale,\nthe kits arrive on Monday.\n\nNordhafen Assurance Ltd is authorised"
            " by the Financial Conduct Authority. Firm Reference Number 914146.",
            N,
        ),
        ("Dear Ms Hale,\nplease quote your reference number 914146.", C),
        # A data-protection incident's number is the insurer's own.
        ("Hallo Frau Brehmer,\nzum Vorfall DS-2026-014 ist die Meldung raus.", N),
        # A broker's register number is the broker's, not a customer's contract.
        (
            "Guten Tag Herr Ehlers,\nIhre Provisionsabrechnung für Vermittlernummer VP-4011702 "
            "steht im Portal bereit.",
            N,
        ),
    ],
)
def test_company_tax_numbers_and_treaties(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


def test_two_people_under_one_label_and_a_banks_borrower() -> None:
    both = (
        "Dear Sir or Madam,\nwe confirm for your loan 7700-218845:\n\nPolicyholders:      "
        "Stefanie Gehrmann and Jan Gehrmann\nPolicy:             WG 90-1131208, buildings insurance"
    )
    assert classify(mail(both)).sensitivity == C
    borrower = "Darlehensnehmer: Stefanie Gehrmann\nSicherungsschein für Wohngebäude WG 90-1131208"
    assert classify(mail(borrower)).sensitivity == C


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # An application's number is the applicant's, as a contract's is the insured's.
        ("Guten Tag Frau Wilkens,\nzu Ihrem Antrag KF-A 2026/00588 fehlt noch eine Angabe.", C),
        (
            "Guten Tag Frau Wilkens,\nzu Ihrem Antrag LV-A 2026/00588: Sie haben Asthma "
            "angegeben. Bitte füllen Sie den beigefügten leeren Fragebogen aus.",
            S,
        ),
        # A line's product of a year is no application's number.
        ("Hallo Frau Berger,\nim Antrag BU 2025 fehlt noch die neue Einwilligung.", N),
    ],
)
def test_an_application_by_its_number(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


def test_a_lines_product_of_a_year_is_no_number() -> None:
    assert is_dummy("BU 2025")
    # A number cut after its year by the pattern ("SA-2026-INT-0044") still counts.
    assert not is_dummy("SA-2026")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A birth date written day-month-year with hyphens, as a crew list has it.
        ("Name: Henk Oosterhuis; Date of birth: 11-01-1970", C),
        # Health as a value in general is nobody's; a form's health questions are the addressee's.
        ("Stay safe: your health or your savings should never depend on a phishing mail.", N),
        ("Sehr geehrter Herr Kern,\nIhre Gesundheitsfragen im Antrag sind unvollständig.", S),
        # A pharmaceutical company's product liability is a liability, not anyone's health.
        (
            "Sehr geehrte Damen und Herren,\nanbei die Verlängerung Ihrer "
            "Arzneimittel-Haftpflichtversicherung.",
            C,
        ),
        # A named suspect: data on a criminal offence; a burglary's victim is no suspect.
        ("Die Staatsanwaltschaft führt Herrn Tom Berg als Beschuldigten wegen Betrugs.", S),
        ("Im Ermittlungsverfahren zum Einbruch bei Frau Eva Roth, Hausrat HR 4471 2093.", C),
    ],
)
def test_dates_general_health_liabilities_and_suspects(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Sehr geehrter Herr Rohlfing,\nzu Ihrem Aufenthalt in der Psychosomatischen Fachklinik.",
            S,
        ),
        ("Dear Pablo,\nyou developed high-altitude pulmonary oedema; file TRV-ES-2026-07712.", S),
        ("Dear Pablo,\nyou were treated in hospital for 3 nights; file TRV-ES-2026-07712.", S),
        ("Investigation against Mr Adrian Kolb (suspected insurance fraud).", S),
        # A product's withdrawal from the market is no one's symptom.
        (
            "Dear Ms Ruiz,\nthe recall and withdrawal of batch 4471 is covered, claim PR-2026-118.",
            C,
        ),
        # A payroll's column of gross pay is each employee's income.
        ("Name: Gary Finch; Role: Joiner; Gross pay 2025/26 GBP: 38,450", C),
    ],
)
def test_words_from_professionals_and_companies(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("thing", "kind"),
    [
        ("zahntarifen liegen", "insurance"),
        ("arzneimittel-haftpflichtversicherung", "insurance"),
        ("zahnbehandlung", "health"),
        ("diabetes, we", "health"),
        ("health or", ""),
    ],
)
def test_what_an_own_thing_is(thing: str, kind: str) -> None:
    assert own_kind(thing) == kind


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A translation order and a travel checklist name nobody's health ...
        (
            "Auftrag an das Übersetzungsbüro: Merkblatt Gesundheitsfragen und AVB Krankenversicherung.",
            N,
        ),
        (
            "Your travel first-aid kit: pain relief, plasters; bring regular medication and a doctor's letter.",
            N,
        ),
        # ... but a named patient's report to translate is still theirs.
        ("Auftrag an das Übersetzungsbüro: Entlassungsbericht von Herrn Jan Paulsen.", S),
    ],
)
def test_translations_and_checklists(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A personal line as the second part of a hyphenated compound.
        (
            "Sehr geehrte Frau Nießen,\ndie Leistung aus der Gruppen-Risikolebensversicherung "
            "für Herrn Frank Heuser ist ausgezahlt.",
            S,
        ),
        ("Kfz-Haftpflicht für Herrn Jan Meyer, Vertrag KF-5521-30114", C),
        # A personal line by its short name in a broker's portfolio list.
        (
            "Bestand:\nSparte\tVertrag\tKunde\nKfz\tKF-5521-30114\tAndresen, Kay\n"
            "BU\tBU-7200-230771\tNissen, Heike\n",
            S,
        ),
        ("Bestand:\nSparte\tVertrag\tKunde\nKfz\tKF-5521-30114\tAndresen, Kay\n", C),
        # A personal line by its contract number's prefix; a photovoltaic system's is no health.
        ("Sehr geehrter Herr Milošević,\nIhr Beitragsrückstand im Vertrag KV 7.455.020-8", S),
        ("Liebe Frau Tran, das Geld ist da, vielen Dank! Ihre M. Seifert (KV-7740118)", S),
        ("Sehr geehrte Frau Roth,\nder Hagelschaden an Ihrer Anlage PV-2210-4471 ist gedeckt.", C),
    ],
)
def test_lines_in_compounds_and_list_fields(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The parties of a lawsuit as a court cites them: the case is a named person's.
        ("In dem Rechtsstreit Daniel Brockmann ./. Sabine Yüksel, Schaden-Nr. KH-25-093117", C),
        # Courts cite the parties by surname too ("Arslan ./. Engel u. a."); companies name no one.
        ("Termin im Rechtsstreit Brockmann ./. Yüksel, Schaden-Nr. KH-25-093117", C),
        ("Versicherer AG ./. Baustoffe Meyer GmbH, Schaden-Nr. KH-25-093117", N),
    ],
)
def test_the_parties_of_a_lawsuit(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The line above the account names a company as its holder, or is its name alone.
        (
            "Neues Konto:\nKontoinhaber: Maklerbüro Kranz & Söhne GmbH\nIBAN: DE06 2504 0066 0612 3450 01",
            N,
        ),
        (
            "Please pay to\n  Polyglot Medical Translations Ltd\n  IBAN IE29 AIBK 9311 5212 3456 78",
            N,
        ),
        # A person's account below a line that only mentions a company is still theirs.
        (
            "Arbeitgeber seit 2019 ist die Müller Logistik GmbH in Hamm.\nIBAN: DE06 2504 0066 0612 3450 01",
            C,
        ),
        ("Kontoinhaber: Jana Wiese\nIBAN: DE06 2504 0066 0612 3450 01", C),
        # Only the line right above is read, however long it is.
        (
            "Wir sind die Kranz GmbH, Ihr Zahlungsempfänger.\n\n"
            + "Die Erstattung geht bitte auf das Konto von Frau Sabine Yüksel. " * 4
            + "\nIBAN DE82370400440532013999\n",
            C,
        ),
    ],
)
def test_a_companys_account_by_the_holders_line(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A company's group contract in a personal line, by its number: its insured are persons.
        (
            "Dear Sir or Madam,\nplease find the premium invoice below.\n"
            "Group contract: 31-BKV-0788 (company health insurance, 143 employees)",
            S,
        ),
        # The line without a contract, and a product's mail about nobody, stay normal.
        ("Dear Sir or Madam,\nwe would be glad to offer you a group health plan.", N),
        ("Newsletter: our group health plans 2027, e.g. contract 31-BKV-0788.", N),
    ],
)
def test_a_group_contract_in_a_personal_line(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Injuries in the plural and as compounds, and the assessment of fitness to drive.
        ("Sehr geehrte Frau Baltes,\nHerr Kolvenbach hat drei Rippenbrüche erlitten.", S),
        ("Sehr geehrte Frau Baltes,\nder Hufschmied erlitt eine Lungenprellung.", S),
        ("Sehr geehrter Herr Többen,\nSie haben die angeordnete MPU nicht vorgelegt.", S),
        # A cost estimate numbered "KV-…" is no health contract.
        ("Sehr geehrter Herr Ott,\nIhr Kostenvoranschlag Nr. KV-2026-0381 ist freigegeben.", C),
        # A criminal complaint against a named person, and the offence a suspect is charged with.
        ("Hiermit erstatten wir Strafanzeige gegen Herrn Niklas Brauckmann, geb. 30.10.1990.", S),
        (
            "Ermittlungsverfahren wegen unerlaubten Entfernens vom Unfallort: Halter ist Herr "
            "Dominik Reiß, geb. 22.02.1996.",
            S,
        ),
    ],
)
def test_injuries_fitness_to_drive_and_offences(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A practice to its owner is a business; cleaning after a fire is no dental hygiene.
        ("Sehr geehrte Frau Dr. Albers,\nder Glasbruch an Ihrer Zahnarztpraxis ist gedeckt.", N),
        ("Dear Mr Okafor,\nafter the kitchen fire we pay the professional cleaning.", N),
        # A patient's dental cleaning still is health data.
        ("Dear Mr Okafor,\nwe reimburse your professional teeth cleaning.", S),
    ],
)
def test_practices_and_cleaning(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Guidelines cited as the reason for one decision do not make the mail about them.
        (
            "Dear Mr Brandt-Mason,\nwe offer cover with a loading: your blood pressure of 152/96 "
            "under ramipril 5 mg raises the risk according to our underwriting guidelines.",
            S,
        ),
        # A mail about the guidelines themselves is about nobody.
        ("Dear all,\nattached the new underwriting guidelines: ramipril 5 mg and diabetes.", N),
    ],
)
def test_cited_guidelines_are_a_reason_not_the_topic(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A German IBAN typed in lower case on a phone is an account as much as in capitals.
        ("hallo bitte ab sofort von diesem konto abbuchen: de02370400440532013111\ndanke", C),
        ("neue bankverbindung de02 3704 0044 0532 0131 11, kontoinhaber ich", C),
        # Wrong check digits, a longer number and the standard's example are no account.
        ("hallo bitte ab sofort von diesem konto abbuchen: de03370400440532013111\ndanke", N),
        ("Artikel ide02370400440532013111 ist bestellt.", N),
        ("So sieht eine IBAN aus: de89 3704 0044 0532 0130 00", N),
    ],
)
def test_a_lower_case_german_iban(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The writer insured here, in a sentence a mail program wrapped over two lines.
        (
            "Heiner Stratmann, ich hab bei Ihnen schon den Passat\nversichert. Was kostet ein Zweitwagen?",
            C,
        ),
        # A blank line ends the sentence: the next paragraph's word is not the writer's.
        ("Guten Tag, ich bin bei Ihnen\n\nversichert sind nur Kunden mit Vertrag.", N),
        # The writer's own policy, as people say it.
        ("mein Rad wurde geklaut. Versicherung FR-2207 119 läuft auf mich.\nPaul", C),
        (
            "a stone hit my windscreen, policy 40-TK-311 770 9, I'm the policyholder (Nathan Brooks).",
            C,
        ),
        ("The car insurance is in my name, my wife drives the car.", C),
        # Without a policy named, "läuft auf mich" is something else's.
        ("Der Termin am Dienstag läuft auf mich, ich komme um 10 Uhr.", N),
        ("Das Angebot möchte ich abschließen, die Versicherung soll dann auf mich laufen.", N),
    ],
)
def test_the_writers_own_policy(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Injuries, a diagnosis and treatment as people write them (participles, everyday words).
        (
            "Liebe Frau Kerkhoff,\nIhre Tochter hat sich den Unterarm gebrochen; wir prüfen die Haftpflicht.",
            S,
        ),
        (
            "ich hatte einen epileptischen Anfall, jetzt ist es diagnostiziert.\nLarissa Hoven, KH 2100457",
            S,
        ),
        (
            "Dear Mr Grant,\nthe cyclist got a tetanus booster and antibiotics at the emergency department.",
            S,
        ),
        ("Sehr geehrter Herr Brandt,\nnach dem Unfall musste das Endglied amputiert werden.", S),
        # A broken thing is no broken bone.
        ("Sehr geehrter Herr Sommer,\ndie Scheibe ist gebrochen, das Glas ersetzen wir.", N),
    ],
)
def test_injuries_in_everyday_words(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A building's words leave the writer's own insurance theirs.
        (
            "ich habe einen Wasserschaden in meiner Wohnung. Meine Hausratversicherung Nr. 08 112 447 zahlt hoffentlich.",
            C,
        ),
        (
            "Ich ziehe um, neue Wohnung im Erdgeschoss. Meine Hausratversicherung (Nr. 08 112 447) soll mit.",
            C,
        ),
        # The addressee's, or a tenant's, in mail about a building: the building's owner's business.
        (
            "Hallo Sven,\nWasserschaden in der Hausarztpraxis im EG: meldet die Praxis das über ihre eigene Inhaltsversicherung?",
            N,
        ),
        # And the building's health words are nobody's, as before.
        (
            "Hallo Sven,\nWasserschaden in den Praxisräumen: Arztbriefe und Befunde im Archiv sind nass geworden.",
            N,
        ),
    ],
)
def test_a_building_leaves_the_writers_own_things_theirs(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The writer's own birth date, told later in the line.
        (
            "mir ist aufgefallen, dass mein Geburtsdatum falsch hinterlegt ist. Richtig ist der 14.07.1968.",
            C,
        ),
        ("my date of birth is wrong in the portal, it should be 14 July 1968.", C),
        # A deadline for it is no birth date.
        ("Bitte tragen Sie mein Geburtsdatum bis zum 15.03.2026 im Portal nach.", N),
        # Someone's, as a clerk asks for a record to be put right.
        (
            "Hi,\nbei Herrn Serkan Yildiz ist das Geburtsdatum falsch erfasst, im Bestand steht "
            "07.03.1988, richtig ist 03.07.1988.",
            C,
        ),
        ("Please note: the date of birth on file for Mr Hale reads 9 March 1971.", C),
        ("Bitte das Geburtsdatum bis zum 15.03.2026 im Portal nachtragen.", N),
    ],
)
def test_a_birth_date_told_later_in_the_line(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Any statistics by its compound, and counts said as such, are about nobody.
        (
            "Hallo Claus,\nanbei die Beschwerdestatistik Kranken: Zahnersatz 58, Hilfsmittel 64, GOÄ-Kürzung 97.",
            N,
        ),
        (
            "Hallo Renate,\ndie Auswertung der Hotline (nur Zählwerte): Thema Antrag Pflegegrad 512, Hilfsmittel 198.",
            N,
        ),
        # A named person's health stays theirs beside it.
        (
            "Für Frau Aylin Kaya ist Pflegegrad 3 bewilligt; die Unfallstatistik liegt bei.",
            S,
        ),
    ],
)
def test_statistics_by_their_compound(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A customer writes number, name and address in one line: the number's person.
        (
            "uns ist ein Glas auf das Ceranfeld gefallen. Glasversicherung GL 4410 0217, "
            "Frieda Lindholm, Am Kamp 3, Lüneburg. Dürfen wir selbst kaufen?",
            C,
        ),
        # A number, then another line's word and its number: no name between commas.
        ("Verträge: Betriebshaftpflicht BH 902 118 330, Inhaltsversicherung FI 881 004 512", N),
    ],
)
def test_a_name_between_commas_after_a_case_number(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A garnishment of a named employee's pay: their debts.
        (
            "Hallo Lohnbüro,\nheute ist ein Pfändungs- und Überweisungsbeschluss für Herrn "
            "Jannik Oltmanns eingegangen. Bitte den pfändbaren Betrag einbehalten.",
            C,
        ),
        ("Dear Sam,\nplease note the attachment of earnings order for Mr Niall Brody.", C),
        # The same words as a procedure, about nobody.
        ("Liebe Kolleginnen und Kollegen,\ndie Arbeitsanweisung zu Lohnpfändungen ist neu.", N),
    ],
)
def test_a_persons_debts_are_payment_trouble(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


def test_a_salary_with_the_date_it_starts_before_the_amount() -> None:
    body = (
        "Sehr geehrte Frau Thorsen,\nwir erhöhen Ihr monatliches Bruttogehalt mit Wirkung zum "
        "01.04.2026 von 3.740,00 EUR auf 4.115,00 EUR."
    )
    result = classify(mail(body))
    assert result.sensitivity == C and "income" in {f.detector for f in result.findings}


def _bulk(body: str, **fields: str) -> bytes:
    message = mail(body)
    head = "".join(f"{name.replace('_', '-')}: {value}\n" for name, value in fields.items())
    return head.encode() + message


@pytest.mark.parametrize(
    "fields",
    [
        {"Precedence": "bulk"},
        {"List_Unsubscribe": "<mailto:abmelden@v.example>"},
        {"List_Id": "Familienbrief <familienbrief.v.example>"},
    ],
)
def test_mail_sent_in_bulk_is_to_many(fields: dict[str, str]) -> None:
    """A newsletter's health tips concern nobody; the same headers on a mail that names its
    addressee's diagnosis, or greets each one by name (a mail merge), leave it strictly
    confidential."""
    tips = "Impfkalender für Kinder: Masern, Mumps, Röteln; Auffrischung Tetanus mit 6 Jahren."
    assert classify(mail(tips)).sensitivity == S
    assert classify(_bulk(tips, **fields)).sensitivity == N
    named = "Sehr geehrte Frau Brandt,\nIhre Diagnose Diabetes Typ 2 ist bestätigt."
    assert classify(_bulk(named, **fields)).sensitivity == S
    merged = "Liebe Frau Brandt,\nwir laden Sie herzlich zu unserem Kochkurs für Diabetiker ein."
    assert classify(_bulk(merged, **fields)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A prospect's question before signing, about a product: nobody's health.
        (
            "Guten Abend,\nich überlege, eine Zahnzusatzversicherung abzuschließen. Übernehmen "
            "Ihre Tarife Implantate und professionelle Zahnreinigung?\nGruß R. Ohlsen",
            N,
        ),
        (
            "Hi,\nquick question before I sign up: is a simple broken bone already paid out "
            "under your accident insurance?\nThanks, Marcus",
            N,
        ),
        # A prospect who tells their own condition: theirs.
        (
            "Guten Abend,\nich überlege, eine Berufsunfähigkeitsversicherung abzuschließen. "
            "Ich habe allerdings Asthma seit der Kindheit.\nGruß R. Ohlsen",
            S,
        ),
    ],
)
def test_a_prospects_question_before_signing(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A letter's template: its merge fields stand where a person's data will.
        (
            "Hallo,\nim Baustein KTG-07 bitte ersetzen: Ursache ist die Erkrankung «Diagnose» "
            "(arbeitsunfähig seit «AU_seit»), Leistungsende «Datum».\nDanke, Elena",
            N,
        ),
        ("Dear {{title}} {{surname}}, your diagnosis {{diagnosis}} is covered.", N),
        # Quotations in guillemets, as Swiss writers set them, are no fields.
        (
            "Grüezi\nDie Ärztin schreibt: «Diagnose Bandscheibenvorfall, arbeitsunfähig bis "
            "Ende Monat». Mein Vertrag: KV 448 210 77.\nFreundliche Grüsse Urs Wyss",
            S,
        ),
    ],
)
def test_a_templates_merge_fields_are_nobodys(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


def test_a_disability_claim_by_its_short_name() -> None:
    """ "BU-Leistungsantrag": a claim under an occupational disability cover, a personal line."""
    body = (
        "der BU-Leistungsantrag meines Mandanten Volker Trampe (Vertrag 44-2207719) liegt "
        "Ihnen seit Dezember vor. Bitte teilen Sie mir mit, was noch fehlt."
    )
    assert classify(mail(body)).sensitivity == S
    assert classify(mail(body.replace("BU-Leistungsantrag", "Leistungsantrag"))).sensitivity == C


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The writer names themselves: the policy is that person's.
        (
            "Good morning,\nI'm Tomasz Wierzbicki, owner-driver of TW Transport, goods-in-transit "
            "policy VT-72-0008813. Last night 14 pallets were stolen from my trailer.",
            C,
        ),
        (
            "Guten Tag,\nmein Name ist Ilse Brandt, Police HR 448 210 77. Was kostet die Erhöhung?",
            C,
        ),
        # A title or a department is no name.
        (
            "Hello,\nI am Head of Claims at Nordstern; the bordereau for policy VT-72-0008813 "
            "is attached.",
            N,
        ),
    ],
)
def test_the_writer_naming_themselves(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The writer's own car or motorbike by its make, with the contract's number.
        (
            "Moin,\nich möchte meine Kawasaki Z900 ab diesem Jahr auf Saisonkennzeichen "
            "umstellen. Vertrag KF-7331-500288. Was kostet das?\nTimo",
            C,
        ),
        # A make in a dealer's offer to nobody in particular is no one's car.
        ("Guten Tag,\nunser Angebot: Kawasaki Z900, Baujahr 2024, 7.900 EUR.\nIhr Autohaus", N),
        # The addressee's car, and the Austrian word for the policy with its number.
        (
            "Sehr geehrter Herr Amann,\nder Schaden an Ihrem Subaru Forester fällt unter die "
            "Teilkasko. Wir zahlen 3.612,44 EUR an das Autohaus.",
            C,
        ),
        ("Guten Tag Herr Amann,\nzum Wildschaden unter Ihrer Polizze 71-5580 214: wir zahlen.", C),
    ],
)
def test_the_writers_vehicle_by_its_make(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("thing", "kind"),
    [
        ("internship in", ""),  # "hip" inside a longer word is no hip
        ("herzliches beileid", ""),
        ("gesuchte unterlagen", ""),
        ("hip operation", "health"),
        ("herzkatheter", "health"),
        ("heart condition", "health"),
        ("suchtberatung", "health"),
        ("softwarehaus schickt", "other"),  # "reha" inside a software house: a house
        ("reha-antrag", "health"),
        ("anschlussreha", "health"),
    ],
)
def test_a_health_word_inside_a_longer_word_is_none(thing: str, kind: str) -> None:
    assert own_kind(thing) == kind


def test_stitches_are_a_wound_closed() -> None:
    """A clerk's hurried question: a named customer's case, in hospital, with stitches."""
    body = (
        "quick q - customer Nguyen (travel policy RK 90-551-208) is in hospital in Lisbon, "
        "wants a business class seat because of the stitches. Do we pay?"
    )
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Whom to turn to is staff, named to be reached, not a person the mail is about.
        (
            "Automatische Antwort: Ich bin bis 14.08. nicht im Büro. Arztrechnungen und "
            "Krankenhausabrechnungen bearbeitet meine Vertretung, Frau Derya Kaplan, Tel. -233.",
            N,
        ),
        (
            "Automatic reply: I am out of office. In my absence please contact Mr Hughes about "
            "hospital invoices and prescriptions.",
            N,
        ),
        # A person the mail speaks of, not whom to turn to, still counts.
        (
            "Automatische Antwort: Ich bin bis 14.08. nicht im Büro. Die Arztrechnung "
            "von Frau Derya Kaplan bearbeite ich danach.",
            S,
        ),
    ],
)
def test_whom_to_contact_is_no_person_concerned(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A system's status names what users upload, not anyone's documents.
        (
            "Statusmeldung 19.02.: Beim Hochladen von Arztrechnungen und Rezepten in der App "
            "kommt es zu Fehlern. Wir informieren Sie, sobald die Störung behoben ist.",
            N,
        ),
        (
            "Planned maintenance: on Saturday the portal will be unavailable; you cannot upload "
            "medical invoices or prescriptions.",
            N,
        ),
        # Minutes by who attended: the document classes of a system, no one's report.
        (
            "Protokoll IT-Lenkungskreis\nAnwesend: Menon, Raman, Quade\n1. Arztberichte und "
            "Gutachten werden ab Q3 verschlüsselt abgelegt.",
            N,
        ),
        # The writer's own bill beside the maintenance stays theirs.
        (
            "Wegen der Wartungsarbeiten schicke ich Ihnen meine Arztrechnung zur "
            "Kniearthroskopie per Mail.",
            S,
        ),
    ],
)
def test_a_systems_status_and_minutes_are_about_nobody(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A private writer signs with a bare name, nothing below it: the contract is theirs.
        (
            "hallo, mein handy ist ins waschbecken gefallen und geht nicht mehr an. "
            "Elektronikversicherung ELK 4470 9912. kann ich es zum reparieren bringen?\n"
            "lg Melanie Sturzenegger\n",
            C,
        ),
        (
            "Sehr geehrte Damen und Herren,\nbeim Hagel ist eine Scheibe unseres Wintergartens "
            "gesprungen. Glasversicherung GL 3317 0426 55.\n\nFreundliche Grüße\n"
            "Hildegard und Pascal Moreau-Zimmer\n\nVon meinem iPhone gesendet\n",
            C,
        ),
        # In mail to many a bare closing name is a clerk's.
        (
            "Liebe Kolleginnen und Kollegen,\nbitte die Rechnungen zu Rahmenvertrag "
            "RV-2023-044 bis Freitag freigeben.\n\nGrüße\nAnja Richter\n",
            N,
        ),
    ],
)
def test_a_private_writers_closing_name(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


SIGNED_PRIVATELY = (
    "hallo, mein handy ist ins waschbecken gefallen. Elektronikversicherung ELK 4470 9912.\n"
    "lg Melanie Sturzenegger\n"
)


@settings(max_examples=40, deadline=None)
@given(added=st.lists(st.sampled_from(UNRELATED), min_size=1, max_size=3), blank=st.booleans())
def test_text_added_below_a_private_closing_name_never_lowers(
    added: list[str], blank: bool
) -> None:
    alone = classify(mail(SIGNED_PRIVATELY)).sensitivity
    assert alone == C
    extra = ("\n" if blank else "") + "\n".join(added)
    assert classify(mail(SIGNED_PRIVATELY + extra)).sensitivity >= alone


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Insured in a personal line, said as an adjective.
        (
            "Hallo Mehmet,\nFrau Doris Hellwig ist seit 3.2. bei uns krankenvollversichert, die "
            "Rechnung kannst du bearbeiten.\nSabine",
            S,
        ),
        # The writer's own health, the sentence wrapped onto the next line.
        (
            "Dear team,\nI had a bad fall on the slopes. I was taken to the\nhospital in Zams, "
            "where they diagnosed a tibial plateau fracture.\nDaniel",
            S,
        ),
        # A company's account and VAT number are no case of anyone's.
        (
            "Hello,\nplease pay our invoice.\nLingua Partners B.V., IBAN NL36 INGB 0007 6543 21, "
            "USt-IdNr. DE123456789\n\nKind regards\nSusan Meyer\n",
            N,
        ),
    ],
)
def test_insured_by_an_adjective_a_wrapped_sentence_and_a_companys_account(
    body: str, expected: Sensitivity
) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Only a person is signed off sick: one name as its subject is someone's.
        (
            "Hallo zusammen,\nRalf ist bis Freitag krankgeschrieben, er hat es wieder mit der "
            "Bandscheibe. Bitte seine Fälle aufteilen.\nLisa",
            S,
        ),
        # Also with more words between, wrapped onto the next line.
        (
            "Hallo zusammen,\nkurze Info: Nicole ist bis einschließlich Freitag nächster Woche\n"
            "krankgeschrieben. Bitte ihre Wiedervorlagen aufteilen.\nLena",
            S,
        ),
        # A pronoun is no name.
        ("Hallo zusammen,\nzur Schulung: Er ist seit 7 Monaten arbeitsunfähig.\nLisa", N),
        # A noun before "ist die Erkrankung" is no one, in a template to many.
        (
            "Hallo zusammen,\nneuer Baustein: Ursache ist die Erkrankung «Diagnose» "
            "(arbeitsunfähig seit «AU_seit»).\nLisa",
            N,
        ),
    ],
)
def test_one_name_signed_off_sick(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Team,\nbitte umsetzen:\n  Vertrag: LV 2015-0207730\n  VN/VP: Ralf Petzold\nDanke",
        "Hallo Team,\nbitte umsetzen für LV 2015-0207730: Bezugsrecht neu Sohn Jonas Petzold.\nDanke",
        "Hello team,\nplease update life policy LV 2015-0207730: beneficiary now wife Sandra Petzold.",
    ],
)
def test_a_life_policys_people_by_a_joint_label_or_as_relatives(body: str) -> None:
    """A life contract of one named person: a personal line, strictly confidential."""
    assert classify(mail(body)).sensitivity == S


def test_pregnancy_said_without_the_word() -> None:
    body = (
        "Hallo,\nwir müssen den Urlaub absagen. Meine Frau ist jetzt im siebten Monat und soll "
        "nicht mehr fliegen.\nReiserücktritt KS 73-6001476.\nGruß Kevin Schäfer"
    )
    assert classify(mail(body)).sensitivity == S


def test_a_tenant_by_the_field_and_a_landlords_representative() -> None:
    """ "vertreten durch" names who signs for a company, not whom to turn to: it stays a name;
    the tenant is named by the field, and his income is confidential."""
    body = (
        "Hallo,\nich möchte eine Mietkautionsbürgschaft bei Ihnen abschließen.\n"
        "Mieter: Tobias Wöstmann\nVermieter: Hasetor GbR, vertreten durch Herrn Eckhard Stühmer\n"
        "Nettoeinkommen: 2.870 € monatlich\nGruß\nTobias Wöstmann"
    )
    assert classify(mail(body)).sensitivity == C


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A private pension by its payments names the life line: a named annuitant's is strict.
        (
            "Hallo Jana,\nbitte die Rentenzahlung an Herrn Erwin Dirks (R-2019-004464) stoppen, "
            "Sterbefall laut Meldeabgleich.\nGruß Tim",
            S,
        ),
        # Calling in sick with the flu, in a phone's few words.
        (
            "Hi, can't make the exam for my application tomorrow, down with flu. "
            "Can we move it? Marcus Oyelowo-Hartley",
            S,
        ),
        # A cold said in passing is one weak word, no health data.
        ("Guten Tag,\nich bin erkältet und hänge seit 40 Minuten in Ihrer Warteschleife!", N),
    ],
)
def test_a_pension_by_its_payments_and_calling_in_sick(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    "body",
    [
        # The placeholder's name left on the line above its wrapped date of birth.
        "Hi team,\nnotes: the doctor's bills upload works (demo with test account \"Max Mustermann\n"
        '  (fiktiv)", FL-KV-00000001, born 01.01.1990, IBAN DE89 3704 0044 0532 0130 00).',
        # A test person by a name made of "Test".
        "Testfall Stage, keine echten Daten:\nVersicherungsnehmer: Test Testermann\n"
        "Versicherte Person: Erika Testfrau\nDiagnose: J06.9",
    ],
)
def test_test_persons_wrapped_or_named_for_tests(body: str) -> None:
    assert classify(mail(body)).sensitivity == N
