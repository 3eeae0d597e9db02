# Batch 3: private health insurance (PKV), doctors' invoices, pharmacy, statistics traps
from .common import *

M(SC, "de", "insurer-to-customer", "PKV benefit statement for the addressee with GOÄ items and ICD-10-GM codes (M54.5 G, I10.90 G)",
  F("leistung.kranken", "Lindenhof Krankenversicherung"), "Dr. Jürgen Sievers <j.sievers@sievers-steuer.example>",
  "Ihre Leistungsabrechnung vom 22.01.2026",
  None,
  html=page(f"""<p>Sehr geehrter Herr Dr. Sievers,</p>
<p>wir haben Ihre eingereichten Belege zur Krankheitskostenversicherung KV 50-0031187 abgerechnet.</p>
{table([["Beleg", "Leistungserbringer", "Datum", "GOÄ", "Diagnose", "Betrag", "erstattet"],
        ["1", "Dr. med. Anke Rohlfs, Allgemeinmedizin", "08.01.2026", "1, 7, 250, 3550", "I10.90 G", "62,14 €", "62,14 €"],
        ["2", "Orthopädie am Aegi", "12.01.2026", "3, 7, 5030, 5035", "M54.5 G, M51.2 V", "184,77 €", "184,77 €"],
        ["3", "Physiotherapie Lister Platz", "07.–21.01.2026", "6x KG, 6x Fango", "M54.5 G", "276,00 €", "220,80 €"],
        ["4", "Apotheke am Kröpcke", "09.01.2026", "Arzneimittel", "", "41,37 €", "41,37 €"],
        ["", "", "", "", "Summe", "564,28 €", "509,08 €"]])}
<p>Die Physiotherapie erstatten wir gemäß Tarif bis zu den Höchstsätzen unseres Heilmittelverzeichnisses. Ihre Selbstbeteiligung für 2026 (500 €) ist mit dieser Abrechnung zu 500,00 € erreicht; der Auszahlungsbetrag beträgt daher 9,08 €.</p>
<p>Mit freundlichen Grüßen<br>Lindenhof Krankenversicherung a.G.<br>Leistungsabteilung</p>"""), date="2026-01-22 16:40")

M(SC, "en", "insurer-to-customer", "tells the addressee that their prescriptions were reimbursed under their health policy",
  F("leistung.kranken", "Lindenhof Health Insurance"), "Mei Tanaka <mei.tanaka@outlook.example>",
  "Your prescriptions have been reimbursed",
  """Dear Ms Tanaka,

your prescriptions submitted on 2 February 2026 have been reimbursed. EUR 86.40 will be transferred to your account within the next few days.

You can see the details at any time in the Lindenhof app under "My claims".

Kind regards
Your Lindenhof Health Insurance team""")

M(SC, "de", "customer-to-insurer", "pharmacy receipts with active ingredients and doses (Metformin 1000 mg, Ramipril 5 mg) of a named insured person",
  "Horst Kleinschmidt <horst.kleinschmidt@t-online.example>", "leistung.kranken@versicherer.example",
  "Belege Apotheke Februar",
  """Guten Tag,

anbei meine Apothekenbelege aus Februar zur Erstattung. Versicherungsnummer KV 48-2209311, Horst Kleinschmidt.

Mit freundlichen Grüßen
H. Kleinschmidt""",
  att=[JPG("Scan_Kassenbon_0214.jpg", label="Kassenbon"),
       PDF("Apothekenquittung_Feb2026.pdf", [
           ("h", "Linden-Apotheke · Limmerstraße 55 · 30451 Hannover"),
           "Quittung für Privatversicherte – Beleg-Nr. 2026-02-14-0072",
           "Patient: Horst Kleinschmidt, geb. 03.06.1957",
           "Verordnung von Dr. med. Anke Rohlfs vom 12.02.2026",
           ("table", [["PZN", "Präparat", "Menge", "Preis"],
                      ["02341205", "Metformin 1000 mg, 180 Filmtbl.", "1", "24,16 €"],
                      ["01768721", "Ramipril 5 mg, 100 Tbl.", "1", "17,22 €"],
                      ["11876032", "Atorvastatin 20 mg, 100 Filmtbl.", "1", "19,84 €"],
                      ["", "Summe", "", "61,22 €"]]),
           "Vielen Dank für Ihren Einkauf. Gute Besserung!"], title="Quittung")])

M(N, "de", "internal", "actuarial aggregate: benefit spending by ICD chapter and F32 trend; no identifiable person",
  S("o.brandt"), ["Vorstandsbüro <vorstandsbuero@versicherer.example>", "Prof. Dr. Lutz Heinemann <heinemann@aktuarberatung.example>"],
  "Leistungsausgaben 2025 nach Diagnosegruppen – Vorabauswertung",
  """Sehr geehrte Damen und Herren,

anbei die Vorabauswertung der Leistungsausgaben 2025 in der Krankheitskostenvollversicherung (Bestand 184.300 Versicherte).

Kernaussagen:
- Gesamtausgaben je Versichertem +5,8 %
- Die Leistungsausgaben für F32 (depressive Episode) stiegen um 4 %, für F43 (Belastungsreaktionen) um 9 %.
- Onkologische Arzneimittel (ATC L01) sind mit 11 % der Arzneimittelausgaben der größte Einzelblock.
- Zellen mit weniger als 10 Versicherten sind unterdrückt.

Prof. Heinemann erhält die Auswertung als externer Prüfer zur Vorbereitung des BAP-Termins.

Mit freundlichen Grüßen
Olaf Brandt
Aktuariat Kranken""",
  att=[XLSX("Leistungsausgaben_2025_ICD-Kapitel.xlsx", [
      ("Kapitel", [["ICD-Kapitel", "Bezeichnung", "Ausgaben Mio. EUR", "Veränderung ggü. 2024", "Anteil"],
                   ["C00-D48", "Neubildungen", 96.4, "+7,1%", "14,2%"],
                   ["F00-F99", "Psychische und Verhaltensstörungen", 61.8, "+6,3%", "9,1%"],
                   ["I00-I99", "Krankheiten des Kreislaufsystems", 88.2, "+3,9%", "13,0%"],
                   ["M00-M99", "Muskel-Skelett-System", 102.7, "+4,4%", "15,1%"],
                   ["K00-K14", "Zahnärztliche Behandlung", 74.0, "+6,0%", "10,9%"],
                   ["Rest", "übrige Kapitel", 255.6, "+6,5%", "37,7%"]]),
      ("F-Detail", [["Code", "Ausgaben Mio. EUR", "Veränderung"],
                    ["F32", 14.2, "+4,0%"], ["F33", 9.8, "+2,7%"], ["F41", 8.1, "+5,2%"], ["F43", 11.3, "+9,1%"]])],
      author="Aktuariat")])

