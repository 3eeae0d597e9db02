# Batch 10: mixed short mails, forwards, odd encodings, traps
from .common import *

M(SC, "en", "customer-to-insurer", "customer sends his children's vaccination invoice (with typos) under their health policy",
  "Dave Kowalczyk <dave.k@hotmail.example>", "leistung.kranken@versicherer.example", "vacination invoice kids",
  """hi there,

pls find attached the invoice from dr Bernstein for the kids vaccinations (MMR 2nd dose for Noah, HPV for Lily). policy no is KV 82-0014409, its under my name.

cheers
Dave""",
  att=[JPG("invoice_bernstein.jpg", label="Rechnung")], cte="7bit")

M(SC, "de", "insurer-to-customer", "tells the addressee that her prescriptions were reimbursed (addressee = identifiable person, health)",
  F("leistung.kranken", "Lindenhof Krankenversicherung"), "Ulrike Fahrenholz <ulrike.fahrenholz@web.example>", "Erstattung Ihrer Rezepte",
  """Guten Tag Frau Fahrenholz,

Ihre Rezepte vom 23.03.2026 wurden erstattet. Der Betrag von 37,45 € wird Ihrem Konto in den nächsten Tagen gutgeschrieben.

Ihre Lindenhof Krankenversicherung""", charset="iso-8859-1", cte="8bit")

M(SC, "de", "customer-to-insurer", "short customer mail with photo of a physiotherapy prescription (6x manual therapy)",
  "Oksana Hrytsenko <oksana.hrytsenko@ukr.example>", "leistung.kranken@versicherer.example", "Verordnung Physio",
  """Hallo, anbei meine Verordnung für Physiotherapie (6x Manuelle Therapie wegen Nacken) zur Info, die Rechnung kommt dann später. KV 83-0211094
Danke, Oksana Hrytsenko""",
  att=[PNG("Verordnung_MT.png", size=(240, 340), label="Verordnung")])

M(SC, "en", "insurer-to-doctor", "forwards a named claimant's mail describing depression and panic attacks to a consulting psychiatrist",
  S("f.seidel"), "Dr. med. Katrin Vollmer <gutachten@dr-vollmer-psychiatrie.example>", "FW: disability claim – question for your review",
  f"""Dear Dr Vollmer,

as discussed, below the claimant's own description. Could you tell us whether an independent psychiatric assessment is advisable before we decide? Claim ref. BU-2026-000944.

Best regards
Frank Seidel

{orig_en("Jonathan Reeves <j.reeves@gmail.example>", "Thursday, April 9, 2026 10:31 PM", "leben@versicherer.example", "My disability claim")}
Dear Sir or Madam,

I have been off work since November. I have severe depression and panic attacks several times a week, especially on the underground, so I can't get to the office. My psychiatrist increased my venlafaxine to 225 mg and I see a therapist weekly. I worked as a sales manager with lots of travel, which is impossible at the moment.

Jonathan Reeves (policy LV 65-0118207)""")

M(SC, "de", "customer-to-insurer", "customer claims hospital daily allowance for his stay at a named hospital",
  "Bernd Ossenkopp <bernd.ossenkopp@t-online.example>", "leistung.kranken@versicherer.example", "Krankenhaustagegeld",
  """Sehr geehrte Damen und Herren,

ich lag vom 3. bis 9. März im Krankenhaus Siloah (Gallenblase raus). Ich habe bei Ihnen ein Krankenhaustagegeld von 50 € am Tag (Vertrag KT 12-0400812). Die Aufenthaltsbescheinigung schicke ich mit der Post.

Mit freundlichen Grüßen
Bernd Ossenkopp""", charset="windows-1252", cte="quoted-printable")

M(SC, "en", "insurer-to-customer", "premium refund for a claim-free year in the addressee's private health insurance (personal line)",
  F("kv.vertrag", "Lindenhof Health Insurance"), "Hiroshi Yamamoto <hiroshi.yamamoto@gmail.example>", "Good news: your premium refund for 2025",
  """Dear Mr Yamamoto,

because you did not submit any claims in 2025, you will receive a premium refund of three monthly premiums, EUR 1,167.30, under your health insurance KV 80-0229184. The amount will be transferred in July 2026.

Tip: if you have smaller invoices from 2025, it usually pays to keep them rather than submit them.

Kind regards
Lindenhof Health Insurance""")

