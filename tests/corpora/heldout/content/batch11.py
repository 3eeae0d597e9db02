# Batch 11: mixed final batch – date formats, nested mails, traps in both directions
from .common import *

M(SC, "de", "insurer-to-customer", "approval of a mother-child rehabilitation stay for the addressee and her son",
  S("s.hoffmann"), "Jessica Brandner <jessica.brandner@gmx.example>", "Mutter-Kind-Maßnahme an der Nordsee – Zusage",
  """Liebe Frau Brandner,

gute Nachrichten: Für die Mutter-Kind-Maßnahme im Kurzentrum Wyk auf Föhr vom 06.07. bis 27.07.2026 für Sie und Ihren Sohn Ben (6 J.) erteilen wir eine Kostenzusage nach Ihrem Tarif KomfortAmbulant (Kurleistung 80 %, höchstens 3.000 €). Laut Attest Ihrer Hausärztin stehen Erschöpfung und wiederkehrende Bronchitis bei Ben im Vordergrund.

Erholsame Wochen!
Sabine Hoffmann""")

M(SC, "en", "doctor-to-insurer", "London neurologist's letter on a named patient (born 24 Dec 1980) with migraine diagnosis and MRI result",
  "Dr Alistair Grant – Harley Neurology <secretary@harley-neurology.example>", "leistung.kranken@versicherer.example",
  "Clinic letter – Ms Johanna Weber, born 24 Dec 1980",
  """Dear colleagues,

at the request of our patient, Ms Johanna Weber (born 24 Dec 1980, your policy KV 63-0440918), who is currently working in London, please find a summary of her consultation on 3 April 2026:

Diagnosis: migraine without aura (G43.0), medication-overuse headache (G44.4)
Investigations: MRI brain 28/03/2026 – no structural abnormality
Plan: withdrawal of triptans for 8 weeks, start topiramate 25 mg titrated to 50 mg twice daily; review in 3 months

The invoice (GBP 420 consultation, GBP 680 MRI) will be sent to Ms Weber.

Yours faithfully
Dr Alistair Grant FRCP, Consultant Neurologist""")

M(SC, "de", "insurer-to-customer", "speech therapy for the addressee's child with developmental language disorder reimbursed",
  F("leistung.kranken", "Lindenhof Krankenversicherung"), "Familie Szymański <szymanski.familie@web.example>", "Logopädie für Zofia",
  """Liebe Familie Szymański,

die Rechnung der Logopädiepraxis Sprechzeit über 10 Behandlungen für Zofia (Verordnung: Sprachentwicklungsstörung, F80.1 G) haben wir zu 100 % erstattet: 612,00 €. Für weitere 10 Behandlungen reicht die Folgeverordnung des Kinderarztes.

Herzliche Grüße
Ihre Lindenhof Krankenversicherung""")

M(SC, "en", "therapist-to-insurer", "ZIP with occupational therapy invoice and prescription of a named patient",
  "Billing Ergo Vital <billing@ergo-vital.example>", "leistung.kranken@versicherer.example", "Occupational therapy – Mr Samuel Okonjo",
  """Dear Sir or Madam,

attached please find the invoice and the doctor's prescription for occupational therapy of your insured Mr Samuel Okonjo (policy KV 85-0017203), zipped as requested by the patient.

Kind regards
Ergo Vital Praxis für Ergotherapie""",
  att=[ZIP("Okonjo_ergotherapy_2026-03.zip", [
      PDF("Invoice_EV-2026-0318.pdf", [("h", "Ergo Vital – Invoice EV-2026-0318"),
                                       "Patient: Samuel Okonjo, DOB 1961-08-03",
                                       ("table", [["Date", "Service", "EUR"], ["03/03/2026", "Motor-functional treatment 45 min", "58.00"],
                                                  ["10/03/2026", "Motor-functional treatment 45 min", "58.00"], ["17/03/2026", "Motor-functional treatment 45 min", "58.00"],
                                                  ["24/03/2026", "Motor-functional treatment 45 min", "58.00"], ["Total", "", "232.00"]])],
          title="Invoice"),
      PDF("Prescription_ergotherapy.pdf", [("h", "Prescription – occupational therapy"),
                                           "Patient: Samuel Okonjo. Diagnosis: I69.3 sequelae of cerebral infarction, right hand fine motor deficit.",
                                           "10 x motor-functional treatment, 1-2 x per week."], title="Prescription")])])

