"""One-time passwords and password-reset links: random, hashed, expiring, single-use.

A token is a random string shown once (in a mail) and stored only as a keyed
digest (HMAC-SHA256 under ``SECRET_KEY``, bound to the purpose), so a database
dump reveals no usable token. The digest is also the lookup key: checking costs
one indexed query whether or not the address exists. A one-time password is
checked together with its address, so it never opens another account.

*Single use*: :meth:`TokenGenerator.consume` marks the row used in one
conditional UPDATE (``used IS NULL AND expires > now``), so of two concurrent
uses exactly one wins; issuing a new token of the same purpose revokes the
older ones, and setting a password revokes every reset link of the account.

*Expiry*: one-time passwords after ``SIEGEL_PORTAL_OTP_DAYS`` days (14),
reset links after ``SIEGEL_PORTAL_RESET_LINK_HOURS`` hours (24). Rotating
``SECRET_KEY`` invalidates every outstanding token.

Time comes from :meth:`TokenGenerator._now`, the one seam tests move.
"""

from __future__ import annotations

import datetime as dt
import secrets

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.crypto import salted_hmac

from siegel.accounts.models import Account, AccountToken, TokenPurpose

# No 0/O, 1/I/l, 5/S, 2/Z, 8/B: a one-time password is read from a mail and typed.
OTP_ALPHABET = "ACDEFGHJKMNPQRTUVWXYabcdefghjkmnpqrstuvwxyz34679"
OTP_LENGTH = 10


class TokenGenerator:
    """Issues and checks the tokens of one purpose."""

    purpose: TokenPurpose

    def lifetime(self) -> dt.timedelta:
        raise NotImplementedError

    def random_secret(self) -> str:
        raise NotImplementedError

    def _now(self) -> dt.datetime:
        return timezone.now()

    def digest(self, secret: str) -> str:
        return salted_hmac(
            f"siegel.accounts.tokens.{self.purpose}", secret, algorithm="sha256"
        ).hexdigest()

    def issue(self, account: Account) -> tuple[AccountToken, str]:
        """A new token for ``account`` (older ones of this purpose revoked); the secret once."""
        now = self._now()
        self.live(account).update(used=now)
        secret = self.random_secret()
        token = AccountToken.objects.create(
            account=account,
            purpose=self.purpose,
            digest=self.digest(secret),
            expires=now + self.lifetime(),
        )
        return token, secret

    def live_tokens(self) -> QuerySet[AccountToken]:
        """Every token of this purpose that is neither used nor expired."""
        return AccountToken.objects.filter(
            purpose=self.purpose, used__isnull=True, expires__gt=self._now()
        )

    def live(self, account: Account) -> QuerySet[AccountToken]:
        """The account's tokens of this purpose that are neither used nor expired."""
        return self.live_tokens().filter(account=account)

    def check(self, secret: str, *, address: str | None = None) -> AccountToken | None:
        """The live token ``secret`` stands for (of ``address`` if given), or None.

        None when it is wrong, used, expired or another address's.
        """
        digest = self.digest(secret.strip())
        token = (
            AccountToken.objects.select_related("account")
            .filter(digest=digest, purpose=self.purpose, used__isnull=True)
            .first()
        )
        if token is None or token.expires <= self._now():
            return None
        if address is not None and token.account.address != address:
            return None
        return token

    def consume(self, token: AccountToken) -> bool:
        """Use ``token`` up; False when it was used (or expired) meanwhile."""
        now = self._now()
        return bool(
            AccountToken.objects.filter(pk=token.pk, used__isnull=True, expires__gt=now).update(
                used=now
            )
        )

    def revoke_all(self, account: Account) -> None:
        self.live(account).update(used=self._now())


class OneTimePasswordGenerator(TokenGenerator):
    """The first credential of a new account, sent by mail, typed by hand."""

    purpose = TokenPurpose.ONE_TIME_PASSWORD

    def lifetime(self) -> dt.timedelta:
        return dt.timedelta(days=settings.SIEGEL_PORTAL_OTP_DAYS)

    def random_secret(self) -> str:
        return "".join(secrets.choice(OTP_ALPHABET) for _ in range(OTP_LENGTH))


class ResetLinkGenerator(TokenGenerator):
    """The token in a password-reset link: never typed, so long and URL-safe."""

    purpose = TokenPurpose.PASSWORD_RESET

    def lifetime(self) -> dt.timedelta:
        return dt.timedelta(hours=settings.SIEGEL_PORTAL_RESET_LINK_HOURS)

    def random_secret(self) -> str:
        return secrets.token_urlsafe(32)


class FirstPasswordLinkGenerator(ResetLinkGenerator):
    """The link a firm user, created by someone else, sets a first password with.

    A reset link in all but lifetime (the same purpose, so the reset page takes it
    and setting the password uses it up): the person may read the mail days later,
    and no password ever travels in a mail.
    """

    def lifetime(self) -> dt.timedelta:
        return dt.timedelta(days=settings.SIEGEL_PORTAL_FIRST_PASSWORD_LINK_DAYS)


one_time_passwords = OneTimePasswordGenerator()
reset_links = ResetLinkGenerator()
first_password_links = FirstPasswordLinkGenerator()