M(SC, "en", "insurer-to-doctor", "asks a doctor for records on a named applicant's asthma history (pre-contractual disclosure check)",
  S("g.neumann"), "Dr. Fiona McAllister <reception@mcallister-gp.example>", "Request for medical information – Mr Daniel Hughes, born 14/02/1987",
  """Dear Dr McAllister,

Mr Daniel Hughes (date of birth 14 February 1987, formerly of 22 Cranbrook Road, Bristol) applied for private health insurance with us in December 2025. In the application he answered "no" to the question on treatment of the respiratory tract in the last five years. A recent claim shows an inhaler prescription (salbutamol, budesonide/formoterol) and a reference to asthma (J45.9) diagnosed in 2019.

With Mr Hughes' signed consent (attached to our letter by post) we would be grateful for:
- the date of first diagnosis of asthma,
- treatment and medication since 2019,
- any hospital or emergency admissions.

We will of course pay your reasonable fee. Please reply via our secure portal.

Yours sincerely
Gabriele Neumann
Underwriting, Lindenhof Health Insurance""")

M(SC, "de", "doctor-to-insurer", "bland body; attached psychotherapy report for a named patient with F41.1 and 12 planned sessions",
  "Praxis für Psychotherapie Dipl.-Psych. Ruth Engel <praxis@psychotherapie-engel.example>", "leistung.kranken@versicherer.example",
  "Unterlagen zum Antrag Ihrer Versicherten",
  """Sehr geehrte Damen und Herren,

in der Anlage erhalten Sie die angeforderten Unterlagen. Bitte behandeln Sie sie vertraulich.

Mit freundlichen Grüßen
Ruth Engel
Psychologische Psychotherapeutin""",
  att=[DOCX("Bericht_Therapieantrag_M_Kersting.docx", [
      ("h", "Bericht zum Antrag auf Kostenübernahme – Verhaltenstherapie"),
      ("table", [["Patientin", "Miriam Kersting, geb. 30.11.1991"], ["Versicherung", "Lindenhof KV 61-7740218"],
                 ["Diagnose", "F41.1 G Generalisierte Angststörung; F51.0 G Nichtorganische Insomnie"],
                 ["Beantragt", "Kurzzeittherapie, 12 Sitzungen à 50 Minuten (GOÄ 870), ab 02.03.2026"]]),
      "Anamnese: Die Patientin berichtet seit etwa zwei Jahren über anhaltende Sorgen, Anspannung und Schlafstörungen, verstärkt nach einem Arbeitsplatzwechsel. Keine Suizidalität. Keine Vorbehandlung.",
      "Behandlungsplan: Psychoedukation, kognitive Umstrukturierung, Sorgenexposition, Entspannungsverfahren.",
      "Prognose: günstig bei guter Motivation.",
      "Hannover, 18.02.2026 – Dipl.-Psych. Ruth Engel"], author="R. Engel")])

M(N, "en", "insurer-to-public", "general product brochure for expat health insurance; no person",
  F("expat", "Lindenhof Expat Services"), "info@relocation-partners.example",
  "Health cover for your relocation clients – brochure 2026",
  """Dear partners,

many of your clients ask us which health insurance they need for a German residence permit. Our brochure "Health insurance in Germany – a guide for newcomers" (English, 2026 edition) is attached. Feel free to pass it on.

Highlights:
- Private health insurance accepted for visa and Blue Card applications
- Outpatient, inpatient and dental cover, English-speaking service
- No waiting periods for accidents

Best regards
Lindenhof Expat Services""",
  att=[PDF("Lindenhof_Health_Guide_Newcomers_2026.pdf", [
      ("h", "Health insurance in Germany – a guide for newcomers"),
      "Everybody living in Germany must have health insurance. Employees earning below the compulsory insurance threshold (2026: EUR 77,400 per year) are usually insured in the statutory system; above it, and for self-employed persons, private health insurance is an option.",
      ("h", "What private health insurance covers", 2),
      ("table", [["Area", "Basic", "Comfort"],
                 ["Outpatient treatment", "80 %", "100 %"],
                 ["Hospital (ward)", "shared room", "single room, chief physician"],
                 ["Dental treatment", "75 %", "90 %"],
                 ["Psychotherapy", "20 sessions/year", "50 sessions/year"],
                 ["Vision aids", "EUR 150 / 2 years", "EUR 400 / 2 years"]]),
      "Example premium: model customer aged 30, Comfort tariff, deductible EUR 600: EUR 389 per month.",
      "Health questions in the application must be answered truthfully."], title="Health Guide 2026")])