M(SC, "de", "insurer-to-customer", "motor premium discount for a severe disability (GdB 80, mark G): disability is health data",
  S("i.bauer"), "Heinrich Abeling <heinrich.abeling@t-online.example>", "Nachlass wegen Schwerbehinderung",
  """Sehr geehrter Herr Abeling,

danke für die Kopie Ihres Schwerbehindertenausweises (GdB 80, Merkzeichen G, unbefristet). Wir gewähren für Ihre Kfz-Versicherung KF 42-0019281 ab sofort den Nachlass von 10 % auf den Haftpflichtbeitrag. Die Kfz-Steuerermäßigung beantragen Sie bitte beim Hauptzollamt.

Mit freundlichen Grüßen
Ines Bauer""")

M(SC, "en", "customer-to-insurer", "expat tells her health insurer she is 12 weeks pregnant with due date",
  "Chloé Dubois-Lange <chloe.dl@gmail.example>", "leistung.kranken@versicherer.example", "Pregnancy – what is covered?",
  """Hello,

I'm insured with you (KV 86-0031440) and I just found out I'm pregnant – 12 weeks now, due date is 2 October! My gynaecologist, Dr Hennig, gave me the Mutterpass yesterday.

Could you tell me what's covered (check-ups, midwife, birth in a birth centre instead of hospital?) and how I add the baby to my policy later?

Thanks so much,
Chloé Dubois-Lange""")

M(SC, "de", "insurer-to-customer", "orthodontic treatment approval for the addressee's daughter (KIG 4)",
  F("leistung.zahn", "Lindenhof Krankenversicherung – Zahn"), "Thorsten Gieseke <thorsten.gieseke@arcor.example>", "Kieferorthopädie Ihrer Tochter Emma",
  """Sehr geehrter Herr Gieseke,

für die kieferorthopädische Behandlung Ihrer Tochter Emma (geb. 14.08.2014) nach dem Behandlungsplan von Dr. Lüttich (Einstufung KIG D4, Distalbiss mit vergrößerter Frontzahnstufe) erteilen wir eine Kostenzusage über 80 % der geplanten Kosten von 4.870 € für die Dauer von 4 Jahren. Die Abschläge erstatten wir quartalsweise.

Mit freundlichen Grüßen
Ihre Lindenhof Krankenversicherung""")

M(SC, "en", "customer-to-insurer", "policyholder (born 12/24/1980) requests a tariff switch in private health insurance (personal line)",
  "Markus Lindqvist <markus.lindqvist@gmail.example>", "kv.vertrag@versicherer.example", "Tariff switch under section 204 VVG",
  """Dear Sir or Madam,

I would like to switch tariffs in my private health insurance KV 55-0120447 (policyholder Markus Lindqvist, date of birth 12/24/1980) under section 204 of the Insurance Contract Act. Please send me an overview of all tariffs I can switch to, with premiums, keeping my ageing reserves. I'm particularly interested in a higher deductible.

Regards
Markus Lindqvist""")

M(SC, "de", "company-to-insurer", "employer sends an ODS of named beneficiaries of its support fund pension (life line)",
  "Lohnbuchhaltung Stadtwerke Uelzen <lohn@stadtwerke-uelzen.example>", "bav@versicherer.example", "Unterstützungskasse – Leistungsempfänger 2026",
  """Sehr geehrte Frau Vogt,

anbei die aktualisierte Liste der Leistungsempfänger der Unterstützungskasse für die Rückdeckung.

Mit freundlichen Grüßen
Lohnbuchhaltung""",
  att=[ODS("UK_Leistungsempfaenger_2026.ods", [
      ["Name", "Geburtsdatum", "Rentenbeginn", "Monatsrente", "Rückdeckungsvertrag"],
      ["Gerlinde Thies", "24. Dezember 1958", "01.01.2024", 412.80, "LV 95-0001120"],
      ["Horst Wienecke", "1957-03-11", "01.04.2023", 388.10, "LV 95-0001097"],
      ["Erika Lambrecht", "05/07/1959", "01.08.2025", 509.30, "LV 95-0001188"],
      ["Günther Paasch", "24.12.60", "01.01.2026", 297.40, "LV 95-0001201"]])])

