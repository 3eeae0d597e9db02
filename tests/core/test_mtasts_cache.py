"""RFC 8461 5.1: when to fetch a policy again, and which policy governs delivery now."""

from __future__ import annotations

import pytest

from siegel.core.mtasts import (
    CachedPolicy,
    Mode,
    StsRecord,
    decide,
    needs_fetch,
    parse_policy,
)

ENFORCE = parse_policy("version: STSv1\nmode: enforce\nmx: mx.partner.test\nmax_age: 600\n")
TESTING = parse_policy("version: STSv1\nmode: testing\nmx: *.partner.test\nmax_age: 600\n")
NOW = 1_000_000.0


def cached(record_id: str = "1", age: float = 0) -> CachedPolicy:
    return CachedPolicy(record_id, ENFORCE, NOW - age)


@pytest.mark.parametrize(
    ("record", "cache", "fetch"),
    [
        (StsRecord("1"), None, True),  # never fetched
        (StsRecord("1"), cached("1"), False),  # same id, still fresh
        (StsRecord("2"), cached("1"), True),  # the domain announced a new policy
        (StsRecord("1"), cached("1", age=600), True),  # max_age is over
        (None, cached("1"), False),  # no record: nothing to fetch, the cache still counts
        (None, None, False),
    ],
)
def test_when_to_fetch(record: StsRecord | None, cache: CachedPolicy | None, fetch: bool) -> None:
    assert needs_fetch(record, cache, NOW) is fetch


def test_a_fetched_policy_wins_over_the_cache() -> None:
    decision = decide(StsRecord("2"), TESTING, cached("1"), NOW)
    assert decision.policy is TESTING and not decision.enforce


def test_failed_fetch_falls_back_to_the_unexpired_cache() -> None:
    decision = decide(StsRecord("2"), None, cached("1", age=599), NOW)
    assert decision.enforce and "cached" in decision.reason
    assert decision.allows("mx.partner.test") and not decision.allows("evil.test")


def test_record_removed_but_cache_valid_still_enforces() -> None:
    assert decide(None, None, cached("1"), NOW).enforce


def test_expired_cache_and_failed_fetch_mean_no_policy() -> None:
    decision = decide(StsRecord("1"), None, cached("1", age=600), NOW)
    assert decision.policy is None and not decision.enforce
    assert decision.allows("evil.test")
    assert "no policy could be fetched" in decision.reason


def test_testing_mode_allows_every_host() -> None:
    decision = decide(StsRecord("1"), TESTING, None, NOW)
    assert decision.policy is not None and decision.policy.mode is Mode.TESTING
    assert decision.allows("evil.test")
