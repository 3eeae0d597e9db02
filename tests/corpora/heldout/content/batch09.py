# Batch 9: long-term care, rehab, hospitals, psychotherapy; internal/IT normals
from .common import *

M(SC, "de", "insurer-to-customer", "long-term care grade 3 assigned to the addressee's mother after the assessment, with care allowance",
  S("j.hansen"), "Sabine Kettler <sabine.kettler@web.example>", "Pflegeeinstufung Ihrer Mutter, Frau Ilse Kettler",
  """Sehr geehrte Frau Kettler,

Sie haben für Ihre Mutter, Frau Ilse Kettler (Pflegepflichtversicherung PV 10-0337120), Leistungen beantragt. Nach dem Gutachten vom 18.03.2026 liegt bei Ihrer Mutter Pflegegrad 3 vor (Gesamtpunktwert 58,75). Besonders eingeschränkt sind die Mobilität und die Selbstversorgung; zudem besteht ein erhöhter Unterstützungsbedarf bei den kognitiven Fähigkeiten.

Ab dem 01.02.2026 (Antragsmonat) zahlen wir Pflegegeld in Höhe von 599 € monatlich. Die Nachzahlung für Februar und März überweisen wir in den nächsten Tagen.

Bitte denken Sie an die halbjährlichen Beratungsbesuche nach § 37 Abs. 3 SGB XI.

Mit freundlichen Grüßen
Jörg Hansen
Leistung Pflegeversicherung""")

M(SC, "de", "insurer-to-customer", "quoted daughter's application for care benefits describing her mother's dementia",
  S("j.hansen"), "Martina Grube <martina.grube@t-online.example>", "AW: Pflegeantrag für meine Mutter",
  f"""Sehr geehrte Frau Grube,

danke für Ihre Nachricht. Den Antrag haben wir angelegt; der Gutachter von Medicproof meldet sich in den nächsten zwei Wochen für einen Hausbesuch. Bitte halten Sie Arztberichte und den Medikamentenplan bereit. Die Vollmacht Ihrer Mutter haben wir erhalten.

Mit freundlichen Grüßen
Jörg Hansen

{am_schrieb("31.03.2026 um 20:02", "Martina Grube")}
{q('''Guten Tag, meine Mutter Edith Grube (83, bei Ihnen pflegeversichert, Nr. PV 10-0041190) hat seit letztem Jahr eine Alzheimer-Demenz. Sie vergisst zu essen, findet nachts nicht mehr ins Bad und ist schon zweimal gestürzt. Ich fahre jeden Tag hin, aber das schaffe ich so nicht mehr. Wie beantrage ich einen Pflegegrad? Mit freundlichen Grüßen Martina Grube''')}""")

M(SC, "en", "insurer-to-customer", "care allowance for the addressee's mother (care level 2) paid to the family",
  S("j.hansen"), "Rachel Sommer <rachel.sommer@outlook.example>", "Care allowance for your mother",
  """Dear Ms Sommer,

as requested we are writing in English. Your mother, Mrs Gisela Sommer, has been assigned care level 2 (Pflegegrad 2). From 1 March 2026 we pay a monthly care allowance of EUR 347, which is meant to support the family members who care for her. In addition she is entitled to EUR 131 per month for support services (Entlastungsbetrag) from an approved provider.

If you would like to use a professional care service as well, please let us know.

Kind regards
Jörg Hansen
Long-term Care Benefits""")

M(SC, "de", "care-service-to-insurer", "home-care service invoice for a named patient with care grade and service modules",
  "Ambulanter Pflegedienst Lebensfreude <abrechnung@pflegedienst-lebensfreude.example>", "pflege@versicherer.example", "Abrechnung März 2026 – Herr Werner Pohlmann",
  """Sehr geehrte Damen und Herren,

anbei die Abrechnung der Pflegesachleistungen für März 2026 für Ihren Versicherten.

Mit freundlichen Grüßen
Abrechnungsstelle""",
  att=[PDF("Abrechnung_2026-03_Pohlmann.pdf", [
      ("h", "Ambulanter Pflegedienst Lebensfreude – Rechnung 2026-03-0441"),
      "Versicherter: Werner Pohlmann, geb. 28.02.1938, Pflegegrad 4, PV 10-0019942",
      ("table", [["LK", "Leistung", "Anzahl", "Betrag"], ["LK 1", "Kleine Morgen-/Abendtoilette", "31", "682,00 €"],
                 ["LK 3", "Große Morgentoilette mit Baden", "8", "312,80 €"], ["LK 15", "Hilfe bei der Nahrungsaufnahme", "31", "465,00 €"],
                 ["LK 31", "Medikamentengabe (SGB V, Insulin s.c.)", "62", "zu Lasten Krankenversicherung"],
                 ["", "Summe Pflegesachleistung", "", "1.459,80 €"]]),
      "Die Pflegedokumentation kann eingesehen werden."], title="Rechnung")])

