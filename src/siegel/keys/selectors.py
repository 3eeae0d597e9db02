"""Finding keys: who can we encrypt to, which key signs, what does the directory show.

Selection never returns a revoked, expired or untrusted certificate: each
candidate is assessed now (see :mod:`siegel.keys.validation`), and the reason for
every rejected one is kept, so ``siegel explain`` can say why a stronger method
was not available.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cryptography import x509
from django.db.models import Q, QuerySet
from django.utils import timezone

from siegel.core import certificates as certs
from siegel.core.policy.facts import KeyKind as CoreKeyKind
from siegel.core.policy.facts import RecipientKey
from siegel.infra.prepared import PreparedQuery
from siegel.keys.masterkey import keyring
from siegel.keys.models import KeyKind, OwnKey, PartnerKey, TrustAnchor
from siegel.keys.validation import assess


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


@dataclass(frozen=True)
class RecipientKeys:
    """The usable keys of one recipient, best first within each kind, and why others are not."""

    usable: tuple[RecipientKey, ...]
    rejected: tuple[str, ...]


def recipient_keys(
    addresses: Sequence[str], *, at: dt.datetime | None = None
) -> dict[str, RecipientKeys]:
    """For each address (lower case): its usable keys, assessed now, in one query for all.

    Personal certificates and OpenPGP keys are stored under the address, domain
    certificates under the domain. Within a kind the key valid longest comes first.
    """
    moment = at or timezone.now()
    wanted = sorted({a.lower() for a in addresses})
    found: dict[str, RecipientKeys] = {}
    for chunk in _chunks(wanted, 500):
        rows = _RECIPIENT_KEYS.rows(addresses=chunk, domains=sorted({_domain(a) for a in chunk}))
        for address in chunk:
            usable: list[RecipientKey] = []
            rejected: list[str] = []
            for key in rows:
                if key.address != (
                    _domain(address) if key.kind == KeyKind.SMIME_DOMAIN else address
                ):
                    continue
                verdict = assess(key, address=address, at=moment)
                if verdict.usable:
                    usable.append(_recipient_key(key))
                else:
                    rejected.append(f"{key.fingerprint[:16]}: {verdict.reason}")
            found[address] = RecipientKeys(tuple(usable), tuple(rejected))
    return found


def _chunks(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _recipient_key(key: PartnerKey) -> RecipientKey:
    return RecipientKey(
        CoreKeyKind(key.kind),
        key.fingerprint,
        bytes(key.public_data),
        frozenset(key.capabilities or ()),
    )


# Asked for the recipients of every mail: compiled once per number of recipients.
_RECIPIENT_KEYS = PreparedQuery(
    lambda addresses, domains: PartnerKey.objects.filter(
        Q(address__in=addresses, kind__in=[KeyKind.SMIME_PERSONAL, KeyKind.PGP])
        | Q(address__in=domains, kind=KeyKind.SMIME_DOMAIN),
        superseded_by__isnull=True,
    ).order_by("-not_after", "-pk"),
    addresses=list,
    domains=list,
)


@dataclass(frozen=True)
class SigningIdentity:
    """An own certificate with its private key opened for this use only."""

    key: OwnKey
    certificate: x509.Certificate
    private_key: certs.PrivateKey
    chain: tuple[x509.Certificate, ...]

    def __repr__(self) -> str:
        return f"<SigningIdentity {self.key.address} {self.key.fingerprint[:16]}>"


def _open(key: OwnKey) -> SigningIdentity:
    private_key, chain = _unsealed(
        bytes(key.sealed_private_key), key.seal_context, bytes(key.chain)
    )
    return SigningIdentity(
        key=key,
        certificate=x509.load_der_x509_certificate(bytes(key.public_data)),
        private_key=private_key,
        chain=chain,
    )


@functools.lru_cache(maxsize=256)
def _unsealed(
    sealed: bytes, context: str, chain: bytes
) -> tuple[certs.PrivateKey, tuple[x509.Certificate, ...]]:
    """Open and parse a sealed key once per process (parsing an RSA key costs ~90 ms).

    Keyed by the sealed bytes themselves: a re-sealed, rotated or replaced key is a
    new entry, and nothing of the secret is the key of the cache.
    """
    secret = keyring().open(sealed, context)
    return certs.load_private_key_der(secret), tuple(
        certs.load_certificates(chain)
    ) if chain else ()


def _usable_own(keys: Iterable[OwnKey], moment: dt.datetime) -> OwnKey | None:
    return next(
        (k for k in keys if k.not_before and k.not_after and k.not_before <= moment <= k.not_after),
        None,
    )


def signing_key(address: str, *, at: dt.datetime | None = None) -> SigningIdentity | None:
    """The sender's own valid key, else the valid domain key of its domain, else None."""
    moment = at or timezone.now()
    keys = _ACTIVE_SIGNING_KEYS.rows(address=address.lower(), domain=_domain(address))
    chosen = _usable_own(
        [k for k in keys if k.kind == KeyKind.SMIME_PERSONAL], moment
    ) or _usable_own([k for k in keys if k.kind == KeyKind.SMIME_DOMAIN], moment)
    return _open(chosen) if chosen else None


