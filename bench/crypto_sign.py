"""S/MIME signing and verification in process vs. spawning `openssl cms` per message.

Usage: .venv/bin/python bench/crypto_sign.py [--seconds 3]
Prints signs/s and verifies/s (detached multipart/signed, SHA-256, full certificate
validation on verify) for a 50 KB and a 5 MB MIME message (text with umlauts plus a
base64 attachment), signing with RSA-3072 and with P-256, and the same work done by
one `openssl cms -sign` / `openssl cms -verify` process per message, in the same run.
"""

from __future__ import annotations

import argparse
import base64
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import rate

from siegel.core.smime import Signer, sign_message, verify
from tests.support.pki import Identity, issue, make_ca

HEADERS = b"From: alice@versicherer.example\r\nTo: bob@example.org\r\nSubject: Unterlagen\r\n"


def message(size: int) -> bytes:
    """A realistic mail of about ``size`` bytes: an 8-bit text part and a base64 attachment."""
    text = "Sehr geehrte Damen und Herren, anbei die Unterlagen. Grüße aus dem Vertrieb.\r\n"
    body = (text * 40).encode()
    attachment = base64.encodebytes(os.urandom(max(0, size - len(body)) * 3 // 4))
    return (
        HEADERS
        + b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
        + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + body
        + b"\r\n--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
        + b'Content-Disposition: attachment; filename="antrag.pdf"\r\n\r\n'
        + attachment.replace(b"\n", b"\r\n")
        + b"\r\n--b--\r\n"
    )


def openssl(*args: object) -> None:
    subprocess.run(["openssl", *map(str, args)], check=True, capture_output=True)


def measure(
    mail: bytes, signer: Signer, ca: Identity, folder: Path, crt: Path, key: Path, seconds: float
) -> tuple[float, float, float, float]:
    """(signs/s, verifies/s) in process, then the same with one openssl process per message."""
    signed = sign_message(mail, signer)
    assert verify(signed, trust_anchors=[ca.cert]).valid
    plain, made, anchor = folder / "plain.eml", folder / "signed.eml", folder / "ca.pem"
    plain.write_bytes(mail)
    made.write_bytes(signed)
    sign_args = ("cms", "-sign", "-in", plain, "-signer", crt, "-inkey", key, "-md", "sha256")
    verify_args = ("cms", "-verify", "-in", made, "-CAfile", anchor)
    return (
        rate(lambda: sign_message(mail, signer), seconds),
        rate(lambda: verify(signed, trust_anchors=[ca.cert]), seconds),
        rate(lambda: openssl(*sign_args, "-out", folder / "o.eml"), seconds),
        rate(lambda: openssl(*verify_args, "-out", folder / "v.eml"), seconds),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    ca = make_ca()
    folder = Path(tempfile.mkdtemp(prefix="siegel-bench-sign-"))
    (folder / "ca.pem").write_bytes(ca.cert_pem)
    print(f"machine: {os.cpu_count()} cores; one process; {args.seconds:.0f} s per figure")
    print(
        f"{'key':8} {'size':6} {'sign':>10} {'verify':>10} {'openssl sign':>14} {'openssl verify':>16}"
    )
    for key_kind in ("rsa3072", "p256"):
        alice = issue(ca, "alice@versicherer.example", key_kind=key_kind)
        crt, key = alice.write(folder, f"alice-{key_kind}")
        signer = Signer(alice.cert, alice.key)
        for size, label in ((50 * 1024, "50 KB"), (5 * 1024 * 1024, "5 MB")):
            seconds = args.seconds if size < 1_000_000 else max(1.0, args.seconds / 2)
            figures = measure(message(size), signer, ca, folder, crt, key, seconds)
            print(
                f"{key_kind:8} {label:6} {figures[0]:8.1f}/s {figures[1]:8.1f}/s "
                f"{figures[2]:12.1f}/s {figures[3]:14.1f}/s"
            )


if __name__ == "__main__":
    main()
