"""Building CMS SignedData for S/MIME with exactly the signed attributes Siegel wants.

cryptography's builder neither adds the signing certificate (ESS
signingCertificateV2, RFC 5035) nor lets the SMIMECapabilities advertise
AES-256-GCM, so the structure is built here on asn1crypto and signed with
cryptography's primitives: content type, signing time, message digest,
SMIMECapabilities (AES-256-GCM, AES-256-CBC, AES-128-CBC) and the hash of the
signing certificate, which binds the signature to that exact certificate.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from collections.abc import Sequence

from asn1crypto import cms
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from siegel.core.smime import capabilities, ess

HASHES: dict[str, hashes.HashAlgorithm] = {
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}


@functools.lru_cache(maxsize=64)
def _certificate_parts(certificate: bytes, chain: tuple[bytes, ...]) -> tuple[bytes, bytes, bytes]:
    """The parts that depend only on the signer's certificate, encoded once (asn1crypto is slow).

    Returns the DER of the signer identifier, the certificate set and the
    signingCertificateV2 value; loading them back per message costs nothing.
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
    return sid.dump(), certificates.dump(), ess.signing_certificate(certificate).dump()


def build(
    content: bytes,
    certificate: x509.Certificate,
    private_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    chain: Sequence[x509.Certificate],
    *,
    digest: str,
    pss: bool,
    detached: bool,
) -> bytes:
    algorithm = HASHES[digest]
    sid_der, certificates_der, ess_der = _certificate_parts(
        certificate.public_bytes(serialization.Encoding.DER),
        tuple(c.public_bytes(serialization.Encoding.DER) for c in chain),
    )
    attributes = cms.CMSAttributes(
        [
            {"type": "content_type", "values": ["data"]},
            {
                "type": "signing_time",
                "values": [cms.Time({"utc_time": dt.datetime.now(dt.UTC).replace(microsecond=0)})],
            },
            {"type": "message_digest", "values": [hashlib.new(digest, content).digest()]},
            {"type": "smime_capabilities", "values": [capabilities.encode()]},
            {"type": ess.OID, "values": [ess.SigningCertificateV2.load(ess_der)]},
        ]
    )
    to_sign = attributes.dump()  # a SET OF, as the signature covers it (RFC 5652 5.4)
    if isinstance(private_key, ec.EllipticCurvePrivateKey):
        signature = private_key.sign(to_sign, ec.ECDSA(algorithm))
        signature_algorithm: dict[str, object] = {"algorithm": f"{digest}_ecdsa"}
    elif pss:
        salt = algorithm.digest_size
        signature = private_key.sign(
            to_sign, padding.PSS(mgf=padding.MGF1(algorithm), salt_length=salt), algorithm
        )
        signature_algorithm = {
            "algorithm": "rsassa_pss",
            "parameters": {
                "hash_algorithm": {"algorithm": digest},
                "mask_gen_algorithm": {"algorithm": "mgf1", "parameters": {"algorithm": digest}},
                "salt_length": salt,
            },
        }
    else:
        signature = private_key.sign(to_sign, padding.PKCS1v15(), algorithm)
        signature_algorithm = {"algorithm": "rsassa_pkcs1v15"}
    signer_info = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier.load(sid_der),
            "digest_algorithm": {"algorithm": digest},
            "signed_attrs": attributes,
            "signature_algorithm": signature_algorithm,
            "signature": signature,
        }
    )
    data = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [{"algorithm": digest}],
            "encap_content_info": {
                "content_type": "data",
                "content": None if detached else content,
            },
            "certificates": cms.CertificateSet.load(certificates_der),
            "signer_infos": [signer_info],
        }
    )
    der: bytes = cms.ContentInfo({"content_type": "signed_data", "content": data}).dump()
    return der
