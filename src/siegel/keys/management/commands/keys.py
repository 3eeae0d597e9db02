"""siegel keys — import, list and export keys; rotate the master key."""

from __future__ import annotations

import datetime as dt
import json
import re
from argparse import ArgumentParser, ArgumentTypeError
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from siegel.core.keyring import KeyringError
from siegel.keys import masterkey, sealed, selectors, services
from siegel.keys.models import OwnKey, PartnerKey

ACTOR = "cli"


def duration(value: str) -> dt.timedelta:
    """``30d``, ``12w`` or a plain number of days."""
    match = re.fullmatch(r"(\d+)([dw]?)", value.strip())
    if not match:
        raise ArgumentTypeError(f"not a duration like 30d or 4w: {value!r}")
    days = int(match.group(1)) * (7 if match.group(2) == "w" else 1)
    return dt.timedelta(days=days)


def read_file(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror}") from None


class Command(BaseCommand):
    help = (
        "Keys and certificates: import (PKCS#12, OpenPGP, partner certificates, CA bundle), "
        "list, export, rotate the master key."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        p12 = sub.add_parser("import-p12", help="Import an own certificate with its private key.")
        p12.add_argument("file")
        p12.add_argument("--password-file", help="file holding the password (else none)")
        p12.add_argument("--domain", help="import as the domain certificate of this domain")
        pgp = sub.add_parser(
            "import-pgp", help="Import an OpenPGP key: secret = own key, public = partner key."
        )
        pgp.add_argument("file")
        partner = sub.add_parser(
            "import-partner",
            help="Import a partner's S/MIME certificate (PEM or DER; a chain may follow).",
        )
        partner.add_argument("file")
        partner.add_argument(
            "--domain", help="the partner gateway's certificate for every address of this domain"
        )
        ca = sub.add_parser(
            "import-ca", help="Add the CA certificates of a PEM bundle as trust anchors."
        )
        ca.add_argument("file")
        listing = sub.add_parser("list", help="List own and partner keys.")
        listing.add_argument(
            "--expiring", type=duration, help="only own keys expiring within, e.g. 30d"
        )
        listing.add_argument("--address", help="only keys for this address")
        listing.add_argument("--json", action="store_true", help="machine-readable output")
        export = sub.add_parser(
            "export", help="Print the public certificate of an own address (PEM)."
        )
        export.add_argument("address")
        rotate = sub.add_parser(
            "rotate-master-key", help="Re-seal all private keys under the current master key."
        )
        rotate.add_argument(
            "--generate",
            action="store_true",
            help="first put a newly generated key at the top of SIEGEL_MASTER_KEY_FILE",
        )

        sub.add_parser(
            "master-key-status",
            help="Count what each master key sealed; exits 1 while anything needs an old key.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        handler = getattr(self, "_" + options["subcommand"].replace("-", "_"))
        try:
            handler(options)
        except (services.ImportRefused, KeyringError) as exc:
            raise CommandError(str(exc)) from None

    def _import_p12(self, options: dict[str, Any]) -> None:
        password = (
            read_file(options["password_file"]).rstrip(b"\r\n")
            if options["password_file"]
            else None
        )
        key = services.import_p12(
            read_file(options["file"]), password, actor=ACTOR, domain=options["domain"]
        )
        self.stdout.write(
            f"imported {key.get_kind_display()} for {key.address}, valid until {key.not_after:%Y-%m-%d}"
        )

    def _import_pgp(self, options: dict[str, Any]) -> None:
        key = services.import_pgp(read_file(options["file"]), actor=ACTOR)
        owner = "own" if isinstance(key, OwnKey) else "partner"
        self.stdout.write(f"imported {owner} OpenPGP key {key.fingerprint} for {key.address}")

    def _import_partner(self, options: dict[str, Any]) -> None:
        key = services.import_partner_certificate(
            read_file(options["file"]), actor=ACTOR, domain=options["domain"]
        )
        self.stdout.write(
            f"imported {key.get_kind_display()} for {key.address}, valid until {key.not_after:%Y-%m-%d}"
        )

    def _import_ca(self, options: dict[str, Any]) -> None:
        anchors = services.import_ca_bundle(read_file(options["file"]), actor=ACTOR)
        for anchor in anchors:
            self.stdout.write(f"trust anchor: {anchor.subject}")

    def _list(self, options: dict[str, Any]) -> None:
        own = OwnKey.objects.order_by("address", "-not_after")
        partner = PartnerKey.objects.order_by("address", "-not_after")
        if options["expiring"] is not None:
            own, partner = (
                selectors.expiring_own_keys(options["expiring"]),
                PartnerKey.objects.none(),
            )
        if options["address"]:
            own, partner = (
                own.filter(address=options["address"].lower()),
                partner.filter(address=options["address"].lower()),
            )
        rows = [_row(k, "own") for k in own] + [_row(k, "partner") for k in partner]
        if options["json"]:
            self.stdout.write(json.dumps(rows, indent=2, ensure_ascii=False))
            return
        now = timezone.now()
        for row in rows:
            days = (
                (dt.datetime.fromisoformat(row["not_after"]) - now).days
                if row["not_after"]
                else "?"
            )
            self.stdout.write(
                f"{row['owner']:<8} {row['kind']:<15} {row['address']:<40} {row['status']:<14} "
                f"until {row['not_after'][:10] if row['not_after'] else '?'} ({days} days)  {row['fingerprint'][:16]}"
            )

    def _export(self, options: dict[str, Any]) -> None:
        key = (
            selectors.directory_certificate(options["address"])
            or OwnKey.objects.filter(address=options["address"].lower())
            .order_by("-not_after")
            .first()
        )
        if key is None:
            raise CommandError(f"no own certificate for {options['address']}")
        cert = x509.load_der_x509_certificate(bytes(key.public_data))
        self.stdout.write(cert.public_bytes(serialization.Encoding.PEM).decode("ascii"), ending="")

    def _rotate_master_key(self, options: dict[str, Any]) -> None:
        if options["generate"]:
            self.stdout.write(
                f"new master key {masterkey.prepend_new_key_to_file()} added to the key file"
            )
        count = services.rotate_master_key(actor=ACTOR)
        self.stdout.write(
            f"{count} sealed keys re-sealed (private keys, portal data keys, queued mails) "
            f"under master key {masterkey.keyring().current_id}"
        )
        self._master_key_status(options)

    def _master_key_status(self, options: dict[str, Any]) -> None:
        found = sealed.census(masterkey.keyring())
        self.stdout.write(f"current master key: {found.current}")
        for name, counts in found.counts.items():
            for key, number in sorted(counts.items()):
                if key == found.current:
                    state = "current"
                elif key in found.configured:
                    state = "old, still configured"
                else:
                    state = "NOT configured" if key else "not a sealed blob"
                self.stdout.write(f"{name}: {number} under {key or '-'} ({state})")
        if found.outdated:
            raise CommandError(
                f"{found.outdated} sealed items still need an old master key: run "
                "'siegel keys rotate-master-key' again (after restarting every process with "
                "the new key first) before you remove the old key"
            )
        self.stdout.write("nothing needs an old master key: old keys may be removed")


def _row(key: OwnKey | PartnerKey, owner: str) -> dict[str, Any]:
    return {
        "owner": owner,
        "kind": key.kind,
        "address": key.address,
        "status": key.status,
        "fingerprint": key.fingerprint,
        "subject": key.subject,
        "not_after": key.not_after.isoformat() if key.not_after else None,
        "source": getattr(key, "source", None),
    }
