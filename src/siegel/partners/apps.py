from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "siegel.partners"
    label = "partners"
    verbose_name = _("Partnerfirmen und Maklerpost")

    def ready(self) -> None:
        # The API credentials', webhooks' and sign-ons' models live beside their code.
        from siegel.accounts.decorators import require_second_factor_when
        from siegel.keys.sealed import SealedColumn, register
        from siegel.partners import credentials, sign_on_models, webhook_models  # noqa: F401
        from siegel.partners.models import Shipment
        from siegel.partners.selectors import second_factor_required

        require_second_factor_when(second_factor_required)
        register(
            SealedColumn(
                "broker-post data keys",
                Shipment.objects.all,
                "wrapped_key",
                lambda shipment: shipment.key_context,
                ("store",),
            )
        )
        register(
            SealedColumn(
                "webhook secrets",
                webhook_models.Webhook.objects.all,
                "sealed_secret",
                lambda hook: hook.seal_context,
                ("firm",),
            )
        )
        register(
            SealedColumn(
                "single sign-on client secrets",
                sign_on_models.FirmSignOn.objects.all,
                "sealed_secret",
                lambda sign_on: sign_on.seal_context,
                ("firm",),
            )
        )
