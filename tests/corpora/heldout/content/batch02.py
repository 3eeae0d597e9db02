# Batch 2: household contents, buildings, dental, suppliers, traps
from .common import *

M(C, "de", "insurer-to-customer", "water damage claim: named policyholder, claim number and insured building address",
  S("a.demir"), "Gudrun Ahlers <gudrun.ahlers@web.example>",
  "Leitungswasserschaden Dorfstraße 14 – unser Zeichen WG-2026-0014470",
  """Sehr geehrte Frau Ahlers,

danke für Ihren Anruf heute Morgen. Den Leitungswasserschaden in Ihrem Wohnhaus Dorfstraße 14, 29227 Celle, haben wir zu Ihrer Wohngebäudeversicherung Nr. WG 21-3309182 unter dem Zeichen WG-2026-0014470 aufgenommen.

Bitte beauftragen Sie zunächst einen Installateur mit der Leckortung und Reparatur der Leitung. Die Trocknung koordinieren wir über unseren Partner Trocknungsservice Heide, der sich in den nächsten Tagen bei Ihnen meldet.

Heben Sie bitte das defekte Rohrstück auf und machen Sie Fotos, bevor etwas entsorgt wird.

Freundliche Grüße
Aylin Demir
Schadenregulierung Hausrat/Wohngebäude
Lindenhof Versicherung""", date="2026-01-12 09:30")

M(N, "de", "insurer-to-assessor", "water damage in a medical centre building owned by a company; practice rooms affected but no patient or natural person's data",
  S("a.demir"), "Ingenieurbüro Wallmann <buero@ib-wallmann.example>",
  "Besichtigung Ärztehaus Südstadt – Wasserschaden 2. OG",
  """Hallo Herr Wallmann,

wir haben einen Leitungswasserschaden im Ärztehaus Südstadt, Hildesheimer Straße 210 in Hannover. Versicherungsnehmerin ist die Grundstücksgesellschaft Ärztehaus Südstadt GmbH & Co. KG (Gebäudeversicherung Gewerbe, Zeichen GG-2026-0003381).

Betroffen ist die Kardiologiepraxis im 2. OG: Wasser ist aus einem geplatzten Flexschlauch in der Teeküche ausgetreten und bis in die Behandlungsräume und den Raum mit dem Belastungs-EKG gelaufen. Die Decke der darunterliegenden Physiotherapie im 1. OG zeigt Durchfeuchtungen. Medizinische Geräte sind über die Inhaltsversicherung der Praxisbetreiber versichert, nicht bei uns – bitte nur Gebäudeschaden aufnehmen.

Ansprechpartner vor Ort ist der Hausmeister, Herr Gerdes, über die Hausverwaltung (0511 555 3090). Foto vom Eingang anbei.

Danke!
Aylin Demir""",
  att=[PNG("aerztehaus_eingang.png", size=(200, 120), label="Eingang")])

M(SC, "de", "insurer-to-customer", "supplementary dental insurance: treatment plan of the addressee with implant and crown",
  F("leistung.zahn", "Lindenhof Krankenversicherung – Zahn"), "Petra Vossberg <petra.vossberg@gmx.example>",
  "Ihr Heil- und Kostenplan vom 20.01.2026 – Zahnzusatzversicherung ZZ 70-118230",
  f"""Sehr geehrte Frau Vossberg,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Dr. Meike Stahl vom 20.01.2026 geprüft.

Geplant sind ein Implantat regio 36 mit implantatgetragener Krone sowie eine vollkeramische Krone auf Zahn 16. Gesamtkosten laut Plan: 4.318,60 €, Festzuschuss der gesetzlichen Krankenkasse: 512,38 €.

Nach Ihrem Tarif ZahnPlus 90 erstatten wir 90 % des Rechnungsbetrags abzüglich der Vorleistung der GKV, höchstens jedoch die Summenbegrenzung im 2. Versicherungsjahr (2.000 €). Voraussichtlich erstatten wir daher 2.000,00 €.

Bitte reichen Sie nach Abschluss der Behandlung die Rechnung ein.

{sig("s.hoffmann")}""")

M(N, "de", "supplier-to-insurer", "restoration company sends its general rate card; no claim, no person",
  "Trocknungsservice Heide GmbH <angebote@trocknung-heide.example>", "einkauf@versicherer.example",
  "Preisliste 2026 Leckortung und technische Trocknung",
  """Sehr geehrte Damen und Herren,

anbei unsere Preisliste für 2026. Gegenüber 2025 haben wir die Gerätemiete für Kondenstrockner unverändert gelassen; die Anfahrtspauschale steigt wegen der Maut- und Energiekosten leicht von 59 € auf 64 €.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Birgit Lüdemann
Vertriebsinnendienst""",
  att=[PDF("Preisliste_2026_Trocknungsservice_Heide.pdf", [
      ("h", "Preisliste 2026 – Trocknungsservice Heide GmbH"),
      ("table", [["Leistung", "Einheit", "Preis netto"],
                 ["Anfahrtspauschale Region Hannover/Celle", "pauschal", "64,00 €"],
                 ["Leckortung Thermografie/Tracergas", "Stunde", "118,00 €"],
                 ["Kondenstrockner", "Tag", "14,50 €"],
                 ["Adsorptionstrockner", "Tag", "21,00 €"],
                 ["Dämmschichttrocknung, Seitenkanalverdichter", "Tag", "19,80 €"],
                 ["Stromkosten", "kWh", "0,38 €"],
                 ["Abschlussmessung mit Protokoll", "pauschal", "95,00 €"]]),
      "Alle Preise zzgl. gesetzlicher MwSt. Es gelten unsere AGB, Stand 01/2026."], title="Preisliste 2026")])

