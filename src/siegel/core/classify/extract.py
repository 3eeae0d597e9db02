"""The text of a mail as classification reads it: subject, bodies, attachments.

Every part a person could open is read: text and HTML (tables as records),
CSV/TSV, calendars, PDF, Word/Excel/PowerPoint and OpenDocument files, ZIP
archives and attached mails (nested to ``MAX_DEPTH``), all in memory. A text
part is decoded as a mail program would show it (:mod:`.charset`). What cannot
be read is reported, never skipped in silence: an encrypted PDF or an unknown
binary is "unreadable", a broken structure, an unknown charset or a charset the
bytes contradict is "broken" — and the caller decides how much sensitivity that
costs.
"""

from __future__ import annotations

import binascii
import codecs
import csv
import io
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage

from cryptography import x509
from pypdf import PdfReader
from pypdf.errors import PdfReadError

from siegel.core.classify import office, records, tables, zipped
from siegel.core.classify.charset import Contradicted, decoded
from siegel.core.classify.flowed import unflowed
from siegel.core.classify.htmltext import html_text, looks_like_html
from siegel.core.mime import headers
from siegel.core.mime.parse import parse_message, split_single_part

MAX_PDF_PAGES = 200
MAX_DEPTH = 3  # attached mails and archives inside each other
ALREADY_ENCRYPTED = {
    "application/pkcs7-mime",
    "application/x-pkcs7-mime",
    "application/pgp-encrypted",
    "multipart/encrypted",
}
IDENTITY_ENCODINGS = {"", "7bit", "8bit", "binary"}  # no transfer encoding to undo
Body = memoryview | bytes  # a single part's content, its transfer encoding undone
# what the standard library undoes; a part in any other is read by no mail program as text
# (RFC 2045 6.4: as application/octet-stream), and read as it stands it would hide its text
KNOWN_ENCODINGS = IDENTITY_ENCODINGS | {"base64", "quoted-printable", "x-uuencode", "uuencode"}
KNOWN_ENCODINGS |= {"uue", "x-uue"}
ZIP_TYPES = {"application/zip", "application/x-zip-compressed", "application/x-zip"}
TEXT_SUFFIXES = {".txt": "text/plain", ".csv": "text/csv", ".tsv": "text/tab-separated-values"}
TEXT_SUFFIXES |= {".htm": "text/html", ".html": "text/html", ".ics": "text/calendar"}
TEXT_SUFFIXES |= {".vcs": "text/calendar", ".vcf": "text/vcard", ".xml": "text/xml"}
TEXT_SUFFIXES |= {".json": "application/json", ".md": "text/plain", ".log": "text/plain"}
CERTIFICATE = "application/pkix-cert"
CERTIFICATE_TYPES = frozenset(
    {CERTIFICATE, "application/x-pem-file", "application/x-x509-ca-cert"}
    | {"application/x-x509-user-cert"}
)
_FOLDED = re.compile(r"\r?\n[ \t]")
_ESCAPED = re.compile(r"\\([nN,;\\])")


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


class Unreadable(Exception):
    """The part's content cannot be read as text (encrypted, unknown binary)."""


