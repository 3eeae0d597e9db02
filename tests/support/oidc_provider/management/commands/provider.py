"""``provider client|users``: register a client, or users, at the test provider."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandParser
from oauth2_provider.models import Application

from tests.support.oidc_provider.validator import UNSAID, UNVERIFIED

MARKS = {"!": UNVERIFIED, "?": UNSAID}


class Command(BaseCommand):
    help = (
        "Register a client (id, secret, redirect URIs) or users "
        "(name=e-mail, ! if unverified, ? if the provider does not say)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="what", required=True)
        client = commands.add_parser("client")
        client.add_argument("client_id")
        client.add_argument("secret")
        client.add_argument("redirect_uris", nargs="+")
        users = commands.add_parser("users")
        users.add_argument("password")
        users.add_argument(
            "entries",
            nargs="+",
            help="name=address, name=address! (unverified), name=address? (unsaid)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["what"] == "client":
            Application.objects.update_or_create(
                client_id=options["client_id"],
                defaults={
                    "name": options["client_id"],
                    "client_secret": options["secret"],
                    "client_type": Application.CLIENT_CONFIDENTIAL,
                    "authorization_grant_type": Application.GRANT_AUTHORIZATION_CODE,
                    "redirect_uris": " ".join(options["redirect_uris"]),
                    "algorithm": Application.RS256_ALGORITHM,
                    "skip_authorization": True,
                },
            )
            return
        for entry in options["entries"]:
            name, address = entry.split("=", 1)
            user, _ = User.objects.update_or_create(
                username=name,
                defaults={
                    "email": address.rstrip("!?"),
                    "first_name": MARKS.get(address[-1], ""),
                },
            )
            user.set_password(options["password"])
            user.save()