M(SC, "de", "rehab-clinic-to-insurer", "ZIP with the cardiac rehab discharge report and invoice of a named patient",
  "Verwaltung Reha-Zentrum Bad Nenndorf <verwaltung@reha-badnenndorf.example>", "leistung.kranken@versicherer.example",
  "AHB Herr Friedhelm Aust – Entlassungsunterlagen",
  """Sehr geehrte Damen und Herren,

anbei erhalten Sie den Entlassungsbericht und die Schlussrechnung der Anschlussheilbehandlung als ZIP-Archiv.

Mit freundlichen Grüßen
Patientenverwaltung""",
  att=[ZIP("AHB_Aust_2026-03.zip", [
      DOCX("Entlassungsbericht_Aust.docx", [
          ("h", "Ärztlicher Entlassungsbericht – Kardiologische Rehabilitation"),
          ("table", [["Patient", "Friedhelm Aust, geb. 11.11.1952"], ["Aufenthalt", "02.03.2026 – 23.03.2026"],
                     ["Diagnosen", "I25.13 G Dreigefäßerkrankung; Z95.5 Z. n. Stentimplantation; E78.0 G Hypercholesterinämie"]]),
          "Verlauf: Ergometertraining bis 100 W ohne Ischämiezeichen. Raucherentwöhnung erfolgreich begonnen.",
          "Medikation bei Entlassung: ASS 100 mg 1-0-0, Clopidogrel 75 mg 1-0-0, Atorvastatin 40 mg 0-0-1, Bisoprolol 2,5 mg 1-0-0.",
          "Arbeitsfähigkeit: entfällt (Altersrentner)."], author="Reha-Zentrum Bad Nenndorf"),
      PDF("Schlussrechnung_R-2026-0871.pdf", [("h", "Schlussrechnung R-2026-0871"),
                                              "Patient: Friedhelm Aust, KV 23-0190047",
                                              ("table", [["Leistung", "Tage", "Betrag"], ["Tagessatz AHB Kardiologie", "21", "4.893,00 €"],
                                                         ["Zuschlag Einzelzimmer", "21", "735,00 €"], ["Summe", "", "5.628,00 €"]])],
          title="Schlussrechnung")])])

M(SC, "en", "clinic-to-insurer", "cost approval request for alcohol withdrawal treatment (F10.2) of a named insured person",
  "Admissions Parkklinik Sonnenhof <aufnahme@parkklinik-sonnenhof.example>", "leistung.kranken@versicherer.example",
  "Request for cost approval – Mr Gregor Lansing, DOB 1972-05-30",
  """Dear colleagues,

we request cost approval for the qualified withdrawal treatment of your insured Mr Gregor Lansing (born 30 May 1972, policy KV 46-0882013).

Diagnosis: F10.2 alcohol dependence syndrome; K70.0 alcoholic fatty liver
Planned: inpatient qualified withdrawal, 21 days, admission 20 April 2026, followed by a motivation phase for long-term rehabilitation
Current consumption according to the patient: approx. 1 bottle of wine and 4 beers daily; withdrawal seizure in 2024

Please send your confirmation by fax or via your portal.

Kind regards
Admissions Office, Parkklinik Sonnenhof""")

M(SC, "de", "insurer-to-customer", "care aids approved for the addressee (care bed, rollator, incontinence products)",
  S("j.hansen"), "Werner Pohlmann <werner.pohlmann@ewe.example>", "Ihre Pflegehilfsmittel",
  """Sehr geehrter Herr Pohlmann,

wir übernehmen folgende Hilfsmittel:

- Pflegebett mit Aufrichter (Leihgabe über Sanitätshaus Vital, Lieferung in KW 16)
- Rollator Leichtgewicht (Eigenanteil 10 €)
- zum Verbrauch bestimmte Pflegehilfsmittel (Einmalhandschuhe, Bettschutzeinlagen) bis 42 € monatlich
- Inkontinenzmaterial über Ihre Krankenversicherung nach ärztlicher Verordnung

Mit freundlichen Grüßen
Jörg Hansen""")

