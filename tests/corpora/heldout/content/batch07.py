# Batch 7: travel insurance, expats, assistance, marketing
from .common import *

M(SC, "en", "insurer-to-hospital", "guarantee of payment for a named tourist's appendectomy in Mallorca",
  S("l.kaiser"), "Admisiones Clínica Son Serra <admisiones@clinica-sonserra.example>", "Guarantee of payment – patient Mr Dirk Hollmann, DOB 17.09.1970",
  """Dear colleagues,

we hereby confirm the assumption of costs for the inpatient treatment of our insured Mr Dirk Hollmann, born 17 September 1970, under travel health policy RK 92-0018833, admitted on 11 April 2026 with acute appendicitis (laparoscopic appendectomy performed the same day).

The guarantee covers medically necessary treatment in a standard room for up to 5 days. Please send the final invoice with the medical report and the diagnosis codes to this address. Any private extras are to be settled by the patient.

Kind regards
Lukas Kaiser
Travel Insurance – Medical Assistance""")

M(SC, "en", "customer-to-insurer", "travel health claim with a Thai clinic bill for gastroenteritis and antibiotics",
  "Marie-Claire Fontaine <mc.fontaine@orange.example>", "reise.leistung@versicherer.example", "Claim – doctor in Krabi",
  """Hello,

I have an annual travel policy with you (RK 92-0044718). During my holiday in Thailand I got very sick (vomiting, fever, diarrhoea) and had to go to a clinic in Krabi on 3 March. They gave me an infusion and antibiotics. Receipts attached (photo + the clinic PDF).

Total THB 6,850. Please pay to my account on file.

Merci!
Marie-Claire Fontaine""",
  att=[JPG("receipt_pharmacy_krabi.jpg", label="receipt"),
       PDF("AoNang_Clinic_invoice_0303.pdf", [("h", "Ao Nang International Clinic – Invoice 66-03-0418"),
                                              "Patient: Ms Marie-Claire Fontaine, age 34, passport 19FD44120",
                                              "Diagnosis: Acute gastroenteritis (A09), dehydration",
                                              ("table", [["Item", "THB"], ["Doctor fee", "1,200"], ["IV fluid 1,000 ml + set", "2,400"],
                                                         ["Ondansetron inj.", "650"], ["Azithromycin 500 mg x3", "1,400"], ["ORS sachets", "200"],
                                                         ["Medical certificate", "1,000"], ["Total", "6,850"]])], title="Invoice")])

M(SC, "de", "insurer-to-customer", "travel cancellation due to the addressee's herniated disc documented by a medical certificate",
  S("l.kaiser"), "Dorothee Rehbein <dorothee.rehbein@gmx.example>", "Reiserücktritt Kreuzfahrt – Ihre Unterlagen",
  """Sehr geehrte Frau Rehbein,

vielen Dank für das ärztliche Attest von Dr. Kemper. Darin wird ein akuter Bandscheibenvorfall L5/S1 mit Lähmungserscheinungen im linken Fuß bescheinigt, der eine Reiseunfähigkeit ab dem 20.03.2026 begründet. Damit ist der Rücktritt von der Kreuzfahrt versichert.

Wir erstatten die Stornokosten der Reederei in Höhe von 2.940,00 € abzüglich 20 % Selbstbeteiligung, also 2.352,00 €.

Gute Besserung!
Lukas Kaiser
Reiseversicherung Leistung""")

M(SC, "de", "insurer-to-customer", "forwarded assistance report on repatriation of a named traveller after a stroke in Turkey",
  S("l.kaiser"), "Sebastian Uhlig <sebastian.uhlig@t-online.example>", "WG: Rücktransport Ihres Vaters aus Antalya",
  """Sehr geehrter Herr Uhlig,

wie telefonisch besprochen leite ich Ihnen den aktuellen Bericht unseres Assistance-Partners weiter. Der Ambulanzflug ist für morgen geplant; Ihr Vater wird direkt in die Stroke Unit des Klinikums Region Hannover gebracht. Die Kosten übernehmen wir vollständig aus seiner Reiseversicherung.

Mit freundlichen Grüßen
Lukas Kaiser""",
  att=[EML(MI("Medical Desk Global Assist <medical@global-assist.example>", "reise.leistung@versicherer.example",
              "Case GA-26-04471 Uhlig, Heinz – medical update", """Medical update case GA-26-04471

Patient: Heinz Uhlig, born 1948, insured RK 92-0071102
Hospital: Memorial Antalya, neurology ICU
Diagnosis: ischaemic stroke left MCA territory (I63.5), right-sided hemiparesis, aphasia; thrombolysis performed 14.04.
Status 16.04.: stable, GCS 14, swallowing test failed – nasogastric tube.
Recommendation: repatriation by air ambulance with physician escort, bed-to-bed, earliest 18.04.

Dr. S. Aydın, Medical Director""", date="2026-04-16 09:20"), name="Medical update GA-26-04471.eml")])

