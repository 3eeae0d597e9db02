"""Firm administration and broker post, included under /postfach/ (namespace ``partners``)."""

from django.urls import path

from siegel.partners import integration_views, sign_in, sign_on_views, views

app_name = "partners"
urlpatterns = [
    path("firma/", views.firm, name="firm"),
    path("firma/protokoll/", views.audit_export, name="audit_export"),
    path("firma/benutzer/<int:pk>/", views.member, name="member"),
    path("firma/benutzer/<int:pk>/<slug:action>/", views.member_action, name="member_action"),
    path("firma/webhook/", integration_views.webhook, name="webhook"),
    path("firma/webhook/geheimnis/", integration_views.webhook_secret, name="webhook_secret"),
    path(
        "firma/webhook/meldung/<int:pk>/erneut/",
        integration_views.webhook_resend,
        name="webhook_resend",
    ),
    path("firma/webhook/<slug:action>/", integration_views.webhook_switch, name="webhook_switch"),
    path("api-zugaenge/", integration_views.api_access, name="api_access"),
    path("api-zugaenge/zertifikat/", integration_views.map_certificate, name="map_certificate"),
    path(
        "api-zugaenge/token/<int:pk>/widerrufen/",
        integration_views.revoke_token,
        name="revoke_token",
    ),
    path(
        "api-zugaenge/zertifikat/<int:pk>/widerrufen/",
        integration_views.revoke_certificate,
        name="revoke_certificate",
    ),
    path("maklerpost/", views.shipments, name="shipments"),
    path("maklerpost/<int:pk>/", views.shipment, name="shipment"),
    path("maklerpost/<int:pk>/dokument/<int:number>/", views.document, name="document"),
    path("maklerpost/<int:pk>/zip/", views.everything, name="zip"),
    path("maklerpost/<int:pk>/quittieren/", views.acknowledge, name="acknowledge"),
    path("sprung/<str:token>/", views.jump, name="jump"),
    path("anmelden/zertifikat/", sign_in.certificate_sign_in, name="certificate_login"),
    path("anmelden/firma/", sign_on_views.choose, name="sign_on"),
    path("anmelden/firma/<slug:slug>/", sign_on_views.start, name="sign_on_start"),
    path("anmelden/firma/<slug:slug>/zurueck/", sign_on_views.finish, name="sign_on_return"),
]