M(SC, "de", "insurer-to-doctor", "forwards a named patient's second-opinion request about knee surgery to a specialist service",
  S("s.hoffmann"), "Zweitmeinungsservice Orthopädie <anfragen@zweitmeinung-ortho.example>", "Zweitmeinung Knie-TEP – Versicherter Rolf Hagedorn",
  """Sehr geehrte Damen und Herren,

unser Versicherter möchte vor der geplanten Operation eine Zweitmeinung einholen (siehe weitergeleitete Nachricht). Er ist mit der Weitergabe seiner Unterlagen einverstanden. Bitte nehmen Sie direkt Kontakt zu ihm auf.

Mit freundlichen Grüßen
Sabine Hoffmann""",
  att=[EML(MI("Rolf Hagedorn <rolf.hagedorn@web.example>", "leistung.kranken@versicherer.example", "Zweitmeinung vor Knie-OP",
              """Guten Tag,

mein Orthopäde will mir ein künstliches Kniegelenk rechts einsetzen (Gonarthrose Grad 4, Röntgen vom Februar). Ich bin 64 und noch viel mit dem Rad unterwegs. Sie bieten doch eine Zweitmeinung an? Ich hätte gern eine, bevor ich mich operieren lasse. OP-Termin wäre am 19.05. im Annastift.

Gruß Rolf Hagedorn, KV 31-0227190""", date="2026-04-14 08:55"), name="Zweitmeinung vor Knie-OP.eml")])

M(SC, "en", "hospital-to-insurer", "hospital statement in an HTML table for a named patient's inpatient stay with procedures",
  "Billing Department Klinikum Nord <abrechnung@klinikum-nord.example>", "leistung.kranken@versicherer.example", "Statement of account – patient Mr Ethan Brooks",
  None,
  html=page(f"""<p>Dear colleagues,</p>
<p>please find below the statement for the inpatient stay of your insured Mr Ethan Brooks (born 30/01/1993, policy KV 87-0012884), 21-25 March 2026, Department of General Surgery.</p>
{table([["Item", "Code", "Amount EUR"], ["DRG G24C – hernia repair", "OPS 5-530.31", "3,412.66"], ["Chief physician fees (GOÄ)", "", "1,208.40"], ["Single room surcharge, 4 days", "", "540.00"], ["Total", "", "5,161.06"]])}
<p>Main diagnosis: K40.90 G (inguinal hernia, right). Please transfer the amount within 30 days quoting case no. 2026031140.</p>
<p>Billing Department, Klinikum Nord gGmbH</p>"""))

M(SC, "de", "insurer-to-customer", "remaining psychotherapy sessions of the addressee under her health insurance",
  S("s.hoffmann"), "Miriam Kersting <miriam.kersting@posteo.example>", "Ihre Therapiestunden",
  """Liebe Frau Kersting,

kurz zur Info: Von den bewilligten 12 Sitzungen Verhaltenstherapie bei Frau Engel haben Sie bisher 10 in Anspruch genommen. Falls Ihre Therapeutin eine Verlängerung für sinnvoll hält, kann sie einen Folgeantrag auf Langzeittherapie (bis zu 60 Sitzungen) stellen; wir entscheiden darüber innerhalb von drei Wochen.

Alles Gute
Sabine Hoffmann""")

M(C, "de", "insurer-to-customer", "harmless-looking brochure mail whose greeting area names the customer's household contract number",
  S("m.roth"), "Monika Thelen <monika.thelen@web.example>", "Wie besprochen: Infos zum Fahrradschutz",
  """Hallo Frau Thelen,

danke für das nette Telefonat! Wie versprochen anbei die Infos zum Fahrradbaustein.

Zu Ihrem Vertrag HR 22-4471092: Der Einschluss kostet 24 € im Jahr zusätzlich und gilt ab dem Tag nach Ihrer Zusage.

Liebe Grüße
Melanie Roth""")

M(C, "en", "insurer-to-customer", "generic-looking newsletter whose personalised footer names the customer and motor policy",
  F("newsletter", "Lindenhof Newsletter"), "Rahul Menon <rahul.menon@fastmail.example>", "Your spring car check",
  """Spring is here – time for a quick car check!

- Switch to summer tyres (at least 3 mm tread recommended)
- Check wiper blades and windscreen for chips – small chips can be repaired for free under partial cover
- Clean the car underbody after the winter salt

Drive safely!
Your Lindenhof team

--
You are receiving this e-mail as the policyholder of motor policy KF 61-3302177 (Rahul Menon, Bahrenfelder Chaussee 121, 22761 Hamburg). Unsubscribe: reply with STOP.""")

