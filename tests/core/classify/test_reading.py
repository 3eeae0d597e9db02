"""Reading a mail as a person sees it: disguised text, every part and attachment type."""

from __future__ import annotations

import base64
import io
import quopri
import zipfile
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfWriter

from siegel.core.classify import classify, content_findings
from siegel.core.classify.anchors import MAX_HITS_PER_ANCHOR
from siegel.core.classify.config import default_config
from siegel.core.classify.extract import _parsed
from siegel.core.classify.lowercase import lowered
from siegel.core.classify.shown import _rewritten, shown
from siegel.core.classify.tables import labelled
from siegel.core.mime.parse import parse_message
from siegel.core.policy import pseudonymise
from siegel.core.sensitivity import Sensitivity

N, C, S = Sensitivity.NORMAL, Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL
HEALTH = "Guten Tag, anbei der Arztbericht zur Diagnose Ihrer Tochter."
HARMLESS = "Guten Tag, unser Büro ist am Freitag geschlossen."


def raw_mail(payload: bytes, charset: str, encoding: str, subtype: str = "plain") -> bytes:
    if encoding == "base64":
        body = base64.encodebytes(payload)
    elif encoding == "quoted-printable":
        body = quopri.encodestring(payload)
    else:
        body = payload
    return (
        b"From: a@versicherer.example\r\nTo: k@example.org\r\nSubject: Info\r\nMIME-Version: 1.0\r\n"
        + f"Content-Type: text/{subtype}; charset={charset}\r\n".encode()
        + f"Content-Transfer-Encoding: {encoding}\r\n\r\n".encode()
        + body
    )


def mail(body: str = "", subject: str = "Info", **attachments: tuple[bytes, str]) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@v.example", "k@example.org", subject
    message.set_content(body)
    for filename, (data, content_type) in attachments.items():
        maintype, subtype = content_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


WIDE = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "cp037", "cp500", "cp1140"]
ENCODINGS = ["7bit", "quoted-printable", "base64"]


@pytest.mark.parametrize("charset", WIDE)
@pytest.mark.parametrize("encoding", ENCODINGS)
def test_plain_text_under_a_contradicting_charset_label_fails_closed(
    charset: str, encoding: str
) -> None:
    for text in (HEALTH, HARMLESS):
        result = classify(raw_mail(text.encode("utf-8"), charset, encoding))
        assert result.sensitivity == S, (charset, encoding, result.reason)
        assert any("contradicted" in f.snippet for f in result.findings)
    explained = classify(raw_mail(HEALTH.encode(), charset, encoding))
    assert "health" in {f.detector for f in explained.findings}, "the text as sent is read too"


@pytest.mark.parametrize("charset", ["utf-16", "utf-16-le", "utf-32", "cp037", "cp500"])
def test_text_really_in_a_wide_charset_is_read(charset: str) -> None:
    assert classify(raw_mail(HEALTH.encode(charset), charset, "base64")).sensitivity == S
    assert classify(raw_mail(HARMLESS.encode(charset), charset, "base64")).sensitivity == N


def test_unlabelled_eight_bit_text_is_read_as_a_mail_program_guesses() -> None:
    text = "Die ärztliche Bescheinigung über die Arbeitsunfähigkeit liegt bei."
    for data in (text.encode("utf-8"), text.encode("cp1252")):
        result = classify(raw_mail(data, "us-ascii", "8bit"))
        assert result.sensitivity == S, result.reason


DISGUISES = {
    "zero-width space": lambda t: "\u200b".join(t),
    "zero-width joiner": lambda t: "\u200d".join(t),
    "soft hyphen": lambda t: "\u00ad".join(t),
    "word joiner": lambda t: "\u2060".join(t),
    "byte order mark": lambda t: "\ufeff".join(t),
    "full width": lambda t: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in t),
    "cyrillic look-alikes": lambda t: t.translate(str.maketrans("aeopcAEOPC", "аеорсАЕОРС")),
    "greek look-alikes": lambda t: t.translate(str.maketrans("AEIKoi", "ΑΕΙΚοι")),
    "combining umlaut": lambda t: t.replace("ä", "a\u0308").replace("ü", "u\u0308"),
    "mathematical bold": lambda t: "".join(
        chr(0x1D400 + ord(c) - 65) if "A" <= c <= "Z" else c for c in t
    ),
}
STRICT_TEXTS = [
    "Anbei der Arztbericht.",
    "Diagnose nach ICD-10: F32.1",
    "Die Krankschreibung liegt bei.",
    "Ärztliches Attest für Frau Weber.",
    "Ihre Berufsunfähigkeitsversicherung wurde angepasst.",
]


@pytest.mark.parametrize("disguise", DISGUISES)
def test_disguised_health_text_is_read_as_shown(disguise: str) -> None:
    for text in STRICT_TEXTS:
        disguised = DISGUISES[disguise](text)
        assert classify(mail(disguised)).sensitivity == S, (disguise, disguised)


def test_findings_in_disguised_text_point_into_the_original() -> None:
    text = "Bitte auf D\u200bE02 3704 0044 0532 0131 11 überweisen, Fr\u00adau Müller."
    findings, _ = content_findings(text, "body", default_config())
    iban = next(f for f in findings if f.detector == "iban")
    assert text[iban.start : iban.end].replace("\u200b", "") == "DE02 3704 0044 0532 0131 11"


