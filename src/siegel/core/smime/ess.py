"""ESS signingCertificateV2 (RFC 5035): the signed attribute that names the signing certificate.

A signature binds a key, not a certificate. Several certificates can carry the
same key (a renewal, or one issued with other addresses), so without this
attribute a certificate could be swapped in after signing. The attribute holds
the hash of the signer's certificate; the verifier accepts the signature only
with a certificate of that hash. asn1crypto does not know the structure, so it
is declared here.
"""

from __future__ import annotations

import hashlib
import hmac

from asn1crypto import algos, core
from asn1crypto import x509 as asn1_x509

OID = "1.2.840.113549.1.9.16.2.47"
_HASHES = frozenset({"sha256", "sha384", "sha512"})


class IssuerSerial(core.Sequence):  # type: ignore[misc]  # asn1crypto is untyped
    _fields = [("issuer", asn1_x509.GeneralNames), ("serial_number", core.Integer)]


class EssCertIdV2(core.Sequence):  # type: ignore[misc]
    _fields = [
        ("hash_algorithm", algos.DigestAlgorithm, {"default": {"algorithm": "sha256"}}),
        ("cert_hash", core.OctetString),
        ("issuer_serial", IssuerSerial, {"optional": True}),
    ]


class EssCertIdsV2(core.SequenceOf):  # type: ignore[misc]
    _child_spec = EssCertIdV2


class SigningCertificateV2(core.Sequence):  # type: ignore[misc]
    _fields = [("certs", EssCertIdsV2), ("policies", core.Any, {"optional": True})]


def signing_certificate(certificate_der: bytes) -> SigningCertificateV2:
    """The attribute value naming the certificate (SHA-256 hash, issuer and serial)."""
    cert = asn1_x509.Certificate.load(certificate_der)
    return SigningCertificateV2(
        {
            "certs": [
                {
                    "cert_hash": hashlib.sha256(certificate_der).digest(),
                    "issuer_serial": {
                        "issuer": [asn1_x509.GeneralName(name="directory_name", value=cert.issuer)],
                        "serial_number": cert.serial_number,
                    },
                }
            ]
        }
    )


def names_certificate(value_der: bytes, certificate_der: bytes) -> bool:
    """True when the attribute's first ESSCertIDv2 (the signer's, RFC 5035 5.4) hashes to it."""
    ids = SigningCertificateV2.load(value_der)["certs"]
    if not len(ids):
        return False
    first = ids[0]
    name = first["hash_algorithm"]["algorithm"].native
    if name not in _HASHES:
        return False
    actual = hashlib.new(name, certificate_der).digest()
    return hmac.compare_digest(actual, first["cert_hash"].native)
