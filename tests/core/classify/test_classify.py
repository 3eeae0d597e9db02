"""Classification: each detector, extraction, markings, failing closed, and the corpus targets."""

from __future__ import annotations

import io
from email.message import EmailMessage

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfWriter

from siegel.core.classify import ClassifierConfig, classify
from siegel.core.classify.redact import context, mask
from siegel.core.sensitivity import LineOfBusiness, Sensitivity
from tests.core.classify.corpus import as_mail, build
from tests.core.classify.metrics import score
from tests.core.classify.test_reading import certificate

N, C, S = Sensitivity.NORMAL, Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL


def mail(body: str = "", subject: str = "Anfrage", **attachments: tuple[bytes, str]) -> bytes:
    message = EmailMessage()
    message["From"] = "a@versicherer.example"
    message["To"] = "k@example.org"
    message["Subject"] = subject
    message.set_content(body)
    for filename, (data, content_type) in attachments.items():
        maintype, subtype = content_type.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def detectors(message: bytes, **options: object) -> set[str]:
    return {f.detector for f in classify(message, **options).findings}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("body", "detector", "expected"),
    [
        ("Bitte auf DE02 3704 0044 0532 0131 11 überweisen.", "iban", C),
        ("Steuer-ID: 36574261809", "tax-id", C),
        # The label says what it is: its check digit is not asked for (one digit mistyped).
        ("Frau Lange, Steuer-ID:   47 120 993 518, Steuerklasse IV", "tax-id", C),
        ("Ihre Steuer-ID ist 47 036 892 140.", "tax-id", C),
        ("Rentenversicherungsnummer 65 170839 J 003", "social-insurance-number", C),
        ("KVNR: A123456789", "health-insurance-number", C),
        ("Herr Max Mustermann, geb. 01.02.1975, wohnt in Köln.", "birth-date", C),
        ("Kundin Erika Musterfrau (12.05.1968) ruft zurück.", "birth-date", C),
        # A name after a salutation is also the name before a birth date.
        ("Anfrage von Herr Max Mustermann, 01.02.1975, Köln.", "birth-date", C),
        ("Versicherte Person: Frau Erika Musterfrau (12.05.1968).", "birth-date", C),
        # A list's line: initials with a date, a name and a date alone (CRLF as sent).
        ("Sorry, vergessen:\n\nH. W., 04.11.1958, Eigentümerin seit 1994", "birth-date", C),
        ("Bitte nachtragen:\r\n\r\nLeonie Brandes 22.09.2001\r\n\r\nDanke", "birth-date", C),
        ("Sein Bruttoeinkommen beträgt 54.000,00 EUR im Jahr.", "income", C),
        ("Dear Ms Ferraro,\nfrom your payslips: Net monthly pay: EUR 3,186.42 (Nov)", "income", C),
        # The amount on the line after its word, where the text was wrapped.
        (
            "Hallo Frau Engel,\nlaut Ihren Abrechnungen: Nettoeinkommen\n2.684 EUR monatlich",
            "income",
            C,
        ),
        ("Sehr geehrte Frau Roth,\nVertragsnummer: HR-4455667", "policy-number", C),
        ("Die Lastschrift kam zurück, bitte neue Bankverbindung nennen.", "payment-problem", C),
        ("Anbei der Arztbericht.", "health", S),
        ("Diagnose nach ICD-10: F32.1", "icd-10", S),
        ("Nach der Knie-OP ist er bis Ende des Monats zu Hause.", "health", S),
        # A condition's noun of state, and comorbidity, are words of their own.
        ("KH-26-0388 Ratjen: weiterhin akute Suizidalität lt. Zwischenbericht", "health", S),
        ("Herr Brandt, Az. 4411-22: Multimorbidität, Spastik links.", "health", S),
        (
            "Herr Wolff hatte seit Februar 14 Krankheitstage, davon 6 nach einem MS-Schub.",
            "health",
            S,
        ),
        (
            "Herr Rainer Schoof hat mir seine Mitgliedsbescheinigung der ver.di geschickt.",
            "special-category",
            S,
        ),
        ("Ihre Berufsunfähigkeitsversicherung wurde angepasst.", "line-of-business", S),
    ],
)
def test_detector_finds(body: str, detector: str, expected: Sensitivity) -> None:
    result = classify(mail(body))
    assert detector in {f.detector for f in result.findings}
    assert result.sensitivity == expected


