"""The mailbox pages: thin views over :mod:`.selectors`, :mod:`.services` and :mod:`.sending`.

Every page is for the signed-in owner only (``account_required``); a message of
anyone else is a 404, audited. Content is checked completely before a byte of it
is sent, so a tampered message gives an error page, never partial content.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterator
from functools import partial
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBase,
    StreamingHttpResponse,
)
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods

from siegel.accounts.decorators import account_required
from siegel.audit.services import record
from siegel.core.keyring import KeyringError
from siegel.core.mime.display import sanitise_html, unique_name
from siegel.core.sealed import TamperedContent
from siegel.core.zipstream import Member, stream_zip
from siegel.portal import content, selectors, services
from siegel.portal.forms import LetterForm
from siegel.portal.models import Folder, PortalMessage
from siegel.portal.sending import Letter, NotSent, Upload, quoted, reply_subject, send

FRAME_POLICY = (
    "default-src 'none'; img-src data:; style-src 'none'; form-action 'none'; "
    "frame-ancestors 'self'; base-uri 'none'; sandbox allow-popups allow-popups-to-escape-sandbox"
)
DELETION_WARNING_DAYS = 7


def entry(request: HttpRequest) -> HttpResponse:
    """The link in every notification: the inbox when signed in, else the sign-in page."""
    return redirect("portal:inbox" if request.user.is_authenticated else "accounts:login")


def _actor(request: HttpRequest) -> str:
    return f"portal:{request.account.address}"  # type: ignore[attr-defined]


def _address(request: HttpRequest) -> str:
    return str(request.account.address)  # type: ignore[attr-defined]


@require_GET
@never_cache
@account_required
def inbox(request: HttpRequest) -> HttpResponse:
    return _folder(request, Folder.INBOX, "inbox")


@require_GET
@never_cache
@account_required
def sent(request: HttpRequest) -> HttpResponse:
    return _folder(request, Folder.SENT, "sent")


# One row of a mailbox page. The rows are made in Python, every value escaped by
# format_html: 25 rows of a dozen template look-ups each were most of an inbox page's
# CPU time; the same row made here costs a fraction of it.
ROW = (
    '<tr{}><td>{}</td><td><a href="{}">{}</a>{}</td>'
    '<td><span class="phone-label">{}: </span><time datetime="{}">{}</time></td>'
    '<td><span class="phone-label">{}: </span><time datetime="{}">{}</time></td></tr>'
)


def _rows(page: Any, folder: str) -> list[SafeString]:
    """The table rows of a mailbox page: sender (or recipients), subject, dates."""
    labels = (_("ungelesen"), _("Eingegangen"), _("Wird gelöscht am"))
    return [_row(row, folder, *labels) for row in page.object_list]


def _row(
    row: selectors.Row, folder: str, unread_tag: str, received: str, deletion: str
) -> SafeString:
    message, opened = row.message, row.summary
    if folder == Folder.SENT:
        who = ", ".join(message.recipients)
    else:
        who = opened.sender if opened else message.sender
    if message.withdrawn_at:
        subject = _("(zurückgezogen)")
    elif opened:
        subject = opened.subject or _("(ohne Betreff)")
    else:
        subject = _("(nicht lesbar)")
    unread = folder == Folder.INBOX and message.read_at is None
    deposited, expires = timezone.localtime(message.deposited), timezone.localtime(message.expires)
    return format_html(
        ROW,
        format_html(' class="{}"', "unread") if unread else "",
        who,
        reverse("portal:read", args=[message.pk]),
        subject,
        format_html(' <span class="tag">{}</span>', unread_tag) if unread else "",
        received,
        deposited.isoformat(),
        deposited.strftime("%d.%m.%Y %H:%M"),
        deletion,
        expires.isoformat(),
        expires.strftime("%d.%m.%Y"),
    )


def _folder(request: HttpRequest, folder: str, nav: str) -> HttpResponse:
    query = request.GET.get("suche", "")[:200]
    page = selectors.mailbox_page(_address(request), folder, request.GET.get("seite", 1), query)
    soon = timezone.now() + dt.timedelta(days=DELETION_WARNING_DAYS)
    return render(
        request,
        "portal/folder.html",
        {
            "portal_nav": nav,
            "folder": folder,
            "page": page,
            "rows": _rows(page, folder),
            "query": query,
            "expiring": any(r.message.expires <= soon for r in page.object_list),
            "unread": selectors.unread_count(_address(request)),
        },
    )


def _message(request: HttpRequest, pk: int) -> PortalMessage:
    message = selectors.message_for(_address(request), pk)
    if message is None:
        record(_actor(request), "portal.message.denied", f"portal-message:{pk}", {})
        raise Http404
    return message


def _damaged(request: HttpRequest, message: PortalMessage, part: str) -> HttpResponse:
    services.record_damage(message, part, actor=_actor(request))
    return render(request, "portal/damaged.html", {"portal_nav": "inbox"}, status=500)


@require_GET
@never_cache
@account_required
def read(request: HttpRequest, pk: int) -> HttpResponse:
    message = _message(request, pk)
    if message.withdrawn_at:
        return render(request, "portal/withdrawn.html", {"portal_nav": "inbox", "message": message})
    try:
        summary = content.summary(message)
        text = content.part_bytes(message, "text").decode("utf-8", "replace")
    except (TamperedContent, KeyringError):
        return _damaged(request, message, "text")
    if not services.record_access(message, "text", actor=_actor(request)):
        return render(request, "portal/withdrawn.html", {"portal_nav": "inbox", "message": message})
    soon = message.expires <= timezone.now() + dt.timedelta(days=DELETION_WARNING_DAYS)
    response = render(
        request,
        "portal/read.html",
        {
            "portal_nav": "inbox" if message.folder == Folder.INBOX else "sent",
            "message": message,
            "summary": summary,
            "text": text,
            "expiring": soon,
        },
    )
    # The sanitised HTML is shown in a frame of this site; nothing else may be framed.
    response.headers["Content-Security-Policy"] = (
        settings.CONTENT_SECURITY_POLICY + "; frame-src 'self'"
    )
    return response


@require_GET
@account_required
@xframe_options_sameorigin
def html_frame(request: HttpRequest, pk: int) -> HttpResponse:
    """The mail's HTML, sanitised, for the sandboxed frame of the read view (its own strict CSP)."""
    message = _message(request, pk)
    if message.withdrawn_at:
        raise Http404
    try:
        raw = content.part_bytes(message, "html").decode("utf-8", "replace")
        original = content.part_bytes(message, "original")
    except (TamperedContent, KeyringError):
        return _damaged(request, message, "html")
    except FileNotFoundError:
        raise Http404 from None
    if not services.record_access(message, "html", actor=_actor(request)):
        raise Http404
    body = sanitise_html(raw, _inline_images(original))
    document = (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f"<title>{_('Nachricht')}</title></head><body>{body}</body></html>"
    )
    response = HttpResponse(document, content_type="text/html; charset=utf-8")
    response.headers["Content-Security-Policy"] = FRAME_POLICY
    response.headers["Cache-Control"] = "no-store"
    return response


