"""OpenPGP encrypt+sign and decrypt+verify of a 50 KB PGP/MIME entity: Sequoia in process vs `gpg` per message.

Usage: .venv/bin/python bench/crypto_openpgp.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import rate

from siegel.core.openpgp.pgpmime import decrypt_and_verify, encrypt_and_sign
from tests.support.gnupg import make_user

ENTITY = (
    b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
    + b"Vertragsunterlagen, Seite fuer Seite. 0123456789\r\n" * 1000
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="siegel-bench-pgp-"))
    anna, bob = make_user(root, "anna", "future-default"), make_user(root, "bob", "default")
    anna.gpg("--import", data=bob.public)
    bob.gpg("--import", data=anna.public)
    message = encrypt_and_sign(ENTITY, [bob.public], anna.secret)

    def ours_encrypt() -> None:
        encrypt_and_sign(ENTITY, [bob.public], anna.secret)

    def ours_decrypt() -> None:
        assert decrypt_and_verify(message, [bob.secret], [anna.public]).status.value == "valid"

    def gpg_encrypt() -> None:
        anna.gpg(
            "--armor", "--encrypt", "--sign", "-r", bob.address, "-u", anna.address, data=ENTITY
        )

    print(f"50 KB, Curve25519 signer, RSA-3072 recipient; {args.seconds:.0f} s per figure")
    print(
        f"pysequoia in process: encrypt+sign {rate(ours_encrypt, args.seconds):7.1f}/s, "
        f"decrypt+verify {rate(ours_decrypt, args.seconds):7.1f}/s"
    )
    print(f"gpg process per message: encrypt+sign {rate(gpg_encrypt, args.seconds):7.1f}/s")
    subprocess.run(["gpgconf", "--homedir", str(anna.home), "--kill", "all"], check=False)
    subprocess.run(["gpgconf", "--homedir", str(bob.home), "--kill", "all"], check=False)


if __name__ == "__main__":
    main()
