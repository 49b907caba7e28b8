"""Local development: debug on, everything embedded, nothing else running."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-never-use-in-production"  # noqa: F405
INTERNAL_IPS = ["127.0.0.1"]
