"""Sealing a shipment's documents into the content storage and opening them again.

The same scheme as portal messages (:mod:`siegel.portal.content`, ADR 0016): a
random data key per shipment, wrapped by the master key and bound to the
shipment; each document sealed in pieces under it with its own context, so a
document cannot be swapped for another one of the same or another shipment.
Sealing and storing touch no database, so they happen before the deposit's
transaction opens.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from siegel.core.sealed import new_data_key, open_sealed, seal
from siegel.keys.masterkey import keyring
from siegel.partners.models import Shipment
from siegel.portal.storage import SealedPieces, content_storage


@dataclass(frozen=True)
class SealedShipment:
    """What the shipment row keeps of its documents: the wrapped key and where they lie."""

    store: str
    wrapped_key: bytes
    documents: int


def seal_documents(contents: Sequence[bytes]) -> SealedShipment:
    """Seal each document (numbered from 1) under a new data key; no database access."""
    probe = Shipment(store=uuid.uuid4().hex)  # for the names and contexts only
    data_key = new_data_key()
    storage = content_storage()
    try:
        for number, data in enumerate(contents, start=1):
            sealed = seal(data_key, probe.document_context(number), [data])
            storage.save(probe.document_name(number), SealedPieces(sealed))
    except BaseException:
        delete_documents(probe.store, len(contents))
        raise
    return SealedShipment(
        store=probe.store,
        wrapped_key=keyring().seal(data_key, probe.key_context),
        documents=len(contents),
    )


def document_pieces(shipment: Shipment, number: int) -> Iterator[bytes]:
    """A document's plaintext, piece by piece; ``TamperedContent`` the moment a piece fails."""
    key = keyring().open(bytes(shipment.wrapped_key), shipment.key_context)
    with content_storage().open(shipment.document_name(number), "rb") as handle:
        yield from open_sealed(key, shipment.document_context(number), handle.read)


def document_bytes(shipment: Shipment, number: int) -> bytes:
    """A whole document, checked completely before anything is returned."""
    return b"".join(document_pieces(shipment, number))


def delete_documents(store: str, count: int) -> None:
    """Remove the sealed documents 1…``count`` of the store (the key goes with the row)."""
    storage = content_storage()
    probe = Shipment(store=store)
    for number in range(1, count + 1):
        name = probe.document_name(number)
        if storage.exists(name):
            storage.delete(name)
