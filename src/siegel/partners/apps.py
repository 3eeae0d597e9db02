from django.apps import AppConfig


class PartnersConfig(AppConfig):
    name = "siegel.partners"
    label = "partners"
