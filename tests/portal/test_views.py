"""The mailbox pages, as the owner and as anyone else: reading, downloading, answering, attacks."""

from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from pytest_django.fixtures import Settings

from siegel.accounts import selectors as account_selectors
from siegel.accounts import services as account_services
from siegel.audit.models import AuditEvent
from siegel.portal import services
from siegel.portal.models import Folder, PortalMessage, StoredContent
from tests.accounts.conftest import one_time_password_from_mail
from tests.support.outbox import send_queued

pytestmark = pytest.mark.django_db

KUNDE, ANDERE = "kunde@extern.example", "andere@extern.example"
PASSWORD = "Grüne Wiese am Fluss 42"


@pytest.fixture(autouse=True)
def installation(settings: Settings, tmp_path: Path) -> Path:
    settings.SIEGEL_NEXT_HOP = f"sink:{tmp_path / 'sink'}"
    settings.SIEGEL_LOCAL_DOMAINS = ["versicherer.example"]
    settings.STORAGES = {
        **settings.STORAGES,
        "portal": {"BACKEND": "siegel.portal.storage.DatabaseStorage"},
    }
    cache.clear()
    return tmp_path / "sink"


def hostile_mail(subject: str = "Ihre Abrechnung <script>alert(1)</script>") -> bytes:
    message = EmailMessage()
    message["From"] = '"<img src=x onerror=alert(2)>" <leistung@versicherer.example>'
    message["To"] = KUNDE
    message["Subject"] = subject
    message["Date"] = "Fri, 04 Dec 2026 10:00:00 +0100"
    message.set_content("Guten Tag,\n<b>Ihre</b> Abrechnung liegt bei.")
    message.add_alternative(
        '<p onclick="x()">Guten Tag</p><script>alert(3)</script><img src="https://evil.example/p.gif">',
        subtype="html",
    )
    message.add_attachment(
        b"%PDF-1.4 " + b"x" * 5000,
        maintype="application",
        subtype="pdf",
        filename="PLACEHOLDER.pdf",
    )
    # A name with a path, quotes and a line break, RFC 2231-encoded (the mail package would refuse it).
    hostile_name = b"filename*=utf-8''..%2F%22bericht%22%0D%0AX-Evil%3A%201.pdf"
    return message.as_bytes().replace(b'filename="PLACEHOLDER.pdf"', hostile_name)


def deposit(
    to: str = KUNDE, message_id: str = "<v-1@versicherer.example>", data: bytes | None = None
) -> PortalMessage:
    (done,) = services.deposit(
        recipients=[to],
        sender="leistung@versicherer.example",
        message_id=message_id,
        content=data or hostile_mail(),
    )
    return done.message


def sign_in(address: str = KUNDE) -> Client:
    token = account_selectors.registration_token(address, one_time_password_from_mail(address))
    assert token is not None
    account_services.register(
        token,
        display_name="Karla Kundin",
        password=PASSWORD,
        question="Wie hieß Ihr erstes Haustier?",
        answer="Bello",
        actor="test",
    )
    client = Client()
    response = client.post("/postfach/anmelden/", {"username": address, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
    return client


def test_inbox_lists_newest_first_escaped_with_deletion_dates() -> None:
    first = deposit()
    second = deposit(message_id="<v-2@versicherer.example>", data=hostile_mail("Zweite Nachricht"))
    client = sign_in()
    page = client.get("/postfach/eingang/").content.decode()
    assert page.index("Zweite Nachricht") < page.index("Ihre Abrechnung")
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert "<img src=x" not in page
    assert timezone.localtime(first.expires).strftime("%d.%m.%Y") in page and "ungelesen" in page
    assert (
        client.get("/postfach/eingang/?suche=zweite").content.decode().count("/postfach/nachricht/")
        == 1
    )
    assert (
        f"/postfach/nachricht/{second.pk}/"
        in client.get("/postfach/eingang/?suche=ZWEITE").content.decode()
    )


def test_reading_marks_read_audits_and_frames_sanitised_html() -> None:
    message = deposit()
    client = sign_in()
    response = client.get(f"/postfach/nachricht/{message.pk}/")
    page = response.content.decode()
    assert response.status_code == 200 and "frame-src 'self'" in response["Content-Security-Policy"]
    assert 'sandbox="allow-popups allow-popups-to-escape-sandbox"' in page
    assert "&lt;b&gt;Ihre&lt;/b&gt;" in page, "the text body is text, never markup"
    message.refresh_from_db()
    assert message.read_at is not None
    assert AuditEvent.objects.filter(
        action="portal.message.read", target=f"portal-message:{message.pk}"
    ).exists()
    frame = client.get(f"/postfach/nachricht/{message.pk}/inhalt/")
    html = frame.content.decode()
    assert "script" not in html and "onclick" not in html and "evil.example" not in html
    assert (
        "default-src 'none'" in frame["Content-Security-Policy"]
        and "sandbox" in frame["Content-Security-Policy"]
    )
    assert frame["X-Frame-Options"] == "SAMEORIGIN"


def test_downloads_are_attachments_with_safe_names() -> None:
    mail = hostile_mail()
    message = deposit(data=mail)
    client = sign_in()
    response = client.get(f"/postfach/nachricht/{message.pk}/anhang/1/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    disposition = response["Content-Disposition"]
    assert (
        disposition.startswith("attachment;")
        and "\r" not in disposition
        and "\n" not in disposition
    )
    assert "/" not in disposition.split("filename=")[1].split(";")[0]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content).startswith(b"%PDF-1.4")  # type: ignore[attr-defined]
    original = client.get(f"/postfach/nachricht/{message.pk}/original/")
    assert b"".join(original.streaming_content) == mail  # type: ignore[attr-defined]
    streamed = client.get(f"/postfach/nachricht/{message.pk}/zip/")
    assert streamed["X-Content-Type-Options"] == "nosniff"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(streamed.streaming_content)))  # type: ignore[attr-defined]
    assert (
        sorted(archive.namelist())[0].startswith("anhaenge/")
        and "nachricht.txt" in archive.namelist()
    )
    assert AuditEvent.objects.filter(action="portal.message.download").count() == 3


