"""PGP/MIME multipart/signed against gpg, key facts (expiry, revocation, capabilities), describe."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from siegel.core.mime.entity import content_type
from siegel.core.openpgp import (
    KeyExpired,
    KeyRevoked,
    SignatureStatus,
    describe,
    encrypt_and_sign,
    import_public_key,
    load_key,
    sign,
    verify,
)
from siegel.core.openpgp.pgpmime import signed_parts
from tests.core.openpgp.conftest import Gnupg, GpgPerson

ENTITY = b"Content-Type: text/plain; charset=us-ascii\r\n\r\nZusage erteilt.\r\n"


@pytest.mark.parametrize("name", ["anna", "bob"])
def test_gpg_verifies_our_multipart_signed(
    people: dict[str, GpgPerson], gnupg: Gnupg, tmp_path: Path, name: str
) -> None:
    me = people[name]
    gnupg.ok("--import", data=me.armored_public)
    message = sign(ENTITY, me.secret)
    media, params = content_type(message)
    assert media == "multipart/signed" and re.fullmatch(r"pgp-sha(256|384|512)", params["micalg"])
    signed, signature = signed_parts(message, params)
    assert signed == ENTITY
    (tmp_path / "signed").write_bytes(signed)
    (tmp_path / "signature.asc").write_bytes(signature)
    done = gnupg.run(
        "--status-fd", "1", "--verify", str(tmp_path / "signature.asc"), str(tmp_path / "signed")
    )
    assert done.returncode == 0, done.stderr.decode()
    assert f"[GNUPG:] VALIDSIG {me.public.fingerprint.upper()}".encode() in done.stdout


def test_we_verify_gpg_detached_signature_in_pgp_mime(
    people: dict[str, GpgPerson], gnupg: Gnupg
) -> None:
    bob = people["bob"]
    gnupg.add(bob)
    signature = gnupg.ok("--armor", "--detach-sign", "-u", bob.address, data=ENTITY)
    message = (
        b'Content-Type: multipart/signed; micalg=pgp-sha256;\n protocol="application/pgp-signature"; boundary="s"\n\n'
        b"--s\n" + ENTITY.replace(b"\r\n", b"\n") + b"\n--s\n"
        b"Content-Type: application/pgp-signature\n\n" + signature + b"\n--s--\n"
    )
    result = verify(message, [bob.public])
    assert (result.status, result.signer_fingerprint) == (
        SignatureStatus.VALID,
        bob.public.fingerprint,
    )
    assert verify(message, [people["anna"].public]).status is SignatureStatus.UNKNOWN_SIGNER
    description = describe(message)
    assert description.signed and bob.public.has_component(description.signer_key_ids[0])


def test_key_facts(people: dict[str, GpgPerson]) -> None:
    anna, bob = people["anna"].public, people["bob"].public
    assert anna.email_addresses == ("anna@example.org",) and anna.version == 4
    assert anna.can_encrypt and anna.can_sign and not anna.revoked
    assert bob.can_encrypt and len(bob.component_fingerprints) == 2
    assert anna.expiration is not None and anna.valid_at(anna.expiration.replace(year=2000))
    info, secret = load_key(people["carl"].armored_secret)
    assert info == people["carl"].public and secret is not None
    assert load_key(people["anna"].armored_public) == (anna, None)


def test_revoked_key_is_seen_and_refused(tmp_path: Path) -> None:
    gpg = Gnupg(tmp_path / "revoker")
    gpg.ok("--quick-gen-key", "Rita <rita@example.org>", "future-default", "default", "1y")
    (certificate,) = (gpg.home / "openpgp-revocs.d").glob("*.rev")
    gpg.ok("--import", data=certificate.read_bytes().replace(b":-----BEGIN", b"-----BEGIN"))
    revoked = import_public_key(gpg.ok("--armor", "--export", "rita@example.org"))
    gpg.stop()
    assert revoked.revoked and not revoked.valid_at(dt.datetime.now(dt.UTC))
    with pytest.raises(KeyRevoked, match="revoked"):
        encrypt_and_sign(ENTITY, [revoked])


def test_expired_key_is_refused(tmp_path: Path) -> None:
    gpg = Gnupg(tmp_path / "old")
    gpg.ok(
        "--faked-system-time",
        "20200101T000000!",
        "--quick-gen-key",
        "Old <old@example.org>",
        "future-default",
        "default",
        "1y",
    )
    expired = import_public_key(gpg.ok("--armor", "--export", "old@example.org"))
    gpg.stop()
    assert expired.expiration is not None and expired.expiration.year == 2020
    assert not expired.can_encrypt
    with pytest.raises(KeyExpired, match="expired on 2020"):
        encrypt_and_sign(ENTITY, [expired])
