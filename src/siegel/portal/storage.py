"""Where sealed portal content lies: any Django storage (``STORAGES["portal"]``).

The default keeps the sealed pieces as files under the data directory. With
several web and gateway nodes, choose :class:`DatabaseStorage` (everything in
PostgreSQL, which the nodes share) or an object store through a Django storage
package; the content is sealed before it reaches any of them (ADR 0016).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import IO, Any

from django.core.files import File
from django.core.files.storage import Storage, storages
from django.db.models import BinaryField
from django.db.models.functions import Length, Substr
from django.utils.deconstruct import deconstructible

from siegel.portal.models import StoredContent


def content_storage() -> Storage:
    return storages["portal"]


@deconstructible
class DatabaseStorage(Storage):
    """Sealed parts as rows of :class:`~siegel.portal.models.StoredContent`."""

    def _open(self, name: str, mode: str = "rb") -> File[Any]:
        """The part as a file read in pieces: one piece in memory at a time, not the row."""
        row = (
            StoredContent.objects.filter(name=name)
            .annotate(size=Length("data"))
            .values_list("pk", "size")
            .first()
        )
        if row is None:
            raise FileNotFoundError(name)
        pk, size = row
        return File(io.BufferedReader(_RowReader(pk, size or 0), READ_AHEAD), name=name)

    def _save(self, name: str, content: IO[bytes]) -> str:
        data = b"".join(iter(lambda: content.read(1 << 20), b""))
        StoredContent.objects.update_or_create(name=name, defaults={"data": data})
        return name

    def delete(self, name: str) -> None:
        StoredContent.objects.filter(name=name).delete()

    def exists(self, name: str) -> bool:
        return StoredContent.objects.filter(name=name).exists()

    def size(self, name: str) -> int:
        size = (
            StoredContent.objects.filter(name=name)
            .annotate(size=Length("data"))
            .values_list("size", flat=True)
            .first()
        )
        if size is None:
            raise FileNotFoundError(name)
        return int(size)

    def listdir(self, path: str) -> tuple[list[str], list[str]]:
        prefix = path.rstrip("/") + "/" if path else ""
        names = StoredContent.objects.filter(name__startswith=prefix).values_list("name", flat=True)
        return [], [name[len(prefix) :] for name in names]

    def url(self, name: str | None) -> str:
        raise NotImplementedError("sealed content is served by the portal, never by URL")


# Read-ahead for the small reads of a sealed piece's framing; a piece itself (1 MiB) is
# read by a query of its own straight into the caller's buffer.
READ_AHEAD = 64 * 1024


class _RowReader(io.RawIOBase):
    """A ``StoredContent`` row's data read by position (``SUBSTR``), never loaded whole.

    A large attachment or shipment document held in the database is opened like a
    file: each read asks for the next bytes only.
    """

    def __init__(self, pk: int, size: int) -> None:
        super().__init__()
        self._pk = pk
        self._size = size
        self._position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        wanted = min(len(buffer), self._size - self._position)
        if wanted <= 0:
            return 0
        piece = (
            StoredContent.objects.filter(pk=self._pk)
            .annotate(piece=Substr("data", self._position + 1, wanted, output_field=BinaryField()))
            .values_list("piece", flat=True)
            .first()
        )
        if piece is None:  # deleted while being read
            return 0
        data = bytes(piece)
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)


class SealedPieces(File):
    """A File over a generator of sealed pieces, so the storage writes them as they come.

    Django's storages read ``chunks()``; the whole part is never in memory. Used by
    every app that keeps sealed content here (portal messages, broker post).
    """

    def __init__(self, pieces: Iterable[bytes]) -> None:
        super().__init__(None, name="sealed")
        self._pieces = iter(pieces)

    def chunks(self, chunk_size: int | None = None) -> Iterator[bytes]:
        yield from self._pieces

    def read(self, size: int = -1) -> bytes:
        return b"".join(self._pieces)

    @property
    def size(self) -> int:
        return 0

    def __bool__(self) -> bool:
        return True