class PartlyRead(Unreadable):
    """Only part of the content was read; ``text`` is that part, the rest counts as unread."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(reason)
        self.text = text


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


def extract(message: bytes, depth: int = 0) -> Extracted:
    result = Extracted()
    try:
        parsed, body = _parsed(message)
    except Exception as exc:  # the stdlib parser is lenient; anything raised here is a broken mail
        result.broken.append(f"mail cannot be parsed: {exc}")
        return result
    if _field_beyond_bounds(parsed, _SUBJECT):
        result.broken.append(f"a subject of more than {headers.MAX_FIELD:,} characters")
    else:
        try:
            result.subject = str(parsed.get("Subject", "") or "")
        except (ValueError, LookupError) as exc:
            result.broken.append(f"subject cannot be decoded: {exc}")
    result.headers = _Headers(parsed)
    if parsed.defects:
        result.broken.append(
            "malformed structure: " + ", ".join(type(d).__name__ for d in parsed.defects)
        )
    with zipped.mail_budget():
        if body is not None:
            _read_part(parsed, result, depth, body)
        else:
            attached = _inside_attached_mails(parsed)
            for part in parsed.walk():
                _read_part(part, result, depth, attached=id(part) in attached)
    return result


ATTACHED = "attached mail"  # the location of an attached mail's subject, and its texts' prefix


def _inside_attached_mails(parsed: EmailMessage) -> set[int]:
    """The parts (by identity) that belong to a mail attached as message/rfc822."""
    inside: set[int] = set()
    for part in parsed.walk():
        if part.get_content_type() == "message/rfc822" and id(part) not in inside:
            inside.update(id(sub) for sub in part.walk() if sub is not part)
    return inside


def _parsed(message: bytes) -> tuple[EmailMessage, Body | None]:
    """The parsed mail, and for a mail of one part without transfer encoding or in
    quoted-printable its body's bytes.

    Such a body is read from the mail's bytes as they are (a view, not a copy) rather
    than through the parsed payload, which holds 8-bit text at two or four bytes per
    character: for a 25 MB mail that was the largest part of the classifier's memory.
    A quoted-printable body is decoded from the same bytes, as ``get_payload(decode=True)``
    decodes the payload (one ``binascii.a2b_qp``), without the parser passing over every line
    of it first; the test for the encoding is ``get_payload``'s own, unstripped.
    """
    single = split_single_part(message)
    if single is not None:
        parsed, body_start = single
        if _transfer_encoding(parsed) in IDENTITY_ENCODINGS:
            return parsed, memoryview(message)[body_start:]
        if str(parsed.get("Content-Transfer-Encoding", "")).lower() == "quoted-printable":
            return parsed, binascii.a2b_qp(memoryview(message)[body_start:])
    return parse_message(message), None


def _transfer_encoding(part: EmailMessage) -> str:
    return str(part.get("Content-Transfer-Encoding", "")).strip().lower()


def _payload(part: EmailMessage) -> bytes:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) else b""


def part_text(part: EmailMessage, depth: int = 0, body: Body | None = None) -> str | None:
    """The text of one leaf part as classification reads it; None for inline pictures.

    ``body`` is the part's content when the caller has it already decoded (see ``_parsed``).

    Raises :class:`Unreadable` for content without readable text, ``LookupError``
    for an unknown charset and ``ValueError``/``UnicodeError`` for broken content
    (:class:`~siegel.core.classify.charset.Contradicted` among them).
    """
    content_type = part.get_content_type()
    filename = part.get_filename() or ""
    encoding = _transfer_encoding(part)
    if encoding not in KNOWN_ENCODINGS:
        raise ValueError(f"unknown transfer encoding {encoding[:40]!r}")
    data = _payload(part) if body is None else body
    if content_type.startswith("text/"):
        text = decoded(data, str(part.get_param("charset", "us-ascii")))
        if content_type == "text/plain" and str(part.get_param("format", "")).lower() == "flowed":
            text = unflowed(text, str(part.get_param("delsp", "")).lower() == "yes")
        return _text_of(text, _file_type(content_type, filename))
    if content_type.startswith("image/") and part.get("Content-ID") and not is_attachment(part):
        return None  # inline pictures of an HTML mail (logos, signatures)
    if content_type == PUBLIC_KEY:
        return None  # published to be handed out: a public key reveals nothing
    return file_text(bytes(data), content_type, filename, depth)


PUBLIC_KEY = "application/pgp-keys"


def file_text(data: bytes, content_type: str, filename: str, depth: int = 0) -> str:
    """The text of an attached file, by its type or, for generic types, its name or content."""
    kind = _file_type(content_type, filename)
    if kind in GENERIC_TYPES:
        kind = _sniffed(data) or kind
        if kind == "text/plain":
            # A data file of unknown layout (fixed-width records name no field): what it says
            # counts, and what its layout may hide still counts as unread.
            raise PartlyRead("a generic file read as plain text", _bytes_as_text(data))
    if kind == "application/pdf":
        text = pdf_text(data)
        if text is None:
            raise Unreadable("encrypted PDF")
        if not text.strip():
            raise Unreadable("PDF without a text layer (a scan)")  # read as a picture is
        return text
    if kind in office.TYPES:
        try:
            return office.office_text(data, kind)
        except zipped.EncryptedMember:
            raise Unreadable("encrypted office document") from None
        except zipped.TooLarge as exc:
            raise Unreadable(f"office document too large: {exc}") from None
    if kind in ZIP_TYPES:
        return zip_text(data, depth)
    if kind == "message/rfc822":
        return mail_text(data, depth)
    if kind in CERTIFICATE_TYPES:
        return certificate_text(data)
    if kind.startswith("text/") or kind in RECORD_TYPES or kind.endswith("+xml"):
        return _text_of(_bytes_as_text(data), kind)
    raise Unreadable(content_type)


RECORD_TYPES = frozenset({"application/json", "application/xml"})
# Types that say nothing of the content: a fax gateway's "FAX_0311.bin", a data exchange's
# "LEBEN_0471.gdv". Their content says what they are (see _sniffed).
GENERIC_TYPES = frozenset(
    {"application/octet-stream", "application/x-download", "application/binary"}
)
SNIFFED = 4096  # bytes of a generic file looked at to tell text from binary
CONTROLS = frozenset(range(32)) - {9, 10, 12, 13}  # no text has them, besides tab and line ends


def _sniffed(data: bytes) -> str | None:
    """What a generic file is, as a viewer would open it: a PDF by its signature (a fax
    gateway's scan with a text layer), plain text when its start holds no control characters
    (a fixed-width data file); otherwise nothing, and the file stays unreadable."""
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    start = data[:SNIFFED]
    if start.strip() and not CONTROLS.intersection(start):
        return "text/plain"
    return None


BY_SUFFIX = {"pdf": "application/pdf", "zip": "application/zip", "eml": "message/rfc822"}
BY_SUFFIX |= {"pem": CERTIFICATE, "crt": CERTIFICATE, "cer": CERTIFICATE}


def _file_type(content_type: str, filename: str) -> str:
    """The declared type, or the one the file name says when the declared one is generic."""
    suffix = filename.lower().rpartition(".")[2]
    by_name = (
        office.BY_SUFFIX.get(f".{suffix}")
        or TEXT_SUFFIXES.get(f".{suffix}")
        or BY_SUFFIX.get(suffix)
    )
    if by_name and (
        content_type in {"application/octet-stream", "application/x-download", "text/plain"}
        or content_type.startswith(("application/vnd.ms-", "application/x-"))
        or by_name == "application/pdf"
    ):
        return by_name
    return content_type


def _text_of(text: str, kind: str) -> str:
    if kind.endswith("html"):
        return html_text(text)
    if kind in {"text/csv", "text/tab-separated-values", "text/comma-separated-values"}:
        return csv_text(text)
    if kind == "text/calendar" or kind.endswith("vcard"):
        return calendar_text(text)
    if kind == "application/json":
        return records.json_text(text)
    if kind in {"text/xml", "application/xml"} or kind.endswith("+xml"):
        return records.xml_text(text)
    if looks_like_html(text):  # HTML labelled as plain text: shown as source or rendered
        return text + "\n" + html_text(text)
    return text


def _bytes_as_text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    return decoded(data, "us-ascii")


def csv_text(text: str) -> str:
    """A CSV or TSV table as records (:mod:`.tables`); the delimiter is the first line's."""
    first = text[:4096].split("\n", 1)[0]
    delimiter = max("\t;,|", key=first.count)
    rows = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        return tables.render(rows)
    except csv.Error:
        return text


def certificate_text(data: bytes) -> str:
    """Whom a certificate names, as a certificate viewer shows it: subject, issuer and the mail
    addresses it is for, and any text around its PEM blocks, read as text. A certificate is
    published on purpose (the answer to a certificate request sends one); a file that holds no
    certificate, a private key or any other PEM block stays unreadable."""
    if b"-----BEGIN" not in data:
        try:
            return _certificate_lines(x509.load_der_x509_certificate(data))
        except ValueError:
            raise Unreadable("no certificate") from None
    kinds, around = _pem_blocks(data)
    if set(kinds) != {b"CERTIFICATE"}:
        raise Unreadable("PEM blocks other than certificates")
    try:
        certificates = x509.load_pem_x509_certificates(data)
    except ValueError:
        raise Unreadable("no certificate") from None
    return "\n\n".join([*map(_certificate_lines, certificates), _bytes_as_text(around)])


def _pem_blocks(data: bytes) -> tuple[list[bytes], bytes]:
    """The labels of a PEM file's blocks ("CERTIFICATE", "PRIVATE KEY") and the bytes around
    them; found by plain searches, each once (no pattern that rescans an unclosed block)."""
    kinds, around, at = [], [], 0
    while (begin := data.find(b"-----BEGIN ", at)) >= 0:
        label_end = data.find(b"-----", begin + 11)
        end = data.find(b"-----END ", label_end + 5) if label_end >= 0 else -1
        close = data.find(b"-----", end + 9) if end >= 0 else -1
        if close < 0:
            raise Unreadable("an unclosed PEM block")
        kinds.append(data[begin + 11 : label_end])
        around.append(data[at:begin])
        at = close + 5
    return kinds, b"\n".join([*around, data[at:]])


def _certificate_lines(certificate: x509.Certificate) -> str:
    lines = [
        f"Subject: {certificate.subject.rfc4514_string()}",
        f"Issuer: {certificate.issuer.rfc4514_string()}",
    ]
    try:
        names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
    except (x509.ExtensionNotFound, x509.DuplicateExtension):
        return "\n".join(lines)
    return "\n".join(
        [*lines, *map("E-Mail: {}".format, names.value.get_values_for_type(x509.RFC822Name))]
    )


def calendar_text(text: str) -> str:
    """iCalendar or vCard with folded lines joined and escapes undone."""
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), _FOLDED.sub("", text))