def test_someone_elses_message_is_not_found_and_audited() -> None:
    theirs = deposit(to=ANDERE)
    deposit()
    client = sign_in()
    for path in ("", "inhalt/", "anhang/1/", "original/", "zip/", "antworten/"):
        assert client.get(f"/postfach/nachricht/{theirs.pk}/{path}").status_code == 404
    assert AuditEvent.objects.filter(action="portal.message.denied").count() == 6


def test_signed_out_visitors_go_to_the_sign_in_page(client: Client) -> None:
    message = deposit()
    response = client.get(f"/postfach/nachricht/{message.pk}/")
    assert response.status_code == 302 and response["Location"].startswith(
        "/postfach/anmelden/?next="
    )


def test_inbox_rows_say_unread_damaged_and_without_subject_in_local_time() -> None:
    plain = deposit(message_id="<v-3@versicherer.example>", data=hostile_mail(""))
    damaged = deposit(message_id="<v-4@versicherer.example>")
    sealed = bytearray(damaged.sealed_summary)
    sealed[-1] ^= 1
    PortalMessage.objects.filter(pk=damaged.pk).update(sealed_summary=bytes(sealed))
    client = sign_in()
    client.get(f"/postfach/nachricht/{plain.pk}/")  # read: no longer unread
    page = client.get("/postfach/eingang/").content.decode()
    rows = page.split("<tbody>")[1].split("</tbody>")[0].split("</tr>")[:2]
    newest, oldest = rows  # newest first: the damaged one came last
    assert 'class="unread"' in newest and "(nicht lesbar)" in newest
    assert "leistung@versicherer.example" in newest  # the envelope sender when nothing opens
    assert 'class="unread"' not in oldest and "(ohne Betreff)" in oldest
    assert "ungelesen" not in oldest
    local = plain.deposited.astimezone(ZoneInfo("Europe/Berlin"))
    assert f'<time datetime="{local.isoformat()}">{local:%d.%m.%Y %H:%M}</time>' in oldest


