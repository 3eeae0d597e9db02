"""The mails Siegel writes to firm users: German first, English below, never content.

Like the account mails (:mod:`siegel.accounts.mails`) they name the insurer and
how to reach a person, carry no password and nothing of any document, and are
queued through :mod:`siegel.outbox` in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from siegel.accounts.mails import draft, portal_url
from siegel.accounts.models import Account
from siegel.outbox.services import Draft
from siegel.partners.models import Firm


def _when(moment: dt.datetime) -> str:
    return f"{timezone.localtime(moment):%d.%m.%Y %H:%M}"


def first_password_link(account: Account, firm: Firm, secret: str, expires: dt.datetime) -> Draft:
    """The link a new firm user sets a first password with: once, until it expires."""
    brand = settings.SIEGEL_BRAND_NAME
    link = portal_url(reverse("accounts:reset", args=[secret]))
    when = _when(expires)
    return draft(
        account,
        "partners-first-password-link",
        f"Ihr Zugang für {firm.name} – {brand} / Your access for {firm.name}",
        f"für Sie wurde ein Zugang zum Maklerportal von {brand} als Benutzer der Firma "
        f"{firm.name} eingerichtet. Über diesen Link vergeben Sie Ihr persönliches Passwort:"
        f"\n\n    {link}\n\n"
        f"Der Link gilt einmal und bis {when}. Danach melden Sie sich mit Ihrer "
        "E-Mail-Adresse und diesem Passwort an.",
        f"an account for the broker portal of {brand} has been set up for you as a user of "
        f"{firm.name}. Set your personal password with this link:\n\n    {link}\n\n"
        f"The link works once and until {when}. Then sign in with your e-mail address and "
        "that password.",
    )


def added_to_firm(account: Account, firm: Firm) -> Draft:
    """An existing portal user now belongs to a firm: their password stays as it is."""
    brand = settings.SIEGEL_BRAND_NAME
    link = portal_url(reverse("accounts:login"))
    return draft(
        account,
        "partners-added-to-firm",
        f"Sie sind Benutzer der Firma {firm.name} – {brand} / You were added to {firm.name}",
        f"Ihr Zugang zum sicheren Postfach von {brand} gehört jetzt auch zur Firma "
        f"{firm.name}. Sie melden sich wie bisher an:\n\n    {link}",
        f"your access to the secure mailbox of {brand} now also belongs to {firm.name}. "
        f"Sign in as before:\n\n    {link}",
    )


def new_shipment(account: Account, firm: Firm, expires: dt.datetime) -> Draft:
    """New broker post waits for the firm: where and until when — nothing of it."""
    brand = settings.SIEGEL_BRAND_NAME
    link = portal_url(reverse("partners:shipments"))
    when = f"{timezone.localtime(expires):%d.%m.%Y}"
    return draft(
        account,
        "partners-new-shipment",
        f"Neue Maklerpost für {firm.name} – {brand} / New broker post",
        f"für die Firma {firm.name} liegt neue Maklerpost von {brand} bereit:\n\n    {link}\n\n"
        f"Sie ist bis zum {when} abrufbar. Diese Benachrichtigung enthält aus "
        "Datenschutzgründen keinen Inhalt.",
        f"new broker post from {brand} is waiting for {firm.name}:\n\n    {link}\n\n"
        f"It can be fetched until {when}. For data protection this notification contains "
        "nothing of it.",
    )


def deposit_refused(author: str, address: str, subject: str, reasons: list[str]) -> Draft:
    """To a colleague inside: their mail to a firm's deposit address became no shipment, and why.

    Nothing of the mail's content but its subject; the author still has the mail
    and sends it again once the reasons are dealt with.
    """
    lines = "\n".join(f"- {reason}" for reason in reasons)
    return Draft(
        kind="partners-deposit-refused",
        to=(author,),
        subject=f"Maklerpost nicht eingestellt: {subject}",
        body=(
            f"Ihre Nachricht »{subject}« an {address} wurde nicht als Maklerpost "
            f"eingestellt:\n\n{lines}\n\n"
            "So stellen Sie Maklerpost per E-Mail ein: jeder Anhang wird ein Dokument; die "
            "ersten Zeilen des Textes nennen die Angaben, zum Beispiel\n\n"
            "    Kategorie: 120\n    Kunde: Erika Mustermann\n    Vertrag: KV-4711\n"
            "    Datum: 01.03.2026\n\n"
            "Kategorien: 100 Antrag, 120 Vertrag, 140 Inkasso, 150 Schaden, 170 Provision. "
            "Die Kategorie kann auch am Anfang des Betreffs stehen, etwa »[120] Nachtrag«.\n\n"
            f"Your message to {address} was not deposited as broker post; the reasons are "
            "listed above.\n"
        ),
        auto_submitted="auto-replied",
    )


def shipment_expiring(account: Account, firm: Firm, expires: dt.datetime) -> Draft:
    """Broker post of the firm will be deleted soon: fetch it before then — nothing of it."""
    brand = settings.SIEGEL_BRAND_NAME
    link = portal_url(reverse("partners:shipments"))
    when = f"{timezone.localtime(expires):%d.%m.%Y}"
    return draft(
        account,
        "partners-shipment-expiring",
        f"Maklerpost für {firm.name} wird bald gelöscht – {brand} / Broker post expires soon",
        f"für die Firma {firm.name} liegt Maklerpost von {brand}, die am {when} gelöscht "
        f"wird. Bitte rufen Sie sie vorher ab:\n\n    {link}\n\n"
        "Diese Benachrichtigung enthält aus Datenschutzgründen keinen Inhalt.",
        f"broker post from {brand} for {firm.name} will be deleted on {when}. Please fetch "
        f"it before then:\n\n    {link}\n\n"
        "For data protection this notification contains nothing of it.",
    )
