"""Is a TLS server certificate valid for a name? The RFC 6125 rules direct delivery checks.

Pure, beside :mod:`siegel.core.dane`: the session hands in the certificate's DER.
"""

from __future__ import annotations

from cryptography import x509


def certificate_dns_names(certificate_der: bytes) -> list[str]:
    """The DNS names of the certificate's subjectAltName (no CN fallback, RFC 6125 6.4.4)."""
    try:
        extension = x509.load_der_x509_certificate(
            certificate_der
        ).extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except (ValueError, x509.ExtensionNotFound, x509.DuplicateExtension):
        return []
    return [name.lower().rstrip(".") for name in extension.value.get_values_for_type(x509.DNSName)]


def name_matches(presented: str, reference: str) -> bool:
    """Whether a certificate's DNS name covers a reference identifier.

    A reference with a leading dot means any name below it, wildcard or not. A
    wildcard elsewhere stands for exactly the leftmost label (RFC 6125 6.4.3), and
    never for one of only two labels (``*.com``).
    """
    if reference.startswith("."):
        return presented.endswith(reference) and len(presented) > len(reference)
    if presented.startswith("*."):
        rest = presented[2:]
        label, dot, parent = reference.partition(".")
        return bool(label) and bool(dot) and parent == rest and "." in rest
    return presented == reference