M(SC, "de", "insurer-to-customer", "premium adjustment of the addressee's private health insurance (personal line) without medical words",
  F("kv.vertrag", "Lindenhof Krankenversicherung – Vertrag"), "Birgit Lohmann <birgit.lohmann@freenet.example>",
  "Beitragsanpassung zum 01.04.2026 – Ihr Vertrag KV 44-0551902",
  """Sehr geehrte Frau Lohmann,

zum 01.04.2026 passen wir die Beiträge einiger Tarife an. Für Ihren Vertrag KV 44-0551902 bedeutet das:

Tarif              bisher      neu
KomfortAmbulant    298,40 €    321,10 €
KomfortStationär   141,20 €    147,60 €
Zahn90              48,70 €     48,70 €
Gesamt             488,30 €    517,40 €

Die ausführliche Begründung und die Information zum Tarifwechselrecht nach § 204 VVG erhalten Sie per Post. Gern beraten wir Sie zu Möglichkeiten, Ihren Beitrag zu senken.

Mit freundlichen Grüßen
Ihre Lindenhof Krankenversicherung a.G.""")

M(N, "de", "broker-to-insurer", "anonymous risk pre-enquiry without name or other identifying data; health details of an unidentifiable person",
  "Finanzkontor Weser – Marco Dietz <m.dietz@finanzkontor-weser.example>", "risikovoranfrage@versicherer.example",
  "Anonyme Risikovoranfrage PKV – Interessent 40-45 J.",
  """Hallo zusammen,

bitte um anonyme Risikovoranfrage für die Vollversicherung KomfortAmbulant/KomfortStationär:

Interessent, männlich, 40-45 Jahre, Angestellter (IT), Nichtraucher
Größe/Gewicht: 1,82 m / 104 kg
Bluthochdruck seit 2022, medikamentös gut eingestellt (1 Präparat), letzte Werte 130/85
Sonst keine Behandlungen in den letzten 5 Jahren, keine stationären Aufenthalte

Mit welchem Zuschlag wäre zu rechnen?

VG Marco Dietz
Finanzkontor Weser GmbH""")

M(SC, "de", "insurer-to-broker", "application decision for a named applicant with risk surcharge for hypertension",
  S("g.neumann"), "Maklerbüro Schmidt <info@maklerbuero-schmidt.example>",
  "Antrag KV – Herr Florian Reimers, Antrags-Nr. A-KV-2026-004417",
  """Sehr geehrter Herr Schmidt,

den Antrag Ihres Kunden Florian Reimers (geb. 09.09.1983) auf Krankheitskostenvollversicherung können wir wie folgt annehmen:

- Risikozuschlag 15 % auf KomfortAmbulant und KomfortStationär wegen arterieller Hypertonie
- Leistungsausschluss für das linke Kniegelenk (Z. n. Meniskusteilresektion 2021, S83.2 L)
- Beginn 01.04.2026

Bitte lassen Sie uns die Einverständniserklärung des Kunden bis zum 25.03.2026 zukommen, sonst gilt der Antrag als abgelehnt.

Mit freundlichen Grüßen
Gabriele Neumann
Antragsprüfung Krankenversicherung""")

M(N, "de", "insurer-to-doctor-association", "invitation to an information event on the GOÄ reform for practices; trap with billing vocabulary",
  S("s.hoffmann"), "Geschäftsstelle Ärzteverein Hannover <info@aerzteverein-hannover.example>", "Infoveranstaltung zur GOÄ-Novelle – Terminvorschlag",
  """Sehr geehrte Frau Dr. Behrens,

wie am Telefon besprochen, laden wir die Mitglieder Ihres Vereins herzlich zu einer Informationsveranstaltung über die geplante GOÄ-Novelle ein. Themen: neue Leistungslegenden, Wegfall der Steigerungsfaktoren, Auswirkungen auf die Abrechnung mit Privatversicherten, Einreichung von Rechnungen per App.

Termin: Mittwoch, 22.04.2026, 18:00 Uhr, Lindenhof Forum (Lindenallee 12). Eine Kalenderdatei hängt an.

Mit freundlichen Grüßen
Sabine Hoffmann""",
  att=[ICS("GOAE-Novelle_Infoabend.ics", "Infoabend GOÄ-Novelle (Lindenhof / Ärzteverein)", "20260422T180000", "20260422T200000",
           location="Lindenhof Forum, Lindenallee 12, Hannover", organizer=("Sabine Hoffmann", "s.hoffmann@versicherer.example"),
           attendees=[("Ärzteverein Hannover", "info@aerzteverein-hannover.example")])])

M(SC, "en", "insurer-to-hospital", "guarantee of payment for the planned delivery of a named expectant mother",
  S("s.hoffmann"), "Private Patients Office St. Marien <privatpatienten@st-marien-kh.example>",
  "Guarantee of payment – Mrs Ananya Iyer, expected delivery 18 May 2026",
  """Dear colleagues,

we confirm the assumption of costs for the inpatient delivery of our insured Mrs Ananya Iyer (born 2 October 1993, policy KV 81-0044712) at St. Marien Hospital, expected date of delivery 18 May 2026, including the chief physician option and a single room.

The costs of the newborn's care will be covered once the child is registered with us within two months of birth (insurance from birth without health questions).

Kind regards
Sabine Hoffmann
Health Claims, Lindenhof Health Insurance""")