@pytest.mark.parametrize(
    "body",
    [
        "Unser Termin ist am 12.03.2026 um 10:00 Uhr.",
        # A name and a date on a line, but no year of birth; a date in a sentence.
        "Termine:\nSitzung Vorstand 22.09.2026\n",
        "Wir haben das Schreiben vom 22.09.2001 erhalten.\n",
        "Bitte rufen Sie 0221 1234567 an, Bestellnummer 4711-123.",
        "DE89 3704 0044 0532 0130 01 ist keine gültige IBAN.",
        "Die Behandlung Ihres Anliegens dauert zwei Tage.",
        "Treffen in Raum F32.1 im zweiten Stock.",
        "Steuer-ID: 12345678901",
        "Steuer-ID: 11 111 111 111",
        "Gehalt nach Vereinbarung.",
        # Not across a blank line: the amount there is another paragraph's.
        "Hallo Frau Engel,\nzum Gehalt melden wir uns.\n\n2.684 EUR kostet der Umbau.",
        "Unsere Hausratversicherung hat einen neuen Baustein.",
    ],
)
def test_no_false_alarm_out_of_context(body: str) -> None:
    result = classify(mail(body))
    assert result.sensitivity == N, result.reason


def test_snippets_never_show_the_datum() -> None:
    result = classify(mail("IBAN DE02 3704 0044 0532 0131 11 und geb. 01.02.1975"))
    text = " ".join(f.snippet for f in result.findings)
    assert "3704 0044 0532" not in text and "01.02.1975" not in text
    iban = next(f for f in result.findings if f.detector == "iban")
    body = "IBAN DE02 3704 0044 0532 0131 11 und geb. 01.02.1975"
    assert body[iban.start : iban.end] == "DE02 3704 0044 0532 0131 11"


@given(
    st.text(alphabet="ab 12\n٣•", max_size=60),
    st.integers(min_value=0, max_value=60),
    st.integers(min_value=0, max_value=60),
)
def test_a_snippet_shows_no_digit_around_the_datum_and_keeps_its_line(
    text: str, first: int, second: int
) -> None:
    """Around the datum every digit is masked (a neighbouring number may be personal data too),
    each side keeps to the datum's line, and the datum shows only its ends."""
    start, end = sorted((min(first, len(text)), min(second, len(text))))
    snippet = context(text, start, end)
    datum = mask(text[start:end])
    before, _, after = snippet.strip("…").partition(datum) if datum else ("", "", "")
    assert not any(character.isdecimal() for character in before + after)
    assert "\n" not in before and "\n" not in after


def test_line_of_business_is_reported() -> None:
    assert (
        classify(mail("Ihre Kfz-Versicherung und die Krankenzusatzversicherung")).line_of_business
        == LineOfBusiness.HEALTH
    )
    assert (
        classify(mail("Ihre Teilkasko wurde verlängert.")).line_of_business == LineOfBusiness.MOTOR
    )


def test_html_is_read_without_tags_and_scripts() -> None:
    def html_mail(html: str) -> bytes:
        message = EmailMessage()
        message["Subject"] = "Info"
        message.set_content(html, subtype="html")
        return message.as_bytes()

    assert (
        classify(
            html_mail("<html><script>var Diagnose=1;</script><p>Termin am Montag</p></html>")
        ).sensitivity
        == N
    )
    assert (
        classify(html_mail("<html><p>Der <b>Arzt</b>bericht liegt vor.</p></html>")).sensitivity
        == S
    )


