# Batch 1: motor (Kfz) and some mixed mails
from .common import *

M(C, "de", "insurer-to-customer", "names the policyholder with claim number and vehicle registration (motor own-damage claim)",
  F("schaden.kfz", "Lindenhof Kfz-Schaden"), "Dieter Sommer <dieter.sommer@web.example>",
  "Ihr Schaden vom 14.01.2026 – Schaden-Nr. KS-2026-0041187",
  f"""Sehr geehrter Herr Sommer,

vielen Dank für Ihre Schadenmeldung. Wir haben den Schaden an Ihrem Fahrzeug (amtl. Kennzeichen H-DS 4471) unter der Schaden-Nr. KS-2026-0041187 erfasst.

Damit wir zügig weiterarbeiten können, benötigen wir noch:
- Fotos vom Schaden (Gesamtansicht und Detail)
- den Kostenvoranschlag Ihrer Werkstatt
- Angaben zum Unfallgegner, falls bekannt

Sie können die Unterlagen einfach als Antwort auf diese E-Mail senden. Bitte geben Sie immer die Schaden-Nummer an.

{sig("m.becker")}""", date="2026-01-16 10:22")

M(C, "de", "insurer-to-customer", "eVB number issued to a named customer for a specific vehicle",
  F("kfz.vertrag", "Lindenhof Kfz-Vertrag"), "Carina Wendt <c.wendt92@gmx.example>",
  "Ihre eVB-Nummer für die Zulassung",
  """Guten Tag Frau Wendt,

wie telefonisch besprochen, hier Ihre elektronische Versicherungsbestätigung für die Zulassung Ihres Opel Corsa F (FIN W0V7H9EC2N4012836):

    eVB-Nummer: R7KQ2M4

Die eVB ist 6 Monate gültig. Nach der Zulassung teilt uns die Zulassungsstelle das Kennzeichen automatisch mit, Sie brauchen nichts weiter zu tun. Der Versicherungsschein kommt dann per Post an Ihre Anschrift in der Gerberstraße 9, 31134 Hildesheim.

Gute Fahrt!
Ines Bauer
Lindenhof Versicherung – Vertrag Kfz
Tel. 0511 4470-2200""")

M(SC, "de", "insurer-to-lawyer", "injured third party named with ICD code S13.4 and physiotherapy in a motor liability claim",
  S("m.becker"), "Kanzlei Brandes & Partner <sekretariat@brandes-partner.example>",
  "Ihr Zeichen 23/0117 – Verkehrsunfall vom 02.12.2025, Ihre Mandantin Frau Petra Lenz",
  f"""Sehr geehrter Herr Rechtsanwalt Brandes,

in obiger Angelegenheit bestätigen wir den Eingang Ihres Schreibens vom 19.01.2026 nebst Anlagen.

Nach dem Attest des Durchgangsarztes vom 03.12.2025 wurde bei Ihrer Mandantin eine Distorsion der HWS (S13.4) festgestellt, die Arbeitsunfähigkeit bestand bis einschließlich 21.12.2025. Die vorgelegte Verordnung über 6x Krankengymnastik liegt uns vor; die Rechnung der Physiotherapiepraxis Am Markt über 142,80 € werden wir übernehmen.

Hinsichtlich des geltend gemachten Schmerzensgeldes halten wir einen Betrag von 900,00 € für angemessen. Zur weiteren Prüfung des Haushaltsführungsschadens bitten wir um Mitteilung, wie viele Personen im Haushalt Ihrer Mandantin leben.

Unser Zeichen: KH-2025-0987321

{sig("m.becker")}""")

M(N, "de", "internal", "team meeting logistics with calendar invitation, no personal data",
  S("m.becker"), [S("i.bauer"), "Team Kfz-Schaden Nord <team.kfz-nord@versicherer.example>"],
  "Teamrunde diese Woche am Donnerstag statt Mittwoch",
  """Hallo zusammen,

wegen der Brandschutzübung am Mittwoch verschieben wir die Teamrunde auf Donnerstag, 10:00–11:00, Raum 3.14. Einladung hängt an.

Themen:
1. Rückstände Januar
2. Urlaubsplanung Ostern
3. Neues Formular Teilkasko-Glas

Grüße
Martin""", date="2026-02-02 08:41",
  att=[ICS("invite.ics", "Teamrunde Kfz-Schaden Nord", "20260205T100000", "20260205T110000",
           location="Raum 3.14", organizer=("Martin Becker", "m.becker@versicherer.example"),
           attendees=[("Ines Bauer", "i.bauer@versicherer.example"), ("Team Kfz-Schaden Nord", "team.kfz-nord@versicherer.example")])])

M(C, "en", "insurer-to-company", "fleet schedule with named drivers, registrations and the fleet policy number",
  S("r.kowalski"), "Fleet Management <fleet@nordic-freight.example>",
  "Fleet policy 70-FL-220931 – updated vehicle schedule for your review",
  """Dear Ms Halvorsen,

please find attached the updated vehicle schedule for your fleet policy 70-FL-220931 as of 1 February 2026. I have included the three vehicles added in January and removed the Sprinter that was sold (HH-NF 207).

Could you please check the named drivers column? For two of the pool vehicles we still have no driver assigned, and the premium for the young-driver surcharge depends on it.

Best regards
Robert Kowalski
Commercial Underwriting Property/Engineering
Lindenhof Insurance Group""",
  att=[XLSX("Fleet_schedule_70-FL-220931_2026-02.xlsx", [
      ("Vehicles", [["Reg. no.", "Make/model", "VIN", "First reg.", "Cover", "Named driver", "Driver DOB"],
                    ["HH-NF 201", "VW Crafter 35", "WV1ZZZSYZM9004411", "03/2021", "FC 500 SB", "Lars Petersen", "14.06.1979"],
                    ["HH-NF 202", "VW Crafter 35", "WV1ZZZSYZM9004987", "03/2021", "FC 500 SB", "Mehmet Aksoy", "02.11.1988"],
                    ["HH-NF 215", "Ford Transit Custom", "WF0XXXTTGXNA12345", "01/2026", "FC 1000 SB", "Jonas Richter", "21.08.2003"],
                    ["HH-NF 216", "Ford Transit Custom", "WF0XXXTTGXNA12377", "01/2026", "FC 1000 SB", "", ""],
                    ["HH-NF 217", "Skoda Octavia Combi", "TMBJJ7NX5R0123456", "01/2026", "PC 300 SB", "Ingrid Halvorsen", "30.04.1975"],
                    ["HH-NF 218", "Skoda Octavia Combi", "TMBJJ7NX5R0123489", "01/2026", "PC 300 SB", "", ""]]),
      ("Notes", [["Note"], ["FC = fully comprehensive, PC = partial cover, SB = deductible in EUR"]])],
      author="R. Kowalski")], date="2026-02-03 15:07")

