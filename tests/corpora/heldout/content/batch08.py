# Batch 8: broker communication, portal, portfolio transfers
from .common import *

M(N, "de", "insurer-to-broker", "content-free notification of a new message in the portal mailbox",
  F("securemail", "Lindenhof SecureMail"), "Holger Schmidt <h.schmidt@maklerbuero-schmidt.example>", "Neue Nachricht in Ihrem Lindenhof-Postfach",
  """Guten Tag,

in Ihrem Lindenhof-Postfach liegt eine neue Nachricht für Sie bereit.

Melden Sie sich an unter https://securemail.lindenhof-versicherung.example, um die Nachricht zu lesen. Die Nachricht wird nach 90 Tagen automatisch gelöscht.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht darauf.

Lindenhof Versicherungsgruppe""")

M(N, "en", "insurer-to-broker", "one-time password for a new portal account; a credential but no personal data of the listed kinds",
  F("securemail", "Lindenhof SecureMail"), "Priya Raman <priya.raman@globalhome-brokers.example>", "Your one-time password for the Lindenhof broker portal",
  """Hello,

an account has been created for you in the Lindenhof broker portal. Your one-time password is:

    7QX-K2M-9TF

It is valid for 72 hours. You will receive the registration link in a separate e-mail. After logging in you will be asked to set a new password and a security question.

Lindenhof Insurance Group – this message was generated automatically.""")

M(N, "en", "insurer-to-broker", "release notes of the broker portal; no personal data",
  F("maklerportal", "Lindenhof Broker Portal"), "broker-news@verteiler.versicherer.example", "Broker portal release 26.2 – what's new",
  """Broker portal – release 26.2

- Electronic broker post now available via API (list, get, acknowledge) for all partner firms
- Firm administrators can lock and unlock users themselves
- New filter "documents of the last 30 days"
- Session timeout extended to 15 minutes of inactivity

Questions? Contact your broker support team.""")

M(N, "de", "insurer-to-broker", "commission summary of a broker firm with totals only; no customer data",
  F("provision", "Lindenhof Provisionsabrechnung"), "Buchhaltung Finanzkontor Weser <buchhaltung@finanzkontor-weser.example>", "Courtageabrechnung März 2026 – Zusammenfassung",
  None,
  html=page(f"""<p>Sehr geehrte Damen und Herren,</p>
<p>die Courtageabrechnung März 2026 für Ihre Vermittlernummer 40-1187 steht im Maklerportal bereit. Zusammenfassung:</p>
{table([["Sparte", "Abschlusscourtage", "Bestandscourtage", "Stornobelastung"], ["Kfz", "1.240,18 €", "3.118,40 €", "-84,20 €"], ["Sach/Haftpflicht", "2.881,00 €", "4.410,77 €", "0,00 €"], ["Kranken", "6.120,00 €", "512,30 €", "-1.004,00 €"], ["Leben", "9.870,44 €", "0,00 €", "-2.211,60 €"], ["Summe", "20.111,62 €", "8.041,47 €", "-3.299,80 €"]])}
<p>Auszahlung: 24.853,29 € am 10.04.2026.</p>
<p>Mit freundlichen Grüßen<br>Provisionsabrechnung</p>"""))

M(N, "en", "insurer-to-it-vendor", "API deprecation notice for broker software vendors",
  S("t.krueger"), "Product Team MVP-Soft <product@mvp-soft.example>", "BiPRO 430 endpoint v1 will be switched off on 30 June",
  """Dear MVP-Soft team,

as announced in January, we will switch off version 1 of our BiPRO 430 document endpoint on 30 June 2026. Please migrate your broker management software to v2 (OAuth2 client credentials, TLS 1.3 only). The test system is available at https://bipro-test.versicherer.example/v2.

Thank you
Thomas Krüger
IT – Broker Interfaces""")

