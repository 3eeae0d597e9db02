# Batch 6: commercial, transport, engineering, international programmes
from .common import *

M(N, "en", "insurer-to-broker", "property submission for a manufacturing company; corporate data only",
  S("r.kowalski"), "James Whitfield <j.whitfield@marsden-broking.example>", "Heller Maschinenbau – property renewal 2026/27: our questions",
  """Hi James,

thanks for the submission. Before we can quote the property/BI renewal for Heller Maschinenbau we need:

1. Updated sprinkler inspection report for hall 3 (VdS, last one expired 11/2025)
2. Confirmation that the hot-work permit system is in place after the 2024 fire
3. BI sum insured split by location – see attached schedule, column F is empty for Sarstedt

Limits remain as expiring. Target: indication by 17 April.

Best regards
Robert""",
  att=[XLSX("Heller_SOV_2026.xlsx", [
      ("Locations", [["Loc", "Address", "Occupancy", "Buildings EUR", "Contents EUR", "BI EUR (12 m)", "Sprinklered"],
                     [1, "Industriestraße 8, Hildesheim", "Machining, assembly", 18500000, 24200000, 31000000, "yes"],
                     [2, "Gewerbepark 3, Sarstedt", "Warehouse", 6200000, 9800000, "", "partly"],
                     [3, "Am Hafen 12, Hildesheim", "Paint shop", 4100000, 3500000, 6000000, "yes"]])],
      author="Underwriting")])

M(N, "en", "reinsurer-to-insurer", "treaty renewal figures (loss ratios, rates) between companies; no person",
  "Markus Frei <m.frei@alpine-re.example>", S("p.lindqvist"), "Property cat XL 2026 – firm order terms",
  """Dear Peter,

please find our firm order terms for the property cat XL programme 2026:

Layer 1: EUR 30m xs 40m – ROL 11.5 % (expiring 12.0 %)
Layer 2: EUR 60m xs 70m – ROL 6.2 %
Layer 3: EUR 80m xs 130m – ROL 3.4 %
Reinstatement: 1 @ 100 %

Our share: 20 % on all layers. Hours clause 72 h for windstorm, 168 h for flood.

Best regards
Markus""")

M(N, "en", "surveyor-to-insurer", "cargo damage survey for a company shipment; B/L and container numbers, no natural person's data",
  "Survey Desk <surveys@hanse-marine-surveyors.example>", S("h.petersen"), "Survey report HMS-26-0441 – container MSKU 7712040",
  """Dear Mr Petersen,

attached is our survey report for the damaged shipment of CNC machines (consignee: Heller Maschinenbau GmbH & Co. KG, B/L MAEU 2300918817, container MSKU 7712040, vessel "Maersk Elba", discharged Hamburg CTA on 3 March 2026).

Findings in brief: seawater ingress through a damaged container roof; corrosion on two of four machines; salvage value of the affected machines approx. 15 %. Recommended reserve: EUR 410,000.

Kind regards
Hanse Marine Surveyors""",
  att=[ZIP("HMS-26-0441.zip", [
      PDF("HMS-26-0441_report.pdf", [("h", "Survey report HMS-26-0441"),
                                     ("table", [["Item", "Condition", "Estimated loss EUR"], ["CNC lathe L-220 (1)", "heavy corrosion", "180,000"],
                                                ["CNC lathe L-220 (2)", "heavy corrosion", "176,000"], ["Milling centre M-5 (1)", "sound", "0"],
                                                ["Milling centre M-5 (2)", "minor rust on base", "54,000"]]),
                                     "Cause: container roof perforation approx. 4 cm, probably pre-existing. Recovery against carrier recommended."],
          title="Survey report"),
      JPG("MSKU7712040_roof.jpg", label="roof"), JPG("MSKU7712040_lathe.jpg", label="lathe")])])

M(N, "en", "insurer-to-company", "site visit invitation for a wind farm construction project; no person data",
  S("r.kowalski"), "Project Office Windpark Elbmarsch <projects@elbmarsch-wind.example>", "CAR risk survey – site visit 22 April",
  """Dear Ms Andersen,

as part of the contractors' all risks cover for the Elbmarsch wind farm (12 x 5.6 MW) we would like to visit the site with our engineering surveyor. Proposed: Wednesday 22 April, 10:00, meeting at the site office. Calendar invite attached.

Please make sure PPE is available for two visitors.

Kind regards
Robert Kowalski""",
  att=[ICS("Site_visit_Elbmarsch.ics", "CAR survey site visit Windpark Elbmarsch", "20260422T100000", "20260422T140000",
           location="Baustellenbüro Windpark Elbmarsch, Deichstraße, 21423 Winsen", organizer=("Robert Kowalski", "r.kowalski@versicherer.example"),
           attendees=[("Project Office", "projects@elbmarsch-wind.example")])])