M(N, "en", "company-to-insurer", "general question about adding EVs to a company fleet policy; company data only, no natural person's data",
  "Ingrid Halvorsen <fleet@nordic-freight.example>", S("r.kowalski"),
  "EV charging equipment – covered?",
  """Hi Robert,

quick one: we are about to install 6 wallboxes at the Billbrook depot. Are those covered under the fleet policy or do we need a separate electronics/property cover? Happy to jump on a call if easier.

Thanks,
Ingrid

--
Ingrid Halvorsen | Fleet Manager
Nordic Freight GmbH | Halskestraße 40 | 22113 Hamburg
Sent from my phone, please excuse brevity""")

M(N, "de", "insurer-to-public", "newsletter with general driving tips; no person, no contract",
  F("newsletter", "Lindenhof Newsletter"), "kunde@newsletter-verteiler.example",
  "Wildunfall – was tun? Ihr Lindenhof-Newsletter Februar",
  """Wildunfall – was tun? Ihr Lindenhof-Newsletter Februar

In der Dämmerung steigt das Risiko. So verhalten Sie sich richtig:
1. Warnblinker an, Unfallstelle absichern.
2. Polizei oder Förster informieren – Sie brauchen eine Wildunfallbescheinigung.
3. Tier nicht anfassen und nicht mitnehmen.
4. Fotos machen, dann Schaden melden.

Übrigens: Zusammenstöße mit Haarwild sind in der Teilkasko versichert. In unseren Premium-Tarifen sind Tiere aller Art mitversichert.

Newsletter abbestellen: https://www.lindenhof-versicherung.example/newsletter/abmelden""",
  html=page("""<h2 style="color:#1d5e3a">Wildunfall &ndash; was tun?</h2>
<p>In der D&auml;mmerung steigt das Risiko. So verhalten Sie sich richtig:</p>
<ol><li>Warnblinker an, Unfallstelle absichern.</li>
<li>Polizei oder F&ouml;rster informieren &ndash; Sie brauchen eine Wildunfallbescheinigung.</li>
<li>Tier nicht anfassen und nicht mitnehmen.</li>
<li>Fotos machen, dann Schaden melden.</li></ol>
<p>&Uuml;brigens: Zusammenst&ouml;&szlig;e mit Haarwild sind in der Teilkasko versichert. In unseren Premium-Tarifen sind Tiere aller Art mitversichert.</p>
<p style="font-size:8pt;color:#888"><a href="https://www.lindenhof-versicherung.example/newsletter/abmelden">Newsletter abbestellen</a> &middot; Impressum &middot; Datenschutz</p>"""))

M(C, "de", "insurer-to-customer", "premium invoice with customer name, contract number and bank account (IBAN) for direct debit",
  F("service", "Lindenhof Kundenservice"), "Familie Obermeier <obermeier.family@t-online.example>",
  "Beitragsrechnung 2026 zu Ihrer Kfz-Versicherung",
  None,
  html=page(f"""<p>Sehr geehrter Herr Obermeier,</p>
<p>zum Hauptfälligkeitstermin 01.01.2026 erhalten Sie Ihre Beitragsrechnung.</p>
{table([["Vertrag", "Fahrzeug", "Sparte", "Jahresbeitrag"],
        ["KF 55-8812034", "M-XO 380 (BMW 320d Touring)", "Kfz-Haftpflicht SF 12", "412,36 €"],
        ["KF 55-8812034", "M-XO 380", "Vollkasko SF 9, SB 300/150", "389,10 €"],
        ["", "", "Summe", "801,46 €"]])}
<p>Den Betrag buchen wir am 15.01.2026 von Ihrem Konto {de_iban("70150000", "1002345678")} (Stadtsparkasse München) ab. Mandatsreferenz: LH-KF-8812034-01, Gläubiger-ID DE98ZZZ09999999999.</p>
<p>Mit freundlichen Grüßen<br>Ihr Lindenhof Kundenservice</p>
<p style="font-size:8pt;color:#666">{esc(FOOT_DE).replace(chr(10), "<br>")}</p>"""), date="2026-01-07 06:12")

M(C, "de", "insurer-to-assessor", "forwards a named customer's parking damage with phone, address and registration to an assessor",
  S("m.becker"), "Sachverständigenbüro Kühne <auftrag@sv-kuehne.example>",
  "WG: Parkschaden – Besichtigungsauftrag KS-2026-0052210",
  f"""Hallo Herr Kühne,

bitte übernehmen Sie die Besichtigung. Der VN ist tagsüber unter 0176 55512093 erreichbar, Fahrzeug steht bei ihm zu Hause (Lister Meile 88, 30161 Hannover). Fotos anbei.

Danke und Gruß
Martin Becker

{orig_de("Jan Hollmann <jan.hollmann@posteo.example>", "Montag, 9. Februar 2026 19:44", "schaden.kfz@versicherer.example", "Parkschaden")}
Hallo,

mein Auto (Skoda Fabia, H-JH 1207) wurde gestern auf dem Parkplatz vom Edeka Podbielskistraße angefahren, der Verursacher ist abgehauen. Hinten links Stoßstange und Kotflügel eingedrückt. Fotos hänge ich an. Versicherungsnummer weiß ich grad nicht, läuft auf meinen Namen.

Gruß Jan Hollmann""", date="2026-02-10 09:05",
  att=[JPG("IMG_20260209_171233.jpg", label="IMG_4411"), JPG("IMG_20260209_171301.jpg", label="IMG_4412")])