M(N, "de", "insurer-to-broker", "invitation to a broker roadshow with calendar file",
  S("j.wolters"), "broker-nord@verteiler.versicherer.example", "Einladung Makler-Roadshow Nord 2026",
  """Liebe Maklerinnen und Makler,

wir kommen zu Ihnen: Bei unserer Roadshow stellen wir die neuen Tarife in Kfz, Zahn und BU vor – mit Zeit für Ihre Fragen und ein gemeinsames Abendessen.

Hamburg: 05.05.2026, 17:00 Uhr, Hotel am Dammtor
Die Kalendereinladung hängt an. Anmeldung bitte über das Maklerportal.

Herzliche Grüße
Jana Wolters""",
  att=[ICS("Roadshow_Hamburg.ics", "Lindenhof Makler-Roadshow Hamburg", "20260505T170000", "20260505T210000",
           location="Hotel am Dammtor, Hamburg", organizer=("Jana Wolters", "j.wolters@versicherer.example"), method="PUBLISH")])

M(N, "de", "broker-to-insurer", "tender for a company's group accident insurance with age bands only; no identifiable person",
  "Maklerbüro Schmidt <info@maklerbuero-schmidt.example>", S("a.schmitt"), "Ausschreibung Gruppenunfall Stadtwerke Uelzen",
  """Hallo Frau Schmitt,

für die Stadtwerke Uelzen schreiben wir die Gruppenunfallversicherung für 212 Mitarbeitende aus. Altersstruktur (nur Anzahl je Band):

bis 30 J.: 31
31–45 J.: 78
46–60 J.: 91
über 60 J.: 12

Gewünscht: Invalidität 100.000 € mit 225 % Progression, Todesfall 25.000 €, 24h-Deckung. Vorversicherer: keine Großschäden in den letzten 5 Jahren. Angebot bitte bis 30.04.

Grüße
Holger Schmidt""")

M(N, "en", "broker-to-insurer", "broker asks about cyber underwriting appetite; no client data",
  "James Whitfield <j.whitfield@marsden-broking.example>", S("r.kowalski"), "Cyber appetite for municipal utilities?",
  """Robert,

are you still writing cyber for municipal utilities (water/energy) with turnover < EUR 100m? If so, what minimum controls do you require besides MFA and offline backups? I have three prospects in Lower Saxony.

Thanks
James""")

M(N, "de", "insurer-to-broker", "thank-you note after a visit; no data",
  S("j.wolters"), "Marco Dietz <m.dietz@finanzkontor-weser.example>", "Danke für den netten Termin",
  """Hallo Marco,

danke für den Kaffee und das offene Gespräch heute! Die Unterlagen zur Zahn-Aktion schicke ich dir nächste Woche, und wegen der Portal-Zugänge für eure neuen Azubis meldet sich Thomas aus der IT.

Bis bald
Jana""")

M(N, "de", "internal", "process description for portfolio transfers between brokers; no concrete customer",
  S("j.wolters"), "Team Maklerbetreuung <team.makler@versicherer.example>", "Prozess Bestandsübertragung bei Nachfolge",
  """Hallo zusammen,

zur Erinnerung, wie wir Bestandsübertragungen bei Nachfolgeregelungen abwickeln:

1. Übertragungsvereinbarung zwischen abgebendem und übernehmendem Makler liegt vor
2. Kunden werden vom abgebenden Makler informiert (Widerspruchsrecht 4 Wochen)
3. Bei Personenversicherungen (Kranken, Leben, Unfall) Einwilligung nach § 203 StGB einholen – ohne Einwilligung keine Übertragung der Daten
4. Umschlüsselung im Bestandssystem erst nach Ablauf der Widerspruchsfrist

Fragen gern an mich.
Jana""")

M(N, "en", "broker-to-insurer", "firm administrator asks how to add a user in the portal",
  "Priya Raman <priya.raman@globalhome-brokers.example>", "maklerportal@versicherer.example", "How do I add a new colleague?",
  """Hello,

I'm the firm administrator for Global Home Brokers. A new colleague starts on Monday. How do I give her access to the portal, and can I restrict her so she cannot see customer contract data (only product information)?

Thanks
Priya""")

M(N, "de", "insurer-to-broker", "security advice to brokers about not sending health data by plain mail; no person",
  S("n.schulte"), "broker-news@verteiler.versicherer.example", "Wichtiger Hinweis: Gesundheitsdaten bitte nur verschlüsselt senden",
  """Liebe Vertriebspartner,

immer wieder erreichen uns Arztberichte, Gesundheitsfragen aus Anträgen oder Leistungsbelege Ihrer Kunden als unverschlüsselte E-Mail. Diese Daten sind besonders geschützt (Art. 9 DSGVO, § 203 StGB).

Bitte nutzen Sie dafür
- das Maklerportal (Upload im Vorgang),
- S/MIME-verschlüsselte E-Mail (unsere Zertifikate finden Sie im Zertifikatsverzeichnis) oder
- die Antwortfunktion in unserem SecureMail-Postfach.

Vielen Dank für Ihre Unterstützung!
Nina Schulte, Datenschutzkoordination""")

