# Batch 5: accident, occupational disability (BU), lawyers, liability, legal protection
from .common import *

M(SC, "de", "insurer-to-doctor", "occupational disability claim: asks an orthopaedist for findings on a named insured roofer with disc disease",
  S("f.seidel"), "Orthopädische Gemeinschaftspraxis am Steintor <praxis@ortho-steintor.example>",
  "Anforderung Befundbericht – Herr Sebastian Klöpper, geb. 21.06.1978",
  """Sehr geehrte Frau Dr. Wiegand,

Herr Sebastian Klöpper hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung beantragt. Er ist als Dachdecker tätig und gibt an, seit einem Bandscheibenvorfall im Herbst 2025 nicht mehr schwer heben und nicht mehr auf Leitern arbeiten zu können.

Wir bitten Sie um einen Befundbericht mit folgenden Angaben:
1. Diagnosen mit Erstdiagnosedatum
2. Befunde der Bildgebung (MRT) und neurologische Ausfälle
3. bisherige Therapie (Injektionen, Physiotherapie, Operation geplant?)
4. Ihre Einschätzung der Belastbarkeit für Arbeiten über Kopf, auf Leitern, Heben > 15 kg

Die Schweigepflichtentbindung liegt bei. Für den Bericht zahlen wir eine Pauschale von 60 € zzgl. Porto.

Mit freundlichen Grüßen
Dr. Frank Seidel
Leistungsprüfung Leben/BU
Zeichen: BU-2026-000731""",
  att=[PDF("Schweigepflichtentbindung_Kloepper.pdf", [
      ("h", "Schweigepflichtentbindung für Leistungsprüfung BU"),
      "Ich, Sebastian Klöpper, geb. 21.06.1978, entbinde die Orthopädische Gemeinschaftspraxis am Steintor von der Schweigepflicht gegenüber der Lindenhof Lebensversicherung AG für die Prüfung meines Leistungsantrags (Zeichen BU-2026-000731).",
      "Nienburg, 02.03.2026 – gez. S. Klöpper"], title="Schweigepflichtentbindung")])

M(SC, "en", "insurer-to-lawyer", "occupational disability claim: rescission because a named client did not disclose treated depression",
  S("f.seidel"), "Eleanor Shaw <e.shaw@shaw-partners-law.example>", "Your client Mr Robert Kingsley – disability policy LV 64-0210983",
  """Dear Ms Shaw,

thank you for your letter of 2 March 2026 on behalf of Mr Robert Kingsley.

Having reviewed the records of his general practitioner, we have found that Mr Kingsley was treated for a moderate depressive episode (F32.1) between May and November 2022, including prescription of sertraline 50 mg and eight sessions with a psychotherapist. In his application of 14 February 2023 he answered the question on psychological treatment in the past five years with "no".

We therefore maintain our rescission of the contract under section 19 (2) of the German Insurance Contract Act (VVG). The premiums paid will be refunded.

Should your client have new information, we will of course review it.

Yours sincerely
Dr. Frank Seidel
Life/Disability Benefits""")

M(SC, "de", "lawyer-to-insurer", "lawyer disputes the disability degree of a named client's knee injury in accident insurance",
  "Rechtsanwälte Hoyer & Kamp <post@hoyer-kamp.example>", "unfall@versicherer.example",
  "Unfallversicherung 40-UV-2218804 – Ihr Zeichen UV-25-019933 – Mandant Lars Wiebking",
  """Sehr geehrte Damen und Herren,

in Sachen Lars Wiebking widersprechen wir namens und in Vollmacht unseres Mandanten der Invaliditätsbemessung vom 18.02.2026.

Sie stützen sich auf das Gutachten Dr. Ortmann, das eine Funktionsbeeinträchtigung des rechten Beins von 2/20 annimmt. Das Gutachten berücksichtigt die fortbestehende vordere Kreuzbandinstabilität (Lachman-Test 2+) nach der Ersatzplastik vom 04.04.2025 und die beginnende Gonarthrose nicht ausreichend. Nach dem beigefügten Bericht des behandelnden Kniespezialisten Dr. Haferkamp ist von mindestens 4/20 Beinwert auszugehen.

Wir fordern Sie auf, bis zum 15.04.2026 eine weitere Invaliditätsleistung von 7.000 € zu zahlen, hilfsweise ein Obergutachten einzuholen.

Mit freundlichen Grüßen
Dr. Henrike Kamp
Rechtsanwältin, Fachanwältin für Versicherungsrecht""")

