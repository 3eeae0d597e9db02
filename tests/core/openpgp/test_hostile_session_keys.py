"""GnuPG's compressed sign+encrypt layout under hostile session-key packets.

Our own session-key recovery (:mod:`siegel.core.openpgp.compressed`) runs on
what an attacker sends: a decoy packet in front of the real one must neither
raise anything untyped, nor hide the real packet, nor make a signing key
decrypt, nor cost more than a bounded amount of work.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass

import pysequoia
import pytest
from pysequoia.packet import Packet, Tag

from siegel.core.openpgp import (
    DecryptionFailed,
    MessageTooLarge,
    NotForUs,
    OpenPgpError,
    SignatureStatus,
    compressed,
    decrypt_and_verify,
    import_secret_key,
    message,
)
from siegel.core.openpgp.packets import PacketBody, read_packets
from tests.core.openpgp.conftest import Gnupg, GpgPerson

TEXT = b"Vertraulich: der Vertrag liegt bei.\n"
CAP = 100_000


def packet(tag: int, body: bytes) -> bytes:
    """A new-format packet (RFC 9580 4.2.1) with a five-octet length."""
    return bytes([0xC0 | tag, 0xFF]) + len(body).to_bytes(4, "big") + body


def mpi(value: bytes) -> bytes:
    value = value.lstrip(b"\0")
    bits = (len(value) - 1) * 8 + value[0].bit_length() if value else 0
    return bits.to_bytes(2, "big") + value


def pkesk(key_id: bytes, algorithm: int, fields: bytes) -> bytes:
    return packet(1, b"\x03" + key_id + bytes([algorithm]) + fields)


@dataclass(frozen=True)
class Sealed:
    """A gpg message (binary) and the session key gpg reports for it."""

    data: bytes
    algorithm: int
    session_key: bytes


def component(person: GpgPerson, tag: Tag) -> Packet:
    return next(p for p in read_packets(person.public.public_key) if p.tag == tag)


def key_id(part: Packet) -> bytes:
    return bytes.fromhex((part.fingerprint or "")[-16:])


def rsa_pkesk(part: Packet, block: bytes, to: bytes | None = None) -> bytes:
    """A PKESK with ``block`` PKCS#1 v1.5-padded and encrypted to the RSA key ``part``."""
    fields = PacketBody(part.body, position=6)
    modulus, exponent = fields.mpi(), fields.mpi()
    n, size = int.from_bytes(modulus, "big"), len(modulus)
    padded = b"\x00\x02" + b"\x11" * (size - 3 - len(block)) + b"\x00" + block
    cipher = pow(int.from_bytes(padded, "big"), int.from_bytes(exponent, "big"), n)
    return pkesk(key_id(part) if to is None else to, 1, mpi(cipher.to_bytes(size, "big")))


def session_block(algorithm: int, session_key: bytes) -> bytes:
    return bytes([algorithm]) + session_key + (sum(session_key) % 65536).to_bytes(2, "big")


def hidden(data: bytes) -> bytes:
    """The message with its session key packet's key id zeroed (gpg --throw-keyids)."""
    first, *rest = read_packets(data)
    return packet(1, first.body[:1] + b"\0" * 8 + first.body[9:]) + b"".join(map(bytes, rest))


def container(data: bytes) -> bytes:
    """The encrypted data packet alone, without gpg's session key packet."""
    return b"".join(bytes(p) for p in read_packets(data) if p.tag == Tag.SEIP)


@pytest.fixture(scope="module")
def sealed(
    people: dict[str, GpgPerson], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Sealed]:
    """anna signs, gpg's default layout (encryption → compression → signature), to each of us."""
    gpg = Gnupg(tmp_path_factory.mktemp("hostile") / "gnupg")
    gpg.add(people["anna"], people["bob"]).ok("--import", data=people["carl"].armored_public)
    made = {}
    for name in ("anna", "bob", "carl"):
        data = gpg.ok(
            "--encrypt", "--sign", "-r", people[name].address, "-u", "anna@example.org", data=TEXT
        )
        found = b""
        if name != "carl":
            done = gpg.run("--show-session-key", "--decrypt", data=data)
            found = re.search(rb"session key: '(\d+):([0-9A-F]+)'", done.stderr).group(0)  # type: ignore[union-attr]
        algorithm, key = found.split(b"'")[1].split(b":") if found else (b"0", b"")
        made[name] = Sealed(data, int(algorithm), bytes.fromhex(key.decode()))
    gpg.stop()
    return made


def opened(data: bytes, person: GpgPerson, people: dict[str, GpgPerson]) -> bytes:
    result = message.decrypt(data, [person.secret], [people["anna"].public])
    assert result.status is SignatureStatus.VALID, result.reason
    return result.content