def test_shown_maps_every_position_back() -> None:
    reading = shown("a\u200bb ＣＤ e")
    assert reading.text == "ab CD e"
    assert reading.original_span(0, 2) == (0, 3)
    assert reading.original_span(3, 5) == (4, 6)
    assert reading.original_span(6, 7) == (7, 8)


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_single_byte_text_is_read_as_the_full_reading_reads_it(encoding: str) -> None:
    """The byte tables that let Latin-1 and Windows-1252 text skip the reading change nothing."""
    for code in range(256):
        text = f"ab{bytes([code]).decode(encoding, 'ignore')}c"
        assert shown(text) == _rewritten(text), hex(code)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=40))
def test_lowered_text_keeps_every_position(text: str) -> None:
    """Latin-1 text is lowered through a byte table: the same as ``str.lower`` there."""
    assert lowered(text) == "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@settings(max_examples=120, deadline=None)
@given(
    text=st.sampled_from(STRICT_TEXTS),
    disguises=st.lists(st.sampled_from(sorted(DISGUISES)), min_size=1, max_size=3),
    charset=st.sampled_from(["utf-8", *WIDE]),
    encoding=st.sampled_from(ENCODINGS),
)
def test_no_disguise_lowers_a_strictly_confidential_text(
    text: str, disguises: list[str], charset: str, encoding: str
) -> None:
    for disguise in disguises:
        text = DISGUISES[disguise](text)
    payload = text.encode("utf-8") if charset.startswith("cp") else text.encode(charset)
    assert classify(raw_mail(payload, charset, encoding)).sensitivity == S


def test_html_in_a_plain_text_part_is_read_as_rendered_too() -> None:
    html = "<html><body><p>Der Arzt<b></b>bericht von Frau M. liegt vor.</p></body></html>"
    assert classify(raw_mail(html.encode(), "utf-8", "7bit")).sensitivity == S


def test_hidden_html_does_not_split_the_visible_words() -> None:
    html = '<p>Anbei der Arzt<span style="display:none">xx</span>bericht.</p>'
    assert classify(raw_mail(html.encode(), "utf-8", "7bit", "html")).sensitivity == S
    hidden = '<p>Termin am Montag</p><div style="font-size:0px">Diagnose F32.1</div>'
    assert classify(raw_mail(hidden.encode(), "utf-8", "7bit", "html")).sensitivity == S


