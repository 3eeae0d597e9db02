"""The hash chain of the audit log, as pure functions (the audit app stores it).

Each event's hash is SHA-256 over a canonical encoding of its fields and the hash
of its predecessor. Changing, inserting or deleting any event therefore breaks
the chain at that point, and ``verify_chain`` names the first event where it breaks.

The canonical encoding is JSON with sorted keys, no insignificant white space,
UTF-8, timestamps in UTC ISO 8601 with microseconds: stable across Python
versions and databases, and easy to re-implement for an outside auditor.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class ChainedEvent:
    """The fields that are sealed by the hash, as stored."""

    seq: int
    timestamp: dt.datetime
    actor: str
    action: str
    target: str
    details: Mapping[str, Any]
    prev_hash: str
    hash: str


def canonical_bytes(
    *,
    seq: int,
    timestamp: dt.datetime,
    actor: str,
    action: str,
    target: str,
    details: Mapping[str, Any],
    prev_hash: str,
) -> bytes:
    document = {
        "seq": seq,
        "timestamp": timestamp.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor": actor,
        "action": action,
        "target": target,
        "details": details,
        "prev_hash": prev_hash,
    }
    return json.dumps(
        document, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def event_hash(**fields: Any) -> str:
    return hashlib.sha256(canonical_bytes(**fields)).hexdigest()


@dataclass(frozen=True)
class ChainReport:
    """The outcome of a verification; ``ok`` is False at the first break."""

    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str = ""

    @property
    def reason(self) -> str:
        if self.ok:
            return f"audit chain intact: {self.checked} events verified"
        return f"audit chain broken at event {self.first_bad_seq}: {self.problem}"


def verify_chain(
    events: Iterable[ChainedEvent],
    *,
    start_seq: int = 1,
    start_prev_hash: str = GENESIS_HASH,
    head_seq: int | None = None,
    head_hash: str | None = None,
) -> ChainReport:
    """Walk ``events`` (ordered by ``seq``) and report the first break.

    ``start_*`` is the anchor left by a purge (or the genesis); ``head_*`` is the
    separately stored head of the chain, which reveals events deleted at the end.
    """
    expected_seq, prev_hash, checked = start_seq, start_prev_hash, 0
    for event in events:
        if event.seq != expected_seq:
            if event.seq > expected_seq:
                problem = f"events {expected_seq}..{event.seq - 1} are missing (deleted)"
                return ChainReport(False, checked, expected_seq, problem)
            return ChainReport(False, checked, event.seq, "sequence out of order (inserted)")
        if event.prev_hash != prev_hash:
            problem = "predecessor hash does not match (an event before it was changed, "
            problem += "inserted or deleted)"
            return ChainReport(False, checked, event.seq, problem)
        recomputed = event_hash(
            seq=event.seq,
            timestamp=event.timestamp,
            actor=event.actor,
            action=event.action,
            target=event.target,
            details=event.details,
            prev_hash=event.prev_hash,
        )
        if recomputed != event.hash:
            return ChainReport(
                False, checked, event.seq, "content does not match its hash (modified)"
            )
        prev_hash, expected_seq, checked = event.hash, expected_seq + 1, checked + 1
    if head_seq is not None and (head_seq != expected_seq - 1 or head_hash != prev_hash):
        if head_seq >= expected_seq:
            problem = f"events {expected_seq}..{head_seq} are missing at the end (deleted)"
            return ChainReport(False, checked, expected_seq, problem)
        return ChainReport(False, checked, head_seq, "chain head does not match the last event")
    return ChainReport(True, checked)
