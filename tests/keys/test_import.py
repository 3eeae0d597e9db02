"""Importing own keys (PKCS#12), trust anchors (CA bundles) and rotating the master key."""

from __future__ import annotations

import datetime as dt
import subprocess
from io import StringIO
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from django.core.management import CommandError, call_command

from siegel.audit.models import AuditEvent
from siegel.core.keyring import KeyringError, new_master_key_line
from siegel.keys import masterkey, selectors, services
from siegel.keys.models import KeyKind, OwnKey, PartnerKey, TrustAnchor
from siegel.outbox.models import OwnMail
from siegel.partners.content import document_bytes
from siegel.partners.models import Shipment
from siegel.portal import content as portal_content
from siegel.portal import services as portal_services
from siegel.portal.models import PortalMessage
from tests.partners.conftest import deposit as deposit_shipment
from tests.partners.conftest import make_firm
from tests.support.keystore import p12
from tests.support.pki import NOW, Identity, issue, make_ca

pytestmark = pytest.mark.django_db


def key_der(identity: Identity) -> bytes:
    return identity.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def test_p12_import_seals_the_private_key(ca: Identity) -> None:
    alice = issue(ca, "alice@versicherer.example")
    key = services.import_p12(p12(alice), b"geheim", actor="user:1")

    assert key.kind == KeyKind.SMIME_PERSONAL
    assert key.address == "alice@versicherer.example"
    sealed = bytes(key.sealed_private_key)
    assert key_der(alice) not in sealed
    identity = selectors.signing_key("Alice@Versicherer.example")
    assert identity is not None
    assert identity.certificate == alice.cert
    assert key_der(alice) == identity.private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    event = AuditEvent.objects.get(action="keys.own.import")
    assert event.details["fingerprint"] == key.fingerprint
    assert "PRIVATE" not in str(event.details) and "sealed" not in str(event.details)


def test_p12_from_openssl_with_password_file(ca: Identity, tmp_path: Path) -> None:
    bob = issue(ca, "bob@versicherer.example", key_kind="p256")
    crt, keyfile = bob.write(tmp_path, "bob")
    ca_crt, _ = ca.write(tmp_path, "ca")
    target = tmp_path / "bob.p12"
    subprocess.run(
        [
            "openssl",
            "pkcs12",
            "-export",
            "-in",
            crt,
            "-inkey",
            keyfile,
            "-certfile",
            ca_crt,
            "-out",
            target,
            "-passout",
            "pass:Sommer 2026!",
        ],
        check=True,
        capture_output=True,
    )
    (tmp_path / "pw").write_text("Sommer 2026!\n")
    out = StringIO()
    call_command(
        "keys", "import-p12", str(target), "--password-file", str(tmp_path / "pw"), stdout=out
    )
    assert "bob@versicherer.example" in out.getvalue()
    assert OwnKey.objects.get().chain.startswith(b"-----BEGIN CERTIFICATE-----")