M(SC, "de", "insurer-to-assessor", "commissions a medical expert opinion on a named insured's wrist injury (attachment with questions and history)",
  S("c.meier"), "Dr. med. Jan Ortmann <gutachten@dr-ortmann.example>", "Gutachtenauftrag UV-26-002207",
  """Sehr geehrter Herr Dr. Ortmann,

anbei unser Gutachtenauftrag. Die Versicherte wird sich zur Terminvereinbarung direkt an Sie wenden.

Mit freundlichen Grüßen
Claudia Meier""",
  att=[DOCX("Gutachtenauftrag_UV-26-002207.docx", [
      ("h", "Auftrag zur Erstellung eines ärztlichen Gutachtens (Unfallversicherung)"),
      ("table", [["Versicherte", "Anja Schröder, geb. 09.05.1986"], ["Vertrag", "40-UV-0995310"],
                 ["Unfalltag", "12.01.2026 – Sturz auf Glatteis"], ["Erstdiagnose", "distale Radiusfraktur rechts (S52.51 R), operativ versorgt"]]),
      "Bitte beantworten Sie folgende Fragen:",
      "1. Welche Gesundheitsschädigungen sind durch den Unfall entstanden?",
      "2. Hat eine Krankheit oder ein Gebrechen bei der Gesundheitsschädigung mitgewirkt (z. B. Osteoporose)?",
      "3. Liegt eine dauerhafte Beeinträchtigung vor? Bitte nach Gliedertaxe (Handwert) bemessen.",
      "4. Ist mit einer Änderung des Zustands innerhalb von drei Jahren nach dem Unfall zu rechnen?",
      "Honorar nach Vereinbarung, höchstens 1.200 € zzgl. MwSt."], author="C. Meier")])

M(SC, "en", "insurer-to-customer", "ski accident of the addressee: helicopter rescue and treatment costs under accident insurance",
  S("c.meier"), "Thomas Lindqvist <thomas.lindqvist@bahnhof.example>", "Your skiing accident in Ischgl – rescue costs",
  """Dear Mr Lindqvist,

we hope you are recovering well from your ski accident on 21 February 2026.

Your accident policy 40-UV-3302718 covers search, rescue and recovery costs up to EUR 25,000. We will therefore pay the invoice of the helicopter operator (EUR 4,870.00) directly. The treatment costs for your tibial plateau fracture at the hospital in Zams are not covered by accident insurance; please submit them to your health insurer.

For a possible disability benefit, please send us the surgeon's report once your treatment is completed.

Kind regards
Claudia Meier
Accident Insurance Benefits""")

M(SC, "de", "insurer-to-customer", "quoted customer mail describes burn-out and ongoing therapy in an occupational disability claim",
  S("f.seidel"), "Christina Alsleben <c.alsleben@posteo.example>", "AW: Antrag auf BU-Leistung",
  f"""Sehr geehrte Frau Alsleben,

vielen Dank für Ihre offene Schilderung. Für die Prüfung senden wir Ihnen per Post den Fragebogen zur Berufsunfähigkeit sowie Formulare für Ihre behandelnden Ärzte. Bitte nennen Sie uns darin auch Ihre Psychotherapeutin, damit wir dort einen Bericht anfordern können.

Ihr Zeichen bei uns: BU-2026-000812.

Mit freundlichen Grüßen
Dr. Frank Seidel

{am_schrieb("So., 08.03.2026 um 22:37", "Christina Alsleben")}
{q('''Sehr geehrte Damen und Herren,

ich bin Grundschullehrerin und seit Oktober krankgeschrieben. Meine Ärztin sagt, es ist ein Burn-out mit schwerer Depression, ich war 8 Wochen in der Tagesklinik und bin jetzt in ambulanter Therapie (einmal pro Woche). Ich kann mir im Moment nicht vorstellen, wieder vor einer Klasse zu stehen. Ich habe bei Ihnen seit 2015 eine BU-Versicherung (LV 61-0087340). Was muss ich tun?

Christina Alsleben''')}""")

M(SC, "de", "insurer-to-broker", "occupational disability application of a named client declined due to psychotherapy in 2024",
  S("g.neumann"), "Versicherungsmakler Jens Oltrogge <jens@oltrogge-makler.example>", "BU-Antrag Frau Lisa Haverkamp – Entscheidung",
  """Hallo Herr Oltrogge,

leider müssen wir den BU-Antrag Ihrer Kundin Lisa Haverkamp (geb. 15.01.1996) ablehnen. Grund ist die ambulante Psychotherapie im Jahr 2024 (25 Sitzungen, Anpassungsstörung), deren Ende weniger als zwei Jahre zurückliegt. Eine erneute Antragstellung ist nach Ablauf von zwei behandlungsfreien Jahren möglich.

Alternativ könnten wir eine Grundfähigkeitsversicherung mit Ausschluss psychischer Erkrankungen anbieten.

Viele Grüße
Gabriele Neumann""")

M(SC, "en", "insurer-to-customer", "child accident insurance: school accident with broken arm of the addressee's son",
  S("c.meier"), "Joanna Kowalczyk <joanna.kowalczyk@wp.example>", "Your son's accident at school – claim UV-26-005501",
  """Dear Ms Kowalczyk,

thank you for reporting the accident of your son Filip on 4 March 2026 (fall from the climbing frame during break). The fracture of the left forearm is covered under your family accident insurance 40-UV-4471200.

As agreed in your policy, we will pay the plaster cast allowance ("Gipsgeld") of EUR 200 and, since Filip spent two nights in the children's hospital, the hospital allowance for children of 2 x EUR 30.

Wishing Filip a quick recovery!
Claudia Meier""")