M(N, "de", "it-provider-to-insurer", "maintenance window notice from an IT provider",
  "Betrieb Schadenportal <noreply@rz-dienstleister.example>", "it-servicedesk@versicherer.example",
  "Wartungsfenster Schadenportal – Sa 21.02.2026 22:00 bis So 02:00",
  """Sehr geehrte Damen und Herren,

am Samstag, 21.02.2026, führen wir zwischen 22:00 und 02:00 Uhr (MEZ) Wartungsarbeiten an der Plattform des Schadenportals durch (Change CHG0045521). In dieser Zeit ist das Portal für Endkunden und Werkstätten nicht erreichbar. Schnittstellen (GDV-Datensatz, BiPRO) puffern eingehende Meldungen und verarbeiten sie nach Abschluss.

Bei Rückfragen: servicedesk@rz-dienstleister.example, Tel. 069 555 0100.

Ihr Betriebsteam""")

M(SC, "de", "insurer-to-doctor", "hospital discharge letter of a named injured passenger (radius fracture S52.5, surgery) sent to the medical advisor",
  S("m.becker"), "Dr. med. Harald Quast <beratung@dr-quast-gutachten.example>",
  "Bitte um Stellungnahme – Beifahrerin Sophie Albrecht, KH-2026-0011042",
  """Sehr geehrter Herr Dr. Quast,

in der Anlage der Entlassungsbericht des Klinikums Nord zur Beifahrerin Sophie Albrecht (geb. 11.07.1961). Die Anwaltsseite macht eine dauerhafte Bewegungseinschränkung des rechten Handgelenks geltend. Bitte um kurze Einschätzung, ob ein Dauerschaden plausibel ist und ob Sie eine Nachuntersuchung empfehlen.

Vielen Dank
Martin Becker
Kfz-Haftpflicht-Schaden""",
  att=[PDF("Entlassungsbericht_Albrecht_Klinikum_Nord.pdf", [
      ("h", "Klinikum Nord – Klinik für Unfallchirurgie und Orthopädie"),
      "Chefarzt Prof. Dr. med. K. Dettmer · Am Nordpark 1 · 30179 Hannover",
      "Hannover, 28.01.2026",
      ("h", "Entlassungsbericht", 2),
      "Patientin: Sophie Albrecht, geb. 11.07.1961, wohnhaft Wiesenweg 3, 30916 Isernhagen",
      "Stationärer Aufenthalt vom 19.01.2026 bis 24.01.2026",
      ("table", [["ICD-10-GM", "Bezeichnung"],
                 ["S52.51 G", "Distale Radiusfraktur rechts, Extensionsfraktur"],
                 ["S60.2 G", "Prellung des Handgelenks rechts"],
                 ["V43.5", "Pkw-Insassin bei Kollision mit Pkw"]]),
      "Therapie: Offene Reposition und winkelstabile Plattenosteosynthese am 20.01.2026. Postoperativ unauffälliger Verlauf, Wunde reizlos. Röntgenkontrolle: regelrechte Stellung.",
      "Weiteres Procedere: Ruhigstellung in Unterarmgipsschiene für 2 Wochen, danach Ergotherapie 2x/Woche. Metamizol 500 mg bei Bedarf bis 4x täglich. Wiedervorstellung in der Sprechstunde in 6 Wochen.",
      "Mit freundlichen kollegialen Grüßen\nDr. med. A. Feldhaus, Oberärztin"],
      title="Entlassungsbericht", author="Klinikum Nord")])

M(C, "en", "insurer-to-customer", "expat customer named with motor policy number and new insured address",
  F("service", "Lindenhof Customer Service"), "Rahul Menon <rahul.menon@fastmail.example>",
  "RE: Change of address – motor policy KF 61-3302177",
  f"""Dear Mr Menon,

thank you for letting us know. We have updated the address on your motor policy KF 61-3302177 with effect from 1 March 2026:

  Rahul Menon
  Bahrenfelder Chaussee 121
  22761 Hamburg

Please note that the change of region may change your premium slightly (regional class Hamburg: 6 for third-party liability). You will receive an updated policy schedule by post within the next two weeks.

Your registration number (M-RM 2290) can stay as it is; re-registering the car in Hamburg is optional.

Kind regards
Melanie Roth
Customer Service

{on_wrote("Thu, 19 Feb 2026 at 21:03", "Rahul Menon <rahul.menon@fastmail.example>")}
{q('''Hello,
I am moving from Munich to Hamburg at the end of the month for my job. Do I need to tell you about the new address for my car insurance? My policy number is KF 61-3302177.
Thanks, Rahul''')}""", date="2026-02-20 11:38")

M(C, "en", "insurer-to-customer", "claims-free certificate with customer name, date of birth and policy details in the PDF",
  S("i.bauer"), "Fiona Gallagher <fiona.gallagher@eircom.example>",
  "Your no-claims certificate (Schadenfreiheitsbescheinigung)",
  """Dear Ms Gallagher,

as requested, attached is the confirmation of your claims-free driving history with us, in English and German, for your new insurer in Ireland.

I hope the move goes well!

Ines Bauer
Motor Contracts""",
  att=[PDF("No_claims_certificate_Gallagher.pdf", [
      ("h", "Confirmation of claims-free driving / Schadenfreiheitsbescheinigung"),
      "Lindenhof Allgemeine Versicherung AG, Lindenallee 12-16, 30159 Hannover",
      "Policyholder / Versicherungsnehmerin: Fiona Gallagher, born 03.09.1984, Eppendorfer Weg 17, 20259 Hamburg",
      ("table", [["Policy no.", "Vehicle", "Period", "Claims", "SF class"],
                 ["KF 58-7741920", "HH-FG 903 (Mini Cooper)", "01.05.2017 - 31.03.2026", "none", "SF 9"]]),
      "During the period stated above no motor third-party liability claims were paid. The contract ends on 31.03.2026 due to relocation abroad.",
      "Hannover, 24 February 2026"], title="No-claims certificate")], date="2026-02-24 14:10")