M(SC, "en", "assistance-to-insurer", "medical report on a named policyholder with myocardial infarction and stent in the USA",
  "Medical Desk Global Assist <medical@global-assist.example>", "reise.leistung@versicherer.example", "Case GA-26-03918 – Mr Peter Vogelsang – medical report",
  """Dear colleagues,

please find the medical report for Mr Peter Vogelsang (policy RK 92-0031190) attached. Summary: NSTEMI on 28 March in Orlando, FL; coronary angiography with drug-eluting stent in the RCA on 29 March. Discharged on 1 April on dual antiplatelet therapy. Fit to fly in economy with extra legroom from 8 April; no escort required.

Hospital bill so far: USD 86,420 (negotiation ongoing, expected settlement around USD 48,000).

Best regards
Global Assist Medical Desk""",
  att=[DOCX("Medical_report_GA-26-03918.docx", [
      ("h", "Medical report – case GA-26-03918"),
      ("table", [["Patient", "Peter Vogelsang, DOB 05/22/1961"], ["Hospital", "Orlando Heart Institute"], ["Admission", "03/28/2026"],
                 ["Diagnosis", "NSTEMI (I21.4), 1-vessel CAD"], ["Procedure", "PCI with DES RCA (03/29/2026)"],
                 ["Medication at discharge", "ASA 100 mg, ticagrelor 90 mg bid, atorvastatin 80 mg, metoprolol 47.5 mg"]]),
      "Fit to fly: yes, from 04/08/2026."], author="Global Assist")])

M(SC, "de", "insurer-to-customer", "trip termination because the named mother died of a stroke; cause of death of an identifiable person",
  S("l.kaiser"), "Katrin Oppermann <katrin.oppermann@web.example>", "Reiseabbruch – unser herzliches Beileid",
  """Sehr geehrte Frau Oppermann,

zunächst unser aufrichtiges Beileid zum Tod Ihrer Mutter, Frau Irmgard Oppermann.

Nach der Sterbeurkunde und der Bescheinigung des Krankenhauses ist Ihre Mutter am 07.04.2026 an den Folgen eines Schlaganfalls verstorben. Der vorzeitige Abbruch Ihrer Reise auf Gran Canaria ist damit versichert. Wir erstatten die Mehrkosten des Rückflugs (418,00 €) und den anteiligen Reisepreis für die nicht genutzten Tage (6 von 14 Tagen, 1.012,50 €).

Mit stillem Gruß
Lukas Kaiser""")

M(SC, "en", "insurer-to-customer", "international student's psychotherapy sessions under her incoming health insurance",
  F("expat", "Lindenhof Expat Services"), "Ana Paula Ribeiro <anapaula.ribeiro@uni-mail.example>", "Your question about therapy sessions",
  """Dear Ms Ribeiro,

thank you for your question. Your student health insurance (policy IS 88-0120441) covers outpatient psychotherapy by licensed psychotherapists up to 20 sessions per year after the initial consultation. The five sessions with Dr. Vogt (anxiety and sleep problems, as stated on her invoice) have been reimbursed at 100 %.

For further sessions, please ask Dr. Vogt to send us a short treatment plan.

Take care,
Lindenhof Expat Services""")

M(SC, "de", "insurer-to-customer", "travel cancellation because a named pregnant traveller's gynaecologist advised against flying (week 30)",
  S("l.kaiser"), "Franziska Lämmle <franziska.laemmle@gmx.example>", "AW: Rücktritt Fernreise – Schwangerschaft",
  f"""Liebe Frau Lämmle,

danke für die Bescheinigung Ihrer Frauenärztin. Bei Buchung der Reise im Oktober war die Schwangerschaft noch nicht bekannt; die ärztliche Empfehlung, wegen der vorzeitigen Wehentätigkeit in der 30. SSW nicht nach Mexiko zu fliegen, ist ein versicherter Rücktrittsgrund. Wir erstatten die Stornokosten für Sie und Ihren Mann.

Alles Gute für die letzten Wochen!
Lukas Kaiser

{am_schrieb("02.04.2026 um 13:44", "Franziska Lämmle")}
{q('''Hallo Herr Kaiser, anbei das Attest. Ich bin jetzt in der 30. SSW, habe seit letzter Woche vorzeitige Wehen und muss Magnesium nehmen, die Ärztin hat das Fliegen verboten. Unsere Reise nach Cancún am 12.04. müssen wir leider stornieren. Buchungsnr. FTI-2210733. Viele Grüße Franziska Lämmle''')}""")