def zip_text(data: bytes, depth: int) -> str:
    """The texts of a ZIP archive's members; unreadable members make the result partial."""
    if depth >= MAX_DEPTH:
        raise Unreadable(f"archive nested deeper than {MAX_DEPTH}")
    texts, problems = [], []
    with zipped.open_archive(data) as archive:
        try:
            for member in zipped.members(archive):
                texts.append(f"{member.name}\n")
                try:
                    texts.append(
                        file_text(member.data, "application/octet-stream", member.name, depth + 1)
                        + "\n"
                    )
                except (Unreadable, LookupError, ValueError, UnicodeError) as exc:
                    if isinstance(exc, PartlyRead):
                        texts.append(exc.text)
                    problems.append(f"{member.name}: {exc}")
        except zipped.EncryptedMember as exc:
            problems.append(f"encrypted member {exc}")
        except zipped.TooLarge as exc:
            problems.append(str(exc))
    text = "".join(texts)
    if problems:
        raise PartlyRead("ZIP: " + "; ".join(problems)[:200], text)
    return text


def mail_text(data: bytes, depth: int) -> str:
    """The texts of an attached mail (a .eml file); anything not read makes it partial."""
    if depth >= MAX_DEPTH:
        raise Unreadable(f"mail nested deeper than {MAX_DEPTH}")
    inner = extract(data, depth + 1)
    text = "\n".join([inner.subject, *(t for _, t in inner.texts)])
    if inner.broken or inner.unreadable:
        raise PartlyRead("attached mail: " + "; ".join(inner.broken + inner.unreadable)[:200], text)
    return text