M(C, "de", "insurer-to-customer", "son added as young driver with birth date in 2-digit-year format",
  S("i.bauer"), "Andrea Sievert <andrea.sievert@t-online.example>", "Fahrer Ihres Fahrzeugs H-AS 330",
  """Hallo Frau Sievert,

Ihr Sohn Lukas (geb. 24.12.05) ist ab 01.05.2026 als Fahrer in Ihrer Kfz-Versicherung KF 48-0330112 eingetragen. Da er unter 23 Jahre alt ist, erhöht sich der Beitrag um 212,40 € jährlich. Begleitetes Fahren ab 17 war bei uns bisher beitragsfrei mitversichert.

Viele Grüße
Ines Bauer""")

M(C, "en", "insurer-to-customer", "identity check for a large payout: named customer's date of birth and passport number",
  S("a.demir"), "Daniel Okafor <daniel.okafor@protonmail.example>", "Identity verification before payment",
  """Dear Mr Okafor,

because the payment exceeds EUR 5,000, the Money Laundering Act requires us to verify your identity. We have received the copy of your passport and recorded:

Name: Daniel Chukwuemeka Okafor
Born: 9 Nov 1988 in Lagos
Passport no.: A07731928 (Nigeria), valid until 15 Jan 2030

The payment of EUR 9,037.00 will be released today.

Kind regards
Aylin Demir""")

M(C, "de", "insurer-to-customer", "neighbour dispute under legal protection naming both parties and the policy",
  S("e.wagner"), "Karl Friedrichs <karl.friedrichs@ewe.example>", "Rechtsschutz – Streit um die Grenzhecke",
  """Sehr geehrter Herr Friedrichs,

für Ihre Auseinandersetzung mit Ihrem Nachbarn Herrn Oliver Sprengel (Am Hang 5) wegen der Höhe der Grenzhecke besteht Versicherungsschutz im Grundstücks-Rechtsschutz Ihres Vertrags RS 76-0117280. In Niedersachsen ist vor einer Klage ein Schlichtungsverfahren vorgeschrieben; die Kosten der Schiedsperson übernehmen wir.

Mit freundlichen Grüßen
Eva Wagner""")

M(C, "en", "company-to-insurer", "incident report (ODT) naming the employee driver and the fleet vehicle",
  "Ingrid Halvorsen <fleet@nordic-freight.example>", S("m.becker"), "Incident report HH-NF 216",
  """Hi Martin,

incident report for last Friday's damage attached (driver's statement included).

Ingrid""",
  att=[ODT("Incident_report_HH-NF_216.odt", [
      ("h", "Incident report – Nordic Freight GmbH"),
      ("table", [["Vehicle", "HH-NF 216 (Ford Transit Custom)"], ["Driver", "Mehmet Aksoy, born 02.11.1988"], ["Date/time", "2026-04-10, 14:20"],
                 ["Location", "Loading bay 4, Billbrook depot"], ["Damage", "Roller door and van roof"]]),
      "Driver's statement: I misjudged the height of the roller door while reversing. Nobody was hurt."])])

M(C, "de", "insurer-to-assessor", "forwards the customer's hail damage mail (plate, phone, address) to an assessor",
  S("m.becker"), "Sachverständigenbüro Kühne <auftrag@sv-kuehne.example>", "WG: Hagelschaden – Besichtigung bitte",
  """Hallo Herr Kühne,

bitte Hagelschaden besichtigen, Daten siehe unten. Schaden-Nr. KS-2026-0081144.

Danke
Martin Becker""",
  att=[EML(MI("Hannes Tjaden <hannes.tjaden@landpost.example>", "schaden.kfz@versicherer.example", "Hagel",
              """Moin,

beim Unwetter am 02.04. hat der Hagel mein Auto (VW Passat, VER-HT 77) übel erwischt, Dach und Motorhaube voller Dellen. Teilkasko habe ich bei Ihnen, Vertrag KF 46-0228817. Das Auto steht in Thedinghausen, Osterloher Weg 9. Bin tagsüber unter 0172 5550 3381 erreichbar.

Gruß Hannes Tjaden""", date="2026-04-04 07:12"))])