M(SC, "en", "insurer-to-customer", "emergency tooth extraction in Croatia reimbursed under the addressee's travel health cover",
  F("reise.leistung", "Lindenhof Travel Claims"), "Matteo Ricci <matteo.ricci@libero.example>", "Your dental emergency in Split – reimbursement",
  """Dear Mr Ricci,

we have reimbursed the invoice from Dental Centar Split dated 22 March 2026 for the emergency extraction of tooth 38 with antibiotic treatment (EUR 240.00) under your travel policy RK 92-0058120. Pain-relieving dental treatment abroad is covered in full.

The follow-up check in Germany must be submitted to your health insurer.

Kind regards
Lindenhof Travel Claims""")

M(SC, "de", "assistance-to-insurer", "weekly TSV list of open medical cases with names, birth years and diagnoses",
  "Case Management Global Assist <cases@global-assist.example>", "reise.leistung@versicherer.example", "Wochenliste offene Fälle KW 16",
  """Hallo Team Lindenhof,

anbei die Wochenliste der offenen medizinischen Fälle (KW 16).

Viele Grüße
Case Management""",
  att=[TSV("offene_faelle_KW16_2026.tsv", [
      ["fall", "name", "jahrgang", "police", "land", "klinik", "diagnose", "status", "kosten_bisher_eur"],
      ["GA-26-03918", "Vogelsang, Peter", "1961", "RK 92-0031190", "US", "Orlando Heart Institute", "I21.4 NSTEMI", "entlassen", "72.400"],
      ["GA-26-04471", "Uhlig, Heinz", "1948", "RK 92-0071102", "TR", "Memorial Antalya", "I63.5 Hirninfarkt", "Rücktransport geplant", "18.900"],
      ["GA-26-04502", "Hollmann, Dirk", "1970", "RK 92-0018833", "ES", "Clínica Son Serra", "K35.8 Appendizitis", "stationär", "6.200"],
      ["GA-26-04588", "Yilmaz, Zeynep", "1994", "RK 92-0090017", "EG", "El Gouna Hospital", "S82.6 Sprunggelenksfraktur", "OP erfolgt", "4.150"]])])

M(C, "en", "insurer-to-customer", "travel cancellation after visa refusal: named customer, passport and booking data",
  S("l.kaiser"), "Chinedu Okeke <chinedu.okeke@yahoo.example>", "Cancellation claim RR-26-0021190 – visa refused",
  """Dear Mr Okeke,

we have received your claim for the cancelled trip to Toronto (booking LH-Q7RT2P, EUR 1,214.00). The refusal of an entry visa is covered under your travel cancellation policy RR 90-6610234 if the visa was applied for in good time.

Please send us the refusal letter of the Canadian visa office (application no. V331188420, passport A09918274) and the airline's confirmation of the refund amount, if any.

Kind regards
Lukas Kaiser""")

M(C, "de", "insurer-to-customer", "stolen camera from the car in Rome: named customer, policy and an IBAN with wrong check digits",
  S("l.kaiser"), "Tobias Marquardt <tobias.marquardt@posteo.example>", "Reisegepäck – Diebstahl in Rom",
  f"""Hallo Herr Marquardt,

leider ist Ihre Reisegepäckversicherung RG 91-0440912 bei Diebstahl aus einem unbeaufsichtigten Kfz nur zwischen 6 und 22 Uhr leistungspflichtig. Laut Polizeiprotokoll (Carabinieri, Stazione Roma Trastevere) wurde die Kamera nachts gestohlen, wir können daher nur 50 % erstatten, also 649,50 €.

Die von Ihnen angegebene IBAN {de_iban("43060967", "1122334400", valid=False)} ist leider ungültig. Bitte prüfen Sie sie noch einmal.

Viele Grüße
Lukas Kaiser""")