M(SC, "de", "insurer-to-customer", "annual accident pension statement of the addressee (personal line) without medical words",
  F("unfall", "Lindenhof Leistung Unfall"), "Egon Schimanski <egon.schimanski@t-online.example>", "Ihre Unfallrente – Jahresmitteilung 2026",
  """Sehr geehrter Herr Schimanski,

Ihre monatliche Unfallrente aus dem Vertrag 40-UV-0088127 beträgt ab 01.07.2026 unverändert 1.000 €. Die Rente wird jeweils zum Monatsersten auf Ihr bekanntes Konto überwiesen.

Bitte denken Sie daran, uns eine Änderung Ihrer Anschrift oder Bankverbindung rechtzeitig mitzuteilen.

Mit freundlichen Grüßen
Lindenhof Leistung Unfall""")

M(SC, "de", "insurer-to-investigator", "asks an investigator to check a named BU claimant who claims to be largely bedridden",
  S("f.seidel"), "Ermittlungsdienst Nord <auftrag@ermittlung-nord.example>", "Auftrag Nr. 2026-07 – Leistungsfall BU-2025-004410",
  """Sehr geehrter Herr Thießen,

wir beauftragen Sie mit Ermittlungen im Leistungsfall BU-2025-004410.

Anspruchsteller: Mario Dressler, geb. 02.02.1980, Schulweg 11, 31515 Wunstorf
Angaben im Leistungsantrag: schweres Fibromyalgie-Syndrom, überwiegend bettlägerig, Gehstrecke < 100 m, kann nicht Auto fahren
Hinweis: Anonymer Hinweis, Herr Dressler arbeite samstags in der Kfz-Werkstatt seines Schwagers (Autoservice Dressler, Hagenburger Str.)

Bitte beschränken Sie sich auf Beobachtungen im öffentlichen Raum; Videoaufnahmen nur nach vorheriger Abstimmung mit uns. Datenschutzrechtliche Vorgaben (§ 26 BDSG analog, Verhältnismäßigkeit) sind einzuhalten.

Mit freundlichen Grüßen
Dr. Frank Seidel""",
  att=[ODT("Auftrag_2026-07.odt", [("h", "Ermittlungsauftrag 2026-07"),
                                    ("table", [["Zeitraum", "01.04. – 30.04.2026"], ["Budget", "max. 4.500 € netto"],
                                               ["Ansprechpartner", "Dr. F. Seidel, 0511 4470-3560"]]),
                                    "Berichte bitte ausschließlich über den sicheren Datenraum übermitteln."])])

M(SC, "en", "insurer-to-company", "asks an employer for the job description of a named employee in an occupational disability claim",
  S("f.seidel"), "HR Services Brightwater Engineering <hr@brightwater-eng.example>", "Occupational disability claim of your employee Mr Kenji Watanabe",
  """Dear Ms Hughes,

your employee Mr Kenji Watanabe has applied for benefits from his occupational disability insurance with us and has authorised us to contact you (authorisation attached to our letter).

To assess his last job in concrete terms, we would be grateful for:
- his job description as a service technician (percentage of field work, driving, lifting),
- his working hours and last gross annual salary,
- the date from which he has been absent.

We do not need, and please do not send, any medical information.

Kind regards
Dr. Frank Seidel""")

M(SC, "en", "customer-to-insurer", "expat reports a tick bite and Lyme disease treatment and asks if accident insurance pays",
  "Benjamin Clarke <ben.clarke@gmail.example>", "unfall@versicherer.example", "Tick bite – covered by my accident insurance?",
  """Hello,

I have an accident policy with you (40-UV-5530219). In May last year I was bitten by a tick while hiking in the Harz. I developed the typical rash and was treated with doxycycline for three weeks. Now, nine months later, my knee is swollen again and the rheumatologist says it is Lyme arthritis, he wants to do another course of antibiotics and maybe a joint puncture.

Is that something my accident insurance covers (I read something about "infections from tick bites")?

Best,
Ben Clarke""")

M(C, "de", "lawyer-to-insurer", "legal-protection fee note naming the client, policy number and tenancy case (non-personal line)",
  "Rechtsanwältin Dr. Sophie Ahrens <kanzlei@ra-ahrens.example>", "rechtsschutz@versicherer.example",
  "Kostennote – Kröger ./. Wohnbau Linden eG – Ihr Zeichen RS-2026-0008810",
  """Sehr geehrte Frau Wagner,

in obiger Sache ist die außergerichtliche Tätigkeit abgeschlossen; die Vermieterin hat die Mieterhöhung zurückgenommen. Anbei meine Kostennote zur Erstattung. Die Selbstbeteiligung von 250 € hat meine Mandantin bereits gezahlt.

Mit freundlichen Grüßen
Dr. Sophie Ahrens""",
  att=[PDF("Kostennote_2026-041.pdf", [
      ("h", "Kostennote Nr. 2026-041"),
      "Mandantin: Nadine Kröger, Rechtsschutzversicherung Lindenhof RS 77-0129930",
      "Gegenstand: Mieterhöhungsverlangen vom 10.01.2026, Gegenstandswert 2.196,00 €",
      ("table", [["Position", "Betrag"], ["1,3 Geschäftsgebühr Nr. 2300 VV RVG", "261,30 €"],
                 ["Auslagenpauschale Nr. 7002 VV RVG", "20,00 €"], ["19 % USt", "53,45 €"],
                 ["Summe", "334,75 €"], ["abzgl. Selbstbeteiligung (von der Mandantin gezahlt)", "-250,00 €"],
                 ["von der Versicherung zu zahlen", "84,75 €"]])], title="Kostennote")])