M(SC, "de", "insurer-to-customer", "bathroom conversion grant for a named care recipient",
  S("j.hansen"), "Familie Kettler <sabine.kettler@web.example>", "Zuschuss Badumbau – Wohnumfeldverbesserung",
  """Sehr geehrte Frau Kettler,

für den Umbau des Badezimmers in der Wohnung Ihrer Mutter, Frau Ilse Kettler (bodengleiche Dusche, Haltegriffe, erhöhtes WC), gewähren wir einen Zuschuss zur Verbesserung des Wohnumfelds in Höhe von 4.180 € (Kostenvoranschlag Sanitär Heinemann: 6.920 €).

Bitte reichen Sie nach Abschluss die Rechnung ein.

Mit freundlichen Grüßen
Jörg Hansen""")

M(SC, "en", "insurer-to-hospital", "cost approval for inpatient treatment of a named young woman's eating disorder",
  S("s.hoffmann"), "Patient Administration Schön Klinik Nord <patientenverwaltung@klinik-nord-psych.example>", "Cost approval – Ms Lara Whitaker, born 07/12/2004",
  """Dear colleagues,

we confirm cost approval for the inpatient treatment of our insured Ms Lara Whitaker (born 7 December 2004, policy KV 84-0017729, co-insured under her father's contract) in your department for eating disorders, initially for 8 weeks from 14 April 2026 (diagnosis stated: F50.0 anorexia nervosa).

Please request an extension in good time with a short medical report.

Kind regards
Sabine Hoffmann""")

M(SC, "de", "insurer-to-assessor", "care assessment order for a named applicant with address and diagnoses (ODT)",
  S("j.hansen"), "Medicproof Auftragsannahme <auftrag@medicproof-beispiel.example>", "Begutachtungsauftrag Pflege PV 10-0041190",
  """Sehr geehrte Damen und Herren,

anbei ein neuer Begutachtungsauftrag. Bitte beachten Sie den Hinweis zur Kontaktaufnahme über die Tochter.

Mit freundlichen Grüßen
Jörg Hansen""",
  att=[ODT("Begutachtungsauftrag_Grube.odt", [
      ("h", "Begutachtungsauftrag Pflegebedürftigkeit (Erstantrag)"),
      ("table", [["Versicherte", "Edith Grube, geb. 09.06.1942"], ["Anschrift", "Am Lindenhofe 3, 30519 Hannover"],
                 ["Kontakt", "Tochter Martina Grube (Vollmacht), Tel. 0511 5558 902"],
                 ["Bekannte Diagnosen", "G30.1 Alzheimer-Demenz, I10.90 Hypertonie, Z. n. Sturz 01/2026"],
                 ["Antragsdatum", "31.03.2026"]]),
      "Besonderheit: Die Versicherte lebt allein. Bitte Termin nur nach Absprache mit der Tochter."])])

M(SC, "de", "care-service-to-insurer", "counselling-visit report (§ 37.3 SGB XI) on a named care recipient's care situation",
  "Ambulanter Pflegedienst Lebensfreude <beratung@pflegedienst-lebensfreude.example>", "pflege@versicherer.example", "Nachweis Beratungseinsatz § 37 Abs. 3 – Frau Ilse Kettler",
  """Sehr geehrte Damen und Herren,

Beratungseinsatz am 08.04.2026 bei Frau Ilse Kettler (PV 10-0337120, Pflegegrad 3):

Die Pflege ist sichergestellt. Die Tochter übernimmt Körperpflege und Einkäufe, eine Nachbarin hilft abends. Empfehlung: Hausnotruf, Entlastung der Tochter durch Tagespflege zweimal wöchentlich, Überprüfung der Medikamenteneinnahme (Blister durch Apotheke). Dekubitusgefährdung gering, Haut intakt.

Mit freundlichen Grüßen
Pflegedienstleitung""")

