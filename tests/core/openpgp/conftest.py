"""GnuPG as the OpenPGP oracle: installed if missing, keys made once, a fresh home per test."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from siegel.core.openpgp import PublicKey, SecretKey, import_public_key, import_secret_key


@dataclass(frozen=True)
class GpgPerson:
    """A key pair made by gpg, as armoured exports and as our parsed keys."""

    address: str
    armored_secret: bytes
    armored_public: bytes
    secret: SecretKey
    public: PublicKey


class Gnupg:
    """One GNUPGHOME; every call runs non-interactively with the empty passphrase."""

    def __init__(self, home: Path) -> None:
        home.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.home = home

    def run(
        self, *args: str, data: bytes | None = None, passphrase: str = ""
    ) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [
                "gpg",
                "--homedir",
                str(self.home),
                "--batch",
                "--no-tty",
                "--pinentry-mode",
                "loopback",
                "--passphrase",
                passphrase,
                "--trust-model",
                "always",
                *args,
            ],
            input=data,
            capture_output=True,
            check=False,
            timeout=120,
        )

    def ok(self, *args: str, data: bytes | None = None, passphrase: str = "") -> bytes:
        done = self.run(*args, data=data, passphrase=passphrase)
        assert done.returncode == 0, done.stderr.decode(errors="replace")
        return done.stdout

    def add(self, *people: GpgPerson) -> Gnupg:
        for person in people:
            self.ok("--import", data=person.armored_secret)
        return self

    def stop(self) -> None:
        subprocess.run(
            ["gpgconf", "--homedir", str(self.home), "--kill", "all"],
            capture_output=True,
            check=False,
        )


def _ensure_gpg() -> None:
    if shutil.which("gpg"):
        return
    if os.geteuid() != 0:
        pytest.skip("gpg is missing and installing gnupg needs root (apt-get install -y gnupg)")
    subprocess.run(["apt-get", "install", "-y", "gnupg"], check=True, capture_output=True)
    if not shutil.which("gpg"):
        pytest.fail("apt-get install -y gnupg did not provide gpg")


def _make_person(root: Path, name: str, algorithm: str, passphrase: str = "") -> GpgPerson:
    gpg = Gnupg(root / name)
    address = f"{name}@example.org"
    gpg.ok(
        "--quick-gen-key",
        f"{name.title()} <{address}>",
        algorithm,
        "default",
        "2y",
        passphrase=passphrase,
    )
    if algorithm.startswith("rsa"):  # an RSA primary created this way signs only: add encryption
        fingerprint = gpg.ok("--list-keys", "--with-colons", address).split(b"fpr:::::::::")[1][:40]
        gpg.ok(
            "--quick-add-key", fingerprint.decode(), algorithm, "encr", "2y", passphrase=passphrase
        )
    secret = gpg.ok("--armor", "--export-secret-keys", address, passphrase=passphrase)
    public = gpg.ok("--armor", "--export", address)
    gpg.stop()
    return GpgPerson(
        address,
        secret,
        public,
        import_secret_key(secret, passphrase or None),
        import_public_key(public),
    )


@pytest.fixture(scope="session")
def people(tmp_path_factory: pytest.TempPathFactory) -> dict[str, GpgPerson]:
    """anna: ed25519/cv25519 (gpg future-default); bob: RSA-3072; eve: a stranger; carl: protected."""
    _ensure_gpg()
    root = tmp_path_factory.mktemp("gpg-keys")
    return {
        "anna": _make_person(root, "anna", "future-default"),
        "bob": _make_person(root, "bob", "rsa3072"),
        "eve": _make_person(root, "eve", "future-default"),
        "carl": _make_person(root, "carl", "rsa3072", passphrase="Kennwort 42"),
    }


@pytest.fixture
def gnupg(tmp_path: Path) -> Iterator[Gnupg]:
    """A fresh, empty GNUPGHOME for this test only."""
    _ensure_gpg()
    home = Gnupg(tmp_path / "gnupg")
    yield home
    home.stop()
