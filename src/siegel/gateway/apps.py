from django.apps import AppConfig


class GatewayConfig(AppConfig):
    name = "siegel.gateway"
    label = "gateway"
