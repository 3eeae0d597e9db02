from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from siegel.keys import wkd
from siegel.policy.views import explain_view
from siegel.web import errors, views
from siegel.web.api import api

handler400 = "siegel.web.errors.bad_request"
handler403 = "siegel.web.errors.forbidden"
handler404 = "siegel.web.errors.not_found"

urlpatterns = [
    path("", views.home, name="home"),
    path("favicon.ico", errors.favicon, name="favicon"),
    path("zertifikate/", include("siegel.keys.urls")),
    path("postfach/", include("siegel.accounts.urls")),
    path("postfach/", include("siegel.portal.urls")),
    path("postfach/", include("siegel.partners.urls")),
    path("api/bipro/", include("siegel.partners.bipro_urls")),
    # The OpenAPI document moved up when the API grew beyond v1; old links still find it.
    path("api/v1/openapi.json", RedirectView.as_view(url="/api/openapi.json", permanent=True)),
    path("api/", api.urls),
    path(".well-known/openpgpkey/policy", wkd.policy, name="wkd-policy"),
    path(".well-known/openpgpkey/hu/<str:local_hash>", wkd.direct, name="wkd-direct"),
    path(".well-known/openpgpkey/<str:domain>/policy", wkd.policy, name="wkd-advanced-policy"),
    path(
        ".well-known/openpgpkey/<str:domain>/hu/<str:local_hash>", wkd.advanced, name="wkd-advanced"
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/erklaeren/", admin.site.admin_view(explain_view), name="explain"),
    path("admin/", admin.site.urls),
]