M(N, "de", "company-to-insurer", "annual turnover declaration for an open cargo policy of a company",
  "Buchhaltung Bremer Kaffeerösterei <fibu@bremer-kaffee.example>", "transport@versicherer.example", "Umsatzmeldung 2025 – Generalpolice T-88-0117",
  """Sehr geehrte Damen und Herren,

anbei die Umsatzmeldung 2025 für unsere Generalpolice T-88-0117 (Warentransport, Import Rohkaffee).

Mit freundlichen Grüßen
Buchhaltung
Bremer Kaffeerösterei GmbH""",
  att=[ODS("Umsatzmeldung_2025_T-88-0117.ods", [
      ["Verkehr", "Transportmittel", "Versicherte Werte EUR", "Prämiensatz ‰", "Prämie EUR"],
      ["Brasilien – Bremerhaven", "Seefracht Container", 4120000, 0.9, 3708],
      ["Vietnam – Hamburg", "Seefracht Container", 2870000, 0.9, 2583],
      ["Äthiopien – Hamburg", "Seefracht Container", 610000, 1.2, 732],
      ["Lager Bremen – Kunden DE", "Lkw", 9300000, 0.3, 2790]])])

M(N, "en", "broker-to-insurer", "D&O wording question from a broker; generic",
  "James Whitfield <j.whitfield@marsden-broking.example>", S("r.kowalski"), "D&O – insolvency exclusion wording",
  """Robert,

quick wording question: does your 2026 D&O form still exclude claims brought by the insolvency administrator under § 15b InsO, or has that been softened like in the market? Several of our mid-cap clients are asking.

Cheers
James""")

M(N, "en", "insurer-to-broker", "cyber incident notification for a corporate client; mentions a data breach but lists no individual's data",
  S("r.kowalski"), "James Whitfield <j.whitfield@marsden-broking.example>", "Cyber policy CY 12-0448 – Nordlicht Logistik: incident notice received",
  """James,

we have received the incident notification from Nordlicht Logistik GmbH (ransomware, detected 28 March 2026, 03:40). Our incident response partner is on site since this morning. According to the first forensic findings, the attackers exfiltrated parts of the HR file share, which may contain personal data of employees; the client is preparing the Art. 33 GDPR notification to the authority.

Covered costs so far: forensics, legal counsel for the notification, business interruption after the 12-hour waiting period. Please remind the client not to negotiate with the attackers without our consent.

Robert""")

M(N, "de", "insurer-to-company", "machinery breakdown claim of a bakery company; no natural person",
  S("r.kowalski"), "Backhaus Sommerfeld GmbH <verwaltung@backhaus-sommerfeld.example>", "Maschinenbruch Etagenofen – Schaden MB-2026-0019",
  """Sehr geehrte Damen und Herren,

den Ausfall des Etagenofens in Ihrer Produktionsstätte in Garbsen haben wir als Maschinenbruchschaden zur Police MB 30-0078 aufgenommen. Der Sachverständige Herr Wallmann meldet sich morgen bei Ihnen.

Bitte heben Sie die defekte Heizregisterplatte auf. Eine Reparatur kann sofort beauftragt werden, sofern die Kosten 8.000 € nicht übersteigen.

Mit freundlichen Grüßen
Robert Kowalski""")

M(N, "en", "insurer-to-company", "loss-prevention newsletter about sprinkler maintenance; no person",
  F("risk.engineering", "Lindenhof Risk Engineering"), "commercial-clients@verteiler.versicherer.example", "Risk Engineering Bulletin: sprinkler impairments",
  """Risk Engineering Bulletin – April 2026

Impaired sprinkler systems are behind a significant share of large fire losses. Before shutting down any part of a sprinkler system:
- notify your insurer and the fire brigade,
- limit the impairment in time and area,
- stop hot work and other hazardous processes in the affected area,
- assign a fire watch.

Download our impairment checklist at www.lindenhof-versicherung.example/risk-engineering.""")

M(N, "de", "internal", "underwriting guideline update as PDF; no person",
  S("r.kowalski"), "Underwriting Firmenkunden <uw.firmen@versicherer.example>", "Zeichnungsrichtlinie Sach Gewerbe – Version 2026.1",
  """Hallo zusammen,

die aktualisierte Zeichnungsrichtlinie gilt ab 01.04.2026. Wesentliche Änderungen: Photovoltaik auf Dächern mit brennbarer Dämmung nur mit Risikobesichtigung, Zeichnungsgrenze für Lagerhallen ohne Sprinkler auf 10 Mio. € gesenkt.

Robert""",
  att=[PDF("Zeichnungsrichtlinie_Sach_Gewerbe_2026-1.pdf", [
      ("h", "Zeichnungsrichtlinie Sach Gewerbe 2026.1"),
      ("table", [["Risiko", "Zeichnungsgrenze", "Besichtigung"], ["Büro/Verwaltung", "50 Mio. EUR", "ab 20 Mio."],
                 ["Lager ohne Sprinkler", "10 Mio. EUR", "immer"], ["Holzverarbeitung", "5 Mio. EUR", "immer"],
                 ["PV auf brennbarer Dämmung", "nach Besichtigung", "immer"]]),
      "Abweichungen bedürfen der Zustimmung der Abteilungsleitung."], title="Zeichnungsrichtlinie")])

