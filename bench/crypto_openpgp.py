"""OpenPGP encrypt+sign and decrypt+verify of a 50 KB PGP/MIME entity: Sequoia in process vs `gpg` per message.

The gpg figures spawn one `gpg` process per message, the way simple mail filters
do it. Decrypt+verify is measured for our own output and for GnuPG's default
(compressed) output, which takes the longer path through siegel.core.openpgp.compressed.

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

from siegel.core.openpgp import (
    SignatureStatus,
    decrypt_and_verify,
    encrypt_and_sign,
    import_public_key,
    import_secret_key,
)
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
    anna_secret, bob_secret = import_secret_key(anna.secret), import_secret_key(bob.secret)
    anna_public, bob_public = import_public_key(anna.public), import_public_key(bob.public)
    ours = encrypt_and_sign(ENTITY, [bob_public], anna_secret)
    ours_armored = ours[ours.index(b"-----BEGIN PGP MESSAGE-----") :]
    theirs = (
        b"Content-Type: text/plain\r\n\r\n"
        + anna.gpg(
            "--armor", "--encrypt", "--sign", "-r", bob.address, "-u", anna.address, data=ENTITY
        ).stdout
    )

    def ours_encrypt() -> None:
        encrypt_and_sign(ENTITY, [bob_public], anna_secret)

    def ours_decrypt(message: bytes) -> None:
        result = decrypt_and_verify(message, [bob_secret], [anna_public])
        assert result.status is SignatureStatus.VALID, result.reason

    def gpg_encrypt() -> None:
        anna.gpg(
            "--armor", "--encrypt", "--sign", "-r", bob.address, "-u", anna.address, data=ENTITY
        )

    def gpg_decrypt() -> None:
        assert bob.gpg("--decrypt", data=ours_armored).returncode == 0

    print(f"50 KB entity, Ed25519 signer, RSA-3072 recipient; {args.seconds:.0f} s per figure")
    print(
        f"pysequoia in process  encrypt+sign            {rate(ours_encrypt, args.seconds):7.1f}/s"
    )
    print(
        "pysequoia in process  decrypt+verify (ours)   "
        f"{rate(lambda: ours_decrypt(ours), args.seconds):7.1f}/s"
    )
    print(
        "pysequoia in process  decrypt+verify (gpg's)  "
        f"{rate(lambda: ours_decrypt(theirs), args.seconds):7.1f}/s"
    )
    print(f"gpg process/message   encrypt+sign            {rate(gpg_encrypt, args.seconds):7.1f}/s")
    print(f"gpg process/message   decrypt+verify          {rate(gpg_decrypt, args.seconds):7.1f}/s")
    subprocess.run(["gpgconf", "--homedir", str(anna.home), "--kill", "all"], check=False)
    subprocess.run(["gpgconf", "--homedir", str(bob.home), "--kill", "all"], check=False)


if __name__ == "__main__":
    main()