def test_tampered_content_gives_an_error_page_never_partial_content() -> None:
    message = deposit()
    row = StoredContent.objects.get(name=f"{message.store}/a1")
    data = bytearray(row.data)
    data[len(data) // 2] ^= 1
    StoredContent.objects.filter(pk=row.pk).update(data=bytes(data))
    client = sign_in()
    response = client.get(f"/postfach/nachricht/{message.pk}/anhang/1/")
    assert response.status_code == 500 and b"%PDF" not in response.content
    assert "beschädigt" in response.content.decode()
    assert AuditEvent.objects.filter(action="portal.message.tampered").exists()


def test_replying_reaches_the_employee_and_lands_in_sent(installation: Path) -> None:
    message = deposit()
    client = sign_in()
    form = client.get(f"/postfach/nachricht/{message.pk}/antworten/").content.decode()
    assert "AW: Ihre Abrechnung" in form and "&gt; Guten Tag" in form
    token = form.split('name="token" value="')[1].split('"')[0]
    upload = SimpleUploadedFile("rechnung.pdf", b"%PDF-1.4 y", content_type="application/pdf")
    response = client.post(
        f"/postfach/nachricht/{message.pk}/antworten/",
        {
            "to": "leistung@versicherer.example",
            "subject": "AW: Abrechnung",
            "body": "Danke!",
            "token": token,
            "attachments": [upload],
        },
    )
    assert response.status_code == 302 and response["Location"] == "/postfach/gesendet/"
    send_queued()
    (arrived,) = [
        p.read_bytes()
        for p in installation.glob("*.eml")
        if b"X-Original-To: leistung@" in p.read_bytes()
    ]
    assert (
        b"X-Siegel-Portal-Sender: kunde@extern.example" in arrived
        and b"In-Reply-To: <v-1@" in arrived
    )
    assert PortalMessage.objects.filter(folder=Folder.SENT).count() == 1
    assert "AW: Abrechnung" in client.get("/postfach/gesendet/").content.decode()


def test_writing_outside_the_insurer_is_refused_with_a_clear_message(installation: Path) -> None:
    deposit()
    client = sign_in()
    response = client.post(
        "/postfach/neu/", {"to": "freund@example.org", "subject": "x", "body": "y", "token": "t"}
    )
    assert response.status_code == 200 and "nur an Adressen" in response.content.decode()
    assert not list(installation.glob("*.eml")) if installation.exists() else True


def test_an_oversized_upload_is_refused_and_nothing_kept(
    settings: Settings, installation: Path
) -> None:
    settings.SIEGEL_PORTAL_UPLOAD_MAX_BYTES = 100_000
    deposit()
    client = sign_in()
    big = SimpleUploadedFile("gross.bin", b"x" * 300_000, content_type="application/octet-stream")
    response = client.post(
        "/postfach/neu/",
        {
            "to": "leistung@versicherer.example",
            "subject": "x",
            "body": "y",
            "token": "t",
            "attachments": [big],
        },
    )
    assert response.status_code == 200 and "größer als" in response.content.decode()
    assert not PortalMessage.objects.filter(folder=Folder.SENT).exists()


def test_forms_need_their_csrf_token() -> None:
    deposit()
    client = sign_in()
    client.handler.enforce_csrf_checks = True  # type: ignore[attr-defined]
    response = client.post(
        "/postfach/neu/",
        {"to": "leistung@versicherer.example", "subject": "x", "body": "y", "token": "t"},
    )
    assert response.status_code == 403


def test_a_withdrawn_message_says_so() -> None:
    message = deposit()
    services.withdraw(message, actor="user:1")
    client = sign_in()
    assert "(zurückgezogen)" in client.get("/postfach/eingang/").content.decode()
    page = client.get(f"/postfach/nachricht/{message.pk}/").content.decode()
    assert "zurückgezogen" in page and "Abrechnung" not in page


def test_every_way_to_the_content_counts_as_reading() -> None:
    """Review finding: downloads, the HTML frame and the reply form read without a trace."""
    first, second, third = (deposit(message_id=f"<r-{n}@versicherer.example>") for n in range(3))
    client = sign_in()
    client.get(f"/postfach/nachricht/{first.pk}/original/")
    client.get(f"/postfach/nachricht/{second.pk}/inhalt/")
    client.get(f"/postfach/nachricht/{third.pk}/antworten/")
    for message in (first, second, third):
        message.refresh_from_db()
        assert message.read_at is not None
        assert (
            AuditEvent.objects.filter(target=f"portal-message:{message.pk}")
            .exclude(action="portal.message.deposit")
            .exists()
        )
    with pytest.raises(services.NotWithdrawable):
        services.withdraw(first, actor="user:1")


def test_a_withdrawn_message_cannot_be_answered_or_downloaded() -> None:
    message = deposit()
    services.withdraw(message, actor="user:1")
    client = sign_in()
    response = client.get(f"/postfach/nachricht/{message.pk}/antworten/")
    assert response.status_code == 200 and "zurückgezogen" in response.content.decode()
    assert client.get(f"/postfach/nachricht/{message.pk}/original/").status_code == 404
    assert not AuditEvent.objects.filter(action="portal.message.tampered").exists()


def test_mailbox_pages_are_never_cached() -> None:
    message = deposit()
    client = sign_in()
    for path in (
        "/postfach/eingang/",
        "/postfach/gesendet/",
        f"/postfach/nachricht/{message.pk}/",
        "/postfach/neu/",
    ):
        assert "no-store" in client.get(path)["Cache-Control"], path


def test_pages_go_back_in_time_and_odd_page_numbers_still_answer() -> None:
    plain = EmailMessage()
    plain["From"], plain["To"], plain["Subject"] = "leistung@versicherer.example", KUNDE, "x"
    plain.set_content("Guten Tag")
    for number in range(30):
        del plain["Subject"]
        plain["Subject"] = f"Nachricht {number:02d}"
        deposit(message_id=f"<p-{number}@versicherer.example>", data=plain.as_bytes())
    client = sign_in()
    first = client.get("/postfach/eingang/").content.decode()
    second = client.get("/postfach/eingang/?seite=2").content.decode()
    assert "Nachricht 29" in first and "Nachricht 00" not in first
    assert "Nachricht 00" in second and "Nachricht 29" not in second
    for odd in ("0", "-1", "abc", "99999", "1e9", "%00"):
        response = client.get(f"/postfach/eingang/?seite={odd}")
        assert response.status_code == 200, odd