M(C, "en", "insurer-to-customer", "rental car excess claim with named driver, licence number and rental agreement",
  S("l.kaiser"), "Emma Lindström <emma.lindstrom@gmail.example>", "Rental car excess refund – Iceland",
  """Dear Ms Lindström,

thank you for the documents. Under your rental car excess insurance MS 93-0018820 we refund the deductible charged by the rental company for the gravel damage to the windscreen:

Rental agreement: REK-4418207 (Reykjavik, 2–12 March 2026)
Driver: Emma Lindström, driving licence SE 820314-1148
Charged excess: ISK 95,000 (EUR 633.10)

The amount will be transferred within five working days.

Kind regards
Lukas Kaiser""")

M(C, "de", "insurer-to-customer", "annual family travel policy confirmation with birth dates of all insured family members",
  F("service", "Lindenhof Kundenservice"), "Familie Baumgart <baumgart.familie@t-online.example>", "Ihre Jahresreiseversicherung für die Familie",
  None,
  html=page(f"""<p>Liebe Familie Baumgart,</p>
<p>herzlich willkommen! Ihre Jahresreiseversicherung RJ 94-0207731 (Reiserücktritt, Reiseabbruch, Gepäck) beginnt am 01.05.2026. Versicherte Personen:</p>
{table([["Name", "Geburtsdatum", "Rolle"], ["Stephan Baumgart", "12.02.1982", "Versicherungsnehmer"], ["Julia Baumgart", "30.06.1984", "Ehepartnerin"], ["Leni Baumgart", "05.09.2013", "Kind"], ["Theo Baumgart", "19.01.2017", "Kind"]])}
<p>Jahresbeitrag: 189,00 €. Versicherungsschutz für beliebig viele Reisen bis je 6.000 € Reisepreis.</p>
<p>Schöne Reisen wünscht<br>Ihr Lindenhof Kundenservice</p>"""))

M(C, "en", "insurer-to-landlord", "confirms to a landlord that a named expat tenant has household and liability cover at the flat",
  S("m.roth"), "Hausverwaltung Lindemann <info@hv-lindemann.example>", "Insurance confirmation for your tenant Mr Aarav Kapoor",
  """Dear Ms Lindemann,

at the request of our customer, Mr Aarav Kapoor, we confirm that he holds:

- personal liability insurance PH 14-9910328 incl. damage to rented property (EUR 10m),
- household contents insurance HR 38-0072144 for the flat Marienstraße 18, 3rd floor right, 30171 Hannover.

Both policies are in force since 1 April 2026.

Kind regards
Melanie Roth
Customer Service""")

M(C, "de", "insurer-to-customer", "luggage stolen from a hotel room under household outside cover: named customer, policy, claim",
  S("a.demir"), "Gerhard Lüders <g.lueders@web.example>", "Diebstahl im Hotel Lissabon – Außenversicherung Hausrat",
  """Sehr geehrter Herr Lüders,

der Diebstahl Ihres Koffers aus dem Hotelzimmer in Lissabon ist über die Außenversicherung Ihrer Hausratversicherung HR 23-1109182 versichert, da das Zimmer verschlossen war und Einbruchspuren vorliegen (Bestätigung des Hotels liegt vor). Die Entschädigung ist auf 10 % der Versicherungssumme begrenzt, hier 6.500 €.

Bitte reichen Sie die Liste der gestohlenen Gegenstände mit Kaufbelegen ein.

Freundliche Grüße
Aylin Demir""")

M(C, "en", "insurer-to-customer", "renewal notice with the named customer's valid Irish IBAN and travel policy number",
  F("service", "Lindenhof Customer Service"), "Siobhan Byrne <siobhan.byrne@eircom.example>", "Renewal of your annual travel insurance",
  f"""Dear Ms Byrne,

your annual travel insurance RJ 94-0117045 renews on 1 June 2026. The premium of EUR 119.00 will be collected from your account

IBAN {iban("IE", "AIBK93115212345678", group=4)}

on or shortly after 1 June. If you would like to change your cover or payment details, just reply to this e-mail.

Kind regards
Customer Service""")

M(C, "de", "customer-to-insurer", "complaint about slow travel-cancellation payout with name, booking and policy numbers",
  "Wolfgang Scheel <w.scheel@arcor.example>", "reise.leistung@versicherer.example", "Beschwerde – immer noch kein Geld!!",
  """Sehr geehrte Damen und Herren,

seit 8 Wochen warte ich auf die Erstattung meiner Stornokosten (Reise nach Madeira, Buchungsnr. TUI-7720931, 1.880 €). Vertragsnummer RR 90-2281004, Ihr Zeichen RR-26-0009931. Alle Unterlagen haben Sie längst! Ich erwarte die Zahlung bis Ende der Woche, sonst wende ich mich an den Ombudsmann.

W. Scheel""")

