"""Rules written from kinds of mail several independent writers share (issue 14): one person's
health said of them in the third person, a lawsuit between named persons, a life contract by
its number, health in plain words and short forms, and a company pension's institutions.

Each case is written from the kind of mail, not copied from a corpus; beside each rule, a case
shows the trap that must stay normal.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from siegel.core.classify import classify, persons
from siegel.core.sensitivity import Sensitivity
from tests.core.classify.test_generalises import mail

N, C, S = Sensitivity.NORMAL, Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL


@pytest.mark.parametrize(
    "body",
    [
        # A team greeted as a group, about one person: the singular verb says one.
        "Hallo zusammen,\n\nsie hat seit Jahren Diabetes Typ 1, die Pumpe muss mit nach Madrid.",
        "Dear colleagues,\n\nin the health questionnaire he declared type 1 diabetes.\n\nLea",
        "Liebe Kolleginnen und Kollegen,\n\ner wurde letzte Woche operiert, bitte Geduld.",
        # What is still to come: the verb in the present or a modal ("wird", "muss", "will").
        "Hallo Team,\n\nkurze Info: sie wird morgen am Handgelenk operiert und fällt aus.",
        "Moin zusammen,\n\ner muss nächste Woche operiert werden, Vertretung folgt.",
        "Hi all,\n\nhe will have knee surgery on Friday, so please cover his calls.",
        # The spine as one's own, as a joint is ("sein Bandscheibenvorfall").
        "Moin zusammen,\n\nkurze Info: sein Bandscheibenvorfall ist schlimmer als gedacht, "
        "Vertretung wie besprochen.",
        "Hi team,\n\nher slipped disc is worse than expected, she is off until May.",
        # The person after the health word, as German puts the subject after the verb.
        "Moin zusammen,\n\nnach der Chemotherapie startet er mit einer stufenweisen "
        "Wiedereingliederung.",
        "Hallo Team,\n\nwegen der Knie-OP fällt sie bis Ende Mai aus, Vertretung folgt.",
    ],
)
def test_one_persons_health_said_in_the_third_person(body: str) -> None:
    result = classify(mail(body))
    assert result.sensitivity == S
    assert any(f.detector == "own-health" for f in result.findings)


@pytest.mark.parametrize(
    "body",
    [
        # A process that supposes a person: nobody's health.
        "Hi team,\n\nquick reminder: if a claimant says he suffered a stroke, route the file "
        "to the medical desk.",
        "Hallo zusammen,\n\nwenn ein Kunde sagt, er hat Diabetes, bitte an die Risikoprüfung.",
        # A training announcement about anyone.
        "Dear colleagues,\n\nour webinar next week: what to do if a customer says she has "
        "diabetes.",
        "Hallo zusammen,\n\nwenn ein Versicherter sagt, er wird operiert, bitte an die "
        "Leistungsprüfung.",
        "Hallo zusammen,\n\nwenn nach der Chemotherapie fragt er uns, bitte an die Fachabteilung.",
        # The addressee, not a third person ("Sie").
        "Hallo zusammen,\n\nzur Chemotherapie beraten Sie bitte nur nach Rücksprache.",
    ],
)
def test_a_process_that_supposes_a_person_is_nobodys_health(body: str) -> None:
    assert classify(mail(body)).sensitivity == N


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # A court's summons: its file number and the parties in the subject.
        (
            "318a C 47/26 – Arslan ./. Engel u. a. – Ladung zum Termin",
            "In dem Rechtsstreit wird Termin zur mündlichen Verhandlung bestimmt.",
        ),
        # An in-house lawyer asks for more time: the plaintiff a person, the insurer a party.
        (
            "Fristverlängerung",
            "In dem Rechtsstreit\n\nAndreas Schäfer ./. 1. Bernd Quast, 2. Versicherer AG\n\n"
            "Az. 262 C 481/25: beantragt wird, die Frist um zwei Wochen zu verlängern.",
        ),
    ],
)
def test_a_lawsuit_between_named_persons_is_a_case(subject: str, body: str) -> None:
    """That a person sues or is sued beside the insurer tells an insurance relationship: the
    court's file number is the lawsuit's case number."""
    assert classify(mail(body, subject)).sensitivity == C


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # A ruling cited by its court and number, in a newsletter.
        (
            "Rechtsprechung kompakt",
            "Liebe Leserinnen und Leser,\nOLG Köln, Urteil vom 02.12.2025 – 9 U 131/25: Kosten "
            "eines Privatgutachtens sind nur erstattungsfähig, wenn sie notwendig waren.",
        ),
        # Two companies at law: no person is a party.
        (
            "4 O 212/25 – Stadtwerke Nordheim GmbH ./. Versicherer AG",
            "In dem Rechtsstreit bitten wir um die Akte.",
        ),
    ],
)
def test_a_ruling_or_a_lawsuit_between_companies_names_no_person(subject: str, body: str) -> None:
    assert classify(mail(body, subject)).sensitivity == N


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A life contract by its number's prefix, to its holder: a personal line's mail.
        ("Dear Mr Byrne,\nwe have changed the beneficiary of policy LV 20-4471856.", S),
        ("Sehr geehrte Frau Sänger,\nIhren Vertrag LV 2650319 führen wir beitragsfrei weiter.", S),
        # A leasing company's contract, and a job advert's code, are no life contracts.
        (
            "Sehr geehrter Herr Haberland,\nIhr Auto ist geleast: wir zahlen mit Zustimmung der "
            "Leasinggesellschaft (Vertrag LV-2024-0078812) an die Werkstatt.",
            C,
        ),
        ("Dear Sir or Madam,\nI apply for the actuary position, ref. LV-2026-03.", N),
        # The other prefixes keep every number, short ones too: on doubt, the personal line.
        ("Sehr geehrte Frau Brandt,\nIhr Vertrag KV-26-0311 ist angepasst.", S),
    ],
)
def test_a_life_contract_by_its_numbers_prefix(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A company pension's and a group accident's contracts by their numbers' prefixes: their
        # insured are persons, so a person's contract is a personal line's mail.
        ("Sehr geehrter Herr Celik,\nIhr Vertrag DV 7714-0652-40 wird beitragsfrei gestellt.", S),
        ("Dear Ms Costa,\nyour policy PK-20931-164 is paused during your sabbatical.", S),
        (
            "Hallo Herr Zimmermann,\nin Ihrer Meldung zum Vertrag GU 44-018273 fehlt eine Tätigkeit.",
            S,
        ),
        # A number plate's letters are no contract's prefix.
        ("Sehr geehrter Herr Vogt,\nder Transporter SE-DV 410 ist bei uns versichert.", C),
        # A daily sickness allowance's contract ("KT": Krankentagegeld): a health contract.
        ("AU Fr. Pietsch (KT 120-447-3) ab 03.11. eingegangen, bitte Zahlung anstoßen.", S),
        ("Dear Mr Odum,\nunder your tariff KT 2201-55470 we pay EUR 60 a day.", S),
        ("Sehr geehrte Frau Roth,\nder Golf HH-KT 4410 ist bei uns versichert.", C),
        # The same letters beside a partial cover are that line's.
        ("Sehr geehrter Herr Kuhn,\nIhre Teilkasko KT 4410-2291 für den Golf ist verlängert.", C),
        # A pet's health plan by the same letters is the owner's insurance, not their health.
        (
            "Dear Ms Hale,\nwe reimbursed your cat's vet bill under your pet health plan "
            "KT 3120-08815.",
            C,
        ),
    ],
)
def test_group_pension_accident_and_sickness_allowance_contracts_by_their_prefix(
    body: str, expected: Sensitivity
) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    "body",
    [
        "Liebe Frau Meyer,\nmein Mann ist aus dem Koma erwacht, die linke Seite ist gelähmt.",
        "Hi Derya,\nOliver developed jaundice on day 2 and had to stay in hospital.",
        "Sehr geehrte Damen und Herren,\nmein Mann ist jetzt in der Frühreha in Magdeburg.",
        "AU ist verlängert bis 3.4., Bescheinigung kommt per App.\nS. Lüers KV-40217733",
        # Two weak words about one named person: a psychiatrist and a graded return to work.
        "Jörg,\nFrau Heinlein macht eine Wiedereingliederung, die Psychiaterin rät ab.",
    ],
)
def test_health_in_plain_words_and_short_forms(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Sick leave's short form needs its date: "3 Wochen aus der Garantie" is none.
        ("Hallo,\nFrau Pohl fragt: das Gerät ist 3 Wochen aus der Garantie raus.", N),
        # A country's code.
        ("Hello Glenn,\nyour commission statement for agency AU-0077 is attached.", N),
        # A company pension's institution names a life contract.
        ("Dear Mr Novak,\nyour Pensionskasse policy PK-2019-4407 shows a guaranteed pension.", S),
    ],
)
def test_short_forms_and_pension_institutions(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        # A fracture by its bone, as one word or said broken.
        (
            "KS-26-0016935 Yilmaz – Beckenbruch, Akte bitte übernehmen",
            "Hi Frauke,\nübernimmst du?",
            S,
        ),
        (
            "Info",
            "Moin Herr Petersen,\nFrau Winkelmann hat sich zwei Mittelfußknochen gebrochen.",
            S,
        ),
        ("Info", "Dear Ms Kaur,\nwe are sorry to hear about your broken collarbone.", S),
        # Broken glass and a burglary are a building's.
        (
            "Info",
            "Sehr geehrte Frau Lutz,\nder Glasbruch an der Terrassentür nach dem Einbruch.",
            N,
        ),
    ],
)
def test_a_fracture_by_its_bone(subject: str, body: str, expected: Sensitivity) -> None:
    assert classify(mail(body, subject)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A life contract's own values name the line.
        ("Hallo Frau Hagedorn,\nbei Frau Norden wurde der Schlussüberschussanteil gekürzt.", S),
        ("Dear Mr Achebe,\nthe surrender value of your contract is EUR 8,412.", S),
        ("Sehr geehrter Herr Olbrich,\nIhr Policendarlehen ist zum 1. März fällig.", S),
        # Any contract's surrender, asked by an insolvency administrator.
        (
            "Sehr geehrter Herr Dr. Laub,\nzum Schuldner Herrn Pohl: der Rückkaufswert seiner "
            "Hausratversicherung ist null.",
            C,
        ),
    ],
)
def test_a_life_contracts_own_values(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


def test_sick_pay_is_paid_to_the_sick() -> None:
    body = "Sehr geehrte Damen und Herren,\nHerr Demir fragt nach, weil sein Krankengeld ausläuft."
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Deshpande KV-INT 4471 1902 - relapse, back in hospital", "Marieke, call me? F.", S),
        ("Info", "Hallo Jana,\nHerr Sommer liegt seit Montag im Krankenhaus.", S),
        # A product's page says where its cover applies: nobody is in hospital.
        (
            "Newsletter",
            "Liebe Leserinnen und Leser,\nunser Tarif zahlt das Einbettzimmer im Krankenhaus.",
            N,
        ),
    ],
)
def test_someone_in_hospital(subject: str, body: str, expected: Sensitivity) -> None:
    assert classify(mail(body, subject)).sensitivity == expected


def test_eyesight_as_a_customer_writes_it() -> None:
    body = (
        "new glasses, receipt attached. my eyes got worse, left -3.25 with astigmatism. thx, Rory"
    )
    assert classify(mail(body, "glasses")).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sehr geehrte Frau Brüggemann,\nfür den Rollator und den Toilettenstuhl Ihrer Mutter.", S),
        # One aid in a shop's offer names no one's need.
        ("Liebe Kundinnen und Kunden,\nRollatoren gibt es diese Woche im Angebot.", N),
    ],
)
def test_aids_for_the_frail(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "SMS von +4915201188734",
            "bin noch im KH, OP war gestern. Gruß Wiebke Sander UV 5501-3382",
        ),
        ("Fwd: invoice", "Hello, attached is the bill for my 20-week anomaly scan. Sofia"),
        (
            "FW: Discharge Mr Hrytsenko - Ward 4B",
            "Patient discharged today, final invoice follows.",
        ),
    ],
)
def test_short_mails_shorthand(subject: str, body: str) -> None:
    assert classify(mail(body, subject)).sensitivity == S


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("RE: Pre-auth KGH-3390021 Okonkwo, Chidi - cycle 4 (C34.1)", "Approved as requested.", S),
        ("Termin", "Claimant: Jannik Vollmer. Severe TBI 08/2026 (S06.21), frontal.", S),
        # Without decimals or brackets a code is no diagnosis's.
        ("Termin", "Sehr geehrter Herr Vollmer,\nIhr Platz ist C34 im Saal 2.", N),
    ],
)
def test_a_diagnosis_code_in_brackets(subject: str, body: str, expected: Sensitivity) -> None:
    assert classify(mail(body, subject)).sensitivity == expected


@pytest.mark.parametrize(
    "body",
    [
        "Rainer,\nclaimant Mr Levent Arslan: complete paraplegia below T12, wheelchair user.",
        "Hello,\nthe paramedics put a neck brace on Mr Wolf-Dieter Brück before the helicopter came.",
        "Sehr geehrte Frau Lenz,\nder Dekubitus Ihres Vaters verzögert die Entlassung.",
    ],
)
def test_grave_injuries_and_their_lasting_harm(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hallo Jana,\nbei Herrn Brandt ist es wieder die alte Geschichte mit dem Alkohol.", S),
        ("Hi Mia,\nMr Levin will be out on 2 October: he observes Yom Kippur.", S),
        (
            "Sehr geehrte Frau Hettich,\nfür die Schutzanordnung gegen Herrn Kraus besteht Deckung.",
            S,
        ),
        ("Sehr geehrter Herr Dr. Laub,\nHerr Ohnemus sitzt seit Montag in Untersuchungshaft.", S),
        ("Hallo Kai,\nanbei die Gewerkschaftsbeiträge März von Frau Okafor und Herrn Lenz.", S),
        # A credit check's civil warrant is a debt's, no offence's.
        (
            "Sehr geehrter Herr Pohl,\nIhr Antrag: die Auskunft zeigt einen Haftbefehl zur "
            "Vermögensauskunft, Vertrag BH-4471-2210.",
            C,
        ),
    ],
)
def test_sensitive_matters_said_without_their_category_word(
    body: str, expected: Sensitivity
) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    "body",
    [
        "Dear Mr Horvat,\nwe paid EUR 5,000 for the loss of your left index finger.",
        "Sehr geehrte Frau Lutz,\nmit Ihrem rechten Arm in Gips konnten Sie nicht putzen.",
    ],
)
def test_ones_own_limb(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


def test_a_term_life_by_its_short_name_and_its_numbers_prefix() -> None:
    short = "Erhöhung der Risikoleben für Florian Westermann, geb. 07.07.1988: Nachweis anbei."
    numbered = "Sehr geehrter Herr Westermann,\nIhre RL-3360712 wird zum 1.5. erhöht."
    assert classify(mail(short)).sensitivity == S
    assert classify(mail(numbered)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Who is paid on the insured's death is a life contract's beneficiary, in a list too.
        ("Name: Kaminski; Vorname: Robert; Bezugsrecht Tod: Ehefrau", S),
        (
            "Sehr geehrte Frau Lenz,\nbezugsberechtigt im Todesfall ist jetzt Ihr Sohn Jonas "
            "Lenz, geb. 03.04.2001.",
            S,
        ),
        # A form's field with nobody in it is no one's.
        ("Liebe Kolleginnen und Kollegen,\nim neuen Formular steht das Bezugsrecht Tod oben.", N),
    ],
)
def test_a_beneficiary_on_death_names_a_life_contract(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    "body",
    [
        "hey nadine\nMr. Thomas Brinkhoff forgot to tell that he is in therapy for alcohol since 2023",
        "Hallo Jörg,\nHerr Kamps macht ab Montag einen Alkoholentzug in der Fachklinik.",
    ],
)
def test_treatment_for_a_drinking_problem(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


def test_the_writers_own_health_in_a_reply_that_names_a_reform() -> None:
    """A reply to one person's mail, greeted by name and quoting what they signed, is a
    conversation: a word for reforms or products in it does not make the writer's own
    medication an FAQ's example."""
    body = (
        "Hallo Herr Tölle,\ngerne rechne ich Ihnen das Pflegetagegeld aus.\nGruß\nDieter Pohlmann\n\n"
        "> Servus Herr Pohlmann,\n> wegen der Pflegereform: Ich bin gesund bis auf Blutdruck, "
        "nehm Ramipril 5 mg.\n> Gruß Manfred Tölle\n"
    )
    assert classify(mail(body)).sensitivity == S
    # The same words in an FAQ, which greets and quotes no one, stay anyone's.
    faq = (
        "Häufige Fragen zur Pflegereform\n\nFrage: Ich nehme Ramipril 5 mg. Kann ich mich "
        "versichern?\nAntwort: Ja, die Gesundheitsfragen entscheiden."
    )
    assert classify(mail(faq)).sensitivity == N


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Persons listed by their dates of birth beside a personal line are its insured, also
        # where the mail names the framework agreement they are enrolled under.
        (
            "Hallo Herr Brandes,\nanbei die Anmeldung zum Rahmenvertrag bKV.\n"
            "Name: Weber, Stefan; Geburtsdatum: 12.03.1980; Tarif: bKV Budget\n"
            "Name: Okafor, Chidi; Geburtsdatum: 29.01.1974; Tarif: bKV Budget\nGruß Okafor",
            S,
        ),
        # One date of birth, an applicant's, beside a framework agreement's line is not a list.
        (
            "Hallo Herr Brandes,\nzum Rahmenvertrag bKV: die neue Kollegin Mia Roth, geb. "
            "12.03.1990, fängt im Mai an.\nGruß Okafor",
            C,
        ),
    ],
)
def test_an_enrolment_list_under_a_framework_agreement(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    "body",
    [
        # Racial or ethnic origin, stated of someone.
        "Hallo Frau Schmalenbach,\nim Vermerk zu VN Dragomir Stojanović steht seine ethnische "
        "Zugehörigkeit.",
        "Employee ID: CD-0101; Last name: Hartung; First name: Silke; Race/Ethnicity: White",
        # Political opinions by a party office or membership.
        "VN: Hartmut Brösel, Teilkasko KF 31-2290518.\nDer VN ist Stadtverordneter der Partei "
        '"Bürgerbündnis".',
        # Biometric data that identify someone.
        "Dear Ms Okafor,\nyour voiceprint was enrolled successfully on 12 February.",
        "Customer: Mr Bülent Aydoğan\nResult: REJECTED - face match score 0.41",
        # A faith practised.
        "Sehr geehrter Herr Bernstein,\nSie haben erklärt, dass Sie als praktizierender Jude am "
        "Schabbat keine Termine wahrnehmen.",
    ],
)
def test_the_other_special_categories_stated_of_someone(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "body",
    [
        "Liebe Kolleginnen und Kollegen,\nunser Diversity-Tag: ethnische Herkunft, Religion und "
        "Alter sind kein Kriterium.",
        "Liebe Kolleginnen und Kollegen,\nAusschreibung Sprachbiometrie: Voiceprint und Face "
        "Match im Vergleich.",
    ],
)
def test_the_special_categories_as_topics_are_nobodys(body: str) -> None:
    assert classify(mail(body)).sensitivity == N


