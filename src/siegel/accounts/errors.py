"""What can go wrong with an account operation, as types the caller can tell apart."""

from __future__ import annotations


class AccountError(Exception):
    """Base of every refusal of the account services; the message is fit to show staff."""


class AccountExists(AccountError):
    pass


class NoSuchAccount(AccountError):
    pass


class NotInvited(AccountError):
    """Registration mails go only to accounts that have not registered yet."""


class AccountDisabled(AccountError):
    pass


class NotAPortalUser(AccountError):
    """The address belongs to a staff user: portal accounts are never staff."""


class AddressNotUsable(AccountError):
    """Not an address a portal account can have (a Django username holds 150 characters)."""


class TokenSpent(AccountError):
    """The one-time password or reset link was used or expired meanwhile."""
