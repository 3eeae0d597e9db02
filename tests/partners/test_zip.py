"""A shipment's ZIP is streamed: it opens, its content matches, and memory stays at a piece or two.

Run with both content storages: files (the default) and the database (several nodes).
"""

from __future__ import annotations

import hashlib
import os
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from pytest_django.fixtures import Settings

from siegel.partners.models import Shipment, ShipmentState
from siegel.partners.services import DocumentInput
from tests.partners.conftest import ADMIN, Pair, deposit, signed_in

pytestmark = pytest.mark.django_db

MiB = 1 << 20
DOCUMENT = 6 * MiB


@pytest.fixture(params=["files", "database"])
def storage(request: pytest.FixtureRequest, settings: Settings, tmp_path: Path) -> str:
    settings.STORAGES = {
        **settings.STORAGES,
        "portal": (
            {"BACKEND": "siegel.portal.storage.DatabaseStorage"}
            if request.param == "database"
            else {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(tmp_path / "portal")},
            }
        ),
    }
    return str(request.param)


@pytest.mark.slow
def test_a_large_shipment_streams_in_bounded_memory(
    firms: Pair, storage: str, tmp_path: Path
) -> None:
    """Eighteen MiB of documents that do not compress; the peak stays far below that."""
    contents = [os.urandom(DOCUMENT) for _ in range(3)]
    digests = [hashlib.sha256(data).hexdigest() for data in contents]
    shipment = deposit(
        firms.a.firm,
        documents=[
            DocumentInput(f"teil-{n}.pdf", "application/pdf", data)
            for n, data in enumerate(contents, start=1)
        ],
    )
    del contents
    client = signed_in(Client(), ADMIN)
    saved = tmp_path / "lieferung.zip"
    tracemalloc.start()
    try:
        response = client.get(f"/postfach/maklerpost/{shipment.pk}/zip/")
        assert response.status_code == 200 and response.streaming
        with saved.open("wb") as out:
            for chunk in response.streaming_content:  # type: ignore[attr-defined]
                out.write(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert saved.stat().st_size > 3 * DOCUMENT
    # Building the archive in memory held all of it (18 MiB and more); now it is a piece or
    # two of one document whatever the shipment's size — well below even one document.
    assert peak < DOCUMENT, f"peak {peak / MiB:.1f} MiB for {3 * DOCUMENT / MiB:.0f} MiB"
    with zipfile.ZipFile(saved) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == ["teil-1.pdf", "teil-2.pdf", "teil-3.pdf"]
        for name, digest in zip(archive.namelist(), digests, strict=True):
            assert hashlib.sha256(archive.read(name)).hexdigest() == digest
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="lieferung-')
    assert "no-store" in response["Cache-Control"]
    assert Shipment.objects.get(pk=shipment.pk).state == ShipmentState.FETCHED


def test_a_damaged_document_gives_the_error_page_before_any_byte_of_the_zip(
    firms: Pair, storage: str
) -> None:
    from siegel.portal.storage import content_storage

    shipment = deposit(
        firms.a.firm,
        documents=[
            DocumentInput("eins.pdf", "application/pdf", b"%PDF eins"),
            DocumentInput("zwei.pdf", "application/pdf", b"%PDF zwei"),
        ],
    )
    name = shipment.document_name(2)
    with content_storage().open(name, "rb") as handle:
        sealed = bytearray(handle.read())
    sealed[-1] ^= 1
    content_storage().delete(name)
    content_storage().save(name, ContentFile(bytes(sealed)))
    client = signed_in(Client(), ADMIN)
    response = client.get(f"/postfach/maklerpost/{shipment.pk}/zip/")
    assert response.status_code == 500 and not response.streaming
    assert b"PK" not in response.content[:2]
    assert Shipment.objects.get(pk=shipment.pk).state == ShipmentState.NEW