M(N, "en", "insurer-to-broker", "ZIP of marketing material (logos, brochure); no person",
  S("l.fischer"), "Priya Raman <priya.raman@globalhome-brokers.example>", "Marketing kit for your website",
  """Hi Priya,

here's our marketing kit: logos in two sizes and the English household brochure. Please use the logos only as described in the brand guide.

Best
Laura""",
  att=[ZIP("Lindenhof_marketing_kit_2026.zip", [
      PNG("lindenhof_logo_small.png", size=(120, 40), label="Lindenhof"),
      PNG("lindenhof_logo_large.png", size=(480, 160), label="Lindenhof"),
      PDF("Household_insurance_brochure_EN.pdf", [("h", "Household contents insurance – protect what you own"),
                                                  "Fire, burst pipes, storm, burglary, bicycle theft – and more.",
                                                  ("table", [["Option", "Basic", "Comfort"], ["Bicycle theft", "-", "up to EUR 3,000"], ["Glass", "optional", "included"]])],
          title="Household brochure")])])

M(N, "de", "supplier-to-insurer", "trade-fair stand construction quote; no person",
  "Projektleitung Messebau Nord <projekte@messebau-nord.example>", S("l.fischer"), "Angebot Messestand DKM 2026 – AN-2026-114",
  """Hallo Frau Fischer,

anbei unser Angebot für den Messestand auf der DKM (48 m², Kopfstand, 2 Besprechungskabinen, Theke mit Barista). Gesamtpreis 38.900 € netto inkl. Auf- und Abbau, Transport und Grafikproduktion.

Viele Grüße
Messebau Nord""")

M(N, "en", "insurer-to-broker", "aggregated portfolio growth by region; statistics only",
  S("j.wolters"), "James Whitfield <j.whitfield@marsden-broking.example>", "Your portfolio with Lindenhof – 2025 figures",
  """Hi James,

as requested, your firm's portfolio with us in aggregate form (no customer details):

Best
Jana""",
  att=[ODS("Marsden_portfolio_2025.ods", [
      ["Line", "Policies 2024", "Policies 2025", "GWP 2025 EUR", "Loss ratio"],
      ["Commercial property", 41, 46, 2140000, "58%"], ["Liability", 38, 40, 910000, "47%"],
      ["Motor fleet", 12, 14, 1320000, "71%"], ["Transport", 9, 9, 480000, "39%"]])])

M(N, "en", "association-to-insurer", "forwarded association newsletter on regulation; no person",
  S("n.schulte"), "AG Datenschutz <ag.datenschutz@versicherer.example>", "FW: European insurance data newsletter – April",
  """FYI – item 2 is relevant for our mail classification project.

Nina""",
  att=[EML(MI("Insurance Data Forum Europe <newsletter@insurance-data-forum.example>", "n.schulte@versicherer.example",
              "European insurance data newsletter – April 2026", """European insurance data newsletter – April 2026

1. EDPB guidelines on pseudonymisation: final version adopted.
2. Secure e-mail: regulators in several member states expect insurers to encrypt health data end-to-end or via portals; TLS alone is considered insufficient for special categories.
3. AI Act: obligations for high-risk systems in life and health pricing apply from August 2026.

Unsubscribe: reply with "unsubscribe".""", date="2026-04-02 07:00"), name="European insurance data newsletter – April 2026.eml")])

M(N, "en", "insurer-to-broker", "reminder about annual training hours for brokers; no person",
  S("j.wolters"), "broker-news@verteiler.versicherer.example", "Reminder: 15 hours of continuing education (IDD)",
  """Dear partners,

a friendly reminder that brokers must complete 15 hours of continuing education per calendar year. Our free e-learning modules (each 1-2 hours, certified by "gut beraten") are available in the broker portal under Academy.

Kind regards
Broker Support""")