M(C, "en", "insurer-to-tour-operator", "confirms a named customer's cancellation cover and booking to the tour operator",
  S("l.kaiser"), "Customer Care Sunbeam Tours <care@sunbeam-tours.example>", "Booking SB-88120 – travel cancellation cover of Mrs Helga Brinkmann",
  """Dear colleagues,

we confirm that your customer Mrs Helga Brinkmann (booking SB-88120, Madeira 4–18 May 2026) holds a travel cancellation policy with us (RR 90-1194402) covering the full trip price of EUR 2,460.00. Please invoice any cancellation fees to her directly; she will claim them from us.

Kind regards
Lukas Kaiser""")

M(C, "de", "insurer-to-customer", "motor accident in Italy with the European accident report naming both drivers",
  S("m.becker"), "Sabrina Hagemann <sabrina.hagemann@gmx.example>", "Unfall in Verona – Ihr Unfallbericht",
  """Hallo Frau Hagemann,

danke für den Europäischen Unfallbericht (Kopie anbei). Wir leiten den Vorgang an den Schadenregulierungsbeauftragten des italienischen Versicherers in Deutschland weiter. Ihr Fahrzeug H-SH 4040 ist fahrbereit, sodass Sie die Reparatur nach Rückkehr beauftragen können.

Viele Grüße
Martin Becker""",
  att=[PDF("Europaeischer_Unfallbericht_Verona.pdf", [
      ("h", "Constatazione amichevole di incidente / Europäischer Unfallbericht"),
      "Datum: 09.04.2026, 17:35 – Ort: Verona, Via Città di Nimes / Viale Piave",
      ("table", [["", "Fahrzeug A", "Fahrzeug B"], ["Fahrer", "Sabrina Hagemann, geb. 23.05.1990", "Luca Bertolini, nato 11.02.1977"],
                 ["Kennzeichen", "H-SH 4040", "GF 318 KM"], ["Versicherer", "Lindenhof, KF 51-0021874", "Assicurazioni Adige, pol. 7710023"],
                 ["Schaden", "Heck", "Front"]]),
      "Skizze: B fährt bei Rot auf A auf. Beide Unterschriften vorhanden."], title="Unfallbericht")])

M(C, "en", "insurer-to-customer", "liability insurance certificate for an international student with birth date and matriculation number",
  F("expat", "Lindenhof Expat Services"), "Yuki Nakamura <yuki.nakamura@uni-mail.example>", "Certificate of liability insurance for your lab work",
  """Dear Ms Nakamura,

as requested by your institute, we confirm:

Ms Yuki Nakamura, born 28 November 2001, student of Leibniz University Hannover (matriculation no. 10044187), is insured under our student liability policy PH 14-7700218 including damage to borrowed laboratory equipment up to EUR 50,000.

Kind regards
Lindenhof Expat Services""")

M(C, "de", "insurer-to-customer", "roadside assistance claim in Austria with named customer, registration and towing costs",
  S("i.bauer"), "Frank Peschel <frank.peschel@t-online.example>", "Schutzbrief – Abschleppkosten Tirol",
  """Sehr geehrter Herr Peschel,

für die Panne Ihres Fahrzeugs GS-FP 118 am 05.04.2026 bei Imst erstatten wir aus dem Schutzbrief zu Ihrer Kfz-Versicherung KF 45-0338120:

Abschleppen zur Werkstatt: 380,00 €
Übernachtung (2 Personen, 1 Nacht): 168,00 €
Mietwagen 2 Tage: 210,00 €

Summe 758,00 €. Die Reparaturkosten selbst sind nicht versichert.

Mit freundlichen Grüßen
Ines Bauer""")

M(C, "en", "customer-to-insurer", "bland body; a French IBAN and the customer's policy are only in the attached text file",
  "Julien Moreau <julien.moreau@free.example>", "reise.leistung@versicherer.example", "bank details",
  """Hello, as requested please find my bank details attached. Regards, J. Moreau""",
  att=[TXT("bank.txt", f"Julien Moreau\nPolicy RG 91-0330128 / claim RG-26-0011034\nIBAN: {iban('FR', '20041010050500013M02606')}\nBIC: PSSTFRPPPAR\n")])