M(C, "en", "insurer-to-loss-adjuster", "ZIP of a named customer's water damage documents for a loss adjuster",
  S("a.demir"), "Loss Adjusting Team Crawley Partners <de-claims@crawley-partners.example>", "Instruction – water damage Ms Sophie Turner, HR 39-0228177",
  """Dear colleagues,

please take over the household contents part of this water damage claim (flat of Ms Sophie Turner, Kleefelder Str. 20, 30175 Hannover). The ZIP contains her claim list, the plumber's invoice and photos.

Kind regards
Aylin Demir""",
  att=[ZIP("HR-2026-0031201_Turner.zip", [
      XLSX("Claim_list_Turner.xlsx", [["Item", "Age", "Price EUR"], ["Sofa", "3 years", 1890], ["Rug", "5 years", 640], ["Bookshelf", "8 years", 210]]),
      PDF("Plumber_invoice_2026-0412.pdf", [("h", "Sanitär Heinemann – Rechnung 2026-0412"),
                                            "Kunde: Sophie Turner, Kleefelder Str. 20, 30175 Hannover",
                                            "Leckortung und Austausch Eckventil Küche: 386,00 EUR"], title="Rechnung"),
      JPG("living_room_floor.jpg", label="floor")])])

M(C, "de", "insurer-to-customer", "premium refund after cancellation to a valid IBAN written with hyphens",
  F("inkasso", "Lindenhof Beitragsservice"), "Carsten Möhle <carsten.moehle@gmx.example>", "Rückzahlung Beitrag Hausrat",
  f"""Sehr geehrter Herr Möhle,

nach der Kündigung Ihrer Hausratversicherung HR 29-0441873 zum 31.03.2026 erstatten wir den zu viel gezahlten Beitrag von 71,25 € auf Ihr Konto {de_iban("21050170", "12345678", group=4, sep="-")}.

Mit freundlichen Grüßen
Lindenhof Beitragsservice""")

M(C, "en", "insurer-to-third-party", "writes to the other party of a parking damage naming our customer and registration",
  S("m.becker"), "Greta Holmberg <greta.holmberg@gmail.example>", "Your parking damage of 17 March – our customer Mr Jan Hollmann",
  """Dear Ms Holmberg,

our customer, Mr Jan Hollmann, reports that you hit his parked Skoda Fabia (H-JH 1207) on 17 March 2026 at the Lister Meile car park and left your contact details on the windscreen. Thank you for that!

Please tell us the name of your motor liability insurer and your policy number so that we can pass on the claim (repair estimate EUR 1,412.80).

Kind regards
Martin Becker""")

M(C, "de", "insurer-to-claimant", "motor liability property claim with the claimant's net salary for loss of earnings (no injury)",
  S("m.becker"), "Ronja Albers <ronja.albers@posteo.example>", "Ihr Schaden KH-2026-0021190 – Verdienstausfall",
  """Sehr geehrte Frau Albers,

Sie machen Verdienstausfall für die zwei Tage geltend, an denen Sie wegen der Reparatur Ihres Fahrzeugs nicht zur Arbeit fahren konnten. Nach der Verdienstbescheinigung Ihres Arbeitgebers (Nettolohn 2.310 € monatlich) ergibt sich ein Tagessatz von 105 €. Da Ihnen ein Mietwagen angeboten wurde, den Sie nicht in Anspruch genommen haben, können wir stattdessen nur die Nutzungsausfallentschädigung (2 x 43 €) erstatten.

Mit freundlichen Grüßen
Martin Becker""")

M(C, "en", "insurer-to-reinsurer", "large fire loss notice naming a sole trader (natural person) and his premises",
  S("p.lindqvist"), "Claims Desk Alpine Re <claims.desk@alpine-re.example>", "Large loss notification – fire at Schreinerei Kuhlmann",
  """Dear colleagues,

we notify a large loss under the property per-risk XL:

Insured: Schreinerei Kuhlmann, owner Mr Bernd Kuhlmann (sole trader), Gewerbestraße 14, 31675 Bückeburg
Date of loss: 8 April 2026, fire in the paint booth
Estimate: buildings EUR 1.4m, contents EUR 0.9m, BI EUR 0.6m – total EUR 2.9m
Nobody was injured.

Cause investigation ongoing. We will update you monthly.

Kind regards
Peter Lindqvist""")

M(C, "de", "insurer-to-customer", "burglary claim with police case number and several date formats",
  S("a.demir"), "Sigrid Wollenweber <s.wollenweber@web.example>", "Ihr Einbruchschaden – Stand der Bearbeitung",
  """Sehr geehrte Frau Wollenweber,

zum Einbruch vom 14./15.02.2026 (Polizei Hannover, Vorgangs-Nr. 2026-0214-5512) haben wir am 2026-03-02 den Betrag von 14.300 € überwiesen. Die Staatsanwaltschaft hat uns am 9. April mitgeteilt, dass ein Tatverdächtiger ermittelt wurde. Sollten Gegenstände gefunden werden, melden wir uns.

Schaden-Nr. HR-2026-0019920, Vertrag HR 21-0447120.

Mit freundlichen Grüßen
Aylin Demir""")