M(SC, "de", "lawyer-to-insurer", "medical malpractice claim against an insured surgeon: named patient with nerve injury after surgery",
  "Rechtsanwälte Hoyer & Kamp <post@hoyer-kamp.example>", "schaden.haftpflicht@versicherer.example",
  "Arzthaftung – Ihre VN Dr. med. Jens Pahl ./. Frau Renate Siebert",
  """Sehr geehrte Damen und Herren,

wir vertreten Frau Renate Siebert, die am 14.10.2025 in der Praxisklinik Ihres Versicherungsnehmers Dr. med. Jens Pahl an der Schilddrüse operiert wurde (Thyreoidektomie bei Struma nodosa). Seit der Operation leidet unsere Mandantin an einer dauerhaften Rekurrensparese links mit Heiserkeit und Atemnot bei Belastung. Eine ordnungsgemäße Aufklärung über dieses Risiko ist nicht erfolgt; ein intraoperatives Neuromonitoring wurde nicht eingesetzt.

Wir machen ein Schmerzensgeld von mindestens 25.000 € sowie Verdienstausfall geltend und bitten um Anerkenntnis dem Grunde nach bis zum 15.05.2026.

Mit freundlichen Grüßen
Dr. Henrike Kamp
Rechtsanwältin""")

M(SC, "en", "company-to-insurer", "employer reports the death of a named employee under the company pension (life line)",
  "HR Services Brightwater Engineering <hr@brightwater-eng.example>", "bav@versicherer.example", "Death of our employee Mr Omar Haddad – company pension",
  """Dear Ms Vogt,

it is with great sadness that we inform you that our colleague Mr Omar Haddad (employee ID BW-0601, direct insurance LV 90-0455120) passed away on 11 April 2026. His wife, Mrs Lina Haddad, will contact you regarding the death benefit. Could you please let us know which documents she needs to submit?

Kind regards
Rebecca Hughes
HR Services""")

M(SC, "de", "insurer-to-customer", "accidental death benefit to the widow after a traffic accident (accident line)",
  S("c.meier"), "Sandra Wiechmann <sandra.wiechmann@gmx.example>", "Todesfallleistung aus der Unfallversicherung Ihres Mannes",
  """Sehr geehrte Frau Wiechmann,

wir sprechen Ihnen zum Tod Ihres Mannes, Herrn Karsten Wiechmann, unser tief empfundenes Beileid aus.

Aus seiner Unfallversicherung 40-UV-2290117 zahlen wir die vereinbarte Todesfallleistung von 30.000 € an Sie als Bezugsberechtigte. Den Bericht der Polizei und die Sterbeurkunde haben wir erhalten; weitere Unterlagen benötigen wir nicht.

Mit stillem Gruß
Claudia Meier""")

M(SC, "de", "doctor-to-insurer", "bland body; attached physician questionnaire for a named disability claimant",
  "Hausarztpraxis Dr. Weidemann <praxis@hausarzt-weidemann.example>", "leben@versicherer.example", "Ihr Schreiben vom 20.03.2026",
  """Sehr geehrte Damen und Herren,

anbei der ausgefüllte Fragebogen zurück.

Mit freundlichen Grüßen
Praxisteam Dr. Weidemann""",
  att=[PDF("Arztfragebogen_BU-2026-000731.pdf", [
      ("h", "Ärztlicher Fragebogen zur Berufsunfähigkeit – Zeichen BU-2026-000731"),
      "Patient: Sebastian Klöpper, geb. 21.06.1978",
      ("table", [["Frage", "Antwort"], ["Seit wann in Behandlung?", "seit 2014 Hausarzt; wegen Rücken seit 09/2025"],
                 ["Diagnosen", "M51.1 G lumbaler Bandscheibenvorfall L4/5 mit Radikulopathie; M54.4 G Lumboischialgie"],
                 ["Therapie", "Ibuprofen 600 mg, Pregabalin 75 mg, PRT-Infiltrationen x3, Physiotherapie"],
                 ["Arbeitsunfähig", "seit 15.09.2025 durchgehend"],
                 ["Prognose", "Tätigkeit als Dachdecker dauerhaft nicht mehr zumutbar"]]),
      "Datum, Stempel, Unterschrift: 07.04.2026, Dr. med. K. Weidemann"], title="Arztfragebogen", producer="Praxissoftware Medistar")])