@pytest.mark.parametrize("unit", ["<a b='", "<a", "<!--", "<a b='x' "])
def test_html_with_unclosed_tags_is_read_in_linear_time(unit: str) -> None:
    """CPython's HTMLParser looked for each unclosed tag's end to the text's end (a 64 KB part
    took 10 s); a timing-free check: a part of 400,000 characters completes."""
    html = unit * (400_000 // len(unit))
    assert classify(raw_mail(html.encode(), "utf-8", "7bit", "html")).sensitivity == N


def test_html_with_unclosed_tags_is_also_read_as_it_stands() -> None:
    """A browser ends the script at "</script" and shows the text after it; the parser, with the
    unclosed "<" read as text, would not: such a part is read as it stands too."""
    html = "<p>Hallo</p><script>x</script  " + "<b " * 70 + "<p>Frau Meier: Diagnose Diabetes</p>"
    assert classify(raw_mail(html.encode(), "utf-8", "7bit", "html")).sensitivity == S


@pytest.mark.parametrize(
    "header",
    [
        'Content-Type: text/plain; charset=utf-8; name="' + ";" * 40_000 + '"',
        'Content-Type: text/plain; charset=utf-8\r\nContent-Disposition: attachment; a=";'
        + ";" * 40_000
        + '"',
        "Subject: " + "=?utf-8?q?a?= " * 20_000 + "\r\nContent-Type: text/plain",
        "Content-Type: multipart/mixed; boundary=b" + ";" * 40_000,
    ],
)
def test_a_header_field_no_mail_program_writes_fails_closed_in_linear_time(header: str) -> None:
    """The standard library read these in time that grows with the square of their length (a
    Content-Type of 32,000 ";" took 12 s): such a part is read in part (tests/core/mime/
    test_parse.py) and counts as broken."""
    message = f"From: a@b.example\r\nMIME-Version: 1.0\r\n{header}\r\n\r\nhallo".encode()
    result = classify(message)
    assert result.sensitivity == S
    assert any(f.detector == "broken-mail" for f in result.findings), result.reason


HIDDEN = "Sehr geehrte Frau Meier, die Chemotherapie nach Ihrer Diagnose C50.9 wird erstattet."


@pytest.mark.parametrize("label", ["x-unknown", "base64; x", "bäse64", ";" * 40, "x-gzip64"])
def test_an_unknown_transfer_encoding_fails_closed(label: str) -> None:
    """No mail program reads a part in an unknown transfer encoding as text (RFC 2045 6.4);
    read as it stands, the health text it encodes was invisible and the mail left as normal."""
    message = raw_mail(HIDDEN.encode(), "utf-8", "base64").replace(
        b"Transfer-Encoding: base64", f"Transfer-Encoding: {label}".encode()
    )
    result = classify(message)
    assert result.sensitivity == S
    assert any(f.detector == "broken-mail" for f in result.findings), result.reason


@pytest.mark.parametrize("label", ["base64", "Base64 ", "quoted-printable", "8bit", "BINARY"])
def test_every_transfer_encoding_a_mail_program_writes_is_read(label: str) -> None:
    message = raw_mail(HIDDEN.encode(), "utf-8", label.strip().lower())
    message = message.replace(f": {label.strip().lower()}\r\n".encode(), f": {label}\r\n".encode())
    result = classify(message)
    assert result.sensitivity == S
    assert "broken-mail" not in {f.detector for f in result.findings}, result.reason


def test_html_table_cells_become_records() -> None:
    html = (
        "<table><tr><th>Name</th><th>Geburtsdatum</th></tr>"
        "<tr><td>Erika Musterfrau</td><td>12.05.1968</td></tr></table>"
    )
    result = classify(raw_mail(html.encode(), "utf-8", "7bit", "html"))
    assert result.sensitivity == C and "birth-date" in {f.detector for f in result.findings}


PASTED = {
    "pipes": "Crew on board:\n\nRank | Name | Date of birth\nMaster | Henk Oosterhuis | "
    "11-01-1970\nCook | Ramil Hasanov | 19-08-1982\n\nRegards\n",
    "markdown": "| Name | Geburtsdatum |\n|---|---|\n| Erika Musterfrau | 12.05.1968 |\n",
    "tabs": "Liste:\nName\tGeburtsdatum\tEintritt\nMusterfrau, Erika\t12.05.1968\t01.04.2020\n",
}


@pytest.mark.parametrize("table", sorted(PASTED))
def test_tables_pasted_into_the_text_are_read_as_records(table: str) -> None:
    """A birth date below its heading, not beside its word, in a list pasted into a mail."""
    result = classify(mail(PASTED[table]))
    assert result.sensitivity == C, result.reason
    assert "birth-date" in {f.detector for f in result.findings}


@pytest.mark.parametrize("disguise", ["", "\u200b", "\u00ad"])
def test_findings_in_a_pasted_table_point_into_the_original(disguise: str) -> None:
    text = PASTED["pipes"].replace("Henk", f"He{disguise}nk").replace("Cook", f"Co{disguise}ok")
    findings, _ = content_findings(text, "body", default_config())
    dates = sorted(text[f.start : f.end] for f in findings if f.detector == "birth-date")
    assert dates == ["11-01-1970", "19-08-1982"]
    sent, _ = pseudonymise(text, findings)
    assert "1970" not in sent and "Rank | Name | Date of birth\nMaster |" in sent


@pytest.mark.parametrize(
    "text",
    [
        # A heading made of data is no heading; counts about nobody stay normal.
        "Stand | 12.05.2026 | 13.05.2026\nFälle | 12 | 14\n",
        "Diagnosegruppe | Fälle | Kosten\nF32 | 120 | 1,2 Mio\nM54 | 340 | 0,8 Mio\n",
        "Bitte wählen Sie: Ja | Nein\n",
    ],
)
def test_pipes_that_are_no_table_of_persons_stay_normal(text: str) -> None:
    assert classify(mail(text)).sensitivity == N


@pytest.mark.parametrize(
    "text",
    [
        # A table of labels and values: a heading before the value must not part them.
        "Hi,\n\nField\tValue\nName\tSabine Yuksel\nDate of birth\t12.05.1968\n",
        "Angabe\tInhalt\nVersicherungsnummer\t65 170839 J 003\nGeburtsdatum\t12.05.1968",
    ],
)
def test_a_pasted_table_only_adds_findings(text: str) -> None:
    assert classify(mail(text)).sensitivity == C


@pytest.mark.parametrize(
    "text",
    [
        "Name\t" + "G" * 20_000 + "\n" + "a\tb\n" * 2_000,  # a heading copied into every row
        "a|b\n" + "-" * 20_000 + "x",  # a rule's characters on both sides of its hyphen
        "brutto monatlich:" + " " * 20_000 + "x",  # blanks before an amount of pay
        "Date: x\n" + "a" + " " * 20_000 + "b",  # a forwarded message's long line
        "x\n> a" + " " * 20_000 + "b",  # a quoted one
        # Found by the second review: blanks after a keyword before its number or date, a chain
        # of health words before a company's name, and a long run of combining marks.
        "Vertrag" + " " * 20_000 + "1",
        "Personalnummer" + " " * 20_000 + "x",
        "geb." + " \n" * 10_000 + "A",
        "Knie-OP-" * 5_000,
        "Knie-OP GmbH " * 5_000,
        "a" + "\u0301\u0316" * 10_000,
        "vertrag " * 8_000,  # each keyword's cheap check had read to the text's end
    ],
)
def test_hostile_tables_and_lines_are_read_in_linear_time(text: str) -> None:
    """Each took seconds before (quadratic backtracking or growth); a timing-free check: the
    reading stays bounded in size and a reading of the text ten times longer completes."""
    findings, _ = content_findings(text * 10, "body", default_config())
    assert all(f.start < 0 or 0 <= f.start < f.end <= len(text) * 10 for f in findings)
    assert len(labelled(text).text) <= 2 * len(text)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("aЕV1|\t\n\r.-:\u200b"), max_size=60))
