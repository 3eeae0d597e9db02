"""ECDH key agreement for recipients with EC certificates (RFC 5753, ephemeral-static).

The sender makes a fresh key pair on the recipient's curve for every message, so
only the recipient's static key can reproduce the shared secret, and no long-term
sender key is involved or needed. From the shared
secret the ANSI X9.63 KDF derives the key-encryption key over the DER of
ECC-CMS-SharedInfo (RFC 5753 section 7.2)::

    ECC-CMS-SharedInfo ::= SEQUENCE {
        keyInfo         AlgorithmIdentifier,        -- the key wrap, parameters absent
        entityUInfo [0] EXPLICIT OCTET STRING OPTIONAL,  -- the ukm, if sent
        suppPubInfo [2] EXPLICIT OCTET STRING   }   -- KEK length in bits, 32-bit big-endian

and the content key is wrapped with AES key wrap (RFC 3394). Outgoing: P-256 with
dhSinglePass-stdDH-sha256kdf-scheme, P-384 with the sha384 scheme, both with
id-aes256-wrap (AES wraps carry absent parameters, in the algorithm field and in
keyInfo alike); the recipient entry is version 3 with the ephemeral key as
originatorKey, id-ecPublicKey without parameters (as OpenSSL writes it; the curve
is the recipient's) and the uncompressed point; no ukm. Incoming: the SHA-1 to
SHA-512 standard and cofactor schemes (identical on these prime-order curves) and
every AES wrap size, with or without ukm. X25519/X448 (RFC 8418) and static-static
ECDH are refused with a clear reason.
"""

from __future__ import annotations

from typing import Literal

from asn1crypto import cms, core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, keywrap, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.kdf.x963kdf import X963KDF

from siegel.core.smime.errors import DecryptionFailed, MalformedMessage, UnsupportedAlgorithm