M(SC, "en", "insurer-to-customer", "contact lenses reimbursed with the addressee's prescription values",
  F("leistung.kranken", "Lindenhof Health Insurance"), "Lucía Fernández <lucia.fernandez@gmail.example>", "Contact lenses – reimbursement",
  """Dear Ms Fernández,

we have reimbursed EUR 150.00 for your contact lenses from Optik Lichtblick. Given your prescription (R -6.50, L -6.25), lenses are covered under your tariff up to EUR 150 per year.

Kind regards
Lindenhof Health Insurance""")

M(C, "de", "insurer-to-customer", "short no-claims class overview naming the customer, contract and SF class",
  F("kfz.vertrag", "Lindenhof Kfz-Vertrag"), "Moritz Engelke <moritz.engelke@web.example>", "Ihre SF-Klasse",
  """Hallo Herr Engelke,

wie gewünscht: Ihr Vertrag KF 57-0112094 (H-ME 807) ist in der Haftpflicht in SF 7 (43 %) und in der Vollkasko in SF 6 (47 %) eingestuft.

Viele Grüße
Ihr Kfz-Team""")

M(C, "en", "insurer-to-customer", "household claim settlement with item table for the named customer",
  S("a.demir"), "Daniel Okafor <daniel.okafor@protonmail.example>", "Settlement of your burglary claim HR-26-0040112",
  None,
  html=page(f"""<p>Dear Mr Okafor,</p>
<p>we have completed the assessment of your claim under household policy HR 33-7710205:</p>
{table([["Item", "Claimed EUR", "Settled EUR", "Note"], ["MacBook Pro 14-inch", "2,399.00", "2,399.00", "new-for-old"], ["Fujifilm X-T5", "1,899.00", "1,899.00", ""], ["Omega Seamaster", "4,500.00", "3,800.00", "valuation by jeweller"], ["Sony headphones", "379.00", "379.00", ""], ["Cash", "250.00", "250.00", "cash limit EUR 1,500"], ["Door lock repair", "310.00", "310.00", ""], ["Total", "9,737.00", "9,037.00", ""]])}
<p>The amount will be paid to your account ending in 2211 within three working days.</p>
<p>Kind regards<br>Aylin Demir</p>"""))

M(C, "de", "customer-to-insurer", "customer sends a photo of his registration certificate with contract number and name",
  "Mehmet Kaya <mehmet.kaya@gmx.example>", "kfz.vertrag@versicherer.example", "Fahrzeugschein",
  """Hier der Fahrzeugschein für den neuen Wagen, Vertrag KF 59-0220718.
MfG Mehmet Kaya""",
  att=[JPG("Fahrzeugschein_H-MK-2201.jpg", label="ZB I")])

M(C, "en", "insurer-to-insurer", "UK insurer asks about the named claimant and vehicle in a cross-border claim",
  "Claims Handling Albion Motor <claims@albion-motor.example>", S("m.becker"), "Your policyholder Mr Lars Petersen – incident Dover 12/03/2026",
  """Dear Mr Becker,

we handle the claim of our policyholder Mrs Ellen Hart against your policyholder Mr Lars Petersen (vehicle HH-NF 201, fleet policy 70-FL-220931), who reversed into her vehicle at the Port of Dover on 12 March 2026.

Could you confirm cover and provide your driver's account? Our estimate: GBP 2,140.

Regards
Albion Motor Claims""")

M(C, "de", "insurer-to-customer", "household premium increase with name and contract number (windows-1252, quoted-printable)",
  F("service", "Lindenhof Kundenservice"), "Ernst Wöhler <ernst.woehler@t-online.example>", "Anpassung Ihres Hausratbeitrags",
  """Sehr geehrter Herr Wöhler,

zum 01.06.2026 steigt der Beitrag Ihrer Hausratversicherung HR 14-0070218 aufgrund der Summenanpassung (Baupreisindex) von 112,40 € auf 118,70 € jährlich. Die Versicherungssumme erhöht sich auf 67.600 €.

Sie haben ein Sonderkündigungsrecht innerhalb eines Monats nach Zugang dieser Mitteilung.

Mit freundlichen Grüßen – Ihr Lindenhof Kundenservice""", charset="windows-1252", cte="quoted-printable")

