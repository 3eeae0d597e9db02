"""CMS EnvelopedData (RFC 5652) and AuthEnvelopedData (RFC 5083/5084), built and opened.

cryptography offers no CMS API for AES-GCM, RSA-OAEP or ECDH recipients, so these
structures are assembled here on asn1crypto with cryptography's primitives, and
tested against ``openssl cms`` in both directions.

What goes out is deliberately narrow: AES-256-CBC or AES-256-GCM content, RSA
key transport (PKCS#1 v1.5 or OAEP with SHA-256) and ECDH key agreement (see
:mod:`.key_agreement`). What comes in is wider, because older clients still send
it: AES-128/192-CBC, 3DES-CBC and the other GCM key sizes are opened, never made.

Two decisions carry the security weight when opening:

* **No RSA padding oracle (RFC 3218).** A PKCS#1 v1.5 key block that does not
  decrypt, or decrypts to a key of the wrong length, is replaced by a random
  content key drawn beforehand. The failure then surfaces exactly like any other
  content decryption failure, so an attacker probing with forged key blocks
  learns nothing about the padding.
* **GCM is all or nothing.** AuthEnvelopedData content is released only after the
  tag checks; a changed byte anywhere gives :class:`DecryptionFailed`, never
  partial or altered content. CBC has no integrity: prefer GCM where the
  recipient supports it (see :func:`choose_cipher`).
"""

from __future__ import annotations

import binascii
import enum
import functools
import hmac
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, TypeVar

from asn1crypto import algos, cms, core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric import padding as asym_padding
from cryptography.hazmat.primitives.ciphers import (
    BlockCipherAlgorithm,
    Cipher,
    CipherContext,
    algorithms,
    modes,
)

from siegel.core.mime.entity import content_type, transfer_encoding
from siegel.core.mime.line_ends import crlf
from siegel.core.smime import key_agreement
from siegel.core.smime.der import OCTET_STRING, header, sequence, set_of, tlv
from siegel.core.smime.errors import (
    DecryptionFailed,
    MalformedMessage,
    NotForUs,
    SmimeError,
    UnsupportedAlgorithm,
    UnsupportedRecipient,
    WeakAlgorithm,
)

KeyTransport = Literal["pkcs1v15", "oaep"]
RecipientIdentification = Literal["issuer_serial", "ski"]
ENCRYPTED_TYPES = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})
GCM_TAG_SIZES = range(12, 17)  # RFC 5084: 12 to 16 octets
CHUNK = 1 << 20  # bytes encrypted at a time
_BASE64_TEXT = re.compile(rb"[A-Za-z0-9+/=\s]*")
_T = TypeVar("_T")


class ContentCipher(enum.StrEnum):
    """The content encryptions Siegel produces; everything else is only ever opened."""

    AES256_CBC = "aes256-cbc"
    AES256_GCM = "aes256-gcm"


def choose_cipher(capabilities: Sequence[str] | None) -> ContentCipher:
    """AES-256-GCM only when the recipients advertised it; AES-256-CBC otherwise.

    ``capabilities`` is what every recipient of the envelope has in common (from
    their SMIMECapabilities), as asn1crypto names (``aes256_gcm``), OIDs or our own
    spelling. Unknown capabilities mean CBC: every S/MIME client reads it (RFC
    8551 makes it mandatory), while a client without GCM could not open the mail.
    """
    names = {c.strip().lower().replace("-", "_") for c in capabilities or ()}
    if names & {"aes256_gcm", "2.16.840.1.101.3.4.1.46"}:
        return ContentCipher.AES256_GCM
    return ContentCipher.AES256_CBC


class GcmParameters(core.Sequence):  # type: ignore[misc]  # asn1crypto is untyped
    """RFC 5084 GCMParameters (asn1crypto's CcmParams lacks the ICV length default)."""

    _fields = [
        ("aes_nonce", core.OctetString),
        ("aes_icvlen", core.Integer, {"default": 12}),
    ]


@dataclass(frozen=True)
class ContentAlgorithm:
    """A content encryption we can open: its display name, key size and mode."""

    name: str
    key_size: int
    authenticated: bool

    def block(self, key: bytes) -> BlockCipherAlgorithm:
        return TripleDES(key) if self.name == "3DES-CBC" else algorithms.AES(key)