M(C, "de", "insurer-to-customer", "buildings premium invoice with IBAN for direct debit and policy number of the addressee",
  F("inkasso", "Lindenhof Beitragsservice"), "Heinz-Walter Grote <hw.grote@t-online.example>", "Beitragsrechnung Wohngebäude 2026/27",
  None,
  html=page(f"""<p>Sehr geehrter Herr Grote,</p>
<p>zum 01.05.2026 wird der Jahresbeitrag für Ihre Wohngebäudeversicherung fällig:</p>
{table([["Vertrag", "Objekt", "Deckung", "Beitrag inkl. VersSt"], ["WG 18-0771209", "Mühlenweg 2a, 21337 Lüneburg", "Feuer, LW, Sturm/Hagel, Elementar (neu)", "1.128,44 €"]])}
<p>Wir ziehen den Betrag am 02.05.2026 von Ihrem Konto {de_iban("24050110", "66123456", group=4)} ein.</p>
<p>Mit freundlichen Grüßen<br>Lindenhof Beitragsservice</p>"""))

M(C, "en", "insurer-to-customer", "e-bike with frame number added to the named customer's household policy",
  F("service", "Lindenhof Customer Service"), "Sophie Turner <sophie.turner@gmail.example>", "Your e-bike is now insured",
  """Dear Ms Turner,

we've added your new e-bike to your household contents policy HR 39-0228177:

Riese & Müller Charger4 GT, frame no. WRM4471902K, purchase price EUR 5,349.00, purchased 28 March 2026

Bicycle theft is now covered up to EUR 5,500 (previously EUR 1,500), also at night if the bike is locked to a fixed object. The additional premium is EUR 48.60 per year.

Enjoy the rides!
Customer Service""")

M(C, "de", "insurer-to-customer", "motor vehicle transferred from husband to wife with her date of birth and contract number",
  S("i.bauer"), "Petra Lüpke <petra.luepke@gmx.example>", "Halterwechsel – Vertrag auf Sie umgeschrieben",
  """Sehr geehrte Frau Lüpke,

wie gewünscht haben wir die Kfz-Versicherung für den Skoda Octavia (H-PL 710) von Ihrem Mann auf Sie umgeschrieben. Neuer Versicherungsnehmer: Petra Lüpke, geb. 19.10.1974. Vertragsnummer bleibt KF 43-1183320.

Da Sie selbst noch keinen Schadenfreiheitsrabatt haben, haben wir wie besprochen den Zweitwagenrabatt (SF ½) berücksichtigt. Der Beitrag steigt auf 744,30 € jährlich.

Mit freundlichen Grüßen
Ines Bauer""")

M(C, "en", "insurer-to-customer", "motor insurance for a diplomat with diplomatic plates and policy number",
  S("i.bauer"), "Administration Embassy of Freedonia <admin@embassy-freedonia.example>", "Motor insurance for Mr Rufus Tenorio – diplomatic plates",
  """Dear Sir or Madam,

we confirm motor insurance for the vehicle of Counsellor Rufus Tenorio:

Vehicle: Mercedes-Benz E 300, diplomatic registration 0-184-12
Policy: KF 60-0012477, third-party liability EUR 100m, comprehensive with EUR 500 deductible
Start: 1 May 2026

The insurance certificate required by the Protocol Department of the Federal Foreign Office is attached to our letter by post.

Kind regards
Ines Bauer""")

M(C, "de", "insurer-to-authority", "answers a police request naming the policyholder and address for a vehicle registration",
  S("m.becker"), "Polizeiinspektion Hannover-Süd <ermittlung@pi-hannover-sued.example>", "Ihre Anfrage vom 09.04.2026 – Kennzeichen H-RT 2210",
  """Sehr geehrte Damen und Herren,

zu Ihrer Anfrage im Ermittlungsverfahren wegen unerlaubten Entfernens vom Unfallort (Tgb.-Nr. 2026/1188120) teilen wir mit:

Für das Fahrzeug H-RT 2210 besteht bei uns eine Kfz-Haftpflichtversicherung unter der Nr. KF 44-2004187. Versicherungsnehmer ist Herr Robin Teichert, Sallstraße 77, 30171 Hannover.

Mit freundlichen Grüßen
Martin Becker""")