M(C, "en", "insurer-to-customer", "tenant's liability claim for damage to the rented flat naming landlord and claim",
  S("s.yilmaz"), "Nora Schneider <nora.schneider@posteo.example>", "Damage to your rented flat – claim PH-2026-0038812",
  """Dear Ms Schneider,

your landlords, Mr and Mrs Gerd and Helga Pfeiffer, have sent us their claim for the scratched parquet floor in the flat at Bödekerstraße 9 that you moved out of in March. Under your personal liability policy PH 16-7781122 damage to rented property is covered, except for normal wear and tear.

Our assessor will inspect the floor next week; the Pfeiffers have agreed.

Kind regards
Serkan Yilmaz""")

M(C, "de", "customer-to-insurer", "one-line address change with policy number",
  "Anja Petersen <anja.petersen@icloud.example>", "service@versicherer.example", "Neue Adresse",
  "Hallo, ab 1.5. wohne ich Weidendamm 12, 30167 Hannover. Betrifft Vertrag PH 15-2201845. Danke! Anja Petersen")

M(C, "de", "insurer-to-customer", "reminder of overdue liability premium with name and amounts (iso-8859-1, base64)",
  F("inkasso", "Lindenhof Beitragsservice"), "Kevin Brämer <kevin.braemer@web.example>", "Erinnerung: offener Beitrag Privathaftpflicht",
  """Sehr geehrter Herr Brämer,

für Ihre Privathaftpflichtversicherung PH 17-0228814 ist der Jahresbeitrag von 58,90 € seit dem 01.03.2026 offen. Bitte überweisen Sie den Betrag bis zum 30.04.2026 unter Angabe der Vertragsnummer.

Freundliche Grüße
Lindenhof Beitragsservice""", charset="iso-8859-1", cte="base64")

M(C, "en", "company-to-insurer", "employer confirms a named employee's employment and salary for a rent deposit guarantee",
  "HR Services Brightwater Engineering <hr@brightwater-eng.example>", "kaution@versicherer.example", "Employment confirmation – Ms Laura Mendel",
  """To whom it may concern,

we confirm that Ms Laura Mendel, born 7 June 1999, has been employed by Brightwater Engineering GmbH since 1 September 2024 on a permanent contract as a design engineer. Her gross monthly salary is EUR 4,650. She is not in her probationary period.

This confirmation is issued at her request for her application for a rent deposit guarantee.

Rebecca Hughes, HR Services""")

M(C, "de", "insurer-to-landlord", "rent deposit guarantee certificate naming the tenant, flat and amount",
  F("kaution", "Lindenhof Mietkaution"), "Wohnbau Linden eG <vermietung@wohnbau-linden.example>", "Mietkautionsbürgschaft für Frau Laura Mendel",
  """Sehr geehrte Damen und Herren,

anbei erhalten Sie die Bürgschaftsurkunde Nr. MK-2026-004417 für die Mieterin Frau Laura Mendel, Wohnung Limmerstraße 101, 2. OG rechts, 30451 Hannover. Bürgschaftsbetrag: 2.370,00 € (drei Nettokaltmieten). Die Urkunde ersetzt die Barkaution.

Mit freundlichen Grüßen
Lindenhof Mietkaution""")

M(C, "en", "insurer-to-insurer", "previous-insurer request with the named driver's date of birth and no-claims class",
  S("i.bauer"), "Underwriting Motor Rheintal <vorversicherer@rheintal-versicherung.example>", "Previous insurer enquiry – Mr Tyler Henderson / Ms Carla Henderson",
  """Dear colleagues,

Mr Tyler Henderson (born 18.06.1987) has applied for motor insurance with us and states that his wife, Ms Carla Henderson (born 02.11.1988), held a motor policy with you from 2021 to 2025 (registration H-CH 110). Could you please confirm the no-claims class (SF) and any claims in the last 3 years?

Kind regards
Ines Bauer""")