M(C, "en", "lawyer-to-insurer", "UK solicitor claims property damage against a named German policyholder with liability policy number",
  "Oliver Grant <o.grant@grant-solicitors.example>", S("s.yilmaz"),
  "Your insured Mr Felix Hartung – damage to holiday cottage, Cornwall",
  """Dear Mr Yilmaz,

we act for Mrs Margaret Penrose, owner of Trevose Cottage, Padstow. Your insured, Mr Felix Hartung, rented the cottage from 2 to 9 August 2025. During his stay a pan fire caused smoke damage to the kitchen.

Mr Hartung has given us his personal liability policy number (PH 15-7710244). Our client's losses amount to GBP 6,840 (repairs, cleaning, lost bookings). Photos and the contractor's quote are attached as a ZIP.

We look forward to your response within 28 days.

Yours sincerely
Oliver Grant
Grant & Co Solicitors, Truro""",
  att=[ZIP("Trevose_Cottage_claim.zip", [
      PDF("Contractor_quote_TC-0825.pdf", [("h", "Kernow Restoration Ltd – Quotation TC-0825"),
                                           "Client: Mrs M. Penrose, Trevose Cottage, Padstow PL28 8XX",
                                           ("table", [["Item", "GBP"], ["Smoke cleaning kitchen/living", "1,450"], ["Replace kitchen units (wall)", "3,120"], ["Redecoration", "1,020"]]),
                                           "Total GBP 5,590 incl. VAT"], title="Quote"),
      JPG("kitchen_1.jpg", label="kitchen"), JPG("kitchen_2.jpg", label="ceiling")])])

M(C, "de", "insurer-to-customer", "lost-keys liability claim: named policyholder, claim number and landlord's locking system",
  S("s.yilmaz"), "Vanessa Koch <vanessa.koch@gmx.example>", "Schlüsselverlust – Schaden-Nr. PH-2026-0031077",
  """Hallo Frau Koch,

den Verlust Ihres Wohnungs- und Haustürschlüssels haben wir zu Ihrer Privathaftpflicht PH 16-3302884 aufgenommen. Ihre Versicherung umfasst den Verlust fremder privater Schlüssel bis 20.000 €.

Bitte senden Sie uns:
- die Bestätigung der Hausverwaltung (Wohnungsbaugenossenschaft Ricklingen eG), dass die Schließanlage ausgetauscht werden muss,
- den Kostenvoranschlag des Schlüsseldienstes,
- Ihre Verlustanzeige beim Fundbüro bzw. der Polizei.

Viele Grüße
Serkan Yilmaz""")

M(C, "de", "insurer-to-customer", "traffic legal-protection: speeding fine with registration and named customer",
  S("e.wagner"), "Frank Ebeling <frank.ebeling@web.example>", "Bußgeldverfahren – Deckungszusage",
  """Sehr geehrter Herr Ebeling,

für das Bußgeldverfahren wegen Geschwindigkeitsüberschreitung (Bußgeldbescheid des Landkreises Harburg vom 02.03.2026, Az. 61.2-118873/26, Fahrzeug WL-FE 720, 31 km/h außerorts, 1 Monat Fahrverbot) übernehmen wir aus Ihrem Verkehrs-Rechtsschutz RS 80-1104471 die Kosten für Rechtsanwalt und ein verkehrstechnisches Gutachten.

Bitte beauftragen Sie zeitnah einen Anwalt Ihrer Wahl; die Einspruchsfrist läuft zwei Wochen ab Zustellung.

Mit freundlichen Grüßen
Eva Wagner""")

M(C, "en", "insurer-to-customer", "baggage claim with named customer, travel policy number and valid Dutch IBAN",
  S("l.kaiser"), "Sanne de Vries <sanne.devries@ziggo.example>", "Your lost suitcase – claim RG-26-0009012",
  None,
  html=page(f"""<p>Dear Ms de Vries,</p>
<p>we have settled your baggage claim under travel policy RG 91-0771036 as follows:</p>
{table([["Item", "Claimed", "Paid"], ["Suitcase (Samsonite, 2021)", "EUR 289.00", "EUR 173.40"], ["Clothing", "EUR 640.00", "EUR 448.00"], ["Toiletries", "EUR 85.00", "EUR 85.00"], ["Less deductible", "", "- EUR 50.00"], ["Total", "", "EUR 656.40"]])}
<p>Payment to: S. de Vries, IBAN {iban("NL", "ABNA0417164300")}</p>
<p>The airline's compensation (EUR 300.00) has been deducted from the clothing item as agreed.</p>
<p>Kind regards<br>Lukas Kaiser<br>Travel Insurance Claims</p>"""))

