"""Error pages in the house style, German and English, never a stack trace.

Django's defaults are bare English lines; these say what happened and what to do
next in the visitor's language. 500 is a plain template (``500.html``): when the
server fails, as little as possible may run to show it.
"""

from __future__ import annotations

from django.contrib.staticfiles import finders
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control


def _page(request: HttpRequest, status: int, heading: str, explanation: str) -> HttpResponse:
    return render(
        request, "error.html", {"heading": heading, "explanation": explanation}, status=status
    )


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _page(
        request,
        400,
        _("Die Anfrage ist ungültig"),
        _(
            "Ihr Browser hat eine Anfrage gesendet, die wir nicht verstehen. Bitte laden Sie die Seite neu."
        ),
    )


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _page(
        request,
        403,
        _("Kein Zugriff"),
        _(
            "Für diese Seite fehlt Ihnen die Berechtigung. Melden Sie sich gegebenenfalls erneut an."
        ),
    )


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if request.path.startswith("/api/") and not request.path.startswith("/api/docs"):
        # Software asks here: the API's error body, not a page (a path no route matches,
        # such as an id that is not a number).
        return JsonResponse({"error": "Not found", "code": "not_found"}, status=404)
    return _page(
        request,
        404,
        _("Seite nicht gefunden"),
        _(
            "Diese Seite gibt es nicht (mehr). Prüfen Sie die Adresse oder beginnen Sie auf der Startseite."
        ),
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """The form's security token was missing or old (a page left open, cookies blocked)."""
    return _page(
        request,
        403,
        _("Formular abgelaufen"),
        _(
            "Aus Sicherheitsgründen konnte das Formular nicht angenommen werden. Laden Sie die "
            "Seite neu und senden Sie es noch einmal. Cookies müssen erlaubt sein."
        ),
    )


@cache_control(max_age=86400, public=True)
def favicon(request: HttpRequest) -> FileResponse:
    """Browsers ask for /favicon.ico whatever the page says: the SVG icon answers."""
    found = finders.find("siegel/favicon.svg")
    if not found:
        raise Http404
    return FileResponse(open(str(found), "rb"), content_type="image/svg+xml")
