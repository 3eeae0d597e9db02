"""Inbound: mail made by openssl for an employee arrives decrypted, verified, marked; failures get a note."""

from __future__ import annotations

import base64
import email
import email.policy
import re
import subprocess
from pathlib import Path

import pytest
from asn1crypto import cms

from siegel.core.smime import Signer, encrypt_message
from siegel.core.smime.envelope import ContentCipher
from siegel.gateway import pipeline
from siegel.gateway.delivery import Envelope
from siegel.keys.models import PartnerKey
from tests.support.pki import Identity, issue, make_ca

pytestmark = pytest.mark.django_db

BODY = b"Content-Type: text/plain; charset=utf-8\r\n\r\nAnbei der Antrag meines Kunden.\r\n"


@pytest.fixture
def setup(insurer: dict[str, object]) -> dict[str, object]:
    ca = insurer["ca"]
    assert isinstance(ca, Identity)
    return insurer | {"makler": issue(ca, "makler@partner.example", crl_url=None)}


def openssl_mail(
    setup: dict[str, object], *, sign: bool = True, recipient: Identity | None = None
) -> bytes:
    folder = Path(str(setup["dir"]))
    makler, anna = setup["makler"], setup["anna"]
    assert isinstance(makler, Identity) and isinstance(anna, Identity)
    m_crt, m_key = makler.write(folder, "makler")
    r_crt, _ = (recipient or anna).write(folder, "recipient")
    (folder / "body").write_bytes(BODY)
    content = BODY
    if sign:
        content = subprocess.run(
            ["openssl", "cms", "-sign", "-in", folder / "body", "-signer", m_crt, "-inkey", m_key],
            capture_output=True,
            check=True,
        ).stdout
    (folder / "signed").write_bytes(content)
    encrypted = subprocess.run(
        ["openssl", "cms", "-encrypt", "-aes256", "-in", folder / "signed", r_crt],
        capture_output=True,
        check=True,
    ).stdout
    return (
        b"From: makler@partner.example\r\nTo: anna@versicherer.example\r\nSubject: Antrag\r\n"
        b"X-Siegel-Signature: valid\r\n" + encrypted
    )


def notice(mail: bytes) -> str:
    """The text of the note Siegel put at the top of a delivered mail."""
    parsed = email.message_from_bytes(mail, policy=email.policy.default)
    first = next(iter(parsed.iter_parts()))  # type: ignore[attr-defined]
    return str(first.get_content())


def delivered(setup: dict[str, object]) -> bytes:
    (stored,) = Path(str(setup["outbox"])).glob("*.eml")
    return stored.read_bytes()


def test_encrypted_and_signed_mail_arrives_decrypted_verified_and_harvested(
    setup: dict[str, object],
) -> None:
    pipeline.process(
        Envelope("makler@partner.example", ("anna@versicherer.example",), openssl_mail(setup))
    )
    mail = delivered(setup)
    head = mail.split(b"\r\n\r\n", 1)[0]
    assert b"X-Siegel-Decrypted: yes (aes256_cbc)" in head
    assert b"X-Siegel-Signature: valid\r\n" in head and head.count(b"X-Siegel-Signature") == 1
    assert b"X-Siegel-Signer: makler@partner.example" in head
    assert b"Anbei der Antrag meines Kunden." in mail
    assert PartnerKey.objects.get().address == "makler@partner.example"


def test_mail_for_somebody_else_is_delivered_with_a_note(setup: dict[str, object]) -> None:
    ca = setup["ca"]
    assert isinstance(ca, Identity)
    stranger = issue(ca, "fremd@anderswo.example", crl_url=None)
    pipeline.process(
        Envelope(
            "makler@partner.example",
            ("anna@versicherer.example",),
            openssl_mail(setup, recipient=stranger),
        )
    )
    mail = delivered(setup)
    assert b"X-Siegel-Decrypted: no" in mail
    assert "konnte aber nicht entschlüsselt werden" in notice(mail)
    assert b"application/pkcs7-mime" in mail, "the encrypted original is kept"


