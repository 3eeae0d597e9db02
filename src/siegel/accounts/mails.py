"""The mails Siegel writes about an account: German first, English below, never content.

Each names the insurer (``SIEGEL_BRAND_NAME``) and how to reach a person
(``SIEGEL_CONTACT_TEXT``), and says nothing about any message in the mailbox:
not its sender, not its subject. They are queued through :mod:`siegel.outbox`.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from siegel.accounts.models import Account
from siegel.outbox.services import Draft

SEPARATOR = "\n\n— English —\n\n"


def portal_url(path: str) -> str:
    return settings.SIEGEL_PORTAL_URL.rstrip("/") + path


def _contact() -> tuple[str, str]:
    brand = settings.SIEGEL_BRAND_NAME
    if settings.SIEGEL_CONTACT_TEXT:
        text = settings.SIEGEL_CONTACT_TEXT
        return f"Fragen? {text}", f"Questions? {text}"
    return (
        f"Bei Fragen wenden Sie sich bitte an Ihre Ansprechperson bei {brand}.",
        f"If you have questions, please contact your usual contact person at {brand}.",
    )


def draft(account: Account, kind: str, subject: str, german: str, english: str) -> Draft:
    """A mail to the account's holder in the house form (greeting, contact, German then English)."""
    contact_de, contact_en = _contact()
    body = (
        f"Guten Tag,\n\n{german}\n\n{contact_de}\n"
        "Bitte antworten Sie nicht auf diese E-Mail."
        f"{SEPARATOR}"
        f"Hello,\n\n{english}\n\n{contact_en}\n"
        "Please do not reply to this e-mail.\n"
    )
    return Draft(kind=kind, to=(account.address,), subject=subject, body=body)


def _date(moment: dt.datetime) -> str:
    return f"{timezone.localtime(moment):%d.%m.%Y}"


def one_time_password(account: Account, secret: str, expires: dt.datetime) -> Draft:
    """The first of the two registration mails: the one-time password alone, no link."""
    brand = settings.SIEGEL_BRAND_NAME
    return draft(
        account,
        "accounts-one-time-password",
        f"Ihr Einmal-Passwort für das sichere Postfach – {brand} / Your one-time password",
        f"für Ihr sicheres Postfach bei {brand} erhalten Sie dieses Einmal-Passwort:\n\n"
        f"    {secret}\n\n"
        f"Es gilt bis zum {_date(expires)} und nur für eine Registrierung. Den Link zur "
        "Registrierung erhalten Sie in einer zweiten E-Mail.",
        f"this is the one-time password for your secure mailbox at {brand}:\n\n"
        f"    {secret}\n\n"
        f"It is valid until {_date(expires)}, for one registration. The registration "
        "link comes in a second e-mail.",
    )


def registration_link(account: Account, expires: dt.datetime) -> Draft:
    """The second registration mail: the link with the address filled in, no password."""
    brand = settings.SIEGEL_BRAND_NAME
    link = portal_url(reverse("accounts:register")) + "?" + urlencode({"adresse": account.address})
    return draft(
        account,
        "accounts-registration-link",
        f"Registrierung für Ihr sicheres Postfach – {brand} / Register for your secure mailbox",
        f"{brand} hat eine vertrauliche Nachricht für Sie in einem sicheren Postfach "
        "hinterlegt. Um sie zu lesen, registrieren Sie sich bitte einmalig:\n\n"
        f"    {link}\n\n"
        "Sie brauchen dazu das Einmal-Passwort aus der zweiten E-Mail, die Sie von uns "
        f"erhalten haben (gültig bis {_date(expires)}).",
        f"{brand} has left a confidential message for you in a secure mailbox. To read it, "
        f"please register once:\n\n    {link}\n\n"
        "You need the one-time password from the other e-mail we sent you "
        f"(valid until {_date(expires)}).",
    )


def locked(account: Account) -> Draft:
    """After three failed sign-ins: how to unlock, by the self-service reset."""
    brand = settings.SIEGEL_BRAND_NAME
    forgot = portal_url(reverse("accounts:forgot"))
    return draft(
        account,
        "accounts-locked",
        f"Ihr sicheres Postfach wurde gesperrt – {brand} / Your secure mailbox was locked",
        "nach drei fehlgeschlagenen Anmeldeversuchen haben wir den Zugang zu Ihrem sicheren "
        f"Postfach bei {brand} gesperrt.\n\n"
        "So entsperren Sie ihn selbst: Öffnen Sie „Passwort vergessen“, beantworten Sie Ihre "
        "Sicherheitsfrage und vergeben Sie über den Link, den wir Ihnen dann schicken, ein "
        f"neues Passwort:\n\n    {forgot}\n\n"
        "Wenn Sie es nicht selbst waren, hat jemand Ihr Passwort zu erraten versucht; mit dem "
        "neuen Passwort sind Sie sicher.",
        "after three failed sign-in attempts we have locked your secure mailbox at "
        f"{brand}.\n\n"
        "To unlock it yourself, open “Forgot password”, answer your security question and set "
        f"a new password with the link we then send you:\n\n    {forgot}\n\n"
        "If it was not you, someone tried to guess your password; a new password keeps you safe.",
    )


def reset_link(account: Account, secret: str, expires: dt.datetime) -> Draft:
    """The link that lets the holder set a new password, once, until it expires."""
    brand = settings.SIEGEL_BRAND_NAME
    link = portal_url(reverse("accounts:reset", args=[secret]))
    when = f"{timezone.localtime(expires):%d.%m.%Y %H:%M}"
    return draft(
        account,
        "accounts-reset-link",
        f"Neues Passwort für Ihr sicheres Postfach – {brand} / Set a new password",
        f"über diesen Link vergeben Sie ein neues Passwort für Ihr sicheres Postfach bei {brand}:"
        f"\n\n    {link}\n\n"
        f"Der Link gilt einmal und bis {when}. Wenn Sie kein neues Passwort angefordert haben, "
        "können Sie diese E-Mail löschen.",
        f"with this link you set a new password for your secure mailbox at {brand}:"
        f"\n\n    {link}\n\n"
        f"The link works once and until {when}. If you did not ask for a new password, you can "
        "delete this e-mail.",
    )


def new_message(account: Account, expires: dt.datetime) -> Draft:
    """A new message waits in the mailbox: where to read it and until when — nothing of it."""
    brand = settings.SIEGEL_BRAND_NAME
    link = portal_url(reverse("accounts:login"))
    return draft(
        account,
        "portal-notification",
        f"Neue sichere Nachricht – {brand} / New secure message",
        f"in Ihrem sicheren Postfach bei {brand} liegt eine neue Nachricht für Sie. "
        f"Melden Sie sich hier an, um sie zu lesen:\n\n    {link}\n\n"
        f"Die Nachricht wird am {_date(expires)} automatisch gelöscht. Diese "
        "Benachrichtigung enthält aus Datenschutzgründen keinen Inhalt.",
        f"a new message is waiting for you in your secure mailbox at {brand}. "
        f"Sign in here to read it:\n\n    {link}\n\n"
        f"The message will be deleted automatically on {_date(expires)}. For data "
        "protection this notification contains nothing of it.",
    )
