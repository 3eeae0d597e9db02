"""JSON and XML data read as a person reads a record: "field: value" on a line each.

Systems send data as JSON or XML (an API's error with its request, a screening result, a
broker's application). As raw text the field names stand in quotes or angle brackets and
the values apart from them (``"geburtsdatum": "1998-05-19"``, ``<Vorname>Jan</Vorname>``),
so the detectors that read a labelled field ("Geburtsdatum: …", "Name: …") would not see
them. Rendered as "geburtsdatum: 1998-05-19" they do, as in a CSV's records
(:mod:`siegel.core.classify.tables`). Field names written in camel case or with underscores
("dateOfBirth", "date_of_birth") are written as words ("date of birth").

Text that does not parse is returned as it stands: it is still read, only without the help.
XML is read with :mod:`siegel.core.classify.xmltext` (no DTD, no entities, streamed).
"""

from __future__ import annotations

import json
import re

from siegel.core.classify import xmltext

_CAMEL = re.compile(r"(?<=[a-zäöü])(?=[A-ZÄÖÜ])")
MAX_DEPTH = 64  # nesting beyond any record's; deeper JSON is read as it stands
# Parsed, JSON takes several times its size in objects; a larger document (a data dump, not a
# record) is read as it stands, as the classifier reads any text.
MAX_JSON_CHARS = 4_000_000


def field_name(name: str) -> str:
    """ "dateOfBirth", "date_of_birth", "Date-Of-Birth" as "date of birth"."""
    return _CAMEL.sub(" ", name).replace("_", " ").replace("-", " ").lower()


def json_text(text: str) -> str:
    """A JSON document as "field: value" lines, or ``text`` itself if it is no JSON or larger
    than ``MAX_JSON_CHARS``."""
    if len(text) > MAX_JSON_CHARS:
        return text
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return text
    lines: list[str] = []
    stack: list[tuple[str, object, int]] = [("", document, 0)]
    while stack:
        name, value, depth = stack.pop()
        if isinstance(value, dict | list):
            if depth >= MAX_DEPTH:
                return text
            if name:
                lines.append(f"{name}:")
            items = value.items() if isinstance(value, dict) else ((name, v) for v in value)
            stack.extend(
                (field_name(str(key)), item, depth + 1) for key, item in reversed(list(items))
            )
        elif value is not None:
            lines.append(f"{name}: {value}" if name else str(value))
    return "\n".join(lines)


_DECLARATION = re.compile(r"\A\ufeff?\s*<\?xml[^>]{0,200}\?>")


def xml_text(text: str) -> str:
    """An XML document (already decoded) as "element: text" and "attribute: value" lines, or
    ``text`` itself if it cannot be read safely. Its declaration, which may name the encoding
    the text was decoded from, is dropped: the parser reads the text as UTF-8."""
    data = _DECLARATION.sub("", text, count=1).encode("utf-8", "replace")
    lines: list[str] = []
    open_elements: list[tuple[str, list[str]]] = []

    def start(name: str, attributes: dict[str, str]) -> None:
        lines.extend(
            f"{field_name(key)}: {value}"
            for key, value in attributes.items()
            if not key.startswith("xmlns")  # a namespace's name says nothing of anyone
        )
        open_elements.append((field_name(name), []))

    def end(_: str) -> None:
        name, parts = open_elements.pop()
        content = "".join(parts).strip()
        if content:
            lines.append(f"{name}: {content}")

    def characters(data: str) -> None:
        if open_elements:
            open_elements[-1][1].append(data)

    try:
        xmltext.parse(data, start, end, characters)
    except xmltext.RefusedXml:
        return text
    return "\n".join(lines)
