"""Per-address rate limits kept in Django's cache.

Addresses are never stored: the cache key is an HMAC of the client address,
so the cache (Redis in production) holds nothing that identifies a person.
A sliding window of timestamps lets the 429 page say exactly when to try
again. Two requests racing may both pass at the limit; for a friendly limit
on a public form that is an acceptable trade for no locking.
"""

import hashlib
import hmac
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils import timezone


def client_ip(request) -> str:
    """The address of the person, trusting only as many proxies as we run.

    Behind N reverse proxies (settings.TRUSTED_PROXY_COUNT) the client is the
    Nth address from the right of X-Forwarded-For; anything further left was
    written by the client and cannot be trusted.
    """
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


@dataclass(frozen=True)
class RateLimit:
    scope: str
    limit: int
    window_seconds: int

    def _key(self, request):
        digest = hmac.new(settings.SECRET_KEY.encode(), client_ip(request).encode(), hashlib.sha256).hexdigest()
        return f"ratelimit:{self.scope}:{digest}"

    def _recent(self, key, now):
        return [stamp for stamp in cache.get(key, []) if now - stamp < self.window_seconds]

    def retry_at(self, request):
        """None while under the limit; otherwise the moment the next attempt is allowed."""
        now = time.time()
        recent = self._recent(self._key(request), now)
        if len(recent) < self.limit:
            return None
        oldest_counted = sorted(recent)[-self.limit]
        return datetime.fromtimestamp(oldest_counted + self.window_seconds, tz=UTC)

    def record(self, request):
        now = time.time()
        key = self._key(request)
        cache.set(key, [*self._recent(key, now), now], timeout=self.window_seconds)


def too_many_requests(request, retry_at):
    """The friendly 429 page, with a Retry-After header."""
    seconds = max(1, int((retry_at - timezone.now()).total_seconds()))
    context = {
        "retry_at": timezone.localtime(retry_at),
        "now_date": timezone.localdate(),
        "retry_minutes": max(1, -(-seconds // 60)),
        "help_email": settings.PORTAL_HELP_EMAIL,
        "help_phone": settings.PORTAL_HELP_PHONE,
    }
    response = render(request, "429.html", context, status=429)
    response["Retry-After"] = str(seconds)
    return response
