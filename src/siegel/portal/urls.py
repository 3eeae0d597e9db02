from django.urls import path

from siegel.portal import views

app_name = "portal"
urlpatterns = [
    path("", views.mailbox_entry, name="entry"),
    # Placeholders until the mailbox lands (the shared portal/base.html names them).
    path("eingang/", views.mailbox_entry, name="inbox"),
    path("gesendet/", views.mailbox_entry, name="sent"),
    path("neu/", views.mailbox_entry, name="compose"),
]