def test_a_veteran_is_no_vet() -> None:
    """A vet's word makes health words an animal's; "Veteran status" in a census is no vet."""
    body = (
        "Hi Bettina,\nthe group health census for Corvane.\n"
        "Last name: Hartung; First name: Silke; DOB: 1979-04-12; Veteran status: N; "
        "Diagnosis: asthma"
    )
    assert classify(mail(body)).sensitivity == S
    assert classify(mail("Hi Ben,\nour vet treated Bello's asthma, Frau Roth.")).sensitivity == C


@pytest.mark.parametrize(
    "body",
    [
        "Sehr geehrte Frau Seibert,\nIhr Mann ist noch an der Unfallstelle an seinen schweren "
        "inneren Verletzungen verstorben.",
        "Hallo Gerd,\nKundin Petra Dobberkau ist seit dem Tod des Mannes in psychotherapeutischer "
        "Behandlung.",
        "Dear Ruairi,\nthe group accident cover starts for Aoife Fitzgerald, date of birth "
        "1983-05-17.",
    ],
)
def test_injuries_died_of_a_therapy_inflected_and_a_group_accident(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


def test_an_offence_beside_a_vet_is_no_animals_health() -> None:
    """A vet's word makes health words an animal's; a farmer's penal order stays an offence."""
    body = (
        "Sehr geehrte Frau Dr. Imholze,\nfür Ihren Mandanten Herrn Bernd Kuhlmann: das "
        "Amtsgericht hat einen Strafbefehl über 90 Tagessätze erlassen.\n"
        "> Die Tiere standen unter tierärztlicher Betreuung."
    )
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "body",
    [
        # A colleague named by a single name, and the surgery hers by the possessive, in mail
        # to the team.
        "Hallo zusammen,\nHeike ist nach ihrer Knie-OP ab Montag drei Wochen in der Reha.\nMarcel",
        "Hallo zusammen,\nkurze Info: Frieda hatte gestern ihre Knie-OP, alles gut verlaufen.\n"
        "Steffen",
    ],
)
def test_a_colleagues_health_told_to_the_team(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


def test_a_possessive_wrapped_before_its_thing() -> None:
    body = (
        "Liebe Frau Hagedorn,\ndie Scheidung ist durch. In meiner\nRisikolebensversicherung "
        "steht noch mein Ex-Mann als Bezugsberechtigter.\nViele Grüße\nSandra Hoppe"
    )
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "body",
    [
        "Daniel,\nvisit report: Liam Fitzgerald sees a therapist since the separation and is on "
        "antidepressants.",
        "Sehr geehrte Damen und Herren,\nzur Laborrechnung für Herrn Gerold Meyerhoff: Position "
        '1024 "Vollkrone Zirkon" ist 3x abgerechnet.',
        # A civil servant's private health cover beside the state's allowance.
        "Sehr geehrter Herr Kilian,\nIhr Beihilfe-Bemessungssatz steigt auf 70 %; Ihre "
        "Alterungsrückstellungen bleiben erhalten (Vers.-Nr. 31 209 663-0).",
    ],
)
def test_medicines_crowns_and_civil_servants_cover(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


def test_a_beihilfe_desk_is_no_health_contract() -> None:
    body = (
        "Hallo Herr Brandt,\nder Werkstudent Leon Rahe, geb. 02.03.2003, beginnt im Beihilfe-Team."
    )
    assert classify(mail(body)).sensitivity == C


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A colleague spoken of by full name is a person; their group accident cover is theirs.
        (
            "Hi Aylin,\nvery sad news: our colleague Timo Reinholz died on Saturday in a car "
            "accident. He was insured under our group accident policy.\nJana",
            S,
        ),
        # An absent clerk's deputy in an automatic reply is no one the mail is about.
        (
            "Ich bin bis 12.03. nicht im Büro. In Eilfällen (Krankenhausaufenthalt, Reha) hilft "
            "Ihnen meine Kollegin Aylin Demir gern.",
            N,
        ),
    ],
)
def test_a_colleague_spoken_of(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        # A personal line's contract by its number is one person's or a group's, named or not:
        # a read receipt quotes only the subject.
        (
            "Gelesen: Todesfallmeldung Vertrag LV 4471-2030",
            "Ihre Nachricht wurde am Mittwoch gelesen.",
            S,
        ),
        # Not in mail about nobody (a product's example number).
        (
            "Produktinfo",
            "Liebe Kolleginnen und Kollegen,\nBeispiel: Vertrag LV 4471-2030, Tarif Klassik.",
            N,
        ),
    ],
)
def test_a_personal_lines_number_alone(subject: str, body: str, expected: Sensitivity) -> None:
    assert classify(mail(body, subject=subject)).sensitivity == expected


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("RE: Pre-auth request – knee arthroscopy – policy EH-3310-22", "Approved. Ref PA-7781."),
        (
            "Ihr Widerruf – Kreditschutz",
            "Sehr geehrte Frau Yıldırım,\nIhr Beitritt zum Kreditschutz (Todesfallschutz), "
            "Beitrittsnummer KS-4410-0091155, entfällt rückwirkend.",
        ),
        (
            "Lapsed policies",
            "Dear Ciara,\nthe mortgage protection of Roisin Mac Giolla, born 03/04/1979, has lapsed.",
        ),
    ],
)
def test_an_operation_in_english_and_a_loans_life_cover(subject: str, body: str) -> None:
    assert classify(mail(body, subject=subject)).sensitivity == S


