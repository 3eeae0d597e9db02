"""Sign-in, registration, reset and the security page: thin views over services and selectors."""

from __future__ import annotations

import time
from base64 import b32encode
from urllib.parse import urlencode

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, logout, update_session_auth_hash
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from webauthn.helpers import base64url_to_bytes, bytes_to_base64url

from siegel.accounts import lockout, passkeys, questions, selectors, services
from siegel.accounts.completion import complete_sign_in, sign_in
from siegel.accounts.decorators import (
    account_required,
    enrolment_allowed,
    second_factor_required,
)
from siegel.accounts.errors import AccountError
from siegel.accounts.forms import (
    AddressForm,
    AnswerForm,
    ChangePasswordForm,
    ChangeQuestionForm,
    CodeForm,
    LoginForm,
    OneTimePasswordForm,
    RegistrationForm,
    ResetPasswordForm,
    ResetPasswordWithQuestionForm,
)
from siegel.accounts.models import Account, AccountToken
from siegel.accounts.navigation import safe_next
from siegel.infra.ratelimit import allow, client_address

REGISTRATION = "siegel.accounts.registration"  # session: the checked one-time password's row
FORGOT = "siegel.accounts.forgot"  # session: the address whose question is being asked

SECRET_FIELDS = (
    "password",
    "one_time_password",
    "new_password1",
    "new_password2",
    "answer",
    "code",
)


def _locked(request: HttpRequest) -> HttpResponse:
    return lockout.locked_out_response(request)


@never_cache
@sensitive_post_parameters(*SECRET_FIELDS)
@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    form = LoginForm(request.POST or None, initial={"username": request.GET.get("adresse", "")})
    if request.method == "POST" and form.is_valid():
        address = form.cleaned_data["username"]
        user = authenticate(request, username=address, password=form.cleaned_data["password"])
        account = getattr(user, "portal_account", None) if user is not None else None
        if account is not None and account.is_active and not user.is_staff:  # type: ignore[union-attr]
            return complete_sign_in(request, account, safe_next(request))
        services.sign_in_failed(address, client=client_address(request), step="password")
        form.add_error(None, _("E-Mail-Adresse oder Passwort stimmen nicht."))
    return render(
        request,
        "accounts/login.html",
        {
            "form": form,
            "next": safe_next(request, ""),
            "certificate_sign_in": settings.SIEGEL_PORTAL_CERTIFICATE_SIGN_IN,
        },
    )


def _next_query(request: HttpRequest) -> str:
    return urlencode({"next": safe_next(request)})


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    account = selectors.account_of_user(request.user)
    if account is not None:
        services.signed_out(account, client=client_address(request), reason="logout")
    logout(request)
    messages.success(request, _("Sie haben sich abgemeldet."))
    return redirect("accounts:login")


@never_cache
@sensitive_post_parameters(*SECRET_FIELDS)
@require_http_methods(["GET", "POST"])
def register_view(request: HttpRequest) -> HttpResponse:
    token = _pending_registration(request)
    if token is not None and "adresse" not in request.GET:
        return _registration_details(request, token)
    form = OneTimePasswordForm(
        request.POST or None, initial={"username": request.GET.get("adresse", "")}
    )
    if request.method == "POST" and form.is_valid():
        address = form.cleaned_data["username"]
        if lockout.is_locked(request, address):
            return _locked(request)
        token = selectors.registration_token(address, form.cleaned_data["one_time_password"])
        if token is not None:
            request.session.cycle_key()
            request.session[REGISTRATION] = token.pk
            return HttpResponseRedirect(request.path + "?" + _next_query(request))
        if lockout.count_failure(request, address, step="one-time-password"):
            return _locked(request)
        form.add_error(
            None,
            _(
                "E-Mail-Adresse oder Einmal-Passwort stimmen nicht, oder das Einmal-Passwort "
                "ist abgelaufen."
            ),
        )
    return render(request, "accounts/register_start.html", {"form": form})


def _pending_registration(request: HttpRequest) -> AccountToken | None:
    pk = request.session.get(REGISTRATION)
    if pk is None:
        return None
    token = selectors.pending_registration(pk)
    if token is None:
        request.session.pop(REGISTRATION, None)
    return token