M(C, "de", "insurer-to-broker", "portfolio transfer list with named customers and motor/household policy numbers",
  S("j.wolters"), "Versicherungsmakler Jens Oltrogge <jens@oltrogge-makler.example>", "Bestandsübertragung Maklerbüro Harjes – Sachverträge",
  """Hallo Herr Oltrogge,

anbei die Liste der Sachverträge aus dem Bestand von Herrn Harjes, die zum 01.05.2026 auf Ihre Vermittlernummer übertragen werden. Widersprüche von Kunden liegen nicht vor.

Viele Grüße
Jana Wolters""",
  att=[XLSX("Bestandsuebertragung_Harjes_Sach.xlsx", [
      ("Sach", [["Vertrag", "Sparte", "Kunde", "PLZ Ort", "Jahresbeitrag"],
                ["KF 38-0112290", "Kfz", "Gerda Wilkens", "27283 Verden", 487.20],
                ["HR 19-0880134", "Hausrat", "Gerda Wilkens", "27283 Verden", 96.40],
                ["PH 12-0771902", "Privathaftpflicht", "Uwe Brüning", "27308 Kirchlinteln", 71.80],
                ["WG 15-0330127", "Wohngebäude", "Heike und Ralf Tödter", "27283 Verden", 812.55]])],
      author="Maklerbetreuung")])

M(C, "de", "broker-to-insurer", "broker mandate naming the customer and her liability and household contracts (PDF)",
  "Finanzkontor Weser – Marco Dietz <m.dietz@finanzkontor-weser.example>", "makler@versicherer.example", "Maklermandat Kundin Yvonne Kamps",
  """Hallo,

anbei das Maklermandat meiner Kundin. Bitte die Verträge auf uns umschlüsseln.

Gruß Marco Dietz""",
  att=[PDF("Maklermandat_Kamps.pdf", [
      ("h", "Maklervertrag und Maklervollmacht"),
      "Auftraggeberin: Yvonne Kamps, Am Sielgraben 5, 27755 Delmenhorst",
      "Makler: Finanzkontor Weser GmbH, Langenstraße 30, 28195 Bremen",
      ("table", [["Versicherer", "Vertrag", "Sparte"], ["Lindenhof", "PH 13-2290877", "Privathaftpflicht"], ["Lindenhof", "HR 20-4471023", "Hausrat"]]),
      "Delmenhorst, 30.03.2026 – Unterschrift Y. Kamps"], title="Maklermandat")])

M(C, "en", "broker-to-insurer", "broker requests the claims history of a named client's household and liability policies",
  "Priya Raman <priya.raman@globalhome-brokers.example>", S("j.wolters"), "Claims history – Mr Liam Murphy",
  """Hi Jana,

could you send me the 5-year claims history for my client Liam Murphy (household HR 37-0011844, personal liability PH 14-5520911)? He's applying for a buildings policy for a flat he bought in Düsseldorf and the insurer wants it.

Cheers
Priya""")

M(C, "de", "insurer-to-broker", "commission clawback naming a customer whose motor contract was cancelled",
  F("provision", "Lindenhof Provisionsabrechnung"), "Maklerbüro Schmidt <info@maklerbuero-schmidt.example>", "Stornobelastung Vertrag KF 52-4419002",
  """Sehr geehrter Herr Schmidt,

der Kfz-Vertrag KF 52-4419002 Ihres Kunden Rüdiger Haas wurde wegen Nichtzahlung des Erstbeitrags zum 01.03.2026 aufgehoben. Gemäß Courtagevereinbarung belasten wir die Abschlusscourtage von 84,20 € zurück.

Mit freundlichen Grüßen
Provisionsabrechnung""")

M(C, "de", "insurer-to-broker", "broker post overview of new contracts with customer names and policy numbers in an HTML table",
  F("maklerpost", "Lindenhof Vermittlerpost"), "Maklerbüro Schmidt <info@maklerbuero-schmidt.example>", "Vermittlerpost: 4 neue Dokumente",
  None,
  html=page(f"""<p>Guten Tag,</p>
<p>für Ihre Vermittlernummer 40-0912 wurden folgende Dokumente bereitgestellt:</p>
{table([["Datum", "Kunde", "Vertrag", "Dokument"], ["07.04.2026", "Rüdiger Haas", "KF 52-4419020", "Versicherungsschein Kfz"], ["07.04.2026", "Carina Wendt", "KF 53-0021775", "Nachtrag Kennzeichen"], ["08.04.2026", "Hans und Ute Kerner", "WG 27-1190012", "Beitragsrechnung"], ["08.04.2026", "Beate Frommholz", "PH 16-3390018", "Versicherungsschein PHV"]])}
<p>Sie können die Dokumente im Maklerportal oder über Ihr Maklerverwaltungsprogramm abrufen.</p>"""))

