"""SMIMECapabilities (RFC 8551 2.5.2): the ciphers a signer says it can decrypt.

Every signature Siegel makes advertises AES-256-GCM first, then AES-256-CBC and
AES-128-CBC, so a correspondent that honours the list answers with authenticated
encryption (GCM), and one that does not still has a CBC cipher every client reads.
Incoming lists are read leniently: the attribute is only a hint for choosing a
cipher later, so an entry we cannot parse is skipped rather than failing the
signature it travels with. Names are asn1crypto's (``aes256_gcm``), the spelling
the encryption side's cipher choice understands; unknown ciphers keep their
dotted OID.
"""

from __future__ import annotations

from collections.abc import Iterable

from asn1crypto import cms

ADVERTISED = ("aes256_gcm", "aes256_cbc", "aes128_cbc")


def encode(ciphers: Iterable[str] = ADVERTISED) -> cms.SMIMECapabilites:
    """The attribute value advertising ``ciphers``, most preferred first."""
    return cms.SMIMECapabilites([{"capability_id": name} for name in ciphers])


def decode(value: object) -> tuple[str, ...]:
    """The cipher names of an SMIMECapabilities value (parsed or DER), in the signer's order."""
    try:
        parsed = value if isinstance(value, cms.SMIMECapabilites) else _load(value)
        entries = list(parsed)
    except (ValueError, TypeError):
        return ()
    names: list[str] = []
    for entry in entries:
        try:
            names.append(str(entry["capability_id"].native))
        except (ValueError, TypeError):
            continue
    return tuple(names)


def _load(value: object) -> cms.SMIMECapabilites:
    if isinstance(value, bytes):
        return cms.SMIMECapabilites.load(value)
    dump = getattr(value, "dump", None)
    if dump is None:
        raise TypeError(f"not an SMIMECapabilities value: {type(value).__name__}")
    return cms.SMIMECapabilites.load(dump())
