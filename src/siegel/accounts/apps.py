from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "siegel.accounts"
    label = "accounts"
    verbose_name = _("Portal-Konten")

    def ready(self) -> None:
        from siegel.accounts import lockout  # noqa: F401  (connects the lockout signal)
