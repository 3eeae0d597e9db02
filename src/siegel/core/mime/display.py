"""A mail as a portal user reads it: headers, text, sanitised HTML, attachments — pure.

Everything here treats the mail as hostile: header values are decoded text (never
markup), attachment names lose every path, control and reserved character, and
HTML keeps only structure and text. Scripts, forms, styles (CSS can leak what the
reader looks at), frames and remote content go; images survive only when the mail
itself carries them (``cid:``), inlined as ``data:`` URIs, so opening a message
never tells anyone outside that it was read.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import re
import unicodedata
from dataclasses import dataclass, field
from email.message import EmailMessage

import nh3

from siegel.core.mime.parse import parse_message

MAX_INLINE_IMAGE = 2 * 1024 * 1024  # larger cid: images are listed as attachments instead
MAX_FILENAME = 120

ALLOWED_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "div", "dl",
        "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "ol",
        "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "u", "ul",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "*": {"lang", "dir"},
}


@dataclass(frozen=True)
class Attachment:
    """One part the reader can download: its safe name, type, size and content."""

    number: int  # 1-based, stable: the URL names it
    filename: str
    content_type: str
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class DisplayMail:
    subject: str
    sender: str  # "Name <address>", decoded
    recipients: str
    date: dt.datetime | None
    text: str
    html: str | None  # sanitised; None when the mail has no HTML part
    attachments: tuple[Attachment, ...]


def display(message: bytes) -> DisplayMail:
    """The mail as the portal shows it (never raises for a broken mail: shows what it can)."""
    parsed = parse_message(message)
    text, html, attachments, inline = _parts(parsed)
    return DisplayMail(
        subject=header_text(parsed, "Subject") or "",
        sender=header_text(parsed, "From"),
        recipients=header_text(parsed, "To"),
        date=_date(parsed),
        text=text,
        html=sanitise_html(html, inline) if html is not None else None,
        attachments=tuple(attachments),
    )


def header_text(parsed: EmailMessage, name: str, limit: int = 500) -> str:
    """A header as one line of text, at most ``limit`` characters; "" when it does not decode."""
    try:
        value = parsed.get(name)
    except (ValueError, LookupError, IndexError):
        return ""
    return " ".join(str(value or "").split())[:limit]


def _date(parsed: EmailMessage) -> dt.datetime | None:
    try:
        moment = email.utils.parsedate_to_datetime(str(parsed.get("Date", "")))
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _parts(
    parsed: EmailMessage,
) -> tuple[str, str | None, list[Attachment], dict[str, tuple[str, bytes]]]:
    texts: list[str] = []
    html: str | None = None
    attachments: list[Attachment] = []
    inline: dict[str, tuple[str, bytes]] = {}  # content id -> (type, data)
    for part in parsed.walk():
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        data = _payload(part)
        is_attachment = part.get_content_disposition() == "attachment" or bool(part.get_filename())
        content_id = str(part.get("Content-ID", "")).strip().strip("<>")
        if content_type == "text/plain" and not is_attachment:
            texts.append(_decode(part, data))
        elif content_type == "text/html" and not is_attachment and html is None:
            html = _decode(part, data)
        elif (
            content_type.startswith("image/")
            and content_id
            and len(data) <= MAX_INLINE_IMAGE
            and not is_attachment
        ):
            inline[content_id] = (content_type, data)
        else:
            number = len(attachments) + 1
            name = safe_filename(part.get_filename() or "", number, content_type)
            attachments.append(Attachment(number, name, content_type, data))
    return "\n\n".join(texts), html, attachments, inline


def _payload(part: EmailMessage) -> bytes:
    if part.get_content_type() == "message/rfc822":
        return part.as_bytes()
    try:
        data = part.get_payload(decode=True)
    except (ValueError, LookupError):
        return b""
    return data if isinstance(data, bytes) else b""


def _decode(part: EmailMessage, data: bytes) -> str:
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, "replace")
    except LookupError:  # an unknown charset: show the bytes as they most likely are
        return data.decode("utf-8", "replace")


_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*;]')


def safe_filename(name: str, number: int, content_type: str) -> str:
    """A name that is only a name: no path, no control or reserved characters, bounded length.

    Header injection (``\\r\\n``), path tricks (``../``, ``C:\\``), bidi overrides that
    make ``gpj.exe`` look like ``exe.jpg`` and empty names all end here.
    """
    name = unicodedata.normalize("NFC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if unicodedata.category(c) not in {"Cc", "Cf", "Zl", "Zp"})
    name = _UNSAFE.sub("_", name).strip(" .")
    if not name:
        extension = content_type.rsplit("/", 1)[-1] if "/" in content_type else "bin"
        name = f"anhang-{number}.{re.sub(r'[^a-z0-9]', '', extension.lower())[:8] or 'bin'}"
    if len(name) > MAX_FILENAME:
        stem, dot, extension = name.rpartition(".")
        keep = extension[:10] if dot else ""
        name = (stem if dot else name)[: MAX_FILENAME - len(keep) - 1] + (
            "." + keep if keep else ""
        )
    return name


def sanitise_html(html: str, inline: dict[str, tuple[str, bytes]]) -> str:
    """Structure and text only; ``cid:`` images of this mail inlined, every other image dropped."""

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src":
            found = inline.get(value[4:]) if value.lower().startswith("cid:") else None
            if found is None:
                return None  # remote or unknown: never fetched
            content_type, data = found
            return f"data:{content_type};base64,{base64.b64encode(data).decode()}"
        if tag == "a" and attribute == "href":
            return value if re.match(r"(?i)^(https?:|mailto:)", value.strip()) else None
        return value

    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags={"script", "style", "title", "template", "noscript", "textarea"},
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=keep,
        url_schemes={"http", "https", "mailto", "cid", "data"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )


def unique_name(name: str, used: set[str]) -> str:
    """``name``, or ``name-1.ext``, ``name-2.ext``… if taken; noted in ``used`` (ZIP members)."""
    candidate, number = name, 1
    while candidate in used:
        stem, dot, extension = name.rpartition(".")
        candidate = f"{stem or name}-{number}{dot}{extension if dot else ''}"
        number += 1
    used.add(candidate)
    return candidate