M(SC, "de", "customer-to-insurer", "registration of a newborn for private health insurance with birth date and birth hospital",
  "Katharina und Paul Westermann <westermann.kp@gmx.example>", S("s.hoffmann"),
  "Nachversicherung unserer Tochter",
  """Hallo Frau Hoffmann,

unsere Tochter Ida ist am 02.02.2026 um 04:12 Uhr im Vinzenzkrankenhaus zur Welt gekommen (3.480 g, 52 cm) – beiden geht es gut!
Wir möchten Ida bitte ab Geburt bei Ihnen mitversichern, im gleichen Tarif wie mein Mann (KV 59-1180243). Die Geburtsurkunde schicken wir per Post, der Mutterpass liegt noch beim Frauenarzt.

Die Rechnung der Hebamme für die Nachsorge reichen wir separat ein.

Viele Grüße
Katharina Westermann""")

M(N, "en", "reinsurer-to-insurer", "draft wording of a health quota-share treaty; generic, no person",
  "Treaty Wording Desk <wording@alpine-re.example>", S("p.lindqvist"),
  "Health QS 2026 – draft wording v2",
  """Dear Peter,

please find below the changes in draft v2 of the health quota share wording:

Art. 4 (Scope): now expressly excludes long-term care top-up tariffs.
Art. 9 (Claims cooperation): the reinsurer shall not receive any personal or medical data of insured persons; reporting is on an aggregated basis only.
Art. 14 (Data protection): new clause referring to Art. 28 GDPR.

Track-changes version to follow by secure exchange. Comments welcome by 10 April.

Kind regards
Markus Frei
Treaty Wording, Alpine Re""")

M(SC, "en", "insurer-to-customer", "daily sickness benefit claim of an expat: sick notes and doctor's certificate requested",
  S("s.hoffmann"), "Lukas Brennan <lukas.brennan@gmail.example>", "Daily sickness allowance – your certificates",
  f"""Dear Mr Brennan,

thank you for your message. To pay the daily sickness allowance (EUR 120 per day from day 43) under your policy KV 83-0210448 we need:

1. all certificates of incapacity for work (Arbeitsunfähigkeitsbescheinigungen) since 12 January 2026,
2. a short report from your treating orthopaedist on the expected duration of your incapacity after the shoulder surgery,
3. confirmation from your employer that salary payments ended on 22 February.

Please send the documents through our secure portal rather than normal e-mail.

{sig("s.hoffmann", "en", foot=False)}

{on_wrote("Mon, 2 Mar 2026 09:41", "Lukas Brennan")}
{q('''Hi, I had rotator cuff surgery in January and I'm still off work. My employer stopped paying my salary after six weeks. How do I claim the sickness money from you? Lukas''')}""")

M(N, "de", "internal", "aggregated statistics on psychotherapy applications by age group; no person",
  S("o.brandt"), S("s.hoffmann"), "Auswertung Psychotherapie-Anträge 2025",
  """Hallo Sabine,

wie gewünscht die Anzahl der Psychotherapie-Anträge 2025 nach Altersgruppe und Verfahren als CSV. Gruppen < 5 Fälle sind zusammengefasst.

Gruß Olaf""",
  att=[CSV("psychotherapie_antraege_2025.csv", [
      ["altersgruppe", "verfahren", "antraege", "bewilligt", "quote"],
      ["0-17", "VT", "212", "204", "96,2%"],
      ["0-17", "TP/AP", "58", "55", "94,8%"],
      ["18-39", "VT", "1.344", "1.291", "96,1%"],
      ["18-39", "TP/AP", "402", "379", "94,3%"],
      ["40-59", "VT", "987", "941", "95,3%"],
      ["40-59", "TP/AP", "311", "296", "95,2%"],
      ["60+", "alle", "143", "135", "94,4%"]], enc="cp1252")])

M(SC, "en", "insurer-to-customer", "lab tests of the addressee (HbA1c, TSH) reimbursed under private health insurance",
  F("leistung.kranken", "Lindenhof Health Insurance"), "Carlos Mendes <carlos.mendes@yahoo.example>",
  "Your invoice from Labor Nord – laboratory tests",
  """Dear Mr Mendes,

we have reimbursed the laboratory invoice from Labor Nord dated 26 February 2026 (HbA1c, TSH, lipid profile, vitamin D) in full, EUR 88.16.

Please note that the vitamin D test is only reimbursable with a medical indication; this time your GP has documented one (E55.9 G), so we have paid it.

Kind regards
Lindenhof Health Insurance – Claims""")

M(C, "de", "insurer-to-lawyer", "legal-protection cover confirmation naming the client, policy number and a tenancy dispute",
  S("e.wagner"), "Rechtsanwältin Dr. Sophie Ahrens <kanzlei@ra-ahrens.example>", "Deckungszusage – Ihre Mandantin Frau Nadine Kröger, RS 77-0129930",
  """Sehr geehrte Frau Dr. Ahrens,

für die außergerichtliche Interessenwahrnehmung Ihrer Mandantin Nadine Kröger wegen der Mieterhöhung vom 10.01.2026 (Vermieterin: Wohnbau Linden eG) erteilen wir Deckungszusage aus dem Rechtsschutzvertrag RS 77-0129930 (Baustein Wohnungs-Rechtsschutz). Selbstbeteiligung 250 €.

Für ein gerichtliches Verfahren bitten wir um erneute Anfrage mit Klageentwurf.

Unser Zeichen: RS-2026-0008810

Mit freundlichen Grüßen
Eva Wagner
Rechtsschutz-Schaden""")