M(C, "en", "broker-to-insurer", "named client's new Austrian IBAN (valid) for her legal protection policy",
  "Priya Raman <priya.raman@globalhome-brokers.example>", "makler@versicherer.example", "Bank change – Sofia Rossi, RS 78-0019921",
  f"""Hello,

my client Sofia Rossi would like her legal protection premiums (RS 78-0019921) to be debited from her new account from June:

Account holder: Sofia Rossi
IBAN: {iban("AT", "1904300234573201", group=4)}
BIC: BKAUATWW

The signed SEPA mandate will follow by post.

Thanks
Priya Raman, Global Home Brokers""")

M(C, "de", "insurer-to-broker", "payment arrears of a named customer's motor contract with amounts",
  F("inkasso", "Lindenhof Beitragsservice"), "Maklerbüro Schmidt <info@maklerbuero-schmidt.example>", "Zahlungsrückstand Ihres Kunden Detlef Krohn",
  """Sehr geehrter Herr Schmidt,

zur Information: Ihr Kunde Detlef Krohn ist mit dem Beitrag für seine Kfz-Versicherung KF 47-2201871 (Kennzeichen OS-DK 55) seit 01.02.2026 im Rückstand (offen: 2 x 64,80 € zzgl. Mahnkosten 5,00 €). Die qualifizierte Mahnung nach § 38 VVG ging am 20.03. raus; ab 04.04. besteht kein Versicherungsschutz mehr.

Vielleicht können Sie mit Herrn Krohn sprechen.

Lindenhof Beitragsservice""")

M(C, "de", "broker-to-insurer", "forwarded customer mail about natural hazards cover with address and policy",
  "Versicherungsmakler Jens Oltrogge <jens@oltrogge-makler.example>", S("a.demir"), "WG: Elementar bei uns?",
  """Hallo Frau Demir,

siehe unten, Frage meiner Kundin. Ist das Haus in ZÜRS-Zone 2 mit Elementar zeichenbar? Vertrag WG 15-0330127.

Gruß J. Oltrogge""",
  att=[EML(MI("Heike Tödter <heike.toedter@t-online.example>", "jens@oltrogge-makler.example", "Elementar bei uns?",
              """Hallo Herr Oltrogge,

nach dem Starkregen im Februar haben wir Angst, dass die Aller wieder über die Ufer tritt. Unser Haus (Allerdeich 17, 27283 Verden) ist bei der Lindenhof versichert, aber ohne Elementar. Können Sie das bitte einschließen lassen? Was kostet das?

Liebe Grüße
Heike Tödter""", date="2026-04-03 19:40"))])

M(C, "en", "insurer-to-broker", "liability quote for a named client with date of birth",
  S("j.wolters"), "James Whitfield <j.whitfield@marsden-broking.example>", "Quote personal liability – Ms Charlotte Avery",
  """Hi James,

quote for your client Ms Charlotte Avery (born 14 February 1979), single, no children, Hamburg:

Personal liability "Komfort", EUR 20m, no deductible: EUR 64.90 p.a.
Incl. key loss and damage to rented property

Valid for 6 weeks.

Best
Jana""")

M(C, "de", "broker-to-insurer", "motor cancellation via broker naming the customer and registration",
  "Maklerbüro Schmidt <info@maklerbuero-schmidt.example>", "kfz.vertrag@versicherer.example", "Kündigung Kfz – Kunde Arnold Brückner",
  """Sehr geehrte Damen und Herren,

namens und in Vollmacht unseres Kunden Arnold Brückner kündigen wir die Kfz-Versicherung KF 41-0088213 (OS-AB 1951) zum 30.04.2026. Das Fahrzeug wurde verkauft; der Kaufvertrag liegt bei.

Mit freundlichen Grüßen
Maklerbüro Schmidt GmbH""")

