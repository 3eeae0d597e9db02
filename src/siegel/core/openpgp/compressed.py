"""GnuPG's default sign+encrypt layout: reach the signature inside the compression layer.

GnuPG compresses before it encrypts, so its ordinary signed and encrypted mail
is *encryption → compression → signed message*. Sequoia reads that, but the
verification helper of pysequoia 0.1.35 accepts the signature only directly
under the encryption or compression layer and rejects this nesting
("Unexpected message structure") — the signature of the most common OpenPGP
mail could not be checked.

So for this one layout we open the encryption layer ourselves and hand the
inner signed message to Sequoia's verifier, which accepts a plain signed
message. Our own code is limited to recovering the session key, removing the
SEIPD v1 encryption and the one compression layer, on ``cryptography``
primitives; the modification detection code is checked before anything is
used, and Sequoia still does all parsing and the signature check. Covered: what
GnuPG 2.x writes — v4 RSA, Curve25519 and NIST-curve ECDH keys (unprotected or
protected with an iterated-salted S2K) and SEIPD v1 with AES. Anything else is
:class:`UnsupportedAlgorithm`.

The input is hostile, so every session-key packet × key attempt ends in a typed
error or a result, a failed attempt only moves on to the next candidate, and
the work is bounded: only encryption-capable components are tried, each is
unlocked once, at most :data:`MAX_ATTEMPTS` attempts are made, and
decompression stops at the caller's size limit.
"""

from __future__ import annotations

import bz2
import hashlib
import hmac
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from cryptography.hazmat.decrepit.ciphers.modes import CFB
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, x25519
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap
from pysequoia.packet import Packet, Tag

from siegel.core.openpgp.errors import (
    DecryptionFailed,
    KeyLocked,
    MalformedMessage,
    MessageTooLarge,
    NotForUs,
    OpenPgpError,
    UnsupportedAlgorithm,
)
from siegel.core.openpgp.keys import SecretKey
from siegel.core.openpgp.packets import (
    ANONYMOUS_RECIPIENT,
    COMPRESSED_DATA,
    PacketBody,
    packet_tag,
    pkesk_recipient,
    read_packets,
    split_packet,
)