M(C, "en", "insurer-to-customer", "burglary claim: named customer, policy number, insured address and stolen-items list with values",
  S("a.demir"), "Daniel Okafor <daniel.okafor@protonmail.example>", "Burglary at your flat – claim HR-26-0040112",
  """Dear Mr Okafor,

I'm sorry to hear about the break-in. I've registered the claim under your household contents policy HR 33-7710205 (insured address: Kastanienallee 48, 3rd floor left, 10435 Berlin) with claim number HR-26-0040112.

I've attached the list of stolen items as we understood it from your phone call. Could you please
1. check and complete the list (purchase year and price; receipts if you have them),
2. send us the police report number once you have it, and
3. confirm whether the front door was locked with the key (the police mentioned no visible damage to the lock).

Kind regards
Aylin Demir
Claims Household/Buildings, Lindenhof Insurance Group""",
  att=[XLSX("Stolen_items_HR-26-0040112.xlsx", [
      ("Items", [["No.", "Item", "Brand/model", "Purchase year", "Price paid (EUR)", "Receipt available"],
                 [1, "Laptop", "Apple MacBook Pro 14\" M3", 2024, 2399, "yes"],
                 [2, "Camera", "Fujifilm X-T5 with 18-55 lens", 2023, 1899, "yes"],
                 [3, "Watch", "Omega Seamaster (inherited)", 2009, "?", "no"],
                 [4, "Headphones", "Sony WH-1000XM5", 2025, 379, "yes"],
                 [5, "Cash", "-", "", 250, "no"]]),
      ("Info", [["Claim", "HR-26-0040112"], ["Policyholder", "Daniel Okafor"], ["Sum insured", "65,000 EUR"]])])])

M(N, "en", "insurer-to-reinsurer", "windstorm event loss estimate in aggregate for the reinsurer; no individuals",
  S("p.lindqvist"), ["cat.claims@alpine-re.example", "Claire Dubois <claire.dubois@alpine-re.example>"],
  "Windstorm 'Hertha' – first loss estimate",
  """Dear colleagues,

first indication for windstorm Hertha (16-17 February 2026), Lindenhof group, gross:

  Line                 Claims reported   Estimate EUR m
  Homeowners (WG)            1,240            8.2
  Household (HR)               310            0.7
  Commercial property          185            4.9
  Motor own damage             420            1.6
  Total                      2,155           15.4

Estimates include IBNR of approx. 20 %. We do not expect the event to reach the retention of the cat XL (EUR 40m). We'll update you monthly.

Best regards
Peter Lindqvist
International Programmes & Reinsurance""")

M(C, "de", "broker-to-insurer", "broker requests a buildings quote for a named client with property address and prior claims history",
  "Finanzkontor Weser – Marco Dietz <m.dietz@finanzkontor-weser.example>", S("j.wolters"),
  "Anfrage Wohngebäude – Kundin Yvonne Kamps",
  """Hallo Jana,

kannst du mir bitte für meine Kundin Yvonne Kamps ein Angebot Wohngebäude rechnen?

Objekt: Einfamilienhaus, Am Sielgraben 5, 27755 Delmenhorst
Baujahr 1978, Kernsanierung Dach 2019, 148 m² Wohnfläche, Keller, keine Solaranlage
Vorversicherer: Küstenland Vers., gekündigt durch VR nach 2 Leitungswasserschäden (2023: 6.400 €, 2025: 11.200 €)
Gewünscht: inkl. Elementar, SB 1.000 €

Ist das mit den Vorschäden überhaupt zeichenbar? Sonst sag kurz Bescheid.

VG Marco

Marco Dietz
Finanzkontor Weser GmbH · Versicherungsmakler · Langenstraße 30 · 28195 Bremen
Tel. 0421 555 7740 · IHK-Registernummer D-W-121-ABCD-34""")

M(SC, "de", "doctor-to-insurer", "bland body; attached dental treatment plan of a named patient with tooth findings and planned treatment",
  "Zahnarztpraxis Dr. Meike Stahl <praxis@zahnarzt-stahl.example>", "leistung.zahn@versicherer.example",
  "HKP Frau Vossberg",
  """Sehr geehrte Damen und Herren,

anbei der Heil- und Kostenplan für unsere Patientin mit der Bitte um Kostenzusage.

Mit freundlichen Grüßen
Praxisteam Dr. Stahl
Zahnarztpraxis Dr. Meike Stahl · Bahnhofstraße 22 · 31785 Hameln""",
  att=[PDF("HKP_Vossberg_20260120.pdf", [
      ("h", "Heil- und Kostenplan Teil 2 – Privatleistungen"),
      "Zahnarztpraxis Dr. Meike Stahl, Bahnhofstraße 22, 31785 Hameln",
      "Patientin: Petra Vossberg, geb. 07.10.1968, Krankenkasse: AOK Niedersachsen, Zusatzversicherung: Lindenhof ZZ 70-118230",
      ("table", [["Zahn", "Befund", "Planung", "GOZ", "Betrag"],
                 ["16", "ww (erneuerungsbedürftig)", "KV Vollkeramikkrone", "2210", "1.046,20 €"],
                 ["36", "f (fehlend)", "Implantat", "9010", "1.522,40 €"],
                 ["36", "", "Implantatkrone", "2200i", "1.210,00 €"],
                 ["", "", "Material- und Laborkosten", "", "540,00 €"],
                 ["", "", "Summe", "", "4.318,60 €"]]),
      "Anamnese: Nichtraucherin, keine Antikoagulation. Röntgen OPG vom 12.01.2026.",
      "Hameln, 20.01.2026 – Dr. Meike Stahl"], title="Heil- und Kostenplan")])

M(N, "de", "internal", "birthday greeting to a colleague without birth date; cake in the kitchen",
  S("a.demir"), "Team Sach-Schaden <team.sach@versicherer.example>", "Kuchen in der Teeküche 🎂",
  """Hallo ihr Lieben,

Anna hat heute Geburtstag und es steht Kuchen in der Teeküche im 2. OG (Käsekuchen und Zitrone, glutenfrei ist der rechte). Wer mag, wir singen um 14 Uhr kurz 😄

Aylin""")

