"""siegel portal create | resend | unlock | reset-question | disable | list | status | withdraw."""

from __future__ import annotations

import getpass
from argparse import ArgumentParser
from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from siegel.accounts import selectors, services
from siegel.accounts.errors import AccountError
from siegel.portal import selectors as portal_selectors
from siegel.portal import services as portal_services

# subcommand: (service, help, what is printed when done)
ACCOUNT_ACTIONS = {
    "resend": (
        services.resend_registration,
        "Send the registration mails again, with a new one-time password.",
        "registration mails queued for {address}",
    ),
    "unlock": (
        services.unlock,
        "Lift the lockout after three failed sign-ins.",
        "{address} unlocked",
    ),
    "reset-question": (
        services.reset_security_question,
        "Clear the security question and mail a link to set a new password (and question).",
        "security question of {address} reset; a link to set a new password is queued",
    ),
    "disable": (
        services.disable,
        "Disable the account; its sessions end at once.",
        "{address} disabled; its sessions have ended",
    ),
}


def actor() -> str:
    return f"cli:{getpass.getuser()}"


class Command(BaseCommand):
    help = "Portal accounts: create, resend registration, unlock, reset question, disable, list."

    def add_arguments(self, parser: ArgumentParser) -> None:
        sub = parser.add_subparsers(dest="subcommand", required=True)
        create = sub.add_parser("create", help="Create an account and send the registration mails.")
        create.add_argument("address")
        for name, (_service, text, _done) in ACCOUNT_ACTIONS.items():
            action = sub.add_parser(name, help=text)
            action.add_argument("address")
        listing = sub.add_parser("list", help="Accounts as tab-separated lines.")
        listing.add_argument("--status", choices=["invited", "active", "disabled"])
        status = sub.add_parser(
            "status", help="Per recipient of a deposited mail: deposited, read, deletion date."
        )
        status.add_argument("message_id", help="the mail's Message-ID, with its <angle brackets>")
        withdraw = sub.add_parser("withdraw", help="Withdraw a deposited mail nobody has read yet.")
        withdraw.add_argument("message_id")

    def handle(self, *args: Any, **options: Any) -> None:
        subcommand = options["subcommand"]
        try:
            if subcommand == "create":
                self._create(options["address"])
            elif subcommand == "list":
                self._list(options["status"])
            elif subcommand == "status":
                self._status(options["message_id"])
            elif subcommand == "withdraw":
                self._withdraw(options["message_id"])
            else:
                self._account_action(subcommand, options["address"])
        except AccountError as error:
            raise CommandError(str(error)) from None

    def _create(self, address: str) -> None:
        try:
            validate_email(address.strip())
        except ValidationError:
            raise CommandError(f"not an e-mail address: {address!r}") from None
        account = services.create(address, actor=actor())
        self.stdout.write(f"{account.address} created; registration mails queued")

    def _account_action(self, name: str, address: str) -> None:
        service, _text, done = ACCOUNT_ACTIONS[name]
        account = selectors.account_by_address(address)
        service(account, actor=actor())
        self.stdout.write(done.format(address=account.address))

    def _list(self, status: str | None) -> None:
        self.stdout.write("address\tstatus\tlocked\tlast_login\tcreated")
        for row in selectors.account_rows(status=status):
            self.stdout.write("\t".join(row))

    def _status(self, message_id: str) -> None:
        """What the sending employee may learn: never the content (read time only if receipts are on)."""
        rows = portal_selectors.status_of(message_id.strip())
        if not rows:
            raise CommandError(f"no portal message with Message-ID {message_id}")
        self.stdout.write("recipient\tdeposited\tread\texpires\twithdrawn")
        for row in rows:
            self.stdout.write(
                "\t".join(
                    [row.recipient, row.deposited, row.read_at, row.expires, row.withdrawn_at]
                )
            )

    def _withdraw(self, message_id: str) -> None:
        found = portal_selectors.inbox_messages_with_id(message_id.strip())
        if not found:
            raise CommandError(f"no portal message with Message-ID {message_id}")
        for message in found:
            try:
                portal_services.withdraw(message, actor=actor())
                self.stdout.write(f"withdrawn for {message.account.address}")
            except portal_services.NotWithdrawable:
                self.stdout.write(
                    f"not withdrawn for {message.account.address}: read or withdrawn already"
                )