def _registration_details(request: HttpRequest, token: AccountToken) -> HttpResponse:
    account = token.account
    form = RegistrationForm(request.POST or None, user=account.user)
    if request.method == "POST" and form.is_valid():
        try:
            account = services.register(
                token,
                language=request.LANGUAGE_CODE,
                display_name=form.cleaned_data["display_name"],
                password=form.cleaned_data["new_password2"],
                question=form.cleaned_data["chosen_question"],
                answer=form.cleaned_data["answer"],
                actor=f"user:{account.user_id}",
            )
        except AccountError:
            request.session.pop(REGISTRATION, None)
            messages.error(request, _("Das Einmal-Passwort ist nicht mehr gültig."))
            return redirect("accounts:register")
        request.session.pop(REGISTRATION, None)
        sign_in(request, account)
        messages.success(request, _("Willkommen! Ihr sicheres Postfach ist eingerichtet."))
        return HttpResponseRedirect(safe_next(request))
    return render(
        request, "accounts/register_details.html", {"form": form, "address": account.address}
    )


@never_cache
@require_http_methods(["GET", "POST"])
def request_otp_view(request: HttpRequest) -> HttpResponse:
    form = AddressForm(request.POST or None, initial={"username": request.GET.get("adresse", "")})
    if request.method == "POST" and form.is_valid():
        address = form.cleaned_data["username"]
        if not _within_rate(request, "otp", address):
            return _too_many(request)
        started = time.monotonic()
        services.request_one_time_password(address, actor=f"web:{client_address(request)}")
        # Mailing an invited address writes rows that an unknown one does not: answer both
        # no sooner than the slower path would, so the time does not tell them apart.
        time.sleep(
            max(0.0, settings.SIEGEL_PORTAL_MIN_ANSWER_SECONDS - (time.monotonic() - started))
        )
        return render(request, "accounts/request_otp_done.html", {"address": address})
    return render(request, "accounts/request_otp.html", {"form": form})


def _within_rate(request: HttpRequest, scope: str, address: str) -> bool:
    limit = settings.SIEGEL_PORTAL_REQUESTS_PER_HOUR
    by_address = allow(f"accounts-{scope}", address, limit=limit, window_seconds=3600)
    by_client = allow(
        f"accounts-{scope}-client", client_address(request), limit=limit * 4, window_seconds=3600
    )
    return by_address and by_client