M(C, "de", "insurer-to-customer", "bicycle theft payout with the customer's valid IBAN and household policy number",
  S("a.demir"), "Jonas Feldmann <jonas.feldmann@mailbox.example>", "Fahrraddiebstahl – Auszahlung",
  f"""Hallo Herr Feldmann,

gute Nachrichten: Wir übernehmen den Diebstahl Ihres E-Bikes (Cube Kathmandu Hybrid, Rahmennr. WCU22K09187) aus Ihrer Hausratversicherung HR 30-2281577. Nach Abzug der Selbstbeteiligung von 150 € überweisen wir 2.649,00 € auf das von Ihnen genannte Konto:

{de_iban("25050180", "910002447", sep=" ")}

Sie müssen nichts weiter tun. Sollte das Rad wieder auftauchen, melden Sie sich bitte bei uns.

Viele Grüße aus Hannover
Aylin Demir""")

M(N, "de", "insurer-to-public", "general FAQ about burst pipes on the website; no person",
  F("redaktion.web", "Lindenhof Online-Redaktion"), "cms-import@agentur-pixelwerk.example",
  "Text für FAQ-Seite: Rohrbruch – was jetzt?",
  """Hallo Pixelwerk-Team,

hier der freigegebene Text für die FAQ-Seite, bitte bis Freitag einbauen:

---
Rohrbruch – was jetzt?
1. Hauptwasserhahn schließen.
2. Strom in betroffenen Räumen abschalten, wenn Wasser an Steckdosen kommt.
3. Wasser aufnehmen, Möbel hochstellen, Fotos machen.
4. Installateur beauftragen – die Kosten für die Reparatur der Leitung sind in der Wohngebäudeversicherung mitversichert.
5. Schaden online melden: www.lindenhof-versicherung.example/schaden
---

Danke!
Online-Redaktion""")

M(SC, "en", "insurer-to-customer", "supplementary dental claim of an expat: root canal treatment abroad with tooth number and amounts",
  S("s.hoffmann"), "Sarah Mitchell <sarah.mitchell@gmail.example>", "Your dental invoice from Valencia – reimbursement",
  """Dear Ms Mitchell,

thank you for sending the invoice from Clínica Dental Ruzafa, Valencia, dated 9 February 2026.

Treatment: root canal treatment tooth 46 (three canals) with temporary filling, EUR 620.00, plus X-ray EUR 35.00.

Your supplementary dental tariff covers treatment abroad at the same level as in Germany. We reimburse 80 %, i.e. EUR 524.00, to your account on file. The build-up filling and the crown planned by the clinic are not yet included; please send us the treatment plan first if the cost exceeds EUR 1,000.

Kind regards
Sabine Hoffmann
Health Claims""")

M(C, "de", "insurer-to-customer", "decline of a flood claim naming the customer, policy number and insured address",
  S("a.demir"), "Heinz-Walter Grote <hw.grote@t-online.example>", "Ihr Schaden vom 19.02.2026 – Überschwemmung Keller",
  f"""Sehr geehrter Herr Grote,

wir haben Ihre Meldung zum Wassereintritt im Keller Ihres Hauses Mühlenweg 2a, 21337 Lüneburg, geprüft.

Der Schaden ist durch Überschwemmung infolge des Starkregens am 19.02.2026 entstanden. Ihre Wohngebäudeversicherung WG 18-0771209 umfasst nur die Gefahren Feuer, Leitungswasser sowie Sturm und Hagel; die Zusatzdeckung für weitere Naturgefahren (Elementar) ist nicht vereinbart. Wir können den Schaden daher leider nicht übernehmen.

Gern bieten wir Ihnen für die Zukunft den Einschluss der Elementardeckung an. Ihr Vermittler, Herr Tjarks, meldet sich dazu bei Ihnen.

{sig("a.demir")}""")

M(N, "de", "internal", "IT ticket about a printer with ticket number; no personal data",
  "IT-Service-Desk <it-servicedesk@versicherer.example>", S("a.demir"),
  "[INC0091234] Drucker 3. OG Raum 3.22 druckt nicht – gelöst",
  """Hallo Frau Demir,

Ihr Ticket INC0091234 wurde gelöst.

Lösung: Der Drucker PRN-H-3022 hatte nach dem Firmware-Update eine neue IP-Adresse bekommen. Die Druckwarteschlange wurde auf allen Clients im 3. OG aktualisiert.

Wenn das Problem weiterhin besteht, antworten Sie einfach auf diese Mail, dann wird das Ticket wieder geöffnet.

Ihr IT-Service-Desk
Tel. 9000""")