M(N, "en", "insurer-to-supplier", "supplier price list for windscreen work; invoice-like numbers but no person",
  S("d.lang"), "Key Accounts <accounts@clearview-glass.example>",
  "Framework agreement 2026 – windscreen replacement rates",
  """Dear Mr O'Neill,

thank you for the good negotiations. Attached are the agreed 2026 rates as a CSV for import into your billing system. Please refer to purchase agreement no. RV-2026-0113 on all invoices from 1 April.

Best regards
Daniel Lang
Central Procurement
Lindenhof Insurance Group""",
  att=[CSV("rates_2026_RV-2026-0113.csv", [
      ["item_code", "description", "vehicle_class", "net_eur", "valid_from"],
      ["WS-REP-01", "Stone chip repair (up to 2 chips)", "all", "69.00", "2026-04-01"],
      ["WS-REP-02", "Each additional chip", "all", "19.00", "2026-04-01"],
      ["WS-RPL-10", "Windscreen replacement, no sensors", "A/B", "389.00", "2026-04-01"],
      ["WS-RPL-11", "Windscreen replacement, rain/light sensor", "A/B", "449.00", "2026-04-01"],
      ["WS-RPL-20", "Windscreen replacement, ADAS camera incl. calibration", "C/D", "729.00", "2026-04-01"],
      ["WS-CAL-01", "Static camera calibration only", "all", "149.00", "2026-04-01"]], delim=",")])

M(SC, "de", "insurer-to-customer", "accident insurance claim of the addressee (personal line) acknowledged, even without medical words",
  F("unfall", "Lindenhof Leistung Unfall"), "Markus Pietsch <m.pietsch@freenet.example>",
  "Ihre Unfallmeldung – Schaden-Nr. UV-26-004512",
  f"""Sehr geehrter Herr Pietsch,

Ihre Unfallmeldung vom 03.02.2026 zu Ihrer Unfallversicherung Nr. 40-UV-1187734 ist bei uns eingegangen. Wir haben den Vorgang unter der Schaden-Nr. UV-26-004512 angelegt.

Den Fragebogen zum Unfallhergang haben wir Ihnen heute per Post geschickt. Bitte senden Sie ihn ausgefüllt und unterschrieben zurück.

{sig("c.meier")}""")

M(N, "de", "internal", "training invitation about handling health data in personal-injury claims; no individual concerned",
  S("n.schulte"), "Verteiler Schaden Kfz <vt.schaden.kfz@versicherer.example>",
  "Pflichtschulung: Gesundheitsdaten in der Kfz-Personenschadenregulierung",
  """Liebe Kolleginnen und Kollegen,

in der Kfz-Haftpflicht kommen bei Personenschäden regelmäßig Arztberichte, Atteste und Diagnosen ins Haus. Diese Daten sind besondere Kategorien nach Art. 9 DSGVO und unterliegen zusätzlich § 203 StGB. Wir frischen deshalb die Regeln auf:

- Arztberichte nie unverschlüsselt per E-Mail nach außen senden
- Schweigepflichtentbindung vor jeder Anfrage beim Arzt prüfen
- Beratungsärzte nur über das Portal beauftragen
- keine Diagnosen in Betreffzeilen

Termin: Dienstag, 17.03.2026, 13:30–14:30 Uhr, Teams. Die Teilnahme ist für alle Sachbearbeiter Personenschaden verpflichtend.

Viele Grüße
Nina Schulte
Datenschutzkoordination""",
  att=[ICS("Pflichtschulung_Gesundheitsdaten.ics", "Pflichtschulung Gesundheitsdaten Kfz-Personenschaden",
           "20260317T133000", "20260317T143000", location="Microsoft Teams-Besprechung",
           description="Teilnahme über den Link in der Einladung. Folien werden vorab im Intranet bereitgestellt.",
           organizer=("Nina Schulte", "n.schulte@versicherer.example"),
           attendees=[("Verteiler Schaden Kfz", "vt.schaden.kfz@versicherer.example")])])

M(C, "de", "insurer-to-broker", "vehicle change for a named client with VIN, registration and contract number",
  S("i.bauer"), "Maklerbüro Schmidt <info@maklerbuero-schmidt.example>",
  "AW: Fahrzeugwechsel Kunde Rüdiger Haas, KF 52-4419002",
  f"""Hallo Herr Schmidt,

Fahrzeugwechsel ist zum 01.03. umgestellt, neuer Nachtrag geht Ihnen über die Vermittlerpost zu. Beitrag ändert sich um +38,20 € jährlich (neue Typklasse VK 21).

Beste Grüße
Ines Bauer

{am_schrieb("26.02.2026 um 16:12", "Maklerbüro Schmidt")}
{q('''Hallo Frau Bauer,

unser Kunde Rüdiger Haas (VN-Nr. 1029384) tauscht zum 01.03.2026 sein Fahrzeug. Alt: VW Golf VII, OS-RH 66. Neu: VW ID.3 Pro, FIN WVWZZZE1ZPP034512, Kennzeichen OS-RH 66E (wird mitgenommen). Bitte VK mit 500 SB wie bisher.

Danke & Gruß
Holger Schmidt
Maklerbüro Schmidt GmbH – Ihr unabhängiger Versicherungsmakler
Große Straße 12, 49074 Osnabrück''')}""")

M(N, "de", "insurer-to-broker", "product information on a new motor tariff for brokers; no customer data",
  S("j.wolters"), ["Maklerbüro Schmidt <info@maklerbuero-schmidt.example>", "Finanzkontor Weser <kontakt@finanzkontor-weser.example>"],
  "Neuer Kfz-Tarif ab 01.04.2026 – Produktinformation für Vermittler",
  """Liebe Partnerinnen und Partner,

ab dem 01.04.2026 bieten wir den überarbeiteten Kfz-Tarif "Komfort 2026" an. Die wichtigsten Neuerungen:

* Rabattschutz jetzt auch in der Basis-Variante wählbar
* Neupreisentschädigung 36 statt 24 Monate
* Akku-Schutz für E-Fahrzeuge bis 20.000 €
* Wegfall der Werkstattbindung im Premium-Tarif

Die Produktinformation für Vermittler sowie die Courtagesätze finden Sie im Maklerportal unter Downloads. Das Produktblatt hängt als PDF an.

Freundliche Grüße
Jana Wolters
Maklerbetreuung Region Nord""",
  att=[PDF("Produktinfo_Kfz_Komfort_2026.pdf", [
      ("h", "Kfz-Versicherung Komfort 2026 – Produktinformation für Vermittler"),
      "Gültig für Neugeschäft ab 01.04.2026. Nur für den internen Gebrauch durch Vermittler.",
      ("table", [["Leistung", "Basis", "Komfort", "Premium"],
                 ["Neupreisentschädigung", "12 Monate", "24 Monate", "36 Monate"],
                 ["Rabattschutz", "optional", "optional", "inklusive"],
                 ["Akku-Schutz E-Fahrzeug", "-", "10.000 EUR", "20.000 EUR"],
                 ["Tierbiss inkl. Folgeschäden", "3.000 EUR", "10.000 EUR", "unbegrenzt"],
                 ["Werkstattbindung", "ja", "wählbar", "nein"]]),
      "Beispielbeitrag: Musterkunde, 40 Jahre, SF 10, VW Golf, Regionalklasse 7: Basis 498 EUR, Komfort 561 EUR, Premium 689 EUR jährlich.",
      "Alle Angaben ohne Gewähr. Maßgeblich sind die Versicherungsbedingungen AKB Komfort 2026."],
      title="Produktinformation Kfz Komfort 2026")])

