"""GnuPG's default sign+encrypt layout: reach the signature inside the compression layer.

GnuPG compresses before it encrypts, so its ordinary signed and encrypted mail
is *encryption → compression → signed message*. Sequoia reads that, but the
verification helper of pysequoia 0.1.35 accepts the signature only directly
under the encryption or compression layer and rejects this nesting
("Unexpected message structure") — the signature of the most common OpenPGP
mail could not be checked.

So for this one layout we open the encryption layer ourselves and hand the
inner signed message to Sequoia's verifier, which accepts a plain signed
message. Our own code is limited to recovering the session key and removing the
SEIPD v1 encryption, on ``cryptography`` primitives; the modification detection
code is checked before anything is used, and Sequoia still does all parsing
and the signature check. Covered: what GnuPG 2.x writes — v4 RSA, Curve25519
and NIST-curve ECDH keys (unprotected or protected with an iterated-salted S2K)
and SEIPD v1 with AES. Anything else is :class:`UnsupportedAlgorithm`.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable

from cryptography.hazmat.decrepit.ciphers.modes import CFB
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, x25519
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap
from pysequoia.packet import Packet, Tag

from siegel.core.openpgp.errors import (
    DecryptionFailed,
    KeyLocked,
    NotForUs,
    UnsupportedAlgorithm,
)
from siegel.core.openpgp.keys import SecretKey
from siegel.core.openpgp.packets import (
    ANONYMOUS_RECIPIENT,
    PacketBody,
    pkesk_recipient,
    read_packets,
)

_AES_KEY_SIZES = {7: 16, 8: 24, 9: 32}
_HASHES: dict[int, Callable[[bytes], hashlib._Hash]] = {
    2: hashlib.sha1,
    8: hashlib.sha256,
    9: hashlib.sha384,
    10: hashlib.sha512,
    11: hashlib.sha224,
}
_CURVE25519 = bytes.fromhex("2b060104019755010501")
_NIST_CURVES: dict[bytes, ec.EllipticCurve] = {
    bytes.fromhex("2a8648ce3d030107"): ec.SECP256R1(),
    bytes.fromhex("2b81040022"): ec.SECP384R1(),
    bytes.fromhex("2b81040023"): ec.SECP521R1(),
}
_RSA, _ECDH = {1, 2}, 18
_MDC_HEADER = b"\xd3\x14"


def inner_signed_message(message: bytes, key: SecretKey) -> bytes:
    """The signed message (one-pass signature, literal data, signature) inside the encryption."""
    packets = read_packets(message)
    container = next((p for p in packets if p.tag in (Tag.SEIP, Tag.AED, Tag.SED)), None)
    if container is None or container.tag != Tag.SEIP or container.body[:1] != b"\x01":
        raise UnsupportedAlgorithm(
            "compressed signed message in an encryption format other than SEIPD v1"
        )
    components = {
        (p.fingerprint or "").lower(): p
        for p in read_packets(key.data)
        if p.tag in (Tag.SecretKey, Tag.SecretSubkey)
    }
    for pkesk in (p for p in packets if p.tag == Tag.PKESK and p.body[:1] == b"\x03"):
        recipient = pkesk_recipient(pkesk.body)
        anonymous = recipient == ANONYMOUS_RECIPIENT
        for fingerprint, component in components.items():
            if not (anonymous or fingerprint.endswith(recipient)):
                continue
            try:
                algorithm, session_key = _session_key(pkesk.body, component, key.passphrase)
            except DecryptionFailed:
                if anonymous:  # an anonymous packet is tried with every key; a miss is normal
                    continue
                raise
            plain = _decrypt_seipd_v1(container.body[1:], algorithm, session_key)
            inner = read_packets(plain)
            return b"".join(bytes(p) for p in inner if p.tag != Tag.CompressedData)
    raise NotForUs("the message is encrypted to none of our OpenPGP keys")


def _session_key(pkesk: bytes, component: Packet, passphrase: str | None) -> tuple[int, bytes]:
    fields = PacketBody(pkesk, position=9)
    algorithm = fields.byte()
    key = PacketBody(component.body)
    if key.byte() != 4:
        raise UnsupportedAlgorithm("compressed signed message to a key that is not version 4")
    key.take(4)  # creation time
    if key.byte() != algorithm:
        raise DecryptionFailed("the session key packet does not match our key's algorithm")
    if algorithm in _RSA:
        modulus, exponent = key.mpi(), key.mpi()
        secret = _secret_fields(key, passphrase, count=4)
        padded = _rsa_private(modulus, exponent, secret).decrypt(
            fields.mpi().rjust(len(modulus), b"\0"), padding.PKCS1v15()
        )
    elif algorithm == _ECDH:
        curve = key.short_field()
        key.mpi()  # public point: the shared secret comes from our scalar and theirs
        kdf = key.short_field()
        (scalar,) = _secret_fields(key, passphrase, count=1)
        shared = _ecdh_shared(curve, scalar, fields.mpi())
        wrapped = fields.short_field()
        padded = _unwrap(curve, kdf, shared, wrapped, component.fingerprint or "")
    else:
        raise UnsupportedAlgorithm(
            f"compressed signed message to a public-key algorithm {algorithm} key"
        )
    symmetric, session_key, checksum = padded[0], padded[1:-2], padded[-2:]
    if sum(session_key) % 65536 != int.from_bytes(checksum, "big") or not session_key:
        raise DecryptionFailed("the session key did not decrypt (wrong key or corrupt packet)")
    return symmetric, session_key


def _secret_fields(key: PacketBody, passphrase: str | None, count: int) -> list[bytes]:
    """The secret key's multiprecision integers, decrypting them first when protected."""
    usage = key.byte()
    if usage == 0:
        return [key.mpi() for _ in range(count)]
    if usage not in {254, 255}:
        raise UnsupportedAlgorithm(f"secret key protected with usage {usage} (e.g. AEAD)")
    if passphrase is None:
        raise KeyLocked("the secret key needs its passphrase")
    symmetric, specifier = key.byte(), key.byte()
    if specifier != 3 or symmetric not in _AES_KEY_SIZES:
        raise UnsupportedAlgorithm("secret key protected other than by an iterated S2K with AES")
    digest, salt, coded = key.byte(), key.take(8), key.byte()
    iv = key.take(16)
    derived = _iterated_s2k(passphrase.encode(), digest, salt, coded, _AES_KEY_SIZES[symmetric])
    decryptor = Cipher(algorithms.AES(derived), CFB(iv)).decryptor()
    plain = decryptor.update(key.rest()) + decryptor.finalize()
    body, check = (plain[:-20], plain[-20:]) if usage == 254 else (plain[:-2], plain[-2:])
    expected = (
        hashlib.sha1(body).digest()  # noqa: S324 -- RFC 9580 fixes SHA-1 here
        if usage == 254
        else (sum(body) % 65536).to_bytes(2, "big")
    )
    if not hmac.compare_digest(check, expected):
        raise KeyLocked("wrong passphrase for the secret key")
    fields = PacketBody(body)
    return [fields.mpi() for _ in range(count)]


