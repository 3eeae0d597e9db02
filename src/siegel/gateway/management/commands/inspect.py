"""siegel inspect MESSAGE.eml — structure, encryption and signatures of a mail.

S/MIME signatures are judged against the key store's trust anchors, as the
gateway judges inbound mail: the description says whether each is valid.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from siegel.core import openpgp
from siegel.core.smime.inspect import Layer, MessageDescription, inspect
from siegel.keys import selectors

PGP_LAYERS = frozenset({"pgp-encrypted", "pgp-signed"})


class Command(BaseCommand):
    help = "Show a mail's layers: signed, encrypted, algorithms, recipients, signers (--decrypt with the key store)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("message")
        parser.add_argument(
            "--decrypt", action="store_true", help="open encrypted layers with the insurer's keys"
        )
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            message = Path(options["message"]).read_bytes()
        except OSError as exc:
            raise CommandError(f"{options['message']}: {exc.strerror}") from None
        description = describe(message, decrypt=options["decrypt"])
        if options["json"]:
            self.stdout.write(
                json.dumps(description.as_dict(), indent=2, ensure_ascii=False, default=str)
            )
        else:
            self.stdout.write(description.describe())


def describe(message: bytes, *, decrypt: bool) -> MessageDescription:
    """S/MIME layers from :func:`inspect`; an OpenPGP mail described (and opened) by Sequoia."""
    keys = [(i.certificate, i.private_key) for i in selectors.decryption_keys()] if decrypt else []
    anchors = selectors.trust_anchors()
    description = inspect(message, keys, trust_anchors=anchors)
    first = description.layers[0]
    inline = first.kind == "content" and b"-----BEGIN PGP " in message
    if first.kind not in PGP_LAYERS and not inline:
        return description
    try:
        facts = openpgp.describe(message)
    except openpgp.OpenPgpError as exc:
        return MessageDescription((Layer("broken", {"reason": exc.reason}),))
    layer = Layer(
        "openpgp-encrypted" if facts.encrypted else "openpgp-signed",
        {
            "framing": facts.framing,
            "recipients": list(facts.recipient_key_ids),
            "signers": list(facts.signer_key_ids),
            "packets": list(facts.layers),
        },
    )
    if not (decrypt and facts.encrypted):
        return MessageDescription((layer,))
    try:
        opened = openpgp.decrypt_and_verify(
            message, selectors.own_pgp_secrets(), selectors.partner_pgp_keys()
        )
    except openpgp.OpenPgpError as exc:
        return MessageDescription((Layer(layer.kind, {**layer.details, "decryption": exc.reason}),))
    details = {**layer.details, "decryption": "opened", "signature": opened.reason}
    inner = inspect(opened.content, keys, trust_anchors=anchors)
    return MessageDescription((Layer(layer.kind, details), *inner.layers))