M(N, "de", "insurer-to-public", "marketing for travel health insurance; health words but no person",
  F("marketing", "Lindenhof Versicherung"), "interessenten@verteiler.example", "Sommerferien: Auslandskrankenschutz für 9,90 € im Jahr",
  """Urlaub ohne Sorgen!

Die Lindenhof Auslandsreisekrankenversicherung zahlt Arztbesuche, Krankenhausaufenthalte und Medikamente im Ausland – und den medizinisch sinnvollen Rücktransport nach Hause. Für Einzelpersonen schon ab 9,90 € im Jahr, für Familien ab 24,90 €.

Keine Gesundheitsfragen. 24-Stunden-Notrufnummer weltweit.

Jetzt abschließen: www.lindenhof-versicherung.example/reise""")

M(N, "en", "insurer-to-public", "travel safety newsletter; no person",
  F("newsletter", "Lindenhof Newsletter"), "travel-newsletter@verteiler.versicherer.example", "5 things to check before your summer trip",
  """5 things to check before your summer trip

1. Passport validity – many countries require 6 months.
2. Vaccinations – check recommendations for your destination early.
3. Emergency number of your travel insurance – save it in your phone.
4. Copies of documents – keep them separately or in the cloud.
5. Medication – carry a doctor's certificate for prescription drugs in your hand luggage.

Have a great summer!
Lindenhof Travel""")

M(N, "de", "insurer-to-tour-operator", "commission agreement with a tour operator; business terms only",
  S("a.schmitt"), "Geschäftsführung Sunbeam Tours <gf@sunbeam-tours.example>", "Kooperationsvertrag Reiseversicherung 2026",
  """Sehr geehrter Herr Adler,

anbei der Entwurf des Kooperationsvertrags für den Vertrieb unserer Reiseversicherungen über Ihre Buchungsstrecke. Wir haben Ihre Anmerkungen zur Provision (22 % statt 20 %) und zur Laufzeit übernommen.

Mit freundlichen Grüßen
Anna Schmitt""",
  att=[DOCX("Kooperationsvertrag_Sunbeam_Entwurf_v3.docx", [
      ("h", "Kooperationsvertrag Reiseversicherung"),
      "zwischen der Lindenhof Allgemeine Versicherung AG und der Sunbeam Tours GmbH",
      ("h", "§ 1 Gegenstand", 2), "Sunbeam vermittelt Reiseversicherungen der Lindenhof im Rahmen der Online-Buchung.",
      ("h", "§ 4 Vergütung", 2), "Die Provision beträgt 22 % der Nettoprämie. Abrechnung monatlich.",
      ("table", [["Produkt", "Provision"], ["Reiserücktritt", "22 %"], ["Rundum-Paket", "22 %"], ["Auslandskranken", "15 %"]]),
      ("h", "§ 9 Laufzeit", 2), "Der Vertrag läuft bis 31.12.2028 und verlängert sich um je ein Jahr."], author="A. Schmitt")])

M(N, "en", "assistance-to-insurer", "monthly assistance statistics by country; aggregates only",
  "Reporting Global Assist <reporting@global-assist.example>", S("l.kaiser"), "Monthly report March 2026",
  """Dear Lukas,

attached is the monthly statistics report for March. Case volume was 14 % above March 2025, mostly due to the early Easter holidays.

Best
Global Assist Reporting""",
  att=[XLSX("GA_monthly_report_2026-03.xlsx", [
      ("Cases", [["Country", "Outpatient", "Inpatient", "Repatriations", "Avg cost EUR"],
                 ["Spain", 412, 38, 4, 1210], ["Austria", 288, 51, 2, 1980], ["Thailand", 97, 12, 1, 1640],
                 ["USA", 41, 9, 2, 18420], ["Turkey", 122, 14, 3, 2310], ["Other", 318, 29, 5, 1470]])],
      author="Global Assist")])

M(N, "de", "internal", "training invitation on new travel insurance terms",
  S("l.kaiser"), "Team Reise <team.reise@versicherer.example>", "Schulung neue Reisebedingungen VB-Reise 2026",
  """Hallo zusammen,

zur Einführung der neuen VB-Reise 2026 gibt es eine einstündige Schulung. Einladung anbei.

Lukas""",
  att=[ICS("Schulung_VB-Reise_2026.ics", "Schulung VB-Reise 2026", "20260429T140000", "20260429T150000",
           location="Raum 2.05 / Teams", organizer=("Lukas Kaiser", "l.kaiser@versicherer.example"),
           attendees=[("Team Reise", "team.reise@versicherer.example")])])