M(C, "en", "insurer-to-customer", "legal advice cover in a divorce for a named expat customer",
  S("e.wagner"), "Claire Whitmore-Braun <claire.wb@gmail.example>", "Legal advice – separation from your husband",
  """Dear Ms Whitmore-Braun,

your legal protection policy RS 78-0041190 does not cover divorce proceedings, but it does include a first legal consultation in family law (up to EUR 250) with a lawyer of your choice. Given that you and Mr Thomas Braun separated in February and there are questions about the flat you jointly own, we recommend using the consultation soon.

Kind regards
Eva Wagner""")

M(N, "de", "internal", "broken coffee machine note",
  "Facility Management <facility@versicherer.example>", "Standort Hannover <standort.hannover@versicherer.example>", "Kaffeeautomat 3. OG defekt",
  "Der Kaffeeautomat im 3. OG ist defekt, der Techniker kommt morgen früh. Bis dahin bitte den Automaten im 2. OG nutzen. Facility Management")

M(N, "en", "internal", "calendar invitation for an intern welcome programme",
  S("b.richter"), "Interns 2026 <interns2026@versicherer.example>", "Welcome week for interns – 4 May",
  """Hi all,

welcome to Lindenhof! Your welcome week starts on Monday, 4 May at 9:00 in the Forum. The invite is attached; the full schedule (IT setup, data protection training, team visits) will be handed out on the day.

See you soon!
Ben""",
  att=[ICS("Welcome_week_interns.ics", "Welcome week interns 2026", "20260504T090000", "20260504T170000",
           location="Lindenhof Forum", organizer=("Ben Richter", "b.richter@versicherer.example"),
           attendees=[("Interns 2026", "interns2026@versicherer.example")])])

M(N, "de", "insurer-to-broker", "broker newsletter with an HTML table of motor type class changes; no person",
  F("maklerinfo", "Lindenhof Maklerinfo"), "broker-nord@verteiler.versicherer.example", "Typklassen 2026: Was sich für Ihre Kunden ändert",
  None,
  html=page(f"""<p>Liebe Vertriebspartner,</p>
<p>zum Jahreswechsel ändern sich die Typklassen für viele Modelle. Eine Auswahl:</p>
{table([["Modell", "KH alt", "KH neu", "VK alt", "VK neu"], ["VW Golf VIII 1.5 TSI", "16", "17", "20", "21"], ["Tesla Model 3", "19", "18", "27", "26"], ["Skoda Octavia Combi 2.0 TDI", "17", "17", "21", "22"], ["BMW 320d Touring", "17", "16", "24", "24"]])}
<p>Die vollständige Liste finden Sie im Maklerportal.</p>"""))

M(N, "en", "reinsurer-to-insurer", "seminar invitation from a reinsurer; no person",
  "Client Academy Alpine Re <academy@alpine-re.example>", S("m.becker"), "Invitation: Motor bodily injury claims seminar",
  """Dear Mr Becker,

we'd like to invite you to our Motor BI Claims Seminar in Munich on 9-10 June 2026. Topics: long-term care costs after severe injuries, rehabilitation management, and the impact of new medical technology on reserves. Participation is free for cedents.

Register by 15 May at academy.alpine-re.example.

Alpine Re Client Academy""")

M(N, "de", "insurer-to-public", "generic advance-directive template for a customer newsletter; sensitive-sounding attachment without any person",
  F("newsletter", "Lindenhof Newsletter"), "vorsorge-newsletter@verteiler.versicherer.example", "Vorsorge-Tipp: Patientenverfügung und Vorsorgevollmacht",
  """Liebe Leserinnen und Leser,

wer entscheidet, wenn Sie es selbst nicht mehr können? Mit einer Patientenverfügung und einer Vorsorgevollmacht legen Sie das rechtzeitig fest. Eine Vorlage zum Ausfüllen finden Sie im Anhang; lassen Sie sich am besten von Ihrer Hausärztin beraten.

Ihr Lindenhof Newsletter-Team""",
  att=[ODT("Patientenverfuegung_Vorlage.odt", [
      ("h", "Patientenverfügung (Vorlage)"),
      "Ich, ______________________ (Name), geboren am __________, bestimme für den Fall, dass ich meinen Willen nicht mehr bilden oder verständlich äußern kann:",
      "[ ] lebensverlängernde Maßnahmen sollen unterbleiben, wenn ...",
      "[ ] künstliche Ernährung nur, wenn ...",
      "Ort, Datum, Unterschrift: ______________________",
      "Hinweis: Diese Vorlage ersetzt keine ärztliche oder rechtliche Beratung."])])