def test_findings_in_pasted_tables_map_to_characters_of_the_text(text: str) -> None:
    """Nothing found wholly inside an inserted heading is reported at an empty place."""
    findings, _ = content_findings(text, "body", default_config())
    assert all(f.start < 0 or 0 <= f.start < f.end <= len(text) for f in findings)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab 1|\t\n-:"), max_size=80),
)
def test_headings_are_only_inserted(text: str) -> None:
    """Remove what was inserted and the text is as it was; every place maps back."""
    tabled = labelled(text)
    kept = "".join(
        tabled.text[end:start]
        for end, start in zip([0, *tabled.ends], [*tabled.starts, len(tabled.text)], strict=True)
    )
    assert kept == text
    assert all(0 <= tabled.original_span(i, i)[0] <= len(text) for i in range(len(tabled.text)))


EMPLOYEES = "Name;Vorname;Geburtsdatum;Eintritt\nMusterfrau;Erika;12.05.1968;01.04.2020\n"


@pytest.mark.parametrize(
    ("filename", "content_type"),
    [
        ("liste.csv", "text/csv"),
        ("liste.csv", "application/vnd.ms-excel"),
        ("liste.csv", "application/octet-stream"),
        ("liste.tsv", "text/tab-separated-values"),
    ],
)
def test_csv_lists_are_read_as_records(filename: str, content_type: str) -> None:
    data = EMPLOYEES.replace(";", "\t") if filename.endswith("tsv") else EMPLOYEES
    result = classify(mail("Anbei die Liste.", **{filename: (data.encode(), content_type)}))
    assert result.sensitivity == C, result.reason