M(C, "de", "insurer-to-customer", "informs a named customer of the broker change for his household and liability contracts",
  F("service", "Lindenhof Kundenservice"), "Uwe Brüning <uwe.bruening@ewe.example>", "Neuer Ansprechpartner für Ihre Verträge",
  """Sehr geehrter Herr Brüning,

Ihr bisheriger Versicherungsmakler, Herr Harjes, hat sein Büro altersbedingt an Herrn Jens Oltrogge übergeben. Ab 01.05.2026 betreut Herr Oltrogge Ihre Verträge bei uns:

- Privathaftpflicht PH 12-0771902
- Hausrat HR 19-0880288

An Ihren Verträgen ändert sich nichts. Wenn Sie mit dem Wechsel nicht einverstanden sind, können Sie innerhalb von vier Wochen widersprechen.

Mit freundlichen Grüßen
Ihr Lindenhof Kundenservice""")

M(C, "en", "broker-to-insurer", "UK broker receives a named client's German motor documents in a ZIP",
  "Oliver Hart <o.hart@hart-insurance-brokers.example>", S("i.bauer"), "RE: Mrs Fiona Gallagher – documents received, thanks",
  f"""Dear Ms Bauer,

many thanks, the documents for Mrs Gallagher arrived safely (ZIP attached again for your records, as requested by our compliance team). Her new Irish insurer has accepted the no-claims history.

Best regards
Oliver Hart

{orig_en("Ines Bauer", "10 March 2026 11:02", "o.hart@hart-insurance-brokers.example", "Mrs Fiona Gallagher – documents")}
Dear Mr Hart,
attached the policy schedule and no-claims certificate of Mrs Fiona Gallagher (KF 58-7741920), as authorised by her.
Ines Bauer""",
  att=[ZIP("Gallagher_motor_docs.zip", [
      PDF("Policy_schedule_KF58-7741920.pdf", [("h", "Policy schedule – motor insurance KF 58-7741920"),
                                               "Policyholder: Fiona Gallagher, born 03.09.1984, Eppendorfer Weg 17, 20259 Hamburg",
                                               ("table", [["Vehicle", "Cover", "SF class"], ["HH-FG 903 Mini Cooper", "TPL + comprehensive SB 300", "SF 9"]])],
          title="Policy schedule"),
      PDF("No_claims_certificate_Gallagher.pdf", [("h", "No-claims certificate"), "Fiona Gallagher, 01.05.2017 - 31.03.2026, no claims, SF 9"],
          title="No-claims certificate")])])

M(C, "de", "broker-to-insurer", "bland body; ODS list of several named clients' new bank accounts",
  "Finanzkontor Weser – Bestandsservice <bestand@finanzkontor-weser.example>", "makler@versicherer.example", "Änderungen April",
  """Hallo,

anbei die Änderungsliste für April.

Gruß
Bestandsservice Finanzkontor Weser""",
  att=[ODS("Aenderungsliste_2026-04.ods", [
      ["Kunde", "Vertrag", "Art", "Neuer Wert"],
      ["Yvonne Kamps", "PH 13-2290877", "Bankverbindung", de_iban("29050101", "7001882", group=None)],
      ["Yvonne Kamps", "HR 20-4471023", "Bankverbindung", de_iban("29050101", "7001882", group=None)],
      ["Dirk Seebeck", "KF 50-0122981", "Bankverbindung", de_iban("29151700", "1120034", group=None, valid=False)],
      ["Dirk Seebeck", "KF 50-0122981", "Anschrift", "Hinter der Mauer 4, 28195 Bremen"]])])

M(SC, "de", "insurer-to-broker", "broker post with a named client's private health benefit statement",
  F("maklerpost", "Lindenhof Vermittlerpost"), "Versicherungsmakler Jens Oltrogge <jens@oltrogge-makler.example>", "Kopie Leistungsabrechnung für Ihren Kunden",
  """Guten Tag Herr Oltrogge,

wie von Ihrem Kunden Bastian Hemme gewünscht (Einwilligung liegt vor), erhalten Sie eine Kopie der Leistungsabrechnung vom 09.04.2026 zur Krankenversicherung KV 58-0094412:

Rechnung Diabetologische Schwerpunktpraxis Dr. Rehm, 02.04.2026: 148,22 € erstattet
Apotheke (Metformin, Teststreifen): 61,40 € erstattet
Schulungsprogramm Diabetes (8 Einheiten): 240,00 € abgelehnt – nicht tariflich versichert

Mit freundlichen Grüßen
Lindenhof Krankenversicherung a.G.""")