M(N, "en", "surveyor-to-insurer", "marine surveyor's invoice with invoice numbers; no natural person's data",
  "Accounts <accounts@hanse-marine-surveyors.example>", "kreditoren@versicherer.example", "Invoice HMS-INV-2026-0217",
  """Dear Sir or Madam,

please find attached our invoice HMS-INV-2026-0217 for survey HMS-26-0441 (your ref. TR-2026-0038).

Amount: EUR 2,380.00 plus VAT. Payment terms: 30 days net.

Kind regards
Accounts Department, Hanse Marine Surveyors GmbH""",
  att=[PDF("HMS-INV-2026-0217.pdf", [("h", "Invoice HMS-INV-2026-0217"),
                                     ("table", [["Description", "Qty", "EUR"], ["Survey attendance CTA Hamburg", "6 h", "1,140.00"],
                                                ["Report and photo documentation", "1", "980.00"], ["Travel costs", "1", "260.00"],
                                                ["Net", "", "2,380.00"], ["VAT 19 %", "", "452.20"], ["Total", "", "2,832.20"]])],
      title="Invoice")])

M(N, "de", "insurer-to-supplier", "maintenance contract order for air conditioning; no personal data",
  S("d.lang"), "Kältetechnik Brauer GmbH <service@kaelte-brauer.example>", "Auftrag Wartungsvertrag RLT-Anlagen 2026–2028",
  """Sehr geehrter Herr Brauer,

auf Basis Ihres Angebots AN-2026-0088 vom 04.03.2026 beauftragen wir Sie mit der Wartung der RLT- und Klimaanlagen am Standort Lindenallee für die Jahre 2026 bis 2028. Bestellnummer: 4500179014. Bitte stimmen Sie die Termine mit unserem Haustechniker ab.

Mit freundlichen Grüßen
Daniel Lang""")

M(N, "en", "reinsurer-to-insurer", "catastrophe model results (PML) for the portfolio; aggregates only",
  "Cat Analytics <cat.analytics@alpine-re.example>", S("p.lindqvist"), "Cat modelling results 2026 – Lindenhof",
  """Dear Peter,

modelling results on your 1 January 2026 exposure data (vendor model v23, near-term catalogue):

Return period   Windstorm PML   Flood PML
1 in 100        EUR 118m        EUR 64m
1 in 200        EUR 151m        EUR 92m
1 in 250        EUR 163m        EUR 101m

Average annual loss windstorm: EUR 14.8m. Data quality score: B+ (geocoding at street level for 94 % of sums insured).

Best
Cat Analytics team""")

M(N, "de", "insurer-to-company", "newsletter on business interruption for commercial customers; no person",
  F("firmenkunden", "Lindenhof Firmenkunden"), "gewerbekunden@verteiler.versicherer.example", "Betriebsunterbrechung: Ist Ihre Versicherungssumme noch richtig?",
  """Liebe Unternehmerinnen und Unternehmer,

gestiegene Kosten und längere Lieferzeiten für Maschinen verlängern die Unterbrechung nach einem Schaden. Prüfen Sie deshalb:
1. Entspricht die Versicherungssumme dem Rohertrag eines Jahres?
2. Reicht die Haftzeit von 12 Monaten noch aus – oder brauchen Sie 18 oder 24?
3. Sind Rückwirkungsschäden bei Lieferanten mitversichert?

Ihr Ansprechpartner berät Sie gern.""")

M(N, "en", "insurer-to-broker", "instructions for local policy issuance in an international programme; companies only",
  S("p.lindqvist"), "James Whitfield <j.whitfield@marsden-broking.example>", "Heller international programme – local policies PL and CZ",
  """James,

local policies for the Polish and Czech subsidiaries will be issued by our network partners. Instruction letter attached – please check the local limits and the premium allocation.

Peter""",
  att=[DOCX("Instruction_letter_Heller_IP_2026.docx", [
      ("h", "International programme – instruction letter"),
      ("table", [["Country", "Local entity", "Network partner", "Local limit EUR", "Premium EUR"],
                 ["Poland", "Heller Polska Sp. z o.o.", "Partner PL", "25,000,000", "38,400"],
                 ["Czech Republic", "Heller CZ s.r.o.", "Partner CZ", "15,000,000", "21,900"]]),
      "Master policy: Lindenhof Allgemeine, property/BI, DIC/DIL applies.",
      "Please issue local policies with effect from 1 July 2026 and confirm by 15 June."], author="P. Lindqvist")])

