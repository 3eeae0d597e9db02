"""The one REST API of Siegel (OpenAPI at /api/v1/docs); apps attach their routers here."""

from __future__ import annotations

from ninja import NinjaAPI

from siegel.keys.api import router as directory_router

# No Swagger page: it needs scripts from a CDN, which the CSP (rightly) blocks.
api = NinjaAPI(title="Siegel API", version="1", urls_namespace="api", docs_url=None)
api.add_router("/zertifikate", directory_router)