def rsa_decoys(bob: GpgPerson) -> dict[str, bytes]:
    sub = component(bob, Tag.PublicSubkey)
    modulus = PacketBody(sub.body, position=6).mpi()
    return {
        "longer than the modulus": pkesk(key_id(sub), 1, mpi(b"\x01" * (len(modulus) + 1))),
        "not below the modulus": pkesk(key_id(sub), 1, mpi(modulus)),
        "bad padding": pkesk(key_id(sub), 1, mpi(b"\x01" + os.urandom(len(modulus) - 2))),
        "wrong session key": rsa_pkesk(sub, session_block(9, os.urandom(32))),
        "to the signing key": rsa_pkesk(
            component(bob, Tag.PublicKey), session_block(9, os.urandom(32))
        ),
    }


def x25519_decoys(anna: GpgPerson) -> dict[str, bytes]:
    kid = key_id(component(anna, Tag.PublicSubkey))
    wrapped = b"\x18" + os.urandom(24)
    return {
        "short ephemeral": pkesk(kid, 18, mpi(b"\x40abcd") + wrapped),
        "low-order ephemeral": pkesk(kid, 18, mpi(b"\x40" + b"\0" * 32) + wrapped),
        "ephemeral without 0x40": pkesk(kid, 18, mpi(b"\x41" + os.urandom(32)) + wrapped),
        "short wrapped key": pkesk(kid, 18, mpi(b"\x40" + os.urandom(32)) + b"\x08" + bytes(8)),
    }


@pytest.mark.parametrize(
    "decoy",
    [
        "longer than the modulus",
        "not below the modulus",
        "bad padding",
        "to the signing key",
    ],
)
def test_rsa_decoy_does_not_hide_the_real_packet(
    people: dict[str, GpgPerson], sealed: dict[str, Sealed], decoy: str
) -> None:
    bob = people["bob"]
    assert opened(rsa_decoys(bob)[decoy] + sealed["bob"].data, bob, people) == TEXT


@pytest.mark.parametrize(
    "decoy",
    ["short ephemeral", "low-order ephemeral", "ephemeral without 0x40", "short wrapped key"],
)
def test_curve25519_decoy_does_not_hide_the_real_packet(
    people: dict[str, GpgPerson], sealed: dict[str, Sealed], decoy: str
) -> None:
    anna = people["anna"]
    assert opened(x25519_decoys(anna)[decoy] + sealed["anna"].data, anna, people) == TEXT


def test_named_packet_that_fails_does_not_end_the_search(
    people: dict[str, GpgPerson], sealed: dict[str, Sealed]
) -> None:
    """A checksum-valid but wrong session key in front: its SEIPD failure is not the verdict."""
    bob = people["bob"]
    wrong = rsa_pkesk(component(bob, Tag.PublicSubkey), session_block(9, os.urandom(32)))
    inner = compressed.inner_signed_message(wrong + sealed["bob"].data, bob.secret, CAP)
    assert TEXT in inner
    with pytest.raises(DecryptionFailed, match="modified"):
        compressed.inner_signed_message(wrong + container(sealed["bob"].data), bob.secret, CAP)


def test_session_key_block_without_payload_is_a_miss(
    people: dict[str, GpgPerson], sealed: dict[str, Sealed]
) -> None:
    """An RSA block ``00 02 PS 00`` with nothing after it: no IndexError, the next packet wins."""
    bob = people["bob"]
    empty = rsa_pkesk(component(bob, Tag.PublicSubkey), b"")
    inner = compressed.inner_signed_message(empty + sealed["bob"].data, bob.secret, CAP)
    assert TEXT in inner


def test_sequoia_panic_is_a_typed_error(
    people: dict[str, GpgPerson], sealed: dict[str, Sealed]
) -> None:
    """Sequoia itself panics on the empty block; pyo3 raises a BaseException for that."""
    bob = people["bob"]
    empty = rsa_pkesk(component(bob, Tag.PublicSubkey), b"")
    fresh = import_secret_key(bob.armored_secret)
    with pytest.raises(OpenPgpError, match="Sequoia failed"):
        message.decrypt(empty + sealed["bob"].data, [fresh], [])
    # the panic poisoned Sequoia's decryptor; the key must still open the next mail
    assert message.decrypt(sealed["bob"].data, [fresh], []).content == TEXT


def test_the_signing_key_never_decrypts(
    people: dict[str, GpgPerson], sealed: dict[str, Sealed]
) -> None:
    """The real session key, encrypted to bob's sign-only primary: not ours to open."""
    bob, real = people["bob"], sealed["bob"]
    to_primary = rsa_pkesk(
        component(bob, Tag.PublicKey), session_block(real.algorithm, real.session_key)
    )
    with pytest.raises(NotForUs):
        compressed.inner_signed_message(to_primary + container(real.data), bob.secret, CAP)


