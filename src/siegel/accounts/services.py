"""Writing portal accounts: the only place that creates, changes or disables them.

Every change is audited through :func:`siegel.audit.services.record` (never with a
secret), and every mail is queued through :mod:`siegel.outbox` in the caller's
transaction: it leaves after the commit, or never if the change rolls back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from axes.utils import reset as axes_reset
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django_otp.models import Device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from siegel.accounts import mails, questions, selectors
from siegel.accounts.errors import (
    AccountDisabled,
    AccountExists,
    AddressNotUsable,
    NotAPortalUser,
    NotInvited,
    TokenSpent,
)
from siegel.accounts.models import Account, AccountStatus, AccountToken, Language, Passkey
from siegel.accounts.passkeys import VerifiedPasskey
from siegel.accounts.tokens import first_password_links, one_time_passwords, reset_links
from siegel.audit.services import record
from siegel.outbox import services as outbox

USERNAME_LENGTH = 150  # django.contrib.auth's username field


def normalise_address(address: str) -> str:
    return address.strip().lower()


def target(account: Account) -> str:
    return f"account:{account.pk}"


# --- creation and registration mails ------------------------------------------------------


def invite(address: str, *, actor: str) -> bool:
    """Make sure ``address`` can register; True when registration mails were queued.

    Called inside the deposit's transaction for every recipient. An account is
    created (invited) when missing; an invited account without a live one-time
    password gets one, in the two registration mails. An active account needs
    none (False: the caller sends its plain notification); a disabled one gets
    nothing (False: the caller decides about the deposit).
    """
    with transaction.atomic():
        try:
            account, _created = _account_for_invitation(normalise_address(address), actor=actor)
        except (NotAPortalUser, AddressNotUsable) as refusal:
            record(
                actor,
                "accounts.invite.refused",
                "",
                {"address": normalise_address(address)[:320], "reason": str(refusal)},
            )
            return False
        if account.status != AccountStatus.INVITED:
            return False
        if one_time_passwords.live(account).exists():
            return False
        _send_registration(account, actor=actor, reason="invite")
        return True


def create(address: str, *, actor: str) -> Account:
    """Staff create an account for ``address`` and send it the registration mails."""
    address = normalise_address(address)
    with transaction.atomic():
        if selectors.account_for_address(address) is not None:
            raise AccountExists(f"{address} already has a portal account")
        account, _created = _account_for_invitation(address, actor=actor)
        _send_registration(account, actor=actor, reason="create")
    return account


def resend_registration(account: Account, *, actor: str) -> None:
    """A new one-time password (the old one revoked) in both registration mails."""
    if account.status != AccountStatus.INVITED:
        raise NotInvited(f"{account.address} has registered already or is disabled")
    with transaction.atomic():
        _send_registration(account, actor=actor, reason="resend")


def request_one_time_password(address: str, *, actor: str) -> None:
    """Self-service "new one-time password": mails only an invited account, silently.

    The page answers the same for every address, so nothing here may tell the
    caller whether a mail went out. A fresh password also lifts a lockout of the
    invited account: the mail is its only way in.
    """
    account = selectors.account_for_address(normalise_address(address))
    if account is None or account.status != AccountStatus.INVITED:
        return
    with transaction.atomic():
        _lift_lockout(account)
        _send_registration(account, actor=actor, reason="request")


def _account_for_invitation(address: str, *, actor: str) -> tuple[Account, bool]:
    """The account for ``address``, made (invited) when missing; True when made in this call.

    Callers that let someone other than the holder take an account (a firm
    administrator adding a colleague) must tell an account they just made from one
    that was there: an invited account already belongs to a person the insurer wrote to.
    """
    account = selectors.account_for_address(address)
    if account is not None:
        return account, False
    user_model = get_user_model()
    if len(address) > USERNAME_LENGTH:
        raise AddressNotUsable(f"addresses longer than {USERNAME_LENGTH} characters are refused")
    user = user_model.objects.filter(username=address).first()
    if user is not None and (user.is_staff or user.is_superuser):
        raise NotAPortalUser(f"{address} is a staff user")
    if user is None:
        user = user_model(username=address, email=address)
        user.set_unusable_password()
        user.save()
    account = Account.objects.create(user=user, address=address)
    record(actor, "accounts.account.create", target(account), {"address": address})
    return account, True


def _send_registration(account: Account, *, actor: str, reason: str) -> None:
    token, secret = one_time_passwords.issue(account)
    outbox.queue(
        mails.one_time_password(account, secret, token.expires),
        key=f"accounts-one-time-password:{token.digest}",
    )
    outbox.queue(
        mails.registration_link(account, token.expires),
        key=f"accounts-registration-link:{token.digest}",
    )
    record(
        actor,
        "accounts.registration.mailed",
        target(account),
        {"address": account.address, "reason": reason, "expires": token.expires.isoformat()},
    )


def register(
    token: AccountToken,
    *,
    display_name: str,
    password: str,
    question: str,
    answer: str,
    actor: str,
    language: str = Language.GERMAN,
) -> Account:
    """Finish a registration: the one-time password is used up, the account becomes active.

    ``language`` is the one the person registered in: Siegel's later mails to them use it.
    """
    with transaction.atomic():
        if not one_time_passwords.consume(token):
            raise TokenSpent("the one-time password was used or has expired")
        account = Account.objects.select_for_update().get(pk=token.account_id)
        if account.status != AccountStatus.INVITED:
            raise NotInvited(f"{account.address} cannot register")
        _set_password(account.user, password)
        account.display_name = display_name.strip()
        account.language = language if language in Language.values else Language.GERMAN
        account.security_question = question.strip()
        account.security_answer_hash = questions.hash_answer(answer)
        account.status = AccountStatus.ACTIVE
        account.registered = timezone.now()
        account.save()
        _lift_lockout(account)
        record(actor, "accounts.account.register", target(account), {"address": account.address})
    return account


# --- passwords, questions, resets -----------------------------------------------------------


def _set_password(user: AbstractBaseUser, password: str) -> None:
    """Set the password; the session hash changes, so every other session of the user ends."""
    user.set_password(password)
    user.save(update_fields=["password"])
    account = getattr(user, "portal_account", None)
    if account is not None:
        reset_links.revoke_all(account)


def change_password(account: Account, password: str, *, actor: str) -> None:
    with transaction.atomic():
        _set_password(account.user, password)
        record(actor, "accounts.password.change", target(account), {"address": account.address})


def change_security_question(account: Account, question: str, answer: str, *, actor: str) -> None:
    with transaction.atomic():
        account.security_question = question.strip()
        account.security_answer_hash = questions.hash_answer(answer)
        account.save(update_fields=["security_question", "security_answer_hash", "updated"])
        record(actor, "accounts.question.change", target(account), {"address": account.address})


def request_reset(address: str, answer: str, *, actor: str) -> bool:
    """Mail a reset link when ``answer`` answers the account's question; False otherwise.

    Unknown, invited and disabled addresses take the same path (one hashing, a
    False), so the answer does not tell them apart from a wrong answer.
    """
    account = selectors.account_for_address(normalise_address(address))
    encoded = account.security_answer_hash if account is not None else ""
    correct = questions.answer_matches(answer, encoded)
    with transaction.atomic():
        if account is None or not correct or account.status != AccountStatus.ACTIVE:
            record(actor, "accounts.reset.refused", "", {"address": normalise_address(address)})
            return False
        token, secret = reset_links.issue(account)
        outbox.queue(
            mails.reset_link(account, secret, token.expires),
            key=f"accounts-reset-link:{token.digest}",
        )
        record(actor, "accounts.reset.mailed", target(account), {"address": account.address})
    return True


def reset_password(
    token: AccountToken,
    password: str,
    *,
    actor: str,
    question: str = "",
    answer: str = "",
) -> Account:
    """Set a new password through a reset link (used up); lifts a lockout.

    ``question`` and ``answer`` are given when staff had reset the question.
    """
    with transaction.atomic():
        if not reset_links.consume(token):
            raise TokenSpent("the reset link was used or has expired")
        account = Account.objects.select_for_update().get(pk=token.account_id)
        if account.status != AccountStatus.ACTIVE:
            raise AccountDisabled(f"{account.address} is disabled")
        _set_password(account.user, password)
        if question:
            account.security_question = question.strip()
            account.security_answer_hash = questions.hash_answer(answer)
            account.save(update_fields=["security_question", "security_answer_hash", "updated"])
        _lift_lockout(account)
        record(actor, "accounts.reset.completed", target(account), {"address": account.address})
    return account


# --- sign-in events ------------------------------------------------------------------------------


def signed_in(
    account: Account,
    *,
    client: str,
    method: str = "password",
    details: Mapping[str, object] | None = None,
) -> None:
    """A completed sign-in; ``method`` says what proved the person (``password``, ``sso``)."""
    record(
        f"user:{account.user_id}",
        "accounts.login.success",
        target(account),
        {**(details or {}), "address": account.address, "client": client, "method": method},
    )


def sign_in_failed(
    address: str, *, client: str, step: str, details: Mapping[str, object] | None = None
) -> None:
    """A failed attempt (password, one-time password, answer, second factor, SSO), audited."""
    record(
        f"web:{client}",
        "accounts.login.failure",
        "",
        {**(details or {}), "address": normalise_address(address)[:320], "step": step},
    )


def signed_out(account: Account | None, *, client: str, reason: str) -> None:
    record(
        f"user:{account.user_id}" if account else f"web:{client}",
        "accounts.logout",
        target(account) if account else "",
        {"address": account.address if account else "", "client": client, "reason": reason},
    )


def locked_out(address: str, *, client: str) -> None:
    """The attempt that locked ``address``: audited, and the holder told how to unlock.

    Unknown addresses are locked the same way (the answer must not tell them
    apart) but nobody is mailed.
    """
    address = normalise_address(address)
    account = selectors.account_for_address(address)
    with transaction.atomic():
        record(
            f"web:{client}",
            "accounts.lockout",
            target(account) if account else "",
            {"address": address},
        )
        if account is not None and account.status == AccountStatus.ACTIVE:
            outbox.queue(
                mails.locked(account),
                key=f"accounts-locked:{account.pk}:{timezone.now().isoformat()}",
            )


# --- staff actions -------------------------------------------------------------------------------


def unlock(account: Account, *, actor: str) -> None:
    with transaction.atomic():
        _lift_lockout(account)
        record(actor, "accounts.unlock", target(account), {"address": account.address})


def reset_security_question(account: Account, *, actor: str) -> None:
    """Forgotten answer: staff clear the question and the holder gets a reset link.

    The reset page then asks for a new question with the new password.
    """
    if account.status != AccountStatus.ACTIVE:
        raise NotInvited(f"{account.address} has not registered (or is disabled)")
    with transaction.atomic():
        account.security_question = ""
        account.security_answer_hash = ""
        account.save(update_fields=["security_question", "security_answer_hash", "updated"])
        token, secret = reset_links.issue(account)
        outbox.queue(
            mails.reset_link(account, secret, token.expires),
            key=f"accounts-reset-link:{token.digest}",
        )
        record(actor, "accounts.question.reset", target(account), {"address": account.address})


def disable(account: Account, *, actor: str) -> None:
    """Disable at once: the user becomes inactive, so every session of it ends on its next request."""
    with transaction.atomic():
        account.status = AccountStatus.DISABLED
        account.save(update_fields=["status", "updated"])
        account.user.is_active = False
        account.user.save(update_fields=["is_active"])
        one_time_passwords.revoke_all(account)
        reset_links.revoke_all(account)
        record(actor, "accounts.disable", target(account), {"address": account.address})


@dataclass(frozen=True)
class PasswordLink:
    """An account another person set up, and the secret of its first-password link (or none).

    ``secret`` is empty when the account has a password already: it needs no link.
    ``created`` is True only when this call made the account row: an account that
    was there — even one only invited by a deposit, whose holder has not registered
    yet — is someone's, and the caller decides whether it may take it.
    """

    account: Account
    token: AccountToken | None
    secret: str
    created: bool


def provide_with_password_link(address: str, *, display_name: str, actor: str) -> PasswordLink:
    """An active account for ``address`` whose holder sets the first password through a link.

    For people someone else signs up (a firm administrator adds a colleague): no
    one-time password in a mail, no registration step — the link (single use,
    ``SIEGEL_PORTAL_FIRST_PASSWORD_LINK_DAYS``) leads to the reset page, which also
    asks for a security question since the account has none. An invited account
    (a deposit came first) becomes such an account, its one-time passwords void; an
    account with a password keeps it. The caller mails the link, in its transaction.
    """
    address = normalise_address(address)
    with transaction.atomic():
        account, created = _account_for_invitation(address, actor=actor)
        account = Account.objects.select_for_update().select_related("user").get(pk=account.pk)
        if account.status == AccountStatus.DISABLED:
            raise AccountDisabled(f"{address} is disabled")
        if account.status == AccountStatus.INVITED:
            one_time_passwords.revoke_all(account)
            account.status = AccountStatus.ACTIVE
            account.display_name = display_name.strip()[:150]
            account.save(update_fields=["status", "display_name", "updated"])
        if account.user.has_usable_password():
            return PasswordLink(account, None, "", created=False)
        token, secret = first_password_links.issue(account)
        record(
            actor,
            "accounts.first_password_link.issued",
            target(account),
            {"address": account.address, "expires": token.expires.isoformat()},
        )
    return PasswordLink(account, token, secret, created=created)


def suspend_sign_in(account: Account, *, actor: str, reason: str) -> None:
    """Stop the account signing in, at once, while it stays what it is (it can be resumed).

    The user becomes inactive: Django's backend no longer loads it, so every
    session of it ends with its next request, and no password opens it.
    """
    with transaction.atomic():
        account.user.is_active = False
        account.user.save(update_fields=["is_active"])
        reset_links.revoke_all(account)
        record(
            actor,
            "accounts.sign_in.suspend",
            target(account),
            {"address": account.address, "reason": reason},
        )


def resume_sign_in(account: Account, *, actor: str, reason: str) -> None:
    """Undo :func:`suspend_sign_in`; a disabled account stays disabled."""
    if account.status == AccountStatus.DISABLED:
        raise AccountDisabled(f"{account.address} is disabled")
    with transaction.atomic():
        account.user.is_active = True
        account.user.save(update_fields=["is_active"])
        record(
            actor,
            "accounts.sign_in.resume",
            target(account),
            {"address": account.address, "reason": reason},
        )


def _lift_lockout(account: Account) -> None:
    axes_reset(username=account.address)


# --- second factor ---------------------------------------------------------------------------------

RECOVERY_CODES = 10


def verify_second_factor(account: Account, code: str) -> Device | None:
    """The confirmed device ``code`` is valid for (app code, or a recovery code, used up), or None.

    django-otp throttles each device after failures; a recovery code is deleted
    when it is used.
    """
    for device in [*selectors.totp_devices(account.user), *_recovery_devices(account)]:
        if device.verify_is_allowed()[0] and device.verify_token(code):
            record(
                f"user:{account.user_id}",
                "accounts.second_factor.verified",
                target(account),
                {"address": account.address, "device": type(device).__name__},
            )
            return device
    return None


def _recovery_devices(account: Account) -> list[StaticDevice]:
    return list(StaticDevice.objects.filter(user_id=account.user_id, confirmed=True))


def start_authenticator_app(account: Account) -> TOTPDevice:
    """The app being added (not yet confirmed): the one in progress, or a new secret."""
    device = TOTPDevice.objects.filter(user_id=account.user_id, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=account.user, name=gettext("Authenticator-App"), confirmed=False
        )
    return device


def confirm_authenticator_app(account: Account, device: TOTPDevice, code: str) -> bool:
    """Confirm the app with a first code from it; audited."""
    with transaction.atomic():
        if not device.verify_token(code):
            return False
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        _second_factor_changed(account, "authenticator-app", "added")
    return True


def remove_authenticator_app(account: Account, device_id: int) -> None:
    with transaction.atomic():
        if TOTPDevice.objects.filter(user_id=account.user_id, pk=device_id).delete()[0]:
            _second_factor_changed(account, "authenticator-app", "removed")


def new_recovery_codes(account: Account) -> list[str]:
    """Ten fresh recovery codes (the old ones void), to be shown once."""
    with transaction.atomic():
        device, _ = StaticDevice.objects.get_or_create(
            user=account.user, name="recovery", defaults={"confirmed": True}
        )
        device.token_set.all().delete()
        codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
        StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
        _second_factor_changed(account, "recovery-codes", "renewed")
    return codes


def add_passkey(account: Account, credential: VerifiedPasskey, name: str) -> Passkey:
    with transaction.atomic():
        passkey = Passkey.objects.create(
            user=account.user,
            name=name[:64] or gettext("Passkey"),
            confirmed=True,
            credential_id=credential.credential_id,
            public_key=credential.public_key,
            sign_count=credential.sign_count,
        )
        _second_factor_changed(account, "passkey", "added")
    return passkey


def passkey_used(account: Account, passkey: Passkey, sign_count: int) -> None:
    """A passkey proved possession: its counter (a cloned authenticator lags) and the audit."""
    with transaction.atomic():
        passkey.sign_count = sign_count
        passkey.last_used = timezone.now()
        passkey.save(update_fields=["sign_count", "last_used"])
        record(
            f"user:{account.user_id}",
            "accounts.second_factor.verified",
            target(account),
            {"address": account.address, "device": "Passkey"},
        )


def remove_passkey(account: Account, passkey_id: int) -> None:
    with transaction.atomic():
        if Passkey.objects.filter(user_id=account.user_id, pk=passkey_id).delete()[0]:
            _second_factor_changed(account, "passkey", "removed")


def _second_factor_changed(account: Account, kind: str, change: str) -> None:
    record(
        f"user:{account.user_id}",
        "accounts.second_factor.change",
        target(account),
        {"address": account.address, "kind": kind, "change": change},
    )