def _inline_images(original: bytes) -> dict[str, tuple[str, bytes]]:
    from siegel.core.mime.display import MAX_INLINE_IMAGE
    from siegel.core.mime.parse import parse_message

    found: dict[str, tuple[str, bytes]] = {}
    for part in parse_message(original).walk():
        content_id = str(part.get("Content-ID", "")).strip().strip("<>")
        if content_id and part.get_content_maintype() == "image":
            data = part.get_payload(decode=True)
            if isinstance(data, bytes) and len(data) <= MAX_INLINE_IMAGE:
                found[content_id] = (part.get_content_type(), data)
    return found


@require_GET
@account_required
def attachment(request: HttpRequest, pk: int, number: int) -> HttpResponseBase:
    message = _message(request, pk)
    if message.withdrawn_at:
        raise Http404
    try:
        summary = content.summary(message)
    except (TamperedContent, KeyringError):
        return _damaged(request, message, "summary")
    info = next((a for a in summary.attachments if a.number == number), None)
    if info is None:
        raise Http404
    return _download(request, message, f"a{number}", info.filename, info.content_type, info.size)


@require_GET
@account_required
def original(request: HttpRequest, pk: int) -> HttpResponseBase:
    message = _message(request, pk)
    if message.withdrawn_at:
        raise Http404
    name = f"nachricht-{message.pk}.eml"
    return _download(request, message, "original", name, "message/rfc822", message.size)


def _download(
    request: HttpRequest, message: PortalMessage, part: str, filename: str, media: str, size: int
) -> HttpResponseBase:
    """Checked completely first (never partial content), then streamed piece by piece."""
    try:
        for _piece in content.part_pieces(message, part):
            pass
    except (TamperedContent, KeyringError):
        return _damaged(request, message, part)
    if not services.record_access(message, part, actor=_actor(request), action="download"):
        raise Http404
    response = StreamingHttpResponse(content.part_pieces(message, part), content_type=media)
    response.headers["Content-Length"] = str(size)
    response.headers["Content-Disposition"] = _attachment_disposition(filename)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    return response


def _attachment_disposition(filename: str) -> str:
    """RFC 6266: an ASCII fallback and the real name UTF-8 encoded; always an attachment."""
    from urllib.parse import quote

    fallback = filename.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


