"""A short visible note for the employee at the top of a mail, without touching its content.

The original content becomes the second part of a new ``multipart/mixed``, byte
for byte (its own Content-* headers move with it), so signatures inside stay
verifiable and nothing of the mail is lost or re-encoded.
"""

from __future__ import annotations

import quopri

from siegel.core.mime import headers
from siegel.core.mime.entity import new_boundary

CONTENT_FIELDS = (
    "content-type",
    "content-transfer-encoding",
    "content-disposition",
    "content-description",
    "content-id",
)


def add_notice(message: bytes, notice: str) -> bytes:
    fields, rest = headers.split(message)
    body = rest.split(b"\n", 1)[1] if rest.startswith((b"\r\n", b"\n")) else rest
    content = [f for f in fields if headers.field_name(f) in CONTENT_FIELDS]
    outer = [f for f in fields if headers.field_name(f) not in (*CONTENT_FIELDS, "mime-version")]
    if not any(headers.field_name(f) == "content-type" for f in content):
        content.insert(0, b"Content-Type: text/plain; charset=us-ascii\r\n")
    boundary = new_boundary("siegel-notice").encode()
    encoded_notice = quopri.encodestring(notice.replace("\n", "\r\n").encode("utf-8"))
    parts = [
        b"".join(outer),
        b"MIME-Version: 1.0\r\n",
        b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n',
        b"--" + boundary + b"\r\n",
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n",
        encoded_notice.rstrip(b"\r\n") + b"\r\n",
        b"--" + boundary + b"\r\n",
        b"".join(f if f.endswith(b"\n") else f + b"\r\n" for f in content),
        b"\r\n",
        body,
        b"" if body.endswith(b"\n") else b"\r\n",
        b"--" + boundary + b"--\r\n",
    ]
    return b"".join(parts)