M(N, "de", "internal", "minutes of an underwriting committee about corporate risks; no natural person",
  S("r.kowalski"), "Zeichnungsausschuss <zeichnungsausschuss@versicherer.example>", "Protokoll Zeichnungsausschuss 24.03.2026",
  """Anbei das Protokoll der gestrigen Sitzung. Einwände bitte bis Freitag.

Robert""",
  att=[ODT("Protokoll_ZA_2026-03-24.odt", [
      ("h", "Protokoll Zeichnungsausschuss 24.03.2026"),
      ("table", [["Risiko", "Sparte", "Entscheidung"], ["Heller Maschinenbau", "Sach/BU", "Verlängerung mit SB 250 Tsd."],
                 ["Windpark Elbmarsch", "CAR", "Zeichnung 40 % Anteil"], ["Nordlicht Logistik", "Cyber", "Erneuerung nur mit MFA-Nachweis"]]),
      "Nächste Sitzung: 28.04.2026"])])

M(N, "en", "insurer-to-broker", "short acknowledgment; no data",
  S("h.petersen"), "James Whitfield <j.whitfield@marsden-broking.example>", "RE: Cargo open cover – rate query", "Noted, thanks – will revert by Friday.\n\nHenrik")

M(C, "en", "insurer-to-company", "fidelity claim: named employee accused of embezzlement with amounts (non-personal line)",
  S("r.kowalski"), "Finance Director Brightwater Engineering <cfo@brightwater-eng.example>", "Fidelity claim VS 20-0031 – Mr Stefan Ohlsen",
  """Dear Mr Turner,

we confirm receipt of your notification under the fidelity policy VS 20-0031. According to your internal audit, your former accounts payable clerk Mr Stefan Ohlsen created fictitious supplier invoices between March 2024 and January 2026 and transferred a total of EUR 187,400 to accounts under his control.

Please send us:
- the audit report,
- the criminal complaint (public prosecutor's reference),
- the employment contract and termination letter of Mr Ohlsen.

We reserve our rights to recover the loss from Mr Ohlsen.

Kind regards
Robert Kowalski""")

M(C, "de", "insurer-to-company", "transport claim with the named truck driver's date of birth and licence number from the police report",
  S("h.petersen"), "Spedition Kruse GmbH <schaden@spedition-kruse.example>", "Verkehrshaftung – Unfall A7 vom 11.03.2026 – Ihr Fahrer",
  """Sehr geehrte Damen und Herren,

laut polizeilichem Unfallbericht (Anlage) war Ihr Fahrer Herr Vitali Morozov, geb. 08.10.1981, Führerschein-Nr. B072RT4419, mit dem Sattelzug HB-KR 412 am 11.03.2026 gegen 05:20 Uhr auf der A7 bei Mellendorf ins Schleudern geraten. Die geladene Ware (Getränke, 24 Paletten) ist Totalschaden.

Für die Prüfung Ihrer Verkehrshaftungsversicherung benötigen wir noch die Tachographendaten des Unfalltags und die Lenkzeitnachweise der Vorwoche.

Mit freundlichen Grüßen
Henrik Petersen""",
  att=[PDF("Unfallbericht_PI_Burgdorf_2026-0311.pdf", [
      ("h", "Polizeiinspektion Burgdorf – Verkehrsunfallanzeige (Auszug)"),
      ("table", [["Vorgangsnummer", "2026/0311-0488"], ["Beteiligter 01", "Morozov, Vitali, geb. 08.10.1981, Bremen"],
                 ["Fahrzeug", "Sattelzug HB-KR 412 / Auflieger HB-KR 9040"], ["Führerschein", "B072RT4419, Kl. CE"],
                 ["Unfallart", "Abkommen von der Fahrbahn, keine Personenschäden"]]),
      "Atemalkohol: 0,00 Promille. Fahrbahn nass."], title="Unfallanzeige")])

M(C, "en", "insurer-to-company", "cargo theft: named driver with passport number and date of birth",
  S("h.petersen"), "Claims Baltic Road Freight <claims@baltic-road.example>", "Theft of trailer LT-ABC 551 – driver details needed",
  """Dear Ms Petrauskiene,

regarding the theft of the loaded trailer at the parking area Garbsen-Nord on the night of 19/20 March 2026 (goods insured under cargo policy T-88-0117 of Bremer Kaffeerösterei):

According to the police report your driver, Mr Darius Kazlauskas, born 3 April 1975, passport no. LT 23118840, left the trailer unattended for about 9 hours. Please send us his written statement and the route plan, including the planned rest stops.

Kind regards
Henrik Petersen
Transport Insurance""")

M(C, "de", "insurer-to-company", "business liability claim naming the employee who caused the damage and the customer's name",
  S("s.yilmaz"), "Elektro Brandes GmbH <buero@elektro-brandes.example>", "Betriebshaftpflicht – Überspannungsschaden bei Familie Gerlach",
  """Sehr geehrte Damen und Herren,

zum Schaden bei Ihren Kunden, Familie Ingo und Petra Gerlach (Lindenstraße 14, Burgwedel), benötigen wir noch eine Stellungnahme Ihres Monteurs Herrn Tim Lehnert, der am 17.02.2026 den Zählerschrank getauscht hat. Nach Angaben der Familie Gerlach sind danach Kühlschrank, Heizungssteuerung und Fernseher ausgefallen (Schadenhöhe laut Aufstellung 3.480 €).

Schaden-Nr.: BH-2026-0005120

Mit freundlichen Grüßen
Serkan Yilmaz""")