M(C, "en", "insurer-to-customer", "travel cancellation claim (non-personal line) for job loss; named customer, policy and booking amounts",
  S("l.kaiser"), "Ruth Sørensen <ruth.sorensen@mail.example>", "Trip cancellation claim RR-26-0017710",
  """Dear Ms Sørensen,

thank you for your claim for the cancelled trip to Lisbon (booking no. TUI-8841027, EUR 1,640.00 for two persons). Under your annual travel cancellation policy RR 90-4419001, the unexpected loss of a job through termination by the employer is an insured event.

Please send us:
- the employer's termination letter,
- the final cancellation invoice of the tour operator (cancellation fee EUR 984.00).

After that we will reimburse the cancellation fee minus the deductible of 20 %.

Kind regards
Lukas Kaiser
Travel Insurance Claims""")

M(SC, "de", "insurer-to-customer", "non-medical practitioner invoice with acupuncture for the addressee under health insurance",
  S("s.hoffmann"), "Monika Brüggemann <monika.brueggemann@web.example>", "Heilpraktikerrechnung vom 10.02.2026",
  """Liebe Frau Brüggemann,

die Rechnung Ihrer Heilpraktikerin Frau Lüders (6 Akupunkturbehandlungen nach GebüH Ziffer 26.1 wegen chronischer Migräne sowie eine Eigenbluttherapie) haben wir erstattet. Nach Ihrem Tarif übernehmen wir Heilpraktikerleistungen zu 80 % bis 1.000 € im Jahr, das sind diesmal 278,40 €.

Bitte beachten Sie: Das Präparat „Migräne-Komplex Globuli" ist kein Arzneimittel im Sinne der Tarifbedingungen und wurde nicht erstattet.

Viele Grüße
Sabine Hoffmann""")

M(N, "de", "insurer-to-public", "press release on average private health premiums; statistics only",
  S("l.fischer"), "verteiler.presse@versicherer.example", "Pressemitteilung: Beitragsentwicklung in der Krankenversicherung 2026",
  """Hannover, 05.03.2026 – Die Lindenhof Krankenversicherung a.G. passt zum 1. April 2026 die Beiträge in einem Teil ihrer Tarife an. Im Durchschnitt steigen die Beiträge der Vollversicherten um 6,4 Prozent; rund 38 Prozent der Versicherten sind nicht betroffen.

Grund sind vor allem gestiegene Ausgaben für stationäre Behandlungen (+8,1 Prozent) und für Arzneimittel (+6,9 Prozent). Die Ausgaben für ambulante Psychotherapie wuchsen überdurchschnittlich.

„Wir setzen 412 Millionen Euro aus der Rückstellung für Beitragsrückerstattung ein, um die Anpassung für ältere Versicherte zu begrenzen", sagt Dr. Ilka Sander, Vorständin Kranken.

Pressekontakt: presse@versicherer.example""")

M(SC, "de", "insurer-to-customer", "hearing aid cost estimate for the addressee with bilateral hearing loss",
  S("s.hoffmann"), "Gerd Wachtel <gerd.wachtel@arcor.example>", "Kostenvoranschlag Hörgeräte",
  """Sehr geehrter Herr Wachtel,

vielen Dank für den Kostenvoranschlag von Hörakustik Meyer. Die Übersicht anbei zeigt Ihnen, wie viel wir erstatten. Bei beidseitiger Innenohrschwerhörigkeit (Tonaudiogramm vom 03.03.2026) übernehmen wir die Versorgung beider Ohren.

Mit freundlichen Grüßen
Sabine Hoffmann""",
  att=[ODT("Erstattungsuebersicht_Hoergeraete_Wachtel.odt", [
      ("h", "Erstattungsübersicht Hörgeräteversorgung"),
      "Versicherter: Gerd Wachtel, KV 33-0920017, Tarif KomfortAmbulant",
      ("table", [["Position", "KVA", "erstattungsfähig", "Erstattung"],
                 ["Hörsystem rechts (HdO, Akku)", "2.190,00 €", "1.500,00 €", "1.500,00 €"],
                 ["Hörsystem links (HdO, Akku)", "2.190,00 €", "1.500,00 €", "1.500,00 €"],
                 ["Anpassung und Otoplastiken", "380,00 €", "380,00 €", "380,00 €"],
                 ["Summe", "4.760,00 €", "", "3.380,00 €"]]),
      "Der Höchstbetrag für Hörhilfen beträgt 1.500 € je Ohr innerhalb von 5 Jahren."])])

M(SC, "en", "insurer-to-customer", "pre-approval of a knee MRI for the addressee with suspected meniscus tear",
  S("s.hoffmann"), "Ingrid Falk <ingrid.falk@telia.example>", "RE: MRI knee – cost approval",
  """Dear Ms Falk,

yes, an MRI of the right knee (suspected medial meniscus tear, S83.2 R V) is covered under your Comfort tariff. You do not need a pre-approval for diagnostic imaging, but thank you for asking. Please send us the radiology invoice after the examination.

Get well soon!
Sabine Hoffmann""")

M(N, "en", "insurer-to-broker", "webinar invitation on new dental tariffs for brokers; no customer data",
  S("j.wolters"), "broker-news@verteiler.versicherer.example", "Webinar: our new dental tariffs – 15 April 2026",
  """Dear partners,

join our 45-minute webinar on the new dental top-up tariffs ZahnPlus 70/90/100:
- no waiting periods
- orthodontics for children up to 18
- professional cleaning up to EUR 150 a year

Date: Wednesday, 15 April 2026, 10:00-10:45 CEST
The calendar invitation is attached. The session will be held in English.

Kind regards
Jana Wolters""",
  att=[ICS("Webinar_ZahnPlus.ics", "Webinar: ZahnPlus dental tariffs", "20260415T100000", "20260415T104500",
           location="Online (link follows)", organizer=("Jana Wolters", "j.wolters@versicherer.example"))])