def test_one_person_greeted_by_name_is_no_mail_to_many() -> None:
    """A word of a list of attendees ("Teilnehmende:") does not make a letter to one person,
    greeted by name, a mail to many: "Sie waren arbeitsunfähig" is theirs."""
    body = (
        "Sehr geehrter Herr Hasselbring,\nSie waren in den letzten zwölf Monaten länger als sechs "
        "Wochen arbeitsunfähig. Wir bieten Ihnen ein BEM-Gespräch an.\n"
        "Teilnehmende: Annika Moll (BEM-Beauftragte)\nMit freundlichen Grüßen"
    )
    assert classify(mail(body)).sensitivity == S
    to_many = (
        "Liebe Kolleginnen und Kollegen,\nwer länger als sechs Wochen arbeitsunfähig war, "
        "bekommt ein BEM-Angebot.\nTeilnehmende: Annika Moll (BEM-Beauftragte)"
    )
    assert classify(mail(to_many)).sensitivity == N


@pytest.mark.parametrize(
    "body",
    [
        "Dear Aylin,\nMr. Bradley Sutton said he had a DWI conviction in Travis County in 2021.",
        "Dear Mr Pohl,\nthe toxicology report found cocaine in the blood sample taken at 04:20.",
        "Hallo Frau Brinkmann,\nvolle Arbeitszeit für Herrn Behrendt, sofern der "
        "neuropsychologische Verlauf stabil ist.",
    ],
)
def test_a_drivers_conviction_blood_and_assessment(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # One's own certificate of being unfit for work, by its short name.
        ("Hallo Claudia, anbei meine AU (bin privat versichert, daher Papier).\nTim", S),
        ("Dear Mr Hale,\nplease send us your fit note by Friday.", S),
        # Not an au pair, nor a number's letters.
        ("Dear Ms Roth,\nyour au pair's liability claim is settled.", N),
        ("Dear Mr Roth,\nyour policy TRV-AU-4471 ends on 3 May.", C),
    ],
)
def test_a_sick_note_by_its_short_name(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


def test_health_cover_abroad_by_its_short_name() -> None:
    body = "Kurz: Rücktransport organisiert, stretcher + nurse escort.\nNotruf-Team"
    subject = "Claim update Frau Sievers / Auslandskranken RK-2025-0388"
    assert classify(mail(body, subject=subject)).sensitivity == S


def test_a_lines_term_that_ends_with_a_label_labels_a_number() -> None:
    """ "accident policy U-7-401.336": the scan reports the longest keyword, the line's term, so
    its label is read from it; a case named, the health words count in a case conference's note."""
    body = (
        "Hi Sven,\nquick note from the case conference:\nChild accident policy U-7-401.336, "
        "second-degree burns, skin grafting on 02 Aug.\nBenedikt"
    )
    result = classify(mail(body))
    assert result.sensitivity == S
    assert "reference" in {f.detector for f in result.findings}


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Frau Thiessen,\nFrau Petra Lohmann: GdB 30 wegen Multipler Sklerose festgestellt.",
        "Hallo Frau Thiessen,\nHerr Kai Brandt ist seit Montag in stationärer Behandlung.",
    ],
)
def test_a_german_adjective_in_a_health_term_with_its_other_endings(body: str) -> None:
    result = classify(mail(body))
    assert result.sensitivity == S
    assert any("Multipler" in f.snippet or "stationärer" in f.snippet for f in result.findings)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Tom,\nflat 3.12: according to the police report Mr Dale Rutter died of heart failure.",
        "Dear Ms Hale,\nafter your heart surgery in May the income protection claim continues.",
    ],
)
def test_the_hearts_illnesses_in_english(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


def test_a_notice_to_one_person_with_a_way_to_unsubscribe_is_theirs() -> None:
    """A mailing's way out ("Abbestellen") says a mail goes to many, not that it is about
    nobody: an app's notice greeting one person by name of their reimbursement is theirs."""
    body = (
        "Hallo Herr Tapken,\nwir haben Ihre eingereichte Rechnung geprüft: Hautkrebs-Screening, "
        "Histologie, 286,20 EUR erstattet.\nSie erhalten diese Benachrichtigung, weil Sie "
        "E-Mail-Hinweise aktiviert haben. Abbestellen: App → Einstellungen."
    )
    assert classify(mail(body)).sensitivity == S
    newsletter = (
        "Liebe Leserinnen und Leser,\nunser Thema: Hautkrebs-Screening und Histologie.\n"
        "Abbestellen: App → Einstellungen."
    )
    assert classify(mail(newsletter)).sensitivity == N


@pytest.mark.parametrize(
    "body",
    [
        "Dear Ms Lange,\nmy team lead makes comments about me being gay in front of everyone.\nTom",
        "Sehr geehrter Herr Roth,\nSie schrieben, ein privater DNA-Test zeige, dass Sie nicht der "
        "Vater sind.",
        "Sehr geehrte Frau Dr. Kaul,\nIhr Mandant Herr Jan Brix ist am 10.04. der IG Metall "
        "beigetreten.",
        "Dear Ms Adeyemi,\nthe agent withdrew after learning that your clients Mr Wendel and Mr "
        "Osei are a gay couple.",
        "Sehr geehrte Frau Dr. Kaul,\nIhre Mandantinnen Frau Roth und Frau Brix leben als "
        "gleichgeschlechtliches Paar zusammen.",
        "Dear Ms Lindemann,\nin his application Mr Ilić stated that he is a member of the IG "
        "Metall trade union.",
    ],
)
def test_orientation_genes_and_a_union_joined(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "body",
    [
        # A team's notes tell of a colleague in a list's item, the verb not a form of "to be".
        "Hi zusammen,\n\nNotizen:\n- Urlaubsplanung steht.\n- Lisa Brandt fällt bis Ende August "
        "aus, sie wird am 15.07. an der Bandscheibe operiert.\n- Teamevent im September.\n\nJana",
        "Hi all,\n\n* Tom Becker underwent knee surgery on Monday and is off until June.\n\nKim",
    ],
)
def test_a_colleague_told_of_in_a_list_item(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


def test_a_list_item_of_an_adjective_and_a_noun_is_no_one() -> None:
    body = (
        "Hallo zusammen,\n\nzur Führerscheinkontrolle:\n- Original vorlegen lassen\n"
        "- Elektronische Prüfung ist zulässig, auch bei Auflagen wie einer Sehhilfe.\n\nTim"
    )
    assert classify(mail(body)).sensitivity == N


@pytest.mark.parametrize(
    "body",
    [
        "Dear Mr Hale,\n\nthe quarterly premium for the Expat Health policy EX-3310-0082 is "
        "still outstanding.\n\nKind regards",
        "Dear Ms Oyelaran,\n\nTravel health policy TH 55 0192, case THC-2025-00412: the file "
        "is closed.\n\nKind regards",
    ],
)
def test_health_cover_by_its_other_english_names(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Katrin,\n\nFrau Albrecht hat sich wieder für drei Tage abgemeldet, das fünfte Mal "
        "seit Januar. Zählt das schon fürs BEM?\n\nKirsten",
        "Hallo Herr Brink,\n\nanbei die Einladung zum betrieblichen Eingliederungsmanagement für "
        "Herrn Sommer, Termin 12.05.\n\nGruß",
    ],
)
def test_an_employers_reintegration_after_long_sickness(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A case in a team's minutes by its contract number's label, with health words that
        # the minutes' list of participants had made nobody's.
        (
            "Protokoll Jour fixe\nTeilnehmer: J. Habermehl, S. Köhnke\n\nTOP 4 Einzelfälle\n"
            "4.1 Weißgerber, Dirk – LV-Nr. 4-118.203.55\n    Diagnose: depressive Episode.\n",
            S,
        ),
        ("Sehr geehrte Frau Kunz,\n\nIhre KV-Nr. 77 310 845 haben wir notiert.\n\nGruß", S),
        # A health insurance number's field in a template is no one's.
        ("Vorlage Erstattung:\nKV-Nummer: «KV-Nummer»\nBetrag: «Betrag»\n", N),
    ],
)
def test_a_personal_lines_contract_by_its_labels_short_name(
    body: str, expected: Sensitivity
) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A contract number of one letter and a one-digit group, a name after it: that
        # person's, also on a project's slide sent to all.
        (
            "Dear all,\n\nSlide 6, examples from production data:\n  K-1-204.558 Sebastian "
            "Auerbach: exclusion 'Knie rechts nach Meniskus-OP 2019' not mapped\n",
            S,
        ),
        # A printer's name that ends in the same shape is no contract.
        ("Hi Jana,\n\nthe printer on the 4th floor (PRN-K-3-02) works again.\n\nIT", N),
    ],
)
def test_a_contract_number_of_one_letter_and_one_digit(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    "body",
    [
        "Auszug Protokoll TOP 4\nDer BR weist darauf hin, dass Herr Brandt seit Juli ver.di-Mitglied "
        "ist; eine Maßregelung liegt nahe.\n",
        "Sehr geehrter Herr Weiß,\n\nSie schreiben, dass Sie Mitglied der GEW und Vertrauensmann an "
        "Ihrer Schule sind.\n\nMit freundlichen Grüßen",
    ],
)
def test_a_union_member_by_the_unions_name(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


def test_detention_before_trial_in_english() -> None:
    body = (
        "Tom,\n\nwe have received a letter from Mr Novak's defence counsel: Mr Novak is in "
        "pre-trial detention in the narcotics proceedings.\n\nOlga"
    )
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A reference of two letter groups before its digits: a disability claim's file.
        (
            "Sehr geehrte Frau Hoffmeister,\n\nVorgang BU-L 2025/0447: wir erinnern Sie an Ihren "
            "Termin am 04.06.\n\nMit freundlichen Grüßen",
            S,
        ),
        (
            "Dear Mr Oduya,\n\nyour bicycle (frame no. RM-KX 4471 2290) is insured from 1 May."
            "\n\nKind regards",
            C,
        ),
    ],
)
def test_a_reference_of_two_letter_groups(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    "label", ["Vertragsnr.:", "Kd.-Nr.:", "Policy No.:", "Our claim no.:", "Mitgliedsnr.:"]
)
def test_a_labels_abbreviation_dot_before_its_colon(label: str) -> None:
    """Labels are abbreviated and then given a colon ("Kd.-Nr.: 4711"): both marks before the
    number."""
    body = f"Guten Tag Herr Kaczmarek,\n{label} 7031004221\nMit freundlichen Grüßen"
    assert classify(mail(body)).sensitivity == C


