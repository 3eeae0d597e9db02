"""S/MIME encryption alone: Siegel in process vs. one `openssl cms` process per message.

Usage: .venv/bin/python bench/crypto_envelope.py [--seconds 1.5]
Prints messages/s for encrypt and decrypt of a 50 KB and a 5 MB MIME entity to an
RSA-3072 or a P-256 recipient, AES-256-CBC (EnvelopedData) and AES-256-GCM
(AuthEnvelopedData), beside `openssl cms -encrypt` / `-decrypt` spawned per message;
then the peak memory for one 25 MB message, each step in a fresh child process:
tracemalloc's peak of Python allocations and the peak RSS growth over the inputs
(VmHWM after resetting it), both as a multiple of the message size (target: at
most 8x).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import rate

from siegel.core.smime.decrypt import decrypt
from siegel.core.smime.encrypt import encrypt
from siegel.core.smime.envelope import ContentCipher
from tests.support.pki import Identity, issue, make_ca

ROOT = Path(__file__).resolve().parent.parent
OPENSSL_CIPHER = {ContentCipher.AES256_CBC: "-aes256", ContentCipher.AES256_GCM: "-aes-256-gcm"}


def entity(size: int) -> bytes:
    line = b"Sehr geehrte Damen und Herren, anbei die Unterlagen zum Vertrag. 0123456789\r\n"
    return b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + line * (size // len(line))


def figures(
    body: bytes, person: Identity, cipher: ContentCipher, folder: Path, seconds: float
) -> tuple[float, float, float, float]:
    """(ours encrypt/s, ours decrypt/s, openssl encrypt/s, openssl decrypt/s)."""
    crt, key = person.write(folder, "recipient")
    (folder / "body").write_bytes(body)
    message = b"MIME-Version: 1.0\r\n" + encrypt(body, [person.cert], cipher=cipher)
    (folder / "message.eml").write_bytes(message)
    keys = [(person.cert, person.key)]

    def openssl(*args: object) -> None:
        subprocess.run(["openssl", "cms", *map(str, args)], capture_output=True, check=True)

    return (
        rate(lambda: encrypt(body, [person.cert], cipher=cipher), seconds),
        rate(lambda: decrypt(message, keys), seconds),
        rate(
            lambda: openssl("-encrypt", "-in", folder / "body", OPENSSL_CIPHER[cipher], crt),
            seconds,
        ),
        rate(
            lambda: openssl(
                "-decrypt", "-in", folder / "message.eml", "-recip", crt, "-inkey", key
            ),
            seconds,
        ),
    )


PEAK_SCRIPT = """
import sys, tracemalloc
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from cryptography import x509
from cryptography.hazmat.primitives.serialization import load_pem_private_key
from siegel.core.smime.decrypt import decrypt
from siegel.core.smime.encrypt import encrypt
from siegel.core.smime.envelope import ContentCipher
folder, step, cipher = Path(sys.argv[2]), sys.argv[3], ContentCipher(sys.argv[4])
cert = x509.load_pem_x509_certificate((folder / "recipient.crt").read_bytes())
key = load_pem_private_key((folder / "recipient.key").read_bytes(), None)
body = (folder / "body25").read_bytes()
message = (folder / f"message25-{cipher}").read_bytes() if step == "decrypt" else None
def rss(field):
    status = Path("/proc/self/status").read_text()
    return int(next(l for l in status.splitlines() if l.startswith(field)).split()[1]) * 1024
Path("/proc/self/clear_refs").write_text("5")  # restart the high-water mark (Linux)
before = rss("VmRSS:")
tracemalloc.start()
if step == "encrypt":
    encrypt(body, [cert], cipher=cipher)
else:
    decrypt(message, [(cert, key)])
_, peak = tracemalloc.get_traced_memory()
grown = rss("VmHWM:") - before
print(f"{peak / len(body):.1f} {grown / len(body):.1f}")
"""


def peak_memory(person: Identity, folder: Path) -> None:
    """Each step in a fresh process, its inputs read from files, so that only it counts."""
    person.write(folder, "recipient")
    line = b"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789\r\n"
    body = b"Content-Type: text/plain\r\n\r\n" + line * (25 * 1024 * 1024 // len(line))
    (folder / "body25").write_bytes(body)
    print("25 MB message, peak memory as a multiple of its size (Python allocations, RSS growth):")
    for cipher in ContentCipher:
        (folder / f"message25-{cipher}").write_bytes(encrypt(body, [person.cert], cipher=cipher))
        for step in ("encrypt", "decrypt"):
            out = subprocess.run(
                [sys.executable, "-c", PEAK_SCRIPT, str(ROOT), str(folder), step, cipher.value],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.split()
            print(f"  {step:8} {cipher.value:11} tracemalloc {out[0]}x   peak RSS +{out[1]}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=1.5)
    args = parser.parse_args()
    ca = make_ca()
    folder = Path(tempfile.mkdtemp(prefix="siegel-bench-envelope-"))
    print(f"machine: {os.cpu_count()} cores; one process; {args.seconds:g} s per figure")
    print(
        f"{'recipient':9} {'size':6} {'cipher':11} {'encrypt/s':>10} {'decrypt/s':>10}"
        f" {'openssl enc/s':>14} {'openssl dec/s':>14}"
    )
    for kind in ("rsa3072", "p256"):
        person = issue(ca, f"{kind}@example.org", key_kind=kind)
        for size, label in ((50 * 1024, "50 KB"), (5 * 1024 * 1024, "5 MB")):
            for cipher in ContentCipher:
                rates = figures(entity(size), person, cipher, folder, args.seconds)
                print(
                    f"{kind:9} {label:6} {cipher.value:11} {rates[0]:10.1f} {rates[1]:10.1f}"
                    f" {rates[2]:14.1f} {rates[3]:14.1f}"
                )
    peak_memory(issue(ca, "large@example.org", key_kind="rsa3072"), folder)


if __name__ == "__main__":
    main()