@require_GET
@account_required
def everything(request: HttpRequest, pk: int) -> HttpResponseBase:
    """ "Alles als ZIP": the text, every attachment and the original, checked, then streamed.

    Every part is opened piece by piece once to check it (a tampered one gives the
    error page, never a partial archive), then again while the archive is written
    into the response (``siegel.core.zipstream``): memory holds one piece at a time.
    """
    message = _message(request, pk)
    if message.withdrawn_at:
        raise Http404
    modified = timezone.localtime(message.deposited)
    try:
        summary = content.summary(message)
        members = [
            Member("nachricht.txt", partial(content.part_pieces, message, "text"), None, modified),
            Member(
                f"nachricht-{message.pk}.eml",
                partial(content.part_pieces, message, "original"),
                message.size,
                modified,
            ),
        ]
        used: set[str] = set()
        for info in summary.attachments:
            members.append(
                Member(
                    f"anhaenge/{unique_name(info.filename, used)}",
                    partial(content.part_pieces, message, f"a{info.number}"),
                    info.size,
                    modified,
                )
            )
        for member in members:
            for _piece in member.pieces():
                pass
    except (TamperedContent, KeyringError):
        return _damaged(request, message, "zip")
    if not services.record_access(message, "zip", actor=_actor(request), action="download"):
        raise Http404
    response = StreamingHttpResponse(stream_zip(members), content_type="application/zip")
    response.headers["Content-Disposition"] = _attachment_disposition(f"nachricht-{message.pk}.zip")
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Cache-Control"] = "no-store"
    return response


class LimitedUpload(FileUploadHandler):
    """Stops reading uploads beyond the installation's limit: nothing of them is kept."""

    def __init__(self, request: HttpRequest | None = None) -> None:
        super().__init__(request)
        self.received = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        self.received += len(raw_data)
        if self.received > settings.SIEGEL_PORTAL_UPLOAD_MAX_BYTES:
            if self.request is not None:
                self.request.upload_too_large = True  # type: ignore[attr-defined]
            raise StopUpload(connection_reset=False)
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


@csrf_exempt  # the upload limit must be in place before the CSRF check reads the body
@never_cache
@account_required
def compose(request: HttpRequest) -> HttpResponse:
    request.upload_handlers.insert(0, LimitedUpload(request))
    return _write(request, None)


@csrf_exempt
@never_cache
@account_required
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    request.upload_handlers.insert(0, LimitedUpload(request))
    return _write(request, pk)


@csrf_protect
@require_http_methods(["GET", "POST"])
def _write(request: HttpRequest, pk: int | None) -> HttpResponse:
    answered = _message(request, pk) if pk is not None else None
    initial: dict[str, Any] = {"token": secrets.token_urlsafe(24)}
    in_reply_to = ""
    if answered is not None:
        if answered.withdrawn_at or not services.record_access(
            answered, "text", actor=_actor(request)
        ):
            return render(
                request, "portal/withdrawn.html", {"portal_nav": "inbox", "message": answered}
            )
        try:
            summary = content.summary(answered)
            text = content.part_bytes(answered, "text").decode("utf-8", "replace")
        except (TamperedContent, KeyringError):
            return _damaged(request, answered, "text")
        initial.update(
            to=answered.sender if answered.folder == Folder.INBOX else answered.recipients[0],
            subject=reply_subject(summary.subject),
            body=quoted(text, summary.sender, _when(summary)),
        )
        in_reply_to = answered.message_id
    form = LetterForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and getattr(request, "upload_too_large", False):
        form.add_error(
            "attachments",
            _("Die Anhänge sind zusammen größer als %(mb)d MB. Nichts wurde gespeichert.")
            % {"mb": settings.SIEGEL_PORTAL_UPLOAD_MAX_BYTES // (1024 * 1024)},
        )
    elif request.method == "POST" and form.is_valid():
        letter = Letter(
            form.cleaned_data["to"],
            form.cleaned_data["subject"],
            form.cleaned_data["body"],
            tuple(_uploads(form.cleaned_data["attachments"])),
            in_reply_to,
        )
        try:
            send(
                address=_address(request),
                name=request.account.display_name,  # type: ignore[attr-defined]
                letter=letter,
                token=form.cleaned_data["token"],
            )
        except NotSent as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(
                request, _("Ihre Nachricht ist unterwegs. Sie finden sie unter „Gesendet“.")
            )
            return redirect("portal:sent")
    return render(
        request,
        "portal/write.html",
        {
            "portal_nav": "compose",
            "form": form,
            "answered": answered,
            "max_files": settings.SIEGEL_PORTAL_UPLOAD_MAX_FILES,
            "max_mb": settings.SIEGEL_PORTAL_UPLOAD_MAX_BYTES // (1024 * 1024),
        },
    )


def _when(summary: content.Summary) -> str:
    moment = summary.sent_at
    return timezone.localtime(moment).strftime("%d.%m.%Y %H:%M") if moment else ""


def _uploads(files: list[Any]) -> Iterator[Upload]:
    from siegel.core.mime.display import safe_filename

    for number, upload in enumerate(files, 1):
        media = (
            upload.content_type
            if "/" in (upload.content_type or "")
            else "application/octet-stream"
        )
        yield Upload(safe_filename(upload.name or "", number, media), media, upload.read())