@pytest.mark.parametrize(
    "body",
    [
        "Hallo Tobias,\nName: Lüdeking; Vorname: Frauke; Notlagentarif ab: 01.12.2025\nGruß",
        "Dear Mr Menon,\narrears could lead to your cover being reduced to the emergency tariff.",
        # The law's section on a member's arrears names the health insurance it is about.
        "Dear Mr Menon,\nyour cover remains in force; under § 193 (6) VVG we must remind you.",
        "Sehr geehrte Frau Kühn,\nbleibt Ihr Beitrag offen, ruht Ihr Vertrag nach § 193 Abs. 6 VVG.",
    ],
)
def test_the_emergency_tariff_of_members_in_arrears_is_health_insurance(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


def test_a_sudden_cardiac_death() -> None:
    body = (
        "Sehr geehrte Frau Nwosu,\n\nVersicherte Person: Dr. Emeka Nwosu, verstorben am 27.01.\n"
        "Todesursache laut Todesbescheinigung: plötzlicher Herztod\n\nMit herzlichem Gruß"
    )
    assert classify(mail(body)).sensitivity == S


def test_huntingtons_disease() -> None:
    body = "Sehr geehrter Herr Lenz,\n\nbei Ihrem Vater wurde Chorea Huntington festgestellt.\n"
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "term",
    [
        *("Typ-2-Diabetes", "Morbus Crohn", "Knie-Arthrose", "Leberzirrhose", "Hypertonie"),
        *("Spielsucht", "Zwangsstörung", "Mukoviszidose", "Zöliakie", "Nussallergie"),
        *("Laktoseintoleranz", "Inkontinenz", "Hodgkin-Lymphom", "Long-Covid"),
        *("Endometriose", "Sarkoidose", "ein Uterusmyom", "eine Nabelhernie", "Hypothyreose"),
    ],
)
def test_common_diagnoses_in_german(term: str) -> None:
    body = f"Sehr geehrte Frau Dorn,\n\nbei Frau Lenz wurde {term} festgestellt.\n\nMit Gruß"
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "term",
    [
        *("ADHD", "autism", "cirrhosis", "kidney failure", "high blood pressure", "eczema"),
        *("PTSD", "multiple sclerosis", "cystic fibrosis", "atrial fibrillation"),
        *("coeliac disease", "chronic pain", "Crohn's disease", "incontinence"),
        *("hypothyroidism", "gout", "fibroids", "endometriosis", "tuberculosis"),
    ],
)
def test_common_diagnoses_in_english(term: str) -> None:
    body = f"Dear Ms Dorn,\n\nMs Lenz has had {term} since last year.\n\nKind regards"
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "body",
    [
        *(
            f"Sehr geehrte Frau Dorn,\n\nIhr Mann hatte letzte Woche {term}.\n\nMit Gruß"
            for term in ("eine Gallenblasenentfernung", "eine Hüftoperation", "eine Nierenkolik")
        ),
        *(
            f"Sehr geehrte Frau Dorn,\n\nIhr Mann hatte letzte Woche {term}.\n\nMit Gruß"
            for term in ("eine Gürtelrose", "einen Kreislaufkollaps", "eine Borreliose")
        ),
        *(
            f"Dear Ms Dorn,\n\nyour husband had {term} last week.\n\nKind regards"
            for term in ("a hysterectomy", "shingles", "a nervous breakdown", "a stillbirth")
        ),
    ],
)
def test_operations_and_events_said_of_someone(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


def test_a_symptom_in_a_newsletter_is_nobodys() -> None:
    body = (
        "Hello,\n\nabout one in three people who move abroad sleep worse in their first year. "
        "Persistent insomnia is often linked to stress.\n\nYour Wellbeing team"
    )
    assert classify(mail(body)).sensitivity == N


@pytest.mark.parametrize(
    "body",
    [
        *(
            f"Sehr geehrte Frau Dorn,\n\ndie Beitragsanpassung für Vertrag 4471 2290 ({term}) "
            "finden Sie anbei.\n\nMit freundlichen Grüßen"
            for term in ("Grundfähigkeitsversicherung", "Kinderinvaliditätsversicherung")
        ),
        *(
            f"Sehr geehrte Frau Dorn,\n\ndie Beitragsanpassung für Vertrag 4471 2290 ({term}) "
            "finden Sie anbei.\n\nMit freundlichen Grüßen"
            for term in ("Krankenhauszusatzversicherung", "Dread-Disease-Versicherung")
        ),
        *(
            f"Dear Ms Dorn,\n\nplease find the premium change for contract 4471 2290 ({term}) "
            "attached.\n\nKind regards"
            for term in ("life assurance", "medical insurance", "dental cover", "whole of life")
        ),
    ],
)
def test_personal_lines_by_their_products_other_names(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "who",
    [
        # A role and a salutation before a surname alone; a salutation before an initial; a
        # form's field in words; a role before a full name; a member by number.
        *("die Versicherte Frau Dorn", "der Versicherungsnehmer Herr Lenz", "Ms J. Smith"),
        *("Patient name: John Smith", "claimant John Smith", "Mitglied Nr. 4471 2290"),
    ],
)
def test_a_person_named_in_a_workshops_mail(who: str) -> None:
    body = f"Hallo,\n\nzum Workshop: {who} – Diagnose: Diabetes mellitus.\n\nGruß"
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "sentence",
    [
        *("Frau Dorn ist seit Montag krank geschrieben.", "Frau Dorn ist zur Kur."),
        *("Herr Lenz ist dement.", "Herr Lenz ist gehörlos.", "Frau Dorn sitzt im Rollstuhl."),
        *("Herr Lenz ist schwerbehindert.", "Mr Smith has been signed off with stress."),
        *("Mr Smith is seeing a psychiatrist.", "Mrs Smith is deaf.", "Mr Smith is blind."),
        *("Mrs Smith needs nursing care.", "Mrs Smith tested positive for COVID."),
    ],
)
def test_a_persons_state_in_a_short_sentence(sentence: str) -> None:
    body = f"Sehr geehrte Damen und Herren,\n\n{sentence}\n\nMit freundlichen Grüßen"
    assert classify(mail(body)).sensitivity == S