def test_protected_key_is_unlocked_once_however_many_decoys(
    people: dict[str, GpgPerson], sealed: dict[str, Sealed], monkeypatch: pytest.MonkeyPatch
) -> None:
    carl = people["carl"]
    fresh = import_secret_key(carl.armored_secret, "Kennwort 42")
    derivations: list[int] = []
    real_s2k = compressed._iterated_s2k

    def counted(*args: int | bytes) -> bytes:
        derivations.append(1)
        return real_s2k(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(compressed, "_iterated_s2k", counted)
    modulus = PacketBody(component(carl, Tag.PublicSubkey).body, position=6).mpi()
    decoys = b"".join(
        pkesk(b"\0" * 8, 1, mpi(b"\x01" + os.urandom(len(modulus) - 2))) for _ in range(10)
    )
    result = message.decrypt(decoys + hidden(sealed["carl"].data), [fresh], [])
    assert (result.content, len(derivations)) == (TEXT, 1)


def test_attempts_are_capped(
    people: dict[str, GpgPerson], sealed: dict[str, Sealed], monkeypatch: pytest.MonkeyPatch
) -> None:
    anna = people["anna"]
    monkeypatch.setattr(compressed, "MAX_ATTEMPTS", 3)
    decoy = pkesk(b"\0" * 8, 18, mpi(b"\x40" + os.urandom(32)) + b"\x18" + os.urandom(24))
    real = hidden(sealed["anna"].data)
    assert TEXT in compressed.inner_signed_message(decoy * 2 + real, anna.secret, CAP)
    with pytest.raises(DecryptionFailed, match="3 attempts"):
        compressed.inner_signed_message(decoy * 3 + real, anna.secret, CAP)


@pytest.mark.parametrize(("digest", "coded"), [(2, 0), (8, 96), (10, 255)])
def test_s2k_fed_in_blocks_matches_the_rfc_definition(digest: int, coded: int) -> None:
    salt, passphrase = b"12345678", b"Kennwort 42"
    octets = (16 + (coded & 15)) << ((coded >> 4) + 6)
    data = (salt + passphrase) * (octets // len(salt + passphrase) + 1)
    hashed = {2: hashlib.sha1, 8: hashlib.sha256, 10: hashlib.sha512}[digest]
    expected = (hashed(data[:octets]).digest() + hashed(b"\0" + data[:octets]).digest())[:32]
    assert compressed._iterated_s2k(passphrase, digest, salt, coded, 32) == expected


def test_pkcs1_error_takes_the_checksum_path() -> None:
    """A padding error gives a random block, like OpenSSL's implicit rejection, never a raise."""

    class Numbers:
        public_numbers = type("Public", (), {"n": 1 << 2048})()

    class RejectingKey:
        key_size = 2048

        def private_numbers(self) -> Numbers:
            return Numbers()

        def decrypt(self, ciphertext: bytes, padding: object) -> bytes:
            raise ValueError("Decryption failed")

    first = compressed._pkcs1_block(RejectingKey(), b"\x01" * 256)  # type: ignore[arg-type]
    second = compressed._pkcs1_block(RejectingKey(), b"\x01" * 256)  # type: ignore[arg-type]
    assert len(first) >= 19 and first != second


def gpg_big(people: dict[str, GpgPerson], gnupg: Gnupg, *args: str) -> bytes:
    gnupg.add(people["anna"])
    armored = gnupg.ok("--armor", *args, "-r", "anna@example.org", data=b"A" * (3 * CAP))
    assert len(armored) < CAP
    return b"Content-Type: text/plain\r\n\r\n" + armored


@pytest.mark.parametrize("layout", [("--encrypt",), ("--encrypt", "--sign")])
def test_decompressed_content_is_capped(
    people: dict[str, GpgPerson], gnupg: Gnupg, layout: tuple[str, ...]
) -> None:
    """Unsigned: Sequoia's path; signed: GnuPG's layout, decompressed by us."""
    mail = gpg_big(people, gnupg, *layout)
    with pytest.raises(MessageTooLarge, match="100,000"):
        decrypt_and_verify(mail, [people["anna"].secret], [people["anna"].public], max_size=CAP)
    assert decrypt_and_verify(mail, [people["anna"].secret], []).content.endswith(b"AAAA")


@pytest.mark.parametrize(
    "failure",
    [
        OSError("Signature verification failed: no valid signatures found."),
        OSError("Unexpected message structure"),
    ],
)
def test_oserror_of_large_messages_is_understood(
    people: dict[str, GpgPerson],
    sealed: dict[str, Sealed],
    monkeypatch: pytest.MonkeyPatch,
    failure: OSError,
) -> None:
    """Above Sequoia's 25 MiB buffer pysequoia raises OSError where it raises RuntimeError below."""
    real_decrypt: Callable[..., pysequoia.Decrypted] = pysequoia.decrypt

    def large(data: bytes, decryptor: object, store: object = None) -> pysequoia.Decrypted:
        if store is not None:
            raise failure
        return real_decrypt(data, decryptor)

    monkeypatch.setattr(pysequoia, "decrypt", large)
    result = message.decrypt(sealed["bob"].data, [people["bob"].secret], [people["anna"].public])
    assert result.content == TEXT
