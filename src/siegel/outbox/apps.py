from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    name = "siegel.outbox"
    label = "outbox"
    verbose_name = _("Eigene Nachrichten")

    def ready(self) -> None:
        from siegel.keys.signals import master_key_rotated
        from siegel.outbox.services import reseal

        master_key_rotated.connect(reseal, dispatch_uid="siegel-outbox-reseal")
