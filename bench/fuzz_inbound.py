"""Fuzz the inbound pipeline: mutated mails from outside must always be delivered, never crash it.

Usage: .venv/bin/python bench/fuzz_inbound.py [--seconds 180] [--seed 1]

Seeds: the malformed mails of ../shared/vectors/mail-parser-malformed (when present),
S/MIME mails made by our engine (signed, encrypted to the employee, both, header
protected), PGP/MIME and plain mails with 8-bit headers and broken charsets. Each round
takes a seed and applies one to four random mutations (byte flips, truncation, slices
duplicated or dropped, boundaries and headers damaged, base64 garbled), then runs the
whole inbound pipeline (decrypt, verify, harvest, marks, delivery to the sink) in this
process. A mail from outside must always reach the sink: any exception is a finding,
printed with its type and saved to the findings folder for a regression test.
"""

from __future__ import annotations

import argparse
import base64
import collections
import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EMPLOYEE = "anna@versicherer.example"
PARTNER = "makler@partner.example"
BODY = "Sehr geehrte Frau Muster,\r\nanbei der Antrag (IBAN DE89 3704 0044 0532 0130 00).\r\n"


def setup(work: str) -> list[bytes]:
    """A fresh embedded installation with Anna's own key; returns the seed mails."""
    os.environ.update({"SIEGEL_DATA_DIR": work, "SIEGEL_LOG_LEVEL": "ERROR"})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siegel.web.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from siegel.core.smime import Signer, encrypt, encrypt_message, sign_message
    from siegel.keys import services
    from tests.support.keystore import import_own
    from tests.support.pki import issue, make_ca

    call_command("migrate", verbosity=0)
    settings.SIEGEL_NEXT_HOP = f"sink:{Path(work) / 'outbox'}"
    ca = make_ca()
    services.import_ca_bundle(ca.cert_pem, actor="fuzz")
    anna = issue(ca, EMPLOYEE, crl_url=None)
    import_own(anna)
    makler = issue(ca, PARTNER, crl_url=None)
    plain = (
        f"From: {PARTNER}\r\nTo: {EMPLOYEE}\r\nSubject: Antrag Muster\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{BODY}"
    ).encode()
    signer = Signer(makler.cert, makler.key)
    head, _, entity = plain.partition(b"MIME-Version: 1.0\r\n")
    seeds = [
        plain,
        sign_message(plain, signer),
        encrypt_message(plain, [anna.cert]),
        encrypt_message(plain, [anna.cert], signer=signer, cipher="aes256-gcm"),
        head + b"MIME-Version: 1.0\r\n" + encrypt(entity, [anna.cert, makler.cert]),
        "Subject: Ärger mit der Kündigung\r\nFrom: x@y.example\r\n\r\nText\r\n".encode("latin-1"),
        b"From: x@y.example\r\nContent-Type: text/plain; charset=x-unknown\r\n\r\n\xff\xfe\r\n",
        b"From: x@y.example\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nA\r\n",
    ]
    seeds.append(pgp_seed(Path(work)))
    vectors = Path(os.environ.get("SIEGEL_VECTORS", ROOT.parent / "shared" / "vectors"))
    malformed = vectors / "mail-parser-malformed"
    if malformed.is_dir():
        seeds += [path.read_bytes() for path in sorted(malformed.glob("*.eml"))]
    else:
        print(f"note: {malformed} is absent; fuzzing without the malformed-mail vectors")
    return seeds


def pgp_seed(work: Path) -> bytes:
    """GnuPG's default sign+encrypt (compressed) as PGP/MIME, to an own OpenPGP key."""
    from siegel.keys import services
    from tests.support.gnupg import make_user

    own, partner = make_user(work, "anna", "default"), make_user(work, "makler", "default")
    services.import_pgp(own.secret, actor="fuzz")
    services.import_pgp(partner.public, actor="fuzz")
    partner.gpg("--import", data=own.public)
    armored = partner.gpg(
        "--armor",
        "--encrypt",
        "--sign",
        "-r",
        own.address,
        "-u",
        partner.address,
        data=BODY.encode(),
    ).stdout
    return (
        (
            f"From: {partner.address}\r\nTo: {own.address}\r\nSubject: PGP\r\nMIME-Version: 1.0\r\n"
            'Content-Type: multipart/encrypted; protocol="application/pgp-encrypted"; boundary=p\r\n'
            "\r\n--p\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n\r\n--p\r\n"
            "Content-Type: application/octet-stream\r\n\r\n"
        ).encode()
        + armored
        + b"\r\n--p--\r\n"
    )