def is_attachment(part: EmailMessage) -> bool:
    return part.get_content_disposition() == "attachment" or part.get_filename() is not None


def _field_beyond_bounds(part: EmailMessage, names: frozenset[str]) -> str | None:
    """The first field of ``names`` (lower case) that is beyond the bounds of what is parsed
    (:func:`~siegel.core.mime.headers.beyond_bounds`), or None: such a field was read only in
    part, its parameters or its encoded words unread, and the part counts as broken (fail
    closed). One pass over the part's fields, as they were sent."""
    for raw_name, value in part.raw_items():
        name = raw_name.lower()
        if name in names and headers.beyond_bounds(name, value):
            return name
    return None


_SUBJECT = frozenset({"subject"})


def _read_part(
    part: EmailMessage,
    result: Extracted,
    depth: int,
    body: Body | None = None,
    *,
    attached: bool = False,
) -> None:
    if oversized := _field_beyond_bounds(part, headers.MIME_FIELDS):
        result.broken.append(
            f"a {oversized} field of more than {headers.MAX_MIME_FIELD:,} characters or"
            f" {headers.MAX_PARAMETERS} parameters"
        )
        return
    content_type = part.get_content_type()
    if content_type in ALREADY_ENCRYPTED:
        result.unreadable.append(f"already encrypted ({content_type})")
        return
    if content_type == "message/rfc822" and isinstance(part.get_payload(), list):
        _read_attached_mail(part, result, depth)
        return
    if part.is_multipart():
        return
    filename = part.get_filename()
    attachment = filename is not None or part.get_content_disposition() == "attachment"
    location = f"attachment:{filename or content_type}" if attachment else "body"
    if attached:
        location = f"{ATTACHED} {location}"  # "attached mail body": a forwarded message's text
    if filename:
        result.texts.append(("attachment name", filename))
    try:
        text = part_text(part, depth, body)
    except PartlyRead as exc:
        result.unreadable.append(f"{location} ({exc})")
        result.texts.append((location, exc.text))
    except Unreadable as exc:
        result.unreadable.append(f"{location} ({exc})")
    except Contradicted as exc:
        result.broken.append(f"{location}: {exc}")
        result.texts.append((location, exc.text))
    except LookupError as exc:
        result.broken.append(f"{location}: unknown charset ({exc})")
    except (ValueError, UnicodeError, AssertionError) as exc:
        result.broken.append(f"{location}: {exc}")
    else:
        if text is not None:
            result.texts.append((location, text))