M(C, "de", "insurer-to-customer", "cancellation confirmation naming the customer, contract number and registration",
  F("kfz.vertrag", "Lindenhof Kfz-Vertrag"), "heike.brunner@outlook.example",
  "Bestätigung Ihrer Kündigung",
  """Sehr geehrte Frau Brunner,

hiermit bestätigen wir die Kündigung Ihrer Kfz-Versicherung (Vers.-Nr. KF 49-2290871, Kennzeichen GÖ-HB 12) zum 31.12.2026 bzw. zum Tag der Abmeldung, falls früher. Bitte reichen Sie uns nach der Abmeldung die Abmeldebescheinigung ein.

Ihren Schadenfreiheitsrabatt (SF 14) können Sie innerhalb von 12 Monaten auf einen neuen Vertrag übertragen.

Schade, dass Sie gehen – wir würden uns freuen, Sie wieder begrüßen zu dürfen.

Ihr Lindenhof Vertragsservice""")

M(SC, "en", "customer-to-insurer", "UK claimant sends physiotherapy invoice for whiplash treatment after a car accident",
  "Oliver Bennett <oliver.bennett@btinternet.example>", S("m.becker"),
  "Claim KH-2026-0007731 - physio invoices",
  """Dear Mr Becker,

as promised on the phone, here are the details of the physiotherapy I had back home in Leeds after the collision on the A2 near Hannover in December.

8 sessions at Headingley Physio Clinic between 5 Jan and 20 Feb 2026, GBP 55 each, GBP 440 in total. The physio's notes say whiplash-associated disorder grade II, reduced rotation to the left, and she has recommended another 4 sessions. My GP also put me on naproxen 500mg twice a day for two weeks and I was signed off work for 10 days (fit note attached to my last mail).

Bank details for the reimbursement:
Account name: Oliver J Bennett
Sort code: 20-45-77  Account: 41288017

Could you let me know if you need the original receipts by post?

Many thanks,
Oliver Bennett""")

M(N, "en", "reinsurer-to-insurer", "aggregate motor bodily-injury statistics from a reinsurer; no individual",
  "Claire Dubois <claire.dubois@alpine-re.example>", S("p.lindqvist"),
  "Motor BI trend note Q4 2025",
  """Hi Peter,

ahead of our renewal meeting, a short summary of what we see across our German motor portfolio (cedent data pooled, n = 14 cedents):

- Bodily injury claims frequency: +3.2 % yoy
- Average cost per BI claim: EUR 21,430 (+7.9 %), driven by care costs and loss of earnings
- Large losses > EUR 1m: 41 (2024: 33), of which 9 with severe brain injury and lifelong care
- Whiplash share of BI claims stable at approx. 38 %

We will share the full report with the anonymised large-loss list next week. None of this is cedent-specific.

Best,
Claire

Claire Dubois
Senior Treaty Underwriter Motor & Casualty
Alpine Re Ltd, Zurich Branch""")

M(C, "de", "insurer-to-insurer", "recourse request naming the opposing driver, his policy and claim numbers",
  S("m.becker"), "Regress Kraftfahrt <regress@rheintal-versicherung.example>",
  "Regressforderung § 86 VVG – Ihr VN Kevin Lorenz, Ihr Az. 77-K-20251209",
  """Sehr geehrte Damen und Herren,

in der Schadensache vom 09.12.2025 (Kreuzung Vahrenwalder Str./Dragonerstraße, Hannover) haben wir als Vollkaskoversicherer unseres VN einen Betrag von 7.842,19 € reguliert.

Ihr Versicherungsnehmer Kevin Lorenz, Fahrzeug H-KL 733, hat das Rotlicht missachtet; die Haftung ist nach der polizeilichen Unfallaufnahme (Vorgangs-Nr. 2025/118832) unstreitig. Wir bitten um Erstattung auf unser Konto unter Angabe unseres Zeichens KS-2025-0399812 bis zum 20.03.2026.

Die Rechnungsbelege finden Sie in der Anlage.

Mit freundlichen Grüßen
Martin Becker""",
  att=[ODT("Regressaufstellung_KS-2025-0399812.odt", [
      ("h", "Regressaufstellung KS-2025-0399812"),
      "Anspruchsgegner: Rheintal Versicherung AG, VN Kevin Lorenz, Kennzeichen H-KL 733",
      ("table", [["Position", "Beleg", "Betrag"],
                 ["Reparatur lt. Rechnung Autohaus Nord", "RE 2026-00311", "6.912,44 €"],
                 ["Sachverständigenkosten", "G-2025-4471", "689,75 €"],
                 ["Abschleppkosten", "AS-88120", "240,00 €"],
                 ["Summe", "", "7.842,19 €"]])])])

M(N, "de", "insurer-to-public", "general marketing mail without personal data",
  F("marketing", "Lindenhof Versicherung"), "interessenten@verteiler.example",
  "Saisonkennzeichen? Motorrad jetzt versichern und ab April losfahren",
  """Die Tage werden länger – Zeit für die erste Ausfahrt!

Mit der Lindenhof Motorradversicherung sind Sie auch mit Saisonkennzeichen rundum geschützt:
→ Ruheversicherung außerhalb der Saison beitragsfrei
→ Schutzkleidung bis 2.000 € mitversichert
→ Rabattretter für Ihren Schadenfreiheitsrabatt

Jetzt Beitrag berechnen: www.lindenhof-versicherung.example/motorrad

Sie erhalten diese E-Mail, weil Sie sich für Informationen zu unseren Produkten angemeldet haben. Abmeldung jederzeit über den Link im Footer.""")

