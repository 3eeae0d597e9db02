"""A labelled corpus of realistic German insurance mails, made deterministically.

Templates are written like the mails an insurer's staff, brokers and customers
exchange; fillers vary names, dates, amounts and numbers. The label is what a
careful person would say about each mail, by the rules of SPEC section 1 — not
what the detectors happen to find. ``python -m tests.core.classify.corpus``
prints the corpus as JSON lines.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass

from stdnum import iban as stdnum_iban

N, C, S = "NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"

FIRST = [
    "Anna",
    "Jonas",
    "Leonie",
    "Mehmet",
    "Sophie",
    "Lukas",
    "Marie",
    "Tobias",
    "Elif",
    "Stefan",
    "Julia",
    "Paul",
    "Katrin",
    "Dariusz",
    "Hanna",
]
LAST = [
    "Müller",
    "Schmidt",
    "Schneider",
    "Fischer",
    "Weber",
    "Meyer",
    "Wagner",
    "Becker",
    "Schulz",
    "Hoffmann",
    "Yilmaz",
    "Kowalski",
    "Richter",
    "Wolf",
    "Neumann",
]
CITIES = ["Köln", "Hamburg", "Leipzig", "Freiburg", "Bochum", "Würzburg", "Kiel", "Augsburg"]
BANKS = ["37040044", "50010517", "10020030", "76026000", "20041111"]


@dataclass(frozen=True)
class Sample:
    id: int
    label: str
    subject: str
    body: str
    html: bool = False


class Fill:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def name(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    def last(self) -> str:
        return self.rng.choice(LAST)

    def date(self, year_from: int = 2025, year_to: int = 2027) -> str:
        return f"{self.rng.randint(1, 28):02d}.{self.rng.randint(1, 12):02d}.{self.rng.randint(year_from, year_to)}"

    def birth(self) -> str:
        return self.date(1940, 2005)

    def time(self) -> str:
        return f"{self.rng.randint(8, 17)}:{self.rng.choice(['00', '15', '30', '45'])} Uhr"

    def iban(self) -> str:
        account = f"{self.rng.randint(0, 9999999999):010d}"
        bban = self.rng.choice(BANKS) + account
        check = stdnum_iban.calc_check_digits("DE00" + bban)
        raw = f"DE{check}{bban}"
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))

    def contract(self) -> str:
        return (
            self.rng.choice(["KV", "LV", "HR", "KF", "PH", "UV", "BU", "RS"])
            + f"-{self.rng.randint(1000000, 9999999)}"
        )

    def amount(self, low: int = 1500, high: int = 9000) -> str:
        value = self.rng.randint(low, high)
        return f"{value:,}".replace(",", ".") + ",00 EUR"

    def city(self) -> str:
        return self.rng.choice(CITIES)

    def phone(self) -> str:
        return f"0{self.rng.randint(200, 999)} {self.rng.randint(100000, 9999999)}"

    def icd(self) -> str:
        return self.rng.choice(
            ["F32.1", "M51.2", "S82.0", "I21.9", "E11.9", "F43.2", "C50.9", "J45.0"]
        )


def normal(f: Fill) -> list[tuple[str, str]]:
    return [
        (
            "Terminbestätigung",
            f"Guten Tag {f.name()},\n\nhiermit bestätigen wir Ihren Beratungstermin am {f.date()} um {f.time()} in unserer Geschäftsstelle {f.city()}.\n\nMit freundlichen Grüßen\nIhr Kundenservice",
        ),
        (
            "Einladung zur Maklerveranstaltung",
            f"Liebe Partnerinnen und Partner,\n\nwir laden Sie herzlich zu unserem Vertriebsforum am {f.date()} in {f.city()} ein. Beginn ist um {f.time()}, Raum F32 im zweiten Stock.\nBitte melden Sie sich bis zum {f.date()} an.",
        ),
        (
            "Newsletter November",
            f"Sehr geehrte Damen und Herren,\n\nin diesem Newsletter: neue Öffnungszeiten ab {f.date()}, unser Online-Service und Tipps für den Winter. Rückfragen unter {f.phone()}.\n\nIhr Marketing-Team",
        ),
        (
            "Rückruf erbeten",
            f"Hallo Herr {f.last()},\n\nbitte rufen Sie mich unter {f.phone()} zurück, es geht um die Abstimmung der Präsentation für {f.date()}.\n\nViele Grüße\n{f.name()}",
        ),
        (
            "Bestellung Informationsmaterial",
            f'Guten Tag,\n\nwir bestellen 50 Exemplare der Broschüre "Sicher unterwegs" (Bestellnummer 4711-{f.rng.randint(100, 999)}). Lieferung bitte bis {f.date()} an unsere Agentur in {f.city()}.\n\nDanke!',
        ),
        (
            "Protokoll Teambesprechung",
            f"Hallo zusammen,\n\nanbei die Punkte aus der Besprechung vom {f.date()}:\n1. Umzug der Abteilung in Raum 2.14\n2. Urlaubsplanung\n3. Die Behandlung Ihres Anliegens im Ticketsystem dauert derzeit 3 Tage.\n\nGruß {f.name()}",
        ),
        (
            "Wartungsfenster IT",
            f"Liebe Kolleginnen und Kollegen,\n\nam {f.date()} zwischen {f.time()} und {f.time()} ist das Vertragssystem wegen Wartung nicht erreichbar. Ticket 2026-{f.rng.randint(10000, 99999)}.",
        ),
        (
            "Re: Frage zur Anfahrt",
            f"Hallo {f.name()},\n\ndie Anfahrt zu unserem Büro finden Sie auf unserer Website. Parkplätze gibt es in der Tiefgarage, Einfahrt Hausnummer {f.rng.randint(1, 120)}.\n\nBis zum {f.date()}!",
        ),
        (
            "Produktinformation Hausrat",
            f"Sehr geehrte Damen und Herren,\n\nunsere neue Hausratversicherung bietet ab {f.date()} einen Fahrradbaustein. Die Konditionen finden Sie im Vertriebsportal.\n\nIhr Produktmanagement",
        ),
        (
            "Kfz-Tarif 2027",
            f"Liebe Vermittler,\n\nzum {f.date()} passen wir die Kfz-Versicherung an: neue Typklassen, Werkstattbonus und Telematik-Option. Schulungstermin am {f.date()} um {f.time()}.",
        ),
        (
            "Schulungsunterlagen",
            f'Guten Morgen,\n\nanbei die Unterlagen zur Schulung "Haftpflichtversicherung für Handwerker" vom {f.date()}. Die Teilnahmebestätigungen folgen.\n\n{f.name()}',
        ),
        (
            "Abwesenheitsnotiz",
            f"Vielen Dank für Ihre Nachricht. Ich bin bis zum {f.date()} nicht im Büro. In dringenden Fällen wenden Sie sich bitte an {f.name()}, Telefon {f.phone()}.",
        ),
        (
            "Rechnung Catering",
            f"Sehr geehrte Damen und Herren,\n\nfür die Veranstaltung am {f.date()} stellen wir Ihnen 1.250,00 EUR in Rechnung (Rechnungsnummer R-{f.rng.randint(10000, 99999)}). Zahlbar bis {f.date()}.",
        ),
        (
            "Stellenausschreibung",
            f"Wir suchen zum {f.date()} eine Sachbearbeiterin / einen Sachbearbeiter Schaden (m/w/d) in {f.city()}. Bewerbungen bitte über das Karriereportal.",
        ),
        (
            "Sommerfest",
            f"Liebe Kolleginnen und Kollegen,\n\nunser Sommerfest findet am {f.date()} ab {f.time()} im Innenhof statt. Für Essen und Getränke ist gesorgt!",
        ),
        (
            "Gewinnspiel",
            f"Herzlichen Glückwunsch! Sie haben bei unserem Gewinnspiel zur Messe in {f.city()} einen Gutschein gewonnen. Die Übergabe erfolgt am {f.date()}.",
        ),
        (
            "Büroschließung",
            f"Hinweis: Am {f.date()} bleibt die Geschäftsstelle {f.city()} wegen einer Betriebsversammlung geschlossen.",
        ),
        (
            "Frage zur Rechtsschutzversicherung",
            f"Guten Tag,\n\nkönnen Sie mir allgemein erklären, was eine Rechtsschutzversicherung im Verkehrsbereich abdeckt? Ich überlege, eine abzuschließen.\n\nViele Grüße\n{f.name()}",
        ),
        (
            "Einladung Webinar Betriebshaftpflicht",
            f"Am {f.date()} um {f.time()} erklären wir im Webinar die neue Betriebshaftpflicht für Start-ups. Anmeldung online.",
        ),
        (
            "Neue Durchwahl",
            f"Hallo,\n\nab {f.date()} erreichen Sie mich unter der neuen Durchwahl {f.phone()}.\n\n{f.name()}",
        ),
        (
            "Diagnose der Netzwerkstörung",
            f"Hallo IT-Team,\n\ndie Diagnose der Störung vom {f.date()} ergab einen defekten Switch in Raum F32. Die Behandlung des Tickets ist abgeschlossen.",
        ),
        (
            "Geburtstagsfeier im Team",
            f"Hallo zusammen,\n\nwir feiern am {f.date()} um {f.time()} den runden Geburtstag von {f.name()} in der Kantine. Wer beteiligt sich am Geschenk?",
        ),
        (
            "Stellenangebot Vertrieb",
            f"Für unsere Agentur in {f.city()} suchen wir eine Vertriebskraft. Gehalt nach Vereinbarung, Firmenwagen, 30 Urlaubstage. Start zum {f.date()}.",
        ),
        (
            "Anfahrt Krankenhausparkplatz",
            f"Hallo,\n\nder Kundentermin findet im Café gegenüber dem Krankenhaus in {f.city()} statt, am {f.date()} um {f.time()}.",
        ),
        (
            "Spendenaktion",
            f"Liebe Kolleginnen und Kollegen,\n\nbeim Firmenlauf am {f.date()} sammeln wir für die Kinderklinik in {f.city()}. Jeder Kilometer zählt!",
        ),
        (
            "Jahresabschluss Agentur",
            f"Hallo,\n\nder Umsatz der Agentur lag 2026 bei 1.250.000,00 EUR, brutto gerechnet. Die Zahlen besprechen wir am {f.date()}.",
        ),
    ]


def confidential(f: Fill) -> list[tuple[str, str]]:
    return [
        (
            "Änderung Ihrer Bankverbindung",
            f"Sehr geehrte/r {f.name()},\n\nwir haben Ihre neue Bankverbindung gespeichert: IBAN {f.iban()}. Die Beiträge für Ihre Hausratversicherung werden ab dem {f.date()} von diesem Konto abgebucht.",
        ),
        (
            "Ihr Kfz-Antrag",
            f"Guten Tag,\n\nfür den Antrag benötigen wir noch Angaben zum Fahrer: {f.name()}, geb. {f.birth()}, wohnhaft in {f.city()}.\n\nMit freundlichen Grüßen",
        ),
        (
            "Vertragsbestätigung",
            f"Sehr geehrter Herr {f.last()},\n\nIhre Privathaftpflicht ist policiert. Versicherungsnummer: {f.contract()}. Beginn ist der {f.date()}.",
        ),
        (
            "Rückfrage Beitragseinzug",
            f"Hallo,\n\nder Einzug für die Vertragsnummer {f.contract()} ist fehlgeschlagen. Bitte prüfen Sie die hinterlegte IBAN {f.iban()}.",
        ),
        (
            "Einkommensnachweis Rechtsschutz",
            f"Guten Tag,\n\nzum Antrag für die Rechtsschutzversicherung: das Bruttoeinkommen von {f.name()} beträgt {f.amount(30000, 90000)} im Jahr.\n\nBeste Grüße",
        ),
        (
            "Kundendaten für Wohngebäude",
            f"Hallo Kollegin,\n\nhier die Daten der Kundin für das Angebot Wohngebäudeversicherung: {f.name()}, Geburtsdatum {f.birth()}, Objekt in {f.city()}.",
        ),
        (
            "Schadenmeldung Hausrat",
            f"Sehr geehrte Damen und Herren,\n\nzum Einbruch vom {f.date()} übersende ich die Stehlgutliste. Schadennummer {f.contract()}. Die Erstattung bitte auf DE-Konto IBAN {f.iban()}.\n\n{f.name()}",
        ),
        (
            "Steuer-ID für Vertrag",
            "Guten Tag,\n\nfür die Meldung benötigen wir Ihre Steuer-ID. Wir haben notiert: Steuer-ID 36574261809. Bitte prüfen Sie die Angabe.\n\nIhr Service",
        ),
        (
            "[vertraulich] Kundenliste",
            f"Hallo Team,\n\nanbei die Liste der Kündigungen aus {f.city()} zur Nachbearbeitung.\n\n{f.name()}",
        ),
        (
            "Gehaltsangaben Firmenkunde",
            f"Hallo,\n\nfür das Angebot der Gruppen-Rechtsschutzversicherung: Herr {f.last()} verdient {f.amount(3000, 8000)} brutto im Monat, Frau {f.last()} {f.amount(3000, 8000)} brutto.\n\nDanke",
        ),
        (
            "Kontoverbindung für Erstattung",
            f"Hallo,\n\nbitte erstatten Sie den Betrag für die Kfz-Reparatur auf mein Konto: {f.iban()}.\n\nVielen Dank\n{f.name()}",
        ),
        (
            "Neuer Versicherungsnehmer",
            f"Sehr geehrte Damen und Herren,\n\nab dem {f.date()} ist {f.name()} (*{f.birth()}) Versicherungsnehmer des Vertrags {f.contract()} (Policennummer {f.contract()}).",
        ),
        (
            "[secure] Maklervollmacht",
            f"Anbei die Vollmacht von {f.name()} für die Übertragung der Kfz-Verträge. Bitte um Bestätigung bis {f.date()}.",
        ),
        (
            "Angaben zum Mieter",
            f"Hallo,\n\nder neue Mieter {f.name()}, geboren am {f.birth()}, soll in die Gebäudeversicherung als Bewohner aufgenommen werden.",
        ),
        (
            "Kundin ist umgezogen",
            f"Hallo,\n\n{f.name()} ({f.birth()}) wohnt jetzt in {f.city()}. Bitte die Adresse in allen Sachverträgen ändern.",
        ),
        (
            "Lastschrift zurückgegeben",
            "Guten Tag,\n\ndie Lastschrift über 89,90 EUR für Ihre Kfz-Versicherung kam zurück. Bitte nennen Sie uns eine neue Bankverbindung.\n\nIhr Beitragsservice",
        ),
    ]


def strictly(f: Fill) -> list[tuple[str, str]]:
    return [
        (
            "Ihr Leistungsantrag Krankenversicherung",
            f"Sehr geehrte/r {f.name()},\n\nwir haben den Arztbericht vom {f.date()} erhalten. Die Kosten für die stationäre Behandlung werden übernommen.\n\nIhre Leistungsabteilung",
        ),
        (
            "Rückfrage Diagnose",
            f"Guten Tag,\n\nbitte senden Sie uns den Befund zur Diagnose {f.icd()} (ICD-10) vom {f.date()}, damit wir den Antrag prüfen können.",
        ),
        (
            "Arbeitsunfähigkeit",
            f"Hallo,\n\nanbei die AU-Bescheinigung für {f.name()} ab dem {f.date()}. Die Arbeitsunfähigkeit dauert voraussichtlich sechs Wochen.",
        ),
        (
            "Antrag Berufsunfähigkeitsversicherung",
            f"Sehr geehrte Damen und Herren,\n\nzum Antrag von {f.name()} beantworten wir die Gesundheitsfragen wie folgt: Rückenschmerzen 2023, Physiotherapie abgeschlossen.\n\nIhr Makler",
        ),
        (
            "Unfallmeldung",
            f"Guten Tag,\n\nich melde einen Unfall vom {f.date()}: Fraktur des rechten Unterschenkels, Operation im Krankenhaus {f.city()}. Vertrag Unfallversicherung {f.contract()}.",
        ),
        (
            "Lebensversicherung Bezugsrecht",
            f"Sehr geehrter Herr {f.last()},\n\nwir bestätigen die Änderung des Bezugsrechts Ihrer Lebensversicherung {f.contract()} zugunsten von {f.name()}.",
        ),
        (
            "Zahnzusatzversicherung Heil- und Kostenplan",
            f"Hallo,\n\nanbei der Heil- und Kostenplan für den Zahnersatz von {f.name()}. Bitte um Zusage bis {f.date()}.",
        ),
        (
            "Psychotherapie Kostenübernahme",
            f"Sehr geehrte Damen und Herren,\n\nich beantrage die Kostenübernahme für eine Psychotherapie (25 Sitzungen). Die Diagnose lautet {f.icd()}.\n\n{f.name()}",
        ),
        (
            "Pflegegrad",
            f"Guten Tag,\n\ndie Begutachtung hat Pflegegrad 3 ergeben. Bitte passen Sie die Leistungen der Pflegezusatzversicherung für {f.name()} an.",
        ),
        (
            "Rückfrage Vorerkrankungen",
            f"Hallo Herr {f.last()},\n\nfür die Risikoprüfung benötigen wir Angaben zu Vorerkrankungen Ihres Kunden (Diabetes seit wann?).\n\nRisikoprüfung Leben",
        ),
        (
            "Krankentagegeld",
            f"Sehr geehrte Frau {f.last()},\n\ndas Krankentagegeld wird ab dem {f.date()} gezahlt. Bitte reichen Sie alle vier Wochen eine Bescheinigung Ihres Arztes ein.",
        ),
        (
            "Entlassungsbericht Reha",
            f"Anbei der Entlassungsbericht der Reha-Klinik für {f.name()}, Aufenthalt vom {f.date()} bis {f.date()}.",
        ),
        (
            f"[streng vertraulich] Vorgang {f.rng.randint(100, 999)}",
            f"Hallo,\n\nbitte den Vorgang von {f.name()} heute noch bearbeiten.\n\nDanke",
        ),
        (
            "Private Krankenversicherung Beitrag",
            f"Sehr geehrter Herr {f.last()},\n\nIhr Beitrag zur Krankenversicherung ändert sich zum {f.date()}. Die Versicherungsnummer bleibt {f.contract()}.",
        ),
        (
            "BU-Leistungsprüfung",
            f"Guten Tag,\n\nwir prüfen die Berufsunfähigkeit von {f.name()}. Bitte senden Sie die Befunde des Facharztes und den Reha-Bericht.",
        ),
        (
            "Schwangerschaft und Tarifwechsel",
            f"Hallo,\n\nmeine Kundin {f.name()} ist schwanger. Ist ein Tarifwechsel in der Krankenzusatzversicherung jetzt noch möglich?",
        ),
        (
            "Herzinfarkt – Leistungsfall",
            f"Sehr geehrte Damen und Herren,\n\nmein Mann hatte am {f.date()} einen Herzinfarkt und liegt im Krankenhaus. Was muss ich für die Risikolebensversicherung einreichen?",
        ),
        (
            "Invaliditätsleistung",
            "Guten Tag,\n\nnach dem Gutachten beträgt der Invaliditätsgrad 20 %. Die Invaliditätsleistung aus der Unfallversicherung wird ausgezahlt.",
        ),
        (
            "Knie-OP",
            f"Hallo Frau {f.last()},\n\nmein Kunde {f.name()} hatte letzte Woche eine Knie-OP und ist bis {f.date()} krankgeschrieben. Wie geht es mit dem Antrag weiter?",
        ),
        (
            "Kur für meine Tochter",
            f"Guten Tag,\n\nmeine Tochter soll wegen ihres Asthmas zur Kur an die Nordsee. Übernehmen Sie die Kosten?\n\n{f.name()}",
        ),
        (
            "Brille und Sehtest",
            f"Hallo,\n\nanbei die Rechnung des Augenarztes und des Optikers für die neue Brille (-4,5 Dioptrien). Bitte erstatten.\n\n{f.name()}",
        ),
    ]


def build(seed: int = 2026, per_template: int = 4) -> list[Sample]:
    rng = random.Random(seed)
    fill = Fill(rng)
    samples: list[Sample] = []
    for label, maker in ((N, normal), (C, confidential), (S, strictly)):
        for _ in range(per_template):
            for subject, body in maker(fill):
                samples.append(Sample(len(samples), label, subject, body, html=rng.random() < 0.25))
    return samples


def as_mail(sample: Sample) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "sachbearbeitung@versicherer.example"
    message["To"] = "kunde@example.org"
    message["Subject"] = sample.subject
    if sample.html:
        paragraphs = "".join(f"<p>{line}</p>" for line in sample.body.split("\n") if line)
        message.set_content(
            f"<html><body><style>p {{margin:0}}</style>{paragraphs}</body></html>", subtype="html"
        )
    else:
        message.set_content(sample.body)
    return message.as_bytes()


if __name__ == "__main__":
    for item in build():
        print(json.dumps(asdict(item), ensure_ascii=False))
