"""Bad input gives the specific typed error with a readable reason: never a raw exception,
never a silent success."""

from __future__ import annotations

import base64
import os

import pytest
from asn1crypto import cms
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from siegel.core.smime.decrypt import decrypt, recipients
from siegel.core.smime.encrypt import encrypt, pkcs7_mime
from siegel.core.smime.envelope import ContentCipher
from siegel.core.smime.errors import (
    DecryptionFailed,
    MalformedMessage,
    MessageTooLarge,
    NotForUs,
    SmimeError,
    UnsupportedAlgorithm,
    WeakAlgorithm,
)
from tests.support.pki import issue, make_ca

ENTITY = b"Content-Type: text/plain; charset=us-ascii\r\n\r\nPolice 4711-0815: Befund anbei\r\n"
CA = make_ca()
BOB = issue(CA, "bob@example.org")
EVE = issue(CA, "eve@example.org")
CAROL = issue(CA, "carol@example.org", key_kind="p256")


def der_of(message: bytes) -> bytes:
    return base64.b64decode(b"".join(message.split(b"\r\n\r\n", 1)[1].split()))


def rewrap(der: bytes, smime_type: str = "enveloped-data") -> bytes:
    return pkcs7_mime(der, smime_type)


def edited(message: bytes, change: object) -> bytes:
    """The envelope after ``change(content_info)`` edited its parsed structure."""
    info = cms.ContentInfo.load(der_of(message))
    change(info)  # type: ignore[operator]
    return rewrap(info.dump(force=True))


def test_truncated_envelopes_are_malformed_at_every_length() -> None:
    der = der_of(encrypt(ENTITY, [BOB.cert], cipher=ContentCipher.AES256_GCM))
    for length in range(0, len(der), 7):
        with pytest.raises(MalformedMessage):
            decrypt(rewrap(der[:length]), [(BOB.cert, BOB.key)])