M(N, "en", "internal", "actuarial working paper on maternity cost trends; aggregates only",
  S("o.brandt"), "Pricing Team Health <pricing.health@versicherer.example>", "Working paper: maternity cost trends 2021-2025",
  """Hi team,

short summary of the working paper:

- Births in our comprehensive health portfolio: 2,310 in 2025 (2021: 2,580)
- Average cost per delivery incl. newborn care: EUR 7,940 (+5.1 % p.a.)
- Caesarean share: 34 % (German average approx. 32 %)
- IVF-related pregnancies: 9 % of births, with higher neonatal intensive care costs

No individual data is included. Comments by next Friday please.

Olaf""")

M(N, "de", "internal", "forwarded medical-journal newsletter; health vocabulary but no patient",
  S("s.hoffmann"), "Beratungsärzte intern <beratungsaerzte@versicherer.example>", "WG: Fachnewsletter – neue S3-Leitlinie Kreuzschmerz",
  """Zur Info – interessant für die Prüfung von Physiotherapie- und MRT-Verordnungen.

Sabine""",
  att=[EML(MI("Ärzteblatt kompakt <newsletter@aerzteblatt-kompakt.example>", "s.hoffmann@versicherer.example",
              "Neue S3-Leitlinie Kreuzschmerz veröffentlicht", """Ärzteblatt kompakt – Ausgabe 14/2026

Die überarbeitete Nationale Versorgungsleitlinie nicht-spezifischer Kreuzschmerz empfiehlt bei fehlenden Warnzeichen weiterhin keine Bildgebung in den ersten sechs Wochen. Bewegungstherapie bleibt zentral; passive Maßnahmen wie Massage sollen nicht als alleinige Therapie eingesetzt werden. Opioide sind nur in Ausnahmefällen und zeitlich begrenzt vorgesehen.

Weitere Themen: Impfempfehlungen der STIKO 2026, Digitale Gesundheitsanwendungen.""", date="2026-04-10 06:00"))])

M(N, "en", "it-provider-to-insurer", "ZIP with sample configuration files of a software release; no personal data",
  "Support MVP-Soft <support@mvp-soft.example>", S("t.krueger"), "Config samples for release 12.4",
  """Hi Thomas,

as requested, the sample configuration for the broker post connector (release 12.4). No production data included.

Regards
MVP-Soft Support""",
  att=[ZIP("mvp-connector-12.4-samples.zip", [
      TXT("connector.conf", "[bipro430]\nendpoint = https://bipro-test.versicherer.example/v2\nauth = oauth2_client_credentials\npoll_interval_minutes = 15\nacknowledge = true\n"),
      CSV("document_types.csv", [["code", "description"], ["POL", "Policy schedule"], ["INV", "Premium invoice"], ["CLM", "Claim correspondence"], ["COM", "Commission statement"]], delim=",")])])

M(N, "de", "internal", "meeting acceptance with calendar reply",
  S("i.bauer"), S("m.becker"), "Angenommen: Teamrunde Kfz-Schaden Nord",
  "Ines Bauer hat die Besprechung angenommen.",
  att=[ICS("reply.ics", "Teamrunde Kfz-Schaden Nord", "20260205T100000", "20260205T110000", location="Raum 3.14",
           organizer=("Martin Becker", "m.becker@versicherer.example"), attendees=[("Ines Bauer", "i.bauer@versicherer.example")],
           method="REPLY")])

M(N, "en", "insurer-to-public", "refer-a-friend marketing campaign; no person",
  F("marketing", "Lindenhof Insurance"), "expat-newsletter@verteiler.versicherer.example", "Recommend us and get a EUR 50 voucher",
  """Happy with Lindenhof? Tell your friends!

For every friend who takes out a household, liability or motor policy with us, you both get a EUR 50 voucher for a shop of your choice.

Share your personal link from the Lindenhof app under "Recommend".

Terms and conditions apply.""")

