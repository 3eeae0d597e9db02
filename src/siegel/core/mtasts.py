"""MTA-STS (RFC 8461): the TXT record, the policy file, and what they mean for delivery.

Pure parsing and judgement; fetching the TXT record (dnspython) and the policy
(HTTPS with certificate verification) is the gateway's job. Anything malformed
means "no policy": the domain then gets no verified-TLS guarantee from MTA-STS.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

MAX_AGE_LIMIT = 31_557_600  # one year, RFC 8461 3.2
_RECORD_ID = re.compile(r"[A-Za-z0-9]{1,32}")


class StsError(ValueError):
    """A malformed TXT record or policy; ``str()`` names the problem."""


class Mode(enum.StrEnum):
    ENFORCE = "enforce"
    TESTING = "testing"
    NONE = "none"


@dataclass(frozen=True)
class StsRecord:
    id: str


@dataclass(frozen=True)
class StsPolicy:
    mode: Mode
    mx: tuple[str, ...]
    max_age: int

    def matches(self, host: str) -> bool:
        """Whether an MX host name is covered (``*.example.org`` covers one label)."""
        name = host.lower().rstrip(".")
        for pattern in self.mx:
            if pattern.startswith("*."):
                suffix = pattern[1:]
                if name.endswith(suffix) and "." not in name[: -len(suffix)]:
                    return True
            elif name == pattern:
                return True
        return False


def parse_record(txt: str) -> StsRecord:
    """``v=STSv1; id=...;`` — ``v`` first, exactly ``STSv1``, an ``id`` of 1-32 alphanumerics."""
    fields = [f.strip() for f in txt.strip().split(";") if f.strip()]
    if not fields or fields[0].replace(" ", "") != "v=STSv1":
        raise StsError(f"TXT record does not start with v=STSv1: {txt[:60]!r}")
    values = {}
    for item in fields[1:]:
        key, sep, value = item.partition("=")
        if not sep:
            raise StsError(f"TXT record field without '=': {item[:30]!r}")
        values[key.strip()] = value.strip()
    if not _RECORD_ID.fullmatch(values.get("id", "")):
        raise StsError("TXT record has no valid id")
    return StsRecord(values["id"])


def select_record(txts: Iterable[str]) -> StsRecord | None:
    """Exactly one valid STSv1 record, else none (RFC 8461 3.1)."""
    candidates = [t for t in txts if t.strip().startswith("v=STSv1")]
    if len(candidates) != 1:
        return None
    try:
        return parse_record(candidates[0])
    except StsError:
        return None


def parse_policy(body: str, *, content_type: str = "text/plain", status: int = 200) -> StsPolicy:
    if status != 200:
        raise StsError(f"policy fetch answered HTTP {status}")
    if content_type.split(";")[0].strip().lower() != "text/plain":
        raise StsError(f"policy served as {content_type}, not text/plain")
    values: dict[str, list[str]] = {}
    for line in body.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise StsError(f"policy line without ':': {line[:40]!r}")
        values.setdefault(key.strip(), []).append(value.strip())
    if values.get("version") != ["STSv1"]:
        raise StsError("policy version is not STSv1")
    try:
        mode = Mode(values.get("mode", [""])[0])
    except ValueError:
        raise StsError(
            f"policy mode {values.get('mode')} is not enforce, testing or none"
        ) from None
    raw_age = values.get("max_age", [""])[0]
    if not raw_age.isdigit() or int(raw_age) > MAX_AGE_LIMIT:
        raise StsError(f"policy max_age {raw_age!r} is not a number up to {MAX_AGE_LIMIT}")
    mx = tuple(m.lower().rstrip(".") for m in values.get("mx", []))
    if mode is not Mode.NONE and not mx:
        raise StsError("policy names no mx")
    return StsPolicy(mode, mx, int(raw_age))


@dataclass(frozen=True)
class StsVerdict:
    enforce: bool
    policy: StsPolicy | None
    reason: str


def judge(
    txts: Iterable[str], body: str | None, *, content_type: str = "text/plain", status: int = 200
) -> StsVerdict:
    """Does MTA-STS require verified TLS to this domain's MX hosts?"""
    record = select_record(txts)
    if record is None:
        return StsVerdict(False, None, "no valid MTA-STS TXT record")
    if body is None:
        return StsVerdict(False, None, "no MTA-STS policy could be fetched")
    try:
        policy = parse_policy(body, content_type=content_type, status=status)
    except StsError as exc:
        return StsVerdict(False, None, f"MTA-STS policy invalid: {exc}")
    if policy.mode is not Mode.ENFORCE:
        return StsVerdict(False, policy, f"MTA-STS mode {policy.mode.value}: TLS is not enforced")
    return StsVerdict(True, policy, f"MTA-STS enforce for {', '.join(policy.mx)}")


@dataclass(frozen=True)
class CachedPolicy:
    """A policy as the sender stored it: with the TXT id it was fetched under and when."""

    record_id: str
    policy: StsPolicy
    fetched_at: float  # seconds since the epoch

    def expired(self, now: float) -> bool:
        """RFC 8461 3.2: a policy is usable for ``max_age`` seconds after it was fetched."""
        return now >= self.fetched_at + self.policy.max_age


def needs_fetch(record: StsRecord | None, cached: CachedPolicy | None, now: float) -> bool:
    """RFC 8461 5.1: fetch when the TXT id differs from the cached policy's, or it expired.

    Without a TXT record there is nothing to fetch: an unexpired cached policy still
    applies (a deleted record must not downgrade delivery before ``max_age`` runs out).
    """
    if record is None:
        return False
    return cached is None or cached.record_id != record.id or cached.expired(now)


@dataclass(frozen=True)
class StsDecision:
    """The policy that governs delivery to one domain now, and where it came from."""

    policy: StsPolicy | None
    reason: str

    @property
    def enforce(self) -> bool:
        return self.policy is not None and self.policy.mode is Mode.ENFORCE

    def allows(self, host: str) -> bool:
        """Under ``enforce`` only the policy's MX hosts may receive; otherwise every host."""
        return not self.enforce or (self.policy is not None and self.policy.matches(host))


def decide(
    record: StsRecord | None,
    fetched: StsPolicy | None,
    cached: CachedPolicy | None,
    now: float,
) -> StsDecision:
    """Which policy applies: a freshly fetched one, else an unexpired cached one (RFC 8461 5.1).

    A failed fetch never weakens delivery while a cached policy is valid: that is
    what keeps an attacker who blocks the HTTPS fetch from downgrading to plain text.
    """
    if fetched is not None:
        return StsDecision(fetched, f"MTA-STS policy fetched (mode {fetched.mode.value})")
    if cached is not None and not cached.expired(now):
        return StsDecision(
            cached.policy, f"cached MTA-STS policy (mode {cached.policy.mode.value})"
        )
    if record is None:
        return StsDecision(None, "no MTA-STS record")
    return StsDecision(None, "MTA-STS record but no policy could be fetched and none is cached")