M(N, "en", "insurer-to-broker", "general travel advisory on strikes; no person",
  S("l.kaiser"), "broker-news@verteiler.versicherer.example", "Travel advisory: air traffic control strikes in France",
  """Dear partners,

French air traffic controllers have announced strikes from 24 to 26 April. Please note for your clients: strikes known at the time of booking are not an insured reason for cancellation. Additional costs due to missed connections may be covered under the "Rundum" package if the strike was announced after booking.

Kind regards
Travel Claims""")

M(N, "de", "supplier-to-insurer", "interpreting service price list as CSV; no person",
  "Dolmetscherdienst Babel <auftrag@dolmetscher-babel.example>", "reise.leistung@versicherer.example", "Preise Telefondolmetschen 2026",
  """Guten Tag,

anbei unsere aktuellen Preise für Telefon- und Videodolmetschen, gültig ab 01.05.2026.

Freundliche Grüße
Dolmetscherdienst Babel""",
  att=[CSV("Preise_2026.csv", [["Sprache", "Telefon je Min.", "Video je Min.", "Mindestabrechnung"],
                                ["Englisch", "1,60 €", "1,90 €", "10 Min."], ["Spanisch", "1,70 €", "2,00 €", "10 Min."],
                                ["Türkisch", "1,70 €", "2,00 €", "10 Min."], ["Thai", "2,40 €", "2,80 €", "15 Min."],
                                ["Arabisch", "1,90 €", "2,20 €", "10 Min."]])])

M(N, "en", "insurer-to-public", "press release with aggregate travel claims statistics; trap with illness categories",
  S("l.fischer"), "newsdesk@travel-trade-news.example", "Press release: Travel insurance claims at record level",
  """PRESS RELEASE

Hannover, 21 April 2026 – Lindenhof paid a record EUR 38.2 million in travel insurance claims in 2025 (+12 %). Illness was the most common reason for cancelled trips (58 %), followed by accidents (11 %) and job-related reasons (7 %). Abroad, gastrointestinal illnesses accounted for 23 % of medical cases, fractures for 14 %.

The most expensive single case was a medical evacuation from South America.

Media contact: presse@versicherer.example""")

M(N, "de", "it-provider-to-insurer", "API change notice of a booking platform; no person",
  "API-Team Sunbeam Tours <api@sunbeam-tours.example>", "t.krueger@versicherer.example", "Änderung Schnittstelle Versicherungsbuchung ab 15.05.",
  """Hallo Herr Krüger,

zum 15.05.2026 stellen wir die Schnittstelle für Versicherungsbuchungen auf Version 3 um. Änderungen:
- Feld "traveller.birthDate" wird Pflichtfeld (ISO-Format JJJJ-MM-TT)
- OAuth2 statt API-Key
- neue Fehlercodes 422/409

Die Testumgebung ist ab sofort erreichbar. Dokumentation: https://developer.sunbeam-tours.example/v3

Viele Grüße
API-Team""")

M(N, "en", "internal", "notes of an SLA call with an assistance provider; no cases",
  S("l.kaiser"), ["Global Assist Account Team <account@global-assist.example>", S("d.lang")], "Notes – SLA review call 8 April",
  """Hi all,

short notes from today's call:
- Phone answer rate Q1: 94 % within 20 s (target 90 %) – met
- Guarantee of payment within 4 h: 88 % (target 95 %) – action plan by Global Assist until 30 April
- Invoice data delivery: switch to monthly XML from June
- Next review: 8 July

Lukas""")

M(N, "de", "internal", "lost-and-found note",
  "Empfang <empfang@versicherer.example>", "Standort Hannover <standort.hannover@versicherer.example>", "Fundsache: Schlüsselbund",
  "Hallo zusammen, im Raum 2.11 wurde ein Schlüsselbund mit rotem Anhänger (Hannover 96) gefunden. Abzuholen am Empfang. Grüße, euer Empfangsteam")

