from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "siegel.portal"
    label = "portal"
