"""Broker post by mail: a colleague's mail to a firm's deposit address becomes a shipment.

Only mail from inside counts — a local sender (the same trust the gateway gives
a sender for relaying: Postfix in front must refuse local sender addresses from
outside), not Siegel's own mail and not a portal user's letter. From outside the
address is an ordinary recipient and goes to the next hop like any other: it
never deposits anything.

The deposit is keyed by the gateway's delivery key and the address, so the
sender's MTA retrying the transaction deposits once; a refusal is reported to
the author through the outbox (under the same key) and the recipient counts as
reported, as a recipient the policy refuses does — the mail is never dropped
without a word.
"""

from __future__ import annotations

from siegel.core.mime.routing import is_automatic
from siegel.gateway.delivery import Envelope
from siegel.gateway.results import Fate, RecipientOutcome
from siegel.partners import deposit_mail, services


def deposit(
    envelope: Envelope, recipients: tuple[str, ...], key: str
) -> tuple[list[RecipientOutcome], tuple[str, ...]]:
    """Deposit for every firm address among ``recipients``; return the outcomes and the rest."""
    addressed = [(r, deposit_mail.firm_number(r)) for r in recipients]
    firms = [(r, number) for r, number in addressed if number is not None]
    if not firms:
        return [], recipients
    rest = tuple(r for r, number in addressed if number is None)
    if is_automatic(envelope.sender, envelope.content):  # never answer a robot: no loops
        return [RecipientOutcome(r, Fate.IGNORED, "automatic mail") for r, _ in firms], rest
    request = deposit_mail.read(envelope.content)
    outcomes = []
    for address, number in firms:
        done = services.deposit_by_mail(
            number,
            request,
            author=envelope.sender,
            address=address,
            key=f"{key}:brokerpost:{address.lower()}",
        )
        if done.shipment is not None:
            outcomes.append(
                RecipientOutcome(address, Fate.DEPOSITED, f"shipment:{done.shipment.pk}")
            )
        else:
            outcomes.append(RecipientOutcome(address, Fate.REPORTED, "; ".join(done.reasons)))
    return outcomes, rest