M(C, "de", "customer-to-insurer", "list of valuables with jewellery values and safe storage of a named customer (DOCX)",
  "Dr. Cornelia Hagedorn <c.hagedorn@posteo.example>", S("a.demir"), "Wertsachenliste zu meiner Hausratversicherung",
  """Sehr geehrte Frau Demir,

wie besprochen anbei die Liste meiner Wertsachen, damit wir die Wertsachengrenze richtig anpassen können.

Freundliche Grüße
Cornelia Hagedorn""",
  att=[DOCX("Wertsachen_Hagedorn.docx", [
      ("h", "Wertsachenliste – Hausrat HR 25-0091877"),
      "Versicherungsnehmerin: Dr. Cornelia Hagedorn, Hohenzollernstraße 41, 30161 Hannover",
      ("table", [["Gegenstand", "Wert", "Beleg/Gutachten", "Aufbewahrung"], ["Brillantring 1,2 ct", "8.400 €", "Gutachten 2023", "Tresor VdS III"],
                 ["Perlenkette (Erbstück)", "3.100 €", "Schätzung", "Tresor"], ["Rolex Datejust", "9.800 €", "Kaufbeleg 2019", "getragen"],
                 ["Gemälde F. Nolde (Aquarell)", "24.000 €", "Expertise 2020", "Wohnzimmer"]]),
      "Tresor: 180 kg, verankert, Schlafzimmer."], author="C. Hagedorn")])

M(N, "de", "insurer-to-prospect", "price enquiry of a prospect; named addressee but no contract or listed personal data",
  F("service", "Lindenhof Kundenservice"), "Fabian Roloff <fabian.roloff@gmail.example>", "Ihre Anfrage Hausratversicherung",
  """Hallo Herr Roloff,

vielen Dank für Ihr Interesse! Für eine Wohnung mit 60 m² in Hannover kostet unsere Hausratversicherung im Tarif Komfort 7,90 € im Monat (inkl. Fahrraddiebstahl bis 1.500 €, ohne Selbstbeteiligung). Online abschließen können Sie unter www.lindenhof-versicherung.example/hausrat.

Viele Grüße
Ihr Lindenhof Kundenservice""")

M(N, "en", "insurer-to-public", "English newsletter on home safety; no person",
  F("newsletter", "Lindenhof Newsletter"), "expat-newsletter@verteiler.versicherer.example", "Spring cleaning for your home insurance",
  """Spring cleaning for your home insurance

- Did you buy anything valuable? Check your sum insured (a rule of thumb is EUR 650 per square metre).
- Bike stolen? Lock it to a fixed object – and keep the receipt.
- Going on holiday? Turn off the water supply to washing machines.

Questions? Our English-speaking team is there for you Mon-Fri 8:00-18:00.""")

M(N, "de", "internal", "summer party registration (windows-1252, base64); no personal data",
  "Betriebsrat <betriebsrat@versicherer.example>", "Alle Mitarbeitenden Hannover <alle.hannover@versicherer.example>", "Sommerfest 26.06. – jetzt anmelden",
  """Liebe Kolleginnen und Kollegen,

unser Sommerfest findet am Freitag, 26. Juni ab 16 Uhr im Innenhof statt. Es gibt Grillgut (auch vegan), Eis, eine Band und für die Kinder eine Hüpfburg. Anmeldung bis 12. Juni im Intranet – Partner/innen und Kinder sind herzlich willkommen.

Euer Betriebsrat""", charset="windows-1252", cte="base64")

M(N, "en", "it-provider-to-insurer", "notice that a gateway certificate expires soon; no personal data",
  "PKI Services <pki-notify@trust-ca.example>", "t.krueger@versicherer.example", "Certificate expiry notice: securemail.versicherer.example",
  """Dear customer,

the following certificate will expire in 30 days:

Subject: CN=securemail.versicherer.example
Serial: 4F:1A:22:9C:03:77:E1:08
Valid until: 2026-05-14 23:59:59 UTC

Please renew it in the PKI portal. If you have already renewed, you can ignore this message.

Trust CA PKI Services""")

M(N, "de", "internal", "note that a staff S/MIME certificate was renewed",
  "IT-Service-Desk <it-servicedesk@versicherer.example>", S("s.hoffmann"), "Ihr S/MIME-Zertifikat wurde erneuert",
  """Hallo Frau Hoffmann,

Ihr persönliches S/MIME-Zertifikat wurde erneuert und ist bis 12.04.2029 gültig. Das neue Zertifikat wurde in Outlook automatisch hinterlegt und im Zertifikatsverzeichnis veröffentlicht. Externe Partner erhalten es mit Ihrer nächsten signierten E-Mail.

IT-Service-Desk""")