M(SC, "de", "billing-office-to-insurer", "direct-billing list of several named patients with birth dates, GOÄ items and ICD-10 codes in a TSV",
  "PVS Niedersachsen – Direktabrechnung <direktabrechnung@pvs-nds.example>", "leistung.kranken@versicherer.example",
  "Sammelabrechnung März 2026 – Teil 1",
  """Sehr geehrte Damen und Herren,

anbei die Sammelabrechnung Teil 1 für März 2026 gemäß Direktabrechnungsvereinbarung (Abtretungserklärungen liegen vor). Überweisung bitte unter Angabe der Sammelrechnungsnummer SR-2026-03-0114.

Mit freundlichen Grüßen
PVS Niedersachsen""",
  att=[TSV("SR-2026-03-0114.tsv", [
      ["rechnung", "versicherter", "geb", "versnr", "datum", "goae", "icd", "betrag"],
      ["R-881201", "Brandes, Heike", "1966-04-02", "KV 40-1128831", "2026-03-03", "1 5 410 3511", "N39.0 G", "58,17"],
      ["R-881202", "Lutter, Jan", "1979-11-23", "KV 52-0019912", "2026-03-04", "3 7 800 801", "G43.0 G", "112,40"],
      ["R-881203", "Osei, Ama", "1990-07-15", "KV 81-0077201", "2026-03-04", "1 250 3550 3561", "E11.9 G", "32,35"],
      ["R-881204", "Peters, Gunnar", "1958-01-30", "KV 30-0448120", "2026-03-05", "7 651 652", "I48.0 G, I10.90 G", "96,88"],
      ["R-881205", "Thiele, Marie", "2015-09-09", "KV 66-2210034", "2026-03-05", "1 5 1415", "H66.9 L", "27,01"]])])

M(N, "de", "internal", "fully anonymised training case study about a claim; no identifiable person",
  S("s.hoffmann"), "Auszubildende Leistung <azubis.leistung@versicherer.example>", "Fallstudie für Donnerstag",
  """Hallo zusammen,

für unsere Übung am Donnerstag bitte die Fallstudie im Anhang vorbereiten. Alle Angaben sind erfunden bzw. vollständig anonymisiert.

Viele Grüße
Sabine""",
  att=[PDF("Fallstudie_3_Leistungspruefung.pdf", [
      ("h", "Fallstudie 3 – Prüfung einer Arztrechnung"),
      "Eine versicherte Person (Mitte 50, Tarif mit 300 EUR Selbstbeteiligung) reicht eine Rechnung eines Internisten ein. Abgerechnet werden GOÄ 1, 7, 410, 420 (2,3-fach) sowie GOÄ 3511 mit dem 1,15-fachen Satz. Als Diagnose ist K21.9 G angegeben.",
      "Aufgaben:",
      "1. Prüfen Sie, ob die Steigerungsfaktoren begründet werden müssen.",
      "2. Ist die Kombination 410/420 zulässig?",
      "3. Berechnen Sie den Erstattungsbetrag.",
      "Hinweis: Namen, Daten und Vertragsnummern wurden entfernt. Der Fall darf nur zu Schulungszwecken verwendet werden."],
      title="Fallstudie 3")])

M(SC, "de", "insurer-to-customer", "travel vaccinations of the addressee's family reimbursed (yellow fever, rabies)",
  F("leistung.kranken", "Lindenhof Krankenversicherung"), "Familie Achterberg <achterberg@posteo.example>", "Erstattung Reiseimpfungen",
  """Liebe Familie Achterberg,

die Rechnungen des Tropeninstituts für die Reiseimpfungen vor Ihrer Reise nach Tansania haben wir erstattet:

Jörn Achterberg: Gelbfieber, Tollwut (3 Dosen), Typhus
Silke Achterberg: Tollwut (3 Dosen), Typhus
Mats (7 J.): Gelbfieber, Tollwut (3 Dosen)

Erstattungsbetrag insgesamt: 1.142,60 €. Die Malaria-Prophylaxe (Atovaquon/Proguanil) ist als Arzneimittel ebenfalls erstattet worden.

Gute Reise!
Ihre Lindenhof Krankenversicherung""")

M(C, "en", "insurer-to-customer", "personal liability insurance certificate for a visa with the named customer's date of birth and policy",
  F("service", "Lindenhof Customer Service"), "Nguyen Thi Lan <lan.nguyen@gmail.example>", "Confirmation of personal liability insurance",
  """Dear Ms Nguyen,

as requested, we confirm that you are insured with us as follows:

Name: Nguyen Thi Lan, born 11 March 1998
Policy: personal liability insurance PH 14-8801173
Cover: EUR 50 million for personal injury and property damage, worldwide
In force since 1 February 2026, annual renewal

This confirmation is issued for submission to the Foreigners' Office (Ausländerbehörde) Hannover.

Kind regards
Melanie Roth
Customer Service""")

M(N, "en", "it-provider-to-insurer", "release notes of a tariff engine mentioning GOÄ and ICD features; no patient data",
  "Release Management <releases@medcalc-software.example>", "t.krueger@versicherer.example",
  "Release 3.4 of MedCalc Claims Engine",
  """Hello,

MedCalc Claims Engine 3.4 is available for download.

New:
- ICD-10-GM 2026 catalogue, including the new secondary codes and the additional markers G, V, Z, A, L, R, B
- GOÄ plausibility rules: exclusions for 1/3, 5/7, 410/420
- GOZ 2026 point values
- Faster processing of batch files (up to 40 %)

Fixed:
- MC-2291: rounding error for factor 1.15 in lab fees

Upgrade notes are available in the customer portal.

MedCalc Software GmbH""")

