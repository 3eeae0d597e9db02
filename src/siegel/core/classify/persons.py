"""Signs of who a mail is about: named persons, the addressee's own things, roles.

None of these is sensitive alone; they tell :mod:`siegel.core.classify.concerned`
whether data found beside them concerns an identifiable natural person:

* a name after a salutation ("Frau Weber", "Dear Ms Brennan") — in the greeting
  line it names the addressee, elsewhere a person the mail speaks of;
* a name in a field that holds a person ("Versicherungsnehmer: Jana Beck",
  "Patient: Rami Khoury", "VN: Mehmet Yilmaz");
* one particular person by role ("Ihre Patientin", "our member", "der Verstorbene"),
  and someone as a patient, which is itself health data;
  the plural ("Ihre Kunden") is about a group, and "die versicherte Person" or "the
  patient" is as often anyone in a process description, so neither is listed;
* the addressee's (or writer's) own things ("Ihre Rezepte", "your claim",
  "meine Diagnose"), kept apart by what they are: health, insurance, a contract
  that may be an insurance's or a supplier's ("Ihre Kündigung"), other.

Placeholder names (Max Mustermann, Jane Doe) identify nobody.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from siegel.core.classify.anchors import LINE_BREAKS, SIGN_HITS, Anchor, Hit

PLACEHOLDER_NAMES = frozenset(
    {
        *("mustermann", "musterfrau", "muster", "musterkunde", "musterkundin", "mustermensch"),
        *("beispiel", "beispielmann", "beispielfrau", "normalverbraucher", "platzhalter"),
        *("doe", "roe", "example", "sample", "placeholder", "test", "testperson", "dummy"),
        *("probe", "testkunde", "testkundin", "testfrau", "testmann", "testermann"),
        *("testpatient", "testpatientin", "testuser", "testnutzer", "testnutzerin"),
    }
)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_PLAIN_NAME = rf"[{_UPPER}][a-zß-öø-ÿ]+(?:-[{_UPPER}][a-zß-öø-ÿ]+)?"
# Words that open a sentence before a noun as often as a first name opens a name.
_NOT_A_FIRST_NAME = (
    r"Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines|Kein|Keine|Unser|Unsere|Ihr|Ihre|Sein|Seine|"
    r"Mein|Meine|Dein|Deine|Dieser|Diese|Dieses|Jeder|Jede|Jedes|Alle|Viele|Welche|Welcher|"
    r"The|This|That|These|Those|Our|Your|His|Her|Their|My|Every|Each|Any|Some|No|Which|What|"
    # Prepositions: "Laut Verordnung war …", "Im Antrag ist …", "Ab Mai wird …"
    r"Laut|Lt|Bei|Beim|Im|In|Ab|Am|An|Auf|Aus|Nach|Seit|Vor|Mit|Für|Zum|Zur|Vom|Von|Bis|Über|"
    r"Unter|Wegen|Trotz|Ohne|Durch|Gegen|Gemäß|At|On|For|From|After|Before|With|Since|Until|By"
)
# "Weber", "Krämer-Lenz", and with an apostrophe: "O'Brien", "D'Angelo".
_NAME_PART = rf"[{_UPPER}](?:['’][{_UPPER}])?[^\W\d_]+(?:-[{_UPPER}][^\W\d_]+)?"
_PARTICLE = r"(?:von|van|de|der|den|zu|vom|du|da|di|le|la|al|el|ten|ter|mc)"
_SURNAME = rf"(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME_PART}"
_TITLES = r"(?:[ \t]*(?:Dr|Prof|med|dent|rer|nat|Dipl|Ing|Dr\.-Ing|Dipl\.-Ing)\.)*"
# A legal form right after the name, or after one or two more of its words ("Rehaklinik Am
# Waldsee GmbH"): a company's name.
_COMPANY = (
    r"(?![\w-])(?![ \t]*(?:[\w.-]+[ \t]+){0,2}"
    r"(?:&|\+|AG\b|GmbH|SE\b|KG\b|OHG\b|a\.[ ]?G\.|e\.[ ]?V\.|Ltd|plc|Inc|LLC|S\.A\.))"
)
# One or two name words after a salutation: "Frau Weber", "Herr Max Müller", "Frau von Randow",
# also after a first name's initial ("Ms J. Smith", "Frau A. Weber").
SALUTATION_TAIL = re.compile(
    rf"\.?{_TITLES}[ \t]+((?:[{_UPPER}]\.[ \t]*)?(?:{_PARTICLE}[ \t]+)?{_NAME_PART}"
    rf"(?:[ \t]+{_SURNAME})?){_COMPANY}"
)
# A greeting with a first name and no salutation, alone on its line up to a comma: "Hi Noah,",
# "Hallo Sabine Kröger,", "Liebe Jana!". Words that greet a group, a desk or nobody in
# particular ("Dear Sir,", "Hallo Team,", "Liebe Grüße,") are no names.
_NOT_A_NAME = (
    r"(?:Sir|Sirs|Madam|Madame|Team|Teams|All|Alle|Zusammen|Kolleg\w*|Colleagues?|Kund\w*|"
    r"Customers?|Clients?|Damen|Herren|Leute|Redaktion|Everyone|Everybody|Partner\w*|"
    r"Members?|Mitglied\w*|Support|Service\w*|Gr[üu](?:ß|ss)e|Gruß|Welt|World|There|"
    r"Versicherte|Eltern|Parents|Managers|Policyholders|Subscribers|Abonnent\w*|Leser\w*)"
)
FIRST_NAME_TAIL = re.compile(
    rf"[ \t]*(?!{_NOT_A_NAME}\b)({_NAME_PART}(?:[ \t]+{_SURNAME})?)[ \t]*(?:[,!:]|$)",
    re.MULTILINE,
)
# A full name (two words at least) in a field: "Versicherungsnehmer: Dr. med. Frieder Nolte".
# A full name (two words at least) after a field's label: "Versicherungsnehmer: Dr. med.
# Frieder Nolte", "VN: Ahrens, Karin".
# A couple's first names before their one surname ("Sven und Carina Borchers").
_COUPLE = rf"(?:{_NAME_PART} (?:und|and|&) )?"
FIELD_TAIL = re.compile(
    rf"\.?[ \t]*(?:(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|Prof|med)\.?[ \t]+)*"
    # One or two blanks or a tab between the names: a wider gap is a table's, between columns
    # ("Alter VN   Ursache   Reserve").
    rf"({_COUPLE}{_NAME_PART}(?:[ ]{{1,2}}|\t){_SURNAME}|{_SURNAME},[ \t]*{_NAME_PART}){_COMPANY}"
)

# A full name right after a case number in a list's row ("GL-25-0088  Günter Wessels",
# "BU-24-00318 Kerstin Fahl Psychiatrie"), or between commas after it, as a customer writes
# number, name and address ("Glasversicherung GL 4410 0217, Horst Blumenthal, Hasenburger Weg
# 30"): the person whose case it is; not a company's name.
_FULL_NAME = rf"{_NAME_PART}[ \t]+{_NAME_PART}"
AFTER_CASE = re.compile(rf"(?:[ \t]*,[ \t]*(?={_FULL_NAME}[ \t]*,)|[ \t]+)({_FULL_NAME}){_COMPANY}")

# A list's line of a full name and a postal address ("- Marek Kowalczyk, Kölner Str. 140,
# 42651 Solingen", "Marlies Kuhn (HR 4 471 028 331): neu Am Markt 3, 56410 Montabaur"): a
# person's, as a list of participants or returned letters writes them. Looked for only before
# a postcode (found in siegel.core.classify.casewise), not at every capital letter; name words
# in lower case after their capital, so that "Holding AG" is not one. Matched up to the comma
# before the postcode.
_PLAIN_PART = rf"[{_UPPER}][a-zß-öø-ÿ]+(?:-[{_UPPER}][a-zß-öø-ÿ]+)?"
NAME_AT_ADDRESS = re.compile(
    rf"[ \t>]*(?:[-*•–]|\d{{1,3}}[.)])?[ \t]*({_PLAIN_PART}[ \t]+(?:{_PARTICLE}[ \t]+)?"
    rf"{_PLAIN_PART}){_COMPANY}(?:[ \t]*\([^)\n]{{0,40}}\))?[ \t]*[,:;][ \t]*"
    rf"(?:neu[ \t]+|new[ \t]+)?[{_UPPER}][^\n,;:]{{1,40}}?[ \t]\d+[a-zA-Z]?$"
)

# A full name that opens a sentence and is its subject ("Jan Westphal ist seit gestern im
# Krankenhaus"): the person the sentence is about. Looked for only in the sentence before a
# clear health word; words that open sentences as often as names do are no first name.
SUBJECT_NAME = re.compile(
    # Also a list's item ("- Lisa Brandt fällt bis August aus, sie wird an der Bandscheibe
    # operiert"): notes to a team tell of a colleague so. A second word with a noun's ending
    # is no surname ("- Elektronische Prüfung ist zulässig").
    rf"(?:^|(?<=[.!?:;]))[ \t>]*(?:[-*•–][ \t]+)?(?!(?:{_NOT_A_FIRST_NAME})\b)"
    rf"({_PLAIN_NAME}[ \t]+(?!\w+(?:ung|heit|keit|ion|tät|schaft|nis)\b){_PLAIN_NAME})[ \t]+"
    # A remark with a number in brackets between ("Daniel Fischer (PN 41077, IT) has …"); not
    # a term's short form ("Unterstützende Parodontitistherapie (UPT) wird …").
    r"(?:\([^()\n\d]{0,30}\d[^()\n]{0,30}\)[ \t]+)?"
    r"(?:ist|war|liegt|lag|wurde|wird|hat|hatte|musste|muss|fällt|fehlt|befindet|leidet"
    r"|is|was|has|had|underwent|suffers|suffered)\b",
    re.MULTILINE,
)
# A pronoun or a word for anyone as a sentence's subject: no name ("Er ist seit 7 Monaten
# arbeitsunfähig" in a training case).
_PRONOUNS = r"Er|Sie|Es|Wir|Ihr|Man|Jemand|Niemand|He|She|It|We|They|You|Someone|Patient|Patientin"
# One name as the subject of being off sick ("Ralf ist bis Freitag krankgeschrieben"): only a
# person is signed off sick, so a single capitalised word there is one (see SICK_NOTE).
SICK_SUBJECT = re.compile(
    # Also quoted ('the team only needs "Hanna is off sick until 21 March"').
    rf"(?:(?:^|(?<=[.!?:;]))[ \t>]*|(?<=[\"„“]))(?!(?:{_NOT_A_FIRST_NAME}|{_PRONOUNS})\b)"
    rf"({_PLAIN_NAME})"
    # A few words between, none an article ("Ursache ist die Erkrankung …" is no one), also
    # across a wrapped line ("Nicole ist bis einschließlich Freitag nächster Woche\n
    # krankgeschrieben").
    r"[ \t]+(?:ist|war|bleibt|is|was)(?:\s+(?!(?:die|der|das|ein|eine|the|an?)\b)[^\s.!?]+){0,6}"
    r"\s+$",
    re.MULTILINE,
)
SICK_NOTE = frozenset(
    {"krankgeschrieben", "arbeitsunfähig", "arbeitsunfähigkeit", "off sick", "on sick leave"}
)

# Not "Hr.": it ends every "Jahr." in a text, and each such place costs the scan.
_SALUTATION_WORDS = ("herr", "herrn", "frau", "fr.", "mr", "mrs", "ms", "miss", "familie")
# A married couple by their name ("Eheleute Kowalczyk", "Ehel. Kowalczyk"), as "Familie".
_COUPLE_WORDS = ("eheleute", "ehel.", "eheleuten")
_GREETING_WORDS = (
    *("sehr geehrte", "sehr geehrter", "liebe", "lieber", "hallo", "guten tag", "guten morgen"),
    *("guten abend", "moin", "servus", "dear", "hello", "hi", "good morning", "good afternoon"),
)
SALUTATIONS = Anchor(
    "person-name",
    (*_SALUTATION_WORDS, *_COUPLE_WORDS, "family"),
    SALUTATION_TAIL,
    payload="NAME",
    cased=True,
)
# "Hr." as staff's notes write "Herr" ("Rückruf Hr. Okafor"), with the blank or line start
# before it in the keyword: "hr." alone would end every "Jahr." (see _SALUTATION_WORDS). The
# keyword starts at that blank, so the scan must take it after a word (compound_end).
ABBREVIATED_SALUTATIONS = Anchor(
    "person-name",
    (" hr.", "\nhr.", "\thr.", "(hr."),
    SALUTATION_TAIL,
    payload="NAME",
    cased=True,
    compound_end=True,
)


def opening_salutation(text: str) -> list[Hit]:
    """ "Hr. Okafor …" at the very start of a text, where no blank stands before the keyword
    for ABBREVIATED_SALUTATIONS (a call note's first words, a subject)."""
    if text[:3].lower() != "hr.":
        return []
    name = SALUTATION_TAIL.match(text, 3)
    return [] if name is None else [Hit(ABBREVIATED_SALUTATIONS, 0, 3, *name.span(1))]


# The name greeted without a salutation: the addressee by first name (only at a line's start,
# see starts_line). Greetings with a salutation are GREETINGS' longer keywords.
FIRST_NAMES = Anchor(
    "greeting-first-name",
    # With the space after them, as OWN's: "hi" alone is inside "nicht" and "which", and
    # every such occurrence costs the scan.
    tuple(
        f"{greeting} "
        for greeting in (
            *("hi", "hallo", "hello", "hey", "dear", "liebe", "lieber", "moin", "servus"),
            *("guten tag", "guten morgen"),
        )
    ),
    FIRST_NAME_TAIL,
    payload="NAME",
    cased=True,
    max_hits=SIGN_HITS,
)
# The name greeted: the keyword takes in the greeting ("Sehr geehrte Frau", "Dear Mr"), so the
# scan's longest match tells a greeting from a name elsewhere without looking back.
GREETINGS = Anchor(
    "greeting-name",
    tuple(
        f"{greeting} {salutation}"
        for greeting in _GREETING_WORDS
        for salutation in (*_SALUTATION_WORDS, "dr.", "dr", "prof.")
    ),
    SALUTATION_TAIL,
    payload="NAME",
    cased=True,
)
_FIELD_LABELS = (
    *("versicherungsnehmer", "versicherungsnehmerin", "versicherungsnehmer/in", "vn"),
    *("versicherte person", "versicherter", "versicherte", "patient", "patientin", "name"),
    *("vor- und nachname", "kunde", "kundin", "mandant", "mandantin", "antragsteller"),
    *("antragstellerin", "geschädigter", "geschädigte", "verstorbener", "verstorbene"),
    *("mitarbeiter", "mitarbeiterin", "arbeitnehmer", "arbeitnehmerin", "bezugsberechtigter"),
    *("bezugsberechtigte", "begünstigter", "begünstigte", "fahrer", "fahrerin", "halter"),
    *("halterin", "leasingnehmer", "leasingnehmerin", "ehepartner", "policyholder"),
    *("policy holder", "insured", "insured person", "member", "member name", "customer"),
    *("client", "applicant", "claimant", "lessee", "employee", "beneficiary", "deceased"),
    *("driver", "tenant", "spouse", "paciente", "pacjent", "schuldner", "schuldnerin"),
    *("debtor", "inhaber", "inhaberin", "verstorben", "died", "mieter", "mieterin"),
    # A data export's column names, written as one word or joined by an underscore.
    *("membername", "patientname", "insuredname", "customername", "clientname"),
    *("member_name", "patient_name", "insured_name", "customer_name", "client_name"),
    # The same as forms write them in words.
    *("patient name", "name of patient", "patientenname", "name des patienten"),
    *("name der patientin", "name of insured", "customer name", "client name", "claimant name"),
    # A traveller, as a booking or an assistance request names them.
    *("passenger", "passagier", "passagierin", "reisender", "reisende", "traveller", "traveler"),
    # Who keeps or handles an animal, as an animal liability's list writes them.
    *("tierhalter", "tierhalterin", "hundehalter", "hundehalterin", "hundeführer"),
    *("hundeführerin",),
    # The addressee of a letter in a list of returned mail or a mailing.
    *("empfänger", "empfängerin", "recipient"),
    # Two people under one label, and a bank's borrowers ("Policyholders: Stefanie Gehrmann and
    # Jan Gehrmann", "Darlehensnehmer: …").
    *("policyholders", "policy holders", "insured persons", "beneficiaries", "borrower"),
    *("borrowers", "kreditnehmer", "kreditnehmerin", "darlehensnehmer", "darlehensnehmerin"),
    # A company's officers in a list's column, as D&O lists head it for both genders or
    # offices (not "Geschäftsführer:" or "Vorstand:" alone: every company's footer has them).
    *("geschäftsführer/in", "geschäftsführer*in", "director / officer", "director/officer"),
    # Both genders in one label, as forms and spreadsheets write it: "Mitarbeiter/in: …"
    *("mitarbeiter/in", "mitarbeiter*in", "mitarbeiter:in", "versicherte/r", "kunde/kundin"),
    *("arbeitnehmer/in", "antragsteller/in", "fahrer/in", "name, vorname", "nachname, vorname"),
    # Policyholder and insured person as one, as staff's notes label them ("VN/VP: Ralf Petzold").
    *("vn/vp", "vn / vp", "vp/vn"),
)
# The label with its colon (with a salutation: SALUTED_FIELDS): without either a capitalised word
# after "Kunde" is as likely a German noun as a name. With the colon in the keyword, the many
# labels that are ordinary words ("Kunde", "Name") cost the scan nothing where no field follows.
FIELDS = Anchor(
    "person-field",
    (
        *(f"{label}{after}" for label in _FIELD_LABELS for after in (":", " :", ";")),
        # A driver named in a claim's note without a colon ("Fahrer Finn Lüders"): a full name
        # (two capitalised words, FIELD_TAIL) after the word is rarely anything else.
        *("fahrer ", "fahrerin ", "driver "),
        # A car's keeper, as a motor letter names them ("Halterin Ayla Yilmaz").
        *("halter ", "halterin "),
        # The same in staff's notes, by the abbreviations for policyholder and insured person
        # ("Anruf VN Thorsten Gehrke"): a full name after them is the customer's.
        *("vn ", "vp "),
        # And by the short form for a customer in a call's note ("Anruf Kd. Timo Warnke 14:48").
        *("kd. ", "kdin. "),
        # A colleague spoken of by full name ("our colleague Timo Reinholz died on Saturday");
        # not "meine Kollegin Aylin Demir hilft Ihnen gern": an absent clerk's deputy.
        *("unser kollege ", "unsere kollegin ", "unseren kollegen ", "unserer kollegin "),
        *("our colleague ",),
    ),
    FIELD_TAIL,
    payload="NAME",
    cased=True,
)
# The label with a salutation or title ("die Versicherte Frau Dorn", "VN Herr Lenz"): a surname
# alone after the salutation, as after a salutation anywhere (the scan takes the longest
# keyword, so the salutation in it is not seen on its own).
SALUTED_FIELDS = Anchor(
    "person-field",
    tuple(
        f"{label}{after}"
        for label in _FIELD_LABELS
        for after in (" herr", " herrn", " frau", " dr.", " mr", " mrs", " ms")
    ),
    SALUTATION_TAIL,
    payload="NAME",
    cased=True,
)
# A role word right before a full name ("beim Versicherten Marcel Düx", "policyholder Jo Reid"):
# one blank between the words, and none of the nouns that follow such words in a heading or a
# department's name ("Versicherte Personen", "Policyholder Service"). Not "Kunde" or "client":
# they stand in nearly every mail, and each occurrence costs the scan.
ROLE_NAMES = Anchor(
    "person-field",
    tuple(
        f"{role} "
        for role in (
            *("versicherten", "versicherter", "versicherte", "versicherungsnehmer"),
            *("versicherungsnehmerin", "patient", "patientin", "patienten", "insured"),
            "policyholder",
            *("claimant", "applicant", "antragsteller", "antragstellerin", "geschädigte"),
            *("geschädigten", "geschädigter"),
            # A bank's borrower, whose car or house the insurance secures.
            *("kreditnehmer", "kreditnehmerin", "darlehensnehmer", "darlehensnehmerin"),
            # Clients in the plural before a couple's names ("unserer Kunden Thomas und Inga
            # Kühl"): the plural alone may be many, with the names it is these two.
            *("unserer kunden", "unseren kunden", "ihrer kunden", "ihren kunden"),
            *("our clients", "our customers"),
            # A relative by full name, as a beneficiary's or a co-insured's line gives them
            # ("Bezugsrecht Ehefrau Sandra Petzold", "Sohn Jonas Petzold (geb. 2008)").
            *("ehefrau", "ehemann", "ehegatte", "ehegattin", "sohn", "tochter", "wife"),
            *("husband", "daughter"),
        )
    ),
    re.compile(
        r"(?!(?:Person(?:en|s)?|Services?|Care|Support|Team|Portal|Center|"
        rf"Centre|Relations|Experience|Data|Daten)\b)"
        rf"({_COUPLE}{_NAME_PART} {_SURNAME}){_COMPANY}"
    ),
    payload="NAME",
    cased=True,
)
# A lawsuit's parties either side of its "./.", as courts and lawyers cite them ("Arslan ./.
# Engel u. a.", "Andreas Schäfer ./. 1. Bernd Quast, 2. Versicherer AG"): a party without a
# legal form or an insurer's word is a person, named by surname alone too.
_PARTY_BEFORE = re.compile(rf"(?<![\w-])((?:{_NAME_PART}[ \t]+)?{_NAME_PART})[ \t]*$")
_PARTY_AFTER = re.compile(rf"[ \t]*(?:1\.[ \t]*)?((?:{_NAME_PART}[ \t]+)?{_NAME_PART}){_COMPANY}")
_FIRMS_WORD = re.compile(r"\b(?:AG|SE|KG|GmbH|Ltd|Plc|Inc|LLC|Co|Versicher\w*|Insurance)\b")
PARTY_REACH = 60  # characters before a "./." in which the party before it is read


def lawsuit_parties(text: str) -> list[tuple[int, int]]:
    """The persons among the parties either side of each "./." (up to SIGN_HITS of them)."""
    parties = []
    start = text.find("./.")
    for _ in range(SIGN_HITS):
        if start < 0:
            break
        before = _PARTY_BEFORE.search(text, max(0, start - PARTY_REACH), start)
        after = _PARTY_AFTER.match(text, start + 3)
        parties += [
            party.span(1)
            for party in (before, after)
            if party is not None and not _FIRMS_WORD.search(party.group(1))
        ]
        start = text.find("./.", start + 3)
    return parties


# The writer naming themselves ("I'm Tomasz Wierzbicki, owner-driver of …", "Mein Name ist
# Ilse Brandt"): a full name, not a company's, nor a title or a trade ("I am Head of Claims").
SELF_NAMED = Anchor(
    "person-name",
    ("mein name ist ", "my name is ", "i'm ", "i am ", "ich heiße ", "ich heisse "),
    re.compile(rf"({_NAME_PART}[ \t]+{_SURNAME}){_COMPANY}(?![ \t]+(?:of|from|at|for)\b)"),
    payload="NAME",
    cased=True,
)
# A surname in a field of its own, as exports and spreadsheets write it ("VN_Name: Brandl;
# VN_Vorname: Georg", "Nachname: Brandl"): one name word is enough there.
SURNAME_LABELS = (
    *("nachname", "familienname", "surname", "last name", "lastname", "vn_name", "vn-name"),
    *("name_vn", "kunde_name", "kundenname"),
    # A first name in a field of its own names a person as much ("NAME: Brandes; VORNAME: Holger").
    *("vorname", "first name", "firstname", "given name"),
)
SURNAME_FIELDS = Anchor(
    "person-field",
    tuple(f"{label}{after}" for label in SURNAME_LABELS for after in (":", " :")),
    re.compile(rf"[ \t]*({_NAME_PART}){_COMPANY}"),
    payload="NAME",
    cased=True,
)
MAIDEN = Anchor(
    "maiden-name",
    ("geb.", "geborene", "née"),
    re.compile(rf"[ \t]+((?:{_PARTICLE}[ \t]+)?{_NAME_PART})"),
    whole_word=False,
    payload="NAME",
    cased=True,
)
ROLES = Anchor(
    "person-role",
    (
        *("ihr kunde", "ihre kundin", "ihres kunden", "ihrem kunden", "ihrer kundin"),
        *("unser kunde", "unsere kundin", "unseres kunden", "unserem kunden", "unserer kundin"),
        *("ihr patient", "ihre patientin", "ihres patienten", "ihrem patienten", "ihrer patientin"),
        *("unser patient", "unsere patientin", "ihr mandant", "ihre mandantin", "ihres mandanten"),
        *("ihrem mandanten",),
        *("ihrer mandantin", "unser mandant", "unsere mandantin", "unseres mandanten"),
        *("unser versicherter", "unsere versicherte", "unseres versicherten"),
        *("unserem versicherten", "unserer versicherten", "unser mitglied", "unseres mitglieds"),
        *("ihr mitglied",),
        *("ihr mitarbeiter", "ihre mitarbeiterin", "ihres mitarbeiters", "ihrem mitarbeiter"),
        *("ihrer mitarbeiterin", "der verstorbene", "die verstorbene", "des verstorbenen"),
        *("unser versicherungsnehmer", "unsere versicherungsnehmerin", "ihr versicherungsnehmer"),
        *("your client", "our client", "our customer", "your customer", "your patient"),
        *("our patient", "our member", "your member", "our insured", "our policyholder"),
        *("your employee", "the deceased"),
        # A broker's own client ("der BU-Antrag meines Mandanten Volker Trampe").
        *("mein mandant", "meine mandantin", "meines mandanten", "meinem mandanten"),
        *("meiner mandantin", "mein kunde", "meine kundin", "meines kunden", "meinem kunden"),
        *("meiner kundin", "my client", "my customer"),
    ),
    max_hits=SIGN_HITS,
)

# An answer to a prospect's question about a product: the products' health words are nobody's,
# and "Ihr Beitrag", "your expat insurance" are the offer's; only the asker's own health counts
# (siegel.core.classify.concerned).
PROSPECT = Anchor(
    "prospect",
    (
        *("ihr interesse an unserer", "ihr interesse an unseren", "ihr interesse an unserem"),
        *("ihr interesse an der", "ihr interesse an den", "danke für ihr interesse"),
        *("vielen dank für ihr interesse", "ihres interesses an", "your interest in our"),
        *("thank you for your interest", "thanks for your interest", "your interest in the"),
        # The prospect's own question, quoted below the answer; not "Brauche ich eine
        # Überweisung?", which a customer asks about their own treatment.
        *("bei ihnen abzuschließen", "bei ihnen abschließen", "brauche ich eine eigene"),
        *("brauche ich einen eigenen", "do i need my own", "do i need a separate"),
        *("considering taking out", "thinking of taking out"),
        # A prospect's own question before signing ("ich überlege, eine Zahnzusatzversicherung
        # abzuschließen", "quick question before I sign up", "was kostet bei Ihnen eine …").
        *("ich überlege, eine", "ich überlege eine", "wir überlegen, eine", "was kostet bei ihnen"),
        *("before i sign up", "before signing up", "thinking about taking out"),
        *("thinking about getting", "considering getting"),
        # The asker says they are no customer yet, or the answer offers the product to buy.
        *("not insured yet", "not yet insured", "not yet a customer", "not a customer yet"),
        *("noch nicht versichert", "noch nicht bei ihnen versichert", "noch kein kunde"),
        *("noch keine kundin", "you can apply online", "you can buy it online"),
        *("können sie online abschließen", "online abschließen können"),
    ),
    max_hits=SIGN_HITS,
)

# Someone as a patient: that they are one is health data (SPEC: data entrusted to doctors).
PATIENTS = Anchor(
    "patient",
    (
        *("ihr patient", "ihre patientin", "ihres patienten", "ihrem patienten", "ihrer patientin"),
        *("unser patient", "unsere patientin", "your patient", "our patient", "patient:"),
        *("patientin:", "patient :", "patient name:", "name des patienten:", "paciente:"),
        *("pacjent:", "pacjentka:"),
    ),
    max_hits=SIGN_HITS,
)

# The addressee's (or writer's) own things, by what they are.
# What one has or undergoes: a condition, an injury, a pregnancy, a treatment, what an
# application's health questions ask. Said to a prospect ("your diabetes", "Ihre laufende
# Behandlung"), it is theirs; aids, providers and cover named to them are the offer's.
_OWN_CONDITION = (
    r"diagnos|erkrank|krankheit|befund|beschwerden|verletzung|injur|illness|condition|"
    r"schwangerschaft|pregnan|operation|\bop\b|surgery|itis\b|"
    r"behandlung|therap|treatment|rezept|prescription|medikament|medication|"
    # A condition itself, as a prospect or a customer is asked about it ("your diabetes").
    r"diabet|asthma|krebs|cancer|tumor|tumour|depress|allerg|blutdruck|blood pressure|"
    r"herz(?!lich)|heart(?!felt|y|ily)|migräne|migraine|arthros|rheuma|epilep|adhs|adhd|"
    # What an application's health questions ask of the applicant ("Ihr BMI", "your smoking
    # status", "Ihr Alkoholkonsum"); not a luggage's or a trailer's weight limit.
    r"bmi\b|gewicht\b|körpergröße|weight\b(?! (?:limit|allowance))|raucher|smoking|smoker|alkohol|alcohol|"
    r"psyche\b|"
    # Whole words where a longer word holds them ("internship", "gesuchte").
    r"\bsucht|addiction|hiv\b|hepatit|knie|knee|hüfte|\bhip\b|rücken\b|rückenschmerz|back pain|"
    r"back problem|"
    # A limb or a joint of one's own ("your left index finger", "Ihr rechtes Sprunggelenk").
    r"finger|daumen|thumb|handgelenk|wrist|schulter|shoulder|ellenbogen|elbow|sprunggelenk|"
    r"ankle|knöchel|\bzeh|\btoe|\bfu(?:ß|ss)\b|\bfoot\b|\bbein\b|\bleg\b|\barm\b|"
    # The spine, as the joints ("sein Bandscheibenvorfall", "her slipped disc").
    r"bandscheib|wirbelsäule|spine|spinal|slipped disc|herniated disc"
)
_OWN_HEALTH = (
    _OWN_CONDITION + r"|arzt|ärzt|zahn|brille|klinik|"
    # Not the "reha" inside "Ihr Softwarehaus".
    r"krankenhaus|reha(?!us)|pflege|arznei|gesundheit|geburt(?!s)|"
    r"entbindung|krankenversicherung|lebensversicherung|"
    r"berufsunfähigkeit|unfallversicherung|privatrente|private rente|rentenversicherung|"
    r"hospital|doctor|physician|baby|health|dental|life insurance|"
    r"disability|medical|ologe\b|ologin|ologist|iater|iatrist|dentist|hebamme|midwife|physio|"
    r"hörgerät|hörhilfe|hearing|hilfsmittel|rollstuhl|wheelchair|kontaktlinse|contact lens|impf|"
    r"vaccin|kur\b|kuraufenthalt|sehhilfe|glasses|spectacles|varifocal|gleitsicht|prothese|prosthe|"
    # A healer's or a laboratory's bill, a dental plan, a check-up, aids worn ("Ihre
    # Heilpraktikerrechnung", "your scan results"); not "your GP": a newsletter's advice.
    r"heilpraktiker|laborrechnung|laborwert|laborbefund|heil- und kostenplan|massage|"
    r"vorsorgeuntersuchung|kompressionsstr|rollator|orthotic|scan result|"
    # One's getting well and a care home's bill ("your recovery after …", "Ihre Genesung"); not
    # "recovery" alone: a claim's recourse against a third party.
    r"recovery after|genesung|heimkosten|"
    # A certificate of being unfit for work ("anbei meine AU", "your fit note").
    r"(?<![\w-])au\b(?![ -]?pair)|au-bescheinigung|krankmeldung|krankschreibung|sick note|fit note"
)
# What only an insurance is ("Ihre Hausratversicherung", "your claim"), and what may be an
# insurance's or a supplier's ("Ihr Vertrag", "Ihre Kündigung", "Ihr Haus" for a company).
_OWN_INSURANCE = (
    r"police|versicherung|schaden|kasko|haftpflicht|hausrat|tarif|fahrzeug|auto\b|wagen|"
    r"rechtsschutz|wohngebäude|gebäudeversicherung|"
    r"motorrad|unfall|claim|policy|polic|polizze|cover\b|premium|insurance|car\b|vehicle|"
    # A car or a motorbike by its make ("meine Kawasaki Z900", "my Toyota", "unseren Passat").
    r"volkswagen|vw\b|golf\b|passat|polo\b|audi|bmw|mercedes|opel|ford\b|skoda|škoda|"
    r"toyota|kawasaki|yamaha|suzuki|ducati|vespa|tesla|renault|peugeot|citroen|citroën|fiat\b|"
    r"hyundai|mazda|nissan|volvo|porsche|dacia|subaru|kia\b|cupra|jeep|lexus|mitsubishi|honda|"
    r"jaguar|land rover|alfa romeo|chevrolet|lancia"
)
_OWN_CONTRACT = (
    r"vertr[aä]g|antrag|leistung|erstattung|beitrag|kündigung|contract|refund|reimburse|"
    r"benefit|renewal|cancellation"
)
_OWN_OTHER = (
    r"rechnung|konto|bankverbindung|tochter|sohn|kind|mann|frau|ehe|partner|mutter|vater|"
    r"eltern|arbeitgeber|gehalt|einkommen|wohnung|haus|kunden|invoice|bill|account|daughter|"
    r"son|child|husband|wife|mother|father|employer|salary|application|home|plan\b|"
    # A bicycle is insured in household, electronics or its own cover, and bought and lent too.
    r"fahrrad|bike\b|bicycle"
)
_INSURANCE_FIRST = re.compile(r"haftpflicht|liability|tarif")
OWN_KINDS = (
    ("health", re.compile(_OWN_HEALTH)),
    ("insurance", re.compile(_OWN_INSURANCE)),
    ("contract", re.compile(_OWN_CONTRACT)),
    ("other", re.compile(_OWN_OTHER)),
)


# Not the addressee's own thing but their staff ("Ihrer Pflegeberaterinnen": a plural of
# people, written with both genders), their company's ("your company health plan") or the
# cases they work on.
_NOT_OWN = re.compile(
    r"[a-zäöüß-]*(?:innen|\*in|:in)\b|(?:company|firm|firma|firmen|unternehmens?)\b|"
    # A clerk's cases, files and inbox ("Seine Zahnfälle übernimmt Maren", "meine
    # Haftpflicht-Eingänge"): work, not health or insurance.
    r"[a-zäöüß-]*(?:fälle|akten|vorgänge|eingänge)\b|"
    # The sender's closing ("Ihr Schadenservice der …", "Ihr Leistungsteam"): who writes.
    r"[a-zäöüß-]*(?:service|team)\b|"
    # A building of a clinic or a practice ("Ihrer Klinikgebäude"), and a practice or a
    # pharmacy itself ("Ihrer Zahnarztpraxis" to its owner): the insured business's.
    r"[a-zäöüß-]*(?:gebäude|gebäudes|räume|immobilie|immobilien|praxis|apotheke)\b|"
    # Health as a value in general ("your health or your savings", "Ihre Gesundheit ist uns
    # wichtig"), not a thing of one's own as "Ihre Gesundheitsfragen" are.
    r"(?:health|gesundheit)(?:[ \t]+(?:or|and|und|oder|is|ist|matters|comes|first|zuliebe))?$|"
    # A company's line ("Ihr Angebot Kfz-Flottenversicherung", "his cargo claims"): a fleet,
    # goods in transit or a ship are a business's, not a person's.
    r"(?:[a-zäöüß]+ )?[a-zäöüß-]*(?:flotten|fleet|cargo|hull|marine|warentransport)"
)


@functools.lru_cache(maxsize=4096)  # "Ihr Vertrag", "Ihre Rechnung": the same few, again and again
def own_kind(thing: str) -> str:
    """What the addressee's own thing is: "health", "insurance", "contract", "other" or ""
    when it is none of the things looked for ("Ihre Nachricht") or not the addressee's own."""
    if _NOT_OWN.match(thing):
        return ""
    if _INSURANCE_FIRST.search(thing):
        # "Ihre Arzneimittel-Haftpflichtversicherung", "Ihren Zahntarifen": a liability and a
        # tariff are insurance, whatever health word is in their name.
        return "insurance"
    for kind, stems in OWN_KINDS:
        if stems.search(thing):
            return kind
    return ""


_CONDITION = re.compile(_OWN_CONDITION)


def names_a_condition(snippet: str) -> bool:
    """Whether an own health thing ("Ihre Diabetes-Erkrankung", not "Ihre Zahnzusatz") is a
    condition one has, rather than one's care, aids or cover."""
    return _CONDITION.search(snippet.lower()) is not None


def _names_an_own_thing(words: str) -> bool:
    return bool(own_kind(words))


# Numerals and adjectives between "Ihre" and the thing ("Ihre beiden neuen Hörgeräte", "your
# two new hearing aids"): skipped, so that the thing itself is among the words looked at.
_FILLERS = (
    r"(?:beide[mnrs]?|zwei|drei|vier|neue[mnrs]?|letzte[mnrs]?|aktuelle[mnrs]?|bisherige[mnrs]?|"
    r"eingereichte[mnrs]?|übersandte[mnrs]?|alte[mnrs]?|erste[mnrs]?|two|three|new|recent|last|"
    r"latest|current|old|first|submitted|left|right|linke[mnrs]?|rechte[mnrs]?)"
)
OWN = Anchor(
    "addressee",
    # With the space after them: "her" alone is inside "Versicherung", "ihr" inside "ihre",
    # and every such occurrence costs the scan. Or with a line break, where the text was
    # wrapped after the word ("in meiner\nRisikolebensversicherung").
    tuple(
        f"{word}{blank}"
        for blank in (" ", *LINE_BREAKS)
        for word in (
            *("ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "dein", "deine", "deinen"),
            *("deinem", "deiner", "mein", "meine", "meinen", "meinem", "meiner", "meines"),
            *("sein", "seine", "seinen", "seinem", "seiner", "your", "my", "his", "her"),
        )
    ),
    # The word after it, and the one after that ("Ihre neue Brille"); what they are is
    # looked up afterwards (own_kind): one pattern with all the kinds in it cost more than
    # the scan around it.
    re.compile(rf"\s*((?:{_FILLERS}[ \t]+){{0,2}}[a-zäöüß-]+(?:[ \t]+[a-zäöüß-]+)?)"),
    validate=_names_an_own_thing,
    max_hits=4 * SIGN_HITS,
)

# Where a forwarded message starts, as mail programs write it into the text: a dashed line
# ("-------- Weitergeleitete Nachricht --------") or its header's second line ("Gesendet: …"
# below "Von: …"). Found by the keyword scan; quoted_signatures reads from there on. The
# keywords stand after dashes or a line's end, so they may start inside a "word" as compounds'
# ends do.
FORWARDED = Anchor(
    "forwarded",
    (
        *("weitergeleitete nachricht", "ursprüngliche nachricht", "original message"),
        *("forwarded message", "\ngesendet:", "\nsent:", "\ndatum:", "\ndate:"),
    ),
    compound_end=True,
    max_hits=1,
)
# Rules or figures cited as the reason for one case ("according to our underwriting guidelines",
# "gemäß unseren Annahmerichtlinien"): the mail is not about them.
_CITED = re.compile(
    r"(?:according[ \t]+to|gemäß|laut|entsprechend)[ \t]+"
    r"(?:our|the|unseren?|den|der|die)[ \t]+(?:[\w-]+[ \t]+)?$",
    re.IGNORECASE,
)
CITED_REACH = 40  # characters before a word about nobody in which its citation stands


def cites(text: str, start: int) -> bool:
    """Whether the words before ``start`` cite what follows as a reason (see _CITED)."""
    return _CITED.search(text, max(0, start - CITED_REACH), start) is not None


# The writer speaking of their own health without "mein" ("ich habe Diabetes", "I was
# diagnosed with …", "bei mir wurde … festgestellt"): looked for only in the sentence before a
# clear health word.
WRITERS_HEALTH = re.compile(
    r"\b(?:(?:ich|i)[ \t]+(?:habe|hab|hatte|bin|war|leide|litt|nehme|bekomme|bekam|have|had|am|"
    r"was|suffer|suffered|take|took|got)|i've|i'm|bei mir|mir wurde)\b[^.!?\n]*(?:\n[^.!?\n]*)?$",
    re.IGNORECASE,
)
WRITER_REACH = 60  # characters before a health word in which the writer speaks
# One other person's health said of them in the third person singular ("sie hat seit Jahren
# Diabetes", "he declared type 1 diabetes", "er wurde am Knie operiert", what is still to come:
# "sie wird am Mittwoch operiert", "he will have surgery"): the verb's singular says one person,
# as "his diabetes" does. Not in a sentence that supposes it ("if a claimant says he suffered a
# stroke, route the file …"): a process, not a person.
_THIRD_PERSONS_HEALTH = re.compile(
    r"\b(?:er|sie|he|she)[ \t]+(?:hat|hatte|ist|war|leidet|litt|nimmt|bekommt|bekam|wurde|wird|"
    r"muss|musste|has|had|is|was|will|suffers|suffered|takes|took|got|declared|developed|needs|"
    r"needed)\b"
    r"[^.!?\n]*(?:\n[^.!?\n]*)?$",
    re.IGNORECASE,
)
_SUPPOSED = re.compile(
    r"\b(?:if|wenn|falls|sofern|sobald|when|whenever|whether|ob|once|unless|suppose)\b",
    re.IGNORECASE,
)
_SENTENCE_REACH = 200  # characters before the pronoun in which its sentence's start is looked for


# One person named by a single name as a sentence's subject, and the health word theirs by a
# possessive ("Heike ist nach ihrer Knie-OP in der Reha", "Frieda hatte gestern ihre Knie-OP"):
# a colleague's absence told to the team. Lower-case "ihre" is hers, not the addressee's.
_NAMED_THIRD_PERSONS = re.compile(
    rf"(?:^|(?<=[.!?:;]))[ \t>]*(?!(?:{_NOT_A_FIRST_NAME}|{_PRONOUNS})\b){_PLAIN_NAME}[ \t]+"
    r"(?:ist|war|hat|hatte|liegt|lag|is|was|has|had)\b[^.!?\n]{0,40}"
    r"\b(?:ihre[mnrs]?|seine[mnrs]?|her|his)[ \t]+$",
    re.MULTILINE,
)

# The possessive right before the health word, which _NAMED_THIRD_PERSONS ends with: a cheap
# test first, as most health words have none.
_THIRD_POSSESSIVE = re.compile(r"\b(?:ihre[mnrs]?|seine[mnrs]?|her|his)[ \t]+$")
POSSESSIVE_REACH = 12  # characters before a health word in which its possessive stands


# The person said after the health word, where German puts the subject after the verb because
# the health word's phrase opens the sentence ("Nach der Chemotherapie startet er mit …", "wegen
# der Knie-OP fällt sie aus"): a word and a lower-case "er" or "sie" in the health word's clause.
# Not after a word that opens a clause of its own or a preposition ("…, die sie", "wenn er", "für
# sie"): there the pronoun is not what the health word is said of. Lower case only: "Sie" is the
# addressee.
_INVERTED_THIRD_PERSON = re.compile(
    r"[^.!?\n,;:]{0,30}?\b(?!(?:die|der|das|den|dem|wenn|dass|daß|ob|weil|als|wie|was|bis|damit|"
    r"sobald|falls|sofern|ehe|bevor|nachdem|während|wo|wofür|womit|und|oder|aber|denn|sondern|"
    r"für|mit|an|auf|bei|von|zu|nach|über|unter|ohne|gegen|um|welche|welcher|welches|deren|"
    r"dessen|so)\b)[a-zäöüß]{2,20}[ \t]{1,3}(?:er|sie)\b"
)
# The pronoun looked for first, a plain search: most health words have none after them. Its reach
# holds the longest clause the pattern above reads (30 + 20 + 3 characters and the pronoun).
_PRONOUN = re.compile(r"[ \t](?:er|sie)\b")
INVERTED_REACH = 60


def third_persons_health(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where one other person's health is said of them between ``start`` and ``end`` (see
    _THIRD_PERSONS_HEALTH and _NAMED_THIRD_PERSONS)."""
    said = _THIRD_PERSONS_HEALTH.search(text, start, end)
    if said is None and _THIRD_POSSESSIVE.search(text, max(start, end - POSSESSIVE_REACH), end):
        said = _NAMED_THIRD_PERSONS.search(text, start, end)  # tried only where it may end
    return None if said is None or _supposed(text, said.start()) else said


def third_person_after(text: str, end: int) -> re.Match[str] | None:
    """The person a health word ending at ``end`` is said of, named after it in its clause
    (see _INVERTED_THIRD_PERSON)."""
    if _PRONOUN.search(text, end, end + INVERTED_REACH) is None:  # most health words: none
        return None
    said = _INVERTED_THIRD_PERSON.match(text, end)
    return None if said is None or _supposed(text, said.end()) else said


def _supposed(text: str, position: int) -> bool:
    """Whether the sentence up to ``position`` supposes what it says ("wenn ein Kunde sagt, er
    …"): a process, not a person."""
    reach = max(0, position - _SENTENCE_REACH)
    sentence = max(text.rfind(mark, reach, position) for mark in ".!?\n") + 1
    return _SUPPOSED.search(text, max(sentence, reach), position) is not None


# The writer insured here, as customers say it: "ich bin bei Ihnen hausratversichert", "ich hab
# rechtsschutz bei ihnen", "hab bei euch die elektronikversicherung", "I have my car insured
# with you". Found from "bei Ihnen" (rarer than "ich habe") and read on its line.
INSURED_HERE = Anchor("insured-here", ("bei ihnen", "bei euch", "with you"), max_hits=SIGN_HITS)
_WRITER = re.compile(r"\b(?:ich|hab|habe|bin|i|i'm|i've|wir)\b")
_INSURED = re.compile(
    rf"{_OWN_INSURANCE}|versichert|insured|kunde|customer|mitglied|member|rente|pension|annuity"
)
# Not yet insured: a prospect thinking of it ("ich überlege, eine Hausrat bei Ihnen abzuschließen").
_INTENT = re.compile(
    r"abzuschlie|abschlie|überleg|möchte|würde|wollte|would|interest|consider|angebot|offer|"
    r"quote|wechseln|switch"
)
WRITER_WORDS = 40  # characters before "bei Ihnen" in which the writer speaks, and after it


# The writer's own policy, as people say it: "Versicherung FR-2207 119 läuft auf mich", "I'm the
# policyholder (Nathan Brooks)", "ich bin Versicherungsnehmerin".
OWN_POLICY = Anchor(
    "own-policy",
    (
        *("läuft auf mich", "laufen auf mich", "läuft auf meinen namen", "auf meinen namen läuft"),
        *("ich bin versicherungsnehmer", "ich bin versicherungsnehmerin"),
        *("ich bin der versicherungsnehmer", "ich bin die versicherungsnehmerin"),
        *("i'm the policyholder", "i am the policyholder", "i'm the policy holder"),
        *("i am the policy holder", "is in my name", "are in my name"),
    ),
    max_hits=SIGN_HITS,
)
# Where the anchor names no insurance itself, a policy's word must stand before it in its sentence.
_NAMES_THE_POLICY = ("policyholder", "policy holder", "versicherungsnehmer")
POLICY_REACH = 60  # characters before "läuft auf mich" in which the policy is named


def own_policy(text: str, start: int, end: int) -> bool:
    """Whether the writer calls a policy theirs at ``text[start:end]`` (see OWN_POLICY)."""
    if any(word in text[start:end].lower() for word in _NAMES_THE_POLICY):
        return True
    sentence = text[max(0, start - POLICY_REACH) : start].lower()
    sentence = sentence[max(sentence.rfind(". "), sentence.rfind("\n\n")) + 1 :]
    return _INSURED.search(sentence) is not None and _INTENT.search(sentence) is None


def insured_here(text: str, start: int, end: int) -> bool:
    """Whether the writer says, around ``text[start:end]`` ("bei Ihnen"), that they are insured
    here: "ich" or "I" before it and an insurance's word beside it, in its paragraph (a mail
    program wraps a sentence over lines: "ich hab bei Ihnen schon den Passat⏎versichert"), and
    no word of a prospect's intent."""
    paragraph_start = text.rfind("\n\n", max(0, start - WRITER_WORDS), start)
    paragraph_end = text.find("\n\n", end, end + WRITER_WORDS)
    before = text[max(paragraph_start + 1, start - WRITER_WORDS) : start].lower()
    after = text[end : end + WRITER_WORDS if paragraph_end < 0 else paragraph_end].lower()
    around = f"{before} {after}"
    return (
        _WRITER.search(before) is not None
        and _INSURED.search(around) is not None
        and _INTENT.search(around) is None
    )


# The words that close a mail before its writer's name ("Freundliche Grüße", "lg", "Best
# regards"), found by the keyword scan; closing_signature reads the name after them.
CLOSING = Anchor(
    "closing",
    (
        *("grüße", "grüßen", "gruß", "grüsse", "grüssen", "gruss", "mfg"),
        *("regards", "cheers", "thanks", "thank you"),
    ),
    max_hits=8,
)
# "lg" and "vg" with the blank or line start before them in the keyword, as " hr." (see
# ABBREVIATED_SALUTATIONS): alone, "lg" stands inside "Zielgehalt" and "folgende", and the
# automaton's leftmost match there hid the compound's end ("-gehalt") from the scan.
_SHORT_CLOSINGS = ("lg", "vg")
SHORT_CLOSING = Anchor(
    "closing",
    tuple(f"{blank}{word}" for word in _SHORT_CLOSINGS for blank in (" ", "\n", "\t")),
    max_hits=8,
    compound_end=True,
)
ANCHORS = (
    GREETINGS,
    FIRST_NAMES,
    SALUTATIONS,
    ABBREVIATED_SALUTATIONS,
    FIELDS,
    SALUTED_FIELDS,
    ROLE_NAMES,
    SELF_NAMED,
    SURNAME_FIELDS,
    MAIDEN,
    ROLES,
    PROSPECT,
    PATIENTS,
    OWN,
    INSURED_HERE,
    OWN_POLICY,
    FORWARDED,
    CLOSING,
    SHORT_CLOSING,
)
# Role words that are as well a plural ("Beratung unserer Versicherten", "our insured"): in a
# mail about nobody in particular (a job advert, a product) they name no one person.
MAYBE_MANY = frozenset({"unserer versicherten", "our insured"})

# A greeting that addresses a group, not one person: "Liebe Kolleginnen und Kollegen".
GROUP_GREETING = re.compile(
    r"^[ \t>]*(?:sehr geehrte[rn]?|liebe[rn]?|hallo|hello|hi|hey|dear|guten (?:tag|morgen|abend)|"
    r"moin|servus|good (?:morning|afternoon))\b[^\n,]{0,50}?"
    r"\b(?:[a-zäöüß]+innen\b|azubis|auszubildende|trainees|zusammen|allerseits|alle\b|kolleg(?:en|innen|\W?innen)\b|all\b|everyone|everybody|team\b|colleagues|partner|leser|kund|mitglieder|members|"
    r"investors|analysts|führungskräfte|aiders|both\b|folks|committee|teilnehm|participants|"
    # People as such ("Hallo liebe Leute", "Hallo ihr Lieben", "Hi people").
    r"leute\b|ihr lieben\b|people\b|"
    r"mitarbeitende|mitarbeiterinnen|"
    # A group by what they do, in the neutral plural ("liebe Ersthelfende", "Teilnehmende").
    r"(?!wochenende\b)[a-zäöüß]{4,}ende\b|"
    # The insured, parents, managers, subscribers: a group by what they are.
    r"versicherte\b|eltern\b|parents|managers|policyholders|subscribers|customers|abonnent)"
    # The greeting's line ends soon after the group, or a comma does: not "hallo hab die
    # weisheitszähne raus bekommen alle 4 unter vollnarkose …".
    r"(?=[^\n.?]{0,40}(?:[,!:]|$))",
    re.MULTILINE,
)
GREETING_LINES = 600  # characters at the start of a text where its greeting stands


_ADDRESSING = frozenset(
    {"ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "dein", "deine", "deinen", "deinem"}
    | {"deiner", "your"}
)


def is_addressed(own_thing: str) -> bool:
    """Whether an own thing's words ("Ihre Rezepte", "meine Diagnose") speak to the addressee.

    In mail to many, "Ihre Rezepte" is anyone's; "meine Diagnose" is still the writer's.
    """
    return own_thing.split(" ", 1)[0].lower() in _ADDRESSING


def has_title(text: str, salutation_end: int, name_start: int) -> bool:
    """Whether "Dr." or "Prof." stands between a salutation and the name: a professional."""
    between = text[salutation_end:name_start]
    return "Dr." in between or "Prof." in between


# Words that introduce whom to turn to, just before a salutation's name ("Ansprechpartnerin vor
# Ort: Frau Richter", "erreichen Sie meine Vertretung, Frau Kaplan", "please contact Mr Hughes"):
# staff or a supplier's contact, named so the reader can reach them, not a person the mail is
# about. The cue and the name stand in one sentence (no full stop, no line end between).
_CONTACT = re.compile(
    r"(?:ansprechp(?:artner|erson)|kontaktperson|vertretung|erreichen sie|wenden sie sich"
    r"|abstimmen mit|in abstimmung mit|verantwortlich:|contact person|point of contact"
    r"|please contact|your contact|in my absence|stand-in|as agreed with|zuständiger?"
    r"|sachbearbeiter|kontakt:|contact:|questions to|reach out to)[^.\n!?]*$"
)
CONTACT_REACH = 60  # characters before a salutation in which the cue for a contact stands


def is_contact(text: str, salutation_start: int) -> bool:
    """Whether the name after the salutation at ``salutation_start`` is someone to contact
    (see _CONTACT). The few characters before it are lowered and searched: a search of the
    text itself ignoring case took five times as long."""
    before = text[max(0, salutation_start - CONTACT_REACH) : salutation_start].lower()
    return _CONTACT.search(before) is not None


LOOK_BACK = 80  # characters before a date of birth in which its person's name stands


def is_placeholder(name: str) -> bool:
    """Whether a name (or the words before a date of birth) holds a placeholder person.

    The host of an address or a link on the line is no part of a name: "leonie.brandes@
    mailbox.example" is Leonie Brandes's address, while "test@example.com" is a placeholder's.
    """
    low = name.lower()
    if "@" in low or "//" in low or "www." in low:
        low = _HOST.sub(" ", low)
    return _PLACEHOLDER.search(low) is not None


_HOST = re.compile(r"(?:@|://|\bwww\.)[\w.-]+")  # an address's or a link's host


# A placeholder name as a whole word: one search instead of splitting into words, each looked up.
# Also any name made of "Muster" ("Mia Musterkind", "Musterfirma"): a form's sample in German.
_PLACEHOLDER = re.compile(rf"\b(?:{'|'.join(sorted(PLACEHOLDER_NAMES))}|muster\w+)\b")


# The name that signs a quoted message, a customer's mail below a clerk's note: a quoted line
# that ends with a full name, alone or after a sentence or a closing word ("… zu carglass? Sina
# Petersen", "> Gruß Rainer Kötter", "> Melanie Kostka, Dortmund").
_SIGNED = re.compile(
    r"(?:^|[.!?)]|\b(?:[Gg]ru(?:ß|ss)|[Gg]r(?:ü|ue)(?:ß|ss)e|[Dd]anke|LG|VG|MfG|[Tt]hanks|"
    r"[Rr]egards|[Cc]heers))[,!]?[ \t]*"
    rf"(?!(?:{_NOT_A_FIRST_NAME}|{_NOT_A_NAME}|Mit|Viele|Beste|Liebe|Lieber|Kind|Best|"
    r"Guten|Good|Hallo|Hello|Dear|Sehr|Moin|Servus)\b)"
    rf"({_PLAIN_NAME}[ \t]+{_SURNAME})(?:,[ \t]*[{_UPPER}][\w-]*)?[ \t.!]*$"
)
# A quoted line's words; trailing blanks are stripped in Python (a lazy group before a class
# of blanks backtracks over a long run of them).
_QUOTED_LINE = re.compile(r"^>[> \t]*(.*)$", re.MULTILINE)
# A department's or a company's line closing a quoted signature ("Leistung Unfallversicherung").
_NOT_SIGNED = ("versicherung", "service", "team", "abteilung", "leistung", "gericht", "bank")


_LINE = re.compile(r"^[> \t]*(.*)$", re.MULTILINE)  # quoted or not, as _QUOTED_LINE


def quoted_signatures(text: str, forwarded: int = -1) -> list[tuple[int, int]]:
    """Names that sign a quoted message, or one forwarded from ``forwarded`` on (where a
    FORWARDED keyword stands; -1: none): who wrote it (see _SIGNED).

    Every quoted line, and every line below the start of a forwarded message, is read, not only
    a block's last: text added below a signature must not hide it. The names count as a first
    name greeted does (siegel.core.classify.concerned): a case number beside them is theirs; a
    clerk's quoted signature names a colleague at worst.
    """
    if forwarded < 0 and "\n>" not in text and not text.startswith(">"):
        return []
    lines = _QUOTED_LINE.finditer(text) if forwarded < 0 else _lines_from(text, forwarded)
    spans = []
    for line in lines:
        name = _SIGNED.search(line.group(1).rstrip(" \t\r"))
        if name is None or is_placeholder(name.group(1)):
            continue
        if name.group(1).lower().endswith(_NOT_SIGNED):
            continue
        spans.append((line.start(1) + name.start(1), line.start(1) + name.end(1)))
        if len(spans) >= SIGN_HITS:
            break
    return spans


# Who wrote a quoted message, as mail programs head it: "Am 10.02.2026 um 21:40 schrieb Jens
# Petersen:", "Jens Petersen <jp@example.org> schrieb am Di., 10. Feb.:", "On 3 May 2026, at
# 09:12, Jo Reid <jo@example.org> wrote:". A full name, with or without an address after it.
_ADDRESS = r"[ \t]*(?:<[^<>\n]{3,80}>|\[mailto:[^\]\n]{3,80}\])?"
_QUOTED_WRITER = re.compile(
    r"[> \t]*(?:"
    rf"Am\b[^\n]{{4,60}}?\bschrieb[ \t]+\"?({_PLAIN_NAME}[ \t]+{_SURNAME})\"?{_ADDRESS}[ \t]*:"
    rf"|\"?({_PLAIN_NAME}[ \t]+{_SURNAME})\"?{_ADDRESS}[ \t]+(?:schrieb am\b|wrote:)"
    rf"|On\b[^\n]{{4,60}}?,[ \t]*\"?({_PLAIN_NAME}[ \t]+{_SURNAME})\"?{_ADDRESS}[ \t]+wrote:)"
)


def quoted_writers(text: str) -> list[tuple[int, int]]:
    """The names that head a quoted message as its writer (see _QUOTED_WRITER): they count as a
    quoted message's signer does (quoted_signatures). Only the lines with the verb are read."""
    spans: list[tuple[int, int]] = []
    for verb in ("schrieb", "wrote:"):
        at = text.find(verb)
        while at >= 0 and len(spans) < SIGN_HITS:
            line_end = _line_end(text, at)
            header = _QUOTED_WRITER.match(text, text.rfind("\n", 0, at) + 1, line_end)
            if header is not None:
                group = next(index for index in (1, 2, 3) if header.group(index) is not None)
                name = header.group(group)
                if not is_placeholder(name) and not name.lower().endswith(_NOT_SIGNED):
                    spans.append(header.span(group))
            at = text.find(verb, line_end)
    return spans


# The name alone on its line, or after the closing word on the same line ("Gruß Sina Petersen",
# "Hildegard und Pascal Moreau-Zimmer", "Ciarán Dunphy, Wiesbaden").
_CLOSING_NAME = re.compile(
    rf"[,!.]?[ \t]*({_PLAIN_NAME}(?:[ \t]+(?:und|and|&)[ \t]+{_PLAIN_NAME})?[ \t]+{_SURNAME})"
    rf"(?:,[ \t]*[{_UPPER}][\w-]*)?[ \t\r.!]*$"
)
# A line of a signature block below the name: a company, department, role or way to reach them.
# With one, the name is a clerk's or a business's, not a private writer's.
_SIGNATURE_BLOCK = re.compile(
    r"\d{3}|@|www\.|https?:|\b(?:tel|fax|mobil|phone|gmbh|ag|kg|e\.\s?k|se|ltd|inc|llp|plc)\b"
    r"|abteilung|team|service|leistung|versicherung|sachbearbeit|referent|manager|leiter|claims"
    r"|underwriting|kundenbetreu|makler|agentur|vertrieb|schaden|vertrag|insurance|department"
    r"|head of|officer|specialist|assistan|berater|kanzlei|praxis|procurement|einkauf|finance"
    r"|accounts|buchhaltung|personalabteilung|\|",
    re.IGNORECASE,
)
SIGNATURE_LINE = 120  # characters of a line that can be a signature


def closing_signature(text: str, closings: Iterable[int]) -> list[tuple[int, int]]:
    """The name that signs a text after a closing word (at ``closings``, the ends of CLOSING
    keywords): on the closing's line or the next line with words, a full name alone ("lg
    Melanie Sturzenegger", "Freundliche Grüße / Hildegard und Pascal Moreau-Zimmer") with no
    signature block below it (see _SIGNATURE_BLOCK): a private writer. It counts as a quoted
    message's signer does: a case number beside it is theirs, unless the mail is about nobody
    (siegel.core.classify.concerned). Text added below hides it only where its first line
    reads as a signature block's."""
    for end in closings:
        line_end = _line_end(text, end)
        if text.rfind(">", text.rfind("\n", 0, end) + 1, end) >= 0:
            continue  # quoted: quoted_signatures reads it
        name = _CLOSING_NAME.match(text, end, line_end)
        if name is None and _closes_line(text[end:line_end]):
            start = _next_words(text, line_end)
            line_end = _line_end(text, start)
            name = _CLOSING_NAME.match(text, start, line_end) if start < len(text) else None
        if name is None or line_end - name.start(1) > SIGNATURE_LINE:
            continue
        signer = name.group(1)
        if is_placeholder(signer) or _SIGNATURE_BLOCK.search(signer):
            continue  # "Accounts Department", "Leistung Unfallversicherung"
        below = _next_words(text, line_end)
        if _SIGNATURE_BLOCK.search(text, below, _line_end(text, below)):
            continue  # a clerk's or a business's: a department or a phone below the name
        return [name.span(1)]
    return []


# The rest of a closing's line before the name on the next: nothing, or a few words of thanks
# ("Danke!", "Thanks for everything!", "Vielen Dank für Ihre Hilfe,").
_CLOSING_REST = re.compile(r"(?:[^\d\n]{0,40}[,!.])?")
CLOSING_REST = 41  # characters of thanks on a closing's line before the name on the next


def _closes_line(rest: str) -> bool:
    words = rest.strip()
    return len(words) <= CLOSING_REST and _CLOSING_REST.fullmatch(words) is not None


# The writer's name as a mail program shows it ("Megan Whitaker", "Ruben Meijer-Albrecht").
_WRITER_NAME = re.compile(rf"{_PLAIN_NAME}(?:[ \t]+{_SURNAME}){{1,2}}")
# What may stand before the writer's name on its line: nothing, or a closing word or thanks,
# after the last sentence ("Kennzeichen bleibt. Gruß Timo", "Cheers, Aiden", "Danke, Rita").
_BEFORE_SIGNER = re.compile(
    r"(?:(?:[^\n>]*[.!?][ \t]+)?(?:(?:viele|liebe|beste|schöne|best|kind)[ \t]+)?"
    rf"(?:{'|'.join(map(re.escape, (*CLOSING.keywords, *_SHORT_CLOSINGS)))}|danke)[,!.]?)?[ \t]*",
    re.IGNORECASE,
)
# What may follow it: a city, a full stop.
_WRITER_TAIL = re.compile(rf"(?:,[ \t]*[{_UPPER}][\w-]*)?[ \t\r.!]*(?:\n|$)")


def writer_signature(text: str, writer: str) -> list[tuple[int, int]]:
    """The writer's own name (the From header's, or its first name) signing a text, alone on its
    line or after a closing word, with no closing word needed ("… verletzt hat sich keiner /
    Rita Brenneke / Von meinem iPhone gesendet", "Kennzeichen bleibt. Gruß Timo"): a mail signed
    by its writer, read as closing_signature reads a name after a closing word, with the same
    check for a signature block below it. The header tells that the words are a name, and
    whose. Every place the name stands is read (up to SIGN_HITS), not only the last: text added
    below must not hide it."""
    if not _WRITER_NAME.fullmatch(writer) or is_placeholder(writer):
        return []
    if _SIGNATURE_BLOCK.search(writer):
        return []  # "Kundenservice Nordstern"
    full = next(
        filter(None, (_signed(text, name) for name in (writer, *_initialled(writer)))), None
    )
    first = _signed(text, writer.split()[0])
    if full is not None and _block_below(text, full[1]):
        return []  # a clerk's: "Rebecca Stone / Reinsurance"
    if full is not None and first is not None and first[0] < full[0]:
        # Signed twice, by first name and then in full below: a clerk's sign-off above their
        # signature ("Gareth / Gareth Hughes / Global Programmes & Multinational Risks").
        return []
    return [
        signed
        for signed in (full, first)
        if signed is not None and not _block_below(text, signed[1])
    ][:1]


def _initialled(writer: str) -> tuple[str, str]:
    """The writer's name with its first given name as initials: "K.-H. Wendt" and "K. Wendt"
    for "Karl-Heinz Wendt"."""
    given, surname = writer.split()[0], writer.split()[-1]
    initials = "-".join(f"{part[0]}." for part in given.split("-") if part)
    return f"{initials} {surname}", f"{given[0]}. {surname}"


def _signed(text: str, name: str) -> tuple[int, int] | None:
    """Where ``name`` first signs the text: alone on its line or after a closing word, not
    quoted (see _BEFORE_SIGNER and _WRITER_TAIL)."""
    start = text.find(name)
    for _ in range(SIGN_HITS):
        if start < 0:
            break
        end = start + len(name)
        line_start = text.rfind("\n", 0, start) + 1
        if _WRITER_TAIL.match(text, end) and _BEFORE_SIGNER.fullmatch(text, line_start, start):
            return start, end
        start = text.find(name, end)
    return None


def _block_below(text: str, end: int) -> bool:
    """Whether the line with words after the one ending after ``end`` is a signature block's."""
    below = _next_words(text, _line_end(text, end))
    return _SIGNATURE_BLOCK.search(text, below, _line_end(text, below)) is not None


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _next_words(text: str, position: int) -> int:
    """The start of the next line with words after ``position`` (at most one blank between)."""
    for _ in range(2):
        start = position + 1
        position = _line_end(text, start)
        if text[start:position].strip():
            return start + len(text[start:position]) - len(text[start:position].lstrip())
    return len(text)


def _lines_from(text: str, forwarded: int) -> Iterator[re.Match[str]]:
    """The quoted lines before a forwarded message, and every line from its start on."""
    start = text.rfind("\n", 0, forwarded) + 1
    yield from _QUOTED_LINE.finditer(text, 0, start)
    yield from _LINE.finditer(text, start)


def is_sign_off(text: str, start: int) -> bool:
    """Whether an "Ihr …" at ``start`` closes the mail ("Ihr Kundenservice Leben")."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        return False  # most: inside a sentence, and the rest of the line is not cut out
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return (
        len(line.split(maxsplit=4)) <= 4  # a long line is not split whole
        and not any(mark in line for mark in ",.:;!?")
        and not any(map(str.isdigit, line))
    )


def starts_line(text: str, start: int) -> bool:
    """Whether only blanks (or quote marks) stand before ``start`` on its line: a greeting."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t>")
