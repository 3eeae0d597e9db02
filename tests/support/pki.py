"""A throw-away PKI for tests: a CA and end-entity certificates made in memory.

Every test that needs certificates builds them here, so the certificate
profile (e-mail protection, rfc822Name, key usage) is defined once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPrivateKeyTypes
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
NOW = dt.datetime.now(dt.UTC)


def make_key(kind: str = "rsa2048") -> PrivateKey:
    """``rsa2048``, ``rsa3072``, ``rsa1024`` (weak), ``p256`` or ``p384``."""
    if kind.startswith("rsa"):
        return rsa.generate_private_key(public_exponent=65537, key_size=int(kind[3:]))
    curve = {"p256": ec.SECP256R1(), "p384": ec.SECP384R1()}[kind]
    return ec.generate_private_key(curve)


@dataclass
class Identity:
    """A certificate with its private key and the chain above it (without the root)."""

    cert: x509.Certificate
    key: PrivateKey
    chain: list[x509.Certificate] = field(default_factory=list)

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    @property
    def key_pem(self) -> bytes:
        return self.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )

    def write(self, directory: Path, stem: str) -> tuple[Path, Path]:
        """Write ``stem.crt`` and ``stem.key`` (PEM) for the command-line oracles."""
        crt, key = directory / f"{stem}.crt", directory / f"{stem}.key"
        crt.write_bytes(self.cert_pem)
        key.write_bytes(self.key_pem)
        return crt, key


def _name(common_name: str, email: str | None = None) -> x509.Name:
    attrs = [
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Siegel Test"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ]
    if email:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    return x509.Name(attrs)


def _ca_certificate(
    key: PrivateKey, subject: x509.Name, issuer: Identity | None, path_length: int | None
) -> x509.Certificate:
    """A CA certificate: self-signed when ``issuer`` is None, else issued by it."""
    signing_key = issuer.key if issuer else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=30))
        .not_valid_after(NOW + dt.timedelta(days=3650 if issuer is None else 1800))
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()),  # type: ignore[arg-type]
            critical=False,
        )
    return builder.sign(signing_key, hashes.SHA256())  # type: ignore[arg-type]


def make_ca(name: str = "Siegel Test CA", key_kind: str = "rsa2048") -> Identity:
    key = make_key(key_kind)
    return Identity(_ca_certificate(key, _name(name), None, None), key)


def issue(
    ca: Identity,
    email: str,
    *,
    key_kind: str = "rsa2048",
    not_before: dt.datetime | None = None,
    not_after: dt.datetime | None = None,
    email_protection: bool = True,
    san: bool = True,
    dn_email: bool = False,
    signature_hash: hashes.HashAlgorithm | None = None,
    crl_url: str | None = "http://crl.siegel-test.example/ca.crl",
    ocsp_url: str | None = None,
) -> Identity:
    """An S/MIME end-entity certificate for ``email`` issued by ``ca``.

    The keyword arguments make the broken variants the tests need: expired,
    not yet valid, without e-mail protection, address only in the DN, SHA-1.
    """
    key = make_key(key_kind)
    is_ec = isinstance(key, ec.EllipticCurvePrivateKey)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(email, email if dn_email else None))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or NOW - dt.timedelta(days=1))
        .not_valid_after(not_after or NOW + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=not is_ec,
                data_encipherment=False,
                key_agreement=is_ec,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(
                ca.key.public_key()  # type: ignore[arg-type]
            ),
            critical=False,
        )
    )
    if ocsp_url:
        access = x509.AccessDescription(
            x509.AuthorityInformationAccessOID.OCSP, x509.UniformResourceIdentifier(ocsp_url)
        )
        builder = builder.add_extension(x509.AuthorityInformationAccess([access]), critical=False)
    if crl_url:
        point = x509.DistributionPoint([x509.UniformResourceIdentifier(crl_url)], None, None, None)
        builder = builder.add_extension(x509.CRLDistributionPoints([point]), critical=False)
    if san:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False
        )
    usage = (
        ExtendedKeyUsageOID.EMAIL_PROTECTION
        if email_protection
        else ExtendedKeyUsageOID.SERVER_AUTH
    )
    builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
    issuer_key: CertificateIssuerPrivateKeyTypes = ca.key
    cert = builder.sign(issuer_key, signature_hash or hashes.SHA256())
    return Identity(cert, key, [])


def make_intermediate(root: Identity, name: str = "Siegel Test Intermediate CA") -> Identity:
    """A CA certificate issued by ``root`` (for chains of length two)."""
    key = make_key("rsa2048")
    return Identity(_ca_certificate(key, _name(name), root, 0), key)


def make_crl(ca: Identity, revoked: list[x509.Certificate]) -> bytes:
    """A DER CRL by ``ca`` listing ``revoked``."""
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.cert.subject)
        .last_update(NOW - dt.timedelta(hours=1))
        .next_update(NOW + dt.timedelta(days=7))
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()),  # type: ignore[arg-type]
            critical=False,
        )
        .add_extension(x509.CRLNumber(1), critical=False)
    )
    for cert in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(cert.serial_number)
            .revocation_date(NOW - dt.timedelta(minutes=30))
            .build()
        )
    return builder.sign(ca.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)  # type: ignore[arg-type]


def resign_with_sha1(identity: Identity, ca: Identity) -> Identity:
    """The same certificate, signed by ``ca`` with SHA-1 (cryptography refuses to build those)."""
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.asymmetric import padding

    cert = asn1_x509.Certificate.load(identity.cert.public_bytes(serialization.Encoding.DER))
    tbs = cert["tbs_certificate"]
    tbs["signature"] = {"algorithm": "sha1_rsa"}
    cert["signature_algorithm"] = {"algorithm": "sha1_rsa"}
    cert["signature_value"] = ca.key.sign(tbs.dump(force=True), padding.PKCS1v15(), hashes.SHA1())  # type: ignore[union-attr,call-arg]  # noqa: S303
    return Identity(x509.load_der_x509_certificate(cert.dump(force=True)), identity.key)


def make_ocsp_responder(ca: Identity) -> Identity:
    """A delegated OCSP responder: issued by ``ca`` with the OCSP-signing usage only."""
    key = make_key("p256")
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Siegel Test OCSP Responder"))
        .issuer_name(ca.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.OCSP_SIGNING]), critical=False)
        .sign(ca.key, hashes.SHA256())  # type: ignore[arg-type]
    )
    return Identity(cert, key)


def make_ocsp_response(
    ca: Identity, cert: x509.Certificate, *, revoked: bool, responder: Identity | None = None
) -> bytes:
    """A DER OCSP response saying ``cert`` is good or revoked, signed by ``ca`` or ``responder``."""
    from cryptography.x509 import ocsp

    signer = responder or ca

    builder = (
        ocsp.OCSPResponseBuilder()
        .add_response(
            cert=cert,
            issuer=ca.cert,
            algorithm=hashes.SHA256(),
            cert_status=ocsp.OCSPCertStatus.REVOKED if revoked else ocsp.OCSPCertStatus.GOOD,
            this_update=NOW - dt.timedelta(hours=1),
            next_update=NOW + dt.timedelta(days=1),
            revocation_time=NOW - dt.timedelta(minutes=30) if revoked else None,
            revocation_reason=None,
        )
        .responder_id(ocsp.OCSPResponderEncoding.HASH, signer.cert)
    )
    if responder is not None:
        builder = builder.certificates([responder.cert])
    response = builder.sign(signer.key, hashes.SHA256())  # type: ignore[arg-type]
    return response.public_bytes(serialization.Encoding.DER)