M(C, "de", "insurer-to-customer", "transfer of a no-claims bonus to the named daughter with her date of birth and licence date",
  S("i.bauer"), "Reinhard Köster <r.koester@web.example>", "Übertragung Schadenfreiheitsrabatt auf Ihre Tochter",
  """Sehr geehrter Herr Köster,

vielen Dank für die unterschriebene Übertragungserklärung. Damit wir den Schadenfreiheitsrabatt aus Ihrem Vertrag KF 40-1177352 auf Ihre Tochter übertragen können, fehlt uns noch die Kopie ihres Führerscheins.

Zur Kontrolle unsere Daten:
Lena Köster, geb. 14.05.2001, Führerschein Klasse B seit 22.06.2019
Übertragbar sind maximal so viele schadenfreie Jahre, wie Ihre Tochter die Fahrerlaubnis besitzt – also 6 Jahre (SF 6). Die übrigen Jahre verbleiben nicht bei Ihnen, da Ihr Vertrag mit der Übertragung endet.

Freundliche Grüße
Ines Bauer""")

M(N, "de", "internal", "one-line availability note between colleagues",
  S("i.bauer"), S("m.becker"), "HO heute",
  "Bin heute im HO, erreichbar über Teams. VG Ines")

M(SC, "de", "insurer-to-hospital", "request to a hospital for a treatment report on a named injured pedestrian with consent form",
  S("s.yilmaz"), "Patientenverwaltung Klinikum Nord <patientenverwaltung@klinikum-nord.example>",
  "Anforderung Behandlungsbericht – Patient Elias Brandt, geb. 02.03.2012",
  """Sehr geehrte Damen und Herren,

der minderjährige Elias Brandt, geb. 02.03.2012, wurde am 27.01.2026 nach einem Verkehrsunfall mit unserem Versicherungsnehmer in Ihre Kinderchirurgie aufgenommen. Zur Regulierung der Ansprüche bitten wir um einen kurzen Behandlungsbericht (Verletzungen, Dauer des stationären Aufenthalts, voraussichtliche Folgen).

Die Schweigepflichtentbindung der Sorgeberechtigten liegt bei. Ihre Kosten erstatten wir nach GOÄ bzw. JVEG.

Unser Zeichen: KH-2026-0012877

Mit freundlichen Grüßen
Serkan Yilmaz
Schadenregulierung Haftpflicht""",
  att=[PDF("Schweigepflichtentbindung_Brandt.pdf", [
      ("h", "Erklärung zur Entbindung von der Schweigepflicht"),
      "Hiermit entbinden wir, Katrin und Tobias Brandt, als gesetzliche Vertreter unseres Sohnes Elias Brandt (geb. 02.03.2012), die behandelnden Ärzte des Klinikums Nord von der Schweigepflicht gegenüber der Lindenhof Allgemeine Versicherung AG, soweit es um die Folgen des Unfalls vom 27.01.2026 geht.",
      "Die Erklärung gilt für Auskünfte über Diagnosen, Behandlung und Prognose.",
      "Laatzen, 05.02.2026",
      "gez. Katrin Brandt        gez. Tobias Brandt"], title="Schweigepflichtentbindung")])

M(C, "de", "insurer-to-garage", "payment note to a garage naming the customer, claim number and registration",
  S("m.becker"), "Autohaus Nord GmbH – Serviceannahme <service@autohaus-nord.example>",
  "Zahlungsavis Rechnung 2026-00311 / Schaden KS-2026-0031144 / Kunde Tanja Seifert",
  """Sehr geehrte Damen und Herren,

zu Ihrer Reparaturrechnung Nr. 2026-00311 vom 12.02.2026 (Fahrzeug H-TS 5120, Halterin Tanja Seifert) überweisen wir heute 4.118,07 € netto. Die Mehrwertsteuer rechnet Frau Seifert als vorsteuerabzugsberechtigte Unternehmerin selbst ab. Die Selbstbeteiligung von 300 € stellen Sie bitte der Kundin direkt in Rechnung.

Mit freundlichen Grüßen
Martin Becker""")

M(N, "en", "internal", "IT security warning about phishing; fake invoice numbers only",
  "IT Security <it-security@versicherer.example>", "All staff <all-staff@versicherer.example>",
  "Phishing alert: fake 'overdue invoice' mails",
  """Dear colleagues,

since this morning we have seen a wave of mails with the subject "Overdue invoice INV-2026-88412 – final reminder". The attachment is a ZIP with a malicious script.

What to do:
- Do not open the attachment.
- Use the "Report phishing" button in Outlook.
- If you already opened it, call the Service Desk immediately: ext. 9000.

Thank you for staying alert.
IT Security""")

M(SC, "en", "insurer-to-customer", "hospital daily allowance paid under the addressee's accident policy (personal line) with hospital stay dates",
  S("c.meier"), "Anja Schröder <anja.schroeder@icloud.example>", "Your accident insurance claim UV-26-002207 – payment",
  f"""Dear Ms Schröder,

as requested we are writing to you in English.

Under your accident insurance policy 40-UV-0995310 we have paid the hospital daily allowance for your stay at Klinikum Nord from 12 to 17 January 2026 (6 days x EUR 50.00 = EUR 300.00) to your account ending in …4417.

For the assessment of a possible permanent impairment we will contact you again one year after the accident at the latest. Please send us the final medical report of your orthopaedic surgeon as soon as you have it.

{sig("c.meier", "en", foot=False)}""")

M(C, "en", "insurer-to-customer", "green card request: customer name, registration and motor policy number",
  S("i.bauer"), "Arben Krasniqi <arben.krasniqi@gmail.example>", "Green card for your trip to Albania and Kosovo",
  """Hello Mr Krasniqi,

attached you will find the International Motor Insurance Card (green card) for your vehicle D-AK 4410, policy KF 63-5500812, valid until 30.09.2026. Albania (AL) and Kosovo (RKS) are included; for Kosovo please note that a border insurance may still be demanded at the border.

Please print the card and keep it in the car.

Have a good trip,
Ines Bauer
Motor Contracts – Lindenhof Insurance""",
  att=[PDF("Green_Card_D-AK4410.pdf", [
      ("h", "International Motor Insurance Card / Internationale Versicherungskarte"),
      ("table", [["Field", "Entry"],
                 ["Valid from / to", "01.04.2026 - 30.09.2026"],
                 ["Country / Insurer code", "D / 5621"],
                 ["Card number", "D/5621/KF63550081/2026"],
                 ["Registration", "D-AK 4410"],
                 ["Category / Make", "A - Passenger car / Audi A4 Avant"],
                 ["Policyholder", "Arben Krasniqi, Kölner Landstraße 201, 40591 Düsseldorf"]]),
      "Territorial validity: all countries not crossed out, incl. AL, RKS, MNE, SRB."], title="Green card")])