M(N, "de", "insurer-to-public", "generic data protection information text sent to a mailing list",
  F("datenschutz", "Lindenhof Datenschutz"), "kunden-info@verteiler.versicherer.example", "Aktualisierte Datenschutzhinweise",
  """Liebe Kundinnen und Kunden,

wir haben unsere Datenschutzhinweise nach Art. 13 und 14 DSGVO aktualisiert. Neu ist vor allem ein Abschnitt zur verschlüsselten E-Mail-Kommunikation: Gesundheitsdaten senden wir Ihnen nur noch über unser SecureMail-Postfach oder Ende-zu-Ende-verschlüsselt, es sei denn, Sie haben ausdrücklich etwas anderes gewünscht.

Die vollständigen Hinweise: www.lindenhof-versicherung.example/datenschutz

Ihr Datenschutzteam""")

M(N, "en", "supplier-to-insurer", "IT vendor invoice with order and invoice numbers",
  "Accounts Receivable MVP-Soft <ar@mvp-soft.example>", "kreditoren@versicherer.example", "Invoice MS-2026-00918",
  """Dear Sir or Madam,

please find our invoice MS-2026-00918 for the annual maintenance of the broker connector (contract MC-2019-044, PO 4500176631): EUR 14,400.00 net.

Payment due within 30 days.

MVP-Soft GmbH, Accounts Receivable""")

M(N, "de", "insurer-to-public", "press release on a donation; no person",
  S("l.fischer"), "verteiler.presse@versicherer.example", "Lindenhof spendet 25.000 Euro an die Tafel Hannover",
  """Hannover, 20.04.2026 – Die Lindenhof Versicherungsgruppe unterstützt die Tafel Hannover mit 25.000 Euro für ein neues Kühlfahrzeug. Zusätzlich helfen Mitarbeitende im Rahmen des Corporate Volunteering an 40 Tagen im Jahr bei der Lebensmittelausgabe.

Pressekontakt: presse@versicherer.example""")

M(N, "de", "internal", "farewell greeting to a retiring colleague without personal data",
  S("c.meier"), "Team Leistung Unfall <team.unfall@versicherer.example>", "Abschied von Petra",
  """Liebe Kolleginnen und Kollegen,

nach 31 Jahren bei Lindenhof verabschiedet sich Petra Ende April in den Ruhestand. Wir sagen am 29.04. um 15 Uhr im Casino Danke – bitte bringt gute Laune und Geschichten mit! Für das Abschiedsgeschenk geht ein Umschlag rum.

Claudia""")

M(N, "en", "insurer-to-reinsurer", "anonymised large-loss list without names or claim numbers",
  S("m.becker"), "Claire Dubois <claire.dubois@alpine-re.example>", "Motor BI large losses 2025 – anonymised list",
  """Hi Claire,

as promised, the anonymised list of our motor bodily injury large losses 2025 (no names, no claim numbers, age bands only).

Best
Martin""",
  att=[XLSX("Motor_BI_large_losses_2025_anonymised.xlsx", [
      ("Losses", [["#", "Accident year", "Age band", "Injury type", "Reserve EUR"],
                  [1, 2025, "18-25", "Spinal cord injury (paraplegia)", 3400000],
                  [2, 2025, "26-40", "Traumatic brain injury", 2850000],
                  [3, 2024, "60+", "Multiple fractures, care need", 1120000],
                  [4, 2025, "0-17", "Traumatic brain injury", 4100000]])],
      author="Kfz-Schaden")])

M(N, "de", "internal", "department move notice",
  "Facility Management <facility@versicherer.example>", "Team Sach-Schaden <team.sach@versicherer.example>", "Umzug in den 4. Stock am 22.05.",
  """Hallo Team Sach-Schaden,

euer Umzug in den 4. Stock ist für Freitag, 22.05., geplant. Bitte packt bis Donnerstagabend eure Kisten (werden am Montag verteilt) und beschriftet sie mit der neuen Raumnummer. Die Telefonnummern bleiben gleich.

Facility Management""")

M(N, "en", "broker-to-insurer", "thank-you note after a webinar; no data",
  "James Whitfield <j.whitfield@marsden-broking.example>", S("j.wolters"), "Thanks for the dental webinar",
  """Hi Jana,

thanks for yesterday's webinar – very clear, and the comparison table was great. Could you send me the slides?

Cheers
James""")
