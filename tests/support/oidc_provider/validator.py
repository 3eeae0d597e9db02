"""The provider's claims: the user's e-mail address, and whether the provider confirmed it.

Some users make it misbehave on purpose, so Siegel's checks meet a real, signed
token that breaks a rule: :data:`UNVERIFIED` (by first name) gets
``email_verified: false``, :data:`UNSAID` (by first name) no ``email_verified`` at
all (as Entra ID), :data:`FOREIGN_AUDIENCE` (by user name) gets a token made out
to another client, and the users in :data:`CLOCK_AHEAD` (by user name) a token
issued by a clock that many seconds fast.
"""

from __future__ import annotations

import time
from typing import Any

from oauth2_provider.oauth2_validators import OAuth2Validator

UNVERIFIED = "unverified"
FOREIGN_AUDIENCE = "fremdes_publikum"
OTHER_CLIENT = "eine-andere-anwendung"
UNSAID = "ungesagt"
CLOCK_AHEAD = {"uhr_vor": 5, "uhr_weit_vor": 300}


class Validator(OAuth2Validator):
    oidc_claim_scope = None  # every claim, whatever the scopes

    def get_additional_claims(self, request: Any) -> dict[str, Any]:
        user = request.user
        if user.first_name == UNSAID:
            return {"email": user.email}
        return {"email": user.email, "email_verified": user.first_name != UNVERIFIED}

    def get_id_token_dictionary(self, token: Any, token_handler: Any, request: Any) -> Any:
        claims, expiration_time = super().get_id_token_dictionary(token, token_handler, request)
        if request.user.username == FOREIGN_AUDIENCE:
            claims["aud"] = OTHER_CLIENT  # replaces the audience oauthlib set
        ahead = CLOCK_AHEAD.get(request.user.username)
        if ahead is not None:
            claims["iat"] = int(time.time()) + ahead  # replaces the time oauthlib set
        return claims, expiration_time
