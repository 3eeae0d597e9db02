"""Shared helpers for the held-out corpus texts (formatting only; every mail is written by hand)."""
import inspect
import html as _html

from .dates import DATES as _DATES

MAILS = []
_USED = set()
_COUNTER = {}
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
N, C, SC = LABELS


def M(label, lang, kind, reason, frm, to, subject, body=None, html=None, **kw):
    assert label in LABELS, label
    assert lang in ("de", "en"), lang
    src = inspect.stack()[1].frame.f_globals["__name__"].rsplit(".", 1)[-1]
    _COUNTER[src] = _COUNTER.get(src, 0) + 1
    d = dict(label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to,
             subject=subject, body=body, html=html, _src=src, _n=_COUNTER[src])
    d.update(kw)
    if not d.get("date"):
        if subject in _DATES:
            d["date"] = _DATES[subject]
            _USED.add(subject)
        else:
            for prefix, when in _DATES.items():
                if subject.startswith(prefix):
                    d["date"] = when
                    _USED.add(prefix)
                    break
    MAILS.append(d)
    return d


def MI(frm, to, subject, body=None, html=None, **kw):
    """An inner (forwarded, attached) message."""
    d = dict(frm=frm, to=to, subject=subject, body=body, html=html)
    d.update(kw)
    return d


# ------------------------------------------------------------------ insurer and staff
INS = "Lindenhof Versicherungsgruppe"
D = "versicherer.example"

STAFF = {
    "m.becker": ("Martin Becker", "Kfz-Schaden", "Sachbearbeiter Kfz-Schaden", "0511 4470-2318"),
    "s.hoffmann": ("Sabine Hoffmann", "Leistung Kranken", "Leistungsabteilung Krankenversicherung", "0511 4470-3104"),
    "j.wolters": ("Jana Wolters", "Maklerbetreuung", "Maklerbetreuerin Region Nord", "0511 4470-1177"),
    "t.krueger": ("Thomas Krüger", "IT", "IT-Service-Desk", "0511 4470-9000"),
    "a.demir": ("Aylin Demir", "Sach-Schaden", "Schadenregulierung Hausrat/Wohngebäude", "0511 4470-2541"),
    "f.seidel": ("Dr. Frank Seidel", "Leben", "Leistungsprüfung Leben/BU", "0511 4470-3560"),
    "k.vogt": ("Katharina Vogt", "bAV", "Firmenkunden betriebliche Altersversorgung", "0511 4470-4021"),
    "o.brandt": ("Olaf Brandt", "Aktuariat", "Aktuariat Kranken", "0511 4470-5012"),
    "n.schulte": ("Nina Schulte", "Datenschutz", "Datenschutzkoordination", "0511 4470-1010"),
    "p.lindqvist": ("Peter Lindqvist", "International", "International Programmes & Reinsurance", "+49 511 4470-6620"),
    "m.roth": ("Melanie Roth", "Kundenservice", "Kundenservice", "0511 4470-0"),
    "s.yilmaz": ("Serkan Yilmaz", "Haftpflicht", "Schadenregulierung Haftpflicht", "0511 4470-2677"),
    "c.meier": ("Claudia Meier", "Unfall", "Leistung Unfallversicherung", "0511 4470-3388"),
    "j.hansen": ("Jörg Hansen", "Pflege", "Leistung Pflegeversicherung", "0511 4470-3452"),
    "l.fischer": ("Laura Fischer", "Kommunikation", "Unternehmenskommunikation", "0511 4470-1500"),
    "b.richter": ("Ben Richter", "Personal", "Personalabteilung", "0511 4470-1302"),
    "r.kowalski": ("Robert Kowalski", "Firmenkunden", "Underwriting Firmenkunden Sach/Technik", "0511 4470-4410"),
    "e.wagner": ("Eva Wagner", "Rechtsschutz", "Rechtsschutz-Schaden", "0511 4470-2790"),
    "h.petersen": ("Henrik Petersen", "Transport", "Transportversicherung", "040 3290-118"),
    "a.schmitt": ("Anna Schmitt", "Vertrieb", "Vertriebsunterstützung", "0511 4470-1240"),
    "d.lang": ("Daniel Lang", "Einkauf", "Zentraleinkauf", "0511 4470-1820"),
    "g.neumann": ("Gabriele Neumann", "Kranken Antrag", "Antragsprüfung Krankenversicherung", "0511 4470-3201"),
    "l.kaiser": ("Lukas Kaiser", "Reise", "Reiseversicherung Leistung", "0511 4470-3620"),
    "i.bauer": ("Ines Bauer", "Kfz-Vertrag", "Vertrag Kfz", "0511 4470-2200"),
}