M(N, "en", "insurer-to-reinsurer", "meeting agenda with calendar file; no person",
  S("p.lindqvist"), "Markus Frei <m.frei@alpine-re.example>", "Agenda – annual meeting Zurich 17 June",
  """Dear Markus,

agenda for our annual meeting:
1. Treaty performance 2023-2025
2. Cat programme 2027 – first thoughts
3. Health QS wording v3
4. Dinner

Invite attached.

Peter""",
  att=[ICS("Annual_meeting_Zurich.ics", "Lindenhof / Alpine Re annual meeting", "20260617T100000", "20260617T160000",
           location="Alpine Re, Mythenquai, Zurich", organizer=("Peter Lindqvist", "p.lindqvist@versicherer.example"),
           attendees=[("Markus Frei", "m.frei@alpine-re.example"), ("Olaf Brandt", "o.brandt@versicherer.example")])])

M(N, "de", "supplier-to-insurer", "supplier invoice with the supplier company's own IBAN; business account, no natural person",
  "Buchhaltung Kältetechnik Brauer GmbH <rechnung@kaelte-brauer.example>", "kreditoren@versicherer.example", "Rechnung RE-2026-0441 zu Bestellung 4500179014",
  f"""Sehr geehrte Damen und Herren,

anbei unsere Rechnung RE-2026-0441 über die Frühjahrswartung der RLT-Anlagen (Bestellnummer 4500179014).

Rechnungsbetrag: 6.188,00 € netto zzgl. 19 % USt = 7.363,72 €
Zahlbar bis 15.05.2026 ohne Abzug auf unser Geschäftskonto:
Kältetechnik Brauer GmbH, IBAN {de_iban("25040066", "300812900")}, Commerzbank Hannover

Mit freundlichen Grüßen
Buchhaltung
Kältetechnik Brauer GmbH · HRB 61220 · USt-IdNr. DE 281 447 190""")

M(N, "en", "internal", "aggregated salary bands for job grades; income words but no person",
  S("b.richter"), "Management Circle <management@versicherer.example>", "Salary bands 2026 (for hiring managers)",
  """Dear managers,

for your hiring discussions, the salary bands 2026 (annual gross, full time):

Grade VI:  EUR 52,000 – 61,000
Grade VII: EUR 58,000 – 69,000
Grade VIII: EUR 65,000 – 78,000
AT:        individual

Offers above the band require HR approval. Please do not forward this mail outside the management circle.

Ben Richter, HR""")

M(N, "de", "internal", "congratulations on a passed exam; no personal data of the listed kinds",
  S("m.becker"), "Team Kfz-Schaden Nord <team.kfz-nord@versicherer.example>", "Glückwunsch, Ines!",
  """Hallo zusammen,

Ines hat die Prüfung zur Versicherungsfachwirtin bestanden – und das mit „gut"! 🎉 Heute um 15 Uhr gibt's Sekt und Brezeln in der Teeküche.

Martin""")

M(N, "en", "insurer-to-public", "press release on quarterly results; no person",
  S("l.fischer"), "newsdesk@insurance-journal.example", "Lindenhof Q1 2026: premium growth of 5.4 %",
  """PRESS RELEASE

Hannover, 29 April 2026 – Lindenhof Versicherungsgruppe grew gross written premiums by 5.4 % to EUR 1.12 billion in the first quarter of 2026. The combined ratio in property and casualty stood at 97.8 % (Q1 2025: 94.1 %), burdened by windstorm Hertha. Health and life business developed according to plan.

Media contact: presse@versicherer.example""")

M(N, "de", "insurer-to-public", "marketing mail with an HTML tariff table; prices only, no person",
  F("marketing", "Lindenhof Versicherung"), "interessenten@verteiler.example", "Zahnzusatz: jetzt ohne Wartezeit",
  None,
  html=page(f"""<h2>Strahlend lächeln – ohne Wartezeit</h2>
<p>Unsere neuen Zahntarife auf einen Blick:</p>
{table([["Tarif", "Zahnersatz", "Prophylaxe", "Beitrag (30 J.)"], ["ZahnPlus 70", "70 %", "bis 100 €", "12,40 €"], ["ZahnPlus 90", "90 %", "bis 150 €", "21,90 €"], ["ZahnPlus 100", "100 %", "bis 200 €", "29,80 €"]])}
<p>Jetzt online abschließen: <a href="https://www.lindenhof-versicherung.example/zahn">www.lindenhof-versicherung.example/zahn</a></p>
<p style="font-size:8pt">Beispielbeiträge für eine 30-jährige Person. Leistungsbegrenzungen in den ersten Jahren.</p>"""))

