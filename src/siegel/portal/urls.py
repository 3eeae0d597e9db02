from django.urls import path

from siegel.portal import views

app_name = "portal"
urlpatterns = [path("", views.mailbox_entry, name="entry")]
