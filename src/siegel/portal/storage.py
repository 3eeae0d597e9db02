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
from django.utils.deconstruct import deconstructible

from siegel.portal.models import StoredContent


def content_storage() -> Storage:
    return storages["portal"]


@deconstructible
class DatabaseStorage(Storage):
    """Sealed parts as rows of :class:`~siegel.portal.models.StoredContent`."""

    def _open(self, name: str, mode: str = "rb") -> File[Any]:
        row = StoredContent.objects.filter(name=name).values_list("data", flat=True).first()
        if row is None:
            raise FileNotFoundError(name)
        return File(io.BytesIO(bytes(row)), name=name)

    def _save(self, name: str, content: IO[bytes]) -> str:
        data = b"".join(iter(lambda: content.read(1 << 20), b""))
        StoredContent.objects.update_or_create(name=name, defaults={"data": data})
        return name

    def delete(self, name: str) -> None:
        StoredContent.objects.filter(name=name).delete()

    def exists(self, name: str) -> bool:
        return StoredContent.objects.filter(name=name).exists()

    def size(self, name: str) -> int:
        row = StoredContent.objects.filter(name=name).values_list("data", flat=True).first()
        if row is None:
            raise FileNotFoundError(name)
        return len(row)

    def listdir(self, path: str) -> tuple[list[str], list[str]]:
        prefix = path.rstrip("/") + "/" if path else ""
        names = StoredContent.objects.filter(name__startswith=prefix).values_list("name", flat=True)
        return [], [name[len(prefix) :] for name in names]

    def url(self, name: str | None) -> str:
        raise NotImplementedError("sealed content is served by the portal, never by URL")


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