M(N, "de", "insurer-to-supplier", "purchase order for office furniture with order and invoice numbers, no person data",
  S("d.lang"), "Vertrieb Büromöbel Hasse <vertrieb@bueromoebel-hasse.example>",
  "Bestellung 4500178823 – Bürodrehstühle Standort Hannover",
  """Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-0077 die in der Anlage aufgeführten Artikel. Bitte geben Sie auf der Rechnung unsere Bestellnummer 4500178823 und die Kostenstelle 4711 an. Lieferung bitte an Warenannahme Tor 2, Lindenallee 16, Anlieferung Mo–Do 7–14 Uhr.

Mit freundlichen Grüßen
Daniel Lang
Zentraleinkauf""",
  att=[ODS("Bestellung_4500178823.ods", [
      ["Pos", "Artikel-Nr", "Bezeichnung", "Menge", "Einzelpreis netto", "Gesamt netto"],
      [10, "DS-7720-SW", "Bürodrehstuhl ErgoPro, Stoff schwarz", 24, 312.5, 7500.0],
      [20, "AL-0012", "Armlehnen 4D, Paar", 24, 41.0, 984.0],
      [30, "MT-0400", "Montage und Verpackungsentsorgung", 1, 180.0, 180.0]])])

M(C, "de", "insurer-to-customer", "theft claim: named customer, claim number, registration, keys requested",
  F("schaden.kfz", "Lindenhof Kfz-Schaden"), "Dr. Volker Anders <v.anders@anders-consult.example>",
  "Fahrzeugdiebstahl – Ihre Schadennummer KS-2026-0061320",
  None,
  html=page(f"""<p>Sehr geehrter Herr Dr. Anders,</p>
<p>wir bedauern den Diebstahl Ihres Fahrzeugs. Zur Bearbeitung haben wir folgende Daten erfasst:</p>
{table([["Schaden-Nr.", "KS-2026-0061320"], ["Versicherungsschein-Nr.", "KF 57-0018823"], ["Fahrzeug", "Porsche Macan S, HH-VA 911"], ["Tatzeit", "in der Nacht 03./04.03.2026"], ["Polizeiliches Aktenzeichen", "LKA 4/2026/118733"]], header=False)}
<p><b>Bitte senden Sie uns per Post:</b></p>
<ul><li>alle Fahrzeugschlüssel (auch Zweitschlüssel),</li><li>die Zulassungsbescheinigung Teil II,</li><li>den ausgefüllten Fragebogen zum Fahrzeugdiebstahl.</li></ul>
<p>Nach Ablauf der Monatsfrist (§ 13 AKB) regulieren wir den Wiederbeschaffungswert, sofern das Fahrzeug nicht wieder auftaucht.</p>
<p>Mit freundlichen Grüßen<br>Ihr Lindenhof Kfz-Schaden-Team</p>"""), date="2026-03-05 12:01")

M(N, "de", "insurer-to-public", "press release with aggregate accident statistics; trap with injury words",
  S("l.fischer"), ["redaktion@hannoversche-zeitung.example", "newsdesk@wirtschaftsdienst.example"],
  "Pressemitteilung: Lindenhof registriert 11 Prozent mehr Wildunfälle",
  """PRESSEMITTEILUNG

Hannover, 12. März 2026 – Die Lindenhof Versicherungsgruppe hat 2025 rund 8.900 Wildunfälle reguliert, 11 Prozent mehr als im Vorjahr. Der durchschnittliche Schaden stieg auf 3.610 Euro. In 212 Fällen wurden Menschen verletzt, überwiegend Motorradfahrer mit Prellungen und Knochenbrüchen.

"Vor allem im Frühjahr und Herbst sollten Autofahrer in Waldgebieten den Fuß vom Gas nehmen", sagt Claudia Brenner, Vorstandsvorsitzende der Lindenhof Versicherungsgruppe.

Regional am stärksten betroffen waren die Landkreise Celle, Uelzen und Lüneburg.

Pressekontakt:
Laura Fischer, Unternehmenskommunikation
Telefon 0511 4470-1500, presse@versicherer.example""")

M(SC, "de", "insurer-to-doctor", "MRI findings (disc herniation L4/5) of a named injured driver sent to the medical advisor",
  S("m.becker"), "Dr. med. Harald Quast <beratung@dr-quast-gutachten.example>",
  "Nachfrage Kausalität – Anspruchsteller Uwe Rademacher (KH-2025-0920114)",
  """Hallo Herr Dr. Quast,

kurze Nachfrage zu Herrn Rademacher (Unfall 14.11.2025, Auffahrunfall, ca. 15 km/h Differenzgeschwindigkeit): Laut MRT der LWS vom 02.01.2026 besteht ein Bandscheibenvorfall L4/5 mit Kontakt zur Wurzel L5 links. Vorbefunde aus 2021 (Lumbago, mehrfach AU) hat uns die Krankenkasse inzwischen übermittelt.

Kann der Vorfall aus Ihrer Sicht unfallbedingt sein, oder sprechen die Vorbefunde für eine degenerative Genese? Er ist seit dem Unfall durchgehend krankgeschrieben und verlangt Verdienstausfall.

Danke und Gruß
Martin Becker""")

M(C, "de", "insurer-to-customer", "payment reminder with amount, contract number and named customer",
  F("inkasso", "Lindenhof Beitragsservice"), "Sven Hilgers <sven.hilgers@web.example>",
  "Zahlungserinnerung – Vertrag KF 44-9901345",
  None,
  html=page("""<p>Sehr geehrter Herr Hilgers,</p>
<p>leider konnten wir den fälligen Beitrag für Ihre Kfz-Versicherung noch nicht verbuchen. Die Lastschrift wurde von Ihrer Bank mit dem Grund „Konto erloschen" zurückgegeben.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Vertrag</th><th>Fälligkeit</th><th>Beitrag</th><th>Rücklastschriftgebühr</th><th>offen</th></tr>
<tr><td>KF 44-9901345</td><td>01.03.2026</td><td>58,12 €</td><td>3,00 €</td><td><b>61,12 €</b></td></tr>
</table>
<p>Bitte überweisen Sie den Betrag bis zum 27.03.2026 und teilen Sie uns Ihre neue Bankverbindung mit. Bei Zahlungsverzug kann der Versicherungsschutz gefährdet sein (§ 38 VVG).</p>
<p>Freundliche Grüße<br>Lindenhof Beitragsservice</p>"""), date="2026-03-13 05:30")

