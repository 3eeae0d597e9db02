from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KeysConfig(AppConfig):
    name = "siegel.keys"
    label = "keys"
    verbose_name = _("Schlüssel und Zertifikate")

    def ready(self) -> None:
        from siegel.keys.models import OwnKey
        from siegel.keys.sealed import SealedColumn, register

        register(
            SealedColumn(
                "private keys",
                OwnKey.objects.all,
                "sealed_private_key",
                lambda key: key.seal_context,
                ("fingerprint",),
            )
        )