# Asked for the sender of every mail: compiled once (see siegel.infra.prepared).
_ACTIVE_SIGNING_KEYS = PreparedQuery(
    lambda address, domain: OwnKey.objects.filter(
        Q(kind=KeyKind.SMIME_PERSONAL, address=address)
        | Q(kind=KeyKind.SMIME_DOMAIN, address=domain),
        active=True,
    ).order_by("-not_after", "-pk"),  # of two keys expiring together, the newer
    address=str,
    domain=str,
)


def decryption_keys() -> list[SigningIdentity]:
    """Every own S/MIME key, expired ones included: old mail must still open."""
    return [
        _open(k)
        for k in OwnKey.objects.filter(kind__in=[KeyKind.SMIME_PERSONAL, KeyKind.SMIME_DOMAIN])
    ]


def trust_anchors() -> list[x509.Certificate]:
    return [
        x509.load_der_x509_certificate(bytes(a.certificate))
        for a in TrustAnchor.objects.filter(enabled=True)
    ]


def expiring_own_keys(within: dt.timedelta, *, at: dt.datetime | None = None) -> QuerySet[OwnKey]:
    moment = at or timezone.now()
    return OwnKey.objects.filter(active=True, not_after__lte=moment + within).order_by("not_after")


def _published() -> QuerySet[OwnKey]:
    """Own personal certificates the directory may hand out: active and valid now."""
    moment = timezone.now()
    return OwnKey.objects.filter(
        active=True, kind=KeyKind.SMIME_PERSONAL, not_after__gte=moment, not_before__lte=moment
    )


def directory_certificate(address: str) -> OwnKey | None:
    """The public certificate the directory hands out for one exact address, if any."""
    return _published().filter(address=address.lower()).order_by("-not_after").first()


def published_key(fingerprint: str) -> OwnKey | None:
    return _published().filter(fingerprint=fingerprint.lower()).first()


def wkd_key(domain: str, local_hash: str, local_part: str | None = None) -> OwnKey | None:
    """The own OpenPGP key WKD serves for ``<hash>@domain`` (``l=`` narrows to the exact address)."""
    from siegel.core.wkd import wkd_hash

    candidates = OwnKey.objects.filter(
        active=True, kind=KeyKind.PGP, address__endswith="@" + domain.lower()
    )
    if local_part is not None:
        candidates = candidates.filter(address=f"{local_part.lower()}@{domain.lower()}")
    moment = timezone.now()
    for key in candidates.order_by("-created"):
        if wkd_hash(key.address.rpartition("@")[0]) == local_hash and (
            key.not_after is None or key.not_after > moment
        ):
            return key
    return None


def own_pgp_secrets(address: str | None = None) -> list[bytes]:
    """Own OpenPGP secret keys (unsealed for this use), all or one address's."""
    keys = OwnKey.objects.filter(kind=KeyKind.PGP, active=True)
    if address:
        keys = keys.filter(address=address.lower())
    return [keyring().open(bytes(k.sealed_private_key), k.seal_context) for k in keys]


def partner_pgp_keys() -> list[bytes]:
    """Public OpenPGP keys of partners that are not known to be unusable (to check signatures)."""
    return [
        bytes(k.public_data)
        for k in PartnerKey.objects.filter(kind=KeyKind.PGP).exclude(status__in=["revoked"])
    ]