M(C, "de", "assessor-to-insurer", "assessor report in attachments naming the owners, address and valuation of a building damage",
  "Ingenieurbüro Wallmann <buero@ib-wallmann.example>", S("a.demir"),
  "Gutachten WG-2026-0014470 Ahlers",
  """Hallo Frau Demir,

anbei Gutachten und Fotodokumentation zum Schaden Ahlers in Celle als ZIP. Kurzfassung: Leitungswasser aus korrodierter Kupferleitung im Estrich Bad OG, Folgeschäden an Estrich und Decke EG. Reparaturkosten netto 18.430 €, davon Trocknung 2.900 €.

Gruß
Jörg Wallmann
Dipl.-Ing. (FH), öffentlich bestellter und vereidigter Sachverständiger""",
  att=[ZIP("Gutachten_WG-2026-0014470.zip", [
      DOCX("Gutachten_WG-2026-0014470.docx", [
          ("h", "Gutachten Leitungswasserschaden"),
          ("table", [["Schaden-Nr.", "WG-2026-0014470"], ["Versicherungsnehmerin", "Gudrun Ahlers"],
                     ["Miteigentümer", "Bernd Ahlers"], ["Objekt", "Dorfstraße 14, 29227 Celle"],
                     ["Ortstermin", "21.01.2026"]]),
          "Ursache: Lochfraß an der Kupferleitung (Warmwasser) im Estrich des Badezimmers OG. Die Leitung stammt aus dem Baujahr 1984.",
          "Schadenumfang: Estrich Bad OG ca. 9 m², Deckenuntersicht Flur EG, Tapeten und Anstrich.",
          ("table", [["Position", "netto"], ["Leckortung", "640 €"], ["Trocknung", "2.900 €"],
                     ["Estrich und Fliesen Bad", "9.870 €"], ["Maler EG", "3.120 €"], ["Sonstiges", "1.900 €"],
                     ["Summe", "18.430 €"]]),
          "Celle, 02.02.2026 – J. Wallmann"], author="J. Wallmann"),
      JPG("Foto_01_Bad_OG.jpg", label="Foto 1"),
      JPG("Foto_02_Decke_EG.jpg", label="Foto 2")])])

M(SC, "de", "insurer-to-customer", "buildings claim, but the quoted customer mail reports a stroke and rehabilitation stay",
  S("a.demir"), "Wilfried Hartmann <w.hartmann1952@web.example>", "AW: Sturmschaden Dach – Fristverlängerung",
  """Sehr geehrter Herr Hartmann,

selbstverständlich verlängern wir die Frist für die Einreichung der Rechnungen bis zum 30.06.2026. Ich wünsche Ihnen gute Besserung!

Ihre Tochter kann uns gern die Unterlagen schicken; bitte geben Sie dazu kurz Ihr schriftliches Einverständnis.

Mit freundlichen Grüßen
Aylin Demir""",
  att=[EML(MI("Wilfried Hartmann <w.hartmann1952@web.example>", "schaden.sach@versicherer.example",
              "Sturmschaden Dach – Fristverlängerung",
              """Sehr geehrte Frau Demir,

leider konnte ich mich nicht um den Dachdecker kümmern. Ich hatte am 23. Februar einen Schlaganfall und lag zwei Wochen im Henriettenstift, jetzt bin ich bis Ende April in der Reha in Bad Bevensen. Die rechte Hand ist noch sehr schwach, das Schreiben macht meine Tochter für mich.

Könnten Sie mir bitte mehr Zeit geben für die Rechnungen vom Dach? Versicherungsnr. WG 11-2209718.

Mit freundlichen Grüßen
Wilfried Hartmann""", date="2026-03-16 18:20"), name="Sturmschaden Dach – Fristverlängerung.eml")])

M(N, "en", "broker-to-insurer", "international broker's market update newsletter; no client data",
  "Marsden Broking Market Insights <insights@marsden-broking.example>", "p.lindqvist@versicherer.example",
  "Marsden Market Update – Property & Casualty Q1 2026",
  """MARSDEN MARKET UPDATE – Q1 2026

Property: Capacity remains ample; rate reductions of 5-10 % for well-protected risks, flat for cat-exposed sites.
Casualty: US exposure remains the key driver; social inflation continues.
Cyber: Rates stabilising after two years of decreases; underwriters focus on backup and MFA controls.
D&O: Softening continues, but insolvency-related notifications are increasing in Germany.

Read the full report on our client portal.

You are receiving this mail as a Marsden business contact. Unsubscribe | Privacy notice
Marsden Broking Ltd, 12 Fenchurch Avenue, London EC3M 5BN""")

M(C, "de", "insurer-to-customer", "household contract moved to a new insured address with living area, named customer",
  F("service", "Lindenhof Kundenservice"), "Miriam Schütte <miriam.schuette@posteo.example>", "Ihr Umzug – Hausratversicherung angepasst",
  """Hallo Frau Schütte,

wir haben Ihre Hausratversicherung HR 35-6620981 zum 01.04.2026 auf die neue Wohnung umgestellt:

neu versichert: Friedrich-Ebert-Straße 61, 2. OG, 34117 Kassel
Wohnfläche: 74 m² (bisher 52 m²)
Versicherungssumme: 48.100 € (650 €/m², Unterversicherungsverzicht)
Beitrag neu: 9,84 € monatlich

Während des Umzugs besteht Versicherungsschutz in beiden Wohnungen, längstens zwei Monate.

Viele Grüße
Ihr Lindenhof Kundenservice""")

M(N, "de", "internal", "minutes of a data-protection working group about mail classification categories; no individual's data",
  S("n.schulte"), ["AG Datenschutz <ag.datenschutz@versicherer.example>", "Dr. Carsten Vehling <c.vehling@kanzlei-vehling.example>"],
  "Protokoll AG Datenschutz vom 04.02.2026",
  """Liebe Mitglieder der AG,

anbei das Protokoll unserer Sitzung vom 4. Februar. Herr Dr. Vehling, als externer Datenschutzbeauftragter erhalten Sie es zur Kenntnis.

Wichtigste Beschlüsse:
- Die Einstufung der E-Mail-Kategorien wird wie im Entwurf übernommen.
- Die Sensibilisierung der Fachbereiche startet im April.

Viele Grüße
Nina Schulte""",
  att=[DOCX("Protokoll_AG_Datenschutz_2026-02-04.docx", [
      ("h", "Protokoll der AG Datenschutz – 04.02.2026"),
      "Teilnehmende: N. Schulte (Leitung), O. Brandt, T. Krüger, K. Vogt, Dr. C. Vehling (extern, DSB)",
      ("h", "TOP 1: Einstufung ausgehender E-Mails", 2),
      "Die AG bestätigt drei Stufen. Normal: keine personenbezogenen Daten von Kunden. Vertraulich: z. B. Geburtsdatum, Bankverbindung (IBAN), Einkommen, Versicherungsnummer zusammen mit dem Namen. Streng vertraulich: Gesundheitsdaten wie Diagnosen, ICD-10-Codes, Arztrechnungen sowie alles zu Verträgen der Kranken-, Lebens- und Unfallversicherung.",
      "Beispiele für die Schulung werden ausschließlich mit erfundenen Musterdaten erstellt (Muster-IBAN DE00 0000 0000 0000 0000 00, 'Max Mustermann').",
      ("h", "TOP 2: Versand an Beratungsärzte", 2),
      "Beratungsärzte erhalten Unterlagen nur noch über das Portal. Ausnahme: S/MIME-verschlüsselte Mail bei vorhandenem Zertifikat.",
      ("h", "TOP 3: Verschiedenes", 2),
      "Nächste Sitzung: 06.05.2026, 10:00 Uhr, Raum 1.08.",
      ("table", [["Aufgabe", "Verantwortlich", "Termin"],
                 ["Schulungsunterlagen entwerfen", "N. Schulte", "15.03.2026"],
                 ["Testfälle für Gateway-Einstufung", "T. Krüger", "31.03.2026"],
                 ["Abstimmung Betriebsrat", "K. Vogt", "30.04.2026"]])], author="Nina Schulte")])