M(C, "en", "insurer-to-lawyer", "D&O claim naming a managing director personally with claim amount",
  S("r.kowalski"), "Dr. Hannah Weiss <h.weiss@weiss-legal.example>", "D&O policy DO 18-0071 – claim against Dr. Matthias Reuter",
  """Dear Dr Weiss,

we confirm that we have appointed you as defence counsel for Dr. Matthias Reuter, former managing director of Nordlicht Logistik GmbH. The insolvency administrator claims EUR 2.4 million from Dr. Reuter personally for payments made after the company became insolvent (§ 15b InsO).

Coverage is granted under reservation of rights with regard to the knowing breach of duty exclusion. Your hourly rate of EUR 380 is accepted. Please send us your assessment of the prospects within four weeks.

The administrator's statement of claim is attached as received.

Kind regards
Robert Kowalski""",
  att=[EML(MI("Insolvenzverwalter Dr. Kessler <kanzlei@kessler-insolvenz.example>", "Dr. Matthias Reuter <m.reuter@privat-mail.example>",
              "Nordlicht Logistik GmbH i.I. – Inanspruchnahme nach § 15b InsO",
              """Sehr geehrter Herr Dr. Reuter,

als Insolvenzverwalter über das Vermögen der Nordlicht Logistik GmbH nehme ich Sie hiermit persönlich auf Erstattung von Zahlungen in Höhe von 2.412.880,17 € in Anspruch, die nach Eintritt der Zahlungsunfähigkeit am 30.09.2025 geleistet wurden.

Ich fordere Sie auf, den Betrag bis zum 30.04.2026 zu zahlen.

Dr. Albrecht Kessler, Rechtsanwalt""", date="2026-03-10 15:02"), name="Inanspruchnahme_15b_InsO.eml")])

M(C, "de", "insurer-to-customer", "electronics insurance claim of a self-employed photographer (natural person) with policy number",
  S("r.kowalski"), "Fotografie Lea Brandhorst <kontakt@lea-brandhorst-foto.example>", "Elektronikversicherung – Sturz Kamera bei Hochzeit",
  """Hallo Frau Brandhorst,

den Sturzschaden an Ihrer Kamera (Sony A1, Seriennr. 4419087) auf der Hochzeit am 14.03. haben wir zu Ihrer Elektronikversicherung EL 40-0221907 aufgenommen. Bitte lassen Sie einen Kostenvoranschlag beim Sony-Service erstellen; bis 1.500 € können Sie die Reparatur direkt beauftragen. Selbstbeteiligung 250 €.

Viele Grüße
Robert Kowalski""")

M(C, "en", "insurer-to-company", "fleet claim naming the employee driver with licence date and registration",
  S("m.becker"), "Ingrid Halvorsen <fleet@nordic-freight.example>", "Fleet claim 70-FL-220931 / KS-2026-0071133 – HH-NF 215",
  """Hi Ingrid,

for the reversing damage to HH-NF 215 at the Billbrook depot we need the driver's statement. Our records show Mr Jonas Richter (born 21.08.2003, licence class B since 10/2021) as the named driver. As he has held his licence for less than 5 years, the young-driver deductible of EUR 1,000 applies.

Could you also confirm whether anyone else drove the van that day?

Thanks
Martin Becker""")

M(C, "de", "insurer-to-customer", "farm buildings hail claim for a named farmer (natural person) with farm address",
  S("a.demir"), "Hof Meyer-Osterloh <hof.meyer-osterloh@landpost.example>", "Hagelschaden Scheune und Wohnhaus – WG-2026-0023817",
  """Sehr geehrter Herr Meyer-Osterloh,

den Hagelschaden vom 02.04.2026 an Wohnhaus und Maschinenhalle Ihres Hofes (Osterloher Weg 3, 27321 Thedinghausen) haben wir zu Ihrer landwirtschaftlichen Gebäudeversicherung LG 12-0008834 aufgenommen. Der Sachverständige Herr Kühne besichtigt am Dienstag ab 9 Uhr.

Bitte decken Sie beschädigte Dachflächen provisorisch ab; die Kosten dafür übernehmen wir.

Mit freundlichen Grüßen
Aylin Demir""")