M(N, "en", "insurer-to-broker", "product information document for travel insurance; no person",
  S("j.wolters"), "Priya Raman <priya.raman@globalhome-brokers.example>", "IPID travel insurance (English)",
  """Hi Priya,

as requested, the English insurance product information document (IPID) for our travel package.

Best
Jana""",
  att=[PDF("IPID_Travel_Rundum_EN.pdf", [
      ("h", "Insurance Product Information Document – Travel 'Rundum'"),
      "Company: Lindenhof Allgemeine Versicherung AG, Germany. Product: Travel package 'Rundum'.",
      ("h", "What is insured?", 2), "Trip cancellation and curtailment; baggage; emergency medical expenses abroad incl. repatriation; 24/7 assistance.",
      ("h", "What is not insured?", 2), "Known pre-existing conditions treated in the last 6 months; war; pandemics declared before booking.",
      ("h", "Where am I covered?", 2), "Worldwide."], title="IPID Travel")])

M(N, "de", "internal", "letter template with placeholders instead of personal data; trap",
  S("l.kaiser"), "Textmanagement <textmanagement@versicherer.example>", "Neuer Textbaustein Reiserücktritt Ablehnung Vorerkrankung",
  """Hallo Textmanagement,

bitte den anhängenden Textbaustein RR-ABL-07 in die Korrespondenzsoftware aufnehmen. Die Platzhalter entsprechen dem üblichen Schema.

Danke
Lukas""",
  att=[ODT("Textbaustein_RR-ABL-07.odt", [
      ("h", "Textbaustein RR-ABL-07"),
      "Sehr geehrte(r) <<Anrede>> <<Nachname>>,",
      "vielen Dank für Ihre Schadenmeldung zu Ihrem Vertrag <<Vers.-Nr.>> vom <<Meldedatum>>.",
      "Der Rücktritt erfolgte wegen einer Erkrankung, die bereits vor Reisebuchung bekannt und behandelt war (<<Behandlungszeitraum>>). Nach Ziffer 3.2 VB-Reise 2026 besteht hierfür kein Versicherungsschutz.",
      "Mit freundlichen Grüßen\n<<Sachbearbeiter>>"])])

M(N, "en", "auto-reply", "out-of-office reply without personal data",
  "Claire Dubois <claire.dubois@alpine-re.example>", S("p.lindqvist"), "Automatic reply: Cat modelling results 2026 – Lindenhof",
  """Thank you for your message. I am out of the office until 22 April with limited access to e-mail. For urgent matters please contact treaty.desk@alpine-re.example.

Best regards
Claire Dubois""")

M(N, "de", "auto-reply", "out-of-office reply of a staff member",
  S("l.kaiser"), "Global Assist Account Team <account@global-assist.example>", "Abwesenheitsnotiz: Notes – SLA review call 8 April",
  """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 17.04.2026 nicht im Büro. In dringenden Fällen wenden Sie sich bitte an reise.leistung@versicherer.example oder 0511 4470-3600.

Mit freundlichen Grüßen
Lukas Kaiser""")

M(N, "en", "insurer-to-public", "customer satisfaction survey to a mailing list; no person",
  F("umfrage", "Lindenhof Customer Survey"), "survey-panel@verteiler.versicherer.example", "How was your experience with us? (3 minutes)",
  """We'd love your feedback!

Please take three minutes to tell us how satisfied you are with our service. As a thank-you, we donate EUR 1 for every completed survey to the German Red Cross.

Start the survey: https://umfrage.lindenhof-versicherung.example/2026-q2

The survey is anonymous. Unsubscribe from survey invitations: reply with "STOP".""")

M(N, "de", "internal", "aggregated complaint statistics; no person",
  "Beschwerdemanagement <beschwerde@versicherer.example>", "Vorstandsbüro <vorstandsbuero@versicherer.example>", "Beschwerdestatistik Q1/2026",
  """Sehr geehrte Damen und Herren,

anbei die Beschwerdestatistik für das erste Quartal. Die Zahl der Beschwerden in der Reiseversicherung ist wegen längerer Bearbeitungszeiten gestiegen; die Ursache (Personalengpass) ist behoben.

Beschwerdemanagement""",
  att=[ODS("Beschwerdestatistik_Q1_2026.ods", [
      ["Sparte", "Beschwerden Q1", "davon Ombudsmann", "Ø Bearbeitungszeit Tage", "Vorquartal"],
      ["Kfz", 118, 4, 6.2, 131], ["Sach", 96, 3, 7.1, 88], ["Kranken", 142, 9, 8.4, 150],
      ["Leben", 61, 5, 9.0, 58], ["Reise", 74, 2, 11.3, 39]])])
