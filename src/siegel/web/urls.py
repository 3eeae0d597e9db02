from django.contrib import admin
from django.urls import include, path

from siegel.web import views
from siegel.web.api import api

urlpatterns = [
    path("", views.home, name="home"),
    path("zertifikate/", include("siegel.keys.urls")),
    path("postfach/", include("siegel.portal.urls")),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
