from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "siegel.partners"
    label = "partners"
    verbose_name = _("Partnerfirmen und Maklerpost")

    def ready(self) -> None:
        from siegel.keys.signals import master_key_rotated
        from siegel.partners.services import reseal_data_keys

        master_key_rotated.connect(reseal_data_keys, dispatch_uid="siegel-partners-reseal")