def test_an_employers_quota_report_counts_no_one() -> None:
    body = (
        "Hallo Herr Dr. Rüther,\n\nzur Freigabe unsere Anzeige nach § 163 SGB IX:\n"
        "  besetzt mit schwerbehinderten Menschen (Jahresdurchschnitt)   122,5\n"
        "  Beschäftigungsquote   4,33 %\n\nFreundliche Grüße\nBettina Kühn"
    )
    assert classify(mail(body)).sensitivity == N


@pytest.mark.parametrize(
    "thing",
    [
        *("Ihre Heilpraktikerrechnung", "Ihre Laborrechnung", "Ihre Massagen"),
        *("Ihre Vorsorgeuntersuchung", "Ihre Kompressionsstrümpfe", "Ihren Rollator"),
    ],
)
def test_the_addressees_own_healers_bills_and_aids(thing: str) -> None:
    body = f"Sehr geehrte Frau Dorn,\n\nwir haben {thing} erhalten und bearbeitet.\n\nMit Gruß"
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "body",
    [
        "Hi Kai,\n\nas you know I'm fasting for Ramadan at the moment. Is there a room I could use "
        "for the afternoon prayer?\n\nAmira",
        "Dear Priya,\n\nI am a trans woman and will change my first name and gender entry under "
        "the Self-Determination Act from 1 July.\n\nRobin",
        "Hallo Frau Kühn,\n\nich bin seit letztem Herbst in Hormontherapie.\n\nGruß",
    ],
)
def test_a_faith_kept_and_a_gender_identity_in_ones_own_words(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


def test_holiday_greetings_name_a_feast_not_a_faith() -> None:
    body = (
        "Liebe Freundinnen und Freunde des Kulturforums,\n\nzum Opferfest senden wir Ihnen "
        "herzliche Grüße. Eid Mubarak!\n\nDas Team des Service"
    )
    assert classify(mail(body)).sensitivity == N


def test_faith_in_a_payroll_exports_column() -> None:
    body = (
        "Hallo Frau Dr. Sommerfeld,\n\nanbei die Änderungsliste.\n\n"
        "PNr: 40 1877; Name: Ohlsen; Vorname: Maren; Konfession_alt: ev; Konfession_neu: ev\n"
    )
    assert classify(mail(body)).sensitivity == S


def test_a_colleague_off_sick_in_quotes() -> None:
    body = (
        'Hi Dennis,\n\nIn future, the team only needs "Hanna is off sick until 21 March". '
        "Diagnosis codes are health data the employer must never see.\n\nRegards"
    )
    assert classify(mail(body)).sensitivity == S


def test_a_passenger_named_in_an_assistance_request() -> None:
    body = (
        "Dear Special Assistance team,\n\nPassenger: Prof. Dr. Klaus-Dieter Amsel\n"
        "Background: total hip replacement (left) on 4 April, walks with crutches.\n\nRegards"
    )
    assert classify(mail(body)).sensitivity == S


def test_a_cast_worn_and_a_bone_broken_with_its_side() -> None:
    body = (
        "Hallo Frau Kampmann,\n\nbitte einen Mietwagen für unsere Kundin. Hintergrund: sie hat "
        "einen Bruch des rechten Handgelenks erlitten und trägt einen Gips.\n\nGruß"
    )
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "body",
    [
        "Hallo,\n\nich bin seit März in Therapie. Bitte melden Sie sich.\n\nViele Grüße\nAnna Dorn",
        "Hallo,\n\nich nehme Blutverdünner. Bitte melden Sie sich.\n\nViele Grüße\nAnna Dorn",
        "Hello,\n\nI've been in therapy since March. Please get back to me.\n\nBest\nAnna Dorn",
        "Hello,\n\nI take blood thinners. Please get back to me.\n\nBest\nAnna Dorn",
    ],
)
def test_in_therapy_and_on_blood_thinners_in_ones_own_words(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "body",
    [
        "Hi Conor,\n\nBernadette told me she is perimenopausal and the hot flushes are really "
        "knocking her. Could she get a desk fan?\n\nAoife",
        "Hallo Frank,\n\nFrau Ilka Thörmer hatte im Februar eine Nierentransplantation und nimmt "
        "dauerhaft Immunsuppressiva.\n\nSabine",
    ],
)
def test_the_menopause_and_a_transplant_said_of_someone(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


def test_a_rooms_number_is_no_contract() -> None:
    body = "Hallo Frau Wulf,\n\nErsthelferin: Raum: A-1.01, Durchwahl 2207.\n\nGruß"
    assert classify(mail(body)).sensitivity == N


@pytest.mark.parametrize(
    "document",
    [
        *("den Facharzttermin", "das Untersuchungsergebnis", "das Röntgenbild"),
        *("die Hilfsmittelverordnung", "die Apothekenquittung", "die Augenarztrechnung"),
    ],
)
def test_a_treatments_documents_in_a_letter_to_one_person(document: str) -> None:
    body = f"Sehr geehrte Frau Dorn,\n\nwir haben {document} vom 12.03. erhalten.\n\nMit Gruß"
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    "document",
    ["the operation report", "the blood count", "the referral letter", "the ambulance bill"],
)
def test_a_treatments_documents_in_an_english_letter(document: str) -> None:
    body = f"Dear Ms Dorn,\n\nwe have received {document} of 12 March.\n\nKind regards"
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Dear Ms Dorn,\n\nregarding your recovery after the operation: we will be in touch.", S),
        (
            "Sehr geehrte Frau Dorn,\n\nbetreffend Ihre Genesung nach der Operation: wir melden uns.",
            S,
        ),
        ("Dear Ms Dorn,\n\nregarding your husband's heart operation: we will be in touch.", S),
        # A claim's recovery from a third party is the insurer's recourse, nobody's health.
        ("Dear Ms Dorn,\n\nyour recovery claim against the other driver's insurer is open.", C),
    ],
)
def test_getting_well_and_a_heart_operation(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sehr geehrter Herr Arnold,\n\nIhr BMI von 34 liegt über der Annahmegrenze.", S),
        ("Dear Ms Reid,\n\nyour body mass index of 36 is above our limit.", S),
        ("Dear Mr Shaw,\n\nplease confirm your smoking status for the quote.", S),
        ("Sehr geehrte Frau Kraus,\n\nIhre Angaben zu Ihrem Alkoholkonsum waren unvollständig.", S),
        ("Sehr geehrter Herr Arnold,\n\nbitte nennen Sie uns Ihr Gewicht und Ihre Körpergröße.", S),
        (
            "Sehr geehrte Frau Beck,\n\nwir bieten Ihnen einen Leistungsausschluss für die Wirbelsäule an.",
            S,
        ),
        ("Sehr geehrte Frau Lenz,\n\nfür die Kur fehlt uns noch der ärztliche Kurantrag.", S),
        ("Dear Mrs Price,\n\nthe doctor's report says you can work only 3 hours a day.", S),
        # A luggage's weight, a smoke alarm and a product's non-smoker rate are nobody's health.
        ("Dear Mr Shaw,\n\nplease note your weight limit for luggage is 23 kg.", N),
        ("Dear Mr Shaw,\n\nyour smoke alarm must be tested monthly.", N),
        ("Sehr geehrter Herr Arnold,\n\nunser Nichtrauchertarif ist bis zu 20 % günstiger.", N),
    ],
)
def test_what_an_applications_health_questions_ask(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Hi Ms Jankowski, can I send the invoices for the Omnipod pods once a quarter?", S),
        ("Sehr geehrte Frau Dorn,\n\nIhr Mann nimmt Marcumar; bitte senden Sie uns den Plan.", S),
        ("Dear Mr Shaw,\n\nthe pharmacy's receipt for Ozempic is attached.", S),
        # A pharmacy circular on supply shortages names the medicine, nobody who takes it.
        ("Liebe Kolleginnen und Kollegen,\n\nBfArM meldet Lieferengpässe bei Ventolin.", N),
    ],
)
def test_a_medicine_by_its_brand_name(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    "body",
    [
        "Sehr geehrter Herr Haarmann,\n\nwegen Verdachts auf eine Berufskrankheit bei Ihrem "
        "Mitarbeiter Herrn Timmermann melden wir uns.",
        "Sehr geehrter Herr Haarmann,\n\ndie Lärmschwerhörigkeit von Herrn Timmermann ist anerkannt.",
        "Sehr geehrte Frau Dorn,\n\nIhre Tochter hat eine Sprachstörung; die Logopädie übernehmen wir.",
    ],
)
def test_an_occupational_disease_and_a_disorder(body: str) -> None:
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hi Mr Sørensen,\n\nwe have reimbursed the optician's invoice for your new varifocal "
            "glasses (EUR 612.00).",
            S,
        ),
        ("Dear Ms Dorn,\n\nthe eye test and the glasses are paid under claim C-2026-559102.", S),
        # Glasses in a kitchen are a household claim's, and no one's eyes.
        ("Dear Ms Dorn,\n\nthe broken wine glasses are paid under claim C-2026-559102.", C),
    ],
)
def test_an_eye_test_and_the_glasses_it_leads_to(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hallo Sabine,\n\nanbei das Glossar Leistung DE-EN: Arztbericht = medical report, "
            "Diagnose = diagnosis, Krankenhaustagegeld = daily hospital allowance.",
            N,
        ),
        (
            "Dear Mr Okafor,\n\nour rate card 2026: ECG EUR 45, HIV test EUR 30, blood sample EUR 12.",
            N,
        ),
        ("Hallo Tim,\n\nTestfall 7: Arztrechnung mit Steigerungsfaktor 3,5 wird abgelehnt.", N),
        # A named person's diagnosis is theirs, whatever glossary the mail also sends.
        (
            "Hallo Sabine,\n\nanbei das Glossar. Und zu Frau Jana Lehmann: ihr Arztbericht mit der "
            "Diagnose ist da.",
            S,
        ),
    ],
)
def test_a_glossary_a_rate_card_and_a_test_case_are_nobodys(
    body: str, expected: Sensitivity
) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Liebe Frau Bäcker,\n\nzum Infoabend über die betriebliche Krankenversicherung: wir "
            "erklären Vorsorgeuntersuchungen und warum es keine Fragen zu Vorerkrankungen gibt.",
            N,
        ),
        (
            "Dear Ms Osei,\n\nfor the info session on health insurance in Germany: GP, specialist, "
            "hospital treatment and sick notes, explained for international students.",
            N,
        ),
        # A named person's own operation still counts beside a guideline.
        (
            "Hi Nina,\n\nper our guideline: Mr Jonas Petzold had emergency appendix surgery "
            "yesterday and is off sick.",
            S,
        ),
    ],
)
def test_an_information_evening_and_a_guideline_are_for_whoever_comes(
    body: str, expected: Sensitivity
) -> None:
    assert classify(mail(body)).sensitivity == expected