OPENED_CIPHERS = {
    "aes128_cbc": ContentAlgorithm("AES-128-CBC", 16, False),
    "aes192_cbc": ContentAlgorithm("AES-192-CBC", 24, False),
    "aes256_cbc": ContentAlgorithm("AES-256-CBC", 32, False),
    "tripledes_3key": ContentAlgorithm("3DES-CBC", 24, False),
    "aes128_gcm": ContentAlgorithm("AES-128-GCM", 16, True),
    "aes192_gcm": ContentAlgorithm("AES-192-GCM", 24, True),
    "aes256_gcm": ContentAlgorithm("AES-256-GCM", 32, True),
}
BROKEN_CIPHERS = {"des": "single DES", "rc2": "RC2", "rc5": "RC5"}
UNSUPPORTED_CIPHERS = {"1.2.840.113549.1.9.16.3.18": "ChaCha20-Poly1305 (RFC 8103)"}
OAEP_HASHES: dict[str, hashes.HashAlgorithm] = {
    "sha1": hashes.SHA1(),  # noqa: S303 - the RFC 3560 default some clients send; only read
    "sha224": hashes.SHA224(),
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}


@dataclass(frozen=True)
class RecipientId:
    """Whom one recipient entry of an envelope is for, as far as the envelope says."""

    kind: str  # ktri, kari, kekri, pwri, ori
    issuer: bytes | None = None  # DER of the issuer Name
    serial: int | None = None
    subject_key_identifier: bytes | None = None

    @classmethod
    def of(cls, kind: str, rid: core.Choice) -> RecipientId:
        if rid.name == "issuer_and_serial_number":
            return cls(kind, rid.chosen["issuer"].dump(), rid.chosen["serial_number"].native)
        chosen = rid.chosen
        ski = chosen["subject_key_identifier"] if rid.name == "r_key_id" else chosen
        return cls(kind, subject_key_identifier=ski.native)

    def matches(self, cert: x509.Certificate) -> bool:
        if self.serial is not None and self.issuer is not None:
            if self.serial != cert.serial_number:
                return False
            issuer = cert.issuer.public_bytes()
            # The same name may be encoded differently (string types); compare it as asn1crypto does.
            return self.issuer == issuer or asn1_x509.Name.load(self.issuer) == asn1_x509.Name.load(
                issuer
            )
        if self.subject_key_identifier is None:
            return False
        try:
            extension = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
        except x509.ExtensionNotFound:
            return False
        return hmac.compare_digest(extension.value.digest, self.subject_key_identifier)

    def __str__(self) -> str:
        if self.serial is not None and self.issuer is not None:
            issuer = asn1_x509.Name.load(self.issuer).human_friendly
            return f"{self.kind}: issuer {issuer}, serial {self.serial:#x}"
        if self.subject_key_identifier is not None:
            return f"{self.kind}: subject key identifier {self.subject_key_identifier.hex(':')}"
        return f"{self.kind}: not identified by a certificate"


@dataclass(frozen=True)
class Opened:
    content: bytes
    cipher: str  # asn1crypto's name, e.g. "aes256_gcm"; OPENED_CIPHERS has the display name
    key_management: str  # e.g. "RSA PKCS#1 v1.5", "ECDH P-256 (SHA-256 KDF, AES-256 wrap)"
    recipient: x509.Certificate
    recipient_id: RecipientId


# The smime-type of an envelope (RFC 8551 3.2.2; AuthEnvelopedData per RFC 5083),
# lower case: senders write "authEnveloped-data".
ENVELOPE_SMIME_TYPES = frozenset({"enveloped-data", "authenveloped-data"})


def envelope_of(message: bytes) -> bytes:
    """The DER envelope inside an ``application/pkcs7-mime`` message or entity.

    Works on views of ``message`` instead of slices: a 25 MB mail is ~34 MB of
    base64, and every slice of it would be another copy.
    """
    message = crlf(message)
    end = message.find(b"\r\n\r\n")
    head = message[: end + 2] if end >= 0 else message
    media, params = content_type(head)
    smime_type = params.get("smime-type", "enveloped-data").lower()
    if media not in ENCRYPTED_TYPES or smime_type not in ENVELOPE_SMIME_TYPES:
        raise MalformedMessage(f"not an encrypted S/MIME message ({media})")
    body = memoryview(message)[end + 4 :] if end >= 0 else memoryview(b"")
    encoding = transfer_encoding(head)
    if encoding != "base64":
        return bytes(body)
    if not _BASE64_TEXT.fullmatch(body):
        raise MalformedMessage("the S/MIME part is not valid base64")
    try:
        return binascii.a2b_base64(body)  # skips the line breaks, checked above to be all
    except binascii.Error:
        raise MalformedMessage("the S/MIME part is not valid base64 (truncated)") from None


