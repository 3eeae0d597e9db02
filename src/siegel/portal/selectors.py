"""Reading the portal: mailboxes, pages of messages, one message — always for one owner."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet, Subquery

from siegel.core.keyring import KeyringError
from siegel.core.sealed import TamperedContent
from siegel.infra.prepared import PreparedQuery
from siegel.portal.content import Summary, summary
from siegel.portal.models import Folder, PortalAccount, PortalMessage

PAGE_SIZE = 25
SEARCH_LIMIT = 10_000  # messages whose summaries a search opens at most


def accounts(addresses: Sequence[str]) -> set[str]:
    """Which of ``addresses`` (lower case) have a portal mailbox: one query for a mail's recipients."""
    return set(_ACCOUNTS.column(addresses=list(addresses)))


# Asked for the recipients of every outbound mail: compiled once per number of recipients.
_ACCOUNTS = PreparedQuery(
    lambda addresses: PortalAccount.objects.filter(address__in=addresses).values_list("address"),
    addresses=list,
)


@dataclass(frozen=True)
class Row:
    """One line of a mailbox page: the message and its opened summary (None: it did not open)."""

    message: PortalMessage
    summary: Summary | None


def messages_of(address: str, folder: str) -> QuerySet[PortalMessage]:
    """The folder's messages, newest first.

    The account is a subquery, not a join: with its id a constant, PostgreSQL walks the
    ``mailbox_page`` index in order instead of sorting the whole mailbox for one page.
    """
    account = PortalAccount.objects.filter(address=address.lower()).values("pk")[:1]
    return PortalMessage.objects.filter(account_id=Subquery(account), folder=folder).order_by(
        "-deposited", "-pk"
    )


def mailbox_page(address: str, folder: str, number: int | str, query: str = "") -> Page[Row]:
    """One page of a folder, newest first; with ``query``, only messages whose subject or sender match.

    Subjects are sealed, so a search opens the summaries of the folder (at most
    :data:`SEARCH_LIMIT`) instead of asking the database.
    """
    found = messages_of(address, folder)
    if query:
        needle = query.casefold().strip()
        rows = [_row(m) for m in found[:SEARCH_LIMIT]]
        matching = [r for r in rows if r.summary and _matches(r.summary, r.message, needle)]
        return Paginator(matching, PAGE_SIZE).get_page(number)
    # The page's keys first (from the index alone), then its 25 rows: sorting or skipping
    # whole rows, sealed summaries included, cost PostgreSQL 30 ms a page at 10,000 messages.
    keys = Paginator(found.values_list("pk", flat=True), PAGE_SIZE).get_page(number)
    wanted = list(keys.object_list)
    loaded = PortalMessage.objects.in_bulk(wanted)
    rows = [_row(loaded[pk]) for pk in wanted if pk in loaded]  # one deleted meanwhile: left out
    return Page(rows, keys.number, keys.paginator)  # type: ignore[arg-type]


def _row(message: PortalMessage) -> Row:
    return Row(message, opened_summary(message))


def opened_summary(message: PortalMessage) -> Summary | None:
    """The summary, or None when the sealed content does not open (shown as damaged, audited on read)."""
    if message.withdrawn_at is not None:
        return None
    try:
        return summary(message)
    except (TamperedContent, KeyringError, ValueError):
        return None


def _matches(found: Summary, message: PortalMessage, needle: str) -> bool:
    return any(
        needle in text.casefold()
        for text in (found.subject, found.sender, found.recipients, message.sender)
    )


def message_for(address: str, pk: int) -> PortalMessage | None:
    """The message ``pk`` if it lies in ``address``'s mailbox; None for anyone else's (IDOR)."""
    found = _MESSAGE.rows(pk=int(pk), address=address.lower())
    return found[0] if found else None


# Every read, frame and download asks it: compiled once (siegel.infra.prepared).
_MESSAGE = PreparedQuery(
    lambda pk, address: PortalMessage.objects.filter(pk=pk, account__address=address)[:1],
    pk=int,
    address=str,
)


def unread_count(address: str) -> int:
    return (
        messages_of(address, Folder.INBOX)
        .filter(read_at__isnull=True, withdrawn_at__isnull=True)
        .count()
    )


@dataclass(frozen=True)
class Status:
    """What the sending employee may learn of a deposit: never its content."""

    recipient: str
    deposited: str
    read_at: str
    expires: str
    withdrawn_at: str


def status_of(message_id: str) -> list[Status]:
    """Per recipient: deposited, read (if receipts are on), deletion date, withdrawal."""
    receipts = settings.SIEGEL_PORTAL_READ_RECEIPTS
    return [
        Status(
            m.account.address,
            m.deposited.isoformat(timespec="seconds"),
            m.read_at.isoformat(timespec="seconds") if m.read_at and receipts else "",
            m.expires.isoformat(timespec="seconds"),
            m.withdrawn_at.isoformat(timespec="seconds") if m.withdrawn_at else "",
        )
        for m in PortalMessage.objects.filter(message_id=message_id, folder=Folder.INBOX)
        .select_related("account")
        .order_by("account__address")
    ]


def inbox_messages_with_id(message_id: str) -> list[PortalMessage]:
    """The deposits of one mail (one per recipient)."""
    return list(
        PortalMessage.objects.filter(message_id=message_id, folder=Folder.INBOX).select_related(
            "account"
        )
    )