M(C, "en", "insurer-to-customer", "professional indemnity claim against a self-employed architect (natural person) with amounts",
  S("s.yilmaz"), "Architekt Jonas Behrendt <mail@behrendt-architektur.example>", "Professional indemnity claim – waterproofing defect, Villa Sander",
  """Dear Mr Behrendt,

we have received the claim letter from your clients Dr. Karin and Ulf Sander regarding the basement waterproofing of their house in Hemmingen (completed 2023). They claim EUR 64,000 for remedial works and allege that your tender documents specified the wrong waterproofing class (W2.1-E instead of W2.2-E).

Your professional indemnity policy BHA 33-0118 covers this claim subject to the deductible of EUR 2,500. Please do not acknowledge liability towards the clients; send us your project file and your statement by 30 April.

Kind regards
Serkan Yilmaz""")

M(C, "de", "insurer-to-customer", "break-in at a kiosk run by a natural person: claim number, policy and valid IBAN for payout",
  S("a.demir"), "Kiosk am Bahnhof – Hasan Yavuz <kiosk.yavuz@gmx.example>", "Einbruch – Auszahlung Ihrer Inhaltsversicherung",
  f"""Hallo Herr Yavuz,

wir zahlen für den Einbruch in Ihren Kiosk vom 08.03.2026 (Schaden-Nr. GI-2026-0007701, Geschäftsinhaltsversicherung GI 25-0044127) folgende Beträge:

Zigaretten und Waren (lt. Inventurliste): 3.212,80 €
Bargeld aus der Kasse (bis 500 € versichert): 500,00 €
Reparatur Tür und Schloss: 890,00 €
abzgl. Selbstbeteiligung: –250,00 €
Summe: 4.352,80 €

Überweisung auf Ihr Geschäftskonto {de_iban("25010030", "9331170", group=4, sep=" ", valid=False)} in den nächsten Tagen.

Viele Grüße
Aylin Demir""")

M(C, "en", "insurer-to-company", "trade credit: overdue amounts of a sole-trader buyer (natural person) with credit limit",
  F("kredit", "Lindenhof Credit Insurance"), "Credit Management Bremer Kaffeerösterei <credit@bremer-kaffee.example>", "Buyer limit review – Café Lindner, owner Marion Lindner",
  """Dear colleagues,

following your notification of overdue payments, we have reviewed the credit limit for your buyer Café Lindner (sole trader, owner Marion Lindner, Ostertorsteinweg 51, 28203 Bremen):

Overdue invoices: EUR 7,840 (oldest due 15 January 2026)
Previous limit: EUR 15,000
New limit: EUR 0 with effect for deliveries from today

Please send us the protracted-default notification within the deadline if the amount is not paid by 15 May.

Kind regards
Credit Insurance Underwriting""")

M(C, "de", "company-to-insurer", "craft business sends named employees with gross salaries for premium calculation (income)",
  "Lohnbüro Tischlerei Harms <lohn@tischlerei-harms.example>", S("r.kowalski"), "Lohnsummen 2025 für die Beitragsabrechnung",
  """Sehr geehrter Herr Kowalski,

wie angefordert die Lohnsummen 2025 für die Abrechnung der Betriebshaftpflicht BH 55-0009910. Ich habe die Liste direkt aus dem Lohnprogramm exportiert.

Gruß
Sandra Harms""",
  att=[CSV("Lohnsummen_2025.csv", [
      ["PersNr", "Name", "Tätigkeit", "Brutto 2025"],
      ["001", "Harms, Jürgen", "Meister/Inhaber", "0,00"],
      ["004", "Wolff, Kevin", "Geselle", "41.220,00"],
      ["006", "Tews, Marcel", "Geselle", "39.870,50"],
      ["009", "Nguyen, Duc", "Auszubildender", "12.360,00"],
      ["011", "Harms, Sandra", "Büro (Teilzeit)", "18.900,00"],
      ["", "Summe", "", "112.350,50"]], enc="cp1252")])

M(C, "en", "company-to-insurer", "leasing company lists named lessees with registrations and contract numbers",
  "Insurance Desk Leine Leasing <insurance@leine-leasing.example>", S("i.bauer"), "Vehicles without proof of insurance – March",
  """Hello Ms Bauer,

for the following lessees we have not received confirmation of comprehensive cover as required by the leasing contract. Could you check whether these vehicles are insured with you?

Thanks
Leine Leasing GmbH – Insurance Desk""",
  att=[CSV("missing_confirmation_2026-03.csv", [
      ["lease_contract", "lessee", "registration", "vehicle", "start"],
      ["LL-2025-11820", "Patrick Sonnenberg", "H-PS 3104", "Tesla Model 3", "2025-11-01"],
      ["LL-2026-00113", "Dr. Imke Harders", "H-IH 22E", "BMW i4", "2026-01-15"],
      ["LL-2026-00140", "Alexander Tomic", "HI-AT 808", "Audi Q4 e-tron", "2026-02-01"]], delim=",")])

