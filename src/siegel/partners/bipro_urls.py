"""URLs of the BiPRO SOAP endpoints (STS and transfer service) under /api/bipro/."""

from __future__ import annotations

from django.urls import path

from siegel.partners import bipro

app_name = "bipro"

urlpatterns = [
    path("sts", bipro.sts, name="sts"),
    path("transfer", bipro.transfer_service, name="transfer"),
]