M(SC, "de", "broker-to-insurer", "portfolio transfer list including named customers' health, disability and accident contracts",
  "Versicherungsmakler Jens Oltrogge <jens@oltrogge-makler.example>", "makler@versicherer.example", "Bestandsübertragung Harjes – Personenversicherungen",
  """Hallo Team Maklerbetreuung,

anbei die Liste der Personenversicherungen aus dem Bestand Harjes. Die Einwilligungen der Kunden nach § 203 StGB schicke ich per Post.

Gruß J. Oltrogge""",
  att=[CSV("Bestand_Harjes_Person.csv", [
      ["Vertrag", "Sparte", "Kunde", "Geburtsdatum"],
      ["KV 41-0077120", "Krankenvoll", "Gerda Wilkens", "14.04.1958"],
      ["LV 61-0022918", "BU", "Uwe Brüning", "02.09.1981"],
      ["40-UV-1100873", "Unfall", "Ralf Tödter", "29.12.1969"],
      ["ZZ 70-0098211", "Zahnzusatz", "Heike Tödter", "07.07.1972"]])])

M(SC, "en", "broker-to-insurer", "broker asks why a named client's physiotherapy claim was cut under private health insurance",
  "Priya Raman <priya.raman@globalhome-brokers.example>", "leistung.kranken@versicherer.example", "Client Anika Sharma – physio reimbursement",
  """Hello,

my client Anika Sharma (KV 81-0331207) received only EUR 412 of her EUR 690 physiotherapy invoice (12 sessions manual therapy after her ankle fracture in January). Could you explain the calculation? She thought her tariff covers physiotherapy in full.

Thanks
Priya Raman
Global Home Brokers""")

M(SC, "de", "insurer-to-broker", "disability insurance increase option used by a named client after marriage (life line), no medical words",
  S("f.seidel"), "Finanzkontor Weser – Marco Dietz <m.dietz@finanzkontor-weser.example>", "Nachversicherung BU – Kunde Sven Oldenburg",
  """Hallo Herr Dietz,

Ihr Kunde Sven Oldenburg hat anlässlich seiner Heirat die Nachversicherungsgarantie genutzt. Die BU-Rente in Vertrag LV 64-0339012 erhöht sich ohne erneute Gesundheitsprüfung zum 01.05.2026 von 1.500 € auf 2.000 € monatlich; der Beitrag steigt von 71,40 € auf 95,20 €.

Der Nachtrag geht Ihnen über die Vermittlerpost zu.

Viele Grüße
Dr. Frank Seidel""")

M(SC, "de", "broker-to-insurer", "dental supplementary application with answered health questions for a named customer",
  "Maklerbüro Schmidt <info@maklerbuero-schmidt.example>", "antrag.kranken@versicherer.example", "Antrag ZahnPlus 90 – Frau Beate Frommholz",
  """Sehr geehrte Damen und Herren,

anbei die Angaben zum Antrag ZahnPlus 90 für unsere Kundin Beate Frommholz, geb. 21.03.1975, Beginn 01.05.2026:

Fehlende, nicht ersetzte Zähne: 1 (Zahn 46)
Ist eine Behandlung angeraten oder geplant? Nein
Parodontitisbehandlung in den letzten 3 Jahren: Ja, 2024 abgeschlossen
Zahnersatz älter als 10 Jahre: 2 Kronen (15, 26)

Wir bitten um Policierung.

Mit freundlichen Grüßen
Maklerbüro Schmidt GmbH""")

M(SC, "en", "insurer-to-broker", "change of occupation in a named client's accident insurance (personal line)",
  S("c.meier"), "James Whitfield <j.whitfield@marsden-broking.example>", "Accident policy 40-UV-7720014 – Mr Daniel Foster, change of occupation",
  """Hi James,

thanks for letting us know that Mr Daniel Foster has changed jobs from IT consultant to roofer with his brother's company. This moves him from risk group A to B. From 1 May the premium for his accident policy 40-UV-7720014 rises from EUR 148.20 to EUR 266.80 p.a.; alternatively the sums insured can be reduced to keep the premium.

Please let us know which option he prefers.

Best regards
Claudia Meier""")