def S(key):
    """'Name <addr>' of a staff member."""
    return "%s <%s@%s>" % (STAFF[key][0], key, D)


def F(box, name):
    """A functional mailbox."""
    return "%s <%s@%s>" % (name, box, D)


FOOT_DE = ("Lindenhof Allgemeine Versicherung AG · Lindenallee 12–16 · 30159 Hannover\n"
           "Vorsitzender des Aufsichtsrats: Dr. Wolfgang Erdmann · Vorstand: Claudia Brenner (Vors.), "
           "Markus Oltmanns, Dr. Ilka Sander\n"
           "Sitz der Gesellschaft: Hannover · Registergericht: Amtsgericht Hannover HRB 204711")
FOOT_EN = ("Lindenhof Allgemeine Versicherung AG, Lindenallee 12-16, 30159 Hannover, Germany\n"
           "Chairman of the Supervisory Board: Dr. Wolfgang Erdmann; Board of Management: Claudia Brenner (CEO), "
           "Markus Oltmanns, Dr. Ilka Sander\n"
           "Registered office: Hannover; Register court: Amtsgericht Hannover HRB 204711")
DISC_DE = ("Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, "
           "informieren Sie bitte den Absender und löschen Sie diese E-Mail. Das unerlaubte Kopieren sowie die "
           "unbefugte Weitergabe dieser Mail ist nicht gestattet.")
DISC_EN = ("This e-mail may contain confidential information. If you are not the intended recipient, please "
           "notify the sender and delete this e-mail. Any unauthorised copying or distribution is prohibited.")


def sig(key, lang="de", short=False, foot=True, disc=False):
    name, _, role, tel = STAFF[key]
    if short:
        return "%s\n%s" % (name, INS if lang == "de" else "Lindenhof Insurance Group")
    if lang == "de":
        s = "Mit freundlichen Grüßen\n\n%s\n%s\n\nTelefon %s\n%s@%s\nwww.lindenhof-versicherung.example" % (
            name, role, tel, key, D)
        if foot:
            s += "\n\n" + FOOT_DE
        if disc:
            s += "\n\n" + DISC_DE
    else:
        s = "Kind regards\n\n%s\n%s\nLindenhof Insurance Group\nPhone %s\n%s@%s" % (
            name, role, tel if tel.startswith("+") else "+49 " + tel[1:], key, D)
        if foot:
            s += "\n\n" + FOOT_EN
        if disc:
            s += "\n\n" + DISC_EN
    return s


# ------------------------------------------------------------------ IBAN
def _iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return 98 - int(num) % 97


def iban(cc, bban, group=4, sep=" ", valid=True):
    """Structurally valid IBAN (ISO 7064 mod 97-10), or one with wrong check digits."""
    ck = _iban_check(cc, bban)
    if not valid:
        ck = (ck + 11) % 97 + 2
        if ck == _iban_check(cc, bban):
            ck = (ck + 3) % 97 + 2
    s = "%s%02d%s" % (cc, ck, bban)
    if not group:
        return s
    return sep.join(s[i:i + group] for i in range(0, len(s), group))


def de_iban(blz, konto, **kw):
    return iban("DE", blz + konto.zfill(10), **kw)


# ------------------------------------------------------------------ quoting
def q(text, prefix="> "):
    return "\n".join((prefix + l).rstrip() if l.strip() else prefix.rstrip() for l in text.strip("\n").split("\n"))