M(C, "de", "insurer-to-customer", "sole trader (natural person) business liability claim with name, policy and claim number",
  S("s.yilmaz"), "Malermeister Torsten Wichmann e.K. <info@maler-wichmann.example>", "Betriebshaftpflicht – Farbschaden Parkett, Schaden-Nr. BH-2026-0004419",
  """Sehr geehrter Herr Wichmann,

zu Ihrer Betriebshaftpflichtversicherung BH 55-0021983 haben wir den Schaden bei Ihrer Auftraggeberin, Frau Dr. Ursula Brehm (Eichendorffstraße 4, Hannover), aufgenommen: Beim Streichen ist Dispersionsfarbe auf das Eichenparkett im Wohnzimmer gelangt.

Wir haben einen Sachverständigen beauftragt. Bitte teilen Sie uns mit, welcher Mitarbeiter die Arbeiten ausgeführt hat, und senden Sie uns die Auftragsbestätigung.

Mit freundlichen Grüßen
Serkan Yilmaz""")

M(C, "de", "insurer-to-customer", "dog liability claim with vet invoice for the other dog: named policyholder and claim; animal health is not human health data",
  S("s.yilmaz"), "Birte Lorenzen <birte.lorenzen@t-online.example>", "Ihr Hund Bruno – Tierarztrechnung des Geschädigten",
  """Sehr geehrte Frau Lorenzen,

der Halter des gebissenen Hundes, Herr Claus Petersen, hat uns die Tierarztrechnung geschickt (Kopie anbei). Da Ihr Rüde Bruno unstreitig zugebissen hat, regulieren wir die Rechnung aus Ihrer Tierhalterhaftpflicht TH 17-0091244.

Schaden-Nr.: TH-2026-0001877

Mit freundlichen Grüßen
Serkan Yilmaz""",
  att=[PDF("Tierarztrechnung_Petersen.pdf", [
      ("h", "Tierarztpraxis Dr. Anne Rieck – Kleintiere"),
      "Rechnung Nr. 2026-1190 vom 11.03.2026 – Tierhalter: Claus Petersen, Patient: 'Lotte', Labrador, w, 6 J.",
      "Befund: Bisswunde Hals links, ca. 3 cm, Hämatom",
      ("table", [["GOT-Nr.", "Leistung", "Betrag"], ["1", "Allgemeine Untersuchung", "23,62 €"], ["345", "Wundversorgung mit Naht", "60,86 €"],
                 ["", "Sedierung, Medikamente (Amoxicillin, Meloxicam)", "48,40 €"], ["", "Summe inkl. MwSt.", "158,17 €"]])],
      title="Tierarztrechnung")])

M(C, "en", "insurer-to-customer", "online-shopping fraud under private cyber cover: named customer, policy and damage amount",
  F("service", "Lindenhof Customer Service"), "Jonathan Price <jon.price@icloud.example>", "Your claim under 'Internet Protection' – fake shop",
  """Dear Mr Price,

we are sorry you fell for the fake shop "bikeparts-outlet24". Your household contents policy HR 36-0049128 includes the "Internet Protection" module, which covers losses from online shopping fraud up to EUR 1,500 per year.

We will reimburse EUR 1,149.00 (the amount you transferred on 14 February 2026) once you send us the confirmation of your police report. The police report number you gave us (KK 3 – 0223/26) is enough; we will request the file directly.

Kind regards
Customer Service""")

M(C, "de", "insurer-to-customer", "builder's liability policy for a named private builder with construction-site address",
  S("r.kowalski"), "Nils und Merve Oetjen <oetjen.bau@web.example>", "Ihre Bauherrenhaftpflicht – Versicherungsbestätigung",
  """Sehr geehrte Frau Oetjen, sehr geehrter Herr Oetjen,

hiermit bestätigen wir den Abschluss Ihrer Bauherrenhaftpflichtversicherung BH 60-1177081 für das Bauvorhaben Einfamilienhaus, Flurstück 118/4, Am Wiesengrund 23, 30926 Seelze.

Bausumme: 410.000 €, Versicherungsschutz ab 01.04.2026 bis zur Fertigstellung, längstens 24 Monate. Einmalbeitrag: 148,75 €.

Die Bestätigung können Sie Ihrem Architekten und der Bank vorlegen.

Mit freundlichen Grüßen
Robert Kowalski""")

M(C, "de", "customer-to-insurer", "legal-protection request for an inheritance dispute naming the customer, policy and deceased mother",
  "Ute Pfaff <ute.pfaff@gmx.example>", "rechtsschutz@versicherer.example", "Erbstreit – übernehmen Sie die Beratung?",
  """Guten Tag,

meine Mutter, Hildegard Pfaff, ist am 04.01.2026 verstorben. Mein Bruder hat ein handschriftliches Testament vorgelegt, in dem er Alleinerbe ist, und ich zweifle an der Echtheit. Ich möchte mich anwaltlich beraten lassen, ob ich den Pflichtteil verlangen oder das Testament anfechten soll.

Übernimmt mein Rechtsschutz (RS 74-3309120) die Beratung im Erbrecht?

Freundliche Grüße
Ute Pfaff
Bergstraße 8, 37073 Göttingen""")