def mutate(data: bytes, rng: random.Random) -> bytes:
    for _ in range(rng.randint(1, 4)):
        data = rng.choice(MUTATIONS)(data, rng) if data else b"\r\n"
    return data


def _flip(data: bytes, rng: random.Random) -> bytes:
    spot = rng.randrange(len(data))
    return data[:spot] + bytes([data[spot] ^ (1 << rng.randrange(8))]) + data[spot + 1 :]


def _truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def _duplicate(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    end = min(len(data), start + rng.randint(1, 400))
    return data[:end] + data[start:end] + data[end:]


def _drop(data: bytes, rng: random.Random) -> bytes:
    start = rng.randrange(len(data))
    return data[:start] + data[start + rng.randint(1, 200) :]


def _damage_structure(data: bytes, rng: random.Random) -> bytes:
    needle = rng.choice([b"--", b"boundary=", b"Content-Type:", b"\r\n\r\n", b"base64", b"="])
    replacement = rng.choice([b"", b"-", b"\x00", b"\r\n", b"\xc3\x28", b'"', b";;", needle * 3])
    return data.replace(needle, replacement, rng.randint(1, 3))


def _garble_base64(data: bytes, rng: random.Random) -> bytes:
    noise = base64.b64encode(rng.randbytes(rng.randint(1, 64)))
    spot = rng.randrange(len(data))
    return data[:spot] + noise + data[spot:]


MUTATIONS = [_flip, _truncate, _duplicate, _drop, _damage_structure, _garble_base64]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=180.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="siegel-fuzz-")
    seeds = setup(work)
    from siegel.gateway import pipeline
    from siegel.gateway.delivery import Envelope

    outbox = Path(work) / "outbox"
    for seed in seeds:  # the seeds themselves: what the mutations start from
        pipeline.process(Envelope(PARTNER, (EMPLOYEE,), seed))
    opened = [p.read_bytes() for p in outbox.glob("*.eml")]
    print(
        f"seeds: {len(opened)} delivered, "
        f"{sum(b'X-Siegel-Decrypted: yes' in m for m in opened)} decrypted, "
        f"{sum(b'X-Siegel-Signature: valid' in m for m in opened)} with a valid signature"
    )
    findings = Path(work) / "findings"
    findings.mkdir()
    rng = random.Random(args.seed)
    outcomes: collections.Counter[str] = collections.Counter()
    deadline = time.monotonic() + args.seconds
    rounds = 0
    while time.monotonic() < deadline:
        rounds += 1
        mail = mutate(rng.choice(seeds), rng)
        try:
            pipeline.process(Envelope(PARTNER, (EMPLOYEE,), mail))
            outcomes["delivered"] += 1
        except Exception as exc:  # every exception is a finding: the mail would not arrive
            kind = type(exc).__name__
            outcomes[f"FINDING {kind}"] += 1
            if outcomes[f"FINDING {kind}"] <= 3:
                (findings / f"{kind}-{rounds}.eml").write_bytes(mail)
                print(f"finding in round {rounds}: {kind}: {exc}")
                traceback.print_exc(limit=3)
    delivered = len(list(outbox.glob("*.eml"))) - len(opened)
    print(
        f"machine: {os.cpu_count()} cores; {args.seconds:.0f} s, seed {args.seed}, "
        f"{len(seeds)} seed mails: {rounds} mutated mails through the inbound pipeline "
        f"({rounds / args.seconds:.0f}/s)"
    )
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome}: {count}")
    print(f"  in the sink: {delivered} (identical mutations are delivered once)")
    print(f"findings saved in {findings}" if len(outcomes) > 1 else "no findings")


if __name__ == "__main__":
    main()
