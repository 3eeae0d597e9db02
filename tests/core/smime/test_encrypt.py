"""What encrypt() produces, checked field by field against RFC 5652, 5083/5084, 5753 and 8551."""

from __future__ import annotations

import base64

import pytest
from asn1crypto import cms
from cryptography.hazmat.primitives import hashes, keywrap
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.x963kdf import X963KDF

from siegel.core.mime import headers
from siegel.core.smime.decrypt import decrypt, decrypt_and_verify
from siegel.core.smime.encrypt import encrypt, sign_and_encrypt
from siegel.core.smime.envelope import ContentCipher, choose_cipher
from siegel.core.smime.sign import Signer
from siegel.core.smime.verify import VerifyStatus
from tests.support.pki import issue, make_ca

ENTITY = b"Content-Type: text/plain; charset=us-ascii\r\n\r\nVertrag 4711 anbei.\r\n"
CA = make_ca()
BOB = issue(CA, "bob@example.org")
CAROL = issue(CA, "carol@example.org", key_kind="p256")
DAVE = issue(CA, "dave@example.org", key_kind="p384")


def content_info(message: bytes) -> cms.ContentInfo:
    body = message.split(b"\r\n\r\n", 1)[1]
    return cms.ContentInfo.load(base64.b64decode(b"".join(body.split())))


@pytest.mark.parametrize(
    ("cipher", "smime_type", "kind", "algorithm"),
    [
        (None, "enveloped-data", "enveloped_data", "aes256_cbc"),
        (ContentCipher.AES256_CBC, "enveloped-data", "enveloped_data", "aes256_cbc"),
        (ContentCipher.AES256_GCM, "authEnveloped-data", "authenticated_enveloped_data", None),
    ],
)
def test_mime_framing_and_content_type(
    cipher: ContentCipher | None, smime_type: str, kind: str, algorithm: str | None
) -> None:
    message = encrypt(ENTITY, [BOB.cert], cipher=cipher)
    assert headers.get(message, "Content-Type") == (
        f'application/pkcs7-mime; smime-type={smime_type}; name="smime.p7m"'
    )
    assert headers.get(message, "Content-Transfer-Encoding") == "base64"
    body = message.split(b"\r\n\r\n", 1)[1]
    assert b"\n" not in body.replace(b"\r\n", b"")  # CRLF only
    assert all(len(line) <= 76 for line in body.split(b"\r\n"))
    info = content_info(message)
    assert info["content_type"].native == kind
    if algorithm:
        encrypted = info["content"]["encrypted_content_info"]
        assert encrypted["content_encryption_algorithm"]["algorithm"].native == algorithm


def test_gcm_parameters_follow_rfc_5084() -> None:
    data = content_info(encrypt(ENTITY, [BOB.cert], cipher=ContentCipher.AES256_GCM))["content"]
    algorithm = data["auth_encrypted_content_info"]["content_encryption_algorithm"]
    assert algorithm["algorithm"].dotted == "2.16.840.1.101.3.4.1.46"  # id-aes256-GCM
    params = algorithm["parameters"].parsed
    assert len(params[0].native) == 12 and params[1].native == 16
    assert data["version"].native == "v0" and len(data["mac"].native) == 16


@pytest.mark.parametrize(
    ("recipients", "identify_by", "version"),
    [
        ([BOB], "issuer_serial", "v0"),
        ([BOB], "ski", "v2"),
        ([BOB, CAROL], "issuer_serial", "v2"),
    ],
)
def test_enveloped_data_version_follows_rfc_5652(
    recipients: list[object], identify_by: str, version: str
) -> None:
    certs = [r.cert for r in recipients]  # type: ignore[attr-defined]
    info = content_info(encrypt(ENTITY, certs, identify_by=identify_by))  # type: ignore[arg-type]
    assert info["content"]["version"].native == version


@pytest.mark.parametrize(
    ("key_transport", "oid"),
    [("pkcs1v15", "1.2.840.113549.1.1.1"), ("oaep", "1.2.840.113549.1.1.7")],
)
def test_rsa_key_transport_algorithms(key_transport: str, oid: str) -> None:
    info = content_info(encrypt(ENTITY, [BOB.cert], key_transport=key_transport))  # type: ignore[arg-type]
    ktri = info["content"]["recipient_infos"][0].chosen
    algorithm = ktri["key_encryption_algorithm"]
    assert algorithm["algorithm"].dotted == oid
    if key_transport == "oaep":
        assert algorithm["parameters"]["hash_algorithm"]["algorithm"].native == "sha256"
        mgf = algorithm["parameters"]["mask_gen_algorithm"]
        assert (mgf["algorithm"].native, mgf["parameters"]["algorithm"].native) == (
            "mgf1",
            "sha256",
        )


