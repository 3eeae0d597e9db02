"""S/MIME throughput in process vs. spawning `openssl cms` per message (the way simple filters work).

Usage: .venv/bin/python bench/crypto.py [--seconds 3]
Prints messages/s for sign+encrypt and decrypt+verify of 50 KB and 5 MB MIME messages,
signing with RSA-3072 or P-256 and encrypting to an RSA-3072 recipient, and the peak
memory (ru_maxrss of a child process) for one 25 MB message.
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

from siegel.core.smime import Signer, decrypt, encrypt, sign, verify
from tests.support.pki import issue, make_ca


def entity(size: int) -> bytes:
    line = b"Sehr geehrte Damen und Herren, anbei die Unterlagen zum Vertrag. 0123456789\r\n"
    return b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + line * (size // len(line))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    ca = make_ca()
    recipient = issue(ca, "bob@example.org", key_kind="rsa3072")
    folder = Path(tempfile.mkdtemp(prefix="siegel-bench-"))
    r_crt, _ = recipient.write(folder, "bob")
    print(f"machine: {os.cpu_count()} cores; one process; {args.seconds:.0f} s per figure")
    for key_kind in ("rsa3072", "p256"):
        sender = issue(ca, "alice@versicherer.example", key_kind=key_kind)
        s_crt, s_key = sender.write(folder, f"alice-{key_kind}")
        for size, label in ((50 * 1024, "50 KB"), (5 * 1024 * 1024, "5 MB")):
            seconds = args.seconds if size < 1_000_000 else max(1.0, args.seconds / 2)
            rates = measure(
                entity(size),
                Signer(sender.cert, sender.key),
                recipient,
                ca,
                folder,
                (s_crt, s_key, r_crt),
                seconds,
            )
            print(
                f"{key_kind:8} {label:6} sign+encrypt {rates[0]:8.1f}/s   decrypt+verify {rates[1]:8.1f}/s   "
                f"openssl processes (sign, encrypt) {rates[2]:7.1f}/s"
            )
    peak = subprocess.run(
        [sys.executable, "-c", PEAK_SCRIPT, str(Path(__file__).resolve().parent.parent)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(peak)


def measure(body, signer, recipient, ca, folder, files, seconds):  # type: ignore[no-untyped-def]
    """(sign+encrypt/s, decrypt+verify/s, openssl sign+encrypt/s) for one message body."""
    s_crt, s_key, r_crt = files
    (folder / "body").write_bytes(body)

    def protect() -> bytes:
        return b"From: alice@versicherer.example\r\nMIME-Version: 1.0\r\n" + encrypt(
            sign(body, signer), [recipient.cert]
        )

    protected = protect()

    def open_and_check() -> None:
        inner = decrypt(protected, [(recipient.cert, recipient.key)]).content
        assert verify(b"From: alice@versicherer.example\r\n" + inner, trust_anchors=[ca.cert]).valid

    def openssl_protect() -> None:
        signed = subprocess.run(
            ["openssl", "cms", "-sign", "-in", folder / "body", "-signer", s_crt, "-inkey", s_key],
            capture_output=True,
            check=True,
        ).stdout
        subprocess.run(
            ["openssl", "cms", "-encrypt", "-aes256", r_crt],
            input=signed,
            capture_output=True,
            check=True,
        )

    return rate(protect, seconds), rate(open_and_check, seconds), rate(openssl_protect, seconds)


PEAK_SCRIPT = """
import resource, sys
sys.path.insert(0, sys.argv[1])
from siegel.core.smime import Signer, decrypt, encrypt, sign
from tests.support.pki import issue, make_ca
ca = make_ca(); a = issue(ca, "a@x.example", key_kind="rsa3072"); b = issue(ca, "b@x.example", key_kind="rsa3072")
base = int(open("/proc/self/statm").read().split()[1]) * resource.getpagesize()  # resident now
line = b"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789\\r\\n"
body = b"Content-Type: text/plain\\r\\n\\r\\n" + line * (25 * 1024 * 1024 // len(line))
message = encrypt(sign(body, Signer(a.cert, a.key)), [b.cert])
decrypt(b"MIME-Version: 1.0\\r\\n" + message, [(b.cert, b.key)])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
mb = 1024 * 1024
print(
    f"25 MB message sign+encrypt+decrypt: peak RSS {peak / mb:.0f} MB; "
    f"{(peak - base) / mb:.0f} MB above the {base / mb:.0f} MB resident before (interpreter, libraries, keys) "
    f"= {(peak - base) / len(body):.1f}x the message (the message itself included)"
)
"""

if __name__ == "__main__":
    main()