M(SC, "en", "insurer-to-customer", "public liability claim of a supermarket: a named shopper's hip fracture after a fall",
  S("s.yilmaz"), "Store Manager Frischmarkt Linden <filiale.linden@frischmarkt.example>", "Slip and fall on 2 March – claimant Mrs Gertrud Behnke",
  """Dear Mr Kaya,

regarding the fall of Mrs Gertrud Behnke (82) in your store on 2 March 2026: her son has informed us that she suffered a femoral neck fracture and was operated on at the Friederikenstift (hemiarthroplasty). She is now in geriatric rehabilitation and it is unclear whether she will be able to live alone again.

To assess liability under your public liability policy we need:
- the cleaning log for the aisle where she fell,
- CCTV footage, if available,
- names of staff who helped her.

Her son's e-mail is attached for your information.

Kind regards
Serkan Yilmaz""",
  att=[EML(MI("Ralf Behnke <ralf.behnke@web.example>", "schaden.haftpflicht@versicherer.example", "Sturz meiner Mutter im Frischmarkt",
              """Sehr geehrte Damen und Herren,

meine Mutter Gertrud Behnke ist am 02.03. im Frischmarkt Linden auf ausgelaufenem Joghurt ausgerutscht. Sie hat sich den Oberschenkelhals gebrochen und wurde operiert. Sie ist 82 und hat Osteoporose, war aber bisher völlig selbstständig. Wir verlangen Schmerzensgeld und die Übernahme der Kosten für die Pflege.

Ralf Behnke""", date="2026-03-09 20:11"))])

M(SC, "de", "company-to-insurer", "sports club reports a named member's cruciate ligament tear under group accident insurance",
  "TSV Ricklingen von 1908 e.V. <geschaeftsstelle@tsv-ricklingen.example>", "unfall@versicherer.example",
  "Unfallmeldung Sportunfall – Mitglied Jannik Sauer",
  """Sehr geehrte Damen und Herren,

wir melden einen Sportunfall aus der Gruppenunfallversicherung für unsere Mitglieder (GU 44-0208):

Mitglied: Jannik Sauer, geb. 12.11.2007
Datum: 22.03.2026, Punktspiel A-Jugend gegen SV Arminia
Verletzung: Kreuzbandriss rechts, Innenmeniskusschaden, OP am 30.03. geplant (Annastift)

Die Eltern sind informiert und werden die Arztberichte nachreichen.

Mit sportlichen Grüßen
Geschäftsstelle TSV Ricklingen""")

M(SC, "en", "insurer-to-company", "business traveller on a group policy hospitalised abroad with pneumonia",
  S("l.kaiser"), "Travel Desk Brightwater Engineering <travel@brightwater-eng.example>", "Group travel policy GR 95-0017 – Mr Tim Albers hospitalised in Singapore",
  """Dear Hannah,

a short update on Mr Tim Albers: he was admitted to Mount Elizabeth Hospital on 18 April with community-acquired pneumonia and is receiving IV antibiotics. Our assistance partner is in daily contact with the treating physician; he is stable and the doctors expect discharge in 3-4 days. A return flight with a medical escort is not considered necessary, but he should not fly before 25 April.

We have issued a guarantee of payment to the hospital. Please tell his manager only what is necessary; details of his health should stay between him and us.

Kind regards
Lukas Kaiser
Travel Insurance""")

M(SC, "de", "insurer-to-customer", "daycare liability claim with a named child's dental injury",
  S("s.yilmaz"), "Kita Sonnenblume e.V. – Leitung <leitung@kita-sonnenblume.example>", "Unfall im Außengelände – Mia Krause",
  """Sehr geehrte Frau Feddersen,

danke für die Unfallmeldung. Nach Ihren Angaben ist Mia Krause (4 Jahre) am 05.03.2026 von der Rutsche gestürzt und hat sich zwei Schneidezähne (51, 61) ausgeschlagen; der Kinderzahnarzt hat zusätzlich eine Lippenverletzung genäht.

Für Unfälle in der Kita ist zunächst die gesetzliche Unfallversicherung zuständig (Unfallkasse). Eine Haftung Ihrer Einrichtung aus der Betriebshaftpflicht BH 55-0117720 sehen wir nur, wenn die Aufsichtspflicht verletzt wurde oder die Rutsche mangelhaft war. Bitte schicken Sie uns den letzten Prüfbericht des Spielgeräts.

Mit freundlichen Grüßen
Serkan Yilmaz""")

M(SC, "en", "company-to-insurer", "employer enrols named employees with birth dates in a group health plan (health line)",
  "HR Services Brightwater Engineering <hr@brightwater-eng.example>", S("k.vogt"), "Company health plan (bKV) – new enrolments",
  """Hi Katharina,

please enrol the following employees in our company health plan (outpatient + dental top-up) from 1 May. No health questions under the group contract, as agreed.

Thanks
Rebecca Hughes""",
  att=[XLSX("bKV_enrolment_2026-05.xlsx", [
      ("Enrolment", [["Employee ID", "Name", "Date of birth", "Module", "Start"],
                     ["BW-0412", "Kenji Watanabe", "1983-02-19", "Outpatient + Dental", "2026-05-01"],
                     ["BW-0587", "Laura Mendel", "1999-06-07", "Dental", "2026-05-01"],
                     ["BW-0622", "Priya Nair", "1992-03-14", "Outpatient + Dental", "2026-05-01"]])],
      author="HR Services")])