def test_spoofed_result_headers_are_removed(setup: dict[str, object]) -> None:
    unsigned = b"From: x@anders.example\r\nTo: anna@versicherer.example\r\nX-Siegel-Signature: valid\r\nX-Siegel-Signer: chef@versicherer.example\r\nSubject: x\r\n\r\nHallo\r\n"
    pipeline.process(Envelope("x@anders.example", ("anna@versicherer.example",), unsigned))
    mail = delivered(setup)
    assert b"X-Siegel" not in mail


def test_bad_signature_gets_a_note_and_is_not_harvested(setup: dict[str, object]) -> None:
    ca = setup["ca"]
    assert isinstance(ca, Identity)
    foreign_ca = make_ca("Unbekannte CA")
    mallory = issue(foreign_ca, "makler@partner.example", crl_url=None)
    setup["makler"] = mallory
    pipeline.process(
        Envelope("makler@partner.example", ("anna@versicherer.example",), openssl_mail(setup))
    )
    mail = delivered(setup)
    assert b"X-Siegel-Signature: untrusted" in mail
    assert "Signatur dieser Nachricht ist nicht gültig" in notice(mail)
    assert not PartnerKey.objects.exists()


def test_claims_hidden_inside_the_encrypted_part_are_removed(setup: dict[str, object]) -> None:
    from siegel.core.smime import encrypt

    anna = setup["anna"]
    assert isinstance(anna, Identity)
    inner = b"X-Siegel-Signature: valid\r\nX-Siegel-Signer: chef@versicherer.example\r\nContent-Type: text/plain\r\n\r\nHallo\r\n"
    message = (
        b"From: x@anders.example\r\nTo: anna@versicherer.example\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        + encrypt(inner, [anna.cert])
    )
    pipeline.process(Envelope("x@anders.example", ("anna@versicherer.example",), message))
    mail = delivered(setup)
    assert b"X-Siegel-Decrypted: decrypted, content not authenticated (aes256_cbc)" in mail
    assert b"X-Siegel-Signature" not in mail and b"chef@versicherer.example" not in mail


def test_header_protected_mail_arrives_with_its_real_header_once(
    setup: dict[str, object],
) -> None:
    """RFC 9788: the real Subject comes back from inside; no HP-Outer, no field twice."""
    anna = setup["anna"]
    assert isinstance(anna, Identity)
    original = (
        b"From: makler@partner.example\r\nTo: anna@versicherer.example\r\n"
        b"Subject: Gesundheitsfragen Herr Muster\r\nMIME-Version: 1.0\r\n" + BODY
    )
    sent = encrypt_message(original, [anna.cert])
    assert b"Gesundheitsfragen" not in sent
    pipeline.process(Envelope("makler@partner.example", ("anna@versicherer.example",), sent))
    head = delivered(setup).split(b"\r\n\r\n", 1)[0]
    assert b"Subject: Gesundheitsfragen Herr Muster\r\n" in head
    for name in (b"Subject:", b"From:", b"To:"):
        assert head.count(b"\r\n" + name) + head.startswith(name) == 1, name
    assert b"HP-Outer" not in head and b"hp=" not in head


def test_authenticated_envelope_is_decrypted_and_verified(setup: dict[str, object]) -> None:
    """AES-256-GCM (AuthEnvelopedData), what partners send once we advertised it."""
    anna, makler = setup["anna"], setup["makler"]
    assert isinstance(anna, Identity) and isinstance(makler, Identity)
    original = (
        b"From: makler@partner.example\r\nTo: anna@versicherer.example\r\nSubject: Antrag\r\n"
        b"MIME-Version: 1.0\r\n" + BODY
    )
    sent = encrypt_message(
        original,
        [anna.cert],
        cipher=ContentCipher.AES256_GCM,
        signer=Signer(makler.cert, makler.key),
    )
    assert b"smime-type=authEnveloped-data" in sent
    pipeline.process(Envelope("makler@partner.example", ("anna@versicherer.example",), sent))
    mail = delivered(setup)
    head = mail.split(b"\r\n\r\n", 1)[0]
    assert b"X-Siegel-Decrypted: yes (aes256_gcm)" in head
    assert b"X-Siegel-Signature: valid" in head
    assert b"Anbei der Antrag meines Kunden." in mail


