"""Siegel: secure-mail gateway and portal for insurers."""

__version__ = "0.1.0"