SCHEMES: dict[str, tuple[str, hashes.HashAlgorithm]] = {
    # dhSinglePass-stdDH-shaXkdf-scheme (RFC 5753 section 7.1.4; SEC 1 for SHA-1)
    "1.3.133.16.840.63.0.2": ("stdDH-sha1kdf", hashes.SHA1()),  # noqa: S303 - OpenSSL's default; only read
    "1.3.132.1.11.0": ("stdDH-sha224kdf", hashes.SHA224()),
    "1.3.132.1.11.1": ("stdDH-sha256kdf", hashes.SHA256()),
    "1.3.132.1.11.2": ("stdDH-sha384kdf", hashes.SHA384()),
    "1.3.132.1.11.3": ("stdDH-sha512kdf", hashes.SHA512()),
    # dhSinglePass-cofactorDH-shaXkdf-scheme: cofactor 1 on the NIST curves, so the same
    "1.3.133.16.840.63.0.3": ("cofactorDH-sha1kdf", hashes.SHA1()),  # noqa: S303 - only read
    "1.3.132.1.14.0": ("cofactorDH-sha224kdf", hashes.SHA224()),
    "1.3.132.1.14.1": ("cofactorDH-sha256kdf", hashes.SHA256()),
    "1.3.132.1.14.2": ("cofactorDH-sha384kdf", hashes.SHA384()),
    "1.3.132.1.14.3": ("cofactorDH-sha512kdf", hashes.SHA512()),
}
HKDF_SCHEMES = {
    "1.2.840.113549.1.9.16.3.19": "HKDF-SHA256",
    "1.2.840.113549.1.9.16.3.20": "HKDF-SHA384",
    "1.2.840.113549.1.9.16.3.21": "HKDF-SHA512",
}
STD_SHA256, STD_SHA384 = "1.3.132.1.11.1", "1.3.132.1.11.2"
WRAPS = {"aes128_wrap": 16, "aes192_wrap": 24, "aes256_wrap": 32}
CURVES = {"secp256r1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}


class EccCmsSharedInfo(core.Sequence):  # type: ignore[misc]  # asn1crypto is untyped
    _fields = [
        ("key_info", cms.KeyEncryptionAlgorithm),
        ("entity_u_info", core.OctetString, {"explicit": 0, "optional": True}),
        ("supp_pub_info", core.OctetString, {"explicit": 2}),
    ]


def key_encryption_key(shared: bytes, scheme: str, wrap: str, ukm: bytes | None) -> bytes:
    """X9.63 KDF over ECC-CMS-SharedInfo: the key that wraps the content key."""
    size = WRAPS[wrap]
    info = EccCmsSharedInfo(
        {
            "key_info": {"algorithm": wrap},
            "entity_u_info": ukm,
            "supp_pub_info": (size * 8).to_bytes(4, "big"),
        }
    ).dump()
    return X963KDF(algorithm=SCHEMES[scheme][1], length=size, sharedinfo=info).derive(shared)


def recipient_info(
    cert: x509.Certificate,
    cek: bytes,
    *,
    identify_by: Literal["issuer_serial", "ski"] = "issuer_serial",
) -> cms.RecipientInfo:
    """A KeyAgreeRecipientInfo wrapping ``cek`` for the EC certificate ``cert``."""
    public = cert.public_key()
    if not isinstance(public, ec.EllipticCurvePublicKey) or public.curve.name not in CURVES:
        raise UnsupportedAlgorithm(
            f"{cert.subject.rfc4514_string()}: ECDH is done on P-256, P-384 and P-521 only"
        )
    scheme = STD_SHA384 if public.curve.key_size >= 384 else STD_SHA256
    wrap = "aes256_wrap"
    ephemeral = ec.generate_private_key(public.curve)
    kek = key_encryption_key(ephemeral.exchange(ec.ECDH(), public), scheme, wrap, None)
    point = ephemeral.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    if identify_by == "ski":
        digest = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
        rid: dict[str, object] = {"r_key_id": {"subject_key_identifier": digest}}
    else:
        asn1_cert = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
        rid = {
            "issuer_and_serial_number": {
                "issuer": asn1_cert.issuer,
                "serial_number": asn1_cert.serial_number,
            }
        }
    return cms.RecipientInfo(
        {
            "kari": {
                "version": "v3",
                "originator": {
                    "originator_key": {"algorithm": {"algorithm": "ec"}, "public_key": point}
                },
                "key_encryption_algorithm": {
                    "algorithm": scheme,
                    "parameters": cms.KeyEncryptionAlgorithm({"algorithm": wrap}),
                },
                "recipient_encrypted_keys": [
                    {"rid": rid, "encrypted_key": keywrap.aes_key_wrap(kek, cek)}
                ],
            }
        }
    )


def algorithms_of(info: cms.KeyAgreeRecipientInfo) -> tuple[str, str]:
    """(KDF scheme OID, key wrap name); UnsupportedAlgorithm for anything we do not open."""
    algorithm = info["key_encryption_algorithm"]
    scheme = algorithm["algorithm"].dotted
    if scheme in HKDF_SCHEMES:
        raise UnsupportedAlgorithm(
            f"key agreement with {HKDF_SCHEMES[scheme]} (X25519/X448, RFC 8418) is not supported"
        )
    if scheme not in SCHEMES:
        raise UnsupportedAlgorithm(f"key agreement scheme {scheme} is not supported")
    originator = info["originator"]
    if originator.name != "originator_key":
        raise UnsupportedAlgorithm(
            "static-static ECDH (the sender identified by certificate) is not supported"
        )
    curve = originator.chosen["algorithm"]["algorithm"].native
    if curve != "ec":
        raise UnsupportedAlgorithm(
            f"key agreement on {curve} (X25519/X448, RFC 8418) is not supported"
        )
    wrap = cms.KeyEncryptionAlgorithm.load(algorithm["parameters"].dump())["algorithm"].native
    if wrap not in WRAPS:
        raise UnsupportedAlgorithm(f"key wrap {wrap} is not supported")
    return scheme, wrap


def describe(info: cms.KeyAgreeRecipientInfo, curve: ec.EllipticCurve) -> str:
    """E.g. ``ECDH P-256 (stdDH-sha256kdf, AES-256 wrap)``."""
    scheme, wrap = algorithms_of(info)
    name = CURVES.get(curve.name, curve.name)
    return f"ECDH {name} ({SCHEMES[scheme][0]}, AES-{WRAPS[wrap] * 8} wrap)"


def content_key(
    info: cms.KeyAgreeRecipientInfo,
    encrypted: cms.RecipientEncryptedKey,
    key: ec.EllipticCurvePrivateKey,
) -> bytes:
    """Unwrap the content key with the recipient's static EC key."""
    scheme, wrap = algorithms_of(info)
    originator = info["originator"]
    try:
        peer = ec.EllipticCurvePublicKey.from_encoded_point(
            key.curve, originator.chosen["public_key"].native
        )
    except ValueError:
        raise MalformedMessage(
            "the sender's ephemeral EC key is not a point on the curve"
        ) from None
    ukm = info["ukm"].native
    kek = key_encryption_key(key.exchange(ec.ECDH(), peer), scheme, wrap, ukm)
    try:
        return keywrap.aes_key_unwrap(kek, encrypted["encrypted_key"].native)
    except keywrap.InvalidUnwrap:
        raise DecryptionFailed("the content key does not unwrap with this EC key") from None
