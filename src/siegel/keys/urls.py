from django.urls import path

from siegel.keys import views

app_name = "keys"
urlpatterns = [
    path("", views.directory, name="directory"),
    path("<str:fingerprint>.<str:fmt>", views.download, name="download"),
]
