"""Kindred's one settings module.

Everything comes from the environment with safe defaults: with no variables set you get a
working embedded setup (SQLite, the in-memory channel layer, console email) for local use.
``DATABASE_URL`` and ``REDIS_URL`` switch to PostgreSQL and Redis. ``DEBUG`` is off unless
asked for; with it off, ``SECRET_KEY`` and ``ALLOWED_HOSTS`` are required.
"""

import os
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def env_float(name: str, default: float) -> float:
    return float(os.environ.get(name, default))


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def database_from_url(url: str) -> dict:
    """Turn ``postgres://user:pass@host:port/name?sslmode=require`` into DATABASES["default"]."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgres", "postgresql", "sqlite"}:
        raise ImproperlyConfigured(f"DATABASE_URL scheme {parts.scheme!r} is not supported")
    if parts.scheme == "sqlite":
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": unquote(parts.path[1:])}
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
        "CONN_MAX_AGE": env_int("DATABASE_CONN_MAX_AGE", 0),
        "CONN_HEALTH_CHECKS": True,
        # Behind a pooler in transaction mode (KINDRED_DB_PREPARED=0) a cursor cannot
        # outlive its transaction's server connection: iterator() reads in chunks instead.
        "DISABLE_SERVER_SIDE_CURSORS": not env_bool("KINDRED_DB_PREPARED", default=True),
        # An unreachable database (no answer at all, not a refusal) fails a new connection
        # within 2 s (libpq's least) instead of the TCP connect's minutes, so a request or
        # room frame is answered with an error rather than held; the URL can say otherwise
        # (?connect_timeout=10).
        "OPTIONS": {"connect_timeout": "2", **dict(parse_qsl(parts.query))},
    }


# Without a SECRET_KEY this is a local, embedded setup and debug is on (it only answers on
# localhost). Setting SECRET_KEY means production: debug is off unless DEBUG=1 says otherwise.
SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", default=not SECRET_KEY)
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "insecure-local-development-key-never-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# The absolute base of every link in an email, a push message and a feed. `make run` sets it
# from its own port; production refuses to start without it (checked below).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "channels",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django_tasks_db",
    "accounts",
    "groups",
    "meetings",
    "chat",
    "moderation",
    "library",
]

MIDDLEWARE = [
    # /healthz and /readyz, answered before host checks, redirects and sessions.
    "kindred.health.HealthMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "kindred.robots.RobotsMiddleware",
    "kindred.csp.WebSocketConnectSrcMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language: the set_language cookie, else the browser's Accept-Language, else
    # LANGUAGE_CODE; a signed-in person's profile choice wins (kindred.i18n, below).
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "kindred.i18n.ProfileLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.UserTimezoneMiddleware",
    "accounts.middleware.TwoFactorDueMiddleware",
]

ROOT_URLCONF = "kindred.urls"
ASGI_APPLICATION = "kindred.asgi.application"
WSGI_APPLICATION = None

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.template.context_processors.tz",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "kindred.context_processors.site",
                "accounts.context_processors.two_factor_due",
                "kindred.robots.robots",
                "moderation.context_processors.moderation",
            ],
            # kindred/ is a package, not an app: register its template tags by name.
            "libraries": {"kindred_text": "kindred.templatetags.kindred_text"},
            # {% when %}, the one way a time is shown, in every template without a load.
            "builtins": ["kindred.templatetags.kindred_time"],
        },
    },
]

if "DATABASE_URL" in os.environ:
    DATABASES = {"default": database_from_url(os.environ["DATABASE_URL"])}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": os.environ.get("SQLITE_PATH", str(BASE_DIR / "kindred.sqlite3")),
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# REDIS_URLS (comma-separated) spreads the channel layer over several Redis servers:
# channels_redis gives each group and channel to one of them by a consistent hash, so every
# worker must list the same servers in the same order. REDIS_URL stays the cache's server
# (the first of REDIS_URLS when unset). See README, "Scaling out".
REDIS_URLS = env_list("REDIS_URLS")
REDIS_URL = os.environ.get("REDIS_URL", "") or (REDIS_URLS[0] if REDIS_URLS else "")
if REDIS_URL and not REDIS_URLS:
    REDIS_URLS = [REDIS_URL]
# CHANNEL_LAYER chooses the Redis layer: "pubsub" (default, RedisPubSubChannelLayer, with
# many sends in one round trip and a database call's events published by its own thread:
# kindred/layers.py) or "redis" (RedisChannelLayer). docs/performance.md holds the
# measurements behind the default.
CHANNEL_LAYER = os.environ.get("CHANNEL_LAYER") or "pubsub"
if CHANNEL_LAYER not in {"redis", "pubsub"}:
    raise ImproperlyConfigured('CHANNEL_LAYER must be "redis" or "pubsub"')
if REDIS_URL:
    # redis-py 8 reads with a 5 s socket timeout by default; the layer's blocking BZPOPMIN
    # also waits 5 s, so an idle socket's consumer crashed with TimeoutError (channels_redis
    # issue 422). Reads may wait longer than the blocking pop; a dead Redis still fails.
    _layer_hosts = [{"address": url, "socket_timeout": 30} for url in REDIS_URLS]
    _layer_prefix = os.environ.get("CHANNEL_LAYER_PREFIX", "kindred")
    # Each choice of CHANNEL_LAYER, ready to use; the tests of what one layer alone does
    # take theirs from here (tests/conftest.py, redis_layer).
    KINDRED_CHANNEL_LAYER_CHOICES = {
        "pubsub": {
            "BACKEND": "kindred.layers.PubSubChannelLayer",
            "CONFIG": {"hosts": _layer_hosts, "prefix": _layer_prefix},
        },
        "redis": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {
                "hosts": _layer_hosts,
                "prefix": _layer_prefix,
                # A busy room must never drop events silently: each channel holds enough
                # for a burst, and expired events are recovered from the database on resume.
                "capacity": 1000,
                "expiry": 30,
                "group_expiry": 86400,
            },
        },
    }
    CHANNEL_LAYERS = {"default": KINDRED_CHANNEL_LAYER_CHOICES[CHANNEL_LAYER]}
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "kindred"),
        }
    }
else:
    KINDRED_CHANNEL_LAYER_CHOICES = {}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# allauth: email is the login, a display name is the only name anybody else sees.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Kindred] "
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "confirm_email": "1/3m/key",
}
# Behind a reverse proxy, only the proxy's own X-Forwarded-For entry is trusted.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Passkeys and security keys (WebAuthn, through allauth and fido2) as the second factor,
# beside an authenticator app. Plain-http origins are accepted only with debug on.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = DEBUG
# Group owners, moderators and staff must turn on two-factor authentication within this
# many days of becoming one (accounts.services.two_factor_review).
KINDRED_TWO_FACTOR_GRACE_DAYS = env_int("KINDRED_TWO_FACTOR_GRACE_DAYS", 7)
# "Where you are signed in" (/accounts/sessions/): each session's browser, address and when
# it signed in; ending the others also closes their room sockets (accounts.adapter). Recorded
# at sign-in only: tracking activity would cost every page a write.
USERSESSIONS_TRACK_ACTIVITY = False
USERSESSIONS_ADAPTER = "accounts.adapter.UserSessionsAdapter"
MFA_TOTP_ISSUER = "Kindred"

# Console email for local use; production sends through SMTP (EMAIL_HOST etc.).
# EMAIL_BACKEND=file writes each message to a file in EMAIL_FILE_PATH (the browser tests
# read confirmation links from there).
_EMAIL_BACKENDS = {
    "console": "django.core.mail.backends.console.EmailBackend",
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
}
_email_backend = os.environ.get("EMAIL_BACKEND", "console" if DEBUG else "smtp")
MAILERS = {
    "default": {
        "BACKEND": _EMAIL_BACKENDS.get(_email_backend, _email_backend),
        "OPTIONS": (
            {
                "host": os.environ.get("EMAIL_HOST", "localhost"),
                "port": env_int("EMAIL_PORT", 587),
                "username": os.environ.get("EMAIL_HOST_USER", ""),
                "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", default=True),
            }
            if _email_backend == "smtp"
            else {"file_path": os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "outbox"))}
            if _email_backend == "file"
            else {}
        ),
    }
}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Kindred <noreply@kindred.invalid>")

LANGUAGE_CODE = "en"
# The languages Kindred's own pages are translated into (locale/<code>/LC_MESSAGES). A
# group's or a meeting's language is a different list: kindred/languages.py.
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("ar", "العربية"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_NAME = "kindred_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "UTC"
# Times and dates in one format on every page (kindred/formats/en/formats.py).
FORMAT_MODULE_PATH = ["kindred.formats"]
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Security. Production (DEBUG off) gets HTTPS-only cookies with the __Host- prefix and HSTS.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off")
if os.environ.get("SECRET_KEY") and not os.environ.get("SITE_URL"):
    raise ImproperlyConfigured(
        "SITE_URL must be set in production (for example https://kindred.example.org): "
        "every link in an email, a push message and a feed starts with it"
    )
if urlsplit(SITE_URL).scheme not in {"http", "https"} or not urlsplit(SITE_URL).hostname:
    raise ImproperlyConfigured("SITE_URL must be an absolute http(s) address")

# Web Push (accounts/notifications): the site's VAPID key pair, made by `manage.py
# push_keys`. Without keys, push is off and the profile says so. VAPID_SUBJECT is how a push
# service can reach whoever runs the site (a mailto: or https: address).
VAPID_PUBLIC_KEY = os.environ.get("VAPID_PUBLIC_KEY", "")
VAPID_PRIVATE_KEY = os.environ.get("VAPID_PRIVATE_KEY", "")
VAPID_SUBJECT = os.environ.get("VAPID_SUBJECT", "") or SITE_URL
# Push subscriptions must point at a push service over https. In local mode only, a push
# endpoint on this machine (http://127.0.0.1) is allowed too, for tests and development.
KINDRED_PUSH_ALLOW_LOOPBACK = not os.environ.get("SECRET_KEY")
KINDRED_PUSH_HOSTS = env_list(
    "KINDRED_PUSH_HOSTS",
    "fcm.googleapis.com,android.googleapis.com,push.services.mozilla.com,"
    "notify.windows.com,push.apple.com",
)
# Moderators get a digest when messages wait this long in their review queue.
KINDRED_REVIEW_DIGEST_MINUTES = env_int("KINDRED_REVIEW_DIGEST_MINUTES", 30)

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    # The page's own origin, plus its WebSocket twin ('self' does not cover ws:/wss:
    # in every browser): kindred.csp adds ws(s)://<host> per request. Nothing else.
    "connect-src": [CSP.SELF, *env_list("CSP_CONNECT_SRC")],
    "form-action": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.channels.server": {"level": "WARNING"}},
}

# Product settings.
KINDRED_MESSAGE_MAX_LENGTH = 2000
KINDRED_DEFAULT_GROUP_CAPACITY = 20
# The live room socket: a frame larger than this is refused with an error frame; daphne
# itself drops the connection on anything over DAPHNE_WEBSOCKET_MAX_* (for `runserver`; the
# `daphne` command takes --websocket-max-message-size / --websocket-max-frame-size).
KINDRED_WS_MAX_FRAME_BYTES = 16 * 1024
DAPHNE_WEBSOCKET_MAX_MESSAGE_SIZE = 64 * 1024
DAPHNE_WEBSOCKET_MAX_FRAME_SIZE = 64 * 1024
# daphne's --websocket-max-message-size caps what the server sends as well: a larger frame
# is never sent. Every frame the room socket sends stays within this (docs/protocol.md).
KINDRED_WS_MAX_SEND_BYTES = DAPHNE_WEBSOCKET_MAX_MESSAGE_SIZE
# One message's HTML as sent (JSON-escaped) is at most half of that, so a message always
# fits in a frame of its own together with its author and content warning.
KINDRED_MESSAGE_HTML_MAX_BYTES = KINDRED_WS_MAX_SEND_BYTES // 2
# Per-person flood limit over every socket and worker: N frames per window, then a cool-down.
KINDRED_WS_FRAMES_PER_WINDOW = env_int("KINDRED_WS_FRAMES_PER_WINDOW", 40)
KINDRED_WS_FRAME_WINDOW = 10
# The longest a worker reuses a live room's meeting, series and group, and a group's
# screening rules, for frequent frames. Saving any of them tells the live rooms concerned
# and applies at once (room.copies_stale); this bounds what an UPDATE that bypasses the
# models' save() can leave stale.
KINDRED_ROOM_CACHE_SECONDS = env_float("KINDRED_ROOM_CACHE_SECONDS", 60)
# Joins and leaves in one room within this many seconds share one presence broadcast per
# worker (0: announce each at once).
KINDRED_PRESENCE_COALESCE_SECONDS = env_float("KINDRED_PRESENCE_COALESCE_SECONDS", 0.2)
# Threads per worker for room sockets' database calls, and how often Python lets another
# thread run (the event loop waits for a database thread no longer than this). Measured in
# docs/performance.md: fewer threads and a shorter switch interval than the defaults
# before (8, and Python's 0.005) cut the live room's worst latencies.
KINDRED_DB_THREADS = env_int("KINDRED_DB_THREADS", 4)
KINDRED_THREAD_SWITCH_SECONDS = env_float("KINDRED_THREAD_SWITCH_SECONDS", 0.001)
# Arrivals (chat/admission.py): at most this many admissions and welcomes of a worker use its
# database threads at once (fewer than KINDRED_DB_THREADS: messages first); a new socket is
# refused with 4529 and a retry_after of 1 to 2 times KINDRED_ADMISSION_RETRY_SECONDS when
# KINDRED_ADMISSION_QUEUE are already waiting or its wait would pass the MAX_WAIT, and once it
# has waited the MAX_WAIT (below daphne's 5 s handshake timeout, which would drop it).
KINDRED_ADMISSION_CONCURRENCY = env_int("KINDRED_ADMISSION_CONCURRENCY", 2)
KINDRED_ADMISSION_QUEUE = env_int("KINDRED_ADMISSION_QUEUE", 1000)
KINDRED_ADMISSION_MAX_WAIT_SECONDS = env_float("KINDRED_ADMISSION_MAX_WAIT_SECONDS", 3)
KINDRED_ADMISSION_RETRY_SECONDS = env_float("KINDRED_ADMISSION_RETRY_SECONDS", 1)
# Sockets arriving while an admission waits for its turn are admitted with it, in one database
# call, at most this many together.
KINDRED_ADMISSION_BATCH = env_int("KINDRED_ADMISSION_BATCH", 50)
# Graceful restarts (SIGTERM): the worker tells its room sockets to reconnect elsewhere over
# this many seconds, and exits once they are gone or after KINDRED_DRAIN_SECONDS.
KINDRED_DRAIN_SPREAD_SECONDS = env_float("KINDRED_DRAIN_SPREAD_SECONDS", 3)
KINDRED_DRAIN_SECONDS = env_float("KINDRED_DRAIN_SECONDS", 10)
KINDRED_WS_COOLDOWN = 10
# The live room's per-message statements run as prepared statements on PostgreSQL
# (kindred/prepared.py). Turn off behind a connection pooler in transaction mode.
KINDRED_DB_PREPARED = env_bool("KINDRED_DB_PREPARED", default=True)
# Per-person message limit (moderation.posting_check): N messages per window. The benchmark's
# saturation scenario raises it to measure the room's machinery rather than this policy.
KINDRED_RATE_LIMIT_MESSAGES = env_int("KINDRED_RATE_LIMIT_MESSAGES", 8)
# Screening and names (docs/moderation.md).
KINDRED_JOIN_WAVE_COUNT = env_int("KINDRED_JOIN_WAVE_COUNT", 10)
KINDRED_JOIN_WAVE_MINUTES = env_int("KINDRED_JOIN_WAVE_MINUTES", 10)
KINDRED_NEW_MEMBER_LINK_MESSAGES = env_int("KINDRED_NEW_MEMBER_LINK_MESSAGES", 3)
KINDRED_DISPLAY_NAME_CHANGES_PER_DAY = env_int("KINDRED_DISPLAY_NAME_CHANGES_PER_DAY", 3)
KINDRED_PHONE_REGIONS = tuple(
    region.upper() for region in env_list("KINDRED_PHONE_REGIONS", "US,GB,AU,IN,DE,FR")
)
KINDRED_RATE_LIMIT_SECONDS = 10