def test_a_veterinary_nurses_own_illness_is_hers_not_a_pets() -> None:
    body = (
        "Hi Owen,\n\nshort update on Ms Jennings' disability claim (BU 3306 4402): multiple "
        "sclerosis (G35.1), diagnosed in May. She works as a veterinary nurse."
    )
    assert classify(mail(body)).sensitivity == S


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hi payroll team,\n\nDaniel Fischer (PN 41077, IT Development) has submitted his "
            "Schwerbehindertenausweis, degree of disability 50.",
            S,
        ),
        # A term's short form in brackets is no remark about a person.
        (
            "Hallo zusammen,\n\nUnterstützende Parodontitistherapie (UPT) wird ohne "
            "Vorabgenehmigung erstattet.",
            N,
        ),
    ],
)
def test_a_named_subject_with_a_remark_in_brackets(body: str, expected: Sensitivity) -> None:
    assert classify(mail(body)).sensitivity == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A doctor's papers asked for beside a claim for damages for pain: someone's injury.
        (
            "Sehr geehrte Frau Rechtsanwältin Kaya,\n\nIhre Mandantin, Frau Ilse Brandt, macht "
            "nach dem Auffahrunfall ein Schmerzensgeld geltend. Bitte reichen Sie uns die "
            "ärztlichen Unterlagen Ihrer Mandantin ein.",
            S,
        ),
        # The papers alone, in a process: nobody's.
        (
            "Liebe Kolleginnen und Kollegen,\n\nab Juni scannt die Poststelle ärztliche "
            "Unterlagen zentral ein; bitte keine Papierakten mehr anlegen.",
            N,
        ),
    ],
)
def test_a_doctors_papers_asked_for_beside_damages_for_pain(
    body: str, expected: Sensitivity
) -> None:
    assert classify(mail(body)).sensitivity == expected


# Pieces of a clause after a health word: words, blanks, the pronouns and the marks that end it.
CLAUSES = st.lists(
    st.sampled_from(["er", "sie", "Sie", "startet", "fällt", "die", "wenn", "nach", "x" * 19])
    | st.sampled_from([" ", "  ", "\t", "\n", ",", ".", "ä", "erstattet", "sieben", "aus"]),
    max_size=14,
).map("".join)


@settings(max_examples=1000)
@given(clause=CLAUSES)
def test_the_pronoun_looked_for_first_finds_what_the_clause_pattern_does(clause: str) -> None:
    text = "Chemotherapie" + clause
    alone = persons._INVERTED_THIRD_PERSON.match(text, 13)
    found = persons.third_person_after(text, 13)
    assert (found is None) == (alone is None or persons._supposed(text, alone.end()))