M(SC, "de", "insurer-to-customer", "dental supplementary reimbursement statement for the addressee with GOZ items and tooth numbers",
  F("leistung.zahn", "Lindenhof Krankenversicherung – Zahn"), "Timo Brauckmann <timo.brauckmann@arcor.example>",
  "Leistungsabrechnung zu Ihrer Zahnarztrechnung vom 03.03.2026",
  None,
  html=page(f"""<p>Guten Tag Herr Brauckmann,</p>
<p>zu Ihrer Zahnzusatzversicherung ZZ 71-0039920 haben wir die Rechnung der Praxis Dr. Ulrich Frerichs abgerechnet:</p>
{table([["Datum", "Zahn", "GOZ", "Leistung", "Rechnung", "erstattet"],
        ["12.02.2026", "", "1040", "Professionelle Zahnreinigung", "98,40 €", "98,40 €"],
        ["12.02.2026", "25", "2080", "Kompositfüllung zweiflächig", "142,31 €", "113,85 €"],
        ["19.02.2026", "14", "2100", "Kompositfüllung dreiflächig", "188,52 €", "150,82 €"],
        ["", "", "", "Summe", "429,23 €", "363,07 €"]])}
<p>Die Professionelle Zahnreinigung erstatten wir bis 100 € pro Jahr vollständig, Füllungen zu 80 %. Der Betrag wird in den nächsten Tagen auf Ihr Konto überwiesen.</p>
<p>Freundliche Grüße<br>Ihre Lindenhof Krankenversicherung</p>"""))

M(C, "en", "company-to-insurer", "property manager's CSV of named tenants with flat numbers and phone numbers affected by a water damage",
  "Greystone Property Management <claims@greystone-pm.example>", S("a.demir"),
  "Water damage Schönhauser Allee 140 – tenants affected",
  """Dear Ms Demir,

as requested, the list of tenants affected by the water damage on 2 March (riser pipe in the rear building) is attached. Please contact them directly for access. The owner's policy is GG 24-0018823.

Regards,
Tomasz Nowak
Greystone Property Management GmbH, Berlin""",
  att=[CSV("tenants_affected_SA140.csv", [
      ["flat", "tenant", "phone", "damage", "access"],
      ["HH 1.OG li", "Marta Kowalczyk", "+49 176 5550 1132", "ceiling wet, bathroom", "mornings"],
      ["HH 2.OG li", "Felix und Jana Roth", "+49 30 5558 4410", "source flat, bathroom wall opened", "key with caretaker"],
      ["HH EG li", "Yusuf Demirtas", "+49 157 5550 8821", "hallway ceiling, laminate", "after 17:00"],
      ["Cellar", "(all tenants)", "", "storage rooms 4-7 damp", "caretaker"]], delim=",")])

M(N, "de", "insurer-to-public", "job advertisement for a claims handler in health insurance; trap with health words",
  S("b.richter"), "stellen@jobportal-nord.example", "Stellenanzeige: Sachbearbeiter Leistung Krankenversicherung (m/w/d)",
  """Bitte veröffentlichen Sie folgende Anzeige ab 01.03.2026 für 30 Tage (Auftrag 2026-HR-014):

Sachbearbeiter*in Leistung Krankenversicherung (m/w/d) – Hannover, Vollzeit/Teilzeit

Ihre Aufgaben:
• Prüfung und Abrechnung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ/GOZ
• Bearbeitung von Anträgen auf Kostenübernahme für Hilfsmittel, Reha und Psychotherapie
• Korrespondenz mit Versicherten, Ärzten und Kliniken

Ihr Profil:
• Ausbildung als Kaufmann/-frau für Versicherungen und Finanzen oder Medizinische/r Fachangestellte/r
• Kenntnisse in ICD-10 und GOÄ wünschenswert

Wir bieten: 38-Stunden-Woche, mobiles Arbeiten, betriebliche Altersversorgung, JobRad.

Bewerbung über karriere.lindenhof-versicherung.example, Kennziffer KV-0314.

Freundliche Grüße
Ben Richter, Personalabteilung""")

M(SC, "de", "insurer-to-customer", "glasses reimbursement with the addressee's prescription values (sph/cyl) in supplementary health insurance",
  S("s.hoffmann"), "Elke Sandmann <elke.sandmann@gmx.example>", "Ihre Brillenrechnung – Erstattung",
  """Liebe Frau Sandmann,

vielen Dank für die Rechnung von Optik Lichtblick vom 02.03.2026. Laut Verordnung haben sich Ihre Werte geändert (R sph –2,25 cyl –0,75 Achse 170; L sph –2,50 cyl –0,50 Achse 10, Add 1,75), sodass die neue Gleitsichtbrille erstattungsfähig ist.

Aus Ihrem Tarif AmbulantPlus erstatten wir 300 € (Höchstbetrag für Sehhilfen alle 24 Monate). Der Rechnungsbetrag betrug 789 €.

Alles Gute!
Sabine Hoffmann""")