def flip_in_ciphertext(mail: bytes, block: int) -> bytes:
    """The mail with one bit of its CBC ciphertext flipped, in the given 16-octet block."""
    head, body = re.split(rb"\r?\n\r?\n", mail, maxsplit=1)  # openssl writes LF line ends
    der = bytearray(base64.b64decode(b"".join(body.split())))
    info = cms.ContentInfo.load(bytes(der))["content"]["encrypted_content_info"]
    ciphertext = info["encrypted_content"].native
    at = bytes(der).rindex(ciphertext) + 16 * block + 5
    der[at] ^= 0x01
    return head + b"\r\n\r\n" + base64.encodebytes(bytes(der)).replace(b"\n", b"\r\n")


@pytest.mark.parametrize("flipped", [False, True])
def test_cbc_mail_without_a_signature_is_marked_as_not_authenticated(
    setup: dict[str, object], flipped: bool
) -> None:
    """CBC cannot tell a changed ciphertext: a flipped octet garbles the inner header unseen."""
    sent = openssl_mail(setup, sign=False)
    if flipped:
        sent = flip_in_ciphertext(sent, block=0)
    pipeline.process(Envelope("makler@partner.example", ("anna@versicherer.example",), sent))
    mail = delivered(setup)
    head = mail.split(b"\r\n\r\n", 1)[0]
    assert b"X-Siegel-Decrypted: decrypted, content not authenticated (aes256_cbc)" in head
    assert b"X-Siegel-Decrypted: yes" not in mail
    assert "nicht gegen Veränderung geschützt" in notice(mail)
    assert (BODY in mail) is not flipped, "the flip garbled the inner header"


def test_cbc_mail_under_a_valid_signature_counts_as_decrypted(setup: dict[str, object]) -> None:
    pipeline.process(
        Envelope("makler@partner.example", ("anna@versicherer.example",), openssl_mail(setup))
    )
    mail = delivered(setup)
    assert b"X-Siegel-Decrypted: yes (aes256_cbc)" in mail
    assert b"not authenticated" not in mail and "Veränderung" not in mail.decode("utf-8", "replace")


def test_a_flipped_octet_under_a_signature_is_not_authenticated_either(
    setup: dict[str, object],
) -> None:
    sent = flip_in_ciphertext(openssl_mail(setup), block=20)
    pipeline.process(Envelope("makler@partner.example", ("anna@versicherer.example",), sent))
    mail = delivered(setup)
    assert b"X-Siegel-Decrypted: decrypted, content not authenticated (aes256_cbc)" in mail
    assert b"X-Siegel-Signature: valid" not in mail


def test_claims_below_an_mbox_from_line_are_stripped_too(insurer: dict[str, object]) -> None:
    """Review finding: a leading 'From ' line hid forged X-Siegel- fields from the stripping."""
    import email
    import email.policy
    from pathlib import Path

    from siegel.gateway import pipeline
    from siegel.gateway.delivery import Envelope

    forged = (
        b"From kunde@extern.example Fri Dec  4 10:00:00 2026\r\n"
        b"X-Siegel-Portal-Sender: vorstand@versicherer.example\r\n"
        b"X-Siegel-Signature: valid\r\nSubject: Hallo\r\n\r\nText\r\n"
    )
    assert pipeline.process(
        Envelope("kunde@extern.example", ("anna@versicherer.example",), forged)
    ).accepted
    (stored,) = Path(str(insurer["outbox"])).glob("*.eml")
    parsed = email.message_from_bytes(stored.read_bytes(), policy=email.policy.default)
    assert parsed["X-Siegel-Portal-Sender"] is None
    assert parsed["X-Siegel-Signature"] in (None, "none") or parsed["X-Siegel-Signature"] != "valid"