M(C, "en", "broker-to-insurer", "broker renewal list with named expat clients, insured addresses and household policy numbers",
  "Priya Raman <priya.raman@globalhome-brokers.example>", S("j.wolters"), "Renewals May 2026 – household policies",
  """Hi Jana,

attached are our household renewals for May. Three clients have moved within Germany – new addresses highlighted in the sheet. Could you update and send the new schedules via broker post?

Thanks,
Priya""",
  att=[XLSX("GHB_renewals_2026-05.xlsx", [
      ("Renewals", [["Policy", "Client", "Insured address", "Sum insured", "Moved", "Note"],
                    ["HR 37-0011820", "Anika Sharma", "Gerberstraße 14, 04105 Leipzig", 52000, "yes", "new from 01.05."],
                    ["HR 37-0011844", "Liam Murphy", "Rheinallee 88, 40545 Düsseldorf", 65000, "no", ""],
                    ["HR 37-0012017", "Sofia Rossi", "Sophienstraße 3, 80333 München", 78000, "yes", "bike cover EUR 3,000"],
                    ["HR 37-0012101", "Kwame Mensah", "Lister Meile 12, 30161 Hannover", 41000, "yes", ""]])],
      author="GHB")])

M(C, "de", "insurer-to-customer", "payment plan for motor premiums; the quoted customer mail discloses unemployment and benefit income",
  F("inkasso", "Lindenhof Beitragsservice"), "Dennis Walkowiak <dennis.walkowiak@gmx.example>", "AW: Ratenzahlung Kfz-Beitrag",
  f"""Sehr geehrter Herr Walkowiak,

wir sind mit einer Ratenzahlung einverstanden: Der offene Jahresbeitrag von 612,40 € für Ihre Kfz-Versicherung KF 46-0339127 wird in 4 Monatsraten zu 153,10 € eingezogen, erstmals am 15.04.2026. Ein Ratenzuschlag wird nicht erhoben.

Freundliche Grüße
Lindenhof Beitragsservice

{am_schrieb("27.03.2026 um 09:02", "Dennis Walkowiak")}
> Hallo, ich bin seit Januar arbeitslos und bekomme nur 1.480 € Arbeitslosengeld,
> kann ich den Beitrag in Raten zahlen? Ich brauche das Auto für Vorstellungsgespräche.
> MfG D. Walkowiak""")

M(N, "de", "internal", "internal job posting for a team lead in accident benefits; no personal data",
  S("b.richter"), "Alle Mitarbeitenden <alle@versicherer.example>", "Interne Stellenausschreibung: Teamleitung Leistung Unfall (m/w/d)",
  """Liebe Kolleginnen und Kollegen,

zum 01.07.2026 ist die Teamleitung Leistung Unfall neu zu besetzen (Kennziffer INT-2026-09).

Aufgaben: fachliche und disziplinarische Führung von 9 Mitarbeitenden, Prüfung komplexer Invaliditätsfälle, Zusammenarbeit mit medizinischen Gutachtern, Steuerung der Leistungsquote.
Profil: mehrjährige Erfahrung in der Leistungsbearbeitung Unfall oder BU, erste Führungserfahrung wünschenswert.

Bewerbungen bis 30.04.2026 über das Intranet-Portal. Die Schwerbehindertenvertretung und der Betriebsrat sind beteiligt.

Personalabteilung""")

M(N, "en", "insurer-to-public", "press release on a board appointment; no personal data beyond public role",
  S("l.fischer"), "newsdesk@insurance-journal.example", "Press release: Lindenhof Life appoints Chief Underwriting Officer",
  """PRESS RELEASE

Hannover, 10 March 2026 – Lindenhof Lebensversicherung AG has appointed Dr. Mareike Jansen (48) as Chief Underwriting Officer with effect from 1 July 2026. She joins from a leading reinsurer, where she headed life and health underwriting for Central Europe.

"With Mareike Jansen we are strengthening our expertise in digital underwriting," said Markus Oltmanns, Member of the Board.

Media contact: Laura Fischer, presse@versicherer.example, +49 511 4470-1500""")

M(N, "de", "lawyer-to-insurer", "law firm newsletter on a court ruling in disability insurance law; general legal information",
  "Newsletter Kanzlei Hoyer & Kamp <newsletter@hoyer-kamp.example>", "f.seidel@versicherer.example",
  "Versicherungsrecht aktuell: BGH zur Verweisung in der BU-Versicherung",
  """Versicherungsrecht aktuell – Ausgabe 3/2026

BGH, Urteil vom 14.01.2026 – IV ZR 88/25: Ein Versicherer darf einen Versicherten in der Berufsunfähigkeitsversicherung nur dann auf eine andere Tätigkeit verweisen, wenn diese seiner bisherigen Lebensstellung entspricht. Eine Einkommenseinbuße von mehr als 20 % ist regelmäßig unzumutbar.

Praxishinweis: Prüfen Sie in laufenden Leistungsfällen, ob Verweisungen auf Basis konkreter Vergleichseinkommen begründet wurden.

Außerdem in dieser Ausgabe: Neue Rechtsprechung zur vorvertraglichen Anzeigepflicht bei psychischen Vorerkrankungen.

Abmelden: newsletter@hoyer-kamp.example""")

