"""Header protection (RFC 9788): the subject travels encrypted and comes back after decryption."""

from __future__ import annotations

from siegel.core.mime import headers
from siegel.core.smime import Signer, decrypt, encrypt, sign
from siegel.core.smime.mime import join_message, split_message
from siegel.core.smime.protected_headers import OBSCURED_SUBJECT, protect, restore
from tests.core.smime.conftest import openssl
from tests.support.pki import Identity, issue

MESSAGE = (
    b"From: leistung@versicherer.example\r\nTo: kunde@example.org\r\nSubject: Ihr Befund vom Facharzt\r\n"
    b"Message-ID: <hp-1@versicherer.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDer Befund.\r\n"
)


def protected_encrypted(recipient: Identity, signer: Identity | None = None) -> bytes:
    outer, entity = protect(*split_message(MESSAGE))
    inner = sign(entity, Signer(signer.cert, signer.key)) if signer else entity
    return join_message(outer, encrypt(inner, [recipient.cert]))


def test_outer_subject_is_obscured_and_inner_carries_the_real_one(
    ca: Identity, workdir: object
) -> None:
    bob = issue(ca, "kunde@example.org")
    message = protected_encrypted(bob)
    assert headers.get(message, "Subject") == OBSCURED_SUBJECT
    assert b"Befund" not in message
    from pathlib import Path

    folder = Path(str(workdir))
    crt, key = bob.write(folder, "bob")
    (folder / "m.eml").write_bytes(message)
    opened = openssl(
        "cms", "-decrypt", "-in", folder / "m.eml", "-recip", crt, "-inkey", key
    ).stdout
    assert b"Subject: Ihr Befund vom Facharzt" in opened and b'hp="cipher"' in opened


def test_restore_after_decryption_plain_and_signed(ca: Identity) -> None:
    bob, alice = issue(ca, "kunde@example.org"), issue(ca, "leistung@versicherer.example")
    for signer in (None, alice):
        message = protected_encrypted(bob, signer)
        outer, _ = split_message(message)
        content = decrypt(message, [(bob.cert, bob.key)]).content
        restored = restore(outer, content)
        assert headers.get(restored + b"\r\n", "Subject") == "Ihr Befund vom Facharzt"
        assert headers.get_all(restored + b"\r\n", "Subject") == ["Ihr Befund vom Facharzt"]


def test_unprotected_mail_is_left_alone() -> None:
    outer, entity = split_message(MESSAGE)
    assert restore(outer, entity) == outer