M(SC, "de", "insurer-to-broker", "long-term care supplementary application accepted for a named client",
  S("g.neumann"), "Finanzkontor Weser – Marco Dietz <m.dietz@finanzkontor-weser.example>", "Pflegezusatz – Antrag Frau Helga Dietz angenommen",
  """Hallo Herr Dietz,

der Antrag auf Pflegetagegeldversicherung für Frau Helga Dietz (geb. 11.11.1957) ist angenommen: Tarif PflegePlus, Pflegegrad 5 = 60 € täglich, Beginn 01.05.2026, Beitrag 87,30 € monatlich. Wartezeit 3 Jahre für Pflegebedürftigkeit infolge Demenz entfällt wegen unauffälliger Gesundheitsangaben nicht.

Viele Grüße
Gabriele Neumann""")

M(SC, "de", "insurer-to-broker", "bland body; ODT amendment to a named client's life insurance",
  F("maklerpost", "Lindenhof Vermittlerpost"), "Maklerbüro Schmidt <info@maklerbuero-schmidt.example>", "Dokument zu Vorgang 2026-0418822",
  """Guten Tag,

zu Ihrem Vorgang 2026-0418822 erhalten Sie das beigefügte Dokument.

Lindenhof Vermittlerpost""",
  att=[ODT("Nachtrag_LV_33-0019874.odt", [
      ("h", "Nachtrag zur Rentenversicherung LV 33-0019874"),
      "Versicherungsnehmerin und versicherte Person: Karin Brecht, geb. 01.08.1970",
      "Dynamische Erhöhung zum 01.06.2026 um 5 %: Beitrag neu 157,50 € monatlich, garantierte Rente neu 412,30 € monatlich.",
      "Sie können der Erhöhung bis zum 30.06.2026 widersprechen."])])

M(SC, "en", "broker-to-insurer", "broker forwards a named client's mail about dental treatment abroad",
  "Priya Raman <priya.raman@globalhome-brokers.example>", "leistung.zahn@versicherer.example", "FW: Dental implants in Budapest – covered?",
  """Hello,

please see my client's question below. His policy is ZZ 72-0041190.

Thanks
Priya""",
  att=[EML(MI("Kwame Mensah <kwame.mensah@gmail.example>", "priya.raman@globalhome-brokers.example", "Dental implants in Budapest",
              """Hi Priya,

my dentist in Hannover quoted EUR 9,800 for two implants (35, 36) plus bone augmentation because I've lost a lot of bone after the periodontitis. A clinic in Budapest would do it for EUR 5,200. Does my dental insurance with Lindenhof pay abroad as well? And do I need approval first?

Thanks, Kwame""", date="2026-04-06 21:14"))])

M(SC, "de", "insurer-to-broker", "HTML overview of health claims of named clients for a broker",
  F("maklerpost", "Lindenhof Vermittlerpost"), "Finanzkontor Weser – Bestandsservice <bestand@finanzkontor-weser.example>", "Leistungsübersicht Kranken März 2026",
  None,
  html=page(f"""<p>Guten Tag,</p>
<p>für Kunden, die der Weitergabe zugestimmt haben, erhalten Sie die Leistungsübersicht März 2026:</p>
{table([["Kunde", "Vertrag", "Leistungsart", "eingereicht", "erstattet"], ["Yvonne Kamps", "KV 62-0110928", "Physiotherapie (12x KG)", "690,00 €", "552,00 €"], ["Sven Oldenburg", "KV 59-2200817", "Psychotherapie (5 Sitzungen)", "502,75 €", "502,75 €"], ["Helga Dietz", "KV 22-0045510", "Krankenhaus (Hüft-TEP), Wahlleistung", "6.814,20 €", "6.814,20 €"], ["Dirk Seebeck", "KV 50-0091274", "Brille (Gleitsicht)", "640,00 €", "300,00 €"]])}
<p>Lindenhof Krankenversicherung a.G.</p>"""))