M(N, "de", "internal", "aggregated causes of occupational disability claims; statistics only",
  S("o.brandt"), S("f.seidel"), "BU-Leistungsfälle 2025 nach Ursachen",
  """Hallo Frank,

hier die Verteilung der anerkannten BU-Leistungsfälle 2025 (n = 1.184) nach Ursachengruppen, für deine Präsentation im Vertriebsforum:

Psychische Erkrankungen          37 %
Erkrankungen des Bewegungsapparats 21 %
Krebs                            16 %
Unfälle                           8 %
Herz-Kreislauf                    7 %
Sonstige                         11 %

Durchschnittsalter bei Leistungsbeginn: 47 Jahre. Einzelfälle sind nicht enthalten.

Gruß Olaf""",
  att=[XLSX("BU_Ursachen_2025.xlsx", [["Ursache", "Anteil", "Fälle"], ["Psychische Erkrankungen", 0.37, 438], ["Bewegungsapparat", 0.21, 249],
                                       ["Krebs", 0.16, 189], ["Unfälle", 0.08, 95], ["Herz-Kreislauf", 0.07, 83], ["Sonstige", 0.11, 130]],
            author="Aktuariat")])

M(N, "en", "event-organizer-to-insurer", "seminar invitation on disability claims case law; no person",
  "Academy of Insurance Law <seminars@insurance-law-academy.example>", "f.seidel@versicherer.example",
  "Seminar: Disability claims handling – case law update 2026",
  """Dear Dr Seidel,

thank you for registering for our seminar "Disability claims handling – case law update 2026".

Date: 20 May 2026, 09:30-16:30
Venue: Hotel am Stadtpark, Hannover
Speakers: Dr. Henrike Kamp, Prof. Dr. Martin Lauterbach

The calendar entry is attached. The seminar counts for 6 hours of continuing professional development.

Kind regards
The Academy Team""",
  att=[ICS("Seminar_Disability_Claims_2026.ics", "Seminar: Disability claims handling - case law update", "20260520T093000", "20260520T163000",
           location="Hotel am Stadtpark, Hannover", organizer=("Academy of Insurance Law", "seminars@insurance-law-academy.example"),
           attendees=[("Dr. Frank Seidel", "f.seidel@versicherer.example")], method="PUBLISH")])

M(N, "de", "insurer-to-experts", "circular to medical experts about new fee rates; no patient",
  S("c.meier"), "Gutachterverteiler Unfall <gutachter.unfall@verteiler.versicherer.example>", "Neue Honorarsätze für Gutachten ab 01.05.2026",
  """Sehr geehrte Gutachterinnen und Gutachter,

ab dem 01.05.2026 gelten für unsere Gutachtenaufträge in der Unfallversicherung neue Pauschalen:

- Standardgutachten (eine Körperregion): 650 € (bisher 580 €)
- Zusammenhangsgutachten: 950 €
- Zusatzgutachten neurologisch/psychiatrisch: nach Vereinbarung
- Bildgebung: nach GOÄ, Faktor max. 1,8

Bitte übermitteln Sie Gutachten künftig ausschließlich über das Gutachterportal. Die Versendung per unverschlüsselter E-Mail ist aus Datenschutzgründen nicht mehr zulässig.

Mit freundlichen Grüßen
Claudia Meier
Leistung Unfallversicherung""")

M(N, "en", "supplier-to-insurer", "translation agency quote for translating accident insurance terms; no person",
  "Project Management <pm@lingua-bridge.example>", S("l.fischer"), "Quote Q-2026-0317 – translation of general terms (accident insurance)",
  """Dear Ms Fischer,

thank you for your enquiry. For the translation of your "Allgemeine Unfallversicherungs-Bedingungen (AUB 2026)" into English (approx. 14,200 words) we quote:

Translation by specialised insurance translator: EUR 0.16/word
Second review (4-eye principle): EUR 0.04/word
Total: EUR 2,840.00 net, delivery within 12 working days

Terminology from your previous projects (TM "Lindenhof_Insurance_EN") will be reused.

Best regards
Lingua Bridge GmbH""")

M(N, "en", "it-notice", "automatic password expiry notice; no personal data",
  "Identity Management <noreply-idm@versicherer.example>", S("c.meier"), "Your password expires in 5 days",
  """Hello,

the password for your account cmeier will expire in 5 days. Please change it via Ctrl+Alt+Del > Change password, or at https://passwort.intranet.versicherer.example.

Passwords must have at least 14 characters. Do not reply to this message.

IT Identity Management""")

M(N, "de", "lawyer-to-insurer", "law firm announces a change of office address; no personal data",
  "Kanzlei Brandes & Partner <sekretariat@brandes-partner.example>", "schaden.kfz@versicherer.example", "Umzug unserer Kanzlei",
  """Sehr geehrte Damen und Herren,

ab dem 01.04.2026 finden Sie uns in neuen Räumen:

Brandes & Partner Rechtsanwälte PartG mbB
Georgstraße 40, 30159 Hannover
Telefon 0511 555 4040 (unverändert)

Bitte aktualisieren Sie Ihre Stammdaten. Laufende Aktenzeichen bleiben unverändert.

Mit freundlichen Grüßen
Ihr Kanzleiteam""")

