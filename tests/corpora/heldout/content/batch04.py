# Batch 4: life insurance, company pensions (bAV), HR, group covers
from .common import *

M(SC, "de", "company-to-insurer", "employer sends named employees with birth dates and salary conversion amounts for company pension (life line)",
  "Personalabteilung Heller Maschinenbau <personal@heller-maschinenbau.example>", "bav@versicherer.example",
  "Neuanmeldungen Direktversicherung zum 01.04.2026",
  """Sehr geehrte Frau Vogt,

anbei wie besprochen die Neuanmeldungen zur Direktversicherung (Rahmenvertrag RV-bAV 0044-17) zum 01.04.2026. Der Arbeitgeberzuschuss beträgt bei allen 15 % des Umwandlungsbetrags.

Bitte bestätigen Sie kurz den Eingang.

Freundliche Grüße
Simone Kraft
Personalabteilung
Heller Maschinenbau GmbH & Co. KG · Industriestraße 8 · 31137 Hildesheim""",
  att=[XLSX("bAV_Neuanmeldungen_2026-04.xlsx", [
      ("Anmeldungen", [["Pers.-Nr.", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Bruttogehalt mtl.", "Umwandlung mtl.", "AG-Zuschuss"],
                       [10482, "Yıldız", "Emre", "1997-05-14", "2025-09-01", 3650, 150, 22.5],
                       [10491, "Brandt", "Leonie", "2001-02-27", "2025-10-15", 2980, 100, 15],
                       [10503, "Kowalski", "Piotr", "1986-12-03", "2026-01-01", 4420, 250, 37.5],
                       [10507, "Schäfer", "Marlene", "1972-08-19", "2026-01-01", 5150, 302, 45.3]]),
      ("Info", [["Rahmenvertrag", "RV-bAV 0044-17"], ["Durchführungsweg", "Direktversicherung § 3 Nr. 63 EStG"]])],
      author="S. Kraft")], date="2026-03-02 10:14")

M(SC, "de", "insurer-to-company", "bland body; ZIP with pension commitment letters of named employees (life line)",
  S("k.vogt"), "Simone Kraft <personal@heller-maschinenbau.example>", "Unterlagen Direktversicherung",
  """Sehr geehrte Frau Kraft,

anbei die Unterlagen. Bitte leiten Sie die Versicherungsscheine an die Mitarbeitenden weiter.

Viele Grüße
Katharina Vogt
Firmenkunden bAV""",
  att=[ZIP("Versicherungsscheine_Heller_2026-04.zip", [
      PDF("VS_Yildiz_Emre.pdf", [("h", "Versicherungsschein Direktversicherung Nr. LV 90-0441201"),
                                 "Versicherungsnehmerin: Heller Maschinenbau GmbH & Co. KG",
                                 "Versicherte Person: Emre Yıldız, geb. 14.05.1997",
                                 ("table", [["Beginn", "Ablauf", "Beitrag mtl.", "garantierte Rente mtl."],
                                            ["01.04.2026", "01.04.2064", "172,50 €", "198,31 €"]]),
                                 "Bezugsrecht: unwiderruflich die versicherte Person; im Todesfall vor Rentenbeginn die Hinterbliebenen."]),
      PDF("VS_Brandt_Leonie.pdf", [("h", "Versicherungsschein Direktversicherung Nr. LV 90-0441202"),
                                   "Versicherte Person: Leonie Brandt, geb. 27.02.2001",
                                   ("table", [["Beginn", "Ablauf", "Beitrag mtl.", "garantierte Rente mtl."],
                                              ["01.04.2026", "01.04.2068", "115,00 €", "147,02 €"]])]),
      PDF("VS_Kowalski_Piotr.pdf", [("h", "Versicherungsschein Direktversicherung Nr. LV 90-0441203"),
                                    "Versicherte Person: Piotr Kowalski, geb. 03.12.1986",
                                    ("table", [["Beginn", "Ablauf", "Beitrag mtl.", "garantierte Rente mtl."],
                                               ["01.04.2026", "01.04.2054", "287,50 €", "246,90 €"]])])])])

M(SC, "en", "insurer-to-customer", "surrender value of the addressee's life insurance when leaving Germany (personal line)",
  S("f.seidel"), "Michael O'Connor <michael.oconnor@eircom.example>", "Your endowment policy LV 12-0087716 – surrender value",
  """Dear Mr O'Connor,

as requested, here is the information on your endowment policy LV 12-0087716:

Surrender value as of 1 May 2026: EUR 18,412.55
Of which profit participation: EUR 2,104.80
Paid-up value (if you stop paying premiums instead): EUR 19,960.00 at maturity on 1 December 2038

If you surrender the policy, capital gains tax may be withheld on the income portion unless you provide a certificate of residence abroad. Surrendering a policy usually means a loss compared with keeping it until maturity; please consider the paid-up option.

Kind regards
Dr. Frank Seidel
Life Insurance Benefits""")

M(SC, "de", "insurer-to-customer", "death benefit claim: condolences to the widow and request for the cause-of-death certificate (life line)",
  S("f.seidel"), "Marianne Lüttge <marianne.luettge@web.example>", "Lebensversicherung Ihres verstorbenen Mannes – LV 08-1120573",
  """Sehr geehrte Frau Lüttge,

zum Tod Ihres Mannes, Herrn Werner Lüttge, sprechen wir Ihnen unser aufrichtiges Beileid aus.

Sie sind in der Lebensversicherung LV 08-1120573 als Bezugsberechtigte eingetragen. Die Versicherungssumme von 50.000 € zuzüglich Überschussbeteiligung zahlen wir aus, sobald uns folgende Unterlagen vorliegen:

1. Sterbeurkunde (beglaubigte Kopie)
2. ärztliche Bescheinigung über die Todesursache (Formular anbei per Post – Ihr Hausarzt oder das Krankenhaus kann es ausfüllen)
3. Original-Versicherungsschein oder Verlusterklärung

Da Ihr Mann die Versicherung erst vor zwei Jahren abgeschlossen hat, sind wir verpflichtet, die ärztliche Bescheinigung genauer zu prüfen. Bitte sehen Sie uns das nach.

Mit herzlichem Gruß
Dr. Frank Seidel
Leistungsprüfung Leben""")

M(SC, "de", "broker-to-insurer", "term-life application for a named client with smoking status, BMI and diabetes answers to health questions",
  "Versicherungsmakler Jens Oltrogge <jens@oltrogge-makler.example>", "antrag.leben@versicherer.example",
  "Antrag Risiko-LV Kunde Bastian Hemme – Gesundheitsfragen",
  """Moin,

anbei ergänzend zu meinem Antrag vom Montag die Antworten zu den Gesundheitsfragen meines Kunden Bastian Hemme, geb. 06.01.1984:

- Raucher: ja, seit 2003, ca. 10 Zig./Tag
- Größe 1,78 m, Gewicht 97 kg
- Frage 3 (Stoffwechsel): Diabetes Typ 2 seit 2023, Metformin 2x500 mg, HbA1c zuletzt 6,4 %
- Frage 5 (Psyche): nein
- Frage 7 (Krankenhaus letzte 5 J.): 2022 Blinddarm-OP, folgenlos

Versicherungssumme 250.000 €, Laufzeit 25 J., zugunsten der Ehefrau (Darlehensabsicherung Hausbau).

Gruß aus Verden
Jens Oltrogge
Versicherungsmakler § 34d Abs. 1 GewO""")

M(N, "de", "insurer-to-company", "general brochure on company pensions for HR departments; no person",
  S("k.vogt"), "Personalleitung Stadtwerke Uelzen <personalleitung@stadtwerke-uelzen.example>", "Informationen zur betrieblichen Altersversorgung",
  """Sehr geehrter Herr Paulsen,

vielen Dank für das freundliche Gespräch auf der Personalmesse. Wie versprochen sende ich Ihnen unsere Arbeitgeberbroschüre zur betrieblichen Altersversorgung. Darin finden Sie die Durchführungswege, die steuerlichen Grenzen 2026 und unsere digitale Verwaltung für Personalabteilungen.

Gern stelle ich Ihnen die Lösung auch persönlich vor.

Mit freundlichen Grüßen
Katharina Vogt""",
  att=[PDF("bAV_Arbeitgeberbroschuere_2026.pdf", [
      ("h", "Betriebliche Altersversorgung mit Lindenhof – einfach für Arbeitgeber"),
      ("table", [["Grenze 2026", "Betrag"],
                 ["Steuerfrei nach § 3 Nr. 63 EStG (8 % BBG RV)", "8.112 € jährlich"],
                 ["Sozialversicherungsfrei (4 % BBG RV)", "4.056 € jährlich"],
                 ["Pflicht-Arbeitgeberzuschuss", "15 % des umgewandelten Entgelts"]]),
      "Durchführungswege: Direktversicherung, Pensionskasse, Unterstützungskasse.",
      "Digitale bAV-Verwaltung: Anmeldung, Änderung und Austritt von Mitarbeitenden online, Schnittstelle zu gängigen Lohnprogrammen.",
      "Musterrechnung: Arbeitnehmer, 35 Jahre, 3.500 € brutto, Umwandlung 100 € mtl. – Nettoaufwand ca. 52 € mtl."],
      title="bAV Arbeitgeberbroschüre")])

M(N, "en", "insurer-to-company", "newsletter on German pension reform for international HR teams; no person",
  F("bav", "Lindenhof Corporate Pensions"), "hr-international@verteiler.versicherer.example",
  "Corporate pensions update: what changes for employers in 2026",
  """Corporate Pensions Update – March 2026

1. Higher tax-free limit: contributions up to 8 % of the social security ceiling are tax-free.
2. Opting-out models: employers may now introduce automatic enrolment without a collective agreement, subject to conditions.
3. Small-business incentive: the subsidy for low earners increases.

Webinar on 28 April at 14:00 CEST – register via your Lindenhof contact.

This newsletter contains general information only and is not tax advice.""")

M(C, "de", "insurer-to-applicant", "job offer naming the applicant with annual salary (income)",
  S("b.richter"), "Lea Sommerfeld <lea.sommerfeld@gmail.example>", "Ihr Vertragsangebot als Sachbearbeiterin Kfz-Schaden",
  """Liebe Frau Sommerfeld,

wir freuen uns sehr, Ihnen nach den guten Gesprächen ein Angebot machen zu können:

Position: Sachbearbeiterin Kfz-Schaden, Vollzeit (38 Std.)
Beginn: 01.05.2026, unbefristet, Probezeit 6 Monate
Vergütung: Tarifgruppe VI, Berufsjahr 3, monatlich 4.312 € brutto, zzgl. 13. Gehalt und 80 % Urlaubsgeld – entspricht ca. 58.500 € brutto im Jahr
Zusätzlich: arbeitgeberfinanzierte bAV 3 % des Gehalts, JobRad, Deutschlandticket-Zuschuss

Der Vertrag kommt per Post. Bitte geben Sie uns bis 31.03.2026 Bescheid.

Herzliche Grüße
Ben Richter
Personalabteilung""")

M(C, "de", "insurer-to-supplier", "payroll changes of named staff with salary, tax class and social-security number to the payroll provider",
  S("b.richter"), "Lohnbuchhaltung Datenservice Nord <lohn@datenservice-nord.example>", "Änderungsmeldungen Abrechnungsmonat April 2026",
  """Hallo Herr Bertram,

anbei die Änderungsmeldungen für den Abrechnungsmonat April. Bitte wie immer bis zum 15. einspielen.

Danke
Ben Richter""",
  att=[XLSX("Aenderungen_2026-04.xlsx", [
      ("Änderungen", [["Pers.-Nr.", "Name", "Änderung", "alt", "neu", "gültig ab", "SV-Nr."],
                      [2210, "Krüger, Thomas", "Steuerklasse", "I", "III", "2026-04-01", "65 170879 K 012"],
                      [3187, "Demir, Aylin", "Grundgehalt", "3.980,00", "4.215,00", "2026-04-01", "65 020391 D 507"],
                      [4402, "Fischer, Laura", "Arbeitszeit", "38,0", "30,0", "2026-04-01", "12 110688 F 019"],
                      [4519, "Sommerfeld, Lea", "Eintritt", "", "4.312,00", "2026-05-01", "65 290997 S 024"]])],
      author="Personalabteilung")])

M(N, "de", "internal", "company outing poll; no personal data",
  "Betriebsrat <betriebsrat@versicherer.example>", "Alle Mitarbeitenden Hannover <alle.hannover@versicherer.example>", "Betriebsausflug 2026 – stimmt ab!",
  """Liebe Kolleginnen und Kollegen,

der Betriebsausflug findet am Freitag, 12. Juni 2026 statt. Zur Wahl stehen:

A) Kanutour auf der Leine mit Grillen
B) Stadtführung Goslar und Bergwerk Rammelsberg
C) Kletterwald und Biergarten am Steinhuder Meer

Abstimmung bis 17. April im Intranet. Bitte gebt dort auch an, ob ihr vegetarisch/vegan essen möchtet.

Euer Betriebsrat""")

M(SC, "en", "insurer-to-customer", "change of beneficiary in the addressee's life insurance naming the new beneficiary",
  S("f.seidel"), "Sandra Whitmore <sandra.whitmore@gmail.example>", "Beneficiary change confirmed – policy LV 31-0992210",
  """Dear Ms Whitmore,

we confirm the change of beneficiary for your term life insurance LV 31-0992210 (sum assured EUR 300,000) with effect from 12 March 2026:

Revocable beneficiary for the death benefit: Emily Whitmore (daughter), born 9 July 2008
previously: Mark Whitmore

Please note that your former husband's consent was not required, as the beneficiary designation was revocable.

Kind regards
Dr. Frank Seidel""")

M(SC, "de", "insurer-to-customer", "state-subsidised pension (Riester, life line) allowance statement with tax ID of the addressee",
  F("leben", "Lindenhof Lebensversicherung"), "Daniela Frerichs <daniela.frerichs@t-online.example>", "Ihre Zulagenbestätigung 2025",
  None,
  html=page(f"""<p>Sehr geehrte Frau Frerichs,</p>
<p>für Ihren Altersvorsorgevertrag LV 70-3387102 hat die Zentrale Zulagenstelle für Altersvermögen folgende Zulagen für das Beitragsjahr 2025 gutgeschrieben:</p>
{table([["Zulage", "Betrag"], ["Grundzulage", "175,00 €"], ["Kinderzulage Jonas (geb. 2012)", "300,00 €"], ["Kinderzulage Mia (geb. 2015)", "300,00 €"], ["Summe", "775,00 €"]])}
<p>Ihre Eigenbeiträge 2025: 1.325,00 €. Ihre steuerliche Identifikationsnummer: 47 036 892 816. Die Bescheinigung nach § 10a EStG für Ihre Steuererklärung erhalten Sie per Post.</p>
<p>Mit freundlichen Grüßen<br>Lindenhof Lebensversicherung AG</p>"""))

M(N, "de", "insurer-to-public", "marketing for term life insurance; health/death vocabulary but no person",
  F("marketing", "Lindenhof Versicherung"), "interessenten@verteiler.example", "Ihre Familie gut abgesichert – schon ab 5 € im Monat",
  """Was passiert, wenn Ihnen etwas zustößt?

Mit der Lindenhof Risikolebensversicherung sichern Sie Ihre Familie und Ihren Immobilienkredit ab. Die Gesundheitsfragen beantworten Sie bequem online, bei Versicherungssummen bis 300.000 € meist ohne ärztliche Untersuchung.

Beispiel: 30-jährige Nichtraucherin, Bürotätigkeit, 150.000 € Versicherungssumme, 20 Jahre Laufzeit: 5,12 € monatlich.

Jetzt berechnen: www.lindenhof-versicherung.example/risikoleben""")

M(SC, "de", "insurer-to-company", "employee leaving: vested company pension rights of a named employee (life line)",
  S("k.vogt"), "Simone Kraft <personal@heller-maschinenbau.example>", "AW: Austritt Herr Dennis Gerdes zum 31.03.2026",
  f"""Hallo Frau Kraft,

danke für die Info. Herr Gerdes (Direktversicherung LV 90-0398817) hat die Anwartschaft durch Entgeltumwandlung finanziert, sie ist daher sofort unverfallbar. Die Versicherungsnehmerstellung kann auf Herrn Gerdes übertragen werden, oder er nimmt den Vertrag zu seinem neuen Arbeitgeber mit (Übertragungsabkommen). Ein Formular schicke ich ihm direkt, wenn Sie mir seine Privatanschrift geben.

Aktuelles Deckungskapital: 7.118,40 €.

Viele Grüße
Katharina Vogt

{am_schrieb("23.03.2026 14:05", "Simone Kraft")}
> Hallo Frau Vogt, Herr Dennis Gerdes (Pers.-Nr. 9917) hat zum 31.03. gekündigt.
> Was passiert mit seiner Direktversicherung? Gruß S. Kraft""")

M(C, "en", "company-to-insurer", "business travellers with dates of birth and passport numbers for a group travel policy (non-personal line)",
  "Travel Desk Brightwater Engineering <travel@brightwater-eng.example>", S("l.kaiser"),
  "Group travel policy GR 95-0017 – travellers Singapore trade fair",
  """Hi Lukas,

please add the following travellers to our group travel policy GR 95-0017 for the trade fair in Singapore (15-22 April 2026). CSV attached. Cover as usual: cancellation, baggage, medical assistance.

Thanks!
Hannah Becker
Travel Desk, Brightwater Engineering GmbH""",
  att=[CSV("travellers_SG_2026-04.csv", [
      ["last_name", "first_name", "date_of_birth", "nationality", "passport_no", "passport_expiry"],
      ["Albers", "Tim", "12/07/1985", "DE", "C4XJ71L2K", "2031-02-11"],
      ["Chen", "Wei", "03/11/1991", "CN", "EH4418273", "2029-08-30"],
      ["Gomez", "Lucia", "22/01/1979", "ES", "PAB771204", "2028-05-17"],
      ["Lindner", "Katja", "30/09/1994", "DE", "C01FR93T7", "2032-10-03"]], delim=",")])

M(N, "en", "insurer-to-company", "general information on the German company pension strengthening law; no person",
  S("k.vogt"), "Rebecca Hughes <rebecca.hughes@brightwater-eng.example>", "Re: German pension rules for our new hires",
  """Hi Rebecca,

happy to summarise. In Germany every employee has the right to convert part of their salary into a company pension (Entgeltumwandlung). If you as the employer save social security contributions, you must add 15 % of the converted amount. For 2026, up to EUR 8,112 a year can be paid in tax-free.

Your existing group contract with us can be used for all new hires; enrolment works online. I'll send you the English enrolment guide separately.

Best regards
Katharina""")

M(SC, "de", "insurer-to-customer", "pension payments from the addressee's direct insurance start, with amount (life line)",
  F("leben", "Lindenhof Lebensversicherung"), "Klaus-Dieter Wendland <kd.wendland@web.example>", "Ihre Rente ab 01.05.2026",
  """Sehr geehrter Herr Wendland,

herzlichen Glückwunsch zum bevorstehenden Ruhestand! Aus Ihrer Direktversicherung LV 55-0020714 zahlen wir Ihnen ab 01.05.2026 eine lebenslange monatliche Rente von 312,40 € (davon garantiert 268,10 €).

Die Rente ist voll steuerpflichtig und beitragspflichtig in der Kranken- und Pflegeversicherung der Rentner. Wir melden sie deshalb über das Zahlstellenverfahren an Ihre Krankenkasse.

Bitte bestätigen Sie uns Ihre Bankverbindung auf dem beigefügten Formular.

Mit freundlichen Grüßen
Lindenhof Lebensversicherung AG""")

M(N, "de", "internal", "aggregated lapse rates for life insurance; statistics only",
  S("o.brandt"), "Produktmanagement Leben <pm.leben@versicherer.example>", "Stornoquoten Leben Q4/2025",
  """Hallo zusammen,

anbei die Stornoquoten Q4/2025 nach Produktlinie. Besonders die fondsgebundene Rente gegen Einmalbeitrag fällt mit 6,1 % auf.

VG Olaf""",
  att=[ODS("Stornoquoten_Leben_Q4_2025.ods", [
      ["Produkt", "Bestand Verträge", "Storno Q4", "Quote", "Vorjahr"],
      ["Klassische Rente", 84120, 1598, "1,9%", "2,1%"],
      ["Fondsgebundene Rente laufend", 61877, 2104, "3,4%", "3,0%"],
      ["Fondsgebundene Rente EB", 9812, 599, "6,1%", "4,2%"],
      ["Risikoleben", 112400, 2810, "2,5%", "2,6%"],
      ["BU selbstständig", 38210, 611, "1,6%", "1,7%"]])])

M(SC, "en", "insurer-to-reinsurer", "facultative life submission naming the applicant with melanoma history",
  S("f.seidel"), "Life Facultative Desk <fac.life@alpine-re.example>", "Fac submission FAC-L-2026-017 – Mr Johannes Kaltenbach, 52",
  """Dear colleagues,

we would appreciate your facultative offer for the following term life case:

Applicant: Johannes Kaltenbach, born 18.10.1973, managing director
Sum assured: EUR 3,000,000, term 15 years, keyman cover for Kaltenbach Logistik GmbH
Medical: malignant melanoma left upper arm 2018 (pT1a, excised, no recurrence; last dermatology check 01/2026 unremarkable), blood pressure treated, BMI 27
Financial: annual income EUR 420,000

Full medical file (dermatology reports, lab) follows via the secure data room.

Kind regards
Dr. Frank Seidel""")

M(N, "en", "reinsurer-to-insurer", "aggregate mortality experience study; no individual",
  "Biometrics Research <biometrics@alpine-re.example>", S("o.brandt"),
  "Mortality experience study German term life 2020-2024",
  """Dear Olaf,

the pooled mortality study for German term life business is ready (12 cedents, 4.1 million life years). Main findings:

- Actual/expected vs. DAV 2008 T: 61 % for males, 66 % for females
- Smokers 1.9x non-smokers at ages 40-59
- Excess mortality in 2021/22 fully reverted by 2024
- Cause-of-death mix (where reported): cancer 41 %, cardiovascular 22 %, external causes 11 %

The report is attached; your own results will be sent separately.

Best regards
Alpine Re Biometrics""",
  att=[PDF("Mortality_study_DE_term_2020-2024_summary.pdf", [
      ("h", "Mortality experience study – German term life 2020-2024 (summary)"),
      ("table", [["Age band", "A/E males", "A/E females", "Life years (k)"],
                 ["20-39", "58%", "63%", "1,420"], ["40-59", "61%", "66%", "2,210"], ["60+", "67%", "71%", "470"]]),
      "Data: 12 ceding companies, anonymised and aggregated. No personal data."], title="Mortality study summary")])

M(C, "de", "internal", "staff member asks HR about her own reduced net salary (income figures)",
  "Laura Fischer <l.fischer@versicherer.example>", "Personalabteilung <personal@versicherer.example>", "Frage zur Gehaltsabrechnung März",
  """Hallo liebes Personal-Team,

mein Nettogehalt im März ist 187,43 € niedriger als im Februar (3.044,12 € statt 3.231,55 €), obwohl ich noch Vollzeit arbeite. Liegt das an der Umstellung auf 30 Stunden, die doch erst ab April gelten soll? Pers.-Nr. 4402.

Danke und Gruß
Laura Fischer""")

M(SC, "de", "insurer-to-customer", "premium waiver granted because of the addressee's occupational disability (life/BU line), no diagnosis",
  S("f.seidel"), "Anke Ruhnke <anke.ruhnke@gmx.example>", "Beitragsbefreiung ab 01.01.2026",
  """Sehr geehrte Frau Ruhnke,

wir haben Ihren Antrag geprüft und erkennen an, dass Sie seit dem 01.01.2026 berufsunfähig im Sinne der Bedingungen sind. Ab diesem Datum sind Sie von der Beitragszahlung für Ihre Rentenversicherung LV 63-0117420 mit Berufsunfähigkeits-Zusatzversicherung befreit. Die zu viel gezahlten Beiträge für Januar bis März (3 x 94,20 €) erstatten wir Ihnen.

Wir überprüfen die Berufsunfähigkeit in regelmäßigen Abständen und melden uns dazu rechtzeitig bei Ihnen.

Mit freundlichen Grüßen
Dr. Frank Seidel""")

M(N, "de", "internal", "calendar invitation for a product committee meeting",
  S("a.schmitt"), "Produktgremium Leben <produktgremium.leben@versicherer.example>", "Einladung Produktgremium Leben – 28.04.2026",
  """Hallo zusammen,

anbei die Einladung zum nächsten Produktgremium. Tagesordnung: Garantieniveau 2027, neue BU-Einsteigervariante, Kalkulation Pflegerente. Unterlagen folgen eine Woche vorher.

Viele Grüße
Anna Schmitt""",
  att=[ICS("Produktgremium_Leben.ics", "Produktgremium Leben", "20260428T090000", "20260428T120000",
           location="Vorstandsetage, Raum 7.01", organizer=("Anna Schmitt", "a.schmitt@versicherer.example"),
           attendees=[("Produktgremium Leben", "produktgremium.leben@versicherer.example")])])

M(SC, "en", "insurer-to-broker", "status of a named client's life application waiting for ECG and blood test report",
  S("f.seidel"), "James Whitfield <j.whitfield@marsden-broking.example>", "RE: Application status – Mr Alexander Bauer",
  """Hi James,

the application for Mr Alexander Bauer (term life, EUR 1.5m) is still pending. We are waiting for the medical examination report from Dr Lenz (resting ECG, blood test incl. liver values) — the appointment was on 9 March. As soon as we have it, underwriting takes about five working days.

Given the elevated GGT on the 2025 check-up he mentioned in the application, we may ask for a short alcohol questionnaire. Just so you can prepare your client.

Best
Frank""")

M(C, "de", "customer-to-insurer", "bland body; signed direct-debit mandate with IBAN and household policy number only in the PDF",
  "Monika Thelen <monika.thelen@web.example>", "service@versicherer.example", "SEPA",
  """Hallo,
anbei das unterschriebene Formular.
Gruß M. Thelen

Von meinem iPhone gesendet""",
  att=[PDF("Scan_2026-03-24.pdf", [
      ("h", "SEPA-Lastschriftmandat"),
      "Gläubiger: Lindenhof Allgemeine Versicherung AG, Gläubiger-ID DE98ZZZ09999999999",
      "Mandatsreferenz: LH-HR-4471092-02",
      "Vertrag: Hausratversicherung HR 22-4471092",
      "Kontoinhaberin: Monika Thelen, Am Kirchberg 4, 37081 Göttingen",
      "IBAN: " + de_iban("26050001", "52019384", valid=False),
      "BIC: NOLADE21GOE",
      "Göttingen, 24.03.2026   Unterschrift: M. Thelen"], producer="Scanner ScanSnap iX1600")])

M(N, "en", "supplier-to-insurer", "print shop order confirmation with order number; no person",
  "Order Desk <orders@printhaus-leine.example>", S("l.fischer"), "Order confirmation 2026-1187 – brochure 'Pension guide'",
  """Dear Ms Fischer,

thank you for your order. We confirm:

Order: 2026-1187
Item: Brochure "Your pension guide 2026", A5, 24 pages, 4/4, 150 g matt
Quantity: 20,000
Delivery: 14 April 2026 to Lindenhof Versicherung, goods receipt gate 2
Price: EUR 6,480.00 net

Please approve the final proof by 3 April.

Best regards
Printhaus Leine""")

M(SC, "de", "insurer-to-company", "assignment of a named customer's life insurance to a bank as loan security (life line)",
  S("f.seidel"), "Kreditabteilung Sparkasse Hildesheim <kredit@spk-hildesheim.example>", "Abtretungsanzeige LV 47-2210089 – Darlehensnehmer Tim und Sarah Vogel",
  """Sehr geehrte Damen und Herren,

wir bestätigen den Eingang der Abtretungsanzeige vom 10.03.2026. Die Ansprüche aus der Kapitallebensversicherung LV 47-2210089 (versicherte Person und VN: Tim Vogel) sind zur Sicherung des Darlehens Nr. 3300 8127 41 an Sie abgetreten.

Aktueller Rückkaufswert: 41.230,18 €, Todesfallleistung: 85.000 €.

Änderungen des Bezugsrechts sind ab sofort nur mit Ihrer Zustimmung möglich.

Mit freundlichen Grüßen
Dr. Frank Seidel""")

M(SC, "de", "insurer-to-customer", "funeral expenses insurance of the addressee made paid-up (life line)",
  F("leben", "Lindenhof Lebensversicherung"), "Elfriede Rammelsberg <e.rammelsberg@t-online.example>", "Ihre Sterbegeldversicherung – Beitragsfreistellung",
  """Sehr geehrte Frau Rammelsberg,

wie Sie es wünschen, stellen wir Ihre Sterbegeldversicherung LV 02-0771809 zum 01.05.2026 beitragsfrei. Die beitragsfreie Versicherungssumme beträgt 4.870 € (bisher 7.500 €).

Sie können die Beitragszahlung innerhalb von drei Jahren ohne erneute Gesundheitsprüfung wieder aufnehmen.

Mit freundlichen Grüßen
Ihre Lindenhof Lebensversicherung""", charset="iso-8859-1")

M(N, "de", "internal", "welcome note for a new colleague without private data",
  S("k.vogt"), "Team bAV <team.bav@versicherer.example>", "Herzlich willkommen, Jasmin!",
  """Hallo Team,

ab Montag verstärkt uns Jasmin Okonkwo in der bAV-Verwaltung. Sie kommt von einem Lohnsoftware-Anbieter und kennt sich mit Schnittstellen bestens aus. Jasmin sitzt im Raum 4.12 neben Markus. Bitte nehmt sie gut auf – und zeigt ihr, wo die Kaffeemaschine steht ☕

Katharina""")

M(SC, "en", "insurer-to-customer", "transfer of the addressee's German company pension (direct insurance, life line) to a UK scheme",
  S("k.vogt"), "Gareth Pryce <gareth.pryce@btinternet.example>", "Your German company pension – transfer to the UK?",
  """Dear Mr Pryce,

thank you for your e-mail. Your direct insurance LV 90-0310077 from your time at Heller Maschinenbau is now a paid-up policy in your own name. Current value: EUR 12,904.66.

A transfer of the capital to a UK pension scheme is unfortunately not possible: German tax law only allows transfers to another German employer's scheme. Your options are:
1. keep the policy until retirement (pension from age 67, currently projected at EUR 61.20 per month),
2. take a lump sum at retirement (you must tell us one year before),
3. continue paying premiums privately.

Kind regards
Katharina Vogt""")

M(SC, "de", "company-to-insurer", "employer reports a named employee's workplace accident with cut injury under group accident insurance",
  "Arbeitssicherheit Heller Maschinenbau <arbeitssicherheit@heller-maschinenbau.example>", "unfall@versicherer.example",
  "Unfallmeldung Gruppenunfallversicherung GU 44-0012 – Mitarbeiter Ralf Böttcher",
  """Sehr geehrte Damen und Herren,

hiermit melden wir einen Unfall in unserer Gruppenunfallversicherung GU 44-0012:

Mitarbeiter: Ralf Böttcher, geb. 17.03.1969, Pers.-Nr. 7720
Unfalltag: 18.03.2026, 10:40 Uhr, Halle 3, Fräsmaschine
Hergang: Beim Entgraten eines Werkstücks mit dem Handschaber abgerutscht
Verletzung: tiefe Schnittverletzung linke Hand, Beugesehne Zeigefinger durchtrennt, OP im BG Klinikum am selben Tag
Arbeitsunfähig: voraussichtlich 8 Wochen

Die Unfallanzeige an die BG wurde erstattet. Die Kopie liegt bei.

Mit freundlichen Grüßen
Frank Hilmer, Fachkraft für Arbeitssicherheit""",
  att=[DOCX("Unfallanzeige_Boettcher_20260318.docx", [
      ("h", "Unfallanzeige (Kopie)"),
      ("table", [["Versicherte Person", "Ralf Böttcher, geb. 17.03.1969"], ["Unfallzeitpunkt", "18.03.2026, 10:40"],
                 ["Verletzte Körperteile", "linke Hand, Zeigefinger"], ["Art der Verletzung", "Schnittverletzung mit Sehnendurchtrennung"],
                 ["Erstbehandlung", "BG Klinikum Hildesheim, Handchirurgie"]]),
      "Die Arbeit wurde sofort eingestellt. Zeugen: Marco Yüksel (Schichtführer)."], author="F. Hilmer")])

M(N, "de", "insurer-to-company", "calendar invitation for an employee information event on company pensions; no person data",
  S("k.vogt"), "Simone Kraft <personal@heller-maschinenbau.example>", "Infoveranstaltung bAV für Ihre Mitarbeitenden",
  """Hallo Frau Kraft,

wie besprochen kommen wir am 07.05. zu Ihnen und stellen die Direktversicherung in zwei Runden vor (Früh- und Spätschicht). Die Termine habe ich als Kalendereinladung angehängt, bitte gern an Ihre Mitarbeitenden weiterleiten. Einzelberatungen machen wir anschließend nach Terminvereinbarung.

Viele Grüße
Katharina Vogt""",
  att=[ICS("bAV_Infoveranstaltung_Heller.ics", "bAV-Infoveranstaltung (Lindenhof)", "20260507T133000", "20260507T143000",
           location="Heller Maschinenbau, Kantine", description="Zweite Runde 22:00 Uhr für die Spätschicht.",
           organizer=("Katharina Vogt", "k.vogt@versicherer.example"), attendees=[("Simone Kraft", "personal@heller-maschinenbau.example")])])

M(C, "de", "insurer-to-lawyer", "garnishee statement: confirms a named customer's household policy and a claim payable to her",
  S("a.demir"), "Inkasso-Kanzlei Drosten <forderung@kanzlei-drosten.example>", "Drittschuldnererklärung § 840 ZPO – Schuldnerin Jacqueline Hübner",
  """Sehr geehrte Damen und Herren,

zu dem uns am 12.03.2026 zugestellten Pfändungs- und Überweisungsbeschluss des Amtsgerichts Hannover (Az. 711 M 2190/26) erklären wir als Drittschuldnerin:

1. Die Forderung wird in Höhe von 1.940,00 € anerkannt. Sie beruht auf einem regulierten Schaden aus der Hausratversicherung HR 28-3390017 der Schuldnerin Jacqueline Hübner (Schaden-Nr. HR-2026-0011843).
2. Wir sind bereit, an Sie zu zahlen.
3. Weitere Pfändungen liegen nicht vor.

Wir überweisen den Betrag nach Ablauf der Wartefrist auf Ihr Anderkonto.

Mit freundlichen Grüßen
Aylin Demir""")

M(N, "en", "insurer-to-broker", "introduction of a new international broker partner; no client data",
  S("p.lindqvist"), "Priya Raman <priya.raman@globalhome-brokers.example>", "Welcome to the Lindenhof broker network",
  """Dear Priya,

welcome on board! Your broker agreement is now countersigned and your firm is set up in our broker portal. Your firm administrator account will be activated today; you will receive two separate mails with the one-time password and the registration link.

Your contacts:
- Jana Wolters (broker support, Germany)
- myself for international programmes

Looking forward to working together.
Peter""")

M(SC, "de", "insurer-to-customer", "maturity payout of the addressee's endowment life policy with tax ID and withholding tax",
  F("leben", "Lindenhof Lebensversicherung"), "Rainer Kuhlmann <rainer.kuhlmann@freenet.example>", "Auszahlung Ihrer Lebensversicherung zum 01.04.2026",
  None,
  html=page(f"""<p>Sehr geehrter Herr Kuhlmann,</p>
<p>Ihre Kapitallebensversicherung LV 26-0041187 ist zum 01.04.2026 abgelaufen. Wir zahlen aus:</p>
{table([["Position", "Betrag"], ["Garantierte Versicherungssumme", "30.000,00 €"], ["Überschussbeteiligung", "9.412,77 €"], ["Schlussüberschuss", "1.203,50 €"], ["Auszahlungsbetrag brutto", "40.616,27 €"], ["Kapitalertragsteuer und Soli (auf 50 % der Erträge)", "– 1.011,52 €"], ["Auszahlung", "39.604,75 €"]])}
<p>Steuer-ID laut unseren Unterlagen: 83 914 207 651. Überweisung auf Ihr Konto {de_iban("50010517", "5407324891", valid=False)}.</p>
<p>Mit freundlichen Grüßen<br>Lindenhof Lebensversicherung AG</p>"""))

M(N, "en", "internal", "IT notice on a new version of the life tariff calculator",
  S("t.krueger"), "Sales Support Life <sales.life@versicherer.example>", "New release of the life tariff calculator (v8.2)",
  """Hi all,

v8.2 of the life tariff calculator is live since this morning. Changes: new guarantee level 2027 (test mode only), corrected rounding in the BU entry variant, PDF offers now include the product information sheet automatically.

Please clear your browser cache if the old version still shows up.

Thomas
IT Service Desk""")

M(SC, "en", "insurer-to-customer", "asks the addressee to complete a questionnaire about back surgery mentioned in a life application",
  S("f.seidel"), "Natalie Brooks <natalie.brooks@gmail.example>", "Your life insurance application – one more question",
  """Dear Ms Brooks,

thank you for your application for term life insurance. In the health questions you mentioned a spinal operation in 2023. So that we can assess this quickly, please complete the attached questionnaire on back conditions (operation type, current complaints, medication, any time off work since) and return it via the secure link in our separate mail.

If you prefer, your surgeon can send us the discharge letter directly instead.

Kind regards
Dr. Frank Seidel""")

M(N, "de", "it-provider-to-insurer", "software manual excerpt with a sample IBAN explicitly marked as example; no real person",
  "Dokumentation PayFlow <doku@payflow-software.example>", "t.krueger@versicherer.example", "Handbuch SEPA-Modul 5.1 (Auszug)",
  """Hallo Herr Krüger,

wie gewünscht der Auszug aus dem Handbuch zum SEPA-Modul:

---
5.3 Prüfung der IBAN
Das Modul prüft Länge, Ländercode und Prüfziffer (Modulo 97). Beispiel für eine gültige deutsche IBAN (Testdaten, kein echtes Konto):

    DE89 3704 0044 0532 0130 00

Eingaben mit Leerzeichen werden automatisch normalisiert. Für Tests verwenden Sie bitte ausschließlich die Beispieldaten aus Anhang C (Kontoinhaber "Erika Musterfrau").
---

Beste Grüße
Team Dokumentation""")

M(C, "de", "insurer-to-customer", "legal protection claim declined: named customer's dismissal and salary in an employment dispute",
  S("e.wagner"), "Michael Rasche <michael.rasche@gmx.example>", "Ihre Rechtsschutzanfrage – Kündigungsschutzklage",
  """Sehr geehrter Herr Rasche,

Sie möchten gegen die Kündigung Ihres Arbeitgebers, der Nordlicht Logistik GmbH, vom 27.02.2026 vorgehen. Leider können wir für diesen Fall keinen Versicherungsschutz bieten: Ihr Rechtsschutzvertrag RS 79-2290144 hat am 01.12.2025 begonnen, für Arbeits-Rechtsschutz gilt eine Wartezeit von drei Monaten. Die Abmahnung vom 20.01.2026, auf die sich die Kündigung stützt, fällt in diese Wartezeit.

Zu Ihrer Information: Der Streitwert (drei Bruttomonatsgehälter à 3.850 €) läge bei 11.550 €.

Mit freundlichen Grüßen
Eva Wagner
Rechtsschutz-Schaden""")

M(C, "en", "insurer-to-company", "relocation agency receives an eVB and car details for a named expat employee",
  S("i.bauer"), "Relocation Services Hannover <cases@relocation-partners.example>", "eVB for your client Ms Keiko Sato",
  """Dear Mr Brandt,

here is the electronic insurance confirmation (eVB) for your client Ms Keiko Sato for the registration of her car:

eVB number: H9T4RQ2
Vehicle: Toyota Yaris Hybrid, VIN VNKKBA3D900123456
Policyholder: Keiko Sato, Podbielskistraße 151, 30177 Hannover
Cover: third-party liability + comprehensive, SF ½ (no proof of claims-free driving from Japan accepted)

Kind regards
Ines Bauer""")