M(N, "en", "ombudsman-to-insurer", "ombudsman newsletter with annual statistics; no person",
  "Newsletter Insurance Ombudsman <newsletter@ombudsman-versicherung.example>", "beschwerde@versicherer.example", "Annual report 2025 published",
  """Dear Sir or Madam,

the annual report 2025 of the Insurance Ombudsman is now online. Highlights: 17,890 admissible complaints (+6 %), most frequent lines legal protection, life and motor. 39 % of complaints were successful for the consumer.

Read the report: www.ombudsman-versicherung.example/jahresbericht-2025""")

M(N, "de", "insurer-to-broker", "blank application form with health questions; sensitive-sounding attachment without any answers",
  S("j.wolters"), "Marco Dietz <m.dietz@finanzkontor-weser.example>", "Blanko-Antrag mit Gesundheitsfragen (neue Version)",
  """Hallo Marco,

hier die neue Version unseres Antragsformulars für die Krankenvollversicherung, die ab 01.05. gilt. Die Gesundheitsfragen wurden auf 10 Fragen gekürzt.

Viele Grüße
Jana""",
  att=[PDF("Antrag_KV_Gesundheitsfragen_Muster_2026-05.pdf", [
      ("h", "Antrag auf Krankenversicherung – Gesundheitsfragen (Muster)"),
      "Name der zu versichernden Person: ____________________   Geburtsdatum: __________",
      ("table", [["Nr.", "Frage", "ja", "nein"], ["1", "Bestehen oder bestanden in den letzten 3 Jahren Krankheiten, Beschwerden oder Unfallfolgen?", "[ ]", "[ ]"],
                 ["2", "Wurden Sie in den letzten 10 Jahren stationär behandelt?", "[ ]", "[ ]"],
                 ["3", "Fand in den letzten 10 Jahren eine Psychotherapie statt?", "[ ]", "[ ]"],
                 ["4", "Nehmen Sie regelmäßig Medikamente ein?", "[ ]", "[ ]"],
                 ["5", "Fehlen Zähne, die nicht ersetzt sind?", "[ ]", "[ ]"]]),
      "Bitte wahrheitsgemäß und vollständig beantworten (§ 19 VVG)."], title="Antragsmuster")])

M(N, "en", "it-provider-to-insurer", "interface test file with explicitly synthetic sample persons; no real person",
  "Integration Team MedCalc <integration@medcalc-software.example>", "t.krueger@versicherer.example", "Test file for the claims import (synthetic data)",
  """Hi Thomas,

attached is the test file for the claims import interface. All records are synthetic (Mustermann test persons, birth date 01.01.1900, invalid policy numbers with prefix TEST). Please load it only into the integration environment.

Best
MedCalc Integration Team""",
  att=[CSV("patient_data_export_TEST.csv", [
      ["policy", "last_name", "first_name", "dob", "icd", "goae", "amount"],
      ["TEST-000001", "Mustermann", "Max", "1900-01-01", "Z00.0", "1", "10.72"],
      ["TEST-000002", "Musterfrau", "Erika", "1900-01-01", "Z00.0", "5", "10.72"],
      ["TEST-000003", "Testperson", "Eins", "1900-01-01", "Z00.0", "250", "4.20"]], delim=",")])

M(N, "de", "internal", "photos from the company party; harmless images",
  S("l.fischer"), "Alle Mitarbeitenden Hannover <alle.hannover@versicherer.example>", "Fotos vom Frühlingsempfang",
  """Hallo zusammen,

hier zwei Eindrücke vom Frühlingsempfang – alle weiteren Fotos findet ihr im Intranet (nur Bilder von Kolleginnen und Kollegen, die zugestimmt haben).

Laura""",
  att=[JPG("Fruehlingsempfang_1.jpg", label="Empfang"), JPG("Fruehlingsempfang_2.jpg", label="Buffet")])

M(N, "de", "internal", "one-word reply", S("a.demir"), S("s.yilmaz"), "AW: Kuchen", "Danke! 😊")

M(N, "en", "auto-reply", "out-of-office reply of a staff member",
  S("p.lindqvist"), "James Whitfield <j.whitfield@marsden-broking.example>", "Automatic reply: Renewal call – Nordic Freight fleet programme",
  """I am travelling until 24 April with limited access to e-mail. For urgent matters please contact Robert Kowalski (r.kowalski@versicherer.example).

Peter Lindqvist""")
