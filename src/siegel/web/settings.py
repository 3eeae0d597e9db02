"""The one settings module of Siegel.

Every value comes from an environment variable (``SIEGEL_*`` and ``DATABASE_URL``)
with a default that is safe for the embedded mode: SQLite, a local mail sink and
generated secrets under ``SIEGEL_DATA_DIR``. ``docs/configuration.md`` lists them all.

In production (``SIEGEL_ENV=production``) Siegel refuses to start when debug is on,
when the secret key is missing or a known default, or when no master key is
configured: the check runs at import, so no process can serve with such settings.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def _generated_secret(path: Path, nbytes: int) -> str:
    """Read a secret from ``path``, creating it (mode 0600) on first use.

    Only the embedded mode uses this: production must configure its secrets.
    """
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(nbytes))
    return path.read_text().strip()


# --- mode and paths -------------------------------------------------------------------

SIEGEL_ENV = env("SIEGEL_ENV", "embedded")
if SIEGEL_ENV not in {"embedded", "production"}:
    raise ImproperlyConfigured("SIEGEL_ENV must be 'embedded' or 'production'")
PRODUCTION = SIEGEL_ENV == "production"

DATA_DIR = Path(env("SIEGEL_DATA_DIR", "var")).resolve()
DEBUG = env_bool("SIEGEL_DEBUG", False)

# --- secrets --------------------------------------------------------------------------

KNOWN_INSECURE_SECRET_KEYS = frozenset({"", "change-me", "insecure", "secret", "siegel"})

SECRET_KEY = env("SIEGEL_SECRET_KEY")
if not SECRET_KEY and not PRODUCTION:
    SECRET_KEY = _generated_secret(DATA_DIR / "secret-key", 48)

MASTER_KEY = env("SIEGEL_MASTER_KEY")
MASTER_KEY_FILE = env("SIEGEL_MASTER_KEY_FILE")
if not MASTER_KEY and not MASTER_KEY_FILE and not PRODUCTION:
    MASTER_KEY_FILE = str(DATA_DIR / "master.key")
    _generated_secret(Path(MASTER_KEY_FILE), 32)

if PRODUCTION:
    problems = []
    if DEBUG:
        problems.append("SIEGEL_DEBUG is on")
    if SECRET_KEY in KNOWN_INSECURE_SECRET_KEYS or len(SECRET_KEY) < 32:
        problems.append("SIEGEL_SECRET_KEY is missing, a default or shorter than 32 characters")
    if not MASTER_KEY and not (MASTER_KEY_FILE and Path(MASTER_KEY_FILE).is_file()):
        problems.append("no master key (SIEGEL_MASTER_KEY or an existing SIEGEL_MASTER_KEY_FILE)")
    if problems:
        raise ImproperlyConfigured("Siegel refuses to start in production: " + "; ".join(problems))

# --- Django core ----------------------------------------------------------------------

ALLOWED_HOSTS = env_list("SIEGEL_ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("SIEGEL_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_tasks",
    "django_tasks_db",
    "ninja",  # its Swagger UI assets, served from here (no CDN) at /api/docs
    "siegel.web",
    "siegel.audit",
    "siegel.keys",
    "siegel.policy",
    "siegel.portal",
    "siegel.partners",
    "siegel.outbox",
    "siegel.gateway",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "siegel.accounts",  # after django_otp: its admin hides the devices' secrets from staff
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "siegel.web.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "siegel.accounts.middleware.IdleTimeoutMiddleware",
    "siegel.partners.middleware.CertificateSessionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes requires: it turns a lockout into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "siegel.web.urls"
WSGI_APPLICATION = "siegel.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "siegel.web.context.branding",
                "siegel.partners.context.membership",
            ],
        },
    },
]

# --- database -------------------------------------------------------------------------

DATABASE_URL = env("DATABASE_URL", f"sqlite:///{DATA_DIR / 'siegel.sqlite3'}")
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # IMMEDIATE makes every transaction take the write lock at BEGIN, so concurrent
    # processes queue instead of failing half-way (the audit chain relies on it).
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # A file, not memory, so that tests can share the test database with subprocesses.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}
    if not DATABASE_URL.startswith("sqlite://:memory:"):
        Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- authentication -------------------------------------------------------------------

PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- security baseline ----------------------------------------------------------------

HTTPS = env_bool("SIEGEL_HTTPS", PRODUCTION)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SIEGEL_SESSION_IDLE_SECONDS = env_int("SIEGEL_SESSION_IDLE_SECONDS", 15 * 60)
# The idle timeout is enforced by siegel.accounts.middleware (with a notice on the next
# request); the session row itself lives a little longer so that the notice can be given.
SESSION_COOKIE_AGE = SIEGEL_SESSION_IDLE_SECONDS + 60 * 60
# Django's database sessions, read with a prepared query.
SESSION_ENGINE = "siegel.accounts.sessions"
SESSION_SAVE_EVERY_REQUEST = False  # the idle middleware saves the session when its clock moves
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SECURE_HSTS_SECONDS = env_int("SIEGEL_HSTS_SECONDS", 63072000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_SSL_REDIRECT = env_bool("SIEGEL_SSL_REDIRECT", False)
if env_bool("SIEGEL_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "siegel.web.errors.csrf_failure"
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
    "base-uri 'none'"
)

# --- i18n -----------------------------------------------------------------------------

LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("Deutsch")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env("SIEGEL_TIME_ZONE", "Europe/Berlin")
USE_TZ = True

# --- static files ---------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Sealed portal content (siegel.portal.storage): files under the data directory, or
    # SIEGEL_PORTAL_STORAGE=database to keep it in the database every node shares.
    "portal": (
        {"BACKEND": "siegel.portal.storage.DatabaseStorage"}
        if env("SIEGEL_PORTAL_STORAGE", "files") == "database"
        else {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(DATA_DIR / "portal"), "file_permissions_mode": 0o600},
        }
    ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = not PRODUCTION
if not PRODUCTION:
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)

# --- cache (rate limits) -------------------------------------------------------------

# Shared by every web process: the database by default, Redis when configured.
CACHE_URL = env("SIEGEL_CACHE_URL")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    if CACHE_URL
    else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "siegel_cache"}
}

# --- tasks ----------------------------------------------------------------------------

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Siegel ---------------------------------------------------------------------------

SIEGEL_BRAND_NAME = env("SIEGEL_BRAND_NAME", "Siegel")
SIEGEL_WEB_BIND = env("SIEGEL_WEB_BIND", "127.0.0.1:8000")
SIEGEL_WEB_WORKERS = env_int("SIEGEL_WEB_WORKERS", 2)
SIEGEL_SMTP_BIND = env("SIEGEL_SMTP_BIND", "127.0.0.1:2525")
SIEGEL_NEXT_HOP = env("SIEGEL_NEXT_HOP", f"sink:{DATA_DIR / 'outbox'}")
SIEGEL_LOCAL_DOMAINS = env_list("SIEGEL_LOCAL_DOMAINS", "versicherer.example")
SIEGEL_TLS_NEXT_HOP = env("SIEGEL_TLS_NEXT_HOP")
# TLS-required mail that kept failing this long is decided again without TLS (portal or report).
SIEGEL_TLS_FALLBACK_AFTER = env_int("SIEGEL_TLS_FALLBACK_AFTER", 3600)
# Retry records of the gateway (direct deliveries, failing TLS hand-overs) are kept this long.
SIEGEL_DELIVERY_RECORD_DAYS = env_int("SIEGEL_DELIVERY_RECORD_DAYS", 14)
# Direct delivery (SIEGEL_NEXT_HOP / SIEGEL_TLS_NEXT_HOP = direct), see siegel.gateway.direct
SIEGEL_DIRECT_SMTP_PORT = env_int("SIEGEL_DIRECT_SMTP_PORT", 25)
SIEGEL_DIRECT_TIMEOUT = float(env("SIEGEL_DIRECT_TIMEOUT", "60"))
SIEGEL_DIRECT_HELO = env("SIEGEL_DIRECT_HELO")
SIEGEL_MTA_STS_PORT = env_int("SIEGEL_MTA_STS_PORT", 443)
SIEGEL_TLS_CA_FILE = env("SIEGEL_TLS_CA_FILE")
SIEGEL_DNS_RESOLVER = env("SIEGEL_DNS_RESOLVER")
SIEGEL_DNS_TRUST_AD = env_bool("SIEGEL_DNS_TRUST_AD", False)
SIEGEL_DIRECT_ALLOW_LOCAL = env_bool("SIEGEL_DIRECT_ALLOW_LOCAL", False)
SIEGEL_INTERNAL_RELAYS = env_list("SIEGEL_INTERNAL_RELAYS")
SIEGEL_COLLECT_ADDRESS = env("SIEGEL_COLLECT_ADDRESS")
SIEGEL_CERT_REQUEST_TAG = env("SIEGEL_CERT_REQUEST_TAG", "[ZERTIFIKAT]")
SIEGEL_CERT_REQUESTS_PER_HOUR = env_int("SIEGEL_CERT_REQUESTS_PER_HOUR", 5)
SIEGEL_SIGN_OUTGOING = env_bool("SIEGEL_SIGN_OUTGOING", True)
# A short mail to the sender when a mail went to the portal (rejections are always reported).
SIEGEL_REPORT_PORTAL_DEPOSITS = env_bool("SIEGEL_REPORT_PORTAL_DEPOSITS", True)
SIEGEL_PGP_ENABLED = env_bool("SIEGEL_PGP_ENABLED", True)
SIEGEL_ADMIN_ADDRESS = env("SIEGEL_ADMIN_ADDRESS", f"postmaster@{SIEGEL_LOCAL_DOMAINS[0]}")
EMAIL_BACKEND = "siegel.outbox.backend.OutboxEmailBackend"
DEFAULT_FROM_EMAIL = env("SIEGEL_FROM_ADDRESS", f"siegel@{SIEGEL_LOCAL_DOMAINS[0]}")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
SIEGEL_SMTP_MAX_MESSAGE_BYTES = env_int("SIEGEL_SMTP_MAX_MESSAGE_BYTES", 50 * 1024 * 1024)
SIEGEL_SMTP_MAX_RECIPIENTS = env_int("SIEGEL_SMTP_MAX_RECIPIENTS", 1000)
# The answer to DATA is due within this time (sending MTAs wait 300-600 s): hand-overs that
# could not end before it are left for the sender's retry (siegel.gateway.handover.in_time).
SIEGEL_SMTP_ANSWER_WITHIN = float(env("SIEGEL_SMTP_ANSWER_WITHIN", "270"))
SIEGEL_NEXT_HOP_TIMEOUT = float(env("SIEGEL_NEXT_HOP_TIMEOUT", "60"))
SIEGEL_SMTP_MAX_SESSIONS = env_int("SIEGEL_SMTP_MAX_SESSIONS", 500)
SIEGEL_SMTP_MAX_COMMANDS_WITHOUT_PROGRESS = env_int("SIEGEL_SMTP_MAX_COMMANDS_WITHOUT_PROGRESS", 50)
SIEGEL_SMTP_MAX_SESSION_SECONDS = env_int("SIEGEL_SMTP_MAX_SESSION_SECONDS", 3600)
SIEGEL_SMTP_TLS_CERT = env("SIEGEL_SMTP_TLS_CERT")
SIEGEL_SMTP_TLS_KEY = env("SIEGEL_SMTP_TLS_KEY", SIEGEL_SMTP_TLS_CERT)
# One more than cores: a worker waits for fsync (sink, database) part of each mail.
SIEGEL_GATEWAY_WORKERS = env_int("SIEGEL_GATEWAY_WORKERS", (os.cpu_count() or 2) + 1)
SIEGEL_DIRECTORY_LOOKUPS_PER_MINUTE = env_int("SIEGEL_DIRECTORY_LOOKUPS_PER_MINUTE", 30)
SIEGEL_DIRECTORY_MIN_ANSWER_SECONDS = float(env("SIEGEL_DIRECTORY_MIN_ANSWER_SECONDS", "0.05"))
SIEGEL_POLICY = env("SIEGEL_POLICY", "default")
SIEGEL_POLICY_FILE = env("SIEGEL_POLICY_FILE")
SIEGEL_SENDER_RULES = env_list("SIEGEL_SENDER_RULES")
SIEGEL_PORTAL_URL = env("SIEGEL_PORTAL_URL", f"http://{SIEGEL_WEB_BIND}")
SIEGEL_PORTAL_RETENTION_DAYS = env_int("SIEGEL_PORTAL_RETENTION_DAYS", 90)
SIEGEL_PORTAL_UPLOAD_MAX_FILES = env_int("SIEGEL_PORTAL_UPLOAD_MAX_FILES", 10)
SIEGEL_PORTAL_UPLOAD_MAX_BYTES = env_int("SIEGEL_PORTAL_UPLOAD_MAX_BYTES", 20 * 1024 * 1024)
SIEGEL_PORTAL_READ_RECEIPTS = env_bool("SIEGEL_PORTAL_READ_RECEIPTS", True)
SIEGEL_AUDIT_RETENTION_DAYS = env_int("SIEGEL_AUDIT_RETENTION_DAYS", 6 * 365 + 2)

# --- Portal accounts (siegel.accounts) ------------------------------------------------

# How a person reaches a human at the insurer, named in every account mail ("" = the usual
# contact person at SIEGEL_BRAND_NAME).
SIEGEL_CONTACT_TEXT = env("SIEGEL_CONTACT_TEXT")
SIEGEL_PORTAL_OTP_DAYS = env_int("SIEGEL_PORTAL_OTP_DAYS", 14)
SIEGEL_PORTAL_RESET_LINK_HOURS = env_int("SIEGEL_PORTAL_RESET_LINK_HOURS", 24)
# New one-time passwords and reset questions per address (and per client address) and hour.
SIEGEL_PORTAL_REQUESTS_PER_HOUR = env_int("SIEGEL_PORTAL_REQUESTS_PER_HOUR", 5)
# "New one-time password" answers no sooner than this, mail or no mail (no enumeration by time).
SIEGEL_PORTAL_MIN_ANSWER_SECONDS = float(env("SIEGEL_PORTAL_MIN_ANSWER_SECONDS", "0.25"))
SIEGEL_PORTAL_REQUIRE_SECOND_FACTOR = env_bool("SIEGEL_PORTAL_REQUIRE_SECOND_FACTOR", False)
# The link a new firm user sets a first password with (it works once).
SIEGEL_PORTAL_FIRST_PASSWORD_LINK_DAYS = env_int("SIEGEL_PORTAL_FIRST_PASSWORD_LINK_DAYS", 7)

# --- Partner firms and broker post (siegel.partners) ------------------------------------

SIEGEL_PARTNERS_SHIPMENT_DAYS = env_int("SIEGEL_PARTNERS_SHIPMENT_DAYS", 90)
# Attempts per firm administrator and hour to add a user (each refusal is audited).
SIEGEL_PARTNERS_ADD_USER_PER_HOUR = env_int("SIEGEL_PARTNERS_ADD_USER_PER_HOUR", 30)
SIEGEL_PARTNERS_SHIPMENT_WARNING_DAYS = env_int("SIEGEL_PARTNERS_SHIPMENT_WARNING_DAYS", 80)
# The broker-software API (siegel.partners.api, .bipro): token lifetimes and request limits.
SIEGEL_API_TOKEN_DAYS = env_int("SIEGEL_API_TOKEN_DAYS", 90)
SIEGEL_API_TOKEN_MAX_DAYS = env_int("SIEGEL_API_TOKEN_MAX_DAYS", 365)
SIEGEL_API_MAX_BODY_BYTES = env_int("SIEGEL_API_MAX_BODY_BYTES", 64 * 1024)
# Minutes a BiPRO security-context token (from the STS operation) is valid.
SIEGEL_API_SECURITY_CONTEXT_MINUTES = env_int("SIEGEL_API_SECURITY_CONTEXT_MINUTES", 10)
# Client addresses of reverse proxies whose client-certificate headers are believed;
# from anyone else the headers are ignored (docs/partners-api.md has the nginx set-up).
SIEGEL_TRUSTED_PROXIES = env_list("SIEGEL_TRUSTED_PROXIES")
# "Mit Zertifikat anmelden" on the portal's sign-in page, for firm users whose certificate
# is mapped for it; needs the proxy to pass certificates on that path (docs/partners-api.md).
SIEGEL_PORTAL_CERTIFICATE_SIGN_IN = env_bool("SIEGEL_PORTAL_CERTIFICATE_SIGN_IN", False)
# Mail from inside to <local>+<Vermittlernummer>@<domain> of this address deposits broker post.
SIEGEL_PARTNERS_DEPOSIT_ADDRESS = env(
    "SIEGEL_PARTNERS_DEPOSIT_ADDRESS", f"maklerpost@{SIEGEL_LOCAL_DOMAINS[0]}"
)
# How long a deep link (one shipment or portal message for one user) opens anything.
SIEGEL_PARTNERS_DEEP_LINK_SECONDS = env_int("SIEGEL_PARTNERS_DEEP_LINK_SECONDS", 900)
# Webhooks of firms (siegel.partners.webhooks): seconds to connect and to wait for the
# answer, and the networks a webhook may reach although they are not public (by default
# none: no loopback, private or link-local address, so no webhook reaches inside).
SIEGEL_PARTNERS_WEBHOOK_CONNECT_TIMEOUT = float(env("SIEGEL_PARTNERS_WEBHOOK_CONNECT_TIMEOUT", "5"))
SIEGEL_PARTNERS_WEBHOOK_READ_TIMEOUT = float(env("SIEGEL_PARTNERS_WEBHOOK_READ_TIMEOUT", "10"))
SIEGEL_PARTNERS_WEBHOOK_ALLOWED_NETWORKS = env_list("SIEGEL_PARTNERS_WEBHOOK_ALLOWED_NETWORKS")
# Single sign-on of firms (siegel.partners.sign_on): seconds each request to a firm's
# OpenID Connect provider may take, and the CA bundle its TLS is checked against
# ("" = the system's).
SIEGEL_SSO_TIMEOUT = float(env("SIEGEL_SSO_TIMEOUT", "10"))
SIEGEL_SSO_CA_FILE = env("SIEGEL_SSO_CA_FILE")
# Networks a provider may be at although not public (e.g. an internal Keycloak);
# http:// only to loopback addresses listed here (tests, a developer's machine).
SIEGEL_SSO_ALLOWED_NETWORKS = env_list("SIEGEL_SSO_ALLOWED_NETWORKS")
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "siegel.accounts.backends.AccountBackend",
]
LOGIN_URL = "accounts:login"
# Three wrong passwords (or one-time passwords, security answers, second-factor codes) in a
# row lock the account, keyed by the address alone, until a reset or staff unlock it.
AXES_FAILURE_LIMIT = 3
AXES_LOCKOUT_PARAMETERS = ["username"]
# axes warns that a username-only key lets one client try many addresses: that is wanted
# (locking by client address would lock out everyone behind a shared NAT after three typos).
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_COOLOFF_TIME = None
AXES_USERNAME_CALLABLE = "siegel.accounts.lockout.username"
AXES_LOCKOUT_CALLABLE = "siegel.accounts.lockout.locked_out_response"
AXES_DISABLE_ACCESS_LOG = True  # every sign-in is in the audit log already
AXES_SENSITIVE_PARAMETERS = [
    "username",
    "one_time_password",
    "new_password1",
    "new_password2",
    "answer",
    "code",
    "csrfmiddlewaretoken",
]
AXES_VERBOSE = False
OTP_TOTP_ISSUER = SIEGEL_BRAND_NAME

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {"repeated_lines": {"()": "siegel.web.log_filters.RepeatedLines"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["repeated_lines"],
        }
    },
    "root": {"handlers": ["console"], "level": env("SIEGEL_LOG_LEVEL", "INFO")},
    # django-axes logs every attempt at INFO; lockouts (WARNING) are enough beside the audit log.
    "loggers": {"axes": {"level": "WARNING"}},
}
