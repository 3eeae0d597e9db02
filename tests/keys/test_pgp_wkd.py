"""OpenPGP key import and the Web Key Directory, checked against GnuPG."""

from __future__ import annotations

import subprocess
from io import StringIO
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client
from pytest_django.fixtures import Settings

from siegel.keys import selectors, services
from siegel.keys.models import KeyKind, OwnKey, PartnerKey

pytestmark = pytest.mark.django_db
WKS_CLIENT = "/usr/lib/gnupg/gpg-wks-client"


def gpg(home: Path, *args: str, data: bytes | None = None) -> bytes:
    done = subprocess.run(
        [
            "gpg",
            "--homedir",
            str(home),
            "--batch",
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            "",
            *args,
        ],
        input=data,
        capture_output=True,
        check=True,
    )
    return done.stdout


@pytest.fixture
def gpg_key(tmp_path: Path) -> tuple[Path, bytes, bytes]:
    """A key made by GnuPG: (homedir, armoured secret key, armoured public key)."""
    home = tmp_path / "gnupg"
    home.mkdir(mode=0o700)
    gpg(
        home,
        "--quick-gen-key",
        "Anna Schmidt <anna@versicherer.example>",
        "future-default",
        "default",
        "1y",
    )
    return (
        home,
        gpg(home, "--armor", "--export-secret-keys", "anna@versicherer.example"),
        gpg(home, "--armor", "--export", "anna@versicherer.example"),
    )


def fingerprint_of(home: Path) -> str:
    listing = gpg(home, "--with-colons", "--list-keys").decode()
    return next(
        line.split(":")[9] for line in listing.splitlines() if line.startswith("fpr:")
    ).lower()


def test_secret_key_becomes_a_sealed_own_key(
    gpg_key: tuple[Path, bytes, bytes], tmp_path: Path
) -> None:
    home, secret, _ = gpg_key
    (tmp_path / "anna.asc").write_bytes(secret)
    out = StringIO()
    call_command("keys", "import-pgp", str(tmp_path / "anna.asc"), stdout=out)
    key = OwnKey.objects.get()
    assert (key.kind, key.address, key.fingerprint) == (
        KeyKind.PGP,
        "anna@versicherer.example",
        fingerprint_of(home),
    )
    assert b"PRIVATE KEY" not in bytes(key.sealed_private_key)
    assert "imported own OpenPGP key" in out.getvalue()


def test_public_key_becomes_a_partner_key_chosen_when_pgp_is_allowed(
    gpg_key: tuple[Path, bytes, bytes],
) -> None:
    _, _, public = gpg_key
    key = services.import_pgp(public, actor="user:1")
    assert isinstance(key, PartnerKey)
    (usable,) = selectors.recipient_keys(["anna@versicherer.example"])[
        "anna@versicherer.example"
    ].usable
    assert usable.fingerprint == key.fingerprint and usable.kind == "pgp"


def test_garbage_is_refused() -> None:
    with pytest.raises(services.ImportRefused, match="not an OpenPGP key"):
        services.import_pgp(b"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nnonsense\n", actor="user:1")
    assert not PartnerKey.objects.exists()


def test_wkd_serves_what_gpg_looks_for(
    gpg_key: tuple[Path, bytes, bytes], tmp_path: Path, client: Client, settings: Settings
) -> None:
    home, secret, _ = gpg_key
    services.import_pgp(secret, actor="user:1")
    url = subprocess.run(
        [WKS_CLIENT, "--print-wkd-url", "anna@versicherer.example"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    parts = urlsplit(url)
    assert parts.hostname == "openpgpkey.versicherer.example"

    advanced = client.get(f"{parts.path}?{parts.query}")
    assert advanced.status_code == 200
    assert advanced["Content-Type"] == "application/octet-stream"
    settings.ALLOWED_HOSTS = ["testserver", "versicherer.example"]
    direct_path = parts.path.replace("/versicherer.example/hu/", "/hu/")
    direct = client.get(direct_path, HTTP_HOST="versicherer.example")
    assert direct.content == advanced.content

    fresh = tmp_path / "fresh"
    fresh.mkdir(mode=0o700)
    gpg(fresh, "--import", data=advanced.content)
    assert fingerprint_of(fresh) == fingerprint_of(home)
    assert gpg(fresh, "--list-secret-keys") == b"", "WKD must never hand out secret key material"

    assert client.get(parts.path.replace(parts.path.rsplit("/", 1)[1], "y" * 32)).status_code == 404
    assert client.get(parts.path.replace("versicherer.example", "fremd.example")).status_code == 404
    assert client.get("/.well-known/openpgpkey/versicherer.example/policy").status_code == 200