M(C, "de", "insurer-to-customer", "personal liability claim with named policyholder, child and neighbour, claim number",
  S("s.yilmaz"), "Familie Nowitzki <nowitzki.familie@web.example>", "Fensterscheibe beim Nachbarn – Ihre Privathaftpflicht",
  """Hallo Frau Nowitzki,

danke für die Schadenmeldung. Wir haben den Schaden zu Ihrer Privathaftpflicht PH 12-4419087 unter der Nr. PH-2026-0023319 aufgenommen.

Ihr Sohn Leon (9 Jahre) hat beim Fußballspielen die Terrassentür von Herrn Dieckmann, Ahornweg 7, beschädigt. Bitte geben Sie Herrn Dieckmann unsere Schadennummer; er kann uns den Kostenvoranschlag des Glasers direkt schicken.

Bei Kindern unter 7 Jahren bestünde keine Haftung, ab 7 Jahren kommt es auf die Einsichtsfähigkeit an – bei Leon gehen wir von einer Haftung aus.

Freundliche Grüße
Serkan Yilmaz""")

M(N, "en", "supplier-to-insurer", "cloud provider invoice notification with invoice and account numbers; no personal data",
  "Billing <billing@nimbus-cloud.example>", "kreditoren@versicherer.example",
  "Your invoice INV-2026-03-88120 is available",
  """Hello,

your invoice for March 2026 is now available in the billing console.

Invoice number: INV-2026-03-88120
Billing account: 0041-7781-2290
Amount due: EUR 18,442.17
Due date: 15 April 2026

This amount will be charged according to your payment agreement. Please do not reply to this automated message.

Nimbus Cloud Services EMEA""")

M(C, "de", "insurer-to-customer", "bland body; bank details and claim data of the named claimant only in the attached letter",
  S("s.yilmaz"), "Bernd Dieckmann <b.dieckmann@gmx.example>", "Ihr Schreiben",
  """Sehr geehrter Herr Dieckmann,

bitte beachten Sie unser beigefügtes Schreiben.

Mit freundlichen Grüßen
Serkan Yilmaz""",
  att=[ODT("Schreiben_PH-2026-0023319.odt", [
      "Lindenhof Allgemeine Versicherung AG – Schadenregulierung Haftpflicht",
      "Herrn Bernd Dieckmann, Ahornweg 7, 30880 Laatzen",
      ("h", "Schaden-Nr. PH-2026-0023319 – Glasschaden Terrassentür", 2),
      "Sehr geehrter Herr Dieckmann,",
      "als Privathaftpflichtversicherer der Familie Nowitzki übernehmen wir die Kosten laut Rechnung der Glaserei Brinkmann vom 09.03.2026 in Höhe von 684,25 €.",
      "Wir überweisen den Betrag auf das von Ihnen angegebene Konto: Bernd Dieckmann, IBAN " + de_iban("25090500", "4400178", sep=" ", valid=False) + ", Sparda-Bank Hannover.",
      "Mit freundlichen Grüßen\nSerkan Yilmaz"])])

M(SC, "de", "insurer-to-customer", "accident insurance disability payment for the addressee with loss of function of the thumb",
  S("c.meier"), "Andreas Kühl <andreas.kuehl@freenet.example>", "Invaliditätsleistung aus Ihrer Unfallversicherung",
  """Sehr geehrter Herr Kühl,

nach Auswertung des Gutachtens von Herrn Dr. Ortmann vom 04.03.2026 steht fest, dass als Folge des Unfalls vom 11.02.2025 eine dauerhafte Funktionsbeeinträchtigung des linken Daumens von 3/10 verbleibt.

Berechnung nach der Gliedertaxe:
Daumen 20 % x 3/10 = 6 % Invalidität
Grundsumme 100.000 € x 6 % = 6.000 € (keine Progression unter 25 %)

Wir überweisen 6.000 € in den nächsten Tagen. Gegen die Bemessung können Sie innerhalb von drei Jahren nach dem Unfall eine Neubemessung verlangen.

Mit freundlichen Grüßen
Claudia Meier
Leistung Unfallversicherung""")

M(N, "de", "internal", "short internal acknowledgement quoting a bland scheduling mail",
  S("i.bauer"), S("a.schmitt"), "AW: Vertretung KW 14",
  f"""Danke, passt so.

Ines

{orig_de("Anna Schmitt", "Freitag, 20. März 2026 11:02", "Ines Bauer", "Vertretung KW 14")}
Hi Ines,
ich übernehme deine Post in KW 14, Mo–Mi. Donnerstag ist Jens da.
Anna""")

M(C, "de", "insurer-to-customer", "change of direct debit account: named customer's new IBAN (wrong check digits, typed by customer) and contract numbers",
  F("service", "Lindenhof Kundenservice"), "Gisela Prange <gisela.prange@online.example>",
  "AW: Neue Bankverbindung",
  f"""Sehr geehrte Frau Prange,

die IBAN, die Sie uns geschickt haben, ist leider nicht gültig (die Prüfziffer stimmt nicht). Bitte prüfen Sie die Angabe noch einmal – vermutlich ist ein Zahlendreher darin. Bis dahin buchen wir weiter vom bisherigen Konto ab.

Viele Grüße
Melanie Roth
Kundenservice

{am_schrieb("14.03.2026 10:17", "Gisela Prange")}
> Guten Tag, ich habe die Bank gewechselt. Bitte buchen Sie die Beiträge für
> Wohngebäude WG 19-5512340 und Hausrat HR 19-5512341 ab April vom neuen Konto ab:
> {de_iban("29050101", "80012345", group=None, valid=False)}
> Gisela Prange, Brockhausweg 3, 27711 Osterholz-Scharmbeck""", charset="iso-8859-1")

