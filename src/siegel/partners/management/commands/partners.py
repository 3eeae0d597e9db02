"""siegel partners create-firm | deposit | list | lock-firm | unlock-firm | expire."""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import mimetypes
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from siegel.partners import selectors, services
from siegel.partners.errors import PartnerError
from siegel.partners.models import Category, Firm, FirmState
from siegel.partners.services import DocumentInput, ShipmentMetadata


def actor() -> str:
    return f"cli:{getpass.getuser()}"


class Command(BaseCommand):
    help = "Partner firms and broker post: create a firm, deposit documents, list, lock, expire."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        create = sub.add_parser(
            "create-firm", help="Create a firm; its administrator gets a first-password link."
        )
        create.add_argument("--name", required=True)
        create.add_argument("--number", required=True, help="registration (broker) number")
        create.add_argument("--admin-email", required=True)
        create.add_argument("--admin-name", default="")
        create.add_argument("--second-factor", action="store_true", help="make it mandatory")
        deposit = sub.add_parser("deposit", help="Deposit files as one shipment for a firm.")
        deposit.add_argument("--firm", required=True, help="the firm's registration number")
        deposit.add_argument("--category", required=True, choices=Category.values)
        deposit.add_argument("--customer", default="")
        deposit.add_argument("--policy", default="")
        deposit.add_argument("--date", type=dt.date.fromisoformat, help="document date YYYY-MM-DD")
        deposit.add_argument("--subject", default="")
        deposit.add_argument(
            "--key", default="", help="idempotency key (default: derived from the content)"
        )
        deposit.add_argument("files", nargs="+", type=Path)
        listing = sub.add_parser(
            "list", help="Firms, or with --firm that firm's shipments, as tab-separated lines."
        )
        listing.add_argument("--firm", help="the firm's registration number")
        for name, text in (("lock-firm", "Lock a firm"), ("unlock-firm", "Unlock a firm")):
            action = sub.add_parser(name, help=f"{text}: its users' sign-in goes with it.")
            action.add_argument("number")
        sub.add_parser("expire", help="Warn about and delete expired shipments now.")

    def handle(self, *args: Any, **options: Any) -> None:
        subcommand = options["subcommand"]
        try:
            if subcommand == "create-firm":
                self._create(options)
            elif subcommand == "deposit":
                self._deposit(options)
            elif subcommand == "list":
                self._list(options["firm"])
            elif subcommand in {"lock-firm", "unlock-firm"}:
                state = FirmState.LOCKED if subcommand == "lock-firm" else FirmState.ACTIVE
                firm = services.set_firm_state(self._firm(options["number"]), state, actor=actor())
                self.stdout.write(f"{firm.registration_number}\t{firm.state}")
            else:
                result = services.expire_shipments()
                self.stdout.write(f"warned {result.warned}, deleted {result.deleted}")
        except PartnerError as error:
            raise CommandError(str(error)) from None

    def _firm(self, number: str) -> Firm:
        firm = selectors.firm_by_number(number)
        if firm is None:
            raise CommandError(f"no firm with number {number}")
        return firm

    def _create(self, options: dict[str, Any]) -> None:
        try:
            validate_email(options["admin_email"].strip())
        except ValidationError:
            raise CommandError(f"not an e-mail address: {options['admin_email']!r}") from None
        created = services.create_firm(
            name=options["name"],
            registration_number=options["number"],
            admin_address=options["admin_email"],
            admin_name=options["admin_name"],
            second_factor_required=options["second_factor"],
            actor=actor(),
        )
        self.stdout.write(
            f"{created.firm.registration_number}\t{created.firm.pk}\t"
            f"{created.administrator.account.address}\tfirst-password link queued"
        )

    def _deposit(self, options: dict[str, Any]) -> None:
        firm = self._firm(options["firm"])
        documents = []
        for path in options["files"]:
            if not path.is_file():
                raise CommandError(f"not a file: {path}")
            media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            documents.append(DocumentInput(path.name, media, path.read_bytes()))
        metadata = ShipmentMetadata(
            category=options["category"],
            customer_name=options["customer"],
            policy_number=options["policy"],
            document_date=options["date"],
            subject=options["subject"],
        )
        key = options["key"] or _derived_key(metadata, documents)
        done = services.deposit_shipment(firm, metadata, documents, key=key, actor=actor())
        self.stdout.write(
            f"{done.shipment.pk}\t{'created' if done.created else 'exists'}\t"
            f"{done.shipment.expires_at.isoformat()}"
        )

    def _list(self, number: str | None) -> None:
        if number is None:
            self.stdout.write("number\tname\tstate\tsecond_factor\tusers")
            for firm in selectors.firms():
                users = len(selectors.firm_users(firm))
                self.stdout.write(
                    f"{firm.registration_number}\t{firm.name}\t{firm.state}\t"
                    f"{'yes' if firm.second_factor_required else 'no'}\t{users}"
                )
            return
        firm = self._firm(number)
        self.stdout.write("id\tcategory\tstate\tdeposited\texpires\tdocuments")
        for shipment in selectors.firm_shipments(firm):
            self.stdout.write(
                f"{shipment.pk}\t{shipment.category}\t{shipment.state}\t"
                f"{shipment.deposited_at.isoformat()}\t{shipment.expires_at.isoformat()}\t"
                f"{shipment.documents.count()}"
            )


def _derived_key(metadata: ShipmentMetadata, documents: list[DocumentInput]) -> str:
    """The same files with the same metadata are the same deposit: a rerun script deposits once."""
    digest = hashlib.sha256(repr(metadata).encode())
    for document in documents:
        digest.update(document.name.encode() + b"\0" + hashlib.sha256(document.data).digest())
    return f"cli:{digest.hexdigest()}"
