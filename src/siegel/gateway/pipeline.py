"""What happens to a mail between the SMTP listener and the next hop.

:func:`process` runs in a worker process (see :mod:`siegel.gateway.workers`); it
returns only when every resulting mail is safe at the next hop, else it raises.
"""

from __future__ import annotations

from django.conf import settings

from siegel.gateway.delivery import Envelope, next_hop_from_setting


def process(envelope: Envelope) -> str:
    """Relay the mail unchanged to the next hop (the pipeline stages fill in here)."""
    return next_hop_from_setting(settings.SIEGEL_NEXT_HOP).deliver(envelope)
