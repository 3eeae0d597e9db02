"""A prepared query gives exactly what its queryset gives, for any values, on each database."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

import pytest
from django.db import transaction
from django.db.models import Q
from django.db.transaction import TransactionManagementError
from django.utils import timezone

from siegel.infra.prepared import PreparedQuery
from siegel.keys import selectors as key_selectors
from siegel.keys.models import KeyKind, KeySource, KeyStatus, PartnerKey
from siegel.policy import selectors
from siegel.policy.models import Consent, ConsentScope
from siegel.portal.models import PortalMessage

pytestmark = pytest.mark.django_db

ADDRESSES = ["a@example.org", "b@example.org", "c@partner.example"]
NOW = timezone.now().replace(microsecond=0)
BERLIN = ZoneInfo("Europe/Berlin")


def moment(rng: random.Random) -> dt.datetime:
    """Some on whole seconds: their stored text is shorter, a trap for text comparisons."""
    micro = rng.choice([0, rng.randint(1, 999_999)])
    return NOW + dt.timedelta(days=rng.randint(-30, 30), microseconds=micro)


def orm_consents(addresses: list[str], scope: str, at: dt.datetime) -> list[str]:
    return sorted(
        Consent.objects.filter(
            Q(valid_until__isnull=True) | Q(valid_until__gt=at),
            address__in=addresses,
            scope=scope,
            revoked_at__isnull=True,
            valid_from__lte=at,
        ).values_list("address", flat=True)
    )


def test_consent_look_up_agrees_with_the_orm_for_random_data() -> None:
    rng = random.Random(7)
    scopes = [ConsentScope.TLS_STRICTLY_CONFIDENTIAL, "other"]
    for number in range(60):
        start = moment(rng)
        Consent.objects.create(
            address=rng.choice(ADDRESSES),
            scope=rng.choice(scopes),
            valid_from=start,
            valid_until=rng.choice([None, start + dt.timedelta(days=rng.randint(0, 20))]),
            revoked_at=rng.choice([None, None, moment(rng)]),
            document_reference=f"doc {number}",
            recorded_by="test",
        )
    bounds = [
        t for row in Consent.objects.values_list("valid_from", "valid_until") for t in row if t
    ]
    checked = {True: 0, False: 0}
    for _ in range(300):
        addresses = rng.sample(ADDRESSES, rng.randint(1, len(ADDRESSES)))  # lists of each size
        scope = rng.choice(scopes)
        at = rng.choice([moment(rng), rng.choice(bounds)])  # also exactly on a boundary
        at = at.astimezone(rng.choice([dt.UTC, BERLIN]))  # the same moment, told otherwise
        expected = orm_consents(addresses, scope, at)
        found = sorted(selectors._CONSENTS.column(addresses=addresses, scope=scope, at=at))
        assert found == expected, (addresses, scope, at)
        checked[bool(expected)] += 1
    assert min(checked.values()) > 20  # both answers were exercised


def test_key_candidates_agree_with_the_orm_row_for_row() -> None:
    rng = random.Random(11)
    created: list[PartnerKey] = []
    for number in range(40):
        kind = rng.choice([KeyKind.SMIME_PERSONAL, KeyKind.PGP, KeyKind.SMIME_DOMAIN])
        owner = rng.choice(ADDRESSES)
        key = PartnerKey.objects.create(
            kind=kind,
            source=KeySource.IMPORTED,
            address=owner.rpartition("@")[2] if kind == KeyKind.SMIME_DOMAIN else owner,
            fingerprint=f"{number:064x}",
            public_data=b"-",
            not_after=rng.choice([None, moment(rng)]),
            not_before=rng.choice([None, moment(rng)]),
            status=KeyStatus.VALID,
            capabilities=rng.choice([[], ["aes256_gcm", "aes256_cbc"]]),
        )
        if created and rng.random() < 0.2:
            key.superseded_by = rng.choice(created)
            key.save()
        created.append(key)
    everybody = [*ADDRESSES, "nobody@example.org"]
    for size in range(1, len(everybody) + 1):
        addresses = rng.sample(everybody, size)
        domains = sorted({a.rpartition("@")[2] for a in addresses})
        wanted = Q(address__in=addresses, kind__in=[KeyKind.SMIME_PERSONAL, KeyKind.PGP]) | Q(
            address__in=domains, kind=KeyKind.SMIME_DOMAIN
        )
        expected = list(
            PartnerKey.objects.filter(wanted, superseded_by__isnull=True).order_by(
                "-not_after", "-pk"
            )
        )
        found = key_selectors._RECIPIENT_KEYS.rows(addresses=addresses, domains=domains)
        assert [fields(k) for k in found] == [fields(k) for k in expected]
        assert all(k.not_after is None or k.not_after.tzinfo for k in found)
        assert all(not k._state.adding for k in found)  # as if loaded


def fields(key: PartnerKey) -> list[object]:
    """Every field as the model gives it (datetimes aware, JSON decoded, bytes)."""
    return [
        bytes(value) if isinstance(value, memoryview) else value
        for value in (getattr(key, f.attname) for f in PartnerKey._meta.concrete_fields)
    ]


def test_an_escaped_value_never_becomes_a_wildcard() -> None:
    """iexact is LIKE with an escaped value on SQLite (refused) and UPPER(...) = on PostgreSQL."""
    Consent.objects.create(
        address="a@example.org", scope="x", valid_from=NOW, document_reference="d", recorded_by="t"
    )
    query = PreparedQuery(
        lambda address: Consent.objects.filter(address__iexact=address).values_list("pk")[:1],
        address=str,
    )
    try:
        found = query.exists(address="%")
    except ValueError:
        return  # the database escapes the value: not preparable
    assert found is Consent.objects.filter(address__iexact="%").exists() is False


@pytest.mark.parametrize("lookup", ["contains", "startswith"])
def test_a_lookup_that_rewrites_its_value_is_refused(lookup: str) -> None:
    """Else a "%" in a real value would be a wildcard the ORM had escaped."""
    query = PreparedQuery(
        lambda address: Consent.objects.filter(**{f"address__{lookup}": address}).values_list("pk")[
            :1
        ],
        address=str,
    )
    with pytest.raises(ValueError, match="address"):
        query.exists(address="%")


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        selectors.recipient_facts(["a@example.org"], at=dt.datetime(2026, 1, 1))


@pytest.mark.django_db(transaction=True)  # no test transaction around it
def test_locking_reads_only_inside_a_transaction() -> None:
    locked = PreparedQuery(lambda: Consent.objects.select_for_update().filter(pk=1))
    with transaction.atomic():
        assert locked.rows() == []
    with pytest.raises(TransactionManagementError):
        locked.rows()


def test_first_converts_like_the_orm() -> None:
    start = NOW - dt.timedelta(days=1)
    Consent.objects.create(
        address="a@example.org",
        scope="x",
        valid_from=start,
        document_reference="d",
        recorded_by="t",
    )
    query = PreparedQuery(
        lambda address: Consent.objects.filter(address=address).values_list("valid_from")[:1],
        address=str,
    )
    assert query.first(address="a@example.org") == (start,)


def test_values_must_be_exactly_the_declared_ones() -> None:
    query = PreparedQuery(
        lambda address: Consent.objects.filter(address=address).values_list("pk")[:1],
        address=str,
    )
    with pytest.raises(TypeError):
        query.exists()
    with pytest.raises(TypeError):
        query.exists(address="a@example.org", scope="x")


def test_a_list_parameter_needs_values() -> None:
    with pytest.raises(TypeError, match="non-empty list"):
        selectors._REACTIVE_PERMISSIONS.column(addresses=[])


def test_a_key_parameter_agrees_with_the_orm_and_takes_only_ints() -> None:
    consents = [
        Consent.objects.create(
            address=address, scope="x", valid_from=NOW, document_reference="d", recorded_by="t"
        )
        for address in ADDRESSES
    ]
    query = PreparedQuery(
        lambda pk, address: Consent.objects.filter(pk=pk, address=address).values_list("scope"),
        pk=int,
        address=str,
    )
    for consent in consents:
        for address in ADDRESSES:
            expected = list(
                Consent.objects.filter(pk=consent.pk, address=address).values_list("scope")
            )
            assert query.tuples(pk=consent.pk, address=address) == expected
    assert query.tuples(pk=-1, address=ADDRESSES[0]) == []
    for wrong in (str(consents[0].pk), True, 1.0):
        with pytest.raises(TypeError, match="must be an int"):
            query.tuples(pk=wrong, address=ADDRESSES[0])  # type: ignore[arg-type]


def test_a_key_beyond_any_column_finds_nothing_as_the_orm_does() -> None:
    query = PreparedQuery(lambda pk: Consent.objects.filter(pk=pk).values_list("pk"), pk=int)
    for huge in (2**63, 10**20, -(2**63) - 1):
        assert query.tuples(pk=huge) == list(Consent.objects.filter(pk=huge).values_list("pk"))


def test_a_query_whose_sql_depends_on_the_value_is_refused() -> None:
    """Django drops ``size = <negative>`` on a positive column: the marker would lose a condition."""
    query = PreparedQuery(
        lambda n: PortalMessage.objects.filter(Q(pk=n) | Q(size=n)).values_list("pk"), n=int
    )
    with pytest.raises(ValueError, match="depends on the values"):
        query.tuples(n=5)