M(C, "en", "insurer-to-customer", "legal protection for unpaid overtime: named customer, employer and salary figures",
  S("e.wagner"), "Marek Nowak <marek.nowak@gmail.example>", "Your legal protection claim – unpaid overtime",
  """Dear Mr Nowak,

we confirm cover under your legal protection policy RS 79-0017720 (employment law module) for the out-of-court claim against your employer, Kessler Bau GmbH, for 212 hours of unpaid overtime in 2025.

According to your payslips (gross monthly salary EUR 3,620, hourly rate EUR 20.88), the claim amounts to approx. EUR 4,427. Please choose a lawyer; we will pay the fees according to the statutory scale. In labour court cases of first instance each party bears its own lawyer's fees, which is why your cover matters.

Kind regards
Eva Wagner""")

M(C, "de", "insurer-to-customer", "glass breakage claim confirmation naming the customer, policy and phone number",
  F("schaden.sach", "Lindenhof Sach-Schaden"), "Irina Wolff <irina.wolff@web.example>", "Glasbruch – Ceranfeld",
  """Hallo Frau Wolff,

Ihr Glasschaden (gesprungenes Ceranfeld) ist über Ihre Glasversicherung GL 19-0033821 gedeckt. Unser Partner Glas-Express ruft Sie unter 0160 5552 8813 an, um einen Termin zu vereinbaren. Sie müssen nichts vorstrecken.

Schaden-Nr.: GL-2026-0008871

Ihr Team Sach-Schaden""")

M(C, "en", "insurer-to-lawyer", "confirms motor liability cover of a named opposing driver for a direct claim",
  S("m.becker"), "Sarah Klein <s.klein@klein-legal.example>", "Your client vs. our insured Mr Henning Ruwe – accident 28 March 2026",
  """Dear Ms Klein,

we confirm that the vehicle H-HR 404 driven by our policyholder Mr Henning Ruwe on 28 March 2026 is insured with us for third-party liability (policy KF 49-0071203). Please send your client's claim with the repair estimate to us directly, quoting claim no. KH-2026-0019933.

Kind regards
Martin Becker""")

M(C, "de", "insurer-to-supplier", "ZIP to the print service provider with named customers' addresses and contract numbers",
  S("d.lang"), "Auftragsannahme Druckzentrum Nord <auftrag@druckzentrum-nord.example>", "Druckauftrag Beitragsinformation Kfz – Datei 1 von 3",
  """Hallo Frau Janssen,

anbei Datei 1 der Adressdaten für den Druck der Beitragsinformation Kfz (AV-Vertrag vom 12.01.2024 gilt). Das ZIP enthält die CSV mit Name, Anschrift und Vertragsnummer. Bitte nach Produktion löschen und die Löschung bestätigen.

Grüße
Daniel Lang""",
  att=[ZIP("Kfz_Beitragsinfo_2026_Teil1.zip", [
      CSV("adressen_teil1.csv", [["vertrag", "anrede", "vorname", "nachname", "strasse", "plz", "ort", "kennzeichen"],
                                 ["KF 38-0112290", "Frau", "Gerda", "Wilkens", "Lindhooper Str. 44", "27283", "Verden", "VER-GW 58"],
                                 ["KF 39-0448176", "Herr", "Karl-Heinz", "Dreyer", "Am Bahndamm 7", "38518", "Gifhorn", "GF-KD 311"],
                                 ["KF 40-1177352", "Herr", "Reinhard", "Köster", "Ebertstraße 18", "31785", "Hameln", "HM-RK 9"],
                                 ["KF 44-9901345", "Herr", "Sven", "Hilgers", "Dorfstraße 2", "31535", "Neustadt", "NRÜ-SH 44"]], enc="cp1252")])])

M(C, "en", "customer-to-insurer", "expat asks to credit his US driving record, with date of birth and licence number",
  "Tyler Henderson <tyler.henderson@gmail.example>", "kfz.vertrag@versicherer.example", "No-claims discount from my US record?",
  """Hi,

I just moved to Hannover from Ohio and need car insurance. I've been driving accident-free for 14 years in the US. Can you give me a no-claims discount based on my US record?

Name: Tyler Henderson, DOB 06/18/1987 (June 18)
Ohio driver license no. TH448120, issued 2005
Letter of experience from my previous insurer (Buckeye Mutual) is attached to my next mail.

Thanks,
Tyler""")