M(SC, "de", "insurer-to-doctor", "hotel liability claim: named guest with Legionella pneumonia sent to a medical consultant",
  S("s.yilmaz"), "Dr. med. Harald Quast <beratung@dr-quast-gutachten.example>", "Kausalitätsfrage Legionellen – Gast Herr Manfred Eilers",
  """Lieber Herr Dr. Quast,

unsere Versicherungsnehmerin, das Hotel Seeblick in Steinhude, wird von Herrn Manfred Eilers (67) in Anspruch genommen. Er war vom 02. bis 06.02.2026 Gast und erkrankte am 09.02. an einer Legionellen-Pneumonie (Antigentest im Urin positiv), stationär im KRH Siloah bis 21.02. Im Hotel wurde bei der Nachprüfung am 12.02. eine Legionellenkonzentration von 2.300 KBE/100 ml im Warmwasser festgestellt.

Frage: Ist bei einer Inkubationszeit von 2–10 Tagen die Ansteckung im Hotel überwiegend wahrscheinlich? Herr Eilers war zwischen dem 06. und 09.02. zu Hause; er hat COPD.

Danke und Gruß
Serkan Yilmaz""")

M(SC, "en", "insurer-to-lawyer", "product liability: consumer's burns from an e-bike battery fire with hospital treatment",
  S("s.yilmaz"), "Dr. Hannah Weiss <h.weiss@weiss-legal.example>", "E-bike battery fire – claimant Ms Julia Brenner",
  """Dear Dr Weiss,

as discussed, please take over the defence for our insured VeloTec GmbH in the product liability claim by Ms Julia Brenner.

Facts known so far: the battery of her e-bike (model Urban 7, battery S/N VT-B-2210418) caught fire while charging in her hallway on 30 January 2026. Ms Brenner suffered second-degree burns to her right hand and forearm (approx. 4 % body surface), was treated for six days in the burns unit of the BG Klinikum and had split-skin grafting. She claims EUR 25,000 in pain and suffering plus loss of earnings.

The battery remains have been secured by the fire brigade's expert.

Kind regards
Serkan Yilmaz""")

M(SC, "de", "company-to-insurer", "employer asks about a named employee's rejected dental claim under group health insurance",
  "Personalabteilung Heller Maschinenbau <personal@heller-maschinenbau.example>", S("k.vogt"), "bKV – Zahnersatz Frau Schäfer",
  """Hallo Frau Vogt,

unsere Mitarbeiterin Marlene Schäfer hat sich bei mir beschwert, dass ihre Rechnung für die Brücke (Zahn 44–46) aus der betrieblichen Krankenversicherung nicht bezahlt wurde. Sie meint, Zahnersatz sei in unserem Gruppenvertrag enthalten. Können Sie das bitte prüfen und sich bei ihr melden?

Danke!
Simone Kraft""")

M(SC, "en", "insurer-to-broker", "event cancellation claim because a named performer fell ill (vocal cord inflammation)",
  S("r.kowalski"), "James Whitfield <j.whitfield@marsden-broking.example>", "Event cancellation EC 07-0019 – Hannover concert 14 March",
  """James,

regarding the cancelled concert of "Ella Marr" at the Swiss Life Hall on 14 March: the medical certificate provided by the promoter states that Ms Marr (real name Elisabeth Marrenbach) was diagnosed with acute laryngitis with vocal cord oedema on 13 March and was prohibited from singing for ten days by her ENT specialist.

Non-appearance due to illness of the insured artist is covered. Please ask the promoter for the final cost statement (ticket refunds, hall rent, production). We'll need an independent medical review of the certificate as the sum is above EUR 250,000.

Robert""")

M(SC, "de", "insurer-to-company", "cargo claim: the named truck driver suffered a heart attack at the wheel",
  S("h.petersen"), "Spedition Kruse GmbH <schaden@spedition-kruse.example>", "AW: Unfall Bremen-Hemelingen 02.04. – Ladungsschaden",
  """Sehr geehrte Damen und Herren,

danke für Ihre Information. Nach Ihrer Schilderung hat Ihr Fahrer Herr Olaf Rickmers während der Fahrt einen Herzinfarkt erlitten und ist mit dem Lkw in die Leitplanke geraten; er liegt weiterhin auf der Intensivstation des Klinikums Links der Weser. Wir wünschen ihm gute Besserung.

Für den Ladungsschaden (Elektronikteile, Wert ca. 92.000 €) benötigen wir die Frachtpapiere und eine Aufstellung der beschädigten Ware. Eine Haftung nach CMR dürfte wegen eines unvermeidbaren Ereignisses entfallen; Versicherungsschutz besteht dann über die Warentransportversicherung des Absenders.

Mit freundlichen Grüßen
Henrik Petersen""")
