"""The text of a mail as classification reads it: subject, bodies, attachments.

HTML loses its tags (and scripts and styles); PDFs and office documents give
their text, read in memory. What cannot be read is reported, never skipped in
silence: an encrypted PDF or an unknown binary is "unreadable", a broken
structure or an unknown charset is "broken" — and the caller decides how much
sensitivity that costs.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from html.parser import HTMLParser

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from siegel.core.mime.parse import parse_message

MAX_PDF_PAGES = 200
OFFICE_MEMBERS = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (
        "word/document.xml",
    ),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ("xl/sharedStrings.xml",),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": (),
    "application/vnd.oasis.opendocument.text": ("content.xml",),
    "application/vnd.oasis.opendocument.spreadsheet": ("content.xml",),
}
ALREADY_ENCRYPTED = {
    "application/pkcs7-mime",
    "application/x-pkcs7-mime",
    "application/pgp-encrypted",
    "multipart/encrypted",
}
_TAGS = re.compile(r"<[^>]+>")


@dataclass
class Extracted:
    subject: str = ""
    texts: list[tuple[str, str]] = field(default_factory=list)  # (location, text)
    unreadable: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-case names, first field wins


class _Headers(Mapping[str, str]):
    """The mail's header fields by lower-case name, each decoded only when asked for.

    Classification asks for one field (the marking header); decoding every field
    of a mail through the header registry cost a third of reading a 50 KB mail.
    """

    def __init__(self, parsed: EmailMessage) -> None:
        self._parsed = parsed

    def __getitem__(self, name: str) -> str:
        value = self._parsed.get(name)  # the first field of that name, as before
        if value is None:
            raise KeyError(name)
        return str(value)

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(name.lower() for name in self._parsed))

    def __len__(self) -> int:
        return sum(1 for _ in self)


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag in {"br", "p", "div", "tr", "li"}:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


class Unreadable(Exception):
    """The part's content cannot be read as text (encrypted, unknown binary)."""


class PartlyRead(Unreadable):
    """Only part of the content was read; ``text`` is that part, the rest counts as unread."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(reason)
        self.text = text


def html_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


def pdf_text(data: bytes) -> str | None:
    """The text of a PDF, or None when it is encrypted. Raises ValueError when broken.

    Only the first ``MAX_PDF_PAGES`` pages are read (text extraction is slow); a
    longer PDF raises :class:`PartlyRead` with the text of those pages.
    """
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return None
        text = "\n".join((page.extract_text() or "") for page in reader.pages[:MAX_PDF_PAGES])
        pages = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ValueError(f"PDF cannot be read: {exc}") from None
    if pages > MAX_PDF_PAGES:
        raise PartlyRead(f"PDF of {pages} pages, only {MAX_PDF_PAGES} read", text)
    return text


def office_text(data: bytes, members: tuple[str, ...]) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = members or tuple(
                n for n in archive.namelist() if n.startswith("ppt/slides/slide")
            )
            return "\n".join(
                _TAGS.sub(" ", archive.read(n).decode("utf-8", "replace"))
                for n in names
                if n in archive.namelist()
            )
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ValueError(f"office document cannot be read: {exc}") from None


def extract(message: bytes) -> Extracted:
    result = Extracted()
    try:
        parsed = parse_message(message)
    except Exception as exc:  # the stdlib parser is lenient; anything raised here is a broken mail
        result.broken.append(f"mail cannot be parsed: {exc}")
        return result
    try:
        result.subject = str(parsed.get("Subject", "") or "")
    except (ValueError, LookupError) as exc:
        result.broken.append(f"subject cannot be decoded: {exc}")
    result.headers = _Headers(parsed)
    if parsed.defects:
        result.broken.append(
            "malformed structure: " + ", ".join(type(d).__name__ for d in parsed.defects)
        )
    for part in parsed.walk():
        _read_part(part, result)
    return result


def _payload(part: EmailMessage) -> bytes:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def part_text(part: EmailMessage) -> str | None:
    """The text of one leaf part as classification reads it; None for inline pictures.

    Raises :class:`Unreadable` for content without readable text, ``LookupError``
    for an unknown charset and ``ValueError``/``UnicodeError`` for broken content.
    """
    content_type = part.get_content_type()
    if content_type == "text/html":
        return html_text(str(part.get_content()))
    if content_type.startswith("text/"):
        return str(part.get_content())
    filename = part.get_filename()
    if content_type == "application/pdf" or (filename or "").lower().endswith(".pdf"):
        text = pdf_text(_payload(part))
        if text is None:
            raise Unreadable("encrypted PDF")
        return text
    if content_type in OFFICE_MEMBERS:
        return office_text(_payload(part), OFFICE_MEMBERS[content_type])
    if content_type.startswith("image/") and part.get("Content-ID") and not is_attachment(part):
        return None  # inline pictures of an HTML mail (logos, signatures)
    if content_type in PUBLIC_KEYS:
        return None  # published to be handed out: a certificate or public key reveals nothing
    raise Unreadable(content_type)


PUBLIC_KEYS = frozenset(
    {"application/pkix-cert", "application/x-x509-ca-cert", "application/pgp-keys"}
)


def is_attachment(part: EmailMessage) -> bool:
    return part.get_content_disposition() == "attachment" or part.get_filename() is not None


def _read_part(part: EmailMessage, result: Extracted) -> None:
    content_type = part.get_content_type()
    if content_type in ALREADY_ENCRYPTED:
        result.unreadable.append(f"already encrypted ({content_type})")
        return
    if part.is_multipart() or content_type == "message/rfc822":
        return
    filename = part.get_filename()
    attachment = filename is not None or part.get_content_disposition() == "attachment"
    location = f"attachment:{filename or content_type}" if attachment else "body"
    if filename:
        result.texts.append(("attachment name", filename))
    try:
        text = part_text(part)
    except PartlyRead as exc:
        result.unreadable.append(f"{location} ({exc})")
        result.texts.append((location, exc.text))
        return
    except Unreadable as exc:
        result.unreadable.append(f"{location} ({exc})")
    except LookupError as exc:
        result.broken.append(f"{location}: unknown charset ({exc})")
    except (ValueError, UnicodeError, AssertionError) as exc:
        result.broken.append(f"{location}: {exc}")
    else:
        if text is not None:
            result.texts.append((location, text))
