"""Test people with GnuPG keys (the OpenPGP oracle), each in its own home directory."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class GpgUser:
    home: Path
    address: str
    secret: bytes
    public: bytes

    def gpg(self, *args: str, data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [
                "gpg",
                "--homedir",
                str(self.home),
                "--batch",
                "--pinentry-mode",
                "loopback",
                "--passphrase",
                "",
                "--trust-model",
                "always",
                *args,
            ],
            input=data,
            capture_output=True,
            check=False,
        )


def make_user(root: Path, name: str, algorithm: str) -> GpgUser:
    if not shutil.which("gpg"):
        pytest.fail("gpg is missing: scripts/install-system-deps.sh installs gnupg")
    home = root / name
    home.mkdir(mode=0o700)
    address = f"{name}@example.org"
    user = GpgUser(home, address, b"", b"")
    user.gpg("--quick-gen-key", f"{name.title()} <{address}>", algorithm, "default", "1y")
    return GpgUser(
        home,
        address,
        user.gpg("--armor", "--export-secret-keys", address).stdout,
        user.gpg("--armor", "--export", address).stdout,
    )