M(N, "en", "event-organizer-to-insurer", "conference invitation with calendar file; no personal data",
  "Insurance Data Summit <events@insurance-data-summit.example>", "o.brandt@versicherer.example",
  "Invitation: Insurance Data Summit Berlin, 6-7 May 2026",
  """Dear Olaf Brandt,

we are delighted to confirm your speaker slot at the Insurance Data Summit 2026.

Session: "Pricing with claims data – lessons from German health insurance"
Date: 6 May 2026, 11:30-12:15
Venue: Station Berlin, Luckenwalder Str. 4-6

A calendar entry is attached. Please send us your slides by 24 April.

Best regards,
The Summit Team""",
  att=[ICS("IDS2026_session.ics", "Insurance Data Summit - talk O. Brandt", "20260506T113000", "20260506T121500",
           location="Station Berlin, Hall 2", organizer=("Insurance Data Summit", "events@insurance-data-summit.example"),
           attendees=[("Olaf Brandt", "o.brandt@versicherer.example")], method="PUBLISH")])

M(SC, "en", "doctor-to-insurer", "English-speaking practice sends a patient invoice with ICD-10 code J06.9 and GOÄ items",
  "Berlin Expat Medical Practice <billing@expat-medical-berlin.example>", "leistung.kranken@versicherer.example",
  "Invoice 2026-0418 – patient Thomas Carver",
  """Dear Sir or Madam,

please find attached our invoice for the treatment of your insured Mr Thomas Carver (policy KV 80-3371120). Mr Carver has asked us to send it directly to you.

Payment to: Berlin Expat Medical Practice, IBAN DE02 1001 0010 0123 4567 89.

Kind regards,
Billing team""",
  att=[PDF("Invoice_2026-0418_Carver.pdf", [
      ("h", "Berlin Expat Medical Practice – Dr. Rachel Adeyemi, General Practitioner"),
      "Torstraße 99, 10119 Berlin",
      "Invoice 2026-0418 – Date 18 March 2026",
      "Patient: Thomas Carver, DOB 22/04/1990, Invalidenstraße 44, 10115 Berlin",
      "Diagnosis: J06.9 G (acute upper respiratory infection), R50.9 G (fever)",
      ("table", [["Date", "GOÄ", "Service", "Factor", "EUR"],
                 ["16.03.2026", "1", "Consultation", "2.3", "10.72"],
                 ["16.03.2026", "5", "Symptom-related examination", "2.3", "10.72"],
                 ["16.03.2026", "250", "Blood sample", "1.8", "4.20"],
                 ["16.03.2026", "3550", "Full blood count", "1.15", "4.02"],
                 ["16.03.2026", "70", "Sick note (short)", "2.3", "5.36"],
                 ["", "", "Total", "", "35.02"]])], title="Invoice 2026-0418")])

M(C, "de", "insurer-to-authority", "request for access to the criminal file naming the policyholder and claim in a burglary case",
  S("a.demir"), "Staatsanwaltschaft Hannover <poststelle@sta-hannover.example>",
  "Akteneinsichtsgesuch – Az. 1132 Js 40871/26 – Einbruch zum Nachteil Sigrid Wollenweber",
  """Sehr geehrte Damen und Herren,

in dem Ermittlungsverfahren 1132 Js 40871/26 wegen Wohnungseinbruchdiebstahls zum Nachteil unserer Versicherungsnehmerin Frau Sigrid Wollenweber, Podbielskistraße 301, 30655 Hannover, beantragen wir als Hausratversicherer Akteneinsicht gemäß § 406e StPO.

Wir haben einen Schaden in Höhe von 14.300 € reguliert (Schaden-Nr. HR-2026-0019920) und prüfen Regressansprüche. Eine Vollmacht der Versicherungsnehmerin liegt bei.

Mit freundlichen Grüßen
Aylin Demir""")

M(N, "de", "company-to-insurer", "property manager asks generally about machinery cover for lifts; no person",
  "Hausverwaltung Lindemann <info@hv-lindemann.example>", S("r.kowalski"),
  "Frage zur Versicherung von Aufzugsanlagen",
  """Sehr geehrter Herr Kowalski,

wir verwalten 14 Wohnanlagen, von denen 9 Aufzüge haben. Reicht die Gebäudeversicherung für Schäden an den Aufzügen aus, oder brauchen wir eine Maschinenversicherung? Gibt es dafür Rahmenverträge für Verwalter?

Über einen kurzen Rückruf würden wir uns freuen.

Mit freundlichen Grüßen
Stefanie Lindemann
Hausverwaltung Lindemann e.K., Marienstraße 18, 30171 Hannover""")

M(C, "en", "insurer-to-broker", "confirmation for a mortgage bank naming the homeowners, property address, policy and sum insured",
  S("j.wolters"), "Priya Raman <priya.raman@globalhome-brokers.example>", "RE: Confirmation of buildings cover for mortgage – Mr and Mrs Lindgren",
  """Hi Priya,

please find below the confirmation you asked for. The original "Sicherungsbestätigung" goes by post to Sparkasse Hannover.

Policyholders: Erik and Maja Lindgren
Property: Eichenweg 12, 30916 Isernhagen
Policy: WG 26-0091277, buildings insurance incl. natural hazards
Sum insured: value 1914 of 31,200 Mark (replacement value basis)
Mortgagee: Sparkasse Hannover, loan no. 7000 4418 22

Cover is in force from 1 April 2026. Premium paid annually.

Best regards
Jana Wolters""")

