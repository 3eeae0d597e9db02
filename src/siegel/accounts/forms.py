"""The account forms. Labels are the German terms the seed pages and mails use."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.models import User
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from siegel.accounts import questions

OWN_QUESTION = "own"


class AccountForm(forms.Form):
    """Labels exactly as the mails and help pages name the fields: no colon appended."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


def _address_field() -> forms.EmailField:
    return forms.EmailField(
        label=_("E-Mail-Adresse"),
        max_length=320,
        widget=forms.EmailInput(attrs={"autocomplete": "username", "autofocus": True}),
    )


class LoginForm(AccountForm):
    username = _address_field()
    password = forms.CharField(
        label=_("Passwort"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def clean_username(self) -> str:
        return str(self.cleaned_data["username"]).strip().lower()


class OneTimePasswordForm(AccountForm):
    """Registration, first step: the address and the one-time password from the mail."""

    username = _address_field()
    one_time_password = forms.CharField(
        label=_("Einmal-Passwort"),
        max_length=64,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )

    def clean_username(self) -> str:
        return str(self.cleaned_data["username"]).strip().lower()


class AddressForm(AccountForm):
    """Asking for a new one-time password, or starting a password reset."""

    username = _address_field()

    def clean_username(self) -> str:
        return str(self.cleaned_data["username"]).strip().lower()


class NewPasswordMixin(AccountForm):
    """A new password twice, checked against Django's validators (length, common, similar)."""

    new_password1 = forms.CharField(
        label=_("Neues Passwort"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    new_password2 = forms.CharField(
        label=_("Neues Passwort wiederholen"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args: Any, user: User | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields[
            "new_password1"
        ].help_text = password_validation.password_validators_help_text_html()

    def clean_new_password2(self) -> str:
        first = self.cleaned_data.get("new_password1")
        second = str(self.cleaned_data["new_password2"])
        if first and first != second:
            raise forms.ValidationError(gettext("Die beiden Passwörter stimmen nicht überein."))
        password_validation.validate_password(second, self.user)
        return second


class SecurityQuestionMixin(AccountForm):
    """A question from the list or one's own, and its answer."""

    question = forms.ChoiceField(label=_("Sicherheitsfrage"))
    own_question = forms.CharField(
        label=_("Eigene Sicherheitsfrage"),
        required=False,
        max_length=200,
        help_text=_("Nur ausfüllen, wenn Sie oben „Eigene Frage“ gewählt haben."),
    )
    answer = forms.CharField(
        label=_("Antwort"),
        max_length=200,
        strip=True,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        help_text=_("Groß- und Kleinschreibung und Leerzeichen spielen keine Rolle."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [(question, gettext(question)) for question in questions.QUESTIONS]
        field = self.fields["question"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [*choices, (OWN_QUESTION, gettext("Eigene Frage"))]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("question") == OWN_QUESTION:
            own = str(data.get("own_question", "")).strip()
            if len(own) < 10:
                self.add_error(
                    "own_question",
                    gettext("Bitte schreiben Sie Ihre eigene Frage (mindestens 10 Zeichen)."),
                )
            data["chosen_question"] = own
        else:
            data["chosen_question"] = data.get("question", "")
        if len(questions.normalise_answer(str(data.get("answer", "")))) < 3:
            self.add_error("answer", gettext("Die Antwort braucht mindestens 3 Zeichen."))
        return data


class RegistrationForm(NewPasswordMixin, SecurityQuestionMixin):
    """Registration, second step: name, own password, security question."""

    display_name = forms.CharField(
        label=_("Name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    field_order = [
        "display_name",
        "new_password1",
        "new_password2",
        "question",
        "own_question",
        "answer",
    ]


class ResetPasswordForm(NewPasswordMixin):
    pass


class ResetPasswordWithQuestionForm(NewPasswordMixin, SecurityQuestionMixin):
    """After staff reset the question: a new password and a new question together."""


class ChangePasswordForm(NewPasswordMixin):
    old_password = forms.CharField(
        label=_("Bisheriges Passwort"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    field_order = ["old_password", "new_password1", "new_password2"]

    def clean_old_password(self) -> str:
        value = str(self.cleaned_data["old_password"])
        if self.user is None or not self.user.check_password(value):
            raise forms.ValidationError(gettext("Das bisherige Passwort stimmt nicht."))
        return value


class ChangeQuestionForm(SecurityQuestionMixin):
    """The question opens the password reset, so changing it asks for the password first."""

    password = forms.CharField(
        label=_("Passwort"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    field_order = ["password", "question", "own_question", "answer"]

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        value = str(self.cleaned_data["password"])
        if not self.user.check_password(value):
            raise forms.ValidationError(gettext("Das Passwort stimmt nicht."))
        return value


class AnswerForm(AccountForm):
    answer = forms.CharField(
        label=_("Antwort"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autofocus": True}),
    )


class CodeForm(AccountForm):
    """A code from the authenticator app, or a recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )

    def clean_code(self) -> str:
        return "".join(str(self.cleaned_data["code"]).split())
