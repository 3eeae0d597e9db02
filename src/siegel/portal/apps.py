from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "siegel.portal"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self) -> None:
        from siegel.keys.signals import master_key_rotated
        from siegel.portal.services import reseal_data_keys

        master_key_rotated.connect(reseal_data_keys, dispatch_uid="siegel-portal-reseal")