M(SC, "de", "hospital-to-insurer", "hospital asks a private health insurer to confirm coverage for a planned hip replacement of a named patient",
  "Aufnahme Privatstation Klinikum Nord <privataufnahme@klinikum-nord.example>", "leistung.kranken@versicherer.example",
  "Kostenübernahme stationär – Herr Gerhard Pohl, geb. 19.08.1949",
  """Sehr geehrte Damen und Herren,

für Ihren Versicherten Herrn Gerhard Pohl, geb. 19.08.1949, Vers.-Nr. KV 52-0118854, ist folgende stationäre Behandlung geplant:

Aufnahme: 13.04.2026
Eingriff: Implantation einer Hüft-Totalendoprothese links (M16.1 L)
voraussichtliche Verweildauer: 6 Tage, anschließend AHB
Wahlleistungen: Chefarztbehandlung, Zweibettzimmer

Wir bitten um Kostenübernahmeerklärung bis zum 06.04.2026.

Mit freundlichen Grüßen
Patientenaufnahme Privatstation
Klinikum Nord gGmbH""")

M(N, "de", "insurer-to-customer", "named addressee asks how mail encryption works; general answer, no contract or personal data",
  F("datenschutz", "Lindenhof Datenschutz"), "Renate Albers <renate.albers@gmx.example>", "Ihre Frage zur E-Mail-Verschlüsselung",
  """Sehr geehrte Frau Albers,

vielen Dank für Ihre Frage. Wenn wir Ihnen E-Mails mit persönlichen Daten schicken, nutzen wir Verschlüsselung: Entweder verschlüsselt direkt mit Ihrem S/MIME-Zertifikat oder über unser SecureMail-Portal, in dem Sie die Nachricht nach Anmeldung lesen. Einfache Informationen ohne persönliche Daten schicken wir mit Transportverschlüsselung (TLS).

Weitere Informationen finden Sie unter www.lindenhof-versicherung.example/sichere-kommunikation.

Mit freundlichen Grüßen
Ihr Datenschutzteam der Lindenhof Versicherung""")

M(C, "de", "insurer-to-company", "security confirmation to a bank naming owners, property and policy number",
  S("a.schmitt"), "Baufinanzierung Volksbank Leine <baufi@vb-leine.example>", "Sicherungsbestätigung Wohngebäude – Darlehensnehmer Kemper",
  """Sehr geehrte Damen und Herren,

wir bestätigen Ihnen als Darlehensgeber, dass für das Objekt Lärchenstraße 9, 31008 Elze, Eigentümer Jens und Sabine Kemper, bei uns eine Wohngebäudeversicherung unter der Nr. WG 27-1124508 besteht (Feuer, Leitungswasser, Sturm/Hagel, Elementar). Der Sicherungsschein wurde zu Ihren Gunsten ausgestellt.

Mit freundlichen Grüßen
Anna Schmitt
Vertriebsunterstützung""")

M(SC, "de", "insurer-to-customer", "quoted customer mail about planned periodontitis treatment under dental supplementary insurance",
  S("s.hoffmann"), "Kerstin Möller <kerstin.moeller@t-online.example>", "AW: Parodontose – zahlt die Zusatzversicherung?",
  f"""Liebe Frau Möller,

ja, die systematische Parodontitistherapie ist in Ihrem Tarif ZahnPlus 70 versichert. Wir erstatten 70 % der Kosten, die nicht von Ihrer gesetzlichen Kasse übernommen werden. Bitte schicken Sie uns vorab den Behandlungsplan, dann geben wir Ihnen eine verbindliche Zusage.

Herzliche Grüße
Sabine Hoffmann

{am_schrieb("Mo., 23. März 2026 um 07:58", "Kerstin Möller")}
{q('''Hallo, meine Zahnärztin hat gesagt dass ich Parodontose habe (Taschen bis 6mm) und hat eine Behandlung empfohlen, teilweise muss ich selbst zahlen weil die Kasse nur die Grundbehandlung zahlt. Bin bei Ihnen zahnzusatzversichert seit 2022, Vertragsnummer hab ich nicht zur Hand. Zahlen Sie sowas?
LG Kerstin Möller''')}""")

M(N, "de", "internal", "monthly aggregated loss ratio report for household line; trap with claim statistics",
  S("o.brandt"), "Bereichsleitung Sach <bl.sach@versicherer.example>", "Monatsreport Sach Februar 2026",
  """Hallo zusammen,

anbei der Monatsreport Februar. Auffällig ist der Sturm Hertha, der die Schadenquote Wohngebäude auf 118 % treibt. Hausrat liegt mit 71 % im Plan. Einzelschäden sind im Report nicht enthalten.

Gruß
Olaf""",
  att=[ODS("Monatsreport_Sach_2026-02.ods", [
      ("Quoten", [["Sparte", "Beiträge Tsd. EUR", "Schäden Tsd. EUR", "Schadenquote", "Anzahl Schäden"],
                  ["Wohngebäude", 11240, 13263, "118%", 1962],
                  ["Hausrat", 4870, 3458, "71%", 702],
                  ["Privathaftpflicht", 3110, 1648, "53%", 488],
                  ["Glas", 410, 217, "53%", 131]]),
      ("Hinweise", [["Kommentar"], ["Sturmereignis Hertha 16./17.02. vollständig im Februar gebucht"]])])])

M(N, "en", "it-provider-to-insurer", "service request resolved notification from an IT provider",
  "Service Portal <noreply@itsm.rz-dienstleister.example>", "t.krueger@versicherer.example",
  "Service request SR-20260311-0042 resolved: certificate renewal securemail gateway (test)",
  """Hello Thomas Krüger,

service request SR-20260311-0042 ("Renew TLS certificate for securemail-test.versicherer.example") has been resolved.

Resolution notes: New certificate installed, valid until 2027-03-10. Old certificate revoked. OCSP stapling verified.

If you are not satisfied with the resolution, reopen the request within 5 days.

RZ Dienstleister Service Portal""")