MAX_ATTEMPTS = 16
_AES_KEY_SIZES = {7: 16, 8: 24, 9: 32}
_HASHES: dict[int, Callable[..., hashlib._Hash]] = {
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
_S2K_CHUNK = 1 << 16
_SHORTEST_SESSION_BLOCK = 19  # algorithm octet, AES-128 key, two octets checksum
_NOT_DECRYPTED = "the session key did not decrypt (wrong key or corrupt packet)"
_LAYOUT = "the message nests its layers in a way that cannot be verified"

PrivateKey = rsa.RSAPrivateKey | x25519.X25519PrivateKey | ec.EllipticCurvePrivateKey


@dataclass(frozen=True)
class _Component:
    """One unlocked encryption component of our key, with what its algorithm needs."""

    fingerprint: str
    algorithm: int
    private: PrivateKey
    curve: bytes = b""
    kdf: bytes = b""


def inner_signed_message(message: bytes, key: SecretKey, max_size: int) -> bytes:
    """The signed message (one-pass signature, literal data, signature) inside the encryption.

    Packets naming one of our components are tried before anonymous ones. A
    failure on a packet that names us is kept and raised only when no other
    candidate opens the message: a decoy in front of the real packet must not
    hide it.
    """
    packets = read_packets(message)
    ciphertext = _seipd_v1(packets)
    failure: OpenPgpError | None = None
    for attempt, (pkesk, fingerprint) in enumerate(_candidates(packets, key)):
        if attempt == MAX_ATTEMPTS:
            raise DecryptionFailed(
                f"no session key found in {MAX_ATTEMPTS} attempts; the message is not read further"
            )
        try:
            plain = _open(pkesk, _unlocked(key, fingerprint), ciphertext)
        except OpenPgpError as error:
            if pkesk_recipient(pkesk) != ANONYMOUS_RECIPIENT:
                failure = failure or error
            continue
        return _decompressed(plain, max_size)
    raise failure or NotForUs("the message is encrypted to none of our OpenPGP keys")


def _seipd_v1(packets: list[Packet]) -> bytes:
    container = next((p for p in packets if p.tag in (Tag.SEIP, Tag.AED, Tag.SED)), None)
    if container is None or container.tag != Tag.SEIP or container.body[:1] != b"\x01":
        raise UnsupportedAlgorithm(
            "compressed signed message in an encryption format other than SEIPD v1"
        )
    return container.body[1:]


def _candidates(packets: list[Packet], key: SecretKey) -> Iterator[tuple[bytes, str]]:
    """(session key packet, component fingerprint) pairs worth trying, named ones first."""
    components = _encryption_components(key)
    pkesks = [p.body for p in packets if p.tag == Tag.PKESK and p.body[:1] == b"\x03"]
    for pkesk in pkesks:
        recipient = pkesk_recipient(pkesk)
        if recipient != ANONYMOUS_RECIPIENT:
            yield from ((pkesk, fp) for fp in components if fp.endswith(recipient))
    for pkesk in pkesks:
        if pkesk_recipient(pkesk) == ANONYMOUS_RECIPIENT:
            yield from ((pkesk, fp) for fp in components)


def _encryption_components(key: SecretKey) -> list[str]:
    """Fingerprints of the secret components whose newest self-signature allows encryption.

    As in Sequoia, a key without the encryption flags (such as GnuPG's sign-only
    RSA primary) never decrypts: using a signing key as a decryption oracle is
    exactly what the flags exist to prevent.
    """
    primary, current = "", ""
    newest: dict[str, tuple[float, bool]] = {}
    for packet in read_packets(key.data):
        if packet.tag in (Tag.SecretKey, Tag.SecretSubkey):
            current = (packet.fingerprint or "").lower()
            primary = primary or current
        elif packet.tag == Tag.Signature and packet.key_flags is not None and current:
            if (packet.issuer_fingerprint or primary).lower() != primary:
                continue
            created = packet.signature_created
            stamp = created.timestamp() if created else 0.0
            flags = packet.key_flags
            if stamp >= newest.get(current, (-1.0, False))[0]:
                newest[current] = (stamp, flags.transport_encryption or flags.storage_encryption)
    return [fp for fp, (_, encrypts) in newest.items() if encrypts]


def _unlocked(key: SecretKey, fingerprint: str) -> _Component:
    """The component's secrets, decrypted once per key (the S2K is slow on purpose)."""
    cached = key.unlocked.get(fingerprint)
    if cached is None:
        try:
            cached = _unlock(_secret_packet(key, fingerprint), key.passphrase)
        except OpenPgpError as error:
            cached = error
        except (ValueError, IndexError, ZeroDivisionError):
            cached = UnsupportedAlgorithm("our secret key has parameters that cannot be used")
        key.unlocked[fingerprint] = cached
    if isinstance(cached, OpenPgpError):
        raise cached
    assert isinstance(cached, _Component)
    return cached


def _secret_packet(key: SecretKey, fingerprint: str) -> Packet:
    return next(
        p
        for p in read_packets(key.data)
        if p.tag in (Tag.SecretKey, Tag.SecretSubkey)
        and (p.fingerprint or "").lower() == fingerprint
    )


def _unlock(component: Packet, passphrase: str | None) -> _Component:
    fingerprint = (component.fingerprint or "").lower()
    key = PacketBody(component.body)
    if key.byte() != 4:
        raise UnsupportedAlgorithm("compressed signed message to a key that is not version 4")
    key.take(4)  # creation time
    algorithm = key.byte()
    if algorithm in _RSA:
        modulus, exponent = key.mpi(), key.mpi()
        secret = _secret_fields(key, passphrase, count=4)
        return _Component(fingerprint, algorithm, _rsa_private(modulus, exponent, secret))
    if algorithm == _ECDH:
        curve = key.short_field()
        key.mpi()  # public point: the shared secret comes from our scalar and theirs
        kdf = key.short_field()
        (scalar,) = _secret_fields(key, passphrase, count=1)
        return _Component(fingerprint, algorithm, _ecdh_private(curve, scalar), curve, kdf)
    raise UnsupportedAlgorithm(
        f"compressed signed message to a public-key algorithm {algorithm} key"
    )


def _open(pkesk: bytes, component: _Component, ciphertext: bytes) -> bytes:
    """One attempt: session key from this packet with this component, then the SEIPD content.

    The primitives signal malformed input with ``ValueError`` and friends; here
    each is one more way of "this packet does not open with this key".
    """
    try:
        algorithm, session_key = _session_key(pkesk, component)
        return _decrypt_seipd_v1(ciphertext, algorithm, session_key)
    except (ValueError, IndexError, InvalidUnwrap):
        raise DecryptionFailed(_NOT_DECRYPTED) from None


def _session_key(pkesk: bytes, component: _Component) -> tuple[int, bytes]:
    fields = PacketBody(pkesk, position=9)
    if fields.byte() != component.algorithm:
        raise DecryptionFailed("the session key packet does not match our key's algorithm")
    if isinstance(component.private, rsa.RSAPrivateKey):
        padded = _pkcs1_block(component.private, fields.mpi())
    else:
        shared = _ecdh_shared(component, fields.mpi())
        padded = _unwrap(component, shared, fields.short_field())
    if len(padded) < _SHORTEST_SESSION_BLOCK:
        raise DecryptionFailed(_NOT_DECRYPTED)
    symmetric, session_key, checksum = padded[0], padded[1:-2], padded[-2:]
    if sum(session_key) % 65536 != int.from_bytes(checksum, "big"):
        raise DecryptionFailed(_NOT_DECRYPTED)
    return symmetric, session_key


def _pkcs1_block(private: rsa.RSAPrivateKey, ciphertext: bytes) -> bytes:
    """RSA decryption that fails the same way for a bad padding as for a wrong checksum.

    RFC 9580 14.5 ("Avoiding Leaks From PKCS#1 Errors"): a padding error must not
    be told apart from a wrong session key, or the packet becomes a Bleichenbacher
    oracle. Recent OpenSSL already answers bad padding with a pseudo-random block
    ("implicit rejection"); older builds raise, and then a random block takes
    the same path, so our behaviour does not depend on the OpenSSL build.
    """
    size = (private.key_size + 7) // 8
    modulus = private.private_numbers().public_numbers.n
    if len(ciphertext) > size or int.from_bytes(ciphertext, "big") >= modulus:
        raise DecryptionFailed("the RSA session key is out of range (corrupt packet)")
    try:
        return private.decrypt(ciphertext.rjust(size, b"\0"), padding.PKCS1v15())
    except ValueError:
        return os.urandom(_SHORTEST_SESSION_BLOCK + 16)


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
    """RFC 9580 3.7.1.3: hash salt+passphrase repeated to the coded octet count.

    The repetition is fed to the hash in blocks: the count reaches 65 MB
    (GnuPG's exports use 65,011,712), which should cost time, not memory.
    """
    if digest not in _HASHES:
        raise UnsupportedAlgorithm(f"secret key protected with hash algorithm {digest}")
    data = salt + passphrase
    octets = max((16 + (coded & 15)) << ((coded >> 4) + 6), len(data))
    block = data * max(1, _S2K_CHUNK // len(data))  # whole repetitions, so blocks stay aligned
    derived = b""
    preload = 0
    while len(derived) < size:
        hashed = _HASHES[digest](b"\0" * preload)
        full, rest = divmod(octets, len(block))
        for _ in range(full):
            hashed.update(block)
        hashed.update(block[:rest])
        derived += hashed.digest()
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


def _ecdh_private(curve: bytes, scalar: bytes) -> PrivateKey:
    if curve == _CURVE25519:
        # RFC 9580 5.5.5.6: the X25519 secret is stored big-endian, the reverse of its native order.
        return x25519.X25519PrivateKey.from_private_bytes(scalar.rjust(32, b"\0")[::-1])
    if curve in _NIST_CURVES:
        return ec.derive_private_key(int.from_bytes(scalar, "big"), _NIST_CURVES[curve])
    raise UnsupportedAlgorithm(f"compressed signed message to an ECDH key on curve {curve.hex()}")


def _ecdh_shared(component: _Component, ephemeral: bytes) -> bytes:
    """The shared secret with the sender's ephemeral point, checked for form first.

    Curve25519 points are 0x40 and 32 octets (RFC 9580 5.5.5.6), NIST points
    uncompressed (0x04); a low-order or off-curve point is a failed attempt.
    """
    private = component.private
    try:
        if isinstance(private, x25519.X25519PrivateKey):
            if len(ephemeral) != 33 or ephemeral[0] != 0x40:
                raise DecryptionFailed("the ephemeral Curve25519 point is malformed")
            return private.exchange(x25519.X25519PublicKey.from_public_bytes(ephemeral[1:]))
        if isinstance(private, ec.EllipticCurvePrivateKey) and ephemeral[:1] == b"\x04":
            peer = ec.EllipticCurvePublicKey.from_encoded_point(private.curve, ephemeral)
            return private.exchange(ec.ECDH(), peer)
    except ValueError:
        raise DecryptionFailed("the ephemeral point is not usable (corrupt packet)") from None
    raise DecryptionFailed("the ephemeral point is malformed (corrupt packet)")


def _unwrap(component: _Component, shared: bytes, wrapped: bytes) -> bytes:
    """RFC 9580 5.5.5.6 / RFC 6637 section 8: KDF over the shared secret, then AES key unwrap."""
    kdf, curve = component.kdf, component.curve
    digest, wrap_algorithm = kdf[1], kdf[2]
    if digest not in _HASHES or wrap_algorithm not in _AES_KEY_SIZES:
        raise UnsupportedAlgorithm("ECDH key with a KDF or key-wrap algorithm we do not know")
    parameters = (
        bytes([len(curve)])
        + curve
        + bytes([_ECDH, 3, 1, digest, wrap_algorithm])
        + b"Anonymous Sender    "
        + bytes.fromhex(component.fingerprint)
    )
    kek = _HASHES[digest](b"\0\0\0\1" + shared + parameters).digest()
    padded = aes_key_unwrap(kek[: _AES_KEY_SIZES[wrap_algorithm]], wrapped)
    pad = padded[-1]
    if not 0 < pad < len(padded) or padded[-pad:] != bytes([pad]) * pad:
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


def _decompressed(plain: bytes, max_size: int) -> bytes:
    """The message inside the one compressed packet, never more than ``max_size`` octets.

    Decompressed here rather than by Sequoia, which has no size limit: a few
    hundred kilobytes of zeros expand to gigabytes. A second compression layer
    inside is refused for the same reason.
    """
    tag, body, rest = split_packet(plain)
    if tag != COMPRESSED_DATA or rest or not body:
        raise UnsupportedAlgorithm(_LAYOUT)
    inner = _inflate(body[0], body[1:], max_size)
    if packet_tag(inner) == COMPRESSED_DATA:
        raise UnsupportedAlgorithm(_LAYOUT)
    return inner


def _inflate(algorithm: int, data: bytes, max_size: int) -> bytes:
    """RFC 9580 9.4: 0 uncompressed, 1 ZIP (raw deflate), 2 ZLIB, 3 BZip2."""
    try:
        if algorithm == 0:
            inner = data
        elif algorithm in (1, 2):
            inner = zlib.decompressobj(-15 if algorithm == 1 else 15).decompress(data, max_size + 1)
        elif algorithm == 3:
            inner = bz2.BZ2Decompressor().decompress(data, max_length=max_size + 1)
        else:
            raise UnsupportedAlgorithm(f"compression algorithm {algorithm}")
    except (zlib.error, OSError, EOFError):
        raise MalformedMessage("the compressed data inside the message is corrupt") from None
    if len(inner) > max_size:
        raise MessageTooLarge(
            f"the message decompresses to more than the limit of {max_size:,} bytes"
        )
    return inner
