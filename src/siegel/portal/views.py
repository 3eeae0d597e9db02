"""The portal's entry page (registration and the mailbox itself arrive with the portal issue)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


def mailbox_entry(request: HttpRequest) -> HttpResponse:
    return render(request, "portal/entry.html")