# ---- building -----------------------------------------------------------------------------


def _issuer_and_serial(cert: x509.Certificate) -> dict[str, object]:
    asn1_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    return {"issuer": asn1_cert.issuer, "serial_number": asn1_cert.serial_number}


@functools.lru_cache(maxsize=256)
def _ktri_head(cert_der: bytes, identify_by: RecipientIdentification) -> bytes:
    """Version and recipient identifier of a KeyTransRecipientInfo, encoded once per certificate."""
    cert = x509.load_der_x509_certificate(cert_der)
    if identify_by == "ski":
        rid = cms.RecipientIdentifier({"subject_key_identifier": _subject_key_identifier(cert)})
        return bytes(cms.CMSVersion("v2").dump() + rid.dump())
    rid = cms.RecipientIdentifier({"issuer_and_serial_number": _issuer_and_serial(cert)})
    return bytes(cms.CMSVersion("v0").dump() + rid.dump())


@functools.cache
def _key_transport_algorithm(key_transport: KeyTransport) -> bytes:
    if key_transport == "oaep":
        parameters = {
            "hash_algorithm": {"algorithm": "sha256"},
            "mask_gen_algorithm": {"algorithm": "mgf1", "parameters": {"algorithm": "sha256"}},
        }
        algorithm = {"algorithm": "rsaes_oaep", "parameters": parameters}
        return bytes(cms.KeyEncryptionAlgorithm(algorithm).dump())
    return bytes(cms.KeyEncryptionAlgorithm({"algorithm": "rsaes_pkcs1v15"}).dump())


def _subject_key_identifier(cert: x509.Certificate) -> bytes:
    try:
        return cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except x509.ExtensionNotFound:
        raise UnsupportedAlgorithm(
            f"{cert.subject.rfc4514_string()} has no subject key identifier to address it by"
        ) from None


def _oaep_sha256() -> asym_padding.OAEP:
    return asym_padding.OAEP(
        mgf=asym_padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None
    )


def _key_transport(
    cert: x509.Certificate,
    key: rsa.RSAPublicKey,
    cek: bytes,
    key_transport: KeyTransport,
    identify_by: RecipientIdentification,
) -> bytes:
    """The DER KeyTransRecipientInfo (the ktri choice of RecipientInfo is untagged)."""
    padding = _oaep_sha256() if key_transport == "oaep" else asym_padding.PKCS1v15()
    return sequence(
        _ktri_head(cert.public_bytes(serialization.Encoding.DER), identify_by),
        _key_transport_algorithm(key_transport),
        tlv(OCTET_STRING, key.encrypt(cek, padding)),
    )


def _recipient_info(
    cert: x509.Certificate,
    cek: bytes,
    key_transport: KeyTransport,
    identify_by: RecipientIdentification,
) -> tuple[bytes, str]:
    """The DER RecipientInfo for one certificate, and its version."""
    public = cert.public_key()
    if isinstance(public, rsa.RSAPublicKey):
        if public.key_size < 2048:
            raise WeakAlgorithm(
                f"{cert.subject.rfc4514_string()} has an RSA key of {public.key_size} bits; "
                "Siegel encrypts only to 2048 bits and more"
            )
        version = "v2" if identify_by == "ski" else "v0"
        return _key_transport(cert, public, cek, key_transport, identify_by), version
    if isinstance(public, ec.EllipticCurvePublicKey):
        return bytes(key_agreement.recipient_info(cert, cek, identify_by=identify_by).dump()), "v3"
    raise UnsupportedAlgorithm(
        f"{cert.subject.rfc4514_string()} has a {type(public).__name__.removeprefix('_')} key; "
        "Siegel encrypts to RSA and to EC (P-256, P-384) certificates"
    )