def _too_many(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/too_many.html", status=429)


@never_cache
@sensitive_post_parameters(*SECRET_FIELDS)
@require_http_methods(["GET", "POST"])
def forgot_view(request: HttpRequest) -> HttpResponse:
    address = request.session.get(FORGOT)
    if address and request.GET.get("neu") is None:
        return _forgot_answer(request, address)
    form = AddressForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request.session[FORGOT] = form.cleaned_data["username"]
        return redirect("accounts:forgot")
    return render(request, "accounts/forgot_start.html", {"form": form})


def _forgot_answer(request: HttpRequest, address: str) -> HttpResponse:
    form = AnswerForm(request.POST or None)
    question = questions.display(selectors.security_question(address))
    if request.method == "POST" and form.is_valid():
        if not _within_rate(request, "answer", address):
            return _too_many(request)
        actor = f"web:{client_address(request)}"
        if services.request_reset(address, form.cleaned_data["answer"], actor=actor):
            request.session.pop(FORGOT, None)
            return render(request, "accounts/forgot_done.html", {"address": address})
        if lockout.count_failure(request, address, step="security-answer"):
            return _locked(request)
        form.add_error("answer", _("Die Antwort stimmt nicht."))
    return render(
        request,
        "accounts/forgot_answer.html",
        {"form": form, "address": address, "question": question},
    )


@never_cache
@sensitive_post_parameters(*SECRET_FIELDS)
@require_http_methods(["GET", "POST"])
def reset_view(request: HttpRequest, token: str) -> HttpResponse:
    found = selectors.reset_token(token)
    if found is None:
        return render(request, "accounts/reset_invalid.html", status=404)
    account = found.account
    form_class = ResetPasswordForm if account.security_question else ResetPasswordWithQuestionForm
    form = form_class(request.POST or None, user=account.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.reset_password(
                found,
                form.cleaned_data["new_password2"],
                actor=f"web:{client_address(request)}",
                question=form.cleaned_data.get("chosen_question", ""),
                answer=form.cleaned_data.get("answer", ""),
            )
        except AccountError:
            return render(request, "accounts/reset_invalid.html", status=404)
        messages.success(request, _("Ihr neues Passwort gilt. Bitte melden Sie sich damit an."))
        return redirect(reverse("accounts:login") + "?adresse=" + account.address)
    return render(request, "accounts/reset.html", {"form": form, "address": account.address})


@never_cache
@sensitive_post_parameters(*SECRET_FIELDS)
@account_required
@enrolment_allowed
def security_view(request: HttpRequest) -> HttpResponse:
    account: Account = request.account  # type: ignore[attr-defined]
    password_form = ChangePasswordForm(
        request.POST if request.POST.get("form") == "password" else None, user=account.user
    )
    question_form = ChangeQuestionForm(
        request.POST if request.POST.get("form") == "question" else None, user=account.user
    )
    actor = f"user:{account.user_id}"
    if request.method == "POST" and password_form.is_valid():
        services.change_password(account, password_form.cleaned_data["new_password2"], actor=actor)
        update_session_auth_hash(request, account.user)
        messages.success(
            request, _("Ihr Passwort ist geändert. Alle anderen Sitzungen sind beendet.")
        )
        return redirect("accounts:security")
    if request.method == "POST" and question_form.is_valid():
        services.change_security_question(
            account,
            question_form.cleaned_data["chosen_question"],
            question_form.cleaned_data["answer"],
            actor=actor,
        )
        messages.success(request, _("Ihre Sicherheitsfrage ist geändert."))
        return redirect("accounts:security")
    return render(
        request,
        "accounts/security.html",
        {
            "portal_nav": "security",
            "account": account,
            "question": questions.display(account.security_question),
            "password_form": password_form,
            "question_form": question_form,
            "apps": selectors.totp_devices(account.user),
            "passkey_list": selectors.passkeys(account.user),
            "recovery_left": selectors.recovery_codes_left(account.user),
            "has_second_factor": selectors.has_second_factor(account.user),
            "require_second_factor": second_factor_required(account.user),
        },
    )


# --- second factor ---------------------------------------------------------------------------------

PASSKEY_CHALLENGE = "siegel.accounts.passkey_challenge"


def _half_signed_in(request: HttpRequest) -> Account | None:
    """The account that passed its password and still owes the second factor."""
    return selectors.account_of_user(request.user, active=True)


@never_cache
@sensitive_post_parameters(*SECRET_FIELDS)
@require_http_methods(["GET", "POST"])
def second_factor_view(request: HttpRequest) -> HttpResponse:
    account = _half_signed_in(request)
    if account is None:
        return redirect("accounts:login")
    if request.user.is_verified():  # type: ignore[union-attr]
        return HttpResponseRedirect(safe_next(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = services.verify_second_factor(account, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            return HttpResponseRedirect(safe_next(request))
        if lockout.count_failure(request, account.address, step="second-factor"):
            logout(request)
            return _locked(request)
        form.add_error("code", _("Der Code stimmt nicht."))
    return render(
        request,
        "accounts/second_factor.html",
        {
            "form": form,
            "has_passkey": bool(selectors.passkeys(account.user)),
            "has_app": bool(selectors.totp_devices(account.user)),
            "next": safe_next(request),
        },
    )


@never_cache
@require_POST
def passkey_login_options_view(request: HttpRequest) -> HttpResponse:
    account = _half_signed_in(request)
    if account is None:
        return JsonResponse({"error": "not signed in"}, status=403)
    options, challenge = passkeys.authentication_options(selectors.passkeys(account.user))
    request.session[PASSKEY_CHALLENGE] = bytes_to_base64url(challenge)
    return HttpResponse(options, content_type="application/json")


@never_cache
@require_POST
def passkey_login_view(request: HttpRequest) -> HttpResponse:
    account = _half_signed_in(request)
    challenge = request.session.pop(PASSKEY_CHALLENGE, None)
    if account is None or challenge is None:
        return JsonResponse({"error": "not signed in"}, status=403)
    payload = request.body.decode("utf-8", "replace")
    try:
        passkey = selectors.passkey_by_credential(account.user, passkeys.credential_id(payload))
        if passkey is None:
            raise passkeys.PasskeyError("unknown passkey")
        sign_count = passkeys.verify_authentication(payload, base64url_to_bytes(challenge), passkey)
    except passkeys.PasskeyError:
        if lockout.count_failure(request, account.address, step="passkey"):
            logout(request)
        return JsonResponse({"error": _("Der Passkey wurde nicht angenommen.")}, status=400)
    services.passkey_used(account, passkey, sign_count)
    otp_login(request, passkey)
    return JsonResponse({"next": safe_next(request)})


@never_cache
@account_required
@enrolment_allowed
@require_http_methods(["GET", "POST"])
def authenticator_app_view(request: HttpRequest) -> HttpResponse:
    account: Account = request.account  # type: ignore[attr-defined]
    device = services.start_authenticator_app(account)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if services.confirm_authenticator_app(account, device, form.cleaned_data["code"]):
            otp_login(request, device)
            messages.success(request, _("Die Authenticator-App ist eingerichtet."))
            return redirect("accounts:security")
        form.add_error(
            "code", _("Der Code stimmt nicht. Bitte prüfen Sie die Uhrzeit Ihres Geräts.")
        )
    uri = device.config_url
    return render(
        request,
        "accounts/authenticator_app.html",
        {
            "portal_nav": "security",
            "form": form,
            "uri": uri,
            "secret": b32encode(device.bin_key).decode(),
            "qr": segno.make(uri, error="m").svg_data_uri(scale=4, border=2),
        },
    )


@never_cache
@account_required
@enrolment_allowed
@require_POST
def recovery_codes_view(request: HttpRequest) -> HttpResponse:
    account: Account = request.account  # type: ignore[attr-defined]
    codes = services.new_recovery_codes(account)
    return render(
        request, "accounts/recovery_codes.html", {"portal_nav": "security", "codes": codes}
    )


@account_required
@require_POST
def remove_second_factor_view(request: HttpRequest) -> HttpResponse:
    account: Account = request.account  # type: ignore[attr-defined]
    kind, _sep, pk = request.POST.get("device", "").partition(":")
    if pk.isdigit() and kind == "app":
        services.remove_authenticator_app(account, int(pk))
    elif pk.isdigit() and kind == "passkey":
        services.remove_passkey(account, int(pk))
    messages.success(request, _("Entfernt."))
    return redirect("accounts:security")


@never_cache
@account_required
@enrolment_allowed
@require_POST
def passkey_add_options_view(request: HttpRequest) -> HttpResponse:
    account: Account = request.account  # type: ignore[attr-defined]
    options, challenge = passkeys.registration_options(account, selectors.passkeys(account.user))
    request.session[PASSKEY_CHALLENGE] = bytes_to_base64url(challenge)
    return HttpResponse(options, content_type="application/json")


@never_cache
@account_required
@enrolment_allowed
@require_POST
def passkey_add_view(request: HttpRequest) -> HttpResponse:
    account: Account = request.account  # type: ignore[attr-defined]
    challenge = request.session.pop(PASSKEY_CHALLENGE, None)
    if challenge is None:
        return JsonResponse({"error": "no challenge"}, status=400)
    try:
        verified = passkeys.verify_registration(
            request.body.decode("utf-8", "replace"), base64url_to_bytes(challenge)
        )
    except passkeys.PasskeyError:
        return JsonResponse(
            {"error": _("Der Passkey konnte nicht gespeichert werden.")}, status=400
        )
    passkey = services.add_passkey(account, verified, request.GET.get("name", ""))
    otp_login(request, passkey)
    messages.success(request, _("Der Passkey ist gespeichert."))
    return JsonResponse({"next": reverse("accounts:security")})