M(SC, "de", "insurer-to-customer", "cost approval for the addressee's stay in a psychosomatic clinic with dates, no diagnosis named",
  S("s.hoffmann"), "Tobias Renner <tobias.renner@gmx.example>", "Kostenzusage Klinikaufenthalt",
  """Sehr geehrter Herr Renner,

für Ihren Aufenthalt in der Psychosomatischen Fachklinik Am Kurpark, Bad Grönenbach, vom 04.05.2026 bis voraussichtlich 15.06.2026 erteilen wir Ihnen eine Kostenzusage zu den allgemeinen Krankenhausleistungen zuzüglich Zweibettzimmer. Die Klinik erhält eine Kopie dieser Zusage.

Eine Verlängerung über sechs Wochen hinaus bitten wir durch die Klinik rechtzeitig mit einem ärztlichen Bericht zu beantragen.

Wir wünschen Ihnen alles Gute.

Mit freundlichen Grüßen
Sabine Hoffmann""")

M(N, "de", "insurer-to-customer-newsletter", "newsletter on preventive check-ups covered by PKV; general, no person",
  F("newsletter", "Lindenhof Gesundheitsnewsletter"), "kv-newsletter@verteiler.versicherer.example",
  "Vorsorge 2026: Diese Untersuchungen zahlt Ihre Lindenhof Krankenversicherung",
  """Gesund bleiben – mit Vorsorge

Ab 35: Check-up alle drei Jahre, Hautkrebs-Screening alle zwei Jahre
Ab 45 (Männer): Prostata-Untersuchung jährlich
Ab 50: Darmkrebsvorsorge, Mammographie (Frauen bis 75)
Jedes Alter: Schutzimpfungen nach STIKO, Zahnvorsorge zweimal jährlich

In den Tarifen KomfortAmbulant und Premium übernehmen wir zusätzlich Vorsorgeuntersuchungen ohne Altersgrenze bis 500 € im Jahr.

Mehr Informationen: www.lindenhof-versicherung.example/vorsorge""")

M(SC, "de", "lab-to-insurer", "laboratory invoice for a named patient with test values (HbA1c 7.8 %) and GOÄ lab numbers",
  "Laborgemeinschaft Hannover-Süd <abrechnung@labor-hannover-sued.example>", "leistung.kranken@versicherer.example",
  "Rechnung L-2026-044781",
  """Sehr geehrte Damen und Herren,

auf Wunsch des Patienten übersenden wir die Rechnung direkt an Sie.

Patient: Erwin Hollstein, geb. 12.12.1951, Vers.-Nr. KV 21-0033910
Einsender: Dr. med. Thomas Gerlach, Innere Medizin
Material vom 05.03.2026

GOÄ 3561  HbA1c                  1,15  13,41 €   Ergebnis: 7,8 % (Ref. < 6,0)
GOÄ 3560  Glukose                1,15   2,68 €   Ergebnis: 162 mg/dl
GOÄ 3585  Kreatinin              1,15   2,68 €   Ergebnis: 1,4 mg/dl
GOÄ 3736  Mikroalbumin im Urin   1,15  20,11 €   Ergebnis: 48 mg/l
Summe                                  38,88 €

Zahlbar innerhalb von 30 Tagen.

Laborgemeinschaft Hannover-Süd GbR""", charset="iso-8859-1", cte="quoted-printable")

M(SC, "en", "customer-to-insurer", "expat couple asks whether fertility treatment (IVF) is covered under their health policies",
  "Aditya Rao <aditya.rao@gmail.example>", "leistung.kranken@versicherer.example",
  "Question about IVF coverage – policies KV 80-1190021 and KV 80-1190022",
  """Hello,

my wife Sneha and I are both insured with you (policies KV 80-1190021 and KV 80-1190022). After two years of trying, our gynaecologist at Kinderwunschzentrum Hannover has recommended IVF/ICSI. My semen analysis showed reduced motility, and my wife has been diagnosed with PCOS.

Could you tell us:
1. whether the treatment is covered, and which of our policies pays for what,
2. how many cycles are covered,
3. whether we need an approval before the first cycle (planned for May)?

Thank you,
Aditya Rao""")

M(N, "en", "insurer-to-reinsurer", "aggregate health claims statistics for reinsurer; diagnosis groups but no individual",
  S("o.brandt"), "Claire Dubois <claire.dubois@alpine-re.example>", "Health portfolio KPIs 2025 for the QS renewal",
  """Hi Claire,

as agreed, the aggregated KPIs of our comprehensive health portfolio for 2025:

- Insured persons: 184,300 (+2.1 %)
- Claims cost per insured: EUR 3,682 (+5.8 %)
- Top diagnosis groups by cost: musculoskeletal (M00-M99) 15 %, neoplasms (C00-D48) 14 %, circulatory (I00-I99) 13 %
- Inpatient share: 41 % of claims cost
- Large claims > EUR 250k: 23 (no details per case)

Breakdown by tariff generation attached.

Best regards
Olaf Brandt""",
  att=[ODS("Health_KPIs_2025_by_tariff.ods", [
      ["Tariff generation", "Insured", "Claims cost EUR m", "Cost per insured EUR", "Change"],
      ["Before 2009 (unisex not)", 61200, 262.1, 4283, "+6.2%"],
      ["2009-2012", 38900, 128.4, 3301, "+5.4%"],
      ["Unisex 2013+", 84200, 288.2, 3423, "+5.6%"]])])

