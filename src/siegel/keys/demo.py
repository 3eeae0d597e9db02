"""Demo keys for the embedded mode: a demo CA, the domain certificate and one employee's key.

So that `make run` shows a working product at once: mail from the demo address is
signed, the directory has a certificate to find, and the demo CA is a trust
anchor. Refused in production — real installations import their real keys.
"""

from __future__ import annotations

import datetime as dt

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from siegel.keys import services
from siegel.keys.models import OwnKey

PASSWORD = b"demo"


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Siegel Demo"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _certificate(
    subject: x509.Name,
    key: ec.EllipticCurvePrivateKey,
    issuer: x509.Name,
    issuer_key: ec.EllipticCurvePrivateKey,
    *,
    ca: bool,
    email: str | None = None,
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=730))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if email:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False
        )
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
    return builder.sign(issuer_key, hashes.SHA256())


def ensure_demo_keys() -> list[str]:
    """Create what is missing; returns what was created (nothing on a second run)."""
    if settings.PRODUCTION:
        raise ImproperlyConfigured("demo keys are for the embedded mode only")
    if OwnKey.objects.exists():
        return []
    domain = settings.SIEGEL_LOCAL_DOMAINS[0]
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("Siegel Demo CA")
    ca = _certificate(ca_name, ca_key, ca_name, ca_key, ca=True)
    services.import_ca_bundle(ca.public_bytes(serialization.Encoding.PEM), actor="system:demo")
    created = [f"trust anchor {ca_name.rfc4514_string()}"]
    for address, kind in ((f"gateway@{domain}", "domain"), (f"demo@{domain}", "personal")):
        key = ec.generate_private_key(ec.SECP256R1())
        cert = _certificate(_name(address), key, ca_name, ca_key, ca=False, email=address)
        bundle = pkcs12.serialize_key_and_certificates(
            b"demo", key, cert, [ca], BestAvailableEncryption(PASSWORD)
        )
        services.import_p12(
            bundle, PASSWORD, actor="system:demo", domain=domain if kind == "domain" else None
        )
        created.append(f"{kind} certificate {address}")
    return created
