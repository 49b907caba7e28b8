"""Local development: debug on, everything embedded, nothing else running."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405
INTERNAL_IPS = ["127.0.0.1"]

# The demo administrator `make run` creates may open the admin without two
# factors, on a laptop only. production.py refuses to start with this set.
PORTAL_MFA_EXEMPT_USERNAMES = ["admin"]

# Links printed by `make run` and sent in console emails follow `PORT=8123 make run`.
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '8000')}").rstrip("/")
