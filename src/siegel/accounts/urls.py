"""The account pages, included under /postfach/ (namespace ``accounts``)."""

from django.urls import path

from siegel.accounts import views

app_name = "accounts"
urlpatterns = [
    path("anmelden/", views.login_view, name="login"),
    path("anmelden/zweiter-faktor/", views.second_factor_view, name="second_factor"),
    path(
        "anmelden/passkey/optionen/",
        views.passkey_login_options_view,
        name="passkey_login_options",
    ),
    path("anmelden/passkey/", views.passkey_login_view, name="passkey_login"),
    path("abmelden/", views.logout_view, name="logout"),
    path("registrieren/", views.register_view, name="register"),
    path("einmal-passwort/", views.request_otp_view, name="request_otp"),
    path("passwort-vergessen/", views.forgot_view, name="forgot"),
    path("passwort-neu/<str:token>/", views.reset_view, name="reset"),
    path("sicherheit/", views.security_view, name="security"),
    path("sicherheit/app/", views.authenticator_app_view, name="authenticator_app"),
    path("sicherheit/codes/", views.recovery_codes_view, name="recovery_codes"),
    path("sicherheit/entfernen/", views.remove_second_factor_view, name="remove_second_factor"),
    path(
        "sicherheit/passkey/optionen/", views.passkey_add_options_view, name="passkey_add_options"
    ),
    path("sicherheit/passkey/", views.passkey_add_view, name="passkey_add"),
]
