from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "siegel.partners"
    label = "partners"
    verbose_name = _("Partnerfirmen und Maklerpost")

    def ready(self) -> None:
        # The API credentials' and webhooks' models live beside their code, not in models.py.
        from siegel.accounts.decorators import require_second_factor_when
        from siegel.keys.signals import master_key_rotated
        from siegel.partners import credentials, webhook_models  # noqa: F401
        from siegel.partners.selectors import second_factor_required
        from siegel.partners.services import reseal_data_keys
        from siegel.partners.webhooks import reseal_secrets

        require_second_factor_when(second_factor_required)
        master_key_rotated.connect(reseal_data_keys, dispatch_uid="siegel-partners-reseal")
        master_key_rotated.connect(reseal_secrets, dispatch_uid="siegel-partners-webhook-reseal")
