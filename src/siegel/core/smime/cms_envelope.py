"""Siegel's own small CMS envelope code, for what cryptography's PKCS7 API lacks.

Builds and opens EnvelopedData (AES-CBC) and AuthEnvelopedData (AES-GCM, RFC
5083/5084) with RSA key transport, PKCS#1 v1.5 or RSA-OAEP (SHA-256), on
asn1crypto structures and cryptography primitives; opens legacy AES-192-CBC and
3DES-CBC from older clients (never used for encryption).

PKCS#1 v1.5 key transport is decrypted without an oracle (RFC 3218): when the
RSA step fails, a random content key is used instead, so a wrong key or a forged
key block surfaces as the same content-decryption failure as any other.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from asn1crypto import algos, cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import hashes, padding, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric import padding as asym_padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from siegel.core.smime import key_agreement
from siegel.core.smime.errors import (
    DecryptionFailed,
    MalformedMessage,
    NotForUs,
    SmimeError,
    UnsupportedAlgorithm,
)

CBC_KEY_SIZES = {"aes128_cbc": 16, "aes192_cbc": 24, "aes256_cbc": 32, "tripledes_3key": 24}
GCM_KEY_SIZES = {"aes128_gcm": 16, "aes192_gcm": 24, "aes256_gcm": 32}
HASHES: dict[str, hashes.HashAlgorithm] = {
    "sha1": hashes.SHA1(),  # noqa: S303 - the OAEP default (RFC 3560), only for reading
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}


@dataclass(frozen=True)
class Opened:
    content: bytes
    cipher: str
    recipient: x509.Certificate


def _oaep() -> asym_padding.OAEP:
    return asym_padding.OAEP(
        mgf=asym_padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None
    )


def _recipient_info(cert: x509.Certificate, cek: bytes, key_transport: str) -> cms.RecipientInfo:
    key = cert.public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        return key_agreement.recipient_info(cert, cek)
    if not isinstance(key, rsa.RSAPublicKey):
        raise UnsupportedAlgorithm(
            f"recipient key type {type(key).__name__} cannot be encrypted to"
        )
    asn1_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    rid = cms.RecipientIdentifier(
        {
            "issuer_and_serial_number": {
                "issuer": asn1_cert.issuer,
                "serial_number": asn1_cert.serial_number,
            }
        }
    )
    if key_transport == "oaep":
        algorithm = {
            "algorithm": "rsaes_oaep",
            "parameters": algos.RSAESOAEPParams(
                {
                    "hash_algorithm": {"algorithm": "sha256"},
                    "mask_gen_algorithm": {
                        "algorithm": "mgf1",
                        "parameters": {"algorithm": "sha256"},
                    },
                }
            ),
        }
        encrypted = key.encrypt(cek, _oaep())
    else:
        algorithm = {"algorithm": "rsaes_pkcs1v15"}
        encrypted = key.encrypt(cek, asym_padding.PKCS1v15())
    return cms.RecipientInfo(
        {
            "ktri": {
                "version": "v0",
                "rid": rid,
                "key_encryption_algorithm": algorithm,
                "encrypted_key": encrypted,
            }
        }
    )


def build(
    content: bytes, recipients: Sequence[x509.Certificate], *, cipher: str, key_transport: str
) -> bytes:
    """DER ContentInfo: EnvelopedData (aes128-cbc/aes256-cbc) or AuthEnvelopedData (aes256-gcm)."""
    if cipher == "aes256-gcm":
        cek, nonce = os.urandom(32), os.urandom(12)
        sealed = AESGCM(cek).encrypt(nonce, content, None)
        info = {
            "content_type": "data",
            "content_encryption_algorithm": {
                "algorithm": "aes256_gcm",
                "parameters": algos.CcmParams({"aes_nonce": nonce, "aes_icvlen": 16}),
            },
            "encrypted_content": sealed[:-16],
        }
        data = cms.AuthEnvelopedData(
            {
                "version": "v0",
                "recipient_infos": [_recipient_info(c, cek, key_transport) for c in recipients],
                "auth_encrypted_content_info": info,
                "mac": sealed[-16:],
            }
        )
        der: bytes = cms.ContentInfo(
            {"content_type": "authenticated_enveloped_data", "content": data}
        ).dump()
        return der
    name = {"aes256-cbc": "aes256_cbc", "aes128-cbc": "aes128_cbc"}.get(cipher)
    if name is None:
        raise UnsupportedAlgorithm(f"cipher {cipher!r} is not used for encryption")
    cek, iv = os.urandom(CBC_KEY_SIZES[name]), os.urandom(16)
    padder = padding.PKCS7(128).padder()
    encryptor = Cipher(algorithms.AES(cek), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(padder.update(content) + padder.finalize()) + encryptor.finalize()
    data = cms.EnvelopedData(
        {
            "version": "v0" if key_transport == "pkcs1v15" and not _has_ec(recipients) else "v2",
            "recipient_infos": [_recipient_info(c, cek, key_transport) for c in recipients],
            "encrypted_content_info": {
                "content_type": "data",
                "content_encryption_algorithm": {"algorithm": name, "parameters": iv},
                "encrypted_content": ciphertext,
            },
        }
    )
    enveloped: bytes = cms.ContentInfo({"content_type": "enveloped_data", "content": data}).dump()
    return enveloped


def _has_ec(recipients: Sequence[x509.Certificate]) -> bool:
    return any(isinstance(c.public_key(), ec.EllipticCurvePublicKey) for c in recipients)


def _matches(info: cms.RecipientInfo, cert: x509.Certificate) -> bool:
    if info.name != "ktri":
        return False
    rid = info.chosen["rid"]
    if rid.name == "issuer_and_serial_number":
        return bool(
            rid.chosen["serial_number"].native == cert.serial_number
            and rid.chosen["issuer"].dump() == cert.issuer.public_bytes()
        )
    try:
        ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        return False
    return bool(rid.chosen.native == ski)


def _content_key(info: cms.KeyTransRecipientInfo, key: rsa.RSAPrivateKey, size: int) -> bytes:
    algorithm = info["key_encryption_algorithm"]
    encrypted = info["encrypted_key"].native
    if algorithm["algorithm"].native == "rsaes_oaep":
        params = algorithm["parameters"]
        digest = HASHES[params["hash_algorithm"]["algorithm"].native]
        mgf = HASHES[params["mask_gen_algorithm"]["parameters"]["algorithm"].native]
        try:
            cek: bytes = key.decrypt(
                encrypted,
                asym_padding.OAEP(mgf=asym_padding.MGF1(mgf), algorithm=digest, label=None),
            )
            return cek
        except ValueError:
            raise DecryptionFailed(
                "the content key does not open with this private key (RSA-OAEP)"
            ) from None
    if algorithm["algorithm"].native != "rsaes_pkcs1v15":
        raise UnsupportedAlgorithm(f"key transport {algorithm['algorithm'].native}")
    fallback = os.urandom(size)
    try:
        plain: bytes = key.decrypt(encrypted, asym_padding.PKCS1v15())
    except ValueError:
        return fallback  # RFC 3218: no padding oracle; the content decryption fails instead
    return plain if len(plain) == size else fallback


def open_envelope(der: bytes, keys: Sequence[tuple[x509.Certificate, object]]) -> Opened:
    try:
        info = cms.ContentInfo.load(der)
        kind = info["content_type"].native
        if kind not in {"enveloped_data", "authenticated_enveloped_data"}:
            raise MalformedMessage(f"expected enveloped-data, found {kind}")
        data = info["content"]
        encrypted_info = data[
            "encrypted_content_info" if kind == "enveloped_data" else "auth_encrypted_content_info"
        ]
        cipher = encrypted_info["content_encryption_algorithm"]["algorithm"].native
        recipient_infos = list(data["recipient_infos"])
        ciphertext = encrypted_info["encrypted_content"].native or b""
        raw_params = encrypted_info["content_encryption_algorithm"]["parameters"]
        mac = data["mac"].native if kind == "authenticated_enveloped_data" else b""
    except (ValueError, TypeError, KeyError) as exc:
        raise MalformedMessage(f"the encrypted data cannot be parsed: {exc}") from None
    for cert, key in keys:
        try:
            unwrap = _key_for(recipient_infos, cert, key)
            if unwrap is not None:
                content = _decrypt_content(cipher, unwrap, raw_params, ciphertext, mac)
                return Opened(content, cipher, cert)
        except SmimeError:
            raise
        except Exception as exc:
            # asn1crypto parses lazily and cryptography refuses bad points: a broken
            # envelope surfaces here, and is reported as broken, not raised raw.
            raise MalformedMessage(f"the encrypted data is damaged: {exc}") from None
    kinds = sorted({r.name for r in recipient_infos})
    raise NotForUs(
        f"encrypted to {len(recipient_infos)} recipient(s) ({', '.join(kinds)}), none of them ours"
    )


def _key_for(
    recipient_infos: Sequence[cms.RecipientInfo], cert: x509.Certificate, key: object
) -> Callable[[int], bytes] | None:
    """How to get the content key of this size for ``cert``, or None when no recipient info is ours."""
    for info in recipient_infos:
        if info.name == "ktri" and _matches(info, cert) and isinstance(key, rsa.RSAPrivateKey):
            ktri = info.chosen
            return lambda size: _content_key(ktri, key, size)
        if info.name == "kari" and isinstance(key, ec.EllipticCurvePrivateKey):
            kari = info.chosen
            encrypted = key_agreement.matches(kari, cert)
            if encrypted is not None:
                return lambda size: key_agreement.content_key(kari, encrypted, key)
    return None


def _decrypt_content(
    cipher: str,
    unwrap: Callable[[int], bytes],
    raw_params: object,
    ciphertext: bytes,
    mac: bytes,
) -> bytes:
    if cipher in GCM_KEY_SIZES:
        params = algos.CcmParams.load(raw_params.dump())  # type: ignore[attr-defined]  # RFC 5084: same shape as CCM
        cek = unwrap(GCM_KEY_SIZES[cipher])
        try:
            opened: bytes = AESGCM(cek).decrypt(params["aes_nonce"].native, ciphertext + mac, None)
            return opened
        except (InvalidTag, ValueError):
            raise DecryptionFailed(
                "the content does not open: wrong key, or changed after encryption (GCM tag)"
            ) from None
    if cipher not in CBC_KEY_SIZES:
        raise UnsupportedAlgorithm(f"content encryption {cipher}")
    cek = unwrap(CBC_KEY_SIZES[cipher])
    iv = raw_params.native  # type: ignore[attr-defined]
    block = TripleDES(cek) if cipher == "tripledes_3key" else algorithms.AES(cek)
    try:
        decryptor = Cipher(block, modes.CBC(iv)).decryptor()
        padded = decryptor.update(ciphertext) + decryptor.finalize()
        unpadder = padding.PKCS7(block.block_size).unpadder()
        return unpadder.update(padded) + unpadder.finalize()
    except ValueError:
        raise DecryptionFailed("the content does not open with this key (padding)") from None