def zip_of(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet"
ODT_TYPE = "application/vnd.oasis.opendocument.text"
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def xlsx(birth_serial: str = "25000") -> bytes:
    return zip_of(
        {
            "xl/sharedStrings.xml": f"<sst {MAIN}><si><t>Name</t></si><si><t>Geburtsdatum</t></si>"
            f"<si><r><t>Erika </t></r><r><t>Musterfrau</t></r></si></sst>".encode(),
            "xl/styles.xml": f'<styleSheet {MAIN}><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
            f'</numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>'.encode(),
            "xl/worksheets/sheet1.xml": f"<worksheet {MAIN}><sheetData>"
            f'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
            f'<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>{birth_serial}</v></c></row>'
            f"</sheetData></worksheet>".encode(),
        }
    )


def test_spreadsheet_dates_are_read_as_shown() -> None:
    result = classify(mail("Anbei.", **{"mitarbeiter.xlsx": (xlsx(), XLSX_TYPE)}))
    assert result.sensitivity == C and "birth-date" in {f.detector for f in result.findings}
    octet = classify(mail("Anbei.", **{"mitarbeiter.xlsx": (xlsx(), "application/octet-stream")}))
    assert octet.sensitivity == C


def test_word_and_opendocument_text_and_tables_are_read() -> None:
    docx = zip_of(
        {
            "word/document.xml": f"<w:document {W}><w:body><w:p><w:r><w:t>Der Arzt</w:t></w:r>"
            f"<w:r><w:t>bericht liegt bei.</w:t></w:r></w:p></w:body></w:document>".encode()
        }
    )
    assert classify(mail("Anbei.", **{"a.docx": (docx, DOCX_TYPE)})).sensitivity == S
    odt = zip_of(
        {
            "content.xml": f"<office:document-content {ODF}><office:body><office:text>"
            f"<table:table><table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell>"
            f"<table:table-cell><text:p>Geburtsdatum</text:p></table:table-cell></table:table-row>"
            f"<table:table-row><table:table-cell><text:p>Erika Muster</text:p></table:table-cell>"
            f"<table:table-cell><text:p>12.05.1968</text:p></table:table-cell></table:table-row>"
            f"</table:table></office:text></office:body></office:document-content>".encode()
        }
    )
    assert classify(mail("Anbei.", **{"a.odt": (odt, ODT_TYPE)})).sensitivity == C
    assert classify(mail("Anbei.", **{"a.ods": (odt, ODS_TYPE)})).sensitivity == C


def test_xml_with_entities_is_refused_not_expanded() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b"<w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    external = b'<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document>&x;</w:document>'
    for xml in (bomb, external):
        result = classify(
            mail("Anbei.", **{"a.docx": (zip_of({"word/document.xml": xml}), DOCX_TYPE)})
        )
        assert result.sensitivity == S and "refused" in result.reason


def test_zip_archives_are_read_within_bounds() -> None:
    archive = zip_of({"liste.csv": EMPLOYEES.encode(), "info.txt": b"Hallo"})
    assert classify(mail("Anbei.", **{"daten.zip": (archive, "application/zip")})).sensitivity == C
    nested = zip_of({"inner.zip": zip_of({"bericht.txt": b"Der Arztbericht liegt bei."})})
    assert classify(mail("Anbei.", **{"d.zip": (nested, "application/zip")})).sensitivity == S
    from siegel.core.classify import zipped

    bomb = zip_of({"null.txt": b"\0" * (zipped.MAX_MEMBER_BYTES + 10)})
    result = classify(mail("Anbei.", **{"bomb.zip": (bomb, "application/zip")}))
    assert result.sensitivity == C and "unreadable-attachment" in {
        f.detector for f in result.findings
    }


def test_a_mails_archives_together_unpack_within_one_budget() -> None:
    """Many small archives, each within its own bounds, inflate to gigabytes together: one
    budget per mail, shared by archives inside archives and office documents, cuts them off."""
    from siegel.core.classify import zipped
    from siegel.core.classify.extract import extract

    member = zip_of({"liste.txt": b"Hallo " * 100_000})  # 600 KB each, a few KB packed
    archives = {f"teil{i}.zip": (member, "application/zip") for i in range(4)}
    whole = extract(mail("Anbei.", **archives))
    assert not whole.unreadable and len(whole.texts) == 9  # the body, four names, four texts
    with zipped.mail_budget(1_500_000):
        cut = extract(mail("Anbei.", **archives))
    assert any("unpack to more than" in what for what in cut.unreadable)
    nested = {
        "aussen.zip": (zip_of({f"innen{i}.zip": member for i in range(4)}), "application/zip")
    }
    with zipped.mail_budget(1_500_000):
        assert extract(mail("Anbei.", **nested)).unreadable


def test_encrypted_zip_members_count_as_unreadable() -> None:
    archive = bytearray(zip_of({"geheim.txt": b"Diagnose"}))
    # Set the "encrypted" flag in the local and the central header (offsets 6 and 8 past signatures).
    local = archive.find(b"PK\x03\x04")
    central = archive.find(b"PK\x01\x02")
    archive[local + 6] |= 1
    archive[central + 8] |= 1
    result = classify(mail("Anbei.", **{"g.zip": (bytes(archive), "application/zip")}))
    assert result.sensitivity >= C and "encrypted" in result.reason


def test_attached_mails_are_read() -> None:
    from siegel.core.mime.parse import parse_message

    inner = mail("Anbei die Krankschreibung.", subject="AU")
    for attached in (parse_message(inner), inner):  # parsed, and base64-encoded bytes
        outer = EmailMessage()
        outer["Subject"] = "Weiterleitung"
        outer.set_content("Siehe unten.")
        if isinstance(attached, bytes):
            outer.add_attachment(attached, maintype="message", subtype="rfc822")
        else:
            outer.add_attachment(attached)
        assert classify(outer.as_bytes()).sensitivity == S
    as_file = classify(mail("Siehe Anhang.", **{"weiter.eml": (inner, "application/octet-stream")}))
    assert as_file.sensitivity == S
    harmless = parse_message(mail("Bis morgen.", subject="Termin"))
    outer = EmailMessage()
    outer["Subject"] = "Fwd"
    outer.set_content("Siehe unten.")
    outer.add_attachment(harmless)
    assert classify(outer.as_bytes()).sensitivity == N
    harmless.replace_header("Subject", "Arztbericht Frau Weber")
    outer.clear_content()
    outer.set_content("Siehe unten.")
    outer.add_attachment(harmless)
    assert classify(outer.as_bytes()).sensitivity == S, "the attached mail's subject is read"


@pytest.mark.parametrize(
    ("signed", "expected"), [("Mit freundlichen Grüßen\nUlrich Zervas", C), ("", N)]
)
def test_an_attached_mail_is_a_forwarded_message(signed: str, expected: Sensitivity) -> None:
    """Who signs a mail forwarded as an attachment wrote it: the contract in it is theirs."""
    from siegel.core.mime.parse import parse_message

    inner = mail(f"Steinschlag an der Frontscheibe.\nVertrag: KF 6612 0938\n\n{signed}\n")
    outer = EmailMessage()
    outer["Subject"] = "WG: Steinschlag"
    outer.set_content("Bitte als Glasschaden anlegen.\n\nMarkus Brenner")
    outer.add_attachment(parse_message(inner))
    result = classify(outer.as_bytes())
    assert result.sensitivity == expected
    assert {f.location for f in result.findings if f.detector == "reference"} == {
        "attached mail body"
    }


def test_calendar_entries_are_read_with_folded_lines_joined() -> None:
    ics = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Nachuntersuchung nach der Chemo\r\n the"
        b"rapie\\, Zimmer 3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert classify(mail("Termin.", **{"t.ics": (ics, "text/calendar")})).sensitivity == S
    assert (
        classify(mail("Termin.", **{"t.ics": (ics, "application/octet-stream")})).sensitivity == S
    )


def test_a_number_aligned_far_after_its_keyword_is_still_found() -> None:
    """The bounds on blanks before a reference (BLANKS) leave a form's aligned columns alone."""
    body = "Sehr geehrte Frau Kaya,\nVertragsnummer:" + " " * 50 + "4711-2023-55\n"
    assert classify(mail(body)).sensitivity == C


@pytest.mark.parametrize(
    ("unit", "detector"),
    [
        ("*01.01.90 ", "birth-date"),
        ("DE02 3704 0044 0532 0131 11, ", "iban"),
        ("de02370400440532013111 ", "iban"),
        ("M54.5 G ", "health"),
    ],
)
def test_one_datum_repeated_is_found_at_most_the_cap_times(unit: str, detector: str) -> None:
    """More of one kind add nothing to the sensitivity; a finding each had made a ZIP member of
    16 MB, from a 42 KB mail, take minutes (review). Pseudonymisation classifies its result
    again, so a datum beyond the cap holds the mail back."""
    findings, _ = content_findings(unit * 5_000, "body", default_config())
    found = [f for f in findings if f.detector == detector]
    assert 0 < len(found) <= MAX_HITS_PER_ANCHOR


def _xlsx(styles: str, sheet: str) -> bytes:
    return zip_of(
        {
            "[Content_Types].xml": b"<Types/>",
            "xl/styles.xml": styles.encode(),
            "xl/worksheets/sheet1.xml": sheet.encode(),
        }
    )


@pytest.mark.parametrize(
    "attachment",
    [
        # A number format with an unclosed "[" (Excel allows 255 characters).
        _xlsx(
            '<styleSheet><numFmts><numFmt numFmtId="200" formatCode="'
            + "[" * 200_000
            + '"/></numFmts><cellXfs><xf numFmtId="200"/></cellXfs></styleSheet>',
            '<worksheet><sheetData><row><c r="A1" s="0"><v>1</v></c></row></sheetData></worksheet>',
        ),
        # A cell's column of 400,000 letters.
        _xlsx(
            "<styleSheet/>",
            '<worksheet><sheetData><row><c r="'
            + "A" * 400_000
            + '1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>',
        ),
    ],
)
def test_hostile_spreadsheets_are_read_in_linear_time(attachment: bytes) -> None:
    """Each took time in the square of its size (found by the second review)."""
    classify(mail("Anbei.", **{"liste.xlsx": (attachment, XLSX_TYPE)}))


@pytest.mark.parametrize(
    "message",
    [
        raw_mail(("Steuernummer" + " " * 40_000 + "x").encode(), "utf-8", "7bit"),
        raw_mail(("<![CDATA[ >" * 40_000).encode(), "utf-8", "7bit", "html"),
        raw_mail(b"a \n" * 300_000, "utf-8; format=flowed", "7bit"),
    ],
)
def test_hostile_texts_are_read_in_linear_time(message: bytes) -> None:
    """Blanks before a tax number, CDATA sections that never end, and a flowed line of 300,000
    soft breaks each took seconds to minutes (found by the second review)."""
    assert classify(message).sensitivity in {N, S}


JSON_RECORD = (
    b'{"evb": "7K4MX2Q", "halter": {"name": "Wiesner", "vorname": "Tabea",\n'
    b' "dateOfBirth": "1998-05-19"}, "fehler": "HTTP 503"}'
)
XML_APPLICATION = (
    b'<?xml version="1.0" encoding="ISO-8859-1"?>\n<Antrag xmlns="urn:example:leben">'
    b"<Person><Name>Sauerbier</Name><Vorname>Ralf</Vorname></Person>"
    b'<Frage nr="1"><Text>Behandlung in den letzten 5 Jahren?</Text><Antwort>ja</Antwort>'
    b"<Erlaeuterung>Bluthochdruck seit 2022, Candesartan 8 mg</Erlaeuterung></Frage></Antrag>"
)


@pytest.mark.parametrize(
    ("name", "data", "content_type", "expected"),
    [
        # An API's request, attached to its error: a person's birth date by its field.
        ("evb.json", JSON_RECORD, "application/json", C),
        # An application's health answers in XML, not a file nobody can read.
        ("antrag.xml", XML_APPLICATION, "application/xml", S),
        # Not JSON after all: read as it stands.
        ("broken.json", b'{"diagnose": "F32.1"', "application/json", S),
    ],
)
def test_json_and_xml_are_read_as_records(
    name: str, data: bytes, content_type: str, expected: Sensitivity
) -> None:
    assert classify(mail("anbei", **{name: (data, content_type)})).sensitivity == expected


def test_xml_with_a_document_type_is_read_as_it_stands_not_parsed() -> None:
    """Entities nested a billion times over, if expanded; refused, the text is read as sent."""
    entities = "".join(
        f'<!ENTITY e{i} "{f"&e{i - 1};" * 10 if i else "Arztbericht"}">' for i in range(9)
    )
    bomb = f'<?xml version="1.0"?><!DOCTYPE a [{entities}]><a>&e8;</a>'.encode()
    assert classify(mail("anbei", **{"a.xml": (bomb, "application/xml")})).sensitivity == S


def test_a_pictures_name_with_underscores_tells_what_it_shows() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(32)
    body = "Sehr geehrte Frau Kühn,\nanbei wie besprochen."
    picture = {"Arztbrief_DrVoigt_Knie_Hamann.png": (png, "image/png")}
    assert classify(mail(body, **picture)).sensitivity == S
    # Its numbers are a file's: "SE-03-2026_Vorlage" names no case.
    template = {"SE-03-2026_Vorlage_leer.png": (png, "image/png")}
    assert classify(mail("Hallo zusammen,\nanbei die Vorlage.", **template)).sensitivity == C


def test_a_documents_lines_of_underscores_are_fields_to_fill() -> None:
    """In a document, a line of underscores of its own is a field (the line to sign on); in a
    body it is a rule (test_generalises)."""
    form = "Name:\n____________\nDiagnose:\n____________\nUnterschrift:\n____________\n"
    attached = {"Vordruck.txt": (form.encode(), "text/plain")}
    assert classify(mail("Guten Tag Frau Roth,\nanbei der Vordruck.", **attached)).sensitivity == N


def test_file_names_listed_in_the_text_tell_what_they_show() -> None:
    """An upload's confirmation lists the files it received; their names are read as an
    attachment's name is, at their place in the text."""
    body = (
        "Dear Ms Hsu,\nwe received these files for your policy:\n"
        "1. lab_results_HbA1c_March.pdf (190 KB)\n2. Scan_2025-03.pdf\n"
    )
    result = classify(mail(body))
    assert result.sensitivity == S
    found = next(f for f in result.findings if "HbA1c" in f.snippet)
    assert (found.location, body[found.start : found.end]) == ("body", "HbA1c")
    # Without a health word, the names add nothing; nor does a version number.
    plain = "Dear Ms Hsu,\nwe received these files:\n1. photo_front_door.jpg\n2. invoice_v1.2.pdf\n"
    assert classify(mail(plain)).sensitivity == N


def test_a_placeholder_person_in_a_record_of_a_field_per_line() -> None:
    """A sandbox's sample payload: "first name: John" is a placeholder's beside "last name: Doe"."""
    sample = (
        b'{"environment": "sandbox", "note": "synthetic test person", "traveller": '
        b'{"firstName": "John", "lastName": "Doe", "dateOfBirth": "1970-01-01"}, '
        b'"medical": {"complaint": "TEST - chest pain", "icd10": "R07.4"}}'
    )
    assert classify(mail("anbei", **{"sample.json": (sample, "application/json")})).sensitivity == N


def test_an_address_at_a_test_host_makes_no_placeholder_person() -> None:
    """A person is a placeholder by name ("Max Mustermann", "test@…"), not by the host of an
    address on the line: a list of new staff with their private addresses is theirs."""
    joiners = (
        "last_name;first_name;date_of_birth;private_email\n"
        "Brandes;Leonie;27.09.1998;leonie.brandes@mailbox.example\n"
        "Mahlke;Timo;04.12.1995;timo.mahlke@www.example.org\n"
    )
    attached = {"joiners.csv": (joiners.encode(), "text/csv")}
    assert (
        classify(mail("Hello Service Desk,\nplease create the accounts.", **attached)).sensitivity
        == C
    )
    sample = joiners.replace("Brandes;Leonie", "Mustermann;Max").replace("Mahlke;Timo", "Test;Tina")
    attached = {"joiners.csv": (sample.encode(), "text/csv")}
    assert (
        classify(mail("Hello Service Desk,\nplease create the accounts.", **attached)).sensitivity
        == N
    )


def test_an_exports_name_column_joined_by_an_underscore() -> None:
    """A collections export heads its names "customer_name"; a sample's are made of "Muster"."""
    export = (
        "policy_no;customer_name;city;amount_eur\n"
        "KF-22-1180937;Marco Bianchi;Darmstadt;412.30\n"
        "KF-19-4402811;Sandra Lützenkirchen;Dieburg;689.12\n"
    )
    attached = {"collections.csv": (export.encode(), "text/csv")}
    assert classify(mail("Collections report attached.", **attached)).sensitivity == C
    sample = export.replace("Marco Bianchi", "Mia Musterkind").replace(
        "Sandra Lützenkirchen", "Max Musterbürger"
    )
    attached = {"collections.csv": (sample.encode(), "text/csv")}
    assert classify(mail("Test data attached.", **attached)).sensitivity == N


def test_json_beyond_its_bound_and_deeply_nested_is_read_as_it_stands() -> None:
    from siegel.core.classify import records

    large = '{"diagnose": "F32.1", "pad": "' + "x" * records.MAX_JSON_CHARS + '"}'
    assert records.json_text(large) is large
    deep = "[" * 100_000 + '"Arztbericht"' + "]" * 100_000
    assert records.json_text(deep) is deep
    assert (
        records.json_text('{"a": {"dateOfBirth": "1998-05-19"}}') == "a:\ndate of birth: 1998-05-19"
    )


def certificate(common_name: str, email: str) -> tuple[bytes, bytes, bytes]:
    """A self-signed certificate as PEM and DER, and its key as PEM."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return (
        certificate.public_bytes(serialization.Encoding.PEM),
        certificate.public_bytes(serialization.Encoding.DER),
        key_pem,
    )


@pytest.mark.parametrize(
    ("filename", "content_type", "form"),
    [
        ("schaden.pem", "application/x-pem-file", 0),
        ("schaden.cer", "application/octet-stream", 1),
        ("schaden.crt", "application/pkix-cert", 0),
    ],
)
def test_a_certificate_is_read_for_whom_it_names(
    filename: str, content_type: str, form: int
) -> None:
    """The answer to a certificate request carries one: it is published, and readable."""
    data = certificate("Schadenservice Kfz", "schaden-kfz@versicherer.example")[form]
    reply = mail(
        "Anbei unser Zertifikat für verschlüsselte Mail.", **{filename: (data, content_type)}
    )
    result = classify(reply)
    assert result.sensitivity == N
    assert not [f for f in result.findings if f.detector == "unreadable-attachment"]


def test_text_around_a_certificate_is_read() -> None:
    pem, _, _ = certificate("Kundenservice", "service@versicherer.example")
    data = pem + b"Patient: Max Bauer, geb. 12.03.1970\nDiagnose: HIV positiv\n"
    result = classify(mail("Anbei.", **{"chain.pem": (data, "application/octet-stream")}))
    assert result.sensitivity == S


def test_a_private_key_or_a_broken_certificate_stays_unreadable() -> None:
    """Any other PEM block beside a certificate (a key, something else encoded, an unclosed
    block) cannot be read: it fails closed as an unreadable attachment."""
    pem, _, key = certificate("Kundenservice", "service@versicherer.example")
    for data in (
        pem + key,
        pem + b"-----BEGIN BEFUND-----\nSGl2IHBvc2l0aXY=\n-----END BEFUND-----\n",
        pem + b"-----BEGIN CERTIFICATE-----\nMIIB",
        b"-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n",
    ):
        result = classify(mail("Anbei.", **{"cert.pem": (data, "application/x-pem-file")}))
        assert result.sensitivity == C
        assert [f for f in result.findings if f.detector == "unreadable-attachment"]


def test_a_pdf_without_a_text_layer_is_read_as_a_picture() -> None:
    """A scan has no text to read: it fails closed as a picture does, never as an empty text."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    scan = io.BytesIO()
    writer.write(scan)
    result = classify(mail("Anbei", **{"scan_0757.pdf": (scan.getvalue(), "application/pdf")}))
    assert result.sensitivity == C
    assert [f for f in result.findings if f.detector == "unreadable-attachment"]


@pytest.mark.parametrize(
    "body",
    [
        "Sehr geehrte Frau Brandt,\nbei Ihrer Tochter wurde im Mai eine Multiple\nSklerose "
        "festgestellt.",
        "Hallo Frau Kern,\r\nIhr Sohn hat sich beim Sport das Handgelenk\r\ngebrochen.",
        "Dear Mr Quinn,\nyour claim under the travel health\ninsurance is settled.",
        "Hallo Jonas,\nSabine Okafor lässt den Mitgliedsbeitrag\nver.di über die Abrechnung "
        "einziehen.",
    ],
)
def test_a_term_wrapped_across_lines_is_read(body: str) -> None:
    """Mail is wrapped at some 72 characters: a term of two words often ends one line and
    starts the next, and reads the same to its reader."""
    assert classify(mail(body)).sensitivity == S


_MULTI_WORD = sorted(
    {term.lstrip("-") for term in default_config().health_strong if " " in term.strip()}
)


@settings(max_examples=60, deadline=None)
@given(
    term=st.sampled_from(_MULTI_WORD), data=st.data(), line_break=st.sampled_from(["\n", "\r\n"])
)
def test_wrapping_a_term_never_lowers_a_sensitivity(
    term: str, data: st.DataObject, line_break: str
) -> None:
    blanks = [i for i, character in enumerate(term) if character == " "]
    blank = data.draw(st.sampled_from(blanks))
    wrapped = term[:blank] + line_break + term[blank + 1 :]
    body = "Sehr geehrte Frau Brandt,\nbei Ihrer Tochter: {}, laut Bericht vom 3. Mai."
    assert (
        classify(mail(body.format(wrapped))).sensitivity
        >= classify(mail(body.format(term))).sensitivity
    )


_QP_PIECES = (b"Diagnose", b"=C3=BC", b"=\r\n", b"=\n", b"\r\n", b"\n", b"\r", b" ", b"\t", b"=")
_QP_HEADER = (b"From: a@v.example", b"Content-Type: text/plain; charset=utf-8")


@given(
    st.lists(st.sampled_from((*_QP_PIECES, b"=4", b"=ZZ", b"\xfc", b"a" * 80)), max_size=20),
    st.sampled_from([b"\r\n", b"\n"]),
)
def test_a_quoted_printable_body_is_read_as_the_parser_decodes_it(
    pieces: list[bytes], line_end: bytes
) -> None:
    """A mail of one quoted-printable part is decoded from its bytes without the full parse:
    whatever the body holds (soft breaks, broken escapes, 8-bit bytes, any line ends), the
    result is the parser's ``get_payload(decode=True)``."""
    head = line_end.join((*_QP_HEADER, b"Content-Transfer-Encoding: quoted-printable", b"", b""))
    message = head + b"".join(pieces)
    _, body = _parsed(message)
    assert body is not None
    assert bytes(body) == parse_message(message).get_payload(decode=True)
