"""OpenPGP keys: what a key is, for whom, until when, what it may do, and whether it is secret.

Keys arrive as ASCII armour (or binary) from partners, from WKD and from the
admin's import. They are parsed once into :class:`PublicKey` / :class:`SecretKey`
so every later operation works on checked objects: a key that cannot encrypt is
known at import, not discovered in the middle of delivering a mail. A secret key
is unlocked (passphrase checked) once at import; the unlocked Sequoia handles
live only in memory, the stored bytes stay protected as they were given.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import pysequoia
from pysequoia.packet import Tag

from siegel.core.openpgp.errors import KeyLocked, MalformedKey, NotASecretKey
from siegel.core.openpgp.packets import (
    SEQUOIA_ERRORS,
    read_packets,
    sequoia_call,
    sequoia_problem,
)

Handle = TypeVar("Handle")
_EMAIL_IN_USER_ID = re.compile(r"<([^<>\s]+@[^<>\s]+)>|^([^<>\s]+@[^<>\s]+)$")
_SECRET_PACKETS = (Tag.SecretKey, Tag.SecretSubkey)
_KEY_PACKETS = (Tag.PublicKey, Tag.PublicSubkey, *_SECRET_PACKETS)


@dataclass(frozen=True)
class PublicKey:
    """A parsed OpenPGP certificate, with the facts policy decisions need.

    ``can_encrypt`` is Sequoia's own judgement at import time (an encryption-capable
    subkey under its standard policy) and the certificate not expired, so it agrees
    with what :func:`encrypt_and_sign` will accept.
    """

    fingerprint: str
    version: int
    user_ids: tuple[str, ...]
    email_addresses: tuple[str, ...]
    component_fingerprints: tuple[str, ...]
    expiration: dt.datetime | None
    revoked: bool
    can_encrypt: bool
    can_sign: bool
    public_key: bytes = field(repr=False)  # binary transferable public key (as WKD serves it)
    cert: pysequoia.Cert = field(repr=False, compare=False)

    def valid_at(self, moment: dt.datetime) -> bool:
        return not self.revoked and (self.expiration is None or moment < self.expiration)

    def has_component(self, key_handle: str) -> bool:
        """Whether a key id (v4: the fingerprint's tail, v6: its head) or fingerprint is ours."""
        handle = key_handle.lower()
        return any(
            fp == handle or fp.endswith(handle) or (len(fp) == 64 and fp.startswith(handle))
            for fp in self.component_fingerprints
        )


@dataclass(frozen=True)
class SecretKey:
    """A transferable secret key, unlocked: ready to decrypt and sign.

    ``decryptor``/``signer`` are None when the key has no component for that use.
    The passphrase is kept (never shown) because reading GnuPG's compressed
    sign+encrypt layout needs the secret material outside Sequoia's handles.
    """

    public: PublicKey
    data: bytes = field(repr=False)
    passphrase: str | None = field(repr=False, default=None)
    decryptor: pysequoia.PyDecryptor | None = field(repr=False, compare=False, default=None)
    signer: pysequoia.PySigner | None = field(repr=False, compare=False, default=None)
    # Secret components unlocked outside Sequoia, by fingerprint (see .compressed): the S2K
    # passphrase derivation is deliberately slow, so it must run once per key, not per packet.
    unlocked: dict[str, object] = field(repr=False, compare=False, init=False, default_factory=dict)

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint

    def __repr__(self) -> str:
        return f"SecretKey({self.fingerprint}, {', '.join(self.public.email_addresses)})"

    def renew_decryptor(self) -> None:
        """Replace the Sequoia decryptor after a panic inside Sequoia.

        The panic poisons the decryptor's lock, and every later use panics too:
        one hostile mail would leave the key unable to decrypt until a restart.
        """
        tsk = sequoia_call(pysequoia.Tsk.from_bytes, self.data)
        renewed = _unlock(tsk.decryptor, self.passphrase, self.fingerprint)
        object.__setattr__(self, "decryptor", renewed)  # frozen: replaced only when poisoned


def email_addresses(user_ids: list[str]) -> tuple[str, ...]:
    found = []
    for user_id in user_ids:
        match = _EMAIL_IN_USER_ID.search(user_id.strip())
        if match:
            found.append((match.group(1) or match.group(2)).lower())
    return tuple(dict.fromkeys(found))


def import_public_key(data: bytes) -> PublicKey:
    """Parse an armoured or binary certificate (a secret key yields its public part)."""
    try:
        parsed = sequoia_call(pysequoia.Cert.from_bytes, data)
    except SEQUOIA_ERRORS as exc:
        raise MalformedKey(f"not an OpenPGP key: {sequoia_problem(exc)}") from None
    # A certificate parsed from a secret key keeps the secrets in memory; serialising drops them.
    return _facts(pysequoia.Cert.from_bytes(bytes(parsed)))


def import_secret_key(data: bytes, passphrase: str | None = None) -> SecretKey:
    """Parse an armoured or binary secret key and unlock it with the passphrase, if any."""
    try:
        tsk = sequoia_call(pysequoia.Tsk.from_bytes, data)
    except SEQUOIA_ERRORS as exc:
        raise MalformedKey(f"not an OpenPGP secret key: {sequoia_problem(exc)}") from None
    if not any(p.tag in _SECRET_PACKETS for p in read_packets(bytes(tsk))):
        raise NotASecretKey("this is a public key; a secret key is needed")
    public = _facts(tsk.extract_certificate())
    return SecretKey(
        public=public,
        data=bytes(tsk),
        passphrase=passphrase,
        decryptor=_unlock(tsk.decryptor, passphrase, public.fingerprint),
        signer=_unlock(tsk.signer, passphrase, public.fingerprint),
    )


def public_key_of(key: PublicKey | SecretKey | bytes) -> PublicKey:
    """Accept a parsed key or its bytes, so callers holding stored key bytes need no extra step."""
    if isinstance(key, SecretKey):
        return key.public
    return key if isinstance(key, PublicKey) else import_public_key(key)


def secret_key_of(key: SecretKey | bytes) -> SecretKey:
    return key if isinstance(key, SecretKey) else import_secret_key(key)


def load_key(data: bytes) -> tuple[PublicKey, bytes | None]:
    """For the key store: the key's facts, and the secret key bytes when it holds secrets."""
    public = import_public_key(data)
    try:
        secret = import_secret_key(data)
    except NotASecretKey:
        return public, None
    except KeyLocked:  # stored protected, as given; unlocking is for whoever knows the passphrase
        return public, bytes(pysequoia.Tsk.from_bytes(data))
    return public, secret.data


def _unlock(
    unlock: Callable[[str | None], Handle], passphrase: str | None, fingerprint: str
) -> Handle | None:
    try:
        return sequoia_call(unlock, passphrase)
    except SEQUOIA_ERRORS as exc:
        problem = sequoia_problem(exc)
        if problem.startswith("No suitable"):
            return None
        if passphrase is None:
            raise KeyLocked(f"the secret key {fingerprint} needs its passphrase") from None
        raise KeyLocked(f"wrong passphrase for the secret key {fingerprint}") from None


def _facts(cert: pysequoia.Cert) -> PublicKey:
    packets = read_packets(bytes(cert))
    components = tuple(p.fingerprint or "" for p in packets if p.tag in _KEY_PACKETS)
    user_ids = tuple(str(u) for u in cert.user_ids)
    return PublicKey(
        fingerprint=cert.fingerprint.lower(),
        version=packets[0].body[0],
        user_ids=user_ids,
        email_addresses=email_addresses(list(user_ids)),
        component_fingerprints=tuple(c.lower() for c in components if c),
        expiration=cert.expiration,
        revoked=cert.is_revoked,
        can_encrypt=_can_encrypt(cert)
        and (cert.expiration is None or cert.expiration > dt.datetime.now(dt.UTC)),
        can_sign=any(
            p.key_flags is not None and p.key_flags.signing
            for p in packets
            if p.tag == Tag.Signature
        ),
        public_key=bytes(cert),
        cert=cert,
    )


def _can_encrypt(cert: pysequoia.Cert) -> bool:
    try:
        sequoia_call(pysequoia.encrypt, b"", [cert], armor=False)
    except SEQUOIA_ERRORS:
        return False
    return True