def test_truncated_base64_is_malformed() -> None:
    message = encrypt(ENTITY, [BOB.cert])
    with pytest.raises(MalformedMessage, match=r"base64|cannot be parsed"):
        decrypt(message[: len(message) // 2 + 1], [(BOB.cert, BOB.key)])


@pytest.mark.parametrize(
    ("message", "words"),
    [
        (b"Content-Type: text/plain\r\n\r\nnicht verschluesselt\r\n", "not an encrypted"),
        (rewrap(os.urandom(300)), "cannot be parsed"),
        (rewrap(b""), "cannot be parsed"),
        (
            b"Content-Type: application/pkcs7-mime; smime-type=enveloped-data\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n!!not base64!!\r\n",
            "not valid base64",
        ),
        (
            rewrap(cms.ContentInfo({"content_type": "data", "content": b"x"}).dump()),
            "expected enveloped",
        ),
    ],
    ids=["plain-text", "random-bytes", "empty", "bad-base64", "not-enveloped"],
)
def test_garbled_input_is_malformed(message: bytes, words: str) -> None:
    with pytest.raises(MalformedMessage, match=words):
        decrypt(message, [(BOB.cert, BOB.key)])


def test_encrypted_to_somebody_else_names_the_recipients() -> None:
    message = encrypt(ENTITY, [BOB.cert, CAROL.cert])
    with pytest.raises(NotForUs) as raised:
        decrypt(message, [(EVE.cert, EVE.key)])
    reason = raised.value.reason
    assert "2 recipient(s), none of them ours" in reason
    assert f"serial {BOB.cert.serial_number:#x}" in reason
    assert f"serial {CAROL.cert.serial_number:#x}" in reason and "kari" in reason
    assert [r.serial for r in recipients(message)] == [
        BOB.cert.serial_number,
        CAROL.cert.serial_number,
    ]


def test_no_keys_at_all_is_not_for_us() -> None:
    with pytest.raises(NotForUs):
        decrypt(encrypt(ENTITY, [BOB.cert]), [])


@pytest.mark.parametrize("person", [BOB, CAROL], ids=["rsa", "ec"])
def test_a_private_key_of_another_certificate_is_refused(person: object) -> None:
    message = encrypt(ENTITY, [person.cert])  # type: ignore[attr-defined]
    with pytest.raises(DecryptionFailed, match="does not belong to that certificate"):
        decrypt(message, [(person.cert, EVE.key)])  # type: ignore[attr-defined]


def test_a_second_key_is_tried_when_the_first_fails() -> None:
    message = encrypt(ENTITY, [BOB.cert])
    result = decrypt(message, [(BOB.cert, EVE.key), (BOB.cert, BOB.key)])
    assert result.content == ENTITY


def _forge_key_block(info: cms.ContentInfo) -> None:
    ktri = info["content"]["recipient_infos"][0].chosen
    ktri["encrypted_key"] = os.urandom(len(ktri["encrypted_key"].native))


def _flip_ciphertext(info: cms.ContentInfo) -> None:
    encrypted = info["content"]["auth_encrypted_content_info"]
    data = bytearray(encrypted["encrypted_content"].native)
    data[0] ^= 1
    encrypted["encrypted_content"] = bytes(data)


def test_a_forged_pkcs1_key_block_fails_like_damaged_content() -> None:
    """RFC 3218: no padding oracle. A key block that does not decrypt is not reported as such;
    a random content key is used and the failure is the content's, word for word."""
    message = encrypt(ENTITY, [BOB.cert], cipher=ContentCipher.AES256_GCM)
    with pytest.raises(DecryptionFailed) as forged:
        decrypt(edited(message, _forge_key_block), [(BOB.cert, BOB.key)])
    with pytest.raises(DecryptionFailed) as damaged:
        decrypt(edited(message, _flip_ciphertext), [(BOB.cert, BOB.key)])
    assert forged.value.reason == damaged.value.reason


def test_a_forged_oaep_key_block_is_a_decryption_failure() -> None:
    message = encrypt(ENTITY, [BOB.cert], key_transport="oaep")
    with pytest.raises(DecryptionFailed, match="RSA-OAEP"):
        decrypt(edited(message, _forge_key_block), [(BOB.cert, BOB.key)])


def _flip_tag(info: cms.ContentInfo) -> None:
    mac = bytearray(info["content"]["mac"].native)
    mac[-1] ^= 0x80
    info["content"]["mac"] = bytes(mac)


def _short_tag(info: cms.ContentInfo) -> None:
    info["content"]["mac"] = info["content"]["mac"].native[:4]


@pytest.mark.parametrize("person", [BOB, CAROL], ids=["rsa", "ec"])
def test_tampered_gcm_tag_and_content_are_refused(person: object) -> None:
    message = encrypt(ENTITY, [person.cert], cipher=ContentCipher.AES256_GCM)  # type: ignore[attr-defined]
    keys = [(person.cert, person.key)]  # type: ignore[attr-defined]
    for change in (_flip_tag, _flip_ciphertext):
        with pytest.raises(DecryptionFailed, match="GCM tag"):
            decrypt(edited(message, change), keys)
    with pytest.raises(MalformedMessage, match="tag length"):
        decrypt(edited(message, _short_tag), keys)


def _algorithm(dotted: str) -> object:
    def change(info: cms.ContentInfo) -> None:
        algorithm = info["content"]["encrypted_content_info"]["content_encryption_algorithm"]
        algorithm["algorithm"] = dotted

    return change


@pytest.mark.parametrize(
    ("dotted", "error", "words"),
    [
        ("1.3.14.3.2.7", WeakAlgorithm, "single DES"),
        ("1.2.840.113549.3.2", WeakAlgorithm, "RC2"),
        ("1.2.840.113549.1.9.16.3.18", UnsupportedAlgorithm, "ChaCha20-Poly1305"),
        ("1.2.3.4.5", UnsupportedAlgorithm, "1.2.3.4.5"),
    ],
)
def test_content_algorithms_we_do_not_open(
    dotted: str, error: type[SmimeError], words: str
) -> None:
    message = edited(encrypt(ENTITY, [BOB.cert]), _algorithm(dotted))
    with pytest.raises(error, match=words):
        decrypt(message, [(BOB.cert, BOB.key)])


@pytest.mark.parametrize("cipher", ["aes128-cbc", "aes192-cbc", "3des", "des"])
def test_we_never_encrypt_with_legacy_ciphers(cipher: str) -> None:
    with pytest.raises(UnsupportedAlgorithm, match="not used for encryption"):
        encrypt(ENTITY, [BOB.cert], cipher=cipher)  # type: ignore[arg-type]


def test_we_never_encrypt_to_short_rsa_keys() -> None:
    weak = issue(CA, "weak@example.org", key_kind="rsa1024")
    with pytest.raises(WeakAlgorithm, match="1024 bits"):
        encrypt(ENTITY, [weak.cert])


def test_an_unknown_key_transport_is_refused() -> None:
    with pytest.raises(UnsupportedAlgorithm, match="key transport"):
        encrypt(ENTITY, [BOB.cert], key_transport="rsa-kem")  # type: ignore[arg-type]


def _with_auth_attrs(message: bytes, attrs: cms.CMSAttributes, aad: bytes) -> bytes:
    """Our GCM envelope, re-sealed with authenticated attributes (RFC 5083 authAttrs)."""
    info = cms.ContentInfo.load(der_of(message))
    data = info["content"]
    ktri = data["recipient_infos"][0].chosen
    cek = BOB.key.decrypt(ktri["encrypted_key"].native, PKCS1v15())  # type: ignore[union-attr,call-arg]
    encrypted = data["auth_encrypted_content_info"]
    nonce = encrypted["content_encryption_algorithm"]["parameters"].parsed[0].native
    sealed = AESGCM(cek).encrypt(nonce, ENTITY, aad)
    encrypted["encrypted_content"] = sealed[:-16]
    data["auth_attrs"] = attrs
    data["mac"] = sealed[-16:]
    return rewrap(info.dump(force=True), "authEnveloped-data")


def test_authenticated_attributes_are_checked_with_the_content() -> None:
    attrs = cms.CMSAttributes([{"type": "content_type", "values": ["data"]}])
    aad = attrs.dump()  # the SET OF, as RFC 5083 authenticates it
    assert aad[0] == 0x31
    message = encrypt(ENTITY, [BOB.cert], cipher=ContentCipher.AES256_GCM)
    sealed = _with_auth_attrs(message, attrs, aad)
    assert decrypt(sealed, [(BOB.cert, BOB.key)]).content == ENTITY
    other = cms.CMSAttributes([{"type": "content_type", "values": ["signed_data"]}])
    forged = _with_auth_attrs(message, other, aad)  # sealed over one set, carrying another
    with pytest.raises(DecryptionFailed, match="GCM tag"):
        decrypt(forged, [(BOB.cert, BOB.key)])


def test_oversized_input_is_refused_before_parsing() -> None:
    message = b"MIME-Version: 1.0\r\n" + encrypt(ENTITY, [BOB.cert])
    with pytest.raises(MessageTooLarge, match="the limit is 100 bytes"):
        decrypt(message, [(BOB.cert, BOB.key)], max_size=100)
    assert decrypt(message, [(BOB.cert, BOB.key)]).content == ENTITY