def text_pdf(text: str) -> bytes:
    """A one-page PDF with ``text`` (built by hand: pypdf writes but does not typeset)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = io.BytesIO(b"%PDF-1.4\n"), []
    out.seek(0, 2)
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def test_pdf_attachment_text_is_read() -> None:
    result = classify(
        mail(
            "Anbei.",
            **{"bericht.pdf": (text_pdf("Befund vom Facharzt: Diagnose F32.1"), "application/pdf")},
        )
    )
    assert result.sensitivity == S
    assert any(f.location == "attachment:bericht.pdf" for f in result.findings)


def test_encrypted_pdf_and_unknown_binary_are_at_least_confidential() -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("geheim")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert (
        classify(mail("Anbei.", **{"scan.pdf": (buffer.getvalue(), "application/pdf")})).sensitivity
        == C
    )
    assert (
        classify(
            mail("Anbei.", **{"daten.bin": (b"\x00\x01\x02", "application/octet-stream")})
        ).sensitivity
        == C
    )
    strict = ClassifierConfig(unreadable_attachment=S)
    assert (
        classify(
            mail("Anbei.", **{"daten.bin": (b"\x00", "application/octet-stream")}), config=strict
        ).sensitivity
        == S
    )


def test_a_generic_file_is_read_by_what_it_holds() -> None:
    """A fax gateway sends its scans as "FAX_0311.bin", a data exchange its records as
    "LEBEN_0471.gdv", both as application/octet-stream: a PDF is read by its signature; a text
    file is read, and its unknown layout still counts as unread; anything else stays unread."""
    fax = text_pdf("Entlassungsbericht Frau Erna Kluge: Diagnose Oberschenkelhalsfraktur")
    assert (
        classify(mail("Fax.", **{"FAX_0311.bin": (fax, "application/octet-stream")})).sensitivity
        == S
    )
    records = (
        "0001 9471 WESERLAND LEBEN 2025030\n"
        "0100 KLUGE ERNA 19480311 BU-Leistung anerkannt Diagnose F32.2\n"
    ).encode("latin-1")
    read = classify(mail("Datei.", **{"LEBEN_0471.gdv": (records, "application/octet-stream")}))
    assert read.sensitivity == S, read.reason
    plain = b"0001 9471 WESERLAND 2025030\n0200 4471 0000012\n"
    kept = classify(mail("Datei.", **{"BESTAND.gdv": (plain, "application/octet-stream")}))
    assert kept.sensitivity == C
    assert "unreadable-attachment" in {f.detector for f in kept.findings}
    picture = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256))
    assert (
        classify(mail("Fax.", **{"scan.bin": (picture, "application/octet-stream")})).sensitivity
        == C
    )


def test_a_certificate_attachment_is_public_not_unreadable() -> None:
    """Siegel answers certificate requests with one: it must not keep its own answer back. (A
    part labelled a certificate that holds none stays unreadable: see test_reading.)"""
    der = certificate("Anna Schmidt", "anna.schmidt@versicherer.example")[1]
    for name, data, media in (
        ("anna.cer", der, "application/pkix-cert"),
        ("anna.asc", b"-----BEGIN PGP PUBLIC KEY BLOCK-----", "application/pgp-keys"),
    ):
        assert classify(mail("Anbei das Zertifikat.", **{name: (data, media)})).sensitivity == N


def test_broken_pdf_or_unknown_charset_is_strictly_confidential() -> None:
    assert (
        classify(
            mail("Anbei.", **{"kaputt.pdf": (b"%PDF-1.4 garbage", "application/pdf")})
        ).sensitivity
        == S
    )
    unknown = b"Subject: x\r\nContent-Type: text/plain; charset=x-unknown-42\r\n\r\nHallo\r\n"
    result = classify(unknown)
    assert result.sensitivity == S and "unknown charset" in result.reason


def test_subject_tags_and_trusted_marking_header() -> None:
    assert classify(mail("Hallo", subject="[vertraulich] Liste")).sensitivity == C
    assert classify(mail("Hallo", subject="[Streng Vertraulich] Vorgang")).sensitivity == S
    marked = b"X-Siegel-Classification: streng vertraulich\r\nSubject: x\r\n\r\nHallo\r\n"
    assert classify(marked).sensitivity == N, "an untrusted source cannot set the marking"
    assert classify(marked, trusted_relay=True).sensitivity == S


def test_sender_rules() -> None:
    config = ClassifierConfig(sender_rules={"leistung-kranken@*": S})
    assert (
        classify(
            mail("Hallo"), sender="Leistung-Kranken@versicherer.example", config=config
        ).sensitivity
        == S
    )
    assert (
        classify(mail("Hallo"), sender="vertrieb@versicherer.example", config=config).sensitivity
        == N
    )


def test_text_beyond_the_reading_limit_counts_as_unread() -> None:
    """What was not read may hold anything: it is never taken as harmless."""
    config = ClassifierConfig(max_text_chars=1000)
    result = classify(mail("Guten Tag. " * 200), config=config)
    assert result.sensitivity == C
    assert any(f.detector == "text-too-long" for f in result.findings)
    assert classify(mail("Guten Tag."), config=config).sensitivity == N


def test_pdf_beyond_the_page_limit_is_read_in_part_and_counts_as_unread() -> None:
    from siegel.core.classify.extract import MAX_PDF_PAGES

    writer = PdfWriter()
    for _ in range(MAX_PDF_PAGES + 1):
        writer.add_blank_page(width=100, height=100)
    buffer = io.BytesIO()
    writer.write(buffer)
    result = classify(mail("Anbei.", **{"katalog.pdf": (buffer.getvalue(), "application/pdf")}))
    assert result.sensitivity == C
    unread = [f for f in result.findings if f.detector == "unreadable-attachment"]
    assert unread and f"only {MAX_PDF_PAGES} read" in unread[0].snippet


def test_malformed_mail_vectors_fail_closed(vectors: object) -> None:
    from pathlib import Path

    for path in sorted((Path(str(vectors)) / "mail-parser-malformed").glob("*.eml")):
        result = classify(path.read_bytes())
        assert result.sensitivity >= C, (path.name, result.reason)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    assert classify(data).sensitivity in set(Sensitivity)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.text(max_size=400))
def test_adding_content_never_lowers_the_sensitivity(first: str, second: str) -> None:
    alone = classify(mail(first)).sensitivity
    combined = classify(mail(first + "\n" + second)).sensitivity
    assert combined >= alone


def test_corpus_meets_the_targets() -> None:
    samples = build()
    assert len(samples) >= 200
    report = score([(s.label, classify(as_mail(s)).sensitivity.name) for s in samples])
    assert report.recall["STRICTLY_CONFIDENTIAL"] >= 0.95, report
    assert report.macro_precision >= 0.9, report