M(N, "en", "insurer-to-broker", "Q&A on accident cover for expats; product information only",
  S("j.wolters"), "Priya Raman <priya.raman@globalhome-brokers.example>", "RE: accident insurance for expats – your questions",
  """Hi Priya,

answers to your questions:

1. Are accidents abroad covered? Yes, worldwide, 24/7.
2. Is there a medical examination? No, accident insurance has no health questions except for a few excluded occupations.
3. Progression: 225 % or 350 % available.
4. Minimum stay in Germany? None, but the policyholder needs a German address.

Product sheet in English is in the broker portal under Downloads > Accident.

Best
Jana""")

M(N, "de", "internal", "fully anonymised court judgment shared for training; no identifiable person",
  S("f.seidel"), "Team Leistung BU <team.bu@versicherer.example>", "Anonymisiertes Urteil OLG Celle zur Nachprüfung",
  """Hallo zusammen,

zur Vorbereitung unserer Fallbesprechung am Freitag anbei ein anonymisiertes Urteil des OLG Celle zur Nachprüfung nach Umschulung. Bitte Abschnitt II.2 lesen.

Frank""",
  att=[PDF("OLG_Celle_8U_2025_anonymisiert.pdf", [
      ("h", "Oberlandesgericht Celle – Urteil (anonymisiert)"),
      "In dem Rechtsstreit [Klägerin] gegen [Beklagte Versicherungsgesellschaft] hat der 8. Zivilsenat ... für Recht erkannt:",
      "Die Berufung der Beklagten wird zurückgewiesen.",
      ("h", "Gründe", 2),
      "I. Die Klägerin bezog seit [Datum] Leistungen wegen Berufsunfähigkeit als [Beruf]. Nach einer Umschulung zur [Beruf] stellte die Beklagte die Leistungen ein.",
      "II.2 Eine Nachprüfung setzt voraus, dass die neue Tätigkeit der bisherigen Lebensstellung entspricht. Dies ist bei einem Einkommensverlust von [mehr als 25 %] nicht der Fall.",
      "Hinweis: Personenbezogene Angaben wurden durch Platzhalter ersetzt."], title="Urteil anonymisiert")])

M(N, "en", "reinsurer-to-insurer", "thank-you note after a dinner; no business data",
  "Claire Dubois <claire.dubois@alpine-re.example>", S("p.lindqvist"), "Thank you!",
  """Dear Peter,

thank you for a lovely evening yesterday – the asparagus was excellent and the conversation even better. Looking forward to seeing you in Zurich in June.

Warm regards
Claire""")

M(N, "de", "internal", "holiday cover plan with staff names only",
  S("c.meier"), "Team Leistung Unfall <team.unfall@versicherer.example>", "Vertretungsplan Ostern",
  """Hallo zusammen,

Vertretung über Ostern:
30.03.–02.04.: Claudia für Petra und Jens
07.04.–10.04.: Petra für Claudia
Postkorb Gutachterportal: täglich Jens (außer 08.04., dann Petra)

Falls etwas nicht passt, bitte bis Mittwoch melden.

Claudia""")

M(N, "en", "insurer-to-association", "survey response with aggregate portfolio figures to an industry association",
  S("o.brandt"), "Statistics Department <statistik@insurance-association.example>", "Annual survey accident insurance 2025 – Lindenhof figures",
  """Dear colleagues,

here are our figures for the annual accident insurance survey (business year 2025, direct German business):

Number of contracts: 412,880
Gross premiums: EUR 96.4m
Claims reported: 18,214, of which disability cases: 2,930
Claims paid: EUR 51.7m

No personal data are included. Please let us know if you need the split by tariff generation.

Kind regards
Olaf Brandt""")

M(N, "de", "insurer-to-public", "general guide on leisure accidents for the website; no person",
  F("redaktion.web", "Lindenhof Online-Redaktion"), "cms-import@agentur-pixelwerk.example", "Ratgebertext Freizeitunfälle – bitte einpflegen",
  """Hallo Pixelwerk,

neuer Ratgebertext für die Rubrik Unfall:

Warum die gesetzliche Unfallversicherung nicht reicht
Die gesetzliche Unfallversicherung schützt nur bei der Arbeit und auf dem direkten Arbeitsweg. Zwei Drittel aller Unfälle passieren aber in der Freizeit – beim Sport, im Haushalt, im Urlaub. Eine private Unfallversicherung zahlt bei bleibenden Schäden eine Kapitalleistung, mit der z. B. ein Umbau der Wohnung oder ein neues Auto finanziert werden kann.

Bild: Symbolfoto Fahrradhelm (liegt im DAM unter U-2026-04).

Danke und Gruß
Online-Redaktion""")

M(N, "de", "internal", "lunch plans between colleagues",
  S("s.yilmaz"), S("m.becker"), "Mittag?", "Kantine oder Italiener? Heute gibt's in der Kantine nur Linseneintopf 🙈 Ich wär für 12:15 beim Italiener.")