def _iterated_s2k(passphrase: bytes, digest: int, salt: bytes, coded: int, size: int) -> bytes:
    """RFC 9580 3.7.1.3: hash salt+passphrase repeated to the coded octet count."""
    if digest not in _HASHES:
        raise UnsupportedAlgorithm(f"secret key protected with hash algorithm {digest}")
    octets = (16 + (coded & 15)) << ((coded >> 4) + 6)
    data = salt + passphrase
    repeated = (data * (octets // len(data) + 1))[: max(octets, len(data))]
    derived = b""
    preload = 0
    while len(derived) < size:
        derived += _HASHES[digest](b"\0" * preload + repeated).digest()
        preload += 1
    return derived[:size]


def _rsa_private(modulus: bytes, exponent: bytes, secret: list[bytes]) -> rsa.RSAPrivateKey:
    n, e = int.from_bytes(modulus, "big"), int.from_bytes(exponent, "big")
    d, p, q = (int.from_bytes(value, "big") for value in secret[:3])
    numbers = rsa.RSAPrivateNumbers(
        p, q, d, d % (p - 1), d % (q - 1), rsa.rsa_crt_iqmp(p, q), rsa.RSAPublicNumbers(e, n)
    )
    # The key was parsed from our own key store by Sequoia; re-validating it costs ~90 ms per use.
    return numbers.private_key(unsafe_skip_rsa_key_validation=True)


def _ecdh_shared(curve: bytes, scalar: bytes, ephemeral: bytes) -> bytes:
    if curve == _CURVE25519:
        # RFC 9580 5.5.5.6: the X25519 secret is stored big-endian, the reverse of its native order.
        private = x25519.X25519PrivateKey.from_private_bytes(scalar.rjust(32, b"\0")[::-1])
        return private.exchange(x25519.X25519PublicKey.from_public_bytes(ephemeral[1:]))
    if curve in _NIST_CURVES:
        named = _NIST_CURVES[curve]
        nist_private = ec.derive_private_key(int.from_bytes(scalar, "big"), named)
        peer = ec.EllipticCurvePublicKey.from_encoded_point(named, ephemeral)
        return nist_private.exchange(ec.ECDH(), peer)
    raise UnsupportedAlgorithm(f"compressed signed message to an ECDH key on curve {curve.hex()}")


def _unwrap(curve: bytes, kdf: bytes, shared: bytes, wrapped: bytes, fingerprint: str) -> bytes:
    """RFC 9580 5.5.5.6 / RFC 6637 section 8: KDF over the shared secret, then AES key unwrap."""
    digest, wrap_algorithm = kdf[1], kdf[2]
    if digest not in _HASHES or wrap_algorithm not in _AES_KEY_SIZES:
        raise UnsupportedAlgorithm("ECDH key with a KDF or key-wrap algorithm we do not know")
    parameters = (
        bytes([len(curve)])
        + curve
        + bytes([_ECDH, 3, 1, digest, wrap_algorithm])
        + b"Anonymous Sender    "
        + bytes.fromhex(fingerprint)
    )
    kek = _HASHES[digest](b"\0\0\0\1" + shared + parameters).digest()
    try:
        padded = aes_key_unwrap(kek[: _AES_KEY_SIZES[wrap_algorithm]], wrapped)
    except InvalidUnwrap:
        raise DecryptionFailed(
            "the session key did not unwrap (wrong key or corrupt packet)"
        ) from None
    pad = padded[-1]
    if not 0 < pad <= len(padded) or padded[-pad:] != bytes([pad]) * pad:
        raise DecryptionFailed("the session key padding is wrong (corrupt packet)")
    return padded[:-pad]


def _decrypt_seipd_v1(ciphertext: bytes, algorithm: int, session_key: bytes) -> bytes:
    """RFC 9580 5.13.1: CFB with a zero IV over prefix, data and the SHA-1 modification code."""
    if _AES_KEY_SIZES.get(algorithm) != len(session_key):
        raise UnsupportedAlgorithm(f"compressed signed message with cipher algorithm {algorithm}")
    decryptor = Cipher(algorithms.AES(session_key), CFB(b"\0" * 16)).decryptor()
    plain = decryptor.update(ciphertext) + decryptor.finalize()
    mdc = plain[-22:]
    # RFC 9580 fixes SHA-1 for the v1 modification detection code; SEIPD v2 replaced it.
    expected = _MDC_HEADER + hashlib.sha1(plain[:-20]).digest()  # noqa: S324
    if len(plain) < 40 or not hmac.compare_digest(mdc, expected):
        raise DecryptionFailed("the message was modified (integrity check failed)")
    return plain[18:-22]