M(SC, "de", "insurer-to-doctor", "consulting dentist receives the X-ray and treatment plan of a named patient",
  S("s.hoffmann"), "Dr. med. dent. Ole Carstens <gutachten@zahnarzt-carstens.example>",
  "Bitte um Begutachtung HKP – Vossberg, Implantat 36",
  """Lieber Herr Dr. Carstens,

bitte begutachten Sie den beigefügten HKP unserer Versicherten Petra Vossberg (ZZ 70-118230) – Implantat regio 36 und Vollkeramikkrone 16. Fraglich ist, ob Zahn 16 tatsächlich überkronungsbedürftig ist oder eine Teilkrone ausreicht. OPG vom 12.01.2026 anbei.

Herzlichen Dank
Sabine Hoffmann""",
  att=[PNG("OPG_Vossberg_20260112.png", size=(300, 140), label="OPG 12.01.2026"),
       PDF("HKP_Vossberg_Kopie.pdf", [("h", "Heil- und Kostenplan (Kopie)"),
                                      "Patientin: Petra Vossberg, geb. 07.10.1968",
                                      ("table", [["Zahn", "Befund", "Planung"], ["16", "ww", "Vollkeramikkrone"], ["36", "f", "Implantat + Krone"]])],
           title="HKP Kopie")])

M(C, "de", "insurer-to-customer", "adds the named partner with date of birth to a family personal liability policy",
  F("service", "Lindenhof Kundenservice"), "Stefan Albrecht <stefan.albrecht@web.example>", "Ihre Privathaftpflicht – Partnerin mitversichert",
  """Hallo Herr Albrecht,

wie gewünscht haben wir Ihre Lebensgefährtin in die Privathaftpflichtversicherung PH 16-2201874 aufgenommen:

Frau Julia Neumeyer, geb. 27.08.1994, gemeinsame Anschrift Kirchröder Straße 19, 30559 Hannover

Der Vertrag läuft ab 01.04.2026 im Familientarif; der Beitrag steigt von 61,20 € auf 79,80 € jährlich.

Viele Grüße
Ihr Lindenhof Kundenservice""")

M(N, "de", "internal", "one-line request to move a meeting",
  S("g.neumann"), S("s.hoffmann"), "Jour fixe", "Können wir den Jour fixe heute auf 15 Uhr schieben? Hab um 14 noch den Termin mit dem Betriebsrat. LG Gabi")

M(SC, "de", "insurer-to-customer", "forwarded customer mail with a university hospital invoice (cardiology, chief-physician treatment) in a nested message",
  S("s.hoffmann"), "Hans-Peter Voigt <hp.voigt@t-online.example>", "WG: Rechnung Uniklinik – Rückfrage",
  """Sehr geehrter Herr Voigt,

vielen Dank für Ihre Nachricht (siehe unten). Die Rechnung der Medizinischen Hochschule für die Wahlleistung Chefarzt haben wir geprüft. Die Abrechnung der Ziffer 5377 (CT-Angiographie) ist korrekt, der Steigerungsfaktor 2,5 ist begründet. Wir erstatten den Betrag vollständig.

Mit freundlichen Grüßen
Sabine Hoffmann""",
  att=[EML(MI("Hans-Peter Voigt <hp.voigt@t-online.example>", "leistung.kranken@versicherer.example",
              "Rechnung Uniklinik", """Guten Tag,

anbei die Rechnung von der MHH für meine Untersuchungen in der Kardiologie im Februar (Herzkatheter wurde dann doch nicht gemacht). Ist die Rechnung so in Ordnung? Mir kommt das viel vor.

Gruß Voigt
KV 27-0411208""", date="2026-03-20 11:15",
              att=[PDF("Rechnung_MHH_Wahlleistung_Voigt.pdf", [
                  ("h", "Liquidation Wahlärztliche Leistungen – Klinik für Kardiologie"),
                  "Patient: Hans-Peter Voigt, geb. 04.04.1955 – Aufenthalt 16.02.2026 bis 18.02.2026",
                  "Diagnosen: I20.0 G instabile Angina pectoris (ausgeschlossen), R07.4 G Brustschmerz",
                  ("table", [["GOÄ", "Leistung", "Faktor", "Betrag"],
                             ["45", "Visite", "2,3", "10,72 €"],
                             ["651", "EKG", "1,8", "26,65 €"],
                             ["5377", "CT-Angiographie Herz", "2,5", "332,30 €"],
                             ["424", "Echokardiographie", "1,8", "73,43 €"],
                             ["", "Summe (nach Minderung § 6a GOÄ)", "", "376,54 €"]])],
                  title="Liquidation")]), name="Rechnung Uniklinik.eml")])

M(N, "en", "internal", "office closure notice for Easter Monday",
  "Facility Management <facility@versicherer.example>", "All staff <all-staff@versicherer.example>", "Office closed on Easter Monday",
  """Dear colleagues,

a reminder that all Lindenhof offices are closed on Good Friday (3 April) and Easter Monday (6 April). The car park will be locked from Thursday 20:00 to Tuesday 06:00. Emergency claims hotline remains staffed as usual.

Happy Easter!
Facility Management""")

M(N, "de", "internal", "car park allocation note; no personal data beyond staff first names",
  "Facility Management <facility@versicherer.example>", "Standort Hannover <standort.hannover@versicherer.example>", "Parkplatzvergabe ab April",
  """Hallo zusammen,

wegen der Bauarbeiten an der Tiefgarage (Ebene -2) vergeben wir die Stellplätze ab 1. April neu. Wer einen Stellplatz beantragen möchte, trägt sich bitte bis 20. März im Intranet-Formular ein. Schwerbehindertenstellplätze und E-Ladeplätze bleiben unverändert.

Danke für euer Verständnis
Facility Management""")