M(C, "de", "insurer-to-customer", "surge damage claim; quoted customer mail includes phone and a valid IBAN",
  S("a.demir"), "Dominik Reinecke <d.reinecke@freenet.example>", "AW: Blitz – Fernseher kaputt",
  f"""Hallo Herr Reinecke,

Überspannungsschäden durch Blitz sind in Ihrer Hausratversicherung HR 31-0098127 bis 5.000 € mitversichert. Bitte schicken Sie uns noch die Bestätigung des Fachhändlers, dass der Defekt auf Überspannung zurückgeht. Danach überweisen wir auf das unten genannte Konto.

Viele Grüße
Aylin Demir

{am_schrieb("Mo, 13. April 2026, 18:22", "Dominik Reinecke")}
> Hallo, beim Gewitter am Samstag ist der Blitz in der Nähe eingeschlagen, seitdem gehen
> Fernseher und Router nicht mehr. Rückruf gern unter 0171 5553309.
> Bankverbindung für die Erstattung: {de_iban("25050180", "4711208", group=4, valid=False)}
> Dominik Reinecke""")

M(C, "de", "insurer-to-customer", "name change after marriage with maiden name and contract numbers",
  F("service", "Lindenhof Kundenservice"), "Julia Marquardt <julia.marquardt@gmx.example>", "Namensänderung in Ihren Verträgen",
  """Liebe Frau Marquardt,

herzlichen Glückwunsch zur Hochzeit! Wir haben Ihren Namen in allen Verträgen geändert:

bisher: Julia Schubert
neu: Julia Marquardt, geb. Schubert

Betroffene Verträge: Kfz KF 56-0044128, Hausrat HR 34-2201133, Privathaftpflicht PH 16-0078820 (jetzt Familientarif mit Ihrem Mann Tobias Marquardt).

Viele Grüße
Ihr Lindenhof Kundenservice""")

M(N, "de", "internal", "IT ticket for a new laptop with ticket number; no personal data",
  "IT-Service-Desk <it-servicedesk@versicherer.example>", S("b.richter"), "[REQ0044187] Hardware für Neuzugang 01.05.2026",
  """Hallo Herr Richter,

Ihre Anforderung REQ0044187 wurde angelegt: Notebook Standard (14"), Docking-Station, Headset, Smartcard für Arbeitsplatz 4.07. Bereitstellung bis 29.04.2026. Benutzerkonto wird nach Freigabe durch die Führungskraft angelegt.

IT-Service-Desk""")

M(N, "en", "internal", "IT outage resolved notice",
  "IT Service Desk <it-servicedesk@versicherer.example>", "All staff <all-staff@versicherer.example>", "Resolved: Teams telephony outage",
  """Dear colleagues,

the Teams telephony outage from 08:12 to 09:47 this morning has been resolved. Cause: a faulty certificate on the session border controller. Missed external calls were forwarded to the central hotline.

We apologise for the inconvenience.
IT Service Desk""")

M(N, "de", "internal", "new flexitime rules from HR; no personal data",
  S("b.richter"), "Alle Mitarbeitenden <alle@versicherer.example>", "Neue Gleitzeitregelung ab 01.06.2026",
  """Liebe Kolleginnen und Kollegen,

Betriebsrat und Geschäftsleitung haben sich auf eine neue Gleitzeitregelung geeinigt:

- Rahmenarbeitszeit 6:30 bis 20:00 Uhr
- keine Kernzeit mehr, Erreichbarkeit im Team sicherstellen
- Gleitzeitkonto bis +60/–20 Stunden

Die Betriebsvereinbarung steht im Intranet. Fragen gern an das Personalteam.

Ben Richter""")

M(N, "de", "insurer-to-broker", "product information on supplementary long-term care insurance; care vocabulary but no person",
  S("j.wolters"), "broker-nord@verteiler.versicherer.example", "PflegePlus – Produktinfo und Beispielrechnung",
  """Liebe Vertriebspartner,

die Pflegelücke wächst: Ein Platz im Pflegeheim kostet im Bundesdurchschnitt inzwischen rund 3.100 € Eigenanteil pro Monat. Mit PflegePlus sichern Ihre Kunden ein Pflegetagegeld ab Pflegegrad 1 ab.

Produktblatt anbei.

Jana Wolters""",
  att=[PDF("PflegePlus_Produktinfo.pdf", [
      ("h", "PflegePlus – Pflegetagegeld"),
      ("table", [["Pflegegrad", "Leistung in % des Tagegelds"], ["1", "10 %"], ["2", "30 %"], ["3", "50 %"], ["4", "80 %"], ["5", "100 %"]]),
      "Beispiel: Musterkundin 45 Jahre, Tagegeld 50 EUR in Pflegegrad 5: 38,90 EUR monatlich.",
      "Gesundheitsfragen: 4 Fragen, keine Wartezeit bei Unfall."], title="PflegePlus")])

