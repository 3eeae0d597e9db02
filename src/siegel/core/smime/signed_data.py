"""Building CMS SignedData for S/MIME with exactly the signed attributes Siegel wants.

cryptography's builder neither adds the signing certificate (ESS
signingCertificateV2, RFC 5035) nor lets the SMIMECapabilities advertise
AES-256-GCM, so the structure is built here from pieces asn1crypto encoded (see :mod:`.der`)
and signed with cryptography's primitives: content type, signing time, message digest,
SMIMECapabilities (AES-256-GCM, AES-256-CBC, AES-128-CBC) and the hash of the
signing certificate, which binds the signature to that exact certificate.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Sequence

from asn1crypto import cms
from asn1crypto import core as asn1_core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from siegel.core.smime import capabilities, der, ess

HASHES: dict[str, hashes.HashAlgorithm] = {
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}


@functools.lru_cache(maxsize=64)
def _certificate_parts(certificate: bytes, chain: tuple[bytes, ...]) -> tuple[bytes, bytes, bytes]:
    """What depends only on the signer's certificate, encoded once per process.

    The signer identifier, the content of the certificate set and the
    signingCertificateV2 attribute, each as DER (see :mod:`.der` for why).
    """
    signer = asn1_x509.Certificate.load(certificate)
    sid = cms.SignerIdentifier(
        {
            "issuer_and_serial_number": {
                "issuer": signer.issuer,
                "serial_number": signer.serial_number,
            }
        }
    )
    certificates = cms.CertificateSet([signer, *(asn1_x509.Certificate.load(c) for c in chain)])
    binding = cms.CMSAttribute({"type": ess.OID, "values": [ess.signing_certificate(certificate)]})
    return sid.dump(), der.content_of(certificates.dump()), binding.dump()


@functools.cache
def _constant(name: str) -> bytes:
    """DER that is the same in every signature: fixed attributes and attribute types."""
    if name == "content_type":
        return bytes(cms.CMSAttribute({"type": "content_type", "values": ["data"]}).dump())
    if name == "smime_capabilities":
        attribute = {"type": "smime_capabilities", "values": [capabilities.encode()]}
        return bytes(cms.CMSAttribute(attribute).dump())
    return bytes(cms.CMSAttributeType(name).dump())  # "signing_time", "message_digest"


@functools.cache
def _algorithm(kind: str, digest: str) -> bytes:
    """The DER of a digest (``kind`` "digest") or signature algorithm identifier."""
    if kind == "digest":
        return bytes(cms.DigestAlgorithm({"algorithm": digest}).dump())
    if kind == "ecdsa":
        return bytes(cms.SignedDigestAlgorithm({"algorithm": f"{digest}_ecdsa"}).dump())
    if kind == "pss":
        parameters = {
            "hash_algorithm": {"algorithm": digest},
            "mask_gen_algorithm": {"algorithm": "mgf1", "parameters": {"algorithm": digest}},
            "salt_length": HASHES[digest].digest_size,
        }
        return bytes(
            cms.SignedDigestAlgorithm({"algorithm": "rsassa_pss", "parameters": parameters}).dump()
        )
    return bytes(cms.SignedDigestAlgorithm({"algorithm": "rsassa_pkcs1v15"}).dump())


_VERSION_1 = b"\x02\x01\x01"  # INTEGER 1 (CMSVersion v1)
_OID_DATA = cms.ContentType("data").dump()
_OID_SIGNED_DATA = cms.ContentType("signed_data").dump()


def signed_attributes(content: bytes, digest: str, binding: bytes, at: dt.datetime) -> bytes:
    """The signed attributes as the SET OF the signature covers (RFC 5652 5.4)."""
    signing_time = asn1_core.UTCTime(at.replace(microsecond=0)).dump()
    message_digest = der.tlv(der.OCTET_STRING, hashlib.new(digest, content).digest())
    return der.set_of(
        _constant("content_type"),
        der.sequence(_constant("signing_time"), der.set_of(signing_time)),
        der.sequence(_constant("message_digest"), der.set_of(message_digest)),
        _constant("smime_capabilities"),
        binding,
    )


def build(
    content: bytes,
    certificate: x509.Certificate,
    private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    chain: Sequence[x509.Certificate],
    *,
    digest: str,
    pss: bool,
    detached: bool,
    at: dt.datetime | None = None,
) -> bytes:
    """A CMS ContentInfo with SignedData; ``at`` is the signing time (default: now)."""
    algorithm = HASHES[digest]
    sid, certificates, binding = _certificate_parts(
        certificate.public_bytes(serialization.Encoding.DER),
        tuple(c.public_bytes(serialization.Encoding.DER) for c in chain),
    )
    attributes = signed_attributes(content, digest, binding, at or dt.datetime.now(dt.UTC))
    if isinstance(private_key, ec.EllipticCurvePrivateKey):
        kind, signature = "ecdsa", private_key.sign(attributes, ec.ECDSA(algorithm))
    elif pss:
        salt = algorithm.digest_size
        mgf = padding.PSS(mgf=padding.MGF1(algorithm), salt_length=salt)
        kind, signature = "pss", private_key.sign(attributes, mgf, algorithm)
    else:
        kind, signature = "pkcs1v15", private_key.sign(attributes, padding.PKCS1v15(), algorithm)
    signer_info = der.sequence(
        _VERSION_1,
        sid,
        _algorithm("digest", digest),
        der.context(0, der.content_of(attributes)),  # signedAttrs [0] IMPLICIT
        _algorithm(kind, digest),
        der.tlv(der.OCTET_STRING, signature),
    )
    encapsulated = [_OID_DATA]
    if not detached:
        encapsulated.append(der.context(0, der.tlv(der.OCTET_STRING, content)))
    signed_data = der.sequence(
        _VERSION_1,
        der.set_of(_algorithm("digest", digest)),
        der.sequence(*encapsulated),
        der.context(0, certificates),  # certificates [0] IMPLICIT CertificateSet
        der.set_of(signer_info),
    )
    return der.sequence(_OID_SIGNED_DATA, der.context(0, signed_data))
