from django.urls import path

from siegel.portal import views

app_name = "portal"
urlpatterns = [
    path("", views.entry, name="entry"),
    path("eingang/", views.inbox, name="inbox"),
    path("gesendet/", views.sent, name="sent"),
    path("neu/", views.compose, name="compose"),
    path("nachricht/<int:pk>/", views.read, name="read"),
    path("nachricht/<int:pk>/inhalt/", views.html_frame, name="html"),
    path("nachricht/<int:pk>/anhang/<int:number>/", views.attachment, name="attachment"),
    path("nachricht/<int:pk>/original/", views.original, name="original"),
    path("nachricht/<int:pk>/zip/", views.everything, name="zip"),
    path("nachricht/<int:pk>/antworten/", views.reply, name="reply"),
]