def build_parts(
    content: bytes,
    recipients: Sequence[x509.Certificate],
    *,
    cipher: ContentCipher,
    key_transport: KeyTransport = "pkcs1v15",
    identify_by: RecipientIdentification = "issuer_serial",
) -> Iterator[bytes]:
    """The DER ContentInfo, in pieces: EnvelopedData (CBC) or AuthEnvelopedData (GCM).

    The small fields are encoded by asn1crypto; only the enclosing lengths are
    written here, because the ciphertext is known in size before it exists. So a
    25 MB message is encrypted and handed on chunk by chunk, and neither the
    whole ciphertext nor a DER copy of it is ever held (asn1crypto would copy it
    once per nesting level).
    """
    if not recipients:
        raise ValueError("an envelope needs at least one recipient")
    cek = os.urandom(32)
    infos = [_recipient_info(c, cek, key_transport, identify_by) for c in recipients]
    gcm = cipher is ContentCipher.AES256_GCM
    encryptor: CipherContext
    if gcm:
        nonce = os.urandom(12)
        sealer = Cipher(algorithms.AES(cek), modes.GCM(nonce)).encryptor()
        encryptor = sealer
        algorithm = algos.EncryptionAlgorithm(
            {
                "algorithm": "aes256_gcm",
                "parameters": GcmParameters({"aes_nonce": nonce, "aes_icvlen": 16}),
            }
        )
        padding = b""
        version = "v0"  # RFC 5083: always 0
    else:
        iv = os.urandom(16)
        encryptor = Cipher(algorithms.AES(cek), modes.CBC(iv)).encryptor()
        algorithm = algos.EncryptionAlgorithm({"algorithm": "aes256_cbc", "parameters": iv})
        padding = bytes([16 - len(content) % 16]) * (16 - len(content) % 16)
        # RFC 5652 6.1: version 0 only when every recipient entry is version 0.
        version = "v0" if all(v == "v0" for _, v in infos) else "v2"
    ciphertext_size = len(content) + len(padding)
    encrypted_head = (
        cms.ContentType("data").dump()
        + algorithm.dump()
        + header(0x80, ciphertext_size)  # [0] IMPLICIT OCTET STRING, primitive
    )
    encrypted_info = header(0x30, len(encrypted_head) + ciphertext_size) + encrypted_head
    data_head = cms.CMSVersion(version).dump() + set_of(*(i for i, _ in infos)) + encrypted_info
    mac_size = len(header(0x04, 16)) + 16 if gcm else 0
    data_size = len(data_head) + ciphertext_size + mac_size
    data_header = header(0x30, data_size)
    kind = cms.ContentType("authenticated_enveloped_data" if gcm else "enveloped_data").dump()
    explicit = header(0xA0, len(data_header) + data_size)
    outer = header(0x30, len(kind) + len(explicit) + len(data_header) + data_size)
    yield outer + kind + explicit + data_header + data_head
    view = memoryview(content)
    for start in range(0, len(content), CHUNK):
        yield encryptor.update(view[start : start + CHUNK])
    yield encryptor.update(padding) + encryptor.finalize()
    if gcm:
        yield header(0x04, 16) + sealer.tag


# ---- opening ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Parsed:
    cipher_name: str
    algorithm: ContentAlgorithm
    parameters: core.Asn1Value
    ciphertext: bytes | memoryview
    mac: bytes
    aad: bytes
    entries: tuple[tuple[RecipientId, cms.RecipientInfo, core.Asn1Value | None], ...]


def _content_algorithm(name: str, dotted: str) -> ContentAlgorithm:
    if name in OPENED_CIPHERS:
        return OPENED_CIPHERS[name]
    if name in BROKEN_CIPHERS:
        raise WeakAlgorithm(f"content encrypted with {BROKEN_CIPHERS[name]}, which is broken")
    readable = UNSUPPORTED_CIPHERS.get(dotted, f"{name} ({dotted})" if name != dotted else dotted)
    raise UnsupportedAlgorithm(f"content encryption {readable} is not supported")


def _entries(
    infos: cms.RecipientInfos,
) -> tuple[tuple[RecipientId, cms.RecipientInfo, core.Asn1Value | None], ...]:
    """One entry per addressee: a kari carries several encrypted keys, one per recipient."""
    entries: list[tuple[RecipientId, cms.RecipientInfo, core.Asn1Value | None]] = []
    for info in infos:
        if info.name == "ktri":
            entries.append((RecipientId.of("ktri", info.chosen["rid"]), info, None))
        elif info.name == "kari":
            for encrypted in info.chosen["recipient_encrypted_keys"]:
                entries.append((RecipientId.of("kari", encrypted["rid"]), info, encrypted))
        else:
            entries.append((RecipientId(info.name), info, None))
    return tuple(entries)