M(N, "en", "insurer-to-reinsurer", "aggregate care statistics; no individual",
  S("o.brandt"), "Claire Dubois <claire.dubois@alpine-re.example>", "LTC portfolio: care level distribution 2025",
  """Hi Claire,

here's the distribution of benefit recipients in our private long-term care portfolio at 31 Dec 2025 (n = 9,412 recipients):

Care level 1: 11 %
Care level 2: 38 %
Care level 3: 27 %
Care level 4: 16 %
Care level 5: 8 %

Share in nursing homes: 22 %. Average age at first claim: 79.4 years. Dementia is the leading cause in levels 4-5 (62 %).

Best
Olaf""")

M(N, "de", "internal", "staff health offer (flu vaccination, back course); health words but no person",
  "Betriebliches Gesundheitsmanagement <bgm@versicherer.example>", "Alle Mitarbeitenden <alle@versicherer.example>", "BGM: Rückenkurs und Hautkrebs-Screening im Mai",
  """Liebe Kolleginnen und Kollegen,

unser Gesundheitsprogramm im Mai:

- Rückenfit am Arbeitsplatz: dienstags 12:15–12:45 Uhr, Raum 0.12, 8 Termine
- Hautkrebs-Screening durch die Betriebsärztin: 19. und 20. Mai, Terminbuchung im Intranet
- Vortrag „Schlaf und Stress" am 27. Mai, 13:00 Uhr, Teams

Alle Angebote sind freiwillig und kostenlos. Ergebnisse von Untersuchungen erhalten nur Sie selbst.

Ihr BGM-Team""")

M(N, "de", "hospital-to-partners", "hospital newsletter about a new building; no patient",
  "Unternehmenskommunikation Klinikum Nord <kommunikation@klinikum-nord.example>", "partner@verteiler-klinikum-nord.example", "Klinikum Nord eröffnet neues Herzzentrum",
  """Sehr geehrte Partnerinnen und Partner,

am 4. Mai eröffnen wir unser neues Herzzentrum mit vier Herzkatheterlaboren, einer Chest Pain Unit und 48 Betten. Zum Tag der offenen Tür am 9. Mai laden wir Sie herzlich ein.

Mit freundlichen Grüßen
Unternehmenskommunikation Klinikum Nord gGmbH""")

M(N, "en", "clinic-to-insurer", "rehab clinic marketing mail about a new programme; no patient",
  "Business Development Reha-Zentrum Bad Nenndorf <partner@reha-badnenndorf.example>", S("s.hoffmann"), "New: post-COVID rehabilitation programme",
  """Dear Ms Hoffmann,

we are pleased to inform you that from May we offer a 3-week inpatient post-COVID rehabilitation programme (pacing, breathing therapy, neuropsychological training). Daily rate EUR 248 incl. single room. Happy to present the concept to your medical advisory team.

Kind regards
Business Development""")

M(N, "de", "internal", "invitation to a care conference with calendar file",
  S("j.hansen"), "Team Pflege <team.pflege@versicherer.example>", "Fachtagung Pflege 2026 – wer kommt mit?",
  """Hallo zusammen,

die Fachtagung „Pflege zu Hause stärken" findet am 11.06. in Hannover statt. Ich habe uns als Gruppe angemeldet; Einladung anbei.

Jörg""",
  att=[ICS("Fachtagung_Pflege_2026.ics", "Fachtagung Pflege zu Hause stärken", "20260611T093000", "20260611T170000",
           location="Congress Centrum Hannover", organizer=("Jörg Hansen", "j.hansen@versicherer.example"),
           attendees=[("Team Pflege", "team.pflege@versicherer.example")])])