def _read_attached_mail(part: EmailMessage, result: Extracted, depth: int) -> None:
    """An attached mail's subject; its parts are walked like the mail's own.

    RFC 2046 allows no transfer encoding for message/rfc822, but mail programs
    decode one; the parser then holds the still encoded mail as a body.
    """
    inner = part.get_payload(0)
    if not isinstance(inner, EmailMessage):
        return
    encoding = _transfer_encoding(part)
    if encoding in {"base64", "quoted-printable"}:
        data = codecs.decode(inner.as_bytes(), "base64" if encoding == "base64" else "quopri")
        try:
            result.texts.append((ATTACHED, mail_text(data, depth)))
        except PartlyRead as exc:
            result.unreadable.append(f"attached mail ({exc})")
            result.texts.append((ATTACHED, exc.text))
        except Unreadable as exc:
            result.unreadable.append(f"attached mail ({exc})")
        return
    if _field_beyond_bounds(inner, _SUBJECT):
        result.broken.append(
            f"an attached mail's subject of more than {headers.MAX_FIELD:,} characters"
        )
        return
    try:
        result.texts.append((ATTACHED, str(inner.get("Subject", "") or "")))
    except (ValueError, LookupError) as exc:
        result.broken.append(f"attached mail subject cannot be decoded: {exc}")