Span = tuple[int, int, int, int]  # tag, start of the header, start and end of the contents


def _definite_tlvs(der: bytes, start: int, end: int) -> list[Span] | None:
    """The DER elements that exactly fill ``der[start:end]``, or None if they do not.

    Definite lengths only, single-octet tags only: anything else (BER streaming,
    garbage) is left to asn1crypto, which reads all of BER and reports damage.
    """
    spans: list[Span] = []
    at = start
    while at < end:
        if at + 2 > end or der[at] & 0x1F == 0x1F:
            return None
        first, contents = der[at + 1], at + 2
        if first < 0x80:
            length = first
        else:
            size = first & 0x7F
            if not 1 <= size <= 4 or contents + size > end:
                return None
            length = int.from_bytes(der[contents : contents + size], "big")
            contents += size
        if contents + length > end:
            return None
        spans.append((der[at], at, contents, contents + length))
        at = contents + length
    return spans


def _without_ciphertext(der: bytes) -> tuple[bytes, memoryview] | None:
    """(the envelope with an empty ciphertext, a view of the ciphertext), for plain DER.

    asn1crypto copies an element's contents at every nesting level it parses, five
    copies of the ciphertext on the way down. So for definite-length DER (what
    Siegel, and OpenSSL without -stream, write) the ciphertext is cut out here
    and only the small rest is parsed; the lengths around it are re-encoded.
    """
    top = _definite_tlvs(der, 0, len(der))
    if not top or top[0][0] != 0x30:
        return None
    info = _definite_tlvs(der, top[0][2], top[0][3])
    if not info or len(info) != 2 or info[1][0] != 0xA0:
        return None
    wrapped = _definite_tlvs(der, info[1][2], info[1][3])
    if not wrapped or len(wrapped) != 1 or wrapped[0][0] != 0x30:
        return None
    fields = _definite_tlvs(der, wrapped[0][2], wrapped[0][3])
    content_info = next((f for f in fields or () if f[0] == 0x30), None)
    if content_info is None:
        return None
    parts = _definite_tlvs(der, content_info[2], content_info[3])
    if not parts or len(parts) != 3 or parts[2][0] != 0x80:
        return None
    ciphertext = parts[2]
    encrypted = der[content_info[2] : ciphertext[1]] + b"\x80\x00"
    data = (
        der[wrapped[0][2] : content_info[1]]
        + header(0x30, len(encrypted))
        + encrypted
        + der[content_info[3] : wrapped[0][3]]
    )
    sequence = header(0x30, len(data)) + data
    body = der[info[0][1] : info[0][3]] + header(0xA0, len(sequence)) + sequence
    small = header(0x30, len(body)) + body
    return small, memoryview(der)[ciphertext[2] : ciphertext[3]]


def _parse(der: bytes) -> _Parsed:
    split = _without_ciphertext(der)
    info = cms.ContentInfo.load(split[0] if split else der)
    kind = info["content_type"].native
    if kind not in {"enveloped_data", "authenticated_enveloped_data"}:
        raise MalformedMessage(f"expected enveloped or auth-enveloped data, found {kind}")
    data = info["content"]
    authenticated = kind == "authenticated_enveloped_data"
    encrypted = data["auth_encrypted_content_info" if authenticated else "encrypted_content_info"]
    algorithm_id = encrypted["content_encryption_algorithm"]["algorithm"]
    algorithm = _content_algorithm(algorithm_id.native, algorithm_id.dotted)
    if algorithm.authenticated != authenticated:
        raise MalformedMessage(
            f"{algorithm.name} inside {'auth-' if authenticated else ''}enveloped data"
        )
    aad = b""
    if authenticated and data["auth_attrs"].native is not None:
        # RFC 5083 2.1: the attributes are authenticated in their DER encoding with
        # the SET OF tag in place of [1] IMPLICIT; only the one tag octet differs.
        aad = b"\x31" + data["auth_attrs"].dump()[1:]
    return _Parsed(
        cipher_name=algorithm_id.native,
        algorithm=algorithm,
        parameters=encrypted["content_encryption_algorithm"]["parameters"],
        ciphertext=split[1] if split else encrypted["encrypted_content"].native or b"",
        mac=data["mac"].native if authenticated else b"",
        aad=aad,
        entries=_entries(data["recipient_infos"]),
    )