M(N, "en", "insurer-to-broker", "meeting invitation for a fleet programme renewal call between companies",
  S("p.lindqvist"), ["James Whitfield <j.whitfield@marsden-broking.example>"], "Renewal call – Nordic Freight fleet programme",
  """Hi James,

as discussed, let's do the renewal call for the Nordic Freight fleet programme on 24 March at 15:00 CET. Invite attached; dial-in details are in the calendar entry. I will bring the updated loss ratio figures for the programme (no individual claims).

Best,
Peter""",
  att=[ICS("renewal_call.ics", "Renewal call Nordic Freight fleet programme", "20260324T150000", "20260324T160000",
           location="Teams", description="Agenda: 1) loss ratio 2023-2025 2) rating for 2026/27 3) EV equipment",
           organizer=("Peter Lindqvist", "p.lindqvist@versicherer.example"),
           attendees=[("James Whitfield", "j.whitfield@marsden-broking.example"), ("Robert Kowalski", "r.kowalski@versicherer.example")])])

M(C, "de", "insurer-to-customer", "bland body; the attached letter names the customer, contract number and new SF class after a claim",
  F("kfz.vertrag", "Lindenhof Kfz-Vertrag"), "Karl-Heinz Dreyer <kh.dreyer@t-online.example>",
  "Unser Schreiben vom 16.03.2026",
  """Guten Tag,

anbei erhalten Sie unser Schreiben zu Ihrer Anfrage. Bei Fragen melden Sie sich gern.

Freundliche Grüße
Ihr Lindenhof Vertragsservice""",
  att=[DOCX("Schreiben_2026-03-16.docx", [
      "Lindenhof Allgemeine Versicherung AG · Lindenallee 12–16 · 30159 Hannover",
      "Herrn Karl-Heinz Dreyer\nAm Bahndamm 7\n38518 Gifhorn",
      "Hannover, 16.03.2026",
      ("h", "Rückstufung Ihres Schadenfreiheitsrabatts – Vers.-Nr. KF 39-0448176", 2),
      "Sehr geehrter Herr Dreyer,",
      "aufgrund des regulierten Haftpflichtschadens vom 08.11.2025 (Schaden-Nr. KH-2025-0871220) wird Ihr Vertrag zum 01.01.2027 von SF 18 in SF 9 zurückgestuft. Der Beitrag steigt dadurch von 312,40 € auf voraussichtlich 447,90 € jährlich.",
      "Sie können die Rückstufung vermeiden, indem Sie uns den Schadenbetrag von 2.310,55 € innerhalb von sechs Monaten erstatten.",
      "Mit freundlichen Grüßen\nLindenhof Allgemeine Versicherung AG"], author="Vertragsservice Kfz")])

M(N, "de", "supplier-to-insurer", "car dealer announces new opening hours; no person data",
  "Autohaus Nord GmbH <info@autohaus-nord.example>", "schaden.kfz@versicherer.example",
  "Neue Öffnungszeiten unserer Serviceannahme ab April",
  """Sehr geehrte Partner,

ab dem 1. April ist unsere Serviceannahme montags bis freitags von 6:30 bis 19:00 Uhr und samstags von 8:00 bis 13:00 Uhr für Sie da. Schadenbesichtigungen durch Sachverständige sind weiterhin nach Terminvereinbarung möglich.

Mit freundlichen Grüßen
Ihr Team vom Autohaus Nord
Vahrenwalder Straße 300 · 30179 Hannover
Geschäftsführer: Till Hagemann · HRB 55120 AG Hannover""")

M(SC, "de", "insurer-to-customer", "quoted customer mail mentions 3 weeks of sick leave after the accident (health information) in a motor claim",
  S("m.becker"), "Ralf Jankowski <ralf.jankowski@gmx.example>", "AW: Verdienstausfall nach Unfall",
  f"""Sehr geehrter Herr Jankowski,

für die Berechnung des Verdienstausfalls benötigen wir die Verdienstbescheinigung Ihres Arbeitgebers für die drei Monate vor dem Unfall sowie die Bescheinigung der Krankenkasse über das gezahlte Krankengeld. Die AU-Bescheinigungen haben wir erhalten.

Mit freundlichen Grüßen
Martin Becker

{am_schrieb("Di., 17. März 2026 um 20:51", "Ralf Jankowski <ralf.jankowski@gmx.example>")}
{q('''Hallo Herr Becker,

wie besprochen schicke ich Ihnen die Krankmeldungen. Ich war nach dem Unfall 3 Wochen krankgeschrieben wegen der Rippenprellung und dem Knie, ab 10.02. dann nochmal eine Woche weil die Schmerzen beim Arbeiten (ich bin Dachdecker) zu stark waren. Jetzt gehe ich 2x die Woche zur Physio.
Wie bekomme ich den Lohnausfall ersetzt?

Mfg Ralf Jankowski
Schaden-Nr. KH-2026-0009918''')}""")

M(C, "en", "insurer-to-customer", "claim payout to a newly given foreign bank account (GB IBAN) of a named customer",
  S("a.demir"), "Hannah Wright <hannah.wright@outlook.example>", "RE: New bank account for claim HR-26-0031167",
  f"""Dear Ms Wright,

thank you, we have noted your new bank details for the payment of your household contents claim HR-26-0031167:

Account holder: Hannah Wright
IBAN: {iban("GB", "NWBK60161331926819", group=4)}
BIC: NWBKGB2L

The payment of EUR 1,284.00 will be made within the next three working days.

Kind regards
Aylin Demir
Claims Household/Buildings

{orig_en("Hannah Wright", "Tuesday, March 24, 2026 8:14 PM", "schaden.sach@versicherer.example", "New bank account")}
Hi, I have closed my German account as I'm moving back to the UK. Please pay the compensation for the stolen bike to my UK account instead (details above). Policy HR 30-5512094.
Thanks, Hannah""")