def am_schrieb(when, who):
    return "Am %s schrieb %s:" % (when, who)


def on_wrote(when, who):
    return "On %s, %s wrote:" % (when, who)


def orig_de(frm, sent, to, subject, cc=None):
    s = "-----Ursprüngliche Nachricht-----\nVon: %s\nGesendet: %s\nAn: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Betreff: %s\n" % subject


def orig_en(frm, sent, to, subject, cc=None):
    s = "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Subject: %s\n" % subject


def outlook_de(frm, sent, to, subject, cc=None):
    s = "________________________________\nVon: %s\nGesendet: %s\nAn: %s\n" % (frm, sent, to)
    if cc:
        s += "Cc: %s\n" % cc
    return s + "Betreff: %s\n" % subject


def fwd(frm, date, subject, to, lang="en"):
    if lang == "de":
        return ("---------- Weitergeleitete Nachricht ---------\nVon: %s\nDate: %s\nSubject: %s\nTo: %s\n"
                % (frm, date, subject, to))
    return ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n"
            % (frm, date, subject, to))


# ------------------------------------------------------------------ html
def esc(s):
    return _html.escape(str(s), quote=False)


def table(rows, header=True, border=1, pad=4, style=""):
    out = ['<table border="%d" cellpadding="%d" cellspacing="0" style="border-collapse:collapse;%s">'
           % (border, pad, style)]
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        cells = "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in r)
        out.append("  <tr>%s</tr>" % cells)
    out.append("</table>")
    return "\n".join(out)


def page(inner, font="Calibri, Arial, sans-serif", size="11pt"):
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body style="font-family:%s;font-size:%s">\n%s\n</body>\n</html>\n' % (font, size, inner))


def p(text):
    return "<p>%s</p>" % esc(text).replace("\n", "<br>\n")


def html_sig(key, lang="de"):
    return '<p style="color:#555;font-size:9pt">%s</p>' % esc(sig(key, lang)).replace("\n", "<br>\n")


# ------------------------------------------------------------------ attachments
def CSV(name, rows, delim=";", enc="utf-8", bom=False):
    return dict(type="csv", name=name, rows=rows, delim=delim, enc=enc, bom=bom)


def TSV(name, rows, enc="utf-8"):
    return dict(type="csv", name=name, rows=rows, delim="\t", enc=enc)


def XLSX(name, sheets, author="Sachbearbeitung"):
    if sheets and not isinstance(sheets[0], tuple):
        sheets = [("Tabelle1", sheets)]
    return dict(type="xlsx", name=name, sheets=sheets, author=author)


def ODS(name, sheets):
    if sheets and not isinstance(sheets[0], tuple):
        sheets = [("Tabelle1", sheets)]
    return dict(type="ods", name=name, sheets=sheets)


def DOCX(name, blocks, author="", title=""):
    return dict(type="docx", name=name, blocks=blocks, author=author, title=title)


def ODT(name, blocks):
    return dict(type="odt", name=name, blocks=blocks)


def PDF(name, blocks, title="", author="", producer=None):
    d = dict(type="pdf", name=name, blocks=blocks, title=title, author=author)
    if producer:
        d["producer"] = producer
    return d


def ICS(name, summary, start, end, location="", description="", organizer=None, attendees=(), method="REQUEST"):
    return dict(type="ics", name=name, summary=summary, start=start, end=end, location=location,
                description=description, organizer=organizer, attendees=list(attendees), method=method)


def EML(mail, name=None):
    return dict(type="eml", mail=mail, name=name)


def ZIP(name, items):
    return dict(type="zip", name=name, items=items)


def PNG(name, size=(160, 90), label=None, shapes=6):
    return dict(type="png", name=name, size=size, label=label, shapes=shapes)


def JPG(name, size=(320, 240), label=None, shapes=12):
    return dict(type="jpg", name=name, size=size, label=label, shapes=shapes)


def TXT(name, text, enc="utf-8"):
    return dict(type="txt", name=name, text=text, enc=enc)