def test_wrong_password_is_told_apart_from_a_corrupted_file(ca: Identity) -> None:
    data = p12(issue(ca, "carl@versicherer.example"))
    with pytest.raises(services.ImportRefused, match="password does not open"):
        services.import_p12(data, b"falsch", actor="user:1")
    with pytest.raises(services.ImportRefused, match="not a readable PKCS#12"):
        services.import_p12(data[: len(data) // 2], b"geheim", actor="user:1")
    with pytest.raises(services.ImportRefused, match="not a readable PKCS#12"):
        services.import_p12(b"garbage" * 20, b"geheim", actor="user:1")
    assert not OwnKey.objects.exists()
    assert not AuditEvent.objects.exists()


def test_certificate_not_for_email_is_refused(ca: Identity) -> None:
    server = issue(ca, "web@versicherer.example", email_protection=False)
    with pytest.raises(services.ImportRefused, match="not for e-mail"):
        services.import_p12(p12(server), b"geheim", actor="user:1")
    assert not OwnKey.objects.exists()


def test_duplicate_import_is_refused(ca: Identity) -> None:
    data = p12(issue(ca, "dora@versicherer.example"))
    services.import_p12(data, b"geheim", actor="user:1")
    with pytest.raises(services.ImportRefused, match="already imported"):
        services.import_p12(data, b"geheim", actor="user:1")
    assert OwnKey.objects.count() == 1


def test_domain_certificate_signs_for_addresses_without_own_key(ca: Identity) -> None:
    gateway = issue(ca, "gateway@versicherer.example")
    key = services.import_p12(p12(gateway), b"geheim", actor="user:1", domain="versicherer.example")
    assert (key.kind, key.address) == (KeyKind.SMIME_DOMAIN, "versicherer.example")
    identity = selectors.signing_key("someone@versicherer.example")
    assert identity is not None and identity.key == key
    assert selectors.signing_key("someone@other.example") is None


def test_expired_own_key_does_not_sign(ca: Identity) -> None:
    old = issue(
        ca,
        "erik@versicherer.example",
        not_before=NOW - dt.timedelta(days=400),
        not_after=NOW - dt.timedelta(days=1),
    )
    services.import_p12(p12(old), b"geheim", actor="user:1")
    assert selectors.signing_key("erik@versicherer.example") is None
    assert len(selectors.decryption_keys()) == 1  # old mail must still open


def test_sealed_key_moved_to_another_row_does_not_open(ca: Identity) -> None:
    first = services.import_p12(p12(issue(ca, "f@versicherer.example")), b"geheim", actor="user:1")
    second = services.import_p12(p12(issue(ca, "g@versicherer.example")), b"geheim", actor="user:1")
    OwnKey.objects.filter(pk=second.pk).update(sealed_private_key=first.sealed_private_key)
    with pytest.raises(KeyringError, match="tampered or moved"):
        selectors.signing_key("g@versicherer.example")


def test_master_key_rotation(ca: Identity, master_key_file: Path) -> None:
    services.import_p12(p12(issue(ca, "h@versicherer.example")), b"geheim", actor="user:1")
    (deposited,) = portal_services.deposit(
        recipients=["kunde@example.org"],
        sender="h@versicherer.example",
        message_id="<rotate@versicherer.example>",
        content=b"Subject: Bescheid\r\n\r\nDiagnose F32.1\r\n",
    )
    shipment = deposit_shipment(make_firm().firm, data=b"%PDF-1.4 Police")
    old_id = masterkey.keyring().current_id
    out = StringIO()
    call_command("keys", "rotate-master-key", "--generate", stdout=out)
    new_id = masterkey.keyring().current_id
    assert new_id != old_id
    assert f"{3 + OwnMail.objects.count()} sealed keys re-sealed" in out.getvalue()
    assert "broker-post data keys: 1 under" in out.getvalue()
    assert OwnKey.objects.get().master_key_id == new_id
    assert master_key_file.stat().st_mode & 0o777 == 0o600
    # The old key can now be dropped from the file: everything opens with the new one alone.
    master_key_file.write_text(master_key_file.read_text().splitlines()[0] + "\n")
    masterkey.keyring.cache_clear()
    assert selectors.signing_key("h@versicherer.example") is not None
    message = PortalMessage.objects.get(pk=deposited.message.pk)
    assert portal_content.summary(message).subject == "Bescheid", "data keys re-wrapped too"
    assert document_bytes(Shipment.objects.get(pk=shipment.pk), 1) == b"%PDF-1.4 Police"
    for queued_mail in OwnMail.objects.all():
        masterkey.keyring().open(bytes(queued_mail.sealed_content), queued_mail.seal_context)
    event = AuditEvent.objects.get(action="keys.master.rotate")
    assert event.details["resealed_elsewhere"] == 2 + OwnMail.objects.count()


def test_a_deposit_sealed_by_a_stale_process_shows_in_the_census_and_a_second_rotation(
    master_key_file: Path,
) -> None:
    """The race a rotation cannot close: a process still sealing under the old key.

    A deposit that began before the rotation (or a process not yet restarted) wraps its
    data key under the old master key after the rotation finished. The census finds it,
    ``master-key-status`` refuses to call the old key droppable, and rotating again
    re-seals just that one.
    """
    old_line = master_key_file.read_text()
    call_command("keys", "rotate-master-key", "--generate", stdout=StringIO())
    new_line = master_key_file.read_text().splitlines()[0] + "\n"

    master_key_file.write_text(old_line)  # a stale process: it knows only the old key
    masterkey.keyring.cache_clear()
    (late,) = portal_services.deposit(
        recipients=["kunde@example.org"],
        sender="h@versicherer.example",
        message_id="<late@versicherer.example>",
        content=b"Subject: Befund\r\n\r\nDiagnose F32.1\r\n",
    )
    master_key_file.write_text(new_line + old_line)  # the restarted processes know both
    masterkey.keyring.cache_clear()

    late_mails = OwnMail.objects.exclude(sealed_content=b"").count()  # its registration mails
    assert late_mails == 2
    out = StringIO()
    with pytest.raises(CommandError, match="3 sealed items still need an old master key"):
        call_command("keys", "master-key-status", stdout=out)
    assert (
        "portal data keys: 1 under" in out.getvalue() and "old, still configured" in out.getvalue()
    )

    out = StringIO()
    call_command("keys", "rotate-master-key", stdout=out)
    assert "3 sealed keys re-sealed" in out.getvalue(), "only the late ones: the rest is current"
    assert "old keys may be removed" in out.getvalue()

    master_key_file.write_text(new_line)  # the old key is gone
    masterkey.keyring.cache_clear()
    message = PortalMessage.objects.get(pk=late.message.pk)
    assert portal_content.summary(message).subject == "Befund"


def test_master_key_status_names_blobs_of_a_key_nobody_has(master_key_file: Path) -> None:
    portal_services.deposit(
        recipients=["kunde@example.org"],
        sender="h@versicherer.example",
        message_id="<lost@versicherer.example>",
        content=b"Subject: Befund\r\n\r\nText\r\n",
    )
    master_key_file.write_text(new_master_key_line() + "\n")  # the old key was dropped too early
    masterkey.keyring.cache_clear()
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("keys", "master-key-status", stdout=out)
    assert "(NOT configured)" in out.getvalue()


def test_ca_bundle_import(ca: Identity, tmp_path: Path) -> None:
    other = make_ca("Zweite Test-CA")
    bundle = tmp_path / "cas.pem"
    bundle.write_bytes(ca.cert_pem + other.cert_pem)
    call_command("keys", "import-ca", str(bundle), stdout=StringIO())
    assert TrustAnchor.objects.count() == 2
    call_command("keys", "import-ca", str(bundle), stdout=StringIO())
    assert TrustAnchor.objects.count() == 2
    assert AuditEvent.objects.filter(action="keys.anchor.import").count() == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n",
            "not a certificate",
        ),
        (b"\x00\x01garbage", "not a certificate"),
    ],
)
def test_garbage_ca_bundle_stores_nothing(content: bytes, message: str) -> None:
    with pytest.raises(services.ImportRefused, match=message):
        services.import_ca_bundle(content, actor="user:1")
    assert not TrustAnchor.objects.exists()