M(N, "en", "supplier-to-insurer", "document scanning service order confirmation; no person",
  "Sales ScanPro <sales@scanpro-services.example>", S("d.lang"), "Order confirmation PO 4500179320 – inbound mail scanning",
  """Dear Mr Lang,

we confirm PO 4500179320 for inbound mail scanning (approx. 40,000 pages per month, OCR and classification, storage in your DMS via API). Service start: 1 June 2026. Data processing agreement version 2026-03 is attached to the contract.

Kind regards
ScanPro Services""")

M(N, "en", "internal", "reminder of the data breach reporting process; generic",
  S("n.schulte"), "All staff <all-staff@versicherer.example>", "Reminder: how to report a data protection incident",
  """Dear colleagues,

if you sent personal data to the wrong recipient, lost a device or notice anything unusual:

1. Report it immediately to datenschutz@versicherer.example or ext. 1010 – even at weekends.
2. Do not try to fix it yourself (e.g. by asking the recipient to delete).
3. We have 72 hours to notify the supervisory authority.

Thank you!
Nina Schulte, Data Protection""")

M(N, "en", "insurer-to-partner", "meeting notes with a care-services network about rates; no patient",
  S("j.hansen"), "Network Office CareNet Nord <office@carenet-nord.example>", "Minutes – rate talks 2026",
  """Dear all,

please find the minutes of our meeting on 2 April attached.

Kind regards
Jörg Hansen""",
  att=[DOCX("Minutes_CareNet_2026-04-02.docx", [
      ("h", "Minutes – Lindenhof / CareNet Nord, 2 April 2026"),
      ("table", [["Topic", "Result"], ["Hourly rate home care", "EUR 48.90 from 1 July (+4.2 %)"],
                 ["Counselling visits § 37.3", "EUR 58 flat fee"], ["Invoicing", "electronic only from 1 October"]]),
      "Next meeting: 24 September 2026"], author="J. Hansen")])

M(N, "de", "internal", "room booking request",
  S("j.hansen"), "Empfang <empfang@versicherer.example>", "Raumbuchung", "Hallo, könnt ihr mir bitte Raum 1.08 für Donnerstag 10–12 Uhr buchen? 8 Personen, Beamer. Danke, Jörg")

M(N, "de", "insurer-to-public", "press release on a new care tariff; no person",
  S("l.fischer"), "verteiler.presse@versicherer.example", "Pressemitteilung: Lindenhof startet Pflegetarif mit Demenz-Baustein",
  """Hannover, 15.04.2026 – Die Lindenhof Krankenversicherung a.G. ergänzt ihren Pflegetagegeldtarif PflegePlus um einen Demenz-Baustein: Bei ärztlich festgestellter Demenz wird bereits ab Pflegegrad 2 das volle Tagegeld gezahlt. Rund 1,8 Millionen Menschen in Deutschland leben mit einer Demenz.

Pressekontakt: presse@versicherer.example""")

M(N, "en", "internal", "aggregate results of a phishing simulation",
  "IT Security <it-security@versicherer.example>", "Management Circle <management@versicherer.example>", "Phishing simulation Q1 – results",
  """Dear managers,

results of the Q1 phishing simulation (2,140 recipients):

Opened: 41 %
Clicked link: 9.8 % (Q4: 12.1 %)
Entered credentials: 2.3 %
Reported via button: 37 %

Department-level figures are available on request; individual results are not shared.

IT Security""")

M(N, "de", "internal", "empty spreadsheet template with column headers for care billing; no data rows",
  S("j.hansen"), "Team Pflege <team.pflege@versicherer.example>", "Neue Vorlage Abrechnungsprüfung",
  """Hallo zusammen,

anbei die neue leere Vorlage für die Prüfung der Pflegedienst-Abrechnungen. Bitte ab Mai nur noch diese verwenden und pro Fall im Fallordner speichern (nicht per Mail verschicken, wenn ausgefüllt!).

Jörg""",
  att=[XLSX("Vorlage_Abrechnungspruefung_Pflege.xlsx", [
      ("Prüfung", [["Name", "Vorname", "Geburtsdatum", "PV-Nr.", "Pflegegrad", "Monat", "LK", "Anzahl", "Betrag", "geprüft", "Bemerkung"]]),
      ("Hinweise", [["Hinweis"], ["Vorlage – keine Echtdaten eintragen, solange die Datei außerhalb des Fallordners liegt."]])],
      author="J. Hansen")])
