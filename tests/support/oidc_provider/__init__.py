"""A real OpenID Connect provider for the tests: django-oauth-toolkit in a project of its own.

It runs as a separate process on a loopback port (``tests.partners.oidc``
starts it), with its own SQLite database and RSA signing key, a login page, and
the authorisation-code flow with PKCE. Siegel talks to it exactly as to a firm's
directory: discovery document, authorisation endpoint in the browser, token and
key endpoints from the server. Nothing here is imported by Siegel itself.
"""