def test_bundle_with_an_end_entity_certificate_stores_nothing(ca: Identity) -> None:
    bundle = ca.cert_pem + issue(ca, "x@versicherer.example").cert_pem
    with pytest.raises(
        services.ImportRefused, match=r"certificate 2 .* is not a CA; nothing imported"
    ):
        services.import_ca_bundle(bundle, actor="user:1")
    assert not TrustAnchor.objects.exists()


def test_cli_reports_errors_without_traceback(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="No such file"):
        call_command("keys", "import-p12", str(tmp_path / "missing.p12"))
    (tmp_path / "bad.p12").write_bytes(b"nonsense")
    with pytest.raises(CommandError, match="not a readable PKCS#12"):
        call_command("keys", "import-p12", str(tmp_path / "bad.p12"))


def test_list_and_export(ca: Identity, tmp_path: Path) -> None:
    services.import_p12(
        p12(issue(ca, "soon@versicherer.example", not_after=NOW + dt.timedelta(days=10))),
        b"geheim",
        actor="user:1",
    )
    services.import_p12(p12(issue(ca, "later@versicherer.example")), b"geheim", actor="user:1")
    out = StringIO()
    call_command("keys", "list", "--expiring", "30d", "--json", stdout=out)
    import json

    rows = json.loads(out.getvalue())
    assert [r["address"] for r in rows] == ["soon@versicherer.example"]
    out = StringIO()
    call_command("keys", "export", "later@versicherer.example", stdout=out)
    pem = tmp_path / "later.pem"
    pem.write_text(out.getvalue())
    shown = subprocess.run(
        ["openssl", "x509", "-in", pem, "-noout", "-email"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.strip() == "later@versicherer.example"


def test_partner_certificates_imported_by_staff(ca: Identity, tmp_path: Path) -> None:
    """Personal by its address, or a partner gateway's certificate for a whole domain."""
    services.import_ca_bundle(ca.cert_pem, actor="test")
    personal = issue(ca, "makler@partner.example")
    gateway = issue(ca, "gateway@partner.example")
    pem = personal.cert.public_bytes(serialization.Encoding.PEM) + ca.cert_pem
    key = services.import_partner_certificate(pem, actor="user:1")
    assert (key.kind, key.address, key.source) == (
        KeyKind.SMIME_PERSONAL,
        "makler@partner.example",
        "imported",
    )
    (tmp_path / "gw.der").write_bytes(gateway.cert.public_bytes(serialization.Encoding.DER))
    out = StringIO()
    call_command(
        "keys",
        "import-partner",
        str(tmp_path / "gw.der"),
        "--domain",
        "Partner.example",
        stdout=out,
    )
    assert "for partner.example" in out.getvalue()
    found = selectors.recipient_keys(["jemand@partner.example", "makler@partner.example"])
    (domain,) = found["jemand@partner.example"].usable
    assert domain.kind == KeyKind.SMIME_DOMAIN
    assert x509.load_der_x509_certificate(domain.public_data) == gateway.cert
    kinds = {k.kind: k.public_data for k in found["makler@partner.example"].usable}
    assert x509.load_der_x509_certificate(kinds[KeyKind.SMIME_PERSONAL]) == personal.cert


def test_untrusted_or_unsuitable_partner_certificates_are_refused(ca: Identity) -> None:
    services.import_ca_bundle(ca.cert_pem, actor="test")
    stranger = issue(make_ca("Unknown CA"), "x@partner.example")
    expired = issue(
        ca,
        "y@partner.example",
        not_before=NOW - dt.timedelta(days=400),
        not_after=NOW - dt.timedelta(days=1),
    )
    for identity in (stranger, expired):
        with pytest.raises(services.ImportRefused):
            services.import_partner_certificate(
                identity.cert.public_bytes(serialization.Encoding.PEM), actor="user:1"
            )
    with pytest.raises(services.ImportRefused, match="not a certificate"):
        services.import_partner_certificate(b"-----BEGIN CERTIFICATE-----\nxx\n", actor="user:1")
    assert not PartnerKey.objects.exists()


def test_rotation_with_a_withdrawn_message(ca: Identity, master_key_file: Path) -> None:
    """Review finding: a withdrawn message (no key left) made the rotation fail."""
    (deposited,) = portal_services.deposit(
        recipients=["kunde@example.org"],
        sender="h@versicherer.example",
        message_id="<w@versicherer.example>",
        content=b"Subject: x\r\n\r\ny\r\n",
    )
    portal_services.withdraw(deposited.message, actor="user:1")
    call_command("keys", "rotate-master-key", "--generate", stdout=StringIO())
    assert AuditEvent.objects.filter(action="keys.master.rotate").exists()