def _same_key(cert: x509.Certificate, key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> bool:
    public = cert.public_key()
    if isinstance(public, rsa.RSAPublicKey) and isinstance(key, rsa.RSAPrivateKey):
        return public.public_numbers() == key.public_key().public_numbers()
    if isinstance(public, ec.EllipticCurvePublicKey) and isinstance(
        key, ec.EllipticCurvePrivateKey
    ):
        return public.public_numbers() == key.public_key().public_numbers()
    return False


def _rsa_content_key(info: cms.KeyTransRecipientInfo, key: rsa.RSAPrivateKey, size: int) -> bytes:
    algorithm = info["key_encryption_algorithm"]
    encrypted = info["encrypted_key"].native
    name = algorithm["algorithm"].native
    if name == "rsaes_oaep":
        params = algorithm["parameters"]
        digest = params["hash_algorithm"]["algorithm"].native
        mgf_digest = params["mask_gen_algorithm"]["parameters"]["algorithm"].native
        if digest not in OAEP_HASHES or mgf_digest not in OAEP_HASHES:
            raise UnsupportedAlgorithm(f"RSA-OAEP with {digest}/{mgf_digest}")
        label = params["p_source_algorithm"]["parameters"].native or None
        padding = asym_padding.OAEP(
            mgf=asym_padding.MGF1(OAEP_HASHES[mgf_digest]),
            algorithm=OAEP_HASHES[digest],
            label=label,
        )
        try:
            cek: bytes = key.decrypt(encrypted, padding)
        except ValueError:
            # OpenSSL decodes OAEP in constant time with a single error (no Manger
            # oracle), so saying that the key block failed reveals nothing more.
            raise DecryptionFailed(
                "the content key does not open with this key (RSA-OAEP)"
            ) from None
        if len(cek) != size:
            raise DecryptionFailed("the content key has the wrong length for the cipher")
        return cek
    if name != "rsaes_pkcs1v15":
        raise UnsupportedAlgorithm(f"key transport {name} is not supported")
    fallback = os.urandom(size)  # drawn before the attempt: RFC 3218 section 2.3.2
    try:
        plain: bytes = key.decrypt(encrypted, asym_padding.PKCS1v15())
    except ValueError:
        return fallback
    return plain if len(plain) == size else fallback


def _key_management(info: cms.RecipientInfo, key: object) -> str:
    if info.name == "kari" and isinstance(key, ec.EllipticCurvePrivateKey):
        return key_agreement.describe(info.chosen, key.curve)
    if info.chosen["key_encryption_algorithm"]["algorithm"].native == "rsaes_oaep":
        params = info.chosen["key_encryption_algorithm"]["parameters"]
        return f"RSA-OAEP ({params['hash_algorithm']['algorithm'].native.upper()})"
    return "RSA PKCS#1 v1.5"


def _content_key_source(
    info: cms.RecipientInfo, encrypted: core.Asn1Value | None, key: object
) -> Callable[[int], bytes]:
    if info.name == "ktri":
        if not isinstance(key, rsa.RSAPrivateKey):
            raise DecryptionFailed("the entry for this certificate needs an RSA key")
        ktri = info.chosen
        return lambda size: _rsa_content_key(ktri, key, size)
    key_agreement.algorithms_of(info.chosen)  # the scheme's refusal is the clearer reason
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise UnsupportedAlgorithm(
            f"key agreement with a {type(key).__name__.removeprefix('_')} key "
            "(only ECDH on P-256/P-384/P-521 is supported; X25519/X448 with HKDF, RFC 8418, is not)"
        )
    kari = info.chosen
    return lambda size: key_agreement.content_key(kari, encrypted, key)


def _decrypt_content(parsed: _Parsed, cek: bytes) -> bytes:
    algorithm = parsed.algorithm
    if len(cek) != algorithm.key_size:
        raise DecryptionFailed("the content key has the wrong length for the cipher")
    if algorithm.authenticated:
        params = GcmParameters.load(parsed.parameters.dump())
        nonce, tag_size = params["aes_nonce"].native, params["aes_icvlen"].native
        if tag_size not in GCM_TAG_SIZES or len(parsed.mac) != tag_size or not nonce:
            raise MalformedMessage("the GCM parameters or the tag length are out of range")
        opener = Cipher(
            algorithm.block(cek), modes.GCM(nonce, parsed.mac, min_tag_length=tag_size)
        ).decryptor()
        if parsed.aad:
            opener.authenticate_additional_data(parsed.aad)
        try:
            return opener.update(parsed.ciphertext) + opener.finalize()
        except InvalidTag:
            raise DecryptionFailed(
                "the content does not open: wrong key, or changed after encryption (GCM tag)"
            ) from None
    iv = parsed.parameters.native
    block = algorithm.block(cek)
    size = block.block_size // 8
    if not isinstance(iv, bytes) or len(iv) != size or len(parsed.ciphertext) % size:
        raise MalformedMessage("the CBC parameters or the ciphertext length are wrong")
    decryptor = Cipher(block, modes.CBC(iv)).decryptor()
    plain = bytearray(decryptor.update(parsed.ciphertext))
    plain += decryptor.finalize()
    pad = plain[-1] if plain else 0
    if not 1 <= pad <= size or not hmac.compare_digest(plain[-pad:], bytes([pad]) * pad):
        raise DecryptionFailed("the content does not open with this key (padding)")
    del plain[-pad:]
    return bytes(plain)


UNSUPPORTED_KINDS = {
    "kekri": "a pre-shared key-encryption key",
    "pwri": "a password",
    "ori": "another recipient type, e.g. KEM",
}


def recipient_ids(der: bytes) -> tuple[RecipientId, ...]:
    """Whom an envelope is addressed to, without opening it."""
    return tuple(rid for rid, _, _ in _guarded(_parse, der).entries)


def _guarded(step: Callable[[bytes], _T], der: bytes) -> _T:
    """Run a parsing step; hostile input must end as a typed error, never a raw one.

    asn1crypto parses lazily, so a garbled envelope can fail deep inside any field
    access (ValueError, TypeError, KeyError, IndexError, ...). Those are reported as a
    damaged message; our own typed errors pass through unchanged.
    """
    try:
        return step(der)
    except SmimeError:
        raise
    except Exception as exc:
        raise MalformedMessage(f"the encrypted data cannot be parsed: {exc}") from None


def open_envelope(der: bytes, keys: Sequence[tuple[x509.Certificate, object]]) -> Opened:
    """Decrypt an envelope with the first of ``keys`` it is addressed to.

    Raises :class:`NotForUs` (listing the addressees) when none of the certificates
    is addressed, :class:`DecryptionFailed` when an addressed key does not open it,
    :class:`UnsupportedAlgorithm`/:class:`WeakAlgorithm` for algorithms we do not
    open, and :class:`MalformedMessage` for damaged data.
    """
    return _guarded(lambda data: _open(_parse(data), keys), der)


def _open(parsed: _Parsed, keys: Sequence[tuple[x509.Certificate, object]]) -> Opened:
    failures: list[SmimeError] = []
    for cert, key in keys:
        for rid, info, encrypted in parsed.entries:
            if info.name not in {"ktri", "kari"} or not rid.matches(cert):
                continue
            # A mismatched pair is told apart before any decryption, from public data
            # only, so it reveals nothing about the envelope (no oracle).
            if isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) and not _same_key(
                cert, key
            ):
                failures.append(
                    DecryptionFailed(
                        f"the private key given for {cert.subject.rfc4514_string()} "
                        "does not belong to that certificate"
                    )
                )
                continue
            try:
                cek = _content_key_source(info, encrypted, key)(parsed.algorithm.key_size)
                content = _decrypt_content(parsed, cek)
            except (DecryptionFailed, UnsupportedAlgorithm) as exc:
                failures.append(exc)
                continue
            return Opened(content, parsed.cipher_name, _key_management(info, key), cert, rid)
    if failures:
        raise failures[0]
    ids = [rid for rid, _, _ in parsed.entries]
    if ids and all(rid.kind in UNSUPPORTED_KINDS for rid in ids):
        kinds = sorted({f"{rid.kind} ({UNSUPPORTED_KINDS[rid.kind]})" for rid in ids})
        raise UnsupportedRecipient(
            f"encrypted only for {', '.join(kinds)}; Siegel opens envelopes "
            "for certificates (kari, ktri) only"
        )
    raise NotForUs(
        f"encrypted to {len(ids)} recipient(s), none of them ours: "
        + "; ".join(str(rid) for rid in ids)
    )
