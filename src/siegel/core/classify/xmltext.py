"""XML of office documents read safely: no DTD, no entities, bounded size.

Office files are zip archives of XML written by anyone. A document type
declaration is where XML bombs (nested entities) and external entities (local
files, network) live; office formats never need one, so a document with a DTD
is refused outright rather than parsed carefully. Parsing is streamed (expat),
so memory stays with the text collected, not with a tree.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.parsers import expat

Start = Callable[[str, dict[str, str]], None]
End = Callable[[str], None]
Characters = Callable[[str], None]


class RefusedXml(ValueError):
    """The XML declares a DTD or entities, or is not well-formed."""


def parse(data: bytes, start: Start, end: End, characters: Characters) -> None:
    """Stream ``data`` to the handlers; element names without their namespace prefix."""
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse_entity
    parser.StartElementHandler = lambda name, attrs: start(_local(name), attrs)
    parser.EndElementHandler = lambda name: end(_local(name))
    parser.CharacterDataHandler = characters
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise RefusedXml(f"XML cannot be read: {exc}") from None


def _local(name: str) -> str:
    return name.rpartition(":")[2]


def _refuse(*_: object) -> None:
    raise RefusedXml("XML with a document type declaration or entities is refused")


def _refuse_entity(*_: object) -> int:
    raise RefusedXml("XML with external entities is refused")