# ECC-CMS-SharedInfo for id-aes256-wrap, written out by hand from RFC 5753 section 7.2:
# SEQUENCE { AlgorithmIdentifier { id-aes256-wrap } (parameters absent),
#            [2] EXPLICIT OCTET STRING 00000100 (256 bits) }
SHARED_INFO_AES256_WRAP = bytes.fromhex("3015300b060960864801650304012da206040400000100")


@pytest.mark.parametrize(
    ("person", "scheme", "digest"),
    [(CAROL, "1.3.132.1.11.1", hashes.SHA256()), (DAVE, "1.3.132.1.11.2", hashes.SHA384())],
    ids=["p256", "p384"],
)
def test_ecdh_follows_rfc_5753_exactly(
    person: object, scheme: str, digest: hashes.HashAlgorithm
) -> None:
    """Open our ECDH envelope by hand, from the RFC's definitions, without Siegel's code."""
    message = encrypt(ENTITY, [person.cert], cipher=ContentCipher.AES256_GCM)  # type: ignore[attr-defined]
    data = content_info(message)["content"]
    kari = data["recipient_infos"][0].chosen
    assert kari["version"].native == "v3"
    assert kari["key_encryption_algorithm"]["algorithm"].dotted == scheme
    assert kari["key_encryption_algorithm"]["parameters"].dump() == bytes.fromhex(
        "300b060960864801650304012d"  # id-aes256-wrap, parameters absent
    )
    originator = kari["originator"].chosen
    assert originator["algorithm"].dump() == bytes.fromhex("300906072a8648ce3d0201")
    key: ec.EllipticCurvePrivateKey = person.key  # type: ignore[attr-defined]
    ephemeral = ec.EllipticCurvePublicKey.from_encoded_point(
        key.curve, originator["public_key"].native
    )
    kek = X963KDF(digest, 32, SHARED_INFO_AES256_WRAP).derive(key.exchange(ec.ECDH(), ephemeral))
    wrapped = kari["recipient_encrypted_keys"][0]["encrypted_key"].native
    cek = keywrap.aes_key_unwrap(kek, wrapped)
    encrypted = data["auth_encrypted_content_info"]
    nonce = encrypted["content_encryption_algorithm"]["parameters"].parsed[0].native
    plain = AESGCM(cek).decrypt(
        nonce, encrypted["encrypted_content"].native + data["mac"].native, None
    )
    assert plain == ENTITY


def test_each_envelope_has_a_fresh_content_key_and_iv() -> None:
    first, second = (encrypt(ENTITY, [CAROL.cert]) for _ in range(2))
    assert first != second


def test_line_ends_are_made_canonical() -> None:
    bare = ENTITY.replace(b"\r\n", b"\n")
    assert decrypt(encrypt(bare, [BOB.cert]), [(BOB.cert, BOB.key)]).content == ENTITY


@pytest.mark.parametrize(
    ("capabilities", "expected"),
    [
        (None, ContentCipher.AES256_CBC),
        ([], ContentCipher.AES256_CBC),
        (["aes256_cbc", "aes128_cbc"], ContentCipher.AES256_CBC),
        (["aes256_gcm", "aes256_cbc"], ContentCipher.AES256_GCM),
        (["2.16.840.1.101.3.4.1.46"], ContentCipher.AES256_GCM),
        (["AES256-GCM"], ContentCipher.AES256_GCM),
        (["aes128_gcm"], ContentCipher.AES256_CBC),
    ],
)
def test_gcm_only_when_advertised(capabilities: list[str] | None, expected: ContentCipher) -> None:
    assert choose_cipher(capabilities) is expected


@pytest.mark.parametrize("cipher", list(ContentCipher))
def test_sign_and_encrypt_in_one_call(cipher: ContentCipher) -> None:
    alice = issue(CA, "alice@versicherer.example", key_kind="p256")
    message = b"From: alice@versicherer.example\r\nMIME-Version: 1.0\r\n" + sign_and_encrypt(
        ENTITY, Signer(alice.cert, alice.key), [BOB.cert, CAROL.cert], cipher=cipher
    )
    for person in (BOB, CAROL):
        result = decrypt_and_verify(message, [(person.cert, person.key)], trust_anchors=[CA.cert])
        assert result.verified.status is VerifyStatus.VALID, result.reason
        assert result.verified.signer_certificate == alice.cert
        assert result.decrypted.authenticated is (cipher is ContentCipher.AES256_GCM)
        assert "decrypted" in result.reason and "valid" in result.reason


def test_decrypt_and_verify_checks_the_sender() -> None:
    alice = issue(CA, "alice@versicherer.example")
    message = b"From: mallory@example.net\r\nMIME-Version: 1.0\r\n" + sign_and_encrypt(
        ENTITY, Signer(alice.cert, alice.key), [BOB.cert]
    )
    result = decrypt_and_verify(message, [(BOB.cert, BOB.key)], trust_anchors=[CA.cert])
    assert result.verified.status is not VerifyStatus.VALID
