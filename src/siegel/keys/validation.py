"""Is this stored key usable for this address now?

The dates are checked at every call (a certificate expires without anybody
touching it). The chain, the usage and revocation are checked by
:func:`revalidate`, which stores the outcome on the key; the periodic task and
every import/harvest call it, so a revoked or untrusted key is never chosen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from siegel.keys.models import KeyBase, KeyStatus

UNUSABLE = {
    KeyStatus.UNTRUSTED,
    KeyStatus.REVOKED,
    KeyStatus.NOT_FOR_EMAIL,
    KeyStatus.ADDRESS_MISMATCH,
    KeyStatus.WEAK,
    KeyStatus.EXPIRED,
    KeyStatus.NOT_YET_VALID,
}


@dataclass(frozen=True)
class Verdict:
    usable: bool
    status: str
    reason: str


def assess(key: KeyBase, *, address: str, at: dt.datetime) -> Verdict:
    if key.not_after is not None and at > key.not_after:
        return Verdict(False, KeyStatus.EXPIRED, f"expired on {key.not_after:%Y-%m-%d}")
    if key.not_before is not None and at < key.not_before:
        return Verdict(
            False, KeyStatus.NOT_YET_VALID, f"not valid before {key.not_before:%Y-%m-%d}"
        )
    if key.status in UNUSABLE:
        return Verdict(False, key.status, key.status_reason or key.get_status_display())
    if key.status == KeyStatus.UNKNOWN:
        return Verdict(False, key.status, "not yet validated")
    return Verdict(True, key.status, key.status_reason or "valid")
